"""People in one document: titles, name keys, and one entity (one ``actor_id``) per real person.

Every person mention (gazetteer or NER) is read as a title (``Sen.``, ``Mr.``, ``Attorney
General``, from ``actor_titles.jsonl``) plus a name. The name's key is ``(first, last)`` in ASCII
lower case without middle names, initials or suffixes, so ``Robert K. Hensley``, ``Robert Hensley``
and ``Sen. Robert Hensley Jr.`` share one key, and one id: the gazetteer id when the key is a
known person (``William J. Burns`` -> ``william-burns``), else the slug ``robert-hensley``.

A mention with one name word (``Hensley``, ``Mr. Hensley``, ``Sally``) is linked to a full name
in the document with that surname (or, failing that, that first name): among several, those the
title allows (``Mr.`` a man, ``Ms.`` a woman, ``Sen.`` a senator), then the nearest full name
before it (else after it). Gender comes from titles and, for first names, from the
``gender-guesser`` name data; unknown is compatible with both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable, NamedTuple

from spacy.tokens import Doc

from pipeline.components.actor_model import POSSESSIVE_ENDS, Actor, glued_hyphen, is_possessive_s
from pipeline.components.actor_org_evidence import named_as_organization
from pipeline.components.gazetteer import (PARTIES, ActorWords, Entry, Gazetteer, Title, slugify)
from pipeline.components.names import clear_gender, name_detector

_INITIAL = re.compile(r"^[A-Za-z]\.?([A-Za-z]\.)?$")
# "(D-Mass.)", ", R-Texas,": a US member of Congress's party and state
# one romanized East Asian syllable (``Min``, ``seok``, ``myung``, ``Jong``, ``un``, ``Ching``)
_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstvwxz]{0,2}[wy]?[aeiou]{1,3}(?:ng|nh|n|m|k|p|t|l|h)?", re.I)
_PARTY_TAG = re.compile(r"^\s?[(,]\s?([DRI])-[A-Z][A-Za-z]{1,11}\.?\s?[),]")


class NameKey(NamedTuple):
    first: str | None  # None for a single name word
    last: str


@dataclass
class Mention:
    actor: Actor
    key: NameKey
    title: Title | None = None
    name_start: int = 0  # first token of the name (the span may start with its title)
    parts: tuple[str, ...] = ()  # the name's words, slugged, without initials
    gender: str | None = None  # from a kin word in apposition: "Delaney, the mother,"
    kin: str | None = None  # that kin word ("mother"; "son" in "Owen Delaney, the couple's son")
    age: str | None = None  # "elder" | "younger": "the elder Whitfield"
    generation: str | None = None  # "sr" | "jr": "Rafael Delgado Sr.", "Delgado Sr."


@dataclass
class Person:
    key: NameKey
    mentions: list[Mention] = field(default_factory=list)
    entry: Entry | None = None  # gazetteer person, when known
    titles: set[str] = field(default_factory=set)  # Title ids seen with its mentions
    gender: str | None = None
    described: set[str] = field(default_factory=set)  # appositions: "X, the deputy coordinator,"
    kin: set[str] = field(default_factory=set)  # kin words in apposition: {"son"}
    generation: str | None = None  # "sr" | "jr" of its full name: a father or a son of the same name
    rank_modifiers: frozenset[str] = frozenset()  # "deputy": a deputy coordinator is no coordinator
    _nouns_memo: dict = field(default_factory=dict, repr=False, compare=False)  # see nouns()

    def nouns(self, titles: dict[str, Title]) -> set[str]:
        """What ``the …`` can call this person: its titles' nouns and the titles' own words
        (``the finance minister``), abbreviations aside, and the descriptions in apposition with
        their head nouns (``the special envoy, X,`` is later ``the envoy``; ``the deputy
        coordinator`` is no ``coordinator``). Remembered per state of the person's titles and
        descriptions (a description asks it for every person, many times a document)."""
        key = (id(titles), frozenset(self.titles), frozenset(self.described), self.rank_modifiers)
        hit = self._nouns_memo.get(key)
        if hit is None or hit[0] is not titles:
            hit = self._nouns_memo[key] = (titles, self._nouns(titles))
        return set(hit[1])

    def _nouns(self, titles: dict[str, Title]) -> set[str]:
        mine = [t for t in titles.values() if t.id in self.titles] if self.titles else []
        heads = {words[-1] for words in (d.split() for d in self.described)
                 if len(words) > 1 and not set(words[:-1]) & self.rank_modifiers}
        return {n for t in mine for n in t.nouns} | {w for t in mine for w in t.words if len(w) > 3} | \
            self.described | heads | self._described_titles(titles)

    def _described_titles(self, titles: dict[str, Title]) -> set[str]:
        """``Okafor, a retired Coast Guard vice admiral,``: a description in apposition that ends
        with a title's words (``vice admiral``; one word too: ``Garrity, the chair of the panel,`` is
        later ``the chairwoman``), no rank modifier before them, takes the title's nouns (``the
        admiral``); ``a deputy prime minister`` is no prime minister."""
        out: set[str] = set()
        for words in (d.split() for d in self.described):
            for n in (3, 2, 1):  # "the chair" is "the chairwoman" later
                tail = " ".join(words[-n:])
                if len(words) >= n and not set(words[:-n]) & self.rank_modifiers:
                    out.update(n for t in titles.values() if tail in t.words for n in t.nouns)
        return out


def hyphenated_surname_start(doc: Doc, i: int, person: Person) -> int:
    """The first token of a double surname written with a hyphen that ends at token ``i``
    (``Dubois-Lenoir`` for the ``Lenoir`` of Claire Dubois-Lenoir), when the person's own
    mentions write it so; else ``i``."""
    start = i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and \
            not doc[start - 2].whitespace_ and doc[start - 2].is_title and i - start < 4:
        start -= 2
    if start == i:
        return i
    written = doc[start:i + 1].text
    return start if any(written in doc[m.actor.start:m.actor.end].text for m in person.mentions) else i


def syllable_given_tail(doc: Doc, end: int) -> int:
    """A surname-first name the model cut inside a hyphenated given name (``Park Min`` +
    ``-seok``, ``Lee Jae`` + ``-myung``): the end after the lower-case syllable, when the word
    before the hyphen is one title-case syllable too; else ``end``. Not ``Bush-era``, ``Xi-led``."""
    if end < 2 or end + 1 >= len(doc) or doc[end].text not in ("-", "\u2010"):
        return end
    head, tail = doc[end - 1], doc[end + 1]
    glued = not head.whitespace_ and not doc[end].whitespace_
    if not (glued and head.is_title and tail.is_lower and not tail.is_stop and
            _SYLLABLE.fullmatch(head.text) and _SYLLABLE.fullmatch(tail.text)):
        return end
    if end + 2 < len(doc) and doc[end + 2].text in ("-", "\u2010") and not tail.whitespace_:
        return end  # "Min-soo-style": a longer compound
    return end + 2


def first_name_gender(name: str | None, strict: bool = False) -> str | None:
    """The gender the name table gives a given name; ``strict``: only a name it gives one gender
    alone (:func:`clear_gender`: ``Mary``, not ``Kyle``)."""
    if not name:
        return None
    if strict:
        return clear_gender(name.split("-")[0])
    found = name_detector().get_gender(name.split("-")[0])
    return {"male": "male", "mostly_male": "male", "female": "female",
            "mostly_female": "female"}.get(found)


def is_first_name(word: str) -> bool:
    """Is ``word`` a known given name (``Georgia``, ``Sally``)?"""
    return first_name_gender(word) is not None


def name_key(words: list[str], links: frozenset[str], variants: dict[str, str] | None = None) -> NameKey | None:
    """``["Robert", "K.", "Hensley"]`` -> ``(robert, hensley)``; particles keep the surname whole
    (``Ursula von der Leyen`` -> ``(ursula, von-der-leyen)``)."""
    parts = [slugify(w) for w in words if not _INITIAL.match(w)]
    parts = [p for p in parts if p]
    if not parts:
        return None
    if len(parts) == 1:
        return NameKey(None, parts[0])
    if _surname_particle(words, parts, links):
        return NameKey(None, "-".join(parts))  # "Van der Berg said", "bin Salman"
    if len(parts) == 2 and _syllable_given_name(words[-1], links):
        return NameKey(parts[1], parts[0])  # "Park Min-seok", "Nguyen Thi-Lan": the surname first
    cut = next((i for i in range(1, len(parts) - 1) if parts[i] in links), len(parts) - 1)
    first = (variants or {}).get(parts[0], parts[0])  # "Bob Hensley" is "Robert Hensley"
    return NameKey(first, "-".join(parts[cut:]))


def double_surname_head(last: str, links: frozenset[str]) -> str | None:
    """The first of two surnames joined by a hyphen (``alvarenga`` of ``alvarenga-mena``), the one
    Spanish and Portuguese usage keeps alone (``Alvarenga`` for Rodrigo Alvarenga-Mena); None for a
    single surname or one opening with a particle (``al-sabah``, ``von-der-leyen``: no name alone)."""
    head, sep, _ = last.partition("-")
    return head if sep and head not in links and len(head) > 1 else None


def _syllable_given_name(word: str, links: frozenset[str]) -> bool:
    """``Min-seok``, ``Jae-myung``, ``Thi-Lan``: two one-syllable halves joined by a hyphen, the
    given name of an East Asian name written surname first (not ``Reyes-Kettering``, nor a
    particle's surname: ``Nour Al-Din``)."""
    halves = word.replace("\u2010", "-").split("-")
    return len(halves) == 2 and halves[0].istitle() and halves[0].lower() not in links and \
        all(_SYLLABLE.fullmatch(h) for h in halves)


def _surname_particle(words: list[str], parts: list[str], links: frozenset[str]) -> bool:
    """Does the name open with its surname's particle (``van der Berg``, ``De la Cruz``, ``bin
    Salman``, ``Abu Khalil``) rather than a given name (``Ben Carson``, ``Van Jones``)?"""
    if parts[0] not in links:
        return False
    first = next(w for w in words if not _INITIAL.match(w))
    return first[0].islower() or parts[1] in links or not is_first_name(first)


def gazetteer_people(gaz: Gazetteer, words: ActorWords) -> dict[NameKey, Entry]:
    """Full-name key -> gazetteer person (keys shared by two people are left out)."""
    found: dict[NameKey, set] = {}
    people = [e for e in gaz.entries.values() if e.type == "person"]
    for entry in people:
        for alias in (entry.name, *entry.aliases):
            key = name_key(_name_words(alias.split(), words), words.name_links, gaz.name_variants)
            if key is not None and key.first:
                found.setdefault(key, set()).add(entry.id)
    by_id = {e.id: e for e in people}
    return {k: by_id[next(iter(ids))] for k, ids in found.items() if len(ids) == 1}


def span_words(span) -> list[str]:
    """The words of a name as written: tokens joined by a hyphen with no space are one word
    (``Asante-Mensah``, a double surname, not ``Asante`` + ``Mensah``)."""
    out: list[str] = []
    glue = False
    for t in span:
        if out and (glue or (t.text == "-" and not span.doc[t.i - 1].whitespace_)):
            out[-1] += t.text
        else:
            out.append(t.text)
        glue = t.text == "-" and not t.whitespace_ and len(out[-1]) > 1
    return out


def is_name_suffix(word: str, words: ActorWords) -> bool:
    """``Jr``, ``Sr.``, ``III``: a generational suffix (``name-suffixes``), no word of the name's key."""
    return word.lower() in words.name_suffixes


def suffix_start(parts: list[str], words: ActorWords) -> int:
    """Where the generational suffix closing a name of two or more words starts (``Marcus Hale
    Jr.``; ``Jr`` and ``.`` as two tokens): ``len(parts)`` when there is none."""
    n = len(parts)
    if n > 2 and is_name_suffix(parts[-1], words):
        return n - 1
    if n > 3 and parts[-1] == "." and is_name_suffix(parts[-2], words):
        return n - 2
    return n


def _name_words(words: list[str], actor_words: ActorWords) -> list[str]:
    out = [w for w in words if not is_name_suffix(w, actor_words) and not is_postnominal(w, actor_words)]
    while out and out[-1] in POSSESSIVE_ENDS:
        out.pop()
    return out


def is_postnominal(word: str, words: ActorWords) -> bool:
    """``KC``, ``MP``, ``PhD``, ``Esq.``: letters after a name that are the person's
    (``name-postnominals``), written with a capital."""
    return word[:1].isupper() and word.lower().replace(".", "") in words.name_postnominals


def postnominal_end(doc: Doc, end: int, words: ActorWords) -> int:
    """The end of a person's name ``doc[…:end]`` with the post-nominals written right after it
    (``Imogen Rutherford`` + ``KC``, ``Sir Keir Ashworth`` + ``MP``; not after a comma or a line
    break): at most two; none before a lower-case noun (``a Travis Kelce TD catch``), also when
    the model took it into the name."""
    while end > 0 and is_postnominal(doc[end - 1].text, words) and _modifies_noun(doc, end - 1):
        end -= 1
    k = end
    while k < len(doc) and k - end < 2 and doc[k - 1].whitespace_ == " " and is_postnominal(doc[k].text, words) \
            and not _modifies_noun(doc, k):
        k += 1
        if k < len(doc) and doc[k].text == "." and not doc[k - 1].whitespace_ and doc[k - 1].lower_ == "esq":
            k += 1  # "Esq" "."
    return k


def _modifies_noun(doc: Doc, k: int) -> bool:
    """Is ``doc[k]`` a word before a lower-case noun (``a Travis Kelce TD catch``: a touchdown, not
    the letters of a seat), so no post-nominal of the name before it?"""
    return k + 1 < len(doc) and doc[k].whitespace_ == " " and doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN"


def without_postnominals(name: str, words: ActorWords) -> str:
    """The name as written without the post-nominals after it (``Keir Ashworth MP`` -> ``Keir
    Ashworth``, ``Jane Roe PhD``, ``John Smith Esq.``), as the id leaves them out."""
    parts = name.split(" ")
    while len(parts) > 1 and is_postnominal(parts[-1], words):
        parts.pop()
    return " ".join(parts)


def _title_words(doc: Doc, start: int, most: int = 4) -> list[tuple[int, str]]:
    """Up to ``most`` words ending right before token ``start``, as a title reads them, each with
    its first token: an abbreviation's period the tokenizer split off (``Lt`` ``.``) joins its
    word, periods inside a word go (``Rep.-elect`` -> ``rep-elect``). Stops at other punctuation
    and at a line break."""
    out: list[tuple[int, str]] = []
    i = start - 1
    while i >= 0 and len(out) < most:
        t = doc[i]
        if t.text == "." and i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha and \
                len(doc[i - 1]) <= 4 and doc[i - 1].text[0].isupper():
            i -= 1  # "Lt" "." -> "lt"
            continue
        if (t.is_punct and t.text != "-") or t.is_space or (i < start - 1 and "\n" in t.whitespace_):
            break
        out.insert(0, (i, t.lower_.replace(".", "")))
        i -= 1
    return out


#: prefixes a title may follow with a hyphen and stay the title (``ex-president X``, ``vice-chair X``)
_TITLE_PREFIXES = frozenset({"ex", "former", "vice", "co", "deputy", "acting", "interim", "then", "pro"})


def title_before(doc: Doc, start: int, titles: dict[str, Title]) -> tuple[int, Title] | None:
    """The longest title phrase ending right before token ``start``: (its first token, title).
    ``Lt. Gov.``, ``Maj. Gen.`` (periods split off by the tokenizer) are read whole,
    ``Rep.-elect`` is the title of ``Rep.``, and a title written with a hyphen is the title written
    with a space (``Attorney-General X``: the attorney general); no title starts after a hyphen
    (``Surgeon-General X`` is never a general) but after a prefix (``ex-president X``)."""
    words = _title_words(doc, start)
    for n in range(len(words), 0, -1):
        if n + 1 < len(words) and words[-n - 1][1] == "-" and not doc[words[-n - 1][0]].whitespace_ \
                and words[-n - 2][1] not in _TITLE_PREFIXES:
            continue  # "Surgeon-General X": no title opens inside a hyphened one ("PARIS - Prime Minister X" does)
        phrase = " ".join(w for _, w in words[-n:]).replace(" - ", "-")
        title = titles.get(phrase) or titles.get(phrase.replace("-", " ")) or \
            (titles.get(phrase[:-6]) if phrase.endswith("-elect") else None)
        if title is not None:
            return words[-n][0], title
    return None


def title_stack(doc: Doc, found: tuple[int, Title], titles: dict[str, Title],
                portfolios: frozenset[str]) -> tuple[int, Title]:
    """The titles stacked before a title that joins the name (``found``: its first token, the
    title), as one title: (the stack's first token, the title with the role of the outermost
    title that has one). The office held gives the role, the rank inside it is a rank (``Police
    Commissioner General X``, ``National Police Chief General X``: police; ``Defence Minister
    General X``: the minister's); the inner title's id, gender and nouns stay (``the general``).
    The stack stops at a title that does not join names; a one-word title that is a portfolio
    (``portfolios``: ``Justice Commissioner X``, ``Justice spokesman X``) opens it with no role."""
    start, title = found
    office = None
    for _ in range(3):
        outer = title_before(doc, start, titles)
        if outer is None or not outer[1].in_span:
            break
        if outer[0] == start - 1 and doc[outer[0]].lower_ in portfolios:
            start = outer[0]
            break
        start = outer[0]
        office = outer[1] if outer[1].role else office
    if office is not None and (office.role, office.country) != (title.role, title.country):
        title = replace(title, role=office.role, country=office.country)
    return start, title


def title_opening(doc: Doc, start: int, end: int, titles: dict[str, Title]) -> int:
    """The first token of the name after the longest title phrase of ``titles`` that opens
    ``doc[start:end]`` (``Spokesperson Hailey Dunn``, ``Chief Justice Ana Ruiz``: the whole phrase,
    not word by word), a title-case word left after it; ``start`` when no title opens the span."""
    for k in range(end - 1, start, -1):
        found = title_before(doc, k, titles)
        if found is not None and found[0] == start and doc[k].is_title:
            return k
    return start


def party_after(doc: Doc, end: int) -> str | None:
    """``Sen. X (D-Mass.)`` -> ``DEM``."""
    if end >= len(doc):
        return None
    after = doc[end - 1].whitespace_ + "".join(t.text_with_ws for t in doc[end:end + 8])
    m = _PARTY_TAG.match(after[:24])
    return PARTIES[m.group(1)] if m else None


class PeopleContext(NamedTuple):
    gaz_people: dict[NameKey, Entry]  # keys with full given names
    gaz_by_id: dict[str, Entry]  # actor_id -> gazetteer person
    titles: dict[str, Title]
    words: ActorWords
    person_norm: Callable[[Entry], dict]  # the gazetteer norm of a person at the document's date
    variants: dict[str, str]  # short given name -> full form


def resolve_people(doc: Doc, actors: list[Actor], ctx: PeopleContext, focus: str | None) -> list[Person]:
    """Give every person mention the id of its entity; returns the people of the document.
    ``focus`` is the document's country in focus (for ``Sen. X`` with no other country)."""
    mentions = _person_mentions(doc, actors, ctx)
    people: list[Person] = []
    singles = []
    for m in mentions:
        if m.key.first is None and not m.actor.norm["in_gazetteer"]:
            singles.append(m)
        else:
            _add_full(people, m, ctx)
    for m in singles:
        person = _link_single(people, m, ctx.words, ctx.variants)
        if person is None:  # "the elder Marsh" left unresolved is no other unresolved "Marsh"
            person = next((p for p in people if p.key == m.key and p.entry is None and
                           p.mentions[0].age == m.age), None)
            if person is None:
                person = Person(m.key, rank_modifiers=ctx.words.rank_modifiers)
                people.append(person)
        _join(person, m)
    bodies = _resolved_bodies(doc, actors)
    for person in people:
        _settle(doc, person, ctx, focus, bodies)
        _note_appositions(doc, person, ctx.titles, ctx.words.kin_female | ctx.words.kin_male)
    _shared_gender(people)
    return people


def _shared_gender(people: list[Person]) -> None:
    """``Hollister`` left unresolved between Rick and Tyler Hollister is a man whichever of them it
    is (``her campaign`` is not his): the one gender all the full names of that surname share."""
    for p in people:
        if p.key.first is not None or p.entry is not None or person_gender(p) is not None:
            continue
        genders = {person_gender(q) for q in people if q.key.first and q.key.last == p.key.last}
        if len(genders) == 1 and None not in genders:
            p.gender = genders.pop()


def _note_appositions(doc: Doc, person: Person, titles: dict[str, Title] | None = None,
                      kin: frozenset[str] = frozenset()) -> None:
    """``Ahn Mi-rae, a spokeswoman for the ministry,`` / ``a lawyer for the family, Jo Pike,``: the
    noun in apposition (with its lower-case modifiers) describes the person, so that a later ``the
    spokeswoman`` names her (:meth:`Person.nouns`). A post of a named body or a definite title, not
    a kin word (``X, the son of President Y,``: kin are actor_kin.py's)."""
    for m in person.mentions:
        span = doc[m.actor.start:m.actor.end]
        root = span.root
        nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
        if root.dep_ == "appos" and root.head.i < span.start:
            nouns.append(root.head)
        for noun in nouns:
            if noun.tag_ != "NN" or not noun.is_lower or \
                    not any(_indefinite_or_owned(d) or noun.lower_ not in kin and
                            (_post_of_named(d) or _definite_title(d, span, titles)) for d in noun.children):
                continue
            mods = [t.lower_ for t in noun.children if t.dep_ in ("amod", "compound") and t.i < noun.i and
                    (t.is_lower or t.dep_ == "amod" and t.pos_ == "ADJ")]  # "the Democratic nominee"
            person.described.add(" ".join([*mods, noun.lower_]))


def _post_of_named(tok) -> bool:
    """``Charles Mabry, chief executive of Tri-Rivers Health,``: a bare post of a named body."""
    return tok.dep_ == "prep" and tok.lower_ in ("of", "at") and \
        any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in tok.children)


