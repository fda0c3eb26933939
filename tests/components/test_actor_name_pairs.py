"""claims_actors, actor_name_pairs.py: an acronym written before its body's kind is the one body
of its country whose name ends in that kind; a name with its translation in brackets or after
``, or`` is one body."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found

CHAD = ("N'DJAMENA — Chad's largest UST trade union called a general strike on Monday. The Chadian "
        "Workers' Trade Union, which says it has 90,000 members, accused the government of ignoring "
        "its demands. The UST said talks had failed.")


def test_link_headed_acronyms_joins_the_long_name_ending_in_the_kind(nlp):
    out = found(nlp, CHAD)
    assert out["UST"]["actor_id"] == out["The Chadian Workers' Trade Union"]["actor_id"]


def test_link_headed_acronyms_needs_the_same_country(nlp):
    out = found(nlp, CHAD + " Senegal's largest CNTS trade union also called a strike.")
    cnts = next(n for t, n in out.items() if t.startswith("CNTS"))
    assert cnts["actor_id"] != out["The Chadian Workers' Trade Union"]["actor_id"]


def test_link_headed_acronyms_leaves_two_candidates_apart(nlp):
    out = found(nlp, CHAD + " The Chadian Teachers' Trade Union said it backed the strike.")
    assert out["UST"]["actor_id"] not in (out["The Chadian Workers' Trade Union"]["actor_id"],
                                          out["The Chadian Teachers' Trade Union"]["actor_id"])


def test_link_translated_names_joins_a_name_in_brackets(nlp):
    out = found(nlp, "LA PAZ — Leaders of the Movement for Socialism (Movimiento al Socialismo) met on "
                     "Monday. Movimiento al Socialismo lawmakers said they would block the bill.")
    ids = {n["actor_id"] for t, n in out.items() if "Socialis" in t}
    assert len(ids) == 1


def test_link_translated_names_joins_a_name_after_or(nlp):
    out = found(nlp, "MONTEVIDEO — The Colorado Workers Front, or Frente Obrero Colorado, said on Monday "
                     "it would strike. Frente Obrero Colorado leaders met the minister.")
    ids = {n["actor_id"] for t, n in out.items() if "Front" in t}
    assert len(ids) == 1


def test_link_translated_names_keeps_a_place_or_person_in_brackets_apart(nlp):
    out = found(nlp, "The Broad Front (Uruguay) met on Monday. The Workers Party (Maria Lopez) did not.")
    assert out["Maria Lopez"]["type"] == "person" and out["Maria Lopez"]["actor_id"] == "maria-lopez"
    assert out["Uruguay"]["actor_id"] == "URY"
