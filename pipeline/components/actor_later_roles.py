"""A role description of a person that the text names a few sentences later is that person.

``… at the residence of the UN envoy inside the zone, the envoy, Ingrid Solheim, told reporters``;
``Mr. Reyes, through a lawyer, said … The lawyer, Helen Carraway, said``: a person mention that
no name carries (an unnamed holder such as ``united-nations-envoy`` or ``lawyer``) and whose last
word is a role noun takes the id of the person a later ``the <noun>`` stands in apposition to
(``the envoy, Ingrid Solheim,``; ``Ingrid Solheim, the envoy,``, also when no mention holds those
words), when that apposition comes at
most :data:`NAMING_WINDOW` sentences later and every such apposition of the document names the
same person. The text itself ties the role to the name, so no role table is guessed: ``a
spokesman`` stays unnamed unless ``the spokesman, X,`` follows; two people named ``the lawyer``
(or an unnamed ``a lawyer`` of another id in between): no guess.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

from pipeline.components.actor_groups import apposed_person
from pipeline.components.actor_model import Actor

NAMING_WINDOW = 3  # sentences from the role description to the apposition that names it


class Naming(NamedTuple):
    start: int  # token of the apposed description's ``the``
    noun: str  # its head noun, lower case
    person: Actor  # the named person it stands in apposition to


def _named_ids(doc: Doc, actors: list[Actor]) -> set[str]:
    """The ids some mention gives by a name (its last word title-case, not a role noun)."""
    return {a.norm["actor_id"] for a in actors if a.norm["type"] == "person" and doc[a.end - 1].is_title}


APPOSED_WORDS = 3  # lower-case words of ``Name, the <words>,`` (a description no mention holds)


def _after_name(doc: Doc, a: Actor) -> Naming | None:
    """``Ingrid Solheim, the envoy,``: the role words after a named person, closed by a comma."""
    k = a.end
    if k + 3 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ != "the":
        return None
    end = next((j for j in range(k + 2, min(k + 3 + APPOSED_WORDS, len(doc))) if not doc[j].is_lower or
                not doc[j].is_alpha), None)
    if end is None or end == k + 2 or doc[end].text != ",":
        return None
    return Naming(k + 1, doc[end - 1].lower_, a)


def _namings(doc: Doc, actors: list[Actor], named: set[str]) -> list[Naming]:
    """Every ``the <noun>`` in comma apposition to a named person (``the envoy, Ingrid Solheim,``;
    ``Ingrid Solheim, the envoy,``)."""
    found = [n for n in (_after_name(doc, a) for a in actors if a.norm["type"] == "person" and
                         a.norm["actor_id"] in named and doc[a.end - 1].is_title) if n is not None]
    for a in actors:
        if a.norm["type"] != "person" or doc[a.start].lower_ != "the" or not doc[a.end - 1].is_lower:
            continue
        person = apposed_person(doc, a.start, a.end - 1, actors)
        if person is not None and person is not a and person.norm["actor_id"] in named:
            found.append(Naming(a.start, doc[a.end - 1].lower_, person))
    return found


def _sentence_index(doc: Doc) -> list[int]:
    """The sentence number of each token."""
    index, n = [0] * len(doc), 0
    for n, sent in enumerate(doc.sents):
        for k in range(sent.start, sent.end):
            index[k] = n
    return index


def _naming_for(a: Actor, noun: str, namings: list[Naming], actors: list[Actor], sent: list[int]) -> Naming | None:
    """The one later naming of ``noun`` within the window, when every naming of it names one
    person and no other unnamed mention of that noun and another id stands between."""
    same = [n for n in namings if n.noun == noun]
    if len({n.person.norm["actor_id"] for n in same}) != 1:
        return None
    later = [n for n in same if n.start > a.start and sent[n.start] - sent[a.start] <= NAMING_WINDOW]
    if not later:
        return None
    first = min(later, key=lambda n: n.start)
    between = [b for b in actors if a.start < b.start < first.start and b.norm["type"] == "person" and
               b.norm["actor_id"] not in (a.norm["actor_id"], first.person.norm["actor_id"])]
    return None if any(b.head == noun or b.norm.get("name", "").lower().endswith(noun) for b in between) else first


def name_later_roles(doc: Doc, actors: list[Actor]) -> None:
    """Give each unnamed person role mention named by a later apposition that person's id (module doc)."""
    named = _named_ids(doc, actors)
    namings = _namings(doc, actors, named)
    if not namings:
        return
    sent = _sentence_index(doc)
    for a in actors:
        if a.norm["type"] != "person" or a.norm["actor_id"] in named or not doc[a.end - 1].is_lower:
            continue
        naming = _naming_for(a, doc[a.end - 1].lower_, namings, actors, sent)
        if naming is not None:
            a.norm = {**naming.person.norm, "via": "coref"}
