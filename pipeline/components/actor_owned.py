"""Bodies named by a possessive pronoun, for ``claims_actors`` (``actor_owned.jsonl``).

- ``its forces``, ``its own troops`` after ``Israel`` / ``the Lebanese government``: that country's
  armed forces (``ISRMIL``), the actor ``Israel's forces`` would be.
- ``Her office`` after ``Attorney General Dana Yost``: the person's office (``dana-yost-office``,
  type government, the person's role and country).
- ``his government`` after ``Iraqi Prime Minister X``: the possessor's country's government
  (``IRQGOV``), not the country in focus's; a man of another country named near him: no id.
- ``its defence force`` after ``Botswana``: its military (``BWAMIL``); ``its foreign ministry`` after
  ``Lisbon``: that country's ministry (``prt-foreign-ministry``, role ``PRTGOV``).
- ``His country`` after ``Chinese Premier Zhou Weimin``: the person's country, as a state (``CHN``).
- ``its teams``, ``its national council`` after a body that is no country's institution (the
  International Rescue Committee, a party): a unit of that body (``<body id>-teams``).
- ``The United States, which keeps about 2,500 troops in Iraq``, ``Britain keeps 900 soldiers
  there``: troops a country keeps (a verb of ``force-keeping-verbs``, the country its subject or
  the antecedent of a relative ``which``; or a ministry or an army that sends or deploys them) are that
  country's armed forces (``USAMIL``), as ``U.S. troops`` are. Troops with no such owner stay no actor (``lacks the troops``),
  and so do captives (``Russia holds about 6,000 soldiers captured in the Donbas``: a word of
  ``force-captive-words`` after the noun or in an ``as`` phrase of the verb).

- ``Harwell's chair``, ``the company's chief executive``, ``its agriculture minister``, ``His chief of
  staff`` (rows ``holder``; ``member`` for bodies: ``Harwell's second-largest investor``): a post held in
  an owner named, described or pronominal (:func:`find_held`, after the descriptions). The post is a
  mention apart from its possessor; in apposition it is the named actor (``Alison Reade, the
  company's chief executive,``), else the person the article named so before, else (a named or
  described owner only: ``her boss`` is no new person) ``<owner id>-<noun>`` with the owner's
  country and role. Not ``the company's shares``, ``her
  campaign's ads``; a body noun (``largest investor``) only in apposition to a body's name.

The owner is the nearest fitting actor before the pronoun, in its sentence or the one before:
for ``its`` a state, government or body of one country (not a plural crowd: ``the peacekeepers``);
for ``his``/``her`` a person of that gender or of unknown gender, by every mention of the person (the
surnames found after the people were resolved too). A body inside a relative clause or an apposition
that the pronoun is outside of owns nothing (``Canberra, Wellington's closest partner, said through its
foreign ministry``: Australia's). No owner: no mention.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, NamedTuple

from spacy.tokens import Doc

from pipeline.components.actor_model import (APOSTROPHES, POSSESSIVE_ENDS, Actor, is_partitive, is_possessive,
                                            make_norm, previous_sentence_start, tagged_possessive)
from pipeline.components.actor_holder_ties import tied_to_owner
from pipeline.components.actor_people import Person, gender_fits, mention_starts, nearest_before, person_starts, rivalled
from pipeline.components.gazetteer import ROLE_TYPES, TYPES, ActorDictionaryError
from pipeline.ruledata import read_jsonl_rules
from pipeline.components.token_scan import positions

MAKES = ("role", "body", "country", "unit", "holder", "member")
HOLDING = ("holder", "member")  # rows of find_held: a post in the owner (a named or described possessor too)
HELD_MODIFIERS = 4  # "Magnolia's former chief financial officer", "Harwell's second-largest investor"
APPOSED_TYPES = {"holder": ("person",), "member": ("organization", "government", "military", "media", "group")}
PRONOUN_GENDER = {"his": "male", "her": "female"}
BODY_TYPES = ("state", "government", "organization", "military", "legislature", "media", "group")
OWNER_TYPES = ("state", "government", "military")  # "its forces": a country's, not a party's or a militia's
APPOSED_TITLE_WORDS = 3  # "his predecessor, former state governor Ibinabo Ekine"
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
    apposed_only: bool = False  # holder/member: a mention only in apposition to a name
    owner_role: bool = True  # holder: the unnamed holder takes the owner's role ("Mr. Cole's lawyer": none)
    firm_posts: frozenset[str] = frozenset()  # holder: posts a firm holds too ("its adviser, Harwell Partners")
    modifiers: frozenset[str] = frozenset()  # when given, the word right before the noun is one ("its defence force")
    owner_role_vetoes: frozenset[str] = frozenset()  # role: no mention when the possessor's role ends so ("MIL")
    partitive_vetoes: frozenset[str] = frozenset()  # nouns with no mention in "four of its members"
    as_noun: str | None = None  # role: the noun the body is read as ("his officers": the police)


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
    if (makes in ("body", "unit", "member")) != (atype in TYPES):
        raise ActorDictionaryError(f"{where}: 'type' (an actor type) goes with makes 'body', 'unit' and 'member' only")
    modifiers = row.get("modifiers", [])
    if not isinstance(modifiers, list) or not all(isinstance(w, str) and w for w in modifiers):
        raise ActorDictionaryError(f"{where}: 'modifiers' must be a list of words")
    partitive = row.get("partitive_vetoes", [])
    if not isinstance(partitive, list) or not all(isinstance(w, str) and w.lower() in lists["nouns"] for w in partitive):
        raise ActorDictionaryError(f"{where}: 'partitive_vetoes' must be a list of the row's nouns")
    as_noun = row.get("as_noun")
    if as_noun is not None and (not isinstance(as_noun, str) or not as_noun or makes != "role"):
        raise ActorDictionaryError(f"{where}: 'as_noun' must be a word, with makes 'role' only")
    vetoes = row.get("owner_role_vetoes", [])
    if not isinstance(vetoes, list) or not all(isinstance(w, str) and w for w in vetoes):
        raise ActorDictionaryError(f"{where}: 'owner_role_vetoes' must be a list of role codes")
    firm = row.get("firm_posts", [])
    if not isinstance(firm, list) or not all(isinstance(w, str) and w.lower() in lists["nouns"] for w in firm):
        raise ActorDictionaryError(f"{where}: 'firm_posts' must be a list of the row's nouns")
    return OwnedRule(row["id"], lists["pronouns"], lists["nouns"], makes, role, atype,
                     bool(row.get("apposed_only", False)), bool(row.get("owner_role", True)),
                     frozenset(w.lower() for w in firm), frozenset(w.lower() for w in modifiers), frozenset(vetoes),
                     frozenset(w.lower() for w in partitive), as_noun)


@lru_cache(maxsize=8)
def load_owned_rules(path: Path) -> tuple[OwnedRule, ...]:
    """The rows of ``actor_owned.jsonl`` (none when a rules folder of an older release lacks it)."""
    if not path.is_file():
        return ()
    return tuple(_rule(row, f"{path}:{lineno}")
                 for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True))


class OwnedContext(NamedTuple):
    """What the owned bodies need from the component: the role norm of a country (``ISR``,
    ``MIL``, head noun, the words before it: ``("foreign",)``) and the state norm of a country (``CHN``)."""
    role_norm: Callable[..., dict]
    state_norm: Callable[[str], dict]


def find_owned(doc: Doc, actors: list[Actor], taken: list[bool], people: list[Person],
               rules: tuple[OwnedRule, ...], ctx: OwnedContext) -> None:
    """Add the owned bodies of the rows (module doc) on words no actor holds."""
    posts = {n: r for r in rules if r.makes == "holder" for n in r.nouns if " " in n}
    rules = tuple(r for r in rules if r.makes not in HOLDING)
    pronouns = frozenset().union(*(r.pronouns for r in rules)) if rules else frozenset()
    bodies = _Bodies(doc, actors)
    for tok in map(doc.__getitem__, positions(doc, pronouns)):
        if tok.lower_ not in pronouns or taken[tok.i] or tok.tag_ not in ("PRP$", "WP$"):
            continue
        head = _owned_head(doc, tok.i, taken, rules)
        post = head is not None and _post_phrase(doc, tok.i, head, posts)
        if head is None or post and _name_after(doc, head):
            continue  # "its chief executive, Ana Ruiz,": the name's post (find_held)
        if post:  # "its chief executive" alone: the holder of the post in the nearest body
            _add_post_holder(doc, tok.i, head, posts, bodies, actors, taken)
            continue
        fits = [r for r in rules if tok.lower_ in r.pronouns and doc[head].lower_ in r.nouns and
                (not r.modifiers or doc[head - 1].lower_ in r.modifiers) and
                not (doc[head].lower_ in r.partitive_vetoes and is_partitive(doc[head]))]
        found = next(((r, n) for r in fits if (n := _owned_norm(doc, (tok.i, head), r, bodies, people,
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


def _add_post_holder(doc: Doc, i: int, head: int, posts: dict[str, OwnedRule], bodies: _Bodies, actors: list[Actor],
                     taken: list[bool]) -> None:
    """``its chief executive`` with no name: the post's holder in the nearest body before it that is
    no unit of another (``Brightwell Pharmacy said its executive had approved …, and its chief
    executive``: Brightwell's, not its executive's), ``<owner id>-chief-executive``, a person."""
    owner = bodies.nearest(i, previous_sentence_start(doc, i), units=False)
    if owner is None:
        return
    post = next(doc[k:head + 1].text.lower() for k in range(i + 1, head) if doc[k:head + 1].text.lower() in posts)
    rule = posts[post]
    actors.append(Actor(i, head + 1, holder_norm(owner.norm, post, rule.owner_role), f"rule:{rule.id}",
                        doc[head].lower_, "owned"))
    for k in range(i, head + 1):
        taken[k] = True


def holder_norm(owner: dict, post: str, owner_role: bool) -> dict:
    """The unnamed holder of ``post`` in ``owner``: ``<owner id>-chief-executive``, a person of the
    owner's country (and role, with ``owner_role``)."""
    slug = "-".join(post.replace("-", " ").split())
    return make_norm(f"{owner['actor_id']}-{slug}", f"{owner['name']} {post}", "person", owner.get("country"), False,
                     owner.get("role") if owner_role else None, "coref")


