"""Headline colons, wire tags and quote tags (:mod:`claim_turns`): ``Ortiz: budget "dead on
arrival"`` in a headline or subhead, a live blog's entry heading (``22:30 ECT — Observers: …``),
``Airline plans to cut 2,000 jobs - sources`` and ``"We will build them": Haddow on …``.

A headline colon is a statement only when the name resolves to a person or an organisation (an
actor mention that is no place, or a person of the article with that name); its speaker is that
entity's fullest name."""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.components.claim_clauses import TIMESTAMP
from pipeline.components.claim_context import DocContext
from pipeline.components.claim_headline_subjects import MAX_WORDS, clause_subject, names_people
from pipeline.components.claim_headlines import titled_person
from pipeline.components.claim_speakers import is_person
from pipeline.components.claim_turn_common import ROLE_ORIGINS
from pipeline.components.claim_turn_labels import read_label
from pipeline.components.claim_turn_records import Label, Turn
from pipeline.components.claim_turn_speakers import (headline_entity, headline_title, label_record,
                                                      speaker_record)
from pipeline.components.paragraphs import LIST_MARKER
from pipeline.components.quote_marks import OPEN_QUOTES, STRAIGHT_SINGLE, closing_marks


#: words of a live blog's entry heading (``22:30 ECT — Observers: vote was orderly``), at most
MAX_ENTRY_WORDS = 12


#: words of a quote tag's speaker written alone (``“…”: Brazil’s foreign minister``), at most
MAX_BARE_WORDS = 8


#: sections whose colons this module owns besides transcripts; sections that name no speaker
HEADLINE_SECTIONS = frozenset({"headline", "subhead"})


#: words of a tag that names no actor, at most (``- U.S. officials``, ``- state media``), and
#: words it never holds
MAX_TAG_WORDS = 2


_TAG_STOPS = frozenset({"of", "the", "a", "an", "in", "on", "for", "and", "to", "from", "by", "with"})


def headline_turns(ctx: DocContext) -> list[Turn]:
    """``Name: statement`` headlines, subheads and live-blog entry headings (``22:30 ECT — Name: …``)
    whose name resolves to a person or organisation."""
    turns = []
    entries = tuple(r for r in ctx.rules.turns.headlines if r.turn == "entry")
    after_stamp = tuple(r for r in ctx.rules.turns.headlines if r.turn != "entry")
    stamped = False  # the paragraph before is a live blog's timestamp alone (``9:40 p.m. ET``)
    for s, e, label in ctx.sections:
        was_stamped, stamped = stamped, label == "body" and TIMESTAMP.match(ctx.text[s:e].strip()) is not None
        if label in HEADLINE_SECTIONS:
            lab = read_label(ctx, ctx.rules.turns.headlines, (s, e)) or _second_sentence_label(ctx, s, e)
            labs = [lab] if lab is not None else _part_labels(ctx, LIST_MARKER, s, e)[1]
            first_line = ctx.text.find("\n", s, e)
            dash, parts = _part_labels(ctx, _PART_DASH, s, e if first_line < 0 else first_line)
            if parts and lab is not None:  # the first part ends at the dash
                labs = [lab._replace(para=(lab.para[0], dash))]
            labs += parts
        elif label == "caption":  # ``Sanne van der Kolk: ‘We …’ © Remko Hartsuiker/Bloomberg``
            labs = [_caption_label(ctx, s, e)]
        elif label == "body" and entries and len(ctx.text[s:e].split()) <= MAX_ENTRY_WORDS:
            lab = read_label(ctx, entries, (s, e))  # ``22:30 ECT — Observers: vote was orderly``
            if lab is None and was_stamped:      # ``9:40 p.m. ET`` / ``Thornbury camp: the cities …``
                lab = read_label(ctx, after_stamp, (s, e))
            labs = [lab]
        else:
            continue
        turns.extend(turn for lab in labs if lab is not None and (turn := _label_turn(ctx, lab)) is not None)
    return turns


#: marks opening the quotation after a heading's colon (``Hospital board chair: ‘We were …’``),
#: the straight single one too (a headline opens no possessive)
_QUOTE_OPENERS = OPEN_QUOTES | {STRAIGHT_SINGLE}


