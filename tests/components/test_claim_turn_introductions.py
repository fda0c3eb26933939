"""The questioner who names himself at the start of a question turn (claim_turn_introductions.py).

Every text here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

PRESS_OFFICE = (
    "Port authority defends dredging plan\n\n"
    "The following is a transcript of the weekly briefing by Tomasz Wielgus, Spokesperson for the "
    "Harbour Authority.\n\n"
    "Spokesman: Good morning. The dredging of the north channel starts on Monday and will take six weeks.\n\n"
    "Question: Thanks, Tomasz. Irene Pappas, Coastal Courier. Will the ferries keep running during the works?\n\n"
    "Spokesman: They will. We have agreed a timetable with both operators.\n\n"
    "Question: And the fishing fleet?\n\n"
    "Spokesman: The fleet keeps its berths. Nobody is being moved.\n"
)

NEWS_CONFERENCE = (
    "Governor outlines flood aid\n\n"
    "Governor Celia Marsh took questions at a news conference in the capital on Thursday.\n\n"
    "Q: Hi, I'm Omar Nasser with KTVB. How much of the money reaches farmers?\n\n"
    "MARSH: About a third of it. The rest goes to towns.\n\n"
    "Q: Governor, Senator Paul Dreyer said this morning that the plan shortchanges the north. Is he wrong?\n\n"
    "MARSH: He is. The north gets more per head than anyone.\n\n"
    "Q: Thank you, Celia Marsh. When does the money arrive?\n\n"
    "MARSH: Within the month.\n"
)


def _turns(claims, label):
    return [c for c in claims if c["cue"] is not None and c["cue"]["text"] == ":"
            and (c["speaker"] or {}).get("via", c["speaker"] or {}).get("text") == label]


def test_a_questioner_who_names_himself_asks_that_turn_only(claims_of):
    asked = _turns(claims_of(PRESS_OFFICE), "Question")
    assert len(asked) == 2
    named = [c for c in asked if c["speaker"].get("actor_id")]
    assert [c["speaker"]["text"] for c in named] == ["Irene Pappas"]
    other = [c for c in asked if c not in named][0]
    assert other["speaker"]["text"] == "Question" and other["speaker"].get("norm", {}).get("name") == "a reporter"



def test_a_questioner_who_says_im(claims_of):
    asked = _turns(claims_of(NEWS_CONFERENCE), "Q")
    assert len(asked) == 3
    assert asked[0]["speaker"]["text"] == "Omar Nasser"


def test_a_name_in_a_statement_or_addressed_is_no_introduction(claims_of):
    asked = _turns(claims_of(NEWS_CONFERENCE), "Q")
    assert [c["speaker"]["text"] for c in asked[1:]] == ["Q", "Q"]
    assert all(c["speaker"].get("actor_id") is None for c in asked[1:])
