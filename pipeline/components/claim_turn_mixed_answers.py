"""A bare ``A:`` answer in a transcript of named speakers (round 34).

A press conference transcript whose answers carry named labels (``CHIEF OKORO:``,
``COMMISSIONER WHITFIELD:``) sometimes slips into ``Q:`` / ``A:`` for one exchange. The ``A:``
there is no interviewee of the whole article (:mod:`claim_turn_speakers`) but one of the officials
at the podium: the one the question right before it addresses (``Q: Chief, is this arson?``: the
named speaker whose label or name holds every word of the address), or, when the question
addresses nobody (``Q: So, …?``), the last named speaker before that question (who was answering);
an address the questioner corrects (``Q: Chief, sorry, Premier. …?``; word list
``address_corrections``) is the last one;
a question addressing someone no named turn fits (``Q: Senator, …?``) leaves the answerer unknown. An ``A:`` not
right after a question, or in a block with no named person speaking, keeps its speaker.
"""

from __future__ import annotations

import re

from pipeline.components.claim_context import DocContext, copy_json
from pipeline.components.claim_turn_common import text_words
from pipeline.components.claim_turn_records import Turn

#: a question opening with an address: one to three capitalised words and a comma (``Chief,``,
#: ``Mr. Mayor,``, ``Commissioner Whitfield,``); bounded, so linear
_ADDRESS = re.compile(r"\s*((?:[A-Z][\w.'\u2019-]{0,30}\s){0,2}[A-Z][\w'\u2019-]{0,30}),\s")


#: a correction and the address it puts in place of the one before (``sorry, Premier.``,
#: ``I mean Commissioner,``); bounded, so linear
#: (a word with a period inside the address is a short abbreviation: ``Mr. Mayor.``, never the
#: end of the sentence: ``Mayor. Will Ms. Quinn …``)
_CORRECTED = re.compile(r"([A-Za-z]{1,10}(?:[ \t][a-z]{2,10})?),?[ \t]+((?:(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'\u2019-]{0,30})"
                        r"[ \t]){0,2}[A-Z][\w'\u2019-]{0,30})[,.?!](?=\s|$)")


def question_address(ctx: DocContext, question: Turn) -> tuple[int, int] | None:
    """Where the address the question opens with is (``Chief,``), the corrected one when the
    questioner corrects it (``Chief, sorry, Premier.``: ``Premier``); None when it opens otherwise."""
    found = _ADDRESS.match(ctx.text, question.start, question.end)
    if found is None:
        return None
    span = found.span(1)
    fix = _CORRECTED.match(ctx.text, found.end(), question.end)
    if fix is not None and fix.group(1).lower() in ctx.rules.words("address_corrections"):
        span = fix.span(2)
    return span


def _named(ctx: DocContext, turn: Turn) -> str | None:
    """The actor id of a named turn spoken by a resolved actor, else None."""
    if turn.kind != "name" or not turn.speaker:
        return None
    return turn.speaker.get("actor_id")


def _addressed(ctx: DocContext, question: Turn, named: list[Turn]) -> dict | None:
    """The speaker of the one named turn whose label and name hold every word the question opens
    by addressing (``Chief, …?``); None when it addresses nobody, or several could be meant."""
    found = question_address(ctx, question)
    if found is None:
        return None
    address = text_words(ctx.text[found[0]:found[1]], ".")
    fits = {}
    for t in named:
        words = text_words(ctx.text[t.name[0]:t.name[1]], ".") | text_words(t.speaker.get("text") or "", ".")
        if address <= words:
            fits[t.speaker["actor_id"]] = t.speaker
    return next(iter(fits.values())) if len(fits) == 1 else None


def _addresses_someone(ctx: DocContext, question: Turn) -> bool:
    """The question opens by addressing a person (``Commissioner, …?``, ``Mr. Mayor, …?``,
    ``Dana, …?``): the address holds a title or role word or a person's name, not a word such
    as ``So,`` or ``Today,``."""
    s, e = question_address(ctx, question)
    plain = ctx.rules.turns.honorifics | ctx.rules.turns.roles | ctx.rules.title_words
    if text_words(ctx.text[s:e], ".") & plain:
        return True
    return any(sp.label_ == "actor" and s <= sp.start_char < e and (sp._.norm or {}).get("type") == "person"
               for sp in ctx.spans)


def _answerer(ctx: DocContext, turns: list[Turn], k: int) -> dict | None:
    """Who speaks the bare answer ``turns[k]`` (see the module doc), or None."""
    answer, question = turns[k], turns[k - 1] if k else None
    if question is None or question.kind != "question" or question.block != answer.block:
        return None
    named = [t for t in turns if t.block == answer.block and _named(ctx, t) is not None]
    before = [t for t in named if t.start < question.start]
    if not named:
        return None
    if question_address(ctx, question) is not None and _addresses_someone(ctx, question):
        return _addressed(ctx, question, named)  # ``Commissioner, …?`` to nobody named: unknown
    return _addressed(ctx, question, named) or (before[-1].speaker if before else None)


def name_bare_answers(ctx: DocContext, turns: list[Turn]) -> None:
    """Give an ``A:`` turn left as its label (no actor) in a block of named speakers the official
    it answers for (see the module doc); the label stays in ``via``."""
    for k, t in enumerate(turns):
        if t.kind != "answer" or (t.speaker or {}).get("actor_id") is not None:
            continue
        rec = _answerer(ctx, turns, k)
        if rec is None:
            continue
        out = copy_json(rec)
        out.pop("via", None)
        s, e = t.name
        out["via"] = {"text": ctx.text[s:e], "start": s, "end": e}
        t.speaker = out
