"""Speakers of headline and subhead statements (``pipeline/components/claim_headlines.py``, issue 11).

Every article here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _speaker_id(claim: dict) -> str | None:
    return (claim["speaker"] or {}).get("actor_id")


def test_headline_subject_ending_in_a_title_is_the_person_of_that_company(run):
    text = ("Robot maker cuts 900 jobs; Lindmark CEO says orders will recover\n\nBy Ana Ruiz\n\n"
            "Jonas Berglund, Lindmark's chief executive, said in an interview that orders would recover "
            "next year.\n")
    claim = with_cue(run(text), "says")
    assert _speaker_id(claim) == "jonas-berglund"
    assert claim["speaker"]["via"]["text"] == "Lindmark CEO"


def test_standfirst_title_names_the_one_person_with_every_word_of_it(run):
    text = ("Latvia and Norway agree on joint air patrols\n\n"
            "Prime minister says Riga will not wait for another incursion.\n\n"
            "By Ana Ruiz\n\n"
            "RIGA — Latvia's prime minister said on Monday that joint air patrols with Norway would begin "
            "this spring.\n\n"
            "Speaking with Norway's foreign minister, Ingrid Solberg, Prime Minister Janis Ozols said the "
            "patrols would start in May.\n")
    claim = with_cue(run(text), "says")
    assert _speaker_id(claim) == "janis-ozols"


def test_headline_title_fitting_two_people_names_neither(run):
    text = ("Minister says talks will resume\n\nBy Ana Ruiz\n\nForeign Minister Ana Duarte and Finance "
            "Minister Rui Costa met the envoys on Monday. Duarte said the talks would resume in May.\n")
    claim = with_cue(run(text), "says")
    assert _speaker_id(claim) not in ("ana-duarte", "rui-costa")
