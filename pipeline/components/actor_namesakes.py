"""Places named after people are no person actors, for ``claims_actors`` (``actor_namesakes.jsonl``;
issue 12, no phantoms).

The last pass drops a name mention (never a description) that names a place called after someone:

- a person's name inside a place's name: ``Heydar Aliyev International Airport``, ``the John F.
  Kennedy Center``, ``Ronald Reagan Washington National Airport``: a person mention followed, after
  at most two title-case words and no verb, by a title-case ``named-place-heads`` word (``Airport``,
  ``Street``, ``Bridge``, ``University``) the name is a compound of is part of the place's name,
  not the person (a title-case headline's ``Trump Signs Airport Funding Bill`` is); so is a
  name of three words or more the model ran to such a word that is no surname (``Ronald Reagan
  Building``, ``named-place-tails``: not ``Hall``, ``Park``);
- an electoral seat, in a text that speaks of seats (a ``seat-nouns`` word, not ``her board
  seat``): a person or a place no dictionary knows after ``the seat of`` (``held his own seat of
  Dickson``) or ``the member for`` (not ``a board member for``), apposed to a seat (``Menzies, the
  eastern Melbourne seat``, which counts with no mention there too), after ``including`` in a list
  of seats (``five seats, including Griffith``) or, when no longer name of the text ends in it
  (``Robert Menzies``), the object of a ``seat-verbs`` verb (``Labor regained Bass``, ``held
  Curtin``). Every other one-word mention of that word goes too (``Coalition loses Menzies`` in the
  headline) unless a title, a person noun in apposition or a speech verb marks it a person
  (``Hughes, a backbencher who has held the seat since 2010, said``); the person a seat is named
  after (``Robert Menzies``, ``John Bradfield``) stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, drop_names
from pipeline.components.gazetteer import load_word_rows

_EMPTY = frozenset()
PLACE_REACH = 2  # title-case words between a person's name and its place's head ("International")
APPOSED_REACH = 6  # words of an apposition before its seat noun ("the eastern Melbourne seat")
VERB_LIKE_TAGS = ("VBZ", "VBD", "NNS", "NNPS")  # a title-case headline's verb ("Signs", "Visits": NNPS, NNS)
LIST_REACH = 8  # words between a seat noun and "including" ("five lower-house seats, including")


@dataclass(frozen=True)
class NamesakeWords:
    """The word lists of ``actor_namesakes.jsonl`` (one field per row id, ``-`` read as ``_``)."""
    named_place_heads: frozenset[str] = _EMPTY
    named_place_tails: frozenset[str] = _EMPTY
    seat_nouns: frozenset[str] = _EMPTY
    seat_verbs: frozenset[str] = _EMPTY
    seat_holder_nouns: frozenset[str] = _EMPTY
    context_holder_nouns: frozenset[str] = _EMPTY
    non_seat_modifiers: frozenset[str] = _EMPTY
    seat_person_nouns: frozenset[str] = _EMPTY


def load_namesake_words(path: Path) -> NamesakeWords:
    """The rows of ``actor_namesakes.jsonl`` (empty lists when an older rules folder lacks it)."""
    return load_word_rows(path, NamesakeWords)


def drop_namesakes(doc: Doc, actors: list[Actor], words: NamesakeWords, person_words: frozenset[str] = _EMPTY,
                   speech_verbs: frozenset[str] = _EMPTY) -> None:
    """Drop the name mentions of the module doc's families: ``person_words`` (titles, role nouns) and
    ``speech_verbs`` (lemmas) mark a person, whom a seat's name elsewhere in the text leaves alone."""
    seats, places = seat_words(doc, actors, words)
    marks = person_words | words.seat_person_nouns
    drop_names(actors, lambda a: in_place_name(doc, a, words.named_place_heads, words.named_place_tails) or
               a.start in places or (a.end - a.start == 1 and doc[a.start].text in seats and _may_be_seat(a) and
                                     not _marked_person(doc, a.start, marks, speech_verbs)))


def _marked_person(doc: Doc, i: int, marks: frozenset[str], speech_verbs: frozenset[str]) -> bool:
    """Does something mark the one-word name at ``i`` as a person: a title before it (``Senator``), a
    person noun in apposition (``Hughes, a backbencher``, ``Watson, the Greens senator``) or a speech
    verb it is the subject of (``Hughes said``)?"""
    tok = doc[i]
    if i >= 1 and not doc[i - 1].is_stop and doc[i - 1].lower_.rstrip(".") in marks:
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in speech_verbs:
        return True
    return _apposed_noun(doc, i, lambda k: not doc[k].is_stop and doc[k].lower_ in marks)


def in_place_name(doc: Doc, a: Actor, heads: frozenset[str], tails: frozenset[str]) -> bool:
    """Is the person mention ``a`` followed by a place's head (``Aliyev`` + ``International
    Airport``), with only title-case words and no verb between and the name a compound of the head
    or right before it (not ``Trump Signs Airport Funding Bill``), or a name of three words or more that the model ran
    to one of ``tails``, a place's head that is no surname (``Ronald Reagan Building``)?"""
    if a.norm.get("type") != "person":
        return False
    last = doc[a.end - 1]
    if a.end - a.start > 2 and last.is_title and last.lower_ in tails and not doc[a.end - 2].is_lower:
        return True  # a surname after a lower-case particle is no place's head: "Pieter van Dam"
    for k in range(a.end, min(a.end + PLACE_REACH + 1, len(doc))):
        tok = doc[k]
        if not tok.is_title or "\n" in doc[k - 1].whitespace_:
            return False
        if tok.lower_ in heads:
            return k == a.end or _compound_of(last, tok)
        if tok.pos_ in ("VERB", "AUX") or tok.tag_ in VERB_LIKE_TAGS:
            return False
    return False


