"""claims_actors, apposed bodies: a body's description in comma apposition to its name is that
body, and the later descriptions coreference gave the description's id follow it."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def ids(nlp, text):
    return [(t, n["actor_id"]) for t, n in actor_mentions(nlp, text)]


def test_a_description_after_an_acronym_is_the_acronyms_body(nlp):
    out = ids(nlp, "Donors pressed MINUSCA, the U.N. mission in the Central African Republic, to reopen the "
                   "camps. The mission said on Friday that the roads were closed.")
    assert ("the U.N. mission", "minusca") in out
    assert ("The mission", "minusca") in out


def test_a_description_before_the_name_it_apposes(nlp):
    out = ids(nlp, "The U.N. maritime agency, the IMO, told shipowners to avoid the strait.")
    assert ("The U.N. maritime agency", "imo") in out


def test_a_company_description_apposed_to_its_name(nlp):
    out = ids(nlp, "Brevik Lines, the Norwegian shipping company, said on Monday that rates would rise.")
    assert ("the Norwegian shipping company", "brevik-lines") in out


def test_an_apposition_closed_by_a_comma_before_and_is_one_body(nlp):
    """Wire style puts no comma before a list's "and": ", and" closes the apposition."""
    out = dict(ids(nlp, "Talks included Frontex, the EU border agency, and the police."))
    assert out.get("the EU border agency") == out.get("Frontex") == "frontex"
    out = dict(ids(nlp, "Funding went to Eurojust, the EU judicial agency, and two charities."))
    assert out.get("the EU judicial agency") == out.get("Eurojust")


def test_the_apposed_description_keeps_its_own_type(nlp):
    """A name typed only by the model or a description noun (Frontex: media) takes the type of the
    description's head noun (agency: government), not the other way round."""
    found = dict(actor_mentions(nlp, "Frontex, the EU border agency, and the Greek coast guard searched for survivors."))
    assert found["the EU border agency"]["type"] == "government"
    assert found["the EU border agency"]["actor_id"] == "frontex"


def test_a_list_or_a_speaker_after_a_comma_is_no_apposition(nlp):
    out = dict(ids(nlp, "Talks included Frontex, the EU, and the police."))
    assert out.get("the EU") != out.get("Frontex")
    out = dict(ids(nlp, "Talks included Frontex, the border agency, the coast guard and the police."))
    assert out.get("the border agency") is None or out.get("the border agency") != out.get("Frontex")
    out = dict(ids(nlp, "Rockets struck Nabatieh, the Israeli military said."))
    assert out.get("the Israeli military") != out.get("Nabatieh")


def test_two_missions_apposed_keep_the_later_mission_unmerged(nlp):
    out = ids(nlp, "UNAMI, the U.N. mission in Iraq, urged calm, and UNMISS, the U.N. mission in South Sudan, "
                   "asked for funds. The mission said more.")
    missions = [n for t, n in out if t == "the U.N. mission"]
    assert missions[0] == "unami" and missions[1] != "unami"  # each mission its own name's
    assert ("The mission", "unami") not in out  # two missions apposed: the later one no merge decides


def test_a_body_apposed_to_a_government_agency_keeps_its_type(nlp):
    """Near miss: an organisation beside "the U.N. maritime agency" is no odd type (an agency may be
    either): the name's type stays."""
    found = dict(actor_mentions(nlp, "Shipowners wrote to the International Maritime Organization, the U.N. "
                                     "maritime agency, on Friday."))
    assert found["the International Maritime Organization"]["type"] == "organization"


def test_a_description_before_a_name_with_the_takes_the_name(nlp):
    out = ids(nlp, "The U.N. health agency, the WHO, warned on Friday that cases were rising.")
    assert ("The U.N. health agency", "world-health-organization") in out


def test_a_role_phrase_after_modifiers_is_the_apposed_company(nlp):
    out = dict(ids(nlp, "Vostok Copper JSC, the state-controlled Kazakh copper producer, cut its forecast. Net "
                        "income fell, the Almaty-based company said. The company expects output to fall."))
    assert out["Kazakh copper producer"] == out["Vostok Copper JSC"]
    assert out["the Almaty-based company"] == out["Vostok Copper JSC"]


def test_a_legal_suffix_left_out_of_the_name_still_apposes(nlp):
    out = ids(nlp, "Ekibas lifts dividend\n\nEkibas JSC, the state-controlled Kazakh copper producer, cut its "
                   "forecast for next year. Ekibas shares fell 3%.")
    assert ("Kazakh copper producer", "ekibas") in out


def test_a_lower_case_word_before_the_role_phrase_is_no_apposition(nlp):
    out = dict(ids(nlp, "Vostok Copper JSC, like other Kazakh copper producers, cut its forecast."))
    assert out["Kazakh copper producers"] != out["Vostok Copper JSC"]


def test_a_legal_suffix_is_a_company_suffix_of_the_rules_not_any_capitals_word():
    from pipeline.components.actor_apposed_bodies import _legal_suffix
    from pipeline.components.gazetteer import RULES, load_words
    suffixes = load_words(RULES / "actor_words.jsonl").corp_suffixes
    assert _legal_suffix("JSC", suffixes) and _legal_suffix("PJSC", suffixes) and _legal_suffix("ASA", suffixes)
    assert not _legal_suffix("CEO", suffixes) and not _legal_suffix("USA", suffixes) and not _legal_suffix("jsc", suffixes)


def test_a_description_no_earlier_body_fits_is_the_name_it_apposes(nlp):
    # the apposition says what the body is, whatever its name holds (no "party" in Nur Otan)
    out = ids(nlp, "Nur Otan, the governing party, won 71 of the 98 seats, while Ak Zhol, the main opposition "
                   "party, said it would contest the count.")
    assert ("the governing party", "nur-otan") in out
    assert ("the main opposition party", "ak-zhol") in out
    out = ids(nlp, "Alianza Verde, the largest bloc in the chamber with 40 seats, voted against the budget.")
    assert ("the largest bloc", "alianza-verde") in out
    # a list, a speaker after a comma, or a place before the comma: no apposition
    out = dict(ids(nlp, "Labour, the Greens and the Liberal party voted against the motion."))
    assert out.get("Labour") is not None and out.get("the Liberal party") != out.get("Labour")
    out = dict(ids(nlp, "In an interview with Reuters, the party said it would appeal."))
    assert out.get("Reuters") is not None and out.get("the party") != out.get("Reuters")
    out = dict(ids(nlp, "Turnout was low in Ontario, the province where the party had hoped to win seats."))
    assert out["Ontario"] == "ontario" and out.get("the party") != "ontario"  # (``the province`` is Ontario: a place's own row)
