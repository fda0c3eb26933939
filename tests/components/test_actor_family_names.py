"""claims_actors: ``the Okonjo family`` and a later ``the family`` (actor_family_names.jsonl)."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_family_names import load_family_heads
from tests.conftest import actor_mentions


def found(nlp, text):
    return dict(actor_mentions(nlp, text, "2025-03-01"))


def test_heads_load():
    assert "family" in load_family_heads()


def test_surname_family_and_the_family_after_it_are_one_group(nlp):
    out = found(nlp, "The Okonjo family said in a statement that the farm would be sold. "
                     "Neighbors gathered at the gate on Sunday. The family said a service would follow in June.")
    assert out["The Okonjo family"]["actor_id"] == "okonjo-family"
    assert out["The Okonjo family"]["type"] == "group"
    assert out["The family"]["actor_id"] == "okonjo-family"


def test_the_family_after_two_families_is_no_guess(nlp):
    out = found(nlp, "The Okonjo family and the Brandt family sued the county. The family said it would appeal.")
    assert "The family" not in out


def test_a_family_business_is_no_family(nlp):
    out = found(nlp, "The Okonjo family sold the land. The family business closed in May.")
    assert "The family" not in out and "The family business" not in out


def test_the_family_after_two_families_one_not_found_is_no_guess(nlp):
    out = found(nlp, "The Murdoch family and the Ellison family bid for the studio. The family said it would not "
                     "raise its offer.")
    assert "The family" not in out
    out = found(nlp, "The Okafor family sold its stake to the Lindqvist family last year. The family said the "
                     "price was fair.")
    assert "The family" not in out


def test_the_family_far_after_its_family_is_no_guess(nlp):
    filler = "".join(f"Farmers in the north planted wheat in field {n} this spring.\n\n" for n in range(5))
    text = "The Okonjo family sold the farm.\n\n" + filler + "The family said a service would follow."
    assert "The family" not in found(nlp, text)


def test_the_family_two_paragraphs_after_its_family(nlp):
    out = found(nlp, "The Okonjo family sold the farm on Friday.\n\nNeighbors gathered at the gate.\n\n"
                     "The family said a service would follow in June.")
    assert out["The family"]["actor_id"] == "okonjo-family"
