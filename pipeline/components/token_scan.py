"""Where given words stand in a Doc, found without building a Token object per token.

The actor passes look for a few trigger words (``campaign``, ``by``, kin nouns, …) in the whole
document; ``for tok in doc`` builds one Token object per token per pass, which is most of their
cost. :func:`positions` reads the lexical attribute array once (numpy, in C) and returns the
indices of the tokens that hold one of the words, in document order; a pass then visits only
those tokens, with the same tests as before (performance only: the same results)."""
from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable
from functools import lru_cache

import numpy as np
from spacy.attrs import IDX, IS_LOWER, IS_TITLE, LEMMA, LOWER, ORTH
from spacy.strings import StringStore
from spacy.tokens import Doc

_HASHER = StringStore()


@lru_cache(maxsize=512)
def _keys(words: frozenset[str]) -> np.ndarray:
    """The string hashes of ``words`` (spaCy's hash does not depend on the vocabulary)."""
    return np.fromiter((_HASHER[w] for w in words), dtype=np.uint64, count=len(words))


def positions(doc: Doc, words: Iterable[str], attr: int = LOWER) -> list[int]:
    """The indices, in order, of the tokens whose lower-case form (``attr=ORTH``: whose text) is
    one of ``words``."""
    keys = _keys(words if isinstance(words, frozenset) else frozenset(words))
    if not len(keys) or not len(doc):
        return []
    return np.flatnonzero(np.isin(doc.to_array(attr), keys)).tolist()


def text_positions(doc: Doc, words: Iterable[str]) -> list[int]:
    """:func:`positions` on the tokens' text, case kept."""
    return positions(doc, words, ORTH)


def lower_case_words(doc: Doc) -> set[str]:
    """The words written in lower case in the document (``{t.lower_ for t in doc if t.is_lower}``)."""
    if not len(doc):
        return set()
    table = doc.to_array([LOWER, IS_LOWER])
    return {doc.vocab.strings[int(h)] for h in np.unique(table[table[:, 1] != 0, 0])}


def title_positions(doc: Doc) -> list[int]:
    """The indices, in order, of the title-case tokens (``tok.is_title``)."""
    return np.flatnonzero(doc.to_array(IS_TITLE)).tolist() if len(doc) else []


def token_starts(doc: Doc) -> list[int]:
    """Each token's character offset (``tok.idx``), in order."""
    return doc.to_array(IDX).tolist() if len(doc) else []


def last_doc_cache(fn: Callable | None = None, *, stamp: Callable[[Doc], object] | None = None) -> Callable:
    """Decorator: keep what ``fn(doc, *args)`` returned for the last call only, and give it back
    while the same Doc object and the same ``args`` objects (by identity: a ``Rules`` is not
    compared field by field) are asked again, and ``stamp(doc)`` is equal (``stamp=len``: a Doc
    retokenized in place is read again). One Doc at a time: the passes read one document to its
    end before the next, and nothing is put in ``doc.user_data`` (a DocBin would save it)."""
    if fn is None:
        return functools.partial(last_doc_cache, stamp=stamp)
    last: list = [None, (), None, None]  # the Doc, the args, the stamp, the value

    @functools.wraps(fn)
    def cached(doc: Doc, *args):
        mark = stamp(doc) if stamp is not None else None
        if last[0] is not doc or mark != last[2] or len(args) != len(last[1]) \
                or not all(map(operator.is_, args, last[1])):
            last[:] = doc, args, mark, fn(doc, *args)
        return last[3]

    return cached


@last_doc_cache
def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text again at each access."""
    return doc.text


def lemma_positions(doc: Doc, keep: Callable[[str, str], bool]) -> list[int]:
    """The indices, in order, of the tokens whose lemma and lower-case form ``keep(lemma_,
    lower_)`` accepts, asked once per distinct pair of the document rather than once per token."""
    if not len(doc):
        return []
    pairs, inverse = np.unique(doc.to_array([LEMMA, LOWER]), axis=0, return_inverse=True)
    strings = doc.vocab.strings
    kept = np.fromiter((keep(strings[int(lemma)], strings[int(lower)]) for lemma, lower in pairs),
                       dtype=bool, count=len(pairs))
    return np.flatnonzero(kept[inverse.ravel()]).tolist()
