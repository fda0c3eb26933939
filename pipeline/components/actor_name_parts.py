"""Gazetteer names that are only part of another body's longer name (issue 12): ``Congress`` in
``the National Congress for Timorese Reconstruction (CNRT)``, ``National Assembly`` in ``the
National Assembly of Republika Srpska``, ``Union Bloc`` in ``the Union Bloc (UB)``. The match is
no mention of the dictionary's body (the US Congress, the French National Assembly, the German
CDU/CSU); the model's longer name is a body of its own, and its bracketed acronym is its alias.

A match is part of a longer name when

- the model's ORG entity runs on from it over a link word of ``longer-name-links`` (``for``,
  ``of``) and a title-case word that is not the entry's own country (``the National Assembly of
  France`` keeps FRALEG; ``the Senate of Pakistan`` is left to ``_of_other_country``), or
- a bracketed acronym follows an alias (not the entry's own name: ``National Action Party (PAN)``
  keeps its match) that is none of the entry's names nor the initials of one (``the National
  Assembly (NA)`` keeps its match, left to ``homonym_bodies``) and the text names no GPE of the
  entry's country (``The Civic Coalition (KO)`` in a story on Poland keeps Civic Platform's match).

A name that is exactly the body's (``Congress``, ``the French National Assembly``, ``Congress
for Ukraine aid``: the model's entity ends at the name) keeps its match."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from pipeline.components.gazetteer import Entry, strip_the


def part_of_longer_name(doc: Doc, start: int, end: int, entry: Entry, words,
                        country_of_word: Callable[[str], str | None]) -> bool:
    """Is the gazetteer match ``doc[start:end]`` of ``entry`` only part of a longer name (module doc)?"""
    if entry.category != "org":
        return False
    return _linked_on(doc, start, end, entry, words, country_of_word) or \
        _other_acronym(doc, start, end, entry) and not _country_named(doc, entry, country_of_word)


def _country_named(doc: Doc, entry: Entry, country_of_word: Callable[[str], str | None]) -> bool:
    """Does the text name the entry's own country (a GPE of it)? Then a bracketed acronym after its
    alias is most likely the alias in the country's own language (``The Civic Coalition (KO)`` in a
    story on Poland: Koalicja Obywatelska), not another body's."""
    return bool(entry.country) and any(e.label_ == "GPE" and country_of_word(e.text) == entry.country
                                       for e in doc.ents)


def _linked_on(doc: Doc, start: int, end: int, entry: Entry, words,
               country_of_word: Callable[[str], str | None]) -> bool:
    """The model's ORG entity goes on over ``for``/``of`` + a title-case word of another name."""
    if end + 1 >= len(doc) or doc[end].lower_ not in words.longer_name_links:
        return False
    if doc[end - 1].ent_type_ != "ORG" or doc[end].ent_type_ != "ORG" or doc[end].ent_iob_ != "I":
        return False
    k = end + 1
    if doc[k].lower_ == "the" and k + 1 < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    nxt = doc[k]
    if not nxt.is_title or nxt.ent_iob_ != "I" or nxt.ent_type_ != "ORG":
        return False
    run = _title_run(doc, k)
    owner = country_of_word(run) or country_of_word(nxt.text)
    return owner is None or owner != entry.country


def _title_run(doc: Doc, k: int) -> str:
    """The title-case words from ``doc[k]`` on (``Republika Srpska``, ``United States``)."""
    end = k
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return doc[k:max(end, k + 1)].text


def _other_acronym(doc: Doc, start: int, end: int, entry: Entry) -> bool:
    """``(UB)`` right after the match: an acronym that is none of the entry's names nor the initials
    of one as the gazetteer writes it (``National Assembly (NA)``, ``World Health Organization
    (WHO)`` keep their match; ``Union bloc`` has the initial U only)."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    acronym = doc[end + 1].text
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8):
        return False
    if strip_the(doc[start:end].text).lower() == strip_the(entry.name).lower():
        return False  # "National Action Party (PAN)": the body's own full name, its acronym from Spanish
    names = [strip_the(a) for a in (entry.name, *entry.aliases)]
    return acronym.lower() not in {n.lower() for n in names} and acronym not in {_initials(n) for n in names}


def _initials(name: str) -> str:
    """The first letters of the capitalised words of ``name`` (``National Assembly``: NA)."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


def chamber_of_place(name: list[str], words) -> bool:
    """An unknown body named ``<legislature-name-words> <legislature head> of <Title-case words>``
    (``the National Assembly of Republika Srpska``, ``the Federal Assembly of Herzeg-Bosna``): a
    legislature, which ``the assembly`` names. Without such words before the head (``the Congress
    of South African Trade Unions``) or after ``for`` (``the National Congress for Timorese
    Reconstruction``, a party) the name's type stays the head-less reading."""
    k = next((k for k, w in enumerate(name) if w == "of"), None)
    if k is None or k < 2 or k + 1 >= len(name) or name[k - 1].lower() not in words.legislature_heads:
        return False
    before = [w.lower() for w in name[:k - 1] if w.lower() != "the"]
    return bool(before) and all(w in words.legislature_name_words for w in before) and \
        all(w[:1].isupper() for w in name[k + 1:] if w.lower() != "the")

