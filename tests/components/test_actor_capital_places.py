"""claims_actors, capitals: a title-case dateline before an agency in brackets (``Lusaka (AFP) –``)
is the place, like an upper-case one; a capital's possessive before a named part of the city and
a city noun (``Tokyo's Nagatacho district``) is the city."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def spans(nlp, text):
    return [(t, n) for t, n in actor_mentions(nlp, text, None)]


def test_title_case_dateline_before_an_agency_is_a_place(nlp):
    found = spans(nlp, "Lusaka (AFP) – Zambia's finance minister said on Monday that Lusaka would repay its bonds.")
    assert found[0][0] == "Lusaka" and found[0][1]["type"] == "location"
    assert [n["type"] for t, n in found if t == "Lusaka"][1] == "government"


def test_title_case_capital_with_a_bracket_inside_a_sentence_is_no_dateline(nlp):
    found = spans(nlp, "Officials said Lusaka (the capital) – would not pay.")
    assert all(n["type"] != "location" for t, n in found if t == "Lusaka")


def test_capital_possessive_before_a_named_district_is_the_city(nlp):
    found = spans(nlp, "Delegates met at a hotel in Tokyo's Akasaka district on Friday.")
    assert [n["type"] for t, n in found if t == "Tokyo"] == ["location"]


def test_capital_possessive_before_a_ministry_still_acts(nlp):
    found = spans(nlp, "Tokyo's Foreign Ministry protested on Friday.")
    assert all(n["type"] == "government" for t, n in found if t.startswith("Tokyo"))
