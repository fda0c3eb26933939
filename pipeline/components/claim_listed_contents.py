"""A bulleted list a reporting verb introduces with a colon: each item is the verb's content.

``A study by the Institute, written by economists A and B, found:`` closing its line, then two
or more lines that open with a list marker (``- ``, ``• ``, ``* ``, ``– ``, ``1. ``, ``2) ``: the
one definition, :func:`paragraphs.list_item_words`): every item is a statement of the verb's
speaker, the verb its cue and the item's words (after the marker, without the closing ``.`` or
``;``) its content. The speaker is the one the verb's own sentence gives it (as for ``found that
…``), and the modality is read as for the clause of ``found that …``: on the item's main word,
under the verb (``- Staff did not wash their hands``: negated; ``- The kitchen may have been
closed``: hedged).

Precision first, so left alone: a colon after anything but a reporting verb (``Summary:``,
``Key points:``), a verb with an object or clause of its own before the colon, a single item,
a line that is not an item between the colon and the list, an item whose claim has a cue of
its own (``- Defence says texts were jokes``), an item that opens with a speaker's label of its
own (``- Jane Smith, Democrat: The city needs more buses``: hers, not the verb's speaker's; a
topic label is none: ``- Delays: Work finished late`` is the verb's item), a verb inside a
quotation, a colon in a headline or a transcript turn. When no item is left the verb's own claim
stays, but not its stub without content when speakers' labels took the items.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.components.actor_model import PLACE_TYPES
from pipeline.components.actor_people import is_first_name
from pipeline.components.claim_attribution import cue_of, frame_speaker
from pipeline.components.claim_clauses import Sentence, clause_chain
from pipeline.components.claim_context import DocContext, copy_json
from pipeline.components.claim_modality import modality
from pipeline.components.claim_quotes import set_speaker
from pipeline.components.claim_speakers import is_person
from pipeline.components.claim_turn_labels import read_label
from pipeline.components.paragraphs import list_item_words
from pipeline.schemas import CLAIM, claim_id
from pipeline.tokens import trim_end

_OWN_DEPS = frozenset(("ccomp", "dobj", "xcomp", "attr", "oprd", "dative"))


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text`` without its newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _items(text: str, lines: list[tuple[int, int]], k: int) -> list[tuple[int, int]]:
    """The words of the list items right after line ``k`` (blank lines skipped before the
    first item and between items), as (start, end); [] when the next line is no item."""
    out = []
    for s, e in lines[k + 1:]:
        if not text[s:e].strip():
            continue
        words = list_item_words(text, s, e)
        if words is None:
            break
        out.append((words, s + len(text[s:e].rstrip())))
    return out


def _reporting_verb(ctx: DocContext, sent: Sentence, colon: int) -> Token | None:
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


_KINDS = {"actor": "actors", "money": "money", "date": "dates", "quantity": "quantities", "percent": "quantities"}


def _trimmed(ctx: DocContext, item: tuple[int, int]) -> tuple[list[Token], int]:
    """The item's words (tokens) and where they end without the closing ``.``, ``;`` or ``,``
    (:func:`pipeline.tokens.trim_end`, as every content)."""
    words = [t for t in ctx.doc[ctx.token_at(item[0]):ctx.token_at(item[1])] if not t.is_space]
    core = list(words)
    trim_end(core, keep_quote=True)
    return words, (core[-1].idx + len(core[-1].text) if core else item[1])


def _modality(ctx: DocContext, item: tuple[int, int], words: list[Token], verb: Token) -> dict:
    """The modality of the item as the clause the verb reports (``found that …``): read on the
    main word of the item's sentence unit, the verb its frame."""
    sent = ctx.sentences[ctx.sentence_index(item[0])]
    root = next((t for t in words if t.head.i == t.i or not sent.inside(t.head)), words[0])
    return modality(ctx.rules, root, clause_chain(sent, root), words, verb, True)


