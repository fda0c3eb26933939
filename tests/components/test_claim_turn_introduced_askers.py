"""The asker a sentence right before a question turn introduces
(``pipeline/components/claim_turn_introduced_askers.py``); every article here is written for these
tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

from conftest import labelled_turns


EARNINGS_CALL = (
    "Harbourline Foods cuts outlook as cocoa costs bite\n\n"
    "Harbourline Foods lowered its full-year forecast on Thursday. Chief Executive Marta Lindqvist "
    "blamed cocoa prices.\n\n"
    "Operator: Our next question comes from Daniel Osei of Barclays. Please go ahead.\n\n"
    "Question: Marta, how much of the cocoa increase have you already hedged?\n\n"
    "Marta Lindqvist: About two thirds for this year. We are less covered for next year.\n\n"
    "Operator: The next question is from the line of Keiko Tanabe with Nomura.\n\n"
    "Question: Will you raise prices again in Europe?\n\n"
    "Marta Lindqvist: We will look at it in the spring. I would not rule it out.\n\n"
    "Later, UBS analyst Ravi Menon pressed the CEO on the dividend.\n\n"
    "Question: Is the dividend safe?\n\n"
    "Marta Lindqvist: Yes. The board is committed to it.\n\n"
    "Question: And the buyback?\n\n"
    "Marta Lindqvist: Paused for now.\n"
)

REPORTED_ASK = (
    "Council clashes over bus lanes\n\n"
    "Transport chair Helen Varga took questions from the press after the vote.\n\n"
    "Q: Why did the vote slip again?\n\n"
    "Helen Varga: Councillor Tom Birch asked the clerk for more time, and we agreed.\n\n"
    "Q: Will it pass next month?\n\n"
    "Helen Varga: I expect so.\n"
)


def test_each_question_is_asked_by_the_analyst_introduced_right_before_it(claims_of):
    asked = labelled_turns(claims_of(EARNINGS_CALL), "Question")
    assert [c["speaker"]["actor_id"] for c in asked[:3]] == ["daniel-osei", "keiko-tanabe", "ravi-menon"]
    assert all(c["speaker"]["via"]["text"] == "Question" for c in asked[:3])


def test_near_miss_a_question_with_no_introduction_keeps_the_label(claims_of):
    asked = labelled_turns(claims_of(EARNINGS_CALL), "Question")
    assert asked[3]["content"]["text"] == "And the buyback?"
    assert asked[3]["speaker"]["text"] == "Question" and asked[3]["speaker"]["actor_id"] is None


def test_near_miss_a_turn_reporting_an_ask_introduces_no_asker(claims_of):
    asked = labelled_turns(claims_of(REPORTED_ASK), "Q")
    assert len(asked) == 2
    assert all(c["speaker"].get("actor_id") != "tom-birch" for c in asked)


QUESTIONED_A_THING = (
    "Mayor vows to hold the line on fares\n\n"
    "Mayor Olivia Chow met reporters at City Hall on Tuesday.\n\n"
    "Pressed on the shortfall, Mayor Olivia Chow questioned the need for a fare increase.\n\n"
    "Q: Will fares go up this year?\n\n"
    "A: Not on my watch.\n"
)

CHALLENGED_TO_ACT = (
    "Opposition demands snap vote\n\n"
    "Interim Liberal leader Janet Ortiz challenged the premier to call an election.\n\n"
    "Q: Will you call an election?\n\n"
    "A: No. We have a mandate until 2027.\n"
)

ASKED_TO_ACT = (
    "Union presses minister on wages\n\n"
    "Gareth Lloyd, the union's president, asked the minister to reopen the contract.\n\n"
    "Q: Will you reopen it?\n\n"
    "Aisha Karim: We are studying the request.\n"
)

ANSWERER_ASKED = (
    "Premier takes questions on the budget\n\n"
    "Premier Rachel Notley quizzed Finance Minister Joe Ceci on the figures before taking questions.\n\n"
    "Q: Is the deficit growing?\n\n"
    "Rachel Notley: It is shrinking, slowly.\n"
)

PRESSED_OFFICIAL = (
    "Regulator grilled over outage\n\n"
    "Citi analyst Tomas Berg pressed the chief executive on the timing of the repair.\n\n"
    "Q: When will the plant be back online?\n\n"
    "Helena Sato: By the end of the quarter.\n"
)


def test_near_miss_questioning_a_thing_introduces_no_asker(claims_of):
    asked = labelled_turns(claims_of(QUESTIONED_A_THING), "Q")
    assert len(asked) == 1
    assert asked[0]["speaker"]["text"] == "Q" and asked[0]["speaker"]["actor_id"] is None


def test_near_miss_a_challenge_to_act_introduces_no_asker(claims_of):
    asked = labelled_turns(claims_of(CHALLENGED_TO_ACT), "Q")
    assert len(asked) == 1
    assert asked[0]["speaker"]["actor_id"] != "janet-ortiz"


def test_near_miss_asking_someone_to_act_introduces_no_asker(claims_of):
    asked = labelled_turns(claims_of(ASKED_TO_ACT), "Q")
    assert len(asked) == 1
    assert asked[0]["speaker"]["actor_id"] != "gareth-lloyd"


def test_near_miss_the_next_answers_speaker_is_never_the_asker(claims_of):
    asked = labelled_turns(claims_of(ANSWERER_ASKED), "Q")
    assert len(asked) == 1
    assert asked[0]["speaker"]["actor_id"] != "rachel-notley"


def test_an_analyst_pressing_an_official_by_title_asks_the_question(claims_of):
    asked = labelled_turns(claims_of(PRESSED_OFFICIAL), "Q")
    assert len(asked) == 1
    assert asked[0]["speaker"]["actor_id"] == "tomas-berg"
    assert asked[0]["speaker"]["via"]["text"] == "Q"


REVIEWER_FORD = (
    "Premier Doug Ford held a news conference at Queen's Park on Monday.\n\n"
    "Asked about the deficit, Premier Doug Ford questioned the need for new taxes.\n\n"
    "Q: Will you cut the gas tax?\n\n"
    "A: We will cut it this fall.\n"
)

REVIEWER_STILES = (
    "Premier Doug Ford held a news conference at Queen's Park on Monday.\n\n"
    "Opposition Leader Marit Stiles challenged the premier to call an election.\n\n"
    "Q: Will you call an election?\n\n"
    "A: No.\n"
)


def test_near_miss_the_reviewers_answerer_and_challenger_ask_nothing(claims_of):
    for text, wrong in ((REVIEWER_FORD, "doug-ford"), (REVIEWER_STILES, "marit-stiles")):
        asked = labelled_turns(claims_of(text), "Q")
        assert len(asked) == 1
        assert asked[0]["speaker"]["actor_id"] != wrong
