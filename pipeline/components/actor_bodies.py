"""Bodies inside and beside named bodies, for ``claims_actors``: one id per real body.

- A sub-body named after a body is a body of its own (``the Senate Judiciary Committee`` ->
  ``senate-judiciary-committee``, type legislature, role ``USALEG``; ``the U.N. peacekeeping
  mission`` -> ``united-nations-peacekeeping-mission``): a body followed by title-case words
  ending in a body head (``legislature-heads``, ``government-heads``), or by at most two
  lower-case modifiers and a head of ``body-heads`` (``actor_words.jsonl``); after a legislature
  a head of ``chamber-body-heads`` too (``the Senate health committee``: a committee of the
  chamber, type legislature, which ``the committee`` then names; not after ``a``: ``told a
  Senate committee`` is one of many).
- A party's members by their plural (``Socialists``, ``Greens``) and the party's name (``the
  Socialist Party``, ``the Green Party``) in one document are one party: the id of the gazetteer's
  one if either is known, else the party name's. The US plurals stay the party's people
  (``Democrats`` is the group ``usa-dem-democrats`` beside ``the Democratic Party``).
- ``members of Congress``, ``members of the committee``: a group of the body's members
  (``<body id>-members``, type group, the body's role), not the body.
- A short form of a full name given earlier in the document joins it (``the City Council``
  after ``the Worcester City Council``, ``the House`` after ``the Massachusetts House``): the
  short name is the end of exactly one earlier body's name. A short name of two words or more
  joins the one full name of its type anywhere in the document that ends with it or is it
  followed by ``of …`` (``the Intelligence Committee`` in a standfirst and ``the Senate
  Intelligence Committee`` below; ``Michigan House`` and ``the Michigan House of Representatives``).
- A people by its plural followed by ``of``/``in`` and another country's name (``the Serbs of
  Bosnia``) is that people of that country (``bih-serbs``, country BIH), not the state ``SRB``.
- The one named body of no gazetteer entry that the text calls a rebel body in apposition (``the
  Front for Renewal and Justice, the rebel movement that …``; ``the Southern Brigades, an armed
  group``) is what ``the rebels`` / ``the militia`` (``rebel-plurals``) name after it; two such
  bodies, or none: the role phrase stays a group of its own.
"""

from __future__ import annotations

from bisect import bisect_left
from spacy.tokens import Doc

from pipeline.components.actor_headlines import headline_verb
from pipeline.components.actor_model import Actor, make_norm
from pipeline.components.actor_name_heads import BODY_TYPES
from pipeline.components.gazetteer import ActorWords, slugify

HEAD_TYPES = (("legislature_heads", "legislature"), ("government_heads", "government"))


def _head_type(word: str, words: ActorWords) -> str | None:
    for field, atype in HEAD_TYPES:
        if word in getattr(words, field):
            return atype
    return "organization" if word in words.body_heads else None


def _sub_body_end(doc: Doc, end: int, taken: list[bool], words: ActorWords,
                  heads: frozenset[str]) -> int | None:
    """The end of ``Judiciary Committee`` / ``peacekeeping mission`` after a body, or None
    (``heads``: the lower-case heads that end one after this body). A lower-case modifier tagged a
    name or a plural verb (``the Commons treasury committee``, ``a Senate estimates committee``)
    is taken before a committee's head only."""
    title_case = end < len(doc) and doc[end].is_title
    misread = False  # a lower-case modifier the tagger read as a name or a verb ("Senate estimates committee")
    for k in range(end, min(end + (4 if title_case else 3), len(doc))):
        tok = doc[k]
        loose = not title_case and tok.pos_ not in ("ADJ", "NOUN")
        if taken[k] or not tok.is_alpha or tok.is_title != title_case or \
                (not loose and headline_verb(tok, words.headline_verbs)) or \
                loose and not (tok.pos_ == "PROPN" or tok.tag_ == "VBZ"):
            return None
        misread = misread or loose
        head = _head_type(tok.lower_, words)
        if head is not None and (title_case or tok.lower_ in heads) and \
                not (k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "PROPN")):
            return k + 1 if not misread or tok.lower_ in words.chamber_body_heads else None
    return None


