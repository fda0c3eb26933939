"""``claims_actors``: actor mentions with canonical CAMEO-style ids.

Writes kind ``actor`` spans to ``doc.spans["claims_actors"]`` (never overlapping each other) with
``norm = {"actor_id", "name", "type", "country", "in_gazetteer"}`` plus the extra fields
``role`` (a CAMEO code such as ``IRNGOV``, or null), ``via`` (how the actor was found: ``name``,
``adjective``, ``plural``, ``role_phrase``, ``metonym``, ``coref``, ``ner``) and, for people in
the gazetteer, ``roles`` (every coded role with its validity range).

Decisions (documented choices):

- A country name -> ``actor_id`` alpha-3, ``type: state`` (``Syria``, ``the U.S.``).
- A demonym used as a noun (``the Russians``, ``the Chinese``) -> ``actor_id`` alpha-3 with
  ``type: people``; a bare plural (``Poles queued``) -> the people apart from the state
  (``pol-people``); as an adjective before people (``Lebanese sources``) -> a group of that
  country (``lbn-sources``); before anything else (``Russian missile attacks``) no actor.
- One id per real entity: ``the Iranian government`` / ``the government of Iran`` and a capital
  that acts are the government as such, apart from the state (``IRNGOV``, type government, role
  ``IRNGOV``); a ministry, embassy or central bank is a body of its own (``irn-foreign-ministry``,
  role ``IRNGOV``); the people of a country or a body are a group (``Iranian officials`` ->
  ``irn-gov-officials``, role ``IRNGOV``).
- Country word (adjective, possessive or noun) + role noun (``Iranian officials``, ``Russia's
  foreign minister``, ``US troops``, ``Russian official media``) and role noun + ``of`` + country
  (``the government of Iran``) -> ``<ISO3><ROLE>`` (GOV, MIL, LEG, MED, BUS, COP, JUD, SPY, OPP,
  REB); the span covers the whole phrase. Nouns for people (``citizens``) give ``type: people``.
- Metonyms (seats of power, capitals) -> the country's government (``the Kremlin`` -> RUSGOV,
  ``the Pentagon`` -> USAMIL) when they act: subject, possessive, agent, party after
  with/between/against, object of a non-motion verb. As places (``in Tehran, Iran``, ``visited
  Beijing``) -> ``type: location``, ``actor_id`` the place slug (``tehran``), ``country`` set,
  ``role`` null; a following ``, <Country>`` gives the place its country and is a mention of
  its own (type ``location``).
- People in the gazetteer keep their slug (``mahmoud-ahmadinejad``) and country; ``role`` is the
  coded role valid on ``doc._.published`` (null when the date is unknown or outside every range).
  A title right before a name (``Russian foreign minister Sergei Lavrov``) gives that role
  whatever the date, and gives unknown people their country.
- Organizations keep a slug of their name (``united-nations``, ``hezbollah``, ``gazprom``; a
  company's CAMEO code such as ``RUSBUS`` is in ``role``); state institutions use their code
  (``IRGC`` -> IRNMIL, ``TASS`` -> RUSMED, ``SEC`` -> USAGOV).
- Unknown NER entities (PERSON, ORG, GPE, LOC, NORP) become actors with a slug id and
  ``in_gazetteer: false`` unless junk (photo credits ``A/B/C``, single capitalized common words such
  as ``Supreme``, religious/ethnic adjectives that do not name people: ``Shia axis``).
- Coreference-light: a later surname (``Putin``) or ``the`` + role noun (``the ministry``) gets the
  norm of the earlier full mention in the same document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial
from typing import Callable, NamedTuple
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.tokens import list_head
from pipeline import extensions as ext
from pipeline.components.abbreviations import is_title_abbreviation
from pipeline.components.actor_acting_seats import add_acting_seats
from pipeline.components.actor_epithets import EpithetWords, epithet_person, find_epithet
from pipeline.components.actor_groups import (CompanyEvidence, GroupLexicon, GroupNouns, TagParties,
                                             apposed_person, body_owner,
                                             contested, describe, described_rivals, find_following, find_groups,
                                             fits_description, index_by_start, join_modified_variants,
                                             national_companies, note_possessed, phrase_bodies)
from pipeline.components.actor_party_owner import modified_party
from pipeline.components.actor_cabinets import cabinet_governments
from pipeline.components.actor_campaign_names import find_campaign_names
from pipeline.components.actor_seated import seat_governments
from pipeline.components.actor_apposed_bodies import join_apposed_bodies
from pipeline.components.actor_apposed_roles import join_apposed_roles
from pipeline.components.actor_based_country import institution_countries
from pipeline.components.actor_scene_country import scene_people
from pipeline.components.actor_later_roles import name_later_roles
from pipeline.components.actor_role_intros import load_role_verbs, note_role_verbs, org_role_members, place_role_member
from pipeline.components.actor_courts import later_court
from pipeline.components.actor_name_pairs import (link_headed_acronyms, link_lower_chambers, link_part_names,
                                                   link_translated_names)
from pipeline.components.actor_cut_names import (cut_given_name, cut_last_name, cut_surname, desk_title_end, foreign_and_start,
                                                 hyphen_name_extent, hyphen_org_start,
                                                 join_linked_names, left_given_name,
                                                 particle_org_names)
from pipeline.components.actor_department_shorts import find_department_shorts
from pipeline.components.actor_plural_surnames import plural_surname, titled_name_start
from pipeline.components.actor_front_kinds import find_front_kinds
from pipeline.components.actor_headlines import (drop_headline_phantoms, find_front_matter, find_wire_credits,
                                                 front_matter_end, headline_lines, headline_name_end, in_lines,
                                                 is_caption_line, join_headline_variants)
from pipeline.components.actor_body_tails import extend_body_tails
from pipeline.components.actor_name_parts import chamber_of_place, part_of_longer_name
from pipeline.components.actor_possessive_names import join_possessive_names
from pipeline.components.actor_capitals import after_target_word, listed_with_cities, one_capital_sense
from pipeline.components.actor_bodies import (extend_cut_names, find_members_of, find_sub_bodies, join_named_rebels,
                                               join_party_plurals, join_short_forms, part_bare_peoples, peoples_abroad)
from pipeline.components.actor_collectives import (find_chambers, find_collectives, find_described_families,
                                                   find_party_families, find_wing_parties, headline_tokens, join_crowds,
                                                   load_chambers, load_collective_rules, type_family_names)
from pipeline.components.actor_labels import drop_caps_emphasis, find_transcript_labels
from pipeline.components.actor_name_heads import body_heads, forget_breaks
from pipeline.components.actor_outlet_surnames import yield_outlet_surnames
from pipeline.components.actor_bare_groups import find_bare_repeats
from pipeline.components.actor_agent_plurals import find_agent_plurals, load_agent_plurals
from pipeline.components.actor_blocs import find_bloc_descriptions, load_blocs
from pipeline.components.actor_front_descriptions import find_front_descriptions
from pipeline.components.actor_name_places import person_name_places
from pipeline.components.actor_name_tails import ends_longer_names, members_congress
from pipeline.components.actor_party_namesakes import local_party_namesakes
from pipeline.components.actor_homonyms import (drop_party_tag_places, drop_unfit_people, homonym_bodies, local_parties, lone_surname,
                                                 owned_elsewhere, state_chambers, state_legislatures)
from pipeline.components.actor_place_titles import join_place_titles
from pipeline.components.actor_place_readings import keep_place_readings, settlement_nouns
from pipeline.components.actor_shapes import (find_described_orgs, find_fronted_orgs, find_named_campaigns,
                                              given_name_before, org_shape,
                                              person_by_apposed_role, person_by_honorific, person_shaped_place,
                                              person_named_org, person_shape, titled_missed_name, titled_unknown_name)
from pipeline.components.actor_org_evidence import described_as_body, forget_evidence, named_as_organization
from pipeline.components.actor_org_types import company_by_tail, find_org_places, outlet_before_noun, outlet_by_shape
from pipeline.components.actor_org_heads import armed_name, linked_head
from pipeline.components.actor_armed import rebel_army_norm, type_armed_groups
from pipeline.components.actor_domestic_governments import domestic_country
from pipeline.components.actor_eras import EraWords
from pipeline.components.actor_holder_ties import other_owner
from pipeline.components.actor_kin import find_families, find_kin, find_vocative_kin, settle_ages
from pipeline.components.actor_family_names import find_family_names
from pipeline.components.actor_executives import executive_country
from pipeline.components.actor_home_bodies import home_body
from pipeline.components.actor_acronyms import (bodies_read_as_people, coref_abbreviations, drop_defined_things,
                                                find_bare_acronyms, link_defined_acronyms, link_described_acronyms,
                                                own_initials_over_namesakes, reading_fits, text_defined_acronyms)
from pipeline.components.actor_office_acronyms import load_office_acronyms, resolve_office_acronyms
from pipeline.components.actor_supranational import (at_seat, international_staff, international_titled,
                                                      join_body_short_names, keep_national_roles, load_seats,
                                                      member_nationalities, national_role_count, seats_as_named_bodies,
                                                      supranational_story, titled_by_body)
from pipeline.components.actor_focus_country import holds_focus
from pipeline.components.actor_senses import (choose_senses, country_suffixed, focus_named_bodies, keep_senses,
                                              load_sense_contexts, named_country_senses, text_countries)
from pipeline.components.actor_desc_guards import predicate_nominal, refused_description
from pipeline.components.actor_lead_names import join_lead_names
from pipeline.components.actor_model import PLACE_TYPES, Actor, glued_hyphen, make_norm, previous_sentence_start, \
    tagged_possessive
from pipeline.components.actor_regions import find_region_governments
from pipeline.components.actor_text_heads import text_heads
from pipeline.components.actor_kinds import kinds_file, lone_context
from pipeline.components.actor_state_offices import (federal_chamber_story, named_states, state_office_norm,
                                                     state_word_around, story_state)
from pipeline.components.actor_namesakes import drop_namesakes, load_namesake_words
from pipeline.components.actor_layout import (after_question_number, crosshead_spans, dateline_place_end, dateline_word,
                                               slash_dateline)
from pipeline.components.actor_nonactors import drop_non_actor_names, load_nonactor_words
from pipeline.components.actor_portfolios import drop_portfolios
from pipeline.components.actor_hypothetical import HypotheticalWords, drop_hypothetical_holders
from pipeline.components.actor_state_media import add_state_media
from pipeline.components.actor_group_senses import load_group_senses
from pipeline.components.actor_cities import (city_countries, city_index, dateline_start, find_cities, find_product_cities,
                                              place_country, possessor_country)
from pipeline.components.actor_open_offices import OpenWords, office_open
from pipeline.components.actor_country_names import demonym_named_body, other_country_body, shared_country_words
from pipeline.components.actor_country_offices import name_country_leaders, office_phrase, whole_office
from pipeline.components.actor_elected import find_elect, load_elect_rules
from pipeline.components.actor_owned import (OwnedContext, drop_apposed_posts, find_bare_members, find_held,
                                             find_kept_forces, find_owned, load_owned_rules)
from pipeline.components.actor_names import (acronym_aliases, drop_lone_capitals, drop_thing_names, name_speaks,
                                              find_broadcast_names, find_media_names, find_org_names,
                                              join_name_prefixes, mark_businesses, media_by_context, org_short_names,
                                              repeat_names, retype_named_bodies)
from pipeline.components.actor_case_variants import join_case_variants
from pipeline.components.actor_titled_bodies import name_titled_bodies, title_phrases
from pipeline.components.actor_unnamed import (find_clients, find_places, find_unnamed_people, load_unnamed_rules,
                                               name_unnamed_bodies, name_unnamed_people)
from pipeline.components.actor_people import (PeopleContext, Person, apposed_kin_word, compatible, double_surname_head,
                                               hyphenated_surname_start, suffix_start, syllable_given_tail,
                                               gazetteer_people, is_first_name, kin_gender, one_named_before,
                                               is_postnominal, named_with, postnominal_end, resolve_people,
                                               title_before, title_opening, title_stack)
from pipeline.components.base import ASSIGNS, REQUIRES, RuleComponent
from pipeline.components.claim_rules import SECTIONS_FILE, SectionRules, load_section_rules
from pipeline.components.claim_sections import (Paragraph, classify_paragraphs, credit_spans, dateline_spans,
                                                related_spans)
from pipeline.components.gazetteer import (ROLE_TYPES, ActorDictionaryError, ActorWords, Entry,
                                           Gazetteer, PRIORITY, RoleRule, doc_date, load_gazetteer,
                                           alias_key, slugify, strip_the, subdivision_countries)
from pipeline.components.names import name_detector
from pipeline.components.token_scan import doc_text, positions, text_positions, title_positions

__all__ = ["ActorComponent", "ActorDictionaryError", "make_actor_component"]

# LOC (rivers, regions: "the Colorado River", "the Sun Belt") names no actor
AMOUNT = re.compile(r"([£$€])?\d[\d.,]*(bn|m|tn)?")
NER_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "location", "NORP": "group"}
GROUP_ADJ_HEADS = {"REB", "MIL", "OPP", "PPL"}  # roles a religious/ethnic adjective can head
METONYM_ROLES = {"GOV", "MIL", "LEG", "COP", "SPY"}  # roles a seat of power can stand for
INSTITUTION_TYPES = ("group", "organization", "military", "government", "media", "legislature")
STATE_BODY_TYPES = ("government", "military", "legislature")  # a state's bodies: another country's demonym makes a namesake
PLACE_PREPS = ("in", "at", "near", "outside", "inside")
ENGLISH_ARTICLES = frozenset(("the", "a", "an"))  # "The Clan del Golfo": an article opens no person's name
CountryWord = Callable[[str], "str | None"]  # the country a word names (its name or demonym), else None
JOINT_WORDS = frozenset({",", "and", "&", "/", "-", "–", "—"})  # "Turkey, Syria agree": two subjects


class Candidate(NamedTuple):
    """A gazetteer match: tokens ``start:end`` name ``entry``."""
    start: int
    end: int
    entry: Entry


class RoleMatch(NamedTuple):
    """A role phrase found next to a country word: its head token (or first token) and rule."""
    index: int
    rule: RoleRule


class NerSpan(NamedTuple):
    label: str
    start: int
    end: int


@dataclass
class _Pass:
    """The state of one document's pass over the gazetteer candidates."""
    doc: Doc
    date: str | None
    chosen: list[Candidate]
    by_start: dict[int, Candidate]
    ends: dict[int, Candidate]
    taken: list[bool]
    actors: list[Actor] = field(default_factory=list)
    consumed: set[int] = field(default_factory=set)  # starts of candidates merged into another actor
    crossheads: list[bool] = field(default_factory=list)  # tokens of crossheads, whose names go last
    vetoed: set[int] = field(default_factory=set)  # tokens of a body's name that is no body here (_candidates)
    disowned: set[str] = field(default_factory=set)  # ids of bodies another country's possessive owns here

    def claim(self, actor: Actor) -> None:
        self.actors.append(actor)
        for k in range(actor.start, actor.end):
            self.taken[k] = True


def _count_demonyms(gaz: Gazetteer) -> frozenset[str]:
    """Demonyms whose people's plural is the demonym plus ``s`` (``tajik``: ``Tajiks``), lower case;
    not ``Sudanese``, ``French``: those name the people as they stand."""
    plurals = {alias.lower() for e in gaz.entries.values() if e.category == "plural" for alias in e.aliases}
    return frozenset(alias.lower() for e in gaz.entries.values() if e.category == "demonym"
                     for alias in e.aliases if alias.lower() + "s" in plurals)


def _predicative(tok) -> bool:
    """``We are Latvians``, ``the uranium is Nigerien``: the complement of a copula."""
    return tok.dep_ in ("attr", "acomp") and tok.head.lemma_.lower() in ("be", "become", "remain")


def _take_none(st, start: int, end: int) -> None:
    """No actor on tokens ``start``-``end``, not even the model's."""
    for k in range(start, end):
        st.taken[k] = True


def _role_name(country_name: str, role: str) -> str:
    return f"{country_name} ({ROLE_TYPES.get(role, 'people')})"


#: the roles a title under a dateline gives with the dateline's country
_DATELINE_ROLES = ("GOV", "MIL", "LEG", "COP", "JUD", "SPY")


