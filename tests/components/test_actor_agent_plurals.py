"""claims_actors, agentive plurals (issue 12): a plural noun of people outside the group lists is a
group when its clause needs people (subject of say/vote/warn, object of told/sued/misled, a
conjunct of a group); ``whose`` of a named body on a group noun is the body's people."""

from __future__ import annotations

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_norms


def texts(nlp, text):
    return actor_norms(nlp, text, None)


@pytest.mark.parametrize("text, mention", [
    ("Winemakers say the new tariff will cost them their export season.", "Winemakers"),
    ("The lender had misled card processors about its exposure.", "card processors"),
    ("The ministry ignored complaints from nurses and physiotherapists for a year.", "physiotherapists"),
    ("The brand owner has sued dozens of resellers over counterfeit stock.", "resellers"),
    ("Cheese exporters warned that the herd tests were months late.", "Cheese exporters"),
    ("Halvard Bank, whose traders had bet on a rate cut, lost heavily.", "traders"),
    # a place after the noun says where the group is, no source's description
    ("Fishmongers in Lisbon reported sardine prices tripling as boats stayed in port.", "Fishmongers"),
    ("Cocoa growers across Ghana feel cheated by the new price.", "Cocoa growers"),
    ("Cab owners blockade the ring road for a second day.", "Cab owners"),
])
def test_agentive_plural_in_a_human_role(nlp, text, mention):
    found = texts(nlp, text)
    assert mention in found and found[mention]["type"] == "group"


@pytest.mark.parametrize("text, word", [
    ("Computers say the figures do not add up.", "Computers"),  # a thing's noun
    ("The sensors warned of a leak in the cooling loop.", "sensors"),
    ("Residents watched the containers pile up at the terminal.", "containers"),  # no human role
    ("Hauliers faced delays at the border for weeks.", "Hauliers"),  # no verb that needs people (exporters: a listed group)
    ("Many were pupils whose mentors wanted them back.", "mentors"),  # people's people, not a body's
    ("Mara Quist, whose advisers declined to comment, left early.", "advisers"),  # a person's people
    ("She spent a decade prosecuting cattle rustlers in the north.", "rustlers"),  # a generic object
    ("The navy deployed sailors to guard the strait.", "sailors"),  # a force's members: left to the force
    # an unnamed source's description, and its noun named again: the claims keep the words
    ("Three welders hired by the port said the cranes were unsafe. The welders said repairs "
     "would take a year.", "welders"),
])
def test_no_group_without_a_human_role(nlp, text, word):
    assert not any(word in t for t in texts(nlp, text))


@pytest.mark.parametrize("text, mention, country", [
    # a demonym on an agentive plural: a nation's people of a trade, whatever its clause does
    ("Spanish growers in Almería and Murcia have lost the season.", "Spanish growers", "ESP"),
    ("The ruling leaves Danish trawler owners without a quota.", "Danish trawler owners", "DNK"),
    ("The summit sidelined Portuguese winemakers for another year.", "Portuguese winemakers", "PRT"),
    ("North Korean hackers stole the exchange's reserves.", "North Korean hackers", "PRK"),
])
def test_a_nations_agentive_plural_is_a_group(nlp, text, mention, country):
    found = texts(nlp, text)
    assert mention in found and found[mention]["type"] == "group" and found[mention]["country"] == country


@pytest.mark.parametrize("text, word", [
    ("Belgian beers filled the shelves of the duty-free shop.", "beers"),  # a thing's noun
    ("Russian launchers and interceptors were moved to the border.", "launchers"),
    # counted and described: an unnamed source's description, which the claims keep
    ("Two German surveyors working on the dam said the cracks were old.", "surveyors"),
])
def test_no_national_group_for_things_or_described_sources(nlp, text, word):
    assert not any(word in t for t in texts(nlp, text))


@pytest.mark.parametrize("text, word", [
    # a headline's verb the tagger takes for a plural noun
    ("Belgian cabinet teeters as liberals walk out\n\nBRUSSELS (Reuters) - The liberals left the talks on "
     "Monday, officials said.", "teeters"),
    # kin: a speaker's figure for a nation's people, no trade
    ('"Our Lebanese brothers and sisters are welcome here," the mayor said.', "brothers"),
])
def test_no_national_group_for_headline_verbs_or_kin(nlp, text, word):
    assert not any(word in t for t in texts(nlp, text))


@pytest.mark.parametrize("text, word", [
    # an appeal's catch-all for everyone concerned: no group the golds mark
    ("The African Union urged all Ivorian stakeholders to show restraint.", "stakeholders"),
    ("The European Union urged all actors to respect the court's ruling.", "actors"),
    ("Regional actors said the vote had been fair.", "actors"),
])
def test_no_group_for_an_appeals_catch_all(nlp, text, word):
    assert not any(word in t for t in texts(nlp, text))
