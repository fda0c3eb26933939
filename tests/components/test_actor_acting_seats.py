"""A head of state's seat that speaks (``actor_acting_seats.py``): ``The palace said`` is an actor."""

from __future__ import annotations

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_norms


@pytest.mark.parametrize("text, mention, country", [
    ("BANGKOK — The palace said on Friday that the king would open parliament next week.", "The palace", "THA"),
    ("MADRID — Spain's caretaker government met again. The royal palace denied that the king had intervened.",
     "The royal palace", "ESP"),
])
def test_a_palace_that_speaks_is_the_head_of_state_office(nlp, text, mention, country):
    norm = actor_norms(nlp, text).get(mention)
    assert norm is not None and norm["type"] == "government" and norm["country"] == country
    assert norm["role"] == f"{country}GOV"


@pytest.mark.parametrize("text", [
    "BANGKOK — The prime minister left the palace after an hour of talks.",
    "BANGKOK — Protesters gathered outside the palace on Friday.",
    "BANGKOK — The palace gates were closed to visitors.",
])
def test_a_palace_as_a_building_is_no_actor(nlp, text):
    assert not any("palace" in m.lower() for m in actor_norms(nlp, text))


@pytest.mark.parametrize("text, mention, country", [
    # the reviewer's sentence: the Cambodian government is in the palace's reported words
    ("BANGKOK (Reuters) - Thailand's king opened parliament on Monday. The palace said on Friday that the "
     "Cambodian government had apologised for the border clash.", "The palace", "THA"),
    ("Morocco's king received the envoy on Tuesday. The royal palace announced that the Algerian government "
     "had recalled its ambassador.", "The royal palace", "MAR"),
])
def test_a_country_in_the_palace_reported_words_is_not_its_country(nlp, text, mention, country):
    norm = actor_norms(nlp, text).get(mention)
    assert norm is not None and norm["country"] == country


@pytest.mark.parametrize("text", [
    "Spain's tourism minister opened the season in Madrid. The royal palace welcomed a record number of "
    "visitors last year.",
    "MADRID — The palace welcomed more than a million tourists in August.",
    "AMMAN — The royal palace released white doves over the gardens at noon.",
])
def test_a_palace_that_welcomes_visitors_is_a_building(nlp, text):
    assert not any("palace" in m.lower() for m in actor_norms(nlp, text))


@pytest.mark.parametrize("text, mention", [
    ("AMMAN — The royal palace issued a statement on Sunday denying the report.", "The royal palace"),
    ("MADRID — The palace welcomed the decision, calling it a step forward.", "The palace"),
])
def test_a_palace_that_issues_a_statement_speaks(nlp, text, mention):
    norm = actor_norms(nlp, text).get(mention)
    assert norm is not None and norm["type"] == "government"
