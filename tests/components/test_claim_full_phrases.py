"""The whole phrase of a speaker no actor heads (issue 11, :mod:`claim_full_phrases`).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _speaker(claims: list[dict], cue: str) -> dict:
    claim = with_cue(claims, cue)
    assert claim is not None and claim["speaker"] is not None
    return claim["speaker"]


def test_a_relative_clause_before_the_cue_is_part_of_the_speaker_and_the_core_its_name(run):
    text = ("The council voted to close the library. Another shopkeeper, who did not want to be named, "
            "said the rents would rise.")
    sp = _speaker(run(text), "said")
    assert sp["text"] == "Another shopkeeper, who did not want to be named"
    assert text[sp["start"]:sp["end"]] == sp["text"]
    assert sp["actor_id"] is None and sp["norm"]["name"] == "Another shopkeeper"


def test_a_clause_of_the_phrase_that_no_one_is_said_to_say_stays_in_it(run):
    """``because his bank lends to the city`` is a clause of its own, but nobody says it: a fact
    about the source, part of the phrase (only an attributed claim cuts it)."""
    text = ("Another banker, who asked not to be named because his bank lends to the city, pointed out "
            "that the bond sale had been delayed twice.")
    sp = _speaker(run(text), "pointed out")
    assert sp["text"] == "Another banker, who asked not to be named because his bank lends to the city"


def test_an_apposition_and_a_dated_participle_close_the_phrase(run):
    text = "The county's auditor, a firm from Dayton, estimates that the merger would save $2 million a year."
    assert _speaker(run(text), "estimates")["text"] == "The county's auditor, a firm from Dayton"
    text = "A leaked memo dated March 2023 shows that managers knew about the leak."
    sp = _speaker(run(text), "shows")
    assert sp["text"] == "A leaked memo dated March 2023" and sp["norm"]["name"] == "A leaked memo"


def test_a_named_apposition_or_a_named_speaker_keeps_its_words(run):
    text = "Senator Maria Okafor, a Democrat from Ohio, said the bill was dead."
    sp = _speaker(run(text), "said")
    assert sp["actor_id"] is not None and "Democrat" not in sp["text"]
    text = "One tenant, Ana Pérez, said the rent had doubled."
    assert _speaker(run(text), "said")["text"] == "Ana Pérez"


@pytest.mark.parametrize("text, cue, speaker", [
    ("Residents of the flooded village, who said they had received no help, told reporters the government "
     "had abandoned them.", "told", "Residents of the flooded village"),
    ("Another resident, who said the water had been brown for weeks, told the council the city had failed.",
     "told", "Another resident"),
    ("Several parents at the school, who complained that the buses were always late, told the board the "
     "schedule had to change.", "told", "Several parents at the school"),
])
def test_a_relative_clause_that_holds_a_claim_is_no_part_of_the_speaker(run, text, cue, speaker):
    claims = run(text)
    sp = _speaker(claims, cue)
    assert sp["text"] == speaker
    for claim in claims:  # no speaker takes in a claim's words or cue, its own claim's least of all
        if claim["speaker"] is not None and claim["speaker"]["start"] <= claim["start"]:
            assert claim["speaker"]["end"] <= claim["start"]
            assert all(c["speaker"] is None or not c["speaker"]["start"] <= claim["start"] < c["speaker"]["end"]
                       for c in claims)
