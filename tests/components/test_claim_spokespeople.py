"""An unnamed spokesperson speaks for their body (claim_spokespeople.py).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _last(claims, cue):
    """The last claim whose cue is ``cue`` (the spokesperson's, after the body's own)."""
    found = [c for c in claims if (c["cue"] or {}).get("text") == cue]
    assert found, [(c["text"], c["cue"]) for c in claims]
    return found[-1]


@pytest.mark.parametrize("text, cue, body, words", [
    # the body's name before the title
    ("Unilever raised its dividend on Thursday after a record quarter, the company said in a statement. "
     "Analysts had expected a smaller payout.\n\nA Unilever spokesperson said the board would review the "
     "policy in March.", "said", "unilever", "A Unilever spokesperson"),
    # a common noun of the body's kind, right after that body spoke
    ("The Federal Aviation Administration said on Monday it would inspect every grounded jet.\n\n"
     "An agency spokesman said the inspections would take two weeks.", "said", "faa", "An agency spokesman"),
])
def test_unnamed_spokesperson_speaks_for_the_body(run, text, cue, body, words):
    claim = _last(run(text), cue)
    speaker = claim["speaker"]
    assert speaker["actor_id"] == body
    assert speaker["via"]["text"] == words
    assert text[speaker["via"]["start"]:speaker["via"]["end"]] == words
    assert len(speaker["also"]) == 1 and speaker["also"][0]["actor_id"] != body  # the spokesperson speaks with it
    assert [a["norm"]["actor_id"] for a in claim["actors"] if a["role"] == "speaker"] == [body]


def test_named_spokesperson_stays_the_person(run):
    text = ("Unilever raised its dividend on Thursday. Company spokeswoman Lucia Ferreira said the board "
            "would review the policy in March.")
    speaker = with_cue(run(text), "said")["speaker"]
    assert speaker["actor_id"] == "lucia-ferreira" and not speaker.get("also")


def test_spokesperson_with_no_body_said_stays_the_words(run):
    # the last speaker before is a person, not a body: no body to give
    text = ("Mayor Ellen Brooks said the bridge would reopen in May.\n\n"
            "An agency spokesman said the inspections would take two weeks.")
    speaker = _last(run(text), "said")["speaker"]
    assert "also" not in speaker and "agency" in speaker["text"]


def test_near_miss_a_spokesperson_of_another_kind_than_the_body_that_spoke(run):
    # a district's spokesperson after a teachers' association spoke: not the association
    text = ("The Harlow Teachers Association said on Monday that its members would strike on Friday.\n\n"
            "A district spokesperson said schools would stay open.")
    speaker = _last(run(text), "said")["speaker"]
    assert speaker.get("actor_id") != "harlow-teachers-association"
