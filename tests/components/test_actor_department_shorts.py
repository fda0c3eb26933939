"""claims_actors, actor_department_shorts.py: a department's one word, once the text has named the
department, is that department; not before a name or a noun, nor inside a longer name."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def _ids(nlp, text):
    return [(t, n["actor_id"]) for t, n in actor_mentions(nlp, text)]


def test_department_word_alone_is_the_department(nlp):
    out = _ids(nlp, "The Justice Department opened a review in May. Justice now says the review will end "
                    "soon, and lawyers at Justice expect a fine.")
    dept = next(i for t, i in out if t.endswith("Justice Department"))
    assert [t for t, i in out if i == dept].count("Justice") == 2


def test_department_word_before_a_name_or_noun_is_not_the_department(nlp):
    out = _ids(nlp, "The Justice Department filed the suit. Justice Morrow wrote the ruling, "
                    "and Justice officials declined to comment.")
    dept = next(i for t, i in out if t.endswith("Justice Department"))
    assert all(t.endswith("Justice Department") for t, i in out if i == dept)


def test_department_word_without_the_department_is_nothing(nlp):
    out = _ids(nlp, "Commerce slowed in May, the survey found.")
    assert all(t != "Commerce" for t, _ in out)


def test_defense_alone_is_the_defense_department_it_named(nlp):
    out = _ids(nlp, "The Department of Defense paused the tender. A lawyer at Defense said the pause would "
                    "end in June, and Defense officials agreed.")
    assert ("Defense", "USAMIL") in out
    assert [t for t, _ in out].count("Defense") == 1  # not 'Defense officials'
    out = _ids(nlp, "The Pentagon paused the tender. Defense is the team's strength, the coach said.")
    assert all(t != "Defense" for t, _ in out)


def test_department_word_after_a_link_word_of_the_word_lists_is_not_the_department(nlp):
    """``department-short-links`` (actor_words.jsonl, with an id): ``and`` before the word joins
    it to a longer name (``peace and Justice``), no department."""
    from pipeline.components.gazetteer import RULES, load_words
    assert {"of", "and"} <= load_words(RULES / "actor_words.jsonl").department_short_links
    out = _ids(nlp, "The Justice Department opened a review in May. A coalition for peace and Justice said "
                    "the review was late.")
    assert [t for t, i in out if i == "us-justice-department"] == ["The Justice Department"]
    # near miss: the word after a preposition that is no link is the department
    out = _ids(nlp, "The Justice Department opened a review in May. Lawyers at Justice said the review was late.")
    assert ("Justice", "us-justice-department") in out
