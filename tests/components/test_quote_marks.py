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


def _inverted(words_before: list[str]) -> Doc:
    """``"…, we doubt that," said one of the growers.`` parsed with ``said`` hung inside the
    quotation (the ``that`` before the comma read as opening a clause), its subject its ``attr``."""
    n = len(words_before)
    words = words_before + ["we", "doubt", "that", ",", '"', "said", "one", "of", "the", "growers", "."]
    heads = list(range(n)) + [n + 1, n + 1, n + 5, n + 5, n + 5, n + 1, n + 5, n + 6, n + 9, n + 7, n + 1]
    deps = ["dep"] * n + ["nsubj", "ROOT", "mark", "punct", "punct", "ccomp", "attr", "prep", "det", "pobj", "punct"]
    pos = ["X"] * n + ["PRON", "VERB", "SCONJ", "PUNCT", "PUNCT", "VERB", "NUM", "ADP", "DET", "NOUN", "PUNCT"]
    spaces = [True] * len(words)
    return Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def test_an_inverted_subject_after_a_hung_verb_is_its_subject():
    doc = _inverted(['"'])
    doc[0].head, doc[0].dep_ = doc[2], "punct"
    assert repair_closing_quotes(doc, [doc[6]]) == 1
    assert doc[6].dep_ == "ROOT" and doc[2].head.i == 6 and doc[2].dep_ == "ccomp"
    assert doc[7].dep_ == "nsubj" and doc[3].head.i == 2 and doc[11].head.i == 6


def test_no_inverted_repair_without_an_opening_mark():
    """Near miss: no quotation opens the sentence (the words before are no quotation)."""
    doc = _inverted([])
    assert repair_closing_quotes(doc, [doc[5]]) == 0


def test_he_after_one_of_a_named_group_is_that_member(claims_of):
    text = ('"The ministry keeps promising a decision. Nobody here believes that," said one of the traders, '
            'a broker in Chicago. He expects the backlog to last until March.')
    said = [c for c in claims_of(text) if c["cue"] is not None and c["cue"]["text"] == "said"]
    assert said[0]["speaker"]["text"] == "one of the traders"
    assert said[0]["content"]["text"] == "The ministry keeps promising a decision. Nobody here believes that"
    expects = [c for c in claims_of(text) if c["cue"] is not None and c["cue"]["text"] == "expects"][0]
    assert expects["speaker"]["text"] == "one of the traders" and expects["speaker"]["via"]["text"] == "He"
