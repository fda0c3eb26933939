"""Mentions with no name of their own, for ``claims_actors``.

- Unnamed people (``a federal judge``, ``One former minister``, ``a Commission spokesperson``): a
  person actor of the words (``usa-federal-judge``), with the role the noun gives
  (``actor_unnamed.jsonl``); never merged with a named person. A later ``the judge`` names the one
  such person named before (``described_unnamed``).
- ``his client`` after ``X, a lawyer for Y,``: Y.
- Places the model misses: ``Mesa, Ariz.`` (an AP state abbreviation after a place), ``the town of
  Hermel``, and a later bare ``Worcester`` after the document named the place ``WORCESTER``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from pipeline.components.actor_epithets import age_at
from pipeline.components.actor_model import POSSESSIVE_S, Actor, is_possessive_s, make_norm, previous_sentence_start
from pipeline.components.actor_people import Person, named_with, nearest_before
from pipeline.components.gazetteer import TYPES, ActorDictionaryError, ActorWords, Title, slugify
from pipeline.ruledata import read_jsonl_rules
from pipeline.components.token_scan import positions, text_positions

UNNAMED_DETERMINERS = {"a", "an", "one"}
ROLES = {"GOV", "LEG", "JUD", "COP", "SPY", "MIL", "BUS"}


@dataclass(frozen=True)
class UnnamedRule:
    """One row of ``actor_unnamed.jsonl``."""
    id: str
    nouns: frozenset[str]
    modifiers: frozenset[str] = frozenset()
    role: str | None = None
    type: str = "person"  # "a paving company": an organization; "a federal grand jury": a government body


@lru_cache(maxsize=8)
def load_unnamed_rules(path: Path) -> tuple[UnnamedRule, ...]:
    """The rows of ``actor_unnamed.jsonl`` (none when a rules folder of an older release lacks it)."""
    if not path.is_file():
        return ()
    out = []
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True):
        where = f"{path}:{lineno}"
        nouns, mods, role = row.get("nouns"), row.get("modifiers", []), row.get("role")
        if not isinstance(nouns, list) or not nouns or not all(isinstance(w, str) for w in nouns):
            raise ActorDictionaryError(f"{where}: 'nouns' must be a non-empty list of strings")
        if not isinstance(mods, list) or not all(isinstance(w, str) for w in mods):
            raise ActorDictionaryError(f"{where}: 'modifiers' must be a list of strings")
        if role is not None and role not in ROLES:
            raise ActorDictionaryError(f"{where}: 'role' must be one of {', '.join(sorted(ROLES))}")
        if row.get("type", "person") not in TYPES:
            raise ActorDictionaryError(f"{where}: 'type' must be one of {', '.join(TYPES)}")
        out.append(UnnamedRule(row["id"], frozenset(w.lower() for w in nouns),
                               frozenset(w.lower() for w in mods), role, row.get("type", "person")))
    return tuple(out)


# ---------------------------------------------------------------- unnamed people
def find_unnamed_people(doc: Doc, actors: list[Actor], taken: list[bool], rules: tuple[UnnamedRule, ...],
                        words: ActorWords, focus: str | None) -> None:
    """``a federal judge``, ``One former minister``: a person of no name, one actor per wording."""
    nouns = frozenset().union(*(r.nouns for r in rules)) if rules else frozenset()
    ends: dict[int, set[str]] = {}  # the types of the actors ending at each token (no scan per word)
    for a in actors:
        ends.setdefault(a.end, set()).add(a.norm["type"])
    for tok in map(doc.__getitem__, positions(doc, UNNAMED_DETERMINERS)):
        if tok.lower_ not in UNNAMED_DETERMINERS or taken[tok.i] or \
                _not_a_mention_before(doc, tok.i, ends, words.not_a_mention_before):
            continue
        head = _unnamed_head(doc, tok.i, taken, nouns)
        if head is None or _joined_predicate(doc[head]) or _generic_rule_subject(doc, head, words.generic_modals):
            continue
        mods = [t.lower_ for t in doc[after_age(doc, tok.i):head] if t.text != "-"]
        rule = next((r for r in rules if doc[head].lower_ in r.nouns and
                     (not r.modifiers or r.modifiers & set(mods))), None)
        if rule is None or (rule.type != "person" and _apposed_to_actor(doc, tok.i, ends)):
            continue
        country = None if words.foreign_modifiers & set(mods) else focus
        complement = _complement(doc, head, actors)  # "for Harrowgate Timber": one person per body
        slug = slugify(" ".join(w for w in [*mods, doc[head].lower_] if w.isalpha()))  # ASCII, like every id
        body = _complement_body(doc, head, actors)
        slug = _with_body_id(slug, body, country, doc[body.start:body.end].text if body is not None else "")
        actor_id = f"{country.lower()}-{slug}" if country else slug
        role = f"{country}{rule.role}" if country and rule.role else None
        name = " ".join([*mods, doc[head].lower_]) + complement
        norm = make_norm(actor_id, name, rule.type, country, False, role, "unnamed")
        if country is None and focus is not None:
            norm["country_source"] = "international"  # "a foreign government": not of the country in focus
        actors.append(Actor(tok.i, head + 1, norm, f"rule:{rule.id}", doc[head].lower_, "unnamed"))
        ends.setdefault(head + 1, set()).add(rule.type)
        for k in range(tok.i, head + 1):
            taken[k] = True


COMPLEMENT_PREPOSITIONS = ("for", "at", "with")


def _complement(doc: Doc, head: int, actors: list[Actor]) -> str:
    """`` for Palmetto Build Group`` after ``a spokesperson``, `` at the state Office of Housing``
    after ``a program manager``: the body named right after the noun (``the`` allowed), written
    into the unnamed person's name, the fuller description a later ``the spokesperson`` stands
    for; else ''. Not a person (``a lawyer for Mr. Hale`` is no name of the lawyer's own)."""
    body = _complement_body(doc, head, actors)
    k = head + 1
    return f" {doc[k].lower_} {doc[k + 1:body.end].text}" if body is not None else ""  # " for the Kelso Union"


def _complement_body(doc: Doc, head: int, actors: list[Actor]) -> Actor | None:
    """The body of :func:`_complement` (no person), else None."""
    k = head + 1
    if k + 1 >= len(doc) or doc[k].lower_ not in COMPLEMENT_PREPOSITIONS:
        return None
    start = k + 2 if doc[k + 1].lower_ == "the" else k + 1
    return next((a for a in actors if a.start in (k + 1, start) and a.norm["type"] != "person"), None)


def _with_body_id(slug: str, body: Actor | None, country: str | None, words: str = "") -> str:
    """``spokesman`` + the body's id (``fbi``): one id however the body is written (``the FBI``,
    ``the Federal Bureau of Investigation``); the body's country prefix goes when it is the
    person's own (``usa-spokesman-fbi``, not ``usa-spokesman-usa-…``). A body whose id is a
    shared role code (``USAMIL`` for the Army Corps of Engineers and the Pentagon alike) gives its
    ``words`` instead, so two bodies of one code keep two spokespeople."""
    if body is None:
        return slug
    raw = body.norm["actor_id"]
    body_id = slugify(words if _role_code(raw, country) and words else raw)  # a country's id is its code (USA): lower case
    if country and body_id == country.lower():
        return slug  # "a spokeswoman for the U.S.": the person's own country, already its prefix
    prefix = f"{country.lower()}-" if country else None
    if prefix and body_id.startswith(prefix):
        body_id = body_id[len(prefix):]
    return f"{slug}-{body_id}" if slug else body_id


def _role_code(actor_id: str, country: str | None) -> bool:
    """An all-capital id longer than a country code (``USAMIL``, ``GBRGOV``): a role code that many
    bodies share, not one body's id (``fbi``, ``USA``)."""
    return actor_id.isupper() and len(actor_id) > 3 and actor_id != (country or "")


def _not_a_mention_before(doc: Doc, i: int, ends: dict[int, set[str]], before: frozenset[str]) -> bool:
    """``is a judge``, ``as a judge``, ``Samuel Brandt, a lawyer``: a predicate or an apposition
    (part of someone's naming), no mention of its own; ``one of``: a part of a group. ``ends``:
    the types of the actors ending at each token; ``before``: the words of row
    ``not-a-mention-before`` (``as``, ``like``, ``then``)."""
    if i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        return True
    if i == 0:
        return False
    prev = doc[i - 1]
    if prev.lower_ in before or prev.lemma_ in ("be", "become", "remain"):
        return True
    return prev.text == "," and "person" in ends.get(i - 1, ())


def _generic_rule_subject(doc: Doc, head: int, modals: frozenset[str]) -> bool:
    """``a prime minister whose partner withdraws must win a vote``, ``a minister who loses a vote
    can be dismissed``: an indefinite post with a relative clause in a rule statement (a modal of
    ``generic-modals`` ends the clause) is nobody in particular; ``a spokesman who asked not to be
    named said`` is someone."""
    if head + 1 >= len(doc) or doc[head + 1].lower_ not in ("who", "whose", "that"):
        return False
    # the modal of the post's own verb or relative clause, not one in what it said ("said the talks can …")
    verbs = [doc[head].head] + [c for c in doc[head].children if c.dep_ == "relcl"]
    return any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in modals for v in verbs for c in v.children)


