"""Refit the weights of claim confidence (pipeline/rules/claim_confidence.jsonl) on the dev sets.

Usage (from the repository root, with the project's Python)::

    python bench/refit_confidence.py TAG [--sets a,b,...] [--runs DIR_PATTERN] [--write] [--note TEXT]

``TAG`` names finished attribution runs, by default ``TAG/SET`` (a folder holding one run per
attribution dev set; ``--runs`` takes another pattern with ``{tag}`` and ``{set}``); make each with
``claims run tests/fixtures/heldoutN/attribution --out TAG/heldoutN`` (``attribution`` for the first set). Gold: the set's
folder under tests/fixtures (``attribution`` or ``heldoutN/attribution``).

What it does:

1. Every predicted claim with a cue in a gold document is one observation: its speaker kind and
   penalties as the pipeline computes them (``claim_statements.confidence_features``, on the run's
   own document text) and whether it is fully right (a full match in the attribution evaluation:
   cue, speaker and content; a claim matching no gold cue is wrong), as ``pipeline eval`` counts
   calibration. It checks that the current weights give back the confidence the run wrote.
2. Prints accuracy, mean confidence and number of sets per speaker kind and per penalty.
3. Fits the weights: least squares of ``weight[kind] - sum(penalties)`` on full-correctness,
   ridge-shrunk (``lambda`` pseudo-observations each) toward the pooled rate of right claims
   for a speaker kind and toward 0 for a penalty, so a small cell gets no extreme weight;
   penalties stay >= 0 (a penalty only lowers confidence). ``lambda`` is the one of ``LAMBDAS``
   with the lowest mean leave-one-set-out ECE (each set scored with weights fitted on the others),
   or the one ``--lambda`` gives: in round 33 the dev ECE of lambda 5 and 30 tied (0.0597, 0.0596),
   30 pulled the weight of a kind never right (a pronoun speaker, 0 of 65) up to 0.23 and had the
   worse leave-one-blind-set-out ECE (0.095 against 0.087), so 5 was given.
   The speaker weights are then kept in the order of ``SPEAKER_KINDS``, each at least 0.01 under
   the one before (:func:`in_order`).
4. Prints per set the ECE before (the run's own confidence), in-sample after (the pooled fit)
   and leave-one-set-out, with Brier scores, and the pooled accuracy by confidence decile.
5. With ``--blind SET=DIR,...`` (runs of sets scored while they were still blind, at the end of the
   round before they became dev sets), the dev sets' accuracy is optimistic for new text (the rules
   were tuned on them): the mean gap between right and fitted confidence on the blind runs is added
   to every speaker weight (one offset; leave-one-blind-set-out ECE is printed to check it).
6. With ``--write``, rewrites the weights in claim_confidence.jsonl in place (same ids, same order,
   same fields; ``--note`` or a default line is appended to each rule's comment).

The weights of round 34 were written with (TAG e34: runs of the 33 dev sets after the round's
merges and mends; runs of held-out 11-32 with the code of the end of the round each was blind,
all made again from git in round 34: ``git archive`` of the parent of the commit that made the set a
development set, then ``claims run`` on its attribution folder; lambda 5 was the automatic choice)::

    python bench/refit_confidence.py e34 --lambda 5 --runs '/tmp/s9/out-{tag}-attr-{set}' --write --blind heldout11=/tmp/s27/blind/h11end-attribution,\
        heldout12=/tmp/s27/blind/h12end-attribution,…,heldout32=/tmp/s27/blind/h32end-attribution

(every held-out set from 11 to 32, one ``heldoutN=/tmp/s27/blind/hNend-attribution`` each).

Without ``--blind`` it writes the plain dev fit (about 0.05 surer than new text turns out to be).
Nothing else in the rule file changes, so the lead can re-run it after other changes to speaker
resolution and commit the result.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline import io  # noqa: E402
from pipeline.components.claim_rules import CONFIDENCE_FILE, PENALTIES, RULES_DIR, SPEAKER_KINDS, load_rules  # noqa: E402
from pipeline.components.claim_sections import quotations  # noqa: E402
from pipeline.components.claim_statements import confidence_features  # noqa: E402
from pipeline.evaluation import attribution as A  # noqa: E402
from pipeline.evaluation.calibration import calibration  # noqa: E402
from pipeline.stages.evaluate import ATTRIBUTION, load_gold  # noqa: E402

SETS = ["attribution"] + ["heldout"] + [f"heldout{i}" for i in range(2, 39)]
LAMBDAS = (5.0, 10.0, 20.0, 30.0, 50.0, 100.0)
FLOOR = 0.05  # the pipeline's confidence floor


def gold_dir(name: str) -> Path:
    return REPO / "tests/fixtures" / (name if name == "attribution" else f"{name}/attribution")


def observations(name: str, run_dir: Path) -> list[dict]:
    """One dict per predicted claim with a cue in a gold document of the set."""
    gold = load_gold(gold_dir(name))
    run = io.open_run(run_dir)
    docs = gold.scope(ATTRIBUTION, gold.attributions)
    texts = {str(d["doc_id"]): d["text"] for d in io.read_jsonl(run.path(io.DOCUMENTS))}
    claims = [c for c in io.read_jsonl(run.path(io.CLAIMS)) if str(c.get("doc_id")) in docs and A.pred_attribution(c)]
    names = A.ActorNames.from_mentions(io.read_jsonl(run.path(io.MENTIONS)), docs)
    golds = [A.gold_attribution(r) for r in gold.attributions if r.get("cue")]
    preds = [A.pred_attribution(c) for c in claims]
    full = {r.pred for r in (A.score_pair(g, p, golds[g], preds[p], names) for g, p in A.match(golds, preds)) if r.full}
    quotes: dict[str, list] = {}
    out = []
    for i, c in enumerate(claims):
        text = texts.get(str(c["doc_id"]), "")
        q = quotes.setdefault(str(c["doc_id"]), quotations(text) if text else [])
        kind, penalties = confidence_features(c, text, q)
        out.append({"set": name, "kind": kind, "penalties": penalties, "right": i in full,
                    "confidence": c.get("confidence")})
    return out


def design(rows: list[dict]) -> np.ndarray:
    """Columns: one per speaker kind (1), one per penalty (-1 when it applies)."""
    return np.array([[1.0 * (r["kind"] == k) for k in SPEAKER_KINDS] + [-1.0 * (p in r["penalties"]) for p in PENALTIES]
                     for r in rows])


def fit(rows: list[dict], lam: float) -> np.ndarray:
    """Ridge least squares toward the pooled rate (kinds) and 0 (penalties); penalties >= 0."""
    X, y = design(rows), np.array([float(r["right"]) for r in rows])
    prior = np.array([y.mean()] * len(SPEAKER_KINDS) + [0.0] * len(PENALTIES))
    active = np.ones(len(prior), bool)
    for _ in range(len(PENALTIES) + 1):
        Xa = X * active
        w = np.linalg.solve(Xa.T @ Xa + lam * np.eye(len(prior)), Xa.T @ y + lam * prior)
        negative = [j for j in range(len(SPEAKER_KINDS), len(w)) if active[j] and w[j] < 0]
        if not negative:
            break
        active[negative] = False
    w = w * active
    w[:len(SPEAKER_KINDS)] = np.clip(w[:len(SPEAKER_KINDS)], FLOOR, 1.0)
    return np.clip(w, 0.0, 1.0)


def as_weights(w: np.ndarray) -> dict:
    return {"speaker": in_order({k: round(float(v), 2) for k, v in zip(SPEAKER_KINDS, w)}),
            "penalty": {p: round(float(v), 2) for p, v in zip(PENALTIES, w[len(SPEAKER_KINDS):])}}


def in_order(speaker: dict[str, float]) -> dict[str, float]:
    """The speaker weights in the order of ``SPEAKER_KINDS``, each at least 0.01 under the one
    before (an actor over a phrase over a contested description over none over a pronoun): a kind
    seen a few times (7 contested speakers in round 21) cannot outrank a surer one by chance."""
    out, top = {}, None
    for kind in SPEAKER_KINDS:
        value = speaker[kind] if top is None else min(speaker[kind], round(top - 0.01, 2))
        out[kind] = top = max(FLOOR, value)
    return out


def score(weights: dict, row: dict) -> float:
    value = weights["speaker"][row["kind"]] - sum(weights["penalty"][p] for p in row["penalties"])
    return round(min(1.0, max(FLOOR, value)), 3)


def figures(confidences: list[float], rows: list[dict]) -> tuple[float, float]:
    """ECE (pipeline.evaluation.calibration) and Brier score."""
    ys = [r["right"] for r in rows]
    ece = calibration(zip(confidences, ys))["ece"]
    return ece, float(np.mean([(c - y) ** 2 for c, y in zip(confidences, ys)]))


def refit(rows: list[dict], lam: float, blind: list[dict]) -> tuple[dict, float]:
    """The dev fit, then its speaker weights moved by the blind runs' offset (none without them)."""
    weights = as_weights(fit(rows, lam))
    offset = blind_offset(blind, weights)
    return shifted(weights, offset), offset


