"""The body a head speaks for, read from a list line or a region leader's title (for :mod:`claim_bodies`).

A ``we`` in the turn or the quotation of someone who leads a body is the body's (``PREMIER: … We
have said we'll build the road``), but the article often ties the person to the body only where
it lists who speaks, or by a bare title:

- a list line, ``Name, Head Title, Body`` (``Witnesses: Dr Helen Ashworth, Chief Executive,
  Transport Focus; …``, ``Participants: …``): a person's mention, a comma, a head's title (its last
  word in the word list ``speaks_for_head_titles``: chief executive, managing director, minister,
  chair …, or a company officer's title of ``speaks_for_company_titles``), a comma and a body's
  mention (:func:`listed_body`). A spokesperson is no head: ``Kai Wendler, spokesman, Federal
  Ministry of Defence`` stays the person (the golds give a spokesperson's turn ``we`` to them);
- a participant line of a call transcript, ``Name — Title`` on a line of its own (``Company
  Participants\nRaghav S. Menon — Chief Executive Officer and Managing Director``) whose title holds
  a company officer's title (``speaks_for_company_titles``): the company the document follows up to
  there (:func:`listed_officer`; ``Head of Investor Relations`` is no officer's title);
- a region leader's title (``region-leader-titles`` of ``actor_words.jsonl``: ``Premier Ian
  MacLellan``, ``The premier``) whose region is written before it at one of the person's mentions
  (``Ontario Premier X``, ``Nova Scotia's premier, X``) or, failing that, before the same title
  where the document names no one with it (``Nova Scotia's premier on Ottawa`` as a headline),
  when every such place names one region (:func:`led_government`): the region's government, the
  document's mention of it, else the record the actor layer would make for it (``<region>
  government``, type ``government``; :func:`~pipeline.components.actor_regions.government_norm`)
  spoken through the title's words.

Precision first: no body found leaves the person.
"""

from __future__ import annotations

import functools
from pathlib import Path

from spacy.tokens import Span

from pipeline.components.actor_regions import Place, government_norm, region_before
from pipeline.components.claim_context import DocContext
from pipeline.components.gazetteer import Region, load_regions

#: how many words a head's title between two commas may have (``Chief Executive``, ``Minister of State for Rail``)
MAX_TITLE_WORDS = 6
#: what may follow the body of a list line (end of the entry)
_ENTRY_ENDS = frozenset({";", ".", "(", ","})
#: the dashes that set a participant's title off from their name (``Raghav S. Menon — Chief Executive Officer``)
_LINE_DASHES = frozenset({"—", "–", "-"})


def listed_body(ctx: DocContext, mention: Span, is_body) -> Span | None:
    """``Dr Helen Ashworth, Chief Executive, Transport Focus;``: the body after a head's title set
    off by commas right after ``mention`` (module docstring); None for anything else."""
    doc = ctx.doc
    if mention.end >= len(doc) or doc[mention.end].text != ",":
        return None
    comma = next((t.i for t in doc[mention.end + 1:mention.end + 2 + MAX_TITLE_WORDS] if t.text == ","), None)
    title = doc[mention.end + 1:comma] if comma is not None else None
    if title is None or not len(title) or not _head_title(ctx, title) or comma + 1 >= len(doc):
        return None
    body = ctx.actor_at.get(comma + 1)
    if body is None or body.start != comma + 1 or not is_body(body):
        return None
    if body.end < len(doc) and doc[body.end].text not in _ENTRY_ENDS and "\n" not in doc[body.end - 1].whitespace_:
        return None  # ``…, president, the union said``: no list entry
    return body


def listed_officer(ctx: DocContext, mention: Span, company_before) -> Span | None:
    """``Raghav S. Menon — Chief Executive Officer`` (module docstring): the company
    ``company_before(ctx, char)`` finds before a line that opens with ``mention``, then a dash and a
    title to the line's end holding a company officer's title; None for anything else."""
    doc = ctx.doc
    if mention.start > 0 and "\n" not in doc[mention.start - 1].text_with_ws:
        return None
    if mention.end + 1 >= len(doc) or doc[mention.end].text not in _LINE_DASHES:
        return None
    end = next((t.i for t in doc[mention.end + 1:] if "\n" in t.text_with_ws), len(doc) - 1) + 1
    title = " " + " ".join(t.lower_ for t in doc[mention.end + 1:end] if not t.is_space) + " "
    if not any(f" {t} " in title for t in ctx.rules.words("speaks_for_company_titles")):
        return None
    return company_before(ctx, mention.start_char)


