"""``he``/``she``/``they`` inside a quotation left as a bare pronoun: someone the quotation talks about.

``"The president asked me to pass something on," Lasko said. "He said to me, 'Sanctions are a
tax on our patience,'"``: the quotation attribution (``claim_quotes``) finds that ``He`` is not
Lasko, the quotation's own speaker, and leaves the pronoun as written. Once every quotation has its
speaker, such a pronoun is read again as a pronoun inside a quotation
(:func:`~pipeline.components.claim_quoted_pronouns.quoted_pronoun_speaker`): the nearest agreeing
person noun or mention before it (``The president``), never the quotation's speaker (of an
untagged quotation: the speaker of the quotation it continues) nor a person who spoke just before
outside a quotation. Nothing agreeing: the pronoun stays as written.
"""

from __future__ import annotations

import bisect

from pipeline.components.claim_clauses import Sentence
from pipeline.components.claim_context import DocContext
from pipeline.components.claim_quoted_pronouns import THIRD_PERSON_SUBJECTS, quoted_pronoun_speaker
from pipeline.components.claim_quotes import set_speaker


def _bare_pronoun(speaker: dict | None) -> bool:
    """A speaker that is a third-person subject pronoun as written, of no actor and no antecedent."""
    return speaker is not None and "mention_id" not in speaker and speaker.get("actor_id") is None \
        and not speaker.get("via") and not speaker.get("also") \
        and str(speaker.get("text", "")).lower() in THIRD_PERSON_SUBJECTS


def _quoting_speaker(ctx: DocContext, claims: list[dict], quote: tuple[int, int]) -> dict:
    """The speaker of the quotation ``quote`` (:func:`_tagged_speaker`); for an untagged quotation,
    that of the quotation before it in its paragraph or the one before, which it continues
    (``"…," Mayor Roe said. "She said …"``: Roe speaks on, so ``She`` is not Roe); ``{}`` when none
    is known."""
    k, para = bisect.bisect_left(ctx.quotes, quote), ctx.paragraph_index(quote[0])
    if k == len(ctx.quotes) or ctx.quotes[k] != quote:
        return _tagged_speaker(claims, quote)
    while k >= 0 and para - ctx.paragraph_index(ctx.quotes[k][0]) <= 1:
        speaker = _tagged_speaker(claims, ctx.quotes[k])
        if speaker:
            return speaker
        k -= 1
    return {}


def _tagged_speaker(claims: list[dict], quote: tuple[int, int]) -> dict:
    """The speaker of the quotation ``quote``: that of a claim with an actor id given it or whose
    words lie in it while its cue is outside (``"…," he said``); ``{}`` when none is known."""
    for claim in claims:
        q, speaker, cue = claim.get("quote") or {}, claim.get("speaker") or {}, claim.get("cue") or {}
        if speaker.get("actor_id") is None:
            continue
        given = (q.get("start"), q.get("end")) == quote
        tagged = cue.get("start") is not None and not quote[0] <= cue["start"] < quote[1] \
            and quote[0] <= claim["start"] < quote[1]
        if given or tagged:
            return speaker
    return {}


def _outside_speakers(ctx: DocContext, before: int) -> set[str]:
    """Ids of the persons who spoke before ``before`` in its paragraph or the one before, named
    outside any quotation: the quotation's likely speakers (``Lasko said``); not a person a
    quotation reports (``"The president asked me …"``: whom the quotation talks about)."""
    para = ctx.paragraph_index(before)
    return {aid for span, at in zip(ctx.speakers, ctx.spoke_at)
            if at <= before and 0 <= para - ctx.paragraph_index(at) <= 1 and ctx.quote_at(span.start_char) is None
            and (aid := (span._.norm or {}).get("actor_id")) is not None}


def name_talked_about(ctx: DocContext, claims: list[dict]) -> None:
    """Give each claim whose speaker is a bare ``he``/``she``/``they`` inside a quotation the
    person or group that pronoun means there (see the module doc), the pronoun in ``via``."""
    for claim in claims:
        speaker = claim.get("speaker")
        if not _bare_pronoun(speaker) or claim.get("cue") is None:
            continue
        quote = ctx.quote_at(speaker["start"])
        span = ctx.doc.char_span(speaker["start"], speaker["end"]) if quote is not None else None
        sent = Sentence.holding(ctx, span[0]) if span is not None and len(span) == 1 else None
        if sent is None:
            continue
        found = quoted_pronoun_speaker(sent, span[0], _quoting_speaker(ctx, claims, quote),
                                       _outside_speakers(ctx, speaker["start"]))
        if found is None:
            continue
        set_speaker(claim, found)
