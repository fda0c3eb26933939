"""claims_actors: definite descriptions of organisations and groups (issue 12): ``the central bank``
(desc-central-bank), ``the bloc`` after a union's bodies (actor_blocs.py), a bare ``leaders`` after
one modified leaders group (actor_bare_groups.py), ``premiers`` as a group (domestic-group-nouns)."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions, found_norms as found


def _ids(nlp, text: str) -> dict[str, str]:
    return {t: n["actor_id"] for t, n in actor_mentions(nlp, text, "2025-03-01")}


def test_central_bank_is_the_one_central_bank_named_before(nlp):
    out = _ids(nlp, "The Bank of Japan warned that exports had stalled. Tokyo said it would act. "
                    "The central bank kept its key rate at 0.5 per cent.")
    assert out.get("The central bank") == out["The Bank of Japan"]


def test_central_bank_after_two_central_banks_is_no_guess(nlp):
    out = found(nlp, "The Fed cut rates on Tuesday. The Bank of England held on Thursday. "
                     "The central bank said further cuts were possible.")
    assert "The central bank" not in out


def test_central_bank_is_no_commercial_bank(nlp):
    out = found(nlp, "Harbour Bank reported higher profits on Monday. The central bank raised rates.")
    assert "The central bank" not in out


def test_bloc_after_a_group_of_its_members_is_the_union(nlp):
    out = found(nlp, "European Union leaders agreed on Friday to screen migrants outside the bloc, a win for Rome.")
    assert out["the bloc"]["actor_id"] == "eu"


def test_bloc_after_its_commission_is_the_union(nlp):
    out = found(nlp, "The European Commission, which polices the bloc's budget rules, declined to comment.")
    assert out["the bloc"]["actor_id"] == "eu"


def test_bloc_of_voters_is_no_union(nlp):
    out = found(nlp, "The European Commission said little. Senator Kane leads the bloc of 30 moderates in the chamber.")
    assert "the bloc" not in out


def test_bloc_with_no_union_evidenced_is_nothing(nlp):
    out = found(nlp, "Farm-state senators met on Monday. The talks inside the bloc broke down.")
    assert "the bloc" not in out


def test_bare_leaders_name_again_the_one_leaders_group(nlp):
    out = _ids(nlp, "EU leaders met in Brussels on Thursday. Frontex will get more money, and leaders "
                    "endorsed a new target. Leaders will return to the issue in March.")
    assert out["leaders"] == out["Leaders"] == out["EU leaders"]


def test_bare_leaders_after_two_leaders_groups_is_no_guess(nlp):
    out = found(nlp, "Union leaders met on Monday. Church leaders stayed away. Leaders said nothing.")
    assert "Leaders" not in out


def test_bare_leaders_with_no_group_before_is_nothing(nlp):
    out = found(nlp, "Leaders of the opposition met in Lagos on Monday.")
    assert "Leaders" not in out


def test_premiers_are_a_group(nlp):
    out = found(nlp, "Premiers rally behind the Ontario plan. Alberta, an ally of the premiers, stayed silent.")
    assert out["Premiers"]["type"] == out["the premiers"]["type"] == "group"


def test_premiers_after_a_show_word_are_no_group(nlp):
    out = found(nlp, "The film premiers next week in Toronto.")
    assert not any("premiers" in t for t in out)


def test_bureau_after_a_group_of_its_agents_is_the_bureau(nlp):
    out = found(nlp, "F.B.I. agents searched the offices in May. Prosecutors and the bureau declined to comment.")
    assert out["the bureau"]["actor_id"] == "fbi"


def test_bureau_after_two_bureaus_people_is_no_guess(nlp):
    out = found(nlp, "F.B.I. agents and Census Bureau officials met on Monday. The bureau said nothing.")
    assert "The bureau" not in out


def test_name_in_apposition_to_pharmacy_is_a_company(nlp):
    out = _ids(nlp, "Regulators fined Brightwell, an online pharmacy, on Monday. The company said it would appeal.")
    assert out["The company"] == out["Brightwell"]


def test_name_ending_in_rx_is_a_company(nlp):
    out = found(nlp, "Lawmakers said Halvet Rx misled regulators. The company denied it.")
    assert out["Halvet Rx"]["type"] == "organization"
    assert out["The company"]["actor_id"] == out["Halvet Rx"]["actor_id"]


def test_pharmacy_in_a_place_phrase_makes_no_company(nlp):
    out = found(nlp, "Ms. Ferris, a nurse at the hospital pharmacy, said the company had ignored her.")
    assert "the company" not in out


FRONT = ("Senate Panel Questions Grain Trader Over Export Permits\n\n"
         "The committee's chairman says Halvet Rx misled regulators. The company says it followed the law.\n\n"
         "By Jane Roe\n\n"
         "The Senate Agriculture Committee on Monday subpoenaed Halvet Rx, an online pharmacy. "
         "Halvet Rx declined to comment. The committee will vote in June, the committee said.")


def test_standfirst_description_names_the_story_s_own_body(nlp):
    out = actor_mentions(nlp, FRONT, "2025-03-01")
    first = {t: n["actor_id"] for t, n in out[:6]}
    assert first["The committee"] == out[-1][1]["actor_id"] != first["The company"]
    assert first["The company"] == "halvet-rx"


def test_standfirst_description_after_two_bodies_named_alike_is_no_guess(nlp):
    text = ("Lawmakers Clash Over Grain Permits\n\nThe committee's chairman says the rules failed.\n\n"
            "By Jane Roe\n\nThe Senate Agriculture Committee met on Monday. The House Budget Committee met on Tuesday.")
    out = actor_mentions(nlp, text, "2025-03-01")
    assert not any(t == "The committee" for t, _ in out)


def test_standfirst_party_is_left_alone(nlp):
    text = ("Village Fete Draws Crowds\n\nThe party lasted until dawn.\n\nBy Jane Roe\n\n"
            "The Labour Party said on Monday that the Labour Party would back the plan.")
    out = actor_mentions(nlp, text, "2025-03-01")
    assert not any(t == "The party" for t, _ in out)


def test_bare_leaders_with_a_complement_of_their_own_are_other_leaders(nlp):
    out = found(nlp, "EU leaders met in Brussels on Thursday to discuss migration. The summit ended with "
                     "a dinner with leaders from Asia and Africa.")
    assert "leaders" not in out
    out = found(nlp, "Nordic leaders gathered in Oslo on Monday. Talks with leaders who had stayed home went on.")
    assert "leaders" not in out


def test_bare_leaders_far_from_the_group_are_nothing(nlp):
    text = ("EU leaders met in Brussels on Thursday.\n\nThe talks ran late.\n\nA deal was struck.\n\n"
            "Markets rose.\n\nLeaders will return to the issue in March.")
    assert "Leaders" not in found(nlp, text)
    near = "EU leaders met in Brussels on Thursday.\n\nThe talks ran late.\n\nLeaders will return in March."
    assert found(nlp, near)["Leaders"]["actor_id"] == found(nlp, near)["EU leaders"]["actor_id"]


def test_bloc_after_a_nearer_voting_group_is_no_union(nlp):
    out = found(nlp, "The European Commission proposed new rules on Monday. In Washington, Democrats fear "
                     "that Latino voters are drifting away, and the bloc could decide the election.")
    assert "the bloc" not in out


def test_bloc_after_another_named_bloc_is_no_union(nlp):
    out = found(nlp, "The European Commission fined two banks on Monday. In Warsaw, the opposition bloc "
                     "walked out of parliament, and the bloc vowed to block the budget.")
    assert "the bloc" not in out
    near = found(nlp, "The European Commission fined two banks on Monday. In Warsaw, the ruling party "
                      "said the bloc had overreached.")
    assert near["the bloc"]["actor_id"] == "eu"


def test_bloc_far_from_the_union_s_bodies_is_nothing(nlp):
    text = ("The European Commission fined two banks on Monday.\n\nShares fell.\n\nTraders were calm.\n\n"
            "Bonds rallied.\n\nAnalysts said the bloc could act again.")
    assert "the bloc" not in found(nlp, text)
    near = "The European Commission fined two banks on Monday.\n\nShares fell.\n\nAnalysts said the bloc could act again."
    assert found(nlp, near)["the bloc"]["actor_id"] == "eu"


def test_reigning_premiers_apposed_to_a_club_are_no_group(nlp):
    out = found(nlp, "Harbourside, the reigning premiers, lost to Eastvale on Sunday. The premiers have now "
                     "lost four games.")
    assert not any("premiers" in t.lower() for t in out)
    assert not any("premiers" in t for t in found(nlp, "Penrith, the back-to-back premiers, won again."))


def test_premiers_apposed_to_two_names_stay_a_group_with_a_surface_id(nlp):
    out = found(nlp, "Doug Ford and David Eby, the two premiers, met in Ottawa. Striking premiers walked out.")
    assert out["the two premiers"]["type"] == "group"
    assert out["Striking premiers"]["actor_id"].startswith("striking-")


def test_central_bank_with_none_named_is_the_story_countrys(nlp):
    """role-gov-central-bank: no central bank named before, the country in focus's (an id of its own
    when the gazetteer has none), and ``the bank`` after it the same."""
    out = found(nlp, "MONTEVIDEO (Reuters) - Uruguay's finance minister resigned on Monday after a row over "
                     "pensions. The peso fell 1% against the dollar. The central bank said it would intervene "
                     "if needed. Analysts expect the bank to hold rates.")
    bank = out["The central bank"]
    assert (bank["actor_id"], bank["type"], bank["country"], bank["role"]) == \
        ("ury-central-bank", "government", "URY", "URYGOV")
    assert out["the bank"]["actor_id"] == "ury-central-bank"


def test_central_bank_with_none_named_is_the_gazetteers_bank_of_the_country(nlp):
    out = found(nlp, "LIMA (Reuters) - Peru's finance minister resigned on Monday after a row over pensions. "
                     "The central bank said it would intervene if needed.")
    assert out["The central bank"]["actor_id"] == "central-reserve-bank-of-peru"


def test_central_bank_with_none_named_takes_its_sentences_country(nlp):
    out = found(nlp, "BERLIN - Germany's coalition agreed a budget on Friday. In Warsaw, Poland's government "
                     "said the central bank had been consulted.")
    assert out["the central bank"]["actor_id"] == "national-bank-of-poland"
