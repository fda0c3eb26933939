"""``A statement from the ministry read: "We will appeal."``: the verb ``read`` taken for a noun.

After a phrase ending in a noun (``from the ministry``, ``on the mayor's account``, ``at the gate``)
the small model often reads ``read``/``reads`` as a noun of that phrase (``ministry read``) and the
quotation as a clause of the document noun, so nothing reads the words. When ``read``/``reads`` is
tagged a noun, a colon or an opening quotation mark follows it, and a noun above it in the parse
that bears writing (a document noun such as ``statement`` or ``letter``, an inscription noun such as
``sign`` or ``banner``: the subjects the ``read`` rule accepts) stands before it, the word is the
verb again: that noun is its subject, it takes the noun's place in the tree, the noun's words after
it (the colon, the quotation's clause) hang on it, and the last noun before it (``ministry``) is the
object of the phrase it ended. Every other ``read`` is left as parsed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.claim_repairs import HeadPlan, acyclic, apply_plan, repair_each
from pipeline.components.quote_marks import OPEN_QUOTES

_FORMS = {"read": "VBD", "reads": "VBZ"}
_NOMINAL = ("NOUN", "PROPN")


def _writing(noun: Token, rules) -> bool:
    """``noun`` bears writing: a document noun or an inscription noun (word lists of the rules)."""
    lemma, inscriptions = noun.lemma_.lower(), rules.words("inscription_nouns")
    return lemma in rules.documents or noun.lower_ in rules.documents or lemma in inscriptions or \
        noun.lower_ in inscriptions


def _written_subject(tok: Token, rules) -> Token | None:
    """The nearest noun above ``tok``, before it, that bears writing; None when another noun
    comes first (``a copy of the report on the read``) or there is none."""
    up = tok.head
    while up.i != up.head.i and up.pos_ not in _NOMINAL:
        up = up.head
    return up if up.pos_ in _NOMINAL and up.i < tok.i and _writing(up, rules) else None


def _phrase_object(tok: Token) -> Token | None:
    """The last noun of ``tok``'s own words before it (``ministry`` of ``the ministry read``)."""
    return next((c for c in reversed(list(tok.lefts)) if c.pos_ in _NOMINAL), None)


def _plan(tok: Token, subject: Token) -> HeadPlan | None:
    """The new heads (module docstring), or None when the phrase would be left without its
    object or the plan makes a loop."""
    plan: HeadPlan = {}
    if tok.head.i != subject.i or tok.dep_ != "acl":
        obj = _phrase_object(tok)
        if obj is None:
            return None
        plan[obj.i] = (tok.head.i, tok.dep_)
        plan.update({c.i: (obj.i, c.dep_) for c in tok.lefts if c.i != obj.i})
    root = subject.head.i == subject.i
    plan[tok.i] = (tok.i, "ROOT") if root else (subject.head.i, subject.dep_)
    plan[subject.i] = (tok.i, "nsubj")
    for c in subject.rights:
        if c.i > tok.i:
            plan[c.i] = (tok.i, "ccomp" if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") else c.dep_)
    return plan if acyclic(tok.doc, plan) else None


def _noun_read(tok: Token, rules) -> HeadPlan | None:
    """The repair of a ``read`` taken for a noun (module docstring), or None."""
    doc = tok.doc
    if tok.lower_ not in _FORMS or tok.pos_ != "NOUN" or tok.i + 1 >= len(doc):
        return None
    after = doc[tok.i + 1].text
    if after != ":" and after not in OPEN_QUOTES:
        return None
    subject = _written_subject(tok, rules)
    return None if subject is None else _plan(tok, subject)


def _verb_read(tok: Token, plan: HeadPlan) -> None:
    """Apply ``plan`` and make ``tok`` the verb ``read``."""
    apply_plan(tok.doc, plan)
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", _FORMS[tok.lower_], "read"


def repair_noun_reads(doc: Doc, rules) -> int:
    """Make each ``read`` taken for a noun before a quotation a verb again (module docstring).
    Returns the number repaired (0 for a doc with no parse)."""
    return repair_each(doc, rules, _noun_read, _verb_read)
