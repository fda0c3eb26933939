"""claims_actors, words in capitals: speaker labels of a transcript (the person's id, no colon in
the span) and capitals for emphasis (no actor), while known acronyms stay bodies."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def found(nlp, text):
    return [(t, norm["actor_id"]) for t, norm in actor_mentions(nlp, text, "2025-04-02")]


TRANSCRIPT = ("Joining us from the capital are Senator Maribel T. Quintero and Dr. Samuel Adeyemi, "
              "who chairs the state health board.\n\n"
              "MARIBEL QUINTERO: Thank you. The clinics will close if nothing changes.\n\n"
              "QUINTERO: I have said so for a year.\n\n"
              "DR. ADEYEMI: The numbers do not support that.\n\n"
              "SEN. QUINTERO: Then show us your numbers.\n\n"
              "MODERATOR: We have to leave it there.")


def test_labels_are_the_people_named_in_the_intro(nlp):
    got = found(nlp, TRANSCRIPT)
    assert ("MARIBEL QUINTERO", "maribel-quintero") in got
    assert ("QUINTERO", "maribel-quintero") in got
    assert ("DR. ADEYEMI", "samuel-adeyemi") in got
    assert ("SEN. QUINTERO", "maribel-quintero") in got


def test_labels_never_hold_the_colon_and_role_labels_are_no_person(nlp):
    got = found(nlp, TRANSCRIPT)
    assert not any(text.endswith(":") for text, _ in got)
    assert not any("MODERATOR" in text for text, _ in got)


def test_labels_opening_with_an_article_are_crossheads_no_person(nlp):
    got = found(nlp, "THE BOTTOM LINE: 30 percent of renters now pay more than half their income.\n\n"
                     "A CLOSER LOOK: Rents rose fastest in the suburbs.")
    assert not any("BOTTOM" in text or "CLOSER" in text for text, _ in got)


def test_caps_emphasis_is_no_actor(nlp):
    got = found(nlp, '"What they did is a TRAVESTY, and the VOTERS will never forget it," Ramos wrote late on '
                     'Sunday. "We will FIGHT BACK!"')
    assert not any(text.isupper() for text, _ in got)


def test_known_acronyms_in_capitals_stay_bodies(nlp):
    got = dict(found(nlp, "The FBI and NATO both declined to comment on the report on Wednesday."))
    assert got.get("The FBI") == "fbi"
    assert got.get("NATO") == "nato"
