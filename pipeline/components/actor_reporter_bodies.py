"""A description in the words a body reports names that body.

``A spokeswoman for Corvane Foods said the company would appeal``, ``Halden Mining said in a statement
that the company had met its targets``, ``A spokesperson for the Harbour Licensing Board, which sets
the fees, told reporters that the board had not been consulted``: the description (``the company``,
``the board``) is the subject of the clause a reporting verb (``report-verbs`` of
``actor_words.jsonl``: say, tell, add …) takes, and that verb's subject is the body itself or a
noun of its voice (``report-voices``: spokeswoman, representative, statement …) that speaks for it
(``a spokeswoman for X``, ``X's spokesman``, ``a statement from X``: the body is the noun's
``for``/``of``/``at``/``from`` object, its possessor or a compound modifier). The
description names that body when its row fits it (the caller's test), before the nearest body named
(the fact-checker told, the rating agency quoted in between).

Not: a noun of no body's voice (``An analyst at Jefferies said the company …``: the company the
analyst covers, not the bank), a description that is not the reported clause's subject (``said it would sue the company``:
another company may be meant), a reporting verb whose subject is a person's name (``Kvarna chair
Per-Olof Ringdahl said the board had weighed …``: the company's board is no named body), a
speaker that names no body (``Chatchai said the company expected …``: which company?). Those keep
the nearest-body search.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.actor_model import Actor
# BODY_TYPES: actor types that speak as a body (a person, place or crowd does not: ``Residents said the group …``)
from pipeline.components.actor_name_heads import BODY_TYPES
from pipeline.components.gazetteer import shipped_actor_words


def _shipped_preps() -> frozenset[str]:
    """The shipped ``report-voice-preps`` (``for``, ``of``, ``at``, ``from``)."""
    return shipped_actor_words().report_voice_preps


def reporting_subject(doc: Doc, head: int, verbs: frozenset[str]) -> Token | None:
    """The subject of the reporting verb whose clause ``doc[head]`` is the subject of (``the company``
    in ``X said the company would appeal``); None for any other shape."""
    tok = doc[head]
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
        return None
    verb = tok.head.head
    if verb.lemma_.lower() not in verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def speaker_tokens(subject: Token, voices: frozenset[str], preps: frozenset[str] | None = None) -> list[Token]:
    """Where the body the subject speaks as may be named: the subject itself and, for a noun of
    ``voices`` (``spokeswoman``), its possessor, compound modifiers and object of one of ``preps``
    (``report-voice-preps``: ``for``/``of``/``at``/``from``; the shipped list when None)."""
    preps = _shipped_preps() if preps is None else preps
    out = [subject]
    if subject.pos_ != "NOUN" or subject.lower_ not in voices:
        return out
    for c in subject.children:
        if c.dep_ in ("poss", "compound"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def reporter_body(doc: Doc, the: int, head: int, actors: list[Actor], verbs: frozenset[str],
                  voices: frozenset[str], preps: frozenset[str] | None = None) -> Actor | None:
    """The body whose reported words hold the description ``doc[the:head + 1]`` (module doc): the
    body mention (named before the description) at one of :func:`speaker_tokens`; None when there
    is none or it is no body. ``verbs``, ``voices``, ``preps``: the lists ``report-verbs``,
    ``report-voices``, ``report-voice-preps``."""
    subject = reporting_subject(doc, head, verbs) if verbs else None
    if subject is None or subject.i >= the:
        return None
    for tok in speaker_tokens(subject, voices, preps):
        found = next((a for a in actors if a.start <= tok.i < a.end and a.end <= the), None)
        if found is not None and found.norm.get("type") in BODY_TYPES and found.norm.get("actor_id") and \
                found.category != "group":
            return found
    return None
