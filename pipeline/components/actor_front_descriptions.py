"""``the committee``, ``the company`` in the headline or standfirst, before the body names them (issue 12).

``The committee's Republican chairman says Carelane Rx sold … The company says it followed the
law.`` stands above the byline; the body then names ``The House Oversight Committee`` and
``Carelane Rx``. A bare ``the <noun>`` of the front matter (headline and standfirst, up to
``front_end``) that no earlier actor was found for names the body's first actor that the noun's
description row fits (``actor_descriptions.jsonl``, rows that need no kind, window or place), for
the nouns of ``front-description-nouns`` (``actor_words.jsonl``: bodies only, not ``the party``, which
may be a celebration, nor ``the group``), when that actor is also the one the body names most
often among those the row fits (the story's own committee, not one named once in passing). Rows
that pick places or kinds are left out. The front matter ends at a byline among the first lines
(``By Jane Roe``) or where the headline passes say it does, whichever is later.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor


def find_front_descriptions(doc: Doc, actors: list[Actor], taken: list[bool], front_end: int,
                            descriptions: list, fits: Callable, nouns: frozenset[str]) -> None:
    """Add each bare front-matter ``the <noun>`` for the story's own body the row fits."""
    front_end = max(front_end, byline_start(doc.text))
    for tok in doc[:-1]:
        if tok.idx >= front_end:
            break
        noun = doc[tok.i + 1]
        if tok.lower_ != "the" or noun.lower_ not in nouns or taken[tok.i] or taken[noun.i] or noun.pos_ != "NOUN" or not _bare_after(doc, noun.i):
            continue
        rows = [d for d in descriptions if noun.lower_ in d.nouns and _plain(d)]
        body = [a for a in actors if doc[a.start].idx >= front_end and any(fits(a, d) for d in rows)]
        chosen = _story_body(body)
        if chosen is None:
            continue
        actors.append(Actor(tok.i, tok.i + 2, {**chosen.norm, "via": "coref"}, "rule:front-description",
                            noun.lower_, "description"))
        taken[tok.i] = taken[noun.i] = True


def byline_start(text: str, lines: int = 6) -> int:
    """Where a byline (``By Jane Roe``, a short line) among the first ``lines`` lines starts: the
    headline and the standfirst above it are front matter; 0 when there is none."""
    pos = 0
    for k, line in enumerate(text.split("\n")):
        if k >= lines * 2:  # blank lines between them
            break
        if line.startswith("By ") and len(line) < 100:
            return pos
        pos += len(line) + 1
    return 0


def _bare_after(doc: Doc, i: int) -> bool:
    """Nothing after the noun makes it part of a longer name (``the committee chairman``, ``the bloc of``)."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN") and nxt.lower_ != "of"


def _plain(d) -> bool:
    """A row that names a body by what it is, with no kind, window, place or modifier test."""
    return not (d.kinds or d.near or d.window or d.focus or d.subdivisions or d.settlements or d.capitals
                or d.modified or d.countries or d.default_id) and not {"state", "location"} & set(d.types)


def _story_body(body: list[Actor]) -> Actor | None:
    """The first of ``body`` when its id is named strictly most often among them, else None."""
    if not body:
        return None
    counts: dict[str, int] = {}
    for a in body:
        counts[a.norm["actor_id"]] = counts.get(a.norm["actor_id"], 0) + 1
    first = min(body, key=lambda a: a.start)
    top = counts[first.norm["actor_id"]]
    return first if all(n < top for k, n in counts.items() if k != first.norm["actor_id"]) else None
