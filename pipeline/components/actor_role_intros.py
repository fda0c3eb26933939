"""Role descriptions of people that an article introduces with the role.

- ``WGRT anchor Carla Dunmore, who moderated,``: a relative clause right after a person's name
  (or after an apposition to it: ``X, the Ohio Republican who chairs the panel,``) whose verb is
  one of ``actor_role_verbs.jsonl`` gives the person that row's noun, so that a later ``the
  moderator`` / ``the chairman`` names her (:func:`note_role_verbs`).
- ``the New Hampshire senator``, ``the Ohio governor``: a place and a role noun after ``the`` name
  the one person the article calls so (:meth:`Person.nouns`), or, with several, the one person
  named in a sentence that names the place too; none or two: no guess (:func:`place_role_member`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from spacy.tokens import Doc

from pipeline.components.actor_model import PLACE_TYPES, Actor
from pipeline.components.actor_people import Person
from pipeline.components.gazetteer import ActorDictionaryError, Title
from pipeline.components.token_scan import doc_text
from pipeline.ruledata import read_jsonl_rules


class RoleVerb(NamedTuple):
    id: str
    verbs: tuple[tuple[str, ...], ...]  # each verb form as its words
    noun: str


def load_role_verbs(path: Path) -> list[RoleVerb]:
    """The rows of ``actor_role_verbs.jsonl`` (none when the file is missing)."""
    if not path.is_file():
        return []
    out = []
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True):
        verbs, noun = row.get("verbs"), row.get("noun")
        if not isinstance(verbs, list) or not verbs or not isinstance(noun, str) or not noun.islower():
            raise ActorDictionaryError(f"{path}:{lineno} ({row['id']}): needs 'verbs' and a lower-case 'noun'")
        out.append(RoleVerb(row["id"], tuple(tuple(v.lower().split()) for v in verbs), noun))
    return out


APPOSED_WHO_REACH = 8  # words of "the South Carolina Republican" between the comma and "who"


def note_role_verbs(doc: Doc, people: list[Person], rows: list[RoleVerb]) -> None:
    """``X, who moderated,``, ``X, the Ohio Republican who chairs the panel,``: the row's noun
    describes the person of the mention before the comma."""
    starts = {m.actor.start for p in people for m in p.mentions}
    for person in people:
        for m in person.mentions:
            k = _who_after(doc, m.actor.end, starts)
            if k is None:
                continue
            words = [t.lower_ for t in doc[k + 1:k + 3]]
            row = next((r for r in rows for v in r.verbs if tuple(words[:len(v)]) == v), None)
            if row is not None:
                person.described.add(row.noun)


def _who_after(doc: Doc, end: int, starts: set[int]) -> int | None:
    """The ``who`` of a clause about the name ending at ``end``: right after its comma, or after
    a definite or indefinite apposition (``, the Ohio Republican who``) that holds no punctuation,
    no other person's name, no preposition, conjunction or second article (``the nephew of the man
    who``, ``a friend of the woman who``: the clause is about another noun) within
    :data:`APPOSED_WHO_REACH` words; else None."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    if doc[end + 1].lower_ == "who":
        return end + 1
    if doc[end + 1].lower_ not in ("the", "a", "an"):
        return None
    for k in range(end + 2, min(end + 2 + APPOSED_WHO_REACH, len(doc))):
        if doc[k].lower_ == "who":
            return k
        if doc[k].is_punct or k in starts or doc[k].pos_ in ("ADP", "CCONJ", "DET"):
            return None
    return None


