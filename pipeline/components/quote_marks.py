"""The quotation marks the claim modules read, in one place.

``OPEN_QUOTES`` and ``CLOSE_QUOTES`` hold the straight double mark, the curly double and single
pairs and the Penn Treebank marks (``` `` ``` and ``''``). A straight single mark
(``STRAIGHT_SINGLE``) is in neither: it also ends a plural possessive (``the workers' union``), so
a module that reads it as a mark adds it (headline clauses, quoted descriptions). ``’`` too is an
apostrophe (``the workers’ union``): a module looking for the mark that closes a quotation it found
open takes the marks :func:`closing_marks` gives for its opening mark.
"""
from __future__ import annotations

OPEN_QUOTES = frozenset(('"', "\u201c", "\u2018", "``"))
CLOSE_QUOTES = frozenset(('"', "\u201d", "\u2019", "''"))
STRAIGHT_SINGLE = "'"
#: the closing marks that are never an apostrophe
DOUBLE_CLOSE = frozenset(CLOSE_QUOTES - {"\u2019"})
#: the characters of the closing marks, for checks on the text (``…,” she said``)
CLOSE_CHARS = "\u201d\u2019\"'"


def closing_marks(opening: str) -> frozenset[str]:
    """The marks that close a quotation opened by ``opening``: ``’`` after ``‘`` (``'`` after
    ``'``), else the double closing marks."""
    if opening == "\u2018":
        return frozenset(("\u2019",))
    if opening == STRAIGHT_SINGLE:
        return frozenset((STRAIGHT_SINGLE,))
    return DOUBLE_CLOSE
