"""claims_actors, state offices: in a story about one US state, a bare state office with no holder
named is the state's officer, not the federal holder of the offices table."""

from __future__ import annotations

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found, with_cue


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


@pytest.mark.parametrize("text, states", [
    # near miss of the review (probe r01): the WASHINGTON dateline is no state, "Gov. ... of Ohio" no state mark
    ("WASHINGTON (AP) — The Trump administration on Friday turned down a plea from Gov. Mike DeWine of "
     "Ohio for federal flood aid. The attorney general said the Justice Department would look into the "
     "matter, and the secretary of state said the United States would keep its policy.", ("washington-", "ohio-")),
    # two states named in a state story: no story state
    ("PHOENIX — Gov. Ana Ruiz of Arizona and Gov. Tom Bell of Nevada met as the state legislature weighed "
     "a water deal. The attorney general said the deal was lawful.", ("arizona-", "nevada-")),
])
def test_no_one_story_state_gives_no_state_offices(nlp, text, states):
    ids = {n["actor_id"] for n in found(nlp, text).values()}
    assert not any(i.startswith(states) for i in ids)


def test_washington_is_the_story_state_only_as_washington_state(nlp):
    text = ("OLYMPIA, Wash. — Lawmakers in the state of Washington sent the budget back on Monday, and the state "
            "Senate will vote on it next week. The attorney general said the plan was lawful.")
    assert found(nlp, text)["The attorney general"]["actor_id"] == "washington-attorney-general"
    federal = ("SPOKANE — Lawmakers in Washington sent the budget back on Monday, and the state Senate will vote "
               "on it next week. The attorney general said the plan was lawful.")
    assert found(nlp, federal)["The attorney general"]["actor_id"] != "washington-attorney-general"


def test_a_state_office_speaks_as_itself_not_as_its_state(claims_of):
    # review probe q05: the claim speaker was the place "georgia" (claim_speakers._group_owner matched the id prefix)
    text = ("COLUMBUS, Ohio (AP) — Ohio's Republican-led state Senate voted on Wednesday to change how ballots are "
            "counted. The secretary of state's office said it would send new rules to all 88 counties.")
    speaker = with_cue(claims_of(text), "said")["speaker"]
    assert speaker["actor_id"] == "ohio-secretary-of-state-office" and speaker["text"] == "The secretary of state's office"


def test_wash_in_a_dateline_with_the_states_senate_makes_a_washington_story(nlp):
    # review probe s02 family: "Washington's state Senate" must not count as the federal government
    text = ("SPOKANE, Wash. (AP) — Washington's state Senate voted on Thursday to cap rent increases. Gov. Bob "
            "Ferguson said he would sign it. The attorney general said the cap would survive a legal challenge.")
    assert found(nlp, text)["The attorney general"]["actor_id"] == "washington-attorney-general"


def test_congressional_districts_are_no_federal_story_mark(nlp):
    text = ("FRANKFORT, Ky. — Kentucky voters picked a new governor on Tuesday, and turnout rose in the 4th and "
            "6th congressional districts. The state Senate will seat new members in January. The attorney general "
            "said the count was clean.")
    assert found(nlp, text)["The attorney general"]["actor_id"] == "kentucky-attorney-general"


def test_washington_state_makes_a_state_story_of_its_own_mention(nlp):
    text = ("Washington state will appeal the ruling, the state attorney general's office said. The state Senate "
            "and the state House both passed the measure. The secretary of state's office said it would comply.")
    assert found(nlp, text)["The secretary of state's office"]["actor_id"].startswith("washington-secretary-of-state")


@pytest.mark.parametrize("text, start, end, marks", [
    ("Lawmakers in Washington state passed the bill.", 2, 3, (True, False)),
    ("The state of Washington sued the company.", 3, 4, (False, True)),
    ("Officials in Washington said no.", 2, 3, (False, False)),
])
def test_state_word_around_reads_state_after_and_state_of_before(nlp, text, start, end, marks):
    # the one test of "Washington state" / "the state of Washington" both the actor layer and
    # the story-state count read
    from pipeline.components.actor_state_offices import state_word_around
    doc = nlp.make_doc(text)
    assert state_word_around(doc, start, end) == marks
