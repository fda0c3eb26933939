"""Offices the story says are open: ``Until a speaker is elected``, ``If Republicans can't elect a
speaker``, ``to choose a new prime minister``. The office noun after ``a`` (``a new`` too), the
object or passive subject of a verb that fills an office (``office-filling-verbs`` of
``actor_words.jsonl``), tells that nobody holds it in the story: a bare ``the speaker`` there is
not the holder of the offices table on the date (a stale entry, or a hypothetical speaker: ``a
vote to remove the speaker``), so it gets no id from the table.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.token_scan import positions

_FILL_DEPS = ("dobj", "nsubjpass", "oprd")


def office_open(doc: Doc, phrase: str, verbs: frozenset[str]) -> bool:
    """Does the story name the one-word office ``phrase`` as one to fill (module doc)?"""
    if not verbs or " " in phrase:
        return False
    for tok in map(doc.__getitem__, positions(doc, frozenset({phrase}))):
        if tok.lower_ != phrase or tok.dep_ not in _FILL_DEPS or tok.head.lemma_.lower() not in verbs:
            continue
        left = [t.lower_ for t in tok.lefts]
        if "a" in left or "an" in left:
            return True
    return False
