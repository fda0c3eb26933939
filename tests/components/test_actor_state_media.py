"""Bare state media (``actor_state_media.py``): ``on state television`` is the country's media."""

from __future__ import annotations

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_norms


@pytest.mark.parametrize("text, mention, actor_id", [
    ("BAMAKO — The junta dissolved the parties in a decree read on state television late on Wednesday.",
     "state television", "MLIMED"),
    ("HANOI — Vietnam's parliament elected a new president. State media described him as a reformer.",
     "State media", "VNMMED"),
    ("ASMARA — Eritrea mobilised reservists. In Asmara, state television broadcast footage of conscripts.",
     "state television", "ERIMED"),
    ("BAMAKO — The junta banned rallies, and state media reported dozens of arrests.", "state media", "MLIMED"),
])
def test_bare_state_media_is_the_media_of_the_sentence_country(nlp, text, mention, actor_id):
    norm = actor_norms(nlp, text).get(mention)
    assert norm is not None and norm["actor_id"] == actor_id and norm["type"] == "media"


@pytest.mark.parametrize("text, absent", [
    ("Officials said state media reports were false.", "state media"),  # a modifier: the reports
    ("The minister spoke to state broadcaster ORTM on Monday.", "state broadcaster"),  # the name is the actor
    ("The minister spoke to Iranian state television on Monday.", "state television"),  # a role phrase of its own
])
def test_state_media_with_a_name_a_noun_or_a_country_word_is_no_bare_mention(nlp, text, absent):
    assert absent not in actor_norms(nlp, text)


def test_two_countries_in_the_sentence_make_no_guess(nlp):
    text = "Armenia and Azerbaijan traded fire, state television said."
    assert "state television" not in actor_norms(nlp, text)


@pytest.mark.parametrize("text, mention, actor_id", [
    ("HANOI — Vietnam's parliament met. State media said the Cambodian government had apologised.",
     "State media", "VNMMED"),
    ("Mali's junta extended its rule. State television reported that the Nigerien government had "
     "closed the border.", "State television", "MLIMED"),
])
def test_a_country_in_the_media_reported_words_is_not_its_country(nlp, text, mention, actor_id):
    norm = actor_norms(nlp, text).get(mention)
    assert norm is not None and norm["actor_id"] == actor_id


@pytest.mark.parametrize("text, mention, actor_id", [
    ("TEHRAN — On state-run television, officials said the talks would resume.", "state-run television", "IRNMED"),
    ("HANOI — Vietnam's parliament met on Monday, state-controlled media reported.", "state-controlled media",
     "VNMMED"),
])
def test_hyphenated_state_run_media_is_the_country_media(nlp, text, mention, actor_id):
    norm = actor_norms(nlp, text).get(mention)
    assert norm is not None and norm["actor_id"] == actor_id and norm["type"] == "media"
