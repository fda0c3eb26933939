"""A document that speaks as written is named without its time words (claim_document_names).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


@pytest.mark.parametrize("text, cue, name", [
    ("An expense report submitted Tuesday to the State Ethics Board shows the group spent $2 million.",
     "shows", "An expense report submitted to the State Ethics Board"),
    # a participle the date leaves bare goes with it
    ("An inspection report released on Friday found that the school had no fire plan.", "found",
     "An inspection report"),
])
def test_a_document_with_a_date_is_named_without_it(run, text, cue, name):
    speaker = with_cue(run(text), cue)["speaker"]
    assert speaker["actor_id"] is None and speaker["norm"]["name"] == name
    assert speaker["norm"]["via"] == "document" and speaker["norm"]["actor_id"] is None
    assert text[speaker["start"]:speaker["end"]] == speaker["text"]  # the words as written stay


def test_a_document_without_a_date_or_with_an_author_gets_no_name(run):
    text = ("An expense report submitted to the State Ethics Board shows the group spent $2 million.\n\n"
            "A poll of 900 Ohio voters released Monday by Quinnipiac University found that Smith leads.")
    claims = run(text)
    assert "norm" not in with_cue(claims, "shows")["speaker"]
    assert with_cue(claims, "found")["speaker"]["text"] == "Quinnipiac University"


@pytest.mark.parametrize("text, cue", [
    ("The 2020 census shows that the county lost 12,000 residents.", "shows"),
    ("The March jobs report showed that employers added 150,000 jobs.", "showed"),
])
def test_a_date_before_the_document_noun_stays_in_its_name(run, text, cue):
    """Negative: a date before the noun tells which document it is (``The 2020 census``): no name
    without it."""
    assert "norm" not in with_cue(run(text), cue)["speaker"]
