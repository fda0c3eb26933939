"""Who said what about whom: the speaker → target actor network of a run.

``network(run_dir, fmt, out, **filters)`` writes, for the claims matching the review filters:

- ``graphml`` / ``gexf``: a directed graph (networkx; opens in Gephi, Cytoscape, igraph) with one
  node per actor (``label``, ``actor_type``, ``country``, ``resolved`` = has an actor id,
  ``claims_as_speaker``, ``claims_as_target``) and one edge per speaker–target pair with
  ``claims``, ``support``, ``oppose``, ``neutral`` (how many of the speaker's claims about the
  target take each stance), ``first_published``/``last_published`` (publication dates of those
  claims), ``claim_ids`` (space-separated, the first ``max_ids`` by date) and ``claim_ids_total``;
- ``csv``: the statements, one row per (speaker, target, claim) with its stance and date, in the
  shape discourse network analysis tools import (DNA, ``discourse network`` R/Python packages):
  ``date, speaker, speaker_name, target, target_name, stance, agreement, claim_id, doc_id, text,
  url`` — ``agreement`` is 1 for support, 0 for oppose, empty for neutral.

Speakers are the claim's speaker and its co-speakers (``speaker.also``); targets are the claim's
other actors (:func:`pipeline.components.stance.target_actors`). A target gets the claim's stance
when it is one of ``stance_targets``, else ``neutral``. Actors are keyed by ``actor_id``, else
by their lowercased text (``resolved`` false). Everything runs in DuckDB over the claims index,
so memory stays flat on any run; only the aggregated edges are held by networkx.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, TextIO

import networkx as nx
import pandas as pd

from pipeline.errors import ClaimsError
from pipeline.io import AtomicWriter, write_atomic
from pipeline.query import RunIndex, open_run
from pipeline.stages.review import filter_sql, to_csv

FORMATS = ("graphml", "gexf", "csv")
MAX_IDS = 500
AGREEMENT = {"support": 1, "oppose": 0}
STATEMENT_COLUMNS = ["date", "speaker", "speaker_name", "target", "target_name", "stance", "agreement",
                     "claim_id", "doc_id", "text", "url"]


@dataclass
class NetworkResult:
    fmt: str
    out: Path | TextIO
    nodes: int = 0
    edges: int = 0
    statements: int = 0


def _key(a: str) -> str:
    return f"coalesce({a}.actor_id, lower(trim({a}.text)))"


# one row per (speaker, target, claim): the statements, in the run's order. Pairs are made
# distinct within each claim (distinct speakers x distinct targets), so nothing is grouped or
# sorted across the run: the query streams.
_KEYED = "lambda a: struct_pack(k := {key}, resolved := a.actor_id IS NOT NULL)".replace("{key}", _key("a"))
_STATEMENTS = f"""
WITH F AS (SELECT * FROM ix WHERE {{where}}),
H AS (  -- a claim with no speaker: the clause subject holding a stance, toward the stance targets only
  SELECT *, list_filter(actors, lambda a: list_contains(stance_holders, a.mention_id)) AS holders FROM F
  WHERE speaker IS NOT NULL OR (len(stance_holders) > 0 AND stance IN ('support', 'oppose'))),
S AS (
  SELECT claim_id, doc_id, text, url, published, stance, row, stance_targets,
         CASE WHEN speaker IS NULL THEN list_filter(actors, lambda a: list_contains(stance_targets, a.mention_id))
              ELSE actors END AS actors,
         CASE WHEN speaker IS NULL THEN holders ELSE list_concat([speaker], co_speakers) END AS speakers,
         list_transform(CASE WHEN speaker IS NULL THEN holders ELSE list_concat([speaker], co_speakers,
                        list_filter(actors, lambda a: a.role = 'speaker')) END, lambda a: {_key('a')}) AS skeys
  FROM H),
