"""One self-contained HTML report of a run: articles with highlighted mentions, their claims,
a filterable claims table and a timeline (inline SVG).

Self-contained: no network, no external script, style or font; one small inline script whose
SHA-256 is the only script the page's Content-Security-Policy allows (so even markup that slipped
through could not run). Every piece of article text, title and record value is HTML-escaped:
an article containing ``<script>`` or ``onerror=`` shows it as text.

Overlapping spans (an actor inside a quantity, a mention crossing a claim's edge) are rendered as
properly nested elements: a span that has to be interrupted continues in a fragment with the class
``cont``, so ``mark.mention:not(.cont)`` counts each mention exactly once.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Callable, Iterable

from pipeline.api import iso_day, mention_amount
from pipeline.components.stance import stance_target_actors
from pipeline.io import write_atomic
from pipeline.report_overview import Overview, claim_involvement, overview_from_claims
from pipeline.report_views import (stance_line, counterparts_html, month_svg, network_svg, publication_svg,
                                   year_ticks, zoom_controls)

KIND_COLOURS = {  # background, border (colour-blind friendly Okabe-Ito derived tints)
    "actor": ("#cfe3f7", "#0072b2"),
    "money": ("#d4f0de", "#009e73"),
    "date": ("#fde5c8", "#e69f00"),
    "quantity": ("#ecd9ef", "#cc79a7"),
    "percent": ("#fff3b0", "#b8a000"),
}
KIND_ORDER = tuple(KIND_COLOURS)


def esc(value) -> str:
    """HTML-escape any value for text or a quoted attribute."""
    return html.escape("" if value is None else str(value), quote=True)


# ------------------------------------------------------------------ text with nested highlights
@dataclass
class Item:
    start: int
    end: int
    rank: int  # on equal extents: lower rank opens first (outer)
    open_first: str
    open_cont: str
    close: str


def render_spans(text: str, items: Iterable[Item]) -> str:
    """Escaped ``text`` with every item wrapped in its tags, nesting kept valid: an item that
    crosses the end of an enclosing one is closed and re-opened with its ``open_cont`` tag."""
    items = [it for it in items if 0 <= it.start < it.end <= len(text)]
    by_start: dict[int, list[Item]] = defaultdict(list)
    bounds = {0, len(text)}
    for it in items:
        by_start[it.start].append(it)
        bounds.update((it.start, it.end))
    out: list[str] = []
    stack: list[Item] = []
    pos = 0
    for p in sorted(bounds):
        out.append(esc(text[pos:p]))
        pos = p
        ending = [i for i, it in enumerate(stack) if it.end == p]
        if ending:
            low = ending[0]
            for it in reversed(stack[low:]):
                out.append(it.close)
            reopen = [it for it in stack[low:] if it.end != p]
            del stack[low:]
            for it in reopen:
                out.append(it.open_cont)
                stack.append(it)
        for it in sorted(by_start.get(p, ()), key=lambda it: (-it.end, it.rank)):
            out.append(it.open_first)
            stack.append(it)
    out.append(esc(text[pos:]))
    for it in reversed(stack):  # cannot happen with valid items; keeps the markup balanced anyway
        out.append(it.close)
    return "".join(out)


# ------------------------------------------------------------------ pieces
def _norm_summary(m: dict) -> str:
    norm = m.get("norm") or {}
    kind = m.get("kind")
    if kind == "actor":
        return " ".join(str(x) for x in (norm.get("actor_id"), norm.get("type")) if x)
    if kind in ("money", "quantity", "percent"):
        amount = mention_amount(norm)
        unit = norm.get("currency") if kind == "money" else norm.get("unit")
        bits = [norm.get("qualifier"), _fmt_amount(amount), unit]
        return " ".join(str(b) for b in bits if b not in (None, ""))
    if kind == "date":
        bits = [norm.get("timex_type"), norm.get("value"), norm.get("mod")]
        return " ".join(str(b) for b in bits if b)
    return ""


def _fmt_amount(value) -> str:
    if value is None:
        return ""
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= scale:
            return f"{value / scale:.3g}{suffix}"
    return f"{value:.6g}"


def _claim_cells(c: dict) -> dict[str, str]:
    speaker = c.get("speaker")
    speaker_s = ""
    if speaker:
        sid = (speaker.get("norm") or {}).get("actor_id")
        speaker_s = speaker.get("text", "") + (f" ({sid})" if sid else "")
    actors = ", ".join(f"{(a.get('norm') or {}).get('actor_id') or a.get('text')} ({a.get('role')})"
                       for a in c.get("actors") or [])
    amounts = ", ".join(_norm_summary(m) or m.get("text", "") for m in c.get("money") or [])
    quantities = ", ".join(_norm_summary(m) or m.get("text", "") for m in c.get("quantities") or [])
    dates = ", ".join(str((d.get("norm") or {}).get("value") or d.get("text")) for d in c.get("dates") or [])
    mod = c.get("modality") or {}
    flags = " ".join(f for f, on in (("negated", mod.get("negated")), ("hedged", mod.get("hedged"))) if on)
    return {"speaker": speaker_s, "actors": actors, "amounts": amounts, "quantities": quantities,
            "dates": dates, "modality": flags}


def _claim_kinds(c: dict) -> list[str]:
    kinds = {m.get("kind") for lst in ("actors", "money", "dates", "quantities") for m in c.get(lst) or []}
    if c.get("speaker"):
        kinds.add("actor")
    return sorted(k for k in kinds if k)


@dataclass
class _Doc:
    record: dict
    index: int
    mentions: list[dict] = field(default_factory=list)
    claims: list[tuple[int, dict]] = field(default_factory=list)  # (global claim number, claim)
    mention_anchor: dict[str, str] = field(default_factory=dict)  # mention_id -> element id
    problems: list[str] = field(default_factory=list)


def _valid(text: str, rec: dict) -> bool:
    s, e = rec.get("start"), rec.get("end")
    return (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)
            and (rec.get("text") is None or text[s:e] == rec.get("text")))


def _article(d: _Doc) -> str:
    text = d.record.get("text") or ""
    items: list[Item] = []
    for k, m in enumerate(d.mentions):
        if not _valid(text, m):
            d.problems.append(f"mention {m.get('mention_id')} does not index the text; not highlighted")
            continue
        kind = m.get("kind") if m.get("kind") in KIND_COLOURS else "other"
        anchor = f"m-{d.index}-{k}"
        d.mention_anchor[m.get("mention_id") or anchor] = anchor
        tip = esc(f"{kind}: {_norm_summary(m)} [{m.get('origin', '')}]".strip())
        attrs = f'class="mention k-{esc(kind)}{{cont}}" data-mid="{esc(m.get("mention_id"))}" title="{tip}"'
        items.append(Item(m["start"], m["end"], 1,
                          f'<mark id="{anchor}" ' + attrs.replace("{cont}", "") + ">",
                          "<mark " + attrs.replace("{cont}", " cont") + ">", "</mark>"))
    for n, c in d.claims:
        if not _valid(text, c):
            d.problems.append(f"claim {c.get('claim_id')} does not index the text; not linked")
            continue
        attrs = f'data-cid="{esc(c.get("claim_id"))}" data-claim="{n}"'
        items.append(Item(c["start"], c["end"], 0, f'<span id="c-{n}" class="claim-span" {attrs}>',
                          f'<span class="claim-span cont" {attrs}>', "</span>"))
    return render_spans(text, items)


def _claim_aside(d: _Doc) -> str:
    if not d.claims:
        return '<p class="muted">No claims in this article.</p>'
    lis = []
    for n, c in d.claims:
        cells = _claim_cells(c)
        chips = []
        for lst in ("actors", "money", "dates", "quantities"):
            for m in c.get(lst) or []:
                anchor = d.mention_anchor.get(m.get("mention_id") or "")
                kind = esc(m.get("kind"))
                label = esc(m.get("text"))
                role = f' <small>{esc(m.get("role"))}</small>' if m.get("role") else ""
                chips.append(f'<a class="chip k-{kind}" href="#{anchor}">{label}{role}</a>' if anchor
                             else f'<span class="chip k-{kind}">{label}{role}</span>')
        meta = " · ".join(esc(x) for x in (cells["speaker"] and f"speaker: {cells['speaker']}",
                                           cells["modality"]) if x)
        lis.append(f'<li data-claim="{n}"><a class="claim-link" href="#c-{n}" data-claim="{n}">'
                   f'{esc(c.get("text"))}</a>'
                   + (f'<div class="meta">{meta}</div>' if meta else "")
                   + (f'<div class="chips">{" ".join(chips)}</div>' if chips else "") + "</li>")
    return '<ol class="claim-list">' + "".join(lis) + "</ol>"


@dataclass
class _Meta:
    """What the table shows of a claim's document."""
    title: str = ""
    published: str = ""
    source: str = ""
    url: str = ""
    text: str | None = None


