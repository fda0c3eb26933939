"""``claims_quantities``: counts, measures and percentages, normalized.

* ``parse_quantity("about 1,500–3,000 Iranian soldiers")`` -> ``{"value": None, "min": 1500.0,
  "max": 3000.0, "unit": "soldiers", "approximate": True, "qualifier": "about"}`` (None when the
  text holds no quantity). No spaCy needed: the counted noun is the next lower-case word.
* ``find_quantities(text)`` -> every quantity/percent with offsets, kind and rule id.
* The ``claims_quantities`` factory writes kinds ``quantity`` and ``percent`` to
  ``doc.spans["claims_quantities"]``; there the counted noun comes from the parse (the head noun
  of the number: ``up to 10,000 Hezbollah militiamen`` -> unit ``militiamen``) and the span runs
  from the qualifier to that noun.

Units: percent ``%``, percentage points ``pp``, basis points ``bp``; measures get a canonical
symbol from ``pipeline/rules/units.jsonl`` (``km``, ``t``, ``bbl/d``); counts keep the noun as
written, lower-cased (``soldiers``). Not emitted (they belong to the dates component or are not
amounts): years and year ranges, durations (``six months``), dates and times, ordinals, model and
product names (``S-300``, ``Boeing 737``, ``F-35``), labels (``Article 5``, ``No. 10``), phone
numbers, list markers, footnote marks, money (``claims_money`` owns it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import extensions as ext
from pipeline.components import money as M
from pipeline.components import numbers as N
from pipeline.components.base import ASSIGNS, REQUIRES, RuleComponent
from pipeline.spans import KeptRanges, RangeIndex

@dataclass(frozen=True)
class Vocabulary:
    """Unit and context words from ``units.jsonl`` and ``quantity_words.jsonl``."""
    unit_of: dict[str, str]   # lower-cased form -> canonical unit ("kilometres" -> "km")
    forms: dict[str, list[str]]  # unit type -> forms as written
    time_words: frozenset[str]
    months: frozenset[str]
    labels: frozenset[str]
    casualty_words: frozenset[str]
    stop_words: frozenset[str]
    temporal_preps: frozenset[str]


@lru_cache(maxsize=None)
def vocabulary(folder: Path = N.RULES_DIR) -> Vocabulary:
    rules = N.load_rules("units.jsonl", ("forms", "type", "unit"),
                         {"type": ("percent", "measure", "time", "per", "month", "label")}, folder)
    forms: dict[str, list[str]] = {}
    unit_of: dict[str, str] = {}
    for r in rules:
        forms.setdefault(r["type"], []).extend(r["forms"])
        if r["type"] in ("percent", "measure"):
            for f in r["forms"]:
                unit_of.setdefault(re.sub(r"\s+", " ", f.lower()), r["unit"])
    words = {r.id: frozenset(r["words"]) for r in N.load_rules("quantity_words.jsonl", ("words",), folder=folder)}
    return Vocabulary(unit_of, forms, frozenset(f.lower() for f in forms.get("time", ())),
                      frozenset(forms.get("month", ())), frozenset(forms.get("label", ())),
                      words["casualty-words"], words["stop-words"], words["temporal-preps"])


@lru_cache(maxsize=None)
def patterns(folder: Path = N.RULES_DIR) -> list[N.Pattern]:
    """The compiled quantity and percent patterns of a rules folder (once per process and folder)."""
    v = vocabulary(folder)
    pct = N.alternation(v.forms["percent"])
    own = {
        "A1": N.amount_re(1, abbreviations=False, folder=folder),
        "A2": N.amount_re(2, abbreviations=False, folder=folder),
        "PCT": rf"(?P<pct>{pct})",
        "PCT1": rf"(?P<pct1>{pct})",
        "UNIT": rf"(?P<unit>{N.alternation(v.forms['measure'] + v.forms['time'])})",
    }
    return N.compile_patterns("quantity_patterns.jsonl", own, ("quantity", "percent"), folder)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str
    norm: dict
    rule_id: str
    num_start: int = 0      # where the number itself starts (after any qualifier)
    bare: bool = False      # a count whose unit noun is still to be found
    year_like: bool = False
    qualified: bool = False
    order: int = 0          # the pattern that found it (earlier patterns win ties)


def _is_year(num: str | None) -> bool:
    return bool(num) and re.fullmatch(r"1[0-9]{3}|20[0-9]{2}|2100", num) is not None


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"(\S+)[ \u00a0]*$", text[max(0, pos - 40):pos])
    return m.group(1) if m else ""


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"[ \u00a0]*-?([A-Za-z][\w.'’]*)", text[pos:pos + 40])
    return m.group(1) if m else ""


def _candidate(m: re.Match, rule: N.Rule, text: str, order: int = 0, folder: Path = N.RULES_DIR) -> Found | None:
    v = vocabulary(folder)
    gd = m.groupdict()
    kind = rule.get("kind", "quantity")
    is_range = bool(rule.get("range"))
    num1 = gd.get("num1")
    ns = N.core_start(m, ("num1", "vague"))
    if N.glued_before(text, ns):  # model names and codes: "S-300", "Su-30", "A320", "G7", "#1"
        return None
    if text[ns - 1:ns] in ("$", "€", "£", "¥", "₹"):
        return None
    prev = _prev_word(text, m.start())
    if prev in v.labels or prev.rstrip(".,") in v.labels and prev.endswith("."):
        return None
    if prev.rstrip(".,") in v.months and not gd.get("pct") and not gd.get("unit"):
        return None
    unit_form = gd.get("pct") or gd.get("unit")
    if unit_form and unit_form.lower() in v.time_words:
        return None  # durations and times belong to the dates component
    nxt = _next_word(text, m.end())
    if not unit_form and (nxt in v.months or nxt.lower().rstrip(".") in v.time_words):
        return None  # "23 November", "10 years", "10-year"
    if is_range and _is_year(num1) and (_is_year(gd.get("num2")) or re.fullmatch(r"[0-9]{2}", gd.get("num2") or "")):
        return None  # "1996-2008", "2015-16", "between 1996 and 2008"
    if text[m.end():m.end() + 2] in ("'s", "’s") and _is_year(gd.get("num2") or num1):
        return None
    res = N.values(m, text, is_range, folder=folder)
    if res is None:
        return None
    vals, start = res
    unit = v.unit_of.get(re.sub(r"\s+", " ", unit_form.lower())) if unit_form else None
    norm = {"value": vals["value"], "min": vals["min"], "max": vals["max"], "unit": unit,
            "approximate": vals["approximate"], "qualifier": vals["qualifier"]}
    bare = kind == "quantity" and unit is None
    year_like = bare and not is_range and _is_year(num1) and not vals["qualifier"]
    return Found(start, m.end(), kind, norm, rule.id, ns, bare, year_like, bool(vals["qualifier"]), order)


_SCORE_RE = r"[0-9]{1,3}[-–][0-9]{1,3}"


def candidates(text: str, money: list[tuple[int, int]] | None = None, folder: Path = N.RULES_DIR):
    """(kept, rejected ranges): non-overlapping candidates before the counted noun is attached."""
    masks = RangeIndex(N.masked_ranges(text))
    if money is None:
        money = [(f.start, f.end) for f in M.find_money(text, folder=folder)]
    in_money = RangeIndex(money)
    cands: list[Found] = []
    rejected: list[tuple[int, int]] = []
    scores: list[tuple[int, int]] = []
    spans = N.windows(text, folder=folder)
    for order, (rule, regex) in enumerate(patterns(folder)):
        for m in N.finditer(regex, text, spans):
            if m.end() == m.start():
                continue
            found = _candidate(m, rule, text, order, folder)
            if found is None or masks.overlaps(found.start, found.end):
                rejected.append((m.start(), m.end()))
                if rule.get("range") and N.rx(_SCORE_RE).fullmatch(m.group(0)):
                    scores.append((m.start(), m.end()))  # "a 3-2 win", "voted 7-2"
                continue
            if in_money.overlaps(found.start, found.end):
                continue
            cands.append(found)
    chosen = N.longest_first(cands, lambda f: (-(f.end - f.start), f.order, f.start), scores)
    return chosen, rejected + scores


_TEXT_UNIT = r"[ \u00a0]+(?:of[ ]+(?:the[ ]+)?)?((?:[A-Z][\w'’-]*[ ]+){0,2})([a-z][a-z'-]*[a-z]|[a-z])\b"


def _text_unit(text: str, f: Found, folder: Path = N.RULES_DIR) -> Found | None:
    """Attach the counted noun from plain text (the next lower-case word, after capitalized ones)."""
    v = vocabulary(folder)
    m = N.rx(_TEXT_UNIT).match(text, f.end)
    word = m.group(2) if m else None
    if word and (word in v.stop_words or word in v.time_words or word in N.number_words(folder).vague):
        word = None
    if word and m.group(0).lstrip().startswith("of") and "vague" not in f.rule_id:
        word = None
    spelled_one = re.fullmatch(r"(?i)one", text[f.num_start:f.end].strip() or "")
    if word is None:
        if f.year_like or spelled_one:
            return None
        return f
    if f.year_like and not word.endswith("s"):
        return None
    return replace(f, end=m.end(2), norm={**f.norm, "unit": word.lower()})


def find_quantities(text: str, folder: Path = N.RULES_DIR) -> list[Found]:
    """Every quantity and percent in plain ``text`` (no parse: text heuristics for the unit)."""
    out = []
    kept, _ = candidates(text, folder=folder)
    for i, f in enumerate(kept):
        f2 = _text_unit(text, f, folder) if f.bare else f
        if f2 is not None and i + 1 < len(kept) and f2.end > kept[i + 1].start:
            f2 = f if not f.year_like else None  # the unit word is the next amount
        if f2 is not None:
            out.append(f2)
    return out


def parse_quantity(text: str, folder: Path = N.RULES_DIR) -> dict | None:
    """The norm of the (longest) quantity or percent in ``text``, or None."""
    found = find_quantities(text, folder)
    if not found:
        return None
    return max(found, key=lambda f: (f.end - f.start, -f.start)).norm


# --------------------------------------------------------------------------- component
_ALLOWED_BETWEEN = {"ADJ", "PROPN", "NOUN", "PUNCT", "ADV", "NUM", "VERB", "CCONJ"}


def _unit_token(doc: Doc, last, folder: Path = N.RULES_DIR):
    """The counted noun of a number whose last token is ``last`` (or None)."""
    v = vocabulary(folder)
    head = last.head
    if (last.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and head.pos_ == "NOUN"
            and 0 < head.i - last.i <= 7
            and all(t.pos_ in _ALLOWED_BETWEEN and t.lower_ not in v.stop_words
                    for t in doc[last.i + 1:head.i])):
        return head
    i = last.i + 1
    if i < len(doc) and doc[i].text in ("-", "–"):
        i += 1
    if i < len(doc) and doc[i].lower_ == "of" and i + 1 < len(doc) and last.lower_ in N.number_words(folder).vague:
        i += 1
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
    for j in range(i, min(i + 4, len(doc))):
        t = doc[j]
        if t.lower_ in v.stop_words or t.is_punct and t.text not in ("-",):
            return None
        if t.pos_ == "NOUN":
            while t.dep_ == "compound" and t.head.pos_ == "NOUN" and 0 < t.head.i - t.i <= 2:
                t = t.head
            return t
        if j == i and (t.tag_ == "VBN" or t.lower_ in v.casualty_words):
            return t
        if t.pos_ not in ("ADJ", "PROPN"):
            return None
    return None


class QuantityComponent(RuleComponent):
    """Writes kinds ``quantity``/``percent`` (origin ``rule:<id>`` or ``ner``) to ``claims_quantities``."""

    rule_globs = ("quantity_*.jsonl", "money_*.jsonl", "units.jsonl", "qualifiers.jsonl", "number_*.jsonl",
                  "currencies.jsonl")  # (money: for docs that have no money spans yet)
    patterns_file = "quantity_patterns.jsonl"

    def __init__(self, nlp: Language, name: str = "claims_quantities", rules: str | None = None):
        self._init_rules(nlp, name, rules=rules)
        patterns(self.rules_dir)  # rule data is read and compiled once, here, not at import

    def __call__(self, doc: Doc) -> Doc:
        self.check_rule_data()
        group = ext.GROUP_QUANTITIES
        doc.spans[group] = []
        money = self._money_ranges(doc)
        kept, rejected = candidates(doc.text, money, self.rules_dir)
        taken = self._add_rule_quantities(doc, kept, rejected, RangeIndex(money))
        self._add_ner_quantities(doc, RangeIndex(taken + rejected + money))
        doc.spans[group] = sorted(doc.spans[group], key=lambda s: (s.start_char, s.end_char))
        return doc

    def _money_ranges(self, doc: Doc) -> list[tuple[int, int]]:
        """The amounts of money the money rules read (not NER guesses), found anew when the money
        component did not run."""
        if ext.GROUP_MONEY in doc.spans:  # amounts the money rules read (not NER guesses)
            return [(s.start_char, s.end_char) for s in doc.spans[ext.GROUP_MONEY]
                    if (s._.origin or "").startswith("rule:")]
        return [(f.start, f.end) for f in M.find_money(doc.text, folder=self.rules_dir)]

    def _add_rule_quantities(self, doc: Doc, kept: list[Found], rejected: list[tuple[int, int]],
                             in_money: RangeIndex) -> list[tuple[int, int]]:
        """Add the rule candidates that survive their final checks (no overlap with one already
        added); those that do not are appended to ``rejected``. Returns the ranges added."""
        taken: list[tuple[int, int]] = []
        kept_ranges = KeptRanges()
        for i, f in enumerate(kept):
            f2 = self._finish(doc, f, in_money)
            if f2 is not None and i + 1 < len(kept) and f2.end > kept[i + 1].start:
                f2 = f if not f.year_like else None  # the unit word is the next amount
            if f2 is None:
                rejected.append((f.start, f.end))
                continue
            offsets = N.snap(doc, f2.start, f2.end, f2.norm, lambda t, k=f2.kind: _reparse(t, k, self.rules_dir))
            if offsets is None or kept_ranges.overlaps(offsets[0], offsets[1]):
                continue
            span = ext.add_mention(doc, ext.GROUP_QUANTITIES, offsets[0], offsets[1], f2.kind, f2.norm,
                                   f"rule:{f2.rule_id}", alignment_mode="strict")
            if span is not None:
                taken.append((span.start_char, span.end_char))
                kept_ranges.add(span.start_char, span.end_char)
        return taken

    def _add_ner_quantities(self, doc: Doc, covered: RangeIndex) -> None:
        """Add the model's percents and quantities that no rule covered and the rules can read (a
        percent they cannot read is kept without a value)."""
        for ent in doc.ents:
            if ent.label_ not in ("PERCENT", "QUANTITY", "CARDINAL"):
                continue
            if covered.overlaps(ent.start_char, ent.end_char):
                continue
            norm = parse_quantity(ent.text, self.rules_dir)
            kind = "percent" if ent.label_ == "PERCENT" else "quantity"
            if norm is None:
                if kind != "percent":
                    continue  # not a number the rules understand: model names, "a few", ...
                norm = {"value": None, "min": None, "max": None, "unit": "%", "approximate": None,
                        "qualifier": None}
            ext.add_mention(doc, ext.GROUP_QUANTITIES, ent.start_char, ent.end_char, kind, norm, "ner",
                            alignment_mode="strict")

    def _finish(self, doc: Doc, f: Found, in_money: RangeIndex) -> Found | None:
        if not f.bare:
            return f
        num = doc.char_span(f.num_start, f.end, alignment_mode="expand")
        if num is None or not len(num):
            return None
        first, last = num[0], num[-1]
        v = vocabulary(self.rules_dir)
        unit = _unit_token(doc, last, self.rules_dir)
        if unit is not None and (unit.lower_ in v.time_words or unit.lemma_.lower() in v.time_words
                                 or unit.text in v.months or M.lookup(unit.text, self.rules_dir) is not None):
            return None  # durations are dates; "two, three million dollars" is money
        prev = doc[first.i - 1] if first.i > 0 else None
        if unit is None:
            if f.year_like or num.text.lower() == "one":
                return None
            if (prev is not None and not f.qualified and prev.pos_ == "PROPN" and prev.is_title
                    and not prev.is_sent_start and prev.ent_type_ not in ("NORP",)):
                return None  # "Boeing 737", "Windows 10"
            return f
        if f.year_like and (unit.tag_ != "NNS" or (prev is not None and prev.lower_ in v.temporal_preps)):
            return None
        end = unit.idx + len(unit.text)
        if in_money.overlaps(f.end, end):
            return replace(f, norm={**f.norm, "unit": unit.text.lower()})
        return replace(f, end=end, norm={**f.norm, "unit": unit.text.lower()})


def _reparse(text: str, kind: str, folder: Path = N.RULES_DIR) -> dict | None:
    found = [f for f in find_quantities(text, folder) if f.kind == kind]
    return max(found, key=lambda f: f.end - f.start).norm if found else None


@Language.factory("claims_quantities", default_config={"rules": None},
                  assigns=ASSIGNS["claims_quantities"], requires=REQUIRES["claims_quantities"])
def make_quantities(nlp: Language, name: str, rules: str | None) -> QuantityComponent:
    return QuantityComponent(nlp, name, rules)
