"""Shared number parsing for the money and quantity components (no spaCy needed).

* ``parse_number("1,500")``, ``parse_number("twenty-five million")``, ``parse_number("5,99")``
  -> ``Decimal`` (or ``None`` when the text is not a number).
* ``number_words()`` reads ``rules/number_words.jsonl``: spelled numbers, scale words and
  abbreviations (``million``, ``mn``, ``bn``, ``k``, ``lakh``, ``crore``) with their values;
  ``parse_scale("hundred thousand")`` multiplies them.
* Regex building blocks (``DIGITS``, ``grammar()``, ``blocks()``, ``amount_re``) fill the
  ``{NAME}`` templates of ``pipeline/rules/*_patterns.jsonl`` (``ruledata.expand_template``).
* Span helpers shared by the money and quantity components: search windows, masks, the one
  overlap filter (``pipeline.spans.longest_first``) and token alignment (``snap``).

Nothing is read or compiled at import: each loader runs once, on first use (the components call
them in ``__init__``).

Decimal arithmetic keeps ``5.3 mln`` at exactly 5300000.0 once converted to float.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from pipeline.ruledata import RuleError, expand_template, read_jsonl_rules
from pipeline.spans import RangeIndex
from pipeline.spans import longest_first  # noqa: F401  (the one overlap filter, used as N.longest_first)

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
SP = r"[ \u00a0\u202f]"
#: Digit numbers: "1,500", "1,500.25", "3.50", ".5", "5,99" (decimal comma), "1.500.000".
#: Indian grouping too: "2,50,000", "1,25,00,000.50".
DIGITS = (
    r"(?<![0-9.,])(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"
    r"|[0-9]{1,3}(?:\.[0-9]{3}){2,}(?:,[0-9]{1,2})?"
    r"|[0-9]{1,2}(?:,[0-9]{2}){1,6},[0-9]{3}(?:\.[0-9]+)?"
    r"|[0-9]+(?:[.,][0-9]+)?|\.[0-9]+)(?![0-9]|[.,][0-9]|(?:st|nd|rd|th)\b)"
)
#: Thousands grouped by a space, no-break space, thin space or narrow no-break space: "25 000",
#: "7\u202f500", "1 250 000,50" (read in money amounts only: a count may be two numbers).
#: Not glued to a letter (or a letter and a hyphen): "S-300 500 SEK" and "A320 500 euros" are a
#: model name and an amount, not 300,500 SEK.
SPACED_DIGITS = (r"(?<![0-9.,A-Za-z])(?<![A-Za-z]-)(?<![0-9][ \u00a0\u2009\u202f])[0-9]{1,3}(?:[ \u00a0\u2009\u202f][0-9]{3}){1,6}"
                 r"(?:[.,][0-9]{1,2})?(?![0-9]|[.,][0-9]|[ \u00a0\u2009\u202f][0-9])")
_INDIAN_RE = r"[0-9]{1,2}(?:,[0-9]{2}){1,6},[0-9]{3}(?:\.[0-9]+)?"
_SPACED_RE = r"[0-9]{1,3}(?:[ \u00a0\u2009\u202f][0-9]{3}){1,6}(?:[.,][0-9]{1,2})?"


@lru_cache(maxsize=None)
def rx(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile`` once, on first use (module constants stay strings: nothing compiles at import)."""
    return re.compile(pattern, flags)


# --------------------------------------------------------------------------- rule data
@dataclass(frozen=True)
class Rule:
    """One line of a rule file: its id, where it was read (``FILE:LINE``) and its fields."""
    id: str
    where: str
    data: dict

    def get(self, key: str, default=None):
        return self.data.get(key, default)

    def __getitem__(self, key: str):
        return self.data[key]

    def __contains__(self, key: str) -> bool:
        return key in self.data


class Pattern(NamedTuple):
    """A compiled ``*_patterns.jsonl`` rule."""
    rule: Rule
    regex: re.Pattern


def load_rules(name: str, required: tuple[str, ...], allowed: dict[str, tuple] | None = None,
               folder: Path = RULES_DIR) -> list[Rule]:
    """Read ``<folder>/<name>`` (JSONL; ``pipeline/rules/`` by default), checking ids are unique
    and fields present."""
    path = Path(folder) / name
    rules: list[Rule] = []
    for lineno, data in read_jsonl_rules(path):
        rule = Rule(data["id"], f"{path.name}:{lineno}", data)
        missing = [k for k in required if k not in data]
        if missing:
            raise RuleError(f"{path}:{lineno}: rule {rule.id!r} lacks {', '.join(missing)}")
        for key, values in (allowed or {}).items():
            if key in data and data[key] not in values:
                raise RuleError(f"{path}:{lineno}: rule {rule.id!r} has {key}={data[key]!r}, "
                                f"expected one of {values}")
        if "forms" in data and (not isinstance(data["forms"], list)
                                or not all(isinstance(f, str) and f for f in data["forms"])):
            raise RuleError(f"{path}:{lineno}: rule {rule.id!r}: 'forms' must be a list of strings")
        rules.append(rule)
    return rules


