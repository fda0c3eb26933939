"""A quotation carried on after its attribution: ``"A," Aldana said. "B."``.

When a quotation closes with a comma before its speaker and cue (``"Regulators have a job to do,"
Aldana said.``) and the next sentence of the same paragraph is a quotation of its own that ends
the sentence inside its quote marks (``"But customers want this combination."``), the second
quotation is the same speaker's statement carried on: it becomes a second fragment of the
claim's content (the words between, the cue and the speaker, are not content). A second quotation
that closes with a comma (``"B," she added.``) has its own attribution and is left alone.
"""

from __future__ import annotations

import bisect

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_sections import quote_spans

_ENDS = ".!?"


def _quote_around(quotes: list[tuple[int, int]], starts: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The quotation holding ``[start, end)``, or None."""
    k = bisect.bisect_right(starts, start) - 1
    if k >= 0 and quotes[k][0] <= start and end <= quotes[k][1]:
        return quotes[k]
    return None


def _attributed_after(text: str, claim: dict, quote: tuple[int, int]) -> bool:
    """The quotation closes with a comma, and the claim's cue and speaker come after it."""
    cue, speaker = claim.get("cue"), claim.get("speaker")
    if not cue or not speaker or speaker.get("start") is None:
        return False
    return text[quote[0] + 1:quote[1] - 1].rstrip().endswith(",") and \
        cue["start"] >= quote[1] and speaker["start"] >= quote[1]


def _carried_on(ctx: DocContext, quotes: list[tuple[int, int]], starts: list[int], cue_start: int,
                after: int) -> tuple[int, int] | None:
    """The words of the quotation that opens the sentence after the cue's, in the same paragraph,
    and ends that sentence inside its marks; None if there is none."""
    text = ctx.text
    s_end = ctx.sent_ranges[ctx.sentence_index(cue_start)][1] if ctx.sent_ranges else len(text)
    k = bisect.bisect_left(starts, after)
    if k >= len(quotes) or quotes[k][0] < s_end:
        return None  # a second quotation in the cue's own sentence is read with it already
    q_start, q_end = quotes[k]
    if text[s_end:q_start].strip() or "\n" in text[s_end:q_start]:
        return None
    inner = text[q_start + 1:q_end - 1]
    rest = text[q_end:text.find("\n", q_end) if "\n" in text[q_end:] else len(text)]
    if not inner.rstrip() or inner.rstrip()[-1] not in _ENDS or (rest.strip() and not rest[:1].isspace()):
        return None
    if rest.strip() and not (rest.lstrip()[:1].isupper() or rest.lstrip()[:1] in "\"\u201c"):
        return None  # ``"B." she added``: words of its own after the quotation
    lead = len(inner) - len(inner.lstrip())
    return q_start + 1 + lead, q_start + 1 + len(inner.rstrip())


def continue_quotes(ctx: DocContext, claims: list[dict]) -> None:
    """Add the carried-on quotation to the content of every claim it continues (module doc)."""
    text = ctx.text
    quotes = quote_spans(text)
    starts = [q[0] for q in quotes]
    for claim in claims:
        content = claim.get("content")
        if not content:
            continue
        quote = _quote_around(quotes, starts, content["start"], content["end"])
        if quote is None or not _attributed_after(text, claim, quote):
            continue
        found = _carried_on(ctx, quotes, starts, claim["cue"]["start"], quote[1])
        if found is None:
            continue
        parts = [list(p) for p in content.get("fragments") or [[content["start"], content["end"]]]]
        parts.append(list(found))
        claim["content"] = {"text": text[parts[0][0]:found[1]], "start": parts[0][0], "end": found[1],
                            "fragments": parts}
