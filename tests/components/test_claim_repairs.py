"""Parse repairs before attribution (issue 11): a source aside inside a clause that the parser
made hang off the subject noun. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from conftest import with_cue

from pipeline.components.claim_repairs import repair_source_asides
from pipeline.components.claim_rules import load_rules


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _fragments(claim: dict, text: str) -> list[str]:
    content = claim["content"]
    return [text[s:e] for s, e in content.get("fragments") or [[content["start"], content["end"]]]]


@pytest.mark.parametrize("text, speaker, content", [
    ("The negotiations, according to two Western diplomats, stalled over the question of sanctions.",
     "two Western diplomats", ["The negotiations", "stalled over the question of sanctions"]),
    ("Wages, according to the central bank's survey, rose 6 percent last year.",
     "the central bank", ["Wages", "rose 6 percent last year"]),  # the survey's author; the survey in ``via``
    ("The convoy, according to local officials, was attacked near the border crossing.",
     "local officials", ["The convoy", "was attacked near the border crossing"]),
])
def test_source_aside_inside_a_clause(run, text, speaker, content):
    claim = with_cue(run(text), "according to")
    assert claim["speaker"]["text"] == speaker
    assert _fragments(claim, text) == content


def _misparsed(vocab) -> Doc:
    """The parse the small model gives such a sentence: the subject noun as root, the verb a
    relative clause of the source (built by hand, so the test does not depend on the model)."""
    words = ["The", "negotiations", ",", "according", "to", "two", "Western", "diplomats", ",", "stalled",
             "over", "sanctions", "."]
    heads = [1, 1, 1, 1, 3, 7, 7, 4, 7, 7, 9, 10, 1]
    deps = ["det", "ROOT", "punct", "prep", "prep", "nummod", "amod", "pobj", "punct", "relcl", "prep", "pobj",
            "punct"]
    pos = ["DET", "NOUN", "PUNCT", "VERB", "ADP", "NUM", "ADJ", "NOUN", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT"]
    spaces = [True, False, True, True, True, True, True, False, True, True, True, False, False]
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def test_repair_makes_the_verb_the_root():
    doc = _misparsed(spacy.blank("en").vocab)
    verb = doc[9]
    assert repair_source_asides(doc, load_rules().sources) == 1
    assert verb.dep_ == "ROOT" and doc[1].head.i == verb.i and doc[1].dep_ == "nsubj"
    assert "stalled" not in [t.text for t in doc[7].subtree]  # the source no longer holds the clause
    assert repair_source_asides(doc, load_rules().sources) == 0  # once is enough


@pytest.mark.parametrize("text", [
    "Rain, according to the forecast.",                                    # no clause after the aside
    "The figures, which the ministry published on Monday, show a decline.",  # no source phrase
])
def test_no_repair_without_the_pattern(full_nlp, text):
    doc = full_nlp(text)
    assert repair_source_asides(doc, load_rules().sources) == 0


def test_a_relative_clause_after_the_source_is_not_the_aside_clause(run):
    text = "The mayor, according to her aides, who spoke on condition of anonymity, was furious."
    claim = with_cue(run(text), "according to")
    assert claim["speaker"]["text"] == "her aides"
    assert _fragments(claim, text) == ["The mayor", "was furious"]


# -- ``…, industry data show.``: a closing reporting verb tagged as a noun -----------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Home sales dropped for a third straight month, industry data show.", "show", "industry data",
     "Home sales dropped for a third straight month"),
    ("Farm incomes have since recovered most of the ground lost, the same data shows.", "shows",
     "the same data", "Farm incomes have since recovered most of the ground lost"),
])
def test_closing_reporting_verb_read_as_a_noun_is_a_cue_again(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert claim["speaker"]["text"] == speaker
    assert claim["content"]["text"] == content


@pytest.mark.parametrize("text", [
    "The network cancelled two of its daytime shows.",
    "Attendance fell at both of the spring trade shows.",
])
def test_show_as_a_noun_stays_a_noun(run, text):
    assert all(c["cue"] is None for c in run(text))


# -- ``X, who …, called for …``: the verb after a relative aside read as a participle ------------
@pytest.mark.parametrize("text, cue, speaker", [
    ("State auditors, who reviewed three years of invoices, called for a criminal inquiry.", "called",
     "State auditors"),
    ("Councilwoman Ada Pruitt, who sits on the transit board, urged riders to file complaints and said "
     "the agency had ignored them.", "urged", "Councilwoman Ada Pruitt"),
    ("Commissioner Lena Ortiz, who oversees two of the county's five districts, called for an audit and said "
     "the budget was padded.", "called", "Commissioner Lena Ortiz"),
])
def test_verb_after_a_relative_aside_heads_its_clause(run, text, cue, speaker):
    claim = with_cue(run(text), cue)
    assert claim["speaker"]["text"] == speaker


def test_participle_after_a_relative_aside_stays_a_participle(run):
    claims = run("Two nurses, who were hurt in the crash, treated by paramedics at the scene, recovered quickly.")
    assert all(c["cue"] is None for c in claims)
