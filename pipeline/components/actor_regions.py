"""A region's own government (``actor_regions.jsonl``, ISO 3166-2 names): ``the Bavarian state
government``, ``the Quebec government``, ``the Texas state government`` and ``the regional
government of Catalonia`` name the region's government (type ``government``, the region's
country, id ``<region>-government``, role ``<country>GOV``), never the national government; the
region's name inside the phrase is no mention of its own. A later ``the state government`` or
``the regional government`` is the last regional government named before it (``Kurdistan
Regional Government`` … ``the regional government``), else the government of the last region
named; with neither it is left to the other passes. ``His government`` after a regional
premier or governor (``Lower Saxony's premier, Jan Petersen``, ``Bavarian Premier X``, ``Gov. X
of New Mexico``; ``Premier X`` alone when the article names one region only before him) is that
region's government; so is ``her administration``."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Doc

from pipeline.components.actor_cities import city_index, dateline_start, fold
from pipeline.components.actor_model import Actor, make_norm, previous_sentence_start
from pipeline.components.gazetteer import Region, slugify, subdivision_countries
from pipeline.components.token_scan import positions

ORIGIN = "rule:region-government-levels"
GOVERNMENT = "government"
DETERMINERS = ("the",)
#: a level that names a region's government only with the region written (``the Bavarian local
#: government``): a bare ``the local government`` is a city's or a county's, not the last region's
NAMED_ONLY_LEVELS = ("local",)


class Place(NamedTuple):
    id: str
    name: str
    country: str


@lru_cache(maxsize=4)
def _adjectives(regions: tuple[Region, ...]) -> dict[str, Place]:
    return {adj: Place(r.id, r.name, r.country) for r in regions for adj in r.adjectives}


@lru_cache(maxsize=4)
def _by_id(regions: tuple[Region, ...]) -> dict[str, Place]:
    return {r.id: Place(r.id, r.name, r.country) for r in regions}


def region_of(a: Actor, regions: tuple[Region, ...]) -> Place | None:
    """The region a location mention names: a region of the data file by id, else an ISO 3166-2
    subdivision of that name (``Texas``, ``Ontario``)."""
    if a.norm["type"] != "location":
        return None
    known = _by_id(regions).get(a.norm["actor_id"])
    if known is not None:
        return known
    name = a.norm.get("name") or ""
    country = subdivision_countries().get(fold(name))
    return Place(a.norm["actor_id"], name, country) if country else None


def government_norm(place: Place) -> dict:
    return make_norm(f"{place.id}-government", f"{place.name} government", "government", place.country, False,
                     f"{place.country}GOV", "region")


def _named_region(doc: Doc, end: int, actors: list[Actor], regions: tuple[Region, ...]) -> tuple[int, Place] | None:
    """The region written right before token ``end``: an adjective (``Bavarian``) or a location
    mention that is a region (``Texas``, ``New South Wales``); its first token."""
    if end <= 0:
        return None
    adjective = _adjectives(regions).get(doc[end - 1].text)
    if adjective is not None:
        return end - 1, adjective
    a = next((a for a in actors if a.end == end), None)
    place = region_of(a, regions) if a is not None else None
    return (a.start, place) if place is not None else None


def _add(doc: Doc, actors: list[Actor], taken: list[bool], start: int, end: int, place: Place) -> None:
    for a in [a for a in actors if start <= a.start and a.end <= end]:
        actors.remove(a)
    actors.append(Actor(start, end, government_norm(place), ORIGIN, GOVERNMENT, "org"))
    for k in range(start, end):
        taken[k] = True


def _covered(actors: list[Actor], i: int) -> bool:
    return any(a.start <= i < a.end for a in actors)


def _named_government(doc: Doc, i: int, actors: list[Actor], taken: list[bool], regions: tuple[Region, ...],
                      levels: frozenset[str]) -> bool:
    """``the Bavarian state government``, ``the Quebec government`` (``i``: the word government)."""
    end = i - 1 if i > 0 and doc[i - 1].lower_ in levels else i
    found = _named_region(doc, end, actors, regions)
    if found is None:
        return False
    start, place = found
    start = start - 1 if start > 0 and doc[start - 1].lower_ in DETERMINERS else start
    _add(doc, actors, taken, start, i + 1, place)
    return True


def _government_of(doc: Doc, i: int, actors: list[Actor], taken: list[bool], regions: tuple[Region, ...],
                   levels: frozenset[str]) -> bool:
    """``the state government of Bavaria``: the phrase before ``of`` (the region stays a place)."""
    if i < 2 or doc[i - 1].lower_ not in levels or doc[i - 2].lower_ not in DETERMINERS or \
            i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
        return False
    a = next((a for a in actors if a.start == i + 2), None)
    place = region_of(a, regions) if a is not None else None
    if place is None:
        return False
    _add(doc, actors, taken, i - 2, i + 1, place)
    return True


def _last_regional(doc: Doc, actors: list[Actor], before: int, regions: tuple[Region, ...]) -> dict | None:
    """The last regional government (``…-government`` of type government) named before token
    ``before``, else the government of the last region named before it (the region in focus, even
    when another region's government is named later; not the dateline's city, ``BAGHDAD (AP) —``), else the first regional government named
    after it (``the regional government in Erbil`` before ``The Kurdistan Regional Government``)."""
    earlier = sorted((a for a in actors if a.end <= before), key=lambda a: a.start, reverse=True)
    later = sorted((a for a in actors if a.start > before and a.norm.get("via") != "region"), key=lambda a: a.start)
    found = next((a for a in earlier if _is_regional(a)), None)
    if found is not None:
        return {**found.norm, "via": "coref"}
    place = next((p for p in (region_of(a, regions) for a in earlier if not dateline_start(doc, a.start, a.end))
                  if p is not None), None)
    if place is not None:
        return _region_government(place, actors)
    found = next((a for a in later if _is_regional(a)), None)
    return {**found.norm, "via": "coref"} if found is not None else None


def _is_regional(a: Actor) -> bool:
    return a.norm["type"] == "government" and a.norm["actor_id"].endswith("-government")


STEM = 4  # "Scottish" and "Scotland", "Kurdish" and "Kurdistan": one word for a region's name


def _region_government(place: Place, actors: list[Actor]) -> dict:
    """The region's government as the document names it (``the Scottish Government``, ``the
    Kurdistan Regional Government``: a government of the region's country, not the national one,
    whose name opens with the region's words, stem for stem), else :func:`government_norm`."""
    stems = [w[:STEM].lower() for w in place.name.split()]
    for a in actors:
        words = (a.norm.get("name") or "").split()
        if a.norm["type"] == GOVERNMENT and a.norm["country"] == place.country and len(words) > len(stems) and \
                a.norm["actor_id"] != f"{place.country}GOV" and [w[:STEM].lower() for w in words[:len(stems)]] == stems:
            return a.norm
    return government_norm(place)


