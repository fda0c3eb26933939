"""Short names made of the first letters of a body's name words, not one letter each:
``Comelec`` (Commission on Elections), ``Namfrel`` (National Citizens' Movement for Free
Elections), ``UNMISS`` (the U.N. Mission in South Sudan), and plain initials of a body the
gazetteer knows under another id (``PNP`` after the Philippine National Police). The short name,
an unknown actor of one word, takes the norm of the one body of the document it abbreviates.

A title-case short name must take two letters or more from two words or more (``Com`` + ``elec``):
one letter of each word (``Meta`` after the Ministry of Education and Technology Affairs) is an
acronym only written in capitals (``PNP``) or in brackets right after the body's name. A name
translated from a head-first language may keep that order's capitals (``PLN`` of the National
Liberation Party: :func:`head_first_initials`), read so only in a story from a country of such a
language (``head-first-language-countries``: ``SAN JOSÉ, Costa Rica``, not ``NEW DELHI``). A known
given name, a name of the gazetteer, a topic or a post (``topic-acronyms``: ``AGM``, ``IPO``;
``title-acronyms``: ``CEO``) is never a short name. Word lists (``actor_words.jsonl``):
``abbreviated-body-types``, ``abbreviation-name-links`` and ``acronym-event-heads``."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc

from pipeline.components.actor_headlines import front_matter_end, indefinite_phrase
from pipeline.components.actor_model import POSSESSIVE_ENDS, Actor
from pipeline.components.actor_people import is_first_name
from pipeline.components.gazetteer import RULES, ActorWords, load_words

_LETTERS = re.compile(r"[^\W\d_]+")
_NONE = -1  # no way to spell the short name


@lru_cache(maxsize=1)
def _default_words() -> ActorWords:
    return load_words(RULES / "actor_words.jsonl")


def letter_words(toks) -> list[tuple[str, bool]]:
    """The words of tokens (lower case, letters only; ``U.N.`` two words) and whether each is a
    content word (title case)."""
    return [(part.lower(), part[0].isupper()) for tok in toks for part in _LETTERS.findall(tok.text)]


def _name_words(doc: Doc, a: Actor, by_start: dict[int, Actor], words: ActorWords) -> list[tuple[str, bool]]:
    """The name's words (:func:`letter_words`, a leading ``the`` left out); a place after
    ``in``/``of`` carries the name on; a last word of ``abbreviation_free_tails`` (``Holdings``)
    counts as a lower-case word (it may give letters or none)."""
    end = a.end
    nxt = by_start.get(end + 1) if end < len(doc) and doc[end].lower_ in words.abbreviation_name_links else None
    if nxt is not None and nxt.norm["type"] in ("state", "location"):
        end = nxt.end
    start = a.start + (doc[a.start].lower_ == "the")
    found = letter_words(doc[start:end])
    if len(found) > 2 and found[-1][0] in words.abbreviation_free_tails:  # "… Company Holdings": TEPCO
        found[-1] = (found[-1][0], False)
    return found


def spellings(short: str, words: list[tuple[str, bool]], skips: int = 1, inner: bool = False) -> int:
    """The most words that give two letters or more to ``short`` (lower case) over the ways to
    spell it with the first letters of the words in order (one or more of each content word,
    lower-case words and at most ``skips`` content words left out, the first and the last content
    word used); ``-1`` when there is none. With ``inner`` a word's letters after its first may
    come from inside it in order (``sps``: sanitary and phyto-sanitary). Memoised:
    O(len(short) × words × word length)."""
    content = [k for k, (_, title) in enumerate(words) if title]
    if not content:
        return _NONE
    first, last = content[0], content[-1]

    @lru_cache(maxsize=None)
    def best(i: int, j: int, skips: int) -> int:
        if i == len(short):
            return 0 if j > last else _NONE
        if j == len(words):
            return _NONE
        word, title = words[j]
        found = best(i, j + 1, skips - title) if not title or (skips and j not in (first, last)) else _NONE
        for k in range(1, _reach(short, i, word, inner) + 1):
            rest = best(i + k, j + 1, skips)
            if rest != _NONE:
                found = max(found, rest + (k >= 2))
        return found
    return best(0, 0, skips)


def _reach(short: str, i: int, word: str, inner: bool) -> int:
    """The most letters of ``short`` from ``i`` on that ``word`` gives: its first letter, then
    the next letters as its own next letters (or, with ``inner``, as letters found in order in
    its rest)."""
    if not word or i >= len(short) or word[0] != short[i]:
        return 0
    k = 1
    for c in word[1:]:
        if i + k < len(short) and c == short[i + k]:
            k += 1
        elif not inner:
            break
    return k


def abbreviates(short: str, words: list[tuple[str, bool]], bracketed: bool = False) -> bool:
    """Is ``short`` (as written, three letters or more) a short name of two content words or more
    (:func:`spellings`)? Written in capitals (``PNP``) or in brackets after the name, one letter of
    each word will do; otherwise (``Comelec``) two words give two letters or more."""
    if len(short) < 3 or sum(title for _, title in words) < 2:
        return False
    found = spellings(short.lower(), words)
    if found == _NONE:
        return False
    return found >= 2 or (short.isupper() or bracketed)


def _initials(short: str, words: list[tuple[str, bool]]) -> bool:
    """``PNG`` of ``Papua New Guinea``, ``DRC`` of ``Democratic Republic of Congo``: one capital
    for each title-case word of the name, in order, and nothing else."""
    return short.lower() == "".join(w[0] for w, title in words if title)


HEAD_FIRST_WORDS = 3  # title-case words a name opens with before its initials may be read head first


def head_first_initials(short: str, words: list[tuple[str, bool]]) -> bool:
    """``PLN`` of ``the National Liberation Party`` (Partido Liberación Nacional), ``PRI`` of the
    ``Institutional Revolutionary Party``: a name translated from a language that puts the head noun
    first keeps the initials of that order, the opening run of :data:`HEAD_FIRST_WORDS` title-case
    words or more read backwards, then the other title-case words in order; one capital for each
    and nothing else (``short`` written in capitals, three letters or more)."""
    run = next((k for k, (_, title) in enumerate(words) if not title), len(words))
    if len(short) < 3 or not short.isupper() or run < HEAD_FIRST_WORDS:
        return False
    order = words[:run][::-1] + words[run:]
    return short.lower() == "".join(w[0] for w, title in order if title) != "".join(w[0] for w, t in words if t)


def _head_first_of(body: Actor, short: str, name: list[tuple[str, bool]], head_first_story: bool) -> bool:
    """:func:`head_first_initials` for a body the gazetteer does not know by name (it lists a known
    body's own acronym: ``CNA`` is no ``African National Congress``; a role phrase, ``the Haitian
    National Police`` → ``HTICOP``, has no acronym listed, so ``PNH`` is its) in a story from a country
    of a head-first language (``head_first_story``; elsewhere ``PSB`` is no ``Bahujan Samaj Party``)."""
    unlisted = not body.norm["in_gazetteer"] or body.norm.get("via") == "role_phrase"
    return head_first_story and unlisted and head_first_initials(short, name)


def _hyphen_parts(doc: Doc, b: Actor) -> tuple[str, ...]:
    """``VMRO`` and ``DPMNE`` of ``VMRO-DPMNE``: the parts of a name of capitals joined by hyphens
    (:func:`_hyphened_capitals`), each of three letters or more; else none."""
    start = b.start + (doc[b.start].lower_ == "the")
    if b.end - start < 3 or _hyphened_capitals(doc[start:b.end]) is None:
        return ()
    return tuple(doc[k].text for k in range(start, b.end, 2) if len(doc[k].text) >= 3)


def _short_name(doc: Doc, a: Actor, known: Callable[[str], bool]) -> str | None:
    """``Comelec``, ``UNMISS``, ``the PNP``, ``PML-N``: an unknown body of one word of letters (or
    capitals joined by hyphens), no name of the gazetteer and, unless written in capitals, no given
    name (``MAC`` after the Mainland Affairs Council, not ``Mac``), as written; else None."""
    start = a.start + (doc[a.start].lower_ == "the")
    if start >= a.end or a.norm["in_gazetteer"]:
        return None
    word = doc[start].text if a.end - start == 1 else _hyphened_capitals(doc[start:a.end])
    if word is None or not word.isalpha() or len(word) < 3 or not (word.isupper() or word.istitle()) or \
            known(word) or not word.isupper() and is_first_name(word.title()):
        return None
    return word


def _hyphened_capitals(span) -> str | None:
    """``PML-N``, ``PDI-P``: capitals joined by hyphens with no space, the letters run together
    (``PMLN``, spelled from ``Pakistan Muslim League-Nawaz``); else None."""
    parts = [t.text for t in span]
    if len(parts) % 2 == 0 or any(t.whitespace_ for t in span[:-1]) or \
            any(p not in ("-", "\u2010") for p in parts[1::2]):
        return None
    word = "".join(parts[0::2])
    return word if word.isupper() else None


def _in_brackets_after(doc: Doc, short: Actor, body: Actor) -> bool:
    """``the Movement for Free Elections (Mofe)``: the short name in brackets right after the body."""
    return short.start >= 1 and short.end < len(doc) and body.end == short.start - 1 and \
        doc[short.start - 1].text == "(" and doc[short.end].text == ")"


def coref_abbreviations(doc: Doc, actors: list[Actor], words: ActorWords | None = None,
                        known: Callable[[str], bool] = lambda w: False, defined: set[str] | None = None,
                        country: str | None = None) -> None:
    """An unknown one-word body (:func:`_short_name`) whose letters abbreviate the name of exactly
    one other body of the document (:func:`abbreviates`), before or after it, takes its norm;
    ``known`` tells a name of the gazetteer; ``defined``: :func:`text_defined_acronyms` of ``doc``
    when the caller has it (it depends on the words alone); ``country``: the story's (the
    dateline's, else the one in focus), whose language may put a name's head first."""
    words = words or _default_words()
    head_first = country is not None and country in words.head_first_language_countries
    types = tuple(words.abbreviated_body_types)
    by_start = {a.start: a for a in actors}
    fulls = [(a, name) for a in actors if a.norm["type"] in types and a.end - a.start >= 2
             for name in (_name_words(doc, a, by_start, words), _bracketed(doc, a.end)) if name]
    initialled = [(a, name) for a in actors if a.norm["type"] in words.initialled_types and a.end - a.start >= 2
                  for name in (_name_words(doc, a, by_start, words),) if name]
    joined: dict[str, dict] = {}
    if defined is None:
        defined = text_defined_acronyms(doc)  # "X, the COB,": the text says whose it is, no letter guess
    for a in actors:
        short = _short_name(doc, a, known) if a.norm["type"] in types + ("group", "person") else None
        if short is not None and a.norm["type"] == "person" and not short.isupper():
            continue  # "TEPCO" read as a person is still a short name; "Mofe" is not
        if short is None or _bare_text(doc, a) in defined or short in words.topic_acronyms | words.title_acronyms:
            continue  # "the AGM", "the CEO": a meeting, a post, never a body's short name
        found = {b.norm["actor_id"]: b.norm for b, name in fulls
                 if b.norm["actor_id"] != a.norm["actor_id"] and (abbreviates(short, name, _in_brackets_after(doc, a, b))
                                                                  or _head_first_of(b, short, name, head_first))}
        found.update({b.norm["actor_id"]: b.norm for b, name in initialled
                      if short.isupper() and b.norm["actor_id"] != a.norm["actor_id"] and _initials(short, name)})
        if not found and short.isupper():
            found = {b.norm["actor_id"]: b.norm for b in actors
                     if b.norm["type"] in types and b.norm["actor_id"] != a.norm["actor_id"] and short in _hyphen_parts(doc, b)}
        if len(found) == 1:
            joined[a.norm["actor_id"]] = {**next(iter(found.values())), "via": "coref"}
    for a in actors:  # every mention of the short name's id, whatever the model typed it
        if a.norm["actor_id"] in joined and not a.norm["in_gazetteer"]:
            a.norm, a.origin = joined[a.norm["actor_id"]], "rule:abbreviation"


def bodies_read_as_people(doc: Doc, actors: list[Actor], words: ActorWords | None = None) -> None:
    """``Tigray People's Liberation Front`` read as a person, ``TPLF`` a body of the document: an
    unknown person of three title-case words or more (possessive endings left out, no known given
    name first) whose initials are exactly the capitals of one unknown body's mentions takes that
    body's norm, with every mention of its id. A person's initials that happen to be a body's
    (``JFK``) stay the person's: the name opens with a given name."""
    types = tuple((words or _default_words()).abbreviated_body_types)
    shorts: dict[str, dict[str, dict]] = {}
    for a in actors:
        text = _bare_text(doc, a)
        if a.norm["type"] in types and not a.norm["in_gazetteer"] and len(text) >= 3 and text.isalpha() and text.isupper():
            shorts.setdefault(text, {})[a.norm["actor_id"]] = a.norm
    joined: dict[str, dict] = {}
    for a in actors:
        found = shorts.get(_person_initials(doc, a), {}) if a.norm["type"] == "person" and not a.norm["in_gazetteer"] else {}
        if len(found) == 1:
            joined[a.norm["actor_id"]] = next(iter(found.values()))
    for a in actors:
        if a.norm["actor_id"] in joined:
            a.norm, a.origin = {**joined[a.norm["actor_id"]], "via": "coref"}, "rule:abbreviation"


