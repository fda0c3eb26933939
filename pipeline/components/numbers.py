"""Shared number parsing for the money and quantity components (no spaCy needed).

* ``parse_number("1,500")``, ``parse_number("twenty-five million")``, ``parse_number("5,99")``
  -> ``Decimal`` (or ``None`` when the text is not a number).
* ``SCALES`` maps scale words and abbreviations (``million``, ``mn``, ``bn``, ``k``, ``lakh``,
  ``crore``) to their multipliers; ``parse_scale("hundred thousand")`` multiplies them.
* Regex building blocks (``DIGITS``, ``WORDNUM``, ``SCALE``, ``amount_re``) used to compose the
  patterns in ``pipeline/rules/*_patterns.jsonl``.

Decimal arithmetic keeps ``5.3 mln`` at exactly 5300000.0 once converted to float.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from pipeline.ruledata import RuleError, read_jsonl_rules  # noqa: F401  (RuleError is part of this API)

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
WORD_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
               "trillion": 10**12, "quadrillion": 10**15, "lakh": 10**5, "lakhs": 10**5,
               "lac": 10**5, "crore": 10**7, "crores": 10**7}

# Scale words and abbreviations that may follow a digit number ("$5m", "8bn", "2.5 lakh").
SCALES: dict[str, int] = {
    **WORD_SCALES,
    "k": 10**3, "thou": 10**3, "grand": 10**3, "dozen": 12,
    "m": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6, "mm": 10**6, "mio": 10**6,
    "b": 10**9, "bn": 10**9, "bln": 10**9, "bil": 10**9,
    "t": 10**12, "tn": 10**12, "trn": 10**12, "tr": 10**12, "tril": 10**12,
    "cr": 10**7,
}
# Plural scale nouns used vaguely: "billions of dollars", "thousands of soldiers".
VAGUE_SCALES = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
                "tens of thousands": 10**4, "hundreds of thousands": 10**5, "millions": 10**6,
                "tens of millions": 10**7, "hundreds of millions": 10**8, "billions": 10**9,
                "tens of billions": 10**10, "hundreds of billions": 10**11, "trillions": 10**12}

_U = "|".join(sorted(UNITS, key=len, reverse=True))
_U1 = "one|two|three|four|five|six|seven|eight|nine"
_T = "|".join(sorted(TENS, key=len, reverse=True))
_S = "hundred|thousand|million|billion|trillion|quadrillion|lakhs?|crores?|dozen"
_WORD = rf"(?:(?:{_T})(?:[- ](?:{_U1}))?|{_U}|{_S})"
_JOIN = (r"(?:(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion))"
         r"[ -]+and[ -]+(?=(?:" + _T + "|" + _U + r")\b)"  # "hundred and five"
         r"|[ -]+)")
#: Spelled-out numbers: "three", "twenty-five", "one hundred and twenty", "a dozen",
#: "half a billion", "a million", "three point five", "one and a half".
WORDNUM = (
    rf"(?:(?:half[ -]an?|an?)[ -]+(?=(?:{_S}|quarter)\b))?"
    rf"\b(?>{_WORD})\b"  # atomic groups and a possessive repeat keep matching linear
    rf"(?>(?:{_JOIN})(?>{_WORD})\b|[ ]+point(?:[ ]+(?:{_U1}|zero)){{1,6}}\b|[ ]+and[ ]+a[ ]+half\b){{0,10}}+"
)
#: Digit numbers: "1,500", "1,500.25", "3.50", ".5", "5,99" (decimal comma), "1.500.000".
DIGITS = (
    r"(?<![0-9.,])(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"
    r"|[0-9]{1,3}(?:\.[0-9]{3}){2,}(?:,[0-9]{1,2})?"
    r"|[0-9]+(?:[.,][0-9]+)?|\.[0-9]+)(?![0-9]|[.,][0-9]|(?:st|nd|rd|th)\b)"
)
#: A number: digits or words.
NUMBER = rf"(?:{DIGITS}|{WORDNUM})"

_SCALE_WORDS = "hundred|thousand|million|billion|trillion|quadrillion|lakhs?|lac|crores?|dozen|grand"
_SCALE_ABBR = "k|thou|m|mn|mln|mil|mm|mio|b|bn|bln|bil|tn|trn|tril|cr"
#: A scale after a number; abbreviations are case-insensitive but must end the word.
SCALE = (rf"(?:(?:hundred[ -]+)?(?:{_SCALE_WORDS})\b(?:[ -]+(?:million|billion|crores?|lakhs?)\b)?"
         rf"|(?:{_SCALE_ABBR})\b|(?-i:T)\b)")


#: Scales without the one-letter abbreviations (for counts, where "5m" may be metres).
SCALE_WORDS_ONLY = (rf"(?:(?:hundred[ -]+)?(?:{_SCALE_WORDS.replace('|grand', '')})\b"
                    rf"(?:[ -]+(?:million|billion|crores?|lakhs?)\b)?|(?:mn|mln|bn|bln|tn|trn)\b)")


def amount_re(n: int, abbreviations: bool = True) -> str:
    """Regex for one amount: number (group ``num<n>``) and optional scale (``scale<n>``)."""
    scale = SCALE if abbreviations else SCALE_WORDS_ONLY
    return rf"(?P<num{n}>{NUMBER})(?:[ \u00a0]?-?[ \u00a0]?(?P<scale{n}>{scale}))?"


def parse_digits(text: str) -> Decimal | None:
    """``"1,500"`` -> 1500, ``"5,99"`` -> 5.99, ``"1.500.000"`` -> 1500000."""
    s = text.strip()
    if not s:
        return None
    if re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3}){2,}(?:,[0-9]{1,2})?", s):
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?", s):
        s = s.replace(",", "")
    elif re.fullmatch(r"[0-9]+,[0-9]+", s):
        s = s.replace(",", ".")  # decimal comma: "5,99", "1,5"
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def words_to_number(text: str) -> Decimal | None:
    """Spelled-out number to Decimal: ``"twenty-five million"`` -> 25000000; None if invalid."""
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w]
    if not words:
        return None
    total = Decimal(0)
    current: Decimal | None = None
    last_scale = Decimal(1)
    prev = None  # kind of the previous word, to reject "two three"
    i = 0
    while i < len(words):
        w = words[i]
        if w == "and":
            if words[i + 1:i + 3] == ["a", "half"]:
                if current is not None:
                    current += Decimal("0.5")
                else:
                    total += Decimal("0.5") * last_scale
                i += 3
                prev = "half"
                continue
            if prev != "scale":
                return None
            i += 1
            continue
        if w in ("a", "an"):
            if current is not None or i + 1 >= len(words):
                return None
            current = Decimal(1)
            prev = "a"
        elif w == "half":
            if current is not None:
                return None
            current = Decimal("0.5")
            if words[i + 1:i + 2] in (["a"], ["an"]):
                i += 1
            prev = "half"
        elif w == "point":
            digits = []
            i += 1
            while i < len(words) and words[i] in UNITS and UNITS[words[i]] < 10:
                digits.append(str(UNITS[words[i]]))
                i += 1
            if not digits:
                return None
            current = (current or Decimal(0)) + Decimal("0." + "".join(digits))
            prev = "point"
            continue
        elif w in UNITS:
            if prev in ("unit", "point") or (prev == "tens" and UNITS[w] >= 10) or (prev == "tens" and UNITS[w] == 0):
                return None
            current = (current or Decimal(0)) + UNITS[w]
            prev = "unit"
        elif w in TENS:
            if prev in ("unit", "tens", "point"):
                return None
            current = (current or Decimal(0)) + TENS[w]
            prev = "tens"
        elif w == "dozen":
            current = (current if current is not None else Decimal(1)) * 12
            prev = "scale"
        elif w == "hundred":
            current = (current if current is not None else Decimal(1)) * 100
            prev = "scale"
        elif w in WORD_SCALES:
            scale = Decimal(WORD_SCALES[w])
            if current is None and total == 0:
                return None
            if current is None:  # "thousand million"
                total *= scale
            else:
                total += current * scale
            current = None
            last_scale = scale
            prev = "scale"
        else:
            return None
        i += 1
    if current is not None:
        total += current
    return total


def parse_scale(text: str | None) -> Decimal:
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
        value = SCALES.get(w.lower())
        if value is None:
            raise ValueError(f"unknown scale {text!r}")
        out *= value
    return out


def parse_number(text: str) -> Decimal | None:
    """A digit or spelled-out number, optionally followed by a scale: ``"1.5 million"``."""
    s = text.strip()
    m = re.fullmatch(rf"({DIGITS})(?:[ ]?-?[ ]?({SCALE}))?", s, re.IGNORECASE)
    if m:
        base = parse_digits(m.group(1))
        return None if base is None else base * parse_scale(m.group(2))
    m = re.fullmatch(rf"({WORDNUM})(?:[ ]?-?[ ]?({SCALE}))?", s, re.IGNORECASE)
    if m:
        base = words_to_number(m.group(1))
        return None if base is None else base * parse_scale(m.group(2))
    return None


def is_spelled(text: str) -> bool:
    return not any(ch.isdigit() for ch in text)


# --------------------------------------------------------------------------- rule data
RULES_DIR = Path(__file__).resolve().parent.parent / "rules"


def load_rules(name: str, required: tuple[str, ...], allowed: dict[str, tuple] | None = None) -> list[dict]:
    """Read ``pipeline/rules/<name>`` (JSONL), checking ids are unique and fields present."""
    path = RULES_DIR / name
    rules: list[dict] = []
    for lineno, rule in read_jsonl_rules(path):
        rid = rule["id"]
        missing = [k for k in required if k not in rule]
        if missing:
            raise RuleError(f"{path}:{lineno}: rule {rid!r} lacks {', '.join(missing)}")
        for key, values in (allowed or {}).items():
            if key in rule and rule[key] not in values:
                raise RuleError(f"{path}:{lineno}: rule {rid!r} has {key}={rule[key]!r}, "
                                f"expected one of {values}")
        if "forms" in rule and (not isinstance(rule["forms"], list)
                                or not all(isinstance(f, str) and f for f in rule["forms"])):
            raise RuleError(f"{path}:{lineno}: rule {rid!r}: 'forms' must be a list of strings")
        rule["_where"] = f"{path.name}:{lineno}"
        rules.append(rule)
    return rules


SP = r"[ \u00a0\u202f]"


def alternation(forms, case_sensitive: bool | None = None, guard: str = r"(?![A-Za-z0-9])") -> str:
    """Regex alternation of literal forms, longest first; word forms end on a word boundary.

    ``case_sensitive=None`` means: forms with an upper-case letter are matched as written.
    """
    parts = []
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        pat = re.escape(form).replace(r"\ ", SP + "+")
        if form[-1].isalnum():
            pat += guard
        sensitive = case_sensitive if case_sensitive is not None else any(c.isupper() for c in form)
        if sensitive:
            pat = f"(?-i:{pat})"
        parts.append(pat)
    return "(?:" + "|".join(parts) + ")"


# --------------------------------------------------------------------------- qualifiers
QUALIFIER_EFFECTS = ("approx", "min", "max", "keep", "range")


def _load_qualifiers():
    pre: dict[str, str] = {}
    post: dict[str, str] = {}
    for rule in load_rules("qualifiers.jsonl", ("forms", "effect"), {"effect": QUALIFIER_EFFECTS,
                                                                     "position": ("pre", "post")}):
        target = post if rule.get("position") == "post" else pre
        for form in rule["forms"]:
            target[form.lower()] = rule["effect"]
    return pre, post


PRE_QUALIFIERS, POST_QUALIFIERS = _load_qualifiers()


def _qual_re() -> str:
    words = [f for f in PRE_QUALIFIERS if f[-1].isalnum() or f[-1] == "."]
    symbols = [f for f in PRE_QUALIFIERS if f not in words]
    return (rf"(?:(?<![\w.])(?P<qual>{alternation(words, False)}){SP}+"
            rf"|(?<![\w<>~=])(?P<qsym>{alternation(symbols, False)}){SP}?)?")


def _postq_re() -> str:
    words = [f for f in POST_QUALIFIERS if f[0].isalpha()]
    symbols = [f for f in POST_QUALIFIERS if f not in words]
    return rf"(?:{SP}+(?P<postq>{alternation(words, False)})|(?P<postsym>{alternation(symbols, False)}))?"


SEP_RE = rf"(?P<sep>{SP}?[-–—‒]{SP}?|{SP}+(?:to|and|or|through|thru){SP}+)"
JOIN_RE = rf"{SP}?-?{SP}?"
VAGUE_RE = (r"\b(?:(?:tens|hundreds)[ ]+of[ ]+(?:thousands|millions|billions)"
            r"|dozens|scores|hundreds|thousands|millions|billions|trillions)\b")

BLOCKS = {"Q": _qual_re(), "PQ": _postq_re(), "SEP": SEP_RE, "JOIN": JOIN_RE, "VAGUE": VAGUE_RE,
          "END": r"(?![A-Za-z0-9%°²³_]|[.,][0-9])"}


def compile_patterns(name: str, blocks: dict[str, str], kinds: tuple[str, ...] | None = None):
    """Load a ``*_patterns.jsonl`` file and compile each pattern with its ``{BLOCK}``s filled in."""
    out = []
    for rule in load_rules(name, ("pattern",), {"kind": kinds} if kinds else None):
        pattern = rule["pattern"]
        for key, value in {**BLOCKS, **blocks}.items():
            pattern = pattern.replace("{" + key + "}", value)
        leftover = re.findall(r"\{[A-Z][A-Z0-9]*\}", pattern)
        if leftover:
            raise RuleError(f"{rule['_where']}: rule {rule['id']!r} uses unknown block(s) {leftover}")
        try:
            regex = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise RuleError(f"{rule['_where']}: rule {rule['id']!r} does not compile: {exc}") from exc
        out.append((rule, regex))
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


_ANCHOR = re.compile(
    r"[0-9]|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|trillion|quadrillion|dozen|lakh|lac|"
    r"crore|scores|tens)", re.I)
_WS = re.compile(r"\s")
BEFORE, AFTER = 60, 100


def windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` that can hold an amount: around every digit or number word.

    Every pattern needs a number, so running the patterns only here (``finditer(text, pos,
    endpos)`` keeps look-behinds on the real text) gives the same matches much faster. A window
    runs from 60 characters before the first number to the first white space 100 characters
    after the last one.
    """
    out: list[list[int]] = []
    for m in _ANCHOR.finditer(text):
        start = max(0, m.start() - BEFORE)
        if out and start <= out[-1][1]:
            if m.end() + AFTER > out[-1][2]:
                out[-1][2] = m.end() + AFTER
            continue
        if out:
            out[-1][1] = _ws_after(text, out[-1][2])
            if start <= out[-1][1]:
                out[-1][2] = m.end() + AFTER
                continue
        out.append([start, 0, m.end() + AFTER])
    if out:
        out[-1][1] = _ws_after(text, out[-1][2])
    return [(a, b) for a, b, _ in out]