def _label_turn(ctx: DocContext, lab: Label) -> Turn | None:
    """The headline colon ``lab`` reads as, when its name speaks (see :func:`headline_turns`)."""
    if _explainer(ctx, lab):
        return None
    turn = Turn("headline", lab.rule.id, lab.name, lab.colon, lab.start, [lab.para])
    if lab.rule.turn in ("owner", "topic"):  # ``Thornbury camp: …`` as written; ``Aldermatt chief: …`` its
        # holder; with a quotation after the colon a role nobody holds speaks as written
        turn.speaker = label_record(ctx, turn) if _speaks_for(ctx, *lab.name) else _role_speaker(ctx, turn)
        if turn.speaker is None and ctx.text[lab.start] in _QUOTE_OPENERS \
                and _role_noun(ctx, ctx.text[slice(*lab.name)].split()[-1].lower()):
            turn.speaker = label_record(ctx, turn)  # ``Airline chief on fares: '…'``: as written
        return turn if turn.speaker is not None else None
    span = headline_entity(ctx, turn)
    if span is not None:
        turn.speaker = speaker_record(ctx, span, turn)
        return turn
    if _role_phrase(ctx, *lab.name):  # ``Lawmaker: 'We owe these people relief.'``, ``Mongolia PM: …``
        turn.speaker = label_record(ctx, turn)
        return turn
    return None


def _part_labels(ctx: DocContext, mark: re.Pattern, s: int, e: int) -> tuple[int, list[Label]]:
    """The headline colons opening the parts of a headline or subhead ``[s, e)`` after each
    ``mark`` (a bullet, ``- Airline chief on fares: 'We don't …'``; a spaced dash, ``Budget knives
    out — Zawadzki: ‘Nobody gets a veto’ — Frugals regroup``), each part up to the next mark or the
    end of its line read as a headline of its own; and where the first mark starts (``e``: none)."""
    marks = list(mark.finditer(ctx.text, s, e))
    labels = []
    for m, nxt in zip(marks, [*marks[1:], None]):
        line_end = ctx.text.find("\n", m.end(), e)
        end = min(e if line_end < 0 else line_end, e if nxt is None else nxt.start())
        lab = read_label(ctx, ctx.rules.turns.headlines, (m.end(), end))
        if lab is not None:
            labels.append(lab)
    return (marks[0].start() if marks else e), labels


def _caption_label(ctx: DocContext, s: int, e: int) -> Label | None:
    """A photo caption ``[s, e)`` that is a headline colon before a quotation (``Sanne van der
    Kolk: ‘What we don’t accept is …’ © Remko Hartsuiker/Bloomberg``), read up to the quotation's
    last closing mark (never the credit after it); a caption that describes (``Sanne van der Kolk:
    the chief executive at the plant``) is none."""
    lab = read_label(ctx, ctx.rules.turns.headlines, (s, e))
    if lab is None or ctx.text[lab.start] not in _QUOTE_OPENERS:
        return None
    ends = [k + len(mark) for mark in closing_marks(ctx.text[lab.start]) if (k := ctx.text.rfind(mark, lab.start + 1, e)) >= 0]
    end = max(ends, default=-1)  # after the last closing mark (any of the opening's: ``“…"``)
    return lab._replace(para=(s, end)) if end > lab.start + 2 else None


#: a spaced dash between the parts of a headline (``Budget knives out — Zawadzki: ‘…’ — …``)
_PART_DASH = re.compile(r"[ \t][\u2014\u2013][ \t]+")


def _role_phrase(ctx: DocContext, start: int, end: int) -> bool:
    """A headline label or quote tag's name that is a role and the words that qualify it, no verb
    (``Lawmaker:``, ``Patient:``, ``Mongolia PM:``, ``“…”: union chief on …``, ``‘…’: doctors’
    leader rejects …``): at most :data:`MAX_BARE_WORDS` words, the last a title or a noun for one
    person (:func:`_role_noun`). When the article resolves no holder it speaks as written, as a
    wire tag's role word does (``- minister``); never a kicker (``Analysis:``, ``Watch:``)."""
    words = ctx.text[start:end].split()
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and 0 < len(words) <= MAX_BARE_WORDS and _role_noun(ctx, words[-1].lower()) \
        and not any(t.pos_ in ("VERB", "AUX") for t in span)


#: the end of a headline's first sentence before a second one (``… tower. Lawmaker: '…'``)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9%)])[.!?][\"\u201d\u2019']?[ \t]+(?=[A-Z])")


def _second_sentence_label(ctx: DocContext, s: int, e: int) -> Label | None:
    """``Condo safety law brings $41,000 bills to tower. Lawmaker: 'We owe these people relief.'``:
    a headline of two sentences whose second opens with a label; read as a headline colon from
    there (its name must still resolve to a person or organisation of the article)."""
    line_end = ctx.text.find("\n", s, e)
    line_end = e if line_end < 0 else line_end
    m = next((m for m in _SENTENCE_END.finditer(ctx.text, s, line_end) if not _abbreviation_period(ctx, m.start())), None)
    return read_label(ctx, ctx.rules.turns.headlines, (m.end(), e)) if m is not None else None


