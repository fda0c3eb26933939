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
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable

from pipeline.api import iso_day, mention_amount
from pipeline.io import write_atomic

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


def _table(claims: list[tuple[int, dict]], doc_titles: dict[str, str], linked: set[int]) -> str:
    rows = []
    for n, c in claims:
        cells = _claim_cells(c)
        kinds = _claim_kinds(c)
        link = (f'<a class="claim-link" href="#c-{n}" data-claim="{n}">{esc(c.get("start"))}–{esc(c.get("end"))}</a>'
                if n in linked else f'{esc(c.get("start"))}–{esc(c.get("end"))}')
        rows.append(
            f'<tr data-claim="{n}" data-kinds="{esc(" ".join(kinds))}" data-doc="{esc(c.get("doc_id"))}">'
            f'<td class="num">{n + 1}</td><td>{esc(c.get("text"))}</td><td>{esc(cells["speaker"])}</td>'
            f'<td>{esc(cells["actors"])}</td><td>{esc(cells["amounts"])}</td><td>{esc(cells["quantities"])}</td>'
            f'<td>{esc(cells["dates"])}</td><td>{esc(cells["modality"])}</td>'
            f'<td title="{esc(doc_titles.get(c.get("doc_id"), ""))}">{esc(c.get("doc_id"))}</td><td>{link}</td></tr>')
    kind_opts = "".join(f'<option value="{k}">{k}</option>' for k in KIND_ORDER)
    doc_opts = "".join(f'<option value="{esc(d)}">{esc(d)}</option>' for d in sorted({c.get("doc_id") for _, c in claims}))
    return (
        '<div class="filters"><label>Filter <input id="claim-filter" type="search" '
        'placeholder="text, actor, amount, date…" autocomplete="off"></label> '
        f'<label>Kind <select id="kind-filter"><option value="">any</option>{kind_opts}</select></label> '
        f'<label>Document <select id="doc-filter"><option value="">any</option>{doc_opts}</select></label> '
        f'<span id="claim-count">{len(claims)} of {len(claims)} claims</span></div>'
        '<div class="table-wrap"><table id="claims-table"><thead><tr><th>#</th><th>Claim</th><th>Speaker</th>'
        '<th>Actors (role)</th><th>Money</th><th>Quantities</th><th>Dates</th><th>Modality</th><th>Document</th>'
        '<th>Span</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table></div>")


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

    parts = [f'<svg id="timeline-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'width="100%" role="img" aria-label="Timeline of claims by date">']
    years = list(range(start.year, end.year + 1))
    step = max(1, math.ceil(len(years) / 12))
    for yr in years[::step]:
        xx = x(date(yr, 1, 1))
        parts.append(f'<line x1="{xx:.1f}" y1="{top - 4}" x2="{xx:.1f}" y2="{height - 22}" class="grid"/>'
                     f'<text x="{xx:.1f}" y="{height - 8}" class="tick">{yr}</text>')
    for i, (lo, hi, n, c) in enumerate(rows):
        y = top + i * row_h
        x0, x1 = x(lo), x(hi + (date.resolution if hi < end else date.resolution * 0))
        w = max(x1 - x0, 3.0)
        mod = c.get("modality") or {}
        cls = "bar" + (" hedged" if mod.get("hedged") else "") + (" negated" if mod.get("negated") else "")
        label = f"{lo.isoformat()} – {hi.isoformat()}: {c.get('text', '')}"
        rect = (f'<rect class="{cls}" x="{x0:.1f}" y="{y + 1}" width="{w:.1f}" height="{max(row_h - 2, 1)}">'
                f'<title>{esc(label)}</title></rect>')
        parts.append(f'<a href="#c-{n}" class="tl-link" data-claim="{n}">{rect}</a>' if n in linked else rect)
    parts.append("</svg>")
    note = (f'<p class="muted">{len(rows)} dated claims' + (f", {undated} without dates" if undated else "")
            + '. Each bar spans the earliest to the latest date the claim mentions (blue asserted, '
            '<span style="color:#b07800">orange hedged</span>, <span style="color:#d55e00">red negated</span>); '
            'click a bar to see the claim.</p>')
    return "".join(parts) + note


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
.filters input{width:260px}
.table-wrap{max-height:420px;overflow:auto;border:1px solid var(--line)}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{position:sticky;top:0;background:#eef1f4}
td.num{color:var(--muted)}
tr.hidden{display:none}
svg .grid{stroke:#e3e6ea}svg .tick{font-size:11px;fill:#5b6570;text-anchor:middle}
svg .bar{fill:#0072b2}svg .bar.hedged{fill:#e69f00}svg .bar.negated{fill:#d55e00}
svg a:hover .bar{fill:#003f66}
.problems{color:#a00}
@media (max-width:800px){.cols{grid-template-columns:1fr}aside.claims{border-left:0;padding-left:0;position:static;max-height:none}}
"""

SCRIPT = """
(function(){
  var q=document.getElementById('claim-filter'),k=document.getElementById('kind-filter'),
      d=document.getElementById('doc-filter'),n=document.getElementById('claim-count');
  var rows=Array.prototype.slice.call(document.querySelectorAll('#claims-table tbody tr'));
  function apply(){
    var t=(q.value||'').toLowerCase(),kind=k.value,doc=d.value,shown=0;
    rows.forEach(function(r){
      var ok=(!t||r.textContent.toLowerCase().indexOf(t)>=0)&&
             (!kind||(' '+r.getAttribute('data-kinds')+' ').indexOf(' '+kind+' ')>=0)&&
             (!doc||r.getAttribute('data-doc')===doc);
      r.classList.toggle('hidden',!ok); if(ok){shown++;}
    });
    n.textContent=shown+' of '+rows.length+' claims';
  }
  [q,k,d].forEach(function(el){el.addEventListener('input',apply);el.addEventListener('change',apply);});
  function activate(num){
    document.querySelectorAll('.active').forEach(function(el){el.classList.remove('active');});
    document.querySelectorAll('.claim-span[data-claim="'+num+'"],.claim-list li[data-claim="'+num+'"]')
      .forEach(function(el){el.classList.add('active');});
  }
  document.addEventListener('click',function(e){
    var a=e.target.closest?e.target.closest('[data-claim]'):null;
    if(a&&a.getAttribute('href')){activate(a.getAttribute('data-claim'));}
  });
  if(location.hash.indexOf('#c-')===0){activate(location.hash.slice(3));}
})();
"""


def script_hash(script: str = SCRIPT) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def render_report(documents: list[dict], mentions: list[dict], claims: list[dict],
                  title: str = "Claims review") -> str:
    """The whole HTML page as a string (documents in the given order)."""
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

    articles = []
    linked: set[int] = set()
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

    n_mentions = sum(len(d.mentions) for d in docs.values())
    legend = "".join(f'<span class="key k-{k}">{k}</span>' for k in KIND_ORDER)
    titles = {d.record["doc_id"]: d.record.get("title") or "" for d in docs.values()}
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; script-src '{script_hash()}'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>"
        f'<header><h1>{esc(title)}</h1><p class="muted">{len(docs)} documents · {n_mentions} mentions · '
        f'{len(ordered)} claims</p><div class="legend"><strong>Mentions:</strong>{legend}'
        '<span class="muted">dotted underline = claim span</span></div></header>'
        f'<section id="timeline"><h2>Claims by date</h2>{timeline_svg(numbered, linked)}</section>'
        f'<section id="claims"><h2>Claims</h2>{_table(numbered, titles, linked)}</section>'
        f'<section id="articles"><h2>Articles</h2>{"".join(articles)}</section>'
        f"<script>{SCRIPT}</script></body></html>\n")


def write_report(path: str | Path, documents: list[dict], mentions: list[dict], claims: list[dict],
                 title: str = "Claims review") -> Path:
    """Render and write the report atomically; returns the path."""
    page = render_report(documents, mentions, claims, title=title)
    return write_atomic(path, page)


__all__ = ["render_report", "write_report", "render_spans", "timeline_svg", "esc", "Item", "KIND_COLOURS"]


# ------------------------------------------------------------------ from a run index (any size)
FULL_CLAIMS = 3000  # above this many claims the report summarises instead of embedding every article


def write_run_report(ix, path: str | Path, where: str, order: str, limit: int | None, filtered: bool,
                     title: str = "Claims review") -> str:
    """Write the report of the claims matching ``where`` (a :class:`pipeline.query.RunIndex`
    query); returns what it holds, for the user ("3 documents, 7 claims")."""
    from pipeline.query import read_documents, read_mentions

    claims = [c for batch in ix.raw_batches(where, order, limit) for c in batch]
    doc_ids = list(dict.fromkeys(c["doc_id"] for c in claims))
    if not filtered:
        doc_ids = [r[0] for r in ix.con.execute(
            f"SELECT doc_id FROM read_json({_sql_str(str(ix.run_dir / 'documents.jsonl'))}, "
            "format='newline_delimited', columns={'doc_id': 'VARCHAR'})").fetchall()] \
            if (ix.run_dir / "documents.jsonl").is_file() else doc_ids
    documents = read_documents(ix.run_dir, ix.con, doc_ids)
    mentions = read_mentions(ix.run_dir, ix.con, doc_ids)
    write_report(path, documents, mentions, claims, title=title)
    return f"{len(documents)} documents, {len(claims)} claims"


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
