"""Walks over the parse shared by the components.

:func:`list_head` climbs a coordination (and, if asked, an apposition) to its first member: the
parser hangs ``Lyon`` of ``in Marseille and Lyon`` on ``Marseille`` (``conj``), so whatever the
list as a whole does (its preposition, its role in the clause) is read from the first member.
:data:`PERSON_PRONOUNS` are the pronouns that can only stand for a person (the pronouns that own a
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
