"""Review a run: filter, sort and summarize claims; print or save them; write the HTML report.

``review(run_dir, actor="RUSGOV", min_amount=1e9)`` returns the rendered table (or writes the
file given as ``out`` and returns a one-line message). Filters combine with AND:

- ``actor``: an actor id or CAMEO code (``RUSGOV``, case-insensitive; ``USAGOV`` also finds
  ``us-state-department``, whose ``norm.role`` it is) or a name / surface text
  (``Kremlin``, whole words, case-insensitive) among the claim's actors and speaker;
  ``role`` restricts it to one role (``speaker`` also matches the claim's ``speaker``).
- ``target``: the same matching, among the actors the claim's stance is toward
  (``stance_targets``): "who attacked Clinton" is ``stance="oppose", target="Clinton"``, whatever
  Clinton's grammatical role ("accused Clinton of lying" makes Clinton the subject of "lying").
- ``kind``: the claim holds a mention of that kind (actor, money, date, quantity, percent).
- ``currency`` / ``min_amount``: one money mention of the claim has that currency and an amount of
  at least ``min_amount`` (amount = ``value``, else the middle of ``min``..``max``, else the bound).
- ``since`` / ``until`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``): one date mention of the claim
  overlaps the interval (its ``earliest``..``latest``; an open end counts as open).
- ``doc`` (exact doc_id), ``hedged`` / ``negated`` (True/False), ``text`` (substring of the claim).

Summaries (``by``): ``actor``, ``doc``, ``month``, ``currency`` — claim counts, sums of amounts per
currency (each money mention counted once per group), earliest and latest dates. ``month`` groups
by each date mention of a claim (see :func:`date_bucket`: a date known only to the year, like
``2016``, gets the row ``2016``, not a January); claims without dates go to ``undated``.
"""

from __future__ import annotations

import datetime as dt
import io as io_module
import json
import math
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, TextIO

import pandas as pd

from pipeline.api import claims_frame, iso_day, iter_jsonl, mention_amount
from pipeline.components.stance import stance_target_actors
from pipeline.errors import ClaimsError
from pipeline import io
from pipeline.io import AtomicWriter, make_temp, write_atomic
from pipeline.query import ACTOR_PAIRS, RunIndex, claims_where, open_run

FORMATS = ("table", "csv", "jsonl", "parquet")
SUMMARIES = ("actor", "doc", "month", "currency")
ROLES = ("subject", "object", "speaker", "other")
KINDS = ("actor", "money", "date", "quantity", "percent")
STANCES = ("support", "oppose", "neutral")
UNDATED = "undated"

# --sort aliases for the claims table (anything else must be a column name)
SORT_ALIASES = {
    "doc": ["doc_id", "start"], "offset": ["doc_id", "start"], "amount": ["max_amount"],
    "date": ["date_earliest"], "speaker": ["speaker_id"], "confidence": ["confidence"],
    "text": ["text"], "id": ["claim_id"],
}
TEXT_WIDTH = 60


# ------------------------------------------------------------------ loading
def load_records(run_dir: str | Path) -> tuple[list[dict], list[dict], list[dict]]:
    """documents, mentions, claims of a run folder (streamed line by line)."""
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        raise ClaimsError("not a run folder", run_dir)
    folder = io.open_run(run_dir)  # one generation, whose files belong together (else ClaimsError)
    claims_path = folder.path("claims.jsonl")
    if not claims_path.is_file():
        raise ClaimsError("claims.jsonl not found (run `claims extract` first?)", run_dir)
    try:
        documents = list(iter_jsonl(folder.path("documents.jsonl")))
        mentions = list(iter_jsonl(folder.path("mentions.jsonl")))
        claims = list(iter_jsonl(claims_path))
    except ValueError as exc:  # a line that is not a JSON object
        raise ClaimsError(f"bad JSONL record: {exc}", run_dir) from None
    return documents, mentions, claims


# ------------------------------------------------------------------ filters
def parse_day(value: str | None, *, end: bool) -> str | None:
    """``2016`` → ``2016-01-01`` (or ``2016-12-31`` with ``end``); ``2016-02`` → month bounds."""
    if value is None:
        return None
    value = str(value).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value[:10])
    if not m:
        raise ClaimsError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:  # a real calendar day: 2016-13-01 or 2016-02-30 is an error, not an empty filter
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise ClaimsError(f"not a date: {value!r} (no such month or day)") from None
    if day:
        return f"{year}-{month}-{day}"
    if month:
        if not end:
            return f"{year}-{month}-01"
        last = pd.Timestamp(f"{year}-{month}-01").days_in_month
        return f"{year}-{month}-{last:02d}"
    return f"{year}-12-31" if end else f"{year}-01-01"


def _claim_actors(claim: dict) -> list[tuple[dict, str]]:
    """(actor mention, role) pairs, the speaker included with role ``speaker``."""
    pairs = [(a, a.get("role") or "other") for a in claim.get("actors") or []]
    if claim.get("speaker"):
        pairs.append((claim["speaker"], "speaker"))
    return pairs


