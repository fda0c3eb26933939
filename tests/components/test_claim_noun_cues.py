"""Non-verbal source cues of round 15: ``per`` as ``according to`` (``…, per a source familiar with
the talks``), and its near misses (a rate: ``$40 per barrel``, ``per capita``, ``as per usual``).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue, speaker_text as _speaker, cue_texts as _cues


@pytest.mark.parametrize("text, speaker, content", [
    ("The chain will close 40 stores by March, per two people briefed on the plan.",
     "two people briefed on the plan", "The chain will close 40 stores by March"),
    ("Per a memo seen by the newspaper, the ministry would freeze hiring.",
     "a memo seen by the newspaper", "the ministry would freeze hiring"),
    ("Exports to Chile doubled last year, per Bloomberg.", "Bloomberg", "Exports to Chile doubled last year"),
])
def test_per_names_the_source_of_the_clause(claims_of, text, speaker, content):
    claim = with_cue(claims_of(text), text[:3] if text.startswith("Per") else "per")
    assert _speaker(claim) == speaker
    assert claim["text"] == content


@pytest.mark.parametrize("text", [
    "Diesel sold for $3 per gallon in the valley.",
    "Income per capita fell in the north.",
    "The levy rose by 2 per cent, as per usual.",
    "Visitors pay $12, per person.",
    "The plant burns 400 tonnes of coal per day.",
])
def test_per_as_a_rate_names_no_source(claims_of, text):
    assert "per" not in {c.lower() for c in _cues(claims_of(text))}
