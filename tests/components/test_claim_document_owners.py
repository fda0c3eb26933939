"""Documents that speak for the owner the text gives them (issue 11, round 45): the named writers
of a document (``written by A and B``) over its owner or publisher, a court's opinion for the
judge who wrote it, a document posted on an owner's website for that owner
(claim_speakers._writer, _site_owner; rule row ``document-opinion``).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _speaker(claim: dict) -> dict:
    assert claim["speaker"] is not None
    return claim["speaker"]


# -- written by ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, first, other, via", [
    ("The Harbour Trust's review, written by the economists Laila Haddad and Owen Pryce, concluded that "
     "the port had lost money for a decade.", "Laila Haddad", "Owen Pryce", "The Harbour Trust's review"),
    ("A study by the Brookfield Policy Institute, written by researchers Ana Ortiz and Paul Reed, "
     "found that rents had doubled since 2019.", "Ana Ortiz", "Paul Reed",
     "A study by the Brookfield Policy Institute"),
])
def test_a_document_written_by_named_people_speaks_for_its_writers(run, text, first, other, via):
    claim = next(c for c in run(text) if c["cue"] and c["cue"]["text"] in ("concluded", "found"))
    speaker = _speaker(claim)
    start = text.index(first)
    assert (speaker["text"], speaker["start"], speaker["end"]) == (first, start, start + len(first))
    assert [a["text"] for a in speaker.get("also") or []] == [other]
    assert speaker["via"]["text"] == via


def test_a_document_written_by_no_person_keeps_its_owner(run):
    text = ("The Harbour Trust published a review on Monday. The trust's review, written by its own staff, "
            "concluded that the port had lost money for a decade.")
    speaker = _speaker(with_cue(run(text), "concluded"))
    assert "Harbour Trust" in speaker["text"] or speaker["text"].lower().startswith("the trust")
    assert not speaker.get("also")


# -- a court's opinion ---------------------------------------------------------------------------
def test_an_opinion_named_again_speaks_for_the_judge_who_wrote_in_it(run):
    text = ("A federal judge on Tuesday struck down the rule. In a 40-page opinion, Judge Marcus T. Ellery "
            "wrote that the agency had exceeded its authority. The opinion also found that the rule was "
            "arbitrary.")
    speaker = _speaker(with_cue(run(text), "found"))
    assert speaker["text"] == "Judge Marcus T. Ellery" or speaker["text"] == "Marcus T. Ellery"
    assert speaker["via"]["text"] == "The opinion"


def test_an_opinion_written_by_a_justice_speaks_for_the_justice(run):
    text = "The 5-to-4 opinion, written by Justice Helen R. Marsh, held that the statute was void."
    speaker = _speaker(with_cue(run(text), "held"))
    assert speaker["text"].endswith("Helen R. Marsh")
    assert speaker["via"]["text"] == "The 5-to-4 opinion"


def test_public_opinion_is_no_document(run):
    text = "Public opinion shows that the plan is unpopular. The court's opinion found that the law was void."
    claims = run(text)
    assert not any(c["cue"] and c["cue"]["text"] == "shows" for c in claims)
    assert _speaker(with_cue(claims, "found"))["via"]["text"] == "The court's opinion"


# -- posted on the owner's website ---------------------------------------------------------------
def test_a_statement_posted_on_a_companys_website_speaks_for_the_company(run):
    text = ("Norvik Energy did not respond to calls on Friday. A statement posted on the company's website "
            "said the outage was caused by a storm.")
    speaker = _speaker(with_cue(run(text), "said"))
    assert speaker["actor_id"] == "norvik-energy"
    assert speaker["via"]["text"] == "A statement posted on the company's website"


def test_a_statement_posted_on_its_website_keeps_the_document(run):
    text = "A message posted on its website said the plant had closed for repairs."
    speaker = _speaker(with_cue(run(text), "said"))
    assert speaker["actor_id"] is None and speaker["text"] == "A message posted on its website"


# -- ads paid for --------------------------------------------------------------------------------
def test_ads_a_group_spent_money_on_speak_for_the_group(run):
    text = ("Lena Ortiz, a lawyer for the Harbor Coalition, said it would appeal. The coalition has spent "
            "more than $1.2 million on television ads that call the new map “a rigged deal.”")
    speaker = _speaker(with_cue(run(text), "call"))
    assert speaker["actor_id"] == "harbor-coalition"
    assert speaker["via"]["text"] == "television ads"


def test_one_ad_after_ads_paid_for_speaks_for_the_payer(run):
    text = ("The Harbor Coalition is spending $2 million on ads in swing districts. One ad, set to air this "
            "week in Ohio, calls the bill \"a disaster for families.\"")
    speaker = _speaker(with_cue(run(text), "calls"))
    assert speaker["actor_id"] == "harbor-coalition"
    assert (speaker["via"]["text"], speaker["via"]["start"]) == ("One ad", text.index("One ad"))


def test_ads_paid_for_speak_for_the_payer_when_on_hangs_on_the_amount(run):
    """The parser hangs ``on TV ads`` on ``million``: the spending verb's subject still pays for them,
    and for ``One ad`` after them."""
    text = ("The Ridgeline Alliance is spending $3 million on TV ads that call the plan \"a betrayal.\" "
            "One ad, which airs in Ohio, says the bill is \"a disaster.\"")
    for cue, via in (("call", "TV ads"), ("says", "One ad")):
        speaker = _speaker(with_cue(run(text), cue))
        assert speaker["actor_id"] == "ridgeline-alliance"
        assert (speaker["via"]["text"], speaker["via"]["start"]) == (via, text.index(via))


@pytest.mark.parametrize("verb", ["has poured", "sank"])
def test_money_poured_into_ads_speaks_for_the_payer(run, verb):
    """``pour``, ``sink`` and ``plow`` (``ad_spending_verbs``) take ``into``, not ``on``."""
    text = (f"The Ridgeline Alliance {verb} $2 million into digital ads that describe the senator as "
            "\"a career politician.\"")
    speaker = _speaker(with_cue(run(text), "describe"))
    assert speaker["actor_id"] == "ridgeline-alliance"
    assert (speaker["via"]["text"], speaker["via"]["start"]) == ("digital ads", text.index("digital ads"))


def test_one_ad_with_no_ads_named_before_stays_the_ad(run):
    text = "Voters in Ohio have seen a flood of spending. One ad, set to air this week, calls the senator \"a fraud.\""
    speaker = _speaker(with_cue(run(text), "calls"))
    assert speaker["actor_id"] is None and speaker["text"].startswith("One ad")
