"""claim_speakers: a court's bench and descriptions speak for the court named (claim_courts.py)."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _speaker(claims: list[dict], cue: str) -> dict:
    return with_cue(claims, cue)["speaker"] or {}


def test_the_panel_of_a_named_court_is_the_court(run):
    text = ("Swimmer Lena Voss lost her appeal at the Court of Arbitration for Sport on Monday. "
            "The three-member panel ruled that the federation had followed its own rules.")
    speaker = _speaker(run(text), "ruled")
    assert speaker["actor_id"] == "court-of-arbitration-for-sport"
    assert speaker["via"]["text"] == "The three-member panel"


def test_a_descriptor_of_the_court_named_later_is_the_court(run):
    text = ("The world's top criminal court said on Friday that the arrest warrant stands. "
            "Judges of the International Criminal Court rejected the request in a brief order.")
    assert _speaker(run(text), "said")["actor_id"] == "international-criminal-court"


def test_dissenting_judges_are_not_the_court(run):
    text = ("The Supreme Court of Canada upheld the law on Friday. The three dissenting judges wrote that "
            "the majority had ignored the record.")
    assert _speaker(run(text), "wrote").get("actor_id") != "supreme-court-of-canada"


def test_the_panel_after_a_committee_is_not_the_court(run):
    text = ("The Senate Judiciary Committee questioned the nominee about the Supreme Court on Tuesday. "
            "The panel said it would vote next week.")
    speaker = _speaker(run(text), "said")
    assert "court" not in (speaker.get("actor_id") or "")


def test_a_panel_before_the_court_is_named_is_not_the_court(run):
    text = ("The league's disciplinary panel banned the striker for six matches on Monday. The panel said the "
            "tackle was reckless. His club said it would appeal to the Court of Arbitration for Sport.")
    speaker = _speaker(run(text), "said")
    assert speaker.get("actor_id") != "court-of-arbitration-for-sport"
