"""Stance of a claim's speaker toward the actors the claim is about (pure functions on records).

``stance_of(record, rules, text)`` gives ``support``, ``oppose``, ``neutral`` or ``None``:

- ``None`` when the claim is not attributed (no speaker) or names no actor besides its speakers;
- a stance verb (``pipeline/rules/stance_cues.jsonl``: praise, defend, back → support; accuse,
  criticize, condemn, deny → oppose; with an optional particle: "lashed out at", "sided with")
  decides it when its target actor follows it directly ("accused Clinton of …", "praised
  Germany's handling", "criticized the Fed and the Treasury"):
  - the attribution cue itself: "Trump accused Clinton of lying" (speaker Trump);
  - the claim's predicate when its subject is the speaker: "Merkel said she would back Macron";
    a negated claim flips it: "Merkel said she would not back Macron" → oppose;
- ``neutral`` for any other attributed claim about an actor ("Putin said Russia would back the
  plan by the United States": the plan is backed, not the United States; "According to Reuters,
  Russia blamed Ukraine": Reuters reports, it does not blame);
- a claim with no speaker takes the stance of its own clause when its subject actor, before the
  verb, is one that takes stances (the ``clause`` rule: a person, party, government … — not
  troops, police or rebels) and the stance verb's target follows directly: "The senator's party
  backed Ann Diaz", "Lopez praised the mayor and attacked the governor" (each conjunct is a claim
  with the shared subject). That subject is the *holder* (``stance_holders``). A verb with a
  physical sense (``literal``: attack, back, defend …) takes no place or armed force as target,
  and no armed actor (a state, an armed group) attacks another one this way ("Hamas attacked
  Israel" is an act of war, not a stance); a car or a town is no actor at all. Otherwise an
  unattributed claim has no stance (``None``).

The verb-target check reads the characters between the verb and the actor: ``text`` is the
document text; without it only gaps inside the claim's own text can be read (a cue outside the
claim then gives no directional stance). The result also names the target mentions and the rule.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, NamedTuple

from pipeline.ruledata import RuleError, expand_template, read_jsonl_rules

STANCE_FILE = Path(__file__).resolve().parent.parent / "rules" / "stance_cues.jsonl"
STANCES = ("support", "oppose", "neutral")
DIRECTIONAL = {"support": "oppose", "oppose": "support"}  # negation flips
GAP_NAMES = ("TARGET", "COORD")


@dataclass(frozen=True)
class StanceVerb:
    rule_id: str
    lemma: str
    stance: str
    gap: re.Pattern  # the text between the verb and its first target (particle included)
    literal: bool = False  # the verb also names a physical act (attack, back): see ClauseRule


@dataclass(frozen=True)
class ClauseRule:
    """Who holds a stance read from its own clause (no speaker), and the physical-sense guard."""

    holder_types: frozenset[str]            # actor types that take stances (person, party …)
    holder_not_codes: tuple[str, ...]       # CAMEO role suffixes that never do (MIL, COP …)
    literal_not_target_types: frozenset[str]  # a literal verb's target is never one of these
    literal_armed_types: frozenset[str]     # armed holder + armed target + literal verb: no stance
    literal_armed_ids: frozenset[str] = frozenset()  # armed movements the gazetteer types organization


@dataclass(frozen=True)
class StanceRules:
    verbs: dict[str, tuple[StanceVerb, ...]]  # lemma -> rules (with a particle first)
    coord: re.Pattern                         # between two coordinated targets
    clause: ClauseRule | None = None          # None: unattributed claims take no stance


class Stance(NamedTuple):
    value: str | None
    targets: tuple[str, ...]  # mention ids of the actors the stance is toward
    rule: str | None          # id of the stance rule that decided it (None for neutral/None)
    holders: tuple[str, ...] = ()  # with no speaker: mention ids of the clause subject taking it


def _verb_rule(rule: dict, where: str, blocks: dict[str, str]) -> StanceVerb:
    lemma, stance, particle = rule.get("lemma"), rule.get("stance"), rule.get("particle")
    if not isinstance(lemma, str) or not lemma:
        raise RuleError(f"{where}: needs a 'lemma'")
    if stance not in DIRECTIONAL:
        raise RuleError(f"{where}: 'stance' must be support or oppose, got {stance!r}")
    if particle is not None and not (isinstance(particle, str) and re.fullmatch(r"[a-z]+(?: [a-z]+){0,2}", particle)):
        raise RuleError(f"{where}: 'particle' must be one to three lowercase words, got {particle!r}")
    if not isinstance(rule.get("literal", False), bool):
        raise RuleError(f"{where}: 'literal' must be true or false")
    words = r"\s{1,3}".join(re.escape(w) for w in particle.split()) if particle else ""
    body = (r"\s{1,3}" + words if words else "") + "{TARGET}"
    return StanceVerb(rule["id"], lemma.lower(), stance,
                      re.compile(expand_template(body, blocks, where), re.IGNORECASE), bool(rule.get("literal")))


CLAUSE_LISTS = ("holder_types", "holder_not_codes", "literal_not_target_types", "literal_armed_types")


def _clause_rule(rule: dict, where: str) -> ClauseRule:
    lists = {}
    for name in CLAUSE_LISTS:
        value = rule.get(name)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise RuleError(f"{where}: {name!r} must be a list of names")
        lists[name] = value
    armed_ids = rule.get("literal_armed_ids", [])  # (optional: a rules folder of an older release lacks it)
    if not isinstance(armed_ids, list) or not all(isinstance(v, str) and v for v in armed_ids):
        raise RuleError(f"{where}: 'literal_armed_ids' must be a list of actor ids")
    return ClauseRule(frozenset(lists["holder_types"]), tuple(c.upper() for c in lists["holder_not_codes"]),
                      frozenset(lists["literal_not_target_types"]), frozenset(lists["literal_armed_types"]),
                      frozenset(armed_ids))


@functools.lru_cache(maxsize=4)
def load_stance_rules(path: str | None = None) -> StanceRules:
    """Read and validate the stance rules (cached: read once per process and file)."""
    path = Path(path) if path else STANCE_FILE
    rows = [(f"{path}:{lineno} (id {rule['id']!r})", rule) for lineno, rule in read_jsonl_rules(path)]
    blocks: dict[str, str] = {}
    clause: ClauseRule | None = None
    for where, rule in rows:
        if rule.get("kind") == "clause":
            if clause is not None:
                raise RuleError(f"{where}: a second clause rule (there is one)")
            clause = _clause_rule(rule, where)
        elif rule.get("kind") == "gap":
            if rule.get("name") not in GAP_NAMES or not isinstance(rule.get("pattern"), str):
                raise RuleError(f"{where}: a gap needs 'name' ({' or '.join(GAP_NAMES)}) and a 'pattern'")
            try:
                re.compile(rule["pattern"])
            except re.error as exc:
                raise RuleError(f"{where}: bad regex ({exc})") from None
            blocks[rule["name"]] = rule["pattern"]
        elif rule.get("kind") != "verb":
            raise RuleError(f"{where}: 'kind' must be verb, gap or clause, got {rule.get('kind')!r}")
    missing = [n for n in GAP_NAMES if n not in blocks]
    if missing:
        raise RuleError(f"{path}: no gap rule for {', '.join(missing)}")
    verbs: dict[str, list[StanceVerb]] = {}
    for where, rule in rows:
        if rule.get("kind") == "verb":
            verb = _verb_rule(rule, where, blocks)
            verbs.setdefault(verb.lemma, []).append(verb)
    ordered = {k: tuple(sorted(v, key=lambda r: -len(r.gap.pattern))) for k, v in verbs.items()}
    return StanceRules(ordered, re.compile(expand_template("{COORD}", blocks, str(path))), clause)


# ------------------------------------------------------------------ pure functions on a record
def actor_key(mention: dict) -> str:
    """The identity of an actor mention: its ``actor_id``, else its lowercased text."""
    return (mention.get("norm") or {}).get("actor_id") or (mention.get("text") or "").strip().lower()


def speaker_keys(record: dict) -> set[str]:
    """The speaker, its co-speakers (``speaker.also``) and every actor in the ``speaker`` role."""
    speaker = record.get("speaker") or {}
    people = [speaker] + list(speaker.get("also") or [])
    people += [a for a in record.get("actors") or [] if a.get("role") == "speaker"]
    return {actor_key(p) for p in people if p}


def target_actors(record: dict) -> list[dict]:
    """The actors a claim is about: not in the speaker role and not one of its speakers,
    one mention per span, in text order."""
    if not record.get("speaker"):
        return []
    speakers = speaker_keys(record)
    seen: dict[tuple, dict] = {}
    for a in record.get("actors") or []:
        if a.get("role") != "speaker" and actor_key(a) not in speakers:
            seen.setdefault((a.get("start"), a.get("end")), a)
    return sorted(seen.values(), key=lambda a: (a.get("start", 0), a.get("end", 0)))


def stance_target_actors(record: dict) -> list[dict]:
    """The claim's actor mentions its stance is toward (those named in ``stance_targets``)."""
    ids = set(record.get("stance_targets") or [])
    return [a for a in record.get("actors") or [] if a.get("mention_id") in ids]


