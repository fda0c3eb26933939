"""Transcript turns and headline colons (issue 11): the ``Q: …`` / ``A: …`` / ``ADLER: …`` /
``MR. HOFFER: …`` turns of a Q-and-A or a briefing transcript, and ``Ortiz: budget "dead on
arrival"`` in a headline or subhead. Rule data: ``pipeline/rules/claim_turns.jsonl``.

- **A transcript** is found by repeated labels, never by one colon: a run of body paragraphs
  opened by turn labels (at most :data:`MAX_GAP` paragraphs without a label between two labels)
  that holds a question turn and an answer or named turn, or at least three named turns by at
  least two speakers, one of whom speaks twice. ``Note: …``, ``Related: …``, ``10:30``, a list
  introduced by a colon or a schedule (``Monday: …``, ``Tuesday: …``) make none.
- **A turn** is one attributed statement: the cue is the colon, the content the turn's text, over
  the paragraphs that continue it (paragraphs without a label right after an answer or a named
  turn that speak in the first person outside quotation marks: ``And I hope the judge …``).
- **Its speaker.** A named label is the person the article names so (``GARCIA:`` → ``Mayor Elena
  Garcia``; titles dropped: ``MR. HOFFER:``, ``MAYOR FINN:``; a label of titles alone, ``THE
  PRESIDENT:``, is the person last named with that title), else the name as written. ``Q:`` is
  the interviewer the article names (``Interview by Ben Holland``; the byline author when the
  article is its own interview: ``She spoke with The Review``, ``We spoke in her office``), else
  the label as written (a questioner in an audience or a briefing). ``A:`` is the interviewee
  (the person a headline colon names, else the person named most often before the transcript),
  else the label as written. ``speaker.via`` keeps the label when the speaker was resolved from it.
- **Inside a turn** ``I``/``we`` as the speaker of a nested cue (``I think …``) are the turn's
  speaker, outside nested quotations; ``you`` as the subject of a cue in a question turn
  (``Q: You've said …``) is the speaker of the answer after it.
- **A headline colon** (``Ortiz: …`` in a headline or subhead) is a statement only when the name
  resolves to a person or an organisation (an actor mention that is no place, or a person of the
  article with that name); its speaker is that entity's fullest name.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Span

from pipeline.components.claim_clauses import TIMESTAMP, verbal, word
from pipeline.components.claim_context import DocContext, content_mentions, copy_json
from pipeline.components.claim_headlines import titled_person
from pipeline.components.claim_modality import modality
from pipeline.components.claim_headline_subjects import MAX_WORDS, clause_subject, names_people
from pipeline.components.claim_quotes import byline_author, dateline, line_end, speaker_actor
from pipeline.components.claim_apposed_titles import title_alone
from pipeline.components.claim_speakers import is_person, titles_near
from pipeline.components.claim_turn_interviewees import interviewee_subject
from pipeline.components.claim_turn_introductions import name_self_introduced
from pipeline.components.claim_turn_rules import TurnRule
from pipeline.schemas import CLAIM, claim_id

#: paragraphs without a label allowed between two turns of one transcript
MAX_GAP = 2
#: paragraphs without a label that may continue one answer
MAX_CONTINUED = 3
#: words of a label's name part, at most
MAX_NAME_WORDS = 5
#: words of a live blog's entry heading (``22:30 ECT — Observers: vote was orderly``), at most
MAX_ENTRY_WORDS = 12
#: words of a quote tag's speaker written alone (``“…”: Brazil’s foreign minister``), at most
MAX_BARE_WORDS = 8
#: sections whose colons this module owns besides transcripts; sections that name no speaker
HEADLINE_SECTIONS = frozenset({"headline", "subhead"})
_NO_NAMES = frozenset({"byline", "caption", "note", "bio"})
_SELF = frozenset({"i", "we"})
#: words of a tag that names no actor, at most (``- U.S. officials``, ``- state media``), and
#: words it never holds
MAX_TAG_WORDS = 2
_TAG_STOPS = frozenset({"of", "the", "a", "an", "in", "on", "for", "and", "to", "from", "by", "with"})
#: the one word of the honorifics a label of role words alone may hold (``THE WITNESS``)
_ARTICLE = "the"


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


# ------------------------------------------------------------------------------------ labels
def _label(ctx: DocContext, rules: tuple[TurnRule, ...], para: tuple[int, int]) -> Label | None:
    """The first rule's label opening the paragraph, when its name may be a speaker (no place:
    ``WASHINGTON: The Senate …`` is a dateline; a label of role words is none: ``GUEST`` read as
    a place); a role alone before a person named in brackets (``GUEST (Henrik Olsen):``) is that
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
        role = _role_only(ctx, name)
        if name.lower() in not_names or len(name.split()) > MAX_NAME_WORDS \
                or not role and _place(ctx, n_start, n_start + len(name)):
            return None
        span = (n_start, n_start + len(name))
        if role and tag is not None and _names_person(ctx, *tag):  # ``GUEST (Henrik Olsen)``
            span = tag
        elif role and _credit(ctx, para[0] + m.end(), para[1]):  # ``Host: Lena Farkas.``
            return None
        return Label(rule, para, span, para[0] + m.start("colon"), para[0] + m.end(), tag)
    return None


