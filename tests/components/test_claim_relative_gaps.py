"""Relative reports with a subject gap (claim_relative_gaps): ``a move that Democrats said put
the bill at risk``. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from conftest import with_cue

from pipeline.components.claim_relative_gaps import repair_relative_gaps
from pipeline.components.claim_rules import load_rules


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _conjunct_parse() -> Doc:
    """The small model's parse of ``Prices rose, a rise that economists said would hurt exporters.``:
    the reported verb a conjunct of the main verb, the antecedent its subject (built by hand)."""
    words = ["Prices", "rose", ",", "a", "rise", "that", "economists", "said", "would", "hurt", "exporters", "."]
    heads = [1, 1, 1, 4, 9, 7, 7, 4, 9, 1, 9, 1]
    deps = ["nsubj", "ROOT", "punct", "det", "nsubj", "nsubj", "nsubj", "relcl", "aux", "conj", "dobj", "punct"]
    pos = ["NOUN", "VERB", "PUNCT", "DET", "NOUN", "PRON", "NOUN", "VERB", "AUX", "VERB", "NOUN", "PUNCT"]
    spaces = [True, False, True, True, True, True, True, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    doc[7].lemma_, doc[7].tag_, doc[8].tag_, doc[9].tag_ = "say", "VBD", "MD", "VB"
    return doc


def test_repair_hangs_the_reported_verb_on_the_relative_reporting_verb():
    doc = _conjunct_parse()
    assert repair_relative_gaps(doc, load_rules()) == 1
    assert doc[9].head.i == 7 and doc[9].dep_ == "ccomp"
    assert doc[5].head.i == 9 and doc[5].dep_ == "nsubj"  # the relative word is the gap's subject
    assert doc[4].head.i == 1 and doc[7].head.i == 4 and doc[6].dep_ == "nsubj"
    assert doc[10].head.i == 9  # the reported verb keeps its object


def test_repair_leaves_a_reported_clause_with_its_own_subject():
    doc = _conjunct_parse()
    doc[6].head, doc[6].dep_ = doc[9], "nsubj"  # ``… that economists said would hurt …``: no source
    assert repair_relative_gaps(doc, load_rules()) == 0


@pytest.mark.parametrize("text, cue, speaker, verb", [
    ("The council cut the grant, according to two members, a decision that residents said left the library "
     "without staff.", "said", "residents", "left the library"),
    ("Divers recovered an anchor from a wreck local historians say dates to the 1700s.", "say",
     "local historians", "dates to the 1700s"),
    ("The utility is replacing a billing platform that it says cost customers $12 million in refunds.",
     "says", "it", "cost customers"),
    ("The county approved new permit fees that budget analysts projected would raise $3 million a year.",
     "projected", "budget analysts", "would raise"),
    ("Farm exports fell 8 percent, a drop the finance ministry has said is weighing on the currency.",
     "said", "the finance ministry", "is weighing"),
])
def test_relative_report_with_a_subject_gap_reports_the_rest_of_the_clause(run, text, cue, speaker, verb):
    claim = with_cue(run(text), cue)
    assert (claim["speaker"].get("via") or claim["speaker"])["text"] == speaker
    assert verb in claim["content"]["text"]


def test_a_relative_whose_subject_is_the_reporter_is_no_gap(run):
    claim = with_cue(run("The man who said the plan would fail was fired on Monday."), "said")
    assert claim["content"]["text"] == "the plan would fail"


def test_a_relative_report_with_nothing_after_it_reports_nothing(run):
    claims = run("Nobody believes the things they say.")
    assert not [c for c in claims if c["cue"] is not None and c["cue"]["text"] == "say"]


def test_an_object_relative_before_the_main_verb_is_no_gap(run):
    claim = with_cue(run("Critics said the figures the agency estimates are inflated."), "said")
    assert claim["speaker"]["text"] == "Critics"
    assert claim["content"]["text"] == "the figures the agency estimates are inflated"


def test_a_reported_clause_with_its_own_subject_keeps_it(run):
    claim = with_cue(run("Voters cited contributions that her campaign says Oyler has taken from lobbyists."), "says")
    assert claim["content"]["text"] == "Oyler has taken from lobbyists"


@pytest.mark.parametrize("text", [
    "The mayor wrote in a long post that residents want to keep the old library open.",
    "Turnout fell, according to an official who asked not to be named because the count is unofficial.",
])
def test_an_infinitive_or_a_who_relative_is_no_gap(text):
    from conftest import MODEL

    doc = spacy.load(MODEL)(text)  # the bare model's parse, no repair run yet
    assert repair_relative_gaps(doc, load_rules()) == 0
