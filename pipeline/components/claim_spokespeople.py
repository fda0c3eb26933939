"""An unnamed spokesperson speaks for the body they speak for.

``An Aramco spokesperson said …``, ``a spokeswoman for the developer said …``, ``an agency
spokesperson said …``: a speaker who is a spokesperson the article never names (every mention of
the actor is a spokesperson's title, word list ``speaks_for_bare_titles``, headed by a common noun)
gives the words of the body they speak for. The body is, in this order:

- the object of the title's ``for``/``of`` phrase (``a spokeswoman for the Forestry Service``,
  ``a spokesman for the insurer``): the actor mention holding it, one apposed to it, or the one
  body a definite description names (``the ministry`` after ``the Health Ministry``);
- the words before the title when a body named before holds them (``An Aramco spokesperson``
  after ``Saudi Aramco``; ``a company spokeswoman``: the last company named before);
- the body that spoke last, in the same paragraph or the one before, when the title's only
  modifier or ``for`` object is a common noun naming no body the text can pin down
  (``Atlantic Shoreline Wind said …`` then ``a spokeswoman for the developer said``).

The speaker becomes the body, the words as written go to ``via`` (the spokesperson's record in
``via.person``) and the spokesperson speaks with the body (``also``), as for a quoted ``we``
(:mod:`claim_bodies`): golds that name the spokesperson and golds that name the body both read it.
A named spokesperson (``spokeswoman Lenka Horakova``), a spokesperson of a person (``a spokesman
for Sen. Ortiz``) or any title other than a spokesperson's is left alone; no body found: the
words stay the speaker.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.claim_bodies import body_holding, body_spoke_before, is_body, noun_body, unnamed_role_body
from pipeline.components.claim_context import DocContext, copy_json
from pipeline.components.claim_quotes import replace_speaker
from pipeline.components.claim_speakers import org_name_head_words, is_person


def speak_for_spokespeople(ctx: DocContext, claims: list[dict]) -> None:
    """Give each unnamed spokesperson's claim the body they speak for (module doc)."""
    for claim in claims:
        sp = claim.get("speaker") or {}
        person = ctx.actor_span(sp) if not sp.get("also") else None
        body = _spokesperson_body(ctx, person) if person is not None and is_person(person) else None
        if body is None:
            continue
        said = sp.get("via") if isinstance(sp.get("via"), dict) else sp
        person_rec = {k: v for k, v in sp.items() if k not in ("via", "also")}
        rec = ctx.actor_record(body, "speaker")
        rec["via"] = {"text": said["text"], "start": said["start"], "end": said["end"], "person": person_rec}
        rec["also"] = [copy_json(person_rec)]
        replace_speaker(claim, sp, rec)


def _spokesperson_body(ctx: DocContext, person: Span) -> Span | None:
    """The body an unnamed spokesperson speaks for, read from their mentions in text order."""
    mentions = ctx.mentions_of((person._.norm or {}).get("actor_id")) or [person]
    titles = ctx.rules.words("speaks_for_bare_titles")
    if not all(_title_root(m, titles) is not None for m in mentions):
        return None  # a named spokesperson, or a person with another title somewhere
    for mention in mentions:
        root = _title_root(mention, titles)
        body = _for_object_body(ctx, root) or unnamed_role_body(ctx, mention) \
            or _name_lead_body(ctx, mention, root) or _kind_spoke_before(ctx, mention, root)
        if body is not None:
            return body
    return None


def _title_root(mention: Span, titles: frozenset[str]) -> Token | None:
    """The spokesperson's title heading ``mention`` (a common noun: ``An Aramco spokesperson``,
    ``a spokeswoman for the developer``), None for a name (``Kayla Odom``)."""
    root = mention.root
    return root if root.pos_ == "NOUN" and root.lemma_.lower() in titles else None


def _name_lead_body(ctx: DocContext, mention: Span, title: Token) -> Span | None:
    """``An Aramco spokesperson`` with the name tagged as an adjective: capitalised words before
    the title (no sentence's first word alone) that a body named before holds in its words."""
    lead = [t for t in mention if t.i < title.i and t.dep_ != "det" and not t.is_punct and t.tag_ != "POS"]
    if not lead or not all(t.is_alpha and t.text[0].isupper() and not t.is_sent_start for t in lead):
        return None
    return body_holding(ctx, {t.lower_ for t in lead}, mention.start_char)


def _for_object(title: Token) -> Token | None:
    """The object of the title's ``for``/``of`` phrase (``developer`` of ``a spokeswoman for the
    developer``)."""
    prep = next((c for c in title.children if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None


def _for_object_body(ctx: DocContext, title: Token) -> Span | None:
    """The body the title's ``for``/``of`` object names (an actor, an apposed one, a definite
    description the text resolves); None when it names no body (a person, nothing)."""
    obj = _for_object(title)
    span = noun_body(ctx, obj) if obj is not None else None
    return span if is_body(span) else None


def _kind_spoke_before(ctx: DocContext, mention: Span, title: Token) -> Span | None:
    """``an agency spokesperson``, ``a spokeswoman for the developer``: a title whose one modifier
    (or ``for`` object, with ``the``) is a common noun no actor covers speaks for the body that was
    the last speaker just before (:func:`~claim_bodies.body_spoke_before`), unless that body's
    name ends in a word of another kind of body (``org-name-heads``: an association is no district)."""
    obj = _for_object(title)
    lead = [t for t in mention if t.i < title.i and t.dep_ != "det" and not t.is_punct]
    noun = obj if obj is not None and not lead else lead[0] if len(lead) == 1 and obj is None else None
    other = ctx.actor_at.get(noun.i) if noun is not None else None
    if noun is None or noun.pos_ != "NOUN" or (other is not None and other.start_char != mention.start_char):
        return None  # (the noun inside the spokesperson's own mention is no other actor)
    if noun is obj and [c.lower_ for c in noun.children] != ["the"]:
        return None  # ``a spokeswoman for several developers``: no one body
    body = body_spoke_before(ctx, mention.start_char)
    head = body.root.lower_ if body is not None else ""
    if head in org_name_head_words(ctx.rules) and head != noun.lemma_.lower():
        return None  # ``A district spokesperson`` after ``the Harlow Teachers Association``: another kind
    return body
