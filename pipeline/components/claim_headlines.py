"""Speakers of statements in a headline or subhead.

Headlines are parsed badly (title case, no articles, verbs read as nouns), so a headline
statement keeps a speaker only when it is the grammatical subject phrase right before the
headline verb (``EU commissioner warns of …``): never a capitalised word the parser hung
elsewhere (``Berlin and Paris at odds … as commissioner warns``), and never the owner of a noun
cue (``Airline rejects claim that …``: the claim is not the airline's). With no clear subject the
claim has no speaker rather than a guess.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.components.claim_clauses import Sentence, child
from pipeline.components.claim_context import DocContext
from pipeline.components.claim_role_holders import names_body
from pipeline.components.claim_speakers import is_person, speaker_for_token

#: sections whose statements get the headline treatment
HEADLINE_SECTIONS = frozenset({"headline", "subhead"})
#: words that may stand between a headline subject phrase and its verb
_BETWEEN = frozenset({"aux", "auxpass", "neg", "advmod", "punct"})


def in_headline(sent: Sentence, tok: Token) -> bool:
    return sent.ctx.section_at(tok.idx) in HEADLINE_SECTIONS


def headline_subject(sent: Sentence, frame: Token) -> Token | None:
    """The subject of a headline verb when the parse is clear: an ``nsubj`` before the verb whose
    phrase ends right before it (only auxiliaries, negation or adverbs between)."""
    return _clear_subject(sent, frame, spliced_clause(frame))


def _clear_subject(sent: Sentence, frame: Token, spliced: Token | None) -> Token | None:
    """:func:`headline_subject` with ``spliced``, the :func:`spliced_clause` of ``frame``
    (None whenever ``frame`` has a subject of its own)."""
    subjects = [c for c in frame.children if c.dep_ == "nsubj" and c.i < frame.i]
    if not subjects and frame.dep_ == "conj" and frame.head.i < frame.i:
        return headline_subject(sent, frame.head)  # ``Achterberg unveils …, vows …``
    if spliced is not None:
        return headline_subject(sent, spliced)  # ``Siam Harvest bids …, says deal will …``
    if not subjects:
        return _inverted_subject(sent, frame)
    subj = subjects[-1]
    joins = sent.rules.words("headline_joins")
    if any(t.lower_ in joins for t in subj.subtree):  # ``[mill shuts as owner] concedes``: two clauses
        return None
    for tok in sent.doc[subj.right_edge.i + 1:frame.i]:
        if tok.dep_ not in _BETWEEN or tok.head.i != frame.i:
            return None
    return subj


def _inverted_subject(sent: Sentence, frame: Token) -> Token | None:
    """``Former dockworker was 'the heart of the movement', says Brenda Lisle``: a name right after
    a headline verb that closes its line after a comma is the verb's subject."""
    subj = next((c for c in frame.children if c.dep_ == "nsubj" and c.i > frame.i), None)
    if subj is None or subj.pos_ != "PROPN" or subj.left_edge.i != frame.i + 1 or frame.i < 1 \
            or sent.doc[frame.i - 1].text != ",":
        return None
    rest = sent.doc[subj.right_edge.i + 1:sent.hi]
    return subj if all(t.is_space or t.text in (".", "|") for t in rest) else None


def spliced_clause(frame: Token) -> Token | None:
    """``Siam Harvest bids $3.6 bln for Nordkyst, says deal will lift margins``: headline English
    drops the subject of a second verb after a comma; the parse hangs the first clause on that
    verb as a complement. The first clause (its verb) when ``frame`` has no subject, a clause
    after it, and a clause with a subject of its own right before its comma; else None (``…,
    says Araghchi``: the name after it is the subject)."""
    doc = frame.doc
    if frame.i == 0 or doc[frame.i - 1].text != "," or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in frame.children) or \
            not any(c.dep_ == "ccomp" and c.i > frame.i for c in frame.children):
        return None
    first = next((c for c in frame.children if c.dep_ == "ccomp" and c.i < frame.i and c.pos_ == "VERB"), None)
    return first if first is not None and child(first, ("nsubj",)) is not None else None


def _within(speaker: dict, lo: int, hi: int) -> bool:
    spans = [speaker] + ([speaker["via"]] if speaker.get("via") else [])
    return any(lo <= s["start"] and s["end"] <= hi for s in spans)


