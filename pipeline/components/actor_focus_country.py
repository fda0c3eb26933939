"""``the country`` in a story about one country: the country in focus first.

A description row with ``focus_first`` (``desc-state``: ``the country``, ``this country``, ``the
nation``) names the country the story is about whenever the article named that country as a state
before it, even when another state is named nearer (``… a prison modelled on El Salvador's. The
Public Force, the country's national police,``: Costa Rica; ``Mexico will try him rather than hand
him to the United States, the country's Attorney General's Office said``: Mexico). A body of one
country the description is apposed to names that country (``Ethiopian Electric Power, the
country's state utility``: Ethiopia in a story about Egypt). When ``the country`` is a subject (or
owns one), a state the nearer reading gave that is the subject of the sentence before or of an earlier
clause of the same sentence stays (``Costa Rica will deport migrants to Nicaragua. Nicaragua has
refused to take them back. The country said …``: Nicaragua)."""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_cities import dateline_start
from pipeline.components.actor_model import Actor

#: share of the actors with a country (places left out) that makes one country the story's
FOCUS_SHARE = 0.6


def holds_focus(countries: list[str], country: str) -> bool:
    """Do at least :data:`FOCUS_SHARE` of the actors' ``countries`` (places left out) belong to
    ``country``: a story about that one country, not an international one?"""
    return countries.count(country) >= FOCUS_SHARE * len(countries)


def focus_first(doc: Doc, the: int, actors: list[Actor], found: dict | None, focus: str | None,
                countries: tuple[str, ...] = ()) -> dict | None:
    """The country in focus (the dateline's, else ``focus``) for ``the country`` at token ``the`` when
    the article names it as a state and named it or one of its people or bodies before (``found``:
    what the nearer reading gave, kept when it is the focus; no such focus: ``found``). Apposed to
    a body of one country (:func:`apposed_country`): that country. ``countries``: when given, only
    one of these is taken (``the island``: an island state, Cyprus, not Britain named nearer)."""
    own = apposed_country(doc, the, actors)
    focus = own or dateline_country(doc, actors) or focus
    if not focus or found is not None and found.get("actor_id") == focus or countries and focus not in countries:
        return found
    subjects = [] if own or not is_subject(doc, the) else subjects_before(doc, the, actors)  # own country first
    if found is not None and found.get("actor_id") in {a.norm["actor_id"] for a in subjects}:
        return found  # the state the sentence before is about, not the story's
    states = [a for a in actors if a.norm.get("type") == "state" and a.norm.get("actor_id") == focus]
    if not states or not any(a.end <= the and a.norm.get("country") == focus for a in actors):
        return found  # the country never named as a state, or nothing of it named before
    before = [a for a in states if a.end <= the]
    return {**(before[-1] if before else states[0]).norm, "via": "coref"}


SUBJECTS = ("nsubj", "nsubjpass")


def is_subject(doc: Doc, the: int) -> bool:
    """Is ``the country`` at token ``the`` a subject, or the owner of one (``The country said``, ``the
    country's minister said``; not ``leverage left in the country``)?"""
    noun = doc[the].head
    return noun.dep_ in SUBJECTS or noun.dep_ == "poss" and noun.head.dep_ in SUBJECTS


def subjects_before(doc: Doc, the: int, actors: list[Actor]) -> list[Actor]:
    """The states named as a subject (their head word, not a possessive) in the sentence before token
    ``the`` or earlier in its own sentence (``Nicaragua has refused …``; not ``modelled on El
    Salvador's``), in text order."""
    sent = doc[the].sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return sorted((a for a in actors if a.norm.get("type") == "state" and a.norm.get("actor_id") and lo <= a.start
                   and a.end <= the and doc[a.start:a.end].root.dep_ in SUBJECTS), key=lambda a: a.start)


def apposed_country(doc: Doc, the: int, actors: list[Actor]) -> str | None:
    """``Ethiopian Electric Power, the country's state utility``: the one state the article names
    whose name or demonym opens the name of the body (no state or place itself) that ends right
    before the comma opening the apposition (:func:`_opens_with`; ``Kenya Power``);
    None otherwise (``The National Police, the country's …``: its country came from the text around it)."""
    if the < 2 or doc[the - 1].text != ",":
        return None
    body = next((a for a in actors if a.end == the - 1), None)
    if body is None or body.norm.get("type") in ("state", "location"):
        return None
    word = doc[body.start].lower_
    found = {a.norm["actor_id"] for a in actors if a.norm.get("type") == "state" and a.norm.get("actor_id")
             and _opens_with(word, a.norm.get("name") or "")}
    return found.pop() if len(found) == 1 else None


def _opens_with(word: str, name: str) -> bool:
    """Does ``word`` open like the country ``name`` (``Kenya`` of Kenya, ``Ethiopian`` of Ethiopia:
    the name's first word less its last letter, four letters at least)?"""
    stem = (name.lower().split() or [""])[0][:-1]
    return len(stem) >= 4 and word.startswith(stem)


def dateline_country(doc: Doc, actors: list[Actor]) -> str | None:
    """The country of the place of the dateline when the headline's first actor is of it too
    (``Maldives leader courts Beijing …`` over ``MALÉ, Nov 6 -``: the Maldives, however often India
    acts in it); None without such a dateline, or under one of a summit's host (``Timor-Leste
    becomes ASEAN's 11th member`` over ``KUALA LUMPUR -``: not Malaysia)."""
    ordered = sorted(actors, key=lambda x: x.start)
    place = next((a for a in ordered if a.norm.get("type") == "location" and a.norm.get("country")
                  and dateline_start(doc, a.start, a.end)), None)
    if place is None or not ordered or ordered[0].norm.get("country") != place.norm["country"]:
        return None
    return place.norm["country"]
