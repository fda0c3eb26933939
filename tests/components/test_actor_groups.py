"""claims_actors, groups: party groups, a person's campaign and supporters, groups of people of
the country in focus."""

from __future__ import annotations

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_groups import GroupLexicon
from pipeline.components.gazetteer import load_gazetteer
from pipeline.extensions import GROUP_ACTORS
from tests.conftest import actor_mentions, actor_norms, run_with_published


def mentions(nlp, text, published=None):
    return actor_mentions(nlp, text, published)


def norms(nlp, text):
    return actor_norms(nlp, text, None)


@pytest.mark.parametrize("text, mention, actor_id, role, party", [
    ("Democratic lawmakers walked out of the chamber.", "Democratic lawmakers", "usa-dem-lawmakers", "USALEG", "DEM"),
    ("Senate Republicans blocked the nomination.", "Senate Republicans", "usa-rep-senate-members", "USALEG", "REP"),
    ("GOP leaders want a vote before August.", "GOP leaders", "usa-rep-leaders", "USAPTY", "REP"),
    ("Republican donors have kept their distance.", "Republican donors", "usa-rep-donors", "USAPTY", "REP"),
])
def test_party_groups(nlp, text, mention, actor_id, role, party):
    norm = norms(nlp, text)[mention]
    assert (norm["actor_id"], norm["type"], norm["country"], norm["role"], norm["party"]) == \
        (actor_id, "group", "USA", role, party)


def test_party_groups_differ_by_their_words(nlp):
    """``Republican senators`` and ``several Republican lawmakers`` are two groups, one party."""
    found = norms(nlp, "Republican senators met on Monday, and several Republican lawmakers objected.")
    senators, lawmakers = found["Republican senators"], found["Republican lawmakers"]
    assert senators["actor_id"] != lawmakers["actor_id"]
    assert senators["party"] == lawmakers["party"] == "REP" and senators["role"] == "USALEG"


def test_bare_party_plurals_are_the_party_people(nlp):
    """``Republicans`` and ``Several Republicans`` are one group of the party's people; the party's
    name stays the party."""
    found = norms(nlp, "Republicans in the state Senate stalled the measure for a week. Several Republicans "
                       "later said the Republican Party had misread the voters, and the Republicans relented.")
    group = found["Republicans"]
    assert (group["actor_id"], group["type"], group["country"], group["role"], group["party"]) == \
        ("usa-rep-republicans", "group", "USA", "USAPTY", "REP")
    assert found["Several Republicans"]["actor_id"] == found["the Republicans"]["actor_id"] == group["actor_id"]
    assert found["the Republican Party"]["actor_id"] == "republican-party"


@pytest.mark.parametrize("text, mention", [
    ("In Berlin, the Social Democrats rejected the chancellor's budget on Sunday.", "the Social Democrats"),
    ("In Paris, President Macron met Socialists and the Republicans to save his budget.", "the Republicans"),
])
def test_other_party_plurals_are_no_us_group(nlp, text, mention):
    assert norms(nlp, text)[mention]["type"] != "group"


def test_campaign_of_a_person_is_one_entity(nlp):
    text = ("Rep. Lydia Marsh is running for governor. The Marsh campaign raised $3 million in June, "
            "and her campaign says it will spend it on television.")
    found = norms(nlp, text)
    assert found["The Marsh campaign"]["actor_id"] == found["her campaign"]["actor_id"] == "lydia-marsh-campaign"
    assert found["her campaign"]["role"] == "USAELC"


def test_campaign_manager_is_not_a_campaign_mention(nlp):
    found = norms(nlp, "Lydia Marsh hired a pollster. Marsh's campaign manager, Owen Pratt, said so.")
    assert not any("campaign" in t for t in found)


def test_supporters_of_a_person(nlp):
    found = norms(nlp, "Mayor Frank Ostrowski spoke downtown. Ostrowski supporters cheered.")
    assert found["Ostrowski supporters"]["actor_id"] == "frank-ostrowski-supporters"
    assert found["Ostrowski supporters"]["type"] == "group"


def test_his_allies_are_the_nearest_persons_allies(nlp):
    found = norms(nlp, "Senator Paulo Mesquita denies the charges, and his allies in Congress want an amnesty.")
    person = next(n for t, n in found.items() if t.endswith("Mesquita"))
    assert found["his allies"]["actor_id"] == f"{person['actor_id']}-allies"
    assert found["his allies"]["type"] == "group"


def test_his_allies_with_no_man_before_is_no_mention(nlp):
    assert "his allies" not in norms(nlp, "The board met on Monday, and his allies were not invited.")


def test_groups_of_people_take_the_country_in_focus(nlp):
    found = norms(nlp, "WASHINGTON — Congress returns on Monday. Voters in Ohio are unhappy, and "
                       "two congressional aides said the deal was close.")
    assert found["Voters"]["country"] == "USA" and found["Voters"]["type"] == "group"
    aides = next(n for t, n in found.items() if t.endswith("aides"))
    assert aides["type"] == "group" and aides["country"] == "USA"


def test_group_nouns_never_replace_role_phrases(nlp):
    found = norms(nlp, "Iranian officials denied the report.")
    assert (found["Iranian officials"]["actor_id"], found["Iranian officials"]["role"]) == \
        ("irn-gov-officials", "IRNGOV")


def test_group_lexicon_from_rules():
    lex = GroupLexicon.build(load_gazetteer().groups)
    assert lex.party["gop"].party == "REP" and lex.members["lawmakers"].role == "LEG"
    assert "voters" in lex.public


# ------------------------------------------------------------ the article's own office holder
def test_description_apposition_names_the_person_and_later_mentions(nlp):
    text = ("Anna Lindgren, the prime minister, said on Tuesday that the vote would go ahead. "
            "Opposition leaders said the prime minister had ignored the courts.")
    found = mentions(nlp, text, published="2025-03-04")
    texts = [t for t, _ in found]
    assert texts.count("the prime minister") == 2  # a post in apposition is a mention of the name too
    assert {n["actor_id"] for t, n in found if t == "the prime minister"} == {"anna-lindgren"}


def test_description_apposition_wins_over_an_earlier_holder_of_the_same_noun(nlp):
    text = ("Trade Minister Olga Brandt opened the fair on Monday. Tomas Lind, the energy minister, "
            "said prices would fall.")
    found = dict(mentions(nlp, text, published="2025-03-04"))
    assert found["the energy minister"]["actor_id"] == "tomas-lind"  # not the trade minister named before


def test_description_with_no_apposition_still_names_the_earlier_holder(nlp):
    text = "Trade Minister Olga Brandt opened the fair on Monday. Later the minister said prices would fall."
    found = dict(mentions(nlp, text, published="2025-03-04"))
    assert found["the minister"]["actor_id"] == "olga-brandt"


def test_description_apposition_after_the_description(nlp):
    found = dict(mentions(nlp, "The president, Tomas Reyes Arce, vetoed the bill. Later the president "
                               "said he would not back down.", published="2024-05-01"))
    assert found["the president"]["actor_id"] == "tomas-reyes-arce"


def test_description_head_of_government_is_the_owner_of_her_cabinet(nlp):
    text = ("Ingrid Sato is facing a revolt in her cabinet over the budget. A spokesman said "
            "the prime minister would not resign.")
    found = dict(mentions(nlp, text, published="2025-06-01"))
    assert found["her cabinet"]["actor_id"] == "ingrid-sato-cabinet"
    assert found["the prime minister"]["actor_id"] == "ingrid-sato"


def test_description_no_antecedent_keeps_the_offices_table(nlp):
    found = dict(mentions(nlp, "LONDON — The prime minister said on Monday the talks would resume.",
                          published="2025-03-04"))
    assert found["The prime minister"]["actor_id"] == "keir-starmer"


def test_description_head_office_named_later_beats_the_offices_table(nlp):
    text = ("WASHINGTON — The president wants the tariff bill on his desk by Friday, a senior aide said. "
            "Lawmakers were unmoved. President Adrian Kessler met Senate leaders on Monday, and the president "
            "later said the bill would pass.")
    found = mentions(nlp, text, published="2026-03-10")
    assert [n["actor_id"] for t, n in found if t.lower() == "the president"] == ["adrian-kessler"] * 2


def test_description_head_office_named_later_of_another_country_is_no_antecedent(nlp):
    text = ("WASHINGTON — The president wants Congress to send the tariff bill to his desk by Friday, the White "
            "House said. The Senate votes on Thursday. On Monday he spoke by phone with Brazilian President Luisa "
            "Carvalho about beef exports.")
    found = dict(mentions(nlp, text, published="2026-03-10"))
    assert found["The president"]["actor_id"] != "luisa-carvalho"


def test_description_apposition_after_a_party_tag_names_the_person(nlp):
    text = ("Sen. Maria Ostrowski (R-Ohio), the chair of the Senate Banking Committee, said the bill would pass. "
            "Bankers lobbied against it for months. \"We have the votes,\" the chairwoman said on Thursday.")
    found = dict(mentions(nlp, text, published="2025-05-01"))
    assert found["the chairwoman"]["actor_id"] == "maria-ostrowski"


def test_description_apposition_the_parser_missed_after_a_party_tag(nlp):
    text = ("The vote came a day after Sen. Ellen Strand (D-Minn.), the chair of the Senate Ethics Committee, "
            "sent a letter to the Justice Department. \"We will get answers,\" the chairwoman said on Friday.")
    found = dict(mentions(nlp, text, published="2025-05-01"))
    assert found["the chairwoman"]["actor_id"] == "ellen-strand"


def test_description_subject_after_a_party_tag_is_no_apposition(nlp):
    text = "After meeting Rep. Dana Pruitt (R-Ohio), the chairman said the bill was dead. The chairman later left."
    found = mentions(nlp, text, published="2025-05-01")
    assert "dana-pruitt" not in [n["actor_id"] for t, n in found if "chairman" in t]


def test_description_the_minister_is_the_cabinet_secretary_named_before(nlp):
    text = ("Home Secretary Priya Lamb defended the asylum plan in the Commons on Wednesday. The minister said "
            "the backlog would be cleared by summer.")
    found = dict(mentions(nlp, text, published="2026-01-28"))
    assert found["The minister"]["actor_id"] == "priya-lamb"


def test_description_a_press_secretary_is_no_minister(nlp):
    text = ("Press secretary Dana Voss said the visit would go ahead. The minister said the talks had stalled.")
    found = dict(mentions(nlp, text, published="2026-01-28"))
    assert found.get("The minister", {}).get("actor_id") != "dana-voss"


def test_description_possessive_is_no_apposition(nlp):
    found = dict(mentions(nlp, "Owen Marsh, the couple's son, said the family was divided."))
    assert found.get("the couple", {}).get("actor_id") != "owen-marsh"


def test_description_president_administration_is_the_government(nlp):
    text = ("The White House defended the raids on Tuesday. President Adrian Kessler ordered them last month, "
            "and the Kessler administration says they will go on. Critics say the administration ignored Congress.")
    found = dict(mentions(nlp, text, published="2026-03-10"))
    assert found["the Kessler administration"]["actor_id"] == found["The White House"]["actor_id"] == "USAGOV"
    assert found["the administration"]["actor_id"] == "USAGOV"


def test_description_administration_after_the_named_administration(nlp):
    found = dict(mentions(nlp, "Gov. Ellen Brandt signed the order. The Brandt administration said it would "
                               "appeal, and the administration later hired outside lawyers.", published="2024-05-01"))
    assert found["the administration"]["actor_id"] == "ellen-brandt-administration"


# ------------------------------------------------------------ family words and other descriptions
def test_kin_words_name_the_relative_of_the_same_surname(nlp):
    text = ("Mark Delaney, a state representative, and Ruth Delaney, a gaming commissioner, disagree. "
            "His wife said the permit was late. Her husband called the mayor.")
    found = dict(mentions(nlp, text))
    assert found["His wife"]["actor_id"] == "ruth-delaney"
    assert found["Her husband"]["actor_id"] == "mark-delaney"


def test_kin_words_without_a_relative_in_the_article_name_an_unnamed_relative(nlp):
    found = dict(mentions(nlp, "Carl Jensen spoke first. His wife declined to comment."))
    assert found["His wife"]["actor_id"] == "carl-jensen-wife"  # a person of her own, never Carl Jensen


def test_description_country_needs_one_country_nearby(nlp):
    found = dict(mentions(nlp, "Norway rejected the report. The country has long said it would not join."))
    assert found["The country"]["actor_id"] == "NOR"
    found = dict(mentions(nlp, "Norway and Sweden met in Oslo. The country has long said it would not join."))
    assert found["The country"]["actor_id"] == "NOR"  # two nearby: the country in focus first (Oslo's)


def test_description_plural_firms_after_companies(nlp):
    found = dict(mentions(nlp, "Chinese companies were fined on Monday. The firms said they would appeal."))
    assert found["The firms"]["actor_id"] == found["Chinese companies"]["actor_id"] == "chn-bus-companies"
    assert found["The firms"]["role"] == "CHNBUS"


def test_description_based_place_is_no_actor(nlp):
    found = dict(mentions(nlp, "The newspaper Le Monde reported the talks on Monday. "
                               "The Paris-based daily said the deal was close."))
    assert "Paris" not in found
    assert found["The Paris-based daily"]["actor_id"] == "le-monde"


def test_description_copula_names_its_actor(nlp):
    found = dict(mentions(nlp, "Officials declined to name the buyer. Two people said the country was Qatar."))
    assert found["the country"]["actor_id"] == "QAT"


def test_description_administration_before_the_named_administration(nlp):
    got = dict(mentions(nlp, "Officials said the administration would veto the bill. Aides say the Kemp "
                             "administration has not decided."))
    assert got["the administration"]["actor_id"] == got["the Kemp administration"]["actor_id"] == \
        "kemp-administration"


def test_group_nouns_broad_only_with_a_modifier(nlp):
    got = dict(mentions(nlp, "Outside the courthouse, church leaders prayed while farm union members marched. "
                             "Members said nothing.", "2025-03-01"))
    assert got["church leaders"]["type"] == got["farm union members"]["type"] == "group"
    assert "Members" not in got


def test_group_nouns_economists_and_analysts(nlp):
    got = dict(mentions(nlp, "Analysts expect the central bank to hold rates, and economists polled by the "
                             "agency see inflation easing.", "2025-03-01"))
    assert got["Analysts"]["type"] == got["economists"]["type"] == "group"


def test_group_noun_of_a_named_body_is_a_group_without_the_name(nlp):
    """``Economists at Nordbank``: the group ``Economists`` and the body, as the golds split them."""
    got = dict(mentions(nlp, "Economists at Nordbank said the currency would weaken.", "2025-03-01"))
    assert got["Economists"]["actor_id"] == "economists"
    assert "Economists at Nordbank" not in got


