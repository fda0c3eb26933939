"""Places kept as places through a document (issue 12: one id per entity, no phantom).

- :func:`keep_place_readings`: a name the document reads as a city or town once keeps that
  reading for its other occurrences. A reading is a model place that is a GeoNames city used as a
  place (a dateline, ``marched from Novi Sad``, ``in <Name>``, ``<Name>, <state>``; a bare GPE
  such as ``a stake in Kestrel`` is none), or a name the model left out or called a ``LOC`` or an
  ``ORG`` that the text calls a settlement in apposition (``In Eagle Pass, a city of about
  28,000,``: the words of the ``settlements`` description rows). Another occurrence
  the model typed an organisation or a person on its own (``district includes Eagle Pass``, ORG)
  takes the place's id, and the name is never the short form of an organisation named ``… of
  <Name>`` (``Novi Sad`` after ``the University of Novi Sad``: the city). Occurrences of a name
  read in apposition that no pass took become mentions of the place, except inside a group named
  for it (``Residents of Eagle Pass``: the group is the mention).
- :func:`sole_settlement`: ``the city``, ``the town`` with no settlement in the description row's
  window: the one settlement the document named before, anywhere, when the story is about it
  (named twice or in the dateline, no capital's metonym) and the window holds no other model place
  (``SEATTLE — … violent crime in the city fell``); two named before: no guess. ``the capital``
  so: the one capital named before, when it is the capital of the story's country.
"""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_cities import dateline_start, is_city
from pipeline.components.actor_model import Actor, make_norm
from pipeline.components.gazetteer import Description, slugify

PLACE_LABELS = ("LOC", "GPE", "ORG", "FAC")  # what the model calls a city it does not know
RETYPED = ("organization", "person")  # what a place-read name may have been typed elsewhere


def settlement_nouns(descriptions: list[Description]) -> frozenset[str]:
    """The nouns of the description rows that name a city or town (``city``, ``town``)."""
    return frozenset(n for d in descriptions if d.settlements for n in d.nouns)


def keep_place_readings(doc: Doc, actors: list[Actor], taken: list[bool], nouns: frozenset[str],
                        preps: frozenset[str]) -> None:
    """See the module doc: names read as a settlement once keep that reading; ``preps``: the
    prepositions that make a name a place (``city-preps``: ``in``, ``near``)."""
    found = _place_actors(doc, actors, preps)
    apposed = _apposed_settlements(doc, actors, nouns, found)
    for a in actors:
        place = found.get(doc[a.start:a.end].text) or apposed.get(doc[a.start:a.end].text)
        if place is not None and _misread(a, doc[a.start:a.end].text) and not _group_of(doc, a.start) \
                and not _subject(doc[a.start:a.end]):
            a.norm = {**place, "via": "coref"}
            a.origin = "rule:place-reading"
    for text, norm in apposed.items():
        _add_occurrences(doc, actors, taken, text, norm)


def _subject(span) -> bool:
    """Is the mention the subject of a verb (``Princeton said it would review …``, ``Oxford has
    tested …``)? A body that acts keeps the model's reading; only a name in a place's position
    takes the place's id."""
    return span.root.dep_ in ("nsubj", "nsubjpass")


def _place_actors(doc: Doc, actors: list[Actor], preps: frozenset[str]) -> dict[str, dict]:
    """Per mention text, the norm of a settlement the passes found under it (type location, one
    id) and the text used as a place there: in a dateline, after a word of ``preps`` (``protests
    in Novi Sad``) or before a comma and a state or country (``Chandler, Ariz.``). A bare model
    place (``Kestrel``, a GPE once) is no reading."""
    out: dict[str, dict] = {}
    clash: set[str] = set()
    places = {a.start for a in actors if a.norm["type"] in ("location", "state")}
    for a in actors:
        if a.norm["type"] == "location" and not a.norm.get("in_gazetteer") and a.origin == "ner" and \
                _used_as_place(doc, a, preps, places):
            text = doc[a.start:a.end].text
            if text in out and out[text]["actor_id"] != a.norm["actor_id"]:
                clash.add(text)
            out.setdefault(text, a.norm)
    return {t: n for t, n in out.items() if t not in clash}


def _used_as_place(doc: Doc, a: Actor, preps: frozenset[str], places: set[int]) -> bool:
    """A city of GeoNames (:func:`is_city`: one of its country, or a big one) used as a place: a
    dateline, ``in <Name>``, ``from <Name>``, or ``<Name>, <state or country>`` (``stake in
    Kestrel``: no city)."""
    used = dateline_start(doc, a.start, a.end) or a.start > 0 and doc[a.start - 1].lower_ in preps or \
        a.end + 1 < len(doc) and doc[a.end].text == "," and a.end + 1 in places
    return bool(used) and is_city(doc[a.start:a.end].text, a.norm.get("country"))


def _misread(a: Actor, text: str) -> bool:
    """Is ``a`` a place-read name typed otherwise on the model's word alone (its own name's id),
    or joined as the short form of an organisation named ``… of <text>``?"""
    if a.norm["type"] not in RETYPED:
        return False
    if a.origin == "rule:short-form":
        return (a.norm.get("name") or "").lower().endswith(f" of {text.lower()}")
    return a.origin in ("ner", "rule:name-repeat") and a.norm["actor_id"] == slugify(text)