class ActorComponent(RuleComponent):
    """Gazetteer phrase matching + role phrases + metonymy + NER fallback + light coreference.

    Settings (the factory's config, ``nlp.add_pipe("claims_actors", config={...})``):

    - ``credit_actors`` (default ``true``): the people and outlets of bylines and credits are
      actors; ``false`` drops them.
    - ``apposition_posts`` (default ``true``): a post in apposition to a name in its sentence is a
      mention of that person or body (``Lucía Arrieta, the energy minister, said``; ``The company's
      chief executive, Marta Casals``; ``The party's chair, Ram Pokharel``: the post and the name
      both); ``false``: only the name is (the post goes, a country that owns it stays:
      ``Britain's ambassador, James Harcourt`` → ``Britain`` + ``James Harcourt``). A post with no
      name beside it (``The company's chief executive said``) is a mention either way.
    """

    rule_globs = ("actor*.jsonl", "metonyms.jsonl", SECTIONS_FILE)
    dictionary_setting = "user_dictionaries"

    def __init__(self, nlp: Language, name: str = "claims_actors", user_dictionaries=(), rules=None,
                 credit_actors: bool = True, apposition_posts: bool = True):
        self._init_rules(nlp, name, user_dictionaries=list(user_dictionaries or []), rules=rules,
                         credit_actors=bool(credit_actors), apposition_posts=bool(apposition_posts))
        self.credit_actors = bool(credit_actors)  # False: bylines and credits name no actor
        self.apposition_posts = bool(apposition_posts)  # False: a post only in apposition to a name is none
        name_detector()  # given-name data, read now with the model rather than during a run
        self.user_dictionaries = list(user_dictionaries or [])
        self.gaz: Gazetteer = load_gazetteer(self.user_paths(), self.rules_dir)
        self.words: ActorWords = self.gaz.words
        self._build_matcher(nlp)
        self._index_roles()
        self._gaz_people = gazetteer_people(self.gaz, self.words)
        self._central_banks = _central_banks(self.gaz)
        self._count_demonyms = _count_demonyms(self.gaz)
        self._body_words = self.words.org_name_heads | self.words.business_name_words | self.words.media_heads | \
            self.words.org_particle_heads  # words of a body's name, never of a person's with particles
        self._particle_openers = self.words.org_particle_articles | ENGLISH_ARTICLES  # "Le Journal", "The Clan"
        self._capitals = {e.country: e for e in sorted(self.gaz.entries.values(), key=lambda e: e.id)
                          if e.category == "metonym" and e.kind == "capital" and e.country}
        self._capital_countries = {e.id: e.country for e in self.gaz.entries.values()  # "ouagadougou" -> BFA
                                   if e.category == "metonym" and e.kind == "capital" and e.country}
        self._gaz_by_id = {e.actor_id: e for e in self.gaz.entries.values() if e.type == "person"}
        self._gaz_org = {e.actor_id: e for e in self.gaz.entries.values() if e.type != "person"}
        self._org_names_by_id: dict[str, tuple[str, ...]] = {}  # actor_id -> every name of its entries
        for e in self.gaz.entries.values():
            if e.type != "person":
                self._org_names_by_id[e.actor_id] = self._org_names_by_id.get(e.actor_id, ()) + (e.name, *e.aliases)
        self._local_parties = local_parties(self.gaz, self.words.generic_body_names)
        self._suffixed = country_suffixed(self.gaz)
        self._groups = GroupLexicon.build(self.gaz.groups, self.words.quantifiers)
        self._load_rule_files()
        self._held_heads = frozenset(n.split()[-1] for r in self._owned_rules if r.makes == "holder" for n in r.nouns)
        self._families = self._party_families()
        self._tag_parties = self._tagged_parties()
        self._company = CompanyEvidence(self.words.company_nouns, self.words.company_evidence_nouns,
                                        self.words.company_evidence_verbs, self.words.result_nouns,
                                        lone_context(kinds_file(self.rules_dir)))
        self._owned_ctx = OwnedContext(
            lambda country, role, noun, words=(): self._role_norm(country, RoleRule(f"owned-{role}", role, (noun,)),
                                                                  noun, words),
            lambda country: _norm(country, self.gaz.countries.get(country, country), "state", country, True, None,
                                  "coref"))
        self._sections: SectionRules = load_section_rules(str(self.rules_dir))  # bylines and credit lines
        self._handlers = {"org": self._take_entry, "user": self._take_entry,
                          "person": self._take_entry, "metonym": self._take_metonym,
                          "place": self._take_place, "country": self._take_country,
                          "plural": self._take_plural, "demonym": self._take_demonym}

    def _build_matcher(self, nlp: Language) -> None:
        """The phrase matcher over the gazetteer's aliases, its key strings and alias tokens."""
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for key, cands in sorted(self.gaz.by_alias.items()):
            docs = [nlp.make_doc(strip_the(alias)) for alias in sorted({a for _, a in cands})]
            self.matcher.add(key, docs)
        self._keys = {nlp.vocab.strings.add(key): key for key in self.gaz.by_alias}
        self._alias_tokens = {a: [t.text for t in nlp.make_doc(strip_the(a))]
                              for cands in self.gaz.by_alias.values() for _, a in cands}

    def _index_roles(self) -> None:
        """The role lexicon: head phrase (lower, space-joined) -> [(rule, order)], its one-word
        heads, its phrases and every word of a role, title or portfolio."""
        self.role_heads: dict[str, list[tuple[RoleRule, int]]] = {}
        for order, rule in enumerate(self.gaz.roles):
            for head in rule.heads:
                self.role_heads.setdefault(head, []).append((rule, order))
        self.single_role_heads = {h for h in self.role_heads if " " not in h}
        self._role_phrases = frozenset(h for h in self.role_heads if " " in h)  # "central bank", "state tv"
        self._role_words = frozenset(w for rule in self.gaz.roles for phrase in (*rule.heads, *rule.modifiers)
                                     for w in phrase.split()) | self.words.person_titles \
            | self.words.ministry_portfolios
        self._person_marks = frozenset(self.single_role_heads) | self.words.person_titles  # "Senator", "senator"
        w = self.words
        self._epithet_words = EpithetWords(w.epithet_past_words, w.epithet_nouns, {
            **dict.fromkeys(w.epithet_male_kin, "male"), **dict.fromkeys(w.epithet_female_kin, "female")},
            w.epithet_counts, w.epithet_role_nouns,
            {k: frozenset(v for kk, v in (p.split(":", 1) for p in w.epithet_same_posts) if kk == k)
             for k in {p.split(":", 1)[0] for p in w.epithet_same_posts}})
        self._epithet_nouns = frozenset(n for t in self.gaz.titles.values() for n in (*t.nouns, *t.words)
                                        if " " not in n) | w.person_titles | w.title_heads

    def _load_rule_files(self) -> None:
        """The rule files read by one pass each, from the component's rules folder."""
        rules = self.rules_dir
        self._unnamed_rules = load_unnamed_rules(rules / "actor_unnamed.jsonl")
        self._title_phrases = title_phrases(self.gaz.titles)
        self._collective_rules = load_collective_rules(rules / "actor_collectives.jsonl")
        self._chambers = load_chambers(rules / "actor_chambers.jsonl")
        self._nonactor_words = load_nonactor_words(rules / "actor_nonactors.jsonl")
        self._namesake_words = load_namesake_words(rules / "actor_namesakes.jsonl")
        self._group_senses = load_group_senses(rules / "actor_group_senses.jsonl")
        self._agent_plurals = load_agent_plurals(rules / "actor_agent_plurals.jsonl")
        self._sense_contexts = load_sense_contexts(rules / "actor_sense_contexts.jsonl")
        self._owned_rules = load_owned_rules(rules / "actor_owned.jsonl")
        self._elect_rules = load_elect_rules(rules / "actor_elected.jsonl")
        self._leader_government_nouns = frozenset(  # "her administration" after a governor: the region's
            n for r in self._owned_rules if r.id == "owned-person-government" for n in r.nouns)
        self._name_heads = body_heads(rules / "actor_name_heads.jsonl")
        self._role_verbs = load_role_verbs(rules / "actor_role_verbs.jsonl")
        self._blocs = load_blocs(rules / "actor_blocs.jsonl")
        self._seats = load_seats(rules / "actor_seats.jsonl")
        self._office_acronyms = load_office_acronyms(rules / "actor_office_acronyms.jsonl")

    def _bloc_norm(self, entry_id: str) -> dict | None:
        """The norm of the body of the gazetteer entry ``entry_id`` (eu, fbi), as a description names it."""
        e = self.gaz.entries.get(f"org:{entry_id}")  # the origin rule:<id> of an organisation entry
        return None if e is None or e.type == "person" else \
            _norm(e.actor_id, e.name, e.type, e.country, True, _entry_role_code(e), "coref")

    def _entry_name(self, entry_id: str) -> str:
        e = self.gaz.entries.get(f"org:{entry_id}")  # the origin rule:<id> of an organisation entry
        return e.name if e is not None else ""

    def _party_families(self) -> dict[tuple[str, str], dict]:
        """(word, country) -> the norm of the party a ``family`` row of ``actor_groups.jsonl`` names."""
        out = {}
        for row in self.gaz.groups:
            if row.kind != "family":
                continue
            entry = self.gaz.entries.get(f"org:{row.party}")
            if entry is None:
                raise ActorDictionaryError(f"actor_groups.jsonl: {row.id}: no organisation {row.party!r} in the gazetteer")
            norm = _norm(entry.actor_id, entry.name, entry.type, entry.country, True, _entry_role_code(entry), "family")
            for word in row.words:
                out[(word, row.country)] = norm
        return out

    def _tagged_parties(self) -> TagParties:
        """Party role code (``USAPTYREP``) -> the norm of the one gazetteer party named ``… Party``
        with that code (the Republican Party, not the Republican National Committee); the party
        words of ``actor_groups.jsonl`` (``republican``) -> their code."""
        found: dict[str, list] = {}
        for entry in self.gaz.entries.values():
            code = _entry_role_code(entry) or ""
            if entry.type == "organization" and code[3:6] == "PTY" and len(code) > 6 and entry.name.endswith(" Party"):
                found.setdefault(code, []).append(entry)
        by_code = {code: _norm(e[0].actor_id, e[0].name, e[0].type, e[0].country, True, code, "name")
                   for code, e in found.items() if len(e) == 1}
        words = {w: f"{row.country}PTY{row.party}" for row in self.gaz.groups if row.kind == "party" for w in row.words}
        return TagParties(by_code, words, self.words.party_leader_nouns, self.words.party_member_nouns,
                          self.words.non_party_heads, self.words.party_adjectives, self.words.org_owner_words,
                          self.words.loose_party_adjectives, self.words.party_modifier_nouns,
                          self.words.ruling_party_words, self.words.opposition_nouns, self.words.head_offices,
                          self.words.party_part_words, self.words.party_name_heads,
                          self.words.party_officer_nouns, self.words.party_seat_verbs,
                          self.words.party_seat_verbs_objects,
                          candidates=self.words.party_candidate_nouns, past=self.words.past_office_words,
                          posts=self.words.party_post_nouns)

    # ------------------------------------------------------------ matching
    def _case_ok(self, alias: str, tokens) -> bool:
        words = self._alias_tokens[alias]
        if len(words) != len(tokens):
            return False
        return all(_word_case_ok(word, tok.text) for word, tok in zip(words, tokens))

    def _candidates(self, doc: Doc, headlines: list[tuple[int, int]] = (),
                    vetoes: tuple[set[int], set[str]] | None = None) -> list[Candidate]:
        """Gazetteer names in the text; in a title-case headline (``headlines``) a one-word name
        before or after capitalized words is part of a longer name only when the words meet again
        outside it (``SPD Balks at …``: the SPD; ``Abbas Kiarostami`` named in the body too: not).
        ``vetoes`` (tokens, entry ids), when given, receives the names that are no body here."""
        out, senses, covered = [], {}, set()
        vetoed, disowned = vetoes if vetoes is not None else (set(), set())
        for match_id, start, end in self.matcher(doc):
            key = self._keys[match_id]
            covered.update(range(start, end))
            tokens = doc[start:end]
            credit = _is_credit(doc, start, end)
            fits = []
            for entry, alias in self.gaz.by_alias.get(key, ()):
                if credit and entry.type not in ("media", "person"):
                    continue  # "Sputnik/Kremlin/Reuters": the outlet and the photographer only
                if entry.requires_the and (start == 0 or doc[start - 1].lower_ != "the" or _name_goes_on(doc, end)):
                    continue  # "the West Side", "the West End": a part of a city, not the West
                if start > 0 and doc[start - 1].is_title and \
                        doc[start - 1].lower_.rstrip(".") in self.words.landform_openers:
                    continue  # "Geneva" in "Lake Geneva": the lake's name, not the city
                if self._case_ok(alias, tokens):
                    if entry.category == "org" and end - start == 1 and _word_not_name(doc, start, entry.type):
                        continue  # "Unite behind the plan", "National security was discussed": the word
                    if entry.type in _NAME_WORD_TYPES and end - start == 1 and \
                            _inside_longer_name(doc, start, self.words) and \
                            not _headline_word(doc, start, headlines):
                        continue  # "Abbas" in "Abbas Kiarostami", "Wagner" in "Ines Wagner": someone else
                    if self._of_other_country(doc, end, entry):
                        continue  # "the Communist Party of Nepal": Nepal's party, not China's
                    if part_of_longer_name(doc, start, end, entry, self.words, self._country_of_word):
                        continue  # "the National Congress for Timorese Reconstruction (CNRT)": no US Congress
                    if self._work_title(doc, start, end):
                        vetoed.update(range(start, end))  # "the comedy Servant of the People": no actor at all
                        continue
                    if entry.category == "org" and entry.needs_country and self._name_carried_on(doc, end):
                        continue  # "State House Entebbe": Uganda's, not Kenya's State House
                    if self._other_country_names(doc, start, end, entry, disowned):
                        continue  # "Germany's upper house, the Federal Council": no Swiss body
                    if self._of_other_owner(doc, start, end, entry):
                        continue  # "the state Department of Labor": a state's own department
                    fits.append((entry, alias))
            if fits:
                out.append(Candidate(start, end, fits[0][0]))
                if len({e.id for e, _ in fits}) > 1:
                    senses[len(out) - 1] = fits
        out, senses = shared_country_words(*_drop_disowned(out, senses, disowned))  # "Dominican"
        return ends_longer_names(doc, self._senses(doc, out, senses), covered, self.words)

    def _work_title(self, doc: Doc, start: int, end: int) -> bool:
        """A name right after a noun of ``work-title-nouns`` (an opening quotation mark between
        allowed) is the title of a work, no actor (``the television comedy Servant of the People``,
        ``the film "Unity"``); not after the verb (``polls show Trump``) nor as the subject of a
        clause (``the show Trump hosted``)."""
        k = start - 1 if start > 0 and doc[start - 1].is_quote else start
        return k > 0 and doc[k - 1].lower_ in self.words.work_title_nouns and doc[k - 1].pos_ == "NOUN" and \
            doc[start:end].root.dep_ not in ("nsubj", "nsubjpass")

    def _name_carried_on(self, doc: Doc, end: int) -> bool:
        """A capitalised word right after a name common elsewhere (``needs_country``), on its line,
        carries it on into a longer one: a place the model tags (``State House Abuja``) or a name
        word the name is a compound of (``State House Entebbe``). Not for other names (``Hamas
        Gaza chief``)."""
        if end >= len(doc) or doc[end - 1].whitespace_ != " ":
            return False
        nxt = doc[end]
        if not nxt.is_title or nxt.pos_ != "PROPN" or nxt.ent_type_ in ("DATE", "TIME", "PERSON") or \
                nxt.lower_.rstrip(".") in self.words.person_titles or nxt.lower_ in self.words.title_heads:
            return False
        if nxt.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        last = doc[end - 1]
        return last.dep_ == "compound" and last.head.i >= end

    def _other_country_names(self, doc: Doc, start: int, end: int, entry: Entry, disowned: set[str]) -> bool:
        """A body's name another country's possessive owns, directly or across an apposition's
        comma (``Germany's Federal Council``, ``Germany's upper house, the Federal Council``, ``the
        Federal Council, Austria's upper chamber``): that country's namesake, not the entry, whose
        id goes to ``disowned`` (the same name later in the text is the namesake too)."""
        if entry.category != "org" or not entry.needs_country:
            return False
        first = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
        if self._possessive_countries(doc, first, end) - {entry.country}:
            disowned.add(entry.id)
            return True
        return False

    def _possessive_countries(self, doc: Doc, first: int, end: int) -> set[str]:
        """The countries whose possessive owns the name at ``first:end``: right before it, across
        the adjectives and nouns of an apposition before its comma (``Germany's upper house, the``),
        or right after its comma (``, Austria's upper chamber``)."""
        out, k = set(), first - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
            while k >= 0 and first - k <= 6 and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and \
                    doc[k].lower_ not in self.words.possessive:
                k -= 1
        if k >= 1 and doc[k].lower_ in self.words.possessive and doc[k - 1].is_title:
            out.add(self._country_of_word(doc[k - 1].text))
        if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].is_title and \
                doc[end + 2].lower_ in self.words.possessive:
            out.add(self._country_of_word(doc[end + 1].text))
        return out - {None}

    def _senses(self, doc: Doc, cands: list[Candidate], senses: dict[int, list]) -> list[Candidate]:
        """A name of several gazetteer bodies (``PTI``) takes the sense the document fits
        (:func:`choose_senses`: its own context, else the document); none fits: no candidate. A
        body whose names are common elsewhere (``needs_country``: ``MAS``, ``Movement for
        Socialism``) is a candidate only in a text naming its country."""
        countries = text_countries(cands)
        if any(c.entry.needs_country for c in cands) or senses:
            cands, senses = named_country_senses(cands, senses, countries)
        if not senses:
            return cands
        chosen = choose_senses(doc, [(c.start, c.end) for c in cands], senses, countries, self._sense_contexts)
        return [c._replace(entry=chosen[k]) if k in chosen else c for k, c in enumerate(cands)
                if k not in chosen or chosen[k] is not None]

    def _of_other_country(self, doc: Doc, end: int, entry: Entry) -> bool:
        """A body's name carried on by ``of`` + another country's name (``the Communist Party of
        Nepal``, ``the Congress of Peru``): the body of that country, not the entry of its own."""
        if entry.category != "org" or not entry.country or end + 1 >= len(doc) or doc[end].lower_ != "of":
            return False
        nxt = doc[end + 1]
        country = self._country_of_word(nxt.text) if nxt.is_title else None
        return country is not None and country != entry.country

    def _of_other_owner(self, doc: Doc, start: int, end: int, entry: Entry) -> bool:
        """A US government body's name after a lower-case word of ``us-local-body-owners`` (``the
        state Department of Transportation``, ``the county Department of Health``; not ``Kansas City
        FBI``): a state's, county's or city's own body, not the federal one (another country's,
        ``Ireland's Department of Education``, is left to ``homonym_bodies`` through
        ``generic-body-names``); or a name other owners' bodies have too (``owned-generic-names``,
        ``generic-body-names``) after another country's or a region's name or possessive (``the
        Kenya Forest Service``: ``owned_elsewhere``; not ``Texas FBI agents``)."""
        if not (entry.category == "org" and entry.type == "government" and entry.country == "USA" and start > 0):
            return False
        before = doc[start - 1]
        if before.is_lower and before.lower_ in self.words.us_local_body_owners:
            return True
        name = doc[start:end].text.lower().removeprefix("the ")
        generic = self.words.owned_generic_names | self.words.generic_body_names
        return name in generic and owned_elsewhere(doc, start, self._country_of_word)

    def _choose(self, doc: Doc, cands: list[Candidate], headlines: list[tuple[int, int]] = ()) -> list[Candidate]:
        """Longest match wins (``spacy.util.filter_spans``); on one extent, the entry priority
        (user > person > org > metonym > country ...). In a title-case headline (``headlines``:
        character ranges) a capitalized word before a body's name is a sign of a longer name only
        when the two words meet again outside it (``Social Democratic Party Leader Quits``; not
        ``Rebels Sign African Union Accord``)."""
        best: dict[tuple[int, int], Candidate] = {}
        for cand in sorted(cands, key=lambda c: (c.start, PRIORITY[c.entry.category])):
            best.setdefault((cand.start, cand.end), cand)
        spans = filter_spans(doc[s:e] for s, e in best)
        chosen = [best[(span.start, span.end)] for span in spans]
        ends = {c.end for c in chosen}
        out = [c for c in chosen if not _inside_longer_org_name(doc, c, ends)]
        cut = [c for c in chosen if c not in out and any(lo <= doc[c.start].idx < hi for lo, hi in headlines)]
        if cut:
            pairs = {(a.lower_, b.lower_) for a, b in zip(doc, doc[1:])
                     if not any(lo <= a.idx < hi for lo, hi in headlines)}
            out += [c for c in cut if (doc[c.start - 1].lower_, doc[c.start].lower_) not in pairs]
        return sorted(out, key=lambda c: c.start)

    # ------------------------------------------------------------ role phrases
    def _role_of(self, doc: Doc, head: int, mod_start: int) -> RoleRule | None:
        """The best role rule for the noun at ``head`` given modifiers ``doc[mod_start:head]``; a
        head written with a hyphen is the head written with a space (``auditor-general``)."""
        mods = {t.lower_ for t in doc[mod_start:head]}
        best, best_key = None, None
        for n in (3, 2, 1):
            if head - n + 1 < mod_start and n > 1:
                continue
            phrase = " ".join(t.lower_ for t in doc[head - n + 1:head + 1])
            cands = list(self.role_heads.get(phrase, ()) or self.role_heads.get(phrase.replace(" - ", " "), ()))
            if n == 1 and doc[head].lemma_.lower() != phrase:
                cands += self.role_heads.get(doc[head].lemma_.lower(), [])
            for rule, order in cands:
                if rule.modifiers and not (mods & set(rule.modifiers)):
                    continue
                key = (bool(rule.modifiers), n, -order)
                if best_key is None or key > best_key:
                    best, best_key = rule, key
        return best

    def _role_after(self, doc: Doc, end: int, stops: set[int]) -> RoleMatch | None:
        """A role noun heading the noun phrase that follows a country word."""
        i = end
        if i < len(doc) and doc[i].lower_ in self.words.possessive:
            i += 1
        j, last = i, None
        while j < len(doc) and j - i < 5:
            tok = doc[j]
            if j in stops or (tok.ent_iob_ == "B" and tok.ent_type_ == "PERSON"):
                break
            if tok.lower_ in self.words.headline_verbs:
                break  # "Ukraine's parliament fires energy minister": the verb ends the phrase
            if tok.pos_ not in ("ADJ", "NOUN", "PROPN") and not (tok.text == "-" and j > i) and \
                    not (tok.tag_ == "VBG" and tok.dep_ in ("amod", "compound")):  # "governing coalition"
                break
            last = j
            j += 1
            # a title before a name: "Venezuela's opposition leader María Corina Machado"
            if j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title and self._role_of(doc, last, i):
                if self._body_name_goes_on(doc, j, doc[last].is_title):
                    return None  # "the Polish Bank Association": a body's own name, no "Polish bank"
                if doc[last].is_title and self._role_name_goes_on(doc, j, i):
                    continue  # "the Indonesian National" + "Armed Forces": the name ends in a role noun
                if doc[j].lower_ not in self.single_role_heads or self._name_opens(doc, j):
                    break  # "Polish lender Bank Wiślany": the role ends before the name
        if last is None or doc[last].text == "-":
            return None
        rule = self._role_of(doc, last, i)
        if rule is None:  # headlines: "Sudan's army rejects ceasefire proposal" (verb tagged NNS)
            for k in range(i, last):
                if doc[k + 1].lower_ in self.words.headline_verbs and self._role_of(doc, k, i):
                    return RoleMatch(k, self._role_of(doc, k, i))
            return self._named_role_before_noun(doc, i, last)
        return RoleMatch(last, rule) if rule else None

    def _body_name_goes_on(self, doc: Doc, j: int, role_titled: bool) -> bool:
        """Do the title-case words from ``j`` on, right after a title-case role noun (``Polish Bank``,
        ``Washington State``: ``role_titled``), end with a body's name word (``org-name-heads``:
        Association, Institute, Union)? Then the role noun is a word of that name, no role of its
        own. A lower-case role noun before a whole name (``German lender Deutsche Bank``) stays a role."""
        k = j
        while k < len(doc) and k - j < 5 and doc[k].is_title and doc[k].pos_ == "PROPN":
            k += 1
        return role_titled and doc[k - 1].lower_ in self.words.org_name_heads

    def _role_name_goes_on(self, doc: Doc, j: int, i: int) -> bool:
        """Do the title-case words from ``j`` on (at most three) end with a role noun (``Armed
        Forces``, ``Police``)? Then a title-case role word before them (``National``) is a word of
        the body's name (``the Indonesian National Armed Forces``, ``the Philippine National Police``)."""
        k = j
        while k < len(doc) and k - j < 3 and doc[k].is_title and doc[k].pos_ in ("PROPN", "NOUN"):
            k += 1
        return k > j and (k == len(doc) or not (doc[k].is_title and doc[k].pos_ == "PROPN")) and \
            self._role_of(doc, k - 1, i) is not None

    def _name_opens(self, doc: Doc, j: int) -> bool:
        """Does a name open at ``j`` with a body's name word (``Bank Wiślany``, ``Bank OZK``)?"""
        return doc[j].lower_ in self.words.org_name_heads and self._name_starts(doc, j)

    @staticmethod
    def _name_starts(doc: Doc, j: int) -> bool:
        """Is the title-case word at ``j`` the first of a name of two or more title-case words?"""
        return j + 1 < len(doc) and doc[j + 1].is_title and doc[j + 1].pos_ == "PROPN"

    def _named_role_before_noun(self, doc: Doc, i: int, last: int) -> RoleMatch | None:
        """``an Indian Navy destroyer``, ``Indian Navy rescues crew``: a title-case role word right
        after the country word (the body's name) that modifies the noun ending the phrase; a
        lower-case one (``Indian army trucks``) is a thing's description, no body, and one after
        other name words is another body's name (``U.S. Energy Information Administration data``)."""
        if i < last and doc[i].is_title and doc[i].pos_ == "PROPN" and doc[i + 1].is_lower:
            rule = self._role_of(doc, i, i)
            return RoleMatch(i, rule) if rule else None
        return None

    def _role_before(self, doc: Doc, start: int, taken: list[bool]) -> RoleMatch | None:
        """``the government of Iran``: (phrase start, rule) when the country is the object of
        ``of`` after a role noun."""
        if start < 2 or doc[start - 1].lower_ != "of":
            return None
        head = start - 2
        if taken[head] or doc[head].pos_ not in ("NOUN", "PROPN"):
            return None
        if doc[head].lower_ not in self.single_role_heads and \
                doc[head].lemma_.lower() not in self.single_role_heads:
            return None
        left = head
        while left > 0 and not taken[left - 1] and doc[left - 1].pos_ in ("ADJ", "NOUN", "PROPN") \
                and head - left < 3:
            left -= 1
        rule = self._role_of(doc, head, left)
        if rule is None:
            return None
        if left > 0 and doc[left - 1].lower_ == "the" and not taken[left - 1]:
            left -= 1
        return RoleMatch(_name_words_before(doc, left, taken) or left, rule)

    def _role_norm(self, country: str, rule: RoleRule, head: str | None = None, words: tuple[str, ...] = ()) -> dict:
        """The norm of a role phrase whose head noun is ``head`` (lower case; ``words``: the
        phrase's other words): the government as such for ``the Iranian government`` (``IRNGOV``);
        a group of people for ``Iranian officials`` (``irn-officials``, role ``IRNGOV``) and the
        people for ``Israeli citizens``; one unnamed person for ``an Iranian military adviser``;
        one body of the government for ``Iran's foreign ministry`` (``irn-foreign-ministry``);
        else the institution's code."""
        cname = self.gaz.countries.get(country, country)
        role = rule.role
        code = None if role == "PPL" else country + role
        if role == "GOV" and head in self.words.state_heads:
            return self._government_norm(country, "role_phrase")
        if role == "PPL" or head in self.words.member_nouns:
            atype = "people" if role == "PPL" else "group"
            if head is None:
                return _norm(country, cname, atype, country, True, code, "role_phrase")
            slug = slugify(head) if role == "PPL" else f"{role.lower()}-{slugify(head)}"
            return _norm(f"{country.lower()}-{slug}", f"{cname} {head}", atype, country, True, code,
                         "role_phrase")
        if head in self.words.unnamed_official_nouns:
            return _norm(f"{country.lower()}-{role.lower()}-{head}", f"{cname} {head}", "person", country,
                         False, code, "role_phrase")
        if head in self.words.office_nouns:  # "the Saudi minister": one person, not the government
            return _norm(f"{country.lower()}-{slugify(head)}", f"{cname} {head}", "person", country, False, code,
                         "role_phrase")
        body = self._ministry(head, words, rule)
        bank = self._central_banks.get(country) if body == "central bank" else None
        if bank is not None:  # "Japan's central bank" is the Bank of Japan
            return _norm(bank.actor_id, bank.name, bank.type, country, True, _entry_role_code(bank), "role_phrase")
        if body:  # a ministry is a body of the government, a defence ministry too (role MIL kept)
            btype = "government" if role == "MIL" else ROLE_TYPES[role]
            return _norm(f"{country.lower()}-{slugify(body)}", f"{cname} {body}", btype, country, True,
                         code, "role_phrase")
        return _norm(code, _role_name(cname, role), ROLE_TYPES[role], country, True, code, "role_phrase")

    def _ministry(self, head: str | None, words: tuple[str, ...], rule: RoleRule) -> str | None:
        """``foreign ministry`` for a ``ministry-heads`` noun with its portfolio words, in the
        order ``the Foreign Ministry`` writes them (``the Ministry of Justice`` → ``justice
        ministry``); ``central bank`` keeps its first word; an ``institution-phrases`` pair is itself
        (``electoral commission``); None for any other head."""
        if head is None:
            return None
        before = words[-1] if words else ""
        if f"{before} {head}" in self.words.institution_phrases:
            return f"{before} {head}"  # "the electoral commission": a body of its own
        if f"{before} {head}" in self.words.ministry_heads:
            words, head = words[:-1], f"{before} {head}"
        elif head not in self.words.ministry_heads:
            return None
        portfolio = [w for w in words if w in self.words.ministry_portfolios or w in rule.modifiers]
        return " ".join([*dict.fromkeys(portfolio), head])

    def _capital_place(self, metonym_id: str) -> dict | None:
        """The capital of ``metonyms.jsonl`` row ``metonym_id`` as a place (None if unknown)."""
        entry = self.gaz.entries.get(f"metonym:{metonym_id}")
        return _location(entry) if entry is not None else None

    def _government_norm(self, country: str, via: str) -> dict:
        """The government of ``country`` as such (``the Iranian government``, ``Tehran`` acting,
        ``the government`` of the country in focus): an entity apart from the state, with the
        CAMEO code as its id (``IRNGOV``, like ``the Kremlin`` → ``RUSGOV``)."""
        cname = self.gaz.countries.get(country, country)
        return _norm(f"{country}GOV", _role_name(cname, "GOV"), "government", country, True, f"{country}GOV", via)

    # ------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        self.check_rule_data()
        try:
            self._annotate(doc)
        finally:  # the per-document caches never stay in user_data (a DocBin would save them), also on an error
            forget_evidence(doc)
            forget_breaks(doc)
        return doc

    def _annotate(self, doc: Doc) -> None:
        """Every pass of the component over ``doc``, in order; the mentions written to it."""
        headlines = headline_lines(doc, self.words)
        st, in_credits, credits, titles = self._named(doc, headlines)
        actors, taken = st.actors, st.taken
        one_capital_sense(doc, actors, self.words.government_preps, self.words.not_government_preps,
                          self.words.government_of_heads)  # "as Washington and Riyadh press"
        listed_with_cities(doc, actors, self._capital_place, self.words.actor_preps)  # "routes linking Berlin, Hamburg and Munich"
        focus = self._focus(doc, actors, taken, in_credits)
        people = resolve_people(doc, actors, self._people_ctx(st.date), focus)
        text_heads = self._referred(doc, st, people, focus, headlines)
        note_role_verbs(doc, people, self._role_verbs)  # "X, who moderated,": later "the moderator"
        front_end = self._joined(doc, actors, taken)
        holder = partial(self._office_holder, focus, st.date, doc, _ranked_countries(doc, actors),
                         story_state(doc, actors, self.words), text_heads)
        self._coref(doc, actors, taken, people, titles, holder, focus)
        link_described_acronyms(doc, actors, self.words.defined_acronym_body_types)  # "The commission, known as KQZ,"
        resolve_office_acronyms(doc, actors, taken, people, self.gaz.titles, self._office_acronyms)  # "the PM"
        find_bloc_descriptions(doc, actors, taken, self._blocs, self._bloc_norm, self._entry_name)
        find_front_descriptions(doc, actors, taken, front_end, self.gaz.descriptions, fits_description,
                                self.words.front_description_nouns)
        self._finished(doc, st, people, focus, headlines, credits, front_end)

    def _named(self, doc: Doc, headlines) -> tuple:
        """The names and bodies of the document (the chosen candidates, the model's entities, the
        passes that mend their spans and types): ``(pass state, in_credits, credits, titles)``."""
        vetoed, disowned = set(), set()
        chosen = self._choose(doc, self._candidates(doc, headlines, (vetoed, disowned)), headlines)
        st = _Pass(doc, doc_date(getattr(doc._, "published", None)), chosen,
                   {c.start: c for c in chosen}, {c.end: c for c in chosen}, [False] * len(doc),
                   vetoed=vetoed, disowned=disowned)
        for k in vetoed:
            st.taken[k] = True  # no other pass names "Servant of the People" in "the comedy Servant of the People"
        for cand in chosen:
            if cand.start not in st.consumed:
                self._take(st, cand)
        actors, taken = st.actors, st.taken
        self._add_ner(doc, actors, taken, headlines)
        find_campaign_names(doc, actors, taken, self.words)  # "the group Save Lookout Valley"
        _upper_bylines(doc, actors, taken)
        self._add_missed_names(doc, actors, taken, headlines)
        _shaped_names(doc, actors, taken, self.words)
        in_credits, credits, st.crossheads = self._credits(doc, actors, taken)
        self._org_names(doc, actors, taken, headlines)
        extend_cut_names(doc, actors, taken, self.words)
        join_possessive_names(doc, actors, taken, self.words, self._organization_type,
                              self._country_in, headlines)  # the Attorney General's Office
        join_place_titles(doc, actors, taken, self.gaz.titles, self.words)
        find_sub_bodies(doc, actors, taken, self.words)
        extend_body_tails(doc, actors, taken, self.words)
        find_members_of(doc, actors, self.words)
        self._acronyms(doc, actors, taken)
        titles = self._link_titles(doc, actors)
        find_transcript_labels(doc, actors, taken, self.gaz.titles, is_first_name)
        _unnamed_officials(doc, actors, self.words.member_nouns, self.words.unnamed_official_nouns)
        drop_unfit_people(doc, actors, self.gaz, self._gaz_by_id)
        yield_outlet_surnames(doc, actors, taken, self.gaz.titles, self.words.outlet_nouns)
        retype_named_bodies(doc, actors, self.words.named_body_nouns | self.words.org_apposition_nouns,
                            self.words.person_apposition_nouns)
        mark_businesses(doc, actors, self.words)  # again for them: "gas distributor Pannon Energia"
        state_legislatures(doc, actors, self.words.state_legislature_heads)
        states = named_states(doc, actors, self.words)
        state_chambers(doc, actors, self.words.state_legislature_heads,
                       next(iter(states.values())) if len(states) == 1 else None, federal_chamber_story(doc, self.words))
        person_name_places(doc, actors, taken)
        homonym_bodies(doc, actors, partial(self._seat_focus, doc, credits=in_credits), self.words.generic_body_names,
                       self.gaz.countries, self._local_parties, self._country_of_word, self._anchor(doc, actors),
                       {"congress": self.words.congress_legislatures, "senate": self.words.senate_countries})
        focus_named_bodies(doc, actors, partial(self._seat_focus, doc, credits=in_credits), self._suffixed,
                           lambda e: _norm(e.actor_id, e.name, e.type, e.country, True, _entry_role_code(e), "name"))
        return st, in_credits, credits, titles

    def _acronyms(self, doc: Doc, actors: list[Actor], taken: list[bool]) -> None:
        """Acronyms of the bodies named: those the text defines (``Petróleos de Venezuela, or
        PDVSA,``) and bare ones of a body's initials (``the DA``: the Democratic Alliance)."""
        defined = link_defined_acronyms(doc, actors, taken, self.words.defined_acronym_body_types,
                                        self.words.abbreviation_name_links, partial(self._reading_fits, doc))
        find_bare_acronyms(doc, actors, taken, {**_initials_of_bodies(doc, actors), **defined},
                           lambda w: alias_key(w) in self.gaz.by_alias,
                           self.words.topic_acronyms | self.words.title_acronyms | frozenset(self._office_acronyms),
                           self.words.member_nouns | self.words.group_nouns)

    def _referred(self, doc: Doc, st: "_Pass", people, focus, headlines) -> dict[tuple[str, str], dict]:
        """Mentions that refer to the names found: name copies, followers, heads of government,
        kin and owned posts, groups, unnamed officials. Returns the heads of government the text
        names (:meth:`_text_heads`, once per document, found from the followers)."""
        actors, taken = st.actors, st.taken
        self._coref_names(doc, actors, taken, people)
        given_name_places(doc, actors, people)
        find_following(doc, actors, taken, people, self.gaz.titles, self.words.named_following_nouns,
                       self.words.cabinet_head_offices)
        heads = self._text_heads(doc, actors, st.date, focus)
        self._head_governments(doc, actors, people, st.date, heads)
        self._kin_and_owned(doc, actors, taken, people)
        self._collectives(doc, actors, taken, focus, headlines)
        _homonym_places(actors, focus)
        _drop_based_places(doc, actors, taken, self.words.media_name_nouns)
        self._unnamed(doc, actors, taken, people, focus, st.date)
        find_department_shorts(doc, actors, taken, self.words.department_short_names,
                               self.words.department_short_links)
        return heads

    def _joined(self, doc: Doc, actors: list[Actor], taken: list[bool]) -> int:
        """Short forms, plurals and variants joined to their bodies; returns where the front
        matter ends."""
        front_end = front_matter_end(doc, lambda line: is_caption_line(line, self.words))
        join_short_forms(doc, actors, self.words.government_heads, front_end)
        keep_place_readings(doc, actors, taken, settlement_nouns(self.gaz.descriptions),
                            self.words.city_preps | self.words.city_person_preps)  # "Novi Sad" after "the University of Novi Sad"
        join_body_short_names(doc, actors, self.words.supranational_bodies,  # "the Patriots": Patriots for Europe
                              self.words.generic_short_heads)
        join_party_plurals(doc, actors)
        join_named_rebels(doc, actors, self.words)
        join_modified_variants(doc, actors, self.words.subset_group_nouns,
                               self.words.quantifiers | self.words.collective_non_modifiers,
                               self.words.possessive_pronouns)
        national_companies(doc, actors, self._country_of_word, self.words.company_nouns)
        find_region_governments(doc, actors, taken, tuple(self.gaz.regions), self.words.region_government_levels,
                                self.words.region_leader_titles, self.words.city_government_levels,
                                self._leader_government_nouns)
        org_short_names(doc, actors)  # "Kestrel" (a person to the model) is Kestrel Retail Group before "the company"
        join_lead_names(doc, actors, self.words, lambda name: self._country_in(name, ("country",)) is not None)
        mark_businesses(doc, actors, self.words)  # a joined name keeps its evidence: Brennan Logistics (of ... Group)
        return front_end

    def _finished(self, doc: Doc, st: "_Pass", people, focus, headlines, credits, front_end: int) -> None:
        """The passes after coreference: seats of government, held posts, apposed roles, types
        and countries, phantoms; the mentions written to the document."""
        actors, taken = st.actors, st.taken
        seat_governments(doc, actors, self._capital_countries, self.words.state_heads | self.words.seat_government_nouns,
                         self._government_norm)
        cabinet_governments(doc, actors, self.words.government_cabinet_heads, self.words.possessive_pronouns,
                            self._government_norm)  # "the cabinet", "Walai's cabinet": the government
        # "the company's chief executive": after "the company"
        find_held(doc, actors, taken, people, self._owned_rules, self.gaz.titles, self.words.post_time_words,
                  self.words.post_seat_links,
                  self.words.company_tails | self.words.non_party_heads | self.words.corp_suffixes)
        find_kept_forces(doc, actors, taken, self.words.force_keeping_verbs, self._owned_ctx,
                         self.words.force_captive_words)  # after coreference: "The army has deployed
        # 3,000 troops" once "The army" is resolved
        find_bare_members(doc, actors, taken, self.words.bare_member_nouns,  # "the union said members had voted"
                          self.words.member_count_verbs)
        find_front_matter(doc, actors, taken, people, self.gaz.titles, front_end)
        find_front_kinds(doc, actors, taken, self.gaz.descriptions, front_end, self.words.opposition_nouns)  # "union threatens strike"
        org_role_members(doc, actors, taken, people, self.gaz.titles)  # "Pallatek CEO says"
        join_apposed_roles(doc, actors)
        name_later_roles(doc, actors)  # "the UN envoy … the envoy, Ingrid Solheim,"
        join_apposed_bodies(doc, actors, self.words.corp_suffixes)  # "UNAMI, the U.N. mission in Iraq,"
        org_short_names(doc, actors)
        join_case_variants(doc, actors)  # "the state court" (BIHJUD), later "the State Court"
        type_armed_groups(doc, actors, self.words)
        member_nationalities(doc, actors, self._country_in, self.words.person_titles)  # "Spanish MEP X", "the Belgian"
        home = _dateline_home(doc, actors, self._country_word)
        if focus is None and home is not None:  # a seat's dateline: the police there are still its country's
            keep_national_roles(doc, actors, home, self._seats.national_roles)
        international_titled(doc, actors, self._gaz_id, self.words.supranational_bodies)  # "OAS Secretary-General X"
        international_staff(doc, actors, self.words.supranational_bodies)  # "A Commission spokesperson"
        seats_as_named_bodies(actors, self.words.seat_named_bodies, self.words.seat_named_bodies_bodies)  # "Brussels"
        _possessed_bodies_country(doc, actors)  # "Nigeria's Independent National Electoral Commission"
        institution_countries(doc, actors, self._place_country, self._seats)  # "a researcher at the Dakar-based X"
        scene_people(doc, actors, self._seats)  # "In Copenhagen, Foreign Minister X": Danish whatever the dateline
        _default_country(actors, focus)
        link_headed_acronyms(doc, actors, self.words.acronym_name_heads,  # "UGTT labour union": the Labour Union
                             self.words.abbreviated_body_types)  # (after the countries: they must agree)
        self._drop_phantoms(doc, actors, taken, headlines, credits)
        _drop_credits(actors, taken, st.crossheads)  # "UKRAINE AND RUSSIA": a section title
        actors[:] = [a for a in actors if a.norm.get("actor_id") not in st.disowned and
                     not any(k in st.vetoed for k in range(a.start, a.end))]
        part_bare_peoples(doc, actors)
        peoples_abroad(doc, actors)  # "the Serbs of Bosnia"
        _write(doc, actors)

    def _kin_and_owned(self, doc: Doc, actors: list[Actor], taken: list[bool], people) -> None:
        """Relatives (twice: ``his father`` of ``the younger Hollister`` once ages are settled),
        families and what people own, in this order (the forces they keep: after coreference)."""
        find_kin(doc, actors, taken, people, self.words)
        settle_ages(people, self.words)
        find_kin(doc, actors, taken, people, self.words)
        find_vocative_kin(doc, actors, taken, people, self.words)
        find_families(doc, actors, taken, people, self.words)
        find_family_names(doc, actors, taken)  # "the Ellison family … the family"
        find_owned(doc, actors, taken, people, self._owned_rules, self._owned_ctx)
        find_elect(doc, actors, taken, self._elect_rules)  # "the president-elect", "his successor": the one elected

    def _collectives(self, doc: Doc, actors: list[Actor], taken: list[bool], focus: str | None,
                     headlines: list[tuple[int, int]]) -> None:
        """Groups, collectives, crowds, wings, party families and chambers, in this order."""
        w = self.words
        nouns = GroupNouns(w.group_nouns | w.trade_group_nouns | w.domestic_group_nouns | w.foreign_group_nouns,
                           w.modified_group_nouns, w.opposition_nouns, w.informant_phrases,
                           w.quantifiers | w.collective_non_modifiers, w.document_signing_verbs,
                           w.stateless_group_nouns | w.trade_group_nouns | w.foreign_group_nouns,
                           w.org_name_heads | w.group_body_heads, w.institution_group_phrases, self._group_senses,
                           self._country_of_word, w.foreign_group_nouns, w.sponsor_participles,
                           w.counted_group_nouns, w.force_keeping_verbs, w.partitive_group_nouns)
        in_headline = headline_tokens(doc, headlines)
        find_groups(doc, actors, self._groups, focus, nouns, in_headline)
        find_bare_repeats(doc, actors, w.repeated_group_nouns)
        find_collectives(doc, actors, taken, self._collective_rules, focus, self.words, in_headline)
        known = nouns.plain | nouns.modified | w.repeated_group_nouns | \
            frozenset().union(*(r.nouns for r in self._collective_rules))
        find_agent_plurals(doc, actors, self._agent_plurals, nouns, known, focus, in_headline,
                           self.words.group_place_preps)
        join_crowds(doc, actors, self.words.crowd_antecedents)
        find_wing_parties(doc, actors, taken, self.words.wing_labels)
        find_party_families(doc, actors, taken, self._families, focus)
        find_described_families(doc, actors, taken, self.words.party_family_nouns, focus)
        type_family_names(doc, actors, taken, self.words.party_family_nouns)
        find_chambers(doc, actors, taken, self._chambers, focus, self._country_of_word,
                      {"senate": self.words.senate_countries})

    def _drop_phantoms(self, doc: Doc, actors: list[Actor], taken: list[bool], headlines: list[tuple[int, int]],
                       credits: list[bool]) -> None:
        """The last passes: party-tag places, headline words, things, lone capitals, emphasis,
        holders only wished for, (with ``credit_actors: false``) credits and (with ``apposition_posts: false``) posts in
        apposition name no actor."""
        if not self.apposition_posts:
            drop_apposed_posts(doc, actors, self._country_of_word, self._owned_ctx.state_norm)
        drop_party_tag_places(doc, actors, self.words)
        drop_headline_phantoms(doc, actors, headlines)
        drop_thing_names(doc, actors, self.words, headlines)
        drop_defined_things(doc, actors, self.words.acronym_definition_links,  # "the sanitary and phytosanitary (SPS) deal"
                            self.words.institution_heads | self.words.body_heads | self.words.company_nouns |
                            self.words.government_heads | self.words.org_name_heads | self.words.named_body_nouns |
                            self.words.org_apposition_nouns)
        drop_non_actor_names(doc, actors, self._nonactor_words, self.words.headline_verbs)
        drop_namesakes(doc, actors, self._namesake_words, self._person_marks, self.words.quote_verbs)
        drop_lone_capitals(doc, actors)
        drop_caps_emphasis(doc, actors)
        _drop_office_contests(doc, actors, self.words.office_contests)
        drop_portfolios(doc, actors, self.words.portfolio_nouns, self.words.portfolio_verbs,
                        self.words.portfolio_for_verbs)  # "keep the interior ministry": a post
        drop_hypothetical_holders(doc, actors, HypotheticalWords(  # "deserve a prime minister who"
            self.words.hypothetical_holder_verbs, self.words.hypothetical_holder_preps,
            self.words.future_holder_modifiers, self.words.office_filling_verbs, self.words.appointing_holder_verbs))
        _drop_credits(actors, taken, credits)

    def _credits(self, doc: Doc, actors: list[Actor], taken: list[bool]) -> tuple[list[bool], list[bool], list[bool]]:
        """The tokens of bylines and credits, and those whose actors go (``credit_actors``): by
        default none (the staff a wire credit names are persons, like a byline's); with
        ``credit_actors: false`` all of them (an outlet stays until the end for later passes); and
        the tokens of crossheads (their names go last)."""
        paras = classify_paragraphs(doc_text(doc), self._sections)  # once: credits and related lists
        in_credits = _credit_tokens(doc, self._sections, paras)
        _add_credits(doc, actors, taken, in_credits, self._nonactor_words.credit_labels)
        if self.credit_actors:
            find_wire_credits(doc, actors, taken, self.words.wire_credit_phrases,
                              lambda text: _norm(slugify(text), text, "person", None, False, None, "credit"))
        credits = [False] * len(doc) if self.credit_actors else in_credits
        credits = _with_related(doc, self._sections, credits, paras)  # other stories' headlines: no actor at all
        _drop_credits(actors, taken, credits, keep=("media",))
        return in_credits, credits, _crosshead_tokens(doc, self._sections, paras)

    def _org_names(self, doc: Doc, actors: list[Actor], taken: list[bool], headlines: list[tuple[int, int]]) -> None:
        """Organisation names the model missed, acronyms in parentheses, short forms of a company's
        name and later uses of a name (``actor_names.py``)."""
        find_org_names(doc, actors, taken, self.words, headlines, self._organization_type)
        find_media_names(doc, actors, taken, self.words)
        find_broadcast_names(doc, actors, taken, self.words)  # "told RAC1 radio"
        join_headline_variants(doc, actors, headlines, self.gaz.descriptions)  # "House Ethics Panel": the committee
        aliases = acronym_aliases(doc, actors, partial(self._reading_fits, doc))
        join_name_prefixes(doc, actors, self.words)
        repeat_names(doc, actors, taken, aliases, self.words, headlines)
        mark_businesses(doc, actors, self.words)
        media_by_context(doc, actors, self.words.result_nouns)

    def _unnamed(self, doc: Doc, actors: list[Actor], taken: list[bool], people: list[Person],
                 focus: str | None, date: str | None = None) -> None:
        """Places the model missed, unnamed people (``a federal judge``), ``his client``, the
        unnamed people the article names (``his counterpart, X,``; ``the Saudi minister``), and the
        countries of places outside the gazetteer (``actor_cities.py``)."""
        for a in actors:
            for k in range(a.start, a.end):
                taken[k] = True
        find_places(doc, actors, taken, self.words)
        find_unnamed_people(doc, actors, taken, self._unnamed_rules, self.words, focus)
        find_clients(doc, actors, taken, self.words)
        name_unnamed_people(doc, actors, people, self.gaz.titles)
        name_titled_bodies(doc, actors, self._title_phrases)
        name_country_leaders(doc, actors, people, self.gaz.titles, self.words.leader_offices, self._leader_holders(date))
        name_unnamed_bodies(doc, actors)
        city_countries(doc, actors, focus, self.words)

    def _leader_holders(self, date: str | None) -> dict[str, str]:
        """The offices table's holders of a country's leader offices (``leader-offices``) on ``date``:
        person id to country (``emmanuel-macron``: FRA)."""
        holders = ((o.holder_on(date), o.country) for o in self.gaz.offices if set(o.nouns) & self.words.leader_offices)
        return {pid: country for pid, country in holders if pid}

    def _focus(self, doc: Doc, actors: list[Actor], taken: list[bool], in_credits: list[bool]) -> str | None:
        """The country in focus; then the cities the model typed people, bodies (``in Lyon``) or
        products (``a Manchester seat``)."""
        focus = self._seat_focus(doc, actors, in_credits)
        find_cities(doc, actors, focus, self.words)
        find_org_places(doc, actors, focus, self.words)  # "the village of Kfar Kila", "a Republican from Ely"
        find_product_cities(doc, actors, taken, focus, self.words)
        return focus

    def _seat_focus(self, doc: Doc, actors: list[Actor], credits: list[bool] | None = None) -> str | None:
        """The country in focus, none under the dateline of the seat of a body of many states the story
        is mostly about (``STRASBOURG —`` over the Commission and the EPP: no French story). One answer
        for every pass that asks (review 18 items 3 and 9)."""
        focus = _focus_country(doc, actors, credits, self._country_word)
        if focus and focus == _dateline_home(doc, actors, self._country_word) and self._at_seat(doc, actors):
            return None
        return focus

    def _anchor(self, doc: Doc, actors: list[Actor]) -> str | None:
        """The country the story is pinned to by its own words, not by counting: the dateline's
        (``GUATEMALA CITY (AP) —``), else the one country the headline names as an owner or by its
        demonym (``Guatemala's president asks Congress …``, ``Philippine senators open …``), when it
        names no other state or capital (``Ottawa vows to fight as U.S. doubles duties on Canadian …``)."""
        place = _dateline_place(doc, actors)
        if place is not None:
            return place.norm["country"]
        end = front_matter_end(doc, lambda line: is_caption_line(line, self.words))
        found = {self._headline_owner(doc, tok) for tok in doc if tok.idx < end} - {None}
        named = {a.norm["country"] for a in actors if doc[a.start].idx < end and a.norm["country"]
                 and (a.norm["type"] in ("state", "location") or a.category in ("country", "demonym", "metonym"))}
        return found.pop() if len(found) == 1 and named <= found else None  # not "Ottawa … as U.S. doubles duties"

    def _headline_owner(self, doc: Doc, tok) -> str | None:
        """The country of a title-case country name before ``'s`` or of a demonym, else None."""
        if not tok.is_title:
            return None
        if tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "POS":
            return self._country_in(tok.text, ("country",))
        return self._country_in(tok.text, ("demonym",))

    def _at_seat(self, doc: Doc, actors: list[Actor]) -> bool:
        """Is the dateline the seat of a body the story names, and do such bodies outnumber the
        dateline country's actors, national roles (``Police``, ``prosecutors``) counted for it?"""
        place = _dateline_place(doc, actors)
        if place is None or not at_seat(slugify(doc[place.start:place.end].text), actors, self._seats):
            return False
        counts = _country_counts(doc, actors)
        home = place.norm["country"]
        counts[home] = counts.get(home, 0) + national_role_count(doc, actors, self._seats.national_roles)
        return supranational_story(actors, self.words.supranational_bodies, counts)

    def _is_state(self, name: str) -> bool:
        """Is ``name`` a country or a state of the gazetteer (``Oman``)?"""
        return any(e.type == "state" or e.category == "country" for e, _ in self.gaz.by_alias.get(alias_key(name), ()))

    def _office_holder(self, focus: str | None, date: str | None, doc: Doc, others: tuple[str, ...],
                       state: dict | None, heads: dict[tuple[str, str], dict], phrase: str) -> dict | None:
        """``the president``: the holder of that office in the country in focus on the date, unless
        the story says the office is open (``until a speaker is elected``: none); in a British story
        about France, France's (``others``: the story's other countries, most actors first);
        ``the administration``: the government of the country in focus; in a story about one US
        ``state`` (:func:`story_state`), a state office is the state's (``georgia-secretary-of-state``);
        ``heads``: the heads of government the text names instead of the table's (:func:`text_heads`)."""
        if phrase in ("administration", "government", "cabinet") and focus:
            return self._role_norm(focus, RoleRule("office-government", "GOV", (phrase,)), phrase)
        if focus == "USA" and state is not None and phrase in self.words.state_offices:
            return state_office_norm(state, phrase)
        focus = self._office_country(focus, phrase, others)
        for office in self.gaz.offices:
            if office.country == focus and phrase in office.nouns:
                if office_open(doc, phrase, OpenWords(self.words.office_filling_verbs, self.words.office_open_marks,
                                                      self.words.office_open_heads)):
                    return None
                if (focus, phrase) in heads:  # "The Kearney government": Kearney, not the table's
                    return {**heads[(focus, phrase)], "via": "office"}
                holder = office.holder_on(date)
                entry = self._gaz_by_id.get(holder) if holder else None
                if entry is not None:
                    return self._person_actor(None, 0, 0, entry, date).norm
        named = next((self._gaz_org.get(d.default_id) for d in self.gaz.descriptions
                      if d.default_id and phrase in d.nouns), None)
        if named is not None:  # "the world body" with no antecedent: the UN
            return _norm(named.actor_id, named.name, named.type, named.country, True, _entry_role_code(named), "coref")
        if phrase == "king" and focus in self.words.kingdoms:
            return _norm(f"{focus.lower()}-king", f"{self.gaz.countries.get(focus, focus)} king",
                         "person", focus, False, f"{focus}GOV", "office")  # the reigning king, unnamed
        if phrase in self.words.head_offices:  # the office's holder, unnamed: prt-prime-minister
            if not focus:
                return _norm(slugify(phrase), phrase, "person", None, False, None, "office")
            return _norm(f"{focus.lower()}-{slugify(phrase)}", f"{self.gaz.countries.get(focus, focus)} {phrase}",
                         "person", focus, False, f"{focus}GOV", "office")
        return None

    def _office_country(self, focus: str | None, phrase: str, others: tuple[str, ...]) -> str | None:
        """The country whose ``phrase`` office is meant: the focus's, unless the offices table knows
        the focus but gives it no such office (no British president) and knows it for another country
        of the story (the first of them, most actors first)."""
        held = {o.country for o in self.gaz.offices if phrase in o.nouns}
        if focus is None or focus in held or not any(o.country == focus for o in self.gaz.offices):
            return focus
        return next((c for c in others if c != focus and c in held), focus)

    def _head_governments(self, doc: Doc, actors: list[Actor], people: list[Person], date: str | None,
                          text_heads: dict[tuple[str, str], dict]) -> None:
        """``the Caldwell administration``, ``President Hart's government``: the government of the
        country (``USAGOV``, what ``the White House`` names) when its owner is the sitting president
        or prime minister: titled so by the article (not ``former``) or the offices table's holder on
        the date, or the head the text names instead of the table's (``text_heads``, :meth:`_text_heads`,
        of the country in focus when the owner has none yet). A governor's administration, a former
        president's, stays a following of its own."""
        heads = {n["actor_id"]: c for (c, _), n in text_heads.items()}
        for a in actors:
            if a.owner is None or a.head not in ("administration", "government"):
                continue
            owner_id = a.owner["actor_id"]
            country = a.owner.get("country") or heads.get(owner_id)
            if not country:
                continue
            person = next((p for p in people if p.mentions and p.mentions[0].actor.norm["actor_id"] == owner_id), None)
            cabinet = self.words.cabinet_head_offices
            titled = person is not None and bool(person.nouns(self.gaz.titles) & cabinet) and \
                not named_with(doc, person, "former")
            sitting = any(o.country == country and set(o.nouns) & cabinet and o.holder_on(date) == owner_id
                          for o in self.gaz.offices)
            if titled or sitting or owner_id in heads:
                a.norm = self._government_norm(country, "administration")

    def _text_heads(self, doc: Doc, actors: list[Actor], date: str | None,
                    focus: str | None) -> dict[tuple[str, str], dict]:
        """:func:`text_heads` with the offices table on ``date`` and the country in focus."""
        def table_holder(country: str, phrase: str) -> str | None:
            return next((o.holder_on(date) for o in self.gaz.offices if o.country == country and phrase in o.nouns), None)
        heads = {"government": self.words.government_head_offices,
                 "administration": self.words.administration_head_offices}
        return text_heads(doc, actors, heads, table_holder, focus, self.words.possessive_pronouns)

    def _people_ctx(self, date: str | None) -> PeopleContext:
        def person_norm(entry: Entry) -> dict:
            return self._person_actor(None, 0, 0, entry, date).norm
        return PeopleContext(self._gaz_people, self._gaz_by_id, self.gaz.titles, self.words, person_norm,
                             self.gaz.name_variants)

    def _take(self, st: _Pass, cand: Candidate) -> None:
        """Turn one gazetteer match into an actor: role phrases first, then by entry category."""
        for step in (self._take_named_person, self._take_capital, self._take_state_like_capital,
                     self._take_role_after, self._take_role_before,
                     self._skip_demonym_of_org, self._take_person_government):
            if step(st, cand):
                return
        self._handlers[cand.entry.category](st, cand)

    def _take_named_person(self, st: _Pass, cand: Candidate) -> bool:
        """``Georgia Reyes``, ``Chad Israel``: a given name that is also a country or a place,
        followed by a surname the model reads as part of a PERSON, is a person, not a country."""
        doc, (start, end, entry) = st.doc, cand
        if entry.category not in ("country", "place", "metonym") or end - start != 1:
            return False
        found = title_before(doc, start, self.gaz.titles)
        if found is not None and found[1].gender and not any(st.taken[found[0]:start]) and \
                doc[found[0]].text[:1].isupper():  # "Mr. Israel"; not "to the sultan Oman"
            st.claim(Actor(found[0], end, _norm(slugify(doc[start].text), doc[start].text, "person", None,
                                                False, None, "ner"), "ner", None, "person", start))
            return True
        if end >= len(doc):
            return False
        nxt = doc[end]
        person_ent = doc[start].ent_type_ == "PERSON" and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I"
        byline = start > 0 and doc[start - 1].text == "By" and (start == 1 or "\n" in doc[start - 2].text)
        if not (nxt.is_title and nxt.tag_ == "NNP" and
                (person_ent or byline or self._surname_alone(doc, end, st.by_start)) and
                is_first_name(doc[start].text) and nxt.lower_.rstrip(".") not in self.words.any_title):
            return False
        stop = end + 1
        while stop < len(doc) and doc[stop].ent_iob_ == "I" and doc[stop].is_title and stop - start < 4:
            stop += 1
        stop = hyphen_name_extent(doc, start, stop, is_first_name)[1]  # "Jordan Ellery" + "-Watts"
        st.consumed.update(s for s in st.by_start if start < s < stop)
        slug = slugify(doc[start:stop].text)
        st.claim(Actor(start, stop, _norm(slug, doc[start:stop].text, "person", None, False, None, "ner"),
                       "ner", None, "person"))
        return True

    def _surname_alone(self, doc: Doc, i: int, matched: dict[int, Candidate]) -> bool:
        """Is ``doc[i]`` (``Reyes`` after ``Georgia``) used alone elsewhere in the document as a
        name (``Reyes said``): a title-case word between non-name words, never lower case, no
        place or body word and no gazetteer name?"""
        word = doc[i].text
        if doc[i].lower_ in self.words.place_heads or i in matched:
            return False
        alone = False
        for t in map(doc.__getitem__, positions(doc, (doc[i].lower_,))):  # the only tokens tested below
            if t.lower_ == doc[i].lower_ and not t.is_title:
                return False  # a common word ("Defense", "Power") written in lower case somewhere
            if t.text == word and t.i != i and t.i > 0 and not doc[t.i - 1].is_title and \
                    (t.i + 1 == len(doc) or not doc[t.i + 1].is_title) and t.i not in matched:
                alone = True
        return alone

    def _take_capital(self, st: _Pass, cand: Candidate) -> bool:
        """``the Qatari capital``, ``the Syrian capital``: that country's capital, a place or (acting)
        the state, as the capital's own name would be."""
        doc, (start, end, entry) = st.doc, cand
        capital = self._capitals.get(entry.country) if entry.category in ("country", "demonym") else None
        if capital is None or end >= len(doc) or doc[end].lower_ != "capital" or start == 0 or \
                doc[start - 1].lower_ != "the" or st.taken[start - 1]:
            return False
        actor = self._metonym_actor(doc, start, end + 1, capital, st.taken, st.by_start)
        actor.start = start - 1
        st.claim(actor)
        return True

    def _take_state_like_capital(self, st: _Pass, cand: Candidate) -> bool:
        """``Washington state``, ``Washington State's attorney general``, ``the state of Washington``:
        the US state named like the federal capital (``state-names-needing-state``), a place of its own
        (``washington-state``), never the federal government; ``Washington State University`` is a name."""
        doc, (start, end, entry) = st.doc, cand
        if entry.category != "metonym" or doc[start:end].text.lower() not in self.words.state_names_needing_state:
            return False
        after, before = state_word_around(doc, start, end)
        after = after and not (  # "Washington State University": a name
            end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN"
            and doc[end + 1].lower_ not in self.words.state_legislature_heads)
        stop = end + 1 if after else end
        if not (after or before) or any(st.taken[start:stop]):
            return False
        role = self._role_after(doc, end, set()) if after else None
        if role is not None and role.index != end and doc[role.index].lower_ not in self.words.state_legislature_heads:
            # "Washington state lawmakers": the state's people
            return False
        name = doc[start:end].text
        norm = _norm(f"{slugify(name)}-state", name, "location", "USA", False, None, "name")
        st.claim(Actor(start, stop, norm, "rule:state-like-capital", None, "location"))
        return True

    def _take_role_after(self, st: _Pass, cand: Candidate) -> bool:
        """``Iranian officials``, ``Russia's foreign minister``, ``the Kremlin's spokesman``."""
        doc, (start, end, entry) = st.doc, cand
        if entry.category not in ("country", "demonym", "plural", "metonym"):
            return False
        if entry.category == "country" and start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].is_title \
                and self._role_before(doc, start, st.taken) is not None:
            return False  # "Central Bank of Brazil Governor X": the country ends the body's name
        # "Philippine Senate": a foreign institution's bare role word is this country's
        # (only the window _role_after reads: a possessive and five words after the match)
        window = ((s, st.by_start[s]) for s in range(end, min(end + 7, len(doc))) if s in st.by_start)
        stops = {s for s, c in window if s != start and not (
            c.entry.category == "org" and c.entry.type in ROLE_TYPES.values()
            and c.entry.country not in (None, entry.country)
            and doc[s:c.end].text.lower() in self.single_role_heads)}
        role = self._role_after(doc, end, stops)
        if role is not None and entry.category == "metonym" and role.rule.role not in METONYM_ROLES:
            role = None  # "Stockholm arbitration court", "Moscow residents": not the state
        if role is None or any(st.taken[start:role.index + 1]):
            return False
        head, rule = role
        if self._members_congress_after(doc, end, head, rule):
            return False  # "the PNG Trade Union Congress": the model's name, an organization
        if self._named_outlet(st, cand, head, rule):
            return True  # "Greece's Kathimerini newspaper": the outlet, not Greek media
        norm = self._role_norm(entry.country, rule, doc[head].lower_)
        end = _of_name_end(doc, head, st.taken) if norm["type"] in INSTITUTION_TYPES else \
            _of_name_end(doc, head, st.taken, "for") if norm["type"] == "person" else head + 1
        if norm["type"] in INSTITUTION_TYPES:  # "Norway's Ministry of Justice": the words after it too
            words = tuple(t.lower_ for t in doc[cand.end:end] if t.i != head)
            norm = self._role_norm(entry.country, rule, doc[head].lower_, words)
        norm = self._whole_office(doc, norm, cand.end, head)
        if rule.role == "MIL":
            norm = rebel_army_norm(doc, start, head, entry.country, self.words) or norm
        if entry.category == "demonym" and self._congress_party(doc, head, entry.country, rule):
            name = doc[start:head + 1].text
            norm = make_norm(slugify(name), name, "organization", entry.country, False, entry.country + "PTY", "name")
        st.consumed.update(s for s in st.by_start if start < s < end)
        if self._split_possessor(st, cand, Actor(cand.end + 1, end, norm, f"rule:{rule.id}", doc[head].lower_, "role")):
            return True
        s0 = _name_words_before(doc, start, st.taken)  # 0 at a sentence's start: "The Royal Canadian …"
        if s0 is None:
            s0 = _with_rank(doc, start, head + 1, st.taken, self.words.rank_adjectives)
        st.claim(Actor(s0, end, norm, f"rule:{rule.id}", doc[head].lower_, "role"))
        return True

    def _named_outlet(self, st: _Pass, cand: Candidate, head: int, rule: RoleRule) -> bool:
        """``Greece's Kathimerini newspaper``: title-case words no dictionary knows between a
        country's possessive and a ``name-outlet-nouns`` noun of a media role name that outlet (a
        media mention of the words and the noun, of that country), not the country's media; the
        country is a mention of its own."""
        doc = st.doc
        first = cand.end + 1
        if rule.role != "MED" or cand.entry.category != "country" or not tagged_possessive(doc[cand.end]) or \
                doc[head].text not in self.words.name_outlet_nouns or first >= head or \
                not all(t.is_title and t.pos_ == "PROPN" for t in doc[first:head]) or \
                any(k in st.by_start or st.taken[k] for k in range(first, head)):
            return False
        name = doc[first:head].text
        self._handlers[cand.entry.category](st, cand)
        st.claim(Actor(first, head + 1, make_norm(slugify(name), name, "media", cand.entry.country, False, None,
                                                  "name"), "rule:named-outlet", None, "media"))
        return True

    def _whole_office(self, doc: Doc, norm: dict, first: int, head: int) -> dict:
        """``Japan's prime minister``, ``the Japanese prime minister``: the country's unnamed holder
        of the whole office (``jpn-prime-minister``, :func:`whole_office`), not of its last word."""
        if first < len(doc) and doc[first].lower_ in self.words.possessive:
            first += 1
        phrase = office_phrase(doc, first, head, self.words.head_offices)
        past = any(t.lower_ in self.words.past_office_words for t in doc[first:head])
        return whole_office(norm, phrase, self.gaz.countries.get(norm.get("country"), norm.get("country")), past)

    def _split_possessor(self, st: _Pass, cand: Candidate, role: Actor) -> bool:
        """``Russia's foreign ministry``, ``the Kremlin's spokesman``: the possessor is a mention of
        its own (the state, or the seat of power) and the role after the ``'s`` another one."""
        doc = st.doc
        if cand.entry.category not in ("country", "metonym") or cand.end + 1 >= len(doc) or \
                not tagged_possessive(doc[cand.end]) or role.start >= role.end:
            return False
        person = role.norm["type"] == "person" and cand.entry.category != "metonym" and \
            not (role.end < len(doc) and doc[role.end].text == ",")
        if person or doc[cand.end + 1].lower_ in self.words.unsplit_possessive_levels or \
                cand.start > 0 and doc[cand.start - 1].text == ",":
            # "Denmark's defence minister said" (unless its name follows: "Norway's ambassador, Kari
            # Lunde,"), "Washington's state Senate", "X, Zambia's biggest lender," (an apposition names
            # what is before it): one mention, as before
            return False
        self._handlers[cand.entry.category](st, cand)
        st.claim(role)
        return True

    def _members_congress_after(self, doc: Doc, end: int, head: int, rule: RoleRule) -> bool:
        """A country + title-case words + ``Congress`` named for its members or cause
        (:func:`members_congress`: ``the Nigeria Labour Congress``), no legislature."""
        between = doc[end:head]
        return rule.role == "LEG" and doc[head].text == "Congress" and len(between) > 0 and \
            all(t.is_title and t.is_alpha for t in between) and \
            members_congress([t.text for t in doc[end:head + 1]], self.words, self._country_word)

    def _congress_party(self, doc: Doc, head: int, country: str | None, rule: RoleRule) -> bool:
        """``the Nepali Congress``: a demonym + title-case ``Congress`` of a country whose legislature
        is no Congress (``congress-legislatures``) names its party, not its legislature."""
        return rule.role == "LEG" and doc[head].text == "Congress" and country is not None and \
            country not in self.words.congress_legislatures and head + 1 < len(doc) and \
            doc[head + 1].lower_ not in ("of", "party")

    def _take_role_before(self, st: _Pass, cand: Candidate) -> bool:
        """``the government of Iran``."""
        if cand.entry.category != "country":
            return False
        at = _of_the(st.doc, cand.start, st.taken)
        before = self._role_before(st.doc, at, st.taken)
        if before is None or _country_part(st.doc, cand.end, self.words.country_part_nouns):
            return False  # "the governor of Russia's Belgorod region": the region's, not Russia's
        words = tuple(t.lower_ for t in st.doc[before.index:at - 2])
        st.claim(Actor(before.index, cand.end, self._role_norm(cand.entry.country, before.rule,
                                                              st.doc[at - 2].lower_, words),
                       f"rule:{before.rule.id}", st.doc[at - 2].lower_, "role"))
        return True

    def _skip_demonym_of_org(self, st: _Pass, cand: Candidate) -> bool:
        """``Lebanese Hezbollah``: the organization takes the adjective."""
        if cand.entry.category != "demonym":
            return False
        nxt = st.by_start.get(cand.end)
        return nxt is not None and nxt.entry.category in ("org", "user") and \
            nxt.entry.country in (None, cand.entry.country) and nxt.entry.type in INSTITUTION_TYPES

    def _take_person_government(self, st: _Pass, cand: Candidate) -> bool:
        """``the Putin administration``, ``the Assad regime``: the person's country's government."""
        doc, (start, end, entry) = st.doc, cand
        if not (entry.type == "person" and end < len(doc) and entry.country and
                doc[end].lower_ in ("administration", "government", "regime", "cabinet")):
            return False
        s0 = _with_the(doc, start, end + 1, st.taken)
        rule = self._role_of(doc, end, end)
        if rule is None:
            return False
        st.claim(Actor(s0, end + 1, self._role_norm(entry.country, rule), f"rule:{entry.id}",
                       doc[end].lower_, "role"))
        return True

    def _take_entry(self, st: _Pass, cand: Candidate) -> None:
        """People, organizations and user entries; a demonym before an organization joins it, and
        one of another country makes a state body another country's namesake, no entry, there and in the
        rest of the text (``the Australian Border Force``, then ``Border Force officers``: not the
        British ``Border Force``; the model's name stays)."""
        start, end, entry = cand
        prev = st.ends.get(start)
        s0 = start
        if entry.type in STATE_BODY_TYPES and entry.country and _namesake(st, cand):
            return
        if prev is not None and prev.entry.category == "demonym" and entry.category != "person" and \
                entry.country in (None, prev.entry.country) and \
                entry.type != "person" and prev.start not in st.consumed and not st.taken[prev.start]:
            s0 = prev.start
            st.consumed.add(prev.start)
        actor = self._entry_actor(st.doc, s0, end, entry, st.date, st.taken)
        if actor is not None:
            st.claim(actor)

    def _take_metonym(self, st: _Pass, cand: Candidate) -> None:
        """A seat of power or a capital: its government when it acts, else a place; a building
        (``kind: building``: ``Capitol Hill``, ``Portcullis House``) acts only as a subject, agent or
        possessor (``Capitol Hill reacted``) and as a place is no actor at all (``a news conference
        on Capitol Hill``, ``protesters outside the Capitol``): its words are taken."""
        if cand.entry.kind == "building" and not _building_acts(st.doc, cand.start, cand.end, self.words):
            nxt = st.doc[cand.end] if cand.end < len(st.doc) else None
            if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN":
                return  # "Capitol Police", "Capitol Records": a longer name, the model's
            for k in range(_with_the(st.doc, cand.start, cand.end, st.taken), cand.end):
                st.taken[k] = True
            return
        st.claim(self._metonym_actor(st.doc, cand.start, cand.end, cand.entry, st.taken, st.by_start))

    def _take_place(self, st: _Pass, cand: Candidate) -> None:
        """A place; a region or a sea of no country (``Europe``, ``the Middle East``, ``the Red Sea``)
        is no actor of the news (its words are taken, so the model's guess is not kept either),
        unless it is the subject of a clause (``Europe cannot afford a pause``, ``Africa had
        waited long enough``): then a location of no country."""
        if cand.entry.country is None and cand.entry.category == "place" and \
                _subject_of_clause(st.doc, cand.start, cand.end):
            st.claim(Actor(_with_the(st.doc, cand.start, cand.end, st.taken), cand.end, _location(cand.entry),
                           f"rule:{cand.entry.id}", None, "location"))
            return
        if cand.entry.country is None and cand.entry.category == "place":
            for k in range(cand.start, cand.end):
                st.taken[k] = True
            return
        st.claim(self._place_actor(st.doc, cand.start, cand.end, cand.entry, st.taken, st.by_start))

    def _take_country(self, st: _Pass, cand: Candidate) -> None:
        """A country: the state; after a place and a comma (``in Tehran, Iran``, ``ADDIS ABABA,
        Ethiopia``) the place it lies in, type ``location``."""
        start, end, entry = cand
        s0 = _with_the(st.doc, start, end, st.taken)
        prev = st.actors[-1] if st.actors else None
        place = prev is not None and prev.end == start - 1 and st.doc[start - 1].text == "," and \
            prev.norm["type"] == "location" and prev.norm["country"] == entry.country
        st.claim(Actor(s0, end, _norm(entry.actor_id, entry.name, "location" if place else "state", entry.country,
                                      True, None, "name"), f"rule:{entry.id}", None, "country"))

    def _take_plural(self, st: _Pass, cand: Candidate) -> None:
        start, end, entry = cand
        if _predicative(st.doc[end - 1]):  # "We are Latvians too": what they are, no actor
            _take_none(st, start, end)
            return
        s0 = _with_the(st.doc, start, end, st.taken)
        st.claim(Actor(s0, end, _norm(entry.actor_id, entry.name, "people", entry.country, True,
                                      None, "plural"), f"rule:{entry.id}", None, "people"))

    def _take_demonym(self, st: _Pass, cand: Candidate) -> None:
        """A demonym as a noun is the people (``the Chinese``), but not a language (``ads in
        Spanish``); as an adjective before people, a group of that country (``Lebanese
        sources``); before anything else no actor (``Russian missile attacks``, ``British
        participation``: the actor gold counts no country there). Neither is a demonym said of
        its subject (``the mine is Nigerien``) nor a singular one standing bare (``speak Russian``,
        ``a Tajik exclave`` however parsed: one whose people are ``Tajiks``), as no actor gold reads
        them; ``the Belgian`` (one person) and ``the Sudanese`` stay."""
        start, end, entry = cand
        tok = st.doc[end - 1]
        if _predicative(tok):
            _take_none(st, start, end)
            return
        noun = tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in (
            "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "ROOT", "attr") and \
            not (tok.dep_ == "conj" and tok.head.dep_ in ("amod", "compound", "nmod"))  # "Saudi and Emirati ports"
        if noun and (tok.dep_ == "pobj" and tok.head.lower_ == "in" and not tok.lower_.endswith("s") or
                     self._bare_singular(st.doc, start, end)):
            _take_none(st, start, end)  # a language ("ads in Spanish"): no actor, not even NER's
            return
        named = demonym_named_body(st.doc, start, end, self._country_of_word) if noun else None
        if named is not None and not st.taken[named]:  # "Anglo American declined": a company's name
            name = st.doc[named:end].text
            st.claim(Actor(named, end, _norm(slugify(name), name, "organization", None, False, None, "ner"),
                           "rule:demonym-named-body", None, "organization"))
            return
        if noun:
            s0 = _with_the(st.doc, start, end, st.taken)
            st.claim(Actor(s0, end, _norm(entry.actor_id, entry.name, "people", entry.country,
                                          True, None, "plural"), f"rule:{entry.id}", None, "people"))
            return
        head = tok.head
        if head.i > tok.i and head.i - end < 3 and head.tag_ in ("NNS", "NNPS") and \
                head.lower_ in self.words.group_nouns | self.words.member_nouns | self.words.source_nouns and \
                not body_owner(st.doc, head.i, self.words.org_name_heads | self.words.group_body_heads):
            word = head.lower_  # "Lebanese sources", "Syrian activists": a group of that country
            # (not "the Dominican bishops' conference": a body the people name)
            st.claim(Actor(start, head.i + 1, _norm(f"{entry.country.lower()}-{slugify(word)}",
                                                   f"{entry.name} {word}", "group", entry.country, True,
                                                   None, "adjective"), f"rule:{entry.id}", word, "group"))
            return
        _take_none(st, start, end)  # "Russian missile attacks", "British participation": no actor

    def _bare_singular(self, doc: Doc, start: int, end: int) -> bool:
        """A demonym of one person (its people's plural adds ``s``: ``Tajik``/``Tajiks``) with no
        determiner of its own (``speak Russian``) or before a lower-case noun however parsed (``a
        Tajik exclave``), and not before a plural group noun (``Tajik officials``): a language or an
        adjective, never the people."""
        word = doc[start:end].text.lower()
        if word not in self._count_demonyms:
            return False
        first, last = doc[start], doc[end - 1]
        if start > 0 and doc[start - 1].is_title:
            return False  # "Anglo American": a name's word, read elsewhere
        owned = any(c.dep_ in ("det", "poss") and c.i < start for c in last.children) or \
            (start > 0 and doc[start - 1].lower_ in ("the", "a", "an", "one", "each", "every")
             and doc[start - 1].head.i == last.i)
        nxt = doc[end] if end < len(doc) else None
        grouped = nxt is not None and nxt.tag_ == "NNS" and (nxt.lower_ in self.words.group_nouns | self.words.member_nouns
                                                             | self.words.source_nouns)
        before_noun = nxt is not None and nxt.is_lower and nxt.is_alpha and not nxt.is_stop and \
            not nxt.tag_.startswith("VB") and not nxt.lower_.endswith("ly")  # "a Tajik exclave" (tagged RB)
        return (before_noun or not owned) and not grouped and first.is_title

    # ------------------------------------------------------------ entry kinds
    def _entry_actor(self, doc, start, end, entry: Entry, date, taken) -> Actor | None:
        if entry.type == "person":
            return self._person_actor(doc, start, end, entry, date)
        if entry.type == "people":  # religious / ethnic groups: "Shia" alone is no actor
            tok = doc[end - 1]
            if tok.pos_ == "ADJ" or tok.dep_ in ("amod", "compound"):
                return self._people_adjective_actor(doc, start, end, entry)
        role_code = _entry_role_code(entry)
        norm = _norm(entry.actor_id, entry.name, entry.type, entry.country, True, role_code, "name")
        if entry.valid_from or entry.valid_to:
            norm["valid_from"], norm["valid_to"] = entry.valid_from, entry.valid_to
        s0 = _with_the(doc, start, end, taken)
        head = doc[start:end].root.lower_
        return Actor(s0, end, norm, f"rule:{entry.id}", head, "org")

    def _person_actor(self, doc, start, end, entry: Entry, date) -> Actor:
        role = next((r.code for r in entry.roles if r.valid_on(date)), None)
        norm = _norm(entry.actor_id, entry.name, "person", entry.country, True, role, "name")
        norm["roles"] = [r.as_dict() for r in entry.roles]
        if entry.valid_from or entry.valid_to:
            norm["valid_from"], norm["valid_to"] = entry.valid_from, entry.valid_to
        if doc is not None:
            end = _drop_possessive(doc, start, end, self.words)
        return Actor(start, end, norm, f"rule:{entry.id}", None, "person")

    def _people_adjective_actor(self, doc, start, end, entry: Entry) -> Actor | None:
        """``Shia militias``, ``Kurdish fighters``: a group when the adjective heads a role noun."""
        head = doc[end - 1].head
        if head.i < end or head.i - end > 2:
            return None
        rule = self._role_of(doc, head.i, end)
        if rule is None or rule.role not in GROUP_ADJ_HEADS:
            return None
        norm = _norm(entry.actor_id, entry.name, "group" if rule.role != "PPL" else "people",
                     entry.country, True, None, "adjective")
        return Actor(start, head.i + 1, norm, f"rule:{entry.id}", head.lower_, "group")

    def _place_actor(self, doc, start, end, entry: Entry, taken, by_start) -> Actor:
        """A place; ``Tehran, Iran``: the place takes the country's code, and the country is a
        mention of its own (the actor gold annotates both)."""
        s0 = _with_the(doc, start, end, taken)
        nxt = by_start.get(end + 1)
        if end + 1 < len(doc) and doc[end].text == "," and nxt is not None and \
                nxt.entry.category == "country" and (entry.country in (None, nxt.entry.country) or
                                                     _city_of(entry.name, nxt.entry.country)):
            norm = _location(entry)
            norm["country"] = nxt.entry.country
            return Actor(s0, end, norm, f"rule:{entry.id}", None, "location")
        return Actor(s0, end, _location(entry), f"rule:{entry.id}", None, "location")

    def _metonym_actor(self, doc, start, end, entry: Entry, taken, by_start) -> Actor:
        s0 = _with_the(doc, start, end, taken)
        nxt = by_start.get(end + 1)
        if end + 1 < len(doc) and doc[end].text == "," and nxt is not None and \
                nxt.entry.category == "country":
            return self._place_actor(doc, start, end, entry, taken, by_start)
        if not _is_dateline(doc, start, end) and \
                _acts(doc, start, end, entry.kind == "seat", self.words):
            if entry.stands_for and entry.type == "government" and entry.country:  # "Prague Castle" acting:
                role = entry.country + entry.role  # the Czech president's office, a national body of its own
                norm = _norm(entry.actor_id, entry.name, entry.type, entry.country, True, role, "metonym")
            elif entry.stands_for:  # "Brussels" acting is the EU
                norm = _norm(entry.actor_id, entry.name, entry.type, None, True, None, "metonym")
            elif entry.kind != "seat" and entry.country:  # "Tehran" acting is Iran's government
                norm = _norm(entry.actor_id, _role_name(self.gaz.countries.get(entry.country, entry.country),
                                                        entry.role),
                             entry.type, entry.country, True, entry.actor_id, "metonym")
            else:
                norm = _norm(entry.actor_id, entry.name, entry.type, entry.country, True, entry.actor_id,
                             "metonym")
            norm["metonym"] = entry.id
            return Actor(s0, end, norm, f"rule:{entry.id}", None, "metonym")
        return Actor(s0, end, _location(entry), f"rule:{entry.id}", None, "location")

    # ------------------------------------------------------------ NER fallback
    def _known_place_or_body(self, word: str) -> bool:
        """Is ``word`` the name of a gazetteer body, place or country (not a person's)?"""
        return place_country(word) is not None or \
            any(e.type != "person" for e, _ in self.gaz.by_alias.get(alias_key(word), ()))

    def _add_ner(self, doc: Doc, actors: list[Actor], taken: list[bool], headlines=()) -> None:
        for label, ent_start, ent_end in _ner_spans(doc, self.words, self._known_place_or_body):
            etype = NER_TYPES.get(label)
            if etype is None:
                continue
            extent = self._ner_extent(doc, label, ent_start,  # "House Ethics Panel" + "Expands Inquiry"
                                      headline_name_end(doc, ent_start, ent_end, headlines, self.words.headline_verbs))
            if extent is None:
                continue
            label, etype, start = self._relabel(doc, label, etype, *extent, taken)
            end = extent[1]
            country = None
            led = self._demonym_led(doc, label, start, end, actors, taken)
            owned = None if led else self._demonym_body(doc, label, start, end, actors)
            if owned is not None:  # "The Maldivian Democratic Party": the known body is no mention of its own
                led, body = owned
                actors.remove(body)
            if led:  # "The American Economic Liberties Project": the adjective took its word, no actor
                country = led
            elif any(taken[start:end]):
                inner = _absorb_inner(doc, actors, label, start, end, self.words.and_name_heads,
                                      self.words.owned_name_heads)
                if inner is None:
                    continue
                country = inner.country
            if label == "NORP" and not _norp_is_actor(doc, start, end):
                continue
            if etype == "location":
                end, country = _place_with_country(doc, actors, end, country)
                country = country or possessor_country(doc, actors, start)  # "Taipei's Da'an district"
            actor = self._ner_actor(doc, label, etype, doc[start:end].text, start, end, country)
            if actor is None:
                continue
            for k in range(start, actor.end):
                taken[k] = True
            actors.append(actor)

    def _relabel(self, doc: Doc, label: str, etype: str, start: int, end: int,
                 taken: list[bool]) -> tuple[str, str, int]:
        """(label, type, start) of a model entity after the name shapes: an ORG or a place that is a
        person's name (``Gov. Ana`` + ``Reyes``, ``Mr Karbouli``), a PERSON whose given name the
        model left out (``President Ramesh`` + ``Kumar Shrestha``, ``, Dil Maya Rai,``)."""
        if label == "ORG":  # "Gov. Ana" + "Reyes" (ORG): a person
            named = given_name_before(doc, start, end, self.gaz.titles, taken, self.words)
            label, etype, start = ("PERSON", "person", named) if named < start else (label, etype, start)
            titled = titled_name_start(doc, start, end, self.gaz.titles, self.words.place_heads)
            if titled is not None:  # "run by Superintendent Carmen Lindahl" (ORG): a person
                return "PERSON", "person", titled
            if person_named_org(doc, start, end, self.words) or self._particle_name(doc, start, end) or \
                    person_by_honorific(doc, start, end, self.words, self.gaz.titles) or \
                    titled_unknown_name(doc, start, end, self.words, self.gaz.titles) or \
                    person_by_apposed_role(doc, start, end, self.words):  # "X Y, chief economist at Z"
                label, etype = "PERSON", "person"
        elif label in ("GPE", "LOC") and (person_shaped_place(doc, start, end, self.gaz.titles, self.words,
                                                              self._is_state) or
                                          place_country(doc[start:end].text) is None and
                                          person_by_apposed_role(doc, start, end, self.words)):
            label, etype = "PERSON", "person"  # ``Mr Karbouli``, ``Sheila, 58,``, ``X Y, a nurse at`` tagged a place
        elif label in ("GPE", "LOC", "NORP") and end - start > 2 and self._given_before_particles(doc, end - 1) == start:
            label, etype = "PERSON", "person"  # "Hugo van den Broek", the surname tagged a place
        elif label == "PERSON":  # "President Ramesh" + "Kumar Shrestha": the given name opens the name
            start = given_name_before(doc, start, end, self.gaz.titles, taken, self.words)
            start = cut_given_name(doc, start, end, taken, self.words.any_title | self.words.name_cut_nouns,
                                   lambda w: alias_key(w) in self.gaz.by_alias or
                                   w.lower().rstrip(".") in self.gaz.titles)  # ", Dil Maya Rai,"
            start = left_given_name(doc, start, end, taken, self.words.any_title,  # "Curtis" + "W. Malloy"
                                    lambda w: is_first_name(w) and w.lower() not in self.gaz.titles)
        return label, etype, start

    def _ner_extent(self, doc: Doc, label: str, start: int, end: int) -> tuple[int, int] | None:
        """The entity without possessive, leading ``the`` (people, NORP), a leading possessive pronoun
        (ORG: ``Her Liberal Party``) and titles (people);
        None for junk and for unnamed role phrases (``the energy ministry``)."""
        end = _drop_possessive(doc, start, end, self.words)
        while end > start and doc[end - 1].text in (":", ";", ","):
            end -= 1  # "ROBERT HENSLEY:", a transcript label: the colon is no part of the name
        if start < end and doc[start].lower_ == "the" and label in ("PERSON", "NORP"):
            start += 1
        if label == "ORG" and end - start > 1 and doc[start].tag_ == "PRP$" and doc[start + 1].is_title:
            start += 1  # "Her Liberal Party": the owner's pronoun is no part of the name ("her police department" is the owned-body pass's)
        if label == "PERSON":
            while end - start > 1 and doc[start].lower_.rstrip(".") in self.words.person_titles:
                start += 1
            start = title_opening(doc, start, end, self.gaz.titles)  # "Spokesperson Hailey Dunn"
            # ``Lucía Ferrer of Station 4``: where the person works is no part of the name
            end = next((k for k in range(start + 1, end) if doc[k].text == "of"), end)
            end = postnominal_end(doc, self._name_tail(doc, start, end), self.words)  # "Imogen Rutherford" + "KC"
            start, end = hyphen_name_extent(doc, start, end, is_first_name)  # "Teresa Beaumont" + "-Hill"
        if label in ("GPE", "LOC", "NORP"):  # "Hugo van den" + "Broek" (a place): a person's name
            start = self._given_before_particles(doc, start)
        if label in ("PERSON", "ORG"):  # "Van der Linde said": the model often reads the rest as ORG
            start = after_question_number(doc, start, end)  # "Q2 Sarah Quigley:", a hearing's question
            start = self._name_particles(doc, start)
            while end - start > 1 and _amount(doc, start):
                start += 1  # "£3.4bn Ferrante bid": the amount is no part of the name
        if start >= end or _junk(doc, start, end, label, self.words) or \
                _lone_postnominal(doc, start, end, self.words):  # "KC" after "Fenella Ashcombe"
            return None
        if label == "ORG" and doc[start].lower_ == "the" and self._common_role_np(doc, start + 1, end):
            return None  # "the energy ministry": no name; resolved by _coref or dropped
        return start, end

    def _add_missed_names(self, doc: Doc, actors: list[Actor], taken: list[bool],
                          lines: list[tuple[int, int]]) -> None:
        """People the model missed (``Eleanor Hart is facing``): a known given name and a
        capitalized word that is no place or body word, outside headlines; and datelines
        (``PHOENIX —``). ``lines``: the headline lines (character ranges)."""
        for i in range(len(doc) - 1):
            tok = doc[i]  # both need an upper-case or title-case word: test that first, it is cheap
            if taken[i] or taken[i + 1] or not (tok.is_upper or tok.is_title) or \
                    in_lines(doc, i, lines):
                continue
            place_end = dateline_place_end(doc, i)
            if place_end is not None and not any(taken[i:place_end]):  # "PHOENIX —", "KOTA KINABALU, Malaysia"
                text = doc[i:place_end].text
                actors.append(Actor(i, place_end, _norm(slugify(text), text.title(), "location",
                                                        place_country(text), False, None, "ner"),
                                    "ner", None, "location"))
                for k in range(i, place_end):
                    taken[k] = True
                continue
            end = self._missed_name_end(doc, i, taken)
            if end is None or (i > 0 and doc[i - 1].tag_ == "NNP" and doc[i - 1].is_title and not doc[i - 1].is_sent_start
                               and doc[i - 1].lower_.rstrip(".") not in self.words.any_title) or \
                    named_as_organization(doc, i, end, self.words):  # "the Fine Gael leader": a party
                continue
            end = postnominal_end(doc, end, self.words)  # "Fenella Ashcombe" + "KC"
            end = desk_title_end(doc, i, end, self.words.byline_desk_words,
                                 self.words.byline_job_nouns)  # "Eden Marsh" + "Queensland state correspondent"
            actors.append(Actor(i, end, _norm(slugify(doc[i:end].text), doc[i:end].text, "person",
                                              None, False, None, "ner"), "ner", None, "person"))
            for k in range(i, end):
                taken[k] = True

    def _missed_name_end(self, doc: Doc, i: int, taken: list[bool]) -> int | None:
        """The end of a name opening at ``doc[i]`` with a known given name: two to four title-case
        proper nouns (``Eleanor Hart``, ``María Elena Castillo Ruiz``), the last no place or title
        word; None when the run goes on (a longer name of something else) or is too short. An unknown
        given name after a person's title opens one too (:func:`titled_missed_name`)."""
        given = is_first_name(doc[i].text)
        if not given and (i == 0 or not doc[i - 1].is_title or title_before(doc, i, self.gaz.titles) is None):
            return None
        end, links = i, 0
        while end < len(doc) and end - i - links < 4 and not taken[end]:
            if end > i and (run := self._particle_run(doc, end, taken)):
                end, links = end + run, links + run  # "Ana María" + "de la" + "Cruz": one name
                continue
            if not (doc[end].is_title and (doc[end].tag_ == "NNP" or plural_surname(doc, i, end)) and doc[end].is_alpha
                    and len(doc[end]) > 1 and doc[end].lower_ not in self.words.any_title):
                break
            end += 1
        if end - i >= 2 and _hyphen_glued(doc, end - 1, 1) and not any(taken[end:end + 2]):
            end += 2  # "Ada Reyes-Kettering"
        if end - i < 2 or (end < len(doc) and doc[end].tag_ == "NNP" and doc[end].is_title) or \
                doc[end - 1].lower_ in self.words.place_heads:
            return None
        if not given and not titled_missed_name(doc, i, end, self.words, self.gaz.titles):
            return None  # "General Agus Purnomosidi told": no given name a list knows, a title before it
        return end

    def _particle_run(self, doc: Doc, k: int, taken: list[bool]) -> int:
        """The number of lower-case name particles (one to three: ``de la``, ``van den``) at
        ``doc[k]`` right before an untaken title-case word on the same line and in the same
        sentence; 0 when none, or when no such word follows."""
        m = k
        while m < len(doc) and m - k < 3 and doc[m].is_lower and doc[m].lower_ in self.words.name_links and \
                not taken[m] and "\n" not in doc[m - 1].whitespace_ and not doc[m].is_sent_start:
            m += 1
        if m == k or m >= len(doc) or taken[m] or doc[m].is_sent_start or "\n" in doc[m - 1].whitespace_:
            return 0
        return m - k if doc[m].is_title and doc[m].is_alpha and len(doc[m]) > 1 else 0

    def _name_particles(self, doc: Doc, start: int) -> int:
        """The particles the model left out before a surname (``Van der`` + ``Berg said``, most
        often at the start of a sentence, where the particle is capitalized), and the given names
        before lower-case particles (``Hugo van den`` + ``Broek``: one or two known given names,
        nothing title-case before them)."""
        k = start
        while k > 0 and start - k < 3 and doc[k - 1].lower_ in self.words.name_links and \
                (doc[k - 1].is_title or doc[k - 1].is_lower) and "\n" not in doc[k - 1].whitespace_:
            k -= 1
        if k < start and (k == 0 or doc[k].is_sent_start or not doc[k - 1].is_title):
            return k
        return self._given_before_particles(doc, start)

    def _particle_name(self, doc: Doc, start: int, end: int) -> bool:
        """Is ``doc[start:end]`` a person's name with lower-case particles (``Lucía de los Santos``
        read as an ORG): a known given name, title-case words and one to three particles inside,
        six words at most?"""
        words = doc[start:end]
        links = sum(1 for t in words if t.is_lower and t.lower_ in self.words.name_links)
        if words[0].lower_ in self._particle_openers or any(t.lower_ in self._body_words for t in words):
            return False  # "Le Journal du Soir": an outlet ("Le" is also a given name); "The Clan del Golfo"
        return 3 <= len(words) <= 6 and 1 <= links <= 3 and is_first_name(words[0].text) and words[-1].is_title and \
            all(t.is_lower and t.lower_ in self.words.name_links or t.is_title and t.is_alpha for t in words)

    def _given_before_particles(self, doc: Doc, start: int) -> int:
        """The start of one or two known given names before the lower-case particles before the
        surname ``doc[start]`` (``Hugo van den`` + ``Broek``), nothing title-case before them;
        else ``start``."""
        k = start
        while k > 0 and start - k < 3 and doc[k - 1].is_lower and doc[k - 1].lower_ in self.words.name_links and \
                "\n" not in doc[k - 1].whitespace_ and not doc[k].is_sent_start:
            k -= 1
        if k == start or doc[k].is_sent_start:
            return start
        given = k
        while given > 0 and k - given < 2 and is_first_name(doc[given - 1].text) and doc[given - 1].is_title \
                and "\n" not in doc[given - 1].whitespace_ and not doc[given].is_sent_start:
            given -= 1
        if given < k and (given == 0 or doc[given].is_sent_start or not doc[given - 1].is_title):
            return given
        return start

    def _name_tail(self, doc: Doc, start: int, end: int) -> int:
        """The surnames the model left out of a PERSON (``Maria Delgado`` + ``Ruiz``, ``Ana
        Lucía`` + ``Paredes Quispe``), when the name then has at most four words and ends there."""
        k = end
        while k < len(doc) and k - start < 4 and doc[k].tag_ == "NNP" and doc[k].is_title and \
                doc[k].ent_iob_ == "O" and not doc[k].is_sent_start and \
                doc[k].lower_.rstrip(".") not in self.words.any_title and \
                doc[k - 1].whitespace_ and "\n" not in doc[k - 1].whitespace_:
            k += 1
        return end if k < len(doc) and doc[k].tag_ == "NNP" and doc[k].is_title else k

    def _ner_actor(self, doc: Doc, label: str, etype: str, text: str, start: int, end: int,
                   country: str | None) -> Actor | None:
        """An unknown entity: a slug id (company suffixes left out); a one-word PERSON that is
        a region or the object of ``in``/``at`` is a location. ``text`` is the name as written
        (without a ``, Country`` that ``end`` may cover)."""
        name_end = self._suffix_start(doc, start, end) if label == "ORG" else end
        slug = slugify(doc[start:name_end].text)
        if not slug:
            return None
        if etype == "person" and end - start == 1:
            place = subdivision_countries().get(slug.replace("-", " "))
            if place is not None or (doc[start].dep_ == "pobj" and doc[start].head.lower_ in PLACE_PREPS):
                etype, country = "location", place
        if etype in ("person", "organization") and dateline_start(doc, start, end) and city_index().cities(text):
            etype, country = "location", place_country(text)  # "DENVER (AP) —": a dateline
        if etype == "person":
            etype = person_shape(doc, start, end, self.words, self.gaz.titles) or etype
            if etype == "person" and company_by_tail(doc, start, name_end, self.words, self.gaz.titles):
                etype = "organization"  # "Tamar Capital", "Meridian Gaming": a company's last word
                slug = slugify(doc[start:self._suffix_start(doc, start, name_end)].text)  # "X SAB": "x"
            if etype == "person" and named_as_organization(doc, start, name_end, self.words):
                etype = "organization"  # "Sinn Féin leader X", "several Fine Gael TDs"
            if etype == "person" and outlet_before_noun(doc, start, name_end, self.words):
                etype, end = "media", name_end + 1  # "Germany's Handelsblatt newspaper": the noun too
        elif etype == "organization":
            etype = org_shape(doc, start, end, self.words, self.gaz.titles, dateline_word(doc, start)) or etype
        if etype == "location" and country is None:
            country = place_country(doc[start:name_end].text)
            if country is None and (named_as_organization(doc, start, name_end, self.words) or
                                    self._place_body(doc, start, name_end)):
                etype = "organization"  # "Fianna Fáil" tagged GPE, no known place, with its leaders
        if etype == "organization":
            etype = self._organization_type(doc[name_end - 1].lower_, self._linked_head(doc, start, name_end),
                                            [t.text for t in doc[start:name_end]])
            if etype == "organization" and outlet_by_shape(doc, start, name_end, self.words):
                etype = "media"  # "Channel 12", "BFMTV", "ABC Radio National"
        return Actor(start, end, _norm(slug, text, etype, country, False, None, "ner"), "ner", None, etype)

    def _suffix_start(self, doc: Doc, start: int, end: int) -> int:
        """The end of the name ``doc[start:end]`` without its company suffixes (``Lumora Inc.``)."""
        while end - start > 1 and doc[end - 1].lower_ in self.words.corp_suffixes:
            end -= 1
        return end

    def _place_body(self, doc: Doc, start: int, end: int) -> bool:
        """A name the model tagged a place, no known place, that the text describes as a body
        (``a Bruegel analysis``, ``Solventa, a battery developer``: :func:`described_as_body`);
        a GeoNames city (``Eagle Pass, a city of …``) keeps its reading."""
        return not city_index().cities(doc[start:end].text) and described_as_body(doc, start, end, self.words)

    def _organization_type(self, last: str, linked: str | None = None, name: list[str] | None = None) -> str:
        """``the Worcester City Council``: legislature; ``Fox News``: media; ``the state Gaming
        Commission``: government; ``the Coast Guard``: military (from the last word of an unknown
        organization's name); ``the Bureau of Elections``: government (``linked``: the word before
        the name's first ``of``/``for``/``on``, a government head only; ``name``: the name's words, which
        an armed force's ``Navy`` or ``Forces`` needs a modifier in: actor_org_heads.py)."""
        if name and members_congress(name, self.words, self._country_word):
            return "organization"  # "the Trades Union Congress": no legislature (actor_name_tails.py)
        if name and chamber_of_place(name, self.words):
            return "legislature"  # "the National Assembly of Republika Srpska" (actor_name_parts.py)
        for words, atype in ((self.words.legislature_heads, "legislature"), (self.words.media_heads, "media"),
                             (self.words.government_heads, "government"), (self.words.military_heads, "military")):
            if last in words and (atype != "military" or armed_name(name or [last], self.words, self._country_word)):
                return atype
        return "government" if linked in self.words.government_heads else "organization"

    def _linked_head(self, doc: Doc, start: int, end: int) -> str | None:
        """The capitalised word before the first name link (``of``, ``for``, ``on``) of the name
        ``doc[start:end]`` (``Department`` in ``the Department of Public Works``), else None."""
        return linked_head(doc, start, end, self.words)

    def _country_word(self, word: str) -> bool:
        """``Syrian``, ``Israel``: a country or its demonym in the gazetteer."""
        return any(e.category in ("country", "demonym") for e, _ in self.gaz.by_alias.get(alias_key(word), ()))

    def _common_role_np(self, doc: Doc, start: int, end: int) -> bool:
        """``the energy ministry``, ``the Foreign Ministry``: a role noun with role or title words
        only; ``the Liberal Centre Movement``, ``the Glengariff Group`` have name words: a name."""
        head = doc[end - 1]
        return end > start and all(t.pos_ in ("ADJ", "NOUN", "PROPN") for t in doc[start:end]) and \
            (head.lower_ in self.single_role_heads or head.lemma_.lower() in self.single_role_heads) and \
            all(t.is_lower or t.lower_ in self._role_words for t in doc[start:end - 1])

    # ------------------------------------------------------------ titles
    def _link_titles(self, doc: Doc, actors: list[Actor]) -> list[Actor]:
        """``Russian foreign minister Sergei Lavrov``: the person takes the title's role.
        Under a dateline (``NEW DELHI (Reuters) -``), an unknown person with a bare title
        (``Finance Minister Nirmala Sitharaman``) is taken to be of the dateline's country.
        A title naming the person joins its mention; returns the title actors so removed."""
        by_end = {a.end: a for a in actors}
        home = _dateline_home(doc, actors, self._country_word)
        if home and self._at_seat(doc, actors):
            home = None  # "STRASBOURG —": the EU's seat; a Commission president there is no Frenchwoman
        merged: list[tuple[Actor, Actor]] = []
        bodies = self.words.supranational_bodies  # "OAS Secretary-General X": no office of a country
        for a in actors:
            if a.origin == "ner" and a.norm["type"] == "organization" and a.start in by_end and \
                    by_end[a.start].category == "role" and doc[a.start - 1].tag_ in ("NN", "NNP") and \
                    doc[a.start - 1].lower_ in self.words.title_heads:
                a.norm["type"] = "person"  # "opposition leader María Corina Machado" tagged ORG
            international = a.norm["type"] == "person" and titled_by_body(doc, a, self._gaz_id, bodies)
            if a.norm["type"] == "person":
                a.stateless_office = a.stateless_office or international
                title = self._title_before(doc, a, by_end)
                if title is not None:
                    merged.append((a, title))
            if home and not international:  # "NATO Secretary General X": no rank of the dateline's country
                self._title_under_dateline(doc, a, by_end, home)
        removed = []
        for person, title in merged:  # the title is part of the naming: one person mention
            if title in actors:
                actors.remove(title)
                removed.append(title)
                person.name_start, person.start = person.start, title.start
        return removed

    def _title_under_dateline(self, doc: Doc, a: Actor, by_end: dict[int, Actor], home: str) -> None:
        if not (a.norm["type"] == "person" and not a.norm["in_gazetteer"] and
                a.norm["country"] is None and a.start > 0 and a.start not in by_end):
            return
        k = a.start
        while k > 0 and doc[k - 1].is_title and doc[k - 1].pos_ in ("PROPN", "NOUN") and \
                a.start - k < 3 and (k - 1) not in by_end:
            k -= 1
        rule = self._role_of(doc, a.start - 1, k) if k < a.start else None
        titled = self._titles_role(doc, a.start) if rule is not None else None  # its data say more than its head word
        role = titled if titled in _DATELINE_ROLES else rule.role if rule is not None else None
        if role in _DATELINE_ROLES:
            a.norm["country"] = home
            a.norm["role"] = home + role
            a.norm["role_source"] = "title+dateline"

    def _titles_role(self, doc: Doc, start: int) -> str | None:
        """The role the titles before a name give (``Police Brigadier General X``: police, not the
        army the head word reads as; ``Police Commissioner General X``: the outer office's)."""
        found = title_before(doc, start, self.gaz.titles)
        return title_stack(doc, found, self.gaz.titles, self.words.ministry_portfolios)[1].role if found else None

    def _title_before(self, doc: Doc, a: Actor, by_end: dict[int, Actor]) -> Actor | None:
        """A role phrase or an organization right before a person (``SEC Chair Gary Gensler``)
        gives the person its role; returns it when it is part of the naming (no comma between)."""
        k, hyphens = a.start, 0
        while k > 0 and k not in by_end and a.start - k < 3 + hyphens:
            if doc[k - 1].lower_.rstrip(".") not in self.words.any_title and not _inner_hyphen(doc, k - 1):
                break
            hyphens += doc[k - 1].text == "-"
            k -= 1
        title = by_end.get(k)
        if title is None and k > 0 and doc[k - 1].text == ",":
            title = by_end.get(k - 1)
        if title is not None and not title.norm.get("role"):
            return title if self._body_names_title(doc, title, k, a) else None
        if title is None:
            return None
        if title.category == "role":
            if doc[title.end - 1].tag_ not in ("NN", "NNP"):  # singular title only
                return None
        elif not (title.category == "org" and k < a.start):
            return None
        a.norm["role"] = title.norm["role"]
        a.norm["role_source"] = "title"
        if a.norm["country"] is None:
            a.norm["country"] = title.norm["country"]
        return title if title.end == k else None

    def _body_names_title(self, doc: Doc, body: Actor, k: int, a: Actor) -> bool:
        """``World Bank President Ajay Banga``, ``Ministry of Health spokesman Ahmed Saleh``: a
        body with no role code right before a title and a name is part of the person's naming
        (one mention, the person's; the body's country when the person has none)."""
        if body.norm["type"] not in INSTITUTION_TYPES or body.category == "role" or body.end != k or \
                k == a.start or any("\n" in t.whitespace_ for t in doc[body.start:a.start]):
            return False
        if a.norm["country"] is None:
            a.norm["country"] = body.norm["country"]
        a.stateless_office = body.norm["country"] is None
        return True

    def _demonym_led(self, doc: Doc, label: str, start: int, end: int, actors: list[Actor],
                     taken: list[bool]) -> str | None:
        """A model ORG name of three words or more opened by a demonym (``The American Economic
        Liberties Project``, after an optional ``the``) or holding one after a ``longer-name-links``
        word (``the National Congress for Timorese Reconstruction``) whose only taken word is that demonym, taken
        as an adjective of no actor (``_take_demonym``): the demonym's country, so the name is kept;
        else None (``Russian missile attacks`` is no ORG; ``American Enterprise``, a role phrase,
        overlaps an actor)."""
        first = start + (doc[start].lower_ == "the")
        held = [k for k in range(start, end) if taken[k]]
        if label != "ORG" or end - first < 3 or len(held) != 1 or \
                any(a.start < end and start < a.end for a in actors):
            return None
        k = held[0]
        if k != first and not (k - 1 > first and doc[k - 1].lower_ in self.words.longer_name_links):
            return None  # "for Timorese" in "the National Congress for Timorese Reconstruction": kept too
        if not all(t.is_title or t.lower_ in ("of", "for", "and", "&") for t in doc[first:end]):
            return None
        return self._country_of_word(doc[k].text)

    def _demonym_body(self, doc: Doc, label: str, start: int, end: int,
                      actors: list[Actor]) -> tuple[str, Actor] | None:
        """``The Maldivian Democratic Party``: a model ORG name made of one country word (a demonym or
        a country's name no actor took, after an optional ``the``) and a known body of another
        country's that ends it: a body of its own, not the US ``Democratic Party``. Returns the word's
        country and the known body's mention (which the caller drops). The body's own country (``the
        American Democratic Party``) or a region of it (``the Georgia Democratic Party``): None."""
        first = start + (doc[start].lower_ == "the")
        inside = [a for a in actors if a.start < end and start < a.end]
        country = self._country_of_word(doc[first].text) if first < end else None
        if label != "ORG" or country is None or len(inside) != 1:
            return None
        body = inside[0]
        if body.category != "org" or body.start != first + 1 or body.end != end or \
                body.norm.get("country") in (None, country, subdivision_countries().get(doc[first].lower_)):
            return None
        return country, body

    # ------------------------------------------------------------ coreference
    def _country_of_word(self, word: str) -> str | None:
        """The country a demonym or a country's name stands for (``Japanese``, ``Japan``), else None."""
        found = {e.country for e, _ in self.gaz.by_alias.get(word.lower(), ()) if e.category in ("demonym", "country")}
        return found.pop() if len(found) == 1 else None

    def _reading_fits(self, doc: Doc, body: Actor, norm: dict) -> bool:
        """May the gazetteer's ``norm`` of the acronym defined after ``body`` be that body
        (:func:`reading_fits`: not ``United Seychelles (US)``, the United States)?"""
        return reading_fits(doc, body, norm, lambda actor_id: self._org_names_by_id.get(actor_id, ()),
                            self._country_of_word, self.words.acronym_generic_name_words)

    def _gaz_id(self, name: str) -> str | None:
        """The gazetteer id of the one entry ``name`` is an alias of (``OAS``: oas), else None."""
        found = {e.actor_id for e, _ in self.gaz.by_alias.get(alias_key(name), ())}
        return found.pop() if len(found) == 1 else None

    def _country_word(self, word: str) -> str | None:
        """The one country ``word`` names as a country or a demonym (``Maldives``, ``Kenyan``), else None."""
        return self._country_in(word, ("country", "demonym"))

    def _place_country(self, word: str) -> str | None:
        """The one country a place's name (``Dakar``, ``Beirut``) is in, else None."""
        return self._country_in(word, ("metonym", "place"))

    def _country_in(self, word: str, categories: tuple[str, ...]) -> str | None:
        """The one country ``word`` is an alias of in ``categories`` (``Belgians``: plural), else None."""
        found = {e.country for e, _ in self.gaz.by_alias.get(word.lower(), ()) if e.category in categories}
        return found.pop() if len(found) == 1 else None

    def _coref_names(self, doc: Doc, actors: list[Actor], taken: list[bool], people: list[Person]) -> None:
        """Surnames (and given names used alone, ``Walt`` for Walter, and inner words of a long
        name: ``Castillo`` of ``María Elena Castillo Ruiz``) that the model missed, after the full name."""
        for a in actors:
            for k in range(a.start, a.end):
                taken[k] = True
        surnames, shared, firsts, inner = _name_index(people, self.words.name_links)
        initials = {w[:1] for w in (*surnames, *firsts, *inner)} | \
            {v[:1] for v, full in self.gaz.name_variants.items() if full in firsts}  # a cheap filter before slugify
        for tok in map(doc.__getitem__, title_positions(doc)):
            if not tok.is_title or taken[tok.i] or tok.lower_[:1] not in initials \
                    or not (tok.pos_ == "PROPN" or not tok.is_sent_start or _opening_subject(tok)):
                continue
            word = slugify(tok.text)
            if len(shared.get(word, ())) > 1:  # Mark and Owen Delaney: title, gender, kin decide
                person = _shared_surname(doc, tok.i, shared[word], self.gaz.titles, self.words)
            else:
                person = surnames.get(word)
            given = self.gaz.name_variants.get(word, word)  # "Walt", after "Walter Greaves"
            if person is None and len(firsts.get(given, ())) == 1 and word not in surnames:
                person = firsts[given][0]  # "Teresa said", after "Teresa Okonkwo"
            if person is None and len(inner.get(word, ())) == 1 and word not in firsts:
                person = inner[word][0]  # "Castillo said", after "María Elena Castillo Ruiz"
            if person is not None:
                self._coref_surname(doc, tok, person, actors, taken)

    def _coref(self, doc: Doc, actors: list[Actor], taken: list[bool], people: list[Person],
               titles: list[Actor], office_holder: Callable[[str], dict | None], focus: str | None = None) -> None:
        """Acronyms, descriptions (``the senator``) and role nouns (``the ministry``); ``titles``
        are organizations that joined a person's mention (``CIA Director X``): still antecedents."""
        actors.sort(key=lambda a: a.start)
        defined = text_defined_acronyms(doc)  # once per document: it reads the words alone
        _coref_acronyms(doc, actors, defined)
        place = _dateline_place(doc, actors)  # the story's country: the dateline's, else the one in focus
        country = place.norm["country"] if place is not None else focus
        coref_abbreviations(doc, actors, self.words, lambda w: alias_key(w) in self.gaz.by_alias, defined, country)
        bodies_read_as_people(doc, actors, self.words)  # "Tigray People's Liberation Front" ... "TPLF"
        own_initials_over_namesakes(doc, actors, _initials_of_bodies(doc, actors), self.words, country)  # Seattle's SPD
        local_party_namesakes(doc, actors, country, self.words.party_namesake_words)  # Suriname's NDP, not Canada's
        link_translated_names(doc, actors, self.words.abbreviated_body_types, is_first_name)  # "X (Frente Amplio)"
        link_part_names(doc, actors, self.words.country_part_nouns)  # "Batken province" and "Batken"
        link_lower_chambers(doc, actors, self._chambers.phrases, self.words.lower_chamber_names)  # Jordan's House
        for a in actors:
            for k in range(a.start, a.end):
                taken[k] = True
        order = sorted(actors + titles, key=lambda a: a.start)
        by_start = index_by_start(order)  # kept with order: one look-up per description
        starts = DESCRIPTION_DETERMINERS | DEMONSTRATIVES | self.single_role_heads | self.words.bare_descriptions \
            | {p.split()[-1] for p in self.words.institution_phrases}
        for tok in map(doc.__getitem__, positions(doc, starts)):  # no other word does a thing below
            if taken[tok.i]:
                continue
            if tok.lower_ in self.words.bare_descriptions:
                self._bare_description(doc, tok, order, people, actors, taken, office_holder, focus)
                continue
            count = len(actors)
            if tok.lower_ == "the" and (_party_member(doc, tok.i, actors, taken) or
                                        place_role_member(doc, tok.i, actors, people, self.gaz.titles, taken,
                                                          self.words.shared_seat_nouns)):
                continue
            if not (_determiner(tok) and self._coref_description(
                    doc, tok.i, order, people, actors, taken, office_holder, focus, by_start)) and \
                    not self._coref_epithet(doc, tok.i, people, actors, taken):
                self._coref_role_noun(doc, tok, order, actors, taken, focus)
            order.extend(actors[count:])  # a description names its actor again for the ones after it
            index_by_start(actors[count:], by_start)
        add_state_media(doc, actors, taken, order, self.words, self._role_of, self._role_norm, focus)
        add_acting_seats(doc, actors, taken, order, self.words, self.gaz.countries, focus)

    def _coref_description(self, doc: Doc, the: int, order: list[Actor], people: list[Person],
                           actors: list[Actor], taken: list[bool],
                           office_holder: Callable[[str], dict | None], focus: str | None = None,
                           by_start: dict[int, list[Actor]] | None = None) -> bool:
        """``the senator``, ``the bureau``, ``her foreign secretary``: the earlier actor it names
        (``by_start``: ``order`` indexed by start, :func:`index_by_start`)."""
        reach = 5 if the + 3 < len(doc) and doc[the + 2].text == "-" else 3  # "the Paris-based daily", "the far-right party"
        based = reach == 5 and doc[the + 3].lower_ == "based"
        pos = next((k for k in range(the + 2, min(the + reach, len(doc))) if doc[k].tag_ == "POS"), None)
        if pos is not None:  # "The bureau's director, Karen Osei,": the bureau; she is its director
            note_possessed(doc, pos, order, people)
        for head in range(min(the + reach, len(doc) - 1), the, -1):
            if any(taken[the:head + 1]) or pos is not None and head > pos or _no_description_head(doc, head, based):
                continue
            if _name_of_of(doc, head) or _name_for(doc, head, self.words.org_name_heads):
                return False  # "The Organization of American States", "the Movement for Socialism": a name
            if refused_description(doc, the, head, self.gaz.descriptions) or predicate_nominal(doc, head):
                return False  # "police searched the house", "the world body for swimming", "X is the third minister"
            if _king_of_no_state(doc, head):
                return False  # "the king of rock and roll", "the king of the jungle": no monarch
            if self._portfolio_ministry(doc, the, head):
                return False  # "the Health Ministry" is no "Foreign Ministry": a role noun with its portfolio
            norm = _copula_named(doc, the, head, order) or _known_as(doc, head, order) or \
                self._near_government(doc, the, head, order, focus) or \
                describe(doc, the, head, order, people, self.gaz.descriptions, self.gaz.titles, office_holder,
                         self._role_phrases, focus, self._tag_parties, self._name_heads, by_start,
                         self.words.description_ranks, self.words.post_body_words, self._company,
                         self.words.leader_offices, self.words.head_offices,
                         (self.words.report_verbs, self.words.report_voices, self.words.report_voice_preps),
                         EraWords(self.words.successor_words, self.words.predecessor_words,
                                  self.words.present_holder_words, self.words.office_taking_verbs))
            norm = self._refine_description(doc, the, head, norm, order) if norm is not None else None
            if norm is not None and other_owner(doc, the, head, norm, people, actors):
                return False  # "the representative of Denmark" is not Eritrea's representative named before
            if norm is not None:  # "the central bank" of a Bulgarian story: the Bulgarian one, not the ECB
                norm = home_body(doc, the, head, norm, order, focus, self.words.home_body_nouns,
                                 self.words.central_bank_name_words, self.words.supranational_bodies,
                                 self.words.home_body_nouns_banks)
                end = self._add_description(doc, the, head, norm, actors)
                for k in range(the, end):
                    taken[k] = True
                return True
        return False

    def _coref_epithet(self, doc: Doc, the: int, people: list[Person], actors: list[Actor],
                       taken: list[bool]) -> bool:
        """``said the 61-year-old``, ``the former diplomat``: the person just introduced
        (:mod:`actor_epithets`); False when the words are no epithet or name no one."""
        epithet = find_epithet(doc, the, self._epithet_words, self._epithet_nouns)
        if epithet is None:
            return False
        inner = [a for a in actors if a.start < epithet.end and a.end > the]
        if any(not the < a.start <= a.end < epithet.end or a.norm["type"] == "person" for a in inner):
            return False  # a name inside or across the words: no epithet
        person = epithet_person(doc, the, epithet, people, self._epithet_words, self.gaz.titles)
        if person is None:
            return False
        for a in inner:  # "the Conservative MSP", "the former state House majority leader": one mention
            actors.remove(a)
        actors.append(Actor(the, epithet.end, {**person.mentions[0].actor.norm, "via": "coref"}, "rule:description",
                            doc[epithet.end - 1].lower_, "description"))
        for k in range(the, epithet.end):
            taken[k] = True
        return True

    def _add_description(self, doc: Doc, the: int, head: int, norm: dict, actors: list[Actor]) -> int:
        """Add the description ``doc[the:head + 1]`` naming ``norm`` to ``actors``; the end of its words."""
        end, body = self._holder_body(doc, head, norm)
        if end > head + 1:  # "the governor's office": one mention, of the office (a split of the
            # holder from its body made claim speakers read the holder: left for a later round)
            actors.append(Actor(the, end, body, "rule:description", doc[end - 1].lower_, "description"))
        elif norm["via"] != "apposition" or doc[head].lower_ in self._held_heads:
            # an apposition is part of the naming before it; a post (a holder noun of
            # actor_owned.jsonl) is a mention: "its agriculture minister, Hidde Jansma",
            # "The House speaker, Wade Guidry," (actor_owned.find_held)
            actors.append(Actor(the, end, norm, "rule:description", doc[end - 1].lower_, "description"))
        return end

    def _refine_description(self, doc: Doc, the: int, head: int, norm: dict, order: list[Actor]) -> dict | None:
        """The norm a description at ``the``..``head`` found, read once more: a person described in
        apposition is the name after it, ``the government`` of a court case is the prosecution, and
        ``its own envoy`` is not the envoy named before (None when it names no one)."""
        if norm["type"] == "person" and norm["via"] != "apposition":
            norm = _name_apposed(doc, head, order) or norm  # "Its president, Laurent Dumesnil,"
        if norm["actor_id"] == "USAGOV" and doc[head].lower_ == "government":
            norm = _prosecution(doc, the, order, self.words.court_case_words) or norm
        if norm["type"] == "person" and _own_one(doc, the, head, self.words.possessive_pronouns):
            norm = _own_one_norm(doc, the, head, order)  # "its own envoy": not the envoy named before
        return norm

    def _near_government(self, doc: Doc, the: int, head: int, order: list[Actor],
                         focus: str | None = None) -> dict | None:
        """``the government`` / ``the administration`` (``speaker-government-heads``, the head
        alone) in a fronted state frame (``In Brazil, the government …``: :func:`_framing_state`)
        or said of by a government's own voice (``a German government spokesperson said the
        government hoped``: :func:`_speaker_government`): that state's government. ``The
        administration`` (``near-government-heads``) right after ``Washington cut …``: the one
        national government (``USAGOV``) that is the subject of a clause in this sentence or the
        one before (not ``aid for Kyiv``); none or two: None (the country in focus,
        :meth:`_office_holder`)."""
        if head == the + 1 and doc[the].lower_ == "its" and doc[head].lower_ in self.words.speaker_government_heads:
            country = _its_state(doc, the, order)  # "Mexico is Guatemala's neighbour and its government"
            return self._government_norm(country, "coref") if country is not None else None
        if head != the + 1 or doc[the].lower_ != "the":
            return None
        if doc[head].lower_ in self.words.speaker_government_heads:
            country = _framing_state(doc, the, order, self.words.opening_place_preps) or \
                _speaker_government(doc, head, order, self.words.government_voice_nouns)
            if country is not None:
                return self._government_norm(country, "coref")
        if doc[head].lower_ in self.words.domestic_government_heads:  # "the Bundestag, where the government's"
            country = domestic_country(doc, the, order, focus, self.words.domestic_institution_roles)
            if country is not None:
                return self._government_norm(country, "coref")
        country = executive_country(doc, the, order, focus, self.words.executive_government_heads,
                                    self.words.executive_government_heads_person_words,
                                    self.words.executive_government_heads_thing_nouns)
        if country is not None:  # "avoided clashing with the executive": the government as a branch
            return self._government_norm(country, "coref")
        if doc[head].lower_ not in self.words.near_government_heads:
            return None
        lo = previous_sentence_start(doc, the)
        found = {a.norm["actor_id"]: a.norm for a in order if lo <= a.start and a.end <= the
                 and a.norm["type"] == "government" and a.norm["actor_id"] == a.norm.get("role")
                 and doc[a.start:a.end].root.dep_ in ("nsubj", "nsubjpass")}  # "aid for Kyiv": no
        return {**next(iter(found.values())), "via": "coref"} if len(found) == 1 else None

    def _holder_body(self, doc: Doc, head: int, norm: dict) -> tuple[int, dict]:
        """``the governor's office``: a person described by ``the <office>`` before ``'s`` and a
        ``holder-bodies`` noun that ends its noun phrase is the holder's body (``<person id>-office``,
        a government body of the person's country and role); else the description as it was."""
        body = head + 2
        if norm["type"] != "person" or body >= len(doc) or doc[head + 1].tag_ != "POS" or \
                doc[body].lower_ not in self.words.holder_bodies or \
                (body + 1 < len(doc) and (doc[body + 1].pos_ in ("NOUN", "PROPN") or doc[body + 1].tag_ == "POS")):
            return head + 1, norm
        country, noun = norm.get("country"), doc[body].lower_
        role = norm.get("role") or (f"{country}GOV" if country else None)
        return body + 1, _norm(f"{norm['actor_id']}-{noun}", f"{norm['name']} {noun}", "government", country, False,
                               role, "coref")

    def _portfolio_ministry(self, doc: Doc, the: int, head: int) -> bool:
        """``the Health Ministry``, ``the energy ministry``: a ministry head after a portfolio word."""
        return doc[head].lower_ in self.words.ministry_heads and \
            any(t.lower_ in self.words.ministry_portfolios for t in doc[the + 1:head])

    def _coref_surname(self, doc: Doc, tok, person: Person, actors: list[Actor], taken: list[bool]) -> None:
        """A surname that NER missed, after the full name (with its title: ``Mr. Hensley``)."""
        first = min(m.actor.start for m in person.mentions)
        if first >= tok.i or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN") or \
                (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].lower_ not in self.words.name_links
                 and not _is_honorific(doc, tok.i, self.gaz) and not tok.is_sent_start):  # "… on X. Zhao said"
            return
        start = hyphenated_surname_start(doc, tok.i, person)
        if start < tok.i:  # "Dubois-Lenoir": the first part is no name of its own (the model's "Dubois")
            actors[:] = [a for a in actors if not (a.start < tok.i and a.end > start)]
        while start > 0 and doc[start - 1].lower_ in self.words.name_links and not taken[start - 1] \
                and tok.i - start < 3:
            start -= 1  # the particles of the surname: "de Riviere", "van der Berg"
        found = title_before(doc, start, self.gaz.titles)
        if found and found[1].in_span and not any(taken[found[0]:start]):
            start = found[0]
        norm = {**person.mentions[0].actor.norm, "via": "coref"}
        actors.append(Actor(start, tok.i + 1, norm, "rule:coref", None, "person"))
        for k in range(start, tok.i + 1):
            taken[k] = True

    def _recent_party_noun(self, doc: Doc, tok, left: int, order: list[Actor], actors: list[Actor],
                           taken: list[bool]) -> bool:
        """``the party`` that :func:`actor_party_owner.modified_party` decides (the party named last,
        or no guess past a rival): the mention or none, not the earlier ``… Party`` of the role noun;
        ``the birthday party`` is none it decides; nor is a predicate (``it is the only party that …``
        says what its subject is, :func:`predicate_nominal`)."""
        if tok.lower_ != "party":
            return False
        if predicate_nominal(doc, tok.i):
            return True
        norm, decided = modified_party(doc, left - 1, tok.i, order, self._tag_parties.party_words())
        if decided and norm is not None:
            actors.append(Actor(left - 1, tok.i + 1, norm, "rule:coref", tok.lower_, "role"))
            for k in range(left - 1, tok.i + 1):
                taken[k] = True
        return decided

    def _coref_role_noun(self, doc: Doc, tok, order: list[Actor], actors: list[Actor],
                         taken: list[bool], focus: str | None = None) -> None:
        """``the ministry`` after ``Iran's foreign ministry``; else, for an institution, the
        sentence's only country (``Saudi Arabia will cut output, the energy ministry said``), else
        the country in focus; ``parliament``, ``police`` need no ``the``."""
        if not self._role_head(doc, tok):
            return
        left = _role_noun_left(doc, tok.i, taken)
        if left == tok.i and self._bare_institution(doc, tok):
            left += 1  # "parliament", "police": the mention starts at the noun
        elif left == 0 or doc[left - 1].lower_ != "the" or taken[left - 1]:
            return
        if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" and doc[tok.i + 2].pos_ in (
                "PROPN", "DET", "NOUN", "ADJ") or self._recent_party_noun(doc, tok, left, order, actors, taken):
            return  # "the army of Iraq" is not a short mention; "the party" was decided as the party named last
        mods = {t.lower_ for t in doc[left:tok.i]}
        if len({a.norm["actor_id"] for a in order if a.end <= tok.i and a.head == tok.lower_
                and a.category == "unnamed"}) > 1:
            return  # "A police officer … a customs officer … The officer": no guess
        earlier = [a for a in order if a.end <= tok.i and a.head == tok.lower_ and a.norm.get("role")
                   and a.category != "group"  # "the police" after "riot police": the force, not the crowd of officers
                   and mods <= {t.lower_ for t in doc[a.start:a.end]} and not _past_post(doc, a, mods)
                   and not _foreign_absorbed(a, actors, focus) and not _far_foreign_owned(doc, a, tok.i, focus)]
        near = self._near_institution(doc, tok, left, order) if not mods else None
        if near is not None:
            if not near:
                return  # two institutions of that kind close before it: no guess
            norm = near
        elif earlier:
            if self._role_noun_contested(doc, tok, earlier, order if not mods else []) or \
                    len(self._phrase_bodies(doc, left, tok, order)) > 1:
                return  # "The EPA and the FDA reviewed it. The agency said …", two electoral bodies: no guess
            norm = {**earlier[-1].norm, "via": "coref"}
        else:
            norm = _named_with_words(doc, tok, mods, order) or self._later_court(tok, order)
            bodies = self._phrase_bodies(doc, left, tok, order) if norm is None else {}
            if len(bodies) > 1:
                return  # two bodies it could name: no guess
            if bodies:
                norm = {**next(iter(bodies.values())), "via": "coref"}
            if norm is None and not self._phrase_rivals(doc, tok, order):
                norm = self._institution_of_sentence(doc, tok, left, order, focus)
            if not norm:
                return
        actors.append(Actor(left - 1, tok.i + 1, norm, "rule:coref", tok.lower_, "role"))
        taken[left - 1:tok.i + 1] = [True] * (tok.i + 2 - left)

    def _role_head(self, doc: Doc, tok) -> bool:
        """``tok`` is a role noun heading its own noun phrase, and not an institution named as the
        system rather than a body acting (``reforms to the courts``, ``voters will choose the
        judiciary``: no mention unless it is a subject)."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i == 0 or \
                tok.lower_ not in self.single_role_heads and not self._institution_phrase(doc, tok):
            return False
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN") and doc[tok.i + 1].ent_type_ != "DATE":
            return False  # not the head of its noun phrase ("address the assembly Thursday" still is)
        return tok.lower_ not in self.words.generic_institution_heads or tok.dep_ in ("nsubj", "nsubjpass")

    def _later_court(self, tok, order: list[Actor]) -> dict | None:
        """``the court`` / ``the tribunal`` with no court named before: the one court of no country
        the article names later (:func:`actor_courts.later_court`), else None."""
        words = self.words.court_name_words
        return later_court(tok.i, order, words) if tok.lower_ in words else None

    def _role_noun_contested(self, doc: Doc, tok, earlier: list[Actor], order: list[Actor]) -> bool:
        """Does another actor that ``the <noun>`` fits (same head noun, or a description row of
        the noun: :func:`fits_description`; with modifiers, ``order`` is empty: only the actors of
        ``earlier``, whose words hold them) stand within the rival window of ``earlier[-1]``?"""
        rows = [d for d in self.gaz.descriptions if tok.lower_ in d.nouns and not d.modified]
        plural = tok.tag_ in ("NNS", "NNPS")
        fitting = earlier + [a for a in order if a.end <= tok.i and any(fits_description(a, d, plural) for d in rows)]
        return contested(doc, tok.i, earlier[-1], fitting)

    def _near_institution(self, doc: Doc, tok, left: int, order: list[Actor]) -> dict | None:
        """``the military`` after ``the IDF`` in this sentence or the one before: the one
        institution of that kind named there (its role code), ``{}`` when two are, else None."""
        if tok.lower_ not in self.words.institution_heads:
            return None
        rule = self._role_of(doc, tok.i, left)
        if rule is None or rule.role == "PPL":
            return None
        since = previous_sentence_start(doc, tok.i)
        near = [a for a in order if since <= a.start and a.end < left
                and a.norm["type"] not in ("person", "group", "people", "location")
                and (a.norm.get("role") or "")[3:] == rule.role and self._same_level(tok, a)
                and not self._one_chamber(tok, a)]
        ids = {a.norm["actor_id"] for a in near}
        if len(ids) > 1:
            return {}
        return {**near[-1].norm, "via": "coref"} if near else None

    def _same_level(self, tok, a: Actor) -> bool:
        """``the coalition``, ``the government`` (a state head) name the government as such, never
        one body of it with an id of its own (``His ministry`` … ``inside the coalition``); a body
        of its own (``cabinet``, a ministry head) names a body called so, not another ministry."""
        if tok.lower_ in self.words.ministry_heads:
            return tok.lower_ in (a.norm.get("name") or "").lower().split()
        return tok.lower_ not in self.words.state_heads or a.norm["actor_id"] == a.norm.get("role")

    def _one_chamber(self, tok, a: Actor) -> bool:
        """Is ``a`` one chamber of its own (an upper house: ``the Senate`` in a story about Lesotho)
        and ``tok`` a noun for the whole legislature (``answerable to parliament``)?"""
        return tok.lower_ in self.words.whole_legislature_heads and a.norm.get("via") == "chamber" \
            and a.norm["actor_id"] != a.norm.get("role")

    def _bare_institution(self, doc: Doc, tok) -> bool:
        """``parliament`` / ``police`` with no determiner or modifier before it (not ``riot police``)."""
        return tok.lower_ in self.words.bare_institutions and _bare_noun(doc, tok)

    def _bare_description(self, doc: Doc, tok, order: list[Actor], people: list[Person], actors: list[Actor],
                          taken: list[bool], office_holder: Callable[[str], dict | None], focus: str | None) -> None:
        """``allies on council`` after ``the City Council``: a ``bare-descriptions`` noun with no
        determiner names the body ``the council`` would; no antecedent, no mention."""
        if tok.i == 0 or not _bare_noun(doc, tok) or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN")):
            return  # "council homes": a modifier
        norm = describe(doc, tok.i - 1, tok.i, order, people, self.gaz.descriptions, self.gaz.titles, office_holder,
                        self._role_phrases, focus, company=self._company, leader_offices=self.words.leader_offices)
        if norm is not None and norm["via"] == "coref":
            actors.append(Actor(tok.i, tok.i + 1, norm, "rule:description", tok.lower_, "description"))
            taken[tok.i] = True

    def _institution_phrase(self, doc: Doc, tok) -> bool:
        """``the electoral commission``: ``tok`` ends a two-word institution head (``institution-phrases``)."""
        return tok.i > 0 and f"{doc[tok.i - 1].lower_} {tok.lower_}" in self.words.institution_phrases

    def _phrase_bodies(self, doc: Doc, left: int, tok, order: list[Actor]) -> dict[str, dict]:
        """``the electoral authority`` after the Superior Tribunal of Electoral Justice: for an
        ``institution-phrases`` head, the bodies named before it that it could name
        (:func:`phrase_bodies`), by id; none for any other role noun."""
        if not self._institution_phrase(doc, tok):
            return {}
        return phrase_bodies(doc, left - 1, tok.i, order, self.gaz.descriptions)

    def _phrase_rivals(self, doc: Doc, tok, order: list[Actor]) -> bool:
        """``the central bank`` after the Fed and the Bank of England (an ``institution-phrases``
        head): does a body named before fit a description row of the phrase (``desc-central-bank``),
        one its own row did not take? Then no country's body is guessed."""
        if not self._institution_phrase(doc, tok):
            return False
        phrase = f"{doc[tok.i - 1].lower_} {tok.lower_}"
        rows = [d for d in self.gaz.descriptions if phrase in d.nouns]
        return bool(rows) and bool(described_rivals(doc, tok.i - 2, order, rows))

    def _institution_of_sentence(self, doc: Doc, tok, left: int, order: list[Actor],
                                 focus: str | None = None) -> dict | None:
        """The sentence's only country (else the one before's; several there: the country in
        focus), else the country in focus."""
        if tok.lower_ not in self.words.institution_heads and not self._institution_phrase(doc, tok):
            return None
        sent = tok.sent
        rule = self._role_of(doc, tok.i, left)
        states = [a for a in order if sent.start <= a.start and a.end <= left - 1
                  and a.norm["type"] in ("state", "government") and a.norm["country"]]
        if not states and sent.start > 0:  # else the sentence before
            prev = doc[sent.start - 1].sent
            states = [a for a in order if prev.start <= a.start and a.end <= prev.end
                      and a.norm["type"] in ("state", "government") and a.norm["country"]]
            named = {a.norm["country"] for a in states}
            if focus and len(named) > 1 and focus not in named and rule is not None and rule.role == "MIL":
                states = []  # "near the border with Niger and Burkina Faso. The army ...": the story's army
            if focus and focus not in named and tok.lower_ in self.words.focus_institution_heads and \
                    any(a.norm.get("country") == focus and a.norm["type"] in ("state", "government", "location")
                        for a in order if prev.start <= a.start < prev.end):
                states = []  # "The prime minister told … in Helsinki that Russia … the centre-right coalition"
        place = _place_after_in(doc, tok.i, order)  # "the court in Nairobi", "police in Lagos"
        countries = {place} if place else {a.norm["country"] for a in states} or ({focus} if focus else set()) \
            or _places_country(order, sent.start, sent.end) or _places_country(order, 0, len(doc))
        if rule is None or rule.role == "PPL" or len(countries) != 1:
            return None
        words = tuple(t.lower_ for t in doc[left:tok.i])
        return {**self._role_norm(next(iter(countries)), rule, tok.lower_, words), "via": "coref"}