def _ws_after(text: str, pos: int) -> int:
    if pos >= len(text):
        return len(text)
    m = _WS.search(text, pos)
    return m.start() if m else len(text)


def finditer(regex: re.Pattern, text: str, spans: list[tuple[int, int]] | None = None):
    """``regex.finditer`` restricted to ``windows(text)`` (same matches, fewer positions tried)."""
    for a, b in spans if spans is not None else windows(text):
        yield from regex.finditer(text, a, b)


def masked_ranges(text: str) -> list[tuple[int, int, str]]:
    return sorted((m.start(), m.end(), name) for name, rx in MASKS for m in rx.finditer(text))


def overlaps_any(start: int, end: int, ranges) -> bool:
    return any(s < end and start < e for s, e, *_ in ranges)


# --------------------------------------------------------------------------- values
_CHANGE_RE = re.compile(
    r"\b(?:r[oi]se[sn]?|rising|increas\w*|decreas\w*|grew|grow\w*|jump\w*|fell|fall\w*|drop\w*|"
    r"climb\w*|declin\w*|rais\w*|cuts?|cutting|lower\w*|reduc\w*|boost\w*|expand\w*|slip\w*|surg\w*|"
    r"soar\w*|plung\w*|widen\w*|narrow\w*|swell\w*|swollen|shr[au]nk|shrink\w*|gain\w*|lost|"
    r"los[ei]\w*|slid\w*|tumbl\w*|doubl\w*|tripl\w*|hik\w*|revis\w*|chang\w*|went|moved?|"
    r"upgrad\w*|downgrad\w*|adjust\w*|trimm\w*|edg\w*|dipp?\w*|sank|sink\w*|spik\w*|leap\w*|"
    r"accelerat\w*|slow\w*|improv\w*|worsen\w*|recover\w*|rebound\w*|up|down|higher|lower)\b"
    r"(?:\W+\w+){0,3}\W*$", re.I)


