"""Tests for pipeline.components.actor_model."""
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.components.actor_model import Actor, drop_names, is_possessive, is_possessive_s, previous_sentence_start, tagged_possessive

_EN = spacy.blank("en")  # its vocabulary sets the lower-case forms the tests read


def _doc(words: list[str], starts: set[int]) -> Doc:
    return Doc(Vocab(), words=words, sent_starts=[i in starts for i in range(len(words))])


def test_previous_sentence_start_looks_back_one_sentence():
    words = ["The", "mayor", "spoke", ".", "She", "left", ".", "Her", "aide", "stayed", "."]
    doc = _doc(words, {0, 4, 7})
    assert previous_sentence_start(doc, 8) == 4  # "aide": from "She left."
    assert previous_sentence_start(doc, 5) == 0
    assert previous_sentence_start(doc, 1) == 0  # the first sentence: its own start


def test_possessive_endings_in_either_apostrophe_and_any_case():
    doc = Doc(_EN.vocab, words=["Lindqvist", "’s", "aide", ",", "the", "Harrows", "'", "lawyer", "'S", "of"])
    assert [is_possessive(t) for t in doc] == [False, True, False, False, False, False, True, False, True, False]
    assert [is_possessive_s(t) for t in doc] == [False, True, False, False, False, False, False, False, True, False]


def test_a_bare_apostrophe_marks_an_owner_only_when_tagged_so():
    doc = Doc(_EN.vocab, words=["the", "Harrows", "'", "lawyer", "said", "'", "no", "'", "and", "Dana", "’s"],
              tags=["DT", "NNPS", "POS", "NN", "VBD", "``", "UH", "''", "CC", "NNP", "POS"])
    assert [k for k, t in enumerate(doc) if tagged_possessive(t)] == [2, 10]  # not the quote marks


def test_drop_names_removes_only_the_name_mentions_the_test_picks():
    brent = Actor(0, 1, {"name": "Brent"}, "ner", category="name")
    kohler = Actor(3, 5, {"name": "Brent Kohler"}, "ner", category="name")
    trader = Actor(6, 8, {"name": "the trader"}, "rule:desc", category="description")
    actors = [brent, kohler, trader]
    drop_names(actors, lambda a: a.end - a.start == 1 or a.category == "description")
    assert actors == [kohler, trader]  # a description is never dropped, whatever the test says