def gold_shape(c: dict, doc_text: str | None) -> dict:
    """The claim as ``claims eval`` gold (only what a person annotates), for the review export."""
    def span(rec):
        return {k: rec.get(k) for k in ("text", "start", "end")} if rec else None

    speaker = c.get("speaker")
    sent = dict(c.get("sentence") or {})
    if doc_text is not None and isinstance(sent.get("start"), int) and isinstance(sent.get("end"), int):
        sent["text"] = doc_text[sent["start"]:sent["end"]]
    return {
        "schema": "claim/1", "claim_id": c.get("claim_id"), "doc_id": c.get("doc_id"), "text": c.get("text"),
        "start": c.get("start"), "end": c.get("end"), "sentence": sent or None, "predicate": span(c.get("predicate")),
        "speaker": None if not speaker else {**span(speaker), "actor_id": (speaker.get("norm") or {}).get("actor_id")},
        "actors": [{"actor_id": (a.get("norm") or {}).get("actor_id"), "role": a.get("role")} for a in c.get("actors") or []],
        "money": [{"kind": "money", "norm": {k: (m.get("norm") or {}).get(k) for k in ("value", "min", "max", "currency")}}
                  for m in c.get("money") or []],
        "dates": [{"kind": "date", "norm": {"value": (d.get("norm") or {}).get("value")}} for d in c.get("dates") or []],
        "modality": {k: bool((c.get("modality") or {}).get(k)) for k in ("negated", "hedged")},
    }


TABLE_COLUMNS = (  # header, sort type
    ("#", "num"), ("Claim", "text"), ("Speaker", "text"), ("Stance", "text"), ("Actors (role)", "text"),
    ("Money", "text"), ("Dates", "text"), ("Source", "text"), ("Published", "text"), ("Conf.", "num"),
    ("Article", "text"), ("Span", "num"), ("Review", None))


def _target_attrs(c: dict) -> str:
    """``data-target-ids`` (ids and CAMEO codes, space-separated) and ``data-target-names`` of the
    actors the claim's stance is toward: the page's Target filter matches as ``--target`` does."""
    targets = stance_target_actors(c)
    norms = [a.get("norm") or {} for a in targets]
    ids = sorted({k.lower() for n in norms for k in (n.get("actor_id"), n.get("role")) if isinstance(k, str) and k})
    names = sorted({s.lower() for a, n in zip(targets, norms) for s in (n.get("name"), a.get("text"))
                    if isinstance(s, str) and s})
    return f'data-target-ids="{esc(" ".join(k.replace(" ", "_") for k in ids))}" data-target-names="{esc(" | ".join(names))}"'


def _row(n: int, c: dict, meta: _Meta, linked: bool) -> str:
    cells = _claim_cells(c)
    span = f'{esc(c.get("start"))}–{esc(c.get("end"))}'
    link = f'<a class="claim-link" href="#c-{n}" data-claim="{n}">{span}</a>' if linked else span
    url = meta.url if meta.url.lower().startswith(("http://", "https://")) else ""
    article = (f'<a href="{esc(url)}" rel="noopener noreferrer" title="{esc(meta.title)}">{esc(meta.title or "article")}</a>'
               if url else f'<span title="{esc(meta.title)}">{esc(c.get("doc_id"))}</span>')
    stance = c.get("stance") or ""
    conf = c.get("confidence")
    gold = json.dumps(gold_shape(c, meta.text), ensure_ascii=False, sort_keys=True)
    return (
        f'<tr data-claim="{n}" data-cid="{esc(c.get("claim_id"))}" data-kinds="{esc(" ".join(_claim_kinds(c)))}" '
        f'data-doc="{esc(c.get("doc_id"))}" data-stance="{esc(stance)}" data-published="{esc(meta.published)}" '
        f'{_target_attrs(c)} data-gold="{esc(gold)}">'
        f'<td class="num" data-v="{n}">{n + 1}</td><td>{esc(c.get("text"))}</td><td>{esc(cells["speaker"])}</td>'
        f'<td>{f"""<span class="stance s-{esc(stance)}">{esc(stance)}</span>""" if stance else ""}</td>'
        f'<td>{esc(cells["actors"])}</td><td>{esc(cells["amounts"])}</td><td>{esc(cells["dates"])}</td>'
        f'<td>{esc(meta.source)}</td><td>{esc(meta.published)}</td>'
        f'<td class="num" data-v="{esc(conf if conf is not None else "")}">{esc(conf if conf is not None else "")}</td>'
        f'<td>{article}</td><td data-v="{esc(c.get("start"))}">{link}</td>'
        '<td class="review"><button type="button" class="mark-ok" title="The claim is right">✓</button>'
        '<button type="button" class="mark-flag" title="Flag an error">⚑</button><span class="mark-state"></span></td></tr>')


