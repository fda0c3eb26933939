"""A Python API for notebooks: a run folder as pandas DataFrames.

>>> from pipeline.api import load_run
>>> run = load_run("outputs/")
>>> run.claims[run.claims["speaker_id"] == "kremlin"][["text", "money_amounts", "doc_id"]]

Every frame is flat (``pandas.json_normalize``): nested fields become dotted columns
(``norm.currency``, ``modality.hedged``, ``predicate.lemma``), so a person filters on plain
columns instead of strings of JSON. The claims frame adds list columns summarizing the nested
mentions (``actor_ids``, ``money_amounts``, ``date_values``, …) and the ``claim_mentions`` frame
has one row per (claim, nested mention) for joins and group-bys.
JSONL files are read line by line (split at ``\n`` only, so U+2028 or U+0085 inside a text stay
there), never as one string. ``load_run`` refuses a folder whose files do not belong together
(see ``pipeline.io.open_run``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import pandas as pd

from pipeline import io
from pipeline.errors import ClaimsError
from pipeline.io import read_jsonl

DOCUMENTS = "documents.jsonl"
MENTIONS = "mentions.jsonl"
CLAIMS = "claims.jsonl"
MANIFEST = "manifest.json"

# Nested mention lists of a claim record, and the kinds they hold.
CLAIM_MENTION_LISTS = ("actors", "money", "dates", "quantities")

DOCUMENT_COLUMNS = ["doc_id", "title", "published", "url", "source", "path", "sha256", "text", "schema"]
MENTION_COLUMNS = ["mention_id", "doc_id", "kind", "text", "start", "end", "label", "origin", "schema"]
CLAIM_MENTION_COLUMNS = ["claim_id", "doc_id", "list", "role", "mention_id", "kind", "text", "start", "end",
                         "amount", "currency", "actor_id", "actor_name", "earliest", "latest", "value"]


@dataclass
class RunFrames:
    """The records of one run folder as DataFrames (plus the manifest as a dict)."""

    documents: pd.DataFrame
    mentions: pd.DataFrame
    claims: pd.DataFrame
    claim_mentions: pd.DataFrame
    manifest: dict = field(default_factory=dict)
    path: Path | None = None

    def __repr__(self) -> str:  # short, notebook friendly
        return (f"RunFrames({str(self.path)!r}: {len(self.documents)} documents, "
                f"{len(self.mentions)} mentions, {len(self.claims)} claims)")


def iter_jsonl(path: str | Path) -> Iterator[dict]:
    """Stream the records of a JSONL file (a missing file yields nothing); lines end at ``\n`` only.

    A bad line raises ``ValueError`` naming the file and line (the reader of :mod:`pipeline.io`)."""
    path = Path(path)
    if not path.is_file():
        return
    try:
        yield from read_jsonl(path)
    except ClaimsError as exc:
        raise ValueError(str(exc)) from None


def mention_amount(norm: dict | None) -> float | None:
    """One number for a money/quantity norm: ``value``, else the middle of ``min``..``max``,
    else whichever bound is set (``more than $5m`` → 5e6; ``$1-3bn`` → 2e9)."""
    if not norm:
        return None
    value, lo, hi = norm.get("value"), norm.get("min"), norm.get("max")
    if value is not None:
        return float(value)
    if lo is not None and hi is not None:
        return (float(lo) + float(hi)) / 2
    if lo is not None:
        return float(lo)
    if hi is not None:
        return float(hi)
    return None


def iso_day(value: Any) -> str | None:
    """The ``YYYY-MM-DD`` part of an ISO date/datetime string (None for anything else)."""
    if not isinstance(value, str) or len(value) < 4:
        return None
    return value[:10]


def claim_summary(claim: dict) -> dict:
    """Flat per-claim columns a person filters on, derived from the nested mentions."""
    actors = claim.get("actors") or []
    speaker = claim.get("speaker") or None
    money = claim.get("money") or []
    dates = claim.get("dates") or []
    quantities = claim.get("quantities") or []
    actor_ids = []
    for a in ([speaker] if speaker else []) + actors:
        aid = ((a.get("norm") or {}).get("actor_id")) or None
        if aid and aid not in actor_ids:
            actor_ids.append(aid)
    amounts = [mention_amount(m.get("norm")) for m in money]
    currencies = [(m.get("norm") or {}).get("currency") for m in money]
    earliest = [iso_day((d.get("norm") or {}).get("earliest")) for d in dates]
    latest = [iso_day((d.get("norm") or {}).get("latest")) for d in dates]
    kinds = sorted({m.get("kind") for m in actors + money + dates + quantities if m.get("kind")}
                   | ({"actor"} if speaker else set()))
    return {
        "speaker_id": ((speaker or {}).get("norm") or {}).get("actor_id") if speaker else None,
        "speaker_text": speaker.get("text") if speaker else None,
        "actor_ids": actor_ids,
        "actor_texts": [a.get("text") for a in actors],
        "actor_roles": [f"{(a.get('norm') or {}).get('actor_id') or a.get('text')}:{a.get('role')}" for a in actors],
        "money_texts": [m.get("text") for m in money],
        "money_amounts": amounts,
        "money_currencies": currencies,
        "max_amount": max((a for a in amounts if a is not None), default=None),
        "date_texts": [d.get("text") for d in dates],
        "date_values": [(d.get("norm") or {}).get("value") for d in dates],
        "date_earliest": min((e for e in earliest if e), default=None),
        "date_latest": max((x for x in latest if x), default=None),
        "quantity_texts": [q.get("text") for q in quantities],
        "quantity_values": [mention_amount(q.get("norm")) for q in quantities],
        "kinds": kinds,
        "n_mentions": len(actors) + len(money) + len(dates) + len(quantities),
    }


def _flat(records: list[dict], drop: Iterable[str] = (), order: list[str] | None = None) -> pd.DataFrame:
    drop = set(drop)
    slim = [{k: v for k, v in r.items() if k not in drop} for r in records]
    df = pd.json_normalize(slim, sep=".") if slim else pd.DataFrame(columns=order or [])
    # json_normalize leaves a column of NaN for a key that is null in some records and an object
    # in others (``speaker``, ``cue``); the dotted columns hold its fields, so drop the stub.
    for col in list(df.columns):
        if any(c.startswith(col + ".") for c in df.columns) and df[col].isna().all():
            df = df.drop(columns=col)
    if order:
        first = [c for c in order if c in df.columns]
        df = df[first + [c for c in df.columns if c not in first]]
    return _nullable(df)


def _nullable(df: pd.DataFrame) -> pd.DataFrame:
    """Integer-valued float columns (offsets that went float because of nulls) back to Int64."""
    for col in df.columns:
        s = df[col]
        if pd.api.types.is_float_dtype(s) and (col.endswith(("start", "end")) or col.endswith("_count")):
            if s.dropna().apply(float.is_integer).all():
                df[col] = s.astype("Int64")
    return df


def claims_frame(claims: list[dict]) -> pd.DataFrame:
    """The flat claims table: dotted columns plus :func:`claim_summary` list columns."""
    if not claims:
        return pd.DataFrame(columns=["claim_id", "doc_id", "text", "start", "end"])
    base = _flat(claims, drop=CLAIM_MENTION_LISTS + ("speaker",),
                 order=["claim_id", "doc_id", "start", "end", "text"])
    # speaker: keep only its useful flat fields (the full record is in claim_mentions)
    extra = pd.DataFrame([claim_summary(c) for c in claims], index=base.index)
    return pd.concat([base, extra], axis=1)


def claim_mentions_frame(claims: list[dict]) -> pd.DataFrame:
    """One row per nested mention of each claim (speaker included, as list ``speaker``)."""
    rows = []
    for c in claims:
        nested = [("speaker", c["speaker"])] if c.get("speaker") else []
        for lst in CLAIM_MENTION_LISTS:
            nested.extend((lst, m) for m in c.get(lst) or [])
        for lst, m in nested:
            norm = m.get("norm") or {}
            rows.append({
                "claim_id": c["claim_id"], "doc_id": c["doc_id"], "list": lst,
                "role": "speaker" if lst == "speaker" else m.get("role"),
                "mention_id": m.get("mention_id"), "kind": m.get("kind"), "text": m.get("text"),
                "start": m.get("start"), "end": m.get("end"),
                "amount": mention_amount(norm) if m.get("kind") in ("money", "quantity", "percent") else None,
                "currency": norm.get("currency"), "actor_id": norm.get("actor_id"),
                "actor_name": norm.get("name"), "earliest": iso_day(norm.get("earliest")),
                "latest": iso_day(norm.get("latest")),
                "value": None if norm.get("value") is None else str(norm.get("value")),
            })
    return pd.DataFrame(rows, columns=CLAIM_MENTION_COLUMNS)


def read_records(run_dir: str | Path, check: bool = True) -> tuple[list[dict], list[dict], list[dict], dict]:
    """The raw records of a run folder: documents, mentions, claims, manifest.

    With ``check`` (the default), a folder whose files do not belong together (a file changed
    after the run, or mentions made from other documents) raises ``ClaimsError``."""
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        raise FileNotFoundError(f"{run_dir}: not a run folder")
    folder = io.open_run(run_dir, check=check)  # one generation, its files checked against each other
    if not any(folder.path(n).is_file() for n in (DOCUMENTS, MENTIONS, CLAIMS)):
        raise FileNotFoundError(f"{run_dir}: no {DOCUMENTS}, {MENTIONS} or {CLAIMS} in it")
    documents = list(iter_jsonl(folder.path(DOCUMENTS)))
    mentions = list(iter_jsonl(folder.path(MENTIONS)))
    claims = list(iter_jsonl(folder.path(CLAIMS)))
    return documents, mentions, claims, folder.manifest


def load_run(run_dir: str | Path, lazy: bool = False, check: bool = True):
    """Load a run folder (``documents.jsonl``, ``mentions.jsonl``, ``claims.jsonl``,
    ``manifest.json``; any may be missing) into flat DataFrames. ``check=False`` loads a folder
    whose files disagree anyway (at your own risk).

    ``lazy=True`` is for runs too big for memory: it returns a :class:`pipeline.query.RunIndex`
    whose ``claims`` is a lazy DuckDB relation over the claims index (flat columns, one row per
    claim; ``run.claims.filter("speaker_id = 'RUSGOV'").df()``); nothing is loaded until queried.
    """
    if lazy:
        from pipeline.query import open_run

        return open_run(run_dir)
    documents, mentions, claims, manifest = read_records(run_dir, check)
    return frames_from_records(documents, mentions, claims, manifest, Path(run_dir))


def frames_from_records(documents: list[dict], mentions: list[dict], claims: list[dict],
                        manifest: dict | None = None, path: Path | None = None) -> RunFrames:
    docs = _flat(documents, order=DOCUMENT_COLUMNS) if documents else pd.DataFrame(columns=DOCUMENT_COLUMNS)
    ments = _flat(mentions, order=MENTION_COLUMNS) if mentions else pd.DataFrame(columns=MENTION_COLUMNS)
    if len(ments):
        ments["amount"] = [mention_amount(m.get("norm")) if m.get("kind") in ("money", "quantity", "percent")
                           else None for m in mentions]
    return RunFrames(documents=docs, mentions=ments, claims=claims_frame(claims),
                     claim_mentions=claim_mentions_frame(claims), manifest=manifest or {}, path=path)


__all__ = ["RunFrames", "load_run", "read_records", "frames_from_records", "iter_jsonl",
           "mention_amount", "claim_summary", "claims_frame", "claim_mentions_frame"]
