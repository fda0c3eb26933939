"""``the guild`` after ``the Seattle Police Officers Guild``, ``the federation`` after ``the
Federation of Mining Workers``: a definite description whose head noun no row of
``actor_descriptions.jsonl`` knows names the one body named before whose own name is headed by
that noun (its last word, or the word before its first ``of``), when its modifiers are words of
that name too (``the mining federation``). Two such bodies before it: no guess; none: no mention
(``the guild`` before any guild is named). Only the head nouns of ``actor_name_heads.jsonl``
(not ``the plan`` after a headline's ``Vogel's Defence Borrowing Plan``), only bodies (not places,
states, people or crowds), and only names of two words or more (``Guild`` alone has no head)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipeline.components.actor_model import Actor
from pipeline.components.gazetteer import RULES, ActorDictionaryError
from pipeline.ruledata import read_jsonl_rules

BODY_TYPES = frozenset({"organization", "government", "legislature", "media", "military"})


@lru_cache(maxsize=4)
def body_heads(path: Path = RULES / "actor_name_heads.jsonl") -> frozenset[str]:
    """The head nouns of the rows of ``actor_name_heads.jsonl`` (none when the file is missing)."""
    if not path.is_file():
        return frozenset()
    out: set[str] = set()
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True):
        nouns = row.get("nouns")
        if not isinstance(nouns, list) or not nouns or not all(isinstance(n, str) and n.islower() for n in nouns):
            raise ActorDictionaryError(f"{path}:{lineno} ({row['id']}): 'nouns' must be a list of lower-case words")
        out.update(nouns)
    return frozenset(out)


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
    if not words or words[-1] not in body_heads():
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
