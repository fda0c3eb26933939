"""A country's office named without its holder's name: ``Japan's prime minister``, ``the German
chancellor``, ``Oman's foreign minister``. The office is the whole office phrase of the words
(``prime minister``, not its last word ``minister``: one id ``jpn-prime-minister`` for ``Japan's
prime minister`` and ``the Japanese prime minister``), and a later bare ``the prime minister``
names the nearest such office the article named before it, before the offices table's holder or
the unnamed holder of the country in focus is guessed (``the chancellor`` after ``the German
chancellor`` in a Polish story is Germany's), unless the article names the head later with the
title (``President X``), names the table's holder in between, or the office is another country's
than the one in focus and is not the topic just before (:func:`office_antecedent`). A person the article named with the title (``Prime
Minister Eleanor Hart``) is found before this (``actor_groups.describe``). Not done: two
countries' offices of one phrase in the sentence of the nearest (``Oman's foreign minister met
Iran's foreign minister``) leave a later bare ``the foreign minister`` to the other steps.
``the Eritrean leader`` is the country's one leader the article names (:func:`name_country_leaders`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_kin import inside_quote
from pipeline.components.actor_model import Actor
from pipeline.components.actor_people import Person, named_with
from pipeline.components.gazetteer import Title, slugify


def office_phrase(doc: Doc, first: int, head: int, offices: frozenset[str]) -> str | None:
    """The longest office of ``offices`` (``head-offices``: ``prime minister``, ``foreign
    minister``) that the words ``doc[first:head + 1]`` end with, else None; an office written with
    a hyphen is the office written with a space (``attorney-general``, ``vice-president``)."""
    for n in (3, 2, 1):
        if head - n + 1 < first:
            continue
        phrase = " ".join(t.lower_ for t in doc[head - n + 1:head + 1]).replace(" - ", " ")
        if phrase in offices:
            return phrase
    return None


def whole_office(norm: dict, phrase: str | None, country_name: str, past: bool = False) -> dict:
    """A country's unnamed office holder (``jpn-minister``, made from the head noun alone) under
    the id of the whole office ``phrase`` (``jpn-prime-minister``); ``past`` (``Japan's former prime
    minister``): a past holder's id of its own (``jpn-former-prime-minister``); any other norm as it is."""
    country = norm.get("country")
    if not country or phrase is None or norm.get("type") != "person" or \
            norm["actor_id"] != f"{country.lower()}-{slugify(phrase.split()[-1])}":
        return norm
    phrase = f"former {phrase}" if past else phrase
    return {**norm, "actor_id": f"{country.lower()}-{slugify(phrase)}", "name": f"{country_name} {phrase}"}


def is_country_office(norm: dict, phrase: str) -> bool:
    """Is ``norm`` a country's unnamed holder of the office ``phrase`` named by a role phrase?"""
    country = norm.get("country")
    return bool(country) and norm.get("type") == "person" and norm.get("via") == "role_phrase" and \
        norm["actor_id"] == f"{country.lower()}-{slugify(phrase)}"


def office_antecedent(doc: Doc, actors: list[Actor], the: int, head: int, phrase: str,
                      focus: str | None = None, holder: str | None = None) -> dict | None:
    """``the <phrase>`` at token ``the`` (its head at ``head``): the nearest country office of that
    phrase named before it (:func:`is_country_office`). None when none is, when ``of <state>``
    follows the head (``the president of Brazil``), when the sentence of the nearest names two
    countries' offices of that phrase, when ``holder`` (the offices table's holder in the country
    in focus) is named between them, or when the office is another country's than ``focus`` and
    is not the topic just before (:func:`_foreign_aside`)."""
    if _of_state(doc, head, actors):
        return None
    earlier = [a for a in actors if a.end <= the and is_country_office(a.norm, phrase)]
    if not earlier:
        return None
    last = max(earlier, key=lambda a: a.start)
    sent = doc[last.start].sent
    if len({a.norm["actor_id"] for a in earlier if sent.start <= a.start < sent.end}) > 1:
        return None
    if holder is not None and any(a.norm["actor_id"] == holder and last.end <= a.start < the for a in actors):
        return None  # "Ukraine's president … Trump said … The president": no longer Ukraine's
    home = focus is not None and holder not in (None, f"{focus.lower()}-{slugify(phrase)}")
    if home and last.norm["country"] != focus and _foreign_aside(doc, actors, last, the, focus):
        return None  # only when the offices table gives the country in focus a holder (no Polish chancellor)
    return {**last.norm, "via": "coref"}


