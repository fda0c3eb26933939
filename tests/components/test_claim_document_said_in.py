"""A document first named in the ``in`` phrase of a reporting cue (``X said in a statement``,
``In a letter to the paper, Y said``) and named again as a speaker (``The statement added``) is
spoken by that cue's speaker (claim_speakers._said_in_speaker, round 43).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def test_letter_in_a_fronted_in_phrase_is_the_apposed_lawyers(run):
    text = ("In a three-page letter to the Courier, Harbor Freight Lines' attorney, Margaret L. Okonjo, "
            "said the records had been taken out of context. The letter said the company had never "
            "asked drivers to skip rest breaks.")
    claim = [c for c in run(text) if c["cue"] and c["cue"]["text"] == "said"][1]
    speaker = claim["speaker"]
    assert speaker["text"] == "Margaret L. Okonjo" and speaker["actor_id"]
    assert speaker["via"]["text"] == "The letter"
    assert speaker["document"]["text"].startswith("a three-page letter to the Courier")
    assert claim["content"]["text"].startswith("the company had never asked")


def test_statement_of_a_description_no_actor_covers_keeps_its_words(run):
    text = ("The family, in a statement read by their lawyer outside the courthouse, said: "
            "\"Daniel deserved better.\" \"We will keep asking questions until we get answers,\" "
            "the statement added.")
    speaker = with_cue(run(text), "added")["speaker"]
    assert speaker["text"] == "The family"
    assert speaker["via"]["text"] == "the statement"
    assert speaker["document"]["text"].startswith("a statement read by their lawyer")


def test_document_outside_any_in_phrase_keeps_todays_reading(run):
    # near miss: the letter is the object of ``received``, no ``in`` phrase of a cue
    text = ("The mayor said on Monday that she had received a letter about the budget. The letter said "
            "the city would run out of money by March.")
    claims = [c for c in run(text) if c["cue"] and c["cue"]["text"] == "said"]
    speaker = claims[-1]["speaker"]
    assert not speaker.get("actor_id")


def test_letter_named_again_with_its_signer_is_the_author_named_before(run):
    text = ("Harrowgate Partners, which owns 4% of the shares, argued in a letter to the board on Monday that "
            "the retail unit should be sold. The letter, signed by the firm's co-founder Lena Marsh, accused "
            "directors of \"wasting a decade\".")
    speaker = with_cue(run(text), "accused")["speaker"]
    assert speaker["text"] == "Harrowgate Partners" and speaker["actor_id"]
    assert speaker["via"]["text"] == "The letter"
    assert speaker["document"]["text"].startswith("a letter to the board")


def test_signed_letter_with_no_author_named_before_is_its_signers(run):
    # near miss: no earlier letter names an author, so the signers stay the speakers
    text = ("Residents of Elm Street have complained for months about the noise. A letter, signed by "
            "Councillor Ruth Abara, urged the depot to close at night.")
    speaker = with_cue(run(text), "urged")["speaker"]
    assert "Ruth Abara" in speaker["text"]


def test_in_phrase_of_a_clause_below_the_cue_is_no_first_mention(run):
    # near miss: ``involved in the study`` hangs on a relative clause, not on the cue ``said``
    text = ("Fewer children caught measles in towns with school nurses, according to a study released "
            "Tuesday in the journal Pediatric Reports. Dr. Ana Ruiz, who was not involved in the study, "
            "said the effect was large. The study also suggests that rural clinics matter.")
    speaker = with_cue(run(text), "suggests")["speaker"]
    assert not speaker.get("actor_id") and speaker["text"].startswith("a study released Tuesday")


def test_representative_publisher_of_a_statement_keeps_its_words(run):
    # near miss: ``Mercer's office`` names the author itself; the cue's resolved speaker does not replace it
    text = ("In a statement, Senator Okafor's office called the objections \"recycled talking points.\" "
            "The statement noted that the program had doubled in cost since 2019.")
    speaker = with_cue(run(text), "noted")["speaker"]
    assert speaker["text"] == "Senator Okafor's office"
