"""Actors in the front matter of an article: headlines and standfirsts.

The front matter is the run of short lines at the top of a document with no final punctuation
(a headline, a standfirst, a kicker), before the first body paragraph. Its names and title nouns
refer to the people the body names in full, whatever the case style:

- a surname (``Hart faces cabinet split …``, ``… as Penrose warns``) is the one body person with
  that surname (two body people share it: no guess);
- a title noun (``Foreign secretary breaks ranks``, ``… while chancellor backs …``, ``As Governor
  Weighs A Veto``) is the one body person the body names with that title (``Foreign Secretary
  Oliver Penrose``); two such people: none.

Never a new person made of headline words: a front-matter word that fits no body person is left
alone (the phantom filter of ``actors.py`` drops what the model made of it).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Iterator, NamedTuple

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.components.actor_people import Person
from pipeline.components.gazetteer import ActorWords, Title
from pipeline.components.token_scan import doc_text, positions

_FINAL = re.compile(r"[.!?;:]['\"\u2019\u201d)]*\s*$")
MAX_FRONT_WORDS = 40
_BY = frozenset({"by"})
MAX_FRONT_LINES = 6
FINITE_VERB_TAGS = ("VBD", "VBZ", "VBP")  # a headline's verb: no word of a name
HEADLINE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "as", "at", "by",
                                  "with", "over", "from", "after", "into", "vs", "is", "are"})


class BodyPerson(NamedTuple):
    norm: dict
    first_body: int  # first token of the person's first mention in the body


def front_matter_end(doc: Doc, is_caption=lambda line: False) -> int:
    """Character offset where the front matter ends (0: none). Stops at the first line with final
    punctuation, a long line, or after ``MAX_FRONT_LINES`` non-blank lines."""
    end, count = 0, 0
    for pos, line in _lines(doc_text(doc)):
        if line.strip():
            words = line.split()
            if _FINAL.search(line) or len(words) > MAX_FRONT_WORDS or count >= MAX_FRONT_LINES or \
                    words[0] == "By" or is_caption(line):
                break
            count += 1
            end = pos + len(line)
    return end


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with the character offset where it starts."""
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _body_people(doc: Doc, people: list[Person], front_end: int) -> list[tuple[Person, BodyPerson]]:
    """The people the body names with a full name (given name and surname)."""
    out = []
    for person in people:
        body = [m for m in person.mentions if doc[m.actor.start].idx >= front_end]
        full = [m for m in body if m.key.first is not None]
        if full:
            first = min(body, key=lambda m: m.actor.start)
            out.append((person, BodyPerson(first.actor.norm, first.actor.start)))
    return out


FORMER = ("former", "ex", "ex-")


def _current_nouns(doc: Doc, person: Person, titles: dict[str, Title]) -> set[str]:
    """What a headline can call ``person``: its nouns, less those of titles it holds no more
    (``Former Gov. Thomas Brennan`` is no ``Governor`` of a headline)."""
    nouns = person.nouns(titles)
    held = {m.title.id for m in person.mentions if m.title is not None and
            not (m.actor.start > 0 and doc[m.actor.start - 1].lower_ in FORMER)}
    gone = [t for t in titles.values() if t.id in person.titles and t.id not in held]
    return nouns - {n for t in gone for n in (*t.nouns, *t.words)}


def _title_nouns(doc: Doc, k: int, nouns: dict[str, list[BodyPerson]],
                 titles: dict[str, Title] | None = None) -> tuple[int, list[BodyPerson]] | None:
    """The longest title noun (up to three words) at token ``k``: its end and its people."""
    for size in (3, 2, 1):
        if k + size > len(doc):
            continue
        phrase = " ".join(t.lower_ for t in doc[k:k + size])
        if phrase in nouns:
            return k + size, nouns[phrase]
        bare = k == 0 or not (doc[k - 1].pos_ == "PROPN" or doc[k - 1].tag_ == "POS")  # not "Vantrel CEO"
        short = (_short_title_people(phrase, nouns, titles)
                 if titles and bare and doc[k].is_upper and _headline_subject(doc, k) else [])
        if short:
            return k + size, short
    return None


