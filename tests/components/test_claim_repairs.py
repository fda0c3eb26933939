"""Parse repairs before attribution (issue 11): a source aside inside a clause that the parser
made hang off the subject noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import with_cue
from pipeline.components.claim_repairs import repair_source_asides
from pipeline.components.claim_rules import load_rules


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _fragments(claim: dict, text: str) -> list[str]:
    content = claim["content"]
    return [text[s:e] for s, e in content.get("fragments") or [[content["start"], content["end"]]]]


@pytest.mark.parametrize("text, speaker, content", [
    ("The negotiations, according to two Western diplomats, stalled over the question of sanctions.",
     "two Western diplomats", ["The negotiations", "stalled over the question of sanctions"]),
    ("Wages, according to the central bank's survey, rose 6 percent last year.",
     "the central bank's survey", ["Wages", "rose 6 percent last year"]),
    ("The convoy, according to local officials, was attacked near the border crossing.",
     "local officials", ["The convoy", "was attacked near the border crossing"]),
])
def test_source_aside_inside_a_clause(run, text, speaker, content):
    claim = with_cue(run(text), "according to")
    assert claim["speaker"]["text"] == speaker
    assert _fragments(claim, text) == content


def test_repair_makes_the_verb_the_root(full_nlp):
    doc = full_nlp.make_doc("The negotiations, according to two Western diplomats, stalled over sanctions.")
    for name, proc in full_nlp.pipeline:
        if name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"):
            doc = proc(doc)
    verb = next(t for t in doc if t.text == "stalled")
    if verb.dep_ == "ROOT":
        pytest.skip("the parser got this one right")
    assert repair_source_asides(doc, load_rules().sources) == 1
    assert verb.dep_ == "ROOT" and doc[1].head.i == verb.i and doc[1].dep_ == "nsubj"
    assert "stalled" not in [t.text for t in doc[7].subtree]  # the source no longer holds the clause
    assert repair_source_asides(doc, load_rules().sources) == 0  # once is enough


@pytest.mark.parametrize("text", [
    "Rain, according to the forecast.",                                    # no clause after the aside
    "The mayor, according to her aides, who spoke on condition of anonymity, was furious.",
    "The figures, which the ministry published on Monday, show a decline.",
])
def test_no_repair_without_the_pattern(run, text):
    for claim in run(text):
        if claim["cue"] is not None and claim["cue"]["text"] == "according to":
            assert claim["speaker"] is None or "who spoke" not in claim["speaker"]["text"]
