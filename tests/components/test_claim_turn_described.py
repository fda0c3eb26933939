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