def _post_phrase(doc: Doc, i: int, head: int, posts: dict[str, OwnedRule]) -> bool:
    """Do the words before ``head`` and it make a post of several words (``its chief executive``: a
    person, left to :func:`find_held`; not ``its executive``, a body)?"""
    return any(doc[k:head + 1].text.lower() in posts for k in range(i + 1, head))


def _name_after(doc: Doc, head: int) -> bool:
    """Does a comma and a title-case word follow token ``head`` (a name in apposition)?"""
    return head + 2 < len(doc) and doc[head + 1].text == "," and doc[head + 2].is_title


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
            return None if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.text in APOSTROPHES) else k
        if tok.pos_ not in ("ADJ", "NOUN", "VERB", "NUM"):  # "its three members"
            return None
    return None


def _owned_norm(doc: Doc, where: tuple[int, int], rule: OwnedRule, bodies: _Bodies, people: list[Person],
                ctx: OwnedContext) -> dict | None:
    """The norm of the row's body for the pronoun and noun at ``where`` (token indices); None: no
    owner; ``{}``: two owners fit."""
    i, head = where
    noun, words = doc[head].lower_, tuple(t.lower_ for t in doc[i + 1:head])  # "its foreign ministry"
    since = previous_sentence_start(doc, i)
    if doc[i].tag_ == "WP$":  # "Salloum, whose government": the noun right before the relative's
        country = _whose_country(doc, i, bodies)
        return None if country is None or rule.makes != "role" else \
            {**ctx.role_norm(country, rule.role, noun), "via": "coref"}
    if rule.makes == "unit" or (rule.makes == "role" and doc[i].lower_ not in PRONOUN_GENDER):
        body = bodies.nearest(i, since)
        if body is None or rule.makes == "unit":
            return None if body is None else _unit_norm(body.norm, noun, rule.type)
        country = body.norm.get("country") if body.norm["type"] in OWNER_TYPES else None
        return None if country is None else {**ctx.role_norm(country, rule.role, noun, words), "via": "coref"}
    gender = gender_fits(PRONOUN_GENDER.get(doc[i].lower_))
    also = bodies.person_starts  # "Mendoza" after "President Aurelio Mendoza Rangel": nearer than him
    person = nearest_before(people, i, lambda p: gender(p) and any(since <= s for s in mention_starts(p, also)), also)
    if person is None:
        return None
    norm = person.mentions[0].actor.norm
    country = norm.get("country")
    if rule.makes == "role":  # "his government" after Iraqi Prime Minister X: IRQGOV
        return _person_role(doc, i, (person, also), gender, people, rule, noun, ctx)
    if rule.makes == "country":
        return None if not country else {**ctx.state_norm(country), "via": "coref"}
    role = norm.get("role") or (f"{country}GOV" if country and rule.type == "government" else None)
    if rule.type == "government" and _portfolio_named(doc, (i, head), person):
        return None  # "The fisheries ministry" named before: the descriptions' (actor_descriptions.jsonl)
    portfolio = _portfolio(doc, person) if rule.type == "government" and country else None
    if portfolio is not None:  # "Energy Minister X ... his ministry": ukr-energy-ministry, as "the energy ministry"
        return {**ctx.role_norm(country, "GOV", noun, (portfolio,)), "via": "coref"}
    named = _apposed_person(doc, head, bodies.actors) if rule.type == "person" else None
    if named is not None:  # "his predecessor, former governor Ibinabo Ekine,": that person
        return {**named, "via": "coref"}
    return make_norm(f"{norm['actor_id']}-{noun}", f"{norm['name']} {noun}", rule.type, country, False, role,
                     "coref")


