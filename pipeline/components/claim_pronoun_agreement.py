"""A pronoun speaker must agree with the antecedent it was given, else it stays unresolved.

Whichever pass resolved a ``he``/``she``/``it`` speaker (``speaker.via`` holds the pronoun), the
antecedent must fit the pronoun: ``he``/``she`` a person, never a body (``If she thinks …``: not
a campaign group; a body named by one word, a given name or the words of a person's name in the
text may be a person the tagger typed a body, ``Villareal`` after ``Ana Villareal``, and a place a
person it took for one: both left alone; one member of a group, ``One of them``, a member of a
group of people), a common noun of a thing, nor a
noun of the other sex (``He added`` after a letter that quoted ``his mother``: word lists
``female_person_nouns``/``male_person_nouns``); ``it`` never a person nor a plural common noun
(``Independent researchers have questioned the figure, which it says``: not the researchers). A
speaker that speaks through a document (``speaker.document``: ``a dissent by Justice Obermeyer.
It warned``) is its author, whoever that is: left alone. An antecedent that does not agree is
replaced by the pronoun itself, unresolved: a wrong speaker is worse than none.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.components.actor_name_heads import BODY_TYPES
from pipeline.components.claim_context import DocContext
from pipeline.components.claim_speakers import first_name_gender, is_person, member_fits, one_person_member


def unresolve_disagreeing_pronouns(ctx: DocContext, claims: list[dict]) -> None:
    """Give each claim whose resolved pronoun speaker disagrees with its antecedent (see the
    module doc) the pronoun as its speaker, with no actor."""
    for c in claims:
        speaker = c.get("speaker") or {}
        via = speaker.get("via")
        if not isinstance(via, dict) or speaker.get("also") or speaker.get("document") or via.get("start") is None:
            continue
        pronoun = str(via.get("text", "")).lower()
        span = _antecedent(ctx, speaker)
        if span is not None and pronoun in ("he", "she", "it") and not _agrees(ctx, span, speaker, pronoun):
            c["speaker"] = {"text": via["text"], "start": via["start"], "end": via["end"], "actor_id": None}


def _antecedent(ctx: DocContext, speaker: dict) -> Span | None:
    """The words the speaker was resolved to: its actor mention, else its phrase."""
    span = ctx.actor_span(speaker)
    if span is not None or speaker.get("start") is None:
        return span
    return ctx.record_span(speaker)


def _agrees(ctx: DocContext, span: Span, speaker: dict, pronoun: str) -> bool:
    """Does the antecedent ``span`` fit ``pronoun`` (see the module doc)?"""
    root, actor = span.root, "mention_id" in speaker
    if pronoun != "it" and one_person_member(speaker):  # ``One of them said …. "…," she said``
        return member_fits(ctx, speaker, pronoun)
    if pronoun == "it":
        return not (root.tag_ == "NNS" or (actor and is_person(span)))
    if root.pos_ == "NOUN" and root.lemma_.lower() in ctx.rules.other_sex_nouns(pronoun):
        return False
    if actor:
        return (span._.norm or {}).get("type") not in BODY_TYPES or _may_be_person(ctx, span)
    return root.pos_ != "NOUN" or root.lemma_.lower() in ctx.rules.person_words


def _may_be_person(ctx: DocContext, span: Span) -> bool:
    """Is the body mention ``span`` perhaps a person the tagger typed a body: one word (a
    surname), a mention of its actor opens with a given name, or its words are all in a person's
    mention in the text?"""
    words = {t.lower_ for t in span if not t.is_punct and t.tag_ != "POS"}
    mentions = ctx.mentions_of((span._.norm or {}).get("actor_id")) or [span]
    if len(words) < 2 or any(first_name_gender(sp[0].text) is not None for sp in mentions):
        return True
    return any(sp.label_ == "actor" and is_person(sp) and words <= {t.lower_ for t in sp} for sp in ctx.spans)
