"""Holders the story only wishes for, for ``claims_actors`` (a last pass; no phantoms).

An office or role named with ``a``/``an`` (``Canadians deserve a prime minister who negotiates``,
``the president must invite a prime minister to form a government``, ``the party would name a
full-time envoy``, ``a trial without a jury``) is a holder nobody is yet, and one after ``as``
(``praised Marsh as a legislator who does his homework``) a role someone is cast in: the object
(or passive subject) of a verb of ``hypothetical-holder-verbs`` (any tense), of one of
``appointing-holder-verbs`` not yet done (``to elect a speaker``, ``will name an envoy``; ``appointed
a special envoy``, ``has named a senior minister`` fill the post: a real holder), or the object of a
preposition of ``hypothetical-holder-preps`` in ``actor_words.jsonl``. So is ``the next emir``, ``the future
leader`` (a modifier of ``future-holder-modifiers``) there, and ``the new prime minister`` when
a verb that fills an office (``office-filling-verbs``: ``the Diet will elect the new prime
minister``) takes it. The dev golds mark none of these; they mark a named or acting one
(``a spokesman said``, ``the new government will be sworn in``, ``Paris wants the new
government in place``), which this pass leaves: only the subject-less slots above count, and
``one`` (``one minister said``) is no indefinite article here. A mention whose actor id another
mention of the document carries (``a special envoy … The envoy arrived``) is a real holder and stays.
The holders dropped go to the span group ``claims_wished_holders``: a clause that names one is still
a claim (``claims._claim_worthy``), as it was while the holder was a mention.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from spacy.tokens import Doc, Token

from pipeline import extensions as ext
from pipeline.components.actor_model import Actor

_OBJECT_DEPS = ("dobj", "nsubjpass", "oprd", "obj")
_CLAUSE_DEPS = ("xcomp", "ccomp")
_INDEFINITE = ("a", "an")
_DEFINITE = ("the",)


class HypotheticalWords(NamedTuple):
    """The lists of ``actor_words.jsonl`` :func:`drop_hypothetical_holders` reads."""
    verbs: frozenset[str] = frozenset()  # "deserve", "invite": a holder wished for
    preps: frozenset[str] = frozenset()  # "without": a holder that is not there
    modifiers: frozenset[str] = frozenset()  # "next", "future": a holder still to come
    filling_verbs: frozenset[str] = frozenset()  # "elect": fills an office ("the new prime minister")
    appointing: frozenset[str] = frozenset()  # "name": a holder wished for only while not yet named


def drop_hypothetical_holders(doc: Doc, actors: list[Actor], words: HypotheticalWords) -> None:
    """Drop the mentions of holders the story only wishes for (module doc)."""
    if not words.verbs:
        return
    ids = Counter(a.norm.get("actor_id") for a in actors)
    wished = [a for a in actors if ids[a.norm.get("actor_id")] < 2 and _hypothetical(doc, a, words)]
    actors[:] = [a for a in actors if a not in wished]
    doc.spans[ext.GROUP_WISHED_HOLDERS] = [doc[a.start:a.end] for a in wished]  # the claims still count them


def _hypothetical(doc: Doc, a: Actor, words: HypotheticalWords) -> bool:
    """Is ``a`` an indefinite holder, or a definite one still to come, in a wished-for slot?"""
    if a.norm.get("type") not in ("person", "government", "legislature", "organization") or a.end - a.start < 2:
        return False
    first, head = doc[a.start].lower_, doc[a.end - 1]
    if any(t.is_title and i > a.start for i, t in enumerate(doc[a.start:a.end], a.start) if t.pos_ == "PROPN"):
        return False  # a name ("a Reuters reporter", "the new Prime Minister Sanae Ito")
    mods = {t.lower_ for t in doc[a.start + 1:a.end - 1]}
    if first in _INDEFINITE:
        return _wished_slot(head, words.verbs) or _unfilled_slot(head, words.appointing) \
            or _prep_slot(head, words.preps)
    if first not in _DEFINITE or not mods:
        return False
    if mods & words.modifiers:
        return _wished_slot(head, words.verbs | words.appointing | words.filling_verbs)  # still to come
    return "new" in mods and _unfilled_slot(head, words.filling_verbs)


def _wished_slot(head: Token, verbs: frozenset[str]) -> bool:
    """The object or passive subject of one of ``verbs``, or the subject of a clause such a verb
    takes (``wants the next emir to inherit``: the parse may hang the noun on either verb)."""
    if head.dep_ in _OBJECT_DEPS and head.head.lemma_.lower() in verbs:
        return True
    verb = head.head
    return head.dep_ == "nsubj" and verb.dep_ in _CLAUSE_DEPS and verb.head.lemma_.lower() in verbs


def _unfilled_slot(head: Token, verbs: frozenset[str]) -> bool:
    """A slot of one of ``verbs`` (:func:`_wished_slot`) whose verb is not yet done: a base form
    (``to elect``, ``must invite``, ``will be named`` has its modal on the participle) or one
    after a modal (``would name``); ``named``, ``has appointed``, ``was elected`` are done."""
    if not _wished_slot(head, verbs):
        return False
    verb = head.head if head.head.lemma_.lower() in verbs else head.head.head
    return verb.tag_ == "VB" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children)


def _prep_slot(head: Token, preps: frozenset[str]) -> bool:
    """The object of one of ``preps`` (``without a jury``)."""
    return head.dep_ == "pobj" and head.head.lower_ in preps
