"""Parse repair for a vote whose infinitive comes after its tally and date: ``The board voted 6-3
in August to send it to the commission``, ``A federal vaccine advisory panel voted 9-3 on Thursday
to recommend a new vaccine``. With a phrase between the verb and its ``to`` infinitive the small
model hangs the infinitive on the verb as a clause of purpose (``advcl``), and a vote with no
infinitive (``xcomp``) reports no decision (rules ``needs_infinitive``), so the decision is missed.

For a reporting verb whose rule has ``tally`` (what stands between the vote and its infinitive
records how it was taken: ``report-vote``) and no infinitive of its own, a ``to`` infinitive hung
on it as ``advcl`` after it, with no subject or marker of its own (not ``in order to``, ``so as
to``), is its infinitive when every word between the verb and the infinitive belongs to a count,
a manner or a phrase of time hung on the verb (``npadvmod``, ``advmod``, ``prep``, ``tmod``,
``punct``), with a phrase of time (``prep`` holding a date or time) and no other phrase but the
count's: it becomes the verb's ``xcomp``. A vote with an object before the infinitive (``voted the
measure down to …``), a manner or stance phrase (``voted in large numbers to protest``) or an
infinitive already is left as parsed.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.claim_clauses import has_to
from pipeline.components.claim_repairs import repair_each

_TALLY_DEPS = frozenset(("npadvmod", "advmod", "prep", "tmod", "punct"))
_OWN_CLAUSE = frozenset(("nsubj", "nsubjpass", "mark"))


def _between_tally(verb: Token, clause: Token) -> bool:
    """Every word between ``verb`` and ``clause`` hangs under a tally dependent of ``verb``, with a
    phrase of time among them and no other phrase but the count's (``7 to 0``) (``in August``, ``on Thursday``: the phrase that
    makes the parser hang the infinitive apart; a headline's ``Austin council votes 8-3 to give …``
    has none and is left as parsed, and so is a purpose after a manner or a stance, ``voted in large
    numbers to protest the closure``, ``voted against the plan in June to block the merger``)."""
    between = [c for c in verb.children if verb.i < c.i < clause.i]
    tally = {t.i for c in between if c.dep_ in _TALLY_DEPS for t in c.subtree}
    phrases = [c for c in between if c.dep_ == "prep"]
    return any(_of_time(p) for p in phrases) and all(_of_time(p) or _of_count(p) for p in phrases) and \
        all(i in tally for i in range(verb.i + 1, clause.left_edge.i))


def _of_time(prep: Token) -> bool:
    """Is the phrase a phrase of time (a date or time the model tags in it: ``in August``)?"""
    return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)


def _of_count(prep: Token) -> bool:
    """Is the phrase the tally's own (``7 to 0``, ``by 6-3``: a number its object)?"""
    return any(c.dep_ == "pobj" and c.like_num for c in prep.children)


def _tally_infinitive(verb: Token, rules) -> Token | None:
    """The ``to`` infinitive a tally rule's verb takes as a clause of purpose (see module doc)."""
    rule = rules.report_rule(verb.lemma_.lower(), verb.lower_) or {}
    if not rule.get("tally") or any(c.dep_ == "xcomp" for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i), None)
    if clause is None or not has_to(clause) or any(c.dep_ in _OWN_CLAUSE for c in clause.children):
        return None
    return clause if clause.left_edge.i > verb.i + 1 and _between_tally(verb, clause) else None


def _decided(verb: Token, clause: Token) -> None:
    clause.dep_ = "xcomp"


def repair_tally_infinitives(doc: Doc, rules) -> int:
    """Make the infinitive of a vote after its tally (:func:`_tally_infinitive`) the verb's
    ``xcomp``. Returns the number repaired."""
    return repair_each(doc, rules, _tally_infinitive, _decided)
