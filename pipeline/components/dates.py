"""``claims_dates``: dates, times, durations and sets, normalized to TIMEX3 (ISO-TimeML).

Two layers:

* Pure functions, usable without spaCy: :func:`find_dates` scans a text and returns every date
  expression with its TimeML extent and docs/DESIGN.md date ``norm``; :func:`parse_date` normalizes one
  expression (``parse_date("since 2013")``).
* The spaCy component (factory ``claims_dates``) runs :func:`find_dates` on ``doc.text``, rejects
  matches the parse shows are not dates (``May`` as a modal, ``March`` as a verb, a bare year that
  counts a plural noun: ``2000 soldiers``), re-resolves weekday/month names with the tense of their
  clause, and keeps spaCy NER DATE/TIME entities that no rule matched when they can be normalized
  or hold a time word (origin ``ner``). It always sets ``doc.spans["claims_dates"]``.

Modules: ``date_rules`` loads and compiles the grammar (once, in the component's ``__init__`` or
on the first ``find_dates``), ``date_handlers`` turns matches into norms, ``timex`` does the
TIMEX3 value arithmetic. Patterns live in ``pipeline/rules/dates_patterns.jsonl`` (``id``,
``handler``, ``pattern`` with ``{NAME}`` / ``{NAME:group}`` templates, the one template syntax of
``pipeline/ruledata.py``) and the lexicon in ``pipeline/rules/date_words.jsonl`` (months,
weekdays, seasons, units, number words, ordinals, parts of day, reference words, set adverbs,
position and modifier words, signals, cue words). Both are validated on load; an error names the
file, line and rule id.

Choices (TimeML leaves room):

* Extents: determiners and modifiers in (``the first six months of 2016``, ``earlier this year``,
  ``more than two years``), prepositions out (``in 2010`` -> ``2010``). Signals ``since``,
  ``until``/``till`` and ``by`` stay out of the extent but set ``mod`` on the DATE:
  ``since 2013`` -> ``2013``, mod ``ON_OR_AFTER``, earliest ``2013-01-01``, latest null;
  ``until 2020`` / ``by 2030`` -> mod ``ON_OR_BEFORE``, earliest null, latest the year's end.
* Ranges (``between 1996 and 2008``, ``from 2007 to 2010``, ``March–June 2015``) give one DATE
  mention per endpoint with its own ``value``; since the expression is one interval, both endpoint
  norms carry the *interval* in ``earliest``/``latest`` (``1996-01-01`` .. ``2008-12-31``) plus
  an extra field ``range_role`` (``start``/``end``). A range that is one token (``2007–2010``)
  cannot be split without retokenizing, so it becomes one DATE mention whose value is the start
  (``2007``), with the interval bounds and ``range_end`` (``2010``).
* ``the first six months of 2016`` -> DATE ``2016-H1`` (earliest 2016-01-01, latest 2016-06-30),
  not the TimeML split DURATION ``P6M`` + DATE ``2016``. ``first three months`` -> ``Q1``; other
  counts -> the year with mod ``START``/``END`` and bounds narrowed to those months.
* ``early``/``mid``/``late`` + year: mod ``START``/``MID``/``END``, bounds narrowed to the first,
  middle or last four months (decades: 0-3, 4-6, 7-9; months: days 1-10, 11-20, 21-end).
* Decades and centuries use the TimeML truncated values ``199`` (the 1990s), ``20`` (the 21st
  century); duration units ``DE``/``CE`` (``a decade`` -> ``P1DE``). Fiscal years: ``FY2016``
  with null bounds (the fiscal calendar is unknown).
* Relative expressions resolve against ``published`` (anchor ``published``). Without it they get
  the TIMEX3 underspecified value (``XXXX``, ``XXXX-XX``, ``XXXX-WXX-5``, ``XXXX-XX-XXTMO``),
  anchor ``unresolved`` and null bounds; the machine clock is never used. Weekdays resolve to the
  nearest such day on/before ``published`` (the day after it when the clause is in the future
  tense); bare month names to the publication year (previous year for a later month in a past
  clause, next year for an earlier month in a future clause).
* ``the past five years`` -> DURATION ``P5Y`` anchored at ``published`` (bounds
  ``published - 5 years`` .. ``published``); ``the past year`` -> DURATION ``P1Y``; ``last year``
  -> DATE. ``recently``/``recent years``/``the past`` -> ``PAST_REF`` (latest = published),
  ``now``/``currently`` -> ``PRESENT_REF``, ``the coming months``/``the future``/``soon`` ->
  ``FUTURE_REF`` (earliest = published).
* Times: ``4:30 p.m.`` -> TIME ``<published>T16:30`` (``XXXX-XX-XXT16:30`` without it),
  ``midnight`` -> ``T24:00``, ``noon`` -> ``T12:00``, ``this morning`` -> ``<published>TMO``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from pipeline.components.date_handlers import SPEECH_RELATIVE, TENSE_SENSITIVE, Ctx, Narrative, apply_signal, scan
from pipeline.components.date_rules import (  # noqa: F401  (public API of this module)
    PATTERNS_FILE, WORDS_FILE, WORD_CLASSES, DateRuleError, Grammar, load_grammar)
from pipeline.components.timex import (  # noqa: F401
    NORM_KEYS, TIMEX_TYPES, UNIT_RANK, granular, is_concrete, named_day, parse_published, shift,
    value_bounds, value_rank)


# ----------------------------------------------------------------------------- finding dates
@dataclass(frozen=True)
class DateMatch:
    """One date expression: character offsets into the scanned text, its norm and rule id.
    ``narrative``: set until the expression is resolved against the text's reference time."""
    start: int
    end: int
    text: str
    norm: dict
    rule: str
    handler: str
    narrative: Narrative | None = None


