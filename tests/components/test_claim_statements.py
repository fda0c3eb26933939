"""Statements: the speaker kind that weighs an attributed claim's confidence."""

import pytest

from pipeline.components.claim_statements import speaker_kind


@pytest.mark.parametrize("text, kind", [
    ("she", "pronoun"),
    ("They", "pronoun"),
    ("his wife", "phrase"),
    ("Our intelligence service", "phrase"),
    ("its annual report", "phrase"),
    ("their lawyers", "phrase"),
    ("two officials", "phrase"),
])
def test_claim_speaker_kind_only_a_bare_pronoun_is_a_pronoun(text, kind):
    assert speaker_kind({"text": text, "actor_id": None}) == kind
