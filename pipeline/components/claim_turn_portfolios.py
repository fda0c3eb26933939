"""The office holder a record's turn speaks of (round 47): a parliamentary record gives each
member's portfolio or seat in the brackets of the label (``Hon. Sylvie Desrosiers-Lang (Minister
of Finance and National Revenue, Lib.):``, ``Mr DUTTON (Dickson—Leader of the Opposition)
(14:01):``). As the speaker of a cue inside a named turn, outside quotations, a definite role
(``Mr. Speaker, the Minister of Finance said yesterday that …``, ``the finance minister told the
House …``) is the member whose label's brackets hold every word of it, one of them a title
(``title`` rows: ``minister``, ``leader``; the brackets cut at commas and dashes, each piece read
alone: ``Kelowna, CPC`` holds no title). Two members whose labels fit (``the minister`` beside two
ministers) or none (``the Prime Minister`` when no label gives the office): the words as written.
"""

from __future__ import annotations

import re

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_quotes import set_speaker
from pipeline.components.claim_turn_common import text_words
from pipeline.components.claim_turn_records import Turn

#: words a role and a portfolio are read without (``Minister of Finance`` is ``finance minister``)
_GLUE = frozenset({"the", "of", "for", "and", "&"})
#: where the brackets of a label are cut into portfolios and seats (``Dickson—Leader of the Opposition``)
_PIECES = re.compile(r"[,;\u2014\u2013]|\s-\s")
#: words of a role, at most (``the Minister of Crown-Indigenous Relations``)
MAX_ROLE_WORDS = 6


def name_portfolio_holders(ctx: DocContext, claims: list[dict]) -> None:
    """Give a definite role speaking a cue in a named turn the member whose label gives that
    role (see module doc); the words stay in ``via``."""
    offices = _offices(ctx)
    if not offices:
        return
    for c in claims:
        sp = c["speaker"]
        words = _role_words(ctx, sp) if sp is not None and _in_named_turn(ctx, c) else None
        holders = {t.speaker["actor_id"]: t for held, t in offices if words and words <= held}
        if len(holders) == 1:
            written = sp.get("via") or sp
            set_speaker(c, next(iter(holders.values())).speaker, via={k: written[k] for k in ("text", "start", "end")})


def _offices(ctx: DocContext) -> list[tuple[frozenset[str], Turn]]:
    """(the words of a portfolio in a label's brackets, the turn) for every named turn whose
    speaker is an actor and whose brackets hold a title."""
    titles = ctx.rules.title_words
    out = []
    for t in ctx.turns:
        if t.kind != "name" or t.bracket is None or not (t.speaker or {}).get("actor_id"):
            continue
        for piece in _PIECES.split(ctx.text[t.bracket[0]:t.bracket[1]]):
            held = _words(piece)
            if held & titles:
                out.append((held, t))
    return out


def _role_words(ctx: DocContext, speaker: dict) -> frozenset[str] | None:
    """The words of a speaker written as a definite role (``the Minister of Finance``; ``the
    minister`` the actor layer read as someone), outside quotations; else None."""
    written = speaker.get("via") or speaker
    text = written["text"]
    if ctx.quote_at(written["start"]) is not None or text.split()[0].lower() != "the":
        return None
    words = _words(text)
    return words if 0 < len(words) <= MAX_ROLE_WORDS and words & ctx.rules.title_words else None


def _words(text: str) -> frozenset[str]:
    return frozenset(text_words(text, ".,'\u2019()") - _GLUE)


def _in_named_turn(ctx: DocContext, claim: dict) -> bool:
    pred = claim["predicate"]["start"]
    return any(t.kind == "name" and t.holds(pred) for t in ctx.turns)