_PARTICLE_RE = re.compile(
    r"\b(?:r[oi]se[sn]?|rising|climb\w*|fell|fall\w*|dropp?\w*|dipp?\w*|sank|sink\w*|slipp?\w*|"
    r"jump\w*|soar\w*|surg\w*|go|goes|going|gone|went|stay\w*|remain\w*|kept|keep\w*|hold\w*|held|"
    r"edg\w*|mov\w*|push\w*|pull\w*|climb\w*|trad\w*|clos\w*|settl\w*|hover\w*|ended)\W*$", re.I)


_PRICE_FROM_RE = re.compile(
    r"(?:^|[:\n(]|\b(?:starting|starts?|prices?|priced|available|fares?|rates?|costs?|tickets?|rooms?|"
    r"plans?|just|only|now|sale|retails?|sells?|rents?|subscriptions?)\b)[ \t]*$", re.I)


def is_change_context(text: str, start: int) -> bool:
    """True when ``from X to Y`` at ``start`` follows a verb of change (``rose from 5 to 7``)."""
    return bool(_CHANGE_RE.search(text[max(0, start - 60):start]))


def _scale_of_spelled(text: str) -> Decimal:
    best = Decimal(1)
    for w in re.split(r"[\s-]+", text.lower()):
        if w in WORD_SCALES and w != "hundred":
            best = max(best, Decimal(WORD_SCALES[w]))
    return best


