import json
import os
import subprocess
import sys

import pytest

from pipeline import io
from pipeline.errors import ClaimsError, LockedError


def test_atomic_writer_commits_all_records(tmp_path):
    path = tmp_path / "x.jsonl"
    with io.AtomicWriter(path) as w:
        w.write({"a": 1, "t": "é"})
        w.write({"a": 2})
    assert path.read_text(encoding="utf-8") == '{"a": 1, "t": "é"}\n{"a": 2}\n'
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_atomic_writer_leaves_old_file_on_failure(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"old": true}\n', encoding="utf-8")
    with pytest.raises(RuntimeError):
        with io.AtomicWriter(path) as w:
            w.write({"new": True})
            raise RuntimeError("boom")
    assert path.read_text(encoding="utf-8") == '{"old": true}\n'
    assert list(tmp_path.iterdir()) == [path]


def test_read_jsonl_names_file_and_line_of_bad_json(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"a": 1}\n{oops\n', encoding="utf-8")
    with pytest.raises(ClaimsError) as err:
        list(io.read_jsonl(path))
    assert f"{path}:2:" in str(err.value) and "not valid JSON" in str(err.value)


def test_read_jsonl_missing_file_is_clear(tmp_path):
    with pytest.raises(ClaimsError, match="file not found"):
        list(io.read_jsonl(tmp_path / "nope.jsonl"))


def test_index_jsonl_and_read_at_find_records(tmp_path):
    path = tmp_path / "d.jsonl"
    with io.AtomicWriter(path) as w:
        for i in range(5):
            w.write({"doc_id": f"d{i}", "text": "ü" * i})
    index = io.index_jsonl(path, "doc_id")
    assert io.read_at(path, index["d3"]) == {"doc_id": "d3", "text": "üüü"}


def test_lock_refuses_second_holder_and_names_it(tmp_path):
    with io.locked(tmp_path, "claims run"):
        with pytest.raises(LockedError) as err:
            with io.locked(tmp_path, "claims run"):
                pass
        assert f"pid {os.getpid()}" in str(err.value)
    assert not (tmp_path / io.LOCK).exists()


def test_lock_of_dead_process_is_taken_over(tmp_path):
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(proc.stdout)
    import socket

    (tmp_path / io.LOCK).write_text(json.dumps({"pid": dead_pid, "host": socket.gethostname()}))
    with io.locked(tmp_path):
        assert json.loads((tmp_path / io.LOCK).read_text())["pid"] == os.getpid()


def test_manifest_update_merges_sections(tmp_path):
    io.update_manifest(tmp_path, model="m@1")
    io.update_manifest(tmp_path, counts={"documents": 2})
    assert io.read_manifest(tmp_path) == {"schema": "manifest/1", "model": "m@1", "counts": {"documents": 2},
                                          "files": {}}


def _commit(out, **files):
    with io.Generation(out) as gen:
        for name, (records, made_from) in files.items():
            gen.writer(name, made_from).write_many(records)
    return gen


def test_generation_switches_all_files_at_once_behind_fixed_links(tmp_path):
    out = tmp_path / "run"
    _commit(out, **{io.DOCUMENTS: ([{"doc_id": "a"}], ()), io.MENTIONS: ([{"doc_id": "a"}], (io.DOCUMENTS,))})
    first = io.current_generation(out)
    assert (out / io.DOCUMENTS).is_symlink() and (out / io.DOCUMENTS).resolve().parent == first.resolve()
    _commit(out, **{io.DOCUMENTS: ([{"doc_id": "b"}], ())})
    second = io.current_generation(out)
    assert second != first and first.exists()  # the previous generation stays for readers on it
    assert [r["doc_id"] for r in io.read_jsonl(out / io.DOCUMENTS)] == ["b"]
    assert (second / io.MENTIONS).samefile(first / io.MENTIONS)  # unchanged file: a hard link
    folder = io.RunFolder(out)
    assert folder.problems() == ["mentions.jsonl was made from another version of documents.jsonl "
                                 "(run `claims annotate`)"]
    with pytest.raises(ClaimsError, match="do not belong together"):
        io.open_run(out)
    _commit(out)
    assert not first.exists()  # only the current and the previous generation are kept


def test_generation_abort_leaves_the_committed_one(tmp_path):
    out = tmp_path / "run"
    _commit(out, **{io.DOCUMENTS: ([{"doc_id": "a"}], ())})
    with pytest.raises(RuntimeError):
        with io.Generation(out) as gen:
            gen.writer(io.DOCUMENTS).write({"doc_id": "half"})
            raise RuntimeError("killed")
    assert [r["doc_id"] for r in io.read_jsonl(out / io.DOCUMENTS)] == ["a"]
    assert not list((out / io.GENERATIONS).glob(".new-*"))
    assert io.open_run(out).problems() == []


def test_flat_folder_of_an_older_version_is_adopted_without_changing_a_byte(tmp_path):
    out = tmp_path / "run"
    out.mkdir()
    (out / io.DOCUMENTS).write_text('{"doc_id": "a"}\n', encoding="utf-8")
    (out / io.MANIFEST).write_text('{"schema": "manifest/1", "model": "m@1"}', encoding="utf-8")
    assert io.open_run(out).problems() == []  # nothing recorded: read as it is
    _commit(out, **{io.MENTIONS: ([{"doc_id": "a"}], (io.DOCUMENTS,))})
    assert (out / io.DOCUMENTS).is_symlink()
    assert (out / io.DOCUMENTS).read_text(encoding="utf-8") == '{"doc_id": "a"}\n'
    manifest = io.read_manifest(out)
    assert manifest["model"] == "m@1" and manifest["files"][io.DOCUMENTS]["records"] == 1
    assert io.open_run(out).problems() == []


def test_read_jsonl_splits_at_newline_only(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"text": "a\u2028b\u2029c\x85d\re"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert [r["text"] for r in io.read_jsonl(path)] == ["a\u2028b\u2029c\x85d\re"]


@pytest.mark.parametrize("line, where", [
    ('{"id": "a", "text": "cut off here\n', "column 34, the end of the line"),   # truncated inside a string
    ('{"id": "a", "text": "x"\n', "column 24, the end of the line"),              # closing brace lost
    ('{"id": "a", "text" "x"}\n', "column 20)"),                                 # an error inside the line
    ('{"id": "a", "text": "x"}}\r\n', "column 25)"),                             # extra data, CRLF line
])
def test_json_error_reports_the_column_in_the_line(tmp_path, line, where):
    path = tmp_path / "cut.jsonl"
    path.write_text('{"id": "ok", "text": "fine"}\n' + line, encoding="utf-8", newline="")
    with pytest.raises(ClaimsError) as err:
        list(io.read_jsonl(path))
    assert f"{path}:2:" in str(err.value) and where in str(err.value)
    assert "column 1" not in str(err.value)


def test_commit_on_exit_commits_a_clean_block_and_aborts_a_failed_one_without_swallowing_it():
    class Draft(io.CommitOnExit):
        def __init__(self):
            self.done = []

        def commit(self):
            self.done.append("commit")

        def abort(self):
            self.done.append("abort")

    with Draft() as clean:
        pass
    failed = Draft()
    with pytest.raises(KeyError):
        with failed as same:
            assert same is failed
            raise KeyError("half written")
    assert clean.done == ["commit"] and failed.done == ["abort"]
