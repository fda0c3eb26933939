"""Stories about a body of many states (the EU and its parliament's groups, NATO, the IMF).

A dateline in the seat of such a body (``STRASBOURG —``, ``BRUSSELS —``, ``GENEVA —``) names where
it sits, not the country the story is about: the Commission, the EPP and the MEPs of a Strasbourg
story are no more French than the IMF of a Washington story is American. When the mentions of the
bodies of ``supranational-bodies`` (``actor_words.jsonl``) are at least as many as those of the
country most named, a dateline gives the story no country in focus: no unnamed group, party group
or official takes one by default. A story about one country that quotes the IMF once keeps its
country, and so does one whose country the actors give, not the dateline (``ADDIS ABABA,
Ethiopia —`` over a Chadian cease-fire the African Union brokered: Chad's story).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, previous_sentence_start
from pipeline.components.gazetteer import ActorDictionaryError
from pipeline.ruledata import read_jsonl_rules

SEAT_SHARE = 1.0  # the bodies' mentions against the most named country's
LINKS = ("for", "of")  # "Patriots for Europe": the short name is the words before the link


class Seats(NamedTuple):
    """``actor_seats.jsonl``: the bodies seated in each place, and the nouns of national roles."""
    bodies: dict[str, frozenset[str]]  # place slug -> gazetteer ids of the bodies seated there
    national_roles: frozenset[str]  # "police", "prosecutors": national whatever the dateline


def load_seats(path: Path) -> Seats:
    """The rows of ``actor_seats.jsonl`` (none when a rules folder saved before it lacks the file)."""
    bodies: dict[str, frozenset[str]] = {}
    roles: frozenset[str] = frozenset()
    if not path.is_file():
        return Seats(bodies, roles)
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True):
        if row["id"] == "national-role-nouns":
            roles = frozenset(row.get("words", ()))
        elif not isinstance(row.get("places"), list) or not isinstance(row.get("bodies"), list):
            raise ActorDictionaryError(f"{path}:{lineno}: a seat row needs 'places' and 'bodies' lists")
        for place in row.get("places", ()):
            bodies[place] = bodies.get(place, frozenset()) | frozenset(row["bodies"])
    return Seats(bodies, roles)


def at_seat(place: str, actors: Iterable[Actor], seats: Seats) -> bool:
    """Is the dateline ``place`` (a slug) the seat of a body the story names?"""
    seated = seats.bodies.get(place, frozenset())
    return any(a.norm.get("actor_id") in seated for a in actors)


def national_role_count(doc: Doc, actors: Iterable[Actor], roles: frozenset[str]) -> int:
    """The words of national roles (``Police``, ``prosecutors``) outside any mention with a
    country of its own or of a body of many states: votes for the dateline's country."""
    covered = [False] * len(doc)
    for a in actors:
        if a.norm.get("country") or a.norm.get("in_gazetteer"):
            covered[a.start:a.end] = [True] * (a.end - a.start)
    return sum(1 for t in doc if t.lower_ in roles and not covered[t.i] and t.pos_ in ("NOUN", "PROPN"))


def keep_national_roles(doc: Doc, actors: list[Actor], home: str, roles: frozenset[str]) -> None:
    """Under a seat dateline (no country in focus), groups and unnamed people of a national role
    (``Prosecutors``, ``A police spokesman``) are still of the dateline's country."""
    renamed: dict[str, str] = {}
    for a in actors:
        norm = a.norm
        if norm["country"] is None and not norm["in_gazetteer"] and norm["type"] in ("group", "person") and \
                not norm.get("party") and any(t.lower_ in roles for t in doc[a.start:a.end]) and \
                (norm["type"] == "group" or not doc[a.end - 1].is_title):
            renamed.setdefault(norm["actor_id"], f"{home.lower()}-{norm['actor_id']}")
    for a in actors:
        new = renamed.get(a.norm["actor_id"])
        if new is not None and a.norm["country"] is None:
            a.norm = {**a.norm, "actor_id": new, "country": home, "country_source": "focus"}


def supranational_story(actors: Iterable[Actor], bodies: frozenset[str], counts: dict[str, int]) -> bool:
    """Do the bodies of many states (``bodies``: gazetteer ids) outnumber any one country's
    actors (``counts``: actors per country, places left out)?"""
    if not bodies:
        return False
    seen = sum(1 for a in actors if a.norm.get("actor_id") in bodies and a.norm["type"] != "location")
    return seen >= 2 and seen >= SEAT_SHARE * max(counts.values(), default=0)


