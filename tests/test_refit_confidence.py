"""bench/refit_confidence.py: the ridge fit of the confidence weights."""

import importlib.util
from pathlib import Path

from pipeline.components.claim_rules import load_rules


def test_refit_confidence_script_reads_the_pipelines_own_features():
    path = Path(__file__).resolve().parents[1] / "bench" / "refit_confidence.py"
    spec = importlib.util.spec_from_file_location("refit_confidence", path)
    refit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(refit)
    right = [{"set": s, "kind": "entity", "penalties": [], "right": True} for s in "ab" for _ in range(8)]
    wrong = [{"set": s, "kind": "entity", "penalties": ["short_content"], "right": k % 2 == 0} for s in "ab" for k in range(8)]
    lone = [{"set": "a", "kind": "contested", "penalties": [], "right": False}]  # one claim: no extreme weight
    weights = refit.as_weights(refit.fit(right + wrong + lone, 5.0))
    assert weights["penalty"]["short_content"] > 0.2 and all(v >= 0 for v in weights["penalty"].values())
    assert weights["speaker"]["contested"] > 0.5
    assert set(weights["speaker"]) == set(load_rules().confidence.speaker)


def _script():
    path = Path(__file__).resolve().parents[1] / "bench" / "refit_confidence.py"
    spec = importlib.util.spec_from_file_location("refit_confidence", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_blind_runs_less_often_right_lower_every_speaker_weight_by_their_gap():
    refit = _script()
    dev = [{"set": s, "kind": "entity", "penalties": [], "right": k < 9} for s in "ab" for k in range(10)]
    dev += [{"set": s, "kind": "phrase", "penalties": [], "right": k < 7} for s in "ab" for k in range(10)]
    blind = [{"set": "c", "kind": "entity", "penalties": [], "right": k < 7} for k in range(10)]
    plain = refit.as_weights(refit.fit(dev, 5.0))
    weights, offset = refit.refit(dev, 5.0, blind)
    assert offset < -0.1  # right 0.7 on the blind run against about 0.9 fitted
    assert weights["speaker"]["entity"] < plain["speaker"]["entity"]
    assert weights["speaker"]["phrase"] < plain["speaker"]["phrase"]
    assert weights["penalty"] == plain["penalty"]  # the offset moves speaker weights only
    same, none = refit.refit(dev, 5.0, [])
    assert none == 0.0 and same == plain


def test_speaker_weights_keep_their_order_when_a_small_kind_is_right_by_chance():
    refit = _script()
    rows = [{"set": s, "kind": "entity", "penalties": [], "right": k < 9} for s in "ab" for k in range(20)]
    rows += [{"set": s, "kind": "phrase", "penalties": [], "right": k < 6} for s in "ab" for k in range(20)]
    rows += [{"set": "a", "kind": "contested", "penalties": [], "right": True} for _ in range(6)]  # lucky
    raw = refit.fit(rows, 5.0)
    assert raw[2] > raw[1]  # the plain fit puts the six contested claims above the phrases
    speaker = refit.as_weights(raw)["speaker"]
    kinds = list(speaker)
    assert kinds == ["entity", "phrase", "contested", "none", "pronoun"]
    assert all(speaker[a] >= speaker[b] + 0.01 - 1e-9 for a, b in zip(kinds, kinds[1:]))
    assert speaker["contested"] == round(speaker["phrase"] - 0.01, 2)