def _short_title_people(phrase: str, nouns: dict[str, list[BodyPerson]], titles: dict[str, Title]) -> list[BodyPerson]:
    """``CEO concedes …`` when the body names ``X, chief executive of …``: a short title word in
    capitals (three letters or fewer, which :meth:`Person.nouns` leaves out) stands for its
    title's first noun; the body people called so."""
    if len(phrase) > 3 or " " in phrase:
        return []
    found = {id(bp): bp for t in titles.values() if phrase in t.words
             for n in t.nouns[:1] for bp in nouns.get(n, [])}
    return list(found.values())


def _headline_subject(doc: Doc, k: int) -> bool:
    """Is the short title at ``k`` the headline's subject (``CEO concedes …``, ``PM to visit …``,
    ``CEO: …``), not a modifier of a noun (``CEO pay soars``, ``CEO survey shows``)? A singular
    subject takes ``-s``/past/modal, never a base-form verb (``pay`` read as a verb)."""
    tok = doc[k]
    if k + 1 < len(doc) and doc[k + 1].text in (":", "to"):
        return True
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.tag_ in ("VBZ", "VBD", "VBN", "MD")


#: a crosshead that signs a quotation: a line that is a quotation, a colon and its speaker alone
#: (``‘Its own injustice’: inquiry chair``); the speaker's words are the group ``name``
_SIGNED_CROSSHEAD = re.compile("^[\"'\u2018\u201c][^\n]{2,160}?[\"'\u2019\u201d][ \t]*:[ \t]+"
                               "(?P<name>[^\n.!?,:;\"\u2018\u201c\u201d]{2,60}?)[ \t]*$", re.MULTILINE)


def signed_crossheads(text: str, front_end: int) -> list[tuple[int, int]]:
    """The character ranges of the speakers of the crossheads after the front matter that sign a
    quotation (:data:`_SIGNED_CROSSHEAD`): the role a body paragraph then names (``inquiry chair``)."""
    return [m.span("name") for m in _SIGNED_CROSSHEAD.finditer(text, front_end)]


def find_front_matter(doc: Doc, actors: list[Actor], taken: list[bool], people: list[Person],
                      titles: dict[str, Title], front_end: int) -> None:
    """Surnames and title nouns of the front matter (``front_end``: its character end) and of the
    crossheads signing a quotation (:func:`signed_crossheads`) as mentions of the body's people."""
    ranges = ([(0, front_end)] if front_end else []) + signed_crossheads(doc_text(doc), front_end)
    if not ranges:
        return
    body = _body_people(doc, people, front_end)
    surnames: dict[str, list[BodyPerson]] = {}
    nouns: dict[str, list[BodyPerson]] = {}
    for person, bp in body:
        surnames.setdefault(person.key.last, []).append(bp)
        for noun in _current_nouns(doc, person, titles):
            nouns.setdefault(noun, []).append(bp)
    starts = [t.idx for t in doc]
    for lo, hi in ranges:
        _find_in_range(doc, actors, taken, (bisect_left(starts, lo), hi), (surnames, nouns, titles))


def _find_in_range(doc: Doc, actors: list[Actor], taken: list[bool], span: tuple[int, int], names: tuple) -> None:
    """The front-matter mentions (:func:`_front_mention`) from token ``span[0]`` to character
    ``span[1]``; ``names``: the surnames, title nouns and titles of the body's people."""
    k, hi = span
    while k < len(doc) and doc[k].idx < hi:
        found = _front_mention(doc, k, taken, *names)
        if found is None:
            k += 1
            continue
        end, bp = found
        actors.append(Actor(k, end, {**bp.norm, "via": "headline"}, "rule:headline", None, "person"))
        for i in range(k, end):
            taken[i] = True
        k = end


