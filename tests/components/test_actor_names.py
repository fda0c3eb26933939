"""claims_actors, organisations by name (actor_names.py): names the model leaves out, acronyms in
parentheses, short forms of a company's name, later uses of a name, companies for ``the company``."""

from __future__ import annotations

import dataclasses

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions, actor_norms


def mentions(nlp, text):
    return actor_mentions(nlp, text, "2025-03-01")


def ids_of(out, text):
    return {n["actor_id"] for t, n in out if t == text}


def test_org_name_with_a_role_word_is_a_name_not_a_role_phrase(nlp):
    out = mentions(nlp, "A poll by the Kessler Research Group found that the National Farmers Association "
                        "had lost members.")
    texts = {t for t, _ in out}
    assert "the Kessler Research Group" in texts and "the National Farmers Association" in texts


def test_role_phrase_in_title_case_is_still_no_named_body(nlp):
    out = mentions(nlp, "The Foreign Ministry said the energy ministry would respond on Monday.")
    assert not any(n["actor_id"] in ("foreign-ministry", "energy-ministry") for _, n in out)


def test_title_case_name_the_model_misses_with_a_demonym_inside(nlp):
    out = mentions(nlp, "The Greek Shipowners Association and the opposition Blue Horizon Bloc (BHB) said on "
                        "Friday that the levy would drive ships away.")
    bloc = [n for t, n in out if "Blue Horizon Bloc" in t]
    assert bloc and bloc[0]["type"] == "organization"
    assert ids_of(out, "BHB") == {bloc[0]["actor_id"]}


def test_acronym_in_parentheses_is_the_body_everywhere(nlp):
    out = mentions(nlp, "The Civic Renewal Party (CRP) won 12 seats. Leaders of the CRP met on Tuesday, and "
                        "the CRP said it would join the government.")
    party = ids_of(out, "The Civic Renewal Party")
    assert party and {n["actor_id"] for t, n in out if "CRP" in t} == party


def test_first_word_of_a_company_name_is_the_company(nlp):
    out = mentions(nlp, "Shares of Halvorsen Robotics Inc. rose 4% on Friday. Halvorsen said demand was "
                        "strong, and the company raised its forecast.")
    company = ids_of(out, "Halvorsen Robotics Inc.")
    assert ids_of(out, "Halvorsen") == company
    assert ids_of(out, "the company") == company
    assert next(n for t, n in out if t == "Halvorsen")["type"] == "organization"


def test_a_name_found_once_is_found_in_a_quote_and_a_headline(nlp):
    text = ("Brakstad Wins Navy Deal as Rivals Cry Foul\n\n"
            "OSLO — Brakstad Maritime ASA won a contract for six patrol boats on Monday. "
            "“Brakstad cut every corner,” a rival bidder said.")
    out = mentions(nlp, text)
    company = ids_of(out, "Brakstad Maritime ASA")
    assert company and len([t for t, n in out if n["actor_id"] in company]) == 3


def test_media_noun_before_a_name_makes_an_outlet(nlp):
    out = mentions(nlp, "The minister spoke to the newspaper Kathimerini on Sunday. Kathimerini later "
                        "published the full interview.")
    outlet = [n for t, n in out if t == "the newspaper Kathimerini"]
    assert outlet and outlet[0]["type"] == "media"
    assert ids_of(out, "Kathimerini") == {outlet[0]["actor_id"]}


def test_media_noun_before_a_person_is_no_outlet(nlp):
    out = mentions(nlp, "He told the newspaper John Moreau had not been at the meeting.")
    assert all(n["type"] != "media" for _, n in out)


def test_union_with_an_industry_word_is_no_company(nlp):
    out = mentions(nlp, "The Steel and Mining Workers Union called a strike at the Trelleborg Shipping Co. "
                        "yard. The union said the company had refused to talk.")
    assert ids_of(out, "the company") == ids_of(out, "the Trelleborg Shipping Co.")
    assert ids_of(out, "The union") == ids_of(out, "The Steel and Mining Workers Union")
    assert next(n for t, n in out if t == "the Trelleborg Shipping Co.").get("sector") == "business"
    assert "sector" not in next(n for t, n in out if t == "The Steel and Mining Workers Union")


