"""The analyst views of the HTML report, drawn server-side as inline SVG and HTML (no network):
the timeline by publication date, the who-said-about-whom graph, and the per-actor pages.

Every element the page script zooms carries day numbers (``data-t0``/``data-t1``, proleptic
ordinals, end exclusive) and each zoomable ``<svg>`` its domain (``data-lo``/``data-hi``); the
server draws the whole domain, the script redraws a chosen window. All text is escaped.
"""

from __future__ import annotations

import html
import math
from collections import Counter
from datetime import date, timedelta
from typing import Callable

import networkx as nx

from pipeline.report_overview import STANCE_ORDER, ActorStat, Overview

STANCE_COLOURS = {"oppose": "#d55e00", "support": "#009e73", "neutral": "#8a939c", "none": "#9ecae1"}
PLOT_LEFT, PLOT_RIGHT = 50, 20


def esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _parse_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


def year_ticks(lo: date, hi: date, x, top: int, bottom: int) -> str:
    """Grid lines and labels: years, or months on a short domain (the script redraws them on zoom)."""
    parts = []
    if (hi - lo).days > 3 * 366:
        marks = [date(y, 1, 1) for y in range(lo.year, hi.year + 1)]
        step = max(1, math.ceil(len(marks) / 12))
        marks, fmt = marks[::step], "%Y"
    else:
        marks, d = [], date(lo.year, lo.month, 1)
        while d <= hi:
            marks.append(d)
            d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        marks, fmt = marks[::max(1, math.ceil(len(marks) / 12))], "%Y-%m"
    for m in marks:
        if lo <= m <= hi:
            xx = x(m.toordinal())
            parts.append(f'<line x1="{xx:.1f}" y1="{top}" x2="{xx:.1f}" y2="{bottom}" class="grid"/>'
                         f'<text x="{xx:.1f}" y="{bottom + 14}" class="tick">{m.strftime(fmt)}</text>')
    return '<g class="ticks">' + "".join(parts) + "</g>"


def zoom_controls(svg_id: str, lo: date, hi: date) -> str:
    a, b = lo.isoformat(), (hi - timedelta(days=1)).isoformat()
    return (f'<div class="zoom" data-for="{svg_id}"><label>From <input type="date" class="zoom-from" min="{a}" '
            f'max="{b}" value="{a}"></label> <label>to <input type="date" class="zoom-to" min="{a}" max="{b}" '
            f'value="{b}"></label> <button type="button" class="zoom-in">Zoom in</button> '
            '<button type="button" class="zoom-out">Zoom out</button> <button type="button" class="zoom-reset">All</button></div>')


def publication_svg(published: dict[str, Counter], width: int = 900, height: int = 170) -> str:
    """Claims per publication day, stacked by stance; a click on a day filters the claims table."""
    days = [(d, c) for d, c in ((_parse_day(k), v) for k, v in published.items()) if d]
    if not days:
        return '<p class="muted">No publication dates.</p>'
    lo, hi = min(d for d, _ in days), max(d for d, _ in days) + timedelta(days=1)
    if (hi - lo).days < 7:
        lo, hi = lo - timedelta(days=3), hi + timedelta(days=3)
    top, bottom = 10, height - 26
    plot_w, span = width - PLOT_LEFT - PLOT_RIGHT, (hi - lo).days
    peak = max(sum(c.values()) for _, c in days)

    def x(t: int) -> float:
        return PLOT_LEFT + plot_w * (t - lo.toordinal()) / span

    bars = [_publication_day(d, counts, x, top, bottom, peak, max(plot_w / span, 2)) for d, counts in sorted(days)]
    axis = f'<text x="4" y="{top + 10}" class="tick start">{peak}</text>'
    return (zoom_controls("pub-svg", lo, hi)
            + f'<svg id="pub-svg" class="zoomable" data-lo="{lo.toordinal()}" data-hi="{hi.toordinal()}" '
              f'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
              f'aria-label="Claims by publication date">{year_ticks(lo, hi, x, top, bottom)}{axis}{"".join(bars)}</svg>'
            + '<p class="muted">Claims per publication day, by the speaker\'s stance (<span class="sw s-oppose"></span>'
              'oppose, <span class="sw s-support"></span>support, <span class="sw s-neutral"></span>neutral, '
              '<span class="sw s-none"></span>no stance). Click a day to list its claims; zoom with the dates.</p>')


