"""A progress bar in characters of text (tqdm), silent when not on a terminal.

The bar counts characters, so one long document moves it too: with the model in this process
(``--workers 1``), every parsed chunk of a long text advances it. Beside it: documents done and
words per second, computed as words done ÷ seconds since the start — the figure the summary
prints at the end.
"""

from __future__ import annotations

import sys
import time

from tqdm import tqdm

#: Bars open in this process: ``advance`` reaches them from the parsing code.
_ACTIVE: list["Progress"] = []


def advance(chars: int) -> None:
    """A chunk of ``chars`` characters of a document has been parsed (no-op without a bar)."""
    for bar in _ACTIVE:
        bar.advance(chars)


class Progress:
    def __init__(self, total: int | None, desc: str, disable: bool = False, started: float | None = None):
        off = disable or not sys.stderr.isatty()
        self.bar = tqdm(total=None, desc=desc, unit="char", unit_scale=True, disable=off, file=sys.stderr,
                        dynamic_ncols=True, leave=False)
        self.total_docs = total
        self.docs = self.words = self.chars = self.partial = 0
        self.started = time.perf_counter() if started is None else started  # the summary's clock

    def advance(self, chars: int) -> None:
        """Progress inside the document being parsed."""
        self.partial += chars
        self.chars += chars
        self.bar.update(chars)

    def update(self, docs: int, words: int, chars: int = 0) -> None:
        """``docs`` documents done, with ``words`` words and ``chars`` characters processed."""
        counted = min(chars, self.partial)  # already advanced chunk by chunk while parsing
        self.partial -= counted
        rest = chars - counted
        self.chars += rest
        self.bar.update(rest)
        self.docs += docs
        self.words += words
        self.bar.set_postfix_str(self.postfix(), refresh=False)

    def postfix(self) -> str:
        elapsed = time.perf_counter() - self.started
        docs = f"{self.docs:,}" + (f"/{self.total_docs:,}" if self.total_docs else "")
        return f"{docs} docs, {self.words / elapsed if elapsed else 0.0:,.0f} words/s"

    def __enter__(self) -> "Progress":
        _ACTIVE.append(self)
        return self

    def __exit__(self, *exc) -> None:
        if self in _ACTIVE:
            _ACTIVE.remove(self)
        self.bar.close()
