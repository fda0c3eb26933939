"""The claims of turns (:mod:`claim_turns`): a clause of a turn without a cue of its own is the
turn's statement (cue: the colon; content: the turn's text), and every turn gives one claim for
its whole statement.

- **Inside a turn** ``I``/``we`` as the speaker of a nested cue (``I think …``) are the turn's
  speaker, outside nested quotations; ``you`` as the subject of a cue in a question turn
  (``Q: You've said …``) is the speaker of the answer after it; in a named turn that opens by
  addressing someone (``Sarah Quigley: Mr Haddow, you told the Committee …``, ``Minister, you
  stood by …``), the speaker of the next turn when its label or speaker carries the words of
  the address (``Mr Haddow:``, ``The Minister:``); ``the gentlewoman`` speaking a cue in a
  record's turn is the member of the exchange (:mod:`claim_turn_members`); ``the Minister of
  Finance``, the member whose label's brackets give that office (:mod:`claim_turn_portfolios`).
- **A tag** (``… - sources say``): the headline's clauses end before the tag.
"""

from __future__ import annotations

import bisect
import re

from pipeline.components.claim_clauses import verbal, word
from pipeline.components.claim_context import DocContext, content_mentions, copy_json
from pipeline.components.claim_modality import modality
from pipeline.components.claim_quotes import set_speaker, speaker_actor
from pipeline.components.claim_turn_answer_pronouns import name_answer_pronouns
from pipeline.components.claim_turn_common import text_words
from pipeline.components.claim_turn_members import name_members
from pipeline.components.claim_turn_portfolios import name_portfolio_holders
from pipeline.components.claim_turn_records import Turn, answer_after
from pipeline.components.quote_marks import CLOSE_QUOTES, OPEN_QUOTES, STRAIGHT_SINGLE
from pipeline.schemas import CLAIM, claim_id


# ------------------------------------------------------------------------------------ claims
def _cue(ctx: DocContext, turn: Turn) -> dict:
    if turn.cue is not None:  # ``- sources say``: the tag's verb
        s, e = turn.cue
        rule = ctx.rules.report_forms.get(ctx.text[s:e].split()[0].lower())  # ``finds``: find
        lemma = rule.get("lemma", "say") if rule else "say"
        return {"text": ctx.text[s:e], "lemma": lemma, "start": s, "end": e, "origin": f"rule:{turn.rule}"}
    mark = ctx.text[turn.colon]
    return {"text": mark, "lemma": mark, "start": turn.colon, "end": turn.colon + 1, "origin": f"rule:{turn.rule}"}


def _content(ctx: DocContext, turn: Turn) -> dict:
    """The turn's text (its paragraphs as ``fragments``); a one-paragraph statement wholly in
    quotation marks without them (``Ortiz: ‘We will not back down’``)."""
    text, (s, e) = ctx.text, (turn.start, turn.end)
    if len(turn.ranges) == 1 and e - s > 2 and _wholly_quoted(text, s, e):
        s, e = s + 1, e - 1
    content = {"text": text[s:e], "start": s, "end": e}
    if len(turn.ranges) > 1:
        content["fragments"] = [[a, b] for a, b in turn.ranges]
    return content


def _wholly_quoted(text: str, s: int, e: int) -> bool:
    """``[s, e)`` is one quotation in its marks: curly or double ones with no opening mark inside,
    or straight single ones with no straight single mark inside but between letters (``'We don't
    need to be the cheapest'``)."""
    if text[s] in OPEN_QUOTES and text[e - 1] in CLOSE_QUOTES:
        return text[s] not in text[s + 1:e - 1]
    if text[s] == text[e - 1] == STRAIGHT_SINGLE:
        inner = text[s + 1:e - 1]
        return all(0 < k < len(inner) - 1 and inner[k - 1].isalpha() and inner[k + 1].isalpha()
                   for k, ch in enumerate(inner) if ch == STRAIGHT_SINGLE)
    return False


def _nested(ctx: DocContext, turn: Turn, claim: dict) -> bool:
    """The claim lies in a quotation inside the turn (``she said, “…”``), not in one that is the
    turn's statement, nor around a quoted phrase (``Belgrade must “choose a side” before …``)."""
    quote = ctx.quote_at(claim["predicate"]["start"])
    return quote is not None and quote[0] > turn.start and quote[0] <= claim["start"] and claim["end"] <= quote[1]


def _inside_quote(ctx: DocContext, turn: Turn, char: int) -> bool:
    quote = ctx.quote_at(char)
    return quote is not None and quote[0] > turn.start


def _without_label(ctx: DocContext, turn: Turn, claim: dict) -> None:
    """``ADLER: I didn't …``: the claim starts after the label (its predicate too, when the parse
    made the label its head)."""
    claim.update(start=turn.start, text=ctx.text[turn.start:claim["end"]],
                 claim_id=claim_id(ctx.doc_id, turn.start, claim["end"]))
    if claim["predicate"]["start"] < turn.start:
        span = ctx.doc.char_span(turn.start, claim["end"], alignment_mode="expand")
        head = next((t for t in span if verbal(t)), span[0]) if span is not None and len(span) else None
        if head is not None:
            claim["predicate"] = word(ctx.text, head.idx, head.idx + len(head.text), head.lemma_.lower())


