"""Cue families mended in round 24 (issue 11): ``pressed X on whether …`` (a question or demand
of the subject put to a person), an adjective stance the parser hangs on ``seem`` as an object
predicate (``seemed skeptical that …``), and a negated ``accept`` with a clause (``I don't accept
that …``: a rejection is still stated); with the uses of the same words that state nothing.

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue, speaker_text as _speaker, cue_texts as _cues


@pytest.mark.parametrize("text, speaker", [
    ("Judge Maria Ostrander pressed Ms. Vance on whether the state had tried any less drastic measure.",
     "Maria Ostrander"),
    ("CNN anchor Dana Holt, the other moderator, pressed both men on immigration.", "Dana Holt"),
    ("Reporters pressed the mayor for details about the contract.", "Reporters"),
])
def test_pressed_a_person_on_a_topic_is_the_subjects_question(claims_of, text, speaker):
    assert speaker in _speaker(with_cue(claims_of(text), "pressed"))


@pytest.mark.parametrize("text", [
    "She pressed the button on the console and waited.",
    "Police pressed charges against the driver over the crash.",
    "The army pressed on with the offensive.",
])
def test_pressed_without_a_person_asked_states_nothing(claims_of, text):
    assert "pressed" not in _cues(claims_of(text))


@pytest.mark.parametrize("text, speaker", [
    ("Most of the jurors seemed skeptical that the witness had told the truth.", "Most of the jurors"),
    ("The regulators seemed confident the merger would clear by June.", "The regulators"),
])
def test_an_adjective_stance_after_seem_is_a_hedged_belief(claims_of, text, speaker):
    claims = claims_of(text)
    claim = next(c for c in claims if c["cue"] and c["cue"]["text"] in ("skeptical", "confident"))
    assert _speaker(claim) == speaker
    assert claim["modality"]["hedged"] is True


def test_seem_with_an_adjective_and_no_clause_is_no_cue(claims_of):
    assert "skeptical" not in _cues(claims_of("The jurors seemed skeptical at first."))


@pytest.mark.parametrize("text, speaker, content", [
    ("I understand the anger. But I don't accept that the police failed the town.", "I",
     "the police failed the town"),
    ("The tribunal did not accept that the contract had been signed under duress.", "The tribunal",
     "the contract had been signed under duress"),
])
def test_a_negated_accept_with_a_clause_states_a_rejection(claims_of, text, speaker, content):
    claim = with_cue(claims_of(text), "accept")
    assert _speaker(claim) == speaker
    assert claim["content"]["text"] == content


@pytest.mark.parametrize("text", [
    "She did not accept the offer.",
    "The board would neither accept nor reject that the audit was flawed.",
])
def test_a_negated_accept_without_a_clause_or_withheld_states_nothing(claims_of, text):
    assert "accept" not in _cues(claims_of(text))


@pytest.mark.parametrize("text, speaker", [
    ("The insurer sees claims rising after the second storm in a month.", "The insurer"),
    ("Lender sees deposit growth slowing after rate cut", "Lender"),
])
def test_a_body_that_sees_a_figure_ahead_forecasts_it(claims_of, text, speaker):
    claim = with_cue(claims_of(text), "sees")
    assert _speaker(claim) == speaker
    assert claim["modality"]["hedged"] is True


def test_a_body_that_saw_something_forecasts_nothing(claims_of):
    assert "saw" not in _cues(claims_of("The company saw a surge in orders last year."))


def test_it_after_a_document_subject_goes_on_reporting_an_object(claims_of):
    claims = claims_of("The Carver County poll, released Monday, showed Lind ahead by 4 points. "
                       "It found 8% still undecided.")
    assert _speaker(with_cue(claims, "found")) == "The Carver County poll"


def test_it_after_a_company_reports_no_object(claims_of):
    claims = claims_of("The company, founded in 1998, sells solar panels. It found 40 new customers last year.")
    assert "found" not in _cues(claims)


def test_a_negated_accept_of_a_noun_with_a_relative_clause_states_nothing(claims_of):
    text = '"We will not accept ballots that turn up after midnight," the candidate told supporters.'
    assert "accept" not in _cues(claims_of(text))


@pytest.mark.parametrize("text", [
    "The lender sees its job as a partner to family farms.",
    "The insurer sees itself as a guardian of coastal towns.",
    "The bank sees about 300 card disputes a week.",
    "The company sees shoppers at 12 stores across the state.",
    "The fund sees the purchase as a bet on Asian demand.",
])
def test_a_body_that_sees_a_role_a_self_or_a_count_forecasts_nothing(claims_of, text):
    assert "sees" not in _cues(claims_of(text))


@pytest.mark.parametrize("text, speaker", [
    ("The ministry sees the budget deficit at 3.8% of output next year.", "The ministry"),
    ("The company sees revenue growth of 4 percent in 2027.", "The company"),
    ("The bank sees home prices falling through the spring.", "The bank"),
    ("The insurer sees premiums rising 6 percent next year.", "The insurer"),
])
def test_a_body_that_sees_a_level_or_a_change_forecasts_it(claims_of, text, speaker):
    assert _speaker(with_cue(claims_of(text), "sees")) == speaker


@pytest.mark.parametrize("text", [
    "The wingers pressed the defenders for the last 20 minutes, the manager said.",
    "Our forwards pressed their opponents for the rest of the match.",
    "Workers pressed the sheets for an hour before folding them.",
])
def test_pressed_for_a_stretch_of_time_or_a_thing_states_nothing(claims_of, text):
    assert "pressed" not in _cues(claims_of(text))


@pytest.mark.parametrize("text, content", [
    ("Farm groups pressed the ministry for faster drought payments.", "the ministry for faster drought payments"),
    ("Reporters pressed her about the missing emails.", "her about the missing emails"),
])
def test_the_person_pressed_and_the_topic_are_the_content_not_the_speaker(claims_of, text, content):
    # like other object cues (heldout21 annotates ``both candidates on the filibuster``)
    assert with_cue(claims_of(text), "pressed")["content"]["text"] == content


@pytest.mark.parametrize("text, speaker, content", [
    ("Relatives met the consul on Monday and pressed for his immediate release.", "Relatives",
     "for his immediate release"),
    ("Tenant groups pressed for a rent freeze before the winter.", "Tenant groups",
     "for a rent freeze before the winter"),
])
def test_pressed_for_a_demand_without_an_object_is_the_subjects_demand(claims_of, text, speaker, content):
    claim = with_cue(claims_of(text), "pressed")
    assert _speaker(claim) == speaker
    assert claim["content"]["text"] == content


@pytest.mark.parametrize("text", [
    "The senator was pressed for time and left before the vote.",
    "Volunteers pressed for an hour before the door gave way.",
    "The builders pressed ahead with the second tower.",
    "The company is hard-pressed to explain the losses.",
    "He said the detention was unlawful and pressed for his immediate release.",
])
def test_pressed_for_time_or_a_stretch_or_ahead_states_nothing(claims_of, text):
    assert "pressed" not in _cues(claims_of(text))


@pytest.mark.parametrize("text, speaker, content", [
    ("The Bank of Ghana, which held its rate at 27% in July, said on Friday it sees inflation easing "
     "to 15% by December.", "The Bank of Ghana", "inflation easing to 15% by December"),
    ("Chief executive sees copper margins holding above 12% this year", "Chief executive",
     "copper margins holding above 12% this year"),
    ("The central bank now sees core inflation averaging 2.9% next year.", "The central bank",
     "core inflation averaging 2.9% next year"),
])
def test_a_pronoun_a_chief_or_a_changing_subject_forecasts_ahead(claims_of, text, speaker, content):
    """``it sees inflation easing`` (a body's pronoun), ``CEO sees margins holding above 9%`` (the
    level on a participle the parser hangs on the verb), ``sees inflation averaging 3.2%`` (a
    participle whose subject is a change)."""
    claim = with_cue(claims_of(text), "sees")
    assert _speaker(claim) == speaker
    assert claim["content"]["text"] == content and claim["modality"]["hedged"] is True


@pytest.mark.parametrize("text", [
    "The executive sees customers visiting 40 branches a week.",
    "It sees its staff working from home on Fridays.",
])
def test_a_chief_or_a_pronoun_that_sees_no_figure_ahead_forecasts_nothing(claims_of, text):
    assert "sees" not in _cues(claims_of(text))
