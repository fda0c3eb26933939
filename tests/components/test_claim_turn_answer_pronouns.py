"""``he``/``she`` in an answer turn that names nobody before it
(``pipeline/components/claim_turn_answer_pronouns.py``).

Every article here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

from tests.conftest import with_cue

STRIKE = (
    "Press conference on the harbour strike\n\n"
    "Harbourmaster Colm Reddy and Mayor Ann Doyle spoke to reporters on Friday. Union leader Maeve "
    "Quinn met them both on Thursday.\n\n"
    "REDDY: Two berths are closed.\n\n"
    "MAYOR DOYLE: The ferries run on a reduced timetable.\n\n"
    "Q: Mayor, will Ms. Quinn meet you again?\n\n"
    "A: I think so. She wants the talks to resume next week.\n\n"
    "Q: Mayor, did the harbourmaster and Ms. Quinn agree on the rota?\n\n"
    "A: Councillor Nora Byrne was there. She says they agreed on Thursday."
)


def test_she_in_an_answer_is_the_person_the_question_names(claims_of):
    wants = with_cue(claims_of(STRIKE), "wants")
    assert wants["speaker"]["actor_id"] == "maeve-quinn"
    assert wants["speaker"]["via"]["text"] == "She"


def test_near_miss_a_person_named_in_the_answer_first_keeps_the_pronoun_to_the_other_passes(claims_of):
    """``Councillor Nora Byrne was there. She says …``: the answer names the antecedent itself."""
    says = with_cue(claims_of(STRIKE), "says")
    assert (says["speaker"] or {}).get("actor_id") != "maeve-quinn"
