"""The asker a question label names in brackets (``pipeline/components/claim_turn_bracket_askers.py``).

Every article here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

PORT_LEVY = (
    "Finance ministry briefing on the port levy\n\n"
    "The Finance Ministry held its weekly press conference on Tuesday with its spokeswoman, "
    "Carla Mendes.\n\n"
    "Mendes: Good morning. The levy on container traffic takes effect in January.\n\n"
    "Question (Pedro Salgado, Jornal do Porto): Will the levy be shared with the port cities?\n\n"
    "Mendes: That is under discussion with the mayors.\n\n"
    "QUESTION (Bloomberg): How much money will the levy raise in its first year?\n\n"
    "Mendes: About 200 million euros a year, by our estimate.\n\n"
    "Q (Hanna Berg, dpa): Has the minister met the shipping companies about the levy?\n\n"
    "Mendes: She met them last week in Lisbon.\n\n"
    "Q (to the ports authority): Is the January timetable realistic for the terminals?\n\n"
    "Mendes: I will pass that question on to the authority.\n\n"
    "Salgado: One more on the cities. Do the mayors agree with the plan?\n\n"
    "Mendes: Most of them do, as far as I know."
)


def _turn(claims: list[dict], opening: str) -> dict:
    """The turn statement (cue: the label's colon) whose content opens with ``opening``."""
    found = [c for c in claims if c["cue"] and c["cue"]["text"] == ":" and c["content"]["text"].startswith(opening)]
    assert found, [(c["cue"], c["text"][:40]) for c in claims]
    return found[0]


@pytest.mark.parametrize("opening,asker", [
    ("Will the levy be shared", "Pedro Salgado"),
    ("Has the minister met", "Hanna Berg"),
])
def test_a_person_named_in_a_question_labels_brackets_asks_it(claims_of, opening, asker):
    speaker = _turn(claims_of(PORT_LEVY), opening)["speaker"]
    assert speaker["text"] == asker
    assert speaker["actor_id"] is not None
    assert speaker["via"]["text"] in ("Question", "Q")  # the label as written


def test_the_outlet_after_the_comma_is_never_the_asker(claims_of):
    speaker = _turn(claims_of(PORT_LEVY), "Will the levy be shared")["speaker"]
    assert "Jornal" not in speaker["text"]
    aff = speaker.get("affiliation")
    assert aff is None or aff["text"] == "Jornal do Porto"


def test_an_outlet_alone_in_brackets_is_a_reporter_of_it(claims_of):
    speaker = _turn(claims_of(PORT_LEVY), "How much money")["speaker"]
    assert (speaker["text"], speaker["actor_id"]) == ("QUESTION", None)
    assert speaker["norm"]["name"] == "a Bloomberg reporter"
    assert speaker.get("affiliation") is None or speaker["affiliation"]["text"] == "Bloomberg"


def test_brackets_that_name_no_one_leave_the_label(claims_of):
    speaker = _turn(claims_of(PORT_LEVY), "Is the January timetable")["speaker"]
    assert (speaker["text"], speaker["actor_id"]) == ("Q", None)
    assert speaker.get("affiliation") is None


def test_each_bracketed_asker_keeps_their_own_questions(claims_of):
    claims = claims_of(PORT_LEVY)
    askers = {_turn(claims, o)["speaker"]["text"] for o in ("Will the levy", "Has the minister", "How much money")}
    assert askers == {"Pedro Salgado", "Hanna Berg", "QUESTION"}


def test_the_surname_label_of_a_bracketed_asker_is_that_person(claims_of):
    claims = claims_of(PORT_LEVY)
    later = _turn(claims, "One more on the cities")["speaker"]
    assert later["actor_id"] == _turn(claims, "Will the levy be shared")["speaker"]["actor_id"]


EMBASSY = (
    "Transcript: briefing by Foreign Minister Anna Holt\n\n"
    "The following is a transcript of the briefing by Foreign Minister Anna Holt in Oslo on Friday.\n\n"
    "HOLT: Good afternoon. I will take questions.\n\n"
    "QUESTION (Off Mike): Will the embassy reopen this year?\n\n"
    "HOLT: We hope so.\n\n"
    "QUESTION (In English): Has the ambassador been recalled?\n\n"
    "HOLT: No.\n\n"
    "QUESTION (Inaudible): Minister, how many officers were injured?\n\n"
    "HOLT: Four.\n\n"
    "Q (Unidentified Reporter): Will you resign?\n\n"
    "HOLT: No.\n\n"
    "QUESTION (Via Phone): Is the border still closed to trucks?\n\n"
    "HOLT: It is.\n\n"
    "Q (Translated): When will the talks with Sweden resume?\n\n"
    "HOLT: Next month.\n\n"
    "QUESTION (AFP): Did the ministry warn citizens in advance?\n\n"
    "HOLT: Yes."
)


@pytest.mark.parametrize("opening", [
    "Will the embassy reopen",  # (Off Mike): no person
    "Has the ambassador been recalled",  # (In English): no outlet
    "Minister, how many officers",  # (Inaudible): no outlet, no affiliation
    "Will you resign",  # (Unidentified Reporter)
    "Is the border still closed",  # (Via Phone)
    "When will the talks",  # (Translated)
])
def test_a_stage_note_in_brackets_names_no_asker(claims_of, opening):
    speaker = _turn(claims_of(EMBASSY), opening)["speaker"]
    assert speaker["actor_id"] is None
    assert speaker["text"] in ("QUESTION", "Q")
    assert speaker["norm"]["name"] == "a reporter"
    assert speaker.get("affiliation") is None


def test_an_outlet_said_with_a_vowel_takes_an(claims_of):
    speaker = _turn(claims_of(EMBASSY), "Did the ministry warn")["speaker"]
    assert speaker["norm"]["name"] == "an AFP reporter"
    assert speaker["affiliation"]["text"] == "AFP"
