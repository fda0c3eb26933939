"""Bodies' names with a possessive inside (issue 12: one id per real entity): ``the Attorney
General's Office``, ``the U.S. Attorney's Office``, ``The Scottish Fishermen's Federation``, ``the
Nigeria Governors' Forum``. The model cuts such a name at the possessive (``General's Office``, id
``general-office``) or a dictionary match inside it wins (``The Scottish Fishermen``: a group of
people; ``The Nigeria Governors``: a government), and the rest of the name is lost.

A title-case body head (``government-heads``, ``org-name-heads``, ``legislature-heads``: Office,
Federation, Forum) after at most two title-case words after a possessive (``'s``, ``'``) whose
possessor is a title-case office or member noun (``name-possessor-nouns``: Attorney, General,
Governor, Fishermen, Governors), itself after at most three title-case proper nouns (not a
title-case headline's verb: ``Reaching Governor's Office``; on a title-case headline line only
office or title words and places: ``Judge Rebukes Attorney General's Office``), through a
title's own possessive (``The Cook County State's Attorney's Office``, ``The Children's
Commissioner's Office``; a named owner's stays out: ``Trump's Attorney General's Office``): one
organisation from the first of those words (with ``the``) to the head. A named possessor stays apart
(``China's Foreign Ministry``, ``Trump's Justice Department``: no possessor noun, or a person,
place or nation to the model), and so does a name that goes on after the head (``the Mayor's
Office of Housing``) or one that an actor reaches into from outside."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from pipeline.components.actor_headlines import in_lines
from pipeline.components.actor_model import POSSESSIVE_ENDS, Actor, make_norm
from pipeline.components.gazetteer import ActorWords, slugify

NAMED = ("PERSON", "GPE", "NORP", "LOC", "FAC")
NAMED_TYPES = ("person", "location", "state", "people")  # an actor ending at a possessive: a named owner
PLACES = ("GPE", "NORP", "LOC")  # in a title-case headline, the only words before the office noun
MAX_BEFORE = 3


def join_possessive_names(doc: Doc, actors: list[Actor], taken: list[bool], words: ActorWords, org_type,
                          country_in: Callable[[str, tuple[str, ...]], str | None],
                          headlines: list[tuple[int, int]] = ()) -> None:
    """Each name of the module doc becomes one organisation mention; the actors inside it leave
    (``org_type``: the type from the name's last word and words, as for other unknown names;
    ``country_in``: the one country a word is an alias of in the gazetteer categories given, for
    the body's country (:func:`_owner_country`); ``headlines``: the character ranges of title-case
    headline lines)."""
    heads = words.government_heads | words.org_name_heads | words.legislature_heads
    named = frozenset(a.end - 1 for a in actors if a.norm.get("in_gazetteer") or a.norm.get("type") in NAMED_TYPES)
    titles = words.name_possessor_nouns | words.person_titles  # Prime, Deputy: a headline's name words
    places = words.place_heads | words.office_place_heads
    for head in range(3, len(doc)):
        if not (doc[head].is_title and doc[head].lower_ in heads):
            continue
        span = _possessive_name(doc, head, words.name_possessor_nouns, named,
                                titles if in_lines(doc, head, headlines) else None)
        if span is None or not _fits(actors, *span):
            continue
        start, end = span
        inside = [a for a in actors if start <= a.start and a.end <= end]
        for a in inside:
            actors.remove(a)
        name = doc[start:end].text
        core = name[4:] if name.lower().startswith("the ") else name
        atype = org_type(doc[head].lower_, None, [t.text for t in doc[start:end] if t.text not in POSSESSIVE_ENDS])
        country = _owner_country(doc, start, _possessive_at(doc, start, end), country_in, places)
        actors.append(Actor(start, end, make_norm(slugify(core), core, atype, country, False, None, "name"),
                            "rule:possessive-name", doc[head].lower_, "organization"))
        for k in range(start, end):
            taken[k] = True


def _possessive_name(doc: Doc, head: int, possessors: frozenset[str], named: frozenset[int],
                     headline: frozenset[str] | None) -> tuple[int, int] | None:
    """``(start, end)`` of the name ending at the body head ``head`` (module doc; ``named``: the
    last words of the actors that name an owner, ``Trump``; ``headline``: the office and title
    words, when the head is on a title-case headline line), else None."""
    if head + 1 < len(doc) and (doc[head + 1].is_title and doc[head + 1].pos_ == "PROPN" or
                                doc[head + 1].lower_ in ("of", "for") and doc[head].whitespace_):
        return None  # the name goes on: "the Mayor's Office of Housing"
    k = head - 1
    while k > 0 and head - k <= 2 and doc[k].text not in POSSESSIVE_ENDS and _name_word(doc[k]):
        k -= 1
    if doc[k].text not in POSSESSIVE_ENDS or doc[k].tag_ != "POS" or k < 1:
        return None
    owner = doc[k - 1]
    if not owner.is_title or owner.lower_ not in possessors or owner.ent_type_ in NAMED:
        return None
    start = _name_start(doc, k - 1, named, headline)
    if start is None:
        return None
    if start > 0 and doc[start - 1].lower_ == "the" and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    return start, head + 1


def _name_start(doc: Doc, owner: int, named: frozenset[int], headline: frozenset[str] | None) -> int | None:
    """The first word of the name whose office or member noun ``doc[owner]`` is: at most
    ``MAX_BEFORE`` words before it that may open the name, through a title's own possessive (``The
    Cook County State's Attorney's Office``), not a named owner's (``Israel's Prime Minister's
    Office``: the name starts after it). None when the name would start just after a title's
    possessive (a cut name). ``headline``: the office and title words, when the name is on a
    title-case headline line (:func:`_before_word`)."""
    start, n = owner, 0
    while start > 0 and n < MAX_BEFORE:
        k = start - 2 if _possessive(doc[start - 1]) else start - 1
        if k < 0 or not _before_word(doc[k], headline) or k < start - 1 and _named_owner(doc[k], named):
            break
        start, n = k, n + 1
    if start > 1 and _possessive(doc[start - 1]) and _name_word(doc[start - 2]) and \
            not _named_owner(doc[start - 2], named):
        return None
    return start


def _named_owner(tok, named: frozenset[int]) -> bool:
    """Does ``tok`` end a named owner (``Israel``, ``Trump``: to the model or an actor), whose
    possessive stays out of a body's name?"""
    return tok.ent_type_ in NAMED or tok.i in named


