"""A foreign party's letters or name on a local party: ``the NDP`` in a Suriname story is not
Canada's New Democratic Party, ``the Communist-led CDU`` in a Lisbon story not Germany's
Christian Democratic Union, ``the Democratic Progressive Party`` in a Malawi story not Taiwan's.
Parties of many countries share initials and plain names (``National Democratic Party``,
``Justice and Development Party``); a gazetteer party of another country than the story's,
whose country nothing else in the text names (no place, government, army or known person of
it), is the story's own party of those letters: every mention takes one local norm. The
gazetteer's reading stays in the party's own country's story (``CDU`` in a Berlin story),
wherever its country is named (``Turkey's ruling AKP`` in a Rabat story) and for every body that
is no party (``the FBI`` in a Mexican story)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, make_norm
from pipeline.components.gazetteer import slugify

# actors whose country says the text names that country (a party's people may take its country)
COUNTRY_SIGN_TYPES = frozenset({"state", "location", "government", "legislature", "military"})


def _party(norm: dict) -> bool:
    """A gazetteer party of a country (role ``CANPTY``)."""
    role = norm.get("role") or ""
    return norm["in_gazetteer"] and bool(norm.get("country")) and role[3:6] == "PTY"


def _shared(doc: Doc, a: Actor, words: frozenset[str]) -> bool:
    """Is the mention one many countries' parties may bear: an acronym, a name of ``words`` alone
    (``the Social Democrats``), or a coreference (``the party``)? ``Iniciativa Liberal`` is not."""
    text = _bare(doc, a)
    if a.norm.get("via") == "coref" or text.isupper():
        return True
    return all(t.lower_ in words for t in doc[a.start:a.end] if not t.is_punct)


def _country_named(actors: list[Actor], country: str, party_id: str) -> bool:
    """Does any actor other than the party name its country: a place, a state body, a known person
    or another known body of it (``The German CDU`` for ``the SPD``), but for the wire or outlet
    that reports the story (``Reuters``) or a company of it (``Fitch``, ``Moody's`` rating a Maldivian
    bond name no American politics)?"""
    return any(a.norm.get("country") == country and a.norm["actor_id"] != party_id and
               (a.norm["type"] in COUNTRY_SIGN_TYPES or a.norm["in_gazetteer"] and _political_body(a.norm))
               for a in actors)


def _political_body(norm: dict) -> bool:
    """A known body that tells its country's politics: no outlet, no company (role ``…BUS``)."""
    return norm["type"] != "media" and not str(norm.get("role") or "").endswith("BUS")


def _bare(doc: Doc, a: Actor) -> str:
    """The mention's text without a leading ``the``."""
    return doc[a.start + (doc[a.start].lower_ == "the"):a.end].text


def _local_norm(doc: Doc, mentions: list[Actor], country: str) -> dict:
    """The local party's norm, named by its longest mention (the name over the acronym)."""
    name = max((_bare(doc, a) for a in mentions), key=lambda t: (len(t.split()), len(t)))
    return {**make_norm(f"{country.lower()}-{slugify(name)}", name, "organization", country, False,
                        f"{country}PTY", "name"), "country_source": "focus"}


def local_party_namesakes(doc: Doc, actors: list[Actor], country: str | None, words: frozenset[str]) -> None:
    """Every mention of a foreign gazetteer party (:func:`_party`) named only by names many parties
    share (:func:`_shared`, ``words``: ``party-namesake-words``) whose country the text does not
    otherwise name (:func:`_country_named`) takes the local party's norm, in a story of ``country``
    (the dateline's, else the one in focus; none: nothing moves)."""
    if not country:
        return
    by_id: dict[str, list[Actor]] = {}
    for a in actors:
        if _party(a.norm) and a.norm["country"] != country:
            by_id.setdefault(a.norm["actor_id"], []).append(a)
    for party_id, mentions in by_id.items():
        if not all(_shared(doc, a, words) for a in mentions) or \
                _country_named(actors, mentions[0].norm["country"], party_id):
            continue
        norm = _local_norm(doc, mentions, country)
        for a in mentions:
            a.norm, a.origin = dict(norm), "rule:local-party"
