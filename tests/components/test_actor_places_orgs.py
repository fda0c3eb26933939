"""claims_actors: streets and detention facilities, landforms and seat buildings are no actors;
well-known parties, unions and companies by name (issue 12, round 10)."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def mentions(nlp, text):
    return actor_mentions(nlp, text, "2025-03-01")


def texts(out):
    return {t for t, _ in out}


def test_street_and_detention_facility_names_are_no_actors(nlp):
    out = mentions(nlp, "Residents gathered on Pelham Parkway and outside the Brookdale Detention Center "
                        "in Ohio on Tuesday.")
    assert not any("Parkway" in t or "Detention" in t for t in texts(out))
    assert "Ohio" in texts(out)


def test_street_metonym_and_body_named_road_stay_actors(nlp):
    out = mentions(nlp, "Downing Street said no. The Road Haulage Association said fuel costs rose.")
    assert "Downing Street" in texts(out)
    assert any("Road Haulage Association" in t for t in texts(out))


def test_city_inside_a_lake_name_is_no_city(nlp):
    out = mentions(nlp, "Hotels on Lake Geneva filled up before Geneva hosted the talks.")
    assert sum(1 for t, _ in out if t == "Geneva") == 1


def test_seat_building_acts_only_when_it_acts(nlp):
    out = mentions(nlp, "The Binnenhof approved the budget. The prime minister summoned party leaders to the "
                        "Catshuis. He spoke outside the Binnenhof.")
    found = [(t, n) for t, n in out if "Binnenhof" in t or "Catshuis" in t]
    assert [t for t, _ in found] == ["The Binnenhof"]
    assert found[0][1]["country"] == "NLD"


def test_parties_unions_and_companies_by_name(nlp):
    out = mentions(nlp, "Unite, which represents 5,000 workers, wrote to the minister. D66 and the CDA "
                        "demanded a vote. TotalEnergies halted work. Renamo trailed Frelimo.")
    norms = {t: n for t, n in out}
    assert norms["Unite"]["country"] == "GBR"
    assert norms["D66"]["country"] == "NLD" and norms["the CDA"]["country"] == "NLD"
    assert norms["TotalEnergies"]["country"] == "FRA"
    assert norms["Renamo"]["country"] == "MOZ" and norms["Frelimo"]["country"] == "MOZ"


def test_a_verb_spelled_as_a_union_name_is_no_union(nlp):
    out = mentions(nlp, "Unite behind the plan, the mayor told the crowd.")
    assert "Unite" not in texts(out)


def test_shareholders_and_inmates_are_groups(nlp):
    out = mentions(nlp, "Shareholders will vote on the offer in May. Inmates at the county jail began a hunger strike.")
    norms = {t: n for t, n in out}
    assert norms["Shareholders"]["type"] == "group" and norms["Inmates"]["type"] == "group"


def test_shareholder_as_a_modifier_is_no_group(nlp):
    out = mentions(nlp, "The shareholder vote is due in May.")
    assert not any("shareholder" in t.lower() for t in texts(out))


def test_topic_acronyms_are_no_actors(nlp):
    out = mentions(nlp, "The ministers found more common ground on AI than on tariffs. The VAT rise hit "
                        "shoppers, and LNG prices climbed.")
    assert not texts(out) & {"AI", "VAT", "LNG"}


def test_an_acronym_body_is_still_an_actor(nlp):
    out = mentions(nlp, "The contracts went to Lockheed Martin and RTX, and Ifop found voters split.")
    norms = {t: n for t, n in out}
    assert norms["Lockheed Martin"]["country"] == "USA" and norms["RTX"]["country"] == "USA"
    assert norms["Ifop"]["country"] == "FRA"


def test_industry_word_ends_a_company_name(nlp):
    out = mentions(nlp, "Marlow Steel cut 400 jobs on Friday.")
    assert "Marlow Steel" in texts(out)


def test_industry_word_after_of_is_no_company(nlp):
    out = mentions(nlp, "Output fell, the Department of Mining said.")
    assert "Mining" not in texts(out)


def test_the_king_of_a_kingdom_in_focus(nlp):
    out = mentions(nlp, "AMSTERDAM — The Dutch cabinet fell on Friday. The prime minister may ask the king "
                        "to call an early election.")
    norms = {t: n for t, n in out}
    assert norms["the king"]["country"] == "NLD" and norms["the king"]["role"] == "NLDGOV"
    out = mentions(nlp, "LONDON — The cabinet met on Friday. The king urged calm.")
    assert {t: n for t, n in out}["The king"]["actor_id"] == "king-charles-iii"


def test_the_king_in_a_republic_is_no_guess(nlp):
    out = mentions(nlp, "PARIS — The French cabinet fell on Friday. The king of the mountain stage won again.")
    assert not any(t.lower().startswith("the king") for t in texts(out))


def test_a_king_of_no_state_is_no_reigning_king(nlp):
    out = mentions(nlp, "LONDON — The cabinet met on Friday. Fans still call the late crooner the king "
                        "of swing, and the king of the jungle is back on the zoo's posters.")
    assert not any(t.lower().startswith("the king") for t in texts(out))
    out = mentions(nlp, "LONDON — The cabinet met on Friday. The king of Jordan flew to Leeds.")
    assert {t: n for t, n in out}["The king of Jordan"]["country"] == "JOR"


def test_presidential_palace_acts_only_when_it_acts(nlp):
    """Seats of government known by their palace's name (Malacañang, Aso Rock, the Moncloa; rules
    metonyms.jsonl, kind building): the government when they act, no actor as a place."""
    out = mentions(nlp, "Farmers tried to reach the presidential palace in Malacañang on Friday. "
                        "Malacañang rejected their demands.")
    found = [(t, n) for t, n in out if "Malaca" in t]
    assert [(t, n["actor_id"]) for t, n in found] == [("Malacañang", "PHLGOV")]
    assert found[0][1]["type"] == "government"
    out = mentions(nlp, "Reporters waited outside Aso Rock until midnight.")
    assert not any("Aso Rock" in t for t in texts(out))


def test_a_party_name_spelled_as_an_adjective_before_a_noun_is_no_party(nlp):
    out = mentions(nlp, "New Zealand's finance minister spoke in Auckland on Monday. National security "
                        "dominated the talks. National said it would back the bill.")
    assert [t for t, n in out if n.get("actor_id") == "national-party-nz"] == ["National"]
    assert not any(t.startswith("National security") for t in texts(out))


def test_a_short_party_name_shared_abroad_needs_its_country(nlp):
    assert "polish-peoples-party" not in {n.get("actor_id") for _, n in
                                          mentions(nlp, "The PSL said its cricket season would start in Lahore.")}
    out = mentions(nlp, "WARSAW (Reuters) - Poland's PSL said it would leave the coalition.")
    assert {t: n for t, n in out}["PSL"]["actor_id"] == "polish-peoples-party"


def test_an_acronym_glued_to_a_prefix_before_a_noun_stays_the_body(nlp):
    found = texts(mentions(nlp, "Moldova's pro-EU party holds its majority. Colombia's president-elect taps an "
                                "ex-IMF economist for finance."))
    assert "EU" in found and "IMF" in found and "pro-EU" not in found
