"""``The head of state`` after ``the president``: a description that names the holder of another
office of the country (``actor_office_synonyms.jsonl``) is the one person the article named or
described with one of those offices before it (``President X``, a resolved ``the president``), of
the country in focus when there is one. Two such people, or none: None (no guess, and no mention)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from pipeline.components.actor_model import Actor
from pipeline.components.gazetteer import RULES, ActorDictionaryError
from pipeline.ruledata import read_jsonl_rules

OFFICE_SYNONYMS_PATH = RULES / "actor_office_synonyms.jsonl"


@dataclass(frozen=True)
class OfficeSynonym:
    """One row of ``actor_office_synonyms.jsonl``."""
    id: str
    phrase: str
    offices: frozenset[str]


@lru_cache(maxsize=4)
def load_office_synonyms(path: Path = OFFICE_SYNONYMS_PATH) -> dict[str, OfficeSynonym]:
    """The rows by their phrase (none when the file is missing)."""
    if not path.is_file():
        return {}
    out = {}
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True):
        phrase, offices = row.get("phrase"), row.get("offices")
        if not isinstance(phrase, str) or not phrase.strip() or not isinstance(offices, list) or not offices \
                or not all(isinstance(o, str) and o for o in offices):
            raise ActorDictionaryError(f"{path}:{lineno}: needs 'phrase' (a string) and 'offices' (a list of strings)")
        out[phrase.lower()] = OfficeSynonym(row["id"], phrase.lower(), frozenset(o.lower() for o in offices))
    return out


def synonym_holder(the: int, row: OfficeSynonym, actors: Iterable[Actor], titled: Callable[[str], list[dict]],
                   focus: str | None) -> dict | None:
    """The norm of the one person ``row`` names before token ``the``: a description of one of its
    offices resolved to a person (``the president`` -> ``sle-president``), or a person ``titled``
    with one (``titled(office)``: the norms of the people who fit ``the <office>``), of the country
    in focus when there is one; else None."""
    found = {}
    for a in actors:
        if a.end <= the and a.category == "description" and a.head in row.offices and a.norm.get("type") == "person":
            found[a.norm["actor_id"]] = a.norm
    for office in sorted(row.offices):
        for norm in titled(office):
            found[norm["actor_id"]] = norm
    home = {k: n for k, n in found.items() if focus is None or n.get("country") in (focus, None)}
    if len(home) != 1:
        return None
    return {**next(iter(home.values())), "via": "coref"}
