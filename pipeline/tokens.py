"""Walks over the parse shared by the components.

:func:`list_head` climbs a coordination (and, if asked, an apposition) to its first member: the
parser hangs ``Lyon`` of ``in Marseille and Lyon`` on ``Marseille`` (``conj``), so whatever the
list as a whole does (its preposition, its role in the clause) is read from the first member.
:func:`trim_end` is the one tail trim of a claim's extent and content (edge punctuation, a dangling
``and``). :data:`PERSON_PRONOUNS` are the pronouns that can only stand for a person (the pronouns that own a
noun, ``her supporters``, ``his government``, are the rule data's list ``possessive-pronouns``).
"""

from __future__ import annotations

from spacy.tokens import Token

PERSON_PRONOUNS = frozenset({"he", "she"})  # pronouns that stand for a person only (not it, they, we)


def amount_sign(tok: Token) -> bool:
    """``%`` right after a number (``inflation was 4%``): part of the amount, though spaCy counts it
    as punctuation, so no trim of a claim's or a content's end drops it."""
    return tok.text == "%" and tok.i > 0 and tok.doc[tok.i - 1].like_num


def list_head(tok: Token, deps: tuple[str, ...] = ("conj",)) -> Token:
    """The first member of the list ``tok`` is in (``tok`` itself outside a list): follows the
    ``deps`` arcs (``conj``; ``("conj", "appos")`` also climbs appositions) up to their head."""
    while tok.dep_ in deps and tok.head.i != tok.i:
        tok = tok.head
    return tok


def trim_end(core: list[Token], keep_quote: bool = False) -> None:
    """Drop from the end of ``core`` (in place) edge punctuation and a dangling ``and``; never the
    ``%`` of an amount (``inflation was 4%``), nor, with ``keep_quote``, the closing mark of a
    quotation ``core`` opens (``called the plan “a shell game”``), which is taken in when the parse
    left it outside (``said the budget was "balanced."``: the mark hangs on ``said``). The one tail
    trim of a claim's extent, its content and a question's content."""
    while core and not amount_sign(core[-1]) and not (keep_quote and _closes_quote(core)) and (
            core[-1].is_punct or core[-1].dep_ in ("cc", "punct")):
        core.pop()
    if keep_quote and core:
        _take_closing_mark(core)


#: what may stand between a quotation's last word and its closing mark
_MARK_ENDS = frozenset((".", "?", "!"))


def _take_closing_mark(core: list[Token]) -> None:
    """Append to ``core`` the closing mark (and a ``.``, ``?`` or ``!`` before it) of a quotation
    ``core`` opens and does not close, when the mark follows its last word in the text."""
    doc, k = core[-1].doc, core[-1].i + 1
    tail = [doc[k]] if k < len(doc) and doc[k].text in _MARK_ENDS else []
    k += len(tail)
    if k < len(doc) and _opens_more(core, doc[k].text):
        core.extend(tail + [doc[k]])


def _opens_more(core: list[Token], mark: str) -> bool:
    """``mark`` closes a quotation opened in ``core`` and not closed there (a straight ``"`` closes
    when ``core`` holds an odd number of them)."""
    if mark == '"':
        return sum(t.text == '"' for t in core) % 2 == 1
    opening = {"\u201d": "\u201c", "\u2019": "\u2018"}.get(mark)
    if opening is None:
        return False
    marks = [t.text for t in core if t.text in (opening, mark)]
    return marks.count(opening) > marks.count(mark)


def _closes_quote(core: list[Token]) -> bool:
    """The last token is the closing mark of a quotation opened by a token of ``core`` (``called
    the plan “a shell game”``: the mark stays; a straight ``"`` closes when ``core`` holds an odd
    number of them before it: ``said the budget was "balanced",``)."""
    return _opens_more(core[:-1], core[-1].text)
