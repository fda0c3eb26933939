"""claims_actors, ActorComponent._of_other_owner: a US federal body's name after a word of
``us-local-body-owners`` (actor_words.jsonl) is a state's, county's or city's own body."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def _norms(nlp, text, words):
    return [n for t, n in actor_mentions(nlp, text) if t.endswith(words)]


def test_a_city_or_county_department_is_not_the_federal_one(nlp):
    from pipeline.components.gazetteer import RULES, load_words
    assert {"state", "county", "city"} <= load_words(RULES / "actor_words.jsonl").us_local_body_owners
    for text in ("The city Department of Transportation shut two lanes of the bridge on Tuesday.",
                 "Crews from the state Department of Transportation shut two lanes of the bridge on Tuesday."):
        found = _norms(nlp, text, "Department of Transportation")
        assert found and all(n["actor_id"] != "us-transportation-department" for n in found)
    # near miss: the bare name, or after a word that is no owner, is the federal department
    for text in ("The Department of Transportation shut two lanes of the bridge on Tuesday.",
                 "Engineers said the federal Department of Transportation shut two lanes on Tuesday."):
        found = _norms(nlp, text, "Department of Transportation")
        assert found and all(n["actor_id"] == "us-transportation-department" for n in found)
