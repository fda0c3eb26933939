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
