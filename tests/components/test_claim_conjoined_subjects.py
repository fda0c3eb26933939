"""A ``he``/``she`` subject of a clause conjoined to an earlier clause of the same sentence is that
clause's subject (claim_conjoined_subjects). Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def test_a_conjoined_pronoun_is_the_first_clause_subject_not_an_earlier_person(run):
    text = ("Dr. Lena Okoro, an economist at the state university, said the fund was too small.\n\n"
            "Commissioner Tallis, 61, conceded in a letter that \u201cthe rollout was rushed,\u201d but he defended "
            "the agency\u2019s budget, which rose 5 percent.")
    claim = with_cue(run(text), "defended")
    assert claim["speaker"]["text"] == "Commissioner Tallis"
    assert claim["speaker"]["via"]["text"] == "he"


def test_a_conjoined_pronoun_of_a_named_person_is_that_person(run):
    text = ("Senator Ruth Pallas met the governor on Monday. Mayor Kim Lott, 48, conceded in an interview "
            "that \"we moved too slowly,\" but she insisted the plan would work.")
    claim = with_cue(run(text), "insisted")
    assert claim["speaker"]["text"] == "Mayor Kim Lott"


def test_a_conjoined_pronoun_of_the_other_gender_is_not_the_first_subject(run):
    text = "Maria Lott, 48, conceded in an interview that \"we moved too slowly,\" but he insisted the plan would work."
    claim = with_cue(run(text), "insisted")
    assert (claim["speaker"] or {}).get("text") != "Maria Lott"
