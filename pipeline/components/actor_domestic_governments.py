"""``the government`` in a sentence about another country's home politics: that country's.

``Reinwald must also win over the Bundestag, where the government's majority depends on a junior
partner`` (a story in focus on Spain): the sentence names, before the description, at least two
institutions of one other country (a minister, its parliament, its army, a party: actors whose
role code is the country's and ends with one of ``domestic-institution-roles``) and nothing of the
country in focus, so ``the government`` is Germany's, not Spain's. One institution alone is no
evidence (``Russia's foreign minister accused the government``: the one in focus is criticised);
two countries' institutions, a company (``Sinopec, China's state-owned oil group, signed with the
government``: no institution), a place or a state (``Asked about Algeria, X said the government``)
change nothing. The sentence must be about that country's home politics: one of its
institutions is the subject of a verb that holds another (``Reinwald must win over the
Bundestag``), and ``the government`` acts or owns there (a subject or possessor): ``The German
foreign ministry and the German army accused the government`` is two critics of the one in focus.
Not done: the sentence before, and a country named only by its capital or a
person whose country the model got wrong.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor

MIN_INSTITUTIONS = 2  # distinct actors of the other country before the description
ACTING_DEPS = ("nsubj", "nsubjpass", "poss")  # "the government" acting or owning, not acted on
SUBJECT_DEPS = ("nsubj", "nsubjpass")


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
    found: dict[str, list[Actor]] = {}
    for a in before:
        role = a.norm.get("role") or ""
        if len(role) > 3 and role[3:] in roles and role[:3] == a.norm.get("country"):
            found.setdefault(role[:3], []).append(a)
    if len(found) != 1:
        return None
    country, members = next(iter(found.items()))
    if country == focus or len({a.norm["actor_id"] for a in members}) < MIN_INSTITUTIONS:
        return None
    return country if _acting(doc[the + 1]) and _acting_on_each_other(doc, members) else None


def _acting(tok) -> bool:
    """Is ``the government`` (head ``tok``) a subject or possessor (``where the government's
    majority``, ``that the government suspend``), not an object (``accused the government``: a
    foreign critic's target, the government in focus)?"""
    return tok.dep_ in ACTING_DEPS


def _acting_on_each_other(doc: Doc, members: list[Actor]) -> bool:
    """Is one institution the subject of a verb whose other arguments hold another one (``Reinwald
    must win over the Bundestag``, ``the prime minister faces pressure from the army``), not only
    joined to it (``the foreign ministry and the army accused``: two voices, one act)?"""
    roots = [(doc[a.start:a.end].root, a.norm["actor_id"]) for a in members]
    for subj, sid in roots:
        if subj.dep_ not in SUBJECT_DEPS:
            continue
        own, held = {t.i for t in subj.subtree}, {t.i for t in subj.head.subtree}
        if any(oid != sid and obj.i not in own and obj.i in held for obj, oid in roots):
            return True
    return False
