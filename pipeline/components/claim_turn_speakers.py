"""Who speaks a turn (:mod:`claim_turns`).

A named label is the person the article names so (``GARCIA:`` → ``Mayor Elena Garcia``; titles
dropped: ``MR. HOFFER:``, ``MAYOR FINN:``; a label of titles alone, ``THE PRESIDENT:``, is the
person last named with that title, before the name, in apposition or in brackets after it:
``Dame Ruth Kendrick (Chair)`` for ``Chair:``; ``The CHAIRMAN.`` of a record, else the chair its
introduction names: :mod:`claim_turn_chairs`), else the name as written. ``Q:`` is the interviewer the
article names (``Interview by Ben Holland``; the byline author when the article is its own
interview: ``She spoke with The Review``, ``We spoke in her office``), else the label as
written (a questioner in an audience or a briefing). ``A:`` is the interviewee (the one
person the sentence with a colon right before the transcript names, ``Press officer Mirela
Vasquez replied by email:``; else the person a headline colon names, else the person named most
often before the transcript), else the label as written. ``speaker.via`` keeps the label when the speaker was resolved from it.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span

from pipeline.components.claim_apposed_titles import title_alone
from pipeline.components.claim_context import DocContext, copy_json
from pipeline.components.claim_headlines import titled_person
from pipeline.components.claim_quotes import byline_author
from pipeline.components.claim_speakers import is_person, titles_near
from pipeline.components.claim_turn_bracket_askers import bracket_asker
from pipeline.components.claim_turn_chairs import chair_holder
from pipeline.components.claim_turn_common import ROLE_ORIGINS, sentence_before, text_words
from pipeline.components.claim_turn_described import described_person, description_subject
from pipeline.components.claim_turn_interviewees import asked_person, interviewee_subject
from pipeline.components.claim_turn_introduced_askers import introduced_asker
from pipeline.components.claim_turn_mixed_answers import name_bare_answers
from pipeline.components.claim_turn_labels import LABEL_ARTICLE, is_credit_label, read_label, role_only
from pipeline.components.claim_turn_records import Turn, answer_after


_NO_NAMES = frozenset({"byline", "caption", "note", "bio"})


# ------------------------------------------------------------------------------------ speakers
def label_record(ctx: DocContext, turn: Turn) -> dict:
    s, e = turn.name
    return {"text": ctx.text[s:e], "start": s, "end": e, "actor_id": None}


def _via_label(ctx: DocContext, rec: dict | None, turn: Turn) -> dict:
    """``rec`` (the label as written when None) with the label in ``via`` when it differs."""
    if rec is None:
        return label_record(ctx, turn)
    out = copy_json(rec)
    if (out["start"], out["end"]) != turn.name:
        out["via"] = {k: v for k, v in label_record(ctx, turn).items() if k != "actor_id"}
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


def speaker_record(ctx: DocContext, span: Span, turn: Turn) -> dict:
    """The speaker record of ``span`` (its fullest name), the label in ``via``."""
    return _via_label(ctx, ctx.actor_record(_fullest(ctx, span), "speaker"), turn)


def _may_name(ctx: DocContext, span: Span) -> bool:
    return span.label_ == "actor" and ctx.section_at(span.start_char) not in _NO_NAMES and is_person(span)


def _name_words(span: Span) -> set[str]:
    """The words of a mention as tokens and as written between spaces (a hyphenated surname,
    ``Kulkarni-Shah``, is three tokens but one word of a label)."""
    return {t.lower_.strip(".") for t in span} | text_words(span.text)


def _person_by_name(ctx: DocContext, names: list[str], before: int) -> Span | None:
    """The person whose mention holds every word of ``names``: the last one named before
    ``before``, else the first one named after."""
    want = set(names)
    earlier = later = None
    for sp in ctx.spans:
        if not _may_name(ctx, sp) or not want <= _name_words(sp):
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
    last person named before ``before`` with one of these titles, written before the name, in
    apposition (``Luca Moretti, Spokesperson for …``) or in brackets (``Dame Ruth Kendrick
    (Chair)``), who also carries the label's other words (``deputy``, ``press``); None when
    another person carries them too (no guess between two). In a transcript starting at
    ``first``, only a person it frames as its own (:func:`_framed`), in this mention or another
    one before ``before`` (``II: Tom Pryce MP, Minister of State …`` then ``Witness: Tom Pryce
    MP.``). A name a turn opens with is addressed, never titled by the turn's label
    (``Chair: Dr Ashworth, does …``)."""
    forms = _title_forms(ctx, titles)
    extra = set(titles) - forms - {LABEL_ARTICLE}
    titled: dict[str, Span] = {}
    framed: set[str] = set()
    for sp in ctx.spans:
        if sp.end_char > before:
            break
        if not (forms and _may_name(ctx, sp) and _bears_name(ctx, sp)):
            continue
        key = _actor_key(sp)
        if first is None or _framed(ctx, sp, first):
            framed.add(key)
        near = {w.strip(".") for w in titles_near(sp)}
        if near & forms and extra <= near and not _addressed(ctx, sp):
            titled[key] = sp
    found = [sp for key, sp in titled.items() if key in framed]
    return found[0] if len(found) == 1 else None


