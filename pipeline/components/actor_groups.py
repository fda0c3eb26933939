"""Group actors and descriptions that refer back, for ``claims_actors``.

- Party groups (``actor_groups.jsonl``): ``Democratic lawmakers`` / ``House Democrats`` ->
  ``USALEGDEM`` (type group, role ``USALEG``, ``party: DEM``); ``GOP leaders`` -> ``USAPTYREP``;
  ``voters``, ``protesters`` -> ``<country in focus>-voters``.
- A person's following: ``Kerrigan's campaign``, ``the Kerrigan campaign``, ``her campaign`` ->
  ``<person id>-campaign`` (organization, role ``<country>ELC``); ``X's team`` -> ``<id>-team``;
  ``X supporters`` / ``supporters of X`` -> ``<id>-supporters`` (group).
- Descriptions (``actor_descriptions.jsonl`` and the ``nouns`` of ``actor_titles.jsonl``):
  ``the senator`` -> the nearest earlier person titled senator; ``the bureau`` -> the nearest
  earlier actor whose name holds ``Bureau`` (the FBI); ``the broadcaster`` -> the nearest
  earlier media actor.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, make_norm
from pipeline.components.actor_people import Person, first_name_gender
from pipeline.components.gazetteer import ROLE_TYPES, Description, GroupWords, Title

FOLLOWING = {"campaign": ("campaign", "organization", "ELC"), "team": ("campaign", "organization", "ELC"),
             "administration": ("administration", "government", "GOV"),
             "government": ("administration", "government", "GOV"),
             "supporters": ("supporters", "group", None), "backers": ("supporters", "group", None),
             "allies": ("allies", "group", None)}
PRONOUN_GENDER = {"her": "female", "his": "male"}
POSSESSIVE = ("'s", "’s", "'", "’")
PARTY_ORGS = {"democratic-party", "republican-party"}


class GroupLexicon(NamedTuple):
    party: dict[str, GroupWords]
    members: dict[str, GroupWords]
    chamber: dict[str, GroupWords]
    public: set[str]

    @classmethod
    def build(cls, rows: list[GroupWords]) -> GroupLexicon:
        by_kind: dict[str, dict[str, GroupWords]] = {"party": {}, "members": {}, "chamber": {}, "public": {}}
        for row in rows:
            for word in row.words:
                by_kind[row.kind].setdefault(word, row)
        return cls(by_kind["party"], by_kind["members"], by_kind["chamber"], set(by_kind["public"]))


def find_groups(doc: Doc, actors: list[Actor], lex: GroupLexicon, focus: str | None,
                group_nouns: frozenset[str] = frozenset()) -> None:
    """Add party groups and public groups; a party or chamber actor inside a group gives way."""
    i = 0
    while i < len(doc):
        found = _party_group(doc, i, lex)
        party = found is not None
        found = found or _public_group(doc, i, lex, focus) or _noun_group(doc, i, group_nouns, focus)
        if found is None:
            i += 1
            continue
        start, end, norm, origin = found
        inner = [a for a in actors if a.start < end and start < a.end]
        if all(start <= a.start and a.end <= end and party and _gives_way(a) for a in inner):
            for a in inner:
                actors.remove(a)
            actors.append(Actor(start, end, norm, origin, doc[end - 1].lower_, "group"))
        i = end


def _gives_way(a: Actor) -> bool:
    """Party names, chambers and NER pieces inside a group phrase are part of the group."""
    return a.norm["type"] not in ("person", "state") or a.category == "demonym"


def _party_group(doc: Doc, i: int, lex: GroupLexicon):
    """``Democratic lawmakers``, ``GOP leaders``, ``House Democrats``, ``Senate Republicans``."""
    tok = doc[i]
    party = lex.party.get(tok.lower_) if (tok.is_title or tok.is_upper) else None
    if party is not None and i + 1 < len(doc) and doc[i + 1].lower_ in lex.members and doc[i + 1].is_lower:
        members = lex.members[doc[i + 1].lower_]
        return _group_span(doc, i, i + 2, party, members.role or "PTY", doc[i + 1].lower_)
    chamber = lex.chamber.get(tok.lower_) if tok.is_title or tok.lower_ == "congressional" else None
    if chamber is not None and i + 1 < len(doc) and doc[i + 1].tag_ in ("NNPS", "NNP", "NNS") \
            and doc[i + 1].lower_ in lex.party and doc[i + 1].lower_.endswith(("s", "gop")):
        return _group_span(doc, i, i + 2, lex.party[doc[i + 1].lower_], chamber.role or "LEG", "members")
    return None


def _group_span(doc: Doc, start: int, end: int, party: GroupWords, role: str, noun: str):
    country = party.country
    code = f"{country}{role}{party.party}" if role in ("LEG", "PTY") else \
        f"{country}-{party.party}-{noun}".lower()
    name = f"{doc[start:end].text}"
    norm = make_norm(code, name, "group", country, True, f"{country}{role}", "group")
    norm["party"] = party.party
    return start, end, norm, f"rule:{party.id}"


def _public_group(doc: Doc, i: int, lex: GroupLexicon, focus: str | None):
    """``voters``, ``the protesters``: a group of the country in focus."""
    tok = doc[i]
    if tok.lower_ not in lex.public or not (tok.is_lower or tok.is_sent_start) or \
            tok.pos_ not in ("NOUN", "PROPN") or (tok.pos_ == "PROPN" and not tok.is_sent_start):
        return None
    if i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN"):
        return None
    start = i - 1 if i > 0 and doc[i - 1].lower_ == "the" else i
    country = focus
    actor_id = f"{country.lower()}-{tok.lemma_.lower()}s" if country else f"{tok.lemma_.lower()}s"
    norm = make_norm(actor_id, tok.lower_, "group", country, False, None, "group")
    return start, i + 1, norm, "rule:public"


def _noun_group(doc: Doc, i: int, nouns: frozenset[str], focus: str | None):
    """``reporters``, ``union members``, ``two congressional aides``: a group of people, with its
    modifiers, of the country in focus."""
    tok = doc[i]
    if tok.lower_ not in nouns:
        return None
    if any(c.dep_ == "poss" for c in tok.children):
        return None  # "its own soldiers", "Iran's fighters": someone else's people
    if tok.tag_ not in ("NNS", "NNPS") or \
            (tok.is_title and not tok.is_sent_start) or \
            (i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN")):
        return None
    start = i
    while start > 0 and i - start < 3 and doc[start - 1].head.i == i and \
            doc[start - 1].dep_ in ("amod", "compound", "nummod", "det") and not doc[start - 1].is_punct:
        start -= 1
    words = [t.lemma_.lower() for t in doc[start:i] if t.dep_ in ("amod", "compound")] + [tok.lower_]
    slug = "-".join(w for w in words if w.isalpha())
    actor_id = f"{focus.lower()}-{slug}" if focus else slug
    norm = make_norm(actor_id, " ".join(words), "group", focus, False, None, "group")
    return start, i + 1, norm, "rule:group-noun"


# ---------------------------------------------------------------- a person's following
def find_following(doc: Doc, actors: list[Actor], taken: list[bool], people: list[Person]) -> None:
    """``Kerrigan's campaign``, ``the Kerrigan campaign``, ``her campaign``, ``X supporters``."""
    person_at = {a.end: a for a in actors if a.norm["type"] == "person"}
    for tok in doc:
        kind = FOLLOWING.get(tok.lower_)
        if kind is None or taken[tok.i] or tok.i == 0 or \
                (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN"):  # "X's campaign manager"
            continue
        owner, start = _owner(doc, tok.i, person_at, people)
        if owner is None:
            continue
        suffix, atype, role = kind
        base = owner
        country = base.get("country")
        norm = make_norm(f"{base['actor_id']}-{suffix}", f"{base['name']} {suffix}", atype, country,
                         False, f"{country}{role}" if role and country else None, "group")
        inner = [a for a in actors if start <= a.start and a.end <= tok.i + 1]
        for a in inner:  # "the Whitfield campaign" is one mention, of the campaign
            actors.remove(a)
        if start > 0 and doc[start - 1].lower_ == "the" and not taken[start - 1] and inner:
            start -= 1
        actors.append(Actor(start, tok.i + 1, norm, "rule:following", tok.lower_, "group"))
        for k in range(start, tok.i + 1):
            taken[k] = True


def _owner(doc: Doc, i: int, person_at: dict[int, Actor], people: list[Person]) -> tuple[dict | None, int]:
    """The norm of the person whose following token ``i`` names, and the start of the mention."""
    prev, word = doc[i - 1], doc[i].lower_
    if prev.lower_ in POSSESSIVE and (i - 1) in person_at:  # "Kerrigan's campaign"
        return person_at[i - 1].norm, person_at[i - 1].start
    if i in person_at:  # "the Kerrigan campaign", "Kerrigan supporters"
        return person_at[i].norm, person_at[i].start
    if prev.lower_ in PRONOUN_GENDER and word in ("campaign", "team"):  # "her campaign"
        owner = _nearest_by_gender(people, i, PRONOUN_GENDER[prev.lower_])
        return (owner.mentions[0].actor.norm if owner else None), i - 1
    if word in ("supporters", "backers", "allies") and i + 2 < len(doc) and doc[i + 1].lower_ == "of":
        after = next((a for a in person_at.values() if a.start == i + 2), None)
        return (after.norm if after else None), i  # "supporters of Kerrigan"
    return None, i


def _nearest_by_gender(people: list[Person], i: int, gender: str) -> Person | None:
    best, best_start = None, -1
    for p in people:
        g = p.gender or first_name_gender(p.key.first)
        if g not in (None, gender):
            continue
        starts = [m.actor.start for m in p.mentions if m.actor.start < i]
        if starts and max(starts) > best_start:
            best, best_start = p, max(starts)
    return best


# ---------------------------------------------------------------- descriptions
def describe(doc: Doc, the: int, head: int, actors: list[Actor], people: list[Person],
             descriptions: list[Description], titles: dict[str, Title],
             office_holder: Callable[[str], dict | None]) -> dict | None:
    """The norm of the actor that ``doc[the:head + 1]`` (``the senator``) refers back to: an
    earlier person with that title, else the office's holder in the country in focus on the
    publication date (``the president``), else the nearest earlier actor the description fits."""
    phrase = " ".join(t.lower_ for t in doc[the + 1:head + 1] if t.lower_ != "own")
    person = _described_person(phrase, the, people, titles)
    if person is not None:
        return {**person.mentions[0].actor.norm, "via": "coref"}
    holder = office_holder(phrase)
    if holder is not None:
        return {**holder, "via": "office"}
    for desc in descriptions:
        if phrase in desc.nouns:
            earlier = [a for a in actors if a.end <= the and _fits(a, desc)]
            if earlier:
                return {**max(earlier, key=lambda a: a.start).norm, "via": "coref"}
    return None


def _described_person(phrase: str, before: int, people: list[Person], titles: dict[str, Title]) -> Person | None:
    best, best_start = None, -1
    for p in people:
        if phrase not in p.nouns(titles):
            continue
        starts = [m.actor.start for m in p.mentions if m.actor.start < before]
        if starts and max(starts) > best_start:
            best, best_start = p, max(starts)
    return best


def _fits(a: Actor, desc: Description) -> bool:
    norm = a.norm
    if norm["type"] in ("location", "person", "people", "state"):
        return False
    name = (norm.get("name") or "").lower().split()
    role = norm.get("role") or ""
    return any(w in name for w in desc.name_words) or norm["type"] in desc.types or \
        any(role[3:6] == r for r in desc.roles if r in ROLE_TYPES)
