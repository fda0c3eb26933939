"""What every evaluation shares: precision/recall/F1 and the greedy one-to-one matching."""

from __future__ import annotations

from typing import Callable, Iterable


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    """``{"precision", "recall", "f1"}`` rounded to 4 places (0.0 where undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def one_to_one(candidates: Iterable[tuple]) -> list[tuple[int, int]]:
    """Greedy one-to-one ``(gold index, pred index)`` pairs, sorted. Each candidate is a tuple
    ending in ``(gold index, pred index)`` whose leading items rank it (smallest first)."""
    used_g, used_p, pairs = set(), set(), []
    for *_, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def per_doc_lines(per_doc: dict[str, dict], figures: Callable[[dict], str]) -> list[str]:
    """The reports' per-document table (none for a single document): a line per document with its
    gold, predicted and matched counts, then ``figures(row)``."""
    if len(per_doc) <= 1:
        return []
    return ["per document:"] + [f"  {doc:<40} gold {r['gold']:>3}  pred {r['pred']:>3}  matched {r['matched']:>3}"
                                + figures(r) for doc, r in per_doc.items()]
