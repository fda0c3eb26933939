"""``The department`` after ``the Ministry of Justice``: a description no row of
``actor_descriptions.jsonl`` resolves names the one body named before whose name holds a synonym
of its noun (``actor_desc_synonyms.jsonl``); two such bodies, or an earlier body the noun's own
row fits (a Department): no guess."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from pipeline.components.actor_model import Actor
from pipeline.components.gazetteer import RULES, ActorDictionaryError, Description
from pipeline.ruledata import read_jsonl_rules

SYNONYMS_PATH = RULES / "actor_desc_synonyms.jsonl"


@dataclass(frozen=True)
class Synonym:
    """One row of ``actor_desc_synonyms.jsonl``."""
    id: str
    noun: str
    name_words: frozenset[str]
    types: frozenset[str]


@lru_cache(maxsize=4)
def load_synonyms(path: Path = SYNONYMS_PATH) -> tuple[Synonym, ...]:
    """The rows (none when the file is missing)."""
    if not path.is_file():
        return ()
    out = []
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True):
        noun, words, types = row.get("noun"), row.get("name_words"), row.get("types", [])
        if not isinstance(noun, str) or not isinstance(words, list) or not words or not isinstance(types, list):
            raise ActorDictionaryError(f"{path}:{lineno}: needs 'noun' (a string), 'name_words' and 'types' (lists)")
        out.append(Synonym(row["id"], noun.lower(), frozenset(w.lower() for w in words),
                           frozenset(types)))
    return tuple(out)


def synonym_body(words: list[str], the: int, actors: list[Actor], descriptions: list[Description],
                 fits: Callable[[Actor, Description], bool]) -> dict | None:
    """The norm of the one earlier body a synonym row gives ``the <words>`` (``fits``: the
    description test of ``actor_groups``), else None."""
    phrase = " ".join(words)
    rows = [r for r in load_synonyms() if r.noun == phrase]
    if not rows:
        return None
    earlier = [a for a in actors if a.end <= the]
    own = [d for d in descriptions if phrase in d.nouns]
    if any(fits(a, d) for a in earlier for d in own):
        return None  # "the department" after a Department: its own row's business
    found = {a.norm["actor_id"]: a for a in earlier for r in rows
             if (not r.types or a.norm.get("type") in r.types)
             and r.name_words & set((a.norm.get("name") or "").lower().split())}
    return {**next(iter(found.values())).norm, "via": "coref"} if len(found) == 1 else None