def amount_value(m: re.Match, n: int) -> tuple[Decimal | None, Decimal]:
    """(value, scale multiplier written with it) of amount ``n`` of a match."""
    num = m.group(f"num{n}")
    if num is None:
        return None, Decimal(1)
    scale_text = m.groupdict().get(f"scale{n}")
    if is_spelled(num):
        base = words_to_number(num)
        own_scale = _scale_of_spelled(num)
    else:
        base = parse_digits(num)
        own_scale = Decimal(1)
    if base is None:
        return None, own_scale
    scale = parse_scale(scale_text) if scale_text else Decimal(1)
    return base * scale, scale * own_scale


def vague_min(text: str) -> Decimal:
    """``"billions"`` -> 2e9 (the least the plural can mean), ``"tens of thousands"`` -> 2e4."""
    key = re.sub(r"\s+", " ", text.lower().strip())
    return Decimal(VAGUE_SCALES[key]) * 2


def glued_before(text: str, pos: int) -> bool:
    """The number at ``pos`` is part of a name or code: ``S-300``, ``A320``, ``#1``, ``'90s``."""
    before = text[max(0, pos - 2):pos]
    return bool(before[-1:].isalpha() or before[-1:] in ("#", "/", "'", "’", "@", "_", "\\", "=")
                or (before[-1:] in ("-", "‐") and before[:1].isalnum()))


