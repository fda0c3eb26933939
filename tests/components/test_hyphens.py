"""The hyphen after an abbreviation with periods is a token of its own (``hyphens``)."""

import spacy

from pipeline.components.hyphens import ABBREVIATION_HYPHEN, split_abbreviation_hyphens
from tests.conftest import actor_norms


def _words(tokenizer, text):
    return [t.text for t in tokenizer(text)]


def test_a_dotted_abbreviation_before_a_hyphen_is_its_own_token():
    tok = spacy.blank("en").tokenizer
    split_abbreviation_hyphens(tok)
    text = "A U.N.-backed panel and the U.S.\u2013brokered deal angered F.B.I.-trained officers."
    assert _words(tok, text) == ["A", "U.N.", "-", "backed", "panel", "and", "the", "U.S.", "\u2013", "brokered",
                                 "deal", "angered", "F.B.I.", "-", "trained", "officers", "."]
    doc = tok(text)
    assert all(doc.text[t.idx:t.idx + len(t)] == t.text for t in doc)  # offsets as written


def test_other_hyphens_and_dashes_keep_the_english_rules():
    tok = spacy.blank("en").tokenizer
    split_abbreviation_hyphens(tok)
    assert _words(tok, "Kyiv-based e-mail, 2024-25, co-chair U.S.- and EU-funded") == [
        "Kyiv", "-", "based", "e", "-", "mail", ",", "2024", "-", "25", ",", "co", "-", "chair", "U.S.-", "and",
        "EU", "-", "funded"]


def test_the_rule_is_added_once_and_to_a_tokenizer_without_infixes():
    tok = spacy.blank("en").tokenizer
    split_abbreviation_hyphens(tok)
    split_abbreviation_hyphens(tok)
    assert tok.infix_finditer.__self__.pattern.count(ABBREVIATION_HYPHEN) == 1
    bare = spacy.blank("en").tokenizer
    bare.infix_finditer = None
    split_abbreviation_hyphens(bare)
    assert _words(bare, "U.K.-made") == ["U.K.", "-", "made"]


def test_the_pipeline_finds_the_country_inside_a_hyphenated_compound(nlp):
    norms = actor_norms(nlp, "Rebels shelled the U.S.-led coalition's base near Erbil on Tuesday.")
    assert norms["U.S."]["actor_id"] == "USA"
