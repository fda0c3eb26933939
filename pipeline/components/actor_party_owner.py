"""The party a person leads, named next to her name: the antecedent of ``her party``.

``his party`` after ``The Greens leader, Tomas Vik, said``, ``Lena Moss, the Greens leader,
said`` or ``Greens leader Lena Moss said`` is the party named in the leader phrase beside the
name (a comma apposition before or after it, or the words right before it), even when the
gazetteer does not know the party (no ``PTY`` role): an organization actor of no role, or a
party's role, followed by one lower-case leader noun. Companies and government bodies
(other roles) are never a person's party; nothing found: None (the callers' other ways).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor

APPOSITION_REACH = 4  # "the Fine Gael leader": the, the party's words, the noun


def _party_like(a: Actor) -> bool:
    """An organization of no role, or of a party's role (``IRLPTY``)."""
    role = a.norm.get("role") or ""
    return a.norm["type"] == "organization" and (not role or role[3:6] == "PTY")


def _leads(doc: Doc, a: Actor, leaders: frozenset[str]) -> bool:
    """Is ``a`` followed by one leader noun (``RSP leader``)?"""
    return a.end < len(doc) and doc[a.end].lower_ in leaders and doc[a.end].is_lower


def _party_ending_at(doc: Doc, actors: list[Actor], lo: int, hi: int, leaders: frozenset[str]) -> Actor | None:
    """The party-like actor inside ``doc[lo:hi]`` followed by a leader noun that ends the range."""
    return next((p for p in actors if lo <= p.start and p.end + 1 == hi and _party_like(p)
                 and _leads(doc, p, leaders)), None)


def led_party(doc: Doc, person: Actor, actors: list[Actor], leaders: frozenset[str]) -> dict | None:
    """The norm of the party named in a leader phrase beside ``person`` (module doc), else None."""
    s, e = person.start, person.end
    found = _party_ending_at(doc, actors, max(0, s - APPOSITION_REACH), s, leaders)  # "Greens leader Lena Moss"
    if found is None and s >= 2 and doc[s - 1].text == ",":  # "The Greens leader, Tomas Vik,"
        found = _party_ending_at(doc, actors, max(doc[s - 1].sent.start, s - 1 - APPOSITION_REACH), s - 1, leaders)
    if found is None and e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ == "the":
        found = next((p for p in actors if p.start == e + 2 and _party_like(p) and _leads(doc, p, leaders)
                      and p.end + 1 < len(doc) and doc[p.end + 1].text in (",", ".")),
                     None)  # "Moss, the Greens leader,"
    return None if found is None else {**found.norm, "via": "coref"}
