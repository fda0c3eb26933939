"""Family words for ``claims_actors``: relatives named by their kin to a named person, and families.

- ``his wife``, ``her husband``, ``his father``: the person of the possessor's surname with the
  kin word's gender (``his wife`` after ``Mark Delaney`` and ``Ruth Delaney`` -> Ruth Delaney).
  The possessor is the nearest earlier person of the pronoun's gender; among the relatives, those
  named before the kin word count first, and one the article calls a son or daughter (``Owen
  Delaney, the couple's son``) is never a father, mother, husband or wife of the family.
- ``Dad`` / ``Mom`` used as a name (``"Dad has been very gracious," Owen Delaney said``): the
  parent of that gender of the person named nearest before, in that sentence or the one before.
- ``the couple``, ``the newlyweds``, ``the Delaneys``: the family group ``<surname>-family`` when the
  people named so far share one surname (``the Delaneys``: a surname of two people of the article).
- ``my husband`` inside a quote: the quote's speaker's (``"…," she said``); ``Hollister's wife``:
  that person's. A link tells the two people's kin (``his son``: a child and a parent), which
  settles ``the elder Mr. Hollister`` / ``the younger Hollister`` (:func:`settle_ages`).
One relative fits or none is written: two candidates -> no mention, never a guess. No relative of
that surname at all, and a sure owner: the relative the article does not name (``his wife`` ->
``rick-hollister-wife``).
Word lists (``actor_words.jsonl``): ``kin-female``, ``kin-male``, ``kin-parents``,
``kin-children``, ``kin-vocatives``, ``family-nouns``.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, is_possessive, make_norm, previous_sentence_start
from pipeline.components.actor_people import (AGE_WORDS, Person, by_age, gender_fits, kin_conflicts, kin_gender,
                                               nearest_before, person_gender, rivalled)
from pipeline.components.gazetteer import ActorWords
from pipeline.components.token_scan import last_doc_cache, positions
from pipeline.tokens import PERSON_PRONOUNS

PRONOUN_GENDER = {"her": "female", "his": "male"}
QUOTES = frozenset({'"', "“", "”"})
NOT_A_NAME = frozenset({"the", "a", "an", "my", "your", "his", "her", "our", "their", "its"})


def _first_start(p: Person) -> int:
    return min(m.actor.start for m in p.mentions)


def relatives(people: list[Person], owner: Person, word: str, before: int, words: ActorWords) -> list[Person]:
    """The people ``owner``'s kin word ``word`` can name: same surname, the word's gender, not
    ruled out by a kin word the article gave them; those named before ``before`` first."""
    gender = kin_gender(word, words)
    same = [p for p in people if p is not owner and p.key.first and p.key.last == owner.key.last
            and person_gender(p) == gender and not kin_conflicts(p, word, words)]
    named = [p for p in same if _first_start(p) < before]
    return named or same


def _mark(actors: list[Actor], taken: list[bool], actor: Actor) -> None:
    actors.append(actor)
    for k in range(actor.start, actor.end):
        taken[k] = True


def find_kin(doc: Doc, actors: list[Actor], taken: list[bool], people: list[Person], words: ActorWords) -> None:
    """``his wife``, ``her husband``, ``Hollister's father``, ``my husband`` in a quote: see the
    module doc. A link tells the two people's kin (a son's owner is a parent: ``the elder X``)."""
    for tok in map(doc.__getitem__, positions(doc, words.kin_female | words.kin_male)):
        word = tok.lower_
        if kin_gender(word, words) is None or tok.i == 0:
            continue
        prev = doc[tok.i - 1]
        if taken[tok.i] or (taken[prev.i] and prev.tag_ != "POS") or \
                (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN")):
            continue
        owner, start = _possessor(doc, prev, actors, people, words)
        named = _apposed_to(doc, start, tok, people)  # "Owen Brandt, his son,": Owen, not Owen's son
        if named is not None:
            owner = nearest_before(people, named_start(named, start), lambda p: p is not named and
                                   gender_fits(PRONOUN_GENDER.get(prev.lower_))(p))
        if owner is None or not owner.key.last:
            continue
        kin_of = [named] if named is not None else relatives(people, owner, word, tok.i, words)
        if len(kin_of) == 1:
            _note_kin(owner, kin_of[0], word, words)
            norm = {**kin_of[0].mentions[0].actor.norm, "via": "kin"}
        elif kin_of or not _unnamed_kin_ok(doc, tok.i, owner, people, start):
            continue
        else:  # "Nobody asks Rick Hollister who his wife answers to": his wife, unnamed
            base = owner.mentions[0].actor.norm
            norm = make_norm(f"{base['actor_id']}-{word}", f"{base['name']}'s {word}", "person", base.get("country"),
                             False, None, "kin")
        _mark(actors, taken, Actor(start, tok.i + 1, norm, "rule:kin", word, "person"))


def _possessor(doc: Doc, prev, actors: list[Actor], people: list[Person],
               words: ActorWords) -> tuple[Person | None, int]:
    """Whose kin ``<prev> <kin word>`` names, and where the mention starts: ``his``/``her``: the
    nearest earlier person of that gender; ``my`` inside a quote: the quote's speaker;
    ``Hollister's``: that person (the mention is the kin words alone)."""
    if prev.lower_ in PRONOUN_GENDER:
        return nearest_before(people, prev.i, gender_fits(PRONOUN_GENDER[prev.lower_])), prev.i
    if prev.lower_ == "my":
        return quote_speaker(doc, prev.i, actors, people, words), prev.i
    if prev.tag_ == "POS":
        return next((p for p in people for m in p.mentions if m.actor.end == prev.i), None), prev.i + 1
    return None, prev.i


