"""An unsigned editorial's ``we`` is the board that signs it (claim_editorials).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


EDITORIAL = ("Editorial: The city should fix its buses before it raises fares\n\n"
             "The Lakeside Herald Editorial Board\n\n"
             "When the transit authority voted in March to raise fares by 25 cents, the mayor called the "
             "increase a painful necessity for a system that is short of money.\n\n"
             "\u201cWe will not cut routes,\u201d the transit director, Ana Ruiz, said on Friday.\n\n"
             "We believe the council should reject the increase.\n")


def test_we_of_an_unsigned_editorial_is_its_board(run):
    claims = run(EDITORIAL)
    speaker = with_cue(claims, "believe")["speaker"]
    assert speaker["text"] == "The Lakeside Herald Editorial Board" and speaker["via"]["text"] == "We"
    assert speaker["actor_id"] and speaker["norm"]["type"] == "media"
    assert EDITORIAL[speaker["start"]:speaker["end"]] == speaker["text"]
    assert with_cue(claims, "said")["speaker"]["text"] == "Ana Ruiz"  # a quoted ``we`` is the quote's


def test_we_of_a_story_without_a_board_line_stays_as_written(run):
    text = EDITORIAL.replace("The Lakeside Herald Editorial Board", "Riders wait in the rain")
    speaker = with_cue(run(text), "believe")["speaker"]
    assert speaker["text"] == "We" and not speaker.get("actor_id")


def test_a_signed_op_ed_we_stays_its_author(run):
    text = EDITORIAL.replace("The Lakeside Herald Editorial Board", "By Tom Becker")
    speaker = with_cue(run(text), "believe")["speaker"]
    assert speaker["actor_id"] == "tom-becker"
