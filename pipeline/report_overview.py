"""What the report shows about a whole selection of claims, whatever its size: the actors (said
by, said about, stance given and received, per month), the who-said-about-whom edges and the
claims per publication day by stance.

Two ways to the same :class:`Overview`: :func:`overview_from_claims` walks claim records (small
runs, notebooks, tests) and :func:`overview_from_index` asks DuckDB over the claims index (any
size; only aggregates come back). Both key actors as the network does: ``actor_id``, else the
lowercased text; a target is one of the claim's other actors
(:func:`pipeline.components.stance.target_actors`), with the claim's stance when it is one of its
``stance_targets``, else neutral. A claim with no speaker whose clause subject holds a stance
(``stance_holders``) counts that subject as its speaker and its stance targets as the targets
(:func:`pipeline.components.stance.statement_parties`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from pipeline.api import iso_day
from pipeline.components.stance import actor_key, statement_parties

STANCE_ORDER = ("support", "oppose", "neutral")


@dataclass
class ActorStat:
    key: str
    label: str
    actor_type: str = ""
    said_by: int = 0       # claims with this actor as speaker
    said_about: int = 0    # claims with this actor as a target
    given: Counter = field(default_factory=Counter)     # stance -> statements made about others
    received: Counter = field(default_factory=Counter)  # stance -> statements others made about it
    months: Counter = field(default_factory=Counter)    # (month, "by"|"about") -> claims


@dataclass
class Edge:
    speaker: str
    target: str
    counts: Counter  # stance -> statements

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def dominant(self) -> str:
        return max(STANCE_ORDER, key=lambda s: (self.counts.get(s, 0), -STANCE_ORDER.index(s)))


@dataclass
class Overview:
    total_claims: int
    actors: dict[str, ActorStat]              # the top actors, most claims first
    edges: list[Edge]                         # between top actors
    published: dict[str, Counter]             # day -> stance ("none" = no stance) -> claims
    counterparts: dict[tuple[str, str], Counter] = field(default_factory=dict)  # (key, "given"|"received") -> other key -> statements


def _statements(claim: dict) -> list[tuple[str, str, str, dict, dict]]:
    """(speaker key, target key, stance, speaker mention, target mention), one per pair (the
    speaker is the clause subject holding the stance in a claim with no speaker)."""
    speakers, targets = statement_parties(claim)
    stance_ids = set(claim.get("stance_targets") or []) if claim.get("stance") in ("support", "oppose") else set()
    stance_keys = {actor_key(a) for a in claim.get("actors") or [] if a.get("mention_id") in stance_ids}
    out, seen = [], set()
    for s in speakers:
        for t in targets:
            pair = (actor_key(s), actor_key(t))
            if pair[0] != pair[1] and pair not in seen:
                seen.add(pair)
                out.append((*pair, claim["stance"] if pair[1] in stance_keys else "neutral", s, t))
    return out


def claim_involvement(claim: dict) -> dict[tuple[str, str], dict]:
    """``{(actor key, "by" | "about"): mention}``: who a claim is said by (its speaker, or its
    stance holder; co-speakers are not counted) and whom it is about. The overview's counts and
    the actor pages' lists both come from here."""
    speakers, targets = statement_parties(claim)
    involved = [(speakers[0], "by")] if speakers else []
    involved += [(t, "about") for t in targets]
    return {(actor_key(m), how): m for m, how in involved}


