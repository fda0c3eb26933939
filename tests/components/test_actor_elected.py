"""claims_actors, the elected successor: ``the <office>-elect`` and an outgoing holder's ``his
successor`` name the one person titled ``<Office>-elect`` or elected as the office; two or none: no
guess."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def ids(nlp, text, span):
    return [n["actor_id"] for t, n in actor_mentions(nlp, text, None) if t == span]


def test_the_president_elect_is_the_one_elected_as_president(nlp):
    text = ("TEGUCIGALPA — Honduras's Congress on Tuesday elected Rosa Elvir Fajardo as president after a "
            "month-long deadlock. The president-elect said she would name her cabinet this week.")
    assert ids(nlp, text, "The president-elect") == ids(nlp, text, "Rosa Elvir Fajardo") != []


def test_the_mayor_elect_is_the_one_titled_mayor_elect(nlp):
    text = ("Mayor-elect Dana Whitfield met city staff on Friday. Transition aides said the mayor-elect "
            "would keep the police chief.")
    assert ids(nlp, text, "the mayor-elect") == ids(nlp, text, "Mayor-elect Dana Whitfield") != []


def test_outgoing_holders_successor_is_the_one_elected(nlp):
    text = ("Parliament on Monday elected Tomas Varga as president. Outgoing President Miklos Hegedus "
            "congratulated his successor and wished him well.")
    assert ids(nlp, text, "his successor") == ids(nlp, text, "Tomas Varga") != []


def test_a_president_elect_is_no_mention(nlp):
    text = ("Parliament on Monday elected Tomas Varga as president. Aides said a president-elect "
            "usually names a cabinet within weeks.")
    assert ids(nlp, text, "a president-elect") == []


def test_two_people_elected_make_no_guess(nlp):
    text = ("The assembly elected Tomas Varga as president and the senate elected Ilona Kertesz as president "
            "of the chamber. The president-elect will be sworn in next month.")
    assert ids(nlp, text, "The president-elect") == []


def test_successor_with_no_one_elected_keeps_its_own_id(nlp):
    text = ("Outgoing President Miklos Hegedus said on Monday he would leave the pension reform to his "
            "successor.")
    assert [i for i in ids(nlp, text, "his successor") if not i.endswith("-successor")] == []
