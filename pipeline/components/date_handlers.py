"""Date pattern handlers: each turns one regex match into date parts with TIMEX3 norms.

A handler takes ``(match, ctx)`` and returns a list of :class:`Part` (usually one; a range gives
one per endpoint) or None when the match is not a date after all. :func:`scan` runs every pattern
of the grammar over a text and keeps the longest non-overlapping matches.

A relative expression counted from the last date of the text ('the next day', 'two years later')
comes back with a :class:`Narrative` instead of a value; ``find_dates`` resolves it in text order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, NamedTuple

from pipeline.components.date_rules import Grammar
from pipeline.spans import longest_first
from pipeline.components.timex import (
    SEASON_MONTHS, UNDERSPEC, add_months, duration_value, granular, iso, last_day, make_norm, named_day,
    narrow, safe_date, shift, value_bounds)


class Narrative(NamedTuple):
    """A DATE that depends on the last date mentioned before it (the reference time).

    ``kind``: ``shift`` = ``sign * n`` ``unit``s from the reference ('the next day', 'two years
    later', 'that day'); ``copy`` = the reference itself ('back then'); ``named`` = a named day
    without a year, moved into the reference's year when the text is about another year;
    ``clock`` = a clock time, put on the day named earlier in its sentence ('on Wednesday night
    ... before midnight'); ``year_back`` = the reference's period a year earlier ('the
    year-earlier period' after 'the third quarter'); ``nth`` = the ``n``-th day of an event ('the
    150th day of the strike'), counted from the reference when it is the event's start.
    ``needs_text``: meaningless relative to the publication date ('two years later')."""
    sign: int
    n: int | float
    unit: str | None
    needs_text: bool = False
    kind: str = "shift"
    spec: str | None = None  # kind 'named': the day's rule (MM-DD or MM-<weekday><n>)


class Part(NamedTuple):
    """One date expression found by a handler: offsets into the scanned text and its norm."""
    start: int
    end: int
    norm: dict
    narrative: Narrative | None = None


class Found(NamedTuple):
    """A part kept by :func:`scan`, with the pattern id and handler that produced it."""
    start: int
    end: int
    norm: dict
    rule: str
    handler: str
    narrative: Narrative | None = None


@dataclass(frozen=True)
class Ctx:
    grammar: Grammar
    pub: date | None
    tense: str | None  # "past" | "present" | "near" | "future" | None


# What follows a match, read in place (slicing the rest of the text would copy it at every match)
_SEASON_LINK = re.compile(r"\s+(?:of|in|to|from|by|since)\b", re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)
_DURATION_SIGNAL = re.compile(r"\s+(?:into|later|after|before|earlier|left|to\s+go)\b")
_CLOCK_AFTER = re.compile(r"\s+(?:local\s+time|hours)\b")


def _num(text: str | None, g: Grammar) -> float | int | str | None:
    """A count: 6 for 'six'/'6', 'X' for 'several', None when absent."""
    if text is None:
        return None
    t = re.sub(r"\s+", " ", text.strip().lower())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", t):
        t = t.replace(",", "")
    if re.fullmatch(r"\d+", t):
        return int(t)
    if re.fullmatch(r"\d+\.\d+", t):
        return float(t)
    if t in g.words["number"]:
        return g.words["number"][t]
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in g.words["number"] and parts[1] in g.words["number"]:
        a, b = g.words["number"][parts[0]], g.words["number"][parts[1]]
        if isinstance(a, int) and isinstance(b, int):
            return a + b
    return None



def _unit(text: str, g: Grammar) -> str | None:
    return g.words["unit"].get(text.lower())



def _year(text: str, ref: int | None = None) -> int:
    t = text.strip().lstrip("'’")
    if len(t) == 4:
        return int(t)
    n = int(t)
    if ref is not None:  # two-digit end of a range: same century as the start
        c = ref // 100 * 100
        y = c + n
        return y if y >= ref else y + 100
    return 2000 + n if n < 50 else 1900 + n


def _month(text: str, g: Grammar) -> int | None:
    t = re.sub(r"\s+", " ", text.strip())
    return g.cased["month"].get(t) or g.cased["month"].get(t.rstrip("."))


def _day(text: str) -> int:
    return int(re.match(r"\d+", text.strip())[0])


def _weekday(text: str, g: Grammar) -> int | None:
    return g.cased["weekday"].get(text.strip()) or g.cased["weekday"].get(text.strip().rstrip("."))


def _pos_mod(text: str | None, g: Grammar) -> str | None:
    """The TimeML mod of a position word ('early' -> START, 'the end of' -> END) or None."""
    if not text:
        return None
    return g.words["position"].get(re.sub(r"\s+", " ", text.lower()))


def _rel(word: str | None, g: Grammar) -> int | None:
    """Which period a relative determiner points to: -1 ('last'), 0 ('this'), 1 ('next'), None."""
    return g.words["rel"].get(re.sub(r"\s+", " ", (word or "").lower()))


def _resolve_month_year(month: int, ctx: Ctx, day: int | None = None) -> int | None:
    """The year of a month (and day) named without one, seen from the publication date.

    Past clause: the latest such date not after publication (a day of slack); future clause:
    the earliest not before it. No tense: the candidate within [published - 9 months,
    published + 3 months] closest to publication, else the publication year (news looks back
    more than ahead: 'in March' in a November article is this March, 'Jan. 1' is next January);
    present tense ('the fiscal year ends in March'): the closest within six months either way.
    """
    if not ctx.pub:
        return None
    p = ctx.pub
    # only years where the day exists (Feb. 29); four years back and ahead hold a leap year, and
    # for any other day the nearest candidates are within a year of publication anyway
    cands = [(y, d) for y in range(p.year - 4, p.year + 5) if (d := safe_date(y, month, day or 15))]
    if ctx.tense == "past":
        ok = [y for y, d in cands if d <= p + timedelta(days=1)]
        return max(ok) if ok else p.year
    if ctx.tense == "future":
        ok = [y for y, d in cands if d >= p]
        return min(ok) if ok else p.year
    back, ahead = (-6, 6) if ctx.tense == "present" else (-9, 3)
    window = [(abs((d - p).days), y) for y, d in cands
              if add_months(p, back) <= d < add_months(p, ahead)]
    return min(window)[1] if window else p.year


def _resolve_weekday(wd: int, ctx: Ctx, rel: str | None = None) -> date | None:
    if not ctx.pub:
        return None
    cur = ctx.pub.isoweekday()
    way = _rel(rel, ctx.grammar)
    if way == 0:
        return ctx.pub + timedelta(days=wd - cur)
    if not rel and ctx.tense == "present":  # 'the vote is Thursday', 'Friday's data are awaited'
        return ctx.pub + timedelta(days=(wd - cur) % 7)
    if not rel and ctx.tense == "near":  # 'Monday's attack is the deadliest': the nearest one
        ahead = (wd - cur) % 7
        return ctx.pub + timedelta(days=ahead if ahead <= 3 else ahead - 7)
    if way == 1 or (not rel and ctx.tense == "future"):
        delta = (wd - cur) % 7 or 7
        return ctx.pub + timedelta(days=delta)
    if way == -1:
        delta = (cur - wd) % 7 or 7
        return ctx.pub - timedelta(days=delta)
    return ctx.pub - timedelta(days=(cur - wd) % 7)


def _narrative(m: re.Match, sign: int, n, unit: str, mod: str | None = None,
               needs_text: bool = False) -> list[Part]:
    """A DATE resolved later against the last date mentioned before it (else ``published``,
    unless ``needs_text``): underspecified until then."""
    norm = make_norm("DATE", UNDERSPEC.get(unit, "XXXX"), mod, anchor="unresolved", bounds=False)
    return _one(m, norm, narrative=Narrative(sign, n, unit, needs_text))


def _one(m: re.Match, norm: dict | None, group: str | None = None, narrative: Narrative | None = None):
    if norm is None:
        return None
    s, e = (m.start(group), m.end(group)) if group and m.group(group) else (m.start(), m.end())
    return [Part(s, e, norm, narrative)]


# ----------------------------------------------------------------------------- handlers
# Each handler takes (match, ctx) and returns [(start, end, norm), ...] or None (not a date).
def h_full_date(m, ctx):
    g = ctx.grammar
    mo, d, y = _month(m["month"], g), _day(m["day"]), _year(m["year"])
    if not mo or not safe_date(y, mo, d):
        return None
    return _one(m, make_norm("DATE", f"{y:04d}-{mo:02d}-{d:02d}"))


def h_iso_date(m, ctx):
    y, mo, d = int(m["year"]), int(m["mm"]), int(m["dd"])
    if not safe_date(y, mo, d):
        return None
    if m["hh"]:
        v = f"{y:04d}-{mo:02d}-{d:02d}T{m['hh']}:{m['mi']}"
        day = date(y, mo, d).isoformat()
        return _one(m, make_norm("TIME", v, earliest=day, latest=day))
    return _one(m, make_norm("DATE", f"{y:04d}-{mo:02d}-{d:02d}"))


def h_slash_date(m, ctx):
    a, b, y = int(m["a"]), int(m["b"]), _year(m["y"])
    mo, d = (a, b) if a <= 12 else (b, a)
    if not safe_date(y, mo, d) or not 1800 <= y <= 2199:
        return None
    return _one(m, make_norm("DATE", f"{y:04d}-{mo:02d}-{d:02d}"))


def h_month_day(m, ctx):
    g = ctx.grammar
    mo, d = _month(m["month"], g), _day(m["day"])
    if not mo or not safe_date(2000, mo, d):  # 2000 is a leap year: Feb 29 allowed
        return None
    y = _resolve_month_year(mo, ctx, d)
    if m["wd"] and ctx.pub is not None:  # a weekday pins the year: try the nearest years
        wd = _weekday(m["wd"], g)
        for cand in (y, y - 1, y + 1):
            dd = safe_date(cand, mo, d)
            if dd and dd.isoweekday() == wd:
                y = cand
                break
    if y is None or not safe_date(y, mo, d):
        return _one(m, make_norm("DATE", f"XXXX-{mo:02d}-{d:02d}", anchor="unresolved", bounds=False))
    return _one(m, make_norm("DATE", f"{y:04d}-{mo:02d}-{d:02d}", anchor="published"))


def h_month_year(m, ctx):
    mo, y = _month(m["month"], ctx.grammar), _year(m["year"])
    if not mo:
        return None
    return _one(m, make_norm("DATE", f"{y:04d}-{mo:02d}", _pos_mod(m["pos"], ctx.grammar)))


def h_month(m, ctx):
    mo = _month(m["month"], ctx.grammar)
    if not mo:
        return None
    mod = _pos_mod(m["pos"], ctx.grammar)
    rel = (m["rel"] or "").strip().lower()
    if not rel and not mod and ctx.grammar.cues.name_before.search(m.string[max(0, m.start() - 30):m.start()]):
        return None  # 'Theresa May', 'Queen Mary of June'...: a name, not a month
    if ctx.pub is None:
        return _one(m, make_norm("DATE", f"XXXX-{mo:02d}", mod, anchor="unresolved", bounds=False))
    way = _rel(rel, ctx.grammar)
    if way == -1:
        y = ctx.pub.year if mo < ctx.pub.month else ctx.pub.year - 1
    elif way == 1:
        y = ctx.pub.year if mo > ctx.pub.month else ctx.pub.year + 1
    elif way == 0:
        y = ctx.pub.year
    else:
        y = _resolve_month_year(mo, ctx)
    return _one(m, make_norm("DATE", f"{y:04d}-{mo:02d}", mod, anchor="published"))


def h_year(m, ctx):
    y = int(m["year"])
    prev = re.search(r"(\S+)\s+$", m.string[max(0, m.start() - 20):m.start()])
    if prev and prev.group(1) in ctx.grammar.words["year_blocker"]:
        return None  # 'Flight 2015', 'Resolution 2254'
    if m.start() > 0 and m.string[m.start() - 1] == "#":
        return None
    mod = _pos_mod(m.groupdict().get("pos"), ctx.grammar)
    return _one(m, make_norm("DATE", f"{y:04d}", mod))


def h_fiscal(m, ctx):
    y = _year(m["year"])
    return _one(m, make_norm("DATE", f"FY{y:04d}", bounds=False))


def h_decade(m, ctx):
    dec = m["dec"].lstrip("'’")
    if len(dec) == 3:  # '90s / 90s
        d = int(dec[:2])
        base = 1900 + d if d >= 30 else 2000 + d
    else:
        base = int(dec[:4])
    if base % 10:
        return None
    return _one(m, make_norm("DATE", f"{base // 10:03d}", _pos_mod(m["pos"], ctx.grammar)))


def h_century(m, ctx):
    o = m["ord"].lower()
    n = int(re.match(r"\d+", o)[0]) if o[0].isdigit() else ctx.grammar.words["ordinal"].get(o)
    if not isinstance(n, int) or n < 1 or n > 22:
        return None
    return _one(m, make_norm("DATE", f"{n - 1:02d}", _pos_mod(m["pos"], ctx.grammar)))


def _year_ref(text: str | None, ctx: Ctx):
    """(year int | None, anchor, underspecified?) for '2016' / 'this year' / 'last year' / None."""
    if not text:
        return (ctx.pub.year, "published") if ctx.pub else (None, "unresolved")
    t = re.sub(r"\s+", " ", text.strip().lower())
    if re.fullmatch(r"\d{4}", t):
        return int(t), "absolute"
    if not ctx.pub:
        return None, "unresolved"
    off = _rel(t.split()[0], ctx.grammar) or 0  # 'this year', 'the year', 'last year', 'next year'
    return ctx.pub.year + off, "published"


def h_months_of(m, ctx):
    n = _num(m["n"], ctx.grammar)
    if not isinstance(n, int) or not 1 <= n <= 12:
        return None
    first = m["which"].lower() == "first"
    y, anchor = _year_ref(m["yr"], ctx)
    if n == 12:
        code, mod = "", None
    elif n in (3, 6):
        code = ("-Q1" if first else "-Q4") if n == 3 else ("-H1" if first else "-H2")
        mod = None
    else:
        code, mod = "", ("START" if first else "END")
    if y is None:
        return _one(m, make_norm("DATE", "XXXX" + code, mod, anchor="unresolved", bounds=False))
    if mod:
        a, b = (1, n) if first else (13 - n, 12)
        return _one(m, make_norm("DATE", f"{y:04d}", mod, anchor=anchor, earliest=date(y, a, 1).isoformat(),
                             latest=last_day(y, b).isoformat()))
    return _one(m, make_norm("DATE", f"{y:04d}{code}", anchor=anchor))


def _ordinal(word: str, g: Grammar, last: int) -> int | None:
    """'first'/'1st' -> 1 ...; 'last'/'final'/'latter' -> ``last`` (the last of the periods)."""
    w = word.lower()
    n = int(re.match(r"\d+", w)[0]) if w[:1].isdigit() else g.words["ordinal"].get(w)
    return last if n == -1 else n


def h_quarter(m, ctx):
    gd = m.groupdict()
    if gd.get("qn") or gd.get("qn2"):
        q = int(gd.get("qn") or gd.get("qn2"))
        yr = gd.get("yr") or gd.get("yr2")
    else:
        q = _ordinal(m["q"], ctx.grammar, 4)
        yr = gd.get("yr")
    if not q:
        return None
    if not gd.get("qn") and not gd.get("qn2") and m["q"].lower() in ("last", "final") \
            and not re.match(r"the\b", m.group(0), re.I):
        return None  # 'last quarter' is relative (rel-unit rule)
    y, anchor = _year_ref(yr, ctx)
    if y is None:
        return _one(m, make_norm("DATE", f"XXXX-Q{q}", anchor="unresolved", bounds=False))
    if not yr and ctx.pub is not None:  # 'the fourth quarter' in a February report: last year's
        y = _resolve_month_year(3 * q, ctx, 28) if ctx.tense == "future" else _resolve_month_year(3 * q - 1, ctx)
    return _one(m, make_norm("DATE", f"{y:04d}-Q{q}", anchor=anchor))


def h_half(m, ctx):
    h = _ordinal(m["h"], ctx.grammar, 2)
    y, anchor = _year_ref(m["yr"], ctx)
    if not m["yr"] and not re.match(r"the\b", m.group(0), re.I):
        return None  # 'second half' without 'the' or a year: a game half, not a date
    if y is None:
        return _one(m, make_norm("DATE", f"XXXX-H{h}", anchor="unresolved", bounds=False))
    if not m["yr"]:
        y = _resolve_month_year(6 * h, ctx, 28) if ctx.tense == "future" else _resolve_month_year(6 * h - 2, ctx, 1)
    return _one(m, make_norm("DATE", f"{y:04d}-H{h}", anchor=anchor))


def h_week_of(m, ctx):
    inner = _endpoint(m["inner"], ctx)
    if inner is None or not re.fullmatch(r"\d{4}-\d\d", inner["value"] or ""):
        if inner is not None and (inner["value"] or "").startswith("X"):
            return _one(m, make_norm("DATE", "XXXX-WXX", anchor="unresolved", bounds=False))
        return None
    y, mo = int(inner["value"][:4]), int(inner["value"][5:7])
    o = m["ord"].lower()
    last = o in ("last", "final")
    d = last_day(y, mo) if last else date(y, mo, 1)
    if d.isocalendar()[0] != y:  # Jan 1 in the previous ISO year's last week, Dec 31 in the next's first
        d += timedelta(weeks=-1 if last else 1)
    if not last:
        d += timedelta(weeks=_ordinal(o, ctx.grammar, 5) - 1)
    return _one(m, make_norm("DATE", granular(d, "W"), anchor=inner["anchor"]))


def h_season(m, ctx):
    s = ctx.grammar.words["season"].get(m["season"].lower())
    det = (m["det"] or "").lower()
    mod = _pos_mod(m["pos"], ctx.grammar) or _pos_mod(det if det in ("early", "late", "mid") else None, ctx.grammar)
    yr = m.groupdict().get("year")
    if yr:
        return _one(m, make_norm("DATE", f"{int(yr):04d}-{s}", mod))
    if det == "fall" or (m["season"].lower() == "fall" and det not in ("the", "this", "last", "next", "past", "coming")):
        return None
    if _SEASON_LINK.match(m.string, m.end()) and (
            m["season"].lower() == "fall" or _OF_AFTER.match(m.string, m.end())):
        return None  # 'the fall of Rome', 'the fall in prices', 'the summer of love
    if ctx.pub is None:
        return _one(m, make_norm("DATE", f"XXXX-{s}", mod, anchor="unresolved", bounds=False))
    a, _ = SEASON_MONTHS[s]
    way = _rel(det, ctx.grammar) if det in ("this", "last", "next", "past", "coming") else None
    if way is None:  # 'the summer': the one nearest the publication date
        y = _resolve_month_year(a if s == "WI" else a + 1, ctx)  # WI of year Y starts in its December
    else:
        y = _season_year(s, way, ctx.pub)
    return _one(m, make_norm("DATE", f"{y:04d}-{s}", mod, anchor="published"))


def _season_year(season: str, way: int, pub: date) -> int:
    """The year of 'this' (0), 'last' (-1) or 'next' (1) ``season`` seen from ``pub``: this = the
    one holding ``pub`` (else ``pub``'s year), last = the latest ended before it, next = the first
    starting after it ('this winter' in January is the one that began in December)."""
    p = pub.isoformat()
    spans = [(y, *value_bounds(f"{y:04d}-{season}")) for y in range(pub.year - 2, pub.year + 2)]
    if way == -1:
        return max(y for y, _, end in spans if end < p)
    if way == 1:
        return min(y for y, start, _ in spans if start > p)
    return next((y for y, start, end in spans if start <= p <= end), pub.year)


def _endpoint(text: str, ctx: Ctx) -> dict | None:
    found = scan(text, ctx, allow_range=False)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
        return found[0].norm
    return None


def h_range(m, ctx):
    """A range of two dates: a mention for each end, both bounded by the whole range (a season
    '2015/16' is one mention)."""
    a_txt, b_txt = m["a"], m["b"]
    if m.groupdict().get("dash") is not None:  # 2007–2010 / 2015-16 (years only)
        ends = _year_range(m, a_txt, b_txt)
    elif re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?(?:,\s+\d{4})?", b_txt.strip()):
        ends = _day_range(a_txt, b_txt, ctx)
    else:
        ends = _inherited_year_range(a_txt, b_txt, ctx)
    if ends is None:
        return None
    return _range_parts(m, *ends)


def _year_range(m, a_txt: str, b_txt: str) -> tuple[dict, dict] | None:
    """The ends of a range of years ('2007–2010', '2015-16', the season '2015/16')."""
    ya = int(a_txt)
    yb = _year(b_txt, ref=ya)
    if not ya < yb <= ya + 100:
        return None
    if m["dash"] == "/" and yb != ya + 1:
        return None  # 2015/16 is a season/fiscal year; 2015/2020 is ambiguous
    return make_norm("DATE", f"{ya:04d}"), make_norm("DATE", f"{yb:04d}")


def _day_range(a_txt: str, b_txt: str, ctx) -> tuple[dict, dict] | None:
    """The ends of 'Nov. 23-25, 2015': the end is a bare day in the start's month (the year
    written, else resolved from the publication date, else left unresolved)."""
    a = _endpoint(a_txt, Ctx(ctx.grammar, None, ctx.tense))
    if a is None or not re.fullmatch(r"XXXX-\d\d-\d\d", a["value"] or ""):
        return None
    yy = re.search(r"\d{4}", b_txt)
    mo, d = int(a["value"][5:7]), _day(b_txt)
    if yy:
        y, anchor = int(yy[0]), "absolute"
    elif ctx.pub is not None:
        y, anchor = _resolve_month_year(mo, ctx, d), "published"
    else:
        y, anchor = None, "unresolved"
    if y is None:
        return (make_norm("DATE", a["value"], anchor="unresolved", bounds=False),
                make_norm("DATE", f"XXXX-{mo:02d}-{d:02d}", anchor="unresolved", bounds=False))
    if not safe_date(y, mo, d):
        return None
    return (make_norm("DATE", f"{y:04d}{a['value'][4:]}", anchor=anchor),
            make_norm("DATE", f"{y:04d}-{mo:02d}-{d:02d}", anchor=anchor))


def _inherited_year_range(a_txt: str, b_txt: str, ctx) -> tuple[dict | None, dict] | None:
    """The ends of 'March–June 2015': an underspecified start inherits the end's year."""
    a0 = _endpoint(a_txt, Ctx(ctx.grammar, None, ctx.tense))
    b = _endpoint(b_txt, ctx)
    if a0 is None or b is None or a0["timex_type"] != "DATE" or b["timex_type"] != "DATE":
        return None
    if re.fullmatch(r"XXXX-\d\d(?:-\d\d)?", a0["value"] or "") and re.match(r"\d{4}", b["value"] or ""):
        md, y = a0["value"][4:], int(b["value"][:4])
        if re.match(r"\d{4}-\d\d", b["value"]) and md > b["value"][4:4 + len(md)]:
            y -= 1  # 'December–February 2016', 'between Dec. 28 and Jan. 3': the start is a year earlier
        return make_norm("DATE", f"{y:04d}{md}", anchor=b["anchor"]), b
    return _endpoint(a_txt, ctx), b


def _range_parts(m, a: dict, b: dict) -> list[Part] | None:
    """The mentions of a range's two ends, each bounded by the range (none when it runs backwards)."""
    earliest, latest = a["earliest"], b["latest"]
    if earliest and latest and earliest > latest:
        return None
    if m.groupdict().get("dash") == "/":
        # '2015/16': a season or fiscal year, one mention (value the start, range_end the end)
        return [Part(m.start(), m.end(), {**a, "earliest": earliest, "latest": latest,
                                       "range_end": b["value"]})]
    a = {**a, "earliest": earliest, "latest": latest, "range_role": "start"}
    b = {**b, "earliest": earliest, "latest": latest, "range_role": "end"}
    return [Part(m.start("a"), m.end("a"), a), Part(m.start("b"), m.end("b"), b)]


def h_boundary(m, ctx):
    inner = _endpoint(m["inner"], ctx)
    if inner is None or inner["timex_type"] != "DATE":
        return None
    mod = _pos_mod(m["pos"], ctx.grammar)
    e, l = inner["earliest"], inner["latest"]
    if inner["value"]:
        e2, l2 = narrow(inner["value"], mod, e, l)
        e, l = e2, l2
    return _one(m, {**inner, "mod": mod, "earliest": e, "latest": l})


def h_rel_early(m, ctx):
    unit = _unit(m["unit"], ctx.grammar)
    rel = (m.groupdict().get("rel") or "this").lower()  # 'year-end': this year's end
    pos = m["pos"].lower()
    mod = "START" if pos in ("earlier", "early") else "END"
    if ctx.pub is None or rel == "that":
        return _one(m, make_norm("DATE", UNDERSPEC[unit], mod, anchor="unresolved", bounds=False))
    d = shift(ctx.pub, _rel(rel, ctx.grammar), unit)
    if d is None:
        return None
    value = granular(d, unit)
    e, l = value_bounds(value)
    if rel == "this" and pos == "earlier":
        l = ctx.pub.isoformat()
    elif rel == "this" and pos == "later":
        e = ctx.pub.isoformat()
    else:
        e, l = narrow(value, mod, e, l)
    return _one(m, make_norm("DATE", value, mod, anchor="published", earliest=e, latest=l))


def h_rel_day(m, ctx):
    day = m["day"].lower()
    part = ctx.grammar.words["part_of_day"].get((m.groupdict().get("part") or "").lower())
    if day == "tonight":
        off, part = 0, "NI"
    elif day == "overnight":
        return None
    else:
        off = ctx.grammar.words["day_offset"][day]
    if ctx.pub is None:
        v = "XXXX-XX-XX" + (f"T{part}" if part else "")
        return _one(m, make_norm("TIME" if part else "DATE", v, anchor="unresolved", bounds=False))
    d = ctx.pub + timedelta(days=off)
    if part:
        return _one(m, make_norm("TIME", f"{d.isoformat()}T{part}", anchor="published",
                             earliest=d.isoformat(), latest=d.isoformat()))
    return _one(m, make_norm("DATE", d.isoformat(), anchor="published"))


def h_part_of_day(m, ctx):
    rel = m["rel"]
    part = ctx.grammar.words["part_of_day"][m["part"].lower()]
    wd = _weekday(rel, ctx.grammar)
    if ctx.pub is None:
        v = (f"XXXX-WXX-{wd}" if wd else "XXXX-XX-XX") + f"T{part}"
        return _one(m, make_norm("TIME", v, _pos_mod(m.groupdict().get("pos"), ctx.grammar), anchor="unresolved", bounds=False))
    if wd:
        d = _resolve_weekday(wd, ctx)
    else:
        r = rel.lower()  # 'this morning', 'last night', 'tomorrow evening'
        off = ctx.grammar.words["day_offset"].get(r, _rel(r, ctx.grammar))
        d = ctx.pub + timedelta(days=off)
    return _one(m, make_norm("TIME", f"{d.isoformat()}T{part}", _pos_mod(m.groupdict().get("pos"), ctx.grammar),
                         anchor="published", earliest=d.isoformat(), latest=d.isoformat()))


def h_rel_unit(m, ctx):
    g = ctx.grammar
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    the = m.groupdict().get("the")
    wd = _weekday(m["unit"], g)
    if wd:
        if ctx.pub is None:
            return _one(m, make_norm("DATE", f"XXXX-WXX-{wd}", anchor="unresolved", bounds=False))
        d = _resolve_weekday(wd, ctx, rel)
        return _one(m, make_norm("DATE", d.isoformat(), anchor="published"))
    unit = _unit(m["unit"], g)
    if unit is None:
        return None
    if the and (rel in ("following", "previous", "same") or unit == "D"):
        sign = _rel(rel, ctx.grammar)  # 'the next day', 'the previous week', 'the same day'
        if sign is None:
            return None
        return _narrative(m, sign, 1, unit)
    if the and rel in ("past", "previous", "next", "coming", "following"):
        # 'the past year' = the 12 months before publication: a DURATION anchored at published
        value = duration_value(1, unit)
        if ctx.pub is None:
            return _one(m, make_norm("DURATION", value, anchor="unresolved"))
        back = rel in ("past", "previous")
        other = shift(ctx.pub, -1 if back else 1, unit)
        e, l = (other, ctx.pub) if back else (ctx.pub, other)
        return _one(m, make_norm("DURATION", value, anchor="published", earliest=iso(e), latest=iso(l)))
    off = _rel(rel, ctx.grammar)
    if ctx.pub is None:
        return _one(m, make_norm("DATE", UNDERSPEC.get(unit, "XXXX"), anchor="unresolved", bounds=False))
    d = shift(ctx.pub, off, unit)
    if d is None:
        return None
    return _one(m, make_norm("DATE", granular(d, unit), anchor="published"))


def h_ago(m, ctx):
    g = ctx.grammar
    n = _num(m["n"], g) if m.groupdict().get("n") else "X"  # 'weeks ago': some weeks
    unit = _unit(m["unit"], g)
    if n is None or unit is None:
        return None
    direction = re.sub(r"\s+", " ", m["dir"].lower())
    premod = _premod(m.groupdict().get("premod"), g)
    if direction in ("earlier", "later") and n != "X" and unit not in ("H", "MIN", "S"):
        # 'two years later': a DATE relative to the last date in the text (see find_dates)
        return _narrative(m, 1 if direction == "later" else -1, n, unit, "APPROX" if premod == "APPROX" else None,
                          needs_text=direction == "later")
    if direction not in ("ago", "from now", "hence"):
        # 'two years before the war': the duration only ('before' is a signal)
        s, e = m.start(), m.start("unit") + len(m["unit"])
        return [Part(s, e, make_norm("DURATION", duration_value(n, unit), premod))]
    sign = -1 if direction == "ago" else 1
    if n == "X":
        return _one(m, make_norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor="published" if ctx.pub else "unresolved",
                             earliest=None if sign < 0 or not ctx.pub else ctx.pub.isoformat(),
                             latest=iso(ctx.pub) if sign < 0 else None, bounds=False))
    mod = "APPROX" if premod == "APPROX" else None
    if ctx.pub is None:
        return _one(m, make_norm("DATE", UNDERSPEC.get(unit, "XXXX-XX-XX"), mod, anchor="unresolved", bounds=False))
    d = shift(ctx.pub, sign * n, unit)
    if d is None:
        return None
    if unit in ("H", "MIN", "S"):
        return None  # 'three hours ago' needs the time of publication, which we do not have
    return _one(m, make_norm("DATE", granular(d, unit), mod, anchor="published"))


def h_anchored_duration(m, ctx):
    g = ctx.grammar
    unit = _unit(m["unit"], g)
    if unit is None:
        return None
    rel = m["rel"].lower()
    n = _num(m["n"], g) if m["n"] else None
    if m["premod"]:
        n = 2 if "couple" in m["premod"].lower() else "X"
    back = rel in ("past", "last", "previous", "first")
    if n is None:  # 'the coming months', 'the past weeks'
        if rel in ("first", "final"):
            return None
        ref = "PAST_REF" if back else "FUTURE_REF"
        if ctx.pub is None:
            return _one(m, make_norm("DATE", ref, anchor="unresolved", bounds=False))
        return _one(m, make_norm("DATE", ref, anchor="published", earliest=None if back else ctx.pub.isoformat(),
                             latest=ctx.pub.isoformat() if back else None, bounds=False))
    value = duration_value(n, unit)
    if rel in ("first", "final") or ctx.pub is None or n == "X":
        anchor = "absolute" if rel in ("first", "final") else ("published" if ctx.pub else "unresolved")
        e = l = None
        if anchor == "published":
            e, l = (None, ctx.pub.isoformat()) if back else (ctx.pub.isoformat(), None)
        return _one(m, make_norm("DURATION", value, anchor=anchor, earliest=e, latest=l))
    other = shift(ctx.pub, -n if back else n, unit)
    e, l = (other, ctx.pub) if back else (ctx.pub, other)
    return _one(m, make_norm("DURATION", value, anchor="published", earliest=iso(e), latest=iso(l)))


def h_ref(m, ctx):
    word = re.sub(r"\s+", " ", m["word"].lower())
    value = ctx.grammar.words["ref"].get(word)
    if value is None:
        return None
    if ctx.pub is None:
        return _one(m, make_norm("DATE", value, anchor="unresolved", bounds=False))
    p = ctx.pub.isoformat()
    e, l = {"PAST_REF": (None, p), "PRESENT_REF": (p, p), "FUTURE_REF": (p, None)}[value]
    return _one(m, make_norm("DATE", value, anchor="published", earliest=e, latest=l, bounds=False))


def h_ref_plural(m, ctx):
    if ctx.pub is None:
        return _one(m, make_norm("DATE", "PAST_REF", anchor="unresolved", bounds=False))
    return _one(m, make_norm("DATE", "PAST_REF", anchor="published", latest=ctx.pub.isoformat(), bounds=False))


def h_the_unit(m, ctx):
    unit = _unit(m["unit"], ctx.grammar)
    if unit == "Q" and m["the"].lower() == "the" and ctx.pub is not None:
        d = add_months(ctx.pub, -3)  # 'the quarter' in a report: the last completed one
        return _one(m, make_norm("DATE", granular(d, "Q"), anchor="published"))
    if m["the"].lower() == "that":
        return _narrative(m, 0, 0, unit)
    if unit == "D":
        return None  # 'the day' alone is too vague
    if ctx.pub is None:
        return _one(m, make_norm("DATE", UNDERSPEC[unit], anchor="unresolved", bounds=False))
    if unit == "WE":
        return _one(m, make_norm("DATE", granular(_weekend(ctx), "WE"), anchor="published"))
    return _one(m, make_norm("DATE", granular(ctx.pub, unit), anchor="published"))


def _weekend(ctx: Ctx) -> date:
    """A day of 'the weekend': the one just past in a past clause ('protests over the weekend
    drew thousands'), else the one holding or following the publication date."""
    wd = ctx.pub.isoweekday()
    if ctx.tense == "past" and wd < 6:
        return ctx.pub - timedelta(days=wd)  # the Sunday before
    return ctx.pub


def h_weekday(m, ctx):
    nxt = re.compile(r"\s+([A-Z][\w]*(?:\s+[A-Z][\w]*)?)").match(m.string, m.end())
    if nxt and (nxt.group(1) in ctx.grammar.words["name_follower"]
                or nxt.group(1).split()[0] in ctx.grammar.words["name_follower"]):
        return None  # 'The Sunday Times', 'Good Friday Agreement'
    wd = _weekday(m["wd"], ctx.grammar)
    mod = _pos_mod(m.groupdict().get("pos"), ctx.grammar)
    if ctx.pub is None:
        return _one(m, make_norm("DATE", f"XXXX-WXX-{wd}", mod, anchor="unresolved", bounds=False))
    d = _resolve_weekday(wd, ctx).isoformat()
    return _one(m, make_norm("DATE", d, mod, anchor="published", earliest=d, latest=d))


def h_holiday(m, ctx):
    spec = ctx.grammar.cased["holiday"].get(re.sub(r"\s+", " ", m["hol"]))
    if not spec:
        return None
    yr = m.groupdict().get("year") or _year_after(m)
    if yr:  # the writer names the year: it holds the day even off its cycle
        d = named_day(int(yr), spec, any_year=True)
        return _one(m, make_norm("DATE", d.isoformat(), anchor="absolute")) if d else None
    if ctx.pub is None:
        mo, rest = int(spec[:2]), spec.partition("/")[0][3:]
        v = f"XXXX-{mo:02d}-{rest}" if rest.isdigit() else f"XXXX-{mo:02d}"
        return _one(m, make_norm("DATE", v, anchor="unresolved", bounds=False))
    d = _nearest_named_day(spec, ctx)
    if d is None:
        return None
    return _one(m, make_norm("DATE", d.isoformat(), anchor="published"),
                narrative=Narrative(0, 0, None, kind="named", spec=spec))


def _year_after(m) -> str | None:
    """The year right after a named day: 'on Inauguration Day in 2013', 'Christmas of 1914'
    (the year stays a mention of its own)."""
    nxt = re.compile(r"\s+(?:in|of)\s+(1[0-9]\d\d|20\d\d)(?![\w-]|[.,]\d)").match(m.string, m.end())
    return nxt.group(1) if nxt else None


def _nearest_named_day(spec: str, ctx: Ctx) -> date | None:
    """The occurrence of a named day seen from publication: the last one in a past clause, the
    next one in a present or future clause, else the nearest (a day held every fourth year,
    ``01-20/4=1``, is looked for up to four years away)."""
    p = ctx.pub
    days = [d for d in (named_day(y, spec) for y in range(p.year - 4, p.year + 5)) if d]
    if ctx.tense == "past":
        ok = [d for d in days if d <= p + timedelta(days=1)]
        return max(ok) if ok else None
    if ctx.tense in ("future", "present"):
        ok = [d for d in days if d >= p]
        return min(ok) if ok else None
    return min(days, key=lambda d: (abs((d - p).days), d)) if days else None


def _premod(text: str | None, g: Grammar) -> str | None:
    """The TimeML mod of a word before a count ('about' -> APPROX, 'more than' -> MORE_THAN)."""
    if not text:
        return None
    return g.words["premod"].get(re.sub(r"\s+", " ", text.lower()))


def h_duration(m, ctx):
    g = ctx.grammar
    n = _num(m["n"], g)
    unit = _unit(m["unit"], g)
    if n is None or unit is None:
        return None
    text = m.group(0).lower()
    if "and a half" in text or "½" in text:
        n = n + 0.5 if isinstance(n, (int, float)) else n
    if not _duration_count_fits(m, n, unit, text):
        return None
    nword = m["n"].lower()
    premod = m.groupdict().get("premod")
    p = re.sub(r"\s+", " ", (premod or "").lower())
    mod = _premod(p, g)
    start = m.start()
    if p in ("a", "an", "the") and "-" in m.string[m.end("n"):m.start("unit")]:
        start = m.start("n")  # 'a 30-year bond' -> '30-year'
    if p in ("the", "a", "an", "another", "only", "just"):
        pass
    elif p in ("the past", "the last", "the next", "the first", "the final"):
        return None  # handled by the anchored-duration rule
    if nword in ("a", "an") and p in ("a", "an"):
        return None
    return [Part(start, m.end(), make_norm("DURATION", duration_value(n, unit), mod))]


def _duration_count_fits(m, n, unit: str, text: str) -> bool:
    """Whether the count and the unit read as an English duration: not 'a second time', 'a night',
    '2 year' or '1 years'."""
    nword = m["n"].lower()
    unit_word = m["unit"].lower()
    # 'a second time', 'a minute detail', 'one day he...': too ambiguous, unless a time word follows
    # ('a minute into extra time', 'a second later')
    if unit in ("S", "MIN") and nword in ("a", "an", "one") and \
            not _DURATION_SIGNAL.match(m.string, m.end()):
        return False
    if unit_word in ("night", "nights") and nword in ("a", "an", "one"):
        return False
    plural = unit_word.endswith("s") or unit_word in ("centuries", "millennia")
    if isinstance(n, (int, float)) and n != 1 and nword not in ("a", "an") and not plural and "-" not in text \
            and not m.groupdict().get("old"):
        return False  # '2 year' (not an English duration)
    if isinstance(n, (int, float)) and n == 1 and plural and nword not in ("a couple of",):
        return False
    return True


def h_bare_plural(m, ctx):
    unit = _unit(m["unit"], ctx.grammar)
    return _one(m, make_norm("DURATION", duration_value("X", unit)))


def h_set(m, ctx):
    g = ctx.grammar
    gd = m.groupdict()
    if gd.get("adv"):
        return _one(m, make_norm("SET", g.words["set_adverb"].get(m["adv"].lower()), bounds=False))
    unit_txt = m["unit"]
    x = "x" if gd.get("x") else None
    wd = _weekday(unit_txt, g)
    mo = _month(unit_txt, g)
    if mo:
        return _one(m, make_norm("SET", f"XXXX-{mo:02d}", bounds=False))
    if wd:
        return _one(m, make_norm("SET", f"XXXX-WXX-{wd}", bounds=False))
    low = unit_txt.lower()
    if low in g.words["part_of_day"]:
        return _one(m, make_norm("SET", f"XXXX-XX-XXT{g.words['part_of_day'][low]}", bounds=False))
    if low in g.words["season"]:
        return _one(m, make_norm("SET", f"XXXX-{g.words['season'][low]}", bounds=False))
    unit = _unit(unit_txt, g)
    if unit is None:
        return None
    n = _num(gd.get("n"), g) if gd.get("n") else 1
    if gd.get("other"):
        n = 2
    if n is None:
        return None
    extra = {}
    if gd.get("freq"):
        f = gd["freq"].lower()
        k = g.words["frequency"].get(f)
        if k is None:  # 'three times', '5 times', 'several times'
            first = f.split()[0]
            k = first if first.isdigit() else g.words["number"].get(first)
        extra["freq"] = f"{k}X"
    return _one(m, make_norm("SET", duration_value(n, unit), bounds=False, **extra), x)


def _clock(m, ctx) -> str | None:
    """``THH:MM`` of a clock time match (groups ``h``, ``m``, ``ampm``), or None when impossible."""
    h = m["h"].lower()
    hh = int(h) if h.isdigit() else _num(h, ctx.grammar)
    if not isinstance(hh, int):
        return None
    mi = int(m.groupdict().get("m") or 0)
    ampm = (m.groupdict().get("ampm") or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hh <= 12:
            return None
        if ampm == "pm" and hh != 12:
            hh += 12
        elif ampm == "am" and hh == 12:
            hh = 0
    if hh > 23 or mi > 59:
        return None
    return f"T{hh:02d}:{mi:02d}"


def h_time(m, ctx):
    t = _clock(m, ctx)
    if t is None:
        return None
    clock = Narrative(0, 0, None, kind="clock")
    if not m.groupdict().get("ampm") and not m.groupdict().get("tz") and "clock" not in m.group(0) and \
            not ctx.grammar.cues.time_cue.search(m.string[max(0, m.start() - 10):m.start()]) and \
            not _CLOCK_AFTER.match(m.string, m.end()):
        return None  # '21:14' with no cue is a score or a ratio
    return _one(m, _time_norm(t, ctx), narrative=clock)


def _time_norm(t: str, ctx: Ctx) -> dict:
    """A clock time (``THH:MM``) on the publication day."""
    if ctx.pub is None:
        return make_norm("TIME", "XXXX-XX-XX" + t, anchor="unresolved", bounds=False)
    p = ctx.pub.isoformat()
    return make_norm("TIME", p + t, anchor="published", earliest=p, latest=p)


def h_time_day(m, ctx):
    """'7:30 p.m. Wednesday', '20:45 CEST Thursday': one TIME on that day."""
    t = _clock(m, ctx)
    if t is None:
        return None
    if m.groupdict().get("rday"):
        return _clock_on_rel_day(m, t, ctx)
    if m.groupdict().get("month"):
        return _clock_on_date(m, t, ctx)
    wd = _weekday(m["wd"], ctx.grammar)
    if wd is None:
        return None
    if ctx.pub is None:
        return _one(m, make_norm("TIME", f"XXXX-WXX-{wd}{t}", anchor="unresolved", bounds=False))
    # a clock time on a weekday is a schedule or a report: the nearest such day unless the
    # clause says which way
    near = ctx if ctx.tense else Ctx(ctx.grammar, ctx.pub, "near")
    d = _resolve_weekday(wd, near).isoformat()
    return _one(m, make_norm("TIME", d + t, anchor="published", earliest=d, latest=d))


def _clock_on_date(m, t: str, ctx: Ctx):
    """'5 p.m. EDT Nov. 15': the date as a month-day rule gives it, at that time."""
    mo, dd = _month(m["month"], ctx.grammar), _day(m["day"])
    if not mo or not safe_date(2000, mo, dd):
        return None
    y = int(m["year"]) if m["year"] else _resolve_month_year(mo, ctx, dd)
    if y is None:
        return _one(m, make_norm("TIME", f"XXXX-{mo:02d}-{dd:02d}{t}", anchor="unresolved", bounds=False))
    d = safe_date(y, mo, dd)
    if d is None:
        return None
    return _one(m, make_norm("TIME", d.isoformat() + t, anchor="absolute" if m["year"] else "published",
                             earliest=d.isoformat(), latest=d.isoformat()))


def h_year_earlier(m, ctx):
    """'the year-earlier period': the period last mentioned, a year back (else last year)."""
    if ctx.pub is None:
        norm = make_norm("DATE", "XXXX", anchor="unresolved", bounds=False)
    else:
        norm = make_norm("DATE", f"{ctx.pub.year - 1:04d}", anchor="published")
    return _one(m, norm, narrative=Narrative(-1, 1, "Y", kind="year_back"))


def _clock_on_rel_day(m, t: str, ctx: Ctx):
    """'10 p.m. tonight', '9 a.m. tomorrow'."""
    if ctx.pub is None:
        return _one(m, make_norm("TIME", "XXXX-XX-XX" + t, anchor="unresolved", bounds=False))
    off = ctx.grammar.words["day_offset"][m["rday"].lower()]
    d = (ctx.pub + timedelta(days=off)).isoformat()
    return _one(m, make_norm("TIME", d + t, anchor="published", earliest=d, latest=d))


def h_fiscal_rel(m, ctx):
    """'the current fiscal year' -> FY<year> (the fiscal calendar is unknown: no bounds)."""
    off = _rel(m["rel"], ctx.grammar)
    if off is None:
        return None
    if ctx.pub is None:
        return _one(m, make_norm("DATE", "FYXXXX", anchor="unresolved", bounds=False))
    return _one(m, make_norm("DATE", f"FY{ctx.pub.year + off:04d}", anchor="published", bounds=False))


def h_back_then(m, ctx):
    """'back then', 'at that time': the time last mentioned, else PAST_REF."""
    latest = iso(ctx.pub)
    norm = make_norm("DATE", "PAST_REF", anchor="published" if ctx.pub else "unresolved", latest=latest,
                     bounds=False)
    return _one(m, norm, narrative=Narrative(0, 0, None, kind="copy"))


def h_nth_day(m, ctx):
    """'the 150th day of the strike', 'its 20th day': resolved against the day last mentioned
    (kind ``nth``, see ``dates._nth_day``)."""
    word = re.match(r"(?:the|its|their)\s+(\w+)", m.group(0), re.I).group(1).lower()
    n = int(re.match(r"\d+", word)[0]) if word[0].isdigit() else ctx.grammar.words["ordinal"].get(word)
    norm = make_norm("DATE", UNDERSPEC["D"], anchor="unresolved", bounds=False)
    return _one(m, norm, narrative=Narrative(1, n if isinstance(n, int) and n > 0 else 0, "D", kind="nth"))


def h_time_word(m, ctx):
    t = ctx.grammar.words["time_word"][m["word"].lower()]
    return _one(m, _time_norm(t, ctx), narrative=Narrative(0, 0, None, kind="clock"))



HANDLERS: dict[str, Callable] = {
    "holiday": h_holiday,
    "week_of": h_week_of,
    "full_date": h_full_date, "iso_date": h_iso_date, "slash_date": h_slash_date,
    "month_day": h_month_day, "month_year": h_month_year, "month": h_month, "year": h_year,
    "fiscal": h_fiscal, "decade": h_decade, "century": h_century, "months_of": h_months_of,
    "quarter": h_quarter, "half": h_half, "season": h_season, "range": h_range,
    "boundary": h_boundary, "rel_early": h_rel_early, "rel_day": h_rel_day,
    "part_of_day": h_part_of_day, "rel_unit": h_rel_unit, "ago": h_ago,
    "anchored_duration": h_anchored_duration, "ref": h_ref, "ref_plural": h_ref_plural,
    "the_unit": h_the_unit, "weekday": h_weekday, "duration": h_duration,
    "bare_plural": h_bare_plural, "set": h_set, "time": h_time, "time_word": h_time_word,
    "time_day": h_time_day, "year_earlier": h_year_earlier, "fiscal_rel": h_fiscal_rel, "back_then": h_back_then, "nth_day": h_nth_day,
}

# handlers whose value depends on the tense of the clause (re-resolved by the component)
TENSE_SENSITIVE = {"month_day", "month", "weekday", "quarter", "half", "season", "part_of_day", "holiday",
                   "time_day", "the_unit"}
# handlers of days counted from 'now' ('yesterday', 'last night'): inside a direct quote, 'now' is
# the day the words were said
SPEECH_RELATIVE = {"rel_day", "part_of_day", "rel_unit", "ago"}


# ----------------------------------------------------------------------------- scanning
class Candidate(NamedTuple):
    """A handler's result for one match; ``start``/``end`` cover all its parts."""
    start: int
    end: int
    order: int
    rule: str
    handler: str
    parts: list[Part]


def scan(text: str, ctx: Ctx, allow_range: bool = True) -> list[Found]:
    """Every pattern over ``text``; the longest non-overlapping matches, in text order."""
    cands = []
    for order, pat in enumerate(ctx.grammar.patterns):
        if pat.handler == "range" and not allow_range:
            continue
        fn = HANDLERS[pat.handler]
        for m in pat.regex.finditer(text):
            if m.end() == m.start():
                continue
            parts = fn(m, ctx)
            if not parts:
                continue
            if len(parts) == 1:  # the extent decides conflicts
                s, e = parts[0].start, parts[0].end
            else:  # a range: the whole expression
                s = min(m.start(), min(p.start for p in parts))
                e = max(m.end(), max(p.end for p in parts))
            cands.append(Candidate(s, e, order, pat.id, pat.handler, parts))
    # the one overlap filter: longest extent first, then leftmost, then pattern order
    chosen = longest_first(cands, key=lambda c: (-(c.end - c.start), c.start, c.order))
    found = [Found(p.start, p.end, p.norm, c.rule, c.handler, p.narrative) for c in chosen for p in c.parts]
    return sorted(found, key=lambda f: (f.start, f.end))


def apply_signal(text: str, start: int, norm: dict, g: Grammar) -> dict:
    """'since 2013' / 'until 2020' / 'by 2030': open the interval with a TimeML mod."""
    if norm["timex_type"] != "DATE" or norm.get("mod") or norm.get("range_role") or norm.get("range_end"):
        return norm
    m = g.cues.signal.search(text[max(0, start - g.cues.signal_window):start])
    if not m or (norm["value"] or "").endswith("_REF"):
        return norm
    if g.words["signal"][m.group(1).lower()] == "ON_OR_AFTER":
        return {**norm, "mod": "ON_OR_AFTER", "latest": None}
    return {**norm, "mod": "ON_OR_BEFORE", "earliest": None}


