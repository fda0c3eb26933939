"""claims_actors, a person's title the model read as a body: ``the High Representative, X,``."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_titled_bodies import title_phrases
from pipeline.components.gazetteer import Title
from tests.conftest import found_norms


def test_title_phrases_are_the_titles_words_and_nouns():
    titles = {"t": Title("t", ("high representative",), nouns=("representative",))}
    assert title_phrases(titles) == frozenset({"high representative", "representative"})


def test_name_titled_bodies_title_set_off_before_a_name_is_that_person(nlp):
    out = found_norms(nlp, "The parliament defied rulings of the High Representative, Marta Lindqvist-Berg, "
                           "who oversees the peace deal. Lindqvist-Berg called the vote illegal.")
    body = out["the High Representative"]
    assert body["actor_id"] == out["Marta Lindqvist-Berg"]["actor_id"]
    assert body["type"] == "person"


def test_name_titled_bodies_real_body_before_a_name_stays(nlp):
    out = found_norms(nlp, "The Independent Electoral Commission, Ana Ruiz Vega and the army met on Monday.")
    body = next((n for t, n in out.items() if "Commission" in t), None)
    assert body is None or body["actor_id"] != out["Ana Ruiz Vega"]["actor_id"]
