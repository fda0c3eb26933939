"""Currency data for ``claims_money``: codes, names and symbols from CLDR (through Babel), plus
``rules/currencies.jsonl`` for what CLDR lacks or gets wrong for English news.

``currencies(folder)`` builds, once per rules folder, a ``CurrencyTable``: every written form (lower-cased)
-> ``Currency`` (ISO 4217 code, candidates when the form is ambiguous, a factor for minor units
and shorthand such as ``MSEK``), and the forms by position (before the number, after it, glued
after the digits). Curated rules win over generated forms.

From CLDR: every currency code in use (and the historical codes named in the rule file); the
English display names, singular and plural (``Swiss francs``, ``German marks``); the last word
of those names when it names one currency only (``tugriks``, ``hryvnias``); and the symbol of
each currency in the locales of the countries that use it (``zł``, ``Kč``, ``₾``, ``S/``) when the
symbol is not shared by another currency. Babel does not carry CLDR's narrow symbols; the narrow
ones that matter (``$``, ``£``, ``¥``, ``kr``) are curated, with candidates.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from pipeline.components import numbers as N

RULE_TYPES = ("symbol", "name", "exclude_codes", "code_lowercase", "extra_codes", "scaled_codes",
              "cldr_exclusions")
POSITIONS = ("pre", "post", "both", "attached")


@dataclass(frozen=True)
class Currency:
    rule_id: str
    code: str  # ISO 4217 (or a listed extra code such as BTC), or "@default" / "@default_dollar"
    candidates: tuple[str, ...] = ()
    factor: Decimal = Decimal(1)
    requires_scale: bool = False
    guarded: bool = False  # a short word ("fen", "mao"): only before punctuation or a free word
    name: bool = False     # a word name ("euro"): before the number it needs a scale


@dataclass(frozen=True)
class CurrencyTable:
    """Every currency form: lower-cased form -> currency, and the forms by position (form ->
    case sensitive): before the number, after it, or glued after the digits."""
    table: dict[str, Currency] = field(default_factory=dict)
    pre: dict[str, bool] = field(default_factory=dict)
    post: dict[str, bool] = field(default_factory=dict)
    attached: dict[str, bool] = field(default_factory=dict)

    def minor_forms(self) -> list[str]:
        """Forms of minor units (factor below 1): ``cents``, ``pence``, ``paise``, ``¢``."""
        return [f for f in {**self.post, **self.attached}
                if (c := self.table.get(_key(f))) is not None and c.factor < 1 and c.factor >= Decimal("0.001")]


def _key(form: str) -> str:
    return re.sub(r"\s+", " ", form.lower())


@dataclass(frozen=True)
class CLDR:
    """What Babel's CLDR data says about currencies, in English and in the local languages."""
    current: frozenset[str]                 # codes legal tender somewhere today
    all_codes: frozenset[str]               # every code CLDR names
    names: dict[str, tuple[str, ...]]       # code -> English names, singular and plural forms
    local_symbols: dict[str, frozenset[str]]  # symbol -> codes that use it in their own countries


@lru_cache(maxsize=None)
def cldr() -> CLDR:
    from babel.core import get_global  # (imported here: babel costs 15 ms, and only this needs it)
    from babel.localedata import exists as locale_exists
    from babel.localedata import load as load_locale

    en = load_locale("en")
    territories = get_global("territory_currencies")
    languages = get_global("territory_languages")
    current = {c for curs in territories.values() for c, _s, end, tender in curs if end is None and tender}
    names = {code: tuple(dict.fromkeys([en["currency_names"][code],
                                        *en["currency_names_plural"].get(code, {}).values()]))
             for code in en["currency_names"]}
    symbols: dict[str, set[str]] = {}
    for code, sym in en["currency_symbols"].items():
        symbols.setdefault(sym, set()).add(code)
    for terr, curs in sorted(territories.items()):
        codes = [c for c, _s, end, tender in curs if end is None and tender]
        for lang, info in sorted(languages.get(terr, {}).items()):
            lid = f"{lang}_{terr}"
            if not codes or info.get("official_status") not in ("official", "de_facto_official") \
                    or not locale_exists(lid):
                continue
            local = load_locale(lid)["currency_symbols"]
            for code in codes:
                if local.get(code):
                    symbols.setdefault(local[code], set()).add(code)
    return CLDR(frozenset(current), frozenset(names), names,
                {s: frozenset(c) for s, c in symbols.items()})


def _usable_symbol(sym: str, codes, excluded: set[str]) -> bool:
    """A CLDR symbol we read on its own: one currency, not a bare code, not a lone letter, not
    an English word or abbreviation listed in the rule file, visible characters only."""
    if len(codes) != 1 or sym in excluded or sym in codes or not sym.strip():
        return False
    if any(unicodedata.category(ch) in ("Cf", "Zs") for ch in sym.strip("\u200f")):
        return False
    letters = sym.rstrip(".")
    return not (letters.isascii() and letters.isalpha() and len(letters) < 2)


