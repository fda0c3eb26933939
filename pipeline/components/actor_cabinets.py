"""``the cabinet``, ``his cabinet``, ``Sithole's cabinet``: the government as such of its country.

A mention whose last word is a ``government-cabinet-heads`` noun, given a body of a country's
government (``kwt-cabinet``, ``ahmad-saleh-cabinet``: type ``government``, role ``<ISO3>GOV``),
names the government as such (``KWTGOV``) when nothing but ``the``, a possessive pronoun or
``own`` stands before the noun in it (``the cabinet``, ``her own cabinet``), or when the noun
stands alone right after a possessive ``'s`` (``Walai's cabinet``: the owner is a mention of its
own). The golds of most stories read the cabinet that meets, resigns or is quit as the
government that ``the government`` names; a cabinet with a modifier (``the security
cabinet``, ``the federal cabinet``, ``the Israeli Cabinet``) or bare with no owner
(``criticised the plan within cabinet``) keeps the id of its own it was given.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor

LEADS = frozenset({"the", "own"})  # with the possessive pronouns: words that only point or own


def _government_body(norm: dict) -> bool:
    """A body of a country's government (role ``<ISO3>GOV``), not the government as such."""
    role = norm.get("role") or ""
    return norm["type"] == "government" and bool(norm.get("country")) and role == f"{norm['country']}GOV" and \
        norm["actor_id"] != role


def _unmodified(doc: Doc, a: Actor, possessives: frozenset[str]) -> bool:
    """Only pointing or owning words before the head in the mention; alone, after ``'s``."""
    before = doc[a.start:a.end - 1]
    if len(before):
        return all(t.lower_ in LEADS or t.lower_ in possessives for t in before)
    return a.start > 0 and doc[a.start - 1].tag_ == "POS"


def cabinet_governments(doc: Doc, actors: list[Actor], heads: frozenset[str], possessives: frozenset[str],
                        government_norm: Callable[[str, str], dict]) -> None:
    """Give the unmodified cabinets of ``actors`` (module doc) the government as such of their
    country; ``heads``: ``government-cabinet-heads``; ``government_norm(country, via)``."""
    for a in actors:
        if doc[a.end - 1].lower_ in heads and _government_body(a.norm) and _unmodified(doc, a, possessives):
            a.norm = government_norm(a.norm["country"], a.norm.get("via") or "coref")
