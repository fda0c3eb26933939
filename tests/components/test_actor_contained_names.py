"""claims_actors, longer names that hold a known entity (round 48): a known body's name opening a
longer organisation's name (``the EU Chamber of Commerce``), a country word before another
country's known party (``the Irish Labour Party``) and an outlet's name before its noun (``Italy's
Corriere newspaper``) are bodies of their own, not the entity they hold."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found


def test_known_body_led_chamber_is_its_own_body(nlp):
    out = found(nlp, "The EU Chamber of Commerce in Vietnam said on Tuesday that 40% of its members "
                     "planned to expand.")
    chamber = next(n for t, n in out.items() if t.endswith("EU Chamber of Commerce"))
    assert chamber["actor_id"] == "eu-chamber-of-commerce" and chamber["type"] == "organization"
    assert not any(n["actor_id"] == "eu" for n in out.values())


def test_org_name_end_runs_on_to_its_head_near_miss(nlp):
    out = found(nlp, "The EU Chamber of Commerce in Vietnam said members were worried. The U.S. Chamber "
                     "of Commerce said the tariffs would hurt farmers.")
    chamber = next(n for t, n in out.items() if t.endswith("U.S. Chamber of Commerce"))
    assert chamber["actor_id"] == "us-chamber-of-commerce" and chamber["type"] == "organization"
    assert not any(n["actor_id"] in ("us", "USA") for n in out.values())


def test_org_name_run_on_stops_at_an_officials_title(nlp):
    """``The U.S.`` + ``Chamber of Commerce Executive Vice President Neil Bradley``: the name runs on
    to its head, not over the official's title and name after it, and the official is named with
    his body as a titled name is (``Chamber Speaker X``), no mention of the U.S. itself (review 48)."""
    out = found(nlp, "The EU Chamber of Commerce in Vietnam said members were worried. The U.S. Chamber of Commerce "
                     "Executive Vice President Neil Bradley said the levies would hurt exporters.")
    person = out["The U.S. Chamber of Commerce Executive Vice President Neil Bradley"]
    assert person["actor_id"] == "neil-bradley" and person["type"] == "person"
    assert not any(n["actor_id"] == "USA" for n in out.values())


def test_known_body_possessive_official_stays_the_body_negative(nlp):
    out = found(nlp, "The European Union's trade commissioner said talks would resume in June.")
    assert any(n["actor_id"] == "eu" for n in out.values())


def test_demonym_body_foreign_party_is_its_own_party(nlp):
    out = found(nlp, "The Irish Labour Party said it would table a motion of no confidence.")
    party = next(n for t, n in out.items() if t.endswith("Irish Labour Party"))
    assert party["actor_id"] == "irish-labour-party" and party["country"] == "IRL"
    assert not any(n["actor_id"] == "labour-party" for n in out.values())


def test_demonym_body_own_country_keeps_the_party_negative(nlp):
    out = found(nlp, "The British Labour Party said it would abstain in the vote.")
    assert any(n["actor_id"] == "labour-party" for n in out.values())


def test_named_outlet_after_country_possessive(nlp):
    out = found(nlp, "Italy's Corriere newspaper reported that the deal was close.")
    outlet = out["Corriere newspaper"]
    assert outlet["actor_id"] == "corriere" and outlet["type"] == "media" and outlet["country"] == "ITA"
    assert out["Italy"]["actor_id"] == "ITA"
    assert not any(n["actor_id"] == "ITAMED" for n in out.values())


def test_outlet_before_noun_person_read_name_is_the_outlet(nlp):
    out = found(nlp, "Germany's Handelsblatt newspaper reported on Friday that two suppliers would cut shifts.")
    outlet = out["Handelsblatt newspaper"]
    assert outlet["actor_id"] == "handelsblatt" and outlet["type"] == "media"


def test_named_outlet_lower_case_description_stays_state_media_negative(nlp):
    out = found(nlp, "China's state broadcaster said the talks went well.")
    assert any(n["actor_id"] == "CHNMED" for n in out.values())
