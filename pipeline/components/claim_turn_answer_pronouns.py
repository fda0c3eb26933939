"""``he``/``she`` in an answer turn that names nobody before it (round 39).

``Q: Chief, sorry, Premier. Does the chief want the army in her community?`` / ``A: She's told
me that she wants her people home``: the answerer speaks of someone the question named, not of
themselves (they say ``I``) nor of the one the question addresses (the answerer). So a ``he`` or
``she`` subject of a cue in an answer turn (``A:`` or a named turn right after a question), outside
quotation marks and with no person named in the answer before it, is the one person the question
names who is neither the answerer nor the person finally addressed (``Premier`` after ``sorry``:
:func:`claim_turn_mixed_answers.question_address`) and whose gender fits (a description the name
stands in apposition to, ``The Greens' spokesman, Jannik Seifert,``, is that person). Two such
people, or none, leave the pronoun to the other passes. The same holds in the unlabelled answers
of an interview whose questions carry a label (:func:`claim_turn_bare.asked_questions`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_quotes import set_speaker
from pipeline.components.claim_speakers import gender_fits, is_person, via_of
from pipeline.components.claim_turn_bare import asked_questions
from pipeline.components.claim_turn_mixed_answers import question_address
from pipeline.components.claim_turn_records import Turn
from pipeline.tokens import PERSON_PRONOUNS

#: objects that make a subject the parser read as passive an active one (``She's told me``: the
#: ``'s`` of ``has`` read as ``is``; ``She was told that …`` has none and hears, not speaks)
_OBJECTS = frozenset({"dobj", "dative"})


def _subject_pronoun(ctx: DocContext, claim: dict) -> Token | None:
    """The ``he``/``she`` subject of the claim's cue, else None."""
    cue = claim["cue"]
    span = ctx.doc.char_span(cue["start"], cue["end"], alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    active = {"nsubj"} | ({"nsubjpass"} if any(t.dep_ in _OBJECTS for t in root.children) else set())
    return next((t for t in root.children if t.dep_ in active and t.lower_ in PERSON_PRONOUNS), None)


def _people(ctx: DocContext, start: int, end: int) -> list[Span]:
    return [sp for sp in ctx.spans_within(start, end) if sp.label_ == "actor" and is_person(sp)]


def _described(desc: Span, name: Span) -> bool:
    """Is ``desc`` a description the name ``name`` stands in apposition to (``The Greens'
    spokesman, Jannik Seifert,``: one person)?"""
    return desc is not name and name.root.dep_ == "appos" and name.root.head.i in range(desc.start, desc.end)


def _question_person(ctx: DocContext, question: Turn, answerer: str | None, pronoun: str) -> Span | None:
    """The one person the question names who is neither the answerer nor the one it addresses."""
    address = question_address(ctx, question)
    found: dict[str, Span] = {}
    people = _people(ctx, question.start, question.end)
    for sp in people:
        if any(_described(sp, other) for other in people):
            continue
        aid = (sp._.norm or {}).get("actor_id")
        if not aid or aid == answerer or not gender_fits(ctx, sp, pronoun):
            continue
        if address is not None and sp.start_char < address[1] and address[0] < sp.end_char:
            continue
        found.setdefault(aid, sp)
    return next(iter(found.values())) if len(found) == 1 else None


def _name_in_answer(ctx: DocContext, claims: list[dict], question: Turn, ranges: list[tuple[int, int]],
                    answerer: str | None, skip: int | None = None) -> None:
    """Give a ``he``/``she`` speaking a cue in the answer ``ranges`` (not the cue at ``skip``,
    the answer's own colon) the person the question names."""
    for claim in claims:
        if claim["cue"] is None or claim["cue"]["start"] == skip \
                or not any(s <= claim["predicate"]["start"] < e for s, e in ranges):
            continue
        pron = _subject_pronoun(ctx, claim)
        if pron is None or ctx.quote_at(pron.idx) is not None or _people(ctx, ranges[0][0], pron.idx):
            continue
        person = _question_person(ctx, question, answerer, pron.lower_)
        if person is not None:
            set_speaker(claim, ctx.actor_record(person, "speaker"), via=via_of(pron))


def name_answer_pronouns(ctx: DocContext, claims: list[dict]) -> None:
    """Give a ``he``/``she`` speaking a cue in an answer turn the person its question names (see
    module doc); the pronoun stays in ``via``. The same in the answers without a label of an
    interview whose questions carry one (:func:`claim_turn_bare.asked_questions`)."""
    for k, turn in enumerate(ctx.turns):
        question = ctx.turns[k - 1] if k else None
        if turn.kind not in ("answer", "name") or question is None or question.kind != "question" \
                or question.block != turn.block:
            continue
        _name_in_answer(ctx, claims, question, turn.ranges, (turn.speaker or {}).get("actor_id"), turn.colon)
    answerer = (ctx.bare_speaker or {}).get("actor_id")
    for question, answer in asked_questions(ctx):
        _name_in_answer(ctx, claims, question, answer, answerer)