def _definite_title(tok, span, titles: dict[str, Title] | None) -> bool:
    """``Catherine Lindell, the Democratic nominee for governor,`` (a lead may call her so before it
    names her: :func:`actor_role_intros.introduced_later` needs the noun noted first): ``the`` and a
    title noun after the name; not ``X, the winner of …``, ``X, the son of …`` (no title), nor a
    noun before the name (``The decision, Haskell v. …``, ``The RSP leader, Sagar Rijal``: the naming
    itself)."""
    noun = tok.head
    return tok.dep_ == "det" and tok.lower_ == "the" and noun.i >= span.end and titles is not None and \
        any(noun.lower_ in t.nouns or noun.lower_ in t.words for t in titles.values())


def _indefinite_or_owned(tok) -> bool:
    """``a spokeswoman``, ``Arizona's secretary of state``, ``the C.I.A.'s deputy director``: an
    indefinite article or a named possessor (not ``his``: kin and pronouns are actor_kin.py's)."""
    return tok.dep_ == "det" and tok.lower_ in ("a", "an") or \
        tok.dep_ in ("poss", "nmod") and tok.pos_ == "PROPN" and any(c.tag_ == "POS" for c in tok.children)


def _no_person_name(doc: Doc, a: Actor, surnames, givens, ctx: PeopleContext, full=frozenset()) -> bool:
    """An actor that is no person's name: of another type and neither the surname nor the given
    name of a person named in full, nor that full name again (``full``: their name keys); a role
    phrase (``a State Department spokesman``); a name the text shows to be a body (``Fine Gael
    TDs``, whatever given name it opens with)."""
    if a.norm["type"] != "person" and not _surname_of_person(doc, a, surnames, ctx.words.name_links) and \
            not _given_name_of_person(doc, a, givens, ctx.variants) and not _full_name_again(doc, a, full, ctx):
        return True
    if a.norm.get("via") == "role_phrase":
        return True
    return a.norm["type"] == "organization" and named_as_organization(doc, a.start, a.end, ctx.words)


