"""Who a speaker or subject phrase refers to: actor mentions, pronouns and earlier subjects."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.claim_clauses import Sentence
from pipeline.components.claim_context import DocContext

PRONOUNS_SPEAKER = {"it", "they", "he", "she", "we", "i"}
PERSON_PRONOUNS = {"he", "she"}
GENERIC_PRONOUNS = {"one", "you", "anyone", "everyone", "someone", "nobody", "somebody"}


def via_of(tok: Token) -> dict:
    """The words as written (``he``, ``it``) for a ``via`` field."""
    return {"text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text)}


def speaker_for_token(sent: Sentence, tok: Token) -> dict:
    """The actor mention of the phrase headed by ``tok`` as a speaker, else the phrase itself."""
    span = sent.actor_for_token(tok)
    if span is not None:
        return sent.ctx.actor_record(span, "speaker")
    start_tok = tok.left_edge
    start, end = start_tok.idx, tok.idx + len(tok.text)
    # a phrase: from the left edge of the subject to the subject itself (no clause tails)
    return {"text": sent.ctx.text[start:end], "start": start, "end": end, "actor_id": None}


def last_person(ctx: DocContext, before: int, sent_index: int) -> Span | None:
    """``he``/``she``: the last person mentioned before ``before``, at most three sentences back."""
    lo = ctx.sent_ranges[max(0, sent_index - 3)][0] if ctx.sent_ranges else 0
    best = None
    for span in ctx.spans:
        if span.label_ != "actor" or not (lo <= span.start_char and span.end_char <= before):
            continue
        norm = span._.norm or {}
        if norm.get("type") == "person" or (norm.get("type") is None and span.root.ent_type_ == "PERSON"):
            best = span
    return best


def prev_subject(ctx: DocContext, sent_index: int, plural: bool) -> Span | None:
    """``It``/``they`` opening a sentence: the speaker or first subject actor of the sentence
    just before, in the same paragraph (``it``: a singular noun)."""
    if sent_index == 0 or sent_index - 1 not in ctx.subjects:
        return None
    para = ctx.paragraph_of(ctx.sent_ranges[sent_index][0])
    span = ctx.subjects[sent_index - 1]
    if para is None or span.start_char < para[0]:
        return None
    if not plural and span.root.tag_ in ("NNS", "NNPS"):
        return None
    return span


def pronoun_antecedent(ctx: DocContext, tok: Token, sent_index: int) -> Span | None:
    """The actor a ``he``/``she``/``it``/``they`` token refers to (None when unknown)."""
    if tok.lower_ in PERSON_PRONOUNS:
        return last_person(ctx, tok.idx, sent_index)
    if tok.lower_ in ("it", "they"):
        return prev_subject(ctx, sent_index, tok.lower_ == "they")
    return None


def remember_subject(ctx: DocContext, index: int, recs: list[dict]) -> None:
    """The actor a following ``it``/``they`` most likely means: a speaker, else a subject."""
    for role in ("speaker", "subject"):
        for rec in recs:
            for actor in rec["actors"]:
                if actor["role"] == role and "via" not in actor:
                    span = ctx.actor_by_char.get((actor["start"], actor["end"]))
                    if span is not None:
                        ctx.subjects[index] = span
                        return
