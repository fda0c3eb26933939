"""``The statement said`` after ``X said in a statement``: the body that issued the document speaks
(claim_document_issuers.py, round 42).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


@pytest.mark.parametrize("text, cue, actor_id, via", [
    ("Harlow Mining, which trades in Toronto, said in a statement that the pit had been redrawn to avoid "
     "burial sites. \"We are proud of our record, and we stand by our water modeling,\" the statement said.",
     "said", "harlow-mining", "the statement"),
    ("Medicaid cuts would close 40 rural hospitals, the Kansas Hospital Association said in a fact sheet "
     "sent to lawmakers on Sunday. The document also argued that the state had ignored its own audit.",
     "argued", "kansas-hospital-association", "The document"),
    ("In a statement on Friday, the Danube Shipping Authority said the locks would reopen next week. "
     "The same statement warned that barges would face delays until August.",
     "warned", "danube-shipping-authority", "The same statement"),
])
def test_document_phrase_speaks_for_the_body_that_issued_it(run, text, cue, actor_id, via):
    claim = with_cue([c for c in run(text) if c["start"] > text.index(". ")], cue)
    sp = claim["speaker"]
    assert sp["actor_id"] == actor_id
    assert sp["via"]["text"] == via
    assert text[sp["via"]["start"]:sp["via"]["end"]] == via


@pytest.mark.parametrize("text, words", [
    # two speakers issued statements in the sentence before: either would be a guess
    ("Kestrel Foods said in a statement that it would appeal, and the union said in a statement that it "
     "welcomed the ruling. The statement said the fine was unjust.", "The statement"),
    # nobody said they spoke in a report
    ("Cases of dengue rose by a third in Dhaka last month. The report warns that hospitals are full.",
     "The report"),
])
def test_document_phrase_without_one_issuer_keeps_its_words(run, text, words):
    late = [c for c in run(text) if c["start"] > text.index(". ") and (c["speaker"] or {}).get("text") == words]
    assert late and all(c["speaker"]["actor_id"] is None and not c["speaker"].get("via") for c in late)
