"""``he replied`` after ``X asked``: the one who answers is never the one who asked (issue 11).

``Ramanathan then asked how much money was in each envelope. "Five thousand," he replied``: the
nearest fitting person is the asker, but a ``reply_verbs`` verb (reply, answer, respond, retort)
has the person asked as its subject. When the antecedent found for its ``he``/``she`` is the
subject of a ``question_verbs`` verb (ask, question, press) in the same paragraph before it, the
answer is the person that verb asks (``asked Mendes whether …``), else, when the question names no
one asked, the person quoted last before it (the witness, the interviewee), else none: a wrong
speaker is worse than none. A verb counts only as a question: an interrogative complement (a wh-word,
``whether`` or ``if`` clause, or a quoted question ending in ``?``), or a ``question_object_verbs``
verb with a person object; never a request (``asked the council to approve``, ``asked for acquittal``,
``pressed for a vote``).
"""


from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.components.claim_clauses import Sentence
from pipeline.components.claim_context import entity_key
from pipeline.components.claim_speakers import gender_fits, is_person

_REACH = 2  # paragraphs before the question where the one asked may have spoken
_QUOTED_QUESTION = re.compile(r"\?[ ]?[\"\u201d\u2019']")
_INTERROGATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _question_by(sent: Sentence, asker, before: int) -> Token | None:
    """The last ``question_verbs`` verb before ``before`` in its paragraph whose subject is
    ``asker``: a mention of the same actor (a span), or words inside a source phrase (a record)."""
    para = sent.ctx.paragraph_of(before)
    return _question_in(sent, asker, para[0], before) if para is not None else None


def _question_in(sent: Sentence, asker, start: int, before: int) -> Token | None:
    """The last ``question_verbs`` verb of ``asker`` between the characters ``start`` and ``before``."""
    verbs = sent.rules.words("question_verbs")
    for tok in reversed(sent.ctx.doc.char_span(start, before, alignment_mode="contract") or []):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and _is_asker(sent, subj, asker) and _is_question(sent, tok):
            return tok
    return None


def _is_question(sent: Sentence, verb: Token) -> bool:
    """Does ``verb`` put a question, not a request: an interrogative clause or a quoted question in
    its sentence, or a ``question_object_verbs`` verb with a person object and no request?"""
    if any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ == "prt" for c in verb.children):
        return False
    if any(_interrogative(c) for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")):
        return True
    if _QUOTED_QUESTION.search(verb.sent.text):
        return True
    if verb.lemma_.lower() not in sent.rules.words("question_object_verbs"):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    span = sent.ctx.actor_at.get(obj.i) if obj is not None else None
    return span is not None and is_person(span) and not any(c.dep_ == "xcomp" for c in verb.children)


def _interrogative(clause: Token) -> bool:
    """Does the clause ``clause`` open with a wh-word, ``whether`` or ``if`` (not a ``to`` request)?"""
    first = clause.left_edge
    return first.tag_ in _INTERROGATIVE_TAGS or first.lower_ in ("whether", "if")


def _is_asker(sent: Sentence, subj: Token, asker) -> bool:
    """Is the subject ``subj`` the asker: a mention of the actor ``asker`` (a span), or inside the
    words of the speaker record ``asker``?"""
    if isinstance(asker, dict):
        return asker["start"] <= subj.idx < asker["end"]
    span = sent.ctx.actor_at.get(subj.i)
    return span is not None and entity_key(span) == entity_key(asker)


def asked_by(sent: Sentence, frame: Token, subj: Token, rec: dict) -> bool:
    """Is ``frame`` a reply (``reply_verbs``) and the source phrase ``rec`` the subject of a
    question just before it in its paragraph (``A prosecutor asked …. "…," he replied``)?"""
    return frame.lemma_.lower() in sent.rules.words("reply_verbs") and _question_by(sent, rec, subj.idx) is not None


def _person_asked(sent: Sentence, verb: Token, pronoun: str) -> Span | None:
    """The one person the question verb takes as its object (``asked Mendes whether …``); None when
    it asks several (``asked Haddad and Lopez whether …``: which of them answers is not said)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or _coordinated(obj):
        return None
    span = sent.ctx.actor_at.get(obj.i)
    return span if span is not None and is_person(span) and gender_fits(sent.ctx, span, pronoun) else None


def _coordinated(obj: Token) -> bool:
    """Does the object ``obj`` (or its apposition: ``the secretary, Ana Ruiz, and her deputy``) have a conjunct?"""
    heads = [obj, *(c for c in obj.children if c.dep_ == "appos")]
    return any(c.dep_ == "conj" for head in heads for c in head.children)


def _quoted_before(sent: Sentence, verb: Token, asker: Span, pronoun: str) -> Span | None:
    """The person quoted last before the question, within ``_REACH`` paragraphs, not the asker."""
    ctx = sent.ctx
    para = ctx.paragraph_index(verb.idx)
    for span, at in zip(reversed(ctx.speakers), reversed(ctx.spoke_at)):
        if at >= verb.idx:
            continue
        if para - ctx.paragraph_index(at) > _REACH:
            return None
        if entity_key(span) != entity_key(asker) and gender_fits(ctx, span, pronoun):
            return span
    return None


def replier(sent: Sentence, frame: Token, subj: Token, person: Span | None) -> Span | None:
    """The person a ``he``/``she`` subject of ``frame`` names: ``person`` (the antecedent found),
    unless ``frame`` is a reply to a question ``person`` asked (see the module doc)."""
    if person is None or frame.lemma_.lower() not in sent.rules.words("reply_verbs"):
        return person
    verb = _question_by(sent, person, subj.idx)
    if verb is None:
        return person
    if any(c.dep_ == "dobj" for c in verb.children):
        return _person_asked(sent, verb, subj.lower_)
    return _quoted_before(sent, verb, person, subj.lower_)


def person_addressed(sent: Sentence, subj: Token, asker: Span) -> Span | None:
    """``Senator Pryce asked Mr. Haddad why …. "You are telling us …," Ms. Pryce said``: a ``you``
    subject inside a quotation of ``asker`` is the one person ``asker`` asked by name (a person
    object of a question verb, :func:`_is_question`, :func:`_person_asked`) right before the
    quotation: in its paragraph or the one before, with no other quotation between. None when no
    question names one person, or when ``you`` is negated or under a modal (``"You can't fix a
    grid with press releases"``: a retort that says nothing the one asked claimed)."""
    ctx, quote = sent.ctx, sent.ctx.quote_at(subj.idx)
    if quote is None or not ctx.sections or _hedged(subj.head):
        return None
    para = ctx.paragraph_index(quote[0])
    verb = _question_in(sent, asker, ctx.sections[max(para - 1, 0)][0], quote[0])
    if verb is None or any(verb.sent.end_char <= s < quote[0] for s, _ in ctx.quotes):
        return None
    span = _person_asked(sent, verb, subj.lower_)
    return span if span is not None and entity_key(span) != entity_key(asker) else None


def _hedged(verb: Token) -> bool:
    """Is the verb negated or under a modal (``can't claim``, ``would have us believe``)?"""
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
