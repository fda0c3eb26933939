"""The answerer a lead-in describes before ``Q:`` / ``A:`` turns (claim_turn_described.py).

Every text here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

from conftest import labelled_turns

DESCRIBED = (
    "Dutch dikes to get emergency funds\n\n"
    "Water Minister Pieter de Wolff said on Monday that the levees along the Waal needed repair before "
    "winter. Agriculture Minister Sanne Brouwer said farmers would be compensated. Sanne Brouwer "
    "visited the worst-hit farms.\n\n"
    "Infrastructure Secretary Joris Vermeulen told parliament that the work would cost €400 million. "
    "The junior minister was pressed on the schedule:\n\n"
    "Q: Why was nothing done last year?\n\n"
    "A: We did what the surveys told us. The damage came later than anyone expected.\n"
)

UNDESCRIBED = (
    "Dutch dikes to get emergency funds\n\n"
    "Agriculture Minister Sanne Brouwer said farmers would be compensated. Sanne Brouwer visited the "
    "worst-hit farms.\n\n"
    "Parliament debated the repairs on Tuesday. The spokesman was pressed on the schedule:\n\n"
    "Q: Why was nothing done last year?\n\n"
    "A: We did what the surveys told us.\n"
)


def test_described_answerer_is_the_subject_of_the_sentence_before(claims_of):
    answer = labelled_turns(claims_of(DESCRIBED), "A")
    assert answer and answer[0]["speaker"]["text"].endswith("Joris Vermeulen")


def test_described_answerer_with_no_person_before_is_not_the_most_named(claims_of):
    answer = labelled_turns(claims_of(UNDESCRIBED), "A")
    assert answer and "Brouwer" not in answer[0]["speaker"]["text"]


def _budget_briefing(description: str) -> str:
    return ("Budget cuts school meals\n\n"
            "Finance Minister Tomas Ekdahl presented the budget to parliament on Tuesday. "
            f"{description} was questioned about the school meals afterwards:\n\n"
            "Q: Why cut the meals now?\n\n"
            "A: Every department had to find savings this year.\n")


def test_described_answerer_whose_title_fits_the_description_is_that_person(claims_of):
    answer = labelled_turns(claims_of(_budget_briefing("The minister")), "A")
    assert answer and answer[0]["speaker"]["text"].endswith("Tomas Ekdahl")


def test_described_answerer_the_description_does_not_fit_is_the_label_as_written(claims_of):  # near miss
    answer = labelled_turns(claims_of(_budget_briefing("The spokeswoman")), "A")
    assert answer and "Ekdahl" not in (answer[0]["speaker"] or {}).get("text", "")


def test_described_spokesperson_is_the_holder_of_a_spokesperson_title(claims_of):
    text = ("Canal tolls to double\n\n"
            "Press Secretary Dana Whitcomb told reporters on Friday that the tolls would double in June. "
            "The spokeswoman was asked about the shipping lines:\n\n"
            "Q: Were the shipping lines consulted?\n\n"
            "A: They were told in March and none of them objected.\n")
    answer = labelled_turns(claims_of(text), "A")
    assert answer and answer[0]["speaker"]["text"].endswith("Dana Whitcomb")