def _self_words(claim: dict, selves: frozenset[str]) -> dict | None:
    """The ``I``/``we``/``my group`` a claim's speaker was written as, if any (rows ``self``)."""
    speaker = claim["speaker"]
    if speaker is None:
        return None
    via = speaker.get("via")
    if via and via["text"].lower() in selves:
        return via
    if "mention_id" not in speaker and speaker["text"].lower() in selves:
        return {k: speaker[k] for k in ("text", "start", "end")}
    return None


def _before_tag(ctx: DocContext, turn: Turn, claim: dict) -> None:
    """The content of a claim in a tagged headline ends before the tag (``to cut 2,000 jobs`` of
    ``Airline plans to cut 2,000 jobs - report``), the span of the tag's statement too; one the tag's words cue (``-sources say`` parsed with ``say``
    as its verb) loses that cue and speaker: it is the tag's statement."""
    end = turn.paras[0][1]
    if turn.in_tail(claim):
        claim["cue"], claim["speaker"] = None, None
    if claim["start"] < end < claim["end"] and claim["cue"] is None:
        claim.update(end=end, text=ctx.text[claim["start"]:end], claim_id=claim_id(ctx.doc_id, claim["start"], end))
    content = claim.get("content")
    if content is not None and content["start"] < end < content["end"] and "fragments" not in content:
        claim["content"] = {"text": ctx.text[content["start"]:end], "start": content["start"], "end": end}


def _attribute(ctx: DocContext, turn: Turn, claim: dict) -> None:
    """A clause of the turn without a cue of its own is the turn's statement; ``I``/``we``
    speaking a nested cue are the turn's speaker (not inside a nested quotation); a clause a tag's
    words cue (``… -sources say`` parsed with ``say`` as its verb) is the tag's statement."""
    if turn.tail is not None:
        _before_tag(ctx, turn, claim)
    if claim["cue"] is None and claim["speaker"] is None:
        if not _nested(ctx, turn, claim):
            set_speaker(claim, turn.speaker)
            claim["cue"], claim["content"] = _cue(ctx, turn), _content(ctx, turn)
            if claim["start"] < turn.start < claim["end"]:
                _without_label(ctx, turn, claim)
        return
    words = _self_words(claim, ctx.rules.turns.selves)
    if words is not None and claim["cue"] is not None and not _inside_quote(ctx, turn, words["start"]):
        set_speaker(claim, turn.speaker, via=words)


#: pronouns an interviewee never says of themselves
_OTHERS = frozenset({"he", "she"})


def _attribute_bare(ctx: DocContext, claims: list[dict]) -> None:
    """In an answer of an interview printed without labels (:mod:`claim_turn_bare`), outside
    quotation marks: ``I`` speaking a cue is the interviewee (``we`` too when the questions carry a
    label: :data:`claim_turn_bare.ASKED_SELVES`); ``he``/``she`` is someone the
    interviewee talks about, never the interviewee (``He assured me …``: as written)."""
    if ctx.bare_speaker is None:
        return
    me = ctx.bare_speaker.get("actor_id")
    for c in claims:
        sp, cue = c["speaker"], c["cue"]
        if sp is None or cue is None or not any(s <= c["predicate"]["start"] < e for s, e in ctx.bare_answers):
            continue
        words = _self_words(c, ctx.rules.turns.selves)
        if words is not None and words["text"].lower() in ctx.bare_selves and ctx.quote_at(words["start"]) is None:
            set_speaker(c, ctx.bare_speaker, via=words)
        via = sp.get("via") or {}
        if via.get("text", "").lower() in _OTHERS and me and sp.get("actor_id") == me and ctx.quote_at(via["start"]) is None:
            set_speaker(c, {"text": via["text"], "start": via["start"], "end": via["end"], "actor_id": None})


def _address(ctx: DocContext, answer: Turn, claims: list[dict]) -> None:
    """``Q: You've said …``: ``you`` as the subject of a cue is the one who answers."""
    for c in claims:
        cue = c["cue"]
        if c["speaker"] is not None or cue is None or cue["text"] in (":", "."):
            continue
        span = ctx.doc.char_span(cue["start"], cue["end"], alignment_mode="expand")
        you = next((t for t in span.root.children if t.dep_ == "nsubj" and t.lower_ == "you"), None) \
            if span is not None else None
        if you is not None:
            set_speaker(c, answer.speaker, via={"text": you.text, "start": you.idx, "end": you.idx + len(you.text)})


#: the words a turn opens by addressing someone with, before a comma (``Mr Haddow,``, ``Minister,``)
_VOCATIVE = re.compile(r"((?:[A-Z][\w.'\u2019-]{0,30}[ \t]+){0,3}[A-Z][\w.'\u2019-]{0,30}),[ \t]")