def _gap_reader(record: dict, text: str | None) -> Callable[[int, int], str | None]:
    def gap(start: int, end: int) -> str | None:
        if text is not None:
            return text[start:end] if 0 <= start <= end <= len(text) else None
        lo, hi = record.get("start", 0), record.get("end", 0)
        if lo <= start <= end <= hi:
            return (record.get("text") or "")[start - lo:end - lo]
        return None
    return gap


def direct_targets(verb_end: int, first_gap: re.Pattern, coord: re.Pattern, actors: list[dict],
                   gap: Callable[[int, int], str | None]) -> list[dict]:
    """The actors that follow a verb directly (its object), and those coordinated with them."""
    found: list[dict] = []
    pos = verb_end
    for a in actors:
        if a.get("start", -1) < pos:
            continue
        between = gap(pos, a["start"])
        if between is None or not (coord if found else first_gap).fullmatch(between):
            break
        found.append(a)
        pos = a["end"]
    return found


def _verb_stance(word: dict | None, rules: StanceRules, actors: list[dict], gap) -> tuple[StanceVerb, list[dict]] | None:
    if not word or not isinstance(word.get("end"), int):
        return None
    for verb in rules.verbs.get((word.get("lemma") or "").lower(), ()):
        hits = direct_targets(word["end"], verb.gap, rules.coord, actors, gap)
        if hits:
            return verb, hits
    return None