@dataclass
class _Reference:
    """The narrative reference time: the last concrete date mentioned in the text."""
    day: date | None = None
    value: str | None = None
    rank: int = 5
    end: int = 0
    absolute: bool = False
    clock_day: str | None = None  # the last day named by a DATE or TIME (for clock times)
    clock_end: int = 0
    starts_event: bool = False  # the date is when something began ('the strike began on Oct. 14')


def _sentence_break(text: str, start: int, end: int) -> bool:
    return re.search(r"[.!?]\s|\n", text[start:end]) is not None


def _starts_event(text: str, start: int, end: int, g: Grammar) -> bool:
    """The date at ``start:end`` is the first day of an event: a start word right before it in its
    sentence ('began on Oct. 14', 'walked out Oct. 14') or after it as the clause's verb ('On
    Oct. 14, workers walked out')."""
    before = text[max(0, start - 40):start]
    before = re.split(r"[.!?]\s|\n", before)[-1]
    return bool(g.cues.start_before.search(before) or g.cues.start_after.match(text[end:end + 60]))


def _nth_day(out: dict, nar: Narrative, found: DateMatch, ref: _Reference, pub: date | None,
             text: str) -> dict:
    """'the Nth day of the strike': start + N-1 days when the day last mentioned is the event's
    start; that very day when it is named in the same sentence ('Monday was the 150th day of the
    strike', 'On Nov. 28, the siege entered its 40th day'); the publication day when no day was
    mentioned ('the strike, now in its 40th day'); else underspecified, as TIMEX3 leaves it."""
    if ref.day is None:
        day, anchor = pub, "published"
    elif ref.rank < 5:
        return out  # after 'in 2010': no day to count from
    elif ref.starts_event:
        if not nar.n:
            return out
        day, anchor = shift(ref.day, nar.n - 1, "D"), "absolute"
    elif not _sentence_break(text, ref.end, found.start):
        day, anchor = ref.day, "absolute"
    else:
        return out
    if day is None:
        return out
    return {**out, "value": day.isoformat(), "earliest": day.isoformat(), "latest": day.isoformat(),
            "anchor": anchor}


