"""Bare state media, for ``claims_actors`` (``actor_words.jsonl`` rows ``bare-state-media-*``; round 33).

``said on state television``, ``State media reported``, ``In Baku, state television showed ...``,
``on state-run television``:
a state-media phrase with no determiner, no country word and no name of its own is the media of
the country the sentence is about (``AZEMED``): the one country of the governments and states named
in the sentence, else of its places and people, else the one of the sentence before, else the
country in focus. ``Iranian state television`` (a role phrase), ``China's state news agency`` (an
owner), ``state broadcaster ORTM`` (a name follows: the name is the actor) and ``state media
reports`` (a modifier) are left to the other passes; no country, no mention.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.components.actor_sentence_country import sentence_country

BARE_BEFORE = ("ADP", "PUNCT", "CCONJ", "SCONJ", "VERB", "AUX", "SPACE")


def add_state_media(doc: Doc, actors: list[Actor], taken: list[bool], order: list[Actor], words,
                    role_of: Callable, role_norm: Callable, focus: str | None) -> None:
    """Append a mention for every bare state-media phrase of ``doc`` whose country is known."""
    for tok in doc:
        mod_end = _modifier_end(doc, tok.i, words.bare_state_media_modifiers)
        if mod_end is None or taken[tok.i] or not _bare(doc, tok.i):
            continue
        end = _head_end(doc, mod_end, words.bare_state_media_heads)
        verbs = words.headline_verbs | words.bare_state_media_verbs
        if end is None or any(taken[tok.i:end]) or _goes_on(doc, end, verbs):
            continue
        rule = role_of(doc, end - 1, tok.i)
        is_media = rule is not None and rule.role == "MED"
        country = sentence_country(doc, tok, order, focus, wide=True) if is_media else None
        if country is None:
            continue
        head = doc[mod_end:end].text.lower()
        norm = {**role_norm(country, rule, head, (doc[tok.i:mod_end].text.lower(),)), "via": "coref"}
        actors.append(Actor(tok.i, end, norm, "rule:state-media", head, "role"))
        taken[tok.i:end] = [True] * (end - tok.i)


def _modifier_end(doc: Doc, i: int, modifiers: frozenset[str]) -> int | None:
    """The end of the modifier at token ``i``: ``state``, or a hyphenated one the tokenizer splits
    (``state - run``: ``state-run``, written with no space); None when none starts there."""
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ \
            and f"{doc[i].lower_}-{doc[i + 2].lower_}" in modifiers:
        return i + 3
    return i + 1 if doc[i].lower_ in modifiers else None


def _bare(doc: Doc, i: int) -> bool:
    """No determiner, possessive, adjective or name before the phrase (``on state television``,
    ``In Baku, state television``, ``State media said``)."""
    return i == 0 or doc[i - 1].pos_ in BARE_BEFORE and doc[i - 1].tag_ != "POS" or doc[i - 1].text == "\n"


def _head_end(doc: Doc, i: int, heads: frozenset[str]) -> int | None:
    """The end of the longest head (``news agency``, ``television``) that starts at token ``i``."""
    for n in (2, 1):
        if i + n <= len(doc) and " ".join(t.lower_ for t in doc[i:i + n]) in heads:
            return i + n
    return None


def _goes_on(doc: Doc, end: int, verbs: frozenset[str]) -> bool:
    """A name or a noun follows the phrase (``state broadcaster ORTM``, ``state media reports``);
    a verb a tagger reads as a noun does not count (``verbs``: ``headline-verbs`` and
    ``bare-state-media-verbs``, ``state television broadcast footage``)."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    if nxt.lower_ in verbs:
        return False
    return nxt.pos_ in ("PROPN", "NOUN", "NUM") or nxt.tag_ == "POS"