def _person_initials(doc: Doc, a: Actor) -> str:
    """The initials of a name of three title-case words or more that opens with no given name
    (``TPLF``), else ``""``."""
    toks = [t for t in doc[a.start:a.end] if t.is_alpha]
    if len(toks) < 3 or not all(t.is_title for t in toks) or is_first_name(toks[0].text):
        return ""
    return "".join(t.text[0] for t in toks)


def own_initials_over_namesakes(doc: Doc, actors: list[Actor], initials: dict[str, list[tuple[int, dict]]],
                                words: ActorWords | None = None, focus: str | None = None) -> None:
    """``SPD`` after ``the Seattle Police Department``: a gazetteer body matched by an acronym of
    three capitals or more alone (its name and other aliases nowhere in the text) is the unknown
    body of the document whose initials (``initials``: initials -> ``(start, norm)``) those are,
    named before the acronym's first mention (or after a headline it is in: ``Suriname lawmakers
    elect NDP's Doelwijt`` over ``the National Democratic Party``), when exactly one body has them and the gazetteer
    body is a foreign namesake (:func:`_foreign_namesake`; ``focus``: the story's country, the
    dateline's when there is one)."""
    words = words or _default_words()
    types = tuple(words.abbreviated_body_types)
    texts: dict[str, set[str]] = {}
    for a in actors:
        texts.setdefault(a.norm["actor_id"], set()).add(_bare_text(doc, a))
    firsts: dict[str, Actor] = {}
    for a in actors:
        firsts.setdefault(a.norm["actor_id"], a)
    by_start, front = {a.start: a for a in actors}, front_matter_end(doc)
    joined: dict[str, dict] = {}
    for actor_id, shown in texts.items():
        short, first = next(iter(shown)) if len(shown) == 1 else "", firsts[actor_id]
        found = {norm["actor_id"]: (start, norm) for start, norm in initials.get(short, [])
                 if (start < first.start or doc[first.start].idx < front) and not norm["in_gazetteer"]} \
            if len(short) >= 3 and short.isalpha() and short.isupper() else {}
        if len(found) == 1:
            start, norm = next(iter(found.values()))
            if _foreign_namesake(doc, first.norm, by_start.get(start), norm, focus, words.acronym_event_heads):
                joined[actor_id] = {**norm, "via": "coref"}
    for a in actors:
        if a.norm["actor_id"] in joined and a.norm["in_gazetteer"] and a.norm["type"] in types:
            a.norm, a.origin = joined[a.norm["actor_id"]], "rule:abbreviation"