def _resolve_narrative(found: DateMatch, ref: _Reference, pub: date | None, text: str) -> dict:
    """The norm of a date that depends on the reference time ('the next day', 'back then')."""
    nar, out = found.narrative, dict(found.norm)
    if nar.kind == "clock":
        return _on_clock_day(out, found, ref, text)
    if nar.kind == "year_back":
        return _year_back(out, ref)
    if nar.kind == "copy":
        if ref.value is None:
            return out  # nothing mentioned before: PAST_REF, as the handler made it
        e, l = value_bounds(ref.value)
        return {**out, "value": ref.value, "earliest": e, "latest": l, "anchor": "absolute"}
    if nar.kind == "nth":
        return _nth_day(out, nar, found, ref, pub, text)
    if nar.kind == "named":
        return _named_in_focus(out, found, ref, pub, text)
    return _counted_day(out, nar, ref, pub)


def _on_clock_day(out: dict, found: DateMatch, ref: _Reference, text: str) -> dict:
    """A clock time on the day named earlier in its sentence (else the publication day)."""
    if ref.clock_day is None or re.search(r"[.!?]\s|\n", text[ref.clock_end:found.start]):
        return out  # no day named earlier in the sentence: the publication day
    t = out["value"][out["value"].index("T"):]
    return {**out, "value": ref.clock_day + t, "earliest": ref.clock_day, "latest": ref.clock_day,
            "anchor": "absolute" if out["anchor"] == "unresolved" else out["anchor"]}


def _year_back(out: dict, ref: _Reference) -> dict:
    """The date mentioned before, a year back (else last year, as the handler made it)."""
    if ref.value is None or not re.match(r"\d{4}", ref.value):
        return out  # nothing mentioned: last year, as the handler made it
    value = f"{int(ref.value[:4]) - 1:04d}{ref.value[4:]}"
    e, l = value_bounds(value)
    if e is None:  # Feb. 29 or week 53 has no twin a year back: the same day or week number, clamped
        value = f"{value[:8]}28" if value[5:10] == "02-29" else f"{value[:6]}52{value[8:]}"
        e, l = value_bounds(value)
    return {**out, "value": value, "earliest": e, "latest": l, "anchor": "absolute"}


def _named_in_focus(out: dict, found: DateMatch, ref: _Reference, pub: date | None, text: str) -> dict:
    """A named day ('Christmas') in the year of an absolute date earlier in its sentence, when that
    year is not the publication's."""
    nar = found.narrative
    same_sentence = ref.day is not None and not re.search(r"[.!?]\s|\n", text[ref.end:found.start])
    if not (same_sentence and ref.absolute and pub and ref.day.year != pub.year):
        return out  # the year in focus is the publication's
    d = named_day(ref.day.year, nar.spec)
    return {**out, "value": d.isoformat(), "earliest": d.isoformat(), "latest": d.isoformat(),
            "anchor": "absolute"} if d else out


def _counted_day(out: dict, nar, ref: _Reference, pub: date | None) -> dict:
    """'the next day', 'two weeks later': counted from the day mentioned before (else from the
    publication day, when the expression allows it and the unit is not finer than the day's)."""
    from_text = ref.day is not None
    day, rank = (ref.day, ref.rank) if from_text else (pub, 5)
    if day is None or UNIT_RANK.get(nar.unit, 5) > rank or (nar.needs_text and not from_text):
        return out  # 'the next day' after 'in 2010': no day to count from
    d = shift(day, nar.sign * nar.n, nar.unit) if nar.n else day
    if d is None:
        return out
    value = granular(d, nar.unit)
    e, l = value_bounds(value)
    out.update(value=value, earliest=e, latest=l, anchor="absolute" if from_text else "published")
    return out


