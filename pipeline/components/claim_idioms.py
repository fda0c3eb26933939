"""Reporting idioms: a verb that reports only with a fixed object and a quotation or an ``as``
clause (rules of kind ``idiom`` in ``claim_cues.jsonl``): ``One ambassador put it more bluntly:
"…"``, ``A client of ours put it this way: "…"``, ``As one former minister put it, …``.

The verb's plain rule (``put the figure at 1.8 million``) is left to the other senses; an idiom
needs its ``object`` word as the verb's object, not followed by one of its ``not_then`` words
(``put it on the table``), and either a colon right after the verb's phrase
opening a quotation, or the subordinator ``as`` on the verb (``as X put it``), or, with
``to_clause``, ``to`` someone and a ``that`` clause (``put it to him that …``). Not: ``put it on
the table`` (no colon, no ``as``), ``Osei put it more bluntly. "…," he said`` (the quotation
keeps its own cue), ``don't put it in the log``."""
from __future__ import annotations

from spacy.tokens import Token

from pipeline.components.quote_marks import DOUBLE_CLOSE, OPEN_QUOTES


def _colon_quote(tok: Token) -> bool:
    """A colon after the verb's own words, right before an opening quotation mark."""
    doc, end = tok.doc, tok.right_edge.i
    for t in doc[tok.i + 1:min(end + 2, tok.sent.end)]:
        if t.text == ":":
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            return nxt is not None and nxt.text in OPEN_QUOTES
        if t.text in OPEN_QUOTES or t.text in DOUBLE_CLOSE:
            return False
    return False


def _as_clause(tok: Token) -> bool:
    """``As one former minister put it, …``: the verb heads an ``as`` clause."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)


def idiom_rule(tok: Token, idioms: dict[str, dict]) -> dict | None:
    """The idiom rule of ``tok`` (kind ``idiom``, by lemma) when its object and its quotation or
    ``as`` clause are there; None otherwise."""
    rule = idioms.get(tok.lemma_.lower())
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ == rule["object"]), None) if rule else None
    if obj is None or _placed(obj, rule.get("not_then", ())):
        return None
    return rule if _colon_quote(tok) or _as_clause(tok) or (rule.get("to_clause") and _to_clause(obj)) else None


def _to_clause(obj: Token) -> bool:
    """``Ms Landers put it to him that the council had known …``: the object is followed by
    ``to`` and a person, and the verb has a ``that`` clause (a barrister's suggestion to a
    witness; the clause may be parsed as a relative clause of the person, ``that`` its
    subordinator); not ``put it to a vote`` (no clause)."""
    doc, verb = obj.doc, obj.head
    to = doc[obj.i + 1] if obj.i + 1 < len(doc) else None
    if to is None or to.lower_ != "to" or to.head.i != verb.i:
        return False
    person = [c for c in to.children if c.dep_ == "pobj"]
    clauses = [*verb.children, *(g for p in person for g in p.children)]
    return any(c.dep_ in ("ccomp", "relcl") and c.i > to.i and _that_clause(c) for c in clauses)


def _that_clause(verb: Token) -> bool:
    """The clause opens with the subordinator ``that`` (a relative ``that`` is its subject or object)."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in verb.children)


def _placed(obj: Token, words) -> bool:
    """The object is followed by one of ``words`` (``put it on the table``, ``put it off``): the
    verb places something, it quotes nothing."""
    nxt = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    return nxt is not None and nxt.lower_ in words