def _addressee(ctx: DocContext, turns: list[Turn], k: int) -> Turn | None:
    """The next turn of the block by another label when the named turn ``k`` opens by addressing
    its speaker (see module doc); None when it opens otherwise (``Cut, Mr Haddow.``)."""
    m = _VOCATIVE.match(ctx.text, turns[k].start)
    nxt = next((t for t in turns[k + 1:k + 2] if t.block == turns[k].block), None)
    if m is None or nxt is None or nxt.speaker is None \
            or text_words(ctx.text[slice(*turns[k].name)]) == text_words(ctx.text[slice(*nxt.name)]):
        return None
    said = text_words(ctx.text[slice(*nxt.name)]) | text_words(nxt.speaker["text"])
    return nxt if text_words(m.group(1)) <= said else None


def _sentence(ctx: DocContext, start: int, end: int) -> dict:
    if not ctx.sent_ranges:
        return {"start": start, "end": end}
    first, last = ctx.sent_ranges[ctx.sentence_index(start)], ctx.sent_ranges[ctx.sentence_index(end - 1)]
    return {"start": min(first[0], start), "end": max(last[1], end)}


def _statement(ctx: DocContext, turn: Turn, claims: list[dict], provenance: dict) -> dict | None:
    """The claim of the whole turn (cue: the colon; text and content: the turn's text); the
    clauses given the turn's cue merge into it (``claim_statements``)."""
    content = _content(ctx, turn)
    span = ctx.doc.char_span(content["start"], content["end"], alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span[0].sent
    inside = [t for t in sent if content["start"] <= t.idx < content["end"]] or list(span)
    head = sent.root if sent.root in inside else next((t for t in inside if verbal(t)), inside[0])
    given = [c for c in claims if c["cue"] is not None and c["cue"]["start"] == turn.colon]
    held = {a.get("mention_id") for c in given for a in c["actors"]}
    found = content_mentions(ctx, content, held)
    if turn.speaker is not None and "mention_id" in turn.speaker:
        found["actors"].append(speaker_actor(turn.speaker))
    s, e = content["start"], content["end"]
    return {"schema": CLAIM, "claim_id": claim_id(ctx.doc_id, s, e), "doc_id": ctx.doc_id,
            "text": content["text"], "start": s, "end": e, "section": ctx.section_at(s),
            "sentence": _sentence(ctx, s, e),
            "predicate": word(ctx.text, head.idx, head.idx + len(head.text), head.lemma_.lower()),
            "speaker": copy_json(turn.speaker), "cue": _cue(ctx, turn),
            "actors": sorted(found["actors"], key=lambda a: (a["start"], a["end"], a["role"])),
            "money": found["money"], "dates": found["dates"], "quantities": found["quantities"], "time_refs": [],
            "modality": modality(ctx.rules, head, [head], inside, None, True), "content": content,
            "confidence": 0.5, "provenance": dict(provenance)}


class _ByPredicate:
    """The claims by where their predicate starts (kept so as ``_without_label`` moves one):
    ``owned(turn)`` is ``[c for c in claims if turn.owns(c)]`` by bisection over the turn's ranges."""

    def __init__(self, claims: list[dict]) -> None:
        self.claims = claims
        self.keys = sorted((c["predicate"]["start"], i) for i, c in enumerate(claims))

    def owned(self, turn: Turn) -> list[int]:
        found: set[int] = set()
        for s, e in turn.ranges + [(turn.paras[0][0], turn.start)]:  # the label: ``owns`` decides
            lo, hi = bisect.bisect_left(self.keys, (s, -1)), bisect.bisect_left(self.keys, (e, -1))
            found.update(i for _, i in self.keys[lo:hi] if turn.owns(self.claims[i]))
        return sorted(found)

    def moved(self, i: int, old: int) -> None:
        new = self.claims[i]["predicate"]["start"]
        if new != old:
            self.keys.remove((old, i))
            bisect.insort(self.keys, (new, i))


def attribute_turns(ctx: DocContext, claims: list[dict], provenance: dict) -> list[dict]:
    """Give the turns' speakers and cues to the clauses inside them (see module doc); returns one
    claim per turn for the whole statement."""
    _attribute_bare(ctx, claims)
    added = []
    index = _ByPredicate(claims)
    for k, turn in enumerate(ctx.turns):
        owned = index.owned(turn)
        own = [claims[i] for i in owned]
        for i, c in zip(owned, own):
            old = c["predicate"]["start"]
            _attribute(ctx, turn, c)
            index.moved(i, old)
        answer = answer_after(ctx.turns, k) if turn.kind == "question" else \
            _addressee(ctx, ctx.turns, k) if turn.kind == "name" else None
        if answer is not None:
            _address(ctx, answer, own)
        rec = _statement(ctx, turn, own, provenance)
        if rec is not None:
            added.append(rec)
    name_answer_pronouns(ctx, claims)  # ``Q: … the chief …? A: She's told me …``: the chief
    name_members(ctx, claims)  # ``Mr. HOLLOWAY. The gentlewoman suggests …``: the member of the exchange
    name_portfolio_holders(ctx, claims)  # ``the Minister of Finance said …``: the member whose label gives it
    return added
