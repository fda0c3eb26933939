"""Collectives with no name of their own, for ``claims_actors`` (``actor_collectives.jsonl``).

``business groups`` (``deu-business-groups``, role ``DEUBUS``), ``western governments``
(``western-governments``, no country), ``the poorest countries``, ``creditors``, ``villagers``
(type group, as issue 12 has voters), ``two participants``, ``the media`` (type media): one group actor per wording,
with the type, role and country (the country in focus, or none) of its row. The span takes the
determiner, quantifier, number and modifiers before the noun; a possessive pronoun too
(``its member companies``), not a named possessor (``Germany's business groups``: Germany is a
mention of its own). No group for an apposition or a predicate (``Japan and Germany, two of the
largest creditors``; ``they are the poorest countries``): that names someone else.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, make_norm
from pipeline.components.gazetteer import ROLE_TYPES, TYPES, ActorDictionaryError, ActorWords, slugify
from pipeline.ruledata import read_jsonl_rules

MODIFIER_DEPS = ("amod", "compound")
SPAN_DEPS = ("amod", "compound", "nummod", "det", "predet", "quantmod", "advmod", "poss", "nmod")
COUNTRY_MODES = ("focus", "none")


@dataclass(frozen=True)
class CollectiveRule:
    """One row of ``actor_collectives.jsonl`` (see the file's header)."""
    id: str
    nouns: frozenset[str]
    type: str
    country: str = "focus"
    role: str | None = None
    modified: bool = False
    modifiers: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()


def _words(row: dict, key: str, where: str) -> frozenset[str]:
    value = row.get(key, [])
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise ActorDictionaryError(f"{where}: {key!r} must be a list of strings")
    return frozenset(w.lower() for w in value)


def _rule(row: dict, where: str) -> CollectiveRule:
    nouns = _words(row, "nouns", where)
    if not nouns or any(" " in n for n in nouns):
        raise ActorDictionaryError(f"{where}: 'nouns' must be a non-empty list of single words")
    atype, country, role = row.get("type"), row.get("country", "focus"), row.get("role")
    if atype not in TYPES:
        raise ActorDictionaryError(f"{where}: 'type' must be one of {', '.join(TYPES)}")
    if country not in COUNTRY_MODES:
        raise ActorDictionaryError(f"{where}: 'country' must be 'focus' or 'none'")
    if role is not None and role not in ROLE_TYPES:
        raise ActorDictionaryError(f"{where}: unknown role {role!r}")
    if not isinstance(row.get("modified", False), bool):
        raise ActorDictionaryError(f"{where}: 'modified' must be true or false")
    return CollectiveRule(row["id"], nouns, atype, country, role, row.get("modified", False),
                          _words(row, "modifiers", where), _words(row, "determiners", where))


@lru_cache(maxsize=8)
def load_collective_rules(path: Path) -> tuple[CollectiveRule, ...]:
    """The rows of ``actor_collectives.jsonl`` (none when a rules folder of an older release lacks it)."""
    if not path.is_file():
        return ()
    return tuple(_rule(row, f"{path}:{lineno}")
                 for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True))


def find_collectives(doc: Doc, actors: list[Actor], taken: list[bool], rules: tuple[CollectiveRule, ...],
                     focus: str | None, words: ActorWords) -> None:
    """Add a group actor for each collective of a row (module doc) on words no actor holds
    (``words``: the lists ``collective-non-modifiers`` and ``possessive-pronouns``)."""
    nouns = frozenset().union(*(r.nouns for r in rules)) if rules else frozenset()
    for a in actors:  # the groups found just before hold their words too
        for k in range(a.start, a.end):
            taken[k] = True
    for tok in doc:
        if tok.lower_ not in nouns or taken[tok.i] or not (tok.is_lower or tok.is_sent_start and tok.is_title):
            continue
        if tok.tag_ not in ("NNS", "NN", "NNPS") or _not_the_head(doc, tok.i) or _names_another(tok):
            continue
        start = _span_start(doc, tok.i, taken, words.possessive_pronouns)
        mods = [t.lower_ for t in doc[start:tok.i] if t.dep_ in MODIFIER_DEPS and t.is_alpha
                and t.lower_ not in words.collective_non_modifiers]
        rule = next((r for r in rules if _fits(doc, r, tok, start, mods)), None)
        if rule is None:
            continue
        actors.append(Actor(start, tok.i + 1, _norm(rule, mods, tok.lower_, focus), f"rule:{rule.id}",
                            tok.lower_, "group"))
        for k in range(start, tok.i + 1):
            taken[k] = True


