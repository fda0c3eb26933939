"""Place names inside people's names (issue 12): ``President Marcos Albuquerque Lima`` is no
Albuquerque (a US city) nor Lima (Peru's capital, its government as a metonym); ``Santiago
Paredes`` is no Chilean capital. A place the model or a dictionary found right after a person's
name, of which it is the syntactic head (``… Albuquerque Lima said``, ``Albuquerque Lima's
cabinet``), continues that name; a lone word that is a word of a person's name the document
gives in full (``Albuquerque`` after ``President Marcos Albuquerque``) is that person, unless a
preposition makes it a place (``flew to Lima``). Such words then vote for no country (the focus
of the story), make no government (``Lima's cabinet``) and give the person no country."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, make_norm
from pipeline.components.gazetteer import RULES, ActorDictionaryError, slugify
from pipeline.components.token_scan import doc_text
from pipeline.ruledata import read_jsonl_rules

NAME_PLACES_PATH = RULES / "actor_name_places.jsonl"

_PLACE_OR_CAPITAL_TYPES = ("location", "government")
_PLACE_CATEGORIES = ("location", "metonym", "city", "")


def _is_place(a: Actor) -> bool:
    """A place or a capital standing for its government, not a named body or a person."""
    return a.norm["type"] in _PLACE_OR_CAPITAL_TYPES and a.category in _PLACE_CATEGORIES or \
        a.norm["type"] == "location"


def _name_word(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return tok.is_alpha and tok.is_title and len(tok) > 1


def _continues(doc: Doc, person: Actor, place: Actor) -> bool:
    """The place's first word follows the person's name on the same line, with no punctuation
    between, the two words come together again elsewhere in the text, and the place heads the
    name's last word (``Albuquerque`` ← ``Lima``), or both lean on one head."""
    last, first = doc[person.end - 1], doc[place.start]
    if place.start != person.end or not _name_word(doc, person.end - 1) or not _name_word(doc, place.start):
        return False
    if "\n" in last.whitespace_ or not last.whitespace_:
        return False
    text, pair = doc_text(doc), f" {last.text} {first.text}"
    if text.find(pair, 0, last.idx) < 0 and text.find(pair, first.idx + len(first)) < 0:
        return False  # the joined name never comes back (a byline's "Tessier Ottawa and …")
    return last.head.i == first.i or (last.dep_ == "compound" and last.head.i == first.head.i == first.i + 1
                                      and doc[first.i + 1].tag_ == "POS")


def _extend(doc: Doc, person: Actor, place: Actor, taken: list[bool]) -> None:
    """The person's span takes the place's first word; the place (or ``Lima's cabinet``) goes."""
    person.end = place.start + 1
    name = doc[person.name_begin:person.end].text
    person.norm = {**person.norm, "actor_id": slugify(name), "name": name}
    taken[place.start] = True


def _person_words(doc: Doc, actors: list[Actor]) -> dict[str, Actor]:
    """Name words (title case, past any title) of people named by two words or more."""
    words: dict[str, Actor] = {}
    for a in actors:
        if a.norm["type"] == "person" and a.end - a.name_begin >= 2:
            for i in range(a.name_begin + 1, a.end):  # a given name is given_name_places' matter
                if _name_word(doc, i):
                    words.setdefault(doc[i].text, a)
    return words


def _after_preposition(doc: Doc, a: Actor) -> bool:
    """``in Lima``, ``to Albuquerque``: a place, unless a possessive follows (``in Lima's cabinet``)
    or the word leads a longer proper name (``in Albuquerque Lima's cabinet``)."""
    tok = doc[a.start]
    possessive = a.end < len(doc) and doc[a.end].tag_ == "POS"
    leads = tok.dep_ == "compound" and tok.head.i == a.end and tok.head.pos_ == "PROPN"
    return a.start > 0 and doc[a.start - 1].pos_ == "ADP" and not possessive and not leads


@lru_cache(maxsize=1)
def _person_possessions() -> frozenset[str]:
    """Nouns that after ``<word>'s`` belong to a person (``person-possessions``)."""
    out: set[str] = set()
    for lineno, row in read_jsonl_rules(NAME_PLACES_PATH, error=ActorDictionaryError, comments=True):
        if not isinstance(row.get("words"), list):
            raise ActorDictionaryError(f"{NAME_PLACES_PATH}:{lineno}: 'words' must be a list")
        out.update(w.lower() for w in row["words"])
    return frozenset(out)


