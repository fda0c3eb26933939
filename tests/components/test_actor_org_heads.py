"""claims_actors, actor_org_heads.py: a government head before ``of`` (``the Bureau of
Elections``) and an armed force's head (``the Coast Guard``) type an unknown body, unless the
body is a university's or a person's (``the Department of Economics at ...``, ``the Office of the
Dalai Lama``) or the armed head has no armed-force modifier (``Old Navy``)."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found, norm_ending as _norm


def test_government_head_before_of_makes_a_government_body(nlp):
    out = found(nlp, "The Bureau of Land Records said the Halverton deeds had been filed late.")
    assert _norm(out, "Bureau of Land Records")["type"] == "government"


def test_name_without_government_head_before_of_stays_an_organization(nlp):
    out = found(nlp, "The Friends of Brannock Park said the fence would come down on Monday.")
    assert _norm(out, "Friends of Brannock Park")["type"] != "government"


def test_academic_department_is_no_government_body(nlp):
    out = found(nlp, "The Department of Geology at Carrowmore University said on Monday it would hire two lecturers.")
    norms = [n for t, n in out.items() if "Department of Geology" in t]
    assert norms and all(n["type"] != "government" for n in norms)


def test_office_of_a_religious_leader_is_no_government_body(nlp):
    out = found(nlp, "The Office of the Chief Rabbi said the service would go ahead.")
    assert _norm(out, "Office of the Chief Rabbi")["type"] != "government"


def test_court_before_for_gives_no_government_type(nlp):
    out = found(nlp, "The Court of Arbitration for Chess said the appeal had failed.")
    assert _norm(out, "Court of Arbitration for Chess")["type"] != "government"


def test_armed_modifier_and_brigades_name_an_armed_force(nlp):
    out = found(nlp, "The Northern Liberation Brigades said they had withdrawn from the ridge on Sunday.")
    assert _norm(out, "Northern Liberation Brigades")["type"] == "military"


def test_navy_without_armed_modifier_is_a_company(nlp):
    out = found(nlp, "Blue Navy said its sales fell 5% in the quarter, the retailer said.")
    assert _norm(out, "Blue Navy")["type"] != "military"


def test_forces_without_armed_modifier_is_no_armed_force(nlp):
    out = found(nlp, "Market Forces said the bank must stop lending to coal miners.")
    assert _norm(out, "Market Forces")["type"] != "military"
