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


def _surnames(doc: Doc, actors: list[Actor], titles: dict[str, Title]) -> tuple[set[str], set[str]]:
    """The last words of the people named in full (two name words or more), and of those named
    with a title (``Mr. Spiegel``)."""
    people = [b for b in actors if b.norm["type"] == "person"]
    return ({doc[b.end - 1].text for b in people if b.end - b.name_begin > 1},
            {doc[b.end - 1].text for b in people if title_before(doc, b.end - 1, titles) is not None})


def _person(a: Actor, word: str) -> None:
    a.norm = make_norm(slugify(word), word, "person", None, False, None, "name")
    a.origin, a.category = "ner", "person"


def yield_outlet_surnames(doc: Doc, actors: list[Actor], taken: list[bool], titles: dict[str, Title]) -> None:
    """One-word outlets (module doc) after a person's title become that unknown person, and so do
    the others where that person is named so (``Mr. Spiegel``); those whose word ends a person's
    full name in the document are dropped (their tokens free for the surname coreference that
    follows)."""
    bare = [(a, word) for a in actors for word in [_bare_outlet(doc, a)] if word is not None]
    for a, word in bare:
        if title_before(doc, a.start, titles) is not None:
            _person(a, word)
    full, titled = _surnames(doc, actors, titles)
    for a, word in bare:
        if a.norm["type"] != "media":
            continue
        if word in full:
            actors.remove(a)
            taken[a.start] = False
        elif word in titled:
            _person(a, word)