def _table(claims: list[tuple[int, dict]], metas: dict[str, _Meta], linked: set[int]) -> str:
    rows = [_row(n, c, metas.get(c.get("doc_id")) or _Meta(), n in linked) for n, c in claims]
    kind_opts = "".join(f'<option value="{k}">{k}</option>' for k in KIND_ORDER)
    doc_opts = "".join(f'<option value="{esc(d)}">{esc(d)}</option>' for d in sorted({c.get("doc_id") for _, c in claims}))
    stance_opts = "".join(f'<option value="{s}">{s}</option>' for s in ("support", "oppose", "neutral"))
    heads = "".join(f'<th data-type="{t}" tabindex="0" aria-sort="none">{h}</th>' if t else f"<th>{h}</th>"
                    for h, t in TABLE_COLUMNS)
    return (
        '<div class="filters"><label>Filter <input id="claim-filter" type="search" '
        'placeholder="text, actor, amount, date…" autocomplete="off"></label> '
        f'<label>Kind <select id="kind-filter"><option value="">any</option>{kind_opts}</select></label> '
        f'<label>Stance <select id="stance-filter"><option value="">any</option>{stance_opts}</select></label> '
        '<label>Target <input id="target-filter" type="search" placeholder="toward: id or name" size="12" '
        'autocomplete="off"></label> '
        f'<label>Document <select id="doc-filter"><option value="">any</option>{doc_opts}</select></label> '
        '<label>Published <input id="pub-filter" type="search" placeholder="YYYY-MM(-DD)" size="10"></label> '
        '<label><input id="flag-filter" type="checkbox"> flagged only</label> '
        f'<span id="claim-count">{len(claims)} of {len(claims)} claims</span></div>'
        '<p class="muted">Click a column header to sort. ✓ marks a claim as right, ⚑ flags an error; marks stay in '
        'this browser and are exported below.</p>'
        f'<div class="table-wrap"><table id="claims-table"><thead><tr>{heads}</tr></thead><tbody>'
        + "".join(rows) + "</tbody></table></div>")


REVIEW_PANEL = """
<div id="flag-panel" class="panel" hidden role="dialog" aria-label="Flag a claim">
<p class="panel-claim"></p>
<fieldset><legend>What is wrong?</legend>
<div><label><input type="checkbox" name="flag" value="wrong_speaker"> wrong speaker</label>
 <input type="text" name="speaker" placeholder="right speaker: actor id (RUSGOV), or none"></div>
<div><label><input type="checkbox" name="flag" value="wrong_span"> wrong span</label>
 <input type="text" name="span" placeholder="right claim text, copied from the sentence"></div>
<div><label><input type="checkbox" name="flag" value="not_a_claim"> not a claim</label></div>
<div><label><input type="checkbox" name="flag" value="wrong_amount_or_date"> wrong amount or date</label>
 <input type="text" name="values" placeholder="right values: 8e9 USD; 2016-12-12; or none"></div>
</fieldset>
<label>Note <input type="text" name="note"></label>
<p><button type="button" id="flag-save">Save flag</button> <button type="button" id="flag-clear">Remove mark</button>
 <button type="button" id="flag-close">Close</button></p></div>
<section id="review"><h2>Review marks</h2>
<p><span id="mark-count">0 flagged, 0 confirmed</span> · <button type="button" id="export-flags">Export JSONL</button>
 <button type="button" id="clear-flags">Clear all marks</button></p>
<p class="muted">The export has one line per marked claim; <code>claims import-gold FILE --from report</code> turns it into
gold for <code>claims eval</code> (flags need the right value to become gold; "not a claim" drops the claim).</p>
<textarea id="flag-export" readonly rows="4" aria-label="Exported marks"></textarea></section>
"""


