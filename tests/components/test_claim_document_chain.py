"""Documents as speakers and document anaphora (issue 11): a document named again (``the same
poll``, ``it``) keeps the chain to the document as first named (``speaker.document``), so that
the speaker can be matched both as the document and as its issuer.

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue
from pipeline.evaluation.attribution import ActorNames, GoldAttribution, PredAttribution, speaker_keys, speaker_right
from pipeline.evaluation.names import name_keys


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _doc(claim: dict) -> str | None:
    return ((claim["speaker"] or {}).get("document") or {}).get("text")


def _via(claim: dict) -> str | None:
    return ((claim["speaker"] or {}).get("via") or {}).get("text")


def _spans_hold(text: str, claim: dict) -> None:
    for key in ("via", "document"):
        span = (claim["speaker"] or {}).get(key)
        if span:
            assert text[span["start"]:span["end"]] == span["text"]


@pytest.mark.parametrize("text, cue, first", [
    ("The council met on Monday. A survey released Friday by the Tidewater Research Group found that "
     "most tenants pay too much. The same survey showed that few of them had complained.",
     "showed", "A survey released Friday by the Tidewater Research Group"),
    ("The council met on Monday. Fares rose, according to an audit released Tuesday by the city "
     "controller's office. The audit found that buses ran late. It concluded that the depot was short "
     "of drivers.", "concluded", "an audit released Tuesday by the city controller's office"),
])
def test_a_document_named_again_keeps_the_document_first_named(run, text, cue, first):
    claim = with_cue(run(text), cue)
    assert _doc(claim) == first
    _spans_hold(text, claim)


def test_a_document_named_for_the_first_time_carries_no_document(run):
    """``document`` is set only when a re-mention was linked to a first mention (review1 item 9)."""
    text = ("The council met on Monday. A study published Thursday by the Orchard Health Trust found that "
            "clinics lacked nurses.")
    claim = with_cue(run(text), "found")
    assert _doc(claim) is None and _via(claim) == "A study published Thursday by the Orchard Health Trust"


_SURVEY = {"text": "A survey released Friday by the Tidewater Research Group", "start": 4, "end": 5}


def test_the_scorer_reads_the_document_of_a_speaker_with_no_actor():
    speaker = {"text": "A survey released Friday by the Tidewater Research Group", "start": 4, "end": 5,
               "actor_id": None, "via": {"text": "The same survey", "start": 2, "end": 3}, "document": _SURVEY}
    keys = speaker_keys(speaker, "d", ActorNames())
    assert any("survey released friday" in k for k in keys)


def test_the_scorer_reads_the_document_a_re_mention_was_linked_to():
    speaker = {"text": "the Tidewater Research Group", "start": 0, "end": 1, "actor_id": "tidewater-research-group",
               "via": {"text": "The same survey", "start": 2, "end": 3}, "document": _SURVEY}
    assert any("survey released friday" in k for k in speaker_keys(speaker, "d", ActorNames()))


def test_a_wrong_author_with_a_matching_document_stays_wrong():
    """A wrong actor id is not made right by the words of a document no re-mention was linked to
    (review1 item 9): the document is the speaker's own mention, not one named before."""
    speaker = {"text": "the Orchard Health Trust", "start": 0, "end": 1, "actor_id": "orchard-health-trust",
               "document": _SURVEY}
    keys = speaker_keys(speaker, "d", ActorNames())
    assert not any("survey released friday" in k for k in keys)
    gold = GoldAttribution(doc_id="d", cue=((0, 1),), content=((0, 1),),
                           entities=(name_keys(["A survey released Friday by the Tidewater Research Group",
                                                "Tidewater Research Group"]),),
                           actor_ids=frozenset({"tidewater-research-group"}), cue_text="showed", where="")
    pred = PredAttribution(doc_id="d", claim_id="c", cue=((0, 1),), content=((0, 1),), speakers=(speaker,),
                           confidence=None)
    assert not speaker_right(gold, pred, ActorNames())


# -- ``it`` opening a sentence after the one document of the sentence before ---------------------------
def test_it_after_the_one_document_of_the_sentence_before_is_that_document(run):
    text = ("The council met on Monday. I have gone through the report from the Orchard Health Trust. "
            "It says the clinics need forty more nurses.")
    claim = with_cue(run(text), "says")
    assert claim["speaker"]["actor_id"] == "orchard-health-trust" and _via(claim) == "It"
    assert _doc(claim) == "the report from the Orchard Health Trust"
    _spans_hold(text, claim)


@pytest.mark.parametrize("text", [
    # two documents: no guess
    "The council met on Monday. I have gone through the review and the memo. It says the clinics need nurses.",
    # no document at all: ``it`` is not a document
    "The council met on Monday. I have gone through the new budget line by line. It says the clinics need nurses.",
])
def test_it_with_no_single_document_before_is_left_as_written(run, text):
    claim = with_cue(run(text), "says")
    assert claim["speaker"] is None or claim["speaker"].get("actor_id") is None and _doc(claim) is None


def test_it_inside_a_quotation_is_no_document_of_the_narrative(run):
    text = ('The council met on Monday. "I have gone through the review. It says nothing new," the mayor said.')
    claims = run(text)
    assert not any(_doc(c) == "the review" for c in claims)


def test_the_report_after_two_reports_names_no_document(run):
    text = ("The council met on Monday. A report by the Orchard Health Trust found that clinics were short "
            "of nurses, while a report by the Tidewater Research Group found the opposite. The report also "
            "said that wait times had doubled.")
    claim = with_cue(run(text), "said")
    assert _doc(claim) is None and (claim["speaker"] or {}).get("actor_id") is None