def test_dissenters_in_a_vote_are_one_group_with_their_modified_mention(nlp):
    """``the holdouts`` after ``the nine Conservative holdouts``: one group, as the golds join them."""
    got = dict(mentions(nlp, "Of the nine Conservative holdouts, six abstained on the second reading. The whips "
                             "met several of the holdouts on Tuesday.", "2025-03-01"))
    assert got["the nine Conservative holdouts"]["actor_id"] == got["the holdouts"]["actor_id"]


@pytest.mark.parametrize("text, mention", [
    ("The regulator said ratepayers would carry the cost of the new grid.", "ratepayers"),
    ("The trade minister told exporters to expect checks at the border.", "exporters"),
    ("A ban on bottom trawling has angered fishers along the coast.", "fishers"),
    ("Retailers will have to label the cans from April, the health minister said.", "Retailers"),
    ("The tariff would hit carmakers hardest, the central bank warned.", "carmakers"),
])
def test_trade_and_public_nouns_alone_are_groups(nlp, text, mention):
    assert norms(nlp, text)[mention]["type"] == "group"


def test_importers_are_no_group_of_the_country_in_focus(nlp):
    """Near miss: importers of a country's goods are most often other states (``the biggest
    importers of Kenyan tea``), no group of traders of the country in focus."""
    got = norms(nlp, "Kenya's tea auction fell again. Pakistan and Egypt remain the biggest importers of Kenyan tea.")
    assert "importers" not in " ".join(got)


@pytest.mark.parametrize("text, mention, country", [
    ("South Sudanese refugees crossed into Uganda overnight.", "South Sudanese refugees", "SSD"),
    ("British Columbia ranchers say the drought is the worst in decades.", "British Columbia ranchers", None),
])
def test_a_title_case_name_on_a_group_noun_is_kept_whole(nlp, text, mention, country):
    """``South Sudanese``, ``Western Cape``: the whole name before the noun, and its country (no GBR
    from ``British`` in ``British Columbia``)."""
    got = norms(nlp, text)[mention]
    assert got["type"] in ("group", "people") and got.get("country") == country


def test_group_noun_opening_a_quote_is_a_group(nlp):
    got = dict(mentions(nlp, 'The senator spoke in Phoenix. "Voters here want answers," she said.', "2025-03-01"))
    assert got["Voters"]["type"] == "group"


def test_the_opposition_is_the_opposition_of_the_country_in_focus(nlp):
    got = dict(mentions(nlp, "LONDON - Britain's prime minister faced a revolt on Monday as the opposition "
                             "demanded a vote in Parliament. The opposition leader spoke later.", "2025-03-01"))
    assert got["the opposition"]["actor_id"] == "gbr-opposition"
    assert got["the opposition"]["role"] == "GBROPP"
    assert "The opposition" not in got


def test_group_noun_as_signers_of_a_document_is_no_group(nlp):
    got = dict(mentions(nlp, "A petition signed by 300 investors urged the board to resign.", "2025-03-01"))
    assert "300 investors" not in got


def test_description_far_after_two_bodies_takes_the_one_named_most(nlp):
    text = ("The Senate Finance Committee on Monday opened an inquiry into the port deal. Sen. Ruth Alder, who "
            "chairs the committee, said the deal had been rushed. Rep. Tom Vance, who sits on the House Ways "
            "and Means Committee, called the inquiry overdue. Port officials declined to comment. Dockworkers "
            "rallied outside the terminal on Tuesday. The committee will hear from the port's director next week.")
    out = mentions(nlp, text)
    finance = {n["actor_id"] for t, n in out if t == "The Senate Finance Committee"}
    assert finance and {n["actor_id"] for t, n in out if t == "The committee"} == finance


def test_description_next_to_a_body_takes_that_body(nlp):
    text = ("The Senate Finance Committee met on Monday. The House Ways and Means Committee met on Tuesday, "
            "and the committee voted to delay the bill.")
    out = mentions(nlp, text)
    ways = {n["actor_id"] for t, n in out if t.startswith("The House Ways")}
    assert {n["actor_id"] for t, n in out if t == "the committee"} == ways


def test_description_group_names_a_body_not_a_crowd(nlp):
    text = ("Several hundred protesters marched on Friday. The Northern Liberation Front claimed the attack, "
            "and the group said it would strike again.")
    out = mentions(nlp, text)
    front = {n["actor_id"] for t, n in out if "Northern Liberation Front" in t}
    assert front and {n["actor_id"] for t, n in out if t == "the group"} == front


def test_description_prime_minister_is_not_a_deputy_prime_minister(nlp):
    text = ("Deputy Prime Minister Jonas Varela said the budget would pass. The prime minister has not "
            "commented on the dispute.")
    out = mentions(nlp, text, "2024-06-01")
    varela = {n["actor_id"] for t, n in out if "Varela" in t}
    assert varela and not {n["actor_id"] for t, n in out if t == "The prime minister"} & varela


def test_governing_coalition_is_the_government_and_the_coalition_later(nlp):
    out = mentions(nlp, "ROME — Italy's governing coalition survived a confidence vote on Tuesday. The Italian "
                        "government had warned that the coalition could not pass the budget alone.", "2025-02-01")
    ids = {t: n["actor_id"] for t, n in out}
    assert ids["governing coalition"] == ids["The Italian government"] == ids["the coalition"] == "ITAGOV"


def test_informants_are_a_group_with_their_phrase(nlp):
    out = mentions(nlp, "The bank sold its stake in March, according to people familiar with the deal. Two "
                        "people briefed on the talks said the price was lower.")
    texts = {t: n for t, n in out}
    assert texts["people familiar with the deal"]["type"] == "group"
    two = texts["Two people briefed on the talks"]
    assert two["actor_id"] != texts["people familiar with the deal"]["actor_id"]


def test_informants_end_before_what_a_comma_or_relative_pronoun_adds(nlp):
    out = mentions(nlp, "The merger will be announced on Friday, said two people close to the negotiations, who "
                        "spoke on condition of anonymity. Officials with knowledge of the filing that was due "
                        "Monday declined to comment.")
    texts = [t for t, n in out if n["type"] == "group"]
    assert "two people close to the negotiations" in texts
    assert not any("anonymity" in t or "due" in t for t in texts), texts


def test_people_alone_is_no_group(nlp):
    out = mentions(nlp, "People in the town were angry about the closure, and many people left.")
    assert not any(t.lower().startswith("people") for t, _ in out)


def test_outlet_that_gives_an_interview_and_its_descriptions(nlp):
    text = ("In an interview with NRK on Monday, the minister defended the plan. The public broadcaster "
            "later reported that the cabinet would meet. According to the Bergen Tidende newspaper, the "
            "party is split. The minister, asked by the broadcaster about the split, declined to answer. "
            "Two lawmakers told the newspaper that they would vote no.")
    out = mentions(nlp, text)
    nrk = {n["actor_id"] for t, n in out if t == "NRK"}
    assert nrk and next(n for t, n in out if t == "NRK")["type"] == "media"
    assert {n["actor_id"] for t, n in out if t in ("The public broadcaster", "the broadcaster")} == nrk
    assert not {n["actor_id"] for t, n in out if t == "the newspaper"} & nrk


def test_the_city_daily_refers_back_to_the_newspaper(nlp):
    text = ("The minister told the Rome-based daily Il Messaggero Veloce that talks had stalled. Officials "
            "in Brussels declined to comment on Monday, the Rome daily reported.")
    out = mentions(nlp, text)
    paper = next(n for t, n in out if "Messaggero" in t)["actor_id"]
    assert next(n for t, n in out if t == "the Rome daily")["actor_id"] == paper


def test_former_governor_is_the_person_titled_former_governor(nlp):
    text = ("Former Gov. Ruth Kessler watched from the front row. Gov. Alan Pike did not attend. "
            "The former governor has kept a low profile since leaving office.")
    out = mentions(nlp, text)
    kessler = next(n for t, n in out if "Kessler" in t)["actor_id"]
    assert next(n for t, n in out if t == "The former governor")["actor_id"] == kessler


def test_central_bank_is_not_a_company_described(nlp):
    out = mentions(nlp, "Shares of Halvorsen Robotics Inc. fell. The decision was a matter for the cabinet, "
                        "not the central bank, the minister said.")
    company = next(n for t, n in out if "Halvorsen" in t)["actor_id"]
    assert not any(n["actor_id"] == company for t, n in out if t == "the central bank")


def test_her_aides_are_the_aides_of_the_person_named_before(nlp):
    out = mentions(nlp, "Chancellor Ingrid Falk will fly to Paris on Friday. Her aides said she would not make "
                        "concessions, and Falk's advisers declined to comment.", "2025-02-01")
    falk = next(n for t, n in out if "Falk" in t and n["type"] == "person")["actor_id"]
    aides = {n["actor_id"] for t, n in out if t in ("Her aides", "Falk's advisers")}
    assert aides == {f"{falk}-aides"}


def test_description_before_a_subject_is_no_apposition(nlp):
    text = ("Former Gov. Ruth Kessler spoke at a rally in Lansing. Asked about it after the rally, Ms. Kessler "
            "smiled. At the rally, Dana Ortiz, 66, said she would vote for her.")
    out = mentions(nlp, text)
    assert not any(t == "the rally" for t, _ in out)


def test_the_bloc_is_a_union_of_states_not_a_party(nlp):
    out = mentions(nlp, "The Christian Social Union backed the plan. The European Union said the bloc would "
                        "decide in May.", "2025-02-01")
    assert {n["actor_id"] for t, n in out if t == "the bloc"} == {"eu"}


def test_the_bloc_is_an_organization_of_states_named_after_a_party_alliance(nlp):
    # the Civic Alliance (a party) is named first; the OAS is the bloc whose assembly meets
    text = ("The opposition Civic Alliance rejected the law. The Organization of American States urged talks, "
            "and its secretary general said he would raise the matter at the bloc's assembly in June.")
    assert {n["actor_id"] for t, n in mentions(nlp, text) if t == "the bloc"} == {"oas"}


def test_the_group_is_the_named_body_among_rights_groups(nlp):
    text = ("Human rights groups, among them the Lima-based Instituto Andino de Justicia, condemned the law. "
            "The group said dozens of charities would close.")
    found = dict(mentions(nlp, text))
    assert found["The group"]["actor_id"] == found["Instituto Andino de Justicia"]["actor_id"]


def test_the_group_after_rights_groups_alone_stays_the_groups(nlp):
    # near miss: no body named among them; the plural collective is still the one antecedent
    text = "Human rights groups condemned the law on Monday. The group said dozens of charities would close."
    found = dict(mentions(nlp, text))
    assert found.get("The group", {}).get("actor_id") == found["Human rights groups"]["actor_id"]


def test_the_eu_executive_is_the_commission(nlp):
    out = mentions(nlp, "The European Commission rejected the plan. The EU executive said it would not comment.")
    assert {n["actor_id"] for t, n in out if "executive" in t} == {"european-commission"}


def test_public_groups_differ_by_their_modifiers(nlp):
    out = mentions(nlp, "The name helps her with older voters in Flint. Voters remember the crisis, and likely "
                        "primary voters agree.", "2025-02-01")
    ids = [n["actor_id"] for t, n in out if t.lower().endswith("voters")]
    assert len(ids) == 3 and len(set(ids)) == 3


def test_counted_party_members_are_a_group_not_the_party(nlp):
    """``few Republicans`` are the party's people, as the bare ``Republicans`` are; ``the four
    other Republicans`` are other people."""
    out = mentions(nlp, "She raised more than the four other Republicans in the race. Republicans hold the "
                        "Senate, and few Republicans expect to lose it.", "2025-02-01")
    ids = {t: n["actor_id"] for t, n in out}
    people = ids["Republicans"]
    assert ids["few Republicans"] == people == "usa-rep-republicans"
    assert ids["four other Republicans"] != people


def test_more_groups_of_people(nlp):
    out = mentions(nlp, "The tax would hurt pensioners and small savers, consumer advocates said, and "
                        "EU policy makers promised to protect member states.", "2025-02-01")
    texts = {t for t, n in out if n["type"] == "group"}
    assert {"pensioners", "small savers", "consumer advocates", "member states"} <= texts


def test_description_after_two_bodies_in_one_sentence_gets_no_guess(nlp):
    doc = run_with_published(nlp, "Harlow Motors Inc. and Brightmere Foods Inc. both lowered their forecasts on "
                                  "Thursday. The company blamed weaker demand.", "2025-03-01")
    doc_ids = {s.text: s._.norm["actor_id"] for s in doc.spans[GROUP_ACTORS]}
    assert doc_ids.get("The company") not in ("harlow-motors", "brightmere-foods")
@pytest.mark.parametrize("text, mention, actor_id", [
    ("TEHRAN — Iran's parliament passed the budget. Hardliners called it too soft, and reformists "
     "warned of new sanctions.", "reformists", "irn-reformists"),
    ("KHARTOUM — Sudan's army shelled the city. Rebels said they had held the bridge.", "Rebels", "sdn-rebels"),
    ("KHARTOUM — Sudan's army shelled the city, and militia commanders vowed to fight on.",
     "militia commanders", "sdn-militia-commanders"),
])
def test_political_and_armed_groups_of_the_country_in_focus(nlp, text, mention, actor_id):
    norm = norms(nlp, text)[mention]
    assert (norm["actor_id"], norm["type"]) == (actor_id, "group")


def test_group_with_its_or_their_is_a_group_with_the_pronoun(nlp):
    found = norms(nlp, "BANGKOK — Thailand's court dissolved the party on Friday. Its supporters gathered "
                       "outside the court.")
    assert found["Its supporters"]["type"] == "group"


def test_group_of_someone_named_is_no_group_of_the_country(nlp):
    found = norms(nlp, "KHARTOUM — Sudan's army said Egypt's fighters had not crossed the border.")
    assert found["fighters"]["country"] == "EGY" and found["Egypt"]["actor_id"] == "EGY"  # Egypt's, not Sudan's


def test_body_and_member_noun_is_a_group_of_the_body(nlp):
    found = norms(nlp, "GOMA — Congo's army retreated on Monday. U.N. peacekeepers said they had moved "
                       "civilians to the airport.")
    assert found["U.N. peacekeepers"]["type"] == "military"  # every gold set types peacekeepers military
    assert found["U.N. peacekeepers"]["actor_id"] != "united-nations"


