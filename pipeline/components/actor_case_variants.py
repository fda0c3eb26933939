"""One body written in two cases, for ``claims_actors``: ``the state court`` (a description the
document resolved to the country's courts, ``BIHJUD``) and later ``the State Court`` (a name the
gazetteer does not know, ``state-court``); ``parliament`` (``CHELEG``) and ``Parliament``.

A title-case name of a body that no dictionary knows, whose words (``the`` aside, case aside) are
those of a lower-case description of the same document resolved to a country's institution (an id
of a country code and a role: ``BIHJUD``, ``CHELEG``), is that institution. Names the gazetteer
knows, people and places keep their own ids; a description resolved to a body by name
(``the commission`` -> ``independent-national-electoral-commission``) lends nothing; a one-word
name that ends a longer title-case name of the document (``Parliament`` after ``the European
Parliament``) is that one's short name, not the description's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, past_article

KEPT_TYPES = ("person", "location", "people", "state")


def join_case_variants(doc: Doc, actors: list[Actor]) -> None:
    """Give a body's title-case name the norm of its lower-case description (module doc)."""
    described: dict[str, dict] = {}
    for a in actors:
        words = _words(doc, a)
        if words and all(t.is_lower for t in words) and _institution(a.norm):
            described.setdefault(_key(words), a.norm)
    if not described:
        return
    longer = {" ".join(w.lower_ for w in words[-1:]) for words in map(lambda b: _words(doc, b), actors)
              if len(words) > 1 and all(t.is_title for t in words)}
    for a in actors:
        words = _words(doc, a)
        if not words or a.norm.get("in_gazetteer") or a.norm["type"] in KEPT_TYPES or \
                not all(t.is_title for t in words) or (len(words) == 1 and _key(words) in longer):
            continue  # "Parliament" after "the European Parliament": its short name
        norm = described.get(_key(words))
        if norm is not None and norm["actor_id"] != a.norm["actor_id"]:
            a.norm = {**norm, "via": "coref"}


def _institution(norm: dict) -> bool:
    """A country's institution: a body whose id is a country code and a role (``BIHJUD``)."""
    aid = norm.get("actor_id") or ""
    return norm["type"] not in KEPT_TYPES and len(aid) > 3 and aid.isupper() and aid.isalpha()


def _words(doc: Doc, a: Actor) -> list:
    """The mention's words, a leading article left out; none when any is no plain word."""
    toks = past_article(doc, a)
    return toks if toks and all(t.is_alpha for t in toks) else []


def _key(words: list) -> str:
    return " ".join(t.lower_ for t in words)
