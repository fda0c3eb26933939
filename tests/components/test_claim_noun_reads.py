"""``A statement from the ministry read: "…"``: ``read`` taken for a noun is the verb again
(claim_noun_reads).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_text, with_cue


@pytest.mark.parametrize("text, cue, speaker, content", [
    ('A statement from the club read: "We are deeply saddened by the news."', "read", "the club",
     "We are deeply saddened by the news."),
    ('A post on the senator\'s account read: "I will not be silenced."', "read", "A post on the senator's account",
     "I will not be silenced."),
])
def test_read_taken_for_a_noun_before_a_quotation_is_the_verb(claims_of, text, cue, speaker, content):
    claim = with_cue(claims_of(text), cue)
    assert speaker_text(claim) == speaker
    assert claim["content"]["text"] == content
    assert text[claim["content"]["start"]:claim["content"]["end"]] == content


def test_the_next_quotation_is_not_carried_into_an_earlier_read(claims_of):
    """Without the repair the second quotation, left with no reader, went to the first claim."""
    text = ('A letter from the union read: "Members have lost patience with the board." A statement from the '
            'club read: "We are deeply saddened by the news."')
    first = with_cue(claims_of(text), "read")
    assert first["content"]["text"] == "Members have lost patience with the board."


@pytest.mark.parametrize("text", [
    "The report was a long read: more than 300 pages of tables.",
    "She called the memoir a gripping read: honest, funny and sad.",
])
def test_read_as_a_real_noun_stays_one(claims_of, text):
    assert not any((c.get("cue") or {}).get("text") == "read" for c in claims_of(text))
