"""A bulleted list a reporting verb introduces with a colon: each item is the verb's content.

``A study by the Institute, written by economists A and B, found:`` closing its line, then two
or more lines that open with a bullet (``- ``, ``• ``, ``* ``, ``– ``): every item is a statement
of the verb's speaker, the verb its cue and the item's words (after the bullet) its content. The
speaker is the one the verb's own sentence gives it (as for ``found that …``).

Precision first, so left alone: a colon after anything but a reporting verb (``Summary:``,
``Key points:``), a verb with an object or clause of its own before the colon, a single bullet,
a line that is not a bullet between the colon and the list, an item whose claim has a cue of
its own (``- Defence says texts were jokes``), a verb inside a quotation, a colon in a headline
or a transcript turn.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.components.claim_attribution import cue_of, frame_speaker
from pipeline.components.claim_context import DocContext, copy_json
from pipeline.components.claim_quotes import set_speaker
from pipeline.schemas import CLAIM, claim_id

#: a list item: optional indent, one bullet mark, a space, then the item's words
_ITEM = re.compile(r"[ \t]*[-\u2022*\u2013\u2014][ \t]+(\S)")
_OWN_DEPS = frozenset(("ccomp", "dobj", "xcomp", "attr", "oprd", "dative"))


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text`` without its newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _items(text: str, lines: list[tuple[int, int]], k: int) -> list[tuple[int, int]]:
    """The words of the bulleted items right after line ``k`` (blank lines skipped before the
    first item and between items), as (start, end); [] when the next line is no item."""
    out = []
    for s, e in lines[k + 1:]:
        if not text[s:e].strip():
            continue
        m = _ITEM.match(text, s, e)
        if m is None:
            break
        end = s + len(text[s:e].rstrip())
        out.append((m.start(1), end))
    return out


def _reporting_verb(ctx: DocContext, sent, colon: int) -> Token | None:
    """The reporting verb right before the colon at ``colon`` with nothing it reports before the
    colon (no object, clause or quotation of its own), or None."""
    i = ctx.token_at(colon)
    if i <= 0 or i >= len(ctx.doc) or ctx.doc[i].idx != colon:
        return None
    verb = ctx.doc[i - 1]
    if verb.pos_ != "VERB" or sent.report_rule(verb) is None or ctx.quote_at(verb.idx) is not None:
        return None
    if any(c.dep_ in _OWN_DEPS and c.i < i for c in verb.children):
        return None
    return verb


def _unit_of(ctx: DocContext, char: int):
    """The clause analysis (``claim_clauses.Sentence``) of the sentence unit holding ``char``."""
    from pipeline.components.claim_clauses import Sentence
    index = ctx.sentence_index(char)
    units = ctx.units()
    lo, hi = units[index]
    return Sentence(ctx, lo, hi, index)


_KINDS = {"actor": "actors", "money": "money", "date": "dates", "quantity": "quantities", "percent": "quantities"}


def _new_claim(ctx: DocContext, item: tuple[int, int], verb: Token, cue: dict, speaker: dict,
               provenance: dict) -> dict:
    """The claim of one item: its words the content, the item's mentions its actors and amounts;
    its sentence runs from the verb's sentence to the item's end (the predicate is the verb)."""
    s, e = item
    first = ctx.sent_ranges[ctx.sentence_index(verb.idx)][0] if ctx.sent_ranges else verb.idx
    rec = {"schema": CLAIM, "claim_id": claim_id(ctx.doc_id, s, e), "doc_id": ctx.doc_id,
           "text": ctx.text[s:e], "start": s, "end": e, "section": ctx.section_at(s),
           "sentence": {"start": min(first, verb.idx), "end": e},
           "predicate": {"text": verb.text, "lemma": verb.lemma_.lower(), "start": verb.idx,
                         "end": verb.idx + len(verb.text)},
           "speaker": None, "cue": copy_json(cue), "actors": [], "money": [], "dates": [],
           "quantities": [], "time_refs": [],
           "modality": {"negated": False, "hedged": False, "cues": [], "tense": None, "origins": []},
           "content": {"text": ctx.text[s:e], "start": s, "end": e}, "list_item": {"start": s, "end": e},
           "confidence": 0.6,
           "provenance": provenance}
    for span in ctx.spans_within(s, e):
        key = _KINDS.get(span.label_)
        if key == "actors":
            rec[key].append(ctx.actor_record(span, "other"))
        elif key is not None:
            rec[key].append(ctx.record(span))
    set_speaker(rec, speaker)
    return rec


def _introduced(ctx: DocContext, lines: list[tuple[int, int]], k: int):
    """(verb, cue, speaker, items) of line ``k`` when it closes with a reporting verb's colon and
    a bulleted list follows (module doc), else None."""
    s, e = lines[k]
    line = ctx.text[s:e].rstrip()
    if not line.endswith(":") or ctx.section_at(s) != "body" or ctx.in_turn(s):
        return None
    items = _items(ctx.text, lines, k)
    if len(items) < 2:
        return None
    colon = s + len(line) - 1
    sent = _unit_of(ctx, colon)
    verb = _reporting_verb(ctx, sent, colon)
    speaker = frame_speaker(sent, verb).speaker if verb is not None else None
    if speaker is None:
        return None
    return verb, cue_of(sent, verb), speaker, items


def listed_contents(ctx: DocContext, claims: list[dict], provenance: dict) -> tuple[list[dict], list[dict]]:
    """The claims of the bulleted items after a reporting verb's colon (module doc), and the
    claims they replace: the verb's own claim over the list and the uncued claims of the items
    (the parse runs the items together); an item with a cue of its own keeps its claims.
    Returns (added, replaced)."""
    added, replaced = [], []
    lines = _lines(ctx.text)
    for k in range(len(lines)):
        found = _introduced(ctx, lines, k)
        if found is None:
            continue
        verb, cue, speaker, items = found
        lo, hi = items[0][0], items[-1][1]
        for c in claims:
            own_cue = c["cue"] is not None and c["cue"]["start"] == cue["start"]
            if own_cue or (c["cue"] is None and lo <= c["start"] < hi):
                replaced.append(c)
        for item in items:
            if any(c["cue"] is not None and item[0] <= c["cue"]["start"] < item[1] for c in claims):
                continue  # ``- Defence says …``: the item's own statement
            added.append(_new_claim(ctx, item, verb, cue, speaker, provenance))
    return added, replaced
