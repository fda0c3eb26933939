"""claims_actors, regions: a region is a place of its own with its country (never the country
itself), and a region's government is its own actor, never the national government."""

from __future__ import annotations

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.gazetteer import ActorDictionaryError, load_regions
from tests.conftest import actor_mentions, actor_norms


def ids(nlp, text):
    return [(t, n["actor_id"], n["type"], n["country"]) for t, n in actor_mentions(nlp, text)]


def test_uk_nations_are_places_of_their_own(nlp):
    out = actor_norms(nlp, "Ambulance response times worsened in Scotland and Wales last winter, while "
                           "England recorded its busiest January, the Nuffield Trust said.")
    for name in ("Scotland", "Wales", "England"):
        assert (out[name]["actor_id"], out[name]["type"], out[name]["country"]) == \
            (name.lower(), "location", "GBR")
    assert actor_norms(nlp, "Britain will host the summit in May.")["Britain"]["actor_id"] == "GBR"


def test_region_in_english_has_its_country(nlp):
    out = actor_norms(nlp, "Flooding closed roads across Lower Saxony and Thuringia on Sunday.")
    assert out["Lower Saxony"]["country"] == "DEU" and out["Thuringia"]["country"] == "DEU"


def test_region_adjective_government_is_the_regions_not_the_nations(nlp):
    out = ids(nlp, "The Catalan government said on Tuesday it would appeal the ruling, while the "
                   "Spanish government welcomed it.")
    assert ("The Catalan government", "catalonia-government", "government", "ESP") in out
    assert ("the Spanish government", "ESPGOV", "government", "ESP") in out


def test_region_name_and_level_before_government(nlp):
    out = ids(nlp, "Premier Danielle Smith said the Alberta provincial government would not pay for "
                   "the pipeline study.")
    assert ("the Alberta provincial government", "alberta-government", "government", "CAN") in out
    assert not any(t == "Alberta" for t, *_ in out)  # the name inside is no mention of its own


def test_state_government_of_a_region_keeps_the_region(nlp):
    out = ids(nlp, "The state government of Saxony announced new limits on public gatherings.")
    assert ("The state government", "saxony-government", "government", "DEU") in out
    assert ("Saxony", "saxony", "location", "DEU") in out


def test_state_government_refers_back_to_the_last_region(nlp):
    out = ids(nlp, "Wildfires have burned 40,000 acres in Oregon this month. The state government "
                   "has asked for federal help.")
    assert ("The state government", "oregon-government", "government", "USA") in out


def test_local_government_refers_back_to_no_region(nlp):
    out = ids(nlp, "Wildfires forced evacuations near Boulder, Colorado, on Sunday. The local government "
                   "opened two shelters at schools.")
    assert not any(i.endswith("-government") for _, i, _, _ in out)


def test_regional_government_refers_back_to_a_named_one(nlp):
    out = ids(nlp, "The Kurdistan Regional Government said exports would resume. Officials in Baghdad "
                   "said the regional government had not paid its share.")
    assert ("the regional government", "kurdistan-regional-government", "government", "IRQ") in out


def test_national_government_untouched(nlp):
    out = ids(nlp, "The German government said it would not change its plans.")
    assert ("The German government", "DEUGOV", "government", "DEU") in out


def test_government_officials_are_no_regional_government(nlp):
    out = ids(nlp, "Government officials in Quebec said the deal was dead.")
    assert not any(n.endswith("-government") for _, n, *_ in out)


def test_load_regions_needs_a_country(tmp_path):
    path = tmp_path / "regions.jsonl"
    path.write_text('{"id": "x", "name": "Xland", "adjectives": ["Xish"]}\n', encoding="utf-8")
    with pytest.raises(ActorDictionaryError, match="country"):
        load_regions(path)


def test_regional_premiers_his_government_is_the_regions(nlp):
    out = ids(nlp, "Saxony's premier, Michael Brandt, a Christian Democrat, called the plan unfair. His "
                   "government will take the case to the constitutional court.")
    assert ("His government", "saxony-government", "government", "DEU") in out
    out = ids(nlp, "Ontario Premier Doug Ford said the tariffs were a disaster. His government will sue.")
    assert ("His government", "ontario-government", "government", "CAN") in out


def test_national_leaders_his_government_is_no_region(nlp):
    out = ids(nlp, "Israeli Prime Minister Avi Cohen said the talks had failed. His government will "
                   "present a new plan.")
    assert not any(n.endswith("-government") for _, n, *_ in out)


def test_governor_of_a_body_named_for_a_region_leads_no_region(nlp):
    out = ids(nlp, "Bank of England Governor Andrew Bailey warned that inflation would rise. His "
                   "government would have to act, he said.")
    assert not any(n == "england-government" for _, n, *_ in out)


