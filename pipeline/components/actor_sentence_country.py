"""The country a sentence is about, for the passes that give an unnamed phrase a country
(``actor_state_media.py``: ``state television``; ``actor_acting_seats.py``: ``The palace said``).

The one country of the governments and states named in the sentence; for a wide search
(``wide=True``) else of its places and people, else of the sentence before's governments and
states; else the country in focus. Two countries at one step: no guess (None). Actors in the
phrase's reported words (``The palace said that the Cambodian government had apologised``: the
clause its verb reports) give no country: the words are about another country as often as not;
two countries there (``Armenia and Azerbaijan traded fire, state television said``) make no guess.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor

STATE_TYPES = ("state", "government")
PLACE_PERSON_TYPES = ("location", "person")  # actors that carry a country but are no state


def sentence_country(doc: Doc, tok, order: list[Actor], focus: str | None, wide: bool = False) -> str | None:
    """The country of the sentence of ``doc[tok.i]`` (module doc); None when two countries tie."""
    reported = reported_clause(tok)
    for lo, hi, types in _steps(doc, tok.sent, wide):
        found = _countries(order, lo, hi, types, reported)
        if len(found) == 1:
            return next(iter(found))
        if found or len(_countries(order, lo, hi, types, set()) - found) > 1:
            return None  # two countries, or two in the reported words (a clash of two states): no guess
    return focus


def _countries(order: list[Actor], lo: int, hi: int, types: tuple[str, ...], skip: set[int]) -> set[str]:
    """The countries of the actors of ``types`` in tokens ``lo:hi`` that start in no ``skip`` token."""
    return {a.norm["country"] for a in order if lo <= a.start and a.end <= hi and a.start not in skip
            and a.norm["type"] in types and a.norm.get("country")}


def _steps(doc: Doc, sent, wide: bool) -> list[tuple[int, int, tuple[str, ...]]]:
    """The (start, end, actor types) windows searched in turn."""
    if not wide:
        return [(sent.start, sent.end, STATE_TYPES)]
    prev = doc[sent.start - 1].sent if sent.start > 0 else None
    return [(sent.start, sent.end, STATE_TYPES), (sent.start, sent.end, PLACE_PERSON_TYPES),
            (prev.start if prev else 0, prev.end if prev else 0, STATE_TYPES)]


def reported_clause(tok) -> set[int]:
    """The token indices of the clause reported by the verb that ``tok``'s phrase is the subject or
    the means of (``said [that the Cambodian government had apologised]``, ``[X traded fire], state
    television said``): the subtrees of that verb's ``ccomp`` children."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    return {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