def test_two_words_joined_by_an_ampersand_make_a_company(nlp):
    out = mentions(nlp, "Prosecutors say Brantley Gravel & Stone paid for the trips. The company denies it.")
    assert next(n for t, n in out if t == "Brantley Gravel & Stone").get("sector") == "business"
    assert ids_of(out, "The company") == ids_of(out, "Brantley Gravel & Stone")


def test_a_place_is_not_the_short_form_of_a_newspaper(nlp):
    out = mentions(nlp, "Detroit officials spoke to The Detroit Ledger on Monday. Voters in Detroit were angry.")
    paper = ids_of(out, "The Detroit Ledger")
    assert paper and not ids_of(out, "Detroit") & paper


def test_a_surname_is_not_repeated_as_an_organisation(nlp):
    out = mentions(nlp, "Gov. Nora Elling signed the bill on Monday. The Elling administration said Elling "
                        "would travel to Boston.")
    assert all(n["type"] == "person" for t, n in out if t == "Elling")


def test_the_outlet_of_a_photo_credit_is_no_actor(nlp_no_credits):
    nlp = nlp_no_credits  # credit_actors: false
    text = ("Senate passes water bill\n\nSen. Ann Ruiz after the vote on Tuesday. (Maya Cole/The Portland Courier)"
            "\n\nPORTLAND — The vote was close, the Oregon daily reported.")
    out = mentions(nlp, text)
    assert not any("Portland Courier" in t or t in ("Maya Cole", "Portland") and n["type"] != "location"
                   for t, n in out), out
    assert any(t == "Sen. Ann Ruiz" for t, _n in out)


# ---------------------------------------------------------------- names that name no actor
def test_no_actor_in_the_name_of_a_law_a_treaty_or_an_operation(nlp):
    out = mentions(nlp, "Rep. Carla Dunmore said the Rural Broadband Expansion Act would lapse in June. "
                        "Officials said the Minsk Protocol and Operation Northern Watch were history.")
    texts = {t for t, _ in out}
    assert not any(("Act" in t or "Minsk" in t or "Northern Watch" in t) for t in texts), texts
    assert any(t.endswith("Carla Dunmore") for t in texts)


def test_a_body_before_summit_stays_an_actor_as_the_dev_gold_has_it(nlp):
    out = mentions(nlp, "Ministers met ahead of the NATO summit in Vilnius on Tuesday.")
    assert ids_of(out, "NATO") == {"nato"}


def test_no_actor_in_a_section_label_line(nlp):
    out = mentions(nlp, "Breaking News\nThe mayor of Tulsa resigned on Friday after a vote of the city council.")
    assert not any(t == "Breaking News" for t, _ in out)


def test_capitalised_word_opening_a_sentence_is_no_person(nlp):
    out = mentions(nlp, "Attendance fell sharply at the rallies in Ohio. Enthusiasm, aides conceded, had faded.")
    assert not any(t in ("Attendance", "Enthusiasm") for t, _ in out)


def test_a_known_body_inside_a_longer_name_is_not_that_body(nlp):
    out = mentions(nlp, "In Copenhagen, the Social Democratic Party gained two seats on Monday.")
    assert "democratic-party" not in {n["actor_id"] for _, n in out}


def test_two_names_joined_by_and_in_one_entity_are_two_bodies(nlp):
    out = mentions(nlp, "The Boston Globe and NPR obtained copies of the letter on Thursday.")
    texts = {t for t, _ in out}
    assert "The Boston Globe" in texts and "NPR" in texts
    assert not any(" and " in t for t in texts)


