"""Collectives with no name of their own, for ``claims_actors`` (``actor_collectives.jsonl``).

``business groups`` (``deu-business-groups``, role ``DEUBUS``), ``western governments``
(``western-governments``, no country), ``the poorest countries``, ``creditors``, ``villagers``
(type group, as issue 12 has voters), ``two participants``, ``the media`` (type media): one group actor per wording,
with the type, role and country (the country in focus, or none) of its row. The span takes the
determiner, quantifier, number and modifiers before the noun; a possessive pronoun too
(``its member companies``), not a named possessor (``Germany's business groups``: Germany is a
mention of its own). No group for an apposition or a predicate (``Japan and Germany, two of the
largest creditors``; ``they are the poorest countries``): that names someone else.

``the far right`` is the one party the story calls far-right (``the far-right National Rally``,
``wing-labels``); with no such party, or two, it is no actor.

``the crowd`` after a group gathered in the story (``crowd-antecedents``: protesters,
supporters) is that group (``join_crowds``); with none before it, it is a crowd of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from pipeline.components.actor_model import APOSTROPHES, Actor, is_possessive_s, make_norm, previous_sentence_start
from pipeline.components.actor_party_owner import known_party
from pipeline.components.gazetteer import ROLE_TYPES, TYPES, ActorDictionaryError, ActorWords, slugify
from pipeline.ruledata import read_jsonl_rules
from pipeline.components.token_scan import positions, token_starts

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
    slug: str | None = None  # the id's word in place of the noun: "the jury" and "jurors" are one jury
    subject: bool = False  # only as a clause's subject: "the defense has said", not "the defense of Kyiv"
    vetoes: frozenset[str] = frozenset()  # words of another sense just before the noun: "sheriff's deputies"
    vetoes_after: frozenset[str] = frozenset()  # ... just after it: "the jury is still out"
    not_focus: frozenset[str] = frozenset()  # stories about these countries use the noun otherwise
    audience: frozenset[str] = frozenset()  # only as a subject or these verbs' addressee: "told a crowd"
    one_group: bool = False  # every wording is one group: "unions", "the main trade unions" (no modifier in the id)
    plural_owner: bool = False  # only after a plural noun's possessive, which joins the span: "victims' groups"
    sizes: frozenset[str] = frozenset()  # verbs that measure the noun with "at": "estimated the crowd at 8,000"


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
    for key in ("modified", "subject", "one_group", "plural_owner"):
        if not isinstance(row.get(key, False), bool):
            raise ActorDictionaryError(f"{where}: {key!r} must be true or false")
    slug = row.get("slug")
    if slug is not None and (not isinstance(slug, str) or slug != slugify(slug)):
        raise ActorDictionaryError(f"{where}: 'slug' must be a lower-case slug")
    return CollectiveRule(row["id"], nouns, atype, country, role, row.get("modified", False),
                          _words(row, "modifiers", where), _words(row, "determiners", where), slug,
                          row.get("subject", False), _words(row, "vetoes", where), _words(row, "vetoes_after", where),
                          frozenset(c.upper() for c in _words(row, "not_focus", where)), _words(row, "audience", where),
                          row.get("one_group", False), row.get("plural_owner", False), _words(row, "sizes", where))


@lru_cache(maxsize=8)
def load_collective_rules(path: Path) -> tuple[CollectiveRule, ...]:
    """The rows of ``actor_collectives.jsonl`` (none when a rules folder of an older release lacks it)."""
    if not path.is_file():
        return ()
    return tuple(_rule(row, f"{path}:{lineno}")
                 for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True))


def find_collectives(doc: Doc, actors: list[Actor], taken: list[bool], rules: tuple[CollectiveRule, ...],
                     focus: str | None, words: ActorWords, headline: list[bool] | None = None) -> None:
    """Add a group actor for each collective of a row (module doc) on words no actor holds
    (``words``: the lists ``collective-non-modifiers`` and ``possessive-pronouns``; ``headline``:
    the tokens of headline lines, where every word is capitalised: ``Face Senators’ Anger``)."""
    nouns = frozenset().union(*(r.nouns for r in rules)) if rules else frozenset()
    for a in [a for a in actors if _model_misread(doc, a, rules, nouns)]:
        actors.remove(a)  # the model's "MPs" (a person), "Jurors" (a place), "Riot" (police): the collective's words
        taken[a.start] = False
    for a in actors:  # the groups found just before hold their words too
        for k in range(a.start, a.end):
            taken[k] = True
    for tok in map(doc.__getitem__, positions(doc, nouns)):
        if tok.lower_ not in nouns or taken[tok.i] or not _written_as_noun(tok, headline):
            continue
        if _not_the_head(doc, tok.i) or _names_another(tok):
            continue
        start = tok.i if headline and headline[tok.i] and tok.is_title else \
            _span_start(doc, tok.i, taken, words.possessive_pronouns)  # "Face Senators’ Anger": no "Face"
        start = _owner_start(doc, start, taken, words.possessive_pronouns)
        mods = [t.lower_ for t in doc[start:tok.i] if (t.dep_ in MODIFIER_DEPS or _plural_owner(doc, t.i)) and
                t.is_alpha and not t.like_num and t.lower_ not in words.collective_non_modifiers and
                t.lower_ not in words.quantifiers]
        rule = next((r for r in rules if _fits(doc, r, tok, start, mods) and _not_vetoed(doc, r, tok.i, focus)), None)
        if rule is None:
            continue
        country = _place_country(tok, actors, words.group_place_preps) or focus
        norm = _norm(rule, [] if rule.one_group else mods, rule.slug or tok.lower_, country)
        actors.append(Actor(start, tok.i + 1, norm, f"rule:{rule.id}", tok.lower_, "group"))
        for k in range(start, tok.i + 1):
            taken[k] = True


def _place_country(tok, actors: list[Actor], preps: frozenset[str]) -> str | None:
    """The country of the one place named after the noun (``Victims' groups in Seoul``: KOR; ``preps``:
    the list ``group-place-preps``), or None."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps):
        objs = [c for c in prep.children if c.dep_ == "pobj" and not any(d.dep_ == "conj" for d in c.children)]
        place = next((a for a in actors for o in objs if a.start <= o.i < a.end and
                      a.norm.get("type") in ("location", "state")), None)
        if place is not None:
            return place.norm.get("country")
    return None