@dataclass(frozen=True)
class NumberWords:
    """Number words from ``rules/number_words.jsonl`` (word -> value maps and word lists)."""
    units: dict[str, int]
    tens: dict[str, int]
    word_scales: dict[str, int]   # scales of spelled numbers ("million", "lakh")
    extras: dict[str, int]        # scale words after digits only ("grand", "dozen")
    scales: dict[str, int]        # every scale after a digit number, abbreviations too
    vague: dict[str, int]         # "billions", "tens of thousands"
    lists: dict[str, list[str]]   # the other rows, by id


@lru_cache(maxsize=None)
def number_words(folder: Path = RULES_DIR) -> NumberWords:
    rows = {r.id: r for r in load_rules("number_words.jsonl", ("words",), folder=folder)}
    need = ("units", "tens", "spelled-scales", "scale-extras", "scale-abbreviations", "vague-scales",
            "count-abbreviations", "not-in-spelled", "not-after-counts", "second-scales", "and-after",
            "anchor-extras")
    missing = [k for k in need if k not in rows]
    if missing:
        raise RuleError(f"{Path(folder) / 'number_words.jsonl'}: missing rows {', '.join(missing)}")
    val = {k: dict(r["words"]) for k, r in rows.items() if isinstance(r["words"], dict)}
    return NumberWords(val["units"], val["tens"], val["spelled-scales"], val["scale-extras"],
                       {**val["spelled-scales"], **val["scale-extras"], **val["scale-abbreviations"]},
                       val["vague-scales"],
                       {k: list(r["words"]) for k, r in rows.items() if isinstance(r["words"], list)})


#: Fractions and counts before a scale word: "half (a) million", "a quarter billion", "three
#: quarters of a trillion", "a couple of million".
_FRACTIONS = (r"(?:an?|one|two|three)[ -]+quarters?(?:[ -]+of[ -]+an?)?|an?[ -]+couple[ -]+of"
              r"|half(?:[ -]an?)?|an?")
_FRACTION_WORDS = {"quarter": Decimal("0.25"), "quarters": Decimal("0.25")}


def words_re(words, space: str = "[ ]+") -> str:
    """Words as one regex (a prefix tree): the longest word that fits is tried first."""
    return trie_alternation(dict.fromkeys(words, False), guard="", space=space)


@dataclass(frozen=True)
class Grammar:
    """Regex building blocks made from the number words (once, on first use)."""
    wordnum: str           # spelled numbers: "twenty-five", "one hundred and twenty", "half a billion"
    number: str            # digits or words
    scale: str             # a scale after a number; abbreviations case-insensitive, ending the word
    scale_words_only: str  # scales after a count (no one-letter abbreviations: "5m" may be metres)
    vague: str             # "billions", "tens of thousands"
    anchor: re.Pattern     # what opens a search window


@lru_cache(maxsize=None)
def grammar(folder: Path = RULES_DIR) -> Grammar:
    w = number_words(folder)
    units = words_re(w.units)
    small = words_re(k for k, v in w.units.items() if 1 <= v <= 9)
    tens = words_re(w.tens)
    in_words = words_re([k for k in [*w.word_scales, "dozen"] if k not in w.lists["not-in-spelled"]])
    word = rf"(?:(?:{tens})(?:[- ](?:{small}))?|{units}|{in_words})"
    after_and = "|".join(f"(?<={k})" for k in w.lists["and-after"])
    join = rf"(?:(?:{after_and})[ -]+and[ -]+(?=(?:{tens}|{units})\b)|[ -]+)"
    wordnum = (
        rf"(?:(?:{_FRACTIONS})[ -]+(?=(?:{in_words})\b))?"
        rf"\b(?>{word})\b"  # atomic groups and a possessive repeat keep matching linear
        rf"(?>(?:{join})(?>{word})\b|[ ]+point(?:[ ]+(?:{small}|zero)){{1,6}}\b|[ ]+and[ ]+a[ ]+half\b){{0,10}}+"
    )
    scale_words = [*w.word_scales, *w.extras]
    second = words_re(w.lists["second-scales"])
    abbr = words_re(k for k in w.scales if k not in scale_words)
    count_words = [k for k in scale_words if k not in w.lists["not-after-counts"]]
    tail = rf"(?:[ -]+(?:{second})\b)?"
    scale = rf"(?:(?:hundred[ -]+)?(?:{words_re(scale_words)})\b{tail}|(?:{abbr})\b|(?-i:T)\b)"
    words_only = (rf"(?:(?:hundred[ -]+)?(?:{words_re(count_words)})\b{tail}"
                  rf"|(?:{words_re(w.lists['count-abbreviations'])})\b)")
    vague = r"\b(?:" + words_re(w.vague) + r")\b"
    anchors = "|".join([*w.units, *w.tens, *w.word_scales, *w.lists["anchor-extras"]])
    return Grammar(wordnum, rf"(?:{DIGITS}|{wordnum})", scale, words_only, vague,
                   re.compile(rf"[0-9]|\b(?:{anchors})", re.I))


