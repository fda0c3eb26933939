"""actor_focus_country.focus_first: ``the country`` / ``the island`` of a story about one country
names that country even when another state is named nearer; a body the description is apposed to
gives its own country; the dateline counts only when the headline opens on its country."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def ids(nlp, text: str, words: str) -> list[str]:
    return [n["actor_id"] for m, n in actor_mentions(nlp, text) if m.lower() == words]


def test_focus_first_beats_a_state_named_in_the_sentence_before(nlp):
    text = ("LIMA, June 2 (Reuters) - Peru will send troops to the border, the president said on Monday. "
            "His rival wants a prison system copied from Colombia's. "
            "The National Police, the country's largest force, asked for more money.")
    assert ids(nlp, text, "the country") == ["PER"]


def test_focus_first_beats_a_second_state_in_the_same_sentence(nlp):
    text = ("SANTIAGO, March 4 (AP) - Chile will try the smuggler at home rather than send him to Argentina, "
            "the country's prosecutors said on Tuesday.")
    assert ids(nlp, text, "the country") == ["CHL"]


def test_focus_first_takes_the_dateline_country_the_headline_opens_on(nlp):
    text = ("Fiji leader courts Canberra and Beijing as loans fall due\n\n"
            "SUVA, May 3 - Fiji must repay two loans this year, its prime minister said on Friday. Australia "
            "has trained police officers in the country for a decade, and Australia wants a new deal.")
    assert ids(nlp, text, "the country") == ["FJI"]


def test_apposed_body_gives_the_country_its_own(nlp):
    text = ("KAMPALA, Jan 9 (Reuters) - Uganda said on Thursday the power line to Kenya would open next year. "
            "Kenya Power, the country's state utility, said it would buy the electricity.")
    assert ids(nlp, text, "the country") == ["KEN"]


def test_the_island_stays_the_island_state_when_the_focus_is_none(nlp):
    # near miss: the story's country is no island state, so Britain named before stays the island
    text = ("BERLIN, Feb 1 (Reuters) - Germany said on Monday it would join the naval exercise. "
            "Britain, which hosts the drills, said ships would gather off the island next month.")
    assert ids(nlp, text, "the island") == ["GBR"]


def test_the_island_is_the_island_state_in_focus(nlp):
    text = ("VALLETTA, Feb 1 (Reuters) - Malta said on Monday it would join the naval exercise. "
            "Britain, which still trains sailors on the island, welcomed the move.")
    assert ids(nlp, text, "the island") == ["MLT"]


def test_the_archipelago_is_an_island_state_named_before(nlp):
    text = "The Maldives asked India for a loan on Monday. Tourism in the archipelago has slowed since the storm."
    assert ids(nlp, text, "the archipelago") == ["MDV"]


def test_the_nation_keeps_the_nearer_reading(nlp):
    # near miss: only ``the country`` puts the focus first; ``the nation`` after another state named in
    # its sentence is not read as the story's country (the golds mostly leave ``the nation`` unmarked)
    text = ("LIMA, June 2 (Reuters) - Peru will send troops to the border, the president said on Monday. "
            "Chile, which shares the border, said the nation would not close its crossings.")
    assert "PER" not in ids(nlp, text, "the nation")
    assert ids(nlp, text.replace("the nation", "the country"), "the country") == ["PER"]


def test_subject_state_of_the_sentence_before_beats_the_focus(nlp):
    text = ("TEGUCIGALPA, May 5 (AP) - Honduras will return 300 workers to Guatemala next week, officials said. "
            "Guatemala has refused to accept them. The country said it could not verify their papers.")
    assert ids(nlp, text, "the country") == ["GTM"]


def test_state_named_only_as_a_possessive_object_leaves_the_focus(nlp):
    # near miss: Panama is neither subject nor antecedent, so the story's country stays
    text = ("TEGUCIGALPA, May 5 (AP) - Honduras opened a border post copied from Panama's. "
            "The border police, the country's newest force, said it was ready.")
    assert ids(nlp, text, "the country") == ["HND"]


def test_the_archipelago_is_the_archipelagic_state_in_focus(nlp):
    text = ("JAKARTA, July 8 (Reuters) - Indonesia agreed a coast guard deal with Australia on Tuesday. "
            "The archipelago wants patrol boats for its eastern waters, officials said.")
    assert ids(nlp, text, "the archipelago") == ["IDN"]


def test_the_country_in_a_phrase_keeps_the_focus_past_a_subject_state(nlp):
    # near miss: `in the country` is no subject, so France as a subject does not take it
    text = ("NIAMEY, Dec 4 (Reuters) - Niger seized the mine on Thursday, the junta said. "
            "France said it would appeal, but its diplomats admitted they had few friends left in the country.")
    assert ids(nlp, text, "the country") == ["NER"]


def test_two_subject_states_leave_the_focus(nlp):
    # near miss: no single nearer state, so the subject rule gives way to the story's country
    text = ("OSLO, Jan 3 (Reuters) - Norway raised its power tariff on Friday, the ministry said. "
            "Prices rose after Sweden and Finland cut their exports, even as the country sold more gas.")
    assert ids(nlp, text, "the country") == ["NOR"]


def test_governing_coalition_is_the_focus_countrys_not_a_foreign_capitals(nlp):
    out = dict(actor_mentions(nlp, "WARSAW - Poland will extend its border fence, the government said on "
                                   "Tuesday. The prime minister told reporters in Warsaw that Moscow was pushing "
                                   "migrants west. The plan was backed by every party in the governing coalition."))
    assert out["the governing coalition"]["actor_id"] == "POLGOV"


def test_bare_police_far_after_a_foreign_countrys_its_police_is_the_focus_countrys(nlp):
    out = actor_mentions(nlp, "KAMPALA - Uganda's opposition leader was seized in Nairobi last month. Kenya "
                              "has denied any role, and its police said they were investigating. The trial "
                              "opened on Tuesday before a military court. About 200 supporters gathered "
                              "outside. Police said they arrested 11 people.")
    ids = [(t, n["actor_id"]) for t, n in out if t.lower().endswith("police")]
    assert ids == [("its police", "KENCOP"), ("Police", "UGACOP")]


def test_coalition_after_a_foreign_capital_with_no_sign_of_the_focus_stays_that_capitals(nlp):
    out = dict(actor_mentions(nlp, "NUUK - Greenland's premier met fishermen on Monday. The U.S. president has "
                                   "threatened tariffs to press Copenhagen. Lawmakers from the Venstre party, "
                                   "part of the ruling coalition, urged talks with Washington."))
    assert out["the ruling coalition"]["actor_id"] == "DNKGOV"
