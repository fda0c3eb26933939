"""Headline and subhead clauses joined by a semicolon (:mod:`pipeline.components.claim_headline_clauses`).
Headlines written for these tests."""

from __future__ import annotations

from conftest import with_cue

_BODY = "\n\nBy Jane Doe\n\nThe mill in Hartwell closed on Friday after 80 years. The owners said costs had doubled."


def test_the_clause_before_a_semicolon_is_not_said_by_the_next_speaker(claims_of):
    claim = with_cue(claims_of("Hartwell mill shuts after 80 years; union alleges ‘betrayal’ by owners" + _BODY),
                     "alleges")
    assert claim["speaker"]["text"] == "union"
    assert "mill" not in claim["text"] and "betrayal" in claim["content"]["text"]


def test_each_clause_of_a_subhead_keeps_its_own_speaker(claims_of):
    claims = claims_of("Hartwell mill to close\n\nOwners cite soaring costs; union says workers were misled" + _BODY)
    says = with_cue(claims, "says")
    assert says["speaker"]["text"] == "union" and says["content"]["text"] == "workers were misled"


def test_a_semicolon_in_the_body_is_left_to_the_parse(full_nlp):
    from pipeline.components.claim_headline_clauses import repair_headline_semicolons
    from pipeline.components.claim_rules import load_rules

    text = ("Hartwell mill to close\n\nThe mill in Hartwell will close in May after eighty years of "
            "production; the union said on Friday that the owners had misled the workers for months.")
    doc = full_nlp(text)
    before = [s.text for s in doc.sents]
    assert repair_headline_semicolons(doc, load_rules()) == 0
    assert [s.text for s in doc.sents] == before
