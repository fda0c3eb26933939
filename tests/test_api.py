"""pipeline.api.load_run: a run folder as flat pandas DataFrames."""

from __future__ import annotations

import types

import pandas as pd
import pytest

from pipeline.api import RunFrames, iter_jsonl, load_run, mention_amount
from tests.conftest import FIXTURES

RUN = FIXTURES / "run"


@pytest.fixture(scope="module")
def run() -> RunFrames:
    return load_run(RUN)


def test_load_run_counts(run):
    assert (len(run.documents), len(run.mentions), len(run.claims)) == (3, 22, 7)
    assert run.manifest["counts"]["claims"] == 7
    assert "3 documents, 22 mentions, 7 claims" in repr(run)


@pytest.mark.parametrize("frame, columns", [
    ("documents", ["doc_id", "title", "published", "text", "sha256"]),
    ("mentions", ["mention_id", "doc_id", "kind", "start", "end", "origin", "norm.currency", "norm.actor_id",
                  "norm.earliest", "norm.value", "amount"]),
    ("claims", ["claim_id", "doc_id", "text", "start", "end", "predicate.lemma", "cue.text", "modality.hedged",
                "modality.negated", "sentence.start", "provenance.model", "speaker_id", "actor_ids", "money_amounts",
                "money_currencies", "max_amount", "date_earliest", "date_latest", "kinds"]),
    ("claim_mentions", ["claim_id", "list", "role", "mention_id", "kind", "amount", "currency", "actor_id"]),
])
def test_load_run_flat_columns(run, frame, columns):
    df = getattr(run, frame)
    assert set(columns) <= set(df.columns)
    # flat: no cell holds a dict (nested objects became dotted columns)
    assert not any(isinstance(v, dict) for col in df.columns for v in df[col])


def test_load_run_offsets_stay_integers(run):
    assert pd.api.types.is_integer_dtype(run.mentions["start"])
    assert pd.api.types.is_integer_dtype(run.claims["end"])
    assert pd.api.types.is_integer_dtype(run.claims["cue.start"])  # nullable Int64 (a claim has no cue)
    assert run.claims["cue.start"].isna().sum() == 1


def test_load_run_offsets_index_document_text(run):
    texts = run.documents.set_index("doc_id")["text"]
    for m in run.mentions.itertuples():
        assert texts[m.doc_id][m.start:m.end] == m.text


def test_load_run_claim_columns_known_answers(run):
    claims = run.claims.set_index("claim_id")
    arms = claims.loc["kremlin-arms-deal.txt:claim:35-87"]
    assert arms["speaker_id"] == "RUSGOV" and arms["actor_ids"] == ["RUSGOV", "IRNGOV"]
    assert arms["money_amounts"] == [8e9] and arms["money_currencies"] == ["USD"]
    assert arms["date_earliest"] == "2016-12-12" and bool(arms["modality.hedged"])
    usd = run.mentions[run.mentions["norm.currency"] == "USD"]
    assert sorted(usd["amount"]) == [8e8, 8e9]


def test_load_run_claim_mentions_one_row_per_nested_mention(run):
    cm = run.claim_mentions
    # 7 claims: 12 actors, 4 money, 6 dates, 2 quantities nested, plus 5 speakers
    assert len(cm) == 12 + 4 + 6 + 2 + 5
    assert set(cm["list"]) == {"speaker", "actors", "money", "dates", "quantities"}
    speakers = cm[cm["list"] == "speaker"]
    assert sorted(speakers["actor_id"]) == ["DEU", "IRNGOV", "RUSGOV", "RUSMED", "hezbollah"]
    assert (cm.groupby("actor_id")["claim_id"].nunique()["IRNGOV"]) == 2


def test_load_run_missing_folder(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_run(tmp_path / "nope")
    with pytest.raises(FileNotFoundError, match="no documents.jsonl"):
        load_run(tmp_path)


def test_load_run_partial_run_has_empty_frames(tmp_path):
    (tmp_path / "documents.jsonl").write_text((RUN / "documents.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    run = load_run(tmp_path)
    assert len(run.documents) == 3 and run.claims.empty and run.mentions.empty and run.claim_mentions.empty
    assert "claim_id" in run.claims.columns


def test_iter_jsonl_streams():
    records = iter_jsonl(RUN / "claims.jsonl")
    assert isinstance(records, types.GeneratorType)
    assert next(records)["schema"] == "claim/1"


@pytest.mark.parametrize("norm, expected", [
    ({"value": 5e6, "min": 5e6, "max": None}, 5e6),
    ({"value": None, "min": 1e9, "max": 3e9}, 2e9),
    ({"value": None, "min": None, "max": 10000}, 10000.0),
    ({"value": None, "min": 1500, "max": None}, 1500.0),
    ({"value": None, "min": None, "max": None}, None),
    (None, None),
])
def test_mention_amount_point_estimate(norm, expected):
    assert mention_amount(norm) == expected


@pytest.mark.parametrize("name, schema", [("documents", "document"), ("mentions", "mention"), ("claims", "claim")])
def test_fixture_run_records_follow_the_contract(name, schema):
    import jsonschema

    from pipeline.schemas import SCHEMAS

    texts = {d["doc_id"]: d["text"] for d in iter_jsonl(RUN / "documents.jsonl")}
    for record in iter_jsonl(RUN / f"{name}.jsonl"):
        jsonschema.validate(record, SCHEMAS[schema])
        if schema != "document":
            assert texts[record["doc_id"]][record["start"]:record["end"]] == record["text"]


def test_fixture_run_passes_claims_validate():
    from pipeline.stages.validate import validate

    report = validate(RUN)
    assert report.ok, report.problems
