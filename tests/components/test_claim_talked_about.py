"""A bare ``he``/``she``/``they`` left inside a quotation is read again once every quotation has its
speaker (claim_talked_about): someone the quotation talks about. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def test_he_in_a_continued_quotation_is_the_person_the_first_one_reported(run):
    text = ("Carlos Ruiz worked at the plant for nine years. \"The manager asked me to stay on,\" Ruiz said. "
            "\"He told me, 'We need you next season,' and he meant it.\"")
    speaker = with_cue(run(text), "told")["speaker"]
    assert speaker["text"] == "The manager" and speaker["via"]["text"] == "He"


def test_he_with_no_one_to_mean_but_the_quoted_speaker_stays_as_written(run):
    text = ("Carlos Ruiz worked at the plant for nine years. \"I asked twice for a transfer,\" Ruiz said. "
            "\"He told me, 'We need you next season,' and he meant it.\"")
    speaker = with_cue(run(text), "told")["speaker"]
    assert speaker is None or (speaker["text"] == "He" and speaker.get("actor_id") is None)


def test_she_in_an_untagged_continuing_quotation_is_not_its_speaker(run):
    text = ("\"The inspector visited the school on Tuesday,\" Principal Lena Ortiz told parents. "
            "\"She said the roof would be fixed before winter.\"")
    speaker = with_cue(run(text), "said")["speaker"]
    assert speaker["text"] == "The inspector" and speaker["via"]["text"] == "She"


def test_she_in_an_untagged_continuing_quotation_with_no_one_else_stays_as_written(run):
    text = ("\"I visited the school on Tuesday,\" Principal Lena Ortiz told parents. "
            "\"She said the roof would be fixed before winter.\"")
    speaker = with_cue(run(text), "said")["speaker"]
    assert speaker is None or (speaker["text"] == "She" and speaker.get("actor_id") is None)