def _joined_predicate(tok) -> bool:
    """``was not a donor or a party official``, ``is a lawyer and a former judge``: a noun joined
    to a predicate noun is a predicate too (no mention of its own, like :func:`_not_a_mention_before`)."""
    return tok.dep_ == "conj" and tok.head.dep_ in ("attr", "acomp") and tok.head.head.lemma_ in ("be", "become", "remain")


def _apposed_to_actor(doc: Doc, det: int, ends: dict[int, set[str]]) -> bool:
    """``Voss Paving, a company in his district``: a body's description in apposition, part of its
    naming, no mention of its own (``ends``: as for :func:`_not_a_mention_before`)."""
    return det > 1 and doc[det - 1].text == "," and bool(ends.get(det - 1))


def _unnamed_head(doc: Doc, det: int, taken: list[bool], nouns: frozenset[str]) -> int | None:
    """The head noun after the determiner: up to three lower-case words (a hyphenated word counts
    once: ``a family-run paving company``), then a noun of a rule that ends its noun phrase (``a
    judge``, not ``a judge advocate``) and is no predicate."""
    hyphens, first = 0, after_age(doc, det)
    for k in range(first, min(first + 6, len(doc))):
        tok = doc[k]
        name_word = tok.is_title and k + 1 < len(doc) and doc[k + 1].is_lower  # "a Commission spokesperson"
        capitals = tok.is_upper and len(tok) > 1 and tok.lower_ in nouns  # "One MP for a Kent constituency"
        if tok.text == "-" and k > first and not taken[k]:
            hyphens += 1
            continue
        if taken[k] or not tok.is_alpha or not (tok.is_lower or name_word or capitals) or k - first - 2 * hyphens > 3:
            return None
        if tok.lower_ in nouns and (tok.tag_ == "NN" or capitals):
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower:
                continue  # "a government spokesperson": the noun modifies the next one
            if nxt is not None and (nxt.pos_ == "PROPN" or nxt.text in ("-", *POSSESSIVE_S)):
                return None
            if tok.dep_ in ("attr", "appos") or any(c.dep_ == "appos" for c in tok.children) or \
                    _name_after(doc, k + 1, tok.right_edge.i + 1):
                return None  # a predicate; "a spokesman for the port authority, Omar Haddad": the
            return k         # name's description, no mention of its own
        if tok.pos_ not in ("ADJ", "NOUN", "VERB", "PROPN"):
            return None
    return None


