"""Parse repairs the attribution step needs before it reads a sentence.

``The talks, according to two diplomats, stalled over the border question.``: the small model
often makes the subject noun the root of such a sentence and hangs the verb after the aside on
the source (``diplomats … stalled``), so the sentence has no clause head and nothing is found.
A source phrase (``claim_cues.jsonl``, kind ``source_phrase``) set off by commas between a root
noun and a verb with no subject of its own that follows the closing comma is the aside of that
verb's clause: the verb becomes the root, the noun its subject, the phrase and both commas its
dependents. Every other sentence is left as parsed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_NOMINAL = frozenset(("NOUN", "PROPN"))
_SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj", "expl"))
_ATTACHED = frozenset(("acl", "relcl", "advcl", "conj", "appos"))


def _opens(doc: Doc, tok: Token, words: list[str]) -> bool:
    """``tok`` and the tokens after it spell ``words`` (lowercase)."""
    return tok.i + len(words) <= len(doc) and [t.lower_ for t in doc[tok.i:tok.i + len(words)]] == words


def _aside_verb(sent: Span, root: Token, phrase: Token, comma: Token) -> Token | None:
    """The verb right after the closing comma that the parser hung on a word before it (on the
    source or on the root noun), with no subject of its own: the clause the aside stands in."""
    verb = next((t for t in sent if t.i > comma.i and not t.is_space), None)
    while verb is not None and verb.dep_ in ("aux", "auxpass", "advmod", "neg") and verb.head.i > verb.i:
        verb = verb.head  # ``has largely held``: the verb, not its auxiliaries
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in _ATTACHED or verb.head.i >= comma.i:
        return None
    if verb.head.i != root.i and verb.head not in phrase.subtree:
        return None
    return None if any(c.dep_ in _SUBJECTS for c in verb.children) else verb


def _aside(sent: Span, words: list[str]) -> tuple[Token, Token, Token, Token] | None:
    """(root noun, source phrase, closing comma, verb) of a misparsed aside, or None."""
    root = sent.root
    if root.pos_ not in _NOMINAL:
        return None
    for phrase in root.children:
        if phrase.dep_ != "prep" or phrase.i <= root.i or not _opens(sent.doc, phrase, words) \
                or sent.doc[phrase.i - 1].text != ",":
            continue
        for comma in (t for t in sent if t.i > phrase.i and t.text == ","):  # ``the mayor, a banker,``
            verb = _aside_verb(sent, root, phrase, comma)
            if verb is not None:
                return root, phrase, comma, verb
    return None


def repair_source_asides(doc: Doc, source_rules: tuple[dict, ...]) -> int:
    """Repair every misparsed source aside of ``doc`` (module doc); the number repaired."""
    if not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for sent in list(doc.sents):
        found = next((a for rule in source_rules
                      if (a := _aside(sent, [w.lower() for w in rule["words"]])) is not None), None)
        if found is None:
            continue
        root, phrase, comma, verb = found
        movers = [c for c in root.children if c.i > verb.i or c.i in (phrase.i, phrase.i - 1)]
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubjpass" if passive else "nsubj"
        for tok in movers + [comma]:
            tok.head = verb
        repaired += 1
    return repaired
