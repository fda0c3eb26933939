"""``claims_dates``: dates, times, durations and sets, normalized to TIMEX3 (ISO-TimeML).

Two layers:

* Pure functions, usable without spaCy: :func:`find_dates` scans a text and returns every date
  expression with its TimeML extent and DESIGN.md date ``norm``; :func:`parse_date` normalizes one
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
from dataclasses import dataclass
from datetime import date

from pipeline.components.date_handlers import TENSE_SENSITIVE, Ctx, apply_signal, scan
from pipeline.components.date_rules import (  # noqa: F401  (public API of this module)
    PATTERNS_FILE, WORDS_FILE, WORD_CLASSES, DateRuleError, Grammar, load_grammar)
from pipeline.components.timex import (  # noqa: F401
    NORM_KEYS, TIMEX_TYPES, UNIT_RANK, granular, is_concrete, parse_published, shift, value_bounds,
    value_rank)


# ----------------------------------------------------------------------------- finding dates
@dataclass(frozen=True)
class DateMatch:
    """One date expression: character offsets into the scanned text, its norm and rule id."""
    start: int
    end: int
    text: str
    norm: dict
    rule: str
    handler: str


def _resolve_narrative(found, ref: date | None, from_text: bool, ref_rank: int = 5) -> dict:
    """The norm of a narrative date ('the next day') counted from ``ref``."""
    sign, n, unit, needs_text = found.narrative
    out = dict(found.norm)
    if ref is None or UNIT_RANK.get(unit, 5) > ref_rank or (needs_text and not from_text):
        return out  # 'the next day' after 'in 2010': no day to count from
    d = shift(ref, sign * n, unit) if n else ref
    if d is None:
        return out
    value = granular(d, unit)
    e, l = value_bounds(value)
    out.update(value=value, earliest=e, latest=l, anchor="absolute" if from_text else "published")
    return out


def find_dates(text: str, published=None, tense: str | None = None, *, grammar: Grammar | None = None
               ) -> list[DateMatch]:
    """Every date expression in ``text`` (non-overlapping, sorted by offset).

    ``published`` (ISO date/datetime string, ``date`` or None) resolves relative expressions;
    ``tense`` (``"past"``, ``"future"`` or None) guides bare weekday and month names.
    """
    g = grammar or load_grammar()
    ctx = Ctx(g, parse_published(published), tense)
    out = []
    last: date | None = None  # the last explicit date in the text: the narrative reference time
    last_rank = 5
    for f in scan(text, ctx):
        norm = f.norm
        if f.narrative is not None:
            norm = _resolve_narrative(f, last or ctx.pub, last is not None, last_rank if last else 5)
        norm = apply_signal(text, f.start, norm, g)
        if f.narrative is None and norm["timex_type"] == "DATE" and norm.get("earliest") \
                and is_concrete(norm["value"]) and not norm.get("range_role") and norm.get("mod") is None:
            last = date.fromisoformat(norm["earliest"])
            last_rank = value_rank(norm["value"])
        out.append(DateMatch(f.start, f.end, text[f.start:f.end], norm, f.rule, f.handler))
    return out


def parse_date(text: str, published=None, tense: str | None = None) -> dict | None:
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
    lead = load_grammar().cues.lead.match(body)
    sig = (lead.group(1) or "").lower() if lead else ""
    rest = body[lead.end():] if lead else body
    prefix = body[:lead.end()] if lead else ""
    found = find_dates(prefix + rest, published, tense)
    if not found:
        return None
    off = len(prefix)
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
    from pipeline.schemas import complete_norm

    def clause_tense(span: Span, future_verbs=frozenset()) -> str | None:
        """'past', 'future' or None from the verb governing ``span`` (uses the parse).
        ``future_verbs``: lemmas whose to-infinitive points ahead ('is expected to land Saturday')."""
        tok = span.root
        for _ in range(12):
            if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
                break
            tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            return None
        kids = list(tok.children) + [tok]
        if tok.tag_ == "VB" and any(k.lower_ == "to" and k.dep_ == "aux" for k in kids) and tok.head is not tok:
            up = tok.head  # 'is expected to make landfall Saturday'
            if up.lemma_.lower() in future_verbs:
                return "future"
            tok, kids = up, list(up.children) + [up]
        lower = {k.lower_ for k in kids if k.dep_ in ("aux", "auxpass") or k is tok}
        if lower & {"will", "'ll", "shall", "wo"} or tok.tag_ == "MD" and tok.lower_ in ("will", "shall"):
            return "future"
        if any(k.tag_ in ("VBD",) for k in kids if k.dep_ in ("aux", "auxpass") or k is tok):
            return "past"
        if tok.tag_ == "VBN" and any(k.lower_ in ("has", "have", "had", "was", "were") for k in kids):
            return "past"
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

    class DatesComponent:
        """Find, normalize and attach date mentions (see the module docstring)."""

        def __init__(self, nlp: Language, name: str = "claims_dates", keep_ner: bool = True):
            self.name = name
            self.keep_ner = keep_ner
            self.grammar = load_grammar()
            self.future_verbs = frozenset(self.grammar.words["future_verb"])

        def __call__(self, doc: Doc) -> Doc:
            published = doc._.published
            doc.spans[ext.GROUP_DATES] = []
            parsed = doc.has_annotation("DEP") or doc.has_annotation("TAG")
            matches = find_dates(doc.text, published, grammar=self.grammar)
            aligned = [_aligned(doc, m.start, m.end) for m in matches]
            bad = self._rejected(matches, aligned, parsed)
            spans: list[Span] = []
            rejected: list[Span] = []
            for i, (match, span) in enumerate(zip(matches, aligned)):
                if span is None:
                    continue
                if i in bad:
                    rejected.append(span)
                    continue
                norm = self._with_tense(doc, span, match, published) if parsed else match.norm
                created = ext.add_mention(doc, ext.GROUP_DATES, span.start_char, span.end_char, "date",
                                          complete_norm("date", norm), f"rule:{match.rule}")
                if created is not None:
                    spans.append(created)
            if self.keep_ner:
                self._add_ner(doc, spans + rejected, published)
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

        def _with_tense(self, doc: Doc, span: Span, match: DateMatch, published) -> dict:
            """The norm again with the tense of the clause, for names that depend on it."""
            if match.handler not in TENSE_SENSITIVE or not doc.has_annotation("DEP"):
                return match.norm
            tense = clause_tense(span, self.future_verbs)
            if not tense:
                return match.norm
            again = [f for f in find_dates(span.text, published, tense, grammar=self.grammar)
                     if f.start == 0 and f.end == len(span.text)]
            if not again:
                return match.norm
            return apply_signal(doc.text, span.start_char, again[0].norm, self.grammar)

        def _add_ner(self, doc: Doc, spans: list[Span], published) -> None:
            spans = list(spans)
            hint = self.grammar.cues.time_hint
            for ent in doc.ents:
                if ent.label_ not in ("DATE", "TIME"):
                    continue
                if any(ent.start_char < s.end_char and s.start_char < ent.end_char for s in spans):
                    continue
                norm = parse_date(ent.text, published)
                if norm is None:
                    if not hint.search(ent.text) or re.search(r"\d+(?:st|nd|rd|th)\s+largest", ent.text):
                        continue  # 'S-300', 'the 19th', '3-2': not a date
                    norm = {"timex_type": "TIME" if ent.label_ == "TIME" else "DATE", "value": None,
                            "mod": None, "earliest": None, "latest": None, "anchor": None}
                span = ext.add_mention(doc, ext.GROUP_DATES, ent.start_char, ent.end_char, "date",
                                       complete_norm("date", norm), "ner")
                if span is not None:
                    spans.append(span)

    @Language.factory("claims_dates", default_config={"keep_ner": True})
    def make_dates(nlp: Language, name: str, keep_ner: bool) -> DatesComponent:
        return DatesComponent(nlp, name, keep_ner)
