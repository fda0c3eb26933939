"""Helpers the ``claim_turn_*`` modules share: the words of a label or a name as a set, the
sentence right before a transcript, and the origins of mentions that know a person by role only."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.components.claim_context import DocContext

#: origins of actor mentions that know a person by a role or description only
ROLE_ORIGINS = ("rule:role-", "rule:unnamed", "rule:description")


def text_words(text: str, strip: str = ".,'\u2019") -> set[str]:
    """The words of ``text`` between spaces, lower case, ``strip`` cut off their ends, none empty
    (``MR. HOFFER``: ``mr``, ``hoffer``)."""
    return {w.strip(strip).lower() for w in text.split()} - {""}


def sentence_before(ctx: DocContext, before: int) -> tuple[Span, int] | None:
    """(the sentence of the last character before ``before`` that is no space, the end of that
    character); None when there is none."""
    end = len(ctx.text[:before].rstrip())
    span = ctx.doc.char_span(end - 1, end, alignment_mode="expand") if end else None
    return (span[0].sent, end) if span is not None and len(span) else None
