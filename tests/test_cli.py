"""The command line end to end on corpus/, through typer's CliRunner."""

import json
import shutil

import pytest
from typer.testing import CliRunner

from conftest import CORPUS, FIXTURES
from pipeline import __version__, io
from pipeline.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    result = runner.invoke(app, ["run", str(CORPUS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


def _mentions(out):
    return list(io.read_jsonl(out / io.MENTIONS))


def test_run_corpus_ingests_every_format_and_validates(corpus_run):
    out, output = corpus_run
    docs = {d["doc_id"]: d for d in io.read_jsonl(out / io.DOCUMENTS)}
    paths = {d["path"].split("#")[0].rsplit(".", 1)[-1] for d in docs.values()}
    assert paths == {"txt", "md", "html", "jsonl"}
    assert "documents  6" in output and "rejects    0" in output and "words/s" in output
    check = runner.invoke(app, ["validate", str(out)])
    assert check.exit_code == 0, check.output
    assert check.output.startswith("valid: 6 documents")


def test_run_finds_seed_amounts_and_date_at_true_offsets(corpus_run, seed_text):
    out, _ = corpus_run
    seed = [m for m in _mentions(out) if m["doc_id"] == "iran-russia-uneasy.txt"]
    money = sorted((m["start"], m["text"]) for m in seed if m["kind"] == "money")
    first8 = seed_text.index("$8 billion")
    second8 = seed_text.index("$8 billion", first8 + 1)
    expected = {(first8, "$8 billion"), (second8, "$8 billion"),
                (seed_text.index("$800 million"), "$800 million")}
    assert expected <= set(money)
    assert any(t in ("$856 million", "only $856 million") for _, t in money)
    dates = {(m["start"], m["text"]) for m in seed if m["kind"] == "date"}
    assert (seed_text.index("November 23, 2015"), "November 23, 2015") in dates
    for m in seed:
        assert seed_text[m["start"]:m["end"]] == m["text"]


def test_run_is_deterministic(corpus_run, tmp_path):
    out, _ = corpus_run
    again = tmp_path / "again"
    assert runner.invoke(app, ["run", str(CORPUS), "--out", str(again)]).exit_code == 0
    for name in (io.DOCUMENTS, io.MENTIONS, io.CLAIMS, io.REJECTS, io.MANIFEST):
        assert (out / name).read_bytes() == (again / name).read_bytes(), name


def test_stages_one_by_one_equal_run(corpus_run, tmp_path):
    out, _ = corpus_run
    step = tmp_path / "step"
    assert runner.invoke(app, ["ingest", str(CORPUS), "--out", str(step)]).exit_code == 0
    assert runner.invoke(app, ["annotate", str(step)]).exit_code == 0
    result = runner.invoke(app, ["extract", str(step)])
    assert result.exit_code == 0 and "extracted" in result.output
    for name in (io.DOCUMENTS, io.MENTIONS, io.CLAIMS):
        assert (out / name).read_bytes() == (step / name).read_bytes(), name


def test_version_and_help():
    assert runner.invoke(app, ["--version"]).output.strip() == f"claims {__version__}"
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("ingest", "annotate", "extract", "run", "validate", "schema"):
        assert command in result.output
    run_help = runner.invoke(app, ["run", "--help"]).output
    assert "--model" in run_help and "--published" in run_help and "\x1b[" not in run_help


def test_schema_command_prints_json_schemas():
    data = json.loads(runner.invoke(app, ["schema"]).output)
    assert set(data) == {"document", "mention", "claim"}
    assert json.loads(runner.invoke(app, ["schema", "claim"]).output)["title"] == "claim/1"
    bad = runner.invoke(app, ["schema", "nope"])
    assert bad.exit_code == 1 and "unknown record type" in bad.output


def test_errors_are_one_line_with_exit_1(tmp_path):
    result = runner.invoke(app, ["annotate", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "documents.jsonl" in result.output
    assert "Traceback" not in result.output


def test_unknown_model_is_a_clear_error(tmp_path):
    (tmp_path / "a.txt").write_text("Russia paid $5 million.")
    result = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"),
                                 "--model", "no_such_model_xyz"])
    assert result.exit_code == 1 and "cannot load spaCy model 'no_such_model_xyz'" in result.output


def test_model_can_be_chosen_by_path(tmp_path, base_nlp):
    model_dir = tmp_path / "model"
    base_nlp.to_disk(model_dir)
    (tmp_path / "a.txt").write_text("Russia paid $5 million in 2015.")
    out = tmp_path / "o"
    result = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--out", str(out), "--model", str(model_dir)])
    assert result.exit_code == 0, result.output
    assert io.read_manifest(out)["config"]["model"] == str(model_dir)


def test_bad_published_option_is_rejected(tmp_path):
    result = runner.invoke(app, ["ingest", str(CORPUS), "--out", str(tmp_path), "--published", "yesterday"])
    assert result.exit_code == 1 and "--published" in result.output


def test_validate_fails_on_tampered_run(corpus_run, tmp_path):
    out, _ = corpus_run
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    docs = (copy / io.DOCUMENTS).read_text(encoding="utf-8").replace("Kremlin", "Kremlim", 1)
    (copy / io.DOCUMENTS).write_text(docs, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(copy)])
    assert result.exit_code == 1 and "sha256 does not match" in result.output


def test_second_run_on_locked_folder_exits_with_message(tmp_path):
    out = tmp_path / "o"
    with io.locked(out, "claims run"):
        result = runner.invoke(app, ["run", str(CORPUS), "--out", str(out)])
    assert result.exit_code == 1 and "in use by another run" in result.output


def _interrupt_run_after(tmp_path, after):
    """Start ``python -m pipeline run`` and send Ctrl-C after ``after`` seconds; when the signal
    lands in Python's own start-up (importing ``site``, before any of our code runs: a loaded
    machine), try again a little later."""
    import signal
    import subprocess
    import sys
    import time

    for _ in range(6):
        proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(tmp_path / "none"), "--out",
                                 str(tmp_path / "out")], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(after)  # still importing, or parsing options: before any command's own handling
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
        if "Fatal Python error: init_import_site" not in err:
            return proc.returncode, err
        after += 0.3
    pytest.fail("every Ctrl-C landed before Python could start: " + err)


@pytest.mark.parametrize("after", [0.3, 0.8, 1.2])
def test_ctrl_c_during_start_up_prints_a_message(tmp_path, after):
    import signal

    returncode, err = _interrupt_run_after(tmp_path, after)
    if "no such file or folder" in err:  # the machine was fast: the run got to its first check
        assert returncode in (1, 130, -signal.SIGINT), err  # (the signal may land while it exits)
        assert "Traceback" not in err and "Exception ignored" not in err, err
        return
    assert returncode in (130, -signal.SIGINT), err  # a shell shows both as status 130
    assert "interrupted" in err and "Traceback" not in err and "Exception ignored" not in err, err


@pytest.mark.slow
def test_run_on_a_brat_gold_folder_skips_ann_and_notes_quietly(tmp_path):
    gold = FIXTURES / "attribution"
    result = runner.invoke(app, ["run", str(gold), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    texts = len(list(gold.glob("*.txt")))
    assert f"documents  {texts}:" in result.output and "rejects    0" in result.output
    anns = len(list(gold.glob("*.ann")))
    assert f"{anns} annotation files (.ann)" in result.output and "folder notes (README, INDEX)" in result.output


def test_no_apposition_posts_keeps_only_the_name_through_every_stage(tmp_path):
    (tmp_path / "a.txt").write_text("Health Minister Lena Ortiz spoke on Monday.\n\n"
                                    "Marek Wolny, the finance minister, said the budget would pass.\n")
    texts = {}
    for flag in ("--apposition-posts", "--no-apposition-posts"):
        out = tmp_path / flag
        result = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--out", str(out), flag])
        assert result.exit_code == 0, result.output
        assert runner.invoke(app, ["extract", str(out)]).exit_code == 0  # the setting is read back
        texts[flag] = [m["text"] for m in _mentions(out) if m["kind"] == "actor"]
    assert "the finance minister" in texts["--apposition-posts"]
    assert "the finance minister" not in texts["--no-apposition-posts"]
    assert "Marek Wolny" in texts["--no-apposition-posts"]
    assert any("Lena Ortiz" in t for t in texts["--no-apposition-posts"])  # a title before a name stays


def test_no_credit_actors_drops_the_byline_people(tmp_path):
    (tmp_path / "a.txt").write_text("Dam plan stalls\n\nBy Rosa Vintner\n\nGov. Alan Meyer said the dam would wait.\n")
    names = {}
    for flag in ("--credit-actors", "--no-credit-actors"):
        out = tmp_path / flag
        assert runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--out", str(out), flag]).exit_code == 0
        names[flag] = {m["text"] for m in _mentions(out) if m["kind"] == "actor"}
    assert "Rosa Vintner" in names["--credit-actors"] and "Rosa Vintner" not in names["--no-credit-actors"]
    assert any("Alan Meyer" in t for t in names["--no-credit-actors"])