def _actor_key(span: Span) -> str:
    """The actor a mention stands for: its id, else its words."""
    return (span._.norm or {}).get("actor_id") or span.text.lower()


def _addressed(ctx: DocContext, span: Span) -> bool:
    """The mention opens a turn right after its label (``Chair: Dr Ashworth, does …``): the
    speaker addresses that person; not a credit line (``Host: Ines Carvalho.``)."""
    start = ctx.text.rfind("\n", 0, span.start_char) + 1
    stop = ctx.text.find("\n", span.start_char)
    stop = len(ctx.text) if stop < 0 else stop
    label = read_label(ctx, ctx.rules.turns.labels, (start, stop))
    return label is not None and label.start == span.start_char and not is_credit_label(ctx, label.start, stop)


#: a credit line before a name (``Host: Ines Carvalho``): a few words and a colon
_CREDIT = re.compile(r"[^\n:]{1,40}:[ \t]*")


def _framed(ctx: DocContext, span: Span, first: int) -> bool:
    """``span`` is introduced as a transcript's own speaker (the transcript's first turn at
    ``first``): named in the paragraph right before it, on a credit line (after a label that
    opens its sentence or its line: ``Host: Ines Carvalho``, ``Witness: Tom Pryce MP.``), or in a
    sentence with a framing phrase (``transcript_framing`` words: ``briefing by``, ``took
    questions``); not a spokesperson of another body quoted earlier in the article."""
    if ctx.paragraph_index(span.start_char) == ctx.paragraph_index(first) - 1:
        return True
    sent = span.sent
    line = max(sent.start_char, ctx.text.rfind("\n", 0, span.start_char) + 1)
    if _CREDIT.fullmatch(ctx.text, line, span.start_char):
        return True
    said = " ".join(sent.text.lower().split())
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", said) for w in ctx.rules.words("transcript_framing"))


def _bears_name(ctx: DocContext, span: Span) -> bool:
    """The mention holds a word that is no title (``Tomasz Wielgus``; not ``Spokesperson`` the
    tagger took for a person)."""
    return not title_alone(span, ctx.rules.turns.honorifics | ctx.rules.title_words)


def _named_span(ctx: DocContext, turn: Turn, first: int | None = None) -> Span | None:
    """The person a named label (``GARCIA``, ``MR. HOFFER``, ``THE PRESIDENT``) refers to; a
    label of titles in a transcript starting at ``first``, the person it frames as its own."""
    if group_label(ctx, ctx.text[turn.name[0]:turn.name[1]]):
        return None
    words = [w.strip(".,'\u2019").lower() for w in ctx.text[turn.name[0]:turn.name[1]].split()]
    honorifics, roles = ctx.rules.turns.honorifics, ctx.rules.turns.roles
    names = [w for w in words if w and w not in honorifics and w not in roles]  # ``HOST AOIFE GALLAGHER``
    if not names and not role_only(ctx, ctx.text[turn.name[0]:turn.name[1]]):
        names = [w for w in words if w in roles]  # ``REP. GUEST``: the role word is a surname
    if not names:  # ``The CHAIRMAN``: the one titled so, else the chair an introduction names
        return _titled_person(ctx, words, turn.name[0], first) or chair_holder(ctx, words, turn.name[0])
    found = _person_by_name(ctx, names, turn.name[0])
    if found is None and words[-1] in _title_forms(ctx, words[-1:]):  # ``Press Secretary``
        return _titled_person(ctx, words, turn.name[0], first)
    return found


def group_label(ctx: DocContext, name: str) -> bool:
    """The label stands for a group or an unnamed member of a chamber (``Some hon. members``,
    ``An hon. member``; rows ``group``, matched on its last words): no one person speaks it."""
    words = " ".join(name.lower().split())
    return any(words == g or words.endswith(" " + g) for g in ctx.rules.turns.groups)