def _apposed_settlements(doc: Doc, actors: list[Actor], nouns: frozenset[str], found: dict) -> dict[str, dict]:
    """Names of the model's entities, no place to the passes, followed by a settlement noun in
    apposition (``Eagle Pass, a city of about 28,000``, ``Basingstoke, a market town``); not a
    name a pass made a place, state or body of the gazetteer."""
    kept = {doc[a.start:a.end].text for a in actors if a.norm["type"] not in RETYPED or a.norm.get("in_gazetteer")}
    out: dict[str, dict] = {}
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS and ent.text not in found and ent.text not in kept \
                and all(t.is_title for t in ent if t.is_alpha) and _apposed_noun(doc, ent.end, nouns):
            out[ent.text] = make_norm(slugify(ent.text), ent.text, "location", None, False, None, "ner")
    return out


def _apposed_noun(doc: Doc, end: int, nouns: frozenset[str]) -> bool:
    """``, a city`` / ``, a small border town``: a comma, ``a``, up to two lower-case modifiers and
    a settlement noun after token ``end``."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an"):
        return False
    for k in range(end + 2, min(end + 5, len(doc))):
        if doc[k].lower_ in nouns and doc[k].tag_ == "NN":  # not "a city councillor", "a town's"
            return k + 1 == len(doc) or doc[k + 1].tag_ not in ("NN", "NNS", "NNP", "POS")
        if not doc[k].is_lower or not doc[k].is_alpha:
            return False
    return False


def _add_occurrences(doc: Doc, actors: list[Actor], taken: list[bool], text: str, norm: dict) -> None:
    """Every occurrence of ``text`` no pass took, as a mention of the place ``norm``; not one
    inside a group named for the place (``Residents of Eagle Pass``)."""
    words = text.split()
    n = len(words)
    for i in range(len(doc) - n + 1):
        if doc[i].text != words[0] or any(taken[i:i + n]) or [t.text for t in doc[i:i + n]] != words:
            continue
        if _group_of(doc, i):
            continue  # "Residents of Eagle Pass": the group is the mention
        actors.append(Actor(i, i + n, {**norm}, "rule:place-reading"))
        for k in range(i, i + n):
            taken[k] = True


def sole_settlement(doc: Doc, the: int, actors: list[Actor], desc: Description, since: int, fits,
                    focus: str | None = None) -> dict | None:
    """``the city`` with no settlement named from token ``since`` (the row's window) on: the one
    settlement named anywhere before (``fits``: the row's test) whose name carries no word of the
    row's ``except_words`` (``King County``); two: None. ``the capital`` so: the one capital named
    before as a place, when it is the capital of ``focus``, the story's country (``MANILA — …
    the largest rally in the capital``; not London in a dateline over Yemen)."""
    if not (desc.settlements or desc.capitals) or _named_after(doc, the):
        return None
    before = [a for a in actors if a.end <= the and fits(a, desc)
              and not set((a.norm.get("name") or "").lower().split()) & set(desc.except_words)]
    if any(a.start >= since for a in before):
        return None  # the window held one: the row's own reading decided
    found = {a.norm["actor_id"]: a for a in before}
    if len(found) != 1 or desc.capitals and (focus is None or before[-1].norm.get("country") != focus):
        return None
    if desc.settlements and not _story_settlement(doc, before) or _other_place_near(doc, actors, since, the):
        return None
    return {**before[-1].norm, "via": "coref"}


def _story_settlement(doc: Doc, named: list[Actor]) -> bool:
    """A settlement the story is about: no capital's metonym (``BEIRUT`` is no ``town``), named
    twice or in the dateline (``Flint``, named once in a Fall River story, is not its city)."""
    return not any(a.norm.get("via") == "metonym" for a in named) and \
        (len(named) >= 2 or any(dateline_start(doc, a.start, a.end) for a in named))


def _other_place_near(doc: Doc, actors: list[Actor], since: int, the: int) -> bool:
    """A place the model found in the window that no pass made a state or a known place
    (``In Gaziantep, … Governor said … the city's bus station``): the city may be that one."""
    known = {k for a in actors if a.norm["type"] == "state" or a.norm.get("in_gazetteer")
             for k in range(a.start, a.end)}
    return any(e.label_ in ("GPE", "LOC") and since <= e.start and e.end <= the and e.start not in known
               for e in doc.ents)


def beyond_capital_seats(found: dict[str, Actor]) -> dict[str, Actor]:
    """Places of one kind named before ``the state`` (per id): with two or more, a national
    capital named as its metonym (``Washington``, the seat) is not the state when another is
    there (``Arizona … lobbying in Washington … the state``: Arizona); alone it stays."""
    if len(found) < 2:
        return found
    kept = {k: a for k, a in found.items() if a.norm.get("via") != "metonym"}
    return kept or found


def _named_after(doc: Doc, the: int) -> bool:
    """``the town of Hermel``: the name after ``of`` is the mention, no earlier place."""
    return the + 3 < len(doc) and doc[the + 2].lower_ == "of" and doc[the + 3].is_title


def _group_of(doc: Doc, i: int) -> bool:
    """Is token ``i`` the place of a group named for it (``Residents of Eagle Pass``)?"""
    return i >= 2 and doc[i - 1].lower_ == "of" and _plural(doc[i - 2])


def _plural(tok) -> bool:
    """A plural noun (``Residents``, ``farmers``), by its tag or its ending in one ``s``."""
    return tok.tag_ in ("NNS", "NNPS") or tok.lower_.endswith("s") and not tok.lower_.endswith("ss")
