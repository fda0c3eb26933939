"""Actor dictionaries: load, validate and index the shipped gazetteer and user dictionaries.

Pure Python (no spaCy): :func:`load_gazetteer` returns a :class:`Gazetteer` whose ``by_alias``
maps a lower-cased alias to the candidate entries, best first. The matching itself (spaCy
``PhraseMatcher``) lives in :mod:`pipeline.components.actors`.

Shipped data (``pipeline/rules/``), every entry with an ``id``:

- ``actors_countries.jsonl``: one line per ISO 3166 alpha-3 code: extra ``aliases`` (the names of
  pycountry are added), ``demonyms`` (adjectives: ``Russian``) and ``plurals`` (``Russians``).
- ``metonyms.jsonl``: seats of power (``kind: seat``: the Kremlin), capitals (``kind: capital``)
  and buildings (``kind: building``: Capitol Hill, no actor as a place), with the ``role`` they
  stand for when they act (``GOV``; the Pentagon ``MIL``).
- ``actors_orgs.jsonl``: organizations, groups, state institutions (``actor_id`` = CAMEO code such as
  ``IRNMIL``), companies (slug ``actor_id``, ``role`` code such as ``RUSBUS``), religious and
  ethnic groups (``type: people``).
- ``actors_people.jsonl``: people with ``roles``: ``[{"code": "IRNGOV", "valid_from", "valid_to"}]``.
- ``actors_places.jsonl``: well-known places (``Gaza``, ``Crimea``, ``Aleppo``) -> ``type: location``
  with their country (places are never actors of their own).
- ``actor_regions.jsonl``: regions of a country (``Bavaria``, ``Scotland``, ``Quebec``) with their
  adjectives (``Bavarian``): places with their country (never the country itself), whose
  government is their own (``the Bavarian state government``; ``actor_regions.py``).
- ``actor_roles.jsonl``: role nouns (``officials`` -> GOV) used after a country word.
- ``actor_words.jsonl``: the word lists the matcher consults (titles, possessives, motion verbs...),
  one list per line, read into :class:`ActorWords`.

User dictionaries (CSV with a header, or JSONL) have the columns ``id, name, aliases, type,
country, valid_from, valid_to`` (aliases ``|``-separated in CSV, a list in JSONL), and optionally
``actor_id`` and ``role`` (``GOV`` or a code like ``IRNGOV``: the CAMEO code reported in the
norm's ``role`` while ``actor_id`` stays the entry's own). A user entry with the id of a shipped entry replaces it; a user alias
wins over a shipped entry with the same alias. A person with a validity range and no ``role``
gets the role ``<country>GOV`` for that range.
"""

from __future__ import annotations

import dataclasses

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

import pycountry

from pipeline.ruledata import RuleError, read_jsonl_rules

RULES = Path(__file__).resolve().parent.parent / "rules"

TYPES = ("state", "government", "military", "legislature", "media", "person", "organization",
         "group", "people", "location")
# CAMEO-style role suffix -> actor type
ROLE_TYPES = {"GOV": "government", "MIL": "military", "LEG": "legislature", "MED": "media",
              "BUS": "organization", "COP": "government", "JUD": "government", "SPY": "government",
              "OPP": "group", "REB": "group", "ELC": "organization", "PTY": "organization"}
PARTIES = {"D": "DEM", "R": "REP", "I": "IND"}  # US party letters -> party codes (USAPTYDEM)
# Entry categories, best first when two entries share an alias.
PRIORITY = {"user": 0, "person": 1, "org": 2, "metonym": 3, "place": 4, "country": 5, "demonym": 6,
            "plural": 7}
EXTRA_COUNTRIES = {"XKX": "Kosovo"}  # user-assigned codes in common use

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE = re.compile(r"^[A-Z]{3}(GOV|MIL|LEG|MED|BUS|COP|JUD|SPY|OPP|REB|ELC|PTY)?([A-Z]{3})?$")


class ActorDictionaryError(RuleError):
    """A dictionary file or one of its rows is invalid (the message names file and line)."""


@dataclass(frozen=True)
class Role:
    code: str
    valid_from: str | None = None  # ISO date (padded: 2005 -> 2005-01-01)
    valid_to: str | None = None  # ISO date (padded: 2013 -> 2013-12-31)

    def valid_on(self, date: str | None) -> bool:
        if date is None:
            return False
        return (self.valid_from is None or self.valid_from <= date) and \
            (self.valid_to is None or date <= self.valid_to)

    def as_dict(self) -> dict:
        return {"code": self.code, "valid_from": self.valid_from, "valid_to": self.valid_to}


@dataclass(frozen=True)
class Entry:
    id: str  # provenance: origin "rule:<id>"
    actor_id: str
    name: str
    type: str
    country: str | None
    aliases: tuple[str, ...]
    category: str  # see PRIORITY
    roles: tuple[Role, ...] = ()
    role: str | None = None  # metonyms: role suffix when acting (GOV, MIL); others: a code (RUSBUS)
    kind: str | None = None  # metonyms: seat | capital | building (as a place no actor at all)
    valid_from: str | None = None
    valid_to: str | None = None
    source: str = ""
    requires_the: bool = False  # "the West": "West" alone (West Virginia) is no match
    needs_country: bool = False  # "Movement for Socialism": only in a text naming its country (Bolivia)
    stands_for: bool = False  # metonyms: acting, the place is another actor (actor_id), no country


@dataclass(frozen=True)
class RoleRule:
    """One row of ``actor_roles.jsonl``: role nouns (``heads``, lower case, possibly several words)
    that give ``role`` after a country word, when one of ``modifiers`` (if any) is present."""
    id: str
    role: str  # GOV, MIL, ... or PPL (people)
    heads: tuple[str, ...]
    modifiers: tuple[str, ...] = ()
    institution_phrases: bool = False  # its two-word heads are ActorWords.institution_phrases ("electoral commission")


#: the objects of ``party-seat-verbs`` that show a party when its row lists none (``the Front won 31 seats``)
SEAT_NOUNS = frozenset({"seat"})