def _of_state(doc: Doc, head: int, actors: list[Actor]) -> bool:
    """``the president of Brazil``, ``the president of the United States``: a state follows."""
    return head + 2 < len(doc) and doc[head + 1].lower_ == "of" and \
        any(a.start in (head + 2, head + 3) and a.norm.get("type") == "state" for a in actors)


def _foreign_aside(doc: Doc, actors: list[Actor], last: Actor, the: int, focus: str) -> bool:
    """The country in focus's own holder is the default referent of a bare ``the prime minister``;
    another country's office ``last`` is it only as the topic just before: named in the sentence
    of ``the`` or the one before (quoted sentences between do not count), and the sentence of ``the`` not set at a place of the country in
    focus that the sentence of ``last`` did not name (``Pakistan's prime minister said … In New
    Delhi, the prime minister told parliament``: India's)."""
    sent, before = doc[the].sent, doc[last.start].sent
    if before.end < sent.start and any(not _quoted(doc, s) for s in doc[before.end:sent.start].sents):
        return True  # a sentence between that is no quotation ("… the Mexican president said. "We …," the president said")
    known = {a.norm["actor_id"] for a in actors if before.start <= a.start < before.end and not _line_first(doc, a.start)}
    return any(sent.start <= a.start < the and a.norm.get("type") == "location" and a.norm.get("country") == focus
               and a.norm["actor_id"] not in known for a in actors)


def _quoted(doc: Doc, sent) -> bool:
    """Does the sentence ``sent`` open inside a quotation (its first word, past quote marks)?"""
    word = next((t for t in sent if not t.is_punct), None)
    return word is not None and inside_quote(doc, word.i)


def _line_first(doc: Doc, i: int) -> bool:
    """Token ``i`` opens the text or a line (a dateline's place)."""
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def name_country_leaders(doc: Doc, actors: list[Actor], people: list[Person], titles: dict[str, Title],
                         leader_offices: frozenset[str], holders: dict[str, str] | None = None) -> None:
    """``the Eritrean leader`` (``eri-leader``, a role phrase) is the one leader of that country the
    article names anywhere: a person titled with one of ``leader_offices`` (``Azerbaijani President
    X``, not ``former``, not a body's post: ``Toyota President X``), one of ``holders`` (the
    offices table's holders of those offices on the date, id to country: ``Macron`` named with no
    title) or, named before it, the country's unnamed office of one (``The Eritrean president``);
    two of them (a president and a prime minister): it stays as it is. ``a Saudi leader`` is
    someone else."""
    holders = holders or {}
    for a in actors:
        country = a.norm.get("country")
        if not is_country_office(a.norm, "leader") or \
                (a.start > 0 and doc[a.start - 1].lower_ in ("a", "an", "one", "another")):
            continue
        found = {p.mentions[0].actor.norm["actor_id"]: p.mentions[0].actor.norm for p in people
                 if p.mentions and (_titled_leader(doc, p, titles, leader_offices)
                                    or holders.get(p.mentions[0].actor.norm["actor_id"]) == country)}
        found.update((b.norm["actor_id"], b.norm) for b in actors if b.end <= a.start and
                     any(is_country_office(b.norm, office) for office in leader_offices))
        found = {k: n for k, n in found.items() if n.get("country") == country}
        if len(found) == 1:
            a.norm = {**next(iter(found.values())), "via": "coref"}


def _titled_leader(doc: Doc, person: Person, titles: dict[str, Title], leader_offices: frozenset[str]) -> bool:
    """``Azerbaijani President X``: titled with a leader's office, not ``former``, and not as a
    body's post (``Toyota President X``, ``Samsung Electronics President Y``: a capitalised name,
    no date, no country or demonym, right before the title the mention opens with)."""
    if not person.nouns(titles) & leader_offices or named_with(doc, person, "former"):
        return False
    start = person.mentions[0].actor.start
    before = doc[start - 1] if start > 0 else None
    return before is None or not (before.is_alpha and before.text[0].isupper() and before.pos_ == "PROPN"
                                  and before.ent_type_ not in ("DATE", "TIME", "NORP", "GPE"))
