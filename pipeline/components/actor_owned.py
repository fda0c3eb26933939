"""Bodies named by a possessive pronoun, for ``claims_actors`` (``actor_owned.jsonl``).

- ``its forces``, ``its own troops`` after ``Israel`` / ``the Lebanese government``: that country's
  armed forces (``ISRMIL``), the actor ``Israel's forces`` would be.
- ``Her office`` after ``Attorney General Dana Yost``: the person's office (``dana-yost-office``,
  type government, the person's role and country).
- ``his government`` after ``Iraqi Prime Minister X``: the possessor's country's government
  (``IRQGOV``), not the country in focus's; a man of another country named near him: no id.
- ``His country`` after ``Chinese Premier Zhou Weimin``: the person's country, as a state (``CHN``).
- ``its teams``, ``its national council`` after a body that is no country's institution (the
  International Rescue Committee, a party): a unit of that body (``<body id>-teams``).
- ``The United States, which keeps about 2,500 troops in Iraq``, ``Britain keeps 900 soldiers
  there``: troops a country keeps (a verb of ``force-keeping-verbs``, the country its subject or
  the antecedent of a relative ``which``) are that country's armed forces (``USAMIL``), as
  ``U.S. troops`` are. Troops with no such owner stay no actor (``lacks the troops``).

The owner is the nearest fitting actor before the pronoun, in its sentence or the one before:
for ``its`` a state, government or body of one country (not a plural crowd: ``the peacekeepers``);
for ``his``/``her`` a person of that gender or of unknown gender. No owner: no mention.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, NamedTuple

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, make_norm
from pipeline.components.actor_people import Person, gender_fits, nearest_before, rivalled
from pipeline.components.gazetteer import ROLE_TYPES, TYPES, ActorDictionaryError
from pipeline.ruledata import read_jsonl_rules
from pipeline.components.token_scan import positions

MAKES = ("role", "body", "country", "unit")
PRONOUN_GENDER = {"his": "male", "her": "female"}
BODY_TYPES = ("state", "government", "organization", "military", "legislature", "media", "group")
OWNER_TYPES = ("state", "government", "military")  # "its forces": a country's, not a party's or a militia's
MAX_MODIFIERS = 2  # "its own troops", "its last remaining troops"


@dataclass(frozen=True)
class OwnedRule:
    """One row of ``actor_owned.jsonl`` (see the file's header)."""
    id: str
    pronouns: frozenset[str]
    nouns: frozenset[str]
    makes: str
    role: str | None = None
    type: str | None = None


def _rule(row: dict, where: str) -> OwnedRule:
    lists = {}
    for key in ("pronouns", "nouns"):
        value = row.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(w, str) and w for w in value):
            raise ActorDictionaryError(f"{where}: {key!r} must be a non-empty list of strings")
        lists[key] = frozenset(w.lower() for w in value)
    makes, role, atype = row.get("makes"), row.get("role"), row.get("type")
    if makes not in MAKES:
        raise ActorDictionaryError(f"{where}: 'makes' must be one of {', '.join(MAKES)}")
    if (makes == "role") != (role in ROLE_TYPES):
        raise ActorDictionaryError(f"{where}: 'role' (one of {', '.join(ROLE_TYPES)}) goes with makes 'role' only")
    if (makes in ("body", "unit")) != (atype in TYPES):
        raise ActorDictionaryError(f"{where}: 'type' (an actor type) goes with makes 'body' and 'unit' only")
    return OwnedRule(row["id"], lists["pronouns"], lists["nouns"], makes, role, atype)


@lru_cache(maxsize=8)
def load_owned_rules(path: Path) -> tuple[OwnedRule, ...]:
    """The rows of ``actor_owned.jsonl`` (none when a rules folder of an older release lacks it)."""
    if not path.is_file():
        return ()
    return tuple(_rule(row, f"{path}:{lineno}")
                 for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True))


class OwnedContext(NamedTuple):
    """What the owned bodies need from the component: the role norm of a country (``ISR``,
    ``MIL``, head noun) and the state norm of a country (``CHN``)."""
    role_norm: Callable[[str, str, str], dict]
    state_norm: Callable[[str], dict]


