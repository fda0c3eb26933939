"""The answer-word repair (round 36): ``Two aldermen who voted no said the plan was rushed``: the
parser hangs ``no`` as the negation of ``said`` (or reads ``no said`` as a phrase in the relative
clause), so the report seemed negated; ``no`` is the vote's answer (rules ``answer_verbs``).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest
import spacy

from conftest import MODEL, with_cue, speaker_text as _speaker, cue_texts as _cues
from pipeline.components.claim_answer_words import repair_answer_words
from pipeline.components.claim_repairs import repair_relative_tail_reports
from pipeline.components.claim_rules import load_rules


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


@pytest.mark.parametrize("text, speaker, content", [
    ("Two aldermen who voted no said the zoning plan had been rushed through committee.",
     "Two aldermen who voted no", "the zoning plan had been rushed through committee"),
    ("Four trustees who voted no said they believed the budget left the library short of staff.",
     "Four trustees who voted no", "they believed the budget left the library short of staff"),
])
def test_answer_word_after_a_vote_is_no_negation_of_the_report(run, text, speaker, content):
    said = with_cue(run(text), "said")
    assert _speaker(said) == speaker
    assert said["content"]["text"] == content


@pytest.fixture(scope="module")
def base():
    return spacy.load(MODEL)


def test_answer_word_repair_hangs_no_on_the_vote(base):
    doc = base("Two aldermen who voted no said the plan was rushed.")
    assert repair_answer_words(doc, frozenset({"vote"})) == 1
    no = next(t for t in doc if t.lower_ == "no")
    assert no.head.lower_ == "voted" and no.dep_ == "dobj"
    repair_relative_tail_reports(doc, load_rules())  # the one re-rooting repair, run after it
    assert next(t for t in doc if t.lower_ == "said").dep_ == "ROOT"


def test_a_real_negation_stays_a_negated_report(run):  # near miss: ``did not say``, ``said no one``
    assert not _cues(run("The aldermen did not say the zoning plan had been rushed."))
    said = with_cue(run("The aldermen said no one had read the zoning plan."), "said")
    assert said["content"]["text"] == "no one had read the zoning plan"


def test_answer_word_repair_needs_the_word_list(base):
    doc = base("Two aldermen who voted no said the plan was rushed.")
    assert repair_answer_words(doc, frozenset()) == 0
    assert repair_answer_words(doc, frozenset({"answer"})) == 0  # not a verb of the list
