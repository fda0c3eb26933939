"""A title abbreviation with its period is one token (``abbreviations``), so no sentence ends after
the title and the name keeps it.

Every sentence here is written for these tests (none comes from the evaluation fixtures): a city
council story, a police briefing, a military court."""

from __future__ import annotations

import pytest
import spacy

from pipeline.components.abbreviations import keep_title_abbreviations, title_abbreviations
from tests.conftest import actor_norms, with_cue


def _words(tokenizer, text):
    doc = tokenizer(text)
    assert all(doc.text[t.idx:t.idx + len(t)] == t.text for t in doc)  # offsets as written
    return [t.text for t in doc]


@pytest.fixture()
def tokenizer():
    tok = spacy.blank("en").tokenizer
    keep_title_abbreviations(tok)
    return tok


@pytest.mark.parametrize("text, title", [
    ("Ald. Teresa Okonkwo (27th) voted no.", "Ald."),
    ("Interim Supt. Raymond Castel took questions.", "Supt."),
    ("Det. Sgt. Kevin Marsh led the inquiry.", "Det."),
    ("Spc. Darnell Pruitt testified on Monday.", "Spc."),
    ("Atty. Corazon Villanueva filed the motion.", "Atty."),
    ("Sens. Hale and Ortega wrote to the agency.", "Sens."),
])
def test_a_title_abbreviation_is_one_token(tokenizer, text, title):
    assert title in _words(tokenizer, text)
    assert title.rstrip(".") not in _words(tokenizer, text)


def test_the_plain_english_tokenizer_splits_them():
    plain = spacy.blank("en").tokenizer
    assert _words(plain, "Ald. Teresa Okonkwo")[:2] == ["Ald", "."]


def test_a_period_of_a_word_not_in_the_list_still_splits(tokenizer):
    assert _words(tokenizer, "The vote was close. Ald. Okonkwo left.") == [
        "The", "vote", "was", "close", ".", "Ald.", "Okonkwo", "left", "."]
    assert _words(tokenizer, "She met the Colonel.") == ["She", "met", "the", "Colonel", "."]


def test_every_listed_abbreviation_is_a_capitalized_word_with_its_period():
    words = title_abbreviations()
    assert len(words) == len(set(words)) > 40
    assert all(w.endswith(".") and w[0].isupper() and w[:-1].isalpha() for w in words)
    assert "Del." not in words  # also Delaware ('D-Del.'), which ends sentences


def test_the_rule_is_idempotent_and_keeps_the_english_exceptions(tokenizer):
    before = dict(tokenizer.rules)
    keep_title_abbreviations(tokenizer)
    assert tokenizer.rules == before
    assert _words(tokenizer, "Gen. Mara Voss and Mrs. Voss") == ["Gen.", "Mara", "Voss", "and", "Mrs.", "Voss"]


def test_the_special_cases_are_saved_with_the_tokenizer(tmp_path):
    nlp = spacy.blank("en")
    keep_title_abbreviations(nlp.tokenizer)
    nlp.to_disk(tmp_path / "saved")
    loaded = spacy.load(tmp_path / "saved")  # no claims component: the tokenizer's own data
    assert _words(loaded.tokenizer, "Cmdr. Ines Falk") == ["Cmdr.", "Ines", "Falk"]
    again = spacy.blank("en")
    again.tokenizer.from_bytes(nlp.tokenizer.to_bytes())
    assert _words(again.tokenizer, "Msgr. Paul Ferraro") == ["Msgr.", "Paul", "Ferraro"]


def test_the_pipeline_tokenizer_keeps_them(full_nlp):
    assert _words(full_nlp.tokenizer, "Lt. Col. Ana Ruiz") == ["Lt.", "Col.", "Ana", "Ruiz"]


def _sents(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    return [s.text.strip() for s in doc.sents]


@pytest.mark.parametrize("text", [
    "“We cannot keep paying for alerts nobody answers,” said Ald. Teresa Okonkwo (27th), "
    "whose West Side ward had the most alerts last year.",
    "The suspect was arrested near the rail yard, Det. Sgt. Kevin Marsh told reporters at the briefing.",
    "The panel heard that Pfc. Owen Tate had left his post, Capt. Ana Lindqvist told the court-martial.",
])
def test_no_sentence_ends_after_the_title(full_nlp, text):
    assert len(_sents(full_nlp, text)) == 1


def test_a_sentence_that_ends_with_a_title_still_ends(full_nlp):
    text = "On Monday she was sworn in as the new Lt. Gov. She said the office would be open to all."
    assert _sents(full_nlp, text) == ["On Monday she was sworn in as the new Lt. Gov.",
                                      "She said the office would be open to all."]


def test_the_speaker_keeps_the_title(claims_of):
    text = ("“We cannot keep paying for alerts nobody answers,” said Ald. Teresa Okonkwo (27th), "
            "whose West Side ward had the most alerts last year.")
    speaker = with_cue(claims_of(text), "said")["speaker"]
    assert speaker is not None and speaker["text"] == "Ald. Teresa Okonkwo"
    assert speaker["text"] != "Ald."


def test_the_person_mention_keeps_the_title(nlp):
    norms = actor_norms(nlp, "At the court-martial, Capt. Ana Lindqvist questioned Spc. Darnell Pruitt and "
                             "Pfc. Owen Tate.")
    people = {"Capt. Ana Lindqvist", "Spc. Darnell Pruitt", "Pfc. Owen Tate"}
    assert people <= set(norms)
    assert all(norms[name]["type"] == "person" for name in people)


@pytest.mark.parametrize("text, first", [
    ("She left the force as a Sgt. Neighbours said she was the fairest officer in the precinct.",
     "She left the force as a Sgt."),
    ("He was made Lt. Two years later he resigned over the budget.", "He was made Lt."),
])
def test_a_title_used_as_a_noun_still_ends_its_sentence(full_nlp, text, first):
    """Review, twenty-ninth round: after ``a``/``an``, or before a plural or a number, the title
    names no one, and the next word opens a sentence."""
    assert _sents(full_nlp, text)[0] == first
