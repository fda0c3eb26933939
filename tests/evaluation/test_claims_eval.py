"""Tests for pipeline.evaluation.claims (pure functions, no model)."""

from __future__ import annotations

import pytest

from pipeline.evaluation.claims import evaluate, format_report, match


def _claim(doc="d", ps=0, pe=5, speaker=None, actors=(), money=(), dates=(), neg=False, hedge=False, section="body"):
    return {"schema": "claim/1", "doc_id": doc, "start": ps, "end": pe + 10, "section": section,
            "predicate": {"text": "x" * (pe - ps), "start": ps, "end": pe},
            "speaker": speaker, "actors": [{"actor_id": a, "role": r} for a, r in actors],
            "money": [{"norm": {"value": v}} for v in money],
            "dates": [{"norm": {"value": v}} for v in dates],
            "modality": {"negated": neg, "hedged": hedge}}


def _pred_actor(aid, role):
    return {"norm": {"actor_id": aid}, "role": role}


def test_evaluate_detection_counts():
    gold = [_claim(ps=0, pe=5), _claim(ps=20, pe=25), _claim(ps=40, pe=45)]
    pred = [_claim(ps=2, pe=4), _claim(ps=21, pe=30), _claim(ps=60, pe=65), _claim(ps=80, pe=85)]
    report = evaluate(gold, pred)
    assert report["matched"] == 2
    assert report["detection"] == {"precision": 0.5, "recall": round(2 / 3, 4), "f1": round(4 / 7, 4)}


@pytest.mark.parametrize("gold, pred, matched", [
    ([_claim(doc="a")], [_claim(doc="b")], 0),                 # other document
    ([_claim(ps=0, pe=5)], [_claim(ps=5, pe=9)], 0),          # touching, not overlapping
    ([_claim(ps=0, pe=5)], [_claim(ps=0, pe=5), _claim(ps=1, pe=3)], 1),  # one-to-one
])
def test_match_rules(gold, pred, matched):
    assert len(match(gold, pred)) == matched


@pytest.mark.parametrize("gold_kw, pred_kw, field, ok", [
    ({"speaker": None}, {"speaker": None}, "speaker", True),
    ({"speaker": {"start": 0, "end": 3, "actor_id": "RUS"}}, {"speaker": {"start": 9, "end": 12, "norm": {"actor_id": "RUS"}}}, "speaker", True),
    ({"speaker": {"start": 0, "end": 3, "actor_id": "RUS"}}, {"speaker": None}, "speaker", False),
    ({"speaker": {"start": 0, "end": 9, "actor_id": None}}, {"speaker": {"start": 4, "end": 12, "actor_id": None}}, "speaker", True),
    ({"speaker": {"start": 0, "end": 3, "actor_id": ["a", "IRNGOV"]}}, {"speaker": {"start": 0, "end": 3, "actor_id": "IRNGOV"}}, "speaker", True),
    ({"money": [8e9]}, {"money": [8.0e9]}, "money", True),
    ({"money": [8e9]}, {"money": [8e6]}, "money", False),
    ({"dates": ["2016-H1"]}, {"dates": ["2016-H1"]}, "dates", True),
    ({"dates": [["2016-H1", "P6M"]]}, {"dates": ["P6M"]}, "dates", True),
    ({"dates": ["2016"]}, {"dates": ["2016", "2015"]}, "dates", False),
    ({"neg": True}, {"neg": False}, "negated", False),
    ({"hedge": True}, {"hedge": True}, "hedged", True),
])
def test_evaluate_field_accuracy(gold_kw, pred_kw, field, ok):
    report = evaluate([_claim(**gold_kw)], [_claim(**pred_kw)])
    assert report["accuracy"][field]["correct"] == int(ok)


def test_evaluate_actor_roles_and_pairs():
    gold = [_claim(actors=[("RUS", "subject"), ("IRN", "object")])]
    pred = [_claim()]
    pred[0]["actors"] = [_pred_actor("RUS", "subject"), _pred_actor("IRN", "other")]
    report = evaluate(gold, pred)
    assert report["accuracy"]["actors"]["correct"] == 0
    assert report["accuracy"]["actor_ids"]["correct"] == 1
    assert report["actor_pairs"]["tp"] == 1 and report["actor_pairs"]["precision"] == 0.5


def test_evaluate_sections_filter_and_format():
    gold = [_claim()]
    pred = [_claim(), _claim(ps=50, pe=55, section="bio")]
    assert evaluate(gold, pred)["pred"] == 2
    report = evaluate(gold, pred, sections=["body"])
    assert report["pred"] == 1 and report["detection"]["f1"] == 1.0
    text = format_report(report)
    assert "detection" in text and "P 1.000" in text and "speaker" in text
