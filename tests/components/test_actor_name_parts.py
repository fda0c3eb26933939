"""claims_actors, a gazetteer name that is only part of another body's longer name (issue 12): the
name goes on over ``for``/``of`` or has its own bracketed acronym; the longer name is a body of its
own and its acronym names it again."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found


def test_name_parts_congress_inside_a_party_s_name_is_no_us_congress(nlp):
    out = found(nlp, "MAPUTO — The National Congress for Mozambican Renewal (CNRM) won most seats on Sunday. "
                     "The prime minister said CNRM would lead the coalition.")
    assert all(n["actor_id"] != "USALEG" and n["country"] != "USA" for n in out.values())
    party = next(n for t, n in out.items() if t.endswith("Mozambican Renewal"))
    assert party["type"] == "organization"
    assert out["CNRM"]["actor_id"] == party["actor_id"]


def test_name_parts_assembly_of_a_region_is_no_french_assembly(nlp):
    out = found(nlp, "In Mostar, the National Assembly of Herzeg-Bosna Canton adopted the budget on Friday.")
    assert all(n["actor_id"] != "FRALEG" and n["country"] != "FRA" for n in out.values())


def test_name_parts_own_acronym_is_another_body(nlp):
    out = found(nlp, "In Lome, the Union Bloc (UB) said on Monday it would boycott the vote. "
                     "The UB has four seats.")
    assert all(n["actor_id"] != "cdu-csu" and n["country"] != "DEU" for n in out.values())
    assert out["UB"]["actor_id"] == out["the Union Bloc"]["actor_id"]


def test_name_parts_exact_bodies_keep_their_match_near_miss(nlp):
    out = found(nlp, "The Senate voted on Monday. Congress will take up the bill next week, and the White "
                     "House asked Congress for Ukraine aid.")
    assert out["Congress"]["actor_id"] == "USALEG"
    out = found(nlp, "PARIS — The French National Assembly voted on Tuesday, and the National Assembly of "
                     "France passed the bill. In Berlin, the Union bloc said it opposed the plan.")
    assert out["The French National Assembly"]["actor_id"] == "FRALEG"
    assert out["the National Assembly"]["actor_id"] == "FRALEG"
    assert out["the Union bloc"]["actor_id"] == "cdu-csu"


def test_name_parts_initials_of_the_body_keep_their_match_near_miss(nlp):
    out = found(nlp, "GENEVA — The World Health Organization (WHO) said on Monday that cases were rising.")
    assert out["The World Health Organization"]["actor_id"] == "world-health-organization"


def test_name_parts_national_assembly_of_a_region_is_a_legislature(nlp):
    out = found(nlp, "TUZLA — The National Assembly of Posavina Canton passed the budget on Friday.")
    body = next(n for t, n in out.items() if t.endswith("Posavina Canton"))
    assert body["type"] == "legislature" and body["actor_id"] != "FRALEG"


def test_name_parts_congress_of_unions_stays_an_organization_near_miss(nlp):
    out = found(nlp, "The Congress of Zambian Trade Unions said on Monday it would strike.")
    body = next(n for t, n in out.items() if t.endswith("Trade Unions"))
    assert body["type"] == "organization"


def test_name_parts_full_name_with_a_foreign_acronym_keeps_its_match_near_miss(nlp):
    out = found(nlp, "MEXICO CITY — The National Action Party (PAN) said on Monday it would vote against the reform.")
    assert out["The National Action Party"]["actor_id"] == "pan-mexico"


def test_name_parts_alias_with_an_acronym_of_its_own_language_keeps_its_match_near_miss(nlp):
    # the story names the entry's country: "(KO)" is the alias's Polish initials, not another body's
    out = found(nlp, "KRAKOW, Poland — The Civic Coalition (KO) said on Monday that it would back the "
                     "budget.")
    assert out["The Civic Coalition"]["actor_id"] == "civic-platform"