def _actor_pages(overview: Overview, numbered: list[tuple[int, dict]], linked: set[int], anchors: dict[str, str],
                 metas: dict[str, _Meta], per_list: int = 60) -> str:
    labels = {k: a.label for k, a in overview.actors.items()}
    said_by: dict[str, list] = {k: [] for k in overview.actors}
    said_about: dict[str, list] = {k: [] for k in overview.actors}
    for n, c in numbered:  # the same involvement the page's counts come from
        for key, how in claim_involvement(c):
            lists = said_by if how == "by" else said_about
            if key in lists:
                lists[key].append((n, c))
    rows, pages = [], []
    for k, a in overview.actors.items():
        rows.append(f'<tr><td><a href="#{anchors[k]}">{esc(a.label)}</a></td><td>{esc(a.actor_type)}</td>'
                    f'<td class="num">{a.said_by}</td><td class="num">{a.said_about}</td>'
                    f'<td>{stance_line(a.given)}</td><td>{stance_line(a.received)}</td></tr>')
        pages.append(
            f'<section class="actor-page" id="{anchors[k]}" data-actor="{esc(k)}"><h3>{esc(a.label)} '
            f'<small class="muted">{esc(k)} {esc(a.actor_type)}</small></h3>'
            f'<div class="actor-cols"><div><p><strong>Said by</strong> {a.said_by} claims; toward others: '
            f'{stance_line(a.given)}</p><p>Talks about: {counterparts_html(overview, k, "given", anchors, labels)}</p>'
            f'<p><strong>Said about</strong> {a.said_about} claims; received: {stance_line(a.received)}</p>'
            f'<p>Talked about by: {counterparts_html(overview, k, "received", anchors, labels)}</p></div>'
            f'<div>{month_svg(a)}<p class="muted">Claims per month: said by (up), said about (down).</p></div></div>'
            f'<div class="actor-cols"><div><h4>Said by {esc(a.label)}</h4>{_claim_refs(said_by[k], linked, metas, per_list, a.said_by)}</div>'
            f'<div><h4>Said about {esc(a.label)}</h4>{_claim_refs(said_about[k], linked, metas, per_list, a.said_about)}</div></div>'
            '</section>')
    table = ('<table class="actors"><thead><tr><th>Actor</th><th>Type</th><th>Said by</th><th>Said about</th>'
             '<th>Stance toward others</th><th>Stance received</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")
    return table + "".join(pages)


def _claim_refs(items: list[tuple[int, dict]], linked: set[int], metas: dict[str, _Meta], limit: int, total: int) -> str:
    if not items:
        return '<p class="muted">None shown.</p>'
    lis = []
    for n, c in sorted(items, key=lambda nc: ((metas.get(nc[1].get("doc_id")) or _Meta()).published, nc[0]))[:limit]:
        meta = metas.get(c.get("doc_id")) or _Meta()
        stance = c.get("stance")
        chip = f'<span class="stance s-{esc(stance)}">{esc(stance)}</span> ' if stance else ""
        who = (c.get("speaker") or {}).get("text")
        text = esc(c.get("text"))
        body = f'<a class="claim-link" href="#c-{n}" data-claim="{n}">{text}</a>' if n in linked else text
        lis.append(f'<li>{chip}<span class="muted">{esc(meta.published)}</span> {body}'
                   + (f' <span class="muted">— {esc(who)}</span>' if who else "") + "</li>")
    more = f'<p class="muted">{len(items)} of {total} shown.</p>' if total > len(items[:limit]) else ""
    return '<ul class="refs">' + "".join(lis) + "</ul>" + more


def _day(value: str | None) -> date | None:
    value = iso_day(value)
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def timeline_svg(claims: list[tuple[int, dict]], linked: set[int], width: int = 900) -> str:
    """Each dated claim as one row: a bar from the earliest to the latest of its dates."""
    rows = _dated_rows(claims)
    undated = len(claims) - len(rows)
    if not rows:
        return f'<p class="muted">No dated claims ({undated} without dates).</p>'
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    start = date(min(r[0] for r in rows).year, 1, 1)
    end = date(max(r[1] for r in rows).year + 1, 1, 1)
    left, right, top, row_h = 60, 20, 10, (14 if len(rows) <= 40 else 6 if len(rows) <= 150 else 3)
    plot_w = width - left - right
    height = top + row_h * len(rows) + 30
    span_days = max((end - start).days, 1)

    def x(d: date) -> float:
        return left + plot_w * (d - start).days / span_days

    parts = [zoom_controls("timeline-svg", start, end),
             f'<svg id="timeline-svg" class="zoomable" data-lo="{start.toordinal()}" data-hi="{end.toordinal()}" '
             f'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'width="100%" role="img" aria-label="Timeline of claims by date">',
             year_ticks(start, end, lambda t: x(date.fromordinal(t)), top - 4, height - 22)]
    for i, (lo, hi, n, c) in enumerate(rows):
        rect = _timeline_bar(c, lo, hi, end, x, top + i * row_h, row_h)
        parts.append(f'<a href="#c-{n}" class="tl-link" data-claim="{n}">{rect}</a>' if n in linked else rect)
    parts.append("</svg>")
    return "".join(parts) + _timeline_note(len(rows), undated)


def _dated_rows(claims: list[tuple[int, dict]]) -> list[tuple[date, date, int, dict]]:
    """``(earliest, latest, number, claim)`` of each claim with a bounded date, in input order."""
    rows = []
    for n, c in claims:
        lows = [_day((d.get("norm") or {}).get("earliest")) for d in c.get("dates") or []]
        highs = [_day((d.get("norm") or {}).get("latest")) for d in c.get("dates") or []]
        lows, highs = [x for x in lows if x], [x for x in highs if x]
        if not lows and not highs:
            continue
        lo = min(lows) if lows else min(highs)
        hi = max(highs) if highs else max(lows)
        rows.append((lo, max(lo, hi), n, c))
    return rows


def _timeline_bar(c: dict, lo: date, hi: date, end: date, x: Callable[[date], float], y: int, row_h: int) -> str:
    """The bar of one claim's row (hedged and negated claims get their class), titled with the claim."""
    x0, x1 = x(lo), x(hi + (date.resolution if hi < end else date.resolution * 0))
    w = max(x1 - x0, 3.0)
    mod = c.get("modality") or {}
    cls = "bar zb" + (" hedged" if mod.get("hedged") else "") + (" negated" if mod.get("negated") else "")
    label = f"{lo.isoformat()} – {hi.isoformat()}: {c.get('text', '')}"
    return (f'<rect class="{cls}" data-t0="{lo.toordinal()}" data-t1="{min(hi + timedelta(days=1), end).toordinal()}" '
            f'x="{x0:.1f}" y="{y + 1}" width="{w:.1f}" height="{max(row_h - 2, 1)}">'
            f'<title>{esc(label)}</title></rect>')


def _timeline_note(n_rows: int, undated: int) -> str:
    """The note under the timeline: how many claims it shows and how to read its bars."""
    return (f'<p class="muted">{n_rows} dated claims' + (f", {undated} without dates" if undated else "")
            + '. Each bar spans the earliest to the latest date the claim mentions (blue asserted, '
            '<span style="color:#b07800">orange hedged</span>, <span style="color:#d55e00">red negated</span>); '
            'click a bar to see the claim.</p>')


# ------------------------------------------------------------------ page
STYLE = """
:root{--fg:#1d232a;--muted:#5b6570;--line:#d8dde3;--bg:#fff;--accent:#0b5cad}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif;color:var(--fg);background:var(--bg)}
header,section{padding:12px 24px}
header{border-bottom:1px solid var(--line);background:#f6f8fa}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:8px 0}h3{font-size:16px;margin:4px 0}
.muted{color:var(--muted)}
.legend{display:flex;gap:10px;flex-wrap:wrap;align-items:center;margin-top:6px}
.legend span.key{padding:1px 8px;border-radius:3px;border-bottom:2px solid}
mark.mention{padding:0 1px;border-radius:2px;border-bottom:2px solid;color:inherit}
""" + "".join(
    f".k-{k}{{background:{bg};border-color:{bd}}}mark.k-{k}{{background:{bg};border-bottom-color:{bd}}}"
    for k, (bg, bd) in KIND_COLOURS.items()) + """
.claim-span{text-decoration:underline dotted #888;text-underline-offset:4px}
.claim-span.active{background:#fff59d;outline:2px solid #f9a825}
article.doc{border:1px solid var(--line);border-radius:6px;margin:14px 0;padding:10px 14px}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(240px,2fr);gap:18px}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Liberation Serif",serif;font-size:16px;line-height:1.7}
aside.claims{border-left:3px solid var(--line);padding-left:12px;font-size:14px;position:sticky;top:8px;align-self:start;max-height:calc(100vh - 16px);overflow:auto}
.claim-list{padding-left:20px;margin:0}.claim-list li{margin:0 0 10px}
.claim-list li.active{background:#fffbe0}
a{color:var(--accent)}
.chip{display:inline-block;font-size:12px;padding:0 6px;margin:2px 2px 0 0;border-radius:10px;border:1px solid;text-decoration:none;color:var(--fg)}
.meta{color:var(--muted);font-size:13px}
.filters{display:flex;gap:14px;flex-wrap:wrap;align-items:center;margin-bottom:8px}
.filters input[type=search]{width:220px}.filters #pub-filter{width:110px}
.table-wrap{max-height:420px;overflow:auto;border:1px solid var(--line)}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{position:sticky;top:0;background:#eef1f4}
td.num{color:var(--muted)}
tr.hidden{display:none}
svg .grid{stroke:#e3e6ea}svg .tick.start{text-anchor:start}svg .tick.end{text-anchor:end}svg .tick{font-size:11px;fill:#5b6570;text-anchor:middle}
svg .bar{fill:#0072b2}svg .bar.hedged{fill:#e69f00}svg .bar.negated{fill:#d55e00}
svg a:hover .bar{fill:#003f66}
.problems{color:#a00}
nav.sections a{margin-right:12px}
.when{display:grid;grid-template-columns:1fr 1fr;gap:18px}
.zoom{display:flex;gap:8px;flex-wrap:wrap;align-items:center;font-size:13px;margin:4px 0}
svg .zb.s-oppose,.sw.s-oppose{fill:#d55e00;background:#d55e00}svg .zb.s-support,.sw.s-support{fill:#009e73;background:#009e73}
svg .zb.s-neutral,.sw.s-neutral{fill:#8a939c;background:#8a939c}svg .zb.s-none,.sw.s-none{fill:#9ecae1;background:#9ecae1}
.sw{display:inline-block;width:10px;height:10px;margin:0 3px 0 6px;border-radius:2px}
.pub-day{cursor:pointer}.pub-day:hover rect{opacity:.75}
.stance{font-size:12px;padding:0 5px;border-radius:8px;border:1px solid;white-space:nowrap}
.stance.s-oppose{color:#a23f00;border-color:#d55e00}.stance.s-support{color:#006b4f;border-color:#009e73}
.stance.s-neutral{color:#5b6570;border-color:#aab2ba}
svg .node circle{fill:#cfe3f7;stroke:#0072b2;stroke-width:1.5}svg .node:hover circle{fill:#0072b2}
svg .nlabel{font-size:11px;text-anchor:middle;fill:#1d232a}svg .edge{opacity:.8}svg .edge:hover{opacity:1}
table.actors{margin-bottom:12px}
.actor-page{display:none;border:1px solid var(--line);border-radius:6px;padding:8px 14px;margin:10px 0}
.actor-page:target{display:block}
.actor-cols{display:grid;grid-template-columns:1fr 1fr;gap:18px}
svg.actor-timeline rect.by{fill:#0072b2}svg.actor-timeline rect.about{fill:#cc79a7}
ul.refs{padding-left:18px;margin:0;font-size:14px}ul.refs li{margin-bottom:4px}
td.review{white-space:nowrap}td.review button{font-size:12px;padding:0 4px;margin-right:2px}
.mark-state{font-size:12px;color:var(--muted);margin-left:4px}
tr.flagged td{background:#fde8e0}tr.confirmed td:first-child{box-shadow:inset 4px 0 #009e73}
.panel{position:fixed;right:16px;bottom:16px;width:min(460px,94vw);background:#fff;border:1px solid var(--line);
 border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18);padding:10px 14px;z-index:10;font-size:14px}
.panel input[type=text]{width:100%}.panel fieldset div{margin-bottom:6px}
#flag-export{width:100%;font-family:monospace;font-size:12px}
.note{background:#fff8d6;border:1px solid #e6cf6a;padding:6px 10px;border-radius:4px}
@media (max-width:800px){.cols,.when,.actor-cols{grid-template-columns:1fr}aside.claims{border-left:0;padding-left:0;position:static;max-height:none}}
"""

SCRIPT = """
(function(){
  'use strict';
  function all(sel,root){return Array.prototype.slice.call((root||document).querySelectorAll(sel));}
  function one(sel){return document.querySelector(sel);}
  var tbody=one('#claims-table tbody'),rows=all('#claims-table tbody tr'),count=one('#claim-count');
  var q=one('#claim-filter'),k=one('#kind-filter'),d=one('#doc-filter'),st=one('#stance-filter'),
      pub=one('#pub-filter'),fl=one('#flag-filter'),tg=one('#target-filter');
  var KEY='claims-review:'+document.body.getAttribute('data-report'),marks={};
  try{marks=JSON.parse(localStorage.getItem(KEY)||'{}')||{};}catch(e){marks={};}
  // --target: an id or CAMEO code equal to the query, or the query as whole words of a name
  function targetOk(r,want,re){
    return !want||(' '+r.getAttribute('data-target-ids')+' ').indexOf(' '+want.replace(/ /g,'_')+' ')>=0||
      re.test(r.getAttribute('data-target-names')||'');
  }
  function apply(){
    var t=(q.value||'').toLowerCase(),shown=0,want=(tg.value||'').trim().toLowerCase(),
        re=new RegExp('(^|[^\\\\p{L}\\\\p{N}_])'+want.replace(/[.*+?^${}()|[\\]\\\\]/g,'\\\\$&')+'([^\\\\p{L}\\\\p{N}_]|$)','u');
    rows.forEach(function(r){
      var ok=(!t||r.textContent.toLowerCase().indexOf(t)>=0)&&
        (!k.value||(' '+r.getAttribute('data-kinds')+' ').indexOf(' '+k.value+' ')>=0)&&
        (!d.value||r.getAttribute('data-doc')===d.value)&&(!st.value||r.getAttribute('data-stance')===st.value)&&
        (!pub.value||(r.getAttribute('data-published')||'').indexOf(pub.value)===0)&&
        (!fl.checked||(marks[r.getAttribute('data-cid')]||{}).verdict==='flagged')&&targetOk(r,want,re);
      r.classList.toggle('hidden',!ok); if(ok){shown++;}
    });
    count.textContent=shown+' of '+rows.length+' claims';
  }
  [q,k,d,st,pub,fl,tg].forEach(function(el){el.addEventListener('input',apply);el.addEventListener('change',apply);});
  // sorting: click a header; numbers by data-v, text by content; ties keep the run order
  all('#claims-table th[data-type]').forEach(function(th){
    function sort(){
      var col=th.cellIndex,num=th.getAttribute('data-type')==='num',
          dir=th.getAttribute('aria-sort')==='ascending'?-1:1;
      all('#claims-table th').forEach(function(h){if(h.hasAttribute('aria-sort')){h.setAttribute('aria-sort','none');}});
      th.setAttribute('aria-sort',dir===1?'ascending':'descending');
      function val(r){var c=r.cells[col],v=c.hasAttribute('data-v')?c.getAttribute('data-v'):c.textContent;
        return num?(v===''?null:parseFloat(v)):v.toLowerCase();}
      rows.slice().map(function(r,i){return [val(r),i,r];}).sort(function(a,b){
        if(a[0]===b[0]){return a[1]-b[1];} if(a[0]===null||a[0]===''){return 1;} if(b[0]===null||b[0]===''){return -1;}
        return (a[0]<b[0]?-1:1)*dir;
      }).forEach(function(x){tbody.appendChild(x[2]);});
      rows=all('#claims-table tbody tr');
    }
    th.addEventListener('click',sort);
    th.addEventListener('keydown',function(e){if(e.key==='Enter'){sort();}});
  });
  function activate(num){
    all('.active').forEach(function(el){el.classList.remove('active');});
    all('.claim-span[data-claim="'+num+'"],.claim-list li[data-claim="'+num+'"]')
      .forEach(function(el){el.classList.add('active');});
  }
  document.addEventListener('click',function(e){
    var a=e.target.closest?e.target.closest('[data-claim]'):null;
    if(a&&a.getAttribute('href')){activate(a.getAttribute('data-claim'));}
    var day=e.target.closest?e.target.closest('.pub-day'):null;
    if(day){pub.value=day.getAttribute('data-day');apply();one('#claims').scrollIntoView();}
  });
  if(location.hash.indexOf('#c-')===0){activate(location.hash.slice(3));}
  // zoom: redraw the bars of a timeline between two days (day numbers: ordinal, end exclusive)
  var EPOCH=719163; // date(1970,1,1).toordinal()
  function iso(t){return new Date((t-EPOCH)*864e5).toISOString().slice(0,10);}
  function ord(s){var ms=Date.parse(s+'T00:00:00Z');return isNaN(ms)?null:Math.round(ms/864e5)+EPOCH;}
  all('.zoom').forEach(function(box){
    var svg=document.getElementById(box.getAttribute('data-for')),from=box.querySelector('.zoom-from'),
        to=box.querySelector('.zoom-to'),LO=+svg.getAttribute('data-lo'),HI=+svg.getAttribute('data-hi'),
        vb=svg.viewBox.baseVal,L=50,W=vb.width-70,lo=LO,hi=HI,NS='http://www.w3.org/2000/svg';
    function ticks(){
      var g=svg.querySelector('.ticks'),y0=10,y1=vb.height-22,span=hi-lo,marks=[],d=new Date((lo-EPOCH)*864e5),m;
      while(g.firstChild){g.removeChild(g.firstChild);}
      var step=span>1100?12:span>400?3:span>60?1:0;
      if(step){d=new Date(Date.UTC(d.getUTCFullYear(),step===12?0:d.getUTCMonth(),1));
        while((m=ord(d.toISOString().slice(0,10)))<hi){if(m>=lo){marks.push(m);} d.setUTCMonth(d.getUTCMonth()+step);}}
      else{for(m=lo;m<hi;m+=Math.max(1,Math.ceil(span/10))){marks.push(m);}}
      marks.forEach(function(t){
        var x=L+W*(t-lo)/(hi-lo),ln=document.createElementNS(NS,'line'),tx=document.createElementNS(NS,'text');
        ln.setAttribute('x1',x);ln.setAttribute('x2',x);ln.setAttribute('y1',y0);ln.setAttribute('y2',y1);
        ln.setAttribute('class','grid');tx.setAttribute('x',x);tx.setAttribute('y',y1+14);tx.setAttribute('class','tick');
        tx.textContent=step===12?iso(t).slice(0,4):step?iso(t).slice(0,7):iso(t);g.appendChild(ln);g.appendChild(tx);
      });
    }
    function draw(){
      all('.zb',svg).forEach(function(r){
        var t0=+r.getAttribute('data-t0'),t1=+r.getAttribute('data-t1'),out=t1<=lo||t0>=hi;
        r.style.display=out?'none':'';
        if(!out){var a=Math.max(t0,lo),b=Math.min(t1,hi);
          r.setAttribute('x',(L+W*(a-lo)/(hi-lo)).toFixed(1));
          r.setAttribute('width',Math.max(W*(b-a)/(hi-lo),2).toFixed(1));}
      });
      from.value=iso(lo);to.value=iso(hi-1);ticks();svg.setAttribute('data-zoom',iso(lo)+'/'+iso(hi-1));
    }
    function set(a,b){a=Math.max(LO,Math.min(a,HI-1));b=Math.min(HI,Math.max(b,a+1));lo=a;hi=b;draw();}
    function scale(f){var mid=(lo+hi)/2,half=Math.max((hi-lo)*f/2,1);set(Math.round(mid-half),Math.round(mid+half));}
    from.addEventListener('change',function(){var t=ord(from.value);if(t!==null){set(t,hi);}});
    to.addEventListener('change',function(){var t=ord(to.value);if(t!==null){set(lo,t+1);}});
    box.querySelector('.zoom-in').addEventListener('click',function(){scale(0.5);});
    box.querySelector('.zoom-out').addEventListener('click',function(){scale(2);});
    box.querySelector('.zoom-reset').addEventListener('click',function(){set(LO,HI);});
    draw();
  });
  // review marks: kept in localStorage, exported as JSONL for `claims import-gold --from report`
  var panel=one('#flag-panel'),current=null;
  function save(){try{localStorage.setItem(KEY,JSON.stringify(marks));}catch(e){}}
  function show(){
    var f=0,c=0;
    rows.forEach(function(r){var m=marks[r.getAttribute('data-cid')],s=r.querySelector('.mark-state');
      r.classList.toggle('flagged',!!m&&m.verdict==='flagged');r.classList.toggle('confirmed',!!m&&m.verdict==='correct');
      s.textContent=m?(m.verdict==='correct'?'right':m.flags.join(', ').replace(/_/g,' ')):'';
      if(m){if(m.verdict==='correct'){c++;}else{f++;}}});
    one('#mark-count').textContent=f+' flagged, '+c+' confirmed';
  }
  function open(r){
    current=r;var m=marks[r.getAttribute('data-cid')]||{flags:[],corrections:{},note:''};
    panel.querySelector('.panel-claim').textContent=r.cells[1].textContent;
    all('input[name=flag]',panel).forEach(function(b){b.checked=m.flags.indexOf(b.value)>=0;});
    ['speaker','span','values'].forEach(function(n){panel.querySelector('input[name='+n+']').value=(m.corrections||{})[n]||'';});
    panel.querySelector('input[name=note]').value=m.note||'';panel.hidden=false;
  }
  tbody.addEventListener('click',function(e){
    var r=e.target.closest('tr'),cid=r&&r.getAttribute('data-cid');
    if(e.target.classList.contains('mark-ok')){marks[cid]={verdict:'correct',flags:[],corrections:{},note:''};save();show();apply();}
    if(e.target.classList.contains('mark-flag')){open(r);}
  });
  one('#flag-save').addEventListener('click',function(){
    var flags=all('input[name=flag]:checked',panel).map(function(b){return b.value;}),corr={};
    ['speaker','span','values'].forEach(function(n){var v=panel.querySelector('input[name='+n+']').value.trim();if(v){corr[n]=v;}});
    if(flags.length){marks[current.getAttribute('data-cid')]={verdict:'flagged',flags:flags,corrections:corr,
      note:panel.querySelector('input[name=note]').value.trim()};}
    save();show();apply();panel.hidden=true;
  });
  one('#flag-clear').addEventListener('click',function(){delete marks[current.getAttribute('data-cid')];save();show();apply();panel.hidden=true;});
  one('#flag-close').addEventListener('click',function(){panel.hidden=true;});
  one('#clear-flags').addEventListener('click',function(){marks={};save();show();apply();});
  one('#export-flags').addEventListener('click',function(){
    var lines=[];
    all('#claims-table tbody tr').sort(function(a,b){return a.getAttribute('data-claim')-b.getAttribute('data-claim');})
      .forEach(function(r){var cid=r.getAttribute('data-cid'),m=marks[cid];if(!m){return;}
        lines.push(JSON.stringify({schema:'review-mark/1',report:document.body.getAttribute('data-report'),claim_id:cid,
          doc_id:r.getAttribute('data-doc'),verdict:m.verdict,flags:m.flags,corrections:m.corrections,note:m.note,
          claim:JSON.parse(r.getAttribute('data-gold'))}));});
    var text=lines.join('\\n')+(lines.length?'\\n':''),out=one('#flag-export');out.value=text;
    var a=document.createElement('a');a.href=URL.createObjectURL(new Blob([text],{type:'application/x-ndjson'}));
    a.download='review-marks.jsonl';document.body.appendChild(a);a.click();a.remove();
  });
  show();apply();
})();
"""


def script_hash(script: str = SCRIPT) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def _docs_and_numbers(documents: list[dict], mentions: list[dict], claims: list[dict]):
    docs: dict[str, _Doc] = {}
    for i, rec in enumerate(documents):
        docs.setdefault(rec["doc_id"], _Doc(rec, i))
    for m in sorted(mentions, key=lambda m: (m.get("start", 0), m.get("end", 0), m.get("kind", ""))):
        if m.get("doc_id") in docs:
            docs[m["doc_id"]].mentions.append(m)
    ordered = sorted(claims, key=lambda c: (docs[c["doc_id"]].index if c.get("doc_id") in docs else len(docs),
                                            c.get("doc_id", ""), c.get("start", 0), c.get("end", 0)))
    numbered = list(enumerate(ordered))
    for n, c in numbered:
        if c.get("doc_id") in docs:
            docs[c["doc_id"]].claims.append((n, c))
    return docs, numbered


def _articles(docs: dict[str, _Doc], linked: set[int]) -> str:
    articles = []
    for d in docs.values():
        body = _article(d)
        text = d.record.get("text") or ""
        linked.update(n for n, c in d.claims if _valid(text, c))
        rec = d.record
        meta = " · ".join(esc(x) for x in (rec.get("doc_id"), iso_day(rec.get("published")), rec.get("source")) if x)
        url = rec.get("url")
        link = ""
        if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
            link = f' · <a href="{esc(url)}" rel="noopener noreferrer">source</a>'
        problems = "".join(f'<p class="problems">{esc(p)}</p>' for p in d.problems)
        counts = f'{len(d.mentions)} mentions, {len(d.claims)} claims'
        articles.append(
            f'<article class="doc" id="d-{d.index}" data-doc="{esc(rec.get("doc_id"))}">'
            f'<h3>{esc(rec.get("title") or rec.get("doc_id"))}</h3>'
            f'<p class="meta">{meta}{link} · {counts}</p>{problems}'
            f'<div class="cols"><div class="text">{body}</div>'
            f'<aside class="claims"><h4>Claims</h4>{_claim_aside(d)}</aside></div></article>')
    return "".join(articles)


def _metas(documents: list[dict], extra: dict[str, dict] | None) -> dict[str, _Meta]:
    metas = {doc_id: _Meta(v.get("title") or "", iso_day(v.get("published")) or "", v.get("source") or "",
                           v.get("url") or "") for doc_id, v in (extra or {}).items()}
    for rec in documents:
        metas[rec["doc_id"]] = _Meta(rec.get("title") or "", iso_day(rec.get("published")) or "",
                                     rec.get("source") or "", rec.get("url") or "", rec.get("text"))
    return metas


def report_id(claims: list[dict], title: str) -> str:
    digest = hashlib.sha256(title.encode("utf-8"))
    for c in claims:
        digest.update((c.get("claim_id") or "").encode("utf-8"))
    return digest.hexdigest()[:16]


def render_report(documents: list[dict], mentions: list[dict], claims: list[dict],
                  title: str = "Claims review", *, overview: Overview | None = None,
                  doc_meta: dict[str, dict] | None = None, note: str | None = None) -> str:
    """The whole HTML page as a string (documents in the given order). ``overview`` (the actors,
    edges and publication days of the whole selection) defaults to that of ``claims``;
    ``doc_meta`` gives title/published/source/url of documents not embedded (big runs)."""
    docs, numbered = _docs_and_numbers(documents, mentions, claims)
    metas = _metas(documents, doc_meta)
    if overview is None:
        overview = overview_from_claims(claims, {k: m.published for k, m in metas.items()})
    linked: set[int] = set()
    articles = _articles(docs, linked)
    anchors = {k: f"actor-{i}" for i, k in enumerate(overview.actors)}
    return (_page_head(title, claims) + _page_header(title, docs, numbered, overview, note)
            + _page_sections(overview, numbered, linked, anchors, metas, articles)
            + f"<script>{SCRIPT}</script></body></html>\n")


def _page_head(title: str, claims: list[dict]) -> str:
    """The page's ``<head>`` (its content security policy allows only the page's own script) and
    the opening ``<body>`` tag."""
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; script-src '{script_hash()}'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="referrer" content="no-referrer">'
            f"<title>{esc(title)}</title><style>{STYLE}</style></head>"
            f'<body data-report="{report_id(claims, title)}">')


