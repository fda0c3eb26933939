"""``the bloc``, ``the bureau`` after a body's members or parts, when the body itself was not named (issue 12).

``European Union leaders agreed … outside the bloc``; ``The European Commission, which must approve
… the bloc's fiscal rules``; ``F.B.I. agents interviewed … Justice and the bureau declined``: the
description rows (``desc-bloc``, ``desc-bureau``) find no antecedent, as the body itself was not
named, only a group of its people (made from the body's entry: origin ``rule:eu``, ``rule:fbi``) or
one of its parts. A row of ``actor_blocs.jsonl`` gives the noun (``bloc``) and either the body
(``body``, a gazetteer id) with its parts (``bodies``), or ``name_words``: any body whose entry's
name holds one of them (``Federal Bureau of Investigation``) evidenced by a group made from it.
``the <noun>`` (not ``the <noun> of …``, not ``a bloc``) names the one body so evidenced before it,
in the paragraph of the evidence or the :data:`PARAGRAPHS_ON` after it; two evidenced: no guess.
A row with ``rival_modifiers`` (a union of states) also refuses when another bloc of the text stands
between the evidence and ``the bloc`` (``the opposition bloc``, ``a voting bloc``: one of those
words just before the noun); one with ``groups_block`` when a group or people actor of a country not
evidencing the body is a subject between them (``Democrats fear that Latino voters are drifting away, and the
bloc``: a voting bloc; ``to screen migrants outside the bloc`` is no subject, ``Analysts said the
bloc`` no group of a country) (review 16.7).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, NamedTuple

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.components.actor_name_heads import paragraphs_between
from pipeline.ruledata import read_jsonl_rules


class BlocRow(NamedTuple):
    id: str
    noun: str  # "bloc"
    body: str = ""  # the body's gazetteer id (eu)
    bodies: frozenset[str] = frozenset()  # actor ids of its parts (european-commission)
    name_words: frozenset[str] = frozenset()  # any entry whose name holds one ("bureau")
    rival_modifiers: frozenset[str] = frozenset()  # "opposition" of "the opposition bloc": another bloc
    groups_block: bool = False  # a nearer group or people actor refuses


SUBJECTS = ("nsubj", "nsubjpass")  # a group that acts between (Latino voters are drifting), not one acted on
PARAGRAPHS_ON = 2  # review 16.7: the evidence's paragraph or the next two


def load_blocs(path: Path) -> list[BlocRow]:
    if not path.exists():
        return []
    return [BlocRow(r["id"], r["noun"], r.get("body", ""), frozenset(r.get("bodies", ())),
                    frozenset(r.get("name_words", ())), frozenset(r.get("rival_modifiers", ())),
                    bool(r.get("groups_block"))) for _, r in read_jsonl_rules(path)]


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
        found = {b: (a, r) for r in rows if r.noun == nxt.lower_
                 for a in sorted(actors, key=lambda x: x.start) if a.end <= tok.i
                 for b in [_evidenced(a, r, name_of)] if b}  # the last evidence of each body
        if len(found) != 1 or _refused(doc, tok.i, actors, *next(iter(found.values())), name_of):
            continue
        norm = norm_of(next(iter(found)))
        if norm is None:
            continue
        actors.append(Actor(tok.i, tok.i + 2, {**norm, "via": "coref"}, "rule:body-members", nxt.lower_, "description"))
        taken[tok.i] = taken[nxt.i] = True


def _refused(doc: Doc, the: int, actors: list[Actor], last: Actor, row: BlocRow,
             name_of: Callable[[str], str]) -> bool:
    """Is ``the bloc`` at token ``the`` too far from the body's last evidence ``last``, or does
    another bloc or (``groups_block``) a group not of the body stand between them?"""
    if paragraphs_between(doc, last.end - 1, the) > PARAGRAPHS_ON:
        return True
    if any(doc[k].lower_ == row.noun and doc[k - 1].lower_ in row.rival_modifiers for k in range(last.end, the)):
        return True
    return row.groups_block and any(
        last.end <= a.start and a.end <= the and a.norm.get("type") in ("group", "people")
        and a.norm.get("country") and doc[a.end - 1].dep_ in SUBJECTS and not _evidenced(a, row, name_of)
        for a in actors)


def _evidenced(a: Actor, row: BlocRow, name_of: Callable[[str], str]) -> str:
    """The body ``a`` evidences for ``row`` (its id), else ""."""
    if row.body:
        own = a.norm.get("actor_id") == row.body or a.norm.get("actor_id") in row.bodies or a.origin == f"rule:{row.body}"
        return row.body if own else ""
    if a.norm.get("type") != "group" or not a.origin.startswith("rule:"):
        return ""
    entry = a.origin[len("rule:"):]
    return entry if set(name_of(entry).lower().split()) & row.name_words else ""
