"""Statements: the speaker kind that weighs an attributed claim's confidence."""

import pytest

from pipeline.components.claim_statements import is_kept, speaker_kind
from tests.conftest import with_cue


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


def test_an_elided_reported_clause_is_kept_a_bare_fragment_is_not(claims_of):
    """``… and the governor hopes it does``: a reported clause cut short after its auxiliary is a
    statement; a two-word clause without a cue (``she loses``) is still a fragment."""
    claims = claims_of("The case may reach the Supreme Court, and the governor hopes it does. "
                       "The union asked her to testify, and she promised she would.")
    cued = {c["cue"]["text"]: c["content"]["text"] for c in claims if c["cue"]}
    assert cued.get("hopes") == "it does" and cued.get("promised") == "she would"
    plain = claims_of("The storm hit the coast on Monday. She loses.")
    assert not any(c["text"] == "She loses" for c in plain)


def test_a_whole_two_word_quotation_with_its_tag_is_kept(claims_of):
    """``"We counted," she said``: a short quotation its speaker's tag follows is a statement."""
    for text, content in (('"Nobody listened," the farmer said.', "Nobody listened"),
                          ("\u201cTry harder,\u201d the coach said.", "Try harder")):
        cued = [c for c in claims_of(text) if c["cue"]]
        assert cued and cued[0]["text"] == content, text


def test_a_short_quotation_without_a_tag_after_it_stays_a_fragment(claims_of):
    """Near miss: two quoted words with no cue after them (``The crowd chanted "No deal!"``)."""
    claims = claims_of('Protesters waved signs. "No deal!" was painted on one.')
    assert not any(c["text"] == "No deal" for c in claims)


def test_is_kept_counts_a_holder_only_wished_for():
    # "The board must appoint an auditor general soon.": the holder is no mention (actor_hypothetical),
    # yet the clause is about someone; a clause with no actor and no such holder still goes
    text = "The board must appoint an auditor general soon."
    claim = {"text": text[:-1], "start": 0, "end": len(text) - 1, "sentence": {"start": 0, "end": len(text)},
             "actors": [], "money": [], "quantities": [], "dates": [], "speaker": None, "cue": None,
             "modality": {"negated": False, "hedged": False, "cues": [], "tense": "present", "origins": []}}
    held = text.index("an auditor general")
    assert is_kept(claim, text, wished=[(held, held + len("an auditor general"))])
    assert not is_kept(claim, text)
    assert not is_kept(claim, text, wished=[(len(text) + 5, len(text) + 20)])


def test_a_short_quotation_a_colon_introduces_is_kept(claims_of):
    text = ("When I asked a clerk at the county office why the forms had changed, she said: “Ask Albany.”\n\n"
            "The state did not respond.")
    claim = with_cue(claims_of(text), "said")
    assert claim["content"]["text"] == "Ask Albany."
    assert claim["speaker"]["text"] == "she" or claim["speaker"]["via"]["text"] == "she"


def test_a_short_quotation_a_colon_introduces_in_single_marks_is_kept(claims_of):
    text = ("Asked who would pay for the new runway, the transport secretary said: \u2018Ask Heathrow.\u2019\n\n"
            "The airport declined to comment.")
    claim = with_cue(claims_of(text), "said")
    assert claim["content"]["text"] == "Ask Heathrow."
    assert claim["speaker"]["text"] == "the transport secretary"
