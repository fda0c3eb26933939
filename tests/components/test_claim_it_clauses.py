"""``it`` speaking in a clause of a sentence that names one body (claim_it_clauses, issue 11).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

from conftest import with_cue


def _speaker(claims: list[dict], cue: str) -> dict:
    return with_cue(claims, cue)["speaker"] or {}


def test_it_after_a_clause_is_the_body_owning_the_main_subject(claims_of):
    text = "Vantor Systems' shares fell 6% on Tuesday after it said orders from Europe had slowed."
    speaker = _speaker(claims_of(text), "said")
    assert speaker.get("actor_id") == "vantor-systems" and speaker["via"]["text"] == "it"


def test_it_in_a_relative_clause_is_the_owner_not_the_noun_which_stands_for(claims_of):
    text = "Vantor Systems' answer is a new plant in Ohio, which it says will employ 900 people."
    assert _speaker(claims_of(text), "says").get("actor_id") == "vantor-systems"


def test_it_is_never_the_body_the_relative_clause_hangs_on(claims_of):
    text = "Vantor Systems rejected the offer from Kellmark Group, which it says undervalued the firm."
    assert _speaker(claims_of(text), "says").get("actor_id") == "vantor-systems"


def test_no_body_before_it_leaves_it_unresolved(claims_of):
    text = "The plant in Ohio, which it says will employ 900 people, is the answer of Vantor Systems."
    assert _speaker(claims_of(text), "says").get("actor_id") is None



def test_a_person_owning_the_main_subject_is_no_it(claims_of):
    text = "Mayor Lena Ortiz's answer is a new dam on the river, which it says will cost two billion dollars."
    assert _speaker(claims_of(text), "says").get("actor_id") is None


# ------------------------------------------------------------------ the main subject a document
def test_it_in_a_clause_is_the_document_the_main_subject_is(claims_of):
    text = ("A survey released on Monday by the Harlow Institute showed 58 percent of nurses back the "
            "strike, though it found support falling among older staff.")
    speaker = _speaker(claims_of(text), "found")
    assert speaker.get("actor_id") == "harlow-institute" and speaker["via"]["text"] == "it"
    assert speaker["document"]["text"].startswith("A survey released on Monday")


def test_it_in_a_coordinate_clause_is_the_document_without_an_author(claims_of):
    text = "The audit praised the new billing system, but it warned that staff training had lagged."
    speaker = _speaker(claims_of(text), "warned")
    assert speaker["text"] == "The audit" and speaker["via"]["text"] == "it"


def test_near_miss_a_body_outside_the_document_leaves_it_unresolved(claims_of):
    text = ("The audit praised the Tavern County Water Board, but it warned that staff training had lagged.")
    speaker = _speaker(claims_of(text), "warned")
    assert speaker.get("text") != "The audit"


def test_near_miss_a_second_document_leaves_it_unresolved(claims_of):
    text = "The audit quoted an earlier memo at length, but it warned that staff training had lagged."
    speaker = _speaker(claims_of(text), "warned")
    assert speaker.get("text") != "The audit"


# ------------------------------------------------------------------ the owner a body written as a common noun
def test_it_in_a_relative_clause_is_the_body_noun_owning_its_head_not_the_plural_subject(claims_of):
    text = "Analysts have questioned the ministry's growth forecast, which it says assumes a rebound in exports."
    speaker = _speaker(claims_of(text), "says")
    assert speaker["text"] == "the ministry" and speaker["via"]["text"] == "it"
    assert text[speaker["start"]:speaker["end"]] == "the ministry"


def test_it_in_a_relative_clause_is_the_body_noun_owning_the_main_subject(claims_of):
    text = "The water board's answer is a new reservoir near the port, which it says will supply 300,000 homes."
    speaker = _speaker(claims_of(text), "says")
    assert speaker["text"] == "The water board" and speaker["via"]["text"] == "it"


def test_near_miss_two_body_nouns_leave_the_relative_it_unresolved(claims_of):
    text = "The regulator rejected the company's pricing model, which it says reflects real costs."
    speaker = _speaker(claims_of(text), "says")
    assert speaker.get("text") not in ("the company", "The regulator")


# ------------------------------------------------------------------ a nearer subject before a relative it
def test_relative_it_inside_the_clause_of_a_nearer_body_subject_is_that_body(claims_of):
    text = ("Bus fares will rise 8% in May, the transport ministry said on Friday, as the city council struggles "
            "to find the money it had said would come from parking fees.")
    speaker = [c for c in claims_of(text) if c["cue"] and c["cue"]["text"] == "said"][-1]["speaker"]
    assert "council" in speaker["text"] and speaker["via"]["text"] == "it"


def test_near_miss_a_nearer_subject_that_is_no_body_leaves_relative_it_unresolved(claims_of):
    text = "The Associated Press could not confirm a clip the station aired, which it said showed flooding in the port."
    speaker = _speaker(claims_of(text), "said")
    assert speaker.get("actor_id") is None and speaker.get("text") == "it"
