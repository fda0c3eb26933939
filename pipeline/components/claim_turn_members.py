"""The member a record's turn speaks of (:mod:`claim_turns`): in the Congressional Record a member
refers to another as ``the gentleman``, ``the gentlewoman`` or ``the gentlelady`` (``from
<State>``). As the speaker of a cue inside a turn, outside quotations (``Mr. HOLLOWAY. The
gentlewoman suggests …``), that is the speaker of the last turn of the block before it whose
label opens with a title of that member's words (rows ``member_ref`` of ``claim_turns.jsonl``:
``Ms.``, ``Mrs.``, ``Miss`` for the gentlewoman; ``Mr.`` for the gentleman) and who is not the turn's
own speaker; a State named after ``from`` must not differ from one the label names (``Mr. GARZA
of Texas.`` is no gentleman from Alabama). Only between turns of the record's labels (rule
``colon-turn-record``: a town-hall transcript's ``MR. OKAFOR:`` is none), and the words after
``from`` must be a US State or a delegate's place (rows ``member_place``: ``the gentlewoman from
the District of Columbia``; a leading ``the`` is left out), not ``the gentleman from the water
board``. No such turn: the words as written."""

from __future__ import annotations

from pipeline.components.actor_state_offices import us_states
from pipeline.components.claim_context import DocContext
from pipeline.components.claim_quotes import set_speaker
from pipeline.components.claim_turn_records import Turn

#: the rule of a Congressional Record turn label (``Mr. HOLLOWAY.``, ``Ms. RIVAS of California.``)
RECORD_RULE = "colon-turn-record"


def name_members(ctx: DocContext, claims: list[dict]) -> None:
    """Give ``the gentlewoman`` speaking a cue in a named turn the member it stands for (see
    module doc); the words stay in ``via``."""
    for c in claims:
        ref = _reference(ctx, c["speaker"])
        turn = _turn_of(ctx, c) if ref is not None else None
        member = _member(ctx, turn, *ref) if turn is not None else None
        if member is not None:
            sp = c["speaker"]
            set_speaker(c, member.speaker, via={k: sp[k] for k in ("text", "start", "end")})


def _reference(ctx: DocContext, speaker: dict | None) -> tuple[frozenset[str], str] | None:
    """(label titles, State) of a speaker written ``the gentlewoman (from California)``, outside quotations."""
    if speaker is None or speaker.get("via") or ctx.quote_at(speaker["start"]) is not None:
        return None
    words = speaker["text"].split()
    if len(words) < 2 or words[0].lower() != "the" or len(words) > 2 and words[2].lower() != "from":
        return None
    titles = next((t for w, t in ctx.rules.turns.member_refs if words[1].lower() in w), None)
    state = " ".join(words[4:] if words[3:4] and words[3].lower() == "the" else words[3:])
    if not titles or state and state.lower() not in us_states() | ctx.rules.turns.member_places:
        return None
    return titles, state


def _turn_of(ctx: DocContext, claim: dict) -> int | None:
    """The record turn holding the claim's predicate (:data:`RECORD_RULE`), or None."""
    pred = claim["predicate"]["start"]
    return next((k for k, t in enumerate(ctx.turns) if t.rule == RECORD_RULE and t.holds(pred)), None)


def _member(ctx: DocContext, k: int, titles: frozenset[str], state: str) -> Turn | None:
    here = ctx.turns[k]
    for t in reversed(ctx.turns[:k]):
        if t.block != here.block:
            return None
        label = ctx.text[t.paras[0][0]:t.colon]
        if t.rule == RECORD_RULE and t.speaker is not None and label.split()[0].strip(".").lower() in titles \
                and not _same_speaker(t.speaker, here.speaker) and (not state or " of " not in label or state in label):
            return t
    return None


def _same_speaker(a: dict, b: dict | None) -> bool:
    if b is None:
        return False
    return (a.get("actor_id") or a["text"]) == (b.get("actor_id") or b["text"])