def _compound_of(tok, head) -> bool:
    """Does ``tok`` reach ``head`` through a chain of compounds (``Aliyev`` > ``Airport``)?"""
    while tok.dep_ == "compound" and tok.i < head.i:
        tok = tok.head
    return tok.i == head.i


def seat_words(doc: Doc, actors: list[Actor], words: NamesakeWords) -> tuple[set[str], set[int]]:
    """The words the text uses as an electoral seat's name (module doc) and the starts of the mentions
    that name a seat there; none in a text that speaks of no seat. A name apposed to a seat
    (``lost Menzies, the eastern Melbourne seat``) counts with no mention there too."""
    if not words.seat_nouns or not any(_seat_noun(doc, k, words) for k in range(len(doc))):
        return set(), set()
    longer = {doc[a.end - 1].text for a in actors if a.end - a.start > 1}
    found, places = set(), set()
    for a in actors:
        if a.category != "description" and a.end - a.start == 1 and doc[a.start].is_title and \
                (_may_be_seat(a) and _names_seat(doc, a.start, words, doc[a.start].text not in longer) or
                 _seat_of(doc, a, words)):
            found.add(doc[a.start].text)
            places.add(a.start)
    covered = {k for a in actors for k in range(a.start, a.end)}
    found.update(t.text for t in doc if t.i not in covered and t.is_title and t.pos_ == "PROPN" and
                 _apposed_seat(doc, t.i, words))
    return found, places


def _seat_noun(doc: Doc, k: int, words: NamesakeWords) -> bool:
    """Is the word at ``k`` an electoral seat's noun (``seat``, not ``her board seat``)?"""
    return doc[k].lower_ in words.seat_nouns and not (k >= 1 and doc[k - 1].lower_ in words.non_seat_modifiers)


def _seat_of(doc: Doc, a: Actor, words: NamesakeWords) -> bool:
    """``the seat of Hughes``: a seat whatever type the model gave it, but a known entry or a state
    (``the seat of Washington``)."""
    i = a.start
    return i >= 2 and doc[i - 1].lower_ == "of" and _seat_noun(doc, i - 2, words) and \
        not a.norm.get("in_gazetteer") and a.norm.get("type") != "state"


def _may_be_seat(a: Actor) -> bool:
    """May the mention be a seat: a person (``Menzies``), or a place no dictionary knows
    (``Curtin``); never a state, a known place or a body (``take Britain out``, ``won Pennsylvania``,
    ``keep Jamaat out``, ``a board member for Microsoft``)."""
    kind = a.norm.get("type")
    return kind == "person" or kind == "location" and not a.norm.get("in_gazetteer")


def _names_seat(doc: Doc, i: int, words: NamesakeWords, alone: bool) -> bool:
    """Is the one-word name at ``i`` a seat: ``the seat of X``, ``the MP for X``, ``X, the … seat``, ``seats,
    including X``, or (``alone``: no longer name ends in it) ``regained X``?"""
    if _held_seat(doc, i, words):
        return True
    if i >= 1 and doc[i - 1].lower_ == "including":
        return any(_seat_noun(doc, k, words) for k in range(max(i - 1 - LIST_REACH, 0), i - 1))
    if _apposed_seat(doc, i, words):
        return True
    tok = doc[i]
    return alone and tok.dep_ == "dobj" and tok.head.lemma_ in words.seat_verbs


def _held_seat(doc: Doc, i: int, words: NamesakeWords) -> bool:
    """``the seat of X``, ``the teal MP for X``, ``the member for X`` (not ``a board member for X``)."""
    if i < 2:
        return False
    if doc[i - 1].lower_ == "of":
        return _seat_noun(doc, i - 2, words)
    holder = doc[i - 2]
    if doc[i - 1].lower_ != "for" or holder.lower_ not in words.seat_holder_nouns:
        return False
    return holder.lower_ not in words.context_holder_nouns or not (
        i >= 3 and (doc[i - 3].pos_ == "NOUN" or doc[i - 3].lower_ in words.non_seat_modifiers))


def _apposed_seat(doc: Doc, i: int, words: NamesakeWords) -> bool:
    """``Menzies, the eastern Melbourne seat``: an apposition (:func:`_apposed_noun`) to a seat noun."""
    return _apposed_noun(doc, i, lambda k: _seat_noun(doc, k, words))


def _apposed_noun(doc: Doc, i: int, is_noun) -> bool:
    """A comma after ``i``, ``the`` or ``a``, then a noun that ``is_noun`` takes within :data:`APPOSED_REACH`
    words with no punctuation, verb or preposition before it (``Menzies, the eastern Melbourne seat``)."""
    if i + 3 >= len(doc) or doc[i + 1].text != "," or doc[i + 2].lower_ not in ("the", "a", "an"):
        return False
    for k in range(i + 3, min(i + 3 + APPOSED_REACH, len(doc))):
        if is_noun(k):
            return True
        if doc[k].is_punct and doc[k].text != "-" or doc[k].pos_ in ("VERB", "AUX", "ADP"):
            return False
    return False
