"""Review a run: filter, sort and summarize claims; print or save them; write the HTML report.

``review(run_dir, actor="RUSGOV", min_amount=1e9)`` returns the rendered table (or writes the
file given as ``out`` and returns a one-line message). Filters combine with AND:

- ``actor``: an actor id (``RUSGOV``, case-insensitive) or a name / surface text
  (``Kremlin``, whole words, case-insensitive) among the claim's actors and speaker;
  ``role`` restricts it to one role (``speaker`` also matches the claim's ``speaker``).
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
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from pipeline.api import claims_frame, iso_day, iter_jsonl, mention_amount
from pipeline.errors import ClaimsError
from pipeline.io import open_run, write_atomic

FORMATS = ("table", "csv", "jsonl", "parquet")
SUMMARIES = ("actor", "doc", "month", "currency")
ROLES = ("subject", "object", "speaker", "other")
KINDS = ("actor", "money", "date", "quantity", "percent")
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
    folder = open_run(run_dir)  # one generation, whose files belong together (else ClaimsError)
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
    """Id match (case-insensitive) or the query as whole words in the actor's name or text."""
    norm = mention.get("norm") or {}
    q = query.strip().lower()
    if not q:
        return False
    if (norm.get("actor_id") or "").lower() == q:
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


def make_filter(*, actor=None, role=None, kind=None, currency=None, min_amount=None, since=None, until=None,
                doc=None, hedged=None, negated=None, text=None):
    """A predicate ``claim dict -> bool`` for the given filters (None = no filter)."""
    if role is not None and role not in ROLES:
        raise ClaimsError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if kind is not None and kind not in KINDS:
        raise ClaimsError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
    if role is not None and actor is None:
        raise ClaimsError("--role needs --actor")
    since_day, until_day = parse_day(since, end=False), parse_day(until, end=True)
    cur = currency.strip().upper() if currency else None
    needle = text.lower() if text else None

    def keep(claim: dict) -> bool:
        if doc is not None and claim.get("doc_id") != doc:
            return False
        modality = claim.get("modality") or {}
        if hedged is not None and bool(modality.get("hedged")) != hedged:
            return False
        if negated is not None and bool(modality.get("negated")) != negated:
            return False
        if needle is not None and needle not in (claim.get("text") or "").lower():
            return False
        if kind is not None and kind not in claim_kinds(claim):
            return False
        if actor is not None and not any(actor_matches(m, actor) and (role is None or r == role)
                                         for m, r in _claim_actors(claim)):
            return False
        if cur is not None or min_amount is not None:
            def money_ok(m: dict) -> bool:
                norm = m.get("norm") or {}
                if cur is not None and (norm.get("currency") or "").upper() != cur:
                    return False
                if min_amount is not None:
                    amount = mention_amount(norm)
                    return amount is not None and amount >= float(min_amount)
                return True
            if not any(money_ok(m) for m in claim.get("money") or []):
                return False
        if since_day is not None or until_day is not None:
            if not any(_date_overlaps(d, since_day, until_day) for d in claim.get("dates") or []):
                return False
        return True

    return keep


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


def summarize(claims: list[dict], by: str, documents: Iterable[dict] = ()) -> pd.DataFrame:
    """One row per actor / doc / month / currency with counts, sums per currency, date bounds."""
    if by not in SUMMARIES:
        raise ClaimsError(f"unknown summary {by!r}; choose one of {', '.join(SUMMARIES)}")
    groups: dict[str, list[dict]] = defaultdict(list)
    names: dict[str, Counter] = defaultdict(Counter)
    speaker_counts: Counter = Counter()
    for claim in claims:
        if by == "actor":
            seen = set()
            for m, role in _claim_actors(claim):
                key = (m.get("norm") or {}).get("actor_id") or (m.get("text") or "?")
                names[key][(m.get("norm") or {}).get("name") or m.get("text")] += 1
                if role == "speaker" and (key, "speaker") not in seen:
                    speaker_counts[key] += 1
                    seen.add((key, "speaker"))
                if key not in seen:
                    groups[key].append(claim)
                    seen.add(key)
        elif by == "doc":
            groups[claim["doc_id"]].append(claim)
        elif by == "month":
            for month in _claim_months(claim):
                groups[month].append(claim)
        else:  # currency
            for cur in sorted({(m.get("norm") or {}).get("currency") or "unknown" for m in claim.get("money") or []}):
                groups[cur].append(claim)

    currencies = sorted({(m.get("norm") or {}).get("currency") or "unknown"
                         for c in claims for m in c.get("money") or []})
    docs = {d["doc_id"]: d for d in documents}
    rows = []
    for key, members in groups.items():
        row: dict[str, Any] = {by if by != "doc" else "doc_id": key}
        if by == "actor":
            row["name"] = names[key].most_common(1)[0][0] if names[key] else None
        if by == "doc":
            row["title"] = (docs.get(key) or {}).get("title")
            row["published"] = iso_day((docs.get(key) or {}).get("published"))
        row["claims"] = len(members)
        if by == "actor":
            row["as_speaker"] = speaker_counts.get(key, 0)
        if by != "doc":
            row["docs"] = len({c["doc_id"] for c in members})
        money: dict[str, dict] = {}
        for c in members:
            for m in c.get("money") or []:
                money.setdefault(m.get("mention_id") or json.dumps(m, sort_keys=True), m)
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
        rows.append(row)
    df = pd.DataFrame(rows)
    if df.empty:
        return df
    keycol = by if by != "doc" else "doc_id"
    if by == "actor":
        df = df.sort_values(["claims", keycol], ascending=[False, True], kind="stable")
    elif by == "month":
        df = df.assign(_undated=df[keycol] == UNDATED).sort_values(["_undated", keycol], kind="stable")
        df = df.drop(columns="_undated")
    else:
        df = df.sort_values(keycol, kind="stable")
    return df.reset_index(drop=True)


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


