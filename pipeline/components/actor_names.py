"""Organisations by name, for ``claims_actors``: names the model leaves out, acronyms given in
parentheses, short forms of a company's name, and later uses of a name already found.

- A title-case name ending in an organisation word (``org-name-heads``: Movement, Association,
  Group, Brigades, Bloc …) or a company suffix (``corp-suffixes``: Inc., ASA, plc) is an
  organisation even when the model leaves it out (``the Liberal Centre Movement``, ``the
  opposition Green Left Bloc``, ``Brakstad Maritime ASA``); a place or demonym inside it is part
  of the name (``the Portuguese Banking Association``); never in a headline line.
- ``the public broadcaster RTP``, ``the daily Haaretz``: a media noun (``media-name-nouns``)
  before a name the model left out makes that name a news outlet; the mention is the phrase.
- ``the Social Progress Alliance (ASP)``: the acronym in parentheses is the body; ``ASP``,
  ``the ASP`` are the body too, wherever they are.
- ``Corvane`` after ``Corvane Semiconductor Inc.``: an unknown name that is the first words of
  exactly one unknown organisation's name is that organisation.
- A name found once is found everywhere: a use of an unknown organisation's name that the model
  missed (``“Corvane found …``, a headline's ``Corvane’s Big Bet``, ``Meridian`` after the
  credit ``MERIDIAN``) is a mention of it.
- News outlets: an unknown organisation that gives an interview (``in an interview with ZDF``) or
  reports (``ZDF reported``) is a news outlet (type media).
- Companies: an unknown organisation whose name ends in a company suffix (``corp-suffixes``) or a
  business word (``business-name-words``: Corvane Semiconductor, Jadeport Capital; not the
  Semiconductor Workers Union) gets ``norm.sector`` ``business``; ``the company``, ``the
  chipmaker`` look for it.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable

from spacy.tokens import Doc

from pipeline.components.actor_cities import fold, is_city
from pipeline.components.actor_headlines import in_lines
from pipeline.components.actor_kinds import barred_from_business, business_name
from pipeline.components.actor_model import APOSTROPHES, POSSESSIVE_ENDS, Actor, make_norm
from pipeline.components.actor_org_evidence import described_as_body
from pipeline.components.actor_people import is_first_name
from pipeline.components.actor_shapes import apposed_person_role
from pipeline.components.gazetteer import ActorWords, slugify, subdivision_countries
from pipeline.components.token_scan import doc_text, lower_case_words, positions, text_positions
from pipeline.tokens import PERSON_PRONOUNS

ORG_TYPES = ("organization", "media", "government", "legislature", "military", "group")
ABSORBED = ("location", "state", "people")  # actors a longer organisation name takes in
NAME_LINKS = ("and", "&", "of", "for", "de", "-")
MAX_NAME_WORDS = 7


def _cover(doc: Doc, actors: list[Actor]) -> list[Actor | None]:
    cover: list[Actor | None] = [None] * len(doc)
    for a in actors:
        for k in range(a.start, a.end):
            cover[k] = a
    return cover


def _recover(cover: list[Actor | None], actors: list[Actor], gone: list[Actor], new: Actor) -> None:
    """``cover`` made again in place after ``gone`` left ``actors`` and ``new`` joined them (as
    ``_cover`` would make it, without going over the whole document)."""
    cleared = {k for a in gone for k in range(a.start, a.end)}
    for k in cleared:
        cover[k] = None
    if cleared:  # another actor over a word of one that left covers it again
        lo, hi = min(cleared), max(cleared) + 1
        for b in actors:
            for k in range(max(b.start, lo), min(b.end, hi)):
                if k in cleared:
                    cover[k] = b
    for k in range(new.start, new.end):
        cover[k] = new


def name_words(doc: Doc, a: Actor) -> tuple[str, ...]:
    """The name as written, without a possessive and the lower-case words before it (``the``,
    ``the public broadcaster`` RTP, ``the opposition`` Green Left Bloc)."""
    toks = [t.text for t in doc[a.start:a.end] if t.text not in POSSESSIVE_ENDS]
    while len(toks) > 1 and (toks[0].islower() or toks[0] == "The"):
        toks = toks[1:]
    return tuple(toks)


def leads(short: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Are the words ``short`` the leading words of the longer ``name`` (``Pacific Crest`` of
    ``Pacific Crest Airlines``)?"""
    return len(name) > len(short) and name[:len(short)] == short


def _add(actors: list[Actor], taken: list[bool], actor: Actor) -> None:
    actors.append(actor)
    for k in range(actor.start, actor.end):
        taken[k] = True


# ---------------------------------------------------------------- names the model left out
def _name_start(doc: Doc, head: int, cover: list[Actor | None]) -> int | None:
    """The first word of the title-case name that ends at ``head`` (None: no name words); a word
    in capitals a place or country mention holds is one of them (``the PNG Chamber of …``)."""
    k = head
    while k > 0 and head - k < MAX_NAME_WORDS:
        tok = doc[k - 1]
        if cover[k - 1] is not None and cover[k - 1].norm["type"] not in ABSORBED:
            return None  # "the Senate Judiciary Committee": a body inside a body (actor_bodies.py)
        if tok.lower_ == "the" or "\n" in tok.whitespace_:
            break
        if tok.is_title and tok.is_alpha and not tok.is_stop or \
                (tok.lower_ in NAME_LINKS and k - 1 > 0 and doc[k - 2].is_title) or _plural_possessive(doc, k - 1) or \
                tok.is_upper and tok.is_alpha and cover[k - 1] is not None:  # "PNG" in "the PNG Chamber of …"
            k -= 1
            continue
        break
    while k < head and doc[k].lower_ in NAME_LINKS:
        k += 1
    return k if k < head else None


def _plural_possessive(doc: Doc, i: int) -> bool:
    """Is token ``i`` the apostrophe of a title-case plural inside a name (``the Workers' Party``,
    ``the Farmers' Union``), not one that ends a name (``Ghana's``: a ``'s`` token)?"""
    return doc[i].text in APOSTROPHES and i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha and \
        doc[i - 1].lower_.endswith("s") and not doc[i - 1].whitespace_


def _org_head(tok, words: ActorWords) -> bool:
    """``Movement``, ``Group``; a company suffix (``Inc.``, ``ASA``, ``plc``) ends a name too, and
    so does a company word (``company-name-heads``: Redrock Holdings) not after ``of`` (the
    Department of Energy), a newspaper word after a capitalized word (``media-heads``: the
    Lansing Ledger), and a chamber's last word (:func:`_after_chamber_of`)."""
    if tok.lower_ in words.corp_suffixes:
        return tok.text[0].isupper()
    if tok.lower_ in words.company_name_heads and tok.is_title:
        return tok.i == 0 or tok.nbor(-1).lower_ != "of"
    if tok.lower_ in words.media_heads and tok.is_title and tok.i > 0:
        return tok.nbor(-1).is_title and tok.nbor(-1).is_alpha  # "Lansing Ledger", its town a place
    if tok.lower_ in words.chamber_name_tails and tok.is_title:
        return _after_chamber_of(tok)
    return tok.lower_ in words.org_name_heads and tok.is_title


