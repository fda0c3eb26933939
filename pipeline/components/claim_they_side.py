"""A quoted ``they`` set against the speaker's own side: ``"They told us …," she said``.

When ``they`` acts on ``us`` (``They told us``, ``They keep telling us``, ``they lied to us``),
the quotation's speaker stands with ``us`` and ``they`` is the other side, as a rule a company,
government or other body the article is about:

- a plural noun the speaker calls ``our …`` in the same paragraph (``"… Our members keep this
  city moving"``) is the speaker's side, never ``they`` (:func:`own_side_nouns`);
- with nothing in the pronoun's window, ``they`` is the article's main body, when one body
  clearly dominates its mentions (:func:`dominant_body`: at least ``_MIN_MENTIONS`` mentions and
  ``_MARGIN`` times those of any other body; a newspaper or broadcaster never, two bodies of
  near equal weight never: no safe answer).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from pipeline.components.claim_context import DocContext

#: the first-person object that puts ``they`` on the other side
_US = "us"
#: object relations ``us`` holds on the verb (or through its preposition or open complement)
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})
#: body types that can be ``they`` the other side (a newspaper is the reporter, not a side)
_SIDE_TYPES = frozenset({"organization", "government", "legislature", "military"})
_MIN_MENTIONS = 4
_MARGIN = 1.5


def against_us(subj: Token) -> bool:
    """Is the ``they`` subject ``subj`` acting on ``us``: ``us`` an object of its verb, of that
    verb's preposition (``lied to us``) or of its open complement (``keep telling us``)?"""
    verb = subj.head
    near = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "prep")]
    for head in near:
        for child in head.children:
            if child.lower_ == _US and child.dep_ in _OBJECT_DEPS:
                return True
    return False


def own_side_nouns(ctx: DocContext, at: int) -> frozenset[str]:
    """Lemmas of the plural nouns owned by ``our`` in the paragraph holding char ``at``
    (``Our members``, ``our drivers``): the speaker's side."""
    para = ctx.paragraph_of(at)
    if para is None:
        return frozenset()
    span = ctx.doc.char_span(para[0], para[1], alignment_mode="expand")
    if span is None:
        return frozenset()
    return frozenset(t.lemma_.lower() for t in span if t.tag_ in ("NNS", "NNPS")
                     and any(c.dep_ == "poss" and c.lower_ == "our" for c in t.children))


def dominant_body(ctx: DocContext) -> Span | None:
    """The first mention of the one body the article is about: the body (no newspaper) with the
    most mentions, at least ``_MIN_MENTIONS`` and ``_MARGIN`` times any other's; else None."""
    counts: Counter = Counter()
    first: dict[str, Span] = {}
    for span in ctx.spans:
        norm = span._.norm or {}
        aid = norm.get("actor_id")
        if aid and norm.get("type") in _SIDE_TYPES:
            counts[aid] += 1
            first.setdefault(aid, span)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < _MARGIN * ranked[1][1]:
        return None
    return first[ranked[0][0]]