def headline_entity(ctx: DocContext, turn: Turn) -> Span | None:
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
                and (sp._.norm or {}).get("type") not in ("location", None) and not _role_modifier(ctx, sp, e):
            return sp
    named = _named_span(ctx, turn)
    return named if named is not None else _same_words(ctx, ctx.text[s:e])


def _role_modifier(ctx: DocContext, span: Span, end: int) -> bool:
    """``span`` only qualifies a role the name ends with after it (``Mongolia`` of ``Mongolia PM``,
    ``Llevant`` of ``Llevant chief``, ``doctors`` of ``doctors’ leader``): the name's last word is a
    title of the headline rules, which the mention does not reach; the name is the role, not that actor."""
    words = ctx.text[span.end_char:end].split()
    return bool(words) and headline_title(ctx, words[-1].lower())


def headline_title(ctx: DocContext, word: str) -> bool:
    """Is the lower-case ``word`` a title noun or form of the headline rules (``chief``, ``pm``, ``ceo``)?"""
    titles = ctx.rules.headline_titles
    return word in titles or any(word in forms for forms in titles.values())


def _same_words(ctx: DocContext, name: str) -> Span | None:
    """The first actor mention of the article, no place, written with the words of ``name`` in
    any case (``Observers:`` heading an entry, ``observers`` in the body)."""
    want = name.lower()
    return next((sp for sp in ctx.spans if sp.label_ == "actor" and sp.text.lower() == want
                 and (sp._.norm or {}).get("type") not in ("location", None)), None)


def find_interviewer(ctx: DocContext, before: int) -> dict | None:
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
        if span is not None and is_person(span) and not ctx.origin(span).startswith(ROLE_ORIGINS):
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


def _introduced(ctx: DocContext, before: int, asker: dict | None) -> Span | None:
    """The one who answers in the sentence that ends with a colon right before the transcript
    (``Spokesman Kyle Danforth sent answers in a question-and-answer format:``): the person named
    as its subject (never a role: ``A spokesman replied:``, nor the interviewer), or the body
    that is its subject (``Northwind Energy sent these answers:``); with no one as its subject
    (``Edited excerpts of an interview with Jane Ortiz:``) the one person it names outside an
    ``Asked about …`` frame. ``_AS_WRITTEN`` when a subject who is no named person answers (``a
    spokesman for the company sent …``) or only a framed person is named: never a person named
    around the answerer; None otherwise."""
    found = sentence_before(ctx, before)
    if found is None or ctx.text[found[1] - 1] != ":":
        return None
    sent, end = found
    skip = {asker.get("actor_id"), asker["text"].lower()} if asker else set()
    people = [sp for sp in ctx.spans_within(sent.start_char, end) if _may_name(ctx, sp) and _bears_name(ctx, sp)
              and not ctx.origin(sp).startswith(ROLE_ORIGINS)]
    subj = _subject_words(sent)
    described = description_subject(ctx, sent) if not people else None
    if described is not None:  # ``The top government spokesman was pressed on the timing:``
        return described_person(ctx, sent, described, _subject_words, lambda sp: _bears_name(ctx, sp)) or _AS_WRITTEN
    if subj and (any(i in ctx.actor_at for i in subj) or ctx.doc[min(subj)].lower_ in ctx.rules.title_words):
        people = [sp for sp in people if any(sp.start <= i < sp.end for i in subj)]
        if not people:
            return _subject_body(ctx, subj) or _AS_WRITTEN
    elif people:
        people = [sp for sp in people if not _in_frame(sp.root, sent.root)]
        if not people:
            return _AS_WRITTEN  # ``Asked about criticism from Senator Jane Ortiz, …``: not her answers
    keys = {_actor_key(sp) for sp in people}
    return people[0] if len(keys) == 1 and not keys & skip else None


_NOT_SUBJECT = ("prep", "relcl", "acl", "advcl", "poss", "det", "punct", "cc")


def _subject_words(sent: Span) -> set[int]:
    """The token indexes of the subject of the sentence's verb, with its appositions and
    conjuncts (``Press officer Mirela Vasquez and engineer Tomas Ruud replied``), without its
    prepositions and clauses (``A lawyer for Jane Ortiz``: she does not answer)."""
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or sent.root.pos_ not in ("VERB", "AUX"):
        return set()
    out, todo = set(), [subj]
    while todo:
        t = todo.pop()
        out.add(t.i)
        todo.extend(c for c in t.children if c.dep_ not in _NOT_SUBJECT)
    return out


