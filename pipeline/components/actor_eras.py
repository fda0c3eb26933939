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
Not done: ``the new president`` after ``X was elected president`` (X); ``the last government``,
which a new government's minister uses for the outgoing one.
"""

from __future__ import annotations

from typing import NamedTuple

from pipeline.components.gazetteer import slugify

ERA_TYPES = {"successor": ("person",), "predecessor": ("person", "government")}


class EraWords(NamedTuple):
    successor: frozenset[str] = frozenset()  # "new", "incoming": a future holder of a person's office
    predecessor: frozenset[str] = frozenset()  # "previous", "ousted": a past holder or government


def era_word(words: list[str], eras: EraWords) -> tuple[str, str] | None:
    """``(kind, word)`` of the first era word among the description's modifiers ``words[:-1]``."""
    for w in words[:-1]:
        if w in eras.predecessor:
            return "predecessor", w
        if w in eras.successor:
            return "successor", w
    return None


def era_norm(base: dict | None, words: list[str], eras: EraWords) -> dict | None:
    """The norm of a description in another era (``words``, its words after ``the``) whose words
    without the era word name ``base`` (the present holder or government): an id of its own for
    the country, era word and office; None when it has no era word or ``base`` is no person or
    government of a country (then the caller keeps ``base``)."""
    found = era_word(words, eras)
    if found is None or base is None or base.get("type") not in ERA_TYPES[found[0]] or not base.get("country"):
        return None
    kind, word = found
    office = [w for w in words if w != word]
    era = "new" if kind == "successor" else "previous"
    country = base["country"]
    return {**base, "actor_id": f"{country.lower()}-{era}-{slugify(' '.join(office))}",
            "name": f"{country} {era} {' '.join(office)}", "in_gazetteer": False, "via": "coref"}