def actor_matches(mention: dict, query: str) -> bool:
    """Id or CAMEO code match (``actor_id`` or ``norm.role``, case-insensitive: ``USAGOV`` finds
    the State Department, ``us-state-department``) or the query as whole words in the actor's
    name or text."""
    norm = mention.get("norm") or {}
    q = query.strip().lower()
    if not q:
        return False
    if (norm.get("actor_id") or "").lower() == q or (norm.get("role") or "").lower() == q:
        return True
    pattern = re.compile(r"(?<!\w)" + re.escape(q) + r"(?!\w)")
    return any(pattern.search(s.lower()) for s in (norm.get("name"), mention.get("text")) if s)


def _date_overlaps(mention: dict, since: str | None, until: str | None) -> bool:
    norm = mention.get("norm") or {}
    lo, hi = iso_day(norm.get("earliest")), iso_day(norm.get("latest"))
    if lo is None and hi is None:
        return False
    if since is not None and hi is not None and hi < since:
        return False
    if until is not None and lo is not None and lo > until:
        return False
    return True


def claim_kinds(claim: dict) -> set[str]:
    kinds = {m.get("kind") for lst in ("actors", "money", "dates", "quantities") for m in claim.get(lst) or []}
    if claim.get("speaker"):
        kinds.add("actor")
    return {k for k in kinds if k}


def _check_choices(actor, role, kind, stance) -> None:
    """Refuse filter values outside their choices (a clear error rather than an empty result)."""
    if stance is not None and stance not in STANCES:
        raise ClaimsError(f"unknown stance {stance!r}; choose one of {', '.join(STANCES)}")
    if role is not None and role not in ROLES:
        raise ClaimsError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if kind is not None and kind not in KINDS:
        raise ClaimsError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
    if role is not None and actor is None:
        raise ClaimsError("--role needs --actor")


def _money_check(currency, min_amount):
    """A predicate on a claim: one of its amounts has ``currency`` and is at least ``min_amount``."""
    cur = currency.strip().upper() if currency else None

    def money_ok(m: dict) -> bool:
        norm = m.get("norm") or {}
        if cur is not None and (norm.get("currency") or "").upper() != cur:
            return False
        if min_amount is not None:
            amount = mention_amount(norm)
            return amount is not None and amount >= float(min_amount)
        return True

    return lambda claim: any(money_ok(m) for m in claim.get("money") or [])


def _published_check(published, published_since, published_until):
    """A predicate on a claim: its document was published in the window (a document without a
    publication date is left out)."""
    since, until = parse_day(published_since, end=False), parse_day(published_until, end=True)

    def in_window(claim: dict) -> bool:
        day = iso_day(published.get(claim.get("doc_id")))
        return day is not None and (since is None or day >= since) and (until is None or day <= until)

    return in_window


def make_filter(*, actor=None, role=None, kind=None, currency=None, min_amount=None, since=None, until=None,
                doc=None, hedged=None, negated=None, text=None, stance=None, published_since=None,
                published_until=None, published=None, target=None):
    """A predicate ``claim dict -> bool`` for the given filters (None = no filter).

    ``published_since``/``published_until`` keep claims whose document was published in that
    window (``published``: doc_id -> the document's ISO publication date); a document without
    one is left out by either filter."""
    _check_choices(actor, role, kind, stance)
    since_day, until_day = parse_day(since, end=False), parse_day(until, end=True)
    needle = text.lower() if text else None

    def modality(claim: dict) -> dict:
        return claim.get("modality") or {}

    checks = [check for active, check in [
        (doc is not None, lambda c: c.get("doc_id") == doc),
        (published_since is not None or published_until is not None,
         _published_check(published or {}, published_since, published_until)),
        (hedged is not None, lambda c: bool(modality(c).get("hedged")) == hedged),
        (negated is not None, lambda c: bool(modality(c).get("negated")) == negated),
        (needle is not None, lambda c: needle in (c.get("text") or "").lower()),
        (stance is not None, lambda c: c.get("stance") == stance),
        (kind is not None, lambda c: kind in claim_kinds(c)),
        (actor is not None, lambda c: any(actor_matches(m, actor) and (role is None or r == role)
                                          for m, r in _claim_actors(c))),
        (target is not None, lambda c: any(actor_matches(m, target) for m in stance_target_actors(c))),
        (bool(currency) or min_amount is not None, _money_check(currency, min_amount)),
        (since_day is not None or until_day is not None,
         lambda c: any(_date_overlaps(d, since_day, until_day) for d in c.get("dates") or [])),
    ] if active]
    return lambda claim: all(check(claim) for check in checks)


def filter_claims(claims: Iterable[dict], **filters) -> list[dict]:
    keep = make_filter(**filters)
    return [c for c in claims if keep(c)]