def _possessive(tok) -> bool:
    """``'s``, ``'`` as a possessive ending (not a closing quote)."""
    return tok.text in POSSESSIVE_ENDS and tok.tag_ == "POS"


def _before_word(tok, headline: frozenset[str] | None = None) -> bool:
    """A word of the name before its office noun: a title-case proper noun on the noun's line, no
    person's name (``…Contracts, Reaching Governor's Office``: a verb, not a name word). On a
    title-case headline line (``headline``: the office and title words), where any word is
    title-case, only an office or title word or a place or nation to the model (``Judge Rebukes
    Attorney General's Office``: ``Rebukes`` is the verb; ``Texas Attorney General's Office Sues…``,
    ``…Grill Prime Minister's Office``)."""
    if not (_name_word(tok) and tok.pos_ == "PROPN" and "\n" not in tok.whitespace_ and tok.ent_type_ != "PERSON"):
        return False
    return headline is None or tok.lower_ in headline or tok.ent_type_ in PLACES


def _owner_country(doc: Doc, start: int, poss: int, country_in, places: frozenset[str]) -> str | None:
    """The body's country: the first word of the name ``doc[start:]`` (possessive at ``poss``)
    when it is a demonym or a country's abbreviation (``The Scottish Pelagic Fishermen's``, ``The
    U.S. Attorney's``) that begins no longer place name to the model and is followed by no place
    word (``places``: ``U.S. Virgin Islands``, ``Lebanon County``). A country's full name gives
    none: ``Georgia``, ``Lebanon``, ``Niger`` also name US states, counties and Nigeria's states
    (``The Georgia Attorney General's Office``, ``The Niger State Governor's Office``), and a word
    inside the name (``New Mexico``) is no country's."""
    first = start + (doc[start].lower_ == "the")
    if first + 1 >= poss:
        return None  # the office noun opens the name: "The Governor's Office"
    tok, after = doc[first], doc[first + 1]
    if any(t.lower_ in places for t in doc[first + 1:poss]) or \
            tok.ent_type_ in ("GPE", "LOC") and after.ent_iob_ == "I":
        return None
    return country_in(tok.text, ("country",) if "." in tok.text or tok.is_upper else ("demonym",))


def _possessive_at(doc: Doc, start: int, end: int) -> int:
    """The index of the possessive in the name ``doc[start:end]`` (the words before it may name
    the body's country; the words after it are the body's own)."""
    return next(k for k in range(start, end) if doc[k].text in POSSESSIVE_ENDS)


def _name_word(tok) -> bool:
    """A title-case word of a name (``Scottish``, ``Attorney``) or an abbreviation (``U.S.``), not
    ``The`` or a stop word opening a sentence."""
    if tok.is_stop or tok.is_punct:
        return False
    return tok.is_title and tok.is_alpha or (tok.text[:1].isupper() and tok.text.endswith(".") and len(tok) <= 5)


def _fits(actors: list[Actor], start: int, end: int) -> bool:
    """No actor reaches into ``[start, end)`` from outside it, and the span is not one actor already."""
    for a in actors:
        if a.start < end and a.end > start and (a.start < start or a.end > end):
            return False
        if (a.start, a.end) == (start, end):
            return False
    return True
