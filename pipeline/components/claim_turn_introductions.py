"""A questioner who names himself at the start of a question turn (round 30).

In a briefing or a news conference the reporter often opens the question with his name and
outlet: ``Question: Thank you, Luca. Kwame Asante, Pan-African Wire. The military …``, ``Q: Hi,
I'm Dana Price with WKRN. …``. That turn is the reporter's, not the label's; the other
question turns, unnamed, keep what the transcript gave them (the label, or ``a reporter`` of a
briefing).

A self-introduction is a sentence among the first :data:`MAX_SENTENCES` of the turn that is a
person mention and nothing that reads as a statement:

- at the sentence's start, followed by a comma or ``from``/``with``/``of``/``at`` and the
  outlet (``Kwame Asante, Pan-African Wire.``, ``Dana Price with WKRN.``);
- or after ``I'm``, ``I am``, ``this is``, ``my name is`` (``Hi, I'm Dana Price.``);

with no verb after the name and at most :data:`MAX_TAIL` words after it. A name addressed
(``Thank you, Luca.``, ``Brynn, Commerce Secretary Lorna Pike told CNBC …``) or the person who
answers is no introduction.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.components.claim_context import DocContext, copy_json
from pipeline.components.claim_speakers import is_person

#: sentences of a question turn where the asker may name himself; words after the name, at most
MAX_SENTENCES = 2
MAX_TAIL = 8
#: what stands before the name in ``Hi, I'm Dana Price``: a greeting (optional) and the copula
_SELF = re.compile(r"(?i)(?:(?:hi|hello|yes|good (?:morning|afternoon|evening))[,.!]?[ \t]+)?"
                   r"(?:i['\u2019]m|i am|this is|my name is|it['\u2019]s)[ \t]+")
#: what follows the name when nothing stands before it: the outlet after a comma or a preposition
_OUTLET = re.compile(r"(?:,|[ \t]+(?:from|with|of|at)\b)[ \t]*\S")


def _sentences(ctx: DocContext, start: int, end: int) -> list[Span]:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    out = []
    for sent in span.sents:
        out.append(sent)
        if len(out) == MAX_SENTENCES:
            break
    return out


def _introduces(ctx: DocContext, sent: Span, person: Span, start: int) -> bool:
    """``sent`` is the self-introduction of ``person`` (see module doc); the turn's statement
    starts at ``start`` (a first sentence may hold the label: ``Q: Hi, I'm …``)."""
    text = ctx.text
    before = text[max(sent.start_char, start):person.start_char]
    tail = ctx.doc[person.end:sent.end]
    if len(tail) > MAX_TAIL or any(t.pos_ in ("VERB", "AUX") for t in tail):
        return False
    if _SELF.fullmatch(before):
        return True
    return not before.strip() and _OUTLET.match(text, person.end_char) is not None


def self_named(ctx: DocContext, start: int, end: int, answerer: dict | None) -> Span | None:
    """The person who names himself in the first sentences of the question turn ``[start, end)``;
    not the one who answers it."""
    skip = (answerer or {}).get("actor_id")
    for sent in _sentences(ctx, start, end):
        for sp in ctx.spans_within(max(sent.start_char, start), sent.end_char):
            if sp.label_ != "actor" or not is_person(sp) or len(sp) < 2:
                continue
            if skip and (sp._.norm or {}).get("actor_id") == skip:
                continue
            if _introduces(ctx, sent, sp, start):
                return sp
    return None


def name_self_introduced(ctx: DocContext, turns: list, answerer_of) -> None:
    """Give a question turn whose asker is the label as written (or a briefing's reporter) the
    person who introduces himself in it (:func:`self_named`); ``answerer_of(k)`` is the turn that
    answers turn ``k``."""
    for k, turn in enumerate(turns):
        sp = turn.speaker
        if turn.kind != "question" or sp is None or "mention_id" in sp or (sp["start"], sp["end"]) != turn.name:
            continue
        answer = answerer_of(k)
        person = self_named(ctx, turn.start, turn.paras[0][1], answer.speaker if answer is not None else None)
        if person is not None:
            rec = copy_json(ctx.actor_record(person, "speaker"))
            rec["via"] = {"text": sp["text"], "start": sp["start"], "end": sp["end"]}
            turn.speaker = rec
