"""``told a packed board meeting that phones were …``: the that-clause the parser hangs on the
forum told is what was told (claim_forum_objects).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from tests.conftest import with_cue, speaker_text


@pytest.mark.parametrize("text, speaker, content", [
    ("The school's principal, Maria Lopez, told a crowded parent meeting that uniforms were coming back "
     "in the fall.", "Maria Lopez", "uniforms were coming back in the fall"),
    ("The minister told a parliamentary committee hearing that the contract had been signed legally.",
     "The minister", "the contract had been signed legally"),
    ("A ministry spokesman told a weekly briefing that the talks would resume in March.",
     "A ministry spokesman", "the talks would resume in March"),
    ("The finance director told investors on a webcast that the loan would be repaid in cash.",
     "The finance director", "the loan would be repaid in cash"),
    ("The health minister told Sky's Sunday programme that the waiting list would fall by spring.",
     "The health minister", "the waiting list would fall by spring"),
])
def test_a_that_clause_after_a_forum_is_what_was_told(claims_of, text, speaker, content):
    claim = with_cue(claims_of(text), "told")
    assert claim["content"]["text"] == content
    assert speaker_text(claim) == speaker


@pytest.mark.xfail(strict=True, reason="known defect: with the relative clause left on the forum, the told "
                   "claim's content is the forum and its clause ('a meeting that the council had organised in "
                   "May almost nothing new'), not what was told; left for the next round")
def test_the_forum_and_its_relative_clause_are_not_what_was_told(claims_of):
    text = "The mayor told a meeting that the council had organised in May almost nothing new."
    told = [c for c in claims_of(text) if c["cue"] is not None and c["cue"]["text"] == "told"]
    assert told and all("a meeting" not in c["content"]["text"] for c in told)


def _doc(verb_lemma: str, noun: str, clause_lemma: str, that_dep: str):
    """A given parse of ``He told a <noun> that the talks would <clause verb> .`` with the clause
    hung on the noun as a relative clause and ``that`` as ``that_dep``."""
    import spacy
    from spacy.tokens import Doc

    words = ["He", "told", "a", noun, "that", "the", "talks", "would", clause_lemma, "."]
    return Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 8 + [False, False],
               heads=[1, 1, 3, 1, 8, 6, 8, 8, 3, 1],
               deps=["nsubj", "ROOT", "det", "dobj", that_dep, "det", "nsubj", "aux", "relcl", "punct"],
               pos=["PRON", "VERB", "DET", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
               lemmas=["he", verb_lemma, "a", noun, "that", "the", "talk", "would", clause_lemma, "."])


@pytest.mark.parametrize("verb, noun, clause, that_dep, found", [
    ("tell", "briefing", "resume", "mark", True),
    ("tell", "briefing", "resume", "dobj", True),  # the parser's object reading of a marker
    ("tell", "briefing", "hold", "dobj", False),  # near miss: a briefing the talks would hold
    ("tell", "neighbour", "resume", "mark", False),  # near miss: no forum noun
    ("warn", "briefing", "resume", "mark", False),  # near miss: the rule of warn names no forums
    ("tell", "briefing", "resume", "nsubj", False),  # that as the subject: a relative clause
])
def test_the_repair_needs_a_forum_of_tell_and_a_clause_without_gap(verb, noun, clause, that_dep, found):
    from pipeline.components.claim_forum_objects import _forum_clause
    from pipeline.components.claim_rules import load_rules

    doc = _doc(verb, noun, clause, that_dep)
    assert (_forum_clause(doc[1], load_rules()) is not None) is found


def test_that_read_as_the_determiner_of_the_clause_subject_is_its_marker(claims_of):
    """``that demand`` parsed as a noun phrase: the clause is still what was told, without ``that``."""
    text = "The chief executive told analysts on a call that demand from Asian buyers had collapsed."
    claim = with_cue(claims_of(text), "told")
    assert claim["content"]["text"] == "demand from Asian buyers had collapsed"
    assert speaker_text(claim) == "The chief executive"


@pytest.mark.parametrize("text", [
    "The city's lawyer told a hearing that the judge had ordered almost nothing new about the contract.",
    "The coroner told an inquest that the hospital had cancelled nothing of substance that week.",
])
def test_a_clause_on_a_forum_after_a_verb_a_forum_is_the_object_of_is_no_content(claims_of, text):
    """``a hearing that the judge had ordered``: whatever the parser's label of ``that`` (here a
    marker), a verb of which a forum is the object keeps the relative reading: no told content."""
    told = [c for c in claims_of(text) if c["cue"] is not None and c["cue"]["text"] == "told"]
    assert [c["content"]["text"] for c in told if c["content"]] == []


@pytest.mark.parametrize("text, clause", [
    ("The mayor told a meeting that the council had organised in May almost nothing new.", "the council"),
    ("The mayor told the hearing that lasted six hours almost nothing.", "lasted"),
    ("The city's lawyer told a hearing that the judge had ordered almost nothing new about the contract.",
     "the judge"),
])
def test_the_relative_clause_on_the_forum_never_opens_a_told_content(claims_of, text, clause):
    """The stronger form of the near misses above: no told content is, or opens with, the
    relative clause (the forum told as a content is a defect of its own, not judged here)."""
    told = [c for c in claims_of(text) if c["cue"] is not None and c["cue"]["text"] == "told"]
    assert not any(c["content"] and c["content"]["text"].startswith(clause) for c in told)


@pytest.mark.parametrize("that_dep", ["mark", "dobj"])
def test_a_host_verb_keeps_the_relative_reading_whatever_the_label_of_that(that_dep):
    from pipeline.components.claim_forum_objects import _forum_clause
    from pipeline.components.claim_rules import load_rules

    assert _forum_clause(_doc("tell", "briefing", "order", that_dep)[1], load_rules()) is None