#: what a credit line may hold besides people's names (``Maya Osterhout and Tom Achebe.``)
_CREDIT_GLUE = re.compile(r"(?:[\s,.;&]|\band\b)*")


#: what may follow a credit line's names on its line: nothing, or the next role label (``Guest:``)
_CREDIT_NEXT = re.compile(r"[ \t]*(?:$|(?P<role>[A-Z][\w'\u2019 \t-]{0,40}?)[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:)")


def _credit(ctx: DocContext, start: int, end: int) -> bool:
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
    return nxt is not None and (nxt.group("role") is None or _role_only(ctx, nxt.group("role")))


def _role_only(ctx: DocContext, name: str) -> bool:
    """The label's name is role words alone, maybe after ``the`` (``GUEST``, ``SECOND GUEST``,
    ``THE WITNESS``; rows ``role``); never with a title (``REP. GUEST``: a role word after a title
    is a surname)."""
    words = [w.strip(".,'\u2019").lower() for w in name.split()]
    roles = ctx.rules.turns.roles
    return bool(words) and any(w in roles for w in words) and all(w in roles or w == _ARTICLE for w in words)


def _names_person(ctx: DocContext, start: int, end: int) -> bool:
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


def _pieces(ctx: DocContext, para: tuple[int, int]) -> list[tuple[int, int]]:
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
        if stop > start and _label(ctx, ctx.rules.turns.labels, (start, stop)) is not None:
            cuts.append(start)
        nl = nxt
    cuts.append(e)
    return [(a, line_end(text, a, b)) for a, b in zip(cuts, cuts[1:]) if line_end(text, a, b) > a]


def _key(ctx: DocContext, label: Label) -> str:
    return label.rule.turn if label.rule.turn != "name" else ctx.text[label.name[0]:label.name[1]].lower()


def _is_transcript(ctx: DocContext, labels: list[Label]) -> bool:
    """A question and an answer or named turn, or three named turns by two speakers, one of whom
    speaks twice (a dialogue; a schedule or a list names each label once)."""
    kinds = {lab.rule.turn for lab in labels}
    if "question" in kinds and kinds & {"answer", "name"}:
        return True
    counts = Counter(_key(ctx, lab) for lab in labels)
    return len(labels) >= 3 and len(counts) >= 2 and max(counts.values()) >= 2


def _blocks(labelled: list[Label | None]) -> list[list[int]]:
    """Runs of labelled paragraphs (indexes), at most :data:`MAX_GAP` unlabelled ones between two."""
    blocks: list[list[int]] = []
    current: list[int] = []
    gap = 0
    for i, lab in enumerate(labelled):
        if lab is None:
            gap += 1
            continue
        if current and gap > MAX_GAP:
            blocks.append(current)
            current = []
        current.append(i)
        gap = 0
    if current:
        blocks.append(current)
    return blocks


def _first_person(ctx: DocContext, para: tuple[int, int]) -> bool:
    """The paragraph speaks in the first person outside quotation marks."""
    for rule in ctx.rules.turns.continuation:
        for m in rule.pattern.finditer(ctx.text, para[0], para[1]):
            if ctx.quote_at(m.start()) is None:
                return True
    return False


def _continued(ctx: DocContext, paras: list[tuple[int, int]], labelled: list[Label | None],
               i: int) -> list[tuple[int, int]]:
    """The paragraphs after the turn of paragraph ``i`` that continue it."""
    out = []
    for j in range(i + 1, min(len(paras), i + 1 + MAX_CONTINUED)):
        para = paras[j]
        if labelled[j] is not None or ctx.section_at(para[0]) != "body" or ctx.is_silent(para[0]) \
                or not _first_person(ctx, para):
            break
        out.append(para)
    return out


def _transcript_turns(ctx: DocContext) -> list[Turn]:
    """The turns of every transcript of the body (see module doc)."""
    units = [(p, label) for s, e, label in ctx.sections
             for p in (_pieces(ctx, (s, e)) if label == "body" else [(s, e)])]
    paras = [p for p, _label_ in units]
    labels = ctx.rules.turns.labels
    labelled = [_label(ctx, labels, p) if label == "body" else None for p, label in units]
    turns = []
    for b, block in enumerate(_blocks(labelled)):
        if not _is_transcript(ctx, [labelled[i] for i in block]):
            continue
        asks = _asking_labels(ctx, [labelled[i] for i in block], paras[block[0]][0])
        for i in block:
            lab = labelled[i]
            kind = "question" if _key(ctx, lab) in asks else lab.rule.turn
            more = _continued(ctx, paras, labelled, i) if kind != "question" else []
            turns.append(Turn(kind, lab.rule.id, lab.name, lab.colon, lab.start, [lab.para] + more, b))
    return turns


