"""claims_actors, one body written in two cases: ``the state court`` and ``the State Court``."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from pipeline.components.actor_case_variants import join_case_variants
from pipeline.components.actor_model import Actor, make_norm

VOCAB = spacy.blank("en").vocab


def _doc(words):
    return Doc(VOCAB, words=words)


def _actor(start, end, actor_id, atype, gaz=False):
    return Actor(start, end, make_norm(actor_id, actor_id, atype, "BIH", gaz, None, "coref"), "ner", None, "")


def test_join_case_variants_title_case_name_takes_the_described_institution():
    doc = _doc("officers of the state court left . Later the State Court ruled .".split())
    low, name = _actor(2, 5, "BIHJUD", "government"), _actor(8, 11, "state-court", "government")
    join_case_variants(doc, [low, name])
    assert name.norm["actor_id"] == "BIHJUD"


def test_join_case_variants_description_of_a_named_body_lends_nothing():
    doc = _doc("the electoral commission met . Later the Electoral Commission ruled .".split())
    low, name = _actor(0, 3, "independent-electoral-commission", "government"), _actor(6, 9, "electoral-commission", "government")
    join_case_variants(doc, [low, name])
    assert name.norm["actor_id"] == "electoral-commission"


def test_join_case_variants_short_name_of_a_longer_body_stays():
    doc = _doc("the parliament met . the European Parliament and Parliament voted .".split())
    low = _actor(0, 2, "BIHLEG", "legislature")
    ep, short = _actor(4, 7, "european-parliament", "legislature"), _actor(8, 9, "parliament", "legislature")
    join_case_variants(doc, [low, ep, short])
    assert short.norm["actor_id"] == "parliament"


def test_join_case_variants_gazetteer_name_keeps_its_id():
    doc = _doc("the state court met . the State Court ruled .".split())
    low, name = _actor(0, 3, "BIHJUD", "government"), _actor(5, 8, "state-court", "government", gaz=True)
    join_case_variants(doc, [low, name])
    assert name.norm["actor_id"] == "state-court"
