"""claims_actors, actor_epithets.py: a definite description that tells something about a person
(``the 58-year-old``, ``the former judge``, ``the mother of three``, ``the Green councillor``) names
the person just introduced, and no one when two fit or none."""

from __future__ import annotations

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found, with_cue


def _id(out: dict, text: str) -> str | None:
    return (out.get(text) or {}).get("actor_id")


@pytest.mark.parametrize("text, mention, actor_id", [
    # an age the text gave: that person, even with another person named in between
    ("Ewan Strachan, 58, has run the crossing for two decades. Port manager Ilse Varga disagreed. "
     "\"We are tired of waiting,\" said the 58-year-old.", "the 58-year-old", "ewan-strachan"),
    # an age the text did not give: the person the sentence before was about
    ("Ewan Strachan has run the crossing for two decades.\n\n\"We are tired of waiting,\" said the 58-year-old.",
     "the 58-year-old", "ewan-strachan"),
    # the person was given another age: no guess
    ("Ewan Strachan, 44, has run the crossing for two decades. \"We are tired,\" said the 58-year-old.",
     "the 58-year-old", None),
    ("Berit Holm, a retired judge who lives by the harbour, spoke first. \"It is a mistake,\" said the former judge.",
     "the former judge", "berit-holm"),
    ("Karim Sultani waited at the border for a week. \"We have no food,\" said the father of four.",
     "the father of four", "karim-sultani"),
    ("Labour councillor Ruth Calder voted against the scheme. \"It will cost too much,\" said the Labour councillor.",
     "the Labour councillor", "ruth-calder"),
    ("Tom Avery told supporters that he had called Gov. Lena Marsh to concede. \"I respect it,\" "
     "the former state House majority leader said.", "the former state House majority leader", "tom-avery"),
])
def test_epithet_names_the_person_just_introduced(nlp, text, mention, actor_id):
    """An age (given or new), a past post, a count of children, a pre-name label; the subject of
    the sentence before when two people are named there."""
    assert _id(found(nlp, text), mention) == actor_id


@pytest.mark.parametrize("text, mention", [
    # two people named in the sentence before, both subjects: no guess
    ("Ewan Strachan and Ilse Varga have run the crossing for years. \"We are tired,\" said the 58-year-old.",
     "the 58-year-old"),
    # a mother is no man
    ("Mr. Karim Sultani waited at the border for a week. \"We have no food,\" said the mother of four.",
     "the mother of four"),
    # the only person named before is inside a quotation
    ("\"Nobody listens to Ewan Strachan,\" a sign read.\n\n\"We are tired,\" said the 58-year-old.", "the 58-year-old"),
    # two people carry the label
    ("Green councillor Ruth Calder and Green councillor Owen Tate voted no. \"It costs too much,\" "
     "said the Green councillor.", "the Green councillor"),
])
def test_epithet_with_two_or_no_fitting_people_names_no_one(nlp, text, mention):
    assert _id(found(nlp, text), mention) is None


def test_indefinite_description_introduces_a_new_person(nlp):
    """``a 34-year-old teacher`` is someone new, not the person named before."""
    out = found(nlp, "Ewan Strachan runs the ferry. A 34-year-old teacher said the boats were late.")
    assert out["Ewan Strachan"]["actor_id"] == "ewan-strachan"
    assert out.get("A 34-year-old teacher", {}).get("actor_id") != "ewan-strachan"


def test_speaker_of_an_epithet_is_the_person(claims_of):
    claims = claims_of("Morwenna Teague, a crofter from Barra, missed two hospital visits this spring.\n\n"
                       "\"You plan your life around a boat,\" said the 47-year-old.")
    speaker = with_cue(claims, "said")["speaker"]
    assert speaker["actor_id"] == "morwenna-teague"
    assert speaker["via"]["text"] == "the 47-year-old"


@pytest.mark.parametrize("text", [
    # a name inside a quotation is no person just introduced
    "The union said \u201cTom Hale signed the deal\u201d on Monday. \u201cIt is over,\u201d said the former diplomat.",
    # nor a person named two paragraphs before
    "Tom Hale has run the crossing for two decades.\n\nThe port reopened.\n\nTrucks queued.\n\n"
    "\u201cIt is over,\u201d said the 58-year-old.",
])
def test_a_person_quoted_or_paragraphs_back_is_not_the_one_just_introduced(nlp, text):
    out = found(nlp, text)
    epithet = "the former diplomat" if "diplomat" in text else "the 58-year-old"
    assert _id(out, epithet) is None