def _head_title(ctx: DocContext, title: Span) -> bool:
    """A head's title as written between the commas: words only, none a spokesperson's
    (``speaks_for_bare_titles``), its first or last word a head's (``speaks_for_head_titles``:
    ``Chief Executive``, ``Minister of State for Rail``) or the whole a company officer's title."""
    if any(t.is_punct or t.like_num or "\n" in t.text_with_ws for t in title):
        return False
    if any(t.lower_ in ctx.rules.words("speaks_for_bare_titles") for t in title):
        return False
    heads = ctx.rules.words("speaks_for_head_titles")
    return title[0].lower_ in heads or title[-1].lower_ in heads or \
        title.text.lower() in ctx.rules.words("speaks_for_company_titles")


@functools.lru_cache(maxsize=4)
def _regions(path: Path) -> tuple[Region, ...]:
    return tuple(load_regions(path))


def _leader_titles(ctx: DocContext) -> frozenset[str]:
    return ctx.rules.actor_words.region_leader_titles


def _title_at(ctx: DocContext, start: int, end: int) -> tuple[int, int] | None:
    """A region leader's title (one or two words) starting at token ``start`` and ending no later
    than ``end``."""
    titles = _leader_titles(ctx)
    return next(((start, start + n) for n in (2, 1) if start + n <= end and
                 ctx.doc[start:start + n].text.lower() in titles), None)


def _mention_title(ctx: DocContext, mention: Span) -> tuple[int, int] | None:
    """The region leader's title that opens ``mention`` (after ``the``: ``Premier Ian MacLellan``,
    ``The premier``) or stands right before it (``premier Ian MacLellan``, ``Saxony's premier, X``)."""
    doc = ctx.doc
    first = mention.start + (doc[mention.start].lower_ == "the")
    inside = _title_at(ctx, first, mention.end)
    if inside is not None:
        return inside
    end = mention.start - (mention.start > 0 and doc[mention.start - 1].text == ",")
    return next((t for t in (_title_at(ctx, end - n, end) for n in (2, 1) if end - n >= 0)
                 if t is not None and t[1] == end), None)


def _region_of_title(ctx: DocContext, title: tuple[int, int]) -> Place | None:
    """The region written right before a title (``Ontario Premier``, ``Nova Scotia's premier``;
    not ``Bank of England Governor``)."""
    doc, end = ctx.doc, title[0]
    end -= end > 0 and doc[end - 1].tag_ == "POS"
    found = region_before(doc, end, _regions(ctx.rules.data_file("actor_regions.jsonl")))
    if found is None or (found[0] > 0 and doc[found[0] - 1].lower_ == "of"):
        return None
    return found[1]


def _unnamed_title_regions(ctx: DocContext, title_text: str) -> set[Place]:
    """The regions written before the same title where it names nobody (no person's mention holds
    the title or follows it: ``Nova Scotia's premier on Ottawa``)."""
    doc, out = ctx.doc, set()
    n = len(title_text.split())
    for tok in doc:
        if doc[tok.i:tok.i + n].text.lower() != title_text:
            continue
        after = tok.i + n + (tok.i + n < len(doc) and doc[tok.i + n].text == ",")
        held = ctx.actor_at.get(tok.i) or ctx.actor_at.get(after)
        if held is not None and (held._.norm or {}).get("type") == "person":
            continue
        place = _region_of_title(ctx, (tok.i, tok.i + n))
        if place is not None:
            out.add(place)
    return out


def led_government(ctx: DocContext, person: Span, is_body) -> dict | None:
    """The speaker record of the region's government a region leader leads (module docstring);
    None when the person has no such title or no one region is written for it."""
    mentions = ctx.mentions_of((person._.norm or {}).get("actor_id")) or [person]
    titled = [t for t in (_mention_title(ctx, m) for m in mentions) if t is not None]
    if not titled:
        return None
    places = {p for p in (_region_of_title(ctx, t) for t in titled) if p is not None}
    if not places:
        places = set().union(*(_unnamed_title_regions(ctx, ctx.doc[a:b].text.lower()) for a, b in titled))
    if len({p.id for p in places}) != 1:
        return None
    place = next(iter(places))
    norm = government_norm(place)
    span = next((sp for sp in ctx.mentions_of(norm["actor_id"]) if is_body(sp)), None)
    if span is not None:
        return ctx.actor_record(span, "speaker")
    title = ctx.doc[titled[0][0]:titled[0][1]]
    return {"text": title.text, "start": title.start_char, "end": title.end_char,
            "actor_id": norm["actor_id"], "norm": {**norm, "via": "leader"}}
