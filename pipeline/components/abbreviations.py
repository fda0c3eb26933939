"""A title abbreviation with its period is one token.

The English tokenizer keeps ``Gen.``, ``Sen.`` and ``Gov.`` whole but splits ``Ald.``, ``Supt.``,
``Sgt.``, ``Lt.``, ``Col.`` and many more into the word and a period. The parser then often ends a
sentence at that period: in ``Ald. Marcus Whitley (9th) said …`` the speaker was ``Ald`` and the
alderman lost his title. ``keep_title_abbreviations`` adds each abbreviation of
``token_abbreviations.jsonl`` as a tokenizer special case (spaCy's own mechanism for ``Gen.``): one
token, the text and every offset as written, saved with the pipeline's tokenizer by
``nlp.to_disk``. A sentence that does end with one (``… sworn in as the new Lt. Gov. She said …``)
is split by ``claims_paragraphs`` (:func:`pipeline.components.paragraphs.abbreviation_breaks`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.attrs import ORTH
from spacy.tokenizer import Tokenizer

from pipeline.ruledata import read_jsonl_rules

ABBREVIATION_RULES = Path(__file__).resolve().parent.parent / "rules" / "token_abbreviations.jsonl"


@lru_cache(maxsize=1)
def title_abbreviations() -> tuple[str, ...]:
    """Every abbreviation of the rule file, as written (with its period)."""
    return tuple(w for _, row in read_jsonl_rules(ABBREVIATION_RULES, comments=True) for w in row["words"])


@lru_cache(maxsize=1)
def _abbreviation_set() -> frozenset[str]:
    return frozenset(title_abbreviations())


def is_title_abbreviation(word: str) -> bool:
    """Is ``word`` (a token's text) one of the title abbreviations, as written (``Sgt.``)?"""
    return word in _abbreviation_set()


def keep_title_abbreviations(tokenizer: Tokenizer) -> None:
    """Make each title abbreviation one token of ``tokenizer`` (idempotent)."""
    rules = tokenizer.rules or {}
    for word in title_abbreviations():
        if word not in rules:
            tokenizer.add_special_case(word, [{ORTH: word}])
