"""A document that speaks as written, named the way a reader would: without its time words.

``A campaign finance report filed Monday with the Missouri Ethics Commission shows …``: a speaker
that is a document phrase with no author (``actor_id`` null, no ``norm``, no ``via``; its head a
``document`` noun) and holds a date mention gets a ``norm`` (:func:`~pipeline.components.
claim_phrase_norm.phrase_norm`, ``via: document``) whose ``name`` is the phrase without its dates,
the prepositions that only lead them (``on Monday``, ``in July``) and a participle the dates leave
bare (``A YouGov poll published on Monday`` → ``A YouGov poll``). When the document was published
says nothing about which document it is (a date before the noun does: ``The 2020 census``
keeps its name); the text, its offsets and every other field stay as
written."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_phrase_norm import phrase_norm


def name_dated_documents(ctx: DocContext, claims: list[dict]) -> None:
    """Give each authorless document speaker that holds a date its name without the date (module doc)."""
    for claim in claims:
        sp = claim.get("speaker")
        span = _bare_document(ctx, sp)
        if span is None:
            continue
        name = _undated_name(ctx, span)
        if name and name != sp["text"]:
            sp["norm"] = phrase_norm(name, "document")


def _bare_document(ctx: DocContext, sp: dict | None) -> Span | None:
    """The span of a speaker that is a document as written (no actor, no author found, no name
    given by another pass) and whose head is a document noun; else None."""
    if not isinstance(sp, dict) or "mention_id" in sp or sp.get("actor_id") or "norm" in sp or "via" in sp:
        return None
    span = ctx.doc.char_span(sp["start"], sp["end"])
    if span is None or len(span) < 2:
        return None
    root = span.root
    docs = ctx.rules.documents
    return span if root.pos_ == "NOUN" and (root.lemma_.lower() in docs or root.lower_ in docs) else None


def _undated_name(ctx: DocContext, span: Span) -> str:
    """The words of ``span`` without the date mentions after its head (a date before
    it tells which document it is: ``The March jobs report``), their bare prepositions and a participle
    they leave with nothing after it, as written (spaces kept); '' when nothing is dropped."""
    drop = {t.i for t in span if t.i in ctx.date_at and t.i > span.root.i}  # not "The 2020 census"
    if not drop:
        return ""
    for t in span:
        if t.dep_ == "prep" and all(c.i in drop for c in t.children) and any(True for _ in t.children):
            drop.add(t.i)  # ``on`` of ``on Monday``
    kept = [t for t in span if t.i not in drop]
    while kept and _bare_participle(kept[-1], drop):
        drop.add(kept.pop().i)  # ``published`` of ``A YouGov poll published on Monday``
    if not kept or kept[-1].i == span.root.i and len(kept) == 1:
        return ""
    return "".join(t.text_with_ws for t in kept[:-1]) + kept[-1].text


def _bare_participle(tok: Token, drop: set[int]) -> bool:
    """A participle on the document whose every dependent was dropped."""
    return tok.tag_ == "VBN" and tok.dep_ in ("acl", "conj") and all(c.i in drop for c in tok.children)
