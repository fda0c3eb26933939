"""Arbitrary Unicode through ingest, annotate and extract: no crash, offsets hold, outputs validate."""

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import io
from pipeline.config import Settings
from pipeline.stages.annotate import annotate
from pipeline.stages.extract import extract
from pipeline.stages.ingest import ingest
from pipeline.stages.run import run
from pipeline.stages.validate import validate

NEWSY = ["Russia", "Iran", "the Kremlin", "said", "signed", "$8 billion", "€5m", "in 2015", "November 23, 2015",
         "71 percent", "about 1,500–3,000 soldiers", "S-300", "was", "not", ".", ",", "\n\n", "\r\n", "\u200f",
         "مرحبا", "שלום", "e\u0301", "👍🏽", "\x00", "🇮🇷", "  ", "«", "»", "—", "x" * 300,
         "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\ufeff"]

texts = st.one_of(
    st.text(min_size=1, max_size=400),
    st.lists(st.sampled_from(NEWSY), min_size=1, max_size=40).map(" ".join),
    st.text(alphabet=st.sampled_from(" \t\n\r.,;:!?-—…\"'()[]{}"), min_size=1, max_size=50),
)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(texts, min_size=1, max_size=3))
def test_pipeline_survives_arbitrary_text(full_nlp, batch):
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("".join(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n"
                               for i, t in enumerate(batch)),
                       encoding="utf-8")
        out = Path(tmp) / "out"
        result = ingest([src], out)
        assert result.documents + result.rejects == len(batch)
        annotate(out, Settings())
        extract(out)
        report = validate(out)
        assert report.ok, report.problems
        docs = {d["doc_id"]: d["text"] for d in io.read_jsonl(out / io.DOCUMENTS)}
        not_prose = {r["doc_id"] for r in io.read_jsonl(out / io.REJECTS) if r["reason"].startswith("not prose")}
        for i, text in enumerate(batch):
            if text.strip() and f"d{i}" not in not_prose:  # blobs of code or data are rejected with a reason
                assert docs[f"d{i}"] == text  # nothing rewritten
        for m in io.read_jsonl(out / io.MENTIONS):
            assert docs[m["doc_id"]][m["start"]:m["end"]] == m["text"]
        # the incremental path copies earlier records byte for byte
        again = Path(tmp) / "again"
        run([src], again)
        second = run([src], again)
        assert second.parsed == 0 and "new" not in second.status
        assert validate(again).ok
        assert (again / io.MENTIONS).read_bytes() == (out / io.MENTIONS).read_bytes()
