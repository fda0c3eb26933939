"""claims_actors, state offices: in a story about one US state, a bare state office with no holder
named is the state's officer, not the federal holder of the offices table."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found


def test_a_state_office_in_a_story_about_one_state_is_the_states(nlp):
    text = ("MADISON, Wis. — The Wisconsin Elections Commission voted on Monday to certify the recount, and "
            "the state Senate will take up the matter next week. Gov. Carla Benning said she would sign any "
            "fix. The attorney general said in a statement that the rule was lawful.")
    norm = found(nlp, text)["The attorney general"]
    assert norm["actor_id"] == "wisconsin-attorney-general" and norm["type"] == "person"


def test_the_secretary_of_state_of_a_state_story_is_no_federal_secretary(nlp):
    text = ("PHOENIX — Arizona lawmakers met as the state legislature weighed a new ballot law. "
            "The secretary of state's office said counties would get new guidance this week.")
    ids = {n["actor_id"] for n in found(nlp, text).values()}
    assert "marco-rubio-office" not in ids and "arizona-secretary-of-state-office" in ids


def test_a_federal_story_that_names_a_state_keeps_the_tables_holder(nlp):
    text = ("WASHINGTON — The secretary of state flew to Florida on Tuesday to meet Latin American "
            "ministers, the State Department said.")
    assert found(nlp, text)["The secretary of state"]["actor_id"] == "marco-rubio"
