"""Decisions and directives of bodies and documents: a body that voted to do something (rule
``report-vote``): the to-clause is what it decided, without the count of the vote (``tally``);
no claim for a vote still to come, nor for a vote with no infinitive. A person or a document
that directed someone to act (``report-direct``): the object and its infinitive, as for ordered.

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import cue_texts as _cues, speaker_text as _speaker, with_cue


@pytest.mark.parametrize("text, speaker, content", [
    ("The Fairfax County school board voted 7-3 late Tuesday to close two elementary schools.",
     "The Fairfax County school board", "to close two elementary schools"),
    ("The zoning commission on Thursday voted 5-2 to reject the developer's request for a height waiver.",
     "The zoning commission", "to reject the developer's request for a height waiver"),
])
def test_a_vote_to_act_reports_the_infinitive_without_the_count(claims_of, text, speaker, content):
    claim = with_cue(claims_of(text), "voted")
    assert _speaker(claim) == speaker
    assert claim["content"]["text"] == content
    assert text[claim["content"]["start"]:claim["content"]["end"]] == content


@pytest.mark.parametrize("text, content", [
    ("Shareholders voted overwhelmingly at the annual meeting to reject the chief executive's pay package.",
     "to reject the chief executive's pay package"),
    ("The transit authority's board narrowly voted last week to raise bus fares by 25 cents.",
     "to raise bus fares by 25 cents"),
    ("The city council voted unanimously on Tuesday to approve the budget.", "to approve the budget"),
])
def test_a_vote_reports_the_infinitive_without_its_manner_place_or_date(claims_of, text, content):
    """Review 42, finding 5: what stands between a vote and its infinitive (``overwhelmingly at the
    annual meeting``, ``unanimously on Tuesday``) tells how the body decided, not what."""
    claim = with_cue(claims_of(text), "voted")
    assert claim["content"]["text"] == content
    assert text[claim["content"]["start"]:claim["content"]["end"]] == content


@pytest.mark.parametrize("text", [
    "The board will vote Wednesday to formally end the contract.",
    "Two trustees voted against the budget in March.",
])
def test_a_vote_to_come_or_with_no_infinitive_reports_nothing(claims_of, text):
    assert "vote" not in _cues(claims_of(text)) and "voted" not in _cues(claims_of(text))


@pytest.mark.parametrize("text", [
    "Senators who voted to acquit the former president faced angry voters at home.",
    "Cheney, who voted to impeach Trump in 2021, lost her primary.",
])
def test_a_vote_in_a_relative_clause_reports_no_decision(claims_of, text):
    """Review 42, finding 6: ``who voted to …`` describes its noun (``no_relcl``): no claim of
    the voter."""
    assert "voted" not in _cues(claims_of(text))


def test_a_body_described_by_its_vote_keeps_its_own_statement(claims_of):
    text = "The faculty union, which voted last month to authorize a strike, said talks had stalled."
    claims = claims_of(text)
    assert "voted" not in _cues(claims)
    claim = with_cue(claims, "said")
    assert _speaker(claim).startswith("The faculty union")
    assert claim["content"]["text"] == "talks had stalled"


@pytest.mark.parametrize("text, outer", [
    ("A mailer from the Hartley campaign says Dana Ruiz voted to cut 4,000 teaching jobs.", "says"),
    ("Opponents claimed that the commissioner voted to raise water rates without a hearing.", "claimed"),
])
def test_a_vote_inside_another_report_is_that_reports_content_not_a_decision_of_its_own(claims_of, text, outer):
    """A vote someone else reports (an attack ad's ``says X voted to …``) is the content of that
    report, not a decision its voter states (``unreported``)."""
    claims = claims_of(text)
    assert "voted" not in _cues(claims)
    assert "voted to" in with_cue(claims, outer)["content"]["text"]


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The judge directed prosecutors to hand over the phone records by Friday.", "directed", "The judge",
     "prosecutors to hand over the phone records by Friday"),
    ("The guidance directs hospitals to report every new case within 24 hours.", "directs", "The guidance",
     "hospitals to report every new case within 24 hours"),
])
def test_a_directive_reports_the_object_and_its_infinitive(claims_of, text, cue, speaker, content):
    claim = with_cue(claims_of(text), cue)
    assert _speaker(claim) == speaker
    assert claim["content"]["text"] == content


@pytest.mark.parametrize("text", [
    "She directed the documentary, which won an award in Venice.",
    "The governor directed $5 million to flood control projects.",
    "Staff were directed to stop all outreach.",
])
def test_directing_a_film_money_or_a_passive_reports_nothing(claims_of, text):
    assert not {"directed", "directs"} & _cues(claims_of(text))


def test_a_vote_with_no_infinitive_splits_no_clause(claims_of):
    """``before they vote``: no report at all (``needs_infinitive``), so the request keeps it."""
    claim = with_cue(claims_of("The parents urged trustees to visit the school before they vote."), "urged")
    assert claim["content"]["text"] == "trustees to visit the school before they vote"
