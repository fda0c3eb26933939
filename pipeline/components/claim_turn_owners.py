"""``Your critics on the council``, ``my husband``, ``Our intelligence service``: a speaker phrase
in a transcript turn (issue 11) whose possessive pronoun stands for someone the transcript names.

The phrase as written names nobody a reader outside the interview knows; the reader says
``Marisol Quintero's critics on the council``. This pass gives such a speaker (a phrase with no
actor of its own, outside a quotation nested in the turn) a ``norm.name`` with the owner put in for
the pronoun, the words staying in ``speaker.via`` and the owner's mention in ``speaker.owner``:

- ``your`` in a question turn is the one who answers it (the next answer or named turn of the
  transcript);
- ``my`` in an answer or named turn is that turn's speaker;
- ``our`` in an answer or named turn is the body that speaker speaks for, when
  :func:`~pipeline.components.claim_bodies.speak_for_owned` found it (``affiliation``); a country
  is written with its demonym when the pronoun opens the phrase (``Norwegian intelligence
  service``).

The pronoun opens the phrase or follows its first word and ``of`` (``Some of your coalition
partners``). Nothing else changes: no ``actor_id`` is given (the critics are not the chief).
"""

from __future__ import annotations

import functools
from pathlib import Path

from spacy.tokens import Span

from pipeline.components.claim_context import DocContext, copy_json
from pipeline.components.claim_phrase_norm import phrase_norm
from pipeline.components.gazetteer import load_countries

_COUNTRIES = "actors_countries.jsonl"


def _owner_turns(ctx: DocContext, word: str) -> bool:
    """Is ``word`` a possessive pronoun read in some transcript turn (rules ``owner_pronouns_*``)?"""
    return any(word in ctx.rules.words(f"owner_pronouns_{kind}") for kind in ("question", "answer", "name"))


@functools.lru_cache(maxsize=4)
def _demonyms(path: Path) -> dict[str, str]:
    """Country code -> its first demonym (``NOR`` -> ``Norwegian``; ``actors_countries.jsonl`` of
    the claim rules' folder, else the shipped one: ``Rules.data_file``)."""
    out: dict[str, str] = {}
    for e in load_countries(path):
        if e.category == "demonym" and e.aliases:
            out.setdefault(e.actor_id, e.aliases[0])
    return out


def _pronoun_at(ctx: DocContext, span: Span) -> int | None:
    """Index in ``span`` of the possessive pronoun that opens it (``Your critics``) or follows its
    first word and ``of`` (``Some of your coalition partners``), when the phrase's head can belong
    to a person or a body (rules ``owned_heads``: ``critics``, ``deputy``, not ``Your average
    commuter``)."""
    heads = ctx.rules.words("owned_heads")
    for k in (0, 2):
        if len(span) > k + 1 and _owner_turns(ctx, span[k].lower_) and span[k].dep_ == "poss" \
                and (k == 0 or span[1].lower_ == "of"):
            owned = span[k].head  # (the noun the pronoun owns: ``critics``, ``allies`` of ``Some of your allies``)
            return k if owned.lemma_.lower() in heads or owned.lower_ in heads else None
    return None


def _turn_of(ctx: DocContext, char: int) -> int | None:
    """Index in ``ctx.turns`` of the transcript turn holding ``char``, outside a quotation nested
    in it."""
    for k, turn in enumerate(ctx.turns):
        if turn.kind in ("question", "answer", "name") and turn.holds(char):
            quote = ctx.quote_at(char)
            return None if quote is not None and quote[0] > turn.start else k
    return None


def _answerer(ctx: DocContext, k: int) -> dict | None:
    """The speaker of the first answer or named turn after question turn ``k`` in its transcript."""
    for turn in ctx.turns[k + 1:]:
        if turn.block != ctx.turns[k].block:
            return None
        if turn.kind != "question":
            return turn.speaker
    return None


def _owner(ctx: DocContext, word: str, k: int, speaker: dict) -> dict | None:
    """The actor record ``word`` (your/my/our) stands for in turn ``k`` (None when unknown)."""
    turn = ctx.turns[k]
    if word not in ctx.rules.words(f"owner_pronouns_{turn.kind}"):
        return None
    if word == "your":
        rec = _answerer(ctx, k)
    elif word == "my":
        rec = turn.speaker
    else:
        rec = speaker.get("affiliation")
    return rec if rec is not None and "mention_id" in rec and (rec.get("norm") or {}).get("name") else None


def _owned_name(ctx: DocContext, span: Span, at: int, owner: dict) -> str:
    """The phrase with its pronoun replaced by the owner (``Norwegian`` for a country's when the
    pronoun opens the phrase, else ``<name>'s``)."""
    norm = owner["norm"]
    demonym = _demonyms(ctx.rules.data_file(_COUNTRIES)).get(norm.get("actor_id")) if norm.get("type") == "state" and at == 0 else None
    pron = span[at]
    head = span.doc.text[span.start_char:pron.idx]
    tail = span.doc.text[pron.idx + len(pron.text):span.end_char]
    return f"{head}{demonym or norm['name'] + chr(39) + 's'}{tail}"


def name_turn_owned(ctx: DocContext, claims: list[dict]) -> None:
    """Give the speaker phrases of transcript turns led by ``your``/``my``/``our`` the name of
    what they are, their owner put in (see module doc)."""
    if not ctx.turns:
        return
    for claim in claims:
        sp = claim.get("speaker") or {}
        if not sp or "mention_id" in sp or "norm" in sp or "via" in sp:
            continue
        span = ctx.doc.char_span(sp["start"], sp["end"])
        at = _pronoun_at(ctx, span) if span is not None else None
        k = _turn_of(ctx, sp["start"]) if at is not None else None
        owner = _owner(ctx, span[at].lower_, k, sp) if k is not None else None
        if owner is None:
            continue
        sp["norm"] = phrase_norm(_owned_name(ctx, span, at, owner), "owned", None, owner["norm"].get("country"))
        sp["via"] = {"text": sp["text"], "start": sp["start"], "end": sp["end"]}
        sp.setdefault("owner", copy_json(owner))