@pytest.mark.parametrize("text, mention, country", [
    ("ABUJA — Nigeria's vote count ended on Sunday. Election observers said it was largely peaceful.",
     "Election observers", "NGA"),
    ("BUENOS AIRES — Argentina's Senate passed the bill, and provincial governors vowed to challenge it.",
     "provincial governors", "ARG"),
    ("BUENOS AIRES — Argentina's protests turned violent, and 15 officers were hurt.", "15 officers", "ARG"),
])
def test_more_groups_of_people_of_the_country_in_focus(nlp, text, mention, country):
    norm = norms(nlp, text)[mention]
    assert (norm["type"], norm["country"]) == ("group", country)


def test_description_two_agencies_before_it_get_no_id_from_either_resolver(nlp):
    text = ("The Environmental Protection Agency and the Federal Aviation Administration signed off on the "
            "airport's expansion. The agency said it had reviewed the noise studies.")
    out = mentions(nlp, text)
    assert not [n for t, n in out if t == "The agency"]  # the role-noun coref no longer guesses the EPA
    text = "The Environmental Protection Agency proposed the limit in May. The agency said it would respond."
    assert [n["actor_id"] for t, n in mentions(nlp, text) if t == "The agency"] == ["epa"]


def test_description_the_nearest_fitting_minister_wins(nlp):
    text = ("Finance Minister Clara Voss spoke first. Health Minister Otto Brandt, who followed her, warned of "
            "shortages. The minister said hospitals needed more funds.")
    out = mentions(nlp, text)
    brandt = {n["actor_id"] for t, n in out if t == "Health Minister Otto Brandt"}
    assert brandt and {n["actor_id"] for t, n in out if t == "The minister"} == brandt


@pytest.mark.parametrize("name", ["The United Auto Workers", "The Teamsters", "The National Federation of Teachers"])
def test_description_the_union_after_a_labour_body(nlp, name):
    out = mentions(nlp, f"{name} rejected the contract offer on Friday. The union said members would vote next week.")
    body = {n["actor_id"] for t, n in out if name.endswith(t)}
    assert body and {n["actor_id"] for t, n in out if t == "The union"} == body


def test_description_the_union_is_no_state_federation(nlp):
    out = mentions(nlp, "The Russian Federation rejected the proposal. The union said it would strike anyway.")
    assert not [n for t, n in out if t == "The union"]


def test_description_the_ministry_after_a_named_ministry(nlp):
    out = mentions(nlp, "The Ministry of Foreign Affairs summoned the ambassador on Monday. The ministry called "
                        "the remarks unacceptable.")
    body = {n["actor_id"] for t, n in out if t == "The Ministry of Foreign Affairs"}
    assert body and {n["actor_id"] for t, n in out if t == "The ministry"} == body


def test_description_the_company_after_a_name_apposed_to_a_company_noun(nlp):
    out = mentions(nlp, "Brightwater, a Denver-based company, filed for bankruptcy on Monday. The company said it "
                        "would keep its stores open.")
    assert [n["actor_id"] for t, n in out if t == "The company"] == ["brightwater"]


def test_description_possessive_company_is_a_mention_of_its_owner(nlp):
    out = mentions(nlp, "Kestrel Motors cut its forecast on Tuesday. The company's shares fell 8 percent.")
    assert [n["actor_id"] for t, n in out if t == "The company"] == ["kestrel-motors"]


def test_description_a_country_role_and_the_body_coded_with_it_are_no_rivals(nlp):
    text = ("Japan's central bank held its main rate on Thursday. Bank of Japan Governor Kenji Sato said the "
            "central bank would watch prices closely. Analysts questioned the bank's independence.")
    out = mentions(nlp, text)
    first = {n["actor_id"] for t, n in out if t == "central bank"}
    assert first and {n["actor_id"] for t, n in out if t == "the bank"} == first


def test_party_chairs_are_a_group(nlp):
    found = norms(nlp, "The governor has been calling state party chairs all week.")
    assert any(text.endswith("party chairs") and n["type"] == "group" for text, n in found.items())


def test_members_of_the_public_are_a_group_as_officials_are(nlp):
    """Issue 12: ``voters``, ``residents``, ``the crowd``, ``villagers`` become group actors."""
    found = norms(nlp, "Local residents blocked the road while officials watched, and the crowd grew. "
                       "Villagers said the water had been cut for a week.")
    assert {found[k]["type"] for k in ("Local residents", "the crowd", "officials", "Villagers")} == {"group"}


# ------------------------------------------------------------ descriptions of named people
def test_description_person_nearest_counts_surnames_found_later(nlp):
    # the nearest minister is the one named last by surname alone, not the one named last in full
    text = ("Danish Foreign Minister Karen Holm met Dutch Foreign Minister Pieter de Wit in Oslo. "
            "De Wit said little. Holm said the talks had been useful. The minister later told reporters "
            "that Denmark would not change its position.")
    found = dict(mentions(nlp, text, published="2025-04-02"))
    assert found["The minister"]["actor_id"] == "karen-holm"


def test_description_senator_names_a_state_senator(nlp):
    text = ("State Sen. Rosa Alvarado of Tucson filed the bill on Monday. Utility lobbyists met "
            "the senator twice in March, according to her calendar.")
    found = dict(mentions(nlp, text))
    assert found["the senator"]["actor_id"] == "rosa-alvarado"


@pytest.mark.parametrize("text, mention, actor_id", [
    ('"No request has reached us," said Lena Duarte, a spokeswoman for the Interior Ministry. '
     "The spokeswoman added that the ministry would review the case.", "The spokeswoman", "lena-duarte"),
    ("A lawyer for the family, Tomas Brenner, filed the motion on Friday. The lawyer argued that the "
     "city had ignored repeated warnings.", "The lawyer", "tomas-brenner"),
])
def test_description_indefinite_apposition_names_the_person_later(nlp, text, mention, actor_id):
    assert dict(mentions(nlp, text))[mention]["actor_id"] == actor_id


def test_description_two_people_of_one_apposition_noun_stay_unresolved(nlp):
    text = ("Ella Moss, a spokeswoman for Senator Jo Pike, and Ann Gray, a spokeswoman for Senator "
            "Ray Dunn, attended the briefing. The spokeswoman said the talks went well.")
    found = dict(mentions(nlp, text))
    assert found.get("The spokeswoman", {}).get("actor_id") not in ("ella-moss", "ann-gray")


def test_description_of_a_kind_of_company_needs_that_kind(nlp):
    # "the bank" is a company named or described as a bank, not the retailer named just before
    text = ("Shares in Mariner Home Group fell on Monday. A credit officer at one of its lenders said Mariner "
            "had ignored requests for documents the bank had made.")
    found = dict(mentions(nlp, text))
    assert found.get("the bank", {}).get("actor_id") != "mariner-home-group"
    text = ("Orsolya Kertesz joined Danube Crest Bank in 2019. Shares in Danube Crest Bank fell 3% on "
            "Friday, and the bank said its provisions had doubled.")
    assert dict(mentions(nlp, text))["the bank"]["actor_id"] == "danube-crest-bank"


def test_description_far_after_two_companies_takes_the_nearest_when_named_most(nlp):
    text = ("Halvard Robotics AB cut 900 jobs on Wednesday, weeks after losing a tender to Pellico Systems. "
            "Halvard Robotics AB said orders fell 30%. Chief Executive Ana Lind told analysts that "
            "the market would recover. \"We built for a boom,\" she said. Net sales fell 12% in the "
            "quarter, the company said.")
    assert dict(mentions(nlp, text))["the company"]["actor_id"] == "halvard-robotics"


@pytest.mark.parametrize("text, mention, antecedent", [
    ("The Tri-County Transit Authority raised fares in June. Riders complained for weeks, and the authority "
     "later promised a review.", "the authority", "The Tri-County Transit Authority"),
    ("The International Monetary Fund cut its growth forecast for Kenya. Its chief economist said the fund "
     "expected a rebound next year.", "the fund", "The International Monetary Fund"),
    ("Ministers met in Vienna on Monday. Brussels has pushed for a deal for months, and the bloc is now "
     "ready to offer more money.", "the bloc", "Brussels"),
])
def test_description_rows_for_authorities_funds_and_blocs(nlp, text, mention, antecedent):
    found = dict(mentions(nlp, text))
    assert found[mention]["actor_id"] == found[antecedent]["actor_id"]


def test_description_known_as_names_the_body_and_later_the_mission(nlp):
    text = ("Foreign troops have patrolled Kosovo since 1999. The force, known as the Kosovo Force, will add "
            "500 soldiers next year, and Pristina wants the mission to stay.")
    found = dict(mentions(nlp, text))
    assert found["The force"]["actor_id"] == found["the Kosovo Force"]["actor_id"] == found["the mission"]["actor_id"]


def test_description_mission_needs_a_body_called_a_mission_or_force(nlp):
    found = dict(mentions(nlp, "Hezbollah fired rockets on Monday. Israel said the mission had failed."))
    assert found.get("the mission", {}).get("actor_id") != "hezbollah"


@pytest.mark.parametrize("text", [
    "Swiss drugmaker Rhenova Pharma agreed to buy Korean battery supplier Hanbit Energy Systems. Hanbit "
    "shares rose 9%, and the Korean company said its board backed the offer.",
    "Rhenova Pharma agreed on Monday to buy Korea's Hanbit Energy Systems for $2 billion. Hanbit shares "
    "rose 9%, and the Korean company said its board backed the offer.",
])
def test_description_national_company_names_the_company_of_that_country(nlp, text):
    found = mentions(nlp, text)
    korean = next(n for t, n in found if t == "the Korean company")
    assert korean["actor_id"] == "hanbit-energy-systems"


def test_description_national_company_after_two_of_that_country_stays_generic(nlp):
    text = ("Korean battery supplier Hanbit Energy Systems and Korean chipmaker Sorim Semiconductor both raised "
            "prices. "
            "The Korean company said costs had doubled.")
    korean = next(n for t, n in mentions(nlp, text) if t == "The Korean company")
    assert korean["actor_id"] == "KORBUS"


def test_description_party_by_role_code_and_hyphenated_modifier(nlp):
    text = ("Polls show the National Rally running first in the north. Its leaders met in Lille on Sunday, and "
            "the far-right party said it would field candidates everywhere.")
    found = dict(mentions(nlp, text))
    assert found["the far-right party"]["actor_id"] == found["the National Rally"]["actor_id"]


def test_description_party_between_two_parties_stays_unresolved(nlp):
    text = "The SPD and the CDU held separate retreats on Monday. Afterwards the party said it was ready to govern."
    found = dict(mentions(nlp, text))
    assert "the party" not in found


def test_description_agency_names_a_regulator_named_a_commission(nlp):
    text = ("The Federal Trade Commission sued Pellwood Foods on Monday over its pricing. Pellwood said it "
            "would fight the case, and the agency said it expected a quick ruling.")
    found = dict(mentions(nlp, text))
    assert found["the agency"]["actor_id"] == found["The Federal Trade Commission"]["actor_id"]
    text = ("The European Commission and the European Medicines Agency reviewed the vaccine. The agency said "
            "its experts would report in May.")
    assert "The agency" not in dict(mentions(nlp, text))


def test_description_party_is_no_party_committee(nlp):
    text = ('The Republican National Committee spent $4 million on ads in Ohio. "The party needs to stop '
            'panicking," said Mark Tilden, a strategist.')
    assert "The party" not in dict(mentions(nlp, text))


def test_quantifiers_and_numbers_stay_out_of_a_group_id(nlp):
    """``Several hundred farmers``, ``About 1,200 farmers`` and ``farmers`` are one group; the span
    keeps the words that count them (``About`` too)."""
    got = norms(nlp, "MADRID (Reuters) - Several hundred farmers blocked a motorway near Zaragoza on Monday. "
                     "About 1,200 farmers joined them on Tuesday, and farmers vowed to return.")
    assert got["Several hundred farmers"]["actor_id"] == got["About 1,200 farmers"]["actor_id"] == \
        got["farmers"]["actor_id"] == "esp-farmers"


def test_quantified_party_people_are_the_partys_group(nlp):
    """``Several Republicans`` and ``many Republicans`` are one group (``usa-rep-republicans``);
    ``the two other Republicans`` are other people."""
    got = norms(nlp, "Several Republicans on the committee objected, and many Republicans stayed silent. "
                     "The two other Republicans voted yes.")
    assert got["Several Republicans"]["actor_id"] == got["many Republicans"]["actor_id"] == "usa-rep-republicans"
    assert got["two other Republicans"]["actor_id"] == "usa-rep-other-republicans"


def test_workers_at_a_named_plant_are_a_group(nlp):
    """``workers at the Toledo plant`` (a name before a common noun: a place) are a group;
    ``economists at Nordbank`` (people of a named body) are one too, without the name."""
    got = norms(nlp, "DETROIT (AP) — Nearly 2,000 workers at the Toledo plant walked out, and economists at Nordbank "
                     "expect more strikes.")
    assert got["Nearly 2,000 workers"]["actor_id"].endswith("workers")
    assert got["economists"]["actor_id"] == "economists"


def test_the_words_of_a_number_open_the_span_not_the_id(nlp):
    """``More than 300 residents``, ``at least three employees``: one group with ``residents``;
    ``one in 10 voters`` keeps ``in`` out of the span."""
    got = norms(nlp, "BOSTON (AP) — More than 300 residents packed the hall, at least three employees quit, "
                     "and residents booed. One in 10 voters backs the plan.")
    assert got["More than 300 residents"]["actor_id"] == got["residents"]["actor_id"]
    assert "at least three employees" in got
    assert not any(mention.startswith("in ") for mention in got)


def test_description_possessor_before_an_apposed_name_is_its_own_mention(nlp):
    """``The bureau's director, X,``: ``The bureau`` names the F.B.I.; X is its director later."""
    text = ("The F.B.I. opened an inquiry into the leak in March.\n\nThe bureau’s director, Helen Marsh-Oduya, "
            "told senators on Thursday that agents had traced the files. The director said she would not resign.")
    found = dict(mentions(nlp, text))
    assert found["The bureau"]["actor_id"] == found["The F.B.I."]["actor_id"]
    assert found["The director"]["actor_id"] == found["Helen Marsh-Oduya"]["actor_id"]


def test_description_apposition_with_a_named_possessor_describes_the_person(nlp):
    text = ("Dana Whitlock, Nevada’s secretary of state, said the county had certified the count on time. "
            "\"Every ballot was counted,\" the secretary said.")
    found = dict(mentions(nlp, text))
    assert found["the secretary"]["actor_id"] == found["Dana Whitlock"]["actor_id"]


def test_description_agency_far_after_two_bodies_prefers_the_one_named_an_agency(nlp):
    text = ("The F.B.I. briefed the committee in May, and the bureau later widened its inquiry. "
            "The F.B.I. declined to comment.\n\nRuth Ambler, a deputy director of the Central Intelligence "
            "Agency, testified on Tuesday. She said the review was not finished.\n\n"
            "Senator Joel Park asked whether the agency had shared its findings.")
    found = dict(mentions(nlp, text))
    assert found["the agency"]["actor_id"] == found["the Central Intelligence Agency"]["actor_id"]