def _place_after_preposition(doc: Doc, a: Actor, places: set[int]) -> bool:
    """``in Jackson, Mississippi``, ``to Lima``: a place word after a preposition, followed by
    ``, <place>`` or itself a gazetteer place (no ``'s`` after it), is no surname mention."""
    if a.norm["type"] not in ("location", "government") or a.start == 0 or doc[a.start - 1].pos_ != "ADP":
        return False
    if a.end + 1 < len(doc) and doc[a.end].text == "," and a.end + 1 in places:
        return True
    known = a.norm["type"] == "location" and a.norm.get("in_gazetteer") or a.origin.startswith("rule:")
    return bool(known) and not (a.end < len(doc) and doc[a.end].tag_ == "POS")


def _person_mentions(doc: Doc, actors: list[Actor], ctx: PeopleContext) -> list[Mention]:
    out = []
    surnames, givens = _full_name_words(doc, actors, ctx)
    full = _full_name_keys(doc, actors, ctx)
    places = {b.start for b in actors if b.norm["type"] in ("location", "state")}
    for a in sorted(actors, key=lambda x: x.start):
        if _no_person_name(doc, a, surnames, givens, ctx, full) or _place_after_preposition(doc, a, places):
            continue
        if a.norm["type"] != "person":  # "Reyes" tagged ORG after "Georgia Reyes"
            a.norm = {**a.norm, "type": "person", "country": None}
            a.category = "person"
        name_start = a.name_begin
        aged = a.end - a.start > 2 and doc[a.start].lower_ == "the" and doc[a.start + 1].lower_ in AGE_WORDS
        if aged:
            name_start = a.name_start = a.start + 2  # the model's span "The younger Hale": the name is Hale
        words = _name_words(span_words(doc[name_start:a.end]), ctx.words)
        key = name_key(words, ctx.words.name_links, ctx.variants)
        if key is None:
            continue
        found = title_before(doc, name_start, ctx.titles)
        across = None if found or name_start != a.start else _title_across(doc, a, ctx.titles)
        if across:  # "Chief Financial" + the model's "Officer Park Min-seok"
            found, name_start = across[:2], across[2]
            a.name_start = name_start
        title = found[1] if found else None
        if found:  # "Police Commissioner General X": one naming; the office outside the rank gives the role
            found = title_stack(doc, found, ctx.titles, ctx.words.ministry_portfolios)
            title = found[1]
        if found and title.in_span and found[0] < a.start and not _title_is_other_actor(actors, found[0], a):
            a.name_start, a.start = name_start, found[0]
        if title is not None and title.role == "BUS" and _body_before_title(actors, a, found[0]):
            title = replace(title, role=None)  # "Pentagon Chief Financial Officer X": not the company's
        parts = tuple(p for p in (slugify(w) for w in words if not _INITIAL.match(w)) if p)
        kin = apposed_kin_word(doc, a.end, ctx.words) or kin_word_before(doc, a.start, ctx.words)
        opens = name_start if aged else a.start  # with its title: "the younger Mr. Voss"
        age = AGE_WORDS.get(doc[opens - 1].lower_) if opens >= 2 and doc[opens - 2].lower_ == "the" else None
        if age is not None and key.first is None:
            a.start = opens - 2  # "the elder Whitfield": the words name her
        out.append(Mention(a, key, title, name_start, parts, kin_gender(kin, ctx.words), kin, age,
                           _generation(doc[name_start:a.end])))
    return out


