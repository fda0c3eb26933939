"""Tests for pipeline.evaluation.actors: actor gold from brat notes and the actor figures."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from pipeline.evaluation.actors import actor_records, evaluate, format_report, parse_actor_note
from pipeline.evaluation.brat import BratError, read_brat, read_brat_all

TEXT = "---\ntitle: t\n---\nSen. Robert K. Hensley met the FBI. Hensley said the bureau lied.\n"


def _ann(tmp_path, lines):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_brat(tmp_path / "a.txt")


def _t(ident, needle, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return f"{ident}\tActor {start} {start + len(needle)}\t{needle}"


def test_parse_actor_note():
    assert parse_actor_note("entity=robert-hensley; type=person; country=USA; role=USALEG") == {
        "entity": "robert-hensley", "type": "person", "country": "USA", "role": "USALEG"}
    assert parse_actor_note("entity = fbi ;type=government") == {"entity": "fbi", "type": "government"}


def test_actor_records_from_brat(tmp_path):
    doc = _ann(tmp_path, [
        _t("T1", "Sen. Robert K. Hensley"), "#1\tAnnotatorNotes T1\tentity=hensley; type=person; country=USA; role=USALEG",
        _t("T2", "the FBI"), "#2\tAnnotatorNotes T2\tentity=fbi; type=government; country=USA; role=USACOP",
        _t("T3", "Hensley", 1), "#3\tAnnotatorNotes T3\tentity=hensley; type=person; country=-; role=-",
    ])
    recs = actor_records(doc)
    assert [(r["text"], r["entity"], r["norm"]["type"], r["norm"]["country"], r["role"]) for r in recs] == [
        ("Sen. Robert K. Hensley", "hensley", "person", "USA", "USALEG"),
        ("the FBI", "fbi", "government", "USA", "USACOP"),
        ("Hensley", "hensley", "person", None, None)]
    for r in recs:
        assert doc.text[r["start"]:r["end"]] == r["text"] and r["kind"] == "actor"
        assert r["mention_id"] == f"a.txt:actor:{r['start']}-{r['end']}"


@pytest.mark.parametrize("note, message, line", [
    (None, "has no 'entity=…; type=…' note", 1),
    ("entity=; type=person", "has no entity", 2),
    ("entity=x; type=politician", "type 'politician' is not one of", 2),
    ("entity=x; type=person; country=US", "country 'US' is not ISO 3166-1 alpha-3", 2),
])
def test_actor_records_bad_notes_name_the_line(tmp_path, note, message, line):
    lines = [_t("T1", "the FBI")] + ([f"#1\tAnnotatorNotes T1\t{note}"] if note else [])
    doc = _ann(tmp_path, lines)
    with pytest.raises(BratError, match=message) as err:
        actor_records(doc)
    assert f"a.ann:{line}: " in str(err.value)


@pytest.mark.parametrize("folder, n_docs, n_recs", [("actors_gold", 6, 500), ("heldout/actors", 4, 300),
                                                    ("heldout2/actors", 4, 429), ("heldout3/actors", 4, 427),
                                                    ("heldout4/actors", 4, 366), ("heldout5/actors", 4, 398),
                                                    ("heldout6/actors", 5, 496), ("heldout7/actors", 5, 496),
                                                    ("heldout8/actors", 5, 496), ("heldout9/actors", 5, 464),
                                                    ("heldout10/actors", 5, 455), ("heldout11/actors", 5, 417),
                                                    ("heldout12/actors", 5, 453),
                                                    ("heldout13/actors", 5, 476),
                                                    ("heldout14/actors", 5, 491),
                                                    ("heldout15/actors", 5, 489),
                                                    ("heldout16/actors", 5, 474),
                                                    ("heldout17/actors", 5, 473),
                                                    ("heldout18/actors", 5, 472),
                                                    ("heldout19/actors", 5, 495),
                                                    ("heldout20/actors", 5, 458),
                                                    ("heldout21/actors", 5, 467),
                                                    ("heldout22/actors", 5, 457),
                                                    ("heldout23/actors", 5, 474),
                                                    ("heldout24/actors", 5, 484),
                                                    ("heldout25/actors", 5, 465),
                                                    ("heldout26/actors", 5, 494),
                                                    ("heldout27/actors", 5, 467),
                                                    ("heldout28/actors", 5, 522),
                                                    ("heldout29/actors", 5, 459),
                                                    ("heldout30/actors", 5, 495),
                                                    ("heldout31/actors", 5, 455),
                                                    ("heldout32/actors", 5, 467),
                                                    ("heldout33/actors", 5, 452),
                                                    ("heldout34/actors", 5, 434),
                                                    ("heldout35/actors", 5, 473),
                                                    ("heldout36/actors", 5, 463),
                                                    ("heldout37/actors", 5, 453),
                                                    ("heldout38/actors", 5, 505),
                                                    ("heldout39/actors", 5, 453),
                                                    ("heldout40/actors", 5, 532),
                                                    ("heldout41/actors", 5, 499),
                                                    ("heldout42/actors", 5, 453),
                                                    ("heldout43/actors", 5, 501),
                                                    ("heldout44/actors", 5, 454),
                                                    ("heldout45/actors", 5, 511),
                                                    ("heldout46/actors", 5, 467),
                                                    ("heldout47/actors", 5, 496),
                                                    ("heldout48/actors", 5, 424),
                                                    ("heldout49/actors", 5, 415)])
def test_actor_fixtures_read_cleanly(folder, n_docs, n_recs):
    docs = read_brat_all([FIXTURES / folder])
    recs = [r for d in docs for r in actor_records(d)]
    assert len(docs) >= n_docs and len(recs) >= n_recs
    texts = {d.doc_id: d.text for d in docs}
    assert all(texts[r["doc_id"]][r["start"]:r["end"]] == r["text"] for r in recs)


def _gold(start, end, entity, kind, country, doc="d"):
    return {"schema": "mention/1", "doc_id": doc, "kind": "actor", "text": "g", "start": start, "end": end,
            "norm": {"type": kind, "country": country}, "entity": entity, "role": None}


def _pred(start, end, actor_id, kind, country, doc="d", mention_kind="actor"):
    return {"schema": "mention/1", "doc_id": doc, "kind": mention_kind, "text": "p", "start": start, "end": end,
            "norm": {"actor_id": actor_id, "type": kind, "country": country}}


def _scenario():
    gold = [_gold(0, 10, "e1", "person", "USA"),        # A1
            _gold(20, 25, "e1", "person", "USA"),       # A2
            _gold(30, 40, "e2", "government", "USA"),   # A3
            _gold(50, 55, "e3", "media", None),         # A4: missed
            _gold(60, 65, "e2", "government", "USA")]   # A5
    pred = [_pred(0, 10, "p1", "government", "USA"),    # M1 ~ A1, wrong type
            _pred(21, 25, "p1", "person", None),        # M2 ~ A2, wrong country
            _pred(30, 40, "p1", "government", "USA"),   # M3 ~ A3, wrongly clustered with p1
            _pred(45, 48, "x", "state", "USA"),         # M4: phantom
            _pred(60, 65, None, "government", "USA"),   # M5 ~ A5, no actor id
            _pred(50, 55, None, None, None, mention_kind="money"),  # not an actor mention
            _pred(0, 10, "p9", "person", "USA", doc="other")]      # not a gold document
    return gold, pred


def test_evaluate_actor_figures():
    r = evaluate(*_scenario())
    assert (r["gold"], r["pred"], r["matched"]) == (5, 5, 4)
    assert r["found"] == {"count": 4, "total": 5, "share": 0.8}
    assert r["phantom"] == {"count": 1, "total": 5, "share": 0.2}
    # pairs over A1 A2 A3 A5: gold same {A1A2, A3A5}; predicted same {A1A2, A1A3, A2A3}; both {A1A2}
    assert r["clustering"] == {"tp": 1, "gold_pairs": 2, "pred_pairs": 3, "precision": 0.3333, "recall": 0.5,
                               "f1": 0.4}
    assert r["type"] == {"correct": 3, "total": 4, "accuracy": 0.75}
    assert r["country"] == {"correct": 3, "total": 4, "accuracy": 0.75}
    assert [m["start"] for m in r["missed"]] == [50] and [p["start"] for p in r["phantoms"]] == [45]


def test_evaluate_actor_one_to_one_and_touching_spans():
    gold = [_gold(0, 10, "e1", "person", "USA"), _gold(10, 20, "e2", "person", "USA")]
    pred = [_pred(0, 20, "p1", "person", "USA")]   # one mention over two gold spans
    r = evaluate(gold, pred)
    assert r["found"]["count"] == 2 and r["matched"] == 1 and r["phantom"]["count"] == 0
    touching = evaluate([_gold(0, 10, "e1", "person", "USA")], [_pred(10, 12, "p", "person", "USA")])
    assert touching["found"]["count"] == 0 and touching["phantom"]["count"] == 1


def test_evaluate_actor_lists_splits_and_merges():
    r = evaluate(*_scenario())
    # e2 (A3, A5) is split between p1 and no id; p1 (M1, M2, M3) merges e1 and e2
    assert r["splits"] == [{"doc_id": "d", "entity": "e2", "ids": {"p1": ["p"], "(none)": ["p"]}}]
    assert r["merges"] == [{"doc_id": "d", "actor_id": "p1", "entities": {"e1": ["p", "p"], "e2": ["p"]}}]
    clean = evaluate([_gold(0, 10, "e1", "person", "USA"), _gold(20, 25, "e1", "person", "USA")],
                     [_pred(0, 10, "a", "person", "USA"), _pred(20, 25, "a", "person", "USA")])
    assert clean["splits"] == [] and clean["merges"] == []


def test_format_actor_report():
    text = format_report(evaluate(*_scenario()))
    for words in ("found      0.800", "phantom    0.200", "clustering P 0.333  R 0.500  F1 0.400",
                  "type       0.750", "country    0.750", "missed gold actors: d@50", "phantom actors: d@45",
                  "split (1):\n  d e2 → p1: 'p' | (none): 'p'", "merged (1):\n  d p1 → e1: 'p', 'p' | e2: 'p'"):
        assert words in text
