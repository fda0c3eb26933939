"""Regressions from review: stages mixed with runs, model identity, odd line separators,
nested output folders, damaged cache entries, permissions, stale temporary files, rejects."""

import json
import os
import stat

from conftest import CORPUS
from pipeline import io
from pipeline.config import Settings
from pipeline.stages.annotate import annotate
from pipeline.stages.ingest import ingest, iter_documents
from pipeline.stages.run import run
from pipeline.stages.validate import validate


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_stage_run_alone_then_run_does_not_reuse_stale_records(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "a.txt", "Russia paid $5 million to Iran in 2015, officials said.")
    run([src], out)
    _write(src / "a.txt", "Iran said on Monday that it had received $8 billion from Moscow in 2016.")
    ingest([src], out)  # documents.jsonl now has the new text, mentions/claims the old ones
    assert io.read_manifest(out)["complete"] is False
    result = run([src], out)
    assert result.status["unchanged"] == 0
    assert validate(out).ok
    money = [m["text"] for m in io.read_jsonl(out / io.MENTIONS) if m["kind"] == "money"]
    assert money == ["$8 billion"]


def test_annotate_alone_then_run_recomputes_claims(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "a.txt", "Russia signed an $800 million contract with Iran in 2007.")
    run([src], out)
    annotate(out, Settings(default_currency="CAD"))
    run([src], out, Settings(default_currency="CAD"))
    claims = [c for c in io.read_jsonl(out / io.CLAIMS) if c["money"]]
    assert claims and all(m["norm"]["currency"] == "CAD" for c in claims for m in c["money"])


def test_two_models_with_the_same_name_do_not_share_results(tmp_path, base_nlp):
    import spacy

    one, two = tmp_path / "m1" / "model-best", tmp_path / "m2" / "model-best"
    one.parent.mkdir()
    two.parent.mkdir()
    base_nlp.to_disk(one)
    other = spacy.load(one)
    other.remove_pipe("ner")  # a different model with the same name@version
    other.to_disk(two)
    assert spacy.load(two).meta["name"] == base_nlp.meta["name"]
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "a.txt", "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Tuesday.")
    run([src], out, Settings(model=str(one)))
    second = run([src], out, Settings(model=str(two)))
    assert second.status["unchanged"] == 0 and second.parsed == 1


def test_line_separators_inside_text_survive_incremental_runs(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    text = "Russia paid Iran\u2028$5 million in 2015,\u0085the Kremlin said.\u2029End."
    _write(src / "a.txt", text)
    _write(src / "b.jsonl", json.dumps({"id": "j", "text": "Iran\u2028paid $3 billion."}, ensure_ascii=False) + "\n")
    run([src], out)
    _write(src / "c.txt", "Tehran said it paid $1 billion in 2016.")
    result = run([src], out)
    assert result.status == {"unchanged": 2, "new": 1} and result.rejects == 0
    docs = {d["doc_id"]: d["text"] for d in io.read_jsonl(out / io.DOCUMENTS)}
    assert docs["a.txt"] == text and docs["j"] == "Iran\u2028paid $3 billion."
    assert validate(out).ok


def test_output_folder_inside_input_is_not_read_back(tmp_path):
    src = tmp_path / "in"
    _write(src / "a.txt", "Russia paid $5 million to Iran in 2015.")
    for _ in range(3):
        result = run([src], src / "out")
    assert result.documents == 1 and result.rejects == 0
    other = src / "old-run"
    run([src / "a.txt"], other)
    assert [d["doc_id"] for d in iter_documents([src])] == ["a.txt"]


def test_damaged_cache_entry_is_parsed_again(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "a.txt", "Russia paid $5 million to Iran in 2015.")
    run([src], out)
    expected = (out / io.MENTIONS).read_bytes()
    entry = next((out / io.CACHE).glob("*/*.spacy"))
    entry.write_bytes(entry.read_bytes()[:20])
    result = run([src], out, force=True)
    assert result.parsed == 1 and (out / io.MENTIONS).read_bytes() == expected


def test_outputs_are_readable_by_others_and_stale_temps_are_removed(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "a.txt", "Russia paid $5 million to Iran in 2015.")
    out.mkdir()
    (out / ".claims.jsonl.abc123.tmp").write_text("half a record")
    run([src], out)
    assert not list(out.glob(".*.tmp"))
    mode = stat.S_IMODE(os.stat(out / io.CLAIMS).st_mode)
    assert mode & 0o044 == 0o044 & ~_umask()


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_document_now_rejected_is_not_kept(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "a.txt", "Russia paid $5 million to Iran in 2015.")
    _write(src / "b.txt", "Iran paid $1 billion.")
    run([src], out)
    (src / "a.txt").write_bytes(b"")
    result = run([src], out)
    assert result.rejects == 1 and "kept" not in result.status
    assert [d["doc_id"] for d in io.read_jsonl(out / io.DOCUMENTS)] == ["b.txt"]


def test_validate_line_numbers_count_blank_lines(tmp_path):
    out = tmp_path / "out"
    run([CORPUS / "wire-briefs.jsonl"], out)
    lines = (out / io.MENTIONS).read_text(encoding="utf-8").splitlines()
    bad = json.loads(lines[1])
    bad["text"] = "tampered"
    lines[1] = json.dumps(bad)
    (out / io.MENTIONS).write_text("\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    problems = "\n".join(validate(out).problems)
    assert f"{out / io.MENTIONS}:4:" in problems


def test_empty_lock_file_left_by_a_killed_run_is_taken_over(tmp_path, monkeypatch):
    monkeypatch.setattr(io, "EMPTY_LOCK_GRACE", 0.0)
    out = tmp_path / "out"
    out.mkdir()
    (out / io.LOCK).write_text("")
    with io.locked(out):
        assert json.loads((out / io.LOCK).read_text())["pid"] == os.getpid()


def test_jsonl_input_that_is_not_utf8_rejects_only_bad_lines(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Fine."}\n{"id": "b", "text": "caf\xe9"}\n{"id": "c", "text": "Also fine."}\n')
    records = list(iter_documents([path]))
    assert [r.get("doc_id") for r in records if r["schema"] == "document/1"] == ["a", "c"]
    bad = [r for r in records if r["schema"] == "reject/1"]
    assert bad[0]["line"] == 2 and "not UTF-8" in bad[0]["reason"]
