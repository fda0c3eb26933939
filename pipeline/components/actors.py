"""``claims_actors``: actor mentions with canonical CAMEO-style ids.

Writes kind ``actor`` spans to ``doc.spans["claims_actors"]`` (never overlapping each other) with
``norm = {"actor_id", "name", "type", "country", "in_gazetteer"}`` plus the extra fields
``role`` (a CAMEO code such as ``IRNGOV``, or null), ``via`` (how the actor was found: ``name``,
``adjective``, ``plural``, ``role_phrase``, ``metonym``, ``coref``, ``ner``) and, for people in
the gazetteer, ``roles`` (every coded role with its validity range).

Decisions (documented choices):

- A country name -> ``actor_id`` alpha-3, ``type: state`` (``Syria``, ``the U.S.``).
- A demonym used as an adjective (``Russian sources``) -> the country, ``type: state``,
  ``via: adjective``; used as a noun (``the Russians``, ``the Chinese``) -> ``actor_id`` alpha-3
  with ``type: people``.
- Country word (adjective, possessive or noun) + role noun (``Iranian officials``, ``Russia's
  foreign minister``, ``US troops``, ``Russian official media``) and role noun + ``of`` + country
  (``the government of Iran``) -> ``<ISO3><ROLE>`` (GOV, MIL, LEG, MED, BUS, COP, JUD, SPY, OPP,
  REB); the span covers the whole phrase. Nouns for people (``citizens``) give ``type: people``.
- Metonyms (seats of power, capitals) -> the country's government (``the Kremlin`` -> RUSGOV,
  ``the Pentagon`` -> USAMIL) when they act: subject, possessive, agent, party after
  with/between/against, object of a non-motion verb. As places (``in Tehran, Iran``, ``visited
  Beijing``) -> ``type: location``, ``actor_id`` the place slug (``tehran``), ``country`` set,
  ``role`` null; a following ``, <Country>`` is included in the span.
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

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline import extensions as ext
from pipeline.components.base import ASSIGNS, REQUIRES, RuleComponent
from pipeline.components.gazetteer import (ROLE_TYPES, ActorDictionaryError, Entry, Gazetteer,
                                           PRIORITY, doc_date, load_gazetteer, slugify, strip_the,
                                           subdivision_countries)

__all__ = ["ActorComponent", "ActorDictionaryError", "make_actor_component"]

NER_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "location", "LOC": "location",
             "NORP": "group"}
POSSESSIVE = {"'s", "'", "’s", "’"}
MOTION_VERBS = {"visit", "leave", "reach", "enter", "tour", "bomb", "strike", "shell", "capture",
                "seize", "besiege", "surround", "hit", "target", "land", "fly", "move", "relocate",
                "evacuate", "flee", "return", "arrive", "travel", "head", "liberate", "occupy",
                "take", "attack", "storm", "rock", "shake", "hold", "host", "see"}
ACTOR_PREPS = {"with", "between", "by", "against", "toward", "towards", "versus", "vs", "vs."}
NOUN_ACTOR_PREPS = {"from", "on", "for", "over", "of"}
GROUP_ADJ_HEADS = {"REB", "MIL", "OPP", "PPL"}
PERSON_TITLES = {"mr", "mrs", "ms", "dr", "president", "minister", "senator", "sen", "rep", "gov",
                 "gen", "general", "chancellor", "premier", "secretary", "prince", "sheikh", "prime",
                 "foreign", "defense", "defence", "deputy", "vice", "spokesman", "spokeswoman",
                 "ambassador", "envoy", "commander", "lt", "col", "colonel", "adm", "admiral",
                 "judge", "justice", "speaker", "governor", "mayor", "economy", "finance", "interior",
                 "energy", "trade", "former", "late", "crown"}
TITLE_HEADS = {"leader", "president", "minister", "chief", "spokesman", "spokeswoman", "secretary",
               "ambassador", "envoy", "commander", "general", "premier", "chancellor", "king", "queen"}
# heads that a definite NP with no antecedent may resolve to the sentence's only country
INSTITUTION_HEADS = {"ministry", "government", "administration", "parliament", "cabinet", "presidency",
                     "military", "army", "navy", "junta", "regime", "authorities", "legislature",
                     "judiciary", "police", "foreign ministry", "senate", "congress"}
CORP_SUFFIXES = {"co", "co.", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "ag", "sa",
                 "nv", "n.v.", "s.a.", "corporation", "limited"}
ORG_TITLES = {"chair", "chairman", "chairwoman", "head", "director", "chief", "boss", "executive",
              "administrator", "commissioner", "governor", "president", "spokesman", "spokeswoman",
              "spokesperson", "secretary", "minister", "commander"}
HEADLINE_VERBS = {"says", "rejects", "warns", "denies", "accuses", "vows", "claims", "calls", "urges",
                  "seeks", "plans", "agrees", "launches", "kills", "strikes", "attacks", "hits",
                  "seizes", "backs", "blames", "threatens", "announces", "approves", "condemns",
                  "signs", "halts", "suspends", "pledges", "orders", "bans", "arrests", "raids",
                  "shells", "bombs", "captures", "retakes", "withdraws", "cuts", "raises", "slams"}
METONYM_ROLES = {"GOV", "MIL", "LEG", "COP", "SPY"}
NAME_LINKS = {"bin", "ibn", "bint", "al", "el", "abu", "abd", "ben", "van", "von", "de", "da", "di"}


@dataclass
class Actor:
    start: int  # token indices
    end: int
    norm: dict
    origin: str
    head: str | None = None  # lower-cased role head noun, for "the ministry" coreference
    category: str = ""


def _role_name(country_name: str, role: str) -> str:
    return f"{country_name} ({ROLE_TYPES.get(role, 'people')})"


class ActorComponent(RuleComponent):
    """Gazetteer phrase matching + role phrases + metonymy + NER fallback + light coreference."""

    rule_globs = ("actor*.jsonl", "metonyms.jsonl")
    dictionary_setting = "user_dictionaries"

    def __init__(self, nlp: Language, name: str = "claims_actors", user_dictionaries=(), rules=None):
        self._init_rules(nlp, name, user_dictionaries=list(user_dictionaries or []), rules=rules)
        self.user_dictionaries = list(user_dictionaries or [])
        self.gaz: Gazetteer = load_gazetteer(self.user_dictionaries, self.rules_dir)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for key, cands in sorted(self.gaz.by_alias.items()):
            docs = [nlp.make_doc(strip_the(alias)) for alias in sorted({a for _, a in cands})]
            self.matcher.add(key, docs)
        self._keys = {nlp.vocab.strings.add(key): key for key in self.gaz.by_alias}
        self._alias_tokens = {a: [t.text for t in nlp.make_doc(strip_the(a))]
                              for cands in self.gaz.by_alias.values() for _, a in cands}
        # role lexicon: head phrase (lower, space-joined) -> [(rule, order)]
        self.role_heads: dict[str, list[tuple[dict, int]]] = {}
        for order, rule in enumerate(self.gaz.roles):
            for head in rule["heads"]:
                self.role_heads.setdefault(head, []).append((rule, order))
        self.single_role_heads = {h for h in self.role_heads if " " not in h}

    # ------------------------------------------------------------ matching
    def _case_ok(self, alias: str, tokens) -> bool:
        words = self._alias_tokens[alias]
        if len(words) != len(tokens):
            return False
        for word, tok in zip(words, tokens):
            text = tok.text
            letters = [c for c in word if c.isalpha()]
            if not letters:
                continue
            if len(letters) >= 2 and all(c.isupper() for c in letters):
                if not all(c.isupper() for c in text if c.isalpha()):
                    return False
            elif any(c.isupper() for c in letters[1:]):  # LeT, McConnell, al-Qaeda: exact
                if text != word and text != text.upper():
                    return False
            elif letters[0].isupper() and not any(c.isupper() for c in text):
                return False
        return True

    def _candidates(self, doc: Doc) -> list[tuple[int, int, Entry]]:
        out = []
        for match_id, start, end in self.matcher(doc):
            key = self._keys[match_id]
            tokens = doc[start:end]
            if _is_credit(doc, start, end):
                continue
            for entry, alias in self.gaz.by_alias.get(key, ()):
                if entry.requires_the and (start == 0 or doc[start - 1].lower_ != "the"):
                    continue
                if self._case_ok(alias, tokens):
                    if entry.type == "person" and end - start == 1 and _inside_longer_name(doc, start):
                        continue  # "Abbas" in "Abbas Kiarostami" is someone else
                    out.append((start, end, entry))
                    break
        return out

    # ------------------------------------------------------------ role phrases
    def _role_of(self, doc: Doc, head: int, mod_start: int) -> dict | None:
        """The best role rule for the noun at ``head`` given modifiers ``doc[mod_start:head]``."""
        mods = {t.lower_ for t in doc[mod_start:head]}
        best, best_key = None, None
        for n in (3, 2, 1):
            if head - n + 1 < mod_start and n > 1:
                continue
            phrase = " ".join(t.lower_ for t in doc[head - n + 1:head + 1])
            cands = list(self.role_heads.get(phrase, ()))
            if n == 1 and doc[head].lemma_.lower() != phrase:
                cands += self.role_heads.get(doc[head].lemma_.lower(), [])
            for rule, order in cands:
                if rule["modifiers"] and not (mods & set(rule["modifiers"])):
                    continue
                key = (bool(rule["modifiers"]), n, -order)
                if best_key is None or key > best_key:
                    best, best_key = rule, key
        return best

    def _role_after(self, doc: Doc, end: int, stops: set[int]) -> tuple[int, dict] | None:
        """A role noun heading the noun phrase that follows a country word: (head index, rule)."""
        i = end
        if i < len(doc) and doc[i].lower_ in POSSESSIVE:
            i += 1
        j, last = i, None
        while j < len(doc) and j - i < 5:
            tok = doc[j]
            if j in stops or (tok.ent_iob_ == "B" and tok.ent_type_ == "PERSON"):
                break
            if tok.pos_ not in ("ADJ", "NOUN", "PROPN") and not (tok.text == "-" and j > i):
                break
            last = j
            j += 1
            # a title before a name: "Venezuela's opposition leader María Corina Machado"
            if j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title and \
                    doc[j].lower_ not in self.single_role_heads and self._role_of(doc, last, i):
                break
        if last is None or doc[last].text == "-":
            return None
        rule = self._role_of(doc, last, i)
        if rule is None:  # headlines: "Sudan's army rejects ceasefire proposal" (verb tagged NNS)
            for k in range(i, last):
                if doc[k + 1].lower_ in HEADLINE_VERBS and self._role_of(doc, k, i):
                    return k, self._role_of(doc, k, i)
        return (last, rule) if rule else None

    def _role_before(self, doc: Doc, start: int, taken: list[bool]) -> tuple[int, dict] | None:
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
        return left, rule

    def _role_norm(self, country: str, rule: dict) -> dict:
        cname = self.gaz.countries.get(country, country)
        role = rule["role"]
        if role == "PPL":
            return _norm(country, cname, "people", country, True, None, "role_phrase")
        return _norm(country + role, _role_name(cname, role), ROLE_TYPES[role], country, True,
                     country + role, "role_phrase")

    # ------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        date = doc_date(getattr(doc._, "published", None))
        cands = self._candidates(doc)
        # longest first, then by entry priority (user > person > org > metonym > country ...)
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[0], PRIORITY[c[2].category]))
        taken = [False] * len(doc)
        chosen: list[tuple[int, int, Entry]] = []
        for start, end, entry in cands:
            if any(taken[start:end]):
                continue
            for k in range(start, end):
                taken[k] = True
            chosen.append((start, end, entry))
        chosen.sort(key=lambda c: c[0])
        starts = {c[0] for c in chosen}
        by_start = {c[0]: c for c in chosen}
        ends = {c[1]: c for c in chosen}

        actors: list[Actor] = []
        consumed: set[int] = set()  # starts of chosen candidates merged into another actor
        taken = [False] * len(doc)

        def claim(a: Actor) -> None:
            actors.append(a)
            for k in range(a.start, a.end):
                taken[k] = True

        for start, end, entry in chosen:
            if start in consumed:
                continue
            cat = entry.category
            if cat in ("country", "demonym", "plural") or (cat == "metonym"):
                # "Philippine Senate": a foreign institution's bare role word is this country's
                stops = {s for s in starts if s != start and not (
                    by_start[s][2].category == "org" and by_start[s][2].type in ROLE_TYPES.values()
                    and by_start[s][2].country not in (None, entry.country)
                    and doc[s:by_start[s][1]].text.lower() in self.single_role_heads)}
                role = self._role_after(doc, end, stops)
                if role is not None and cat == "metonym" and role[1]["role"] not in METONYM_ROLES:
                    role = None  # "Stockholm arbitration court", "Moscow residents": not the state
                if role is not None and not any(taken[start:role[0] + 1]):
                    head, rule = role
                    for s in list(starts):
                        if start < s <= head:
                            consumed.add(s)
                    s0 = _with_the(doc, start, head + 1, taken)
                    claim(Actor(s0, head + 1, self._role_norm(entry.country, rule),
                                f"rule:{rule['id']}", doc[head].lower_, "role"))
                    continue
            if cat in ("country", "plural", "demonym"):
                before = self._role_before(doc, start, taken) if cat == "country" else None
                if before is not None:
                    left, rule = before
                    claim(Actor(left, end, self._role_norm(entry.country, rule), f"rule:{rule['id']}",
                                doc[start - 2].lower_, "role"))
                    continue
            if cat == "demonym":
                nxt = by_start.get(end)
                if nxt is not None and nxt[2].category in ("org", "user") and \
                        nxt[2].country in (None, entry.country) and \
                        nxt[2].type in ("group", "organization", "military", "government", "media",
                                        "legislature"):
                    continue  # "Lebanese Hezbollah": the organization takes the adjective
            if entry.type == "person" and end < len(doc) and entry.country and \
                    doc[end].lower_ in ("administration", "government", "regime", "cabinet"):
                s0 = _with_the(doc, start, end + 1, taken)
                rule = self._role_of(doc, end, end)
                if rule is not None:
                    claim(Actor(s0, end + 1, self._role_norm(entry.country, rule), f"rule:{entry.id}",
                                doc[end].lower_, "role"))
                    continue
            if cat in ("org", "user", "person"):
                prev = ends.get(start)
                s0 = start
                if prev is not None and prev[2].category == "demonym" and cat != "person" and \
                        entry.country in (None, prev[2].country) and \
                        entry.type != "person" and prev[0] not in consumed and not taken[prev[0]]:
                    s0 = prev[0]
                    consumed.add(prev[0])
                a = self._entry_actor(doc, s0, end, entry, date, taken)
                if a is not None:
                    claim(a)
                continue
            if cat == "metonym":
                claim(self._metonym_actor(doc, start, end, entry, taken, by_start, consumed))
                continue
            if cat == "place":
                claim(self._place_actor(doc, start, end, entry, taken, by_start, consumed))
                continue
            if cat == "country":
                s0 = _with_the(doc, start, end, taken)
                claim(Actor(s0, end, _norm(entry.actor_id, entry.name, "state", entry.country, True,
                                           None, "name"), f"rule:{entry.id}", None, "country"))
                continue
            if cat == "plural":
                s0 = _with_the(doc, start, end, taken)
                claim(Actor(s0, end, _norm(entry.actor_id, entry.name, "people", entry.country, True,
                                           None, "plural"), f"rule:{entry.id}", None, "people"))
                continue
            if cat == "demonym":
                tok = doc[end - 1]
                noun = tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in (
                    "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "ROOT", "attr")
                if noun:
                    s0 = _with_the(doc, start, end, taken)
                    claim(Actor(s0, end, _norm(entry.actor_id, entry.name, "people", entry.country,
                                               True, None, "plural"), f"rule:{entry.id}", None, "people"))
                else:
                    claim(Actor(start, end, _norm(entry.actor_id, entry.name, "state", entry.country,
                                                  True, None, "adjective"), f"rule:{entry.id}", None,
                                "demonym"))
        self._add_ner(doc, actors, taken)
        self._link_titles(doc, actors)
        self._coref(doc, actors, taken)
        actors.sort(key=lambda a: (a.start, a.end))
        doc.spans[ext.GROUP_ACTORS] = []
        for a in actors:
            span = doc[a.start:a.end]
            ext.add_mention(doc, ext.GROUP_ACTORS, span.start_char, span.end_char, "actor", a.norm,
                            a.origin, alignment_mode="strict")
        return doc

    # ------------------------------------------------------------ entry kinds
    def _entry_actor(self, doc, start, end, entry: Entry, date, taken) -> Actor | None:
        if entry.type == "person":
            role = next((r.code for r in entry.roles if r.valid_on(date)), None)
            norm = _norm(entry.actor_id, entry.name, "person", entry.country, True, role, "name")
            norm["roles"] = [r.as_dict() for r in entry.roles]
            if entry.valid_from or entry.valid_to:
                norm["valid_from"], norm["valid_to"] = entry.valid_from, entry.valid_to
            end = _drop_possessive(doc, start, end)
            return Actor(start, end, norm, f"rule:{entry.id}", None, "person")
        if entry.type == "people":  # religious / ethnic groups: "Shia" alone is no actor
            tok = doc[end - 1]
            if tok.pos_ == "ADJ" or tok.dep_ in ("amod", "compound"):
                head = tok.head
                if head.i < end or head.i - end > 2:
                    return None
                rule = self._role_of(doc, head.i, end)
                if rule is None or rule["role"] not in GROUP_ADJ_HEADS:
                    return None
                norm = _norm(entry.actor_id, entry.name, "group" if rule["role"] != "PPL" else "people",
                             entry.country, True, None, "adjective")
                return Actor(start, head.i + 1, norm, f"rule:{entry.id}", head.lower_, "group")
        role_code = entry.role if entry.category in ("org", "user") and entry.role else None
        if role_code is None and entry.type in ("government", "military", "legislature", "media") \
                and entry.country and entry.actor_id.startswith(entry.country):
            role_code = entry.actor_id
        if role_code is None and entry.actor_id[:3] == (entry.country or "") and \
                entry.actor_id[3:] in ROLE_TYPES:
            role_code = entry.actor_id
        norm = _norm(entry.actor_id, entry.name, entry.type, entry.country, True, role_code, "name")
        if entry.valid_from or entry.valid_to:
            norm["valid_from"], norm["valid_to"] = entry.valid_from, entry.valid_to
        s0 = _with_the(doc, start, end, taken)
        head = doc[start:end].root.lower_
        return Actor(s0, end, norm, f"rule:{entry.id}", head, "org")

    def _place_actor(self, doc, start, end, entry: Entry, taken, by_start, consumed) -> Actor:
        """A place; ``Tehran, Iran``: the country goes into the span."""
        s0 = _with_the(doc, start, end, taken)
        nxt = by_start.get(end + 1)
        if end + 1 < len(doc) and doc[end].text == "," and nxt is not None and \
                nxt[2].category == "country" and (entry.country in (None, nxt[2].country)):
            consumed.add(nxt[0])
            norm = _location(entry)
            norm["country"] = nxt[2].country
            return Actor(s0, nxt[1], norm, f"rule:{entry.id}", None, "location")
        return Actor(s0, end, _location(entry), f"rule:{entry.id}", None, "location")

    def _metonym_actor(self, doc, start, end, entry: Entry, taken, by_start, consumed) -> Actor:
        s0 = _with_the(doc, start, end, taken)
        nxt = by_start.get(end + 1)
        if end + 1 < len(doc) and doc[end].text == "," and nxt is not None and \
                nxt[2].category == "country":
            return self._place_actor(doc, start, end, entry, taken, by_start, consumed)
        if not _is_dateline(doc, start, end) and _acts(doc, start, end, seat=entry.kind == "seat"):
            norm = _norm(entry.actor_id, entry.name, entry.type, entry.country, True, entry.actor_id,
                         "metonym")
            norm["metonym"] = entry.id
            return Actor(s0, end, norm, f"rule:{entry.id}", None, "metonym")
        return Actor(s0, end, _location(entry), f"rule:{entry.id}", None, "location")

    # ------------------------------------------------------------ NER fallback
    def _add_ner(self, doc: Doc, actors: list[Actor], taken: list[bool]) -> None:
        for label, ent_start, ent_end in _ner_spans(doc):
            etype = NER_TYPES.get(label)
            if etype is None:
                continue
            start, end = ent_start, _drop_possessive(doc, ent_start, ent_end)
            if start < end and doc[start].lower_ == "the" and label in ("PERSON", "NORP"):
                start += 1
            if label == "PERSON":
                while end - start > 1 and doc[start].lower_.rstrip(".") in PERSON_TITLES:
                    start += 1
            if start >= end or _junk(doc, start, end, label):
                continue
            if label == "ORG" and doc[start].lower_ == "the" and self._common_role_np(doc, start + 1, end):
                continue  # "the energy ministry": no name; resolved by _coref or dropped
            inside = [a for a in actors if start <= a.start and a.end <= end]
            if any(taken[start:end]):
                # an unknown organization or person whose name holds a country or a city
                # ("the Hebrew University of Jerusalem", "Bank of America")
                if label not in ("ORG", "PERSON", "GPE", "LOC") or len(inside) != 1 or \
                        doc[start:end].text.isupper() or \
                        any(a.start < start or a.end > end for a in actors
                            if a.start < end and start < a.end and a not in inside) or \
                        any(a.category not in ("country", "demonym", "metonym", "location")
                            for a in inside) or (len(inside) == 1 and inside[0].start == start
                                                 and inside[0].end == end):
                    continue
                for a in inside:
                    actors.remove(a)
                country = inside[0].norm["country"] if label == "ORG" else None
                if label in ("GPE", "LOC"):  # "New Jersey" (USA), "Eastern Ukraine" (UKR)
                    country = subdivision_countries().get(slugify(doc[start:end].text).replace("-", " "))
                    if country is None and inside[-1].end == end:
                        country = inside[-1].norm["country"]
            else:
                country = None
            text = doc[start:end].text
            if label == "NORP" and not _norp_is_actor(doc, start, end):
                continue
            if etype == "location" and end + 1 < len(doc) and doc[end].text == ",":
                nxt = next((a for a in actors if a.start == end + 1 and a.category == "country"), None)
                if nxt is not None:
                    actors.remove(nxt)
                    country = nxt.norm["country"]
                    end = nxt.end
            name_end = end
            if label == "ORG":
                while name_end - start > 1 and doc[name_end - 1].lower_ in CORP_SUFFIXES:
                    name_end -= 1
            slug = slugify(doc[start:name_end].text)
            if not slug:
                continue
            if etype == "person" and end - start == 1:
                place = subdivision_countries().get(slug.replace("-", " "))
                if place is not None or (doc[start].dep_ == "pobj" and doc[start].head.lower_ in
                                         ("in", "at", "near", "outside", "inside")):
                    etype, country = "location", place
            if etype == "location" and country is None:
                country = subdivision_countries().get(slug.replace("-", " "))
            norm = _norm(slug, text, etype, country, False, None, "ner")
            for k in range(start, end):
                taken[k] = True
            actors.append(Actor(start, end, norm, "ner", None, etype))

    def _common_role_np(self, doc: Doc, start: int, end: int) -> bool:
        head = doc[end - 1]
        return end > start and all(t.pos_ in ("ADJ", "NOUN", "PROPN") for t in doc[start:end]) and \
            (head.lower_ in self.single_role_heads or head.lemma_.lower() in self.single_role_heads)

    # ------------------------------------------------------------ titles and coreference
    def _link_titles(self, doc: Doc, actors: list[Actor]) -> None:
        """``Russian foreign minister Sergei Lavrov``: the person takes the title's role.
        Under a dateline (``NEW DELHI (Reuters) -``), an unknown person with a bare title
        (``Finance Minister Nirmala Sitharaman``) is taken to be of the dateline's country."""
        by_end = {a.end: a for a in actors}
        home = next((a.norm["country"] for a in sorted(actors, key=lambda x: x.start)
                     if a.start < 400 and a.norm["type"] == "location" and a.norm["country"]
                     and _is_dateline(doc, a.start, a.end)), None)
        if home is not None:  # only when the story is about the dateline's country
            counts: dict[str, int] = {}
            for a in actors:
                if a.norm["country"] and a.norm["type"] != "location":
                    counts[a.norm["country"]] = counts.get(a.norm["country"], 0) + 1
            if counts and counts.get(home, 0) < max(counts.values()):
                home = None
        for a in actors:
            if home and a.norm["type"] == "person" and not a.norm["in_gazetteer"] and \
                    a.norm["country"] is None and a.start > 0 and a.start - 1 not in by_end:
                k = a.start
                while k > 0 and doc[k - 1].is_title and doc[k - 1].pos_ in ("PROPN", "NOUN") and \
                        a.start - k < 3 and (k - 1) not in by_end:
                    k -= 1
                rule = self._role_of(doc, a.start - 1, k) if k < a.start else None
                if rule is not None and rule["role"] in ("GOV", "MIL", "LEG", "COP", "JUD", "SPY"):
                    a.norm["country"] = home
                    a.norm["role"] = home + rule["role"]
                    a.norm["role_source"] = "title+dateline"
            if a.origin == "ner" and a.norm["type"] == "organization" and a.start in by_end and \
                    by_end[a.start].category == "role" and doc[a.start - 1].tag_ in ("NN", "NNP") and \
                    doc[a.start - 1].lower_ in TITLE_HEADS:
                a.norm["type"] = "person"  # "opposition leader María Corina Machado" tagged ORG
            if a.norm["type"] != "person":
                continue
            k = a.start
            while k > 0 and k not in by_end and doc[k - 1].lower_.rstrip(".") in \
                    PERSON_TITLES | TITLE_HEADS | ORG_TITLES and a.start - k < 3:
                k -= 1
            title = by_end.get(k)
            if title is None and k > 0 and doc[k - 1].text == ",":
                title = by_end.get(k - 1)
            if title is None or not title.norm.get("role"):
                continue
            if title.category == "role":
                if doc[title.end - 1].tag_ not in ("NN", "NNP"):  # singular title only
                    continue
            elif not (title.category == "org" and k < a.start):  # "SEC Chair Gary Gensler"
                continue
            a.norm["role"] = title.norm["role"]
            a.norm["role_source"] = "title"
            if a.norm["country"] is None:
                a.norm["country"] = title.norm["country"]

    def _coref(self, doc: Doc, actors: list[Actor], taken: list[bool]) -> None:
        actors.sort(key=lambda a: a.start)
        surnames: dict[str, dict] = {}
        heads: dict[str, dict] = {}
        seen_single: list[Actor] = []
        acronyms: dict[str, dict] = {}
        for a in actors:
            if a.norm["type"] == "person" and a.end - a.start >= 2:
                surnames.setdefault(doc[a.end - 1].text, a.norm)
            elif a.end - a.start == 1 and (a.origin == "ner" or a.norm["type"] == "person"):
                seen_single.append(a)
            if a.origin == "ner" and a.norm["type"] == "organization" and a.end - a.start >= 2:
                initials = "".join(t.text[0] for t in doc[a.start:a.end] if t.is_title and t.is_alpha)
                if len(initials) >= 2:
                    acronyms.setdefault(initials, a.norm)
            if a.head and a.norm.get("role"):
                heads[a.head] = a.norm
        first_full = {}
        for a in actors:
            if a.norm["type"] == "person" and a.end - a.start >= 2:
                first_full.setdefault(doc[a.end - 1].text, a.start)
        for a in seen_single:  # "Course" after "Dima Course"; "SEC" after "Securities and ..."
            full = surnames.get(doc[a.start].text)
            if full is not None and a.origin != "ner" and first_full[doc[a.start].text] > a.start:
                full = None  # a gazetteer surname is only re-read after an earlier full name
            if full is None and doc[a.start].is_upper:
                full = acronyms.get(doc[a.start].text)
            if full is not None and full["actor_id"] != a.norm["actor_id"]:
                a.norm = {**full, "via": "coref"}
                a.origin = "rule:coref"
        # surnames that NER missed, and "the ministry" after "Iran's foreign ministry"
        order = sorted(actors, key=lambda a: a.start)
        for tok in doc:
            if taken[tok.i]:
                continue
            if tok.text in surnames and (tok.pos_ == "PROPN" or (tok.is_title and not tok.is_sent_start)):
                earlier = [a for a in order if a.end <= tok.i and a.norm is surnames[tok.text]]
                if earlier and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN") and \
                        not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"):
                    end = _drop_possessive(doc, tok.i, tok.i + 1)
                    actors.append(Actor(tok.i, end, {**surnames[tok.text], "via": "coref"},
                                        "rule:coref", None, "person"))
                    taken[tok.i] = True
                continue
            if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in self.single_role_heads or tok.i == 0:
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN"):
                continue  # not the head of its noun phrase
            left = tok.i
            while left > 0 and not taken[left - 1] and doc[left - 1].pos_ in ("ADJ", "NOUN", "PROPN") \
                    and tok.i - left < 3:
                left -= 1
            if left == 0 or doc[left - 1].lower_ != "the" or taken[left - 1]:
                continue
            if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" and \
                    doc[tok.i + 2].pos_ in ("PROPN", "DET", "NOUN", "ADJ"):
                continue  # "the army of Iraq" is not a short mention
            mods = {t.lower_ for t in doc[left:tok.i]}
            earlier = [a for a in order if a.end <= tok.i and a.head == tok.lower_ and a.norm.get("role")
                       and mods <= {t.lower_ for t in doc[a.start:a.end]}]
            if earlier:
                norm = {**earlier[-1].norm, "via": "coref"}
            else:  # "Saudi Arabia will cut output, the energy ministry said": that country's
                if tok.lower_ not in INSTITUTION_HEADS:
                    continue
                sent = tok.sent
                states = [a for a in order if sent.start <= a.start and a.end <= left - 1
                          and a.norm["type"] in ("state", "government") and a.norm["country"]]
                if not states and sent.start > 0:  # else the sentence before
                    prev = doc[sent.start - 1].sent
                    states = [a for a in order if prev.start <= a.start and a.end <= prev.end
                              and a.norm["type"] in ("state", "government") and a.norm["country"]]
                rule = self._role_of(doc, tok.i, left)
                if not states or rule is None or rule["role"] == "PPL" or \
                        len({a.norm["country"] for a in states}) != 1:
                    continue
                norm = {**self._role_norm(states[-1].norm["country"], rule), "via": "coref"}
            actors.append(Actor(left - 1, tok.i + 1, norm, "rule:coref", tok.lower_, "role"))
            for k in range(left - 1, tok.i + 1):
                taken[k] = True


