"""claims_actors, portfolios (round 43): a ministry or an office a party keeps, wants or holds out for
in a coalition deal is a post, no actor; the ministry that acts stays."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found

TEXT = ("Kenya's ruling party will keep the premiership and the finance ministry, while ODM gets a deputy "
        "premiership and the interior ministry. Wiper is holding out for the Foreign Ministry. Wiper wants "
        "the ministry to publish the audit. The finance ministry said on Monday it would appeal.")


def test_portfolios_bargained_for_are_no_actors(nlp):
    out = found(nlp, TEXT)
    assert not {"the finance ministry", "the interior ministry", "the Foreign Ministry"} & set(out)


def test_portfolios_a_ministry_that_acts_stays(nlp):
    out = found(nlp, TEXT)
    assert out["The finance ministry"]["actor_id"] == "ken-finance-ministry"
    assert out["the ministry"]["type"] == "government"
