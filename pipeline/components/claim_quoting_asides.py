"""Parse repair for a verbatim marker between a reporting verb and its quotation:
``He said, and I quote, "The target was a slogan."``, ``she told me, and I'm quoting her
exactly, "We will not reopen the Act."``, ``what he said in the cabinet, and I quote: "…"``.
Interviews, podcasts and briefings use it to stress that the words are the speaker's own. The
parser makes the marker (``quote``, ``quoting``) a conjunct of the reporting verb and hangs the
quotation on the marker, so the reporting verb reports nothing and the words are lost.

The quotation's head becomes the reporting verb's clause and the marker an aside of that verb
(``report-quote`` asks for a clause, so the marker makes no claim of its own). Only for the marker
``, and I/we [will] quote`` or ``, and I'm/we're quoting`` (then ``him``/``her``/``them`` and
``exactly``/``directly``/``verbatim`` if any) followed by a comma or colon and an opening quotation
mark, and a reporting verb before the marker in its sentence with no quotation mark between them
and no clause of its own. Every other sentence is left as parsed.
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from pipeline.components.claim_repairs import HeadPlan, acyclic, apply_plan, planned_head, planned_under
from pipeline.components.quote_marks import CLOSE_QUOTES, OPEN_QUOTES, closing_marks

_SELF = frozenset(("i", "we"))
_BE = frozenset(("'m", "\u2019m", "am", "'re", "\u2019re", "are"))
_WILL = frozenset(("'ll", "\u2019ll", "will"))
_OBJECTS = frozenset(("him", "her", "them", "it"))
_MANNER = frozenset(("exactly", "directly", "verbatim", "again"))


def _marker_start(marker: Token) -> int | None:
    """The index of the comma that opens the marker ``, and I quote`` / ``, and I'll quote`` /
    ``, and I'm quoting`` ending at ``marker``, else None."""
    doc, i = marker.doc, marker.i
    before = _BE if marker.lower_ == "quoting" else _WILL
    if i >= 1 and doc[i - 1].lower_ in before:
        i -= 1  # ``I'm quoting``, ``I'll quote``
    elif marker.lower_ == "quoting":
        return None
    if i < 3 or doc[i - 1].lower_ not in _SELF or doc[i - 2].lower_ != "and" or doc[i - 3].text != ",":
        return None
    return i - 3


def _opening_mark(marker: Token) -> Token | None:
    """The quotation mark that opens right after the marker (its object, manner word and comma or
    colon), else None."""
    doc, i = marker.doc, marker.i + 1
    if i < len(doc) and doc[i].lower_ in _OBJECTS:
        i += 1
    if i < len(doc) and doc[i].lower_ in _MANNER:
        i += 1
    if i + 1 >= len(doc) or doc[i].text not in (",", ":") or doc[i + 1].text not in OPEN_QUOTES:
        return None
    return doc[i + 1]


def _quoted_parts(mark: Token) -> tuple[Token, list[Token]] | None:
    """The head of the quotation opened by ``mark`` within its sentence (to its closing mark or the
    sentence end) and the words inside it hung outside with it: the conjunctions and punctuation of
    a quotation of two clauses the parser hangs on the marker (``"…, and we will not accept …"``)."""
    doc, end = mark.doc, mark.sent.end
    marks = closing_marks(mark.text)
    close = next((t.i for t in doc[mark.i + 1:end] if t.text in marks), end)
    inside = range(mark.i + 1, close)
    outside = [t for t in doc[mark.i + 1:close] if t.head.i not in inside or t.head.i == t.i]
    heads = [t for t in outside if not t.is_punct]
    if not heads:
        return None
    first, rest = heads[0], [t for t in outside if t is not heads[0]]
    if any(not t.is_punct and (t.head.i != first.head.i or t.dep_ not in ("cc", "conj")) for t in rest):
        return None
    return first, rest


def _reporter(comma: int, reports: list[Token], positions: list[int]) -> Token | None:
    """The last reporting verb before the marker's comma in its sentence with no quotation mark
    between them and no clause of its own, else None."""
    k = bisect_left(positions, comma) - 1
    while k >= 0 and reports[k].lemma_.lower() == "quote":
        k -= 1
    if k < 0:
        return None
    verb, doc = reports[k], reports[k].doc
    if verb.pos_ != "VERB" or verb.sent.start != doc[comma].sent.start:
        return None
    if any(t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES for t in doc[verb.i + 1:comma]):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") and c.i < comma for c in verb.children):
        return None
    return verb


def _plan_move(doc, plan: HeadPlan, tok: int, head: int, dep: str) -> bool:
    """Plan ``tok`` under ``head`` (``head`` is ``tok``: a root); False when that makes a loop."""
    plan[tok] = (head, dep)
    return acyclic(doc, plan)


def _plan_lift(doc, plan: HeadPlan, verb: Token, over: Token) -> bool:
    """Plan ``verb`` where ``over`` hangs when ``over`` heads it (so neither heads the other)."""
    if verb is over or not planned_under(doc, plan, verb.i, over.i):
        return True
    up = planned_head(doc, plan, over.i)
    return _plan_move(doc, plan, verb.i, verb.i, "ROOT") if up == over.i else \
        _plan_move(doc, plan, verb.i, up, plan.get(over.i, (up, over.dep_))[1])


def _rehang(verb: Token, marker: Token, head: Token, rest: list[Token]) -> bool:
    """Hang the quotation (``head``, its second clauses ``rest``) and the marker on ``verb``; when
    a step would make a loop (the marker under a token of the quotation), nothing is done, False."""
    doc, plan = verb.doc, {}
    done = all(_plan_move(doc, plan, tok.i, head.i, tok.dep_) for tok in rest) and \
        _plan_lift(doc, plan, verb, marker) and _plan_lift(doc, plan, verb, head) and \
        _plan_move(doc, plan, marker.i, verb.i, "parataxis") and _plan_move(doc, plan, head.i, verb.i, "ccomp")
    if done:
        apply_plan(doc, plan)
    return done


def repair_quoting_asides(doc: Doc, reports: list[Token]) -> int:
    """Hang the quotation after a verbatim marker on the reporting verb before it (see module
    doc); ``reports``: the document's reporting tokens in order. Returns the number repaired; a
    repair that would make a loop in the parse is skipped."""
    if not doc.has_annotation("DEP"):
        return 0
    repaired, positions = 0, [v.i for v in reports]
    for marker in (t for t in reports if t.lower_ in ("quote", "quoting")):
        comma, mark = _marker_start(marker), _opening_mark(marker)
        parts = _quoted_parts(mark) if comma is not None and mark is not None else None
        verb = _reporter(comma, reports, positions) if parts is not None else None
        if verb is None or verb.i == parts[0].i:
            continue
        # ``"…, and we will not accept …"``: the second clause is the quotation's
        repaired += _rehang(verb, marker, parts[0], list(parts[1]))
    return repaired
