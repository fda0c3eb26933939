"""The capitals of ``metonyms.jsonl`` (rows of ``kind: capital``): the places ``the capital`` may
name (``Maputo (AFP) – police fired tear gas … in the capital``; actor_descriptions.jsonl
``desc-capital``). A city the gazetteer does not call a capital is no antecedent of it. One sense
of a capital per article where the text allows it (:func:`one_capital_sense`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Callable

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.components.gazetteer import RULES, load_metonyms
from pipeline.tokens import list_head

@lru_cache(maxsize=4)
def capital_ids(path: Path = RULES / "metonyms.jsonl") -> frozenset[str]:
    """The ids of the capital rows of ``metonyms.jsonl`` (none when the file is missing)."""
    if not path.is_file():
        return frozenset()
    return frozenset(e.id for e in load_metonyms(path) if e.kind == "capital")


def one_capital_sense(doc: Doc, actors: list[Actor], government_preps: frozenset[str],
                      not_government: frozenset[str] = frozenset(), government_of: frozenset[str] = frozenset()) -> None:
    """A capital the article uses as its government (``Riyadh … wants a deal``) is that government
    where the text makes it one: after a preposition of ``government-preps`` (``as Washington and
    Riyadh press for truce``, ``talks with Moscow``), after ``of`` that follows a word of
    ``government_of`` (``government-of-heads``: ``the stance of Moscow``, ``critics of Hanoi``; not
    ``the heart of Moscow``, ``the food of Hanoi``) and beside such a mention (``Washington and
    Riyadh``). After any other preposition it stays the city (``a briefing in Beijing``, ``cities
    like Riyadh``, ``more expensive than London``, ``after Kyiv``), and so it does after a word of
    ``not-government-preps`` (``such as Moscow``, ``left for Beijing``)."""
    acting = {a.norm.get("metonym"): a.norm for a in actors
              if a.category == "metonym" and a.norm["type"] != "location" and a.norm.get("metonym")}
    places = sorted((a for a in actors if a.category == "location" and a.norm.get("metonym") in acting
                     and "," not in doc[a.start:a.end].text), key=lambda a: a.start)
    for a in places:
        if _after_government_prep(doc, a, (government_preps, not_government)) or \
                after_target_word(doc, (a.start, a.end), government_of, _OF):
            _to_government(a, acting)
    for a in places:
        if a.category == "location" and _beside_acting(doc, a, actors):
            _to_government(a, acting)


_OF = frozenset({"of"})


def after_target_word(doc: Doc, span: tuple[int, int], words: frozenset[str], preps: frozenset[str]) -> bool:
    """Is the capital at ``span`` right after a preposition of ``preps`` that follows a word of
    ``words`` (``kept pressure on Juba``, ``a warning from Washington``, ``critical of Belgrade``,
    ``Critics of Hanoi``, ``took aim at Seoul``; not a verb that only shares a word's lemma:
    ``artillery aimed at Seoul``), however the parse hangs the preposition? Then it is the government
    it stands for; not when it opens a longer name or modifies a noun after it (``pressure on Paris
    Saint-Germain``, ``a warning from Kyiv residents``, ``pressure on Hanoi traders``). No words: no."""
    start, end = span
    if not words or start < 2 or doc[start - 1].lower_ not in preps or _before_a_noun(doc, end):
        return False
    word = doc[start - 2]  # a word matched by its lemma alone is no verb ("artillery aimed at Seoul": pointed)
    return word.lower_ in words or word.lemma_.lower() in words and word.pos_ != "VERB"


def _before_a_noun(doc: Doc, end: int) -> bool:
    """Does the name ending at ``end`` run on or modify what follows it (``Paris Saint-Germain``,
    ``Kyiv residents``: a capitalised word, a noun, or the name parsed as a compound)?"""
    if doc[end - 1].dep_ == "compound":
        return True
    return end < len(doc) and (doc[end].is_title or doc[end].pos_ in ("NOUN", "PROPN"))


def _to_government(a: Actor, acting: dict[str, dict]) -> None:
    a.norm = dict(acting[a.norm["metonym"]])
    a.category = "metonym"


def _after_government_prep(doc: Doc, a: Actor, preps: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Is the capital (or the first of the list it is in) right after a preposition of ``preps``, or
    its object (``as Ankara and Moscow press``, parsed any way)? Not a list's example or a distance
    (``cities such as Moscow``, ``as far as Kyiv``) nor a route (``left for Beijing``)."""
    prev = doc[a.start - 1] if a.start > 0 else None
    if prev is not None and prev.pos_ in ("ADP", "SCONJ"):
        return _government_prep(doc, prev.i, preps)
    tok = list_head(doc[a.start:a.end].root)
    return tok.dep_ == "pobj" and tok.head.pos_ == "ADP" and _government_prep(doc, tok.head.i, preps)


def _government_prep(doc: Doc, i: int, preps: tuple[frozenset[str], frozenset[str]]) -> bool:
    """``doc[i]`` (with the word before it: ``behalf of``) is a government preposition, not after a
    word that makes it a list or a route (``such as``, ``left for``)."""
    government, refused = preps
    pair = f"{doc[i - 1].lower_ if i > 0 else ''} {doc[i].lower_}"
    return pair not in refused and (doc[i].lower_ in government or pair in government)


def _beside_acting(doc: Doc, a: Actor, actors: list[Actor]) -> bool:
    """``Washington and Riyadh``: joined by ``and``/``or`` to a capital acting as its government."""
    for other in actors:
        if other.category != "metonym" or other.norm["type"] == "location":
            continue
        left, right = (other, a) if other.end < a.start else (a, other)
        if right.start == left.end + 1 and doc[left.end].lower_ in ("and", "or", "&"):
            return True
    return False


def listed_with_cities(doc: Doc, actors: list[Actor], place_norm: Callable[[str], dict | None],
                       actor_preps: frozenset[str] = frozenset()) -> None:
    """A capital read as acting that a list joins to a plain city is the city, a place (``routes
    linking Berlin, Hamburg and Munich``); a list of capitals alone keeps its reading
    (``Washington, Brasília urge calm``), and so does a list that acts (a subject, after a
    preposition of ``actor_preps``: ``relations between Baghdad and Erbil``, the seat of a
    region's government). ``place_norm(metonym id)``: the capital as a place."""
    plain = {}
    for a in actors:
        if a.category == "location" and not a.norm.get("metonym"):
            plain.update({i: a for i in range(a.start, a.end)})
    for a in actors:
        mid = a.norm.get("metonym")
        if a.category != "metonym" or a.norm["type"] == "location" or not mid or mid not in capital_ids():
            continue
        head = list_head(doc[a.start:a.end].root)
        if head.dep_ in ("nsubj", "nsubjpass", "poss") or head.dep_ == "pobj" and head.head.lower_ in actor_preps:
            continue
        members = [head] + [t for t in head.subtree if t.dep_ == "conj" and list_head(t).i == head.i]
        norm = place_norm(mid)
        if norm is not None and any(t.i in plain for t in members):
            a.norm, a.category = norm, "location"