def core_start(m: re.Match, groups=("pre1", "num1", "vague")) -> int:
    starts = [m.start(g) for g in groups if g in m.re.groupindex and m.group(g) is not None]
    return min(starts) if starts else m.start()


def qualify(m: re.Match, text: str, is_range: bool) -> tuple[dict, int] | None:
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
        effect = PRE_QUALIFIERS.get(qtext)
    sep = (gd.get("sep") or "").strip().lower()
    change = is_change_context(text, m.start())
    if is_range:
        if sep == "and" and qtext != "between":
            return None
        if sep == "or" and qtext in ("between", "from"):
            return None
        if sep in ("-", "‒") and is_spelled(gd.get("num1") or "1") and is_spelled(gd.get("num2") or "1"):
            return None  # "twenty-five" is one number
        if qtext == "between" and sep not in ("and", "-", "–", "—", "‒"):
            return None
        if sep in ("to", "through", "thru") and change:
            return None
    if qtext in ("above", "below", "over", "under") and _PARTICLE_RE.search(text[max(0, start - 30):start]):
        qual, qtext, effect = None, None, None  # "did not rise above 0.8 percent": a verb particle
        start = core_start(m)
    if effect == "range" and (not is_range or change):
        if qtext == "from" and not change and not is_range and _PRICE_FROM_RE.search(text[max(0, start - 30):start]):
            effect = "min"  # "from $9.99": a starting price
        else:
            qual, qtext, effect = None, None, None
            start = core_start(m)
    post = gd.get("postq") or gd.get("postsym")
    post_effect = POST_QUALIFIERS.get(re.sub(r"\s+", " ", post.lower().strip())) if post else None
    qualifier = qtext or (re.sub(r"\s+", " ", post.lower().strip()) if post else None)
    approximate = effect == "approx" or post_effect == "approx"
    return {"qualifier": qualifier, "approximate": approximate, "effect": effect,
            "post_effect": post_effect}, start