def amount_re(n: int, abbreviations: bool = True, spaced: bool = False, folder: Path = RULES_DIR) -> str:
    """Regex for one amount: number (group ``num<n>``) and optional scale (``scale<n>``);
    ``spaced`` reads space-grouped thousands too (``25 000``)."""
    g = grammar(folder)
    scale = g.scale if abbreviations else g.scale_words_only
    number = rf"(?:{SPACED_DIGITS}|{g.number})" if spaced else g.number
    return rf"(?P<num{n}>{number})(?:[ \u00a0]?-?[ \u00a0]?(?P<scale{n}>{scale}))?"


def parse_digits(text: str) -> Decimal | None:
    """``"1,500"`` -> 1500, ``"5,99"`` -> 5.99, ``"1.500.000"`` -> 1500000."""
    s = text.strip()
    if not s:
        return None
    if re.fullmatch(_SPACED_RE, s):
        s = re.sub(r"[ \u00a0\u2009\u202f]", "", s).replace(",", ".")
    elif re.fullmatch(_INDIAN_RE, s):
        s = s.replace(",", "")
    elif re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3}){2,}(?:,[0-9]{1,2})?", s):
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?", s):
        s = s.replace(",", "")
    elif re.fullmatch(r"[0-9]+,[0-9]+", s):
        s = s.replace(",", ".")  # decimal comma: "5,99", "1,5"
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def words_to_number(text: str, folder: Path = RULES_DIR) -> Decimal | None:
    """Spelled-out number to Decimal: ``"twenty-five million"`` -> 25000000; None if invalid.

    A leading fraction or count multiplies the rest: ``"three quarters of a billion"`` ->
    750000000, ``"a couple of million"`` -> 2000000, ``"half million"`` -> 500000.
    """
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w]
    nw = number_words(folder)
    factor, words = _leading_fraction(words, nw)
    if factor != 1:
        if not words or words[0] not in nw.word_scales:
            return None
        value = _words_value(["one", *words], nw)
        return None if value is None else value * factor
    return _words_value(words, nw)


def _leading_fraction(words: list[str], nw: NumberWords) -> tuple[Decimal, list[str]]:
    """(multiplier, remaining words) for "a quarter", "three quarters of a", "a couple of"."""
    head = words[:2]
    if len(words) > 2 and words[:3] in (["a", "couple", "of"], ["an", "couple", "of"]):
        return Decimal(2), words[3:]
    if len(head) == 2 and head[1] in _FRACTION_WORDS and head[0] in ("a", "an", "one", "two", "three"):
        count = Decimal(1) if head[0] in ("a", "an") else Decimal(nw.units[head[0]])
        rest = words[2:]
        if rest[:1] == ["of"] and rest[1:2] in (["a"], ["an"]):
            rest = rest[2:]
        return count * _FRACTION_WORDS[head[1]], rest
    if words[:1] == ["half"] and len(words) > 1 and words[1] in nw.word_scales:
        return Decimal("0.5"), words[1:]  # "half million" (with "a", the loop below reads it)
    return Decimal(1), words


def _words_value(words: list[str], nw: NumberWords) -> Decimal | None:
    return _WordReader(words, nw).run() if words else None


@dataclass
class _WordReader:
    """Reads spelled number words left to right; each step returns how many words it used, or
    None when the sequence is not a number ("two three", "and five")."""
    words: list[str]
    nw: NumberWords
    total: Decimal = Decimal(0)
    current: Decimal | None = None
    last_scale: Decimal = Decimal(1)
    prev: str | None = None  # kind of the previous word

    def run(self) -> Decimal | None:
        i = 0
        while i < len(self.words):
            used = self._step(i)
            if used is None:
                return None
            i += used
        return self.total + self.current if self.current is not None else self.total

    def _step(self, i: int) -> int | None:
        w, nw = self.words[i], self.nw
        if w == "and":
            return self._and(i)
        if w in ("a", "an"):
            return self._article(i)
        if w == "half":
            return self._half(i)
        if w == "point":
            return self._point(i)
        if w in nw.units:
            return self._unit(nw.units[w])
        if w in nw.tens:
            return self._tens(nw.tens[w])
        if w in ("dozen", "hundred"):
            return self._multiply(12 if w == "dozen" else 100)
        if w in nw.word_scales:
            return self._scale(Decimal(nw.word_scales[w]))
        return None

    def _and(self, i: int) -> int | None:
        if self.words[i + 1:i + 3] == ["a", "half"]:  # "one and a half", "a million and a half"
            if self.current is not None:
                self.current += Decimal("0.5")
            else:
                self.total += Decimal("0.5") * self.last_scale
            self.prev = "half"
            return 3
        return 1 if self.prev == "scale" else None  # "hundred and five"

    def _article(self, i: int) -> int | None:
        if self.current is not None or i + 1 >= len(self.words):
            return None
        self.current, self.prev = Decimal(1), "a"
        return 1

    def _half(self, i: int) -> int | None:
        if self.current is not None:
            return None
        self.current, self.prev = Decimal("0.5"), "half"
        return 2 if self.words[i + 1:i + 2] in (["a"], ["an"]) else 1

    def _point(self, i: int) -> int | None:
        units, j = self.nw.units, i + 1
        while j < len(self.words) and self.words[j] in units and units[self.words[j]] < 10:
            j += 1
        if j == i + 1:
            return None
        digits = "".join(str(units[w]) for w in self.words[i + 1:j])
        self.current, self.prev = (self.current or Decimal(0)) + Decimal("0." + digits), "point"
        return j - i

    def _unit(self, value: int) -> int | None:
        if self.prev in ("unit", "point") or (self.prev == "tens" and (value >= 10 or value == 0)):
            return None
        self.current, self.prev = (self.current or Decimal(0)) + value, "unit"
        return 1

    def _tens(self, value: int) -> int | None:
        if self.prev in ("unit", "tens", "point"):
            return None
        self.current, self.prev = (self.current or Decimal(0)) + value, "tens"
        return 1

    def _multiply(self, factor: int) -> int:
        self.current = (self.current if self.current is not None else Decimal(1)) * factor
        self.prev = "scale"
        return 1

    def _scale(self, scale: Decimal) -> int | None:
        if self.current is None and self.total == 0:
            return None
        if self.current is None:  # "thousand million"
            self.total *= scale
        else:
            self.total += self.current * scale
        self.current, self.last_scale, self.prev = None, scale, "scale"
        return 1


