"""A place's office before a person's name is part of the naming: ``Milwaukee County District
Attorney Keisha Landry-Holt``, ``Hinds County Sheriff Tyrone Bledsoe``, ``Cook County State's
Attorney X``, ``Assistant U.S. Attorney X``, ``Dane County Executive X``, ``Detroit Mayor X``: one
person mention from the place's first word, and the place is no actor of its own there (nor the
``Milwaukee County District`` the model cut out of the title's words)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import PLACE_TYPES, Actor, is_possessive_s
from pipeline.components.actor_people import title_before
from pipeline.components.gazetteer import ActorWords, Title


def join_place_titles(doc: Doc, actors: list[Actor], taken: list[bool], titles: dict[str, Title],
                      words: ActorWords) -> None:
    """Each person (its name after a title in the span or right before it) opens at the place
    that names its title's office; the place actors inside go."""
    for a in [x for x in actors if x.norm["type"] == "person" and x.norm.get("via") != "role_phrase"]:
        found = _name_title(doc, a, titles)
        if found is None:
            continue
        name, title_start = found
        start = _place_start(doc, actors, a, found, words)
        if start is None:
            continue
        start = _rank_before(doc, start, words)
        for o in [o for o in actors if o is not a and start <= o.start and o.end <= name]:
            actors.remove(o)
            if a.norm["country"] is None and o.norm.get("country"):
                a.norm = {**a.norm, "country": o.norm["country"]}  # "Detroit Mayor X": of the USA
        a.name_start, a.start = name, start
        for k in range(start, name):
            taken[k] = True


def _name_title(doc: Doc, a: Actor, titles: dict[str, Title]) -> tuple[int, int] | None:
    """(the name's first token, the title's first token): the title in the model's span
    (``Sheriff Tyrone Bledsoe``) or right before it, read across other actors."""
    for n in range(a.name_begin, min(a.end - 1, a.name_begin + 3) + 1):
        found = title_before(doc, n, titles)
        if found is not None and found[0] <= a.name_begin and found[1].in_span and found[1].nouns and \
                all(t.is_title or is_possessive_s(t) for t in doc[found[0]:n]):
            return n, found[0]
    return None


def _place_start(doc: Doc, actors: list[Actor], a: Actor, found: tuple[int, int], words: ActorWords) -> int | None:
    """The first token of the place before the title: a place actor ending right before it or
    holding its first words (``Milwaukee County District`` + ``Attorney``), or one to three
    title-case words ended by a county word, before the title or in it (``Dane County Executive``)."""
    name, title_start = found
    for o in actors:
        if o is not a and o.norm["type"] in PLACE_TYPES and o.start <= title_start <= o.end and \
                o.end <= name and not _after_preposition(doc, o.start):
            return o.start
    k = title_start
    if doc[k].lower_ not in words.office_place_heads:
        if k == 0 or doc[k - 1].lower_ not in words.office_place_heads or not doc[k - 1].is_title:
            return None
        k -= 1
    start = k
    while start > 0 and k - start < 3 and _place_word(doc[start - 1]):
        start -= 1
    if start == k or _after_preposition(doc, start):
        return None
    return start


def _place_word(tok) -> bool:
    """A word of a place's name: a title-case proper noun (not ``Embattled`` opening a sentence)."""
    return tok.is_title and tok.is_alpha and not tok.is_stop and tok.pos_ == "PROPN" and "\n" not in tok.whitespace_


def _after_preposition(doc: Doc, start: int) -> bool:
    """``in Detroit Mayor X``: the place is where something happens, not the office's."""
    return start > 0 and doc[start - 1].pos_ == "ADP"


def _rank_before(doc: Doc, start: int, words: ActorWords) -> int:
    """``Assistant U.S. Attorney X``: a rank word right before the place opens the naming."""
    if start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in words.office_place_ranks:
        return start - 1
    return start