# ---------------------------------------------------------------- helpers
def _ner_spans(doc: Doc) -> list[tuple[str, int, int]]:
    """NER entities, with PERSON pieces split by the model rejoined (``Abdulaziz`` + ``bin Salman``)."""
    out: list[tuple[str, int, int]] = []
    for ent in doc.ents:
        if out and ent.label_ == "PERSON" and out[-1][0] == "PERSON" and out[-1][2] == ent.start \
                and doc[ent.start].lower_ in NAME_LINKS:
            out[-1] = ("PERSON", out[-1][1], ent.end)
            continue
        out.append((ent.label_, ent.start, ent.end))
    return out


def _norm(actor_id, name, atype, country, in_gaz, role, via) -> dict:
    return {"actor_id": actor_id, "name": name, "type": atype, "country": country,
            "in_gazetteer": in_gaz, "role": role, "via": via}


def _location(entry: Entry) -> dict:
    norm = _norm(entry.id, entry.name, "location", entry.country, True, None,
                 "metonym" if entry.category == "metonym" else "name")
    if entry.category == "metonym":
        norm["metonym"] = entry.id
    return norm


def _with_the(doc: Doc, start: int, end: int, taken: list[bool]) -> int:
    """Include a preceding ``the`` that determines this span."""
    if start > 0 and doc[start - 1].lower_ == "the" and not taken[start - 1]:
        det = doc[start - 1]
        if start <= det.head.i < end:
            return start - 1
    return start