def _words(text: str, honorifics: frozenset[str]) -> set[str]:
    return {w for w in (w.strip(".,'\u2019").lower() for w in text.split()) if w and w not in honorifics}


def _asking_labels(ctx: DocContext, labels: list[Label], start: int) -> set[str]:
    """The named labels that stand for the interviewer: the name of the credited interviewer or
    the byline author (``HOLLAND:``), or the outlet the intro names with ``the`` (``TRIBUNE:``
    after ``She sat down with the Tribune``) when its turns are mostly questions."""
    honorifics = ctx.rules.turns.honorifics
    asker = _interviewer(ctx, start)
    asker_words = _words(asker["text"], honorifics) if asker else set()
    outlets = _outlet_words(ctx, start)
    out = set()
    for key in {_key(ctx, lab) for lab in labels if lab.rule.turn == "name"}:
        mine = [lab for lab in labels if lab.rule.turn == "name" and _key(ctx, lab) == key]
        words = _words(key, honorifics)
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
                out |= {w.strip(".,'\u2019").lower() for w in name.group(1).split()}
    return out


def _headline_turns(ctx: DocContext) -> list[Turn]:
    """``Name: statement`` headlines, subheads and live-blog entry headings (``22:30 ECT — Name: …``)
    whose name resolves to a person or organisation."""
    turns = []
    entries = tuple(r for r in ctx.rules.turns.headlines if r.turn == "entry")
    after_stamp = tuple(r for r in ctx.rules.turns.headlines if r.turn != "entry")
    stamped = False  # the paragraph before is a live blog's timestamp alone (``9:40 p.m. ET``)
    for s, e, label in ctx.sections:
        was_stamped, stamped = stamped, label == "body" and TIMESTAMP.match(ctx.text[s:e].strip()) is not None
        if label in HEADLINE_SECTIONS:
            lab = _label(ctx, ctx.rules.turns.headlines, (s, e))
        elif label == "body" and entries and len(ctx.text[s:e].split()) <= MAX_ENTRY_WORDS:
            lab = _label(ctx, entries, (s, e))  # ``22:30 ECT — Observers: vote was orderly``
            if lab is None and was_stamped:      # ``9:40 p.m. ET`` / ``Thornbury camp: the cities …``
                lab = _label(ctx, after_stamp, (s, e))
        else:
            continue
        if lab is None or _explainer(ctx, lab):
            continue
        turn = Turn("headline", lab.rule.id, lab.name, lab.colon, lab.start, [lab.para])
        if lab.rule.turn == "owner":  # ``Thornbury camp: …`` as written; ``Aldermatt chief: …`` its holder
            turn.speaker = _label_record(ctx, turn) if _speaks_for(ctx, *lab.name) else _role_speaker(ctx, turn)
            if turn.speaker is not None:
                turns.append(turn)
            continue
        span = _headline_entity(ctx, turn)
        if span is not None:
            turn.speaker = _speaker(ctx, span, turn)
            turns.append(turn)
    return turns


def _explainer(ctx: DocContext, lab: Label) -> bool:
    """The words after a headline colon open an explainer (rules ``explainer``: ``what we know
    about …``, ``live updates``, ``the latest``): the heading names a topic, no speaker."""
    content = ctx.text[lab.start:lab.para[1]].lower()
    return any(r.pattern.match(content) for r in ctx.rules.turns.explainers)


def _speaks_for(ctx: DocContext, start: int, end: int) -> bool:
    """A heading's ``Name noun`` speaks for someone: the noun is a representative noun (``camp``,
    ``aides``, ``lawyers``) and the words before it hold a person or organisation of the article."""
    words = ctx.text[start:end].split()
    if words[-1].lower() not in ctx.rules.representatives:
        return False
    return any(sp.label_ == "actor" and sp.end_char <= end and (sp._.norm or {}).get("type") not in ("location", None)
               for sp in ctx.spans_within(start, end))


def _role_speaker(ctx: DocContext, turn: Turn) -> dict | None:
    """The speaker of a heading ``Name role-noun:`` (``Aldermatt chief:``, ``Dutch defence
    minister:``, ``UNHCR chief:``) whose last word is a title or a noun for one person: the one
    person of the article with that title (:func:`titled_person`), else the named person the role
    mention in the label stands for (:func:`_role_holder`), else the label as written when its
    capitalised words hold an actor of the article that is no place; None otherwise (``Ukraine
    talks:``, ``Storm damage:``)."""
    s, e = turn.name
    label = ctx.text[s:e]
    if not _role_noun(ctx, label.split()[-1].lower()):
        return None
    person = titled_person(ctx, label)
    if person is not None:
        return _speaker(ctx, person, turn)
    inside = [sp for sp in ctx.spans_within(s, e) if sp.label_ == "actor"
              and (sp._.norm or {}).get("type") not in ("location", None)]
    role = next((sp for sp in inside if is_person(sp) and ctx.origin(sp).startswith(_ROLE_ORIGINS)), None)
    holder = _role_holder(ctx, role) if role is not None else None
    if holder is not None and holder is not role:
        return _speaker(ctx, holder, turn)
    return _label_record(ctx, turn) if inside else None