def _new_claim(ctx: DocContext, item: tuple[int, int], verb: Token, cue: dict, speaker: dict,
               provenance: dict) -> dict | None:
    """The claim of one item: its words the content, the item's mentions its actors and amounts;
    its sentence runs from the verb's sentence to the item's end (the predicate is the verb).
    The confidence is set with every attributed claim's (:mod:`claim_statements`)."""
    s = item[0]
    words, e = _trimmed(ctx, item)
    if not words or e <= s:
        return None
    first = ctx.sent_ranges[ctx.sentence_index(verb.idx)][0]
    rec = {"schema": CLAIM, "claim_id": claim_id(ctx.doc_id, s, e), "doc_id": ctx.doc_id,
           "text": ctx.text[s:e], "start": s, "end": e, "section": ctx.section_at(s),
           "sentence": {"start": min(first, verb.idx), "end": e},
           "predicate": {"text": verb.text, "lemma": verb.lemma_.lower(), "start": verb.idx,
                         "end": verb.idx + len(verb.text)},
           "speaker": None, "cue": copy_json(cue), "actors": [], "money": [], "dates": [],
           "quantities": [], "time_refs": [], "modality": _modality(ctx, item, words, verb),
           "content": {"text": ctx.text[s:e], "start": s, "end": e}, "list_item": {"start": s, "end": e},
           "confidence": 0.0, "provenance": provenance}
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
    a list follows (module doc), else None."""
    s, e = lines[k]
    line = ctx.text[s:e].rstrip()
    if not line.endswith(":") or ctx.section_at(s) != "body" or ctx.in_turn(s):
        return None
    items = _items(ctx.text, lines, k)
    if len(items) < 2:
        return None
    colon = s + len(line) - 1
    sent = ctx.sentences[ctx.sentence_index(colon)]
    verb = _reporting_verb(ctx, sent, colon)
    speaker = frame_speaker(sent, verb).speaker if verb is not None else None
    if speaker is None:
        return None
    return verb, cue_of(sent, verb), speaker, items


def _person_label(ctx: DocContext, item: tuple[int, int]) -> bool:
    """Does a speaker's label open the item (``- Jane Smith, Democrat: …``): a label whose name
    holds a person mention or opens with a known given name that no place mention covers (``-
    Jordan: The school has no heating`` is the country; a name the model typed as a body still
    counts, ``- Maria Lopez, Green Party:``); a topic label is none (``- Cost Overruns: The project
    ran …``, ``- Delays: …``)."""
    label = read_label(ctx, ctx.rules.turns.labels, item)
    if label is None:
        return False
    s, e = label.name
    first = ctx.text[s:e].split(maxsplit=1)
    actors = [sp for sp in ctx.spans_within(s, e) if sp.label_ == "actor"]
    if any(is_person(sp) for sp in actors):
        return True
    return bool(first) and is_first_name(first[0].strip(".,")) and not any(
        sp.start_char <= s < sp.end_char and (sp._.norm or {}).get("type") in PLACE_TYPES for sp in actors)


def _verb_speaks_it(ctx: DocContext, claims: list[dict], item: tuple[int, int]) -> bool:
    """Is the item the verb's speaker's: no claim of its own with a cue (``- Defence says …``) and
    no speaker's label opening it (:func:`_person_label`)?"""
    if any(c["cue"] is not None and item[0] <= c["cue"]["start"] < item[1] for c in claims):
        return False
    return not _person_label(ctx, item)


def _stub(claims: list[dict], cue: dict) -> list[dict]:
    """The verb's own claim without content (``Residents at the meeting said``)."""
    return [c for c in claims if c["cue"] is not None and c["cue"]["start"] == cue["start"] and c.get("content") is None]


def _replaced(claims: list[dict], verb: Token, cue: dict, added: list[dict]) -> list[dict]:
    """The claims the item claims ``added`` replace: the verb's own (its cue, or its stub without
    content, ``The inspectors found``) and the uncued claims inside those items."""
    spans = [(rec["list_item"]["start"], rec["list_item"]["end"]) for rec in added]
    return [c for c in claims
            if (c["cue"] is not None and c["cue"]["start"] == cue["start"])
            or (c["cue"] is None and (c["predicate"]["start"] == verb.idx or any(s <= c["start"] < e for s, e in spans)))]


def listed_contents(ctx: DocContext, claims: list[dict], provenance: dict) -> tuple[list[dict], list[dict]]:
    """The claims of the list items after a reporting verb's colon (module doc), and the claims
    they replace (:func:`_replaced`; the parse may run the items together). An item with a cue or
    a label of its own keeps its claims, and with no item claim the verb keeps its own.
    Returns (added, replaced)."""
    added, replaced = [], []
    lines = _lines(ctx.text)
    for k in range(len(lines)):
        found = _introduced(ctx, lines, k)
        if found is None:
            continue
        verb, cue, speaker, items = found
        new = [rec for item in items if _verb_speaks_it(ctx, claims, item)
               and (rec := _new_claim(ctx, item, verb, cue, speaker, provenance)) is not None]
        added += new
        if new:
            replaced += _replaced(claims, verb, cue, new)
        elif any(_person_label(ctx, item) for item in items):
            replaced += _stub(claims, cue)  # the speakers' labels speak, not the verb's speaker
    return added, replaced
