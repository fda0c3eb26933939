"""``the bloc`` after a union's bodies or members, when no union of states was named (issue 12).

``European Union leaders agreed … outside the bloc``; ``The European Commission, which must approve
… the bloc's fiscal rules``: the description rows (``desc-bloc``) find no antecedent, as the Union
itself was not named yet, only a group of its members (made from the Union's entry: origin
``rule:eu``) or one of its bodies. Rows of ``actor_blocs.jsonl`` tie a union (``bloc``, a gazetteer
id) to its bodies; the bare ``the bloc`` (not ``the bloc of …``, not ``a bloc``) names the one union
so evidenced before it. Two unions evidenced: no guess.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, NamedTuple

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.ruledata import read_jsonl_rules


class BlocRow(NamedTuple):
    id: str
    bloc: str  # the union's gazetteer id (eu)
    bodies: frozenset[str]  # actor ids of its bodies (european-commission)


def load_blocs(path: Path) -> list[BlocRow]:
    if not path.exists():
        return []
    return [BlocRow(r["id"], r["bloc"], frozenset(r.get("bodies", ()))) for _, r in read_jsonl_rules(path)]


def find_bloc_descriptions(doc: Doc, actors: list[Actor], taken: list[bool], rows: list[BlocRow],
                           norm_of: Callable[[str], dict | None]) -> None:
    """Add ``the bloc`` (the determiner and the noun) for the one union its bodies evidence before it."""
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.lower_ != "the" or nxt.lower_ != "bloc" or taken[tok.i] or taken[nxt.i]:
            continue
        if tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "of":
            continue  # "the bloc of 30 lawmakers": a voting bloc
        blocs = {r.bloc for r in rows for a in actors if a.end <= tok.i and _evidences(a, r)}
        norm = norm_of(next(iter(blocs))) if len(blocs) == 1 else None
        if norm is None:
            continue
        actors.append(Actor(tok.i, tok.i + 2, {**norm, "via": "coref"}, "rule:bloc-members", "bloc", "description"))
        taken[tok.i] = taken[nxt.i] = True


def _evidences(a: Actor, row: BlocRow) -> bool:
    """The union itself, one of its bodies, or a group made from its entry (``European Union leaders``)."""
    return a.norm.get("actor_id") == row.bloc or a.norm.get("actor_id") in row.bodies or a.origin == f"rule:{row.bloc}"