def _role_noun(ctx: DocContext, word: str) -> bool:
    """``word`` is a title of the headline rules (``chief``, ``minister``, ``ceo``) or a noun for
    one person (``lawyer``, ``patient``)."""
    titles = ctx.rules.headline_titles
    return word in titles or any(word in forms for forms in titles.values()) or word in ctx.rules.person_nouns


def _tag(ctx: DocContext, s: int, e: int) -> Turn | None:
    """The wire tag closing the headline ``[s, e)`` (rules ``tag``): the headline before the dash
    is the statement of the name after it, when the name is an actor of the article that is no
    place, or is at most two words ending with one of the ``tag_words`` (``- sources``, ``- U.S.
    officials``; not ``- analysis of the data``)."""
    chunk = ctx.text[s:e]
    for rule in ctx.rules.turns.tags:
        m = rule.pattern.search(chunk)
        if m is None or not chunk[:m.start()].strip():
            continue
        name = (s + m.start("name"), s + m.end("name"))
        end = s + len(chunk[:m.start()].rstrip(" \t,"))
        turn = Turn("tag", rule.id, name, s + m.start("colon"), s, [(s, end)])
        turn.tail = (turn.colon, e)
        if m.group("verb"):
            turn.cue = (s + m.start("verb"), s + m.end("verb"))
        span = next((sp for sp in ctx.spans_within(*name) if sp.label_ == "actor"
                     and (sp._.norm or {}).get("type") not in ("location", None)), None)
        words = ctx.text[name[0]:name[1]].lower().split()
        if span is not None:
            turn.speaker = _speaker(ctx, span, turn)
        elif _tag_word(ctx, words[-1]) and len(words) <= MAX_TAG_WORDS \
                and not set(words) & _TAG_STOPS:  # not ``- analysis of the data``
            turn.speaker = _label_record(ctx, turn)
        else:
            return None
        return turn
    return None


def _tag_word(ctx: DocContext, word: str) -> bool:
    """Whether a tag's name may end with ``word`` when it names no actor: a tag word (``sources``,
    ``study``) or a noun for one person (``Contractor Tells Jurors``)."""
    return word in ctx.rules.turns.tag_words or word in ctx.rules.person_nouns


def _tag_turns(ctx: DocContext) -> list[Turn]:
    """The wire tags closing headlines and subheads (:func:`_tag`)."""
    found = (_tag(ctx, s, e) for s, e, label in ctx.sections if label in HEADLINE_SECTIONS)
    return [t for t in found if t is not None]


def _quote_tag(ctx: DocContext, s: int, e: int) -> Turn | None:
    """A headline that is a quotation signed after a colon (rules ``quote_tag``: ``"We will build
    them": Haddow on the homes target``): the quotation is the statement of the person or
    organisation the name stands for (as a headline colon's name); None when it names no one."""
    chunk = ctx.text[s:e]
    for rule in ctx.rules.turns.quote_tags:
        m = rule.pattern.match(chunk)
        if m is None:
            continue
        name = (s + m.start("name"), s + m.end("name"))
        if rule.turn == "clause":  # ``"…": House hard-liners dig in``: the subject of the clause
            name = _clause_name(ctx, *name)
            if name is None:
                continue  # no clause: maybe a speaker alone (``“…”: Brazil’s foreign minister``)
        if rule.turn == "bare" and not _bare_name(ctx, *name):
            continue
        q_start, q_end = s + m.start("quote") + 1, s + m.end("quote") - 1  # the words inside the marks
        if not _reads_as_statement(ctx, q_start, q_end, (s + m.end("colon"), e)):  # ``“Top Gun: Maverick”: …``
            return None
        turn = Turn("tag", rule.id, name, s + m.start("colon"), q_start, [(s, q_end)])
        turn.tail = (turn.colon, e)
        span = _headline_entity(ctx, turn)
        if span is None or (span._.norm or {}).get("type") in ("location", None):
            return None
        if rule.turn == "bare":  # ``“…”: Brazil’s foreign minister``: the person who holds that role
            span = _role_holder(ctx, span)
        if rule.turn != "clause" or span.start_char <= name[0] and name[1] <= span.end_char \
                or span == titled_person(ctx, ctx.text[name[0]:name[1]]):  # ``…: Harbourline chief apologises``
            turn.speaker = _speaker(ctx, span, turn)
        elif names_people(ctx.doc, *name, ctx.rules):  # ``House hard-liners``: as written
            turn.speaker = _label_record(ctx, turn)
        else:  # ``Severn Vale Water shares jump``
            return None
        return turn
    return None


