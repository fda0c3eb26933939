"""Parse repair for a word the tokenizer split at its hyphen: ``said the team would not
re-sign the pitcher``, ``said the government would co-sponsor the bill``. The tokenizer splits
``re-sign`` into ``re``, ``-`` and ``sign``, and the small model often hangs ``re`` and the hyphen
on the reporting verb as two clauses side by side (both ``ccomp``), the rest of the verb phrase
under the hyphen; the reported clause then ends at ``re`` (``the team would not re``).

A word and the hyphen glued to it (no space on either side of the hyphen, a word right after it)
that share their head and a clause's label, the first piece read as a verb, are one word: the hyphen, and the word after it when it
hangs on that same head, become dependents of the first piece, so its clause runs on over the whole
word and what follows it. A hyphen the parser already hung inside the word's subtree, or a word
with a space before the hyphen (``the vote - not the count``), is left as parsed.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.actor_model import HYPHENS, glued_hyphen
from pipeline.components.claim_repairs import repair_found
from pipeline.components.token_scan import text_positions

_CLAUSES = frozenset(("ccomp", "xcomp", "conj", "advcl", "relcl", "acl"))


def _split_pieces(hyphen: Token) -> tuple[Token, Token] | None:
    """(the word before ``hyphen``, the word after it) when the parser split that hyphened word
    into sibling heads (see module doc), else None."""
    doc = hyphen.doc
    if not glued_hyphen(doc, hyphen.i):
        return None
    first, after = doc[hyphen.i - 1], doc[hyphen.i + 1]
    if not first.is_alpha or not after.is_alpha:
        return None
    if first.head.i == first.i or first.head.i != hyphen.head.i or first.dep_ != hyphen.dep_:
        return None
    if first.pos_ not in ("VERB", "AUX") or first.dep_ not in _CLAUSES:
        return None  # ``Anand's co-counsel, X, said``: a noun's pieces, whose head is the last one
    return first, after


def _join_pieces(hyphen: Token, found: tuple[Token, Token]) -> None:
    """Hang the hyphen (and the word after it, when it shares the same head) on the first piece."""
    first, after = found
    if after.head.i == first.head.i:
        after.head, after.dep_ = first, "dep"
    hyphen.head, hyphen.dep_ = first, "dep"


def repair_hyphen_words(doc: Doc) -> int:
    """Join the pieces of hyphened words the parser split into sibling clauses (see module doc).
    Returns the number repaired."""
    if not doc.has_annotation("DEP"):
        return 0
    return repair_found([doc[i] for i in text_positions(doc, HYPHENS)], _split_pieces, _join_pieces)