def values(m: re.Match, text: str, is_range: bool, factor: Decimal = Decimal(1)):
    """(norm fields value/min/max/approximate/qualifier, span start) or None when invalid."""
    q = qualify(m, text, is_range)
    if q is None:
        return None
    info, start = q
    gd = m.groupdict()
    if gd.get("vague"):
        low = vague_min(gd["vague"]) * factor
        return {"value": None, "min": float(low), "max": None, "approximate": True,
                "qualifier": info["qualifier"]}, start
    v1, s1 = amount_value(m, 1)
    if v1 is None:
        return None
    v1 *= factor
    ns = m.start("num1")
    negative = (m.group("num1") and ns > 0 and text[ns - 1] in "-−" and not glued_before(text, ns)
                and (ns == 1 or text[ns - 2] in " (\t\n"))
    if negative and not gd.get("pre1"):
        v1 = -v1  # "-0.5%", "−2.5 percent"
        if start == ns:
            start = ns - 1
    if is_range:
        v2, s2 = amount_value(m, 2)
        if v2 is None:
            return None
        v2 *= factor
        if s2 > 1 and s1 == 1 and v1 * s2 <= v2:
            v1 *= s2  # "$5 to $10 million": the scale applies to both ends
        if v1 >= v2:
            return None
        norm = {"value": None, "min": float(v1), "max": float(v2)}
    else:
        value = float(v1)
        norm = {"value": value, "min": None, "max": None}
        for eff in (info["effect"], info["post_effect"]):
            if eff == "min":
                norm["min"] = value
            elif eff == "max":
                norm["max"] = value
    norm["approximate"] = info["approximate"]
    norm["qualifier"] = info["qualifier"]
    return norm, start