def join_body_short_names(doc: Doc, actors: list[Actor], bodies: frozenset[str],
                          generic: frozenset[str] = frozenset()) -> None:
    """``the Patriots`` in a story naming ``Patriots for Europe``: a name the model found (no
    gazetteer body) that is the words of a body of many states before its ``for``/``of`` is that
    body, and so are the other mentions of its id (``Patriots`` twice, ``the third-largest
    group`` later). Only bodies of ``supranational-bodies`` the document names; never a one-word
    generic head (``generic``: council, court), and a one-word short joins only when one of its
    id's mentions comes after the full name (``The Patriots beat the Jets`` before it, and never
    again, stays the team)."""
    shorts = _short_names(doc, actors, bodies, generic)
    if not shorts:
        return
    renamed: dict[str, dict] = {}
    for a in actors:
        if a.norm["in_gazetteer"] or a.norm["type"] not in ("organization", "group", "person"):
            continue
        body = shorts.get(_words(doc, a))
        if body is not None and doc[a.end - 1].is_title and _after_full(doc, a, body[1]):
            renamed.setdefault(a.norm["actor_id"], body[0])
    for a in actors:
        body = renamed.get(a.norm["actor_id"])
        if body is None or a.norm["in_gazetteer"] or a.origin == "ner" and _words(doc, a) not in shorts:
            continue  # "The New England Patriots", a name of its own the model found, stays
        a.norm = {**body, "via": "coref"}


def _after_full(doc: Doc, a: Actor, fulls: list[int]) -> bool:
    """A short of more than one word anywhere; of one word, after a full name."""
    return len(_words(doc, a)) > 1 or any(f < a.start for f in fulls)


def _words(doc: Doc, a: Actor) -> tuple[str, ...]:
    return tuple(t.lower_ for t in doc[a.start:a.end] if t.lower_ != "the")


def _short_names(doc: Doc, actors: list[Actor], bodies: frozenset[str],
                 generic: frozenset[str]) -> dict[tuple[str, ...], tuple[dict, list[int]]]:
    """The words before ``for``/``of`` of the bodies of ``bodies`` the document names -> their norm
    and the starts of the full names; no one-word generic head (``Council`` of ``Council of Europe``)."""
    out: dict[tuple[str, ...], tuple[dict, list[int]]] = {}
    for a in actors:
        if a.norm.get("actor_id") not in bodies:
            continue
        words = [t.lower_ for t in doc[a.start:a.end] if t.lower_ != "the"]
        cut = next((k for k, w in enumerate(words) if w in LINKS), None)
        if cut and not (cut == 1 and words[0] in generic):
            out.setdefault(tuple(words[:cut]), (a.norm, []))[1].append(a.start)
    return out


def member_nationalities(doc: Doc, actors: list[Actor], country_of: Callable[[str, tuple[str, ...]], str | None],
                         titles: frozenset[str]) -> None:
    """The nationality the text gives the members of a body of many states (an MEP, a commissioner),
    who take no country from the body or the dateline: ``Spanish MEP Lucía Ferrer`` (a demonym
    right before a titled name the model cut after it: the span takes it) and ``the Belgian`` (a
    singular demonym noun, one with a plural of its own, after a person of no other country in
    this sentence or the one before: that person, of that country). ``Klaus Brenner, a German MEP``
    (a demonym and a title in apposition, no mention of their own) is German too. A country the
    title took from the story's focus (``country_source: focus``) is no country of the person's."""
    for a in actors:
        if a.norm["type"] == "person" and not a.norm["in_gazetteer"] and _no_own_country(a.norm):
            _demonym_title(doc, actors, a, country_of, titles) or \
                _demonym_apposed(doc, actors, a, country_of, titles)
    for i, a in enumerate(actors):
        if a.category == "people" and a.end - a.start == 2 and doc[a.start].lower_ == "the":
            _demonym_noun(doc, actors, i, country_of)


def _no_own_country(norm: dict) -> bool:
    return not norm.get("country") or norm.get("country_source") == "focus"


def _demonym_title(doc: Doc, actors: list[Actor], a: Actor, country_of, titles: frozenset[str]) -> bool:
    """``Spanish MEP Lucía Ferrer``: the demonym before a title opening the span."""
    k = a.start - 1
    if k < 0 or doc[a.start].lower_.rstrip(".") not in titles or not doc[k].is_title or \
            any(b.start <= k < b.end for b in actors) or "\n" in doc[k].whitespace_:
        return False
    country = country_of(doc[k].text, ("demonym",))
    if country is None:
        return False
    a.name_start, a.start = (a.name_start if a.name_start >= 0 else a.start), k
    _give_country(actors, a.norm["actor_id"], country)
    return True


