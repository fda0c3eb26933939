"""Bodies of many states: no country of their own, wherever the dateline (actor_supranational.py,
``supranational-bodies``); their staff, units and unnamed informants take none by default."""
from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def _got(nlp, text):
    return {t: n for t, n in actor_mentions(nlp, text, "2025-03-01")}


def test_nato_story_datelined_brussels_gives_no_country(nlp):
    got = _got(nlp, "BRUSSELS — NATO allies agreed on Tuesday to raise spending, and the Atlantic alliance "
                    "said NATO would meet again in June. Diplomats said the deal was fragile.")
    assert got["NATO"]["country"] is None
    assert all(n["country"] != "BEL" for t, n in got.items() if t != "BRUSSELS"), got


def test_eu_groups_in_strasbourg_keep_no_country_but_a_french_minister_keeps_france(nlp):
    got = _got(nlp, "STRASBOURG — The European Parliament backed the budget. The EPP and Renew Europe voted "
                    "for it, the ECR against, and the Commission welcomed the vote. The European People's "
                    "Party said the EU had to act. French Foreign Minister Claire Dufresnoy said Paris agreed.")
    assert got["The European Parliament"]["country"] is None
    assert got["Renew Europe"]["country"] is None and got["the ECR"]["country"] is None
    assert got["Commission"]["country"] is None
    assert got["French Foreign Minister Claire Dufresnoy"]["country"] == "FRA"


def test_a_story_about_one_country_keeps_its_focus_near_one_imf_mention(nlp):
    got = _got(nlp, "NAIROBI, Kenya - Kenya's finance ministry said the IMF had approved a loan. Kenyan "
                    "lawmakers and the Kenyan government welcomed it, and the Treasury said Kenya would pay. "
                    "Wanjiru Odhiambo, an economist, said farmers were worried.")
    assert got["the IMF"]["country"] is None
    assert got["Wanjiru Odhiambo"]["country"] == "KEN" and got["farmers"]["country"] == "KEN"


def test_staff_and_sub_bodies_of_a_stateless_body_take_no_focus(nlp):
    got = _got(nlp, "LUSAKA, Zambia - Zambia's finance ministry said the IMF had agreed a deal, and its staff "
                    "would visit in May. The Zambian government said the U.N. peacekeeping mission would stay.")
    assert got["its staff"]["country"] is None
    assert got["the U.N. peacekeeping mission"]["country"] is None


def test_informants_take_no_country_in_focus(nlp):
    got = _got(nlp, "LUSAKA, Zambia - The Zambian government will sign the deal, according to three people "
                    "familiar with the plan. The Zambian finance ministry declined to comment.")
    people = next(n for t, n in got.items() if t.startswith("three people"))
    assert people["country"] is None
    assert got["The Zambian finance ministry"]["country"] == "ZMB"


def test_short_name_of_a_parliament_group_joins_it_but_not_a_team(nlp):
    got = _got(nlp, "STRASBOURG — The motion by Patriots for Europe failed, and the EU and the European "
                    "Parliament moved on. The Patriots, the third-largest group, said they would try again. "
                    "The New England Patriots won on Sunday.")
    assert got["Patriots"]["actor_id"] == got["Patriots for Europe"]["actor_id"]
    assert got["The New England Patriots"]["actor_id"] != got["Patriots for Europe"]["actor_id"]


def test_members_take_the_nationality_the_text_gives(nlp):
    got = _got(nlp, "STRASBOURG — The European Parliament and the EU backed the budget, and the EPP welcomed "
                    "it, while French police watched French farmers outside. Their leader, Spanish MEP Lucía "
                    "Ferrer Ibarra, said so. Dutch MEP Bas van der Linde disagreed. Commission President "
                    "Annelies Verbruggen thanked MEPs who returned the Belgian to office.")
    assert got["Spanish MEP Lucía Ferrer Ibarra"]["country"] == "ESP"
    assert got["Dutch MEP Bas van der Linde"]["country"] == "NLD"
    assert got["the Belgian"]["actor_id"] == got["President Annelies Verbruggen"]["actor_id"]
    assert got["President Annelies Verbruggen"]["country"] == "BEL"
    assert got["French police"]["country"] == "FRA"