def scan_dates(text: str, published=None, tense: str | None = None, *, grammar: Grammar | None = None
               ) -> list[DateMatch]:
    """Every date expression in ``text``, before narrative resolution and signals (see
    :func:`resolve_dates`)."""
    g = grammar or load_grammar()
    ctx = Ctx(g, parse_published(published), tense)
    return [DateMatch(f.start, f.end, text[f.start:f.end], f.norm, f.rule, f.handler, f.narrative)
            for f in scan(text, ctx)]


def resolve_dates(text: str, matches: list[DateMatch], published=None, *, grammar: Grammar | None = None
                  ) -> list[DateMatch]:
    """Matches in text order with narrative dates resolved against the last concrete date
    before them ('the next day', 'that day', 'back then') and signals applied ('since 2013')."""
    g = grammar or load_grammar()
    pub = parse_published(published)
    ref = _Reference()
    out = []
    for f in matches:
        norm = f.norm
        if f.narrative is not None:
            norm = _resolve_narrative(f, ref, pub, text)
        norm = apply_signal(text, f.start, norm, g)
        if f.narrative is None and norm["timex_type"] == "DATE" and norm.get("earliest") \
                and is_concrete(norm["value"]) and not norm.get("range_role") and norm.get("mod") is None:
            ref = _Reference(date.fromisoformat(norm["earliest"]), norm["value"], value_rank(norm["value"]),
                             f.end, norm.get("anchor") == "absolute", ref.clock_day, ref.clock_end,
                             _starts_event(text, f.start, f.end, g))
        if norm["timex_type"] in ("DATE", "TIME") and re.match(r"\d{4}-\d\d-\d\d", norm["value"] or ""):
            ref.clock_day, ref.clock_end = norm["value"][:10], f.end
        out.append(replace(f, norm=norm, narrative=None))
    return out


def find_dates(text: str, published=None, tense: str | None = None, *, grammar: Grammar | None = None
               ) -> list[DateMatch]:
    """Every date expression in ``text`` (non-overlapping, sorted by offset), resolved.

    ``published`` (ISO date/datetime string, ``date`` or None) resolves relative expressions;
    ``tense`` (``"past"``, ``"present"``, ``"future"`` or None) guides bare weekday and month names.
    """
    return resolve_dates(text, scan_dates(text, published, tense, grammar=grammar), published, grammar=grammar)


def parse_date(text: str, published=None, tense: str | None = None, *, grammar: Grammar | None = None
               ) -> dict | None:
    """The DESIGN date norm of one expression, or None when ``text`` is not (only) a date.

    A leading preposition is allowed and dropped (``"in 2010"``); ``since``/``until``/``by`` set
    ``mod``. A range (``"between 1996 and 2008"``) returns the start endpoint's norm, whose
    ``earliest``/``latest`` hold the whole interval.
    """
    if not text or not text.strip():
        return None
    body = text.strip().rstrip(".,;:!?")
    if not body:
        return None
    g = grammar or load_grammar()
    lead = g.cues.lead.match(body)
    sig = (lead.group(1) or "").lower() if lead else ""
    off = lead.end() if lead else 0
    found = find_dates(body, published, tense, grammar=g)
    if not found:
        return None
    if sig in ("between", "from") or (found[0].norm.get("range_role") and len(found) == 2):
        if found[0].norm.get("range_role") == "start":
            return found[0].norm
    if len(found) == 1 and found[0].start == off and found[0].end == len(body):
        return found[0].norm
    return None


# ----------------------------------------------------------------------------- spaCy component
try:  # the pure functions above work without spaCy
    from spacy.language import Language
    from spacy.tokens import Doc, Span
except ImportError:  # pragma: no cover
    Language = None

