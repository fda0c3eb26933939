"""A court's bench and descriptions as the speaker of its ruling, for ``claim_speakers``.

``the three-member panel found``, ``According to the panel``, ``the 15 judges had unanimously
found``, ``the justices ruled`` (``court-bench-nouns``), ``The United Nations' top court said``,
``World court says``, ``the world's highest court told us`` (``court-descriptors`` before
``court``): the speaker is the court the article names (a body whose name holds a word of
``court-name-words``, ``actor_words.jsonl``): the nearest one named before, else the one court
named anywhere in the article (a descriptor only: a bench needs its court named before it);
none named, or two after the phrase and none before: no guess.
A bench noun needs ``the`` (or a court's possessive, ``its``) and no modifier but a number or
``court-bench-modifiers`` (not ``the five dissenting judges``, ``the advisory panel``); ``the
panel`` after a committee, commission or chamber is named (``court-bench-rivals``) is that
body's, not a court's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.claim_clauses import Sentence

NOT_COURTS = ("person", "group", "people", "location", "state")
_POSSESSIVES = ("'s", "’s", "'", "’")


def _court_words(sent: Sentence) -> frozenset[str]:
    from pipeline.components.claim_speakers import _actor_words  # the speaker layer's cached word lists
    return _actor_words().court_name_words


def _is_court(span: Span, words: frozenset[str]) -> bool:
    norm = span._.norm or {}
    if span.label_ != "actor" or norm.get("type") in NOT_COURTS or norm.get("actor_id") == norm.get("role"):
        return False
    return bool(words & set((norm.get("name") or "").lower().split()))


def story_court(sent: Sentence, at: int, later: bool = True) -> Span | None:
    """The court mention a bench or court description at character ``at`` stands for: the nearest
    court named before, else (``later``) the one court the article names."""
    words = _court_words(sent)
    courts = [sp for sp in sent.ctx.spans if _is_court(sp, words)]
    before = [sp for sp in courts if sp.end_char <= at]
    if before or not later:
        return before[-1] if before else None
    ids = {(sp._.norm or {}).get("actor_id") for sp in courts}
    return courts[0] if len(ids) == 1 else None


def _modifiers_fit(tok: Token, allowed: frozenset[str]) -> bool:
    """Only numbers and ``allowed`` words between the determiner and the noun."""
    for left in tok.lefts:
        if left.dep_ in ("det", "poss", "case") or left.tag_ == "POS":
            continue
        for t in left.subtree:
            if not (t.like_num or t.lower_ in allowed or t.lemma_.lower() in allowed):
                return False
    return True


def _determined(sent: Sentence, tok: Token, words: frozenset[str]) -> bool:
    """``the panel``, ``its judges``, ``the court's judges``: the article or a court's possessive."""
    det = next((c for c in tok.lefts if c.dep_ in ("det", "poss")), None)
    if det is None:
        return False
    if det.lower_ in ("the", "its"):
        return True
    owner = sent.ctx.actor_at.get(det.i)
    return owner is not None and _is_court(owner, words)


def _bench(sent: Sentence, tok: Token) -> bool:
    rules = sent.rules
    if tok.lower_ not in rules.words("court_bench_nouns") or not _determined(sent, tok, _court_words(sent)):
        return False
    span = sent.ctx.actor_at.get(tok.i)
    if span is not None and (span._.norm or {}).get("type") != "group":
        return False  # "the panel" the actor layer found (a committee): that body
    return _modifiers_fit(tok, rules.words("court_bench_modifiers"))


def _described_court(sent: Sentence, tok: Token) -> bool:
    """``top court``, ``World court``, ``the world's highest court``: a court descriptor before it."""
    if tok.lemma_.lower() != "court" or tok.lower_ != "court":
        return False
    descriptors = sent.rules.words("court_descriptors")
    return any(c.dep_ in ("amod", "compound") and c.lower_ in descriptors for c in tok.lefts)


def _rival_panel(sent: Sentence, tok: Token, court: Span) -> bool:
    """Is a committee, commission or chamber named or described between the court and ``the
    panel`` (``the committee's adjudicatory chamber``)?"""
    if tok.lower_ != "panel":
        return False
    rivals = sent.rules.words("court_bench_rivals")
    doc = tok.doc
    return any(t.lower_ in rivals and t.pos_ in ("NOUN", "PROPN") for t in doc[court.end:tok.i])


def court_of_bench(sent: Sentence, tok: Token) -> Span | None:
    """The court mention the phrase headed by ``tok`` stands for (see the module doc), or None: a
    bench needs its court named before it (``the panel wrote`` before ``will appeal to the Court
    of Arbitration for Sport`` is another body's), a court descriptor may name it later."""
    bench = _bench(sent, tok)
    if not (bench or _described_court(sent, tok)):
        return None
    court = story_court(sent, tok.idx, later=not bench)
    if court is None or _rival_panel(sent, tok, court):
        return None
    return court