APPOSED_ARTICLES = ("a", "an", "the")
APPOSED_LEAD = 2  # "a former", "a veteran"


def _demonym_apposed(doc: Doc, actors: list[Actor], a: Actor, country_of, titles: frozenset[str]) -> bool:
    """``Klaus Brenner, a German MEP in the EPP,``: a demonym and a title word right after the
    name's comma (an article and up to two lower-case words before them), in no mention."""
    k = a.end
    if k + 3 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in APPOSED_ARTICLES:
        return False
    k += 2
    while doc[k].is_lower and doc[k].pos_ == "ADJ" and k - a.end - 2 < APPOSED_LEAD and k + 2 < len(doc):
        k += 1
    demonym, title = doc[k], doc[k + 1]
    if not demonym.is_title or title.lower_.rstrip(".") not in titles or doc[k + 2].tag_ == "POS" or \
            any(b.start <= demonym.i < b.end or b.start <= title.i < b.end for b in actors):
        return False
    country = country_of(demonym.text, ("demonym",))
    if country is None:
        return False
    _give_country(actors, a.norm["actor_id"], country)
    return True


def _demonym_noun(doc: Doc, actors: list[Actor], i: int, country_of) -> None:
    """``the Belgian`` after ``Commission President Annelies Verbruggen``: that person, when she is
    the one person of no other country in this sentence and the one before."""
    a, word = actors[i], doc[actors[i].end - 1].text
    country = country_of(word, ("demonym",))
    if country is None or country_of(word + "s", ("plural",)) != country:
        return  # "the Chinese", "the Dutch": the people
    lo = previous_sentence_start(doc, a.start)
    fitting = {b.norm["actor_id"]: b for b in actors if b.norm["type"] == "person" and lo <= b.start
               and b.end <= a.start and b.norm.get("country") in (None, country)}
    if len(fitting) != 1:
        return  # "Dupont beat Watanabe. The Belgian said": which one is not said
    person = next(iter(fitting.values()))
    actors[i] = Actor(a.start, a.end, {**person.norm, "via": "coref"}, "rule:demonym-person", None, "person")
    _give_country(actors, person.norm["actor_id"], country)


def _give_country(actors: list[Actor], actor_id: str, country: str) -> None:
    """The person's mentions of no country, or of the focus's only, take ``country`` (and a role
    the title gave with the focus's country, that country's: ``GRCLEG`` -> ``NLDLEG``)."""
    for b in actors:
        norm = b.norm
        if norm["actor_id"] != actor_id or not _no_own_country(norm):
            continue
        old, role = norm.get("country"), norm.get("role")
        if old and role and role.startswith(old):
            role = country + role[len(old):]
        b.norm = {**norm, "country": country, "role": role}
        if old:
            del b.norm["country_source"]  # the focus's, now replaced


TITLE_GAP_POS = ("NOUN", "PROPN", "ADJ")  # "foreign policy chief", "Secretary-General"
TITLE_GAP_MAX = 4


def international_titled(doc: Doc, actors: list[Actor], body_of: Callable[[str], str | None],
                         bodies: frozenset[str]) -> None:
    """``OAS Secretary-General Luis Ramírez``, ``EU foreign policy chief Anna Berg``: a person
    titled after a body of many states (``bodies``: gazetteer ids of ``supranational-bodies``;
    ``body_of``: the gazetteer id of a name, or None) serves that body, not the country the story
    is about: no country in focus later (``country_source: international``). A person with a
    country of their own keeps it."""
    for a in actors:
        norm = a.norm
        if norm["type"] != "person" or norm["country"] or norm["in_gazetteer"] or "country_source" in norm:
            continue
        if titled_by_body(doc, a, body_of, bodies):
            a.norm = {**norm, "country_source": "international"}