def test_a_government_or_a_people_of_a_demonym_is_no_person(nlp):
    got = _got(nlp, "The Belgian government said the Chinese had agreed. Prime Minister Jan De Smet said so.")
    assert got["The Belgian government"]["type"] == "government"
    assert got["the Chinese"]["type"] == "people"


def test_wto_story_in_geneva_gives_a_kenyan_envoy_kenya_and_the_body_none(nlp):
    got = _got(nlp, "GENEVA — The World Trade Organization failed to agree on fishing subsidies on Friday, and "
                    "WTO members said talks would resume. Kenyan Ambassador Amina Wafula said the WTO had let "
                    "poor countries down. Swiss police closed the street.")
    assert got["The World Trade Organization"]["country"] is None
    assert got["WTO members"]["country"] is None
    assert next(n for t, n in got.items() if t.endswith("Amina Wafula"))["country"] == "KEN"
    assert got["Swiss police"]["country"] == "CHE"


def test_the_demonym_after_one_person_of_no_country_is_that_person(nlp):
    got = _got(nlp, "German Chancellor Karl Weber met Commissioner Lotte Verbeke on Friday. The Belgian said "
                    "the talks went well.")
    assert got["The Belgian"]["actor_id"] == got["Commissioner Lotte Verbeke"]["actor_id"]


def test_the_demonym_after_two_people_of_no_country_picks_neither_near_miss(nlp):
    got = _got(nlp, "Pieter Claes beat Tomas Novak in the semi-final. The Belgian said he was delighted.")
    assert got["The Belgian"]["type"] != "person"
    assert got["The Belgian"]["actor_id"] not in ("tomas-novak", "pieter-claes")


def test_team_named_before_a_parliament_group_stays_the_team_near_miss(nlp):
    got = _got(nlp, "The Patriots beat the Bills 31-17 on Sunday. Patriots for Europe, the far-right group, said "
                    "it would oppose the budget.")
    assert got["Patriots"]["actor_id"] != got["Patriots for Europe"]["actor_id"]


def test_generic_heads_are_no_short_name_of_a_body(nlp):
    from pipeline.components.actor_model import Actor
    from pipeline.components.actor_supranational import _short_names
    doc = nlp.make_doc("The Council of Europe met .")
    norm = {"actor_id": "council-of-europe", "type": "organization", "in_gazetteer": True}
    shorts = _short_names(doc, [Actor(0, 4, norm, "rule:x", None, "")], frozenset({"council-of-europe"}),
                          frozenset({"council"}))
    assert ("council",) not in shorts


def test_seat_only_a_seat_of_a_named_body_clears_the_focus(nlp):
    # review 18 item 3: Lusaka seats no body of many states; the UN and the AU named twice leave it Zambian
    got = _got(nlp, "LUSAKA — Zambian police arrested dozens of protesters on Monday. The United Nations and the "
                    "African Union urged restraint. Police officers said the streets were calm.")
    assert got["protesters"]["country"] == "ZMB" and got["Police officers"]["country"] == "ZMB"


def test_seat_national_roles_keep_the_seat_s_country(nlp):
    # review 18 item 3: prosecutors and the police of Brussels are Belgian in an EU story
    got = _got(nlp, "BRUSSELS — Prosecutors accused two aides of leaking papers from the European Commission. "
                    "The European Commission said it would help. A police spokeswoman said both were released.")
    assert got["Prosecutors"]["country"] == "BEL" and got["A police spokeswoman"]["country"] == "BEL"
    assert got["The European Commission"]["country"] is None


def test_seat_near_miss_the_eu_s_own_people_stay_without_a_country(nlp):
    got = _got(nlp, "BRUSSELS — The European Commission proposed new tariffs on Tuesday. The European Parliament "
                    "and the EPP welcomed the plan, and a spokesman said talks would go on.")
    assert all(n["country"] != "BEL" for t, n in got.items() if t != "BRUSSELS"), got



