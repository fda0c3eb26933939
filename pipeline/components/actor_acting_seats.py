"""A head of state's seat that speaks, for ``claims_actors`` (``actor_words.jsonl`` rows
``acting-seat-*``; round 33).

``The palace said the king had asked Verhulst to continue``, ``The presidential palace denied the
report``: a seat noun (``palace``) after ``the`` (and at most one seat modifier: ``royal``,
``presidential``) that is the subject of a speaking verb is the office of the country's head of
state, a government actor of the sentence's one country of governments and states, else of the
country in focus (``bel-palace``, role ``BELGOV``). ``left the palace``, ``outside the palace``
and ``the palace gates`` are a building: no mention. Named seats (``the Élysée``, ``Malacañang``)
are metonym rows of their own.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, make_norm
from pipeline.components.actor_sentence_country import sentence_country


def add_acting_seats(doc: Doc, actors: list[Actor], taken: list[bool], order: list[Actor], words,
                     countries: dict, focus: str | None) -> None:
    """Append a government mention for every seat noun of ``doc`` that speaks."""
    for tok in doc:
        if tok.lower_ not in words.acting_seat_nouns or taken[tok.i]:
            continue
        start = _start(doc, tok.i, words.acting_seat_modifiers)
        if start is None or any(taken[start:tok.i]) or not _speaks(tok, words):
            continue
        country = sentence_country(doc, tok, order, focus)
        if country is None:
            continue
        name = f"{countries.get(country, country)} {tok.lower_}"
        norm = make_norm(f"{country.lower()}-{tok.lower_}", name, "government", country, False,
                         f"{country}GOV", "coref")
        actors.append(Actor(start, tok.i + 1, norm, "rule:acting-seat", tok.lower_, "role"))
        taken[start:tok.i + 1] = [True] * (tok.i + 1 - start)


def _start(doc: Doc, i: int, modifiers: frozenset[str]) -> int | None:
    """The ``the`` before the seat noun, past at most one seat modifier (``the royal palace``)."""
    k = i - 1
    if k >= 0 and doc[k].lower_ in modifiers:
        k -= 1
    return k if k >= 0 and doc[k].lower_ == "the" else None


def _speaks(tok, words) -> bool:
    """The noun is the subject of a verb of speech (``acting-seat-verbs``: ``The palace said``, ``the
    palace has denied``) or of an ``acting-seat-object-verbs`` verb with words said as its object
    or a clause (``issued a statement``, ``declined to comment``; not ``welcomed visitors``)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in words.acting_seat_verbs:
        return True
    objects = words.acting_seat_objects
    return lemma in words.acting_seat_object_verbs and any(
        c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and (c.lower_ in objects or c.lemma_.lower() in objects)
        for c in verb.children)