def _foreign_namesake(doc: Doc, known: dict, body: Actor | None, norm: dict, focus: str | None,
                      event_heads: frozenset[str]) -> bool:
    """May the gazetteer body ``known`` give way to the document's body (``body``, its ``norm``)
    of its initials? Only when ``known`` has a country that is neither the story's (``focus``) nor
    the body's (Germany's SPD after the Seattle Police Department, not after the Saxony Police
    Department in a German story, nor the DNC after the Democratic National Convention in an
    American one), and the body's name ends in no word of ``event_heads`` (``Convention``: where
    the party meets, not the party)."""
    country = known.get("country")
    if not country or country in (focus, norm.get("country")):
        return False
    return body is None or doc[body.end - 1].lower_ not in event_heads


def text_defined_acronyms(doc: Doc) -> set[str]:
    """The acronyms the text defines after a name (:func:`_definition_at`), bodies or not."""
    found = (_definition_at(doc, k) for k, tok in enumerate(doc) if tok.text in ("(", ","))
    return {d[0] for d in found if d is not None}


def _bracketed(doc: Doc, end: int) -> list[tuple[str, bool]]:
    """The words of a name in brackets right after a body's name (``the Communist Party of Nepal
    (Unified Marxist-Leninist)``: UML), at most six tokens, else none."""
    if end >= len(doc) or doc[end].text != "(":
        return []
    close = next((k for k in range(end + 1, min(end + 8, len(doc))) if doc[k].text == ")"), None)
    if close is None or close == end + 1:
        return []
    return letter_words(doc[end + 1:close])


