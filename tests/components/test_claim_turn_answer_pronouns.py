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
    "Q: Will Ms. Quinn sign the new rota, Mayor Doyle?\n\n"
    "DOYLE: I think so. She wants the talks to resume next week.\n\n"
    "Q: Mayor, did the harbourmaster and Ms. Quinn agree on the rota?\n\n"
    "A: Councillor Nora Byrne was there. She says they agreed on Thursday."
)


def test_she_in_an_answer_is_the_person_the_question_names_not_the_one_it_addresses(claims_of):
    """The nearest woman before ``She`` is Mayor Doyle, addressed and answering: not her."""
    wants = with_cue(claims_of(STRIKE), "wants")
    assert wants["speaker"]["actor_id"] == "maeve-quinn"
    assert wants["speaker"]["via"]["text"] == "She"
    assert "Doyle" not in wants["speaker"]["text"] and "DOYLE" not in wants["speaker"]["text"]


def test_near_miss_a_person_named_in_the_answer_first_keeps_the_pronoun_to_the_other_passes(claims_of):
    """``Councillor Nora Byrne was there. She says …``: the answer names the antecedent itself."""
    says = with_cue(claims_of(STRIKE), "says")
    assert (says["speaker"] or {}).get("actor_id") != "maeve-quinn"


ASKED = (
    "Port director Lars Solberg on the cruise cap\n\n"
    "Port director Lars Solberg explained the city's new cruise limits to the Courier.\n\n"
    "Courier: Mr Solberg, why a cap now?\n\n"
    "Because the old quays cannot take more. I believe the city has waited too long already.\n\n"
    "Courier: The head of the cruise lines' association, Tomas Brekke, calls the cap reckless. Is he right, Mr Solberg?\n\n"
    "No. He assured me in March that his members could live with three ships a day.\n\n"
    "Courier: Will the cap be lifted once the new quay opens?\n\n"
    "I think a review in 2028 is enough. The mayor, Kari Lunde, agrees. She said the council backs the plan.\n"
)


def test_he_answering_a_labelled_question_without_a_label_is_the_person_it_names(claims_of):
    """The nearest man before ``He`` is Mr Solberg, addressed and answering: not him."""
    assured = with_cue(claims_of(ASKED), "assured")
    assert assured["speaker"]["text"].endswith("Tomas Brekke")
    assert assured["speaker"]["via"]["text"] == "He"
    assert "Solberg" not in assured["speaker"]["text"]


def test_she_after_a_person_named_in_the_answer_is_not_read_from_the_question(claims_of):
    said = with_cue(claims_of(ASKED), "said")
    assert said["speaker"] is None or "Solberg" not in said["speaker"]["text"]
