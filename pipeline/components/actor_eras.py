"""A description of an office or a government in another era than the present one: ``the previous
administration``, ``the ousted government``, ``the new president``, ``the incoming finance minister``.

The description read without its era word names the present holder or government (``the
president``: the office's holder; ``the administration``: the government in focus); with it, it
names someone else. Such a description gets an id of its own, made of the country, the era and the
office (``usa-previous-administration``, ``vnm-new-president``), so that it merges neither with the
present holder nor with ``the outgoing president`` (the present one, leaving). ``successor-words``
(new, incoming, next) mark a future holder of a person's office only: ``the new government`` is
most often the one just formed, the present one, and stays as it was; ``predecessor-words``
(previous, ousted) mark a past holder or government of either kind. A person the text names with
the words (``X, the new president,``; ``The new finance minister will be X``) is found before this.
``new`` most often means the holder who just took office, so a successor word makes an id of its
own only when the text names a present holder of the office (``the outgoing president``,
``present-holder-words``, or a person it named before) and nobody in the text takes that office
(``sworn in as Canada's prime minister``, ``office-taking-verbs`` with the office words after them);
``the new president of the Constitutional Court`` is another body's post, no national office
(:func:`another_body_post`). Not done: the person who took the office (``the new prime minister``
after ``X was sworn in as prime minister`` stays the office's holder, not X); ``the last
government``, which a new government's minister uses for the outgoing one.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.components.gazetteer import slugify

ERA_TYPES = {"successor": ("person",), "predecessor": ("person", "government")}


class EraWords(NamedTuple):
    successor: frozenset[str] = frozenset()  # "new", "incoming": a future holder of a person's office
    predecessor: frozenset[str] = frozenset()  # "previous", "ousted": a past holder or government
    present: frozenset[str] = frozenset()  # "outgoing", "incumbent": the office's present holder
    taking: frozenset[str] = frozenset()  # lemmas "swear", "elect": someone takes the office


class EraText(NamedTuple):
    doc: Doc
    head: int  # the description's head token


TAKING_REACH = 8  # tokens from "sworn" to the office words in "sworn in as Canada's prime minister"
BODY_KINDS = ("state", "location", "government")  # "the new president of Niger": the country's office


def era_word(words: list[str], eras: EraWords) -> tuple[str, str] | None:
    """``(kind, word)`` of the first era word among the description's modifiers ``words[:-1]``."""
    for w in words[:-1]:
        if w in eras.predecessor:
            return "predecessor", w
        if w in eras.successor:
            return "successor", w
    return None


def era_norm(base: dict | None, words: list[str], eras: EraWords, text: EraText | None = None) -> dict | None:
    """The norm of a description in another era (``words``, its words after ``the``) whose words
    without the era word name ``base`` (the present holder or government): an id of its own for
    the country, era word and office; None when it has no era word or ``base`` is no person or
    government of a country, or (``text`` given) a successor word with no other present holder or
    with someone taking the office in the text (:func:`new_is_future`): then the caller keeps ``base``."""
    found = era_word(words, eras)
    if found is None or base is None or base.get("type") not in ERA_TYPES[found[0]] or not base.get("country"):
        return None
    kind, word = found
    office = [w for w in words if w != word]
    if kind == "successor" and text is not None and not new_is_future(base, office, eras, text):
        return None
    era = "new" if kind == "successor" else "previous"
    country = base["country"]
    return {**base, "actor_id": f"{country.lower()}-{era}-{slugify(' '.join(office))}",
            "name": f"{country} {era} {' '.join(office)}", "in_gazetteer": False, "via": "coref"}


def is_previous_holder_id(actor_id: str) -> bool:
    """Is ``actor_id`` the id :func:`era_norm` gives a past holder no one names (``mdg-previous-president``)?"""
    return "-previous-" in actor_id  # (the id's form is made just above)


def new_is_future(base: dict, office: list[str], eras: EraWords, text: EraText) -> bool:
    """Does ``the new <office>`` name a future holder: the text names a present holder (``base``
    found in the text, or ``the outgoing <office>``) and nobody in it takes the office (``sworn in
    as Canada's prime minister``: the new one is that holder, present now)?"""
    doc, n = text.doc, len(office)
    present = base.get("via") != "office" or any(
        doc[k].lower_ in eras.present and [t.lower_ for t in doc[k + 1:k + 1 + n]] == office for k in range(len(doc)))
    return present and not any(_takes_office(doc, k, office, text.head) for k in range(len(doc))
                               if doc[k].lemma_.lower() in eras.taking)


def _takes_office(doc: Doc, k: int, office: list[str], head: int) -> bool:
    """Do the office words follow the verb at ``k`` within :data:`TAKING_REACH` tokens of its
    sentence, other than the description's own (``to elect the new prime minister``: a future one)?"""
    end, n = min(k + 1 + TAKING_REACH, doc[k].sent.end), len(office)
    return any([t.lower_ for t in doc[j:j + n]] == office and j + n - 1 != head for j in range(k + 1, end - n + 1))


def another_body_post(doc: Doc, head: int, actors: list[Actor]) -> bool:
    """``the new president of the Constitutional Court``: an ``of`` after the head and an actor right
    after it (past ``the``) that is no country nor its government (``of Niger`` names the country's
    office; a court of type government does not)."""
    if head + 2 >= len(doc) or doc[head + 1].lower_ != "of":
        return False
    start = head + 3 if doc[head + 2].lower_ == "the" else head + 2
    return any(a.start in (head + 2, start) and not _national(a.norm) for a in actors)


def _national(norm: dict) -> bool:
    """A country or its government itself (``ESPGOV``), not a court or ministry of type government."""
    kind = norm.get("type")
    return kind in BODY_KINDS and (kind != "government" or norm.get("actor_id") == norm.get("role"))
