"""``The statement said``: a definite document phrase that speaks names the body that issued it.

``Paradise Range said in a statement that the pit had been redrawn. "We stand by our water
modeling," the statement said.``: a speaker that is a definite phrase of an issued document as
written (``the statement``, ``The same statement``, ``The document``: word lists
``issued_document_nouns`` and ``issued_document_modifiers``; no actor) is the actor that spoke
``in`` a document of that kind just before (``X said in a statement``, ``In a statement, X said``:
the preposition hangs on the earlier claim's predicate or cue), when that claim's speaker is an
actor and stands at most :data:`SENTENCES_BACK` sentences before, in the same paragraph or the one
before. ``the document`` (``generic_document_nouns``) takes a document of any of those kinds (``the
ODNI said in a fact sheet … The document also argued``). The nearest such claim decides; two actors
that issued one in the same sentence, or none: the words stay as written (``The report warns``
with no issuer named stays the report). The issuer's record becomes the speaker, and the words as
written go to ``via``."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.components.claim_context import DocContext, copy_json
from pipeline.components.claim_quotes import replace_speaker

SENTENCES_BACK = 3  # the issuer's claim in this sentence or the three before
PARAGRAPHS_BACK = 1  # in the document phrase's paragraph or the one before


def name_document_issuers(ctx: DocContext, claims: list[dict]) -> None:
    """Give each ``the statement`` speaker the actor that spoke in that statement just before (module doc)."""
    ordered = sorted(claims, key=lambda c: (c["start"], c["end"]))
    issued = [(c, noun) for c in ordered for noun in [_issued_in(ctx, c)] if noun is not None]
    for claim in ordered:
        sp = claim.get("speaker") or {}
        noun = _document_phrase(ctx, sp)
        if noun is None:
            continue
        issuer = _issuer(ctx, issued, sp["start"], noun)
        if issuer is not None:
            rec = copy_json(issuer)
            rec["via"] = {"text": sp["text"], "start": sp["start"], "end": sp["end"]}
            replace_speaker(claim, sp, rec)


def _document_phrase(ctx: DocContext, sp: dict) -> str | None:
    """The noun of ``the statement``, ``The same report`` (the words as written, no actor), else None."""
    if not sp or "mention_id" in sp or sp.get("actor_id") or sp.get("via") or sp.get("start") is None:
        return None
    words = str(sp.get("text", "")).lower().split()
    if len(words) < 2 or words[0] != "the" or words[-1] not in ctx.rules.words("issued_document_nouns"):
        return None
    return words[-1] if all(w in ctx.rules.words("issued_document_modifiers") for w in words[1:-1]) else None


def _issued_in(ctx: DocContext, claim: dict) -> str | None:
    """The document noun of ``in a statement`` hung on the claim's predicate or cue, when someone
    speaks the claim (``X said in a statement that …``), else None."""
    if not claim.get("speaker"):
        return None
    heads = {_token_at(ctx, part) for part in (claim.get("predicate"), claim.get("cue")) if part}
    nouns = ctx.rules.words("issued_document_nouns")
    for head in heads - {None}:
        for prep in head.children:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "in" else None
            if obj is not None and (obj.lower_ in nouns or obj.lemma_.lower() in nouns):
                return obj.lemma_.lower()
    return None


def _token_at(ctx: DocContext, part: dict) -> Token | None:
    """The root token of a claim part (``predicate``, ``cue``) by its offsets."""
    span = ctx.doc.char_span(part["start"], part["end"], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _issuer(ctx: DocContext, issued: list[tuple[dict, str]], at: int, noun: str) -> dict | None:
    """The speaker of the nearest claim before ``at`` that spoke in a document ``noun`` names,
    near enough (module doc), when that speaker is an actor; None when two speakers spoke so in that
    claim's sentence (``Kestrel said in a statement …, and the union said in a statement …``)."""
    generic = noun in ctx.rules.words("generic_document_nouns")
    fit = [c for c, kind in issued if c["speaker"]["start"] < at and (generic or kind == noun) and
           ctx.sentence_index(at) - ctx.sentence_index(c["start"]) <= SENTENCES_BACK and
           0 <= ctx.paragraph_index(at) - ctx.paragraph_index(c["start"]) <= PARAGRAPHS_BACK]
    if not fit:
        return None
    last = max(fit, key=lambda c: c["speaker"]["start"])
    same = {c["speaker"].get("actor_id") or c["speaker"]["start"] for c in fit
            if ctx.sentence_index(c["start"]) == ctx.sentence_index(last["start"])}
    sp = last["speaker"]
    return sp if len(same) == 1 and "mention_id" in sp and sp.get("actor_id") else None