@dataclass(frozen=True)
class ActorWords:
    """The word lists of ``actor_words.jsonl`` (one field per line id, ``-`` read as ``_``)."""
    possessive: frozenset[str]
    motion_verbs: frozenset[str]
    actor_preps: frozenset[str]
    noun_actor_preps: frozenset[str]
    person_titles: frozenset[str]
    title_heads: frozenset[str]
    institution_heads: frozenset[str]
    corp_suffixes: frozenset[str]
    org_titles: frozenset[str]
    headline_verbs: frozenset[str]
    name_links: frozenset[str]
    name_suffixes: frozenset[str]
    place_heads: frozenset[str]
    group_nouns: frozenset[str]
    legislature_heads: frozenset[str]
    media_heads: frozenset[str]
    government_heads: frozenset[str]
    kin_female: frozenset[str]
    kin_male: frozenset[str]
    kin_parents: frozenset[str]
    kin_children: frozenset[str]
    kin_vocatives: frozenset[str]
    family_nouns: frozenset[str]
    body_heads: frozenset[str]
    members_of: frozenset[str]
    recipient_heads: frozenset[str]
    relation_nouns: frozenset[str]
    state_heads: frozenset[str]
    member_nouns: frozenset[str]
    source_nouns: frozenset[str]
    modified_group_nouns: frozenset[str] = frozenset()
    rank_modifiers: frozenset[str] = frozenset()  # "deputy coordinator" is no "coordinator"
    opposition_nouns: frozenset[str] = frozenset()
    foreign_modifiers: frozenset[str] = frozenset()
    counsel_nouns: frozenset[str] = frozenset()
    armed_member_nouns: frozenset[str] = frozenset()  # "the soldiers", "U.N. peacekeepers": military
    client_nouns: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    city_preps: frozenset[str] = frozenset()
    city_person_preps: frozenset[str] = frozenset()
    group_place_preps: frozenset[str] = frozenset()  # "across" in "farmers across Brittany": where the group is
    us_state_abbreviations: frozenset[str] = frozenset()  # "Ariz.=Arizona"
    party_tag_words: frozenset[str] = frozenset()  # "republican" in "Republican of Kansas": a party tag
    legislator_titles: frozenset[str] = frozenset()  # "sen" in "Sen. X of Kansas": a party tag follows
    wire_credit_phrases: frozenset[str] = frozenset()  # "editing" (by): journalists' credits
    caption_markers: frozenset[str] = frozenset()  # "photo", "credit": a caption line is no headline
    org_name_heads: frozenset[str] = frozenset()  # "Movement", "Association": the end of a body's name
    chamber_name_tails: frozenset[str] = frozenset()  # "Commerce" after "Chamber of": the end of its name
    group_body_heads: frozenset[str] = frozenset()  # "conference" in "the bishops' conference": the people's body
    partitive_group_nouns: frozenset[str] = frozenset()  # "four of its members": no group
    sponsor_participles: frozenset[str] = frozenset()  # "trained" in "Indian-trained pilots": no Indians
    media_name_nouns: frozenset[str] = frozenset()  # "broadcaster" in "the public broadcaster RTP"
    business_name_words: frozenset[str] = frozenset()  # "Semiconductor", "Capital": a company's name
    company_nouns: frozenset[str] = frozenset()  # "X, a Denver-based company,": a company
    share_nouns: frozenset[str] = frozenset()  # "Kestrel shares", "shares in Kestrel": a company
    company_evidence_nouns: frozenset[str] = frozenset()  # "Eskom's loans", "Eskom debt": acts as a company
    company_evidence_verbs: frozenset[str] = frozenset()  # "Sibanye reported a loss" (with result_nouns)
    office_nouns: frozenset[str] = frozenset()  # "minister" in "the Saudi minister": one person
    head_offices: frozenset[str] = frozenset()  # "prime minister": one holder per country
    informant_phrases: frozenset[str] = frozenset()  # "familiar with" in "people familiar with the matter"
    name_articles: frozenset[str] = frozenset()  # "Il" in "Il Messaggero": no given name
    time_zones: frozenset[str] = frozenset()  # "CET": no organisation
    quantifiers: frozenset[str] = frozenset()  # "few" in "few Democrats": a group, not the party
    collective_non_modifiers: frozenset[str] = frozenset()  # "other", "these": they count, they do not qualify
    possessive_pronouns: frozenset[str] = frozenset()  # "its member companies": the span takes the pronoun
    rank_adjectives: frozenset[str] = frozenset()  # "a senior Korean official": the role phrase takes them
    thing_heads: frozenset[str] = frozenset()  # "Act" in "the Farm Security Act": a law, no actor
    thing_openers: frozenset[str] = frozenset()  # "Operation" in "Operation Desert Shield"
    holiday_names: frozenset[str] = frozenset()  # "easter": a holiday, never an actor
    venue_nouns: frozenset[str] = frozenset()  # "centre" in "the Nasrec exhibition centre": a venue
    named_body_nouns: frozenset[str] = frozenset()  # "group" in "Kataib al-Nasr, an armed group": a body
    campaign_name_openers: frozenset[str] = frozenset()  # "Save" in "the group Save Lookout Valley": a campaign's name
    campaign_name_members: frozenset[str] = frozenset()  # "Moms" in "Moms for Liberty", before campaign_name_members_links
    campaign_name_members_links: frozenset[str] = frozenset()  # "for" in "Moms for Liberty"
    campaign_name_members_speaking_links: frozenset[str] = frozenset()  # "for": "Parents for Safe Streets said"
    campaign_name_links: frozenset[str] = frozenset()  # "the" in "Stop the Wall": lower-case words inside the name
    campaign_front_nouns: frozenset[str] = frozenset()  # "group" in "the group Save Lookout Valley": a body's name
    campaign_speech_verbs: frozenset[str] = frozenset()  # "said" in "Save Our Schools said": a body speaks
    person_apposition_nouns: frozenset[str] = frozenset()  # "economist" in "X Y, chief economist at Z": a person
    addressee_on_heads: frozenset[str] = frozenset()  # "call" in "called on Washington to withdraw": its government
    section_labels: frozenset[str] = frozenset()  # "live updates": a page's section label line
    bare_institutions: frozenset[str] = frozenset()  # "parliament", "police" with no "the": the country's
    whole_legislature_heads: frozenset[str] = frozenset()  # "parliament": never one chamber (the Senate)
    bare_state_media_modifiers: frozenset[str] = frozenset()  # "state" in "on state television"
    bare_state_media_heads: frozenset[str] = frozenset()  # "television", "news agency" after it
    bare_state_media_verbs: frozenset[str] = frozenset()  # "broadcast" in "state television broadcast footage": a verb
    acting_seat_nouns: frozenset[str] = frozenset()  # "palace" in "The palace said": the head of state's office
    acting_seat_modifiers: frozenset[str] = frozenset()  # "royal" in "the royal palace said"
    acting_seat_verbs: frozenset[str] = frozenset()  # "say", "deny": the seat speaks
    acting_seat_object_verbs: frozenset[str] = frozenset()  # "issue", "welcome": it speaks with a statement object
    acting_seat_objects: frozenset[str] = frozenset()  # "statement" in "the palace issued a statement"
    bare_descriptions: frozenset[str] = frozenset()  # "council" with no "the": the council named before
    wing_labels: frozenset[str] = frozenset()  # "far right": the one party the story calls far-right
    party_family_nouns: frozenset[str] = frozenset()  # "conservatives": the one party the story calls conservative
    crowd_antecedents: frozenset[str] = frozenset()  # "protesters": "the crowd" after them is they
    subset_group_nouns: frozenset[str] = frozenset()  # "voters": "likely voters" are not all voters
    force_keeping_verbs: frozenset[str] = frozenset()  # "keeps" in "X, which keeps 2,500 troops": X's military
    bare_member_nouns: frozenset[str] = frozenset()  # "members" in "the union said members had voted": its members
    member_count_verbs: frozenset[str] = frozenset()  # "has" in "it has about a million members": a size, no group
    force_captive_words: frozenset[str] = frozenset()  # "captured" in "holds 6,000 soldiers captured in ...": captives
    generic_body_names: frozenset[str] = frozenset()  # "congress": a body every country has
    congress_legislatures: frozenset[str] = frozenset()  # "PER": "the Peruvian Congress" is a legislature
    senate_countries: frozenset[str] = frozenset()  # "CHL": a bare "the Senate" in a Chilean story is Chile's
    legislature_name_words: frozenset[str] = frozenset()  # "national": "the National Congress" is a legislature
    near_government_heads: frozenset[str] = frozenset()  # "administration": the government named just before
    speaker_government_heads: frozenset[str] = frozenset()  # "Berlin's spokesperson said the government": Berlin's
    domestic_government_heads: frozenset[str] = frozenset()  # "where the government's majority": the other country's
    executive_government_heads: frozenset[str] = frozenset()  # "clashing with the executive": the government
    executive_government_heads_person_words: frozenset[str] = frozenset()  # "CEO" before it: a person
    executive_government_heads_thing_nouns: frozenset[str] = frozenset()  # "an executive order": no person
    domestic_institution_roles: frozenset[str] = frozenset()  # "LEG": an institution of its country (the Bundestag)
    successor_words: frozenset[str] = frozenset()  # "new" in "the new president": a future holder
    predecessor_words: frozenset[str] = frozenset()  # "previous" in "the previous administration": a past one
    present_holder_words: frozenset[str] = frozenset()  # "outgoing" in "the outgoing president": the present one
    office_taking_verbs: frozenset[str] = frozenset()  # "swear" in "X was sworn in as prime minister"
    government_voice_nouns: frozenset[str] = frozenset()  # "a German government spokesperson": its voice
    generic_institution_heads: frozenset[str] = frozenset()  # "reforms to the courts": the system, unless a subject
    institution_phrases: frozenset[str] = frozenset()  # "electoral commission": two words naming a country's body
    state_legislature_heads: frozenset[str] = frozenset()  # "senate" in "the Texas Senate"
    city_possessions: frozenset[str] = frozenset()  # "airport" in "Beirut's airport": the city, a place
    city_people_nouns: frozenset[str] = frozenset()  # "mayor", "residents": no place noun for a person's name
    residence_nouns: frozenset[str] = frozenset()  # "at his home office Krishna": the name of a building, no person
    ruling_party_words: frozenset[str] = frozenset()  # "ruling" in "the ruling party": the party in power
    party_part_words: frozenset[str] = frozenset()  # "parliamentary" in "the parliamentary party": no party
    party_name_heads: frozenset[str] = frozenset()  # "front" in "the Islamic Action Front (IAF)": a party
    party_officer_nouns: frozenset[str] = frozenset()  # "secretary-general" in "Fretilin's secretary-general"
    party_seat_verbs: frozenset[str] = frozenset()  # "win" in "the Front won 31 seats": a party
    party_seat_verbs_objects: frozenset[str] = SEAT_NOUNS  # "majority" in "X holds a majority"
    government_preps: frozenset[str] = frozenset()  # "as" in "as Washington and Riyadh press": the government
    not_government_preps: frozenset[str] = frozenset()  # "such as", "left for": a list of places, a route
    government_target_words: frozenset[str] = frozenset()  # "pressure" in "pressure on Juba": the government
    government_target_preps: frozenset[str] = frozenset()  # "on" in "pressure on Juba"
    government_of_heads: frozenset[str] = frozenset()  # "stance" in "the stance of Moscow": its government
    place_prep_pairs: frozenset[str] = frozenset()  # "reporting from" Washington: the city, a place
    government_gifts: frozenset[str] = frozenset()  # "veto" in "hands Beijing a veto": a capital given it acts
    work_title_nouns: frozenset[str] = frozenset()  # "comedy" in "the comedy Servant of the People": a title
    opening_place_preps: frozenset[str] = frozenset()  # "In" of "In Port-au-Prince, X said": the city
    city_landmarks: frozenset[str] = frozenset()  # "square" in "Baghdad's Tahrir Square": the city
    region_government_levels: frozenset[str] = frozenset()  # "state" in "the Bavarian state government"
    unsplit_possessive_levels: frozenset[str] = frozenset()  # "state" in "Washington's state Senate": one mention
    city_government_levels: frozenset[str] = frozenset()  # "metropolitan" in "Tokyo's metropolitan government"
    seat_government_nouns: frozenset[str] = frozenset()  # "government" in "the government in Paris": France's
    region_leader_titles: frozenset[str] = frozenset()  # "premier": "Bavarian Premier X" ... "his government"
    org_description_nouns: frozenset[str] = frozenset()  # "cooperative" in "X, a grain cooperative,"
    org_trade_nouns: frozenset[str] = frozenset()  # "producer" in "X, the lithium producer,": after a trade
    org_trade_words: frozenset[str] = frozenset()  # "lithium" in "X, the lithium producer,"
    ministry_portfolios: frozenset[str] = frozenset()  # "health" in "the Health Ministry": no name
    ministry_heads: frozenset[str] = frozenset()  # "ministry" in "Iran's foreign ministry": a body of its own
    company_name_heads: frozenset[str] = frozenset()  # "Holdings" in "Redrock Holdings": a company
    company_tails: frozenset[str] = frozenset()  # "Capital" in "Tamar Capital": a company, given name or not
    org_apposition_nouns: frozenset[str] = frozenset()  # "fund" in "the Norwegian fund X": X is a body
    quote_verbs: frozenset[str] = frozenset()  # "say" in '"… my husband …," she said': the quote's speaker
    report_verbs: frozenset[str] = frozenset()  # "say" in "X's spokesman said the company …": X (actor_reporter_bodies)
    report_voices: frozenset[str] = frozenset()  # "spokesman" there: a noun that speaks for its body
    report_voice_preps: frozenset[str] = frozenset()  # "for" in "a spokesman for X": X is the body it speaks for
    result_nouns: frozenset[str] = frozenset()  # "loss" in "X reported a loss": a company's results, no outlet
    joined_firm_nouns: frozenset[str] = frozenset()  # "sales" in "Procter and Gamble said sales rose": a firm
    office_contests: frozenset[str] = frozenset()  # "race" in "the governor's race": the office, no holder
    portfolio_nouns: frozenset[str] = frozenset()  # "ministry" in "keep the interior ministry": a post (actor_portfolios)
    portfolio_verbs: frozenset[str] = frozenset()  # "keep" there: its object is a post bargained for
    portfolio_for_verbs: frozenset[str] = frozenset()  # "lobby" in "lobbied for the Interior Ministry": the same
    office_filling_verbs: frozenset[str] = frozenset()  # "elect" in "until a speaker is elected": the office is open
    office_open_marks: frozenset[str] = frozenset()  # "until" in "until a speaker is elected": not filled yet
    office_open_heads: frozenset[str] = frozenset()  # "fail" in "failed to elect a speaker": not filled yet
    hypothetical_holder_verbs: frozenset[str] = frozenset()  # "deserve" in "deserve a prime minister who": no holder yet
    appointing_holder_verbs: frozenset[str] = frozenset()  # "name" in "would name an envoy": no holder yet, if not done
    hypothetical_holder_preps: frozenset[str] = frozenset()  # "without" in "without a jury": no holder there
    future_holder_modifiers: frozenset[str] = frozenset()  # "next" in "wants the next emir to": a holder to come
    holder_bodies: frozenset[str] = frozenset()  # "office" in "the governor's office": the holder's body
    court_case_words: frozenset[str] = frozenset()  # "jury": in a US case "the government" is the prosecution
    platform_names: frozenset[str] = frozenset()  # "telegram" in "posted on Telegram": a medium, no actor
    platform_post_nouns: frozenset[str] = frozenset()  # "post" in "in a post on X": the platform is a medium
    rebel_words: frozenset[str] = frozenset()  # "rebel" in "X, the rebel movement": X is the rebels
    rebel_plurals: frozenset[str] = frozenset()  # "rebels" in "the rebels": the one rebel body named
    facility_heads: frozenset[str] = frozenset()  # "Boulevard" in "Medgar Evers Boulevard": a street, no actor
    site_nouns: frozenset[str] = frozenset()  # "mine" in "the Cerro Blanco mine": the site's name, no actor
    landform_openers: frozenset[str] = frozenset()  # "Lake" in "Lake Geneva": no city Geneva
    topic_acronyms: frozenset[str] = frozenset()  # "AI", "VAT", "LNG": a subject, never an actor
    technology_acronyms: frozenset[str] = frozenset()  # "OLED", "VHF": a technology before "radio", no outlet
    title_acronyms: frozenset[str] = frozenset()  # "MP", "CEO": a post, never a body's short name
    acronym_generic_name_words: frozenset[str] = frozenset()  # "party", "united": shared, no sign two names are one body
    kingdoms: frozenset[str] = frozenset()  # "NLD": "the king" in a Dutch story is its king
    place_predicate_nouns: frozenset[str] = frozenset()  # "capital" in "Jackson is the state capital"
    place_group_nouns: frozenset[str] = frozenset()  # "voters" in "Jackson voters": a place's people
    office_place_heads: frozenset[str] = frozenset()  # "county" in "Hinds County Sheriff X": the office's place
    office_place_ranks: frozenset[str] = frozenset()  # "assistant" in "Assistant U.S. Attorney X"
    description_ranks: frozenset[str] = frozenset()  # "vice" in "the vice-president": another office
    event_nouns: frozenset[str] = frozenset()  # "uprising" in "the People Power uprising": an event, no actor
    index_names: frozenset[str] = frozenset()  # "nikkei": a market index when it moves
    index_moves: frozenset[str] = frozenset()  # "fell" in "The Nikkei fell 2%": the index moves
    generic_modals: frozenset[str] = frozenset()  # "must" in "a minister who loses must resign": a rule, nobody
    not_a_mention_before: frozenset[str] = frozenset()  # "as a judge", "then a student": no unnamed person
    abbreviated_body_types: frozenset[str] = frozenset()  # "organization": a body a short name may abbreviate
    initialled_types: frozenset[str] = frozenset()  # "state": what a short name in capitals may abbreviate too (PNG)
    acronym_name_heads: frozenset[str] = frozenset()  # "union" in "the UGTT labour union": the body named so
    defined_acronym_body_types: frozenset[str] = frozenset()  # "party": a body whose name ", or PRI," may define
    abbreviation_name_links: frozenset[str] = frozenset()  # "in" in "the U.N. Mission in South Sudan"
    abbreviation_free_tails: frozenset[str] = frozenset()  # "holdings": a company's last word its short name may leave out
    party_namesake_words: frozenset[str] = frozenset()  # words many countries' parties are named with
    acronym_event_heads: frozenset[str] = frozenset()  # "convention": a name of an event, not of the body of its initials
    acronym_definition_links: frozenset[str] = frozenset()  # "and" in "the sanitary and phytosanitary (SPS) deal"
    acronym_naming_nouns: frozenset[str] = frozenset()  # "initials" in "X, known by its Spanish initials PRM,"
    home_body_nouns: frozenset[str] = frozenset()  # "commission": the home body of the kind before a foreign one
    home_body_nouns_banks: frozenset[str] = frozenset()  # "central bank": its home body's name holds a central-bank-name-words word
    central_bank_name_words: frozenset[str] = frozenset()  # "national": the Bulgarian National Bank is a central bank
    seat_named_bodies: frozenset[str] = frozenset()  # "eu": what an acting seat (Brussels) stands for
    seat_named_bodies_bodies: frozenset[str] = frozenset()  # "european-commission": the body it names when alone named
    head_first_language_countries: frozenset[str] = frozenset()  # "CRI": a translated name may keep head-first initials (PLN)
    lower_chamber_names: frozenset[str] = frozenset()  # "house of representatives": what "the lower house" names
    located_body_heads: frozenset[str] = frozenset()  # "embassy" in "the U.S. Embassy in Manila": the place is in the name
    numbered_body_heads: frozenset[str] = frozenset()  # "lodge" in "the Fraternal Order of Police Lodge 8"
    chamber_body_heads: frozenset[str] = frozenset()  # "committee" in "the Senate health committee": a body of a chamber
    inner_body_heads: frozenset[str] = frozenset()  # "Conference" of "House Republican Conference": "House" is no short form
    located_name_links: frozenset[str] = frozenset()  # "in" in "the U.S. Embassy in Manila"
    post_seat_links: frozenset[str] = frozenset()  # "for" in "the Fund's mission chief for Zambia, X,"
    cut_name_links: frozenset[str] = frozenset()  # "for" in "The U.S. Agency for International Development"
    longer_name_links: frozenset[str] = frozenset()  # "for" in "the National Congress for Timorese Reconstruction": no US Congress
    name_possessor_nouns: frozenset[str] = frozenset()  # "General" in "the Attorney General's Office": part of the name
    age_followers: frozenset[str] = frozenset()  # "who" in "Sheila, 58, who": the name is a person's
    age_limit: frozenset[str] = frozenset()  # "120": a number below it after a name is an age
    document_signing_verbs: frozenset[str] = frozenset()  # "sign": "a letter signed by 40 economists" makes no group
    stateless_group_nouns: frozenset[str] = frozenset()  # "diplomats": no country from the focus alone
    trade_group_nouns: frozenset[str] = frozenset()  # "patients", "traders": a group alone, no country from the focus
    domestic_group_nouns: frozenset[str] = frozenset()  # "nurses", "justices": a group alone, of the country in focus
    foreign_group_nouns: frozenset[str] = frozenset()  # "migrants", "settlers": a group alone, no country from the focus
    shared_seat_nouns: frozenset[str] = frozenset()  # "senator": a place has several, "the Ohio senator" is no guess
    institution_group_phrases: frozenset[str] = frozenset()  # "school districts": a sector's institutions, a group
    military_heads: frozenset[str] = frozenset()  # "Guard" in "the Coast Guard": an armed force
    post_body_words: frozenset[str] = frozenset()  # "senate" in "Senate President X": the body's president
    military_heads_modified: frozenset[str] = frozenset()  # "Navy": armed only with a modifier ("Royal Navy", not "Old Navy")
    military_modifiers: frozenset[str] = frozenset()  # "Resistance" in "the Southern Resistance Brigades"
    focus_institution_heads: frozenset[str] = frozenset()  # "coalition": the story's, not a foreign country's of the sentence before
    rebel_army_words: frozenset[str] = frozenset()  # "Liberation" in "the Kosovo Liberation Army": no state's army
    linked_head_skips: frozenset[str] = frozenset()  # "court" in "the Court of Arbitration for Sport": no government head
    court_name_words: frozenset[str] = frozenset()  # "court", "tribunal": a body so named is a court (actor_courts.py)
    academic_fields: frozenset[str] = frozenset()  # "economics" in "the Department of Economics": a university's
    religious_complements: frozenset[str] = frozenset()  # "lama" in "the Office of the Dalai Lama": no government
    name_cut_nouns: frozenset[str] = frozenset()  # "coach" in ", Coach Dan Reilly,": no cut given name
    name_head_links: frozenset[str] = frozenset()  # "of" in "the Department of Transportation": the head is before it
    org_officer_nouns: frozenset[str] = frozenset()  # "leader" in "Sinn Féin leader X": the name is a body's
    org_officer_of: frozenset[str] = frozenset()  # "leadership" in "the leadership of Fianna Fáil": a body
    party_leader_nouns: frozenset[str] = frozenset()  # "leader" in "the Greens leader, X, said his party"
    party_post_nouns: frozenset[str] = frozenset()  # "president" in "The party's president, X,": his party
    party_member_nouns: frozenset[str] = frozenset()  # "TDs" in "Fianna Fáil TDs": only a party has them
    party_candidate_nouns: frozenset[str] = frozenset()  # "candidate" in "National Party candidate X ... his party"
    non_party_heads: frozenset[str] = frozenset()  # "union" in "the Transport Union leader X": no party
    party_adjectives: frozenset[str] = frozenset()  # "far-right" in "the far-right Vox": the body is a party
    loose_party_adjectives: frozenset[str] = frozenset()  # "liberal" in "the liberal Brookings Institution": a party only alone
    party_modifier_nouns: frozenset[str] = frozenset()  # "opposition" in "the main opposition party": the party named before
    foreign_name_links: frozenset[str] = frozenset()  # "og" in "the EL og IT Forbundet union": one name
    org_name_particles: frozenset[str] = frozenset()  # "do" in "Mineração Vale do Paraúna S.A.": one name
    org_particle_heads: frozenset[str] = frozenset()  # "fuerza" in "Fuerza del Pueblo": one name
    org_particle_articles: frozenset[str] = frozenset()  # "la" in "Banco de la Nación": after a particle
    and_name_heads: frozenset[str] = frozenset()  # "committee" in "the Work and Pensions Committee": one name
    owned_name_heads: frozenset[str] = frozenset()  # "chamber" in "the European Union Chamber of Commerce": a body of its own
    name_outlet_nouns: frozenset[str] = frozenset()  # "newspaper" in "Germany's Handelsblatt newspaper": the name is the outlet
    state_offices: frozenset[str] = frozenset()  # "secretary of state": a US state has its own
    state_story_marks: frozenset[str] = frozenset()  # "state senate": a story about one US state
    federal_story_marks: frozenset[str] = frozenset()  # "justice department": a story about the federal bodies
    state_names_needing_state: frozenset[str] = frozenset()  # "washington": the state only as "Washington state"
    government_head_offices: frozenset[str] = frozenset()  # "prime minister": heads "the Kearney government"
    administration_head_offices: frozenset[str] = frozenset()  # "president": heads "the Caldwell administration"
    country_part_nouns: frozenset[str] = frozenset()  # "province" in "the governor of Russia's Belgorod province"
    byline_desk_words: frozenset[str] = frozenset()  # "home" in "Rajeev Menon Home affairs correspondent": a desk, no surname
    byline_job_nouns: frozenset[str] = frozenset()  # "correspondent": the job that ends a byline line
    org_owner_words: frozenset[str] = frozenset()  # "shareholders" in "X's shareholders": a person has them too
    org_evidence_determiners: frozenset[str] = frozenset()  # "the" in "the Grace Alliance leader": strong evidence
    place_body_products: frozenset[str] = frozenset()  # "analysis" in "a Bruegel analysis": a body, no place
    org_front_nouns: frozenset[str] = frozenset()  # "carrier" in "Turkish carrier Bosphorus Air": a body
    officer_list_titles: frozenset[str] = frozenset()  # "Executive" in "X, Chief Executive, Rail Voice": the body
    place_body_fronts: frozenset[str] = frozenset()  # "tank" in "the think tank Bruegel": a body, no place
    place_body_staff: frozenset[str] = frozenset()  # "analysts" in "analysts at Bancolombia": a body, no place
    outlet_nouns: frozenset[str] = frozenset()  # "magazine" in "Spiegel, the German news magazine": the outlet
    broadcast_words: frozenset[str] = frozenset()  # "radio" in "ABC Radio National": a broadcaster's name
    call_sign_lengths: frozenset[str] = frozenset()  # "2", "6": the shortest and longest call sign (RAC1 radio)
    call_sign_plain_length: frozenset[str] = frozenset()  # "3": the shortest call sign with no digit (RTL)
    broadcast_followers: frozenset[str] = frozenset()  # "national" in "ABC Radio National": may follow "radio"
    broadcast_body_tails: frozenset[str] = frozenset()  # "council" in "the Radio Regulatory Council": no outlet
    broadcast_context: frozenset[str] = frozenset()  # "aired" in "WKOW aired": call letters are an outlet
    department_short_names: frozenset[str] = frozenset()  # "Justice" for the Justice Department named in the text
    post_time_words: frozenset[str] = frozenset()  # "former" in "the bureau's former director": the same post
    department_short_links: frozenset[str] = frozenset()  # "of" in "Court of Justice": no department's short name
    us_local_body_owners: frozenset[str] = frozenset()  # "state" in "the state Department of Labor": not the federal one
    owned_generic_names: frozenset[str] = frozenset()  # "forest service": other owners' bodies have the US body's name too
    repeated_group_nouns: frozenset[str] = frozenset()  # "leaders" alone after "EU leaders": that group again
    counted_group_nouns: frozenset[str] = frozenset()  # "soldiers" only counted: "three soldiers were killed"
    front_description_nouns: frozenset[str] = frozenset()  # "committee": "The committee's chairman" in a standfirst
    supranational_bodies: frozenset[str] = frozenset()  # gazetteer ids of bodies of many states (eu, nato, imf)
    generic_short_heads: frozenset[str] = frozenset()  # "Council" of "Council of Europe": no short name of the body
    generic_name_tails: frozenset[str] = frozenset()  # "airlines": "Pacific Crest" is Pacific Crest Airlines
    bare_name_tails: frozenset[str] = frozenset()  # "pac": a bare "PAC" is the one body named "… PAC"
    name_postnominals: frozenset[str] = frozenset()  # "kc" in "Imogen Rutherford KC": the person's, out of the key
    leader_offices: frozenset[str] = frozenset()  # "president": "the president" is the leader the story names later
    cabinet_head_offices: frozenset[str] = frozenset()  # "prime minister": "her cabinet" is hers, not a minister's
    destination_verbs: frozenset[str] = frozenset()  # "send": "sent an envoy to Asmara" is a place
    government_cabinet_heads: frozenset[str] = frozenset()  # "cabinet": "the cabinet", "his cabinet" are the government
    past_office_words: frozenset[str] = frozenset()  # "former" in "Britain's former prime minister": a past holder
    named_following_nouns: frozenset[str] = frozenset()  # "team" in "Ruscalla's team, Velora-Ardenne,": a named body
    male_titles: frozenset[str] = frozenset()  # "mr", "chairman": the mention is a man's
    female_titles: frozenset[str] = frozenset()  # "mrs", "chairwoman": the mention is a woman's
    unnamed_official_nouns: frozenset[str] = frozenset()  # "spokesman" in "a State Department spokesman": one person
    federal_chamber_marks: frozenset[str] = frozenset()  # "u.s. senate", "congress": a bare "the Senate" is Congress's
    epithet_past_words: frozenset[str] = frozenset()  # "former" in "said the former diplomat" (actor_epithets)
    epithet_nouns: frozenset[str] = frozenset()  # "diplomat": a person noun that may end an epithet
    epithet_male_kin: frozenset[str] = frozenset()  # "father" in "the father of six"
    epithet_female_kin: frozenset[str] = frozenset()  # "mother" in "the mother of two"
    epithet_counts: frozenset[str] = frozenset()  # "six" in "the father of six"
    epithet_role_nouns: frozenset[str] = frozenset()  # "victim": an epithet noun only a description of the person allows
    epithet_same_posts: frozenset[str] = frozenset()  # "diplomat:foreign service": words that describe the same post
    name_word_short_forms: frozenset[str] = frozenset()  # "Corp.=Corporation": a name's last word as also written
    initialled_name_openers: frozenset[str] = frozenset()  # "Department of": "DOT" for the Department of Transportation

    @property
    def any_title(self) -> frozenset[str]:
        return self.person_titles | self.title_heads | self.org_titles

    @cached_property
    def city_place_nouns(self) -> frozenset[str]:
        """``city-possessions`` and ``city-landmarks`` as one set: after a capital's possessive they
        make it the city (``Moscow's streets``, ``Baghdad's Firdos Square``; ``actors._acts``)."""
        return self.city_possessions | self.city_landmarks

    @cached_property
    def firm_context_nouns(self) -> frozenset[str]:
        """``joined-firm-nouns`` and ``share-nouns`` as one set: a business noun in the sentence of
        names joined by ``and`` makes them a firm (``actors._firm_context``)."""
        return self.joined_firm_nouns | self.share_nouns

    @cached_property
    def title_genders(self) -> dict[str, str]:
        """``male-titles`` and ``female-titles`` as one map, title (lower case, no period) to gender."""
        return {**dict.fromkeys(self.male_titles, "male"), **dict.fromkeys(self.female_titles, "female")}