def _apposed_to(doc: Doc, start: int, tok, people: list[Person]) -> Person | None:
    """The person named right before ``, <kin words>`` when the parser reads the kin word as its
    apposition (``Owen Brandt, his son,``); not ``for Sir Geoffrey, his son, Oliver Hale, has``."""
    if start < 2 or doc[start - 1].text != "," or tok.dep_ != "appos" or \
            tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].pos_ == "PROPN":
        return None
    return next((p for p in people for m in p.mentions
                 if m.actor.end == start - 1 and m.actor.start <= tok.head.i < m.actor.end), None)


def named_start(person: Person, before: int) -> int:
    """The first token of ``person``'s last mention before token ``before``."""
    return max(m.actor.start for m in person.mentions if m.actor.start < before)


def _note_kin(owner: Person, relative: Person, word: str, words: ActorWords) -> None:
    """``his son`` -> Tyler: Tyler is a child, his owner a parent (and the other way round), what
    :func:`by_age` reads for ``the elder Hollister``."""
    relative.kin.add(word)
    gender = person_gender(owner)
    if word in words.kin_children and gender:
        owner.kin.add("father" if gender == "male" else "mother")
    elif word in words.kin_parents and gender:
        owner.kin.add("son" if gender == "male" else "daughter")


def _unnamed_kin_ok(doc: Doc, i: int, owner: Person, people: list[Person], start: int) -> bool:
    """A relative the article does not name gets a mention of its own (``rick-hollister-wife``)
    only when the owner is sure: named in this sentence or the one before, no other person of the
    pronoun's gender in the rival window; not ``his father's house`` nor ``his wife, Linda,``."""
    if i + 1 < len(doc) and (doc[i + 1].tag_ == "POS" or is_possessive(doc[i + 1]) or
                             doc[i + 1].text == "," and i + 2 < len(doc)
                             and doc[i + 2].pos_ == "PROPN"):
        return False
    since = previous_sentence_start(doc, i)
    if not any(since <= m.actor.start < i for m in owner.mentions):
        return False
    pronoun = PRONOUN_GENDER.get(doc[start].lower_)
    return pronoun is None or not rivalled(doc, people, start, owner, gender_fits(pronoun))


