"""Withheld reports (round 13): a negated or refused speech verb whose complement is a question
(``would not say whether …``, ``has not said when …``, ``would not comment on whether …``,
``declined to say how many …``) is a claim of its speaker marked ``negated``; a negated report
with a plain clause (``did not say the contract was void``) or with no question (``declined to
comment``, ``would not comment on rumours``) stays no claim.

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue, speaker_text as _speaker, cue_texts as _cues


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The treasurer would not say whether the county would borrow again next year.", "say", "The treasurer",
     "whether the county would borrow again next year"),
    ("The club has not said when the stadium will reopen to fans.", "said", "The club",
     "when the stadium will reopen to fans"),
    ("Harlow would not comment on whether the merger talks were over.", "comment", "Harlow",
     "whether the merger talks were over"),
    ("The coroner did not say why.", "say", "The coroner", "why"),
    ("The bishop praised the volunteers but did not say how much the repairs would cost.", "say", "The bishop",
     "how much the repairs would cost"),
])
def test_a_withheld_question_is_a_negated_claim_of_its_speaker(claims_of, text, cue, speaker, content):
    claim = with_cue(claims_of(text), cue)
    assert _speaker(claim) == speaker
    assert claim["content"]["text"] == content
    assert claim["modality"]["negated"] is True


def test_a_refused_question_is_marked_negated(claims_of):
    claim = with_cue(claims_of("A port spokesman declined to say how many containers were seized."), "declined")
    assert claim["modality"]["negated"] is True
    assert "containers were seized" in claim["text"]


@pytest.mark.parametrize("text, not_cue", [
    ("The landlord did not say that the rent would rise.", "say"),
    ("The coach would not comment on rumours about his future.", "comment"),
    ("She did not decide whether to run for the seat.", "decide"),
])
def test_a_negated_report_without_a_question_is_no_claim(claims_of, text, not_cue):
    assert not_cue not in _cues(claims_of(text))


def test_a_withheld_question_hung_on_a_passive_clause_names_no_speaker(claims_of):
    """The parser hangs ``did not say where`` on ``was found``: the subject there is no speaker."""
    claims = claims_of("The memo said a key was found but did not say where.")
    assert all(_speaker(c) != "a key" for c in claims)


def test_a_clause_hung_before_a_withheld_question_keeps_its_own_speaker(claims_of):
    """``X has said …; Y has not said whether …``: the parser hangs the first clause under the
    second ``said``; it stays X's claim, and Y's negated claim is the question alone."""
    claims = claims_of("The mayor has said the pool will open in May; the council has not said "
                       "whether it will pay for the repairs.")
    first = next(c for c in claims if c["content"] and c["content"]["text"] == "the pool will open in May")
    assert _speaker(first) == "The mayor" and first["modality"]["negated"] is False
    second = next(c for c in claims if c["speaker"] and c["speaker"]["text"] == "the council")
    assert second["content"]["text"] == "whether it will pay for the repairs"
    assert second["modality"]["negated"] is True


@pytest.mark.parametrize("text, cue, content", [
    ("The airline would not say whether the pilots had been tested, and the regulator has not said when "
     "the inquiry will end.", "say", "whether the pilots had been tested"),
    ("The rector would not comment on whether the library would shut, and the staff did not say why.",
     "comment", "whether the library would shut"),
    ("The airline would not say whether the pilots had been tested.", "say", "whether the pilots had been tested"),
])
def test_a_withheld_question_ends_at_its_clause_without_the_conjunction_after_it(claims_of, text, cue, content):
    assert with_cue(claims_of(text), cue)["content"]["text"] == content


@pytest.mark.parametrize("text, cue, claim_text", [
    ("The army would not say who fired the first shot.", "say", "who fired the first shot"),
    ("The club would not confirm who was suspended.", "confirm", "who was suspended"),
])
def test_a_withheld_question_keeps_its_wh_subject_in_the_claim_text(claims_of, text, cue, claim_text):
    assert with_cue(claims_of(text), cue)["text"] == claim_text


def test_a_plain_report_and_a_plain_negated_report_are_unchanged(claims_of):
    """Near misses: a stated clause keeps its text; ``did not say the …`` (no question) stays no claim."""
    claim = with_cue(claims_of("The army said the first shot came from the ridge."), "said")
    assert claim["text"] == "the first shot came from the ridge"
    assert "say" not in _cues(claims_of("The army did not say the first shot came from the ridge."))


def test_the_question_topic_prepositions_are_rule_data(claims_of):
    from pipeline.components.claims import load_rules
    assert load_rules().words("question_topic_preps") == {"on", "about"}
    claim = with_cue(claims_of("The warden would not comment about whether the gates would reopen."), "comment")
    assert claim["content"]["text"] == "whether the gates would reopen"
    # near miss: a preposition of time or place with a question-less object stays no claim
    assert "comment" not in _cues(claims_of("The warden would not comment at the gates on Friday."))


def test_the_if_of_a_condition_inside_a_withheld_question_is_no_question_word(claims_of):
    """Near miss: ``would not say whether X would act if Y``: the claim of ``if Y`` drops its ``if``."""
    claims = claims_of("The envoy would not say whether Oslo would send ships if the strait were closed.")
    assert any(c["text"] == "the strait were closed" for c in claims)


@pytest.mark.parametrize("text, cue, claim_text", [
    ("Two council members asked who had signed off on the parking contract.", "asked",
     "who had signed off on the parking contract"),
    ("The auditor asked why the pension fund had paid the fees twice.", "asked",
     "why the pension fund had paid the fees twice"),
])
def test_an_asked_question_keeps_its_wh_word_in_the_claim_text(claims_of, text, cue, claim_text):
    assert with_cue(claims_of(text), cue)["text"] == claim_text


def test_an_asked_request_with_a_condition_does_not_start_at_if(claims_of):  # near miss: no question
    claim = with_cue(claims_of("The mayor asked the board to delay the vote if the audit came late."), "asked")
    assert not claim["text"].startswith("if")


@pytest.mark.parametrize("text, cue, content", [
    ("The coach, who has run the club since 2019, declined to say which player's contract would be "
     "renewed.", "declined", "which player's contract would be renewed"),
    ("The harbour master declined to say what steps the port would take.", "declined",
     "what steps the port would take"),
])
def test_a_refused_question_opened_by_a_question_determiner_is_a_claim(claims_of, text, cue, content):
    claim = with_cue(claims_of(text), cue)
    assert content in claim["content"]["text"]
    assert claim["text"] == content  # the question, never its clause read as an assertion


@pytest.mark.parametrize("text, claim_text", [
    ("The minister declined to say which ministers would lose their jobs.", "which ministers would lose their jobs"),
    ("The company refused to say what price it had paid for the plant.", "what price it had paid for the plant"),
])
def test_a_refused_question_keeps_its_question_word_in_the_claim_text(claims_of, text, claim_text):
    claim = with_cue(claims_of(text), text.split()[2])
    assert claim["text"] == claim_text


def test_a_refused_object_without_a_question_word_stays_no_claim(claims_of):  # near miss
    assert "declined" not in _cues(claims_of("The harbour master declined to discuss the steps the port would take."))


@pytest.mark.parametrize("text, speaker, content", [
    ("The county said two inspectors had been suspended but did not say whether they would be fired.",
     "The county", "whether they would be fired"),
    ("The ministry statement said a drone had been shot down but did not say where.", "The ministry statement",
     "where"),
])
def test_a_withheld_question_joined_to_a_reported_clause_is_the_reporters(claims_of, text, speaker, content):
    claims = claims_of(text)
    withheld = with_cue(claims, "say")
    assert _speaker(withheld) == speaker
    assert withheld["content"]["text"] == content
    assert content not in with_cue(claims, "said")["content"]["text"]  # the second statement is cut out


def test_a_negated_plain_report_joined_to_a_reported_clause_stays_no_claim(claims_of):  # near miss
    assert "say" not in _cues(claims_of("The county said two inspectors had been suspended but did not say "
                                        "the union had been told."))
