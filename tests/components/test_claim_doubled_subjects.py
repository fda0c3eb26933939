"""Two clauses read as one reporting verb with two subjects (claim_doubled_subjects): ``found that
40 percent backed the plan, and 22 percent said …``. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from conftest import with_cue

from pipeline.components.claim_doubled_subjects import repair_doubled_subjects
from pipeline.components.claim_rules import load_rules


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _doubled_parse() -> Doc:
    """The small model's parse of ``A poll found that 40 percent backed the plan, and 22 percent said
    they would vote no.``: ``backed`` a participle of the first subject, both subjects on ``said``."""
    words = ["A", "poll", "found", "that", "40", "percent", "backed", "the", "plan", ",", "and", "22", "percent",
             "said", "they", "would", "vote", "no", "."]
    heads = [1, 2, 2, 13, 5, 13, 5, 8, 6, 5, 5, 12, 13, 2, 16, 16, 13, 16, 2]
    deps = ["det", "nsubj", "ROOT", "mark", "nummod", "nsubj", "acl", "det", "dobj", "punct", "cc", "nummod",
            "nsubj", "ccomp", "nsubj", "aux", "ccomp", "dobj", "punct"]
    tags = ["DT", "NN", "VBD", "IN", "CD", "NN", "VBD", "DT", "NN", ",", "CC", "CD", "NN", "VBD", "PRP", "MD",
            "VB", "UH", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    for t, lemma in ((2, "find"), (6, "back"), (13, "say")):
        doc[t].lemma_ = lemma
    return doc


def test_repair_splits_the_doubled_subject_into_two_clauses():
    doc = _doubled_parse()
    assert repair_doubled_subjects(doc, load_rules()) == 1
    assert doc[6].head.i == 2 and doc[6].dep_ == "ccomp"  # ``backed`` heads the first reported clause
    assert doc[5].head.i == 6 and doc[5].dep_ == "nsubj"
    assert doc[13].head.i == 6 and doc[13].dep_ == "conj"
    assert doc[10].head.i == 6 and doc[3].head.i == 6  # the ``and`` and the ``that`` go with it
    assert [c.i for c in doc[13].children if c.dep_ == "nsubj"] == [12]


def test_repair_leaves_a_participle_with_an_agent():
    doc = _doubled_parse()
    by = doc[7]  # ``40 percent polled by …``: a passive description, not a clause
    by.head, by.dep_ = doc[6], "agent"
    assert repair_doubled_subjects(doc, load_rules()) == 0


def test_repair_leaves_a_single_subject():
    doc = _doubled_parse()
    doc[5].head, doc[5].dep_ = doc[1], "conj"  # one subject only
    assert repair_doubled_subjects(doc, load_rules()) == 0


def test_second_conjunct_speaker_is_its_own_quantity(run):
    claim = with_cue(run("A poll of 900 nurses released Friday found that 52 percent expected to leave within "
                         "a year, and 30 percent said they were already looking for other work."), "said")
    assert claim["speaker"]["text"] == "30 percent"
    assert claim["content"]["text"].startswith("they were already looking")


def test_repair_leaves_a_bare_participle_without_a_complement():
    doc = _doubled_parse()
    doc[8].head, doc[8].dep_ = doc[6], "npadvmod"  # ``40 percent backed Monday``: no object of its own
    assert repair_doubled_subjects(doc, load_rules()) == 0


def test_noun_with_a_bare_participle_stays_one_joint_subject(run):
    claims = run("The ruling issued Friday and the memo said the tolls would stay.")
    assert [c["cue"] and c["cue"]["text"] for c in claims] == ["said"]  # no cue-less ``The ruling issued Friday``
    assert not with_cue(claims, "said")["speaker"]["text"].startswith("the memo")  # not the later noun alone
