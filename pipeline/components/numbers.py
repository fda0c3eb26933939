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
    "k": 10**3, "thou": 10**3, "grand": 10**3,
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
    rf"\b{_WORD}\b"
    rf"(?:(?:{_JOIN}){_WORD}\b|[ ]+point(?:[ ]+(?:{_U1}|zero))+\b|[ ]+and[ ]+a[ ]+half\b)*"
)
#: Digit numbers: "1,500", "1,500.25", "3.50", ".5", "5,99" (decimal comma), "1.500.000".
DIGITS = (
    r"(?<![0-9.,])(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"
    r"|[0-9]{1,3}(?:\.[0-9]{3}){2,}(?:,[0-9]{1,2})?"
    r"|[0-9]+(?:[.,][0-9]+)?|\.[0-9]+)(?![0-9]|[.,][0-9]|(?:st|nd|rd|th)\b)"
)
#: A number: digits or words.
NUMBER = rf"(?:{DIGITS}|{WORDNUM})"

_SCALE_WORDS = "hundred|thousand|million|billion|trillion|quadrillion|lakhs?|lac|crores?|grand"
_SCALE_ABBR = "k|thou|m|mn|mln|mil|mm|mio|b|bn|bln|bil|tn|trn|tril|cr"
#: A scale after a number; abbreviations are case-insensitive but must end the word.
SCALE = (rf"(?:(?:hundred[ -]+)?(?:{_SCALE_WORDS})\b(?:[ -]+(?:million|billion)\b)?"
         rf"|(?:{_SCALE_ABBR})\b|(?-i:T)\b)")


def amount_re(n: int, scale: bool = True) -> str:
    """Regex for one amount: number (group ``num<n>``) and optional scale (``scale<n>``)."""
    if not scale:
        return rf"(?P<num{n}>{NUMBER})"
    return rf"(?P<num{n}>{NUMBER})(?:[ ]?-?[ ]?(?P<scale{n}>{SCALE}))?"


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


def to_float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)
