"""``the cabinet``, ``his cabinet``, ``X's cabinet``: the government as such (actor_cabinets)."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.gazetteer import shipped_actor_words
from tests.conftest import actor_mentions


def test_cabinet_heads_row_is_loaded():
    assert "cabinet" in shipped_actor_words().government_cabinet_heads


def test_cabinet_the_cabinet_is_the_government_of_its_country(nlp):
    got = dict(actor_mentions(nlp, "MANAMA, Jan 9 - Bahrain's king dissolved parliament on Tuesday. The cabinet "
                                   "will rule by decree until a vote next year, the government said."))
    assert got["The cabinet"]["actor_id"] == got["the government"]["actor_id"] == "BHRGOV"
    assert got["The cabinet"]["type"] == "government"


def test_cabinet_of_a_named_head_of_government_is_the_government(nlp):
    got = dict(actor_mentions(nlp, "OSLO — Prime Minister Kari Nordvik lost her majority on Monday. Two ministers "
                                   "quit Nordvik's cabinet over the pension reform, and her own cabinet is split."))
    assert got["cabinet"]["actor_id"] == "NORGOV"
    assert got["her own cabinet"]["actor_id"] == "NORGOV"
    assert got["Nordvik"]["type"] == "person"  # the owner stays a mention of its own


def test_cabinet_with_a_modifier_keeps_an_id_of_its_own(nlp):
    got = dict(actor_mentions(nlp, "JERUSALEM — The Israeli security cabinet met on Sunday to weigh the truce."))
    assert got["The Israeli security cabinet"]["actor_id"] != "ISRGOV"


def test_cabinet_bare_with_no_owner_keeps_an_id_of_its_own(nlp):
    got = dict(actor_mentions(nlp, "CANBERRA — The treasurer has fought the rent cap within cabinet for weeks."))
    assert got["cabinet"]["actor_id"] == "aus-cabinet"
