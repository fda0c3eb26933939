"""claims_actors, post owners: a leader's office held in a body or a region is no country's office
for a bare ``the president`` that the article already read as someone else."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def _ids(nlp, text, mention):
    return [n["actor_id"] for t, n in actor_mentions(nlp, text, "2025-10-01") if t == mention]


def test_bare_president_after_a_body_s_president_is_the_earlier_president(nlp):
    text = ("YAOUNDE (Reuters) - Cameroon's opposition leader was arrested on Tuesday. The president, in power "
            "since 1982, has not commented on the arrest.\n\nThe country's bar association said its members would "
            "strike. The association's president, Jean-Paul Ekambi, said lawyers were being intimidated.\n\n"
            "Analysts said the president wanted to crush dissent before the vote.")
    first, later = _ids(nlp, text, "The president"), _ids(nlp, text, "the president")
    assert first and later == first
    assert _ids(nlp, text, "Jean-Paul Ekambi") != first


def test_bare_president_after_a_region_s_president_is_the_earlier_president(nlp):
    text = ("MOGADISHU (Reuters) - The president wants direct elections next year, and his allies in parliament "
            "back the plan.\n\nOn Tuesday Puntland's president, Saeed Abdullahi Deni, said his region would hold "
            "its own vote. The federal government called the move illegal.\n\nThe president has dismissed those "
            "complaints.")
    ids = _ids(nlp, text, "The president")
    assert len(ids) == 2 and ids[0] == ids[1]
    assert ids[0] not in _ids(nlp, text, "Saeed Abdullahi Deni")


def test_a_body_s_president_with_no_earlier_bare_president_is_still_the_president(nlp):
    # near miss: no one was read as "the president" before her, so the company's president is it
    text = ("Harlow Foods said on Monday it would close two plants. The company's president, Dana Whitcomb, "
            "said the cuts were painful. The president said 300 jobs would go.")
    assert _ids(nlp, text, "The president") == _ids(nlp, text, "Dana Whitcomb")
