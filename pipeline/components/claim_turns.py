"""Transcript turns and headline colons (issue 11): the ``Q: …`` / ``A: …`` / ``ADLER: …`` /
``MR. HOFFER: …`` turns of a Q-and-A or a briefing transcript, and ``Ortiz: budget "dead on
arrival"`` in a headline or subhead. Rule data: ``pipeline/rules/claim_turns.jsonl``.

- **A transcript** is found by repeated labels, never by one colon: a run of body paragraphs
  opened by turn labels (at most :data:`MAX_GAP` paragraphs without a label between two labels)
  that holds a question turn and an answer or named turn, or at least three named turns by at
  least two speakers, one of whom speaks twice. ``Note: …``, ``Related: …``, ``10:30``, a list
  introduced by a colon or a schedule (``Monday: …``, ``Tuesday: …``) make none.
- **A turn** is one attributed statement: the cue is the colon, the content the turn's text, over
  the paragraphs that continue it (paragraphs without a label right after an answer or a named
  turn that speak in the first person outside quotation marks: ``And I hope the judge …``).
- **Its speaker.** A named label is the person the article names so (``GARCIA:`` → ``Mayor Elena
  Garcia``; titles dropped: ``MR. HOFFER:``, ``MAYOR FINN:``; a label of titles alone, ``THE
  PRESIDENT:``, is the person last named with that title), else the name as written. ``Q:`` is
  the interviewer the article names (``Interview by Ben Holland``; the byline author when the
  article is its own interview: ``She spoke with The Review``, ``We spoke in her office``), else
  the label as written (a questioner in an audience or a briefing). ``A:`` is the interviewee
  (the person a headline colon names, else the person named most often before the transcript),
  else the label as written. ``speaker.via`` keeps the label when the speaker was resolved from it.
- **Inside a turn** ``I``/``we`` as the speaker of a nested cue (``I think …``) are the turn's
  speaker, outside nested quotations; ``you`` as the subject of a cue in a question turn
  (``Q: You've said …``) is the speaker of the answer after it.
- **A headline colon** (``Ortiz: …`` in a headline or subhead) is a statement only when the name
  resolves to a person or an organisation (an actor mention that is no place, or a person of the
  article with that name); its speaker is that entity's fullest name.

The steps are modules of their own: :mod:`claim_turn_records` (``Label``, ``Turn``),
:mod:`claim_turn_labels` (labels, transcripts), :mod:`claim_turn_transcripts` (turns and their
continuations), :mod:`claim_turn_headlines` (headline colons and tags),
:mod:`claim_turn_speakers` (who speaks a turn; a bare ``A:`` among named labels:
:mod:`claim_turn_mixed_answers`), :mod:`claim_turn_attribution` (the claims).
"""

from __future__ import annotations

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_turn_attribution import attribute_turns
from pipeline.components.claim_turn_headlines import headline_turns, quote_tags, tag_turns
from pipeline.components.claim_turn_introductions import name_numbered_speakers, name_self_introduced
from pipeline.components.claim_turn_records import Label, Turn, answer_after
from pipeline.components.claim_turn_speakers import resolve_speakers
from pipeline.components.claim_turn_transcripts import transcript_turns

__all__ = ["Label", "Turn", "attribute_turns", "colon_ranges", "find_turns", "label_ranges", "turn_ranges"]


def find_turns(ctx: DocContext) -> list[Turn]:
    """The headline colons and tags and the transcript turns of the document, with their speakers."""
    if not ctx.rules.turns.labels and not ctx.rules.turns.headlines and not ctx.rules.turns.tags:
        return []
    heads = headline_turns(ctx) + tag_turns(ctx) + quote_tags(ctx)
    turns = transcript_turns(ctx)
    if turns:
        resolve_speakers(ctx, turns, heads)
        name_self_introduced(ctx, turns, lambda k: answer_after(turns, k))  # ``Q: … Kwame Asante, Pan-African Wire.``
        name_numbered_speakers(ctx, turns)  # ``SPEAKER 4: … My name is Dolores Quintero …``
    return heads + turns


def colon_ranges(turns: list[Turn]) -> list[tuple[int, int]]:
    """The text of every turn (``DocContext.after_colon``: its clauses are claims of the turn)."""
    return [r for t in turns for r in t.ranges]


def turn_ranges(turns: list[Turn]) -> list[tuple[int, int]]:
    """The text of every transcript turn, without its label (``claim_repairs.repair_turn_vocatives``)."""
    return [r for t in turns if t.kind not in ("headline", "tag") for r in t.ranges]


def label_ranges(turns: list[Turn]) -> list[tuple[int, int]]:
    """(start, colon) of the label of every transcript turn (``claim_repairs.repair_turn_labels``)."""
    return [(t.paras[0][0], t.colon) for t in turns if t.kind not in ("headline", "tag")]
