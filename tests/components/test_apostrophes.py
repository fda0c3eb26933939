"""The model reads a curly apostrophe as a straight one (NORM and SHAPE only; text untouched)."""

from __future__ import annotations

import spacy

from pipeline.components.apostrophes import straighten_apostrophes


def test_apostrophes_norm_and_shape_read_straight_text_untouched():
    nlp = spacy.blank("en")
    straighten_apostrophes(nlp.vocab)
    straighten_apostrophes(nlp.vocab)  # idempotent
    doc = nlp("Chidi O\u2019Neal spoke.")
    tok = next(t for t in doc if "\u2019" in t.text)
    assert tok.text == "O\u2019Neal"
    assert tok.norm_ == "o'neal"
    assert tok.shape_ == "X'Xxxx"