def quote_speaker(doc: Doc, i: int, actors: list[Actor], people: list[Person], words: ActorWords) -> Person | None:
    """The speaker of the quote around token ``i`` by the attribution right after the closing quote
    (``"…," she said`` / ``"…," said Ms. Okafor``), else right before the opening one (``…, he
    laughed. "Let's get Dad elected first."``): the person named there, or for ``he``/``she`` the
    nearest person of that gender named before the quote. None outside a quote or with no such
    attribution."""
    bounds = _quote_bounds(doc, i)
    if bounds is None:
        return None
    opening, closing = bounds
    after = [t for t in doc[closing + 1:min(closing + 6, len(doc))] if not t.is_punct]
    before = [t for t in doc[max(opening - 5, 0):opening] if not t.is_punct][-2:]
    if after and any(t.lemma_ in words.quote_verbs for t in after[:2]):
        said = after[:3]
    elif len(before) == 2 and before[-1].lemma_ in words.quote_verbs and before[-1].pos_ == "VERB":
        said = before[:1]
    else:
        return None
    for t in said:
        if t.lower_ in PERSON_PRONOUNS:
            return nearest_before(people, t.i, gender_fits(PRONOUN_GENDER["his" if t.lower_ == "he" else "her"]))
        named = next((p for p in people for m in p.mentions if m.actor.start <= t.i < m.actor.end), None)
        if named is not None:
            return named
    return None


def inside_quote(doc: Doc, i: int) -> bool:
    """Does token ``i`` stand inside a quotation of its paragraph (:func:`_quote_bounds`)?"""
    return _quote_bounds(doc, i) is not None


def _quote_bounds(doc: Doc, i: int) -> tuple[int, int] | None:
    """The opening and closing quote marks around token ``i`` in its paragraph (straight quotes
    counted in pairs from the paragraph's start), or None; found for every token once per Doc
    (:func:`_all_quote_bounds`)."""
    return _all_quote_bounds(doc)[i]


@last_doc_cache(stamp=len)
def _all_quote_bounds(doc: Doc) -> list[tuple[int, int] | None]:
    """:func:`_quote_bounds` of every token, one paragraph (tokens up to one with a line break)
    at a time; kept for the last Doc asked and its length (a Doc retokenized in place is read
    again; :func:`~pipeline.components.token_scan.last_doc_cache`), never in ``doc.user_data``."""
    bounds: list[tuple[int, int] | None] = [None] * len(doc)
    start = 0
    for k, tok in enumerate(doc):
        if _breaks(tok) or k == len(doc) - 1:
            _paragraph_quote_bounds(doc, start, k, bounds)
            start = k + 1
    return bounds


def _paragraph_quote_bounds(doc: Doc, start: int, end: int, bounds: list) -> None:
    """Fill ``bounds`` for the tokens ``start``..``end`` of one paragraph: the last quote mark
    before a token opens its quotation (not a closing ``”``, not a straight ``"`` that closes a
    pair), the first one after closes it."""
    marks = [k for k in range(start, end + 1) if doc[k].text in QUOTES]
    for i in range(marks[0] + 1, marks[-1]) if len(marks) > 1 else ():
        n = bisect.bisect_left(marks, i)  # marks before ``i``
        last = doc[marks[n - 1]].text
        if last == "”" or (last == '"' and n % 2 == 0):
            continue
        bounds[i] = (marks[n - 1], marks[bisect.bisect_right(marks, i)])


def _breaks(tok) -> bool:
    return "\n" in tok.text or "\n" in tok.whitespace_


def settle_ages(people: list[Person], words: ActorWords) -> None:
    """``the elder Mr. Hollister`` left unresolved (``hollister-elder``) until the kin words named a
    parent and a child of the family (``It was his son``): :func:`by_age` again among the people of
    that surname; the one it finds takes the mentions (no kin word tells them apart: as it was)."""
    for p in list(people):
        age = p.mentions[0].age if p.mentions else None
        if p.key.first is not None or age not in AGE_WORDS.values():
            continue
        found = by_age([q for q in people if q.key.first and q.key.last == p.key.last], age, words)
        if found is None:
            continue
        for m in p.mentions:
            m.actor.norm = {**found.mentions[0].actor.norm, "via": "coref"}
        found.mentions.extend(p.mentions)
        people.remove(p)


