"""``…, study finds`` in a headline: the study the story names first.

``Repeated Heat Waves May Speed Up Biological Aging, Study Suggests`` over a story that reads
``…, according to a study published Wednesday in the journal Environmental Health Frontiers``: a
headline or subhead speaker that is a bare document noun as written (``study``, ``a study``; no
actor, no ``via``) speaks for the first document of that kind the body names, as the body writes
it, when that document has no author (:func:`claim_speakers.headline_document`); the headline's
words go to ``via``. A first document with an author (``a YouGov poll``), a document noun with
other words (``leaked report``, ``Children's commissioner report``) or a body that names none:
the headline's words stay."""

from __future__ import annotations

from pipeline.components.claim_clauses import Sentence
from pipeline.components.claim_context import DocContext
from pipeline.components.claim_speakers import headline_document

_HEADLINE_SECTIONS = ("headline", "subhead")


def name_headline_documents(ctx: DocContext, claims: list[dict]) -> None:
    """Give each bare headline document speaker the body's first document of its kind (module doc)."""
    for claim in claims:
        sp = claim.get("speaker") or {}
        noun = _bare_document(ctx, sp)
        sent = Sentence.holding(ctx, noun) if noun is not None else None
        rec = headline_document(sent, noun) if sent is not None else None
        if rec is None:
            continue
        rec["via"] = {"text": sp["text"], "start": sp["start"], "end": sp["end"]}
        claim["speaker"] = rec


def _bare_document(ctx: DocContext, sp: dict):
    """The noun token of a speaker written as one noun, or ``a``/``an`` and a noun, in a headline
    or subhead, that no actor covers and no ``via`` came with; else None."""
    if not sp or "mention_id" in sp or sp.get("actor_id") or sp.get("via") or sp.get("start") is None \
            or ctx.section_at(sp["start"]) not in _HEADLINE_SECTIONS:
        return None
    span = ctx.doc.char_span(sp["start"], sp["end"])
    if span is None or not 1 <= len(span) <= 2 or (len(span) == 2 and span[0].lower_ not in ("a", "an")):
        return None
    return span[-1] if span[-1].pos_ == "NOUN" else None