def _drop_possessive(doc: Doc, start: int, end: int) -> int:
    if end - start > 1 and doc[end - 1].lower_ in POSSESSIVE:
        return end - 1
    return end


def _inside_longer_name(doc: Doc, i: int) -> bool:
    """A one-word name glued to other capitalized name words (not titles)."""
    def name_word(tok) -> bool:
        return tok.pos_ == "PROPN" and tok.is_title and tok.lower_.rstrip(".") not in PERSON_TITLES \
            and tok.lower_ not in TITLE_HEADS and tok.lower_ not in ORG_TITLES
    if i + 1 < len(doc) and name_word(doc[i + 1]) and doc[i + 1].ent_type_ == "PERSON":
        return True
    return i > 0 and name_word(doc[i - 1]) and doc[i - 1].ent_type_ == "PERSON"


def _is_dateline(doc: Doc, start: int, end: int) -> bool:
    """``CAIRO, March 6 (Reuters) -``: an upper-case place opening a paragraph."""
    text = doc[start:end].text
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3 or not all(c.isupper() for c in letters):
        return False
    return start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space


def _is_credit(doc: Doc, start: int, end: int) -> bool:
    """Photo credits like ``Alexei Druzhinin/Sputnik/Kremlin/reuters``."""
    if start > 0 and doc[start - 1].text == "/" and not doc[start - 1].whitespace_:
        return True
    return end < len(doc) and doc[end].text == "/" and not doc[end - 1].whitespace_


