"""claims_actors, short forms of a body's leading words (actor_lead_names.py): ``Pacific Crest`` for
``Pacific Crest Airlines``, ``Reform`` for ``Reform UK``, a bare ``PAC`` for the one PAC named."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def ids(nlp, text, name):
    return {n["actor_id"] for t, n in actor_mentions(nlp, text, "2025-03-01") if t == name}


def test_leading_words_without_a_sector_tail_are_the_company(nlp):
    text = ("Northgate Forest Products closed two mills in British Columbia on Monday. Northgate Forest "
            "said the duties had made the mills unprofitable.")
    assert ids(nlp, text, "Northgate Forest") == ids(nlp, text, "Northgate Forest Products") != set()


def test_leading_words_of_an_airline_name_are_the_airline(nlp):
    text = ("Silver Ridge Airlines cancelled 40 flights on Friday. Silver Ridge said the storm had "
            "grounded its crews.")
    full = ids(nlp, text, "Silver Ridge Airlines")
    assert full and ids(nlp, text, "Silver Ridge") == full


def test_two_bodies_sharing_the_leading_words_leave_the_short_form_alone(nlp):
    text = ("Silver Ridge Airlines and Silver Ridge Bank signed a loan on Friday. Silver Ridge said the "
            "terms were fair.")
    assert not ids(nlp, text, "Silver Ridge") & (ids(nlp, text, "Silver Ridge Airlines") |
                                                  ids(nlp, text, "Silver Ridge Bank"))


def test_words_dropped_that_are_no_generic_tail_keep_the_names_apart(nlp):
    text = ("Harbor Light Ventures Trust bought the building. Harbor Light said it would open a cafe there.")
    assert not ids(nlp, text, "Harbor Light") & ids(nlp, text, "Harbor Light Ventures Trust")


def test_bare_pac_is_the_one_pac_named(nlp):
    text = ("The Sunrise Fund PAC spent $2 million on advertisements. The PAC did not respond to questions.")
    full = ids(nlp, text, "The Sunrise Fund PAC")
    assert full and ids(nlp, text, "PAC") == full


def test_a_bare_legal_form_is_no_company(nlp):
    # "AG" is a legal form of "Siemens AG" and, alone, as often an attorney general: no join
    text = "Siemens AG cut its forecast on Tuesday. The AG said the state would sue the company."
    assert ids(nlp, text, "AG") and not ids(nlp, text, "AG") & ids(nlp, text, "Siemens AG")


def test_bare_pac_with_two_pacs_named_is_not_guessed(nlp):
    text = ("The Sunrise Fund PAC and the Lakeshore Values PAC spent $2 million on advertisements. The PAC "
            "did not respond to questions.")
    assert not ids(nlp, text, "PAC") & (ids(nlp, text, "The Sunrise Fund PAC") |
                                        ids(nlp, text, "the Lakeshore Values PAC"))


def test_known_party_yields_only_to_a_body_of_a_country(nlp):
    text = ("The Democratic Party of Japan lost ground in the vote. The Democratic Party said it would "
            "choose a new leader, while Democrats in Washington watched.")
    full = ids(nlp, text, "The Democratic Party of Japan")
    assert full and ids(nlp, text, "The Democratic Party") == full
    assert not ids(nlp, text, "Democrats") & full


def test_a_person_named_alone_by_the_surname_is_no_short_form(nlp):
    text = ("Marcus Bell Holdings bought the stadium on Monday. Marcus Bell, who founded it, said the price "
            "was fair. Bell added that the team would stay in town.")
    assert not ids(nlp, text, "Marcus Bell") & ids(nlp, text, "Marcus Bell Holdings")



def test_a_place_after_a_preposition_is_no_short_form_of_a_company(nlp):
    text = ("Brayford Holdings will open a warehouse in Brayford next year, the company said.")
    assert not ids(nlp, text, "Brayford") & ids(nlp, text, "Brayford Holdings")



def test_a_joined_short_form_keeps_the_business_word_it_was_named_with(nlp):
    # "Tarrant Construction" (a business word) joins "Tarrant Construction Group" (none): the joined
    # id stays a company, so "the company" is Tarrant and not the company named before it
    text = ("Harrow Mining Ltd. said it had not been told. The company said it would close the quarry.\n\n"
            "In a separate filing, Tarrant Construction Group said it would cut 120 jobs. Tarrant Construction "
            "has built schools in the county for decades. Its chief executive, Owen Pell, said the company "
            "would bid for new work.")
    tarrant = ids(nlp, text, "Tarrant Construction Group")
    assert tarrant and ids(nlp, text, "Tarrant Construction") == tarrant
    assert ids(nlp, text, "the company") == tarrant  # not Harrow Mining, the older company


def test_a_party_named_without_its_party_word_is_the_party(nlp):
    text = ("NEW DELHI — The Aam Aadmi Party lost control of the city council on Friday. Aam Aadmi said it "
            "would challenge the result in court.")
    full = ids(nlp, text, "The Aam Aadmi Party")
    assert full == {"aam-aadmi-party"} and ids(nlp, text, "Aam Aadmi") == full


def test_a_movement_named_without_its_movement_word_is_the_movement(nlp):
    text = ("BEIRUT — The Amal Movement said on Monday it would back the army's deployment in the south. "
            "Amal officials met the prime minister, and Amal said its ministers would vote for the plan.")
    full = ids(nlp, text, "The Amal Movement")
    assert full == {"amal-movement"} and ids(nlp, text, "Amal") == full


def test_a_people_named_like_a_party_stays_the_people(nlp):
    # "Finns" leads "the Finns Party" but is a known name of the people: it keeps its own id
    text = ("HELSINKI — The Finns Party won the most seats on Sunday. Finns voted in record numbers, the "
            "election board said.")
    assert ids(nlp, text, "Finns") == {"fin-people"}