def test_a_name_with_and_inside_stays_whole(nlp):
    out = mentions(nlp, "Procter and Gamble raised prices, and the Securities and Exchange Commission "
                        "opened an inquiry.")
    texts = {t for t, _ in out}
    assert "Procter and Gamble" in texts
    assert any(n["actor_id"] == "sec" and "Securities and Exchange Commission" in t for t, n in out)


def test_a_title_case_name_ending_in_a_company_word_is_a_company(nlp):
    out = mentions(nlp, "Redrock Holdings reported a loss of $40 million in the third quarter.")
    assert [n["type"] for t, n in out if t == "Redrock Holdings"] == ["organization"]


def test_a_company_word_after_of_names_no_company(nlp):
    out = mentions(nlp, "The Secretary of Energy toured the plant on Monday.")
    assert not any(t.endswith("of Energy") and n["type"] == "organization" and n["via"] == "name"
                   for t, n in out)


def test_a_company_reporting_its_results_is_no_news_outlet_but_one_reporting_a_story_is(nlp):
    out = dict(mentions(nlp, "Colgate-Palmolive reported a sharp drop in quarterly profit on Thursday, and "
                             "Johnson & Johnson reported higher sales. Nordvik reported the story first."))
    assert out["Colgate-Palmolive"]["type"] == "organization"
    assert out["Johnson & Johnson"]["type"] == "organization"
    assert out["Nordvik"]["type"] == "media"


def _sector(out, text):
    return next(n for t, n in out if t == text).get("sector")


def test_a_name_whose_shares_the_text_names_is_a_company(nlp):
    out = mentions(nlp, "Shares in Mariner Home Group fell 20% on Monday after the audit. The company said "
                        "it would cooperate with regulators.")
    assert _sector(out, "Mariner Home Group") == "business"
    assert ids_of(out, "The company") == ids_of(out, "Mariner Home Group")


def test_a_name_that_reports_its_results_is_a_company(nlp):
    out = mentions(nlp, "Brandt Verkehr Group posted a 30 per cent drop in quarterly sales on Thursday. "
                        "The company said it would cut 2,000 jobs.")
    assert _sector(out, "Brandt Verkehr Group") == "business"
    assert ids_of(out, "The company") == ids_of(out, "Brandt Verkehr Group")


def test_a_body_that_reports_no_result_is_no_company(nlp):
    out = mentions(nlp, "The Harwell Trust reported a breach of its rules to the police on Thursday.")
    assert _sector(out, "The Harwell Trust") is None


def test_a_company_noun_right_before_the_name_makes_a_company(nlp):
    out = mentions(nlp, "Dutch chip-equipment supplier Veldt Optics said on Tuesday that orders had doubled. "
                        "The company expects more growth next year.")
    assert _sector(out, "Veldt Optics") == "business"
    assert ids_of(out, "The company") == ids_of(out, "Veldt Optics")


def test_a_state_miner_named_before_its_name_is_a_company(nlp):
    out = mentions(nlp, "The contract was signed last month by state miner Shivee Tolgoi Uul (STU). Opposition "
                        "MPs said the formula was unfair. STU stood by the agreement. In a statement, the company "
                        "said the price formula had been reviewed by independent experts.")
    assert _sector(out, "Shivee Tolgoi Uul") == "business"
    assert ids_of(out, "the company") == ids_of(out, "Shivee Tolgoi Uul")


def test_an_ampersand_inside_a_name_makes_a_company(nlp):
    out = mentions(nlp, "Prosecutors say the agency steered contracts to Ridgeway Paving & Asphalt, whose "
                        "owner pleaded guilty last year. The company has denied wrongdoing.")
    assert _sector(out, "Ridgeway Paving & Asphalt") == "business"
    assert ids_of(out, "The company") == ids_of(out, "Ridgeway Paving & Asphalt")


def test_no_actor_in_a_holiday(nlp):
    out = mentions(nlp, "Labour wants a budget deal before Christmas, and the Greens want one by Passover. "
                        "Talks resume after Diwali, Chancellor Ruth Adler said.")
    texts = {t for t, _ in out}
    assert not texts & {"Christmas", "Passover", "Diwali"}, texts
    assert any(t.endswith("Ruth Adler") for t in texts)