def find_bare_acronyms(doc: Doc, actors: list[Actor], taken: list[bool],
                       initials: dict[str, list[tuple[int, dict]]], known: Callable[[str], bool],
                       skipped: frozenset[str] = frozenset(), modified: frozenset[str] = frozenset()) -> None:
    """``the DA`` after South Africa's ``Democratic Alliance``: a word in capitals the model left
    out (two to five letters, no name of the gazetteer, none of ``skipped``: a topic such as
    ``VAT``, a post such as ``MP``) that spells the initials of exactly one body of the document
    (``initials``: initials -> ``(start, norm)``), named before it or after a headline it is in
    (``DA gives Sithole seven days``), becomes a mention of that body,
    with the ``the`` before it. A district attorney's ``DA`` in a story with no body of those
    initials stays no actor; so does a word after a number (``10 PM``) or in an indefinite phrase
    (``a Republican PAC``: one of many). Before a noun of ``modified`` (``DA lawmakers``) the word
    is left to the group it modifies."""
    by_start, front = {a.start: a for a in actors}, front_matter_end(doc)
    for tok in doc:
        word, end = _acronym_word(doc, tok.i)
        if not _bare_acronym(doc, tok, taken, known, skipped, modified) or any(taken[tok.i:end]):
            continue
        found = initials.get(word, [])
        if len({norm["actor_id"] for _, norm in found}) != 1 or found[0][0] >= tok.i and tok.idx >= front:
            continue
        body = by_start.get(found[0][0])
        start = tok.i - 1 if tok.i >= 1 and doc[tok.i - 1].lower_ == "the" and not taken[tok.i - 1] else tok.i
        actors.append(Actor(start, end, {**found[0][1], "via": "coref"}, "rule:coref", None,
                            body.category if body is not None else ""))
        for k in range(start, end):
            taken[k] = True
    actors.sort(key=lambda a: a.start)


def _acronym_word(doc: Doc, i: int) -> tuple[str, int]:
    """The acronym opening at token ``i`` and the token it ends before: the word, or capitals joined
    by a hyphen with no space (``PPA-CI``, as a defined acronym is written: :func:`_acronym_from`)."""
    joined = doc[i:i + 3]
    if len(joined) == 3 and _hyphened_capitals(joined) is not None and \
            (i == 0 or doc[i - 1].text not in ("-", "\u2010") or doc[i - 1].whitespace_):
        return joined.text, i + 3
    return doc[i].text, i + 1


def _bare_acronym(doc: Doc, tok, taken: list[bool], known: Callable[[str], bool], skipped: frozenset[str],
                  modified: frozenset[str]) -> bool:
    """May the token be a body's bare acronym (:func:`find_bare_acronyms`)?"""
    text = tok.text
    if taken[tok.i] or not (2 <= len(text) <= 5 and text.isalpha() and text.isupper()) or \
            text in skipped or known(text) or tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in modified:
        return False
    return not (tok.i >= 1 and doc[tok.i - 1].like_num or indefinite_phrase(doc, tok.i))


