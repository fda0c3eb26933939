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
    assert dates["gold"] > 16 and 0 <= dates["relaxed"]["f1"] <= 1
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
