"""A person's title the model read as a body, for ``claims_actors``: ``the High Representative,
Christoph Reinhold-Auer, who oversees …``, ``The Special Rapporteur, Ana Ruiz, said``. The model
tags the capitalised title an organization and the name a person: two ids for one person.

A body the model alone found (no gazetteer name) whose words, ``the`` aside, are a title of
``actor_titles.jsonl`` (its words or the nouns that refer back: ``high representative``,
``secretary-general``, ``envoy``) and that a comma sets off right before a person's full name
(two words or more) closed by a comma, a stop or the sentence's end, is that person. A real body
(``the Electoral Commission, Ana Ruiz,``: no title), a title before a place or a body (``the
High Representative, the EU,``) or before no closing mark stays as it was.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, past_article
from pipeline.components.gazetteer import Title


def title_phrases(titles: dict[str, Title]) -> frozenset[str]:
    """Every title's words and nouns, lower case (``high representative``, ``envoy``)."""
    return frozenset(w for t in titles.values() for w in (*t.words, *t.nouns))


def name_titled_bodies(doc: Doc, actors: list[Actor], phrases: frozenset[str]) -> None:
    """Give a body that is a person's title in apposition to the person's name (module doc) the
    person's norm."""
    people = {a.start: a for a in actors if a.norm["type"] == "person" and a.end - a.start >= 2
              and doc[a.start].is_title and doc[a.end - 1].is_title}
    for a in actors:
        if a.norm["type"] == "person" or a.norm.get("in_gazetteer") or a.origin != "ner":
            continue
        if a.end + 1 >= len(doc) or doc[a.end].text != ",":
            continue
        person = people.get(a.end + 1)
        if person is None or not _closed(doc, person.end) or _title_words(doc, a) not in phrases:
            continue
        a.norm = {**person.norm, "via": "apposition"}
        a.origin = "rule:titled-body"


def _title_words(doc: Doc, a: Actor) -> str:
    """The body's words in lower case, a leading article left out."""
    return " ".join(t.lower_ for t in past_article(doc, a))


def _closed(doc: Doc, end: int) -> bool:
    """Does a comma, a stop or the sentence's end close the name ending before token ``end``?"""
    return end >= len(doc) or doc[end].text in (",", ".", ";") or doc[end].is_sent_start