def find_sub_bodies(doc: Doc, actors: list[Actor], taken: list[bool], words: ActorWords) -> None:
    """``the Senate Judiciary Committee``, ``the U.N. peacekeeping mission``: see the module doc."""
    for i, a in enumerate(actors):
        if a.norm["type"] not in BODY_TYPES:
            continue
        end = _sub_body_end(doc, a.end, taken, words, _lower_heads(doc, a, words))
        if end is None:
            continue
        start = a.start
        if start > 0 and doc[start - 1].lower_ == "the" and not taken[start - 1]:
            start -= 1
        words_text = doc[a.end:end].text
        if slugify(words_text) in a.norm["actor_id"].lower() or slugify(words_text) in slugify(a.norm["name"]):
            continue  # "the U.S. Treasury Department": the Treasury's own name
        atype = _head_type(doc[end - 1].lower_, words)
        norm = make_norm(f"{a.norm['actor_id'].lower()}-{slugify(words_text)}", f"{a.norm['name']} {words_text}",
                         atype, a.norm.get("country"), False, a.norm.get("role"), "sub_body")
        if a.norm["in_gazetteer"] and not a.norm.get("country"):  # "the U.N. peacekeeping mission": stateless
            norm["country_source"] = "international"
        actors[i] = Actor(start, end, norm, a.origin, doc[end - 1].lower_, "org")
        for k in range(start, end):
            taken[k] = True


INDEFINITE = frozenset({"a", "an", "another", "one"})


def _lower_heads(doc: Doc, a: Actor, words: ActorWords) -> frozenset[str]:
    """The lower-case heads of a sub-body after ``a``: ``body-heads`` after any body, and
    ``chamber-body-heads`` after a legislature (``the Senate health committee``), unless an
    indefinite article stands before it (``told a Senate committee``: one of many, which the
    text may name later; ``the committee`` is then not it)."""
    chamber = a.norm["type"] == "legislature" and not (a.start > 0 and doc[a.start - 1].lower_ in INDEFINITE)
    return words.body_heads | words.chamber_body_heads if chamber else words.body_heads


def find_members_of(doc: Doc, actors: list[Actor], words: ActorWords) -> None:
    """``members of Congress``: the group of a body's members (see the module doc)."""
    by_start = {a.start: a for a in actors}
    for i, a in enumerate(list(actors)):
        k = a.start - (2 if a.start >= 2 and doc[a.start].lower_ == "the" else 1)
        if a.norm["type"] not in ("legislature", "government", "organization") or k < 1 or \
                doc[k].lower_ != "of" or doc[k - 1].lower_ not in words.members_of or k - 1 in by_start or \
                any(o.start <= k - 1 < o.end for o in actors):
            continue
        noun = doc[k - 1].lower_
        norm = make_norm(f"{a.norm['actor_id'].lower()}-{noun}", f"{noun} of {a.norm['name']}", "group",
                         a.norm.get("country"), False, a.norm.get("role") or _code(a.norm), "members_of")
        actors[actors.index(a)] = Actor(k - 1, a.end, norm, "rule:members-of", noun, "group")


def _code(norm: dict) -> str | None:
    aid = norm["actor_id"]
    return aid if len(aid) == 6 and aid.isupper() else None


def _name_words(doc: Doc, a: Actor) -> list[str]:
    return [t.lower_ for t in doc[a.start:a.end] if t.lower_ != "the"]


def _suffix_index(names: list[list[str]]) -> dict[tuple[str, ...], list[int]]:
    """Every proper ending of every name -> the positions of the names that end so, in order."""
    index: dict[tuple[str, ...], list[int]] = {}
    for j, words in enumerate(names):
        for n in range(1, len(words)):
            index.setdefault(tuple(words[-n:]), []).append(j)
    return index