if Language is not None:
    from pipeline import extensions as ext
    from pipeline.components.base import ASSIGNS, REQUIRES, RuleComponent
    from pipeline.schemas import complete_norm

    _PAST_AUX = {"has", "have", "had", "was", "were"}

    # A "verb" in one of these roles is a noun the tagger misread ('that protests over the weekend
    # drew thousands': 'protests' VBZ, nsubj of 'drew'): the clause's verb is further up.
    _NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "compound", "poss"}

    def _governing_verb(span: Span):
        tok = span.root
        for _ in range(12):
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in _NOUN_DEPS or tok.head.i == tok.i:
                break
            tok = tok.head
        return tok if tok.pos_ in ("VERB", "AUX") else None

    def clause_tense(span: Span, future_verbs=frozenset()) -> str | None:
        """'past', 'present', 'future' or None from the verb governing ``span`` (uses the parse).
        ``future_verbs``: lemmas whose to-infinitive points ahead ('is expected to land Saturday').
        A present-tense copula with a noun or adjective ('Monday's attack is the deadliest',
        'Wednesday's debate is the last chance') gives 'near': the date is the nearest such day."""
        tok = _governing_verb(span)
        if tok is None:
            return None
        kids = list(tok.children) + [tok]
        if tok.tag_ == "VB" and any(k.lower_ == "to" and k.dep_ == "aux" for k in kids) and tok.head.i != tok.i:
            up = tok.head  # 'is expected to make landfall Saturday'
            if up.lemma_.lower() in future_verbs:
                return "future"
            tok, kids = up, list(up.children) + [up]
        aux = [k for k in kids if k.dep_ in ("aux", "auxpass") or k is tok]
        if {k.lower_ for k in aux} & {"will", "'ll", "shall", "wo"} or tok.tag_ == "MD" and tok.lower_ in ("will", "shall"):
            return "future"
        if any(k.tag_ == "VBD" for k in aux):
            return "past"
        if tok.tag_ == "VBN" and any(k.lower_ in _PAST_AUX for k in kids):
            return "past"
        if any(k.tag_ in ("VBZ", "VBP") for k in aux):
            copula = tok.lemma_ == "be" and any(k.dep_ in ("attr", "acomp") for k in tok.children)
            return "near" if copula else "present"
        return None

    def _reject_by_parse(span: Span, match: DateMatch, time_hint: re.Pattern) -> bool:
        """True when the parse shows the match is not a date."""
        if match.handler == "month" and len(span) == 1:
            tok = span[0]
            if tok.tag_ == "MD" or tok.pos_ in ("VERB", "AUX"):
                return True  # 'May' as a modal, 'March' as a verb
            nxt = span.doc[tok.i + 1] if tok.i + 1 < len(span.doc) else None
            if nxt is not None and tok.text == "May" and (nxt.tag_ in ("VB", "MD") or
                                                           (tok.dep_ in ("nsubj", "nsubjpass") and nxt.pos_ in ("VERB", "AUX"))):
                return True  # 'May would decide', 'May say': a name or a modal
        if (match.rule == "year-bare" or match.norm.get("range_role")) and len(span) == 1 \
                and span.text.isdigit():
            tok = span[0]
            head = tok.head
            if tok.dep_ == "nummod" and head.tag_ in ("NNS", "NNPS") and not time_hint.search(head.text):
                return True  # '2000 soldiers', 'from 1500 to 2000 soldiers'
        return False

    def _join_ranges(doc: Doc, matches: list[DateMatch], aligned: list[Span | None]):
        """A year range that is one token ('2007\u20132010'): one mention of the start year with
        ``range_end``, since its years cannot be separate spans."""
        out_m, out_s = [], []
        i = 0
        while i < len(matches):
            m = matches[i]
            nxt = matches[i + 1] if i + 1 < len(matches) else None
            if m.rule == "range-dash" and m.norm.get("range_role") == "start" and nxt is not None \
                    and (aligned[i] is None or aligned[i + 1] is None):
                whole = doc.char_span(m.start, nxt.end)
                norm = {k: v for k, v in m.norm.items() if k != "range_role"}
                out_m.append(replace(m, end=nxt.end, text=doc.text[m.start:nxt.end],
                                     norm={**norm, "range_end": nxt.norm["value"]}))
                out_s.append(whole)
                i += 2
                continue
            out_m.append(m)
            out_s.append(aligned[i])
            i += 1
        return out_m, out_s

    def _aligned(doc: Doc, start: int, end: int) -> Span | None:
        """The token span of a match; contracted only when what falls off holds no letter or digit."""
        span = doc.char_span(start, end)
        if span is not None:
            return span
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or len(span) == 0:
            return None
        lost = doc.text[start:span.start_char] + doc.text[span.end_char:end]
        return None if any(c.isalnum() for c in lost) else span

    def _in_quote(doc: Doc, span: Span) -> bool:
        """True when ``span`` is inside an open quotation of its sentence."""
        before = doc.text[span.sent.start_char:span.start_char]
        return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")

    def _speech_verb(span: Span, speech_verbs) -> object | None:
        """The reporting verb whose direct quote holds ``span`` ('"We met him yesterday," the
        minister said'), or None."""
        tok, prev = span.root, None
        for _ in range(12):
            if prev is not None and tok.lemma_.lower() in speech_verbs and prev.dep_ in ("ccomp", "parataxis"):
                return tok
            if tok.head.i == tok.i:
                return None
            tok, prev = tok.head, tok
        return None

    def _attached_to(span: Span, verb) -> bool:
        """``span`` modifies ``verb`` directly ('said Friday') or through a preposition ('said on Friday')."""
        head = span.root.head
        return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)

    class DatesComponent(RuleComponent):
        """Find, normalize and attach date mentions (see the module docstring)."""

        rule_globs = ("date*.jsonl",)
        patterns_file = "dates_patterns.jsonl"

        def __init__(self, nlp: Language, name: str = "claims_dates", keep_ner: bool = True, rules=None):
            self._init_rules(nlp, name, keep_ner=keep_ner, rules=rules)
            self.keep_ner = keep_ner
            self.grammar = load_grammar(self.rules_dir / PATTERNS_FILE.name, self.rules_dir / WORDS_FILE.name)
            self.future_verbs = frozenset(self.grammar.words["future_verb"])
            self.speech_verbs = frozenset(self.grammar.words["speech_verb"])

        def __call__(self, doc: Doc) -> Doc:
            self.check_rule_data()
            published = doc._.published
            doc.spans[ext.GROUP_DATES] = []
            has_dep = doc.has_annotation("DEP")  # (each call walks every token: once per doc)
            parsed = has_dep or doc.has_annotation("TAG")
            matches = scan_dates(doc.text, published, grammar=self.grammar)
            aligned = [_aligned(doc, m.start, m.end) for m in matches]
            matches, aligned = _join_ranges(doc, matches, aligned)
            bad = self._rejected(matches, aligned, parsed)
            kept = [(m, s) for i, (m, s) in enumerate(zip(matches, aligned)) if s is not None and i not in bad]
            rejected = [s for i, s in enumerate(aligned) if s is not None and i in bad]
            if has_dep:
                kept = [(self._with_tense(s, m, published), s) for m, s in kept]
                kept = self._anchor_speech(kept)
            resolved = resolve_dates(doc.text, [m for m, _ in kept], published, grammar=self.grammar)
            spans: list[Span] = []
            for match, (_, span) in zip(resolved, kept):
                created = ext.add_mention(doc, ext.GROUP_DATES, span.start_char, span.end_char, "date",
                                          complete_norm("date", match.norm), f"rule:{match.rule}")
                if created is not None:
                    spans.append(created)
            if self.keep_ner:
                self._add_ner(doc, spans + rejected, published, has_dep)
            return doc

        def _rejected(self, matches: list[DateMatch], aligned: list[Span | None], parsed: bool) -> set[int]:
            """Indexes of matches that do not align to tokens or that the parse rejects."""
            hint = self.grammar.cues.time_hint
            bad = {i for i, (m, s) in enumerate(zip(matches, aligned))
                   if s is None or (parsed and _reject_by_parse(s, m, hint))}
            for i, m in enumerate(matches):  # a range stands or falls with both endpoints
                if m.norm.get("range_role") == "start" and i + 1 < len(matches) and (i in bad or i + 1 in bad):
                    bad |= {i, i + 1}
            return bad

        def _tense(self, span: Span, match: DateMatch) -> str | None:
            root = span.root
            if match.handler == "weekday" and root.dep_ == "pobj" and root.head.lower_ == "for":
                return "future"  # 'a strike for Thursday', 'talks set for Monday'
            if match.handler == "holiday" and root.dep_ == "pobj" and root.head.lower_ in ("before", "until", "till"):
                return "future"  # 'fences went up a week before Inauguration Day'
            return clause_tense(span, self.future_verbs)

        def _with_tense(self, span: Span, match: DateMatch, published) -> DateMatch:
            """The match again with the tense of its clause, for names that depend on it."""
            if match.handler not in TENSE_SENSITIVE:
                return match
            tense = self._tense(span, match)
            if not tense:
                return match
            again = [f for f in scan_dates(span.text, published, tense, grammar=self.grammar)
                     if f.start == 0 and f.end == len(span.text)]
            return replace(match, norm=again[0].norm, narrative=again[0].narrative) if again else match

        def _anchor_speech(self, kept: list[tuple[DateMatch, Span]]) -> list[tuple[DateMatch, Span]]:
            """Relative days inside a direct quote count from the day it was said."""
            out = []
            for match, span in kept:
                if match.handler in SPEECH_RELATIVE and match.norm.get("anchor") == "published" \
                        and _in_quote(span.doc, span):
                    match = self._from_speech_day(match, span, kept)
                out.append((match, span))
            return out

        def _from_speech_day(self, match: DateMatch, span: Span, kept) -> DateMatch:
            verb = _speech_verb(span, self.speech_verbs)
            if verb is None:
                return match
            said = next((m for m, s in kept if s.start != span.start and _attached_to(s, verb)
                         and re.fullmatch(r"\d{4}-\d\d-\d\d", m.norm.get("value") or "")), None)
            if said is None:
                return match
            again = [f for f in scan_dates(span.text, said.norm["value"], grammar=self.grammar)
                     if f.start == 0 and f.end == len(span.text)]
            if not again:
                return match
            return replace(match, norm={**again[0].norm, "anchor": said.norm["anchor"]})

        def _add_ner(self, doc: Doc, spans: list[Span], published, has_dep: bool) -> None:
            spans = list(spans)
            hint = self.grammar.cues.time_hint
            for ent in doc.ents:
                if ent.label_ not in ("DATE", "TIME"):
                    continue
                if any(ent.start_char < s.end_char and s.start_char < ent.end_char for s in spans):
                    continue
                tense = clause_tense(ent, self.future_verbs) if has_dep else None
                norm = parse_date(ent.text, published, tense, grammar=self.grammar)
                if norm is None:
                    if not hint.search(ent.text) or re.search(r"(?<!\d)\d{1,4}(?:st|nd|rd|th)\s+largest", ent.text):
                        continue  # 'S-300', 'the 19th', '3-2': not a date
                    norm = {"timex_type": "TIME" if ent.label_ == "TIME" else "DATE", "value": None,
                            "mod": None, "earliest": None, "latest": None, "anchor": None}
                span = ext.add_mention(doc, ext.GROUP_DATES, ent.start_char, ent.end_char, "date",
                                       complete_norm("date", norm), "ner")
                if span is not None:
                    spans.append(span)

    @Language.factory("claims_dates", default_config={"keep_ner": True, "rules": None},
                      assigns=ASSIGNS["claims_dates"], requires=REQUIRES["claims_dates"])
    def make_dates(nlp: Language, name: str, keep_ner: bool, rules: str | None) -> DatesComponent:
        return DatesComponent(nlp, name, keep_ner, rules)
