"""A quotation carried on after its attribution (``"A," Aldana said. "B."``), and a quotation
after a person's reaction (``Lassen, asked about the pledge, laughed. "We'll see."``).

When a quotation closes with a comma before its speaker and cue (``"Regulators have a job to do,"
Aldana said.``) and the next sentence of the same paragraph is a quotation of its own that ends
the sentence inside its quote marks (``"But customers want this combination."``), the second
quotation is the same speaker's statement carried on: it becomes a second fragment of the
claim's content (the words between, the cue and the speaker, are not content). A second quotation
that closes with a comma (``"B," she added.``) has its own attribution and is left alone.

A quotation that is a sentence of its own, with no attribution, right after a sentence whose main
verb is a reaction (``reaction_verbs`` word list: laughed, shrugged, smiled, paused, …) with a
person as its subject is that person's (``Councilwoman Diaz shrugged. "We have heard that one
before."``): the cue is its opening quotation mark, as for a quotation paragraph that continues
its speaker.
"""

from __future__ import annotations

import bisect

from pipeline.components.claim_context import DocContext, copy_json
from pipeline.components.claim_quotes import speaker_actor
from pipeline.components.claim_sections import quote_spans
from pipeline.components.claim_speakers import is_person

_ENDS = ".!?"


def _quote_around(quotes: list[tuple[int, int]], starts: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The quotation holding ``[start, end)``, or None."""
    k = bisect.bisect_right(starts, start) - 1
    if k >= 0 and quotes[k][0] <= start and end <= quotes[k][1]:
        return quotes[k]
    return None


def _attributed_after(text: str, claim: dict, quote: tuple[int, int]) -> bool:
    """The quotation closes with a comma, and the claim's cue and speaker come after it."""
    cue, speaker = claim.get("cue"), claim.get("speaker")
    if not cue or not speaker or speaker.get("start") is None:
        return False
    return text[quote[0] + 1:quote[1] - 1].rstrip().endswith(",") and \
        cue["start"] >= quote[1] and speaker["start"] >= quote[1]


def _carried_on(ctx: DocContext, quotes: list[tuple[int, int]], starts: list[int], cue_start: int,
                after: int) -> tuple[int, int] | None:
    """The words of the quotation that opens the sentence after the cue's, in the same paragraph,
    and ends that sentence inside its marks; None if there is none."""
    text = ctx.text
    s_end = ctx.sent_ranges[ctx.sentence_index(cue_start)][1] if ctx.sent_ranges else len(text)
    k = bisect.bisect_left(starts, after)
    if k >= len(quotes) or quotes[k][0] < s_end:
        return None  # a second quotation in the cue's own sentence is read with it already
    q_start, q_end = quotes[k]
    if text[s_end:q_start].strip() or "\n" in text[s_end:q_start]:
        return None
    inner = text[q_start + 1:q_end - 1]
    rest = text[q_end:text.find("\n", q_end) if "\n" in text[q_end:] else len(text)]
    if not inner.rstrip() or inner.rstrip()[-1] not in _ENDS or (rest.strip() and not rest[:1].isspace()):
        return None
    if rest.strip() and not (rest.lstrip()[:1].isupper() or rest.lstrip()[:1] in "\"\u201c"):
        return None  # ``"B." she added``: words of its own after the quotation
    lead = len(inner) - len(inner.lstrip())
    return q_start + 1 + lead, q_start + 1 + len(inner.rstrip())


def continue_quotes(ctx: DocContext, claims: list[dict]) -> None:
    """Add the carried-on quotation to the content of every claim it continues (module doc)."""
    text = ctx.text
    quotes = quote_spans(text)
    starts = [q[0] for q in quotes]
    for claim in claims:
        content = claim.get("content")
        if not content:
            continue
        quote = _quote_around(quotes, starts, content["start"], content["end"])
        if quote is None or not _attributed_after(text, claim, quote):
            continue
        found = _carried_on(ctx, quotes, starts, claim["cue"]["start"], quote[1])
        if found is None:
            continue
        parts = [list(p) for p in content.get("fragments") or [[content["start"], content["end"]]]]
        parts.append(list(found))
        claim["content"] = {"text": text[parts[0][0]:found[1]], "start": parts[0][0], "end": found[1],
                            "fragments": parts}


# ------------------------------------------------------------------ ``X laughed. "…"``
def _bare_sentence(text: str, quote: tuple[int, int], para: tuple[int, int]) -> bool:
    """The quotation is a sentence of its own after another sentence of its paragraph: a stop and
    a space right before it, a stop at the end of its words, and after it only the end of the
    paragraph or another sentence (not ``"…," she said``)."""
    before = text[para[0]:quote[0]]
    inner = text[quote[0] + 1:quote[1] - 1].rstrip()
    rest = text[quote[1]:para[1]].lstrip()
    return before[-1:].isspace() and before.rstrip()[-1:] in _ENDS and inner[-1:] in _ENDS \
        and (not rest or rest[:1].isupper() or rest[:1] in "\"\u201c")


def _names(words: dict, char: int) -> bool:
    return words["start"] <= char < words["end"]


def _reacting_subject(ctx: DocContext, claim: dict, quote: tuple[int, int]) -> dict | None:
    """The speaker record of the person whose reaction ``claim`` is (``… laughed.`` in the sentence
    right before ``quote``), or None."""
    pred = claim["predicate"]
    if claim["cue"] is not None or pred["lemma"] not in ctx.rules.words("reaction_verbs") \
            or any(ch in _ENDS for ch in ctx.text[pred["end"]:quote[0]].rstrip()[:-1]):
        return None  # a cue of its own, no reaction, or not the sentence right before
    verb = ctx.doc.char_span(pred["start"], pred["end"])
    if verb is None or verb.root.dep_ != "ROOT":
        return None  # ``when a reporter laughed``: not the sentence's act
    subj = next((c for c in verb.root.children if c.dep_ == "nsubj"), None)
    people = [(a, span) for a in claim["actors"] if a["role"] == "subject"
              and (span := ctx.actor_by_char.get((a["start"], a["end"]))) is not None and is_person(span)]
    if subj is not None:  # the one the verb's subject names (as written: ``she`` in ``via``)
        people = [(a, span) for a, span in people if _names(a.get("via") or a, subj.idx)]
    if len(people) != 1:
        return None  # none, or no telling which
    actor, span = people[0]
    rec = ctx.actor_record(span, "speaker")
    if actor.get("via"):
        rec["via"] = {k: actor["via"][k] for k in ("text", "start", "end")}
    return rec


def _give_reaction(ctx: DocContext, claim: dict, speaker: dict, quote: tuple[int, int]) -> None:
    text = ctx.text
    inner = text[quote[0] + 1:quote[1] - 1]
    s = quote[0] + 1 + len(inner) - len(inner.lstrip())
    e = quote[0] + 1 + len(inner.rstrip())
    claim["speaker"] = copy_json(speaker)
    claim["cue"] = {"text": text[quote[0]], "lemma": "\"", "start": quote[0], "end": quote[0] + 1,
                    "origin": "quote-reaction"}
    claim["content"] = {"text": text[s:e], "start": s, "end": e}
    claim["quote"] = {"start": quote[0], "end": quote[1]}
    if "mention_id" in speaker:
        claim["actors"] = sorted(claim["actors"] + [speaker_actor(speaker)],
                                 key=lambda a: (a["start"], a["end"], a["role"]))


def reaction_quotes(ctx: DocContext, claims: list[dict]) -> None:
    """Give a quotation that follows a person's reaction to that person (module doc)."""
    if not ctx.rules.words("reaction_verbs"):
        return
    by_pred = sorted(claims, key=lambda c: c["predicate"]["start"])
    starts = [c["predicate"]["start"] for c in by_pred]
    for quote in quote_spans(ctx.text):
        para = ctx.paragraph_of(quote[0])
        if para is None or quote[0] == para[0] or not _bare_sentence(ctx.text, quote, para):
            continue
        lo, mid, hi = (bisect.bisect_left(starts, x) for x in (para[0], quote[0], quote[1]))
        inside = by_pred[mid:hi]
        if not inside or mid == lo or any(c["cue"] is not None or c["speaker"] is not None for c in inside):
            continue
        speaker = next((sp for c in reversed(by_pred[lo:mid]) if (sp := _reacting_subject(ctx, c, quote))), None)
        for claim in inside if speaker is not None else ():
            _give_reaction(ctx, claim, speaker, quote)
