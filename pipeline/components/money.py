"""``claims_money``: money amounts found by rules, normalized to value + ISO 4217 currency.

* ``parse_money("about $5m")`` -> ``{"value": 5e6, "min": None, "max": None, "currency": "USD",
  "currency_candidates": [...], "approximate": True, "qualifier": "about", "unit": None}``
  (or ``None`` when the text holds no money amount). No spaCy needed.
* ``find_money(text)`` -> every amount in a text with its character offsets and rule id.
* The ``claims_money`` factory writes kind ``money`` spans to ``doc.spans["claims_money"]``.

Rules (``pipeline/rules/money_patterns.jsonl``) are regexes built from blocks: qualifiers
(``qualifiers.jsonl``), currency signs, codes and names (CLDR through Babel plus
``currencies.jsonl``, see ``currencies.py``), numbers and scales (``numbers.py``).

Span extent: qualifier words are inside the span (``about $5m``, ``more than $5m``,
``only $856 million``, ``between $1 and $2 billion``), as in OntoNotes MONEY; a per-unit
denominator too (``$3 a gallon``, extra norm field ``unit`` = ``"gallon"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import extensions as ext
from pipeline.components import numbers as N
from pipeline.components.base import ASSIGNS, REQUIRES, RuleComponent
from pipeline.spans import RangeIndex
from pipeline.components.currencies import (  # noqa: F401  (part of this module's API)
    Currency, CurrencyTable, currencies, iso_codes, load_currencies)


def _forms_re(forms: dict[str, bool], guard: str = r"(?![A-Za-z0-9])") -> str:
    """The currency forms (form -> case sensitive) as one regex, longest form first."""
    return N.trie_alternation(forms, guard)


def _per_re(folder: Path = N.RULES_DIR) -> str:
    per_forms = [f for r in N.load_rules("units.jsonl", ("forms", "type", "unit"), folder=folder) if r["type"] == "per"
                 for f in r["forms"]]
    return (rf"(?:(?:{N.SP}?/{N.SP}?|{N.SP}+(?:a|an|per|each|every){N.SP}+|-(?:a|an|per)-)"
            rf"(?P<per>{N.alternation(per_forms, False)}))?")


@lru_cache(maxsize=None)
def _free_re(folder: Path = N.RULES_DIR) -> re.Pattern:
    """What may follow a bare amount word ("a dollar", "20 euros 15", "6 mao"): punctuation, the
    end, or a word of ``number_contexts.jsonl`` ("a dollar in most stores", not "a dollar store")."""
    return re.compile(N.contexts(folder).free, re.I)


def _post_re(t: CurrencyTable, n: str = "") -> str:
    """A currency after the number (group ``post<n>``) or glued to its digits (``att<n>``):
    ``15 USD``, ``9,99 €``, ``12.50US$``, ``300Rs``. A sign followed by a number belongs to that
    number: "2015 €5m" is €5m."""
    glued = {**{f: c for f, c in t.pre.items() if len(f) > 1}, **t.attached}
    return (rf"(?:(?P<post{n}>{_forms_re(t.post)})|(?<=[0-9])(?P<att{n}>{_forms_re(glued)})(?![A-Za-z]))"
            rf"(?!(?<=[^A-Za-z.]){N.SP}?[0-9])")


def _minor_re(t: CurrencyTable, unit_required: bool, folder: Path = N.RULES_DIR) -> str:
    """The minor part of a compound amount: ``40 cents``, ``7c``, ``fifty`` (a bare number only
    before punctuation or a free word: "20 euros 15 a day", not "20 euros 15 minutes ago")."""
    w = N.number_words(folder)
    small = "|".join(k for k, v in w.units.items() if 1 <= v <= 9)
    words = rf"(?:{N.words_re(w.tens)})(?:[- ](?:{small}))?|{N.words_re(w.units)}"
    unit = rf"{N.SP}?(?P<minorunit>{_forms_re({f: t.post.get(f, t.attached.get(f, False)) for f in t.minor_forms()})}|c(?![A-Za-z]))"
    tail = unit if unit_required else rf"(?:{unit}|{N.contexts(folder).free})"
    return rf"(?P<minor>[0-9]{{1,2}}(?![0-9]|[.,][0-9])|(?:{words})\b){tail}"


def money_blocks(folder: Path = N.RULES_DIR) -> dict[str, str]:
    """The money blocks of ``money_patterns.jsonl`` (besides the shared ones of ``numbers``)."""
    t = currencies(folder)
    pre = _forms_re(t.pre, r"(?![A-Za-z])")  # "EUR7" is fine
    w = N.number_words(folder)
    scales = N.words_re([*(k for k in w.word_scales if k != "hundred"), *w.lists["count-abbreviations"]])
    return {
        "PRE1": rf"(?<![A-Za-z0-9])(?P<pre1>{pre}){N.SP}?",
        "PRE2": rf"(?P<pre2>{pre}){N.SP}?",
        "POST": _post_re(t),
        "POST2": _post_re(t, "2"),
        # after a word ("a euro", "billions of dollars"): no sign glued to digits
        "POSTW": rf"(?P<post>{_forms_re(t.post)})(?!(?<=[^A-Za-z.]){N.SP}?[0-9])",
        # a currency *name* after an article ("a euro"): the forms ``anchor()`` opens windows for
        "POSTNAME": rf"(?P<post>{_forms_re(_names(t))})",
        "A1": N.amount_re(1, spaced=True, folder=folder),
        "A2": N.amount_re(2, spaced=True, folder=folder),
        "PER": _per_re(folder),
        "MINOR": _minor_re(t, unit_required=False, folder=folder),
        "MINORU": _minor_re(t, unit_required=True, folder=folder),
        "AND": rf"{N.SP}+(?:and{N.SP}+)?",
        # a scale after the currency code: "40 EUR million" (only when the number has none)
        "PSCALE": rf"(?(scale1)|(?:{N.SP}+(?P<pscale>{scales})\b)?)",
        "FREE": N.contexts(folder).free,
    }


@lru_cache(maxsize=None)
def anchor(folder: Path = N.RULES_DIR) -> re.Pattern:
    """Opens a search window where no number does: an article before a currency name."""
    return re.compile(rf"\ban?[ \u00a0]+{_forms_re(_names(currencies(folder)))}", re.I)


def _names(table) -> dict:
    """The post-number currency forms that are words (``euro``, ``dollars``), not signs."""
    return {f: c for f, c in table.post.items() if f[:1].isalpha()}


@lru_cache(maxsize=None)
def patterns(folder: Path = N.RULES_DIR) -> list[N.Pattern]:
    """The compiled money patterns of a rules folder (once per process and folder)."""
    return N.compile_patterns("money_patterns.jsonl", money_blocks(folder), folder=folder)


def lookup(form: str | None, folder: Path = N.RULES_DIR) -> Currency | None:
    if not form:
        return None
    return currencies(folder).table.get(re.sub(r"\s+", " ", form.lower()))


def resolve(cur: Currency, default_currency: str) -> tuple[str | None, list[str] | None]:
    """(ISO code, candidates or None) of a currency entry under the configured default."""
    code = cur.code
    candidates = list(cur.candidates) or None
    if code == "@default":
        code = default_currency
    elif code == "@default_dollar":
        code = default_currency if default_currency in cur.candidates else "USD"
    if candidates and code not in candidates:
        candidates = [code] + candidates
    elif candidates and candidates[0] != code:
        candidates = [code] + [c for c in candidates if c != code]
    return code, candidates


# --------------------------------------------------------------------------- finding


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    norm: dict
    rule_id: str
    order: int = 0  # the pattern that found it (earlier patterns win ties)


def _currency(m: re.Match, text: str, folder: Path = N.RULES_DIR) -> Currency | None:
    """The one currency a match names (None: unknown form, or two different currencies)."""
    gd = m.groupdict()
    forms = [gd.get("pre1"), gd.get("pre2"), gd.get("post") or gd.get("att"), gd.get("post2") or gd.get("att2")]
    curs = [lookup(f, folder) for f in forms if f]
    if not curs or any(c is None for c in curs) or any(c.code != curs[0].code for c in curs[1:]):
        return None  # "$5 to €10"
    if any(c.guarded for c in curs) and not _free_re(folder).match(text, m.end()):
        return None  # "3 fen filters"
    return curs[0]


def _has_scale(gd: dict, folder: Path = N.RULES_DIR) -> bool:
    return bool(gd.get("scale1") or gd.get("scale2") or gd.get("pscale")
                or N._scale_of_spelled(gd.get("num1") or "", folder) > 1)


def _not_money(m: re.Match, text: str, cur: Currency, folder: Path = N.RULES_DIR) -> bool:
    """Reasons a well-formed match is not an amount."""
    gd = m.groupdict()
    pre1, num = gd.get("pre1"), gd.get("num1") or ""
    if not pre1 and num and N.glued_before(text, m.start("num1")):
        return True  # "S-300 USD": a model name, not an amount
    if re.fullmatch(r"[0-9]{3}", num) and _grouping_tail(text, m.start("num1")):
        return True  # "page 5 1 000 euros": the tail of a grouping we cannot read is not 0 euros
    if (not pre1 and re.fullmatch(r"(?:19|20)[0-9]{2}", num) and not gd.get("scale1")
            and re.search(r"\b(?:in|constant|real|nominal|of)[ ]+$", text[max(0, m.start() - 12):m.start()], re.I)):
        return True  # "in 2015 dollars": constant-dollar notation, not an amount
    if pre1 and lookup(pre1, folder).name and pre1.upper() != lookup(pre1, folder).code and not _has_scale(gd, folder):
        return True  # a name before the number needs a scale: "euro 9.5 million", not "euro 1.08"
    if cur.requires_scale and not gd.get("vague") and not gd.get("minor") and not _has_scale(gd, folder):
        paying = N.contexts(folder).money.search(text[max(0, m.start() - 40):m.start()])
        return not (re.search(r"\.[0-9]{2}$", num) or paying)  # "500 pounds" is usually a weight
    return False


def _grouping_tail(text: str, start: int) -> bool:
    """The three digits at ``start`` follow 1-3 digits and a space that are not part of a name:
    "5 1 000" (a grouping we cannot read), not "S-300 500" (a model name, then a number)."""
    before = re.search(r"(?<![0-9,.])[0-9]{1,3}[ \u00a0\u2009\u202f]$", text[max(0, start - 5):start])
    return bool(before) and not N.glued_before(text, max(0, start - 5) + before.start())


def _minor_value(m: re.Match, cur: Currency, folder: Path = N.RULES_DIR) -> Decimal | None:
    """The minor part of a compound amount in the major unit ("and 12 cents" -> 0.12), or None
    when it cannot belong to this major amount."""
    gd = m.groupdict()
    if gd.get("scale1") or gd.get("pscale") or cur.factor != 1:
        return None  # "5 million dollars and 20 cents", "50 cents 20"
    minor = gd["minor"]
    count = N.parse_digits(minor) if minor[0].isdigit() else N.words_to_number(minor, folder)
    unit = gd.get("minorunit")
    factor = Decimal("0.01")
    if unit and unit.lower() != "c":
        mcur = lookup(unit, folder)
        if mcur is None or mcur.code not in ("@default", cur.code):
            return None  # "5 dollars 30 pence"
        factor = mcur.factor
    if count is None or count * factor >= 1:
        return None
    return count * factor


def _accounting_negative(m: re.Match, text: str, folder: Path = N.RULES_DIR) -> bool | None:
    """``(€1,250.00)`` is negative; after another amount it is a conversion (None: not ours)."""
    before = text[max(0, m.start() - 40):m.start()].rstrip()
    last = before.split()[-1] if before.split() else ""
    if re.search(r"[0-9]", last) or lookup(last.strip(",;:"), folder) or last.lower() in N.number_words(folder).scales:
        return None  # "€400 (£350)", "50 billion yen ($450 million)"
    return True


def _minus_before_sign(m: re.Match, text: str, start: int) -> int | None:
    """Start of a minus sign before a leading currency sign: ``-£40``, ``−€3.5m``."""
    ps = m.start("pre1") if m.groupdict().get("pre1") else -1
    if ps < 1 or ps != start or text[ps - 1] not in "-−":
        return None
    if ps > 1 and text[ps - 2] not in " (\t\n:":
        return None
    return ps - 1


def _negate(vals: dict) -> None:
    for k in ("value", "min", "max"):
        if vals[k] is not None:
            vals[k] = -vals[k]


def _normalize(m: re.Match, rule: N.Rule, text: str, default_currency: str, order: int = 0,
               folder: Path = N.RULES_DIR):
    cur = _currency(m, text, folder)
    if cur is None or _not_money(m, text, cur, folder):
        return None
    gd = m.groupdict()
    is_range = bool(rule.get("range"))
    res = N.values(m, text, is_range, cur.factor, folder)
    if res is None:
        return None
    vals, start = res
    if gd.get("minor"):
        minor = _minor_value(m, cur, folder)
        if minor is None:
            return None
        old = vals["value"]
        for k in ("value", "min", "max"):
            if vals[k] == old:
                vals[k] = float(Decimal(str(old)) + minor)
    if rule.get("negative") and _accounting_negative(m, text, folder) is None:
        return None
    minus = None if is_range else _minus_before_sign(m, text, start)
    if rule.get("negative") or minus is not None:
        _negate(vals)
        start = start if minus is None else minus
    code, candidates = resolve(cur, default_currency)
    norm = {"value": vals["value"], "min": vals["min"], "max": vals["max"], "currency": code,
            "currency_candidates": candidates, "approximate": vals["approximate"],
            "qualifier": vals["qualifier"], "unit": gd.get("per").lower() if gd.get("per") else None}
    return Found(start, _sentence_end_trimmed(text, m.end()), norm, rule.id, order)


_SENTENCE_ENDS = r"[\s\"'\u201d\u2019)\]]*(?:$|\n|[A-Z\"\u201c\u2018(])"


def _sentence_end_trimmed(text: str, end: int) -> int:
    """End of a span without the sentence's full stop: an abbreviated sign at the end of a
    sentence ("costs 300Rs.", "1,000 kr. Then") gives its period to the sentence; inside one
    ("40 kr. was paid") the period stays the sign's."""
    if end and text[end - 1] == "." and N.rx(_SENTENCE_ENDS).match(text, end):
        return end - 1
    return end


