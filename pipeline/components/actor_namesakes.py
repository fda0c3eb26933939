"""Places named after people are no person actors, for ``claims_actors`` (``actor_namesakes.jsonl``;
issue 12, no phantoms).

The last pass drops a name mention (never a description) that names a place called after someone:

- a person's name inside a place's name: ``Heydar Aliyev International Airport``, ``the John F.
  Kennedy Center``, ``Ronald Reagan Washington National Airport``: a person mention followed, after
  at most two title-case words, by a title-case ``named-place-heads`` word (``Airport``,
  ``Street``, ``Bridge``, ``University``) is part of the place's name, not the person; so is a
  name of three words or more the model ran to such a word that is no surname (``Ronald Reagan
  Building``, ``named-place-tails``: not ``Hall``, ``Park``);
- an electoral seat, in a text that speaks of seats (a ``seat-nouns`` word): a name after ``the
  seat of`` (``held his own seat of Dickson``), apposed to a seat (``Menzies, the eastern Melbourne
  seat``), after ``including`` in a list of seats (``five seats, including Griffith``) or, when no
  longer name of the text ends in it (``Robert Menzies``), the object of a ``seat-verbs`` verb
  (``Labor regained Bass``, ``held Curtin``). Every other one-word mention of that word goes too
  (``Coalition loses Menzies`` in the headline); the person it is named after (``Robert Menzies``,
  ``John Bradfield``) stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.components.gazetteer import ActorDictionaryError
from pipeline.ruledata import read_jsonl_rules

_EMPTY = frozenset()
PLACE_REACH = 2  # title-case words between a person's name and its place's head ("International")
APPOSED_REACH = 6  # words of an apposition before its seat noun ("the eastern Melbourne seat")
LIST_REACH = 8  # words between a seat noun and "including" ("five lower-house seats, including")


@dataclass(frozen=True)
class NamesakeWords:
    """The word lists of ``actor_namesakes.jsonl`` (one field per row id, ``-`` read as ``_``)."""
    named_place_heads: frozenset[str] = _EMPTY
    named_place_tails: frozenset[str] = _EMPTY
    seat_nouns: frozenset[str] = _EMPTY
    seat_verbs: frozenset[str] = _EMPTY
    seat_holder_nouns: frozenset[str] = _EMPTY


def load_namesake_words(path: Path) -> NamesakeWords:
    """The rows of ``actor_namesakes.jsonl`` (empty lists when an older rules folder lacks it)."""
    if not path.is_file():
        return NamesakeWords()
    fields = set(NamesakeWords.__dataclass_fields__)
    lists = {}
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError):
        name = row["id"].replace("-", "_")
        if name not in fields or not isinstance(row.get("words"), list):
            raise ActorDictionaryError(f"{path}:{lineno}: unknown row id or no 'words' list: {row['id']!r}")
        lists[name] = frozenset(str(w) for w in row["words"])
    return NamesakeWords(**lists)


def drop_namesakes(doc: Doc, actors: list[Actor], words: NamesakeWords) -> None:
    """Drop the name mentions of the module doc's families."""
    seats = seat_words(doc, actors, words)
    for a in list(actors):
        if a.category == "description":
            continue
        if in_place_name(doc, a, words.named_place_heads, words.named_place_tails) or \
                (a.end - a.start == 1 and doc[a.start].text in seats and a.norm.get("type") != "state"):
            actors.remove(a)


def in_place_name(doc: Doc, a: Actor, heads: frozenset[str], tails: frozenset[str]) -> bool:
    """Is the person mention ``a`` followed by a place's head (``Aliyev`` + ``International
    Airport``), with only title-case words between, or a name of three words or more that the
    model ran to one of ``tails``, a place's head that is no surname (``Ronald Reagan Building``)?"""
    if a.norm.get("type") != "person":
        return False
    last = doc[a.end - 1]
    if a.end - a.start > 2 and last.is_title and last.lower_ in tails:
        return True
    for k in range(a.end, min(a.end + PLACE_REACH + 1, len(doc))):
        tok = doc[k]
        if not tok.is_title or "\n" in doc[k - 1].whitespace_:
            return False
        if tok.lower_ in heads:
            return True
    return False


def seat_words(doc: Doc, actors: list[Actor], words: NamesakeWords) -> set[str]:
    """The words the text uses as an electoral seat's name (module doc); none in a text that
    speaks of no seat."""
    if not words.seat_nouns or not any(t.lower_ in words.seat_nouns for t in doc):
        return set()
    longer = {doc[a.end - 1].text for a in actors if a.end - a.start > 1}
    found = set()
    for a in actors:
        if a.category != "description" and a.end - a.start == 1 and doc[a.start].is_title and \
                (_may_be_seat(a) and _names_seat(doc, a.start, words, doc[a.start].text not in longer) or
                 _held_seat(doc, a.start, words)):
            found.add(doc[a.start].text)
    return found


def _may_be_seat(a: Actor) -> bool:
    """May the mention be a seat: a person (``Menzies``), or a place no dictionary knows
    (``Curtin``); never a state, a known place or a body (``take Britain out``, ``won Pennsylvania``,
    ``keep Jamaat out``)."""
    kind = a.norm.get("type")
    return kind == "person" or kind == "location" and not a.norm.get("in_gazetteer")


def _names_seat(doc: Doc, i: int, words: NamesakeWords, alone: bool) -> bool:
    """Is the one-word name at ``i`` a seat: ``the seat of X``, ``the MP for X``, ``X, the … seat``, ``seats,
    including X``, or (``alone``: no longer name ends in it) ``regained X``?"""
    if _held_seat(doc, i, words):
        return True
    if i >= 1 and doc[i - 1].lower_ == "including":
        return any(t.lower_ in words.seat_nouns for t in doc[max(i - 1 - LIST_REACH, 0):i - 1])
    if _apposed_seat(doc, i, words.seat_nouns):
        return True
    tok = doc[i]
    return alone and tok.dep_ == "dobj" and tok.head.lemma_ in words.seat_verbs


def _held_seat(doc: Doc, i: int, words: NamesakeWords) -> bool:
    """``the seat of X``, ``the teal MP for X``: a seat whatever the model took it for."""
    return i >= 2 and (doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in words.seat_nouns or
                       doc[i - 1].lower_ == "for" and doc[i - 2].lower_ in words.seat_holder_nouns)


def _apposed_seat(doc: Doc, i: int, nouns: frozenset[str]) -> bool:
    """``Menzies, the eastern Melbourne seat``: a comma, ``the`` or ``a``, then a seat noun within
    :data:`APPOSED_REACH` words with no punctuation or verb before it."""
    if i + 3 >= len(doc) or doc[i + 1].text != "," or doc[i + 2].lower_ not in ("the", "a"):
        return False
    for k in range(i + 3, min(i + 3 + APPOSED_REACH, len(doc))):
        if doc[k].lower_ in nouns:
            return True
        if doc[k].is_punct and doc[k].text != "-" or doc[k].pos_ in ("VERB", "AUX"):
            return False
    return False
