"""Interviews printed without turn labels (``pipeline/components/claim_turn_bare.py``): ``I`` in
an answer is the interviewee, ``he``/``she`` never is; a feature with rhetorical questions is no
interview.

Every article here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

from tests.conftest import with_cue


INTERVIEW = (
    "Harbour mayor Lucia Ferrante on the ferry strike\n\n"
    "GENOA: Mayor Lucia Ferrante has blamed the port authority for a week of cancelled crossings. "
    "She spoke to Marco Bellini about the strike and the budget. Edited excerpts:\n\n"
    "The ferries have not sailed for a week. When will they run again?\n\n"
    "Soon, I hope. I think the crews will accept the offer on Friday, and our staff are ready.\n\n"
    "The port authority says the city owes it money.\n\n"
    "That is not true. I raised it with the transport minister in May. He promised me the money was "
    "already paid.\n\n"
    "Will you stand again next year?\n\n"
    "I have not decided. My family comes first, and I believe the city needs a calm summer.\n"
)

FEATURE = (
    "Why the old tram lines are coming back\n\n"
    "Our reporter spoke to Anna Ricci, the city planner, and to riders on the first test run.\n\n"
    "So what changed?\n\n"
    "Commuters asked for it for years, and I expect the first trams in May.\n\n"
    "And who pays?\n\n"
    "The budget office says the state will pay most of the cost.\n"
)


def test_i_in_an_answer_is_the_interviewee(claims_of):
    think = with_cue(claims_of(INTERVIEW), "think")
    assert think["speaker"]["text"].endswith("Lucia Ferrante")
    assert think["speaker"]["via"]["text"] == "I"


def test_i_after_a_statement_put_as_a_question_is_the_interviewee(claims_of):
    believe = with_cue(claims_of(INTERVIEW), "believe")
    assert believe["speaker"]["text"].endswith("Lucia Ferrante")


def test_he_in_an_answer_is_never_the_interviewee(claims_of):
    promised = with_cue(claims_of(INTERVIEW), "promised")
    assert promised["speaker"] is None or not promised["speaker"]["text"].endswith("Ferrante")


def test_a_question_put_as_a_statement_keeps_its_own_speaker(claims_of):
    says = with_cue(claims_of(INTERVIEW), "says")
    assert says["speaker"]["text"].lower().endswith("port authority")


def test_a_feature_with_rhetorical_questions_is_no_interview(claims_of):
    expect = with_cue(claims_of(FEATURE), "expect")
    assert expect["speaker"] is None or expect["speaker"]["text"] == "I"


COLUMN = (
    "The buses that never come\n\n"
    "Last week I spoke to Omar Haddad, a driver at a Bristol bus depot, about his shifts. "
    "He told me half the routes were short of staff every morning.\n\n"
    "Why does this matter to riders?\n\n"
    "I think it means the morning queues will only get longer this winter.\n\n"
    "Will the council listen?\n\n"
    "I suspect it will not, whatever the mayor promises.\n"
)


def test_a_column_telling_of_its_writers_conversation_is_no_interview(claims_of):
    claims = claims_of(COLUMN)
    for cue in ("think", "suspect"):
        speaker = with_cue(claims, cue)["speaker"]
        assert speaker is None or "Haddad" not in speaker["text"]


def test_a_reporter_talking_with_someone_still_introduces_an_interview(claims_of):
    think = with_cue(claims_of(COLUMN.replace("Last week I spoke", "Last week our reporter spoke")), "think")
    assert think["speaker"]["text"].endswith("Omar Haddad")
