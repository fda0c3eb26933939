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
from pipeline.components.quote_marks import CLOSE_QUOTES, OPEN_QUOTES, STRAIGHT_SINGLE

#: sections cut at their semicolons
_SECTIONS = frozenset({"headline", "subhead"})


def repair_headline_semicolons(doc: Doc, rules, classified: list | None = None) -> int:
    """Cut the headline and subhead sentences of ``doc`` at their semicolons (see module doc);
    ``classified``: the paragraphs of its text when the caller has them. Returns the number of cuts."""
    if not doc.has_annotation("DEP") or not len(doc):
        return 0
    cut = 0
    for para in classify_paragraphs(doc.text, rules) if classified is None else classified:
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


#: quotation marks around a headline verdict (``call vote ‘orderly’``)
_OPEN = OPEN_QUOTES | {STRAIGHT_SINGLE}
_CLOSE = CLOSE_QUOTES | {STRAIGHT_SINGLE}
#: words of the object before a quoted verdict, at most
_MAX_OBJECT = 4


def repair_headline_verdicts(doc: Doc, rules, classified: list | None = None) -> int:
    """``observers call vote ‘orderly’``, ``Democrats call food aid cuts "cruel"``: in a headline
    or subhead, a verb whose rule takes an object predicate (``oprd`` in its ``with``) followed by
    a short object and a quoted word or phrase closing the clause: the object becomes its ``dobj``,
    the quotation its ``oprd`` (the parser read the object as a verb); ``classified``: the paragraphs
    of its text when the caller has them. Returns the number repaired."""
    if not doc.has_annotation("DEP") or not len(doc):
        return 0
    repaired = 0
    for para in classify_paragraphs(doc.text, rules) if classified is None else classified:
        if para.label in _SECTIONS:
            span = doc.char_span(para.start, para.end, alignment_mode="expand")
            repaired += sum(_verdict(tok, rules) for tok in span or [])
    return repaired


def _verdict(verb: Token, rules) -> int:
    rule = rules.report.get(verb.lemma_.lower()) or {}
    if verb.pos_ != "VERB" or "oprd" not in rule.get("with", ()) or any(c.dep_ == "oprd" for c in verb.children):
        return 0
    doc, sent = verb.doc, verb.sent
    opener = next((t.i for t in doc[verb.i + 1:min(sent.end, verb.i + _MAX_OBJECT + 2)] if t.text in _OPEN), None)
    if opener is None or opener == verb.i + 1 or any(not t.is_alpha for t in doc[verb.i + 1:opener]):
        return 0
    closer = next((t.i for t in doc[opener + 1:sent.end] if t.text in _CLOSE), None)
    rest = doc[closer + 1:sent.end] if closer is not None else None
    if closer is None or closer == opener + 1 or any(not (t.is_space or t.text in (";", ".")) for t in rest):
        return 0
    saved = [(t.head.i, t.dep_) for t in sent]
    obj, pred = doc[opener - 1], doc[closer - 1]
    for t in doc[verb.i + 1:opener - 1]:
        t.head, t.dep_ = obj, "compound"
    obj.head, obj.dep_ = verb, "dobj"
    for t in doc[opener:closer + 1]:
        if t.i != pred.i:
            t.head, t.dep_ = pred, ("punct" if t.is_punct else "advmod")
    pred.head, pred.dep_ = verb, "oprd"
    if all(_reaches(t, sent) for t in sent):
        return 1
    for t, (head, dep) in zip(sent, saved):
        t.head, t.dep_ = doc[head], dep
    return 0


def _reaches(tok: Token, sent: Span) -> bool:
    seen = 0
    while tok.head.i != tok.i:
        tok, seen = tok.head, seen + 1
        if seen > len(sent) or not sent.start <= tok.i < sent.end:
            return False
    return True