def _model_misread(doc: Doc, a: Actor, rules: tuple[CollectiveRule, ...], nouns: frozenset[str]) -> bool:
    """A one-word name of the model that is a collective's noun (``MPs``), or a row's modifier or
    plural possessor capitalised at a sentence start before the row's noun (``Riot police fired tear
    gas``, ``Hauliers' groups said``)."""
    if a.origin != "ner" or a.end - a.start != 1:
        return False
    tok = doc[a.start]
    if tok.lower_ in nouns:
        return True
    if tok.is_sent_start and _plural_owner(doc, a.start) and a.start + 2 < len(doc):
        return any(r.plural_owner and doc[a.start + 2].lower_ in r.nouns for r in rules)  # "Hauliers' groups"
    nxt = doc[a.start + 1] if a.start + 1 < len(doc) else None
    return tok.is_sent_start and nxt is not None and nxt.is_lower and \
        any(nxt.lower_ in r.nouns and tok.lower_ in r.modifiers for r in rules)


def _fits(doc: Doc, rule: CollectiveRule, tok, start: int, mods: list[str]) -> bool:
    if tok.lower_ not in rule.nouns or (rule.modified and not mods) or rule.plural_owner != _owned(doc, start, tok.i):
        return False
    if rule.subject and (tok.dep_ != "nsubj" or
                         tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"):
        return False  # "the defense of the city can wait": a defence of something, no team
    if rule.modifiers and not rule.modifiers & set(mods):
        return False
    if rule.audience and not _addressed(tok, rule.audience):
        return False  # "drew a crowd of 5,000": a size, no one acting
    if rule.sizes and _sized(tok, rule.sizes):
        return False  # "police estimated the crowd at 30,000": a size, no one acting
    first = start if rule.modified else tok.i - 1  # "the court martial": the determiner before the modifiers
    return not rule.determiners or (first >= 0 and doc[first].lower_ in rule.determiners)


def _plural_owner(doc: Doc, i: int) -> bool:
    """``victims'`` at ``i``: a plural common noun (lower case or opening its sentence) and the
    apostrophe that makes it a possessive."""
    tok = doc[i]
    return i + 1 < len(doc) and doc[i + 1].text in APOSTROPHES and tok.tag_ == "NNS" and \
        (tok.is_lower or tok.is_sent_start and tok.is_title)


def _owner_start(doc: Doc, start: int, taken: list[bool], pronouns: frozenset[str]) -> int:
    """The span's start with the plural possessor before it (``Truckers' groups``, ``crime victims'
    associations``), or ``start`` when there is none."""
    if start < 2 or taken[start - 2] or not _plural_owner(doc, start - 2):
        return start
    return _span_start(doc, start - 2, taken, pronouns)


def _owned(doc: Doc, start: int, i: int) -> bool:
    """The span of the noun at ``i`` holds a plural possessor just before it (:func:`_owner_start`)."""
    return start <= i - 2 and _plural_owner(doc, i - 2)


def _addressed(tok, verbs: frozenset[str]) -> bool:
    """The noun is a clause's subject (``a crowd gathered``) or the addressee of one of ``verbs``
    (``told a crowd``, ``spoke to a crowd``)."""
    if tok.dep_ == "nsubj":
        return True
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else tok.head
    return tok.dep_ in ("dobj", "dative", "pobj") and head.lemma_ in verbs


def _sized(tok, verbs: frozenset[str]) -> bool:
    """The noun is the object of one of ``verbs`` that puts a figure on it with ``at`` after it
    (``estimated the crowd at 30,000``, ``put the crowd at 12,000``; not ``put the crowd at risk``)."""
    head = tok.head
    return tok.dep_ == "dobj" and head.lemma_ in verbs and \
        any(c.lower_ == "at" and c.i > tok.i and any(t.like_num for t in c.subtree) for c in head.children)


VETO_REACH = 3  # words looked at on each side of the noun for a veto


def _not_vetoed(doc: Doc, rule: CollectiveRule, i: int, focus: str | None) -> bool:
    """The row's noun at ``i`` is meant in the row's sense: no veto word among the three words
    before it (``sheriff's deputies``, ``county deputies``: police) or after it (``the jury is
    still out``: an idiom), and the story is not about a country of ``not_focus`` (``deputies``
    in a US story are a sheriff's)."""
    if focus is not None and focus in rule.not_focus:
        return False
    before = {t.lower_ for t in doc[max(0, i - VETO_REACH):i]}
    after = {t.lower_ for t in doc[i + 1:i + 1 + VETO_REACH]}
    return not (rule.vetoes & before or rule.vetoes_after & after)


def _norm(rule: CollectiveRule, mods: list[str], noun: str, focus: str | None) -> dict:
    country = focus if rule.country == "focus" else None
    words = [*mods, noun]
    slug = slugify(" ".join(words))  # ASCII like every id: "Sámi villagers" -> sami-villagers
    actor_id = f"{country.lower()}-{slug}" if country else slug
    role = f"{country}{rule.role}" if country and rule.role else None
    norm = make_norm(actor_id, " ".join(words), rule.type, country, False, role, "group")
    return norm if country else {**norm, "country_source": "international"}  # no country in focus later


def _written_as_noun(tok, headline: list[bool] | None) -> bool:
    """A common noun as written: lower case; capitalised at a sentence start or in a headline; an
    acronym's plural (``MPs``). The tagger reads a capitalised plural as a name (NNP) at times."""
    capital = tok.is_sent_start and tok.is_title or bool(headline and headline[tok.i] and tok.is_title)
    if not (tok.is_lower or capital or _acronym_plural(tok.text)):
        return False
    return tok.tag_ in ("NNS", "NN", "NNPS") or tok.tag_ == "NNP" and tok.lower_.endswith("s") and \
        (capital or _acronym_plural(tok.text))


def headline_tokens(doc: Doc, lines: list[tuple[int, int]]) -> list[bool]:
    """Per token, does it stand in one of the headline lines (character ranges, in order)?"""
    out, k = [False] * len(doc), 0
    for i, idx in enumerate(token_starts(doc)):
        while k < len(lines) and lines[k][1] <= idx:
            k += 1
        out[i] = k < len(lines) and lines[k][0] <= idx
    return out


def _acronym_plural(text: str) -> bool:
    """``MPs``, ``MEPs``: the plural of an acronym, a plural noun written as one."""
    return len(text) > 2 and text.endswith("s") and text[:-1].isupper() and text[:-1].isalpha()


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
    while start < i and (doc[start].text == "-" or doc[start].dep_ == "advmod" and not doc[start + 1].like_num):
        start += 1  # no span opens on a hyphen or an adverb (but "about 2,500 troops")
    return start


# ---------------------------------------------------------------- party families
def find_party_families(doc: Doc, actors: list[Actor], taken: list[bool], families: dict[tuple[str, str], dict],
                        focus: str | None) -> None:
    """``the conservatives``, ``Conservatives`` in a story about Germany: the party of the family
    row for the country in focus (``families``: (word, country) -> the party's norm), with ``the``."""
    if focus is None:
        return
    _named_kin_parties(doc, actors, focus)
    _other_country_families(doc, actors, taken, families, focus)
    for tok in map(doc.__getitem__, positions(doc, {w for w, f in families if f == focus})):
        norm = families.get((tok.lower_, focus))
        if norm is None or taken[tok.i] or tok.tag_ not in ("NNS", "NNPS") or _not_the_head(doc, tok.i):
            continue
        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ == "the" and not taken[tok.i - 1] else tok.i
        if start == tok.i and tok.i > 0 and doc[tok.i - 1].pos_ in ("ADJ", "DET", "NUM"):
            continue  # "many conservatives", "young conservatives": people, not the party
        actors.append(Actor(start, tok.i + 1, {**norm, "via": "family"}, "rule:family", tok.lower_, "family"))
        for k in range(start, tok.i + 1):
            taken[k] = True


def _named_kin_parties(doc: Doc, actors: list[Actor], focus: str) -> None:
    """``the Social Democrats`` (Germany's SPD to the gazetteer) in a story about North Macedonia
    that names ``the Social Democratic Union of Macedonia``, with nothing German in its sentence: a foreign
    party matched by its plural name (:func:`_plural_party_name`) is the one party of the story whose
    name opens with those words (plural ``s`` off, each a start of the name's word), if there is one;
    the mentions that took their id from it follow."""
    moved: dict[str, dict] = {}
    for a in actors:
        words = _plural_party_name(doc, a)
        if not words or a.norm.get("country") == focus or _signed_in_sentence(doc, a, actors):
            continue
        kin = {b.norm["actor_id"]: b.norm for b in actors if b.norm["type"] == "organization"
               and b.norm.get("country") in (focus, None) and _opens_with(doc, b, words)}
        if len(kin) == 1:
            moved[a.norm["actor_id"]] = next(iter(kin.values()))
    for a in actors:
        if a.norm["actor_id"] in moved and (_plural_party_name(doc, a) or a.origin in _DERIVED):
            a.norm, a.origin = {**moved[a.norm["actor_id"]], "via": "coref"}, "rule:short-form"


def _signed_in_sentence(doc: Doc, a: Actor, actors: list[Actor]) -> bool:
    """Is another mention of ``a``'s country in its sentence (``Germany's Social Democrats``)?"""
    sent = doc[a.start].sent
    return any(b.norm["actor_id"] != a.norm["actor_id"] and b.norm.get("country") == a.norm.get("country")
               and sent.start <= b.start < sent.end
               for b in actors)


def _plural_party_name(doc: Doc, a: Actor) -> list[str]:
    """The words of a gazetteer party matched by a plural name of one or two words (``the Social
    Democrats``, ``Socialists``; not ``SPD``), lower case with ``the`` left out; else none."""
    start = a.start + (doc[a.start].lower_ == "the")
    role = a.norm.get("role") or ""
    if not a.norm["in_gazetteer"] or role[3:6] != "PTY" or not 1 <= a.end - start <= 2:
        return []
    words = [t.lower_ for t in doc[start:a.end]]
    last = doc[a.end - 1]
    if not all(t.is_title for t in doc[start:a.end]) or not words[-1].endswith("s") or last.is_upper:
        return []
    return words[:-1] + [words[-1][:-1]]


def _opens_with(doc: Doc, b: Actor, words: list[str]) -> bool:
    """Does the name of ``b`` (``the`` left out) have more words than ``words`` and open with
    words each starting with the matching one of ``words`` (``social democratic union`` with
    ``social democrat``)?"""
    start = b.start + (doc[b.start].lower_ == "the")
    name = [t.lower_ for t in doc[start:b.end]]
    return len(name) > len(words) and all(n.startswith(w) for n, w in zip(name, words))


def _other_country_families(doc: Doc, actors: list[Actor], taken: list[bool],
                            families: dict[tuple[str, str], dict], focus: str) -> None:
    """``the Republicans`` (the US party to the gazetteer, or a name the model found) in a story
    about France: the family row of the country in focus (Les Républicains) names it, with the
    ``the`` before a name the model found without it, and the mentions that took their id from it
    (``LR`` after ``the Republicans (LR)``) follow."""
    moved: dict[str, dict] = {}
    for a in actors:
        start = a.start + (doc[a.start].lower_ == "the")
        norm = families.get((" ".join(t.lower_ for t in doc[start:a.end]), focus)) if a.end - start <= 2 else None
        last = doc[a.end - 1]  # "the Christian Democrats" in a Dutch story: the CDA, not the CDU
        plural = last.tag_ in ("NNS", "NNPS") or last.tag_ == "NNP" and last.lower_.endswith("s")
        if norm is not None and plural and a.norm["type"] in ("organization", "group") \
                and (a.norm.get("country") != focus or not a.norm["in_gazetteer"]):  # "the Greens" the model found
            moved[a.norm["actor_id"]] = norm
            a.norm, a.origin = {**norm, "via": "family"}, "rule:family"
            _take_the(doc, a, taken)
    for a in actors:
        if a.norm["actor_id"] in moved and a.origin in _DERIVED:
            a.norm = {**moved[a.norm["actor_id"]], "via": "coref"}
        elif a.norm["type"] == "group" and a.origin in _DERIVED:
            _move_members(a, moved)


def _take_the(doc: Doc, a: Actor, taken: list[bool]) -> None:
    """Open a party's span on the free ``the`` before it (``the Socialists``, not ``Socialists``)."""
    if a.start > 0 and doc[a.start - 1].lower_ == "the" and not taken[a.start - 1]:
        a.start -= 1
        taken[a.start] = True


def _move_members(a: Actor, moved: dict[str, dict]) -> None:
    """``LR senators`` built on the US party that ``LR`` first stood for
    (``republican-party-senators``): the members of the party the family row names
    (``les-republicains-senators``, its country and role)."""
    old = next((k for k in moved if a.norm["actor_id"].startswith(k + "-")), None)
    if old is None:
        return
    party, rest = moved[old], a.norm["actor_id"][len(old):]
    a.norm = {**a.norm, "actor_id": party["actor_id"] + rest, "country": party.get("country"),
              "role": party.get("role"), "name": f"{party['name']} {rest[1:].replace('-', ' ')}"}


_DERIVED = ("rule:name-repeat", "rule:coref", "rule:short-form")

# ---------------------------------------------------------------- chambers of a legislature
RANKS = ("lower", "upper")


@dataclass(frozen=True)
class Chambers:
    """``actor_chambers.jsonl``: the phrases of each rank (``lower house``) and, per country, each
    rank's chamber (``(actor_id, name, names)``)."""
    phrases: dict[str, str]  # "lower house" -> "lower"
    countries: dict[str, dict[str, tuple[str, str, frozenset[str]]]]
    generic: dict[str, str] = field(default_factory=dict)  # "senate" -> "upper", for a focus with no row
    one_chamber: frozenset[str] = frozenset()  # "parliament": the lower rank's only where there is no Senate


def _chamber_row(row: dict, where: str) -> dict[str, tuple[str, str, frozenset[str]]]:
    out = {}
    for rank in RANKS:
        ch = row.get(rank)
        if not isinstance(ch, dict) or not isinstance(ch.get("actor_id"), str) or not isinstance(ch.get("name"), str):
            raise ActorDictionaryError(f"{where}: {rank!r} must hold 'actor_id', 'name' and 'names'")
        out[rank] = (ch["actor_id"], ch["name"], _words(ch, "names", where))
    return out


@lru_cache(maxsize=8)
def load_chambers(path: Path) -> Chambers:
    """The rows of ``actor_chambers.jsonl`` (none when a rules folder of an older release lacks it)."""
    phrases: dict[str, str] = {}
    generic: dict[str, str] = {}
    one_chamber: set[str] = set()
    countries: dict[str, dict[str, tuple[str, str, frozenset[str]]]] = {}
    rows = read_jsonl_rules(path, error=ActorDictionaryError, comments=True) if path.is_file() else []
    for lineno, row in rows:
        where = f"{path}:{lineno}"
        if "rank" in row:
            if row["rank"] not in RANKS:
                raise ActorDictionaryError(f"{where}: 'rank' must be 'lower' or 'upper'")
            phrases.update((p, row["rank"]) for p in _words(row, "phrases", where))
            generic.update((n, row["rank"]) for n in _words(row, "names", where) if "names" in row)
            one_chamber.update(_words(row, "one_chamber_names", where) if "one_chamber_names" in row else ())
        elif isinstance(row.get("country"), str) and len(row["country"]) == 3:
            countries[row["country"]] = _chamber_row(row, where)
        else:
            raise ActorDictionaryError(f"{where}: a row needs 'rank' or a 'country' (ISO alpha-3)")
    return Chambers(phrases, countries, generic, frozenset(one_chamber))


def find_chambers(doc: Doc, actors: list[Actor], taken: list[bool], chambers: Chambers, focus: str | None,
                  country_of_word: Callable[[str], str | None] = lambda w: None,
                  homes: dict[str, frozenset[str]] | None = None) -> None:
    """``the lower house``, ``the upper house``, ``National Assembly``, ``the Lords``: the chamber
    of the legislature of the country in focus (``actor_chambers.jsonl``; ``Peru's lower house``:
    of the country named); an actor already named so (``the Senate`` as the US Senate in a story
    about France) becomes that chamber, unless another country owns it (``Cambodia's Senate`` in a
    Thai story) or its own country is signed near it and the one in focus is not
    (:func:`signed_abroad`: ``aides in Washington said the Senate`` in a Chilean story)."""
    owners = {a.end + 1: a.norm["country"] for a in actors if a.norm["type"] in ("state", "government")
              and a.norm.get("country") and a.end < len(doc) and is_possessive_s(doc[a.end])}
    if focus is None and not owners:
        return
    norms = {rank: _chamber_norm(focus, chambers.countries.get(focus, {}).get(rank), rank) for rank in RANKS} \
        if focus else {}
    names = _focus_names(doc, actors, chambers, focus, norms, homes or {})
    for a in actors:  # "the Senate" (the US one), the model's "Lords" (an organisation)
        if (a.norm["type"] == "legislature" or a.origin == "ner") and _name_key(doc, a.start, a.end) in names \
                and owners.get(a.start, focus) == focus and not signed_abroad(doc, a, actors, focus, country_of_word):
            a.norm, a.origin = names[_name_key(doc, a.start, a.end)], "rule:chamber"
    for a in actors:
        _owned_chamber(doc, a, chambers)
    firsts = {key.split(" ")[0] for key in (*chambers.phrases, *names)}
    for tok in doc:
        if taken[tok.i] or (tok.lower_ not in firsts and " " not in tok.lower_):  # no key opens here
            continue
        found = _chamber_at(doc, tok.i, taken, names, chambers.phrases, owners)
        if found is not None:
            start, end, key = found
            rank = chambers.phrases.get(key)
            if start in owners:  # "Peru's lower house"
                norm = _chamber_norm(owners[start], chambers.countries.get(owners[start], {}).get(rank), rank)
            elif not norms:
                continue
            else:
                norm = norms[rank] if rank else names[key]
            actors.append(Actor(start, end, norm, "rule:chamber", doc[end - 1].lower_, "chamber"))
            for k in range(start, end):
                taken[k] = True


def _focus_names(doc: Doc, actors: list[Actor], chambers: Chambers, focus: str | None, norms: dict,
                 homes: dict[str, frozenset[str]]) -> dict:
    """The chamber names of the country in focus: its row's; with no row, the rank rows' ``names``
    (``the Senate`` in a story about Lesotho is its upper house) that the country has (``homes``:
    ``senate`` -> the countries with a Senate; no list: all; a ``one_chamber`` name, ``Parliament``,
    only where there is no Senate: the whole of two chambers is neither), unless the text names another
    country's body (or one of none) in full with that name (``the U.S. Senate``, ``the European
    Parliament``): the bare name may stand for it."""
    if focus is None:
        return {}
    if focus in chambers.countries:
        return {n: norms[rank] for rank, (_, _, ns) in chambers.countries[focus].items() for n in ns}
    full = {_name_key(doc, a.start, a.end) for a in actors if a.norm.get("country") != focus}
    two_chambers = homes.get("senate", frozenset())
    return {n: norms[rank] for n, rank in chambers.generic.items() if focus in homes.get(n, (focus,))
            and not (n in chambers.one_chamber and focus in two_chambers)
            and not any(k != n and k.endswith(" " + n) for k in full)}


SIGN_TYPES = ("state", "government", "legislature", "military", "location", "person")
SIGN_PLACE_PREPS = ("in", "at")  # a place signs a country where something happens there


def signed_abroad(doc: Doc, body: Actor, actors: list[Actor], focus: str | None,
                  country_of_word: Callable[[str], str | None] = lambda w: None) -> bool:
    """Is the body's own country (not the one in focus) signed in its sentence (else in the one
    before), and the country in focus not? A sign is another actor of a state's type, a place
    where something happens or a person with a country (``aides in Washington``, ``Sen. X
    (D-Ariz.)``; not a group that took the focus's country, not ``a trip to Washington``), or a
    title-case country word or demonym (``American``) outside the body; a word inside another
    mention (``American fund managers``) signs the country in focus only (``Chilean lawmakers``)."""
    own = body.norm.get("country")
    if not own or own == focus:
        return False
    sent = doc[body.start].sent
    for lo, hi in ((sent.start, sent.end), (previous_sentence_start(doc, body.start), sent.start)):
        signs, words_in_mentions = _country_signs(doc, body, actors, lo, hi, country_of_word)
        if signs or words_in_mentions:
            return own in signs and focus not in signs | words_in_mentions
    return False


def _country_signs(doc: Doc, body: Actor, actors: list[Actor], lo: int, hi: int,
                   country_of_word: Callable[[str], str | None]) -> tuple[set[str], set[str]]:
    """The countries signed in tokens ``lo:hi`` outside ``body`` (:func:`signed_abroad`), and
    those of country words inside other actor mentions."""
    inside = {i for a in actors if a is not body and lo <= a.start and a.end <= hi for i in range(a.start, a.end)}
    signs = {a.norm["country"] for a in actors if a is not body and lo <= a.start and a.end <= hi
             and a.norm["type"] in SIGN_TYPES and a.norm.get("country") and a.norm.get("via") != "group"
             and a.norm.get("country_source") != "focus" and a.norm["actor_id"] != body.norm["actor_id"]
             and (a.norm["type"] != "location" or a.start > 0 and doc[a.start - 1].lower_ in SIGN_PLACE_PREPS)}
    words = {t.i: country_of_word(t.text) for t in doc[lo:hi]
             if (t.is_title or t.is_upper) and t.is_alpha and not body.start <= t.i < body.end}
    signs |= {c for i, c in words.items() if i not in inside}
    return signs - {None}, {c for i, c in words.items() if i in inside} - {None}


def _owned_chamber(doc: Doc, a: Actor, chambers: Chambers) -> None:
    """A legislature written with its country's possessive (``Mexico's Senate``, ``Mexico's lower
    house``) is the chamber of that country's row, as ``the Senate`` later in the text is."""
    owned = a.norm["type"] == "legislature" and a.norm.get("country") in chambers.countries
    cut = next((k for k in range(a.start, a.end - 1) if is_possessive_s(doc[k])), None) if owned else None
    if cut is None:
        return
    rows = chambers.countries[a.norm["country"]]
    key = " ".join(t.lower_ for t in doc[cut + 1:a.end])
    rank = chambers.phrases.get(key) or next((r for r, (_, _, ns) in rows.items() if key in ns), None)
    if rank is not None:
        a.norm, a.origin = _chamber_norm(a.norm["country"], rows[rank], rank), "rule:chamber"


def _chamber_norm(country: str, chamber: tuple[str, str, frozenset[str]] | None, rank: str) -> dict:
    if chamber is None:  # no row: the lower chamber is the legislature, the upper one of its own
        chamber = (f"{country}LEG", f"{country} legislature", frozenset()) if rank == "lower" else \
            (f"{country.lower()}-upper-house", f"{country} upper house", frozenset())
    return make_norm(chamber[0], chamber[1], "legislature", country, True, f"{country}LEG", "chamber")


def _name_key(doc: Doc, start: int, end: int) -> str:
    """The words of a mention in lower case, without a leading ``the``."""
    if doc[start].lower_ == "the":
        start += 1
    return " ".join(t.lower_ for t in doc[start:end])


def _chamber_at(doc: Doc, i: int, taken: list[bool], names: dict, phrases: dict[str, str], owners: dict[int, str]):
    """The chamber mention opening at token ``i`` (``the lower house``, ``Peru's lower house``;
    ``National Assembly``): its start, end and words; None when none does."""
    for n in (3, 2, 1):
        end = i + n
        if end > len(doc) or any(taken[k] for k in range(i, end)) or \
                (end < len(doc) and (doc[end].is_title or doc[end].lower_ == "of" or doc[end].pos_ == "NOUN")):
            continue
        key = " ".join(t.lower_ for t in doc[i:end])
        the = i > 0 and doc[i - 1].lower_ == "the" and not taken[i - 1]
        if key in phrases and (the or i in owners) and all(t.is_lower for t in doc[i:end]):
            return (i if i in owners else i - 1), end, key
        if key in names and all(t.is_title or not t.is_alpha or t.lower_ == "of" for t in doc[i:end]) and \
                not (i > 0 and doc[i - 1].is_title and not doc[i - 1].is_sent_start and doc[i - 1].lower_ != "the"):
            return (i - 1 if the else i), end, key
    return None


CROWD_WORDS = ("crowd",)


def join_crowds(doc: Doc, actors: list[Actor], antecedents: frozenset[str]) -> None:
    """``the crowd`` takes the id of the last group before it whose head noun is one of
    ``antecedents`` (``Hundreds of protesters ... the crowd``): one pass over the actors in order."""
    last = None
    for a in sorted(actors, key=lambda a: a.start):
        if a.norm["type"] == "group" and a.head in antecedents:
            last = a
        elif last is not None and a.head in CROWD_WORDS and a.end - a.start == 2 and doc[a.start].lower_ == "the":
            a.norm = {**last.norm, "via": "coref"}


def find_wing_parties(doc: Doc, actors: list[Actor], taken: list[bool], labels: frozenset[str]) -> None:
    """``the far right`` after ``the far-right National Rally``: that party (module doc)."""
    labelled: dict[str, set[str]] = {}
    norms: dict[str, dict] = {}
    for a in actors:
        label = _wing_label(doc, a.start, labels) if a.norm["type"] == "organization" else None
        if label:
            labelled.setdefault(label, set()).add(a.norm["actor_id"])
            norms[label] = a.norm
    if not labelled:
        return
    for i in range(1, len(doc) - 1):
        label = f"{doc[i].lower_} {doc[i + 1].lower_}"
        if doc[i - 1].lower_ != "the" or len(labelled.get(label, ())) != 1 or any(taken[i - 1:i + 2]):
            continue
        if i + 2 < len(doc) and (doc[i + 2].pos_ in ("NOUN", "PROPN") or doc[i + 2].text == "-"):
            continue  # "the far right wing", "the far-right party": not the bare label
        actors.append(Actor(i - 1, i + 2, {**norms[label], "via": "coref"}, "rule:wing-label", doc[i + 1].lower_,
                            "description"))
        taken[i - 1:i + 2] = [True] * 3


def find_described_families(doc: Doc, actors: list[Actor], taken: list[bool], nouns: frozenset[str],
                            focus: str | None) -> None:
    """``the conservatives`` after ``the conservative People's Party`` (no family row for the
    country): the one party of the story (of the country in focus) that the family's word
    describes (:func:`_family_parties`); none or two such parties: no actor."""
    for tok in map(doc.__getitem__, positions(doc, nouns)):
        i = tok.i
        if taken[i] or i == 0 or doc[i - 1].lower_ != "the" or taken[i - 1] or tok.tag_ not in ("NNS", "NNPS") \
                or _not_the_head(doc, i):
            continue
        parties = _family_parties(doc, actors, tok.lower_[:-1], focus)
        if len(parties) == 1:
            norm = next(iter(parties.values()))
            actors.append(Actor(i - 1, i + 1, {**norm, "via": "coref"}, "rule:family-word", tok.lower_, "description"))
            taken[i - 1:i + 1] = [True, True]


def type_family_names(doc: Doc, actors: list[Actor], taken: list[bool], nouns: frozenset[str]) -> None:
    """``the Greens``, ``The Conservatives``: a title-case party family noun (``party-family-nouns``) the
    model found alone, that no family row or described party resolved, is a party: an organization (the
    golds, 12 of 12), with the ``the`` before it; not a group of people (``many conservatives``, ``most
    Greens``: a count or a modifier before it, as :func:`find_party_families` reads it)."""
    for a in actors:
        first = a.start + (doc[a.start].lower_ == "the")
        tok = doc[a.end - 1]
        counted = first == a.start and a.start > 0 and doc[a.start - 1].pos_ in ("ADJ", "DET", "NUM") and \
            doc[a.start - 1].lower_ != "the"
        if a.origin == "ner" and a.norm["type"] == "group" and not a.norm["in_gazetteer"] and \
                a.end - first == 1 and tok.is_title and tok.lower_ in nouns and not counted:
            a.norm, a.category = {**a.norm, "type": "organization"}, "organization"
            _take_the(doc, a, taken)


def _family_parties(doc: Doc, actors: list[Actor], stem: str, focus: str | None) -> dict[str, dict]:
    """The parties known by role or name (:func:`known_party`) of ``focus`` or of no country yet (any,
    without a focus) that a mention names with ``stem`` (``Conservative Party``, ``the Greens``; not
    ``Liberal Democratic Party``) or follows right after (``the conservative People's Party``), by id."""
    out = {}
    for a in actors:
        if not known_party(a) or focus is not None and a.norm.get("country") not in (None, focus):
            continue
        named = any(t.is_title and (t.lower_ == stem + "s" or t.lower_ == stem and t.i + 1 < a.end
                                    and doc[t.i + 1].lower_ == "party") for t in doc[a.start:a.end])
        if named or a.start > 0 and doc[a.start - 1].lower_ == stem:
            out[a.norm["actor_id"]] = a.norm
    return out


def _wing_label(doc: Doc, start: int, labels: frozenset[str]) -> str | None:
    """``far right`` when ``far-right`` or ``far right`` stands right before the name at ``start``."""
    words = [t.lower_ for t in doc[max(0, start - 3):start] if t.text != "-"]
    label = " ".join(words[-2:])
    return label if label in labels else None
