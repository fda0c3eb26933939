"""Parse repair for an amount a reporting verb's relative clause modifies with no relative word:
``below the $3.5 billion analysts had forecast``, ``the 2% economists expected``. The parser reads
the amount as a number of the subject (``$3.5 billion analysts``); the amount is the noun the
clause modifies, and the verb's object (a ``gap`` rule: ``forecast``, ``expect``, ``estimate``).

Left alone: a verb with an object or clause of its own (``3,000 workers said they would strike``),
a subject not right after the amount, a verb whose rule has no ``gap``, a sentence's root verb
(``Two analysts had forecast it`` has no gap)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.claim_repairs import rehead, repair_found

_TO_NOUN = {"pcomp": "pobj", "ccomp": "pobj"}


def _amount_subject(verb: Token, rules) -> tuple[Token, Token] | None:
    """(the amount, the subject) of a ``gap`` reporting verb parsed with the amount as a number of
    its subject (the subject hung on the verb, or, with the verb left subjectless, on the words
    before it); else None."""
    rule = rules.report_rule(verb.lemma_.lower(), verb.lower_)
    if rule is None or not rule.get("gap") or verb.pos_ != "VERB" or verb.dep_ == "ROOT":
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "nsubjpass") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.left_edge.i > 0:
        subj = verb.doc[verb.left_edge.i - 1]
        subj = subj if subj.tag_ in ("NNS", "NN") and subj.head.i != verb.i else None
    elif subj is not None and verb.dep_ not in _TO_NOUN:
        return None
    amount = subj.doc[subj.i - 1] if subj is not None and subj.i > 0 and subj.i < verb.i else None
    if amount is None or amount.head.i != subj.i or amount.dep_ != "nummod" or amount.tag_ != "CD":
        return None
    return amount, subj


def repair_amount_gaps(doc: Doc, reports: list[Token], rules) -> int:
    """Make the amount the noun the verb's clause modifies (see module doc); ``reports``: the
    document's reporting tokens. Returns the number repaired."""
    if not doc.has_annotation("DEP"):
        return 0
    return repair_found(reports, lambda verb: _amount_subject(verb, rules), _amount_noun)


def _amount_noun(verb: Token, found: tuple[Token, Token]) -> None:
    """Make the amount the noun ``verb``'s clause modifies, the subject the verb's."""
    amount, subj = found
    movers = [c for c in subj.children if c.i < amount.i]  # ``the``
    if subj.head.i == verb.i:  # the subject on the verb: the amount takes the verb's place
        amount.head, amount.dep_ = verb.head, _TO_NOUN[verb.dep_]
    else:  # the subject in the amount's place: the amount takes it, the subject goes to the verb
        amount.head, amount.dep_ = subj.head, subj.dep_
        subj.head, subj.dep_ = verb, "nsubj"
    rehead(amount, verb, "relcl", movers)
