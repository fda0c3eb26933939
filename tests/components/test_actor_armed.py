"""claims_actors, actor_armed.py: the plural members of an armed force are military; aid workers
stay a group."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found, norms_ending as _all


def test_plural_armed_members_are_military(nlp):
    out = found(nlp, "Kenyan troops reached the border town on Monday. The soldiers fired warning shots, "
                     "and U.N. peacekeepers said the patrol had stopped.")
    assert _all(out, "soldiers")[0]["type"] == "military"
    assert _all(out, "peacekeepers")[0]["type"] == "military"


def test_aid_workers_stay_a_group(nlp):
    out = found(nlp, "Aid workers said the convoy had been stopped at the crossing.")
    norms = _all(out, "workers")
    assert norms and all(n["type"] == "group" for n in norms)
