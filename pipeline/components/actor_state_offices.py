"""State offices of a US state story, for ``claims_actors`` (issue 12: one id per real entity).

A US state has its own secretary of state, attorney general, governor and treasurer. In a story
about one state, a bare ``the secretary of state`` (``The secretary of state's office said it would
send guidance to all 159 counties``) with no holder named before is that state's officer, not the
federal holder of the offices table (``marco-rubio``): the unnamed holder of the state's office
(``georgia-secretary-of-state``). A story is about one state when it names exactly one US state
(``Georgia``, a place of the text) and speaks of that state's own bodies: a ``state-story-marks``
phrase (``the state Senate``, ``State Sen. Bo McCrae``, ``Gov. Dana Whitlock``). A federal story
that only names a state (``The secretary of state flew to Florida``) keeps the table's holder.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, make_norm
from pipeline.components.gazetteer import slugify, subdivision_countries, subdivision_kinds

def story_state(doc: Doc, actors: list[Actor], marks: frozenset[str]) -> dict | None:
    """The norm of the one US state the story is about (module doc), else None."""
    if not marks or not _state_marked(doc, marks):
        return None
    states = {}
    for a in actors:
        name = (a.norm.get("name") or "").lower()
        if a.norm.get("type") == "location" and a.norm.get("country") == "USA" and \
                subdivision_countries().get(name) == "USA" and "state" in subdivision_kinds().get(name, ()):
            states.setdefault(name, a.norm)
    return next(iter(states.values())) if len(states) == 1 else None

def _state_marked(doc: Doc, marks: frozenset[str]) -> bool:
    """Does a ``marks`` phrase of one or two words (lower case) occur in the text?"""
    for tok in doc:
        if tok.lower_ in marks or tok.i + 1 < len(doc) and f"{tok.lower_} {doc[tok.i + 1].lower_}" in marks:
            return True
    return False

def state_office_norm(state: dict, phrase: str) -> dict:
    """The unnamed holder of ``phrase`` in ``state`` (``georgia-secretary-of-state``)."""
    name = state.get("name") or state["actor_id"]
    return make_norm(f"{slugify(name)}-{slugify(phrase)}", f"{name} {phrase}", "person", "USA", False,
                     "USAGOV", "office")
