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
One relative fits or none is written: two candidates -> no mention, never a guess.
Word lists (``actor_words.jsonl``): ``kin-female``, ``kin-male``, ``kin-parents``,
``kin-children``, ``kin-vocatives``, ``family-nouns``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, make_norm
from pipeline.components.actor_people import (Person, gender_fits, kin_conflicts, kin_gender, nearest_before,
                                               person_gender)
from pipeline.components.gazetteer import ActorWords

PRONOUN_GENDER = {"her": "female", "his": "male"}
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
    """``his wife``, ``her husband``, ``his father``: see the module doc."""
    for tok in doc:
        word = tok.lower_
        if kin_gender(word, words) is None or tok.i == 0:
            continue
        prev = doc[tok.i - 1]
        if prev.lower_ not in PRONOUN_GENDER or taken[tok.i] or taken[prev.i] or \
                (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN")):
            continue
        owner = nearest_before(people, prev.i, gender_fits(PRONOUN_GENDER[prev.lower_]))
        if owner is None or not owner.key.last:
            continue
        kin_of = relatives(people, owner, word, tok.i, words)
        if len(kin_of) == 1:
            norm = {**kin_of[0].mentions[0].actor.norm, "via": "kin"}
            _mark(actors, taken, Actor(prev.i, tok.i + 1, norm, "rule:kin", word, "person"))


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
    """``Dad`` / ``Mom`` as a name: the parent of the person named nearest before it."""
    for tok in doc:
        if not _vocative(doc, tok.i, words):
            continue
        sent = tok.sent
        since = doc[sent.start - 1].sent.start if sent.start > 0 else 0
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
    for tok in doc:
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
