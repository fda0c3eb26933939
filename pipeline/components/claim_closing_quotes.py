"""Parse repair for the reporting verb after a quotation that opens its sentence:
``"The minister was clear that the plan is a temporary measure," a spokesperson told
reporters.`` The parser sometimes hangs the verb after the closing mark on a word inside the
quotation (``measure`` … ``told``: a relative clause), so the quotation's root becomes the root of
the sentence and the speaker outside reports nothing, while a reporting word inside the quotation
(``clear``) seems to report the words outside it.

The verb becomes the root, the quotation's root its reported clause. Only for a verb with its
subject right after a closing mark that a comma, ``?`` or ``!`` ends (a quoted statement, not a
quoted title), when the quotation opens the sentence (or the sentence opens inside it) and holds its
root and the verb reports no clause of its own. The same for a verb with its subject after it
(``"…, nobody believes that," said one of the sources.``), read as the verb's ``attr``/``dobj``:
that word becomes the subject. Every other sentence is left as parsed.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.components.quote_marks import CLOSE_QUOTES, OPEN_QUOTES, closing_marks

_ENDS = frozenset((",", "?", "!"))
_QUOTE_REACH = 120  # tokens back to the mark of a quotation of several sentences


def _quoted_root(verb: Token) -> Token | None:
    """The root of the sentence inside the quotation that closes right before ``verb``'s subject,
    when ``verb`` is hung inside that quotation (see module doc), else None."""
    if verb.dep_ == "ROOT" or verb.pos_ != "VERB" or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.right_edge.i + 1 != verb.i or subj.left_edge.i < 2:
        return None
    return _closed_quote_root(verb, subj.left_edge.i - 1)


def _opening_mark(sent: Span) -> Token | None:
    """The mark of the quotation ``sent`` opens with or opens inside of (``"The officials tell us
    … upgraded.`` + ``Nobody believes that," said …``: the one before the sentence before, no other
    mark and no line break between), else None."""
    first = next((t for t in sent if not t.is_space), None)
    if first is not None and first.text in OPEN_QUOTES:
        return first
    for k in range(sent.start - 1, max(sent.start - _QUOTE_REACH, -1), -1):
        tok = sent.doc[k]
        if "\n" in tok.text or tok.text in CLOSE_QUOTES and tok.tag_ != "``":
            return None
        if tok.text in OPEN_QUOTES:
            return tok
    return None


def _inverted_quoted_root(verb: Token) -> tuple[Token, Token] | None:
    """(the quotation's root, the subject) of ``"Nobody believes that," said one of the sources.``:
    a reporting verb right after the closing mark, hung inside the quotation (the ``that`` before
    the comma read as opening a clause), its subject after it read as its ``attr``/``dobj``; the
    words of the subject end the sentence or a comma follows them. Else None."""
    if verb.dep_ == "ROOT" or verb.pos_ != "VERB" or verb.i < 3 or any(
            c.dep_ in ("ccomp", "xcomp", "nsubj", "nsubjpass") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("attr", "dobj") and c.left_edge.i == verb.i + 1
                 and c.pos_ in ("NOUN", "PROPN", "NUM")), None)
    after = verb.doc[subj.right_edge.i + 1] if subj is not None and subj.right_edge.i + 1 < len(verb.doc) else None
    if subj is None or (after is not None and after.text not in (",", ".") and not after.is_space):
        return None
    root = _closed_quote_root(verb, verb.i - 1)
    return (root, subj) if root is not None else None


def _closed_quote_root(verb: Token, close: int) -> Token | None:
    """The root of ``verb``'s sentence when the quotation that opens it closes at ``close`` with
    a comma, ``?`` or ``!`` before the mark, holds that root, and ``verb`` hangs inside it."""
    doc, sent = verb.doc, verb.sent
    first = _opening_mark(sent)
    if first is None:
        return None
    if doc[close].text not in closing_marks(first.text) or doc[close - 1].text not in _ENDS:
        return None  # “…’ is no closed quotation: ’ closes only ‘
    root = sent.root
    return root if first.i < root.i < close and verb.head.i < close else None


def _free_inverted(verb: Token, root: Token, subj: Token) -> None:
    """The subject after ``verb`` its subject; a word of the quotation hung on ``verb`` (the
    ``that`` of ``Nobody believes that,``) a word of the quotation's root again."""
    subj.dep_ = "nsubj"
    for c in [c for c in verb.children if c.i < verb.i and not c.is_punct]:
        c.head, c.dep_ = root, "dobj" if c.dep_ == "mark" else c.dep_


def repair_closing_quotes(doc: Doc, reports: list[Token]) -> int:
    """Make a reporting verb hung inside the quotation before it the root (see module doc);
    ``reports``: the document's reporting tokens. Returns the number repaired."""
    if not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for verb in reports:
        inverted = _inverted_quoted_root(verb)
        root = inverted[0] if inverted is not None else _quoted_root(verb)
        if root is None:
            continue
        if inverted is not None:
            _free_inverted(verb, root, inverted[1])
        for c in [c for c in root.children if c.i > verb.i]:
            c.head = verb  # the final stop
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "ccomp"
        repaired += 1
    return repaired
