"""The date grammar: the lexicon (``rules/date_words.jsonl``) and the patterns
(``rules/dates_patterns.jsonl``), validated and compiled once per file pair (:func:`load_grammar`).

Lexicon rows: ``{"id", "class", "forms", "abbrev"?, "value"}``; the classes are listed in
``WORD_CLASSES``. Pattern rows: ``{"id", "handler", "pattern"}``; patterns use the one template
syntax of the rule files (``{NAME}`` / ``{NAME:group}``, :func:`pipeline.ruledata.expand_template`)
with the blocks built here from the lexicon (``MONTH``, ``WEEKDAY``, ``NUM``, ``UNIT``...).
Nothing is read or compiled at import.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.components.timex import NAMED_DAY_SPEC
from pipeline.ruledata import RuleError, expand_template, read_jsonl_rules

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
PATTERNS_FILE = RULES_DIR / "dates_patterns.jsonl"
WORDS_FILE = RULES_DIR / "date_words.jsonl"

WORD_CLASSES = ("month", "weekday", "season", "unit", "number", "ordinal", "part_of_day", "ref",
                "set_adverb", "year_blocker", "holiday", "name_follower", "position", "premod", "rel",
                "time_word", "frequency", "signal", "future_verb", "name_stop", "time_hint", "time_cue",
                "lead", "speech_verb", "day_offset", "event_start")
#: classes that are plain word sets (forms kept as written; the value is unused)
FLAG_CLASSES = ("year_blocker", "name_follower", "future_verb", "name_stop", "time_hint", "time_cue",
                "lead", "speech_verb", "event_start")
CASED_CLASSES = ("month", "weekday", "holiday")
REQUIRED_CLASSES = ("month", "weekday", "unit", "number")


class DateRuleError(RuleError):
    """A date rule or lexicon entry is invalid (the message names the file and the entry)."""


@dataclass(frozen=True)
class DatePattern:
    """One compiled pattern row: its id (the mention's ``origin``), handler name and regex."""
    id: str
    handler: str
    regex: re.Pattern


@dataclass(frozen=True)
class Cues:
    """Helper regexes built from lexicon word sets."""
    name_before: re.Pattern   # a capitalized name right before a month ('Theresa May')
    time_hint: re.Pattern     # a time word inside a model entity
    time_cue: re.Pattern      # 'at' before a 24-hour time
    signal: re.Pattern        # 'since' / 'until' / 'by' right before a DATE
    signal_window: int        # how far back from a DATE to look for a signal (longest form + spaces)
    lead: re.Pattern          # prepositions parse_date drops
    start_before: re.Pattern  # an event starts on the DATE after it ('the strike began on')
    start_after: re.Pattern   # ... or on the DATE before it ('On Oct. 14, workers walked out')


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, dict[str, Any]]          # class -> lowercase form (or form as written) -> value
    cased: dict[str, dict[str, Any]]          # month/weekday/holiday: exact form -> value
    full: dict[str, list[str]]                # month/weekday: the full names


@dataclass(frozen=True)
class Grammar:
    words: dict[str, dict[str, Any]]
    cased: dict[str, dict[str, Any]]
    patterns: list[DatePattern]
    blocks: dict[str, str]
    cues: Cues


def alternation(forms) -> str:
    """Regex alternation of literal forms, longest first; a space matches any whitespace."""
    forms = sorted(set(forms), key=lambda s: (-len(s), s))
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


def load_grammar(patterns_file: str | Path = PATTERNS_FILE,
                 words_file: str | Path = WORDS_FILE) -> Grammar:
    """Load and validate the lexicon and the patterns (cached per file pair)."""
    return _load_grammar(str(patterns_file), str(words_file))


@functools.lru_cache(maxsize=8)
def _load_grammar(patterns_file: str, words_file: str) -> Grammar:
    lex = read_lexicon(Path(words_file))
    blocks = make_blocks(lex)
    patterns = read_patterns(Path(patterns_file), blocks)
    return Grammar(words=lex.words, cased=lex.cased, patterns=patterns, blocks=blocks, cues=make_cues(lex))


def is_date_word(tok) -> bool:
    """Is the token a date's or a time's word: one the model tags ``DATE``/``TIME``, or a month's or
    a weekday's name as the date grammar spells it (``Tuesday``, ``Jan.``)?"""
    cased = load_grammar().cased
    return tok.ent_type_ in ("DATE", "TIME") or tok.text.rstrip(".") in cased["month"] or \
        tok.text.rstrip(".") in cased["weekday"]


def _check_row(row: dict, where: str) -> None:
    cls = row.get("class")
    if cls not in WORD_CLASSES:
        raise DateRuleError(f"{where}: class must be one of {WORD_CLASSES}, got {cls!r}")
    forms = row.get("forms")
    if not forms or not all(isinstance(f, str) and f for f in forms):
        raise DateRuleError(f"{where}: 'forms' must be a non-empty list of strings")
    if "value" not in row:
        raise DateRuleError(f"{where}: missing 'value'")
    if cls == "holiday" and not (isinstance(row["value"], str) and NAMED_DAY_SPEC.fullmatch(row["value"])):
        raise DateRuleError(f"{where}: a holiday value is MM-DD or MM-<weekday><n>, then optionally "
                            f"+<days> and /<every>=<remainder> (years), got {row['value']!r}")


