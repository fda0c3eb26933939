"""claims_actors, collectives with no name of their own (``actor_collectives.jsonl``): business
groups, sets of states, creditors, villagers, the media."""

from __future__ import annotations

import json

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_collectives import load_collective_rules
from pipeline.components.gazetteer import ActorDictionaryError
from tests.conftest import actor_norms

ROME = "ROME (Reuters) - Italy's budget talks dragged into a third week on Friday. "


def found(nlp, text):
    return actor_norms(nlp, text)


@pytest.mark.parametrize("sentence, mention, actor_id, role", [
    ("Industry groups said the delay was costing them orders.", "Industry groups", "ita-industry-groups", "ITABUS"),
    ("The federation said its member firms had shelved new hires.", "its member firms", "ita-member-firms", "ITABUS"),
    ("The smaller parties threatened to quit the coalition.", "The smaller parties", "ita-smaller-parties", None),
    ("Three participants said the mood was grim.", "Three participants", "ita-participants", None),
])
def test_collectives_of_the_country_in_focus(nlp, sentence, mention, actor_id, role):
    norm = found(nlp, ROME + sentence)[mention]
    assert (norm["actor_id"], norm["type"], norm["country"], norm["role"]) == (actor_id, "group", "ITA", role)


@pytest.mark.parametrize("sentence, mention, actor_id", [
    ("Richer governments have pledged more money.", "Richer governments", "richer-governments"),
    ("Middle-income countries want a seat at the table.", "Middle-income countries", "middle-income-countries"),
    ("Bondholders rejected the offer.", "Bondholders", "bondholders"),
])
def test_sets_of_states_and_creditors_have_no_country(nlp, sentence, mention, actor_id):
    norm = found(nlp, ROME + sentence)[mention]
    assert (norm["actor_id"], norm["type"], norm["country"]) == (actor_id, "group", None)


def test_the_public_and_the_media(nlp):
    got = found(nlp, ROME + "Villagers near Bari told the media that nobody had asked them.")
    assert (got["Villagers"]["type"], got["Villagers"]["country"]) == ("group", "ITA")
    assert (got["the media"]["actor_id"], got["the media"]["type"], got["the media"]["country"]) == \
        ("media", "media", None)


@pytest.mark.parametrize("text, words", [
    ("The minister posted the letter on social media.", "media"),
    ("The minister dismissed the media reports as gossip.", "media"),
    ("Spain and Portugal, two of the largest creditors, held back.", "creditors"),
    ("The two countries signed the pact.", "countries"),
    ("Governments must act, the report said.", "Governments"),
])
def test_no_collective(nlp, text, words):
    assert not any(words in mention for mention in found(nlp, text))


def test_one_id_per_wording(nlp):
    got = found(nlp, ROME + "Poorer countries want relief. Rich countries say poorer countries must reform.")
    assert got["Poorer countries"]["actor_id"] == got["poorer countries"]["actor_id"] != got["Rich countries"]["actor_id"]


def test_rules_are_checked(tmp_path):
    path = tmp_path / "actor_collectives.jsonl"
    path.write_text(json.dumps({"id": "x", "nouns": ["fans"], "type": "crowd"}) + "\n")
    with pytest.raises(ActorDictionaryError, match="type"):
        load_collective_rules(path)


def test_party_family_word_is_the_party_of_the_country_in_focus(nlp):
    got = found(nlp, "BERLIN (Reuters) - Coalition talks stalled on Friday. The conservatives want a deal "
                     "by June, and the Greens are wary. The CDU/CSU bloc said it would wait.")
    assert got["The conservatives"]["actor_id"] == got["The CDU/CSU bloc"]["actor_id"] == "cdu-csu"
    assert got["The conservatives"]["role"] == "DEUPTY"


def test_party_family_word_elsewhere_is_no_party(nlp):
    got = found(nlp, "WASHINGTON — The conservatives on the court objected, and many conservatives agreed.")
    assert not any("conservatives" in mention for mention in got)


def test_the_demonym_side_is_that_countrys_government(nlp):
    got = found(nlp, "NICOSIA (AP) — Negotiators said the Greek Cypriot side wanted guarantees. The Turkish side "
                     "declined to comment. On the other side, nobody spoke.")
    assert got["The Turkish side"]["role"] == "TURGOV"
    assert not any("other side" in mention for mention in got)


def test_other_outlets_are_media_of_no_country(nlp):
    got = found(nlp, ROME + "Corriere and other outlets reported the leak first.")
    assert (got["other outlets"]["type"], got["other outlets"]["country"]) == ("media", None)


def test_local_government_as_a_set(nlp):
    got = found(nlp, "CARDIFF — The plan lets councils in Wales raise the levy, but municipal authorities say "
                     "tenant associations were not consulted.")
    assert got["councils"]["role"] == got["municipal authorities"]["role"] == "GBRGOV"
    assert got["councils"]["type"] == "government"
    assert got["tenant associations"]["type"] == "organization"


@pytest.mark.parametrize("text, mention, actor_id", [
    ("ACCRA (AFP) - Business groups warned on Tuesday that power cuts were costing factories.",
     "Business groups", "gha-business-groups"),
    ("ATHENS (Reuters) - Small business groups said the new levy would close shops.",
     "Small business groups", "grc-small-business-groups"),
])
def test_the_agency_of_a_dateline_is_no_country_in_focus(nlp, text, mention, actor_id):
    """``(AFP)``, ``(Reuters)`` are the publisher's credit: the dateline's country is in focus, not
    the agency's (France, Britain)."""
    assert found(nlp, text)[mention]["actor_id"] == actor_id


def test_a_collective_id_is_ascii_like_every_id(nlp):
    """``Sámi villagers``: the id folds the accent (``nor-angry-sami-villagers``), the name keeps it."""
    norm = found(nlp, "Norway's prime minister met angry Sámi villagers in Kautokeino on Monday.")[
        "angry Sámi villagers"]
    assert (norm["actor_id"], norm["name"]) == ("nor-angry-sami-villagers", "angry sámi villagers")


def test_party_families_a_foreign_party_of_the_gazetteer_in_a_story_about_france(nlp):
    out = actor_norms(nlp, "PARIS — France's Prime Minister François Bayrou faced a censure motion in the "
                           "National Assembly on Tuesday. The Republicans (LR) said they would abstain. French "
                           "Interior Minister Bruno Retailleau said the French government would not yield.")
    assert out["The Republicans"]["actor_id"] == "les-republicains"
    assert out["LR"]["actor_id"] == "les-republicains"
