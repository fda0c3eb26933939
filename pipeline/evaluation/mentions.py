"""Mention evaluation: strict and relaxed P/R/F1 per kind, plus TIMEX3 type and value accuracy.

Records are ``mention/1`` dicts (only ``doc_id``, ``kind``, ``start``, ``end``, ``text`` and
``norm`` are read). Gold and predicted mentions are compared per document (``doc_id``) and kind:

* **strict**: a prediction matches a gold mention with the same ``start`` and ``end``;
* **relaxed**: a prediction matches a gold mention it overlaps by at least one character
  (TempEval-3). Matching is one-to-one: overlapping pairs are paired greedily by largest overlap
  (then earliest gold), so a prediction covering two gold mentions counts once.

Precision = matched predictions / predictions, recall = matched gold / gold, F1 their harmonic
mean. With no gold and no predictions a score is 1.0; with predictions but no gold, precision 0.

For matched (relaxed) pairs, **type accuracy** compares ``norm.timex_type`` (counted only where
the gold has one) and **value accuracy** compares ``norm.value`` (strings exactly, after stripping
whitespace; numbers with a relative tolerance of 1e-6). As in TempEval-3, ``type_f1`` and
``value_f1`` are the F1 of the relaxed match counting only pairs with the right attribute
(``P = correct / predictions``, ``R = correct / gold``).

For dates, ``confusion`` summarizes the errors of matched pairs: type confusions
(``"DATE -> DURATION": 3``) and value errors by kind (:func:`value_error_kind`: ``missing``,
``underspecified``, ``granularity``, ``earlier``/``later`` (same granularity, the predicted date
lies before/after the gold one), ``duration``, ``ref``, ``other``), so a regression shows at once.

Kinds: ``kinds`` when given, else every kind that has a gold mention (a gold file that annotates
only dates is not read as saying there are no actors). Predictions of other kinds are left out.

Documents: the evaluation universe is ``doc_ids`` when given, else every ``doc_id`` that has a gold
mention. Predictions for other documents are ignored (and counted in ``ignored_predictions``),
so a run over more texts than the gold covers is not penalized.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from pipeline.evaluation.scoring import one_to_one

EXAMPLES = 10  # how many misses/spurious/wrong values the report lists per kind


def _prf(tp_pred: int, tp_gold: int, n_pred: int, n_gold: int) -> dict[str, float]:
    if n_pred == 0 and n_gold == 0:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def _norm(rec: dict) -> dict:
    return rec.get("norm") or {}


def same_value(a: Any, b: Any) -> bool:
    """Values equal for scoring: strings exactly (stripped), numbers within 1e-6 relative."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    return str(a).strip() == str(b).strip()


def relaxed_pairs(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs of overlapping mentions, largest overlap first."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                cands.append((-ov, g["start"], p["start"], gi, pi))
    return one_to_one(cands)


_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _shape(value: str) -> str:
    """The format of a TIMEX3 value with digits blanked: '2016-12-15' -> 'dddd-dd-dd'."""
    return re.sub(r"\d", "d", value)


def value_error_kind(gold: Any, pred: Any) -> str:
    """Why a predicted TIMEX3 value differs from the gold one (see the module docstring)."""
    if pred is None:
        return "missing"
    g, p = str(gold).strip(), str(pred).strip()
    if "X" in p and "X" not in g:
        return "underspecified"
    if g.endswith("_REF") or p.endswith("_REF"):
        return "ref"
    if g.startswith("P") and p.startswith("P"):
        return "duration"
    if g[:1].isdigit() and p[:1].isdigit():
        if _shape(g) != _shape(p):
            return "granularity"
        return "earlier" if p < g else "later"
    return "other"


def _confusion(pairs: list[tuple[dict, dict]]) -> dict:
    types: dict[str, int] = defaultdict(int)
    values: dict[str, int] = defaultdict(int)
    for gn, pn in pairs:
        gt, pt = gn.get("timex_type"), pn.get("timex_type")
        if gt is not None and gt != pt:
            types[f"{gt} -> {pt}"] += 1
        if gn.get("value") is not None and not same_value(gn.get("value"), pn.get("value")):
            values[value_error_kind(gn.get("value"), pn.get("value"))] += 1
    order = lambda d: dict(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))  # noqa: E731
    return {"type": order(types), "value": order(values)}