# ------------------------------------------------------------------ summaries
def _date_bounds(claim: dict) -> tuple[list[str], list[str]]:
    lows, highs = [], []
    for d in claim.get("dates") or []:
        norm = d.get("norm") or {}
        lo, hi = iso_day(norm.get("earliest")), iso_day(norm.get("latest"))
        if lo:
            lows.append(lo)
        if hi:
            highs.append(hi)
    return lows, highs


def date_bucket(earliest: str | None, latest: str | None) -> str | None:
    """The ``--by month`` key of one date: ``YYYY-MM`` when it lies within one month, ``YYYY``
    when only the year is known (``2016``, ``2016-H1``), else ``YYYY..YYYY`` (or the open end)."""
    lo, hi = iso_day(earliest), iso_day(latest)
    if lo and hi:
        if lo[:7] == hi[:7]:
            return lo[:7]
        if lo[:4] == hi[:4]:
            return lo[:4]
        return f"{lo[:4]}..{hi[:4]}"
    if lo:
        return f"{lo[:7]}.."
    if hi:
        return f"..{hi[:7]}"
    return None


def _claim_months(claim: dict) -> list[str]:
    keys = set()
    for d in claim.get("dates") or []:
        norm = d.get("norm") or {}
        key = date_bucket(norm.get("earliest"), norm.get("latest"))
        if key:
            keys.add(key)
    return sorted(keys) or [UNDATED]


@dataclass
class _Grouping:
    """Claims gathered per summary key, with the actor names and speaker counts seen on the way."""

    groups: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    names: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    speaker_counts: Counter = field(default_factory=Counter)


def _group_by_actor(grouping: _Grouping, claim: dict) -> None:
    seen = set()
    for m, role in _claim_actors(claim):
        key = (m.get("norm") or {}).get("actor_id") or (m.get("text") or "?")
        grouping.names[key][(m.get("norm") or {}).get("name") or m.get("text")] += 1
        if role == "speaker" and (key, "speaker") not in seen:
            grouping.speaker_counts[key] += 1
            seen.add((key, "speaker"))
        if key not in seen:
            grouping.groups[key].append(claim)
            seen.add(key)


def _group_by_doc(grouping: _Grouping, claim: dict) -> None:
    grouping.groups[claim["doc_id"]].append(claim)


def _group_by_month(grouping: _Grouping, claim: dict) -> None:
    for month in _claim_months(claim):
        grouping.groups[month].append(claim)


def _group_by_currency(grouping: _Grouping, claim: dict) -> None:
    for cur in sorted({(m.get("norm") or {}).get("currency") or "unknown" for m in claim.get("money") or []}):
        grouping.groups[cur].append(claim)


_GROUPERS = {"actor": _group_by_actor, "doc": _group_by_doc, "month": _group_by_month,
             "currency": _group_by_currency}


def _member_money(members: list[dict]) -> dict[str, dict]:
    """The distinct money mentions of a group's claims, by mention id (or content)."""
    money: dict[str, dict] = {}
    for c in members:
        for m in c.get("money") or []:
            money.setdefault(m.get("mention_id") or json.dumps(m, sort_keys=True), m)
    return money


def _money_columns(row: dict[str, Any], members: list[dict], by: str, key: str, currencies: list[str]) -> None:
    """Sums per currency; for a currency summary, the mention count, sum, min and max instead."""
    money = _member_money(members)
    sums: dict[str, float] = defaultdict(float)
    amounts: list[float] = []
    for m in money.values():
        norm = m.get("norm") or {}
        cur = norm.get("currency") or "unknown"
        amount = mention_amount(norm)
        if amount is None or (by == "currency" and cur != key):
            continue
        sums[cur] += amount
        amounts.append(amount)
    if by == "currency":
        row["mentions"] = sum(1 for m in money.values() if ((m.get("norm") or {}).get("currency") or "unknown") == key)
        row["sum"] = sums.get(key, 0.0)
        row["min"] = min(amounts) if amounts else None
        row["max"] = max(amounts) if amounts else None
    else:
        for cur in currencies:
            row[f"sum_{cur}"] = sums.get(cur, 0.0)


def _date_columns(row: dict[str, Any], members: list[dict], by: str, key: str) -> None:
    """Earliest and latest day of the group's dates (for a month, of the dates in that bucket)."""
    if by == "month":  # the bounds of the dates in this bucket
        in_bucket = [(d.get("norm") or {}) for c in members for d in c.get("dates") or []]
        in_bucket = [n for n in in_bucket if date_bucket(n.get("earliest"), n.get("latest")) == key]
        lows = [iso_day(n.get("earliest")) for n in in_bucket if iso_day(n.get("earliest"))]
        highs = [iso_day(n.get("latest")) for n in in_bucket if iso_day(n.get("latest"))]
    else:
        lows = [lo for c in members for lo in _date_bounds(c)[0]]
        highs = [hi for c in members for hi in _date_bounds(c)[1]]
    row["earliest"] = min(lows) if lows else None
    row["latest"] = max(highs) if highs else None