def _abbreviation_period(ctx: DocContext, at: int) -> bool:
    """The period at ``at`` belongs to an abbreviation the tokenizer keeps whole (``St.``, ``Mt.``,
    ``Gen.``: spaCy's English exceptions and ``token_abbreviations.jsonl``), so it ends no
    sentence (``Vote delayed in St. Louis. Mayor: '…'``)."""
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    return span is not None and span.end_char - span.start_char > 1


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
        return speaker_record(ctx, person, turn)
    inside = [sp for sp in ctx.spans_within(s, e) if sp.label_ == "actor"
              and (sp._.norm or {}).get("type") not in ("location", None)]
    role = next((sp for sp in inside if is_person(sp) and ctx.origin(sp).startswith(ROLE_ORIGINS)), None)
    holder = _role_holder(ctx, role) if role is not None else None
    if holder is not None and holder is not role:
        return speaker_record(ctx, holder, turn)
    return label_record(ctx, turn) if inside else None


def _role_noun(ctx: DocContext, word: str) -> bool:
    """``word`` is a title of the headline rules (``chief``, ``minister``, ``ceo``) or a noun for
    one person (``lawyer``, ``patient``)."""
    return headline_title(ctx, word) or word in ctx.rules.person_nouns


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
        if rule.turn == "clause" and not _headline_clause(ctx, s, end):
            continue  # ``The Exit Interview: Marisol Quintero``: a title, no statement
        turn = Turn("tag", rule.id, name, s + m.start("colon"), s, [(s, end)])
        turn.tail = (turn.colon, e)
        if m.groupdict().get("verb"):  # a colon tag has none
            turn.cue = (s + m.start("verb"), s + m.end("verb"))
        span = next((sp for sp in ctx.spans_within(*name) if sp.label_ == "actor"
                     and (sp._.norm or {}).get("type") not in ("location", None)), None)
        words = ctx.text[name[0]:name[1]].lower().split()
        if span is not None:
            turn.speaker = speaker_record(ctx, span, turn)
        elif _tag_word(ctx, words[-1]) and len(words) <= MAX_TAG_WORDS \
                and not set(words) & _TAG_STOPS:  # not ``- analysis of the data``
            turn.speaker = label_record(ctx, turn)
        else:
            return None
        return turn
    return None


#: words a colon tag's headline holds at least (``Caste survey to be placed …: CM``)
MIN_CLAUSE_WORDS = 4


def _headline_clause(ctx: DocContext, start: int, end: int) -> bool:
    """The headline ``[start, end)`` reads as a statement: at least :data:`MIN_CLAUSE_WORDS` words
    and a finite verb with a subject heading one of its clauses (``Metro fares will not rise …``,
    ``…, no community will be wronged``); not a title (``The Exit Interview``), an imperative
    (``Meet the man who will run the bank``), a verb inside a relative, infinitive or adverbial
    clause (``Inside the fight to save the city's last cinema``) or a wh-clause (``How the city
    lost its cinema``)."""
    span = ctx.doc.char_span(start, end, alignment_mode="contract")
    words = [t for t in span or () if not t.is_punct and not t.is_space]
    return len(words) >= MIN_CLAUSE_WORDS and any(_finite_clause_head(t, start, end) for t in words)


#: dependencies of a verb inside a phrase or a subordinate clause: never a headline's statement
_SUBORDINATE_DEPS = frozenset({"relcl", "acl", "xcomp", "advcl", "pcomp", "csubj", "csubjpass", "prep", "pobj"})


