"""``It was Mr. Whitford, not Ms. Ocampo, who called it …``: the relative clause of a cleft
correction belongs to the focused name, not to the negated one the parser hangs it on.

The parser attaches ``who …`` to the nearest noun (``Ms. Ocampo``), an apposition of the cleft's
focus (``Mr. Whitford``, the ``attr`` of ``It was``) that carries the ``not`` between them. The
focus is the one who did it; the negated name is who did not. Only the ``it``/``that`` + ``be``
cleft: a plain apposition with ``not`` is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

_CLEFT_SUBJECTS = frozenset(("it", "that"))


def _cleft_copula(focus: Token) -> bool:
    verb = focus.head
    return focus.dep_ == "attr" and verb.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in _CLEFT_SUBJECTS and c.i < focus.i for c in verb.children)


def cleft_focus(noun: Token) -> Token | None:
    """The cleft's focus when ``noun`` is the negated name set off after it (``X, not Y, who``;
    the name nearest to it when the focus is a description with a name in apposition), else None."""
    focus = noun.head
    top = focus
    while top.dep_ == "appos" and top.head.i < top.i:  # ``the treasurer, Ms. Rudd, not Mr. Lutz``
        top = top.head
    if noun.dep_ not in ("appos", "conj") or focus.i >= noun.i or not _cleft_copula(top):
        return None
    negated = any(c.dep_ == "neg" and focus.i < c.i < noun.i for c in list(focus.children) + list(noun.children))
    return focus if negated else None
