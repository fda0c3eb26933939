"""claim_clauses: answers of a sentence's clause analysis that do not depend on when they are
asked (while the clause heads are found or after the frames are built)."""

from __future__ import annotations

from pipeline.components.claim_clauses import Sentence
from pipeline.components.claim_rules import load_rules
from pipeline.components.claims import _doc_context


def _sentences(nlp, text: str) -> list[Sentence]:
    doc = nlp(text)
    ctx = _doc_context(doc, "d", load_rules(), doc.text, None)
    units = ctx.units()
    ctx.sent_ranges = [(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)) for lo, hi in units]
    return [Sentence(ctx, lo, hi, k) for k, (lo, hi) in enumerate(units)]


def _token(sent: Sentence, word: str):
    return next(t for t in sent.tokens if t.text == word)


def test_a_quoted_verb_does_not_report_the_frame_outside_its_quotation(full_nlp):
    sent = _sentences(full_nlp, "\u201cThey have been saying that for months,\u201d the mayor said on Friday.")[0]
    saying, said = _token(sent, "saying"), _token(sent, "said")
    assert said.head.i == saying.i and said.dep_ == "ccomp"  # the parse the rule is about
    assert not sent._reports_clause(saying, said)
    assert said.i not in sent.frames.get(saying.i, ())  # as the frames have it


def test_a_complement_clause_is_reported_before_and_after_the_frames(full_nlp):
    sent = _sentences(full_nlp, "The union issued a statement saying that the strike would go ahead.")[0]
    saying = _token(sent, "saying")
    clause = next(c for c in saying.children if c.dep_ == "ccomp")
    assert sent._reports_clause(saying, clause)
    assert clause.i in sent.frames.get(saying.i, ())


def test_the_reporting_rule_of_a_token_is_found_once_per_document(full_nlp):
    first, second = _sentences(full_nlp, "The minister said the talks had failed. Aides said she was tired.")
    said = _token(first, "said")
    rule = first.report_rule(said)
    assert rule is not None and rule is second.report_rule(said)
    assert first.ctx.report_rules[said.i] is rule
    assert first.report_rule(_token(first, "talks")) is None
