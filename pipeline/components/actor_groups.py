"""Group actors and descriptions that refer back, for ``claims_actors``.

- Party groups (``actor_groups.jsonl``): ``Democratic lawmakers`` -> ``usa-dem-lawmakers``,
  ``House Democrats`` -> ``usa-dem-house-members`` (two groups; type group, role ``USALEG``,
  ``party: DEM``); ``GOP leaders`` -> ``usa-rep-leaders`` (role ``USAPTY``);
  ``voters``, ``protesters`` -> ``<country in focus>-voters``; words of one ``synonyms`` row
  are one group (``the demonstrators`` are ``<focus>-protesters``).
- A person's following: ``Kerrigan's campaign``, ``the Kerrigan campaign``, ``her campaign`` ->
  ``<person id>-campaign`` (organization, role ``<country>ELC``); ``X's team`` -> ``<id>-team``;
  ``her aides``, ``Vogel's advisers`` -> ``<id>-aides`` (group, the person's role);
  ``X supporters`` / ``supporters of X`` -> ``<id>-supporters`` (group).
- Descriptions (``actor_descriptions.jsonl`` and the ``nouns`` of ``actor_titles.jsonl``):
  ``the senator`` -> the nearest earlier person titled senator; ``the bureau`` -> the nearest
  earlier actor whose name holds ``Bureau`` (the FBI); ``the broadcaster`` -> the nearest
  earlier media actor.
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Callable, Iterator, NamedTuple

from spacy.tokens import Doc, Span, Token

from pipeline.components.actor_apposed_bodies import apposed_before
from pipeline.components.actor_country_offices import office_antecedent
from pipeline.components.actor_capitals import capital_ids
from pipeline.components.actor_desc_guards import rival_body_named
from pipeline.components.actor_desc_synonyms import synonym_body
from pipeline.components.actor_office_synonyms import OfficeSynonym, former_holder, load_office_synonyms, \
    synonym_holder
from pipeline.components.actor_group_senses import GroupSenses, thing_sense
from pipeline.components.actor_cities import dateline_start
from pipeline.components.actor_focus_country import focus_first
from pipeline.components.actor_eras import EraText, EraWords, another_body_post, era_norm, era_word
from pipeline.components.actor_model import (PLACE_TYPES, POSSESSIVE_ENDS, Actor, is_partitive, is_possessive, make_norm,
                                            previous_sentence_start)
from pipeline.components.actor_kin import inside_quote
from pipeline.components.actor_kinds import LONE_WINDOW, lone_candidate
from pipeline.components.actor_reporter_bodies import reporter_body
from pipeline.components.actor_role_intros import introduced_later
from pipeline.components.actor_name_heads import BODY_TYPES, name_headed, paragraphs_between
from pipeline.components.actor_party_owner import (PartyWords, affiliated_party, head_party, led_party, modified_party,
                                                   near_said_party, party_of_person, possessed_party, recent_party,
                                                   said_party, titled_party)
from pipeline.components.actor_post_owners import earlier_bare, owned_post_only
from pipeline.components.actor_place_readings import beyond_capital_seats, sole_settlement
from pipeline.components.actor_people import (Person, body_titled, is_first_name, gender_fits, named_with, nearest_before,
                                              only_former, person_starts, rival_window, rivalled)
from pipeline.components.actor_unnamed import described_unnamed
from pipeline.components.date_rules import is_date_word
from pipeline.components.gazetteer import ROLE_TYPES, SEAT_NOUNS, Description, GroupWords, Title, slugify, \
    subdivision_countries, subdivision_kinds
from pipeline.components.token_scan import positions

FOLLOWING = {"campaign": ("campaign", "organization", "ELC"), "team": ("campaign", "organization", "ELC"),
             "aides": ("aides", "group", "OWNER"), "advisers": ("aides", "group", "OWNER"),
             "advisors": ("aides", "group", "OWNER"),  # a person's aides: the person's role
             "administration": ("administration", "government", "GOV"),
             "government": ("administration", "government", "GOV"),
             "cabinet": ("cabinet", "government", "GOV"),
             "supporters": ("supporters", "group", None), "backers": ("supporters", "group", None),
             "allies": ("allies", "group", None),
             "caucus": ("caucus", "group", "OWNER")}  # a legislator's caucus: her party's members of her chamber
_FOLLOWING_WORDS = frozenset(FOLLOWING)
PRONOUN_GENDER = {"her": "female", "his": "male"}
PRONOUN_OWNED = ("campaign", "team", "cabinet", "aides", "advisers", "advisors", "caucus",  # "her campaign", "his aides"
                 "supporters", "backers", "allies")  # "her supporters", "his allies": the nearest person's
LEGISLATORS_ONLY = ("caucus",)  # "her caucus": the nearest legislator's (role ...LEG)
OWN_BODY = {"administration": "administration", "government": "administration", "cabinet": "cabinet",
            "campaign": "campaign"}  # "the administration" after "the Pryce administration"


class GroupLexicon(NamedTuple):
    party: dict[str, GroupWords]
    members: dict[str, GroupWords]
    chamber: dict[str, GroupWords]
    public: set[str]
    quantifiers: frozenset[str] = frozenset()  # "few", "other": some of a party's people
    synonyms: dict[str, str] | None = None  # "demonstrators" -> "protesters": one group in a story

    @classmethod
    def build(cls, rows: list[GroupWords], quantifiers: frozenset[str] = frozenset()) -> GroupLexicon:
        by_kind: dict[str, dict[str, GroupWords]] = {"party": {}, "members": {}, "chamber": {}, "public": {},
                                                     "family": {}, "synonyms": {}}  # families: actor_collectives.py
        for row in rows:
            for word in row.words:
                by_kind[row.kind].setdefault(word, row)
        synonyms = {word: row.words[0] for word, row in by_kind["synonyms"].items()}
        return cls(by_kind["party"], by_kind["members"], by_kind["chamber"], set(by_kind["public"]), quantifiers,
                   synonyms)


class GroupNouns(NamedTuple):
    """Word lists of ``actor_words.jsonl`` for groups of people: ``plain`` (voters, economists),
    ``modified`` (only with a modifier: union members), ``opposition`` (the opposition),
    ``informants`` (``familiar with`` in ``people familiar with the matter``)."""
    plain: frozenset[str] = frozenset()
    modified: frozenset[str] = frozenset()
    opposition: frozenset[str] = frozenset()
    informants: frozenset[str] = frozenset()
    quantifiers: frozenset[str] = frozenset()  # "several", "hundreds": they count, no part of an id
    signing: frozenset[str] = frozenset()  # "sign": "a letter signed by 40 economists" makes no group
    stateless: frozenset[str] = frozenset()  # "diplomats", "analysts": no country from the focus alone
    bodies: frozenset[str] = frozenset()  # "union": "the farmers' union" is a body, no group of farmers
    institutions: frozenset[str] = frozenset()  # "school districts": a sector's institutions as a group
    senses: GroupSenses = GroupSenses({})  # "the main drivers of inflation": a noun's sense that is no people
    country_of: Callable[[str], str | None] | None = None  # "Israeli" -> ISR: a demonym's or country's
    foreign: frozenset[str] = frozenset()  # "migrants": "migrants from Eritrea" are of the from-phrase's country
    sponsors: frozenset[str] = frozenset()  # "trained": "Indian-trained pilots" are not India's
    counted: frozenset[str] = frozenset()  # "soldiers": a group only when a number counts them
    keeping: frozenset[str] = frozenset()  # "keep", "deploy": "keeps 80 soldiers" are the keeper's forces
    partitive: frozenset[str] = frozenset()  # "members": "four of its members" is no group


INFORMANT_HEADS = ("people", "persons", "individuals")


QUOTES = ('"', "“", "'", "‘")
OWNER_PRONOUNS = ("its", "their", "our")  # "its workers", "their supporters", "our members": the body's or speaker's
#: "the court, whose nine justices", "the union, whose members": the body's people, the pronoun outside the span
RELATIVE_OWNERS = ("whose",)


def find_groups(doc: Doc, actors: list[Actor], lex: GroupLexicon, focus: str | None,
                nouns: GroupNouns = GroupNouns(), headline: list[bool] | None = None) -> None:
    """Add party groups and public groups; a party or chamber actor inside a group gives way
    (``headline``: the tokens of headline lines, where a group noun is capitalised)."""
    starts = set(lex.party) | set(lex.chamber) | lex.public | nouns.plain | nouns.modified | nouns.opposition | nouns.counted | \
        set(INFORMANT_HEADS) | {p.split()[-1] for p in nouns.institutions}
    informed_from = _first_informants(doc, nouns.informants)
    i = 0
    while i < len(doc):
        if doc[i].lower_ not in starts:
            i += 1
            continue
        found = _party_group(doc, i, lex) or _bare_party_plural(doc, i, lex, focus)
        party = found is not None
        found = found or _public_group(doc, i, lex, focus) or _populace(doc, i, focus, informed_from) or \
            noun_group(doc, i, nouns, focus, headline) or \
            _opposition(doc, i, nouns.opposition, focus) or _informants(doc, i, nouns.informants)
        if found is None:
            i += 1
            continue
        start, end, norm, origin = found
        _synonym_id(norm, doc[end - 1].lower_, lex.synonyms)
        inner = [a for a in actors if a.start < end and start < a.end]
        if all(start <= a.start and a.end <= end and party and _gives_way(a) for a in inner):
            for a in inner:
                actors.remove(a)
            actors.append(Actor(start, end, norm, origin, doc[end - 1].lower_, "group"))
        i = end


def _synonym_id(norm: dict, noun: str, synonyms: dict[str, str] | None) -> None:
    """``legislators`` after ``lawmakers``, ``principlist legislators`` after ``Principlist lawmakers``:
    ``demonstrators`` after ``protesters``: a group whose id is or ends in a word of one ``synonyms``
    row takes the row's first word."""
    same = (synonyms or {}).get(noun, noun)
    if same != noun and (norm["actor_id"] == noun or norm["actor_id"].endswith(f"-{noun}")):
        norm["actor_id"] = norm["actor_id"][: -len(noun)] + same


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
        return _group_span(doc, i, i + 2, lex.party[doc[i + 1].lower_], chamber.role or "LEG",
                           f"{tok.lower_}-members")
    return _counted_members(doc, i, lex, party)


def _counted_members(doc: Doc, i: int, lex: GroupLexicon, party: GroupWords | None):
    """``the three other Democrats``, ``few Republicans``: some of the party's people, counted,
    a group of their own (not the party)."""
    tok = doc[i]
    if party is None or not tok.lower_.endswith("s") or i == 0:
        return None
    start, mods = _modifiers(doc, i)
    counted = [t for t in doc[start:i] if t.like_num or t.lower_ in lex.quantifiers]
    if not counted and i > 0 and doc[i - 1].lower_ in lex.quantifiers:
        start, counted = i - 1, [doc[i - 1]]
    if not counted:
        return None
    start = _number_adverb(doc, start)
    words = [t.lower_ for t in doc[start:i] if t.is_alpha and t.lower_ in COUNTED_KEPT]  # "other": other people
    return _group_span(doc, start, i + 1, party, "PTY", "-".join([*words, tok.lower_]))


def _bare_party_plural(doc: Doc, i: int, lex: GroupLexicon, focus: str | None):
    """``Democrats``, ``the Republicans`` in a story of the party's country: the party's people, the
    group ``Several Democrats`` also names (``usa-dem-democrats``), not the party (``the Democratic
    Party``). Not the adjective, not a longer name (``Social Democrats``), not ``GOP``."""
    tok = doc[i]
    party = lex.party.get(tok.lower_) if tok.is_title else None
    if party is None or not tok.lower_.endswith("s") or tok.tag_ not in ("NNPS", "NNS", "NNP"):
        return None
    if focus not in (None, party.country):  # "the Republicans" of a French story are Les Républicains
        return None
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and not prev.is_sent_start and (prev.is_title or prev.is_upper) and prev.lower_ != "the":
        return None  # "Social Democrats", "Sweden Democrats", "Senate Republicans"
    if i + 1 < len(doc) and doc[i + 1].lower_ in lex.members and doc[i + 1].is_lower:
        return None
    start = i - 1 if prev is not None and prev.lower_ == "the" else i
    return _group_span(doc, start, i + 1, party, "PTY", tok.lower_)


COUNTED_KEPT = ("other",)  # "the three other Democrats" are not the Democrats; "Several Democrats" are


def counts(tok, quantifiers: frozenset[str]) -> bool:
    """Does the word count the group rather than qualify it (a number, ``several``, ``hundreds``)?
    Such words stay in the span and out of the id: ``several hundred protesters`` are ``protesters``."""
    return tok.like_num or tok.lower_ in quantifiers


def _number_adverb(doc: Doc, start: int) -> int:
    """``About 3,800 workers``, ``Several hundred farmers``, ``more than 300 residents``, ``at least
    three employees``: the words that modify the number open the span (not ``in`` of ``one in 10``)."""
    if start == 0 or not doc[start].like_num:
        return start
    prev = doc[start - 1]
    if start > 1 and (doc[start - 2].lower_, prev.lower_) in NUMBER_PAIRS:
        return start - 2
    if prev.dep_ in ("advmod", "quantmod", "amod", "compound") and prev.head.i == start and prev.is_alpha \
            and prev.pos_ in ("ADV", "ADJ"):
        return start - 1
    return start