def _surname_of_person(doc: Doc, a: Actor, surnames: set[str], links: frozenset[str]) -> bool:
    """An NER organization that is a person of the document: ``Reyes`` after ``Georgia Reyes``,
    ``Elena Varga`` (a given name and the surname of ``Tom Varga``), ``Van der Linde`` after
    ``Joost van der Linde``."""
    if a.origin == "ner" and a.end - a.start > 1 and slugify(doc[a.start:a.end].text) in surnames and \
            doc[a.start].lower_ in links and \
            all(t.is_title or t.lower_ in links or glued_hyphen(doc, t.i) for t in doc[a.start:a.end]):
        return True  # "al-Obaidi" after "Saad Kadhim al-Obaidi" too
    if a.origin == "ner" and a.end - a.start > 1 and all(_capitalised(t) for t in doc[a.start:a.end]) and \
            slugify(doc[a.start:a.end].text) in surnames:
        return True  # "Marsh Adeyemi" after "Helena Marsh Adeyemi": a double surname
    if a.origin == "ner" and _hyphenated(doc[a.start:a.end]) and \
            any(slugify(t) in surnames for t in (doc[a.start:a.end].text, doc[a.start].text, doc[a.end - 1].text)):
        return True  # "Reyes-Kettering" after "Ada Reyes-Kettering" (one surname) or after "Ana Reyes"
    if a.origin != "ner" or not all(_capitalised(t) for t in doc[a.start:a.end]) or \
            slugify(doc[a.end - 1].text) not in surnames:
        return False
    return a.end - a.start == 1 or (a.end - a.start == 2 and is_first_name(doc[a.start].text))