def _before_of_index(names: list[list[str]]) -> dict[tuple[str, ...], list[int]]:
    """The words of a name of two words or more before its ``of`` (``michigan house`` of ``Michigan
    House of Representatives``) -> the positions of the names so made, in order."""
    index: dict[tuple[str, ...], list[int]] = {}
    for j, words in enumerate(names):
        if "of" in words[2:]:
            index.setdefault(tuple(words[:words.index("of", 2)]), []).append(j)
    return index


def _head_of_index(names: list[list[str]]) -> dict[tuple[str, ...], list[int]]:
    """The last word before the ``of`` of a name (``house`` of ``Bougainville House of
    Representatives``, of ``House of Commons``) -> the positions of the names so made, in order."""
    index: dict[tuple[str, ...], list[int]] = {}
    for j, words in enumerate(names):
        if "of" in words[1:-1]:
            index.setdefault((words[words.index("of", 1) - 1],), []).append(j)
    return index


def _named_in_full(a: Actor, i: int, actors: list[Actor], candidates: list[int]) -> dict[str, Actor]:
    """Bodies anywhere in the document whose longer name ends with ``a``'s name of two words or
    more (``the Intelligence Committee`` in a standfirst, ``the Senate Intelligence Committee``
    after the dateline) or is it followed by ``of …`` (``Michigan House`` in a headline, ``the
    Michigan House of Representatives`` in the lead), of ``a``'s type: their ids."""
    found: dict[str, Actor] = {}
    for j in candidates:
        b = actors[j]
        if j != i and b.norm["actor_id"] != a.norm["actor_id"] and b.norm["type"] == a.norm["type"]:
            found.setdefault(b.norm["actor_id"], b)
    return found


def join_short_forms(doc: Doc, actors: list[Actor], heads: frozenset[str] = frozenset(), front_end: int = 0) -> None:
    """``the City Council`` after ``the Worcester City Council``: see the module doc. With no
    earlier full name, a short form that is a later name without its last word of ``heads``
    joins it (``the Treasury`` before ``the U.S. Treasury Department`` in the next sentence).
    A short form the model made of a body of another type (``Commission``, a government body by its
    word, after ``the European Commission``) joins it too; one in the front matter (before the
    character ``front_end``: a headline, a standfirst) joins a full name anywhere in the body."""
    actors.sort(key=lambda x: x.start)
    names = [_name_words(doc, b) for b in actors]
    starts = [b.start for b in actors]
    ends_in = _suffix_index(names)
    before_of = _before_of_index(names)
    head_of = _head_of_index(names)
    for i, a in enumerate(actors):
        if a.norm["type"] not in BODY_TYPES or a.norm["in_gazetteer"] and a.origin != "ner":
            continue
        short = names[i]
        if not short or not all(t.is_title or not t.is_alpha for t in doc[a.start:a.end] if t.lower_ != "the"):
            continue
        # a name ending in ``short`` ends before ``before`` only if it starts before it too
        before = len(doc) if doc[a.start].idx < front_end else a.start
        candidates = ends_in.get(tuple(short), [])
        if len(short) == 1 and tuple(short) in head_of:
            candidates = sorted(set(candidates) | set(head_of[tuple(short)]))
        fulls = _earlier_full_names(a, actors, candidates, bisect_left(starts, before), before)
        if not fulls and heads:
            fulls = _later_full_names(doc, a, short, actors, (names, starts), heads)
        if not fulls and len(short) >= 2:
            fulls = _named_in_full(a, i, actors, ends_in.get(tuple(short), []) + before_of.get(tuple(short), []))
        if len(fulls) == 1 and not _fixed_name(next(iter(fulls.values()))):
            full = next(iter(fulls.values()))
            a.norm = {**full.norm, "via": "coref"}
            a.origin = "rule:short-form"


