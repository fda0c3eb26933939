"""Tests for pipeline.evaluation.calibration (deciles and ECE) and its use in the claim scorer."""

from __future__ import annotations

from pipeline.evaluation.calibration import calibration, format_calibration
from pipeline.evaluation.claims import evaluate


def test_calibration_bins_and_ece():
    report = calibration([(0.05, True), (0.15, False), (1.0, True), (None, True), (0.99, False)])
    assert [(b["range"], b["n"], b["correct"]) for b in report["bins"]] == [
        ([0.0, 0.1], 1, 1), ([0.1, 0.2], 1, 0), ([0.9, 1.0], 2, 1)]
    assert report["without_confidence"] == 1 and report["n"] == 4
    # |1 - 0.05| + |0 - 0.15| + 2·|0.5 - 0.995|, over 4 claims
    assert report["ece"] == round((0.95 + 0.15 + 2 * 0.495) / 4, 4)


def test_calibration_perfect_and_empty():
    perfect = calibration([(1.0, True)] * 3 + [(0.0, False)] * 2)
    assert perfect["ece"] == 0.0 and perfect["accuracy"] == 0.6
    empty = calibration([])
    assert empty == {"n": 0, "correct": 0, "accuracy": 0.0, "ece": 0.0, "bins": [], "without_confidence": 0}


def test_calibration_decile_edges():
    report = calibration([(0.3, True), (0.7, True), (0.8, False), (0.9, True), (-0.2, False), (1.4, True)])
    assert [b["range"][0] for b in report["bins"]] == [0.0, 0.3, 0.7, 0.8, 0.9]
    assert report["bins"][-1]["n"] == 2  # 0.9 and 1.4 (clamped to 1.0)


def test_format_calibration_lines():
    lines = format_calibration(calibration([(0.85, True), (0.82, False)]), "test")
    assert lines[0].startswith("calibration (test): 2 claims, accuracy 0.500, ECE 0.335")
    assert "confidence 0.8-0.9" in lines[1]


def _claim(ps, speaker_id, conf):
    return {"schema": "claim/1", "doc_id": "d", "start": ps, "end": ps + 20,
            "predicate": {"start": ps, "end": ps + 5}, "confidence": conf,
            "speaker": None if speaker_id is None else {"start": 0, "end": 3, "actor_id": speaker_id}}


def test_claims_eval_calibration_counts_matched_with_right_speaker():
    gold = [_claim(0, "RUS", None), _claim(40, "IRN", None)]
    pred = [_claim(1, "RUS", 0.9), _claim(41, "USA", 0.9), _claim(80, None, 0.2)]
    cal = evaluate(gold, pred)["calibration"]
    assert (cal["n"], cal["correct"]) == (3, 1)
    assert cal["ece"] == round((2 * 0.4 + 0.2) / 3, 4)
