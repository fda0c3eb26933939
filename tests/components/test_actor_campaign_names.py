"""claims_actors, campaign names: a campaign or advocacy group whose name opens with a verb or
another non-name word (``Save``, ``Keep``, ``Stop``, ``No``, ``Moms for``) is an organisation when
the text marks the name as a body's; sentences and headlines that open with a verb stay no name
(actor_campaign_names.py).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions, with_cue


def named(nlp, text):
    return {t: n for t, n in actor_mentions(nlp, text)}


@pytest.mark.parametrize("text, name", [
    ("Daniel Ocampo, a spokesman for the group Save Harbor Point, told reporters the marina plan "
     "would close the public beach.", "Save Harbor Point"),
    ("Leaders of the residents' group Keep Elm Hollow Green met the planning board on Tuesday.",
     "Keep Elm Hollow Green"),
    ("The campaign Stop the Pipeline has collected 40,000 signatures since March.", "Stop the Pipeline"),
    ("The petition group, No Toll Road Now, needs 12,000 valid signatures by August.", "No Toll Road Now"),
])
def test_a_campaign_name_after_a_body_noun_is_an_organisation(nlp, text, name):
    out = named(nlp, text)
    assert out[name]["type"] == "organization"


@pytest.mark.parametrize("text, name", [
    ("Protect Cedar Ridge, a coalition of hikers and landowners, filed suit against the county on "
     "Monday.", "Protect Cedar Ridge"),
    ("Parents for Safe Streets, a nonprofit that lobbies for school crossings, sent the letter.",
     "Parents for Safe Streets"),
])
def test_a_campaign_name_apposed_to_a_body_noun_is_an_organisation(nlp, text, name):
    assert named(nlp, text)[name]["type"] == "organization"


def test_a_campaign_name_that_speaks_is_an_organisation(nlp):
    out = named(nlp, "Fix Route Nine said the state had ignored the crash figures for a decade.")
    assert out["Fix Route Nine"]["type"] == "organization"


def test_every_mention_of_the_campaign_is_the_same_organisation(nlp):
    text = ("The residents' group Keep Alder Bay Wild opposes the quarry. Keep Alder Bay Wild has hired "
            "two lawyers.")
    norms = [n for t, n in actor_mentions(nlp, text) if t == "Keep Alder Bay Wild"]
    assert norms and {(n["actor_id"], n["type"]) for n in norms} == {("keep-alder-bay-wild", "organization")}


@pytest.mark.parametrize("text", [
    "Save the date: the county fair opens on June 4 at Riverside Park.",
    "Keep in mind that the council votes again in May.",
    "Stop Blaming Teachers, Union Tells Lawmakers\n\nThe teachers' union pushed back on Monday.",
    "Protect Your Savings Before the Rate Cut, Advisers Say\n\nBanks are cutting rates.",
])
def test_a_sentence_or_headline_that_opens_with_a_verb_names_no_campaign(nlp, text):
    out = named(nlp, text)
    assert not any(t.split()[0] in ("Save", "Keep", "Stop", "Protect") and n["type"] == "organization"
                   for t, n in out.items())


def test_an_unmarked_verb_led_phrase_names_no_campaign(nlp):
    """No body noun, apposition or speech verb: the words stay the verb they are."""
    out = named(nlp, "Residents were told to Keep Out of the flooded lots near Mill Road.")
    assert "Keep Out" not in out


def test_a_quoted_we_of_the_campaigns_lawyer_is_the_campaign(claims_of):
    text = ("Neighbours vowed to appeal. Omar Haddad, a lawyer for the group Save Birch Meadow, said the "
            "county had skipped the required hearing.\n\n"
            "\"We believe the permit was issued illegally,\" he said.")
    claim = with_cue(claims_of(text), "believe")
    assert claim["speaker"]["actor_id"] == "save-birch-meadow"


def test_a_member_led_campaign_name_that_speaks_is_an_organisation(nlp):
    out = named(nlp, "Parents for Safer Crossings said the county had ignored three near-misses.")
    assert out["Parents for Safer Crossings"]["type"] == "organization"


def test_people_of_a_place_who_speak_are_no_campaign(nlp):
    out = named(nlp, "Shelling hit the market on Friday. Residents of Kfar Dounine said two shops burned.")
    assert "Residents of Kfar Dounine" not in out


def test_a_campaign_name_over_a_mention_of_no_id_leaves_other_mentions_of_no_id_alone():
    # a piece inside the name with no actor id is no reason to retype every person of no id
    from spacy.vocab import Vocab
    from spacy.tokens import Doc
    from pipeline.components.actor_campaign_names import _claim
    from pipeline.components.actor_model import Actor, make_norm
    doc = Doc(Vocab(), words="the group Save Harbor Point said a neighbour agreed".split())
    inner = Actor(3, 5, {**make_norm(None, "Harbor Point", "person", None, False, None, "ner")}, "ner")
    other = Actor(7, 8, {**make_norm(None, "neighbour", "person", None, False, None, "ner")}, "ner")
    actors = [inner, other]
    assert _claim(doc, actors, 2, 5)
    assert other.norm["type"] == "person" and other.norm["actor_id"] is None
    assert [a.norm["actor_id"] for a in actors if a.start == 2] == ["save-harbor-point"]
