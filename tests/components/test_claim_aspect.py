"""Reporting verbs wrapped in another verb phrase (issue 11): a participle under a passive verb of
perception or under ``spend`` + time, a participle after ``at one point``, and retorts that open a
quotation with a colon (``came back: "…"``, ``cut in: "…"``).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue, speaker_text as _speaker, cue_texts as _cues


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


# -- a participle under a passive verb of perception -----------------------------------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The harbour master was seen telling skippers that the port would close at noon.", "telling",
     "The harbour master", "the port would close at noon"),
    ("On the tape, Dorrance can be heard telling a clerk to shred the invoices.", "telling", "Dorrance",
     "shred the invoices"),
    ("The coach was caught saying the referee had been paid off.", "saying", "The coach",
     "the referee had been paid off"),
])
def test_a_perceived_participle_is_its_subjects_report(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert speaker in _speaker(claim)
    assert content in claim["text"]


@pytest.mark.parametrize("text", [
    "The harbour master was seen leaving the port at noon.",
    "The coach was never heard saying the referee had been paid off.",
])
def test_a_perceived_non_report_or_a_negated_one_is_no_claim(run, text):
    assert not ({"saying", "leaving"} & _cues(run(text)))


# -- spend + a stretch of time + a reporting participle --------------------------------------------
@pytest.mark.parametrize("text, cue, speaker", [
    ("The treasurer has spent months arguing that the pension fund is sound.", "arguing", "The treasurer"),
    ("Okafor spent the week telling donors that the race was tied.", "telling", "Okafor"),
])
def test_spend_time_reporting_is_the_subjects_report(run, text, cue, speaker):
    claim = with_cue(run(text), cue)
    assert _speaker(claim) == speaker  # not the time phrase (``months``, ``the week``)


@pytest.mark.parametrize("text", [
    "The union spent the summer preparing for a strike.",
    "The firm spent two million dollars lobbying for the bridge.",
])
def test_spend_on_a_non_report_is_no_claim(run, text):
    assert all(c["cue"] is None for c in run(text))


# -- at one point + a reporting participle ---------------------------------------------------------
def test_a_participle_after_at_one_point_is_the_main_subjects_report(run):
    claims = run("The chair, Dame Irene Holt, interrupted twice, at one point telling the member for "
                 "Ashby, Tom Reeve, that he would be asked to leave if he went on.")
    claim = with_cue(claims, "telling")
    assert "Irene Holt" in (claim["speaker"]["norm"] or {}).get("name", "") or "chair" in _speaker(claim)
    assert claim["text"].startswith("he would be asked to leave")


def test_at_one_point_without_a_report_is_left_alone(run):
    claims = run("At one point during the parade, the band stopped playing.")
    assert all(c["cue"] is None for c in claims)


# -- retorts opening a quotation with a colon ------------------------------------------------------
@pytest.mark.parametrize("text, cue, speaker", [
    ("Whitfield came back: \u201cThat is not an answer. Will the depot close or not?\u201d",
     "came back", "Whitfield"),
    ("Adeyemi cut in: \u201cThe survey never asked that question.\u201d", "cut in", "Adeyemi"),
    ("\u201cThat figure is a guess,\u201d the auditor cut in.", "cut in", "the auditor"),
])
def test_a_retort_with_a_colon_attributes_the_quotation(run, text, cue, speaker):
    claim = with_cue(run(text), cue)
    assert speaker in _speaker(claim)


@pytest.mark.parametrize("text", [
    "The delegation came back from Geneva on Monday.",
    "Every time we came back to the same place: fewer crews mean slower answers.",
    "The chef cut in half the portions served to staff.",
])
def test_come_back_and_cut_in_without_content_are_no_claim(run, text):
    assert not ({"came back", "came", "cut in", "cut"} & _cues(run(text)))


# -- quote integrity: a cue inside a quotation keeps to it -----------------------------------------
def test_a_reporting_verb_hung_inside_the_quotation_before_it_reports_it(run):
    claims = run("\u201cThe chancellor was clear that the levy is a one-off measure,\u201d a Treasury "
                 "spokeswoman told reporters. \u201cNobody should read more into it.\u201d")
    told = with_cue(claims, "told")
    assert "Treasury spokeswoman" in _speaker(told)
    assert told["text"].startswith("The chancellor was clear")
    clear = with_cue(claims, "clear")
    assert clear["text"] == "the levy is a one-off measure"  # never past the closing mark


def test_a_quoted_title_before_a_verb_is_left_alone(run):
    claims = run("\u201cThe Long Road Home\u201d producers told reporters nothing about the sequel.")
    assert all(c["cue"] is None or c["cue"]["text"] != "clear" for c in claims)


def test_an_inner_cue_keeps_its_clause_inside_the_quotation(run):
    claims = run("\u201cWe know that the count was fair,\u201d Mbeki said, \u201cand we will defend it.\u201d")
    assert with_cue(claims, "know")["text"] == "the count was fair"
    assert "Mbeki" in _speaker(with_cue(claims, "said"))


# -- according to X + a clause whose verb was tagged as a noun -------------------------------------
def test_according_to_reports_a_clause_with_a_noun_tagged_verb(run):
    claims = run("The budget is tight. According to the IMF, every pound we put into schools saves four in welfare.")
    claim = with_cue(claims, "According to")
    assert _speaker(claim) == "the IMF"
    assert claim["text"].startswith("every pound")


def test_a_plural_noun_root_without_a_source_phrase_stays_a_noun(run):
    claims = run("Every year the savings of small firms drop further.")
    assert all(c["cue"] is None for c in claims)


# -- a reporting participle after an infinitive, set off by a comma --------------------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The growers' federation urged ministers to intervene at once, estimating the frost would cost "
     "farmers 40 million euros.", "estimating", "The growers' federation", "the frost would cost farmers"),
    ("The dockers' union asked members to stay away from the pier, saying the cranes were unsafe.", "saying",
     "The dockers' union", "the cranes were unsafe"),
])
def test_a_comma_participle_after_an_infinitive_is_the_subjects_report(run, text, cue, speaker, content):
    claims = run(text)
    claim = with_cue(claims, cue)
    assert _speaker(claim) == speaker
    assert claim["text"].startswith(content)
    outer = next(c for c in claims if c["cue"] is not None and c["cue"]["text"] in ("urged", "asked"))
    assert cue not in outer["text"]  # the participle's clause is no part of the request


def test_an_adverbial_inside_an_infinitive_stays_its_content(run):
    claims = run("The mayor vowed to keep the library open for as long as the money lasts.")
    assert "as long as the money lasts" in with_cue(claims, "vowed")["text"]
