"""Short names made of the first letters of a body's name words, not one letter each:
``Comelec`` (Commission on Elections), ``Namfrel`` (National Citizens' Movement for Free
Elections), ``UNMISS`` (the U.N. Mission in South Sudan), and plain initials of a body the
gazetteer knows under another id (``PNP`` after the Philippine National Police). The short name,
an unknown actor of one word, takes the norm of the one body of the document it abbreviates."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor

BODY_TYPES = ("organization", "military", "government", "media", "legislature")
LINKS = ("in", "of", "for", "on")  # "the U.N. Mission in South Sudan": the place ends the name
_LETTERS = re.compile(r"[^\W\d_]+")


def _name_words(doc: Doc, a: Actor, by_start: dict[int, Actor]) -> list[tuple[str, bool]]:
    """The name's words (lower case, letters only; ``U.N.`` two words) and whether each is a
    content word (title case); a place after ``in``/``of`` carries the name on."""
    end = a.end
    nxt = by_start.get(end + 1) if end < len(doc) and doc[end].lower_ in LINKS else None
    if nxt is not None and nxt.norm["type"] in ("state", "location"):
        end = nxt.end
    out = []
    for tok in doc[a.start:end]:
        if tok.i == a.start and tok.lower_ == "the":
            continue
        for part in _LETTERS.findall(tok.text):
            out.append((part.lower(), part[0].isupper()))
    return out


def abbreviates(short: str, words: list[tuple[str, bool]]) -> bool:
    """Is ``short`` (lower case) the first letters of the words in order, one or more of each
    content word (``com`` + ``elec``), lower-case words and at most one content word left out,
    the first and the last content word used?"""
    content = [k for k, (_, title) in enumerate(words) if title]
    if len(content) < 2 or len(short) < 3:
        return False
    first, last = content[0], content[-1]

    def match(i: int, j: int, skips: int) -> bool:
        if i == len(short):
            return j > last
        if j == len(words):
            return False
        word, title = words[j]
        if (not title or (skips and j not in (first, last))) and match(i, j + 1, skips - title):
            return True
        k = 0
        while k < len(word) and i + k < len(short) and word[k] == short[i + k]:
            k += 1
            if match(i + k, j + 1, skips):
                return True
        return False
    return match(0, 0, 1)


def _short_name(doc: Doc, a: Actor) -> str | None:
    """``Comelec``, ``UNMISS``, ``the PNP``: an unknown body of one word of letters, else None."""
    start = a.start + (doc[a.start].lower_ == "the")
    word = doc[start].text
    if a.end - start != 1 or a.norm["in_gazetteer"] or not word.isalpha() or len(word) < 3 or \
            not (word.isupper() or word.istitle()):
        return None
    return word.lower()


def coref_abbreviations(doc: Doc, actors: list[Actor]) -> None:
    """An unknown one-word body (:func:`_short_name`) whose letters abbreviate the name of exactly
    one other body of the document (:func:`abbreviates`), before or after it, takes its norm."""
    by_start = {a.start: a for a in actors}
    fulls = [(a, words) for a in actors if a.norm["type"] in BODY_TYPES and a.end - a.start >= 2
             for words in (_name_words(doc, a, by_start), _bracketed(doc, a.end)) if words]
    joined: dict[str, dict] = {}
    for a in actors:
        short = _short_name(doc, a) if a.norm["type"] in BODY_TYPES + ("group",) else None
        if short is None:
            continue
        found = {b.norm["actor_id"]: b.norm for b, words in fulls
                 if b.norm["actor_id"] != a.norm["actor_id"] and abbreviates(short, words)}
        if len(found) == 1:
            joined[a.norm["actor_id"]] = {**next(iter(found.values())), "via": "coref"}
    for a in actors:  # every mention of the short name's id, whatever the model typed it
        if a.norm["actor_id"] in joined and not a.norm["in_gazetteer"]:
            a.norm, a.origin = joined[a.norm["actor_id"]], "rule:abbreviation"


def _bracketed(doc: Doc, end: int) -> list[tuple[str, bool]]:
    """The words of a name in brackets right after a body's name (``the Communist Party of Nepal
    (Unified Marxist-Leninist)``: UML), at most six tokens, else none."""
    if end >= len(doc) or doc[end].text != "(":
        return []
    close = next((k for k in range(end + 1, min(end + 8, len(doc))) if doc[k].text == ")"), None)
    if close is None or close == end + 1:
        return []
    return [(part.lower(), part[0].isupper()) for tok in doc[end + 1:close] for part in _LETTERS.findall(tok.text)]
