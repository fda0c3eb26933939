"""``the guild`` after ``the Seattle Police Officers Guild``, ``the federation`` after ``the
Federation of Mining Workers``: a definite description whose head noun no row of
``actor_descriptions.jsonl`` knows names the one body named before whose own name is headed by
that noun (its first word when that is a listed head noun, else its last), named in the same
paragraph or the two before, when its modifiers are words of
that name too (``the mining federation``). Two such bodies before it: no guess; none: no mention
(``the guild`` before any guild is named). Only the head nouns of ``actor_name_heads.jsonl``
(not ``the plan`` after a headline's ``Vogel's Defence Borrowing Plan``), only bodies (not places,
states, people or crowds), and only names of two words or more (``Guild`` alone has no head)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.components.gazetteer import RULES, ActorDictionaryError
from pipeline.ruledata import read_jsonl_rules

PARAGRAPHS_BACK = 2  # held-out 11: "the guild" two paragraphs after the Seattle Police Officers Guild
BODY_TYPES = frozenset({"organization", "government", "legislature", "media", "military"})
#: a paragraph break: one run of blank lines, however many
_BREAK_RUN = re.compile(r"\n(?:[ \t\r\f\v]*\n)+")
_BREAKS = "name_heads_breaks"


@lru_cache(maxsize=4)
def body_heads(path: Path = RULES / "actor_name_heads.jsonl") -> frozenset[str]:
    """The head nouns of the rows of ``actor_name_heads.jsonl`` (none when the file is missing)."""
    if not path.is_file():
        return frozenset()
    out: set[str] = set()
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True):
        nouns = row.get("nouns")
        if not isinstance(nouns, list) or not nouns or not all(isinstance(n, str) and n.islower() for n in nouns):
            raise ActorDictionaryError(f"{path}:{lineno} ({row['id']}): 'nouns' must be a list of lower-case words")
        out.update(nouns)
    return frozenset(out)


def name_head(name: str, heads: frozenset[str]) -> tuple[str, set[str]]:
    """The head noun of a body's name and all its words, lower case: its first word when that is
    one of ``heads`` (``Federation of Mining Workers``: federation; ``Directorate General of
    Migration Management``: directorate), else its last (``Seattle Police Officers Guild``:
    guild); ``""`` for a one-word name."""
    words = [w for w in name.lower().replace("’", "'").split() if w != "the"]
    if len(words) < 2:
        return "", set(words)
    head = words[0] if words[0] in heads else words[-1]
    return head, set(words)


def _breaks(doc: Doc) -> list[int]:
    """The offsets of the paragraph breaks of ``doc`` (a run of blank lines counts once), found
    once per document and kept in ``doc.user_data`` until :func:`forget_breaks`."""
    found = doc.user_data.get(_BREAKS)
    if found is None:
        found = doc.user_data[_BREAKS] = [m.start() for m in _BREAK_RUN.finditer(doc.text)]
    return found


def forget_breaks(doc: Doc) -> None:
    """Drop the paragraph-break index of :func:`_breaks` (not stored with the document)."""
    doc.user_data.pop(_BREAKS, None)


def _near(doc: Doc, a: Actor, the: int) -> bool:
    """Is the body named (or referred to) in the paragraph of token ``the`` or one of the
    :data:`PARAGRAPHS_BACK` before it?"""
    return paragraphs_between(doc, a.end - 1, the) <= PARAGRAPHS_BACK


def name_headed(doc: Doc, words: list[str], the: int, actors: list[Actor], heads: frozenset[str]) -> dict | None:
    """The norm of the one body named before token ``the`` in its paragraph or the two before
    whose name ``the <words>`` fits (module doc), marked ``via: coref``; None when none or two fit.
    ``heads``: :func:`body_heads` of the component's rules folder."""
    if not words or words[-1] not in heads:
        return None
    noun, mods = words[-1], set(words[:-1])
    fits = {}
    for a in actors:
        if a.end > the or a.norm["type"] not in BODY_TYPES or a.category == "group":
            continue
        head, name = name_head(a.norm.get("name") or "", heads)
        if head == noun and mods <= name and _near(doc, a, the):
            fits.setdefault(a.norm["actor_id"], a)
    if len(fits) != 1:
        return None
    return {**next(iter(fits.values())).norm, "via": "coref"}


def paragraphs_between(doc: Doc, i: int, j: int) -> int:
    """How many paragraph breaks lie between token ``i`` and the later token ``j`` (0: one paragraph)."""
    breaks = _breaks(doc)
    return bisect_left(breaks, doc[j].idx) - bisect_left(breaks, doc[i].idx)
