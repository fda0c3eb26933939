"""The questioner who names himself at the start of a question turn (claim_turn_introductions.py).

Every text here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

from conftest import labelled_turns

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


def test_a_questioner_who_names_himself_asks_that_turn_only(claims_of):
    asked = labelled_turns(claims_of(PRESS_OFFICE), "Question")
    assert len(asked) == 2
    named = [c for c in asked if c["speaker"].get("actor_id")]
    assert [c["speaker"]["text"] for c in named] == ["Irene Pappas"]
    other = [c for c in asked if c not in named][0]
    assert other["speaker"]["text"] == "Question" and other["speaker"].get("norm", {}).get("name") == "a reporter"



def test_a_questioner_who_says_im(claims_of):
    asked = labelled_turns(claims_of(NEWS_CONFERENCE), "Q")
    assert len(asked) == 3
    assert asked[0]["speaker"]["text"] == "Omar Nasser"


def test_a_name_in_a_statement_or_addressed_is_no_introduction(claims_of):
    asked = labelled_turns(claims_of(NEWS_CONFERENCE), "Q")
    assert [c["speaker"]["text"] for c in asked[1:]] == ["Q", "Q"]
    assert all(c["speaker"].get("actor_id") is None for c in asked[1:])


ASKED_ABOUT = (
    "Governor outlines rail plan\n\n"
    "Governor Celia Marsh took questions at a news conference in the capital on Thursday.\n\n"
    "Q: This is Donald Trump's third visit to the state. Why now?\n\n"
    "MARSH: You would have to ask him. We welcome every visitor.\n\n"
    "Q: Senator Paul Dreyer, at the hearing. Do you trust him?\n\n"
    "MARSH: I trust the voters.\n\n"
    "Q: It's Maria Lopez's last week as mayor. Will you miss her?\n\n"
    "MARSH: Very much.\n\n"
    "Q: Judge Ann Weller, in Denver. What did she rule?\n\n"
    "MARSH: She ruled for the state.\n\n"
    "Q: Good morning, this is Lena Holt from the Valley Herald. When do the trains run?\n\n"
    "MARSH: Next spring.\n"
)


def test_a_name_talked_about_is_no_self_introduction(claims_of):
    asked = labelled_turns(claims_of(ASKED_ABOUT), "Q")
    assert len(asked) == 5
    assert [c["speaker"]["text"] for c in asked[:4]] == ["Q"] * 4
    assert all(c["speaker"].get("actor_id") is None for c in asked[:4])


def test_this_is_after_a_greeting_introduces_the_asker(claims_of):
    asked = labelled_turns(claims_of(ASKED_ABOUT), "Q")
    assert asked[4]["speaker"]["text"] == "Lena Holt"


PUBLIC_COMMENT = (
    "Transit board hears riders on route cuts\n\n"
    "The following is an edited transcript of the public comment period of the transit board's "
    "meeting on Tuesday.\n\n"
    "CHAIR WELLINGTON: We will now hear from the public. Speaker 2, please.\n\n"
    "SPEAKER 2: Thank you. My name is Harriet Olumide and I ride the 14 every morning. I think "
    "cutting it would strand hundreds of nurses.\n\n"
    "CHAIR WELLINGTON: Thank you. Speaker 3.\n\n"
    "SPEAKER 3: Good evening. I drive for a living and I believe the board is making the right call.\n\n"
    "CHAIR WELLINGTON: That ends public comment.\n"
)


def test_numbered_label_is_the_person_it_introduces(claims_of):
    claims = claims_of(PUBLIC_COMMENT)
    turn = labelled_turns(claims, "SPEAKER 2")
    assert len(turn) == 1 and turn[0]["speaker"]["text"] == "Harriet Olumide"
    inner = [c for c in claims if c["cue"] and c["cue"]["text"] == "think"]
    assert inner and inner[0]["speaker"]["text"] == "Harriet Olumide"


def test_numbered_label_that_names_no_one_is_the_label_as_written(claims_of):
    claims = claims_of(PUBLIC_COMMENT)
    turn = labelled_turns(claims, "SPEAKER 3")
    assert len(turn) == 1 and turn[0]["speaker"]["text"] == "SPEAKER 3"
    inner = [c for c in claims if c["cue"] and c["cue"]["text"] == "believe"]
    assert inner and inner[0]["speaker"]["text"] == "SPEAKER 3"  # not the chair before it
