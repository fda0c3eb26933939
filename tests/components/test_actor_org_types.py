"""claims_actors, actor_org_types.py and the retyping it goes with: names the model typed a person
or a plain body that their words or the words around make a company, an outlet, a place or a
government body; with the near misses that must keep their type."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found, norm_ending as _norm


# ---------------------------------------------------------------- companies by their last word
def test_company_tail_makes_a_person_tagged_name_a_company(nlp):
    out = found(nlp, "Corvale Kapital said on Monday that it had sold its stake in the port operator.")
    assert _norm(out, "Corvale Kapital")["type"] == "organization"


def test_company_tail_wins_over_a_given_name(nlp):
    out = found(nlp, "Tamsin Gaming has already proposed a $400 million resort near the river.")
    assert _norm(out, "Tamsin Gaming")["type"] == "organization"


def test_telecom_and_lithium_tails_make_a_person_tagged_name_a_company(nlp):
    out = found(nlp, "Ingrid Telekom said prices would rise in the spring, and Solveig Lithium cut its "
                     "output target for the year.")
    assert out["Ingrid Telekom"]["type"] == "organization"
    assert out["Solveig Lithium"]["type"] == "organization"


def test_water_and_motors_tails_make_a_person_tagged_name_a_company(nlp):
    out = found(nlp, "Regulators said Elin Cwm Water had missed its leakage targets. The company denied it.")
    assert out["Elin Cwm Water"]["type"] == "organization"
    assert out["The company"]["actor_id"] == out["Elin Cwm Water"]["actor_id"]
    out = found(nlp, "Hartmut Lenz Motoren will cut 2,000 jobs, the company said.")
    assert out["Hartmut Lenz Motoren"]["type"] == "organization"


def test_short_name_of_a_tail_company_is_the_company(nlp):
    out = found(nlp, "Brackwell Gaming has proposed a resort. Casino builders, including Brackwell, "
                     "dispute the study.")
    assert out["Brackwell"]["actor_id"] == out["Brackwell Gaming"]["actor_id"] == "brackwell-gaming"


def test_titled_person_with_a_company_word_stays_a_person(nlp):
    out = found(nlp, "Mr. Gaming said the casino would open in the spring.")
    assert _norm(out, "Gaming")["type"] == "person"


# ---------------------------------------------------------------- bodies by the noun they are called
def test_body_noun_right_before_a_name_makes_it_a_body(nlp):
    out = found(nlp, "The consumer group Casa Justa said households should not pay twice.")
    assert _norm(out, "Casa Justa")["type"] == "organization"


def test_body_noun_apposed_after_a_name_makes_it_a_body(nlp):
    out = found(nlp, "Salvan Verde, an opposition coalition that includes two small parties, "
                     "rejected the budget.")
    assert _norm(out, "Salvan Verde")["type"] == "organization"


def test_person_who_founded_the_body_stays_a_person(nlp):
    out = found(nlp, "The firm Mary Dalton founded in 2010 was sold last year.")
    assert _norm(out, "Mary Dalton")["type"] == "person"


def test_person_in_apposition_to_a_person_noun_stays_a_person(nlp):
    out = found(nlp, "Dale Furman, a pollster for the Hensley campaign, said the senator was ahead.")
    assert _norm(out, "Dale Furman")["type"] == "person"


# ---------------------------------------------------------------- outlets
def test_channel_and_number_is_an_outlet(nlp):
    out = found(nlp, "Deputy Mayor Jo Kent told Channel 9 that the plan would go ahead.")
    assert _norm(out, "Channel 9")["type"] == "media"


def test_call_letters_about_a_broadcast_are_an_outlet(nlp):
    out = found(nlp, "The only televised debate will be hosted by WXKR in Dayton on Friday.")
    assert _norm(out, "WXKR")["type"] == "media"


def test_four_capitals_without_a_broadcast_stay_a_body(nlp):
    out = found(nlp, "KPMG said its profits rose in the first half of the year.")
    assert _norm(out, "KPMG")["type"] == "organization"


def test_broadcasting_regulator_is_no_outlet(nlp):
    out = found(nlp, "The Independent Broadcasting Authority fined the station on Monday.")
    assert _norm(out, "Broadcasting Authority")["type"] != "media"


def test_known_outlet_takes_its_media_noun(nlp):
    out = found(nlp, "The minister told the state broadcaster TRT that talks would go on.")
    assert out["the state broadcaster TRT"]["type"] == "media"
    assert out["the state broadcaster TRT"]["country"] == "TUR"


# ---------------------------------------------------------------- defence ministries and the Pentagon
def test_pentagon_acting_is_a_government_body_of_the_military_role(nlp):
    out = found(nlp, "The Pentagon said on Monday it would send more air-defence systems.")
    norm = _norm(out, "Pentagon")
    assert (norm["type"], norm["country"], norm["role"]) == ("government", "USA", "USAMIL")


def test_defence_ministry_is_a_government_body(nlp):
    out = found(nlp, "Estonia's Defence Ministry said two more drones had entered its airspace.")
    norm = _norm(out, "Defence Ministry")
    assert (norm["type"], norm["role"]) == ("government", "ESTMIL")


def test_troops_stay_military(nlp):
    out = found(nlp, "Estonia's Defence Ministry said Russian troops had moved closer to the border.")
    assert _norm(out, "Russian troops")["type"] == "military"


# ---------------------------------------------------------------- places the model typed bodies
def test_name_after_village_of_is_a_place(nlp):
    out = found(nlp, "Witnesses in the village of Beit Qarun said rescue workers were still searching.")
    assert _norm(out, "Beit Qarun")["type"] == "location"


def test_city_after_a_party_members_from_is_a_place(nlp):
    out = found(nlp, "Assembly Speaker Rob Tane, a Republican from Las Cruces, said the bill would pass.")
    assert _norm(out, "Las Cruces")["type"] == "location"


def test_company_named_like_a_city_stays_a_company(nlp):
    out = found(nlp, "Hanover Insurance said claims rose sharply after the storm.")
    assert _norm(out, "Hanover Insurance")["type"] == "organization"


def test_city_after_a_persons_of_stays_a_body(nlp):
    out = found(nlp, "Jane Smith of Toyota said sales rose in the spring.")
    assert _norm(out, "Toyota")["type"] == "organization"


def test_curly_apostrophe_city_after_in_is_a_place(nlp):
    out = found(nlp, "The government in N’Djamena has ruled out any power-sharing deal.")
    assert _norm(out, "N’Djamena")["type"] == "location"


def test_four_capitals_that_told_someone_stay_a_body(nlp):
    out = found(nlp, "The KFRA told its referees on Friday that the season would be shortened.")
    assert _norm(out, "KFRA")["type"] == "organization"


def test_call_letters_next_to_affiliate_are_an_outlet(nlp):
    out = found(nlp, "Ms. Hale spoke to the NBC affiliate WTRM after the vote.")
    assert _norm(out, "WTRM")["type"] == "media"


def test_broadcast_word_inside_a_name_is_no_outlet(nlp):
    out = found(nlp, "Brenmark Radio Systems won the county's police contract on Tuesday.")
    assert _norm(out, "Brenmark Radio Systems")["type"] == "organization"


def test_broadcast_word_opening_a_name_is_an_outlet(nlp):
    out = found(nlp, "Radio Free Caspia said on Monday that its reporter had been detained.")
    assert _norm(out, "Radio Free Caspia")["type"] == "media"


def test_broadcast_word_lists_are_rule_rows(nlp):
    from pipeline.components.gazetteer import RULES, load_words
    words = load_words(RULES / "actor_words.jsonl")
    assert "radio" in words.broadcast_words and "told" not in words.broadcast_context
    assert "council" in words.broadcast_body_tails and "national" in words.broadcast_followers


def test_a_person_name_ending_in_a_written_company_suffix_is_a_company(nlp):
    out = found(nlp, "Kessler Mahlberg GmbH cut 200 jobs, Kessler Mahlberg said.")
    norm = _norm(out, "Kessler Mahlberg GmbH")
    assert norm["type"] == "organization" and norm["actor_id"] == "kessler-mahlberg"


def test_a_two_letter_title_case_word_is_no_company_suffix(nlp):
    from pipeline.components.actor_org_types import written_suffix
    from pipeline.components.gazetteer import shipped_actor_words
    doc = nlp.make_doc("Kim Se and Grupo Norte SAB and Vela Inc. and Vela GmbH")
    words = shipped_actor_words()
    assert not written_suffix(doc[1], words)
    assert written_suffix(doc[5], words) and written_suffix(doc[8], words) and written_suffix(doc[11], words)
