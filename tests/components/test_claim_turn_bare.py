"""Interviews whose answers carry no turn label (``pipeline/components/claim_turn_bare.py``): ``I`` in
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


ASKED = (
    "Harbour chief Ingrid Solberg on the new cruise limits\n\n"
    "BERGEN, Norway — The city will cap cruise ships at three a day from May. Port director Ingrid Solberg "
    "explained the plan to the Courier.\n\n"
    "Courier: Ms Solberg, why a cap now?\n\n"
    "Because the old quays cannot take more. I believe the city has waited too long already.\n\n"
    "Courier: The cruise lines say the cap will cost the region 2,000 jobs.\n\n"
    "That figure is too high. I think most of the jobs will move to the spring season.\n\n"
    "Courier: Will the cap be lifted once the new quay opens?\n\n"
    "We have promised a review in 2028. I have told the council that no new cap is planned.\n\n"
    "Courier: Is the port losing money?\n\n"
    "Not this year. I expect a small surplus, and our auditors agree.\n"
)

ONE_QUESTION = (
    "Ferry fares to rise in spring\n\n"
    "Port director Ingrid Solberg announced higher fares on Monday.\n\n"
    "Q: Why now?\n\n"
    "The director gave no answer on the day. I think the fares were overdue, one commuter said.\n\n"
    "Local traders say they will lose customers. We expect a quiet summer, the traders' association wrote.\n"
)


def test_i_answering_a_labelled_question_is_the_interviewee(claims_of):
    claims = claims_of(ASKED)
    for cue in ("believe", "think", "told", "expect"):
        speaker = with_cue(claims, cue)["speaker"]
        assert speaker["text"].endswith("Ingrid Solberg"), cue
        assert speaker["via"]["text"] == "I"


def test_we_answering_a_labelled_question_is_the_interviewee(claims_of):
    promised = with_cue(claims_of(ASKED), "promised")
    assert promised["speaker"]["text"].endswith("Ingrid Solberg")
    assert promised["speaker"]["via"]["text"] == "We"


def test_a_labelled_question_keeps_its_own_speaker(claims_of):
    say = with_cue(claims_of(ASKED), "say")
    assert say["speaker"]["text"].lower().endswith("cruise lines")


def test_a_single_labelled_question_makes_no_interview(claims_of):
    claims = claims_of(ONE_QUESTION)
    for cue in ("think", "expect"):
        speaker = with_cue(claims, cue)["speaker"]
        assert speaker is None or "Solberg" not in speaker["text"], cue
