"""A document first named ``a new poll`` whose author the next sentence gives
(claim_document_later.py, round 38).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def test_a_new_survey_is_by_the_pollster_the_next_sentence_names(run):
    text = ("The governor's lead has shrunk to four points, a new survey indicates. The poll, carried out "
            "for the Ledger by Harmon Polling Group, found voters split on the tax plan.")
    speaker = with_cue(run(text), "indicates")["speaker"]
    assert speaker["actor_id"] and "Harmon Polling Group" in speaker["text"]
    assert speaker["via"]["text"] == "a new survey"


def test_the_pollster_named_across_a_paragraph_break(run):
    text = ("Turnout could fall below half, and a new poll suggests young voters will stay home.\n\n"
            "The Keystone Institute poll released Tuesday found most young voters unaware of the date.")
    speaker = with_cue(run(text), "suggests")["speaker"]
    assert "Keystone Institute" in speaker["text"] and speaker["via"]["text"] == "a new poll"


def test_an_earlier_survey_is_another_document(run):
    # near miss: the next sentence's survey says it is another one
    text = ("A new poll shows the mayor ahead by six points. An earlier survey by Redfield College "
            "found her trailing.")
    speaker = with_cue(run(text), "shows")["speaker"]
    assert not speaker.get("actor_id") and speaker["text"] == "A new poll"


def test_a_report_is_not_given_a_poll_author(run):
    # near miss: a document of another kind speaks next
    text = ("Rents rose again in March, a new report shows. The poll by Harmon Polling Group found "
            "tenants pessimistic.")
    speaker = with_cue(run(text), "shows")["speaker"]
    assert not speaker.get("actor_id")


def test_a_pollster_two_sentences_on_is_too_far(run):
    # near miss: another sentence stands between the two documents
    text = ("The race is tied, a new poll suggests. Both campaigns dismissed the numbers on Monday. "
            "The survey, by Harmon Polling Group, found a third of voters undecided.")
    speaker = with_cue(run(text), "suggests")["speaker"]
    assert not speaker.get("actor_id")
