"""claims_actors, bodies: sub-bodies named after a body, members of a body, short forms of a
body's full name."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found


def test_sub_body_committee_of_a_chamber_is_its_own_body(nlp):
    out = found(nlp, "The chairman of the Senate Armed Services Committee said the Senate would vote in May.")
    com = out["the Senate Armed Services Committee"]
    assert com["actor_id"] != out["the Senate"]["actor_id"]
    assert (com["type"], com["role"]) == ("legislature", "USALEG")


def test_sub_body_lower_case_mission_is_not_the_parent(nlp):
    out = found(nlp, "The NATO training mission in Iraq will grow, NATO said on Monday.")
    mission = next(n for t, n in out.items() if t.endswith("training mission"))
    assert mission["actor_id"] != out["NATO"]["actor_id"]


def test_members_of_a_body_are_a_group(nlp):
    out = found(nlp, "The letter was signed by members of Parliament and by the speaker.")
    group = next(n for t, n in out.items() if t.startswith("members of"))
    assert group["type"] == "group"


def test_short_form_joins_the_earlier_full_name(nlp):
    text = ("The Springfield School Board met on Tuesday. Later that night the School Board "
            "voted to close two schools.")
    out = found(nlp, text)
    assert out["the School Board"]["actor_id"] == out["The Springfield School Board"]["actor_id"]


def test_short_form_with_two_full_names_joins_neither(nlp):
    text = ("The Ohio House and the Texas House both passed bills. The House in Columbus acted first.")
    out = found(nlp, text)
    ids = {n["actor_id"] for t, n in out.items() if t in ("The Ohio House", "the Texas House")}
    short = [n["actor_id"] for t, n in out.items() if t in ("The House", "House")]
    assert len(ids) == 2 and short and not set(short) & ids


def test_short_form_joins_the_full_name_in_the_next_sentence(nlp):
    got = found(nlp, "The Treasury fined three banks on Monday. The U.S. Treasury Department said the "
                     "banks had moved funds for Iran.")
    assert got["Treasury"]["actor_id"] == "us-treasury-department"


def test_short_form_does_not_join_a_full_name_far_after(nlp):
    got = found(nlp, "The Treasury fined three banks on Monday. The fines were small. Analysts shrugged. "
                     "The U.S. Treasury Department said more would come.")
    assert got["Treasury"]["actor_id"] != "us-treasury-department"


def test_short_form_the_model_typed_otherwise_joins_the_full_name(nlp):
    got = found(nlp, "The European Commission rejected the plan on Tuesday. A week later the Commission "
                     "said it would reopen talks.")
    assert got["Commission"]["actor_id"] == got["The European Commission"]["actor_id"]


def test_short_form_joins_a_named_group_of_the_gazetteer(nlp):
    got = found(nlp, "Egypt's Muslim Brotherhood was banned in 2013. The Brotherhood said on Friday that "
                     "its leaders were still in prison.")
    assert got["Brotherhood"]["actor_id"] == "muslim-brotherhood"


def test_short_form_does_not_join_a_group_of_people(nlp):
    # "Democrats" (a group of people, no named body) gives no short form to a body
    got = found(nlp, "House Democrats met on Friday. The Democrats Abroad chapter in Paris said it "
                     "would back the bill.")
    assert all(n["actor_id"] != got["House Democrats"]["actor_id"] for t, n in got.items() if t != "House Democrats")


def test_short_form_in_a_standfirst_joins_the_full_name_in_the_body(nlp):
    text = ("Budget Deal Collapses in Vienna\n\nFinance minister walks out as the Authority weighs fines\n\n"
            "VIENNA — Talks on the budget collapsed on Monday after the Austrian Fiscal Authority warned of "
            "penalties.")
    got = found(nlp, text)
    full = next(n for t, n in got.items() if "Fiscal Authority" in t)
    assert got["Authority"]["actor_id"] == full["actor_id"]


def test_body_name_cut_at_and_is_the_whole_name(nlp):
    """The model tags ``Hazardous Materials Safety Administration``; the name starts at ``the``."""
    out = found(nlp, "Regulators at the Pipeline and Hazardous Materials Safety Administration ordered "
                     "the operator to shut the line.")
    name = "the Pipeline and Hazardous Materials Safety Administration"
    assert name in out and out[name]["actor_id"] == "pipeline-and-hazardous-materials-safety-administration"


def test_body_name_cut_before_of_is_the_whole_name(nlp):
    out = found(nlp, "WELLINGTON — New Zealand's Ministry of Foreign Affairs and Trade summoned the "
                     "envoy on Tuesday.")
    assert any(t.endswith("Ministry of Foreign Affairs and Trade") for t in out)


def test_body_name_of_a_place_stops_at_the_place(nlp):
    out = found(nlp, "The Central Bank of Nigeria said on Monday that Abuja would not devalue the naira.")
    assert not any(t.endswith("Nigeria said") for t in out)


def test_court_named_with_no_model_tag_is_a_body(nlp):
    out = found(nlp, "LIMA — Peru's Congress passed the law in May. The Constitutional Tribunal struck it down "
                     "on Thursday.")
    assert out["The Constitutional Tribunal"]["type"] == "government"


def test_cut_office_title_joins_the_body_name(nlp):
    out = found(nlp, "A statement from the Office of the Prime Minister said the visit was postponed.")
    assert any(t.endswith("Office of the Prime Minister") for t in out), sorted(out)


def test_short_forms_a_standfirst_short_name_joins_the_full_name_below(nlp):
    out = found(nlp, "Democrats on the Armed Services Committee pressed the general. WASHINGTON — Members "
                     "of the House Armed Services Committee questioned the general for four hours.")
    assert out["the Armed Services Committee"]["actor_id"] == out["the House Armed Services Committee"]["actor_id"]


def test_short_forms_a_chamber_before_its_of_phrase(nlp):
    out = found(nlp, "Ohio House passes abortion bill as crowds gather\n\nCOLUMBUS — The Ohio House of "
                     "Representatives voted 60-35 on Wednesday to pass the bill.")
    assert out["Ohio House"]["actor_id"] == out["The Ohio House of Representatives"]["actor_id"]


def test_short_forms_two_full_names_leave_the_short_one_alone(nlp):
    out = found(nlp, "Republicans on the Intelligence Committee were angry. Members of the Senate "
                     "Intelligence Committee and of the House Intelligence Committee met on Monday.")
    ids = {out["the Senate Intelligence Committee"]["actor_id"], out["the House Intelligence Committee"]["actor_id"]}
    assert out["the Intelligence Committee"]["actor_id"] not in ids


def test_party_plurals_join_the_party_name(nlp):
    out = found(nlp, "The Greens walked out of the chamber. The Green Party, which holds 14 seats, said it "
                     "would table a motion.")
    assert out["The Greens"]["actor_id"] == out["The Green Party"]["actor_id"]


def test_party_plurals_a_family_word_gives_the_party_name_its_id(nlp):
    out = found(nlp, "PARIS — The French government survived the vote in the National Assembly. Socialists "
                     "walked out, and the Socialist Party said French voters would punish the prime minister.")
    assert out["Socialists"]["actor_id"] == out["the Socialist Party"]["actor_id"] == "socialist-party-france"


def test_the_rebels_are_the_one_rebel_body_named_before(nlp):
    text = ("The Malian government and the Movement for the Liberation of Azawad, the separatist movement "
            "that took Kidal in May, agreed to a truce on Friday. The rebels said they would pull back "
            "from two towns.")
    out = found(nlp, text)
    assert out["The rebels"]["actor_id"] == out["the Movement for the Liberation of Azawad"]["actor_id"]


def test_the_rebels_after_two_rebel_bodies_or_a_plain_body_join_none(nlp):
    two = ("The Kivu Alliance, an armed group active near Goma, and the Congo River Front, a rebel "
           "movement from Ituri, both rejected the deal. The rebels said the army had attacked first.")
    out = found(nlp, two)
    assert out["The rebels"]["actor_id"] not in (out["The Kivu Alliance"]["actor_id"],
                                                 out["the Congo River Front"]["actor_id"])
    plain = ("The Kivu Alliance, a farmers group active near Goma, rejected the deal. The rebels said "
             "the army had attacked first.")
    out = found(nlp, plain)
    assert out["The rebels"]["actor_id"] != out["The Kivu Alliance"]["actor_id"]


def test_a_name_and_its_number_are_one_body_no_rival_of_the_short_form(nlp):
    text = ("Teachers rallied outside the City Council in Philadelphia on Tuesday. District Council 33, "
            "the city's largest municipal union, said it would strike. The Council said it would vote on Friday.")
    out = found(nlp, text)
    assert out["District Council 33"]["actor_id"] != out["the City Council"]["actor_id"]
    assert out["Council"]["actor_id"] == out["the City Council"]["actor_id"]


def test_a_count_after_a_body_name_is_no_part_of_it(nlp):
    out = found(nlp, "The plan was approved by the Oakland City Council 5 to 2 on Thursday.")
    assert not any(t.endswith("14") for t in out)


def test_the_house_after_the_white_house_is_the_chamber_not_the_seat(nlp):
    """A seat named for its place (a metonym: ``the White House``) has no short form: ``the House``
    after it is the chamber, a legislature."""
    text = ("The White House urged lawmakers to act quickly. The House voted 218-210 on Thursday to "
            "pass the measure.")
    out = found(nlp, text)
    assert out["House"]["actor_id"] != out["The White House"]["actor_id"]
    assert out["House"]["type"] == "legislature"


def test_the_chamber_names_no_caucus(nlp):
    """``the chamber`` is a chamber of a legislature, not a caucus or a committee the model typed a
    legislature (``the Congressional Progressive Caucus``). (``gathered outside the chamber`` is the
    room since the thirty-third round: no mention at all.)"""
    text = ("The Senate approved the bill 52-48. Afterwards members of the Senate Democratic Caucus "
            "said the chamber had done its duty.")
    out = found(nlp, text)
    assert out["the chamber"]["actor_id"] == out["The Senate"]["actor_id"]


def test_a_lower_case_committee_of_a_chamber_is_its_own_body(nlp):
    text = ("Dr. Maria Olsen told the Senate finance committee on Tuesday that the plan would cost $4 billion. "
            "The committee will vote on the bill next week.")
    out = found(nlp, text)
    com = out["the Senate finance committee"]
    assert com["type"] == "legislature" and com["country"] == "USA"
    assert out["The committee"]["actor_id"] == com["actor_id"] != out.get("Senate", {}).get("actor_id")


def test_a_committee_modifier_misread_by_the_tagger_still_makes_the_committee(nlp):
    # "treasury" tagged a proper noun, "estimates" a verb: before a committee's head they are modifiers
    out = found(nlp, "MPs on the Commons treasury committee questioned the governor on Monday.")
    assert out["the Commons treasury committee"]["type"] == "legislature"
    out = found(nlp, "Officials appeared before the Senate estimates committee in February.")
    assert out["the Senate estimates committee"]["type"] == "legislature"


def test_an_indefinite_chamber_committee_is_no_body_of_its_own(nlp):
    # near miss: "a Senate committee" is one of many; the committee the text names later is "the committee"
    text = ("An official told a House of Commons committee on Tuesday that the networks were active. "
            "The Standing Committee on Procedure will report in June, and the committee may call her again.")
    out = found(nlp, text)
    assert not any(k.endswith("Commons committee") for k in out)


def test_a_lower_case_committee_after_no_chamber_or_before_a_noun_is_no_body(nlp):
    # near misses: a committee of a party is not a chamber's; "committee members" are people, not a body
    out = found(nlp, "The Labour Party national committee met on Sunday. Senate committee members said little.")
    assert not any(k.endswith("committee") for k in out)


def test_short_forms_the_head_before_of_joins_the_full_name(nlp):
    """``House`` after ``the Tasmanian House of Assembly``: the word before the full name's ``of``."""
    out = found(nlp, "The Tasmanian House of Assembly voted on Tuesday to approve the dam. Hundreds of "
                     "farmers marched to the House on Monday.")
    assert out["House"]["actor_id"] == out["The Tasmanian House of Assembly"]["actor_id"]


