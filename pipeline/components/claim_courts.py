"""A court's bench and descriptions as the speaker of its ruling, for ``claim_speakers``.

``the three-member panel found``, ``According to the panel``, ``the 15 judges had unanimously
found``, ``the justices ruled`` (``court-bench-nouns``; not the singular ``the judge``: a judge is
a person), ``The United Nations' top court said``, ``World court says``, ``the world's highest
court told us`` (``court-descriptors`` before ``court``): the speaker is the court the article
names (a body whose name holds a word of ``court-name-words``, ``actor_words.jsonl``): the
nearest one named before, else the one court named anywhere in the article (a descriptor only:
a bench needs its court named before it); none named, or two after the phrase and none before:
no guess. It runs after a person named in apposition (``the judges, Ann Lee and Tom Barr,``).
A bench noun needs ``the``, ``its`` whose nearest body named before is the court, or a court's
possessive, and no modifier but a number or ``court-bench-modifiers`` (not ``the five dissenting
judges``, ``the advisory panel``); a committee or chamber (``court-bench-rivals``) between the
court and ``the panel``, or a jury or contest (``court-judge-rivals``) between it and ``the
judges``, makes the bench that body's. A description the actor layer resolved
(``Pakistan's top court``: PAKJUD) stays; a country's possessive needs a court of that country.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.actor_courts import names_court
from pipeline.components.claim_clauses import Sentence

#: actor types that are no body a bench noun or ``its`` may belong to
_NOT_BODIES = ("person", "people", "location")


def _court_words(sent: Sentence) -> frozenset[str]:
    """The actor layer's ``court-name-words`` of the claim component's rules folder."""
    return sent.rules.actor_words.court_name_words


def _is_court(span: Span, words: frozenset[str]) -> bool:
    return span.label_ == "actor" and names_court(span._.norm or {}, words)


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
    if det.lower_ == "the":
        return True
    if det.lower_ == "its":  # the nearest body named before it: "Its judges" after "the Eurovision jury" are the jury's
        bodies = [sp for sp in sent.ctx.spans if sp.label_ == "actor" and sp.end_char <= det.idx
                  and (sp._.norm or {}).get("type") not in _NOT_BODIES]
        return bool(bodies) and _is_court(bodies[-1], words)
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


def _rival_body(sent: Sentence, tok: Token, court: Span) -> bool:
    """Is another body whose bench the phrase may be named or described between the court and
    it: a committee, commission or chamber for ``the panel`` (``court-bench-rivals``: ``the
    committee's adjudicatory chamber``), a jury or contest for ``the judges``
    (``court-judge-rivals``: ``the Eurovision jury``)?"""
    rivals = sent.rules.words("court_bench_rivals" if tok.lower_ == "panel" else "court_judge_rivals")
    doc = tok.doc
    return any(t.lower_ in rivals and t.pos_ in ("NOUN", "PROPN") for t in doc[court.end:tok.i])


def _country_of_owner(sent: Sentence, tok: Token) -> str | None:
    """The country of the possessive before ``tok`` (``Pakistan's top court``: PAK), if any."""
    owner = next((c for c in tok.lefts if c.dep_ == "poss"), None)
    span = sent.ctx.actor_at.get(owner.i) if owner is not None else None
    return (span._.norm or {}).get("country") if span is not None else None


def _described(sent: Sentence, tok: Token) -> Span | None:
    """The court a court description stands for: none when the actor layer resolved the phrase
    (``Pakistan's top court``: PAKJUD, kept); a country's possessive needs a court of that
    country, and a court named later needs the possessive's country (none: a court of no country,
    not ``the Supreme Court of Kenya`` after ``the top court said``)."""
    own = sent.ctx.actor_at.get(tok.i)
    if own is not None and (own._.norm or {}).get("type") != "group":
        return None
    court = story_court(sent, tok.idx)
    if court is None:
        return None
    country, theirs = _country_of_owner(sent, tok), (court._.norm or {}).get("country")
    if theirs != country and (country or court.start_char > tok.idx):
        return None
    return court


def court_of_bench(sent: Sentence, tok: Token) -> Span | None:
    """The court mention the phrase headed by ``tok`` stands for (see the module doc), or None: a
    bench needs its court named before it (``the panel wrote`` before ``will appeal to the Court
    of Arbitration for Sport`` is another body's) and no rival body between, a court descriptor
    may name it later (:func:`_described`)."""
    if _bench(sent, tok):
        court = story_court(sent, tok.idx, later=False)
        return None if court is None or _rival_body(sent, tok, court) else court
    return _described(sent, tok) if _described_court(sent, tok) else None