K AS (
  SELECT claim_id, doc_id, text, url, published, stance, row,
         list_distinct(list_transform(speakers, {_KEYED})) AS sk,
         list_distinct(list_transform(list_filter(actors, lambda a: a.role <> 'speaker'
                                                  AND NOT list_contains(skeys, {_key('a')})), {_KEYED})) AS tk,
         CASE WHEN stance IN ('support', 'oppose') THEN list_transform(
              list_filter(actors, lambda a: list_contains(stance_targets, a.mention_id)), lambda a: {_key('a')})
              ELSE [] END AS stance_keys
  FROM S),
P1 AS (SELECT *, unnest(sk) AS s FROM K WHERE len(tk) > 0),
P AS (SELECT *, unnest(tk) AS t FROM P1)
SELECT s.k AS speaker, t.k AS target, claim_id,
       CASE WHEN list_contains(stance_keys, t.k) THEN stance ELSE 'neutral' END AS stance,
       published AS date, doc_id, text, url, row, s.resolved AS s_resolved, t.resolved AS t_resolved
FROM P WHERE s.k <> t.k
"""

_NAMES = f"""
WITH F AS (SELECT * FROM ix WHERE {{where}})
SELECT key, name, type, country, n FROM (
  SELECT {_key('a')} AS key, coalesce(a.name, a.text) AS name, a.type AS type, a.country AS country, count(*) AS n
  FROM (SELECT unnest(list_concat(actors, co_speakers, CASE WHEN speaker IS NULL THEN [] ELSE [speaker] END)) AS a
        FROM F)
  GROUP BY ALL)
