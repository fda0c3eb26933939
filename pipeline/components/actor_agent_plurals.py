"""Plural nouns of people outside the group word lists (issue 12).

``Homebuilders say the caps would choke off growth``, ``misled payment processors``, ``complaints from
doctors and pharmacists``: a lower-case plural common noun with an agentive ending (``-ers``, ``-ors``,
``-ists``, ``-ians``, ``-ants``, ``-ents``, ``-eers``; not ``-ments``) names a group of people when its
clause says so: it is the subject of a verb that needs a human agent (``say``, ``vote``, ``warn``), the
object of one that needs a human patient (``told``, ``urged``, ``sued``; through a count: ``sued dozens of
compounders``), a conjunct of a group already found (``doctors and pharmacists``), or a nation's
people (``French fishers``: a demonym or a country modifies it, and no number counts it). The rows of
``actor_agent_plurals.jsonl`` hold the endings, the two verb lists and the nouns of things with such an
ending (``computers``, ``borders``, ``headquarters``). The span, id and country are those of the
group-noun rule (:func:`pipeline.components.actor_groups._noun_group`, with its guards: someone else's
people, a compound's first noun, a document's signers, a sense of things); nouns of the group lists
and of the collectives are left to their own rows (they found the noun or refused it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from pipeline.components.actor_groups import GroupNouns, noun_group
from pipeline.components.actor_model import Actor
from pipeline.components.gazetteer import ActorDictionaryError
from pipeline.ruledata import read_jsonl_rules

COUNT_HEADS = ("dozens", "hundreds", "thousands", "scores", "millions", "tens", "dozen")  # "dozens of compounders"


@dataclass(frozen=True)
class AgentPlurals:
    """The rows of ``actor_agent_plurals.jsonl``."""
    suffixes: tuple[str, ...] = ()
    except_endings: tuple[str, ...] = ()
    subject_verbs: frozenset[str] = frozenset()
    object_verbs: frozenset[str] = frozenset()
    nonhuman: frozenset[str] = frozenset()  # things' nouns, an armed force's members, kin, catch-alls, verbs


def load_agent_plurals(path: Path) -> AgentPlurals:
    """The rows by id (none when an older rules folder lacks the file)."""
    if not path.is_file():
        return AgentPlurals()
    rows = {row["id"]: row for _, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True)}
    words = {k: [w.lower() for w in rows.get(k, {}).get("words", [])] for k in
             ("agent-suffixes", "agent-subject-verbs", "agent-object-verbs", "agent-nonhuman", "agent-forces",
              "agent-kin", "agent-catchalls", "agent-headline-verbs")}
    return AgentPlurals(tuple(words["agent-suffixes"]), tuple(rows.get("agent-suffixes", {}).get("except_endings", [])),
                        frozenset(words["agent-subject-verbs"]), frozenset(words["agent-object-verbs"]),
                        frozenset(words["agent-nonhuman"] + words["agent-forces"] + words["agent-kin"] +
                                  words["agent-catchalls"] + words["agent-headline-verbs"]))


def find_agent_plurals(doc: Doc, actors: list[Actor], rules: AgentPlurals, nouns: GroupNouns,
                       known: frozenset[str], focus: str | None, headline: list[bool] | None = None,
                       place_preps: frozenset[str] = frozenset()) -> None:
    """Add a group for each agentive plural in a human role (module doc); ``known``: the nouns other
    rows decide on; ``place_preps``: the list ``group-place-preps`` (``farmers across Brittany``)."""
    if not rules.suffixes:
        return
    covered = {k for a in actors for k in range(a.start, a.end)}
    group_heads = {a.end - 1 for a in actors if a.norm.get("type") in ("group", "people")}
    described: set[str] = set()
    places = {k for a in actors if a.norm.get("type") in ("location", "state") for k in range(a.start, a.end)}
    for tok in doc:
        word = tok.lower_
        if tok.i in covered or word in known or not _agentive(word, rules) or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        national = not (headline and headline[tok.i]) and _national(tok, nouns)  # "Dutch coalition teeters"
        if _human_subject(tok, rules) and _described(tok, places, place_preps) and not national or \
                word in described:
            described.add(word)  # an unnamed source's description and its later mentions: the claims' matter
            continue
        if not (national or _human_subject(tok, rules) or _human_object(tok, rules) or
                _group_conjunct(tok, group_heads)):
            continue
        found = noun_group(doc, tok.i, nouns._replace(plain=frozenset({word})), focus, headline)
        if found is None or any(k in covered for k in range(found[0], found[1])):
            continue
        start, end, norm, _ = found
        actors.append(Actor(start, end, norm, "rule:agent-plural", word, "group"))
        covered.update(range(start, end))
        group_heads.add(end - 1)


def _agentive(word: str, rules: AgentPlurals) -> bool:
    """A plural with an agentive ending, not a thing's noun (``computers``, ``payments``)."""
    if len(word) <= 5 or not word.replace("-", "").isalpha():
        return False
    return word.endswith(rules.suffixes) and not word.endswith(rules.except_endings) and \
        word.split("-")[-1] not in rules.nonhuman