def _page_header(title: str, docs: dict, numbered: list[tuple[int, dict]], overview: Overview,
                 note: str | None) -> str:
    """The page's header: the title, the counts, the note, the legend of mention kinds and the
    links to the sections."""
    n_mentions = sum(len(d.mentions) for d in docs.values())
    legend = "".join(f'<span class="key k-{k}">{k}</span>' for k in KIND_ORDER)
    nav = ('<nav class="sections"><a href="#when">When</a><a href="#network">Who about whom</a>'
           '<a href="#actors">Actors</a><a href="#claims">Claims</a><a href="#review">Review marks</a>'
           '<a href="#articles">Articles</a></nav>')
    return (f'<header><h1>{esc(title)}</h1><p class="muted">{len(docs)} documents · {n_mentions} mentions · '
            f'{len(numbered)} claims' + (f" shown of {overview.total_claims}" if overview.total_claims != len(numbered) else "")
            + "</p>" + (f'<p class="note">{esc(note)}</p>' if note else "")
            + f'<div class="legend"><strong>Mentions:</strong>{legend}'
            '<span class="muted">dotted underline = claim span</span></div>' + nav + "</header>")


def _page_sections(overview: Overview, numbered: list[tuple[int, dict]], linked: set[int],
                   anchors: dict, metas: dict, articles: str) -> str:
    """The page's sections in order: when, who about whom, actors, claims, review marks, articles."""
    return (f'<section id="when"><h2>When</h2><div class="when"><div id="pub-timeline"><h3>By publication date</h3>'
            f'{publication_svg(overview.published)}</div><div id="timeline"><h3>By the dates the claims mention</h3>'
            f'{timeline_svg(numbered, linked)}</div></div></section>'
            f'<section id="network"><h2>Who said what about whom</h2>{network_svg(overview, anchors)}</section>'
            f'<section id="actors"><h2>Actors</h2>{_actor_pages(overview, numbered, linked, anchors, metas)}</section>'
            f'<section id="claims"><h2>Claims</h2>{_table(numbered, metas, linked)}</section>'
            f'{REVIEW_PANEL}<section id="articles"><h2>Articles</h2>{articles}</section>')