def place_role_member(doc: Doc, the: int, actors: list[Actor], people: list[Person],
                      titles: dict[str, Title], taken: list[bool], shared: frozenset[str] = frozenset()) -> bool:
    """``the New Hampshire senator``: the one person called ``senator`` (module doc); the mention
    takes the place's words too (``shared``: nouns a place has several of, no pick among two).
    True when it made the mention."""
    place = next((a for a in actors if a.start == the + 1 and a.norm["type"] in PLACE_TYPES), None)
    if place is None or place.end + 1 >= len(doc) or any(taken[place.end:place.end + 1]):
        return False
    noun = doc[place.end]
    if not noun.is_lower or noun.pos_ != "NOUN" or doc[place.end + 1].pos_ in ("NOUN", "PROPN"):
        return False  # "the Ohio state senator": not the head; "the Ohio senator Jane Doe": a naming
    person = _one_holder(doc, noun.lower_, place, people, titles, actors, noun.lower_ in shared)
    if person is None:
        return False
    for a in [a for a in actors if the <= a.start and a.end <= place.end + 1]:
        actors.remove(a)
    norm = {**person.mentions[0].actor.norm, "via": "coref"}
    actors.append(Actor(the, place.end + 1, norm, "rule:place-role", noun.lower_, "description"))  # the place picked it: no rival
    for k in range(the, place.end + 1):
        taken[k] = True
    return True


def _one_holder(doc: Doc, noun: str, place: Actor, people: list[Person], titles: dict[str, Title],
                actors: list[Actor], shared: bool = False) -> Person | None:
    """The one person called ``noun``; of several, the one named in a sentence naming ``place``
    (none when the place has several such seats, ``shared``: Ohio's two senators)."""
    fits = [p for p in people if p.mentions and noun in p.nouns(titles)
            and _home_place(doc, p) in (None, doc[place.start:place.end].text.lower())]
    if len(fits) > 1 and shared:
        return None
    if len(fits) > 1:
        sents = {doc[a.start].sent.start for a in actors if a.norm["actor_id"] == place.norm["actor_id"]
                 and a is not place}
        fits = [p for p in fits if any(doc[m.actor.start].sent.start in sents for m in p.mentions)]
    return fits[0] if len(fits) == 1 else None


def _home_place(doc: Doc, person: Person) -> str | None:
    """The words of the place after ``of`` right after one of the person's names (``Sen. Jane Roe
    of Ohio``: ``ohio``; a run of title-case proper nouns, lower case), or of a party-place tag
    (``Sen. Jane Roe (D-Ohio)``, ``Rep. Al Poe, R-Texas,``: ``ohio``, ``texas``), else None."""
    for m in person.mentions:
        k = m.actor.end
        tagged = _party_tag_place(doc_text(doc)[doc[k - 1].idx + len(doc[k - 1]):doc[k - 1].idx + len(doc[k - 1]) + 40])
        if tagged:
            return tagged
        if k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].pos_ == "PROPN" and doc[k + 1].is_title:
            end = k + 1
            while end < len(doc) and end - k <= 3 and doc[end].pos_ == "PROPN" and doc[end].is_title:
                end += 1
            return " ".join(t.lower_ for t in doc[k + 1:end])
    return None


PARTY_TAG = re.compile(r"[ \t]?[(,][ \t]?[DRI][ \t]?[-–][ \t]?([A-Z][A-Za-z.]{1,15}(?: [A-Z][A-Za-z.]{1,15})?)[ \t]?[),]")


def _party_tag_place(after: str) -> str | None:
    """``(D-Ohio)``, ``, R-Texas,``, ``(D-New York)`` right after a name: the place, lower case
    (``N.Y.`` kept as written)."""
    found = PARTY_TAG.match(after)
    return found.group(1).lower() if found else None


LEAD_PARAGRAPHS = 4  # headline, standfirst, lede: where an article may name a role before the person
_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