def _national(tok, nouns: GroupNouns) -> bool:
    """A demonym or a country's name modifies the plural and nothing counts it (``French fishers``,
    ``Irish skippers``, ``Taiwanese chipmakers``): a nation's people of a trade, a group wherever it
    stands; a count makes it a source's description again (``two French engineers working on it``)."""
    own = nouns.country_of
    if own is None or any(c.dep_ == "nummod" or c.like_num for c in tok.children if c.i < tok.i):
        return False
    return any(c.dep_ in ("amod", "compound") and c.i < tok.i and c.is_title and own(c.text)
               for c in tok.children)


def _described(tok, places: set[int], preps: frozenset[str]) -> bool:
    """A plural subject with a modifier after it (``Two engineers working on the bridge``, ``Owners
    of dozens of bakeries``, ``surveyors hired by the county``) is an unnamed source's description,
    which the claims keep as written (``One of them``, ``The engineers`` name it again), not a
    group mention; so are the later mentions of its noun. A place after it (``Market vendors in La
    Paz``, ``farmers across Brittany``) says where the group is, no description."""
    return any(c.i > tok.i and c.dep_ in ("acl", "relcl", "prep") and not _place_phrase(c, places, preps)
               for c in tok.children)


def _place_phrase(prep, places: set[int], preps: frozenset[str]) -> bool:
    """``in La Paz``, ``across Ireland and Poland``: a preposition of place (``preps``) whose object
    is a place found (``places``: the token indices of the location and state actors)."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.lower_ in preps and len(objs) == 1 and objs[0].i in places


def _clause_role(tok):
    """The token that stands for the noun in its clause: the count's head for ``dozens of X``."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in COUNT_HEADS:
        return head.head
    return tok


def _human_subject(tok, rules: AgentPlurals) -> bool:
    """The subject of an active verb that needs a human agent (``Homebuilders say``)."""
    role = _clause_role(tok)
    return role.dep_ == "nsubj" and role.head.pos_ in ("VERB", "AUX") and \
        role.head.lemma_.lower() in rules.subject_verbs


def _human_object(tok, rules: AgentPlurals) -> bool:
    """The direct object of a verb that needs a human patient (``misled payment processors``)."""
    role = _clause_role(tok)
    return role.dep_ == "dobj" and role.head.pos_ == "VERB" and role.head.lemma_.lower() in rules.object_verbs


def _group_conjunct(tok, group_heads: set[int]) -> bool:
    """Coordinated with the last word of a group found before (``doctors and pharmacists``)."""
    if tok.dep_ == "conj" and tok.head.i in group_heads:
        return True
    return any(c.dep_ == "conj" and c.i in group_heads for c in tok.children)