def parse_scale(text: str | None, folder: Path = RULES_DIR) -> Decimal:
    """Multiplier of a scale expression: ``"bn"`` -> 1e9, ``"hundred thousand"`` -> 1e5."""
    if not text:
        return Decimal(1)
    out = Decimal(1)
    for w in re.split(r"[\s-]+", text.strip()):
        if not w:
            continue
        if w == "T":
            out *= 10**12
            continue
        value = number_words(folder).scales.get(w.lower())
        if value is None:
            raise ValueError(f"unknown scale {text!r}")
        out *= value
    return out


def parse_number(text: str, folder: Path = RULES_DIR) -> Decimal | None:
    """A digit or spelled-out number, optionally followed by a scale: ``"1.5 million"``."""
    s = text.strip()
    g = grammar(folder)
    m = re.fullmatch(rf"({DIGITS})(?:[ ]?-?[ ]?({g.scale}))?", s, re.IGNORECASE)
    if m:
        base = parse_digits(m.group(1))
        return None if base is None else base * parse_scale(m.group(2), folder)
    m = re.fullmatch(rf"({g.wordnum})(?:[ ]?-?[ ]?({g.scale}))?", s, re.IGNORECASE)
    if m:
        base = words_to_number(m.group(1), folder)
        return None if base is None else base * parse_scale(m.group(2), folder)
    return None


def is_spelled(text: str) -> bool:
    return not any(ch.isdigit() for ch in text)


def alternation(forms, case_sensitive: bool | None = None, guard: str = r"(?![A-Za-z0-9])") -> str:
    """Regex alternation of literal forms, longest first; word forms end on a word boundary.

    ``case_sensitive=None`` means: forms with an upper-case letter are matched as written.
    """
    return trie_alternation({f: case_sensitive if case_sensitive is not None else any(c.isupper() for c in f)
                             for f in forms}, guard)


def trie_alternation(forms: dict[str, bool], guard: str = r"(?![A-Za-z0-9])", space: str = SP + "+") -> str:
    """One regex for literal ``forms`` (form -> case sensitive), for a pattern compiled with
    ``re.IGNORECASE``: the longest form that fits wins, a form ending in a letter or digit must
    be followed by ``guard``, a space in a form matches any run of spaces, and a case-sensitive
    form must be written as given.

    The forms share one prefix tree ("US(?:D|\\$)?…"), so each position of the text costs the
    length of the longest form, not the number of forms; a plain alternation of a thousand
    currency forms tries each in turn.
    """
    trie: dict = {}
    loose = []  # case-sensitive forms with spaces (no fixed-width look-behind): plain branches
    for form, sensitive in sorted(forms.items()):
        if sensitive and " " in form:
            loose.append(form)
            continue
        node = trie
        for ch in form.lower():
            node = node.setdefault(ch, {})
        node.setdefault("", []).append((form, sensitive))
    space = _FAST_SPACE.get(space, space)
    body = _trie_regex(trie, guard, space)
    plain = [f"(?-i:{re.escape(f).replace(chr(92) + ' ', space)}{guard if f[-1].isalnum() else ''})"
             for f in sorted(loose, key=lambda f: (-len(f), f))]
    return "(?:" + "|".join([*plain, f"(?-i:{body})"] if body else plain) + ")"


#: The same spaces without a character class above U+00FF (re compiles those slowly).
_FAST_SPACE = {SP + "+": "(?:[ \u00a0]|\u202f)+"}


