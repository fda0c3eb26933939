"""Query a run folder with DuckDB: the claims of a run of any size, with flat memory.

``open_run(run_dir)`` is the one way review, network and the report read a run. It returns a
:class:`RunIndex`: a DuckDB connection plus a Parquet copy of ``claims.jsonl`` (the *claims index*:
one row per claim with flat columns to filter, sort and group on, the document's title, date,
source and URL joined in, and the claim's JSON line as ``raw``). The index is written once beside
the run (``cache/claims-index-<key>.parquet``; the key changes when ``claims.jsonl`` or
``documents.jsonl`` change) by DuckDB streaming over the JSONL, so neither building nor querying
it ever holds the run in memory. A run folder that cannot be written gets its index in a
temporary folder instead.

``claims_where(**filters)`` turns the review filters into one SQL condition on the index; the
same filters in Python are :func:`pipeline.stages.review.make_filter` (tests check they agree).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import duckdb

from pipeline import io
from pipeline.errors import ClaimsError

INDEX_VERSION = "3"  # 2: actors carry their CAMEO code (norm.role) as ``code``; 3: stance_holders
MEMORY_LIMIT = os.environ.get("CLAIMS_DUCKDB_MEMORY", "256MB")
BUILD_MEMORY_LIMIT = os.environ.get("CLAIMS_DUCKDB_BUILD_MEMORY", "768MB")
THREADS = int(os.environ.get("CLAIMS_DUCKDB_THREADS", "2"))
BATCH = 1000  # claims parsed into Python at a time (a batch of records is ~20 KB each in memory)

_BASE = {"mention_id": "VARCHAR", "kind": "VARCHAR", "text": "VARCHAR", "start": "BIGINT", "end": "BIGINT"}
_ACTOR = {**_BASE, "role": "VARCHAR",
          "norm": {"actor_id": "VARCHAR", "name": "VARCHAR", "type": "VARCHAR", "country": "VARCHAR",
                   "role": "VARCHAR"}}
_AMOUNT = {**_BASE, "norm": {"value": "DOUBLE", "min": "DOUBLE", "max": "DOUBLE", "currency": "VARCHAR",
                             "unit": "VARCHAR"}}
_DATE = {**_BASE, "norm": {"value": "VARCHAR", "earliest": "VARCHAR", "latest": "VARCHAR"}}
CLAIM_STRUCTURE = {
    "claim_id": "VARCHAR", "doc_id": "VARCHAR", "text": "VARCHAR", "start": "BIGINT", "end": "BIGINT",
    "speaker": {**_ACTOR, "also": [_ACTOR]}, "cue": {"text": "VARCHAR", "lemma": "VARCHAR"},
    "predicate": {"text": "VARCHAR", "lemma": "VARCHAR"}, "stance": "VARCHAR", "stance_targets": ["VARCHAR"],
    "stance_holders": ["VARCHAR"],
    "actors": [_ACTOR], "money": [_AMOUNT], "dates": [_DATE], "quantities": [_AMOUNT],
    "modality": {"negated": "BOOLEAN", "hedged": "BOOLEAN", "tense": "VARCHAR"}, "confidence": "DOUBLE",
}
DOCUMENT_COLUMNS = {"doc_id": "VARCHAR", "title": "VARCHAR", "published": "VARCHAR", "url": "VARCHAR",
                    "source": "VARCHAR"}


def lit(value: Any) -> str:
    """A SQL literal for a Python string/number/bool/None (strings quoted, quotes doubled)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return repr(float(value)) if isinstance(value, float) else str(value)
    return "'" + str(value).replace("'", "''") + "'"


def _day(expr: str) -> str:
    """SQL for ``api.iso_day``: the first 10 characters of a string of at least 4."""
    return f"CASE WHEN length({expr}) >= 4 THEN left({expr}, 10) END"


def _actor_struct(m: str, role: str) -> str:
    return (f"struct_pack(mention_id := {m}.mention_id, text := {m}.text, start := {m}.start, \"end\" := {m}.\"end\", "
            f"role := {role}, actor_id := {m}.norm.actor_id, name := {m}.norm.name, type := {m}.norm.type, "
            f"country := {m}.norm.country, code := {m}.norm.role, kind := {m}.kind)")


def _amount(m: str) -> str:
    n = f"{m}.norm"
    return f"coalesce({n}.value, ({n}.min + {n}.max) / 2, {n}.min, {n}.max)"


