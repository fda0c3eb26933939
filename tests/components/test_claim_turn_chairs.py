"""The chair a record's introduction names (``pipeline/components/claim_turn_chairs.py``); the
articles are written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

from tests.conftest import colon_turns


def _record(intro: str) -> str:
    return (
        "Panel advances water bill\n\n"
        f"The House Energy Committee advanced a water bill on Wednesday. {intro} Rep. Amy Castell "
        "(D-Nev.) offered the only amendment.\n\n"
        "The CHAIRMAN. The committee will come to order. The gentlewoman from Nevada is recognized.\n\n"
        "Ms. CASTELL. Thank you, Mr. Chairman. I have an amendment at the desk.\n\n"
        "The CHAIRMAN. Without objection, the amendment is considered as read.\n"
    )


def test_the_chairman_label_is_the_chair_the_introduction_names(claims_of):
    """``The CHAIRMAN.`` of a markup ``chaired by Rep. Hollis Grange``: Grange speaks, the label in ``via``."""
    turns = colon_turns(claims_of(_record("The markup, chaired by Rep. Hollis Grange (R-Utah), ran two hours.")))
    chair = [t for t in turns if t["speaker"].get("via", {}).get("text") == "The CHAIRMAN"]
    assert len(chair) == 2 and {t["speaker"]["actor_id"] for t in chair} == {"hollis-grange"}
    assert chair[0]["content"]["text"].startswith("The committee will come to order.")


def test_with_a_member_presiding_names_the_chair(claims_of):
    turns = colon_turns(claims_of(_record("The vote came late, with Rep. Hollis Grange (R-Utah) presiding.")))
    assert turns[0]["speaker"]["actor_id"] == "hollis-grange"


def test_near_miss_without_a_named_chair_the_label_stays_as_written(claims_of):
    """No introduction names the chair (Grange only leads a delegation): ``The CHAIRMAN`` as written."""
    turns = colon_turns(claims_of(_record("A delegation led by Rep. Hollis Grange (R-Utah) watched.")))
    assert turns[0]["speaker"]["text"] == "The CHAIRMAN" and turns[0]["speaker"]["actor_id"] is None