def test_description_by_a_modifier_that_starts_like_a_word_of_the_name(nlp):
    text = ("The Superior Electoral Council delayed the count on Sunday. Critics say the ruling party "
            "controls the electoral body.")
    assert dict(mentions(nlp, text))["the electoral body"]["actor_id"] == "superior-electoral-council"
    text = ("Agents searched the Kansas Emergency Management Agency and the Department of Revenue. "
            "The bureau sought records from the emergency agency.")
    assert dict(mentions(nlp, text))["the emergency agency"]["actor_id"] == "kansas-emergency-management-agency"
    # two bodies the modifier fits, or no modifier at all: no antecedent
    text = "The National Elections Commission and the Electoral Tribunal met. The electoral body said nothing."
    assert "The electoral body" not in dict(mentions(nlp, text))
    text = "The National Elections Commission and the Electoral Tribunal met. The body said nothing."
    assert "The body" not in dict(mentions(nlp, text))


def test_bare_body_names_the_one_council_or_commission_just_named(nlp):
    text = ("The Independent Broadcasting Commission fined two radio stations on Monday. Its chairman, "
            "Peter Mwangi, said the body would review every licence.")
    assert dict(mentions(nlp, text))["the body"]["actor_id"] == "independent-broadcasting-commission"
    text = ("The UN Security Council met on Friday, but diplomats said the 15-member body was unlikely "
            "to adopt a resolution.")
    assert dict(mentions(nlp, text))["the 15-member body"]["actor_id"] == "un-security-council"
    # a corpse, not the council: "the body of", the object of a verb done to it, a place
    text = ("Hackney Council said on Monday that the body of a man was found in the canal. Divers "
            "recovered the body on Sunday, and neighbours left flowers near the body.")
    assert not [m for m in dict(mentions(nlp, text)) if "body" in m]
    # the body named far before, not in this sentence or the one before: none
    text = ("The Electoral Commission published the results. Turnout was low. Observers praised the count. "
            "The body said it would publish the tally sheets.")
    assert "The body" not in dict(mentions(nlp, text))


def test_description_by_a_modifier_is_no_body_whose_name_only_starts_alike(nlp):
    """Negative: ``electoral`` and Electricity share five letters but no word."""
    text = "The Electricity Supply Board raised tariffs on Monday. Critics said the electoral watchdog had not met."
    got = dict(mentions(nlp, text)).get("the electoral watchdog")
    assert got is None or got["actor_id"] != "electricity-supply-board"


def test_description_by_a_modifier_prefers_the_body_whose_name_holds_it(nlp):
    """``police`` is a word of one body's name; the row's ``name_words`` (department, police) would
    also fit the other department: the body holding the word itself is the one."""
    text = ("DETROIT — Agents of the Justice Department worked with the Detroit Police Department on the raids. "
            "Mayor Rosa Whitfield said her police department had not been told in advance.")
    got = dict(mentions(nlp, text))
    assert got["her police department"]["actor_id"] == got["the Detroit Police Department"]["actor_id"]


def test_description_centre_names_the_body_so_named(nlp):
    text = "The Hartley Foundation gave money to the Anderson Centre for Refugees. The centre said it would help."
    assert dict(mentions(nlp, text))["The centre"]["actor_id"] == "anderson-centre-for-refugees"
    text = "The Anderson Centre for Refugees sued. Police surrounded the shopping centre on Friday."
    assert "the shopping centre" not in dict(mentions(nlp, text))


def test_description_kingdom_names_the_one_monarchy_before(nlp):
    text = ("Jordan and Iraq signed a water accord in Amman on Sunday. Iraq had asked for the talks.\n\n"
            "Iraqi officials said the deal would be ratified soon. A Jordanian adviser said the kingdom "
            "wanted the pipeline finished by 2028.")
    assert dict(mentions(nlp, text))["the kingdom"]["actor_id"] == "JOR"
    text = "Spain and Morocco agreed on a ferry deal. Officials said the kingdom would pay half."
    assert "the kingdom" not in dict(mentions(nlp, text))


def test_description_country_with_no_state_near_is_the_country_in_focus(nlp):
    text = ("Paraguay's electoral tribunal began a recount on Monday. Paraguay has held free elections "
            "since 1993.\n\nThe tribunal said every challenge would be heard in public. Its president "
            "urged patience.\n\n\"They have run this country for a decade,\" a campaign adviser said.")
    assert dict(mentions(nlp, text))["this country"]["actor_id"] == "PRY"


def test_description_town_names_the_one_town_named_before(nlp):
    text = ("In Millbrook, N.Y., voters were wary of the plan. \"Nobody asked us,\" said Ann Cole, who owns "
            "a diner near the town hall. The town has 1,400 residents.")
    found = dict(mentions(nlp, text))
    assert found["The town"]["actor_id"] == found["Millbrook"]["actor_id"]
    text = "Rockets fell near the town of Marjayoun on Friday."
    assert "the town" not in dict(mentions(nlp, text))


def test_description_town_with_modifiers_is_no_town_named_before(nlp):
    text = ("In Kumasi, the second city, turnout was low. Traders in the old town said the whole city had "
            "lost power for a week, and the city promised generators.")
    found = dict(mentions(nlp, text))
    assert not {"the second city", "the old town", "the whole city"} & set(found)
    assert found["the city"]["actor_id"] == found["Kumasi"]["actor_id"]


def test_description_that_department_and_a_legislators_caucus(nlp):
    text = ("State Senator Rosa Delgado has criticized the Transportation Department for months. "
            "\"They ran that department like a club,\" she said. Delgado said her caucus would block the bill.")
    found = dict(mentions(nlp, text))
    assert found["that department"]["actor_id"] == found["the Transportation Department"]["actor_id"]
    assert found["her caucus"]["actor_id"] == found["State Senator Rosa Delgado"]["actor_id"] + "-caucus"
    assert found["her caucus"]["type"] == "group"


def test_description_militia_is_no_group_of_officials(nlp):
    text = ("Syrian officials said the convoy had been stopped at the border. Officials in Damascus denied "
            "arming the militia.")
    found = dict(mentions(nlp, text))
    assert found.get("the militia", {}).get("actor_id") != found["Syrian officials"]["actor_id"]


def test_demonstrators_and_protesters_are_one_group(nlp):
    found = norms(nlp, "Several hundred protesters blocked the bridge in Seattle on Friday. Police said the "
                       "demonstrators left by midnight, though a few protestors returned.")
    ids = {found[m]["actor_id"] for m in ("Several hundred protesters", "the demonstrators", "few protestors")}
    assert len(ids) == 1 and next(iter(ids)).endswith("protesters")


def test_legislators_and_lawmakers_are_one_group(nlp):
    """``legislators`` after ``lawmakers`` are the same members; a modifier keeps its own group."""
    found = mentions(nlp, "Kenya's parliament met on Tuesday. Lawmakers debated the finance bill for six hours. "
                          "Opposition legislators walked out, and several legislators said the tax would hurt "
                          "farmers. Opposition lawmakers plan a protest.")
    by = {text: norm["actor_id"] for text, norm in found}
    assert by["Lawmakers"] == by["several legislators"] == "ken-lawmakers"
    assert by["Opposition legislators"] == by["Opposition lawmakers"] == "ken-opposition-lawmakers"


def test_the_union_names_a_body_the_text_called_a_union(nlp):
    text = ("ROME — The CISL, Italy's second-largest union, called a rail strike for Friday. "
            "The union said 12,000 workers would stay home.")
    found = actor_norms(nlp, text)
    assert found["The union"]["actor_id"] == found["CISL"]["actor_id"]


def test_the_union_with_no_union_named_or_described_names_nobody(nlp):
    text = "Maria Conti, a union organizer, spoke outside the depot. The union said talks had failed."
    assert "The union" not in actor_norms(nlp, text)


@pytest.mark.parametrize("text, mention, actor_id", [
    ("LONDON — The lorry left the road near Leeds. Witnesses said the driver braked late.", "Witnesses",
     "gbr-witnesses"),
    ("LONDON — Ministers say about 40,000 families will lose the allowance next year.", "about 40,000 families",
     "gbr-families"),
    ("LONDON — The union said senior civil servants had been kept out of the talks.", "senior civil servants",
     "gbr-senior-civil-servants"),
    ("LONDON — The department said new claimants would be assessed under the old rules.", "new claimants",
     "gbr-new-claimants"),
    ("DENVER — Polls show independents drifting toward the challenger.", "independents", "usa-independents"),
])
def test_group_nouns_of_the_public(nlp, text, mention, actor_id):
    norm = norms(nlp, text)[mention]
    assert (norm["actor_id"], norm["type"]) == (actor_id, "group")


def test_civil_servants_need_their_modifier(nlp):
    assert not any("servants" in m for m in norms(nlp, "LONDON — The servants of the estate were dismissed."))


def test_reporters_a_speaker_addressed_at_a_place_are_a_group(nlp):
    got = norms(nlp, "WASHINGTON — Senator Dana Ruiz, speaking to reporters at the Capitol on Tuesday, "
                        "said the vote would slip. Later she told journalists at the White House that she was hopeful.")
    assert got["reporters"]["actor_id"] == "reporters"  # the press: no country from the focus (round 12)
    assert got["journalists"]["actor_id"] == "journalists"


def test_her_supporters_are_the_nearest_womans(nlp):
    got = norms(nlp, "MADISON, Wis. — Governor Ellen Marsh said on Monday she would veto the bill, a step "
                        "her supporters have urged for months.")
    assert got["her supporters"]["actor_id"] == "ellen-marsh-supporters"


def test_her_party_is_the_party_named_with_her(nlp):
    got = mentions(nlp, "BERLIN — The Greens and the Social Democrats met on Monday. The SPD's Anja Kessler, "
                        "who spoke after the Greens left, said her party wanted a vote. Greens leader Lena Roth "
                        "said the talks would go on. The Social Democrats disagreed, but Roth said her party was ready.")
    parties = [n["actor_id"] for m, n in got if m == "her party"]
    assert parties == ["spd", "alliance-90-greens"]


def test_her_party_is_the_party_of_her_party_tag_or_party_word(nlp):
    got = mentions(nlp, "WASHINGTON — Sen. Karen Holt (R-Wyo.), who has often defied her party on spending, said "
                        "she would vote no. Rep. Luis Arroyo, D-Texas, said his party would wait. Senator Paul "
                        "Ridley of Iowa, the Democratic whip, said his party would hold firm.")
    parties = [n["actor_id"] for m, n in got if m in ("her party", "his party")]
    assert parties == ["republican-party", "democratic-party", "democratic-party"]


def test_his_party_without_a_party_tag_or_party_word_is_no_guess(nlp):
    got = mentions(nlp, "WASHINGTON — Senator Paul Ridley of Iowa, a critic of the Republican leadership, "
                        "said his party would hold firm.")
    assert "his party" not in dict(got)


def test_his_party_after_a_leader_apposition_or_title_of_an_unknown_party(nlp):
    got = mentions(nlp, "Fine Gael backed the bill on Friday. Ms Keane, the Fine Gael leader, said her party "
                        "would not budge.")
    assert dict(got)["her party"]["actor_id"] == "fine-gael"
    got = mentions(nlp, "The Greens walked out on Monday. Greens leader Mara Lind said her party would vote no.")
    assert dict(got)["her party"]["actor_id"] == "greens"


def test_his_party_after_a_company_title_is_no_guess(nlp):
    got = mentions(nlp, "Lumora cut prices. Lumora chief executive Dan Vik said his party would go on.")
    assert "his party" not in dict(got)


def test_the_party_is_the_one_body_called_a_party_when_none_is_known(nlp):
    got = mentions(nlp, "Sinn Féin wants an election. Fianna Fáil TDs met on Monday. The party will vote on Tuesday.")
    assert dict(got)["The party"]["actor_id"] == "fianna-fail"


@pytest.mark.parametrize("text", [
    "The leadership of Fianna Fáil met the leadership of Sinn Féin on Monday. The party will vote on Tuesday.",
    "Lumora shareholders met on Monday. The party lasted until dawn.",
])
def test_the_party_after_two_such_bodies_or_a_company_is_no_guess(nlp, text):
    assert "The party" not in dict(mentions(nlp, text))



def test_a_bare_group_is_the_one_modified_group_named_before(nlp):
    got = mentions(nlp, "PHOENIX — Federal investigators searched the depot on Monday. The investigators took "
                        "ledgers, and three county inspectors helped. Two inspectors said little.")
    ids = dict(got)
    assert ids["The investigators"]["actor_id"] == ids["Federal investigators"]["actor_id"]
    assert ids["Two inspectors"]["actor_id"] == ids["three county inspectors"]["actor_id"]


def test_a_bare_group_after_two_modified_groups_or_a_part_stays_apart(nlp):
    ids = dict(mentions(nlp, "DENVER — Older voters favor the measure, and voters in Aurora agree. State "
                             "regulators and federal regulators disagree; regulators meet on Friday. Democratic "
                             "lawmakers walked out, and lawmakers from both parties met later."))
    assert ids["Older voters"]["actor_id"] != ids["voters"]["actor_id"]
    assert ids["regulators"]["actor_id"] not in (ids["State regulators"]["actor_id"],
                                                 ids["federal regulators"]["actor_id"])
    assert ids["lawmakers"]["actor_id"] != ids["Democratic lawmakers"]["actor_id"]


def test_people_with_an_adjective_are_a_group_counted_people_are_not(nlp):
    got = norms(nlp, "LONDON — Campaigners said the cuts would hurt disabled people most. Two people were "
                     "hurt in the crash. The scheme helps low-income families with heating bills.")
    assert got["disabled people"]["actor_id"] == "gbr-disabled-people"
    assert got["low-income families"]["actor_id"] == "gbr-low-income-families"
    assert not any(m.endswith("people") and m != "disabled people" for m in got)
    assert not any("people" in m for m in norms(nlp, "DENVER — The only people who gained said nothing."))


def test_a_description_is_not_the_subject_of_its_own_clause(nlp):
    """``The Justice Department, which oversees the department``: the department is the police
    department named before (a police force named otherwise: ``Division of Police``), not the
    subject of the verb whose object it is."""
    out = actor_mentions(nlp, "AKRON, Ohio — Mayor Dana Pruitt praised the Akron Division of Police on Monday. "
                              "The department has cut response times. The U.S. Justice Department, which "
                              "monitors the department under a consent decree, declined to comment.", "2025-03-01")
    ids = [n["actor_id"] for m, n in out if m.lower() == "the department"]
    assert ids == ["akron-division-of-police", "akron-division-of-police"]


