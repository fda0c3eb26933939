"""``The department`` after ``the Ministry of Justice``: a description no row of
``actor_descriptions.jsonl`` resolves names the one body named before whose name holds a synonym
of its noun (``actor_desc_synonyms.jsonl``); two such bodies, or an earlier body the noun's own
row fits (a Department): no guess. Only a bare noun (not ``the department of infectious
diseases``), within the body's paragraph or the :data:`PARAGRAPHS_BACK` after it, and with no other
of its kind written in between (``the fire department``, ``the Department of Health``: often no
actor, so the text is read)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.components.actor_name_heads import paragraphs_between
from pipeline.components.gazetteer import RULES, ActorDictionaryError, Description
from pipeline.ruledata import read_jsonl_rules

SYNONYMS_PATH = RULES / "actor_desc_synonyms.jsonl"
PARAGRAPHS_BACK = 3  # the paragraphs before the description's own that the body may be named in
#: the words before a noun that leave it bare (``the department``, not ``the fire department``)
_BARE_BEFORE = frozenset({"the", "that", "this"})


@dataclass(frozen=True)
class Synonym:
    """One row of ``actor_desc_synonyms.jsonl``."""
    id: str
    noun: str
    name_words: frozenset[str]
    types: frozenset[str]
    ids: frozenset[str] = frozenset()  # bodies of the kind whose names hold no such word (Ofwat)


@lru_cache(maxsize=4)
def load_synonyms(path: Path = SYNONYMS_PATH) -> tuple[Synonym, ...]:
    """The rows (none when the file is missing)."""
    if not path.is_file():
        return ()
    out = []
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True):
        noun, words, types, ids = row.get("noun"), row.get("name_words"), row.get("types", []), row.get("ids", [])
        if not isinstance(noun, str) or not isinstance(words, list) or not words or not isinstance(types, list) \
                or not isinstance(ids, list):
            raise ActorDictionaryError(f"{path}:{lineno}: needs 'noun' (a string), 'name_words' and 'types' (lists)"
                                       f" and, if any, 'ids' (a list)")
        out.append(Synonym(row["id"], noun.lower(), frozenset(w.lower() for w in words),
                           frozenset(types), frozenset(ids)))
    return tuple(out)


def synonym_body(doc: Doc, the: int, head: int, words: list[str], actors: list[Actor],
                 descriptions: list[Description], fits: Callable[[Actor, Description], bool]) -> dict | None:
    """The norm of the one earlier body a synonym row gives ``doc[the:head + 1]`` (``words``, lower
    case; ``fits``: the description test of ``actor_groups``), else None (module doc)."""
    phrase = " ".join(words)
    rows = [r for r in load_synonyms() if r.noun == phrase]
    if not rows or head + 1 < len(doc) and doc[head + 1].lower_ == "of":
        return None  # "the department of infectious diseases": a department of its own
    earlier = [a for a in actors if a.end <= the]
    own = [d for d in descriptions if phrase in d.nouns and not d.modified]
    if any(fits(a, d) for a in earlier for d in own):
        return None  # "the department" after a Department: its own row's business (a row that needs
        # a modifier, ``the fiscal watchdog``, resolves no bare noun: no business of it)
    named = any(t.is_title or t.is_upper for t in doc[the + 1:head])  # "the Amsterdam-based regulator"
    found = {a.norm["actor_id"]: a for a in earlier for r in rows if _synonym_fits(a, r, not named)}
    if len(found) != 1:
        return None
    last = max((a for a in earlier if a.norm["actor_id"] in found), key=lambda a: a.end)
    if paragraphs_between(doc, last.end - 1, the) > PARAGRAPHS_BACK or _other_between(doc, last.end, the, phrase):
        return None
    if not any(_synonym_fits(last, r, False) for r in rows) and _body_between(earlier, last):
        return None  # "The FDA … the European Medicines Agency … The regulator": known by id only, not the nearest
    return {**last.norm, "via": "coref"}


def _body_between(earlier: list[Actor], last: Actor) -> bool:
    """Is a government body other than ``last`` named after it (and before the description)?"""
    return any(a.start >= last.end and a.norm.get("type") == "government" and
               a.norm.get("actor_id") != last.norm.get("actor_id") for a in earlier)


def _synonym_fits(a: Actor, row: Synonym, by_id: bool = True) -> bool:
    """Is ``a`` a body of the row: one of its ``ids`` (Ofwat for ``the regulator``; not when
    ``by_id`` is false: a name or place before the noun, ``the Amsterdam-based regulator``, says
    which body, and an id the row lists may be another one's), or of its types with a word of
    ``name_words`` in its name (the Financial Conduct Authority)?"""
    if by_id and a.norm["actor_id"] in row.ids:
        return True
    return (not row.types or a.norm.get("type") in row.types) and \
        bool(row.name_words & set((a.norm.get("name") or "").lower().split()))


def _other_between(doc: Doc, start: int, end: int, noun: str) -> bool:
    """Is another ``noun`` written in ``doc[start:end]``: in a name (``Department``), with a
    modifier (``the fire department``) or a complement (``the department of health``)? A bare
    ``the department`` is a re-mention and no other."""
    for tok in doc[start:end]:
        if tok.lower_ != noun:
            continue
        bare = tok.text == noun and doc[tok.i - 1].lower_ in _BARE_BEFORE
        if not bare or tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            return True
    return False