def _summary_row(key: str, members: list[dict], by: str, grouping: _Grouping, currencies: list[str],
                 docs: dict[str, dict]) -> dict[str, Any]:
    """One summary row: the key, its labels and counts, then the money and date columns."""
    row: dict[str, Any] = {by if by != "doc" else "doc_id": key}
    if by == "actor":
        row["name"] = grouping.names[key].most_common(1)[0][0] if grouping.names[key] else None
    if by == "doc":
        row["title"] = (docs.get(key) or {}).get("title")
        row["published"] = iso_day((docs.get(key) or {}).get("published"))
    row["claims"] = len(members)
    if by == "actor":
        row["as_speaker"] = grouping.speaker_counts.get(key, 0)
    if by != "doc":
        row["docs"] = len({c["doc_id"] for c in members})
    _money_columns(row, members, by, key, currencies)
    _date_columns(row, members, by, key)
    return row


def summarize(claims: list[dict], by: str, documents: Iterable[dict] = ()) -> pd.DataFrame:
    """One row per actor / doc / month / currency with counts, sums per currency, date bounds."""
    if by not in SUMMARIES:
        raise ClaimsError(f"unknown summary {by!r}; choose one of {', '.join(SUMMARIES)}")
    grouping = _Grouping()
    for claim in claims:
        _GROUPERS[by](grouping, claim)
    currencies = sorted({(m.get("norm") or {}).get("currency") or "unknown"
                         for c in claims for m in c.get("money") or []})
    docs = {d["doc_id"]: d for d in documents}
    rows = [_summary_row(key, members, by, grouping, currencies, docs) for key, members in grouping.groups.items()]
    df = pd.DataFrame(rows)
    if df.empty:
        return df
    return _order_summary(df, by)


# ------------------------------------------------------------------ sorting and rendering
def sort_frame(df: pd.DataFrame, sort: str | None) -> pd.DataFrame:
    """``--sort KEY`` or ``--sort -KEY`` (descending); KEY is an alias or a column; nulls last."""
    if not sort or df.empty:
        return df
    descending = sort.startswith("-")
    key = sort.lstrip("-+")
    columns = SORT_ALIASES.get(key, [key])
    missing = [c for c in columns if c not in df.columns]
    if missing:
        choices = sorted(set(SORT_ALIASES) | set(df.columns))
        raise ClaimsError(f"cannot sort by {key!r}; choose one of {', '.join(choices)}")
    return df.sort_values(columns, ascending=not descending, kind="stable", na_position="last").reset_index(drop=True)


def compact_amount(value: Any) -> str:
    """8e9 → ``8bn``, 2.5e9 → ``2.5bn``, 8e8 → ``800m``, 71 → ``71``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    value = float(value)
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= scale:
            return f"{value / scale:.3g}{suffix}"
    return f"{value:.6g}"


def _trim(text: str, width: int = TEXT_WIDTH) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def claims_table(df: pd.DataFrame) -> pd.DataFrame:
    """The human columns of the claims frame for the terminal."""
    def amounts(row) -> str:
        return ", ".join(f"{compact_amount(a)} {c or '?'}" for a, c in zip(row["money_amounts"], row["money_currencies"]))

    def actors(row) -> str:
        return ", ".join(r for r in row["actor_roles"])

    return pd.DataFrame({
        "claim": [_trim(t) for t in df["text"]],
        "speaker": [s if isinstance(s, str) else (t if isinstance(t, str) else "")
                    for s, t in zip(df["speaker_id"], df["speaker_text"])],
        "stance": [s if isinstance(s, str) else "" for s in (df["stance"] if "stance" in df.columns else [None] * len(df))],
        "actors": [actors(r) for _, r in df.iterrows()],
        "amounts": [amounts(r) for _, r in df.iterrows()],
        "dates": [", ".join(str(v) for v in vs if v is not None) for vs in df["date_values"]],
        "doc": df["doc_id"],
        "offsets": [f"{s}-{e}" for s, e in zip(df["start"], df["end"])],
    })


def _plain(value: Any) -> Any:
    """JSON-ready python value (NaN/NA → None, numpy scalars → python)."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            return _plain(value.item())
        except (ValueError, AttributeError):
            pass
    return value


def to_jsonl(df: pd.DataFrame) -> str:
    lines = [json.dumps({c: _plain(v) for c, v in zip(df.columns, row)}, ensure_ascii=False)
             for row in df.itertuples(index=False, name=None)]
    return "\n".join(lines) + ("\n" if lines else "")


