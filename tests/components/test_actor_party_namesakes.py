"""claims_actors, party namesakes: a foreign gazetteer party's letters or plain name on the story's
own party, and the readings that stay."""

from __future__ import annotations

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_model import Actor, make_norm
from pipeline.components.actor_party_namesakes import local_party_namesakes
from tests.conftest import found_norms as found


def test_a_foreign_party_s_acronym_in_another_country_s_story_is_a_local_party(nlp):
    out = found(nlp, "BELGRADE, June 5 (Reuters) - Serbia's opposition parties agreed on Thursday to field a joint "
                     "list in the Belgrade city vote. The LDP said it would give up its own candidate.")
    assert out["The LDP"]["actor_id"] != "ldp-japan"
    assert out["The LDP"]["country"] == "SRB" and not out["The LDP"]["in_gazetteer"]


def test_a_foreign_party_s_plain_name_and_acronym_are_one_local_party(nlp):
    out = found(nlp, "KINGSTOWN, St Vincent, Nov 29 (Reuters) - The New Democratic Party won nine of the 15 seats "
                     "in Thursday's general election, the electoral office said. The NDP's leader thanked voters.")
    party = out["The New Democratic Party"]
    assert party["actor_id"] != "ndp-canada" and party["country"] == "VCT"
    assert out["The NDP"]["actor_id"] == party["actor_id"]


def test_a_foreign_party_next_to_another_known_body_of_its_country_keeps_its_reading(nlp):
    """``the SPD`` after ``The German CDU`` in a Paris story: the CDU names Germany."""
    out = found(nlp, "PARIS, June 5 (Reuters) - Leaders of Europe's centre-right parties met on Thursday. The German "
                     "CDU said it backed the plan, and its rivals in the SPD agreed.")
    assert out["the SPD"]["country"] == "DEU" and out["the SPD"]["in_gazetteer"]


def test_a_company_of_the_partys_country_does_not_name_its_politics(nlp):
    """``Fitch`` and ``Moody's`` (American rating agencies) in a Malé story: ``The Democrats`` stay the
    story's own party, not the US Democrats."""
    out = found(nlp, "MALE, Oct 2 (Reuters) - The Maldives' dollar bonds fell after Fitch and Moody's cut the "
                     "country's rating. The Democrats said the government had hidden the debt.")
    assert out["The Democrats"]["country"] == "MDV" and not out["The Democrats"]["in_gazetteer"]


@pytest.mark.parametrize("text,short,actor_id", [
    ("TOKYO, June 5 (Reuters) - The LDP said on Thursday it would pick a new leader in September.",
     "The LDP", "ldp-japan"),  # the party's own country's story
    ("LONDON, May 2 (Reuters) - Canada's NDP said on Friday it would back the trade deal. The NDP holds 24 seats.",
     "The NDP", "ndp-canada"),  # its country named in the story
    ("MEXICO CITY, May 2 (Reuters) - The FBI said on Friday it had arrested two men wanted in Mexico.",
     "The FBI", "fbi"),  # no party: a foreign body keeps its reading
])
def test_a_gazetteer_reading_stays_at_home_named_or_no_party(nlp, text, short, actor_id):
    assert found(nlp, text)[short]["actor_id"] == actor_id


def test_a_party_with_no_story_country_keeps_its_reading(blank_nlp):
    doc = blank_nlp("The CDU said it would vote no .")
    party = Actor(0, 2, make_norm("cdu", "Christian Democratic Union", "organization", "DEU", True, "DEUPTY", "name"),
                  "rule:cdu")
    local_party_namesakes(doc, [party], None, frozenset())
    assert party.norm["actor_id"] == "cdu"


def test_a_foreign_party_s_own_distinctive_name_keeps_its_reading(blank_nlp):
    """``Iniciativa Liberal`` is one party's name wherever it is written; ``the Social Democrats``
    is many parties'."""
    doc = blank_nlp("Iniciativa Liberal and the Social Democrats said no .")
    il = Actor(0, 2, make_norm("iniciativa-liberal", "Iniciativa Liberal", "organization", "PRT", True, "PRTPTY", "name"),
               "rule:il")
    sd = Actor(3, 6, make_norm("spd", "Social Democratic Party", "organization", "DEU", True, "DEUPTY", "name"), "rule:spd")
    local_party_namesakes(doc, [il, sd], "LTU", frozenset({"the", "social", "democrats"}))
    assert il.norm["actor_id"] == "iniciativa-liberal"
    assert sd.norm["country"] == "LTU" and not sd.norm["in_gazetteer"]
