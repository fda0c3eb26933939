"""Claim evaluation: detection P/R/F1 and attribute accuracy over matched claims.

Gold claims are claim/1 records holding only what a person annotates: ``doc_id``, the claim
span, ``predicate`` ``{start, end}`` (``text`` optional), ``speaker`` (null, or ``{text, start,
end, actor_id}`` with ``actor_id`` null for a non-actor phrase such as "the reports"),
``actors`` ``[{actor_id, role}]``, ``money`` / ``dates`` as mention-like dicts whose ``norm``
holds the value, and ``modality`` ``{negated, hedged}``. Wherever gold gives an id or a value,
it may give a *list* of acceptable alternatives (``"actor_id": ["mahmoud-ahmadinejad",
"IRNGOV"]``, a date ``"value": ["2016-H1", "P6M"]``).

Matching: a predicted claim matches a gold claim of the same ``doc_id`` when their predicate
spans overlap (falling back to the claim spans when a predicate is missing); pairs are chosen
one-to-one, largest predicate overlap first. Detection: precision = matched / predicted,
recall = matched / gold. Over matched pairs:

- ``speaker``: both null; or gold actor id equals the predicted speaker's actor id; or, for a
  gold non-actor phrase, a predicted speaker whose span overlaps it.
- ``actors`` (exact): the sets of ``(actor_id, role)`` are equal; ``actor_pairs`` gives
  micro precision/recall/F1 over those pairs; ``actor_ids``: the sets of ids (roles ignored).
- ``money``: equal sets of values (``value``, else ``(min, max)``), compared with 0.5% tolerance.
- ``dates``: equal sets of TIMEX ``value`` strings.
- ``negated``, ``hedged``: equal booleans.

``calibration``: every scored predicted claim is "correct" when it matches a gold claim and its
speaker is right (see :mod:`pipeline.evaluation.calibration`).
"""

from __future__ import annotations

from typing import Any, Iterable

from pipeline.evaluation.calibration import calibration, format_calibration
from pipeline.evaluation.scoring import one_to_one, per_doc_lines, prf

FIELDS = ("speaker", "actors", "actor_ids", "money", "dates", "negated", "hedged")


def _alts(value: Any) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _span(rec: dict | None) -> tuple[int, int] | None:
    if not rec or rec.get("start") is None or rec.get("end") is None:
        return None
    return int(rec["start"]), int(rec["end"])


def _pred_span(claim: dict) -> tuple[int, int] | None:
    return _span(claim.get("predicate")) or _span(claim)


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0])) or (1 if a[0] == b[0] and a[1] == b[1] else 0)


def _actor_id(rec: dict | None):
    if rec is None:
        return None
    if "actor_id" in rec and rec["actor_id"] is not None:
        return rec["actor_id"]
    return (rec.get("norm") or {}).get("actor_id")