def _fits(doc: Doc, rule: CollectiveRule, tok, start: int, mods: list[str]) -> bool:
    if tok.lower_ not in rule.nouns or (rule.modified and not mods):
        return False
    if rule.modifiers and not rule.modifiers & set(mods):
        return False
    return not rule.determiners or (tok.i > 0 and doc[tok.i - 1].lower_ in rule.determiners)


def _norm(rule: CollectiveRule, mods: list[str], noun: str, focus: str | None) -> dict:
    country = focus if rule.country == "focus" else None
    words = [*mods, noun]
    slug = slugify(" ".join(words))  # ASCII like every id: "Sámi villagers" -> sami-villagers
    actor_id = f"{country.lower()}-{slug}" if country else slug
    role = f"{country}{rule.role}" if country and rule.role else None
    norm = make_norm(actor_id, " ".join(words), rule.type, country, False, role, "group")
    return norm if country else {**norm, "country_source": "international"}  # no country in focus later


def _not_the_head(doc: Doc, i: int) -> bool:
    """``creditors committee``, ``media reports``: the noun modifies another, no collective."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") and nxt.dep_ == "compound" or
                                nxt.text in ("-",) or nxt.pos_ == "NOUN" and nxt.head.i != i)


def _names_another(tok) -> bool:
    """An apposition or a predicate names someone else: ``Japan, two of the largest creditors``,
    ``they are the poorest countries``."""
    if tok.dep_ in ("appos", "attr"):
        return True
    head = tok.head
    return head.lower_ == "of" and head.head.dep_ in ("appos", "attr")


def _span_start(doc: Doc, i: int, taken: list[bool], pronouns: frozenset[str]) -> int:
    """The first token of the noun phrase before the noun at ``i``: its determiner, numbers and
    modifiers (their own modifiers too: ``low-income``); a possessive pronoun, not a named possessor."""
    start = i
    while start > 0 and not taken[start - 1] and doc[start - 1].i >= doc[i].left_edge.i:
        prev = doc[start - 1]
        if prev.text == "-" or (prev.dep_ in SPAN_DEPS and not prev.is_punct and
                                (prev.dep_ != "poss" or prev.lower_ in pronouns)):
            start -= 1
            continue
        break
    while start < i and (doc[start].text == "-" or doc[start].dep_ == "advmod"):
        start += 1  # no span opens on a hyphen or an adverb
    return start


# ---------------------------------------------------------------- party families
def find_party_families(doc: Doc, actors: list[Actor], taken: list[bool], families: dict[tuple[str, str], dict],
                        focus: str | None) -> None:
    """``the conservatives``, ``Conservatives`` in a story about Germany: the party of the family
    row for the country in focus (``families``: (word, country) -> the party's norm), with ``the``."""
    if focus is None:
        return
    _other_country_families(doc, actors, families, focus)
    for tok in doc:
        norm = families.get((tok.lower_, focus))
        if norm is None or taken[tok.i] or tok.tag_ not in ("NNS", "NNPS") or _not_the_head(doc, tok.i):
            continue
        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ == "the" and not taken[tok.i - 1] else tok.i
        if start == tok.i and tok.i > 0 and doc[tok.i - 1].pos_ in ("ADJ", "DET", "NUM"):
            continue  # "many conservatives", "young conservatives": people, not the party
        actors.append(Actor(start, tok.i + 1, {**norm, "via": "family"}, "rule:family", tok.lower_, "family"))
        for k in range(start, tok.i + 1):
            taken[k] = True


def _other_country_families(doc: Doc, actors: list[Actor], families: dict[tuple[str, str], dict], focus: str) -> None:
    """``the Republicans`` (the US party to the gazetteer, or a name the model found) in a story
    about France: the family row of the country in focus (Les Républicains) names it, and the
    mentions that took their id from it (``LR`` after ``the Republicans (LR)``) follow."""
    moved: dict[str, dict] = {}
    for a in actors:
        start = a.start + (doc[a.start].lower_ == "the")
        norm = families.get((doc[start].lower_, focus)) if a.end - start == 1 else None
        if norm is not None and doc[start].tag_ in ("NNS", "NNPS") and a.norm.get("country") != focus and \
                a.norm["type"] in ("organization", "group"):
            moved[a.norm["actor_id"]] = norm
            a.norm, a.origin = {**norm, "via": "family"}, "rule:family"
    for a in actors:
        if a.norm["actor_id"] in moved and a.origin in _DERIVED:
            a.norm = {**moved[a.norm["actor_id"]], "via": "coref"}


_DERIVED = ("rule:name-repeat", "rule:coref", "rule:short-form")
