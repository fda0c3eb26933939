"""An unsigned editorial's ``we``: the editorial board that signs it.

``The Courier Editorial Board`` on a line of its own above the first paragraph of the story (the
place of a byline) signs an editorial: outside quotations, its ``We still think …``, ``We believe
the Legislature should …`` are the board's, not a reporter's nor nobody's. The board's line is a
short paragraph before the lede (:func:`~pipeline.components.claim_speakers.lede_index`) that is a
name ending in a board word (``editorial_board_names``: ``Editorial Board``, ``The Editors``) and
no sentence. The speaker is that line as written (``via`` keeps the ``We``), with the id of the
actor mention inside it (``Courier`` named ``courier-editorial-board``), else a slug of the line.
A signed op-ed's ``we`` stays its author's (:func:`~pipeline.components.claim_quotes.
first_person_author`), a fact check's the outlet's (:mod:`claim_newsroom`)."""

from __future__ import annotations

import re

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_phrase_norm import phrase_norm
from pipeline.components.gazetteer import slugify

#: the most words a board's line may have (``The Editorial Board of the Tucson Courier``)
MAX_WORDS = 9
#: a line that is a name: capitalised words, ``of``/``the``/``and`` between them, no sentence end
_NAME_LINE = re.compile(r"[A-Z][\w.'\u2019&-]*(?:[ \t]+(?:[A-Z][\w.'\u2019&-]*|of|the|and|for))*")


def editorial_board(ctx: DocContext) -> dict | None:
    """The board that signs the editorial, as a speaker record (module doc), or None."""
    names = ctx.rules.words("editorial_board_names")
    for s, e in _opening_lines(ctx):
        line = ctx.text[s:e]
        words = line.split()
        if len(words) > MAX_WORDS or not _NAME_LINE.fullmatch(line) or not _ends_in(line, names):
            continue
        return _board_record(ctx, line, s, e)
    return None


def _opening_lines(ctx: DocContext) -> list[tuple[int, int]]:
    """The paragraphs before the lede (the body's first paragraph of ``lede_min_words`` words)."""
    least = min((int(w) for w in ctx.rules.words("lede_min_words")), default=15)
    out = []
    for s, e, label in ctx.sections:
        if label == "body" and len(ctx.text[s:e].split()) >= least:
            break
        if label in ("body", "subhead", "byline"):
            out.append((s, e))
    return out


def _ends_in(line: str, names: frozenset[str]) -> bool:
    low = " ".join(line.lower().split())
    return any(low == n or low.endswith(" " + n) or low.startswith(n + " of ") for n in names)


def _board_record(ctx: DocContext, line: str, s: int, e: int) -> dict:
    """The line as a speaker: the id of the one actor mention inside it, else the line's slug."""
    ids = {(sp._.norm or {}).get("actor_id") for sp in ctx.spans_within(s, e) if sp.label_ == "actor"}
    ids.discard(None)
    key = next(iter(ids)) if len(ids) == 1 else slugify(line)
    norm = {**phrase_norm(line, "board", "media"), "actor_id": key}
    return {"text": line, "start": s, "end": e, "actor_id": key, "norm": norm}