def test_a_description_as_its_clause_subject_is_the_body_before(nlp):
    out = actor_norms(nlp, "WASHINGTON — The Justice Department said on Monday that the department would appeal.",
                      "2025-03-01")
    assert out["the department"]["actor_id"] == out["The Justice Department"]["actor_id"]


def test_the_state_far_after_the_one_state_named_is_that_state(nlp):
    """``the state`` with no state in the three sentences before: the one place ISO 3166-2 calls a
    State named anywhere before (desc-subdivision ``focus``); two states, or only a governorate
    (Beirut), no guess."""
    tail = (" The money went to 40 towns. Farmers complained about delays. Several of them sued."
            " A judge heard the case in May. The state says it followed the rules.")
    def state(text):
        return {s.text: (s._.norm or {}).get("actor_id") for s in run_with_published(nlp, text, None).spans[GROUP_ACTORS]}.get("The state")
    assert state("Officials in Oregon approved the grants last year." + tail) == "oregon"
    assert state("Officials in Oregon and Idaho approved the grants." + tail) is None
    assert state("Protesters gathered in Beirut on Monday." + tail) is None



def test_the_state_of_a_thing_is_no_state(nlp):
    text = "Officials in Oregon met on Monday. The governor said the state of the roads was a disgrace."
    spans = run_with_published(nlp, text, None).spans[GROUP_ACTORS]
    assert not any(s.text == "the state" for s in spans)
    near = "Officials in Oregon met on Monday. Later the state said it would appeal."
    assert any(s.text == "the state" and s._.norm["actor_id"] == "oregon"
               for s in run_with_published(nlp, near, None).spans[GROUP_ACTORS])


def test_group_nouns_led_by_and_work_done_by_are_groups(nlp):
    got = dict(mentions(nlp, "LIMA, Peru - The rally, led by teachers and priests, reached the square. "
                             "Repairs were done by city laborers, not the contractor.", "2025-03-01"))
    assert got["priests"]["actor_id"] == "per-priests"
    assert got["city laborers"]["type"] == "group"


def test_our_and_its_with_a_modified_group_noun(nlp):
    got = dict(mentions(nlp, "OTTAWA - \"Our members are angry,\" the union's president said. "
                             "Members of the public were angry too.", "2025-03-01"))
    assert got["Our members"]["actor_id"] == "can-members"
    assert "Members" not in got


@pytest.mark.parametrize("text, mention", [
    ("LAGOS, Nigeria - \"We will listen to the people,\" the governor said.", "the people"),
    ("LAGOS, Nigeria - He promised to bring our people home from the camps.", "our people"),
    ("LAGOS, Nigeria - The people of Kano will vote on Saturday.", "The people"),
    ("LAGOS, Nigeria - Five people were hurt in Kano. \"The people have spoken,\" the governor said.", "The people"),
])
def test_the_people_is_the_populace_of_the_country_in_focus(nlp, text, mention):
    got = dict(mentions(nlp, text, "2025-03-01"))
    assert got[mention]["actor_id"] == "nga-people"
    assert got[mention]["type"] == "people"


@pytest.mark.parametrize("text", [
    "LAGOS, Nigeria - The people who marched on Friday were tired.",
    "LAGOS, Nigeria - Three people briefed on the talks said so, and two of the people said more.",
    "LAGOS, Nigeria - The people familiar with the plan declined to comment.",
    "LAGOS, Nigeria - People briefed on the plan said it was close. The people said it could still fail.",
    "LAGOS, Nigeria - The people we met in Kano said nothing had changed.",
])
def test_some_people_are_no_populace(nlp, text):
    got = dict(mentions(nlp, text, "2025-03-01"))
    assert not any(v["actor_id"] == "nga-people" for v in got.values())


def test_marchers_are_the_protesters(nlp):
    got = dict(mentions(nlp, "SANTIAGO, Chile - Thousands of protesters blocked the avenue. Many marchers carried flags, "
                             "and riot police fired tear gas. Carabineros said the police had been attacked.", "2025-03-01"))
    assert got["the police"]["actor_id"] == "CHLCOP"
    assert got["Many marchers"]["actor_id"] == got["protesters"]["actor_id"] == "chl-protesters"
    assert got["riot police"]["actor_id"] == "chl-riot-police"
    assert got["riot police"]["role"] == "CHLCOP"


def test_his_party_is_the_party_of_his_leader_phrase(nlp):
    # actor_party_owner: a party the gazetteer does not know, named in the apposition beside him
    got = mentions(nlp, "OSLO — The Coastal League and the Farmers Union both lost seats. Lena Moss, the "
                        "Farmers Union leader, said her party would abstain. The Coastal League said it would "
                        "vote no.")
    assert [n["actor_id"] for m, n in got if m == "her party"] == ["farmers-union"]


def test_his_party_is_no_company_he_runs(nlp):
    # a near miss: a company's chief is no party leader; no apposed party, no guess from the company
    got = mentions(nlp, "OSLO — Lena Moss, the Veltrix Corp. chief, said her party was over. Veltrix Corp. "
                        "shares fell.")
    assert all(n["actor_id"] != "veltrix-corp" for m, n in got if m == "her party")


@pytest.mark.parametrize("text", [
    "Acme Corp leader John Smith said his party would continue on Friday. Acme Corp shares fell.",
    "DENVER — The Harbor Club leader, Ana Vik, said her party would arrive at noon. The Harbor Club met Monday.",
])
def test_his_party_of_a_company_or_club_leader_is_no_body(nlp, text):
    # actor_party_owner.party_evidence: companies and clubs have leaders too (non-party-heads)
    got = mentions(nlp, text)
    assert not [m for m, n in got if m in ("his party", "her party")]
    assert got, "the sentence still has its other actors"


def test_the_party_after_a_company_leadership_is_no_body(nlp):
    got = mentions(nlp, "The Acme Holdings leadership approved the merger on Monday. Staff said the party "
                        "was planned for Friday.")
    assert not [m for m, n in got if m == "the party"]


def test_description_agency_names_a_un_agency_by_its_id(nlp):
    text = ("UNICEF flew vaccines into Goma on Friday after fighting closed the road. The agency said a "
            "second flight would follow.")
    found = dict(mentions(nlp, text))
    assert found["The agency"]["actor_id"] == "unicef"
    # near miss: no agency named before, a charity is no agency
    text = ("Oxfam flew tents into Goma on Friday after fighting closed the road. The agency said a "
            "second flight would follow.")
    assert "The agency" not in dict(mentions(nlp, text))


def test_description_department_names_a_british_office(nlp):
    text = ("The Foreign Office summoned the Iranian ambassador on Tuesday. Officials said the department "
            "had raised the detention of two aid workers.")
    found = dict(mentions(nlp, text))
    assert found["the department"]["actor_id"] == found["The Foreign Office"]["actor_id"]
    # near miss: the governor's office is no department
    text = ("The governor's office released the figures on Tuesday. Officials said the department "
            "had raised the fees twice.")
    assert "the department" not in dict(mentions(nlp, text))


def test_description_party_is_the_body_called_a_partys_near_it(nlp):
    text = ("Voters backed the Unión Cívica Nacional, or UCN, in the north. The Labour Party lost two seats "
            "in the south. The count dragged on for a week. Months later, UCN lawmakers walked out of the "
            "chamber; Sen. Ana Ruiz, the party's whip, said the vote was rigged.")
    assert dict(mentions(nlp, text))["the party"]["actor_id"] == "union-civica-nacional"
    # near miss: shareholders are no party's; the party named before stays the antecedent
    text = text.replace("UCN lawmakers walked out of the chamber", "UCN shareholders walked out of the meeting")
    assert dict(mentions(nlp, text))["the party"]["actor_id"] == "labour-party"


def test_description_in_apposition_before_a_body_is_that_body(nlp):
    text = ("Inspectors raided a roofing firm in Dayton on Monday. The company, Brightline Roofing, and its "
            "owner have given money to the mayor. Prosecutors say the company billed the city twice.")
    found = dict(mentions(nlp, text))
    assert found["The company"]["actor_id"] == found["Brightline Roofing"]["actor_id"]
    # near miss: a list is no apposition
    found = dict(mentions(nlp, "The company, Vantor and Oxfam signed the deal on Monday."))
    assert found.get("The company", {}).get("actor_id") not in ("vantor", "oxfam")


def test_description_capital_is_the_one_capital_named_before(nlp):
    text = "Protesters gathered in Lima on Sunday. By Monday, thousands marched in the capital after the vote."
    assert dict(mentions(nlp, text))["the capital"]["actor_id"] == "lima"
    text = "The rebels, who hold the capital, Sanaa, attacked a tanker."
    assert dict(mentions(nlp, text))["the capital"]["actor_id"] == "sanaa"
    # near misses: a city that is no capital, two capitals, money
    for text in ("Protesters gathered in Arequipa on Sunday. By Monday, thousands marched in the capital.",
                 "Police in Lima and Quito fired tear gas. Thousands marched in the capital after the vote.",
                 "Protesters gathered in Lima on Sunday. The bank said it had raised the capital it needed."):
        assert "the capital" not in dict(mentions(nlp, text))


@pytest.mark.parametrize("text", [
    "MEXICO CITY (Reuters) - Soldiers arrested the suspect in Hermosillo, the capital of Sonora state, officials said.",
    "LIMA (Reuters) - Police blocked the roads into Puno, the capital of Puno region, on Sunday.",
])
def test_description_capital_of_a_place_named_is_none(nlp, text):
    # "X, the capital of Y": it says what X is, and names no capital of the story (the golds mark 0 of 2)
    assert "the capital" not in dict(mentions(nlp, text))


def test_description_capital_of_another_country_than_the_story_is_none(nlp):
    # a foreign bureau's dateline, or a capital of another country than the one just named: no mention
    for text in ("LONDON (Reuters) - Rebels shelled army posts in Sudan on Friday. Shops in the capital stayed "
                 "shut, witnesses said.",
                 "Police in Lima fired tear gas at students. Chile's government said on Tuesday that schools in "
                 "Chile would reopen, and traffic in the capital was calm."):
        assert "the capital" not in dict(mentions(nlp, text))
    # near misses: the dateline capital of the story's own country; a foreign dateline over the city named
    text = "NAIROBI (Reuters) - Kenyan police arrested 40 students on Friday. Shops in the capital stayed shut."
    assert dict(mentions(nlp, text))["the capital"]["actor_id"] == "nairobi"
    text = ("LONDON (Reuters) - Sudanese rebels shelled army posts in Khartoum on Friday. Shops in the capital stayed "
            "shut, witnesses said.")
    assert dict(mentions(nlp, text))["the capital"]["actor_id"] == "khartoum"


def test_description_capital_far_back_or_in_a_capitals_subhead_is_none(nlp):
    text = ("Protesters gathered in Lima on Sunday.\n\nTEAR GAS IN THE CAPITAL\n\nPolice fired tear gas. "
            "Witnesses counted a dozen arrests. Shops stayed shut. Schools closed early. Thousands marched "
            "in the capital after the vote.")
    found = dict(mentions(nlp, text))
    assert "THE CAPITAL" not in found and "the capital" not in found
    text = ("The rebels, who hold the capital, Sanaa, and the Red Sea port of Hodeidah, say the attacks "
            "will go on.")
    assert dict(mentions(nlp, text))["the capital"]["actor_id"] == "sanaa"


def test_description_capital_far_after_the_capital_of_the_story(nlp):
    filler = ("Officials said talks would continue. Analysts expect a long process. Trade rose by a third last "
              "year. Most exports go to Australia. Oil revenue funds the budget. ")
    text = ("KUALA LUMPUR, Oct 26 - Timor-Leste joined the bloc on Sunday. In Dili, thousands gathered on the "
            "seafront. " + filler + "The president declared a holiday, and schools across the capital will stay shut.")
    assert dict(mentions(nlp, text))["the capital"]["actor_id"] == "dili"
    # near miss: a capital of another country named last before it
    text = ("KUALA LUMPUR, Oct 26 - Timor-Leste joined the bloc on Sunday. In Dili, thousands gathered on the "
            "seafront. Its envoy flew on to Jakarta. " + filler + "The president declared a holiday, and schools "
            "across the capital will stay shut.")
    assert "the capital" not in dict(mentions(nlp, text))


def test_apposed_body_is_looked_up_by_start_after_many_actors(nlp):
    """_apposed_body reads the actor after the comma from an index by start (index_by_start) kept
    with the coreference order, not from a scan of every actor per description: the body in
    apposition is still found far into a text with many actors and descriptions before it."""
    from pipeline.components.actor_groups import index_by_start
    from pipeline.components.actor_model import Actor
    a, b, c = (Actor(s, s + 1, {"actor_id": k}, "ner", None, "name") for s, k in ((3, "x"), (7, "y"), (3, "z")))
    assert index_by_start([a, b, c]) == {3: [a, c], 7: [b]}
    filler = " ".join(f"On day {k}, the agency said the department had met the firm." for k in range(12))
    text = (f"The FDA and the Labor Department inspected a roofing firm in Dayton on Monday. {filler} The "
            "company, Brightline Roofing, and its owner have given money to the mayor.")
    found = dict(mentions(nlp, text))
    assert found["The company"]["actor_id"] == found["Brightline Roofing"]["actor_id"]
    # near miss: a list after the comma is no apposition, even far into the text
    found = dict(mentions(nlp, f"The FDA met the Labor Department. {filler} The company, Vantor and Oxfam signed "
                                  "the deal."))
    assert found.get("The company", {}).get("actor_id") not in ("vantor", "oxfam")


@pytest.mark.parametrize("text, mention, actor_id", [
    ("ROME (Reuters) - Patients waited six hours at the clinic.", "Patients", "patients"),
    ("ROME (Reuters) - Grain prices rose as traders bet on a poor harvest.", "traders", "traders"),
    ("ROME (Reuters) - The app went dark and users complained for days.", "users", "users"),
    ("ROME (Reuters) - Nurses walked out of two hospitals on Monday.", "Nurses", "ita-nurses"),
    ("ROME (Reuters) - The justices will hear the appeal in May.", "The justices", "ita-justices"),
])
def test_trade_and_domestic_group_nouns_make_a_group(nlp, text, mention, actor_id):
    """``trade-group-nouns`` (no country from the focus) and ``domestic-group-nouns`` (the focus's)."""
    got = norms(nlp, text)
    assert got[mention]["actor_id"] == actor_id and got[mention]["type"] == "group"


