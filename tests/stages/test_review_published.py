"""review --published-since/--published-until: claims by their document's publication date.

Fixture run (tests/fixtures/run): kremlin-arms-deal.txt published 2016-12-15 (claims arms, s300,
trade), eu-aid.md 2017-03-02 (eu, de), scraped-beirut.html 2015-11-23 (hez, beirut)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import ClaimsError
from pipeline.stages.review import filter_claims, load_records, review_frame
from tests.conftest import FIXTURES

RUN = FIXTURES / "run"
DOCS = {"kremlin-arms-deal.txt": 3, "eu-aid.md": 2, "scraped-beirut.html": 2}


def _docs(claims):
    return sorted({c["doc_id"] for c in claims})


@pytest.mark.parametrize("filters, expected", [
    ({"published_since": "2016-12-15"}, ["eu-aid.md", "kremlin-arms-deal.txt"]),
    ({"published_since": "2016-12-16"}, ["eu-aid.md"]),
    ({"published_until": "2016"}, ["kremlin-arms-deal.txt", "scraped-beirut.html"]),
    ({"published_since": "2016-01", "published_until": "2016-12"}, ["kremlin-arms-deal.txt"]),
    ({"published_since": "2015-11-23", "published_until": "2015-11-23"}, ["scraped-beirut.html"]),
    ({"published_since": "2018"}, []),
    # with a claim-date filter: published in 2016-2017 and about 2017 or later
    ({"published_since": "2016", "since": "2017"}, ["eu-aid.md"]),
])
def test_review_frame_published_window(filters, expected):
    _, kept = review_frame(RUN, **filters)
    assert _docs(kept) == expected
    assert len(kept) == sum(DOCS[d] for d in expected)


def test_filter_claims_published_leaves_out_undated_documents():
    claims = load_records(RUN)[2]
    kept = filter_claims(claims, published_since="2000", published={"eu-aid.md": "2017-03-02T09:30:00"})
    assert _docs(kept) == ["eu-aid.md"]


def test_filter_claims_published_rejects_bad_date():
    with pytest.raises(ClaimsError, match="not a date"):
        filter_claims([], published_since="last week")


def test_cli_review_published_options():
    result = CliRunner().invoke(app, ["review", str(RUN), "--published-since", "2017-01-01", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if line.strip()]
    assert len(rows) == 2 and all('"eu-aid.md"' in r for r in rows)
