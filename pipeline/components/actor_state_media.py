"""Bare state media, for ``claims_actors`` (``actor_words.jsonl`` rows ``bare-state-media-*``; round 33).

``said on state television``, ``State media reported``, ``In Baku, state television showed ...``:
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

BARE_BEFORE = ("ADP", "PUNCT", "CCONJ", "SCONJ", "VERB", "AUX", "SPACE")


def add_state_media(doc: Doc, actors: list[Actor], taken: list[bool], order: list[Actor], words,
                    role_of: Callable, role_norm: Callable, focus: str | None) -> None:
    """Append a mention for every bare state-media phrase of ``doc`` whose country is known."""
    for tok in doc:
        if tok.lower_ not in words.bare_state_media_modifiers or taken[tok.i] or not _bare(doc, tok.i):
            continue
        end = _head_end(doc, tok.i + 1, words.bare_state_media_heads)
        if end is None or any(taken[tok.i:end]) or _goes_on(doc, end, words.headline_verbs):
            continue
        rule = role_of(doc, end - 1, tok.i)
        country = _country(doc, tok, order, focus) if rule is not None and rule.role == "MED" else None
        if country is None:
            continue
        head = doc[tok.i + 1:end].text.lower()
        norm = {**role_norm(country, rule, head, (tok.lower_,)), "via": "coref"}
        actors.append(Actor(tok.i, end, norm, "rule:state-media", head, "role"))
        taken[tok.i:end] = [True] * (end - tok.i)


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


def _goes_on(doc: Doc, end: int, headline_verbs: frozenset[str]) -> bool:
    """A name or a noun follows the phrase (``state broadcaster ORTM``, ``state media reports``);
    a verb a tagger reads as a noun does not count (``state television broadcast footage``)."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    if nxt.lower_ in headline_verbs or nxt.lower_ in ("broadcast", "reported", "showed", "said"):
        return False
    return nxt.pos_ in ("PROPN", "NOUN", "NUM") or nxt.tag_ == "POS"


def _country(doc: Doc, tok, order: list[Actor], focus: str | None) -> str | None:
    """The one country of the sentence's governments and states, else of its places and people,
    else of the sentence before's governments and states, else the country in focus."""
    sent = tok.sent
    prev = doc[sent.start - 1].sent if sent.start > 0 else None
    for lo, hi, types in ((sent.start, sent.end, ("state", "government")),
                          (sent.start, sent.end, ("location", "person")),
                          (prev.start if prev else 0, prev.end if prev else 0, ("state", "government"))):
        found = {a.norm["country"] for a in order
                 if lo <= a.start and a.end <= hi and a.norm["type"] in types and a.norm.get("country")}
        if len(found) == 1:
            return next(iter(found))
        if found:
            return None  # two countries: no guess
    return focus
