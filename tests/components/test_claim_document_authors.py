"""Documents named again and their authors (issue 11, round 18): a sender after a dating
participle, a subject that pins the issuer down, a draft named again;
``Its authors`` after a document that spoke is the document's author (claim_document_authors.py, round 30).

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


# -- a document dated … from X -------------------------------------------------------------------
def test_a_letter_dated_from_a_sender_named_again_speaks_for_the_sender(run):
    text = ("The harbour authority received a letter dated 2 May from the Coastal Fisheries Council. "
            "The letter says the new breakwater has cut the catch by half.")
    speaker = _speaker(with_cue(run(text), "says"))
    assert "Coastal Fisheries Council" in speaker["text"] and speaker["via"]["text"] == "The letter"


def test_an_email_dated_from_a_person_is_the_persons_not_the_readers(run):
    text = ("At the hearing, Councillor Ruth Obaje read out an email dated June 3 from Martin Keogh, the "
            "mayor's former adviser. \"Put the depot at the top of the list,\" the email said.")
    speaker = _speaker(with_cue(run(text), "said"))
    assert speaker["text"] == "Martin Keogh"


def test_a_letter_dated_with_no_sender_keeps_the_document(run):
    text = ("The harbour authority received a letter dated 2 May from last year. "
            "The letter says the new breakwater has cut the catch by half.")
    speaker = _speaker(with_cue(run(text), "says"))
    assert speaker["actor_id"] is None and speaker["text"].lower().startswith("a letter")


# -- the subject that said it in a document ------------------------------------------------------
def test_a_decision_named_again_speaks_for_the_body_that_said_it_in_the_decision(run):
    text = ("The striker was banned for two years, the league's disciplinary tribunal said in a 40-page "
            "decision released on Friday. The decision says he missed three tests in a year.")
    speaker = _speaker(with_cue(run(text), "says"))
    assert speaker["text"] == "the league's disciplinary tribunal" and speaker["via"]["text"] == "The decision"


def test_an_unpinned_subject_does_not_become_the_author(run):
    text = ("The striker was banned for two years, a tribunal said in a 40-page decision released on "
            "Friday. The decision says he missed three tests in a year.")
    speaker = _speaker(with_cue(run(text), "says"))
    assert speaker["text"] != "a tribunal"


# -- a draft ------------------------------------------------------------------------------------
def test_the_draft_is_the_draft_report_named_before(run):
    text = ("A draft report by the Harbour Safety Board, seen by the Gazette, concludes that the ferry "
            "was overloaded. The draft, which has not been released, says the crew ignored two warnings.")
    speaker = _speaker(with_cue(run(text), "says"))
    assert speaker["text"] == "the Harbour Safety Board" and speaker["via"]["text"] == "The draft"


def test_a_draft_of_a_speech_is_no_document_speaker(run):
    text = "He wrote a draft of the speech on Monday. The draft says little about taxes, aides said."
    claims = [c for c in run(text) if c["cue"] and c["cue"]["text"] == "says"]
    assert all((c["speaker"] or {}).get("text") != "He" for c in claims)


# -- X wrote to Y. The letter … ------------------------------------------------------------------
def test_the_letter_after_a_body_wrote_to_someone_is_that_bodys(run):
    text = ("The Civil Aviation Authority wrote to Skyline Airways in March. The letter, seen by Reuters, "
            "asks the airline to ground two jets.")
    speaker = _speaker(with_cue(run(text), "asks"))
    assert speaker["text"] == "The Civil Aviation Authority" and speaker["via"]["text"] == "The letter"


@pytest.mark.parametrize("text", [
    "The Civil Aviation Authority wrote a report on Skyline Airways in March. The letter asks the airline "
    "to ground two jets.",
    "The Civil Aviation Authority wrote to Skyline Airways in March and Senator Dana Hale wrote to the "
    "minister. The letter asks the airline to ground two jets.",
])
def test_the_letter_without_one_writer_to_someone_stays_the_letter(run, text):
    speaker = _speaker(with_cue(run(text), "asks"))
    assert speaker["actor_id"] is None and speaker["text"] == "The letter"


# -- NAME, a survey of … The survey … ------------------------------------------------------------
def test_a_survey_named_in_apposition_to_a_name_goes_by_the_name(run):
    text = ("Most voters named prices as their top worry, according to Civic Pulse, a survey of 2,000 voters "
            "in the state. The survey found the senator ahead among older voters.")
    speaker = _speaker(with_cue(run(text), "found"))
    assert speaker["text"] == "Civic Pulse" and speaker["via"]["text"] == "The survey"


@pytest.mark.parametrize("text, words", [
    ("Most voters named prices as their top worry, according to a survey of 2,000 voters in the state. "
     "The survey found the senator ahead among older voters.", "a survey of 2,000 voters in the state"),
    ("Most voters named prices as their top worry, according to Ohio, a survey of 2,000 voters. "
     "The survey found the senator ahead.", "a survey of 2,000 voters"),
])
def test_a_survey_with_no_name_or_a_place_keeps_its_words(run, text, words):
    speaker = _speaker(with_cue(run(text), "found"))
    assert speaker["text"] == words and speaker["actor_id"] is None


# -- his/her report, a name that modifies the author's name, ``it`` after a document (round 19) --
def test_her_report_speaks_for_the_woman_named_before(run):
    text = ("Dr. Helen Marsh, a pathologist at the county hospital, gave evidence on Tuesday. Her report, "
            "which was read to the court, concluded that the boy had died of smoke inhalation.")
    speaker = _speaker(with_cue(run(text), "concluded"))
    assert speaker["actor_id"] == "helen-marsh" and speaker["via"]["text"] == "Her report"


def test_her_report_after_a_man_names_nobody(run):
    text = ("Detective Sgt. Mark Ellery, a fire investigator with Dorset Police, told the hearing the wiring "
            "had been replaced. Her report, which was shown to the jury, concluded that the blaze started "
            "in the kitchen.")
    speaker = _speaker(with_cue(run(text), "concluded"))
    # the whole subject phrase is the text (round 23), its core words the name
    assert speaker["actor_id"] is None and speaker["text"] == "Her report, which was shown to the jury"
    assert speaker["norm"]["name"] == "Her report"


@pytest.mark.parametrize("text, cue", [
    ("Sarah Doyle, 52, collapsed at the finish line of the city marathon. Her post-mortem examination "
     "report concluded that she had an undiagnosed heart condition.", "concluded"),
    ("Councillor Ian Booth was arrested in 2019. His criminal record shows that he was convicted "
     "of fraud in 2004.", "shows"),
])
def test_a_document_about_the_person_is_not_written_by_them(run, text, cue):
    speaker = _speaker(with_cue(run(text), cue))
    assert speaker["actor_id"] not in ("sarah-doyle", "ian-booth")


def test_a_place_name_inside_the_authors_name_is_not_the_author(run):
    text = "A letter signed by the Brookfield PTA urges the district to keep the school open."
    speaker = _speaker(with_cue(run(text), "urges"))
    assert speaker["text"] == "the Brookfield PTA" and speaker["actor_id"] is None


def test_a_description_of_the_author_fitting_two_bodies_names_neither(run):
    text = ("Jordan Lee, an epidemiologist at Halden State University, led the study. Dr. Kwame Osei, a "
            "geroscientist at the University of Edinburgh who was not involved, called it careful. A news "
            "release issued by the university described the results as \"alarming.\"")
    speaker = _speaker(with_cue(run(text), "described"))
    assert speaker["actor_id"] is None


def test_it_after_a_man_who_spoke_names_nobody(run):
    text = ("Peter Graham, a lawyer for the residents, spoke at the meeting. He argued that the vote was "
            "illegal.\n\n\"We will see you in court,\" it said.")
    speaker = with_cue(run(text), "said")["speaker"]
    assert speaker is None or speaker["actor_id"] is None


# -- its authors after a document that spoke (claim_document_authors.py) ---------------------------
def test_its_authors_after_a_report_by_a_body_is_the_body(run):
    text = ("Coastal towns have lost a fifth of their bus routes since 2019. A report published in May by "
            "the Harbourside Transport Institute found that fares had risen twice as fast as wages. Its "
            "authors conceded, however, that rural demand had fallen too.")
    claims = run(text)
    found, conceded = with_cue(claims, "found"), with_cue(claims, "conceded")
    assert found["speaker"]["actor_id"] == "harbourside-transport-institute"
    assert conceded["speaker"]["actor_id"] == "harbourside-transport-institute"
    assert conceded["speaker"]["via"]["text"] == "Its authors"
    assert [a["norm"]["actor_id"] for a in conceded["actors"] if a["role"] == "speaker"] == \
        ["harbourside-transport-institute"]


def test_its_authors_after_a_person_speaking_stays_as_written(run):
    text = ("Mayor Dana Holt said on Monday that fares had risen twice as fast as wages. Its authors "
            "conceded that rural demand had fallen too.")
    conceded = with_cue(run(text), "conceded")
    assert conceded["speaker"]["text"] == "Its authors" and not conceded["speaker"].get("actor_id")


def test_its_authors_a_paragraph_after_the_report_stays_as_written(run):
    text = ("A report published in May by the Harbourside Transport Institute found that fares had risen "
            "twice as fast as wages.\n\nIts authors conceded that rural demand had fallen too.")
    conceded = with_cue(run(text), "conceded")
    assert conceded["speaker"]["text"] == "Its authors" and not conceded["speaker"].get("actor_id")
