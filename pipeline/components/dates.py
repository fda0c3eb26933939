"""``claims_dates``: dates, times, durations and sets, normalized to TIMEX3 (ISO-TimeML).

Two layers:

* Pure functions, usable without spaCy: :func:`find_dates` scans a text and returns every date
  expression with its TimeML extent and DESIGN.md date ``norm``; :func:`parse_date` normalizes one
  expression (``parse_date("since 2013")``).
* The spaCy component (factory ``claims_dates``) runs :func:`find_dates` on ``doc.text``, rejects
  matches the parse shows are not dates (``May`` as a modal, ``March`` as a verb, a bare year that
  counts a plural noun: ``2000 soldiers``), re-resolves weekday/month names with the tense of their
  clause, and keeps spaCy NER DATE/TIME entities that no rule matched when they can be normalized
  or hold a time word (origin ``ner``). It always sets ``doc.spans["claims_dates"]``.

Patterns live in ``pipeline/rules/dates_patterns.jsonl`` (``id``, ``handler``, ``pattern`` with
``{MACRO}`` / ``{MACRO:group}`` placeholders) and the lexicon in ``pipeline/rules/date_words.jsonl``
(months, weekdays, seasons, units, number words, ordinals, parts of day, reference words, set
adverbs). Both are validated on load; an error names the file, line and rule id.

Choices (TimeML leaves room):

* Extents: determiners and modifiers in (``the first six months of 2016``, ``earlier this year``,
  ``more than two years``), prepositions out (``in 2010`` -> ``2010``). Signals ``since``,
  ``until``/``till`` and ``by`` stay out of the extent but set ``mod`` on the DATE:
  ``since 2013`` -> ``2013``, mod ``ON_OR_AFTER``, earliest ``2013-01-01``, latest null;
  ``until 2020`` / ``by 2030`` -> mod ``ON_OR_BEFORE``, earliest null, latest the year's end.
* Ranges (``between 1996 and 2008``, ``from 2007 to 2010``, ``March–June 2015``) give one DATE
  mention per endpoint with its own ``value``; since the expression is one interval, both endpoint
  norms carry the *interval* in ``earliest``/``latest`` (``1996-01-01`` .. ``2008-12-31``) plus
  an extra field ``range_role`` (``start``/``end``). A range that is one token (``2007–2010``)
  cannot be split without retokenizing, so it becomes one DATE mention whose value is the start
  (``2007``), with the interval bounds and ``range_end`` (``2010``).
* ``the first six months of 2016`` -> DATE ``2016-H1`` (earliest 2016-01-01, latest 2016-06-30),
  not the TimeML split DURATION ``P6M`` + DATE ``2016``. ``first three months`` -> ``Q1``; other
  counts -> the year with mod ``START``/``END`` and bounds narrowed to those months.
* ``early``/``mid``/``late`` + year: mod ``START``/``MID``/``END``, bounds narrowed to the first,
  middle or last four months (decades: 0-3, 4-6, 7-9; months: days 1-10, 11-20, 21-end).
* Decades and centuries use the TimeML truncated values ``199`` (the 1990s), ``20`` (the 21st
  century); duration units ``DE``/``CE`` (``a decade`` -> ``P1DE``). Fiscal years: ``FY2016``
  with null bounds (the fiscal calendar is unknown).
* Relative expressions resolve against ``published`` (anchor ``published``). Without it they get
  the TIMEX3 underspecified value (``XXXX``, ``XXXX-XX``, ``XXXX-WXX-5``, ``XXXX-XX-XXTMO``),
  anchor ``unresolved`` and null bounds; the machine clock is never used. Weekdays resolve to the
  nearest such day on/before ``published`` (the day after it when the clause is in the future
  tense); bare month names to the publication year (previous year for a later month in a past
  clause, next year for an earlier month in a future clause).
* ``the past five years`` -> DURATION ``P5Y`` anchored at ``published`` (bounds
  ``published - 5 years`` .. ``published``); ``the past year`` -> DURATION ``P1Y``; ``last year``
  -> DATE. ``recently``/``recent years``/``the past`` -> ``PAST_REF`` (latest = published),
  ``now``/``currently`` -> ``PRESENT_REF``, ``the coming months``/``the future``/``soon`` ->
  ``FUTURE_REF`` (earliest = published).
* Times: ``4:30 p.m.`` -> TIME ``<published>T16:30`` (``XXXX-XX-XXT16:30`` without it),
  ``midnight`` -> ``T24:00``, ``noon`` -> ``T12:00``, ``this morning`` -> ``<published>TMO``.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Callable

from pipeline.ruledata import RuleError, read_jsonl_rules

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
PATTERNS_FILE = RULES_DIR / "dates_patterns.jsonl"
WORDS_FILE = RULES_DIR / "date_words.jsonl"

WORD_CLASSES = ("month", "weekday", "season", "unit", "number", "ordinal", "part_of_day", "ref",
                "set_adverb", "year_blocker", "holiday", "name_follower")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
NORM_KEYS = ("timex_type", "value", "mod", "earliest", "latest", "anchor")


class DateRuleError(RuleError):
    """A date rule or lexicon entry is invalid (the message names the file and the entry)."""


# ----------------------------------------------------------------------------- grammar loading
@dataclass
class Grammar:
    words: dict[str, dict[str, Any]]          # class -> lowercase form -> value
    cased: dict[str, dict[str, Any]]          # month/weekday: exact form -> value
    patterns: list[tuple[str, str, re.Pattern]]  # (id, handler, compiled)
    macros: dict[str, str] = field(default_factory=dict)


def _alt(forms) -> str:
    forms = sorted(set(forms), key=lambda s: (-len(s), s))
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


def load_grammar(patterns_file: str | Path = PATTERNS_FILE,
                 words_file: str | Path = WORDS_FILE) -> Grammar:
    """Load and validate the lexicon and the patterns (cached per file pair)."""
    return _load_grammar(str(patterns_file), str(words_file))


@functools.lru_cache(maxsize=8)
def _load_grammar(patterns_file: str, words_file: str) -> Grammar:
    words: dict[str, dict[str, Any]] = {c: {} for c in WORD_CLASSES}
    cased: dict[str, dict[str, Any]] = {"month": {}, "weekday": {}, "holiday": {}}
    full: dict[str, list[str]] = {"month": [], "weekday": []}
    wpath = Path(words_file)
    for lineno, row in read_jsonl_rules(wpath, error=DateRuleError):
        where = f"{wpath}:{lineno} (id {row['id']!r})"
        cls = row.get("class")
        if cls not in WORD_CLASSES:
            raise DateRuleError(f"{where}: class must be one of {WORD_CLASSES}, got {cls!r}")
        forms = row.get("forms")
        if not forms or not all(isinstance(f, str) and f for f in forms):
            raise DateRuleError(f"{where}: 'forms' must be a non-empty list of strings")
        if "value" not in row:
            raise DateRuleError(f"{where}: missing 'value'")
        for f in forms + list(row.get("abbrev", [])):
            if cls in ("year_blocker", "name_follower"):
                words[cls][f] = True
                continue
            if cls in cased:
                cased[cls][f] = row["value"]
                cased[cls][f.rstrip(".")] = row["value"]
            words[cls][f.lower()] = row["value"]
        if cls in full:
            full[cls].extend(forms)
    for cls in ("month", "weekday", "unit", "number"):
        if not words[cls]:
            raise DateRuleError(f"{wpath}: no entries of class {cls!r}")

    unit_forms = list(words["unit"])
    plural_units = [u for u in unit_forms if u.endswith("s") or u in ("centuries", "millennia")]
    simple_nums = {k: v for k, v in words["number"].items()}
    tens = [k for k, v in simple_nums.items() if isinstance(v, int) and v in range(20, 100, 10)]
    ones = [k for k, v in simple_nums.items() if isinstance(v, int) and 1 <= v <= 9 and k not in ("a", "an")]
    macros = {
        "MONTH": f"(?-i:{_alt(cased['month'])})(?![A-Za-z])",
        "MONTHFULL": f"(?-i:{_alt(full['month'])})",
        "WEEKDAY": f"(?-i:{_alt(full['weekday'])})",
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d])",
        "YEAR": r"(?<![\d,.])(?:1[0-9]\d\d|20\d\d|21\d\d)(?![\d])",
        "BYEAR": r"(?:18\d\d|19\d\d|20\d\d)(?!\d)",
        "SEASON": f"(?:{_alt(words['season'])})",
        "UNIT": f"(?:{_alt(unit_forms)})",
        "UNITP": f"(?:{_alt(plural_units)})",
        "PART": f"(?:{_alt(words['part_of_day'])})",
        "REF": f"(?:{_alt(words['ref'])})",
        "HOLIDAY": f"(?-i:{_alt(cased['holiday']) or '(?!x)x'})",
        "SETADV": f"(?:{_alt(words['set_adverb'])})",
        "NUM": (r"(?:(?<![\d,.])\d{1,3}(?:,\d{3})+|(?<![\d,.])\d+(?:\.\d+)?|(?:" + _alt(tens) + r")(?:[-\s](?:" + _alt(ones) + r"))?|"
                + _alt(simple_nums) + r")(?![\w])"),
    }
    macros["ENDPOINT"] = ("(?:{MONTH}\\s+{DAY},?\\s+{YEAR}|{DAY}\\s+{MONTH},?\\s+{YEAR}|{MONTH},?\\s+{YEAR}"
                          "|{MONTH}\\s+{DAY}|{YEAR}|{MONTHFULL}|{WEEKDAY})")
    macros["ENDPOINT"] = _expand(macros["ENDPOINT"], macros, "<ENDPOINT>")

    patterns = []
    ppath = Path(patterns_file)
    for lineno, row in read_jsonl_rules(ppath, error=DateRuleError):
        where = f"{ppath}:{lineno} (id {row['id']!r})"
        handler = row.get("handler")
        if handler not in HANDLERS:
            raise DateRuleError(f"{where}: unknown handler {handler!r} (known: {sorted(HANDLERS)})")
        if not isinstance(row.get("pattern"), str) or not row["pattern"]:
            raise DateRuleError(f"{where}: 'pattern' must be a non-empty string")
        try:
            body = _expand(row["pattern"], macros, where)
            if not row["pattern"].startswith("(?<"):
                body = r"(?<!\w)" + body  # matches start at a word start: skips most positions fast
            rx = re.compile(body, re.IGNORECASE)
        except re.error as exc:
            raise DateRuleError(f"{where}: bad regular expression: {exc}") from exc
        patterns.append((row["id"], handler, rx))
    if not patterns:
        raise DateRuleError(f"{ppath}: no patterns")
    return Grammar(words=words, cased=cased, patterns=patterns, macros=macros)


_MACRO_RE = re.compile(r"\{([A-Z]+)(?::([a-z0-9_]+))?\}")


def _expand(pattern: str, macros: dict[str, str], where: str) -> str:
    def sub(m: re.Match) -> str:
        name, group = m.group(1), m.group(2)
        if name not in macros:
            raise DateRuleError(f"{where}: unknown macro {{{name}}}")
        body = macros[name]
        return f"(?P<{group}>{body})" if group else f"(?:{body})"

    return _MACRO_RE.sub(sub, pattern)


# ----------------------------------------------------------------------------- small helpers
def _published(published) -> date | None:
    """The publication date as a ``date`` (accepts ISO date/datetime strings, date, datetime)."""
    if published is None or published == "":
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    if isinstance(published, str):
        try:
            return date.fromisoformat(published.strip()[:10])
        except ValueError:
            return None
    return None


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def value_bounds(value: str | None) -> tuple[str | None, str | None]:
    """ISO ``(earliest, latest)`` dates covered by a fully specified TIMEX3 DATE/TIME value."""
    if not value or "X" in value:
        return None, None
    v = value.split("T")[0]
    try:
        if re.fullmatch(r"\d{4}", v):
            y = int(v)
            return f"{y:04d}-01-01", f"{y:04d}-12-31"
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1).isoformat(), _last_day(y, mo).isoformat()
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d.isoformat(), d.isoformat()
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE|-(\d))?", v):
            y, w = int(m[1]), int(m[2])
            if m[3] == "-WE":
                return date.fromisocalendar(y, w, 6).isoformat(), date.fromisocalendar(y, w, 7).isoformat()
            if m[4]:
                d = date.fromisocalendar(y, w, int(m[4]))
                return d.isoformat(), d.isoformat()
            return date.fromisocalendar(y, w, 1).isoformat(), date.fromisocalendar(y, w, 7).isoformat()
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
            y, q = int(m[1]), int(m[2])
            return date(y, 3 * q - 2, 1).isoformat(), _last_day(y, 3 * q).isoformat()
        if m := re.fullmatch(r"(\d{4})-H([12])", v):
            y, h = int(m[1]), int(m[2])
            return date(y, 6 * h - 5, 1).isoformat(), _last_day(y, 6 * h).isoformat()
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
            y = int(m[1])
            a, b = _SEASONS[m[2]]
            return date(y, a, 1).isoformat(), _last_day(y + (1 if b < a else 0), b).isoformat()
        if re.fullmatch(r"\d{3}", v):
            d = int(v) * 10
            return f"{d:04d}-01-01", f"{d + 9:04d}-12-31"
        if re.fullmatch(r"\d{2}", v):
            c = int(v) * 100
            return f"{c:04d}-01-01", f"{c + 99:04d}-12-31"
    except ValueError:
        return None, None
    return None, None


def _narrow(value: str, mod: str | None, earliest: str | None, latest: str | None):
    """Narrow year/decade/month bounds for mod START/MID/END (first/middle/last third)."""
    if mod not in ("START", "MID", "END") or not earliest or not latest:
        return earliest, latest
    v = value.split("T")[0]
    if re.fullmatch(r"\d{4}", v):
        y = int(v)
        a, b = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}[mod]
        return date(y, a, 1).isoformat(), _last_day(y, b).isoformat()
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


def _norm(timex_type: str, value: str | None, mod: str | None = None, *, anchor: str = "absolute",
          earliest: str | None = None, latest: str | None = None, bounds: bool = True,
          **extra) -> dict:
    """A complete date norm. DATE/TIME bounds come from the value unless given or ``bounds=False``."""
    if bounds and earliest is None and latest is None and timex_type in ("DATE", "TIME"):
        earliest, latest = value_bounds(value)
        earliest, latest = _narrow(value or "", mod, earliest, latest)
    norm = {"timex_type": timex_type, "value": value, "mod": mod, "earliest": earliest,
            "latest": latest, "anchor": anchor}
    norm.update(extra)
    return norm


@dataclass(frozen=True)
class Ctx:
    grammar: Grammar
    pub: date | None
    tense: str | None  # "past" | "future" | None


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


def _fmt_num(n) -> str:
    if n == "X":
        return "X"
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    return str(n)


def _unit(text: str, g: Grammar) -> str | None:
    return g.words["unit"].get(text.lower())


def _duration_value(n, unit: str) -> str:
    """TIMEX3 duration value for a count and a unit code (``6``, ``M`` -> ``P6M``)."""
    s = _fmt_num(n)
    if unit in ("H", "MIN", "S"):
        return f"PT{s}{'M' if unit == 'MIN' else unit}"
    if unit == "FN":
        return f"P{_fmt_num(n * 2) if n != 'X' else 'X'}W"
    if unit == "Q":
        return f"P{_fmt_num(n * 3) if n != 'X' else 'X'}M"
    if unit == "WE":
        return f"P{s}WE"
    if unit == "ML":
        return f"P{_fmt_num(n * 1000) if n != 'X' else 'X'}Y"
    return f"P{s}{unit}"


def _shift(pub: date, n: int | float, unit: str) -> date | None:
    """``pub`` moved by ``n`` units (negative = back)."""
    try:
        if unit == "D":
            return pub + timedelta(days=n)
        if unit in ("W", "WE"):
            return pub + timedelta(weeks=n)
        if unit == "FN":
            return pub + timedelta(weeks=2 * n)
        if unit == "M":
            return _add_months(pub, int(n))
        if unit == "Q":
            return _add_months(pub, int(3 * n))
        if unit == "Y":
            return _add_months(pub, int(12 * n))
        if unit == "DE":
            return _add_months(pub, int(120 * n))
        if unit == "CE":
            return _add_months(pub, int(1200 * n))
        if unit == "H":
            return pub + timedelta(hours=n)
    except (ValueError, OverflowError):
        return None
    return None


def _granular(d: date, unit: str) -> str:
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
    return d.isoformat()


_UNDERSPEC = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "FN": "XXXX-WXX", "WE": "XXXX-WXX-WE",
              "Q": "XXXX-QX", "DE": "XXX", "CE": "XX", "D": "XXXX-XX-XX", "H": "XXXX-XX-XXTXX"}


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


def _pos_mod(text: str | None) -> str | None:
    if not text:
        return None
    t = re.sub(r"\s+", " ", text.lower())
    if t in ("early", "the beginning of", "the start of", "start", "beginning", "dawn", "earlier"):
        return "START"
    if t in ("mid", "the middle of", "middle"):
        return "MID"
    if t in ("late", "the end of", "end", "close", "the turn of", "turn", "later", "rest", "remainder"):
        return "END"
    return None


def _resolve_month_year(month: int, ctx: Ctx, day: int | None = None) -> int | None:
    """The year of a month (and day) named without one, seen from the publication date.

    Past clause: the latest such date not after publication (a day of slack); future clause:
    the earliest not before it. No tense: the candidate within [published - 9 months,
    published + 3 months] closest to publication, else the publication year (news looks back
    more than ahead: 'in March' in a November article is this March, 'Jan. 1' is next January).
    """
    if not ctx.pub:
        return None
    p = ctx.pub
    cands = []
    for y in (p.year - 1, p.year, p.year + 1):
        d = _safe_date(y, month, day or 15) or _safe_date(y, month, 28)
        if d:
            cands.append((y, d))
    if ctx.tense == "past":
        ok = [y for y, d in cands if d <= p + timedelta(days=1)]
        return max(ok) if ok else p.year
    if ctx.tense == "future":
        ok = [y for y, d in cands if d >= p]
        return min(ok) if ok else p.year
    window = [(abs((d - p).days), y) for y, d in cands
              if _add_months(p, -9) <= d < _add_months(p, 3)]
    return min(window)[1] if window else p.year


def _resolve_weekday(wd: int, ctx: Ctx, rel: str | None = None) -> date | None:
    if not ctx.pub:
        return None
    cur = ctx.pub.isoweekday()
    rel = (rel or "").lower()
    if rel == "this":
        return ctx.pub + timedelta(days=wd - cur)
    if rel in ("next", "coming", "following") or (not rel and ctx.tense == "future"):
        delta = (wd - cur) % 7 or 7
        return ctx.pub + timedelta(days=delta)
    if rel in ("last", "past", "previous"):
        delta = (cur - wd) % 7 or 7
        return ctx.pub - timedelta(days=delta)
    return ctx.pub - timedelta(days=(cur - wd) % 7)


def _one(m: re.Match, norm: dict | None, group: str | None = None):
    if norm is None:
        return None
    s, e = (m.start(group), m.end(group)) if group and m.group(group) else (m.start(), m.end())
    return [(s, e, norm)]


# ----------------------------------------------------------------------------- handlers
# Each handler takes (match, ctx) and returns [(start, end, norm), ...] or None (not a date).
def h_full_date(m, ctx):
    g = ctx.grammar
    mo, d, y = _month(m["month"], g), _day(m["day"]), _year(m["year"])
    if not mo or not _safe_date(y, mo, d):
        return None
    return _one(m, _norm("DATE", f"{y:04d}-{mo:02d}-{d:02d}"))


def h_iso_date(m, ctx):
    y, mo, d = int(m["year"]), int(m["mm"]), int(m["dd"])
    if not _safe_date(y, mo, d):
        return None
    if m["hh"]:
        v = f"{y:04d}-{mo:02d}-{d:02d}T{m['hh']}:{m['mi']}"
        day = date(y, mo, d).isoformat()
        return _one(m, _norm("TIME", v, earliest=day, latest=day))
    return _one(m, _norm("DATE", f"{y:04d}-{mo:02d}-{d:02d}"))


def h_slash_date(m, ctx):
    a, b, y = int(m["a"]), int(m["b"]), _year(m["y"])
    mo, d = (a, b) if a <= 12 else (b, a)
    if not _safe_date(y, mo, d) or not 1800 <= y <= 2199:
        return None
    return _one(m, _norm("DATE", f"{y:04d}-{mo:02d}-{d:02d}"))


def h_month_day(m, ctx):
    g = ctx.grammar
    mo, d = _month(m["month"], g), _day(m["day"])
    if not mo or not _safe_date(2000, mo, d):  # 2000 is a leap year: Feb 29 allowed
        return None
    y = _resolve_month_year(mo, ctx, d)
    if m["wd"] and ctx.pub is not None:  # a weekday pins the year: try the nearest years
        wd = _weekday(m["wd"], g)
        for cand in (y, y - 1, y + 1):
            dd = _safe_date(cand, mo, d)
            if dd and dd.isoweekday() == wd:
                y = cand
                break
    if y is None or not _safe_date(y, mo, d):
        return _one(m, _norm("DATE", f"XXXX-{mo:02d}-{d:02d}", anchor="unresolved", bounds=False))
    return _one(m, _norm("DATE", f"{y:04d}-{mo:02d}-{d:02d}", anchor="published"))


def h_month_year(m, ctx):
    mo, y = _month(m["month"], ctx.grammar), _year(m["year"])
    if not mo:
        return None
    return _one(m, _norm("DATE", f"{y:04d}-{mo:02d}", _pos_mod(m["pos"])))


_NAME_BEFORE = re.compile(
    r"\b(?!(?:In|On|By|Since|Until|Till|During|Through|From|To|Of|And|Or|But|Last|Next|This|That|"
    r"Early|Late|Mid|The|Before|After|Between|Each|Every|Since|Until|Throughout|Around|About|For|"
    r"Until|Till|Then|Also|Like)\s)[A-Z][a-z]+\.?\s+$")


def h_month(m, ctx):
    mo = _month(m["month"], ctx.grammar)
    if not mo:
        return None
    mod = _pos_mod(m["pos"])
    rel = (m["rel"] or "").strip().lower()
    if not rel and not mod and _NAME_BEFORE.search(m.string[max(0, m.start() - 30):m.start()]):
        return None  # 'Theresa May', 'Queen Mary of June'...: a name, not a month
    if ctx.pub is None:
        return _one(m, _norm("DATE", f"XXXX-{mo:02d}", mod, anchor="unresolved", bounds=False))
    if rel in ("last", "past", "previous"):
        y = ctx.pub.year if mo < ctx.pub.month else ctx.pub.year - 1
    elif rel in ("next", "coming"):
        y = ctx.pub.year if mo > ctx.pub.month else ctx.pub.year + 1
    elif rel == "this":
        y = ctx.pub.year
    else:
        y = _resolve_month_year(mo, ctx)
    return _one(m, _norm("DATE", f"{y:04d}-{mo:02d}", mod, anchor="published"))


_PREV_WORD = re.compile(r"(\S+)\s+$")


def h_year(m, ctx):
    y = int(m["year"])
    prev = _PREV_WORD.search(m.string[max(0, m.start() - 20):m.start()])
    if prev and prev.group(1) in ctx.grammar.words["year_blocker"]:
        return None  # 'Flight 2015', 'Resolution 2254'
    if m.start() > 0 and m.string[m.start() - 1] == "#":
        return None
    mod = _pos_mod(m.groupdict().get("pos"))
    return _one(m, _norm("DATE", f"{y:04d}", mod))


def h_fiscal(m, ctx):
    y = _year(m["year"])
    return _one(m, _norm("DATE", f"FY{y:04d}", bounds=False))


def h_decade(m, ctx):
    dec = m["dec"].lstrip("'’")
    if len(dec) == 3:  # '90s / 90s
        d = int(dec[:2])
        base = 1900 + d if d >= 30 else 2000 + d
    else:
        base = int(dec[:4])
    if base % 10:
        return None
    return _one(m, _norm("DATE", f"{base // 10:03d}", _pos_mod(m["pos"])))


def h_century(m, ctx):
    o = m["ord"].lower()
    n = int(re.match(r"\d+", o)[0]) if o[0].isdigit() else ctx.grammar.words["ordinal"].get(o)
    if not isinstance(n, int) or n < 1 or n > 22:
        return None
    return _one(m, _norm("DATE", f"{n - 1:02d}", _pos_mod(m["pos"])))


def _year_ref(text: str | None, ctx: Ctx):
    """(year int | None, anchor, underspecified?) for '2016' / 'this year' / 'last year' / None."""
    if not text:
        return (ctx.pub.year, "published") if ctx.pub else (None, "unresolved")
    t = re.sub(r"\s+", " ", text.strip().lower())
    if re.fullmatch(r"\d{4}", t):
        return int(t), "absolute"
    if not ctx.pub:
        return None, "unresolved"
    off = {"this year": 0, "the year": 0, "last year": -1, "next year": 1}.get(t, 0)
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
        return _one(m, _norm("DATE", "XXXX" + code, mod, anchor="unresolved", bounds=False))
    if mod:
        a, b = (1, n) if first else (13 - n, 12)
        return _one(m, _norm("DATE", f"{y:04d}", mod, anchor=anchor, earliest=date(y, a, 1).isoformat(),
                             latest=_last_day(y, b).isoformat()))
    return _one(m, _norm("DATE", f"{y:04d}{code}", anchor=anchor))


_ORD_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
          "final": 4, "last": 4, "latter": 2}


def h_quarter(m, ctx):
    gd = m.groupdict()
    if gd.get("qn") or gd.get("qn2"):
        q = int(gd.get("qn") or gd.get("qn2"))
        yr = gd.get("yr") or gd.get("yr2")
    else:
        q = _ORD_Q.get(m["q"].lower())
        yr = gd.get("yr")
    if not q:
        return None
    if not gd.get("qn") and not gd.get("qn2") and m["q"].lower() in ("last", "final") \
            and not re.match(r"the\b", m.group(0), re.I):
        return None  # 'last quarter' is relative (rel-unit rule)
    y, anchor = _year_ref(yr, ctx)
    if y is None:
        return _one(m, _norm("DATE", f"XXXX-Q{q}", anchor="unresolved", bounds=False))
    if not yr and ctx.pub is not None:  # 'the fourth quarter' in a February report: last year's
        y = _resolve_month_year(3 * q - 1, ctx)
    return _one(m, _norm("DATE", f"{y:04d}-Q{q}", anchor=anchor))


def h_half(m, ctx):
    h = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "latter": 2, "last": 2}.get(m["h"].lower())
    y, anchor = _year_ref(m["yr"], ctx)
    if not m["yr"] and not re.match(r"the\b", m.group(0), re.I):
        return None  # 'second half' without 'the' or a year: a game half, not a date
    if y is None:
        return _one(m, _norm("DATE", f"XXXX-H{h}", anchor="unresolved", bounds=False))
    if not m["yr"]:
        y = _resolve_month_year(6 * h - 2, ctx, 1)
    return _one(m, _norm("DATE", f"{y:04d}-H{h}", anchor=anchor))


def h_week_of(m, ctx):
    inner = _endpoint(m["inner"], ctx)
    if inner is None or not re.fullmatch(r"\d{4}-\d\d", inner["value"] or ""):
        if inner is not None and (inner["value"] or "").startswith("X"):
            return _one(m, _norm("DATE", "XXXX-WXX", anchor="unresolved", bounds=False))
        return None
    y, mo = int(inner["value"][:4]), int(inner["value"][5:7])
    o = m["ord"].lower()
    d = _last_day(y, mo) if o in ("last", "final") else date(y, mo, 1) + timedelta(weeks=_ORD_Q[o] - 1)
    return _one(m, _norm("DATE", _granular(d, "W"), anchor=inner["anchor"]))


def h_season(m, ctx):
    s = ctx.grammar.words["season"].get(m["season"].lower())
    det = (m["det"] or "").lower()
    mod = _pos_mod(m["pos"]) or _pos_mod(det if det in ("early", "late", "mid") else None)
    yr = m.groupdict().get("year")
    if yr:
        return _one(m, _norm("DATE", f"{int(yr):04d}-{s}", mod))
    if det == "fall" or (m["season"].lower() == "fall" and det not in ("the", "this", "last", "next", "past", "coming")):
        return None
    if re.match(r"\s+(?:of|in|to|from|by|since)\b", m.string[m.end():], re.I) and (
            m["season"].lower() == "fall" or re.match(r"\s+of\b", m.string[m.end():], re.I)):
        return None  # 'the fall of Rome', 'the fall in prices', 'the summer of love
    if ctx.pub is None:
        return _one(m, _norm("DATE", f"XXXX-{s}", mod, anchor="unresolved", bounds=False))
    y = ctx.pub.year
    a, _ = _SEASONS[s]
    if det in ("last", "past"):
        y -= 1 if a >= ctx.pub.month or s == "WI" else 0
    elif det in ("next", "coming"):
        y += 1 if a <= ctx.pub.month else 0
    elif det != "this":  # 'the summer': the one nearest the publication date
        y = _resolve_month_year(a if s == "WI" else a + 1, ctx)  # WI of year Y starts in its December
    return _one(m, _norm("DATE", f"{y:04d}-{s}", mod, anchor="published"))


def _endpoint(text: str, ctx: Ctx) -> dict | None:
    found = _scan(text, ctx, allow_range=False)
    if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(text):
        return found[0][2]
    return None


def h_range(m, ctx):
    a_txt, b_txt = m["a"], m["b"]
    if m.groupdict().get("dash") is not None:  # 2007–2010 / 2015-16 (years only)
        ya = int(a_txt)
        yb = _year(b_txt, ref=ya)
        if not ya < yb <= ya + 100:
            return None
        if m["dash"] == "/" and yb != ya + 1:
            return None  # 2015/16 is a season/fiscal year; 2015/2020 is ambiguous
        a = _norm("DATE", f"{ya:04d}")
        b = _norm("DATE", f"{yb:04d}")
    elif re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?(?:,\s+\d{4})?", b_txt.strip()):
        # 'Nov. 23-25, 2015': the end is a bare day in the start's month
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
            a = _norm("DATE", a["value"], anchor="unresolved", bounds=False)
            b = _norm("DATE", f"XXXX-{mo:02d}-{d:02d}", anchor="unresolved", bounds=False)
        else:
            if not _safe_date(y, mo, d):
                return None
            a = _norm("DATE", f"{y:04d}{a['value'][4:]}", anchor=anchor)
            b = _norm("DATE", f"{y:04d}-{mo:02d}-{d:02d}", anchor=anchor)
    else:
        # 'March–June 2015': an underspecified start inherits the end's year
        a0 = _endpoint(a_txt, Ctx(ctx.grammar, None, ctx.tense))
        b = _endpoint(b_txt, ctx)
        if a0 is None or b is None or a0["timex_type"] != "DATE" or b["timex_type"] != "DATE":
            return None
        if re.fullmatch(r"XXXX-\d\d(?:-\d\d)?", a0["value"] or "") and re.match(r"\d{4}", b["value"] or ""):
            a = _norm("DATE", b["value"][:4] + a0["value"][4:], anchor=b["anchor"])
        else:
            a = _endpoint(a_txt, ctx)
    earliest, latest = a["earliest"], b["latest"]
    if earliest and latest and earliest > latest:
        return None
    if m.groupdict().get("dash") is not None:
        # a one-token range: one mention (see module doc)
        return [(m.start(), m.end(), {**a, "earliest": earliest, "latest": latest,
                                       "range_end": b["value"]})]
    a = {**a, "earliest": earliest, "latest": latest, "range_role": "start"}
    b = {**b, "earliest": earliest, "latest": latest, "range_role": "end"}
    return [(m.start("a"), m.end("a"), a), (m.start("b"), m.end("b"), b)]


def h_boundary(m, ctx):
    inner = _endpoint(m["inner"], ctx)
    if inner is None or inner["timex_type"] != "DATE":
        return None
    mod = _pos_mod(m["pos"])
    e, l = inner["earliest"], inner["latest"]
    if inner["value"]:
        e2, l2 = _narrow(inner["value"], mod, e, l)
        e, l = e2, l2
    return _one(m, {**inner, "mod": mod, "earliest": e, "latest": l})


def h_rel_early(m, ctx):
    unit = _unit(m["unit"], ctx.grammar)
    rel = (m.groupdict().get("rel") or "this").lower()  # 'year-end': this year's end
    pos = m["pos"].lower()
    mod = "START" if pos in ("earlier", "early") else "END"
    if ctx.pub is None or rel == "that":
        return _one(m, _norm("DATE", _UNDERSPEC[unit], mod, anchor="unresolved", bounds=False))
    off = {"this": 0, "last": -1, "next": 1}[rel]
    d = _shift(ctx.pub, off, unit)
    value = _granular(d, unit)
    e, l = value_bounds(value)
    if rel == "this" and pos == "earlier":
        l = ctx.pub.isoformat()
    elif rel == "this" and pos == "later":
        e = ctx.pub.isoformat()
    else:
        e, l = _narrow(value, mod, e, l)
    return _one(m, _norm("DATE", value, mod, anchor="published", earliest=e, latest=l))


_PART = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def h_rel_day(m, ctx):
    day = m["day"].lower()
    part = _PART.get((m.groupdict().get("part") or "").lower())
    if day == "tonight":
        off, part = 0, "NI"
    elif day == "overnight":
        return None
    else:
        off = {"today": 0, "yesterday": -1, "tomorrow": 1}[day]
    if ctx.pub is None:
        v = "XXXX-XX-XX" + (f"T{part}" if part else "")
        return _one(m, _norm("TIME" if part else "DATE", v, anchor="unresolved", bounds=False))
    d = ctx.pub + timedelta(days=off)
    if part:
        return _one(m, _norm("TIME", f"{d.isoformat()}T{part}", anchor="published",
                             earliest=d.isoformat(), latest=d.isoformat()))
    return _one(m, _norm("DATE", d.isoformat(), anchor="published"))


def h_part_of_day(m, ctx):
    rel = m["rel"]
    part = _PART[m["part"].lower()]
    wd = _weekday(rel, ctx.grammar)
    if ctx.pub is None:
        v = (f"XXXX-WXX-{wd}" if wd else "XXXX-XX-XX") + f"T{part}"
        return _one(m, _norm("TIME", v, _pos_mod(m.groupdict().get("pos")), anchor="unresolved", bounds=False))
    if wd:
        d = _resolve_weekday(wd, ctx)
    else:
        r = rel.lower()
        off = {"this": 0, "tomorrow": 1, "yesterday": -1, "last": -1 if part == "NI" else -1}[r]
        if r == "last" and part != "NI":
            off = -1
        d = ctx.pub + timedelta(days=off)
    return _one(m, _norm("TIME", f"{d.isoformat()}T{part}", _pos_mod(m.groupdict().get("pos")),
                         anchor="published", earliest=d.isoformat(), latest=d.isoformat()))


def h_rel_unit(m, ctx):
    g = ctx.grammar
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    rel = {"this past": "last", "this coming": "next"}.get(rel, rel)
    the = m.groupdict().get("the")
    wd = _weekday(m["unit"], g)
    if wd:
        if ctx.pub is None:
            return _one(m, _norm("DATE", f"XXXX-WXX-{wd}", anchor="unresolved", bounds=False))
        d = _resolve_weekday(wd, ctx, rel)
        return _one(m, _norm("DATE", d.isoformat(), anchor="published"))
    unit = _unit(m["unit"], g)
    if unit is None:
        return None
    if the and (rel in ("following", "previous", "same") or unit == "D"):
        sign = {"following": 1, "next": 1, "previous": -1, "past": -1, "same": 0}.get(rel)
        if sign is None:
            return None
        return _one(m, _narrative(sign, 1, unit))
    if the and rel in ("past", "previous", "next", "coming", "following"):
        # 'the past year' = the 12 months before publication: a DURATION anchored at published
        value = _duration_value(1, unit)
        if ctx.pub is None:
            return _one(m, _norm("DURATION", value, anchor="unresolved"))
        back = rel in ("past", "previous")
        other = _shift(ctx.pub, -1 if back else 1, unit)
        e, l = (other, ctx.pub) if back else (ctx.pub, other)
        return _one(m, _norm("DURATION", value, anchor="published", earliest=_iso(e), latest=_iso(l)))
    off = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "latest": -1,
           "most recent": -1, "next": 1, "coming": 1, "following": 1}[rel]
    if ctx.pub is None:
        return _one(m, _norm("DATE", _UNDERSPEC.get(unit, "XXXX"), anchor="unresolved", bounds=False))
    d = _shift(ctx.pub, off, unit)
    if d is None:
        return None
    return _one(m, _norm("DATE", _granular(d, unit), anchor="published"))


def h_ago(m, ctx):
    g = ctx.grammar
    n = _num(m["n"], g)
    unit = _unit(m["unit"], g)
    if n is None or unit is None:
        return None
    direction = re.sub(r"\s+", " ", m["dir"].lower())
    premod = _premod(m["premod"])
    if direction in ("earlier", "later") and n != "X" and unit not in ("H", "MIN", "S"):
        # 'two years later': a DATE relative to the last date in the text (see find_dates)
        return _one(m, _narrative(1 if direction == "later" else -1, n, unit, "APPROX" if premod == "APPROX" else None,
                                  needs_text=direction == "later"))
    if direction not in ("ago", "from now", "hence"):
        # 'two years before the war': the duration only ('before' is a signal)
        s, e = m.start(), m.start("unit") + len(m["unit"])
        return [(s, e, _norm("DURATION", _duration_value(n, unit), premod))]
    sign = -1 if direction == "ago" else 1
    if n == "X":
        return _one(m, _norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor="published" if ctx.pub else "unresolved",
                             earliest=None if sign < 0 or not ctx.pub else ctx.pub.isoformat(),
                             latest=_iso(ctx.pub) if sign < 0 else None, bounds=False))
    mod = "APPROX" if premod == "APPROX" else None
    if ctx.pub is None:
        return _one(m, _norm("DATE", _UNDERSPEC.get(unit, "XXXX-XX-XX"), mod, anchor="unresolved", bounds=False))
    d = _shift(ctx.pub, sign * n, unit)
    if d is None:
        return None
    if unit in ("H", "MIN", "S"):
        return None  # 'three hours ago' needs the time of publication, which we do not have
    return _one(m, _norm("DATE", _granular(d, unit), mod, anchor="published"))


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
            return _one(m, _norm("DATE", ref, anchor="unresolved", bounds=False))
        return _one(m, _norm("DATE", ref, anchor="published", earliest=None if back else ctx.pub.isoformat(),
                             latest=ctx.pub.isoformat() if back else None, bounds=False))
    value = _duration_value(n, unit)
    if rel in ("first", "final") or ctx.pub is None or n == "X":
        anchor = "absolute" if rel in ("first", "final") else ("published" if ctx.pub else "unresolved")
        e = l = None
        if anchor == "published":
            e, l = (None, ctx.pub.isoformat()) if back else (ctx.pub.isoformat(), None)
        return _one(m, _norm("DURATION", value, anchor=anchor, earliest=e, latest=l))
    other = _shift(ctx.pub, -n if back else n, unit)
    e, l = (other, ctx.pub) if back else (ctx.pub, other)
    return _one(m, _norm("DURATION", value, anchor="published", earliest=_iso(e), latest=_iso(l)))


def h_ref(m, ctx):
    word = re.sub(r"\s+", " ", m["word"].lower())
    value = ctx.grammar.words["ref"].get(word)
    if value is None:
        return None
    if ctx.pub is None:
        return _one(m, _norm("DATE", value, anchor="unresolved", bounds=False))
    p = ctx.pub.isoformat()
    e, l = {"PAST_REF": (None, p), "PRESENT_REF": (p, p), "FUTURE_REF": (p, None)}[value]
    return _one(m, _norm("DATE", value, anchor="published", earliest=e, latest=l, bounds=False))


def h_ref_plural(m, ctx):
    if ctx.pub is None:
        return _one(m, _norm("DATE", "PAST_REF", anchor="unresolved", bounds=False))
    return _one(m, _norm("DATE", "PAST_REF", anchor="published", latest=ctx.pub.isoformat(), bounds=False))


def h_the_unit(m, ctx):
    unit = _unit(m["unit"], ctx.grammar)
    if unit == "Q" and m["the"].lower() == "the" and ctx.pub is not None:
        d = _add_months(ctx.pub, -3)  # 'the quarter' in a report: the last completed one
        return _one(m, _norm("DATE", _granular(d, "Q"), anchor="published"))
    if m["the"].lower() == "that":
        return _one(m, _narrative(0, 0, unit))
    if unit == "D":
        return None  # 'the day' alone is too vague
    if ctx.pub is None:
        return _one(m, _norm("DATE", _UNDERSPEC[unit], anchor="unresolved", bounds=False))
    return _one(m, _norm("DATE", _granular(ctx.pub, unit), anchor="published"))


_NEXT_WORD = re.compile(r"\s+([A-Z][\w]*(?:\s+[A-Z][\w]*)?)")


def h_weekday(m, ctx):
    nxt = _NEXT_WORD.match(m.string, m.end())
    if nxt and (nxt.group(1) in ctx.grammar.words["name_follower"]
                or nxt.group(1).split()[0] in ctx.grammar.words["name_follower"]):
        return None  # 'The Sunday Times', 'Good Friday Agreement'
    wd = _weekday(m["wd"], ctx.grammar)
    mod = _pos_mod(m.groupdict().get("pos"))
    if ctx.pub is None:
        return _one(m, _norm("DATE", f"XXXX-WXX-{wd}", mod, anchor="unresolved", bounds=False))
    d = _resolve_weekday(wd, ctx).isoformat()
    return _one(m, _norm("DATE", d, mod, anchor="published", earliest=d, latest=d))


def _nth_weekday(y: int, mo: int, spec: str) -> date | None:
    wd = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}.get(spec[:2])
    if wd is None:
        return None
    if spec[2:] == "L":
        d = _last_day(y, mo)
        return d - timedelta(days=(d.isoweekday() - wd) % 7)
    d = date(y, mo, 1) + timedelta(days=(wd - date(y, mo, 1).isoweekday()) % 7)
    return d + timedelta(weeks=int(spec[2:]) - 1)


def h_holiday(m, ctx):
    spec = ctx.grammar.cased["holiday"].get(re.sub(r"\s+", " ", m["hol"]))
    if not spec:
        return None
    mo, rest = int(spec[:2]), spec[3:]
    yr = m.groupdict().get("year")
    y = int(yr) if yr else _resolve_month_year(mo, ctx)
    anchor = "absolute" if yr else "published"
    if y is None:
        v = f"XXXX-{mo:02d}-{rest}" if rest.isdigit() else f"XXXX-{mo:02d}"
        return _one(m, _norm("DATE", v, anchor="unresolved", bounds=False))
    d = _safe_date(y, mo, int(rest)) if rest.isdigit() else _nth_weekday(y, mo, rest)
    if d is None:
        return None
    return _one(m, _norm("DATE", d.isoformat(), anchor=anchor))


_PREMOD = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
           "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "more than": "MORE_THAN",
           "over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
           "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS"}


def _premod(text: str | None) -> str | None:
    if not text:
        return None
    return _PREMOD.get(re.sub(r"\s+", " ", text.lower()))


def h_duration(m, ctx):
    g = ctx.grammar
    n = _num(m["n"], g)
    unit = _unit(m["unit"], g)
    if n is None or unit is None:
        return None
    gd = m.groupdict()
    text = m.group(0).lower()
    if "and a half" in text or "½" in text:
        n = n + 0.5 if isinstance(n, (int, float)) else n
    nword = m["n"].lower()
    unit_word = m["unit"].lower()
    # 'a second time', 'a minute detail', 'one day he...': too ambiguous
    if unit in ("S", "MIN") and nword in ("a", "an", "one"):
        return None
    if unit_word in ("night", "nights") and nword in ("a", "an", "one"):
        return None
    plural = unit_word.endswith("s") or unit_word in ("centuries", "millennia")
    if isinstance(n, (int, float)) and n != 1 and nword not in ("a", "an") and not plural and "-" not in text and not gd.get("old"):
        return None  # '2 year' (not an English duration)
    if isinstance(n, (int, float)) and n == 1 and plural and nword not in ("a couple of",):
        return None
    premod = gd.get("premod")
    p = re.sub(r"\s+", " ", (premod or "").lower())
    mod = _premod(p)
    start = m.start()
    if p in ("a", "an", "the") and "-" in m.string[m.end("n"):m.start("unit")]:
        start = m.start("n")  # 'a 30-year bond' -> '30-year'
    if p in ("the", "a", "an", "another", "only", "just"):
        pass
    elif p in ("the past", "the last", "the next", "the first", "the final"):
        return None  # handled by the anchored-duration rule
    if nword in ("a", "an") and p in ("a", "an"):
        return None
    return [(start, m.end(), _norm("DURATION", _duration_value(n, unit), mod))]


def h_bare_plural(m, ctx):
    unit = _unit(m["unit"], ctx.grammar)
    return _one(m, _norm("DURATION", _duration_value("X", unit)))


def h_set(m, ctx):
    g = ctx.grammar
    gd = m.groupdict()
    if gd.get("adv"):
        return _one(m, _norm("SET", g.words["set_adverb"].get(m["adv"].lower()), bounds=False))
    unit_txt = m["unit"]
    x = "x" if gd.get("x") else None
    wd = _weekday(unit_txt, g)
    mo = _month(unit_txt, g)
    if mo:
        return _one(m, _norm("SET", f"XXXX-{mo:02d}", bounds=False))
    if wd:
        return _one(m, _norm("SET", f"XXXX-WXX-{wd}", bounds=False))
    low = unit_txt.lower()
    if low in _PART:
        return _one(m, _norm("SET", f"XXXX-XX-XXT{_PART[low]}", bounds=False))
    if low in g.words["season"]:
        return _one(m, _norm("SET", f"XXXX-{g.words['season'][low]}", bounds=False))
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
        k = {"once": 1, "twice": 2}.get(f)
        if k is None:
            mm = re.match(r"(\d+|three|four|several|many)", f)
            k = {"three": 3, "four": 4}.get(mm[1], mm[1]) if mm else None
            k = "X" if k in ("several", "many") else k
        extra["freq"] = f"{k}X"
    return _one(m, _norm("SET", _duration_value(n, unit), bounds=False, **extra), x)


_TIME_CUE = re.compile(r"\b(?:at|by|around|from|until|till|before|after|since|to)\s+$", re.I)


def h_time(m, ctx):
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
    if not ampm and not m.groupdict().get("tz") and "clock" not in m.group(0) and \
            not _TIME_CUE.search(m.string[max(0, m.start() - 10):m.start()]) and \
            not re.match(r"\s+(?:local\s+time|hours)\b", m.string[m.end():]):
        return None  # '21:14' with no cue is a score or a ratio
    t = f"T{hh:02d}:{mi:02d}"
    if ctx.pub is None:
        return _one(m, _norm("TIME", "XXXX-XX-XX" + t, anchor="unresolved", bounds=False))
    p = ctx.pub.isoformat()
    return _one(m, _norm("TIME", p + t, anchor="published", earliest=p, latest=p))


def h_time_word(m, ctx):
    t = {"midnight": "T24:00", "noon": "T12:00", "midday": "T12:00"}[m["word"].lower()]
    if ctx.pub is None:
        return _one(m, _norm("TIME", "XXXX-XX-XX" + t, anchor="unresolved", bounds=False))
    p = ctx.pub.isoformat()
    return _one(m, _norm("TIME", p + t, anchor="published", earliest=p, latest=p))


def _narrative(sign: int, n, unit: str, mod: str | None = None, needs_text: bool = False) -> dict:
    """A DATE resolved later against the last date mentioned before it (else ``published``,
    unless ``needs_text``: 'two years later' means nothing relative to the publication)."""
    norm = _norm("DATE", _UNDERSPEC.get(unit, "XXXX"), mod, anchor="unresolved", bounds=False)
    norm["_narrative"] = [sign, n, unit, needs_text]
    return norm


_UNIT_RANK = {"CE": 0, "DE": 0, "Y": 1, "Q": 2, "M": 3, "W": 4, "WE": 4, "FN": 4, "D": 5}


def _value_rank(value: str) -> int:
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return 5
    if "-W" in value:
        return 4
    if re.fullmatch(r"\d{4}-\d\d", value):
        return 3
    return 2 if "-" in value else 1


def _resolve_narrative(norm: dict, ref: date | None, from_text: bool, ref_rank: int = 5) -> dict:
    sign, n, unit, needs_text = norm["_narrative"]
    out = {k: v for k, v in norm.items() if k != "_narrative"}
    if ref is None or _UNIT_RANK.get(unit, 5) > ref_rank or (needs_text and not from_text):
        return out  # 'the next day' after 'in 2010': no day to count from
    d = _shift(ref, sign * n, unit) if n else ref
    if d is None:
        return out
    value = _granular(d, unit)
    e, l = value_bounds(value)
    out.update(value=value, earliest=e, latest=l, anchor="absolute" if from_text else "published")
    return out


_CONCRETE = re.compile(r"^\d{4}(?:-(?:\d\d|W\d\d|Q\d|H\d|SP|SU|FA|WI)(?:-\d\d)?)?$")


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
}

# handlers whose value depends on the tense of the clause (re-resolved by the component)
TENSE_SENSITIVE = {"month_day", "month", "weekday", "quarter", "half", "season", "part_of_day", "holiday"}


# ----------------------------------------------------------------------------- scanning
@dataclass(frozen=True)
class DateMatch:
    """One date expression: character offsets into the scanned text, its norm and rule id."""
    start: int
    end: int
    text: str
    norm: dict
    rule: str
    handler: str


_SIGNAL_RE = re.compile(r"\b(since|until|till|by)\s+$", re.IGNORECASE)


def _scan(text: str, ctx: Ctx, allow_range: bool = True) -> list[tuple[int, int, dict, str, str]]:
    cands = []
    for order, (rid, handler, rx) in enumerate(ctx.grammar.patterns):
        if handler == "range" and not allow_range:
            continue
        fn = HANDLERS[handler]
        for m in rx.finditer(text):
            if m.end() == m.start():
                continue
            parts = fn(m, ctx)
            if not parts:
                continue
            if len(parts) == 1:  # the extent decides conflicts
                s, e = parts[0][0], parts[0][1]
            else:  # a range: the whole expression
                s = min(m.start(), min(p[0] for p in parts))
                e = max(m.end(), max(p[1] for p in parts))
            cands.append((s, e, order, rid, handler, parts))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for s, e, order, rid, handler, parts in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.extend((ps, pe, norm, rid, handler) for ps, pe, norm in parts)
    chosen.sort(key=lambda c: (c[0], c[1]))
    return chosen


def _apply_signal(text: str, start: int, norm: dict) -> dict:
    """'since 2013' / 'until 2020' / 'by 2030': open the interval with a TimeML mod."""
    if norm["timex_type"] != "DATE" or norm.get("mod") or norm.get("range_role") or norm.get("range_end"):
        return norm
    m = _SIGNAL_RE.search(text[max(0, start - 7):start])
    if not m or (norm["value"] or "").endswith("_REF"):
        return norm
    sig = m.group(1).lower()
    if sig == "since":
        return {**norm, "mod": "ON_OR_AFTER", "latest": None}
    return {**norm, "mod": "ON_OR_BEFORE", "earliest": None}


def find_dates(text: str, published=None, tense: str | None = None, *, grammar: Grammar | None = None
               ) -> list[DateMatch]:
    """Every date expression in ``text`` (non-overlapping, sorted by offset).

    ``published`` (ISO date/datetime string, ``date`` or None) resolves relative expressions;
    ``tense`` (``"past"``, ``"future"`` or None) guides bare weekday and month names.
    """
    ctx = Ctx(grammar or load_grammar(), _published(published), tense)
    out = []
    last: date | None = None  # the last explicit date in the text: the narrative reference time
    last_rank = 5
    for s, e, norm, rid, handler in _scan(text, ctx):
        narrative = "_narrative" in norm
        if narrative:
            norm = _resolve_narrative(norm, last or ctx.pub, last is not None, last_rank if last else 5)
        norm = _apply_signal(text, s, norm)
        if not narrative and norm["timex_type"] == "DATE" and norm.get("earliest") \
                and _CONCRETE.match(norm["value"] or "") and not norm.get("range_role") and norm.get("mod") is None:
            last = date.fromisoformat(norm["earliest"])
            last_rank = _value_rank(norm["value"])
        out.append(DateMatch(s, e, text[s:e], norm, rid, handler))
    return out


_LEAD_RE = re.compile(r"^\s*(?:(in|on|at|during|since|until|till|by|for|from|through|throughout|within|of|as\s+of|after|before)\s+)?",
                      re.IGNORECASE)


def parse_date(text: str, published=None, tense: str | None = None) -> dict | None:
    """The DESIGN date norm of one expression, or None when ``text`` is not (only) a date.

    A leading preposition is allowed and dropped (``"in 2010"``); ``since``/``until``/``by`` set
    ``mod``. A range (``"between 1996 and 2008"``) returns the start endpoint's norm, whose
    ``earliest``/``latest`` hold the whole interval.
    """
    if not text or not text.strip():
        return None
    body = text.strip().rstrip(".,;:!?")
    if not body:
        return None
    lead = _LEAD_RE.match(body)
    sig = (lead.group(1) or "").lower() if lead else ""
    rest = body[lead.end():] if lead else body
    prefix = body[:lead.end()] if lead else ""
    found = find_dates(prefix + rest, published, tense)
    if not found:
        return None
    off = len(prefix)
    if sig in ("between", "from") or (found[0].norm.get("range_role") and len(found) == 2):
        if found[0].norm.get("range_role") == "start":
            return found[0].norm
    if len(found) == 1 and found[0].start == off and found[0].end == len(body):
        return found[0].norm
    return None


# ----------------------------------------------------------------------------- spaCy component
try:  # the pure functions above work without spaCy
    from spacy.language import Language
    from spacy.tokens import Doc, Span
except ImportError:  # pragma: no cover
    Language = None

if Language is not None:
    from pipeline import extensions as ext
    from pipeline.schemas import complete_norm

    _TIME_WORDS = re.compile(
        r"\b(?:year|month|week|day|night|hour|minute|decade|centur|quarter|season|summer|winter|spring|"
        r"autumn|morning|afternoon|evening|tonight|today|yesterday|tomorrow|ago|annual|daily|weekly|"
        r"monthly|weekend|fortnight|a\.m\.|p\.m\.|o'clock|christmas|easter|ramadan|new year|holiday|"
        r"january|february|march|april|may|june|july|august|september|october|november|december|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)", re.IGNORECASE)

    _FUTURE_LEMMAS = {"expect", "plan", "schedule", "set", "due", "intend", "aim", "prepare", "go",
                      "hope", "vow", "promise", "pledge", "threaten", "seek", "want"}

    def clause_tense(span: Span) -> str | None:
        """'past', 'future' or None from the verb governing ``span`` (uses the parse)."""
        tok = span.root
        for _ in range(12):
            if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
                break
            tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            return None
        kids = list(tok.children) + [tok]
        if tok.tag_ == "VB" and any(k.lower_ == "to" and k.dep_ == "aux" for k in kids) and tok.head is not tok:
            up = tok.head  # 'is expected to make landfall Saturday'
            if up.lemma_.lower() in _FUTURE_LEMMAS:
                return "future"
            tok, kids = up, list(up.children) + [up]
        lower = {k.lower_ for k in kids if k.dep_ in ("aux", "auxpass") or k is tok}
        if lower & {"will", "'ll", "shall", "wo"} or tok.tag_ == "MD" and tok.lower_ in ("will", "shall"):
            return "future"
        if any(k.tag_ in ("VBD",) for k in kids if k.dep_ in ("aux", "auxpass") or k is tok):
            return "past"
        if tok.tag_ == "VBN" and any(k.lower_ in ("has", "have", "had", "was", "were") for k in kids):
            return "past"
        return None

    def _reject_by_parse(span: Span, match: DateMatch) -> bool:
        """True when the parse shows the match is not a date."""
        if match.handler == "month" and len(span) == 1:
            tok = span[0]
            if tok.tag_ == "MD" or tok.pos_ in ("VERB", "AUX"):
                return True  # 'May' as a modal, 'March' as a verb
            nxt = span.doc[tok.i + 1] if tok.i + 1 < len(span.doc) else None
            if nxt is not None and tok.text == "May" and (nxt.tag_ in ("VB", "MD") or
                                                           (tok.dep_ in ("nsubj", "nsubjpass") and nxt.pos_ in ("VERB", "AUX"))):
                return True  # 'May would decide', 'May say': a name or a modal
        if (match.rule == "year-bare" or match.norm.get("range_role")) and len(span) == 1 \
                and span.text.isdigit():
            tok = span[0]
            head = tok.head
            if tok.dep_ == "nummod" and head.tag_ in ("NNS", "NNPS") and not _TIME_WORDS.search(head.text):
                return True  # '2000 soldiers', 'from 1500 to 2000 soldiers'
        return False

    def _aligned(doc: Doc, start: int, end: int) -> Span | None:
        """The token span of a match; contracted only when what falls off holds no letter or digit."""
        span = doc.char_span(start, end)
        if span is not None:
            return span
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or len(span) == 0:
            return None
        lost = doc.text[start:span.start_char] + doc.text[span.end_char:end]
        return None if any(c.isalnum() for c in lost) else span

    class DatesComponent:
        """Find, normalize and attach date mentions (see the module docstring)."""

        def __init__(self, nlp: Language, name: str = "claims_dates", keep_ner: bool = True):
            self.name = name
            self.keep_ner = keep_ner
            self.grammar = load_grammar()

        def __call__(self, doc: Doc) -> Doc:
            published = doc._.published
            doc.spans[ext.GROUP_DATES] = []
            has_dep = doc.has_annotation("DEP")
            parsed = has_dep or doc.has_annotation("TAG")
            spans: list[Span] = []
            rejected: list[Span] = []
            matches = find_dates(doc.text, published, grammar=self.grammar)
            aligned = [_aligned(doc, m.start, m.end) for m in matches]
            bad = {i for i, (m, s) in enumerate(zip(matches, aligned)) if s is None or (parsed and _reject_by_parse(s, m))}
            for i, m in enumerate(matches):  # a range stands or falls with both endpoints
                if m.norm.get("range_role") == "start" and i + 1 < len(matches) and (i in bad or i + 1 in bad):
                    bad |= {i, i + 1}
            for i, (match, span) in enumerate(zip(matches, aligned)):
                if span is None:
                    continue
                norm = match.norm
                if i in bad:
                    rejected.append(span)
                    continue
                if parsed:
                    if match.handler in TENSE_SENSITIVE and has_dep:
                        tense = clause_tense(span)
                        if tense:
                            again = [f for f in find_dates(doc.text[span.start_char:span.end_char],
                                                           published, tense, grammar=self.grammar)
                                     if f.start == 0 and f.end == len(span.text)]
                            if again:
                                norm = _apply_signal(doc.text, span.start_char, again[0].norm)
                created = ext.add_mention(doc, ext.GROUP_DATES, span.start_char, span.end_char, "date",
                                          complete_norm("date", norm), f"rule:{match.rule}")
                if created is not None:
                    spans.append(created)
            if self.keep_ner:
                self._add_ner(doc, spans + rejected, published)
            return doc

        def _add_ner(self, doc: Doc, spans: list[Span], published) -> None:
            spans = list(spans)
            for ent in doc.ents:
                if ent.label_ not in ("DATE", "TIME"):
                    continue
                if any(ent.start_char < s.end_char and s.start_char < ent.end_char for s in spans):
                    continue
                norm = parse_date(ent.text, published)
                if norm is None:
                    if not _TIME_WORDS.search(ent.text) or re.search(r"(?<!\d)\d{1,4}(?:st|nd|rd|th)\s+largest", ent.text):
                        continue  # 'S-300', 'the 19th', '3-2': not a date
                    norm = {"timex_type": "TIME" if ent.label_ == "TIME" else "DATE", "value": None,
                            "mod": None, "earliest": None, "latest": None, "anchor": None}
                span = ext.add_mention(doc, ext.GROUP_DATES, ent.start_char, ent.end_char, "date",
                                       complete_norm("date", norm), "ner")
                if span is not None:
                    spans.append(span)

    @Language.factory("claims_dates", default_config={"keep_ner": True})
    def make_dates(nlp: Language, name: str, keep_ner: bool) -> DatesComponent:
        return DatesComponent(nlp, name, keep_ner)