def test_no_actor_in_a_venue_named_before_a_venue_noun(nlp):
    out = mentions(nlp, "Thousands marched outside the Kelvindale convention centre on Friday, and police "
                        "closed the Marlow stadium. The CDU headquarters stayed shut, the party said.")
    texts = {t for t, _ in out}
    assert "Kelvindale" not in texts and "Marlow" not in texts, texts
    assert "CDU" in texts  # a body before its own building stays an actor


def test_no_actor_in_a_site_named_before_a_site_noun(nlp):
    """A name the model alone finds before a mine's, jail's or works' noun is the site's, and so are
    the document's other uses of it; a dictionary place before the noun stays an actor."""
    out = mentions(nlp, "Miners walked out at the Kolwezi Norte concentrator on Monday. The company said "
                        "trucks could not reach Kolwezi Norte. Lithium comes from the Tavara and Minsa mines, "
                        "and the union said no jobs would go at Tavara. The activist is held in Tarkhan jail.")
    texts = {t for t, _ in out}
    assert not texts & {"Kolwezi Norte", "Tavara", "Tarkhan"}, texts


def test_site_nouns_leave_dictionary_places_and_people_near_miss(nlp):
    out = mentions(nlp, "A power line to the Zaporizhzhia nuclear plant was cut. The Okafor camp said it would "
                        "appeal, and workers at the Kherson refinery went home.")
    texts = {t for t, _ in out}
    assert "Zaporizhzhia" in texts and "Kherson" in texts and any("Okafor" in t for t in texts), texts  # no bare camp


def test_no_actor_in_a_platform_named_as_a_medium(nlp):
    """Where a post appeared (``posted a video on Telegram``, ``in a post on X``) is no actor; a
    platform that acts or is acted on as a company stays one."""
    out = mentions(nlp, "The militia posted a video on Telegram claiming the attack. In a post on X, the "
                        "minister called it fake. Telegram said it had removed the channel, and lawmakers "
                        "voted for a ban on TikTok.")
    texts = [t for t, _ in out]
    assert texts.count("Telegram") == 1 and "X" not in texts, texts
    assert "TikTok" in texts


def test_no_government_of_a_state_that_does_not_exist_yet(nlp):
    out = dict(mentions(nlp, "The envoy said talks must lead to an independent Palestinian state within a "
                             "decade. The Palestinian government welcomed the plan."))
    assert not any(t.endswith("Palestinian state") for t in out), out
    assert any(t.endswith("Palestinian government") for t in out)


@pytest.mark.parametrize("text, holiday", [
    ("Talks between the two sides are expected to resume after Eid al-Adha, the ministry said.", "Eid al-Adha"),
    ("The ceasefire held through Eid al-Fitr in the north, aid workers said.", "Eid al-Fitr"),
])
def test_no_actor_in_a_hyphenated_holiday(nlp, text, holiday):
    """The name as written, hyphen and all, is looked up (not its words joined by spaces)."""
    assert holiday not in {t for t, _ in mentions(nlp, text)}


def test_org_names_a_town_and_a_newspaper_word_name_an_outlet(nlp):
    found = actor_norms(nlp, "The mayor at City Hall on Monday. (Photo: Dana Ruiz / Fresno Sentinel)", "2025-03-01")
    assert found["Fresno Sentinel"]["type"] == "media"


def test_acronym_aliases_or_acronym_in_commas(nlp):
    found = actor_norms(nlp, "With most ballots counted, the National Electoral Council, or CNEV, showed the "
                             "opposition ahead. The CNEV said turnout was 61%.", "2025-03-01")
    ids = {norm["actor_id"] for text, norm in found.items() if "CNEV" in text or "Council" in text}
    assert len(ids) == 1


def _hand_doc(words):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    return Doc(Vocab(), words=words)