class Builder:
    """Collects currency forms; curated rules win over forms generated from CLDR data."""

    def __init__(self, extra_codes: set[str]):
        self.t = CurrencyTable()
        self.extra_codes = extra_codes

    def known(self, code: str) -> bool:
        return code in cldr().all_codes or code in self.extra_codes or code in ("@default", "@default_dollar")

    def add(self, form: str, cur: Currency, where: str, positions, sensitive: bool):
        """Add ``form``; a generated form never replaces another reading, a curated one replaces
        a generated one, and two curated readings of one form are an error."""
        key = _key(form)
        old = self.t.table.get(key)
        generated = cur.rule_id.startswith("cldr-")
        if old is not None and old.code != cur.code:
            if generated:
                return
            if not old.rule_id.startswith("cldr-"):
                raise N.RuleError(f"{where}: form {form!r} of {cur.rule_id!r} already belongs "
                                  f"to {old.rule_id!r} ({old.code})")
        elif old is not None and generated:
            cur = old  # the same currency: keep the curated reading (factor, candidates)
        self.t.table[key] = cur
        for target in positions:
            if not (generated and form in target):
                target[form] = sensitive

    def positions(self, rule: N.Rule):
        t = self.t
        if rule["type"] == "name":
            return {"both": (t.pre, t.post)}.get(rule.get("position"), (t.post,))
        return {"pre": (t.pre,), "post": (t.post,), "both": (t.pre, t.post),
                "attached": (t.attached,)}[rule.get("position", "both")]

    def add_rule(self, rule: N.Rule):
        for key in ("forms", "code"):
            if key not in rule:
                raise N.RuleError(f"{rule.where}: rule {rule.id!r} lacks {key}")
        for code in (rule["code"], *rule.get("candidates", [])):
            if not self.known(code):
                raise N.RuleError(f"{rule.where}: rule {rule.id!r}: {code!r} is not an ISO 4217 code")
        cur = Currency(rule.id, rule["code"], tuple(rule.get("candidates", ())),
                       Decimal(str(rule.get("factor", 1))), bool(rule.get("requires_scale")),
                       bool(rule.get("guarded")), rule["type"] == "name")
        for form in rule["forms"]:
            self.add(form, cur, rule.where, self.positions(rule), rule.get("case") == "sensitive")

    def add_codes(self, codes, lower_ok: set[str]):
        t = self.t
        for code in sorted(codes):
            cur = Currency(f"cldr-{code}", code)
            self.add(code, cur, "CLDR", (t.pre, t.post), True)
            if code in lower_ok:
                self.add(code.lower(), cur, "CLDR", (t.pre, t.post), True)

    def add_scaled_codes(self, rule: N.Rule):
        """Business shorthand: ``MSEK`` / ``MEUR`` (millions), ``kEUR`` / ``TSEK`` (thousands)."""
        t = self.t
        for code in rule["codes"]:
            for prefix, factor in rule["prefixes"].items():
                cur = Currency(rule.id, code, factor=Decimal(str(factor)))
                self.add(prefix + code, cur, rule.where, (t.pre, t.post), True)

    def add_cldr(self, exclusions: dict[str, set[str]]):
        data = cldr()
        t = self.t
        for code, names in sorted(data.names.items()):
            if code.startswith("X") and code not in ("XOF", "XAF", "XPF", "XCD"):
                continue  # gold, SDRs, test and fund codes
            historical = code not in data.current
            for name in names:
                if "(" in name or not re.fullmatch(r"[^\W\d_]+(?:[ '’.-][^\W\d_]+)+", name):
                    continue  # one-word names are too often English words; see short names
                self.add(name, Currency(f"cldr-{code}", code), "CLDR", (t.post,), False)
            if historical:
                continue
            for name in names:
                self._short_name(name, code, exclusions["short_names"])
        for sym, codes in sorted(data.local_symbols.items()):
            if _usable_symbol(sym, codes, exclusions["symbols"]):
                code = next(iter(codes))
                sensitive = any(ch.isalpha() for ch in sym)
                self.add(sym, Currency(f"cldr-{code}", code), "CLDR", (t.pre, t.post), sensitive)

    def _short_name(self, name: str, code: str, excluded: set[str]):
        word = name.split()[-1].lower()
        owners = {c for c, names in cldr().names.items() if c in cldr().current
                  for n in names if "(" not in n and n.split()[-1].lower() == word}
        if owners == {code} and word not in excluded and word.isalpha() and len(word) > 2:
            self.add(word, Currency(f"cldr-{code}", code), "CLDR", (self.t.post,), False)


def load_currencies(folder: Path = N.RULES_DIR) -> CurrencyTable:
    """Read ``<folder>/currencies.jsonl`` and add the CLDR data (uncached: see ``currencies()``)."""
    rules = N.load_rules("currencies.jsonl", ("type",), {"type": RULE_TYPES, "position": POSITIONS}, folder)

    def codes(kind: str) -> set[str]:
        return {c for r in rules if r["type"] == kind for c in r["codes"]}
    exclusions = {k: {w for r in rules if r["type"] == "cldr_exclusions" for w in r.get(k, [])}
                  for k in ("short_names", "symbols")}
    builder = Builder(codes("extra_codes"))
    for rule in rules:
        if rule["type"] in ("symbol", "name"):
            builder.add_rule(rule)
        elif rule["type"] == "scaled_codes":
            builder.add_scaled_codes(rule)
    excluded = codes("exclude_codes")
    historical = {c for r in rules if r["type"] == "name" and r.get("historical") for c in [r["code"]]}
    builder.add_codes((cldr().current | historical | codes("extra_codes")) - excluded, codes("code_lowercase"))
    builder.add_cldr(exclusions)
    return builder.t


@lru_cache(maxsize=None)
def currencies(folder: Path = N.RULES_DIR) -> CurrencyTable:
    """The currency table of a rules folder (built once per folder)."""
    return load_currencies(folder)


def iso_codes() -> frozenset[str]:
    """Every code CLDR knows (ISO 4217, current and historical)."""
    return cldr().all_codes