def _front_mention(doc: Doc, k: int, taken: list[bool], surnames: dict[str, list[BodyPerson]],
                   nouns: dict[str, list[BodyPerson]],
                   titles: dict[str, Title] | None = None) -> tuple[int, BodyPerson] | None:
    """The body person that the words at token ``k`` name, with the mention's end."""
    if taken[k] or indefinite_phrase(doc, k):
        return None  # "a Campaign Manager", "a New Campaign Manager": someone, not the body's person
    tok = doc[k]
    follows_name = k + 1 < len(doc) and taken[k + 1]  # "Foreign Secretary Oliver Penrose": a naming
    if tok.is_title and tok.is_alpha and not follows_name:
        fits = surnames.get(tok.lower_, [])
        if len(fits) == 1 and (k == 0 or not doc[k - 1].is_title or "\n" in doc[k - 1].whitespace_ or
                               doc[k - 1].pos_ != "PROPN"):
            return k + 1, fits[0]
    match = _title_nouns(doc, k, nouns, titles)
    if match is None:
        return None
    end, fits = match
    if len(fits) != 1 or any(taken[k:end]) or (end < len(doc) and taken[end]):
        return None
    return end, fits[0]


def indefinite_phrase(doc: Doc, k: int) -> bool:
    """Does ``a``/``an`` open the phrase of token ``k``, over at most two title-case words or
    adjectives (``a New Campaign Manager``)?"""
    j = k - 1
    while j >= 0 and k - j <= 3 and doc[j].lower_ not in ("a", "an") and (doc[j].is_title or doc[j].pos_ == "ADJ"):
        j -= 1
    return j >= 0 and k - j <= 3 and doc[j].lower_ in ("a", "an")


def _credit_opens(doc: Doc, by: int, phrases: frozenset[str]) -> bool:
    """``Editing by``, ``Additional reporting by``: the words before ``by`` at ``by`` are a credit."""
    for size in (1, 2, 3):
        if by - size < 0:
            break
        if " ".join(t.lower_ for t in doc[by - size:by]) in phrases:
            return by - size == 0 or not doc[by - size - 1].is_alpha or doc[by - size - 1].lower_ == "and" \
                or "\n" in doc[by - size - 1].whitespace_
    return False


def _credit_names(doc: Doc, k: int) -> list[tuple[int, int]]:
    """The names after a credit's ``by`` (``Priya Kapoor``, ``X and Y``, ``X, Y``): runs of two
    to four capitalized words, split by ``and``/``,``/``&``; the list ends at other words."""
    out = []
    while k < len(doc):
        start = k
        while k < len(doc) and k - start < 4 and doc[k].is_title and (doc[k].is_alpha or len(doc[k].text) == 2):
            k += 1
        if not 2 <= k - start <= 4 or any("\n" in t.whitespace_ for t in doc[start:k - 1]):
            break
        out.append((start, k))
        if k < len(doc) and doc[k].lower_ in ("and", ",", "&") and "\n" not in doc[k - 1].whitespace_:
            k += 1
            continue
        break
    return out


def find_wire_credits(doc: Doc, actors: list[Actor], taken: list[bool], phrases: frozenset[str],
                      make_norm) -> None:
    """``Reporting by Lena Ortiz and Tom Reed; Editing by Priya Kapoor``: the journalists are
    persons, like a byline (``phrases``: the word list ``wire-credit-phrases``)."""
    for tok in map(doc.__getitem__, positions(doc, _BY)):
        if tok.lower_ != "by" or not _credit_opens(doc, tok.i, phrases):
            continue
        for start, end in _credit_names(doc, tok.i + 1):
            if any(taken[start:end]):
                continue
            text = doc[start:end].text
            actors.append(Actor(start, end, make_norm(text), "rule:credit", None, "person"))
            for i in range(start, end):
                taken[i] = True