def drop_defined_things(doc: Doc, actors: list[Actor], links: frozenset[str], heads: frozenset[str]) -> None:
    """``the sanitary and phytosanitary (SPS) deal``, later ``the SPS rules``: capitals in
    brackets spelled by the lower-case words right before them (:func:`_defined_by_words`) name
    a thing, no body; every unknown mention of them goes. ``links`` (``and``, ``of``) may give no
    letter; a definition headed by a body's noun of ``heads`` (``the national oil company (NOC)``,
    ``the national union of teachers (NUT)``) keeps its mentions."""
    things = {doc[k + 1].text for k in range(len(doc) - 2) if doc[k].text == "(" and doc[k + 2].text == ")"
              and _defined_by_words(doc, k, links, heads)}
    if not things:
        return
    actors[:] = [a for a in actors if a.norm["in_gazetteer"] or
                 doc[a.start + (doc[a.start].lower_ == "the"):a.end].text not in things]


def _defined_by_words(doc: Doc, bracket: int, links: frozenset[str], heads: frozenset[str]) -> bool:
    """Do the lower-case words before the bracket at ``bracket`` (at most eight) spell the
    capitals after it (:func:`spells_lower`), with no noun of ``heads`` at the end or before a
    preposition (``union of``)?"""
    short = doc[bracket + 1].text
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    toks = []
    k = bracket - 1
    while k >= 0 and bracket - k <= 8 and (doc[k].is_lower and doc[k].is_alpha or doc[k].text == "-"):
        if doc[k].is_alpha:
            toks.insert(0, doc[k])
        k -= 1
    if not toks or any(t.text in heads for n, t in enumerate(toks) if n + 1 == len(toks) or toks[n + 1].pos_ == "ADP"):
        return False
    words = tuple(t.text for t in toks)
    return any(words[j] not in links and spells_lower(short.lower(), words[j:], links)
               for j in range(len(words)))


def spells_lower(short: str, words: tuple[str, ...], links: frozenset[str]) -> bool:
    """``sps`` from ``sanitary and phytosanitary``: each word not of ``links`` gives its first
    letter and maybe more of its letters in order (phyto-sanitary); a word of ``links`` may give
    none (:func:`spellings` with no content word left out)."""
    return spellings(short, [(w, w not in links) for w in words], skips=0, inner=True) != _NONE


def defined_acronyms(doc: Doc, actors: list[Actor], types: frozenset[str],
                     links: frozenset[str] = frozenset()) -> dict[str, Actor]:
    """The acronyms the text defines right after a body's name: ``Petróleos de Venezuela, or
    PDVSA,``, ``the All-Indonesia Student Executive Board, or BEM SI,``, ``the Unitary Workers'
    Central (CUT)``, whatever language its letters come from -> the body's mention (``types``:
    the body types). The name may run on past the mention the model cut (``the Unitary Workers``
    + ``' Central``) over title-case words no other actor holds (those words join the mention), or
    over a place after a word of ``links`` (``… of Ecuador (CONAIE)``, the place kept apart)."""
    by_end = {a.end: a for a in actors if a.norm["type"] in types or a.norm["type"] in ("person", "people")}
    places = {a.end: a for a in actors if a.norm["type"] in ("state", "location")}
    held = {k for a in actors for k in range(a.start, a.end)}
    out: dict[str, Actor] = {}
    for k, tok in enumerate(doc):
        short = _definition_at(doc, k) if tok.text in ("(", ",") else None
        described = _described_definition_at(doc, k) if short is None and tok.text == "," else None
        body = by_end.get(k) if described is not None else None
        if body is not None and body.norm["type"] in types and described[0] not in out:
            out[described[0]] = body  # "Venezuela's armed forces, known as the FANB,": the words end the mention
            continue
        if short is None:
            continue
        place = places.get(k)  # "the Confederation of Indigenous Nationalities" + "of Ecuador (CONAIE)"
        if place is not None and place.start >= 2 and doc[place.start - 1].lower_ in links:
            k = place.start - 1
        body = next((by_end[e] for e in range(k, max(k - 4, 0), -1) if e in by_end and
                     all(_cut_name_word(doc[j]) and j not in held for j in range(e, k))), None)
        if body is None:  # "the African Party" + " for the Independence of Guinea and Cape Verde"
            body = _body_before_tail(doc, k, by_end, actors, types)
            if body is not None and short[0] not in out:
                out[short[0]] = body  # the mention keeps its words: the places in the tail stay apart
            continue
        if short[0] in out or body.norm["type"] == "person" and \
                not _opens_with_initials(doc, body, short[0]) or body.norm["type"] == "people" and body.end == k:
            continue  # people only as a cut name ("The Bolivian Workers" + "' Center, the COB,")
        body.end = k  # "The Unitary Workers" + "' Central": the whole name
        out[short[0]] = body
    return out


NAME_TAIL_TOKENS = 10  # the longest tail a body's name may run on with before its acronym
_TAIL_LINKS = frozenset({"for", "of", "the", "and", "in", "on", "de", "da", "do", "des", "du", "la", "del"})


