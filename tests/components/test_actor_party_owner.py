"""actor_party_owner.recent_party: ``the party`` / ``his party`` as the party named last, shown a
party by the text, and no guess past a rival or a body that may be the party."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def parties(nlp, text: str) -> list[str]:
    return [n["actor_id"] for m, n in actor_mentions(nlp, text) if m.lower() in ("the party", "his party", "her party")]


def owned_parties(nlp, text: str) -> list[str]:
    """The ids of ``his party`` / ``her party`` alone (an apposed ``the party`` names the body before it)."""
    return [n["actor_id"] for m, n in actor_mentions(nlp, text) if m.lower() in ("his party", "her party")]


def test_his_party_is_the_party_named_last_with_a_party_word(nlp):
    text = ("The Social Democratic Party lost ground in Sunday's vote. André Ventura, who leads the far-right "
            "Chega, said his party would not back the budget.")
    assert parties(nlp, text) == ["chega"]
    text = ("The Labour Party lost two seats. Sen. Ana Ruiz, who leads the centre-right Civic Alliance, said "
            "her party would sue.")
    assert parties(nlp, text) == ["civic-alliance"]


def test_the_party_past_a_part_of_it_is_still_the_party(nlp):
    # the youth wing and its name are the party's, no rival party
    text = "The Conservative Party's youth wing, Young Conservatives, urged the party to drop the plan."
    assert parties(nlp, text) == ["conservative-party-uk"]


def test_the_party_after_a_body_not_shown_a_party_is_no_guess(nlp):
    # near miss: Meridia may be the party; the Labour Party named before it is no safe antecedent
    text = ("The Labour Party lost two seats in the north. Meridia, which won in the south, wants a recount. "
            "A spokesman said the party would go to court.")
    assert parties(nlp, text) == []


def test_the_party_after_a_list_of_parties_is_no_guess(nlp):
    text = ("The budget needs the Liberal Party, the Greens and Volt, whose three deputies answer to Ana Ruiz, "
            "the party's leader.")
    assert parties(nlp, text) == []


def test_a_party_of_another_kind_is_no_party_named_before(nlp):
    # near miss: a noun before "party" makes a gathering or a team, not the Labour Party
    text = "The Labour Party said its councillor had attended the birthday party on Saturday."
    assert [n["actor_id"] for m, n in actor_mentions(nlp, text) if "party" in m.lower()] == ["labour-party"]
    text = "The Green Party said a search party found the two hikers, and the rescue party brought them down."
    assert [n["actor_id"] for m, n in actor_mentions(nlp, text) if "party" in m.lower()] == ["green-party"]
    text = "The Labour Party said its staff had held the Christmas party on Friday."
    assert [n["actor_id"] for m, n in actor_mentions(nlp, text) if "party" in m.lower()] == ["labour-party"]


def test_the_ruling_party_is_still_the_party_named_before(nlp):
    text = "The Labour Party won 40 seats on Sunday, and the ruling party said it would form a government."
    assert [n["actor_id"] for m, n in actor_mentions(nlp, text) if "party" in m.lower()] == ["labour-party"] * 2


def test_a_think_tank_called_liberal_is_no_party(nlp):
    # near miss: "liberal" and "conservative" describe think tanks too; the known party named before wins
    text = ("The Democratic Party lost the Senate in November. Mark Hale, a fellow at the liberal Center for "
            "American Progress, said the party had lost touch with workers.")
    assert parties(nlp, text) == ["democratic-party"]
    text = ("The Republican Party met in Ohio on Monday. Tom Reed, who chairs the conservative Heritage Action, "
            "said his party would unite behind the nominee.")
    assert parties(nlp, text) == ["republican-party"]


def test_the_party_of_a_party_official_is_not_the_group_named_last(nlp):
    # near miss: a group of parties named last is no member's party; the official's own party wins
    text = ("The Labour Party lost the vote. The Patriots, the third-largest group with 85 seats, vowed to try "
            "again, and a Labour official said the party was ready.")
    assert parties(nlp, text) == ["labour-party"]


def test_the_ruling_party_is_the_head_of_governments_party_not_the_opposition(nlp):
    # near miss: the opposition party is named last, its leader speaks; "ruling" names the other one
    text = ("Lawmakers from the opposition Conservative Party voted against the bill, which the prime "
            "minister's Labour Party backed. Conservative leader Ann Hale accused the ruling party of "
            "rushing the vote.")
    found = [n["actor_id"] for m, n in actor_mentions(nlp, text) if m == "the ruling party"]
    assert found == ["labour-party"]


def test_the_ruling_party_is_never_a_party_called_the_opposition(nlp):
    text = ("The main opposition Conservative Party walked out of the chamber. Its leader said the ruling "
            "party had broken its word.")
    found = [n["actor_id"] for m, n in actor_mentions(nlp, text) if m == "the ruling party"]
    assert "conservative-party-uk" not in found


def ruling(nlp, text: str) -> list[str]:
    return [n["actor_id"] for m, n in actor_mentions(nlp, text) if m.lower() == "the ruling party"]


def test_the_ruling_party_is_the_party_of_a_head_of_government_by_pronoun(nlp):
    text = ("Kenya's president claimed victory on Friday after the commission said his Jubilee Alliance Party "
            "had won 190 seats, a result the Orange Democratic Movement rejected. Observers said state "
            "television gave the ruling party far more airtime.")
    assert ruling(nlp, text) == ["jubilee-alliance-party"]
    # near misses: the pronoun of an opposition leader, or of a former holder, calls no party ruling
    text = ("The prime minister met opposition leader Ana Ruiz and her Civic Renewal Party on Monday. "
            "Observers said state media had given the ruling party more airtime.")
    assert ruling(nlp, text) == []
    text = ("President Grace Mutale and her Progress Party held a rally on Sunday. Former president Ian Kaira "
            "and his Civic Renewal Party held one on Monday. Observers said state media had given the ruling "
            "party more airtime.")
    assert ruling(nlp, text) == ["progress-party"]


def test_a_body_after_a_ruling_or_opposition_word_is_shown_a_party(nlp):
    # the gazetteer knows no such party and its name holds no "Party": the opposition word shows it one
    text = ("The vote split the coalition. The opposition Popular Renewal Movement said it would abstain, and "
            "the party later asked for a recount.")
    assert parties(nlp, text) == ["popular-renewal-movement"]


def test_a_body_owning_a_partys_members_is_shown_a_party(nlp):
    text = ("Lawmakers met on Monday. Analysts said Vanguard's 40 MPs could sink the bill, and the party has "
            "not decided how to vote.")
    assert parties(nlp, text) == ["vanguard"]


def test_a_company_owning_a_chairman_is_no_party(nlp):
    # near miss: a chairman is any body's officer, no party's member; the party stays unlinked
    text = "Harwell's chairman said the board would meet. Mayor Ana Ruiz said the party would decide."
    assert parties(nlp, text) == []


def test_a_partys_senators_named_as_a_group_are_no_rival_party(nlp):
    # "KNU senators" is a party's people: the Social Union Party is the one party of the sentence
    text = ("Most KNU senators voted against the bill, but the Social Union Party's four senators backed it "
            "after Ola Dede, the party's candidate, urged them.")
    assert [n["actor_id"] for m, n in actor_mentions(nlp, text) if m == "the party"] == ["social-union-party"]


def test_her_party_after_a_leader_phrase_on_a_plural_party_name(nlp):
    # the model reads "Greens" as a group, not an organisation: the leader phrase still names it
    text = "The Greens won five seats. The Greens leader, Hanna Lind, said her party would not back the budget."
    assert parties(nlp, text) == ["greens"]


def test_his_party_after_an_of_affiliation(nlp):
    text = "Mayor Tomás Rendón, of the Civic Front, said his party would vote against the measure."
    assert parties(nlp, text) == ["civic-front"]


def test_an_of_place_is_no_affiliation(nlp):
    # near miss: ", of Lisbon," is where he is from; no party is named, his party stays unlinked
    text = "Councillor Rui Matos, of Lisbon, said his party would vote against the measure."
    assert parties(nlp, text) == []


def test_the_parliamentary_party_is_no_party_named_before(nlp):
    # near miss: a party's members in parliament are a part of it; the party named before is not it
    text = ("Fine Gael lost three seats on Friday. Its leader said the parliamentary party would meet on "
            "Tuesday to review the result.")
    assert "fine-gael" not in [n["actor_id"] for m, n in actor_mentions(nlp, text) if "party" in m.lower()]


def test_the_party_after_a_body_apposed_to_a_party_is_that_body(nlp):
    text = ("Thousands rallied in Davao for Nuevo Rumbo, the jailed senator's party. "
            "The party said the arrest was illegal.")
    assert parties(nlp, text) == ["nuevo-rumbo"]


def test_a_party_possessive_after_a_body_shows_no_party(nlp):
    # near miss: "the party's" after the comma is a possessive, no apposition calling Meridia a party
    text = ("Meridia, the party's main donor, wants a recount. "
            "A spokesman said the party would go to court.")
    assert parties(nlp, text) == []


def test_the_party_past_an_international_body_is_the_party(nlp):
    # the EU (Brussels) named between is no party: it does not stand between the party and "the party"
    text = ("The Freedom Party of Austria opposes the pact. \"We will not take orders from Brussels,\" its leader "
            "Karl Moser told the party's congress in Graz.")
    assert parties(nlp, text) == ["freedom-party-of-austria"]


def test_the_party_after_an_international_body_alone_is_no_guess(nlp):
    # near miss: only the EU and the UN named before: no party to name
    text = "The European Union and the United Nations urged restraint. A spokesman said the party would respond."
    assert parties(nlp, text) == []


def test_his_party_is_the_party_named_with_his_possessive(nlp):
    # "Ortega-Paz's Semilla party": his own party, not the parties named after it (actor_party_owner.possessed_party)
    text = ("President Luis Ortega-Paz won the vote after Ortega-Paz's Semilla party secured the support of two "
            "small parties. The Farabundo Front and the Valor Party opposed the plan. Ortega-Paz said his party "
            "would not seek new taxes.")
    assert parties(nlp, text) == ["semilla-party"]


def test_a_possessive_of_another_man_gives_him_no_party(nlp):
    # near miss: the Semilla party is Rivas's, not Ortega-Paz's: his party stays the party named last
    text = ("Senator Mario Rivas said Rivas's Semilla party would abstain. The Valor Party backed the bill. "
            "Luis Ortega-Paz, a banker, said his party would not seek new taxes.")
    assert parties(nlp, text) == ["valor-party"]


def test_the_party_after_a_name_with_a_party_word_and_an_acronym(nlp):
    text = ("The Independent Patriots for Change (IPC) said the count was flawed in the towns where the party "
            "is strongest.")
    assert parties(nlp, text) == ["independent-patriots-for-change"]


def test_the_party_after_a_body_owning_a_party_post(nlp):
    text = ("The vote was close. The UDP's secretary-general, Ana Reis, said on Friday that the party had "
            "carried the fight since 1975.")
    assert parties(nlp, text) == ["udp"]
    text = ("Khaled Amir, secretary-general of the Islamic Renewal Front, told supporters at the party's offices "
            "that it expected 30 seats.")
    assert parties(nlp, text) == ["islamic-renewal-front"]


def test_the_party_after_a_body_winning_seats(nlp):
    text = "The New Dawn Movement won 12 seats in March. On Friday the party named a new leader."
    assert parties(nlp, text) == ["new-dawn-movement"]
    text = ("The Popular Front, which holds 41 of the 120 seats, rejected the plan. A spokesman said the party "
            "would vote against it.")
    assert parties(nlp, text) == ["popular-front"]


def test_the_party_after_a_body_holding_a_majority_or_a_share_of_the_vote(nlp):
    text = ("The Civic Renewal Movement holds a majority in parliament, and the party's leaders want an early "
            "vote.")
    assert parties(nlp, text) == ["civic-renewal-movement"]
    text = "The Rising Front won 38% of the vote in Sunday's poll. On Monday the party named a new leader."
    assert parties(nlp, text) == ["rising-front"]
    # near miss: a majority stake is a company's, no party's
    text = "Harbour Capital holds a majority stake in the port. The party's leaders criticised the deal."
    assert parties(nlp, text) == []


def test_the_party_by_context_is_no_guess_for_other_bodies_or_rivals(nlp):
    # a union's acronym and post show no party; two parties by context in one sentence compete
    text = ("The Transport Workers Union (TWU) called a strike on Monday. Its secretary-general said the party "
            "would sue.")
    assert parties(nlp, text) == []
    text = ("The Popular Front (PF) and the New Dawn Movement (NDM) met on Monday. A spokesman said the party "
            "would sue.")
    assert parties(nlp, text) == []
    text = "Acme's candidate for the board, Jo Lee, lost. The party was held at the Hilton."
    assert parties(nlp, text) == []


def test_the_party_as_a_predicate_names_no_party(nlp):
    # a predicate says what its subject is; the party named before it is no mention there
    text = ("The Popular Front (PF) won 41 seats in May. Its founders say it is the only party that speaks "
            "for farmers.")
    assert parties(nlp, text) == []
    # near miss: the same party as a subject is the party named last
    text = ("The Popular Front (PF) won 41 seats in May. Its founders say the party speaks for farmers.")
    assert parties(nlp, text) == ["popular-front"]


def test_his_party_is_the_party_of_his_candidate_title(nlp):
    text = ("Polls closed in Lusaka on Thursday. Unity Party candidate Joseph Mwale led Reform Party candidate "
            "Ruth Banda in early returns. Mwale said his party would wait for the full count.")
    assert parties(nlp, text) == ["unity-party"]


def test_his_party_between_two_candidates_of_one_gender_is_no_guess(nlp):
    # near miss: two men of two parties named in the sentence before: his party is neither's
    text = ("Unity Party candidate Joseph Mwale and Reform Party candidate Peter Banda spoke at the rally. "
            "He said his party would wait for the full count.")
    assert parties(nlp, text) == []


def test_a_presidents_party_is_the_one_ruling_party(nlp):
    text = ("The ruling Progress Party and the opposition Unity Party both claimed victory. President Grace "
            "Mutale said her party would not accept any result before the count ended.")
    assert parties(nlp, text) == ["progress-party"]
    # near miss: no party called ruling: no guess from the office
    text = ("The Progress Party and the Unity Party both claimed victory. President Grace Mutale said her "
            "party would not accept any result before the count ended.")
    assert parties(nlp, text) == []  # two parties in the sentence before: no guess


def test_a_former_heads_party_is_not_the_ruling_party(nlp):
    # near miss of the head-office rule: a past holder leads no ruling party now
    text = ("The ruling Progress Party and the opposition Unity Party both claimed victory. Jailed former "
            "president Samuel Kaira said his party had been cheated of its seats.")
    assert "progress-party" not in parties(nlp, text)


def test_his_party_is_the_party_of_the_leader_named_with_a_possessive(nlp):
    # "ANO's leader, Pavel Hruza," owns "his party"; the ODS named nearer is the rival's
    text = ("PRAGUE, Oct 6 (Reuters) - Talks between the populist ANO movement and the Civic Democratic Party "
            "(ODS) broke down on Monday, with ANO's leader, Pavel Hruza, blaming the rival camp.\n\n"
            "Hruza said the ODS had turned down his party's offer of the finance ministry.")
    assert parties(nlp, text) == ["ano-2011"]


def test_the_party_past_a_body_named_after_the_called_party_is_no_guess(nlp):
    # near miss: Kasa, named after "Progress Alliance leader", may be the party of the chairman
    text = ("ACCRA, May 4 (Reuters) - The Progress Alliance and the liberal Kasa Movement said they were ready to "
            "join talks with the government. Progress Alliance leader Ruth Mensah said her party would not rush, "
            "while Kasa, founded only in 2021, demanded a new budget as a condition.\n\n"
            "Kwame Boateng, the party's chairman, told state radio that voters were tired of delays.")
    got = [(m, n["actor_id"]) for m, n in actor_mentions(nlp, text) if m in ("her party", "the party")]
    assert got == [("her party", "progress-alliance")]


HRUZA = ("PRAGUE, Oct 6 (Reuters) - Talks between the populist ANO movement and the Civic Democratic Party "
         "(ODS) broke down on Monday, with ANO's leader, Pavel Hruza, blaming the rival camp.\n\n")


def test_the_party_is_the_party_of_its_clause_subject(nlp):
    text = HRUZA + ("Hruza, whose party won the most seats in October, told reporters outside the party's "
                    "headquarters that the ODS had turned down his offer.")
    assert parties(nlp, text) == ["ano-2011"]
    # near miss: another party named between the subject and "the party"
    text = HRUZA + "Hruza said the ODS was divided and that the party's regional leaders wanted a deal."
    assert "ano-2011" not in parties(nlp, text)


def test_his_party_after_the_party_s_president_apposed_to_him(nlp):
    # "The party's president, X," names X's party (the party just named), even when another party
    # is the last one named before "his party"
    text = ("The opposition Renewal Front boycotted Tuesday's vote in the Senate. The party's president, Julio Sarmiento, "
            "a former trade minister, said the vote was rigged.\n\n"
            "The governing Liberal Alliance rejected the charge, and its spokesman said Sarmiento had no "
            "authority on the matter after his party's decade in power.")
    got = [(m, n["actor_id"]) for m, n in actor_mentions(nlp, text) if m in ("The party", "his party")]
    assert got == [("The party", "renewal-front"), ("his party", "renewal-front")]


def test_a_company_s_president_is_no_party_of_his(nlp):
    # near miss: "the company's president" owns a company, not a party
    text = ("Lumora Holdings cut 400 jobs on Tuesday. The company's president, Julio Sarmiento, said the cuts "
            "were painful. The opposition Liberal Alliance condemned them, and Sarmiento said his party "
            "had nothing to do with it.")
    assert "lumora-holdings" not in parties(nlp, text)


def test_his_party_after_the_party_of_a_former_president(nlp):
    # "Civic Renewal, the party of former President X," names X's party; the National Party is named later
    text = ("Civic Renewal, the party of former President Esteban Quiroga, split on the vote, while the National "
            "Party backed the overrides. Quiroga told Radio Andina on Monday that his party would not be dragged "
            "into a fight with the universities.")
    assert owned_parties(nlp, text) == ["civic-renewal"]


def test_the_party_of_a_common_noun_owns_no_one(nlp):
    # near miss: "the party of the workers" names no person; her party stays with the other ways
    text = ("Civic Renewal, the party of the workers, split on the vote. The Unity Bloc leader, Marta Ruiz, said "
            "her party would back the overrides.")
    assert owned_parties(nlp, text) == ["unity-bloc"]
    # the apposed description names the party before it (round 47)
    assert parties(nlp, text) == ["civic-renewal", "unity-bloc"]