def _bare_government(doc: Doc, i: int, actors: list[Actor], taken: list[bool], regions: tuple[Region, ...],
                     levels: frozenset[str]) -> bool:
    """``the state government``, ``the regional government`` referring back (module docstring)."""
    if i < 2 or doc[i - 1].lower_ not in levels or doc[i - 1].lower_ in NAMED_ONLY_LEVELS or \
            doc[i - 2].lower_ not in DETERMINERS or any(taken[i - 2:i + 1]):
        return False
    norm = _last_regional(doc, actors, i - 2, regions)
    if norm is None:
        return False
    actors.append(Actor(i - 2, i + 1, norm, ORIGIN, GOVERNMENT, "description"))
    for k in range(i - 2, i + 1):
        taken[k] = True
    return True


def _leader_region(doc: Doc, person: Actor, actors: list[Actor], regions: tuple[Region, ...],
                   titles: frozenset[str]) -> Place | None:
    """The region a person leads, written right before a regional title before the name:
    ``Bavarian Premier X``, ``Ontario Premier X``, ``Lower Saxony's premier, X`` (not ``Bank of
    England Governor X``: a region after ``of`` names something else)."""
    lo = max(person.start - 6, 0)
    for k in range(person.end - 1, lo - 1, -1):
        inside = next((a for a in actors if a.start <= k < a.end), None)
        if inside is not None and inside is not person and inside.norm["type"] != "location":
            continue
        found = region_before(doc, k + 1, regions)
        if found is not None and _title_after(doc, k + 1, titles) and \
                not (found[0] > 0 and doc[found[0] - 1].lower_ == "of"):
            return found[1]
    if not _title_after(doc, person.start, titles):
        return None
    after = person.end + 1 < len(doc) and doc[person.end].lower_ == "of" and \
        next((a for a in actors if a.start == person.end + 1), None)
    return region_of(after, regions) if after else None  # "Gov. Elena Vasquez of New Mexico"


