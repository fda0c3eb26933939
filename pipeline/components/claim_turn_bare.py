"""Interviews whose answers carry no turn label (:mod:`claim_turns`). Printed without any
label: an introduction that says the article is an interview (rule kind ``bare_intro``: ``he spoke to Sujata Mishra about …``,
``Excerpts:``, ``This interview has been edited for length``), then the questions as paragraphs of
their own (ending in ``?``, or a statement put to the interviewee: ``X says the barrages …``) and
the answers as paragraphs in the first person.

- **An interview** is found by its introduction (a body paragraph; a dateline may open it) and at least
  :data:`MIN_PAIRS` question paragraphs each followed right away by a paragraph in the first
  person (outside quotation marks); a feature with a rhetorical question or two answered in the
  third person is none. It runs from its first question (at most :data:`MAX_LEAD` paragraphs
  after the introduction) to the first paragraph with a turn label or out of the body.
- **Its answers** are the paragraphs of the run that are no questions. An answer has no cue
  word, so it makes no statement of its own; ``I`` as the speaker of a cue in one (``I believe
  …``, ``What I will say is …``), outside quotation marks, is the interviewee: the one who answers
  an ``A:`` turn after the same introduction (:func:`claim_turn_speakers.interview_answerer`).
  ``we`` keeps its words (the interviewee's government or party as often as the interviewee).
- **An interview whose questions alone carry a label** (``DW: … Why now?`` answered by a
  paragraph without one) is a run of at least :data:`MIN_ASKED` turns of one label that is no
  ``A:``, each followed by at most :data:`MAX_ANSWER` paragraphs without a label, most of them
  questions and at least :data:`MIN_PAIRS` answered right away in the first person (a single
  ``Q:`` quoted in an article is none). Its answers are the paragraphs between two questions,
  and after the last one its first paragraph and those that follow in the first person; as in a
  transcript's answer turn, ``I`` and ``we`` speaking a cue there are the interviewee.
"""

from __future__ import annotations

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_turn_labels import label_key, label_pieces, read_label
from pipeline.components.claim_turn_records import Turn
from pipeline.components.claim_turn_speakers import interview_answerer

#: question paragraphs answered in the first person an interview needs
MIN_PAIRS = 2
#: paragraphs between the introduction and the first question
MAX_LEAD = 2
#: labelled questions an interview whose answers alone carry no label needs
MIN_ASKED = 3
#: paragraphs without a label one answer may run over between two labelled questions
MAX_ANSWER = 4
#: label kinds that never ask (``A:``): a run of them is no interviewer's
_ANSWERING = frozenset({"answer"})

#: the pronouns speaking a cue in an answer that are the interviewee: ``I`` (``we`` is the
#: interviewee's government or party as often as the interviewee) ...
BARE_SELVES = frozenset({"i"})
#: ... and in an interview whose questions carry a label, as in a transcript's answer turn, ``we`` too
ASKED_SELVES = frozenset({"i", "we"})

#: subjects of an introduction's verb that make it the writer's own conversation, no interview
WRITER_PRONOUNS = frozenset({"i", "we"})


def _units(ctx: DocContext) -> list[tuple[tuple[int, int], bool, bool]]:
    """The paragraphs of the document, each with whether it is a body paragraph and whether it
    is one without a label."""
    labels = ctx.rules.turns.labels
    out = []
    for s, e, label in ctx.sections:
        for p in label_pieces(ctx, (s, e)) if label == "body" else [(s, e)]:
            body = label == "body" and not ctx.is_silent(p[0])
            out.append((p, body, body and read_label(ctx, labels, p) is None))
    return out


def _introduces(ctx: DocContext, para: tuple[int, int]) -> bool:
    return any(ctx.quote_at(m.start()) is None and not _told_by_writer(ctx, m.start())
               for rule in ctx.rules.turns.bare_intros for m in rule.pattern.finditer(ctx.text, *para))


def _told_by_writer(ctx: DocContext, char: int) -> bool:
    """The introduction's verb has the writer for its subject (``Last week I spoke to Maria Gomez``,
    ``we talked with …``): a column telling of a conversation, whose own ``I`` paragraphs after
    its questions are the writer's, not an interview (``he spoke to Sujata Mishra`` is one)."""
    i = ctx.token_at(char)
    if i >= len(ctx.doc):
        return False
    verb = ctx.doc[i]
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return any(c.dep_ == "nsubj" and c.lower_ in WRITER_PRONOUNS for c in verb.children)


def _first_person(ctx: DocContext, para: tuple[int, int]) -> bool:
    return any(ctx.quote_at(m.start()) is None
               for rule in ctx.rules.turns.continuation for m in rule.pattern.finditer(ctx.text, *para))


def _asks(ctx: DocContext, para: tuple[int, int]) -> bool:
    return ctx.text[para[0]:para[1]].rstrip().endswith("?")


def _run(ctx: DocContext, units: list[tuple[tuple[int, int], bool, bool]], first: int) -> list[tuple[int, int]]:
    """The plain body paragraphs from ``first`` on, up to a label or another section."""
    out = []
    for para, _body, plain in units[first:]:
        if not plain:
            break
        out.append(para)
    return out