# ------------------------------------------------------------------ the stage
def review_frame(run_dir: str | Path, *, by: str | None = None, sort: str | None = None,
                 limit: int | None = None, **filters) -> tuple[pd.DataFrame, list[dict], list[dict], list[dict]]:
    """The filtered (or summarized), sorted, limited frame, plus the records it came from."""
    documents, mentions, claims = load_records(run_dir)
    kept = filter_claims(claims, **filters)
    df = summarize(kept, by, documents) if by else claims_frame(kept)
    df = sort_frame(df, sort)
    if limit is not None:
        if limit < 0:
            raise ClaimsError("--limit must be >= 0")
        df = df.head(limit).reset_index(drop=True)
        if not by:
            ids = set(df["claim_id"]) if len(df) else set()
            kept = [c for c in kept if c["claim_id"] in ids]
    return df, documents, mentions, kept


def review(run_dir: str | Path, *, actor: str | None = None, role: str | None = None, kind: str | None = None,
           currency: str | None = None, min_amount: float | None = None, since: str | None = None,
           until: str | None = None, doc: str | None = None, hedged: bool | None = None,
           negated: bool | None = None, text: str | None = None, by: str | None = None, sort: str | None = None,
           limit: int | None = None, fmt: str = "table", out: str | Path | None = None,
           html: str | Path | None = None) -> str:
    """Filter/summarize the claims of ``run_dir``; return the rendered output (or, with ``out``,
    write it there and return a one-line message). ``html`` also writes the HTML report."""
    if fmt not in FORMATS:
        raise ClaimsError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet" and out is None:
        raise ClaimsError("--format parquet needs --out FILE")
    filters = dict(actor=actor, role=role, kind=kind, currency=currency, min_amount=min_amount, since=since,
                   until=until, doc=doc, hedged=hedged, negated=negated, text=text)
    df, documents, mentions, kept = review_frame(run_dir, by=by, sort=sort, limit=limit, **filters)
    messages = []
    if html is not None:
        from pipeline.report import write_report

        filtered = any(v is not None for v in filters.values()) or limit is not None
        doc_ids = {c["doc_id"] for c in kept}
        docs = [d for d in documents if not filtered or d["doc_id"] in doc_ids]
        write_report(html, docs, mentions, kept, title=f"Claims review: {Path(run_dir).name or run_dir}")
        messages.append(f"wrote HTML report ({len(docs)} documents, {len(kept)} claims) -> {html}")
    what = "rows" if by else "claims"
    if fmt == "parquet":
        write_parquet(df, Path(out))
        messages.insert(0, f"wrote {len(df)} {what} -> {out}")
        return "\n".join(messages) + "\n"
    rendered = {"table": lambda: to_table(df, summary=by is not None), "csv": lambda: to_csv(df),
                "jsonl": lambda: to_jsonl(df)}[fmt]()
    if out is not None:
        write_atomic(Path(out), rendered)
        messages.insert(0, f"wrote {len(df)} {what} -> {out}")
        return "\n".join(messages) + "\n"
    if fmt == "table":  # csv/jsonl on stdout stay pure data
        rendered += "".join(m + "\n" for m in messages)
    return rendered


__all__ = ["review", "review_frame", "filter_claims", "make_filter", "summarize", "sort_frame",
           "actor_matches", "compact_amount", "parse_day", "load_records"]