def overview_from_claims(claims: list[dict], published: dict[str, str | None], top: int = 30) -> Overview:
    """The overview of ``claims``; ``published`` maps doc_id to its publication date."""
    stats: dict[str, ActorStat] = {}
    labels: dict[str, Counter] = defaultdict(Counter)
    edges: dict[tuple[str, str], Counter] = defaultdict(Counter)
    days: dict[str, Counter] = defaultdict(Counter)
    for c in claims:
        day = iso_day(published.get(c.get("doc_id")))
        month = day[:7] if day else "undated"
        if day:
            days[day][c.get("stance") or "none"] += 1
        for (key, how), m in claim_involvement(c).items():
            st = stats.setdefault(key, ActorStat(key, key))
            labels[key][(m.get("norm") or {}).get("name") or m.get("text") or key] += 1
            st.actor_type = st.actor_type or (m.get("norm") or {}).get("type") or ""
            if how == "by":
                st.said_by += 1
            else:
                st.said_about += 1
            st.months[(month, how)] += 1
        for s, t, stance, _sm, _tm in _statements(c):
            edges[(s, t)][stance] += 1
    for key, st in stats.items():
        st.label = sorted(labels[key].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return _finish(len(claims), stats, edges, days, top)


def _finish(total: int, stats: dict[str, ActorStat], edges: dict[tuple[str, str], Counter],
            days: dict[str, Counter], top: int) -> Overview:
    for (s, t), counts in edges.items():
        if s in stats:
            stats[s].given.update(counts)
        if t in stats:
            stats[t].received.update(counts)
    ranked = sorted(stats.values(), key=lambda a: (-(a.said_by + a.said_about), a.key))[:top]
    chosen = {a.key: a for a in ranked}
    counterparts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    kept = []
    for (s, t), counts in sorted(edges.items()):
        if s in chosen and t in chosen:
            kept.append(Edge(s, t, Counter(counts)))
        if s in chosen:
            counterparts[(s, "given")][t] += sum(counts.values())
        if t in chosen:
            counterparts[(t, "received")][s] += sum(counts.values())
    return Overview(total, chosen, kept, dict(sorted(days.items())), dict(counterparts))


# ------------------------------------------------------------------ the same from DuckDB
def overview_from_index(ix, where: str, top: int = 30) -> Overview:
    """:func:`overview_from_claims` computed by DuckDB over the claims index."""
    from pipeline.stages.network import statements_sql

    involved = f"""
      WITH F AS (SELECT * FROM ix WHERE {where}),
      I AS (SELECT DISTINCT claim_id, coalesce(left(published, 7), 'undated') AS month, how, k, label, type
            FROM ({involvement_rows()}))"""
    counts = f"""{involved} SELECT k, how, month, count(*) AS n, max(type) AS type
        FROM (SELECT DISTINCT claim_id, month, how, k, type FROM I) GROUP BY k, how, month"""
    names = f"{involved} SELECT k, label, count(*) AS n FROM I WHERE label IS NOT NULL GROUP BY k, label"
    labels: dict[str, tuple] = {}
    for k, label, n in ix.con.execute(names).fetchall():
        labels[k] = min(labels.get(k, (0, label)), (-n, label))
    stats: dict[str, ActorStat] = {}
    for k, how, month, n, typ in ix.con.execute(counts).fetchall():
        st = stats.setdefault(k, ActorStat(k, labels.get(k, (0, k))[1], typ or ""))
        st.actor_type = st.actor_type or typ or ""
        if how == "by":
            st.said_by += n
        else:
            st.said_about += n
        st.months[(month, how)] += n
    edges: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for s, t, stance, n in ix.con.execute(
            f"SELECT speaker, target, stance, count(*) FROM ({statements_sql(where)}) GROUP BY ALL").fetchall():
        edges[(s, t)][stance] += n
    days: dict[str, Counter] = defaultdict(Counter)
    for day, stance, n in ix.con.execute(f"SELECT published, coalesce(stance, 'none'), count(*) FROM ix "
                                         f"WHERE {where} AND published IS NOT NULL GROUP BY ALL").fetchall():
        days[day][stance] += n
    total = ix.count(where)
    return _finish(total, stats, edges, days, top)


ACTOR_KEY = "coalesce({a}.actor_id, lower(trim({a}.text)))"  # actor_key() in SQL


def involvement_rows() -> str:
    """SQL rows (row, claim_id, published, how, k, label, type) of who each claim of ``F`` is said
    by and about: :func:`claim_involvement` in DuckDB (the overview's counts and the big report's
    actor pages both read it)."""
    key = ACTOR_KEY
    return f"""SELECT row, claim_id, published, 'by' AS how, {key.format(a='speaker')} AS k,
                 coalesce(speaker.name, speaker.text) AS label, speaker.type AS type FROM F WHERE speaker IS NOT NULL
          UNION ALL
          SELECT row, claim_id, published, 'about' AS how, k, label, type FROM ({_targets_sql(key)})
          UNION ALL
          SELECT row, claim_id, published, how, {key.format(a='h')} AS k, coalesce(h.name, h.text) AS label, h.type AS type
          FROM ({_holder_sql()})"""


def _holder_sql() -> str:
    """Rows (row, claim_id, published, how, h) of the claims with no speaker whose clause subject holds
    a stance: the first holder ``by``, each stance target ``about`` (as :func:`statement_parties`)."""
    return """SELECT row, claim_id, published, 'by' AS how, list_filter(actors, lambda a: list_contains(stance_holders,
                  a.mention_id))[1] AS h FROM F WHERE speaker IS NULL AND len(stance_holders) > 0
                  AND stance IN ('support', 'oppose')
              UNION ALL
              SELECT row, claim_id, published, 'about' AS how, unnest(list_filter(actors, lambda a: list_contains(
                  stance_targets, a.mention_id))) AS h FROM F WHERE speaker IS NULL AND len(stance_holders) > 0
                  AND stance IN ('support', 'oppose')"""


def _targets_sql(key: str) -> str:
    """Rows (row, claim_id, published, k, label, type) of each claim's target actors."""
    return f"""SELECT row, claim_id, published, {key.format(a='t')} AS k, coalesce(t.name, t.text) AS label, t.type AS type
        FROM (SELECT row, claim_id, published, unnest(list_filter(actors, lambda a: a.role <> 'speaker'
                  AND NOT list_contains(skeys, {key.format(a='a')}))) AS t
              FROM (SELECT *, list_transform(list_concat([speaker], co_speakers,
                        list_filter(actors, lambda a: a.role = 'speaker')), lambda a: {key.format(a='a')}) AS skeys
                    FROM F WHERE speaker IS NOT NULL))"""


__all__ = ["Overview", "ActorStat", "Edge", "overview_from_claims", "overview_from_index"]