def test_short_forms_a_seat_between_leaves_the_earlier_full_name_the_one(nlp):
    """``the White House`` between ``the Ohio House`` and ``the House``: a seat named for its place
    has no short form, so it is no second full name."""
    out = found(nlp, "The Ohio House passed the budget on Monday. The White House praised the bill on "
                     "Tuesday. The House will vote on taxes next week.")
    assert out["House"]["actor_id"] == out["The Ohio House"]["actor_id"]


def test_short_forms_two_heads_before_of_leave_the_short_one_alone(nlp):
    out = found(nlp, "The Tasmanian House of Assembly and the Victorian House of Representatives met. "
                     "Farmers marched to the House on Monday.")
    ids = {n["actor_id"] for t, n in out.items() if "of" in t}
    assert not any(n["actor_id"] in ids for t, n in out.items() if t in ("House", "the House"))


def test_peoples_abroad_plural_of_another_country_is_that_countrys_people(nlp):
    from tests.conftest import found_norms
    out = found_norms(nlp, "In Budapest, Hungary's foreign minister said the Hungarians of Slovakia would not "
                           "be abandoned. Hungary is a neighbour.")
    people = out["the Hungarians"]
    assert (people["actor_id"], people["country"]) == ("svk-hungarians", "SVK")
    assert out["Hungary"]["actor_id"] == "HUN"