CHAMBER_REACH = 5  # the most words between "Chamber of" and the last word of its name


def _after_chamber_of(tok) -> bool:
    """Is ``tok`` (``Commerce``, ``Industry``: ``chamber-name-tails``) the end of a chamber's name,
    a title-case ``Chamber of`` a few words before it (``the PNG Chamber of Commerce and
    Industry``), not of any name (``the Ministry of Trade and Industry``)?"""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in ("and", "&") and doc[tok.i + 2].is_title:
        return False  # "Commerce" in "… of Commerce and Industry": the name goes on
    return any(doc[j].lower_ in ("chamber", "chambers") and doc[j].is_title and doc[j + 1].lower_ == "of"
               for j in range(max(tok.i - CHAMBER_REACH, 0), tok.i - 1))


def _with_determiner(doc: Doc, start: int) -> int:
    """``the opposition Green Left Bloc``: the lower-case words and ``the`` before the name."""
    k = start
    while k > 0 and start - k < 2 and doc[k - 1].is_lower and doc[k - 1].pos_ in ("ADJ", "NOUN"):
        k -= 1
    if k > 0 and doc[k - 1].lower_ == "the":
        return k - 1
    return start


def find_org_names(doc: Doc, actors: list[Actor], taken: list[bool], words: ActorWords,
                   lines: list[tuple[int, int]], org_type) -> None:
    """Title-case names ending in an organisation word that no actor covers (see the module doc)."""
    cover = _cover(doc, actors)
    for head in range(1, len(doc)):
        tok = doc[head]
        if not _org_head(tok, words) or cover[head] is not None or \
                in_lines(doc, head, lines) or (head + 1 < len(doc) and doc[head + 1].is_title and
                                                doc[head + 1].pos_ == "PROPN"):
            continue
        start = _name_start(doc, head, cover)
        if start is None:
            continue
        inside = {id(a): a for a in cover[start:head] if a is not None}
        for a in inside.values():
            actors.remove(a)
        text = doc[start:head + 1].text
        core = _core(tuple(t.text for t in doc[start:head + 1]), words)
        norm = make_norm(slugify(" ".join(core)), text, org_type(core[-1].lower(), None, list(core)), None, False,
                         None, "name")
        new = Actor(_with_determiner(doc, start), head + 1, norm, "rule:org-name", tok.lower_, "organization")
        _add(actors, taken, new)
        _recover(cover, actors, list(inside.values()), new)


def find_media_names(doc: Doc, actors: list[Actor], taken: list[bool], words: ActorWords) -> None:
    """``the public broadcaster RTP``, ``the newspaper Kathimerini``: the name after a media noun
    is a news outlet, also when the model read it as something else (a person, a place); an outlet
    of the gazetteer (``the state news agency Xinhua``) keeps its id and takes the noun too."""
    cover = _cover(doc, actors)
    for tok in map(doc.__getitem__, positions(doc, words.media_name_nouns)):
        i = tok.i
        if tok.lower_ not in words.media_name_nouns or not tok.is_lower or i + 1 >= len(doc):
            continue
        end = _media_name_end(doc, i + 1, cover, words)
        start = _with_determiner(doc, i)
        if end is None or any(cover[k] is not None for k in range(start, i + 1)):
            continue
        misread = {id(a): a for a in cover[i + 1:end] if a is not None}
        if any(a.start != i + 1 or a.end != end or (a.origin != "ner" and not _known_outlet(a))
               for a in misread.values()):
            continue
        for a in misread.values():
            actors.remove(a)
        text = doc[i + 1:end].text
        known = next((a for a in misread.values() if _known_outlet(a)), None)  # "the state broadcaster TRT"
        norm = known.norm if known else make_norm(slugify(text), text, "media", None, False, None, "name")
        new = Actor(start, end, norm, known.origin if known else "rule:media-name", tok.lower_, "organization")
        _add(actors, taken, new)
        _recover(cover, actors, list(misread.values()), new)


def find_broadcast_names(doc: Doc, actors: list[Actor], taken: list[bool], words: ActorWords) -> None:
    """``told RAC1 radio``, ``on RTL radio``, ``BFM television``: one word in capitals (digits
    allowed, :func:`call_sign`; no topic or technology such as ``GPS``, ``VHF``) alone before a
    lower-case broadcast word that ends the noun phrase (not ``OLED television sets``, ``FIFA
    television rights``; ``the RGT television network`` is one) is a news outlet; the model's
    one-word body there becomes one, a word no pass took a new one (the name only)."""
    by_start = {a.start: a for a in actors}
    skipped = words.topic_acronyms | words.technology_acronyms
    for tok in map(doc.__getitem__, positions(doc, words.broadcast_words)):
        i = tok.i - 1
        if not tok.is_lower or i < 0 or not call_sign(doc[i].text, words) or doc[i].text in skipped or \
                i >= 1 and doc[i - 1].is_alpha and not doc[i - 1].is_lower or \
                _modifies_noun(doc, tok.i, words.outlet_nouns):
            continue
        a = by_start.get(i)
        if a is not None and a.end == i + 1 and a.origin == "ner" and a.norm["type"] == "organization":
            a.norm = {**a.norm, "type": "media"}
        elif not taken[i]:
            norm = make_norm(slugify(doc[i].text), doc[i].text, "media", None, False, None, "name")
            _add(actors, taken, Actor(i, i + 1, norm, "rule:media-name", None, "organization"))


def _modifies_noun(doc: Doc, k: int, outlets: frozenset[str]) -> bool:
    """Is token ``k`` a modifier of a lower-case noun right after it (``radio collar``,
    ``television rights``), no noun of an outlet of ``outlets`` (``television network``)?"""
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return nxt is not None and nxt.is_lower and nxt.pos_ in ("NOUN", "PROPN") and nxt.lower_ not in outlets and \
        (doc[k].dep_ == "compound" or doc[k].head.i == nxt.i)


def call_sign(text: str, words: ActorWords) -> bool:
    """``RAC1``, ``RTL``, ``KTAR``: capitals and digits, a capital first, as long as
    ``call-sign-lengths`` of ``actor_words.jsonl`` allows (its shortest and longest), and no
    shorter than ``call-sign-plain-length`` without a digit; none when the rows are missing."""
    lengths = sorted(int(w) for w in words.call_sign_lengths)
    plain = min((int(w) for w in words.call_sign_plain_length), default=None)
    if not lengths or plain is None or not lengths[0] <= len(text) <= lengths[-1]:
        return False
    return text.isalnum() and text[0].isalpha() and text.isupper() and \
        (len(text) >= plain or any(c.isdigit() for c in text))