def after_age(doc: Doc, det: int) -> int:
    """The token after the determiner at ``det`` and an age (``a 62-year-old retired teacher``:
    ``retired``; the age read as the epithets read it, :func:`age_at`); ``det + 1`` when no age
    follows. The age stays in the span, out of the id."""
    age = age_at(doc, det + 1)
    return age[0] if age is not None else det + 1


RELATIVES = ("who", "whose", "which")


def _name_after(doc: Doc, start: int, end: int) -> bool:
    """Is a name set off by a comma in the phrase ``doc[start:end]`` or right after it (``a
    spokeswoman for the port authority, Jane Ellison,``)? Not one inside a relative clause (``one
    fisherman, who gave only his first name, Roland``: the description is the mention)."""
    for k in range(start, min(end + 1, len(doc) - 1)):
        if doc[k].lower_ in RELATIVES:
            return False
        if doc[k].text == "," and doc[k + 1].pos_ == "PROPN" and doc[k + 1].is_title:
            return True
    return False


def described_unnamed(words: list[str], the: int, actors: list[Actor], doc: Doc | None = None) -> dict | None:
    """``the officer`` after ``a foreign intelligence officer``: the one unnamed person with that
    noun (and those words) named before; two: no guess."""
    if not words:
        return None
    head, mods = words[-1], set(words[:-1])
    fits = [a for a in actors if a.end <= the and (a.category == "unnamed" and a.head == head or
                                                 _indefinite_person(doc, a, head))
            and mods <= set((a.norm.get("name") or "").lower().split())]
    if len({a.norm["actor_id"] for a in fits}) != 1:
        return None
    return {**fits[-1].norm, "via": "coref"}


