"""Speakers who post on social media (round 20).

- ``One, posting on X as @tomtravels, wrote: …``, ``A user posting under the handle @gridwatch
  said …``: the handle named between the subject and its verb, after a word of the
  ``handle_words`` word list (``as``, ``handle``, ``username``) and hanging on a verb of the
  ``posting_verbs`` word list that modifies the subject, is the speaker; the subject as written
  stays in ``via``. Never another's handle (``replying to a user known as @gridwatch``) nor over
  a named subject (``Ms Lee, posting as …``). A handle is ``@`` and a name of word characters.
- ``The blogger Rybar, whose Telegram channel has a million followers, …. "…," the channel
  wrote``: a ``the`` description by a noun of the ``channel_nouns`` word list (channel, blog,
  feed), unless the actor layer read it as a name, is the owner of the last such noun before it in the body
  (``whose`` channel: the noun the relative clause describes; ``Rybar's channel``: Rybar), up to
  the ``window`` of the ``channel_nouns`` rule sentences back; none past a channel of another
  owner or an owner the actor layer does not know.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:  # pragma: no cover
    from pipeline.components.claim_clauses import Sentence

_HANDLE = re.compile(r"@\w{1,40}")

def is_handle(tok: Token) -> bool:
    return _HANDLE.fullmatch(tok.text) is not None


def posting_handle(sent: "Sentence", subj: Token, frame: Token) -> Token | None:
    """The handle a subject posts under, named between it and its verb (``One, posting on X as
    @tomtravels, wrote``; ``A user posting as @tomtravels said``), after a ``handle_words``
    word; None when there is none or more than one, when the subject is named (a proper noun or
    an actor mention: ``Ms Lee``) or when the handle hangs on no posting verb of the subject's own
    (``responding to a user going by the name @tomtravels``: another's handle)."""
    if not subj.i < frame.i or subj.pos_ == "PROPN" or sent.ctx.actor_at.get(subj.i) is not None:
        return None
    words = sent.rules.words("handle_words")
    found = [t for t in sent.doc[subj.i + 1:frame.i]
             if is_handle(t) and sent.inside(t) and t.i > 0 and sent.doc[t.i - 1].lower_ in words]
    if len(found) != 1 or not (_posted_by_subject(sent, subj, frame, found[0])
                               or _account_aside(sent, subj, frame, found[0])):
        return None
    return found[0]


#: ``, from the account `` right after the subject, and the comma (or nothing) right before its verb
_FROM_ACCOUNT = re.compile(r"[ \t]*,[ \t]*from[ \t]+(?:the[ \t]+)?\w+[ \t]+")
_ASIDE_CLOSE = re.compile(r"[ \t]*,?[ \t]*")


def _account_aside(sent: "Sentence", subj: Token, frame: Token, handle: Token) -> bool:
    """``One, from the account @PalmettoFirst, said``, ``One post, from the account @x, said``:
    the handle (after a ``handle_words`` word: :func:`posting_handle`) closes a ``from`` phrase set
    off by commas right between the subject (a bare ``one``/``another`` or a document noun: the
    post) and its verb."""
    text = sent.ctx.text
    if subj.lower_ not in ("one", "another") and subj.lemma_.lower() not in sent.rules.documents:
        return False
    return _FROM_ACCOUNT.fullmatch(text, subj.idx + len(subj.text), handle.idx) is not None \
        and _ASIDE_CLOSE.fullmatch(text, handle.idx + len(handle.text), frame.idx) is not None


def _posted_by_subject(sent: "Sentence", subj: Token, frame: Token, handle: Token) -> bool:
    """The verb last before ``handle`` is a ``posting_verbs`` verb that modifies the subject: a
    clause of it (``A user posting under …``, ``who posts as …``) or one set between it and its
    verb (``One, posting on X as …, wrote``)."""
    verb = next((t for t in reversed(sent.doc[subj.i + 1:handle.i]) if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in sent.rules.words("posting_verbs"):
        return False
    return (verb.head == subj and verb.dep_ in ("acl", "relcl", "advcl")) or \
        (verb.head == frame and verb.dep_ == "advcl")


def channel_owner(sent: "Sentence", tok: Token) -> Span | None:
    """The actor whose channel a ``the channel`` description at ``tok`` refers back to (see the
    module doc); None when it is no such description or no owner is known."""
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    nouns = sent.rules.words("channel_nouns")
    if det is None or det.lower_ != "the" or tok.lemma_.lower() not in nouns:
        return None
    doc, ctx = sent.doc, sent.ctx
    first = ctx.sentence_index(tok.idx) - sent.rules.window("channel_nouns")
    for t in reversed(doc[:tok.i]):
        if ctx.sentence_index(t.idx) < first or ctx.section_at(t.idx) != "body":
            return None
        if t.lemma_.lower() in nouns and t.pos_ == "NOUN" and not _referring(t):
            owner = _owner_token(t)
            return ctx.actor_at.get(owner.i) if owner is not None else None
    return None


def _owner_token(noun: Token) -> Token | None:
    """The owner named as the possessor of ``noun``: ``Rybar's channel`` (Rybar), ``whose
    channel`` (the noun its relative clause describes); None for ``its``/``his`` or none."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ == "whose":
        clause = next((a for a in poss.ancestors if a.dep_ == "relcl"), None)
        return clause.head if clause is not None else None
    return poss if poss.pos_ == "PROPN" else None


def _referring(noun: Token) -> bool:
    """``the channel`` with no possessor: a reference back itself, passed over."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and \
        not any(c.dep_ == "poss" for c in noun.children)