def _known_outlet(a: Actor) -> bool:
    """An outlet of the gazetteer: the media noun before it joins its mention, as for any outlet."""
    return a.norm["in_gazetteer"] and a.norm["type"] == "media"


def _media_name_end(doc: Doc, k: int, cover: list[Actor | None], words: ActorWords) -> int | None:
    """The end of the capitalized name at token ``k`` (up to three words), or None; a person's
    name (a given name first: ``the newspaper John Moreau …``) is none."""
    if cover[k] is not None and cover[k].norm["type"] == "person" and is_first_name(doc[k].text) and \
            doc[k].lower_ not in words.name_articles:
        return None
    end = k
    while end < len(doc) and end - k < 3 and (doc[end].is_title or doc[end].is_upper) and doc[end].is_alpha \
            and doc[end].ent_type_ not in ("DATE", "TIME"):
        end += 1
    if end == k or (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title):
        return None
    return end


# ---------------------------------------------------------------- acronyms, short forms, repeats
def _acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and text[0].isupper() and \
        sum(c.isupper() for c in letters) >= 2


def _acronym_after(doc: Doc, k: int) -> int | None:
    """The token of the acronym a name ending before token ``k`` is given: ``(ASP)``, or ``, or
    TSJE,`` (``the Superior Tribunal of Electoral Justice, or TSJE, said``); None if none."""
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and _acronym(doc[k + 1].text):
        return k + 1
    if k + 3 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "or" and _acronym(doc[k + 2].text) and \
            doc[k + 3].is_punct:
        return k + 2
    return None


def acronym_aliases(doc: Doc, actors: list[Actor],
                    fits: Callable[[Actor, dict], bool] = lambda body, norm: True) -> dict[tuple[str, ...], dict]:
    """``the Social Progress Alliance (ASP)``, ``the Superior Tribunal of Electoral Justice, or
    TSJE,``: ``("ASP",)`` -> the body's norm. When the model made an actor of the acronym, the two
    share the gazetteer's norm if either is known and the reading ``fits`` the body (not ``United
    Seychelles (US)``: the United States), else the name's (two known bodies stay apart)."""
    cover = _cover(doc, actors)
    out: dict[tuple[str, ...], dict] = {}
    for a in actors:
        j = _acronym_after(doc, a.end) if a.norm["type"] not in ("person", "location", "people") else None
        if j is None:
            continue
        inner = cover[j]
        norm, reading = a.norm, inner.norm if inner is not None and inner.norm["in_gazetteer"] else None
        if reading is not None and not a.norm["in_gazetteer"] and fits(a, reading):
            norm = reading
        elif reading is not None and a.norm["in_gazetteer"] and reading["actor_id"] != a.norm["actor_id"]:
            continue
        out[(doc[j].text,)] = norm
        if norm is not a.norm:
            a.norm = {**norm, "via": "coref"}
    out.update(_unexplained_acronyms(doc, actors, cover, out))
    return out


def _initials(doc: Doc, a: Actor) -> tuple[str, str, str] | None:
    """``the National Elections Commission`` -> (``NEC``, ``CNE``, ``commission``): the initials
    of the title-case words in order and head first, and the head (the word before
    ``of``/``for``/``on``, else the last); None for no such name."""
    toks = [t for t in doc[a.start:a.end] if t.is_alpha and t.lower_ != "the"]
    if len(toks) < 2 or any(not (t.is_title or t.is_lower) for t in toks):
        return None
    head = next((t for t in toks if t.i + 1 < a.end and doc[t.i + 1].lower_ in ("of", "for", "on")), toks[-1])
    titled = [t for t in toks if t.is_title]
    return "".join(t.text[0] for t in titled), \
        head.text[0] + "".join(t.text[0] for t in titled if t.i != head.i), head.lower_


def _apposed_noun(doc: Doc, i: int) -> str | None:
    """``the BEI, the opposition monitoring group,``: the head noun of the description apposed to
    the acronym at ``i`` (lower case), or None."""
    k = i + 2
    if k >= len(doc) or doc[i + 1].text != "," or doc[k].lower_ not in ("the", "a", "an"):
        return None
    k += 1
    while k < len(doc) and k - i < 8 and doc[k].is_lower and doc[k].is_alpha:
        k += 1
    head = doc[k - 1]
    return head.lower_ if k > i + 3 and head.pos_ == "NOUN" and (k == len(doc) or doc[k].is_punct) else None


def _unexplained_acronyms(doc: Doc, actors: list[Actor], cover: list[Actor | None],
                          known: dict[tuple[str, ...], dict]) -> dict[tuple[str, ...], dict]:
    """An unknown acronym the text never spells out is the one unknown body whose initials it has,
    in order (``NEC``) or exactly head first as in the body's own language (``CNE`` for the
    National Elections Commission, Comissão Nacional de Eleições); not where a description apposed
    to it names another kind of body (``the BEI, the opposition monitoring group``), and of two
    acronyms of one body only the one in order."""
    names = [(_initials(doc, a), a.norm) for a in actors
             if a.norm["type"] in ORG_TYPES and not a.norm["in_gazetteer"] and a.end - a.start >= 2]
    found: dict[str, tuple[dict, bool]] = {}
    other: set[str] = set()
    for tok in doc:
        text = tok.text
        if (text,) in known or not (text.isalpha() and text.isupper() and 3 <= len(text) <= 6) or \
                (cover[tok.i] is not None and cover[tok.i].norm["in_gazetteer"]):
            continue
        fits = {n["actor_id"]: (n, f[0] == text, f[2]) for f, n in names if f is not None and text in f[:2]}
        apposed = _apposed_noun(doc, tok.i)
        if len(fits) == 1:
            norm, in_order, head = next(iter(fits.values()))
            if apposed is not None and apposed != head:
                other.add(text)  # "the CNE, an opposition monitoring group": another body
            found.setdefault(text, (norm, in_order))
    per_body = Counter(norm["actor_id"] for text, (norm, _) in found.items() if text not in other)
    return {(text,): norm for text, (norm, in_order) in found.items()
            if text not in other and (in_order or per_body[norm["actor_id"]] == 1)}