def _indefinite_person(doc: Doc | None, a: Actor, head: str) -> bool:
    """``a Ministry of Justice spokesperson`` the model took for a name: a person mention of the
    model's written right after ``a``/``an`` and ending in the description's noun (``the
    spokesperson`` stands for it); not a name with a title (``spokesman Colin Aldridge``)."""
    if doc is None or a.norm["type"] != "person" or a.origin != "ner" or a.start == 0:
        return False
    return doc[a.start - 1].lower_ in ("a", "an") and doc[a.end - 1].lower_ == head


# ---------------------------------------------------------------- unnamed people the article names
UNNAMED_VIAS = ("role_phrase", "unnamed")


def name_unnamed_people(doc: Doc, actors: list[Actor], people: list[Person], titles: dict[str, Title]) -> None:
    """An unnamed person in apposition to a named one is that person (``his Qatari counterpart,
    Abdulrahman Al-Marri,``, ``Ingrid Solheim, the U.N. envoy in Beirut``); ``the Saudi minister``
    is the person named before with that title noun and country (``Saudi Foreign Minister Faisal
    bin Khalid``; ``Germany’s economy minister`` too, not ``a German minister``); else the unnamed
    person stays (``sau-minister``)."""
    named = [a for a in actors if a.norm["type"] == "person" and a.norm.get("via") not in UNNAMED_VIAS]
    by_end, by_start = {a.end: a for a in named}, {a.start: a for a in named}
    for a in actors:
        if a.norm["type"] != "person" or a.norm.get("via") not in UNNAMED_VIAS:
            continue
        other = _apposed(doc, a, by_end, by_start)
        if other is not None:
            _lend_title_country(actors, other.norm, a.norm)
            a.norm = {**other.norm, "via": "apposition"}
            continue
        other = _copula_subject(doc, a, named)
        if other is not None:
            _lend_title_country(actors, other.norm, a.norm)
            a.norm = {**other.norm, "via": "coref"}
            continue
        if _given_name(doc, a, actors):
            continue
        if a.norm.get("via") != "role_phrase" or not a.head or not a.norm.get("country") or \
                (a.start > 0 and doc[a.start - 1].lower_ in UNNAMED_DETERMINERS | {"another"}):
            continue  # "a Saudi minister": someone else
        country = a.norm["country"]
        def fits(p: Person) -> bool:
            return p.mentions[0].actor.norm.get("country") == country and \
                (a.head in p.nouns(titles) or named_with(doc, p, a.head))
        words = [t.lower_ for t in doc[a.start:a.end] if t.is_lower and t.is_alpha and t.lower_ != "the"]
        def fits_all(p: Person) -> bool:  # all its words: "foreign minister", not the defence minister
            return fits(p) and (len(words) < 2 or " ".join(words[-2:]) in p.nouns(titles)) and \
                not _named_in_sentence(doc, p, a)
        person = nearest_before(people, a.start, fits_all) or _only(people, fits_all)
        if person is not None:
            a.norm = {**person.mentions[0].actor.norm, "via": "coref"}


