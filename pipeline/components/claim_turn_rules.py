"""Rule data of transcript turns and headline colons (``pipeline/rules/claim_turns.jsonl``).

Kinds: ``label`` (a turn label at a paragraph start; ``turn``: ``question``, ``answer`` or
``name``), ``headline`` (``Name: statement`` in a headline or subhead), ``not_name`` (labels that
are never speakers), ``honorifics`` (title words before a name in a label), ``interviewer`` (a
credit naming the interviewer, group ``name``), ``own_interview`` (the article is its own
interview: the byline author asks) and ``continuation`` (first-person words: a paragraph without a
label continues the turn before it), ``bare_intro`` (an introduction that makes the question and
answer paragraphs after it an interview printed without labels: ``spoke to``, ``Excerpts:``).
Label and headline patterns need the groups ``label``,
``name`` and ``colon``; the match ends where the statement starts. ``tag`` (a wire tag closing a
headline: ``… - sources``, ``… -sources say``, ``… - report``; groups ``name`` and ``colon``, the
dash, and an optional ``verb``) and ``tag_words`` (the words a tag's name may end with when it
names no actor of the article). ``quote_tag`` (a headline that is a quotation and then a colon and
the name of its speaker: ``"We will build them": Haddow on the homes target``; groups ``quote``,
``colon`` and ``name``) and ``quote_voice`` (first and second person words: a quote tag's
quotation with one of them, or a verb, reads as something said, not as a title). ``role`` (words
of a label that say the speaker's part in a show, not who speaks: ``HOST``, ``GUEST``, ``CALLER``).
``group`` (last words of a label that stands for a group or an unnamed member of a chamber:
``Some hon. members:``, ``An hon. member:``; the speaker is the label as written) and
``asker_intro`` (a sentence right before a question turn naming its asker, group ``name``;
``turn``: ``any``, also inside a turn, or ``intro``, outside turns only), ``chair_intro`` (an
introduction naming who chairs a record's sitting, group ``name``: ``chaired by Rep. X``) and
``chair_titles`` (the words of a label for that chair: ``The CHAIRMAN``, ``The PRESIDING OFFICER``),
``member_ref`` (a chamber's words for a member a turn speaks of, ``words``: ``gentlewoman``, and
the ``titles`` a label of such a member opens with: ``ms``, ``mrs``) and ``member_place`` (places
besides the States a member is ``from``: ``District of Columbia``, ``Guam``), ``self`` (the words
a turn's speaker names themselves with as the speaker of a nested cue: ``I``, ``we``, ``my group``)
and ``vocative`` (forms of address besides names that open a turn's sentence: ``honourable
Members,``, ``colleagues,``; never its subject).
A label pattern may have a group ``tag`` (the words in brackets after the name: ``GUEST (Henrik
Olsen)``, ``SEN. ORTEGA (D-N.M.)``); a label rule with ``"runs": true`` opens a turn of a verbatim
report that runs over every paragraph up to the next label, stage directions in brackets left out
(``Name, rapporteur. – …``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from pipeline.ruledata import RuleError, read_jsonl_rules

TURNS_FILE = "claim_turns.jsonl"
TURN_KINDS = ("question", "answer", "name")
_NEEDS = {"label": ("pattern", "turn"), "headline": ("pattern",), "tag": ("pattern",), "tag_words": ("words",),
          "not_name": ("words",), "quote_voice": ("words",),
          "honorifics": ("words",), "role": ("words",), "group": ("words",), "asker_intro": ("pattern", "turn"), "chair_intro": ("pattern",), "chair_titles": ("words",), "member_ref": ("words", "titles"), "member_place": ("words",), "self": ("words",), "vocative": ("words",), "interviewer": ("pattern",), "own_interview": ("pattern",),
          "continuation": ("pattern",), "bare_intro": ("pattern",), "quote_tag": ("pattern",), "explainer": ("pattern",)}
_GROUPS = {"label": {"label", "name", "colon"}, "headline": {"label", "name", "colon"}, "tag": {"name", "colon"},
           "interviewer": {"name"}, "asker_intro": {"name"}, "chair_intro": {"name"}, "quote_tag": {"quote", "colon", "name"}}


class TurnRule(NamedTuple):
    id: str
    turn: str                   # question | answer | name | headline
    pattern: re.Pattern
    runs: bool = False          # a verbatim report's turn: it runs up to the next label


@dataclass(frozen=True)
class TurnRules:
    labels: tuple[TurnRule, ...] = ()
    headlines: tuple[TurnRule, ...] = ()
    not_names: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()  # last words of a label for a group or an unnamed member
    interviewers: tuple[TurnRule, ...] = ()
    own_interview: tuple[TurnRule, ...] = ()
    continuation: tuple[TurnRule, ...] = ()
    bare_intros: tuple[TurnRule, ...] = ()  # an introduction to an interview printed without labels
    tags: tuple[TurnRule, ...] = ()
    tag_words: frozenset[str] = frozenset()
    quote_tags: tuple[TurnRule, ...] = ()
    quote_voice: frozenset[str] = frozenset()
    asker_intros: tuple[TurnRule, ...] = ()  # a sentence introducing the asker of the next question
    explainers: tuple[TurnRule, ...] = ()  # contents of a headline colon that open an explainer
    chair_intros: tuple[TurnRule, ...] = ()  # an introduction naming who chairs a record's sitting
    chair_titles: frozenset[str] = frozenset()  # a label's words for that chair (``The CHAIRMAN``)
    member_refs: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()  # (words, label titles): ``gentlewoman``, ``ms``
    member_places: frozenset[str] = frozenset()  # a delegate's place besides the States (``guam``)
    selves: frozenset[str] = frozenset()  # a turn's speaker's words for themselves (``I``, ``my group``)
    vocatives: frozenset[str] = frozenset()  # forms of address besides names (``honourable Members``)


def _compiled(path: Path, lineno: int, rule: dict) -> re.Pattern:
    where = f"{path}:{lineno}: rule {rule['id']!r}"
    try:
        pattern = re.compile(rule["pattern"])
    except re.error as exc:
        raise RuleError(f"{where}: bad regex ({exc})") from exc
    missing = _GROUPS.get(rule["kind"], set()) - set(pattern.groupindex)
    if missing:
        raise RuleError(f"{where}: the pattern needs the groups {sorted(missing)}")
    return pattern


def _checked(path: Path) -> list[tuple[int, dict]]:
    out = []
    for lineno, rule in read_jsonl_rules(path):
        where = f"{path}:{lineno}: rule {rule['id']!r}"
        kind = rule.get("kind")
        if kind not in _NEEDS:
            raise RuleError(f"{where}: kind {kind!r} is not one of {sorted(_NEEDS)}")
        for key in _NEEDS[kind]:
            if key not in rule:
                raise RuleError(f"{where}: missing {key!r}")
        if kind == "label" and rule["turn"] not in TURN_KINDS:
            raise RuleError(f"{where}: turn {rule['turn']!r} is not one of {list(TURN_KINDS)}")
        out.append((lineno, rule))
    return out


def load_turn_rules(path: Path) -> TurnRules:
    """Read and validate the turn rules of ``path`` (no rules when the file does not exist)."""
    if not path.is_file():
        return TurnRules()
    rules = _checked(path)

    def of(kind: str) -> tuple[TurnRule, ...]:
        return tuple(TurnRule(r["id"], r.get("turn", kind), _compiled(path, n, r), bool(r.get("runs", False)))
                     for n, r in rules if r["kind"] == kind)

    def words(kind: str) -> frozenset[str]:
        return frozenset(w.lower() for _n, r in rules if r["kind"] == kind for w in r["words"])

    return TurnRules(labels=of("label"), headlines=of("headline"), not_names=words("not_name"),
                     honorifics=words("honorifics"), roles=words("role"), groups=words("group"), interviewers=of("interviewer"),
                     own_interview=of("own_interview"), continuation=of("continuation"), bare_intros=of("bare_intro"),
                     tags=of("tag"), tag_words=words("tag_words"), quote_tags=of("quote_tag"),
                     quote_voice=words("quote_voice"), explainers=of("explainer"), asker_intros=of("asker_intro"),
                     chair_intros=of("chair_intro"), chair_titles=words("chair_titles"),
                     member_places=words("member_place"), selves=words("self"), vocatives=words("vocative"),
                     member_refs=tuple((frozenset(w.lower() for w in r["words"]), frozenset(t.lower() for t in r["titles"]))
                                       for _n, r in rules if r["kind"] == "member_ref"))
