"""Cue recall of round 18, second family: light-verb cues (``made clear that …``, ``made it plain
…``), cue nouns whose clause has an existential subject (``the council's claim that there is no
money``) and cue nouns a participle gives an agent (``a claim made by the union that …``), with
their near misses.

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue, speaker_text as _speaker, cue_texts as _cues


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The treasurer made clear that the levy would not rise.", "made clear", "The treasurer",
     "the levy would not rise"),
    ("The harbour board made it plain on Friday that the pier would stay closed.", "made it plain",
     "The harbour board", "the pier would stay closed"),
    ("The coach made clear the old stadium was no longer safe.", "made clear", "The coach",
     "the old stadium was no longer safe"),
])
def test_made_clear_reports_its_clause(claims_of, text, cue, speaker, content):
    claim = with_cue(claims_of(text), cue)
    assert _speaker(claim) == speaker
    assert claim["text"] == content


@pytest.mark.parametrize("text", [
    "The plumber made clear progress on the pipes.",
    "The volunteers made the paths clear before the parade started.",
    "The leaflet made clear the risks.",
    "It was made clear that the loan had lapsed.",
])
def test_made_clear_without_a_speaker_clause_is_no_cue(claims_of, text):
    assert not any(c.startswith("made") for c in _cues(claims_of(text)))


def test_a_clause_with_an_existential_subject_is_the_cue_nouns_content(claims_of):
    claim = with_cue(claims_of("The council's claim that there is no money left for the library was false."),
                     "claim")
    assert _speaker(claim) == "The council"
    assert claim["text"] == "there is no money left for the library"


def test_an_existential_clause_after_a_plain_noun_has_no_cue(claims_of):
    assert _cues(claims_of("The fact that there is no money for the library angered the parents.")) == set()


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The audit echoes a claim made by the nurses' union in May that the wards are understaffed.",
     "claim", "the nurses' union", "the wards are understaffed"),
    ("The board ignored a warning issued by the regulator last spring that the dam could fail.",
     "warning", "the regulator", "the dam could fail"),
])
def test_the_agent_of_a_holder_participle_owns_the_cue_noun(claims_of, text, cue, speaker, content):
    claim = with_cue(claims_of(text), cue)
    assert _speaker(claim) == speaker
    assert claim["text"] == content


def test_the_agent_of_another_participle_owns_no_cue_noun(claims_of):
    text = "The report cites a claim rejected by the ministry that the wards are understaffed."
    assert all(_speaker(c) != "the ministry" for c in claims_of(text) if c["cue"] and c["cue"]["text"] == "claim")


@pytest.mark.parametrize("text, speaker, content", [
    ("“She asked me if the ferry was late,” the porter said.", "She", "if the ferry was late"),
    ("“He asked whether the clinic would reopen,” she told me.", "He", "whether the clinic would reopen"),
])
def test_a_question_asked_inside_a_quotation_is_a_nested_cue(claims_of, text, speaker, content):
    claim = with_cue(claims_of(text), "asked")
    assert _speaker(claim) == speaker
    assert claim["content"]["text"] == content


def test_asked_about_a_topic_inside_a_quotation_is_no_nested_cue(claims_of):
    assert "asked" not in _cues(claims_of("“She asked me about the ferry,” the porter said."))


def test_a_name_split_off_the_subject_keeps_the_quotation_before_it(claims_of):
    claim = with_cue(claims_of("“Will the ferry run on Sunday?” a reporter from the public broadcaster RTV asked."), "asked")
    assert claim["content"]["text"] == "Will the ferry run on Sunday?"
    assert _speaker(claim).startswith("a reporter from the public broadcaster")


def test_a_tag_with_words_between_the_quotation_and_the_subject_takes_no_quotation(claims_of):
    claims = claims_of("“Will the ferry run on Sunday?” Later that day a reporter from the broadcaster RTV asked.")
    assert all((c.get("content") or {}).get("text") != "Will the ferry run on Sunday?"
               for c in claims if c["cue"] and c["cue"]["text"] == "asked")
