"""``claims_money``: money amounts found by rules, normalized to value + ISO 4217 currency.

* ``parse_money("about $5m")`` -> ``{"value": 5e6, "min": None, "max": None, "currency": "USD",
  "currency_candidates": [...], "approximate": True, "qualifier": "about", "unit": None}``
  (or ``None`` when the text holds no money amount). No spaCy needed.
* ``find_money(text)`` -> every amount in a text with its character offsets and rule id.
* The ``claims_money`` factory writes kind ``money`` spans to ``doc.spans["claims_money"]``.

Rules (``pipeline/rules/money_patterns.jsonl``) are regexes built from blocks: qualifiers
(``qualifiers.jsonl``), currency signs, codes and names (``currencies.jsonl`` plus every ISO 4217
code and official name from pycountry), numbers and scales (``numbers.py``).

Span extent: qualifier words are inside the span (``about $5m``, ``more than $5m``,
``only $856 million``, ``between $1 and $2 billion``), as in OntoNotes MONEY; a per-unit
denominator too (``$3 a gallon``, extra norm field ``unit`` = ``"gallon"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import pycountry
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import extensions as ext
from pipeline.components import numbers as N
from pipeline.components.base import ASSIGNS, REQUIRES, RuleComponent

# --------------------------------------------------------------------------- currencies


@dataclass(frozen=True)
class Currency:
    rule_id: str
    code: str  # ISO 4217, or "@default" / "@default_dollar"
    candidates: tuple[str, ...] = ()
    factor: Decimal = Decimal(1)
    requires_scale: bool = False


ISO_CODES = {c.alpha_3 for c in pycountry.currencies}


def _load_currencies():
    rules = N.load_rules("currencies.jsonl", ("type",),
                         {"type": ("symbol", "name", "exclude_codes", "code_lowercase"),
                          "position": ("pre", "post", "both", "attached")})
    excluded: set[str] = set()
    lower_ok: set[str] = set()
    table: dict[str, Currency] = {}  # lower-cased form -> currency
    pre: dict[str, bool] = {}        # form -> case sensitive
    post: dict[str, bool] = {}
    attached: dict[str, bool] = {}

    def check(rule, code):
        if code not in ISO_CODES and code not in ("@default", "@default_dollar"):
            raise N.RuleError(f"{rule['_where']}: rule {rule['id']!r}: {code!r} is not an ISO 4217 code")

    def add(form, cur, rule_where, positions, sensitive):
        key = re.sub(r"\s+", " ", form.lower())
        old = table.get(key)
        if old is not None and old.code != cur.code:
            if old.rule_id.startswith("iso-"):
                pass  # curated data wins over generated ISO forms
            elif cur.rule_id.startswith("iso-"):
                return
            else:
                raise N.RuleError(f"{rule_where}: form {form!r} of {cur.rule_id!r} already belongs "
                                  f"to {old.rule_id!r} ({old.code})")
        table[key] = cur
        for where in positions:
            where[form] = sensitive

    for rule in rules:
        if rule["type"] == "exclude_codes":
            excluded.update(rule["codes"])
        elif rule["type"] == "code_lowercase":
            lower_ok.update(rule["codes"])
    for rule in rules:
        if rule["type"] not in ("symbol", "name"):
            continue
        for key in ("forms", "code"):
            if key not in rule:
                raise N.RuleError(f"{rule['_where']}: rule {rule['id']!r} lacks {key}")
        check(rule, rule["code"])
        for c in rule.get("candidates", []):
            check(rule, c)
        cur = Currency(rule["id"], rule["code"], tuple(rule.get("candidates", ())),
                       Decimal(str(rule.get("factor", 1))), bool(rule.get("requires_scale")))
        sensitive = rule.get("case") == "sensitive"
        if rule["type"] == "name":
            positions = (post,)
        else:
            pos = rule.get("position", "both")
            positions = {"pre": (pre,), "post": (post,), "both": (pre, post), "attached": (attached,)}[pos]
        for form in rule["forms"]:
            add(form, cur, rule["_where"], positions, sensitive)
    # every ISO 4217 code (upper case; a few also lower case) and official multi-word names
    for c in sorted(pycountry.currencies, key=lambda c: c.alpha_3):
        code = c.alpha_3
        if code in excluded:
            continue
        cur = Currency(f"iso-{code}", code)
        add(code, cur, "pycountry", (pre, post), True)
        if code in lower_ok:
            add(code.lower(), cur, "pycountry", (pre, post), True)
        name = c.name
        if "(" in name or len(name.split()) < 2 or not re.fullmatch(r"[A-Za-z .'-]+", name):
            continue
        for form in (name, name + "s"):
            add(form, cur, "pycountry", (post,), False)
    return table, pre, post, attached


CURRENCIES, _PRE_FORMS, _POST_FORMS, _ATTACHED_FORMS = _load_currencies()


def _forms_re(forms: dict[str, bool], guard: str = r"(?![A-Za-z0-9])") -> str:
    parts = []
    for form, sensitive in forms.items():
        parts.append(N.alternation([form], True if sensitive else False, guard))
    # longest first so that "US$" wins over "$"
    parts = [p for _, p in sorted(zip(forms, parts), key=lambda fp: -len(fp[0]))]
    return "(?:" + "|".join(parts) + ")"


_PRE = _forms_re(_PRE_FORMS, r"(?![A-Za-z])")  # "EUR7" is fine
_POST = _forms_re(_POST_FORMS)
_ATTACHED = _forms_re(_ATTACHED_FORMS)


def _per_re() -> str:
    per_forms = [f for r in N.load_rules("units.jsonl", ("forms", "type", "unit")) if r["type"] == "per"
                 for f in r["forms"]]
    return (rf"(?:(?:{N.SP}?/{N.SP}?|{N.SP}+(?:a|an|per|each|every){N.SP}+|-(?:a|an|per)-)"
            rf"(?P<per>{N.alternation(per_forms, False)}))?")


MONEY_BLOCKS = {
    "PRE1": rf"(?<![A-Za-z0-9])(?P<pre1>{_PRE}){N.SP}?",
    "PRE2": rf"(?P<pre2>{_PRE}){N.SP}?",
    # a sign followed by a number belongs to that number: "2015 €5m" is €5m
    "POST": rf"(?:(?P<post>{_POST})|(?<=[0-9])(?P<att>{_ATTACHED})(?![A-Za-z]))(?!(?<=[^A-Za-z.]){N.SP}?[0-9])",
    "A1": N.amount_re(1),
    "A2": N.amount_re(2),
    "PER": _per_re(),
}
PATTERNS = N.compile_patterns("money_patterns.jsonl", MONEY_BLOCKS)


def lookup(form: str | None) -> Currency | None:
    if not form:
        return None
    return CURRENCIES.get(re.sub(r"\s+", " ", form.lower()))


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


def _normalize(m: re.Match, rule: dict, text: str, default_currency: str):
    gd = m.groupdict()
    pre1, pre2 = gd.get("pre1"), gd.get("pre2")
    post = gd.get("post") or gd.get("att")
    curs = [lookup(f) for f in (pre1, pre2, post) if f]
    if not curs or any(c is None for c in curs):
        return None
    if not pre1 and gd.get("num1") and N.glued_before(text, m.start("num1")):
        return None  # "S-300 USD": a model name, not an amount
    if (not pre1 and re.fullmatch(r"(?:19|20)[0-9]{2}", gd.get("num1") or "") and not gd.get("scale1")
            and re.search(r"\b(?:in|constant|real|nominal|of)[ ]+$", text[max(0, m.start() - 12):m.start()], re.I)):
        return None  # "in 2015 dollars": constant-dollar notation, not an amount
    cur = curs[0]
    if any(c.code != cur.code for c in curs[1:]):
        return None  # "$5 to €10"
    if cur.requires_scale and not gd.get("vague"):
        num = gd.get("num1") or ""
        has_scale = gd.get("scale1") or gd.get("scale2") or N._scale_of_spelled(num) > 1
        if not has_scale and not re.search(r"\.[0-9]{2}$", num):
            return None  # "500 pounds" is usually a weight
    res = N.values(m, text, bool(rule.get("range")), cur.factor)
    if res is None:
        return None
    vals, start = res
    code, candidates = resolve(cur, default_currency)
    norm = {"value": vals["value"], "min": vals["min"], "max": vals["max"], "currency": code,
            "currency_candidates": candidates, "approximate": vals["approximate"],
            "qualifier": vals["qualifier"], "unit": gd.get("per").lower() if gd.get("per") else None}
    return Found(start, m.end(), norm, rule["id"])


def _year_like(text: str, f: Found) -> bool:
    """A bare year read as an amount ("15 USD 2015"): loses any overlap with another reading."""
    v = f.norm["value"]
    return v is not None and 1900 <= v <= 2100 and re.search(r"(?<![0-9.,])(?:19|20)[0-9]{2}(?![0-9.,])",
                                                             text[f.start:f.end]) is not None


def find_money(text: str, default_currency: str = "USD") -> list[Found]:
    """Every money amount in ``text``, non-overlapping, sorted by offset."""
    masks = N.masked_ranges(text)
    cands: list[tuple[int, Found]] = []
    spans = N.windows(text)
    for order, (rule, regex) in enumerate(PATTERNS):
        for m in N.finditer(regex, text, spans):
            if m.end() == m.start():
                continue
            found = _normalize(m, rule, text, default_currency)
            if found is None or N.overlaps_any(found.start, found.end, masks):
                continue
            cands.append((order, found))
    cands.sort(key=lambda of: (_year_like(text, of[1]), -(of[1].end - of[1].start), of[0], of[1].start))
    chosen: list[Found] = []
    for _, f in cands:
        if not any(f.start < c.end and c.start < f.end for c in chosen):
            chosen.append(f)
    return sorted(chosen, key=lambda f: f.start)


def parse_money(text: str, default_currency: str = "USD") -> dict | None:
    """The norm of the (longest) money amount in ``text``, or None when there is none."""
    found = find_money(text, default_currency)
    if not found:
        return None
    return max(found, key=lambda f: (f.end - f.start, -f.start)).norm


def _same_amount(a: dict | None, b: dict) -> bool:
    return a is not None and all(a.get(k) == b.get(k) for k in ("value", "min", "max", "currency"))


def snap(doc: Doc, start: int, end: int, norm: dict, parse) -> tuple[int, int] | None:
    """Token-aligned offsets for a match: strict, else expand/contract when still the amount."""
    if doc.char_span(start, end) is not None:
        return start, end
    for mode in ("expand", "contract"):
        span = doc.char_span(start, end, alignment_mode=mode)
        if span is not None and len(span) and _same_amount(parse(span.text), norm):
            return span.start_char, span.end_char
    return None


def _guess_currency(text: str, default_currency: str):
    for form in sorted(CURRENCIES, key=len, reverse=True):
        if re.search(r"(?<![A-Za-z])" + re.escape(form) + r"(?![A-Za-z])", text.lower()):
            return resolve(CURRENCIES[form], default_currency)
    return None, None


def not_money(text: str, start: int, end: int, masks) -> bool:
    """An NER MONEY span the rules positively know is something else.

    A percent (``15.3 per cent``), a phone number, time, date or footnote, or a number glued to
    a label or model name (``#42``, ``F-35``). Anything else the rules cannot read stays money.
    """
    from pipeline.components.quantities import find_quantities  # late: quantities imports money

    if N.overlaps_any(start, end, masks):
        return True
    digit = re.search(r"[0-9]", text[start:end])
    if digit and N.glued_before(text, start + digit.start()):
        return True
    return any(f.kind == "percent" for f in find_quantities(text[start:end]))


class MoneyComponent(RuleComponent):
    """Writes kind ``money`` spans (norm + origin ``rule:<id>`` or ``ner``) to ``claims_money``."""

    rule_globs = ("money_*.jsonl", "currencies.jsonl", "qualifiers.jsonl", "units.jsonl", "number_*.jsonl")
    patterns_file = "money_patterns.jsonl"
    takes_rule_folder = False  # the patterns are compiled once per process from pipeline/rules/

    def __init__(self, nlp: Language, name: str = "claims_money", default_currency: str = "USD"):
        self._init_rules(nlp, name, default_currency=default_currency)
        if default_currency not in ISO_CODES:
            raise ValueError(f"claims_money: default_currency {default_currency!r} is not ISO 4217")
        self.name = name
        self.default_currency = default_currency

    def _parse(self, text: str):
        return parse_money(text, self.default_currency)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[ext.GROUP_MONEY] = []
        taken: list[tuple[int, int]] = []
        for f in find_money(doc.text, self.default_currency):
            offsets = snap(doc, f.start, f.end, f.norm, self._parse)
            if offsets is None:
                continue
            span = ext.add_mention(doc, ext.GROUP_MONEY, offsets[0], offsets[1], "money", f.norm,
                                   f"rule:{f.rule_id}", alignment_mode="strict")
            if span is not None:
                taken.append((span.start_char, span.end_char))
        masks = None
        for ent in doc.ents:  # NER money the rules did not cover stays a mention, value unknown
            if ent.label_ != "MONEY" or any(s < ent.end_char and ent.start_char < e for s, e in taken):
                continue
            if masks is None:
                masks = N.masked_ranges(doc.text)
            if not_money(doc.text, ent.start_char, ent.end_char, masks):
                continue
            code, candidates = _guess_currency(ent.text, self.default_currency)
            norm = {"value": None, "min": None, "max": None, "currency": code,
                    "currency_candidates": candidates, "approximate": None, "qualifier": None,
                    "unit": None}
            ext.add_mention(doc, ext.GROUP_MONEY, ent.start_char, ent.end_char, "money", norm, "ner",
                            alignment_mode="strict")
        doc.spans[ext.GROUP_MONEY] = sorted(doc.spans[ext.GROUP_MONEY], key=lambda s: (s.start_char, s.end_char))
        return doc


@Language.factory("claims_money", default_config={"default_currency": "USD"},
                  assigns=ASSIGNS["claims_money"], requires=REQUIRES["claims_money"])
def make_money(nlp: Language, name: str, default_currency: str) -> MoneyComponent:
    return MoneyComponent(nlp, name, default_currency)
