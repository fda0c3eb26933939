"""``Chief Haskins, 54, acknowledged …, but he defended the record``: a ``he``/``she`` subject of a
clause conjoined to an earlier clause of the same sentence refers to that clause's subject.

The pronoun resolver looks for antecedents among the sentences before and the sources already
recorded, which a source of the same sentence is not yet; so a person the actor layer left
without a mention (``Chief Haskins``) lost to a person of an earlier paragraph. The subject of
the first conjunct is the referent when it is a singular noun phrase (not a pronoun) before the
pronoun, outside any quotation, and the pronoun's clause is a ``conj`` of that clause's verb.
Whether its speaker record fits the pronoun's gender is the caller's check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:  # pragma: no cover
    from pipeline.components.claim_clauses import Sentence

_SUBJECTS = ("nsubj", "nsubjpass")
_SINGULAR = ("NN", "NNP")


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def conjoined_subject(sent: "Sentence", frame: Token, subj: Token) -> Token | None:
    """The subject of the clause ``frame`` (whose subject is the pronoun ``subj``) is conjoined
    to, when it is a singular noun phrase of the same sentence before ``subj`` and neither is
    quoted; else None."""
    if subj.head.i != frame.i or frame.dep_ != "conj" or not frame.head.pos_ in ("VERB", "AUX"):
        return None
    first = _subject(frame.head)
    if first is None or first.i > subj.i or first.pos_ not in ("PROPN", "NOUN") or first.tag_ not in _SINGULAR:
        return None
    if not sent.inside(first) or any(sent.ctx.quote_at(t.idx) is not None for t in (first, subj)):
        return None
    return first