def write_report(path: str | Path, documents: list[dict], mentions: list[dict], claims: list[dict],
                 title: str = "Claims review", **options) -> Path:
    """Render and write the report atomically; returns the path (``options``: see render_report)."""
    page = render_report(documents, mentions, claims, title=title, **options)
    return write_atomic(path, page)


__all__ = ["render_report", "write_report", "render_spans", "timeline_svg", "esc", "Item", "KIND_COLOURS"]


# ------------------------------------------------------------------ from a run index (any size)
FULL_CLAIMS = 3000  # above this many claims the report summarises instead of embedding every article
TOP_ACTORS = 30     # actor pages (and graph nodes) of a summarised report
PER_ACTOR = 40      # most recent claims said by / about each of them
MAX_ARTICLES = 200  # articles embedded in a summarised report (the others are linked by URL)


def write_run_report(ix, path: str | Path, where: str, order: str, limit: int | None, filtered: bool,
                     title: str = "Claims review") -> str:
    """Write the report of the claims matching ``where`` (a :class:`pipeline.query.RunIndex`
    query); returns what it holds, for the user ("3 documents, 7 claims"). Up to
    ``FULL_CLAIMS`` claims it embeds every claim and article; above, it summarises (see
    :func:`_summary_report`)."""
    from pipeline.query import read_doc_ids, read_documents, read_mentions

    total = ix.count(where)
    if min(total, limit if limit is not None else total) > FULL_CLAIMS:
        return _summary_report(ix, path, where, total, title)
    claims = [c for batch in ix.raw_batches(where, order, limit) for c in batch]
    doc_ids = list(dict.fromkeys(c["doc_id"] for c in claims))
    if not filtered:
        doc_ids = read_doc_ids(ix.run_dir, ix.con) or doc_ids
    documents = read_documents(ix.run_dir, ix.con, doc_ids)
    mentions = read_mentions(ix.run_dir, ix.con, doc_ids)
    write_report(path, documents, mentions, claims, title=title)
    return f"{len(documents)} documents, {len(claims)} claims"


