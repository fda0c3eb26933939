"""claims_actors: a name the gazetteer gives several bodies takes the sense the document fits
(``PTI``: Pakistan's party in a Pakistani story, the Press Trust of India in an Indian one, no
gazetteer id where neither country is in the text); a hyphenated acronym (``PML-N``) abbreviates
the hyphenated name it is spelled from."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def norms(nlp, text):
    return {t: n for t, n in actor_mentions(nlp, text, None)}


def test_acronym_takes_the_party_sense_in_a_pakistani_story(nlp):
    found = norms(nlp, "LAHORE — Pakistani police arrested dozens of PTI activists on Friday, and "
                       "Pakistan's interior minister said PTI would be held to account.")
    assert found["PTI"]["actor_id"] == "pakistan-tehreek-e-insaf"
    assert found["PTI"]["country"] == "PAK"


def test_acronym_takes_the_news_agency_sense_in_an_indian_story(nlp):
    found = norms(nlp, "MUMBAI — India's central bank held rates steady, an Indian official told PTI.")
    assert found["PTI"]["actor_id"] == "INDMED"


def test_acronym_with_no_fitting_sense_takes_no_gazetteer_id(nlp):
    found = norms(nlp, "PTI said the merger would close in May, according to a filing in Delaware.")
    assert found.get("PTI", {}).get("actor_id") not in ("INDMED", "pakistan-tehreek-e-insaf")


def test_hyphenated_acronym_joins_its_hyphenated_name(nlp):
    found = norms(nlp, "Voters in Quetta backed the Balochistan National Party-Mengal on Sunday, and "
                       "BNP-M will join the coalition.")
    assert found["BNP-M"]["actor_id"] == found["the Balochistan National Party-Mengal"]["actor_id"]


def test_hyphenated_acronym_of_other_letters_stays_apart(nlp):
    found = norms(nlp, "Voters in Quetta backed the Balochistan National Party-Mengal on Sunday, and "
                       "PKM-A will join the coalition.")
    assert found.get("PKM-A", {}).get("actor_id") != found["the Balochistan National Party-Mengal"]["actor_id"]


def test_body_named_without_its_country_in_a_story_about_that_country(nlp):
    found = norms(nlp, "TOKYO — Japan's ruling Liberal Democratic Party will choose a leader in May. "
                       "The LDP has governed Japan for most of the postwar era.")
    assert found["Liberal Democratic Party"]["actor_id"] == found["The LDP"]["actor_id"] == "ldp-japan"


def test_body_named_without_a_country_in_a_story_about_another_country(nlp):
    found = norms(nlp, "LONDON — Britain's Liberal Democratic Party was founded in 1988, British historians say.")
    assert found["Liberal Democratic Party"]["actor_id"] != "ldp-japan"


def test_a_sense_name_read_by_its_own_context_before_the_country_vote(nlp):
    """Review item 8: in a story naming Pakistan most, ``told PTI`` and a bracketed ``(PTI)`` are
    still the news agency, and a later bare ``PTI`` of the same story follows them."""
    found = norms(nlp, "Islamabad police arrested 12 people after the protest in Lahore, a Pakistani official "
                       "told PTI. Pakistan's interior minister said the arrests were lawful.")
    assert found["PTI"]["actor_id"] == "INDMED"
    found = norms(nlp, "KARACHI (PTI) Pakistan's central bank held rates on Monday, and Pakistan's finance "
                       "ministry welcomed the move.")
    assert found["PTI"]["actor_id"] == "INDMED"


def test_party_context_keeps_the_party_sense(nlp):
    """Near miss: ``PTI supporters`` in an Indian-datelined story is the party, not the agency."""
    found = norms(nlp, "NEW DELHI — Indian officials watched as PTI supporters marched in Peshawar, "
                       "an Indian diplomat said on Monday.")
    assert found["PTI"]["actor_id"] == "pakistan-tehreek-e-insaf"


def test_a_country_bound_body_needs_its_country_in_the_text(nlp):
    # needs_country (actors_orgs.jsonl, mas-bolivia): MAS and Movement for Socialism name other bodies
    found = norms(nlp, "SINGAPORE — The MAS kept its currency band unchanged on Tuesday. Argentina's "
                       "Movement for Socialism, a small Trotskyist party, called a rally.")
    assert all(n.get("actor_id") != "mas-bolivia" for n in found.values())


def test_a_country_bound_body_is_matched_in_a_story_about_its_country(nlp):
    found = norms(nlp, "LA PAZ, Bolivia — The MAS said on Tuesday it would back the bill, Bolivian police said.")
    assert found["The MAS"]["actor_id"] == "mas-bolivia"


def test_a_country_bound_sense_drops_out_and_leaves_the_other_sense(nlp):
    # CGT names France's and Argentina's confederations (both needs_country): a French story keeps
    # the French sense whichever sense the gazetteer lists first
    found = norms(nlp, "LYON — The CGT called a rail strike for Thursday, France's transport minister said.")
    assert found["The CGT"]["actor_id"] == "cgt-france"
    found = norms(nlp, "ROSARIO, Argentina — The CGT called a general strike for Thursday.")
    assert found["The CGT"]["actor_id"] == "cgt-argentina"


def test_a_name_shared_with_a_country_bound_body_keeps_its_own_sense_without_a_country(nlp):
    # Czechia's SPD needs Czechia in the text: a German story naming no country keeps Germany's SPD
    found = norms(nlp, "The SPD and the Greens agreed on Wednesday to back the CDU's budget.")
    assert found["The SPD"]["actor_id"] == "spd"
