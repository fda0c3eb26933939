"""Shared number parsing: digits, spelled-out numbers, scales, masks, rule loading."""

from __future__ import annotations

from decimal import Decimal

import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.components import numbers as N


@pytest.mark.parametrize("text,expected", [
    ("1,500", 1500), ("1,500.25", 1500.25), ("3.50", 3.5), (".5", 0.5), ("5,99", 5.99),
    ("1.500.000", 1500000), ("1.500.000,50", 1500000.5), ("007", 7), ("0", 0), ("12,345,678", 12345678),
    ("1.5 million", 1.5e6), ("8bn", 8e9), ("100k", 1e5), ("5.3 mln", 5.3e6), ("2.5 lakh", 2.5e5),
    ("10 crore", 1e8), ("3T", 3e12), ("1.2-billion", 1.2e9), ("5 hundred thousand", 5e5),
    ("three", 3), ("twenty-five", 25), ("twenty five", 25), ("seventy-one", 71), ("a dozen", 12),
    ("two dozen", 24), ("ten thousand", 1e4), ("a million", 1e6), ("half a billion", 5e8),
    ("one hundred and twenty", 120), ("three hundred and fifty thousand", 350000),
    ("three point five billion", 3.5e9), ("one and a half million", 1.5e6), ("a hundred", 100),
    ("a million and a half", 1.5e6), ("nineteen", 19), ("ninety-nine", 99), ("zero", 0),
    ("Twenty-Five Million", 25e6), ("ONE HUNDRED", 100), ("forty two", 42),
    ("two thousand and five", 2005), ("zero point five", 0.5),
])
def test_parse_number_table(text, expected):
    assert float(N.parse_number(text)) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["two three", "twenty thirty", "hundred million dollars", "abc", "",
                                  "1,50,0", "a", "and", "point", "five and six", "one nineteen"])
def test_parse_number_rejects_non_numbers(text):
    assert N.parse_number(text) is None


def test_parse_number_is_exact_decimal():
    assert N.parse_number("5.3 mln") == Decimal("5300000.0")
    assert float(N.parse_number("1.1 billion")) == 1.1e9


@pytest.mark.parametrize("text,expected", [("bn", 1e9), ("hundred thousand", 1e5), ("", 1), (None, 1),
                                           ("MN", 1e6), ("thousand million", 1e9)])
def test_parse_scale_table(text, expected):
    assert float(N.parse_scale(text)) == expected


def test_parse_scale_unknown_raises():
    with pytest.raises(ValueError):
        N.parse_scale("zillion")


@pytest.mark.parametrize("text,kind", [
    ("at 10:30 today", "time"), ("at 5 p.m.", "time-ampm"), ("on 11/23/2015", "numeric-date"),
    ("on 2015-11-23", "numeric-date"), ("call +44 20 7946 0958", "phone-intl"),
    ("call (202) 555-0147", "phone-us"), ("call 555-1234", "phone-local"), ("growth [i] was", "footnote"),
    ("see [12]", "footnote"), ("1. First item", "list-marker"), ("version 3.8.0", "version"),
])
def test_masked_ranges_cover_non_amounts(text, kind):
    assert kind in [name for _, _, name in N.masked_ranges(text)]


@pytest.mark.parametrize("text", ["$3.50", "1,000-1,500", "100-200", "1.500.000 €", "between 5 and 7"])
def test_masked_ranges_leave_amounts(text):
    assert N.masked_ranges(text) == []


@pytest.mark.parametrize("prefix,change", [
    ("revenue rose ", True), ("sales fell sharply ", True), ("prices ranged ", False),
    ("it cost anywhere ", False), ("profit increased last year ", True),
])
def test_is_change_context(prefix, change):
    text = prefix + "from $5 to $8"
    assert N.is_change_context(text, len(prefix)) is change


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 999_999_999))
def test_words_round_trip_with_digit_rendering(n):
    assert N.parse_number(f"{n:,}") == n
    assert N.parse_number(str(n)) == n