#: What makes a spreadsheet read a cell as a formula (OWASP "CSV injection"), plus the
#: full-width forms some spreadsheets also accept.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralize_cell(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading ``'`` (OWASP); numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def to_csv(df: pd.DataFrame) -> str:
    """The frame as CSV for spreadsheets: lists joined with ``; ``, formula-like text neutralized
    (JSONL and Parquet keep the exact values)."""
    flat = df.copy()
    for col in flat.columns:
        if flat[col].dtype == object and flat[col].map(lambda v: isinstance(v, (list, tuple))).any():
            flat[col] = flat[col].map(lambda v: "; ".join("" if x is None else str(x) for x in v)
                                      if isinstance(v, (list, tuple)) else v)
        if flat[col].dtype == object or pd.api.types.is_string_dtype(flat[col].dtype):
            flat[col] = flat[col].map(neutralize_cell)
    flat.columns = [neutralize_cell(str(c)) for c in flat.columns]
    # RFC 4180 line ends: a CR inside a cell then gets quoted too (with "\n" alone pandas leaves
    # it bare, and a spreadsheet starts a new row there, at text of the attacker's choosing)
    return flat.to_csv(index=False, lineterminator="\r\n")


def to_table(df: pd.DataFrame, summary: bool) -> str:
    if df.empty:
        return "no claims match\n"
    if summary:
        shown = df.copy()
        for col in shown.columns:
            if col.startswith("sum") or col in ("min", "max"):
                shown[col] = shown[col].map(compact_amount)
        shown = shown.astype(object).where(shown.notna(), "")
    else:
        shown = claims_table(df)
    return shown.to_string(index=False) + "\n"


def write_parquet(df: pd.DataFrame, path: Path) -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:  # pragma: no cover - depends on the environment
        raise ClaimsError("--format parquet needs pyarrow (pip install 'claims-pipeline[parquet]')") from None
    buffer = io_module.BytesIO()
    df.to_parquet(buffer, index=False)
    write_atomic(path, buffer.getvalue())


# ------------------------------------------------------------------ summaries in SQL (any run size)
_BUCKET = """CASE WHEN d.lo IS NOT NULL AND d.hi IS NOT NULL THEN
    CASE WHEN left(d.lo, 7) = left(d.hi, 7) THEN left(d.lo, 7) WHEN left(d.lo, 4) = left(d.hi, 4) THEN left(d.lo, 4)
         ELSE left(d.lo, 4) || '..' || left(d.hi, 4) END
  WHEN d.lo IS NOT NULL THEN left(d.lo, 7) || '..' WHEN d.hi IS NOT NULL THEN '..' || left(d.hi, 7) END"""

# membership of each claim in the groups of a summary: (key, claim_id, doc_id, money, dates[, role, name])
_DOC = "coalesce(doc_rank, hash(doc_id)) AS doc"  # an integer per document: small hash tables
_ACTOR_KEY = "coalesce(a.actor_id, nullif(a.text, ''), '?')"
# membership of each claim in the groups of a summary, one row per (group, claim) by construction
# (keys made distinct within each claim), so no DISTINCT over claim ids is needed
_MEMBERS = {
    "doc": f"SELECT doc_id AS key, {_DOC}, money, dates FROM F",
    "actor": f"""SELECT unnest(list_distinct(list_transform({ACTOR_PAIRS}, lambda a: {_ACTOR_KEY}))) AS key, {_DOC},
                        money, dates FROM F""",
    "month": f"""SELECT unnest(CASE WHEN len(b) = 0 THEN ['{UNDATED}'] ELSE b END) AS key, {_DOC}, money, dates
                 FROM (SELECT *, list_distinct(list_filter(list_transform(dates, lambda d: {_BUCKET}),
                                                           lambda x: x IS NOT NULL)) AS b FROM F)""",
    "currency": f"""SELECT unnest(list_distinct(list_transform(money, lambda m: coalesce(m.currency, 'unknown')))) AS key,
                           {_DOC}, money, dates FROM F""",
}
# (key, role, name) of every actor occurrence, for --by actor names and speaker counts
_PAIRS = f"""SELECT {_ACTOR_KEY} AS key, a.role AS role, coalesce(a.name, a.text) AS name, claim_id
             FROM (SELECT claim_id, unnest({ACTOR_PAIRS}) AS a FROM F)"""


def _query(ix: RunIndex, where: str, by: str, select: str) -> pd.DataFrame:
    sql = f"WITH F AS (SELECT * FROM ix WHERE {where}), M AS ({_MEMBERS[by]}) {select}"
    return ix.con.execute(sql).df()