PORTFOLIO_REACH = 2  # words before a person's mention that may be its title's portfolio ("Fisheries")


NO_PORTFOLIO = frozenset({"prime", "deputy", "former", "the", "a", "chief", "first", "junior", "senior", "acting"})


def _portfolio(doc: Doc, person: Person) -> str | None:
    """The portfolio word of the possessor's title (``Energy Minister X``, ``the foreign minister, X``:
    ``energy``, ``foreign``), from the words of and right before its mentions; None when none."""
    for m in person.mentions:
        for t in doc[max(1, m.actor.start - PORTFOLIO_REACH):m.actor.end]:
            before = doc[t.i - 1]
            if t.lower_ == "minister" and before.is_alpha and before.lower_ not in NO_PORTFOLIO:
                return before.lower_
    return None


def _portfolio_named(doc: Doc, where: tuple[int, int], person: Person) -> bool:
    """Was the body of the noun at ``where[1]`` named before the pronoun at ``where[0]`` with a word
    of the possessor's title (``The fisheries ministry`` ... ``Fisheries Minister X said her
    ministry``)? Then the descriptions link the pronoun's phrase to it; not ``the finance ministry``
    for a labour minister."""
    i, head = where
    said = {t.lower_ for m in person.mentions
            for t in doc[max(0, m.actor.start - PORTFOLIO_REACH):m.actor.end] if t.is_alpha} - {"the", "minister"}
    return any(doc[k].lower_ == doc[head].lower_ and doc[k - 1].lower_ in said for k in range(1, i))


