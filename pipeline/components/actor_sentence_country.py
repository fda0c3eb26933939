"""The country a sentence is about, for the passes that give an unnamed phrase a country
(``actor_state_media.py``: ``state television``; ``actor_acting_seats.py``: ``The palace said``).

The one country of the governments and states named in the sentence; for a wide search
(``wide=True``) else of its places and people, else of the sentence before's governments and
states; else the country in focus. Two countries at one step: no guess (None).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor

STATE_TYPES = ("state", "government")
PLACE_TYPES = ("location", "person")


def sentence_country(doc: Doc, tok, order: list[Actor], focus: str | None, wide: bool = False) -> str | None:
    """The country of the sentence of ``doc[tok.i]`` (module doc); None when two countries tie."""
    for lo, hi, types in _steps(doc, tok.sent, wide):
        found = {a.norm["country"] for a in order
                 if lo <= a.start and a.end <= hi and a.norm["type"] in types and a.norm.get("country")}
        if len(found) == 1:
            return next(iter(found))
        if found:
            return None  # two countries: no guess
    return focus


def _steps(doc: Doc, sent, wide: bool) -> list[tuple[int, int, tuple[str, ...]]]:
    """The (start, end, actor types) windows searched in turn."""
    if not wide:
        return [(sent.start, sent.end, STATE_TYPES)]
    prev = doc[sent.start - 1].sent if sent.start > 0 else None
    return [(sent.start, sent.end, STATE_TYPES), (sent.start, sent.end, PLACE_TYPES),
            (prev.start if prev else 0, prev.end if prev else 0, STATE_TYPES)]
