"""Ministries and offices bargained for as posts (round 43).

``The KDP will keep the premiership and the interior ministry``, ``the PUK is holding out for the
Foreign Ministry``, ``Both parties want the presidency``: a ministry or an office that a party keeps,
wants, gets or holds out for in a coalition deal is a post (a portfolio), no actor; none of the six
such mentions in the gold sets is one. The rows of ``actor_words.jsonl``: ``portfolio-nouns`` (the
mention's last word), ``portfolio-verbs`` (lemmas taking it as their object, or a conjunct of it:
``the premiership and the interior ministry``) and ``portfolio-for-verbs`` (lemmas taking it after
``for``: ``hold out for``, ``lobby for``). ``wants the ministry to act`` makes the ministry the
subject of ``act``, an actor, and stays.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.actor_model import Actor


def drop_portfolios(doc: Doc, actors: list[Actor], nouns: frozenset[str], verbs: frozenset[str],
                    for_verbs: frozenset[str]) -> None:
    """Drop every mention that names a post bargained for (module doc)."""
    for a in list(actors):
        if _portfolio(doc[a.end - 1], nouns, verbs, for_verbs):
            actors.remove(a)


def _portfolio(head: Token, nouns: frozenset[str], verbs: frozenset[str], for_verbs: frozenset[str]) -> bool:
    """Is ``head`` a post's noun that a portfolio verb takes as its object (through conjuncts)?"""
    if head.lower_ not in nouns:
        return False
    tok = head
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ == "dobj":
        return tok.head.lemma_ in verbs
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_ in for_verbs