def _year_like(text: str, f: Found) -> bool:
    """A bare year read as an amount ("15 USD 2015"): loses any overlap with another reading."""
    v = f.norm["value"]
    return v is not None and 1900 <= v <= 2100 and re.search(r"(?<![0-9.,])(?:19|20)[0-9]{2}(?![0-9.,])",
                                                             text[f.start:f.end]) is not None


_NEXT_AMOUNT = r"[ \u00a0]*(?:(?:an?|one)[ \u00a0]+)?([^\s]{1,30})"


def _trim_postq(regex: re.Pattern, m: re.Match, text: str, folder: Path = N.RULES_DIR) -> re.Match:
    """``less than 40¥ and above a euro``: a trailing ``and above`` / ``or more`` followed by
    another amount (or by ``than``) is that amount's qualifier, not this one's: match again
    without it."""
    post = m.groupdict().get("postq")
    if not post:
        return m
    nxt = N.rx(_NEXT_AMOUNT).match(text, m.end())
    word = nxt.group(1).rstrip(".,;:") if nxt else ""
    amount = word[:1].isdigit() or lookup(word, folder) or lookup(re.split(r"[0-9]", word)[0], folder)
    if not word or not (amount or word.lower() == "than"):  # "or more than $10"
        return m
    again = regex.match(text, m.start(), m.start("postq"))
    return again if again is not None and again.end() > again.start() else m