def _capitalised(tok) -> bool:
    """A title-case word or a surname capitalised inside (``MacLellan``, ``McDonald``, ``DeSantis``:
    a capital, a lower-case letter, more capitals later); no word of capitals (``NATO``)."""
    text = tok.text
    return tok.is_title or (tok.is_alpha and len(text) > 2 and text[0].isupper() and text[1].islower())


def _given_name_of_person(doc: Doc, a: Actor, givens: set[str], variants: dict[str, str]) -> bool:
    """An NER organization that is a given name of a person of the document, used alone
    (``Darnell's own record`` after ``Lt. Gov. Darnell Hughes``)."""
    word = slugify(doc[a.start].text)
    return a.origin == "ner" and a.norm["type"] == "organization" and a.end - a.start == 1 and \
        doc[a.start].is_title and variants.get(word, word) in givens


def _hyphenated(toks) -> bool:
    """``Reyes-Kettering``: two title-case words joined by a hyphen, no space."""
    return len(toks) == 3 and toks[1].text == "-" and not toks[0].whitespace_ and not toks[1].whitespace_ \
        and all(t.is_alpha and t.is_title for t in (toks[0], toks[2]))


KIN_DETERMINERS = ("the", "his", "her", "their")


def apposed_kin_word(doc: Doc, end: int, words: ActorWords) -> str | None:
    """``Delaney, the father,`` -> ``father``; ``Owen Delaney, the couple's son`` -> ``son``: the
    kin word in apposition (after the/his/her/their, with at most one possessor between)."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in KIN_DETERMINERS:
        return None
    k = end + 2
    if k + 2 < len(doc) and is_possessive_s(doc[k + 1]) and doc[k].pos_ in ("NOUN", "PROPN"):
        k += 2  # "the couple's son"
    word = doc[k].lower_
    if word not in words.kin_female and word not in words.kin_male:
        return None
    if k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "PROPN"):
        return None  # "the son's lawyer", "the mother ship"
    if k + 2 < len(doc) and doc[k + 1].text == "," and doc[k + 2].pos_ == "PROPN" and doc[k + 2].is_title:
        return None  # "Sir Geoffrey, his son, Oliver Hale, …": the son is the name after it
    return word


def kin_word_before(doc: Doc, start: int, words: ActorWords) -> str | None:
    """``her son, Mark Whitfield`` -> ``son``: the kin word a name is apposed to."""
    if start < 3 or doc[start - 1].text != "," or doc[start - 3].lower_ not in KIN_DETERMINERS:
        return None
    word = doc[start - 2].lower_
    return word if word in words.kin_female or word in words.kin_male else None


AGE_WORDS = {"elder": "elder", "older": "elder", "senior": "elder", "younger": "younger"}
GENERATIONS = {"sr": "sr", "jr": "jr"}  # "Rafael Delgado Sr.": the father of "Rafael Delgado Jr."
GENERATION_KIN = {"sr": "father", "jr": "son"}


def by_age(cands: list[Person], age: str, words: ActorWords) -> Person | None:
    """``the elder Whitfield`` / ``the younger Whitfield`` among people sharing a surname: the one
    the article calls a parent (elder) or a child (younger), or the one left beside that person
    when there are two; no kin word to tell them apart, no guess."""
    parents = [p for p in cands if p.kin & words.kin_parents]
    children = [p for p in cands if p.kin & words.kin_children]
    own, other = (parents, children) if age == "elder" else (children, parents)
    if len(own) == 1 and not own[0].kin & (words.kin_children if age == "elder" else words.kin_parents):
        return own[0]
    if len(cands) == 2 and len(other) == 1 and not own:
        return cands[1] if cands[0] is other[0] else cands[0]
    return None


def kin_gender(word: str | None, words: ActorWords) -> str | None:
    if word is None:
        return None
    return "female" if word in words.kin_female else "male" if word in words.kin_male else None


def kin_conflicts(person: Person, word: str, words: ActorWords) -> bool:
    """Can ``person`` not be the relative ``word`` names? A person the article calls a son or
    daughter is not the family's father, mother, husband or wife (and a parent is no child)."""
    if word in words.kin_children:
        return bool(person.kin & words.kin_parents)
    return bool(person.kin & words.kin_children)


def _full_name_words(doc: Doc, actors: list[Actor], ctx: PeopleContext) -> tuple[set[str], set[str]]:
    """The surnames (with the inner words of long names: ``Castillo`` of ``María Elena Castillo
    Ruiz``) and the given names of the people named in full."""
    surnames, givens = set(), set()
    for a in actors:
        if a.norm["type"] == "person" and a.norm.get("via") != "role_phrase":  # "Corvane spokesperson": no name
            words = _name_words(span_words(doc[a.name_begin:a.end]), ctx.words)
            key = name_key(words, ctx.words.name_links, ctx.variants)
            if key is not None and key.first:
                surnames.add(key.last)
                givens.add(key.first)
                surnames.update(slugify(w) for w in words[1:-1] if not _INITIAL.match(w))
                surnames.update(_name_tails(words))
    return surnames, givens


def _name_tails(words: list[str]) -> set[str]:
    """The slugs of the last two or more words of a long name, a double surname used alone
    (``marsh-adeyemi`` of ``Helena Marsh Adeyemi``); initials break a tail."""
    return {slugify(" ".join(words[i:])) for i in range(1, len(words) - 1)
            if not any(_INITIAL.match(w) for w in words[i:])}


def _full_name_keys(doc: Doc, actors: list[Actor], ctx: PeopleContext) -> set[NameKey]:
    """The name keys (given name and surname) of the people named in full."""
    found = set()
    for a in actors:
        if a.norm["type"] == "person" and a.norm.get("via") != "role_phrase":
            key = name_key(_name_words(span_words(doc[a.name_begin:a.end]), ctx.words), ctx.words.name_links,
                           ctx.variants)
            if key is not None and key.first:
                found.add(key)
    return found


