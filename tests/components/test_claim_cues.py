"""Cue families of the attribution step (issue 11): the ways news attributes a statement besides
"X said", and the uses of the same words that attribute nothing.

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _speaker(claim: dict) -> str | None:
    return None if claim["speaker"] is None else claim["speaker"]["text"]


def _cues(claims: list[dict]) -> set[str]:
    return {c["cue"]["text"] for c in claims if c["cue"] is not None}


# -- a source phrase on a reporting verb ----------------------------------------------------------
@pytest.mark.parametrize("text, source, inner, inner_speaker", [
    ("The mayor told aides on Friday that she would not seek a third term, according to two people "
     "briefed on the meeting.", "two people briefed on the meeting", "told", "The mayor"),
    ("According to a lawyer for the family, the county has proposed a settlement of $2 million.",
     "a lawyer for the family", "proposed", "the county"),
])
def test_source_phrase_on_a_report_attributes_the_whole_report(run, text, source, inner, inner_speaker):
    claims = run(text)
    outer = with_cue(claims, "according to" if "according to" in text else "According to")
    assert _speaker(outer) == source
    assert inner in outer["text"]
    assert inner_speaker in _speaker(with_cue(claims, inner))


# -- a reporting verb in a relative clause whose object is the noun it modifies --------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The council approved the tunnel contract in March, a deal the transit union has denounced.",
     "denounced", "the transit union", "a deal"),
    ("The court struck down the map, a ruling that Republican leaders called a disgrace.",
     "called", "Republican leaders", "a ruling that Republican leaders called a disgrace"),
    ("The regulator fined the bank $40 million, a penalty the bank's lawyers dismissed as symbolic.",
     "dismissed", "the bank's lawyers", "a penalty the bank's lawyers dismissed as symbolic"),
])
def test_relative_clause_with_the_noun_as_object_content(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert content in claim["content"]["text"]
    assert speaker in _speaker(claim) or speaker in (claim["speaker"].get("via") or {}).get("text", "")


@pytest.mark.parametrize("text, not_cue", [
    ("The crowd applauded for several minutes.", "applauded"),
    ("The mayor's proposed budget cuts 40 library jobs.", "proposed"),
    ("The alleged plot was foiled in June.", "alleged"),
])
def test_object_content_verbs_need_an_object_and_adjectives_are_no_cues(run, text, not_cue):
    assert not_cue not in _cues(run(text))


# -- requests: ask for someone to do something -----------------------------------------------------
def test_ask_for_an_infinitive_clause_is_a_request(run):
    claim = with_cue(run("The mayor asked for the two depots to stay open through the winter."), "asked")
    assert _speaker(claim) == "The mayor"
    assert "depots to stay open" in claim["content"]["text"]
    assert "asked" not in _cues(run("The envoy asked the court for more time."))


# -- a report named inside another report ----------------------------------------------------------
def test_report_by_a_named_subject_inside_a_report_is_its_own_attribution(run):
    claims = run("A senior diplomat said the union had demanded a written guarantee on wages.")
    assert _speaker(with_cue(claims, "said")) == "A senior diplomat"
    inner = with_cue(claims, "demanded")
    assert _speaker(inner) == "the union"
    assert inner["content"]["text"] == "a written guarantee on wages"


# -- agree: a stance, not an act agreed on ---------------------------------------------------------
@pytest.mark.parametrize("text, cue, content", [
    ("The ministry agreed with the findings of the inspectors.", "agreed", "the findings of the inspectors"),
    ("Most economists disagree with that forecast.", "disagree", "that forecast"),
    ("The governor agreed that the bridge needed repairs.", "agreed", "the bridge needed repairs"),
])
def test_agree_with_a_view_is_a_stance(run, text, cue, content):
    assert with_cue(run(text), cue)["content"]["text"].endswith(content)


@pytest.mark.parametrize("text", [
    "The two parties agreed to resume talks in the autumn.",
    "She keeps close to voters who agree with her.",
])
def test_agree_to_an_act_and_agree_with_a_person_are_no_cues(run, text):
    assert not {"agreed", "agree"} & _cues(run(text))
