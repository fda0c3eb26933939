"""The one overlap filter: "longest span wins", as ``spacy.util.filter_spans`` with the policy as
settings (length in characters or tokens, a tie-break)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.tokens import Span


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

    kept: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=key):
        tokens = range(span.start, span.end)
        if taken.isdisjoint(tokens):
            kept.append(span)
            taken.update(tokens)
    return sorted(kept, key=lambda s: (s.start_char, s.end_char))
