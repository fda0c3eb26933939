"""A role phrase of one person in comma apposition to a named person is that person.

``Chad's foreign minister, Idriss Tahir,``, ``Mr. Mensah, a former Ghanaian diplomat, said``,
``Paula Ortiz, a former Colombian vice foreign minister who led …``: the role phrase (a person the
role rules made of a country word and an office noun, ``via: role_phrase``: ``tcd-minister``) is
a post of the named person beside it (the parse's apposition, :func:`apposed_person`), so it takes
the person's id with ``via: apposition`` like the posts ``actor_owned`` finds there (and goes with
them under ``apposition_posts: false``); the phrase keeps the country its words name, and a person
of no country of their own takes it (``Themba Dlamini, a former Eswatini prime minister,`` in a
story about Malawi is from Eswatini, not of the country in focus: ``country_source: apposition``). A role
phrase that stands alone, or next to a name in a list (``the minister and Idriss Tahir``), keeps
its own id.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_groups import apposed_person
from pipeline.components.actor_model import Actor

MAX_LEAD = 2  # "a former" before "Ghanaian diplomat"


def _phrase_start(doc: Doc, a: Actor) -> int:
    """Where the role phrase's noun phrase starts: its article and lower-case adjectives before it."""
    start = a.start
    while start > 0 and a.start - start < MAX_LEAD and doc[start - 1].is_lower and \
            doc[start - 1].pos_ in ("DET", "ADJ"):
        start -= 1
    return start


def _named_person(p: Actor | None, a: Actor, doc: Doc) -> bool:
    """A person named by a name (not another role phrase or description) that ends title-case."""
    return p is not None and p is not a and p.norm["type"] == "person" and \
        p.norm.get("via") not in ("role_phrase", "apposition") and doc[p.end - 1].is_title


def join_apposed_roles(doc: Doc, actors: list[Actor]) -> None:
    """Give each person role phrase in apposition to a named person that person's id (module doc)."""
    for a in actors:
        if a.norm["type"] != "person" or a.norm.get("via") != "role_phrase":
            continue
        person = apposed_person(doc, _phrase_start(doc, a), a.end - 1, actors)
        if _named_person(person, a, doc):
            own = a.norm.get("country")  # "a former Ghanaian diplomat": the words' country stays
            a.norm = {**person.norm, "via": "apposition", "country": own or person.norm.get("country")}
            if own and not person.norm.get("country") and not person.norm["in_gazetteer"]:
                _give_country(actors, person.norm["actor_id"], own)


def _give_country(actors: list[Actor], actor_id: str, country: str) -> None:
    """Every mention of ``actor_id`` with no country (and none from a rule) takes ``country``."""
    for b in actors:
        if b.norm["actor_id"] == actor_id and not b.norm.get("country") and "country_source" not in b.norm:
            b.norm = {**b.norm, "country": country, "country_source": "apposition"}