def summarize_index(ix: RunIndex, by: str, where: str) -> pd.DataFrame:
    """:func:`summarize` computed by DuckDB over the claims index (same rows and columns).
    One aggregate per query (lower peak memory); the frame is assembled column-wise."""
    if by not in SUMMARIES:
        raise ClaimsError(f"unknown summary {by!r}; choose one of {', '.join(SUMMARIES)}")
    df = _query(ix, where, by, "SELECT key, count(*) AS claims FROM M GROUP BY key")
    if df.empty:
        return pd.DataFrame()
    df = df.merge(_summary_extras(ix, where, by), on="key", how="left") if by in ("doc", "actor") else df
    if by != "doc":  # DISTINCT in a subquery, not count(DISTINCT): that aggregate spills to disk
        df = df.merge(_query(ix, where, by, "SELECT key, count(*) AS docs FROM (SELECT DISTINCT key, doc FROM M) "
                                            "GROUP BY key"), on="key", how="left")
    money = _query(ix, where, by, """SELECT key, currency, sum(amount) AS total, count(*) AS n, min(amount) AS lo,
        max(amount) AS hi FROM (SELECT DISTINCT key, hash(m.mkey) AS mkey, coalesce(m.currency, 'unknown') AS currency,
        m.amount FROM (SELECT key, unnest(money) AS m FROM M)) GROUP BY key, currency""")
    if by == "currency":
        own = money[money["key"] == money["currency"]].rename(columns={"n": "mentions", "total": "sum", "lo": "min",
                                                                         "hi": "max"})
        df = df.merge(own[["key", "mentions", "sum", "min", "max"]], on="key", how="left")
        df["mentions"] = df["mentions"].fillna(0).astype(int)
        df["sum"] = df["sum"].fillna(0.0)
    elif len(money):
        sums = money.pivot_table(index="key", columns="currency", values="total", aggfunc="sum")
        sums.columns = [f"sum_{c}" for c in sums.columns]
        df = df.merge(sums.reset_index(), on="key", how="left")
        df[list(sums.columns)] = df[list(sums.columns)].fillna(0.0)
    date_filter = f"WHERE ({_BUCKET}) = key" if by == "month" else ""
    df = df.merge(_query(ix, where, by, f"""SELECT key, min(d.lo) AS earliest, max(d.hi) AS latest
        FROM (SELECT key, unnest(dates) AS d FROM M) {date_filter} GROUP BY key"""), on="key", how="left")
    return _order_summary(df.rename(columns={"key": by if by != "doc" else "doc_id"}), by)[_summary_columns(df, by)]


def _summary_columns(df: pd.DataFrame, by: str) -> list[str]:
    first = {"doc": ["doc_id", "title", "published", "claims"], "actor": ["actor", "name", "claims", "as_speaker", "docs"],
             "month": ["month", "claims", "docs"], "currency": ["currency", "claims", "docs", "mentions", "sum", "min", "max"]}
    sums = sorted(c for c in df.columns if c.startswith("sum_"))
    return first[by] + sums + ["earliest", "latest"]


def _summary_extras(ix: RunIndex, where: str, by: str) -> pd.DataFrame:
    """Per-group columns besides counts: title/published (doc), name/as_speaker (actor)."""
    if by == "doc":
        return ix.con.execute(f"SELECT doc_id AS key, any_value(title) AS title, any_value(published) AS published "
                              f"FROM ix WHERE {where} GROUP BY doc_id").df()
    names = _query(ix, where, by, f"SELECT key, name, count(*) AS n FROM ({_PAIRS}) WHERE name IS NOT NULL GROUP BY key, name")
    names = names.sort_values(["key", "n", "name"], ascending=[True, False, True], kind="stable")
    names = names.drop_duplicates("key")[["key", "name"]]
    speakers = _query(ix, where, by, f"""SELECT key, count(*) AS as_speaker FROM (
        SELECT unnest(list_distinct(list_transform(list_filter({ACTOR_PAIRS}, lambda a: a.role = 'speaker'),
                                                   lambda a: {_ACTOR_KEY}))) AS key FROM F) GROUP BY key""")
    out = names.merge(speakers, on="key", how="outer")
    out["as_speaker"] = out["as_speaker"].fillna(0).astype(int)
    return out


def _order_summary(df: pd.DataFrame, by: str) -> pd.DataFrame:
    keycol = by if by != "doc" else "doc_id"
    if by == "actor":
        df = df.sort_values(["claims", keycol], ascending=[False, True], kind="stable")
    elif by == "month":
        df = df.assign(_undated=df[keycol] == UNDATED).sort_values(["_undated", keycol], kind="stable")
        df = df.drop(columns="_undated")
    else:
        df = df.sort_values(keycol, kind="stable")
    return df.reset_index(drop=True)


# ------------------------------------------------------------------ the stage
# --sort keys for the claims listing in SQL (aliases, then plain index columns); ties keep run order
SQL_SORT = {"doc": ["doc_id", "start"], "offset": ["doc_id", "start"], "amount": ["max_amount"],
            "date": ["date_earliest"], "speaker": ["speaker_id"], "confidence": ["confidence"], "text": ["text"],
            "id": ["claim_id"], "published": ["published"], "stance": ["stance"], "source": ["source"]}
SQL_COLUMNS = {"claim_id", "doc_id", "start", "end", "text", "confidence", "stance", "published", "speaker_id",
               "speaker_text", "max_amount", "date_earliest", "date_latest", "source", "negated", "hedged",
               "predicate_lemma", "cue_lemma", "title"}
RUN_ORDER = "row"  # the order of claims.jsonl
TABLE_LIMIT = 50   # rows the terminal table shows without --limit (a note tells how many more there are)


