"""`claims eval`: gold claims/mentions JSONL and TimeML against a run folder."""

import json

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES
from pipeline import io
from pipeline.cli import app
from pipeline.errors import ClaimsError
from pipeline.stages.evaluate import evaluate
from pipeline.stages.run import run

runner = CliRunner()


@pytest.fixture(scope="module")
def tml_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("tml")
    run([FIXTURES / "timeml"], out)
    return out


def test_ingest_reads_timeml_text_with_creation_time(tml_run):
    docs = {d["doc_id"]: d for d in io.read_jsonl(tml_run / io.DOCUMENTS)}
    assert set(docs) == {p.stem for p in (FIXTURES / "timeml").glob("*.tml")}
    assert all(d["published"] for d in docs.values())
    assert "<TIMEX3" not in docs["arms-deal"]["text"]


def test_eval_timeml_reports_date_scores(tml_run):
    report, text = evaluate(FIXTURES / "timeml", tml_run)
    dates = report["mentions"]["kinds"]["date"]
    from pipeline.evaluation.timeml import read_tml_all

    _, gold = read_tml_all(FIXTURES / "timeml")
    assert dates["gold"] == sum(1 for m in gold if m["kind"] == "date")  # every TIMEX3 date is scored
    # the README's figures on these fixtures (relaxed 1.00, value .991), less about two mentions
    assert dates["relaxed"]["f1"] >= 0.99 and dates["value_f1"] >= 0.98, dates["examples"]
    assert dates["relaxed"]["tp"] >= dates["strict"]["tp"]
    assert "date" in text and "relaxed" in text


def test_eval_perfect_prediction_scores_one(tml_run, tmp_path):
    gold = tmp_path / "gold.jsonl"
    preds = [m for m in io.read_jsonl(tml_run / io.MENTIONS) if m["kind"] == "money"]
    assert preds
    gold.write_text("".join(json.dumps(m) + "\n" for m in preds))
    report, _ = evaluate(gold, tml_run, ["money"])
    money = report["mentions"]["kinds"]["money"]
    assert money["strict"]["f1"] == 1.0 and money["value_accuracy"] == 1.0


def test_eval_gold_for_documents_not_in_run_is_an_error(tml_run, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"schema": "mention/1", "doc_id": "ghost", "kind": "date", "start": 0, "end": 4}) + "\n")
    with pytest.raises(ClaimsError, match="gold documents not in the run: ghost"):
        evaluate(gold, tml_run)


def test_eval_rejects_unknown_schema_naming_file_and_line(tml_run, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"schema": "document/1", "doc_id": "x"}\n')
    with pytest.raises(ClaimsError) as err:
        evaluate(gold, tml_run)
    assert f"{gold}:1:" in str(err.value) and "unknown gold record schema" in str(err.value)


@pytest.mark.slow
def test_eval_cli_claims_gold_on_fixture_articles(tmp_path):
    out = tmp_path / "run"
    from conftest import SEED

    run([FIXTURES / "articles", SEED], out)
    result = runner.invoke(app, ["eval", "--gold", str(FIXTURES / "gold"), "--pred", str(out), "--json"])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.output)["claims"]
    assert claims["gold"] > 50 and claims["matched"] <= claims["gold"]
    assert 0 < claims["detection"]["f1"] <= 1


# ------------------------------------------------------------------ brat gold (attributions, actors)
ATT_BODY = "Sen. Maria Ortiz said the budget is dead. Officials said talks would resume.\n"
ATT_FILE = "---\nid: att\ntitle: Budget\n---\n" + ATT_BODY
QUIET = "The weather was mild.\n"
ACT = "The FBI said Hensley lied.\n"