def find_money(text: str, default_currency: str = "USD", folder: Path = N.RULES_DIR) -> list[Found]:
    """Every money amount in ``text``, non-overlapping, sorted by offset (rules of ``folder``)."""
    masks = RangeIndex(N.masked_ranges(text))
    cands: list[Found] = []
    spans = N.windows(text, folder=folder)
    articles = N.windows(text, anchor(folder), numbers=False, folder=folder)
    for order, (rule, regex) in enumerate(patterns(folder)):
        for m in N.finditer(regex, text, articles if rule.get("windows") == "article" else spans):
            if m.end() == m.start():
                continue
            m = _trim_postq(regex, m, text, folder)
            found = _normalize(m, rule, text, default_currency, order, folder)
            if found is None and m.groupdict().get("compound"):  # "5 dollars 30 pence": 5 dollars
                m = regex.match(text, m.start(), m.start("compound"))
                found = m and _normalize(m, rule, text, default_currency, order, folder)
            if found is None or masks.overlaps(found.start, found.end):
                continue
            cands.append(found)
    return N.longest_first(cands, lambda f: (_year_like(text, f), -(f.end - f.start), f.order, f.start))


def parse_money(text: str, default_currency: str = "USD", folder: Path = N.RULES_DIR) -> dict | None:
    """The norm of the (longest) money amount in ``text``, or None when there is none."""
    found = find_money(text, default_currency, folder)
    if not found:
        return None
    return max(found, key=lambda f: (f.end - f.start, -f.start)).norm