def test_seat_a_senator_beside_the_senate_in_paris_is_french(nlp):
    # review 18 item 9: the body and the senator of one sentence agree under a seat dateline
    got = _got(nlp, "STRASBOURG — The European Parliament approved the fishing quotas. The European Commission "
                    "praised the vote. The Senate in Paris will review them, Senator Luc Moreau said.")
    assert got["The Senate"]["country"] == got["Senator Luc Moreau"]["country"] == "FRA"
    assert got["Senator Luc Moreau"]["role"] == "FRALEG"


def test_a_one_word_short_in_a_later_paragraph_and_the_headline_joins_the_group(nlp):
    got = _got(nlp, "Patriots push for budget freeze\n\nSTRASBOURG — Patriots for Europe tabled a motion to freeze "
                    "the EU budget on Tuesday.\n\nThe European Parliament will vote on Thursday. Patriots said the "
                    "freeze would protect farmers.")
    ids = {n["actor_id"] for t, n in got.items() if t.startswith("Patriots")}
    assert ids == {got["Patriots for Europe"]["actor_id"]}


def test_seats_file_missing_from_an_older_rules_folder_gives_no_seats(tmp_path):
    from pipeline.components.actor_supranational import load_seats
    seats = load_seats(tmp_path / "actor_seats.jsonl")
    assert seats.bodies == {} and seats.national_roles == frozenset()


def test_a_bad_seat_row_names_the_file_and_line(tmp_path):
    import pytest
    from pipeline.components.actor_supranational import load_seats
    from pipeline.components.gazetteer import ActorDictionaryError
    path = tmp_path / "actor_seats.jsonl"
    path.write_text('{"id": "seat-geneva", "places": ["geneva"], "bodies": ["unhcr"]}\n'
                    '{"id": "seat-oops", "places": "vienna"}\n', encoding="utf-8")
    with pytest.raises(ActorDictionaryError, match=r"actor_seats.jsonl:2"):
        load_seats(path)


def test_international_titled_person_takes_no_country_in_focus(nlp):
    got = _got(nlp, "QUITO (Reuters) - An Ecuadorean minister said the vote was fair. OAS Secretary-General "
                    "Tomás Arrieta Vela said Ecuador must respect the result, and IMF Managing Director "
                    "Helga Brandt Moe said Ecuador's economy would recover.")
    assert got["OAS Secretary-General Tomás Arrieta Vela"]["country"] is None
    assert got["IMF Managing Director Helga Brandt Moe"]["country"] is None


def test_international_titled_body_before_the_title_words(nlp):
    got = _got(nlp, "LA PAZ (AP) - Bolivian officials said on Monday the talks would resume. The EU foreign "
                    "policy chief Marta Olsen Vik said Bolivia had to free the detainees.")
    person = next(n for t, n in got.items() if t.endswith("Marta Olsen Vik"))
    assert person["country"] is None


def test_international_titled_not_when_a_verb_stands_between(nlp):
    """``The EU welcomed Bolivian lawmaker X``: no title of the body; the person keeps the focus."""
    got = _got(nlp, "LA PAZ (AP) - Bolivian officials said on Monday the talks would resume. The EU welcomed "
                    "lawmaker Rosa Quispe Mamani, who said Bolivia would vote.")
    person = next(n for t, n in got.items() if t.endswith("Rosa Quispe Mamani"))
    assert person["country"] == "BOL"


def test_a_national_rank_under_the_dateline_is_kept_beside_the_international_titles(nlp):
    """``Army chief General X`` under a national dateline keeps the dateline's country: only a title of a
    body of many states (``NATO Secretary General X``) takes the rank away."""
    got = _got(nlp, "ANKARA (Reuters) - Turkey and Greece agreed to resume naval talks.\n\n"
                    "Army chief General Kemal Doruk told a defence forum in Ankara that troops were ready.")
    person = next(n for t, n in got.items() if t.endswith("Kemal Doruk"))
    assert person["country"] == "TUR"