def _only_region(doc: Doc, person: Actor, actors: list[Actor], regions: tuple[Region, ...],
                 titles: frozenset[str]) -> Place | None:
    """``Premier Graham Whitcombe`` (a regional title opening the name, no region written with
    it): the one region the article names before him (``the Ontario legislature``), when it
    names one only; else None."""
    if not _title_after(doc, person.start, titles) or person.start > 0 and doc[person.start - 1].is_title and \
            not doc[person.start].is_sent_start:
        return None  # "Chinese Premier Li Qiang": a country's
    named = {p.id: p for p in (region_of(a, regions) for a in actors if a.end <= person.start
                                 and not dateline_start(doc, a.start, a.end)) if p is not None}
    return next(iter(named.values())) if len(named) == 1 else None


def _led_region(doc: Doc, person: Actor, actors: list[Actor], regions: tuple[Region, ...],
                titles: frozenset[str]) -> Place | None:
    """The region the person leads (:func:`_leader_region`), read at this mention, else at the
    person's earlier mentions, nearest first (``Drummond said her government …`` after
    ``Scotland's first minister, Fiona Drummond``); else the one region named before a mention
    that opens with a regional title (:func:`_only_region`)."""
    earlier = sorted((a for a in actors if a.end <= person.start and a.norm["type"] == "person" and
                      a.norm["actor_id"] == person.norm["actor_id"]), key=lambda a: a.start, reverse=True)
    for mention in (person, *earlier):
        place = _leader_region(doc, mention, actors, regions, titles)
        if place is not None:
            return place
    return next((p for p in (_only_region(doc, m, actors, regions, titles) for m in (person, *earlier))
                 if p is not None), None)


def _title_after(doc: Doc, k: int, titles: frozenset[str]) -> bool:
    """A regional title at token ``k``, or after a possessive there (``Saxony's premier``)."""
    if k < len(doc) and doc[k].tag_ == "POS":
        k += 1
    return any(doc[k:k + n].text.lower() in titles for n in (1, 2) if k + n <= len(doc))


@lru_cache(maxsize=4)
def _by_name(regions: tuple[Region, ...]) -> dict[str, Place]:
    return {fold(n): Place(r.id, r.name, r.country) for r in regions for n in r.names}


def _region_written(doc: Doc, end: int, regions: tuple[Region, ...]) -> tuple[int, Place] | None:
    """A region's name in title case ending at token ``end`` (the data file's, else ISO 3166-2's),
    with its first token."""
    for n in (3, 2, 1):
        words = doc[max(end - n, 0):end]
        if len(words) != n or not all(t.is_title for t in words):
            continue
        key = fold(words.text)
        place = _by_name(regions).get(key)
        country = subdivision_countries().get(key) if place is None else None
        if place is not None or country:
            return end - n, place or Place(slugify(words.text), words.text, country)
    return None


def region_before(doc: Doc, end: int, regions: tuple[Region, ...]) -> tuple[int, Place] | None:
    """The region written right before token ``end``: its name (:func:`_region_written`) or its
    adjective (``Bavarian``), with its first token."""
    found = _region_written(doc, end, regions)
    if found is None and end > 0 and doc[end - 1].text in _adjectives(regions):
        found = end - 1, _adjectives(regions)[doc[end - 1].text]
    return found


