"""``the government`` in a sentence about another country's home politics: that country's.

``Reinwald must also win over the Bundestag, where the government's majority depends on a junior
partner`` (a story in focus on Spain): the sentence names, before the description, at least two
institutions of one other country (a minister, its parliament, its army, a party: actors whose
role code is the country's and ends with one of ``domestic-institution-roles``) and nothing of the
country in focus, so ``the government`` is Germany's, not Spain's. One institution alone is no
evidence (``Russia's foreign minister accused the government``: the one in focus is criticised);
two countries' institutions, a company (``Sinopec, China's state-owned oil group, signed with the
government``: no institution), a place or a state (``Asked about Algeria, X said the government``)
change nothing. Not done: the sentence before, and a country named only by its capital or a
person whose country the model got wrong.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor

MIN_INSTITUTIONS = 2  # distinct actors of the other country before the description


def domestic_country(doc: Doc, the: int, order: list[Actor], focus: str | None,
                     roles: frozenset[str]) -> str | None:
    """The other country whose institutions (``roles``: role-code endings such as ``LEG``) the
    sentence of token ``the`` names before it, at least :data:`MIN_INSTITUTIONS` of them, when it
    names no actor of ``focus`` there and no other country's institution; else None."""
    if focus is None or not roles:
        return None
    sent = doc[the].sent
    before = [a for a in order if sent.start <= a.start and a.end <= the]
    if any(a.norm.get("country") == focus for a in before):
        return None
    found: dict[str, set[str]] = {}
    for a in before:
        role = a.norm.get("role") or ""
        if len(role) > 3 and role[3:] in roles and role[:3] == a.norm.get("country"):
            found.setdefault(role[:3], set()).add(a.norm["actor_id"])
    if len(found) != 1:
        return None
    country, ids = next(iter(found.items()))
    return country if country != focus and len(ids) >= MIN_INSTITUTIONS else None
