"""claims_actors, actor_role_intros.py: role descriptions of a person the article introduced with
the role (a place before the role noun; ``X, who moderated,``; ``moderator X``)."""

from __future__ import annotations

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_spans, found_norms as found, with_cue


def _id(out: dict, text: str) -> str | None:
    return (out.get(text) or {}).get("actor_id")


TWO_SENATORS = "Sen. Tobias Wrenfield{} and Sen. Nadia Quorrel{} met on Friday. Afterward, the Oregon senator said no."
VARNUM = "Radio host Elspeth Varnum{} pressed both candidates on housing. The moderator then cut the microphones."


@pytest.mark.parametrize("text, mention, actor_id", [
    ("Sen. Rosalind Ketteridge spoke in Montpelier, Vermont, on Friday. "
     "Later, the Vermont senator said the farm bill was dead.", "the Vermont senator", "rosalind-ketteridge"),
    (TWO_SENATORS.format(" of Idaho", " of Oregon"), "the Oregon senator", "nadia-quorrel"),
    (TWO_SENATORS.format(" (R-Idaho)", " (D-Oregon)"), "the Oregon senator", "nadia-quorrel"),
    (TWO_SENATORS.format("", ""), "the Oregon senator", None),
    ("Sen. Tobias Wrenfield of Idaho spoke on Friday. Afterward, the Oregon senator said no.", "the Oregon senator",
     None),
    # two senators fit Oregon (one written with the place, one not): a place has two, no guess
    ("The Oregon senator said no. Sen. Tobias Wrenfield, a Democrat, and Oregon Gov. Lise Amund met. "
     "Sen. Nadia Quorrel of Oregon disagreed.", "The Oregon senator", None),
    # near miss: a state has one governor, so the one named with the place is picked
    ("The Oregon governor said no. Gov. Lise Amund, a Democrat, and Oregon Sen. Nadia Quorrel met. "
     "Gov. Pell Varro of Idaho disagreed.", "The Oregon governor", "lise-amund"),
    (VARNUM.format(", who moderated,"), "The moderator", "elspeth-varnum"),
    ("The forum was opened by moderator Elspeth Varnum on Tuesday. Later the moderator asked about rents.",
     "the moderator", "elspeth-varnum"),
    (VARNUM.format(""), "The moderator", None),
    ("Shareholders voted to abolish the post of chief executive. The chief executive said no.",
     "The chief executive", None),
    ("DETROIT - The two candidates sparred for an hour, and the moderator warned them twice.\n\n"
     "The forum was opened by moderator Elspeth Varnum, who asked about rents.", "the moderator", "elspeth-varnum"),
    ("One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive. The moderator warned them twice.\n\n"
     "The forum was opened by moderator Elspeth Varnum.", "The moderator", None),
    ("The senator says she will not run.\n\nSen. Ruth Amberley and Sen. Clara Voss met voters.", "The senator", None),
])
def test_role_description_names_the_one_person(nlp, text, mention, actor_id):
    """A place and a role (one senator, one of two by home place or party-place tag, none of two a
    place has both of), a moderator introduced by a clause or a title, a lead description named later."""
    assert _id(found(nlp, text), mention) == actor_id


def test_speaker_of_place_role_description(claims_of):
    claims = claims_of("Sen. Tobias Wrenfield of Idaho and Sen. Nadia Quorrel of Oregon met on Friday. "
                       "Afterward, the Oregon senator said the talks had failed.")
    speaker = with_cue(claims, "said")["speaker"]
    assert speaker["norm"]["actor_id"] == "nadia-quorrel"


ORG_ROLE = ("Vantrel CEO says buyers want the merger\n\nOSLO - Vantrel agreed to buy Hedda Systems.\n\n"
            "Marit Solberg, Vantrel's chief executive, said buyers wanted the deal.")


@pytest.mark.parametrize("text", [
    "Vantrel said the Vantrel CEO job was open. Marit Solberg, Vantrel's chief executive, will leave in May.",
    "Vantrel CEO says buyers want the merger\n\nOSLO - Vantrel agreed to buy Hedda Systems.\n\n"
    "Marit Solberg, Hedda's chief executive, welcomed the offer.",
    "Vantrel CEO says buyers want the merger\n\nOSLO - Vantrel agreed to buy Hedda Systems, and "
    "Marit Solberg, Hedda's chief executive, welcomed the offer.",
])
def test_role_words_name_no_officer(nlp, text):
    """Role words as a modifier (the Vantrel CEO job); the officer of another body (twice)."""
    assert "CEO" not in found(nlp, text)


def test_a_lead_description_is_the_one_person_described_so_later(nlp):
    """``the Republican nominee for mayor accused …`` in the lead before ``Dana Whitcombe, the
    Republican nominee for mayor,``: the apposition with ``the`` is noted before coreference, and
    a surname in the headline introduces no one; two people described so: no guess."""
    text = ("Whitcombe Goes After Ortiz on Housing\n\nWith a month to go, the Republican nominee for "
            "mayor accused her rival of stalling. He denied it.\n\nDana Whitcombe, the Republican "
            "nominee for mayor, spoke at a church hall on Sunday.")
    assert found(nlp, text)["the Republican nominee"]["actor_id"] == "dana-whitcombe"
    # near miss: two nominees in the article
    text = ("With a month to go, the Republican nominee accused her rival of stalling.\n\n"
            "Dana Whitcombe, the Republican nominee for mayor, spoke on Sunday. Paul Gray, the "
            "Republican nominee for sheriff, spoke too.")
    first = text.index("the Republican nominee")
    norms = [s._.norm["actor_id"] for s in actor_spans(nlp, text, None) if s.start_char == first]
    assert not norms or norms[0] not in ("dana-whitcombe", "paul-gray")