def _body_before_tail(doc: Doc, k: int, by_end: dict[int, Actor], actors: list[Actor],
                      types: frozenset[str]) -> Actor | None:
    """The body whose name runs on past the model's mention over a tail of title-case words and
    places joined by ``for``/``of``/``and``/``the`` up to the acronym's definition at ``doc[k]``
    (``the African Party`` + ``for the Independence of Guinea and Cape Verde, known by its
    Portuguese initials as the PAIGC``, ``… of Angola and Cabinda, known as …``): a body of
    ``types`` (not a person), the tail holding a title-case word and no other body or person (a
    place may be in it); else None."""
    places = {j for a in actors if a.norm["type"] in ("state", "location") for j in range(a.start, a.end)}
    held = {j for a in actors for j in range(a.start, a.end)} - places
    titled = False
    for e in range(k, max(k - NAME_TAIL_TOKENS, 0), -1):
        body = by_end.get(e)
        if body is not None and e < k and body.norm["type"] in types:
            return body if titled else None
        tok = doc[e - 1]
        if e - 1 in held or "\n" in tok.whitespace_ or not (tok.is_title and tok.is_alpha or tok.lower_ in _TAIL_LINKS):
            return None
        titled = titled or tok.is_title
    return None


def _opens_with_initials(doc: Doc, body: Actor, short: str) -> bool:
    """Does ``short`` open with the first letters of every word of the name, particles too
    (``PDVSA``: ``Petróleos de Venezuela``, a company the model read as a person), three or more?"""
    letters = "".join(t.text[0] for t in doc[body.name_begin:body.end] if t.is_alpha).upper()
    return len(letters) >= 3 and short.replace(" ", "").startswith(letters)


def _cut_name_word(tok) -> bool:
    """A word a cut name may run on over: title case or a possessive mark (``Workers'``)."""
    return tok.is_title and tok.is_alpha or tok.text in POSSESSIVE_ENDS


def _definition_at(doc: Doc, k: int) -> tuple[str, int] | None:
    """``(ACRONYM, end)`` when ``doc[k]`` opens ``, or ACRONYM,`` (or ``.``/``;``), ``(ACRONYM)``
    or, after a name, ``, known as (the) ACRONYM,``: capitals of two to eight letters, one word
    or two (``BEM SI``) or joined by hyphens (``PDI-P``); else None."""
    if doc[k].text == "(":
        first = k + 1
    elif doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ in ("or", "the"):
        first = k + 2
    elif doc[k].text == "," and k > 0 and not doc[k - 1].is_lower and _known_as(doc, k + 1):
        first = _known_as(doc, k + 1)  # "the House of Representatives, known as the DPR,"
    else:
        return None
    if doc[k].text == "," and doc[k + 1].lower_ == "the":  # "The Bolivian Workers' Center, the COB, …"
        return None if k == 0 or doc[k - 1].is_lower else _apposed_acronym(doc, first)
    return _acronym_from(doc, k, first)


def _acronym_from(doc: Doc, k: int, first: int) -> tuple[str, int] | None:
    """``(ACRONYM, end)`` for the capitals opening at ``doc[first]`` after the definition's opening
    ``doc[k]`` (a bracket, closed after them, or a comma, with a comma, period, semicolon or bracket
    after them): two to eight letters, one word or two (``BEM SI``) or joined by hyphens (``PDI-P``)."""
    for stop in (first + 1, first + 2, first + 3):
        span = doc[first:stop]
        if stop >= len(doc) or not all(_capitals(t) or t.text in ("-", "\u2010") for t in span):
            return None
        closes = doc[stop].text == ")" if doc[k].text == "(" else doc[stop].text in (",", ".", ";", ")")
        if closes and _capitals(span[-1]) and (stop - first == 1 and len(span[0]) >= 2 or
                                               stop - first == 2 and min(len(t) for t in span) >= 2 or
                                               stop - first == 3 and _hyphened_capitals(span)):
            return span.text, stop
    return None


def _described_definition_at(doc: Doc, k: int) -> tuple[str, int] | None:
    """``(ACRONYM, end)`` when ``doc[k]`` opens ``, known as (the) ACRONYM,`` (or ``known by its
    French acronym ACRONYM,``) after a lower-case word: the acronym of the role phrase or
    description before the comma (``Venezuela's armed forces, known as the FANB,``, ``the union,
    known as SEWU,``), which the caller takes only when an actor ends at the comma; else None."""
    if doc[k].text != "," or k == 0 or not doc[k - 1].is_lower:
        return None
    first = _known_as(doc, k + 1)
    return _acronym_from(doc, k, first) if first else None


def _described(doc: Doc, body: Actor) -> bool:
    """Does ``body``'s mention end in a lower-case word (a role phrase or description: ``armed
    forces``, ``the union``), not in a name?"""
    return doc[body.end - 1].is_lower


