"""Cue nouns with a noun object (issue 11, ``claim_requests``): ``the senator's call for an
independent inquiry``; none without a source the text names. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import with_cue, speaker_text as _speaker


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


# -- a cue noun with a noun object: the object of ``for``, when the text names the source --------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The miners' demand for a full pension was turned down by the company.", "demand", "The miners",
     "a full pension"),
    ("A plea by church leaders for a ceasefire went unheeded.", "plea", "church leaders", "a ceasefire"),
    ("Oxfam's appeal for donations raised $40,000 in a week.", "appeal", "Oxfam", "donations"),
    ("Angela Merkel issued a plea for restraint on Sunday.", "plea", "Angela Merkel", "restraint"),
    ("The nurses' demand for a pay rise of 9% was turned down by the board.", "demand", "The nurses",
     "a pay rise of 9%"),  # the % of an amount is no end punctuation
])
def test_cue_noun_with_a_noun_object(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert claim["content"]["text"] == content
    assert text[claim["start"]:claim["end"]] == claim["text"] and cue in claim["text"]
    if speaker is not None:
        assert _speaker(claim) == speaker


@pytest.mark.parametrize("text, noun", [
    ("The journal published a call for papers on migration.", "call"),
    ("The society issued a call for papers on urban history.", "call"),        # no named actor holds it
    ("Demand for office space has fallen since the pandemic.", "Demand"),
    ("India's demand for coal rose 9 percent last year.", "demand"),           # the market's demand
    ("Calls for his resignation grew louder on Tuesday.", "Calls"),            # nobody named
    ("The court heard her appeal in March.", "appeal"),
])
def test_cue_noun_with_a_noun_object_needs_a_source(run, text, noun):
    assert not [c for c in run(text) if c["cue"] is not None and c["cue"]["text"] == noun]