def test_org_short_names_person_reading_of_a_body_is_the_body():
    from pipeline.components.actor_model import Actor, make_norm
    from pipeline.components.actor_names import org_short_names

    doc = _hand_doc(["Birch", "Hollow", "Clinics", "shut", ".", "Birch", "Hollow", "said", "so", ".",
                     "Hollow", "agreed", ".", "Anna", "Birch", "spoke", "."])
    org = Actor(0, 3, make_norm("birch-hollow-clinics", "Birch Hollow Clinics", "organization", None, False, None, "ner"), "ner")
    short = Actor(5, 7, make_norm("birch-hollow", "Birch Hollow", "person", None, False, None, "ner"), "ner")
    surname = Actor(10, 11, make_norm("birch-hollow", "Birch Hollow", "person", None, False, None, "coref"), "rule:coref")
    person = Actor(13, 15, make_norm("anna-birch", "Anna Birch", "person", None, False, None, "ner"), "ner")
    org_short_names(doc, [org, short, surname, person])
    assert short.norm["actor_id"] == surname.norm["actor_id"] == "birch-hollow-clinics"
    assert short.norm["type"] == "organization"
    assert person.norm["actor_id"] == "anna-birch"  # a given name first: a person


@pytest.mark.parametrize("text, name", [
    ("Officials blamed Saraya al-Fajr, a Syrian armed group, for the rocket fire. The group denied it.",
     "Saraya al-Fajr"),
    ("Analysts traced the intrusion to a hacking group known as Black Heron. The group had struck before.",
     "Black Heron"),
    ("Ms. Reed said the unit, which security firms call Black Heron, had also targeted banks. "
     "The group denied it.", "Black Heron"),
])
def test_a_name_the_text_calls_a_body_is_an_organisation_the_group_names(nlp, text, name):
    found = actor_norms(nlp, text)
    assert found[name]["type"] == "organization"
    assert found["The group"]["actor_id"] == found[name]["actor_id"]


def test_a_titled_person_apposed_to_a_group_noun_stays_a_person(nlp):
    found = actor_norms(nlp, "Dr. Lena Varga, a founder of the group, said the audit was flawed.")
    assert found["Dr. Lena Varga"]["type"] == "person"


def test_a_person_whose_party_follows_stays_a_person(nlp):
    """``X, whose People's Reform Party (PRP) won``: the parser may hang the party on the name as an
    apposition; ``whose`` opens a clause about the person, who stays one (and ``Lauina`` is him)."""
    text = ("Prime Minister Tevita Lauina, whose People's Reform Party (PRP) won 30 of the 40 seats, told "
            "parliament on Monday that the budget would pass. Lauina said the debt would fall.")
    found = actor_norms(nlp, text)
    assert found["Prime Minister Tevita Lauina"]["type"] == "person"
    assert found["Lauina"]["actor_id"] == found["Prime Minister Tevita Lauina"]["actor_id"]


# ---------------------------------------------------------------- issue 12: acronyms never spelled out
def test_acronym_never_spelled_out_is_the_body_with_its_initials_head_first(nlp):
    out = mentions(nlp, "Turnout was low, the National Electoral Council said on Sunday. The CNE will publish "
                        "final figures next week, and the CNE said it had received 40 complaints.")
    council = ids_of(out, "the National Electoral Council")
    assert council and ids_of(out, "CNE") == council


def test_acronym_of_another_head_or_of_two_bodies_is_neither(nlp):
    out = mentions(nlp, "The Project on Government Oversight criticised the nominee, and GOP senators backed him.")
    watchdog = ids_of(out, "The Project on Government Oversight")
    assert watchdog and not any(n["actor_id"] in watchdog for t, n in out if "GOP" in t)
    out = mentions(nlp, "The National Electoral Council and the National Employers Confederation met on Monday. "
                        "The CNE said nothing.")
    bodies = ids_of(out, "The National Electoral Council") | ids_of(out, "the National Employers Confederation")
    assert len(bodies) == 2 and not ids_of(out, "CNE") & bodies