def _subject_is_speaker(record: dict) -> bool:
    speakers = speaker_keys(record)
    return any(a.get("role") == "subject" and actor_key(a) in speakers for a in record.get("actors") or [])


# ------------------------------------------------------------------ a claim with no speaker: its clause
def _norm(mention: dict) -> dict:
    return mention.get("norm") or {}


def can_hold(mention: dict, clause: ClauseRule) -> bool:
    """An actor that takes stances in its own clause: a person, party, government … of a known
    type, not one whose CAMEO role is armed or policing (``RUSMIL``, ``FRACOP``)."""
    code = (_norm(mention).get("role") or "").upper()
    return _norm(mention).get("type") in clause.holder_types and not code.endswith(clause.holder_not_codes)


def _literal_ok(holders: list[dict], target: dict, clause: ClauseRule) -> bool:
    """A verb with a physical sense: its target is no place or armed force, and no armed actor
    takes it toward another one ("Hamas attacked Israel" is an act of war)."""
    if _norm(target).get("type") in clause.literal_not_target_types:
        return False
    return not (_armed(target, clause) and any(_armed(h, clause) for h in holders))


def _armed(mention: dict, clause: ClauseRule) -> bool:
    """An armed actor: of an armed type (a state, an armed group, a military) or an armed movement
    the gazetteer types an organization (``literal_armed_ids``: Hamas, Hezbollah)."""
    norm = _norm(mention)
    return norm.get("type") in clause.literal_armed_types or norm.get("actor_id") in clause.literal_armed_ids