def _known_as(doc: Doc, k: int) -> int:
    """The index of the word after ``known as`` (and a ``the``) at ``doc[k]``, or after ``known by
    its (Spanish) initials`` (:func:`_known_by`), else 0."""
    if k + 2 >= len(doc) or doc[k].lower_ != "known":
        return 0
    if doc[k + 1].lower_ == "by":
        return _known_by(doc, k + 2)
    if doc[k + 1].lower_ != "as":
        return 0
    return k + 2 + (doc[k + 2].lower_ == "the")


def _known_by(doc: Doc, k: int) -> int:
    """After ``known by`` (``doc[k]`` the next word): ``its``/``their``/``the``, at most one word
    of letters (``Spanish``), a noun of ``acronym-naming-nouns`` (``initials``, ``acronym``): the
    index of the word after the noun (after ``as (the)`` too: ``known by its Portuguese initials as
    the PAIGC``), else 0."""
    if k + 2 >= len(doc) or doc[k].lower_ not in ("its", "their", "the"):
        return 0
    nouns = _default_words().acronym_naming_nouns
    for j in (k + 1, k + 2):
        if doc[j].lower_ in nouns:
            j += 1
            if j + 1 < len(doc) and doc[j].lower_ == "as":  # "known by its Portuguese initials as the PAIGC"
                j += 1 + (doc[j + 1].lower_ == "the")
            return j if j < len(doc) else 0
        if not doc[j].is_alpha:
            return 0
    return 0


def _apposed_acronym(doc: Doc, first: int) -> tuple[str, int] | None:
    """``, the COB,``: one word in capitals (two letters or more) set off by commas, the
    apposition closed after it (``…, the COB, said``, ``…, the COB, the country's main union,
    called``), no list going on (``the World Bank, the IMF, and the ADB``, ``The Treasury, the
    IRS, the Federal Reserve and the SEC``). Only after a name (the caller): after a description
    (``the U.N. maritime agency, the IMO,``) the acronym names the body and the description is its
    apposition (actor_apposed_bodies)."""
    stop = first + 1
    if stop + 1 >= len(doc) or not _capitals(doc[first]) or len(doc[first]) < 2 or doc[stop].text != ",":
        return None
    return (doc[first].text, stop) if _apposition_closes(doc, stop + 1) else None


def _apposition_closes(doc: Doc, k: int) -> bool:
    """After ``X, the ACR,`` (``doc[k]`` the next word): a verb or a description closes the
    apposition; another name (``the Federal Reserve``, ``the IMF``, ``Fitch``) or an ``and``/``or``
    before the clause's verb is a list going on."""
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if doc[k].is_title or doc[k].lower_ in ("the", "a", "an") and nxt is not None and (nxt.is_title or _capitals(nxt)):
        return False
    for tok in doc[k:doc[k].sent.end if doc.has_annotation("SENT_START") else len(doc)]:
        if tok.pos_ in ("VERB", "AUX"):
            return True
        if tok.lower_ in ("and", "or", "&"):
            return False
    return True


def _capitals(tok) -> bool:
    return tok.is_alpha and tok.is_upper and 1 <= len(tok) <= 8


NAME_STEM = 5  # letters two words share to be one word of a name (Democrats, Democratic)


def reading_fits(doc: Doc, body: Actor, known: dict, names: Callable[[str], tuple[str, ...]],
                 country_of: Callable[[str], str | None], generic: frozenset[str]) -> bool:
    """May the gazetteer's reading (``known``) of the acronym the text defines after ``body``'s
    name be that body? ``the Kurdistan Workers' Party (PKK)``, ``the Social Democrats (SPD)``: a
    name of the reading (``names`` of its id) shares a word with the body's (:data:`NAME_STEM`
    first letters), no word of ``generic`` (``party``, ``united``), or holds all the body's words
    (``the Democratic Alliance (DA)``). Not ``United Seychelles (US)``
    (the United States), ``the Coalition of Patriots for Change (CPC)`` (China's party), nor a
    body named after a country (``country_of`` a word or two) other than the reading's (``the
    Sierra Leone People's Party (SLPP)``: not Sri Lanka's)."""
    toks = [t.text for t in doc[body.start:body.end] if t.is_alpha and t.is_title]
    places = {country_of(w) for w in toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])]} - {None}
    if known.get("country") and places - {known["country"]}:
        return False
    stems = {w.lower()[:NAME_STEM] for w in toks if w.lower() != "the"}
    for name in names(known["actor_id"]):
        theirs = {w.lower()[:NAME_STEM] for w in _LETTERS.findall(name)}
        if stems <= theirs or any(w not in generic and w[:NAME_STEM] in theirs for w in map(str.lower, toks)):
            return True
    return False


