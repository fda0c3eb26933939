"""``Its authors`` after a document that spoke: the document's author.

``A review of 40 studies by researchers at two Canadian universities concluded that … . Its authors
conceded, though, that …``: a speaker written as ``its``/``their`` and ``author(s)``, which no actor
mention covers, names the author of the document the claim just before gave its words to (a
speaker reached through a document phrase: ``via`` ``A review … by researchers``, whose head is a
``documents`` noun), when that claim stands in the same paragraph, its speaker at most
:data:`SENTENCES_BACK` sentences before. The author's record becomes the speaker and the words as
written go to ``via``. A document with no author found, a claim between the two, or a speaker
that is no document's: the words stay (``The authors`` with no owner is left alone: a set's gold
keeps it as written as often as it names the study's author)."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.components.claim_context import DocContext, copy_json
from pipeline.components.claim_quotes import replace_speaker

SENTENCES_BACK = 2  # the document's speaker in this sentence or the two before


def name_document_authors(ctx: DocContext, claims: list[dict]) -> None:
    """Give each ``its authors`` speaker the author of the document that spoke just before (module doc)."""
    ordered = sorted(claims, key=lambda c: (c["start"], c["end"]))
    for claim in ordered:
        sp = claim.get("speaker") or {}
        if not _owned_authors(ctx, sp):
            continue
        earlier = _claim_before(ordered, sp["start"])
        if earlier is None or not _document_spoke(ctx, earlier, sp["start"]):
            continue
        rec = copy_json(earlier["speaker"])
        rec["via"] = {"text": sp["text"], "start": sp["start"], "end": sp["end"]}
        replace_speaker(claim, sp, rec)


def _owned_authors(ctx: DocContext, sp: dict) -> bool:
    """``Its authors``, ``their author`` (word lists ``document_author_owners``,
    ``document_author_nouns``): the words as written, no actor."""
    words = str(sp.get("text", "")).lower().split()
    return len(words) == 2 and words[0] in ctx.rules.words("document_author_owners") \
        and words[1] in ctx.rules.words("document_author_nouns") \
        and "mention_id" not in sp and not sp.get("actor_id")


def _claim_before(ordered: list[dict], at: int) -> dict | None:
    """The last claim whose speaker is named before ``at`` (the ``its authors`` words)."""
    before = [c for c in ordered if (c.get("speaker") or {}).get("start", at) < at]
    return max(before, key=lambda c: c["speaker"]["start"]) if before else None


def _document_spoke(ctx: DocContext, claim: dict, at: int) -> bool:
    """Did an actor speak in ``claim`` through a document phrase (``via``), in the paragraph of
    ``at`` and at most :data:`SENTENCES_BACK` sentences before it?"""
    sp = claim["speaker"]
    via = sp.get("via")
    if "mention_id" not in sp or not isinstance(via, dict) or via.get("start") is None:
        return False
    if ctx.paragraph_index(via["start"]) != ctx.paragraph_index(at) or \
            ctx.sentence_index(at) - ctx.sentence_index(via["start"]) > SENTENCES_BACK:
        return False
    span = ctx.doc.char_span(via["start"], via["end"], alignment_mode="expand")
    return span is not None and _document_head(ctx, span)


def _document_head(ctx: DocContext, span: Span) -> bool:
    """Is the phrase's head a document noun (``review``, ``report``, ``poll``)?"""
    root = span.root
    return root.pos_ == "NOUN" and (root.lemma_.lower() in ctx.rules.documents or root.lower_ in ctx.rules.documents)
