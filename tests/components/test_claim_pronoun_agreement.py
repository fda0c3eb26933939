"""A resolved pronoun speaker must agree with its antecedent, else it stays the pronoun
(claim_pronoun_agreement). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _speaker(text: str, claims_of, cue: str) -> dict:
    return with_cue(claims_of(text), cue)["speaker"] or {}


@pytest.mark.parametrize("text, cue, pronoun", [
    # ``He`` after a letter that quoted the writer's mother: never the mother
    ("Last spring I received a letter from Marcus Hale, a man I sentenced in 2015 for burglary. He wrote "
     "that his mother, who could not attend the hearing, still believes he was framed.\n\n"
     "\u201cShe says the police never looked at anyone else,\u201d the letter said. \u201cI cannot prove "
     "her wrong.\u201d\n\nHe added that he had gone to trial without a lawyer he trusted.", "added", "He"),
    # ``she`` after a letter that quoted the writer's father: never the father
    ("In March a letter arrived from Irene Caldwell, whom I had fined in 2019. She wrote that her father, "
     "who was too ill to come to court, still believes the fine was a mistake.\n\n"
     "\u201cHe says the clerk lost the receipt,\u201d the letter said. \u201cI cannot prove him wrong.\u201d"
     "\n\nShe added that she had paid the fine in full within a week.", "added", "She"),
])
def test_a_pronoun_of_the_other_sex_than_its_antecedent_stays_unresolved(run, text, cue, pronoun):
    speaker = _speaker(text, run, cue)
    assert speaker.get("actor_id") is None and speaker["text"] == pronoun and "via" not in speaker
    start = text.index(pronoun + " added")
    assert (speaker["start"], speaker["end"]) == (start, start + len(pronoun))


def test_an_agreeing_pronoun_keeps_its_antecedent(run):
    """The near miss: ``He`` after the writer himself is the writer."""
    text = ("Last spring I received a letter from Marcus Hale, a man I sentenced in 2015 for burglary. "
            "He wrote that he still believes he was framed.")
    speaker = _speaker(text, run, "wrote")
    assert speaker["actor_id"] == "marcus-hale" and speaker["via"]["text"] == "He"
