"""Turn labels and transcripts (:mod:`claim_turns`): the ``Q:`` / ``A:`` / ``ADLER:`` /
``MR. HOFFER:`` / ``GUEST (Henrik Olsen):`` / ``The Speaker (Hon. Ted Arnott):`` label opening a
paragraph (rule data ``claim_turns.jsonl``), the lines of a paragraph that open with one, and
the runs of labelled paragraphs that make a transcript.

- **A transcript** is found by repeated labels, never by one colon: a run of body paragraphs
  opened by turn labels (at most :data:`MAX_GAP` paragraphs without a label between two labels,
  not counting those that continue a turn: a long opening statement stays in the transcript)
  that holds a question turn and an answer or named turn, or at least three named turns by at
  least two speakers, one of whom speaks twice. ``Note: …``, ``Related: …``, ``10:30``, a list
  introduced by a colon or a schedule (``Monday: …``, ``Tuesday: …``) make none.
- **A label** is no place (``WASHINGTON: …`` is a dateline) and no credit line of a show
  (``Host: Lena Farkas.``); a role alone before a person named in brackets is that person's,
  and so is a label of titles alone before an honoured person in brackets (``The Speaker (Hon.
  Ted Arnott):``).
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_quotes import dateline, line_end
from pipeline.components.claim_speakers import is_person
from pipeline.components.claim_turn_introductions import NUMBERED_RULE
from pipeline.components.claim_turn_records import Label
from pipeline.components.claim_turn_rules import TurnRule


#: words of a label's name part, at most
MAX_NAME_WORDS = 5


#: the one word of the honorifics a label of role words alone may hold (``THE WITNESS``)
LABEL_ARTICLE = "the"


#: turns whose rules list the label's words (``Q``, ``REPORTER``, ``A``): never a dateline
_FIXED_TURNS = frozenset({"question", "answer"})


# ------------------------------------------------------------------------------------ labels
def read_label(ctx: DocContext, rules: tuple[TurnRule, ...], para: tuple[int, int]) -> Label | None:
    """The first rule's label opening the paragraph, when its name may be a speaker (no place:
    ``WASHINGTON: The Senate …`` is a dateline; a label of role words is none: ``GUEST`` read as
    a place, nor the fixed word of a question or answer label: ``REPORTER (CBC):`` with
    ``REPORTER`` read as a place); a role alone before a person named in brackets (``GUEST (Henrik Olsen):``) is that
    person's (not ``GUEST (Via Phone):``)."""
    chunk = ctx.text[para[0]:para[1]]
    not_names = ctx.rules.turns.not_names
    for rule in rules:
        m = rule.pattern.match(chunk)
        if m is None or para[0] + m.end() >= para[1]:
            continue
        name = m.group("name").strip()
        n_start = para[0] + m.start("name")
        tag = (para[0] + m.start("tag"), para[0] + m.end("tag")) if "tag" in m.re.groupindex and m.group("tag") else None
        role = role_only(ctx, name)
        fixed = role or rule.turn in _FIXED_TURNS
        if name.lower() in not_names or len(name.split()) > MAX_NAME_WORDS \
                or not fixed and _place(ctx, n_start, n_start + len(name)):
            return None
        span = (n_start, n_start + len(name))
        if role and tag is not None and label_names_person(ctx, *tag):  # ``GUEST (Henrik Olsen)``
            span = tag
        elif tag is not None and _titles_alone(ctx, name) and _honoured_person(ctx, *tag):
            span = tag  # ``The Speaker (Hon. Ted Arnott)``
        elif role and is_credit_label(ctx, para[0] + m.end(), para[1]):  # ``Host: Lena Farkas.``
            return None
        return Label(rule, para, span, para[0] + m.start("colon"), para[0] + m.end(), tag)
    return None


#: what a credit line may hold besides people's names (``Maya Osterhout and Tom Achebe.``)
_CREDIT_GLUE = re.compile(r"(?:[\s,.;&]|\band\b)*")


#: what may follow a credit line's names on its line: nothing, or the next role label (``Guest:``)
_CREDIT_NEXT = re.compile(r"[ \t]*(?:$|(?P<role>[A-Z][\w'\u2019 \t-]{0,40}?)[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:)")