def test_amount_glued_to_a_company_name_is_no_part_of_it(nlp):
    out = mentions(nlp, "Brixton Foods rejects £2.1bn Larchmont bid\n\nBrixton Foods has rejected a £2.1bn offer "
                        "from Larchmont Holdings, and Larchmont said it would not raise the price.")
    assert not any(t[0].isdigit() for t, _ in out)


def test_first_word_of_a_company_name_read_as_a_place_is_the_company(nlp):
    out = mentions(nlp, "Federal agents on Tuesday searched the offices of Laurel Delta Contractors, a paving company "
                        "that won $30 million in state contracts. Mr. Hale, the company's owner, said through a lawyer "
                        "that Laurel had delivered every project on time. Laurel's former chief financial officer "
                        "has been cooperating.")
    company = ids_of(out, "Laurel Delta Contractors")
    assert company and ids_of(out, "Laurel") == company


def test_company_place_word_after_a_preposition_stays_a_place(nlp):
    out = mentions(nlp, "Shares of Ridgeford Builders rose on Monday, and the company opened a yard in Ridgeford "
                        "last year.")
    company = ids_of(out, "Ridgeford Builders")
    assert company and not any(n["actor_id"] in company for t, n in out if t == "Ridgeford")


def test_name_that_owns_a_group_is_the_person_not_the_group(nlp):
    out = mentions(nlp, "Governor Helena Brightwater’s aides say she will sign the bill.\n\n"
                        "The measure Governor Helena Brightwater proposed in May passed on Friday.")
    assert ids_of(out, "Governor Helena Brightwater") != ids_of(out, "Governor Helena Brightwater’s aides")


def test_opening_words_of_a_body_without_a_possessive_still_name_the_body(nlp):
    out = mentions(nlp, "Zephyr Maddox Foods reported a loss on Monday. Zephyr Maddox blamed wheat prices.")
    assert ids_of(out, "Zephyr Maddox") == ids_of(out, "Zephyr Maddox Foods")


# ---------------------------------------------------------------- review: a city opening a company's name
def test_big_city_opening_a_company_name_stays_the_city(nlp):
    out = mentions(nlp, "Jackson Hewitt Tax Service said it would close offices. Jackson voters elected a new "
                        "mayor, and Jackson is the state capital.")
    company = ids_of(out, "Jackson Hewitt Tax Service")
    assert company and not any(n["actor_id"] in company for t, n in out if t == "Jackson")
    out = mentions(nlp, "Boston Dynamics Holdings said it would cut 300 jobs. Boston officials said the layoffs "
                        "would hurt the city.")
    company = ids_of(out, "Boston Dynamics Holdings")
    assert company and not any(n["actor_id"] in company or "officials" in n["actor_id"] for t, n in out
                               if t.startswith("Boston") and t != "Boston Dynamics Holdings")
    assert ids_of(out, "the city") == ids_of(out, "Boston") == {"boston"}


def test_company_first_word_before_its_people_or_as_a_capital_is_a_place(nlp):
    lead = ("Federal agents on Tuesday searched the offices of Laurel Delta Contractors, a paving company that "
            "won $30 million in state contracts. ")
    for text in ("Laurel voters will elect a new mayor in May.",
                 "Laurel is the county seat, and the mayor said the city would cooperate."):
        out = mentions(nlp, lead + text)
        company = ids_of(out, "Laurel Delta Contractors")
        assert company and not any(n["actor_id"] in company for t, n in out if t == "Laurel")


# ---------------------------------------------------------------- review: acronyms never spelled out
def test_acronym_in_another_order_or_apposed_to_another_body_is_not_the_body(nlp):
    out = mentions(nlp, "The Independent Electoral Board said turnout was low. IEB officials and the BEI, the "
                        "opposition monitoring group, disagreed.")
    board = ids_of(out, "The Independent Electoral Board")
    assert board and not ids_of(out, "BEI") & board
    out = mentions(nlp, "The National Electoral Council said turnout was low. The CNE, an opposition monitoring "
                        "group, disagreed.")
    council = ids_of(out, "The National Electoral Council")
    assert council and not ids_of(out, "CNE") & council