def test_peoples_abroad_plural_of_its_own_country_stays(nlp):
    from tests.conftest import found_norms
    out = found_norms(nlp, "The Hungarians of Hungary voted on Sunday.")
    assert out["The Hungarians"]["actor_id"] == "HUN"


def test_peoples_abroad_ethnic_people_in_another_country_is_that_countrys_people(nlp):
    from tests.conftest import found_norms
    out = found_norms(nlp, "Officials in Budapest said ethnic Hungarians in Slovakia would get new schools.")
    assert (out["Hungarians"]["actor_id"], out["Hungarians"]["country"]) == ("svk-hungarians", "SVK")


def test_peoples_abroad_nationals_in_another_country_stay_their_own_states(nlp):
    # near miss: "Germans in Spain" are German nationals who are in Spain, not a people of Spain
    from tests.conftest import found_norms
    out = found_norms(nlp, "The embassy told Germans in Spain to avoid the protests.")
    assert out["Germans"]["country"] == "DEU"


def test_a_party_name_with_a_lower_case_party_joins_its_members_plural(nlp):
    text = ("SYDNEY — The Greens won three more Senate seats on Saturday, the electoral commission said. A "
            "spokeswoman for the Green party said the result showed voters wanted faster action on climate.")
    out = found(nlp, text)
    assert out["the Green party"]["actor_id"] == out["The Greens"]["actor_id"] == "australian-greens"
