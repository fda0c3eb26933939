"""Gates on document nouns that are documents only in some uses (``document`` rows with
``refuse_complements`` / ``refuse_verbs`` / ``refuse_modifiers`` / ``lower_case`` / ``source_verbs``): ``a 74-page decision`` a panel
issued is a document, ``the decision to close the plant`` or ``the Fed's decision suggests`` (an act, read by the
writer) is not; ``the charity's accounts`` are, ``the suspect's bank account`` is not; ``video released by the army`` is, ``Video shows the
striker scoring`` (no source named) is not."""

from __future__ import annotations

from spacy.tokens import Token


def _complement_words(tok: Token) -> set[str]:
    """The words that open ``tok``'s complements: ``of`` (``the decision of the board``), ``to``
    of an infinitive (``the decision to close``)."""
    words = set()
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ == "prep":
            words.add(c.lower_)
        elif c.dep_ in ("acl", "xcomp", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            words.add("to")
    return words


def _modifier_refused(tok: Token, words) -> bool:
    """A noun or adjective modifying ``tok`` (or a word of its modifier: ``social media``) is
    one of ``words`` (``bank account``, ``his Twitter account``, ``a social media account``)."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
    return bool(words) and any(t.lower_ in words for m in mods for t in m.subtree)


def document_refused(tok: Token, rule: dict | None) -> bool:
    """``tok`` (a document noun of ``rule``) is no document here: it has a modifier or a
    complement its row refuses, it is capitalised inside a sentence where its row wants it lower
    case (``lower_case``), or it is the subject of a verb its row refuses (an inference: shows,
    suggests)."""
    if not rule:
        return False
    if _modifier_refused(tok, rule.get("refuse_modifiers") or ()):
        return True
    if rule.get("lower_case") and tok.text[:1].isupper() and not tok.is_sent_start:
        return True  # ``The second Test at Lord's``: a capitalised word inside a sentence is a name
    refuse = set(rule.get("refuse_complements") or ())
    if refuse and refuse & _complement_words(tok):
        return True
    verbs = rule.get("refuse_verbs") or ()
    if verbs and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in verbs:
        return True
    sources = rule.get("source_verbs") or ()
    return bool(sources) and not _sourced(tok, sources)


def _sourced(tok: Token, verbs) -> bool:
    """``tok`` names where it came from: a participle or relative clause of one of ``verbs``
    (``Video released by the army``, ``footage the department released``), the subject of one
    the parser took for the main verb (``Video posted online appeared to show …``), the object
    of one (``the mayor posted a video urging …``), a speaker's words in it (``said in a video``)
    or an owner (``the army's video``); not ``Video shows the striker scoring twice`` (sports writing)."""
    if any(c.dep_ == "poss" for c in tok.children):
        return True
    if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in verbs for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB":
        return True
    if tok.head.lemma_.lower() not in verbs:
        return False
    return tok.dep_ == "dobj" or (tok.dep_ == "nsubj" and tok.head.tag_ in ("VBD", "VBN"))