def _finite_clause_head(tok, start: int, end: int) -> bool:
    """``tok`` heads a finite clause of the headline ``[start, end)``: a verb in a finite tense or
    with a finite auxiliary (``will``, ``has``), with a subject, not subordinate and not opened by
    a wh-word."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in _SUBORDINATE_DEPS:
        return False
    kids = [c for c in tok.children if start <= c.idx < end]
    finite = tok.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in kids)
    return finite and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids) \
        and not any(c.tag_ in ("WRB", "WP", "WDT") and c.i < tok.i for c in kids)


def _tag_word(ctx: DocContext, word: str) -> bool:
    """Whether a tag's name may end with ``word`` when it names no actor: a tag word (``sources``,
    ``study``) or a noun for one person (``Contractor Tells Jurors``)."""
    return word in ctx.rules.turns.tag_words or word in ctx.rules.person_nouns


def tag_turns(ctx: DocContext) -> list[Turn]:
    """The wire tags closing headlines and subheads (:func:`_tag`)."""
    found = (_tag(ctx, s, e) for s, e, label in ctx.sections if label in HEADLINE_SECTIONS)
    return [t for t in found if t is not None]


def quote_tags(ctx: DocContext) -> list[Turn]:
    """The quote tags (:func:`quote_tag`) of the headlines and subheads, and of the crossheads of
    the body: a one-line paragraph that is a quotation and its speaker alone (``‘Its own
    injustice’: inquiry chair`` before the chair's paragraph, a live blog's ``“I'm not angry with
    the doctors”: patient``)."""
    found = []
    for s, e, label in ctx.sections:
        if label in HEADLINE_SECTIONS:
            found.append(quote_tag(ctx, s, e))
        elif label == "body" and "\n" not in ctx.text[s:e].strip():
            found.append(quote_tag(ctx, s, e, bare_only=True))
    return [t for t in found if t is not None]


def quote_tag(ctx: DocContext, s: int, e: int, bare_only: bool = False) -> Turn | None:
    """A headline that is a quotation signed after a colon (rules ``quote_tag``: ``"We will build
    them": Haddow on the homes target``): the quotation is the statement of the person or
    organisation the name stands for (as a headline colon's name); None when it names no one.
    ``bare_only``: only a speaker alone after the colon (rule ``bare``), as a crosshead has, a person
    the body names (:func:`_crosshead_speaker`)."""
    chunk = ctx.text[s:e]
    for rule in ctx.rules.turns.quote_tags:
        if bare_only and rule.turn != "bare":
            continue
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
        span = headline_entity(ctx, turn)
        if span is None and (rule.turn == "clause" and _named_people(ctx, *name) or not bare_only and _role_phrase(ctx, *name)):
            turn.speaker = label_record(ctx, turn)  # ``Hartwell care staff speak out``, ``union chief``: as written
            return turn
        if span is None or (span._.norm or {}).get("type") in ("location", None):
            return None
        if rule.turn == "bare":  # ``“…”: Brazil’s foreign minister``: the person who holds that role
            span = _role_holder(ctx, span)
        if bare_only and not _crosshead_speaker(ctx, name, span, (s, e)):
            return None
        if rule.turn != "clause" or span.start_char <= name[0] and name[1] <= span.end_char \
                or span == titled_person(ctx, ctx.text[name[0]:name[1]]):  # ``…: Harbourline chief apologises``
            turn.speaker = speaker_record(ctx, span, turn)
        elif names_people(ctx.doc, *name, ctx.rules) or _role_phrase(ctx, *name):  # ``House hard-liners``: as written
            turn.speaker = label_record(ctx, turn)
        else:  # ``Severn Vale Water shares jump``
            return None
        return turn
    return None


def _named_people(ctx: DocContext, start: int, end: int) -> bool:
    """A quote tag's clause subject that no actor of the article stands for but that names people
    of a named owner (``Hartwell care staff``, ``Ferrogen plant workers``): a proper noun before a
    noun for people (:func:`names_people`); not ``Residents`` or ``Care staff``."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "PROPN" for t in span[:-1]) and names_people(ctx.doc, start, end, ctx.rules)


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
            if person is not None and is_person(person) and not ctx.origin(person).startswith(ROLE_ORIGINS) \
                    and (person._.norm or {}).get("actor_id"):
                return person
    return None


def _role_holder(ctx: DocContext, span: Span) -> Span:
    """The named person a role-only mention stands for: the one person a body mention of that
    role describes (:func:`_described`); ``span`` itself when it is no role-only mention or no
    single such person is found."""
    aid = (span._.norm or {}).get("actor_id")
    if not aid or not ctx.origin(span).startswith(ROLE_ORIGINS):
        return span
    found = [p for sp in ctx.spans if sp.label_ == "actor" and (sp._.norm or {}).get("actor_id") == aid
             and ctx.section_at(sp.start_char) == "body" for p in [_described(ctx, sp)] if p is not None]
    ids = {(p._.norm or {})["actor_id"] for p in found}
    return found[0] if len(ids) == 1 else span


def _crosshead_speaker(ctx: DocContext, name: tuple[int, int], span: Span, para: tuple[int, int]) -> bool:
    """A body crosshead's speaker (``‘…’: panel chair``): the name alone, no final period and no
    prepositional phrase (``“Not in my name”: a banner outside the Department of Health.`` is a
    caption), and a person, or the holder of the role it names, the body names outside the crosshead."""
    words = ctx.doc.char_span(*name, alignment_mode="expand")
    if ctx.text[name[1] - 1] == "." or words is None or any(t.pos_ == "ADP" for t in words):
        return False
    aid = (span._.norm or {}).get("actor_id")
    return bool(aid) and is_person(span) and any(
        sp.label_ == "actor" and (sp._.norm or {}).get("actor_id") == aid and ctx.section_at(sp.start_char) == "body"
        and not para[0] <= sp.start_char < para[1] for sp in ctx.spans)


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