def _beside_own_word(doc: Doc, i: int, person: Actor) -> bool:
    """Token ``i`` stands right before or after another word of ``person``'s name."""
    own = {doc[k].text for k in range(person.name_begin, person.end)} - {doc[i].text}
    before = i > 0 and doc[i - 1].text in own and bool(doc[i - 1].whitespace_)
    return before or i + 1 < len(doc) and doc[i + 1].text in own and bool(doc[i].whitespace_)


def _pair_recurs(doc: Doc, word: str, person: Actor) -> bool:
    """The word comes beside another word of the person's name twice or more in the text."""
    return sum(_beside_own_word(doc, t.i, person) for t in doc if t.text == word) >= 2


def _coordinated_with_place(doc: Doc, a: Actor, places: set[int]) -> bool:
    """``Beijing and Washington``: a conjunct of another place or government word."""
    tok = doc[a.start]
    near = [tok.head] if tok.dep_ == "conj" else []
    return any(t.i in places for t in near + [c for c in tok.children if c.dep_ == "conj"])


def _name_like(doc: Doc, a: Actor, person: Actor) -> bool:
    """A name-like position: beside another word of the person's name (``Houston Ferreira``), or
    ``'s`` + a person-only noun (``Houston's wife``) when the joined name recurs in the text."""
    i, j = a.start, a.end
    if _beside_own_word(doc, i, person):
        return True
    owned = j + 1 < len(doc) and doc[j].tag_ == "POS" and doc[j + 1].lower_ in _person_possessions()
    return owned and _pair_recurs(doc, doc[i].text, person)


def _lone_name(doc: Doc, a: Actor, words: dict[str, Actor], places: set[int]) -> bool:
    """A lone place word of a person's name in a name-like position, never a conjunct of a place
    (``Beijing and Washington``) nor after a preposition (``in Lima``)."""
    if not (_is_place(a) and a.end - a.start == 1 and doc[a.start].text in words):
        return False
    return not _after_preposition(doc, a) and not _coordinated_with_place(doc, a, places) and \
        _name_like(doc, a, words[doc[a.start].text])


def person_name_places(doc: Doc, actors: list[Actor], taken: list[bool]) -> None:
    """Lone place words that are a word of a person's full name become people; places that
    continue a person's name join it (``Albuquerque`` + ``Lima``)."""
    for _ in range(2):  # a lone word that became a person may be continued in turn (in Albuquerque Lima's cabinet)
        _lone_people(doc, actors, taken)
        _join_continuations(doc, actors, taken)


def _join_continuations(doc: Doc, actors: list[Actor], taken: list[bool]) -> None:
    """A place right after a person's name that continues it joins the person."""
    people = {a.end: a for a in actors if a.norm["type"] == "person" and not a.norm["in_gazetteer"]}
    for place in sorted((a for a in actors if a.norm["type"] in _PLACE_OR_CAPITAL_TYPES), key=lambda x: x.start):
        person = people.get(place.start)
        if person is not None and _continues(doc, person, place):
            _extend(doc, person, place, taken)
            actors.remove(place)


def _lone_people(doc: Doc, actors: list[Actor], taken: list[bool]) -> None:
    """A lone place word of a person's full name is a person; the name word before it that is
    no actor joins it (``Albuquerque Lima, who …``)."""
    words = _person_words(doc, actors)
    places = {i for p in actors if _is_place(p) for i in range(p.start, p.end)}
    for a in actors:
        if not _lone_name(doc, a, words, places):
            continue
        start = a.start
        if start > 0 and not taken[start - 1] and doc[start - 1].text in words and doc[start - 1].whitespace_ \
                and words[doc[start - 1].text] is words[doc[a.start].text]:
            start -= 1
            taken[start] = True
        text = doc[start:a.end].text
        a.start, a.norm = start, make_norm(slugify(text), text, "person", None, False, None, "ner")
        a.origin, a.category = "ner", "person"