@dataclass(frozen=True)
class Title:
    """One row of ``actor_titles.jsonl``: a title before a person's name (``Sen.``, ``Attorney
    General``) with what it tells: gender, role suffix, country, and the nouns that refer back."""
    id: str
    words: tuple[str, ...]  # lower case, no final period
    in_span: bool = False  # part of the naming: joins the person's span
    gender: str | None = None  # male | female
    role: str | None = None  # GOV, LEG, ... ELC
    country: str | None = None
    nouns: tuple[str, ...] = ()
    given_name: bool = False  # used with the given name: "Sheikh Khalid", "Sir Keir", "Queen Rania"


@dataclass(frozen=True)
class Description:
    """One row of ``actor_descriptions.jsonl``: ``the <noun>`` and the earlier actors it fits."""
    id: str
    nouns: tuple[str, ...]
    name_words: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    near: bool = False  # the antecedent must be in this sentence or the one before
    countries: tuple[str, ...] = ()  # only these states fit (``the island``: Taiwan, not China)
    subdivisions: bool = False  # only places that are a state or province (``the state``: Arizona)
    window: int = 0  # the antecedent within this many sentences before this one (0: anywhere)
    sectors: tuple[str, ...] = ()  # ``norm.sector`` values that fit (``the company``: business)
    except_words: tuple[str, ...] = ()  # an actor named or described before with one of these does not fit
    stateless: bool = False  # only bodies of no country fit (``the bloc``: the EU, not a German party)
    kinds: tuple[str, ...] = ()  # when given, only an actor named or described before with one of these
    # or of ``nouns`` fits (``the bank``: Sable Bank, ``lender`` Kalmar; not any company)
    ids: tuple[str, ...] = ()  # actor ids that fit whatever name they were named by (``Brussels``: the EU)
    focus: bool = False  # no state near it: the country in focus (``the country``; actor_groups._focus_state)
    settlements: bool = False  # only a city or town: a place that is no state, province or known region
    modified: bool = False  # only with a modifier a word of the body's name starts like (``the electoral body``)
    default_id: str = ""  # the gazetteer actor the bare description names with no antecedent (the world body: the UN)
    refuse_after: tuple[str, ...] = ()  # the bare noun before one of these and no name is none (the house of the speaker)
    object_verbs: tuple[str, ...] = ()  # the bare noun as the object of one of these verbs is none (searched the house)
    capitals: bool = False  # only a capital of metonyms.jsonl named as a place (``the capital``: Maputo)
    yield_ids: tuple[str, ...] = ()  # once one of these is named before, a fit by ``roles`` alone yields (the EU: the union)
    yield_words: tuple[str, ...] = ()  # so does one of these words in the sentence before the noun (EU ministers … the union)
    refuse_children: tuple[str, ...] = ()  # the bare noun with a child of these dependencies is none (the force used)
    refuse_complements: tuple[str, ...] = ()  # nor the subject of a copula with one of these (the force was excessive)
    employer_of: tuple[str, ...] = ()  # a body named only as these people's employer yields to another that fits
    # (``analysts at Vltava Securities`` … ``the company``: the story's company, not the broker)
    nearest_body: bool = False  # only the nearest body named before fits (the board: not the NTSB past a company)
    yield_sectors: tuple[str, ...] = ()  # a body of these sectors in this sentence or the one before: none
    # (``Kestrel Air … The board said it had appointed``: the company's board)
    refuse_before: tuple[str, ...] = ()  # the description right after one of these is none (under the command)
    determiners: tuple[str, ...] = ()  # when given, only these determiners make it one (the command, not its command)
    refuse_after_names: bool = False  # a word of ``refuse_after`` refuses before a name too (the territory of Ukraine)
    refuse_in: tuple[str, ...] = ()  # the bare noun as the object of one of these prepositions of a verb with a
    # subject and no object is a place, none (Hargrove returned to the office; not according to the office)
    except_described: tuple[str, ...] = ()  # an actor the text described before as one of these (a noun or a
    # two-word phrase: ``fund``, ``short seller``) does not fit; its own name's words do not count (the World
    # Wildlife Fund is ``the group``, Lindenfels Capital, ``the London-based fund``, is not)
    sole_nouns: tuple[str, ...] = ()  # those of ``nouns`` that, with no antecedent in ``window``, name the one
    # body the row fits named anywhere before (the chamber far after the Senate; two such bodies: none)
    sole_context: tuple[str, ...] = ()  # and only when its own sentence holds one of these words or lemmas (a
    # vote, a bill, lawmakers: the chamber that legislates; "At the trial, the chamber fell silent": a room, none)
    focus_first: tuple[str, ...] = ()  # nouns for which the country in focus, named before as a state, wins
    # over a nearer state (``the country`` of a Costa Rica story after ``El Salvador's``, not ``the nation``;
    # actor_focus_country.focus_first)
    weak_name_words: tuple[str, ...] = ()  # name words that fit only when no actor that fits otherwise is
    # named before in the window (``the agency``: a Department or an Office, not past the FDA)
    bare: bool = False  # only the bare noun refers back: with modifiers it is another place or a part of one
    # (``the second city``, ``the old town``, ``the whole city``), no earlier actor
    rater_of: tuple[str, ...] = ()  # a body named only as the subject of a verb with one of these objects (a
    # rating: ``Moody's affirmed its Ba1 rating``) rates the story's company, is not it; yields as employers do


