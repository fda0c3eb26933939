"""``Your critics``, ``my staff``, ``Our economists`` in transcript turns (claim_turn_owners.py).

Every text here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue

TRANSCRIPT = (
    "The Long Interview: Helga Brandt\n\n"
    "Danish Trade Minister Helga Brandt spoke with The Harbor Review about tariffs. "
    "Denmark sells most of its fish abroad.\n\n"
    "Q: Your critics in the shipping lobby say the tariffs will cost jobs. Is that fair?\n\n"
    "Brandt: No. My deputy warned that the ports would suffer, and I listened. "
    "Our economists found that exports rose in the spring.\n\n"
    "Q: Some of your allies argue that you moved too fast.\n\n"
    "Brandt: I hear that. Your readers claim the prices went up, but the data show otherwise.\n"
)


@pytest.fixture(scope="module")
def claims(claims_of):
    return claims_of(TRANSCRIPT)


@pytest.mark.parametrize("cue, name", [
    ("say", "Helga Brandt's critics in the shipping lobby"),   # ``your`` in a question: the one who answers
    ("argue", "Some of Helga Brandt's allies"),                 # after ``some of``
    ("warned", "Helga Brandt's deputy"),                         # ``my`` in an answer: the turn's speaker
])
def test_owned_speaker_phrase_is_named_with_its_owner(claims, cue, name):
    speaker = with_cue(claims, cue)["speaker"]
    assert speaker["norm"]["name"] == name
    assert speaker["via"]["text"] == speaker["text"]           # the words as written stay
    assert speaker["owner"]["norm"]["actor_id"] == "helga-brandt"
    assert speaker["actor_id"] is None                         # the critics are not the minister


def test_our_in_an_answer_is_the_body_the_interviewee_speaks_for(claims):
    speaker = with_cue(claims, "found")["speaker"]
    assert speaker["norm"]["name"] == "Danish economists"      # a country: its demonym
    assert speaker["actor_id"] == "DNK"


def test_your_in_an_answer_is_not_the_interviewee(claims):
    speaker = with_cue(claims, "claim")["speaker"]               # ``Your readers``: the interviewer's
    assert "norm" not in speaker


def test_your_outside_a_transcript_is_left_as_written(claims_of):
    text = ("Helga Brandt, a trade minister, spoke in Aarhus on Monday. "
            "\"Your critics say the tariffs will cost jobs,\" a reporter told her.")
    speaker = with_cue(claims_of(text), "say")["speaker"]
    assert "norm" not in speaker


# -- a generic ``your`` is nobody's (fixb mend 5) ---------------------------------------------------
GENERIC = (
    "The Long Interview: Ines Kowal\n\n"
    "Polish Transport Minister Ines Kowal spoke with The Quay Gazette about rail fares.\n\n"
    "Q: Your typical passenger says the tickets cost too much.\n\n"
    "Kowal: I take the train myself.\n\n"
    "Q: Your predecessor argued that fares should be frozen.\n\n"
    "Kowal: He did, and he was wrong.\n"
)


def test_a_generic_your_is_not_the_interviewees(claims_of):
    speaker = with_cue(claims_of(GENERIC), "says")["speaker"]
    assert "norm" not in speaker


def test_a_your_with_an_owned_head_still_is(claims_of):
    speaker = with_cue(claims_of(GENERIC), "argued")["speaker"]
    assert speaker["norm"]["name"] == "Ines Kowal's predecessor"
