"""Quotations a clause introduces with a colon (``pipeline/components/claim_clause_colons.py``,
applied by ``claim_quotes``). Every article here is written for these tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _colon_claims(claims: list[dict]) -> list[dict]:
    return [c for c in claims if c["cue"] and c["cue"]["text"] == ":"]


def test_clause_colon_subject_in_apposition_speaks_the_quotation(run):
    text = ("Flood warnings came late, residents say\n\nBy Staff Writer\n\n"
            "“We had sirens this time,” said Marta Nowicka, a shopkeeper. Her brother, Tomasz Nowicki, "
            "was less impressed: “The sirens came after the water did.”\n")
    claims = _colon_claims(run(text))
    assert len(claims) == 1
    assert claims[0]["speaker"]["actor_id"] == "tomasz-nowicki"
    assert claims[0]["content"]["text"].startswith("The sirens came after the water did")
    assert claims[0]["cue"]["origin"] == "rule:colon-clause-verbs"  # a rule id (DESIGN: ``rule:<rule id>``)


def test_clause_colon_after_quote_speaks_for_the_object(run):
    text = ("Reactor review\n\nBy Staff Writer\n\n"
            "The 2021 report was never published. It quoted the plant's chief chemist, Lars Eriksen: "
            "“Nothing in the cooling loop needs replacing before 2040.”\n")
    claims = _colon_claims(run(text))
    assert [c["speaker"]["actor_id"] for c in claims] == ["lars-eriksen"]
    assert [c["cue"]["origin"] for c in claims] == ["rule:colon-clause-object-verbs"]


def test_clause_colon_with_a_nested_report_adds_a_statement(run):
    text = ("Clinic closure\n\nBy Staff Writer\n\n"
            "Dr. Amelia Ortega is doubtful: “They have been promising a new clinic since 2018.”\n")
    claims = _colon_claims(run(text))
    assert len(claims) == 1 and claims[0]["speaker"]["actor_id"] == "amelia-ortega"


@pytest.mark.parametrize("text", [
    # a subject that is no person or organisation
    "Permits\n\nBy Staff Writer\n\nThe rule is simple: “No permit, no building, no exceptions.”\n",
    # a reporting verb cues the quotation itself
    "Vote\n\nBy Staff Writer\n\nSenator Ruth Galloway said after the vote: “We will try again next year.”\n",
    # a medium as the verb's object: the verb reports
    "School\n\nBy Staff Writer\n\nA parent, Dana Whitley, sent me a text message: “So what happens now with the buses?”\n",
    # the quotation does not close the sentence
    "Plan\n\nBy Staff Writer\n\nMayor Tom Reyes has one answer: “build more homes” and he repeats it often.\n",
    # a label, not a clause
    "Roads\n\nBy Staff Writer\n\nUpdate: “The bridge has reopened to traffic,” police said.\n",
])
def test_clause_colon_does_not_fire(run, text):
    assert not [c for c in _colon_claims(run(text)) if c["cue"]["origin"].startswith("rule:colon-clause-")]


def test_clause_colon_leaves_a_reporting_participle_its_quotation(run):
    text = ("Ad war\n\nBy Staff Writer\n\n"
            "The Harbour Party posted the video within hours, adding: “Voters deserve to see this before May.”\n")
    assert not [c for c in _colon_claims(run(text)) if c["cue"]["origin"].startswith("rule:colon-clause-")]