def _letter(ch: str) -> str:
    """``ch`` and its upper case as a class: the tree is matched case-sensitively (re compiles
    IGNORECASE literals with their rare Unicode case variants, slowly)."""
    up = ch.upper()
    if up == ch or len(up) != 1:
        return re.escape(ch)
    return f"[{re.escape(ch)}{re.escape(up)}]"


def _trie_regex(node: dict, guard: str, space: str) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        head = space if ch == " " else _letter(ch)
        branches.append(head + _trie_regex(node[ch], guard, space))
    ends = node.get("")
    if ends is None:
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")" if branches else ""
    return "(?:" + "|".join([*branches, _end(ends, guard)]) + ")"


def _end(ends: list[tuple[str, bool]], guard: str) -> str:
    """The end of one or more forms (same letters, maybe different case) at this point."""
    form = ends[0][0]
    tail = guard if form[-1].isalnum() else ""
    if any(not sensitive for _, sensitive in ends):
        return tail
    checks = "|".join(f"(?<=(?-i:{re.escape(f)}))" for f, _ in ends)
    return f"(?:{checks}){tail}"


# --------------------------------------------------------------------------- qualifiers
QUALIFIER_EFFECTS = ("approx", "min", "max", "keep", "range")


class Qualifiers(NamedTuple):
    pre: dict[str, str]   # lower-cased form -> effect
    post: dict[str, str]


@lru_cache(maxsize=None)
def qualifiers(folder: Path = RULES_DIR) -> Qualifiers:
    pre: dict[str, str] = {}
    post: dict[str, str] = {}
    for rule in load_rules("qualifiers.jsonl", ("forms", "effect"), {"effect": QUALIFIER_EFFECTS,
                                                                     "position": ("pre", "post")}, folder):
        target = post if rule.get("position") == "post" else pre
        for form in rule["forms"]:
            target[form.lower()] = rule["effect"]
    return Qualifiers(pre, post)


def _qual_re(folder: Path = RULES_DIR) -> str:
    pre = qualifiers(folder).pre
    words = [f for f in pre if f[-1].isalnum() or f[-1] == "."]
    symbols = [f for f in pre if f not in words]
    return (rf"(?:(?<![\w.])(?P<qual>{alternation(words, False)}){SP}+"
            rf"|(?<![\w<>~=])(?P<qsym>{alternation(symbols, False)}){SP}?)?")


def _postq_re(folder: Path = RULES_DIR) -> str:
    post = qualifiers(folder).post
    words = [f for f in post if f[0].isalpha()]
    symbols = [f for f in post if f not in words]
    return rf"(?:{SP}+(?P<postq>{alternation(words, False)})|(?P<postsym>{alternation(symbols, False)}))?"


SEP_RE = rf"(?P<sep>{SP}?[-–—‒]{SP}?|{SP}+(?:to|and|or|through|thru){SP}+)"
JOIN_RE = rf"{SP}?-?{SP}?"


@lru_cache(maxsize=None)
def blocks(folder: Path = RULES_DIR) -> dict[str, str]:
    """Blocks shared by the money and quantity patterns (``{Q}``, ``{SEP}``, ``{VAGUE}`` …)."""
    return {"Q": _qual_re(folder), "PQ": _postq_re(folder), "SEP": SEP_RE, "JOIN": JOIN_RE, "VAGUE": grammar(folder).vague,
            "END": r"(?![A-Za-z0-9%°²³_]|[.,][0-9])"}


def compile_patterns(name: str, own_blocks: dict[str, str], kinds: tuple[str, ...] | None = None,
                     folder: Path = RULES_DIR) -> list[Pattern]:
    """Load a ``*_patterns.jsonl`` file and compile each pattern, its ``{BLOCK}``s filled in
    (``ruledata.expand_template``)."""
    out = []
    all_blocks = {**blocks(folder), **own_blocks}
    for rule in load_rules(name, ("pattern",), {"kind": kinds} if kinds else None, folder):
        where = f"{rule.where}: rule {rule.id!r}"
        pattern = expand_template(rule["pattern"], all_blocks, where)
        try:
            regex = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise RuleError(f"{where} does not compile: {exc}") from exc
        out.append(Pattern(rule, regex))
    return out