def _given_name(doc: Doc, a: Actor, actors: list[Actor]) -> bool:
    """``a 22-year-old student who gave her name only as Wanjiru``, ``one fisherman, who gave only
    his first name, Roland``: the name in the description's relative clause on a name is the same
    person; a person of the model's keeps its id (the description takes it), a name the model
    read as another type (``Ama`` an organization) becomes the described person. True when linked."""
    clause = next((c for c in doc[a.end - 1].children if c.dep_ == "relcl"), None)
    if clause is None or clause.lemma_ != "give":
        return False
    word = next((t for t in clause.subtree if t.lower_ == "name"), None)
    if word is None:
        return False
    name = next((b for b in actors if b is not a and word.i < b.start <= clause.right_edge.i + 1 and
                 doc[b.start].is_title), None)
    if name is None or _word_before(doc, name.start) not in ("name", "as"):  # "first name, Roland", "name only as Wanjiru"
        return False
    if name.norm["type"] == "person":
        a.norm = {**name.norm, "via": "coref"}
    else:
        name.norm = {**a.norm, "via": "coref"}
    return True


def _word_before(doc: Doc, i: int) -> str:
    """The lower-case word before token ``i``, past one comma."""
    k = i - 2 if i >= 2 and doc[i - 1].text == "," else i - 1
    return doc[k].lower_ if k >= 0 else ""


def _named_in_sentence(doc: Doc, p: Person, a: Actor) -> bool:
    """Is the person named in full in the role phrase's own sentence (``Prime Minister Filomeno da
    Cruz Tilman signed alongside Malaysia's prime minister``: two people; one named there in apposition
    was taken before)? Not when the gazetteer has that person as that country's holder of the role
    (``President William Ruto said that as Kenya's president he …``: one person)."""
    sent = doc[a.start].sent
    first = p.mentions[0].actor.norm
    if first.get("in_gazetteer") and first.get("role") and first.get("role") == a.norm.get("role"):
        return False
    return any(m.key.first and sent.start <= m.actor.start < sent.end for m in p.mentions)


def _only(people: list[Person], fits) -> Person | None:
    """The one person of the document that ``fits``, named after the description too (``Estonia’s
    prime minister said on Thursday …`` before ``Prime Minister Kaarel Rebane``); two: none."""
    found = [p for p in people if fits(p)]
    return found[0] if len(found) == 1 else None


def _lend_title_country(actors: list[Actor], person: dict, title: dict) -> None:
    """``Astrid Haugland, Norway's foreign minister``: the title's own country and role (from its
    possessor or demonym) go to the person named with it, before any country of the story in
    focus; a person of the gazetteer, or with a country or role of their own, keeps theirs."""
    if not title.get("country") or not title.get("role") or person.get("in_gazetteer") or \
            person.get("role") or (person.get("country") and person.get("country_source") != "focus"):
        return
    lent = {"country": title["country"], "role": title["role"], "role_source": "apposition"}
    for b in actors:
        if b.norm.get("actor_id") == person.get("actor_id") and b.norm.get("type") == "person":
            b.norm = {k: v for k, v in {**b.norm, **lent}.items() if k != "country_source"}
    person.update(lent)


def _copula_subject(doc: Doc, a: Actor, named: list[Actor]) -> Actor | None:
    """``Astrid Haugland became Norway's foreign minister``: the named person that is the subject
    of ``be``/``become`` whose complement the role phrase is (or that ends right before the verb)."""
    tok = doc[a.end - 1]
    if tok.dep_ != "attr" or tok.head.lemma_ not in ("be", "become"):
        return None
    subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return next((p for p in named if subj is not None and p.start <= subj.i < p.end), None) or \
        next((p for p in named if p.end == tok.head.i), None)  # "OSLO — Astrid Haugland became": misparsed


