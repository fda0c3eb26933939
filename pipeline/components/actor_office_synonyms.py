"""``The head of state`` after ``the president``: a description that names the holder of another
office of the country (``actor_office_synonyms.jsonl``) is the one person the article named or
described with one of those offices before it (``President X``, a resolved ``the president``), of
the country in focus when there is one. Two such people, or none: None (no guess, and no mention).
A row of a former holder (``former``: ``the former ruler``, ``the ex-ruler``) names the one person
titled former with one of its offices (``former president Ramon Ilustre``) or the one person a
description with one of its ``former_words`` named (``the former president``; an unnamed previous
holder, ``the ousted president`` read as ``mdg-previous-president``, leaves it unresolved); none named, its ``unnamed`` id: the unnamed former leader of the country in focus
(:func:`former_holder`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from spacy.tokens import Doc

from pipeline.components.actor_eras import is_previous_holder_id
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
    former: bool = False  # a former holder: only people titled or described as one fit
    former_words: frozenset[str] = frozenset()  # the words of a description of a former holder
    unnamed: str = ""  # none named: the id word of the unnamed former holder (``gmb-former-leader``)


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
        out[phrase.lower()] = OfficeSynonym(row["id"], phrase.lower(), frozenset(o.lower() for o in offices),
                                            bool(row.get("former")), frozenset(row.get("former_words", ())),
                                            str(row.get("unnamed", "")))
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


def former_holder(doc: Doc, the: int, row: OfficeSynonym, actors: Iterable[Actor],
                  titled_former: Callable[[str], list[dict]], focus: str | None) -> tuple[dict | None, bool]:
    """``the former ruler``: the norm of the one former holder of ``row``'s offices named before
    token ``the`` (a person ``titled_former`` with one, or a person a description holding one of
    ``former_words`` named), of the country in focus when there is one, and True; two: None, True;
    none: None, False."""
    found = {}
    for a in actors:
        if a.end <= the and a.category == "description" and a.head in row.offices and \
                a.norm.get("type") == "person" and any(t.lower_ in row.former_words for t in doc[a.start:a.end]):
            if is_previous_holder_id(a.norm["actor_id"]):  # "the ousted president", no one it names: no guess
                return None, True
            found[a.norm["actor_id"]] = a.norm
        elif a.end <= the and a.norm.get("type") == "person" and (titled := _former_titled(doc, a, row)):
            if titled == "many":  # "Former presidents A and B": no guess
                return None, True
            found[a.norm["actor_id"]] = a.norm
    for office in sorted(row.offices):
        for norm in titled_former(office):
            found[norm["actor_id"]] = norm
    home = {k: n for k, n in found.items() if focus is None or n.get("country") in (focus, None)}
    if len(home) != 1:
        return None, bool(home)
    return {**next(iter(home.values())), "via": "coref"}, True


TITLE_REACH = 8  # tokens before a person's mention that may hold the title it left out


def _former_titled(doc: Doc, a: Actor, row: OfficeSynonym) -> str:
    """Is the person ``a`` named after a former word and one of ``row``'s offices that its mention
    left out (``Labour's former leader Jeremy Corbyn``, ``Former presidents Ollanta Humala and
    Pedro Castillo``, ``ex-president X``, ``former prime minister X``), no verb or possessive between
    (``a former president's son, X``: the son) and, for one office, no conjunction (``Former
    president X and his wife Y``: Y holds none)? ``"one"``, ``"many"`` for a plural office
    (``presidents``), else ``""``."""
    first = max(doc[a.start].sent.start, a.start - TITLE_REACH)
    joined = False
    for k in range(a.start - 1, first - 1, -1):
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].tag_ == "POS":
            return ""
        joined = joined or doc[k].pos_ == "CCONJ"
        nxt = k + 2 if k + 2 < a.start and doc[k + 1].text == "-" else k + 1
        if doc[k].lower_ in row.former_words and nxt < a.start:
            office = _office_at(doc, nxt, a.start, row.offices)
            if office in row.offices:
                return "" if joined else "one"
            if office.removesuffix("s") in row.offices:
                return "many"
    return ""


def _office_at(doc: Doc, i: int, end: int, offices: frozenset[str]) -> str:
    """The office words from ``doc[i]`` on, before ``end``: two (``prime minister``, ``prime
    ministers``) when they are one of ``offices``, else one."""
    two = " ".join(t.lower_ for t in doc[i:min(i + 2, end)])
    return two if two.removesuffix("s") in offices else doc[i].lower_
