"""The tally-infinitive repair (round 50): ``The board voted 6-3 in August to send it to the
commission``: with a date after the count, the parser hangs the infinitive on the vote as a clause
of purpose (``advcl``), and a vote with no infinitive reports no decision.

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest
import spacy

from conftest import MODEL, with_cue
from pipeline.components.claim_rules import load_rules
from pipeline.components.claim_tally_infinitives import repair_tally_infinitives


@pytest.mark.parametrize("text, speaker, content", [
    ("The school board voted 4-3 on Tuesday to close two elementary schools.",
     "The school board", "to close two elementary schools"),
    ("The county commission voted 7 to 0 in March to ban fireworks in dry months.",
     "The county commission", "to ban fireworks in dry months"),
])
def test_a_vote_after_its_tally_and_date_reports_the_decision(claims_of, text, speaker, content):
    claim = with_cue(claims_of(text), "voted")
    assert claim["speaker"]["text"] == speaker
    assert claim["content"]["text"] == content


@pytest.mark.parametrize("text", [
    "The school board will vote 4-3 on Tuesday to close two schools, members expect.",
    "Parents who voted on Tuesday to close the school were angry.",
    "The council voted on the budget.",
    "Riverton council votes 6-1 to give new ethics board subpoena power",
    "Residents voted in large numbers to protest the closure of the clinic.",
    "Shareholders voted against the plan in June to block the merger.",
])
def test_a_planned_relative_or_bare_vote_stays_unreported(claims_of, text):
    """Near misses: a vote to come (no_modal), a vote describing its noun (no_relcl) and a vote
    with no infinitive report no decision."""
    assert not [c for c in claims_of(text) if c["cue"] and c["cue"]["text"] in ("vote", "voted")]


@pytest.fixture(scope="module")
def base():
    return spacy.load(MODEL)


def test_the_repair_makes_the_infinitive_the_votes(base):
    doc = base("The school board voted 4-3 on Tuesday to close two elementary schools.")
    voted, close = next(t for t in doc if t.text == "voted"), next(t for t in doc if t.text == "close")
    repair_tally_infinitives(doc, load_rules())
    assert close.head.i == voted.i and close.dep_ == "xcomp"


def test_an_object_before_the_infinitive_is_left_as_parsed(base):
    doc = base("Shareholders voted their shares on Friday to back the merger.")
    before = [(t.head.i, t.dep_) for t in doc]
    repair_tally_infinitives(doc, load_rules())
    assert [(t.head.i, t.dep_) for t in doc] == before