def find_owned(doc: Doc, actors: list[Actor], taken: list[bool], people: list[Person],
               rules: tuple[OwnedRule, ...], ctx: OwnedContext) -> None:
    """Add the owned bodies of the rows (module doc) on words no actor holds."""
    pronouns = frozenset().union(*(r.pronouns for r in rules)) if rules else frozenset()
    bodies = _Bodies(doc, actors)
    for tok in map(doc.__getitem__, positions(doc, pronouns)):
        if tok.lower_ not in pronouns or taken[tok.i] or tok.tag_ not in ("PRP$", "WP$"):
            continue
        head = _owned_head(doc, tok.i, taken, rules)
        if head is None:
            continue
        fits = [r for r in rules if tok.lower_ in r.pronouns and doc[head].lower_ in r.nouns]
        found = next(((r, n) for r in fits if (n := _owned_norm(doc, tok.i, doc[head].lower_, r, bodies, people,
                                                                  ctx)) is not None), None)
        if found is None:
            continue
        rule, norm = found
        if not norm:  # two possessors fit: no id, and no description's guess either
            for k in range(tok.i, head + 1):
                taken[k] = True
            continue
        actors.append(Actor(tok.i, head + 1, norm, f"rule:{rule.id}", doc[head].lower_, "owned"))
        bodies.add(len(actors) - 1, actors[-1])
        for k in range(tok.i, head + 1):
            taken[k] = True


def _owned_head(doc: Doc, i: int, taken: list[bool], rules: tuple[OwnedRule, ...]) -> int | None:
    """The noun of a row after the pronoun at ``i`` (up to two lower-case modifiers or numbers between),
    when it ends its noun phrase (``its forces``, not ``its forces' withdrawal`` nor ``her office
    manager``)."""
    for k in range(i + 1, min(i + 2 + MAX_MODIFIERS, len(doc))):
        tok = doc[k]
        if taken[k] or not (tok.is_lower or tok.like_num):  # "its 123 deputies"
            return None
        if any(doc[i].lower_ in r.pronouns and tok.lower_ in r.nouns for r in rules):
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            return None if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.text in ("'", "’")) else k
        if tok.pos_ not in ("ADJ", "NOUN", "VERB", "NUM"):  # "its three members"
            return None
    return None


def _owned_norm(doc: Doc, i: int, noun: str, rule: OwnedRule, bodies: _Bodies, people: list[Person],
                ctx: OwnedContext) -> dict | None:
    since = _previous_sentence_start(doc, i)
    if doc[i].tag_ == "WP$":  # "Salloum, whose government": the noun right before the relative's
        country = _whose_country(doc, i, bodies)
        return None if country is None or rule.makes != "role" else \
            {**ctx.role_norm(country, rule.role, noun), "via": "coref"}
    if rule.makes == "unit" or (rule.makes == "role" and doc[i].lower_ not in PRONOUN_GENDER):
        body = bodies.nearest(i, since)
        if body is None or rule.makes == "unit":
            return None if body is None else _unit_norm(body.norm, noun, rule.type)
        country = body.norm.get("country") if body.norm["type"] in OWNER_TYPES else None
        return None if country is None else {**ctx.role_norm(country, rule.role, noun), "via": "coref"}
    gender = gender_fits(PRONOUN_GENDER.get(doc[i].lower_))
    person = nearest_before(people, i, lambda p: gender(p) and any(since <= m.actor.start for m in p.mentions))
    if person is None:
        return None
    norm = person.mentions[0].actor.norm
    country = norm.get("country")
    if rule.makes == "role":  # "his government" after Iraqi Prime Minister X: IRQGOV
        return _person_role(doc, i, person, gender, people, rule, noun, ctx)
    if rule.makes == "country":
        return None if not country else {**ctx.state_norm(country), "via": "coref"}
    role = norm.get("role") or (f"{country}GOV" if country and rule.type == "government" else None)
    return make_norm(f"{norm['actor_id']}-{noun}", f"{norm['name']} {noun}", rule.type, country, False, role,
                     "coref")


def _whose_country(doc: Doc, i: int, bodies: _Bodies) -> str | None:
    """The country of the person or state named right before ``, whose`` (``Turkey's president,
    whose government``: TUR); None when no such actor ends there."""
    end = i - 1 if i > 0 and doc[i - 1].text == "," else i
    owner = next((a for a in bodies.actors if a.end == end and a.norm["type"] in ("person", *OWNER_TYPES)), None)
    return owner.norm.get("country") if owner is not None else None


