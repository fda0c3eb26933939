"""The asker a question label names in brackets (:mod:`claim_turns`): ``Question (Tobias Kranz,
Rheinische Post):``, ``QUESTION (Maria Lopez, EFE):``, ``Q (Hans Meier, dpa):`` are asked by the
person named first in the brackets (the outlet after the comma is the person's ``affiliation``,
never the speaker); ``QUESTION (Reuters):``, with an outlet alone, by a reporter of that outlet:
the label as written, ``norm.name`` ``a Reuters reporter`` (word list ``bracket_asker``: ``a
{outlet} reporter``, as a bare ``Q:`` of a briefing is ``a reporter``) and the outlet as
``affiliation`` when it is an actor mention.

Brackets that name neither (``Q (to the Economy Ministry):``, ``Question (inaudible):``) leave
the question turn to the interviewer the article names, else to its label as written."""

from __future__ import annotations

import re

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_phrase_norm import phrase_norm
from pipeline.components.claim_speakers import is_person
from pipeline.components.claim_turn_records import Turn

#: an outlet written alone in brackets: up to five capitalised words (``Reuters``, ``Deutsche
#: Welle``, ``The Globe and Mail``; ``and``/``of``/``&`` between them)
_OUTLET = re.compile(r"[A-Z][\w.'\u2019-]*(?:[ \t]+(?:[A-Z][\w.'\u2019-]*|and|of|&)){0,4}")


def _actors(ctx: DocContext, start: int, end: int) -> list:
    return [sp for sp in ctx.spans_within(start, end) if sp.label_ == "actor"]


def _named_person(ctx: DocContext, start: int, end: int):
    """The person mention that is the whole of ``[start, end)`` but for spaces, else None."""
    text = ctx.text[start:end]
    s = start + len(text) - len(text.lstrip())
    e = start + len(text.rstrip())
    return next((sp for sp in _actors(ctx, s, e) if is_person(sp) and (sp.start_char, sp.end_char) == (s, e)), None)


def _outlet(ctx: DocContext, start: int, end: int) -> dict | None:
    """The record of the actor mention, no person and no place, that is the outlet in ``[start, end)``."""
    for sp in _actors(ctx, start, end):
        if not is_person(sp) and (sp._.norm or {}).get("type") not in ("location", None):
            return ctx.actor_record(sp, "speaker")
    return None


def _with_outlet(rec: dict, outlet: dict | None) -> dict:
    if outlet is not None:
        rec["affiliation"] = outlet
    return rec


def bracket_asker(ctx: DocContext, turn: Turn) -> dict | None:
    """The speaker record of a question turn whose label names its asker in brackets (see module
    doc), None when the brackets name no one."""
    if turn.kind != "question" or turn.bracket is None:
        return None
    s, e = turn.bracket
    comma = ctx.text.find(",", s, e)
    person = _named_person(ctx, s, e if comma < 0 else comma)
    if person is not None:
        return _with_outlet(ctx.actor_record(person, "speaker"), _outlet(ctx, comma, e) if comma >= 0 else None)
    outlet = " ".join(ctx.text[s:e].split())
    form = next(iter(sorted(ctx.rules.words("bracket_asker"))), None)
    if form is None or comma >= 0 or not _OUTLET.fullmatch(outlet):
        return None
    n0, n1 = turn.name
    rec = {"text": ctx.text[n0:n1], "start": n0, "end": n1, "actor_id": None,
           "norm": phrase_norm(form.replace("{outlet}", outlet), "asker", "person")}
    return _with_outlet(rec, _outlet(ctx, s, e))
