"""``he``/``she``/``they`` speaking inside a quotation are someone the quoted speaker talks about
(claim_quoted_pronouns). Every sentence here is written for these tests; each family has a near
miss that must stay unresolved."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _speaker(text: str, claims_of, cue: str) -> dict:
    return with_cue(claims_of(text), cue)["speaker"] or {}


def test_they_in_a_quotation_is_the_plural_subject_said_in_it(run):
    text = ('Marta Silva, who runs the food bank, said demand had doubled. "The volunteers on the night shift '
            'are exhausted. They warn that the pantry cannot stay open past March," she said.')
    speaker = _speaker(text, run, "warn")
    assert speaker["text"] == "The volunteers on the night shift" and speaker["via"]["text"] == "They"


def test_they_in_a_quotation_with_no_plural_subject_before_stays_unresolved(run):
    text = ('Marta Silva runs the food bank on Elm Street. "Demand has doubled since June. They warn that the '
            'pantry cannot stay open past March," she said.')
    assert _speaker(text, run, "warn").get("actor_id") is None
    assert _speaker(text, run, "warn")["text"] == "They"


def test_they_under_the_speakers_own_i_think_is_the_group_named_just_before(run):
    text = ('Greta Lind does not believe the county commissioners are careless. "I think they sincerely expect '
            'the levy to pass," Lind said.')
    speaker = _speaker(text, run, "expect")
    assert speaker["text"] == "the county commissioners" and speaker["via"]["text"] == "they"


def test_he_in_a_quotation_is_the_person_the_speaker_talked_about(run):
    text = ('Over coffee, Tomas Ruiz spoke about his mother. "People ask me whether I miss the farm. No. '
            'She believed farmers were the last honest people," he said.')
    speaker = _speaker(text, run, "believed")
    assert speaker["text"] == "his mother" and speaker["via"]["text"] == "She"


def test_he_in_a_quotation_is_never_the_quotations_own_speaker(run):
    text = ('Tomas Berg spoke for an hour. "Nobody asked me about the bridge. He believed the bridge was '
            'safe," Berg said.')
    speaker = _speaker(text, run, "believed")
    assert speaker.get("actor_id") != "tomas-berg"