def test_in_headline_reads_the_cached_text(nlp):
    """Review item 15: ``_in_headline`` reads ``token_scan.doc_text`` (cached), and still tells a
    headline line (no final stop) from a first paragraph that is a sentence (near miss)."""
    from pipeline.components.actor_role_intros import _in_headline
    head = nlp.make_doc("Quarrow Wins Harbor Seat\n\nMira Quarrow won the seat on Sunday.")
    lead = nlp.make_doc("Mira Quarrow won the seat on Sunday.\n\nQuarrow thanked voters.")
    assert _in_headline(head, 0) and not _in_headline(head, 6)
    assert not _in_headline(lead, 0)


@pytest.mark.parametrize("text, mention", [
    # "X, the son of Y, the winner of …": no title noun, so "the winner" names no one later
    ("Officials proclaimed Rep. Tomas Aguirre, the son of President Ramon Aguirre, the winner of the last "
     "seat. His father said the winner would serve.", "the winner"),
    # the noun before the name is the naming itself: no bare "leader" mention of the person
    ("The PKR leader, Anwar Iskandar, said his party would rather face fresh elections.", "leader"),
])
def test_definite_apposition_notes_only_a_title_after_the_name(nlp, text, mention):
    assert mention not in found(nlp, text)


def _described(nlp, monkeypatch, text):
    import pipeline.components.actors as actors_mod
    seen = {}
    orig = actors_mod.resolve_people

    def spy(*args, **kwargs):
        people = orig(*args, **kwargs)
        seen.update({p.key.first: set(p.described) for p in people})
        return people
    monkeypatch.setattr(actors_mod, "resolve_people", spy)
    nlp(text)
    return seen


def test_apposition_notes_no_kin_word_and_keeps_posts(nlp, monkeypatch):
    """``X, the daughter of Mayor Y, the winner of …``: neither the kin word nor a definite noun
    that is no title describes anyone (a later ``his son``/``the winner`` is not them); near miss:
    a definite title after the name and a post of a named body are still noted."""
    seen = _described(nlp, monkeypatch, "Lisa Mendoza, the daughter of Mayor Carlos Mendoza, the winner of "
                      "the race, spoke.")
    assert seen["lisa"] == set() and seen["carlos"] == set()
    seen = _described(nlp, monkeypatch, "Maren Tollefsen, the Democratic nominee for governor, and Charles "
                      "Mabry, chief executive of Tri-Rivers Health, spoke.")
    assert "democratic nominee" in seen["maren"] and "executive" in " ".join(seen["charles"])


CHAIRS = ("Rep. Lena Haskett, the Texas Democrat who chairs the oversight panel, opened the hearing with acting "
          "Chair Paul Orrin of the FDIC in the room. Orrin spoke first. Haskett replied sharply. "
          "The chairman said the hearing would resume Monday.")


def test_who_chairs_after_an_apposition_makes_the_chairman(nlp):
    """Round 31: ``X, the Texas Democrat who chairs the panel,`` gives X the noun ``chair``; the
    later ``the chairman`` is X, the nearer of the two who fit, not the FDIC's acting chair."""
    assert _id(found(nlp, CHAIRS), "The chairman") == "lena-haskett"


def test_who_chairs_after_another_name_is_not_the_first_person(nlp):
    """Near miss: ``X, an aide to Sen. Y who chairs …``: another person's name in the apposition,
    so X gains no noun (the clause is about Y)."""
    text = ("Tom Reyes, an aide to Sen. Mara Voss who chairs the panel, spoke first. Reyes left early. "
            "The chairman said the panel would vote.")
    assert _id(found(nlp, text), "The chairman") != "tom-reyes"


@pytest.mark.parametrize("text", [
    "Tom Reyes, the nephew of the man who chairs the committee, appeared before lawmakers on Tuesday. "
    "Senator Linda Moss chaired the session. The chair said the hearing would resume next week.",
    "Mark Ellis, a friend of the woman who chairs the board, spoke at the meeting on Monday. "
    "Ellis left early. The chair said the vote would wait.",
    "Ruth Abara, a neighbour and the sister of a man who chairs the parish council, wrote to the paper. "
    "Abara was not at the meeting. The chair said the hall would close.",
])
def test_who_chairs_about_another_noun_of_the_apposition_is_not_the_person(nlp, text):
    """Round 31 review: ``X, the nephew of the man who chairs …``: the ``who`` is the relative of
    a noun after a preposition (or a conjunction), not of the apposition's head, so X gains no
    noun and the later ``the chair`` is not X."""
    assert _id(found(nlp, text), "The chair") not in ("tom-reyes", "mark-ellis", "ruth-abara")
