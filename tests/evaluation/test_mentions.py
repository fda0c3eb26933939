"""Tests for pipeline.evaluation.mentions: strict/relaxed scores and attribute accuracy."""

from __future__ import annotations

import pytest

from pipeline.evaluation.mentions import evaluate, format_report, relaxed_pairs, same_value, value_error_kind
from pipeline.schemas import mention_record


def _m(doc, start, end, ttype="DATE", value="2016", kind="date", text="x"):
    norm = {"timex_type": ttype, "value": value} if kind == "date" else {"value": value}
    return mention_record(doc, kind, text, start, end, kind, "ner", norm)


GOLD = [_m("a", 0, 4, value="2015"), _m("a", 10, 20, value="2016-H1"), _m("a", 30, 35, "DURATION", "P6M"),
        _m("b", 5, 9, value="1996"), _m("b", 14, 18, value="2008")]
PRED = [_m("a", 0, 4, value="2015"),             # strict, value right
        _m("a", 13, 20, value="2016"),           # relaxed only, value wrong
        _m("a", 30, 35, "DATE", "P6M"),          # strict, type wrong, value right
        _m("a", 40, 44, value="2020"),           # spurious
        _m("b", 5, 18, value="1996"),            # overlaps both gold in b: matches one (one-to-one)
        _m("c", 0, 4, value="1999")]             # document without gold: ignored


def test_evaluate_known_scores():
    rep = evaluate(GOLD, PRED)
    d = rep["kinds"]["date"]
    assert (rep["documents"], rep["ignored_predictions"]) == (2, 1)
    assert (d["gold"], d["pred"]) == (5, 5)
    assert d["strict"]["tp"] == 2
    assert d["strict"]["precision"] == pytest.approx(2 / 5) and d["strict"]["recall"] == pytest.approx(2 / 5)
    assert d["relaxed"]["tp"] == 4
    assert d["relaxed"]["precision"] == pytest.approx(4 / 5) and d["relaxed"]["f1"] == pytest.approx(4 / 5)
    assert d["type_accuracy"] == pytest.approx(3 / 4)
    assert d["value_accuracy"] == pytest.approx(3 / 4)
    assert d["value_f1"] == pytest.approx(3 / 5)
    assert d["type_f1"] == pytest.approx(3 / 5)
    assert [e["start"] for e in d["examples"]["spurious"]] == [40]
    assert [e["start"] for e in d["examples"]["missed"]] == [14]
    assert d["examples"]["wrong_value"][0]["gold"]["value"] == "2016-H1"


def test_evaluate_doc_ids_widen_the_universe():
    rep = evaluate(GOLD, PRED, doc_ids=["a", "b", "c"])
    d = rep["kinds"]["date"]
    assert rep["ignored_predictions"] == 0 and d["pred"] == 6
    assert d["relaxed"]["precision"] == pytest.approx(4 / 6)


@pytest.mark.parametrize("gold, pred, p, r", [
    ([], [], 1.0, 1.0),
    ([_m("a", 0, 4)], [], 0.0, 0.0),
    ([], [_m("a", 0, 4)], 0.0, 0.0),
])
def test_evaluate_empty_edges(gold, pred, p, r):
    rep = evaluate(gold, pred, kinds=["date"], doc_ids=["a"])
    assert (rep["kinds"]["date"]["strict"]["precision"], rep["kinds"]["date"]["strict"]["recall"]) == (p, r)


def test_evaluate_default_kinds_are_the_gold_kinds():
    pred = PRED + [_m("a", 50, 55, kind="actor", value="RUS")]
    rep = evaluate(GOLD, pred)
    assert list(rep["kinds"]) == ["date"] and rep["kinds"]["date"]["pred"] == 5


def test_evaluate_kinds_filter_and_numeric_values():
    gold = [_m("a", 0, 3, kind="money", value=8e9), _m("a", 5, 9)]
    pred = [_m("a", 0, 3, kind="money", value=8000000000.0000001), _m("a", 5, 9)]
    rep = evaluate(gold, pred, kinds=["money"])
    assert list(rep["kinds"]) == ["money"]
    assert rep["kinds"]["money"]["value_accuracy"] == 1.0 and rep["kinds"]["money"]["type_accuracy"] is None


def test_relaxed_pairs_prefers_largest_overlap():
    gold = [{"start": 0, "end": 10}, {"start": 12, "end": 20}]
    pred = [{"start": 8, "end": 20}]
    assert relaxed_pairs(gold, pred) == [(1, 0)]


@pytest.mark.parametrize("a, b, same", [("2016", "2016 ", True), ("2016", "2016-01", False), (None, None, True),
                                        (None, "X", False), (0.5, 0.5000000001, True), (1, 2, False)])
def test_same_value(a, b, same):
    assert same_value(a, b) is same


def test_format_report_lists_scores_and_examples():
    text = format_report(evaluate(GOLD, PRED), examples=True)
    assert "date" in text and " 40.00" in text and " 80.00" in text and " 75.00" in text
    assert "spurious" in text and "2016-H1" in text


def test_span_only_gold_scores_detection_but_not_values():
    from pipeline.evaluation.mentions import evaluate

    gold = [{"doc_id": "d", "kind": "money", "start": 0, "end": 3, "norm": {"value": None}}]
    pred = [{"doc_id": "d", "kind": "money", "start": 0, "end": 3, "norm": {"value": 5.0}}]
    money = evaluate(gold, pred)["kinds"]["money"]
    assert money["strict"]["f1"] == 1.0
    assert money["value_accuracy"] is None and money["value_f1"] is None


@pytest.mark.parametrize("gold, pred, kind", [
    ("2016-12-15", None, "missing"),
    ("2016-12-15", "XXXX-XX-XX", "underspecified"),
    ("2016-12-15", "2016-12", "granularity"),
    ("2016-W50-WE", "2016-12-17", "granularity"),
    ("2016-12-15", "2016-12-08", "earlier"),
    ("2016-12-15T19:30", "2016-12-17T19:30", "later"),
    ("PXD", "P1D", "duration"),
    ("PAST_REF", "2015", "ref"),
    ("FY2016", "2016", "other"),
])
def test_value_error_kind_names_the_error(gold, pred, kind):
    assert value_error_kind(gold, pred) == kind


def _date(doc_id, start, end, ttype, value):
    return mention_record(doc_id, "date", "x" * (end - start), start, end, "date", "rule:t",
                          {"timex_type": ttype, "value": value})


def test_evaluate_date_confusion_summary_in_report():
    gold = [_date("d", 0, 5, "DATE", "2016-12-15"), _date("d", 10, 15, "DURATION", "PXD"),
            _date("d", 20, 25, "DATE", "2016-12-17"), _date("d", 30, 35, "DATE", "2016")]
    pred = [_date("d", 0, 5, "DATE", "2016-12-08"), _date("d", 10, 15, "DATE", None),
            _date("d", 20, 25, "DATE", "2016-12-10"), _date("d", 30, 35, "DATE", "2016")]
    rep = evaluate(gold, pred)
    conf = rep["kinds"]["date"]["confusion"]
    assert conf == {"type": {"DURATION -> DATE": 1}, "value": {"earlier": 2, "missing": 1}}
    text = format_report(rep)
    assert "date type errors (1): DURATION -> DATE 1" in text
    assert "date value errors (3): earlier 2, missing 1" in text


def test_evaluate_confusion_only_for_dates():
    m = mention_record("d", "money", "$5", 0, 2, "money", "rule:t", {"value": 5.0})
    assert "confusion" not in evaluate([m], [m])["kinds"]["money"]