def introduced_later(doc: Doc, the: int, phrase: str, people: list[Person],
                     titles: dict[str, Title]) -> dict | None:
    """``The New Hampshire senator says …`` / ``the moderator warned …`` in the lead before the
    article names ``Sen. Margaret Haldane`` / ``moderator Carla Dunmore``: the one person the
    article calls so, named only after the description; two, or a description past the lead: None."""
    if len(_BREAK.findall(doc_text(doc), 0, doc[the].idx)) >= LEAD_PARAGRAPHS:
        return None
    fits = [p for p in people if p.mentions and phrase in p.nouns(titles)]
    if len(fits) != 1 or min((m.actor.start for m in fits[0].mentions if m.key.first is not None or
                              not _in_headline(doc, m.actor.start)), default=-1) <= the:
        return None  # a surname in the headline ("Lindell Turns Her Fire …") introduces no one
    return {**fits[0].mentions[0].actor.norm, "via": "coref"}


def _in_headline(doc: Doc, i: int) -> bool:
    """Is token ``i`` in the text's first paragraph, a line with no final stop (a headline)?"""
    text = doc_text(doc)
    first = _BREAK.search(text)
    end = first.start() if first else len(text)
    return doc[i].idx < end and not text[:end].rstrip().endswith((".", "!", "?", "\"", "”"))


BODY_TYPES = ("organization", "media", "government", "legislature", "military")


def org_role_members(doc: Doc, actors: list[Actor], taken: list[bool], people: list[Person],
                     titles: dict[str, Title]) -> None:
    """``Pallatek CEO says …`` (no name after it) when the article names ``Jerome Aldana,
    Pallatek's chief executive``: the role words after a body's name are the one person called so
    (a title's words count as its nouns: ``CEO`` is ``chief executive``) who is named in a sentence
    that names the body too; the body keeps its own mention. Two such people, or none: nothing."""
    for body in [a for a in actors if a.norm["type"] in BODY_TYPES]:
        found = _role_words_after(doc, body.end, taken, titles)
        if found is None:
            continue
        end, nouns = found
        person = _body_person(doc, body, nouns, actors, people, titles)
        if person is not None:
            norm = {**person.mentions[0].actor.norm, "via": "coref"}
            actors.append(Actor(body.end, end, norm, "rule:org-role", doc[end - 1].lower_, "description"))
            for k in range(body.end, end):
                taken[k] = True


def _role_words_after(doc: Doc, k: int, taken: list[bool], titles: dict[str, Title]) -> tuple[int, set[str]] | None:
    """The end of the role words (one or two) at token ``k`` and the nouns they mean, when no
    name follows them (``Pallatek CEO Jerome Aldana`` is a naming); else None."""
    for size in (2, 1):
        end = k + size
        if end > len(doc) or any(taken[k:end]) or (end < len(doc) and (doc[end].pos_ == "NOUN" or
                                                                       doc[end].pos_ == "PROPN" and doc[end].is_title)):
            continue  # "Pallatek CEO Jerome Aldana": a naming; "the Pallatek CEO job": a modifier
        phrase = " ".join(t.lower_ for t in doc[k:end])
        nouns = {n for t in titles.values() if phrase in t.words or phrase in t.nouns for n in (*t.nouns, phrase)}
        if nouns and all(t.pos_ in ("NOUN", "PROPN") for t in doc[k:end]):
            return end, nouns
    return None


def _body_person(doc: Doc, body: Actor, nouns: set[str], actors: list[Actor], people: list[Person],
                 titles: dict[str, Title]) -> Person | None:
    """The one person called one of ``nouns`` and named next to another mention of the body
    (``Vantrel's chief executive``, ``Vantrel CEO Marit Solberg``, ``chief executive of Vantrel``)."""
    bid = body.norm["actor_id"]
    near = {a.norm["actor_id"] for b in actors if b.norm["actor_id"] == bid and b is not body for a in actors
            if a.norm["type"] == "person" and (0 <= a.start - b.end <= NEAR or 0 <= b.start - a.end <= NEAR)}
    fits = [p for p in people if p.mentions and p.nouns(titles) & nouns and p.mentions[0].actor.norm["actor_id"] in near]
    return fits[0] if len(fits) == 1 else None


NEAR = 2  # tokens between a body's name and its officer's mention: "'s", "of", "CEO"