@lru_cache(maxsize=8)
def _forms_longest_first(folder: Path) -> tuple[str, ...]:
    return tuple(sorted(currencies(folder).table, key=len, reverse=True))


def _guess_currency(text: str, default_currency: str, folder: Path = N.RULES_DIR):
    """The currency of the longest sign or name written in ``text`` (an NER MONEY span)."""
    table, low = currencies(folder).table, text.lower()
    for form in _forms_longest_first(folder):
        if form in low and re.search(r"(?<![A-Za-z])" + re.escape(form) + r"(?![A-Za-z])", low):
            return resolve(table[form], default_currency)
    return None, None


def not_money(text: str, start: int, end: int, masks: RangeIndex, folder: Path = N.RULES_DIR) -> bool:
    """An NER MONEY span the rules positively know is something else.

    A percent (``15.3 per cent``), a phone number, time, date or footnote, or a number glued to
    a label or model name (``#42``, ``F-35``). Anything else the rules cannot read stays money.
    """
    if masks.overlaps(start, end):
        return True
    digit = re.search(r"[0-9]", text[start:end])
    if digit and N.glued_before(text, start + digit.start()):
        return True
    return N.has_percent(text[start:end], folder)


class MoneyComponent(RuleComponent):
    """Writes kind ``money`` spans (norm + origin ``rule:<id>`` or ``ner``) to ``claims_money``."""

    rule_globs = ("money_*.jsonl", "currencies.jsonl", "qualifiers.jsonl", "units.jsonl", "number_*.jsonl")
    patterns_file = "money_patterns.jsonl"

    def __init__(self, nlp: Language, name: str = "claims_money", default_currency: str = "USD",
                 rules: str | None = None):
        self._init_rules(nlp, name, default_currency=default_currency, rules=rules)
        if default_currency not in iso_codes():
            raise ValueError(f"claims_money: default_currency {default_currency!r} is not ISO 4217")
        self.default_currency = default_currency
        patterns(self.rules_dir), anchor(self.rules_dir)  # read and compiled once, here, not at import

    def _parse(self, text: str):
        return parse_money(text, self.default_currency, self.rules_dir)

    def __call__(self, doc: Doc) -> Doc:
        self.check_rule_data()
        doc.spans[ext.GROUP_MONEY] = []
        taken: list[tuple[int, int]] = []
        for f in find_money(doc.text, self.default_currency, self.rules_dir):
            offsets = N.snap(doc, f.start, f.end, f.norm, self._parse)
            if offsets is None:
                continue
            span = ext.add_mention(doc, ext.GROUP_MONEY, offsets[0], offsets[1], "money", f.norm,
                                   f"rule:{f.rule_id}", alignment_mode="strict")
            if span is not None:
                taken.append((span.start_char, span.end_char))
        masks, covered = None, RangeIndex(taken)
        for ent in doc.ents:  # NER money the rules did not cover stays a mention, value unknown
            if ent.label_ != "MONEY" or covered.overlaps(ent.start_char, ent.end_char):
                continue
            if masks is None:
                masks = RangeIndex(N.masked_ranges(doc.text))
            if not_money(doc.text, ent.start_char, ent.end_char, masks, self.rules_dir):
                continue
            code, candidates = _guess_currency(ent.text, self.default_currency, self.rules_dir)
            norm = {"value": None, "min": None, "max": None, "currency": code,
                    "currency_candidates": candidates, "approximate": None, "qualifier": None,
                    "unit": None}
            ext.add_mention(doc, ext.GROUP_MONEY, ent.start_char, ent.end_char, "money", norm, "ner",
                            alignment_mode="strict")
        doc.spans[ext.GROUP_MONEY] = sorted(doc.spans[ext.GROUP_MONEY], key=lambda s: (s.start_char, s.end_char))
        return doc


@Language.factory("claims_money", default_config={"default_currency": "USD", "rules": None},
                  assigns=ASSIGNS["claims_money"], requires=REQUIRES["claims_money"])
def make_money(nlp: Language, name: str, default_currency: str, rules: str | None) -> MoneyComponent:
    return MoneyComponent(nlp, name, default_currency, rules)