# --------------------------------------------------------------------------- masks
#: Character ranges that never hold an amount: times of day, numeric dates, phone numbers,
#: footnote marks, list markers, version strings, URLs.
MASKS = [
    ("time", re.compile(r"(?<![0-9.,])(?:[0-9]{1,2}[:h][0-5][0-9](?::[0-5][0-9])?|[0-9]{1,2}\.[0-5][0-9](?=[ ]?(?:[ap]\.?m\b|[ap]\.m\.)))(?![0-9])", re.I)),
    ("time-ampm", re.compile(r"(?<![0-9.,])[0-9]{1,2}(?:[ ]?(?:[ap]\.m\.|[ap]m\b|o'clock\b))", re.I)),
    ("numeric-date", re.compile(r"(?<![0-9])(?:[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{2,4}|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}/[0-9]{1,2}(?![0-9/]))(?![0-9])")),
    ("phone-intl", re.compile(r"(?<![\w+])\+[0-9]{1,3}(?:[ .-]?\(?[0-9]{1,4}\)?){2,5}[0-9](?![0-9])")),
    ("phone-us", re.compile(r"(?<![0-9])(?:1[ .-])?(?:\([0-9]{3}\)[ ]?|[0-9]{3}[ .-])[0-9]{3}[ .-][0-9]{4}(?![0-9])")),
    ("phone-local", re.compile(r"(?<![0-9,.])[0-9]{2}[1-9]-[0-9]{3}[1-9](?![0-9,.])")),
    ("footnote", re.compile(r"\[(?:[0-9]{1,3}|[ivxlc]{1,6}|[a-z])\]|\((?:[ivx]{1,5})\)")),
    ("list-marker", re.compile(r"(?m)^[ \t]*(?:\(?[0-9]{1,2}[.)]|\([0-9]{1,2}\))(?=[ \t])")),
    # linear: the e-mail address is bounded (RFC 5321 sizes) and its domain labels cannot hold
    # "." or "@", so no start position scans the rest of a long token ("\S+@\S+" did: quadratic)
    ("url", re.compile(r"(?:https?://|www\.)\S+|[^\s@]{1,64}@(?:[^\s@.]{1,63}\.){1,8}\w{1,63}")),
    ("version", re.compile(r"(?<![\w.])(?![0-9]{1,3}(?:\.[0-9]{3}){2,}(?:,[0-9]{1,2})?(?![\w.]))"
                           r"v?[0-9]+\.[0-9]+\.[0-9]+(?:\.[0-9]+)*(?![\w.])")),
]


_WS = r"\s"
BEFORE, AFTER = 60, 100


def windows(text: str, extra: re.Pattern | None = None, numbers: bool = True,
            folder: Path = RULES_DIR) -> list[tuple[int, int]]:
    """Stretches of ``text`` that can hold an amount: around every digit or number word (and
    every match of ``extra``, for amounts without either: "a dollar").

    Every pattern needs a number, so running the patterns only here (``finditer(text, pos,
    endpos)`` keeps look-behinds on the real text) gives the same matches much faster. A window
    runs from 60 characters before the first number to the first white space 100 characters
    after the last one.
    """
    anchors = [(m.start(), m.end()) for m in grammar(folder).anchor.finditer(text)] if numbers else []
    if extra is not None:
        anchors = sorted(anchors + [(m.start(), m.end()) for m in extra.finditer(text)])
    out: list[list[int]] = []
    for a_start, a_end in anchors:
        start = max(0, a_start - BEFORE)
        if out and start <= out[-1][1]:
            if a_end + AFTER > out[-1][2]:
                out[-1][2] = a_end + AFTER
            continue
        if out:
            out[-1][1] = _ws_after(text, out[-1][2])
            if start <= out[-1][1]:
                out[-1][2] = a_end + AFTER
                continue
        out.append([start, 0, a_end + AFTER])
    if out:
        out[-1][1] = _ws_after(text, out[-1][2])
    return [(a, b) for a, b, _ in out]


def _ws_after(text: str, pos: int) -> int:
    if pos >= len(text):
        return len(text)
    m = rx(_WS).search(text, pos)
    return m.start() if m else len(text)


def finditer(regex: re.Pattern, text: str, spans: list[tuple[int, int]] | None = None):
    """``regex.finditer`` restricted to ``windows(text)`` (same matches, fewer positions tried)."""
    for a, b in spans if spans is not None else windows(text):
        yield from regex.finditer(text, a, b)


def masked_ranges(text: str) -> list[tuple[int, int, str]]:
    return sorted((m.start(), m.end(), name) for name, rx in MASKS for m in rx.finditer(text))


# --------------------------------------------------------------------------- values
class Contexts(NamedTuple):
    change: re.Pattern      # "rose from 5 to 7": two values, not a range
    particle: re.Pattern    # "did not rise above 0.8 percent": no qualifier
    price_from: re.Pattern  # "tickets from $9.99": a minimum
    money: re.Pattern       # "paid ten pounds": money, where "500 pounds" is a weight
    free: str               # what may follow a bare amount word: "a dollar in", not "a dollar store"


@lru_cache(maxsize=None)
def contexts(folder: Path = RULES_DIR) -> Contexts:
    """The context word patterns of ``rules/number_contexts.jsonl``, compiled once."""
    rules = {r.id: r["pattern"] for r in load_rules("number_contexts.jsonl", ("pattern",), folder=folder)}
    return Contexts(
        re.compile(rf"\b(?:{rules['change-verbs']})\b(?:\W+\w+){{0,3}}\W*$", re.I),
        re.compile(rf"\b(?:{rules['particle-verbs']})\W*$", re.I),
        re.compile(rf"(?:^|[:\n(]|\b(?:{rules['price-from']})\b)[ \t]*$", re.I),
        re.compile(rf"\b(?:{rules['money-verbs']})\b(?:\W+\w+){{0,2}}?\W*$", re.I),
        rf"(?=[ \u00a0]*(?:[.,;:!?)\]\n\u2019\"']|$)|[ \u00a0]+(?:{rules['free-after']})\b)")


