"""A document first named without its author, whose author the next sentence gives.

``… a race that a new poll suggests is effectively tied. The survey, conducted May 11-14 by Quist
Research, found …``: a speaker that is a document as written (no actor, no author, no name given by
another pass) opened by ``a``/``an`` (``a new poll``) is by the author of the document of its
kind (``poll`` and ``survey`` are one kind) that speaks in the very next sentence, reached through
a definite phrase (``The survey``, ``The University of New Hampshire Survey Center poll``): the
author's record becomes the speaker, and the words as written go to ``via``. Not when that later
phrase says it is another document (``An earlier survey by X``, ``a separate poll``: word list
``other_document_words``), is indefinite itself, or lies more than one sentence away; a document
named in a headline or subhead is not read this way (its author may be named paragraphs later)."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.components.claim_context import DocContext, copy_json
from pipeline.components.claim_quotes import replace_speaker
from pipeline.components.claim_speakers import document_kind

_INDEFINITE = ("a", "an")


def name_later_authors(ctx: DocContext, claims: list[dict]) -> None:
    """Give each authorless ``a <document>`` speaker the author the next sentence gives it (module doc)."""
    ordered = sorted(claims, key=lambda c: (c["start"], c["end"]))
    for claim in ordered:
        sp = claim.get("speaker")
        kind = _bare_indefinite(ctx, sp)
        if kind is None:
            continue
        later = _next_document_claim(ctx, ordered, sp, kind)
        if later is None:
            continue
        rec = copy_json(later["speaker"])
        rec["via"] = {"text": sp["text"], "start": sp["start"], "end": sp["end"]}
        replace_speaker(claim, sp, rec)


def _bare_indefinite(ctx: DocContext, sp: dict | None) -> str | None:
    """The kind of a speaker written ``a/an … <document noun>`` in the body (no actor, author,
    name or ``via``); None otherwise."""
    if not isinstance(sp, dict) or "mention_id" in sp or sp.get("actor_id") or "norm" in sp or "via" in sp:
        return None
    span = ctx.doc.char_span(sp["start"], sp["end"])
    if span is None or span[0].lower_ not in _INDEFINITE or ctx.section_at(span.start_char) in ("headline", "subhead"):
        return None
    return _document_kind(ctx, span)


def _next_document_claim(ctx: DocContext, ordered: list[dict], sp: dict, kind: str) -> dict | None:
    """The first claim after ``sp`` whose speaker is an actor reached through a definite document
    phrase of ``kind`` (``via``) in the sentence right after ``sp``'s; None when the first claim
    spoken after it is any other, or farther away."""
    after = [c for c in ordered if (c.get("speaker") or {}).get("start", -1) > sp["end"]]
    if not after:
        return None
    nxt = min(after, key=lambda c: c["speaker"]["start"])
    rec, via = nxt["speaker"], nxt["speaker"].get("via")
    if not rec.get("actor_id") or not isinstance(via, dict) or via.get("start") is None \
            or ctx.sentence_index(via["start"]) - ctx.sentence_index(sp["start"]) != 1:
        return None
    span = ctx.doc.char_span(via["start"], via["end"], alignment_mode="expand")
    if span is None or span[0].lower_ in _INDEFINITE or _document_kind(ctx, span) != kind \
            or any(t.lower_ in ctx.rules.words("other_document_words") for t in span):
        return None
    return nxt


def _document_kind(ctx: DocContext, span: Span) -> str | None:
    """The kind of the phrase's head when it is a document noun (``survey`` counts as ``poll``)."""
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN") or not (root.lemma_.lower() in ctx.rules.documents
                                                  or root.lower_ in ctx.rules.documents):
        return None
    return document_kind(root)