def loso(rows: list[dict], sets: list[str], lam: float, blind: list[dict] = ()) -> dict[str, list[float]]:
    """Confidence of each set's claims with weights fitted on the other sets (and the offset of
    the blind runs of the other sets, when given)."""
    out = {}
    for s in sets:
        weights, _ = refit([r for r in rows if r["set"] != s], lam, [r for r in blind if r["set"] != s])
        out[s] = [score(weights, r) for r in rows if r["set"] == s]
    return out


def blind_offset(rows: list[dict], weights: dict) -> float:
    """Mean of right - confidence over blind-run claims (negative: the dev fit is too sure)."""
    return float(np.mean([r["right"] - score(weights, r) for r in rows])) if rows else 0.0


def shifted(weights: dict, offset: float) -> dict:
    return {"speaker": {k: round(min(1.0, max(FLOOR, v + offset)), 2) for k, v in weights["speaker"].items()},
            "penalty": dict(weights["penalty"])}


def report_blind(blind: list[dict], current: dict, weights: dict, offset: float) -> None:
    """ECE per blind run: the confidence it wrote, current weights, dev fit, dev fit + offset,
    and dev fit + the offset of the other blind runs."""
    print(f"{'blind run':12} {'n':>4} right  ECE wrote  current  dev-fit  +offset  +offset(others)")
    for s in sorted({r["set"] for r in blind}):
        rs, others = [r for r in blind if r["set"] == s], [r for r in blind if r["set"] != s]
        loo = shifted(weights, blind_offset(others, weights))
        cols = [figures([r["confidence"] or 0.0 for r in rs], rs)[0]] + [
            figures([score(w, r) for r in rs], rs)[0] for w in (current, weights, shifted(weights, offset), loo)]
        print(f"{s:12} {len(rs):4} {np.mean([r['right'] for r in rs]):.3f}  " + "  ".join(f"{c:.3f}  " for c in cols))


