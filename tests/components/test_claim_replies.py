"""``he replied`` after ``X asked``: never the asker (claim_replies, issue 11).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

from conftest import with_cue

TRIAL = ("Daniel Okoro told the court that he had kept two sets of books. \"I knew it was wrong,\" Okoro said.\n\n"
         "Prosecutor Helen Marsh then asked Okoro how often he met the accountant. "
         "\"Every Friday, sometimes twice,\" he replied.")
NO_OBJECT = ("Daniel Okoro told the court that he had kept two sets of books. \"I knew it was wrong,\" Okoro said.\n\n"
             "Defense lawyer Peter Vance then asked how often the two had met. \"Every Friday, sometimes twice,\" he replied.")


def _actor(claims: list[dict], cue: str) -> str | None:
    return (with_cue(claims, cue)["speaker"] or {}).get("actor_id")


def test_the_one_asked_replies(claims_of):
    assert _actor(claims_of(TRIAL), "replied") == "daniel-okoro"


def test_with_no_one_named_as_asked_the_person_quoted_before_replies(claims_of):
    assert _actor(claims_of(NO_OBJECT), "replied") == "daniel-okoro"


def test_a_plain_said_after_a_question_keeps_the_asker(claims_of):
    text = NO_OBJECT.replace("he replied", "he said")
    claims = [c for c in claims_of(text) if c["cue"] and c["cue"]["text"] == "said"]
    assert (claims[-1]["speaker"] or {}).get("actor_id") == "peter-vance"
