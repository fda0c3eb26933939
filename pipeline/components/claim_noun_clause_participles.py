"""Parse repair for a reporting participle after a noun's ``that`` clause: ``The senator
rejected the claim that the plan would save money, calling the estimate "pure fiction."``,
``He scoffed at suggestions that sales had fallen, calling the figures "fantasy."``. The parser
hangs the participle set off by the comma on the last verb before it, the verb of the clause
the noun holds (``save``), so the participle seems said by that clause's subject (``the plan``)
and falls inside the noun's content; it is said by the subject of the verb the noun hangs on.

The participle (a reporting verb, ``-ing``, right after a comma, with no subject of its own)
becomes an adverbial clause of the verb whose object (or object of a preposition) the noun is.
Only a complement clause opened by ``that`` counts (not a relative clause: ``the plan that
would save money, saying …`` is left as parsed). Every other sentence is left as parsed.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.claim_repairs import repair_found

_VERBS = frozenset(("VERB", "AUX"))


def _participle(tok: Token) -> bool:
    """``tok`` is an ``-ing`` adverbial clause right after a comma with no subject of its own."""
    return tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.i > 0 and tok.doc[tok.i - 1].text == "," \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)


def _noun_of_clause(clause: Token) -> Token | None:
    """The noun whose ``that`` complement clause ``clause`` is (``claim`` of ``the claim that the
    plan would save money``), else None."""
    noun = clause.head
    if clause.dep_ != "acl" or noun.pos_ != "NOUN" or noun.i > clause.i or clause.pos_ not in _VERBS:
        return None
    marked = any(c.dep_ == "mark" and c.lower_ == "that" and c.i == clause.left_edge.i for c in clause.children)
    return noun if marked and clause.left_edge.i == noun.i + 1 else None


def _noun_host(noun: Token) -> Token | None:
    """The verb that ``noun`` is the object of, directly or through a preposition (``rejected
    the claim``, ``scoffed at suggestions``), else None."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ in _VERBS and head.i < noun.i else None


def noun_clause_host(tok: Token) -> Token | None:
    """The verb a participle ``tok`` hung inside a noun's ``that`` clause belongs to (see module
    doc), else None."""
    if not _participle(tok):
        return None
    noun = _noun_of_clause(tok.head)
    return _noun_host(noun) if noun is not None else None


def repair_noun_clause_participles(doc: Doc, reports: list[Token]) -> int:
    """Hang each reporting participle of ``reports`` found inside a noun's ``that`` clause on the
    verb the noun hangs on (see module doc). Returns the number repaired."""
    if not doc.has_annotation("DEP"):
        return 0
    return repair_found(reports, noun_clause_host, _hang)


def _hang(tok: Token, verb: Token) -> None:
    tok.head, tok.dep_ = verb, "advcl"