def test_of_two_acronyms_of_one_body_only_the_one_in_order_is_it(nlp):
    out = mentions(nlp, "The National Education Council met on Monday. Later the NEC and the CEN said they "
                        "disagreed.")
    council = ids_of(out, "The National Education Council")
    assert council and ids_of(out, "NEC") == council and not ids_of(out, "CEN") & council
    out = mentions(nlp, "The National Electoral Council met on Monday. Later the NEC and the CNE said they "
                        "disagreed.")
    council = ids_of(out, "The National Electoral Council")
    assert council and ids_of(out, "NEC") == council and not ids_of(out, "CNE") & council


def test_acronym_apposed_to_its_own_kind_of_body_is_the_body(nlp):
    out = mentions(nlp, "The National Electoral Council said turnout was low. The CNE, the electoral council, "
                        "will publish final figures next week.")
    council = ids_of(out, "The National Electoral Council")
    assert council and ids_of(out, "CNE") == council


def test_capitals_before_a_broadcast_word_are_an_outlet(nlp):
    out = actor_norms(nlp, "The minister told RTL radio on Sunday that the plan would pass.")
    assert out["RTL"]["type"] == "media"


@pytest.mark.parametrize("text, outlet", [
    ("The minister told RAC1 radio on Sunday that the plan would pass.", True),
    ("The minister told TV radio on Sunday that the plan would pass.", False),
    ("The minister told BROADCAST radio on Sunday that the plan would pass.", False),
])
def test_a_call_sign_has_the_lengths_of_its_rows(text, outlet):
    """``call-sign-lengths`` / ``call-sign-plain-length`` of ``actor_words.jsonl``: two to six
    capitals and digits, three without a digit; a rules folder without the rows names none."""
    from pipeline.components.actor_names import call_sign
    from pipeline.components.gazetteer import RULES, load_words

    word, words = text.split()[3], load_words(RULES / "actor_words.jsonl")
    assert call_sign(word, words) is outlet
    old = dataclasses.replace(words, call_sign_lengths=frozenset(), call_sign_plain_length=frozenset())
    assert call_sign(word, old) is False


@pytest.mark.parametrize("text", [
    "Rangers tracked the bear with a GPS radio collar for two years.",
    "Shipments of LCD television panels fell sharply in the second quarter.",
    "The skipper sent a mayday on VHF radio before the boat sank.",
])
def test_technology_before_a_broadcast_word_is_no_outlet(nlp, text):
    assert not [n for _, n in actor_mentions(nlp, text) if n["type"] == "media"]


def test_capitals_before_a_broadcast_word_and_an_outlet_noun_are_an_outlet(nlp):
    out = actor_norms(nlp, "A survey for the KTN television network put the two candidates level.")
    assert out["KTN"]["type"] == "media"


def test_capitals_before_a_broadcast_word_and_a_noun_stay_what_they_were(nlp):
    out = actor_mentions(nlp, "UEFA said income from UEFA television deals rose by a third last season.")
    assert all(n["actor_id"] == "uefa" and n["type"] != "media" for t, n in out if t == "UEFA")


def test_house_style_regulators_are_known(nlp):
    out = actor_norms(nlp, "Ofgem said energy bills would fall in April, and Defra said the rules would stay.")
    assert out["Ofgem"]["actor_id"] == "ofgem" and out["Ofgem"]["country"] == "GBR"
    assert out["Defra"]["actor_id"] == "defra"


def test_a_company_noun_before_a_name_the_model_took_for_a_person_makes_it_a_company(nlp):
    out = mentions(nlp, "Analysts at Brno Capital expect a cut in April. Meanwhile, Slovak gas wholesaler "
                        "Zemplin Plyn reported a loss on Monday. The company said demand fell.")
    assert ids_of(out, "The company") == {"zemplin-plyn"}