def is_credit_label(ctx: DocContext, start: int, end: int) -> bool:
    """The words after a role label up to the first period or semicolon are people's names alone
    (``Host: Lena Farkas. Guest: …``, ``Hosts: Maya Osterhout and Tom Achebe.``), and the line
    ends there or goes on with another role label: a credit line of the show, no turn (not
    ``HOST: Marta Voss. Welcome to the programme.``, a turn addressing her)."""
    stop = min((i for i in (ctx.text.find(c, start, end) for c in ".;") if i >= 0), default=end)
    people = [sp for sp in ctx.spans_within(start, stop) if sp.label_ == "actor" and is_person(sp)]
    if not people:
        return False
    cuts = [start] + [x for sp in people for x in (sp.start_char, sp.end_char)] + [stop]
    if not all(_CREDIT_GLUE.fullmatch(ctx.text[a:b]) for a, b in zip(cuts[::2], cuts[1::2])):
        return False
    line = ctx.text[min(stop + 1, end):end].split("\n", 1)[0]
    nxt = _CREDIT_NEXT.match(line)
    return nxt is not None and (nxt.group("role") is None or role_only(ctx, nxt.group("role")))


def role_only(ctx: DocContext, name: str) -> bool:
    """The label's name is role words alone, maybe after ``the`` (``GUEST``, ``SECOND GUEST``,
    ``THE WITNESS``; rows ``role``); never with a title (``REP. GUEST``: a role word after a title
    is a surname)."""
    words = [w.strip(".,'\u2019").lower() for w in name.split()]
    roles = ctx.rules.turns.roles
    return bool(words) and any(w in roles for w in words) and all(w in roles or w == LABEL_ARTICLE for w in words)


def _titles_alone(ctx: DocContext, name: str) -> bool:
    """The label's name is title words alone (``The Speaker``, ``The Deputy Speaker``, ``The
    Chair``; rows ``honorifics`` and the title words of the cue rules)."""
    words = [w.strip(".,'\u2019").lower() for w in name.split()]
    titles = ctx.rules.turns.honorifics | ctx.rules.title_words
    return bool(words) and all(w in titles for w in words) and any(w != LABEL_ARTICLE for w in words)


def _honoured_person(ctx: DocContext, start: int, end: int) -> bool:
    """The brackets ``[start, end)`` open with an honorific and hold a person mention (``Hon. Ted
    Arnott``, ``Mr. Ray Dunne``): the holder of the chair the label names; not ``(Via Phone)``,
    ``(Kingston and the Islands)``."""
    first = ctx.text[start:end].split(maxsplit=1)
    return bool(first) and first[0].strip(".").lower() in ctx.rules.turns.honorifics and any(
        sp.label_ == "actor" and is_person(sp) for sp in ctx.spans_within(start, end))


def label_names_person(ctx: DocContext, start: int, end: int) -> bool:
    """``[start, end)`` holds a person mention of a person the article also names outside brackets
    (``GUEST (Henrik Olsen):`` after ``We're back with Henrik Olsen``; not ``(Via Phone)``,
    ``(Anonymous)``, ``(R-Miss.)``, which the tagger may take for names: never said elsewhere)."""
    ids = {(sp._.norm or {}).get("actor_id") or sp.text.lower()
           for sp in ctx.spans_within(start, end) if sp.label_ == "actor" and is_person(sp)}
    return bool(ids) and any(
        sp.label_ == "actor" and ((sp._.norm or {}).get("actor_id") or sp.text.lower()) in ids
        and not _in_brackets(ctx.text, sp.start_char) for sp in ctx.spans)


def _in_brackets(text: str, char: int) -> bool:
    """``char`` lies inside an open bracket of its line."""
    line = text.rfind("\n", 0, char) + 1
    return text.rfind("(", line, char) > text.rfind(")", line, char)


def _place(ctx: DocContext, start: int, end: int) -> bool:
    """The name ``[start, end)`` is a place mention as a whole."""
    return any(sp.label_ == "actor" and dateline(sp, start, end) for sp in ctx.spans_within(start, end))


