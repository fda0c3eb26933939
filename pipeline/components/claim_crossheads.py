"""Crossheads: a capitalised label before a colon that names no speaker (precision, round 34).

Newsletters and fact-checks open paragraphs with labels in capitals: ``THE BIG NUMBER: €2
trillion.``, ``CHECK THE MATH: A Bruegel analysis showed …``, ``DEFENSE BONDS: Five governments
…``, ``FACT CHECK: Records show …``. Outside a transcript (whose turns :mod:`claim_turns` reads)
such a label is a heading, not a speaker: the colon is no cue, and the clauses after it keep their
own cues (``… showed …``). A label in capitals stays a speaker when a quotation follows the colon
(``ORTIZ: "…"``) or when it names someone the article names elsewhere: a word of it, titles and
role words aside, is a word of a person's name (``GALLAGHER:`` after ``Aoife Gallagher``), or the
whole label is the name of a body that is no place (``THE REVIEW:`` after ``The Review``), or
the label is itself the name of a person the gazetteer knows (``ERDOGAN:``). A label opening with an
article (``THE TRUMP FACTOR:``) names nobody, whatever name stands in it. Title
and role words are the rows ``honorifics`` and ``role`` of ``claim_turns.jsonl`` and the title
words of the cue rules.
"""

from __future__ import annotations

from pipeline.components.claim_context import DocContext, is_location

_QUOTE_CHARS = "\"\u201c\u201d\u2018'"
_ARTICLES = frozenset({"the", "a", "an"})


def _words(text: str) -> list[str]:
    return [w.strip(".,'\u2019\u2018\"()").lower() for w in text.split()]


def _person(span) -> bool:
    norm = span._.norm or {}
    return norm.get("type") == "person" or (norm.get("type") is None and span.root.ent_type_ == "PERSON")


def _name_words(ctx: DocContext, n_start: int, n_end: int) -> set[str] | None:
    """The words of the label that could be a name (title and role words aside), or None when the
    label reads as a heading: it opens with an article (``THE TRUMP FACTOR:``)."""
    words = _words(ctx.text[n_start:n_end])
    if words and words[0] in _ARTICLES:
        return None
    plain = ctx.rules.turns.honorifics | ctx.rules.turns.roles | ctx.rules.title_words
    return {w for w in words if w and w not in plain}


def _names_someone(ctx: DocContext, n_start: int, n_end: int) -> bool:
    """The label names a person or a body the article names outside the label, or is itself the
    name of a person the gazetteer knows (``ZELENSKY:``)."""
    names = _name_words(ctx, n_start, n_end)
    whole = " ".join(_words(ctx.text[n_start:n_end]))
    for sp in ctx.spans:
        if sp.label_ != "actor":
            continue
        person_words = set(_words(sp.text)) if _person(sp) else set()
        if n_start <= sp.start_char < n_end:
            if names and names <= person_words and (sp._.norm or {}).get("in_gazetteer"):
                return True
            continue
        if names and names <= person_words:
            return True
        if not is_location(sp) and (sp._.norm or {}).get("type") not in ("state", "location") \
                and " ".join(_words(sp.text)) == whole:
            return True
    return False


def crosshead(ctx: DocContext, n_start: int, n_end: int, content_start: int) -> bool:
    """The capitalised label ``[n_start, n_end)`` before a colon is a heading (see module doc);
    ``content_start`` is where the text after the colon starts."""
    label = ctx.text[n_start:n_end]
    if not any(c.isalpha() for c in label) or label.upper() != label:
        return False
    if ctx.text[content_start:content_start + 1] in _QUOTE_CHARS:
        return False
    return not _names_someone(ctx, n_start, n_end)