@dataclass(frozen=True)
class GroupWords:
    """One row of ``actor_groups.jsonl``: words of one kind (party, members, chamber, public, family:
    ``conservatives`` naming one party of a country, ``party`` its gazetteer id)."""
    id: str
    kind: str
    words: tuple[str, ...]
    party: str | None = None
    country: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Office:
    """One row of ``actor_offices.jsonl``: an office of a country and its holders over time."""
    id: str
    country: str
    nouns: tuple[str, ...]
    holders: tuple[Role, ...]  # Role.code holds the gazetteer person id

    def holder_on(self, date: str | None) -> str | None:
        return next((h.code for h in self.holders if h.valid_on(date)), None)


class Region(NamedTuple):
    """A region of a country (``actor_regions.jsonl``): a place of its own, whose government is
    not the country's (``Bavaria``, ``the Bavarian state government``)."""
    id: str
    name: str
    country: str
    names: tuple[str, ...]  # the name and its aliases
    adjectives: tuple[str, ...]  # ``Bavarian``


def load_regions(path: Path) -> list[Region]:
    """The regions of ``actor_regions.jsonl``; each needs an id, a name and a country."""
    out, seen = [], set()
    for lineno, row in _read_jsonl(path):
        where = f"{path}:{lineno}"
        rid, name = _require(row, "id", where), _require(row, "name", where)
        country = check_country(row.get("country"), where)
        if country is None:
            raise ActorDictionaryError(f"{where}: a region needs its country")
        if rid in seen:
            raise ActorDictionaryError(f"{where}: duplicate id {rid!r}")
        seen.add(rid)
        out.append(Region(rid, name, country, tuple(_dedupe([name, *_aliases(row.get("aliases"), where)])),
                          tuple(_aliases(row.get("adjectives"), where))))
    return out