def _clause_name(ctx: DocContext, start: int, end: int) -> tuple[int, int] | None:
    """The subject phrase of the headline clause ``ctx.text[start:end]`` (:func:`clause_subject`),
    else the words before its first word in ``-s`` when they end with a title that names one
    person of the article (``Harbourline chief apologises for …``: the verb read as a plural noun)."""
    name = clause_subject(ctx.doc, start, end, ctx.rules)
    span = ctx.doc.char_span(start, end, alignment_mode="expand") if name is None else None
    for tok in span[1:MAX_WORDS + 1] if span is not None else ():
        if tok.tag_ in ("NNS", "VBZ") and tok.lower_.endswith("s"):
            prev = ctx.doc[tok.i - 1]
            phrase = (span.start_char, prev.idx + len(prev.text))
            return phrase if titled_person(ctx, ctx.text[phrase[0]:phrase[1]]) is not None else None
    return name


#: origins of actor mentions that know a person by a role or description only
_ROLE_ORIGINS = ("rule:role-", "rule:unnamed", "rule:description")


#: dependencies that link a role noun to the person it describes (``Prado, a diplomat who became
#: the minister``: attr, relcl, appos; ``who serves as minister``: pobj of ``as``)
_ROLE_LINKS = frozenset({"attr", "oprd", "relcl", "appos", "acl"})


def _described(ctx: DocContext, role: Span) -> Span | None:
    """The named person a role mention describes through apposition, a relative or a copula
    (``Helena Bastos Prado, a career diplomat who became Brazil’s foreign minister``); not a
    person merely in the same sentence (``Smith met Brazil’s foreign minister``)."""
    tok = role.root
    for _ in range(8):
        if tok.dep_ not in _ROLE_LINKS and not (tok.dep_ in ("pobj", "prep") and tok.head.lower_ in ("as", "serves")
                                               or tok.dep_ == "prep" and tok.lower_ == "as"):
            return None
        tok = tok.head
        for cand in [tok] + [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]:
            person = ctx.actor_at.get(cand.i)
            if person is not None and is_person(person) and not ctx.origin(person).startswith(_ROLE_ORIGINS) \
                    and (person._.norm or {}).get("actor_id"):
                return person
    return None


def _role_holder(ctx: DocContext, span: Span) -> Span:
    """The named person a role-only mention stands for: the one person a body mention of that
    role describes (:func:`_described`); ``span`` itself when it is no role-only mention or no
    single such person is found."""
    aid = (span._.norm or {}).get("actor_id")
    if not aid or not ctx.origin(span).startswith(_ROLE_ORIGINS):
        return span
    found = [p for sp in ctx.spans if sp.label_ == "actor" and (sp._.norm or {}).get("actor_id") == aid
             and ctx.section_at(sp.start_char) == "body" for p in [_described(ctx, sp)] if p is not None]
    ids = {(p._.norm or {})["actor_id"] for p in found}
    return found[0] if len(ids) == 1 else span


def _bare_name(ctx: DocContext, start: int, end: int) -> bool:
    """The words after a quote tag's colon are a speaker alone (rule ``bare``: ``Brazil’s foreign
    minister``, ``state Rep. Wade Pruitt``): at most :data:`MAX_BARE_WORDS` words, no verb, and
    not a label that is never a speaker (``Editor’s note``)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    text = ctx.text[start:end]
    if span is None or len(text.split()) > MAX_BARE_WORDS or text.lower() in ctx.rules.turns.not_names:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in span)


def _reads_as_statement(ctx: DocContext, start: int, end: int, rest: tuple[int, int]) -> bool:
    """The quotation of a quote tag reads as something said: it has a verb or a first or second
    person word (rules ``quote_voice``), or it is one word (``“Disgraceful”``) or written in
    sentence case (``‘A bailout for polluters’``), or the headline after the colon (``rest``) is in
    title case too, so case tells nothing (``“A Betrayal of Every Worker”: Haddow on the Pension
    Deal``); a title case phrase with none of these before a sentence-case clause (``“Top Gun:
    Maverick”: Paramount hails box office record``) names a work."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    voice = ctx.rules.turns.quote_voice
    if any(t.pos_ in ("VERB", "AUX") or t.lower_ in voice for t in span):
        return True
    words = [t for t in span if t.is_alpha]
    return len(words) == 1 or _sentence_case(words) or not _sentence_case(
        [t for t in ctx.doc.char_span(*rest, alignment_mode="expand") or () if t.is_alpha])


def _sentence_case(words: list) -> bool:
    """Some word longer than three letters is written in lower case (``box office record``)."""
    return any(t.is_lower and len(t) > 3 for t in words)


def find_turns(ctx: DocContext) -> list[Turn]:
    """The headline colons and tags and the transcript turns of the document, with their speakers."""
    if not ctx.rules.turns.labels and not ctx.rules.turns.headlines and not ctx.rules.turns.tags:
        return []
    quoted = (_quote_tag(ctx, s, e) for s, e, label in ctx.sections if label in HEADLINE_SECTIONS)
    heads = _headline_turns(ctx) + _tag_turns(ctx) + [t for t in quoted if t is not None]
    turns = _transcript_turns(ctx)
    if turns:
        _resolve(ctx, turns, heads)
        name_self_introduced(ctx, turns, lambda k: _answer_after(turns, k))  # ``Q: … Kwame Asante, Pan-African Wire.``
    return heads + turns


