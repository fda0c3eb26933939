"""``warning that aid to refugees would be among the first casualties``: a reported clause whose
``that`` the parser read as a determiner.

Right after a reporting verb the small model sometimes reads the complementizer ``that`` as the
determiner of the clause's subject and that subject as the verb's direct object (``warning [that
aid] … would be``, ``announced [that income] up to Rs 14 lakh a year would be tax-free``); the
clause's verb then hangs elsewhere (on the sentence's root, or above the reporting verb itself) and
the verb reports a noun phrase. When the verb's rule reports clauses (not an object-content verb
such as ``reject`` or ``echo``), the noun is its direct object, and a finite verb with no subject
of its own follows the noun with nothing between but the noun's words, phrases the parser hung
on the reporting verb, and the finite verb's own auxiliaries and adverbs, that verb heads the
reported clause: it becomes the reporting verb's ``ccomp``, the noun its subject, ``that`` its
marker. A determiner stays one when the verb after the noun has a subject of its own (``mocked
that claim, telling reporters that the party had finished third``), is a conjunct (``disputed
that figure but did not offer another``) or stands after a comma, colon, dash or conjunction.
The one subject allowed is one the noun owns (``projected that [Gulf carriers’] combined capacity
would grow``: the possessive read as the object becomes the subject's owner).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.claim_clauses import finite, passive, verbal
from pipeline.components.claim_repairs import HeadPlan, acyclic, apply_plan, repair_each

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_BREAKS = frozenset((",", ";", ":", "—", "–", "(", ")"))


def _reports_clauses(verb: Token, clause: Token, rules) -> bool:
    """The verb's rule reports a clause (not an object-content verb: ``rejected that idea``) and
    the verb has no clause of its own besides ``clause``."""
    rule = rules.report_rule(verb.lemma_.lower(), verb.lower_) or {}
    return rule.get("content") != "object" and not rule.get("objects") and \
        not any(c.dep_ in ("ccomp", "xcomp") and c.i != clause.i for c in verb.children)


def _determined_object(verb: Token) -> Token | None:
    """The direct object of ``verb`` that the ``that`` right after it determines, or None."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "that" or doc[verb.i + 1].dep_ != "det":
        return None
    noun = doc[verb.i + 1].head
    return noun if noun.dep_ == "dobj" and noun.head.i == verb.i and noun.i > verb.i else None


def _clause_verb(verb: Token, noun: Token) -> Token | None:
    """The first finite verb after ``noun`` in the same sentence, with nothing between but the
    noun's words, phrases hung on ``verb`` and the finite verb's own words before it; None at a
    break (a comma, a conjunction) before it."""
    doc, nouns = verb.doc, set(t.i for t in noun.subtree)
    clause = next((t for t in doc[noun.i + 1:verb.sent.end] if t.i not in nouns and (
        t.text in _BREAKS or t.dep_ in ("cc", "conj") or verbal(t) and t.dep_ not in ("aux", "auxpass") and finite(t))),
        None)
    if clause is None or clause.text in _BREAKS or clause.dep_ in ("cc", "conj"):
        return None
    taken = nouns | set(t.i for t in clause.subtree if t.i < clause.i)
    for c in verb.children:
        if noun.i < c.i < clause.i:  # ``up to Rs 14 lakh a year``: a phrase of the noun the parser hung on the verb
            taken.update(t.i for t in c.subtree)
    return clause if all(i in taken for i in range(noun.i + 1, clause.i)) else None


def _possessor_subject(noun: Token, clause: Token) -> Token | None:
    """The subject of ``clause`` that ``noun`` owns (``that [Gulf carriers’] combined capacity
    would grow``: the possessive the parser read as the verb's object, right before the subject);
    None when the clause has no subject or one the noun does not own."""
    subj = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    owned = subj is not None and any(c.dep_ == "case" for c in noun.children) and \
        noun.right_edge.i + 1 == subj.left_edge.i
    return subj if owned else None


def _plan(verb: Token, noun: Token, clause: Token) -> HeadPlan | None:
    """The new heads: the clause under the verb, the noun its subject (or its subject's owner),
    ``that`` its marker, the phrases between on the noun, and the verb in the clause's place when
    it stood under it."""
    if clause.dep_ in ("conj", "relcl", "acl") or clause.head.i == clause.i:
        return None
    subjects = [c for c in clause.children if c.dep_ in _SUBJECTS and c.i != verb.i]
    owner = _possessor_subject(noun, clause) if subjects else None
    if subjects and owner is None:
        return None
    that = verb.doc[verb.i + 1]
    plan: HeadPlan = {clause.i: (verb.i, "ccomp"), that.i: (clause.i, "mark"),
                      noun.i: (owner.i, "poss") if owner is not None else
                      (clause.i, "nsubjpass" if passive(clause) else "nsubj")}
    for tok in verb.doc[noun.i + 1:clause.i]:
        if tok.head.i == verb.i and tok.i != clause.i:
            plan[tok.i] = (noun.i, tok.dep_)
    if clause.is_ancestor(verb):  # ``…, its head said, warning that aid … would be``: warning hung under ``be``
        plan[verb.i] = (clause.head.i, "advcl")
    return plan if acyclic(verb.doc, plan) else None


def _object_clause(verb: Token, rules) -> HeadPlan | None:
    """The repair of ``verb`` (module docstring), or None."""
    noun = _determined_object(verb)
    clause = None if noun is None else _clause_verb(verb, noun)
    if clause is None or not _reports_clauses(verb, clause, rules):
        return None
    return _plan(verb, noun, clause)


def _subject_marker(verb: Token) -> HeadPlan | None:
    """``held that car dealers … did not owe``: ``that`` right after ``verb`` as the determiner
    of a plural subject of the verb's clausal complement becomes the clause's marker."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "that" or doc[verb.i + 1].dep_ != "det":
        return None
    noun = doc[verb.i + 1].head
    clause = noun.head
    if noun.dep_ not in _SUBJECTS or noun.tag_ not in ("NNS", "NNPS") or clause.dep_ != "ccomp" \
            or clause.head.i != verb.i or clause.i < noun.i:
        return None
    return {verb.i + 1: (clause.i, "mark")}


def _that_plan(verb: Token, rules) -> HeadPlan | None:
    """The repair of ``verb``'s ``that`` (module docstring), or None."""
    return _object_clause(verb, rules) or _subject_marker(verb)


def repair_that_objects(doc: Doc, rules) -> int:
    """Give a reporting verb the clause whose ``that`` the parser read as a determiner (of its
    object: :func:`_object_clause`; of its clause's subject: :func:`_subject_marker`). Returns the
    number repaired."""
    return repair_each(doc, rules, _that_plan, lambda verb, plan: apply_plan(verb.doc, plan))