def headline_speaker(sent: Sentence, frame: Token | None, speaker: dict | None) -> dict | None:
    """The speaker kept for a headline statement: ``speaker`` when it lies inside the clear
    subject phrase of the headline verb ``frame`` (else the speaker that phrase names), else None."""
    spliced = spliced_clause(frame) if frame is not None else None
    if frame is None or (speaker is None and spliced is None):
        return None
    subj = _clear_subject(sent, frame, spliced)
    if subj is None:
        return None
    first = next(t for t in subj.subtree if not t.is_punct or t.i == subj.i)  # not a bullet's ``-``
    lo, hi = first.idx, subj.right_edge.idx + len(subj.right_edge.text)
    if speaker is None or not _within(speaker, lo, hi):
        speaker = speaker_for_token(sent, subj, skip=frame)  # the parser's pick was another word
        if speaker is None or not _within(speaker, lo, hi):
            return None
    person = titled_person(sent.ctx, sent.ctx.text[lo:hi])
    if person is not None:  # ``Pallatek CEO says``: the chief executive the body names
        rec = sent.ctx.actor_record(person, "speaker")
        rec["via"] = {"text": sent.ctx.text[lo:hi], "start": lo, "end": hi}
        return rec
    company = described_company(sent.ctx, subj) if not speaker.get("actor_id") else None
    if company is not None:  # ``Warehouse-robot maker warns …``: the company the body describes so
        rec = sent.ctx.actor_record(company, "speaker")
        rec["via"] = {"text": sent.ctx.text[lo:hi], "start": lo, "end": hi}
        return rec
    return speaker


def described_company(ctx: DocContext, subj: Token) -> Span | None:
    """The company a headline subject phrase headed by a company noun (``Warehouse-robot maker``,
    word list ``speaks_for_company_nouns``) describes: the one organization of the body whose
    apposition holds that noun and every word before it, singular or plural (``Norrland Motion AB,
    the Swedish maker of warehouse robots,``; not ``Pallatek Inc., a maker of autonomous
    forklifts``). None when no organization or more than one fits."""
    if subj.pos_ not in ("NOUN", "PROPN") or subj.lower_ not in ctx.rules.words("speaks_for_company_nouns"):
        return None
    words = [w for w in _words(subj.doc[subj.left_edge.i:subj.i + 1].text.replace("-", " ")) if w not in ("the", "a", "an")]
    found: dict[str, Span] = {}
    for sp in ctx.spans:
        norm = sp._.norm or {}
        if sp.label_ != "actor" or norm.get("type") != "organization" or not norm.get("actor_id") \
                or ctx.section_at(sp.start_char) != "body" or ctx.quote_at(sp.start_char) is not None:
            continue
        text = _apposition(sp)
        if all(f" {w} " in text or f" {w}s " in text for w in words):
            found.setdefault(norm["actor_id"], sp)
    return next(iter(found.values())) if len(found) == 1 else None


def _apposition(span: Span) -> str:
    """The lower-case words of a comma-set-off apposition right after ``span``, `` `` around each."""
    doc, words = span.doc, []
    if span.end < len(doc) and doc[span.end].text == ",":
        for tok in doc[span.end + 1:span.end + 1 + _AFTER]:
            if tok.text in (",", ".", ";") or "\n" in tok.text or tok.pos_ in ("VERB", "AUX"):
                break
            words.append(tok.lower_)
    return " " + " ".join(words) + " "


# ------------------------------------------------------------------ titles in headlines
_WORD = re.compile(r"[\w\u00C0-\u024F-]+")
#: sections whose people a headline title may name (not the byline: its author wrote it)
_NAMING_SECTIONS = frozenset({"body", "caption"})
#: how many words before a name, or in an apposition after it, may hold its title
_BEFORE, _AFTER = 4, 8


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text.replace("\u2019s", "").replace("'s", ""))]


def _title_forms(ctx: DocContext, words: list[str]) -> tuple[set[str], int]:
    """The title forms a headline phrase ends with (``CEO`` → ceo, chief executive) and how many
    of its last words they take; (set(), 0) when it ends with no title. A form of a row with
    ``own_forms`` (a UK secretary of state) is that form alone: a minister of another post is no
    ``Transport secretary``."""
    for n in (2, 1):
        tail = " ".join(words[-n:])
        if len(words) < n:
            continue
        if tail in ctx.rules.headline_own_forms:  # ``Transport secretary says``: not the first minister
            return {tail}, n
        for forms in ctx.rules.headline_title_groups:  # also ``Republican says``, ``Harbourline chief``
            if tail in forms:
                return set(forms), n
    return set(), 0


