"""One body under two names the letters cannot join: an acronym from another language before the
body's kind (``Tunisia's powerful UGTT labour union`` … ``The Tunisian General Labour Union``) and
a name with its translation beside it (``the Broad Front (Frente Amplio)``, ``Frente Amplio, or
Broad Front,``).

- An unknown acronym in capitals followed by lower-case words ending in a body's kind
  (``acronym-name-heads``: ``union``, ``party``, ``federation``) is the one other body of the
  document whose name ends in those words in title case (``… General Labour Union``), of the
  same country. Two such bodies, a country on one side only or two countries: no link; nor a body
  named in the acronym's own sentence (``the ruling LIBRE party and the opposition National Party``:
  two parties side by side, not one under two names).
- A body's name followed by another name in brackets (``X (Y)``) or by ``, or Y,`` names one body:
  every mention of ``Y``'s id takes the body's norm. ``Y`` must be a name the gazetteer does not
  know, of title-case words, no place and no known person; an acronym in brackets is the acronym
  passes' (``actor_acronyms``).
- A place named with a lower-case noun of a country's part (``Batken province``, ``country-part-nouns``)
  and the same name alone (``Batken``) name one place: the mentions of the longer form take the bare
  name's norm, when both are places of no gazetteer entry and no other mention holds that name
  (``Batken Regional Council``, ``Batken city``: no link).
- ``the lower house`` of a country with no chambers' row (``actor_chambers.jsonl``: its id is the
  legislature's code, ``JORLEG``) is the one legislature of that country the document names by a
  lower chamber's name (``lower-chamber-names``: ``the House of Representatives``, ``the Chamber of
  Deputies``): every mention of that chamber's id takes the code, as a lower chamber keeps it in
  the chambers' rows; two such chambers, or none: no link.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor

_PLACES = ("state", "location")


def _acronym(doc: Doc, a: Actor) -> str | None:
    """``UGTT`` (or ``the UGTT``, ``CNTS trade union``): a first word in capitals, two to eight
    letters, unknown to the gazetteer, only lower-case words after it in the mention; else None."""
    start = a.start + (doc[a.start].lower_ == "the")
    if start >= a.end or a.norm["in_gazetteer"] or not all(t.is_lower for t in doc[start + 1:a.end]):
        return None
    word = doc[start].text
    return word if word.isalpha() and word.isupper() and 2 <= len(word) <= 8 else None


def _kind_after(doc: Doc, end: int, heads: frozenset[str]) -> tuple[str, ...] | None:
    """``labour union`` after ``UGTT`` (``end``: the word after it): one to three lower-case words of letters on the same line,
    the last one a body's kind (``heads``), as lower-case words; else None."""
    words: list[str] = []
    k = end
    while k < len(doc) and len(words) < 3 and doc[k].is_lower and doc[k].is_alpha and \
            "\n" not in doc[k - 1].whitespace_:
        words.append(doc[k].lower_)
        if doc[k].lower_ in heads and not (k + 1 < len(doc) and doc[k + 1].is_lower and doc[k + 1].is_alpha and
                                           doc[k + 1].lower_ in heads):
            return tuple(words)
        k += 1
    return None


def _ends_with(doc: Doc, b: Actor, kind: tuple[str, ...]) -> bool:
    """Does the name ``b`` (three words or more) end in ``kind`` written in title case?"""
    toks = doc[b.start:b.end]
    if len(toks) < len(kind) + 2:
        return False
    tail = toks[len(toks) - len(kind):]
    return all(t.is_title and t.lower_ == w for t, w in zip(tail, kind))


def _owner_country(doc: Doc, start: int, actors: list[Actor]) -> str | None:
    """``Senegal's largest CNTS trade union``: the country of the state or place named before the
    possessive, over at most three lower-case words, that opens the acronym's phrase at ``start``."""
    k = start - (start > 0 and doc[start - 1].lower_ == "the")
    while k > 0 and start - k < 4 and doc[k - 1].is_lower and doc[k - 1].is_alpha:
        k -= 1
    if k < 2 or not doc[k - 1].lower_ in ("'s", "’s", "'", "’"):
        return None
    owner = next((a for a in actors if a.end == k - 1 and a.norm["type"] in _PLACES), None)
    return owner.norm["country"] if owner is not None else None


def link_headed_acronyms(doc: Doc, actors: list[Actor], heads: frozenset[str], types: frozenset[str]) -> None:
    """Every mention of an acronym written before its body's kind takes the norm of the one body
    whose name ends in that kind (module doc); ``types``: the actor types a body may have."""
    joined: dict[str, dict] = {}
    for a in actors:
        if a.norm["type"] not in types or a.norm["actor_id"] in joined or _acronym(doc, a) is None:
            continue
        kind = _kind_after(doc, a.start + 1 + (doc[a.start].lower_ == "the"), heads)
        if kind is None or not a.norm["country"]:
            continue
        beside = {b.norm["actor_id"] for b in actors if doc[b.start].sent.start == doc[a.start].sent.start}
        found = {b.norm["actor_id"]: b.norm for b in actors if b.norm["type"] in types and
                 b.norm["actor_id"] != a.norm["actor_id"] and _ends_with(doc, b, kind) and
                 b.norm["actor_id"] not in beside}  # one sentence naming both: two bodies
        if len(found) != 1:
            continue
        norm = next(iter(found.values()))
        if norm["country"] == (_owner_country(doc, a.start, actors) or a.norm["country"]):
            joined[a.norm["actor_id"]] = norm
    _relink(actors, joined)