def _apposed_person(doc: Doc, head: int, actors: list[Actor]) -> dict | None:
    """The norm of the person named in the comma apposition right after token ``head`` (``his
    predecessor, former governor Ibinabo Ekine,``), or None."""
    if head + 2 >= len(doc) or doc[head + 1].text != ",":
        return None
    reach = head + 2  # lower-case words of the name's title may come first ("former governor")
    while reach < min(len(doc), head + 2 + APPOSED_TITLE_WORDS) and doc[reach].is_lower:
        reach += 1
    return next((a.norm for a in actors if head + 2 <= a.start <= reach and a.norm["type"] == "person"), None)


def _whose_country(doc: Doc, i: int, bodies: _Bodies) -> str | None:
    """The country of the person or state named right before ``, whose`` (``Turkey's president,
    whose government``: TUR); None when no such actor ends there."""
    end = i - 1 if i > 0 and doc[i - 1].text == "," else i
    owner = next((a for a in bodies.actors if a.end == end and a.norm["type"] in ("person", *OWNER_TYPES)), None)
    return owner.norm.get("country") if owner is not None else None


def _person_role(doc: Doc, i: int, found: tuple[Person, dict[str, list[int]]], gender: Callable[[Person], bool],
                 people: list[Person], rule: OwnedRule, noun: str, ctx: OwnedContext) -> dict | None:
    """``his government``: the institution of the possessor's country, when the possessor has a
    country. Another person of the pronoun's gender and of another known country named near it: ``{}``
    (no id, and no description's guess either). ``found``: the possessor and the later mentions by
    person id (``also`` of :func:`nearest_before`)."""
    person, also = found
    country = person.mentions[0].actor.norm.get("country")
    owner_role = person.mentions[0].actor.norm.get("role") or ""
    if rule.owner_role_vetoes and owner_role.endswith(tuple(rule.owner_role_vetoes)):
        return None  # "his officers" after a commander: the army's, not the police
    def other(p: Person) -> bool:  # two ministers of one country: one government; no country: no rival
        return gender(p) and p.mentions[0].actor.norm.get("country") not in (None, country)
    if rivalled(doc, people, i, person, other, also):
        return {}
    if not country:
        return None
    return {**ctx.role_norm(country, rule.role, rule.as_noun or noun), "via": "coref"}


def _unit_norm(owner: dict, noun: str, atype: str) -> dict:
    """``its teams`` after the International Rescue Committee: ``<owner id>-teams``, the owner's
    country and role. A body the gazetteer gives no country (the IMF, the United Nations) keeps its
    staff and teams stateless: the country in focus does not fill one in later."""
    norm = make_norm(f"{owner['actor_id']}-{noun}", f"{owner['name']} {noun}", atype, owner.get("country"), False,
                     owner.get("role"), "coref")
    stateless = owner.get("in_gazetteer") and not owner.get("country")
    return {**norm, "country_source": "international"} if stateless else norm


class _Bodies:
    """The actors an ``its`` may name (a body, no plural crowd such as ``the peacekeepers``: ``its``
    is one body's), ordered by their end, so that the nearest before a pronoun is a bisection, not
    a scan of every actor (that made a long document quadratic)."""

    def __init__(self, doc: Doc, actors: list[Actor]):
        self.doc = doc
        self.actors = actors  # every actor, for the one right before a "whose"
        self.person_starts = person_starts(actors, len(doc))  # the surnames found after the people: nearer
        self.items: list[tuple[int, int, Actor]] = []  # (end, index in actors, actor)
        for k, a in enumerate(actors):
            self.add(k, a)

    def add(self, k: int, a: Actor) -> None:
        last = self.doc[a.end - 1]
        if a.norm["type"] in BODY_TYPES and not (last.tag_ == "NNS" and last.is_lower):
            insort(self.items, (a.end, k, a), key=lambda item: item[:2])

    def nearest(self, i: int, since: int, units: bool = True) -> Actor | None:
        """The body ending last before token ``i`` that starts at ``since`` or later (of two
        ending there, the first found); with ``units`` false, no owned unit (``its executive``)."""
        best = None
        k = bisect_right(self.items, (i, float("inf")), key=lambda item: item[:2])
        while k > 0:
            k -= 1
            end, _, a = self.items[k]
            if end <= since or (best is not None and end < best.end):
                break
            if since <= a.start and (units or a.category != "owned") and not self._aside(a, i):
                best = a
        return best

    def _aside(self, a: Actor, i: int) -> bool:
        """Does ``a`` lie inside an aside that token ``i`` is outside of: a relative clause, an
        adverbial clause after its verb (``Russia has moved troops since Finland joined Nato, and its
        army``: Russia's) or an apposition above its own head (``Pretoria, Harare's most important neighbour, said through
        its foreign ministry``; ``Cairo, which has outlawed the Brotherhood, issued a statement
        through its foreign ministry``: Pretoria's, Cairo's)? ``a`` as the apposition itself (``the
        opposition party, the DA,``) is no aside."""
        head = self.doc[a.end - 1]
        while head.head.i != head.i and a.start <= head.head.i < a.end:
            head = head.head  # the actor's own head inside its span
        for up in head.ancestors:
            if up.dep_ in ASIDE_DEPS or _trailing_clause(up, i):
                return not up.left_edge.i <= i <= up.right_edge.i
        return False