_RECENT = """
WITH F AS (SELECT * FROM ix WHERE {where}), I AS ({rows})
SELECT k, max_by(row, struct_pack(p := coalesce(published, ''), r := row), {n})
FROM (SELECT DISTINCT row, published, k FROM I) WHERE list_contains({keys}, k) GROUP BY k
"""


def _summary_report(ix, path: str | Path, where: str, total: int, title: str) -> str:
    """The report of a big selection: the overview (actors, graph, publication timeline) of all
    its claims, and the most recent claims said by or about each of the top actors."""
    from pipeline.query import in_list, read_documents, read_mentions
    from pipeline.report_overview import involvement_rows, overview_from_index

    overview = overview_from_index(ix, where, top=TOP_ACTORS)
    keys = in_list(list(overview.actors)) if overview.actors else "[]"
    rows = sorted({r for _k, rs in ix.con.execute(
        _RECENT.format(where=where, rows=involvement_rows(), n=PER_ACTOR, keys=keys)).fetchall()
                   for r in rs})
    picked = ix.con.execute(f"SELECT raw, doc_id, title, published, source, url FROM ix WHERE list_contains("
                            f"[{', '.join(str(int(r)) for r in rows)}]::BIGINT[], row) ORDER BY row").fetchall()
    claims = [json.loads(r[0]) for r in picked]
    meta = {r[1]: {"title": r[2], "published": r[3], "source": r[4], "url": r[5]} for r in picked}
    recent = sorted(meta, key=lambda d: (meta[d]["published"] or "", d), reverse=True)[:MAX_ARTICLES]
    documents = read_documents(ix.run_dir, ix.con, recent)
    mentions = read_mentions(ix.run_dir, ix.con, recent)
    note = (f"Summary of {total:,} claims: the timeline by publication date, the graph and the actor figures count "
            f"all of them; the claims table and the actor pages show the {PER_ACTOR} most recent claims said by or "
            f"about each of the top {len(overview.actors)} actors ({len(claims):,} claims), and the articles of the "
            f"{len(documents)} most recent documents among them. Use claims review filters for the rest.")
    write_report(path, documents, mentions, claims, title=title, overview=overview, doc_meta=meta, note=note)
    return f"summary of {total} claims: {len(claims)} claims, {len(documents)} documents"