NUMBER_PAIRS = frozenset({("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "least"),
                          ("at", "most"), ("up", "to"), ("as", "many")})


def _group_span(doc: Doc, start: int, end: int, party: GroupWords, role: str, noun: str):
    country = party.country  # an id of its words: "Democratic lawmakers" and "House Democrats" are two groups
    code = f"{country}-{party.party}-{noun}".lower()
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
    start, mods = _modifiers(doc, i, lex.quantifiers)
    start = _number_adverb(doc, start)
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    words = [*mods, tok.lower_]  # "older voters" and "voters": two groups; "demonstrators": protesters (_synonym_id)
    slug = "-".join(w for w in words if w.isalpha())
    actor_id = f"{focus.lower()}-{slug}" if focus else slug
    norm = make_norm(actor_id, " ".join(words), "group", focus, False, None, "group")
    return start, i + 1, norm, "rule:public"


def _modifiers(doc: Doc, i: int, quantifiers: frozenset[str] = frozenset()) -> tuple[int, list[str]]:
    """The adjectives and nouns before the noun at ``i`` that modify it (up to three): their start
    and lemmas (``older`` in ``older voters``, ``likely primary`` in ``likely primary voters``;
    not ``several`` in ``several hundred protesters``, which counts them)."""
    start = i
    while start > 0 and i - start < 3 and doc[start - 1].head.i in range(start, i + 1) and \
            doc[start - 1].dep_ in ("amod", "compound", "nummod") and not doc[start - 1].is_punct:
        start -= 1
    return start, [t.lower_ for t in doc[start:i] if t.dep_ in ("amod", "compound") and t.is_alpha
                   and not counts(t, quantifiers)]


def noun_group(doc: Doc, i: int, nouns: GroupNouns, focus: str | None, headline: list[bool] | None = None):
    """``reporters``, ``union members``, ``two congressional aides``: a group of people, with its
    modifiers, of the country in focus."""
    tok = doc[i]
    sector = i > 0 and f"{doc[i - 1].lower_} {tok.lower_}" in nouns.institutions  # "federal agencies"
    if tok.lower_ not in nouns.plain and tok.lower_ not in nouns.modified and not sector and \
            not (tok.lower_ in nouns.counted and _counted_alone(tok, nouns.keeping)):
        return None
    if any(c.dep_ == "poss" and c.lower_ not in OWNER_PRONOUNS and not _body_relative(c, nouns) for c in tok.children):
        return None  # "his own soldiers", "Iran's fighters": someone else's people
    if tok.head.lower_ == "by" and tok.head.head.dep_ == "acl" and tok.head.head.lemma_.lower() in nouns.signing:
        return None  # "a letter signed by 40 economists": the claims keep the document's phrase
    quoted = i > 0 and doc[i - 1].text in QUOTES and (i == 1 or doc[i - 2].is_space or doc[i - 2].is_punct) \
        or bool(headline and headline[i]) or _after_dateline(doc, i)  # "Prosecutors Tell Jury": a headline
    if not _plural_noun(tok, tok.is_sent_start or _after_dateline(doc, i)) or (tok.is_title and not tok.is_sent_start and not quoted) or \
            (i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN")) or body_owner(doc, i, nouns.bodies) or \
            _user_base(tok):
        return None
    start = i
    while start > 0 and i - start < 3 and doc[start - 1].head.i == i and \
            doc[start - 1].dep_ in ("amod", "compound", "nummod", "det", "poss") and not doc[start - 1].is_punct \
            and doc[start - 1].lower_ not in RELATIVE_OWNERS:
        start -= 1  # "its workers", "their supporters": the group with its possessive
    while start > 1 and doc[start - 1].text == "-" and doc[start - 2].head.i in (start, i):
        start -= 2  # "low-income families": the whole modifier
    start = _name_modifier_start(doc, start, i)
    start = _number_adverb(doc, start)
    if thing_sense(doc, i, start, nouns.senses):
        return None
    words = [t.lower_ for t in doc[start:i] if t.dep_ in ("amod", "compound")  # review 16.10: no "reign-premiers"
             and not counts(t, nouns.quantifiers)] + [tok.lower_]
    owned = any(t.dep_ == "poss" and t.lower_ in OWNER_PRONOUNS for t in doc[start:i])
    if owned and tok.lower_ in nouns.partitive and is_partitive(tok):
        return None  # "four of its members": some of them, no group the golds mark
    if tok.lower_ not in nouns.plain and tok.lower_ not in nouns.counted and len(words) < 2 and not owned:
        return None  # "members", "leaders" alone are too broad ("our members", "their leaders" are a body's)
    slug = "-".join(w for w in words if w.isalpha())
    country = _group_country(doc, start, i, nouns, focus)
    actor_id = f"{country.lower()}-{slug}" if country else slug
    norm = make_norm(actor_id, " ".join(words), "group", country, False, None, "group")
    if focus and not country:
        norm["country_source"] = "international"  # no country in focus later
    return start, i + 1, norm, "rule:group-noun"


def _counted_alone(tok, keeping: frozenset[str]) -> bool:
    """``three soldiers``, ``about 2,000 soldiers``: a number counts the noun, and no determiner, owner
    or other word before it makes them someone's (``the 14 soldiers``, ``Indian soldiers``: other rules);
    not the object of a verb of ``keeping`` (``France, which keeps 80 soldiers there``: its forces)."""
    left = [c for c in tok.children if c.i < tok.i]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in keeping:
        return False
    return any(c.dep_ == "nummod" and c.like_num for c in left) and all(c.dep_ == "nummod" for c in left)


def _name_modifier_start(doc: Doc, start: int, i: int) -> int:
    """The first word of a title-case name that modifies the noun at ``i`` from ``start`` on (``North
    Korean hackers``, ``Western Cape ratepayers``): the name whole, not its last word."""
    while 0 < start < i and doc[start].is_title and doc[start - 1].is_title and \
            doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].head.i in range(start, i):
        start -= 1
    return start


def _body_relative(owner, nouns: GroupNouns) -> bool:
    """``whose`` of a named body on a noun of the plain lists (``Ghana, whose traders``, ``the Supreme
    Court, whose nine justices``): the body's people; not a person's (``Ms Hale, whose aides``), nor
    people's (``students whose families``), nor ``whose members`` (the golds split on it)."""
    if owner.lower_ not in RELATIVE_OWNERS or owner.head.lower_ not in nouns.plain:
        return False
    clause = next((t for t in owner.head.ancestors if t.dep_ == "relcl"), None)
    return clause is not None and clause.head.pos_ == "PROPN" and clause.head.ent_type_ != "PERSON"


def _group_country(doc: Doc, start: int, i: int, nouns: GroupNouns, focus: str | None) -> str | None:
    """A demonym or country among the modifiers (``Israeli settlers``), else a from-phrase's country
    for the foreign nouns (``migrants from Eritrea``), else the focus's, except for the stateless
    nouns (``Western diplomats``) and when the focus is named only inside an of-phrase on the noun
    (``Veterans of the 1991 campaign in Kuwait`` are no Kuwaitis)."""
    own = nouns.country_of
    if own is not None:
        named = _modifier_countries(doc, start, i, own, nouns.sponsors)
        named += [c for c in (_from_country(doc[i], own),) if c and doc[i].lower_ in nouns.foreign]
        if named:
            return named[0]
    if doc[i].lower_ in nouns.stateless:
        return None  # "Western diplomats", "300 migrants": none from the focus
    if own is not None and focus and any(own(t.text) == focus for c in doc[i].children
                                         if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree):
        return None
    return focus


def _modifier_countries(doc: Doc, start: int, i: int, own: Callable[[str], str | None],
                        sponsors: frozenset[str] = frozenset()) -> list[str]:
    """The countries the modifiers between ``start`` and the noun at ``i`` name: a run of title-case
    words as one name first (``North Korean``: PRK, not ``Korean``), else its words that modify the noun
    itself (``French Socialist``: FRA; not ``British`` of ``British Columbia``). A country joined by a
    hyphen to a ``sponsors`` participle names who trained or backs the group, not its own (``Indian-trained
    pilots`` of the Maldives' force)."""
    runs: list[list] = []
    for t in doc[start:i]:
        if t.dep_ not in ("amod", "compound") or _sponsor(doc, t.i, i, sponsors):
            continue
        if runs and t.i > start and t.is_title and doc[t.i - 1].is_title and doc[t.i - 1].dep_ in ("amod", "compound"):
            runs[-1].append(t)
        else:
            runs.append([t])
    found = [own(" ".join(t.text for t in run)) or next((c for c in (own(t.text) for t in run if t.head.i == i) if c),
                                                         None) for run in runs]
    return [c for c in found if c]


def _sponsor(doc: Doc, k: int, i: int, sponsors: frozenset[str]) -> bool:
    """``Indian`` in ``Indian-trained pilots``: a word before a hyphen and a ``sponsors`` participle."""
    return k + 2 < i and doc[k + 1].text == "-" and doc[k + 2].lower_ in sponsors


def _from_country(tok, own: Callable[[str], str | None]) -> str | None:
    """``migrants from Eritrea``: the country of a from-phrase on the noun."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return own(_pobj_text(obj))
    return None


def _pobj_text(obj) -> str:
    """A from-phrase's object with its compounds (``South Sudan``), without a determiner."""
    words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ in ("compound", "pobj") or t.i == obj.i]
    return " ".join(t.text for t in words)


def _plural_noun(tok, first: bool) -> bool:
    """A plural common noun; the tagger takes some for names when they open a sentence
    (``first``: ``Landlords raised rents``)."""
    return tok.tag_ in ("NNS", "NNPS") or tok.tag_ == "NNP" and first and tok.is_title


def _after_dateline(doc: Doc, i: int) -> bool:
    """``ROME (Reuters) - Patients waited``, ``WASHINGTON — Investors sold``: the first word after a
    dateline's dash, capitalised as a sentence's first word is."""
    return i > 1 and doc[i - 1].text in ("—", "–", "-") and (doc[i - 2].text == ")" or doc[i - 2].is_upper)


def _user_base(tok) -> bool:
    """``Quillstack, which has about 40 million users``: millions a body has are its size, no
    actor (``had 85 observers`` there, ``1.2 million refugees fled`` are people)."""
    return tok.dep_ == "dobj" and tok.head.lemma_ == "have" and \
        any(c.dep_ == "nummod" and c.lower_ in ("million", "billion", "millions") for c in tok.children)


def body_owner(doc: Doc, i: int, bodies: frozenset[str]) -> bool:
    """``the farmers' union``, ``the employers' association``: the people name a body, no group of
    their own (``users' phones``, ``the peacekeepers' mandate`` are the group's, as the golds mark them)."""
    return i + 2 < len(doc) and doc[i + 1].tag_ == "POS" and doc[i + 2].lower_ in bodies


POPULACE_OPENERS = ("the", "our")  # "the people", "our people": the country's people
NOT_POPULACE_AFTER = ("who", "whom", "that", "with", "in", "at", "on", "from", "around", "here", "there")


def _first_informants(doc: Doc, phrases: frozenset[str]) -> int:
    """Where the text first names some people as its sources (``People familiar with the matter``,
    ``people briefed on the talks``: the ``informants`` phrases), else the doc's end: a later ``the
    people`` refers back to them. Read once per document."""
    return next((t.i for t in doc if t.lower_ == "people" and
                 any(" ".join(w.lower_ for w in doc[t.i + 1:t.i + 1 + n]) in phrases for n in (4, 3, 2))),
                len(doc))


def _populace(doc: Doc, i: int, focus: str | None, informed_from: int):
    """``the people`` (``the will of the people``, ``the people of Upper Nile``, ``our people``): the
    people of the country in focus, as ``the American people`` is its country's; not some people
    (``the people who marched``, ``the people familiar with the talks``, ``two of the people``)."""
    tok = doc[i]
    if tok.lower_ != "people" or i == 0 or doc[i - 1].lower_ not in POPULACE_OPENERS or \
            not (tok.is_lower or doc[i - 1].is_sent_start):
        return None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (nxt.lower_ in NOT_POPULACE_AFTER or nxt.pos_ in ("ADJ", "NOUN", "PROPN", "PRON")
                            or nxt.tag_ in ("VBN", "VBG")):
        return None  # "the people we spoke to"
    if any(c.dep_ == "relcl" for c in tok.children) or \
            doc[i - 1].lower_ == "the" and informed_from < i:
        return None  # "People familiar with the matter said …. The people said": the informants
    if i > 2 and doc[i - 2].lower_ == "of" and (doc[i - 3].like_num or doc[i - 3].pos_ in ("NUM", "PRON", "DET")):
        return None  # "two of the people said": some of the informants
    norm = make_norm(f"{focus.lower()}-people" if focus else "people", "people", "people", focus, False, None,
                     "group")
    return i - 1, i + 1, norm, "rule:populace"


def _informants(doc: Doc, i: int, phrases: frozenset[str]):
    """``people familiar with the matter``, ``two people briefed on the talks``: unnamed informants,
    one group per wording (the phrase up to the end of its object), of no country: all the golds
    leave unnamed informants without one (they may be foreign diplomats, bankers, a lender's staff)."""
    tok = doc[i]
    if tok.lower_ not in INFORMANT_HEADS or not tok.is_lower and not tok.is_sent_start:
        return None
    phrase = next((n for n in (4, 3, 2) if i + n < len(doc) and
                   " ".join(t.lower_ for t in doc[i + 1:i + 1 + n]) in phrases), None)
    if phrase is None:
        return None
    end = max(i + 1 + phrase, max((t.right_edge.i + 1 for t in doc[i + 1:i + 1 + phrase]), default=0))
    end = min(end, doc[i].sent.end)
    # the phrase's object, not what a comma or a relative pronoun adds ("…, who asked not to be named")
    end = next((t.i for t in doc[i + 1 + phrase:end] if t.text in (",", ";", "—", "–") or t.tag_ in ("WP", "WDT")), end)
    while end > i + 1 + phrase and doc[end - 1].is_punct:
        end -= 1
    start = i - 1 if i > 0 and doc[i - 1].dep_ == "nummod" and doc[i - 1].head.i == i else i
    words = [t.lower_ for t in doc[i:end] if t.is_alpha]
    slug = "-".join(words)
    norm = make_norm(slug, " ".join(words), "group", None, False, None, "group")
    return start, end, {**norm, "country_source": "international"}, "rule:informants"  # no country in focus later


def join_modified_variants(doc: Doc, actors: list[Actor], apart: frozenset[str], quantifiers: frozenset[str],
                           possessives: frozenset[str]) -> None:
    """``the agents`` after ``F.B.I. agents``, ``inspectors`` after ``city inspectors``, ``two aides``
    after ``two congressional aides``: a bare group (a determiner or a number at most) is the one
    group with a modifier named before it on the same plural noun, as every gold set joins them;
    two such groups before it: no guess. Not a party's people (``Republicans`` after ``House
    Republicans``; ``lawmakers`` after ``Democratic lawmakers``) nor the nouns of ``apart``
    (``voters`` after ``likely voters``: a part of them). The group named before may be an
    organisation the gazetteer writes with the plural (``the rebels`` after ``Houthi rebels``);
    ``possessives``: the list ``possessive-pronouns`` (``their aides`` is no bare group)."""
    modified: dict[str, dict[str, dict]] = {}  # noun -> actor id -> norm
    for a in sorted(actors, key=lambda a: a.start):
        noun = doc[a.end - 1]
        if a.norm.get("party") or noun.lower_ in apart or \
                noun.tag_ not in ("NNS", "NNPS") or not (noun.is_lower or noun.i == a.start):
            continue
        bare = _bare_group(doc[a.start:a.end - 1], quantifiers, possessives)
        if a.norm["type"] != "group" and (bare or a.norm["type"] != "organization"):
            continue  # a named movement written with its plural (``Houthi rebels``) is modified too
        if bare:
            found = modified.get(noun.lower_, {})
            if len(found) == 1 and a.norm["actor_id"] not in found:
                a.norm = {**next(iter(found.values())), "via": "coref"}
        else:
            modified.setdefault(noun.lower_, {})[a.norm["actor_id"]] = a.norm


def _bare_group(words, quantifiers: frozenset[str], possessives: frozenset[str]) -> bool:
    """Words before a group's noun that only point or count (``the``, ``two``, ``400``, ``several``)."""
    return all(t.dep_ in ("det", "nummod", "quantmod") and t.lower_ not in possessives or t.like_num or
               t.lower_ in quantifiers for t in words)