def order_sql(sort: str | None) -> str:
    """``ORDER BY`` for ``--sort KEY`` / ``-KEY`` (nulls last), ties in the run's order; empty
    without a key (the index is read in the run's order, streamed, no sort)."""
    if not sort:
        return ""
    descending = sort.startswith("-")
    key = sort.lstrip("-+")
    column = key.replace("modality.", "").replace(".", "_")
    columns = SQL_SORT.get(key) or ([column] if column in SQL_COLUMNS else None)
    if not columns:
        raise ClaimsError(f"cannot sort by {key!r}; choose one of {', '.join(sorted(set(SQL_SORT) | SQL_COLUMNS))}")
    direction = "DESC" if descending else "ASC"
    return ", ".join(f'"{c}" {direction} NULLS LAST' for c in columns) + ", " + RUN_ORDER


def filter_sql(*, actor=None, role=None, kind=None, currency=None, min_amount=None, since=None, until=None,
               doc=None, hedged=None, negated=None, text=None, stance=None, published_since=None,
               published_until=None, target=None) -> str:
    """The SQL condition of the review filters (validated as :func:`make_filter` does)."""
    make_filter(actor=actor, role=role, kind=kind, currency=currency, min_amount=min_amount, since=since,
                until=until, doc=doc, hedged=hedged, negated=negated, text=text, stance=stance,
                published_since=published_since, published_until=published_until, target=target)
    return claims_where(actor=actor, role=role, kind=kind, currency=currency, min_amount=min_amount, target=target,
                        since_day=parse_day(since, end=False), until_day=parse_day(until, end=True), doc=doc,
                        hedged=hedged, negated=negated, text=text, stance=stance,
                        published_since_day=parse_day(published_since, end=False),
                        published_until_day=parse_day(published_until, end=True))


def _check_limit(limit: int | None) -> None:
    if limit is not None and limit < 0:
        raise ClaimsError("--limit must be >= 0")


def review_frame(run_dir: str | Path, *, by: str | None = None, sort: str | None = None,
                 limit: int | None = None, **filters) -> tuple[pd.DataFrame, list[dict]]:
    """The filtered (or summarized), sorted, limited frame, plus the claim records listed (none
    for a summary). Queried with DuckDB; the frame holds what it shows (use ``limit``)."""
    _check_limit(limit)
    where = filter_sql(**filters)
    with open_run(run_dir) as ix:
        if by:
            df = sort_frame(summarize_index(ix, by, where), sort)
            return (df.head(limit).reset_index(drop=True) if limit is not None else df), []
        kept = [c for batch in ix.raw_batches(where, order_sql(sort), limit) for c in batch]
    return claims_frame(kept), kept


def _write_claim_batches(ix: RunIndex, where: str, sort: str | None, limit: int | None, fmt: str,
                         write: Callable[[str], Any]) -> int:
    """Render the listed claims as CSV or JSONL batch by batch into ``write`` (flat memory)."""
    n = 0
    columns: list[str] | None = None
    for batch in ix.raw_batches(where, order_sql(sort), limit):
        df = claims_frame(batch)
        columns = columns or list(df.columns)
        df = df.reindex(columns=columns)
        chunk = to_csv(df) if fmt == "csv" else to_jsonl(df)
        write(chunk if n == 0 or fmt != "csv" else chunk.split("\n", 1)[1])
        n += len(df)
    if n == 0 and fmt == "csv":
        write(to_csv(claims_frame([])))
    return n


def _stream_claims(ix: RunIndex, where: str, sort: str | None, limit: int | None, fmt: str, out: Path) -> int:
    """Write the listed claims to ``out`` batch by batch (flat memory); returns how many."""
    if fmt == "parquet":
        return _stream_parquet(ix, where, sort, limit, out)
    with AtomicWriter(out) as writer:
        return _write_claim_batches(ix, where, sort, limit, fmt, writer.fh.write)


