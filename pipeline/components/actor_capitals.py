"""The capitals of ``metonyms.jsonl`` (rows of ``kind: capital``): the places ``the capital`` may
name (``Maputo (AFP) – police fired tear gas … in the capital``; actor_descriptions.jsonl
``desc-capital``). A city the gazetteer does not call a capital is no antecedent of it. One sense
of a capital per article where the text allows it (:func:`one_capital_sense`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

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


def one_capital_sense(doc: Doc, actors: list[Actor], place_preps: frozenset[str]) -> None:
    """A capital the article uses as its government (``Riyadh … wants a deal``) is that government
    where nothing makes it the city: after a preposition that is no place's (``as Washington and
    Riyadh press for truce``, ``unlike Moscow``) and beside such a mention (``Washington and
    Riyadh``). ``a briefing in Beijing``, ``flew to Riyadh`` stay the city (``place-preps``)."""
    acting = {a.norm.get("metonym"): a.norm for a in actors
              if a.category == "metonym" and a.norm["type"] != "location" and a.norm.get("metonym")}
    places = sorted((a for a in actors if a.category == "location" and a.norm.get("metonym") in acting
                     and "," not in doc[a.start:a.end].text), key=lambda a: a.start)
    for a in places:
        if _after_other_prep(doc, a, place_preps):
            _to_government(a, acting)
    for a in places:
        if a.category == "location" and _beside_acting(doc, a, actors):
            _to_government(a, acting)


def _to_government(a: Actor, acting: dict[str, dict]) -> None:
    a.norm = dict(acting[a.norm["metonym"]])
    a.category = "metonym"


def _after_other_prep(doc: Doc, a: Actor, place_preps: frozenset[str]) -> bool:
    """Is the capital (or the first of the list it is in) the object of a preposition that is no
    place's, or right after one (``as Ankara and Moscow press``, parsed any way)? Not a list's
    example (``cities such as Moscow``)."""
    prev = doc[a.start - 1] if a.start > 0 else None
    if prev is not None and prev.pos_ in ("ADP", "SCONJ"):
        return prev.lower_ not in place_preps and not (a.start > 1 and doc[a.start - 2].lower_ == "such")
    tok = list_head(doc[a.start:a.end].root)
    return tok.dep_ == "pobj" and tok.head.pos_ == "ADP" and tok.head.lower_ not in place_preps


def _beside_acting(doc: Doc, a: Actor, actors: list[Actor]) -> bool:
    """``Washington and Riyadh``: joined by ``and``/``or`` to a capital acting as its government."""
    for other in actors:
        if other.category != "metonym" or other.norm["type"] == "location":
            continue
        left, right = (other, a) if other.end < a.start else (a, other)
        if right.start == left.end + 1 and doc[left.end].lower_ in ("and", "or", "&"):
            return True
    return False
