"""TIMEX3 value arithmetic, without spaCy and without word lists.

A date ``norm`` (docs/DESIGN.md) is ``{"timex_type", "value", "mod", "earliest", "latest", "anchor"}``.
This module builds norms (:func:`make_norm`), derives the ISO bounds of a value
(:func:`value_bounds`), narrows them for ``START``/``MID``/``END`` (:func:`narrow`), and moves
dates by TIMEX3 units (:func:`shift`, :func:`granular`, :func:`duration_value`).

Unit codes: ``S``, ``MIN``, ``H``, ``D``, ``W``, ``WE`` (weekend), ``FN`` (fortnight), ``M``,
``Q``, ``Y``, ``DE`` (decade), ``CE`` (century), ``ML`` (millennium).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
NORM_KEYS = ("timex_type", "value", "mod", "earliest", "latest", "anchor")

#: Underspecified TIMEX3 value of a period of each unit (no date to resolve against).
UNDERSPEC = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "FN": "XXXX-WXX", "WE": "XXXX-WXX-WE",
             "Q": "XXXX-QX", "DE": "XXX", "CE": "XX", "ML": "X", "D": "XXXX-XX-XX", "H": "XXXX-XX-XXTXX"}
#: How coarse a unit is (a narrative 'the next day' needs a reference at least as fine as a day).
UNIT_RANK = {"ML": 0, "CE": 0, "DE": 0, "Y": 1, "Q": 2, "M": 3, "W": 4, "WE": 4, "FN": 4, "D": 5}
#: First and last month of each TIMEX3 season (winter runs into the next year).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
WEEKDAY_CODES = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}

_CONCRETE = r"^\d{4}(?:-(?:\d\d|W\d\d|Q\d|H\d|SP|SU|FA|WI)(?:-\d\d)?)?$"


#: Publication years relative dates are resolved from; a date outside (``0001-01-01``,
#: ``9999-12-31``: placeholders) counts as none, and leaves room to count years from it.
PUBLISHED_YEARS = range(100, 9900)


def parse_published(published) -> date | None:
    """The publication date as a ``date`` (accepts ISO date/datetime strings, date, datetime);
    None when absent, unreadable or a placeholder year (see ``PUBLISHED_YEARS``)."""
    if isinstance(published, datetime):
        published = published.date()
    if isinstance(published, str) and published:
        try:
            published = date.fromisoformat(published.strip()[:10])
        except ValueError:
            return None
    if isinstance(published, date) and published.year in PUBLISHED_YEARS:
        return published
    return None


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _week_bounds(m: re.Match) -> tuple[str, str]:
    y, w = int(m[1]), int(m[2])
    if m[3] == "-WE":
        return date.fromisocalendar(y, w, 6).isoformat(), date.fromisocalendar(y, w, 7).isoformat()
    if m[4]:
        d = date.fromisocalendar(y, w, int(m[4]))
        return d.isoformat(), d.isoformat()
    return date.fromisocalendar(y, w, 1).isoformat(), date.fromisocalendar(y, w, 7).isoformat()


def _bounds(v: str) -> tuple[str | None, str | None]:
    if re.fullmatch(r"\d{4}", v):
        y = int(v)
        return f"{y:04d}-01-01", f"{y:04d}-12-31"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1).isoformat(), last_day(y, mo).isoformat()
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d.isoformat(), d.isoformat()
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE|-(\d))?", v):
        return _week_bounds(m)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
        y, q = int(m[1]), int(m[2])
        return date(y, 3 * q - 2, 1).isoformat(), last_day(y, 3 * q).isoformat()
    if m := re.fullmatch(r"(\d{4})-H([12])", v):
        y, h = int(m[1]), int(m[2])
        return date(y, 6 * h - 5, 1).isoformat(), last_day(y, 6 * h).isoformat()
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
        y = int(m[1])
        a, b = SEASON_MONTHS[m[2]]
        return date(y, a, 1).isoformat(), last_day(y + (1 if b < a else 0), b).isoformat()
    if re.fullmatch(r"\d{3}", v):
        d = int(v) * 10
        return f"{d:04d}-01-01", f"{d + 9:04d}-12-31"
    if re.fullmatch(r"\d{2}", v):
        c = int(v) * 100
        return f"{c:04d}-01-01", f"{c + 99:04d}-12-31"
    return None, None


def value_bounds(value: str | None) -> tuple[str | None, str | None]:
    """ISO ``(earliest, latest)`` dates covered by a fully specified TIMEX3 DATE/TIME value."""
    if not value or "X" in value:
        return None, None
    try:
        return _bounds(value.split("T")[0])
    except ValueError:
        return None, None


def narrow(value: str, mod: str | None, earliest: str | None, latest: str | None):
    """Narrow year/decade/month bounds for mod START/MID/END (first/middle/last third)."""
    if mod not in ("START", "MID", "END") or not earliest or not latest:
        return earliest, latest
    v = value.split("T")[0]
    if re.fullmatch(r"\d{4}", v):
        y = int(v)
        a, b = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}[mod]
        return date(y, a, 1).isoformat(), last_day(y, b).isoformat()
    if re.fullmatch(r"\d{3}", v):
        d = int(v) * 10
        a, b = {"START": (0, 3), "MID": (4, 6), "END": (7, 9)}[mod]
        return f"{d + a:04d}-01-01", f"{d + b:04d}-12-31"
    if re.fullmatch(r"\d{4}-\d{2}", v):
        y, m = map(int, v.split("-"))
        last = calendar.monthrange(y, m)[1]
        a, b = {"START": (1, 10), "MID": (11, 20), "END": (21, last)}[mod]
        return date(y, m, a).isoformat(), date(y, m, b).isoformat()
    return earliest, latest


def make_norm(timex_type: str, value: str | None, mod: str | None = None, *, anchor: str = "absolute",
              earliest: str | None = None, latest: str | None = None, bounds: bool = True,
              **extra) -> dict:
    """A complete date norm. DATE/TIME bounds come from the value unless given or ``bounds=False``."""
    if bounds and earliest is None and latest is None and timex_type in ("DATE", "TIME"):
        earliest, latest = value_bounds(value)
        earliest, latest = narrow(value or "", mod, earliest, latest)
    norm = {"timex_type": timex_type, "value": value, "mod": mod, "earliest": earliest,
            "latest": latest, "anchor": anchor}
    norm.update(extra)
    return norm


def fmt_num(n) -> str:
    if n == "X":
        return "X"
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    return str(n)


def duration_value(n, unit: str) -> str:
    """TIMEX3 duration value for a count and a unit code (``6``, ``M`` -> ``P6M``)."""
    s = fmt_num(n)
    if unit in ("H", "MIN", "S"):
        return f"PT{s}{'M' if unit == 'MIN' else unit}"
    if unit == "FN":
        return f"P{fmt_num(n * 2) if n != 'X' else 'X'}W"
    if unit == "Q":
        return f"P{fmt_num(n * 3) if n != 'X' else 'X'}M"
    if unit == "WE":
        return f"P{s}WE"
    if unit == "ML":
        return f"P{fmt_num(n * 1000) if n != 'X' else 'X'}Y"
    return f"P{s}{unit}"


_MONTHS_PER = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200, "ML": 12000}
_DAYS_PER = {"D": 1, "W": 7, "WE": 7, "FN": 14}


def shift(pub: date, n: int | float, unit: str) -> date | None:
    """``pub`` moved by ``n`` units (negative = back); None when out of range or unit unknown."""
    try:
        if unit in _DAYS_PER:
            return pub + timedelta(days=_DAYS_PER[unit] * n)
        if unit in _MONTHS_PER:
            return add_months(pub, int(_MONTHS_PER[unit] * n))
        if unit == "H":
            return pub + timedelta(hours=n)
    except (ValueError, OverflowError):
        return None
    return None


def granular(d: date, unit: str) -> str:
    """The value of the ``unit``-sized period holding ``d`` (``Y`` -> ``2016``, ``W`` -> ``2016-W03``)."""
    if unit == "Y":
        return f"{d.year:04d}"
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if unit in ("W", "FN"):
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if unit == "WE":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}-WE"
    if unit == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit == "DE":
        return f"{d.year // 10:03d}"
    if unit == "CE":
        return f"{d.year // 100:02d}"
    if unit == "ML":
        return f"{d.year // 1000}"
    return d.isoformat()


def nth_weekday(y: int, mo: int, spec: str) -> date | None:
    """The date of ``spec`` in a month: ``TH4`` = the fourth Thursday, ``MOL`` = the last Monday."""
    wd = WEEKDAY_CODES.get(spec[:2])
    if wd is None:
        return None
    if spec[2:] == "L":
        d = last_day(y, mo)
        return d - timedelta(days=(d.isoweekday() - wd) % 7)
    d = date(y, mo, 1) + timedelta(days=(wd - date(y, mo, 1).isoweekday()) % 7)
    return d + timedelta(weeks=int(spec[2:]) - 1)


NAMED_DAY_SPEC = re.compile(r"(?P<day>\d\d-(?:\d\d|(?:MO|TU|WE|TH|FR|SA|SU)(?:[1-5]|L))(?:\+\d{1,2})?)"
                            r"(?:/(?P<every>[1-9]\d?)=(?P<rest>\d{1,2}))?")


def named_day(y: int, spec: str, any_year: bool = False) -> date | None:
    """The date of a named day in year ``y``: ``spec`` is ``MM-DD``, or ``MM-<weekday><n>`` (the
    n-th weekday, ``L`` = the last), optionally ``+<days>`` (Election Day: ``11-MO1+1``), then
    optionally ``/<n>=<r>``: only in years ≡ r mod n (US Inauguration Day: ``01-20/4=1``). None
    when the day does not fall in ``y`` (``any_year``: the cycle is not checked)."""
    spec, _, cycle = spec.partition("/")
    if cycle and not any_year:
        every, rest = (int(x) for x in cycle.split("="))
        if y % every != rest:
            return None
    base, _, plus = spec.partition("+")
    mo, rest = int(base[:2]), base[3:]
    d = safe_date(y, mo, int(rest)) if rest.isdigit() else nth_weekday(y, mo, rest)
    return d + timedelta(days=int(plus)) if d and plus else d


def value_rank(value: str) -> int:
    """How fine a concrete DATE value is (5 = a day, 1 = a year or coarser)."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return 5
    if "-W" in value:
        return 4
    if re.fullmatch(r"\d{4}-\d\d", value):
        return 3
    return 2 if "-" in value else 1


def is_concrete(value: str | None) -> bool:
    """A fully specified calendar DATE value (year, month, day, week, quarter, half, season)."""
    return bool(re.match(_CONCRETE, value or ""))