ASIDE_DEPS = ("relcl", "appos")


def _trailing_clause(up, i: int) -> bool:
    """Is ``up`` an adverbial clause after its verb in the sentence of token ``i`` (``Russia has moved
    troops since Finland joined Nato, and its army``)? One in a sentence before (a headline's ``as
    UML quits``) leaves its body the owner of ``its`` in the next."""
    return up.dep_ == "advcl" and up.i > up.head.i and up.sent.start == up.doc[i].sent.start


FORCE_NOUNS = ("troops", "soldiers", "forces")
FORCE_OWNER_TYPES = ("state", "government", "military")  # "The army has deployed 3,000 troops": its own
RELATIVE_SUBJECTS = ("which", "that")


def find_kept_forces(doc: Doc, actors: list[Actor], taken: list[bool], verbs: frozenset[str],
                     ctx: OwnedContext, captive: frozenset[str] = frozenset()) -> None:
    """Add the troops a country keeps (module doc), on words no actor holds; not its captives."""
    candidates = [t for t in map(doc.__getitem__, positions(doc, FORCE_NOUNS))
                  if t.lower_ in FORCE_NOUNS and not taken[t.i] and t.dep_ == "dobj" and t.head.lemma_.lower() in verbs
                  and not _captives(t, captive)]
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


COUNT_WORDS = ("quantmod", "advmod", "nummod")  # "about 4,200 members": words that only count the noun
SUBSET_CLAUSES = ("relcl", "acl")  # "Three members who voted no": some of the members


def find_bare_members(doc: Doc, actors: list[Actor], taken: list[bool], nouns: frozenset[str],
                      count_verbs: frozenset[str] = frozenset()) -> None:
    """``The union, which represents 600 laborers, said members had filed``, ``a caucus with 24 members``:
    a bare noun of ``bare-member-nouns`` (no determiner, possessive or modifier; numbers allowed; not
    ``members of …``) is the members of the nearest body before it, in its sentence or the one
    before, as ``its members`` is (``<body id>-members``); no body: no mention. The object of a verb of
    ``member-count-verbs`` is the body's size, no group (``which says it has about a million members``)."""
    bodies = None
    for tok in map(doc.__getitem__, positions(doc, nouns)):
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in count_verbs:
            continue
        start = _counted_members(doc, tok, taken, nouns)
        if start is None:
            continue
        bodies = bodies or _Bodies(doc, actors)
        owner = bodies.nearest(start, previous_sentence_start(doc, start), units=False)
        if owner is None:
            continue
        actors.append(Actor(start, tok.i + 1, _unit_norm(owner.norm, tok.lower_, "group"), "rule:bare-members",
                            tok.lower_, "owned"))
        for k in range(start, tok.i + 1):
            taken[k] = True