def _interview(ctx: DocContext, units: list[tuple[tuple[int, int], bool, bool]]) -> tuple[int, list[tuple[int, int]]] | None:
    """(first question start, answer paragraphs) of the interview after the first introduction."""
    intro = next((i for i, (p, body, _plain) in enumerate(units) if body and _introduces(ctx, p)), None)
    if intro is None:
        return None
    lead = _run(ctx, units, intro + 1)[:MAX_LEAD + 1]
    start = next((k for k, p in enumerate(lead) if _asks(ctx, p)), None)
    if start is None:
        return None
    paras = _run(ctx, units, intro + 1 + start)
    pairs = sum(_asks(ctx, p) and not _asks(ctx, q) and _first_person(ctx, q) for p, q in zip(paras, paras[1:]))
    if pairs < MIN_PAIRS:
        return None
    return paras[0][0], [p for p in paras if not _asks(ctx, p)]


def _asked_runs(ctx: DocContext, units: list[tuple[tuple[int, int], bool, bool]]) -> list[list[tuple[tuple[int, int], list]]]:
    """Runs of body paragraphs opened by one and the same turn label (``DW:``, ``Q:``), each
    followed by at most :data:`MAX_ANSWER` body paragraphs without a label: (label paragraph,
    the paragraphs after it) per turn."""
    labels = ctx.rules.turns.labels
    runs: list[list[tuple[tuple[int, int], list]]] = []
    run: list[tuple[tuple[int, int], list]] = []
    key = None
    for para, body, plain in units:
        if plain and run and len(run[-1][1]) < MAX_ANSWER:
            run[-1][1].append(para)
            continue
        lab = read_label(ctx, labels, para) if body and not plain else None
        if lab is not None and run and label_key(ctx, lab) == key and run[-1][1]:
            run.append((para, []))
            continue
        if run:
            runs.append(run)
        run, key = ([(para, [])], label_key(ctx, lab)) if lab is not None and lab.rule.turn not in _ANSWERING else ([], None)
    return runs + ([run] if run else [])


def _asked_pairs(ctx: DocContext, units: list[tuple[tuple[int, int], bool, bool]]) -> list[tuple[tuple[int, int], list]]:
    """(question paragraph, its answer paragraphs) of an interview whose questions alone carry a
    label (``DW: … Why now?`` answered by a paragraph without one): at least :data:`MIN_ASKED`
    turns of one label, each followed by a paragraph without a label, most of them questions, and
    at least :data:`MIN_PAIRS` questions answered right away in the first person. Its answers are
    the paragraphs between two questions, and after the last one its first paragraph and those
    that follow it in the first person; ``[]`` when there is none."""
    for run in _asked_runs(ctx, units):
        turns = [(q, after) for q, after in run if after]
        if len(turns) < MIN_ASKED or len(turns) < len(run) - 1:
            continue
        asked = sum(_asks(ctx, q) for q, _after in turns)
        pairs = sum(_asks(ctx, q) and _first_person(ctx, after[0]) for q, after in turns)
        if asked * 2 <= len(turns) or pairs < MIN_PAIRS:
            continue
        last = run[-1][1]
        return run[:-1] + [(run[-1][0], last[:1] + _first_run(ctx, last[1:]))]
    return []


def _asked_interview(ctx: DocContext, units: list[tuple[tuple[int, int], bool, bool]]) -> tuple[int, list[tuple[int, int]]] | None:
    """(first question start, answer paragraphs) of an interview whose questions alone carry a
    label (:func:`_asked_pairs`)."""
    pairs = _asked_pairs(ctx, units)
    return (pairs[0][0][0], [p for _q, after in pairs for p in after]) if pairs else None


def asked_questions(ctx: DocContext) -> list[tuple[Turn, list[tuple[int, int]]]]:
    """(question turn, its answer paragraphs) of the document's interview whose questions alone
    carry a label, once :func:`bare_answers` found one with its interviewee; else ``[]``."""
    if ctx.bare_speaker is None or ctx.bare_selves != ASKED_SELVES:
        return []
    out = []
    for q, after in _asked_pairs(ctx, _units(ctx)):
        lab = read_label(ctx, ctx.rules.turns.labels, q)
        if lab is not None and after:
            out.append((Turn("question", lab.rule.id, lab.name, lab.colon, lab.start, [q]), after))
    return out


def _first_run(ctx: DocContext, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs at the start of ``paras`` that speak in the first person."""
    out = []
    for p in paras:
        if not _first_person(ctx, p):
            break
        out.append(p)
    return out


def bare_answers(ctx: DocContext, heads: list[Turn]) -> tuple[list[tuple[int, int]], dict | None, frozenset]:
    """(the answer paragraphs, the interviewee's record, the pronouns there that are the
    interviewee) of an interview whose answers carry no label (see module doc); ``([], None,
    …)`` when there is none or nobody answers by name."""
    if not ctx.rules.turns.bare_intros:
        return [], None, BARE_SELVES
    units = _units(ctx)
    found, selves = _interview(ctx, units), BARE_SELVES
    if found is None:
        found, selves = _asked_interview(ctx, units), ASKED_SELVES
    if found is None:
        return [], None, BARE_SELVES
    speaker = interview_answerer(ctx, found[0], heads)
    return (found[1], speaker, selves) if speaker is not None else ([], None, BARE_SELVES)
