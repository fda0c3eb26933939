"""A pronoun speaker must agree with the antecedent it was given, else it stays unresolved.

Whichever pass resolved a ``he``/``she``/``it`` speaker (``speaker.via`` holds the pronoun), the
antecedent must fit the pronoun: ``he``/``she`` a person, never a body or a thing (``My mother
… and she called me the day the lawsuit was filed``: not the lawsuit; ``If she thinks …``: not
a campaign group) nor a noun of the other sex (``He added`` after ``his mother``: word lists
``female_person_nouns``/``male_person_nouns``); ``it`` never a person nor a plural common noun
(``Independent researchers have questioned the figure, which it says``: not the researchers).
An antecedent that does not agree is replaced by the pronoun itself, unresolved: a wrong speaker
is worse than none.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_speakers import is_person

_OTHER_SEX = {"he": "female_person_nouns", "she": "male_person_nouns"}


def unresolve_disagreeing_pronouns(ctx: DocContext, claims: list[dict]) -> None:
    """Give each claim whose resolved pronoun speaker disagrees with its antecedent (see the
    module doc) the pronoun as its speaker, with no actor."""
    for c in claims:
        speaker = c.get("speaker") or {}
        via = speaker.get("via")
        if not isinstance(via, dict) or speaker.get("also") or via.get("start") is None:
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
    return ctx.doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")


def _agrees(ctx: DocContext, span: Span, speaker: dict, pronoun: str) -> bool:
    """Does the antecedent ``span`` fit ``pronoun`` (see the module doc)?"""
    root, actor = span.root, "mention_id" in speaker
    if pronoun == "it":
        return not (root.tag_ == "NNS" or (actor and is_person(span)))
    if root.pos_ == "NOUN" and root.lemma_.lower() in ctx.rules.words(_OTHER_SEX[pronoun]):
        return False
    if actor:
        return is_person(span) or (span._.norm or {}).get("type") in (None, "people")
    return root.pos_ != "NOUN" or root.lemma_.lower() in ctx.rules.person_words
