"""A questioner who names himself at the start of a question turn (round 30).

In a briefing or a news conference the reporter often opens the question with his name and
outlet: ``Question: Thank you, Luca. Kwame Asante, Pan-African Wire. The military …``, ``Q: Hi,
I'm Dana Price with WKRN. …``. That turn is the reporter's, not the label's; the other
question turns, unnamed, keep what the transcript gave them (the label, or ``a reporter`` of a
briefing).

A self-introduction is a sentence among the first :data:`MAX_SENTENCES` of the turn that is a
person mention and nothing that reads as a statement:

- at the sentence's start, followed by a comma or an outlet preposition (``from``, ``with``)
  and the outlet, a proper noun (``Kwame Asante, Pan-African Wire.``, ``Dana Price with WKRN.``;
  not ``Paul Dreyer, at the hearing.``);
- or after ``I'm``, ``I am``, ``my name is``, or ``this is``/``it's`` after a greeting (``Hi,
  I'm Dana Price.``, ``Hello, this is Dana Price``; not ``This is Donald Trump's third visit``);

with no verb after the name, no possessive, noun or determiner right after it, and at most
:data:`MAX_TAIL` words after it. A name addressed (``Thank you, Luca.``, ``Brynn, Commerce
Secretary Lorna Pike told CNBC …``), a titled name (``Senator Paul Dreyer``: someone addressed or
talked about) or the person who answers is no introduction. The greetings, copulas and outlet
prepositions are ``word_list`` rows of ``claim_cues.jsonl`` (``self_intro_*``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from pipeline.components.claim_context import DocContext, copy_json
from pipeline.components.claim_speakers import is_person, titles_before

#: sentences of a question turn where the asker may name himself; words after the name, at most
MAX_SENTENCES = 2
MAX_TAIL = 8
#: the parts of speech a name of a self-introduction may not run on into (``Donald Trump's third
#: visit``, ``Paul Dreyer the senator``)
_RUN_ON = frozenset({"NOUN", "PROPN", "DET", "NUM"})


def _alternation(words) -> str:
    """A regex alternation of ``words`` (longest first; a space matches spaces or tabs, an
    apostrophe either form)."""
    parts = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+").replace("'", "['\u2019]") for w in parts)


@lru_cache(maxsize=8)
def _self_pattern(greetings: frozenset[str], copulas: frozenset[str], greeted: frozenset[str]) -> re.Pattern:
    """What stands before the name in ``Hi, I'm Dana Price``: a greeting (optional) and a copula;
    ``this is`` / ``it's`` only after a greeting (``This is Donald Trump's …`` introduces no one)."""
    greet = rf"(?:{_alternation(greetings)})[,.!]?[ \t]+" if greetings else None
    plain = rf"(?:{greet})?(?:{_alternation(copulas)})[ \t]+" if copulas else None
    after = rf"{greet}(?:{_alternation(greeted)})[ \t]+" if greet and greeted else None
    return re.compile("(?i)" + "|".join(f"(?:{p})" for p in (plain, after) if p) if plain or after else r"(?!)")


def _sentences(ctx: DocContext, start: int, end: int) -> list[Span]:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    out = []
    for sent in span.sents:
        out.append(sent)
        if len(out) == MAX_SENTENCES:
            break
    return out


def _introduces(ctx: DocContext, sent: Span, person: Span, start: int) -> bool:
    """``sent`` is the self-introduction of ``person`` (see module doc); the turn's statement
    starts at ``start`` (a first sentence may hold the label: ``Q: Hi, I'm …``)."""
    before = ctx.text[max(sent.start_char, start):person.start_char]
    tail = ctx.doc[person.end:sent.end]
    if len(tail) > MAX_TAIL or any(t.pos_ in ("VERB", "AUX") for t in tail) or _runs_on(tail) or _titled(ctx, person):
        return False
    words = ctx.rules.words
    if _self_pattern(words("self_intro_greetings"), words("self_intro_copulas"),
                     words("self_intro_greeted_copulas")).fullmatch(before):
        return True
    return not before.strip() and _outlet(tail, words("self_intro_outlet_preps"))


def _runs_on(tail: Span) -> bool:
    """The name goes on as a noun phrase: a possessive (``Donald Trump's third visit``) or a noun
    or a determiner right after it."""
    return len(tail) > 0 and (tail[0].tag_ == "POS" or tail[0].pos_ in _RUN_ON)


def _titled(ctx: DocContext, person: Span) -> bool:
    """A titled name (``Senator Paul Dreyer``) in a question is someone addressed or talked
    about, not the asker."""
    return bool(titles_before(person) & ctx.rules.title_words)


def _outlet(tail: Span, preps: frozenset[str]) -> bool:
    """After the name, a comma or an outlet preposition, then a proper noun (``, Pan-African
    Wire``, ``with WKRN``, ``from the Herald``; not ``, at the hearing``)."""
    if len(tail) < 2 or not (tail[0].text == "," or tail[0].lower_ in preps):
        return False
    k = 2 if tail[1].lower_ == "the" and len(tail) > 2 else 1
    return tail[k].pos_ == "PROPN"


def self_named(ctx: DocContext, start: int, end: int, answerer: dict | None) -> Span | None:
    """The person who names himself in the first sentences of the question turn ``[start, end)``;
    not the one who answers it."""
    skip = (answerer or {}).get("actor_id")
    for sent in _sentences(ctx, start, end):
        for sp in ctx.spans_within(max(sent.start_char, start), sent.end_char):
            if sp.label_ != "actor" or not is_person(sp) or len(sp) < 2:
                continue
            if skip and (sp._.norm or {}).get("actor_id") == skip:
                continue
            if _introduces(ctx, sent, sp, start):
                return sp
    return None


def name_self_introduced(ctx: DocContext, turns: list, answerer_of) -> None:
    """Give a question turn whose asker is the label as written (or a briefing's reporter) the
    person who introduces himself in it (:func:`self_named`); ``answerer_of(k)`` is the turn that
    answers turn ``k``."""
    for k, turn in enumerate(turns):
        sp = turn.speaker
        if turn.kind != "question" or sp is None or "mention_id" in sp or (sp["start"], sp["end"]) != turn.name:
            continue
        answer = answerer_of(k)
        person = self_named(ctx, turn.start, turn.paras[0][1], answer.speaker if answer is not None else None)
        if person is not None:
            rec = copy_json(ctx.actor_record(person, "speaker"))
            rec["via"] = {"text": sp["text"], "start": sp["start"], "end": sp["end"]}
            turn.speaker = rec


# ------------------------------------------------------------------------------ numbered labels
#: the rule of a numbered label (``SPEAKER 4:``, ``Caller 2:``) in ``claim_turns.jsonl``
NUMBERED_RULE = "colon-turn-numbered"
#: sentences of a numbered turn where its speaker may name himself (``[inaudible] … Sorry. My name is …``)
MAX_NUMBERED_SENTENCES = 3
#: words that may close the name of a numbered speaker's introduction and go on with a clause of
#: its own (``My name is Dolores Quintero and I live in Montbello``)
_NAME_CLOSERS = frozenset({",", ".", ";", "and", "--", "\u2014", "\u2013"})


def _numbered_intro(ctx: DocContext, sent: Span, person: Span, start: int) -> bool:
    """``My name is Dolores Quintero and I live …``, ``Hi, I'm Ray Ortiz, I'm with …``: a copula of
    self-introduction right before the name (``self_intro_copulas``, after an optional greeting),
    and the name closed by the sentence's end, a comma or ``and``; not a titled name."""
    before = ctx.text[max(sent.start_char, start):person.start_char]
    tail = ctx.doc[person.end:sent.end]
    if (len(tail) and tail[0].lower_ not in _NAME_CLOSERS and tail[0].lower_ not in ctx.rules.words(
            "self_intro_outlet_preps")) or _titled(ctx, person):
        return False
    words = ctx.rules.words
    return bool(_self_pattern(words("self_intro_greetings"), words("self_intro_copulas"),
                              frozenset()).fullmatch(before))


def numbered_self_named(ctx: DocContext, start: int, end: int) -> Span | None:
    """The person who introduces himself in the first sentences of a numbered turn ``[start, end)``."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    for k, sent in enumerate(span.sents if span is not None else ()):
        if k == MAX_NUMBERED_SENTENCES:
            break
        for sp in ctx.spans_within(max(sent.start_char, start), sent.end_char):
            if sp.label_ == "actor" and is_person(sp) and len(sp) >= 2 and _numbered_intro(ctx, sent, sp, start):
                return sp
    return None


def name_numbered_speakers(ctx: DocContext, turns: list) -> None:
    """A numbered label's turn (``SPEAKER 4: Good afternoon. My name is Dolores Quintero …``) is
    spoken by the person it introduces (:func:`numbered_self_named`), the label in ``via``; else
    the label as written stays its speaker."""
    for turn in turns:
        sp = turn.speaker
        if turn.rule != NUMBERED_RULE or sp is None or "mention_id" in sp:
            continue
        person = numbered_self_named(ctx, turn.start, turn.paras[0][1])
        if person is not None:
            rec = copy_json(ctx.actor_record(person, "speaker"))
            rec["via"] = {"text": sp["text"], "start": sp["start"], "end": sp["end"]}
            turn.speaker = rec