# ---------------------------------------------------------------- title-case headlines anywhere
def in_lines(doc: Doc, i: int, lines: list[tuple[int, int]]) -> bool:
    """Does token ``i`` start inside one of the character ranges ``lines`` (headline lines)?"""
    return any(s <= doc[i].idx < e for s, e in lines)


def headline_lines(doc: Doc, lexicon: ActorWords | None = None) -> list[tuple[int, int]]:
    """Character ranges of headline-like lines: no final punctuation, most words capitalized;
    never a byline or a caption or credit line (``Photo:``, ``(Credit: …)``, ``Editing by``), nor
    the line under a transcript's title that says whose it is (``by NATO Secretary General Henrik
    Aalstad following the meeting of NATO Defence Ministers``: its name is a person)."""
    out = []
    for pos, line in _lines(doc_text(doc)):
        words = [w for w in line.split() if any(c.isalpha() for c in w)]
        if words and (words[0] in ("By", "by") or (lexicon is not None and is_caption_line(line, lexicon))):
            words = []
        content = [w for w in words if w.lower() not in HEADLINE_SMALL_WORDS]
        if len(words) >= 3 and not line.rstrip().endswith((".", "?", "!", '"', "”", ":", ",")) and \
                sum(w[0].isupper() for w in content) >= 0.8 * len(content):
            out.append((pos, pos + len(line)))
    return out


_SLASH_CREDIT = re.compile(r"[A-Za-z.]/[A-Z][\w.&' -]{0,60}\)?\s*$")


@lru_cache(maxsize=8)
def _caption_pattern(markers: frozenset[str], credits: frozenset[str]) -> re.Pattern | None:
    """``Photo:``, ``(Credit:`` (``markers``) and ``Editing by``, ``; Additional reporting by``
    (``credits``, at a line start or after ``(``/``;``) as one pattern."""
    if not markers and not credits:
        return None
    def alternatives(words: frozenset[str]) -> str:
        return "|".join(re.escape(m) for m in sorted(words, key=lambda m: (-len(m), m))) or "(?!)"
    return re.compile(rf"(?i)\b(?:{alternatives(markers)})\s{{0,3}}:|"
                      rf"(?:^|[(;])\s{{0,3}}(?:{alternatives(credits)})\s{{1,3}}by\b")


def is_caption_line(line: str, words: ActorWords) -> bool:
    """A photo caption or credit line: a caption word and a colon (``Photo:``, ``(Credit: …)``,
    ``… . Photograph: …``), a wire credit (``Editing by …``) or a slash credit at its end
    (``… (Caitlin Ferro/The Daily Ledger)``)."""
    if _SLASH_CREDIT.search(line):
        return True
    pattern = _caption_pattern(words.caption_markers, words.wire_credit_phrases)
    return pattern is not None and pattern.search(line) is not None


def drop_headline_phantoms(doc: Doc, actors: list[Actor], lines: list[tuple[int, int]]) -> None:
    """Names the model found in a title-case headline (``lines``) that the article never names
    again (``Senate Panel Grills Bureau Chief``) are headline words, not actors."""
    if not lines:
        return
    def in_headline(a: Actor) -> bool:
        lo, hi = doc[a.start].idx, doc[a.end - 1].idx
        return any(s <= lo and hi < e for s, e in lines)
    body_ids = {a.norm["actor_id"] for a in actors if not in_headline(a)}
    surnames: dict[str, set[str]] = {}  # last word of a body person's name -> their ids
    for a in actors:
        if a.norm["type"] == "person" and not in_headline(a) and a.end - a.name_begin >= 2:
            surnames.setdefault(doc[a.end - 1].lower_, set()).add(a.norm["actor_id"])
    norms = {a.norm["actor_id"]: a.norm for a in actors}
    for a in [a for a in actors if in_headline(a)]:
        if a.norm["type"] in ("person", "organization") and not a.norm["in_gazetteer"] and \
                a.norm["actor_id"] not in body_ids and _headline_surname(doc, a, surnames, norms):
            continue
        if not a.norm["in_gazetteer"] and a.norm["actor_id"] not in body_ids and a.origin == "ner":
            actors.remove(a)


