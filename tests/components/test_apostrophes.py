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


def test_a_pipeline_with_our_components_reads_curly_apostrophes_also_after_spacy_load(tmp_path):
    """The reading belongs to the components, not to ``build``: a saved pipeline keeps it."""
    import pipeline.components  # noqa: F401  (registers the factories)

    nlp = spacy.blank("en")
    nlp.add_pipe("claims_actors")
    nlp.to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    assert loaded("Amadou N\u2019Diaye spoke.")[1].norm_ == "n'diaye"