# -- ``the documents`` after a list of documents ---------------------------------------------------
def test_the_documents_are_the_one_list_of_documents_just_before(run):
    text = ("The council met on Monday. Reporters obtained internal emails, spreadsheets and memos from the "
            "company. The documents show that 4,000 calls were marked exempt.")
    claim = with_cue(run(text), "show")
    assert _doc(claim) == "internal emails, spreadsheets and memos" and _via(claim) == "The documents"
    _spans_hold(text, claim)


def test_the_documents_after_two_lists_name_none(run):
    text = ("The council met on Monday. Reporters obtained emails and memos from the company and letters and "
            "filings from the county. The documents show that 4,000 calls were marked exempt.")
    claim = with_cue(run(text), "show")
    assert _doc(claim) is None and claim["speaker"]["text"] == "The documents"


# -- ``decision``: a document only as a text a body issued (review1 item 1) ------------------------
@pytest.mark.parametrize("text, cue", [
    # an act read by the writer: the subject of an inference verb, or with a to/of complement
    ("The council met on Monday. The bank's decision suggests borrowing costs will keep rising.", "suggests"),
    ("The council met on Monday. The decision to shut the mill shows the owners are short of cash.", "shows"),
    ("The council met on Monday. The decision of the board says little about the pensions.", "says"),
])
def test_a_decision_that_is_an_act_is_no_document(run, text, cue):
    assert not [c for c in run(text) if (c.get("cue") or {}).get("text") == cue]


def test_a_decision_a_panel_issued_still_speaks(run):
    text = ("The council met on Monday. The tenant was fined $5,000, the housing tribunal said in a 30-page "
            "decision released on Friday. The decision says that the landlord was never paid.")
    claim = with_cue(run(text), "says")
    assert claim["speaker"] is not None and "decision" in (_via(claim) or claim["speaker"]["text"])


# -- ``it`` after a document a body put out, or one in a circumstance (review1 item 4) --------------
@pytest.mark.parametrize("text", [
    # a body (common noun, no actor) is the subject: ``it`` is the body
    "The council met on Monday. The hospital released a statement on Friday. It said two nurses had been hurt.",
    "The council met on Monday. The charity filed a complaint with the regulator. It said the audit was rigged.",
    # the document sits in a circumstance
    "The council met on Monday. Bond yields climbed sharply after the audit. It said the city owed more than planned.",
])
def test_it_after_a_body_or_a_circumstance_is_no_document(run, text):
    claim = with_cue(run(text), "said")
    assert claim["speaker"] is None or (claim["speaker"]["text"] == "It" and _doc(claim) is None)


def test_it_after_a_person_who_read_the_document_is_that_document(run):
    text = "The council met on Monday. The mayor read the memo out loud. It said the depot would close in June."
    claim = with_cue(run(text), "said")
    assert claim["speaker"]["text"] == "the memo" and _via(claim) == "It"
    _spans_hold(text, claim)


# -- a list whose first documents the parser hung elsewhere keeps them (review1 item 11) -------------
def test_the_list_keeps_its_first_conjunct_the_parser_hung_elsewhere(run):
    text = ("The council met on Monday. According to leaked emails, spreadsheets and memos reviewed by the Gazette, the "
            "depot was overbilled. The documents show that the contractor was paid twice.")
    claim = with_cue(run(text), "show")
    assert _doc(claim) == "leaked emails, spreadsheets and memos"
    _spans_hold(text, claim)


def test_a_document_with_a_determiner_before_the_comma_opens_no_list(run):
    text = ("The council met on Monday. In the reports, emails and memos were quoted at length. The documents "
            "show that the contractor was paid twice.")
    claim = with_cue(run(text), "show")
    assert _doc(claim) in (None, "emails and memos")


# -- a pronoun linked to a document keeps that document (review1 item 9: re-mentions only) -----------
@pytest.mark.parametrize("text, cue, first", [
    ("The council met on Monday. A 2021 audit by the city controller found that the depot was short of "
     "drivers, and it recommended that the city hire forty more.", "recommended",
     "A 2021 audit by the city controller"),
    ("The council met on Monday. But the controller's audit undercuts him. It found that the depot was short "
     "of drivers.", "found", "the controller's audit"),
])
def test_it_for_a_document_keeps_the_document(run, text, cue, first):
    claim = with_cue(run(text), cue)
    assert _doc(claim) == first and _via(claim) in ("it", "It")
    _spans_hold(text, claim)


@pytest.mark.parametrize("text, cue, first, author", [
    ("The levy has critics. A memo drafted by the Harbor Transit Authority estimated that fares would "
     "rise 8%. It warned that ridership could fall by a fifth.", "warned",
     "A memo drafted by the Harbor Transit Authority", "Harbor Transit Authority"),
    ("Ministers were briefed on Monday. The study, by the Oslo consultancy Berglund & Moe, estimated that "
     "the tunnel would cost $2 billion. It found that traffic would double by 2040.", "found",
     "The study", "Berglund & Moe"),
])
def test_it_after_a_document_that_spoke_with_its_author_keeps_the_document(run, text, cue, first, author):
    """``A memo drafted by X estimated …. It warned …``: ``it`` takes the speaker of the
    sentence before, reached through the document's words; it is that document again, so the
    speaker keeps it (``speaker.document``) beside its author."""
    claim = with_cue(run(text), cue)
    assert author in claim["speaker"]["text"] and _via(claim) == "It"
    assert _doc(claim) == first
    _spans_hold(text, claim)


def test_it_after_a_body_that_spoke_keeps_no_document(run):
    text = ("The levy has critics. The Harbor Transit Authority estimated that fares would rise 8%. It warned "
            "that ridership could fall by a fifth.")
    claim = with_cue(run(text), "warned")
    assert "Harbor Transit Authority" in claim["speaker"]["text"] and _doc(claim) is None
