"""Parse repair for a reporting participle after a phrase of time: ``The Speaker twice
intervened, at one point telling the MP that he would be …``. The parser hangs the participle on
the time noun (``point`` … ``telling``: an ``acl``), so the participle seems to describe the noun
and the noun becomes its speaker; the clause it reports is often hung on the main verb instead.

The participle becomes an adverbial clause of the verb the time phrase hangs on (that verb's
subject is the speaker); a ``that`` clause the parser hung on that verb right after the
participle becomes the participle's reported clause. Time nouns: rules ``time_points`` (word
list). Every other sentence is left as parsed.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.claim_repairs import repair_found

_CLAUSE_DEPS = frozenset(("advcl", "ccomp", "dep", "parataxis"))


def _time_participle(tok: Token, nouns: frozenset[str]) -> Token | None:
    """The verb the time phrase of participle ``tok`` hangs on (``intervened`` of ``…, at one
    point telling``), or None when ``tok`` is no such participle."""
    noun = tok.head
    if tok.tag_ != "VBG" or tok.dep_ != "acl" or noun.i > tok.i or noun.lemma_.lower() not in nouns:
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "at":
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < prep.i else None


def _stray_clause(tok: Token, verb: Token) -> Token | None:
    """A ``that`` clause hung on ``verb`` that opens after the participle ``tok`` with no other
    verb between them (the participle's reported clause), when ``tok`` reports none of its own."""
    if any(c.dep_ == "ccomp" for c in tok.children):
        return None
    for c in verb.children:
        if c.dep_ in _CLAUSE_DEPS and c.i > tok.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            between = tok.doc[tok.right_edge.i + 1:c.left_edge.i]
            return None if any(t.pos_ in ("VERB", "AUX") for t in between) else c
    return None


def repair_time_participles(doc: Doc, reports: list[Token], nouns: frozenset[str]) -> int:
    """Hang a reporting participle after ``at one point`` on the verb the phrase hangs on (see
    module doc); ``reports``: the document's reporting tokens. Returns the number repaired."""
    if not doc.has_annotation("DEP") or not nouns:
        return 0
    return repair_found(reports, lambda tok: _time_participle(tok, nouns), _hang_participle)


def _hang_participle(tok: Token, verb: Token) -> None:
    """Hang the participle ``tok`` on ``verb``, and the stray ``that`` clause (if any) on ``tok``."""
    clause = _stray_clause(tok, verb)
    tok.head, tok.dep_ = verb, "advcl"
    if clause is not None:
        clause.head, clause.dep_ = tok, "ccomp"