def _span(text, needle, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _brat_line(ident, kind, file_text, needle, nth=0):
    s, e = _span(file_text, needle, nth)
    return f"{ident}\t{kind} {s} {e}\t{needle}"


def _write_brat(folder):
    folder.mkdir()
    (folder / "a1.txt").write_text(ATT_FILE, encoding="utf-8")
    (folder / "a1.ann").write_text("\n".join([
        _brat_line("T1", "Source", ATT_FILE, "Sen. Maria Ortiz"), _brat_line("T2", "Cue", ATT_FILE, "said"),
        _brat_line("T3", "Content", ATT_FILE, "the budget is dead"), "E1\tAttribution:T2 Source:T1 Content:T3",
        "#1\tAnnotatorNotes T1\tspeaker: Maria Ortiz | Ortiz",
        _brat_line("T4", "Source", ATT_FILE, "Officials"), _brat_line("T5", "Cue", ATT_FILE, "said", 1),
        _brat_line("T6", "Content", ATT_FILE, "talks would resume"), "E2\tAttribution:T5 Source:T4 Content:T6",
        "#2\tAnnotatorNotes T4\tspeaker: officials"]) + "\n", encoding="utf-8")
    (folder / "quiet.txt").write_text(QUIET, encoding="utf-8")
    (folder / "quiet.ann").write_text("", encoding="utf-8")
    (folder / "act.txt").write_text(ACT, encoding="utf-8")
    (folder / "act.ann").write_text("\n".join([
        _brat_line("T1", "Actor", ACT, "The FBI"), "#1\tAnnotatorNotes T1\tentity=fbi; type=government; country=USA",
        _brat_line("T2", "Actor", ACT, "Hensley"), "#2\tAnnotatorNotes T2\tentity=hensley; type=person; country=USA",
    ]) + "\n", encoding="utf-8")
    return folder


def _mention(doc, text, needle, actor_id, kind, country):
    s, e = _span(text, needle)
    return {"schema": "mention/1", "mention_id": f"{doc}:actor:{s}-{e}", "doc_id": doc, "kind": "actor",
            "text": needle, "start": s, "end": e, "label": "actor", "origin": "ner",
            "norm": {"actor_id": actor_id, "name": None, "type": kind, "country": country, "in_gazetteer": False}}


def _claim(doc, text, cue, content, speaker, conf, nth=0):
    cs, ce = _span(text, cue, nth)
    s, e = _span(text, content)
    return {"schema": "claim/1", "claim_id": f"{doc}:claim:{s}-{e}", "doc_id": doc, "text": content, "start": s,
            "end": e, "cue": {"text": cue, "lemma": cue, "start": cs, "end": ce}, "speaker": speaker,
            "confidence": conf}


def _write_run(folder, att_text=ATT_BODY):
    from pipeline.stages.ingest import sha256_text

    folder.mkdir()
    docs = [("att", att_text), ("quiet.txt", QUIET), ("act.txt", ACT)]
    io.write_atomic(folder / io.DOCUMENTS, "".join(json.dumps(
        {"schema": "document/1", "doc_id": d, "sha256": sha256_text(t), "text": t}) + "\n" for d, t in docs))
    ortiz = _mention("att", ATT_BODY, "Sen. Maria Ortiz", "maria-ortiz", "person", "USA")
    mentions = [ortiz, _mention("act.txt", ACT, "The FBI", "USACOP", "government", "USA"),
                _mention("act.txt", ACT, "Hensley", "robert-hensley", "person", None)]
    claims = [_claim("att", ATT_BODY, "said", "the budget is dead", ortiz, 0.9),
              _claim("att", ATT_BODY, "said", "talks would resume",
                     {"text": "Officials", "start": 42, "end": 51, "actor_id": None}, 0.8, nth=1),
              _claim("quiet.txt", QUIET, "was", "mild", None, 0.5)]
    for name, records in ((io.MENTIONS, mentions), (io.CLAIMS, claims)):
        io.write_atomic(folder / name, "".join(json.dumps(r) + "\n" for r in records))
    return folder


def test_eval_brat_folder_scores_attributions_and_actors(tmp_path):
    report, text = evaluate(_write_brat(tmp_path / "gold"), _write_run(tmp_path / "run"))
    att = report["attribution"]
    assert (att["gold"], att["pred"], att["matched"]) == (2, 3, 2)  # the quiet document's cue is a false one
    assert att["cue"]["precision"] == 0.6667 and att["cue"]["recall"] == 1.0
    assert att["speaker"]["accuracy"] == 1.0 and att["full"]["tp"] == 2
    assert att["content"]["f1"] == 1.0
    actors = report["actors"]
    assert actors["found"]["share"] == 1.0 and actors["phantom"]["count"] == 0
    assert actors["type"]["accuracy"] == 1.0 and actors["country"]["accuracy"] == 0.5
    assert "claims" not in report and "mentions" not in report
    assert "full attribution" in text and "phantom" in text


@pytest.mark.parametrize("kind, keys", [("actor", {"actors"}), ("attribution", {"attribution"})])
def test_eval_brat_kind_chooses_the_scorer(tmp_path, kind, keys):
    report, _ = evaluate(_write_brat(tmp_path / "gold"), _write_run(tmp_path / "run"), [kind])
    assert set(report) == keys


def test_eval_brat_gold_text_must_be_the_run_text(tmp_path):
    run_dir = _write_run(tmp_path / "run", att_text=ATT_BODY.replace("dead", "done"))
    with pytest.raises(ClaimsError, match="the run's text of att differs from the gold .txt"):
        evaluate(_write_brat(tmp_path / "gold"), run_dir)


def test_eval_brat_gold_document_missing_from_run(tmp_path):
    gold = _write_brat(tmp_path / "gold")
    (gold / "extra.txt").write_text("Nobody said anything.\n", encoding="utf-8")
    (gold / "extra.ann").write_text("", encoding="utf-8")
    with pytest.raises(ClaimsError, match="gold documents not in the run: extra.txt .*brat folder"):
        evaluate(gold, _write_run(tmp_path / "run"))


def test_eval_unknown_kind_is_an_error(tmp_path):
    with pytest.raises(ClaimsError, match="unknown kind"):
        evaluate(_write_brat(tmp_path / "gold"), _write_run(tmp_path / "run"), ["speaker"])


def test_cli_import_gold_brat_then_eval_jsonl(tmp_path):
    gold_dir, run_dir = _write_brat(tmp_path / "gold"), _write_run(tmp_path / "run")
    out = tmp_path / "gold.jsonl"
    result = runner.invoke(app, ["import-gold", str(gold_dir / "a1.ann"), str(gold_dir / "act.txt"),
                                 "--from", "brat", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "imported 2 attributions and 2 actor mentions from 2 documents" in result.output
    records = list(io.read_jsonl(out))
    assert records[0]["cue"]["text"] == "said" and records[0]["speaker"]["names"] == [["Maria Ortiz", "Ortiz"]]
    assert records[0]["content"]["text"] == "the budget is dead"
    evaluated = runner.invoke(app, ["eval", "--gold", str(out), "--pred", str(run_dir), "--json"])
    assert evaluated.exit_code == 0, evaluated.output
    report = json.loads(evaluated.output)
    # from JSONL only the documents with gold attributions count: no quiet.txt false cue
    assert report["attribution"]["cue"]["precision"] == 1.0 and report["attribution"]["full"]["tp"] == 2
    assert report["actors"]["found"]["count"] == 2
    assert report["mentions"]["kinds"]["actor"]["strict"]["f1"] == 1.0
    assert report["attribution"]["calibration"]["n"] == 2


def test_cli_eval_brat_reports_bad_annotation_with_file_and_line(tmp_path):
    gold_dir, run_dir = _write_brat(tmp_path / "gold"), _write_run(tmp_path / "run")
    with (gold_dir / "act.ann").open("a", encoding="utf-8") as fh:
        fh.write("T3\tActor 0 3\tFBI\n")
    result = runner.invoke(app, ["eval", "--gold", str(gold_dir), "--pred", str(run_dir)])
    assert result.exit_code == 1
    assert f"{gold_dir / 'act.ann'}:5: T3 text 'FBI' does not match the file text 'The'" in result.output


def test_eval_refuses_a_run_whose_files_were_changed(tml_run, tmp_path):
    import shutil

    pred = tmp_path / "run"
    shutil.copytree(tml_run, pred, symlinks=True)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(m) + "\n" for m in io.read_jsonl(pred / io.MENTIONS) if m["kind"] == "date"))
    assert evaluate(gold, pred, ["date"])[0]["mentions"]["kinds"]["date"]["strict"]["f1"] == 1.0
    claims = io.read_jsonl(pred / io.CLAIMS)
    first = next(claims)
    with (pred / io.CLAIMS).open("a", encoding="utf-8") as fh:  # a claim added by hand, after the run
        fh.write(json.dumps({**first, "claim_id": first["claim_id"] + "-copy"}) + "\n")
    with pytest.raises(ClaimsError, match="do not belong together: claims.jsonl is not the file manifest.json records"):
        evaluate(gold, pred, ["date"])
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 1 and "do not belong together" in result.output


def test_eval_pred_must_be_a_run_folder(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"schema": "mention/1", "doc_id": "a", "kind": "date", "start": 0, "end": 4}) + "\n")
    with pytest.raises(ClaimsError, match="not a run folder"):
        evaluate(gold, tmp_path / "missing")
