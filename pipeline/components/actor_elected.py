"""The elected successor, for ``claims_actors`` (``actor_elected.jsonl``).

- ``the president-elect`` (``the prime minister-elect``, ``the mayor-elect``): the one person the
  text titles ``President-elect`` (``Colombian President-elect Sofia Arango Mejia``), or else the one
  person it says was elected, chosen or sworn in as president (``parliament elected the army
  commander, Gen. Elias Maalouf, as president``; ``Ruiz was elected mayor``).
- ``his successor`` after an outgoing holder (``Outgoing President Ashwin Ramjiawan congratulated
  his successor``): that same one person, not ``<person id>-successor``.

Two such people or none: no ``-elect`` mention, and the successor keeps its own id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.components.gazetteer import ActorDictionaryError, word_list
from pipeline.ruledata import read_jsonl_rules

OBJECT_DEPS = ("dobj", "nsubjpass")  # "elected X as president", "X was elected president"


@dataclass(frozen=True)
class ElectRules:
    """The rows of ``actor_elected.jsonl`` (see its header)."""
    offices: tuple[str, ...]
    verbs: frozenset[str]
    successors: frozenset[str]
    outgoing: frozenset[str]


@lru_cache(maxsize=4)
def load_elect_rules(path: Path) -> ElectRules:
    rows = {row.get("id"): (row, f"{path}:{n}") for n, row in read_jsonl_rules(path, error=ActorDictionaryError,
                                                                             comments=True)}
    if set(rows) != {"elect-offices", "elect-successor"}:
        raise ActorDictionaryError(f"{path}: rows 'elect-offices' and 'elect-successor' are needed")
    offices, successor = rows["elect-offices"], rows["elect-successor"]
    return ElectRules(word_list(offices[0], "offices", offices[1]),
                      frozenset(word_list(offices[0], "verbs", offices[1])),
                      frozenset(word_list(successor[0], "nouns", successor[1])),
                      frozenset(word_list(successor[0], "outgoing", successor[1])))


@lru_cache(maxsize=4)
def _elect_pattern(offices: tuple[str, ...]) -> re.Pattern:
    """``the <office>-elect`` (a linear alternation of the offices)."""
    names = "|".join(r"[ \t]+".join(map(re.escape, o.split())) for o in sorted(offices, key=len, reverse=True))
    return re.compile(rf"\b(?i:the)[ \t]+(?i:(?P<office>{names}))-(?i:elect)\b")


def _people(actors: list[Actor]) -> list[Actor]:
    return [a for a in actors if a.norm.get("type") == "person" and a.norm.get("actor_id")]


def _titled(doc: Doc, actors: list[Actor], office: str) -> dict[str, dict]:
    """The people a mention titles ``<Office>-elect`` (``President-elect Sofia Arango Mejia``)."""
    title = f"{office}-elect "
    return {a.norm["actor_id"]: a.norm for a in _people(actors)
            if title in " ".join(doc[a.start:a.end].text.lower().split()) + " "
            and not doc[a.end - 1].text.lower().endswith("-elect")}


def _elected(doc: Doc, actors: list[Actor], office: str | None, rules: ElectRules) -> dict[str, dict]:
    """The people the text says were elected, chosen or sworn in as ``office`` (any office of the
    rules when None): the object or passive subject of a verb of the rules with an office noun among
    the verb's other words."""
    offices = (office,) if office else rules.offices
    people = _people(actors)
    found: dict[str, dict] = {}
    for verb in (t for t in doc if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in rules.verbs):
        objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        rest = " ".join(t.lower_ for c in verb.children if c.dep_ not in OBJECT_DEPS and c.i > verb.i
                        for t in c.subtree)
        if not objects or not any(re.search(rf"\b{re.escape(o)}\b", rest) for o in offices):
            continue
        for obj in objects:
            span = {t.i for t in obj.subtree}
            edge = obj.right_edge.i  # "the army commander, Gen. Elias Maalouf, as president": the apposed name
            if edge + 2 < len(doc) and doc[edge + 1].text == ",":
                span.add(edge + 2)
            for a in people:
                if a.start in span and not doc[a.start:a.end].text.lower().endswith("-elect"):
                    found[a.norm["actor_id"]] = a.norm
    return found


def elected_one(doc: Doc, actors: list[Actor], office: str | None, rules: ElectRules) -> dict | None:
    """The norm of the one person titled ``<office>-elect``, or else of the one elected as it; None
    when two or none."""
    for found in ((_titled(doc, actors, office) if office else {}), _elected(doc, actors, office, rules)):
        if len(found) == 1:
            return next(iter(found.values()))
        if found:
            return None
    return None


def find_elect(doc: Doc, actors: list[Actor], taken: list[bool], rules: ElectRules) -> None:
    """Add ``the <office>-elect`` mentions of the one elected person (module doc); then give
    ``his successor`` of an outgoing holder that person's norm."""
    pattern = _elect_pattern(rules.offices)
    for m in pattern.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
        if span is None or any(taken[k] for k in range(span.start, span.end)):
            continue
        norm = elected_one(doc, actors, " ".join(m.group("office").lower().split()), rules)
        if norm is None:
            continue
        actors.append(Actor(span.start, span.end, {**norm, "via": "coref"}, "rule:elect-offices",
                            m.group("office").lower(), "elect"))
        for k in range(span.start, span.end):
            taken[k] = True
    _successors(doc, actors, rules)


def _successors(doc: Doc, actors: list[Actor], rules: ElectRules) -> None:
    """``his successor`` (``<owner id>-successor``) of an owner called outgoing: the one elected person."""
    for idx, a in enumerate(actors):
        noun = doc[a.end - 1].lower_
        owner = a.norm.get("actor_id", "")[:-len(noun) - 1]
        if a.category != "owned" or noun not in rules.successors or a.norm.get("actor_id") != f"{owner}-{noun}":
            continue
        if not _outgoing(doc, actors, owner, rules):
            continue
        norm = elected_one(doc, actors, None, rules)
        if norm is not None and norm["actor_id"] != owner:
            actors[idx] = Actor(a.start, a.end, {**norm, "via": "coref"}, "rule:elect-successor", a.head, a.category)


def _outgoing(doc: Doc, actors: list[Actor], owner: str, rules: ElectRules) -> bool:
    """Is a mention of ``owner`` led by a word of outgoing (``Outgoing President X``, ``the outgoing
    president, X``)?"""
    for a in actors:
        if a.norm.get("actor_id") != owner:
            continue
        words = {t.lower_ for t in doc[max(0, a.start - 3):a.end]}
        if words & rules.outgoing:
            return True
    return False
