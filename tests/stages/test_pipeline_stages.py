"""annotate → extract → validate on small runs, with the model loaded once (``full_nlp``)."""

import json
import os
import time

import pytest

from pipeline import io
from pipeline.config import Settings
from pipeline.stages.annotate import annotate
from pipeline.stages.extract import extract
from pipeline.stages.ingest import ingest
from pipeline.stages.validate import validate


def _run(tmp_path, full_nlp, docs):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    out = tmp_path / "out"
    ingest([src], out)
    annotate(out, Settings())
    extract(out)
    return out


DOCS = [
    {"id": "d1", "published": "2016-12-15",
     "text": "The Kremlin announced it would complete the delivery. Russia signed an $800 million contract in 2007."},
    {"id": "d2", "text": "Iran said it had received the first batch in 2016, according to officials."},
]


def test_annotate_writes_mentions_at_true_offsets(tmp_path, full_nlp):
    out = _run(tmp_path, full_nlp, DOCS)
    texts = {d["id"]: d["text"] for d in DOCS}
    mentions = list(io.read_jsonl(out / io.MENTIONS))
    assert mentions, "no mentions written"
    for m in mentions:
        assert texts[m["doc_id"]][m["start"]:m["end"]] == m["text"]
    money = [m for m in mentions if m["kind"] == "money"]
    assert [(m["doc_id"], m["text"]) for m in money] == [("d1", "$800 million")]
    assert validate(out).ok


def test_annotate_second_time_reads_cache_not_model(tmp_path, full_nlp):
    out = _run(tmp_path, full_nlp, DOCS)
    first = (out / io.MENTIONS).read_bytes()
    result = annotate(out, Settings())
    assert (result.parsed, result.cached) == (0, 2)
    assert (out / io.MENTIONS).read_bytes() == first


def test_extract_does_not_load_the_model(tmp_path, full_nlp, monkeypatch):
    out = _run(tmp_path, full_nlp, DOCS)
    before = (out / io.CLAIMS).read_bytes()
    import spacy

    def forbidden(*args, **kwargs):
        raise AssertionError("extract loaded a spaCy model")

    monkeypatch.setattr(spacy, "load", forbidden)
    extract(out)
    assert (out / io.CLAIMS).read_bytes() == before


def test_extract_with_a_helper_process_writes_the_same_claims(tmp_path, full_nlp, monkeypatch):
    docs = [{"id": f"d{i}", "text": d["text"], "published": d.get("published")} for i, d in enumerate(DOCS * 5)]
    out = _run(tmp_path, full_nlp, docs)
    monkeypatch.setattr("pipeline.executors.spare_core", lambda: False)
    alone = extract(out)
    before = (out / io.CLAIMS).read_bytes()
    monkeypatch.setattr("pipeline.executors.spare_core", lambda: True)
    from pipeline import work

    monkeypatch.setattr("pipeline.stages.extract.batched", lambda items, size: work.batched(items, 4))  # 3 batches
    shared = extract(out)
    assert (out / io.CLAIMS).read_bytes() == before
    assert (shared.documents, shared.claims) == (alone.documents, alone.claims)
    assert alone.documents == 10 and alone.claims > 0


def _slow_pid(n: int) -> tuple[int, int]:
    time.sleep(0.02)
    return n, os.getpid()


def test_shared_gives_results_in_order_with_or_without_a_pool():
    from pipeline.executors import _fork, _pool, shared

    calls = [(n,) for n in range(20)]
    alone = shared(None, _slow_pid, calls)
    assert [n for n, _ in alone] == list(range(20)) and {pid for _, pid in alone} == {os.getpid()}
    pool = _pool(1, _fork())
    try:
        both = shared(pool, _slow_pid, calls)
        assert [n for n, _ in both] == list(range(20))
        pids = [pid for _, pid in both]
        assert pids[0] != os.getpid() and pids[-1] == os.getpid()  # the helper from the front, this process from the back
        assert shared(pool, _slow_pid, []) == []
    finally:
        pool.shutdown()


def test_claims_carry_provenance_from_manifest(tmp_path, full_nlp):
    out = _run(tmp_path, full_nlp, DOCS)
    manifest = io.read_manifest(out)
    claims = list(io.read_jsonl(out / io.CLAIMS))
    assert claims
    for c in claims:
        assert c["provenance"] == {"pipeline": manifest["pipeline"], "model": manifest["model"],
                                   "config": manifest["config_hash"]}


def test_extract_without_annotate_is_a_clear_error(tmp_path):
    from pipeline.errors import ClaimsError

    (tmp_path / "in.jsonl").write_text('{"id": "x", "text": "Russia paid $5."}\n')
    ingest([tmp_path / "in.jsonl"], tmp_path / "out")
    with pytest.raises(ClaimsError, match="run `claims annotate` first"):
        extract(tmp_path / "out")


def test_validate_reports_broken_offsets_and_dangling_ids(tmp_path, full_nlp):
    out = _run(tmp_path, full_nlp, DOCS)
    lines = (out / io.MENTIONS).read_text(encoding="utf-8").splitlines()
    bad = json.loads(lines[0])
    bad["start"] += 1
    lines[0] = json.dumps(bad)
    orphan = json.loads(lines[1])
    orphan["doc_id"] = "ghost"
    orphan["mention_id"] = f"ghost:{orphan['kind']}:{orphan['start']}-{orphan['end']}"
    lines[1] = json.dumps(orphan)
    (out / io.MENTIONS).write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = validate(out)
    assert not report.ok
    text = "\n".join(report.problems)
    assert f"{out / io.MENTIONS}:1:" in text and "mention_id" in text
    assert "doc_id 'ghost' is not in documents.jsonl" in text
    assert "is not in mentions.jsonl" in text  # claims now point at mentions that changed


def test_validate_reports_schema_violation(tmp_path, full_nlp):
    out = _run(tmp_path, full_nlp, DOCS)
    recs = [json.loads(x) for x in (out / io.CLAIMS).read_text().splitlines()]
    del recs[0]["modality"]
    (out / io.CLAIMS).write_text("".join(json.dumps(r) + "\n" for r in recs))
    report = validate(out)
    assert any("claim schema" in p and "modality" in p for p in report.problems)


def test_cached_rule_results_are_redone_when_config_changes(tmp_path, full_nlp):
    out = _run(tmp_path, full_nlp, DOCS)
    result = annotate(out, Settings(default_currency="CAD"))
    assert result.parsed == 0 and result.cached == 2  # no model run
    money = [m for m in io.read_jsonl(out / io.MENTIONS) if m["kind"] == "money"]
    assert [m["norm"]["currency"] for m in money] == ["CAD"]
    extract(out)  # extract follows the manifest: the CAD configuration
    claims = [c for c in io.read_jsonl(out / io.CLAIMS) if c["money"]]
    assert claims and all(m["norm"]["currency"] == "CAD" for c in claims for m in c["money"])


def test_rules_stamp_follows_rule_code_but_not_claim_code():
    from pipeline.work import CLAIM_FILES, code_hash

    assert code_hash("rules") != code_hash("all")
    assert "components/claims.py" in CLAIM_FILES
