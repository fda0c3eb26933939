import random

import pytest
import spacy
from spacy.tokens import Span
from spacy.util import filter_spans

from pipeline.spans import longest_spans

TEXT = "Russia agreed to sell S-300 missiles to Iran for about $800 million in early 2016, officials said."


@pytest.fixture(scope="module")
def doc():
    return spacy.blank("en")(TEXT)


def test_longest_spans_by_tokens_is_spacys_filter_spans(doc):
    rng = random.Random(7)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 8)):
            start = rng.randrange(len(doc))
            spans.append(doc[start:rng.randint(start + 1, min(len(doc), start + 5))])
        assert longest_spans(spans, unit="tokens") == sorted(filter_spans(spans), key=lambda s: s.start_char)


def test_longest_spans_by_characters_prefers_the_longer_text(doc):
    amount = doc[9:11 + 1]      # "about $800": 3 tokens, 10 characters
    scale = doc[11:13]          # "800 million": 2 tokens, 11 characters
    assert [s.text for s in longest_spans([amount, scale])] == ["800 million"]
    assert [s.text for s in longest_spans([amount, scale], unit="tokens")] == ["about $800"]
    apart = doc[0:2]
    assert [s.text for s in longest_spans([scale, apart, amount])] == ["Russia agreed", "800 million"]


def test_longest_spans_rank_breaks_ties(doc):
    a = Span(doc, 1, 3, label="date")
    b = Span(doc, 1, 3, label="money")
    order = {"money": 0, "date": 1}
    assert [s.label_ for s in longest_spans([a, b], rank=lambda s: order[s.label_])] == ["money"]
    assert [s.label_ for s in longest_spans([a, b])] == ["date"]  # no rank: the first given


def test_longest_spans_rejects_an_unknown_unit(doc):
    with pytest.raises(ValueError, match="unit"):
        longest_spans([doc[0:1]], unit="words")
