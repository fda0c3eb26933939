"""An outlet's one-word name that is a person's surname in the text (``Spiegel``, ``Bloomberg``):
after ``Snap chief executive Evan Spiegel``, ``Spiegel told staff`` is Evan Spiegel, not Der
Spiegel; ``Mr. Spiegel`` is a person whoever he is. The outlet's full name (``Der Spiegel``) and
its bare name in a text naming no such person (``Spiegel reported``) stay the outlet."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, make_norm
from pipeline.components.actor_people import title_before
from pipeline.components.gazetteer import Title, slugify


def _bare_outlet(doc: Doc, a: Actor) -> str | None:
    """The word of a gazetteer outlet matched by one title-case word (``Spiegel``), else None."""
    if a.norm["type"] != "media" or not a.norm["in_gazetteer"] or a.end - a.start != 1:
        return None
    tok = doc[a.start]
    return tok.text if tok.is_title and tok.is_alpha else None


def _surnames(doc: Doc, actors: list[Actor], titles: dict[str, Title]) -> tuple[dict[str, int], set[str]]:
    """The last words of the people named in full (two name words or more), with where the first
    such name ends, and of those named with a title (``Mr. Spiegel``)."""
    people = [b for b in actors if b.norm["type"] == "person"]
    full: dict[str, int] = {}
    for b in people:
        if b.end - b.name_begin > 1:
            word = doc[b.end - 1].text
            full[word] = min(full.get(word, b.end), b.end)
    return full, {doc[b.end - 1].text for b in people if title_before(doc, b.end - 1, titles) is not None}


#: how far after ``Spiegel,`` an apposed outlet noun may stand (``Spiegel, the German news magazine,``)
_APPOSITION_WORDS = 5


def _called_an_outlet(doc: Doc, a: Actor, nouns: frozenset[str]) -> bool:
    """An outlet noun right before the name (``the magazine Spiegel``) or in the apposition after
    it (``Spiegel, the German news magazine,``)."""
    if a.start > 0 and doc[a.start - 1].lower_ in nouns:
        return True
    if a.end >= len(doc) or doc[a.end].text != ",":
        return False
    for tok in doc[a.end + 1:min(len(doc), a.end + 1 + _APPOSITION_WORDS)]:
        if tok.is_punct:
            return False
        if tok.lower_ in nouns:
            return True
    return False


def _person(a: Actor, word: str) -> None:
    a.norm = make_norm(slugify(word), word, "person", None, False, None, "name")
    a.origin, a.category = "ner", "person"


def yield_outlet_surnames(doc: Doc, actors: list[Actor], taken: list[bool], titles: dict[str, Title],
                          outlet_nouns: frozenset[str] = frozenset()) -> None:
    """One-word outlets (module doc) after a person's title become that unknown person, and so do
    the others where that person is named so (``Mr. Spiegel``); those whose word ends a person's
    full name named before them are dropped (their tokens free for the surname coreference that
    follows). An outlet called so (``outlet_nouns``: ``Spiegel, the German news magazine,``)
    stays the outlet."""
    bare = [(a, word) for a in actors for word in [_bare_outlet(doc, a)]
            if word is not None and not _called_an_outlet(doc, a, outlet_nouns)]
    for a, word in bare:
        if title_before(doc, a.start, titles) is not None:
            _person(a, word)
    full, titled = _surnames(doc, actors, titles)
    for a, word in bare:
        if a.norm["type"] != "media":
            continue
        if full.get(word, len(doc) + 1) <= a.start:
            actors.remove(a)
            taken[a.start] = False
        elif word in titled:
            _person(a, word)