def link_defined_acronyms(doc: Doc, actors: list[Actor], taken: list[bool], types: frozenset[str],
                          links: frozenset[str] = frozenset(),
                          fits: Callable[[Actor, dict], bool] = lambda body, norm: True) -> dict:
    """Every mention of an acronym the text defines (:func:`defined_acronyms`) is the body's: its
    mentions take the body's norm, unless the acronym is a gazetteer name itself; then an unknown
    body (or one the model read as a person) takes the acronym's norm, with every mention of the
    body's id, and a known body and a known acronym of other ids stay apart. A gazetteer reading
    that does not ``fits`` the unknown body (:func:`reading_fits`: ``United Seychelles (US)``) is
    no reading: the acronym's mentions are the body's (:func:`_bare_like`).
    Returns acronym -> ``[(start, norm)]`` for the bare acronyms the model left out."""
    defined = defined_acronyms(doc, actors, types, links)
    for short, body in defined.items():
        for k in range(body.start, body.end):
            taken[k] = True
        _whole_hyphened(doc, actors, taken, short)
        shorts = [a for a in actors if a is not body and _bare_text(doc, a) == short]
        own = [a for a in shorts if a.norm["in_gazetteer"] and a.norm.get("via") != "coref"]
        if own and not body.norm["in_gazetteer"] and not fits(body, own[0].norm):
            own, shorts = [], _bare_like(doc, body, shorts)
        if body.norm["type"] == "people":  # a body's cut name read as people: only it takes the acronym's
            if shorts:
                _relink([body], None, (own or shorts)[0].norm)
        elif body.norm["type"] == "person":  # a company read as a person: its acronym tells what it is
            if shorts:
                _relink(actors, body.norm["actor_id"], (own or shorts)[0].norm)
        elif _described(doc, body):  # "armed forces, known as the FANB,": an unknown acronym is the
            if not own:  # body's; a gazetteer one keeps its own id (the description may be loose)
                _relink(shorts, None, body.norm)
        elif own and not body.norm["in_gazetteer"]:
            _relink(actors, body.norm["actor_id"], own[0].norm)
        elif not own:
            _relink(shorts, None, body.norm)
        if body.norm["in_gazetteer"]:
            _relink(_same_names(doc, actors, body), None, body.norm)
    return {short: [(body.start, body.norm)] for short, body in defined.items()}


def _article(doc: Doc, a: Actor) -> bool:
    """Is the mention written with ``the`` (in it or right before it)?"""
    return doc[a.start].lower_ == "the" or a.start > 0 and doc[a.start - 1].lower_ == "the"


def _bare_like(doc: Doc, body: Actor, shorts: list[Actor]) -> list[Actor]:
    """The acronym's mentions written as the body's name is, with or without ``the``: after
    ``United Seychelles (US)``, ``US`` is the party and ``the US`` still the United States."""
    return [a for a in shorts if _article(doc, a) <= _article(doc, body)]


def _same_names(doc: Doc, actors: list[Actor], body: Actor) -> list[Actor]:
    """The unknown bodies written as ``body``'s name (``the`` aside), a known body's by its defined
    acronym: ``the People's Party`` after ``the conservative People's Party (ÖVP)``."""
    name = _bare_text(doc, body)
    return [a for a in actors if not a.norm["in_gazetteer"] and a.norm["type"] == body.norm["type"]
            and _bare_text(doc, a) == name]


def _whole_hyphened(doc: Doc, actors: list[Actor], taken: list[bool], short: str) -> None:
    """``DU`` the model found of ``the DU-TR``, an acronym the text defines: the mention runs on to
    the whole acronym (:func:`_acronym_word`), with the ``the`` before it."""
    for a in actors:
        word, end = _acronym_word(doc, a.end - 1)
        if end <= a.end or word != short or a.end - 1 != a.start + (doc[a.start].lower_ == "the"):
            continue
        a.end = end
        if a.start > 0 and doc[a.start - 1].lower_ == "the" and not taken[a.start - 1]:
            a.start -= 1


def _bare_text(doc: Doc, a: Actor) -> str:
    """The mention's text without a leading ``the``."""
    return doc[a.start + (doc[a.start].lower_ == "the"):a.end].text


def _relink(actors: list[Actor], actor_id: str | None, norm: dict) -> None:
    """``norm`` (as a coreference) for the actors of ``actor_id`` (all of them when None)."""
    for a in actors:
        if (actor_id is None or a.norm["actor_id"] == actor_id) and a.norm["actor_id"] != norm["actor_id"]:
            a.norm, a.origin = {**norm, "via": "coref"}, "rule:abbreviation"


def link_described_acronyms(doc: Doc, actors: list[Actor], types: frozenset[str]) -> None:
    """After the descriptions are resolved: ``The commission, known by its Albanian acronym KQZ,``
    (:func:`_described_definition_at`) defines the acronym of the body the description refers
    to (a mention of ``types`` ending at the comma), whatever language its letters come from:
    the acronym's unknown mentions (no gazetteer name) take that body's norm. Acronyms a body's
    name defines are linked before (:func:`link_defined_acronyms`). So does an acronym in brackets
    right after a name read by its words (``the State Security Service (SSS)``: an institution
    phrase of the country in focus)."""
    by_end = {a.end: a for a in actors if a.norm["type"] in types}
    for k, tok in enumerate(doc):
        described = _described_definition_at(doc, k) if tok.text == "," else \
            _definition_at(doc, k) if tok.text == "(" else None
        body = by_end.get(k) if described is not None else None
        if body is None or body.norm.get("via") != "coref":
            continue
        shorts = [a for a in actors if a is not body and _bare_text(doc, a) == described[0]]
        if shorts and not any(a.norm["in_gazetteer"] and a.norm.get("via") != "coref" for a in shorts):
            _relink(shorts, None, body.norm)
