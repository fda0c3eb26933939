"""The shared parse walks, on hand-built parses (no model: the arcs are the point)."""

import spacy
from spacy.tokens import Doc

from pipeline.tokens import list_head

VOCAB = spacy.blank("en").vocab


def _doc(words, heads, deps):
    return Doc(VOCAB, words=words, heads=heads, deps=deps)


def test_list_head_climbs_a_coordination_to_its_first_member():
    # "Rallies in Marseille , Lyon and Nice ."
    doc = _doc(["Rallies", "in", "Marseille", ",", "Lyon", "and", "Nice", "."],
               [0, 0, 1, 2, 2, 4, 4, 0],
               ["ROOT", "prep", "pobj", "punct", "conj", "cc", "conj", "punct"])
    assert list_head(doc[6]).text == "Marseille"
    assert list_head(doc[4]).text == "Marseille"
    assert list_head(doc[2]).text == "Marseille"  # the first member is its own head


def test_list_head_stops_at_the_root_and_outside_lists():
    doc = _doc(["She", "said", "and", "left", "."], [1, 1, 1, 1, 1],
               ["nsubj", "ROOT", "cc", "conj", "punct"])
    assert list_head(doc[3]).text == "said"
    assert list_head(doc[1]).text == "said"
    assert list_head(doc[0]).text == "She"


def test_list_head_climbs_appositions_only_when_asked():
    # "Vox , the party , and Junts agreed ."
    doc = _doc(["Vox", ",", "the", "party", ",", "and", "Junts", "agreed", "."],
               [7, 0, 3, 0, 0, 0, 0, 7, 7],
               ["nsubj", "punct", "det", "appos", "punct", "cc", "conj", "ROOT", "punct"])
    assert list_head(doc[3]).text == "party"
    assert list_head(doc[3], ("conj", "appos")).text == "Vox"
    assert list_head(doc[6], ("conj", "appos")).text == "Vox"