def _apposed(doc: Doc, a: Actor, by_end: dict[int, Actor], by_start: dict[int, Actor]) -> Actor | None:
    """The named person set off by a comma right before or right after ``a``."""
    start = a.start - 1 if a.start > 0 and doc[a.start - 1].lower_ in ("the", "a", "an") else a.start
    if start >= 2 and doc[start - 1].text == "," and (start - 1) in by_end:
        return by_end[start - 1]
    if a.end + 1 < len(doc) and doc[a.end].text == "," and (a.end + 1) in by_start:
        other = by_start[a.end + 1]
        if other.end >= len(doc) or doc[other.end].is_punct:
            return other
    return None


# ---------------------------------------------------------------- unnamed bodies the article names
def name_unnamed_bodies(doc: Doc, actors: list[Actor]) -> None:
    """``a family-run paving company`` in a story that names ``Voss Paving & Excavation``: the one
    named organisation whose name holds a word before the noun (``paving``); ``a company`` with no
    such word: the one company (``norm.sector`` business) the story names. Two fit: no guess."""
    named = [a for a in actors if a.norm["type"] == "organization" and a.category != "unnamed"]
    by_word: dict[str, list[int]] = {}  # a word of a named organisation's name -> its places in ``named``
    for k, b in enumerate(named):
        for word in set(slugify(b.norm.get("name") or "").split("-")):
            by_word.setdefault(word, []).append(k)
    companies = [k for k, b in enumerate(named) if b.norm.get("sector") == "business"]
    for a in actors:
        if a.category != "unnamed" or a.norm["type"] != "organization":
            continue
        mods = set((a.norm.get("name") or "").split()[:-1])
        fits = [named[k] for k in (sorted({k for m in mods for k in by_word.get(m, ())}) if mods else companies)]
        if len({b.norm["actor_id"] for b in fits}) == 1:
            a.norm = {**fits[0].norm, "via": "coref"}


# ---------------------------------------------------------------- a lawyer's client
def find_clients(doc: Doc, actors: list[Actor], taken: list[bool], words: ActorWords) -> None:
    """``Samuel Brandt, a lawyer for the Senate aide, said his client``: the one person a lawyer
    named in this sentence or the one before acts for (``a lawyer for Y`` / ``Y's lawyer``)."""
    for tok in map(doc.__getitem__, positions(doc, words.client_nouns)):
        if tok.lower_ not in words.client_nouns or taken[tok.i] or tok.i == 0 or \
                doc[tok.i - 1].lower_ not in ("his", "her", "their") or taken[tok.i - 1]:
            continue
        since = previous_sentence_start(doc, tok.i)
        clients = {a.norm["actor_id"]: a for a in actors
                   if since <= a.start and a.end <= tok.i - 1 and a.norm["type"] == "person"
                   and _represented(doc, a, words)}
        if len(clients) != 1:
            continue
        norm = {**next(iter(clients.values())).norm, "via": "coref"}
        actors.append(Actor(tok.i - 1, tok.i + 1, norm, "rule:client", tok.lower_, "description"))
        taken[tok.i - 1] = taken[tok.i] = True


def _represented(doc: Doc, a: Actor, words: ActorWords) -> bool:
    """Is ``a`` the person a lawyer acts for: ``a lawyer for (the) A`` or ``A's lawyer``?"""
    k = a.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 1 and doc[k].lower_ in ("for", "representing") and doc[k - 1].lower_ in words.counsel_nouns:
        return True
    return a.end + 1 < len(doc) and is_possessive_s(doc[a.end]) and doc[a.end + 1].lower_ in words.counsel_nouns


# ---------------------------------------------------------------- places
def find_places(doc: Doc, actors: list[Actor], taken: list[bool], words: ActorWords) -> None:
    """Places the model missed: ``Mesa, Ariz.``, ``the town of Hermel``, and a bare name the
    document already has as a place (``Worcester`` after the dateline ``WORCESTER``)."""
    _state_abbreviations(doc, actors, taken, words)
    _places_of(doc, actors, taken, words)
    _repeated_places(doc, actors, taken)


