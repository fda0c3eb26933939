"""One set of quotation marks for the claim modules (:mod:`pipeline.components.quote_marks`);
sentences written for these tests (review 14, item 9)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.components.claim_closing_quotes import repair_closing_quotes
from pipeline.components.quote_marks import CLOSE_QUOTES, OPEN_QUOTES, closing_marks


def _hung(opening: str, closing: str) -> Doc:
    """``‘The ferry is a lifeline,’ an official told reporters.`` parsed with ``told`` hung on
    ``lifeline`` inside the quotation (the parse the repair mends)."""
    words = [opening, "The", "ferry", "is", "a", "lifeline", ",", closing, "an", "official", "told", "reporters", "."]
    heads = [3, 2, 3, 3, 5, 3, 3, 3, 9, 10, 5, 10, 3]
    deps = ["punct", "det", "nsubj", "ROOT", "det", "attr", "punct", "punct", "det", "nsubj", "relcl", "dobj", "punct"]
    pos = ["PUNCT", "DET", "NOUN", "AUX", "DET", "NOUN", "PUNCT", "PUNCT", "DET", "NOUN", "VERB", "NOUN", "PUNCT"]
    spaces = [False, True, True, True, True, False, False, True, True, True, True, False, False]
    return Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize("opening, closing", [("\u2018", "\u2019"), ("\u201c", "\u201d"), ('"', '"')])
def test_a_single_quoted_statement_gets_the_closing_quote_repair(opening, closing):
    doc = _hung(opening, closing)
    assert repair_closing_quotes(doc, [doc[10]]) == 1
    assert doc[10].dep_ == "ROOT" and doc[3].head.i == 10


def test_a_possessive_apostrophe_closes_no_double_quotation():
    """Near miss: ``’`` closes a quotation opened by ``‘`` only; after ``“`` it is an apostrophe."""
    assert {"\u2018", "\u201c", '"', "``"} <= OPEN_QUOTES and "\u2019" in CLOSE_QUOTES
    assert closing_marks("\u2018") == {"\u2019"} and "\u2019" not in closing_marks("\u201c")
    doc = _hung("The", "\u2019")  # no opening mark: a word before it
    assert repair_closing_quotes(doc, [doc[10]]) == 0
    doc = _hung("\u201c", "\u2019")  # “…’: the ’ closes no double quotation (second review 14, item 4)
    assert repair_closing_quotes(doc, [doc[10]]) == 0
