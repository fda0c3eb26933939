"""Short forms made of a body's leading words, for ``claims_actors``: ``Pacific Crest`` for
``Pacific Crest Airlines``, ``Reform`` for ``Reform UK``, ``the Democratic Party`` for ``the
Democratic Party of Korea``, a bare ``PAC`` for ``Sunshine Forward PAC``.

- A name (the model's organisation, unknown place or would-be person) that is the leading words of
  exactly one longer body's name in the same document, where the words dropped are a generic tail
  (``generic-name-tails`` of ``actor_words.jsonl``: Airlines, Forest Products, Holdings, PAC, UK …)
  or ``of`` and a country (``of Korea``), is that body, wherever it stands.
- A known name (a gazetteer body: ``Democratic Party``) only yields to a body named with ``of`` and
  a country; other known names keep their entry.
- Not when another body shares the leading words (``Pacific Crest Airlines`` and ``Pacific Crest
  Bank``: ``Pacific Crest`` stays alone), nor a person with a title or named alone by a surname
  (``Mr. Forward``, ``Forward said``): people keep their own surname rules.
- A bare tail of the ``bare-name-tails`` row (``PAC``, ``the PAC``) is the one body whose name ends in it
  (not a legal form: a bare ``AG`` is as often an attorney general).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.components.actor_names import ORG_TYPES, leads, name_words, place_use
from pipeline.components.gazetteer import ActorWords

SHORT_TYPES = ("organization", "location", "person", "group")


def _tail_generic(tail: tuple[str, ...], tails: frozenset[str], is_country: Callable[[str], bool]) -> bool:
    """Are the dropped words ``tail`` a generic tail: a row of ``tails`` (``forest products``),
    words of it each (``Holdings Inc.``) or ``of`` and a country (``of Korea``)?"""
    low = tuple(w.lower() for w in tail)
    if " ".join(low) in tails or all(w in tails for w in low):
        return True
    return len(low) >= 2 and low[0] == "of" and is_country(" ".join(tail[1:]))


def _bodies(doc: Doc, actors: list[Actor]) -> dict[str, tuple[tuple[str, ...], dict]]:
    """The bodies named with two words or more: actor id -> (name as written, norm)."""
    out: dict[str, tuple[tuple[str, ...], dict]] = {}
    for a in actors:
        name = name_words(doc, a)
        if a.norm["type"] in ORG_TYPES and len(name) >= 2 and all(w[:1].isupper() or w == "of" for w in name):
            out.setdefault(a.norm["actor_id"], (name, a.norm))
    return out


def _body_of(short: tuple[str, ...], own: str, bodies, tails, is_country) -> tuple[dict, bool] | None:
    """The one body whose name ``short`` begins, with whether its tail is ``of`` + a country; None
    when none does, two do or the words dropped are no generic tail."""
    fits = [(name, norm) for aid, (name, norm) in bodies.items()
            if aid != own and leads(short, name)]
    if len(fits) != 1 or not _tail_generic(fits[0][0][len(short):], tails, is_country):
        return None
    name, norm = fits[0]
    return norm, name[len(short)].lower() == "of"


def _person_kept(doc: Doc, a: Actor, actors: list[Actor], titles: frozenset[str]) -> bool:
    """A person the text marks as one: a title before (``Mr.``) or a mention by a surname alone."""
    if a.start > 0 and doc[a.start - 1].lower_.rstrip(".") in titles:
        return True
    name = name_words(doc, a)
    return any(b.norm["actor_id"] == a.norm["actor_id"] and name_words(doc, b) != name for b in actors)


def _short_ok(doc: Doc, a: Actor, short: tuple[str, ...], actors: list[Actor], words: ActorWords) -> bool:
    if a.norm["type"] not in SHORT_TYPES or not short or not all(w[:1].isupper() for w in short):
        return False
    if a.norm["type"] == "person" and _person_kept(doc, a, actors, words.person_titles):
        return False
    if a.norm["type"] != "location":
        return True  # a place after a preposition ("a plant in Ridgeway") stays the place
    return not place_use(doc, a, short, words) and (a.start == 0 or doc[a.start - 1].pos_ != "ADP")


def join_lead_names(doc: Doc, actors: list[Actor], words: ActorWords, is_country: Callable[[str], bool]) -> None:
    """Short forms of leading words and bare generic tails joined to their bodies (module doc)."""
    bodies = _bodies(doc, actors)
    tails = words.generic_name_tails
    if not bodies or not tails:
        return
    moved: dict[str, tuple[dict, tuple[str, ...] | None]] = {}
    for a in actors:
        short = name_words(doc, a)
        if a.norm["actor_id"] in moved or not _short_ok(doc, a, short, actors, words):
            continue
        found = _body_of(short, a.norm["actor_id"], bodies, tails, is_country)
        if found is not None and (not a.norm["in_gazetteer"] or found[1]):  # a known name: only "of Korea"
            moved[a.norm["actor_id"]] = (found[0], short if a.norm["in_gazetteer"] else None)
    for a in actors:
        norm, only = moved.get(a.norm["actor_id"], (None, None))
        if norm is not None and (only is None or name_words(doc, a) == only):  # not "Democrats" of "Democratic Party"
            a.norm, a.origin, a.category = {**norm, "via": "coref"}, "rule:short-form", "organization"
    _bare_tails(doc, actors, bodies, words.bare_name_tails)


def _bare_tails(doc: Doc, actors: list[Actor], bodies, tails: frozenset[str]) -> None:
    """``PAC``, ``the PAC``: the one body whose name ends in the bare tail (none when two do)."""
    for a in actors:
        short = name_words(doc, a)
        if a.norm["in_gazetteer"] or len(short) != 1 or short[0].lower() not in tails or not short[0].isupper():
            continue
        ends = {aid: norm for aid, (name, norm) in bodies.items()
                if len(name) > 1 and name[-1] == short[0] and aid != a.norm["actor_id"]}
        if len(ends) == 1:
            a.norm, a.origin, a.category = {**next(iter(ends.values())), "via": "coref"}, "rule:short-form", \
                "organization"