def international_staff(doc: Doc, actors: list[Actor], bodies: frozenset[str]) -> None:
    """``A Commission spokesperson``, ``Two commission officials``: unnamed staff named after the
    word a body of many states goes by in the article (``the Commission``) serve that body, not the
    country in focus (``country_source: international``), unless the article also names another
    body of that word (``the Electoral Commission``: whose staff is not said), or names the same
    person otherwise (``Nigerian President X`` … ``ECOWAS chair``)."""
    heads = {h for h in (_body_head(doc, a, bodies) for a in actors) if h}
    if not heads:
        return
    others = {doc[a.end - 1].lower_ for a in actors
              if a.norm.get("actor_id") not in bodies and a.norm["type"] not in ("person", "group")}
    allowed = heads - others
    served = [(a, _staff_of(doc, a) in allowed) for a in actors]
    staff = {a.norm["actor_id"] for a, serves in served if serves and a.norm["type"] in ("person", "group")
             and not a.norm["in_gazetteer"]}
    staff -= {a.norm["actor_id"] for a, serves in served if not serves}  # "ECOWAS chair"
    for a in actors:
        if a.norm["actor_id"] in staff:
            a.norm = {**a.norm, "country": None, "country_source": "international"}


def _body_head(doc: Doc, a: Actor, bodies: frozenset[str]) -> str | None:
    """The one word a body of ``bodies`` goes by in a mention (``the Commission``); not the last word
    of a full name the article never uses alone (``European Union``: ``Union leaders`` are a union's)."""
    words = [t for t in doc[a.start:a.end] if t.pos_ != "DET"]
    return words[0].lower_ if a.norm.get("actor_id") in bodies and len(words) == 1 else None


def _staff_of(doc: Doc, a: Actor) -> str | None:
    """``A Commission spokesperson``: the body word after a determiner or number, before the
    lower-case staff noun that ends the span; None for any other span."""
    words = [t for t in doc[a.start:a.end] if t.pos_ not in ("DET", "NUM")]
    if len(words) != 2 or not words[1].is_lower or words[1].pos_ != "NOUN":
        return None
    return words[0].lower_


def titled_by_body(doc: Doc, a: Actor, body_of: Callable[[str], str | None], bodies: frozenset[str]) -> bool:
    """Is the person named with the title of a body of many states, in the span (``OAS
    Secretary-General X``) or just before it, only title words between (``EU foreign policy chief``
    + ``Anna Berg``)?"""
    return opens_with_body(doc, a, body_of, bodies) or any(
        _title_gap(doc, k, a.start) and _body_ends_at(doc, k, body_of, bodies)
        for k in range(a.start - 1, max(a.start - TITLE_GAP_MAX, 1) - 1, -1))


def opens_with_body(doc: Doc, a: Actor, body_of: Callable[[str], str | None], bodies: frozenset[str]) -> bool:
    """The person's span opens with the body's name, a title after it: ``OAS Secretary-General X``."""
    for k in range(a.start + 1, min(a.start + 4, a.end - 2) + 1):
        if body_of(doc[a.start:k].text) in bodies:
            return _title_gap(doc, k, a.end - 1)
    return False


def _body_ends_at(doc: Doc, k: int, body_of: Callable[[str], str | None], bodies: frozenset[str]) -> bool:
    """Does a body's name (one to three words, no line break after it) end just before token ``k``?"""
    return "\n" not in doc[k - 1].whitespace_ and \
        any(body_of(doc[j:k].text) in bodies for j in range(max(k - 3, 0), k))


def _title_gap(doc: Doc, start: int, end: int) -> bool:
    """Are ``doc[start:end]`` title words (nouns, adjectives, hyphens; no break, no verb), a noun last?"""
    words = doc[start:end]
    return len(words) > 0 and all(t.pos_ in TITLE_GAP_POS or t.text in ("-", "'s") for t in words) and \
        not any("\n" in t.whitespace_ for t in words) and words[-1].pos_ in ("NOUN", "PROPN")


IDENTITY = ("actor_id", "name", "type", "country", "role", "in_gazetteer")  # what an acting seat takes of a body


def seats_as_named_bodies(actors: list[Actor], stood: frozenset[str], bodies: frozenset[str]) -> None:
    """``Brussels`` acting (the EU: an id of ``stood``) in an article that names one body of
    ``bodies`` (the European Commission) and the EU no other way: that body; two bodies named, or
    the EU named too (``the bloc``, ``the EU``): unchanged."""
    seats = [a for a in actors if a.category == "metonym" and a.norm.get("actor_id") in stood]
    named = {a.norm["actor_id"]: a.norm for a in actors if a.norm.get("actor_id") in bodies}
    if not seats or len(named) != 1:
        return
    if any(a.category != "metonym" and a.norm.get("actor_id") == s.norm["actor_id"] for a in actors for s in seats):
        return
    body = next(iter(named.values()))
    for a in seats:
        a.norm = {**a.norm, **{k: body[k] for k in IDENTITY if k in body}}