def _opposition(doc: Doc, i: int, words: frozenset[str], focus: str | None):
    """``the opposition`` (not ``the opposition leader``): the opposition of the country in focus."""
    tok = doc[i]
    if tok.lower_ not in words or not tok.is_lower or i == 0 or doc[i - 1].lower_ != "the" or focus is None or \
            (i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ")):
        return None
    norm = make_norm(f"{focus.lower()}-opposition", "opposition", "group", focus, False, f"{focus}OPP", "group")
    return i - 1, i + 1, norm, "rule:opposition"


# ---------------------------------------------------------------- a person's following
def find_following(doc: Doc, actors: list[Actor], taken: list[bool], people: list[Person],
                   titles: dict[str, Title] | None = None, named: frozenset[str] = frozenset(),
                   cabinet_heads: frozenset[str] = frozenset()) -> None:
    """``Kerrigan's campaign``, ``the Kerrigan campaign``, ``her campaign``, ``X supporters``.
    ``named``: nouns of a following with a name of its own (``named-following-nouns``);
    ``cabinet_heads``: offices whose holder has a cabinet (``cabinet-head-offices``)."""
    person_at = {a.end: a for a in actors if a.norm["type"] == "person"}
    for tok in map(doc.__getitem__, positions(doc, _FOLLOWING_WORDS)):
        kind = FOLLOWING.get(tok.lower_)
        if kind is None or taken[tok.i] or tok.i == 0 or \
                (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN"):  # "X's campaign manager"
            continue
        owner, start = _owner(doc, tok.i, person_at, people, titles or {}, cabinet_heads)
        if owner is None:
            continue
        body = _named_following(doc, tok.i, actors, taken, people) if tok.lower_ in named else None
        if body is not None:  # "Ruscalla's team, Velora–Ardenne,": the team is the body named
            _claim_following(doc, actors, taken, start, tok.i + 1, body, tok.lower_, owner)
            continue
        suffix, atype, role = kind
        base = owner
        country = base.get("country")
        code = base.get("role") if role == "OWNER" else f"{country}{role}" if role and country else None
        norm = make_norm(f"{base['actor_id']}-{suffix}", f"{base['name']} {suffix}", atype, country, False, code,
                         "group")
        inner = [a for a in actors if start <= a.start and a.end <= tok.i + 1]
        if inner and is_possessive(doc[tok.i - 1]) and doc[tok.i - 1].tag_ == "POS":
            start, inner = tok.i, []  # "Ortiz's campaign": Ortiz stays a mention, the campaign is another
        for a in inner:  # "the Whitfield campaign" is one mention, of the campaign
            actors.remove(a)
        if start > 0 and doc[start - 1].lower_ == "the" and not taken[start - 1] and inner:
            start -= 1
        actors.append(Actor(start, tok.i + 1, norm, "rule:following", tok.lower_, "group", owner=owner))
        for k in range(start, tok.i + 1):
            taken[k] = True


NAMED_REACH = 5  # tokens of the name set off by commas after the noun


def _named_following(doc: Doc, i: int, actors: list[Actor], taken: list[bool], people: list[Person]) -> dict | None:
    """``Ruscalla's team, Velora–Ardenne, which suspended him``: the norm of the organisation
    named by the title-case words set off by commas right after the noun at ``i`` (a cycling team,
    a campaign committee), the actor found there or a new one of that name; None when no such
    name follows, when it opens with a given name or holds a person, a place or a part of another
    body, or when a list goes on (a title-case word or ``and`` after the closing comma). The model's
    people there named nowhere else (``Velora``, ``Ardenne``) are words of the body's name."""
    if i + 3 >= len(doc) or doc[i + 1].text != ",":
        return None
    start = end = i + 2
    while end < len(doc) and end - start < NAMED_REACH and \
            (doc[end].is_title or doc[end].text in ("-", "–", "&") or end > start and doc[end].lower_ in ("for", "of")):
        end += 1
    if end == start or end >= len(doc) or doc[end].text != "," or not doc[end - 1].is_title or \
            is_first_name(doc[start].text) or end + 1 >= len(doc) or not doc[end + 1].is_lower or \
            doc[end + 1].lower_ in ("and", "or") or not _body_name_words(doc[start:end]):
        return None
    inside = [a for a in actors if a.start < end and start < a.end]
    if inside and all(a.norm["type"] == "person" for a in inside):
        return _body_of_people(doc, start, end, actors, taken, people, inside)
    if any(a.start != start or a.end != end or a.norm["type"] != "organization" for a in inside):
        return None
    if inside:
        return inside[0].norm
    name = doc[start:end].text
    norm = make_norm(slugify(name), name, "organization", None, False, None, "name")
    actors.append(Actor(start, end, norm, "rule:following", None, "name"))
    for k in range(start, end):
        taken[k] = True
    return norm


def _body_name_words(span) -> bool:
    """Do the title-case words set off after ``team``/``campaign`` look like a body's name: proper
    nouns, none a date or a time (``Harris's campaign, Tuesday, said``: no body ``Tuesday``)?"""
    return not any(is_date_word(t) for t in span) and \
        all(t.pos_ == "PROPN" for t in span if t.is_title and t.lower_ not in ("for", "of"))


def _body_of_people(doc: Doc, start: int, end: int, actors: list[Actor], taken: list[bool], people: list[Person],
                    inside: list[Actor]) -> dict | None:
    """The model's people inside ``doc[start:end]`` dropped when none is named outside it, then the
    body named by the words (:func:`_named_following`); else None."""
    owned = [p for p in people if any(m.actor in inside for m in p.mentions)]
    if any(not start <= m.actor.start < end for p in owned for m in p.mentions):
        return None
    for a in inside:
        actors.remove(a)
    people[:] = [p for p in people if p not in owned]
    return _named_following(doc, start - 2, actors, taken, people)


def _claim_following(doc: Doc, actors: list[Actor], taken: list[bool], start: int, end: int, norm: dict,
                     noun: str, owner: dict) -> None:
    """The mention ``doc[start:end]`` (``Ruscalla's team``) of the named body ``norm``: one mention,
    the owner's inside it dropped."""
    for a in [a for a in actors if start <= a.start and a.end <= end]:
        actors.remove(a)
    actors.append(Actor(start, end, {**norm, "via": "coref"}, "rule:following", noun, "group", owner=owner))
    for k in range(start, end):
        taken[k] = True


def _owner(doc: Doc, i: int, person_at: dict[int, Actor], people: list[Person],
           titles: dict[str, Title], cabinet_heads: frozenset[str]) -> tuple[dict | None, int]:
    """The norm of the person whose following token ``i`` names, and the start of the mention."""
    prev, word = doc[i - 1], doc[i].lower_
    if prev.lower_ == "own" and i > 1 and doc[i - 2].lower_ in PRONOUN_GENDER:
        prev = doc[i - 2]  # "her own cabinet"
    if is_possessive(prev) and (i - 1) in person_at:  # "Kerrigan's campaign"
        return person_at[i - 1].norm, person_at[i - 1].start
    if i in person_at:  # "the Kerrigan campaign", "Kerrigan supporters"
        return person_at[i].norm, person_at[i].start
    if prev.lower_ in PRONOUN_GENDER and word in PRONOUN_OWNED:  # "her campaign"
        heads_only = word == "cabinet"  # a cabinet is a head of government's, not a minister's
        gender = gender_fits(PRONOUN_GENDER[prev.lower_])
        owner = nearest_before(people, i, lambda p: gender(p) and (
            not heads_only or not p.titles or bool(p.nouns(titles) & cabinet_heads)) and (
            word not in LEGISLATORS_ONLY or _legislator(p, titles)))
        return (owner.mentions[0].actor.norm if owner else None), prev.i
    if word in ("supporters", "backers", "allies") and i + 2 < len(doc) and doc[i + 1].lower_ == "of":
        after = next((a for a in person_at.values() if a.start == i + 2), None)
        return (after.norm if after else None), i  # "supporters of Kerrigan"
    return None, i


def _legislator(p: Person, titles: dict[str, Title]) -> bool:
    """A legislator by the role code of its norm or by a title of legislators (``State Senator X``)."""
    return (p.mentions[0].actor.norm.get("role") or "").endswith("LEG") or \
        any(t.role == "LEG" for t in titles.values() if t.id in p.titles)


# ---------------------------------------------------------------- descriptions
def national_companies(doc: Doc, actors: list[Actor], country_of: Callable[[str], str | None],
                       company_nouns: frozenset[str]) -> None:
    """``the Japanese company`` (a role phrase, ``JPNBUS``) after ``Japanese lens maker Saikawa
    Precision``, ``Japan’s Saikawa`` or a company of the gazetteer (``TotalEnergies``, ``FRABUS``):
    the one company of that country named before; two: none."""
    for a in actors:
        if a.norm.get("via") != "role_phrase" or (a.norm.get("role") or "")[3:] != "BUS" or \
                a.norm["type"] != "organization" or doc[a.start].lower_ != "the" or \
                doc[a.end - 1].lower_ not in company_nouns:
            continue
        country = a.norm["country"]
        found = {b.norm["actor_id"]: b for b in actors if b.end <= a.start and _named_company(b)
                 and (b.norm.get("country") == country or _named_of(doc, b, country_of) == country)}
        if len(found) == 1:
            a.norm = {**next(iter(found.values())).norm, "via": "coref"}


def _named_company(a: Actor) -> bool:
    """A company named by its name: a business (``norm.sector``) or a company of the gazetteer
    (role ``FRABUS``) or another body of no sector or role that may be one (``Airbus``: a rival, two
    then fit), not a country's companies named by a role phrase (``French companies``)."""
    if a.norm.get("sector") == "business":
        return True
    return a.norm.get("via") != "role_phrase" and a.norm.get("type") == "organization" and \
        not a.norm.get("sector") and (a.norm.get("role") or "")[3:] in ("BUS", "")


def _named_of(doc: Doc, a: Actor, country_of: Callable[[str], str | None]) -> str | None:
    """The country a company is named with: ``Japanese lens maker Saikawa``, ``Japan’s Saikawa``
    (a demonym or country among the lower-case words right before the name)."""
    k = a.start - 1
    while k >= 0 and a.start - k <= 5 and (doc[k].is_lower or doc[k].text in ("-", *POSSESSIVE_ENDS)):
        k -= 1
    return country_of(doc[k].text) if k >= 0 and a.start - k <= 5 else None


class CompanyEvidence(NamedTuple):
    """What shows a body acting as a company (:func:`_acts_as_company`), from the rules folder's
    ``actor_words.jsonl``: company nouns before its name (``the utility Eskom``), nouns it owns
    (``company-evidence-nouns``), verbs it does with a result for object (``company-evidence-verbs``
    + ``result_nouns``). Empty: no body shows it. ``lone_context``: the verbs and nouns of the rules
    folder's ``lone-business-context`` (``actor_kinds.jsonl``: sued Kestrel) for a lone ``the company``
    (None: the shipped file's)."""
    company_nouns: frozenset[str] = frozenset()
    evidence_nouns: frozenset[str] = frozenset()
    evidence_verbs: frozenset[str] = frozenset()
    result_nouns: frozenset[str] = frozenset()
    lone_context: tuple[frozenset[str], frozenset[str]] | None = None  # lone-business-context (actor_kinds.jsonl)


class TagParties(NamedTuple):
    """The parties a person's party tag or party word names: role code (``USAPTYREP``) -> the
    party's norm; a party word (``republican``) -> its role code."""
    by_code: dict[str, dict] = {}
    words: dict[str, str] = {}
    leaders: frozenset[str] = frozenset()  # "leader" in "the Greens leader, X,": actor_party_owner
    members: frozenset[str] = frozenset()  # "TDs" in "Fianna Fáil TDs": actor_party_owner.said_party
    non_party: frozenset[str] = frozenset()  # "union" in "the Transport Union leader X": no party of his
    adjectives: frozenset[str] = frozenset()  # "far-right" in "the far-right Vox": a party (recent_party)
    owners: frozenset[str] = frozenset()  # "shareholders" in "Lumora shareholders": no party (recent_party)
    loose: frozenset[str] = frozenset()  # "liberal" in "the liberal Brookings Institution": a party only alone
    modifier_nouns: frozenset[str] = frozenset()  # "opposition" in "the main opposition party"
    ruling: frozenset[str] = frozenset()  # "ruling" in "the ruling party"
    opposition: frozenset[str] = frozenset()  # "opposition" in "the main opposition Kuomintang"
    head_offices: frozenset[str] = frozenset()  # "president" in "the president's party"
    parts: frozenset[str] = frozenset()  # "parliamentary" in "the parliamentary party": a part of a party
    name_heads: frozenset[str] = frozenset()  # "front" in "the Islamic Action Front (IAF)": a party (recent_party)
    officers: frozenset[str] = frozenset()  # "candidate" in "X, whose candidate": a party's (recent_party)
    seat_verbs: frozenset[str] = frozenset()  # "win" in "the Front won 31 seats": a party (recent_party)
    seat_objects: frozenset[str] = SEAT_NOUNS  # "majority" in "X holds a majority" (recent_party)
    candidates: frozenset[str] = frozenset()  # "candidate" in "National Party candidate X": her party only
    past: frozenset[str] = frozenset()  # "former" in "former prime minister X": no head office now (past-office-words)
    posts: frozenset[str] = frozenset()  # "president" in "The party's president, X,": led_party (party-post-nouns)

    def party_words(self) -> PartyWords:
        """The lists :func:`actor_party_owner.recent_party` reads."""
        return PartyWords(self.leaders | self.members, self.non_party, self.adjectives, self.owners, self.loose,
                          self.modifier_nouns, self.ruling, self.opposition, self.head_offices, self.members,
                          self.parts, self.name_heads, self.officers, self.seat_verbs, self.seat_objects,
                          self.past)


def describe(doc: Doc, the: int, head: int, actors: list[Actor], people: list[Person],
             descriptions: list[Description], titles: dict[str, Title],
             office_holder: Callable[[str], dict | None], kept: frozenset[str] = frozenset(),
             focus: str | None = None, tag_parties: TagParties = TagParties(),
             name_heads: frozenset[str] = frozenset(), by_start: dict[int, list[Actor]] | None = None,
             ranks: frozenset[str] = frozenset(), post_bodies: frozenset[str] = frozenset(),
             company: CompanyEvidence = CompanyEvidence(),
             leader_offices: frozenset[str] = frozenset(), head_offices: frozenset[str] = frozenset(),
             report_words: tuple[frozenset[str], ...] = (frozenset(), frozenset(), frozenset()),
             eras: EraWords = EraWords()) -> dict | None:
    """The norm of the actor that ``doc[the:head + 1]`` (``the senator``) refers back to: an
    earlier person with that title, else the office's holder in the country in focus on the
    publication date (``the president``), else the nearest earlier actor the description fits.
    Without an antecedent, the head noun without its modifiers (``the public broadcaster``), unless
    the words are one phrase of ``kept`` (``the central bank`` is no bank). ``focus``: the country
    in focus (``the country`` with no state named near it). ``tag_parties``: the parties of
    ``her party`` after ``Sen. X (R-Alaska)`` or ``X, the Republican chairman``. ``name_heads``:
    the head nouns of bodies' names (``the guild``, :func:`name_headed`). ``by_start``: ``actors``
    indexed by their start (:func:`index_by_start`), kept by a caller that describes many times.
    ``ranks``: words that make an office another one (``the acting president`` is not President X,
    nor, without an antecedent, any president). ``post_bodies``: words that make a title a body's
    post (``Senate President X`` is not ``the president`` when ``President Y`` is named).
    ``company``: what shows a body acting as a company (:class:`CompanyEvidence`). ``leader_offices``:
    offices of a country's leader (``leader-offices``: ``the president`` named later, ``her cabinet``).
    ``head_offices``: offices with one holder per country (``the prime minister`` after ``Japan's
    prime minister``, :func:`office_antecedent`). ``report_words``: verbs whose subject's body a
    description in their reported clause names, and the nouns of a body's voice (``X's spokesman
    said the company …``, :func:`reporter_body`). ``eras``: words of another era (``the previous
    administration``, ``the new president``: an id of its own, :mod:`actor_eras`)."""
    words = [t.lower_ for t in doc[the + 1:head + 1] if t.lower_ != "own"]
    if words[1:3] == ["-", "based"]:
        words = words[3:]  # "the Paris-based daily": the daily
    ctx = _Described(doc, the, head, actors, people, descriptions, titles, office_holder, focus, tag_parties,
                     name_heads, by_start, post_bodies, company, leader_offices, head_offices, report_words)
    found, decided = _party_or_apposed(ctx, words)
    if decided:
        return found
    synonym = load_office_synonyms().get(" ".join(words).replace(" - ", "-"))
    if found is None and synonym is not None and synonym.former:  # "the former ruler", "the ex-ruler"
        return _former_synonym(ctx, synonym)
    if found is None and synonym is not None:  # "the head of state" after "the president"
        return synonym_holder(the, synonym, actors, lambda office: _titled_before(ctx, office), focus)
    found = found or _describe_words(ctx, words) or _modifier_named(ctx, words)
    if found is None and doc[the].lower_ == "the":  # "The department" after the Ministry of Justice
        found = synonym_body(doc, the, head, words, actors, descriptions, fits_description)
    if found is None and words == ["party"]:  # "the party" after "the leadership of Fianna Fáil"
        found = said_party(doc, the, actors, tag_parties.leaders | tag_parties.members, tag_parties.non_party)
    if found is None and any(w in ranks for w in words[:-1]):  # "the acting president" is not President X
        return _ranked_holder(doc, the, words, actors, ranks)  # but Acting President Y, named before
    if found is not None or " ".join(words) in kept:
        return found
    era = era_word(words, eras)
    if era is not None and era[0] == "successor" and another_body_post(doc, head, actors):
        return None  # "the new president of the Constitutional Court": no national office
    found = _describe_unmodified(ctx, words)
    return era_norm(found, words, eras, EraText(doc, head)) or found  # "the previous administration"


def _former_synonym(ctx: _Described, row: OfficeSynonym) -> dict | None:
    """``the former ruler``: the one former holder of the row's offices named before
    (:func:`former_holder`); none, for a row with an ``unnamed`` id (``the former ruler``, not
    ``the former leader``), the unnamed former leader of the country in focus (``the`` only, not
    ``a former ruler``, nor ``the former ruler of Bavaria``)."""
    named = [m.actor for p in ctx.people for m in p.mentions]  # "Former presidents A and B": both
    found, decided = former_holder(ctx.doc, ctx.the, row, [*ctx.actors, *named],
                                   lambda office: _titled_before(ctx, office, True), ctx.focus)
    doc, after = ctx.doc, ctx.head + 1
    if decided or not row.unnamed or not ctx.focus or doc[ctx.the].lower_ != "the" or \
            after < len(doc) and doc[after].lower_ == "of":
        return found
    return make_norm(f"{ctx.focus.lower()}-former-{row.unnamed}", f"former {row.unnamed}", "person", ctx.focus,
                     False, None, "description")


def _titled_before(ctx: _Described, office: str, former: bool = False) -> list[dict]:
    """The norms of the people named before the description who fit ``the <office>`` (titled or
    described so, not only as a former holder; with ``former``, titled a former one: :func:`_title_fits`)."""
    fits = _title_fits(ctx, office, former)
    return [p.mentions[0].actor.norm for p in ctx.people
            if p.mentions and p.mentions[0].actor.start < ctx.the and fits(p)]


def _party_or_apposed(ctx: _Described, words: list[str]) -> tuple[dict | None, bool]:
    """The first steps of :func:`describe`: ``his party`` (the owner's), ``the party`` named near a
    speaker's members (``MRN lawmakers …; the party's``), a body set in apposition, then the party
    named last (``Vox … his party``). Returns the norm found and whether that decides the
    description (``recent_party`` may decide on None)."""
    doc, the, parties = ctx.doc, ctx.the, ctx.tag_parties
    found = _owner_party(ctx) if words == ["party"] and doc[the].lower_ in PRONOUN_GENDER else None
    if found is None and words == ["party"] and doc[the].lower_ == "the":
        found = _subject_party(ctx)
        near, decided = (found, True) if found is not None else \
            near_said_party(doc, the, ctx.actors, parties.leaders | parties.members, parties.non_party)
        if near is None and decided:  # a body named after the party called so: only the one named last
            return recent_party(doc, the, ctx.actors, parties.party_words())[0], True
        found = near
    found = found or _body_before(ctx, words) or _apposed_body(ctx, words)
    if found is None and words == ["party"]:
        return recent_party(doc, the, ctx.actors, parties.party_words())
    return found, False


def _describe_unmodified(ctx: _Described, words: list[str]) -> dict | None:
    """The description without its modifiers (``the public broadcaster``: a broadcaster); ``its
    largest party`` is the party named last, as ``the party`` (:func:`modified_party`)."""
    for short in _without_modifiers(ctx.doc, ctx.the, ctx.head, words):
        if any(d.bare and " ".join(short) in d.nouns for d in ctx.descriptions):
            continue  # "the second city", "the old town": no city named before (a row's ``bare``)
        if short == ["party"]:
            party, decided = modified_party(ctx.doc, ctx.the, ctx.head, ctx.actors, ctx.tag_parties.party_words())
            if decided:
                return party
        found = _describe_words(ctx, short, former="former" in words)
        if found is not None:
            return found
    return None


RANKED_REACH = 6  # tokens between "acting president" and the comma before the name apposed to it


def _ranked_holder(doc: Doc, the: int, words: list[str], actors: list[Actor], ranks: frozenset[str]) -> dict | None:
    """The person introduced before ``the`` with the description's rank and office, the last such:
    a person mention that holds the words (``Acting President Kang``, ``acting president of Peru``
    read as Jose Jeri) or is apposed to them (``Kang, the acting president,``; ``the acting
    president of Peru, Jose Jeri,``). None when no one was: the rank makes it another office."""
    rank, office = {w for w in words[:-1] if w in ranks}, words[-1]
    people = [a for a in actors if a.norm["type"] == "person" and a.end <= the]
    for k in range(the - 2, -1, -1):
        if doc[k].lower_ in rank and _office_after_rank(doc, k) == office:
            holder = _rank_apposed(doc, k, people)
            if holder is not None:
                return {**holder.norm, "via": "coref"}
    return None


def _office_after_rank(doc: Doc, k: int) -> str:
    """The word after the rank word at ``k``, past a hyphen (``Vice-President``: president)."""
    nxt = k + 2 if k + 2 < len(doc) and doc[k + 1].text == "-" else k + 1
    return doc[nxt].lower_ if nxt < len(doc) else ""


def _rank_apposed(doc: Doc, k: int, people: list[Actor]) -> Actor | None:
    """The person holding or apposed to the rank word at ``k`` and its office at ``k + 1``."""
    inside = next((a for a in people if a.start <= k + 1 < a.end or a.start == k + 2), None)
    if inside is not None:
        return inside
    det = k - 1 if k > 0 and doc[k - 1].lower_ in ("the", "an", "a") else k
    before = next((a for a in people if a.end == det - 1 and doc[det - 1].text == ","), None)
    if before is not None:
        return before
    end = min(k + 2 + RANKED_REACH, doc[k].sent.end)
    comma = next((j for j in range(k + 2, end) if doc[j].text == "," or doc[j].pos_ == "VERB"), None)
    if comma is None or doc[comma].text != ",":
        return None
    return next((a for a in people if a.start == comma + 1), None)


def index_by_start(actors: list[Actor], index: dict[int, list[Actor]] | None = None) -> dict[int, list[Actor]]:
    """``actors`` by their start token, in list order (added to ``index`` when one is given): one
    look-up per description instead of a scan of every actor (:func:`_apposed_body`)."""
    index = {} if index is None else index
    for a in actors:
        index.setdefault(a.start, []).append(a)
    return index


def _apposed_body(ctx: "_Described", words: list[str]) -> dict | None:
    """``The company, Lakeshore Paving, and its chief executive``, ``the capital, Sanaa,``: the body
    or place named right after the description in a closed apposition (the parser's ``appos``, a comma after the name: not the
    list ``the company, Vantor and Oxfam``), when the description's row fits it; else None (the body
    named right before it is :func:`_body_before`'s, tried first)."""
    doc, head = ctx.doc, ctx.head
    if head + 2 >= len(doc) or doc[head + 1].text != ",":
        return None
    starting = ctx.by_start.get(head + 2, ()) if ctx.by_start is not None else \
        [a for a in ctx.actors if a.start == head + 2]
    after = next((a for a in starting if a.norm["type"] != "person"), None)
    if after is None or after.end >= len(doc) or doc[after.end].text != ",":
        return None
    root = doc[after.start:after.end].root  # a place the parser may hang as a list's member
    if root.head.i != head or root.dep_ != "appos" and not (root.dep_ == "conj" and after.norm["type"] == "location"):
        return None
    phrase = " ".join(words)
    row = next((d for d in ctx.descriptions if phrase in d.nouns and not d.modified), None)
    return {**after.norm, "via": "coref"} if row is not None and fits_description(after, row) else None


def _body_before(ctx: "_Described", words: list[str]) -> dict | None:
    """``Amanat, the ruling party, holds 62 seats``; ``Revolución Ciudadana, the largest bloc with 52
    seats, said``: the body named right before ``the`` and its description in apposition
    (:func:`apposed_before`), when the head noun is a body's in a description row (not a place's:
    ``the capital``, ``the state``); the apposition says what the body is, whatever its name holds."""
    doc = ctx.doc
    if not words or doc[ctx.the].lower_ != "the" or not any(words[-1] in d.nouns and not set(d.types) & PLACE_TYPES
                                                 for d in ctx.descriptions):
        return None
    before = apposed_before(doc, ctx.the, ctx.head, ctx.actors)
    return {**before.norm, "via": "coref"} if before is not None else None


def _owner_party(ctx: "_Described") -> dict | None:
    """``her party`` after ``Greens leader Sophie Albrecht``, ``National Party candidate Tomás
    Ayestas`` or ``the SPD's Anja Kessler``: the party named with the nearest earlier person of the
    pronoun's gender (:func:`_person_party`), unless another person of that gender named as near
    belongs to another party (``A's candidate X and B's candidate Y met; his party``: no guess);
    else the one ruling party when she holds a head office (``President Marisol Cáceres``:
    :func:`head_party`); else None (the nearest party before, :func:`_describe_words`)."""
    doc = ctx.doc
    gender = gender_fits(PRONOUN_GENDER[doc[ctx.the].lower_])
    owner = nearest_before(ctx.people, ctx.the, gender)
    if owner is None:
        return None
    found = _person_party(ctx, owner)
    if found is not None:
        def other(p: Person) -> bool:
            party = _person_party(ctx, p) if gender(p) else None
            return party is not None and party["actor_id"] != found["actor_id"]
        return None if rivalled(doc, ctx.people, ctx.the, owner, other) else found
    titles = [" ".join(t.lower_ for t in doc[m.actor.start:m.name_start]) for m in owner.mentions]
    if any(t.lower_ in ctx.tag_parties.past for m in owner.mentions for t in doc[max(0, m.actor.start - 2):m.name_start]):
        return None  # a past holder (``jailed former prime minister X``): not the ruling party's
    return head_party(doc, titles, owner.mentions[0].actor.norm.get("country"), ctx.actors,
                      ctx.tag_parties.party_words())


def _subject_party(ctx: "_Described") -> dict | None:
    """``Pramer, whose party came first, told reporters outside the party's headquarters``: the party
    of the person (:func:`_person_party`) who is the subject of the nearest clause holding ``the
    party``, when no party-like body is named between her and it; else None. A clause with another
    subject (``… that the ÖVP said the party …``) or ``the party of …`` is left to the other ways."""
    doc, the = ctx.doc, ctx.the
    if ctx.head + 1 < len(doc) and doc[ctx.head + 1].lower_ == "of":
        return None
    verb = next((t for t in doc[the].ancestors if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    owner = next((p for p in ctx.people for m in p.mentions
                  if subject is not None and m.actor.start <= subject.i < m.actor.end), None)
    if owner is None:
        return None
    if any(subject.i < a.start and a.end <= the and a.norm["type"] == "organization" for a in ctx.actors):
        return None
    return _person_party(ctx, owner)


def _person_party(ctx: "_Described", owner: Person) -> dict | None:
    """The party named with ``owner``: in a leader or candidate phrase beside a mention (``The RSP
    leader, X,``; ``National Party candidate X``), after ``, of`` (``X, of the RSP,``), in the title
    before the name or as its possessor (``Greens leader X``, ``the SPD's X``), owning the party
    (``X's Nuevas Ideas party``), or by her party tag (``Sen. Angela Moss (R-Alaska)``:
    :func:`_tagged_party`); else None."""
    doc = ctx.doc
    parties = {_bare(doc, a.start, a.end): a.norm for a in ctx.actors
               if a.norm["type"] == "organization" and (a.norm.get("role") or "")[3:6] == "PTY"}
    leaders = ctx.tag_parties.leaders | ctx.tag_parties.candidates  # "National Party candidate X": his party
    for m in owner.mentions:
        a = m.actor
        led = led_party(doc, a, ctx.actors, leaders, ctx.tag_parties.non_party, ctx.tag_parties.posts) or \
            affiliated_party(doc, a, ctx.actors, ctx.tag_parties.non_party) or \
            party_of_person(doc, a, ctx.actors, ctx.tag_parties.non_party)  # "X, of the RSP,"; "PRO, the party of X"
        if led is not None:
            return led
        named = [_bare(doc, a.start, k) for k in range(a.start + 1, m.name_start)]  # "Greens leader"
        before = next((p for p in ctx.actors if p.end == a.start - 1 and doc[p.end].text in POSSESSIVE_ENDS), None)
        if before is not None:
            named.append(_bare(doc, before.start, before.end))  # "the SPD's Anja Kessler"
        norm = next((parties[w] for w in named if w in parties), None)
        if norm is not None:
            return {**norm, "via": "coref"}
        titled = titled_party(doc, a.start, m.name_start, ctx.actors, leaders, ctx.tag_parties.non_party)
        if titled is not None:  # "Greens leader Adam Vik": a party the gazetteer does not know
            return titled
    surnames = {doc[m.actor.end - 1].text for m in owner.mentions}
    return possessed_party(doc, surnames, ctx.actors, ctx.the) or _tagged_party(ctx, owner)


def _tagged_party(ctx: "_Described", owner: Person) -> dict | None:
    """The party of ``owner``'s party tag (``Sen. Angela Moss (R-Alaska)``, ``Rep. X, D-Texas``:
    the ``party`` code of her norm), else of a party word in her apposition (``Hensley, the
    Republican chairman of …``, words before ``of``; two parties: None), in her country."""
    norm = owner.mentions[0].actor.norm
    codes = {f"{norm.get('country')}PTY{norm['party']}"} if norm.get("party") else \
        {ctx.tag_parties.words[w] for d in owner.described for w in d.split(" of ")[0].split()
         if w in ctx.tag_parties.words}
    party = ctx.tag_parties.by_code.get(next(iter(codes))) if len(codes) == 1 else None
    return {**party, "via": "coref"} if party is not None else None


def _bare(doc: Doc, start: int, end: int) -> str:
    """The words of ``doc[start:end]`` in lower case without a leading ``the``."""
    return " ".join(t.lower_ for t in doc[start:end] if not (t.i == start and t.lower_ == "the"))


class _Described(NamedTuple):
    doc: Doc
    the: int
    head: int
    actors: list[Actor]
    people: list[Person]
    descriptions: list[Description]
    titles: dict[str, Title]
    office_holder: Callable[[str], dict | None]
    focus: str | None = None
    tag_parties: TagParties = TagParties()
    name_heads: frozenset[str] = frozenset()  # actor_name_heads.body_heads of the rules folder
    by_start: dict[int, list[Actor]] | None = None  # the actors by their start (index_by_start)
    post_bodies: frozenset[str] = frozenset()  # "senate" in "Senate President X" (body_titled)
    company: CompanyEvidence = CompanyEvidence()  # what shows a body acting as a company (_acts_as_company)
    leader_offices: frozenset[str] = frozenset()  # "president": a country's leader (leader-offices)
    head_offices: frozenset[str] = frozenset()  # "prime minister": one holder per country (head-offices)
    report_words: tuple[frozenset[str], ...] = (frozenset(), frozenset(), frozenset())  # report-verbs, -voices, -voice-preps


def _body_posts(ctx: _Described, phrase: str) -> set[int]:
    """The people (``id``) that ``the <phrase>`` fits only through a body's post (``Senate President
    X``, :func:`body_titled`) when someone else holds the title unqualified (``President Y``): the
    bare description is Y. None when the description had modifiers (``the Senate president``); a
    ``former President Y`` counts as a Y here, and :func:`_title_fits` leaves Y out: no guess."""
    if len(phrase.split()) != ctx.head - ctx.the or not ctx.post_bodies:
        return set()
    fitting = [p for p in ctx.people if phrase in p.nouns(ctx.titles)]
    posts = {id(p) for p in fitting if body_titled(ctx.doc, p, ctx.post_bodies)}
    holders = [p for p in fitting if id(p) not in posts]  # a former President Y too: no guess then,
    return posts if posts and holders else set()  # as _title_fits leaves Y out (only_former)


def _title_fits(ctx: _Described, phrase: str, former: bool) -> Callable[[Person], bool]:
    """Does a person fit ``the <phrase>``: titled or described so (``former``: titled former too),
    not a body's post while someone holds the title unqualified (:func:`_body_posts`)?"""
    posts = _body_posts(ctx, phrase)

    def fits(p: Person) -> bool:
        return phrase in p.nouns(ctx.titles) and id(p) not in posts and (
            named_with(ctx.doc, p, "former") if former else phrase in p.described or not only_former(ctx.doc, p))
    return fits


def _left_out_holder(ctx: _Described, phrase: str) -> bool:
    """Did someone named before the description carry its title, left out as a former holder or a
    body's post (``former President Y``, ``Assembly President X``)? Then no office-table guess."""
    return any(phrase in p.nouns(ctx.titles) and p.mentions[0].actor.start < ctx.the for p in ctx.people)


def _describe_words(ctx: _Described, words: list[str], former: bool = False) -> dict | None:
    """:func:`describe` for the description's words (``former``: only a person titled former)."""
    doc, the, phrase = ctx.doc, ctx.the, " ".join(words)
    apposed = _apposed_norm(doc, the, ctx.head, phrase, ctx.actors, ctx.people)
    if apposed is not None:  # "Marek Wolny, the finance minister,": him, not an earlier minister
        return apposed
    fits = _title_fits(ctx, phrase, former)
    also = person_starts(ctx.actors, the)
    person = nearest_before(ctx.people, the, fits, also)
    if person is not None and _honorific_only(ctx, person, phrase):  # "Prime Minister Sheikh Yousef" is no emir
        worded = _worded_fits(ctx, phrase, fits)
        held = person if not _titled_otherwise(ctx, person) else None  # "Prime Minister Sheikh X": no emir
        person = nearest_before(ctx.people, the, worded, also) or held
        fits = worded if person is not None and _worded(ctx, person, phrase) else fits  # the rivals named so too
    if person is not None and phrase in ctx.leader_offices:  # "Jubaland's president, X" … "the president"
        again = _bare_again(ctx, person, phrase)
        if again is not None:
            return again
    if person is not None:  # two senators in one sentence, no clue: no guess
        return None if rivalled(doc, ctx.people, the, person, fits, also) else \
            {**person.mentions[0].actor.norm, "via": "coref"}
    if former and phrase in ctx.leader_offices and not _left_out_holder(ctx, phrase) and not _untitled_before(ctx):
        return _unnamed_former(ctx, phrase)  # "the former president", no one who may be him named: an id of its own
    if former or _left_out_holder(ctx, phrase):
        return None  # "the former governor" is not the governor; a former or a body's one: no guess
    named = _in_document_holder(ctx, phrase) or _head_named_later(ctx, phrase) or _office_named(ctx, phrase)
    if named is not None:  # what the article says wins over the offices table ("Japan's prime minister")
        return named
    later = introduced_later(doc, the, phrase, ctx.people, ctx.titles) if phrase not in ctx.leader_offices else None
    if later is not None:  # "the moderator warned …" in the lead, before "moderator Carla Dunmore"
        return later
    holder = ctx.office_holder(phrase)
    if holder is not None:
        return {**holder, "via": "office"}
    for desc in ctx.descriptions:
        if phrase in desc.nouns and not desc.modified:
            found = _story_capital(ctx, desc) if desc.capitals else \
                _reporting_body(ctx, desc) or _described_actor(doc, the, ctx.head, ctx.actors, desc, ctx.company)
            if phrase in desc.focus_first:  # "the country" of a story about one country: that one first
                found = focus_first(doc, the, ctx.actors, found, ctx.focus, desc.countries)
            return found or _focus_state(doc, the, ctx.actors, desc, ctx.focus) or \
                sole_settlement(doc, the, ctx.actors, desc, _sentences_back(doc, the, desc.window), fits_description,
                                ctx.focus) or \
                lone_candidate(doc, the, ctx.head, ctx.actors, desc, ctx.descriptions,
                               _sentences_back(doc, the, LONE_WINDOW), fits_description, ctx.company.lone_context)
    if words and not any(words[-1] in desc.nouns for desc in ctx.descriptions):  # "the guild": its name's head
        return described_unnamed(words, the, ctx.actors, doc) or name_headed(doc, words, the, ctx.actors, ctx.name_heads)
    return described_unnamed(words, the, ctx.actors, doc)


def _bare_again(ctx: _Described, person: Person, phrase: str) -> dict | None:
    """``the president`` after a bare ``The president`` read as someone else before ``person``
    came in, who holds the office only as a body's or a region's post (:mod:`actor_post_owners`):
    that earlier reading again; else None."""
    pid = person.mentions[0].actor.norm["actor_id"]
    titled = any(phrase in t.nouns or phrase in t.words for t in ctx.titles.values() if t.id in person.titles)
    starts = [m.name_start for m in person.mentions]
    if not owned_post_only(ctx.doc, starts, titled, phrase, ctx.actors):
        return None
    earlier = earlier_bare(ctx.doc, ctx.the, phrase, ctx.actors, person.mentions[0].actor.start)
    return {**earlier, "via": "coref"} if earlier is not None and earlier["actor_id"] != pid else None


def _untitled_before(ctx: _Described) -> bool:
    """Was someone named before the description with no title nor description (``Donald Trump held
    a rally …``, ``Ernest Bai Koroma, who led the country …``)? He may be the former holder it
    speaks of, and two such (``Bill Clinton and George W. Bush``) would share one id: no unnamed one."""
    return any(p.mentions[0].actor.start < ctx.the and not p.nouns(ctx.titles) for p in ctx.people)


def _unnamed_former(ctx: _Described, phrase: str) -> dict | None:
    """``the former president`` of a story about one country when the article titles no one with
    the office before it and names no one untitled (:func:`_untitled_before`): the unnamed former holder of the country in focus (``sle-former-president``,
    one id for every such description of the article); no country in focus, another determiner
    than ``the``, or an office of a place or body written after it (``the former mayor of
    Tegucigalpa``: that city's, often a person the article named): None."""
    doc = ctx.doc
    if not ctx.focus or doc[ctx.the].lower_ != "the":
        return None
    last = phrase.split()[-1]
    k = next((t.i for t in doc[ctx.the:ctx.the + 6] if t.lower_ == last), None)
    if k is not None and k + 1 < len(doc) and doc[k + 1].lower_ == "of":
        return None
    return make_norm(f"{ctx.focus.lower()}-former-{slugify(phrase)}", f"former {phrase}", "person", ctx.focus,
                     False, None, "description")


TITLE_REACH = 3  # tokens of a title before a name the model's span left out ("Crown Prince Sheikh Talal")


def _honorific_only(ctx: _Described, p: Person, phrase: str) -> bool:
    """Does ``p`` fit ``the <phrase>`` only through the nouns of a title used with the given name
    (``Sheikh``: the emir, the crown prince, the king), not by the words it was named or described
    with? Then a person named so (:func:`_worded`) is the one meant, when there is one."""
    given = [t for t in ctx.titles.values() if t.id in p.titles and t.given_name]
    other = [t for t in ctx.titles.values() if t.id in p.titles and not t.given_name]
    return any(phrase in t.nouns for t in given) and not any(phrase in t.nouns or phrase in t.words for t in other) \
        and phrase not in p.described and not _worded(ctx, p, phrase)


def _titled_otherwise(ctx: _Described, p: Person) -> bool:
    """Was ``p`` named before the description with a title besides those used with the given name
    (``Prime Minister Sheikh X``: the title's words right before or in one of its mentions)?"""
    if any(t.id in p.titles and not t.given_name for t in ctx.titles.values()):
        return True
    others = {w for t in ctx.titles.values() if not t.given_name for w in t.words}
    return any(" ".join(said[k:j]) in others for said in _said_with(ctx, p)
               for k in range(len(said)) for j in range(k + 1, len(said) + 1))


def _worded_fits(ctx: _Described, phrase: str, fits: Callable[[Person], bool]) -> Callable[[Person], bool]:
    """``fits`` and named with the phrase's words (:func:`_worded`)."""
    return lambda p: fits(p) and _worded(ctx, p, phrase)


def _worded(ctx: _Described, p: Person, phrase: str) -> bool:
    """Was ``p`` named before the description with the words of ``phrase`` in or right before one
    of its mentions (``Crown Prince Sheikh Talal``, ``Kuwait's emir``, an earlier ``the emir``)?"""
    words = phrase.split()
    return any(said[k:k + len(words)] == words for said in _said_with(ctx, p) for k in range(len(said)))


def _said_with(ctx: _Described, p: Person) -> Iterator[list[str]]:
    """The lower-case words of each mention of ``p`` before the description, with up to
    ``TITLE_REACH`` words of its sentence right before it (a title the model's span left out)."""
    aid = p.mentions[0].actor.norm["actor_id"]
    for a in ctx.actors:
        if a.norm.get("actor_id") == aid and a.end <= ctx.the:
            yield [t.lower_ for t in ctx.doc[max(a.start - TITLE_REACH, ctx.doc[a.start].sent.start):a.end]]


STEM = 5  # the shortest modifier, and name word, that _name_stems matches by its start ("emergency": Emergency)
SHORT_MODIFIER = 3  # "bar" of "the bar association": a shorter modifier must be a whole word of the name


def _modifier_named(ctx: _Described, words: list[str]) -> dict | None:
    """``the emergency agency`` after the Mississippi Emergency Management Agency, ``the electoral
    body`` after the National Elections Commission: a head noun of a description row and lower-case
    modifiers, each standing for a word of the name of one earlier body the row fits
    (:func:`_name_stems`); two such bodies: None. The only way to a row marked ``modified``."""
    mods = words[:-1]
    if not mods or not all(len(w) >= SHORT_MODIFIER and w.isalpha() for w in mods) or \
            not all(t.is_lower for t in ctx.doc[ctx.the + 1:ctx.head]):
        return None
    rows = [d for d in ctx.descriptions if words[-1] in d.nouns]
    said = _words_said(ctx.doc, ctx.actors, ctx.the)  # a row's kinds and except_words hold here too
    described = _described_as(ctx.doc, ctx.actors, ctx.the)
    families = [d.name_words for d in ctx.descriptions if _forms_of_one_word(d.name_words)]
    found = {a.norm["actor_id"]: a for a in ctx.actors if a.end <= ctx.the and _name_stems(a, mods, families) and
             any(fits_description(a, d) and _said_fits(said.get(a.norm["actor_id"], set()), d)
                 and described_fits(described.get(a.norm["actor_id"], set()), d) for d in rows)}
    return {**next(iter(found.values())).norm, "via": "coref"} if len(found) == 1 else None


def described_rivals(doc: Doc, the: int, actors: list[Actor], rows: list[Description]) -> list[Actor]:
    """The actors named before ``the`` that a description row of ``rows`` could name, its ``kinds``
    said of them or their id one of its ``ids`` (``the central bank`` after the Fed and the Bank of
    England: both)."""
    said = _words_said(doc, actors, the)
    return [a for a in actors if a.end <= the and any(
        fits_description(a, d) and (a.norm["actor_id"] in d.ids or _said_fits(said.get(a.norm["actor_id"], set()), d))
        for d in rows)]


FAMILY_STEM = 4  # letters the forms of one word share (election, elections, electoral)


def _forms_of_one_word(words: tuple[str, ...]) -> bool:
    """Are a row's ``name_words`` forms of one word (``election``, ``elections``, ``electoral``: a
    modifier may stand for any of them), not several words a name may hold (``department``,
    ``police``: ``police`` stands for no Department)?"""
    return len(words) > 1 and len(os.path.commonprefix(list(words))) >= FAMILY_STEM


def _said_fits(said: set[str], desc: Description) -> bool:
    """No word of ``except_words`` and, for a row with ``kinds``, one of them or of its nouns among
    the words the actor was named or described with (``the labour force`` is no ``force`` named so)."""
    return not said & set(desc.except_words) and (not desc.kinds or bool(said & {*desc.kinds, *desc.nouns}))


def described_fits(described: set[str], desc: Description) -> bool:
    """No phrase of the row's ``except_described`` among the phrases the text described the actor
    with (:func:`describing_phrases`): ``the group`` is not Lindenfels Capital once the text called
    it ``a London-based hedge fund`` nor Nightjar Research, ``a short seller``; the World Wildlife
    Fund (its own name) and ``Europe's biggest online fashion seller`` still fit."""
    return not described & set(desc.except_described)


def describing_phrases(tok: Token) -> set[str]:
    """A describing noun and the two words ending with it (``fund``, ``hedge fund``; ``seller``,
    ``short seller``), as :func:`described_fits` matches them."""
    doc = tok.doc
    return {tok.lower_, f"{doc[tok.i - 1].lower_} {tok.lower_}"} if tok.i > 0 else {tok.lower_}


def _name_stems(a: Actor, mods: list[str], families: list[tuple[str, ...]]) -> bool:
    """Does each modifier stand for a word of the actor's own name: the word itself or one it
    starts (``emergency``: Emergency, ``environment``: Environmental), or one of the same row's
    ``name_words`` (``electoral``: Elections)? Sharing a stem is not enough: ``electoral`` is no
    word of the Kenya Electricity Transmission Company. A modifier shorter than :data:`STEM` must
    equal a word of the name (``bar``: the Liberia National Bar Association)."""
    words = (a.norm.get("name") or "").lower().split()
    names = [w for w in words if len(w) >= STEM]
    return all(m in words if len(m) < STEM else
               any(w.startswith(m) or m.startswith(w) or any(m in f and w in f for f in families) for w in names)
               for m in mods)


def phrase_bodies(doc: Doc, the: int, head: int, actors: list[Actor],
                  descriptions: list[Description]) -> dict[str, dict]:
    """``the electoral commission``, ``the election board`` (an ``institution-phrases`` head): per
    id, the norm of each body named before ``the`` that a description row whose ``name_words`` hold
    the modifiers fits (``desc-poll-body``: a name with Electoral, Elections; not Electricity), named
    and described as the row allows. The caller takes the one body, and guesses none between two."""
    mods = [t.lower_ for t in doc[the + 1:head]]
    rows = [d for d in descriptions if mods and all(m in d.name_words for m in mods)]
    if not rows:
        return {}
    said, described = _words_said(doc, actors, the), _described_as(doc, actors, the)
    return {a.norm["actor_id"]: a.norm for a in actors if a.end <= the and any(
        fits_description(a, d) and _said_fits(said.get(a.norm["actor_id"], set()), d)
        and described_fits(described.get(a.norm["actor_id"], set()), d) for d in rows)}


def _head_named_later(ctx: _Described, phrase: str) -> dict | None:
    """``The president`` before the article names ``President Warren Caldwell``: the one person of
    the country in focus that the article names later with that head office (not ``former``); the
    text's office holder beats the offices table's holder on the publication date. Two: None."""
    if phrase not in ctx.leader_offices or ctx.focus is None:
        return None
    later = [p for p in ctx.people if phrase in p.nouns(ctx.titles) and p.mentions
             and p.mentions[0].actor.norm.get("country") == ctx.focus and not named_with(ctx.doc, p, "former")]
    return {**later[0].mentions[0].actor.norm, "via": "coref"} if len(later) == 1 else None


def _office_named(ctx: _Described, phrase: str) -> dict | None:
    """``the prime minister`` after ``Japan's prime minister`` (:func:`office_antecedent`), unless
    the offices table's holder in the country in focus is named between them."""
    if phrase not in ctx.head_offices:
        return None
    holder = ctx.office_holder(phrase)
    return office_antecedent(ctx.doc, ctx.actors, ctx.the, ctx.head, phrase, ctx.focus,
                             holder["actor_id"] if holder else None)


def _without_modifiers(doc: Doc, the: int, head: int, words: list[str]) -> list[list[str]]:
    """``the public broadcaster``, ``the former governor``, ``the Paris daily``: the head noun (and
    the two last words) without the adjectives or the place before them; none when a modifier is
    something else."""
    out = []
    for keep in (2, 1):
        dropped = doc[the + 1:head + 1 - keep]
        if len(words) > keep and len(dropped) and all(
                t.is_lower and (t.pos_ in ("ADJ", "VERB", "ADV") or _hyphened(t)) or t.text == "-" or
                t.like_num and _hyphened(t) or  # "the 15-member council": the council
                t.is_title and t.pos_ == "PROPN" for t in dropped):
            out.append(words[-keep:])
    return out


def _hyphened(tok) -> bool:
    """A word joined to the next or the one before by a hyphen (``far-right``, ``state-run``)."""
    doc = tok.doc
    return (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-") or (tok.i > 0 and doc[tok.i - 1].text == "-")


def _reporting_body(ctx: _Described, desc: Description) -> dict | None:
    """``A spokeswoman for Corvane Foods said the company …``: the body whose reported words hold
    the description (:func:`reporter_body`), when the row fits it as it would an earlier actor
    (its type or name, the words said of it: :func:`_fitting_earlier`)."""
    body = reporter_body(ctx.doc, ctx.the, ctx.head, ctx.actors, *ctx.report_words)
    plural = ctx.doc[ctx.head].tag_ in ("NNS", "NNPS")
    if body is None or not fits_description(body, desc, plural) or \
            not _fitting_earlier(ctx.doc, ctx.the, ctx.actors, desc, [body]):
        return None
    return {**body.norm, "via": "coref"}


def _story_capital(ctx: _Described, desc: Description) -> dict | None:
    """``the capital``: the capital :func:`_described_actor` finds, counted only when its country
    is the story's focus or the country of the nearest place named before it; a dateline capital of
    another country than the focus is never one (``LONDON (Reuters) - … in Yemen … in the
    capital``, ``PARIS (AFP) - … Niger … the capital``: not London, not Paris; no mention then)."""
    doc, focus = ctx.doc, ctx.focus
    actors = [a for a in ctx.actors if focus is None or a.norm.get("country") == focus or
              not dateline_start(doc, a.start, a.end)]
    found = _described_actor(doc, ctx.the, ctx.head, actors, desc, ctx.company)
    if found is None:
        return _focus_capital(ctx, desc, actors)
    if found.get("country") == focus:
        return found
    places = [a for a in actors if a.end <= ctx.the and a.norm.get("country") and
              a.norm["type"] in ("state", "location")]
    nearest = max(places, key=lambda a: a.start, default=None)
    return found if nearest is not None and nearest.norm["country"] == found.get("country") else None


def _focus_capital(ctx: _Described, desc: Description, actors: list[Actor]) -> dict | None:
    """``the capital`` far after a capital named as a place (``In Dili, the capital, …`` ten
    sentences before ``schools across the capital``): the capital of ``actors`` (no foreign
    dateline's) named last before it, when it is the focus country's; else None."""
    if ctx.focus is None:
        return None
    last = max((a for a in actors if a.end <= ctx.the and _fits_place(a, desc)), key=lambda a: a.start, default=None)
    return {**last.norm, "via": "coref"} if last is not None and last.norm.get("country") == ctx.focus else None


def _described_actor(doc: Doc, the: int, head: int, actors: list[Actor], desc: Description,
                     company: "CompanyEvidence") -> dict | None:
    """The nearest earlier actor that ``desc`` fits; None when two fit and the description is
    near-only or far after both (``company``: what shows a body acting as a company, for
    :func:`_sole_unsorted_body`)."""
    if desc.settlements and head + 2 < len(doc) and doc[head + 1].lower_ == "of" and doc[head + 2].is_title:
        return None  # "the town of Hermel": the name is the mention
    since = _sentences_back(doc, the, 1 if desc.near else desc.window)
    plural = doc[head].tag_ in ("NNS", "NNPS")
    near = _sentences_back(doc, the, 1)  # a body called so in this sentence or the one before
    bound = clause_subject(doc, head)  # "the Justice Department, which oversees the department": not it
    earlier = [a for a in actors if since <= a.start and a.end <= the and not a.start <= bound < a.end and
               not owned_medium(doc, a) and
               (fits_description(a, desc, plural) or _role_named_so(doc, a, desc) or
                near <= a.start and _apposed_so(doc, a, desc, the))]
    earlier = _strong_first(_fitting_earlier(doc, the, actors, desc, earlier), desc, plural)
    if not plural:  # "Rights groups, including the Centro X, said … The group said": the one body
        earlier = [a for a in earlier if not plural_collective(doc, a)] or earlier
    if earlier and _body_in_person_nearer(doc, head, actors, max(a.end for a in earlier), the):
        return None  # "A Justice Department spokesman said the department": not the Transportation one
    if earlier and (desc.nearest_body or desc.yield_sectors):
        earlier = _beyond_other_bodies(doc, the, actors, desc, earlier)
    if not earlier:
        return _called_so(doc, the, actors, desc) or _sole_unsorted_body(doc, the, actors, desc, company) \
            or _sole_far_body(doc, the, head, actors, desc)
    if len({a.norm["actor_id"] for a in earlier}) > 1:
        if desc.near or desc.window:  # "the country" after China and the US; "the state" after two
            return _sentence_chamber(doc, the, earlier)
        if max(a.start for a in earlier) < previous_sentence_start(doc, the):
            earlier = _named_so(earlier, doc[head].lower_, _called_in_apposition(doc, actors, the, doc[head].lower_))
            named = [a for a in earlier if _name_fits(a, desc)]  # "the committee" far after two committees;
            if len({a.norm["actor_id"] for a in earlier}) == len({a.norm["actor_id"] for a in named}):
                return _most_named(named, doc, the)
            if not _nearest_leads(earlier):
                if "business" in desc.sectors and _in_paragraph(doc, the, earlier):
                    return None  # the paragraph's company against the story's: no guess
                return _story_norm(doc, the, earlier, desc)  # "the daily" after two outlets: none
    nearest = _nearest_told(doc, the, earlier, desc)
    if desc.settlements and _listed_place(doc, nearest, actors):
        return None  # "moderates from Queens and Staten Island … the city": neither, or the city of both
    if contested(doc, the, nearest, earlier):
        nearest = subject_or_named(doc, head, earlier) or \
            ("business" in desc.sectors and sentence_subject(doc, the, earlier) or None)
        if nearest is None:  # "Volta Motors and Kessler Automotive cut forecasts. The company …": no guess
            return _story_norm(doc, the, earlier, desc)
    elif nearest.start < previous_sentence_start(doc, the) and not _in_paragraph(doc, the, [nearest]):
        # no body named near, nor in the paragraph: the story's company first
        return _story_norm(doc, the, earlier, desc) or {**nearest.norm, "via": "coref"}
    return {**nearest.norm, "via": "coref"}


def _in_paragraph(doc: Doc, the: int, earlier: list[Actor]) -> bool:
    """Is the last of ``earlier`` named in the description's own paragraph (``Beltrex Systems …
    employs 4,000 people. Last year it opened a plant. The company said``: not the story's company
    for sure)?"""
    return paragraphs_between(doc, max(a.end for a in earlier) - 1, the) == 0


STORY_SUBJECTS = 2  # the fewest clauses a company must be the subject of to be the story's own


def _subject_ids(doc: Doc, found: list[Actor]) -> dict[str, int]:
    """Per actor id, how many of its named mentions (no description) in ``found`` are the subject of
    a clause outside quotation marks (``Siam Harvest said``, ``Hartwerk would book``), alone or
    joined to another (``Dorrance and Qilin reported``: both)."""
    counts: dict[str, int] = {}
    for a in found:
        root = doc[a.start:a.end].root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        if a.category != "description" and a.origin != "rule:description" and \
                root.dep_ in ("nsubj", "nsubjpass") and not inside_quote(doc, a.start):
            counts[a.norm["actor_id"]] = counts.get(a.norm["actor_id"], 0) + 1
    return counts


def sentence_subject(doc: Doc, the: int, earlier: list[Actor]) -> Actor | None:
    """A contested company description names the one fitting body that is the subject of a clause
    of its own sentence before it (``Hartwerk will cut 9,000 jobs, the company said``); two such
    bodies, or none: None. Also the claim side's rival check."""
    here = [a for a in earlier if a.start >= doc[the].sent.start]
    ids = _subject_ids(doc, here)
    return next(a for a in reversed(here) if a.norm["actor_id"] in ids) if len(ids) == 1 else None


def story_company(doc: Doc, the: int, earlier: list[Actor]) -> Actor | None:
    """Of several bodies a company description fits, with no nearer clue (:func:`_described_actor`):
    the story's own company, the one that is the subject of the most clauses before it
    (:func:`_subject_ids`: the headline's and the lede's ``Siam Harvest offered …``), at least
    :data:`STORY_SUBJECTS` and more than any other (``Chatchai said the company expected …`` after
    Siam Harvest bid for Nordkyst: Siam Harvest; ``The company said talks would begin`` paragraphs
    after a bidder declined to comment: the story's company, not the bidder); a tie, or another
    fitting body named in the description's sentence (:func:`_rival_in_sentence`): None. Its last
    mention; also the claim side's rival check."""
    counts = sorted(_subject_ids(doc, earlier).items(), key=lambda kv: -kv[1])
    if not counts or counts[0][1] < STORY_SUBJECTS or len(counts) > 1 and counts[1][1] == counts[0][1]:
        return None
    if _rival_in_sentence(doc, the, earlier, counts[0][0]):
        return None
    return max((a for a in earlier if a.norm["actor_id"] == counts[0][0]), key=lambda a: a.start)


def _rival_in_sentence(doc: Doc, the: int, earlier: list[Actor], chosen: str) -> bool:
    """Is a fitting body of another id than ``chosen`` named in the description's sentence before
    it, as a mention or by the first word of its name inside another one (``Westralis Chief
    Executive Duncan Mearns told the FT that the company wanted …``: Westralis, not the story's)?"""
    start = doc[the].sent.start
    others = [a for a in earlier if a.norm["actor_id"] != chosen]
    if any(a.start >= start for a in others):
        return True
    firsts = {(a.norm.get("name") or "").split()[0] for a in others if a.norm.get("name")}
    return any(t.text in firsts for t in doc[start:the])


def _story_norm(doc: Doc, the: int, earlier: list[Actor], desc: Description) -> dict | None:
    """The norm of the story's company (:func:`story_company`) for a row of the business sector."""
    found = story_company(doc, the, earlier) if "business" in desc.sectors else None
    return {**found.norm, "via": "coref"} if found is not None else None


def _body_in_person_nearer(doc: Doc, head: int, actors: list[Actor], after: int, the: int) -> bool:
    """Is a body with the description's head noun named inside a person mention between ``after``
    and ``the`` (``A Justice Department spokesman said the department …``)? That body is no actor
    of its own, so the nearest one called so is not among the actors: no guess."""
    word = doc[head].lower_
    return any(a.norm.get("type") == "person" and after <= a.start and a.end <= the and
               any(t.lower_ == word and t.is_title for t in doc[a.start:a.end - 1]) for a in actors)


def _sole_far_body(doc: Doc, the: int, head: int, actors: list[Actor], desc: Description) -> dict | None:
    """``Sen. Villaruel, who chairs the committee, said the chamber would ask …`` ten sentences after
    the Senate: a noun of the row's ``sole_nouns`` with no antecedent in its window names the one
    body the row fits that the article named anywhere before (one id, after the row's rivals and
    words said are weighed), when its own sentence holds a word of the row's ``sole_context`` (a
    vote, a bill, a senator: the chamber that legislates); two such bodies (the House and the Senate),
    none, a body of another kind named with the noun (the Bolivian Chamber of Heavy Transport), or a
    sentence with no such word (``At the trial, the chamber fell silent``: a room): None."""
    if doc[head].lower_ not in desc.sole_nouns or not _in_context(doc[head].sent, desc.sole_context):
        return None
    plural = doc[head].tag_ in ("NNS", "NNPS")
    noun = doc[head].lower_
    if any(a.end <= the and not fits_description(a, desc, plural) and noun in doc[a.start:a.end].text.lower().split()
           for a in actors):
        return None  # "the Bolivian Chamber of Heavy Transport … the chamber's leader": that chamber, no guess
    fit = [a for a in actors if a.end <= the and fits_description(a, desc, plural)]
    fit = _fitting_earlier(doc, the, actors, desc, fit)
    ids = {a.norm["actor_id"] for a in fit}
    return {**fit[-1].norm, "via": "coref"} if len(ids) == 1 else None


def _in_context(sent: Span, words: tuple[str, ...]) -> bool:
    """Does the sentence hold one of ``words``, as written or as a lemma (lower case)?"""
    return any(t.lower_ in words or t.lemma_.lower() in words for t in sent)


def _sole_unsorted_body(doc: Doc, the: int, actors: list[Actor], desc: Description,
                        company: "CompanyEvidence") -> dict | None:
    """``Eskom … a plan to swap part of Eskom's loans … The state-owned utility``: with no company
    named before, a company description (a row of the business sector) names the one organisation
    of no known sector named in its sentence or the one before, when the article named it before
    that too and its name is one title-case word (a company's short name, not Mining Watch Kenya
    nor an acronym such as NUMSA) and a mention in that window shows it acting as a company
    (:func:`_acts_as_company`); another organisation in that window, a single mention or no such
    evidence (``Activists from Greenpeace … Greenpeace said … The company``): no guess."""
    if "business" not in desc.sectors:
        return None
    since = _sentences_back(doc, the, 1)
    near = {a.norm["actor_id"] for a in actors if since <= a.start and a.end <= the and a.norm["type"] == "organization"}
    if len(near) != 1:
        return None
    named = [a for a in actors if a.end <= the and a.norm["actor_id"] in near]
    one = named[-1]
    name = one.norm.get("name") or ""
    if len(named) < 2 or one.norm["in_gazetteer"] or one.norm.get("sector") or not (name.istitle() and " " not in name) \
            or one.category in ("group", "unnamed"):
        return None
    if not any(_acts_as_company(doc, a, company) for a in named if since <= a.start):
        return None  # "Greenpeace said the mine polluted rivers. The company said …": no company
    return {**one.norm, "via": "coref"}


def _acts_as_company(doc: Doc, a: Actor, words: "CompanyEvidence") -> bool:
    """Does the mention show its body acting as a company: a company noun right before it (``the
    utility Eskom``), a noun of ``company-evidence-nouns`` it owns or modifies (``Eskom's loans``,
    ``Eskom debt``), or a verb of ``company-evidence-verbs`` with a result for object (``Sibanye
    reported a loss``), or a company description that named it (``The state-owned utility … the
    utility's borrowing costs``)? ``Activists from Greenpeace``, ``Greenpeace said``: none."""
    root = doc[a.start:a.end].root
    if a.origin == "rule:description" or a.start > 0 and doc[a.start - 1].lower_ in words.company_nouns:
        return True
    if root.dep_ in ("poss", "compound") and root.head.i >= a.end:
        return root.head.lemma_.lower() in words.evidence_nouns
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in words.evidence_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in words.result_nouns for c in root.head.children)


def _listed_place(doc: Doc, a: Actor, actors: list[Actor]) -> bool:
    """Is the place ``a`` one of a list of places (``from Queens and Staten Island``, ``in Brooklyn
    and Long Island``), joined to another place actor by the parse? ``the city`` after it may be
    the other one, or the city both are part of: no guess."""
    root = doc[a.start:a.end].root
    partners = [c.i for c in root.children if c.dep_ == "conj"] + ([root.head.i] if root.dep_ == "conj" else [])
    return any(b is not a and b.norm["type"] == "location" and b.start <= k < b.end for k in partners for b in actors)


def _fitting_earlier(doc: Doc, the: int, actors: list[Actor], desc: Description,
                     earlier: list[Actor]) -> list[Actor]:
    """The earlier actors ``desc`` may name once rivals, the document's own outlet, the words said
    of them and descriptions apposed to another of them are weighed (:func:`_described_actor`)."""
    if desc.yield_ids and _rival_named(doc, the, actors, desc):  # "the union" after the EU: not the RMT
        earlier = [a for a in earlier if not _role_only(a, desc)]
    if any(a.category != "unnamed" for a in earlier):  # "a paving company … Voss Paving … the company": Voss
        earlier = [a for a in earlier if a.category != "unnamed"]
    if "media" in desc.types:  # the article's own outlet (its credit) is not "the Paris daily"
        own = {a.norm["actor_id"] for a in actors if a.origin == "rule:credit"}
        earlier = [a for a in earlier if a.norm["actor_id"] not in own]
    if desc.except_words or desc.kinds:  # "the broadcaster" is not the Süddeutsche Zeitung, nor what
        said = _words_said(doc, actors, the)  # "the daily" named; "the bank" is a company named a bank
        earlier = [a for a in earlier if _said_fits(said.get(a.norm["actor_id"], set()), desc)]
    if desc.except_described:  # "the group" is no fund the text called so; the World Wildlife Fund is
        described = _described_as(doc, actors, the)
        earlier = [a for a in earlier if described_fits(described.get(a.norm["actor_id"], set()), desc)]
    if desc.employer_of or desc.rater_of:  # "analysts at Vltava Securities wrote … the company": not the broker;
        earlier = _beyond_employers(doc, earlier, frozenset(desc.employer_of), desc.nouns,  # "Moody's affirmed its
                                    frozenset(desc.rater_of))  # rating … the company": not the rating agency
    return [a for a in earlier if not _apposed_to_one(doc, a, earlier)]


def plural_collective(doc: Doc, a: Actor) -> bool:
    """A body read from a plural common noun (``rights groups``, ``aid groups``: ``via: group``),
    not a name: a singular description (``the group``) names one body rather than these."""
    return a.norm.get("via") == "group" and not a.norm.get("in_gazetteer") and doc[a.end - 1].tag_ in ("NNS", "NNPS")


def _beyond_other_bodies(doc: Doc, the: int, actors: list[Actor], desc: Description,
                         earlier: list[Actor]) -> list[Actor]:
    """``earlier``, or none when :func:`rival_body_named` finds a rival body named before ``the``:
    a court, a chamber or a ministry in between is no such rival (``the Senate confirmed her …
    the board's meeting``)."""
    before = [(a.start, a.norm) for a in actors if a.end <= the and a.norm["type"] in BODY_TYPES and a.category != "group"]
    last = max(a.start for a in earlier)
    ids = {a.norm["actor_id"] for a in earlier}
    return [] if rival_body_named(desc, before, _sentences_back(doc, the, 1), last, ids) else earlier


def _nearest_told(doc: Doc, the: int, earlier: list[Actor], desc: Description) -> Actor:
    """The nearest of ``earlier``; for a company description outside quotation marks, the nearest
    the story names outside them (``"Nordkyst gives us a year-round supply," Siam Harvest's chief
    executive said. … He said the company expected savings``: not the target the chief executive
    spoke of), the nearest of all when every one is quoted. A company named only in a quote stays
    among ``earlier``: a rival that leaves the description contested (:func:`contested`)."""
    told = earlier
    if "business" in desc.sectors and not inside_quote(doc, the):
        told = [a for a in earlier if not inside_quote(doc, a.start)] or earlier
    return max(told, key=lambda a: a.start)


def _beyond_employers(doc: Doc, earlier: list[Actor], nouns: frozenset[str],
                      desc_nouns: tuple[str, ...], rated: frozenset[str] = frozenset()) -> list[Actor]:
    """Of the bodies a description fits, those never named as the employer of people of ``nouns``
    (``analysts at Vltava Securities``, ``Skarholm analyst Erik Lund``): a broker quoted on a
    company is not ``the company``, even when it is the only body that fits or is named alone too
    (``Sibanye reported a loss. Analysts at Vltava Securities said … Vltava Securities cut its
    rating. … The company``: no guess). With none such, an employer whose own name holds a noun
    of the description (``Economists at Sable Bank expect … The bank``) is still named by it. A body
    named as the subject of a verb whose object is a noun of ``rated`` (``Moody's affirmed its rating``,
    ``S&P cut the company's outlook``: the row's ``rater_of``) is such an outsider too."""
    employers = {a.norm["actor_id"] for a in earlier
                 if _employer_mention(doc, a, nouns) or rater_mention(doc, a, rated)}
    return [a for a in earlier if a.norm["actor_id"] not in employers] or \
        [a for a in earlier if set((a.norm.get("name") or "").lower().split()) & set(desc_nouns)]


def _employer_mention(doc: Doc, a: Actor, nouns: frozenset[str]) -> bool:
    """Is the mention the employer of people of ``nouns`` (``analysts at X``, ``an economist with
    X``, ``analyst Tom Reed of X``, ``X analysts``, ``X strategist Y``)?"""
    root = doc[a.start:a.end].root
    if root.dep_ == "pobj" and root.head.lower_ in ("at", "with", "from", "of"):
        return _person_of(root.head.head, nouns)
    return root.dep_ == "compound" and _person_of(root.head, nouns)


def rater_mention(doc: Doc, a: Actor, rated: frozenset[str]) -> bool:
    """Is the mention the subject of a verb whose direct object is a noun of ``rated`` (``Moody's
    affirmed its Ba1 rating``, ``Fitch cut the company's outlook``)? Also the claim side's rival check."""
    root = doc[a.start:a.end].root
    return bool(rated) and root.dep_ == "nsubj" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in rated for c in root.head.children)


def _person_of(word: Token, nouns: frozenset[str]) -> bool:
    """Is ``word`` a noun of ``nouns`` (``analysts``), or a name it describes (``analyst Tom
    Reed``, ``Reed, an analyst``)?"""
    return word.lemma_.lower() in nouns or word.lower_ in nouns or word.pos_ == "PROPN" and any(
        c.dep_ in ("compound", "appos") and c.lower_ in nouns for c in word.children)


def _apposed_to_one(doc: Doc, a: Actor, earlier: list[Actor]) -> bool:
    """Is ``a`` a description (lower-case head noun) set off by a comma right after the name of
    another of ``earlier`` (``the Export-Import Bank of China, Ghana's largest lender,``)? It
    names that body (actor_apposed_bodies gives it its id later): no rival of it. A list of
    names (``Sable Bank, Kalmar Bank``) is none."""
    return doc[a.end - 1].is_lower and a.start >= 2 and doc[a.start - 1].text == "," and \
        any(b.end == a.start - 1 and b.norm["actor_id"] != a.norm["actor_id"] and not doc[b.end - 1].is_lower
            for b in earlier)


def _rival_named(doc: Doc, the: int, actors: list[Actor], desc: Description) -> bool:
    """Was a body of ``desc.yield_ids`` named before token ``the`` (``Brussels``, ``EU trade ministers``),
    or does a word of ``desc.yield_words`` come before it in its sentence (``European``)?"""
    ids = set(desc.yield_ids)
    if any(a.end <= the and (a.norm["actor_id"] in ids or a.origin.removeprefix("rule:") in ids) for a in actors):
        return True
    return any(t.lower_ in desc.yield_words for t in doc[doc[the].sent.start:the])


def _role_only(a: Actor, desc: Description) -> bool:
    """Does ``a`` fit ``desc`` by its gazetteer role alone (the RMT for "the union"), not by a
    word of its name (the United Auto Workers) nor by its type or id?"""
    name = (a.norm.get("name") or "").lower().split()
    return not any(w in name for w in desc.name_words) and a.norm["type"] not in desc.types and \
        a.norm["actor_id"] not in desc.ids and (a.norm.get("role") or "")[3:6] in desc.roles


def _sentence_chamber(doc: Doc, the: int, earlier: list[Actor]) -> dict | None:
    """Chambers of one legislature (one role: the Senate, the lower house), one of them named in
    the description's own sentence: that one (``The lower house passed it, and the chamber's
    speaker …``); else None, as for any two bodies."""
    if any(a.norm["type"] != "legislature" for a in earlier) or len({a.norm.get("role") for a in earlier}) != 1:
        return None
    here = [a for a in earlier if a.start >= doc[the].sent.start]
    return {**here[0].norm, "via": "coref"} if len({a.norm["actor_id"] for a in here}) == 1 else None


def subject_carried(doc: Doc, head: int, earlier: list[Actor]) -> Actor | None:
    """A contested description that is the subject of its clause names the one fitting body that
    was the sole subject of the main clause of the sentence before (``Hollander said it would buy
    lens maker Saikawa. … the company said``: Hollander); None when that sentence has no such
    subject, two joined ones (``Volta and Kessler cut forecasts``), or when a fitting body of
    another id is the main subject of the description's own sentence. A subject inside a quotation
    is the speaker's words, not the story's subject (``"Nordkyst gives us supply," the chief
    executive said. He said the company expected …``: no guess). A fitting body that is the
    subject of a clause set beside the main one counts as a second subject (``The Operators
    Council said …, while the Shire Council wrote …. The council argued``: no guess)."""
    if doc[head].dep_ not in ("nsubj", "nsubjpass"):
        return None
    here = doc[head].sent.start
    before = _sentences_back(doc, head, 1)
    subjects = [a for a in earlier if before <= a.start and (_main_subject(doc, a) or _parallel_subject(doc, a))
                and not inside_quote(doc, a.start)]
    previous = {a.norm["actor_id"] for a in subjects if a.start < here}
    if before == here or len(previous) != 1:
        return None
    chosen = next(a for a in subjects if a.start < here)
    if not _main_subject(doc, chosen):
        return None  # a side clause's subject alone is not the story's subject
    return chosen if all(_same_body(a.norm, chosen.norm) for a in subjects) else None


def subject_or_named(doc: Doc, head: int, earlier: list[Actor]) -> Actor | None:
    """The body :func:`subject_carried` names, else the one contested body whose own name holds the
    description's noun when it is the sole main subject of the sentence before (``Carlyle Group
    said …, while Bain Capital said that … The group``: Carlyle); two bodies so named (two councils)
    or one joined to another (``The EPA and the FAA signed off. The agency``): None."""
    chosen = subject_carried(doc, head, earlier)
    if chosen is not None or doc[head].dep_ not in ("nsubj", "nsubjpass"):
        return chosen
    noun = doc[head].lower_
    named = [a for a in _named_so(earlier, noun) if noun in (a.norm.get("name") or "").lower().split()]
    if not named or not all(_same_body(a.norm, named[-1].norm) for a in named):
        return None
    before = _sentences_back(doc, head, 1)
    main = [a for a in named if before <= a.start < doc[head].sent.start and _main_subject(doc, a)]
    return main[-1] if main else None


def _main_subject(doc: Doc, a: Actor) -> bool:
    """Is the actor's span the active subject, not joined to another, of its sentence's root verb?"""
    root = doc[a.start:a.end].root
    return root.dep_ == "nsubj" and root.head.dep_ == "ROOT" and not any(c.dep_ == "conj" for c in root.children)


CONTRAST_MARKS = frozenset({"while", "whereas"})  # a clause set against the main one


def _parallel_subject(doc: Doc, a: Actor) -> bool:
    """Is the actor's span the active subject of a clause joined to its sentence's root verb (``…,
    and the Shire Council wrote``) or set against it by ``while``/``whereas`` wherever the parser
    hangs that clause (``X said the rules were clear, while the Shire Council wrote that …``): after
    a comma and reporting a clause of its own, not a time clause (``X will keep its stake while Bain
    completes its review``) nor another act (``…, while the Arakan Army attacked a base``). Not a
    reported clause (``X said the council would``) nor a relative one, nor a description (``X swung to
    a loss, and the South Korean company is weighing …``: X again, as a rule)."""
    root = doc[a.start:a.end].root
    verb = root.head
    if root.dep_ != "nsubj" or root.pos_ != "PROPN" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "conj":
        return verb.head.dep_ == "ROOT"
    return verb.dep_ == "advcl" and any(c.dep_ == "ccomp" for c in verb.children) and \
        any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS and c.i > 0 and doc[c.i - 1].text == ","
            for c in verb.children)


def clause_subject(doc: Doc, head: int) -> int:
    """The token of the subject of the clause whose object is ``doc[head]`` (``The FBI sued the
    bureau``, ``a suit by the union against the department``: the verb's subject; a relative
    ``which``/``who`` stands for the noun it follows); -1 when ``doc[head]`` is no object. A
    description is never the subject of its own clause (binding: ``X oversees the department`` is
    not X); nor is the owner of the object (``Moody's affirmed the company's rating``: not Moody's)."""
    tok = doc[head]
    if tok.dep_ == "poss" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
        tok = tok.head
    if tok.dep_ not in ("dobj", "dative", "prep", "agent") or tok.head.pos_ not in ("VERB", "AUX"):
        return -1
    verb = tok.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return -1
    if subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head.i
    return subj.i


def _focus_state(doc: Doc, the: int, actors: list[Actor], desc: Description, focus: str | None) -> dict | None:
    """``the country``, ``this country`` with no state named in its sentence or the one before
    (``desc.focus``): the country in focus, when the article named it as a state before and named
    no other state in the three sentences before (``Venezuela … the country``: no guess)."""
    if desc.focus and desc.subdivisions:
        return _sole_subdivision(doc, the, actors, desc)
    if not desc.focus or not focus:
        return None
    since = _sentences_back(doc, the, 3)
    before = [a for a in actors if a.end <= the and a.norm["type"] == "state"]
    if any(a.start >= since and a.norm["actor_id"] != focus for a in before):
        return None
    named = [a for a in before if a.norm["actor_id"] == focus]
    return {**named[-1].norm, "via": "coref"} if named else None


def _sole_subdivision(doc: Doc, the: int, actors: list[Actor], desc: Description) -> dict | None:
    """``the state`` far after South Carolina (none in the row's window): the one place named
    anywhere before that is a subdivision of the noun's kind in ISO 3166-2 (a State for ``the
    state``, a Province for ``the province``: not Beirut, a governorate, for ``the state`` of
    Lebanon); two such places named before: no guess."""
    kind = doc[the + 1].lower_ if the + 1 < len(doc) else ""
    found = {a.norm["actor_id"]: a for a in actors if a.end <= the and _fits_place(a, desc)
             and kind in subdivision_kinds().get((a.norm.get("name") or "").lower(), ())}
    if kind == "state":  # "Arizona … Washington … the state": Arizona; a province keeps its capital
        found = beyond_capital_seats(found)
    return {**next(iter(found.values())).norm, "via": "coref"} if len(found) == 1 else None


def contested(doc: Doc, i: int, nearest: Actor, fitting: list[Actor]) -> bool:
    """Is the description at token ``i`` contested: an actor of another id than ``nearest`` (the
    nearest earlier one it fits) among ``fitting`` named within :func:`rival_window`?"""
    since = rival_window(doc, i, nearest.start)
    return any(not _same_body(a.norm, nearest.norm) and since <= a.start < i for a in fitting)


def _same_body(a: dict, b: dict) -> bool:
    """The same id, or one a role code (``RUSGOV`` for ``Russia's central bank``) that the other,
    named (``Bank of Russia``), carries as its role: no rival of each other."""
    return a["actor_id"] == b["actor_id"] or a["actor_id"] == b.get("role") or b["actor_id"] == a.get("role")


def fits_description(a: Actor, desc: Description, plural: bool = False) -> bool:
    """Could the description row ``desc`` (``the agency``) name the earlier actor ``a``? The one
    test of the actor layer's two resolvers and of the claim side's rival check."""
    return _fits(a, desc, plural) and _fits_place(a, desc)


def _words_said(doc: Doc, actors: list[Actor], before: int) -> dict[str, set[str]]:
    """Per actor id, the words of its name, the head nouns of the descriptions that named it before,
    a lower-case noun right before its name or in apposition (``lens maker Saikawa``), and the
    lower-case nouns and adjectives inside its mention (``the state news agency Tanjug``)."""
    out: dict[str, set[str]] = {}
    for a in actors:
        if a.end <= before:
            words = out.setdefault(a.norm["actor_id"], set())
            words.update((a.norm.get("name") or "").lower().split())
            if a.category == "description" and a.head:
                words.add(a.head)
            words.update(_describing_nouns(doc, a))
            words.update(t.lower_ for t in doc[a.start:a.end] if t.is_lower and t.pos_ in ("NOUN", "ADJ")
                         or a.norm["actor_id"] == a.norm.get("role") and t.is_title)  # a role code's own name:
    return out  # "the Royal Canadian Mounted Police" (CANCOP, named "Canada (police)")


def _describing_nouns(doc: Doc, a: Actor) -> list[str]:
    """The lower-case words of :func:`_describing_tokens`."""
    return [t.lower_ for t in _describing_tokens(doc, a)]


def _describing_tokens(doc: Doc, a: Actor) -> list[Token]:
    """``lens maker Saikawa Precision``, ``Sable Bank, the lender,``: the lower-case nouns that
    describe the named actor right before it or in apposition; a lower-case adjective right before
    it that modifies its name (``the paramilitary Rapid Support Forces``) too."""
    root = doc[a.start:a.end].root
    before = doc[a.start - 1] if a.start > 0 else None
    out = [before] if before is not None and before.is_lower and \
        (before.pos_ == "NOUN" or before.pos_ == "ADJ" and before.head.i == root.i) else []
    out += [c for c in root.children if c.dep_ == "appos" and c.is_lower and c.pos_ == "NOUN"]
    indefinite = _indefinite_apposed(doc, a)
    return out + [indefinite] if indefinite is not None else out


def _described_as(doc: Doc, actors: list[Actor], before: int) -> dict[str, set[str]]:
    """Per actor id, the phrases (:func:`describing_phrases`) of the lower-case nouns the text
    described it with before ``before``: inside its mentions (``the fund``, ``the activist fund
    Tamar Capital``), right before its name or in apposition (``Nightjar Research, a short
    seller,``); never the words of its own name (the Environmental Defense Fund)."""
    out: dict[str, set[str]] = {}
    for a in actors:
        if a.end <= before:
            out.setdefault(a.norm["actor_id"], set()).update(mention_described(doc, a))
    return out


def mention_described(doc: Doc, a: Actor | Span) -> set[str]:
    """The phrases (:func:`describing_phrases`) of the lower-case nouns one mention ``a`` (an actor
    or a span) was described with: inside it (``the fund``), right before its name or in
    apposition (``Nightjar Research, a short seller,``); never the words of its own name. The
    claim side reads the same (``claim_speakers._described_as``)."""
    toks = [t for t in doc[a.start:a.end] if t.is_lower and t.pos_ == "NOUN"] + _describing_tokens(doc, a)
    return {p for t in toks for p in describing_phrases(t)}


INDEFINITE_REACH = 6  # words of "a cross-party think tank" after the name's comma


def _indefinite_apposed(doc: Doc, a: Actor) -> Token | None:
    """``The Resolution Centre, a think tank focused on living standards,``: the last noun of the
    lower-case words after ``a``/``an`` right after the comma that follows the name (the parser
    hangs such an apposition elsewhere at times); None when no such phrase follows."""
    k = a.end + 2
    if k >= len(doc) or doc[a.end].text != "," or doc[a.end + 1].lower_ not in ("a", "an"):
        return None
    last = None
    while k < len(doc) and k - a.end < INDEFINITE_REACH + 2 and \
            (doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN") or doc[k].text == "-"):
        last = doc[k] if doc[k].pos_ == "NOUN" else last
        k += 1
    return last


def _apposed_so(doc: Doc, a: Actor, desc: Description, the: int) -> bool:
    """``The CGT, France's largest union,`` … ``the union``: a body of no name word of the
    description that the text called by its noun, in apposition or right before its name (in the
    description's sentence or the one before only: far back, ``the party`` is another party)."""
    if a.norm["type"] not in ("organization", "group", *BODY_TYPES) or a.category == "group":
        return False
    root = doc[a.start:a.end].root
    nouns = [doc[a.start - 1]] if a.start > 0 else []
    nouns += [c for c in root.children if c.dep_ == "appos" and c.i < the and _right_after(doc, a, c)]
    if _definite_compound(doc, a, desc, the):  # "the GDL union", "the Unite union"
        nouns.append(root.head)
    return any(t.is_lower and t.pos_ == "NOUN" and t.lower_ in desc.nouns for t in nouns)


def _role_named_so(doc: Doc, a: Actor, desc: Description) -> bool:
    """A country's body coded by its role (``CANCOP``, named ``Canada (government)``) whose mention
    is its own name (two title-case words or more) holding in title case a word that is both a name
    word and a kind of the row (``the Royal Canadian Mounted Police`` … ``the force``); not one named
    by a common noun (``Dutch police``) nor a sentence's lone ``Police``; a row with no kinds (``the
    court``, ``the service``) takes no role code this way."""
    named = [t for t in doc[a.start:a.end] if t.is_title]
    return a.norm["actor_id"] == a.norm.get("role") and len(named) > 1 and \
        any(t.lower_ in desc.name_words and t.lower_ in desc.kinds for t in named)


def _definite_compound(doc: Doc, a: Actor, desc: Description, the: int) -> bool:
    """Does the name modify a noun right after it under ``the`` (``the GDL union``)? Not ``a
    Telegram channel`` (a channel on Telegram, not Telegram), nor a name of a type the description
    takes none of (``the Telegram channel``: an organization, the channel media)."""
    root = doc[a.start:a.end].root
    if root.dep_ != "compound" or not root.head.i == a.end < the:
        return False
    if desc.types and a.norm["type"] not in desc.types:
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in root.head.children)


def _called_so(doc: Doc, the: int, actors: list[Actor], desc: Description) -> dict | None:
    """With no earlier actor that fits ``desc`` by itself: the one body the text called by the
    description's noun anywhere before (``after the GDL union declared … where the union is
    strongest``; :func:`_apposed_so`); two such bodies: no guess."""
    called = {a.norm["actor_id"]: a for a in actors if a.end <= the and not owned_medium(doc, a)
              and not _modified_name(doc, a) and _apposed_so(doc, a, desc, the)}
    return {**next(iter(called.values())).norm, "via": "coref"} if len(called) == 1 else None


def _modified_name(doc: Doc, a: Actor) -> bool:
    """Is the word right before the name a compound modifier of it (``the state Senate``), not a
    noun that calls it so (``the union GDL``)? Far back, no body is called so by it."""
    before = doc[a.start - 1] if a.start > 0 else None
    return before is not None and before.dep_ == "compound" and a.start <= before.head.i < a.end


def owned_medium(doc: Doc, a: Actor) -> bool:
    """Is the mention a name that only modifies a thing another owns by a possessive pronoun (``on
    its Telegram channel``, ``on his Facebook page``)? The platform is no actor a description
    could name, nor a rival of the owner (``The Arakan Army said … on its Telegram channel …
    The group said``)."""
    root = doc[a.start:a.end].root
    if a.norm["type"] != "organization" or root.dep_ != "compound" or root.head.i != a.end:
        return False
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" and c.i < a.start for c in root.head.children)


def _right_after(doc: Doc, a: Actor, appos) -> bool:
    """Does the apposition headed by ``appos`` open right after the comma that follows the actor
    (``the FDLR, a militia``)? The parser hangs it on another noun at times (``Kinshasa failed to
    disarm the FDLR, a militia``: not Kinshasa's)."""
    return a.end < len(doc) and doc[a.end].text == "," and appos.left_edge.i == a.end + 1


def _name_fits(a: Actor, desc: Description) -> bool:
    """Does the actor's own name hold the description's word (``the Senate Judiciary Committee``)?"""
    return any(w in (a.norm.get("name") or "").lower().split() for w in desc.name_words)


def _named_so(earlier: list[Actor], noun: str, called: frozenset[str] = frozenset()) -> list[Actor]:
    """Of the bodies a description fits, those whose own name holds its head noun (``the agency``:
    the Central Intelligence Agency, not the Federal Bureau of Investigation, which fits it too) or
    that the text called by it in apposition (``called``: their ids, :func:`_called_in_apposition`);
    all of them when none is."""
    def named(a: Actor) -> bool:  # a name of two words or more (not a headline's "Chipmaker")
        words = (a.norm.get("name") or "").lower().split()
        return len(words) > 1 and noun in words or a.norm["actor_id"] in called
    return [a for a in earlier if named(a)] or earlier


def _called_in_apposition(doc: Doc, actors: list[Actor], the: int, noun: str) -> frozenset[str]:
    """The ids of the bodies named before token ``the`` with a description of head ``noun`` set off
    by a comma right after the name (``UNAMI, the U.N. mission in Iraq,``: :func:`_apposed_to_one`,
    which drops that description as a rival of its name): the text named them so as surely as a
    name holding the noun. A list of names (``Sable Bank, Kalmar Bank``) calls none so."""
    described = [a for a in actors if a.end <= the and doc[a.end - 1].lower_ == noun and doc[a.end - 1].is_lower]
    return frozenset(b.norm["actor_id"] for a in described if _apposed_to_one(doc, a, actors)
                     for b in actors if b.end == a.start - 1 and not doc[b.end - 1].is_lower)


TIE_PARAGRAPHS = 2  # of bodies named as often, one named this near a description is the one it names,
TIE_FAR = 4  # when every other was last named more paragraphs back than this (another brief of a roundup)


def _most_named(earlier: list[Actor], doc: Doc, the: int) -> dict | None:
    """Of several bodies a description fits, none of them in its sentence or the one before: the
    one named most often so far (the story's own body), on a tie the one named first, unless only
    the nearest of the tied is named in the description's paragraph or the :data:`TIE_PARAGRAPHS`
    before it and the others far back (a roundup of briefs: ``the ministry`` of the brief it stands
    in); its norm."""
    counts: dict[str, int] = {}
    first: dict[str, Actor] = {}
    last: dict[str, Actor] = {}
    for a in sorted(earlier, key=lambda x: x.start):
        counts[a.norm["actor_id"]] = counts.get(a.norm["actor_id"], 0) + 1
        first.setdefault(a.norm["actor_id"], a)
        last[a.norm["actor_id"]] = a
    best = max(counts.values())
    top = [k for k, n in counts.items() if n == best]
    apart = {k: paragraphs_between(doc, last[k].end - 1, the) for k in top}
    near = [k for k in top if apart[k] <= TIE_PARAGRAPHS]
    if len(top) > 1 and len(near) == 1 and all(n > TIE_FAR for k, n in apart.items() if k != near[0]):
        return {**last[near[0]].norm, "via": "coref"}
    return {**min((first[k] for k in top), key=lambda a: a.start).norm, "via": "coref"}


def _nearest_leads(earlier: list[Actor]) -> bool:
    """Far after several bodies a description fits: is the nearest one also the one named most
    often, strictly (``the company`` far after the story's own company and a rival named once)?"""
    counts: dict[str, int] = {}
    for a in earlier:
        counts[a.norm["actor_id"]] = counts.get(a.norm["actor_id"], 0) + 1
    nearest = max(earlier, key=lambda a: a.start).norm["actor_id"]
    return all(n < counts[nearest] for k, n in counts.items() if k != nearest)


def _sentences_back(doc: Doc, i: int, n: int) -> int:
    """The start of the sentence ``n`` sentences before the one of token ``i`` (0: the document)."""
    if n <= 0:
        return 0
    start = doc[i].sent.start
    for _ in range(n):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


def _fits_place(a: Actor, desc: Description) -> bool:
    """``the island`` fits only the island states of the row; ``the state`` only a state or
    province (an ISO 3166-2 name: Arizona, Bavaria), not a city or a country."""
    if desc.countries and a.norm.get("country") not in desc.countries or desc.stateless and a.norm.get("country"):
        return False
    if desc.capitals:  # "the capital": Maputo named as a place, not a city the gazetteer calls no capital
        return a.norm["type"] == "location" and a.norm.get("metonym") in capital_ids()
    if desc.subdivisions:
        name = (a.norm.get("name") or "").lower()
        return a.norm["type"] == "location" and name in subdivision_countries()
    if desc.settlements:  # a place the model found, or a capital (Doha); not a region of the gazetteer
        name = (a.norm.get("name") or "").lower()
        return a.norm["type"] == "location" and name not in subdivision_countries() and \
            (not a.norm.get("in_gazetteer") or a.norm.get("via") == "metonym")
    return True


def _in_document_holder(ctx: _Described, phrase: str) -> dict | None:
    """The article's own antecedent of ``the <phrase>``: a person in apposition (``Eleanor Hart,
    the prime minister,`` / ``the prime minister, Eleanor Hart``; later ``the prime minister``
    names her too); for a head of government, the person whose cabinet or government the article
    named (``her cabinet``, ``Hart's government``); ``the administration`` / ``the campaign``
    after ``the Pryce administration`` / ``the Whitfield campaign``."""
    doc, the, head, actors = ctx.doc, ctx.the, ctx.head, ctx.actors
    apposed = _apposed_norm(doc, the, head, phrase, actors, ctx.people)
    if apposed is not None:
        return apposed
    suffix = OWN_BODY.get(phrase)
    earlier = [a for a in actors if a.end <= the and a.owner is not None]
    if suffix is not None:
        own = [a for a in earlier if a.norm["actor_id"].endswith("-" + suffix)]
        if not own:  # "the administration" before the article names "the Pryce administration"
            later = {a.norm["actor_id"]: a for a in actors if a.start > head and a.owner is not None
                     and a.norm["actor_id"].endswith("-" + suffix)}
            own = list(later.values()) if len(later) == 1 else []
        return {**own[-1].norm, "via": "coref"} if own else None
    if phrase in ctx.leader_offices:
        heads = [a for a in earlier if a.head in ("cabinet", "government")]
        return {**heads[-1].owner, "via": "coref"} if heads else None
    return None


def _apposed_norm(doc: Doc, the: int, head: int, phrase: str, actors: list[Actor],
                  people: list[Person]) -> dict | None:
    """The person ``the <phrase>`` stands in apposition to (part of the person's naming; the
    phrase names the person later on too, unless a possessive made it a post of someone else's:
    after ``Its president, Laurent Dumesnil,`` a bare ``the president`` is not him), else None."""
    apposed = apposed_person(doc, the, head, actors)
    if apposed is None:
        return None
    person = next((p for p in people if any(m.actor is apposed for m in p.mentions)), None)
    if person is not None and doc[the].tag_ != "PRP$":
        person.described.add(phrase)
    return {**apposed.norm, "via": "apposition"}


def note_possessed(doc: Doc, pos: int, actors: list[Actor], people: list[Person]) -> None:
    """``The bureau's director, Karen Osei,``: the possessor is a description of its own; the
    possessed noun (one or two words after the ``'s`` at token ``pos``) in apposition to a person
    describes that person, so that a later ``the director`` names her (:meth:`Person.nouns`)."""
    for head in range(pos + 1, min(pos + 3, len(doc) - 1)):
        if doc[head].pos_ != "NOUN" or doc[head + 1].pos_ in ("NOUN", "PROPN"):
            continue
        apposed = apposed_person(doc, pos, head, actors)
        person = next((p for p in people if any(m.actor is apposed for m in p.mentions)), None) if apposed else None
        if person is not None:
            person.described.add(" ".join(t.lower_ for t in doc[pos + 1:head + 1]))
        return


def apposed_person(doc: Doc, the: int, head: int, actors: list[Actor]) -> Actor | None:
    """The person the description stands in apposition to (``Eleanor Hart, the prime minister,``;
    ``the president, Tomas Reyes,``), by the parse: not ``After the rally, Mr. Brennan smiled``."""
    if the >= 2 and doc[the - 1].text == ",":
        end = _name_end(doc, the - 1, actors)
        before = next((a for a in actors if a.end == end and a.norm["type"] == "person"), None)
        if before is not None and (_in_apposition(doc, doc[head], doc[before.start:before.end]) or
                                   end < the - 1 and _closed_by_comma(doc, head)):
            return before  # "Rep. X (D-Mich.), the chair of the panel, sent": the parser's subject
    if head + 2 < len(doc) and doc[head + 1].text == ",":
        after = next((a for a in actors if a.start == head + 2 and a.norm["type"] == "person"), None)
        if after is not None and _in_apposition(doc, doc[head], doc[after.start:after.end]):
            return after
    return None


def _name_end(doc: Doc, comma: int, actors: list[Actor]) -> int:
    """Where the name before the comma at token ``comma`` ends, past a party tag in parentheses or
    a home state (``Rep. Joan Garrity (D-Mich.), the chair``; ``Rep. Tom Ocampo of Texas, the top
    Republican``): the description stands in apposition to the name all the same."""
    if doc[comma - 1].text == ")":
        opening = next((k for k in range(comma - 2, max(comma - 8, 0), -1) if doc[k].text == "("), None)
        return opening if opening is not None else comma
    place = next((a for a in actors if a.end == comma and a.norm["type"] in ("location", "state")), None)
    if place is not None and place.start > 0 and doc[place.start - 1].lower_ == "of":
        return place.start - 1
    return comma


def _closed_by_comma(doc: Doc, head: int) -> bool:
    """Does a comma close the description headed by token ``head`` (``the chair of the panel,``)?"""
    edge = doc[head].right_edge.i  # the comma itself when the parser hung it on the head
    return edge > head and doc[edge].text == "," or edge + 1 < len(doc) and doc[edge + 1].text == ","


def _in_apposition(doc: Doc, tok, span) -> bool:
    """Is the description's head ``tok`` in apposition to the name ``span`` (either way), or both
    the same role in a list the parser flattened (``conj``)?"""
    root = span.root
    return (tok.dep_ in ("appos", "conj") and tok.head.i in range(span.start, span.end)) or \
        (root.dep_ in ("appos", "conj") and root.head.i == tok.i) or \
        (tok.dep_ == root.dep_ and tok.head.i == root.head.i and tok.dep_ not in ("ROOT", "punct"))


def _crowd(a: Actor) -> bool:
    """A group of people found by its words (``voters``, ``House Democrats``) or by a role phrase
    (``Turkish officials``), not a body's following."""
    return a.category == "group" and a.origin != "rule:following" or \
        a.norm["type"] == "group" and a.norm.get("via") == "role_phrase"


def _body_set(a: Actor, desc: Description) -> bool:
    """A collective (``actor_collectives.jsonl``) of bodies of no country named by the plural of the
    description's own noun (``Rights groups condemned the law. The group said …``): no crowd of
    people, so the description may name it."""
    head = a.head or ""
    singulars = {head[:-3] + "y", head[:-2], head[:-1]} if head.endswith("ies") else {head[:-2], head[:-1]}
    return a.origin.startswith("rule:collective-") and a.norm.get("country") is None and \
        head.endswith("s") and any(s in desc.nouns for s in singulars)


#: role codes a description row may ask for: the typed ones and the gazetteer's labour unions
#: (``GBRLAB``: the RMT, Unison; "the union" names them whatever their name holds)
DESCRIBED_ROLES = frozenset(ROLE_TYPES) | {"LAB"}


def _fits(a: Actor, desc: Description, plural: bool = False) -> bool:
    """Does the earlier actor ``a`` fit the description? A group of people (``Nato officials``)
    fits only a plural description (``the firms``) or one made for groups."""
    norm = a.norm
    if norm["type"] in ("location", "person", "people", "state") and norm["type"] not in desc.types:
        return False
    if norm["type"] == "group" and not plural and ("group" not in desc.types or _crowd(a) and not _body_set(a, desc)):
        return False  # "the group", "the militia" name a body, not "protesters" or "two diplomats"
    name = (norm.get("name") or "").lower().split()
    role = norm.get("role") or ""
    return any(w in name for w in desc.name_words + desc.weak_name_words) or norm["type"] in desc.types or \
        norm["actor_id"] in desc.ids or any(role[3:6] == r for r in desc.roles if r in DESCRIBED_ROLES) or \
        norm.get("sector") in desc.sectors


def _strong_first(earlier: list[Actor], desc: Description, plural: bool) -> list[Actor]:
    """The earlier actors without those that fit only by a ``weak_name_words`` word when another
    fits otherwise (``the agency`` after the Food and Drug Administration and a nearer Department of
    Health and Human Services: the FDA); all of them when none does."""
    if not desc.weak_name_words:
        return earlier
    strict = replace(desc, weak_name_words=())
    strong = [a for a in earlier if _fits(a, strict, plural) or
              not set((a.norm.get("name") or "").lower().split()) & set(desc.weak_name_words)]
    return strong or earlier
