"""Country words inside organisations' names (round 35): a country's name or demonym that opens a
longer name is a word of that name, not the country. ``the Botswana Democratic Party`` is
Botswana's party, no US Democratic Party after the state; ``Gabon Debout, a coalition of …`` is
one coalition, not Gabon; ``Anglo American declined to comment`` is one company, not ``Anglo`` and
the American people."""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.components.gazetteer import subdivision_countries

_COUNTRY_CATEGORIES = ("country", "demonym")


def other_country_body(doc: Doc, label: str, inside: list[Actor], start: int, end: int) -> bool:
    """A model ORG entity (tokens ``start:end``, its actors ``inside``) made of a country or
    demonym right at its start and known bodies of other countries that follow it word by word to
    its end (``the Botswana Democratic Party``: Botswana + the US ``Democratic Party``; ``the
    Nigeria Labour Congress``: Nigeria + ``Labour`` + ``Congress``): a body of its own, named for
    the first country. A body of the same country (``the US Democratic Party``) stays the body, and
    so does a name the body's country has for one of its regions (``the Georgia Republican Party``:
    the US state's party, left to the passes for US states)."""
    if label != "ORG" or not 2 <= len(inside) <= 3:
        return False
    inside = sorted(inside, key=lambda a: a.start)
    place, bodies = inside[0], inside[1:]
    country = place.norm.get("country")
    if place.category not in _COUNTRY_CATEGORIES or place.start > start + 1 or country is None or \
            bodies[-1].end != end:
        return False
    region = subdivision_countries().get(doc[place.start:place.end].text.lower())
    return all(b.category == "org" and b.start == a.end and b.norm.get("country") not in (None, country, region)
               for a, b in zip(inside, bodies))


def country_opens_name(a: Actor, start: int, c: int) -> bool:
    """The country's name ``a`` opens the title-case name ``start:c`` an organisation noun
    describes and more name words follow it (``Gabon Debout, a coalition of …``): a word of the
    name, not the state (``Gabon, a country of …`` is the country alone)."""
    return a.category == "country" and a.start == start and a.end < c


def demonym_named_body(doc: Doc, start: int, end: int, country_word) -> int | None:
    """The start of a company's name that ends in a singular demonym read as a noun (``Anglo
    American declined``, ``as Anglo American presses ahead``): one title-case proper noun the
    parser joins to the demonym, no country word itself (``Korean American``), no determiner or
    number before it (``an African American``: a person); None when there is none."""
    k = start - 1
    if k < 0 or end - start != 1 or doc[start].lower_.endswith("s"):
        return None
    prev = doc[k]
    if not (prev.is_title and prev.is_alpha and prev.pos_ == "PROPN" and prev.dep_ == "compound" and
            prev.head.i == start and prev.whitespace_ == " ") or country_word(prev.text) is not None:
        return None
    if prev.is_sent_start:
        return k
    before = doc[k - 1]
    if before.pos_ in ("DET", "NUM") or before.is_title or before.is_upper:
        return None  # "an African American", "Latin American" after another name word
    return k


def shared_country_words(cands: list, senses: dict[int, list]) -> tuple[list, dict[int, list]]:
    """A country's name or demonym several countries share (``Dominican``: Dominica and the
    Dominican Republic; ``Congo``, ``Congolese``: both Congos) is the country among them the text
    names by a name of its own (``the Dominican Republic``, ``the Republic of Congo``); when it
    names none or several, the first of them (the gazetteer's order). ``cands`` are gazetteer
    candidates (``entry``, ``_replace``), ``senses`` their several-sense ``(entry, alias)`` lists
    by position; returns both with these words settled."""
    shared = {k for k, fits in senses.items() if all(e.category in _COUNTRY_CATEGORIES for e, _ in fits)}
    if not shared:
        return cands, senses
    named = {c.entry.country for k, c in enumerate(cands) if k not in senses and c.entry.category == "country"}
    out, kept = [], {}
    for k, c in enumerate(cands):
        if k not in shared:
            if k in senses:
                kept[len(out)] = senses[k]
            out.append(c)
            continue
        fits = [e for e, _ in senses[k] if e.country in named]
        one = fits[0] if len({e.country for e in fits}) == 1 else senses[k][0][0]
        out.append(c._replace(entry=one))
    return out, kept
