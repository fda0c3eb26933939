"""``Q:`` in a press briefing transcript is a reporter (claim_turn_askers.py).

Every text here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

BRIEFING = (
    "Harbor ministry defends ferry cuts\n\n"
    "Ministry spokesman Ole Varga told reporters at the weekly briefing that the ferry timetable "
    "would be cut in the winter.\n\n"
    "Q: Will the island routes keep a daily boat?\n\n"
    "VARGA: They will. Nobody on the islands will be cut off.\n\n"
    "Q: And the fares?\n\n"
    "VARGA: The fares stay where they are until March.\n"
)

TOWN_HALL = (
    "Residents press mayor on ferry cuts\n\n"
    "Mayor Ole Varga faced more than 200 residents at a packed town hall meeting on Tuesday night.\n\n"
    "Q: Will the island routes keep a daily boat?\n\n"
    "VARGA: They will. Nobody on the islands will be cut off.\n\n"
    "Q: And the fares?\n\n"
    "VARGA: The fares stay where they are until March.\n"
)


def _questions(claims):
    return [c for c in claims if c["cue"] is not None and c["cue"]["text"] == ":" and c["speaker"]["text"] == "Q"]


def test_q_in_a_briefing_is_a_reporter(claims_of):
    asked = _questions(claims_of(BRIEFING))
    assert len(asked) == 2
    assert all(c["speaker"]["norm"]["name"] == "a reporter" for c in asked)
    assert all(c["speaker"]["actor_id"] is None for c in asked)


def test_q_at_a_town_hall_stays_the_label(claims_of):
    asked = _questions(claims_of(TOWN_HALL))
    assert len(asked) == 2
    assert all("norm" not in c["speaker"] for c in asked)


# -- only the paragraphs introducing the transcript, whole words, no interviewing outlet (fixb mend 4)
OUTLET_INTERVIEW = (
    "Fisheries chief on quotas\n\n"
    "Fisheries Minister Ole Varga, who left a cabinet briefing early on Friday, spoke with The Dock "
    "Weekly about quotas.\n\n"
    "Q: Will the quotas fall?\n\n"
    "VARGA: Only for cod.\n"
)

DEBRIEFING = (
    "Pilots and the storm\n\n"
    "After a long debriefing, Captain Ole Varga answered questions from passengers.\n\n"
    "Q: Were you afraid?\n\n"
    "VARGA: Not for a moment.\n"
)

def test_q_in_an_outlets_interview_is_no_briefing_reporter(claims_of):
    asked = _questions(claims_of(OUTLET_INTERVIEW))
    assert asked and all("norm" not in c["speaker"] for c in asked)


def test_debriefing_makes_no_reporter(claims_of):
    asked = _questions(claims_of(DEBRIEFING))
    assert asked and all("norm" not in c["speaker"] for c in asked)


def test_reporters_at_a_briefing_still_ask_when_told_reporters(claims_of):
    text = BRIEFING.replace("told reporters at the weekly briefing", "spoke to reporters at the weekly briefing, saying")
    asked = _questions(claims_of(text))
    assert len(asked) == 2 and all(c["speaker"]["norm"]["name"] == "a reporter" for c in asked)
