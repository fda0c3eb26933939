"""State offices of a US state story, for ``claims_actors`` (issue 12: one id per real entity).

A US state has its own secretary of state, attorney general, governor and treasurer. In a story
about one state, a bare ``the secretary of state`` (``The secretary of state's office said it would
send guidance to all 159 counties``) with no holder named before is that state's officer, not the
federal holder of the offices table (``marco-rubio``): the unnamed holder of the state's office
(``georgia-secretary-of-state``). A story is about one state when it names exactly one US state
(``Georgia``, a place of the text, also inside a person's phrase: ``Gov. Ron DeSantis of Florida``)
and speaks of that state's own bodies more than of the federal ones: ``state-story-marks`` phrases
(``the state Senate``, ``State Sen. Bo McCrae``) outnumber ``federal-story-marks`` phrases (``the
Justice Department``, ``Congress``) plus mentions of the United States or its government (``the
United States``, ``The Biden administration``; not ``Washington's state Senate`` taken for it). The dateline's place (``WASHINGTON (Reuters) -``)
is no story state, and a state named like a city (``state-names-needing-state``: ``Washington``)
counts only as ``Washington state``, ``the state of Washington`` or ``Wash.``. A federal story that
only names a state (``The secretary of state flew to Florida``) keeps the table's holder.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry
from spacy.tokens import Doc

from pipeline.components.actor_cities import dateline_start
from pipeline.components.actor_model import Actor, make_norm
from pipeline.components.gazetteer import ActorWords, slugify
from pipeline.components.token_scan import doc_text

_PARTY_TAG = re.compile(r"\((?:R|D|I)-[A-Z][A-Za-z.]*\)")  # "(R-Ohio)", "(D-Pa.)": a member of Congress


def story_state(doc: Doc, actors: list[Actor], words: ActorWords) -> dict | None:
    """The norm of the one US state the story is about (module doc), else None."""
    federal = _marks(doc, words.federal_story_marks) + sum(_federal(doc, a) for a in actors)
    if _marks(doc, words.state_story_marks) <= federal:
        return None
    states = named_states(doc, actors, words)
    return next(iter(states.values())) if len(states) == 1 else None


def named_states(doc: Doc, actors: list[Actor], words: ActorWords) -> dict[str, dict]:
    """The US states the text names (not in the dateline; ``Washington`` only as the state):
    lower-case name -> the first mention's norm."""
    states: dict[str, dict] = {}
    for a in actors:
        name = (a.norm.get("name") or "").lower()
        if a.norm.get("type") == "location" and a.norm.get("country") == "USA" and name in us_states() and \
                not dateline_start(doc, a.start, a.end) and _named_as_state(doc, a, words.state_names_needing_state):
            states.setdefault(name, a.norm)
    return states


def federal_chamber_story(doc: Doc, words: ActorWords) -> bool:
    """Does the text mark a chamber of Congress (``federal-chamber-marks``: ``the U.S. Senate``,
    ``Congress``, ``Capitol Hill``; or a federal member's party tag, ``Sen. Ann Ross (R-Ohio)``)?"""
    return _marks(doc, words.federal_chamber_marks) > 0 or _PARTY_TAG.search(doc_text(doc)) is not None


def _federal(doc: Doc, a: Actor) -> bool:
    """The United States or its government (``the United States``, ``The Biden administration``),
    not a state's body the actor layer took for it (``Washington's state Senate``)."""
    return a.norm.get("actor_id") in ("USA", "USAGOV") and "state" not in (t.lower_ for t in doc[a.start:a.end + 1])


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """The names of the fifty US states, lower case (ISO 3166-2:US, type State)."""
    return frozenset(s.name.lower() for s in pycountry.subdivisions.get(country_code="US") if s.type == "State")


def _named_as_state(doc: Doc, a: Actor, city_named: frozenset[str]) -> bool:
    """Is ``a`` the state, not a city of its name? ``Washington`` only as ``Washington state``,
    ``the state of Washington`` or ``Wash.``; any other state as named."""
    if (a.norm.get("name") or "").lower() not in city_named or doc[a.end - 1].text.endswith("."):
        return True
    if doc[a.end - 1].lower_ == "state":  # "Washington state" (the state's own mention)
        return True
    return any(state_word_around(doc, a.start, a.end))


def state_word_around(doc: Doc, start: int, end: int) -> tuple[bool, bool]:
    """Does the word ``state`` mark the name ``doc[start:end]`` as a US state's, after it
    (``Washington state``) or before it (``the state of Washington``)? ``(after, before)``."""
    after = end < len(doc) and doc[end].lower_ == "state"
    before = start >= 2 and doc[start - 2:start].text.lower() == "state of"
    return after, before


def _marks(doc: Doc, marks: frozenset[str]) -> int:
    """How many ``marks`` phrases of one or two words (lower case) occur in the text?"""
    return sum(tok.lower_ in marks or tok.i + 1 < len(doc) and f"{tok.lower_} {doc[tok.i + 1].lower_}" in marks
               for tok in doc)


def state_office_norm(state: dict, phrase: str) -> dict:
    """The unnamed holder of ``phrase`` in ``state`` (``georgia-secretary-of-state``)."""
    name = state.get("name") or state["actor_id"]
    return make_norm(f"{slugify(name)}-{slugify(phrase)}", f"{name} {phrase}", "person", "USA", False,
                     "USAGOV", "office")
