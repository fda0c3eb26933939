"""``Q:`` in the transcript of a press briefing is a reporter (issue 11).

A question label no interviewer is named for stays the label as written (``Q``); when the
article says before the transcript that it is a briefing or a press conference (word list
``briefing_words`` in ``claim_cues.jsonl``: ``briefing``, ``press conference``, ``news
conference``), the asker is one of the reporters there: the speaker keeps the label as its words
and gets ``norm.name`` ``a reporter`` (word list ``briefing_asker``). A town hall's or an
audience's questioner stays the label; an interviewer the article names is left alone.
"""

from __future__ import annotations

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_phrase_norm import phrase_norm


def _briefing_before(ctx: DocContext, char: int) -> bool:
    """A body paragraph before ``char`` names a briefing or a press conference (not the
    headline or the front matter alone)."""
    words = ctx.rules.words("briefing_words")
    return any(any(w in ctx.text[s.start:min(s.end, char)].lower() for w in words)
               for s in ctx.sections if s.label == "body" and s.start < char)


def name_briefing_askers(ctx: DocContext) -> None:
    """Give the question turns of a briefing transcript, asked by the label as written, the
    asker's description as ``norm.name`` (see module doc)."""
    asker = next(iter(sorted(ctx.rules.words("briefing_asker"))), None)
    first: dict[int, int] = {}
    for turn in ctx.turns:
        if turn.kind not in ("question", "answer", "name"):
            continue
        first.setdefault(turn.block, turn.paras[0][0])
        sp = turn.speaker
        if asker is None or turn.kind != "question" or sp is None or "mention_id" in sp or "norm" in sp:
            continue
        if (sp["start"], sp["end"]) == turn.name and _briefing_before(ctx, first[turn.block]):
            sp["norm"] = phrase_norm(asker, "asker", "person")
