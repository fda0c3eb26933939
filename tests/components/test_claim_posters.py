"""Speakers who post on social media: a handle named as the poster, and ``the channel`` as the
owner of a channel named before (``claim_posters.py``).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest


def _cue(claims: list[dict], word: str) -> dict:
    return next(c for c in claims if c["cue"] and c["cue"]["text"] == word)


@pytest.mark.parametrize("text, via", [
    ("Several commuters vented online. One, posting on X as @platform9blues, wrote that the "
     "station had been closed without warning.", "One"),
    ("A user posting under the handle @gridwatch said the outage had lasted four hours.",
     "A user posting under the handle @gridwatch"),
    ("A supporter, writing under the username @redwall, claimed the vote had been rigged.", "A supporter"),
])
def test_the_handle_a_subject_posts_under_is_the_speaker(claims_of, text, via):
    claim = next(c for c in claims_of(text) if c["cue"] and c["cue"]["text"] in ("wrote", "said", "claimed"))
    assert claim["speaker"]["text"].startswith("@")
    assert claim["speaker"]["via"]["text"] == via


def test_a_handle_elsewhere_in_the_sentence_names_no_poster(claims_of):
    text = "A spokesman said the company would reply to @gridwatch and other customers."
    assert _cue(claims_of(text), "said")["speaker"]["text"] == "A spokesman"


@pytest.mark.parametrize("text, speaker", [
    ("Ms Okafor, replying to a post by a user going by the name @harbourwatch, said the ferry "
     "timetable had not changed.", "Ms Okafor"),
    ("A council spokeswoman, responding to a resident known as @parkrunner, said the gates would "
     "reopen on Monday.", "A council spokeswoman"),
    ("The mayor, who was mocked by an account posting as @cityhallwatch, said the budget was balanced.",
     "The mayor"),
    ("Harris, posting on Instagram as @harrisofficial, said she would run again.", "Harris"),
])
def test_another_users_handle_or_a_named_subject_keeps_the_subject(claims_of, text, speaker):
    """The handle must hang on a posting verb of the subject itself, and never overrides a name."""
    claim = _cue(claims_of(text), "said")
    assert claim["speaker"]["text"].startswith(speaker)
    assert not claim["speaker"]["text"].startswith("@")


def test_the_channel_is_the_owner_of_the_channel_named_before(claims_of):
    text = ("The nationalist blogger Rybar, whose Telegram channel has more than a million "
            "followers, said the bridge had been hit twice. \"The enemy is desperate,\" the channel wrote.")
    claim = _cue(claims_of(text), "wrote")
    assert claim["speaker"]["text"] == "Rybar"
    assert claim["speaker"]["via"]["text"] == "the channel"


def test_the_channel_with_no_owner_named_stays_as_written(claims_of):
    text = ("A video circulating on a Telegram channel showed smoke over the port. "
            "\"The port is burning,\" the channel wrote.")
    claim = _cue(claims_of(text), "wrote")
    assert claim["speaker"]["text"] == "the channel"
    assert claim["speaker"].get("actor_id") is None


def test_the_channel_is_not_the_agency_that_reports_the_post(claims_of):
    text = ("Reuters could not verify the footage. The pro-Kremlin blogger Voenkor Kotenok, whose "
            "Telegram channel has 600,000 subscribers, claimed the depot had burned for hours. "
            "\"The air defence slept,\" the channel wrote.")
    claim = _cue(claims_of(text), "wrote")
    assert claim["speaker"]["text"] != "Reuters"
    assert claim["speaker"]["via"]["text"] == "the channel"


@pytest.mark.parametrize("text, handle, via", [
    ("Rumours of a curfew spread fast online. One, from the account @HarbourDesk, said the army had "
     "closed the bridges.", "@HarbourDesk", "One"),
    ("Videos of the march circulated widely. One post, from the account @CityDesk24, said police "
     "had fired tear gas.", "@CityDesk24", "One post"),
    ("Claims of ballot stuffing spread on Thursday. Another, from the account @ValleyVotes, said: "
     "\"The boxes were opened overnight.\"", "@ValleyVotes", "Another"),
])
def test_a_post_from_an_account_set_off_after_the_subject_is_the_handles(claims_of, text, handle, via):
    """``One, from the account @x, said``: the handle of the ``from`` aside between the subject (a
    bare ``one``/``another`` or a post) and its verb is the poster; the subject stays in ``via``."""
    claim = _cue(claims_of(text), "said")
    start = text.index(handle)
    assert claim["speaker"]["text"] == handle
    assert (claim["speaker"]["start"], claim["speaker"]["end"]) == (start, start + len(handle))
    assert claim["speaker"]["via"]["text"] == via


def test_a_named_subject_from_an_account_keeps_the_name(claims_of):
    text = "Mayor Ruth Alcott, from the account @AlcottForMayor, said the count was fair."
    claim = _cue(claims_of(text), "said")
    assert not claim["speaker"]["text"].startswith("@")