def join_name_prefixes(doc: Doc, actors: list[Actor], words: ActorWords) -> None:
    """``Corvane`` (or ``Jadeport``) after ``Corvane Semiconductor Inc.``: the first words of
    exactly one unknown organisation's name, unknown themselves, are that organisation; not those
    of a body inside another (``House`` of ``the House Republican Conference``: the chamber)."""
    fulls: dict[tuple[str, ...], dict] = {}
    companies: set[tuple[str, ...]] = set()
    for a in actors:
        name = _core(name_words(doc, a), words)
        if a.norm["type"] == "organization" and not a.norm["in_gazetteer"] and len(name) >= 2:
            fulls.setdefault(name, a.norm)
            if _business_short(name_words(doc, a), words):
                companies.add(name)
    persons = _person_words(doc, actors)
    not_places = {name_words(doc, a) for a in actors if a.norm["type"] != "location"}
    for a in actors:
        short = name_words(doc, a)
        if a.origin != "ner" or a.norm["in_gazetteer"] or not 1 <= len(short) <= 2 or short in fulls or \
                any(w in persons for w in short) or \
                (short not in not_places and not _company_not_place(doc, a, short, companies, words)) or \
                place_use(doc, a, short, words):
            continue  # "Detroit" (a place wherever it is named) is not "The Detroit Ledger"
        led = [(name, n) for name, n in fulls.items() if leads(short, name)]
        ids = {n["actor_id"]: n for name, n in led}
        if len(ids) == 1 and not _inner_body(led[0][0], words):
            a.norm = {**next(iter(ids.values())), "via": "coref"}
            a.category = "organization"


def _inner_body(name: tuple[str, ...], words: ActorWords) -> bool:
    """Does the name end in a head of a body inside another (``inner-body-heads``: Conference, Caucus)?"""
    return name[-1].lower() in words.inner_body_heads


def _company_not_place(doc: Doc, a: Actor, short: tuple[str, ...], companies: set[tuple[str, ...]],
                       words: ActorWords) -> bool:
    """``Magnolia had delivered``, ``Magnolia's former chief`` after ``Magnolia Gulf Contractors``:
    the model's unknown place, where no preposition makes it one and it modifies no group noun
    (``Larkspur voters``, ``Larkspur officials``), is the company it begins."""
    nxt = doc[a.end] if a.end < len(doc) else None
    return any(leads(short, name) for name in companies) and \
        (a.start == 0 or doc[a.start - 1].pos_ != "ADP") and \
        not (nxt is not None and nxt.is_lower and
             nxt.lower_ in words.group_nouns | words.member_nouns | words.modified_group_nouns)


def place_use(doc: Doc, a: Actor, short: tuple[str, ...], words: ActorWords) -> bool:
    """A big city's or a region's name (``Boston``, ``Jackson``: GeoNames, ISO 3166-2), the subject
    of ``is the capital``-like predicates or a name before its people (``Laurel voters``): a place, no short form of the company whose
    name it begins (``Jackson`` after ``Jackson Hewitt Tax Service``)."""
    name, nxt = " ".join(short), doc[a.end] if a.end < len(doc) else None
    return is_city(name, None) or fold(name) in subdivision_countries() or _place_predicate(doc, a, words) or \
        (nxt is not None and nxt.lower_ in words.place_group_nouns and nxt.is_lower)


def _place_predicate(doc: Doc, a: Actor, words: ActorWords) -> bool:
    """``Jackson is the state capital``: the name is the subject of ``be`` + a place noun."""
    root = doc[a.end - 1]
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    return any(c.dep_ == "attr" and c.lower_ in words.place_predicate_nouns for c in root.head.children)


def _person_words(doc: Doc, actors: list[Actor]) -> set[str]:
    """The words of the people's full names (``Pryce`` of ``Gov. Alan Pryce``): no organisation's."""
    return {w for a in actors if a.norm["type"] == "person" and a.end - a.start >= 2 for w in name_words(doc, a)}


def _core(name: tuple[str, ...], words: ActorWords) -> tuple[str, ...]:
    """The name without company suffixes (``Corvane Semiconductor Inc.`` -> Corvane Semiconductor)."""
    out = list(name)
    while len(out) > 1 and out[-1].lower() in words.corp_suffixes:
        out.pop()
    return tuple(out)


def repeat_names(doc: Doc, actors: list[Actor], taken: list[bool], aliases: dict[tuple[str, ...], dict],
                 words: ActorWords, lines: list[tuple[int, int]]) -> None:
    """Uses of an unknown organisation's name (a company's without its business words: ``Halvorsen``
    of ``Halvorsen Robotics Inc.``; an acronym given in parentheses) that no actor covers are
    mentions of it; a known name the model read as another actor, or glued to headline words
    (``Brakstad Wins Navy``), is re-read."""
    persons = _person_words(doc, actors)
    body = [a for a in actors if not in_lines(doc, a.start, lines)]  # headline words make no name
    forms = {name: norm for name, norm in _forms(doc, body, words) if not persons & set(name)}
    forms.update(aliases)
    _headline_names(doc, actors, forms, lines)
    for a in actors:
        norm = aliases.get(name_words(doc, a))
        if norm is not None and a.norm["actor_id"] != norm["actor_id"] and a.origin in ("ner", "rule:coref"):
            a.norm, a.origin = {**norm, "via": "coref"}, "rule:name-repeat"
    cover = _cover(doc, actors)
    lower = lower_case_words(doc)
    by_first: dict[str, list[tuple[tuple[str, ...], dict]]] = {}
    for name, norm in sorted(forms.items(), key=lambda f: (-len(f[0]), f[0])):  # longest first
        by_first.setdefault(name[0], []).append((name, norm))
    for i in text_positions(doc, by_first):
        if cover[i] is not None or taken[i] or doc[i].text not in by_first:
            continue
        found = _form_at(doc, i, by_first[doc[i].text], lower)
        if found is None:
            continue
        end, norm = found
        inner = {id(c): c for c in cover[i + 1:end] if c is not None}
        if any(c.norm["type"] not in ABSORBED or c.start < i or c.end > end for c in inner.values()):
            continue  # "Magnolia Gulf": a place inside the company's name is part of it
        actors[:] = [c for c in actors if id(c) not in inner]
        start = i - 1 if i > 0 and doc[i - 1].lower_ == "the" and cover[i - 1] is None and not taken[i - 1] else i
        actor = Actor(start, end, {**norm, "via": "coref"}, "rule:name-repeat", None, "organization")
        _add(actors, taken, actor)
        for k in range(start, end):
            cover[k] = actor


def _forms(doc: Doc, actors: list[Actor], words: ActorWords):
    """(words, norm) for the names of unknown organisations as written; an all-capitals name of a
    credit or a dateline (``MERIDIAN``) also in title case; a company's name without its suffix
    and business words (``Halvorsen``)."""
    for a in actors:
        if a.norm["type"] not in ORG_TYPES or a.norm["in_gazetteer"] or a.origin.startswith("rule:desc"):
            continue
        name = name_words(doc, a)
        if not name or not all(w[0].isupper() or not w[0].isalpha() for w in name):
            continue
        yield name, a.norm
        if len(name) == 1 and name[0].isupper() and len(name[0]) >= 4 and name[0].isalpha():
            yield (name[0].title(),), a.norm
        short = _business_short(name, words)
        if short:
            yield short, a.norm


