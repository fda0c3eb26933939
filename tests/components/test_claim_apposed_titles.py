"""The post a person carries in apposition (claim_apposed_titles.py).

Every text here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from pipeline.components.claim_apposed_titles import titles_apposed


@pytest.fixture(scope="module")
def parse(nlp):
    def _span(text: str, name: str):
        doc = nlp(text)
        start = text.index(name)
        span = doc.char_span(start, start + len(name))
        assert span is not None
        return span
    return _span


def test_post_after_the_name(parse):
    span = parse("The briefing was given by Tomasz Wielgus, Deputy Spokesperson for the Harbour Authority.",
                 "Tomasz Wielgus")
    assert {"deputy", "spokesperson"} <= titles_apposed(span)


def test_post_after_the_name_with_an_article(parse):
    span = parse("Questions went to Mara Lind, the transport spokeswoman, on Friday.", "Mara Lind")
    assert "spokeswoman" in titles_apposed(span)


def test_a_possessors_post_is_not_the_persons(parse):
    span = parse("Mara Lind, the minister's spokeswoman, declined to comment.", "Mara Lind")
    assert "minister" not in titles_apposed(span)


def test_post_before_the_comma(parse):
    span = parse("Asked by the panel chair, Green councillor Hugh Ambler, the director said nothing.",
                 "Hugh Ambler")
    assert "chair" in titles_apposed(span)


def test_a_clause_after_the_name_carries_no_post(parse):
    span = parse("Hugh Ambler, who chaired the panel in 2019, said nothing.", "Hugh Ambler")
    assert titles_apposed(span) == set()


def test_no_comma_no_apposition(parse):
    span = parse("Hugh Ambler said the chair would step down.", "Hugh Ambler")
    assert titles_apposed(span) == set()


HEARING = (
    "Water board grilled over leaks\n\n"
    "Asked by the committee chair, Liberal senator Rosa Keating, how many leaks were reported, "
    "the board's director said she did not know.\n\n"
    "\"That is not good enough,\" the chair told the hearing.\n"
)

BRIEFING_NOTE = (
    "Harbour works to start on Monday\n\n"
    "The briefing was given by Tomasz Wielgus, Spokesperson for the Harbour Authority.\n\n"
    "The dredging of the north channel starts on Monday, the agency said.\n\n"
    "The Spokesman later told reporters that the ferries would keep running.\n"
)


def _by_cue(claims, cue):
    return [c for c in claims if c["cue"] is not None and c["cue"]["text"].startswith(cue)]


def test_the_chair_is_the_person_named_chair_in_apposition(claims_of):
    told = _by_cue(claims_of(HEARING), "told")
    assert [c["speaker"]["actor_id"] for c in told] == ["rosa-keating"]
    assert told[0]["speaker"]["via"]["text"] == "the chair"


def test_the_spokesman_is_the_person_named_spokesperson_after_his_name(claims_of):
    told = _by_cue(claims_of(BRIEFING_NOTE), "told")
    assert [c["speaker"]["actor_id"] for c in told] == ["tomasz-wielgus"]


@pytest.mark.parametrize("text, name", [
    ("Standing beside the spokesman, Tom Gallacher said the deal was close.", "Tom Gallacher"),
    ("After meeting the harbour master, Carla Dunmore left the building.", "Carla Dunmore"),
    ("When she called the moderator, WGRT anchor Carla Dunmore hung up.", "Carla Dunmore"),
])
def test_a_noun_of_an_introductory_phrase_is_no_apposed_post(parse, text, name):
    assert titles_apposed(parse(text, name)) == set()


def test_post_before_the_comma_of_a_subject(parse):
    span = parse("The committee chair, Labor senator Tom Gallacher, said the deal was close.", "Tom Gallacher")
    assert "chair" in titles_apposed(span)


def test_the_spokesman_is_not_the_person_standing_beside_him(claims_of):
    text = ("Port deal near\n\nStanding beside the spokesman, Tom Gallacher said the deal was close.\n\n"
            "\"We are not there yet,\" the spokesman added.\n")
    added = _by_cue(claims_of(text), "added")
    assert len(added) == 1
    assert (added[0]["speaker"] or {}).get("actor_id") != "tom-gallacher"
