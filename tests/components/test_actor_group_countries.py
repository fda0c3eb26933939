"""claims_actors, countries of groups: trade or diplomatic group nouns (``stateless-group-nouns``)
take no country from the focus alone; voters do."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found, norm_ending as _norm


def test_diplomats_take_no_country_from_the_focus(nlp):
    out = found(nlp, "Kenya's parliament voted on Monday. Kenyan police made arrests in Nairobi. "
                     "Western diplomats said the vote was rushed, and analysts agreed.")
    assert _norm(out, "diplomats")["country"] is None
    assert _norm(out, "analysts")["country"] is None


def test_voters_still_take_the_country_in_focus(nlp):
    out = found(nlp, "Kenya's parliament voted on Monday. Kenyan police made arrests in Nairobi. "
                     "Voters said the vote was rushed.")
    assert _norm(out, "Voters")["country"] == "KEN"
