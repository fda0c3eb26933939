"""A speaker phrase a pass names (partitive, owned, asker) carries an actor norm's full key set
(pipeline/components/claim_phrase_norm.py). Every text here is written for these tests."""

from __future__ import annotations

from conftest import with_cue

from jsonschema import Draft202012Validator

from pipeline.schemas import SCHEMAS

_KEYS = {"actor_id", "name", "type", "country", "in_gazetteer", "role", "via"}

BRIEFING = (
    "Port authority defends dredging plan\n\n"
    "Harbour master Ines Kowal told reporters at a news conference that dredging would start in May.\n\n"
    "Q: Will the fishing boats have to move?\n\n"
    "KOWAL: Only for two weeks.\n"
)

INTERVIEW = (
    "The Long Interview: Ines Kowal\n\n"
    "Polish Transport Minister Ines Kowal spoke with The Quay Gazette about dredging.\n\n"
    "Q: Your critics on the waterfront say the dredging will ruin the oyster beds.\n\n"
    "Kowal: I have read their letters.\n"
)


def _checked(claim: dict) -> dict:
    assert not list(Draft202012Validator(SCHEMAS["claim"]).iter_errors(claim)), claim["speaker"]
    return claim["speaker"]["norm"]


def test_a_partitive_member_has_a_full_person_norm(claims_of):
    text = "Hundreds of ferry pilots said the locks were unsafe. One of them said a gate had jammed twice."
    member = [c for c in claims_of(text) if c["speaker"] and (c["speaker"].get("via") or {}).get("text") == "One of them"]
    norm = _checked(member[0])
    assert set(norm) == _KEYS and norm["via"] == "partitive" and norm["type"] == "person"
    assert norm["actor_id"] is None and norm["name"] == "one of the ferry pilots"  # one member of the group


def test_a_briefing_asker_and_an_owned_phrase_have_full_norms(claims_of):
    asked = [c for c in claims_of(BRIEFING) if c["speaker"] and c["speaker"]["text"] == "Q"]
    norm = _checked(asked[0])
    assert set(norm) == _KEYS and norm["via"] == "asker" and norm["type"] == "person"
    norm = _checked(with_cue(claims_of(INTERVIEW), "say"))
    assert set(norm) == _KEYS and norm["via"] == "owned" and norm["type"] is None


def test_a_phrase_nobody_named_has_no_norm(claims_of):
    text = "Ferry pilots said the locks were unsafe."  # (``Several ferry pilots``: named by their kind, see test_claim_partitives)
    assert "norm" not in with_cue(claims_of(text), "said")["speaker"]