def region_entry(region: Region, path: Path) -> Entry:
    """The gazetteer place of a region (type location, its country)."""
    row = {"id": region.id, "name": region.name, "aliases": list(region.names[1:]), "type": "location",
           "country": region.country}
    return _entry_from_row(row, f"{path}:{region.id}", "place", str(path))


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)  # by entry id (category-qualified)
    by_alias: dict[str, list[tuple[Entry, str]]] = field(default_factory=dict)
    roles: list[RoleRule] = field(default_factory=list)  # actor_roles.jsonl rows
    countries: dict[str, str] = field(default_factory=dict)  # alpha-3 -> display name
    words: ActorWords | None = None  # actor_words.jsonl
    titles: dict[str, Title] = field(default_factory=dict)  # title phrase -> Title
    descriptions: list[Description] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    name_variants: dict[str, str] = field(default_factory=dict)  # short given name -> full form
    groups: list[GroupWords] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)  # actor_regions.jsonl rows

    def add(self, entry: Entry) -> None:
        key = f"{entry.category}:{entry.id}"
        if entry.category == "user":
            # a user entry replaces a shipped entry of the same id, whatever its category
            for cat in PRIORITY:
                self.entries.pop(f"{cat}:{entry.id}", None)
        self.entries[key] = entry

    def index(self) -> None:
        self.by_alias = {}
        for entry in self.entries.values():
            for alias in entry.aliases:
                self.by_alias.setdefault(alias_key(alias), []).append((entry, alias))
        written = set(self.by_alias)
        for entry in self.entries.values():  # "FBI" is also written "F.B.I.", and "F.B.I" before "."
            for alias in entry.aliases:
                dotted = dotted_acronym(alias)
                for form in (dotted, dotted[:-1]) if dotted else ():
                    if alias_key(form) not in written:
                        self.by_alias.setdefault(alias_key(form), []).append((entry, form))
        for entry, form in self._written_forms():
            if alias_key(form) not in written:
                self.by_alias.setdefault(alias_key(form), []).append((entry, form))
        for cands in self.by_alias.values():
            cands.sort(key=lambda c: (PRIORITY[c[0].category], c[0].id, c[1]))

    def _written_forms(self) -> list[tuple[Entry, str]]:
        """Other ways the press writes a body's name (``words``: :class:`ActorWords`): its last
        word short (``name-word-short-forms``: ``the Federal Deposit Insurance Corp.``), and the
        initials of a one-word ``Department of X`` (``initialled-name-openers``: ``DOT``) of a
        government body with no name in capitals of its own, when no other body's name gives
        the same initials (``DOE``: Energy and Education)."""
        words = self.words
        if words is None:
            return []
        shorts = [w.split("=", 1) for w in sorted(words.name_word_short_forms)]
        out = [(entry, f"{alias[:-len(long)]}{short}") for entry in self.entries.values() for alias in entry.aliases
               for short, long in shorts if alias.endswith(f" {long}")]
        initials: dict[str, list[Entry]] = {}
        for entry in self.entries.values():
            if entry.type != "government" or any(a.isupper() for a in entry.aliases):
                continue
            for alias in entry.aliases:
                for opener in sorted(words.initialled_name_openers):
                    rest = alias[len(opener) + 1:] if alias.startswith(f"{opener} ") else ""
                    if rest.isalpha() and rest.istitle():
                        form = "".join(w[0].upper() for w in opener.split()) + rest[0]
                        initials.setdefault(form, []).append(entry)
        out += [(found[0], form) for form, found in sorted(initials.items()) if len({e.id for e in found}) == 1]
        return out


