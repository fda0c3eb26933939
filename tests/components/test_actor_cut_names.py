"""claims_actors, actor_cut_names.py: the given name the model cut from a name set off by commas
joins it; a title or role word there (``Professor``, ``Coach``) does not."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found


def test_title_before_an_apposed_name_is_no_given_name(nlp):
    out = found(nlp, "Its director, Professor Ines Marlowe, said the lab would close.")
    assert all(not n["actor_id"].startswith("professor") for n in out.values())
    assert any(n["actor_id"] == "ines-marlowe" for n in out.values())


def test_role_word_before_an_apposed_name_is_no_given_name(nlp):
    out = found(nlp, "The club's leader, Coach Dan Farrelly, said they would win.")
    assert all(not n["actor_id"].startswith("coach") for n in out.values())