def _business_short(name: tuple[str, ...], words: ActorWords) -> tuple[str, ...]:
    """``Halvorsen Robotics Inc.`` -> ``("Halvorsen",)``; () for a name that is no company's."""
    core, business = list(_core(name, words)), words.business_name_words | words.company_tails  # "Gaming"
    if len(core) == len(name) and core[-1].lower() not in business:
        return ()
    while len(core) > 1 and core[-1].lower() in business:
        core.pop()
    return tuple(core) if len(core) < len(name) else ()


def _headline_names(doc: Doc, actors: list[Actor], forms: dict[tuple[str, ...], dict],
                    lines: list[tuple[int, int]]) -> None:
    """A name the model glued to headline words (``Brakstad Wins Navy``): the one known name in it."""
    for a in actors:
        if a.origin != "ner" or a.norm["in_gazetteer"] or not in_lines(doc, a.start, lines):
            continue
        hits = [(k, k + len(name), norm) for k in range(a.start, a.end) for name, norm in forms.items()
                if k + len(name) <= a.end and tuple(t.text for t in doc[k:k + len(name)]) == name]
        if len(hits) == 1 and (hits[0][0], hits[0][1]) != (a.start, a.end):
            a.start, a.end, a.norm = hits[0][0], hits[0][1], {**hits[0][2], "via": "coref"}
            a.origin = "rule:name-repeat"


def _form_at(doc: Doc, i: int, forms: list[tuple[tuple[str, ...], dict]], lower: set[str]):
    """The first (longest) of the known ``forms`` starting at token ``i`` that stands alone as a
    name: (its end, norm)."""
    for name, norm in forms:
        end = i + len(name)
        if end > len(doc) or tuple(t.text for t in doc[i:end]) != name:
            continue
        if len(name) == 1 and name[0].lower() in lower:
            continue  # "Union", "Meridian": a common word the document also writes in lower case
        if (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN") or \
                (i > 0 and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN" and not doc[i - 1].is_sent_start):
            continue  # part of a longer name
        return end, norm
    return None


MEDIA_VERBS = ("report", "publish", "broadcast", "air")


def media_by_context(doc: Doc, actors: list[Actor], results: frozenset[str] = frozenset()) -> None:
    """An unknown organisation that gives an interview (``in an interview with ZDF``) or reports
    (``ZDF reported``, ``… ZDF later broadcast``) is a news outlet, on every mention of the id;
    not one that reports its results (``Procter and Gamble reported a loss``: ``results``)."""
    ids = set()
    for a in actors:
        if a.norm["type"] != "organization" or a.norm["in_gazetteer"] or a.norm.get("sector"):
            continue
        root = doc[a.start:a.end].root
        verb = root.head
        if root.dep_ == "pobj" and verb.lower_ == "with" and verb.head.lemma_.lower() == "interview" or \
                root.dep_ == "nsubj" and verb.lemma_.lower() in MEDIA_VERBS and not _reports_results(verb, results):
            ids.add(a.norm["actor_id"])
    for a in actors:
        if a.norm["actor_id"] in ids and a.norm["type"] == "organization":
            a.norm = {**a.norm, "type": "media"}


