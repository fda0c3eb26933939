"""claims_actors: a bare kind noun of the front matter (``union threatens strike``) names the one
later body it fits (actor_front_kinds)."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def _ids(nlp, text: str, mention: str) -> list:
    return [n.get("actor_id") for t, n in actor_mentions(nlp, text) if t == mention]


def test_headline_thinktank_names_the_body_called_a_thinktank(nlp):
    text = ("Rail fares to rise by 6% next year, thinktank warns\n\n"
            "Rail fares in England will rise by about 6% next year, according to the Harwood Centre, "
            "a transport thinktank. The Department for Transport said fares were set by a formula.")
    assert _ids(nlp, text, "thinktank") == _ids(nlp, text, "the Harwood Centre")


def test_headline_union_names_the_union_named_so_after_it(nlp):
    text = ("Northline Bank to shut 40 branches; union threatens strike\n\n"
            "Northline Bank said on Tuesday it would close 40 of its 300 branches. "
            "The Communication Workers Union said it would ballot members over the plan.")
    assert _ids(nlp, text, "union") == _ids(nlp, text, "The Communication Workers Union")


def test_headline_union_with_two_unions_is_no_guess(nlp):
    text = ("Banks face new rules; union threatens strike\n\n"
            "The Communication Workers Union and the Unite union both said they would ballot members.")
    assert _ids(nlp, text, "union") == []


def test_headline_kind_noun_with_a_modifier_is_left_alone(nlp):
    text = ("Northline Bank to shut 40 branches; bank union threatens strike\n\n"
            "The Communication Workers Union said it would ballot members over the plan.")
    assert _ids(nlp, text, "union") == []


def test_headline_report_is_no_body_whose_report_it_is(nlp):
    text = ("Rail fares to rise by 6% next year, report says\n\n"
            "The Harwood Centre report, published on Monday, says fares will rise by about 6%.")
    assert _ids(nlp, text, "report") == []


def test_headline_opposition_is_no_one_party_near_miss(nlp):
    text = ("Prime minister sacks finance chief\n\nOpposition calls move a 'power grab' before vote\n\n"
            "The Social Democratic Party, the largest opposition party, said it would table a motion of "
            "no confidence. The Green Alliance said it would back it.")
    ids = _ids(nlp, text, "Opposition")
    sdp = _ids(nlp, text, "The Social Democratic Party")
    assert not ids or ids[0] != sdp[0]
