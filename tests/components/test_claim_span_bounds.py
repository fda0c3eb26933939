"""Where a source phrase begins and ends (issue 11, claim_span_bounds).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _name(claim: dict) -> str | None:
    return None if claim["speaker"] is None else claim["speaker"]["text"]


# -- a fronted noun of a reduced relative clause -------------------------------------------------------
@pytest.mark.parametrize("text, cue, speaker", [
    ("The council voted to close two branch libraries on Monday, a decision local historians said "
     "would erase a century of civic life.", "said", "local historians"),
    ("The board wants to merge the two depots next year — a plan union leaders say would cut 400 jobs.",
     "say", "union leaders"),
    ("The city will close the shelter in June, a decision social workers fear could leave dozens homeless.",
     "fear", "social workers"),
])
def test_a_noun_the_clause_sums_up_is_no_part_of_the_speaker(run, text, cue, speaker):
    assert _name(with_cue(run(text), cue)) == speaker


def test_a_counting_noun_before_the_plural_head_stays(run):
    text = "Turnout fell sharply, a dozen analysts said on Tuesday."
    assert _name(with_cue(run(text), "said")) == "a dozen analysts"


# -- leading words the parser hung on the subject -------------------------------------------------------
def test_a_clause_marker_before_the_subject_is_left_out(run):
    text = ("A poll of 900 nurses by the Harbor Nursing Guild found that three in ten nurses planned "
            "to leave the profession.")
    assert _name(with_cue(run(text), "planned")) == "three in ten nurses"


def test_a_sentence_adverb_before_the_subject_is_left_out(run):
    text = ("Meanwhile several of the bakery's suppliers told reporters that they had not been paid "
            "since March.")
    assert _name(with_cue(run(text), "told")) == "several of the bakery's suppliers"


# -- a time phrase on the subject ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, cue, speaker", [
    ("Farmers from the northern valleys on Tuesday urged the agriculture minister to delay the new "
     "water quotas.", "urged", "Farmers from the northern valleys"),
    ("A state appeals court on Friday ruled that the county had broken its own zoning code.",
     "ruled", "A state appeals court"),
])
def test_a_time_phrase_on_the_subject_is_when_not_who(run, text, cue, speaker):
    assert _name(with_cue(run(text), cue)) == speaker


def test_a_participles_time_phrase_is_not_cut_from_the_participle(run):
    text = "Residents interviewed by the Ledger on Saturday said the river had never risen so fast."
    assert _name(with_cue(run(text), "said")).startswith("Residents interviewed by the Ledger")


# -- the last word of a relative clause -------------------------------------------------------------------
def test_yes_closing_a_relative_clause_belongs_to_the_speaker(run):
    text = ("Two trustees who voted no said the board had ignored the auditors' warnings about the "
            "pension fund.")
    assert _name(with_cue(run(text), "said")) == "Two trustees who voted no"
