"""Headline and subhead clauses joined by a semicolon are two sentences.

``Quispe claims lead; rival alleges 'irregularities'`` or ``Ethics panel finds X accepted money;
lawyer vows appeal``: the parser often hangs the clause before the semicolon on the verb after it
as its complement, so the second speaker seems to say the first clause. In a headline or a subhead
(:func:`~pipeline.components.claim_sections.classify_paragraphs`) the clause before the
semicolon becomes a root of its own, the semicolon its closing mark (spaCy then starts a new
sentence after it). Left alone: a semicolon in the body, a part before the semicolon with more than
one word hung after it (the parse is too unsure to cut), a semicolon that ends the line.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.components.claim_sections import classify_paragraphs

#: sections cut at their semicolons
_SECTIONS = frozenset({"headline", "subhead"})


def repair_headline_semicolons(doc: Doc, rules) -> int:
    """Cut the headline and subhead sentences of ``doc`` at their semicolons (see module doc).
    Returns the number of cuts."""
    if not doc.has_annotation("DEP") or not len(doc):
        return 0
    cut = 0
    for para in classify_paragraphs(doc.text, rules):
        if para.label not in _SECTIONS:
            continue
        span = doc.char_span(para.start, para.end, alignment_mode="expand")
        for tok in [t for t in span or [] if t.text == ";"]:
            cut += _cut_before(tok)
    return cut


def _cut_before(semi: Token) -> int:
    """Make the clause before ``semi`` a root closed by it, when one word of it hangs after it."""
    sent = semi.sent
    if semi.i + 1 >= sent.end or all(t.is_space or t.is_punct for t in semi.doc[semi.i + 1:sent.end]):
        return 0
    before = semi.doc[sent.start:semi.i]
    top = _single_top(before, semi.i)
    if top is None:
        return 0
    top.head, top.dep_ = top, "ROOT"
    semi.head, semi.dep_ = top, "punct"
    return 1


def _single_top(before: Span, semi: int) -> Token | None:
    """The one word of ``before`` whose head lies at or after ``semi`` (not a mark), else None."""
    tops = [t for t in before if t.head.i >= semi or t.head.i == t.i]
    if len(tops) != 1 or tops[0].is_punct or tops[0].head.i == tops[0].i:
        return None
    return tops[0]
