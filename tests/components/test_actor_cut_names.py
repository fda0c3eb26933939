"""claims_actors, actor_cut_names.py: the given name the model cut from a name set off by commas
joins it; a title or role word there (``Professor``, ``Coach``) does not."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_cut_names import hyphen_name_extent
from pipeline.components.actor_people import is_first_name
from tests.conftest import found_norms as found


def test_title_before_an_apposed_name_is_no_given_name(nlp):
    out = found(nlp, "Its director, Professor Ines Marlowe, said the lab would close.")
    assert all(not n["actor_id"].startswith("professor") for n in out.values())
    assert any(n["actor_id"] == "ines-marlowe" for n in out.values())


def test_role_word_before_an_apposed_name_is_no_given_name(nlp):
    out = found(nlp, "The club's leader, Coach Dan Farrelly, said they would win.")
    assert all(not n["actor_id"].startswith("coach") for n in out.values())



def test_byline_name_opening_with_a_country_keeps_its_hyphenated_surname(nlp):
    out = found(nlp, "Harbor plan stalls\n\nBy Jordan Pike-Morrow\nThe Harbor Gazette\n\n"
                     "The port authority voted on Monday to delay the plan.")
    assert any(n["actor_id"] == "jordan-pike-morrow" for n in out.values())
    assert not any(n["actor_id"] == "jordan-pike" for n in out.values())


def test_hyphenated_byline_in_capitals_is_one_name(nlp):
    out = found(nlp, "Ports brace for strike\n\nBy MARIA OSTROWSKA-NOWAK and PETER HOLM\n\n"
                     "GDANSK, Poland (AP) — Dockworkers walked out on Monday.")
    assert any(n["actor_id"] == "maria-ostrowska-nowak" for n in out.values())


def test_cut_hyphen_parts_join_the_name(blank_nlp):
    doc = blank_nlp("Senator Ruth Calder-Moss-Vane said no. Jean-Luc Barre agreed.")
    assert doc[1:3].text == "Ruth Calder"
    assert doc[slice(*hyphen_name_extent(doc, 1, 3, is_first_name))].text == "Ruth Calder-Moss-Vane"
    luc = [t.i for t in doc if t.text == "Luc"][0]
    assert doc[slice(*hyphen_name_extent(doc, luc, luc + 2, is_first_name))].text == "Jean-Luc Barre"


def test_hyphen_pair_before_a_noun_names_no_one_person(blank_nlp):
    doc = blank_nlp("The Sanders-Warren feud had cooled.")
    doc[4].pos_ = "NOUN"
    assert hyphen_name_extent(doc, 1, 2, is_first_name) == (1, 2)


def test_each_name_of_a_capitals_byline_is_whole(nlp):
    out = found(nlp, "Farmers block roads\n\nBy LUCÍA P. ARRIAGA and TOMÁS VELA\nAssociated Press\n\n"
                     "LIMA, Peru (AP) — Farmers blocked roads on Monday, the police said.")
    ids = {n["actor_id"] for n in out.values()}
    assert "tomas-vela" in ids and "tomas" not in ids


def test_a_byline_desk_word_is_no_surname(nlp):
    out = found(nlp, "Council tax rises capped\n\nHelen Okafor Education correspondent\n\n"
                     "The education secretary said on Monday that schools would get more money.")
    ids = {n["actor_id"] for n in out.values()}
    assert "helen-okafor" in ids and "helen-okafor-education" not in ids


def test_a_surname_before_a_lower_case_job_in_a_sentence_stays(nlp):
    out = found(nlp, "Thomas Crane Young, a veteran reporter, said the mayor had resigned.")
    assert any(n["actor_id"].startswith("thomas-crane") for n in out.values())


def test_a_foreign_and_inside_a_union_name_keeps_one_name(nlp):
    out = found(nlp, "In Denmark, the HK og Dansk Metal union said it would strike, and the EU and NATO said nothing.")
    ids = {n["actor_id"] for n in out.values()}
    assert "hk-og-dansk-metal" in ids and "dansk-metal" not in ids
    assert {"eu", "nato"} <= ids