def _fixed_name(full: Actor) -> bool:
    """A seat of power named for its place (``the White House``, ``the Blue House``: a metonym)
    has no short form: ``the House`` after ``the White House`` is the chamber, not the seat."""
    return full.norm.get("via") == "metonym" or bool(full.norm.get("metonym"))


def _earlier_full_names(a: Actor, actors: list[Actor], candidates: list[int], limit: int,
                        before: int) -> dict[str, Actor]:
    """Bodies ending before ``before`` whose longer name ends with ``a``'s (``candidates``: their
    positions, those from ``limit`` on start too late): the last of each id, read from the end and
    stopped at a second id, since only one id joins."""
    found: dict[str, Actor] = {}
    for j in reversed(candidates[:bisect_left(candidates, limit)]):
        b = actors[j]
        if b.end <= before and b is not a and b.norm["actor_id"] not in found and not _fixed_name(b) and \
                (b.norm["type"] == a.norm["type"] or a.origin == "ner" and _body_like(b)):
            found[b.norm["actor_id"]] = b
            if len(found) > 1:
                break
    return found


def _body_like(b: Actor) -> bool:
    """A body by its type, or a named group the gazetteer knows (``the Muslim Brotherhood``, whose
    head word alone, ``the Brotherhood``, names it later)."""
    return b.norm["type"] in BODY_TYPES or b.norm["type"] == "group" and b.norm["in_gazetteer"] and \
        b.norm.get("via") != "coref"


def _later_full_names(doc: Doc, a: Actor, short: list[str], actors: list[Actor],
                      names_starts: tuple[list[list[str]], list[int]], heads: frozenset[str]) -> dict[str, Actor]:
    """Bodies named in this sentence or the next whose name ends with ``short`` (``the U.S.
    Treasury``) or is ``short`` + one head word (``Treasury Department``)."""
    names, starts = names_starts
    sent = doc[a.start].sent
    until = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    found = {}
    j = bisect_left(starts, a.end)
    while j < len(actors) and starts[j] < until:
        b, words = actors[j], names[j]
        if b.end <= until and b.norm["actor_id"] != a.norm["actor_id"] and \
                len(words) > len(short) and (words[-len(short):] == short or
                                             (words[-1] in heads and words[-len(short) - 1:-1] == short)):
            found[b.norm["actor_id"]] = b
        j += 1
    return found


# ---------------------------------------------------------------- names the model cut
LINKS = ("and", "of", "for", "&")
REWORDED = ("ner", "rule:org-name")  # ids made from the words: made again from the whole name


def extend_cut_names(doc: Doc, actors: list[Actor], taken: list[bool], words: ActorWords) -> None:
    """A body's name the model cut at a link word: ``the Pipeline and Hazardous Materials Safety
    Administration`` (the model: ``Hazardous Materials Safety Administration``), ``the Ministry of
    Foreign Affairs and Trade`` (``Ministry``): title-case words before ``and``/``of``/``for`` back
    to ``the`` or the sentence start, and ``of`` + title-case words after a body head."""
    heads = words.government_heads | words.legislature_heads | words.org_name_heads
    for a in sorted(actors, key=lambda x: x.start):
        if a.norm["type"] not in BODY_TYPES:
            continue
        start = _cut_start(doc, a.start, taken)
        end = _cut_end(doc, a.end, taken) if doc[a.end - 1].lower_ in heads else a.end
        end = _cut_office(doc, end, taken, words.head_offices)
        end = _numbered_end(doc, end, taken) if a.origin in REWORDED and doc[end - 1].lower_ in heads else end
        if (start, end) == (a.start, a.end):
            continue
        for k in range(start, end):
            taken[k] = True
        a.start, a.end = start, end
        if a.origin in REWORDED:
            name = doc[start:end].text
            name = name[4:] if name.lower().startswith("the ") else name
            a.norm = {**a.norm, "actor_id": slugify(name), "name": name}


