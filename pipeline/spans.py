"""The one overlap filter: "longest span wins", as ``spacy.util.filter_spans`` with the policy as
settings (the order in which candidates are tried, length in characters or tokens, ranges that
block every candidate).

:func:`longest_first` works on anything with ``start``/``end`` offsets (the number and date
components' candidates, before they are spans); :func:`longest_spans` on spaCy spans. Both take
the candidates in their order and keep each unless it overlaps one already kept, in
O(n log n) comparisons (the kept ones are a sorted list searched with ``bisect``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from itertools import accumulate
from typing import Any, TypeVar

from spacy.tokens import Span

T = TypeVar("T")


class KeptRanges:
    """Pairwise non-overlapping ranges, growing as they are kept (``add`` only ranges that
    ``overlaps`` said no to), sorted by start (their ends are then sorted too)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Some kept range ``[s, e)`` has ``s < end and start < e``: the kept one starting last
        before ``end`` has the greatest end of those that start before ``end``."""
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        while i > 0 and self.starts[i - 1] == start and self.ends[i - 1] > end:
            i -= 1  # an empty range before a range with the same start: keep (start, end) order
        self.starts.insert(i, start)
        self.ends.insert(i, end)


class RangeIndex:
    """Fixed ranges (``(start, end, …)`` tuples, which may overlap each other), built once:
    ``overlaps(start, end)`` asks whether any of them overlaps ``[start, end)``, ``holds(char)``
    whether any of them holds ``char`` (``start <= char < end``), in O(log n)."""

    def __init__(self, ranges: Iterable[tuple]) -> None:
        pairs = sorted((r[0], r[1]) for r in ranges)
        self.starts = [s for s, _ in pairs]
        self.max_end = list(accumulate((e for _, e in pairs), max))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.max_end[i - 1] > start

    def holds(self, char: int) -> bool:
        i = bisect.bisect_right(self.starts, char)
        return i > 0 and self.max_end[i - 1] > char


def longest_first(cands: Iterable[T], key: Callable[[T], Any], blocked: Iterable[tuple] = (),
                  bounds: Callable[[T], tuple[int, int]] = lambda c: (c.start, c.end)) -> list[T]:
    """Candidates taken in ``key`` order, each kept unless it overlaps one already kept or a
    ``blocked`` range (``[start, end)`` overlap); returned in text order (by start, stable)."""
    kept, out = KeptRanges(), []
    is_blocked = RangeIndex(blocked).overlaps if blocked else None
    for c in sorted(cands, key=key):
        start, end = bounds(c)
        if (is_blocked is not None and is_blocked(start, end)) or kept.overlaps(start, end):
            continue
        kept.add(start, end)
        out.append(c)
    return sorted(out, key=lambda c: bounds(c)[0])


def longest_spans(spans: Iterable[Span], *, unit: str = "chars",
                  rank: Callable[[Span], Any] | None = None) -> list[Span]:
    """Non-overlapping spans, sorted by offset: the longest first (``unit``: ``"chars"`` or
    ``"tokens"``), then by ``rank(span)`` (lower wins), then the earlier one; a span that shares a
    token with one already kept is dropped. ``unit="tokens"`` without ``rank`` is exactly
    ``spacy.util.filter_spans``."""
    if unit not in ("chars", "tokens"):
        raise ValueError(f"unit must be 'chars' or 'tokens', not {unit!r}")

    def key(span: Span):
        length = span.end_char - span.start_char if unit == "chars" else span.end - span.start
        return (-length, rank(span) if rank else 0, span.start)

    kept = longest_first(spans, key, bounds=lambda s: (s.start, s.end))
    return sorted(kept, key=lambda s: (s.start_char, s.end_char))
