"""Coordinated that-clauses under one cue stay one claim (README) also when the parser joins the
second ``that`` clause to the reporting verb itself (``said in a statement that it was
"heartbroken" and that …``), and a content never starts with the words of the verb's medium phrase
(``in a statement that …``): ``Sentence.second_clause``, ``claims._lead_in``,
``claims._medium_clause_over``, ``claim_statements._union_content`` (round 46).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _content(claim: dict) -> str:
    return claim["content"]["text"]


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The school district said in a statement that it was \"heartbroken\" and that counselors would be "
     "available on Monday.", "said", "The school district",
     "it was \"heartbroken\" and that counselors would be available on Monday"),
    ("The union said it was \"appalled\" by the decision, and that members would vote on a strike next month.",
     "said", "The union", "it was \"appalled\" by the decision, and that members would vote on a strike next month"),
    ("The bank's chief executive told analysts on a conference call that demand was \"exceptionally strong\" "
     "and that margins would improve.", "told", "The bank's chief executive",
     "demand was \"exceptionally strong\" and that margins would improve"),
])
def test_second_that_clause_on_the_verb_is_the_same_claim(run, text, cue, speaker, content):
    claims = run(text)
    claim = with_cue(claims, cue)
    assert claim["speaker"]["text"] == speaker
    assert _content(claim) == content
    assert text[claim["content"]["start"]:claim["content"]["end"]] == content
    assert "fragments" not in claim["content"]  # ``and that`` joins the two clauses' contents
    second = content.split(" that ")[-1]
    assert not [c for c in claims if c["cue"] is None and c["text"].startswith(second[:20])]


def test_content_starts_after_the_medium_phrase(run):
    text = ("The board chairman, Piet Hendriks, said in a statement that the offer \"grossly undervalues\" "
            "the group's port terminals in Rotterdam.")
    claim = with_cue(run(text), "said")
    assert _content(claim) == "the offer \"grossly undervalues\" the group's port terminals in Rotterdam"


def test_relative_clause_inside_the_medium_clause_keeps_the_content_whole(run):
    text = ("The Dutch foreign ministry said in a statement that Foreign Minister Anke Visser would travel to "
            "Nairobi in June to sign the agreement, which does not require approval by parliament.")
    claim = with_cue(run(text), "said")
    assert _content(claim).startswith("Foreign Minister Anke Visser would travel to Nairobi")
    assert _content(claim).endswith("which does not require approval by parliament")


def test_a_pronoun_that_opens_no_second_reported_clause(run):
    text = "The mayor said the budget was \"balanced\", and that was enough for most of the council."
    claim = with_cue(run(text), "said")
    assert _content(claim) == "the budget was \"balanced\""  # the closing mark stays
    assert claim["speaker"]["text"].endswith("mayor")
