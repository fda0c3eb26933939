"""Parse repair for an answer word after a verb of answering: ``Three members who voted no said
the shot should be limited …``. The parser hangs ``no`` as a negation on the verb after it
(``no`` … ``said``: a ``neg``), so the report seems negated (``did not say``) and is dropped; or
it reads ``no said`` as a phrase inside the relative clause and makes the noun the root, so the
report has no subject.

A ``no`` right after a verb of answering (rules ``answer_verbs``, word list: ``voted no``,
``answered no``) and right before a finite verb becomes the object of the verb of answering (the
answer given). The finite verb, when the parser hung it inside the relative clause of a noun that
roots the sentence, is made the root with that noun as its subject by the general repair of such
reports (:func:`~pipeline.components.claim_repairs.repair_relative_tail_reports`), which runs after
this one. ``did not say``, ``said no one …`` and ``no longer said`` are left as parsed.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.claim_repairs import repair_found

_FINITE = frozenset(("VBD", "VBZ", "VBP"))


def _answer_verb(tok: Token, verbs: frozenset[str]) -> tuple[Token, Token] | None:
    """(the verb of answering right before ``tok``, the finite verb right after it) when ``tok`` is
    a ``no`` between them (``voted no said``), else None."""
    doc = tok.doc
    if tok.lower_ != "no" or tok.i == 0 or tok.i + 1 >= len(doc):
        return None
    verb, after = doc[tok.i - 1], doc[tok.i + 1]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or after.tag_ not in _FINITE:
        return None
    return verb, after


def _hang_answer(tok: Token, found: tuple[Token, Token]) -> None:
    """Make ``tok`` the object of the verb of answering (``voted no``)."""
    verb, _after = found
    tok.head, tok.dep_ = verb, "dobj"


def repair_answer_words(doc: Doc, verbs: frozenset[str]) -> int:
    """Hang a ``no`` after a verb of answering on that verb (see module doc). Returns the number
    repaired."""
    if not doc.has_annotation("DEP") or not verbs:
        return 0
    return repair_found([t for t in doc if t.lower_ == "no"], lambda t: _answer_verb(t, verbs), _hang_answer)
