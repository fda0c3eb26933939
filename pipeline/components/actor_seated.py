"""``the government in Ouagadougou``: the government of the country whose capital follows.

A bare ``the government`` or ``the new administration`` (a ``state-heads`` or
``seat-government-nouns`` noun after ``the`` and lower-case adjectives only, given the government as such of
some country: ``MLIGOV``) followed by ``in`` and a national capital (``metonyms.jsonl``,
``kind: capital``) or an acting capital (a government as such) is the government of that
capital's country, whatever country the description was given before (the one in focus, the
one named last). The span stays as it is: the golds differ on whether ``in <capital>`` belongs
to it. Any other place after ``in`` (``the government in Bavaria``, ``in September``) changes
nothing.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor


def _as_such(norm: dict) -> bool:
    """The government as such of a country (``MLIGOV``), not one body of it."""
    return norm["type"] == "government" and norm["actor_id"] == norm.get("role") and \
        norm["actor_id"].endswith("GOV")


def _seat_country(place: Actor | None, capitals: dict[str, str]) -> str | None:
    """The country of the capital ``place`` names (as a place or acting), else None."""
    if place is None:
        return None
    if _as_such(place.norm):
        return place.norm.get("country")
    return capitals.get(place.norm["actor_id"]) if place.norm["type"] == "location" else None


def seat_governments(doc: Doc, actors: list[Actor], capitals: dict[str, str], heads: frozenset[str],
                     government_norm: Callable[[str, str], dict]) -> None:
    """Give ``the government in <capital>`` the government of the capital's country (module doc);
    ``capitals``: capital actor id -> country code; ``government_norm(country, via)``."""
    by_start = {a.start: a for a in actors}
    for a in actors:
        if not _as_such(a.norm) or not _bare_head(doc, a, heads) or a.end + 1 >= len(doc) or \
                doc[a.end].lower_ != "in":
            continue
        country = _seat_country(by_start.get(a.end + 1), capitals)
        if country is not None and country != a.norm.get("country"):
            a.norm = government_norm(country, "coref")


def _bare_head(doc: Doc, a: Actor, heads: frozenset[str]) -> bool:
    """``the government``, ``the new administration``: ``the``, lower-case adjectives only, a head
    of ``heads``."""
    middle = doc[a.start + 1:a.end - 1]
    return a.end - a.start >= 2 and doc[a.start].lower_ == "the" and doc[a.end - 1].lower_ in heads and \
        all(t.pos_ == "ADJ" and t.is_lower for t in middle)
