"""``"…," said the 58-year-old, a crane driver who asked not to be named``: an unnamed person
given by an age and an apposed role.

An age description (``the 58-year-old``) usually stands for a person named before, and the
actor layer resolves it (:mod:`actor_epithets`). When it names nobody, the indefinite role set
off after it (``a crane driver``, ``a retired teacher``) is who the speaker is: the gold gives
that role (``unnamed crane driver``), not the age. The speaker is then the role's words up to
its noun (no relative clause), the age description as written in ``via``. Not an age the actor
layer resolved (``Marcus Bellweather … said the 58-year-old, a retired engineer``: the named
person), not a definite or named apposition (``the 58-year-old, the club's treasurer``), not an
age with no apposition.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:  # pragma: no cover
    from pipeline.components.claim_clauses import Sentence

_AGE = re.compile(r"\b(?:\d{1,3}|[a-z]+)-years?-old$", re.IGNORECASE)
_INDEFINITE = frozenset(("a", "an"))


def _span(sent: "Sentence", first: Token, last: Token) -> dict:
    start, end = max(first.idx, sent.start_char), last.idx + len(last.text)
    return {"text": sent.ctx.text[start:end], "start": start, "end": end}


def _role(tok: Token) -> Token | None:
    """The indefinite common-noun apposition set off by a comma after ``tok``, else None."""
    appos = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i), None)
    if appos is None or appos.pos_ != "NOUN" or appos.left_edge.lower_ not in _INDEFINITE:
        return None
    return appos if tok.doc[appos.left_edge.i - 1].text == "," else None


def aged_role(sent: "Sentence", tok: Token) -> dict | None:
    """The speaker record of an unresolved age description with an apposed role (module doc),
    else None."""
    if sent.ctx.actor_at.get(tok.i) is not None:
        return None
    age = _span(sent, tok.left_edge, tok)
    if not _AGE.search(age["text"]) or not sent.inside(tok.left_edge):
        return None
    role = _role(tok)
    if role is None or sent.ctx.actor_at.get(role.i) is not None:
        return None
    return {**_span(sent, role.left_edge, role), "actor_id": None, "via": age}