def match(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs (gold, pred) with overlapping predicates in the same document."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.get("doc_id") != p.get("doc_id"):
                continue
            ov = _overlap(_pred_span(g), _pred_span(p))
            if ov > 0:
                gs, ps = _pred_span(g), _pred_span(p)
                candidates.append((-ov, abs(gs[0] - ps[0]), gi, pi))
    return [(gold[gi], pred[pi]) for gi, pi in one_to_one(candidates)]


def _speaker_ok(g: dict, p: dict) -> bool:
    gs, ps = g.get("speaker"), p.get("speaker")
    if gs is None or ps is None:
        return gs is None and ps is None
    gid = _actor_id(gs) if not isinstance(gs.get("actor_id"), list) else gs["actor_id"]
    if gid is None:
        return _overlap(_span(gs), _span(ps)) > 0
    return _actor_id(ps) in _alts(gid)


def _assign(gold_items: list[list], pred_items: list) -> int:
    """How many gold items (each a list of acceptable keys) find a distinct predicted key."""
    remaining = list(pred_items)
    hits = 0
    for alts in sorted(gold_items, key=len):
        for key in alts:
            if key in remaining:
                remaining.remove(key)
                hits += 1
                break
    return hits


def _set_equal(gold_items: list[list], pred_items: list) -> bool:
    gold_n = len({tuple(a) for a in gold_items})
    pred_n = len(set(pred_items))
    return gold_n == pred_n and _assign(_unique(gold_items), sorted(set(pred_items), key=repr)) == gold_n


def _unique(items: list[list]) -> list[list]:
    seen, out = set(), []
    for alts in items:
        key = tuple(alts)
        if key not in seen:
            seen.add(key)
            out.append(alts)
    return out


def _actor_keys(claim: dict, with_role: bool, gold: bool) -> list:
    out = []
    for a in claim.get("actors") or []:
        ids = _alts(a.get("actor_id") if "actor_id" in a else (a.get("norm") or {}).get("actor_id"))
        if gold:
            out.append([(i, a.get("role")) if with_role else i for i in ids])
        else:
            out.append((ids[0], a.get("role")) if with_role else ids[0])
    return out


def _money_key(m: dict):
    norm = m.get("norm") or {}
    if norm.get("value") is not None:
        return [_round(v) for v in _alts(norm["value"])]
    return [(_round(norm.get("min")), _round(norm.get("max")))]


def _round(v):
    if v is None:
        return None
    v = float(v)
    if v == 0:
        return 0.0
    from math import floor, log10
    return round(v, -int(floor(log10(abs(v)))) + 2)  # 3 significant digits (< 0.5% apart)


def _date_keys(claim: dict, gold: bool) -> list:
    out = []
    for d in claim.get("dates") or []:
        vals = _alts((d.get("norm") or {}).get("value"))
        out.append(vals if gold else vals[0])
    return out


def evaluate(gold_claims: Iterable[dict], pred_claims: Iterable[dict],
             sections: Iterable[str] | None = None, doc_ids: Iterable[str] = ()) -> dict:
    """Detection P/R/F1 and, over matched claims, attribute accuracies (see module doc).

    ``sections``: when given, only claims whose ``section`` (default ``"body"``) is in it count.
    Only predicted claims of documents that have gold are scored, and of ``doc_ids`` (documents
    reviewed for claims that may have none: every predicted claim there is a false positive).
    """
    gold, pred = _scored_claims(gold_claims, pred_claims, sections)
    docs = sorted({g.get("doc_id") for g in gold} | set(doc_ids))
    pred = [p for p in pred if p.get("doc_id") in set(docs)]
    pairs = match(gold, pred)
    counts, (tp_pairs, n_gold_pairs, n_pred_pairs), right_speaker = _pair_counts(pairs)
    n = len(pairs)
    report = {
        "gold": len(gold), "pred": len(pred), "matched": n,
        "detection": prf(n, len(pred), len(gold)),
        "accuracy": {f: {"correct": int(counts[f]), "total": n,
                         "accuracy": round(counts[f] / n, 4) if n else 0.0} for f in FIELDS},
        "actor_pairs": {"tp": tp_pairs, "gold": n_gold_pairs, "pred": n_pred_pairs,
                        **prf(tp_pairs, n_pred_pairs, n_gold_pairs)},
        "per_doc": _per_doc(docs, gold, pred, pairs),
        "unmatched_gold": _unmatched(gold, pairs),
        "calibration": calibration((p.get("confidence"), id(p) in right_speaker) for p in pred),
    }
    return report


def _scored_claims(gold_claims: Iterable[dict], pred_claims: Iterable[dict],
                   sections: Iterable[str] | None) -> tuple[list[dict], list[dict]]:
    """The gold claims (``claim/1`` records) and the predicted ones, of ``sections`` when given."""
    gold = [g for g in gold_claims if g.get("schema", "claim/1") == "claim/1"]
    pred = list(pred_claims)
    if sections is not None:
        keep = set(sections)
        gold = [g for g in gold if g.get("section", "body") in keep]
        pred = [p for p in pred if p.get("section", "body") in keep]
    return gold, pred


def _pair_counts(pairs: list[tuple[dict, dict]]) -> tuple[dict[str, int], tuple[int, int, int], set[int]]:
    """Over matched pairs: the right answers per field, the actor pairs (right, gold, predicted)
    and the ids of the predicted claims with the right speaker."""
    counts = {f: 0 for f in FIELDS}
    tp_pairs = n_gold_pairs = n_pred_pairs = 0
    right_speaker: set[int] = set()
    for g, p in pairs:
        if _speaker_ok(g, p):
            counts["speaker"] += 1
            right_speaker.add(id(p))
        g_act, p_act = _actor_keys(g, True, True), _actor_keys(p, True, False)
        counts["actors"] += _set_equal(g_act, p_act)
        counts["actor_ids"] += _set_equal(_actor_keys(g, False, True), _actor_keys(p, False, False))
        g_unique, p_unique = _unique(g_act), sorted(set(p_act), key=repr)
        tp_pairs += _assign(g_unique, p_unique)
        n_gold_pairs += len(g_unique)
        n_pred_pairs += len(p_unique)
        counts["money"] += _set_equal([_money_key(m) for m in g.get("money") or []],
                                      [_money_key(m)[0] for m in p.get("money") or []])
        counts["dates"] += _set_equal(_date_keys(g, True), _date_keys(p, False))
        gm, pm = g.get("modality") or {}, p.get("modality") or {}
        counts["negated"] += bool(gm.get("negated")) == bool(pm.get("negated"))
        counts["hedged"] += bool(gm.get("hedged")) == bool(pm.get("hedged"))
    return counts, (tp_pairs, n_gold_pairs, n_pred_pairs), right_speaker


def _per_doc(docs: list, gold: list[dict], pred: list[dict], pairs: list) -> dict:
    """Gold, predicted and matched claims and their P/R/F1, per document."""
    per_doc = {}
    for doc in docs:
        dg = sum(1 for g in gold if g.get("doc_id") == doc)
        dp = sum(1 for p in pred if p.get("doc_id") == doc)
        dm = sum(1 for g, _p in pairs if g.get("doc_id") == doc)
        per_doc[doc] = {"gold": dg, "pred": dp, "matched": dm, **prf(dm, dp, dg)}
    return per_doc


def _unmatched(gold: list[dict], pairs: list) -> list[dict]:
    """The gold claims no predicted claim matched: document, predicate text and start."""
    matched = {id(g) for g, _p in pairs}
    return [{"doc_id": g.get("doc_id"), "predicate": (g.get("predicate") or {}).get("text"),
             "start": (g.get("predicate") or {}).get("start")}
            for g in gold if id(g) not in matched]


def format_report(report: dict) -> str:
    """A plain-text summary of :func:`evaluate`'s result."""
    d = report["detection"]
    lines = [
        f"claims: gold {report['gold']}  predicted {report['pred']}  matched {report['matched']}",
        f"detection  P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}",
        "accuracy over matched claims:",
    ]
    for name, acc in report["accuracy"].items():
        lines.append(f"  {name:<10} {acc['accuracy']:.3f}  ({acc['correct']}/{acc['total']})")
    ap = report["actor_pairs"]
    lines.append(f"  (actor_id, role) pairs  P {ap['precision']:.3f}  R {ap['recall']:.3f}  F1 {ap['f1']:.3f}"
                 f"  ({ap['tp']} of {ap['gold']} gold, {ap['pred']} predicted)")
    lines += per_doc_lines(report["per_doc"],
                           lambda r: f"  P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}")
    if "calibration" in report:
        lines += format_calibration(report["calibration"], "correct = matched with the right speaker")
    if report.get("unmatched_gold"):
        lines.append("missed gold claims: " + ", ".join(
            f"{u['doc_id']}@{u['start']} {u['predicate']!r}" for u in report["unmatched_gold"]))
    return "\n".join(lines)
