"""The title a person carries in apposition, beside the words before the name (round 30).

``titles_before`` reads ``Sen. Maria Ortiz``; a briefing or a hearing often writes the post in
apposition instead, after the name or before it:

- ``Luca Moretti, Spokesperson for the Secretary-General``, ``Dana Ilves, a deputy spokeswoman``:
  the words of the noun phrase that opens the apposition, its article left out (``Spokesperson``;
  ``deputy``, ``spokeswoman``); none when a possessor owns it (``Dana Ilves, the minister's
  spokeswoman`` is no minister);
- ``the committee chair, Labor senator Tom Gallacher``, ``the moderator, WGRT anchor Carla
  Dunmore``: the noun right before the comma when the name follows it with at most
  :data:`MAX_GAP` words between (``Labor senator``);
- ``Dame Ruth Kendrick (Chair)``, ``Ivo Brandt (Rapporteur)``: the words in brackets right after
  the name, at most :data:`MAX_BRACKET` of them (a committee's list of members present).

The words come back lower case; a reader keeps those that are forms of a title (``title`` rows
of ``claim_cues.jsonl``), as for the words before a name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: words of the apposition's noun phrase, at most; words between the comma and the name, at most
MAX_WORDS = 5
MAX_GAP = 3
#: words in brackets right after a name, at most
MAX_BRACKET = 3
_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN"})


def _after(span: Span) -> set[str]:
    """``Name, [a|the] [Deputy] Spokesperson for …``: the words of the phrase after the comma (no
    article), the head last; none when a possessor owns it."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return set()
    words = []
    for tok in doc[span.end + 1:min(len(doc), span.end + 1 + MAX_WORDS)]:
        if tok.pos_ not in _PHRASE or tok.is_punct:
            break
        words.append(tok)
    if not words or words[-1].pos_ == "DET":
        return set()
    nxt = doc[words[-1].i + 1] if words[-1].i + 1 < len(doc) else None
    if nxt is not None and nxt.tag_ == "POS":  # ``the minister's spokeswoman``
        return set()
    return {t.lower_ for t in words if t.pos_ != "DET"}


def _bracketed(span: Span) -> set[str]:
    """``Name (Chair)``: the words in brackets right after the name, when they are at most
    :data:`MAX_BRACKET` words of a noun phrase (none for ``(R-Ohio)``, ``(via phone)``: a hyphen,
    a preposition)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != "(":
        return set()
    close = next((t.i for t in doc[span.end + 1:min(len(doc), span.end + 2 + MAX_BRACKET)] if t.text == ")"), None)
    words = doc[span.end + 1:close] if close is not None else []
    if not words or any(t.pos_ not in _PHRASE or t.is_punct for t in words):
        return set()
    return {t.lower_ for t in words if t.pos_ != "DET"}


def _before(span: Span) -> set[str]:
    """``the committee chair, Labor senator Tom Gallacher``: the noun before the comma that comes
    at most :data:`MAX_GAP` title-case or lower-case words before the name, when the two make one
    noun phrase (:func:`_apposed`)."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and span.start - 1 - k < MAX_GAP and doc[k].text != "," and doc[k].pos_ in _PHRASE - {"DET"}:
        k -= 1
    if k < 1 or doc[k].text != ",":
        return set()
    noun = doc[k - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ in ("NNS", "NNPS") or not _apposed(noun, span):
        return set()
    return {noun.lower_}


def _apposed(noun: Token, span: Span) -> bool:
    """``noun , … name`` is one noun phrase: the parser makes one the apposition of the other, or
    the name is closed by a comma (``Asked by the chair, Green councillor Hugh Ambler, the …``)
    and the noun is a subject or the agent of a passive, not the object of another preposition
    or a verb (``Standing beside the spokesman, Tom Gallacher said …``: no apposition)."""
    root = span.root
    if (root.dep_ == "appos" and root.head == noun) or (noun.dep_ == "appos" and noun.head in span):
        return True
    closed = span.end < len(span.doc) and span.doc[span.end].text == ","
    if not closed:
        return False
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent"


def titles_apposed(span: Span) -> set[str]:
    """The lowercased words of the post a person mention carries in apposition (see module doc)."""
    return _after(span) | _before(span) | _bracketed(span)


def title_alone(span: Span, titles: frozenset[str] | set[str]) -> bool:
    """The mention's words are all ``titles`` (``Spokesperson`` the tagger took for a person): it
    names nobody, so carries no title for a description to refer to."""
    return all(not t.is_alpha or t.lower_ in titles for t in span)
