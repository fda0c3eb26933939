"""claims_actors, types and countries: a body the text shows by its officers stays a body though
its name opens with a given name, or though the model tags it a place; an office only one country
has gives the holder that country; the plural members of an armed force are military."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_norms


def found(nlp, text):
    return actor_norms(nlp, text, "2025-03-01")


def _all(out, name):
    return [n for t, n in out.items() if t.endswith(name)]


def test_body_by_evidence_stays_a_body_despite_a_given_name(nlp):
    out = found(nlp, "The Grace Alliance leader spoke first. Later several Grace Alliance councillors "
                     "said they would back Mr Rourke.")
    norms = _all(out, "Grace Alliance")
    assert norms and all(n["type"] == "organization" for n in norms)


def test_given_name_without_body_evidence_stays_a_person(nlp):
    out = found(nlp, "Grace Allison said on Monday the plan would fail.")
    assert _all(out, "Grace Allison")[0]["type"] == "person"


def test_known_place_with_leadership_stays_a_place(nlp):
    out = found(nlp, "Officials met the leadership of Bolivia in La Paz on Monday.")
    assert all(n["type"] != "organization" for n in _all(out, "Bolivia"))


def test_national_office_gives_the_holder_its_country(nlp):
    out = found(nlp, "Taoiseach Niamh Corrigan said on Monday she would call an election. "
                     "Ms Corrigan did not give a date.")
    assert all(n["country"] == "IRL" for n in _all(out, "Corrigan"))


def test_office_of_many_countries_gives_no_country(nlp):
    out = found(nlp, "President Niamh Corrigan said on Monday she would call an election.")
    assert _all(out, "Corrigan")[0]["country"] != "IRL"


def test_plural_armed_members_are_military(nlp):
    out = found(nlp, "Kenyan troops reached the border town on Monday. The soldiers fired warning shots, "
                     "and U.N. peacekeepers said the patrol had stopped.")
    assert _all(out, "soldiers")[0]["type"] == "military"
    assert _all(out, "peacekeepers")[0]["type"] == "military"


def test_aid_workers_stay_a_group(nlp):
    out = found(nlp, "Aid workers said the convoy had been stopped at the crossing.")
    assert all(n["type"] == "group" for n in _all(out, "workers"))