@pytest.mark.parametrize("text, mention", [
    # the epithet inside the sentence that names the person is someone else
    ("Sen. Ilona Varga, an ally of the former mayor, criticised the audit.", "the former mayor"),
    # a senator named with her title is no former mayor
    ("Sen. Ilona Varga criticised the audit. The former mayor, who ran the city for a decade, was silent.",
     "The former mayor"),
])
def test_epithet_of_another_person_names_no_one(nlp, text, mention):
    assert mention not in found(nlp, text)


def test_plural_ages_are_no_epithet(nlp):
    """``the 58-year-olds`` are a group, not the person named before."""
    out = found(nlp, "Ewan Strachan has run the crossing for years. The 58-year-olds said the boats were late.")
    assert not [t for t in out if "58-year-old" in t]


def test_hyphenated_title_goes_on_past_the_epithet(nlp):
    """``the U.N. secretary-general`` is no ``the U.N. secretary`` epithet of a person named with U.N."""
    out = found(nlp, "U.N. envoy Petra Solvik briefed the council. A spokesman for the U.N. secretary-general "
                     "said the envoy would return.")
    assert all(n.get("actor_id") != "petra-solvik" for t, n in out.items() if t.startswith("the U.N. secretary"))


@pytest.mark.parametrize("text, mention", [
    # a past post, and the person named before is described by nothing: not the speaker of a quotation
    ('Jack Smith filed the new indictment in Washington on Tuesday. The former president called it '
     '"election interference" and vowed to fight.', "The former president"),
    ("Lena Voss opened the new wing of the museum on Friday. The former mayor praised it in a letter.",
     "The former mayor"),
    # described with another past post
    ('Ana Ruiz, a retired teacher, lives near the plant with her husband, Tom. "The smell is unbearable," '
     'said the former soldier.', "the former soldier"),
    ('Piet Olsen, a former fisherman, runs the harbour cafe. "Nobody asked us," said the former banker.',
     "the former banker"),
    # a count of children, and the person named before is the object of a verb
    ('Police questioned David Brown for several hours on Sunday. "She was a wonderful person," '
     'said the mother of three.', "the mother of three"),
    ('The council fined Omar Haddad last month. "We cannot afford this," said the father of four.',
     "the father of four"),
    # an age and a role the person was never given
    ("Officers arrested Mark Jones on Friday. The 29-year-old victim told reporters he had been beaten.",
     "The 29-year-old victim"),
    ("Rescuers reached Sina Tauiliili after dawn. The 16-year-old girl had been swept off the reef.",
     "The 16-year-old girl"),
])
def test_epithet_that_does_not_fit_the_person_names_no_one(nlp, text, mention):
    """The words of the epithet must fit the person named before: a past post of theirs (or, when
    nothing is said of them, a speaker named right after a quote), the subject for a parent, a role
    the text gave them."""
    assert mention not in found(nlp, text)


@pytest.mark.parametrize("text, mention", [
    ("Mark Jones opened the archive in 1990. The 40-year-old law says nothing about it.", "The 40-year-old law"),
    ("Rosa Lind bought the farm in May. The 200-year-old building needs a new roof.", "The 200-year-old building"),
])
def test_age_of_a_thing_is_no_person(nlp, text, mention):
    assert mention not in found(nlp, text)


@pytest.mark.parametrize("text, mention, actor_id", [
    # a past post described with words of the same post
    ('Hal Dempsey, a retired Foreign Service officer, was first in line.\n\n"I did not spend 30 years abroad '
     'for this," said the former diplomat.', "the former diplomat", "hal-dempsey"),
    # a current post is no other past post: the speaker of the quote
    ("Qazuran's chairman, Marat Abenov, has pressed the government. \"Our shareholders have been patient,\" "
     "said the former finance minister.", "the former finance minister", "marat-abenov"),
    # an age and a role the text gave
    ('Nadia Petrova, a victim of the fraud, lost her savings. "I trusted them," said the 70-year-old victim.',
     "the 70-year-old victim", "nadia-petrova"),
])
def test_epithet_that_fits_names_the_person(nlp, text, mention, actor_id):
    assert _id(found(nlp, text), mention) == actor_id
