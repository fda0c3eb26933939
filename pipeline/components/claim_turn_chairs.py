"""The chair a record's introduction names (:mod:`claim_turns`): ``The CHAIRMAN.``, ``The
CHAIR.``, ``The PRESIDING OFFICER.`` in a committee's or a chamber's transcript is the one person
the article says chairs the sitting (rows ``chair_intro`` of ``claim_turns.jsonl``: ``the markup,
chaired by Rep. Lyle Pettigrew``, ``presided over by Sen. Ada Voss``, ``with Rep. Ann Kolb
presiding``), when nobody of the article carries the label's title; a label of other titles
(``The CLERK.``) or an introduction that names no person, or two, leaves the label as written."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_speakers import is_person


def chair_holder(ctx: DocContext, titles: list[str], before: int) -> Span | None:
    """The person the last ``chair_intro`` before ``before`` names, when ``titles`` (the label's
    words) hold a chair's title (rows ``chair_titles``); None otherwise."""
    if not set(titles) & ctx.rules.turns.chair_titles:
        return None
    found = None
    for rule in ctx.rules.turns.chair_intros:
        for m in rule.pattern.finditer(ctx.text, 0, before):
            person = _one_person(ctx, *m.span("name"))
            if person is not None and (found is None or person.start_char > found.start_char):
                found = person
    return found


def _one_person(ctx: DocContext, start: int, end: int) -> Span | None:
    people = [sp for sp in ctx.spans_within(start, end) if sp.label_ == "actor" and is_person(sp)]
    return people[0] if len(people) == 1 else None