def test_a_group_noun_naming_a_body_or_a_thing_is_no_group(nlp):
    """``the drivers' union`` names a body; ``user fees``, ``patient records`` are things; but
    ``tenants' deposits`` are the tenants' own (the golds mark such owners)."""
    got = norms(nlp, "ROME (Reuters) - The drivers' union backed higher user fees, patient records were lost, "
                     "and tenants' deposits were frozen.")
    assert not any("drivers" in m or "user" in m or "patient" in m for m in got)
    assert got["tenants"]["actor_id"] == "ita-tenants"


def test_a_sector_word_and_an_institution_plural_make_a_group(nlp):
    """``institution-group-phrases``: ``school districts``, ``federal agencies`` are groups of the
    country in focus; ``three districts`` and ``election systems`` are places and things."""
    got = norms(nlp, "OTTAWA (Reuters) - The law binds federal agencies and school districts. Voting was "
                     "delayed in three districts after election systems failed.")
    assert got["federal agencies"]["actor_id"] == "can-federal-agencies"
    assert got["school districts"]["type"] == "group"
    assert not any("districts" in m and m != "school districts" or "systems" in m for m in got)


def test_millions_a_body_has_are_its_size_not_a_group(nlp):
    """``has about 30 million users``: a body's size; ``users complained`` are a group."""
    got = norms(nlp, "OSLO (Reuters) - Fjordchat, which has about 30 million users, went offline. Users complained.")
    assert not any("million" in m for m in got)
    assert got["Users"]["actor_id"] == "users"


@pytest.mark.parametrize("text, thing", [
    ("OSLO (Reuters) - Power costs were the biggest drivers of the price rise this winter.", "drivers"),
    ("OSLO (Reuters) - Analysts named two key drivers behind the slowdown.", "drivers"),
    ("OSLO (Reuters) - Shops ran out of electric fans and heaters as the cold set in.", "fans"),
    ("OSLO (Reuters) - Retailers sold more freezers and fans than in any summer before.", "fans"),
    ("OSLO (Reuters) - Copper miners slid as the metal's price fell in London.", "miners"),
    ("OSLO (Reuters) - Crypto miners moved their rigs to Iceland for cheap power.", "miners"),
])
def test_group_nouns_in_a_sense_that_is_no_people_make_no_group(nlp, text, thing):
    """``actor_group_senses.jsonl``: causes (drivers of, key drivers), appliances (electric fans,
    fans beside heaters), mining companies in market copy (copper miners slid, crypto miners)."""
    assert not any(thing in m.lower() for m in norms(nlp, text))


@pytest.mark.parametrize("text, mention", [
    ("OSLO (Reuters) - Bus drivers walked off the job in Bergen.", "Bus drivers"),
    ("OSLO (Reuters) - Drivers complained about the new tolls.", "Drivers"),
    ("OSLO (Reuters) - Hockey fans lined the streets of Trondheim.", "Hockey fans"),
    ("OSLO (Reuters) - Copper miners walked out over pay at the Arctic pit.", "Copper miners"),
])
def test_group_nouns_of_people_near_a_thing_sense_stay_groups(nlp, text, mention):
    """Near misses: a person modifier, a human verb, no appliance, no market copy."""
    assert norms(nlp, text)[mention]["type"] == "group"


@pytest.mark.parametrize("text, mention, country", [
    ("ROME (Reuters) - Albanian tenants protested outside the ministry.", "Albanian tenants", "ALB"),
    ("ROME (Reuters) - The coast guard brought 120 migrants ashore at Crotone.", "120 migrants", None),
    ("ROME (Reuters) - Settlers from Tunisia built the first houses on the island.", "Settlers", "TUN"),
    ("ROME (Reuters) - Veterans of the war in Libya marched through Turin.", "Veterans", None),
])
def test_a_groups_own_country_wins_over_the_focus(nlp, text, mention, country):
    """A demonym modifier beats the focus; foreign-group-nouns take no focus country (a from-phrase
    gives theirs); a country named only inside an of-phrase on the noun is no nationality."""
    assert norms(nlp, text)[mention]["country"] == country


@pytest.mark.parametrize("text, mention, country", [
    ("ROME (Reuters) - Tenants protested outside the ministry.", "Tenants", "ITA"),
    ("ROME (Reuters) - Returnees waited at the border for a week.", "Returnees", "ITA"),
])
def test_domestic_groups_keep_the_focus_country(nlp, text, mention, country):
    """Near misses: no demonym, a domestic noun (returnees come home), the focus stands."""
    assert norms(nlp, text)[mention]["country"] == country


def test_an_acting_or_deputy_office_is_not_the_office_holder_named(nlp):
    got = norms(nlp, "Lawmakers suspended President Lee Dong-hoon on Friday, handing his powers to the prime "
                     "minister. Protesters urged the acting president to call an election.")
    assert got.get("the acting president", {}).get("actor_id") != "lee-dong-hoon"
    got = norms(nlp, "Gov. Tom Riley met the donors on Monday. The deputy governor stayed away.")
    assert got.get("The deputy governor", {}).get("actor_id") != "tom-riley"
    near = norms(nlp, "Gov. Tom Riley met the donors on Monday. The embattled governor said he would run.")
    assert near["The embattled governor"]["actor_id"] == "tom-riley"  # a plain adjective: still him


def test_an_acting_office_named_before_is_its_holder_again(nlp):
    got = norms(nlp, "Acting Governor Dana Whitlow signed the order on Monday. The acting governor said "
                     "the roads would reopen.")
    assert got["The acting governor"]["actor_id"] == got["Governor Dana Whitlow"]["actor_id"]
    got = norms(nlp, "Priya Raman, the interim mayor, closed the pool. The interim mayor said it was unsafe.")
    assert got["The interim mayor"]["actor_id"] == "priya-raman"
    near = norms(nlp, "Mayor Priya Raman met the interim mayor on Monday. The interim mayor said it was unsafe.")
    assert near.get("The interim mayor", {}).get("actor_id") != "priya-raman"  # never introduced with the rank


def test_the_city_after_a_list_of_places_names_none_of_them(nlp):
    listed = norms(nlp, "Storms flooded basements in Brooklyn and Long Island on Monday. "
                        "The city said schools would stay open.")
    assert "The city" not in listed or listed["The city"]["actor_id"] != listed["Brooklyn"]["actor_id"]
    alone = norms(nlp, "Storms flooded basements across Hoboken on Monday. The city said schools would stay open.")
    assert alone["The city"]["actor_id"] == alone["Hoboken"]["actor_id"]


def test_the_rebels_after_a_named_movement_written_with_its_plural(nlp):
    out = actor_mentions(nlp, "ADEN — Houthi rebels fired two missiles at a tanker on Monday. The rebels said "
                              "the ship was bound for Israel.")
    ids = {t: n["actor_id"] for t, n in out}
    assert ids["The rebels"] == ids["Houthi rebels"]


@pytest.mark.parametrize("text, actor_id", [
    ("Orvik Foods cut its profit forecast on Tuesday, sending its shares down 9%. Analysts at Halden "
     "Securities said the cut was deeper than expected. They said the company's order book looked thin.",
     "orvik-foods"),
    ("Economists at Sable Bank expect two cuts this year. The bank also raised its inflation forecast.",
     "sable-bank"),
])
def test_the_company_is_not_a_broker_named_only_as_the_analysts_employer(nlp, text, actor_id):
    out = mentions(nlp, text)
    assert {n["actor_id"] for t, n in out if t.lower() in ("the company", "the bank")} == {actor_id}


def test_a_company_description_with_no_company_before_names_the_one_organisation_just_named_twice(nlp):
    text = ("The Treasury plans to absorb 9 billion dinars of Sonelgaz debt, officials said. The plan would swap "
            "part of Sonelgaz's loans for equity. The state-owned utility, which runs most power plants, declined "
            "to comment.")
    assert {n["actor_id"] for t, n in mentions(nlp, text) if t == "The state-owned utility"} == {"sonelgaz"}


def test_a_company_description_after_a_lone_campaign_group_names_none(nlp):
    text = ("Mining Watch criticised the owner of the Kopje mine on Monday. Mining Watch said workers there "
            "had not been paid since May. The company denied the claims.")
    assert not [n for t, n in mentions(nlp, text) if t == "The company" and n.get("actor_id")]


@pytest.mark.parametrize("text", [
    "Protesters from Oxfam occupied the lobby of the bank's offices on Friday. Oxfam said the lender financed "
    "deforestation. The company said it had tightened its lending rules.",
    "Volunteers from Amnesty marched to the factory gates on Sunday. Amnesty said the plant used child labour. "
    "The firm said it audited its suppliers every year.",
])
def test_a_company_description_after_a_campaign_group_that_never_acts_as_a_company_names_none(nlp, text):
    out = mentions(nlp, text)
    assert not [n for t, n in out if t in ("The company", "The firm") and n.get("actor_id")]


def test_the_company_is_not_a_broker_named_as_the_analysts_employer_and_alone_too(nlp):
    text = ("Harmony Gold posted a loss. Economists at Orlik Capital said the result was no surprise. Orlik "
            "Capital lowered its target price. The company said it would close two shafts.")
    assert "orlik-capital" not in {n.get("actor_id") for t, n in mentions(nlp, text) if t == "The company"}


def test_a_persons_team_set_off_by_a_name_is_that_body(nlp):
    found = norms(nlp, "Italian rider Paolo Marchetti lost his appeal. Marchetti's team, Solvane Racing, which dropped him in May, "
                       "said it respected the ruling.")
    assert found["Marchetti's team"]["actor_id"] == found["Solvane Racing"]["actor_id"] == "solvane-racing"


def test_a_persons_team_before_a_list_of_people_stays_a_following(nlp):
    """Near miss: names listed after the team are its members, not its name."""
    found = norms(nlp, "Senator Jane Whitfield launched her bid. Whitfield's team, Olsen, Reyes and Kim, "
                       "said it was confident.")
    assert found["team"]["actor_id"] == "jane-whitfield-campaign" and found["Whitfield"]["actor_id"] == "jane-whitfield"


@pytest.mark.parametrize("text, when", [
    ("Senator Mark Osei ended his bid. Osei's campaign, Friday, said it had paid all its staff.", "Friday"),
    ("Coach Lena Brandt was fired. Brandt's team, Sunday, said it would appoint a successor.", "Sunday"),
])
def test_near_miss_a_day_set_off_after_a_persons_campaign_is_no_body(nlp, text, when):
    """A weekday or a month between the commas says when, not the body's name."""
    assert not [t for t, n in mentions(nlp, text) if when in t]


def test_union_called_so_after_its_name_far_back(nlp):
    text = ("Dock workers in Antwerp stopped work on Tuesday after the ABVV union rejected the port's offer. "
            "Container ships queued off the coast. Terminal operators said cargo was piling up. "
            "Freight rates rose in the North Sea, where the union is strongest.")
    assert ("the union", "abvv") in [(t, n["actor_id"]) for t, n in mentions(nlp, text)]


def test_union_called_so_twice_names_none(nlp):
    text = ("Strikes spread on Tuesday as the Verdi union walked out in Hamburg. Later the EVG union joined the "
            "stoppage. Ships queued off the coast. Terminal operators said cargo was piling up. Freight rates rose "
            "where the union is strongest.")
    assert "the union" not in [t for t, _ in mentions(nlp, text)]


def test_railway_names_the_rail_operator(nlp):
    text = ("Passengers faced delays on Monday as Network Rail closed two lines for repairs. "
            "Commuter groups blamed the railway for poor planning.")
    assert ("the railway", "network-rail") in [(t, n["actor_id"]) for t, n in mentions(nlp, text)]


def test_railway_line_names_no_operator(nlp):
    text = "Network Rail said the repairs were on time. Floods damaged the railway between Exeter and Plymouth."
    assert "the railway" not in [t for t, _ in mentions(nlp, text)]


def test_service_names_the_armed_branch(nlp):
    text = ("The Army awarded the helmet contract to Corbel Industries in May. "
            "Army spokesman Tom Reed said the service would review the complaint.")
    assert ("the service", "army") in [(t, n["actor_id"]) for t, n in mentions(nlp, text)]


def test_service_held_names_no_branch(nlp):
    text = "The Navy lost two sailors in the crash. Families attended the service in Norfolk on Friday."
    assert "the service" not in [t for t, _ in mentions(nlp, text)]


def test_watchdog_after_an_audit_office(nlp):
    text = ("The National Audit Office found that the scheme had overspent by £2bn. "
            "Ministers rejected the findings, but the watchdog said its figures were sound.")
    assert ("the watchdog", "national-audit-office") in [(t, n["actor_id"]) for t, n in mentions(nlp, text)]


def test_platform_owned_by_a_pronoun_is_no_rival(nlp):
    text = ("The Kachin Independence Army has captured a border post, the ethnic armed group said on its Telegram "
            "channel. Reuters could not verify the claim. The group said its fighters had taken 40 prisoners.")
    got = [(t, n["actor_id"]) for t, n in mentions(nlp, text)]
    assert ("The group", "kachin-independence-army") in got


def test_company_is_not_the_activist_fund(nlp):
    text = ("Aldwick Pharma reported a 12% fall in annual profit on Thursday. Its shares dropped 6%.\n\n"
            "The activist fund Tamar Capital, which owns 3% of Aldwick, said the drugmaker should sell its generics "
            "arm. Tamar estimates the unit could fetch $5 billion.\n\n"
            "Chief financial officer Nadia Berg said the company expects a margin of 28% in 2026.")
    assert ("the company", "aldwick-pharma") in [(t, n["actor_id"]) for t, n in mentions(nlp, text)]


def test_company_is_the_story_company_not_a_target_named_only_in_a_quote(nlp):
    text = ("Velmar Foods on Tuesday offered $2 billion for Oslo-listed salmon farmer Kessler Havbruk. The offer is a "
            "31% premium to Kessler's closing price on Monday. Kessler shares jumped 24%.\n\n"
            "Velmar said it would fund the deal with a bond. Two bankers said the bond would price this week.\n\n"
            "\"Kessler gives us a year-round supply of fish,\" Chief Executive Ana Ruiz told analysts on a call.\n\n"
            "Ruiz said the company expected savings of $90 million a year.")
    # the target named only in the quote is no antecedent: the story's company (the subject of
    # the lede and of "Velmar said"), not Kessler's
    assert ("the company", "velmar-foods") in [(t, n["actor_id"]) for t, n in mentions(nlp, text)]


def test_company_far_after_a_bidder_is_the_story_company(nlp):
    text = ("Dorrance Group will cut 5,000 jobs in Austria and close its plant in Steyr by 2027.\n\n"
            "Dorrance reported a 40 per cent fall in quarterly profit. Chief executive Anton Berger said the cuts "
            "were painful.\n\n"
            "Dorrance rejected an offer for its bus unit from Qilin Motors Holdings last year, according to people "
            "familiar with the talks. Qilin declined to comment.\n\n"
            "Unions in Steyr called the plan a betrayal. \"There is no buyer,\" Berger said on a call.\n\n"
            "The company said talks with unions would begin next week.")
    assert ("The company", "dorrance-group") in [(t, n["actor_id"]) for t, n in mentions(nlp, text)]


