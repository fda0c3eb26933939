"""Descriptions that name no body where they stand, from the rows of ``actor_descriptions.jsonl``:
the bare noun (no modifier of its own: ``the house``, ``the world body``; not ``the lower house``,
``the 275-member house``) followed by a word of ``refuse_after`` and no name (``the house of the
speaker``, ``the world body for swimming``; not ``the house of Lords``), or the object of a verb
of ``object_verbs`` (``police searched the house``, ``the house was vandalised``); any description
in capitals (a subhead's ``TEAR GAS IN THE CAPITAL``)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.gazetteer import Description


def refused_description(doc: Doc, the: int, head: int, descriptions: list[Description]) -> bool:
    """Does a row whose noun is ``doc[the + 1:head + 1]`` refuse the description here?"""
    if doc[the].is_upper and doc[head].is_upper and len(doc[head]) > 1:
        return True  # a subhead in capitals ("TEAR GAS IN THE CAPITAL"): a common word, no mention
    phrase = " ".join(t.lower_ for t in doc[the + 1:head + 1])
    rows = [d for d in descriptions if phrase in d.nouns and (d.refuse_after or d.object_verbs)]
    return any(_before_no_name(doc, head, d.refuse_after) or _object_of(doc, head, d.object_verbs) for d in rows)


def _before_no_name(doc: Doc, head: int, words: tuple[str, ...]) -> bool:
    """``the house of the speaker``: a word of ``words`` after the head, then no title-case name."""
    if head + 2 >= len(doc) or doc[head + 1].lower_ not in words:
        return False
    nxt = head + 2 + (doc[head + 2].lower_ == "the" and head + 3 < len(doc))
    return not doc[nxt].is_title


def _object_of(doc: Doc, head: int, verbs: tuple[str, ...]) -> bool:
    """The head noun is the object (or the passive subject) of one of ``verbs``."""
    tok = doc[head]
    return tok.dep_ in ("dobj", "nsubjpass", "obj") and tok.head.lemma_.lower() in verbs
