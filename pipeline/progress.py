"""A progress bar with documents/s and words/s (tqdm), silent when not on a terminal."""

from __future__ import annotations

import sys

from tqdm import tqdm


class Progress:
    def __init__(self, total: int, desc: str, disable: bool = False):
        off = disable or not sys.stderr.isatty()
        self.bar = tqdm(total=total, desc=desc, unit="doc", disable=off, file=sys.stderr,
                        dynamic_ncols=True, leave=False)
        self.chars = 0

    def update(self, docs: int, chars: int) -> None:
        self.chars += chars
        self.bar.update(docs)
        rate = self.bar.format_dict.get("rate")
        if rate and self.bar.n:
            words = self.chars / 6 * rate / self.bar.n  # ~6 characters per word
            self.bar.set_postfix_str(f"~{words:,.0f} words/s", refresh=False)

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.bar.close()
