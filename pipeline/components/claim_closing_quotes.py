"""Parse repair for the reporting verb after a quotation that opens its sentence:
``"The minister was clear that the plan is a temporary measure," a spokesperson told
reporters.`` The parser sometimes hangs the verb after the closing mark on a word inside the
quotation (``measure`` … ``told``: a relative clause), so the quotation's root becomes the root of
the sentence and the speaker outside reports nothing, while a reporting word inside the quotation
(``clear``) seems to report the words outside it.

The verb becomes the root, the quotation's root its reported clause. Only for a verb with its
subject right after a closing mark that a comma, ``?`` or ``!`` ends (a quoted statement, not a
quoted title), when the quotation opens the sentence and holds its root and the verb reports no
clause of its own. Every other sentence is left as parsed.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.quote_marks import OPEN_QUOTES, closing_marks

_ENDS = frozenset((",", "?", "!"))


def _quoted_root(verb: Token) -> Token | None:
    """The root of the sentence inside the quotation that closes right before ``verb``'s subject,
    when ``verb`` is hung inside that quotation (see module doc), else None."""
    if verb.dep_ == "ROOT" or verb.pos_ != "VERB" or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.right_edge.i + 1 != verb.i or subj.left_edge.i < 2:
        return None
    doc, close = verb.doc, subj.left_edge.i - 1
    sent = verb.sent
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.text not in OPEN_QUOTES:
        return None
    if doc[close].text not in closing_marks(first.text) or doc[close - 1].text not in _ENDS:
        return None  # “…’ is no closed quotation: ’ closes only ‘
    root = sent.root
    if not first.i < root.i < close or verb.head.i >= close:
        return None
    return root


def repair_closing_quotes(doc: Doc, reports: list[Token]) -> int:
    """Make a reporting verb hung inside the quotation before it the root (see module doc);
    ``reports``: the document's reporting tokens. Returns the number repaired."""
    if not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for verb in reports:
        root = _quoted_root(verb)
        if root is None:
            continue
        for c in [c for c in root.children if c.i > verb.i]:
            c.head = verb  # the final stop
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "ccomp"
        repaired += 1
    return repaired
