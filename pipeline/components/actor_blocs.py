"""``the bloc``, ``the bureau`` after a body's members or parts, when the body itself was not named (issue 12).

``European Union leaders agreed … outside the bloc``; ``The European Commission, which must approve
… the bloc's fiscal rules``; ``F.B.I. agents interviewed … Justice and the bureau declined``: the
description rows (``desc-bloc``, ``desc-bureau``) find no antecedent, as the body itself was not
named, only a group of its people (made from the body's entry: origin ``rule:eu``, ``rule:fbi``) or
one of its parts. A row of ``actor_blocs.jsonl`` gives the noun (``bloc``) and either the body
(``body``, a gazetteer id) with its parts (``bodies``), or ``name_words``: any body whose entry's
name holds one of them (``Federal Bureau of Investigation``) evidenced by a group made from it.
``the <noun>`` (not ``the <noun> of …``, not ``a bloc``) names the one body so evidenced before it;
two evidenced: no guess.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, NamedTuple

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.ruledata import read_jsonl_rules


class BlocRow(NamedTuple):
    id: str
    noun: str  # "bloc"
    body: str = ""  # the body's gazetteer id (eu)
    bodies: frozenset[str] = frozenset()  # actor ids of its parts (european-commission)
    name_words: frozenset[str] = frozenset()  # any entry whose name holds one ("bureau")


def load_blocs(path: Path) -> list[BlocRow]:
    if not path.exists():
        return []
    return [BlocRow(r["id"], r["noun"], r.get("body", ""), frozenset(r.get("bodies", ())),
                    frozenset(r.get("name_words", ()))) for _, r in read_jsonl_rules(path)]


def find_bloc_descriptions(doc: Doc, actors: list[Actor], taken: list[bool], rows: list[BlocRow],
                           norm_of: Callable[[str], dict | None], name_of: Callable[[str], str]) -> None:
    """Add ``the <noun>`` (the determiner and the noun) for the one body evidenced before it."""
    nouns = {r.noun for r in rows}
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.lower_ != "the" or nxt.lower_ not in nouns or taken[tok.i] or taken[nxt.i]:
            continue
        if tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "of":
            continue  # "the bloc of 30 lawmakers": a voting bloc
        found = {b for r in rows if r.noun == nxt.lower_ for a in actors if a.end <= tok.i
                 for b in [_evidenced(a, r, name_of)] if b}
        norm = norm_of(next(iter(found))) if len(found) == 1 else None
        if norm is None:
            continue
        actors.append(Actor(tok.i, tok.i + 2, {**norm, "via": "coref"}, "rule:body-members", nxt.lower_, "description"))
        taken[tok.i] = taken[nxt.i] = True


def _evidenced(a: Actor, row: BlocRow, name_of: Callable[[str], str]) -> str:
    """The body ``a`` evidences for ``row`` (its id), else ""."""
    if row.body:
        own = a.norm.get("actor_id") == row.body or a.norm.get("actor_id") in row.bodies or a.origin == f"rule:{row.body}"
        return row.body if own else ""
    if a.norm.get("type") != "group" or not a.origin.startswith("rule:"):
        return ""
    entry = a.origin[len("rule:"):]
    return entry if set(name_of(entry).lower().split()) & row.name_words else ""
