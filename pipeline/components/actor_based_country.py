"""A city-based institution and the people described through it take the city's country.

``the Dakar-based Sahel Governance Institute`` in a story about Mali is Senegalese, and so is
``Aminata Koné, a researcher at the Dakar-based Sahel Governance Institute``; ``Mariam Sylla-Dosso,
a researcher at the Institute for Security Studies in Dakar`` works in Senegal, wherever the
institute has its seat. A person of no country of their own, in comma apposition to ``a`` (or
``an``) and a few words ending on ``at`` an organization, takes the country of the place right after
it (``in Dakar``), else the organization's own (``the University of Eswatini``). An institution of
no country of its own takes that of the place in ``<City>-based`` before it. A body of many states
(a gazetteer organization of no country: ``the International Crisis Group in Nairobi``) and a
government (``a spokesman at the Foreign Ministry``) give none, and so does a seat of a body the
story names (``a fellow at the European Policy Centre in Brussels`` in a story about the EU:
``actor_seats.jsonl``, as for scenes); the people's other mentions follow.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, sure_place_country
from pipeline.components.actor_supranational import Seats, at_seat
from pipeline.components.gazetteer import slugify

ARTICLES = ("a", "an")
MAX_DESCRIPTION = 5  # "a senior Syria researcher" before "at"
SOURCE = "institution"


def institution_countries(doc: Doc, actors: list[Actor], place_country: Callable[[str], str | None],
                          seats: Seats) -> None:
    """``<City>-based`` bodies, then the people at them, take the place's country (module doc);
    ``place_country``: the one country a city's name is in, else None."""
    for a in actors:
        if a.norm["type"] == "organization" and _no_country(a):
            country = _based_in(doc, a.start, actors, place_country, seats)
            if country:
                _give(actors, a.norm["actor_id"], country)
    for a in actors:
        if a.norm["type"] == "person" and _no_country(a):
            country = _institution_country(doc, a, actors, seats)
            if country:
                _give(actors, a.norm["actor_id"], country)


def _no_country(a: Actor) -> bool:
    return not a.norm["in_gazetteer"] and a.norm.get("country") is None and "country_source" not in a.norm


def _based_in(doc: Doc, start: int, actors: list[Actor], place_country: Callable[[str], str | None],
              seats: Seats) -> str | None:
    """The country of ``<City>-based`` right before token ``start``, else None."""
    if start < 3 or doc[start - 1].lower_ != "based" or doc[start - 2].text != "-" or \
            doc[start - 3].whitespace_ or doc[start - 2].whitespace_ or not doc[start - 3].is_title or \
            at_seat(slugify(doc[start - 3].text), actors, seats):
        return None
    return place_country(doc[start - 3].text)


def _institution_country(doc: Doc, person: Actor, actors: list[Actor], seats: Seats) -> str | None:
    """The country of the place after the organization ``person`` is described ``at``, else the
    organization's; None when no such apposition follows the person."""
    k = person.end
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ARTICLES:
        return None
    at = next((i for i in range(k + 2, min(k + 2 + MAX_DESCRIPTION, len(doc))) if doc[i].lower_ == "at"), None)
    if at is None or any(t.is_punct for t in doc[k + 2:at]):
        return None
    start = at + 2 if at + 1 < len(doc) and doc[at + 1].lower_ == "the" else at + 1
    if start + 3 < len(doc) and doc[start + 1].text == "-" and doc[start + 2].lower_ == "based":
        start += 3  # "at the Dakar-based Sahel Governance Institute"
    body = next((b for b in actors if b.start in (at + 1, start) and b.norm["type"] == "organization"), None)
    if body is None or (body.norm["in_gazetteer"] and not body.norm.get("country")):
        return None
    place = next((b for b in actors if b.start == body.end + 1 and doc[body.end].lower_ == "in"
                  and b.norm["type"] == "location"), None)
    if place is not None and at_seat(place.norm["actor_id"], actors, seats):
        return None  # "in Brussels" of an EU story: the seat says nothing of the person
    return (sure_place_country(place, actors) if place is not None else None) or body.norm.get("country")


def _give(actors: list[Actor], actor_id: str, country: str) -> None:
    for b in actors:
        if b.norm["actor_id"] == actor_id and _no_country(b):
            b.norm = {**b.norm, "country": country, "country_source": SOURCE}
