"""The whole phrase of a speaker no actor heads (issue 11).

A description that names no actor (``Another resident, who did not want to be named,``, ``The
board's consultant, a firm from Columbus,``, ``A leaked memo dated March 2023``) is the subject
of its cue as a whole: its text runs to the end of its apposition, relative clause or participle
that close before the cue. A clause of the phrase that holds an attributed claim (its cue or its
words: ``Residents of the village, who said they had received no help,``) is no part of who
speaks: the phrase stops before it, or keeps its words. The words that the attribution pass kept
(its core, ``Another resident``) stay the phrase's ``norm.name`` (``via: phrase``), so a reader
who wants the short name still has it. A speaker with an actor id or a name a pass gave it
(``norm``) keeps its words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.components.claim_phrase_norm import phrase_norm
from pipeline.components.claim_span_bounds import time_phrase

if TYPE_CHECKING:  # pragma: no cover
    from pipeline.components.claim_context import DocContext

_SUBJECTS = frozenset(("nsubj", "nsubjpass"))
#: the words that may stand between a subject's phrase and its verb (``, has also said``)
_BETWEEN = frozenset(("aux", "auxpass", "advmod", "neg", "punct"))


def _root(ctx: DocContext, start: int, end: int) -> Token | None:
    """The head of the words ``start:end``: the last of them whose head lies outside (``e-mail``
    split by the tokenizer into two subjects: ``mail``)."""
    span = ctx.doc.char_span(start, end)
    if span is None or not len(span):
        return None
    heads = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    return heads[-1] if heads else span.root


def _gap_ok(doc, lo: int, verb: Token) -> bool:
    """Only commas, dashes, auxiliaries and adverbs of the verb between the phrase and the verb."""
    return all(t.is_punct and t.text not in ("\u201c", "\u201d", "\"", "(", ")") or
               (t.head.i == verb.i and t.dep_ in _BETWEEN) for t in doc[lo:verb.i])


def _trimmed(doc, last: Token, root: Token) -> Token:
    """``last`` without the commas and conjunctions that end the phrase before its verb."""
    while last.i > root.i and (last.is_punct or last.dep_ == "cc"):
        last = doc[last.i - 1]
    return last


def _free_of(doc, root: Token, last: Token, taken: list[tuple[int, int]]) -> Token:
    """The last word of the phrase before its first right-hand part (a relative clause, an
    apposition) that overlaps ``taken`` (the cues and words of claims), ``last`` when none does."""
    for part in (c for c in root.rights if c.i <= last.i):
        lo, hi = part.left_edge.idx, part.right_edge.idx + len(part.right_edge.text)
        if any(s < hi and lo < e for s, e in taken):
            return _trimmed(doc, doc[part.left_edge.i - 1], root)
    return last


def full_end(ctx: DocContext, start: int, end: int, taken: list[tuple[int, int]] = ()) -> int | None:
    """The character end of the whole subject phrase starting at ``start`` whose core ends at
    ``end``, when it reaches further and closes right before its verb, short of every clause that
    holds a span of ``taken`` (:func:`_free_of`); else None."""
    root = _root(ctx, start, end)
    if root is None or root.dep_ not in _SUBJECTS or root.head.i <= root.i or root.pos_ == "PROPN":
        return None  # a name (``Kayla, a teacher in Nampa who …``) is the speaker's whole name
    last = _trimmed(ctx.doc, root.right_edge, root)
    when = time_phrase(ctx, root, last)  # ``Senators from both parties on Wednesday``: when, not who
    last = _trimmed(ctx.doc, ctx.doc[when.i - 1], root) if when is not None else last
    if last.i >= root.head.i or root.left_edge.idx < start or not _gap_ok(ctx.doc, last.i + 1, root.head):
        return None
    last = _free_of(ctx.doc, root, last, taken)
    stop = last.idx + len(last.text)
    if stop <= end or any(s < stop and start < e for s, e in taken):
        return None
    if any(t.text in ("\u201c", "\u201d", "\"") for t in ctx.doc[root.i:last.i + 1]):
        return None  # a quotation is no part of who speaks
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in root.children):
        return None  # ``One resident, Ana Pérez,``: a name the attribution pass passed over
    return stop


def widen_unnamed_speakers(ctx: DocContext, claims: list[dict]) -> None:
    """Every speaker with no actor id and no ``norm`` runs to its whole phrase (:func:`full_end`;
    also when a pronoun read back to it: ``via``); the words it had become its ``norm.name``. It
    takes in no cue nor the words of a claim that has one (its own claim's included): a clause
    with no cue (``who asked not to be named because his firm advises the government``) is a
    fact about the speaker, not a statement of theirs."""
    cued = [r for r in claims if r.get("cue") and r["cue"].get("start") is not None]
    taken = [(r["start"], r["end"]) for r in cued] + [(r["cue"]["start"], r["cue"]["end"]) for r in cued]
    for rec in claims:
        sp = rec.get("speaker")
        if not sp or sp.get("actor_id") is not None or "norm" in sp \
                or "document" in sp or "also" in sp or _headline_label(ctx, rec):
            continue
        stop = full_end(ctx, sp["start"], sp["end"], taken)
        if stop is None:
            continue
        rec["speaker"] = {**sp, "text": ctx.text[sp["start"]:stop], "end": stop,
                          "norm": phrase_norm(sp["text"], "phrase")}


def _headline_label(ctx: DocContext, rec: dict) -> bool:
    """A headline's quote tag or colon label (``"…": union chief on Kenya's teacher pay freeze``):
    its speaker is the label as written, never the phrase a title-case parse hangs on it."""
    cue = rec.get("cue") or {}
    return cue.get("text") == ":" and ctx.section_at(rec["speaker"]["start"]) in ("headline", "subhead")
