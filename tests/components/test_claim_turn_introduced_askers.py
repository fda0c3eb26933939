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