def _reports_results(verb, results: frozenset[str]) -> bool:
    """``reported a 4 percent rise in sales``: the verb's object is a result, not a story."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and (obj.lemma_.lower() in results or obj.lower_ in results)


def mark_businesses(doc: Doc, actors: list[Actor], words: ActorWords) -> None:
    """``norm.sector = "business"`` for unknown organisations whose name ends in a company suffix
    or a business word or holds ``&`` (``Voss Paving & Excavation``), that a company noun describes
    (``Brightwater, a Denver-based company,``; ``lens maker Saikawa Precision``), whose shares the
    text names (``Kestrel shares``, ``shares in Kestrel Retail Group``) or that reports its results
    (``Hartwerk reported a fall in profit``), on every mention of the id."""
    ids = set()
    for a in actors:
        if a.norm["type"] != "organization" or a.norm["in_gazetteer"]:
            continue
        name = name_words(doc, a)
        core = _core(name, words)
        named = not barred_from_business(a.norm.get("name") or "")  # not the Alliance for Clean Energy
        if named and (len(core) < len(name) or (len(core) > 1 and core[-1].lower() in words.business_name_words)
                      or (len(core) > 2 and "&" in core[1:-1])) or _apposed_company(doc, a, words.company_nouns) or \
                _shares_of(doc, a, words.share_nouns) or business_name(a.norm.get("name") or "") or \
                named and _reports_results_as_subject(doc, a, words):
            ids.add(a.norm["actor_id"])  # not "the Semiconductor and Electronics Workers Union"
    for a in actors:
        if a.norm["actor_id"] in ids and a.norm["type"] == "organization":
            a.norm = {**a.norm, "sector": "business"}


def _reports_results_as_subject(doc: Doc, a: Actor, words: ActorWords) -> bool:
    """``Hartwerk reported a 61 per cent fall in operating profit``, ``Lumora posted record sales``:
    the name is the subject of a verb of ``company-evidence-verbs`` whose direct object is one of
    ``result-nouns``, as a company reports its results."""
    root = doc[a.start:a.end].root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in words.company_evidence_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in words.result_nouns for c in root.head.children)


def _apposed_company(doc: Doc, a: Actor, nouns: frozenset[str]) -> bool:
    """``Brightwater, a Denver-based company,``: the name stands in apposition to a company noun;
    ``Google and other tech companies``: it is joined to ``other`` company nouns; ``lens maker
    Saikawa Precision``: a company noun is the word right before the name."""
    root = doc[a.start:a.end].root
    before = doc[a.start - 1] if a.start > 0 else None
    return any(c.dep_ == "appos" and c.lower_ in nouns and c.i >= a.end for c in root.children) or \
        any(c.dep_ == "conj" and c.lemma_.lower() in nouns and any(m.lower_ == "other" for m in c.children)
            for c in root.children) or \
        (root.dep_ == "appos" and root.head.lower_ in nouns and root.head.i < a.start) or \
        (before is not None and before.is_lower and before.pos_ == "NOUN" and before.lower_ in nouns)


def retype_named_bodies(doc: Doc, actors: list[Actor], nouns: frozenset[str],
                        person_nouns: frozenset[str] = frozenset()) -> None:
    """A name the model took for a person that the text calls a body (``Kataib al-Nasr, an Iraqi
    armed group,``; ``the consumer group Hogar Justo``; ``a hacking group known as Black Heron``;
    ``the unit, which researchers call Black Heron``) is an organisation, on every mention of its id, so that ``the group`` can name
    it. Only a name with no title and not in the gazetteer (``Mr. Reyes, a group leader``: a person),
    and none a person's role stands in apposition to (``X Y, an analyst at Z, a think tank``:
    ``person_nouns``, the body noun then describes Z)."""
    ids = {a.norm["actor_id"] for a in actors if a.norm["type"] == "person" and not a.norm["in_gazetteer"]
           and a.category != "description" and _called_a_body(doc, a, nouns)
           and not apposed_person_role(doc, a.start, a.end, person_nouns)}
    for a in actors:
        if a.norm["actor_id"] in ids and a.norm["type"] == "person":
            a.norm = {**a.norm, "type": "organization"}
            if a.category == "person":
                a.category = "organization"


NAMING_VERBS = frozenset({"know", "call", "dub", "name"})


def _called_a_body(doc: Doc, a: Actor, nouns: frozenset[str]) -> bool:
    """Is the name apposed to a body noun, or the name a body noun is known as / called?"""
    span = doc[a.start:a.end]
    if a.name_start > a.start or a.end - a.start > MAX_NAME_WORDS:
        return False  # "Sen. Ogle, a group founder": a titled person
    root = span.root
    if any(c.dep_ == "appos" and c.lower_ in nouns and c.i >= a.end and not _owned_by_whose(c) for c in root.children):
        return True
    if root.dep_ == "appos" and root.head.i < a.start and _one_of_bodies(root.head, nouns):
        return True
    if root.dep_ == "appos" and root.head.i == a.start - 1 and root.head.lower_ in nouns:
        return _named_after_noun(doc, a)  # "the consumer group Hogar Justo": the body noun right before
    if _compound_noun_before(doc, a, nouns):
        return _named_after_noun(doc, a)  # "gas distributor Pannon Energia" (parsed as a compound)
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
    return root.dep_ in ("pobj", "oprd", "attr") and verb.lemma_.lower() in NAMING_VERBS and \
        verb.dep_ in ("acl", "relcl") and verb.head.lower_ in nouns and verb.head.i < a.start


def _owned_by_whose(tok) -> bool:
    """``Sonam Tobden, whose People's Democratic Party won``: a body noun that ``whose`` (through
    its possessors) owns opens a relative clause about the name, though the parser may hang it on
    the name as an apposition; it calls the name no body."""
    for _ in range(3):
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            return False
        if owner.lower_ == "whose":
            return True
        tok = owner
    return False


def _compound_noun_before(doc: Doc, a: Actor, nouns: frozenset[str]) -> bool:
    """``state-controlled gas distributor Pannon Energia``, ``Hungarian gas distributor Tisza Gaz``:
    a lower-case body noun right before the name that the parser hangs on the name as a compound,
    with a determiner or an adjective before the noun or an ORG tag of the model on the name
    somewhere (``Cocoa exporter Kouassi Yao``, ``Fuel distributor Adebayo Ogunlesi``: a person's
    trade), and never a name the text then calls a person (:func:`_called_a_person`)."""
    before = doc[a.start - 1] if a.start > 0 else None
    if not (before is not None and before.is_lower and before.pos_ == "NOUN" and before.lower_ in nouns and
            before.dep_ == "compound" and a.start <= before.head.i < a.end):
        return False
    left = doc[doc[a.start:a.end].root.left_edge.i:before.i]
    modified = any(t.pos_ in ("DET", "ADJ") or t.dep_ in ("det", "amod", "poss") for t in left)
    text = doc[a.start:a.end].text
    return (modified or any(e.label_ == "ORG" and e.text == text for e in doc.ents)) and not _called_a_person(doc, a)


def _called_a_person(doc: Doc, a: Actor) -> bool:
    """Does the text call the name a person after it: its last word alone (``Ogunlesi said``, ``Mr.
    Ogunlesi``; not the whole name again), or ``he``/``she`` in its sentence or the next before
    another person is named (``Coffee exporter Juan Ortiz said he expected …``)?"""
    if a.end - a.start > 1:
        last, prev = doc[a.end - 1].text, doc[a.end - 2].text
        if any(t.text == last and doc[t.i - 1].text != prev for t in doc[a.end:]):
            return True
    sent = doc[a.start].sent
    stop = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    for tok in doc[a.end:stop]:
        if tok.lower_ in PERSON_PRONOUNS:
            return True
        if tok.ent_type_ == "PERSON":
            return False
    return False


def _named_after_noun(doc: Doc, a: Actor) -> bool:
    """``the group Hogar Justo`` names the group, ``the firm Mary Dalton founded`` a person who
    founded it: no known given name opens the name, and no clause about the noun follows it."""
    after = doc[a.end] if a.end < len(doc) else None
    return not is_first_name(doc[a.start].text) and \
        not (after is not None and after.pos_ in ("VERB", "AUX") and after.dep_ in ("acl", "relcl"))


def _one_of_bodies(tok, nouns: frozenset[str]) -> bool:
    """``One of those groups, Kataib Saif al-Haq,``: the name stands in apposition to ``one of``
    plural body nouns (the lemma a word of ``nouns``)."""
    if tok.lower_ != "one":
        return False
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(c.dep_ == "pobj" and c.tag_ == "NNS" and c.lemma_.lower() in nouns
                                  for c in of.children)


def _shares_of(doc: Doc, a: Actor, nouns: frozenset[str]) -> bool:
    """``Kestrel shares``, ``Kestrel's stock``, ``shares in Kestrel``, ``shares of Kestrel``,
    ``Kestrel, whose shares fell``."""
    k = a.end + 1 if a.end < len(doc) and doc[a.end].text in POSSESSIVE_ENDS else a.end
    if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "whose":
        k += 2
    after = " ".join(t.lower_ for t in doc[k:k + 2])
    if k < len(doc) and (doc[k].lower_ in nouns or after in nouns):
        return True
    return a.start >= 2 and doc[a.start - 1].lower_ in ("in", "of") and doc[a.start - 2].lower_ in nouns


# ---------------------------------------------------------------- names that name no actor
def drop_thing_names(doc: Doc, actors: list[Actor], words: ActorWords,
                     headlines: list[tuple[int, int]]) -> None:
    """No actor in the name of a law, treaty, operation or event (``the Farm Security Act``,
    ``Paris`` in ``the Paris Agreement``, ``Operation Desert Shield``), nor in a page's section
    label (``Live Updates``, ``Breaking News``); descriptions and coreference are left alone.
    A body before a lower-case event noun stays an actor (``the Nato summit``, as the dev gold
    annotates it)."""
    labels = _section_label_ends(doc, words.section_labels)
    sites = _site_names(doc, actors, words) if words.site_nouns else set()
    for a in list(actors):
        if a.origin.startswith("rule:coref") or a.category == "description":
            continue
        if in_lines(doc, a.start, labels) or _is_holiday(doc, a, words.holiday_names) or \
                (_model_place_name(a) and _bare_name(doc, a) in sites and not _speaks(doc, a, words)) or \
                _names_a_venue(doc, a, words.venue_nouns) or _indefinite_state(doc, a) or \
                _names_a_venue(doc, a, words.event_nouns) or _market_index(doc, a, words) or \
                (_names_a_facility(doc, a, words.facility_heads) and not _speaks(doc, a, words)) or \
                _names_a_medium(doc, a, words) or _in_thing_name(doc, a, words, in_lines(doc, a.start, headlines)):
            actors.remove(a)


def _is_holiday(doc: Doc, a: Actor, holidays: frozenset[str]) -> bool:
    """``a deal by Easter``, ``before Ramadan``, ``after Eid al-Adha``: a holiday the model took for
    a name."""
    start = a.start + 1 if doc[a.start].lower_ == "the" else a.start
    name = doc[start:a.end].text.lower().replace("\u2019", "'")  # as written: "eid al-adha", "new year's eve"
    return " ".join(name.split()) in holidays


SITE_ORIGINS = ("ner", "rule:repeated-place", "rule:name-repeat")  # a name the model alone found, or a repeat


def _site_names(doc: Doc, actors: list[Actor], words: ActorWords) -> set[str]:
    """The names the document gives a site (``site-nouns`` of ``actor_words.jsonl``): a name the
    model alone found right before a site noun (``the Cerro Blanco concentrator``, ``Adiyala jail``)
    or joined to another name before one (``the Jwaneng and Orapa mines``), unless the document
    describes the name as a body (``Somanir, the local subsidiary``: the mine's operator);
    lower case, no ``the``."""
    return {_bare_name(doc, a) for a in actors if _model_place_name(a) and
            _before_site_noun(doc, a.end, words.site_nouns) and not _body_named(doc, a, words)}


def _body_named(doc: Doc, a: Actor, words: ActorWords) -> bool:
    return described_as_body(doc, _past_the(doc, a), a.end, words)


def _model_place_name(a: Actor) -> bool:
    """A name the model alone found (whatever it took it for: ``Cerro Blanco`` a person), no dictionary's."""
    return a.origin in SITE_ORIGINS and not a.norm["in_gazetteer"]


def _bare_name(doc: Doc, a: Actor) -> str:
    return doc[_past_the(doc, a):a.end].text.lower()


def _past_the(doc: Doc, a: Actor) -> int:
    """The first token of the mention's name, past a leading ``the``."""
    return a.start + 1 if doc[a.start].lower_ == "the" and a.end - a.start > 1 else a.start


def _before_site_noun(doc: Doc, end: int, nouns: frozenset[str]) -> bool:
    """Does a site noun of ``nouns`` (one or two lower-case words) follow token ``end``, past ``and``
    and up to three title-case words (``Jwaneng and Orapa mines``)?"""
    k = end
    if k + 1 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].is_title:
        k += 1
        while k < len(doc) and k - end <= 3 and doc[k].is_title:
            k += 1
    for size in (2, 1):
        words = doc[k:k + size]
        if len(words) == size and all(t.is_lower for t in words) and " ".join(t.lower_ for t in words) in nouns:
            return True
    return False


