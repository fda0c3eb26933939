"""``told the Guardian turnout would decide the result``: an outlet read as a modifier of the
clause's subject.

With no ``that`` after ``told``, the parser often reads the outlet and the first noun of the
reported clause as one noun phrase (``the Guardian turnout``, ``the AP prices``, ``the Financial
Times inflation``): the outlet becomes a ``compound`` of that noun, the noun the verb's object
or the clause's subject, and the clause loses its subject (``would decide the result``). The
repair gives ``tell`` the outlet as its object and the clause its noun as subject again.

Only for a proper noun (an organisation, or one after ``the``) opening the phrase of a common
noun that is no entity, with the clause opening right after that noun and no subject of its own:
``told the Senate committee it would …`` (the clause has its subject) is left alone.

The parser also reads the clause as a reduced relative of that noun (``told AFP EU vessels
accounted for …``: ``accounted`` an ``acl`` of ``vessels``); a finite past or present verb right
after the noun, with no subject, is the clause then. The outlet is the proper noun opening the
noun phrase; the modifiers between it and the noun stay with the clause's subject (``told AFP
EU vessels``, ``told Reuters oil prices``, ``told the BBC Russian forces``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.claim_repairs import repair_each

_SUBJECTS = ("nsubj", "nsubjpass")
_FINITE = ("VBD", "VBZ", "VBP")


def _clause_noun(verb: Token) -> tuple[Token, Token] | None:
    """(the noun, the clause verb) of ``tell`` with a clause after it whose subject is the noun
    or is missing while the noun is the verb's object right before the clause."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if any(c.dep_ == "dative" for c in verb.children):
        return None
    if clause is None:
        return _relative_clause_noun(verb)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    subj = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    if obj is not None and subj is None and obj.right_edge.i + 1 == clause.left_edge.i:
        return obj, clause
    return (subj, clause) if obj is None and subj is not None and subj.i < clause.i else None


def _relative_clause_noun(verb: Token) -> tuple[Token, Token] | None:
    """(the object, its clause) for ``told AFP EU vessels accounted for …`` read as a reduced
    relative: a finite verb with no subject right after ``tell``'s object."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.i + 1 >= len(verb.doc):
        return None
    clause = verb.doc[obj.i + 1]
    if clause.head.i != obj.i or clause.dep_ != "acl" or clause.tag_ not in _FINITE \
            or any(c.dep_ in _SUBJECTS for c in clause.children):
        return None
    return obj, clause


def _outlet_of(verb: Token, noun: Token) -> Token:
    """The outlet among the noun's modifiers: the proper noun opening the noun phrase right after
    ``tell`` (past a ``the``), whatever modifiers stand between it and the noun (``AFP EU
    vessels``, ``Reuters oil prices``, ``the BBC Russian forces``); the head of its name when the
    name has several words (``the Financial Times inflation``: ``Times``)."""
    first = verb.doc[verb.i + 1]
    if first.lower_ == "the" and first.i + 1 < noun.i:
        first = verb.doc[first.i + 1]
    while first.head.i < noun.i and first.head.pos_ == "PROPN" and first.head.i > first.i:
        first = first.head
    return first


def _modifies(outlet: Token, noun: Token) -> bool:
    """Does ``outlet`` hang on ``noun``, directly or through the modifiers between them
    (``the BBC Ukrainian troops`` with ``BBC`` read as a compound of ``Ukrainian``)?"""
    head = outlet.head
    while outlet.i < head.i < noun.i and head.head.i != head.i:
        head = head.head
    return head.i == noun.i


def _outlet_compound(verb: Token, rules) -> tuple[Token, Token, Token] | None:
    """(outlet, noun, clause verb) for ``told the Guardian turnout would decide …``; None
    when ``tell`` has no such misread object (module docstring)."""
    if verb.lemma_.lower() != "tell":
        return None
    found = _clause_noun(verb)
    if found is None:
        return None
    noun, clause = found
    outlet = _outlet_of(verb, noun)
    if noun.pos_ != "NOUN" or noun.ent_type_ or outlet.i <= verb.i or outlet.dep_ not in ("compound", "nmod") \
            or not _modifies(outlet, noun) or outlet.pos_ != "PROPN":
        return None
    named = outlet.ent_type_ == "ORG" or verb.doc[outlet.left_edge.i - 1].lower_ == "the" \
        or any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return (outlet, noun, clause) if named else None


def _split_outlet(verb: Token, found: tuple[Token, Token, Token]) -> None:
    """Make the outlet the object of ``verb`` and the noun the subject of the clause."""
    outlet, noun, clause = found
    for c in [c for c in noun.children if c.i < outlet.i]:
        c.head = outlet  # ``the``, ``Financial`` of ``the Financial Times``
    outlet.head, outlet.dep_ = verb, "dobj"
    if clause.head.i == noun.i:  # the reduced relative (module docstring) becomes the clause
        clause.head, clause.dep_ = verb, "ccomp"
    noun.head, noun.dep_ = clause, "nsubj"


def repair_outlet_objects(doc: Doc, rules) -> int:
    """Split ``told the Guardian turnout would …`` (:func:`_outlet_compound`). Returns the number
    repaired."""
    return repair_each(doc, rules, _outlet_compound, _split_outlet)