def _full_name_again(doc: Doc, a: Actor, full: set[NameKey], ctx: PeopleContext) -> bool:
    """An NER organization that repeats the whole name of a person of the document word for word
    (``Haruto Ishida said …`` in a caption, after ``Chief executive Haruto Ishida``): the entity is
    a person whatever the model made of this mention; ``Ishida Motors`` is another name."""
    if a.origin != "ner" or a.end - a.start < 2 or not all(t.is_title or _INITIAL.match(t.text)
                                                           for t in doc[a.start:a.end]):
        return False
    key = name_key(span_words(doc[a.start:a.end]), ctx.words.name_links, ctx.variants)
    return key is not None and key.first is not None and key in full


def _body_before_title(actors: list[Actor], person: Actor, start: int) -> bool:
    """A body names the title (``NHS England Chief Executive X``, ``Pentagon Chief Financial
    Officer X``): in the person's span or right before it. Only a bare company title (``Chief
    Financial Officer X``) is of the company the article is about."""
    return start > person.start or any(o is not person and o.end == start for o in actors)


def _title_across(doc: Doc, a: Actor, titles: dict[str, Title]) -> tuple[int, Title, int] | None:
    """A title the model's span starts inside (``Chief Financial`` + ``Officer Park Min-seok``):
    (its first token, the title, the name's first token), when the words after it are a name."""
    for k in range(a.start + 1, min(a.end - 1, a.start + 3) + 1):
        found = title_before(doc, k, titles)
        if found and found[0] < a.start and found[1].in_span and doc[k].is_title:
            return found[0], found[1], k
    return None


def _title_is_other_actor(actors: list[Actor], start: int, person: Actor) -> bool:
    """The title is (or follows right after) another actor: ``FBI Director X`` keeps ``FBI``."""
    return any(o is not person and o.start < person.start and o.end >= start for o in actors)


def _add_full(people: list[Person], m: Mention, ctx: PeopleContext) -> None:
    """A full name (or a gazetteer alias such as ``Putin``): its entity, found or new."""
    entry = None
    if m.actor.norm["in_gazetteer"]:
        entry = ctx.gaz_by_id.get(m.actor.norm["actor_id"])
    if entry is None and m.key.first:
        entry = ctx.gaz_people.get(m.key)
    if entry is None and len(m.parts) >= 2:  # "Delgado Ruiz" after "Maria Delgado Ruiz", "María Elena"
        n = len(m.parts)  # after "María Elena Castillo Ruiz"
        longer = [p for p in people if any(len(x.parts) > n and m.parts in (x.parts[-n:], x.parts[:n])
                                           for x in p.mentions)]
        if longer:
            _join(_nearest(longer, m), m)
            return
    if m.key.first is None and entry is not None:
        # a gazetteer surname ("Abbas") that names a full name of this document is that person
        other = [p for p in people if p.key.first and p.entry is not entry and (
            p.key.last == m.key.last or any(m.key.last in x.parts[1:-1] for x in p.mentions if x.key.first))]
        if other:
            _join(_nearest(other, m), m)
            return
    for person in people:
        if (entry is not None and person.entry is entry) or \
                (person.key == m.key and m.key.first and _same_generation(person, m)):
            if person.entry is None:
                person.entry = entry
            _join(person, m)
            return
    person = Person(_entry_key(entry, ctx) if entry and not m.key.first else m.key, entry=entry,
                    rank_modifiers=ctx.words.rank_modifiers)
    people.append(person)
    _join(person, m)


def _generation(span) -> str | None:
    """``sr`` / ``jr`` when the name ends in a generational suffix (``Sr.``, ``Jr``; the tokenizer
    may split the period off)."""
    words = [t.lower_.rstrip(".") for t in span if t.text != "."]
    return GENERATIONS.get(words[-1]) if len(words) > 1 else None


def _same_generation(person: Person, m: Mention) -> bool:
    """``Rafael Delgado Sr.`` is not the ``Rafael Delgado (Jr.)`` named before him; a plain
    ``Rafael Delgado`` is whoever was named so first."""
    if m.generation is None:
        return True
    return person.generation == m.generation or (person.generation is None and m.generation != "sr")


def _entry_key(entry: Entry, ctx: PeopleContext) -> NameKey:
    return name_key(_name_words(entry.name.split(), ctx.words), ctx.words.name_links, ctx.variants) or \
        NameKey(None, entry.id)


def _join(person: Person, m: Mention) -> None:
    person.mentions.append(m)
    if m.title is not None:
        person.titles.add(m.title.id)
        person.gender = person.gender or m.title.gender
    if m.kin is not None:
        person.kin.add(m.kin)
    if m.generation is not None and m.key.first:  # "Sr.": a father; "Jr.": a son
        person.generation = person.generation or m.generation
        person.kin.add(GENERATION_KIN[m.generation])


def _link_single(people: list[Person], m: Mention, words: ActorWords,
                 variants: dict[str, str] | None = None) -> Person | None:
    """The person a one-word name (``Hensley``, ``Mr. Hensley``, ``Sally``, ``Walt`` for Walter)
    stands for: the one full name of the document with that surname (else that given name, else
    the first of two hyphened surnames: ``Alvarenga`` of ``Rodrigo Alvarenga-Mena``, else
    an inner word of the name: ``Benítez`` of ``Santiago Benítez Ayala``; after a gendered title,
    the first word of a name written surname first, ``Mr. Chheng`` of ``Chheng Sokhom``, when it is
    no known given name) that the title, gender and kin word allow. Two or more left: with no title, the family's first-named (``Delaney``
    after Mark and Owen Delaney: Mark, :func:`_principal`); else none, never a guess."""
    word = m.key.last
    cands = [p for p in people if p.key.first and (p.key.last == word or p.key.last.endswith("-" + word))]
    if not cands and (m.title is None or m.title.gender is None or m.title.given_name):
        given = (variants or {}).get(word, word)
        cands = [p for p in people if p.key.first == given]
    elif not cands and not is_first_name(word.title()):  # "Mr. Chheng" after "Chheng Sokhom"
        cands = [p for p in people if p.key.first == word]
    if not cands:  # "Alvarenga" of "Rodrigo Alvarenga-Mena": the first of two surnames
        cands = [p for p in people if p.key.first and double_surname_head(p.key.last, words.name_links) == word]
    if not cands:
        cands = [p for p in people if p.key.first and p.key.first != word and
                 any(word in x.parts[1:-1] for x in p.mentions if x.key.first)]
    if m.age is not None:  # two or more the reader knows by then: one of them (not a father named after)
        known = [p for p in cands if any(x.actor.start < m.actor.start for x in p.mentions if x.key.first)]
        return by_age(known if len(known) > 1 else cands, m.age, words)
    if m.generation is not None:  # "Delgado Sr.": the Sr. of that surname
        cands = [p for p in cands if p.generation == m.generation]
    else:
        cands = _bare_of_generations(cands)
    cands = compatible(cands, m.title, m.gender, m.kin, words)
    found = one_named_before(cands, m.actor.start)
    return found if found is not None or m.title is not None else _principal(cands, m)


