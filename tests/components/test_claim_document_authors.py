"""``Its authors`` after a document that spoke is the document's author (claim_document_authors.py).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def test_its_authors_after_a_report_by_a_body_is_the_body(run):
    text = ("Coastal towns have lost a fifth of their bus routes since 2019. A report published in May by "
            "the Harbourside Transport Institute found that fares had risen twice as fast as wages. Its "
            "authors conceded, however, that rural demand had fallen too.")
    claims = run(text)
    found, conceded = with_cue(claims, "found"), with_cue(claims, "conceded")
    assert found["speaker"]["actor_id"] == "harbourside-transport-institute"
    assert conceded["speaker"]["actor_id"] == "harbourside-transport-institute"
    assert conceded["speaker"]["via"]["text"] == "Its authors"
    assert [a["norm"]["actor_id"] for a in conceded["actors"] if a["role"] == "speaker"] == \
        ["harbourside-transport-institute"]


def test_its_authors_after_a_person_speaking_stays_as_written(run):
    text = ("Mayor Dana Holt said on Monday that fares had risen twice as fast as wages. Its authors "
            "conceded that rural demand had fallen too.")
    conceded = with_cue(run(text), "conceded")
    assert conceded["speaker"]["text"] == "Its authors" and not conceded["speaker"].get("actor_id")


def test_its_authors_a_paragraph_after_the_report_stays_as_written(run):
    text = ("A report published in May by the Harbourside Transport Institute found that fares had risen "
            "twice as fast as wages.\n\nIts authors conceded that rural demand had fallen too.")
    conceded = with_cue(run(text), "conceded")
    assert conceded["speaker"]["text"] == "Its authors" and not conceded["speaker"].get("actor_id")
