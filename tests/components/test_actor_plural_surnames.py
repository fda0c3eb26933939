"""claims_actors, actor_plural_surnames.py and the name passes beside it: a surname the tagger reads
as a plural (``NNPS``), a titled name the model tagged ORG, a title-case role word before a noun
(``an Indian Navy destroyer``) and an organisation described in apposition (``X, the trade body``)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_plural_surnames import plural_surname, titled_name_start
from tests.conftest import actor_mentions, found_norms as found


VOCAB = spacy.blank("en").vocab


def _doc(words, tags, ents, pos=None):
    return Doc(VOCAB, words=words, tags=tags, pos=pos, ents=ents)


def test_plural_tag_inside_the_given_name_entity_is_a_surname():
    doc = _doc(["led", "by", "Marco", "Antunes", ","], ["VBN", "IN", "NNP", "NNPS", ","],
               ["O", "O", "B-FAC", "I-FAC", "O"])
    assert plural_surname(doc, 2, 3)


def test_plural_tag_outside_the_given_name_entity_is_no_surname():
    doc = _doc(["Georgia", "Republicans", "met"], ["NNP", "NNPS", "VBD"], ["B-GPE", "B-NORP", "O"])
    assert not plural_surname(doc, 0, 1)
    doc = _doc(["Georgia", "Republicans", "met"], ["NNP", "NNPS", "VBD"], ["O", "O", "O"])
    assert not plural_surname(doc, 0, 1)


def test_titled_given_name_ending_an_org_entity_opens_a_person(nlp):
    titles = nlp.get_pipe("claims_actors").gaz.titles
    words = ["by", "State", "Superintendent", "Carla", "Westergaard", ","]
    doc = _doc(words, ["IN", "NNP", "NNP", "NNP", "NNP", ","], ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
               ["ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT"])
    assert titled_name_start(doc, 1, 5, titles, frozenset({"foundation"})) == 3


def test_titled_name_ending_in_a_body_word_is_no_person(nlp):
    titles = nlp.get_pipe("claims_actors").gaz.titles
    doc = _doc(["the", "President", "Grant", "Foundation"], ["DT", "NNP", "NNP", "NNP"],
               ["O", "B-ORG", "I-ORG", "I-ORG"], ["DET", "PROPN", "PROPN", "PROPN"])
    assert titled_name_start(doc, 1, 4, titles, frozenset({"foundation"})) is None
    doc = _doc(["Carla", "Westergaard", "Holdings"], ["NNP", "NNP", "NNP"], ["B-ORG", "I-ORG", "I-ORG"],
               ["PROPN", "PROPN", "PROPN"])
    assert titled_name_start(doc, 0, 3, titles, frozenset()) is None  # no title before the given name


def test_plural_looking_surname_after_a_given_name_is_a_person(nlp):
    out = actor_mentions(nlp, "The Greens, led by Tomas Figueres, won 11 seats. Figueres called it a new era.")
    people = [(t, n["actor_id"]) for t, n in out if n["type"] == "person"]
    assert ("Tomas Figueres", "tomas-figueres") in people
    assert ("Figueres", "tomas-figueres") in people


def test_plural_party_word_after_a_given_name_is_no_surname(nlp):
    out = found(nlp, "Georgia Republicans met in Atlanta on Monday.")
    assert all(n["type"] != "person" for n in out.values())


def test_titled_name_tagged_org_is_a_person(nlp):
    out = actor_mentions(nlp, "The agency, run by Superintendent Helga Marstrand, said nine schools were short. "
                              "Marstrand, who is elected, sided with them.")
    people = [(t, n["actor_id"]) for t, n in out if n["type"] == "person"]
    assert any(t.endswith("Helga Marstrand") and i == "helga-marstrand" for t, i in people)
    assert ("Marstrand", "helga-marstrand") in people


def test_titled_body_name_is_no_person(nlp):
    out = found(nlp, "The President Grant Foundation said it would fund nine schools.")
    assert all(not (t.endswith("Foundation") and n["type"] == "person" and n["actor_id"] == "grant")
               for t, n in out.items())


def test_named_force_before_a_noun_is_the_force(nlp):
    out = found(nlp, "Sailors from a Dutch Navy frigate pulled the crew from the water.")
    assert out["Dutch Navy"]["actor_id"] == "NLDMIL"


def test_lower_case_force_word_before_a_noun_is_no_force(nlp):
    out = found(nlp, "Dutch army trucks were seen near the border.")
    assert not any(n.get("actor_id") == "NLDMIL" for n in out.values())


def test_name_described_as_a_trade_body_is_an_organization(nlp):
    out = found(nlp, "Critics were loud. Nordvarme, the trade body for Nordic heat producers, warned of costs.")
    assert out["Nordvarme"]["type"] == "organization"


def test_acronym_described_as_a_mission_is_an_organization(nlp):
    out = found(nlp, "The envoy called for KOBRAT, the regional monitoring mission, to stay.")
    assert out["KOBRAT"]["type"] == "organization"


def test_adverb_before_a_described_body_is_no_name(nlp):
    out = found(nlp, "Separately, the agency said it would appeal the ruling.")
    assert "Separately" not in out


def test_name_described_as_a_bloc_is_an_organization(nlp):
    out = found(nlp, "The minister said that Gerakan Tanah Sabah, the largest bloc from the state, would stay.")
    assert out["Gerakan Tanah Sabah"]["type"] == "organization"


def test_role_word_ending_another_name_before_a_noun_is_no_government(nlp):
    out = found(nlp, "New figures in U.S. Grid Reliability Administration data show the rise.")
    assert all(n["actor_id"] != "USAGOV" for n in out.values())


def test_titled_name_whose_title_opens_before_the_org_entity(nlp):
    titles = nlp.get_pipe("claims_actors").gaz.titles
    words = ["with", "Attorney", "General", "Priya", "Halvorsen", "and"]
    doc = _doc(words, ["IN", "NNP", "NNP", "NNP", "NNP", "CC"], ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
               ["ADP", "PROPN", "PROPN", "PROPN", "PROPN", "CCONJ"])
    assert titled_name_start(doc, 2, 5, titles, frozenset()) == 3  # "General Priya Halvorsen" (ORG)