def test_company_far_after_two_companies_named_alike_is_no_guess(nlp):
    text = ("Dorrance Group and Qilin Motors Holdings reported lower profits on Monday. Dorrance said demand was "
            "weak. Qilin said prices had fallen.\n\n"
            "Unions in Steyr called the results a warning. Analysts expect more cuts this year.\n\n"
            "The company said talks with unions would begin next week.")
    assert "The company" not in [t for t, _ in mentions(nlp, text)]


def test_company_in_the_words_of_another_company_chief_is_not_the_story_company(nlp):
    text = ("Tsuru Gas Corp. agreed on Tuesday to buy a 20% stake in the Coral LNG project. Tsuru Gas said the deal "
            "would secure supply. Tsuru Gas will pay in cash.\n\n"
            "The stake is being sold by Westralis Energy Ltd., which owns the rest. Shares in Westralis rose 5%.\n\n"
            "Gas prices in Asia have fallen this year. Buyers expect more supply in 2027.\n\n"
            "Westralis Chief Executive Officer Duncan Mearns told the Financial Times in June that the company "
            "wanted an investor from the buyer side.")
    assert "the company" not in [t for t, _ in mentions(nlp, text)]


def test_contested_company_is_the_subject_of_its_own_sentence(nlp):
    text = ("Shares in Kessler Havbruk ASA rose on Monday. Velmar Foods Inc. will close two plants after buying "
            "Kessler Havbruk ASA, the company said on Monday.")
    assert ("the company", "velmar-foods") in [(t, n["actor_id"]) for t, n in mentions(nlp, text)]


def test_group_of_the_brief_in_a_roundup(nlp):
    text = ("Floods close Danube ports\n\nVIENNA (Reuters) - The Danube Commission closed three ports on Monday. "
            "The Danube Commission said water levels were the highest since 2013.\n\n"
            "The Danube Commission expects to reopen the ports on Friday.\n\n(Reporting by Eva Gruber)\n\n"
            "Rebels seize town in Sudan\n\nKHARTOUM (Reuters) - The Southern Resistance Brigades have taken the town of "
            "Tawila, the armed group said on Tuesday on its Telegram channel. Reuters could not verify the claim. "
            "The group said its fighters had detained 30 soldiers.")
    got = [(t, n["actor_id"]) for t, n in mentions(nlp, text)]
    assert ("The group", "southern-resistance-brigades") in got


@pytest.mark.parametrize("text", [
    "A clip shared on a Telegram channel showed smoke over the depot. \"The depot is on fire,\" the channel wrote.",
    "A clip shared on the Telegram channel showed smoke over the depot. \"The depot is on fire,\" the channel wrote.",
])
def test_near_miss_a_platform_before_channel_is_not_called_the_channel(nlp, text):
    """A channel on Telegram is not Telegram: the platform's name is no union-like "the GDL union"."""
    assert ("the channel", "telegram") not in [(t, n["actor_id"]) for t, n in mentions(nlp, text)]


def test_company_is_not_the_broker_of_an_analyst_named_with_of(nlp):
    text = ("Ridgeway Foods Inc said on Monday it had agreed to buy two Spanish bakeries for $2 billion.\n\n"
            "\"We believe Ridgeway is overpaying,\" said analyst Maria Lunde of Vltava Securities. She said the company "
            "would struggle to run the plants at a profit.")
    assert ("the company", "ridgeway-foods") in [(t, n["actor_id"]) for t, n in mentions(nlp, text)]


def test_company_is_not_the_rating_agency_that_rated_it(nlp):
    text = ("Corvane Energy Ltd. raised $500 million from a sale of notes on Tuesday.\n\n"
            "Fitch Ratings affirmed the company's BBB- rating on Monday, citing lower leverage. Moody's affirmed its "
            "Baa3 rating.\n\nThe company also said its board had approved a share buyback.")
    got = [(t, n["actor_id"]) for t, n in mentions(nlp, text)]
    assert ("the company", "corvane-energy") in got  # the owner of the rated object is not the rater
    assert ("The company", "corvane-energy") in got  # the rating agency, subject before, is no company of the story


def test_company_named_only_in_a_quote_is_a_rival_that_blocks_a_guess(nlp):
    text = ("Ridgeway Foods Inc said on Monday it had agreed to buy two Spanish bakeries for $2 billion.\n\n"
            "\"We believe Ridgeway is overpaying,\" said portfolio manager Maria Lunde of Vltava Securities. She said "
            "the company would struggle to run the plants at a profit.")
    # neither the broker nor a guess: the quoted Ridgeway blocks one
    assert "the company" not in [t for t, _ in mentions(nlp, text)]


def test_a_group_owned_by_a_pronoun_is_no_bare_repeat_of_the_modified_group(nlp):
    # possessive-pronouns (rule data): "their aides" are the senators' own, not the congressional aides
    text = "Congressional aides said the bill was dead. The senators and their aides left the building at noon."
    norms = actor_norms(nlp, text)
    assert norms["their aides"]["actor_id"] != norms["Congressional aides"]["actor_id"]
    bare = actor_norms(nlp, "Congressional aides said the bill was dead. The aides left the building at noon.")
    assert bare["The aides"]["actor_id"] == bare["Congressional aides"]["actor_id"]


def test_a_persons_supporters_after_a_possessive_leave_the_person_a_mention(nlp):
    found = norms(nlp, "Maya Lund, the opposition leader, was arrested on Friday. Lund's supporters marched to "
                       "the court on Saturday.")
    assert found["Lund"]["actor_id"] == found["Maya Lund"]["actor_id"] == "maya-lund"
    assert found["supporters"]["type"] == "group" and "Lund's supporters" not in found


def test_a_persons_named_campaign_without_a_possessive_is_one_mention(nlp):
    """Near miss: ``the Lund campaign`` has no possessive: one mention, of the campaign."""
    found = norms(nlp, "Maya Lund entered the race in May. The Lund campaign said it had raised $2 million.")
    assert found["The Lund campaign"]["actor_id"] == "maya-lund-campaign"


@pytest.mark.parametrize("text, mention, antecedent", [
    ("Torvane Minerals Ltd. sold $400 million of notes on Friday, a month after a short seller attacked its "
     "accounts.\n\nHalberd Analytics LLC, a Boston-based short seller, said in March that the miner had inflated "
     "its reserves. The group rejected the claims as baseless.", "The group", "torvane-minerals"),
    ("Brennholt Tools AG reported a fall in annual profit on Tuesday, and its shares dropped 5%. Corvane Capital, "
     "the London-based fund that owns 4% of Brennholt, wants the garden arm sold. Chief financial officer Lena Graf "
     "said the group expects sales to recover in 2026.", "the group", "brennholt-tools"),
])
def test_group_is_not_a_fund_or_short_seller_named_nearer(nlp, text, mention, antecedent):
    """``the group`` (a row with ``except_words``): a body the text called a fund or a short seller is
    an investor in the story's group, not the group."""
    got = [(t, n["actor_id"]) for t, n in mentions(nlp, text)]
    assert (mention, antecedent) in got


@pytest.mark.parametrize("text, mention, antecedent", [
    ("The Coastal Wetlands Fund said on Monday the new levy would halve dredging in the estuary. The group said "
     "it would ask the courts to block it.", "The group", "coastal-wetlands-fund"),
    ("Shares in Harrowgate Fund Management fell 6 percent on Thursday after clients withdrew money. The group said "
     "withdrawals had eased since March.", "The group", "harrowgate-fund-management"),
])
def test_a_body_whose_own_name_holds_fund_is_still_the_group(nlp, text, mention, antecedent):
    """``except_described`` counts only what the text called a body (``a London-based fund``), never
    the words of its own name: a charity or a fund manager named ``… Fund`` is ``the group``."""
    got = [(t, n["actor_id"]) for t, n in mentions(nlp, text)]
    assert (mention, antecedent) in got


def test_a_hedge_fund_named_nearer_is_still_not_the_company(nlp):
    """Near miss: a body described as ``a hedge fund`` (two words ending in ``fund``) stays out."""
    text = ("Shares in Kellmore Foods fell 8 percent on Monday. Ashgrove Capital, a Dublin-based hedge fund, said it "
            "had built a stake in the grocer. The company said it welcomed all investors.")
    assert ("The company", "kellmore-foods") in [(t, n["actor_id"]) for t, n in mentions(nlp, text)]


@pytest.mark.parametrize("text, mention, antecedent", [
    ("Carlyle Group said on Tuesday it would keep its stake in the chipmaker while Bain Capital completes its "
     "review of the business. The group said the review would take three months.", "The group", "carlyle-group"),
    ("The Merrow Group said on Monday it had bought a 5 percent stake in the retailer, while Dunmore Partners sold "
     "its holding. The group said it saw value in the shares.", "The group", "merrow-group"),
    ("The Kachin Independence Army said on Sunday it had seized a border post, while the Arakan Army attacked a "
     "base in Rakhine state. The group said it would keep fighting.", "The group", "kachin-independence-army"),
])
def test_a_while_clause_that_reports_nothing_leaves_the_main_subject(nlp, text, mention, antecedent):
    """A ``while`` clause counts as a second subject only after a comma and reporting a clause of its
    own; a time clause or another act leaves the main subject carried, and a body whose name holds
    the description's noun (Carlyle Group for ``the group``) is chosen when it is the only one."""
    got = [(t, n["actor_id"]) for t, n in mentions(nlp, text)]
    assert (mention, antecedent) in got


def test_council_after_two_councils_set_against_each_other_is_no_guess(nlp):
    text = ("The Regional Ferry Operators Council said in its letter that the fees were fair, while the Lower "
            "Darrow Shire Council wrote that its grant had been cut without notice. The council argued that "
            "six other towns were paid first.")
    assert "The council" not in [t for t, _ in mentions(nlp, text)]


def test_the_province_keeps_a_capital_seat_the_state_does_not(nlp):
    """A capital named as its metonym is passed over only for ``the state`` (``Texas … Washington
    … the state``: Texas); ``the province`` after Buenos Aires may be that province, so the
    capital stays a candidate (with no other province named, it is the one)."""
    province = norms(nlp, "Córdoba's governor flew to Buenos Aires on Monday to ask for emergency funds. Officials "
                          "there promised an answer within a week. Talks dragged on through the winter. Unions "
                          "threatened a strike. Teachers walked out twice. By September the province had run out of "
                          "cash for salaries.")
    assert province["the province"]["actor_id"] == "buenos-aires"
    state = norms(nlp, "Texas sued again, and its attorney general flew to Washington on Monday to press the case. "
                       "Federal officials there promised an answer within a week. Talks dragged on through the "
                       "winter. Ranchers complained. Prices rose. By September the state had spent $40 million.")
    assert state["the state"]["actor_id"] == "texas"


def test_the_yard_names_the_shipyard_company(nlp):
    text = ("The two ferries were ordered in 2018 from Clydeport Marine Ltd, which is owned by the state. "
            "Transport minister Anna Holt told MSPs the yard had missed every deadline.")
    assert ("the yard", "clydeport-marine") in [(t, n["actor_id"]) for t, n in mentions(nlp, text)]


def test_the_shipyard_names_a_shipbuilder(nlp):
    text = "The navy awarded the contract to Harland Shipbuilding Group on Monday. The shipyard said it would hire."
    assert ("The shipyard", "harland-shipbuilding-group") in [(t, n["actor_id"]) for t, n in mentions(nlp, text)]


def test_a_yard_searched_or_behind_a_house_is_no_shipyard(nlp):
    text = ("Harland Shipbuilding Group lost the contract. Police searched the yard on Tuesday. "
            "Neighbours said the fire began in the yard behind the school.")
    found = [t for t, n in mentions(nlp, text)]
    assert "Harland Shipbuilding Group" in found and "the yard" not in found


def test_the_yard_after_a_bank_alone_is_none(nlp):
    found = [t for t, n in mentions(nlp, "Kestrel Bank reported losses on Monday. The yard was flooded.")]
    assert "Kestrel Bank" in found and "The yard" not in found


@pytest.mark.parametrize("text, mention, actor_id", [
    # a rank word keeps the office apart: the vice-president is the one named Vice-President (hyphen read)
    ("Vice-President Ana Torres and President Luis Mora met in Quito. The vice-president said the deal was close.",
     "The vice-president", "ana-torres"),
    ("President Luis Mora met unions in Quito on Friday. The vice-president said the deal was close.",
     "The vice-president", None),
    ("President Luis Mora met unions in Quito on Friday. The deputy minister said the deal was close.",
     "The deputy minister", None),
])
def test_a_rank_word_keeps_the_office_apart(nlp, text, mention, actor_id):
    """Round 31 (description-ranks): ``the vice-president`` is never President X by dropping
    ``vice``; only a person named or apposed with the same rank and office, else no guess."""
    assert (actor_norms(nlp, text).get(mention) or {}).get("actor_id") == actor_id


CALLED_SO = [
    # the reviewer's case: an acronym apposed to "the U.N. mission", a "force" named before it
    ("Iraq's Quds Force sent advisers on Monday. UNAMI, the U.N. mission in Iraq, urged the parties to respect "
     "the constitutional timeline. \"Iraqis voted a month ago,\" Ingrid Solberg-Haug, the head of the mission, "
     "told the Security Council. The mission is due to close in December.", "The mission", "unami"),
    ("Rwanda's Defence Force moved troops to the border on Monday. MONUSCO, the U.N. peacekeeping mission in "
     "Congo, urged both sides to hold back. Aid groups said roads were closed. \"We need access,\" a doctor "
     "said. The mission said on Friday that it had sent patrols.", "The mission", "monusco"),
    # no acronym: a name the model may call a place, and a company-shaped name
    ("Rwanda's Defence Force moved troops to the border on Monday. Kivara, the U.N. mission in Qurum, urged "
     "both sides to hold back. Aid groups said roads were closed. \"We need access,\" a doctor said. The "
     "mission said on Friday that it had sent patrols.", "The mission", "kivara"),
    ("Kenya's Rapid Deployment Force moved troops to the border on Monday. Solvara Group, the EU monitoring "
     "mission, urged both sides to hold back. Aid groups said roads were closed. \"We need access,\" a doctor "
     "said. The mission said on Friday that it had sent patrols.", "The mission", "solvara-group"),
]