def _translation_at(doc: Doc, body: Actor, by_start: dict[int, Actor]) -> Actor | None:
    """The name right after ``body`` in brackets (``(Frente Amplio)``) or as ``, or Y,``: a mention
    that fills the brackets or the commas exactly; else None."""
    k = body.end
    if k + 1 < len(doc) and doc[k].text == "(":
        other = by_start.get(k + 1)
        closes = other is not None and other.end < len(doc) and doc[other.end].text == ")"
    elif k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "or":
        other = by_start.get(k + 2)
        closes = other is not None and other.end < len(doc) and doc[other.end].text in (",", ")")
    else:
        return None
    return other if closes else None


def _name_words(doc: Doc, a: Actor) -> bool:
    """A name of title-case words (particles such as ``de`` inside), two words or more, none in
    capitals alone (an acronym is the acronym passes')."""
    toks = [t for t in doc[a.start:a.end] if t.lower_ != "the"]
    if len(toks) < 2 or not toks[0].is_title or not toks[-1].is_title:
        return False
    return all(t.is_alpha and (t.is_title or t.is_lower and len(t) <= 3) for t in toks)


def link_translated_names(doc: Doc, actors: list[Actor], types: frozenset[str],
                          is_given: Callable[[str], bool] = lambda w: False) -> None:
    """``the Broad Front (Frente Amplio)``, ``Frente Amplio, or Broad Front,``: every mention of the
    second name's id takes the body's norm (module doc); ``types``: the actor types a body may have;
    ``is_given``: is the word a known given name (``Maria Lopez`` in brackets is a person)?"""
    by_start = {a.start: a for a in actors}
    joined: dict[str, dict] = {}
    for body in actors:
        if body.norm["type"] not in types or not _name_words(doc, body):
            continue
        other = _translation_at(doc, body, by_start)
        if other is None or other.norm["in_gazetteer"] or other.norm["type"] in _PLACES or \
                other.norm["actor_id"] == body.norm["actor_id"] or not _name_words(doc, other):
            continue
        if other.norm["type"] == "person" and is_given(doc[other.start].text):
            continue
        joined.setdefault(other.norm["actor_id"], body.norm)
    _relink(actors, joined)


def _relink(actors: list[Actor], joined: dict[str, dict]) -> None:
    """Every mention of a key of ``joined`` takes its norm, as a coreference."""
    for a in actors:
        norm = joined.get(a.norm["actor_id"])
        if norm is not None:
            a.norm, a.origin = {**norm, "via": "coref"}, "rule:name-pair"


def link_part_names(doc: Doc, actors: list[Actor], part_nouns: frozenset[str]) -> None:
    """``Batken province`` and ``Batken``: every mention of the longer form's id takes the bare
    name's norm (module doc); ``part_nouns``: the lower-case nouns of a country's part."""
    bare: dict[str, set[str]] = {}
    norms: dict[str, dict] = {}
    for a in actors:
        if a.norm["type"] in _PLACES and not a.norm["in_gazetteer"]:
            bare.setdefault(doc[a.start:a.end].text, set()).add(a.norm["actor_id"])
            norms.setdefault(a.norm["actor_id"], a.norm)
    joined: dict[str, dict] = {}
    for a in actors:
        name = _part_name(doc, a, part_nouns)
        ids = bare.get(name, set()) if name else set()
        if len(ids) != 1 or a.norm["actor_id"] in ids or not _sole_holder(doc, actors, name, ids | {a.norm["actor_id"]}):
            continue
        joined.setdefault(a.norm["actor_id"], norms[next(iter(ids))])
    _relink(actors, joined)


def _part_name(doc: Doc, a: Actor, part_nouns: frozenset[str]) -> str | None:
    """``Batken`` of ``Batken province``: a place of no gazetteer entry whose mention is title-case
    words and a last lower-case word of ``part_nouns``; else None."""
    toks = doc[a.start:a.end]
    if a.norm["type"] not in _PLACES or a.norm["in_gazetteer"] or len(toks) < 2 or \
            toks[-1].text not in part_nouns or not all(t.is_title and t.is_alpha for t in toks[:-1]):
        return None
    return toks[:-1].text


def _sole_holder(doc: Doc, actors: list[Actor], name: str, ids: set[str]) -> bool:
    """Does no mention of an id apart from ``ids`` hold the words of ``name``?"""
    words = name.split()
    for a in actors:
        toks = [t.text for t in doc[a.start:a.end]]
        if a.norm["actor_id"] not in ids and any(toks[k:k + len(words)] == words for k in range(len(toks))):
            return False
    return True


def link_lower_chambers(doc: Doc, actors: list[Actor], phrases: dict[str, str], names: frozenset[str]) -> None:
    """``the lower house`` (``phrases``: a rank phrase -> ``lower``/``upper``) as the legislature's
    code and the one named lower chamber of its country are one body under the code (module doc;
    ``names``: the lower-case names of a lower chamber)."""
    for a in actors:
        country = a.norm.get("country")
        if a.origin != "rule:chamber" or not country or a.norm["actor_id"] != f"{country}LEG" or \
                phrases.get(_bare_lower(doc, a)) != "lower":
            continue
        found = {b.norm["actor_id"]: b.norm for b in actors if b.norm["type"] == "legislature" and
                 b.norm.get("country") == country and b.origin != "rule:chamber" and _bare_lower(doc, b) in names}
        if len(found) == 1:  # the chamber keeps the legislature's code, as the chambers' rows do
            named = next(iter(found.values()))
            a.norm = {**a.norm, "name": named["name"]}
            _relink(actors, {named["actor_id"]: a.norm})


def _bare_lower(doc: Doc, a: Actor) -> str:
    """The mention's words in lower case, a leading ``the`` left out."""
    return doc[a.start + (doc[a.start].lower_ == "the"):a.end].text.lower()
