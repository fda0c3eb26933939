"""An unnamed age description with an apposed role (claim_aged_roles): ``said the 47-year-old, a
forklift operator``. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


@pytest.mark.parametrize("text, role", [
    ("The plant will close in March. \u201cWe have nowhere else to go,\u201d said the 47-year-old, a forklift "
     "operator who asked not to be named.", "a forklift operator"),
    ("Ferry fares rose again. \"I can't afford the crossing any more,\" said the 71-year-old, a retired nurse "
     "from the island.", "a retired nurse"),
])
def test_an_unnamed_age_speaks_as_its_apposed_role(run, text, role):
    claim = with_cue(run(text), "said")
    assert claim["speaker"]["text"] == role
    assert claim["speaker"]["via"]["text"].endswith("-year-old")


def test_an_age_of_a_named_person_stays_that_person(run):
    text = ("Marta Ilves, 64, runs the ferry kiosk. \"Nobody told us anything,\" said the 64-year-old, a "
            "retired teacher.")
    claim = with_cue(run(text), "said")
    assert claim["speaker"]["text"] != "a retired teacher"


def test_an_age_with_a_definite_apposition_is_not_moved(run):
    claim = with_cue(run("\"The fares are too high,\" said the 52-year-old, the club's treasurer."), "said")
    assert claim["speaker"]["text"] != "the club's treasurer"
