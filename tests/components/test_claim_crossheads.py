"""Crossheads (round 34): a capitalised label before a colon outside a transcript is a heading
(``THE BIG NUMBER:``, ``FACT CHECK:``), no speaker; the clauses after it keep their own cues. A
label in capitals that names someone of the article, or one before a quotation, stays a speaker.

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

from conftest import with_cue, speaker_text as _speaker, cue_texts as _cues

_NEWSLETTER = (
    "Harbour Notes\n\n"
    "THE BIG NUMBER: 4,200. That is how many ferry crossings were cancelled last winter, the port "
    "authority said.\n\n"
    "SHIPYARD WOES: The shipyard's owner, Dana Whitlock, told investors that the order book was empty.\n\n"
    "COUNCIL PUSHBACK: Three councillors wrote to the mayor about the closures.\n"
)


def test_crosshead_colon_is_no_cue(claims_of):
    claims = claims_of(_NEWSLETTER)
    assert ":" not in _cues(claims)
    assert not any(_speaker(c) in ("THE BIG NUMBER", "SHIPYARD WOES", "COUNCIL PUSHBACK") for c in claims)


def test_crosshead_leaves_the_cue_after_it(claims_of):
    claim = with_cue(claims_of(_NEWSLETTER), "told")
    assert claim["speaker"]["actor_id"] == "dana-whitlock"
    assert claim["content"]["text"] == "the order book was empty"


def test_crosshead_negative_label_naming_a_person_speaks(claims_of):
    """A capitalised surname of a person the article names is a speaker, quotation or not."""
    text = ("The shipyard's owner, Dana Whitlock, met the unions on Monday.\n\n"
            "WHITLOCK: We will not close the yard before the spring.\n")
    claim = with_cue(claims_of(text), ":")
    assert claim["speaker"]["actor_id"] == "dana-whitlock"


def test_crosshead_negative_label_before_a_quotation_speaks(claims_of):
    claim = with_cue(claims_of("HARBOUR MASTER: \"The channel will reopen on Friday.\"\n"), ":")
    assert _speaker(claim) == "HARBOUR MASTER"


def test_crosshead_negative_label_of_a_person_the_gazetteer_knows_speaks(claims_of):
    """A label that is itself the name of a known person is a speaker though the article names
    them nowhere else."""
    claim = with_cue(claims_of("ERDOGAN: Turkey will not accept the plan.\n"), ":")
    assert claim["speaker"]["actor_id"] == "recep-tayyip-erdogan"


def test_crosshead_label_with_an_article_around_a_name_is_a_heading(claims_of):
    text = ("Prime Minister Keir Starmer met the unions on Tuesday.\n\n"
            "THE STARMER EFFECT: Analysts expect wages to rise by 2 percent.\n")
    claims = claims_of(text)
    assert ":" not in _cues(claims)
    assert not any(_speaker(c) == "THE STARMER EFFECT" for c in claims)