# ---------------------------------------------------------------- helpers
def slugify(text: str) -> str:
    """``"Dima Course"`` -> ``"dima-course"`` (ASCII, lowercase, hyphens); a curly apostrophe
    reads as a straight one (``O’Brien`` and ``O'Brien`` -> ``o-brien``)."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"['’`]s\b", "", text)
    text = re.sub(r"\b([A-Za-z])\.(?=[A-Za-z]\.)", r"\1", text)  # U.S. -> US.
    text = re.sub(r"\b([A-Za-z]{1,2})\.(?=\W|$)", r"\1", text)
    text = re.sub(r"^(the)\s+", "", text.strip(), flags=re.I)
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def dotted_acronym(alias: str) -> str | None:
    """``FBI`` -> ``F.B.I.`` (acronyms of 2 to 5 capital letters), else None."""
    if 2 <= len(alias) <= 5 and alias.isalpha() and alias.isupper() and alias.isascii():
        return "".join(f"{c}." for c in alias)
    return None


def strip_the(alias: str) -> str:
    return re.sub(r"^the\s+", "", alias.strip(), flags=re.I)


def alias_key(alias: str) -> str:
    return " ".join(strip_the(alias).lower().split())


def norm_date(value, *, end: bool, where: str) -> str | None:
    """``2005`` -> ``2005-01-01`` (or ``2005-12-31`` with ``end``); None/'' -> None."""
    if value is None or value == "":
        return None
    value = str(value).strip()
    if not _DATE.match(value):
        raise ActorDictionaryError(f"{where}: bad date {value!r} (want YYYY, YYYY-MM or YYYY-MM-DD)")
    if len(value) == 4:
        return value + ("-12-31" if end else "-01-01")
    if len(value) == 7:
        return value + ("-31" if end else "-01")  # string comparison: -31 is >= any day
    return value


def doc_date(published) -> str | None:
    """The comparable date of ``Doc._.published`` (ISO date or datetime), or None."""
    if not published:
        return None
    text = str(published).strip()[:10]
    if re.match(r"^\d{4}-\d{2}-\d{2}$", text):
        return text
    if re.match(r"^\d{4}-\d{2}$", text[:7]):
        return text[:7] + "-15"
    if re.match(r"^\d{4}$", text[:4]):
        return text[:4] + "-07-01"
    return None


@lru_cache(maxsize=1)
def _alpha3() -> frozenset[str]:
    return frozenset([c.alpha_3 for c in pycountry.countries] + list(EXTRA_COUNTRIES))


def check_country(value, where: str) -> str | None:
    if value is None or value == "":
        return None
    code = str(value).strip().upper()
    if code not in _alpha3():
        raise ActorDictionaryError(f"{where}: unknown country {value!r} (want an ISO 3166 alpha-3 code)")
    return code


def _require(row: dict, key: str, where: str) -> str:
    value = row.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ActorDictionaryError(f"{where}: missing or empty {key!r}")
    return value.strip()


def _aliases(value, where: str) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [a.strip() for a in value.split("|") if a.strip()]
    if isinstance(value, list) and all(isinstance(a, str) for a in value):
        return [a.strip() for a in value if a.strip()]
    raise ActorDictionaryError(f"{where}: 'aliases' must be a list of strings or a '|'-separated string")


def _check_utf8(path: Path) -> None:
    """Raise ``FILE:LINE: problem`` for a dictionary that is not UTF-8 (instead of a bare
    ``UnicodeDecodeError`` in the middle of parsing)."""
    data = path.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ActorDictionaryError(f"{path}:{line}: not UTF-8 (byte 0x{data[exc.start]:02x} at column {column}); "
                                   "save the dictionary as UTF-8") from None


def _read_jsonl(path: Path):
    """Rows of a JSONL dictionary (ids are checked by the callers, with their own messages)."""
    _check_utf8(path)
    return read_jsonl_rules(path, error=ActorDictionaryError, require_id=False, comments=True)


def _read_csv(path: Path):
    _check_utf8(path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        try:
            yield from _csv_rows(path, reader)
        except csv.Error as exc:  # e.g. "field larger than field limit": an unclosed quote, mostly
            hint = " (an unclosed quote?)" if "field limit" in str(exc) else ""
            raise ActorDictionaryError(f"{path}:{max(reader.reader.line_num, 1)}: not valid CSV: {exc}{hint}") from None


def _csv_rows(path: Path, reader: csv.DictReader):
    if not reader.fieldnames or "id" not in reader.fieldnames:
        raise ActorDictionaryError(f"{path}:1: CSV header must name the columns id, name, aliases, "
                                   f"type, country, valid_from, valid_to")
    for row in reader:
        lineno = reader.line_num
        if None in row:
            raise ActorDictionaryError(f"{path}:{lineno}: more fields than header columns")
        if not any((v or "").strip() for v in row.values()):
            continue
        yield lineno, {k: (v.strip() if isinstance(v, str) else v) for k, v in row.items()}


# ---------------------------------------------------------------- loaders
def load_countries(path: Path) -> list[Entry]:
    out: list[Entry] = []
    seen: set[str] = set()
    for lineno, row in _read_jsonl(path):
        where = f"{path}:{lineno}"
        code = check_country(_require(row, "id", where), where)
        if code in seen:
            raise ActorDictionaryError(f"{where}: duplicate id {code!r}")
        seen.add(code)
        rec = pycountry.countries.get(alpha_3=code)
        names = []
        if rec is not None:
            for attr in ("common_name", "name", "official_name"):
                value = getattr(rec, attr, None)
                if value and "," not in value and "(" not in value:
                    names.append(value)
        name = row.get("name") or (names[0] if names else EXTRA_COUNTRIES.get(code, code))
        aliases = _dedupe([name, *names, *_aliases(row.get("aliases"), where)])
        out.append(Entry(code, code, name, "state", code, tuple(aliases), "country", source=str(path)))
        dem = _aliases(row.get("demonyms"), where)
        if dem:
            out.append(Entry(code, code, name, "state", code, tuple(dem), "demonym", source=str(path)))
        plu = _aliases(row.get("plurals"), where)
        if plu:
            out.append(Entry(code, code, name, "people", code, tuple(plu), "plural", source=str(path)))
    return out


def load_metonyms(path: Path) -> list[Entry]:
    out = []
    for lineno, row in _read_jsonl(path):
        where = f"{path}:{lineno}"
        eid = _require(row, "id", where)
        country = check_country(_require(row, "country", where), where)
        role = _require(row, "role", where)
        if role not in ROLE_TYPES:
            raise ActorDictionaryError(f"{where}: unknown role {role!r}")
        kind = row.get("kind", "capital")
        if kind not in ("seat", "capital", "building"):
            raise ActorDictionaryError(f"{where}: kind must be 'seat', 'capital' or 'building'")
        name = row.get("name") or eid
        aliases = _dedupe([*_aliases(row.get("aliases"), where)] or [name])
        stands_for = row.get("stands_for")  # "Brussels" acting is the EU, not Belgium
        if stands_for is not None and not (isinstance(stands_for, dict) and stands_for.get("actor_id")
                                           and stands_for.get("type") in TYPES):
            raise ActorDictionaryError(f"{where}: 'stands_for' needs an actor_id and a type")
        actor_id = stands_for["actor_id"] if stands_for else country + role
        if row.get("type") is not None and row["type"] not in TYPES:
            raise ActorDictionaryError(f"{where}: unknown type {row['type']!r}")
        # "type": the seat's own type where the role's is not it (the Pentagon: a department, role MIL)
        atype = stands_for["type"] if stands_for else row.get("type") or ROLE_TYPES[role]
        out.append(Entry(eid, actor_id, name, atype, country, tuple(aliases),
                         "metonym", role=role, kind=kind, source=str(path),
                         stands_for=bool(stands_for), needs_country=rule_flag(row, "needs_country", where)))
    return out


def _entry_from_row(row: dict, where: str, category: str, source: str) -> Entry:
    eid = _require(row, "id", where)
    name = _require(row, "name", where)
    etype = _require(row, "type", where)
    if etype not in TYPES:
        raise ActorDictionaryError(f"{where}: unknown type {etype!r} (one of {', '.join(TYPES)})")
    country = check_country(row.get("country"), where)
    actor_id = (row.get("actor_id") or "").strip() or eid
    roles: list[Role] = []
    for i, r in enumerate(row.get("roles") or []):
        if not isinstance(r, dict) or not isinstance(r.get("code"), str) or not _CODE.match(r["code"]):
            raise ActorDictionaryError(f"{where}: roles[{i}] needs a CAMEO code like 'IRNGOV'")
        roles.append(Role(r["code"], norm_date(r.get("valid_from"), end=False, where=where),
                          norm_date(r.get("valid_to"), end=True, where=where)))
    valid_from = norm_date(row.get("valid_from"), end=False, where=where)
    valid_to = norm_date(row.get("valid_to"), end=True, where=where)
    if valid_from and valid_to and valid_from > valid_to:
        raise ActorDictionaryError(f"{where}: valid_from {valid_from} is after valid_to {valid_to}")
    role = (row.get("role") or "").strip() or None
    if role is not None:
        if role in ROLE_TYPES:
            if not country:
                raise ActorDictionaryError(f"{where}: role {role!r} needs a country")
            role = country + role
        if not _CODE.match(role):
            raise ActorDictionaryError(f"{where}: bad role {role!r} (GOV, MIL, ... or a code like 'IRNGOV')")
    if etype == "person" and not roles and (role or ((valid_from or valid_to) and country)):
        roles.append(Role(role or f"{country}GOV", valid_from, valid_to))
    if etype == "person":
        role = None  # a person's codes live in ``roles`` (judged against the date)
    aliases = _dedupe([name, *_aliases(row.get("aliases"), where)])
    requires_the, needs_country = row.get("requires_the", False), row.get("needs_country", False)
    if not isinstance(requires_the, bool) or not isinstance(needs_country, bool):
        raise ActorDictionaryError(f"{where}: 'requires_the' and 'needs_country' must be true or false")
    if needs_country and not country:
        raise ActorDictionaryError(f"{where}: 'needs_country' needs a 'country'")
    return Entry(eid, actor_id, name, etype, country, tuple(aliases), category, tuple(roles),
                 role=role, valid_from=valid_from, valid_to=valid_to, source=source,
                 requires_the=requires_the, needs_country=needs_country)


def load_entries(path: Path, category: str) -> list[Entry]:
    """Shipped organization or people entries (JSONL)."""
    out, seen = [], set()
    for lineno, row in _read_jsonl(path):
        where = f"{path}:{lineno}"
        entry = _entry_from_row(row, where, category, str(path))
        if entry.id in seen:
            raise ActorDictionaryError(f"{where}: duplicate id {entry.id!r}")
        seen.add(entry.id)
        out.append(entry)
    return out


def load_user_dictionary(path: str | Path) -> list[Entry]:
    """A user dictionary (``.csv`` or ``.jsonl``/``.json``); raises :class:`ActorDictionaryError`."""
    path = Path(path)
    if not path.is_file():
        raise ActorDictionaryError(f"{path}: actor dictionary not found")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows = _read_csv(path)
    elif suffix in (".jsonl", ".json", ".ndjson"):
        rows = _read_jsonl(path)
    else:
        raise ActorDictionaryError(f"{path}: unknown dictionary format {suffix!r} (use .csv or .jsonl)")
    out, seen = [], {}
    for lineno, row in rows:
        where = f"{path}:{lineno}"
        entry = _entry_from_row(row, where, "user", str(path))
        if entry.id in seen:
            raise ActorDictionaryError(f"{where}: duplicate id {entry.id!r} (first on line {seen[entry.id]})")
        seen[entry.id] = lineno
        out.append(entry)
    return out


def load_roles(path: Path) -> list[RoleRule]:
    out = []
    for lineno, row in _read_jsonl(path):
        where = f"{path}:{lineno}"
        _require(row, "id", where)
        role = _require(row, "role", where)
        if role not in ROLE_TYPES and role != "PPL":
            raise ActorDictionaryError(f"{where}: unknown role {role!r}")
        heads = row.get("heads")
        if not isinstance(heads, list) or not heads or not all(isinstance(h, str) for h in heads):
            raise ActorDictionaryError(f"{where}: 'heads' must be a non-empty list of strings")
        mods = row.get("modifiers") or []
        if not isinstance(mods, list):
            raise ActorDictionaryError(f"{where}: 'modifiers' must be a list")
        phrases = row.get("institution_phrases", False)
        if not isinstance(phrases, bool):
            raise ActorDictionaryError(f"{where}: 'institution_phrases' must be true or false")
        out.append(RoleRule(row["id"], role, tuple(h.lower() for h in heads),
                            tuple(m.lower() for m in mods), phrases))
    return out


def load_titles(path: Path) -> dict[str, Title]:
    """``actor_titles.jsonl`` -> title phrase (lower case, no final period) -> :class:`Title`."""
    out: dict[str, Title] = {}
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True):
        where = f"{path}:{lineno}"
        words = row.get("words")
        if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
            raise ActorDictionaryError(f"{where}: 'words' must be a non-empty list of strings")
        role = row.get("role")
        if role is not None and role not in ROLE_TYPES:
            raise ActorDictionaryError(f"{where}: unknown role {role!r}")
        if row.get("gender") not in (None, "male", "female"):
            raise ActorDictionaryError(f"{where}: gender must be 'male' or 'female'")
        title = Title(row["id"], tuple(w.lower().rstrip(".") for w in words), rule_flag(row, "in_span", where),
                      row.get("gender"), role, check_country(row.get("country"), where),
                      tuple(n.lower() for n in row.get("nouns") or ()), rule_flag(row, "given_name", where))
        for word in title.words:
            if word in out:
                raise ActorDictionaryError(f"{where}: title {word!r} already in {out[word].id!r}")
            out[word] = title
    return out


def word_list(row: dict, key: str, where: str, required: bool = True) -> tuple[str, ...]:
    """The lower-case words of a rules row's list ``key`` (an error naming ``where`` for anything but
    a non-empty list of strings; ``()`` for a missing optional list)."""
    value = row.get(key)
    if value is None and not required:
        return ()
    if not isinstance(value, list) or not value or not all(isinstance(w, str) for w in value):
        raise ActorDictionaryError(f"{where}: {key!r} must be a non-empty list of strings")
    return tuple(w.lower() for w in value)


def load_word_rows(path: Path, cls, formerly_code: frozenset[str] = frozenset()):
    """A dataclass ``cls`` of word lists from a rules file whose rows are ``{"id", "words"}``, one
    field per row id (``-`` read as ``_``); every field empty when an older rules folder lacks the
    file. An unknown id or a row without a ``words`` list is an error naming the file and line. A
    field of ``formerly_code`` (a list that was a code constant) the file has no row of takes the
    shipped file's row, as :func:`load_words` does (:data:`_FORMERLY_CODE`): a rules folder saved
    before the row existed keeps the behaviour it had; any other row it lacks stays empty."""
    if not path.is_file():
        return cls()
    fields = set(cls.__dataclass_fields__)
    lists = {}
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError):
        name = row["id"].replace("-", "_")
        if name not in fields or not isinstance(row.get("words"), list):
            raise ActorDictionaryError(f"{path}:{lineno}: unknown row id or no 'words' list: {row['id']!r}")
        lists[name] = frozenset(str(w) for w in row["words"])
    lacking = formerly_code - set(lists)
    shipped = RULES / path.name
    if lacking and shipped.is_file() and path.resolve() != shipped.resolve():
        base = load_word_rows(shipped, cls)
        lists.update({name: getattr(base, name) for name in lacking})
    return cls(**lists)


def rule_flag(row: dict, key: str, where: str) -> bool:
    """A true/false field of a rule row (absent: false); a string such as ``"false"`` or a number is
    an error naming the file, the line, the row id and the field, not a truth by Python's rules."""
    value = row.get(key, False)
    if not isinstance(value, bool):
        raise ActorDictionaryError(f"{where}: rule {row.get('id')!r}: {key!r} must be true or false, not {value!r}")
    return value


