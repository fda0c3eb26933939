"""``The top government spokesman was pressed on the timing:`` before ``Q:`` / ``A:`` turns: the
answerer is the person the lead-in describes (:func:`claim_turn_speakers._introduced`).

When the sentence with a colon right before a transcript has as its subject a definite
description of one person (``the`` and a person noun or a title as its head: ``The top
government spokesman``, ``the minister``) and names nobody, the description takes up the one
named person who is the subject of the sentence right before it in the same paragraph
(``Chief Cabinet Secretary Yoshiro Tanabe told a regular news conference …``) when the
description's noun is among that person's title words (``The chief cabinet secretary``), or is a
spokesperson's and the title one of a government spokesperson (word lists ``spokesperson_nouns``,
``spokesperson_titles``; not ``The spokesman`` after ``Prime Minister Sara Holt``), unless the actor layer already linked the
description to a person (then that person). Otherwise nothing
is found and the answerer is looked for as before (never the person named most often, when a
description was there: that one may be anyone).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_speakers import is_person, titles_near

_SUBJECTS = ("nsubj", "nsubjpass")


def description_subject(ctx: DocContext, sent: Span) -> Token | None:
    """The head of the sentence's subject when it is a definite description of one person
    (``The top government spokesman``; not ``Spokesman Kyle Danforth``, ``officials``)."""
    subj = next((c for c in sent.root.children if c.dep_ in _SUBJECTS), None)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN":
        return None
    word = subj.lemma_.lower()
    if word not in ctx.rules.person_nouns and word not in ctx.rules.title_words:
        return None
    return subj if any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) else None


def described_person(ctx: DocContext, sent: Span, subj: Token, subject_words, names) -> Span | None:
    """The person the description ``subj`` stands for: the person mention it is, when the actor
    layer resolved it (``The junior minister`` linked to the minister named before); else the one
    named person who is the subject of the sentence right before ``sent`` in its paragraph
    (``subject_words(sentence)``: the token indexes of a sentence's subject; ``names(span)``: the
    mention bears a name, no title alone) and whose title words hold the description's noun
    (``The minister`` after ``Water Minister Pieter de Wolff``; not ``The spokesman`` after
    ``Prime Minister Sara Holt``: his spokesman answers)."""
    noun = {subj.lower_, subj.lemma_.lower()}
    own = ctx.actor_at.get(subj.i)
    if own is not None and is_person(own) and (own._.norm or {}).get("actor_id"):
        return own
    if sent.start == 0:
        return None
    prev = ctx.doc[sent.start - 1].sent
    if "\n" in ctx.text[prev.end_char:sent.start_char]:
        return None  # a paragraph apart
    subj = subject_words(prev)
    people = [sp for sp in ctx.spans_within(prev.start_char, prev.end_char)
              if sp.label_ == "actor" and is_person(sp) and names(sp) and any(sp.start <= i < sp.end for i in subj)]
    keys = {(sp._.norm or {}).get("actor_id") or sp.text.lower() for sp in people}
    return people[0] if len(keys) == 1 and _fits(ctx, noun, titles_near(people[0])) else None


def _fits(ctx: DocContext, noun: set[str], titles: set[str]) -> bool:
    """A description's noun fits a person whose title words are ``titles``: they hold it (``The
    minister`` of ``Water Minister Pieter de Wolff``), or it is a spokesperson's noun and they hold
    a spokesperson's title (``The top government spokesman`` of ``Chief Cabinet Secretary Yoshiro
    Tanabe``; word lists ``spokesperson_nouns``, ``spokesperson_titles``)."""
    if noun & titles:
        return True
    return bool(noun & ctx.rules.words("spokesperson_nouns")) and any(
        set(title.split()) <= titles for title in ctx.rules.words("spokesperson_titles"))
