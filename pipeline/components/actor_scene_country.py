"""A titled person in a sentence that opens on a place abroad is of that place's country.

``In Copenhagen, Foreign Minister Henrik Lindholm summoned the U.S. ambassador`` in a story about
Greenland, ``In Caracas, Oil Minister Yolanda Briceño said`` in one about U.S. sanctions: the
scene-setting ``In <place>`` that opens the person's sentence (or, when that sentence opens on no
place, the sentence before: ``In Rome, the Italian government has signalled support. Industry
minister Marco Salvetti called …``) says whose minister it is, not the dateline or the country in
focus. Only people named with a title (a title opens the span, or the dateline gave the title its
country: ``role_source: title+dateline``, or the title took the focus's: ``country_source: focus``)
and of no country of their own: a gazetteer person, a demonym or a body in the title, an apposed
post, a body of many states keep theirs. The place must carry a sure country (a place the
gazetteer knows, or of a country the story names: ``actor_model.sure_place_country``) and be no
seat of a body the story names (``In Brussels, Trade Commissioner X``: ``actor_seats.jsonl``, the
EU's seat); the person's other mentions follow.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, sure_place_country
from pipeline.components.actor_supranational import Seats, at_seat

SCENE_TYPES = ("location", "government", "state")  # "In Caracas", "In Paris"
DATELINE_TITLE = "title+dateline"
OWN_SOURCES = ("international", "apposition")  # countries a rule gave on better evidence


def scene_people(doc: Doc, actors: list[Actor], seats: Seats) -> None:
    """Give titled people the country of their sentence's scene (module doc), once per person."""
    done: set[str] = set()
    for a in sorted(actors, key=lambda x: x.start):
        actor_id = a.norm.get("actor_id")
        if actor_id in done or not _titled_without_country(a):
            continue
        done.add(actor_id)
        country = scene_country(doc, a, actors, seats)
        if country and country != a.norm.get("country"):
            _move(actors, a, country)


def _titled_without_country(a: Actor) -> bool:
    norm = a.norm
    if norm["type"] != "person" or norm["in_gazetteer"] or norm.get("country_source") in OWN_SOURCES or \
            a.stateless_office:
        return False
    return _lent_country(norm) or (a.name_start > a.start and norm.get("country") is None)


def _lent_country(norm: dict) -> bool:
    """The country came with the title from the dateline or the document's focus, not the person."""
    return norm.get("role_source") == DATELINE_TITLE or \
        (norm.get("role_source") == "title" and norm.get("country_source") == "focus")


def scene_country(doc: Doc, a: Actor, actors: list[Actor], seats: Seats) -> str | None:
    """The country of the ``In <place>`` opening the sentence of ``a`` (before ``a``), else of the
    sentence before when ``a``'s own opens on no ``In``; None when neither does."""
    sent = doc[a.start].sent
    if _opens_in(doc, sent.start):
        return _place_country(sent.start, a.start, actors, seats)
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    return _place_country(prev.start, prev.end, actors, seats) if _opens_in(doc, prev.start) else None


def _opens_in(doc: Doc, start: int) -> bool:
    return doc[start].text == "In"


def _place_country(start: int, limit: int, actors: list[Actor], seats: Seats) -> str | None:
    """The country of the place right after the opening ``In`` (token ``start``), ending before
    ``limit``; None for a seat of a body the story names, or a country that is not sure (``In Santa
    Cruz, Gov. X`` of a Bolivian story, the city read by its name as a Philippine namesake)."""
    place = next((b for b in actors if b.start == start + 1 and b.end <= limit), None)
    if place is None or place.norm["type"] not in SCENE_TYPES or at_seat(place.norm["actor_id"], actors, seats):
        return None
    return sure_place_country(place, actors)


def _move(actors: list[Actor], person: Actor, country: str) -> None:
    """The person's mentions that carry its old country (none, or the dateline's) take ``country``;
    a role the dateline gave goes with it (``QATGOV`` → ``DNKGOV``)."""
    old, actor_id = person.norm.get("country"), person.norm["actor_id"]
    for b in actors:
        if b.norm.get("actor_id") != actor_id or b.norm.get("country") != old or b.norm["in_gazetteer"]:
            continue
        lent = _lent_country(b.norm)
        norm = {**b.norm, "country": country, "country_source": "scene"}
        role = norm.get("role")
        if old and role and role.startswith(old) and lent:
            norm["role"] = country + role[len(old):]
        b.norm = norm