def _names_a_venue(doc: Doc, a: Actor, venues: frozenset[str]) -> bool:
    """``the Nasrec exhibition centre``, ``the Lusail stadium``: a name no dictionary knows before a
    lower-case venue noun names the building, not an actor."""
    if a.norm["in_gazetteer"] or a.origin != "ner":
        return False
    for size in (2, 1):
        words = doc[a.end:a.end + size]
        if len(words) == size and all(t.is_lower for t in words) and \
                " ".join(t.lower_ for t in words) in venues:
            return True
    return False


def _market_index(doc: Doc, a: Actor, words: ActorWords) -> bool:
    """``The Nikkei fell 2%``, ``the KOSPI closed higher``, ``the benchmark S&P 500``: a market
    index's name (``index-names``) that moves or is called an index; ``Nikkei Inc. said``, ``the
    Nikkei newspaper reported`` stay an actor."""
    start = a.start + 1 if doc[a.start].lower_ == "the" else a.start
    if " ".join(doc[start:a.end].text.lower().split()) not in words.index_names:
        return False
    after = doc[a.end] if a.end < len(doc) else None
    moves = after is not None and after.lower_ in words.index_moves and \
        not any(c.dep_ == "dobj" for c in after.children)  # "Nasdaq closed its office": a company acts
    return moves or (after is not None and after.like_num) or \
        (start > 0 and doc[start - 1].lower_ == "benchmark")


def _names_a_facility(doc: Doc, a: Actor, heads: frozenset[str]) -> bool:
    """``Medgar Evers Boulevard``, ``the Raymond Detention Center``: a model name that no dictionary
    knows ending in a street's or a detention facility's head word names the place, no actor."""
    if a.norm["in_gazetteer"] or a.origin != "ner" or a.end - a.start < 2:
        return False
    last = doc[a.end - 2:a.end]
    return last[-1].is_title and (last[-1].lower_ in heads or
                                  (last[0].is_title and f"{last[0].lower_} {last[1].lower_}" in heads))


def _speaks(doc: Doc, a: Actor, words: ActorWords) -> bool:
    """Does actor ``a``'s name speak (:func:`name_speaks`)?"""
    return name_speaks(doc, a.start, a.end, words)


def name_speaks(doc: Doc, start: int, end: int, words: ActorWords) -> bool:
    """Does the name speak, as no street does? ``a Harvest Lane spokeswoman said`` (a voice noun of
    ``report-voices`` right after it), ``a spokesman for Harvest Lane`` (the object of ``for`` after
    one), ``Harvest Lane said`` (a reporting verb of ``report-verbs`` right after it, the name no object of
    a preposition: ``business owners on Broadway said`` is the street)."""
    nxt = doc[end] if end < len(doc) else None
    k = start - (doc[start - 1].lower_ == "the") if start > 0 else start
    placed = k > 0 and doc[k - 1].pos_ == "ADP"  # "owners on Broadway said": the street, not the speaker
    if nxt is not None and nxt.is_lower and (nxt.lower_ in words.report_voices or
                                             (not placed and nxt.pos_ in ("VERB", "AUX") and
                                              nxt.lemma_ in words.report_verbs)):
        return True
    return k >= 2 and doc[k - 1].lower_ == "for" and doc[k - 2].lower_ in words.report_voices


