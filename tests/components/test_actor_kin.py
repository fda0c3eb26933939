"""claims_actors, family words: relatives named by their kin to a named person, shared surnames
never merged by a guess, families as groups."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def mentions(nlp, text):
    return actor_mentions(nlp, text, None)


FAMILY = ("Peter Lindgren and Maria Lindgren run a bakery in Duluth. "
          "Erik Lindgren, the couple's son and a city planner, opposes the new bypass. ")


def test_shared_surname_apposed_parent_word_is_not_the_son(nlp):
    found = mentions(nlp, FAMILY + "Lindgren, the father, signed the petition on Monday.")
    assert [n["actor_id"] for t, n in found if t == "Lindgren"] == ["peter-lindgren"]


def test_shared_surname_bare_with_two_candidates_joins_nobody(nlp):
    found = mentions(nlp, FAMILY + "Lindgren signed the petition on Monday.")
    bare = [n["actor_id"] for t, n in found if t == "Lindgren"]
    assert not set(bare) & {"peter-lindgren", "maria-lindgren", "erik-lindgren"}


def test_shared_surname_title_takes_the_one_named_before(nlp):
    text = ("Tom Ahern and Julia Ahern disagree about the school budget. Mr. Ahern said the numbers "
            "were wrong. Later their son, Liam Ahern, spoke at the meeting.")
    found = mentions(nlp, text)
    assert [n["actor_id"] for t, n in found if t == "Mr. Ahern"] == ["tom-ahern"]


def test_kin_word_takes_the_relative_named_before(nlp):
    text = ("Susan Whitcomb, a county judge, spoke first. Her husband, a retired pilot, sat beside her. "
            "Later Daniel Whitcomb, the couple's son, addressed the crowd.")
    found = dict(mentions(nlp, "Gary Whitcomb runs the farm. " + text))
    assert found["Her husband"]["actor_id"] == "gary-whitcomb"


def test_vocative_kin_is_the_parent_of_the_person_quoted(nlp):
    text = (FAMILY + 'Asked about the dispute, Erik Lindgren said: "Mom has been very patient with all of us."')
    found = dict(mentions(nlp, text))
    assert found["Mom"]["actor_id"] == "maria-lindgren"


def test_vocative_kin_without_one_parent_is_not_resolved(nlp):
    found = dict(mentions(nlp, 'Erik Lindgren spoke. "Dad has been very patient," he said.'))
    assert "Dad" not in found or found["Dad"]["actor_id"] != "erik-lindgren"


def test_couple_and_plural_surname_are_the_family_group(nlp):
    found = mentions(nlp, FAMILY + "The Lindgrens have lived there for decades, and the couple plans to stay.")
    fam = {t: n["actor_id"] for t, n in found if n["actor_id"] == "lindgren-family"}
    assert set(fam) == {"Lindgrens", "the couple"}
    assert next(n for t, n in found if t == "Lindgrens")["type"] == "group"


def test_couple_without_a_shared_surname_makes_no_family(nlp):
    found = dict(mentions(nlp, "Anna Berg met Paul Novak in 2010. The couple married a year later."))
    assert all(not n["actor_id"].endswith("-family") for n in found.values())
