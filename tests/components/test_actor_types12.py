"""claims_actors, types: a government head before ``of`` (``the Bureau of Elections``), an armed
force's name (``the Coast Guard``), a PERSON-tagged name the text shows to be a body (``X leader``,
``X TDs``), and trade or diplomatic group nouns that take no country from the focus alone."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_norms


def found(nlp, text):
    return actor_norms(nlp, text, "2025-03-01")


def _norm(out, name):
    return next(n for t, n in out.items() if t.endswith(name))


def test_government_head_before_of_makes_a_government_body(nlp):
    out = found(nlp, "The Bureau of Land Records said the Halverton deeds had been filed late.")
    assert _norm(out, "Bureau of Land Records")["type"] == "government"


def test_name_without_government_head_before_of_stays_an_organization(nlp):
    out = found(nlp, "The Friends of Brannock Park said the fence would come down on Monday.")
    assert _norm(out, "Friends of Brannock Park")["type"] != "government"


def test_guard_and_brigades_name_an_armed_force(nlp):
    out = found(nlp, "The Northern Shield Brigades said they had withdrawn from the ridge on Sunday.")
    assert _norm(out, "Northern Shield Brigades")["type"] == "military"


def test_officer_noun_after_a_name_makes_it_a_body(nlp):
    out = found(nlp, "Tolvane leader Maeve Carrick said several Tolvane councillors would back the budget.")
    assert _norm(out, "Tolvane")["type"] == "organization"


def test_verb_after_a_name_is_no_officer_noun(nlp):
    out = found(nlp, "Garrick Venn shares the concern, a neighbour said on Tuesday.")
    assert _norm(out, "Garrick Venn")["type"] == "person"


def test_diplomats_take_no_country_from_the_focus(nlp):
    out = found(nlp, "Kenya's parliament voted on Monday. Kenyan police made arrests in Nairobi. "
                     "Western diplomats said the vote was rushed, and analysts agreed.")
    assert _norm(out, "diplomats")["country"] is None
    assert _norm(out, "analysts")["country"] is None


def test_voters_still_take_the_country_in_focus(nlp):
    out = found(nlp, "Kenya's parliament voted on Monday. Kenyan police made arrests in Nairobi. "
                     "Voters said the vote was rushed.")
    assert _norm(out, "Voters")["country"] == "KEN"