def _headline_surname(doc: Doc, a: Actor, surnames: dict[str, set[str]], norms: dict[str, dict]) -> bool:
    """``Whitfield Gains Ground`` (one PERSON to the model): the body's Whitfield; ``Hensley Team
    Shakes Up``: the Hensley campaign. Changes ``a`` and returns True when one surname fits."""
    hits = [k for k in range(a.start, a.end) if len(surnames.get(doc[k].lower_, ())) == 1]
    if len(hits) != 1:
        return False
    k = hits[0]
    person = next(iter(surnames[doc[k].lower_]))
    following = norms.get(f"{person}-campaign")
    if following is not None and k + 1 < len(doc) and doc[k + 1].lower_ in ("campaign", "team"):
        a.start, a.end, a.norm = k, k + 2, {**following, "via": "coref"}
    else:
        a.start, a.end, a.norm = k, k + 1, {**norms[person], "via": "coref"}
    return True


def headline_name_end(doc: Doc, start: int, end: int, lines: list[tuple[int, int]], verbs: frozenset[str]) -> int:
    """The end of a name the model ran on through a title-case headline's verb (``House Ethics Panel
    Expands Inquiry Into …``: before ``Expands``, a finite verb in the parse or a known headline verb
    of ``verbs``); ``end`` outside the headline ``lines`` or with no such verb."""
    if end - start < 2 or not in_lines(doc, start, lines):
        return end
    verb = next((k for k in range(start + 1, end) if doc[k].is_title and headline_verb(doc[k], verbs)), None)
    return end if verb is None else verb


def headline_verb(tok, verbs: frozenset[str]) -> bool:
    """A headline's verb (``Panel Faults Transit Agency``): a known headline verb of ``verbs``
    (``headline-verbs``) or a finite verb in the parse; no word of a name."""
    return tok.lower_ in verbs or (tok.tag_ in FINITE_VERB_TAGS and tok.pos_ == "VERB")


def _name_key(doc: Doc, a: Actor) -> tuple[str, ...]:
    return tuple(t.lower_ for t in doc[a.start:a.end] if t.lower_ != "the" and not t.is_punct)


def _head_variant(one: tuple[str, ...], other: tuple[str, ...], heads: list[frozenset[str]]) -> bool:
    """``house ethics panel`` and ``house ethics committee``: the same words but a last one that
    one description row's ``name_words`` holds both of."""
    return len(one) == len(other) >= 2 and one[:-1] == other[:-1] and one[-1] != other[-1] and \
        any(one[-1] in row and other[-1] in row for row in heads)


def join_headline_variants(doc: Doc, actors: list[Actor], lines: list[tuple[int, int]], descriptions) -> None:
    """``House Ethics Panel`` in a headline, ``The House Ethics Committee`` in the body: a body the
    headline alone names, by another head word of one description row (``committee``, ``panel``), is
    the one body the text names with the other head; two such bodies: no guess."""
    heads = [frozenset(d.name_words) for d in descriptions if d.name_words]
    body = [b for b in actors if not in_lines(doc, b.start, lines)]
    body_ids = {b.norm["actor_id"] for b in body}
    for a in actors:
        if a.origin != "ner" or a.norm["in_gazetteer"] or a.norm["actor_id"] in body_ids or \
                not in_lines(doc, a.start, lines):
            continue
        key = _name_key(doc, a)
        fits = {b.norm["actor_id"]: b.norm for b in body if _head_variant(key, _name_key(doc, b), heads)}
        if len(fits) == 1:
            a.norm, a.origin = {**next(iter(fits.values())), "via": "coref"}, "rule:headline-variant"