def colon_ranges(turns: list[Turn]) -> list[tuple[int, int]]:
    """The text of every turn (``DocContext.after_colon``: its clauses are claims of the turn)."""
    return [r for t in turns for r in t.ranges]


def turn_ranges(turns: list[Turn]) -> list[tuple[int, int]]:
    """The text of every transcript turn, without its label (``claim_repairs.repair_turn_vocatives``)."""
    return [r for t in turns if t.kind not in ("headline", "tag") for r in t.ranges]


def label_ranges(turns: list[Turn]) -> list[tuple[int, int]]:
    """(start, colon) of the label of every transcript turn (``claim_repairs.repair_turn_labels``)."""
    return [(t.paras[0][0], t.colon) for t in turns if t.kind not in ("headline", "tag")]


# ------------------------------------------------------------------------------------ speakers
def _label_record(ctx: DocContext, turn: Turn) -> dict:
    s, e = turn.name
    return {"text": ctx.text[s:e], "start": s, "end": e, "actor_id": None}


def _via_label(ctx: DocContext, rec: dict | None, turn: Turn) -> dict:
    """``rec`` (the label as written when None) with the label in ``via`` when it differs."""
    if rec is None:
        return _label_record(ctx, turn)
    out = copy_json(rec)
    if (out["start"], out["end"]) != turn.name:
        out["via"] = {k: v for k, v in _label_record(ctx, turn).items() if k != "actor_id"}
    return out


def _propn(span: Span) -> int:
    return sum(1 for t in span if t.pos_ == "PROPN")


def _fullest(ctx: DocContext, span: Span) -> Span:
    """The body mention of the same actor that names it most fully (most proper nouns; the first
    of those); ``span`` itself when none names it as fully."""
    aid = (span._.norm or {}).get("actor_id")
    body = [o for o in ctx.spans if aid and o.label_ == "actor" and (o._.norm or {}).get("actor_id") == aid
            and ctx.section_at(o.start_char) == "body"]
    if not body:
        return span
    best = max(body, key=lambda o: (_propn(o), -o.start_char))
    return best if _propn(best) >= _propn(span) else span


def _speaker(ctx: DocContext, span: Span, turn: Turn) -> dict:
    """The speaker record of ``span`` (its fullest name), the label in ``via``."""
    return _via_label(ctx, ctx.actor_record(_fullest(ctx, span), "speaker"), turn)


def _may_name(ctx: DocContext, span: Span) -> bool:
    return span.label_ == "actor" and ctx.section_at(span.start_char) not in _NO_NAMES and is_person(span)


def _person_by_name(ctx: DocContext, names: list[str], before: int) -> Span | None:
    """The person whose mention holds every word of ``names``: the last one named before
    ``before``, else the first one named after."""
    want = set(names)
    earlier = later = None
    for sp in ctx.spans:
        if not _may_name(ctx, sp) or not want <= {t.lower_.strip(".") for t in sp}:
            continue
        if sp.end_char <= before:
            earlier = sp
        elif later is None:
            later = sp
    return earlier or later


def _title_forms(ctx: DocContext, titles: list[str]) -> set[str]:
    """The forms of every title noun one of ``titles`` is a form of (``spokesman``: spokesman,
    spokesperson, spokeswoman)."""
    return set().union(*(group for group in ctx.rules.title_groups if group & set(titles)))


def _titled_person(ctx: DocContext, titles: list[str], before: int, first: int | None = None) -> Span | None:
    """``THE PRESIDENT:``, ``Spokesman:``, ``Deputy Spokesperson:``, ``Press Secretary:``: the
    last person named before ``before`` with one of these titles, written before the name or in
    apposition (``Luca Moretti, Spokesperson for …``), who also carries the label's other words
    (``deputy``, ``press``); None when another person carries them too (no guess between two).
    In a transcript starting at ``first``, only a person it frames as its own (:func:`_framed`)."""
    forms = _title_forms(ctx, titles)
    extra = set(titles) - forms - {_ARTICLE}
    best = None
    for sp in ctx.spans:
        if sp.end_char > before:
            break
        if forms and _may_name(ctx, sp) and _bears_name(ctx, sp):
            near = {w.strip(".") for w in titles_near(sp)}
            if near & forms and extra <= near and (first is None or _framed(ctx, sp, first)):
                best = sp if best is None or _same_actor(best, sp) else _AMBIGUOUS
    return None if best is _AMBIGUOUS else best


_AMBIGUOUS = object()
#: a credit line before a name (``Host: Ines Carvalho``): a few words and a colon
_CREDIT = re.compile(r"[^\n:]{1,40}:[ \t]*")