_INDEX_SELECT = f"""
SELECT c.claim_id, c.doc_id, c.start, c."end", c.text, c.confidence, c.stance,
       coalesce(c.stance_targets, []) AS stance_targets, coalesce(c.stance_holders, []) AS stance_holders,
       coalesce(c.modality.negated, false) AS negated, coalesce(c.modality.hedged, false) AS hedged,
       c.predicate.lemma AS predicate_lemma, c.cue.lemma AS cue_lemma, c.cue.text AS cue_text,
       c.speaker.norm.actor_id AS speaker_id, c.speaker.text AS speaker_text,
       CASE WHEN c.speaker IS NULL THEN NULL ELSE {_actor_struct('c.speaker', "'speaker'")} END AS speaker,
       list_transform(coalesce(c.speaker.also, []), lambda a: {_actor_struct('a', "'speaker'")}) AS co_speakers,
       list_transform(coalesce(c.actors, []), lambda a: {_actor_struct('a', "coalesce(a.role, 'other')")}) AS actors,
       list_transform(coalesce(c.money, []), lambda m: struct_pack(
           mkey := coalesce(m.mention_id, m.text || ':' || m.start), currency := m.norm.currency,
           amount := {_amount('m')})) AS money,
       list_transform(coalesce(c.dates, []), lambda d: struct_pack(
           lo := {_day('d.norm.earliest')}, hi := {_day('d.norm.latest')}, value := d.norm.value)) AS dates,
       list_distinct(list_concat(list_transform(coalesce(c.actors, []), lambda a: a.kind),
                                 list_transform(coalesce(c.money, []), lambda a: a.kind),
                                 list_transform(coalesce(c.dates, []), lambda a: a.kind),
                                 list_transform(coalesce(c.quantities, []), lambda a: a.kind),
                                 CASE WHEN c.speaker IS NULL THEN [] ELSE ['actor'] END)) AS kinds,
       list_max(list_transform(coalesce(c.money, []), lambda m: {_amount('m')})) AS max_amount,
       list_min(list_transform(coalesce(c.dates, []), lambda d: {_day('d.norm.earliest')})) AS date_earliest,
       list_max(list_transform(coalesce(c.dates, []), lambda d: {_day('d.norm.latest')})) AS date_latest,
       docs.doc_rank, docs.title, {_day('docs.published')} AS published, docs.url, docs.source,
       raw
FROM (SELECT json AS raw, from_json(json, {lit(json.dumps(CLAIM_STRUCTURE))}) AS c
      FROM read_ndjson_objects({{claims}})) AS r
LEFT JOIN docs ON docs.doc_id = c.doc_id
"""


