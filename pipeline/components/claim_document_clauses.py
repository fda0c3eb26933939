"""Parse repair for a reported clause after a document phrase: ``Its editor, Martin Haugland,
wrote in an accompanying editorial that the findings "should prompt, not settle, a debate."``.
The parser reads ``that`` as a relative pronoun on the document noun (``editorial … prompt``: a
``relcl``), so the reporting verb seems to report nothing and the clause is lost.

After a reporting verb with no reported clause of its own, ``in`` + a document noun (rules
``document``) + ``that`` + a clause with a subject of its own is the verb's reported clause: the
clause becomes the verb's ``ccomp`` and ``that`` its ``mark``. Near misses stay relative clauses:
``that`` as the clause's subject (``in a letter that called for …``) and ``that`` as the object of
a verb that handles documents (rules ``document_handling``: ``in a statement that it released
Monday``). Every other sentence is left as parsed.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

_SUBJECTS = frozenset(("nsubj", "nsubjpass"))
_REPORTED = frozenset(("ccomp", "xcomp"))


def _document_in(verb: Token, documents) -> Token | None:
    """The document noun of an ``in`` phrase right of ``verb`` (``wrote in an editorial``)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i > verb.i:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in documents:
                return noun
    return None


def _stray_clause(noun: Token, handling: frozenset[str]) -> tuple[Token, Token] | None:
    """(``that``, the clause verb) when the word after ``noun`` is a ``that`` the parser made the
    relative pronoun of a clause with its own subject (see module doc), else None."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ != "that":
        return None
    that, clause = doc[noun.i + 1], doc[noun.i + 1].head
    if clause.dep_ != "relcl" or clause.head.i != noun.i or that.dep_ in _SUBJECTS:
        return None
    if not any(c.dep_ in _SUBJECTS and c.i != that.i for c in clause.children):
        return None
    if that.dep_ != "mark" and clause.lemma_.lower() in handling:
        return None
    return that, clause


def _reattach(verb: Token, that: Token, clause: Token) -> None:
    """Hang the clause on ``verb`` with ``that`` as its mark; a stray ``dep`` of ``verb`` after the
    clause verb (``should prompt, not settle, …``: ``settle`` hung on ``wrote``) goes with it."""
    strays = [c for c in verb.children if c.dep_ == "dep" and c.i > clause.i]
    clause.head, clause.dep_ = verb, "ccomp"
    that.head, that.dep_ = clause, "mark"
    for tok in strays:
        tok.head = clause


def repair_document_clauses(doc: Doc, reports: list[Token], documents, handling: frozenset[str]) -> int:
    """Make the ``that`` clause after ``in`` + a document noun the reporting verb's own (see
    module doc); ``reports``: the document's reporting tokens. Returns the number repaired."""
    if not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for verb in reports:
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in _REPORTED for c in verb.children):
            continue
        noun = _document_in(verb, documents)
        found = _stray_clause(noun, handling) if noun is not None else None
        if found is None:
            continue
        _reattach(verb, *found)
        repaired += 1
    return repaired