def _framed(ctx: DocContext, span: Span, first: int) -> bool:
    """``span`` is introduced as a transcript's own speaker (the transcript's first turn at
    ``first``): named in the paragraph right before it, on a credit line, or in a sentence with
    a framing phrase (``transcript_framing`` words: ``briefing by``, ``took questions``); not a
    spokesperson of another body quoted earlier in the article."""
    if ctx.paragraph_index(span.start_char) == ctx.paragraph_index(first) - 1:
        return True
    sent = span.sent
    if _CREDIT.fullmatch(ctx.text, sent.start_char, span.start_char):
        return True
    said = " ".join(sent.text.lower().split())
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", said) for w in ctx.rules.words("transcript_framing"))


def _bears_name(ctx: DocContext, span: Span) -> bool:
    """The mention holds a word that is no title (``Tomasz Wielgus``; not ``Spokesperson`` the
    tagger took for a person)."""
    return not title_alone(span, ctx.rules.turns.honorifics | ctx.rules.title_words)


def _same_actor(a, b: Span) -> bool:
    """Two mentions of one actor (its id, else the same words)."""
    if a is _AMBIGUOUS:
        return False
    ka, kb = (a._.norm or {}).get("actor_id") or a.text.lower(), (b._.norm or {}).get("actor_id") or b.text.lower()
    return ka == kb


def _named_span(ctx: DocContext, turn: Turn, first: int | None = None) -> Span | None:
    """The person a named label (``GARCIA``, ``MR. HOFFER``, ``THE PRESIDENT``) refers to; a
    label of titles in a transcript starting at ``first``, the person it frames as its own."""
    words = [w.strip(".,'\u2019").lower() for w in ctx.text[turn.name[0]:turn.name[1]].split()]
    honorifics, roles = ctx.rules.turns.honorifics, ctx.rules.turns.roles
    names = [w for w in words if w and w not in honorifics and w not in roles]  # ``HOST AOIFE GALLAGHER``
    if not names and not _role_only(ctx, ctx.text[turn.name[0]:turn.name[1]]):
        names = [w for w in words if w in roles]  # ``REP. GUEST``: the role word is a surname
    if not names:
        return _titled_person(ctx, words, turn.name[0], first)
    found = _person_by_name(ctx, names, turn.name[0])
    if found is None and words[-1] in _title_forms(ctx, words[-1:]):  # ``Press Secretary``
        return _titled_person(ctx, words, turn.name[0], first)
    return found


def _headline_entity(ctx: DocContext, turn: Turn) -> Span | None:
    """The person or organisation a headline's ``Name:`` names: the one person of the article
    with the title the name ends with (``Norrland Motion CEO``), else an actor mention in the
    name that is no place, else a person of the article with that name, else an actor written
    with the same words."""
    s, e = turn.name
    person = titled_person(ctx, ctx.text[s:e])  # ``Norrland Motion CEO:``: the chief executive
    if person is not None:
        return person
    for sp in ctx.spans:
        if sp.label_ == "actor" and s <= sp.start_char and sp.end_char <= e \
                and (sp._.norm or {}).get("type") not in ("location", None):
            return sp
    named = _named_span(ctx, turn)
    return named if named is not None else _same_words(ctx, ctx.text[s:e])


def _same_words(ctx: DocContext, name: str) -> Span | None:
    """The first actor mention of the article, no place, written with the words of ``name`` in
    any case (``Observers:`` heading an entry, ``observers`` in the body)."""
    want = name.lower()
    return next((sp for sp in ctx.spans if sp.label_ == "actor" and sp.text.lower() == want
                 and (sp._.norm or {}).get("type") not in ("location", None)), None)


def _interviewer(ctx: DocContext, before: int) -> dict | None:
    """The interviewer credited by name before the transcript (``Interview by Ben Holland``), else
    the byline author when the article is its own interview, else None."""
    for rule in ctx.rules.turns.interviewers:
        m = rule.pattern.search(ctx.text, 0, before)
        if m is None:
            continue
        s, e = m.span("name")
        span = next((sp for sp in ctx.spans if sp.label_ == "actor" and s <= sp.start_char < e and is_person(sp)), None)
        if span is not None:
            return ctx.actor_record(span, "speaker")
        return {"text": ctx.text[s:e], "start": s, "end": e, "actor_id": None}
    own = (m for r in ctx.rules.turns.own_interview for m in r.pattern.finditer(ctx.text, 0, before))
    if any(ctx.quote_at(m.start()) is None for m in own):  # not ``“They told us nothing,” …``
        return byline_author(ctx)
    return None


def _interviewee(ctx: DocContext, before: int, heads: list[Turn], asker: dict | None) -> Span | None:
    """The person who answers: the person a headline colon names, else the person named most often
    (at least twice, the first of those; or the only person named) before the transcript, never
    the interviewer."""
    for head in heads:
        span = ctx.actor_span(head.speaker)
        if span is not None and is_person(span) and not ctx.origin(span).startswith(_ROLE_ORIGINS):
            return span
    skip = {asker.get("actor_id"), asker["text"].lower()} if asker else set()
    counts: Counter[str] = Counter()
    first: dict[str, Span] = {}
    for sp in ctx.spans:
        if sp.start_char >= before:
            break
        key = (sp._.norm or {}).get("actor_id") or sp.text.lower()
        if not _may_name(ctx, sp) or key in skip:
            continue
        counts[key] += 1
        first.setdefault(key, sp)
    if not counts:
        return None
    key, n = max(counts.items(), key=lambda kv: (kv[1], -first[kv[0]].start_char))
    return first[key] if n >= 2 or len(counts) == 1 else None