@pytest.mark.parametrize("text, mention, actor_id", CALLED_SO)
def test_a_body_called_so_in_apposition_is_named_so(nlp, text, mention, actor_id):
    """Round 31 (fixunami31): a body the text called a ``mission`` in apposition after its name
    (``UNAMI, the U.N. mission in Iraq,``) is named so, as a name holding the noun is: ``the
    mission`` far after it is that body, not a ``force`` the description also fits; whether the name
    is an acronym, a name the model tagged a place or an organisation."""
    assert (actor_norms(nlp, text).get(mention) or {}).get("actor_id") == actor_id


def test_two_bodies_called_so_in_apposition_leave_the_description_unresolved(nlp):
    """Two missions each named with an apposed ``mission``: ``The mission`` far after both is no guess."""
    text = ("MONUSCO, the U.N. peacekeeping mission in Congo, urged both sides to hold back. EUSEC, the EU "
            "advisory mission, backed the call. Aid groups said roads were closed. \"We need access,\" a doctor "
            "said. The mission said on Friday that it had sent patrols.")
    assert "The mission" not in actor_norms(nlp, text)


@pytest.mark.parametrize("text", [
    "LISBON (Reuters) - The interim premier has limited powers under the constitution.",
    "LISBON (Reuters) - Parliament gave the cabinet sweeping emergency powers to ration fuel.",
    "ROME (Reuters) - The court curbed the mayor's powers to close schools.",
    # a possessive pronoun right before it (round 43)
    'MADRID (Reuters) - "The senate acted within its powers," the judge said.',
])
def test_powers_as_authority_make_no_group(nlp, text):
    """``actor_group_senses.jsonl`` ``sense-powers``: a word of extent or kind before ``powers`` or
    ``to`` after it is authority, no states."""
    assert not any("powers" in m.lower() for m in norms(nlp, text))


@pytest.mark.parametrize("text, mention", [
    ("LISBON (Reuters) - Foreign powers urged calm after the vote.", "Foreign powers"),
    ("ROME (Reuters) - Western powers were wary of the new government.", "Western powers"),
])
def test_powers_named_by_standing_or_place_stay_groups(nlp, text, mention):
    """Near misses: ``foreign``, ``Western`` keep the states whatever else."""
    assert mention in norms(nlp, text)


def test_description_emir_is_the_person_named_so_not_a_sheikh_with_another_office(nlp):
    text = ("DOHA, March 2 - Qatar's emir, Sheikh Hamad bin Nasser al-Thani, named a new government on Sunday. "
            "Crown Prince Sheikh Fahad al-Thani will chair a review panel. Prime Minister Sheikh Mansour al-Attiyah "
            "said his government would act fast. Critics of the emir were silent. Analysts said the crown prince "
            "was gaining power.")
    found = dict(mentions(nlp, text, published="2025-03-02"))
    assert found["the emir"]["actor_id"] == "hamad-bin-nasser-al-thani"
    assert found["the crown prince"]["actor_id"] == "fahad-al-thani"


def test_description_emir_still_names_the_one_sheikh_before(nlp):
    text = ("MANAMA — Sheikh Salman bin Rashid opened the session on Monday. Later the emir said the budget "
            "would pass.")
    found = dict(mentions(nlp, text, published="2025-03-02"))
    assert found["the emir"]["actor_id"] == "salman-bin-rashid"  # no one named so: the honorific's nouns hold


def test_description_emir_is_no_sheikh_titled_with_another_office(nlp):
    # a Sheikh fitting "the emir" only through the honorific, and titled prime minister: no link
    text = ("MANAMA — Prime Minister Sheikh Khalid bin Saud toured the port on Tuesday. The emir was in London, "
            "officials said.")
    found = dict(mentions(nlp, text, published="2025-03-02"))
    assert found.get("The emir", {}).get("actor_id") != "khalid-bin-saud"
    # near miss: a Sheikh with no other title is still the emir
    text = "MANAMA — Sheikh Khalid bin Saud toured the port on Tuesday. The emir was pleased, officials said."
    assert dict(mentions(nlp, text, published="2025-03-02"))["The emir"]["actor_id"] == "khalid-bin-saud"


_DEPARTMENTS = ("The Transportation Department issued new rules in May, and the Transportation Department fined the "
                "airline. The Justice Department sued the airline in March. Shares fell on Monday. Analysts were "
                "cautious. ")


def test_description_department_is_not_a_far_body_when_the_speaker_holds_one(nlp):
    # the speaker's own mention holds a body called so: the far, more-named one is not it
    found = dict(mentions(nlp, _DEPARTMENTS + "A Justice Department spokesman said the department was reviewing "
                          "the case.", published="2025-03-02"))
    assert found["the department"]["actor_id"] != "us-transportation-department"


def test_description_department_after_a_plain_spokesman_keeps_the_description_pass(nlp):
    found = dict(mentions(nlp, _DEPARTMENTS + "A department spokesman said the department was reviewing the case.",
                          published="2025-03-02"))
    assert found["the department"]["actor_id"] == "us-transportation-department"


@pytest.mark.parametrize("text, mention", [
    ("PORT-AU-PRINCE — The mayor said armed gangs had seized two more districts overnight.", "armed gangs"),
    ("GUATEMALA CITY — Police said gunmen opened fire on a bus near the border.", "gunmen"),
    ("RIGA — The minister said the smugglers paid couriers in cash.", "the smugglers"),
    ("NAIROBI — The president said criminals had hijacked the protests.", "criminals"),
])
def test_group_nouns_people_outside_the_law(nlp, text, mention):
    assert norms(nlp, text)[mention]["type"] == "group"


def test_group_nouns_outside_the_law_not_their_other_forms(nlp):
    """``gang violence``, ``smuggling routes``: no plural noun of people, no group."""
    got = norms(nlp, "MANILA — The mayor said gang violence and smuggling routes worried residents.")
    assert not any("gang" in m or "smuggl" in m for m in got)


def test_describe_chief_minister_titled_holder(nlp):
    """``Chief Minister X`` is a title of its own (``title-chief-minister``): a later ``the chief
    minister`` names X, not an unnamed office holder; a plain ``the minister`` after another titled
    minister is that one, and ``a former chief minister`` is someone else."""
    out = actor_norms(nlp, "The budget of Chief Minister Arvind Patil's government was passed. "
                     "Patil thanked the house. Later the chief minister said the deficit would fall.")
    assert out["the chief minister"]["actor_id"] == "arvind-patil"
    other = actor_norms(nlp, "Chief Minister Arvind Patil met Finance Minister Ravi Sen on Monday. "
                             "Later the minister said the deficit would fall.")
    assert other["the minister"]["actor_id"] == other["Finance Minister Ravi Sen"]["actor_id"] != "arvind-patil"
    former = actor_norms(nlp, "Chief Minister Arvind Patil opened the session. "
                              "Later a former chief minister said the deficit would fall.")
    assert former["a former chief minister"]["actor_id"] != "arvind-patil"


@pytest.mark.parametrize("text, mention, country", [
    ("LIMA — Politicians in the capital said the plan would fail.", "Politicians", "PER"),
    ("LIMA — The president met the bishops on Friday to discuss the reform.", "the bishops", "PER"),
    ("LIMA — The generals refused to hand over the barracks, the minister said.", "The generals", "PER"),
    ("LIMA — The electoral body said its five commissioners would meet on Monday.", "its five commissioners", "PER"),
    ("LIMA — The mayor faces two minor challengers in the runoff.", "two minor challengers", "PER"),
    ("LIMA — Chilean celebrities backed the boycott, the ministry said.", "Chilean celebrities", "CHL"),
    ("LIMA — The union said employers had refused to raise wages.", "employers", "PER"),
    ("LIMA — Police said nine suspects were held after the raid.", "nine suspects", "PER"),
    ("LIMA — The mayor said taxi owners had accepted the new fares.", "taxi owners", "PER"),
])
def test_group_nouns_round_38_heads(nlp, text, mention, country):
    """Heads the golds mark wherever they stand (round 38): a group of the country in focus, or of
    the demonym before it."""
    norm = norms(nlp, text)[mention]
    assert (norm["type"], norm["country"]) == ("group", country)


@pytest.mark.parametrize("text, mention", [
    ("MINSK — Security officers detained 11 clergymen after the Sunday service.", "11 clergymen"),
    ("MINSK — The ministry said the clergymen would be questioned on Monday.", "the clergymen"),
    ("MINSK — Senior clerics urged the government to free the prisoners.", "Senior clerics"),
    ("MINSK — At least 40 seminarians have been expelled since 2022, the council said.", "At least 40 seminarians"),
])
def test_group_nouns_clergy_of_round_42(nlp, text, mention):
    """Clergy by another plural than ``priests`` or ``bishops`` (round 42: ``13 clergymen``, ``the
    clergymen`` 3 of 3, ``seminarians`` 1 of 1 in the actor golds): a group of the country in focus."""
    norm = norms(nlp, text)[mention]
    assert (norm["type"], norm["country"]) == ("group", "BLR")


def test_group_nouns_exiles_take_no_country_from_the_focus(nlp):
    """``exiles``, ``deportees`` live in another country than their own: none from the focus, a
    demonym's when one is there."""
    got = norms(nlp, "LIMA — The minister said the deportees would be housed near the airport. "
                     "Venezuelan exiles marched on Sunday.")
    assert got["the deportees"]["country"] is None
    assert got["Venezuelan exiles"]["country"] == "VEN"


def test_group_nouns_sponsor_hyphen_is_no_country(nlp):
    """``Peruvian-trained pilots`` of another country's air force are not Peru's people: the focus
    gives the country, not the trainer; ``Peruvian pilots`` are Peru's."""
    got = norms(nlp, "QUITO — Ecuador's air force, which flies the jets with Peruvian-trained pilots, said "
                     "the deal was fair. Peruvian pilots said so too.")
    assert got["Peruvian-trained pilots"]["country"] == "ECU"
    assert got["Peruvian pilots"]["country"] == "PER"


def test_group_nouns_people_naming_a_body_are_no_group(nlp):
    """``the bishops' conference``, ``the Chilean bishops' conference``: a body the people name, no
    group of bishops (negative); ``owners`` alone is too broad (``the owners of the building``)."""
    got = norms(nlp, "LIMA — The bishops' conference said the Chilean bishops' conference agreed. "
                     "The owners of the building refused to comment.")
    assert not any("bishops" in m and "conference" not in m for m in got)
    assert "The owners" not in got


@pytest.mark.parametrize("text, mention, actor_id", [
    ("Constitutional experts warned that the decree could be struck down within weeks.", "Constitutional experts",
     "constitutional-experts"),
    ("The ruling, which election experts had predicted, leaves the count in limbo.", "election experts",
     "election-experts"),
])
def test_experts_with_a_modifier_are_a_group(nlp, text, mention, actor_id):
    norm = norms(nlp, text)[mention]
    assert (norm["actor_id"], norm["type"]) == (actor_id, "group")


def test_experts_alone_are_no_group(nlp):
    """Near miss: ``a government of experts`` names no group of people acting in the story."""
    got = norms(nlp, "The president may appoint a government of experts or call new elections.")
    assert not any(t.endswith("experts") for t in got)


def test_the_company_after_another_company_named_in_its_paragraph_is_not_the_storys(nlp):
    """The story's company (subject of most clauses) is no sure guess when another company is named in
    the description's own paragraph (``Separately, Kentmoor … The company said``): not the story's."""
    out = dict(mentions(nlp, "Dorvale Foods cut its forecast on Tuesday. Dorvale Foods said demand had slowed. "
                             "Dorvale Foods also named a new finance chief.\n\n"
                             "Separately, Kentmoor Plastics, a packaging supplier based in Ohio, employs 4,000 "
                             "people. Last year it opened a plant in Texas. The company said it would hire 500 "
                             "more workers."))
    assert "The company" not in out  # contested: no guess, neither the story's nor the paragraph's


NIAMEY = "NIAMEY (Reuters) - Niger's junta extended a curfew in the Tillaberi region on Friday. "


@pytest.mark.parametrize("sentence, mention", [
    ("Four soldiers were wounded when a mine hit their convoy, the defence ministry said.", "Four soldiers"),
    ("Gunmen on motorbikes attacked an outpost near Ayorou, killing 12 soldiers.", "12 soldiers"),
    ("The army said more than 300 soldiers had been sent to the border town.", "more than 300 soldiers"),
])
def test_counted_soldiers_are_a_group_of_the_country_in_focus(nlp, sentence, mention):
    norm = dict(mentions(nlp, NIAMEY + sentence))[mention]
    assert (norm["actor_id"], norm["type"], norm["country"]) == ("ner-soldiers", "group", "NER")


@pytest.mark.parametrize("sentence, words", [
    ("The 12 soldiers were buried in Niamey on Sunday.", "The 12 soldiers"),  # the soldiers: other rules
    ("France, which keeps about 300 soldiers in Chad, declined to comment.", "about 300 soldiers"),  # France's forces
])
def test_counted_soldiers_someone_else_names(nlp, sentence, words):
    got = dict(mentions(nlp, NIAMEY + sentence))
    assert got.get(words, {}).get("actor_id") != "ner-soldiers"


def test_counted_soldiers_are_not_the_national_soldiers_named_before(nlp):
    text = (NIAMEY + "Chadian soldiers patrol the border under a 2023 pact. "
            "Gunmen attacked an outpost near Ayorou on Thursday, killing 12 soldiers.")
    got = dict(mentions(nlp, text))
    assert got["12 soldiers"]["actor_id"] == "ner-soldiers" != got["Chadian soldiers"]["actor_id"]


@pytest.mark.parametrize("text, mention, actor_id", [
    ("Equinor agreed on Tuesday to sell its stake in the Rosebank field to a British buyer. The Norwegian company "
     "said the sale would close in the third quarter.", "The Norwegian company", "equinor"),
    ("Equinor and SNCF signed the supply contract in Paris. The French company said the first deliveries would "
     "arrive in May.", "The French company", "sncf"),
])
def test_national_company_names_the_gazetteer_company_of_its_country(nlp, text, mention, actor_id):
    assert norms(nlp, text)[mention]["actor_id"] == actor_id


@pytest.mark.parametrize("text, mention", [
    ("Gazprom said it had halted deliveries. The French company said it had found other suppliers.",
     "The French company"),  # no French company named
    ("Equinor outbid Norway's Aker BP for the licence. The Norwegian company said it expected a decision by June.",
     "The Norwegian company"),  # two Norwegian companies
    ("Equinor and Rosneft bid for the licence. A Norwegian company had won the last round.", "Norwegian company"),
])
def test_national_company_without_one_company_of_its_country_stays_a_role(nlp, text, mention):
    assert norms(nlp, text)[mention]["via"] == "role_phrase"


def test_national_company_plural_is_no_company(nlp):
    found = norms(nlp, "Equinor bid for the licence. Norwegian firms have long dominated the field.")
    assert found["Norwegian firms"]["actor_id"] != "equinor"
