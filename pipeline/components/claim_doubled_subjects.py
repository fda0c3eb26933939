"""``found that 61 percent planned to return, and 18 percent said they would not``: two clauses
joined by ``and`` that the small model reads as one reporting verb with two subjects.

The model hangs the first clause's verb on its subject as a participle (``61 percent planned
…``: an ``acl``) and makes both subjects ``nsubj`` of the later reporting verb, so the speaker
of ``said`` became the whole first clause (``61 percent planned to return by spring``). A
reporting verb with two subjects before it, the earlier one carrying a past-tense verb as a
participle and a ``cc`` after that verb (before the later subject), is two clauses: the
participle heads the first clause in the reporting verb's place (its noun its subject, the
``cc`` and comma its own), and the reporting verb becomes its conjunct with the later, nearer
subject alone. The participle must take an object or complement of its own (``planned to
return``, ``backed the plan``), as a clause's verb does: ``the report released Monday and the
survey said`` (a bare participle modifying its noun, read with two subjects or with a conjunct) is
one joint subject, left alone. Not a participle with an agent either (``61 percent polled by
Gallup``, a passive description).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.claim_repairs import repair_each

_PAST = frozenset(("VBD", "VBN"))
_JOINED = frozenset(("cc", "punct"))
# what a clause's verb takes and a bare participle modifier (``released Monday``) does not
_COMPLEMENTS = frozenset(("dobj", "xcomp", "ccomp", "attr", "acomp", "oprd", "dative"))


def _doubled_subject(tok: Token, rules) -> tuple[Token, Token] | None:
    """(the earlier subject, its participle) of a reporting verb read with two subjects
    (module doc); else None."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    if len(subjects) != 2:
        return None
    first, last = subjects
    verb = next((c for c in first.children if c.dep_ == "acl" and c.tag_ in _PAST and c.i > first.i), None)
    if verb is None or verb.right_edge.i >= last.left_edge.i:
        return None
    if not any(c.dep_ in _COMPLEMENTS for c in verb.children):
        return None  # ``the letter sent Monday and …``: a bare participle, one joint subject
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and c.i == verb.i + 1) for c in verb.children):
        return None
    cc = next((c for c in first.children if c.dep_ == "cc" and verb.right_edge.i < c.i < last.left_edge.i), None)
    return (first, verb) if cc is not None else None


def _two_clauses(tok: Token, found: tuple[Token, Token]) -> None:
    """The participle heads the first clause in ``tok``'s place; ``tok`` is its conjunct."""
    first, verb = found
    joiners = [c for c in first.children if c.dep_ in _JOINED and c.i > verb.right_edge.i]
    if tok.head.i == tok.i:
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = tok.head, tok.dep_
    first.head, first.dep_ = verb, "nsubj"
    for c in joiners:
        c.head = verb
    for c in [c for c in tok.children if c.dep_ == "mark" and c.i < first.left_edge.i]:
        c.head = verb  # ``that`` opens the first clause
    tok.head, tok.dep_ = verb, "conj"


def repair_doubled_subjects(doc: Doc, rules) -> int:
    """Split each reporting verb read with two subjects (:func:`_doubled_subject`) into two
    joined clauses. Returns the number repaired."""
    return repair_each(doc, rules, _doubled_subject, _two_clauses)
