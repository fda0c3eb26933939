import random

import pytest
import spacy
from spacy.tokens import Span
from spacy.util import filter_spans

from typing import NamedTuple

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.spans import RangeIndex, longest_first, longest_spans

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


# --------------------------------------------------------------------------- longest_first
class Cand(NamedTuple):
    start: int
    end: int
    order: int


def _quadratic_longest_first(cands, key, blocked=()):
    """The filter as the number components wrote it before (quadratic): the reference."""
    chosen = []
    for f in sorted(cands, key=key):
        if blocked and any(s < f.end and f.start < e for s, e, *_ in blocked):
            continue
        if not any(f.start < c.end and c.start < f.end for c in chosen):
            chosen.append(f)
    return sorted(chosen, key=lambda f: f.start)


_RANGE = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=400, deadline=None)
@given(st.lists(_RANGE, max_size=40), st.lists(_RANGE, max_size=6), st.sampled_from(["longest", "order", "start"]))
def test_longest_first_keeps_what_the_quadratic_filter_kept(ranges, blocked, policy):
    cands = [Cand(s, e, i % 3) for i, (s, e) in enumerate(ranges)]
    key = {"longest": lambda c: (-(c.end - c.start), c.order, c.start),
           "order": lambda c: (c.order, c.start), "start": lambda c: (c.start, -c.end)}[policy]
    assert longest_first(cands, key, blocked) == _quadratic_longest_first(cands, key, blocked)


def test_longest_first_blocked_ranges_and_text_order():
    cands = [Cand(0, 10, 0), Cand(2, 4, 0), Cand(12, 20, 1), Cand(12, 20, 0), Cand(30, 31, 0)]
    kept = longest_first(cands, lambda c: (-(c.end - c.start), c.order, c.start), blocked=[(30, 35, "time")])
    assert kept == [Cand(0, 10, 0), Cand(12, 20, 0)]


def test_range_index_holds_a_point_as_a_scan_does():
    """``holds(char)``: some range ``[s, e)`` has ``s <= char < e`` (overlapping ranges, a long one
    hiding short ones after it, empty ones, ends excluded)."""
    ranges = [(0, 10), (2, 3), (12, 12), (12, 14), (20, 30), (21, 22), (40, 41)]
    index = RangeIndex(ranges)
    for char in range(-1, 45):
        assert index.holds(char) == any(s <= char < e for s, e in ranges), char
    assert not RangeIndex([]).holds(0)
