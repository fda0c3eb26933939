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


def _surnames(doc: Doc, actors: list[Actor]) -> set[str]:
    """The last words of the people named in full (two name words or more)."""
    return {doc[b.end - 1].text for b in actors if b.norm["type"] == "person" and b.end - b.name_begin > 1}


def yield_outlet_surnames(doc: Doc, actors: list[Actor], taken: list[bool], titles: dict[str, Title]) -> None:
    """One-word outlets (module doc) after a person's title become that unknown person; those whose
    word ends a person's full name in the document are dropped (their tokens free for the
    surname coreference that follows)."""
    surnames = _surnames(doc, actors)
    for a in list(actors):
        word = _bare_outlet(doc, a)
        if word is None:
            continue
        if title_before(doc, a.start, titles) is not None:
            a.norm = make_norm(slugify(word), word, "person", None, False, None, "name")
            a.origin, a.category = "ner", "person"
        elif word in surnames:
            actors.remove(a)
            taken[a.start] = False