def _window(row: dict, where: str) -> int:
    value = row.get("window", 0)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ActorDictionaryError(f"{where}: 'window' must be a whole number of sentences (0: anywhere)")
    return value


def load_descriptions(path: Path) -> list[Description]:
    out = []
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True):
        where = f"{path}:{lineno}"
        desc = Description(row["id"], word_list(row, "nouns", where),
                           word_list(row, "name_words", where, False),
                           word_list(row, "types", where, False),
                           tuple(r.upper() for r in word_list(row, "roles", where, False)),
                           rule_flag(row, "near", where),
                           tuple(c.upper() for c in word_list(row, "countries", where, False)),
                           rule_flag(row, "subdivisions", where), _window(row, where),
                           word_list(row, "sectors", where, False), word_list(row, "except_words", where, False),
                           rule_flag(row, "stateless", where), word_list(row, "kinds", where, False),
                           word_list(row, "ids", where, False), rule_flag(row, "focus", where),
                           rule_flag(row, "settlements", where), rule_flag(row, "modified", where),
                           str(row.get("default_id") or ""), word_list(row, "refuse_after", where, False),
                           word_list(row, "object_verbs", where, False), rule_flag(row, "capitals", where),
                           word_list(row, "yield_ids", where, False), word_list(row, "yield_words", where, False),
                           word_list(row, "refuse_children", where, False),
                           word_list(row, "refuse_complements", where, False),
                           word_list(row, "employer_of", where, False), rule_flag(row, "nearest_body", where),
                           word_list(row, "yield_sectors", where, False),
                           word_list(row, "refuse_before", where, False), word_list(row, "determiners", where, False),
                           rule_flag(row, "refuse_after_names", where), word_list(row, "refuse_in", where, False),
                           word_list(row, "except_described", where, False),
                           word_list(row, "sole_nouns", where, False), word_list(row, "sole_context", where, False),
                           focus_first=word_list(row, "focus_first", where, False),
                           weak_name_words=word_list(row, "weak_name_words", where, False),
                           bare=rule_flag(row, "bare", where),
                           rater_of=word_list(row, "rater_of", where, False))
        if not (desc.name_words or desc.types or desc.roles or desc.sectors or desc.ids):
            raise ActorDictionaryError(f"{where}: give name_words, types, roles, sectors or ids")
        if set(desc.sole_nouns) - set(desc.nouns) or desc.sole_nouns and not (desc.window and desc.sole_context):
            raise ActorDictionaryError(f"{where}: rule {desc.id!r}: 'sole_nouns' must be words of 'nouns' "
                                       f"of a row with a 'window' and a 'sole_context'")
        out.append(desc)
    from pipeline.components.actor_kinds import expand_descriptions, kinds_file, load_kinds  # it reads actor_people
    return expand_descriptions(out, load_kinds(kinds_file(Path(path).parent)))  # the utility: Power