@pytest.mark.parametrize("text, phrase, actor_id, country", [
    ("SEOUL — The Seoul metropolitan government ordered schools to close on Friday, while the national "
     "government urged calm.", "The Seoul metropolitan government", "seoul-government", "KOR"),
    ("Beijing's municipal government said the smog alert would stay in place through the weekend.",
     "Beijing's municipal government", "beijing-government", "CHN"),
    ("Officials from the Kyiv city government met aid groups on Monday.", "the Kyiv city government",
     "kyiv-government", "UKR"),
])
def test_a_capitals_city_government_is_the_citys_not_the_nations(nlp, text, phrase, actor_id, country):
    out = actor_norms(nlp, text)
    assert (out[phrase]["actor_id"], out[phrase]["type"], out[phrase]["country"]) == (actor_id, "government", country)


def test_a_capital_standing_for_its_government_is_unchanged(nlp):
    out = actor_norms(nlp, "The Kabul government rejected the report, and the Mexico City government did not comment.")
    assert out["The Kabul government"]["actor_id"] == "AFGGOV"
    assert out["the Mexico City government"]["actor_id"] == "MEXGOV"  # no level word: left as it was


def test_a_regional_leaders_later_mention_owns_the_regions_government(nlp):
    out = ids(nlp, "Quebec's premier, Luc Fortin, toured the flooded towns on Monday. The rain kept falling. "
                   "Fortin said his government would pay for the repairs.")
    assert ("his government", "quebec-government", "government", "CAN") in out
    out = ids(nlp, "Quebec's premier, Luc Fortin, toured the flooded towns on Monday. Prime Minister Anne "
                   "Blair flew in later. Blair said her government would pay for the repairs.")
    assert not any(n == "quebec-government" for _, n, *_ in out)  # the national leader's


def test_a_regions_government_is_the_one_the_document_names(nlp):
    out = ids(nlp, "The Scottish Government has opposed the levy. Scotland's first minister, Morag Reid, "
                   "said her government would fight it in court.")
    assert ("her government", "scottish-government", "government", "GBR") in out
    out = ids(nlp, "The Welsh Government has opposed the levy. Scotland's first minister, Morag Reid, "
                   "said her government would fight it in court.")
    assert not any(t == "her government" and n == "welsh-government" for t, n, *_ in out)


def test_the_regional_government_before_the_regional_government_is_named(nlp):
    out = ids(nlp, "A Kurdish party that dominates the regional government in Erbil wants more money. "
                   "The Kurdistan Regional Government says it is owed three months of salaries.")
    assert ("the regional government", "kurdistan-regional-government", "government", "IRQ") in out
    out = ids(nlp, "Farmers protested outside the regional government in the north on Monday.")
    assert not any(n == "kurdistan-regional-government" for _, n, *_ in out)


def test_the_regional_government_is_the_region_in_focus_not_a_later_regions(nlp):
    out = ids(nlp, "Flood victims in Wales complained that the regional government had been slow. "
                   "The Scottish Government, meanwhile, paid out within days.")
    assert not any(t == "the regional government" and n == "scottish-government" for t, n, *_ in out)
    assert any(t == "the regional government" and n == "wales-government" for t, n, *_ in out)
    out = ids(nlp, "Flood victims complained that the regional government had been slow. "
                   "The Scottish Government, meanwhile, paid out within days.")  # no region before: the one named next
    assert any(t == "the regional government" and n == "scottish-government" for t, n, *_ in out)


def test_a_dateline_region_is_no_region_in_focus(nlp):
    out = ids(nlp, "BAGHDAD (AP) — A Kurdish party that runs the regional government in Erbil wants its budget. "
                   "The Kurdistan Regional Government says it is owed three months of salaries.")
    assert ("the regional government", "kurdistan-regional-government", "government", "IRQ") in out


def test_a_governor_of_a_state_owns_the_states_administration(nlp):
    out = ids(nlp, "Gov. Maria Tellez of Arizona, a Democrat, said her administration would join the lawsuit.")
    assert ("her administration", "arizona-government", "government", "USA") in out
    # near miss: a national leader's administration stays the country's
    out = ids(nlp, "President Maria Tellez of Mexico said her administration would join the lawsuit.")
    assert not any(n.endswith("-government") for _, n, *_ in out)


def test_a_premier_with_no_region_written_leads_the_one_region_named(nlp):
    out = ids(nlp, "Opposition members walked out of the Manitoba legislature on Tuesday. Premier Alan Rusk said "
                   "his government would table the budget next week.")
    assert ("his government", "manitoba-government", "government", "CAN") in out
    # near miss: two regions named before him: no guess
    out = ids(nlp, "Protests spread from Manitoba to Quebec on Tuesday. Premier Alan Rusk said his government "
                   "would table the budget next week.")
    assert not any(n.endswith("-government") for _, n, *_ in out)
