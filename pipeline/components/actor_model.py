"""The actor mention under construction, shared by the steps of ``claims_actors``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

#: the possessive ending written as a token of its own (``Kerrigan's``, ``Japan’s``), in either apostrophe
POSSESSIVE_S = ("'s", "’s")
#: the bare apostrophe: a plural's possessive (``Kestrel Partners' founder``) or a closing quote
APOSTROPHES = ("'", "’")
POSSESSIVE_ENDS = POSSESSIVE_S + APOSTROPHES
ARTICLES = ("the", "a", "an")
#: the types of mentions that name a place: a country as a place (``France``) or a place (``Paris``)
PLACE_TYPES = frozenset({"state", "location"})
#: the hyphens that glue a name's parts (``Reyes-Kettering``, ``Jamaat-e-Islami``)
HYPHENS = ("-", "\u2010")


@dataclass
class Actor:
    start: int  # token indices
    end: int
    norm: dict
    origin: str
    head: str | None = None  # lower-cased role head noun, for "the ministry" coreference
    category: str = ""
    name_start: int = -1  # people: where the name begins when a title opens the span
    owner: dict | None = None  # a person's following (``her cabinet``): the person's norm
    stateless_office: bool = False  # people: the title is the office of a body of no country (``NATO Secretary General``)

    @property
    def name_begin(self) -> int:
        return self.name_start if self.name_start >= 0 else self.start


def drop_names(actors: list[Actor], drops: Callable[[Actor], bool]) -> None:
    """Remove from ``actors`` every name mention (never a description) for which ``drops`` holds."""
    for a in list(actors):
        if a.category != "description" and drops(a):
            actors.remove(a)


def make_norm(actor_id, name, atype, country, in_gaz, role, via) -> dict:
    return {"actor_id": actor_id, "name": name, "type": atype, "country": country,
            "in_gazetteer": in_gaz, "role": role, "via": via}


def previous_sentence_start(doc: Doc, i: int) -> int:
    """The first token of the sentence before token ``i``'s (of ``i``'s own in the first
    sentence): the two-sentence window the actor passes look back over for an antecedent."""
    start = doc[i].sent.start
    return doc[start - 1].sent.start if start > 0 else start


def sure_place_country(place: "Actor", actors: list["Actor"]) -> str | None:
    """The country of a place mention when it is sure: a place the gazetteer knows, a capital
    acting or a state, or a country the story names itself as a state or government (``Bolivia``);
    else None (a city read by its name alone, ``Santa Cruz`` of a Bolivian story given a
    Philippine namesake's country)."""
    country = place.norm.get("country")
    if country is None or place.norm["in_gazetteer"] or place.norm["type"] in ("state", "government"):
        return country
    named = any(b.norm.get("country") == country and b.norm["type"] in ("state", "government") for b in actors)
    return country if named else None


def glued_hyphen(doc: Doc, k: int) -> bool:
    """Is ``doc[k]`` a hyphen with no space on either side, between two tokens (``al-Obaidi``)?"""
    return 0 < k < len(doc) - 1 and doc[k].text in HYPHENS and not doc[k - 1].whitespace_ and \
        not doc[k].whitespace_


def is_possessive(tok: Token) -> bool:
    """A possessive ending in any case, a bare apostrophe too (:data:`POSSESSIVE_ENDS`)."""
    return tok.lower_ in POSSESSIVE_ENDS


PARTITIVE_POS = ("NUM", "PRON", "ADJ", "DET")  # "four of", "some of", "many of", "each of"


def is_partitive(noun: Token) -> bool:
    """Is ``noun`` the object of an ``of`` that picks some of it (``four of its members``, ``many of
    its members``, ``some of its members``; not ``a two-thirds majority of its members``)? The golds
    mark no group there (3 of 3 uses of ``its members`` in the actor golds)."""
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ in PARTITIVE_POS and of.head.i < of.i


def is_possessive_s(tok: Token) -> bool:
    """``'s`` or ``’s`` in any case (:data:`POSSESSIVE_S`): never a bare apostrophe."""
    return tok.lower_ in POSSESSIVE_S


def past_article(doc: Doc, a: Actor) -> list[Token]:
    """The mention's tokens, a leading article (:data:`ARTICLES`) left out."""
    toks = list(doc[a.start:a.end])
    return toks[1:] if toks and toks[0].lower_ in ARTICLES else toks


def tagged_possessive(tok: Token) -> bool:
    """A possessive ending: ``'s`` (``’s``), or a bare apostrophe the tagger reads as one (``the
    Philippines' foreign ministry``; not the closing quote of ``'the bankers'``)."""
    return is_possessive(tok) and (tok.lower_.endswith("s") or tok.tag_ == "POS")