def _publication_day(d: date, counts: Counter, x: Callable[[int], float], top: int, bottom: int, peak: int,
                     bar_w: float) -> str:
    """One publication day: its claims as a bar stacked by stance, titled with the counts."""
    t0, y = d.toordinal(), float(bottom)
    label = f"{d.isoformat()}: {sum(counts.values())} claims (" + ", ".join(
        f"{counts[s]} {s}" for s in (*STANCE_ORDER, "none") if counts.get(s)) + ")"
    rects = []
    for stance in ("oppose", "support", "neutral", "none"):
        h = (bottom - top) * counts.get(stance, 0) / peak
        if h <= 0:
            continue
        y -= h
        rects.append(f'<rect class="zb s-{stance}" data-t0="{t0}" data-t1="{t0 + 1}" x="{x(t0):.1f}" y="{y:.1f}" '
                     f'width="{bar_w:.1f}" height="{h:.1f}"/>')
    return f'<g class="pub-day" data-day="{d.isoformat()}"><title>{esc(label)}</title>{"".join(rects)}</g>'


# ------------------------------------------------------------------ who said about whom
def _layout(overview: Overview) -> dict[str, tuple[float, float]]:
    """Actors on a circle (deterministic, readable for a few dozen), connected ones side by side."""
    graph = nx.Graph()
    graph.add_nodes_from(sorted(overview.actors))
    graph.add_edges_from((e.speaker, e.target) for e in overview.edges)
    size = {k: a.said_by + a.said_about for k, a in overview.actors.items()}
    components = sorted(nx.connected_components(graph), key=lambda c: (-sum(size[k] for k in c), min(c)))
    order = [k for comp in components for k in sorted(comp, key=lambda k: (-size[k], k))]
    if len(order) == 1:
        return {order[0]: (0.5, 0.5)}
    return {k: (round(0.5 + 0.5 * math.cos(2 * math.pi * i / len(order) - math.pi / 2), 4),
                round(0.5 + 0.5 * math.sin(2 * math.pi * i / len(order) - math.pi / 2), 4))
            for i, k in enumerate(order)}


def network_svg(overview: Overview, anchors: dict[str, str], width: int = 900, height: int = 560) -> str:
    """The top actors as nodes (area ~ claims), arrows speaker -> target coloured by stance."""
    if not overview.actors:
        return '<p class="muted">No attributed claims about actors.</p>'
    pos = _layout(overview)
    pad = 90

    def xy(k: str) -> tuple[float, float]:
        px, py = pos[k]
        return pad + px * (width - 2 * pad), pad / 2 + py * (height - pad)

    peak = max(a.said_by + a.said_about for a in overview.actors.values()) or 1
    radius = {k: 5 + 14 * math.sqrt((a.said_by + a.said_about) / peak) for k, a in overview.actors.items()}
    edges = [_edge_svg(e, xy, radius, overview) for e in overview.edges]
    nodes = []
    for k, a in overview.actors.items():
        cx, cy = xy(k)
        title = f"{a.label}: said {a.said_by}, about {a.said_about}"
        nodes.append(f'<a href="#{anchors[k]}" class="node" data-actor="{esc(k)}"><circle cx="{cx:.1f}" cy="{cy:.1f}" '
                     f'r="{radius[k]:.1f}"><title>{esc(title)}</title></circle><text x="{cx:.1f}" '
                     f'y="{cy + radius[k] + 12:.1f}" class="nlabel">{esc(a.label[:28])}</text></a>')
    return (f'<svg id="network-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
            f'role="img" aria-label="Who said what about whom"><g class="edges">{"".join(edges)}</g>'
            f'<g class="nodes">{"".join(nodes)}</g></svg>'
            '<p class="muted">An arrow goes from the speaker to the actor its claims are about; colour = most frequent '
            'stance (<span class="sw s-oppose"></span>oppose, <span class="sw s-support"></span>support, '
            '<span class="sw s-neutral"></span>neutral), width = number of claims. Click an actor for its page.</p>')