def _clause_stance(record: dict, rules: StanceRules, text: str | None) -> Stance:
    """The stance of a claim with no speaker: its subject actor toward the stance verb's object."""
    actors = sorted({(a.get("start"), a.get("end")): a for a in record.get("actors") or []}.values(),
                    key=lambda a: (a.get("start", 0), a.get("end", 0)))
    subjects = [a for a in actors if a.get("role") == "subject" and can_hold(a, rules.clause)]
    gap = _gap_reader(record, text)
    for word, flips in ((record.get("cue"), False), (record.get("predicate"), True)):
        if not word or not isinstance(word.get("start"), int):
            continue
        holders = [a for a in subjects if a.get("end", 0) <= word["start"]]
        keys = {actor_key(h) for h in holders}
        found = _verb_stance(word, rules, [a for a in actors if actor_key(a) not in keys], gap) if holders else None
        if found is None:
            continue
        verb, hits = found
        if verb.literal:
            hits = [t for t in hits if _literal_ok(holders, t, rules.clause)]
        if not hits:
            return Stance(None, (), None)
        negated = flips and bool((record.get("modality") or {}).get("negated"))
        return Stance(DIRECTIONAL[verb.stance] if negated else verb.stance,
                      tuple(a.get("mention_id") for a in hits), verb.rule_id,
                      tuple(h.get("mention_id") for h in holders))
    return Stance(None, (), None)


def statement_parties(record: dict) -> tuple[list[dict], list[dict]]:
    """(who takes a position, whom it is about) in a claim: its speaker and co-speakers and its
    other actors (:func:`target_actors`); for a claim with no speaker but ``stance_holders`` (a
    clause stance), the holders and the stance targets. The network and the report use this."""
    speaker = record.get("speaker")
    if speaker:
        return [speaker] + list(speaker.get("also") or []), target_actors(record)
    holders = set(record.get("stance_holders") or [])
    if not holders or record.get("stance") not in DIRECTIONAL:
        return [], []
    actors = record.get("actors") or []
    by_span = {(a.get("start"), a.get("end")): a for a in actors if a.get("mention_id") in holders}
    return list(by_span.values()), stance_target_actors(record)


def stance_of(record: dict, rules: StanceRules, text: str | None = None) -> Stance:
    """The speaker's stance toward the claim's actors (see the module docstring)."""
    if not record.get("speaker"):
        return _clause_stance(record, rules, text) if rules.clause is not None else Stance(None, (), None)
    targets = target_actors(record)
    if not targets:
        return Stance(None, (), None)
    gap = _gap_reader(record, text)
    found = _verb_stance(record.get("cue"), rules, targets, gap)
    negated = False
    if found is None and _subject_is_speaker(record):
        found = _verb_stance(record.get("predicate"), rules, targets, gap)
        negated = bool((record.get("modality") or {}).get("negated"))
    if found is None:
        return Stance("neutral", tuple(a.get("mention_id") for a in targets), None)
    verb, hits = found
    value = DIRECTIONAL[verb.stance] if negated else verb.stance
    return Stance(value, tuple(a.get("mention_id") for a in hits), verb.rule_id)


def set_stance(record: dict, rules: StanceRules, text: str | None = None) -> dict:
    """Write ``stance``, ``stance_targets`` (mention ids), ``stance_rule`` and ``stance_holders``
    (mention ids of the clause subject holding a stance when the claim has no speaker; else [])
    into ``record``."""
    result = stance_of(record, rules, text)
    record["stance"] = result.value
    record["stance_targets"] = list(result.targets)
    record["stance_rule"] = result.rule
    record["stance_holders"] = list(result.holders)
    return record


__all__ = ["Stance", "StanceRules", "StanceVerb", "STANCES", "load_stance_rules", "stance_of", "set_stance",
           "target_actors", "stance_target_actors", "statement_parties", "can_hold", "speaker_keys", "actor_key", "direct_targets"]
