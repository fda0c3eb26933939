"""Our spelled-number reading against the number-word libraries of PyPI, on money amounts.

    python -m pip install text2num==3.1.0 word2number==1.1 numerizer==0.2.4   # bench only
    python bench/compare_number_words.py [--show-misses]

Issue 13 asks to use a well-kept library for number words if it reads them better than our
parser (``numbers.words_to_number`` inside ``claims_money``). Each library is tried the way it
would replace ours: it rewrites the number words of an amount into digits (text2num's
``alpha2digit``, numerizer's ``numerize``; word2number's ``word_to_num`` on each run of its
number words), and our money parser reads the rewritten text (the test's sentence when the case
has one); "ours" reads the text as written. An amount is right when value, min and max all
equal the gold ones.

The cases are the amounts with number words in the money test tables
(``tests/components/test_money.py``: ``POSITIVES``, ``SENTENCES``, ``LONG_TAIL``) and the list
``EXTRA`` below (spelled amounts as news writes them, our own, read in a sentence about paying
so that ``250000 pounds`` is money, not a weight). "spelled" amounts have no digit;
"mixed" ones write digits with a scale word (``$5 million``), which a library rewrites too.
A library that is not installed is skipped with a note.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path
from typing import Callable, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from pipeline.components import numbers as N  # noqa: E402
from pipeline.components.money import find_money, parse_money  # noqa: E402

# (text, value, min, max): spelled amounts as news writes them (our own examples)
EXTRA = [
    ("two hundred and fifty thousand pounds", 250000, None, None),
    ("forty-two million euros", 42e6, None, None),
    ("nineteen hundred dollars", 1900, None, None),
    ("a hundred dollars", 100, None, None),
    ("a thousand euros", 1000, None, None),
    ("three and a half billion dollars", 3.5e9, None, None),
    ("seven hundred thousand yen", 7e5, None, None),
    ("twelve thousand five hundred rupees", 12500, None, None),
    ("ninety-nine cents", 0.99, None, None),
    ("sixty billion dollars", 6e10, None, None),
    ("eleven dollars", 11, None, None),
    ("one hundred and twenty pounds sterling", 120, None, None),
    ("a half-million dollars", 5e5, None, None),
    ("half a million euros", 5e5, None, None),
    ("one point five billion dollars", 1.5e9, None, None),
    ("two point three million pounds", 2.3e6, None, None),
    ("a quarter of a million dollars", 2.5e5, None, None),
    ("three quarters of a million pounds", 7.5e5, None, None),
    ("a couple of thousand dollars", 2000, None, None),
    ("twenty-one euros", 21, None, None),
    ("eighty thousand Swiss francs", 8e4, None, None),
    ("nine billion yuan", 9e9, None, None),
    ("fifteen hundred euros", 1500, None, None),
    ("one million dollars", 1e6, None, None),
    ("about two million dollars", 2e6, None, None),
    ("more than ten billion euros", 1e10, 1e10, None),
    ("up to fifty thousand pounds", 5e4, None, 5e4),
    ("between two and three million dollars", None, 2e6, 3e6),
    ("five dollars and twenty-five cents", 5.25, None, None),
    ("thirty euros fifty", 30.5, None, None),
    ("a trillion dollars", 1e12, None, None),
    ("four hundred million rubles", 4e8, None, None),
]


class Case(NamedTuple):
    text: str
    value: float | None
    low: float | None
    high: float | None
    source: str
    context: str = ""  # the test's sentence (its words decide, e.g. 'paid ten pounds' is money)


def _test_tables():
    spec = importlib.util.spec_from_file_location("test_money", ROOT / "tests/components/test_money.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _vocabulary() -> set[str]:
    w = N.number_words()
    return set(w.units) | set(w.tens) | set(w.word_scales) | {"half", "quarter", "quarters", "couple"}


def has_number_words(text: str) -> bool:
    return bool(set(re.findall(r"[a-z]+", text.lower())) & _vocabulary())


def cases() -> list[Case]:
    """The amounts with number words (a digit-only amount says nothing about number words)."""
    t = _test_tables()
    rows = [Case(r[0], r[1], r[2], r[3], "POSITIVES") for r in t.POSITIVES]
    rows += [Case(r[1], r[2], None, None, "SENTENCES", r[0]) for r in t.SENTENCES]
    rows += [Case(r[2], r[3], r[4], r[5], "LONG_TAIL", r[1]) for r in t.LONG_TAIL]
    rows += [Case(*r, "EXTRA", f"Last year the firm paid {r[0]} for it.") for r in EXTRA]
    seen, out = set(), []
    for c in rows:
        if c.text not in seen and has_number_words(c.text):
            seen.add(c.text)
            out.append(c)
    return out


def _close(got, want) -> bool:
    if want is None or got is None:
        return got is None and want is None
    return abs(got - want) <= 1e-9 * max(1.0, abs(want))


def _matches(norm: dict, case: Case) -> bool:
    return all(_close(norm[k], v) for k, v in (("value", case.value), ("min", case.low), ("max", case.high)))


def right(convert: Callable[[str], str], case: Case) -> bool:
    """The amount read from the rewritten text (its sentence when it has one) is the gold one."""
    if case.context:
        return any(_matches(f.norm, case) for f in find_money(convert(case.context)))
    norm = parse_money(convert(case.text))
    return norm is not None and _matches(norm, case)


def _word2number() -> Callable[[str], str] | None:
    try:
        from word2number import w2n
    except ImportError:
        return None
    words = sorted(w2n.american_number_system, key=len, reverse=True)
    run = re.compile(rf"\b(?:{'|'.join(words)})(?:(?:[\s-]+|\s+and\s+)(?:{'|'.join(words)}))*\b", re.I)

    def convert(text: str) -> str:
        def one(m: re.Match) -> str:
            try:
                return str(w2n.word_to_num(m.group(0).lower().replace("-", " ")))
            except ValueError:
                return m.group(0)
        return run.sub(one, text)
    return convert


def systems() -> dict[str, Callable[[str], str] | None]:
    """Name -> the rewrite a library applies before our parser (None: not installed)."""
    out: dict[str, Callable[[str], str] | None] = {"ours": lambda text: text}
    try:
        from text_to_num import alpha2digit
        out["text2num 3.1 (alpha2digit)"] = lambda text: alpha2digit(text, "en")
    except ImportError:
        out["text2num 3.1 (alpha2digit)"] = None
    try:
        from numerizer import numerize
        out["numerizer 0.2 (numerize)"] = numerize
    except ImportError:
        out["numerizer 0.2 (numerize)"] = None
    out["word2number 1.1 (word_to_num)"] = _word2number()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show-misses", action="store_true", help="list each system's wrong cases")
    args = ap.parse_args(argv)
    all_cases = cases()
    groups = {"spelled": [c for c in all_cases if not re.search(r"[0-9]", c.text)],
              "mixed": [c for c in all_cases if re.search(r"[0-9]", c.text)]}
    print(f"{len(all_cases)} amounts with number words: {len(groups['spelled'])} spelled, "
          f"{len(groups['mixed'])} mixed (digits + scale word)")
    print(f"{'system':32} {'spelled':>9} {'mixed':>9} {'all':>9}")
    for name, convert in systems().items():
        if convert is None:
            print(f"{name:32} not installed (see the module docstring)")
            continue
        ok = {g: [c for c in cs if right(convert, c)] for g, cs in groups.items()}
        n_ok = sum(map(len, ok.values()))
        print(f"{name:32} {len(ok['spelled']) / len(groups['spelled']):9.3f} "
              f"{len(ok['mixed']) / len(groups['mixed']):9.3f} {n_ok / len(all_cases):9.3f}")
        if args.show_misses:
            for c in all_cases:
                if c not in ok["spelled"] and c not in ok["mixed"]:
                    print(f"    miss: {c.text!r} -> {convert(c.text)!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