def _edge_svg(e, xy, radius, overview: Overview) -> str:
    (x1, y1), (x2, y2) = xy(e.speaker), xy(e.target)
    dx, dy = x2 - x1, y2 - y1
    dist = math.hypot(dx, dy) or 1.0
    ux, uy = dx / dist, dy / dist
    # bend a little to the side so that A->B and B->A do not overlap
    sx, sy = x1 + ux * radius[e.speaker], y1 + uy * radius[e.speaker]
    tx, ty = x2 - ux * (radius[e.target] + 2), y2 - uy * (radius[e.target] + 2)
    mx, my = (sx + tx) / 2 - uy * 18, (sy + ty) / 2 + ux * 18
    stance = e.dominant
    label = (f"{overview.actors[e.speaker].label} → {overview.actors[e.target].label}: "
             + ", ".join(f"{e.counts[s]} {s}" for s in STANCE_ORDER if e.counts.get(s)))
    # the arrowhead: a triangle along the curve's tangent at its end (end - control point)
    hx, hy = tx - mx, ty - my
    hl = math.hypot(hx, hy) or 1.0
    hx, hy = hx / hl, hy / hl
    size = 7 + math.log1p(e.total)
    head = (f"{tx:.1f},{ty:.1f} {tx - hx * size - hy * size / 2:.1f},{ty - hy * size + hx * size / 2:.1f} "
            f"{tx - hx * size + hy * size / 2:.1f},{ty - hy * size - hx * size / 2:.1f}")
    colour = STANCE_COLOURS[stance]
    return (f'<g class="edge" data-stance="{stance}" data-from="{esc(e.speaker)}" data-to="{esc(e.target)}">'
            f'<title>{esc(label)}</title><path d="M{sx:.1f},{sy:.1f} Q{mx:.1f},{my:.1f} {tx:.1f},{ty:.1f}" '
            f'stroke="{colour}" stroke-width="{1 + 1.5 * math.log1p(e.total):.2f}" fill="none"/>'
            f'<polygon points="{head}" fill="{colour}"/></g>')


# ------------------------------------------------------------------ actor pages
def stance_line(counts: Counter) -> str:
    total = sum(counts.values())
    if not total:
        return "none"
    return " · ".join(f'<span class="stance s-{s}">{counts.get(s, 0)} {s}</span>' for s in STANCE_ORDER)


def month_svg(actor: ActorStat, width: int = 420, height: int = 90) -> str:
    """Claims per month by the actor (above the axis) and about it (below)."""
    months = sorted({m for m, _ in actor.months if m != "undated"})
    if not months:
        return '<p class="muted">No publication dates.</p>'
    first, last = months[0], months[-1]
    all_months, (y, m) = [], (int(first[:4]), int(first[5:7]))
    while f"{y:04d}-{m:02d}" <= last and len(all_months) < 600:
        all_months.append(f"{y:04d}-{m:02d}")
        y, m = (y + (m == 12), m % 12 + 1)
    peak = max(actor.months.values()) or 1
    bw, mid = (width - 20) / len(all_months), height / 2
    bars = []
    for i, mo in enumerate(all_months):
        by, about = actor.months.get((mo, "by"), 0), actor.months.get((mo, "about"), 0)
        x = 10 + i * bw
        if by:
            h = (mid - 6) * by / peak
            bars.append(f'<rect class="by" x="{x:.1f}" y="{mid - h:.1f}" width="{max(bw - 1, 1):.1f}" height="{h:.1f}">'
                        f'<title>{mo}: {by} said by</title></rect>')
        if about:
            h = (mid - 6) * about / peak
            bars.append(f'<rect class="about" x="{x:.1f}" y="{mid:.1f}" width="{max(bw - 1, 1):.1f}" height="{h:.1f}">'
                        f'<title>{mo}: {about} said about</title></rect>')
    return (f'<svg class="actor-timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" role="img" aria-label="Claims per month"><line x1="10" y1="{mid}" x2="{width - 10}" '
            f'y2="{mid}" class="grid"/>{"".join(bars)}<text x="10" y="{height - 2}" class="tick start">'
            f'{first}</text><text x="{width - 10}" y="{height - 2}" class="tick end">{last}</text></svg>')


def counterparts_html(overview: Overview, key: str, side: str, anchors: dict[str, str], labels: dict[str, str]) -> str:
    counts = overview.counterparts.get((key, side), Counter())
    if not counts:
        return '<span class="muted">nobody</span>'
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    return ", ".join((f'<a href="#{anchors[k]}">{esc(labels.get(k, k))}</a>' if k in anchors else esc(labels.get(k, k)))
                     + f" ({n})" for k, n in items)


__all__ = ["publication_svg", "network_svg", "month_svg", "counterparts_html", "zoom_controls", "year_ticks",
           "STANCE_COLOURS"]