def _person_role(doc: Doc, i: int, person: Person, gender: Callable[[Person], bool], people: list[Person],
                 rule: OwnedRule, noun: str, ctx: OwnedContext) -> dict | None:
    """``his government``: the institution of the possessor's country, when the possessor has a
    country. Another person of the pronoun's gender and of another known country named near it: ``{}``
    (no id, and no description's guess either)."""
    country = person.mentions[0].actor.norm.get("country")
    def other(p: Person) -> bool:  # two ministers of one country: one government; no country: no rival
        return gender(p) and p.mentions[0].actor.norm.get("country") not in (None, country)
    if rivalled(doc, people, i, person, other):
        return {}
    if not country:
        return None
    return {**ctx.role_norm(country, rule.role, noun), "via": "coref"}


def _unit_norm(owner: dict, noun: str, atype: str) -> dict:
    """``its teams`` after the International Rescue Committee: ``<owner id>-teams``, the owner's
    country and role."""
    return make_norm(f"{owner['actor_id']}-{noun}", f"{owner['name']} {noun}", atype, owner.get("country"), False,
                     owner.get("role"), "coref")


class _Bodies:
    """The actors an ``its`` may name (a body, no plural crowd such as ``the peacekeepers``: ``its``
    is one body's), ordered by their end, so that the nearest before a pronoun is a bisection, not
    a scan of every actor (that made a long document quadratic)."""

    def __init__(self, doc: Doc, actors: list[Actor]):
        self.doc = doc
        self.actors = actors  # every actor, for the one right before a "whose"
        self.items: list[tuple[int, int, Actor]] = []  # (end, index in actors, actor)
        for k, a in enumerate(actors):
            self.add(k, a)

    def add(self, k: int, a: Actor) -> None:
        last = self.doc[a.end - 1]
        if a.norm["type"] in BODY_TYPES and not (last.tag_ == "NNS" and last.is_lower):
            insort(self.items, (a.end, k, a), key=lambda item: item[:2])

    def nearest(self, i: int, since: int) -> Actor | None:
        """The body ending last before token ``i`` that starts at ``since`` or later (of two
        ending there, the first found)."""
        best = None
        k = bisect_right(self.items, (i, float("inf")), key=lambda item: item[:2])
        while k > 0:
            k -= 1
            end, _, a = self.items[k]
            if end <= since or (best is not None and end < best.end):
                break
            if since <= a.start:
                best = a
        return best


def _previous_sentence_start(doc: Doc, i: int) -> int:
    start = doc[i].sent.start
    return doc[start - 1].sent.start if start > 0 else start


FORCE_NOUNS = ("troops", "soldiers", "forces")
FORCE_OWNER_TYPES = ("state", "government")
RELATIVE_SUBJECTS = ("which", "that")


def find_kept_forces(doc: Doc, actors: list[Actor], taken: list[bool], verbs: frozenset[str],
                     ctx: OwnedContext) -> None:
    """Add the troops a country keeps (module doc), on words no actor holds."""
    candidates = [t for t in map(doc.__getitem__, positions(doc, FORCE_NOUNS))
                  if t.lower_ in FORCE_NOUNS and not taken[t.i] and t.dep_ == "dobj" and t.head.lemma_.lower() in verbs]
    if not candidates:
        return
    owner_at = {k: a for a in actors if a.norm["type"] in FORCE_OWNER_TYPES for k in range(a.start, a.end)}
    for tok in candidates:
        start = _counted_start(doc, tok)
        owner = owner_at.get(_keeper(tok.head)) if start is not None else None
        country = owner.norm.get("country") if owner is not None else None
        if not country or any(taken[k] for k in range(start, tok.i)):
            continue
        norm = {**ctx.role_norm(country, "MIL", tok.lower_), "via": "coref"}
        actors.append(Actor(start, tok.i + 1, norm, "rule:kept-forces", tok.lower_, "owned"))
        for k in range(start, tok.i + 1):
            taken[k] = True


def _keeper(verb) -> int | None:
    """The token of the verb's subject; for a relative ``which`` / ``that``, its antecedent."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ in RELATIVE_SUBJECTS:
        return verb.head.i if verb.dep_ == "relcl" else None
    return subject.i


def _counted_start(doc: Doc, tok) -> int | None:
    """Where ``about 2,500 troops`` opens: numbers and the words counting them, lower-case
    adjectives (``combat troops``); ``None`` when a determiner or possessive owns the noun (``the
    troops``, ``their soldiers``: another reading)."""
    start = tok.left_edge.i
    for k in range(start, tok.i):
        t = doc[k]
        if t.dep_ in ("det", "poss") or t.tag_ == "PRP$" or t.is_punct or not (t.like_num or t.is_lower):
            return None
    return start
