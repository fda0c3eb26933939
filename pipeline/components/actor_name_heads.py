"""``the guild`` after ``the Seattle Police Officers Guild``, ``the federation`` after ``the
Federation of Mining Workers``: a definite description whose head noun no row of
``actor_descriptions.jsonl`` knows names the one body named before whose own name is headed by
that noun (its last word, or the word before its first ``of``), when its modifiers are words of
that name too (``the mining federation``). Two such bodies before it: no guess; none: no mention
(``the guild`` before any guild is named). Only bodies (not places, states, people or crowds),
and only names of two words or more (a one-word name is no head noun: ``Guild`` alone)."""

from __future__ import annotations

from pipeline.components.actor_model import Actor

BODY_TYPES = frozenset({"organization", "government", "legislature", "media", "military"})


def name_head(name: str) -> tuple[str, set[str]]:
    """The head noun of a body's name and all its words, lower case (``Federation of Mining
    Workers``: federation; ``Seattle Police Officers Guild``: guild); ``""`` for a one-word name."""
    words = [w for w in name.lower().replace("’", "'").split() if w != "the"]
    if len(words) < 2:
        return "", set(words)
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head, set(words)


def name_headed(words: list[str], the: int, actors: list[Actor]) -> dict | None:
    """The norm of the one body named before token ``the`` whose name ``the <words>`` fits
    (module doc), marked ``via: coref``; None when none or two fit."""
    if not words or not words[-1].isalpha():
        return None
    noun, mods = words[-1], set(words[:-1])
    fits = {}
    for a in actors:
        if a.end > the or a.norm["type"] not in BODY_TYPES or a.category == "group":
            continue
        head, name = name_head(a.norm.get("name") or "")
        if head == noun and mods <= name:
            fits.setdefault(a.norm["actor_id"], a)
    if len(fits) != 1:
        return None
    return {**next(iter(fits.values())).norm, "via": "coref"}
