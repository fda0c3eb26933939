"""Quotations a clause introduces with a colon, for :mod:`claim_quotes`: ``Her neighbour, Piotr
Mazur, was less forgiving: “They knew on Friday.”``, ``Oakhurst stood by his threat: “…”``,
``Dr. Ybarra is skeptical: “…”``. The colon is the cue and the clause's subject the speaker; after a
verb whose object is the one quoted (word list ``colon_clause_object_verbs``: ``It quoted the
station's engineer, Anneke van der Molen: “…”``) the object is.

Only a body sentence whose words before the colon are one clause (a verb with its subject, no
quotation mark, colon or semicolon) and whose quotation (three words or more) closes the sentence;
the speaker must be a person or organisation the actor pass found at the subject (or its
apposition). Left to the reporting-verb passes: a clause whose verb reports (``said after the vote:
"…"``, ``broke in: "…"``; but ``stood by his threat``, word list ``colon_clause_verbs``) or whose
verb's object is a medium (``sent me a text message: "…"``, word list ``colon_clause_medium_nouns``).
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token

from pipeline.components.claim_context import DocContext
from pipeline.components.quote_marks import DOUBLE_CLOSE, OPEN_QUOTES

#: double quotation marks that open a quotation here (a single one is left to the other passes),
#: and the double marks that may not come before the colon
_OPEN = OPEN_QUOTES - {"\u2018"}
_MARKS = _OPEN | DOUBLE_CLOSE

#: words of the clause before the colon, at most
MAX_CLAUSE_WORDS = 25

#: words of the quotation, at least
MIN_QUOTE_WORDS = 3

#: dependencies of a verb inside a phrase or subordinate clause: never the clause's own verb
_SUBORDINATE = frozenset({"relcl", "acl", "advcl", "xcomp", "pcomp", "csubj", "csubjpass", "amod", "prep", "pobj"})

#: the cue's origin: the rows whose word lists decide who speaks (the clause's subject: its verb is
#: no reporting verb but those of ``colon-clause-verbs``; its object after ``colon-clause-object-verbs``)
_ORIGINS = {False: "rule:colon-clause-verbs", True: "rule:colon-clause-object-verbs"}

#: actor types that may speak a clause colon
_SPEAKER_TYPES = frozenset({"person", "organization", "government", "legislature", "military", "media", "group"})


class ClauseColon(NamedTuple):
    speaker: dict
    cue: dict
    clause: tuple[int, int]   # the words before the colon, from the sentence start


def clause_colon(ctx: DocContext, quote: tuple[int, int], para_start: int) -> ClauseColon | None:
    """The clause colon introducing ``quote`` (a quotation in the paragraph starting at
    ``para_start``), see the module doc; None when there is none."""
    text, (q_start, q_end) = ctx.text, quote
    colon = _colon_before(text, q_start, para_start)
    if colon is None or not _closes_sentence(text, quote) or len(text[q_start:q_end].split()) < MIN_QUOTE_WORDS:
        return None
    i = ctx.token_at(colon)
    if i >= len(ctx.doc) or ctx.doc[i].text != ":":
        return None
    tok = ctx.doc[i]
    clause = ctx.doc[max(tok.sent.start, min(ctx.token_at(para_start), tok.i)):tok.i]
    if not len(clause) or len(clause) > MAX_CLAUSE_WORDS or any(t.text in (":", ";") or set(t.text) & _MARKS for t in clause):
        return None
    verb = _clause_verb(clause)
    if verb is None or not _introduces(ctx, verb, clause):
        return None
    by_object = verb.lemma_.lower() in ctx.rules.words("colon_clause_object_verbs")
    who = _quoted_one(verb) if by_object else _subject(verb)
    span = _speaker_span(ctx, who) if who is not None else None
    if span is None:
        return None
    cue = {"text": ":", "lemma": ":", "start": colon, "end": colon + 1, "origin": _ORIGINS[by_object]}
    return ClauseColon(ctx.actor_record(span, "speaker"), cue, (clause.start_char, colon))


def _colon_before(text: str, q_start: int, para_start: int) -> int | None:
    """The colon right before the opening mark at ``q_start`` (spaces between), if any."""
    if text[q_start] not in _OPEN:
        return None
    i = q_start - 1
    while i > para_start and text[i] in " \t\u00a0":
        i -= 1
    return i if i > para_start and i < q_start - 1 and text[i] == ":" else None


def _closes_sentence(text: str, quote: tuple[int, int]) -> bool:
    """The quotation ends its sentence: a closing mark after ``.``, ``!``, ``?`` or followed by
    one, then the end of the paragraph or a new sentence (``“They knew on Friday.”``); or it runs
    on to the end of the paragraph unclosed."""
    q_start, q_end = quote
    if text[q_end - 1] not in _MARKS or q_end - 1 == q_start:  # open: runs to the paragraph end
        return True
    inner_end, after = text[q_end - 2:q_end - 1], q_end
    if inner_end not in ".!?\u2026":
        if text[after:after + 1] not in (".", "!", "?"):
            return False
        after += 1
    rest = text[after:after + 2]
    return rest == "" or rest[0] == "\n" or (rest[0] == " " and rest[1:2].isupper()) or rest[:1] == "\r"


def _clause_verb(clause: Span) -> Token | None:
    """The one verb of ``clause`` with a subject in it that heads no subordinate phrase."""
    verbs = [t for t in clause if t.pos_ in ("VERB", "AUX") and t.dep_ not in _SUBORDINATE
             and any(c.dep_ in ("nsubj", "nsubjpass") and clause.start <= c.i < clause.end for c in t.children)]
    return verbs[0] if len(verbs) == 1 else None


def _introduces(ctx: DocContext, verb: Token, clause: Span) -> bool:
    """The clause introduces a quotation its verbs do not report themselves: no verb of it is a
    reporting verb (but those of ``colon_clause_verbs``; ``shared the clip, writing:``) and no medium
    is its object (``sent me a text message``)."""
    keep = ctx.rules.words("colon_clause_verbs")
    if any(t.pos_ == "VERB" and t.lemma_.lower() not in keep and ctx.rules.report_rule(t.lemma_.lower(), t.lower_)
           is not None for t in (verb, *clause)):  # also ``shared the clip, writing: "…"``
        return False
    media = ctx.rules.words("colon_clause_medium_nouns")
    return not any(t.lower_ in media or t.lemma_.lower() in media for t in clause if t.pos_ == "NOUN")


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _quoted_one(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _speaker_span(ctx: DocContext, head: Token) -> Span | None:
    """The actor mention at ``head`` or at a name in apposition to it (``Her neighbour, Piotr
    Mazur``), when it is a person or organisation (no place)."""
    for tok in (head, *(c for c in head.children if c.dep_ == "appos")):
        span = ctx.actor_at.get(tok.i)
        if span is not None and (span._.norm or {}).get("type") in _SPEAKER_TYPES:
            return span
    return None
