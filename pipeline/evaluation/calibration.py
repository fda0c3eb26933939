"""Calibration of claim confidence: accuracy per confidence decile and the expected calibration error.

Each predicted claim gives ``(confidence, correct)``. Claims fall into ten bins by confidence
(``[0.0, 0.1)``, …, ``[0.9, 1.0]``; 1.0 goes to the last bin). Per bin: the number of claims, their
mean confidence and the share that is correct (accuracy). A well-calibrated score has accuracy close
to the mean confidence in every bin. The expected calibration error (ECE) is
``Σ_bins (n_bin / n) · |accuracy_bin − mean confidence_bin|`` over non-empty bins (0 is perfect).
Claims without a confidence are counted apart and left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import floor
from typing import Iterable

BINS = 10


@dataclass
class _Bin:
    n: int = 0
    correct: int = 0
    confidence_sum: float = 0.0


@dataclass
class Calibration:
    """Accumulates ``(confidence, correct)`` observations."""

    bins: list[_Bin] = field(default_factory=lambda: [_Bin() for _ in range(BINS)])
    without_confidence: int = 0

    def add(self, confidence: float | None, correct: bool) -> None:
        if confidence is None:
            self.without_confidence += 1
            return
        value = min(1.0, max(0.0, float(confidence)))
        b = self.bins[min(BINS - 1, floor(value * BINS + 1e-9))]
        b.n += 1
        b.correct += bool(correct)
        b.confidence_sum += value

    def report(self) -> dict:
        n = sum(b.n for b in self.bins)
        rows, ece = [], 0.0
        for i, b in enumerate(self.bins):
            if not b.n:
                continue
            acc, conf = b.correct / b.n, b.confidence_sum / b.n
            ece += b.n / n * abs(acc - conf)
            rows.append({"range": [i / BINS, (i + 1) / BINS], "n": b.n, "correct": b.correct,
                         "confidence": round(conf, 4), "accuracy": round(acc, 4)})
        correct = sum(b.correct for b in self.bins)
        return {"n": n, "correct": correct, "accuracy": round(correct / n, 4) if n else 0.0,
                "ece": round(ece, 4), "bins": rows, "without_confidence": self.without_confidence}


def calibration(observations: Iterable[tuple[float | None, bool]]) -> dict:
    """The calibration report (see module doc) of ``(confidence, correct)`` pairs."""
    cal = Calibration()
    for confidence, correct in observations:
        cal.add(confidence, correct)
    return cal.report()


def format_calibration(report: dict, what: str) -> list[str]:
    """Readable lines: one per non-empty decile, then the ECE."""
    lines = [f"calibration ({what}): {report['n']} claims, accuracy {report['accuracy']:.3f}, "
             f"ECE {report['ece']:.3f}" + (f"  ({report['without_confidence']} without confidence)"
                                           if report["without_confidence"] else "")]
    for row in report["bins"]:
        lo, hi = row["range"]
        lines.append(f"  confidence {lo:.1f}-{hi:.1f}  n {row['n']:>4}  mean conf {row['confidence']:.3f}"
                     f"  accuracy {row['accuracy']:.3f}")
    return lines