def _junk(doc: Doc, start: int, end: int, label: str) -> bool:
    span = doc[start:end]
    text = span.text
    if not any(c.isalpha() for c in text) or "/" in text or _is_credit(doc, start, end):
        return True
    if "\n" in text:
        return True
    if end - start == 1:
        tok = doc[start]
        if tok.is_lower or tok.is_stop or len(tok.text) < 2:
            return True
        if label in ("ORG", "PERSON") and (tok.lower_ in PERSON_TITLES or (
                end < len(doc) and doc[end].lower_.rstrip(".") in PERSON_TITLES)):
            return True  # "Finance" in "Finance Minister Nirmala Sitharaman"
        if label == "ORG" and start >= 1 and doc[start - 1].like_num:
            return True  # "MAX" in "737 MAX"
        if label == "ORG" and start >= 2 and doc[start - 1].lower_ == "of" and \
                doc[start - 2].lower_ in PERSON_TITLES:
            return True  # "State" in "Secretary of State Antony Blinken"
        if label in ("ORG", "PERSON", "GPE", "LOC") and tok.pos_ in ("ADJ", "VERB", "ADV", "ADP",
                                                                  "DET", "PRON", "AUX", "NUM"):
            return True
    return False


def _norp_is_actor(doc: Doc, start: int, end: int) -> bool:
    """An unknown NORP names people only when used as a noun (``Sunni Islamists``, ``Kurds``)."""
    tok = doc[end - 1]
    if tok.pos_ == "ADJ" or tok.dep_ in ("amod", "compound", "npadvmod"):
        return False
    return tok.pos_ in ("NOUN", "PROPN")


