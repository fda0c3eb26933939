"""A description with an ``of`` owner refers back to a person named before only when the text ties
that person to the owner (round 48, :func:`pipeline.components.actor_holder_ties.other_owner`):
``the representative of Norway`` is not Ghana's representative named before. Sentences written
for these tests."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_spans, with_cue

_COUNCIL = ("Ghana's representative, Kwame Asante, said the ceasefire was holding. "
            "\"We ask for patience,\" Mr. Asante said.\n\n"
            "The representative of Norway said the mission needed a stronger mandate. "
            "The representative of Ghana later said his delegation would consult the capital.")


def _described(nlp, text: str, words: str) -> list[tuple[str, str]]:
    """``(actor id, the words from the mention on)`` of the mentions written ``words``."""
    return [(s._.norm["actor_id"], text[s.start_char:s.start_char + 40]) for s in actor_spans(nlp, text)
            if s.text == words]


def test_another_countrys_representative_is_not_the_one_named_before(nlp):
    got = _described(nlp, _COUNCIL, "The representative")
    assert got == [("kwame-asante", "The representative of Ghana later said h")]
    text = "Kwesi Mensah, the representative of Togo, said talks would resume. The representative of Benin said " \
           "the border was calm."
    assert _described(nlp, text, "The representative") == []


def test_another_companys_chief_executive_is_not_the_one_named_before(nlp):
    text = ("Helix Pharma chief executive Laura Brennan said demand had doubled. \"We are hiring,\" Brennan said. "
            "The chief executive of Northgate Labs said prices would fall. "
            "The chief executive of Helix said the plant would open in May.")
    got = _described(nlp, text, "The chief executive")
    assert got == [("laura-brennan", "The chief executive of Helix said the pl")]


def test_the_council_speakers_keep_their_own_countries(claims_of):
    claims = claims_of(_COUNCIL)
    norway = with_cue([c for c in claims if "stronger mandate" in c["text"]], "said")
    assert norway["speaker"].get("actor_id") != "kwame-asante"
    assert norway["speaker"]["text"] == "The representative of Norway"
    ghana = with_cue([c for c in claims if "consult the capital" in c["text"]], "said")
    assert ghana["speaker"]["actor_id"] == "kwame-asante"
    assert _COUNCIL[norway["speaker"]["start"]:norway["speaker"]["end"]] == norway["speaker"]["text"]


def test_an_of_place_keeps_the_holder_named_before(nlp):
    text = ("Gov. Maura Healey said the budget was balanced. \"We did it,\" Healey said. "
            "The governor of Massachusetts said taxes would not rise.")
    assert _described(nlp, text, "The governor") == [("maura-healey", "The governor of Massachusetts said taxes")]