def _group(records: Iterable[dict]) -> dict[tuple[str, str], list[dict]]:
    out: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for rec in records:
        out[(str(rec["doc_id"]), rec["kind"])].append(rec)
    for recs in out.values():
        recs.sort(key=lambda r: (r["start"], r["end"]))
    return out


def _brief(rec: dict) -> dict:
    n = _norm(rec)
    return {"doc_id": rec["doc_id"], "start": rec["start"], "end": rec["end"], "text": rec.get("text"),
            "type": n.get("timex_type"), "value": n.get("value")}


def evaluate(gold_records: Iterable[dict], pred_records: Iterable[dict], kinds: Iterable[str] | None = None,
             doc_ids: Iterable[str] | None = None) -> dict:
    """Score predicted mentions against gold ones (see the module docstring for definitions).

    Returns ``{"documents", "ignored_predictions", "kinds": {kind: {"gold", "pred",
    "strict": {"tp", "precision", "recall", "f1"}, "relaxed": {...}, "type_accuracy",
    "value_accuracy", "type_f1", "value_f1", "examples": {"missed", "spurious", "wrong_value"}}}}``.
    Accuracies are None when nothing matched (or, for type and value, no matched gold mention has
    one: span-only gold from an annotation tool scores detection only).
    """
    gold = _group(gold_records)
    pred_all = _group(pred_records)
    docs = set(doc_ids) if doc_ids is not None else {d for d, _ in gold}
    docs = {str(d) for d in docs}
    # by default only the kinds the gold annotates: a TimeML gold says nothing about actors or money
    wanted = sorted(set(kinds) if kinds is not None else {k for _, k in gold})
    ignored = sum(len(v) for (d, k), v in pred_all.items() if d not in docs and k in wanted)
    report: dict[str, Any] = {"documents": len(docs), "ignored_predictions": ignored, "kinds": {}}
    for kind in wanted:
        tally = _KindTally()
        for doc in sorted(docs):
            _score_doc(tally, gold.get((doc, kind), []), pred_all.get((doc, kind), []))
        report["kinds"][kind] = _kind_report(tally)
        extra = _KIND_EXTRAS.get(kind)
        if extra is not None:
            report["kinds"][kind].update(extra(tally))
    return report


@dataclass
class _KindTally:
    """Running counts for one mention kind over the scored documents."""

    n_gold: int = 0
    n_pred: int = 0
    strict_tp: int = 0
    relaxed_tp: int = 0
    typed: int = 0
    type_ok: int = 0
    valued: int = 0
    value_ok: int = 0
    ex: dict[str, list] = field(default_factory=lambda: {"missed": [], "spurious": [], "wrong_value": []})
    matched: list[tuple[dict, dict]] = field(default_factory=list)


def _score_doc(tally: _KindTally, g: list[dict], p: list[dict]) -> None:
    """Add one document's gold and predicted mentions of one kind to the tally."""
    tally.n_gold += len(g)
    tally.n_pred += len(p)
    tally.strict_tp += len({(r["start"], r["end"]) for r in g} & {(r["start"], r["end"]) for r in p})
    pairs = relaxed_pairs(g, p)
    tally.relaxed_tp += len(pairs)
    for gi, pi in pairs:
        _score_pair(tally, g[gi], p[pi])
    gm = {gi for gi, _ in pairs}
    pm = {pi for _, pi in pairs}
    tally.ex["missed"].extend(_brief(r) for i, r in enumerate(g) if i not in gm)
    tally.ex["spurious"].extend(_brief(r) for i, r in enumerate(p) if i not in pm)


def _score_pair(tally: _KindTally, gold: dict, pred: dict) -> None:
    """Type and value agreement of one matched (gold, predicted) pair."""
    gn, pn = _norm(gold), _norm(pred)
    tally.matched.append((gn, pn))
    if gn.get("timex_type") is not None:
        tally.typed += 1
        tally.type_ok += gn.get("timex_type") == pn.get("timex_type")
    if gn.get("value") is None:
        return  # span-only gold (e.g. from an annotation tool): no value to score
    tally.valued += 1
    if same_value(gn.get("value"), pn.get("value")):
        tally.value_ok += 1
    elif len(tally.ex["wrong_value"]) < EXAMPLES:
        tally.ex["wrong_value"].append({"gold": _brief(gold), "pred": _brief(pred)})


