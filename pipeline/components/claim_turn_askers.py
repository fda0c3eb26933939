"""``Q:`` in the transcript of a press briefing is a reporter (issue 11).

A question label no interviewer is named for stays the label as written (``Q``); when the
paragraphs introducing the transcript (the body paragraphs since the previous one, and the headline,
subheads and standfirst among them: ``Government press conference of 4 March``) say, in whole words,
that it is a briefing or a press conference (word list ``briefing_words`` in
``claim_cues.jsonl``: ``briefing``, ``press conference``, ``news conference``) and name no
interviewing outlet (``spoke with The Harbor Review``; lists ``interview_cues``,
``briefing_audience``; nor a headline or subhead saying ``Interview``, list ``interview_titles``), the asker is one of the reporters there: the speaker keeps the label as its words
and gets ``norm.name`` ``a reporter`` (word list ``briefing_asker``). A town hall's or an
audience's questioner stays the label; an interviewer the article names is left alone.

Before that, a question label no interviewer is named for is the outlet's (:func:`name_outlet_askers`)
in a fact check (the front matter's ``source``, as for the newsroom's ``we``) and in a transcript the
paragraphs introducing it call an interview (``In an interview in Hargeisa, Jama was asked …``) when
the article names one news outlet before it (``Jama told Al Jazeera …``); the label stays in ``via``.
"""

from __future__ import annotations

import re

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_newsroom import newsroom_outlet, outlet_speaker
from pipeline.components.claim_phrase_norm import phrase_norm


_INTRO_SECTIONS = frozenset({"body", "headline", "subhead"})
_TITLE_SECTIONS = frozenset({"headline", "subhead"})


def _intro(ctx: DocContext, char: int) -> list[tuple[str, str]]:
    """The paragraphs introducing the transcript that starts at ``char``, as (section, lower-case
    text): the body paragraphs, headline and subheads (a standfirst is a subhead) after the previous
    transcript's last turn (else the article's start)."""
    prev = max((t.paras[-1][1] for t in ctx.turns if t.kind in ("question", "answer", "name")
                and t.paras[-1][1] <= char), default=0)
    return [(s.label, ctx.text[s.start:min(s.end, char)].lower())
            for s in ctx.sections if s.label in _INTRO_SECTIONS and prev <= s.start < char]


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


def _titles_interview(ctx: DocContext, label: str, text: str) -> bool:
    """A headline or subhead saying it is an interview (``Interview: the mayor on ferries``; list
    ``interview_titles``): its ``Q:`` is the outlet's."""
    return label in _TITLE_SECTIONS and any(_word_at(text, w) for w in ctx.rules.words("interview_titles"))


def _briefing_before(ctx: DocContext, char: int) -> bool:
    """The paragraphs introducing a transcript (:func:`_intro`) name a briefing or a press
    conference as whole words, and no interviewing outlet (:func:`_names_outlet`,
    :func:`_titles_interview`)."""
    intro = _intro(ctx, char)
    words = ctx.rules.words("briefing_words")
    return any(_word_at(p, w) for _, p in intro for w in words) and \
        not any(_names_outlet(ctx, p) or _titles_interview(ctx, label, p) for label, p in intro)


def name_briefing_askers(ctx: DocContext) -> None:
    """Give the question turns of a briefing transcript, asked by the label as written, the
    asker's description as ``norm.name`` (see module doc)."""
    asker = next(iter(sorted(ctx.rules.words("briefing_asker"))), None)
    for turn, first in _label_questions(ctx):
        if asker is not None and _briefing_before(ctx, first):
            turn.speaker["norm"] = phrase_norm(asker, "asker", "person")


def _label_questions(ctx: DocContext):
    """(turn, first character of its block) for each question turn still asked by its label as
    written: no mention, no norm, the speaker span the label itself."""
    first: dict[int, int] = {}
    for turn in ctx.turns:
        if turn.kind not in ("question", "answer", "name"):
            continue
        first.setdefault(turn.block, turn.paras[0][0])
        sp = turn.speaker
        if turn.kind == "question" and sp is not None and "mention_id" not in sp and "norm" not in sp \
                and (sp["start"], sp["end"]) == turn.name:
            yield turn, first[turn.block]


def name_outlet_askers(ctx: DocContext) -> None:
    """A question turn still asked by the label as written (no interviewer named, no briefing):
    in a fact check, the outlet the front matter gives (``source: PolitiFact``,
    :func:`claim_newsroom.newsroom_outlet`); in a transcript the paragraphs introducing it call
    an interview (``In an interview in Hargeisa, Jama was asked …``: list ``interview_cues``),
    the one news outlet the article names before it (``Jama told Al Jazeera …``). The label stays
    in ``via``."""
    outlet = newsroom_outlet(ctx)
    for turn, first in list(_label_questions(ctx)):
        label = {k: turn.speaker[k] for k in ("text", "start", "end")}
        if outlet is not None:
            turn.speaker = outlet_speaker(ctx, outlet, label)
            continue
        if any(_word_at(p, w) for _, p in _intro(ctx, first) for w in ctx.rules.words("interview_cues")):
            media = _one_outlet(ctx, first)
            if media is not None:
                turn.speaker = {**ctx.actor_record(media, "speaker"), "via": label}


def _one_outlet(ctx: DocContext, before: int):
    """The first mention of the one news outlet (a ``media`` actor) named before ``before``; None
    when none or several are."""
    found = {}
    for sp in ctx.spans:
        if sp.start_char >= before:
            break
        norm = sp._.norm or {}
        if sp.label_ == "actor" and norm.get("type") == "media":
            found.setdefault(norm.get("actor_id") or sp.text.lower(), sp)
    return next(iter(found.values())) if len(found) == 1 else None
