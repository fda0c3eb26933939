"""``a move that Democrats said put the bill at risk``: a reporting verb of a relative clause
whose reported clause is the rest of the relative clause, its subject the gap the antecedent fills.

``a site tribal elders say dates to 1865``, ``something lawmakers said had turned the program
into …``, ``fees that analysts projected would bring the state $182 million``, ``a rise the
central bank has said is holding inflation down``: a relative clause (after ``that``/``which``
or bare) whose subject is the reporting verb's source and whose reported verb has no subject of
its own. The small model often hangs that verb elsewhere (the sentence's root with the
antecedent its subject, a conjunct of the main verb, the reporting verb's ``xcomp``) or reads it
as a noun (``say dates``, ``says cost carriers``), so the reporting verb reports nothing. The
repair hangs the reported verb on the reporting verb as its ``ccomp`` (a verb again when it was
read as a noun), with the relative word as its subject; when the reported verb was the root, the
clause before the antecedent becomes the root. Not ``the man who said …`` (the relative word is
the reporting verb's subject), not ``the things they say`` (no verb after), not ``the figures
the agency estimates are inflated`` (the antecedent, not set off by a comma or dash, is the
subject of the verb after: an object relative and the main verb), not ``contributions that her
campaign says Oyler has taken`` (the reported verb has a subject of its own).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.claim_repairs import repair_each, acyclic, apply_plan

_RELATIVES = frozenset(("that", "which"))
_PERSON_RELATIVES = frozenset(("who", "whom", "whose"))  # ``a person who asked …``: the reporter itself
_NOMINAL = frozenset(("NOUN", "PROPN", "PRON"))
_SUBJECTS = frozenset(("nsubj", "nsubjpass", "expl", "csubj"))
_SET_OFF = frozenset((",", "—", "–", ";", "-", "--"))
_SKIPPED = frozenset(("aux", "auxpass", "neg"))
_OBJECT_STARTS = frozenset(("ADP", "DET", "NUM", "SYM", "PRON", "NOUN", "PROPN", "ADJ"))


def _reporter(tok: Token) -> Token | None:
    """The source of the relative reporting verb ``tok``: its subject before it that is no
    relative word (``that Democrats said``), the noun a participle-tagged ``found`` hangs on
    (``that a state audit found returned …``), or the compound of a noun-tagged ``estimates``
    (``which Hanoi estimates will cost``)."""
    if tok.dep_ == "acl" and tok.i > 0 and tok.head.i == tok.i - 1 and tok.head.pos_ in _NOMINAL:
        return tok.head
    if tok.dep_ != "relcl":
        return None
    deps = ("nsubj", "compound") if tok.pos_ == "NOUN" else ("nsubj",)
    return next((c for c in tok.children if c.dep_ in deps and c.i < tok.i and c.lower_ not in _RELATIVES
                 and c.lower_ not in _PERSON_RELATIVES and c.pos_ in _NOMINAL), None)


def _antecedent(tok: Token, subj: Token) -> tuple[Token, Token | None] | None:
    """(antecedent noun, relative word or None) of the relative clause whose source is ``subj``:
    the noun before ``that``/``which`` (and a comma) or right before the source phrase."""
    doc, start = tok.doc, subj.left_edge.i
    if start < 2:
        return None
    rel = doc[start - 1] if doc[start - 1].lower_ in _RELATIVES else None
    i = start - (2 if rel is not None else 1)
    noun = doc[i - 1] if rel is not None and doc[i].text == "," and i > 0 else doc[i]
    if noun.pos_ not in _NOMINAL or (tok.dep_ == "relcl" and tok.head.i != noun.i):
        return None
    return noun, rel


def _gap_verb(tok: Token) -> Token | None:
    """The verb after the reporting verb, past its auxiliaries and adverbs (``said had nearly
    turned``); a word after it read as a noun when nothing verbal follows before the next
    punctuation and it has something after it (``say dates to 1865``, ``says cost carriers …``)."""
    doc, j = tok.doc, tok.i + 1
    while j < len(doc) and j < tok.i + 5 and (doc[j].tag_ in ("RB", "MD") or
                                               (doc[j].dep_ in _SKIPPED and doc[j].head.i > j and doc[j].tag_ != "TO")):
        j += 1
    if j >= len(doc):
        return None
    verb = doc[j]
    if verb.pos_ in ("VERB", "AUX") and (verb.tag_ != "VBG" or any(doc[k].dep_ in _SKIPPED for k in range(tok.i + 1, j))):
        return verb  # ``has said is holding``: a progressive after its auxiliary
    return verb if j == tok.i + 1 and _noun_read_verb(verb) else None


def _noun_read_verb(tok: Token) -> bool:
    """``dates``/``cost`` right after the reporting verb, read as a noun: something follows it and
    no verb follows it before the next punctuation (``the plan officials say months of talks
    produced``: ``months`` is the subject of a verb after it)."""
    doc = tok.doc
    if tok.tag_ not in ("NNS", "NN") or tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ not in _OBJECT_STARTS:
        return False
    for t in doc[tok.i + 1:tok.sent.end]:
        if t.is_punct:
            break
        if t.pos_ in ("VERB", "AUX"):
            return False
    return True


def _subjects_fit(verb: Token, tok: Token, noun: Token, rel: Token | None) -> bool:
    """The reported verb has no subject of its own after the reporting verb; a subject the parser
    gave it before the relative clause is the relative word, the antecedent when set off by a
    comma or dash (``…, something lawmakers said had turned …``), or any word when ``that``/
    ``which`` opens the clause (the subject relative is then certain)."""
    for c in verb.children:
        if c.dep_ not in _SUBJECTS or (rel is not None and c.i == rel.i):
            continue
        if c.i > tok.i or (c.i == noun.i and not _set_off(noun)) or (c.i != noun.i and rel is None):
            return False
    return True


def _set_off(noun: Token) -> bool:
    """The antecedent's phrase follows a comma or dash (an appositive to the clause before it)."""
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text in _SET_OFF


