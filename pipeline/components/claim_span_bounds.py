"""Where a source phrase begins and ends (issue 11: the right speaker, its boundaries).

``claim_speakers.noun_phrase`` takes a source phrase from the parse; the parser sometimes hangs
words on the subject that are no part of who spoke, or hangs a word of it on the verb:

- a clause marker or a sentence adverb before it (``… found that two in five respondents
  expected …``, ``Meanwhile one of the signatories told …``): :func:`without_lead_words`;
- the noun a reduced relative clause sums up, read as a modifier of that clause's subject
  (``…, a step legal experts said could …``, ``— a move aid groups say would …``):
  :func:`without_fronted_noun`;
- a time phrase on the subject (``Senators from both parties on Wednesday pressed …``):
  :func:`without_time_phrase`;
- the last word of a relative clause hung on the verb (``Three aldermen who voted yes told …``):
  :func:`closing_answer`.
"""

from __future__ import annotations

from spacy.tokens import Token

#: determiners of one thing: before a plural head they belong to another noun
_SINGULAR_DETS = frozenset(("a", "an", "another", "this", "that"))
#: marks between a clause and a noun phrase summing it up (``…, a step experts said …``)
_SUMMARY_MARKS = frozenset((",", "\u2014", "\u2013", "-", ";"))


def without_lead_words(sent, tok: Token, toks: list[Token]) -> list[Token]:
    """The phrase without a leading clause marker (``that``, ``whether``: the parser hung it on
    the subject) or a sentence adverb (``speaker_lead_adverbs``: ``Meanwhile``, ``However``)."""
    adverbs = sent.rules.words("speaker_lead_adverbs")
    while len(toks) > 1 and toks[0].i < tok.i and (
            toks[0].dep_ == "mark" or (toks[0].pos_ in ("ADV", "SCONJ", "CCONJ") and toks[0].lower_ in adverbs)):
        toks = toks[1:]
        while len(toks) > 1 and toks[0].i < tok.i and toks[0].is_punct:
            toks = toks[1:]
    return toks


def without_fronted_noun(sent, tok: Token, toks: list[Token]) -> list[Token]:
    """``…, a step legal experts said could …``: a plural subject of a reduced relative clause
    whose phrase opens with a singular determiner and a noun after a comma or dash; the
    determiner and that noun (up to its last compound) are the noun the clause sums up, not
    the source (``legal experts``). ``a dozen analysts``, ``a few economists`` keep their words
    (``speaker_quantity_nouns``)."""
    if len(toks) < 3 or tok.tag_ not in ("NNS", "NNPS") or not _after_summary_mark(sent, toks[0]):
        return toks
    det, noun = toks[0], toks[1]
    if det.lower_ not in _SINGULAR_DETS or det.dep_ != "det" or noun.tag_ != "NN" \
            or noun.dep_ not in ("nmod", "compound") or noun.lower_ in sent.rules.words("speaker_quantity_nouns"):
        return toks
    rest = [t for t in toks if t.i > noun.i]
    return rest if rest and rest[0].i <= tok.i else toks


def _after_summary_mark(sent, first: Token) -> bool:
    return first.i > sent.lo and sent.doc[first.i - 1].text in _SUMMARY_MARKS


def without_time_phrase(sent, tok: Token, toks: list[Token]) -> list[Token]:
    """``Senators from both parties on Wednesday``: a preposition ending the phrase whose object
    is a date is when they spoke, not who they are (:func:`time_phrase`)."""
    if len(toks) < 3 or toks[-1].i <= tok.i:
        return toks
    prep = time_phrase(sent.ctx, tok, toks[-1])
    kept = [t for t in toks if prep is None or t.i < prep.i]
    return kept if kept and kept[-1].i >= tok.i else toks


#: prepositions of a point in time (``on Wednesday``, ``in March``); not ``of``/``for`` a span of
#: time, which may say who the source is (``a friend of more than 50 years``)
_WHEN_PREPS = frozenset(("on", "in", "at", "during"))


def time_phrase(ctx, root: Token, last: Token) -> Token | None:
    """The preposition of a time phrase (``on Wednesday``, ``in March``) that ends the words
    ``root``…``last`` of a subject phrase, hung on its head or on a noun of a phrase of it (no
    verb between), all its words but the preposition a date; None when there is none. A clause's
    time phrase (``lawmakers who spoke with the governor on Thursday``, ``a study published on
    Wednesday``) says when that happened and stays."""
    prep = next((t for t in reversed(list(ctx.doc[root.i + 1:last.i + 1])) if t.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in _WHEN_PREPS or prep.right_edge.i != last.i or not _on_nouns(prep, root):
        return None
    words = [t for t in prep.subtree if t.i > prep.i and not t.is_punct]
    if not words or any(ctx.date_at.get(t.i) is None for t in words):
        return None
    return prep


def _on_nouns(prep: Token, root: Token) -> bool:
    """``prep`` hangs on ``root`` through nouns and prepositions only (no clause between)."""
    t = prep.head
    while t.i != root.i:
        if t.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADP") or t.head.i == t.i:
            return False
        t = t.head
    return True


def closing_answer(sent, tok: Token, toks: list[Token]) -> list[Token]:
    """``Three aldermen who voted yes told …``: a ``yes`` or ``no`` right after a relative
    clause ending the subject phrase, hung on the subject's verb, is that clause's object."""
    if not toks or toks[-1].dep_ != "relcl" or tok.dep_ not in ("nsubj", "nsubjpass") or toks[-1].i + 1 >= sent.hi:
        return []
    nxt = sent.doc[toks[-1].i + 1]
    if nxt.lower_ not in ("yes", "no") or nxt.dep_ not in ("intj", "advmod", "dobj", "npadvmod") \
            or nxt.head.i != tok.head.i:
        return []
    return [nxt]
