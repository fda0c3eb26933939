"""The court a story is about, for ``the court`` / ``the tribunal`` with no court named before.

An international court is often named late or only once (``The United Nations' top court said …
the court's president … the court said …`` and ``the International Court of Justice`` in a
caption): ``the court`` is then that court, not the judiciary of the country in focus
(``TUVJUD`` in a story about Tuvalu). Only a named court of no country counts (a body whose name
holds a word of ``court-name-words``, ``actor_words.jsonl``), and only when it is the one court
of that kind the article names: a national court named later (``… will appeal to the Supreme
Court``) may be another court than the one of ``the court``, so the national judiciary code stays.
"""

from __future__ import annotations

from pipeline.components.actor_model import Actor

NOT_COURTS = ("person", "group", "people", "location", "state")


def names_court(norm: dict, words: frozenset[str]) -> bool:
    """Is the actor of ``norm`` a body named as a court (not a role code such as ``CHLJUD``, not a
    person)? Read by the speaker layer too (claim_courts.py)."""
    if norm.get("type") in NOT_COURTS or norm.get("actor_id") == norm.get("role"):
        return False
    return bool(words & set((norm.get("name") or "").lower().split()))


def is_named_court(a: Actor, words: frozenset[str]) -> bool:
    """Is ``a`` a body named as a court?"""
    return names_court(a.norm, words)


def later_court(at: int, actors: list[Actor], words: frozenset[str]) -> dict | None:
    """The one court of no country the article names after token ``at``, when no court is named
    before it and no other court anywhere; else None."""
    courts = [a for a in actors if is_named_court(a, words)]
    if any(a.end <= at and a.origin != "rule:coref" for a in courts):
        return None  # a court named before: the descriptions decide (desc-court)
    ids = {a.norm["actor_id"] for a in courts}
    if len(ids) != 1 or courts[0].norm.get("country"):
        return None
    return {**courts[0].norm, "via": "coref"}