def _stream_parquet(ix: RunIndex, where: str, sort: str | None, limit: int | None, out: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - depends on the environment
        raise ClaimsError("--format parquet needs pyarrow (pip install 'claims-pipeline[parquet]')") from None
    n, writer, columns = 0, None, None
    fh, tmp = make_temp(Path(out), binary=True)
    try:
        with fh:
            for batch in ix.raw_batches(where, order_sql(sort), limit):
                df = claims_frame(batch)
                columns = columns or list(df.columns)
                table = pa.Table.from_pandas(df.reindex(columns=columns), preserve_index=False)
                if writer is None:
                    writer = pq.ParquetWriter(fh, table.schema)
                writer.write_table(table.cast(writer.schema, safe=False))
                n += len(df)
            if writer is None:
                writer = pq.ParquetWriter(fh, pa.Table.from_pandas(claims_frame([])).schema)
            writer.close()
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n


def review(run_dir: str | Path, *, actor: str | None = None, role: str | None = None, kind: str | None = None,
           currency: str | None = None, min_amount: float | None = None, since: str | None = None,
           until: str | None = None, doc: str | None = None, hedged: bool | None = None,
           negated: bool | None = None, text: str | None = None, stance: str | None = None, by: str | None = None,
           sort: str | None = None, limit: int | None = None, fmt: str = "table", out: str | Path | None = None,
           html: str | Path | None = None, published_since: str | None = None,
           published_until: str | None = None, target: str | None = None, stream: TextIO | None = None) -> str:
    """Filter/summarize the claims of ``run_dir``; return the rendered output (or, with ``out``,
    write it there and return a one-line message). ``html`` also writes the HTML report.
    Claims written to ``out`` — or, as CSV/JSONL, to ``stream`` (the CLI's stdout; then "" is
    returned) — are streamed (any run size). The table shows at most ``limit`` rows, else
    :data:`TABLE_LIMIT`, with a note of how many it leaves out."""
    _check_format(fmt, out, limit)
    filters = dict(actor=actor, role=role, kind=kind, currency=currency, min_amount=min_amount, since=since,
                   until=until, doc=doc, hedged=hedged, negated=negated, text=text, stance=stance,
                   published_since=published_since, published_until=published_until, target=target)
    where = filter_sql(**filters)
    what = "rows" if by else "claims"
    with open_run(run_dir) as ix:
        messages = _html_report(ix, run_dir, html, where, sort, limit, filters)
        if not by and out is not None:
            n = _stream_claims(ix, where, sort, limit, fmt, Path(out))
            return _wrote(n, what, out, messages)
        if not by and stream is not None and fmt in ("csv", "jsonl"):
            _write_claim_batches(ix, where, sort, limit, fmt, stream.write)
            return ""
        shown = limit if limit is not None or fmt != "table" or out is not None else TABLE_LIMIT
        df, total = _shown_frame(ix, where, by, sort, shown)
        if limit is None and fmt == "table" and total > len(df):
            messages.insert(0, f"… {total - len(df):,} more {what} not shown (of {total:,}; --limit N shows more, "
                               f"--format csv or --out FILE gives them all)")
    return _render(df, what, by, fmt, out, messages)


def _check_format(fmt: str, out: str | Path | None, limit: int | None) -> None:
    """Refuse an unknown format, parquet without a file to write, and a bad limit."""
    if fmt not in FORMATS:
        raise ClaimsError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet" and out is None:
        raise ClaimsError("--format parquet needs --out FILE")
    _check_limit(limit)


def _html_report(ix: RunIndex, run_dir: str | Path, html: str | Path | None, where: str, sort: str | None,
                 limit: int | None, filters: dict) -> list[str]:
    """Write the HTML report when ``html`` is given; the messages to show (one line, or none)."""
    if html is None:
        return []
    from pipeline.report import write_run_report

    filtered = any(v is not None for v in filters.values()) or limit is not None
    info = write_run_report(ix, html, where, order_sql(sort), limit, filtered,
                            title=f"Claims review: {Path(run_dir).name or run_dir}")
    return [f"wrote HTML report ({info}) -> {html}"]


def _wrote(n: int, what: str, out: str | Path, messages: list[str]) -> str:
    """The message for ``n`` rows or claims written to ``out``, then the other messages."""
    return "\n".join([f"wrote {n} {what} -> {out}"] + messages) + "\n"


def _shown_frame(ix: RunIndex, where: str, by: str | None, sort: str | None,
                 shown: int | None) -> tuple[pd.DataFrame, int]:
    """The frame shown (the summary by ``by``, else the claims; at most ``shown`` rows) and how
    many rows there are in all."""
    if by:
        df = sort_frame(summarize_index(ix, by, where), sort)
        total = len(df)
        df = df.head(shown).reset_index(drop=True) if shown is not None else df
    else:
        df = claims_frame([c for batch in ix.raw_batches(where, order_sql(sort), shown) for c in batch])
        total = ix.count(where) if shown is not None and len(df) == shown else len(df)
    return df, total


def _render(df: pd.DataFrame, what: str, by: str | None, fmt: str, out: str | Path | None,
            messages: list[str]) -> str:
    """Write the frame to ``out`` (returns the message), or render it (a table ends with the messages;
    CSV and JSONL on stdout stay pure data)."""
    if fmt == "parquet":
        write_parquet(df, Path(out))
        return _wrote(len(df), what, out, messages)
    rendered = {"table": lambda: to_table(df, summary=by is not None), "csv": lambda: to_csv(df),
                "jsonl": lambda: to_jsonl(df)}[fmt]()
    if out is not None:
        write_atomic(Path(out), rendered)
        return _wrote(len(df), what, out, messages)
    if fmt == "table":  # csv/jsonl on stdout stay pure data
        rendered += "".join(m + "\n" for m in messages)
    return rendered


__all__ = ["review", "review_frame", "filter_claims", "make_filter", "summarize", "summarize_index", "sort_frame",
           "actor_matches", "compact_amount", "parse_day", "load_records", "filter_sql", "order_sql"]
