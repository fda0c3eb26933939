"""claims_actors, open offices: a bare office noun in a story that says the office is to be filled
takes no holder from the offices table."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_open_offices import OpenWords, office_open
from tests.conftest import found_norms as found

VERBS = frozenset({"elect", "choose", "pick", "select", "appoint", "name"})
WORDS = OpenWords(VERBS, frozenset({"until", "if", "unless"}), frozenset({"fail", "vote"}))


def test_office_open_reads_a_to_be_filled_office(base_nlp):
    nlp = base_nlp
    assert office_open(nlp("Until a new speaker is chosen, the chamber is frozen."), "speaker", WORDS)
    assert office_open(nlp("The Republicans failed to elect a speaker again."), "speaker", WORDS)
    # near misses: the definite office, another verb, no verbs given
    assert not office_open(nlp("The Republicans elected the speaker in January."), "speaker", WORDS)
    assert not office_open(nlp("A speaker addressed the rally."), "speaker", WORDS)
    # near misses: a past or a future election leaves the office held
    assert not office_open(nlp("The House elected a speaker in October."), "speaker", WORDS)
    assert not office_open(nlp("Members will choose a speaker in November."), "speaker", WORDS)
    assert not office_open(nlp("They failed to elect a speaker."), "speaker", OpenWords())


def test_a_bare_office_in_a_story_about_filling_it_is_no_table_holder(nlp):
    text = ("WASHINGTON (AP) — House Republicans failed for a third day to elect a speaker. Hardliners "
            "in the U.S. House want the power to call a vote to oust the speaker at any time.")
    assert "the speaker" not in found(nlp, text)
    # near miss: no word of filling the office: the table's holder on the date
    text = "WASHINGTON (AP) — The speaker said on Tuesday that the U.S. House would vote next week."
    assert found(nlp, text)["The speaker"]["via"] == "office"


def test_a_past_or_future_election_leaves_the_office_held(nlp):
    text = ("WASHINGTON (AP) — The House elected a speaker in January. On Tuesday the speaker said the U.S. "
            "House would vote next week.")
    assert found(nlp, text)["the speaker"]["via"] == "office"
    text = ("WASHINGTON (AP) — Americans will choose a president in November. The president said on Tuesday "
            "that tariffs would stay.")
    assert found(nlp, text)["The president"]["via"] == "office"