ORDER BY key, n DESC, name
"""


def statements_sql(where: str) -> str:
    return _STATEMENTS.replace("{where}", where)


def actor_names(ix: RunIndex, where: str) -> dict[str, dict]:
    """``key -> {"label", "actor_type", "country"}``, the most frequent name of each actor."""
    out: dict[str, dict] = {}
    for key, name, typ, country, _n in ix.con.execute(_NAMES.replace("{where}", where)).fetchall():
        if key is not None and key not in out:
            out[key] = {"label": name or key, "actor_type": typ, "country": country}
    return out


def edges_frame(ix: RunIndex, where: str, max_ids: int = MAX_IDS) -> pd.DataFrame:
    """One row per speaker–target pair, counts by stance, first/last date, claim ids."""
    sql = f"""WITH ST AS ({statements_sql(where)})
      SELECT speaker, target, count(*) AS claims,
             count(*) FILTER (WHERE stance = 'support') AS support,
             count(*) FILTER (WHERE stance = 'oppose') AS oppose,
             count(*) FILTER (WHERE stance = 'neutral') AS neutral,
             min(date) AS first_published, max(date) AS last_published,
             array_to_string(arg_min(claim_id, struct_pack(d := coalesce(date, '9999'), r := row), {max(int(max_ids), 1)}), ' ') AS claim_ids,
             bool_or(s_resolved) AS s_resolved, bool_or(t_resolved) AS t_resolved
      FROM ST GROUP BY speaker, target ORDER BY speaker, target"""
    return ix.con.execute(sql).df()


def build_graph(edges: pd.DataFrame, names: dict[str, dict]) -> nx.DiGraph:
    """The directed multi-attribute graph (only scalar attributes: GraphML and GEXF need them)."""
    graph = nx.DiGraph()
    as_speaker = edges.groupby("speaker")["claims"].sum().to_dict() if len(edges) else {}
    as_target = edges.groupby("target")["claims"].sum().to_dict() if len(edges) else {}
    resolved = {}
    for row in edges.itertuples(index=False):
        resolved[row.speaker] = bool(row.s_resolved)
        resolved[row.target] = bool(row.t_resolved)
    for key in sorted(resolved):
        meta = names.get(key, {})
        attrs = {"label": meta.get("label") or key, "actor_type": meta.get("actor_type") or "",
                 "country": meta.get("country") or "", "resolved": resolved[key],
                 "claims_as_speaker": int(as_speaker.get(key, 0)), "claims_as_target": int(as_target.get(key, 0))}
        graph.add_node(key, **attrs)
    for row in edges.itertuples(index=False):
        total = int(row.claims)
        graph.add_edge(row.speaker, row.target, weight=total, claims=total, support=int(row.support),
                       oppose=int(row.oppose), neutral=int(row.neutral),
                       first_published=row.first_published or "", last_published=row.last_published or "",
                       claim_ids=row.claim_ids or "", claim_ids_total=total)
    return graph


def _gexf_text(graph: nx.DiGraph, stamp: str) -> str:
    text = "\n".join(nx.generate_gexf(graph, prettyprint=True)) + "\n"
    # networkx stamps today's date; a run's network must be byte-identical, so use the data's date
    return re.sub(r'lastmodifieddate="[^"]*"', f'lastmodifieddate="{stamp}"', text, count=1)


def _graphml_text(graph: nx.DiGraph) -> str:
    return "\n".join(nx.generate_graphml(graph, prettyprint=True)) + "\n"


def _statement_chunks(ix: RunIndex, where: str, write: Callable[[str], Any]) -> int:
    names = {k: v["label"] for k, v in actor_names(ix, where).items()}
    cur = ix.con.execute(f"SELECT date, speaker, target, stance, claim_id, doc_id, text, url FROM ({statements_sql(where)})")
    n = 0
    while True:
        rows = cur.fetchmany(20000)
        df = pd.DataFrame(rows, columns=["date", "speaker", "target", "stance", "claim_id", "doc_id", "text", "url"])
        df["speaker_name"] = [names.get(k, k) for k in df["speaker"]]
        df["target_name"] = [names.get(k, k) for k in df["target"]]
        df["agreement"] = pd.array([AGREEMENT.get(x) for x in df["stance"]], dtype="Int64")
        chunk = to_csv(df[STATEMENT_COLUMNS])
        write(chunk if n == 0 else chunk.split("\n", 1)[1])
        n += len(df)
        if not rows:
            return n


def _write_statements(ix: RunIndex, where: str, out: Path | TextIO) -> int:
    if not isinstance(out, Path):
        return _statement_chunks(ix, where, out.write)
    with AtomicWriter(out) as writer:
        return _statement_chunks(ix, where, writer.fh.write)


def _write_text(out: Path | TextIO, text: str) -> None:
    if isinstance(out, Path):
        write_atomic(out, text)
    else:
        out.write(text)


def network(run_dir: str | Path, fmt: str, out: str | Path | TextIO, *, max_ids: int = MAX_IDS,
            **filters) -> NetworkResult:
    """Write the speaker → target network (``graphml``/``gexf``) or the statements (``csv``) to
    the file ``out``, or to an open text stream (the CLI's stdout for ``--out -``)."""
    if fmt not in FORMATS:
        raise ClaimsError(f"unknown network format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if max_ids < 0:
        raise ClaimsError("--max-ids must be >= 0")
    where = filter_sql(**filters)
    out = Path(out) if isinstance(out, (str, Path)) else out
    result = NetworkResult(fmt, out)
    with open_run(run_dir) as ix:
        if fmt == "csv":
            result.statements = _write_statements(ix, where, out)
            return result
        edges = edges_frame(ix, where, max_ids)
        graph = build_graph(edges, actor_names(ix, where))
    result.nodes, result.edges = graph.number_of_nodes(), graph.number_of_edges()
    result.statements = int(edges["claims"].sum()) if len(edges) else 0
    if fmt == "graphml":
        _write_text(out, _graphml_text(graph))
    else:
        stamp = max((d for d in edges["last_published"] if isinstance(d, str)), default="1970-01-01")
        _write_text(out, _gexf_text(graph, stamp))
    return result


__all__ = ["network", "NetworkResult", "build_graph", "edges_frame", "statements_sql", "FORMATS"]
