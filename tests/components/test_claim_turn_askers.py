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
