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


def test_insurgent_army_named_after_its_country_is_no_state_military(nlp):
    out = found(nlp, "The Kosovo Liberation Army fought Serbian forces in 1998, and the Pakistan Army "
                     "said on Monday that its troops were on alert.")
    kla = out["The Kosovo Liberation Army"]
    assert (kla["actor_id"], kla["type"], kla["country"], kla["role"]) == \
        ("kosovo-liberation-army", "military", "XKX", "XKXREB")
    assert out["the Pakistan Army"]["actor_id"] == "PAKMIL"


def test_national_armed_forces_by_their_proper_name_are_the_military(nlp):
    out = found(nlp, "DAR ES SALAAM - The Tanzania People's Defence Force (TPDF) said on Friday that "
                     "the army had sent two battalions to the border.")
    ids = {t: (n["actor_id"], n["type"], n["country"]) for t, n in out.items()}
    assert ids["The Tanzania People's Defence Force"] == ("TZAMIL", "military", "TZA")
    assert ids["TPDF"] == ids["the army"] == ("TZAMIL", "military", "TZA")


def test_ethnic_armed_groups_of_myanmar_are_apart_from_the_tatmadaw(nlp):
    out = found(nlp, "YANGON - The Ta'ang National Liberation Army said it had taken a town in Shan state, "
                     "while the Tatmadaw said its jets had struck rebel camps.")
    tnla = out["The Ta'ang National Liberation Army"]
    assert (tnla["actor_id"], tnla["type"], tnla["country"]) == ("tnla", "military", "MMR")
    assert out["the Tatmadaw"]["actor_id"] == "MMRMIL"