def _counted_members(doc: Doc, tok, taken: list[bool], nouns: frozenset[str]) -> int | None:
    """Where the bare noun ``tok`` opens its phrase (``about 4,200 members``), or None: another word
    of the phrase (``the members``, ``union members``), a word after it (``members of Congress``,
    ``Members-elect``, ``members' dues``), a clause that picks some of them (``Three members who voted
    no``, ``members working on the line``) or a word an actor holds."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.lower_ not in nouns or tok.dep_ in ("compound", "amod") or \
            any(c.dep_ in SUBSET_CLAUSES for c in tok.rights) or \
            nxt is not None and (nxt.lower_ == "of" or nxt.text == "-" or nxt.pos_ in ("NOUN", "PROPN") or
                                 nxt.text in APOSTROPHES):
        return None
    start = tok.left_edge.i
    if any(taken[k] for k in range(start, tok.i + 1)) or \
            not all(doc[k].like_num or doc[k].dep_ in COUNT_WORDS for k in range(start, tok.i)):
        return None
    return start


def _captives(tok, captive: frozenset[str]) -> bool:
    """``soldiers captured in the Donbas``, ``troops it took prisoner``, ``holds 300 troops as
    prisoners``: a word of capture after the noun in its phrase or in an ``as`` phrase of the verb."""
    after = [t for t in tok.subtree if t.i > tok.i]
    after += [t for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree]
    after += [t for c in tok.head.children if c.dep_ in ("oprd", "xcomp") and c.i > tok.i for t in c.subtree]
    return any(t.lemma_.lower() in captive or t.lower_ in captive for t in after)


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


def find_held(doc: Doc, actors: list[Actor], taken: list[bool], people: list[Person],
              rules: tuple[OwnedRule, ...], titles: dict, time_words: frozenset[str] = frozenset(),
              seat_links: frozenset[str] = frozenset(), firm_tails: frozenset[str] = frozenset()) -> None:
    """Posts held in an owner, rows ``holder`` / ``member``: ``Harwell's chair``, ``the company's
    chief executive``, ``His chief of staff``, ``Harwell's second-largest investor``. The post is a
    mention after the ``'s`` (a possessive pronoun stays in it); in apposition to a name (``Alison
    Reade, the company's chief executive,``; ``Tamar's founder, Daniel Okafor,``) it is that name's
    actor, else the person the article named with that post before (``FBI Director Karen Osei`` ...
    ``The bureau's director said``), else the owner's holder (``<owner id>-spokesman``, the owner's
    country and role) or unit. ``titles``: the gazetteer's titles, for what a person is called;
    ``time_words``: ``post-time-words`` of ``actor_words.jsonl`` (see :func:`_other_post`);
    ``seat_links``: ``post-seat-links`` of it (see :func:`_past_seat`); ``firm_tails``: last words
    of a firm's name (:func:`_mistyped_person`)."""
    rules = tuple(r for r in rules if r.makes in HOLDING)
    keys = frozenset().union(*(r.pronouns for r in rules)) if rules else frozenset()
    phrases = tuple((r, sorted({tuple(n.split()) for n in r.nouns}, key=len, reverse=True)) for r in rules)
    ends, starts = {a.end: a for a in actors}, {a.start: a for a in actors}
    for tok in map(doc.__getitem__, positions(doc, keys | set(POSSESSIVE_ENDS))):
        named = tok.i > 0 and (tagged_possessive(tok) or  # a text's first token follows no owner
                               is_possessive(tok) and tok.i in ends and doc[tok.i - 1].text.endswith("s")
                               and not doc[tok.i - 1].whitespace_)  # "Kestrel Partners' founder" tagged otherwise
        if taken[tok.i] or not (named or tok.tag_ == "PRP$"):
            continue
        key = "'s" if named else tok.lower_
        found = _held_phrase(doc, tok.i, taken, tuple(p for p in phrases if key in p[0].pronouns))
        if found is None:
            continue
        rule, end = found
        start = tok.i + 1 if named else tok.i
        owner = ends.get(tok.i) if named else None  # "her spokesman": a post only in apposition
        np_start = owner.start if named and owner is not None else doc[tok.i - 1].left_edge.i if named else tok.i
        norm = _held_norm(doc, (np_start, start, end), rule, owner, (ends, starts), (seat_links, firm_tails))
        if norm is not None and rule.makes == "holder":
            norm = _known_holder(doc, (start, end), norm, people, (titles, time_words),
                                 lambda p: tied_to_owner(doc, p, owner, actors, np_start))
        if norm is None:
            continue
        actors.append(Actor(start, end, norm, f"rule:{rule.id}", doc[end - 1].lower_, "owned"))
        for k in range(start, end):
            taken[k] = True


def _held_phrase(doc: Doc, i: int, taken: list[bool],
                 rules: tuple[tuple[OwnedRule, list[tuple[str, ...]]], ...]) -> tuple[OwnedRule, int] | None:
    """The row and the end of the post after the possessive at ``i``: up to ``HELD_MODIFIERS``
    lower-case modifiers, then a noun of the row (one or more words, longest first) that ends the
    noun phrase. ``rules``: each row with its nouns split into words."""
    k, limit = i + 1, min(i + 2 + HELD_MODIFIERS, len(doc))
    while k < limit and not taken[k]:
        for rule, nouns in rules:
            n = next((len(w) for w in nouns if tuple(t.lower_ for t in doc[k:k + len(w)]) == w
                      and not any(taken[k:k + len(w)]) and _phrase_ends(doc, k + len(w))), 0)
            if n:
                return rule, k + n
        tok = doc[k]
        hyphened = not tok.whitespace_ and k + 1 < len(doc) and doc[k + 1].text == "-"  # "second-largest"
        if not (tok.is_lower or tok.like_num or tok.text == "-" and not doc[k - 1].whitespace_) or \
                not hyphened and tok.pos_ not in ("ADJ", "NOUN", "VERB", "NUM", "PUNCT"):
            return None
        k += 1
    return None


def _phrase_ends(doc: Doc, k: int) -> bool:
    """Does the noun phrase end before token ``k`` (not ``chief financial officer`` at ``chief``,
    not ``the company's union members``, not ``her campaign's ads``)?"""
    if k >= len(doc):
        return True
    nxt = doc[k]
    return not (nxt.pos_ in ("NOUN", "PROPN", "ADJ") or nxt.text == "-" or is_possessive(nxt))


def _held_norm(doc: Doc, where: tuple[int, int, int], rule: OwnedRule, owner: Actor | None,
               edges: tuple[dict[int, Actor], dict[int, Actor]],
               links: tuple[frozenset[str], frozenset[str]]) -> dict | None:
    """The apposed name's norm, else the owner's holder or unit (none for a place or no owner).
    ``where``: the noun phrase's start, the post's start and end; ``edges``: the actors by their
    end and by their start; ``links``: the seat links (:func:`_past_seat`) and the firm tails
    (:func:`_mistyped_person`)."""
    np_start, start, end = where
    seat_links, firm_tails = links
    noun = doc[end - 1].lower_
    retype = None if " ".join(t.lower_ for t in doc[start:end]) in rule.firm_posts or noun in rule.firm_posts \
        else firm_tails
    apposed = _apposed_name(doc, np_start, end, edges, APPOSED_TYPES[rule.makes], (seat_links, retype))
    if apposed is not None:
        if apposed.norm["type"] != "person" and rule.makes == "holder":
            apposed.norm = {**apposed.norm, "type": "person"}  # "Labour's leader, Miriama Stout,": a person
        return {**apposed.norm, "via": "apposition"}
    if rule.apposed_only or owner is None or owner.norm["type"] in ("location", "people"):
        return None
    if rule.makes == "member":
        return _unit_norm(owner.norm, noun, rule.type)
    post = next((" ".join(doc[k:end].text.lower().split()) for k in range(start, end)
                 if " ".join(doc[k:end].text.lower().split()) in rule.nouns), noun)
    return holder_norm(owner.norm, post, rule.owner_role)


def _apposed_name(doc: Doc, np_start: int, end: int, edges: tuple[dict[int, Actor], dict[int, Actor]],
                  types: tuple[str, ...],
                  links: tuple[frozenset[str], frozenset[str] | None] = (frozenset(), frozenset())) -> Actor | None:
    """The named actor of ``types`` the post stands in apposition to: ``NAME, <post>`` closed by a
    comma or the sentence's end, or ``<post>, NAME`` closed so (not ``After Reade, Harwell's chair
    said``). ``links``: the seat links of :func:`_past_seat` and the firm tails of
    :func:`_mistyped_person` (None when a firm may hold the post)."""
    seat_links, retype = links
    def named(a: Actor | None) -> bool:
        return a is not None and (a.norm["type"] in types or
                                  retype is not None and _mistyped_person(doc, a, types, retype)) and \
            a.category not in ("owned", "description") and doc[a.end - 1].text[:1].isupper()
    ends, starts = edges
    if np_start >= 2 and doc[np_start - 1].text == "," and _closed(doc, end) and not _listed(doc, end):
        name_end = _before_tag(doc, np_start - 1)  # "Sen. X (R-Ind.), the committee's chairman,"
        if named(ends.get(name_end)):
            return ends[name_end]
    end = _past_seat(doc, end, seat_links)
    if end + 1 < len(doc) and doc[end].text == "," and named(after := starts.get(end + 1)) and _closed(doc, after.end):
        return after
    return None


def _past_seat(doc: Doc, end: int, links: frozenset[str]) -> int:
    """The end of the post past the place it is held at (``spokesman at Westminster``, ``spokeswoman
    in Holyrood``, ``mission chief for Zambia``: a word of ``links``, ``post-seat-links`` of
    ``actor_words.jsonl``, and one or two title-case words right before a comma), else ``end``."""
    if end + 2 >= len(doc) or doc[end].lower_ not in links:
        return end
    k = end + 1
    while k < len(doc) and k - end <= 2 and doc[k].is_title and doc[k].is_alpha:
        k += 1
    return k if k > end + 1 and k < len(doc) and doc[k].text == "," else end


def _mistyped_person(doc: Doc, a: Actor, types: tuple[str, ...], firm_tails: frozenset[str] = frozenset()) -> bool:
    """A name the model alone called a place or a body (``Labour's leader, Miriama Stout,``; ``its
    chief executive, Sandile Pretorius,``) that a person's post stands in apposition to: two or
    three title-case proper nouns, no gazetteer name, not ending in a firm's last word of
    ``firm_tails`` (``Harwell Partners``, ``Tamar Capital``)."""
    words = doc[a.start:a.end]
    return "person" in types and a.origin == "ner" and a.norm["type"] in ("location", "organization") and \
        not a.norm.get("in_gazetteer") and 2 <= len(words) <= 3 and words[-1].lower_ not in firm_tails and \
        all(t.is_title and t.pos_ == "PROPN" for t in words)


def _before_tag(doc: Doc, comma: int) -> int:
    """Where the name before the comma at token ``comma`` ends, past a party tag in parentheses."""
    if doc[comma - 1].text != ")":
        return comma
    return next((k for k in range(comma - 2, max(comma - 8, 0), -1) if doc[k].text == "("), comma)


def _listed(doc: Doc, end: int) -> bool:
    """Is the post ending before token ``end`` one item of a list (``summon Kovačević, the entity's
    prime minister and the assembly speaker``: three people), its noun joined by ``and``/``or`` to
    a phrase with a determiner of its own (not ``the chair and chief executive``: one person's two
    posts), and the list not closed as an apposition is, by a comma or its verb (``Marta Jones, the
    company's founder and its largest shareholder, said``: one person's two posts)?"""
    noun = doc[end - 1]
    return any(c.dep_ == "conj" and c.i >= end and any(d.dep_ in ("det", "poss") and d.i < c.i for d in c.children)
               and not _closed_as_apposition(doc, c.right_edge.i + 1) for c in noun.children)


def _closed_as_apposition(doc: Doc, k: int) -> bool:
    """Does token ``k``, right after an ``X, A and B`` phrase, close it as an apposition: a comma or
    the verb the name is the subject of?"""
    return k < len(doc) and (doc[k].text == "," or doc[k].pos_ in ("VERB", "AUX"))


def _closed(doc: Doc, end: int) -> bool:
    """Does a comma, a stop or the text's end close the phrase ending before token ``end`` (past a
    prepositional phrase the parser hung on it: ``national officer for energy.``)?"""
    k = max(end, doc[end - 1].right_edge.i + 1)
    return k >= len(doc) or doc[k].text in (",", ".", ";", ":") or doc[k].is_sent_start


def _known_holder(doc: Doc, where: tuple[int, int], norm: dict, people: list[Person],
                  words: tuple[dict, frozenset[str]], tied: Callable[[Person], bool]) -> dict:
    """An apposed post describes its person (later ``the chair`` names her); an unnamed one is the
    person named before whom the article calls so and ties to the owner (``FBI Director Karen
    Osei`` ... ``the bureau's director``; not ``Maria Lopez, the president,`` ... ``the union's
    president``: :func:`~pipeline.components.actor_holder_ties.tied_to_owner`, ``tied``), else the
    owner's holder as it was. ``where``: the post's start and end; ``words``: the gazetteer's
    titles and the ``post-time-words``."""
    start, end = where
    titles, time_words = words
    post = " ".join(t.lower_ for t in doc[start:end] if t.lower_ not in PRONOUN_GENDER and t.lower_ != "its")
    if norm["via"] == "apposition":
        person = next((p for p in people if p.mentions[0].actor.norm["actor_id"] == norm["actor_id"]), None)
        if person is not None:
            person.described.add(post)
        return norm
    noun = doc[end - 1].lower_
    person = nearest_before(people, start, lambda p: (post in p.nouns(titles) or noun in p.nouns(titles) and
                                                      not _other_post(post, noun, p.nouns(titles), time_words))
                            and tied(p))
    return {**person.mentions[0].actor.norm, "via": "coref"} if person is not None else norm


def _other_post(post: str, noun: str, nouns, time_words: frozenset[str]) -> bool:
    """``the department's permanent secretary`` is not ``the housing secretary``: a post with
    modifiers of its own (past ``time_words``, ``post-time-words`` of ``actor_words.jsonl``:
    ``former``, ``acting``) that a person holds only with other modifiers before the same noun."""
    words = [w for w in post.split() if w not in time_words]
    if len(words) < 2 or " ".join(words) in nouns:
        return False
    return any(n.endswith(" " + noun) for n in nouns)


def drop_apposed_posts(doc: Doc, actors: list[Actor], country_of: Callable[[str], str | None],
                       state_norm: Callable[[str], dict]) -> None:
    """``apposition_posts: false`` (``claims_actors`` setting): a post in apposition to a name
    (``norm.via`` apposition: ``Lucía Arrieta, the energy minister,``, ``The company's chief
    executive, Marta Casals``) is no mention, only the name is; a country that owns the post
    inside its span stays a mention of that state (``Britain's ambassador, James Harcourt`` →
    ``Britain``). ``country_of``: the country a name stands for; ``state_norm``: its state's norm."""
    for a in [a for a in actors if a.norm.get("via") == "apposition"]:
        actors.remove(a)
        owner = _owning_country(doc, a, country_of)
        if owner is not None and not any(b.start < owner[1] and owner[0] < b.end for b in actors):
            actors.append(Actor(owner[0], owner[1], {**state_norm(owner[2]), "via": "name"},
                                f"rule:{owner[2]}", None, "owned"))


def _owning_country(doc: Doc, a: Actor, country_of: Callable[[str], str | None]) -> tuple[int, int, str] | None:
    """``Britain's`` in the span ``Britain's ambassador``: the start, end and country of the
    words before a possessive inside the span when they name the actor's own country."""
    pos = next((k for k in range(a.start + 1, a.end - 1) if is_possessive(doc[k])), None)
    start = a.start + 1 if doc[a.start].lower_ == "the" else a.start
    if pos is None or pos <= start or not a.norm.get("country"):
        return None
    return (start, pos, a.norm["country"]) if country_of(doc[start:pos].text) == a.norm["country"] else None
