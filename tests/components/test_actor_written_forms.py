"""claims_actors over the gazetteer's written forms (gazetteer.Gazetteer._written_forms): a name
with its last word short (``Corp.``) and a department's initials (``DOL``) are the body."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def _ids(nlp, text):
    return [(t, n["actor_id"]) for t, n in actor_mentions(nlp, text)]


def test_written_forms_short_corporation_is_the_gazetteer_body(nlp):
    out = dict(_ids(nlp, "Regulators at the Federal Deposit Insurance Corp. approved the sale on Monday, "
                         "and the FDIC said depositors were safe."))
    assert out["the Federal Deposit Insurance Corp."] == out["the FDIC"] == "fdic"


def test_written_forms_department_initials_join_the_department(nlp):
    out = dict(_ids(nlp, "The Labor Department revised its jobs figures on Friday. DOL blamed late surveys for the change."))
    assert out.get("DOL") == out["The Labor Department"]


def test_written_forms_initials_in_lower_case_or_a_given_name_are_no_department(nlp):
    out = _ids(nlp, "Dot Reynolds, a planner, said a dot on the map marked the Transportation Department depot.")
    assert all(i != "us-transportation-department" for t, i in out if "Dot" in t or "dot" in t)
