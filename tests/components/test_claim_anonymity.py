"""Requests for anonymity (round 34): ``asking not to be identified``, ``who asked not to be
named``, ``asked that her name not be used``, ``requested anonymity`` are no claims; the
sentence's own cue (``said``) keeps its claim and its speaker.

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue, speaker_text as _speaker, cue_texts as _cues


@pytest.mark.parametrize("text, not_cue", [
    ("The bank is preparing to sell its card unit, said three people with knowledge of the plan, asking "
     "not to be identified because the sale is not yet public.", "asking"),
    ("\"Nobody here trusts the new quotas,\" one fisherman said, asking not to be named.", "asking"),
    ("A nurse at the clinic, who asked not to be named because she was not allowed to talk to reporters, "
     "said the ward had been short of staff all winter.", "asked"),
    ("The tenant asked that his name not be published because he still rents from the company.", "asked"),
    ("Two of the jurors asked not to be quoted.", "asked"),
    ("One of the engineers requested anonymity.", "requested"),
    ("The witness insisted on anonymity before the hearing.", "insisted"),
])
def test_anonymity_request_is_no_claim(claims_of, text, not_cue):
    assert not_cue not in _cues(claims_of(text))


def test_anonymity_request_leaves_the_sentence_cue_with_its_speaker(claims_of):
    claims = claims_of("The refinery will shut two units in June, said a trader in Rotterdam, asking not "
                       "to be identified because the plans are confidential.")
    claim = with_cue(claims, "said")
    assert _speaker(claim) == "a trader in Rotterdam"
    assert claim["content"]["text"] == "The refinery will shut two units in June"


def test_anonymity_participle_between_verb_and_clause_leaves_the_clause_to_the_verb(claims_of):
    """``said, asking not to be identified, that …``: the parser hangs the clause on the
    participle; it is what the reporting verb reports."""
    claims = claims_of("One banker said, asking not to be identified, that the merger was dead.")
    assert "asking" not in _cues(claims)
    assert with_cue(claims, "said")["text"] == "the merger was dead"


@pytest.mark.parametrize("text, cue", [
    ("The mayor asked the council to delay the vote until March.", "asked"),
    ("The senator asked that the hearing not be postponed again.", "asked"),
    ("Aides said on condition of anonymity that the budget would slip.", "said"),
])
def test_anonymity_request_negative_other_requests_stay(claims_of, text, cue):
    """A request that is no wish for anonymity, and a report made on condition of anonymity, keep
    their claims."""
    assert cue in _cues(claims_of(text))
