"""A description in the words a body reports names that body (actor_reporter_bodies)."""

from __future__ import annotations

import pytest
import spacy

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_model import Actor
from pipeline.components.actor_reporter_bodies import reporter_body, reporting_subject, speaker_tokens
from tests.conftest import MODEL, actor_mentions, with_cue

VERBS = frozenset({"say", "tell"})
VOICES = frozenset({"spokeswoman", "spokesperson"})


@pytest.fixture(scope="module")
def base():
    return spacy.load(MODEL)


def described(nlp, text, phrase):
    return [n["actor_id"] for t, n in actor_mentions(nlp, text, None) if t == phrase]


def _index(doc, word, nth=0):
    return [t.i for t in doc if t.text == word][nth]


def test_reporting_subject_of_a_reported_clause_subject(base):
    doc = base("A spokeswoman for Corvane Foods said the company would appeal the ruling.")
    subject = reporting_subject(doc, _index(doc, "company"), VERBS)
    assert subject is not None and subject.text == "spokeswoman"


@pytest.mark.parametrize("text", [
    "A spokeswoman for Corvane Foods said it would sue the company in March.",  # the object: any company
    "A spokeswoman for Corvane Foods denied that the company would appeal the ruling.",  # no reporting verb
])
def test_reporting_subject_none_outside_the_shape(base, text):
    doc = base(text)
    assert reporting_subject(doc, _index(doc, "company"), VERBS) is None


def test_speaker_tokens_of_a_noun_hold_its_for_object(base):
    doc = base("A spokeswoman for Corvane Foods said the company would appeal the ruling.")
    tokens = speaker_tokens(doc[_index(doc, "spokeswoman")], VOICES)
    assert [t.text for t in tokens] == ["spokeswoman", "Foods"]


def test_speaker_tokens_of_a_noun_of_no_voice_are_itself(base):
    doc = base("An analyst at Brenner Securities said the company would miss its forecast.")
    assert [t.text for t in speaker_tokens(doc[_index(doc, "analyst")], VOICES)] == ["analyst"]


def test_reporter_body_is_no_person_nor_crowd(base):
    doc = base("Residents told the council that the group had ignored them.")
    crowd = Actor(0, 1, {"actor_id": "residents", "type": "group"}, "rule:group-noun", category="group")
    assert reporter_body(doc, _index(doc, "the", 1), _index(doc, "group"), [crowd], VERBS, VOICES) is None


def test_reporter_body_needs_the_verb_list(base):
    doc = base("Halden Mining said that the company had met its targets.")
    body = Actor(0, 2, {"actor_id": "halden-mining", "type": "organization"}, "ner")
    the, head = _index(doc, "the"), _index(doc, "company")
    assert reporter_body(doc, the, head, [body], VERBS, VOICES) is body
    assert reporter_body(doc, the, head, [body], frozenset(), VOICES) is None


def test_a_board_named_by_its_spokesperson_past_the_outlet_told(nlp):
    text = ("A spokesperson for the Harbour Licensing Board, which sets the fees, told the Tasman Fact Project "
            "that the board had not been consulted.")
    assert described(nlp, text, "the board") == ["harbour-licensing-board"]


def test_a_body_the_spokesperson_does_not_fit_leaves_the_nearest_search(nlp):
    text = "A spokesman for the Meridian Water Authority told Calder Gas Ltd. that the company would lose its permit."
    assert described(nlp, text, "the company") == ["calder-gas"]


def test_a_speaker_the_board_in_a_spokespersons_words_gets_the_board(claims_of):
    claims = claims_of("A spokesperson for the Harbour Licensing Board, which sets the fees, told the Tasman "
                       "Fact Project that the board has repeatedly warned against the plan.")
    speaker = with_cue(claims, "warned")["speaker"]
    assert speaker["norm"]["actor_id"] == "harbour-licensing-board"


def test_an_analyst_does_not_speak_for_the_bank_that_employs_them(nlp):
    text = ("Kessler Motors cut its forecast on Monday. An analyst at Brenner Securities said the company "
            "would miss its targets.")
    assert "brenner-securities" not in described(nlp, text, "the company")
