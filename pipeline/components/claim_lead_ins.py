"""Lead-ins of a bulleted news brief or a note (``Driving the news: X told …``, ``The intrigue:
…``, ``Editor's note: …``): a heading before a colon that opens the paragraph, whose label is
no speaker (``not_name`` rules of claim_turns.jsonl), is no part of what anyone says. A claim
or its content that starts inside such a lead-in starts after it (the parser sometimes splits
the heading, ``What's next: …`` read from ``'s next``)."""

from __future__ import annotations

import re

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_quotes import speaker_actor
from pipeline.schemas import claim_id

#: a paragraph's opening heading: an optional bullet, at most 40 characters, a colon, a space
_LEAD = re.compile(r"(?:[\u2022\u00b7*\u2013-][ \t]+)?(?P<label>[^:\n]{1,40}):[ \t]+(?=\S)")


def lead_in_end(ctx: DocContext, pos: int) -> int | None:
    """Where the statement starts after the lead-in of the paragraph holding ``pos``, when that
    paragraph opens with one; else None."""
    start = ctx.text.rfind("\n", 0, pos) + 1
    m = _LEAD.match(ctx.text, start)
    if m is None or m.group("label").strip().lower() not in ctx.rules.turns.not_names:
        return None
    return m.end()


def _moved(ctx: DocContext, span: dict) -> int | None:
    """The new start of ``span`` (a claim or its content) when it starts inside a lead-in."""
    end = lead_in_end(ctx, span["start"])
    return end if end is not None and span["start"] < end < span["end"] else None


def _inside(ctx: DocContext, rec: dict) -> bool:
    """Does the claim lie wholly inside a lead-in (a piece of the heading the parser split off)?"""
    end = lead_in_end(ctx, rec["start"])
    return end is not None and rec["end"] <= end


def _lead_in_speaker(ctx: DocContext, rec: dict) -> None:
    """``Context: Turkey, a NATO member, said …`` (the parser made ``Context`` the subject and
    ``Turkey`` its apposition): a speaker inside a lead-in is none; the actor mention that opens
    the statement speaks, else nobody."""
    speaker = rec.get("speaker")
    end = lead_in_end(ctx, speaker["start"]) if speaker is not None else None
    if end is None or speaker["end"] > end:
        return
    span = next((sp for sp in ctx.spans_within(end, rec["end"]) if sp.label_ == "actor" and sp.start_char == end), None)
    rec["speaker"] = ctx.actor_record(span, "speaker") if span is not None else None
    actors = [a for a in rec["actors"] if a["role"] != "speaker"]
    if span is not None:
        actors.append(speaker_actor(rec["speaker"]))
    rec["actors"] = sorted(actors, key=lambda a: (a["start"], a["end"], a["role"]))


def _quoted_only(ctx: DocContext, rec: dict) -> None:
    """``Response: "We disagree," a spokesman said``: a claim after a lead-in whose content is a
    quotation closing before its cue spans that content, as it does without the lead-in."""
    content, cue = rec.get("content"), rec.get("cue")
    if not content or not cue or "fragments" in content or lead_in_end(ctx, rec["start"]) is None:
        return
    quote = ctx.quote_at(content["start"])
    if quote is None or rec["start"] > quote[0] or content["end"] > quote[1] or cue["start"] < quote[1]:
        return
    s, e = content["start"], content["end"]
    rec.update(start=s, end=e, text=ctx.text[s:e], claim_id=claim_id(rec["doc_id"], s, e))


def trim_lead_ins(ctx: DocContext, claims: list[dict]) -> list[dict]:
    """``claims`` without those inside a lead-in, every claim and content that starts inside one
    starting after it, no speaker inside one, a quotation's claim its content (module doc; the
    records are changed in place)."""
    kept = [rec for rec in claims if not _inside(ctx, rec)]
    for rec in kept:
        _lead_in_speaker(ctx, rec)
        _quoted_only(ctx, rec)
        new = _moved(ctx, rec)
        if new is not None:
            rec["start"], rec["text"] = new, ctx.text[new:rec["end"]]
            rec["claim_id"] = claim_id(rec["doc_id"], new, rec["end"])
        content = rec.get("content")
        new = _moved(ctx, content) if content else None
        if new is None:
            continue
        content["start"], content["text"] = new, ctx.text[new:content["end"]]
        frags = content.get("fragments")
        if frags and frags[0][0] < new < frags[0][1]:
            frags[0][0] = new
    return kept
