"""A country's office named without its holder's name: ``Japan's prime minister``, ``the German
chancellor``, ``Oman's foreign minister``. The office is the whole office phrase of the words
(``prime minister``, not its last word ``minister``: one id ``jpn-prime-minister`` for ``Japan's
prime minister`` and ``the Japanese prime minister``), and a later bare ``the prime minister``
names the nearest such office the article named before it, before the offices table's holder or
the unnamed holder of the country in focus is guessed (``the chancellor`` after ``the German
chancellor`` in a Polish story is Germany's). A person the article named with the title (``Prime
Minister Eleanor Hart``) is found before this (``actor_groups.describe``). Not done: two
countries' offices of one phrase in the sentence of the nearest (``Oman's foreign minister met
Iran's foreign minister``) leave a later bare ``the foreign minister`` to the other steps.
``the Eritrean leader`` is the country's one leader the article names (:func:`name_country_leaders`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.components.actor_people import Person, named_with
from pipeline.components.gazetteer import Title, slugify


def office_phrase(doc: Doc, first: int, head: int, offices: frozenset[str]) -> str | None:
    """The longest office of ``offices`` (``head-offices``: ``prime minister``, ``foreign
    minister``) that the words ``doc[first:head + 1]`` end with, else None."""
    for n in (3, 2, 1):
        if head - n + 1 < first:
            continue
        phrase = " ".join(t.lower_ for t in doc[head - n + 1:head + 1])
        if phrase in offices:
            return phrase
    return None


def whole_office(norm: dict, phrase: str | None, country_name: str, past: bool = False) -> dict:
    """A country's unnamed office holder (``jpn-minister``, made from the head noun alone) under
    the id of the whole office ``phrase`` (``jpn-prime-minister``); ``past`` (``Japan's former prime
    minister``): a past holder's id of its own (``jpn-former-prime-minister``); any other norm as it is."""
    country = norm.get("country")
    if not country or phrase is None or norm.get("type") != "person" or \
            norm["actor_id"] != f"{country.lower()}-{slugify(phrase.split()[-1])}":
        return norm
    phrase = f"former {phrase}" if past else phrase
    return {**norm, "actor_id": f"{country.lower()}-{slugify(phrase)}", "name": f"{country_name} {phrase}"}


def is_country_office(norm: dict, phrase: str) -> bool:
    """Is ``norm`` a country's unnamed holder of the office ``phrase`` named by a role phrase?"""
    country = norm.get("country")
    return bool(country) and norm.get("type") == "person" and norm.get("via") == "role_phrase" and \
        norm["actor_id"] == f"{country.lower()}-{slugify(phrase)}"


def office_antecedent(doc: Doc, actors: list[Actor], the: int, phrase: str) -> dict | None:
    """``the <phrase>`` at token ``the``: the nearest country office of that phrase named before
    it (:func:`is_country_office`), None when none is, or when the sentence of the nearest names
    two countries' offices of that phrase."""
    earlier = [a for a in actors if a.end <= the and is_country_office(a.norm, phrase)]
    if not earlier:
        return None
    last = max(earlier, key=lambda a: a.start)
    sent = doc[last.start].sent
    if len({a.norm["actor_id"] for a in earlier if sent.start <= a.start < sent.end}) > 1:
        return None
    return {**last.norm, "via": "coref"}


def name_country_leaders(doc: Doc, actors: list[Actor], people: list[Person], titles: dict[str, Title],
                         leader_offices: frozenset[str]) -> None:
    """``the Eritrean leader`` (``eri-leader``, a role phrase) is the one leader of that country the
    article names anywhere: a person titled with one of ``leader_offices`` (``Azerbaijani President
    X``, not ``former``) or, named before it, the country's unnamed office of one (``The Eritrean
    president``); two of them (a president and a prime minister): it stays as it is. ``a Saudi
    leader`` is someone else."""
    for a in actors:
        country = a.norm.get("country")
        if not is_country_office(a.norm, "leader") or \
                (a.start > 0 and doc[a.start - 1].lower_ in ("a", "an", "one", "another")):
            continue
        found = {p.mentions[0].actor.norm["actor_id"]: p.mentions[0].actor.norm for p in people
                 if p.mentions and p.mentions[0].actor.norm.get("country") == country
                 and p.nouns(titles) & leader_offices and not named_with(doc, p, "former")}
        found.update((b.norm["actor_id"], b.norm) for b in actors if b.end <= a.start and
                     any(is_country_office(b.norm, office) for office in leader_offices))
        found = {k: n for k, n in found.items() if n.get("country") == country}
        if len(found) == 1:
            a.norm = {**next(iter(found.values())), "via": "coref"}
