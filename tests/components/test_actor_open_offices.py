"""claims_actors, open offices: a bare office noun in a story that says the office is to be filled
takes no holder from the offices table."""

from __future__ import annotations

import spacy

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_open_offices import office_open
from tests.conftest import MODEL
from tests.conftest import found_norms as found

VERBS = frozenset({"elect", "choose", "pick", "select", "appoint", "name"})


def test_office_open_reads_a_to_be_filled_office():
    nlp = spacy.load(MODEL)
    assert office_open(nlp("Until a new speaker is chosen, the chamber is frozen."), "speaker", VERBS)
    assert office_open(nlp("The Republicans failed to elect a speaker again."), "speaker", VERBS)
    # near misses: the definite office, another verb, no verbs given
    assert not office_open(nlp("The Republicans elected the speaker in January."), "speaker", VERBS)
    assert not office_open(nlp("A speaker addressed the rally."), "speaker", VERBS)
    assert not office_open(nlp("They failed to elect a speaker."), "speaker", frozenset())


def test_a_bare_office_in_a_story_about_filling_it_is_no_table_holder(nlp):
    text = ("WASHINGTON (AP) — House Republicans failed for a third day to elect a speaker. Hardliners "
            "in the U.S. House want the power to call a vote to oust the speaker at any time.")
    assert "the speaker" not in found(nlp, text)
    # near miss: no word of filling the office: the table's holder on the date
    text = "WASHINGTON (AP) — The speaker said on Tuesday that the U.S. House would vote next week."
    assert found(nlp, text)["The speaker"]["via"] == "office"
