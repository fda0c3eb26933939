"""Rule data of the claim extractor: reporting cues, modality cues, section patterns and the
weights of attributed claims' confidence (``claim_confidence.jsonl``).

Read once per rules directory through :func:`load_rules` (a cached loader: nothing is read or
compiled at import time). Every rule has an ``id``; problems raise :class:`RuleError` naming the
file, the line and the rule.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from pipeline.components.claim_turn_rules import TURNS_FILE, TurnRules, load_turn_rules
from pipeline.components.gazetteer import ActorWords, Description, actor_words_at, claim_descriptions_at
from pipeline.ruledata import RuleError, read_jsonl_rules

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
CUES_FILE = "claim_cues.jsonl"
#: the actor layer's rule files the claim side reads too (saved with the claim component)
ACTOR_WORDS_FILE, DESCRIPTIONS_FILE, KINDS_FILE = "actor_words.jsonl", "actor_descriptions.jsonl", "actor_kinds.jsonl"
MODALITY_FILE = "modality_cues.jsonl"
SECTIONS_FILE = "claim_sections.jsonl"
CONFIDENCE_FILE = "claim_confidence.jsonl"
SPEAKER_KINDS = ("entity", "phrase", "contested", "none", "pronoun")
PENALTIES = ("noun_cue", "quote", "headline", "collective_self", "resolved", "short_content")
JOINT_FITS = ("title", "leader", "person", "state", "company")  # what ``the two <noun>`` can name
JOINT_ROLES = ("GOV", "LEG", "JUD", "MIL", "COP")  # a joint title rule's role: people of that role fit too

__all__ = ["CONFIDENCE_FILE", "ConfidenceWeights", "CUES_FILE", "MODALITY_FILE", "RULES_DIR", "RuleError", "Rules", "SECTIONS_FILE",
           "SectionRules", "load_rules", "load_section_rules"]


#: the word list of the nouns each person pronoun cannot mean
_OTHER_SEX = {"he": "female_person_nouns", "she": "male_person_nouns"}


class ColonRule(NamedTuple):
    """``Ortiz: "…"``: a name, a colon, the statement (``name``, ``colon``, ``content`` groups)."""
    id: str
    pattern: re.Pattern
    excluded: frozenset[str]    # lowercased labels that are no speakers (``Photo``, ``Q``)
    uppercase: re.Pattern       # a transcript speaker in capitals, when no actor is found


class DashRule(NamedTuple):
    """``"…" — Dale Hollins, candidate``: the text before the quotation (``before``, a label at
    most) and after it (``pattern``: ``dash`` and ``name`` groups)."""
    id: str
    before: re.Pattern
    pattern: re.Pattern


class SourceAsides(NamedTuple):
    """Words of a clause that says a source is not named (``who spoke on condition of
    anonymity``): ``words`` alone, ``negated_words`` with a negation (``not authorized``)."""
    words: frozenset[str] = frozenset()
    negated_words: frozenset[str] = frozenset()


class QuestionTurnRule(NamedTuple):
    """``Q: …``: a question turn of a transcript (its ``:`` is a cue, the question the content)."""
    pattern: re.Pattern         # the turn label at the start of a paragraph
    addressee: re.Pattern       # ``you`` (+ up to two words) just before a cue: the interviewee
    id: str
    interview: re.Pattern       # the article's own interview (``spoke with The Review``): the
                                # byline author asks; otherwise the label (``Q``) is the speaker


class ConfidenceWeights(NamedTuple):
    """The weights of an attributed claim's confidence (``claim_confidence.jsonl``): what the
    speaker is -> its confidence, and the penalties subtracted from it (all >= 0)."""
    speaker: dict[str, float]
    penalty: dict[str, float]


def _weight(where: str, rule: dict, key: str, allowed: tuple[str, ...]) -> tuple[str, float]:
    name, weight = rule.get(key), rule.get("weight")
    if name not in allowed:
        raise RuleError(f"{where}: {key} {name!r} is not one of {list(allowed)}")
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0.0 <= weight <= 1.0:
        raise RuleError(f"{where}: weight must be a number in [0, 1]")
    return name, float(weight)


def load_confidence(path: Path) -> ConfidenceWeights:
    """Read and check the confidence weights: one ``speaker`` rule per speaker kind, one
    ``penalty`` rule per penalty (a penalty only lowers confidence: monotone in the evidence)."""
    out: dict[str, dict[str, float]] = {"speaker": {}, "penalty": {}}
    for lineno, rule in read_jsonl_rules(path):
        where = f"{path}:{lineno}: rule {rule['id']!r}"
        kind = rule.get("kind")
        if kind not in out:
            raise RuleError(f"{where}: kind {kind!r} is not one of ['penalty', 'speaker']")
        key, allowed = ("speaker", SPEAKER_KINDS) if kind == "speaker" else ("when", PENALTIES)
        name, weight = _weight(where, rule, key, allowed)
        if name in out[kind]:
            raise RuleError(f"{where}: a second {kind} rule for {name!r}")
        out[kind][name] = weight
    for kind, allowed in (("speaker", SPEAKER_KINDS), ("penalty", PENALTIES)):
        missing = [n for n in allowed if n not in out[kind]]
        if missing:
            raise RuleError(f"{path}: no {kind} rule for {missing}")
    return ConfidenceWeights(out["speaker"], out["penalty"])


def _title_groups(titles: dict[str, frozenset[str]]) -> tuple[frozenset[str], ...]:
    """Each title noun of ``titles`` with its forms, without periods."""
    return tuple(frozenset(f.strip(".") for f in forms) | {noun} for noun, forms in titles.items())


@dataclass(frozen=True)
class Rules:
    report: dict[str, dict]                 # lemma -> rule
    sources: tuple[dict, ...]               # "according to", "citing"
    nouns: dict[str, dict]                  # lemma -> rule: "his assertion that", "allegations that"
    documents: dict[str, dict]              # lemma -> rule: a poll, a report, data (author = speaker)
    negation_lower: dict[str, dict]
    negation_verbs: dict[str, dict]
    hedge_lower: dict[str, dict]
    hedge_lemma: dict[str, dict]
    future_lower: dict[str, dict]
    future_in_past: dict[str, dict]
    anaphors: tuple[tuple[str, re.Pattern], ...]
    sections: tuple[dict, ...] = field(default=())
    colons: tuple[ColonRule, ...] = field(default=())
    dashes: tuple[DashRule, ...] = field(default=())  # a quotation, a dash, a name
    report_forms: dict[str, dict] = field(default_factory=dict)  # inflected form -> rule
    titles: dict[str, frozenset[str]] = field(default_factory=dict)  # "senator" -> {"sen.", …}
    #: the titles a headline subject may end with (:func:`claim_headlines.titled_person`): every
    #: ``title`` row, also those marked ``headline_only`` (``chief``, ``home secretary``, ``democrat``)
    headline_titles: dict[str, frozenset[str]] = field(default_factory=dict)
    headline_own_forms: frozenset[str] = frozenset()  # ``transport secretary``: names its own holder only
    person_nouns: frozenset[str] = frozenset()  # nouns naming one person (``a diplomat``)
    representatives: frozenset[str] = frozenset()  # speak for their possessor (``her aides``)
    #: ``the two senators``, ``both leaders``: the plural noun -> its ``joint`` rule (``fits``)
    joint: dict[str, dict] = field(default_factory=dict)
    #: verbs of aspect around a reporting verb (``used to say``, ``keeps telling``, ``continues to believe``)
    aspectual: frozenset[str] = frozenset()
    #: ``Q:`` turns of a transcript, and the words before a cue that address the interviewee
    question_turns: tuple[QuestionTurnRule, ...] = field(default=())
    #: transcript turn labels and headline colons (``claim_turns.jsonl``, :mod:`claim_turns`)
    turns: TurnRules = field(default_factory=TurnRules)
    source_asides: SourceAsides = SourceAsides()  # not part of a source's name (``source_aside``)
    #: verbs whose object is seen or heard speaking (``showed officials questioning …``)
    perception_verbs: frozenset[str] = frozenset()
    #: weights of an attributed claim's confidence (``claim_confidence.jsonl``)
    confidence: ConfidenceWeights | None = None
    #: adjectives of a belief or feeling whose subject holds a ``that`` clause (``are worried that``)
    adjectives: dict[str, dict] = field(default_factory=dict)
    #: copulas that carry such an adjective (``is``, ``remain``, ``seem``)
    copulas: frozenset[str] = frozenset()
    #: verbs whose subject holds the cue noun they take as object (``issued a plea for calm``)
    holder_verbs: frozenset[str] = frozenset()
    #: named word lists (``word_list`` rules: ``list`` -> its words), read with :meth:`words`
    word_lists: dict[str, frozenset[str]] = field(default_factory=dict)
    #: a ``word_list`` rule's ``window`` by its ``list`` name (sentences back where a word of
    #: the list may find what it refers to: ``channel_nouns``), read with :meth:`window`
    list_windows: dict[str, int] = field(default_factory=dict)
    #: reporting idioms by lemma (kind ``idiom``: ``put it this way: "…"``, ``as X put it``)
    idioms: dict[str, dict] = field(default_factory=dict)
    #: reporting verbs of one particle by (lemma, particle) (kind ``particle_report``: ``ruled
    #: out``, where the plain lemma has a rule of its own sense: ``the court ruled that …``)
    particle_reports: dict[tuple[str, str], dict] = field(default_factory=dict)
    #: singular representatives a named person holds for a principal, each word -> the role it
    #: names (kind ``agent_roles``: ``attorney`` -> ``lawyer``; :func:`claim_speakers._role_holder`)
    agent_roles: dict[str, str] = field(default_factory=dict)
    #: the folder the rules were read from (a file it lacks is read from the shipped one)
    folder: Path = RULES_DIR

    @functools.cached_property
    def actor_words(self) -> ActorWords:
        """The actor layer's word lists (``actor_words.jsonl`` of the rules' folder, else the shipped
        one), the data the actor component of a pipeline built with this folder reads."""
        return actor_words_at(self.data_file(ACTOR_WORDS_FILE))

    @functools.cached_property
    def descriptions(self) -> tuple[Description, ...]:
        """The actor layer's description rules (``actor_descriptions.jsonl`` of the rules' folder,
        else the shipped one), but those that fit only with a modifier naming the body."""
        return claim_descriptions_at(self.data_file(DESCRIPTIONS_FILE))

    @functools.cached_property
    def person_words(self) -> frozenset[str]:
        """Nouns and titles naming one person of either gender (``person_nouns``, the
        ``male_person_nouns`` and ``female_person_nouns`` lists, the actor layer's person titles):
        what a ``he``/``she`` may mean when no actor names it (``the man``, ``the coach``)."""
        return self.person_nouns | self.words("male_person_nouns") | self.words("female_person_nouns") \
            | self.actor_words.person_titles

    @functools.cached_property
    def title_groups(self) -> tuple[frozenset[str], ...]:
        """Each title noun with its forms, lower case, without periods (``spokesman``: spokesman,
        spokesperson, spokeswoman), in the order of the ``title`` rows."""
        return _title_groups(self.titles)

    @functools.cached_property
    def headline_title_groups(self) -> tuple[frozenset[str], ...]:
        """:attr:`title_groups` of the headline titles (``ceo``: ceo, chief executive)."""
        return _title_groups(self.headline_titles)

    @functools.cached_property
    def title_words(self) -> frozenset[str]:
        """Every noun and form of the ``title`` rows, lower case, without periods (``sen``,
        ``spokesperson``): the words a mention of a title alone is made of."""
        return frozenset().union(*self.title_groups)

    def data_file(self, name: str) -> Path:
        """The rule file ``name`` of the rules' folder, else the shipped one."""
        return _data_file(self.folder, name)

    def words(self, name: str) -> frozenset[str]:
        """The words of the ``word_list`` rules named ``name`` (lower case; none when absent)."""
        return self.word_lists.get(name, frozenset())

    def other_sex_nouns(self, pronoun: str) -> frozenset[str]:
        """The person nouns a ``he``/``she`` cannot mean (no ``he`` for ``a woman``, no ``she`` for
        ``the man``): the ``female_person_nouns`` or ``male_person_nouns`` list; none for any other
        pronoun."""
        return self.words(_OTHER_SEX[pronoun]) if pronoun in _OTHER_SEX else frozenset()

    def listed(self, rule: dict, key: str) -> frozenset[str]:
        """The words of the ``word_list`` a rule's ``key`` names (``content_objects``:
        ``scorn_content_objects``); a list of words in its place (a rules folder saved before the
        scorn verbs shared their lists) is read as those words; none when the rule has no ``key``."""
        value = rule.get(key) or ""
        return self.words(value) if isinstance(value, str) else frozenset(w.lower() for w in value)

    def window(self, name: str) -> int:
        """The ``window`` of the ``word_list`` rules named ``name`` (0, its own sentence, when
        none gives one: a rules folder saved before the value existed)."""
        return self.list_windows.get(name, 0)

    def report_rule(self, lemma: str, lower: str) -> dict | None:
        """The reporting-verb rule of a token, by its lemma or, when the tagger's lemma is off
        (``hopes`` -> ``hop``), by its inflected form."""
        return self.report.get(lemma) or self.report_forms.get(lower)


def _inflections(lemma: str) -> set[str]:
    """Regular inflections of a verb lemma (``hope``: hopes, hoped, hoping)."""
    if " " in lemma:
        return set()
    if lemma.endswith("e"):
        return {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return {lemma + "es", lemma + "ed", lemma + "ing"}
    return {lemma + "s", lemma + "ed", lemma + "ing"}


#: file -> kind -> keys every rule of that kind needs
_KINDS = {
    CUES_FILE: {"report": ("lemma",), "source_phrase": ("words",), "noun": ("lemma",), "document": ("lemma",),
                "colon": ("pattern", "uppercase"), "dash": ("pattern", "before"), "title": ("noun", "forms"),
                "person_nouns": ("words",), "representatives": ("words",), "aspectual": ("words",),
                "question_turn": ("pattern", "addressee", "interview"),
                "source_aside": ("words", "negated_words"), "perception_verbs": ("words",),
                "holder_verbs": ("words",), "adjective": ("words", "copulas"), "joint": ("words", "fits"),
                "word_list": ("list", "words"), "idiom": ("lemma", "object"),
                "particle_report": ("lemma", "particle"), "agent_roles": ("roles",)},
    MODALITY_FILE: {"negation": (), "hedge": (), "future": (), "future_in_past": (),
                    "period_anaphor": ("pattern",)},
    SECTIONS_FILE: {"headline": ("pattern",), "caption": ("pattern",), "note": ("pattern",),
                    "bio": ("pattern",), "dateline": ("pattern",), "byline": ("pattern",),
                    "label": ("pattern",), "summary_label": ("pattern",), "related_label": ("pattern",), "attributed_line": ("pattern",), "credit": ("pattern",), "agency_tag": ("pattern",),
                    "byline_name": ("words",), "headline_author": ("pattern",)},
}


_NEEDS = {"placement_preps": "placements"}  # a field read only with another one: alone it would do nothing


def _check_rule(path: Path, lineno: int, rule: dict, kind_key: str) -> None:
    allowed = _KINDS[path.name]
    where, rid = f"{path}:{lineno}", rule["id"]
    kind = rule.get(kind_key)
    if kind not in allowed:
        raise RuleError(f"{where}: rule {rid!r}: {kind_key} {kind!r} is not one of {sorted(allowed)}")
    for key in allowed[kind]:
        if key not in rule:
            raise RuleError(f"{where}: rule {rid!r}: missing {key!r}")
    if kind not in ("period_anaphor",) and path.name == MODALITY_FILE:
        if not ("lower" in rule or "lemma" in rule):
            raise RuleError(f"{where}: rule {rid!r}: needs 'lower' or 'lemma'")
    if kind == "joint" and (rule["fits"] not in JOINT_FITS or rule.get("role", "GOV") not in JOINT_ROLES):
        raise RuleError(f"{where}: rule {rid!r}: fits must be one of {list(JOINT_FITS)}, role one of {list(JOINT_ROLES)}")
    for key, needed in _NEEDS.items():
        if key in rule and not rule.get(needed):
            raise RuleError(f"{where}: rule {rid!r}: {key!r} is read only with {needed!r}, which it lacks")
    roles = rule.get("roles") if kind == "agent_roles" else {}
    if not isinstance(roles, dict) or not all(isinstance(k, str) and k and isinstance(v, str) and v
                                              for k, v in roles.items()):
        raise RuleError(f"{where}: rule {rid!r}: roles must map words to role names (non-empty strings)")
    for key in ("pattern", "before"):
        if key not in rule:
            continue
        try:
            re.compile(rule[key])
        except re.error as exc:
            raise RuleError(f"{where}: rule {rid!r}: bad regex in {key!r} ({exc})") from exc


def _read_rules(path: Path, kind_key: str) -> list[dict]:
    """Read a JSONL rule file; every rule needs a unique ``id`` and a known kind."""
    rules = []
    for lineno, rule in read_jsonl_rules(path):
        _check_rule(path, lineno, rule, kind_key)
        rules.append(rule)
    return rules


def _word_lists(cues: list[dict]) -> dict[str, frozenset[str]]:
    """``word_list`` rules by their ``list`` name (rules of one name pool their words)."""
    out: dict[str, set[str]] = {}
    for r in cues:
        if r["kind"] == "word_list":
            out.setdefault(r["list"], set()).update(w.lower() for w in r["words"])
    return {name: frozenset(words) for name, words in out.items()}


#: rule keys whose value names a ``word_list`` (:meth:`Rules.listed`)
_LIST_KEYS = ("content_objects", "sense_objects", "clause_objects", "forecast_objects", "to_object", "with_objects",
              "decision_objects")


def _checked_word_lists(path: Path, cues: list[dict]) -> dict[str, frozenset[str]]:
    """:func:`_word_lists`, once every rule key naming one is checked (:func:`_check_list_names`)."""
    lists = _word_lists(cues)
    _check_list_names(path, cues, lists)
    return lists


def _check_list_names(path: Path, cues: list[dict], lists: dict[str, frozenset[str]]) -> None:
    """Every rule key of :data:`_LIST_KEYS` given as a name names a ``word_list`` of the file."""
    for r in cues:
        for key in _LIST_KEYS:
            if isinstance(r.get(key), str) and r[key] not in lists:
                raise RuleError(f"{path}: rule {r['id']!r}: {key} names no word_list {r[key]!r}")


def _list_windows(path: Path, cues: list[dict]) -> dict[str, int]:
    """The ``window`` of ``word_list`` rules by their ``list`` name (a whole number >= 0)."""
    out: dict[str, int] = {}
    for r in cues:
        if r["kind"] != "word_list" or "window" not in r:
            continue
        value = r["window"]
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise RuleError(f"{path}: rule {r['id']!r}: window must be a whole number >= 0")
        out[r["list"]] = max(value, out.get(r["list"], 0))
    return out


def _titles(rows: list[dict]) -> dict[str, frozenset[str]]:
    """``title`` rows by their noun (rows of one noun pool their forms), lower case."""
    out: dict[str, set[str]] = {}
    for r in rows:
        out.setdefault(r["noun"], set()).update(f.lower() for f in r["forms"])
    return {noun: frozenset(forms) for noun, forms in out.items()}


class SectionRules(NamedTuple):
    """The section rules alone (``claim_sections.jsonl``), for readers of a text's sections that
    need no cue: the actor layer's credit lines (:func:`claim_sections.credit_spans`)."""
    sections: tuple[dict, ...]


@functools.lru_cache(maxsize=8)
def load_section_rules(rules_dir: str | None = None) -> SectionRules:
    """Load and validate ``claim_sections.jsonl`` of ``rules_dir`` (the shipped one when the
    folder has none)."""
    base = Path(rules_dir) if rules_dir else RULES_DIR
    return SectionRules(tuple(_read_rules(_data_file(base, SECTIONS_FILE), "section")))


def _modality_rules(mods: list[dict]) -> dict:
    """The modality rules of ``claim_modality.jsonl`` by kind, each indexed by its word or lemma."""
    def index(kind: str, key: str) -> dict[str, dict]:
        return {r[key]: r for r in mods if r["kind"] == kind and key in r}

    return dict(negation_lower=index("negation", "lower"), negation_verbs=index("negation", "lemma"),
                hedge_lower=index("hedge", "lower"), hedge_lemma=index("hedge", "lemma"),
                future_lower=index("future", "lower"), future_in_past=index("future_in_past", "lower"),
                anaphors=tuple((r["id"], re.compile(r["pattern"], re.I)) for r in mods
                               if r["kind"] == "period_anaphor"))


def _pattern_rules(cues: list[dict]) -> dict:
    """The cue rules that are patterns: colons, dashes and question turns, compiled."""
    return dict(
        colons=tuple(ColonRule(r["id"], re.compile(r["pattern"]), frozenset(x.lower() for x in r.get("exclude", ())),
                               re.compile(r["uppercase"])) for r in cues if r["kind"] == "colon"),
        dashes=tuple(DashRule(r["id"], re.compile(r["before"]), re.compile(r["pattern"]))
                     for r in cues if r["kind"] == "dash"),
        question_turns=tuple(QuestionTurnRule(re.compile(r["pattern"]), re.compile(r["addressee"], re.I), r["id"],
                                              re.compile(r["interview"]))
                             for r in cues if r["kind"] == "question_turn"))


@functools.lru_cache(maxsize=8)
def load_rules(rules_dir: str | None = None) -> Rules:
    """Load and validate the cue, modality and section rules (cached per directory)."""
    base = Path(rules_dir) if rules_dir else RULES_DIR
    cues = _read_rules(base / CUES_FILE, "kind")
    mods = _read_rules(base / MODALITY_FILE, "kind")
    secs = _read_rules(base / SECTIONS_FILE, "section")

    return Rules(
        **_cue_word_rules(cues),
        **_modality_rules(mods),
        sections=tuple(secs),
        **_pattern_rules(cues),
        turns=load_turn_rules(_data_file(base, TURNS_FILE)),
        **_speaker_word_rules(base, cues),
        folder=base,
        confidence=load_confidence(_data_file(base, CONFIDENCE_FILE)),
        **_adjective_rules(cues),
    )


def _data_file(base: Path, name: str) -> Path:
    """The rule file ``name`` of the folder ``base``, else the shipped one."""
    return base / name if (base / name).is_file() else RULES_DIR / name


def _word_set(cues: list[dict], kind: str, field: str = "words") -> frozenset[str]:
    """The words (lower case) listed in ``field`` of the cue rows of ``kind``."""
    return frozenset(w.lower() for r in cues if r["kind"] == kind for w in r[field])


def _cue_word_rules(cues: list[dict]) -> dict:
    """The cue rows that are words or lemmas: reporting verbs (and their forms), titles, person
    nouns, joint and aspectual words, source phrases, nouns and documents."""
    report = {r["lemma"]: r for r in cues if r["kind"] == "report"}
    return dict(
        report=report,
        report_forms={form: r for lemma, r in report.items() for form in _inflections(lemma)},
        particle_reports={(r["lemma"], r["particle"]): r for r in cues if r["kind"] == "particle_report"},
        titles=_titles([r for r in cues if r["kind"] == "title" and not r.get("headline_only")]),
        headline_titles=_titles([r for r in cues if r["kind"] == "title"]),
        headline_own_forms=frozenset(f.lower() for r in cues if r["kind"] == "title" and r.get("own_forms")
                                     for f in r["forms"]),
        person_nouns=_word_set(cues, "person_nouns"),
        representatives=_word_set(cues, "representatives"),
        joint={w.lower(): r for r in cues if r["kind"] == "joint" for w in r["words"]},
        aspectual=_word_set(cues, "aspectual"),
        sources=tuple(r for r in cues if r["kind"] == "source_phrase"),
        nouns={r["lemma"]: r for r in cues if r["kind"] == "noun"},
        documents={r["lemma"]: r for r in cues if r["kind"] == "document"})


def _speaker_word_rules(base: Path, cues: list[dict]) -> dict:
    """Perception and holder verbs, the checked word lists and their windows, idioms and agent roles."""
    return dict(
        perception_verbs=_word_set(cues, "perception_verbs"),
        holder_verbs=_word_set(cues, "holder_verbs"),
        word_lists=_checked_word_lists(base / CUES_FILE, cues),
        list_windows=_list_windows(base / CUES_FILE, cues),
        idioms={r["lemma"]: r for r in cues if r["kind"] == "idiom"},
        agent_roles={w.lower(): role for r in cues if r["kind"] == "agent_roles" for w, role in r["roles"].items()})


def _adjective_rules(cues: list[dict]) -> dict:
    """Adjectives of a belief or feeling with the copulas that carry them, and the words of source asides."""
    return dict(
        adjectives={w.lower(): r for r in cues if r["kind"] == "adjective" for w in r["words"]},
        copulas=_word_set(cues, "adjective", "copulas"),
        source_asides=SourceAsides(_word_set(cues, "source_aside"),
                                   _word_set(cues, "source_aside", "negated_words")),
    )