def _spell(n: int) -> str:
    units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
             "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def below_1000(k):
        parts = []
        if k >= 100:
            parts.append(units[k // 100] + " hundred")
            k %= 100
            if k:
                parts.append("and")
        if k >= 20:
            parts.append(tens[k // 10] + ("-" + units[k % 10] if k % 10 else ""))
        elif k or not parts:
            parts.append(units[k])
        return " ".join(parts)

    out = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            out.append(below_1000(n // scale) + " " + name)
            n %= scale
    if n or not out:
        out.append(below_1000(n))
    return " ".join(out)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 999_999_999))
def test_spelled_numbers_round_trip(n):
    assert N.words_to_number(_spell(n)) == n


def test_load_rules_reports_file_line_and_id(tmp_path, monkeypatch):
    (tmp_path / "x.jsonl").write_text('{"id": "ok", "forms": ["a"]}\n{"id": "bad", "forms": "a"}\n',
                                      encoding="utf-8")
    with pytest.raises(N.RuleError, match=r"x.jsonl:2: rule 'bad'"):
        N.load_rules("x.jsonl", ("forms",), folder=tmp_path)


def test_load_rules_reports_missing_field(tmp_path, monkeypatch):
    (tmp_path / "x.jsonl").write_text('{"id": "q1", "forms": ["a"]}\n', encoding="utf-8")
    with pytest.raises(N.RuleError, match=r"rule 'q1' lacks effect"):
        N.load_rules("x.jsonl", ("forms", "effect"), folder=tmp_path)


def test_load_rules_reports_bad_json(tmp_path, monkeypatch):
    (tmp_path / "x.jsonl").write_text('{"id": \n', encoding="utf-8")
    with pytest.raises(N.RuleError, match=r"x.jsonl:1: not valid JSON"):
        N.load_rules("x.jsonl", (), folder=tmp_path)


def test_compile_patterns_reports_unknown_block(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(N.RULES_DIR, folder)  # the shared blocks come from the folder's rule files
    (folder / "p.jsonl").write_text('{"id": "p1", "pattern": "{NOPE}[0-9]{3}"}\n', encoding="utf-8")
    with pytest.raises(N.RuleError, match=r"p.jsonl:1: rule 'p1': unknown block \{NOPE\}"):
        N.compile_patterns("p.jsonl", {}, folder=folder)


def test_loaders_read_the_folder_they_are_given(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(N.RULES_DIR, folder)
    words = folder / "number_words.jsonl"
    words.write_text(words.read_text(encoding="utf-8").replace('"lakh": 100000,', '"lakh": 100000, "myriad": 10000,'),
                     encoding="utf-8")
    assert N.parse_number("3 myriad", folder=folder) == 30000
    assert N.parse_number("3 myriad") is None  # the shipped rules are untouched


_PIECES = st.sampled_from(["$", "5", "1,500", "million", "about", "up to", "percent", "%", " ", " ", "\n",
                           "soldiers", "euros", "x" * 70, "-", "–", "twenty", "five", "S-300", "2015",
                           "between", "and", "a", "billion", "dollars", "per", "barrel", "."])


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_windows_give_the_same_matches_as_the_whole_text(pieces):
    from pipeline.components import money as M
    from pipeline.components import quantities as Q

    text = " ".join(pieces)
    for patterns, extra in ((M.patterns(), M.anchor()), (Q.patterns(), None)):
        spans = N.windows(text, extra)
        for _, regex in patterns:
            whole = [(m.start(), m.end()) for m in regex.finditer(text)]
            assert [(m.start(), m.end()) for m in N.finditer(regex, text, spans)] == whole


@pytest.mark.parametrize("text,value", [
    ("half million", 5e5), ("a quarter billion", 2.5e8), ("one quarter million", 2.5e5),
    ("three quarters of a trillion", 7.5e11), ("two quarters of a million", 5e5),
    ("a couple of million", 2e6), ("half a billion", 5e8), ("a quarter", None), ("a couple of", None),
])
def test_words_to_number_fractions_before_a_scale(text, value):
    got = N.words_to_number(text)
    assert (got is None) if value is None else float(got) == value


@pytest.mark.parametrize("text,value", [
    ("25 000", 25000), ("7\u202f500", 7500), ("1\u2009250\u2009000", 1250000), ("12 500,50", 12500.5),
    ("2,50,000", 250000), ("1,25,00,000.50", 12500000.5), ("3,45,000", 345000),
])
def test_parse_digits_space_grouped_and_indian_thousands(text, value):
    assert float(N.parse_digits(text)) == value


def test_digits_regex_reads_indian_grouping_whole():
    import re
    assert re.fullmatch(N.DIGITS, "2,50,000") and re.fullmatch(N.SPACED_DIGITS, "25 000")
    assert not re.search(N.SPACED_DIGITS, "2019 500")  # a year then a count is two numbers