def _new_root(verb: Token, noun: Token) -> Token | None:
    """When the parser made the reported verb the root: the clause before the set-off antecedent
    it hung on it (``The bill would also end …, something lawmakers said had turned …``)."""
    return next((c for c in verb.children if c.dep_ in ("ccomp", "conj", "advcl") and c.pos_ in ("VERB", "AUX")
                 and c.i < noun.left_edge.i), None) if _set_off(noun) else None


def _relative_gap(tok: Token, rules) -> dict[int, tuple[int, str]] | None:
    """The new (head, label) by token index that make the reported verb of the relative
    reporting verb ``tok`` its ``ccomp`` (:func:`_planned_heads`), when the parser hung that verb
    elsewhere or read it as a noun and the new parse has no cycle; else None."""
    subj = _reporter(tok)
    found = _antecedent(tok, subj) if subj is not None else None
    verb = _gap_verb(tok) if found is not None else None
    if verb is None or (verb.head.i == tok.i and verb.dep_ == "ccomp" and tok.pos_ != "NOUN"):
        return None  # already the verb's clause (unless the reporting verb was read as a noun)
    noun, rel = found
    if any(c.dep_ == "ccomp" and c.i != verb.i for c in tok.children) or not _subjects_fit(verb, tok, noun, rel):
        return None
    root = _new_root(verb, noun) if verb.dep_ == "ROOT" else None
    if verb.dep_ == "ROOT" and root is None:
        return None
    plan = _planned_heads(tok, subj, verb, noun, rel, root)
    return plan if acyclic(tok.doc, plan) else None


def _planned_heads(tok: Token, subj: Token, verb: Token, noun: Token, rel: Token | None,
                   root: Token | None) -> dict[int, tuple[int, str]]:
    """The words the parser hung on the reported verb before the relative clause go to its old
    head (or the new root, the antecedent too when it was the verb's subject); the reporting verb
    becomes the antecedent's relative clause with its source as subject, the words hung on it
    after the reported verb that verb's; the relative word is the reported verb's subject."""
    head = root if root is not None else verb.head
    plan = {root.i: (root.i, "ROOT")} if root is not None else {}
    start = rel.i if rel is not None else subj.left_edge.i
    for c in verb.children:
        if c.i < start and c.i not in (noun.i, head.i) and (rel is None or c.i != rel.i):
            plan[c.i] = (head.i, c.dep_)
    if noun.head.i == verb.i:
        plan[noun.i] = (head.i, "npadvmod")
    up = _freed_appositive(noun)
    if up is not None:
        plan[noun.i] = (up.i, "npadvmod")
    for c in tok.children:
        if c.i > verb.i and not c.is_punct:
            plan[c.i] = (verb.i, c.dep_)
    plan.update({tok.i: (noun.i, "relcl"), subj.i: (tok.i, "nsubj"), verb.i: (tok.i, "ccomp")})
    if rel is not None:
        plan[rel.i] = (verb.i, "nsubj")
    return plan


def repair_relative_gaps(doc: Doc, rules) -> int:
    """Hang the reported verb of a subject-gap relative report (:func:`_relative_gap`) on the
    reporting verb as its ``ccomp`` (a verb again when the tagger read it or the reporting verb
    as a noun). Returns the number repaired."""
    return repair_each(doc, rules, _relative_gap, _report_the_gap)


def _report_the_gap(tok: Token, plan: dict[int, tuple[int, str]]) -> None:
    """Apply the planned heads of :func:`repair_relative_gaps` at ``tok``."""
    doc = tok.doc
    apply_plan(doc, plan)
    for t in (tok, doc[next(i for i, (h, d) in plan.items() if d == "ccomp" and h == tok.i)]):
        if t.pos_ not in ("VERB", "AUX"):
            t.pos_, t.tag_ = "VERB", "VBZ" if t.lower_.endswith("s") else "VBD"


def _freed_appositive(noun: Token) -> Token | None:
    """``…, according to three lawmakers in the room — a move that Democrats said …``: a set-off
    antecedent the parser made the appositive of a phrase's object sums up the clause, not that
    object: the nearest verb above it it belongs to (so the source phrase does not swallow it)."""
    if noun.dep_ != "appos" or noun.head.dep_ != "pobj" or not _set_off(noun):
        return None
    up = noun.head
    while up.head.i != up.i and (up.pos_ not in ("VERB", "AUX") or up.dep_ == "prep"):
        up = up.head  # past ``according`` (a verb the parser hangs as a phrase)
    return up if up.pos_ in ("VERB", "AUX") and up.dep_ != "prep" else None