_NO_SPEAKER: dict = {}  # an answer turn whose interviewee an introduction names but nobody resolves


def _person(ctx: DocContext, turn: Turn, start: int, heads: list[Turn], asker: dict | None) -> dict | None:
    """The record of who speaks a turn (None: the label as written; ``_NO_SPEAKER``: nobody):
    an answer turn the subject of the interviewer's ``spoke with`` first."""
    if turn.kind == "question":
        return asker
    if turn.kind == "name":
        span = _named_span(ctx, turn, start)
    else:
        matched, span = interviewee_subject(ctx, start)
        span = span or _interviewee(ctx, start, heads, asker)
        if span is None and matched:
            return _NO_SPEAKER
    return ctx.actor_record(_fullest(ctx, span), "speaker") if span is not None else None


def _resolve(ctx: DocContext, turns: list[Turn], heads: list[Turn]) -> None:
    """The speaker of every transcript turn (see module doc); one label, one speaker."""
    starts: dict[int, int] = {}
    for t in turns:
        starts.setdefault(t.block, t.paras[0][0])
    askers: dict[int, dict | None] = {}
    people: dict[tuple[int, str], dict | None] = {}  # (block, label) -> the speaker's record
    for t in turns:
        key = (t.block, ctx.text[t.name[0]:t.name[1]].lower() if t.kind == "name" else t.kind)
        if t.kind != "name" and t.block not in askers:
            askers[t.block] = _interviewer(ctx, starts[t.block])
        if key not in people:
            people[key] = _person(ctx, t, starts[t.block], heads, askers.get(t.block))
        t.speaker = None if people[key] is _NO_SPEAKER else _via_label(ctx, people[key], t)


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
    if len(turn.ranges) == 1 and e - s > 2 and text[s] in "\u2018\u201c\"" and text[e - 1] in "\u2019\u201d\"" \
            and text[s] not in text[s + 1:e - 1]:
        s, e = s + 1, e - 1
    content = {"text": text[s:e], "start": s, "end": e}
    if len(turn.ranges) > 1:
        content["fragments"] = [[a, b] for a, b in turn.ranges]
    return content


def _set_speaker(claim: dict, speaker: dict, via: dict | None = None) -> None:
    """``speaker`` speaks ``claim`` (``via``: the words as written); it replaces the speaker actor."""
    claim["speaker"] = copy_json(speaker)  # None: a turn nobody speaks
    if via is not None and speaker is not None:
        claim["speaker"]["via"] = dict(via)
    actors = [a for a in claim["actors"] if a["role"] != "speaker"]
    if speaker is not None and "mention_id" in speaker:
        actors.append(speaker_actor(speaker))
    claim["actors"] = sorted(actors, key=lambda a: (a["start"], a["end"], a["role"]))


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


def _self_words(claim: dict) -> dict | None:
    """The ``I``/``we`` a claim's speaker was written as, if any."""
    speaker = claim["speaker"]
    if speaker is None:
        return None
    via = speaker.get("via")
    if via and via["text"].lower() in _SELF:
        return via
    if "mention_id" not in speaker and speaker["text"].lower() in _SELF:
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
            _set_speaker(claim, turn.speaker)
            claim["cue"], claim["content"] = _cue(ctx, turn), _content(ctx, turn)
            if claim["start"] < turn.start < claim["end"]:
                _without_label(ctx, turn, claim)
        return
    words = _self_words(claim)
    if words is not None and claim["cue"] is not None and not _inside_quote(ctx, turn, words["start"]):
        _set_speaker(claim, turn.speaker, via=words)


def _answer_after(turns: list[Turn], k: int) -> Turn | None:
    for t in turns[k + 1:]:
        if t.block != turns[k].block:
            return None
        if t.kind != "question":
            return t
    return None


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
            _set_speaker(c, answer.speaker, via={"text": you.text, "start": you.idx, "end": you.idx + len(you.text)})


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
    added = []
    index = _ByPredicate(claims)
    for k, turn in enumerate(ctx.turns):
        owned = index.owned(turn)
        own = [claims[i] for i in owned]
        for i, c in zip(owned, own):
            old = c["predicate"]["start"]
            _attribute(ctx, turn, c)
            index.moved(i, old)
        answer = _answer_after(ctx.turns, k) if turn.kind == "question" else None
        if answer is not None:
            _address(ctx, answer, own)
        rec = _statement(ctx, turn, own, provenance)
        if rec is not None:
            added.append(rec)
    return added
