"""Speakers of statements in a headline or subhead.

Headlines are parsed badly (title case, no articles, verbs read as nouns), so a headline
statement keeps a speaker only when it is the grammatical subject phrase right before the
headline verb (``EU commissioner warns of …``): never a capitalised word the parser hung
elsewhere (``Berlin and Paris at odds … as commissioner warns``), and never the owner of a noun
cue (``Airline rejects claim that …``: the claim is not the airline's). With no clear subject the
claim has no speaker rather than a guess.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.components.claim_clauses import Sentence
from pipeline.components.claim_speakers import speaker_for_token

#: sections whose statements get the headline treatment
HEADLINE_SECTIONS = frozenset({"headline", "subhead"})
#: words that may stand between a headline subject phrase and its verb
_BETWEEN = frozenset({"aux", "auxpass", "neg", "advmod", "punct"})


def in_headline(sent: Sentence, tok: Token) -> bool:
    return sent.ctx.section_at(tok.idx) in HEADLINE_SECTIONS


def headline_subject(sent: Sentence, frame: Token) -> Token | None:
    """The subject of a headline verb when the parse is clear: an ``nsubj`` before the verb whose
    phrase ends right before it (only auxiliaries, negation or adverbs between)."""
    subjects = [c for c in frame.children if c.dep_ == "nsubj" and c.i < frame.i]
    if not subjects and frame.dep_ == "conj" and frame.head.i < frame.i:
        return headline_subject(sent, frame.head)  # ``Achterberg unveils …, vows …``
    if not subjects:
        return None
    subj = subjects[-1]
    for tok in sent.doc[subj.right_edge.i + 1:frame.i]:
        if tok.dep_ not in _BETWEEN or tok.head.i != frame.i:
            return None
    return subj


def _within(speaker: dict, lo: int, hi: int) -> bool:
    spans = [speaker] + ([speaker["via"]] if speaker.get("via") else [])
    return any(lo <= s["start"] and s["end"] <= hi for s in spans)


def headline_speaker(sent: Sentence, frame: Token | None, speaker: dict | None) -> dict | None:
    """The speaker kept for a headline statement: ``speaker`` when it lies inside the clear
    subject phrase of the headline verb ``frame`` (else the speaker that phrase names), else None."""
    if speaker is None or frame is None:
        return None
    subj = headline_subject(sent, frame)
    if subj is None:
        return None
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
    if _within(speaker, lo, hi):
        return speaker
    found = speaker_for_token(sent, subj, skip=frame)  # the parser's pick was another word
    return found if found is not None and _within(found, lo, hi) else None
