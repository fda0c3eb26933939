"""claims_actors: ``the department`` names the one earlier ministry (actor_desc_synonyms.jsonl)."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_desc_synonyms import load_synonyms
from tests.conftest import actor_mentions


def found(nlp, text):
    return dict(actor_mentions(nlp, text, "2025-03-01"))


def test_rows_load_with_ids():
    rows = load_synonyms()
    assert rows and all(r.id and r.noun and r.name_words for r in rows)


def test_the_department_after_the_one_ministry(nlp):
    out = found(nlp, "The Ministry of Transport defended the rail timetable on Monday. "
                     "The department said delays had fallen by a tenth since April.")
    assert out["The department"]["actor_id"] == out["The Ministry of Transport"]["actor_id"]


def test_the_department_after_two_ministries_is_no_guess(nlp):
    out = found(nlp, "The Ministry of Transport and the Ministry of Energy defended the plan on Monday. "
                     "The department said delays had fallen by a tenth since April.")
    assert "The department" not in out


def test_the_department_after_a_department_keeps_its_own_row(nlp):
    out = found(nlp, "The Ministry of Transport and the Department for Education defended the plan. "
                     "The department said delays had fallen by a tenth since April.")
    assert out["The department"]["actor_id"] == out["the Department for Education"]["actor_id"]