def _subject_body(ctx: DocContext, subj: set[int]) -> Span | None:
    """The body mention (no person) that is the subject itself (``The company sent …``)."""
    spans = {ctx.actor_at[i] for i in subj if i in ctx.actor_at}
    bodies = [sp for sp in spans if not is_person(sp) and sp.root.i in subj]
    return bodies[0] if len(bodies) == 1 else None


def _in_frame(tok, root) -> bool:
    """Is ``tok`` inside a clause that frames the sentence (``Asked about criticism from …,``)?"""
    while tok.i != root.i and tok.head.i != tok.i:
        if tok.dep_ in ("advcl", "prep") and tok.head.i == root.i and tok.i < root.i:
            return True
        tok = tok.head
    return False


_AS_WRITTEN = object()  # an introduction's answerer who is no named person: the label as written


_NO_SPEAKER: dict = {}  # an answer turn whose interviewee an introduction names but nobody resolves


def _person(ctx: DocContext, turn: Turn, start: int, heads: list[Turn], asker: dict | None) -> dict | None:
    """The record of who speaks a turn (None: the label as written; ``_NO_SPEAKER``: nobody):
    an answer turn the subject of the interviewer's ``spoke with`` first."""
    if turn.kind == "question":
        return asker
    if turn.kind != "name":
        return _answerer(ctx, start, heads, asker)
    span = _named_span(ctx, turn, start)
    return ctx.actor_record(_fullest(ctx, span), "speaker") if span is not None else None


def _answerer(ctx: DocContext, start: int, heads: list[Turn], asker: dict | None) -> dict | None:
    """The record of who answers the questions of a transcript starting at ``start`` (None: the
    label as written; ``_NO_SPEAKER``: nobody): the subject of the interviewer's ``spoke with``,
    else the one an introduction names, else the one it says was asked (:func:`asked_person`),
    else the interviewee (:func:`_interviewee`)."""
    matched, span = interviewee_subject(ctx, start)
    if span is None:
        span = _introduced(ctx, start, asker)
        if span is _AS_WRITTEN:
            return None
    if span is None:  # ``Dr. Alan Broussard was asked about the targets, …``
        asked, span = asked_person(ctx, start)
        if asked and span is None:
            return None
    span = span or _interviewee(ctx, start, heads, asker)
    if span is None and matched:
        return _NO_SPEAKER
    return ctx.actor_record(_fullest(ctx, span), "speaker") if span is not None else None


def resolve_speakers(ctx: DocContext, turns: list[Turn], heads: list[Turn]) -> None:
    """The speaker of every transcript turn (see module doc); one label, one speaker."""
    starts: dict[int, int] = {}
    for t in turns:
        starts.setdefault(t.block, t.paras[0][0])
    askers: dict[int, dict | None] = {}
    people: dict[tuple[int, str, str], dict | None] = {}  # (block, label, brackets) -> the speaker's record
    for t in turns:
        key = (t.block, ctx.text[t.name[0]:t.name[1]].lower() if t.kind == "name" else t.kind,
               ctx.text[t.bracket[0]:t.bracket[1]].lower() if t.kind == "question" and t.bracket else "")
        if t.kind != "name" and t.block not in askers:
            askers[t.block] = find_interviewer(ctx, starts[t.block])
        if key not in people:
            people[key] = bracket_asker(ctx, t) or _person(ctx, t, starts[t.block], heads, askers.get(t.block))
        t.speaker = None if people[key] is _NO_SPEAKER else _via_label(ctx, people[key], t)
    _introduced_askers(ctx, turns)
    name_bare_answers(ctx, turns)


def _introduced_askers(ctx: DocContext, turns: list[Turn]) -> None:
    """A question turn's asker the paragraph before it introduces (:func:`introduced_asker`)
    replaces its speaker, unless that person also speaks the answer after it (the one pressed,
    not the one pressing)."""
    for k, t in enumerate(turns):
        intro = introduced_asker(ctx, t, turns) if t.bracket is None else None
        if intro is None:
            continue
        rec = speaker_record(ctx, intro, t)
        answer = answer_after(turns, k)
        answerer = (answer.speaker or {}).get("actor_id") if answer is not None else None
        if answerer is None or answerer != rec.get("actor_id"):
            t.speaker = rec


def interview_answerer(ctx: DocContext, start: int, heads: list[Turn]) -> dict | None:
    """The record of who answers an interview printed without turn labels whose first question
    starts at ``start`` (:mod:`claim_turn_bare`), read as for an ``A:`` turn; None unless that is
    an actor of the article."""
    rec = _answerer(ctx, start, heads, find_interviewer(ctx, start))
    return rec if rec is not None and rec is not _NO_SPEAKER and "mention_id" in rec else None