@pytest.mark.parametrize("text, name", [
    ("Coffee exporter Kwabena Owusu said prices would climb. The company said it would hire more staff.",
     "Kwabena Owusu"),
    ("Steel distributor Nguyen Van Long said orders were weak.", "Nguyen Van Long"),
    ("The Ghanaian cocoa exporter Kwabena Owusu said he expected a small crop.", "Kwabena Owusu"),
    ("Nigerian fuel distributor Adebayo Ogunlesi said stocks were low. Ogunlesi said prices would rise.",
     "Adebayo Ogunlesi"),
])
def test_a_trade_noun_before_a_person_name_keeps_the_person(nlp, text, name):
    out = mentions(nlp, text)
    assert {n["type"] for t, n in out if t.endswith(name)} == {"person"}
    assert name.lower().replace(" ", "-") not in {n["actor_id"] for t, n in out if t == "The company"}


def test_a_modified_trade_noun_before_a_name_makes_it_a_company(nlp):
    out = mentions(nlp, "Polish fuel distributor Wisla Paliwa raised prices on Monday. The company said costs rose.")
    assert ids_of(out, "The company") == {"wisla-paliwa"}


def test_leads_is_a_strict_prefix_of_words():
    from pipeline.components.actor_names import leads
    assert leads(("Harbor", "Line"), ("Harbor", "Line", "Ferries"))
    assert not leads(("Harbor", "Line"), ("Harbor", "Line"))
    assert not leads(("Harbor",), ("North", "Harbor", "Bank"))


def test_a_street_shaped_name_with_a_spokeswoman_is_a_body(nlp):
    from tests.conftest import found_norms
    out = found_norms(nlp, "\u201cWe have cut prices on 500 lines,\u201d a Harvest Lane spokeswoman said. "
                           "Shares in the chain fell.")
    assert any(t.startswith("Harvest Lane") and n["type"] != "location" for t, n in out.items()), out


def test_a_street_that_does_not_speak_stays_no_actor(nlp):
    from tests.conftest import found_norms
    out = found_norms(nlp, "The march went down Medgar Evers Boulevard and ended at the park, organisers said.")
    assert not any("Boulevard" in t for t in out), out


def test_a_street_after_a_preposition_before_a_reporting_verb_stays_no_actor(nlp):
    for text, street in (("Several shop owners on Main Street said they would close early.", "Main Street"),
                         ("Two landlords on Fifth Avenue said rents would rise.", "Fifth Avenue")):
        assert not any(street in t for t, _ in actor_mentions(nlp, text))


def test_name_prefixes_chamber_word_is_no_short_form_of_its_conference(nlp):
    out = actor_norms(nlp, "WASHINGTON (AP) - Rebel Republicans refused to back him on Tuesday, leaving the "
                           "House without a speaker. The House Democratic Caucus met behind closed doors.")
    assert out["House"]["actor_id"] != out["The House Democratic Caucus"]["actor_id"]
    assert out["House"]["type"] == "legislature"


def test_name_prefixes_first_word_of_a_plain_company_name_still_joins(nlp):
    out = actor_norms(nlp, "Shares of Tarnvik Mining Group fell on Monday. Tarnvik said output would recover.")
    assert out["Tarnvik"]["actor_id"] == out["Tarnvik Mining Group"]["actor_id"]


def test_chamber_name_runs_on_to_its_last_word(nlp):
    from tests.conftest import found_norms
    out = found_norms(nlp, "LUSAKA — The ZMB Chamber of Mines and Industry warned on Tuesday that the new tax "
                           "would cost jobs.")
    assert out["The ZMB Chamber of Mines and Industry"]["type"] == "organization"


def test_ministry_of_trade_and_industry_is_no_chamber_near_miss(nlp):
    from tests.conftest import found_norms
    out = found_norms(nlp, "The Ministry of Trade and Industry said exports rose.")
    assert not any(t.endswith("Industry") and n["actor_id"].startswith("chamber") for t, n in out.items())