def print_features(rows: list[dict]) -> None:
    cells = collections.defaultdict(list)
    for r in rows:
        cells[("kind", r["kind"])].append(r)
        for p in PENALTIES:
            cells[(p, p in r["penalties"])].append(r)
    print("feature                     n   right  conf  sets")
    for (name, value), rs in sorted(cells.items(), key=lambda kv: (kv[0][0] != "kind", kv[0][0], str(kv[0][1]))):
        print(f"{name + '=' + str(value):24} {len(rs):5}  {np.mean([r['right'] for r in rs]):.3f} "
              f"{np.mean([r['confidence'] for r in rs]):.3f} {len({r['set'] for r in rs}):4}")


def print_deciles(label: str, confidences: list[float], rows: list[dict]) -> None:
    report = calibration(zip(confidences, [r["right"] for r in rows]))
    print(f"{label}: n {report['n']} accuracy {report['accuracy']:.3f} ECE {report['ece']:.3f}")
    for b in report["bins"]:
        print(f"  {b['range'][0]:.1f}-{b['range'][1]:.1f}  n {b['n']:5}  conf {b['confidence']:.3f}  right {b['accuracy']:.3f}")


def rewrite(weights: dict, note: str) -> None:
    path = RULES_DIR / CONFIDENCE_FILE
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            lines.append(line)
            continue
        rule = json.loads(line)
        table, key = ("speaker", rule["speaker"]) if rule["kind"] == "speaker" else ("penalty", rule["when"])
        old, new = rule["weight"], weights[table][key]
        rule["weight"] = new
        rule["comment"] = rule.get("comment", "") + f"; {note}: {old} -> {new}"
        lines.append(json.dumps(rule, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _pair(item: str) -> tuple[str, Path]:
    name, _, run = item.partition("=")
    return name, Path(run)


def print_sets(rows: list[dict], sets: list[str], weights: dict, held_out: dict[str, list[float]]) -> None:
    print(f"{'set':12} {'n':>4}  ECE before  in-sample  leave-one-out   Brier before  in-sample  leave-one-out")
    totals = np.zeros(6)
    for s in sets:
        rs = [r for r in rows if r["set"] == s]
        before, after, out = (figures([r["confidence"] for r in rs], rs), figures([score(weights, r) for r in rs], rs),
                              figures(held_out[s], rs))
        totals += [before[0], after[0], out[0], before[1], after[1], out[1]]
        print(f"{s:12} {len(rs):4}  {before[0]:.3f}       {after[0]:.3f}      {out[0]:.3f}           "
              f"{before[1]:.4f}        {after[1]:.4f}     {out[1]:.4f}")
    t = totals / len(sets)
    print(f"{'mean':12} {'':4}  {t[0]:.3f}       {t[1]:.3f}      {t[2]:.3f}           {t[3]:.4f}        {t[4]:.4f}     {t[5]:.4f}")
    print_deciles("pooled, before", [r["confidence"] for r in rows], rows)
    print_deciles("pooled, refit in-sample", [score(weights, r) for r in rows], rows)
    print_deciles("pooled, leave-one-set-out", [c for s in sets for c in held_out[s]], [r for s in sets for r in rows if r["set"] == s])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tag")
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--runs", default="{tag}/{set}")
    ap.add_argument("--blind", default="", help="SET=RUN_DIR,... runs of sets scored while still blind")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--note", default="")
    ap.add_argument("--lambda", dest="lam", type=float, default=None,
                    help="use this ridge lambda instead of the one with the lowest leave-one-set-out ECE")
    args = ap.parse_args(argv)
    sets = args.sets.split(",")
    rows = [r for s in sets for r in observations(s, Path(args.runs.format(tag=args.tag, set=s)))]
    blind = [r for item in filter(None, args.blind.split(",")) for r in observations(*_pair(item))]
    current = load_rules().confidence._asdict()
    off = sum(1 for r in rows if r["confidence"] is None or abs(score(current, r) - r["confidence"]) > 1e-6)
    print(f"{len(rows)} claims with a cue on {len(sets)} sets; {off} whose confidence the current weights do not give back")
    print_features(rows)
    scores = {lam: loso(rows, sets, lam) for lam in LAMBDAS}
    mean_ece = {lam: np.mean([figures(scores[lam][s], [r for r in rows if r["set"] == s])[0] for s in sets]) for lam in LAMBDAS}
    lam = args.lam if args.lam is not None else min(LAMBDAS, key=lambda k: (round(mean_ece[k], 4), -k))
    print("leave-one-set-out mean ECE by lambda: " + ", ".join(f"{k:g} {v:.4f}" for k, v in mean_ece.items()) +
          f"; chosen {lam:g}" + (" (given)" if args.lam is not None else ""))
    weights, offset = refit(rows, lam, blind)
    if blind:
        print(f"blind runs: {len(blind)} claims, right {np.mean([r['right'] for r in blind]):.3f}; offset {offset:+.3f}")
        report_blind(blind, current, as_weights(fit(rows, lam)), offset)
    print("current:", json.dumps(current))
    print("refit:  ", json.dumps(weights))
    print("leave-one-out: the dev fit alone" + (f"; with the blind offset (of the other sets' blind runs): "
          f"mean ECE {np.mean([figures(v, [r for r in rows if r['set'] == s])[0] for s, v in loso(rows, sets, lam, blind).items()]):.4f}"
          if blind else ""))
    print_sets(rows, sets, weights, scores[lam])
    if args.write:
        rewrite(weights, args.note or f"refit by bench/refit_confidence.py on {len(sets)} dev sets "
                f"({len(rows)} claims, run {args.tag}; ridge toward the pooled rate, lambda {lam:g} by leave-one-set-out ECE"
                + (f"; speaker weights {offset:+.3f} by {len(blind)} claims of {len({r['set'] for r in blind})} sets "
                   "scored while still blind" if blind else "") + ")")
        print(f"rewrote {RULES_DIR / CONFIDENCE_FILE}")


if __name__ == "__main__":
    main()
