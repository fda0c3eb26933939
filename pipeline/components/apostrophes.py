"""The model reads a curly apostrophe as a straight one.

Outlets write ``N’Diaye``, ``O’Brien`` and ``Iran’s`` with U+2019; the model learnt names from text
with ``'`` and sees ``N’Diaye`` as an unknown shape (it misses ``Amadou N’Diaye`` entirely while it
finds ``Amadou N'Diaye``). ``straighten_apostrophes`` makes the vocabulary compute a word's
``NORM`` and ``SHAPE`` (the lexical features the model embeds) as if its curly apostrophes were
straight. The text, the tokens and every offset stay as written; only what the model reads changes.
"""

from __future__ import annotations

from typing import Callable

from spacy.attrs import NORM, SHAPE
from spacy.vocab import Vocab

CURLY, STRAIGHT = "\u2019", "'"
_MARK = "_claims_straight_apostrophes"


def _straight(getter: Callable[[str], object]) -> Callable[[str], object]:
    def read(string: str) -> object:
        return getter(string.replace(CURLY, STRAIGHT)) if CURLY in string else getter(string)
    setattr(read, _MARK, True)
    return read


def straighten_apostrophes(vocab: Vocab) -> None:
    """Make ``vocab`` compute NORM and SHAPE of words with ``’`` as with ``'`` (idempotent). Words
    already in the vocabulary (the tokenizer's exceptions, ``n’t``, ``’s``) keep theirs: their
    norms are set by the language data."""
    getters = vocab.lex_attr_getters
    for attr in (NORM, SHAPE):
        if attr in getters and not getattr(getters[attr], _MARK, False):
            getters[attr] = _straight(getters[attr])