def _principal(cands: list[Person], m: Mention) -> Person | None:
    """``Hollister`` after ``Rick Hollister`` and his son ``Tyler Hollister``: in a story about one
    family the bare surname is the one named first (the others go by given name, title or kin
    word, as every actor gold reads it); people of other surnames left: no guess."""
    named = [p for p in cands if _first_full(p) < m.actor.start]
    if len(named) < 2 or any(p.key.last != m.key.last for p in named):
        return None
    return min(named, key=_first_full)


def _bare_of_generations(cands: list[Person]) -> list[Person]:
    """A father and son of one name (``Rafael Delgado Jr.``, ``Rafael Delgado Sr.``): the bare
    surname is the one the story named first, the other is told apart by his suffix or age word
    (``Delgado Sr.``, ``the elder Delgado``)."""
    pairs = [p for p in cands if p.generation is not None]
    later = {id(q) for p in pairs for q in pairs if q is not p and q.key == p.key and
             _first_full(q) > _first_full(p)}
    return [p for p in cands if id(p) not in later]


def _first_full(p: Person) -> int:
    return min((x.actor.start for x in p.mentions if x.key.first), default=10 ** 9)


def one_named_before(cands: list[Person], i: int) -> Person | None:
    """The one candidate, else the one whose full name came before token ``i`` (the only one the
    reader knows by then), else None."""
    if len(cands) == 1:
        return cands[0]
    before = [p for p in cands if any(x.actor.start < i for x in p.mentions if x.key.first)]
    return before[0] if len(before) == 1 else None


def compatible(cands: list[Person], title: Title | None, gender: str | None, kin: str | None,
               words: ActorWords) -> list[Person]:
    """The people of ``cands`` that a mention with this title, gender and kin word can name."""
    if gender is not None and len(cands) > 1:  # "Delaney, the mother,"
        cands = [p for p in cands if person_gender(p) in (None, gender)] or cands
    if kin is not None and len(cands) > 1:  # "Delaney, the father," is not the couple's son
        cands = [p for p in cands if not kin_conflicts(p, kin, words)]
    if title is None or len(cands) < 2 and title.gender is None:
        return cands
    if title.gender is not None:
        cands = title_gender_fits(cands, title.gender)
    office = [p for p in cands if title.id in p.titles]
    return office or cands


def title_gender_fits(cands: list[Person], gender: str) -> list[Person]:
    """The people of ``cands`` a title of ``gender`` (``Mr.``, ``Ms.``) can name: none whose given
    name is clearly of the other gender; of those, the ones whose name leans to the title's gender
    if any (``Ms. Lee`` after Kim Lee and Kyle Lee: Kim), else all (``Mr. Denholm`` after Kyle
    Denholm, a name ``mostly_female`` in the name table: a unisex name does not block)."""
    sure = [p for p in cands if (p.gender or first_name_gender(p.key.first, strict=True)) in (None, gender)]
    return [p for p in sure if person_gender(p) in (None, gender)] or sure


def person_gender(p: Person) -> str | None:
    """The person's gender: from a title or kin word, else from the given name (None: unknown)."""
    return p.gender or first_name_gender(p.key.first)


def nearest_before(people: list[Person], i: int, fits: Callable[[Person], bool] = lambda p: True,
                   also: dict[str, list[int]] | None = None) -> Person | None:
    """Of the people that ``fits``, the one with a mention nearest before token ``i`` (None: none).
    The one search behind ``her campaign``, ``his wife``, ``the senator``. ``also``: more mention
    starts by actor id (the surnames and descriptions found after the people were resolved).
    ``fits`` is asked of the people from the nearest back only (it is the costly part), until one
    fits; of two named last at the same token, the first in ``people``."""
    latest = []
    for k, p in enumerate(people):
        last = max((s for s in mention_starts(p, also) if s < i), default=-1)
        if last >= 0:
            latest.append((-last, k))
    latest.sort()
    return next((people[k] for _, k in latest if fits(people[k])), None)


def person_starts(actors: list[Actor], before: int) -> dict[str, list[int]]:
    """Where each person id is named before token ``before``, surnames and descriptions included
    (``Stanković`` after ``Foreign Minister Nikola Stanković``): the nearest names ``the minister``."""
    out: dict[str, list[int]] = {}
    for a in actors:
        if a.start < before and a.norm["type"] == "person":
            out.setdefault(a.norm["actor_id"], []).append(a.start)
    return out


def rivalled(doc: Doc, people: list[Person], i: int, best: Person, fits: Callable[[Person], bool],
             also: dict[str, list[int]] | None = None) -> bool:
    """Was another person that ``fits`` named within :func:`rival_window` of ``best``'s last
    mention before token ``i`` (``Sen. Pruitt and Sen. Ogle clashed. The senator …``)? Two
    candidates and no clue: no guess."""
    since = rival_window(doc, i, max(s for s in mention_starts(best, also) if s < i))
    return any(p is not best and any(since <= s < i for s in mention_starts(p, also)) and fits(p) for p in people)


def mention_starts(p: Person, also: dict[str, list[int]] | None) -> list[int]:
    """The first tokens of the person's mentions, and those ``also`` has for its id (the later surnames
    of :func:`person_starts`)."""
    starts = [m.actor.start for m in p.mentions]
    return starts + also.get(p.mentions[0].actor.norm["actor_id"], []) if also and p.mentions else starts


def rival_window(doc: Doc, i: int, nearest: int) -> int:
    """Where a second candidate makes the description at token ``i`` contested: from the start of
    the sentence of the nearest candidate's mention before it (token ``nearest``): ``A and B met.
    The minister …``: none; ``A met on Monday. B met on Tuesday, and the committee …``: B. The one
    window of both actor-layer resolvers and of the claim side's rival check."""
    return doc[nearest].sent.start if nearest < i else doc[i].sent.start


def body_titled(doc: Doc, person: Person, bodies: frozenset[str]) -> bool:
    """``Senate President Umaru Danjuma``: is every titled mention of the person written with a
    body's word (``bodies``, title case) right before its title? The president of that body, whom a
    bare ``the president`` names only when no one holds the title unqualified."""
    titled = [m for m in person.mentions if m.title is not None]
    return bool(bodies) and bool(titled) and all(_post_of_body(doc, m, bodies) for m in titled)


def _post_of_body(doc: Doc, m: Mention, bodies: frozenset[str]) -> bool:
    """Is the word before the title words of ``m`` (right before its name) a body's word?"""
    words = {w for phrase in m.title.words for w in phrase.split()}
    k = m.name_start - 1
    while k >= 0 and doc[k].lower_.rstrip(".") in words:
        k -= 1
    return 0 <= k < m.name_start - 1 and doc[k].is_title and doc[k].lower_ in bodies


def named_with(doc: Doc, person: Person, word: str) -> bool:
    """Was ``person`` named with ``word`` in its title (``Saudi Foreign Minister X``: minister;
    ``Former Gov. X``: former)?"""
    return any(word in {t.lower_.rstrip(".") for t in doc[max(0, m.actor.start - 1):m.actor.name_begin]}
               for m in person.mentions)


def only_former(doc: Doc, person: Person) -> bool:
    """Was ``person`` titled only with ``former`` (``former president Ramon Ilustre``, never
    ``President Ilustre``)? Then the person holds no post the titles name: ``the president`` is
    someone else. False for a person never titled."""
    titled = [m for m in person.mentions if m.actor.name_begin > m.actor.start]
    return bool(titled) and all(_past_titled(doc, m.actor.start, m.actor.name_begin) for m in titled)


