"""Parse repair for an answer word after a verb of answering: ``Three members who voted no said
the shot should be limited …``. The parser hangs ``no`` as a negation on the verb after it
(``no`` … ``said``: a ``neg``), so the report seems negated (``did not say``) and is dropped; or
it reads ``no said`` as a phrase inside the relative clause and makes the noun the root, so the
report has no subject.

A ``no`` right after a verb of answering (rules ``answer_verbs``, word list: ``voted no``,
``answered no``) and right before a finite verb becomes the object of the verb of answering (the
answer given); the finite verb, when the parser hung it inside the relative clause of a noun that
roots the sentence, becomes the root with that noun as its subject. ``did not say``, ``said no
one …`` and ``no longer said`` are left as parsed.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.claim_repairs import rehead, repair_found

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
    """Make ``tok`` the object of the verb of answering; the verb after it the root of its sentence
    when the parser hung it in the relative clause of the root noun (``members who voted no said``)."""
    verb, after = found
    noun = verb.head
    tok.head, tok.dep_ = verb, "dobj"
    if verb.dep_ == "relcl" and noun.dep_ == "ROOT" and noun.i < verb.i and after.head.i in {t.i for t in verb.subtree}:
        movers = [c for c in noun.children if c.i > after.i]
        after.head, after.dep_ = after, "ROOT"
        rehead(after, noun, "nsubj", movers)


def repair_answer_words(doc: Doc, verbs: frozenset[str]) -> int:
    """Hang a ``no`` after a verb of answering on that verb (see module doc). Returns the number
    repaired."""
    if not doc.has_annotation("DEP") or not verbs:
        return 0
    return repair_found([t for t in doc if t.lower_ == "no"], lambda t: _answer_verb(t, verbs), _hang_answer)
