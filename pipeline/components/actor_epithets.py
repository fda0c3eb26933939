"""Epithets: ``the 61-year-old``, ``the former diplomat``, ``the father of six``, ``the Conservative MSP``.

News writers name a person once and then vary the reference with a definite description that tells
something about them, often something new: ``Morag MacInnes, a crofter, … "…," said the
61-year-old``. When no earlier step found whom such a description names (an apposition, a title,
an office), one of these shapes names a person introduced just before it:

* an age, ``the <N>-year-old`` (a noun may follow: ``the 61-year-old crofter``): the one person the
  text gave that age (``Morag MacInnes, 61,``), else the salient person (below), unless the text
  gave that person another age;
* a past post, ``the former|retired|onetime … <noun>`` (``epithet-past-words``), the noun a title's
  or one of ``epithet-nouns``: the salient person;
* a count of children, ``the father|mother of <number>`` (``epithet-male-kin``,
  ``epithet-female-kin``): the salient person, unless a title or kin word gave them the other gender;
* a label, ``the <Capitalized words> <noun>`` (``the Conservative MSP``): the one person named
  before with all those words before the name (``Scottish Conservative transport spokesman Graham
  Lockhart``).

The salient person: in the nearest sentence before the description (in its paragraph or the one
before) that names a person outside quotation marks, the only person named there, else the only
one that is a subject there. Two people, or none: no guess. A description that introduces someone
(``a 34-year-old teacher``) is no epithet: only ``the`` opens one.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc

from pipeline.components.actor_kin import inside_quote
from pipeline.components.actor_model import Actor
from pipeline.components.actor_name_heads import paragraphs_between
from pipeline.components.actor_people import Person
from pipeline.components.gazetteer import Title

_AGE = re.compile(r"^(\d{1,3})-year-old$")
SUBJECTS = ("nsubj", "nsubjpass")
REACH = 6  # tokens of an epithet after "the"


class EpithetWords(NamedTuple):
    past: frozenset[str]  # "former", "retired"
    nouns: frozenset[str]  # person nouns a past post may end with ("diplomat"), besides titles'
    kin: dict[str, str]  # "father" -> "male"
    counts: frozenset[str]  # "two" … "twelve": a number word after "of"
    roles: frozenset[str] = frozenset()  # "victim", "girl": an age's noun that only a description allows
    same_posts: dict[str, frozenset[str]] = {}  # "diplomat" -> {"foreign service", "ambassador"}


class Epithet(NamedTuple):
    end: int  # token after the epithet
    kind: str  # age | past | kin | label
    value: str = ""  # the age; the kin noun; the label's words


def find_epithet(doc: Doc, the: int, words: EpithetWords, title_nouns: frozenset[str]) -> Epithet | None:
    """The epithet that opens at ``doc[the]`` (a ``the`` no earlier step took), else None."""
    if doc[the].lower_ != "the" or the + 1 >= len(doc):
        return None
    return _age(doc, the, words, title_nouns) or _kin(doc, the, words) or _past(doc, the, words, title_nouns) or \
        _label(doc, the, words, title_nouns)


def _age(doc: Doc, the: int, words: EpithetWords, title_nouns: frozenset[str]) -> Epithet | None:
    """``the 61-year-old`` (one token or ``61 - year - old`` with no space), a lower-case person
    noun may follow (``the 61-year-old crofter``, ``the 29-year-old victim``: the value is then
    ``61 crofter``); not ``the 61-year-olds``, nor a thing (``the 40-year-old law``)."""
    age = age_at(doc, the + 1)
    if age is None:
        return None
    end, value = age
    if end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower and doc[end].tag_ == "NN":
        if doc[end].lower_ not in title_nouns | words.nouns | words.roles:
            return None  # "the 40-year-old law": no person
        value, end = f"{value} {doc[end].lower_}", end + 1
    return Epithet(end, "age", value) if _ends_description(doc, end) else None


def age_at(doc: Doc, start: int) -> tuple[int, str] | None:
    """An age written from ``doc[start]`` (``61-year-old``: one token, or ``61 - year - old`` with
    no space between): the token after it and the years; None when there is none."""
    text = ""
    for k in range(start, min(start + 5, len(doc))):
        text += doc[k].text
        found = _AGE.match(text)
        if found is not None:
            return k + 1, found.group(1)
        if doc[k].whitespace_:
            return None
    return None


def _kin(doc: Doc, the: int, words: EpithetWords) -> Epithet | None:
    """``the father of six``, ``the mother of two``."""
    noun = doc[the + 1]
    if noun.lower_ not in words.kin or the + 3 >= len(doc) or doc[the + 2].lower_ != "of":
        return None
    count = doc[the + 3]
    if not (count.like_num and count.lower_ in words.counts | {str(n) for n in range(1, 20)}):
        return None
    return Epithet(the + 4, "kin", noun.lower_) if _ends_description(doc, the + 4) else None


def _past(doc: Doc, the: int, words: EpithetWords, title_nouns: frozenset[str]) -> Epithet | None:
    """``the former diplomat``, ``the former state Senate minority leader``: a past word, then
    modifiers, then a person noun that ends the phrase."""
    if doc[the + 1].lower_ not in words.past:
        return None
    for head in range(the + 2, min(the + 1 + REACH, len(doc))):
        tok = doc[head]
        if tok.is_punct or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
        if tok.is_lower and tok.lower_ in title_nouns | words.nouns and _ends_description(doc, head + 1):
            return Epithet(head + 1, "past")
    return None


def _label(doc: Doc, the: int, words: EpithetWords, title_nouns: frozenset[str]) -> Epithet | None:
    """``the Conservative MSP``, ``the Labour councillor``: capitalized words, then a person noun."""
    label = []
    for k in range(the + 1, min(the + 4, len(doc))):
        tok = doc[k]
        if label and tok.lower_ in title_nouns | words.nouns and _ends_description(doc, k + 1):
            return Epithet(k + 1, "label", " ".join(label))
        if not tok.is_title or tok.pos_ not in ("PROPN", "ADJ"):
            return None
        label.append(tok.lower_)
    return None


def _ends_description(doc: Doc, end: int) -> bool:
    """Nothing after the words makes them part of a longer name or phrase (``the former diplomat
    Hal Dempsey``: a title; ``the 61-year-old's``; ``the U.N. secretary-general``: a hyphen goes on)."""
    if end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
        return False
    return end >= len(doc) or doc[end].pos_ not in ("PROPN", "NOUN", "PART") and doc[end].tag_ != "POS"


def epithet_person(doc: Doc, the: int, epithet: Epithet, people: list[Person], words: EpithetWords,
                   titles: dict[str, Title]) -> Person | None:
    """The person the epithet at ``the`` names, else None (two fit, or none, or the one named
    before does not fit the words)."""
    if epithet.kind == "label":
        return _labelled(doc, the, epithet.value.split(), people)
    age, _, noun = epithet.value.partition(" ") if epithet.kind == "age" else ("", "", "")
    aged = _aged(doc, the, people) if age else {}
    given = [p for p in people if age and aged.get(id(p)) == age]
    person = given[0] if len(given) == 1 else salient_person(doc, the, people)
    if person is None or aged.get(id(person), age) != age:
        return None  # "Gul Rahman, 45," is no 61-year-old
    return person if _fits(doc, the, epithet, person, noun, words, titles) else None


def _fits(doc: Doc, the: int, epithet: Epithet, person: Person, noun: str, words: EpithetWords,
          titles: dict[str, Title]) -> bool:
    """Do the epithet's words fit the person named before? A count of children: the subject of
    their sentence (``Police questioned X.``: not the mother who speaks), of no other gender. A past
    post: one the person was described with, else (nothing said of them) the speaker named right
    after a quotation. An age's person noun: not another post; a role (``victim``) only if said."""
    if epithet.kind == "kin":
        return person.gender in (None, words.kin[epithet.value]) and _was_subject(doc, the, person)
    if epithet.kind == "past":
        known = _post_known(doc, person, doc[epithet.end - 1].lower_, words, titles)
        return known is True or known is None and _after_quote(doc, the)
    if noun:
        known = _post_known(doc, person, noun, words, titles)
        return known is True or known is None and noun not in words.roles
    return True


def _post_known(doc: Doc, person: Person, head: str, words: EpithetWords, titles: dict[str, Title]) -> bool | None:
    """True: the person was named or described with the noun ``head`` or words of the same post
    (``a retired Foreign Service officer``: a diplomat); False: with a title (``Sen.``) or a past
    post (``a retired teacher``) that is another; None: neither."""
    if head in person.nouns(titles) or _described_as(doc, person, words.same_posts.get(head, frozenset())):
        return True
    if person.titles or any(set(d.split()) & words.past for d in person.described):
        return False
    return None


def _described_as(doc: Doc, person: Person, phrases: frozenset[str]) -> bool:
    """Does a phrase stand among the words around one of the person's mentions in its sentence?"""
    for m in person.mentions:
        sent = doc[m.actor.start].sent
        near = " " + " ".join(t.lower_ for t in doc[max(sent.start, m.actor.start - 6):min(sent.end, m.actor.end + 12)]) + " "
        if any(f" {p} " in near for p in phrases):
            return True
    return False


def _was_subject(doc: Doc, the: int, person: Person) -> bool:
    """Was the person's last mention before the sentence of ``the`` the subject of a verb?"""
    own = doc[the].sent.start
    before = [m.actor for m in person.mentions if m.actor.end <= own]
    return bool(before) and _subject(doc, max(before, key=lambda a: a.start))


_AFTER_QUOTE = re.compile(r'[,.?!\u2026]["\u201d\u2019] +(?:[a-z]+ +)?$')


def _after_quote(doc: Doc, the: int) -> bool:
    """Does ``the`` follow a closed quotation (``"…," said the`` or ``"…," the``)?"""
    start = doc[the].idx
    return _AFTER_QUOTE.search(doc.text[max(0, start - 30):start]) is not None


def _aged(doc: Doc, before: int, people: list[Person]) -> dict[int, str]:
    """The age the text gave each person (by ``id``) before ``before`` (``Morag MacInnes, 61,``)."""
    out: dict[int, str] = {}
    for p in people:
        for m in p.mentions:
            end = m.actor.end
            if end + 2 < len(doc) and end + 1 < before and doc[end].text == "," and doc[end + 1].like_num \
                    and doc[end + 1].text.isdigit() and doc[end + 2].text in (",", ".", ";"):
                out[id(p)] = doc[end + 1].text
    return out


def _labelled(doc: Doc, the: int, label: list[str], people: list[Person]) -> Person | None:
    """The one person named before ``the`` with every word of ``label`` just before the name."""
    fits = []
    for p in people:
        for m in p.mentions:
            lo = max(doc[m.actor.start].sent.start, m.actor.start - 5)
            before = {t.lower_ for t in doc[lo:m.name_start]}
            if m.actor.end <= the and set(label) <= before:
                fits.append(p)
                break
    return fits[0] if len(fits) == 1 else None


def salient_person(doc: Doc, the: int, people: list[Person]) -> Person | None:
    """In the nearest sentence before the one of ``the`` that names a person outside quotation
    marks, within this paragraph and the one before: the only person named there, else the only one
    that is the subject of a verb there; else None. Not the sentence of ``the`` itself: ``Sen. X,
    an ally of the former president,`` is about someone else."""
    own = doc[the].sent.start
    named = [(p, m.actor) for p in people for m in p.mentions
             if m.actor.end <= own and paragraphs_between(doc, m.actor.start, the) <= 1
             and not inside_quote(doc, m.actor.start)]
    if not named:
        return None
    last = max(named, key=lambda pa: pa[1].start)[1]
    sent = doc[last.start].sent
    here = [(p, a) for p, a in named if sent.start <= a.start < sent.end]
    ids = {id(p): p for p, _ in here}
    if len(ids) == 1:
        return next(iter(ids.values()))
    subjects = {id(p): p for p, a in here if _subject(doc, a)}
    return next(iter(subjects.values())) if len(subjects) == 1 else None


def _subject(doc: Doc, a: Actor) -> bool:
    """Is the mention (or the name it stands in apposition to or is joined to by ``and``) the
    subject of a verb?"""
    root = doc[a.start:a.end].root
    while root.dep_ in ("appos", "conj"):
        root = root.head
    return root.dep_ in SUBJECTS
