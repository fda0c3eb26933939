"""The turns of a transcript (:mod:`claim_turns`): each labelled paragraph of a transcript is
one turn, over the paragraphs that continue it (paragraphs without a label right after an
answer or a named turn that speak in the first person outside quotation marks: ``And I hope the
judge …``); a named label that stands for the interviewer (``HOLLAND:``, ``TRIBUNE:``) asks
questions."""

from __future__ import annotations

import re

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_turn_common import text_words
from pipeline.components.claim_turn_labels import is_transcript, label_blocks, label_key, label_pieces, read_label
from pipeline.components.claim_turn_records import Label, Turn
from pipeline.components.claim_turn_speakers import find_interviewer


#: paragraphs without a label that may continue one answer
MAX_CONTINUED = 3


#: paragraphs without a label that may continue one turn of a verbatim report (a label rule that ``runs``)
MAX_RUN = 12


def _first_person(ctx: DocContext, para: tuple[int, int]) -> bool:
    """The paragraph speaks in the first person outside quotation marks."""
    for rule in ctx.rules.turns.continuation:
        for m in rule.pattern.finditer(ctx.text, para[0], para[1]):
            if ctx.quote_at(m.start()) is None:
                return True
    return False


def _stage_direction(ctx: DocContext, para: tuple[int, int]) -> bool:
    """The paragraph is wholly in brackets: ``(Applause)``, ``(The sitting was suspended at 12.30)``;
    not ``(Applause) We will vote for the report (and against the amendments)``, which only opens
    and closes with a bracket."""
    chunk = ctx.text[para[0]:para[1]].strip()
    return chunk.startswith("(") and chunk.endswith(")") and _closes_at_end(chunk)


def _closes_at_end(chunk: str) -> bool:
    """Does the bracket opening ``chunk`` close only at its last character?"""
    depth = 0
    for k, ch in enumerate(chunk):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return k == len(chunk) - 1
    return False


def _run(ctx: DocContext, paras: list[tuple[int, int]], labelled: list[Label | None], i: int) -> list[tuple[int, int]]:
    """The paragraphs after the verbatim report's turn of paragraph ``i`` up to the next label
    (at most :data:`MAX_RUN`), stage directions in brackets left out (``(Applause)``) and the turn
    going on after them (``– not in Europe, colleague, …`` after an interjection)."""
    out = []
    for j in range(i + 1, min(len(paras), i + 1 + MAX_RUN)):
        para = paras[j]
        if labelled[j] is not None or ctx.section_at(para[0]) != "body" or ctx.is_silent(para[0]):
            break
        if not _stage_direction(ctx, para):
            out.append(para)
    return out


def _continued(ctx: DocContext, paras: list[tuple[int, int]], labelled: list[Label | None],
               i: int) -> list[tuple[int, int]]:
    """The paragraphs after the turn of paragraph ``i`` that continue it (:func:`_run` for a
    verbatim report's turn)."""
    if labelled[i].rule.runs:
        return _run(ctx, paras, labelled, i)
    out = []
    for j in range(i + 1, min(len(paras), i + 1 + MAX_CONTINUED)):
        para = paras[j]
        if labelled[j] is not None or ctx.section_at(para[0]) != "body" or ctx.is_silent(para[0]) \
                or not _first_person(ctx, para):
            break
        out.append(para)
    return out


def transcript_turns(ctx: DocContext) -> list[Turn]:
    """The turns of every transcript of the body (see module doc)."""
    units = [(p, label) for s, e, label in ctx.sections
             for p in (label_pieces(ctx, (s, e)) if label == "body" else [(s, e)])]
    paras = [p for p, _label_ in units]
    labels = ctx.rules.turns.labels
    labelled = [read_label(ctx, labels, p) if label == "body" else None for p, label in units]
    continued = {i: _continued(ctx, paras, labelled, i) for i, lab in enumerate(labelled)
                 if lab is not None and lab.rule.turn != "question"}
    turns = []
    for b, block in enumerate(label_blocks(labelled, _continuing(paras, continued))):
        if not is_transcript(ctx, [labelled[i] for i in block]):
            continue
        asks = _asking_labels(ctx, [labelled[i] for i in block], paras[block[0]][0])
        for i in block:
            lab = labelled[i]
            kind = "question" if label_key(ctx, lab) in asks else lab.rule.turn
            more = continued.get(i, []) if kind != "question" else []
            turns.append(Turn(kind, lab.rule.id, lab.name, lab.colon, lab.start, [lab.para] + more, b,
                              bracket=lab.tag))
    return turns


def _continuing(paras: list[tuple[int, int]], continued: dict[int, list[tuple[int, int]]]) -> frozenset[int]:
    """The indexes of the paragraphs that continue the turn of a label before them (``continued``:
    the paragraphs of each label's turn that is no question's): an opening statement over four
    paragraphs, whichever of them reports another's words (``He told ministers that …``), is one
    turn and no gap between two labels."""
    index = {p: k for k, p in enumerate(paras)}
    return frozenset(index[p] for more in continued.values() for p in more)


def _asking_labels(ctx: DocContext, labels: list[Label], start: int) -> set[str]:
    """The named labels that stand for the interviewer: the name of the credited interviewer or
    the byline author (``HOLLAND:``), or the outlet the intro names with ``the`` (``TRIBUNE:``
    after ``She sat down with the Tribune``) when its turns are mostly questions."""
    honorifics = ctx.rules.turns.honorifics
    asker = find_interviewer(ctx, start)
    asker_words = text_words(asker["text"]) - honorifics if asker else set()
    outlets = _outlet_words(ctx, start)
    out = set()
    for key in {label_key(ctx, lab) for lab in labels if lab.rule.turn == "name"}:
        mine = [lab for lab in labels if lab.rule.turn == "name" and label_key(ctx, lab) == key]
        words = text_words(key) - honorifics
        asks = sum(ctx.text[lab.start:lab.para[1]].rstrip().endswith("?") for lab in mine) * 2 > len(mine)
        if words and (words <= asker_words or asks and words <= outlets):
            out.add(key)
    return out


#: ``the Tribune``, ``The Capital Ledger``: capitalised words after ``the`` (an outlet's name)
_THE_NAME = re.compile(r"\b[Tt]he[ \t]+((?:[A-Z][\w.'\u2019&-]*[ \t]*){1,4})")


def _outlet_words(ctx: DocContext, before: int) -> set[str]:
    """The words of the names written with ``the`` in the paragraphs before ``before`` that say
    the article is its own interview (``Mayor Lena Brandt sat down with the Tribune``)."""
    out: set[str] = set()
    for rule in ctx.rules.turns.own_interview:
        for m in rule.pattern.finditer(ctx.text, 0, before):
            para = ctx.paragraph_of(m.start()) or (m.start(), m.end())
            for name in _THE_NAME.finditer(ctx.text, para[0], min(para[1], before)):
                out |= text_words(name.group(1))
    return out
