"""A bare ``A:`` answer in a transcript of named speakers
(``pipeline/components/claim_turn_mixed_answers.py``).

Every article here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

FLOOD_BRIEFING = (
    "Officials brief reporters on the Dalton mill flood\n\n"
    "By Rosa Keane\n\n"
    "Dalton Mayor Priya Anand and Emergency Director Colin Marsh spoke to reporters at City Hall "
    "on Monday afternoon.\n\n"
    "MAYOR ANAND: Thank you all for coming. The river crested at 4 a.m. and is now falling.\n\n"
    "DIRECTOR MARSH: Our crews evacuated 140 homes overnight. Nobody was hurt.\n\n"
    "QUESTION: Director, were the levees checked this spring?\n\n"
    "DIRECTOR MARSH: They were checked in April.\n\n"
    "Q: The county says the sirens failed on the east side. Did they?\n\n"
    "A: Two of the sirens lost power for about twenty minutes. We are replacing the batteries this week.\n\n"
    "Q: Mayor, will the city pay for the cleanup?\n\n"
    "A: The city will cover the first two weeks of debris removal.\n\n"
    "MAYOR ANAND: We'll take one more."
)

# the last question addresses an official who does not speak in the transcript
ROAD_BRIEFING = (
    "Fire Chief Ruth Abara and Governor Neil Castro spoke to reporters on Friday.\n\n"
    "CHIEF ABARA: The blaze started in the kitchen.\n\n"
    "GOVERNOR CASTRO: We will help every family.\n\n"
    "Q: So, when will the road reopen?\n\n"
    "A: The road will reopen next week.\n\n"
    "Q: Senator, will the county cover the cost?\n\n"
    "A: The county has set aside $500,000."
)

# an interview of one person: ``A:`` is the interviewee, no named label speaks
INTERVIEW = (
    "Harbor master Tomas Lind on the new ferry schedule\n\n"
    "Tomas Lind has run the Vesterby harbor for eleven years. He spoke with the Courier on Friday.\n\n"
    "Q: Director, will the winter ferries run every hour?\n\n"
    "A: Every ninety minutes, from November on.\n\n"
    "Q: Why not every hour?\n\n"
    "A: We do not have the crews. The union agreed to the new rota last week."
)


def _turn(claims: list[dict], opening: str) -> dict:
    found = [c for c in claims if c["cue"] and c["cue"]["text"] == ":" and c["content"]["text"].startswith(opening)]
    assert found, [(c["cue"], c["text"][:40]) for c in claims]
    return found[0]


def test_bare_answer_is_the_official_the_question_addresses(claims_of):
    speaker = _turn(claims_of(FLOOD_BRIEFING), "The city will cover")["speaker"]
    assert (speaker["text"], speaker["actor_id"]) == ("Mayor Priya Anand", "priya-anand")
    assert speaker["via"]["text"] == "A"


def test_bare_answer_to_an_unaddressed_question_is_the_last_named_speaker(claims_of):
    speaker = _turn(claims_of(FLOOD_BRIEFING), "Two of the sirens")["speaker"]
    assert speaker["actor_id"] == "colin-marsh"
    assert speaker["via"]["text"] == "A"


def test_bare_answers_first_person_cue_follows_the_turns_speaker(claims_of):
    inner = [c for c in claims_of(FLOOD_BRIEFING) if c["cue"] and c["cue"]["text"] == "replacing"]
    assert all((c["speaker"] or {}).get("actor_id") in (None, "colin-marsh") for c in inner)


def test_named_turns_keep_their_own_speakers(claims_of):
    speaker = _turn(claims_of(FLOOD_BRIEFING), "We'll take one more")["speaker"]
    assert speaker["actor_id"] == "priya-anand"
    assert speaker["via"]["text"] == "MAYOR ANAND"


def test_near_miss_an_interview_without_named_labels_is_left_to_the_interviewee_pass(claims_of):
    for opening in ("Every ninety minutes", "We do not have the crews"):
        speaker = _turn(claims_of(INTERVIEW), opening)["speaker"] or {}
        assert speaker.get("actor_id") in (None, "tomas-lind")
        assert speaker.get("actor_id") != "colin-marsh"


def test_bare_answer_to_someone_of_no_label_has_no_speaker(claims_of):
    """``Senator, …?`` with no senator among the named speakers: the answerer is unknown."""
    speaker = _turn(claims_of(ROAD_BRIEFING), "The county has set aside")["speaker"] or {}
    assert speaker.get("actor_id") is None


def test_bare_answer_after_a_word_that_addresses_nobody_is_the_last_named_speaker(claims_of):
    """``So, …?`` addresses no one: the last named speaker answers."""
    speaker = _turn(claims_of(ROAD_BRIEFING), "The road will reopen")["speaker"]
    assert speaker["actor_id"] == "neil-castro"


# a question whose asker corrects the person addressed: the last address is answered
HARBOUR_STRIKE = (
    "Press conference on the harbour strike\n\n"
    "Harbourmaster Colm Reddy and Mayor Ann Doyle spoke to reporters on Friday. Union leader Maeve "
    "Quinn met them both on Thursday.\n\n"
    "REDDY: Two berths are closed.\n\n"
    "MAYOR DOYLE: The ferries run on a reduced timetable.\n\n"
    "Q: Harbourmaster, sorry, Mayor. Will Ms. Quinn meet you again?\n\n"
    "A: She's told me that she wants the talks to resume next week.\n\n"
    "REDDY: Last question.\n\n"
    "Q: Mayor, is that right, Harbourmaster? Are the cranes safe?\n\n"
    "A: They were inspected in March."
)


def test_bare_answer_to_a_corrected_address_is_the_last_one_addressed(claims_of):
    speaker = _turn(claims_of(HARBOUR_STRIKE), "She's told me")["speaker"]
    assert speaker["actor_id"] == "ann-doyle"
    assert speaker["via"]["text"] == "A"


def test_near_miss_a_second_address_without_a_correction_word_keeps_the_first(claims_of):
    """``Mayor, is that right, Harbourmaster?``: no correction word, the first address stands."""
    speaker = _turn(claims_of(HARBOUR_STRIKE), "They were inspected")["speaker"] or {}
    assert speaker.get("actor_id") == "ann-doyle"