def _cut_start(doc: Doc, start: int, taken: list[bool]) -> int:
    """``the Pipeline and`` before a name starting at ``start``: the start of the whole name."""
    if start < 2 or doc[start - 1].lower_ not in LINKS or not doc[start].is_title:
        return start
    k = start - 1
    while k > 0 and start - k < 5 and not taken[k - 1] and doc[k - 1].is_title and doc[k - 1].is_alpha \
            and not doc[k - 1].is_sent_start:
        k -= 1
    if k == start - 1:
        return start
    before = doc[k - 1] if k > 0 else None
    if before is not None and before.lower_ == "the" and not taken[k - 1]:
        return k - 1
    return start


def _numbered_end(doc: Doc, end: int, taken: list[bool]) -> int:
    """``District Council 37`` cut before its number by the model: a name ending
    in a body head followed by a number of one to three digits (no year, no count of a noun after
    it, no vote: ``the Council 12 members``, ``the Council 5 to 2``) is a name of its own, number and all."""
    if end >= len(doc) or taken[end] or not doc[end].is_digit or len(doc[end].text) > 3 or \
            not doc[end - 1].whitespace_:
        return end
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is not None and (after.pos_ in ("NOUN", "PROPN", "NUM") or after.lower_ in ("-", "%", "–", "to", "votes", "percent")):
        return end
    return end + 1


def _cut_office(doc: Doc, end: int, taken: list[bool], offices: frozenset[str]) -> int:
    """``Office of the Prime`` + ``Minister``: a name the model cut inside an office's title
    (``head-offices``): the title-case rest of that title joins it."""
    for n in (1, 2):
        if end + n > len(doc) or any(taken[end:end + n]) or \
                not all(t.is_title and t.is_alpha for t in doc[end:end + n]):
            return end
        if doc[end - 1:end + n].text.lower() in offices:
            return end + n
    return end


def _cut_end(doc: Doc, end: int, taken: list[bool]) -> int:
    """``Ministry`` + ``of Foreign Affairs and Trade``: the end of the whole name (title-case words
    after ``of``, joined by ``and``/``&``), unless another actor or a longer name follows."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    k = end + 1
    while k < len(doc) and k - end < 7 and not taken[k] and \
            (doc[k].is_title and doc[k].is_alpha or doc[k].lower_ in ("and", "&") and k + 1 < len(doc)
             and doc[k + 1].is_title):
        k += 1
    if k == end + 1 or (k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title):
        return end
    return k


# ---------------------------------------------------------------- a party and its members' plural
def _plural_of(word: str) -> str:
    """``socialist`` -> ``socialists``, ``democratic`` -> ``democrats``, ``green`` -> ``greens``."""
    return word[:-2] + "s" if word.endswith("ic") else word + "s"


def _party_names(doc: Doc, actors: list[Actor]) -> dict[str, list[Actor]]:
    """The plural of members -> the actors named ``[the] <Word> Party`` (``socialists``), also with
    a lower-case ``party`` (``the Liberal party``, as British and Australian papers write it)."""
    out: dict[str, list[Actor]] = {}
    for a in actors:
        words = _name_words(doc, a)
        if len(words) == 2 and words[1] == "party" and doc[a.end - 2].is_title and \
                a.norm["type"] == "organization":
            out.setdefault(_plural_of(words[0]), []).append(a)
    return out


def _party_people(a: Actor) -> bool:
    """A group of a party's people (``Democrats``: ``usa-dem-democrats``), not the party."""
    return a.norm["type"] == "group" and bool(a.norm.get("party"))


def join_party_plurals(doc: Doc, actors: list[Actor]) -> None:
    """``Socialists`` and ``The Socialist Party`` in one document: see the module doc."""
    parties = _party_names(doc, actors)
    if not parties:
        return
    for a in actors:
        words = _name_words(doc, a)
        named = parties.get(words[0]) if len(words) == 1 and doc[a.end - 1].is_title else None
        if not named or a.norm["type"] not in ("organization", "group") or _party_people(a) or \
                len({b.norm["actor_id"] for b in named}) != 1:  # "Democrats" stay the party's people
            continue
        party = named[0]
        if a.norm["actor_id"] == party.norm["actor_id"]:
            continue
        if a.norm["in_gazetteer"] and not party.norm["in_gazetteer"]:
            for b in named:  # "Socialists" known as a party family: its name joins it
                b.norm, b.origin = {**a.norm, "via": "coref"}, "rule:party-plural"
        else:
            a.norm, a.origin = {**party.norm, "via": "coref"}, "rule:party-plural"