def _vocative(doc: Doc, i: int, words: ActorWords) -> bool:
    """``Dad`` in ``"Dad has been very gracious"``: a kin word written as a name."""
    tok = doc[i]
    if tok.lower_ not in words.kin_vocatives or not tok.is_title:
        return False
    if i > 0 and doc[i - 1].lower_ in NOT_A_NAME:
        return False
    return not (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN")  # "Father Michael", "Mother Jones"


def find_vocative_kin(doc: Doc, actors: list[Actor], taken: list[bool], people: list[Person],
                      words: ActorWords) -> None:
    """``Dad`` / ``Mom`` as a name: the parent of the quote's speaker (:func:`quote_speaker`), else
    of the person named nearest before it in that sentence or the one before."""
    for tok in map(doc.__getitem__, positions(doc, words.kin_vocatives)):
        if not _vocative(doc, tok.i, words):
            continue
        since = previous_sentence_start(doc, tok.i)
        owner = quote_speaker(doc, tok.i, actors, people, words)
        if owner is None:
            owner = nearest_before(people, tok.i)
            if owner is None or not any(since <= m.actor.start < tok.i for m in owner.mentions):
                continue
        kin_of = relatives(people, owner, tok.lower_, len(doc), words)
        if len(kin_of) != 1:
            continue
        for a in [a for a in actors if a.start <= tok.i < a.end]:
            if a.end - a.start > 1:
                break  # part of a longer name: not a vocative
            actors.remove(a)
        else:
            norm = {**kin_of[0].mentions[0].actor.norm, "via": "kin"}
            _mark(actors, taken, Actor(tok.i, tok.i + 1, norm, "rule:kin", tok.lower_, "person"))


def _shared_surnames(people: list[Person], before: int) -> dict[str, list[Person]]:
    out: dict[str, list[Person]] = {}
    for p in people:
        if p.key.first and _first_start(p) < before:
            out.setdefault(p.key.last, []).append(p)
    return {k: v for k, v in out.items() if len(v) > 1}


def _family_norm(surname: str, members: list[Person]) -> dict:
    country = next((m.actor.norm.get("country") for p in members for m in p.mentions
                    if m.actor.norm.get("country")), None)
    return make_norm(f"{surname}-family", f"the {surname.replace('-', ' ').title()} family", "group",
                     country, False, None, "family")


def _plural_surname(tok, surnames: dict[str, list[Person]]) -> str | None:
    text = tok.text.lower()
    for cut in (1, 2):  # "Delaneys", "Joneses"
        if tok.is_title and text[:-cut] in surnames and text[-cut:] in ("s", "es"):
            return text[:-cut]
    return None


def find_families(doc: Doc, actors: list[Actor], taken: list[bool], people: list[Person],
                  words: ActorWords) -> None:
    """``the couple``, ``the family``, ``the Delaneys``: see the module doc."""
    everyone = _shared_surnames(people, len(doc))
    plurals = {s + end for s in everyone for end in ("s", "es")}  # the only words _plural_surname takes
    for tok in map(doc.__getitem__, positions(doc, plurals | set(words.family_nouns))):
        surname = _plural_surname(tok, everyone)
        start = tok.i
        if surname is None and tok.lower_ in words.family_nouns and tok.i > 0 and \
                doc[tok.i - 1].lower_ == "the" and not taken[tok.i]:
            named = _shared_surnames(people, tok.i)
            if len(named) != 1 or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN")):
                continue
            surname, start = next(iter(named)), tok.i - 1
        if surname is None:
            continue
        over = [a for a in actors if a.start <= tok.i < a.end]
        if any(a.norm["type"] != "person" for a in over):
            continue  # "the Delaneys' lawyer" inside another actor's name stays there
        for a in over:
            actors.remove(a)
        _mark(actors, taken, Actor(start, tok.i + 1, _family_norm(surname, everyone[surname]), "rule:family",
                                   tok.lower_, "group"))
