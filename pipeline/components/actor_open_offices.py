"""Offices the story says are open: ``Until a speaker is elected``, ``If Republicans can't elect a
speaker``, ``failed to elect a speaker``. The office noun after ``a`` (``a new`` too), the object or
passive subject of a verb that fills an office (``office-filling-verbs`` of ``actor_words.jsonl``),
in a clause of what has not happened yet (:func:`_unfilled`), tells that nobody holds it in the
story: a bare ``the speaker`` there is not the holder of the offices table on the date (a stale
entry, or a hypothetical speaker: ``a vote to remove the speaker``), so it gets no id from the
table. A plain or future election (``The House elected a speaker in October``, ``Americans will
choose a president in November``) leaves the office held.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

from pipeline.components.token_scan import positions

_FILL_DEPS = ("dobj", "nsubjpass", "oprd")
_COMPLEMENT_DEPS = ("xcomp", "acl", "advcl", "ccomp", "relcl")


class OpenWords(NamedTuple):
    """The lists of ``actor_words.jsonl`` :func:`office_open` reads."""
    verbs: frozenset[str] = frozenset()  # "elect": fills an office
    marks: frozenset[str] = frozenset()  # "until", "if": a clause of what has not happened
    heads: frozenset[str] = frozenset()  # "fail" in "failed to elect": the filling has not happened


def office_open(doc: Doc, phrase: str, words: OpenWords) -> bool:
    """Does the story name the one-word office ``phrase`` as one still to fill (module doc)?"""
    if not words.verbs or " " in phrase:
        return False
    for tok in map(doc.__getitem__, positions(doc, frozenset({phrase}))):
        if tok.lower_ != phrase or tok.dep_ not in _FILL_DEPS or tok.head.lemma_.lower() not in words.verbs:
            continue
        left = [t.lower_ for t in tok.lefts]
        if ("a" in left or "an" in left) and _unfilled(tok.head, words):
            return True
    return False


def _unfilled(verb, words: OpenWords) -> bool:
    """Is the filling ``verb`` in a clause of what has not happened: under a mark of ``words.marks``
    (``until a speaker is elected``), negated (``can't elect a speaker``), or the complement of a
    word of ``words.heads`` (``failed to elect a speaker``, ``a vote to elect a speaker``)?"""
    if any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in words.marks for c in verb.children):
        return True
    return verb.dep_ in _COMPLEMENT_DEPS and verb.head.lemma_.lower() in words.heads