def join_named_rebels(doc: Doc, actors: list[Actor], words: ActorWords) -> None:
    """``the rebels`` after the one rebel body named before: see the module doc."""
    named = [a for a in actors if _called_rebels(doc, a, words)]
    if len({a.norm["actor_id"] for a in named}) != 1:
        return
    body = named[0]
    for a in actors:
        if a.start > body.start and a.end - a.start == 2 and doc[a.start].lower_ == "the" and \
                doc[a.start + 1].lower_ in words.rebel_plurals and not a.norm["in_gazetteer"]:
            a.norm, a.origin = {**body.norm, "via": "coref"}, "rule:named-rebels"


def _called_rebels(doc: Doc, a: Actor, words: ActorWords) -> bool:
    """A named body with no gazetteer entry that an apposition after it calls rebel (``X, the
    rebel movement``, ``X, an armed group``: a body noun of ``named-body-nouns`` after a word of
    ``rebel-words``)?"""
    if a.norm["type"] not in ("organization", "group", "military") or a.norm["in_gazetteer"] or \
            a.end + 2 >= len(doc) or doc[a.end].text != "," or doc[a.end - 1].is_lower:
        return False
    k = a.end + 1
    if doc[k].lower_ not in ("the", "a", "an"):
        return False
    for j in range(k + 1, min(k + 5, len(doc))):
        if doc[j].lower_ in words.named_body_nouns:
            return any(t.lower_ in words.rebel_words for t in doc[k + 1:j])
        if not (doc[j].is_lower or doc[j].text == "-"):
            return False
    return False


def peoples_abroad(doc: Doc, actors: list[Actor]) -> None:
    """``the Serbs of Bosnia``, ``ethnic Hungarians in Romania``: a people by its plural followed by
    ``of`` (or, after ``ethnic``, ``in``) and the name of another country is that people of that
    country (``bih-serbs``, country BIH), not the state its plural names (``SRB``); ``the Serbs of
    Serbia`` stays, and so do nationals who are only in another country (``Americans in Israel``)."""
    states = {a.start: a for a in actors if a.norm["type"] == "state" and a.norm.get("country")}
    for a in actors:
        n = a.norm
        if n["type"] != "people" or n.get("via") != "plural" or not n.get("country") or a.end + 1 >= len(doc) or \
                doc[a.end].lower_ not in ("of", "in") or (doc[a.end].lower_ == "in" and not _ethnic(doc, a)):
            continue
        place = states.get(a.end + 1)
        if place is None or place.norm["country"] == n["country"]:
            continue
        other = place.norm["country"]
        word = slugify(doc[a.end - 1].text)
        a.norm = {**n, "actor_id": f"{other.lower()}-{word}", "name": f"{doc[a.end - 1].text} of {place.norm['name']}",
                  "country": other}


def _ethnic(doc: Doc, a: Actor) -> bool:
    """Is the people ``a`` named as an ethnic group (``ethnic Hungarians``)?"""
    return any(t.lower_ == "ethnic" for t in doc[max(a.start - 1, 0):a.end])


def part_bare_peoples(doc: Doc, actors: list[Actor]) -> None:
    """``Germans`` apart from ``Germany``: see the module doc."""
    for a in actors:
        n = a.norm
        if n["type"] == "people" and n.get("via") == "plural" and n["actor_id"] == n.get("country") and \
                doc[a.start].lower_ != "the":
            a.norm = {**n, "actor_id": f"{n['actor_id'].lower()}-people"}
