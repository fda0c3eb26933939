"""A head's ``we`` is the body they lead, read from a list line or a region leader's title
(claim_head_bodies.py, through claim_bodies.py).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue

HEARING = ("Harbour Committee\nOral evidence: Ferry timetables, HC 77\n\n"
           "Witnesses: Priya Nand, Managing Director, Coastline Ferries; Owen Marsh, spokesman, Island "
           "Travellers Forum.\n\n"
           "Q1 Chair: Ms Nand, why were sailings cut in August?\n\n"
           "Priya Nand: Two vessels failed their inspections. We expect the two vessels to return by October.\n\n"
           "Q2 Chair: Mr Marsh?\n\n"
           "Owen Marsh: We believe the islands were left without a lifeline.")


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def test_listed_head_speaks_for_the_body_after_the_title(run):
    speaker = with_cue(run(HEARING), "expect")["speaker"]
    assert speaker["actor_id"] == "coastline-ferries" and speaker["via"]["text"] == "We"
    assert speaker["via"]["person"]["actor_id"] == "priya-nand"


def test_listed_spokesperson_is_no_head_and_stays_the_person(run):
    speaker = with_cue(run(HEARING), "believe")["speaker"]
    assert speaker["actor_id"] == "owen-marsh"


def test_region_written_before_the_same_title_elsewhere_is_the_leaders_region(run):
    """A headline ``Alberta's premier`` names nobody; ``Premier Ruth Callander`` of the body is
    that premier, and her turn's ``we`` is the province's government (made as the actor layer
    names it: no mention of it in the text)."""
    text = ("Alberta's premier takes questions on the royalties review\n\nBy Dana Hill\n\n"
            "Premier Ruth Callander met reporters in Edmonton on Monday, a week after Ottawa announced new "
            "limits on emissions. British Columbia and Saskatchewan have asked for talks.\n\n"
            "Reporter: Will you fight the cap in court?\n\n"
            "Callander: We have asked our lawyers to look at every option.")
    claim = with_cue(run(text), "asked")
    speaker = claim["speaker"]
    assert speaker["actor_id"] == "alberta-government" and speaker["norm"]["type"] == "government"
    assert speaker["norm"]["name"] == "Alberta government" and speaker["also"][0]["actor_id"] == "ruth-callander"
    assert "mention_id" not in speaker and not [a for a in claim["actors"] if a["role"] == "speaker"]


def test_region_written_before_the_leaders_own_title_is_the_leaders_region(run):
    text = ("Ontario Premier Dale Ferris defended the transit plan on Thursday.\n\n"
            "\"We believe the line will be running by 2029,\" Ferris said.")
    speaker = with_cue(run(text), "believe")["speaker"]
    assert speaker["actor_id"] == "ontario-government" and speaker["via"]["person"]["actor_id"] == "dale-ferris"


@pytest.mark.parametrize("text, cue, person", [
    # the only region written before the title is another governor's: no region for Pruitt
    ("Texas and California clash over water\n\nBy Lee Park\n\nCalifornia Governor Maria Soto said on "
     "Tuesday that the compact was unfair. Governor Dan Pruitt disagreed.\n\n"
     "\"We believe the compact cheats Texas farmers,\" Pruitt said.", "believe", "dan-pruitt"),
    # two regions written before the title: no one region
    ("Quebec's premier and Ontario's premier meet in Ottawa\n\nPremier Anne Roy arrived first.\n\n"
     "\"We believe a deal is close,\" Roy said.", "believe", "anne-roy"),
])
def test_near_miss_leader_without_one_region_stays_the_person(run, text, cue, person):
    speaker = with_cue(run(text), cue)["speaker"]
    assert speaker["actor_id"] == person and speaker["via"]["text"] == "We"


def test_near_miss_listed_head_of_a_place_stays_the_person(run):
    """A place after the title is no body the head leads (``Chief Executive, Leeds``)."""
    text = ("Witnesses: Tom Eck, Chief Executive, Leeds; Ruth Bain, Chair, Northern Rail Users.\n\n"
            "Q1 Chair: Mr Eck, are the trains late?\n\n"
            "Tom Eck: We expect punctuality to improve.")
    assert with_cue(run(text), "expect")["speaker"]["actor_id"] == "tom-eck"


CALL = ("Halvorsen Marine ASA (OSE: HMAR) Q3 2025 Earnings Call\nNovember 6, 2025, 9:00 AM CET\n\n"
        "Company Participants\nIngrid Solvang — President and Chief Executive Officer\n"
        "Mats Eriksen-Lie — Chief Financial Officer\nTone Aas — Head of Investor Relations\n\n"
        "Conference Call Participants\nPaul Kerrigan — Dunmore Securities\n\n"
        "Operator: Good morning and welcome to the Halvorsen Marine third-quarter call.\n\n"
        "Ingrid Solvang: Thank you. Orders rose 9% in the quarter. We expect the yard in Ulsteinvik "
        "to be fully booked through 2027.\n\n"
        "Mats Eriksen-Lie: Thank you, Ingrid. We estimate that steel costs will ease in the first half.\n\n"
        "Tone Aas: We plan to publish the capital markets day agenda in December.\n\n"
        "Operator: The first question is from Paul Kerrigan of Dunmore Securities.\n\n"
        "Paul Kerrigan: Ingrid, is the offshore wind order book holding up?\n\n"
        "Ingrid Solvang: It is, Paul. Two of the four cable-layers are already contracted.")


@pytest.mark.parametrize("cue, person", [("expect", "ingrid-solvang"), ("estimate", "mats-eriksen-lie")])
def test_call_participant_officer_speaks_for_the_company(run, cue, person):
    """``Ingrid Solvang — President and Chief Executive Officer`` in a call's participant list:
    a company officer, and her turn's ``we`` is the company the call is about."""
    speaker = with_cue(run(CALL), cue)["speaker"]
    assert speaker["actor_id"] == "halvorsen-marine" and speaker["via"]["text"] == "We"
    assert speaker["via"]["person"]["actor_id"] == person


def test_near_miss_call_participant_without_an_officers_title_stays_the_person(run):
    """``Head of Investor Relations`` is no company officer's title: her ``we`` stays hers."""
    assert with_cue(run(CALL), "plan")["speaker"]["actor_id"] == "tone-aas"
