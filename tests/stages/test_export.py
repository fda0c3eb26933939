"""export / import_gold: each tool's documented import format, and export -> import round trips."""

from __future__ import annotations

import copy
import hashlib
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from pipeline.api import iter_jsonl, read_records
from pipeline.cli import app
from pipeline.errors import ClaimsError
from pipeline.schemas import MENTION_SCHEMA
from pipeline.stages.export import (LABELS, export, from_utf16, import_gold, prodigy_hashes, utf16_offsets,
                                    write_gold)
from tests.conftest import FIXTURES

RUN = FIXTURES / "run"
INT32 = {"type": "integer", "minimum": -(2 ** 31), "maximum": 2 ** 31 - 1}
LABEL_ENUM = {"enum": sorted(LABELS.values())}

# The documented field names of each tool's import format (Prodigy "spans"/"tokens" task format;
# Label Studio "Import pre-annotated data" for <Labels>/<Text>; doccano sequence labeling JSONL).
PRODIGY_TASK = {
    "type": "object", "required": ["text", "spans", "_input_hash", "_task_hash"],
    "additionalProperties": False,
    "properties": {
        "text": {"type": "string"}, "_input_hash": INT32, "_task_hash": INT32, "meta": {"type": "object"},
        "answer": {"enum": ["accept", "reject", "ignore"]},
        "tokens": {"type": "array", "items": {
            "type": "object", "required": ["text", "start", "end", "id", "ws"], "additionalProperties": False,
            "properties": {"text": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"},
                           "id": {"type": "integer"}, "ws": {"type": "boolean"}}}},
        "spans": {"type": "array", "items": {
            "type": "object", "required": ["start", "end", "label"], "additionalProperties": False,
            "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}, "label": LABEL_ENUM,
                           "text": {"type": "string"}, "token_start": {"type": "integer"},
                           "token_end": {"type": "integer"}}}},
    },
}
LS_RESULT = {
    "type": "object", "required": ["id", "from_name", "to_name", "type", "value"],
    "properties": {"id": {"type": "string"}, "from_name": {"const": "label"}, "to_name": {"const": "text"},
                   "type": {"const": "labels"}, "origin": {"type": "string"},
                   "value": {"type": "object", "required": ["start", "end", "labels"], "additionalProperties": False,
                             "properties": {"start": {"type": "integer"}, "end": {"type": "integer"},
                                            "text": {"type": "string"},
                                            "labels": {"type": "array", "items": LABEL_ENUM, "minItems": 1}}}},
}
LS_TASKS = {
    "type": "array", "items": {
        "type": "object", "required": ["data"], "additionalProperties": False,
        "properties": {
            "data": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}},
            "predictions": {"type": "array", "items": {
                "type": "object", "required": ["result"],
                "properties": {"model_version": {"type": "string"}, "score": {"type": "number"},
                               "result": {"type": "array", "items": LS_RESULT}}}},
            "annotations": {"type": "array"},
        }}}
DOCCANO_LINE = {
    "type": "object", "required": ["text", "label"],
    "properties": {"text": {"type": "string"},
                   "label": {"type": "array", "items": {
                       "type": "array", "minItems": 3, "maxItems": 3,
                       "prefixItems": [{"type": "integer"}, {"type": "integer"}, LABEL_ENUM]}}},
}

SUFFIX = {"prodigy": "jsonl", "label-studio": "json", "doccano": "jsonl"}


def _spans(records):
    return sorted((m["doc_id"], m["start"], m["end"], m["kind"]) for m in records)


def _run_spans(run_dir: Path):
    return _spans(iter_jsonl(run_dir / "mentions.jsonl"))


def _export(tmp_path, tool, run=RUN):
    out = tmp_path / f"export.{SUFFIX[tool]}"
    export(run, tool, out)
    return out


def _read(path: Path):
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else [json.loads(x) for x in text.split("\n") if x]


def _as_reviewed(tool, path: Path) -> Path:
    """What the tool gives back when a person accepts every pre-annotated task unchanged."""
    data = _read(path)
    if tool == "prodigy":
        for task in data:
            task["answer"] = "accept"
    elif tool == "label-studio":
        for task in data:
            task["annotations"] = [{"id": 1, "was_cancelled": False, "result": task.pop("predictions")[0]["result"]}]
    out = path.with_name("reviewed-" + path.name)
    _write(out, data)
    return out


def _write(path: Path, data):
    if path.suffix == ".json":
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    else:
        path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in data), encoding="utf-8")