def test_brussels_acting_is_the_commission_when_the_story_names_it_and_not_the_eu(nlp):
    text = ("THE HAGUE — The Dutch government will cut nitrogen emissions by half. The European Commission "
            "approved the plan on Friday, and Brussels will release €2bn in farm aid next year.")
    found = actor_mentions(nlp, text)
    ids = {t: n["actor_id"] for t, n in found}
    assert ids["Brussels"] == ids["The European Commission"]
    brussels = next(n for t, n in found if t == "Brussels")
    assert (brussels["type"], brussels["country"]) == ("organization", None)


def test_brussels_acting_stays_the_eu_when_the_story_names_the_eu_too(nlp):
    text = ("THE HAGUE — The Dutch government will cut nitrogen emissions by half. The European Commission "
            "approved the plan on Friday, and Brussels will release €2bn in farm aid, the EU said.")
    ids = {t: n["actor_id"] for t, n in actor_mentions(nlp, text)}
    assert ids["Brussels"] == ids["the EU"] != ids["The European Commission"]


def test_unnamed_staff_of_a_named_eu_body_take_no_country_in_focus(nlp):
    got = _got(nlp, "ROME (Reuters) - Italy's Treasury said on Friday it would contest the European Commission's "
                    "ruling on bank aid, and Italian Finance Minister Marco Ferri said the Commission was unfair. "
                    "A Commission spokesman said the rules were clear, and two commission officials said Rome "
                    "had been warned.")
    assert got["A Commission spokesman"]["country"] is None
    assert got["two commission officials"]["country"] is None
    assert got["Italian Finance Minister Marco Ferri"]["country"] == "ITA"


def test_staff_named_after_a_full_name_word_never_used_alone_keep_the_focus(nlp):
    got = _got(nlp, "PARIS (AFP) - French farmers blocked roads on Monday against the European Union's trade "
                    "deal. Union leaders said the protests would go on.")
    assert got["Union leaders"]["country"] == "FRA"


def test_staff_of_a_commission_word_two_bodies_share_keep_the_focus(nlp):
    got = _got(nlp, "ROME (Reuters) - Italy's Electoral Commission and the European Commission disagreed on "
                    "Friday over campaign funds. The Commission in Brussels said little. A commission spokesman "
                    "said the audit would go on.")
    assert got["A commission spokesman"]["country"] == "ITA"


_POLAND = ("WARSAW (Reuters) - Poland's parliament passed the media law on Tuesday. Polish officials defended it "
           "and the government said it would sign it. ")


def test_a_demonym_and_a_title_in_apposition_give_the_person_their_country(nlp):
    got = _got(nlp, _POLAND + "Ingrid Solberg, a Swedish MEP in the liberal group, said the "
                              "law was an attack on the press. Solberg said Brussels must act.")
    assert got["Ingrid Solberg"]["country"] == "SWE"
    assert got["Solberg"]["country"] == "SWE"


def test_a_demonym_before_a_title_replaces_the_focus_country(nlp):
    got = _got(nlp, _POLAND + "Belgian MEP Pieter Claes said the law broke EU rules.")
    person = next(n for t, n in got.items() if t.endswith("Pieter Claes"))
    assert person["country"] == "BEL"
    assert person.get("country_source") != "focus"


def test_no_demonym_title_apposition_near_misses(nlp):
    # a possessive, a hyphened demonym, a demonym before no title: the focus decides as before
    got = _got(nlp, _POLAND + "Adam Nowicki, the German MEP's assistant, said nothing. "
                              "Jan Kowal, a German-speaking MEP, disagreed. Ewa Lis, a Swedish "
                              "citizen, filed a complaint.")
    assert got["Adam Nowicki"]["country"] != "DEU"
    assert got["Jan Kowal"]["country"] != "DEU"
    assert got["Ewa Lis"]["country"] != "SWE"