def _context(ctx: DocContext, span: Span) -> str:
    """The words around a person mention that may hold a title: up to four before it on its line
    (``Chief Executive Karin J. Ekholm``), and a comma-set-off apposition after it (``Jerome K.
    Aldana, Pallatek's chief executive,``), lower case, `` `` around each word."""
    doc = span.doc
    before = []
    for tok in reversed(doc[max(0, span.start - _BEFORE):span.start]):
        if (tok.is_punct and tok.text != ".") or "\n" in tok.text_with_ws:
            break
        before.insert(0, tok.text)
    before = _apposed_before(span) + before
    after = []
    if span.end < len(doc) and doc[span.end].text == ",":
        for tok in doc[span.end + 1:span.end + 1 + _AFTER]:
            other = ctx.actor_at.get(tok.i)
            if tok.text in (",", ".", ";") or "\n" in tok.text or tok.pos_ in ("VERB", "AUX") or \
                    (other is not None and is_person(other)):
                break  # the apposition ends: a verb, a mark, or the next person's name (and title)
            after.append(tok.text)
    return " " + " ".join(_words(" ".join(before + [span.text] + after))) + " "


def _apposed_before(span: Span) -> list[str]:
    """The words of a description the person mention stands in apposition to, right before it
    (``the area coroner, Miriam Ashdown,``; ``Harbourline Bank’s chief executive, Alistair
    Penrose,``), when the parse hangs the name on that noun: not ``In a letter to the coroner,
    Miriam Ashdown said``."""
    doc, root = span.doc, span.root
    noun = root.head if root.dep_ == "appos" and root.head.i < span.start else None
    if noun is None or noun.pos_ != "NOUN" or span.start == 0 or doc[span.start - 1].text != ",":
        return []
    words = doc[noun.left_edge.i:span.start - 1]
    if not len(words) or len(words) > _AFTER or any("\n" in t.text_with_ws for t in words):
        return []
    return [t.text for t in words]


def titled_person(ctx: DocContext, phrase: str) -> Span | None:
    """The one person of the article a headline phrase ending in a title names (``Pallatek CEO``,
    ``Prime minister``, ``Norrland Motion CEO``): a person of the body or a caption whose title,
    before the name or in apposition, is that title and whose title words hold every other word of
    the phrase (``Pallatek``; ``Prime``). None when no one or more than one fits."""
    words = _words(phrase)
    forms, n = _title_forms(ctx, words)
    if not forms:
        return None
    mods = [w for w in words[:-n] if w not in ("the", "a", "an")]
    contexts: dict[str, str] = {}
    first: dict[str, Span] = {}
    for sp in ctx.spans:
        aid = (sp._.norm or {}).get("actor_id")
        if sp.label_ != "actor" or not aid or not is_person(sp) or ctx.section_at(sp.start_char) not in _NAMING_SECTIONS \
                or _unnamed(ctx, sp):
            continue
        contexts[aid] = contexts.get(aid, "") + _context(ctx, sp)
        if ctx.section_at(sp.start_char) == "body":
            first.setdefault(aid, sp)
    fits = [aid for aid, text in contexts.items() if any(f" {f} " in text for f in forms)
            and aid in first and _mods_fit(ctx, aid, text, mods)]
    return first[fits[0]] if len(fits) == 1 else None


def _mods_fit(ctx: DocContext, aid: str, text: str, mods: list[str]) -> bool:
    """Every word before the title is a title word of the person (``Prime``), or the words the
    person's titles lack name a body a body sentence naming the person names too (``Innu Nation
    grand chief`` of ``Grand Chief Josephine Mistenapeo told … that Innu Nation had been briefed``:
    :func:`claim_role_holders.names_body`)."""
    missing = [m for m in mods if f" {m} " not in text]
    if not missing:
        return True
    sents = {m.sent for m in ctx.mentions_of(aid) if ctx.section_at(m.start_char) == "body"}
    return any(names_body(ctx, missing, s) for s in sents)


def _unnamed(ctx: DocContext, span: Span) -> bool:
    """A person the actor layer knows by a role or description only (``Estonia's prime
    minister``, ``a spokesperson``): no one a title could name."""
    origin = ctx.origin(span)
    return origin.startswith(("rule:role-", "rule:unnamed", "rule:description", "rule:group"))
