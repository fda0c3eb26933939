"""claims_actors, the ends of bodies' names (issue 12): a located mission or embassy, a numbered
union branch, and a name the model cut at ``for``/``of`` are one mention each."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found


def test_embassy_in_a_capital_is_one_body(nlp):
    out = found(nlp, "NAIROBI — The British Embassy in Nairobi said on Friday that it had suspended visa "
                     "appointments after the protests.")
    assert "The British Embassy in Nairobi" in out
    assert "NAIROBI" in out  # the dateline stays a place of its own


def test_un_mission_in_a_country_is_one_body_and_the_country_no_mention(nlp):
    out = found(nlp, "The U.N. Assistance Mission in Afghanistan said 40 civilians had been killed in May.")
    name = next(t for t in out if "Mission" in t)
    assert name.endswith("Mission in Afghanistan") and "U.N." in name
    assert "Afghanistan" not in out


def test_lower_case_mission_stays_a_description_near_miss(nlp):
    out = found(nlp, "Officials said the U.N. mission in Haiti would need more police officers.")
    assert not any(t.endswith("in Haiti") for t in out)


def test_numbered_union_branch_takes_its_number(nlp):
    out = found(nlp, "CHICAGO — The Chicago Teachers Union Local 1 endorsed the levy, and the Fraternal "
                     "Order of Police Lodge 7 opposed it.")
    assert any(t.endswith("Union Local 1") for t in out)
    lodge = next(t for t in out if "Lodge" in t)
    assert lodge.endswith("Lodge 7")
    assert out[lodge]["actor_id"].endswith("lodge-7")


def test_name_cut_at_for_is_one_body(nlp):
    out = found(nlp, "The European Union Agency for Cybersecurity warned on Tuesday that attacks on "
                     "hospitals had doubled.")
    assert any(t.endswith("Agency for Cybersecurity") for t in out)
    assert "Cybersecurity" not in out


def test_two_embassies_of_one_country_are_two_bodies(nlp):
    out = found(nlp, "The U.S. Embassy in Manila and the U.S. Embassy in Tokyo both issued travel warnings "
                     "on Sunday.")
    manila = next(n for t, n in out.items() if t.endswith("Manila"))
    tokyo = next(n for t, n in out.items() if t.endswith("Tokyo"))
    assert manila["actor_id"] != tokyo["actor_id"]


def test_known_body_before_of_a_company_keeps_both_near_miss(nlp):
    out = found(nlp, "A ruling by the European Commission on Google's advertising business is expected "
                     "soon, officials said.")
    assert not any("Google" in t and "Commission" in t for t in out)


def test_bankruptcy_chapter_is_no_branch_near_miss(nlp):
    out = found(nlp, "The Purdue Pharma Chapter 11 plan was approved by a federal judge on Monday.")
    assert not any(t.endswith("Chapter 11") for t in out)
