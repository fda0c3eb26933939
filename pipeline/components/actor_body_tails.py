"""The ends of bodies' names that the model and the gazetteer leave off, for ``claims_actors``
(issue 12): one mention per name, as the text writes it.

- A located body: a title-case head of ``located-body-heads`` (``Embassy``, ``Mission``,
  ``Delegation``) followed by ``in``/``to`` and one place or country mention: ``the U.S. Embassy
  in Manila``, ``the U.N. Mission in South Sudan``, ``the EU Delegation to China``. The place is
  part of the name, not a mention of its own; a lower-case head (``the U.N. mission in Haiti``)
  is a description, and stays two mentions.
- A name cut at a link word: a body followed by ``for``/``of``/``on`` and a name the model tagged
  apart (``The U.S. Agency for`` + ``International Development``, ``The European Union Agency``
  + ``for`` + ``Asylum``): one body, named by the whole.
- A numbered branch: a title-case head of ``numbered-body-heads`` (``Lodge``, ``Local``; not
  ``Chapter``: ``the Purdue Pharma Chapter 11 plan`` is a bankruptcy) and a
  number after a body, or a number after a name that ends in such a head: ``the Fraternal Order
  of Police Lodge 8``, ``Teamsters Local 727``. The branch is a body of its own
  (``<body id>-lodge-8``).

The located body's id takes the place (``usa-embassy-manila``: the embassies of one country in two
cities are two bodies); its name takes the words."""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_bodies import REWORDED
from pipeline.components.actor_name_heads import BODY_TYPES
from pipeline.components.actor_model import PLACE_TYPES, Actor
from pipeline.components.gazetteer import ActorWords, slugify


def extend_body_tails(doc: Doc, actors: list[Actor], taken: list[bool], words: ActorWords) -> None:
    """Located bodies and numbered branches (module doc): the body's span grows over the tail."""
    by_start = {a.start: a for a in actors}
    for a in sorted(actors, key=lambda x: x.start):
        if a not in actors or a.norm.get("type") not in BODY_TYPES:
            continue
        place = _located_place(doc, a, by_start, words)
        if place is not None:
            actors.remove(place)
            _grow(doc, a, place.end, taken, f"{a.norm['actor_id']}-{slugify(doc[place.start:place.end].text)}")
            continue
        rest = _linked_rest(doc, a, by_start, words)
        if rest is not None:
            actors.remove(rest)
            _grow(doc, a, rest.end, taken, _longer_id(doc, a, rest.end))
            continue
        end = _numbered_end(doc, a, taken, words)
        if end is not None:
            _grow(doc, a, end, taken, _longer_id(doc, a, end))


def _longer_id(doc: Doc, a: Actor, end: int) -> str:
    """The id of ``a`` grown to ``end``: made again from the whole name if the model's words made
    it, else the body's id and the added words (``fraternal-order-of-police-lodge-8``)."""
    if a.origin in REWORDED:
        name = doc[a.start:end].text
        return slugify(name[4:] if name.lower().startswith("the ") else name)
    return f"{a.norm['actor_id']}-{slugify(doc[a.end:end].text)}"


def _linked_rest(doc: Doc, a: Actor, by_start: dict[int, Actor], words: ActorWords) -> Actor | None:
    """The model's name after a link word that ends ``a`` or follows it (module doc), or None: only
    after a body no dictionary knows whose name ends in a body's head (``Agency``, ``Office``), and
    never over a possessor (``the European Commission on Google's …``: two bodies)."""
    heads = words.government_heads | words.org_name_heads | words.body_heads
    links = words.cut_name_links
    last = doc[a.end - 2] if doc[a.end - 1].lower_ in links else doc[a.end - 1]
    if a.norm.get("in_gazetteer") or last.lower_ not in heads:
        return None
    k = a.end if doc[a.end - 1].lower_ in links else a.end + 1
    if k == a.end + 1 and (a.end >= len(doc) or doc[a.end].lower_ not in links):
        return None
    rest = by_start.get(k)
    if rest is None or rest.origin != "ner" or rest.norm.get("type") != "organization" or \
            not all(t.is_title or not t.is_alpha for t in doc[rest.start:rest.end]) or doc[rest.start].lower_ == "the" \
            or rest.end < len(doc) and doc[rest.end].tag_ == "POS":
        return None
    return rest


def _located_place(doc: Doc, a: Actor, by_start: dict[int, Actor], words: ActorWords) -> Actor | None:
    """The place mention of ``<Head> in <Place>`` right after the body ``a``, or None."""
    last = doc[a.end - 1]
    if not last.is_title or last.lower_ not in words.located_body_heads or a.end + 1 >= len(doc) or \
            doc[a.end].lower_ not in words.located_name_links:
        return None
    place = by_start.get(a.end + 1)
    if place is None or place.norm.get("type") not in PLACE_TYPES:
        return None
    nxt = doc[place.end] if place.end < len(doc) else None
    if nxt is not None and nxt.is_title and nxt.is_alpha and not nxt.is_sent_start:
        return None  # "the U.S. Embassy in Manila Bay Towers": a longer name goes on
    return place


def _numbered_end(doc: Doc, a: Actor, taken: list[bool], words: ActorWords) -> int | None:
    """The end of ``Lodge 8`` after the body ``a`` (or of ``727`` after ``Teamsters Local``)."""
    k = a.end
    if doc[k - 1].is_title and doc[k - 1].lower_ in words.numbered_body_heads:
        return k + 1 if _branch_number(doc, k, taken) else None
    if k + 1 < len(doc) and not taken[k] and doc[k].is_title and doc[k].lower_ in words.numbered_body_heads \
            and _branch_number(doc, k + 1, taken):
        return k + 2
    return None


def _branch_number(doc: Doc, k: int, taken: list[bool]) -> bool:
    return k < len(doc) and not taken[k] and doc[k].is_digit and len(doc[k]) <= 5


def _grow(doc: Doc, a: Actor, end: int, taken: list[bool], actor_id: str) -> None:
    for k in range(a.end, end):
        taken[k] = True
    tail = doc[a.end:end].text
    a.end = end
    a.norm = {**a.norm, "actor_id": actor_id, "name": f"{a.norm['name']} {tail}"}