def _names_a_medium(doc: Doc, a: Actor, words: ActorWords) -> bool:
    """``posted footage on Telegram``, ``in a post on X``: a platform named as where something
    appeared is a medium, no actor (``Telegram said it removed the channel``, ``a ban on TikTok``
    stay actors)."""
    if doc[a.start:a.end].text.lower() not in words.platform_names:
        return False
    prep = doc[a.start - 1] if a.start > 0 else None  # the word before, not the parse ("on Telegram claiming")
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in ("on", "via", "over", "across"):
        return False
    head = prep.head
    return head.pos_ in ("VERB", "AUX") or head.lower_ in words.platform_post_nouns


def _indefinite_state(doc: Doc, a: Actor) -> bool:
    """``a path to a Palestinian state``, ``an independent Kurdish state``: a state that does not
    exist yet is no government that acts (``the Jewish state`` stays one)."""
    head = doc[a.end - 1]
    return a.norm.get("via") == "role_phrase" and head.lower_ == "state" and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def _in_thing_name(doc: Doc, a: Actor, words: ActorWords, headline: bool) -> bool:
    last = doc[a.end - 1]
    if a.end - a.start > 1 and last.is_title and last.lower_ in words.thing_heads and not _body_of(doc, a, words):
        return True  # the Farm Security Act; not the Office of Foreign Disaster Assistance
    if a.end - a.start > 1 and doc[a.start].is_title and doc[a.start].lower_ in words.thing_openers:
        return True  # "Operation Northern Watch" as one name
    k = a.start
    while k > 0 and a.start - k < 3 and doc[k - 1].is_title and doc[k - 1].lower_ not in words.thing_openers \
            and "\n" not in doc[k - 1].whitespace_:
        k -= 1
    if k > 0 and doc[k - 1].is_title and doc[k - 1].lower_ in words.thing_openers and "\n" not in doc[k - 1].whitespace_:
        return True  # Operation Desert Shield
    if headline:
        return False  # "Congress Passes Farm Bill": every word is title case
    k = a.end
    while k < len(doc) and k - a.end < 4 and doc[k].is_title and doc[k].pos_ in ("PROPN", "NOUN", "ADJ") \
            and doc[k].lower_ not in words.thing_heads and "\n" not in doc[k - 1].whitespace_:
        k += 1
    # the Paris Agreement, the Hensley-Marquez Act; not "Democrat Bill Foster"
    return k < len(doc) and doc[k].is_title and doc[k].lower_ in words.thing_heads and \
        "\n" not in doc[k - 1].whitespace_ and not (k + 1 < len(doc) and doc[k + 1].is_title)


def _body_of(doc: Doc, a: Actor, words: ActorWords) -> bool:
    """``the Office of Foreign Disaster Assistance``: a body's head word before ``of`` in the name."""
    heads = words.body_heads | words.org_name_heads | words.government_heads
    return any(t.lower_ == "of" and t.i > a.start and doc[t.i - 1].lower_ in heads for t in doc[a.start:a.end])


def _section_label_ends(doc: Doc, labels: frozenset[str]) -> list[tuple[int, int]]:
    """Character ranges of section labels: a line that is one (``Live Updates``), or its opening
    words before a colon (``Watch: …``)."""
    out, pos = [], 0
    for line in doc_text(doc).split("\n"):
        stripped = line.strip()
        head, colon, _ = stripped.partition(":")
        if stripped.rstrip(":").lower() in labels:
            out.append((pos, pos + len(line)))
        elif colon and head.lower() in labels:
            out.append((pos, pos + line.index(":")))
        pos += len(line) + 1
    return out


def lone_model_words(actors: list[Actor]) -> list[Actor]:
    """The model's one-word names with no gazetteer entry whose actor no other mention names."""
    counts = Counter(a.norm["actor_id"] for a in actors)
    return [a for a in actors if a.origin == "ner" and a.end - a.start == 1 and not a.norm["in_gazetteer"]
            and counts[a.norm["actor_id"]] == 1]


def drop_lone_capitals(doc: Doc, actors: list[Actor]) -> None:
    """A capitalised word opening a sentence that the model read as a person (``Turnout was
    high``, ``Inflation remains …``) is no actor when nothing else names that person: one word,
    no full name, no given name, no gazetteer entry, no other mention."""
    for a in lone_model_words(actors):
        tok = doc[a.start]
        if a.norm["type"] == "person" and a.norm["actor_id"] == slugify(tok.text) and \
                _opens_sentence(doc, a.start) and tok.is_title and not is_first_name(tok.text):
            actors.remove(a)


def _opens_sentence(doc: Doc, i: int) -> bool:
    k = i
    while k > 0 and doc[k - 1].is_punct and doc[k - 1].text in "\"“‘'(":
        k -= 1
    return doc[k].is_sent_start or k == 0 or "\n" in doc[k - 1].whitespace_ or doc[k - 1].text in (".", "?", "!")


def _owned_by_prefix(doc: Doc, b: Actor, n: int) -> bool:
    """Do the first ``n`` name words of ``b`` end in a possessive (``Speaker Martin Kessler’s
    allies``: a group owned by a person, whose name alone is that person, not the group)?"""
    kept = [t for t in doc[b.start:b.end] if t.text not in POSSESSIVE_ENDS]
    words = name_words(doc, b)
    last = kept[len(kept) - len(words) + n - 1]
    return last.i + 1 < b.end and doc[last.i + 1].text in POSSESSIVE_ENDS


def org_short_names(doc: Doc, actors: list[Actor]) -> None:
    """``Prairie Crest`` (PERSON to the model) in a story that names ``Prairie Crest Health``: the
    opening words of an unknown organisation's name, with no given name first, are that body;
    the mentions that took their id from the would-be person (``Crest``) follow."""
    by_first: dict[str, list[Actor]] = {}
    for b in actors:
        if b.norm["type"] in ORG_TYPES and not b.norm["in_gazetteer"] and b.end - b.start > 1:
            by_first.setdefault(doc[b.start].text, []).append(b)
    moved: dict[str, dict] = {}
    for a in actors:
        name = name_words(doc, a)
        if a.origin != "ner" or a.norm["type"] != "person" or a.norm["in_gazetteer"] or len(name) < 2 or \
                is_first_name(name[0]) or not all(w[:1].isupper() for w in name):
            continue
        org = next((b for b in by_first.get(name[0], ()) if leads(name, name_words(doc, b))
                    and not _owned_by_prefix(doc, b, len(name))), None)
        if org is not None:
            moved[a.norm["actor_id"]] = org.norm
            a.norm, a.origin = {**org.norm, "via": "coref"}, "rule:short-form"
    for a in actors:
        if a.norm["actor_id"] in moved and a.origin == "rule:coref":
            a.norm = {**moved[a.norm["actor_id"]], "via": "coref"}

