"""A question put to the speaker by an unnamed asker makes no claim (claim_put_questions.py).

Every text here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

from conftest import with_cue


def _cues(claims: list[dict]) -> list[str]:
    return [c["cue"]["text"] for c in claims if c["cue"] is not None]


def test_put_question_opening_the_sentence_makes_no_claim(claims_of):
    claims = claims_of("Asked whether the reservoir would be full by June, engineer Tomas Berg said he "
                       "expected it to reach 90 percent.")
    assert "Asked" not in _cues(claims)
    assert with_cue(claims, "said")["speaker"]["text"] == "engineer Tomas Berg" or \
        with_cue(claims, "said")["speaker"]["actor_id"] == "tomas-berg"


def test_put_question_pressed_on_a_topic_makes_no_claim(claims_of):
    claims = claims_of("Pressed on the delays at the new terminal, airport director Maya Lindqvist said "
                       "the contractor had missed two deadlines.")
    assert "Pressed" not in _cues(claims)
    assert "said" in _cues(claims)


def test_put_question_set_off_after_its_subject_makes_no_claim(claims_of):
    claims = claims_of("The harbour master, asked about the dredging contract, said the work would start "
                       "in April.")
    assert "asked" not in _cues(claims)


def test_put_question_by_a_named_asker_keeps_its_claim(claims_of):
    claims = claims_of("Asked by a reporter whether fares would rise, transit chief Ana Ruiz said no "
                       "decision had been made.")
    asked = with_cue(claims, "Asked")
    assert asked["speaker"]["text"] == "a reporter"
    assert asked["cue"]["text"] == "Asked"
    assert asked["text"] == "Asked by a reporter whether fares would rise"


def test_put_question_a_subject_who_asks_keeps_its_claim(claims_of):
    claims = claims_of("Councillor Ben Ashby asked whether the depot could be moved before winter.")
    asked = with_cue(claims, "asked")
    assert asked["speaker"]["text"] == "Councillor Ben Ashby"
    assert asked["cue"]["text"] == "asked"
