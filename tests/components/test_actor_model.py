"""Tests for pipeline.components.actor_model."""
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.components.actor_model import previous_sentence_start


def _doc(words: list[str], starts: set[int]) -> Doc:
    return Doc(Vocab(), words=words, sent_starts=[i in starts for i in range(len(words))])


def test_previous_sentence_start_looks_back_one_sentence():
    words = ["The", "mayor", "spoke", ".", "She", "left", ".", "Her", "aide", "stayed", "."]
    doc = _doc(words, {0, 4, 7})
    assert previous_sentence_start(doc, 8) == 4  # "aide": from "She left."
    assert previous_sentence_start(doc, 5) == 0
    assert previous_sentence_start(doc, 1) == 0  # the first sentence: its own start
