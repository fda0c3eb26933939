"""Tests for pipeline.evaluation.timeml on the hand-written fixture, and an end-to-end score."""

from __future__ import annotations

import json

import pytest

from pipeline.components.dates import find_dates
from pipeline.evaluation.mentions import evaluate
from pipeline.evaluation.timeml import TimeMLError, read_tml, read_tml_all, tml_files, write_documents
from pipeline.schemas import MENTION_SCHEMA, DOCUMENT_SCHEMA, mention_record

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

TML = FIXTURES / "timeml"


def test_read_tml_document_and_offsets():
    doc, gold = read_tml(TML / "arms-deal.tml")
    assert doc["doc_id"] == "arms-deal" and doc["published"] == "2016-12-15"
    assert doc["title"] == "Russia and Iran sign new arms deal"
    assert "—" in doc["text"] and "<TIMEX3" not in doc["text"]  # entities decoded, tags stripped
    assert len(gold) == 11
    for m in gold:
        assert doc["text"][m["start"]:m["end"]] == m["text"]
    by_text = {m["text"]: m["norm"] for m in gold}
    assert by_text["earlier this year"]["mod"] == "START"
    assert by_text["the first six months of 2016"] == {
        "timex_type": "DATE", "value": "2016-H1", "mod": None, "earliest": "2016-01-01",
        "latest": "2016-06-30", "anchor": None, "tid": "t8"}
    assert by_text["every year"]["timex_type"] == "SET"
    assert all(m["doc_id"] == "arms-deal" and m["kind"] == "date" for m in gold)


def test_read_tml_skips_creation_time_and_nested_tags():
    doc, gold = read_tml(TML / "trade-talks.tml")
    assert doc["published"] == "2015-11-24"
    assert "November 24, 2015" not in doc["text"]
    assert [m["text"] for m in gold] == ["November 23, 2015", "eight years", "1996", "2008", "now"]
    assert "the first visit" in doc["text"]  # EVENT tag text kept


def test_read_tml_records_match_the_schemas():
    jsonschema = pytest.importorskip("jsonschema")
    docs, gold = read_tml_all(TML)
    for d in docs:
        jsonschema.validate(d, DOCUMENT_SCHEMA)
    for m in gold:
        jsonschema.validate(m, MENTION_SCHEMA)


def test_read_tml_all_reads_a_folder_sorted():
    docs, gold = read_tml_all(TML)
    assert [d["doc_id"] for d in docs] == sorted(p.stem for p in TML.glob("*.tml"))
    assert len(gold) == sum(len(read_tml(p)[1]) for p in TML.glob("*.tml"))
    assert tml_files(TML / "arms-deal.tml") == [TML / "arms-deal.tml"]


@pytest.mark.parametrize("content, message", [("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT>"),
                                              ("<TimeML><TEXT>unclosed</TimeML>", "not a readable")])
def test_read_tml_errors_name_the_file(tmp_path, content, message):
    p = tmp_path / "bad.tml"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(TimeMLError, match=message) as info:
        read_tml(p)
    assert "bad.tml" in str(info.value)


def test_write_documents_for_ingest(tmp_path):
    out = tmp_path / "docs.jsonl"
    assert write_documents(TML, out) == len(list(TML.glob("*.tml")))
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    row = next(r for r in rows if r["id"] == "arms-deal")
    assert row["published"] == "2016-12-15"
    assert row["text"] == read_tml(TML / "arms-deal.tml")[0]["text"]


def _predict(docs):
    return [mention_record(d["doc_id"], "date", f.text, f.start, f.end, "date", f"rule:{f.rule}", f.norm)
            for d in docs for f in find_dates(d["text"], d["published"])]


SEED_TML = [TML / "arms-deal.tml", TML / "trade-talks.tml"]


def _read(paths):
    docs, gold = [], []
    for p in paths:
        d, g = read_tml(p)
        docs.append(d)
        gold.extend(g)
    return docs, gold


def test_evaluate_tagger_on_fixture_known_scores():
    docs, gold = _read(SEED_TML)
    rep = evaluate(gold, _predict(docs))
    d = rep["kinds"]["date"]
    assert (d["gold"], d["pred"]) == (16, 16)
    # the only extent difference: gold 'in the coming months' keeps its preposition
    assert d["strict"]["tp"] == 15 and d["strict"]["f1"] == pytest.approx(15 / 16)
    assert d["relaxed"]["f1"] == 1.0
    assert d["type_accuracy"] == 1.0 and d["value_accuracy"] == 1.0


def test_evaluate_without_published_loses_values_not_detection():
    docs, gold = _read(SEED_TML)
    docs = [{**d, "published": None} for d in docs]
    d = evaluate(gold, _predict(docs))["kinds"]["date"]
    assert d["relaxed"]["f1"] == 1.0
    # yesterday, this morning, earlier this year, 4:30 p.m. become underspecified
    assert d["value_accuracy"] == pytest.approx(12 / 16)
