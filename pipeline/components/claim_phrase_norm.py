"""The ``norm`` of a speaker phrase that names no actor but has a name for readers (issue 11).

A partitive member (``one of the residents``), a transcript phrase with its owner put in
(``Helga Brandt's critics``) and a briefing's questioner (``a reporter``) carry a ``norm`` with
the same keys as an actor mention's (docs/DESIGN.md, mention/1): ``actor_id`` null (no actor),
``in_gazetteer`` false, ``role`` null, and ``via`` saying which pass named it (``partitive``,
``owned``, ``asker``).
"""

from __future__ import annotations


def phrase_norm(name: str, via: str, kind: str | None = None, country: str | None = None) -> dict:
    """The full speaker ``norm`` of a phrase named ``name`` by pass ``via``; ``kind`` is the actor
    type (``person``, ``people``) or None when unknown."""
    return {"actor_id": None, "name": name, "type": kind, "country": country,
            "in_gazetteer": False, "role": None, "via": via}
