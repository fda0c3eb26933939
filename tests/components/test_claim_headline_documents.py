"""A bare document noun in a headline speaks for the first document of its kind the body names
(claim_headline_documents.py, round 36).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


_BODY = ("\n\nBy Anna Reed\n\n"
         "LONDON — Coffee drinkers slept 20 minutes less a night than tea drinkers, according to {doc}.\n\n"
         "The study followed 4,000 adults for three years.")


def test_name_headline_documents_bare_study_is_the_bodys_first_study(run):
    text = "Coffee drinkers sleep less than tea drinkers, study finds" + _BODY.format(
        doc="a study published Tuesday in the journal Sleep Health")
    speaker = with_cue(run(text), "finds")["speaker"]
    assert speaker["text"] == "a study published Tuesday in the journal Sleep Health"
    assert speaker["actor_id"] is None and speaker["via"]["text"] == "study"


def test_name_headline_documents_subject_headline_study_is_the_bodys_first_study(run):
    text = "Study finds coffee drinkers sleep less than tea drinkers" + _BODY.format(
        doc="a study published Tuesday in the journal Sleep Health")
    speaker = with_cue(run(text), "finds")["speaker"]
    assert speaker["text"] == "a study published Tuesday in the journal Sleep Health"


def test_name_headline_documents_study_with_an_author_keeps_the_headline_word(run):
    """The author's record reads the body's words into ``via``: the headline keeps its own word."""
    text = "Coffee drinkers sleep less than tea drinkers, study finds" + _BODY.format(
        doc="a study by the Karolinska Institute published Tuesday")
    speaker = with_cue(run(text), "finds")["speaker"]
    assert speaker["text"] == "study"


@pytest.mark.parametrize("headline", [
    "Coffee drinkers sleep less than tea drinkers, leaked study finds",
    "Coffee drinkers sleep less than tea drinkers, poll finds",
])
def test_near_miss_name_headline_documents_other_words_or_kinds_stay(run, headline):
    text = headline + _BODY.format(doc="a study published Tuesday in the journal Sleep Health")
    speaker = with_cue(run(text), "finds")["speaker"]
    assert speaker is None or "Sleep Health" not in speaker["text"]