def connect() -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with bounded memory and threads (it spills to a temporary folder)."""
    con = duckdb.connect(config={"threads": THREADS, "memory_limit": MEMORY_LIMIT,
                                 "temp_directory": str(Path(tempfile.gettempdir()) / "claims-duckdb")})
    return con


def _file_key(path: Path) -> str:
    if not path.is_file():
        return "none"
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


@dataclass
class RunIndex:
    """A run folder opened for queries: ``con`` has the view ``ix`` (the claims index)."""

    run_dir: Path
    con: duckdb.DuckDBPyConnection
    index_path: Path
    _tmp: Any = field(default=None, repr=False)

    def sql(self, query: str) -> duckdb.DuckDBPyRelation:
        return self.con.sql(query)

    def relation(self) -> duckdb.DuckDBPyRelation:
        """The claims index as a lazy DuckDB relation (nothing is read until it is queried)."""
        return self.con.sql("SELECT * FROM ix")

    @property
    def claims(self) -> duckdb.DuckDBPyRelation:
        return self.relation()

    def count(self, where: str = "TRUE") -> int:
        return self.con.execute(f"SELECT count(*) FROM ix WHERE {where}").fetchone()[0]

    def raw_batches(self, where: str = "TRUE", order: str = "", limit: int | None = None) -> Iterator[list[dict]]:
        """The claim records (parsed JSON lines) matching ``where``, in batches, in ``order``."""
        query = f"SELECT raw FROM ix WHERE {where} {('ORDER BY ' + order) if order else ''}"  # no order: file order
        if limit is not None:
            query += f" LIMIT {int(limit)}"
        cur = self.con.execute(query)
        while True:
            rows = cur.fetchmany(BATCH)
            if not rows:
                return
            yield [json.loads(r[0]) for r in rows]

    def close(self) -> None:
        self.con.close()
        if self._tmp is not None:
            self._tmp.cleanup()

    def __enter__(self) -> "RunIndex":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _build_index(con: duckdb.DuckDBPyConnection, run_dir: Path, out: Path) -> None:
    docs_path = run_dir / io.DOCUMENTS
    if docs_path.is_file():
        con.execute(f"""CREATE OR REPLACE TEMP VIEW docs AS
            SELECT doc_id, title, published, url, source, row_number() OVER () AS doc_rank
            FROM read_json({lit(str(docs_path))}, format='newline_delimited', columns={DOCUMENT_COLUMNS!r})""")
    else:
        con.execute("CREATE OR REPLACE TEMP VIEW docs AS SELECT NULL::VARCHAR AS doc_id, NULL::VARCHAR AS title, "
                    "NULL::VARCHAR AS published, NULL::VARCHAR AS url, NULL::VARCHAR AS source, "
                    "NULL::BIGINT AS doc_rank WHERE false")
    fh, tmp = io.make_temp(out, binary=True)
    fh.close()
    # streaming JSON into Parquet in file order buffers a few row groups per thread: more room
    # than the queries need, still a fixed bound whatever the run's size
    con.execute(f"SET memory_limit = {lit(BUILD_MEMORY_LIMIT)}")
    select = _INDEX_SELECT.replace("{claims}", lit(str(run_dir / io.CLAIMS)))
    try:
        con.execute(f"COPY ({select}) TO {lit(str(tmp))} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 8192)")
        os.replace(tmp, out)
        con.execute(f"SET memory_limit = {lit(MEMORY_LIMIT)}")
    except duckdb.Error as exc:
        tmp.unlink(missing_ok=True)
        raise ClaimsError(f"cannot read the run's JSONL ({str(exc).splitlines()[0]})", run_dir / io.CLAIMS) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def index_key(run_dir: Path) -> str:
    parts = [INDEX_VERSION, *(_file_key(run_dir / name) for name in (io.CLAIMS, io.DOCUMENTS, io.MENTIONS,
                                                                      io.MANIFEST))]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def open_run(run_dir: str | Path) -> RunIndex:
    """Open a run folder for queries, building its claims index when it is missing or stale."""
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        raise ClaimsError("not a run folder", run_dir)
    if not (run_dir / io.CLAIMS).is_file():
        raise ClaimsError("claims.jsonl not found (run `claims extract` first?)", run_dir)
    con = connect()
    # one generation, resolved once: the index and every later read (documents, mentions) use
    # its folder, so a run that commits meanwhile cannot mix two generations' files
    current = io.RunFolder(run_dir)
    data_dir = current.dir
    key = index_key(data_dir)
    folder, tmp_dir = _index_folder(run_dir)
    path = folder / f"claims-index-{key}.parquet"
    if not path.is_file():
        _rebuild_index(con, current, folder, path)
    # ``row``: the claim's line in claims.jsonl (the index keeps the file's order)
    con.execute(f"CREATE OR REPLACE VIEW ix AS SELECT * EXCLUDE (file_row_number), file_row_number AS row "
                f"FROM read_parquet({lit(str(path))}, file_row_number = true)")
    return RunIndex(data_dir, con, path, tmp_dir)


def _index_folder(run_dir: Path) -> tuple[Path, tempfile.TemporaryDirectory | None]:
    """The folder for the claims index: the run's cache folder, or a temporary folder (returned
    too, to be cleaned up) when the run folder is read-only."""
    folder = run_dir / io.CACHE
    try:
        folder.mkdir(exist_ok=True)
        probe = tempfile.NamedTemporaryFile(dir=folder, prefix=".probe.", suffix=".tmp")
        probe.close()
    except OSError:  # a read-only run folder: keep the index for this process only
        tmp_dir = tempfile.TemporaryDirectory(prefix="claims-index-")
        return Path(tmp_dir.name), tmp_dir
    return folder, None


def _rebuild_index(con, current: io.RunFolder, folder: Path, path: Path) -> None:
    """Build the claims index at ``path`` after checking the run's files, removing the stale
    indexes and the leftovers of killed builds."""
    # the files of one generation must agree (a ClaimsError names the stage to redo); checked when
    # the index is built: its key follows every run file, so a changed file builds it again
    current.check()
    for old in folder.glob("claims-index-*.parquet"):
        old.unlink(missing_ok=True)
    for tmp in folder.glob(".claims-index-*.tmp"):  # left by a killed build (not one running now)
        if time.time() - tmp.stat().st_mtime > 3600:
            tmp.unlink(missing_ok=True)
    _build_index(con, current.dir, path)


# ------------------------------------------------------------------ filters as SQL
def _word_regex(query: str) -> str:
    """RE2 pattern: ``query`` (lowercased) as whole words, like ``(?<!\\w)q(?!\\w)`` in Python."""
    body = "".join(ch if ch.isalnum() or ch == " " else f"\\x{{{ord(ch):x}}}" for ch in query)
    return r"(^|[^\pL\pN_])" + body + r"([^\pL\pN_]|$)"


def actor_condition(actor: str, role: str | None = None, column: str = "a") -> str:
    """The actor filter on one actor struct: its ``actor_id`` or its CAMEO code (``norm.role``:
    ``USAGOV`` finds ``us-state-department``) equals the query, or the query is whole words
    of its name or text; ``role`` (subject, object, ...) narrows it."""
    q = actor.strip().lower()
    if not q:
        return "FALSE"
    pat = lit(_word_regex(q))
    match = (f"(lower({column}.actor_id) = {lit(q)} OR lower(coalesce({column}.code, '')) = {lit(q)} "
             f"OR regexp_matches(lower(coalesce({column}.name, '')), {pat}) "
             f"OR regexp_matches(lower(coalesce({column}.text, '')), {pat}))")
    return match if role is None else f"({match} AND {column}.role = {lit(role)})"


ACTOR_PAIRS = "list_concat(actors, CASE WHEN speaker IS NULL THEN [] ELSE [speaker] END)"


def claims_where(*, actor=None, role=None, kind=None, currency=None, min_amount=None, since_day=None,
                 until_day=None, doc=None, hedged=None, negated=None, text=None, stance=None,
                 published_since_day=None, published_until_day=None, target=None) -> str:
    """One SQL condition on the index for the (already validated) review filters."""
    simple = [  # (filter value, its condition); the publication day leaves undated documents out
        (published_since_day, lambda v: f"published IS NOT NULL AND published >= {lit(v)}"),
        (published_until_day, lambda v: f"published IS NOT NULL AND published <= {lit(v)}"),
        (doc, lambda v: f"doc_id = {lit(v)}"),
        (hedged, lambda v: f"hedged = {lit(bool(v))}"),
        (negated, lambda v: f"negated = {lit(bool(v))}"),
        (text, lambda v: f"contains(lower(text), {lit(v.lower())})"),
        (kind, lambda v: f"list_contains(kinds, {lit(v)})"),
        (stance, lambda v: f"stance = {lit(v)}"),
    ]
    conds = ["TRUE"] + [condition(value) for value, condition in simple if value is not None]
    if actor is not None:
        conds.append(f"len(list_filter({ACTOR_PAIRS}, lambda a: {actor_condition(actor, role)})) > 0")
    if target is not None:  # among the actors the stance is toward
        conds.append(f"len(list_filter(actors, lambda a: list_contains(stance_targets, a.mention_id) "
                     f"AND {actor_condition(target)})) > 0")
    if currency is not None or min_amount is not None:
        parts = []
        if currency is not None:
            parts.append(f"upper(coalesce(m.currency, '')) = {lit(currency.strip().upper())}")
        if min_amount is not None:
            parts.append(f"m.amount IS NOT NULL AND m.amount >= {lit(float(min_amount))}")
        conds.append(f"len(list_filter(money, lambda m: {' AND '.join(parts)})) > 0")
    if since_day is not None or until_day is not None:
        parts = ["NOT (d.lo IS NULL AND d.hi IS NULL)"]
        if since_day is not None:
            parts.append(f"(d.hi IS NULL OR d.hi >= {lit(since_day)})")
        if until_day is not None:
            parts.append(f"(d.lo IS NULL OR d.lo <= {lit(until_day)})")
        conds.append(f"len(list_filter(dates, lambda d: {' AND '.join(parts)})) > 0")
    return " AND ".join(conds)




# ------------------------------------------------------------------ documents and mentions of a few docs
def in_list(values: list[str]) -> str:
    return "[" + ", ".join(lit(v) for v in values) + "]"


def read_doc_ids(run_dir: Path, con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every doc_id of the run, in its order (texts are not read)."""
    path = Path(run_dir) / io.DOCUMENTS
    if not path.is_file():
        return []
    return [r[0] for r in con.execute(f"SELECT doc_id FROM read_json({lit(str(path))}, format='newline_delimited', "
                                      f"columns={{'doc_id': 'VARCHAR'}})").fetchall()]


def _records_of(path: Path, con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> list[dict]:
    """The records of ``doc_ids`` in the JSONL file ``path``, in file order; none if it is absent."""
    if not doc_ids or not path.is_file():
        return []
    rows = con.execute(f"""SELECT json FROM read_ndjson_objects({lit(str(path))})
        WHERE list_contains({in_list(sorted(set(doc_ids)))}, json_extract_string(json, '$.doc_id'))""").fetchall()
    return [json.loads(r[0]) for r in rows]


def read_documents(run_dir: Path, con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> list[dict]:
    """The document records (text included) of ``doc_ids``, in the run's order."""
    return _records_of(Path(run_dir) / io.DOCUMENTS, con, doc_ids)


def read_mentions(run_dir: Path, con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> list[dict]:
    """The mention records of ``doc_ids`` (streamed by DuckDB; only these are parsed)."""
    return _records_of(Path(run_dir) / io.MENTIONS, con, doc_ids)

__all__ = ["RunIndex", "open_run", "read_doc_ids", "read_documents", "read_mentions", "claims_where", "actor_condition", "connect", "lit", "ACTOR_PAIRS"]