# ---------------------------------------------------------------- helpers
def _bare_noun(doc: Doc, tok) -> bool:
    """A lower-case noun (or title case opening its sentence) with no determiner or modifier before
    it; a relative pronoun after a comma is none (``the bill, which parliament passed``)."""
    prev = doc[tok.i - 1] if tok.i > 0 else None
    relative = prev is not None and prev.tag_ == "WDT" and prev.i > 0 and doc[prev.i - 1].text == ","
    return (tok.is_lower or tok.is_sent_start and tok.is_title) and \
        (prev is None or relative or prev.pos_ not in ("DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM", "PART"))


def _places_country(order: list[Actor], lo: int, hi: int) -> set[str]:
    """The one country of the places named in tokens ``lo:hi`` (``protests in Lagos``:
    Nigeria); empty when they name none or several."""
    countries = {a.norm["country"] for a in order if lo <= a.start and a.end <= hi
                 and a.norm["type"] == "location" and a.norm["country"]}
    return countries if len(countries) == 1 else set()


def _place_after_in(doc: Doc, i: int, order: list[Actor]) -> str | None:
    """The country of the place named right after ``<noun> in`` (``the court in Nairobi``)."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "in":
        return None
    place = next((a for a in order if a.start == i + 2), None)
    return place.norm.get("country") if place and place.norm["type"] in ("location", "state", "government") else None


def _write(doc: Doc, actors: list[Actor]) -> None:
    actors.sort(key=lambda a: (a.start, a.end))
    doc.spans[ext.GROUP_ACTORS] = []
    for a in actors:
        span = doc[a.start:a.end]
        ext.add_mention(doc, ext.GROUP_ACTORS, span.start_char, span.end_char, "actor", a.norm,
                        a.origin, alignment_mode="strict")


def _word_case_ok(word: str, text: str) -> bool:
    """Does the token ``text`` have the case the alias word ``word`` asks for?"""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return True
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return all(c.isupper() for c in text if c.isalpha())
    if any(c.isupper() for c in letters[1:]):  # LeT, McConnell, al-Qaeda: exact
        return text == word or text == text.upper()
    return not (letters[0].isupper() and not any(c.isupper() for c in text))


PARTY_MEMBERS = {"democrat": "DEM", "republican": "REP"}
NOUN_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")  # a word the tagger misread used as a noun ("the Paris daily")
# "the senator", and "her foreign secretary", "his party", "its chairman": descriptions that
# refer back (the possessive names whose secretary or party, not the actor itself)
DESCRIPTION_DETERMINERS = {"the", "his", "her", "its", "their"}
DEMONSTRATIVES = {"this", "that"}  # "this country", "that department": only as a determiner
NOT_AFTER_DEMONSTRATIVES = {"campaign", "race"}  # "that campaign", "this race": the contest itself


def _determiner(tok) -> bool:
    """Does ``tok`` open a description (``the senator``, ``her caucus``, ``that department``; not
    the ``that`` of ``said that agency officials …``, nor ``the opening of that campaign``)?"""
    if tok.lower_ in DEMONSTRATIVES:
        return tok.dep_ == "det" and tok.head.lower_ not in NOT_AFTER_DEMONSTRATIVES
    return tok.lower_ in DESCRIPTION_DETERMINERS


def given_name_places(doc: Doc, actors: list[Actor], people: list[Person]) -> None:
    """``Tyler has been fighting for …``, ``Georgia, as everyone calls her, …``: a lone word the
    model or a dictionary took for a place, that is the given name of one person the article names
    in full, is that person when it is the subject of its clause (``across Nevada and Georgia``,
    ``Atlanta, Georgia`` stay places), or anywhere when no dictionary knows the place (``We don't run
    from Paul`` after ``Paul Santangelo``: the model's guess)."""
    for a in actors:
        if a.end - a.start != 1 or a.norm["type"] != "location" or \
                (doc[a.start].dep_ not in ("nsubj", "nsubjpass") and a.norm["in_gazetteer"]):
            continue
        word = doc[a.start].text
        owners = {id(p): p for p in people for m in p.mentions
                  if m.actor.end - m.name_start >= 2 and doc[m.name_start].text == word
                  and doc[m.name_start + 1].text != "-"}  # "Denver-Smith": a double surname, no given name
        if len(owners) == 1:
            person = next(iter(owners.values()))
            a.norm, a.origin = {**person.mentions[0].actor.norm, "via": "coref"}, "rule:coref"


def _country_part(doc: Doc, end: int, nouns: frozenset[str]) -> bool:
    """``Russia's Belgorod region``, ``Poland's Opole province``: after a country's name at ``end``, a
    possessive, one to three title-case words and a lower-case noun of a part of a country."""
    if end + 2 >= len(doc) or doc[end].tag_ != "POS":
        return False
    k = end + 1
    while k < len(doc) and k - end <= 3 and doc[k].is_title:
        k += 1
    return k > end + 1 and k < len(doc) and doc[k].is_lower and doc[k].lower_ in nouns


def _upper_bylines(doc: Doc, actors: list[Actor], taken: list[bool]) -> None:
    """``By LUCÍA FERREIRA``, ``By MARÍA J. CORDERO and ALAN RUIZ``: each name of an upper-case
    byline that opens with a given name is one person, whatever the model made of it (nothing,
    ``ALAN`` alone, an organisation)."""
    for tok in doc:
        if tok.text != "By" or not (tok.i == 0 or "\n" in doc[tok.i - 1].text or "\n" in doc[tok.i - 1].whitespace_):
            continue
        for start, stop in _upper_byline_names(doc, tok.i + 1):
            inside = [a for a in actors if a.start < stop and start < a.end]
            if any(a.start < start or a.end > stop for a in inside):
                continue
            for a in inside:
                actors.remove(a)
            text = doc[start:stop].text
            actors.append(Actor(start, stop, _norm(slugify(text), text, "person", None, False, None, "ner"),
                                "ner", None, "person"))
            for k in range(start, stop):
                taken[k] = True


def _upper_byline_names(doc: Doc, i: int) -> list[tuple[int, int]]:
    """The names of an upper-case byline from token ``i``: each two to four capital words or initials
    (``MARÍA J. CORDERO``) opening with a given name, joined by ``and``, ``&`` or a comma on the
    line; none when other capitals go on (not the whole name)."""
    out = []
    while i < len(doc):
        stop = i
        while stop < len(doc) and stop - i < 4 and _upper_name_word(doc[stop]) and \
                (stop == i or "\n" not in doc[stop - 1].whitespace_):
            stop += 1
        if stop - i < 2 or not is_first_name(doc[i].text) or not doc[stop - 1].is_alpha:
            return []
        stop = hyphen_name_extent(doc, i, stop, is_first_name)[1]  # "VANESSA GERA" + "-KOWALCZYK"
        out.append((i, stop))
        on_line = stop < len(doc) and "\n" not in doc[stop - 1].whitespace_
        if on_line and doc[stop].lower_ in ("and", "&", ","):
            i = stop + 1
            continue
        return [] if on_line and doc[stop].is_alpha else out
    return out


def _upper_name_word(tok) -> bool:
    """A capital word of a byline's name (``CORDERO``) or an initial (``J.``)."""
    return tok.is_upper and ((tok.is_alpha and len(tok) > 1) or
                             (len(tok) == 2 and tok.text[0].isalpha() and tok.text[1] == "."))


def _drop_office_contests(doc: Doc, actors: list[Actor], contests: frozenset[str]) -> None:
    """``the governor's race``, ``In Wisconsin governor's race`` (a headline): an office noun of no
    name before a contest for the office is no person (not the sitting governor)."""
    for a in list(actors):
        if a.norm["type"] != "person" or a.end + 1 >= len(doc) or doc[a.end].tag_ != "POS" or \
                doc[a.end + 1].lower_ not in contests:
            continue
        words = doc[a.start + 1:a.end] if _determiner(doc[a.start]) else doc[a.start:a.end]
        if a.origin == "rule:headline" or all(t.is_lower for t in words):
            actors.remove(a)




def _foreign_absorbed(a: Actor, actors: list[Actor], focus: str | None) -> bool:
    """Is ``a`` a name that a longer mention took in (``National Assembly`` inside ``National Assembly
    chairman Bui Quoc Tuan``: no mention of its own any more) whose gazetteer country is neither the
    country in focus nor one the text names as a state or place (France's Assemblée nationale in a
    story about Vietnam)? Then it is no antecedent of ``the assembly``. The person who took the name
    in may carry its country: only states and places count as naming it."""
    country = a.norm.get("country")
    if country is None or country == focus or any(b is a for b in actors):
        return False
    return not any(b.norm.get("country") == country and b.norm["type"] in PLACE_TYPES for b in actors)


def _far_foreign_owned(doc: Doc, a: Actor, i: int, focus: str | None) -> bool:
    """Is ``a`` a body named by a possessive pronoun after a foreign country (``Kenya has denied any
    role … its police said``) before the sentence ahead of token ``i``? The pronoun tied it to its
    owner there; ``Police said they arrested 11 people`` paragraphs later in a Uganda story is the
    country in focus's police, no antecedent of it."""
    return a.category == "owned" and focus is not None and a.norm.get("country") not in (None, focus) \
        and a.start < previous_sentence_start(doc, i)


def _past_post(doc: Doc, a: Actor, mods: set[str]) -> bool:
    """``the former president`` (or ``former president X``) is no antecedent of ``the
    president``: a person named with ``former`` that the role noun's own words do not repeat."""
    return a.norm["type"] == "person" and "former" not in mods and \
        "former" in {t.lower_ for t in doc[max(0, a.start - 1):a.end]}


def _role_noun_left(doc: Doc, i: int, taken: list[bool]) -> int:
    """Where the modifiers of role noun ``i`` begin: up to three adjectives or nouns, a hyphenated
    or participle modifier too ("the cash-strapped government"), none already taken."""
    left = i
    while left > 0 and not taken[left - 1] and i - left < 3 and \
            (doc[left - 1].pos_ in ("ADJ", "NOUN", "PROPN") or _inner_hyphen(doc, left - 1) or
             doc[left - 1].tag_ in ("VBN", "VBG") and doc[left - 1].dep_ in ("amod", "compound")):
        left -= 1
    return left

def _no_description_head(doc: Doc, head: int, based: bool) -> bool:
    """Token ``head`` cannot end a description: not a noun (unless ``the Paris-based …``), a
    noun before another noun, or the first part of a hyphenated modifier ("the state-funded
    militia": "state" is a modifier)."""
    after = doc[head + 1] if head + 1 < len(doc) else None
    if not based and doc[head].pos_ not in ("NOUN", "PROPN") and doc[head].dep_ not in NOUN_DEPS:
        return True
    if after is not None and after.pos_ in ("NOUN", "PROPN"):
        return True
    return not based and after is not None and after.text == "-" and not doc[head].whitespace_

def _name_of_of(doc: Doc, head: int) -> bool:
    """A title-case head noun inside its sentence followed by ``of`` and a title-case word opens a
    name the model missed (``The Federation of Mining Unions``), not ``the federation``."""
    return doc[head].is_title and not doc[head].is_sent_start and head + 2 < len(doc) and \
        doc[head + 1].lower_ == "of" and doc[head + 2].is_title


def _name_for(doc: Doc, head: int, heads: frozenset[str]) -> bool:
    """A title-case body's head followed by ``for`` and a title-case word opens a name (``the
    governing Movement for Socialism``, ``the Alliance for Progress``), not ``the movement``."""
    return doc[head].is_title and doc[head].lower_ in heads and head + 2 < len(doc) and \
        doc[head + 1].lower_ == "for" and doc[head + 2].is_title


def _own_one(doc: Doc, the: int, head: int, pronouns: frozenset[str]) -> bool:
    """``its own envoy``, ``their own lawyers``: a possessive with ``own`` sets the person apart
    from the one of that noun named before (the owner has one of its own)."""
    return doc[the].lower_ in pronouns and any(t.lower_ == "own" for t in doc[the + 1:head])


def _own_one_norm(doc: Doc, the: int, head: int, order: list[Actor]) -> dict:
    """The person ``its own envoy`` names: the one named in apposition (``its own envoy, Samir
    Naguib,``: part of his naming), else an unnamed person of its own."""
    apposed = apposed_person(doc, the, head, order)
    if apposed is not None:
        return {**apposed.norm, "via": "apposition"}
    return _norm(slugify(doc[the:head + 1].text), doc[head].lower_, "person", None, False, None, "unnamed")


def _party_member(doc: Doc, the: int, actors: list[Actor], taken: list[bool]) -> bool:
    """``the California Democrat``, ``the Texas Republican``: the nearest earlier person of that
    party (or, with no party known, the nearest earlier US legislator)."""
    place = next((a for a in actors if a.start == the + 1 and a.norm["type"] == "location"), None)
    if place is None or place.end >= len(doc) or doc[place.end].lower_ not in PARTY_MEMBERS or \
            (place.end + 1 < len(doc) and doc[place.end + 1].pos_ in ("NOUN", "PROPN")):
        return False
    party = PARTY_MEMBERS[doc[place.end].lower_]
    people = [a for a in actors if a.end <= the and a.norm["type"] == "person"]
    fits = [a for a in people if a.norm.get("party") == party] or \
        [a for a in people if not a.norm.get("party") and a.norm.get("role") == "USALEG"]
    if not fits:
        return False
    for a in [a for a in actors if the <= a.start and a.end <= place.end + 1]:
        actors.remove(a)
    norm = {**max(fits, key=lambda a: a.start).norm, "via": "coref"}
    actors.append(Actor(the, place.end + 1, norm, "rule:description", doc[place.end].lower_, "description"))
    for k in range(the, place.end + 1):
        taken[k] = True
    return True


def _unnamed_officials(doc: Doc, actors: list[Actor], members: frozenset[str] = frozenset(),
                       officials: frozenset[str] = frozenset()) -> None:
    """``a State Department spokesman``, ``a Senate aide``: one unnamed person of that body (role
    from the body), not the body itself (``officials``: the singular nouns, ``unnamed-official-nouns``);
    ``Nato officials``, ``Labour MPs``, ``E.U. foreign ministers``: a group of the body's people
    (``members``: the plural nouns)."""
    for i, a in enumerate(actors):
        if a.norm["type"] in ("person", "location", "state", "people"):
            continue
        noun = _official_noun(doc, a.end, members, officials)
        if noun is None or any(o.start == a.end for o in actors):
            continue
        body, word = a.norm, doc[noun].lower_
        role = body.get("role") or (body["actor_id"] if body["actor_id"][:3].isupper() else None)
        atype = "group" if word in members else "person"
        slug = slugify(body["name"]) + "-" + "-".join(t.lower_ for t in doc[a.end:noun + 1] if t.is_alpha)
        norm = _norm(slug, f"{body['name']} {doc[a.end:noun + 1].text.lower()}", atype, body.get("country"),
                     False, role, "role_phrase")
        if body["in_gazetteer"] and body.get("country") is None:  # "U.N. peacekeepers": no country
            norm["country_source"] = "international"
        actors[i] = Actor(a.start, noun + 1, norm, a.origin, word, "official")


def _official_noun(doc: Doc, end: int, members: frozenset[str], officials: frozenset[str]) -> int | None:
    """The index of the official noun after a body (``spokesman``; plural ``officials``, up to two
    lower-case modifiers before it: ``foreign ministers``), or None."""
    for k in range(end, min(end + 3, len(doc))):
        tok = doc[k]
        if k + 1 < len(doc) and doc[k + 1].tag_ == "NNP" and doc[k + 1].is_title:
            return None  # "Senate aide Jane Doe": a title before a name
        if tok.lower_ in officials and tok.tag_ == "NN" and k == end:
            return k
        if tok.lower_ in members and tok.tag_ in ("NNS", "NNPS") and not (tok.is_title and k > end):
            return k
        if not (tok.is_lower and tok.pos_ in ("ADJ", "NOUN")):
            return None
    return None


def _name_index(people: list[Person], links: frozenset[str] = frozenset()):
    """Lookups for :meth:`ActorComponent._coref_names`: surname -> person (also the last word of
    a surname with particles: ``Riviere`` of ``de Riviere``, and the first of two hyphened surnames
    when one person has it: ``Alvarenga`` of ``Alvarenga-Mena``; ``links``: the particles), surname -> its people, given name ->
    its people, inner word of a full name of three words or more -> its people."""
    surnames = {p.key.last: p for p in people if p.key.first and "-" not in p.key.last}
    shared: dict[str, list[Person]] = {}  # surnames of two people or more
    firsts: dict[str, list[Person]] = {}
    inner: dict[str, list[Person]] = {}
    for p in people:
        if not p.key.first:
            continue
        if "-" not in p.key.last:
            shared.setdefault(p.key.last, []).append(p)
        firsts.setdefault(p.key.first, []).append(p)
        for word in {w for m in p.mentions if m.key.first for w in m.parts[1:-1]}:
            inner.setdefault(word, []).append(p)
    for p in people:  # "de Riviere" after "Nicolas de Riviere": the last word of a surname
        tail = p.key.last.rsplit("-", 1)[-1]
        if p.key.first and "-" in p.key.last and tail not in surnames:
            surnames[tail] = p
    heads: dict[str, list[Person]] = {}  # "Alvarenga" after "Rodrigo Alvarenga-Mena"
    for p in people:
        head = double_surname_head(p.key.last, links) if p.key.first else None
        if head is not None and head not in surnames and head not in firsts:
            heads.setdefault(head, []).append(p)
    surnames.update({head: ps[0] for head, ps in heads.items() if len(ps) == 1})
    return surnames, shared, firsts, inner


def _shared_surname(doc: Doc, i: int, cands: list[Person], titles: dict, words: ActorWords) -> Person | None:
    """``Delaney, the mother,`` / ``Mr. Delaney`` when two Delaneys or more are named: the one
    person the title, gender and kin word allow, else none."""
    found = title_before(doc, i, titles)
    kin = apposed_kin_word(doc, i + 1, words)
    if found is None and kin is None:
        return None
    return one_named_before(compatible(cands, found[1] if found else None, kin_gender(kin, words), kin, words), i)


def _copula_named(doc: Doc, the: int, head: int, order: list[Actor]) -> dict | None:
    """``the country was China``, ``the buyer is Acme``: the description is the actor it is said to
    be; only when its determiner at ``the`` is in the subject's phrase (``The ministry said three of
    the cases were nurses``: ``three`` is no head of ``The ministry``)."""
    tok = doc[head]
    if tok.dep_ != "nsubj" or tok.head.lemma_ != "be" or tok.head.i < head or tok.left_edge.i > the:
        return None
    attr = next((c for c in tok.head.children if c.dep_ == "attr" and c.i > head), None)
    named = next((a for a in order if attr is not None and a.start <= attr.i < a.end), None)
    if named is None or named.norm["type"] in ("person", "location"):
        return None
    return {**named.norm, "via": "copula"}


def _name_apposed(doc: Doc, head: int, order: list[Actor]) -> dict | None:
    """``Its president, Laurent Dumesnil, is …``: a description with a person's full name set off
    by commas right after it is that person (not the president named before)."""
    if head + 2 >= len(doc) or doc[head + 1].text != ",":
        return None
    named = next((a for a in order if a.start == head + 2), None)
    if named is None or named.norm["type"] != "person" or named.end - named.start < 2 or \
            named.end >= len(doc) or doc[named.end].text != ",":
        return None
    return {**named.norm, "via": "coref"}


def _prosecution(doc: Doc, the: int, order: list[Actor], case_words: frozenset[str]) -> dict | None:
    """``cooperating with the government``, ``the government's first witness`` in a US criminal case
    (prosecutors named before, a word of a trial in the story): the prosecution, as the actor golds
    read it, not the administration."""
    pros = [a for a in order if a.start < the and a.norm["actor_id"].endswith("prosecutors")
            and a.norm.get("country") == "USA"]
    if not pros or not any(t.lower_ in case_words for t in doc):
        return None
    return {**pros[-1].norm, "via": "coref"}


def _known_as(doc: Doc, head: int, order: list[Actor]) -> dict | None:
    """``the force, known as UNIFIL,``, ``the group, called the FRJ,``: the body it is called."""
    tok = doc[head]
    for verb in (c for c in tok.children if c.dep_ == "acl" and c.lemma_ in ("know", "call") and c.tag_ == "VBN"):
        obj = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
                    if g.dep_ == "pobj"), None) if verb.lemma_ == "know" else \
            next((c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj", "xcomp")), None)
        named = next((a for a in order if obj is not None and a.start <= obj.i < a.end), None)
        if named is not None and named.norm["type"] not in ("person", "location"):
            return {**named.norm, "via": "coref"}
    return None


def _lone_postnominal(doc: Doc, start: int, end: int, words: ActorWords) -> bool:
    """``KC`` in ``Fenella Ashcombe KC``, tagged alone: letters of the name before it, no body."""
    return end - start == 1 and start > 0 and doc[start - 1].is_title and doc[start - 1].whitespace_ == " " and \
        is_postnominal(doc[start].text, words)


def _shaped_names(doc: Doc, actors: list[Actor], taken: list[bool], words: ActorWords) -> None:
    """Names known by their shape (``actor_shapes.py``): a title-case name an organisation noun
    describes (``Shelter, the housing charity,``; ``the drivers' union Aslef``) and a named campaign
    (``the Yes on 3 campaign``)."""
    find_described_orgs(doc, actors, taken, words, lambda s, e, t: Actor(
        s, e, _norm(slugify(doc[s:e].text), doc[s:e].text, t, None, False, None, "ner"),
        "rule:org-description-nouns", None, t))
    find_fronted_orgs(doc, actors, taken, words, lambda s, e, t: Actor(
        s, e, _norm(slugify(doc[s:e].text), doc[s:e].text, t, None, False, None, "ner"),
        "rule:org-fronted-nouns", None, t))
    find_named_campaigns(doc, actors, taken, lambda s, e, t: Actor(
        s, e, {**_norm(slugify(doc[s + 1:e].text), doc[s + 1:e].text, t, None, False, None, "name"),
               "sector": "campaign"}, "rule:named-campaign", "campaign", t))


def _drop_based_places(doc: Doc, actors: list[Actor], taken: list[bool], media_nouns: frozenset[str]) -> None:
    """``the Paris-based daily``, ``a London-based think tank``, ``the Paris daily``: the place says
    where a body sits, it is no actor (and ``the … daily`` can then refer back)."""
    for a in list(actors):
        based = a.end + 1 < len(doc) and doc[a.end].text == "-" and doc[a.end + 1].lower_ == "based" and \
            doc[a.end - 1].whitespace_ == ""
        sits = a.norm["type"] == "location" and a.start > 0 and doc[a.start - 1].lower_ == "the" and \
            a.end < len(doc) and doc[a.end].lower_ in media_nouns and doc[a.end].is_lower
        if (based or sits) and a.norm["type"] in ("location", "state", "government"):
            actors.remove(a)
            for k in range(a.start, a.end):
                taken[k] = False


def _coref_acronyms(doc: Doc, actors: list[Actor], defined: set[str]) -> None:
    """An unknown acronym after its organization (``SEC`` after ``Securities and Exchange
    Commission``; ``F.R.J.`` or ``FRJ`` after ``the Front for Renewal and Justice``) takes the
    organization's norm (the first with those initials before it); before it (a headline's ``ED``
    over ``The Enforcement Directorate``), when one organization of the document has them; not an
    acronym the text defines after another name (``defined``: :func:`text_defined_acronyms`; ``The
    Argentine Workers' Federation, the CGT,``: the text's own, no initials guess). With no such
    organization, a body the gazetteer knows by its full name only (``Georgian Dream``, then
    ``GD``) gives its initials when it is the one body of the document that has them, named before."""
    fulls, known = _initials_of_bodies(doc, actors), _initials_of_known_bodies(doc, actors)
    for a in actors:
        short = _acronym_of(doc, a)
        found = fulls.get(short, []) if short is not None and short not in defined else []
        if not found and short is not None and short not in defined and len(known.get(short, {})) == 1:
            found = [(start, norm) for start, norm in known[short].values() if start < a.start]
        before = [norm for start, norm in found if start < a.start]
        full = before[0] if before else found[0][1] if len({n["actor_id"] for _, n in found}) == 1 else None
        if full is not None and full["actor_id"] != a.norm["actor_id"]:
            a.norm = {**full, "via": "coref"}
            a.origin = "rule:coref"


def _initials_of_bodies(doc: Doc, actors: list[Actor]) -> dict[str, list[tuple[int, dict]]]:
    """Initials (two or more) of the model's institutions of two words or more -> their
    ``(start, norm)``, in text order (``the`` and lower-case words left out)."""
    out: dict[str, list[tuple[int, dict]]] = {}
    for a in actors:
        if a.origin == "ner" and a.norm["type"] in INSTITUTION_TYPES and a.end - a.start >= 2:
            initials = "".join(t.text[0] for t in doc[a.start:a.end]
                               if t.is_title and t.is_alpha and not (t.i == a.start and t.lower_ == "the"))
            if len(initials) >= 2:
                out.setdefault(initials, []).append((a.start, a.norm))
    return out


def _initials_of_known_bodies(doc: Doc, actors: list[Actor]) -> dict[str, dict[str, tuple[int, dict]]]:
    """Initials (two or more) of the gazetteer's institutions named in full in the document, all
    their words in title case (``Georgian Dream``: ``GD``) -> their id -> the first ``(start,
    norm)``; a body named by a mention of one word, or by a coreference, gives none."""
    out: dict[str, dict[str, tuple[int, dict]]] = {}
    for a in actors:
        toks = [t for t in doc[a.start:a.end] if not (t.i == a.start and t.lower_ == "the")]
        if not a.norm["in_gazetteer"] or a.norm.get("via") == "coref" or a.norm["type"] not in INSTITUTION_TYPES or \
                len(toks) < 2 or not all(t.is_title and t.is_alpha for t in toks):
            continue
        out.setdefault("".join(t.text[0] for t in toks), {}).setdefault(a.norm["actor_id"], (a.start, a.norm))
    return out


def _acronym_of(doc: Doc, a: Actor) -> str | None:
    """``FRJ`` for an unknown actor written ``FRJ``, ``F.R.J.`` or ``the F.R.J.``, else None."""
    start = a.start + (doc[a.start].lower_ == "the")
    if a.end - start != 1 or a.norm["in_gazetteer"] or not doc[start].is_upper:
        return None
    letters = doc[start].text.replace(".", "")
    return letters if len(letters) >= 2 and letters.isalpha() else None


def _is_honorific(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    found = title_before(doc, i, gaz.titles)
    return found is not None and found[1].in_span


def _homonym_places(actors: list[Actor], focus: str | None) -> None:
    """``Georgia`` in a US story (beside Arizona and Nevada) is the state, not the country: a
    country name that is also a region of the country in focus is that region."""
    if focus is None:
        return
    for a in actors:
        if a.category == "country" and a.norm["country"] != focus:
            slug = slugify(a.norm["name"])
            if subdivision_countries().get(slug.replace("-", " ")) == focus:
                a.norm = _norm(slug, a.norm["name"], "location", focus, True, None, "name")
                a.category = "location"


def _city_of(name: str, country: str | None) -> bool:
    """Has ``country`` a GeoNames city of this name (``Tripoli, Lebanon``)?"""
    return any(c.country == country for c in city_index().cities(name))


def _of_the(doc: Doc, start: int, taken: list[bool]) -> int:
    """Where the object of ``of`` starts for a country matched at ``start``: at its ``the`` in
    ``the president of the United States`` (the match starts after ``the``), else ``start``."""
    if start >= 3 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ == "of" and not taken[start - 1]:
        return start - 1
    return start


def _possessed_bodies_country(doc: Doc, actors: list[Actor]) -> None:
    """An unknown body's name right after a country's possessive (``Nigeria's Independent National
    Electoral Commission``) is of that country, before the country in focus could claim it."""
    for a in actors:
        if a.norm["country"] is None and not a.norm["in_gazetteer"] and "country_source" not in a.norm and \
                a.norm["type"] in ("organization", "government", "legislature", "media"):
            country = possessor_country(doc, actors, a.start)
            if country:
                a.norm = {**a.norm, "country": country, "country_source": "possessive"}


# Countries the text gave a person it places (the post beside the name, ``a researcher at … in
# Dakar``, ``In Copenhagen, Minister X``): they do not count against the story's focus, or one
# analyst quoted from a neighbour's capital would leave every unknown of the story with no country.
PLACED_SOURCES = frozenset({"apposition", "institution", "scene"})


def _default_country(actors: list[Actor], focus: str | None) -> None:
    """Unknown people, organizations and groups with no country of their own are taken to be of
    the country the story is about (``country_source: focus``), when at least 60% of the actors
    with a country belong to it (a story about one country, not an international one); a country
    the text gave a person it places (:data:`PLACED_SOURCES`) does not count. The people of an
    international body (``U.N. peacekeepers``, ``country_source: international``) keep none."""
    countries = [a.norm["country"] for a in actors if a.norm["country"] and a.norm["type"] != "location"
                 and a.norm.get("country_source") not in PLACED_SOURCES]
    if focus is None or not holds_focus(countries, focus):
        return
    for a in actors:
        norm = a.norm
        if norm["country"] is None and not norm["in_gazetteer"] and "country_source" not in norm and \
                norm["type"] in ("person", "organization", "group", "media", "location", "legislature",
                                 "government"):
            a.norm = {**norm, "country": focus, "country_source": "focus"}


def _focus_country(doc: Doc, actors: list[Actor], credits: list[bool] | None = None,
                   country_word: CountryWord | None = None) -> str | None:
    """The country the story is about: the dateline's when most actors belong to it, else the
    country most actors belong to (the first of them on a tie). An outlet in a credit (``(AFP)``
    of a dateline, kept until the end: see :func:`_drop_credits`) does not count: it is the
    publisher's, not the story's."""
    if credits is not None:
        actors = [a for a in actors if not any(credits[a.start:a.end])]
    home = _dateline_home(doc, actors, country_word)
    if home is not None:
        return home
    counts = _country_counts(doc, actors)
    lead = _headline_country(doc, actors, country_word) if _dateline_place(doc, actors) is None else None
    if lead is not None and counts.get(lead):
        return lead
    return max(counts, key=lambda c: counts[c]) if counts else None


def _headline_country(doc: Doc, actors: list[Actor], country_word: CountryWord | None = None) -> str | None:
    """The country the headline opens on (:func:`_headline_leads`: ``Tonga weighs rival offers as
    Australia, China and India court the kingdom``): with no dateline, the story is that country's
    however often its partners are named in the body."""
    first = min(actors, key=lambda a: a.start, default=None)
    home = first.norm["country"] if first is not None else None
    return home if home and _headline_leads(doc, actors, home, country_word) else None


DATELINE_VOTES = 1  # the dateline names the story's place: it counts as one mention of its country


def _dateline_home(doc: Doc, actors: list[Actor], country_word: CountryWord | None = None) -> str | None:
    """The dateline's country, when the story is mostly about it: most actors belong to it (the
    dateline itself one of them, :data:`DATELINE_VOTES`, when the body names its country at all: one
    mention more of a neighbour, its capital or its embassy does not move a story filed from Port
    Moresby to Canberra, but a bureau's dateline on a story about another country gets no vote), or more
    than to any other once the states themselves are left out (``OTTAWA —`` over ``the U.S.``, ``Washington``,
    ``the Americans``: a Canadian story about U.S. trade talks, its parties and leaders Canadian), or
    the headline opens on it (:func:`_headline_leads`; ``country_word``: the country a word names)."""
    place = _dateline_place(doc, actors)
    if place is None:
        return None
    counts = _country_counts(doc, actors)
    home = _dateline_reading(place, counts)
    votes = DATELINE_VOTES if counts.get(home, 0) else 0  # a bureau's dateline (``LONDON (Reuters) -``) on a story that never names its country: no vote
    if counts and counts.get(home, 0) + votes < max(counts.values()) and not _headline_leads(doc, actors, home, country_word) and \
            not _leads_alone(_country_counts(doc, [a for a in actors if not _state_itself(a)]), home):
        return None
    return home


def _dateline_reading(place: Actor, counts: dict[str, int]) -> str:
    """The country of the dateline's city: the one its name was read as, unless the story never names
    that country but names another country with a city of that name (``VICTORIA —`` over a story about
    Seychelles is not Victoria, Hong Kong): then the most named of those."""
    home = place.norm["country"]
    if counts.get(home) or place.norm["in_gazetteer"]:
        return home
    named = [c.country for c in city_index().cities(place.norm["name"] or "") if counts.get(c.country)]
    return max(named, key=lambda c: counts[c]) if named else home


def _headline_leads(doc: Doc, actors: list[Actor], home: str, country_word: CountryWord | None = None) -> bool:
    """Does the headline (the text's first line) open on the dateline's country, by its name or
    demonym (``Lithuania shuts Belarus border …`` over ``VILNIUS —``), alone or as the first word of
    a role of it (``Maldives leader courts Beijing and New Delhi …`` over ``MALÉ —``: ``country_word``
    tells the country of that word)? Then the story is that country's, however often its
    neighbour's capital acts in it (``Minsk denied …``). Not one of two countries that act together
    (``Turkey, Syria agree …``, ``Poland and Lithuania …``), nor one in the possessive, which only
    places its neighbour (``Lithuania's neighbour Belarus closes …``)."""
    first = min(actors, key=lambda a: a.start, default=None)
    return first is not None and first.norm["country"] == home and _names_country(doc, first, home, country_word) \
        and not doc[:first.start].text.strip() and first.end < len(doc) and doc[first.end].lower_ not in JOINT_WORDS \
        and not tagged_possessive(doc[first.end]) and not tagged_possessive(doc[first.end - 1])



def _names_country(doc: Doc, a: Actor, home: str, country_word: CountryWord | None) -> bool:
    """Is the mention the country itself (its name, its demonym) or a role whose first word names
    it (``Maldives leader``, ``Kenyan president``)?"""
    if a.category in ("country", "demonym"):
        return True
    return country_word is not None and a.category == "role" and a.end - a.start >= 2 and \
        country_word(doc[a.start].text) == home


def _leads_alone(counts: dict[str, int], home: str) -> bool:
    """Do more actors belong to ``home`` than to any other country (a tie is no lead)?"""
    return counts.get(home, 0) > max((n for c, n in counts.items() if c != home), default=0)


def _state_itself(a: Actor) -> bool:
    """A mention of a state or its government as such (``the U.S.``, ``the Americans``,
    ``Washington`` acting: USA, USAGOV), not of one of its people or bodies."""
    country = a.norm["country"]
    return bool(country) and a.norm["actor_id"] in (country, f"{country}GOV")


def _dateline_place(doc: Doc, actors: list[Actor]) -> Actor | None:
    """The place of the dateline that has a country (``NAIROBI —``)."""
    return next((a for a in sorted(actors, key=lambda x: x.start)
                 if a.start < 400 and a.norm["type"] == "location" and a.norm["country"]
                 and _is_dateline(doc, a.start, a.end)), None)


def _namesake(st: _Pass, cand: Candidate) -> bool:
    """Is the state body ``cand`` another country's namesake: right after that country's demonym, or
    a bare mention the model tagged itself in a text that names the namesake so (``Border Force
    officials`` after ``the Australian Border Force``)? Not one with a qualifier of its own (``The US
    Congress`` after ``the Peruvian Congress``), nor one the model left untagged (``The Congress``
    after ``the Bhutanese Congress``: the orgrefs pass links it to the namesake)."""
    if _foreign_demonym_before(st, cand):
        return True
    if st.ends.get(cand.start) is not None or not any(e.start <= cand.start and cand.end <= e.end for e in st.doc.ents):
        return False
    words = st.doc[cand.start:cand.end].text.lower()  # the same words: not ``US Congress`` after ``Peruvian Congress``
    return any(_foreign_demonym_before(st, c) and st.doc[c.start:c.end].text.lower() == words
               for c in st.chosen if c.entry is cand.entry)


def _foreign_demonym_before(st: _Pass, cand: Candidate) -> bool:
    """Is ``cand`` right after a demonym of another country than its entry's (``Australian``
    before the British ``Border Force``)?"""
    prev = st.ends.get(cand.start)
    return prev is not None and prev.entry.category == "demonym" and prev.entry.country != cand.entry.country


def _ranked_countries(doc: Doc, actors: list[Actor]) -> tuple[str, ...]:
    """The countries of the story's actors, most actors first (first appearance on a tie)."""
    counts = _country_counts(doc, actors)
    return tuple(sorted(counts, key=lambda c: -counts[c]))


def _country_counts(doc: Doc, actors: list[Actor]) -> dict[str, int]:
    """Actors (not places) per country, in order of first appearance. A lone surname that matched
    a gazetteer person does not count when the document names someone else with that surname
    (``Marisol Ortega`` ... ``Ortega`` is not Daniel Ortega of Nicaragua)."""
    others = {doc[a.end - 1].text for a in actors
              if a.norm["type"] == "person" and not a.norm["in_gazetteer"] and a.end - a.name_begin > 1}
    counts: dict[str, int] = {}
    for a in sorted(actors, key=lambda x: x.start):
        if not a.norm["country"] or a.norm["type"] == "location":
            continue
        if lone_surname(a) and doc[a.end - 1].text in others:
            continue
        counts[a.norm["country"]] = counts.get(a.norm["country"], 0) + 1
    return counts


class Inner(NamedTuple):
    country: str | None


def _place_with_country(doc: Doc, actors: list[Actor], end: int, country: str | None) -> tuple[int, str | None]:
    """A place followed by ``, <country>`` (``Calama, Chile``): the country mention is taken into
    the place (removed from ``actors``) and gives its country; returns the new end and country."""
    if end + 1 < len(doc) and doc[end].text == ",":
        nxt = next((a for a in actors if a.start == end + 1 and a.category == "country"), None)
        if nxt is not None:
            actors.remove(nxt)
            return nxt.end, nxt.norm["country"]
    return end, country


def _absorb_inner(doc: Doc, actors: list[Actor], label: str, start: int, end: int,
                  heads: frozenset[str] = frozenset(), owned: frozenset[str] = frozenset()) -> Inner | None:
    """An unknown organization or place whose name holds a country or a city (``the Hebrew
    University of Jerusalem``, ``New Jersey``), or an organisation whose name ends in a body's head
    (``heads``) after a country and a known body (``the Kenya Red Cross Society``: the country's
    own society, not the ICRC), or a country's name before another country's known body (``the
    Botswana Democratic Party``), or one opened by a known body's name and a head of ``owned``
    (:func:`_known_body_led`): drop the inner actors and return the country the entity takes from
    them; None when the entity must be skipped."""
    inside = [a for a in actors if start <= a.start and a.end <= end]
    if not (_named_after_body(doc, label, inside, end, heads) or  # else one place inside, no other actor
            other_country_body(doc, label, inside, start, end) or  # "the Botswana Democratic Party"
            _known_body_led(doc, label, inside, start, end, owned)):  # "the EU Chamber of Commerce"
        inside = inside if len(inside) == 1 and inside[0].category in ("country", "demonym", "metonym", "location") else []
    if label not in ("ORG", "PERSON", "GPE", "LOC") or not inside or \
            doc[start:end].text.isupper() or \
            any(a.start < start or a.end > end for a in actors
                if a.start < end and start < a.end and a not in inside) or \
            (inside[0].start == start and inside[0].end == end):
        return None
    for a in inside:
        actors.remove(a)
    places = [a for a in inside if a.category != "org"]
    country = places[0].norm["country"] if label == "ORG" and places else None
    if label in ("GPE", "LOC"):  # "New Jersey" (USA), "Eastern Ukraine" (UKR)
        country = subdivision_countries().get(slugify(doc[start:end].text).replace("-", " "))
        if country is None and inside[-1].end == end:
            country = inside[-1].norm["country"]
    return Inner(country)


def _named_after_body(doc: Doc, label: str, inside: list[Actor], end: int, heads: frozenset[str]) -> bool:
    """``the Kenya Red Cross Society``, ``the Senate Homeland Security and Governmental Affairs
    Committee``: an ORG holding known bodies (and a country or its adjective), ending past the last
    of them in a title-case head of ``heads`` (``Society``, ``Committee``): a body of its own."""
    return label == "ORG" and 2 <= len(inside) <= 3 and doc[end - 1].is_title and doc[end - 1].lower_ in heads \
        and all(a.category in ("country", "demonym", "org") for a in inside) and \
        any(a.category == "org" for a in inside) and max(a.end for a in inside) < end


def _known_body_led(doc: Doc, label: str, inside: list[Actor], start: int, end: int, heads: frozenset[str]) -> bool:
    """``the European Union Chamber of Commerce``: an ORG opened (after ``the``) by one known body's
    name and going on right after it with a title-case head of ``heads`` (``Chamber``): a body of its
    own named for the other, not the other body."""
    if label != "ORG" or len(inside) != 1 or inside[0].category != "org" or inside[0].end >= end:
        return False
    a, nxt = inside[0], doc[inside[0].end]
    opens = a.start == start or (a.start == start + 1 and doc[start].lower_ == "the")
    return opens and nxt.is_title and nxt.lower_ in heads


def _central_banks(gaz: Gazetteer) -> dict[str, Entry]:
    """Country -> its central bank in the gazetteer: the one government body of that country with
    ``Bank`` in its name (``Bank of Japan``, ``Central Bank of Russia``)."""
    found: dict[str, list[Entry]] = {}
    for e in gaz.entries.values():
        if e.category in ("org", "user") and e.type == "government" and e.country and \
                "bank" in e.name.lower().split():
            found.setdefault(e.country, []).append(e)
    return {c: es[0] for c, es in found.items() if len(es) == 1}


def _entry_role_code(entry: Entry) -> str | None:
    """The CAMEO code of an organization entry (its ``role``, or its own id when that is one)."""
    role_code = entry.role if entry.category in ("org", "user") and entry.role else None
    if role_code is None and entry.type in ("government", "military", "legislature", "media") \
            and entry.country and entry.actor_id.startswith(entry.country):
        role_code = entry.actor_id
    if role_code is None and entry.actor_id[:3] == (entry.country or "") and \
            entry.actor_id[3:] in ROLE_TYPES:
        role_code = entry.actor_id
    return role_code


def _ner_spans(doc: Doc, words: ActorWords, known: Callable[[str], bool] = lambda w: False) -> list[NerSpan]:
    """NER entities, with PERSON pieces split by the model rejoined (``Abdulaziz`` + ``bin Salman``,
    ``Joseph Mwansa`` + ``Kaluba``: ``known`` tells a place's or body's name) and an organisation's
    name cut at a particle or ``and`` joined (``join_linked_names``)."""
    out: list[NerSpan] = []
    doubles = _double_surnames(doc)
    for ent in doc.ents:
        double = doubles.get(ent.start) or doubles.get(ent.start - 2)
        if double is not None and double.start <= ent.start and ent.end <= double.end:
            if not out or out[-1] != double:  # "Beaumont" (GPE) + "-Roy" (PERSON): one surname
                out.append(double)
            continue
        if out and ent.label_ == "PERSON" and out[-1].label == "PERSON" and out[-1].end == ent.start \
                and doc[ent.start].lower_ in words.name_links:
            out[-1] = NerSpan("PERSON", out[-1].start, ent.end)
            continue
        if out and ent.label_ == "ORG" and out[-1].label == "ORG" and out[-1].end == ent.start and \
                doc[ent.start - 1].is_lower and doc[ent.start - 1].lower_ in words.foreign_name_links:
            out[-1] = NerSpan("ORG", out[-1].start, ent.end)  # "the HK og" + "Dansk Metal"
            continue
        if out and cut_surname(doc, out[-1], NerSpan(ent.label_, ent.start, ent.end), is_first_name):
            out[-1] = NerSpan("PERSON", out[-1].start, ent.end)  # "Jean-Paul Mbuyi" (ORG) + "Kasongo"
            continue
        if out and out[-1].end > ent.start:
            continue  # inside a name already carried past a particle (``Joost van`` + ``der Linden``)
        if ent.label_ == "PERSON" and _lower_office(doc, ent.start, ent.end, words.person_titles):
            continue  # "Its president pro tempore, Sen. X": an office in lower case, no name
        span = NerSpan(ent.label_, ent.start, _unclosed_bracket_end(doc, ent.start, ent.end))
        if ent.label_ == "FAC" and name_speaks(doc, ent.start, ent.end, words):
            span = NerSpan("ORG", ent.start, span.end)  # "a Harvest Lane spokeswoman": a body, not a street
        if ent.label_ == "ORG":
            span = NerSpan("ORG", ent.start, _org_name_end(doc, ent.start, span.end, words.name_head_links,
                                                          words.owned_name_heads, words.org_titles))
        if ent.label_ == "ORG" and (not out or out[-1].end < ent.start - 1):
            span = NerSpan("ORG", foreign_and_start(doc, ent.start, words.foreign_name_links), span.end)
        if ent.label_ == "ORG" and span.start == ent.start:  # "the Moravian-Silesian Fire and" + "Rescue Service"
            span = NerSpan("ORG", hyphen_org_start(doc, ent.start), span.end)
            while out and out[-1].start >= span.start:
                out.pop()  # "Moravian" (NORP): a word of the name
        if ent.label_ == "PERSON":
            span = NerSpan("PERSON", ent.start, syllable_given_tail(doc, _particle_tail(doc, ent.end, words)))
            span = NerSpan("PERSON", ent.start, cut_last_name(doc, ent.start, span.end, words.any_title,
                                                              known))  # "Joseph Mwansa" + "Kaluba"
        if ent.label_ in ("PERSON", "ORG") and (ent.label_ == "PERSON" or is_first_name(doc[ent.start].text)):
            span = NerSpan(span.label, ent.start, desk_title_end(doc, ent.start, span.end, words.byline_desk_words,
                                                                 words.byline_job_nouns))  # a byline's desk
        out.extend(_split_joined_names(doc, _apposed_person_end(doc, span), words))
    out = join_linked_names(doc, out, words.org_name_particles, words.and_name_heads)
    return particle_org_names(doc, out, words.org_particle_heads, words.org_name_particles | words.org_particle_articles,
                              NerSpan)


def _lower_office(doc: Doc, start: int, end: int, titles: frozenset[str]) -> bool:
    """A PERSON the model tagged in lower case that is a title word and more words, or follows a
    title word in lower case (``president pro tempore``, ``pro tempore`` alone): an office, not
    anyone's name (names are capitalised)."""
    if not all(t.is_lower for t in doc[start:end]):
        return False
    return end - start > 1 and doc[start].lower_ in titles or \
        start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ in titles


FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")  # a finite verb: a clause, never a word of a name


def _org_name_end(doc: Doc, start: int, end: int, links: frozenset[str], heads: frozenset[str] = frozenset(),
                  titles: frozenset[str] = frozenset()) -> int:
    """The end of an organisation's name the model ran into its clause's verb (``the Liberal–National
    Coalition went backwards``: before ``went``, a lower-case finite verb) or cut before its place
    (``the Democratic Party of`` + ``Georgia``: a name ending in a link word of ``links``, right
    before another name, runs to that name's end) or before its head (``The U.S.`` + ``Chamber of
    Commerce``: a title-case head of ``heads``, ``of`` and title-case words run on, up to an
    official's title of ``titles`` or a person's name: ``… Commerce Executive Vice President X``)."""
    verb = next((k for k in range(start + 1, end) if doc[k].is_lower and doc[k].tag_ in FINITE_TAGS), None)
    if verb is not None:
        return verb
    if end + 2 < len(doc) and doc[end].is_title and doc[end].lower_ in heads and doc[end + 1].lower_ == "of" \
            and doc[end + 2].is_title and doc[end + 2].pos_ == "PROPN":
        return next((k for k in range(end + 3, len(doc)) if not (doc[k].is_title and doc[k].pos_ == "PROPN")
                     or doc[k].lower_ in titles or doc[k].ent_type_ == "PERSON"), len(doc))
    if end - start > 1 and doc[end - 1].lower_ in links and doc[end - 1].is_lower and end < len(doc):
        if doc[end].ent_iob_ == "B" and doc[end].ent_type_ in ("GPE", "LOC", "ORG", "NORP"):
            return next((k for k in range(end + 1, len(doc)) if doc[k].ent_iob_ != "I"), len(doc))
    return end


def _unclosed_bracket_end(doc: Doc, start: int, end: int) -> int:
    """The end of a name the model ran into a bracket it did not close (``the Intergovernmental
    Authority on Development (IGAD`` + ``)``): the name stops before the bracket, whose acronym is
    left to the acronym rules; a name with its brackets closed (``Alternative for Germany (AfD)``
    in one span) is kept."""
    for k in range(end - 1, start, -1):
        if doc[k].text == ")":
            return end
        if doc[k].text == "(":
            return k
    return end


def _apposed_person_end(doc: Doc, ent: NerSpan) -> NerSpan:
    """``A spokesman for Fiske, Brent Yoder, declined``, read as one ORG or PERSON: the words
    after the one comma are a person's full name (a known given name, then title-case words or
    initials), those before it one or two title-case words (an owner's name): the person alone (the
    owner's name is left to the other rules). A place (``Austin, Texas``) is never split."""
    commas = [k for k in range(ent.start + 1, ent.end - 2) if doc[k].text == ","]
    if ent.label not in ("ORG", "PERSON") or len(commas) != 1 or commas[0] - ent.start > 2:
        return ent
    left, right = doc[ent.start:commas[0]], doc[commas[0] + 1:ent.end]
    named = all(t.is_title and t.is_alpha for t in left) and \
        all(_capital_name_word(t) or t.is_title and t.text.endswith(".") for t in right)
    if not named or len(right) > 4 or not is_first_name(right[0].text) or right[-1].text.endswith("."):
        return ent
    return NerSpan("PERSON", commas[0] + 1, ent.end)


def _capital_name_word(tok) -> bool:
    """A word of a person's name: title case, or a capital inside too (``McLeod``, ``MacKinnon``,
    ``DeSantis``), letters only."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper


def _king_of_no_state(doc: Doc, head: int) -> bool:
    """``the king of rock and roll``, ``the king of clay``: a king of something that is no state
    (the word after ``of`` no GPE) is a figure of speech, not the reigning king in focus."""
    return doc[head].lower_ == "king" and head + 2 < len(doc) and doc[head + 1].lower_ == "of" and \
        doc[head + 2].ent_type_ != "GPE"


def _double_surnames(doc: Doc) -> dict[int, NerSpan]:
    """``Beaumont-Roy`` after ``Claire Beaumont-Roy``: the hyphenated surnames of the model's full
    names, where the model reads them alone as a place, a person or nothing, by first token."""
    names: set[str] = set()
    for ent in doc.ents:
        toks = doc[ent.start:ent.end]
        if ent.label_ == "PERSON" and len(toks) >= 4 and toks[-2].text == "-" and not toks[-2].whitespace_ \
                and not toks[-3].whitespace_ and toks[-3].is_title and toks[-1].is_title:
            names.add(toks[-3:].text)
    if not names:
        return {}
    return {k: NerSpan("PERSON", k, k + 3) for k in range(len(doc) - 2) if doc[k:k + 3].text in names
            and doc[k].ent_iob_ != "I" and (k + 3 == len(doc) or doc[k + 3].ent_iob_ != "I")}


def _amount(doc: Doc, i: int) -> bool:
    """``3.4bn`` after ``£``, ``$40m``: a sum of money the model glued to the name after it."""
    m = AMOUNT.fullmatch(doc[i].text)
    return m is not None and bool(m.group(1) or m.group(2) or (i > 0 and doc[i - 1].is_currency))


def _particle_tail(doc: Doc, end: int, words: ActorWords) -> int:
    """A PERSON the model cut after a lowercase particle (``Joost van`` + ``der Linden``, the
    surname read as a place): the particles and one or two title-case words after it."""
    if end >= len(doc) or not (doc[end - 1].is_lower and doc[end - 1].lower_ in words.name_links):
        return end
    k = end
    while k < len(doc) and k - end < 2 and doc[k].is_lower and doc[k].lower_ in words.name_links:
        k += 1
    if k >= len(doc) or not (doc[k].is_title and doc[k].is_alpha) or doc[k].is_sent_start:
        return end
    return k + 1


def _split_joined_names(doc: Doc, ent: NerSpan, words: ActorWords) -> list[NerSpan]:
    """``The Chicago Tribune and WGN`` read as one ORG: two bodies when each side stands alone as
    a name (:func:`_body_name`); ``Procter and Gamble``, ``the Securities and Exchange Commission``
    stay whole (a gazetteer name is matched before the model's entities are read)."""
    if ent.label in ("PERSON", "ORG") and (people := _split_joined_people(doc, ent, words)) is not None and \
            not _firm_context(doc, ent, words):
        return people
    if ent.label != "ORG":
        return [ent]
    ands = [k for k in range(ent.start + 1, ent.end - 1) if doc[k].lower_ == "and"]
    if len(ands) != 1 or any(t.text == "," for t in doc[ent.start:ent.end]):
        return [ent]
    k = ands[0]
    right = k + 2 if doc[k + 1].lower_ == "the" else k + 1
    if not (_body_name(doc, ent.start, k, words) and _body_name(doc, right, ent.end, words)):
        return [ent]
    return [NerSpan("ORG", ent.start, k), NerSpan("ORG", right, ent.end)]


def _split_joined_people(doc: Doc, ent: NerSpan, words: ActorWords) -> list[NerSpan] | None:
    """``Cho and Tanabe``, ``Hensley and Marquez`` read as one name (a PERSON, an ORG): two people
    when each side of the one ``and`` is one to three title-case words ending in the first or last
    word of a person the model names elsewhere in the text (``Aiko Tanabe``, ``Cho Min-seok``; the
    last before a generational suffix: ``Marcus Hale Jr.``); None otherwise (``Procter and Gamble``)."""
    ands = [k for k in range(ent.start + 1, ent.end - 1) if doc[k].lower_ == "and"]
    if len(ands) != 1:
        return None
    k = ands[0]
    sides = (doc[ent.start:k], doc[k + 1:ent.end])
    if not all(len(side) <= 3 and all(t.is_title and t.is_alpha for t in side) for side in sides):
        return None
    names = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and not ent.start <= e.start < ent.end
             for t in (e[0], _last_name_word(e, words))}  # "Aiko Tanabe", and a family name first: "Cho Min-seok"
    if not all(side[-1].text in names for side in sides):
        return None
    return [NerSpan("PERSON", ent.start, k), NerSpan("PERSON", k + 1, ent.end)]


def _last_name_word(ent: Span, words: ActorWords) -> Token:
    """The last word of a person's name, before a generational suffix (``Hale`` of ``Marcus Hale Jr.``)."""
    return ent[suffix_start([t.text for t in ent], words) - 1]


def _firm_context(doc: Doc, ent: NerSpan, words: ActorWords) -> bool:
    """Names joined by ``and`` that act as a firm named after its founders: a company suffix
    after them (``Procter and Gamble Co``), or a business noun in their sentence (``Procter and
    Gamble said sales rose``, ``Johnson and Johnson shares``, ``Marks and Spencer's stores``)."""
    if ent.end < len(doc) and doc[ent.end].lower_ in words.corp_suffixes:
        return True
    sent = doc[ent.start].sent if doc.has_annotation("SENT_START") else doc[:]
    nouns = words.firm_context_nouns
    lows = [t.lower_ for t in sent]
    return any(w in nouns or f"{w} {n}" in nouns for w, n in zip(lows, lows[1:] + [""]))


def _body_name(doc: Doc, start: int, end: int, words: ActorWords) -> bool:
    """An acronym (``WGN``) or two or more title-case words ending in a body's or an outlet's word
    (``the Chicago Tribune``, ``Redrock Holdings``), ``the`` first allowed."""
    if start < end and doc[start].lower_ == "the":
        start += 1
    toks = doc[start:end]
    if len(toks) == 1:
        return toks[0].is_upper and toks[0].is_alpha and len(toks[0]) >= 2
    heads = words.org_name_heads | words.media_heads | words.company_name_heads
    return len(toks) > 1 and all(t.is_title and t.is_alpha for t in toks) and toks[-1].lower_ in heads


_norm = make_norm


def _subject_of_clause(doc: Doc, start: int, end: int) -> bool:
    """Is ``doc[start:end]`` the subject of a verb (``Europe cannot afford``), not a place or a
    possessor (``in Europe``, ``Europe's security``)?"""
    root = doc[start:end].root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX")


def _location(entry: Entry) -> dict:
    norm = _norm(entry.id, entry.name, "location", entry.country, True, None,
                 "metonym" if entry.category == "metonym" else "name")
    if entry.category == "metonym":
        norm["metonym"] = entry.id
    return norm


def _of_name_end(doc: Doc, head: int, taken: list[bool], joiner: str = "of") -> int:
    """The end of a body's name that goes on after its capitalized head with ``of`` and
    capitalized words (``Japan's Ministry of Finance``, ``Brazil's Ministry of Health and Social
    Affairs``); ``head + 1`` when none does (``Japan's foreign ministry``). ``joiner="for"``: a
    minister's title with its portfolio (``Australia's Minister for Foreign Affairs``, ``Minister for
    the Pacific``: a ``the`` right after ``for`` too)."""
    if joiner == "for" and doc[head + 1:head + 4].text.lower() == "of state for":
        head += 2  # "Minister of State for External Affairs", "Secretary of State for Defence"
    k = head + 2
    if not (doc[head].is_title and k < len(doc) and doc[head + 1].lower_ == joiner):
        return head + 1
    if joiner == "for" and doc[k].lower_ == "the" and k + 1 < len(doc) and doc[k + 1].is_title:
        k += 1
    end = head + 1
    while k < len(doc) and k - head <= 7 and not taken[k] and doc[k].ent_type_ != "PERSON":
        if doc[k].is_title and doc[k].is_alpha:
            end = k = k + 1
        elif doc[k].lower_ in ("and", "&", "-") and end == k and k + 1 < len(doc) and doc[k + 1].is_title:
            k += 1  # "Health and Social Affairs", "the Indo-Pacific"
        else:
            break
    return end


def _with_the(doc: Doc, start: int, end: int, taken: list[bool]) -> int:
    """Include a preceding ``the`` that determines this span."""
    if start > 0 and doc[start - 1].lower_ == "the" and not taken[start - 1]:
        det = doc[start - 1]
        if start <= det.head.i < end:
            return start - 1
    return start


NAME_RUN = 3  # title-case words of a body's name before its country word: "the Royal Canadian Mounted Police"


def _name_words_before(doc: Doc, start: int, taken: list[bool]) -> int | None:
    """``the Royal Canadian Mounted Police``, ``the Export-Import Bank of China``: the ``the`` that
    opens a run of title-case name words (a hyphen between two) right before the role phrase at
    ``start``; the name is the mention. None when no such run (``Canadian police``, ``said Canadian
    police``) or a word of it is taken."""
    k = start
    while k > 0 and start - k < NAME_RUN and not taken[k - 1] and not doc[k - 1].is_sent_start and (
            doc[k - 1].is_title and doc[k - 1].is_alpha and not doc[k - 1].is_stop or
            doc[k - 1].text == "-" and k - 2 > 0 and doc[k - 2].is_title and not doc[k - 1].whitespace_):
        k -= 1
    if k == start or doc[k].text == "-" or k == 0 or doc[k - 1].lower_ != "the" or taken[k - 1]:
        return None
    return k - 1


def _with_rank(doc: Doc, start: int, end: int, taken: list[bool], ranks: frozenset[str]) -> int:
    """Include the rank adjectives before a role phrase and the article before them (``a senior
    Korean official``, ``the top Iranian diplomats``); without a rank word only ``the``."""
    k = start
    while k > 0 and doc[k - 1].lower_ in ranks and not taken[k - 1] and start <= doc[k - 1].head.i < end:
        k -= 1
    if k == start:
        return _with_the(doc, start, end, taken)
    if k > 0 and doc[k - 1].lower_ in ("the", "a", "an") and not taken[k - 1] and k <= doc[k - 1].head.i < end:
        return k - 1
    return k


def _drop_possessive(doc: Doc, start: int, end: int, words: ActorWords) -> int:
    if end - start > 1 and doc[end - 1].lower_ in words.possessive:
        return end - 1
    return _before_next_title(doc, start, end, words)


def _before_next_title(doc: Doc, start: int, end: int, words: ActorWords) -> int:
    """The entity without the title abbreviation that opens the next name and the ``and`` or comma
    before it (``Lt. Col. Ana Ruiz and Brig.`` + ``Gen. Tom Hale``: the model glued the second
    title to the first name)."""
    k = end
    while k - start > 1 and k < len(doc) and doc[k - 1].text.endswith(".") and doc[k].is_title and \
            doc[k - 1].lower_.rstrip(".") in words.person_titles:
        k -= 1
    if k == end:
        return end
    while k - start > 1 and doc[k - 1].lower_ in ("and", ",", "&"):
        k -= 1
    return k


def _inside_longer_org_name(doc: Doc, cand: Candidate, ends: set[int]) -> bool:
    """``Democratic Party`` in ``the Social Democratic Party``: a body's name of two words or more
    right after a capitalised word that no other match covers is the end of a longer name; so is a
    one-word name that ends a longer organisation the model found (:func:`_ends_model_org`)."""
    k = cand.start
    if cand.entry.category == "org" and cand.end - k == 1 and k not in ends:
        return _ends_model_org(doc, k)
    if cand.entry.category != "org" or cand.end - k < 2 or k == 0 or k in ends or doc[k].is_sent_start:
        return False
    prev = doc[k - 1]
    return prev.is_title and prev.is_alpha and prev.pos_ in ("PROPN", "ADJ") and not prev.is_sent_start \
        and "\n" not in prev.whitespace_ and doc[k].is_title


LONGER_NAME_WORDS = 2  # title-case words before a one-word name that make the model's longer name another body


def _ends_model_org(doc: Doc, k: int) -> bool:
    """``Congress`` in ``whose People's National Congress won``: the model's organisation ends on the
    word and opens :data:`LONGER_NAME_WORDS` title-case words or more before it on the same line
    (possessive marks between), so it is that longer body, not the gazetteer's ``Congress``; one
    word before (``Brazil's National Congress``, ``the US Congress``) is left to the qualifier passes."""
    tok = doc[k]
    if tok.ent_type_ != "ORG" or tok.ent_iob_ != "I" or (k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I"):
        return False
    words, j = 0, k - 1
    while j >= 0 and doc[j].ent_type_ == "ORG":
        t = doc[j]
        if t.ent_iob_ == "B" and t.lower_ == "the":  # "the People's National Congress"
            return words >= LONGER_NAME_WORDS
        if "\n" in t.whitespace_ or not (t.is_title and t.is_alpha or t.tag_ == "POS"):
            return False
        words += t.is_alpha
        if t.ent_iob_ == "B":
            return words >= LONGER_NAME_WORDS
        j -= 1
    return False


# gazetteer entries whose one-word alias may be a person's name word (``Wagner``, ``Abbas``);
# not countries and places ("Georgia Reyes" has its own rule)
_NAME_WORD_TYPES = ("person", "group", "organization", "party", "media", "military")


def _word_not_name(doc: Doc, i: int, kind: str) -> bool:
    """A one-word body's name used as the word it is spelled as: a verb (``Unite behind the plan``)
    or a title-case adjective before a lower-case noun (``National security``, ``Liberal democracy``:
    a party's name only when it names, ``National voters`` too is read as the adjective); an
    organisation's only: a people's adjective makes its group (``Kurdish forces``)."""
    tok = doc[i]
    if tok.pos_ == "VERB":
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return kind == "organization" and tok.is_title and tok.pos_ == "ADJ" and tok.dep_ == "amod" and \
        nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN"  # capitals: an acronym (``pro-EU party``)


def _drop_disowned(cands: list, senses: dict[int, list], disowned: set[str]) -> tuple[list, dict[int, list]]:
    """Drop every sense of a body another country's possessive owned once in the text (``Germany's
    upper house, the Federal Council`` ... ``The Federal Council said``: no Swiss body at all);
    a candidate with no sense left is dropped."""
    if not disowned:
        return cands, senses
    return keep_senses(cands, senses, lambda e: e.id not in disowned)


def _name_goes_on(doc: Doc, end: int) -> bool:
    """A title-case noun right after ``end`` on the same line carries the name on."""
    return end < len(doc) and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN") and \
        "\n" not in doc[end - 1].whitespace_ and bool(doc[end - 1].whitespace_)


def _inside_longer_name(doc: Doc, i: int, words: ActorWords) -> bool:
    """A one-word name glued to other capitalized name words (not titles), or after an untagged
    given name."""
    def name_word(tok) -> bool:
        return tok.pos_ == "PROPN" and tok.is_title and tok.lower_.rstrip(".") not in words.person_titles \
            and tok.lower_ not in words.title_heads and tok.lower_ not in words.org_titles
    if i + 1 < len(doc) and name_word(doc[i + 1]) and doc[i + 1].ent_type_ == "PERSON":
        return True
    if _hyphen_glued(doc, i, -1) or _hyphen_glued(doc, i, 1):
        return True  # "Vance" in "Carolyn Ashby-Vance" is someone else
    if i > 0 and name_word(doc[i - 1]) and doc[i - 1].ent_type_ == "PERSON":
        return True
    before = doc[i - 1] if i > 0 else None  # "Chancellor Ines Wagner": a given name the model left untagged
    return before is not None and before.pos_ == "PROPN" and before.is_title and not before.is_stop and \
        before.is_alpha and not before.ent_type_ and before.whitespace_ == " " and is_first_name(before.text)


def _headline_word(doc: Doc, i: int, headlines: list[tuple[int, int]]) -> bool:
    """Is ``doc[i]`` in a title-case headline (``headlines``: character ranges) where its
    neighbouring capitalized words never follow or precede it outside the headlines (``CDU Balks``
    is no name unless the body says ``CDU Balks`` too)?"""
    lo = doc[i].idx
    line = next(((s, e) for s, e in headlines if s <= lo < e), None)
    if line is None:
        return False
    pairs = [doc[j:j + 2] for j in (i - 1, i) if 0 <= j and j + 1 < len(doc)]
    text = doc_text(doc)
    outside = [text[:line[0]], text[line[1]:]]
    return not any(p.text in part for p in pairs if p[0].is_title or p[0].is_upper for part in outside)


def _opening_subject(tok) -> bool:
    """A capitalized word opening a sentence as a noun subject (``Tibbets, for his part, has
    taken …``, tagged a plural noun; ``Malloy, in a gray suit, stood``: words after it are no
    modifier of a common noun; ``Benning's lawyers filed``, a possessor): a surname may stand
    there, also tagged an adjective when an aside follows it (``Amstutz, of the liberal FDP, said``;
    not ``Little has changed``, ``Young and old alike``); not ``Young people said``."""
    if tok.pos_ not in ("NOUN", "ADJ") or any(tok.lefts):
        return False
    if tok.pos_ == "ADJ" and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].text != ","):
        return False
    return tok.dep_ in ("nsubj", "nsubjpass") or \
        (tok.dep_ == "poss" and any(c.tag_ == "POS" for c in tok.rights))


def _hyphen_glued(doc: Doc, i: int, step: int) -> bool:
    """Is ``doc[i]`` one half of a hyphenated name (``Ashby-Vance``, ``Reyes-Kettering``): a
    hyphen with no space on either side (:func:`glued_hyphen`), then (``step`` 1) or before it (-1) a
    capitalized word?"""
    other = i + 2 * step
    return glued_hyphen(doc, i + step) and doc[other].is_alpha and doc[other].is_title


def _is_dateline(doc: Doc, start: int, end: int) -> bool:
    """``CAIRO, March 6 (Reuters) -``: an upper-case place opening a paragraph; ``Maputo (AFP) –``:
    one in title case right before an agency in brackets and a dash; a place of a slash dateline
    (``NIAMEY/PARIS, Dec 4 (Reuters) -``: PARIS there is the city, not the French government)."""
    if slash_dateline(doc, start, end):
        return True
    if not (start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space):
        return False
    letters = [c for c in doc[start:end].text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) or _agency_bracket(doc, end)


def _agency_bracket(doc: Doc, end: int) -> bool:
    """``(AFP) –`` right after token ``end``: a bracket of one or two words, then a dash."""
    if end >= len(doc) or doc[end].text != "(":
        return False
    close = next((k for k in range(end + 2, min(end + 4, len(doc))) if doc[k].text == ")"), None)
    return close is not None and close + 1 < len(doc) and doc[close + 1].text in ("-", "–", "—", "--")


def _credit_run(doc: Doc, k: int, step: int) -> tuple[int, int] | None:
    """The capitalized words on one side of the credit slash at ``k`` (``step`` -1: before it)."""
    i, words = k + step, []
    while 0 <= i < len(doc) and len(words) < 5 and "\n" not in doc[i].text and \
            (doc[i].is_title or doc[i].is_upper) and doc[i].is_alpha:
        words.append(i)
        if step < 0 and doc[i].whitespace_ and i != k - 1 and "\n" in doc[i].whitespace_:
            break
        i += step
    if not words:
        return None
    return (min(words), max(words) + 1)


def _add_credits(doc: Doc, actors: list[Actor], taken: list[bool], credits: list[bool],
                 labels: frozenset[str] = frozenset()) -> None:
    """``Credit: Lena Ortiz/Globe Staff``, ``REUTERS/Yves Herman``: a photo credit names a
    photographer (a known given name opens it) and an outlet. Neither is written (a credit names
    no actor: :func:`_drop_credits`), but the outlet tells later passes that its name in the body
    (``told Meridian by phone``) is a news outlet. Only a slash in a credit (``credits``, by
    :func:`_credit_tokens`): ``the Israel/Gaza conflict`` names no outlet. The credit's ``labels``
    are no part of a name (``CW Photo/Marta Benitez``: the outlet is ``CW``; ``/File Photo``: none)."""
    for tok in map(doc.__getitem__, text_positions(doc, ("/",))):
        if tok.text != "/" or tok.whitespace_ or tok.i == 0 or doc[tok.i - 1].whitespace_ or not credits[tok.i]:
            continue
        for step in (-1, 1):
            run = _credit_run(doc, tok.i, step)
            if run is None or any(taken[run[0]:run[1]]):
                continue
            start, end = run
            outer = start - 1 if step < 0 else end  # the token beyond the piece, away from the slash
            while end > start and doc[end - 1].lower_ in labels:
                end -= 1
            if end == start:
                continue
            if 0 <= outer < len(doc) and doc[outer].text == "/":
                continue  # "Druzhinin/Sputnik/Kremlin/Reuters": a pool credit, no two-part name/outlet
            if step < 0 and start > 0 and doc[start - 1].text not in (":", "\n") and \
                    not doc[start - 1].is_space and not doc[start - 1].is_punct:
                continue  # "... in Washington/..." is no credit line
            text = doc[start:end].text
            person = 2 <= end - start <= 3 and is_first_name(doc[start].text) and not doc[start].is_upper \
                and doc[start].lower_ != "the"
            if not person and doc[start].lower_ == "the" and end - start == 1:
                continue
            norm = _norm(slugify(text), text, "person" if person else "media", None, False, None, "credit")
            actors.append(Actor(start, end, norm, "rule:credit", None, "person" if person else "org"))
            for k in range(start, end):
                taken[k] = True


def _credit_tokens(doc: Doc, rules: SectionRules, paras: list[Paragraph]) -> list[bool]:
    """Which tokens are the publisher's own words: bylines, credit and contributor lines, photo
    credits, a dateline's agency tag (``claim_sections.credit_spans``, the detector the claims
    share; ``paras``: the document's classified paragraphs). Their names are the outlet's staff, not
    actors of the story."""
    flags = [False] * len(doc)
    for credit in credit_spans(doc_text(doc), rules, paras):
        span = doc.char_span(credit.start, credit.end, alignment_mode="expand")
        for k in range(span.start, span.end) if span is not None else ():
            flags[k] = True
    return flags


def _with_related(doc: Doc, rules: SectionRules, flags: list[bool], paras: list[Paragraph]) -> list[bool]:
    """``flags`` with the tokens of related-story lists set (``Read more:`` and the headlines of
    other stories under it, ``claim_sections.related_spans``): no actor of this story is there."""
    out = list(flags)
    for start, end in related_spans(doc_text(doc), rules, paras):
        span = doc.char_span(start, end, alignment_mode="expand")
        for k in range(span.start, span.end) if span is not None else ():
            out[k] = True
    return out


def _crosshead_tokens(doc: Doc, rules: SectionRules, paras: list[Paragraph]) -> list[bool]:
    """The tokens of crossheads (``actor_layout.crosshead_spans``: ``NEUTRAL GROUND`` between two
    body paragraphs): a section title names no actor. Its names are dropped last, so that the
    passes before still read them (``BRAZIL`` over ``The foreign ministry said …``)."""
    flags = [False] * len(doc)
    text = doc_text(doc)
    for start, end in crosshead_spans(text, paras, dateline_spans(text, rules)):
        span = doc.char_span(start, end, alignment_mode="expand")
        for k in range(span.start, span.end) if span is not None else ():
            flags[k] = True
    return flags


def _drop_credits(actors: list[Actor], taken: list[bool], credits: list[bool], keep: tuple[str, ...] = ()) -> None:
    """No actor in a byline or credit (``By Jane Roe``, ``REUTERS/Tom Reed``, ``(AP)``): the
    mentions there go, and their tokens stay taken so no later pass writes one there. ``keep``:
    types kept for now (an outlet, so that later passes know its name; dropped before writing)."""
    actors[:] = [a for a in actors if a.norm["type"] in keep or not any(credits[a.start:a.end])]
    for k, credit in enumerate(credits):
        taken[k] = taken[k] or credit


def _is_credit(doc: Doc, start: int, end: int) -> bool:
    """Photo credits like ``Alexei Druzhinin/Sputnik/Kremlin/reuters``; a name inside the outlet
    after the slash too (``Erin Schaff/The Washington Chronicle``: not the city). Never the places
    of a slash dateline (``NEW DELHI/ISLAMABAD, Sept 3 (Reuters) -``)."""
    if slash_dateline(doc, start, end):
        return False
    k = start
    while k > 0 and start - k < 3 and (doc[k - 1].is_title or doc[k - 1].is_upper) and doc[k - 1].is_alpha and \
            "\n" not in doc[k - 1].whitespace_:
        k -= 1
    if k > 0 and doc[k - 1].text == "/" and not doc[k - 1].whitespace_:
        return True
    return end < len(doc) and doc[end].text == "/" and not doc[end - 1].whitespace_


def _junk(doc: Doc, start: int, end: int, label: str, words: ActorWords) -> bool:
    """No name: credits, line-crossing pieces, a possessive's tail (``’s Note`` of ``Editor’s
    Note``), a modifier glued to a lower-case word (``Leave``-voting), a time zone (``CET``), a
    place with no capital letter (``buffer zone``; a body may be written so: ``health ministry``)."""
    text = doc[start:end].text
    if not any(c.isalpha() for c in text) or "/" in text or _is_credit(doc, start, end):
        return True
    if "\n" in text or doc[start].lower_ in words.possessive or text.upper() in words.time_zones:
        return True
    if text in words.topic_acronyms or text in words.technology_acronyms:
        return True  # "consensus on AI", "the VAT rise", "on VHF radio": a subject the model took for a body
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and doc[end + 1].is_lower:
        return True
    if label in ("GPE", "LOC") and not any(c.isupper() for c in text):
        return True  # a place with no capital: common nouns the model took for a name ("buffer zone")
    return end - start == 1 and _junk_word(doc, start, label, words)


def _junk_word(doc: Doc, i: int, label: str, words: ActorWords) -> bool:
    """A one-word entity that names nothing (``Supreme``, ``Finance`` in a title, ``MAX``)."""
    tok, end = doc[i], i + 1
    if tok.is_lower or tok.is_stop or len(tok.text) < 2:
        return True
    if label in ("ORG", "PERSON") and (tok.lower_.rstrip(".") in words.person_titles or (
            end < len(doc) and doc[end].lower_.rstrip(".") in words.person_titles)):
        return True  # "Finance" in "Finance Minister Nirmala Sitharaman", "Det." of "Det. Sgt. X"
    if label in ("GPE", "LOC", "NORP") and is_title_abbreviation(tok.text):
        return True  # "Brig." of "Brig. Gen. Tom Hale" read as a place
    if label == "ORG" and i >= 1 and doc[i - 1].like_num:
        return True  # "MAX" in "737 MAX"
    if label == "ORG" and i >= 2 and doc[i - 1].lower_ == "of" and \
            doc[i - 2].lower_ in words.person_titles:
        return True  # "State" in "Secretary of State Antony Blinken"
    return label in ("ORG", "PERSON", "GPE", "LOC") and tok.pos_ in (
        "ADJ", "VERB", "ADV", "ADP", "DET", "PRON", "AUX", "NUM")


def _norp_is_actor(doc: Doc, start: int, end: int) -> bool:
    """An unknown NORP names people only when used as a noun (``Sunni Islamists``, ``Kurds``)."""
    tok = doc[end - 1]
    if tok.pos_ == "ADJ" or tok.dep_ in ("amod", "compound", "npadvmod"):
        return False
    if tok.tag_ in ("NNP", "NN") and not tok.lower_.endswith("s"):
        return False  # "a Democrat" is one person, not a group
    return tok.pos_ in ("NOUN", "PROPN")


def _acts(doc: Doc, start: int, end: int, seat: bool, words: ActorWords) -> bool:
    """Does a capital or seat of power stand for its government here? Not named as the city
    (``whose capital Tallinn has hosted``, ``the capital, Kyiv,``). The indirect object of a
    verb of giving is a recipient, the government (``giving Washington a share``, ``offers Tehran
    a way out``)."""
    k = start - 1 if start > 0 and doc[start - 1].text != "," else start - 2
    if k >= 0 and doc[k].lower_ in ("capital", "capitals") and not seat:
        return False
    if start >= 2 and f"{doc[start - 2].lower_} {doc[start - 1].lower_}" in words.place_prep_pairs or \
            _opening_place(doc, start, end, words.opening_place_preps):
        return False
    if after_target_word(doc, (start, end), words.government_target_words, words.government_target_preps):
        return True
    if end < len(doc) and doc[end].lower_ in words.possessive:
        return not _city_possession(doc, end + 1, words.city_place_nouns)
    tok = list_head(doc[start:end].root)
    dep = tok.dep_
    if dep in ("nsubj", "nsubjpass", "agent", "poss", "csubj"):
        return True
    if dep == "dative":  # "giving Washington a share"; not "the cold snap gave Kyiv its coldest night"
        return _actor_gives(tok.head, words.government_gifts)
    if any(c.dep_ == "case" for c in tok.children):
        return True
    if dep == "pobj":
        prep = tok.head
        word = prep.lower_
        if word in words.actor_preps:  # "shuttling between Amman and Doha": places
            return not (word == "between" and _head_verb(prep).lemma_.lower() in words.motion_verbs)
        if word in words.noun_actor_preps and prep.head.pos_ in ("NOUN", "PROPN") and prep.head.i != tok.i:
            return word != "of" or seat
        return _recipient_or_relation(prep, words)
    if dep == "dobj":
        return tok.head.lemma_.lower() not in words.motion_verbs
    return seat


_GIVER_ENTS = frozenset(("PERSON", "ORG", "GPE", "NORP"))
_GIVER_PRONOUNS = frozenset(("i", "we", "you", "he", "she", "they"))


def _actor_gives(verb, gifts: frozenset[str]) -> bool:
    """A capital given something by a verb of giving acts as its government when the giver is an
    actor (a person, body or country: ``Washington gave Kyiv`` , ``he offered Tehran``) or the
    thing given is one a government receives (``government-gifts``: ``the accord hands Beijing a
    veto``); weather or an event giving a place something leaves it the city."""
    for c in verb.children:
        if c.dep_ == "nsubj" and (c.ent_type_ in _GIVER_ENTS or c.lower_ in _GIVER_PRONOUNS):
            return True
        if c.dep_ == "dobj" and (c.lemma_.lower() in gifts or c.lower_ in gifts or c.ent_type_ == "MONEY"):
            return True
    return False


def _opening_place(doc: Doc, start: int, end: int, preps: frozenset[str]) -> bool:
    """``In Port-au-Prince, the council chair said``: a preposition of ``opening-place-preps``
    opening the sentence, the capital right after it and a comma after the capital (not ``In
    Moscow's view,``, ``At Beijing's request,``)."""
    return start >= 1 and doc[start - 1].is_sent_start and doc[start - 1].lower_ in preps and \
        end < len(doc) and doc[end].text == ","


def _city_possession(doc: Doc, k: int, nouns: frozenset[str]) -> bool:
    """``Beirut's airport``, ``Moscow's southern suburbs``: the first noun after a capital's
    possessive (``city-possessions``) is a thing of the city, which is then a place; a name
    before that noun is passed over (``Tokyo's Nagatacho district``)."""
    for tok in doc[k:k + 3]:
        if tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            continue
        if tok.pos_ in ("NOUN", "PROPN"):
            return tok.lower_ in nouns
    return False


def _building_acts(doc: Doc, start: int, end: int, words: ActorWords) -> bool:
    """Does a building stand for its institution (``Capitol Hill reacted``, ``Portcullis House's
    staff``)? Only as a subject, an agent or a possessor."""
    if end < len(doc) and doc[end].lower_ in words.possessive:
        return True
    return doc[start:end].root.dep_ in ("nsubj", "nsubjpass", "agent", "poss")


def _head_verb(prep):
    """The word ``prep`` hangs on, past the other names of a list (``between Amman, Beirut``)."""
    return list_head(prep.head)


def _recipient_or_relation(prep, words: ActorWords) -> bool:
    """``supplied drones to Moscow``, ``a signal to Moscow``: a recipient; ``called on Washington
    to withdraw``: an addressee; ``our partners in Tehran``: the government there (``flew to
    Moscow``, ``reporters in Tehran``: places)."""
    head = prep.head
    if prep.lower_ in ("on", "upon"):
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in words.addressee_on_heads
    if prep.lower_ == "to":
        for h in (head, head.head):
            if h.lemma_.lower() in words.destination_verbs:  # "sent an envoy to Asmara": a place
                return any(c.dep_ == "dobj" and c.lower_ in words.recipient_heads for c in h.children)
            if h.lemma_.lower() in words.recipient_heads or h.lower_ in words.recipient_heads:
                return True
        return False
    return prep.lower_ == "in" and (head.lower_ in words.relation_nouns or _seat_of_government(prep, words))


def _speaker_government(doc: Doc, head: int, order: list[Actor], voices: frozenset[str]) -> str | None:
    """The country whose government speaks of ``doc[head]`` (``the government``) inside what it
    says: the subject of the verb of the clause that holds it is an actor of a national
    government's role, a body of it or its spokesperson (a ``voices`` noun ends the span:
    ``Malacañang has said the government will``, ``a German government spokesperson said the
    government hoped``, ``A State Department spokesperson said the administration``); None for any
    other subject (an envoy speaks of the government he is sent to: ``the US ambassador said the
    government must hold elections``; a foreign capital that merely acted before)."""
    tok = doc[head]
    while tok.dep_ not in ("ccomp", "ROOT") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "ccomp":
        return None
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    voice = next((a for a in order if a.start <= subj.i < a.end), None)
    if voice is None or voice.norm["type"] != "government" and doc[voice.end - 1].lower_ not in voices:
        return None
    role = voice.norm.get("role") or ""
    return voice.norm.get("country") if role[3:] == "GOV" and role[:3] == voice.norm.get("country") else None


def _framing_state(doc: Doc, the: int, order: list[Actor], preps: frozenset[str]) -> str | None:
    """The country of a state that opens the sentence of token ``the`` as a fronted place frame set
    off by a comma (``In Pakistan, the ruling party rallied behind the government``): the story
    has moved there, so its government is that state's; None for any other opening (``In
    Pakistan's Punjab,``, ``In Islamabad,``, ``In talks with Pakistan,``). ``preps``:
    ``opening-place-preps``."""
    start = doc[the].sent.start
    state = next((a for a in order if a.start == start + 1 and a.end < the and a.norm["type"] == "state"), None)
    if state is None or not _opening_place(doc, state.start, state.end, preps):
        return None
    return state.norm.get("country")


def _its_state(doc: Doc, its: int, order: list[Actor]) -> str | None:
    """The country of the state ``its`` stands for in ``its government``: the last state before it
    in its sentence that is a clause's subject (``Mexico is Guatemala's largest neighbour and its
    government …``: Mexico, not the owner ``Guatemala's``), when no body or person is a subject
    between them (``Chile's Congress said its government``: no state). None: the usual reading."""
    start = doc[its].sent.start
    subjects = [a for a in order if start <= a.start and a.end <= its
                and doc[a.start:a.end].root.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[-1].norm["type"] != "state":
        return None
    return subjects[-1].norm.get("country")


def _seat_of_government(prep, words: ActorWords) -> bool:
    """``the government in Paris``, ``the new administration in Washington``: a national
    government noun (``seat-government-nouns``) right before ``in``, parsed any way, names the
    government seated there; not a city's or region's own (``the city government in Paris``), nor
    one a country's name or adjective already names (``a suit against the Russian government in
    Baku``: the capital is where the suit is filed)."""
    if prep.i == 0:
        return False
    noun = prep.doc[prep.i - 1]
    levels = words.city_government_levels | words.region_government_levels
    return noun.lower_ in words.seat_government_nouns and \
        not any(c.lower_ in levels or _names_its_country(c) for c in noun.children) and \
        (prep.i < 2 or prep.doc[prep.i - 2].lower_ not in levels)


def _names_its_country(mod) -> bool:
    """A modifier before a government noun that names its country: a capitalised adjective or
    name (``the Russian government``, ``the U.S. administration``, ``Iran's regime``)."""
    return mod.i < mod.head.i and mod.dep_ in ("amod", "compound", "poss", "nmod") and \
        mod.text[:1].isupper() and not mod.is_sent_start


@Language.factory("claims_actors", default_config={"user_dictionaries": [], "rules": None, "credit_actors": True,
                                                   "apposition_posts": True},
                  assigns=ASSIGNS["claims_actors"], requires=REQUIRES["claims_actors"])
def make_actor_component(nlp: Language, name: str, user_dictionaries: list[str],
                         rules: str | None, credit_actors: bool = True,
                         apposition_posts: bool = True) -> ActorComponent:
    return ActorComponent(nlp, name, user_dictionaries, rules, credit_actors, apposition_posts)


def _named_with_words(doc: Doc, tok, mods: set[str], order: list[Actor]) -> dict | None:
    """``the finance ministry`` after ``the Ministry of Economy and Finance``: the one body named
    before whose own name (two words or more, no role code, not in the gazetteer: ``the central bank``
    of the Netherlands is not the European Central Bank) holds the head noun and every lower-case
    modifier; None when there is none or two (``the foreign ministry`` after two foreign ministries)."""
    if not mods or not all(w.isalpha() for w in mods):
        return None
    found = {}
    for a in order:
        words = {t.lower_ for t in doc[a.start:a.end]}
        if a.end <= tok.i and a.category != "description" and not a.norm.get("role") and a.end - a.start > 2 \
                and not a.norm.get("in_gazetteer") \
                and tok.lower_ in words and mods <= words and a.norm["type"] in ("organization", "government"):
            found[a.norm["actor_id"]] = a.norm
    return {**next(iter(found.values())), "via": "coref"} if len(found) == 1 else None


def _inner_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen inside a word (``Director-General``, split by the tokenizer), not a dash."""
    return doc[i].text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_