def label_pieces(ctx: DocContext, para: tuple[int, int]) -> list[tuple[int, int]]:
    """A body paragraph cut before every line that opens with a turn label (a transcript printed
    with single line breaks, ``\\n`` or ``\\r\\n``); each piece without its trailing whitespace."""
    text, (s, e) = ctx.text, para
    cuts = [s]
    nl = text.find("\n", s, e)
    while nl >= 0:
        start = nl + 1
        while start < e and text[start] in " \t":
            start += 1
        nxt = text.find("\n", start, e)
        stop = line_end(text, start, e if nxt < 0 else nxt)
        if stop > start and read_label(ctx, ctx.rules.turns.labels, (start, stop)) is not None:
            cuts.append(start)
        nl = nxt
    cuts.append(e)
    return [(a, line_end(text, a, b)) for a, b in zip(cuts, cuts[1:]) if line_end(text, a, b) > a]


def label_key(ctx: DocContext, label: Label) -> str:
    return label.rule.turn if label.rule.turn != "name" else ctx.text[label.name[0]:label.name[1]].lower()


#: a select committee's question number opening a label (``Q14 Chair:``, ``Q 15 Lucy Farrant:``)
_QUESTION_NUMBER = re.compile(r"Q[ \t]?\d{1,4}\b")


def numbered(ctx: DocContext, label: Label) -> bool:
    """Does a question number open the label's paragraph (``Q14 Chair:``)?"""
    return _QUESTION_NUMBER.match(ctx.text, label.para[0], label.name[0]) is not None


def is_transcript(ctx: DocContext, labels: list[Label]) -> bool:
    """A question and an answer or named turn, or three named turns by two speakers, one of whom
    speaks twice (a dialogue; a schedule or a list names each label once), or a run of numbered
    speakers (:func:`numbered_run`: ``Caller 1:``, ``Caller 2:``, ``Caller 3:``). A label opened by a
    question number (``Q14 Chair:``) is a question of a hearing's record when a label without one
    answers it (not ``Q3 Revenue:`` beside ``Q4 Outlook:``, a results table's quarters)."""
    kinds = {lab.rule.turn for lab in labels}
    asks = [numbered(ctx, lab) for lab in labels]
    if any(asks) and not all(asks):
        kinds.add("question")
    if "question" in kinds and kinds & {"answer", "name"}:
        return True
    counts = Counter(label_key(ctx, lab) for lab in labels)
    return len(labels) >= 3 and len(counts) >= 2 and max(counts.values()) >= 2 or numbered_run(ctx, labels)


#: numbered labels of one stem that make a transcript alone (``SPEAKER 4:``, ``SPEAKER 5:``, ``SPEAKER 6:``)
MIN_NUMBERED_RUN = 3


_NUMBER_TAIL = re.compile(r"[ \t#]*\d+$")


def numbered_run(ctx: DocContext, labels: list[Label]) -> bool:
    """At least :data:`MIN_NUMBERED_RUN` numbered speaker labels (rule ``colon-turn-numbered``)
    of one stem in separate paragraphs (``Caller 1:``, ``Caller 2:``, ``Caller 3:``): a hearing's
    or a call-in's speakers, each of whom may speak once."""
    paras: dict[str, set] = {}
    for lab in labels:
        if lab.rule.id == NUMBERED_RULE:
            stem = _NUMBER_TAIL.sub("", ctx.text[lab.name[0]:lab.name[1]]).lower()
            paras.setdefault(stem, set()).add(lab.para)
    return any(len(p) >= MIN_NUMBERED_RUN for p in paras.values())


#: paragraphs without a label allowed between two turns of one transcript
MAX_GAP = 2


def label_blocks(labelled: list[Label | None], continuing: frozenset[int] = frozenset()) -> list[list[int]]:
    """Runs of labelled paragraphs (indexes), at most :data:`MAX_GAP` unlabelled ones between two;
    the paragraphs in ``continuing`` (indexes that continue the turn of a label before them: a
    statement over four paragraphs) count as none."""
    blocks: list[list[int]] = []
    current: list[int] = []
    gap = 0
    for i, lab in enumerate(labelled):
        if lab is None:
            gap += i not in continuing
            continue
        if current and gap > MAX_GAP:
            blocks.append(current)
            current = []
        current.append(i)
        gap = 0
    if current:
        blocks.append(current)
    return blocks
