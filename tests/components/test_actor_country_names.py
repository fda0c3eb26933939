"""claims_actors, country words inside organisations' names (round 35): a country's name or demonym
opening a longer name is a word of the name, and a demonym several countries share takes the one
the story names."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found


def test_other_country_body_country_before_foreign_party_name_is_one_party(nlp):
    out = found(nlp, "MASERU — The Lesotho Democratic Party walked out of parliament on Tuesday, and the "
                     "governing coalition said the budget would pass without it.")
    party = next(n for t, n in out.items() if t.endswith("Lesotho Democratic Party"))
    assert party["actor_id"] != "democratic-party" and party["country"] == "LSO"
    assert not any(n["actor_id"] == "democratic-party" for n in out.values())


def test_other_country_body_own_country_keeps_the_body_near_miss(nlp):
    out = found(nlp, "The US Democratic Party raised $40 million in March, its treasurer said.")
    assert any(n["actor_id"] == "democratic-party" for n in out.values())


def test_country_opens_name_described_coalition_is_one_organisation(nlp):
    out = found(nlp, "Cameroon Debout, an alliance of 30 student unions, said it would boycott the talks.")
    body = next(n for t, n in out.items() if t.endswith("Cameroon Debout"))
    assert body["type"] == "organization" and body["country"] == "CMR"
    assert not any(n["actor_id"] == "CMR" for n in out.values())


def test_country_opens_name_country_alone_stays_the_state_negative(nlp):
    out = found(nlp, "Senegal, a country of 18 million people, said on Friday that it would hold the vote.")
    assert any(n["actor_id"] == "SEN" for n in out.values())


def test_demonym_named_body_company_name_ending_in_demonym(nlp):
    out = found(nlp, "Shares rose after Pacific American, which runs 40 container ships, said it would "
                     "buy the port operator.")
    body = next(n for t, n in out.items() if t.endswith("Pacific American"))
    assert body["type"] == "organization"
    assert not any(n["actor_id"] == "usa-people" for n in out.values())


def test_demonym_named_body_person_with_determiner_is_no_company_negative(nlp):
    out = found(nlp, "An African American who owns a bakery in Ohio said the tax was unfair.")
    assert not any(n["type"] == "organization" and "American" in n["name"] for n in out.values())


def test_shared_demonym_takes_the_country_the_story_names(nlp):
    out = found(nlp, "SANTO DOMINGO — The Dominican Republic closed two border crossings on Monday. "
                     "Dominican officials said the Dominican government would reopen them next week.")
    assert any(n["actor_id"] == "DOMGOV" for n in out.values())
    assert not any(n["country"] == "DMA" for n in out.values())


def test_shared_demonym_keeps_the_first_country_without_a_name_negative(nlp):
    out = found(nlp, "ROSEAU — Dominican officials said the storm had cut power to half of the island.")
    assert all(n["country"] != "DOM" for n in out.values())


def test_shared_country_name_congo_is_kinshasa_s_by_default(nlp):
    out = found(nlp, "GOMA — Rebels advanced on two towns in eastern Congo on Sunday, and the Congolese "
                     "army said it had sent reinforcements.")
    assert any(n["actor_id"] == "CODMIL" for n in out.values())
    assert not any(n["country"] == "COG" for n in out.values())


def test_shared_country_name_republic_of_congo_keeps_brazzaville_s_near_miss(nlp):
    out = found(nlp, "BRAZZAVILLE — The Republic of Congo will hold a presidential election in March, "
                     "and Congolese officials said the count would be public.")
    assert any(n["country"] == "COG" for n in out.values())
    assert not any(n["country"] == "COD" for n in out.values())


def test_other_country_body_us_state_name_before_us_party_is_no_foreign_body_negative(nlp):
    out = found(nlp, "ATLANTA — The Georgia Democratic Party asked the court to stop the new rule, and "
                     "the party's lawyers said they would appeal.")
    assert not any(n["country"] == "GEO" for t, n in out.items() if "Party" in t)