def _leaders_government(doc: Doc, i: int, actors: list[Actor], taken: list[bool], regions: tuple[Region, ...],
                        titles: frozenset[str]) -> bool:
    """``His government`` (``her administration``) whose owner, the last person named in this
    sentence or the one before, leads a region (:func:`_led_region`)."""
    if i < 1 or doc[i - 1].lower_ not in ("his", "her"):
        return False
    own = [a for a in actors if a.start < i + 1 and i - 1 < a.end]
    if any((a.start, a.end) != (i - 1, i + 1) or a.norm["actor_id"] != f"{a.norm['country']}GOV" for a in own):
        return False  # only the national government a person's "his government" was given
    lo = previous_sentence_start(doc, i)
    people = [a for a in actors if lo <= a.start and a.end <= i - 1 and a.norm["type"] == "person"
              and not (a.start > 0 and doc[a.start - 1].lower_ in ("a", "an"))]  # "a Christian Democrat"
    if not people:
        return False
    place = _led_region(doc, max(people, key=lambda a: a.start), actors, regions, titles)
    if place is None:
        return False
    for a in own:
        actors.remove(a)
    actors.append(Actor(i - 1, i + 1, {**_region_government(place, actors), "via": "coref"}, ORIGIN, GOVERNMENT,
                        "description"))
    taken[i - 1] = taken[i] = True
    return True


def _city_government(doc: Doc, i: int, actors: list[Actor], taken: list[bool], city_levels: frozenset[str]) -> bool:
    """``Tokyo's metropolitan government``, ``the Beijing municipal government``: a GeoNames city
    written before a city level in lower case (``city-government-levels``) is the city's own
    government, also where a capital's name had made the phrase the national government (that
    mention is replaced). ``The Mexico City government`` (no level word) is left as it is."""
    if i < 2 or doc[i - 1].lower_ not in city_levels or not doc[i - 1].is_lower:
        return False
    end = i - 2 if doc[i - 2].tag_ == "POS" else i - 1
    found = _city_written(doc, end)
    if found is None:
        return False
    start, place = found
    start = start - 1 if start > 0 and doc[start - 1].lower_ in DETERMINERS else start
    for a in [a for a in actors if a.start < i + 1 and start < a.end]:
        actors.remove(a)
    _add(doc, actors, taken, start, i + 1, place)
    return True


def _city_written(doc: Doc, end: int) -> tuple[int, Place] | None:
    """A city's name in title case ending at token ``end`` (the longest of 3, 2, 1 words that
    GeoNames knows), with its first token; its country is the most populous one's."""
    for n in (3, 2, 1):
        words = doc[max(end - n, 0):end]
        if len(words) != n or not all(t.is_title for t in words) or words[0].lower_ in DETERMINERS:
            continue
        cities = city_index().cities(words.text)
        if cities:
            return end - n, Place(slugify(words.text), words.text, cities[0].country)
    return None


def find_region_governments(doc: Doc, actors: list[Actor], taken: list[bool], regions: tuple[Region, ...],
                            levels: frozenset[str], titles: frozenset[str] = frozenset(),
                            city_levels: frozenset[str] = frozenset(),
                            leader_nouns: frozenset[str] = frozenset()) -> None:
    """Regional and city governments, named or referred back to (module docstring); ``titles``: a
    regional leader's titles (``region-leader-titles``); ``city_levels``: ``city-government-levels``;
    ``leader_nouns``: the other nouns of a leader's government (``her administration`` after ``Gov. X
    of New Mexico``: the state's; the nouns of the ``owned-person-government`` row of actor_owned.jsonl)."""
    nouns = (GOVERNMENT, *sorted(leader_nouns - {GOVERNMENT}))
    for tok in map(doc.__getitem__, positions(doc, nouns)):
        if tok.lower_ not in nouns or tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN"):
            continue
        i = tok.i
        if tok.lower_ != GOVERNMENT:  # "her administration": only a leader's
            _leaders_government(doc, i, actors, taken, regions, titles)
            continue
        if _city_government(doc, i, actors, taken, city_levels):
            continue
        if _leaders_government(doc, i, actors, taken, regions, titles) or _covered(actors, i):
            continue
        _named_government(doc, i, actors, taken, regions, levels) or \
            _government_of(doc, i, actors, taken, regions, levels) or \
            _bare_government(doc, i, actors, taken, regions, levels)
