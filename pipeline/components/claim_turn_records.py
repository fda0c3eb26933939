"""The records of transcript turns and headline colons (:mod:`claim_turns`): a turn ``Label``
at the start of a paragraph, the ``Turn`` it opens (kind, label, paragraphs, speaker), and the
answer that follows a question turn."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from pipeline.components.claim_turn_rules import TurnRule


class Label(NamedTuple):
    """A turn label at the start of a paragraph."""
    rule: TurnRule
    para: tuple[int, int]
    name: tuple[int, int]       # the name part (``Q``, ``MR. HOFFER``, ``FELIX BRANDAU``)
    colon: int
    start: int                  # where the statement starts
    tag: tuple[int, int] | None = None  # the words in brackets after the name (``D-N.M.``, ``Henrik Olsen``)


@dataclass
class Turn:
    """One labelled statement: ``kind`` question | answer | name | headline; ``paras``: the
    paragraphs of the turn (the first one holds the label); ``start``: where the statement starts."""
    kind: str
    rule: str
    name: tuple[int, int]
    colon: int
    start: int
    paras: list[tuple[int, int]]
    block: int = -1
    speaker: dict | None = None
    ranges: list[tuple[int, int]] = field(default_factory=list)
    cue: tuple[int, int] | None = None   # a tag's verb (``- sources say``); else the colon or dash is the cue
    tail: tuple[int, int] | None = None  # a tag: its words after the statement (``- sources``)
    bracket: tuple[int, int] | None = None  # a label's words in brackets (``Tobias Kranz, Rheinische Post``)

    def __post_init__(self) -> None:
        self.ranges = [(self.start, self.paras[0][1])] + list(self.paras[1:])

    @property
    def end(self) -> int:
        return self.paras[-1][1]

    def holds(self, char: int) -> bool:
        return any(s <= char < e for s, e in self.ranges)

    def owns(self, claim: dict) -> bool:
        """The claim's predicate is in the turn, or in its label with the claim running into the
        turn (``Brandauer: Belgrade must …`` parsed with the name as its head); a tag's claims
        also when their cue is a word of the tag (``… -sources say`` parsed with ``say`` as root)."""
        pred = claim["predicate"]["start"]
        return self.holds(pred) or (self.paras[0][0] <= pred < self.start < claim["end"]) or self.in_tail(claim)

    def in_tail(self, claim: dict) -> bool:
        cue = claim.get("cue")
        return self.tail is not None and (
            self.tail[0] <= claim["predicate"]["start"] < self.tail[1]
            or (cue is not None and self.tail[0] <= cue["start"] < self.tail[1]))


def answer_after(turns: list[Turn], k: int) -> Turn | None:
    for t in turns[k + 1:]:
        if t.block != turns[k].block:
            return None
        if t.kind != "question":
            return t
    return None