def _make_run(tmp_path: Path, text: str, mentions: list[tuple[str, str]]) -> Path:
    """A minimal run folder: one document and mentions given as (surface, kind) in order."""
    run = tmp_path / "run"
    run.mkdir()
    doc = {"schema": "document/1", "doc_id": "d1", "sha256": hashlib.sha256(text.encode()).hexdigest(),
           "text": text, "title": None, "published": None, "url": None, "source": None, "path": None}
    (run / "documents.jsonl").write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    lines, pos = [], 0
    for surface, kind in mentions:
        start = text.index(surface, pos)
        pos = start + len(surface)
        lines.append(json.dumps({"schema": "mention/1", "mention_id": f"d1:{kind}:{start}-{pos}", "doc_id": "d1",
                                 "kind": kind, "text": surface, "start": start, "end": pos, "label": kind,
                                 "origin": "ner", "norm": {}}, ensure_ascii=False))
    (run / "mentions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return run


@pytest.mark.parametrize("tool", ["prodigy", "label-studio", "doccano"])
def test_export_round_trip_identical_spans(tmp_path, tool):
    out = _export(tmp_path, tool)
    gold = import_gold(_as_reviewed(tool, out), tool, run_dir=RUN)
    assert _spans(gold) == _run_spans(RUN)
    docs = {d["doc_id"]: d["text"] for d in iter_jsonl(RUN / "documents.jsonl")}
    for record in gold:
        jsonschema.validate(record, MENTION_SCHEMA)
        assert docs[record["doc_id"]][record["start"]:record["end"]] == record["text"]
        assert record["origin"] == f"rule:gold:{tool}" and all(v is None for v in record["norm"].values())


@pytest.mark.parametrize("tool", ["prodigy", "label-studio", "doccano"])
def test_export_round_trip_astral_characters(tmp_path, tool):
    text = "\U0001F4B0 Iran \U0001F1EE\U0001F1F7 paid $8 billion in 2016 \u2014 \u00e9t\u00e9 \U0001F600 Tehran."
    run = _make_run(tmp_path, text, [("Iran", "actor"), ("$8 billion", "money"), ("2016", "date"),
                                     ("Tehran", "actor")])
    out = _export(tmp_path, tool, run)
    gold = import_gold(_as_reviewed(tool, out), tool, run_dir=run)
    assert _spans(gold) == _run_spans(run)
    assert [g["text"] for g in gold] == ["Iran", "$8 billion", "2016", "Tehran"]


def test_export_label_studio_and_doccano_count_utf16_units(tmp_path):
    text = "\U0001F600 Iran"
    run = _make_run(tmp_path, text, [("Iran", "actor")])
    ls = _read(_export(tmp_path, "label-studio", run))
    value = ls[0]["predictions"][0]["result"][0]["value"]
    assert (value["start"], value["end"]) == (3, 7)  # the emoji is two UTF-16 code units
    assert text.encode("utf-16-le")[value["start"] * 2:value["end"] * 2].decode("utf-16-le") == "Iran"
    doccano = _read(_export(tmp_path, "doccano", run))
    assert doccano[0]["label"] == [[3, 7, "ACTOR"]]
    prodigy = _read(_export(tmp_path, "prodigy", run))
    assert (prodigy[0]["spans"][0]["start"], prodigy[0]["spans"][0]["end"]) == (2, 6)  # code points


@pytest.mark.parametrize("text", ["", "abc", "a\U0001F600b\u00e9\U0001F1EE\U0001F1F7c", "\U0001F600" * 3])
def test_utf16_offsets_invert(text):
    table = utf16_offsets(text)
    assert table[-1] == len(text.encode("utf-16-le")) // 2
    assert [from_utf16(table, table[i]) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    if "\U0001F600" in text:
        with pytest.raises(ValueError, match="splits a character"):
            from_utf16(table, table[text.index("\U0001F600")] + 1)


def test_export_prodigy_matches_documented_fields(tmp_path):
    tasks = _read(_export(tmp_path, "prodigy"))
    assert len(tasks) == 3
    for task in tasks:
        jsonschema.validate(task, PRODIGY_TASK)
        assert task["meta"]["doc_id"]
        assert (task["_input_hash"], task["_task_hash"]) == prodigy_hashes(task)
        for span in task["spans"]:  # token indices are inclusive and cover exactly the span
            toks = task["tokens"][span["token_start"]:span["token_end"] + 1]
            assert (toks[0]["start"], toks[-1]["end"]) == (span["start"], span["end"])
    assert len({t["_input_hash"] for t in tasks}) == 3


def test_prodigy_hashes_follow_input_and_spans():
    task = {"text": "Iran paid $8 billion.", "spans": [{"start": 0, "end": 4, "label": "ACTOR"}]}
    other_spans = {**task, "spans": [{"start": 10, "end": 20, "label": "MONEY"}]}
    other_text = {**task, "text": "Iran paid $9 billion."}
    ih, th = prodigy_hashes(task)
    assert prodigy_hashes(copy.deepcopy(task)) == (ih, th)
    assert prodigy_hashes(other_spans)[0] == ih and prodigy_hashes(other_spans)[1] != th
    assert prodigy_hashes(other_text)[0] != ih


def test_export_label_studio_matches_documented_fields_and_config(tmp_path):
    out = _export(tmp_path, "label-studio")
    tasks = _read(out)
    jsonschema.validate(tasks, LS_TASKS)
    config = ET.fromstring(out.with_name("export.label_config.xml").read_text(encoding="utf-8"))
    labels_tag, text_tag = config.find("Labels"), config.find("Text")
    assert labels_tag.get("name") == "label" and labels_tag.get("toName") == "text"
    assert text_tag.get("name") == "text" and text_tag.get("value") == "$text"
    declared = {lab.get("value") for lab in labels_tag.findall("Label")}
    used = {lab for t in tasks for r in t["predictions"][0]["result"] for lab in r["value"]["labels"]}
    assert used <= declared
    ids = [r["id"] for t in tasks for r in t["predictions"][0]["result"]]
    assert len(ids) == len(set(ids)) == 22


def test_export_doccano_matches_documented_fields(tmp_path):
    lines = _read(_export(tmp_path, "doccano"))
    for line in lines:
        jsonschema.validate(line, DOCCANO_LINE)
    assert sum(len(line["label"]) for line in lines) == 22


def test_export_kinds_filter_and_unknown_tool(tmp_path):
    out = tmp_path / "money.jsonl"
    result = export(RUN, "doccano", out, kinds=["money"])
    assert result.spans == 4 and {lab for line in _read(out) for *_, lab in line["label"]} == {"MONEY"}
    with pytest.raises(ClaimsError, match="unknown tool"):
        export(RUN, "brat", tmp_path / "x")
    with pytest.raises(ClaimsError, match="unknown kind"):
        export(RUN, "doccano", tmp_path / "x", kinds=["weather"])


def test_import_prodigy_keeps_only_accepted_answers(tmp_path):
    tasks = _read(_export(tmp_path, "prodigy"))
    tasks[0]["answer"], tasks[1]["answer"] = "accept", "reject"  # tasks[2]: not reviewed
    path = tmp_path / "db-out.jsonl"
    _write(path, tasks)
    assert {g["doc_id"] for g in import_gold(path, "prodigy")} == {"kremlin-arms-deal.txt"}
    everything = import_gold(path, "prodigy", include_unreviewed=True)
    assert {g["doc_id"] for g in everything} == {"kremlin-arms-deal.txt", "scraped-beirut.html"}


def test_import_label_studio_uses_last_submitted_annotation(tmp_path):
    tasks = _read(_export(tmp_path, "label-studio"))
    first = tasks[0]["predictions"][0]["result"]
    corrected = [r for r in first if r["value"]["labels"] != ["DATE"]]  # the annotator removed the dates
    tasks[0]["annotations"] = [{"id": 1, "was_cancelled": False, "result": first},
                               {"id": 2, "was_cancelled": False, "result": corrected}]
    tasks[1]["annotations"] = [{"id": 3, "was_cancelled": True, "result": tasks[1]["predictions"][0]["result"]}]
    path = tmp_path / "ls-export.json"
    _write(path, tasks)
    gold = import_gold(path, "label-studio")
    assert {g["doc_id"] for g in gold} == {"kremlin-arms-deal.txt"}
    assert {g["kind"] for g in gold} == {"actor", "money", "percent"}


def test_import_doccano_correction_changes_gold(tmp_path):
    lines = _read(_export(tmp_path, "doccano"))
    text = lines[0]["text"]
    lines[0]["label"] = [lab for lab in lines[0]["label"] if lab[2] != "DATE"]  # drop dates
    start = text.index("S-300")
    lines[0]["label"].append([start, start + len("S-300 missiles"), "QUANTITY"])  # add a span
    for line in lines:
        line.pop("doc_id")  # doccano may drop extra fields: the run folder finds the document by text
    path = tmp_path / "doccano-export.jsonl"
    _write(path, lines)
    gold = import_gold(path, "doccano", run_dir=RUN)
    first = [g for g in gold if g["doc_id"] == "kremlin-arms-deal.txt"]
    assert not any(g["kind"] == "date" for g in first)
    assert any(g["text"] == "S-300 missiles" and g["kind"] == "quantity" for g in first)
    assert len(gold) == 22 - 3 + 1


def test_import_doccano_entities_shape(tmp_path):
    path = tmp_path / "rel.jsonl"
    _write(path, [{"id": 7, "text": "Iran paid.", "doc_id": "d9",
                   "entities": [{"id": 1, "label": "ACTOR", "start_offset": 0, "end_offset": 4}], "relations": []}])
    assert [(g["doc_id"], g["text"], g["kind"]) for g in import_gold(path, "doccano")] == [("d9", "Iran", "actor")]


@pytest.mark.parametrize("records, message", [
    ([{"text": "Iran paid.", "doc_id": "d1", "label": [[0, 4, "COUNTRY"]]}], "unknown label 'COUNTRY'"),
    ([{"text": "Iran paid.", "doc_id": "d1", "label": [[0, 40, "ACTOR"]]}], "bad span offsets"),
    ([{"text": "Iran paid.", "label": [[0, 4, "ACTOR"]]}], "no doc_id"),
    ([{"text": "Iran paid.", "doc_id": "kremlin-arms-deal.txt", "label": []}], "not the text of document"),
])
def test_import_gold_errors_name_file_and_line(tmp_path, records, message):
    path = tmp_path / "bad.jsonl"
    _write(path, records)
    run_dir = RUN if "kremlin" in json.dumps(records) else None
    with pytest.raises(ClaimsError, match=message) as info:
        import_gold(path, "doccano", run_dir=run_dir)
    assert str(info.value).startswith(f"{path}:1:")


runner = CliRunner()


@pytest.mark.parametrize("tool", ["prodigy", "label-studio", "doccano"])
def test_cli_export_then_import_gold(tmp_path, tool):
    out = tmp_path / f"tasks.{SUFFIX[tool]}"
    result = runner.invoke(app, ["export", str(RUN), "--to", tool, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"exported 3 documents with 22 spans for {tool}" in result.output
    gold_path = tmp_path / "gold.jsonl"
    imported = runner.invoke(app, ["import-gold", str(out), "--from", tool, "--include-unreviewed",
                                   "--run", str(RUN), "--out", str(gold_path)])
    assert imported.exit_code == 0, imported.output
    assert "imported 22 gold mentions from 3 documents" in imported.output
    assert _spans(iter_jsonl(gold_path)) == _run_spans(RUN)


def test_cli_import_gold_stdout_and_bad_tool(tmp_path):
    out = tmp_path / "t.jsonl"
    runner.invoke(app, ["export", str(RUN), "--to", "doccano", "--out", str(out)])
    printed = runner.invoke(app, ["import-gold", str(out), "--from", "doccano"])
    assert printed.exit_code == 0 and len(printed.output.splitlines()) == 22
    bad = runner.invoke(app, ["import-gold", str(out), "--from", "webanno"])
    assert bad.exit_code == 1 and "unknown format 'webanno'" in bad.output
    not_brat = runner.invoke(app, ["import-gold", str(out), "--from", "brat"])
    assert not_brat.exit_code == 1 and "not a brat file" in not_brat.output


def test_write_gold_is_jsonl(tmp_path):
    path = write_gold([{"schema": "mention/1", "a": 1}], tmp_path / "g.jsonl")
    assert path.read_text(encoding="utf-8") == '{"schema": "mention/1", "a": 1}\n'


# ------------------------------------------------------------------ review marks from the HTML report
def _marks_file(tmp_path, marks: list[dict]):
    path = tmp_path / "marks.jsonl"
    path.write_text("".join(json.dumps(m) + "\n" for m in marks), encoding="utf-8")
    return path


def _report_mark(claim: dict, verdict: str = "flagged", flags=(), **corrections) -> dict:
    from pipeline.report import gold_shape

    doc = {d["doc_id"]: d for d in read_records(FIXTURES / "run")[0]}[claim["doc_id"]]
    return {"schema": "review-mark/1", "report": "x", "claim_id": claim["claim_id"], "doc_id": claim["doc_id"],
            "verdict": verdict, "flags": list(flags), "corrections": corrections, "note": "",
            "claim": gold_shape(claim, doc["text"])}


@pytest.fixture(scope="module")
def fixture_claims():
    return {c["claim_id"].split(":claim:")[1]: c for c in read_records(FIXTURES / "run")[2]}


def test_import_report_marks_span_and_values_corrections(tmp_path, fixture_claims):
    from pipeline.stages.export import import_report_marks

    arms = fixture_claims["35-87"]
    mark = _report_mark(arms, flags=["wrong_span", "wrong_amount_or_date"], span="concluded an $8 billion arms deal",
                        values="$8.5bn; 2016-12-11")
    result = import_report_marks(_marks_file(tmp_path, [mark]))
    (gold,) = result.records
    doc_text = read_records(FIXTURES / "run")[0][0]["text"]
    assert doc_text[gold["start"]:gold["end"]] == gold["text"] == "concluded an $8 billion arms deal"
    assert gold["money"] == [{"kind": "money", "norm": {"value": 8.5e9}}]
    assert gold["dates"] == [{"kind": "date", "norm": {"value": "2016-12-11"}}]
    assert gold["gold"]["flags"] == ["wrong_amount_or_date", "wrong_span"] and "sentence" not in gold


def test_import_report_marks_last_mark_wins_and_none_values(tmp_path, fixture_claims):
    from pipeline.stages.export import import_report_marks

    de = fixture_claims["95-128"]
    marks = [_report_mark(de, verdict="correct"),
             _report_mark(de, flags=["wrong_amount_or_date", "wrong_speaker"], values="none", speaker="none")]
    (gold,) = import_report_marks(_marks_file(tmp_path, marks)).records
    assert gold["money"] == [] and gold["dates"] == [] and gold["speaker"] is None


@pytest.mark.parametrize("mark_changes, message", [
    ({"schema": "claim/1"}, "not a review mark"),
    ({"flags": ["wrong_colour"]}, "unknown flag"),
    ({"flags": ["wrong_amount_or_date"], "corrections": {"values": "lots"}}, "neither an amount"),
    ({"flags": ["wrong_span"], "corrections": {"span": "not in there"}}, "not in the claim's sentence"),
    ({"claim": None}, "has no claim"),
])
def test_import_report_marks_bad_marks_are_clear(tmp_path, fixture_claims, mark_changes, message):
    from pipeline.stages.export import import_report_marks

    mark = {**_report_mark(fixture_claims["35-87"]), **mark_changes}
    with pytest.raises(ClaimsError, match=message):
        import_report_marks(_marks_file(tmp_path, [mark]))


def test_import_report_marks_checks_run_documents(tmp_path, fixture_claims):
    from pipeline.stages.export import import_report_marks

    mark = _report_mark(fixture_claims["35-87"], verdict="correct")
    mark["claim"]["doc_id"] = "elsewhere.txt"
    with pytest.raises(ClaimsError, match="'elsewhere.txt' is not in"):
        import_report_marks(_marks_file(tmp_path, [mark]), run_dir=FIXTURES / "run")


def test_cli_import_gold_from_report_then_eval(tmp_path, fixture_claims):
    from typer.testing import CliRunner

    from pipeline.cli import app

    marks = _marks_file(tmp_path, [_report_mark(fixture_claims["35-87"], verdict="correct"),
                                   _report_mark(fixture_claims["15-70"], flags=["not_a_claim"])])
    out = tmp_path / "gold.jsonl"
    runner = CliRunner()
    result = runner.invoke(app, ["import-gold", str(marks), "--from", "report", "--out", str(out),
                                 "--run", str(FIXTURES / "run")])
    assert result.exit_code == 0, result.output
    assert "imported 1 gold claims from 2 reviewed documents" in result.output and "not a claim" in result.output
    scored = runner.invoke(app, ["eval", "--gold", str(out), "--pred", str(FIXTURES / "run"), "--json"])
    assert scored.exit_code == 0, scored.output
    report = json.loads(scored.output)["claims"]
    assert report["matched"] == 1 and report["accuracy"]["speaker"]["accuracy"] == 1.0


@pytest.mark.parametrize("tool", ["prodigy", "doccano"])
def test_export_round_trip_line_separators_in_text(tmp_path, tool):
    text = "Iran said\u2028it paid $8 billion\u2029in 2016,\x85officials said\u2028in Tehran."
    run = _make_run(tmp_path, text, [("Iran", "actor"), ("$8 billion", "money"), ("2016", "date"),
                                     ("Tehran", "actor")])
    out = _export(tmp_path, tool, run)
    assert out.read_bytes().count(b"\n") == 1  # one task, one line: the separators stay inside it
    gold = import_gold(_as_reviewed(tool, out), tool, run_dir=run)
    assert _spans(gold) == _run_spans(run)
    assert [g["text"] for g in gold] == ["Iran", "$8 billion", "2016", "Tehran"]


def test_export_refuses_a_folder_whose_files_disagree(tmp_path):
    from pipeline import io

    run = _make_run(tmp_path, "Iran paid $8 billion in 2016.", [("Iran", "actor"), ("2016", "date")])
    io.update_manifest(run, note="records the files")  # now the manifest knows every file's hash
    export(run, "prodigy", tmp_path / "ok.jsonl")
    with (run / "mentions.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"doc_id": "ghost", "kind": "actor", "start": 0, "end": 1}) + "\n")
    with pytest.raises(ClaimsError, match="do not belong together: mentions.jsonl is not the file"):
        export(run, "prodigy", tmp_path / "bad.jsonl")


def test_import_report_not_a_claim_alone_makes_its_article_scored(tmp_path, fixture_claims):
    """A junk claim flagged in an article nobody marked otherwise: the gold records the article
    as reviewed, and eval scores it (the flagged claim is a false positive)."""
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.stages.export import import_report_marks

    junk = fixture_claims["95-128"]  # eu-aid.md: no other mark in that article
    marks = _marks_file(tmp_path, [_report_mark(junk, flags=["not_a_claim"]),
                                   _report_mark(fixture_claims["35-87"], flags=["wrong_speaker"])])  # no value
    result = import_report_marks(marks, run_dir=FIXTURES / "run")
    assert result.records == [] and len(result.skipped) == 2
    assert result.documents == [{"schema": "gold-document/1", "doc_id": "eu-aid.md", "annotated": ["claims"],
                                 "gold": {"tool": "report", "source": "marks.jsonl"}}]  # a bare flag: not reviewed
    out = tmp_path / "gold.jsonl"
    runner = CliRunner()
    imported = runner.invoke(app, ["import-gold", str(marks), "--from", "report", "--out", str(out)])
    assert imported.exit_code == 0 and "imported 0 gold claims from 1 reviewed documents" in imported.output
    scored = runner.invoke(app, ["eval", "--gold", str(out), "--pred", str(FIXTURES / "run"), "--json"])
    assert scored.exit_code == 0, scored.output
    report = json.loads(scored.output)["claims"]
    eu_aid = sum(1 for c in fixture_claims.values() if c["doc_id"] == "eu-aid.md")
    assert (report["gold"], report["pred"], report["matched"]) == (0, eu_aid, 0)
    assert report["detection"]["precision"] == 0.0 and list(report["per_doc"]) == ["eu-aid.md"]


def test_eval_gold_document_record_is_checked(tmp_path):
    from pipeline.stages.evaluate import load_gold

    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"schema": "gold-document/1", "doc_id": "a.txt", "annotated": ["colours"]}\n', encoding="utf-8")
    with pytest.raises(ClaimsError, match=r"gold.jsonl:1: a gold-document/1 record needs a doc_id"):
        load_gold(gold)


def test_import_report_marks_across_files_the_last_mark_wins(tmp_path, fixture_claims):
    """Two exports of the same report (Monday's and Tuesday's marks): one gold claim per claim,
    and a claim marked right first and "not a claim" later is not gold, only reviewed."""
    from pipeline.stages.export import import_report_marks

    arms, de = fixture_claims["35-87"], fixture_claims["95-128"]
    monday, tuesday = tmp_path / "monday", tmp_path / "tuesday"
    monday.mkdir()
    tuesday.mkdir()
    first = _marks_file(monday, [_report_mark(arms, verdict="correct"), _report_mark(de, verdict="correct")])
    later = _marks_file(tuesday, [_report_mark(arms, flags=["wrong_speaker"], speaker="none"),
                                  _report_mark(de, flags=["not_a_claim"]),
                                  _report_mark(de, flags=["wrong_span"])])  # no right span: skipped, undoes nothing
    result = import_report_marks([first, later])
    assert [(g["claim_id"], g["speaker"]) for g in result.records] == [(arms["claim_id"], None)]
    assert {d["doc_id"] for d in result.documents} == {arms["doc_id"], de["doc_id"]}
    assert len(result.skipped) == 2 and "not a claim" in result.skipped[0]
    assert "wrong span without the right value" in result.skipped[1]
