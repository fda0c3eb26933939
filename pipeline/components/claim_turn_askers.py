"""``Q:`` in the transcript of a press briefing is a reporter (issue 11).

A question label no interviewer is named for stays the label as written (``Q``); when the
paragraphs introducing the transcript (the body paragraphs since the previous one) say, in whole words,
that it is a briefing or a press conference (word list ``briefing_words`` in
``claim_cues.jsonl``: ``briefing``, ``press conference``, ``news conference``) and name no
interviewing outlet (``spoke with The Harbor Review``; lists ``interview_cues``,
``briefing_audience``), the asker is one of the reporters there: the speaker keeps the label as its words
and gets ``norm.name`` ``a reporter`` (word list ``briefing_asker``). A town hall's or an
audience's questioner stays the label; an interviewer the article names is left alone.
"""

from __future__ import annotations

import re

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_phrase_norm import phrase_norm


def _intro(ctx: DocContext, char: int) -> list[str]:
    """The body paragraphs introducing the transcript that starts at ``char``: those after the
    previous transcript's last turn (else the article's start), lower case."""
    prev = max((t.paras[-1][1] for t in ctx.turns if t.kind in ("question", "answer", "name")
                and t.paras[-1][1] <= char), default=0)
    return [ctx.text[s.start:min(s.end, char)].lower()
            for s in ctx.sections if s.label == "body" and prev <= s.start < char]


def _word_at(text: str, word: str) -> list[int]:
    """Where ``word`` ends each time it stands in ``text`` as whole words (not ``debriefing``)."""
    return [m.end() for m in re.finditer(r"\b" + re.escape(word) + r"\b", text)]


def _names_outlet(ctx: DocContext, text: str) -> bool:
    """``spoke with The Harbor Review``, ``told the Gazette in an interview``: an interview cue
    (``interview_cues``) not followed by the briefing's audience (``briefing_audience``:
    ``spoke with reporters``)."""
    audience = tuple(ctx.rules.words("briefing_audience"))
    return any(not text[end:].lstrip().startswith(audience)
               for cue in ctx.rules.words("interview_cues") for end in _word_at(text, cue))


def _briefing_before(ctx: DocContext, char: int) -> bool:
    """The paragraphs introducing a transcript (:func:`_intro`) name a briefing or a press
    conference as whole words, and no interviewing outlet (:func:`_names_outlet`)."""
    intro = _intro(ctx, char)
    words = ctx.rules.words("briefing_words")
    return any(_word_at(p, w) for p in intro for w in words) and not any(_names_outlet(ctx, p) for p in intro)


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
