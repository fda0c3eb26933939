"""``The other said X were …`` read as one noun phrase (pipeline/components/claim_other_subjects.py)."""

from __future__ import annotations

import pytest
import spacy

from pipeline.components.claim_other_subjects import repair_other_subjects
from pipeline.components.claim_rules import load_rules
from tests.conftest import MODEL


@pytest.fixture(scope="module")
def parse():
    nlp = spacy.load(MODEL)
    return nlp


def test_the_other_said_a_noun_phrase_gets_said_as_root(parse):
    doc = parse("The other said applications filed in July were still listed as \"under review\".")
    if doc[2].dep_ != "amod":
        pytest.skip("the model parsed the sentence right")
    assert repair_other_subjects(doc, load_rules()) == 1
    assert doc[2].dep_ == "ROOT" and doc[1].dep_ == "nsubj" and doc[1].head.i == 2
    assert any(t.dep_ == "ccomp" and t.head.i == 2 for t in doc)


def test_a_sentence_parsed_right_or_without_the_other_is_left_alone(parse):
    for text in ("The other said the offer was never on paper.",
                 "The newly said words were printed on the wall."):
        doc = parse(text)
        heads = [(t.head.i, t.dep_) for t in doc]
        repair_other_subjects(doc, load_rules())
        assert [(t.head.i, t.dep_) for t in doc] == heads