def read_lexicon(path: Path) -> Lexicon:
    words: dict[str, dict[str, Any]] = {c: {} for c in WORD_CLASSES}
    cased: dict[str, dict[str, Any]] = {c: {} for c in CASED_CLASSES}
    full: dict[str, list[str]] = {"month": [], "weekday": []}
    for lineno, row in read_jsonl_rules(path, error=DateRuleError):
        _check_row(row, f"{path}:{lineno} (id {row['id']!r})")
        cls = row["class"]
        for f in row["forms"] + list(row.get("abbrev", [])):
            if cls in FLAG_CLASSES:
                words[cls][f] = True
                continue
            if cls in cased:
                cased[cls][f] = row["value"]
                cased[cls][f.rstrip(".")] = row["value"]
            words[cls][f.lower()] = row["value"]
        if cls in full:
            full[cls].extend(row["forms"])
    for cls in REQUIRED_CLASSES:
        if not words[cls]:
            raise DateRuleError(f"{path}: no entries of class {cls!r}")
    return Lexicon(words, cased, full)


def _num_block(numbers: dict[str, Any]) -> str:
    tens = [k for k, v in numbers.items() if isinstance(v, int) and v in range(20, 100, 10)]
    ones = [k for k, v in numbers.items() if isinstance(v, int) and 1 <= v <= 9 and k not in ("a", "an")]
    return (r"(?:(?<![\d,.])\d{1,3}(?:,\d{3})+|(?<![\d,.])\d+(?:\.\d+)?|(?:" + alternation(tens)
            + r")(?:[-\s](?:" + alternation(ones) + r"))?|" + alternation(numbers) + r")(?![\w])")


def make_blocks(lex: Lexicon) -> dict[str, str]:
    """The named regex blocks the pattern templates refer to."""
    words, cased = lex.words, lex.cased
    unit_forms = list(words["unit"])
    plural_units = [u for u in unit_forms if u.endswith("s") or u in ("centuries", "millennia")]
    blocks = {
        "MONTH": f"(?-i:{alternation(cased['month'])})(?![A-Za-z])",
        "MONTHFULL": f"(?-i:{alternation(lex.full['month'])})",
        "WEEKDAY": f"(?-i:{alternation(lex.full['weekday'])})",
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d])",
        "YEAR": r"(?<![\d,.])(?:1[0-9]\d\d|20\d\d|21\d\d)(?![\d])",
        "BYEAR": r"(?:18\d\d|19\d\d|20\d\d)(?!\d)",
        "SEASON": f"(?:{alternation(words['season'])})",
        "UNIT": f"(?:{alternation(unit_forms)})",
        "UNITP": f"(?:{alternation(plural_units)})",
        "PART": f"(?:{alternation(words['part_of_day'])})",
        "REF": f"(?:{alternation(words['ref'])})",
        "HOLIDAY": f"(?-i:{alternation(cased['holiday']) or '(?!x)x'})",
        "SETADV": f"(?:{alternation(words['set_adverb'])})",
        "NUM": _num_block(words["number"]),
        # spelled ordinals of the word list (first … hundredth), not "last"/"final"
        "ORDW": f"(?:{alternation([w for w, v in words['ordinal'].items() if isinstance(v, int) and v > 0])})",
    }
    blocks["ENDPOINT"] = expand_template(
        "(?:{MONTH}\\s+{DAY},?\\s+{YEAR}|{DAY}\\s+{MONTH},?\\s+{YEAR}|{MONTH},?\\s+{YEAR}"
        "|{MONTH}\\s+{DAY}|{YEAR}|{MONTHFULL}|{WEEKDAY})", blocks, "<ENDPOINT>", error=DateRuleError)
    return blocks


def make_cues(lex: Lexicon) -> Cues:
    w = lex.words
    plain = "|".join(re.escape(f) for f in w["time_hint"])
    starts = alternation(w["event_start"]) or "(?!x)x"
    return Cues(
        name_before=re.compile(r"\b(?!(?:" + "|".join(map(re.escape, w["name_stop"])) + r")\s)[A-Z][a-z]+\.?\s+$"),
        time_hint=re.compile(r"\b(?:" + plain + ")", re.IGNORECASE),
        time_cue=re.compile(r"\b(?:" + alternation(w["time_cue"]) + r")\s+$", re.IGNORECASE),
        signal=re.compile(r"\b(" + alternation(w["signal"]) + r")\s+$", re.IGNORECASE),
        signal_window=max(map(len, w["signal"]), default=0) + 3,
        lead=re.compile(r"^\s*(?:(" + alternation(w["lead"]) + r")\s+)?", re.IGNORECASE),
        start_before=re.compile(r"\b(?:" + starts + r")(?:\s+(?:on|in|at|early|late))?\s+$", re.IGNORECASE),
        start_after=re.compile(r",?\s+(?:[\w'’-]{1,20}\s+){0,2}(?:" + starts + r")\b", re.IGNORECASE),
    )


def read_patterns(path: Path, blocks: dict[str, str]) -> list[DatePattern]:
    from pipeline.components.date_handlers import HANDLERS

    patterns = []
    for lineno, row in read_jsonl_rules(path, error=DateRuleError):
        where = f"{path}:{lineno} (id {row['id']!r})"
        handler = row.get("handler")
        if handler not in HANDLERS:
            raise DateRuleError(f"{where}: unknown handler {handler!r} (known: {sorted(HANDLERS)})")
        if not isinstance(row.get("pattern"), str) or not row["pattern"]:
            raise DateRuleError(f"{where}: 'pattern' must be a non-empty string")
        body = expand_template(row["pattern"], blocks, where, error=DateRuleError)
        if not row["pattern"].startswith("(?<"):
            body = r"(?<!\w)" + body  # matches start at a word start: skips most positions fast
        try:
            rx = re.compile(body, re.IGNORECASE)
        except re.error as exc:
            raise DateRuleError(f"{where}: bad regular expression: {exc}") from exc
        patterns.append(DatePattern(row["id"], handler, rx))
    if not patterns:
        raise DateRuleError(f"{path}: no patterns")
    return patterns
