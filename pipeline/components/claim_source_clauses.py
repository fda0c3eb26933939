"""``The agency reported, citing a senior aide, that the president would resign.``: the small
model often hangs the ``that`` clause after a source phrase set off by commas (``citing X``,
``quoting X``, ``according to X``: kind ``source_phrase`` of claim_cues.jsonl) on the phrase,
so the reporting verb before it reports nothing and the clause is lost inside the phrase. Such
a clause, right after the phrase's closing comma, is the verb's: it hangs on the verb again
(only for a reporting verb with no clause of its own). Every other sentence is left as parsed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.claim_repairs import report_tokens


def _phrase_child(verb: Token, firsts: frozenset[str]) -> Token | None:
    """The source phrase after ``verb``, set off by a comma (its first word in ``firsts``)."""
    doc = verb.doc
    for c in verb.children:
        if c.i > verb.i + 1 and c.lower_ in firsts and doc[c.i - 1].text == ",":
            return c
    return None


def _stranded_clause(verb: Token, phrase: Token) -> Token | None:
    """A ``that`` clause inside ``phrase``'s subtree, right after a comma that ends the phrase."""
    doc = verb.doc
    for tok in phrase.subtree:
        if tok.dep_ != "ccomp" or tok.i < phrase.i:
            continue
        start = tok.left_edge
        if start.lower_ == "that" and start.dep_ == "mark" and doc[start.i - 1].text == ",":
            return tok
    return None


def repair_source_clauses(doc: Doc, rules) -> int:
    """Hang each stranded ``that`` clause on its reporting verb again (module doc); the number
    repaired (0 for a doc with no parse)."""
    if not doc.has_annotation("DEP"):
        return 0
    firsts = frozenset(r["words"][0].lower() for r in rules.sources)
    repaired = 0
    for verb in report_tokens(doc, rules):
        if any(c.dep_ == "ccomp" for c in verb.children):
            continue
        phrase = _phrase_child(verb, firsts)
        clause = _stranded_clause(verb, phrase) if phrase is not None else None
        if clause is None:
            continue
        clause.head = verb
        repaired += 1
    return repaired
