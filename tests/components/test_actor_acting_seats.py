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