def _acts(doc: Doc, start: int, end: int, seat: bool) -> bool:
    """Does a capital or seat of power stand for its government here?"""
    root = doc[start:end].root
    if end < len(doc) and doc[end].lower_ in POSSESSIVE:
        return True
    tok = root
    hops = 0
    while tok.dep_ == "conj" and tok.head is not tok and hops < 5:
        tok = tok.head
        hops += 1
    dep = tok.dep_
    if dep in ("nsubj", "nsubjpass", "agent", "poss", "csubj"):
        return True
    if any(c.dep_ == "case" for c in tok.children):
        return True
    if dep == "pobj":
        prep = tok.head
        word = prep.lower_
        if word in ACTOR_PREPS:
            return True
        if word in NOUN_ACTOR_PREPS and prep.head.pos_ in ("NOUN", "PROPN") and prep.head.i != tok.i:
            return word != "of" or seat
        return False
    if dep == "dobj":
        return tok.head.lemma_.lower() not in MOTION_VERBS
    if dep in ("compound", "amod", "nmod", "npadvmod", "appos"):
        return seat
    return seat


@Language.factory("claims_actors", default_config={"user_dictionaries": [], "rules": None},
                  assigns=ASSIGNS["claims_actors"], requires=REQUIRES["claims_actors"])
def make_actor_component(nlp: Language, name: str, user_dictionaries: list[str],
                         rules: str | None) -> ActorComponent:
    return ActorComponent(nlp, name, user_dictionaries, rules)
