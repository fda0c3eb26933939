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


def test_a_quoted_verdict_after_a_semicolon_keeps_its_verb(claims_of):
    """``unions call offer ‘insulting’`` after a semicolon: the object and the quoted predicate
    of ``call`` (the parser read the object as a verb)."""
    claims = claims_of("Hartwell mill shuts after 80 years; unions call pay offer ‘insulting’" + _BODY)
    call = with_cue(claims, "call")
    assert call["speaker"]["text"] == "unions" and "insulting" in call["content"]["text"]
    assert "mill" not in call["content"]["text"]


def test_a_call_for_something_is_no_verdict(claims_of):
    call = with_cue(claims_of("Hartwell mill shuts; workers call for inquiry" + _BODY), "call")
    assert call["content"]["text"] == "for inquiry"


def test_as_without_a_comma_in_a_headline_is_no_report(claims_of):
    """``Aguirre claims victory as Cevallos concedes``: ``as`` joins two events, Cevallos reports
    nothing; in the body ``…, as the minister conceded`` still reports."""
    claims = claims_of("Union claims win as owner concedes" + _BODY)
    assert not [c for c in claims if c["cue"] and c["cue"]["text"] == "concedes"]


def test_a_headline_subject_never_runs_over_as(claims_of):
    """``Hartwell mill shuts as owner concedes`` parsed with ``shuts as owner`` as the subject:
    no speaker holds two clauses."""
    claims = claims_of("Hartwell mill shuts as owner concedes" + _BODY)
    assert not [c for c in claims if c["speaker"] and " as " in c["speaker"]["text"]]


def test_the_paragraphs_are_classified_once_for_the_repairs_and_the_context(full_nlp, monkeypatch):
    """The headline repairs take the sections extract_claims found (review 14, item 11); called
    alone they still find them, and the semicolon cut keeps its speaker."""
    from pipeline.components import claim_headline_clauses, claims
    from pipeline.components.claim_rules import load_rules

    calls = []
    real = claims.classify_paragraphs
    counted = lambda text, rules: calls.append(1) or real(text, rules)  # noqa: E731
    monkeypatch.setattr(claims, "classify_paragraphs", counted)
    monkeypatch.setattr(claim_headline_clauses, "classify_paragraphs", counted)
    doc = full_nlp("Pondside bakery shuts; owners blame rent rise" + _BODY)
    recs = claims.extract_claims(doc, "d")
    assert len(calls) == 1 and with_cue(recs, "blame")["speaker"]["text"] == "owners"
    claim_headline_clauses.repair_headline_verdicts(full_nlp("Pondside bakery shuts" + _BODY), load_rules())
    assert len(calls) == 2  # called alone: it finds the sections itself
