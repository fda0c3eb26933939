"""``told a packed board meeting that phones were …``: a reported clause read as a relative
clause of the forum it was told to.

When ``tell`` has a forum or audience as its object (a meeting, briefing, hearing, rally,
committee; the ``forum_clause`` word list of the verb's rule) or as the object of a phrase on
it (``told analysts on a call that …``), the parser often hangs the ``that`` clause after it on
that noun (``relcl``, ``ccomp`` or ``acl``) instead of on the verb, and the verb reports the
forum. A clause opening with ``that`` and with a subject of its own after it has no gap: it is
what was told. The repair hangs it on the verb as its ``ccomp``. The parser reads ``that`` as a
marker or, as often, as the clause verb's object (``told a briefing that the talks would
resume``); the relative reading stands, whatever the parser's label of ``that``, when the
verb is one a forum is the object of (``forum_hosts``: ``told a meeting that the council had
organised``, ``told a hearing that the judge had ordered almost nothing new``), and ``that`` as a subject
(``the hearing that lasted six hours``) is a relative clause too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.claim_repairs import repair_each

_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
_CLAUSES = ("relcl", "ccomp", "acl")


def _forums(verb: Token, words: frozenset[str]) -> list[Token]:
    """The forum nouns after ``verb``: its objects and the objects of its phrases or of its
    object's phrases (``told analysts on a call``), in text order."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    preps = [c for head in [verb, *objects] for c in head.children if c.dep_ == "prep" and c.i > verb.i]
    nouns = objects + [c for p in preps for c in p.children if c.dep_ == "pobj"]
    return sorted((n for n in nouns if n.lemma_.lower() in words), key=lambda n: n.i)


def _that_marker(clause: Token, hosts: frozenset[str]) -> Token | None:
    """The ``that`` opening ``clause`` as a marker: the parser's ``mark``, its object or the
    determiner of its subject, when the clause's verb is none a forum is the object of
    (``hosts``: ``organised``, ``held``, ``ordered``). After such a verb the relative reading
    stands whatever the parser's label (``told a hearing that the judge had ordered almost
    nothing new``: ``that`` read as a marker, the clause a relative one all the same)."""
    that = clause.doc[clause.left_edge.i]
    if that.lower_ != "that" or clause.lemma_.lower() in hosts:
        return None
    if that.head.i == clause.i and that.dep_ in ("mark", "dobj") or _that_determiner(that, clause):
        return that
    return None


def _that_determiner(that: Token, clause: Token) -> bool:
    """``that competition from Chinese brands had turned …``: the parser's determiner of the
    clause's subject (``that competition``) as the marker it is after a forum."""
    return that.dep_ == "det" and that.head.dep_ in _SUBJECTS and that.head.head.i == clause.i


def _content_clause(noun: Token, hosts: frozenset[str]) -> Token | None:
    """The clause hung on ``noun`` that opens with ``that`` as a marker and has a subject of
    its own after it (no gap); None when there is none."""
    for clause in noun.children:
        if clause.dep_ not in _CLAUSES or clause.i < noun.i:
            continue
        that = _that_marker(clause, hosts)
        subj = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
        if that is not None and subj is not None and that.i <= subj.left_edge.i and subj.i < clause.i:
            return clause
    return None


def _forum_clause(verb: Token, rules) -> Token | None:
    """The reported clause the parser hung on a forum of ``verb`` (module docstring); None when
    the verb's rule names no forum words, or it has a clause of its own."""
    rule = rules.report_rule(verb.lemma_.lower(), verb.lower_) or {}
    words = rules.listed(rule, "forum_clause")
    if not words or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    hosts = rules.listed(rule, "forum_hosts")
    return next((c for n in _forums(verb, words) if (c := _content_clause(n, hosts)) is not None), None)


def _report_clause(verb: Token, clause: Token) -> None:
    """Hang the clause on the verb as the clause it reports, its ``that`` as its marker."""
    clause.head, clause.dep_ = verb, "ccomp"
    that = clause.doc[clause.left_edge.i]
    that.head, that.dep_ = clause, "mark"


def repair_forum_objects(doc: Doc, rules) -> int:
    """Give ``tell`` the clause the parser hung on its forum (:func:`_forum_clause`). Returns the
    number repaired."""
    return repair_each(doc, rules, _forum_clause, _report_clause)
