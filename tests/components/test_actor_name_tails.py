"""claims_actors, ``Congress`` at the end of a longer name (issue 12): a party's or union's name the
model tagged whole is no US Congress; floor leaders and whips sit in every legislature."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found


def test_party_name_ending_in_congress_is_no_us_congress(nlp):
    out = found(nlp, "LUSAKA — The governing United Reform Congress rejected the budget cuts on Monday, "
                     "and the Mineworkers Federation Congress threatened a strike.")
    assert all(n["actor_id"] != "USALEG" and n["country"] != "USA" for n in out.values())
    assert all(n["type"] != "legislature" for t, n in out.items() if t.endswith("Congress"))


def test_us_congress_and_a_demonym_congress_keep_their_match_near_miss(nlp):
    out = found(nlp, "The US Congress passed the bill. In Lima, the Peruvian Congress voted to remove "
                     "the president.")
    assert any(n["actor_id"] == "USALEG" for n in out.values())
    assert any(n["actor_id"] == "PERLEG" for n in out.values())


def test_minority_leader_takes_the_story_s_country(nlp):
    out = found(nlp, "ACCRA, Ghana — Ghana's parliament met on Tuesday. Minority leader Kojo Amankwah-Mensah "
                     "said his MPs would vote against the loan.")
    leader = next(n for t, n in out.items() if t.endswith("Amankwah-Mensah"))
    assert leader["country"] == "GHA" and leader["role"] == "GHALEG"


def test_senate_majority_leader_stays_american_near_miss(nlp):
    out = found(nlp, "Senate Majority Leader Harriet Calloway said the chamber would vote on Friday.")
    leader = next(n for t, n in out.items() if t.endswith("Calloway"))
    assert leader["country"] == "USA" and leader["role"] == "USALEG"


def test_office_for_taiwan_affairs_is_china_s(nlp):
    out = found(nlp, "TAIPEI — The Taiwan Affairs Office warned on Friday that the drills would go on, and "
                     "Taiwan's Mainland Affairs Council called the warning an insult.")
    tao = next(n for t, n in out.items() if t.endswith("Taiwan Affairs Office"))
    mac = next(n for t, n in out.items() if t.endswith("Mainland Affairs Council"))
    assert tao["country"] == "CHN" and mac["country"] == "TWN"


def test_possessive_and_acronym_led_congress_is_no_legislature(nlp):
    out = found(nlp, "BANJUL, Gambia — The opposition United Farmers' Congress (UFC) boycotted the count.")
    out.update(found(nlp, "BANJUL, Gambia — In Lae, the PNG Trade Union Congress called a strike on Monday."))
    assert all(n["actor_id"] not in ("USALEG", "GMBLEG", "PNGLEG") for n in out.values())
    assert [n["type"] for t, n in out.items() if t.endswith("Congress")] == ["organization", "organization"]


def test_country_before_national_congress_keeps_the_legislature_near_miss(nlp):
    out = found(nlp, "LIMA — Peru's National Congress voted on Thursday to remove the president.")
    assert any(n["type"] == "legislature" for n in out.values())