def _kind_report(t: _KindTally) -> dict[str, Any]:
    """The report entry of one kind from its tally."""
    ex = t.ex
    ex["missed"] = ex["missed"][:EXAMPLES]
    ex["spurious"] = ex["spurious"][:EXAMPLES]
    return {
        "gold": t.n_gold, "pred": t.n_pred,
        "strict": {"tp": t.strict_tp, **_prf(t.strict_tp, t.strict_tp, t.n_pred, t.n_gold)},
        "relaxed": {"tp": t.relaxed_tp, **_prf(t.relaxed_tp, t.relaxed_tp, t.n_pred, t.n_gold)},
        "type_accuracy": t.type_ok / t.typed if t.typed else None,
        "value_accuracy": t.value_ok / t.valued if t.valued else None,
        "type_f1": _prf(t.type_ok, t.type_ok, t.n_pred, t.n_gold)["f1"] if t.typed else None,
        "value_f1": _prf(t.value_ok, t.value_ok, t.n_pred, t.n_gold)["f1"] if t.valued else None,
        "examples": ex,
    }


# extra report fields per kind (dates also get a TIMEX type confusion table)
_KIND_EXTRAS = {"date": lambda t: {"confusion": _confusion(t.matched)}}


def _pct(x: float | None) -> str:
    return "   -  " if x is None else f"{100 * x:6.2f}"


def _confusion_lines(kind: str, confusion: dict | None) -> list[str]:
    if confusion is None:
        return []
    out = [""]
    for label, key in (("type errors", "type"), ("value errors", "value")):
        counts = confusion[key]
        text = ", ".join(f"{k} {v}" for k, v in counts.items()) if counts else "none"
        out.append(f"{kind} {label} ({sum(counts.values())}): {text}")
    return out


def format_report(report: dict, examples: bool = False) -> str:
    """A plain-text table of ``evaluate``'s result (percentages), optionally with error examples."""
    lines = [f"documents: {report['documents']}   predictions outside the gold documents (ignored): "
             f"{report['ignored_predictions']}", "",
             f"{'kind':<9}{'gold':>6}{'pred':>6} | {'strict P':>8}{'R':>7}{'F1':>7} | {'relaxed P':>9}{'R':>7}"
             f"{'F1':>7} | {'type acc':>8}{'value acc':>10}{'type F1':>8}{'value F1':>9}"]
    lines.append("-" * len(lines[-1]))
    for kind, k in report["kinds"].items():
        s, r = k["strict"], k["relaxed"]
        lines.append(f"{kind:<9}{k['gold']:>6}{k['pred']:>6} | {_pct(s['precision']):>8}{_pct(s['recall']):>7}"
                     f"{_pct(s['f1']):>7} | {_pct(r['precision']):>9}{_pct(r['recall']):>7}{_pct(r['f1']):>7} | "
                     f"{_pct(k['type_accuracy']):>8}{_pct(k['value_accuracy']):>10}{_pct(k['type_f1']):>8}"
                     f"{_pct(k['value_f1']):>9}")
    for kind, k in report["kinds"].items():
        lines.extend(_confusion_lines(kind, k.get("confusion")))
    if examples:
        for kind, k in report["kinds"].items():
            ex = k.get("examples", {})
            for label in ("missed", "spurious"):
                for e in ex.get(label, []):
                    lines.append(f"  {kind} {label:<8} {e['doc_id']}:{e['start']}-{e['end']} {e['text']!r} "
                                 f"{e['type']} {e['value']}")
            for e in ex.get("wrong_value", []):
                g, p = e["gold"], e["pred"]
                lines.append(f"  {kind} value    {g['doc_id']}:{g['start']}-{g['end']} {g['text']!r} gold "
                             f"{g['type']} {g['value']} / pred {p['text']!r} {p['type']} {p['value']}")
    return "\n".join(lines)