def load_offices(path: Path, people: set[str]) -> list[Office]:
    """``actor_offices.jsonl``; every holder must be a person id of the gazetteer."""
    out = []
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True):
        where = f"{path}:{lineno}"
        country = check_country(_require(row, "country", where), where)
        holders = []
        for i, h in enumerate(row.get("holders") or []):
            if not isinstance(h, dict) or h.get("id") not in people:
                raise ActorDictionaryError(f"{where}: holders[{i}] needs the id of a gazetteer person")
            holders.append(Role(h["id"], norm_date(h.get("valid_from"), end=False, where=where),
                                norm_date(h.get("valid_to"), end=True, where=where)))
        if not holders:
            raise ActorDictionaryError(f"{where}: 'holders' must list the office's holders")
        out.append(Office(row["id"], country, word_list(row, "nouns", where), tuple(holders)))
    return out


def load_name_variants(path: Path) -> dict[str, str]:
    """``actor_name_variants.jsonl``: short given name -> its full form (``bob`` -> ``robert``); a short
    form of two full forms (``chris``) is left out."""
    found: dict[str, set[str]] = {}
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True):
        for variant in word_list(row, "variants", f"{path}:{lineno}"):
            found.setdefault(variant, set()).add(row["id"].lower())
    return {v: next(iter(full)) for v, full in found.items() if len(full) == 1}


def load_groups(path: Path) -> list[GroupWords]:
    out = []
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True):
        where = f"{path}:{lineno}"
        kind = row.get("kind")
        if kind not in ("party", "members", "chamber", "public", "family", "synonyms"):
            raise ActorDictionaryError(f"{where}: kind must be party, members, chamber, public, family or synonyms")
        if kind == "family" and not (row.get("party") and row.get("country")):
            raise ActorDictionaryError(f"{where}: a family row needs 'party' (a gazetteer id) and 'country'")
        role = row.get("role")
        if role is not None and role not in ROLE_TYPES:
            raise ActorDictionaryError(f"{where}: unknown role {role!r}")
        out.append(GroupWords(row["id"], kind, word_list(row, "words", where), row.get("party"),
                              check_country(row.get("country"), where), role))
    return out


def load_words(path: Path) -> ActorWords:
    """``actor_words.jsonl``: every field of :class:`ActorWords` once, as ``{"id", "words"}``; another
    list on a row is the field ``<id>_<key>`` (``home-body-nouns``' ``banks``: ``home_body_nouns_banks``)."""
    fields = set(ActorWords.__dataclass_fields__)
    found: dict[str, frozenset[str]] = {}
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError):
        where = f"{path}:{lineno}"
        name = row["id"].replace("-", "_")
        if name not in fields:
            raise ActorDictionaryError(f"{where}: unknown word list {row['id']!r}")
        words = row.get("words")
        if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
            raise ActorDictionaryError(f"{where}: 'words' must be a non-empty list of strings")
        found[name] = frozenset(words)
        for key in sorted(set(row) - {"id", "note", "words"}):  # a field of the row: "<id>_<key>"
            extra = f"{name}_{key.replace('-', '_')}"
            if extra not in fields or not isinstance(row[key], list) or not all(isinstance(w, str) for w in row[key]):
                raise ActorDictionaryError(f"{where}: unknown field {key!r}, or not a list of strings")
            found[extra] = frozenset(row[key])
    optional = {f.name for f in dataclasses.fields(ActorWords) if f.default is not dataclasses.MISSING}
    missing = sorted(fields - set(found) - optional)
    if missing:
        raise ActorDictionaryError(f"{path}: missing word lists {', '.join(missing)}")
    return ActorWords(**_with_shipped_rows(path, found, optional))


# Lists that were code constants before the twenty-fourth round (``city-people-nouns``: the twenty-fifth):
# a rules folder saved before then has no row of them and must keep the behaviour it had. Other optional
# lists stay off when absent.
_FORMERLY_CODE = frozenset({"leader_offices", "cabinet_head_offices", "named_following_nouns", "male_titles",
                            "female_titles", "unnamed_official_nouns", "group_place_preps",
                            "possessive_pronouns", "city_people_nouns", "report_voice_preps",
                            "bare_state_media_verbs", "not_a_mention_before"})


def _with_shipped_rows(path: Path, found: dict[str, frozenset[str]], optional: set[str]) -> dict:
    """``found`` plus the shipped file's rows of the lists that were code constants
    (:data:`_FORMERLY_CODE`) it lacks: a rules folder saved before a row existed (``leader-offices``)
    keeps the shipped behaviour; any other optional list it lacks stays empty, as before."""
    shipped = RULES / "actor_words.jsonl"
    lacking = (optional - set(found)) & _FORMERLY_CODE
    if not lacking or Path(path).resolve() == shipped.resolve():
        return found
    base = shipped_actor_words()
    return {**{name: getattr(base, name) for name in lacking}, **found}


def _with_full_index_names(words: ActorWords, rules_dir: Path) -> ActorWords:
    """``index-names`` plus the whole index names of ``actor_nonactors.jsonl`` (``index-full-names``:
    the S&P 500, the KOSPI), the one list of them."""
    from pipeline.components.actor_nonactors import load_nonactor_words  # it reads this module
    full = load_nonactor_words(rules_dir / "actor_nonactors.jsonl").index_full_names
    return dataclasses.replace(words, index_names=words.index_names | full) if full else words


def _with_role_phrases(words: ActorWords, roles: list[RoleRule]) -> ActorWords:
    """``institution-phrases``: the two-word heads of the ``actor_roles.jsonl`` rows marked
    ``institution_phrases`` (``role-gov-electoral``: ``the electoral commission``), the one list of
    them; a rules folder with no such row keeps its ``actor_words.jsonl`` row, if any."""
    phrases = frozenset(h for r in roles if r.institution_phrases for h in r.heads if len(h.split()) == 2)
    return dataclasses.replace(words, institution_phrases=phrases) if phrases else words


def _dedupe(items):
    seen, out = set(), []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


@lru_cache(maxsize=8)
def actor_words_at(path: Path) -> ActorWords:
    """The actor word lists of ``path`` (an ``actor_words.jsonl``), read once per file for the claim layer."""
    return load_words(path)


def shipped_actor_words() -> ActorWords:
    """The shipped actor word lists (``actor_words.jsonl``)."""
    return actor_words_at(RULES / "actor_words.jsonl")


@lru_cache(maxsize=8)
def claim_descriptions_at(path: Path) -> tuple[Description, ...]:
    """The description rules of ``path`` (an ``actor_descriptions.jsonl``, with the ``actor_kinds.jsonl``
    beside it) the claim layer reads, read once per file: not the rows that fit only with a modifier
    naming the body (``modified``: ``the electoral body``)."""
    return tuple(d for d in load_descriptions(path) if not d.modified)


@lru_cache(maxsize=1)
def subdivision_countries() -> dict[str, str]:
    """ISO 3166-2 subdivision names (ASCII, lower case) -> alpha-3, for names that are unique."""
    found: dict[str, set] = {}
    for sub in pycountry.subdivisions:
        name = unicodedata.normalize("NFKD", sub.name).encode("ascii", "ignore").decode("ascii").lower()
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is not None:
            found.setdefault(name, set()).add(country.alpha_3)
    return {name: next(iter(codes)) for name, codes in found.items() if len(codes) == 1}


@lru_cache(maxsize=1)
def subdivision_kinds() -> dict[str, frozenset[str]]:
    """ISO 3166-2 subdivision names (ASCII, lower case) -> their kinds in lower case (``state``,
    ``province``, ``governorate``)."""
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        name = unicodedata.normalize("NFKD", sub.name).encode("ascii", "ignore").decode("ascii").lower()
        found.setdefault(name, set()).add(sub.type.lower())
    return {name: frozenset(kinds) for name, kinds in found.items()}


def load_gazetteer(user_dictionaries=(), rules_dir: Path = RULES) -> Gazetteer:
    """The shipped gazetteer plus user dictionaries (later files override earlier ones)."""
    gaz = Gazetteer()
    countries = load_countries(rules_dir / "actors_countries.jsonl")
    for entry in countries:
        gaz.add(entry)
        if entry.category == "country":
            gaz.countries[entry.id] = entry.name
    for entry in load_metonyms(rules_dir / "metonyms.jsonl"):
        gaz.add(entry)
    for entry in load_entries(rules_dir / "actors_orgs.jsonl", "org"):
        gaz.add(entry)
    for entry in load_entries(rules_dir / "actors_people.jsonl", "person"):
        gaz.add(entry)
    for entry in load_entries(rules_dir / "actors_places.jsonl", "place"):
        gaz.add(entry)
    gaz.regions = load_regions(rules_dir / "actor_regions.jsonl")
    for region in gaz.regions:
        gaz.add(region_entry(region, rules_dir / "actor_regions.jsonl"))
    gaz.roles = load_roles(rules_dir / "actor_roles.jsonl")
    gaz.words = _with_role_phrases(_with_full_index_names(load_words(rules_dir / "actor_words.jsonl"), rules_dir),
                                   gaz.roles)
    gaz.titles = load_titles(rules_dir / "actor_titles.jsonl")
    gaz.descriptions = load_descriptions(rules_dir / "actor_descriptions.jsonl")
    gaz.groups = load_groups(rules_dir / "actor_groups.jsonl")
    gaz.name_variants = load_name_variants(rules_dir / "actor_name_variants.jsonl")
    people = {e.actor_id for e in gaz.entries.values() if e.type == "person"}
    gaz.offices = load_offices(rules_dir / "actor_offices.jsonl", people)
    for path in user_dictionaries or ():
        for entry in load_user_dictionary(path):
            gaz.add(entry)
    gaz.index()
    return gaz
