"""Requests for anonymity: a reporting verb whose complement is only the source's wish not to be
named states nothing (precision, round 34).

``…, said two people familiar with the matter, asking not to be identified because the talks are
private``; ``one trader said, asking not to be named``; ``a former official, who asked not to be
named, said …``; ``she asked that her name not be used``; ``requested anonymity``, ``insisted on
anonymity``. The request tells how the source is quoted, not what they claim: the sentence's own
cue (``said``) keeps its claim, the ``ask`` of the formula makes none. Word lists in
``claim_cues.jsonl``: ``anonymity_participles`` (``not to be named``), ``anonymity_name_nouns``
(``her name not be used``) and ``anonymity_nouns`` (``requested anonymity``).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.components.claim_rules import Rules

#: prepositions whose object is what was asked for (``asked for anonymity``, ``insisted on …``)
_REQUEST_PREPS = frozenset({"for", "on", "upon"})


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _passive(tok: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in tok.children)


def _unnamed(comp: Token, rules: Rules) -> bool:
    """``not to be named``, ``not to be identified``: a negated passive of naming."""
    return comp.dep_ == "xcomp" and comp.lemma_.lower() in rules.words("anonymity_participles") \
        and _passive(comp) and _negated(comp)


def _name_withheld(comp: Token, rules: Rules) -> bool:
    """``that her name not be used``: a negated clause whose subject is the source's name."""
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return comp.dep_ == "ccomp" and subj is not None and _negated(comp) \
        and subj.lemma_.lower() in rules.words("anonymity_name_nouns")


def _anonymity_object(comp: Token, rules: Rules) -> bool:
    """``requested anonymity``, ``asked for anonymity``, ``insisted on anonymity``."""
    nouns = rules.words("anonymity_nouns")
    if comp.dep_ == "dobj":
        return comp.lemma_.lower() in nouns
    return comp.dep_ == "prep" and comp.lower_ in _REQUEST_PREPS and any(
        o.dep_ == "pobj" and o.lemma_.lower() in nouns for o in comp.children)


def _interjected(tok: Token) -> bool:
    """``tok`` is a participle set off inside another verb's clause (``He said, asking not to be
    named, that …``): a clause the parser hangs on it after the formula is that verb's."""
    return tok.dep_ == "advcl" and tok.tag_ in ("VBG", "VBN") and tok.head.pos_ in ("VERB", "AUX") \
        and tok.head.i < tok.i


def anonymity_request(tok: Token, rules: Rules) -> bool:
    """``tok`` asks only not to be named: one of its complements is an anonymity formula and it
    has no other clause (``said, on condition of anonymity, that …`` keeps its clause); a
    participle set off after its verb (``said, asking not to be named, that …``) has none of its
    own, whatever the parser hangs on it."""
    comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj", "prep")]
    if not any(_unnamed(c, rules) or _name_withheld(c, rules) or _anonymity_object(c, rules) for c in comps):
        return False
    return _interjected(tok) or not any(c.dep_ == "ccomp" and not _name_withheld(c, rules) for c in comps)
