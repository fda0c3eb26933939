"""The asker a sentence right before a question turn introduces (:mod:`claim_turns`).

An earnings call's or a hearing's ``Question:`` / ``Q:`` is asked by the one person the paragraph
right before it introduces as the asker (rows ``asker_intro`` of ``claim_turns.jsonl``): ``Our
next question comes from Priya Ramaswamy of Jefferies.`` (in the operator's turn or outside any
turn), ``Jefferies analyst Priya Ramaswamy pressed the CEO on cash.`` (outside any turn only: a
speaker's turn that says someone asked reports it). The name must hold exactly one person
mention; none, or two, leave the question to the interviewer or the label as written (never a
guess). A row with a group ``object`` (the one pressed or asked) introduces an asker only when
that object is one person who may answer: ``him``, ``her``, a named person, or ``the`` and a
person's title (``the CEO``, ``the finance minister``), not followed by ``to`` (``asked the minister
to resign`` is a request, not a question) and never a thing (``questioned the need for …``).
Each question turn is read on its own: two questions may have two askers (the caller drops an
asker who is also the next answer's speaker)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_speakers import is_person
from pipeline.components.claim_turn_records import Turn


def _before(ctx: DocContext, turn: Turn) -> tuple[int, int] | None:
    """The body paragraph right before the turn's first paragraph (None: the turn opens the
    article or follows a line of its own paragraph)."""
    i = ctx.paragraph_index(turn.paras[0][0])
    if i == 0 or ctx.sections[i][0] != turn.paras[0][0]:
        return None
    s, e, label = ctx.sections[i - 1]
    return (s, e) if label == "body" else None


_TO = re.compile(r"[ \t]+to[ \t]")
_WORD = re.compile(r"[\w'\u2019-]+")


def _title_end(ctx: DocContext, start: int, end: int) -> int | None:
    """Where the first person's title among the (at most three) words after ``the`` ends."""
    words = list(_WORD.finditer(ctx.text, start, end))[1:4]
    return next((w.end() for w in words if w.group().lower() in ctx.rules.person_words), None)


def _addressed(ctx: DocContext, m: re.Match) -> bool:
    """Is the object the asker presses one person who may answer (see module doc)?"""
    if "object" not in m.re.groupindex:
        return True
    s, e = m.span("object")
    first = ctx.text[s:e].split()[0]
    if first == "the":
        end = _title_end(ctx, s, e)
    elif first in ("him", "her"):
        end = e
    else:
        end = next((sp.end_char for sp in ctx.spans_within(s, e) if sp.label_ == "actor" and is_person(sp)), None)
    return end is not None and _TO.match(ctx.text, end) is None


def _in_turn(turns: list[Turn], para: tuple[int, int]) -> bool:
    return any(t.paras[0][0] <= para[0] < t.end for t in turns)


def introduced_asker(ctx: DocContext, turn: Turn, turns: list[Turn]) -> Span | None:
    """The one person the paragraph before the question turn introduces as its asker (see
    module doc); None otherwise."""
    para = _before(ctx, turn) if turn.kind == "question" else None
    if para is None:
        return None
    in_turn = _in_turn(turns, para)
    found: dict[str, Span] = {}
    for rule in ctx.rules.turns.asker_intros:
        if in_turn and rule.turn != "any":
            continue
        for m in rule.pattern.finditer(ctx.text, para[0], para[1]):
            if not _addressed(ctx, m):
                continue
            s, e = m.span("name")
            for sp in ctx.spans_within(s, e):
                if sp.label_ == "actor" and is_person(sp):
                    found[(sp._.norm or {}).get("actor_id") or sp.text.lower()] = sp
    return next(iter(found.values())) if len(found) == 1 else None