def is_change_context(text: str, start: int, folder: Path = RULES_DIR) -> bool:
    """True when ``from X to Y`` at ``start`` follows a verb of change (``rose from 5 to 7``)."""
    return bool(contexts(folder).change.search(text[max(0, start - 60):start]))


def _scale_of_spelled(text: str, folder: Path = RULES_DIR) -> Decimal:
    best = Decimal(1)
    scales = number_words(folder).word_scales
    for w in re.split(r"[\s-]+", text.lower()):
        if w in scales and w != "hundred":
            best = max(best, Decimal(scales[w]))
    return best


def amount_value(m: re.Match, n: int, folder: Path = RULES_DIR) -> tuple[Decimal | None, Decimal]:
    """(value, scale multiplier written with it) of amount ``n`` of a match."""
    num = m.group(f"num{n}")
    if num is None:
        return None, Decimal(1)
    gd = m.groupdict()
    scale_text = gd.get(f"scale{n}") or (gd.get("pscale") if n == 1 else None)
    if num.lower() in ("a", "an"):
        return Decimal(1), Decimal(1)  # "a dollar"
    if is_spelled(num):
        base = words_to_number(num, folder)
        own_scale = _scale_of_spelled(num, folder)
    else:
        base = parse_digits(num)
        own_scale = Decimal(1)
    if base is None:
        return None, own_scale
    scale = parse_scale(scale_text, folder) if scale_text else Decimal(1)
    return base * scale, scale * own_scale


def vague_min(text: str, folder: Path = RULES_DIR) -> Decimal:
    """``"billions"`` -> 2e9 (the least the plural can mean), ``"tens of thousands"`` -> 2e4."""
    key = re.sub(r"\s+", " ", text.lower().strip())
    return Decimal(number_words(folder).vague[key]) * 2


def glued_before(text: str, pos: int) -> bool:
    """The number at ``pos`` is part of a name or code: ``S-300``, ``A320``, ``#1``, ``'90s``."""
    before = text[max(0, pos - 2):pos]
    return bool(before[-1:].isalpha() or before[-1:] in ("#", "/", "'", "’", "@", "_", "\\", "=")
                or (before[-1:] in ("-", "‐") and before[:1].isalnum()))


def core_start(m: re.Match, groups=("pre1", "num1", "vague")) -> int:
    starts = [m.start(g) for g in groups if g in m.re.groupindex and m.group(g) is not None]
    return min(starts) if starts else m.start()


def qualify(m: re.Match, text: str, is_range: bool, folder: Path = RULES_DIR) -> tuple[dict, int] | None:
    """Qualifier, approximate flag and the span start for a match (None: reject the match).

    Returns ({"qualifier", "approximate", "effect", "post_effect"}, start). An invalid
    qualifier (``between`` with a single amount, ``from`` after a verb of change) is left out
    of the span rather than rejecting the amount.
    """
    gd = m.groupdict()
    qual = gd.get("qual") or gd.get("qsym")
    start = m.start()
    effect = None
    qtext = None
    if qual:
        qtext = re.sub(r"\s+", " ", qual.lower())
        effect = qualifiers(folder).pre.get(qtext)
    sep = (gd.get("sep") or "").strip().lower()
    change = is_change_context(text, m.start(), folder)
    if is_range and _bad_range_sep(sep, qtext, gd, change):
        return None
    if qtext in ("above", "below", "over", "under") and contexts(folder).particle.search(text[max(0, start - 30):start]):
        qual, qtext, effect = None, None, None  # "did not rise above 0.8 percent": a verb particle
        start = core_start(m)
    if effect == "range" and (not is_range or change):
        if qtext == "from" and not change and not is_range and contexts(folder).price_from.search(text[max(0, start - 30):start]):
            effect = "min"  # "from $9.99": a starting price
        else:
            qual, qtext, effect = None, None, None
            start = core_start(m)
    post, post_effect = _post_qualifier(gd, folder)
    qualifier = qtext or post
    approximate = effect == "approx" or post_effect == "approx"
    return {"qualifier": qualifier, "approximate": approximate, "effect": effect,
            "post_effect": post_effect}, start


def _bad_range_sep(sep: str, qtext: str | None, gd: dict, change) -> bool:
    """Whether a range's separator rejects the match: 'and' without 'between', 'or' after
    'between'/'from', a hyphen inside a spelled number ("twenty-five"), 'between' without 'and'
    or a dash, and 'to' after a verb of change ("rose from 5 to 6" is two values)."""
    if sep == "and" and qtext != "between":
        return True
    if sep == "or" and qtext in ("between", "from"):
        return True
    if sep in ("-", "‒") and is_spelled(gd.get("num1") or "1") and is_spelled(gd.get("num2") or "1"):
        return True  # "twenty-five" is one number
    if qtext == "between" and sep not in ("and", "-", "–", "—", "‒"):
        return True
    if sep in ("to", "through", "thru") and change:
        return True
    return False


