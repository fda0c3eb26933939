"""claims_actors, actor_name_pairs.py: an acronym written before its body's kind is the one body
of its country whose name ends in that kind; a name with its translation in brackets or after
``, or`` is one body."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_model import Actor, make_norm
from pipeline.components.actor_name_pairs import link_part_names
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


def test_link_headed_acronyms_keeps_a_body_of_the_same_sentence_apart(nlp):
    out = found(nlp, "MANAGUA, Nicaragua — The ruling UNIDAD party and the opposition Liberal Party both claimed "
                     "victory on Sunday. The Liberal Party said it would ask for a recount. UNIDAD rejected that.")
    assert out["UNIDAD"]["actor_id"] != out["The Liberal Party"]["actor_id"]


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



_PARTS = frozenset({"province", "region", "district"})


def _place(start: int, end: int, actor_id: str, country: str | None = None) -> Actor:
    return Actor(start, end, make_norm(actor_id, actor_id, "location", country, False, None, "ner"), "ner")


def test_link_part_names_joins_a_province_and_its_bare_name(blank_nlp):
    doc = blank_nlp("Thousands fled Chatkal province on Monday . Rescuers reached Chatkal on Tuesday .")
    actors = [_place(2, 4, "chatkal-province"), _place(9, 10, "chatkal", "KGZ")]
    link_part_names(doc, actors, _PARTS)
    assert [a.norm["actor_id"] for a in actors] == ["chatkal", "chatkal"] and actors[0].norm["country"] == "KGZ"


def test_link_part_names_leaves_a_name_another_mention_holds_apart(blank_nlp):
    doc = blank_nlp("Thousands fled Chatkal province on Monday . Rescuers reached Chatkal , and the Chatkal "
                    "Water Authority said dams held .")
    water = Actor(13, 17, make_norm("chatkal-water-authority", "x", "government", "KGZ", False, None, "ner"), "ner")
    actors = [_place(2, 4, "chatkal-province"), _place(9, 10, "chatkal", "KGZ"), water]
    link_part_names(doc, actors, _PARTS)
    assert actors[0].norm["actor_id"] == "chatkal-province"


def test_link_part_names_needs_a_noun_of_a_country_s_part(blank_nlp):
    doc = blank_nlp("Thousands fled Chatkal station on Monday . Rescuers reached Chatkal on Tuesday .")
    actors = [_place(2, 4, "chatkal-station"), _place(9, 10, "chatkal", "KGZ")]
    link_part_names(doc, actors, _PARTS)
    assert actors[0].norm["actor_id"] == "chatkal-station"


def test_link_lower_chambers_joins_the_lower_house_and_the_named_chamber(nlp):
    out = found(nlp, "AMMAN — Jordan's ruling bloc kept its majority in the House of Representatives, results "
                     "showed on Friday. Tribal candidates, long the backbone of the lower house, lost seats.")
    assert out["the House of Representatives"]["actor_id"] == out["the lower house"]["actor_id"] == "JORLEG"


def test_link_lower_chambers_leaves_an_upper_chamber_apart(nlp):
    out = found(nlp, "AMMAN — Jordan's king appointed a new Senate on Friday. Tribal candidates, long the "
                     "backbone of the lower house, lost seats.")
    senate = next(n for t, n in out.items() if t.endswith("Senate"))
    assert senate["actor_id"] != out["the lower house"]["actor_id"]
