"""validate: every span a claim holds is checked against the document text."""

import json
import shutil
from pathlib import Path

import pytest

from pipeline.stages.validate import validate

RUN = Path(__file__).resolve().parent.parent / "fixtures" / "run"


def _with_claim_edit(tmp_path, edit):
    run = tmp_path / "run"
    shutil.copytree(RUN, run, ignore=shutil.ignore_patterns("cache"))
    path = run / "claims.jsonl"
    claims = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    claim = next(c for c in claims if c.get("speaker"))
    edit(claim)
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in claims), encoding="utf-8")
    return run, claim


def test_validate_fixture_run_is_valid():
    assert validate(RUN).ok


@pytest.mark.parametrize("field", ["via", "also", "content", "fragment"])
def test_validate_reports_a_speaker_or_content_span_off_the_text(tmp_path, field):
    def edit(claim):
        sp = claim["speaker"]
        wrong = {"text": "not in the article", "start": sp["start"], "end": sp["start"] + 18}
        if field == "via":
            sp["via"] = wrong
        elif field == "also":
            sp["also"] = [dict(sp, **wrong)]
        elif field == "content":
            claim["content"] = wrong
        else:  # a fragment outside the document
            claim["content"] = {"text": claim["text"], "start": claim["start"], "end": claim["end"],
                                "fragments": [[claim["start"], 10 ** 7]]}

    run, claim = _with_claim_edit(tmp_path, edit)
    report = validate(run)
    assert not report.ok
    label = "fragment" if field == "fragment" else field
    assert any(claim["claim_id"] in p and label in p for p in report.problems), report.problems


def test_validate_accepts_right_via_and_content(tmp_path):
    def edit(claim):
        sp = claim["speaker"]
        sp["via"] = {"text": sp["text"], "start": sp["start"], "end": sp["end"]}
        claim["content"] = {"text": claim["text"], "start": claim["start"], "end": claim["end"],
                            "fragments": [[claim["start"], claim["end"]]]}

    run, _ = _with_claim_edit(tmp_path, edit)
    assert validate(run).ok, validate(run).problems