def _post_qualifier(gd: dict, folder: Path) -> tuple[str | None, str | None]:
    """The qualifier after the amount ('or more', '+'), normalized, and its effect."""
    post = gd.get("postq") or gd.get("postsym")
    if not post:
        return None, None
    text = re.sub(r"\s+", " ", post.lower().strip())
    return text, qualifiers(folder).post.get(text)


def values(m: re.Match, text: str, is_range: bool, factor: Decimal = Decimal(1), folder: Path = RULES_DIR):
    """(norm fields value/min/max/approximate/qualifier, span start) or None when invalid."""
    q = qualify(m, text, is_range, folder)
    if q is None:
        return None
    info, start = q
    gd = m.groupdict()
    if gd.get("vague"):
        low = vague_min(gd["vague"], folder) * factor
        return {"value": None, "min": float(low), "max": None, "approximate": True,
                "qualifier": info["qualifier"]}, start
    v1, s1 = amount_value(m, 1, folder)
    if v1 is None:
        return None
    v1, start = _signed(m, text, v1 * factor, start)
    norm = _range_norm(m, v1, s1, factor, folder) if is_range else _single_norm(float(v1), info)
    if norm is None:
        return None
    norm["approximate"] = info["approximate"]
    norm["qualifier"] = info["qualifier"]
    return norm, start


def _signed(m: re.Match, text: str, v1: Decimal, start: int) -> tuple[Decimal, int]:
    """The first amount negated, and the span start moved onto the sign, when a minus sign
    stands right before it ("-0.5%", "−2.5 percent"; not a hyphen glued to a word)."""
    ns = m.start("num1")
    negative = (m.group("num1") and ns > 0 and text[ns - 1] in "-−" and not glued_before(text, ns)
                and (ns == 1 or text[ns - 2] in " (\t\n"))
    if negative and not m.groupdict().get("pre1"):
        v1 = -v1  # "-0.5%", "−2.5 percent"
        if start == ns:
            start = ns - 1
    return v1, start


def _range_norm(m: re.Match, v1: Decimal, s1, factor: Decimal, folder: Path) -> dict | None:
    """min/max of a range ("$5 to $10 million": the scale applies to both ends); None when the
    second amount is unreadable or not above the first."""
    v2, s2 = amount_value(m, 2, folder)
    if v2 is None:
        return None
    v2 *= factor
    if s2 > 1 and s1 == 1 and v1 * s2 <= v2:
        v1 *= s2  # "$5 to $10 million": the scale applies to both ends
    if v1 >= v2:
        return None
    return {"value": None, "min": float(v1), "max": float(v2)}


def _single_norm(value: float, info: dict) -> dict:
    """value (and min or max, as the qualifiers before and after it say) of a single amount."""
    norm = {"value": value, "min": None, "max": None}
    for eff in (info["effect"], info["post_effect"]):
        if eff == "min":
            norm["min"] = value
        elif eff == "max":
            norm["max"] = value
    return norm


# --------------------------------------------------------------------------- spans
def same_amount(a: dict | None, b: dict, keys=("value", "min", "max", "currency")) -> bool:
    return a is not None and all(a.get(k) == b.get(k) for k in keys)


def snap(doc, start: int, end: int, norm: dict, parse) -> tuple[int, int] | None:
    """Token-aligned offsets for a match in a spaCy ``doc``: strict, else expand/contract when
    ``parse`` of the aligned text still gives the same amount."""
    if doc.char_span(start, end) is not None:
        return start, end
    for mode in ("expand", "contract"):
        span = doc.char_span(start, end, alignment_mode=mode)
        if span is not None and len(span) and same_amount(parse(span.text), norm):
            return span.start_char, span.end_char
    return None


@lru_cache(maxsize=None)
def percent_forms(folder: Path = RULES_DIR) -> tuple[str, ...]:
    """Forms of the percent units of ``units.jsonl`` (``%``, ``per cent``, ``basis points``)."""
    return tuple(f for r in load_rules("units.jsonl", ("forms", "type", "unit"), folder=folder) if r["type"] == "percent"
                 for f in r["forms"])


@lru_cache(maxsize=None)
def _percent_re(folder: Path = RULES_DIR) -> re.Pattern:
    return re.compile(rf"{amount_re(1, abbreviations=False, folder=folder)}{JOIN_RE}{alternation(percent_forms(folder))}", re.I)


def has_percent(text: str, folder: Path = RULES_DIR) -> bool:
    """``text`` holds a percentage (``15.3 per cent``, ``5%``) outside masks and model names."""
    masks = RangeIndex(masked_ranges(text))
    for m in _percent_re(folder).finditer(text):
        ns = m.start("num1")
        if glued_before(text, ns) or text[ns - 1:ns] in ("$", "€", "£", "¥", "₹"):
            continue
        if not masks.overlaps(m.start(), m.end()):
            return True
    return False