def _past_titled(doc: Doc, start: int, name_begin: int) -> bool:
    """``former`` in the title words before ``name_begin`` (or right before ``start``), or
    ``ex-`` right before the title (``ex-president Ilustre``)."""
    before = {t.lower_ for t in doc[max(0, start - 1):name_begin]}
    return "former" in before or (start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "ex")


def gender_fits(gender: str | None) -> Callable[[Person], bool]:
    """A filter for :func:`nearest_before`: people of that gender or of unknown gender (any, for None)."""
    return lambda p: gender is None or person_gender(p) in (None, gender)


def _nearest(cands: list[Person], m: Mention) -> Person:
    """The person whose full name is nearest before ``m`` (else nearest after)."""
    def full_starts(p: Person) -> list[int]:
        return [x.actor.start for x in p.mentions if x.key.first or x.actor.norm["in_gazetteer"]]
    before = [(max(s for s in full_starts(p) if s < m.actor.start), i) for i, p in enumerate(cands)
              if any(s < m.actor.start for s in full_starts(p))]
    if before:
        return cands[max(before)[1]]
    after = [(min(full_starts(p) or [10 ** 9]), i) for i, p in enumerate(cands)]
    return cands[min(after)[1]]


def _resolved_bodies(doc: Doc, actors: list[Actor]) -> dict[tuple[int, str], str]:
    """(sentence start, role suffix) -> country of the generic bodies resolved to a country by the
    story (``The Senate in Paris``: fra-senate, ``country_source: focus``); (-1, end) -> country of a
    state tagged ``of <state>`` right after the token before ``end`` (``X of Canada``)."""
    found = {(doc[a.start].sent.start, a.norm["role"][3:]): a.norm["country"] for a in actors
             if a.norm.get("country_source") == "focus" and a.norm["type"] in ("legislature", "government")
             and a.norm.get("role") and a.norm.get("country")}
    found.update({(-1, str(a.start - 1)): a.norm["country"] for a in actors if a.norm["type"] == "state"
                  and a.norm.get("country") and a.start > 0 and doc[a.start - 1].lower_ == "of"})
    found.update(_office_countries(doc, actors))
    return found


def _office_countries(doc: Doc, actors: list[Actor]) -> dict[tuple[int, str], str]:
    """(sentence start, ``office:`` + office slug) -> the country of an unnamed office holder
    (``Oman's foreign minister``: omn-foreign-minister) named in that sentence or the one before:
    ``Foreign Minister X`` there, with no country of its own, is that country's. Two countries'
    offices of one slug in reach: none."""
    found: dict[tuple[int, str], str | None] = {}
    for a in actors:
        country, aid = a.norm.get("country"), a.norm["actor_id"]
        if a.norm.get("via") != "role_phrase" or a.norm["type"] != "person" or not country or \
                not aid.startswith(country.lower() + "-"):
            continue
        sent = doc[a.start].sent
        starts = [sent.start] + ([sent.end] if sent.end < len(doc) else [])
        for key in ((k, "office:" + aid[4:]) for k in starts):
            found[key] = country if found.get(key, country) == country else None
    return {k: c for k, c in found.items() if c}


def _settle(doc: Doc, person: Person, ctx: PeopleContext, focus: str | None,
            bodies: dict[tuple[int, str], str] | None = None) -> None:
    """One norm for every mention of ``person``: gazetteer norm or the slug of the full name, with
    the role, country and party that any of its mentions' titles gave."""
    first = min(person.mentions, key=lambda m: (m.key.first is None, m.actor.start))
    if person.entry is not None:
        base = ctx.person_norm(person.entry)
    else:
        base = dict(first.actor.norm)
        base["actor_id"] = _slug_id(doc, first, ctx) or base["actor_id"]
        base["name"] = without_postnominals(base["name"], ctx.words)
    for m in person.mentions:
        if m.actor.norm["in_gazetteer"] and m.actor.norm["actor_id"] != base["actor_id"]:
            continue  # "Mr. Ortega" matched Daniel Ortega's alias: not this person's data
        for key in ("role", "country", "role_source"):
            if m.actor.norm.get(key) and not base.get(key):
                base[key] = m.actor.norm[key]
    party = next((p for p in (party_after(doc, m.actor.end) for m in person.mentions) if p), None)
    if party:
        base["party"] = party
        base["country"] = base.get("country") or "USA"
    _title_role(doc, person, base, focus, bodies or {})
    for m in person.mentions:
        own = m.actor.norm
        if m is first or m.key == person.key or own.get("actor_id") == base["actor_id"]:
            m.actor.norm = {**base, "via": own.get("via") or base.get("via")}
        else:
            m.actor.norm = {**base, "via": "coref"}
            m.actor.origin = "rule:coref"


def _slug_id(doc: Doc, m: Mention, ctx: PeopleContext) -> str:
    """The full name without title, initials or suffix: ``Sen. Robert K. Hensley Jr.`` ->
    ``robert-hensley`` (middle names stay: ``maria-corina-machado``); ``the elder Marsh`` that no
    kin word resolves: ``marsh-elder``, never the id of the other Marshes left unresolved."""
    slug = person_slug(_name_words(span_words(doc[m.name_start:m.actor.end]), ctx.words))
    if m.generation == "sr" and m.key.first:  # "Rafael Delgado Sr.": not his son's id
        return f"{slug}-sr"
    return f"{slug}-{m.age}" if m.age and m.key.first is None else slug


def person_slug(words: list[str]) -> str:
    """The id of a person not in the gazetteer, from the words of the name (no title): initials
    left out (``["Margaret", "A.", "Wenzel"]`` -> ``margaret-wenzel``)."""
    return slugify(" ".join(w for w in words if not _INITIAL.match(w)))


def _title_role(doc: Doc, person: Person, base: dict, focus: str | None, bodies: dict[tuple[int, str], str]) -> None:
    """``Sen. X``: USALEG (the title's country, else the person's, else that of a body of the role
    the story resolved in the mention's sentence, ``Senator X`` beside ``The Senate in Paris``,
    else the document's). The title of a body of no country (``European Commission President X``)
    is no office of the person's country. A country from the document's focus alone is marked
    ``country_source: focus`` (the scene of the sentence may still decide: ``actor_scene_country``)."""
    if base.get("role"):
        return
    for m in person.mentions:
        title = m.title
        if title is None or title.role is None or (m.actor.stateless_office and not title.country):
            continue
        tagged = bodies.get((-1, str(m.actor.end)))  # "House Speaker X of Canada": not the US one
        sent = doc[m.actor.start].sent.start
        found = (tagged or title.country) or base.get("country") or bodies.get((sent, title.role)) or \
            next((bodies[k] for k in ((sent, "office:" + slugify(w)) for w in title.words) if k in bodies), None)
        country = found or focus
        if country:
            base["country"] = country
            base["role"] = country + title.role
            base["role_source"] = "title"
            if not found:
                base["country_source"] = "focus"
            return