def _add_place(doc: Doc, actors: list[Actor], taken: list[bool], start: int, end: int, norm: dict,
               origin: str) -> None:
    actors.append(Actor(start, end, norm, origin, None, "place"))
    for k in range(start, end):
        taken[k] = True


def _state_abbreviations(doc: Doc, actors: list[Actor], taken: list[bool], words: ActorWords) -> None:
    """``Mesa, Ariz.``: the abbreviation after ``<place>, `` is the US state (its slug); the place
    before it too when the model missed it."""
    states = dict(w.split("=", 1) for w in words.us_state_abbreviations)
    location = {(a.norm.get("name") or "").lower(): a.norm for a in actors if a.norm["type"] == "location"}
    for tok in map(doc.__getitem__, text_positions(doc, states)):
        if tok.text not in states or tok.i < 2 or doc[tok.i - 1].text != ",":
            continue
        own = next((a for a in actors if a.start <= tok.i < a.end), None)
        if own is not None and (own.start, own.end, own.norm["type"]) != (tok.i, tok.i + 1, "location"):
            continue  # part of another mention ("Rep. Y, R-Texas")
        place = next((a for a in actors if a.end == tok.i - 1), None)
        if place is not None and place.norm["type"] != "location":
            continue
        before = doc[tok.i - 2]
        if place is None and not (before.is_title and before.pos_ == "PROPN" and not taken[before.i]
                                  and not before.is_sent_start):
            continue
        if place is None:
            _add_place(doc, actors, taken, before.i, before.i + 1,
                       make_norm(slugify(before.text), before.text, "location", "USA", False, None, "place"),
                       "rule:us-state-abbreviation")
        name = states[tok.text]
        norm = location.get(name.lower()) or make_norm(slugify(name), name, "location", "USA", False, None, "place")
        if own is not None:
            actors.remove(own)  # the model's "Ariz." (slug ariz) is the state
        _add_place(doc, actors, taken, tok.i, tok.i + 1, {**norm, "via": "abbreviation"}, "rule:us-state-abbreviation")


def _places_of(doc: Doc, actors: list[Actor], taken: list[bool], words: ActorWords) -> None:
    """``the town of Hermel``: one or two title-case words after ``<place noun> of``."""
    for tok in map(doc.__getitem__, positions(doc, words.place_nouns)):
        if tok.lower_ not in words.place_nouns or not tok.is_lower or tok.i + 2 >= len(doc) or \
                doc[tok.i + 1].lower_ != "of":
            continue
        start = end = tok.i + 2
        while end < len(doc) and end - start < 2 and doc[end].is_title and doc[end].pos_ == "PROPN" \
                and not taken[end]:
            end += 1
        if end == start or (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"):
            continue
        text = doc[start:end].text
        _add_place(doc, actors, taken, start, end,
                   make_norm(slugify(text), text, "location", None, False, None, "place"), "rule:place-of")


def _repeated_places(doc: Doc, actors: list[Actor], taken: list[bool]) -> None:
    """A one-word title-case name that the document has as a place elsewhere (the dateline
    ``WORCESTER``, ``the town of Hermel``) is that place, unless it opens a longer name."""
    places = {doc[a.start:a.end].text.lower(): a.norm for a in actors
              if a.norm["type"] == "location" and a.end - a.start == 1 and doc[a.start].is_alpha}
    for tok in map(doc.__getitem__, positions(doc, places)):
        norm = places.get(tok.lower_)
        if norm is None or taken[tok.i] or not tok.is_title or tok.pos_ != "PROPN":
            continue
        if (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].pos_ == "PROPN") or \
                (tok.i > 0 and doc[tok.i - 1].is_title and doc[tok.i - 1].pos_ == "PROPN" and not doc[tok.i - 1].is_sent_start) \
                or _based(doc, tok.i + 1):
            continue
        _add_place(doc, actors, taken, tok.i, tok.i + 1, {**norm, "via": "coref"}, "rule:repeated-place")


def _based(doc: Doc, end: int) -> bool:
    """``the Melbourne-based think tank``: the place only says where a body sits (no actor)."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based" and \
        doc[end - 1].whitespace_ == ""
