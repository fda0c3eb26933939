"""Gazetteer matches the text argues against: a known person's surname used for someone else
(``Ms. Ortega`` is not Daniel Ortega), one country's body named by a word every country uses
(``Congress`` in an Argentine story is not the US Congress), a state's own legislature
(``the Texas Senate`` is not the US Senate) and the state or town of a legislator's dash tag
(``Rep. Y (D-Ann Arbor)``), which is no actor mention. The place of ``Sen. X, Republican of
Kansas`` or ``Sen. X of Kansas`` stays a mention (issue 12: 19 of 26 such places in the 16 actor
golds, in seven sets, are marked; every dash tag is left out)."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span

from pipeline.components.actor_model import Actor, is_possessive, make_norm
from pipeline.components.actor_name_heads import paragraphs_between
from pipeline.components.actor_people import first_name_gender, title_before
from pipeline.components.actor_state_offices import us_states
from pipeline.components.gazetteer import Entry, Gazetteer, Title, slugify, subdivision_countries
from pipeline.components.token_scan import doc_text, positions


def lone_surname(a: Actor) -> bool:
    """A person mention that matched a gazetteer person by one name word (``Ortega``)."""
    return a.norm["type"] == "person" and a.norm["in_gazetteer"] and a.end - a.name_begin == 1


def _entry_gender(entry: Entry) -> str | None:
    """The gender of a gazetteer person's given name (``Daniel Ortega``: male), None if unknown."""
    words = entry.name.split()
    return first_name_gender(words[0]) if len(words) > 1 else None


def _title_conflicts(doc: Doc, a: Actor, entry: Entry, titles: dict[str, Title]) -> bool:
    """``Ms. Ortega``: a title of one gender before a surname whose known bearer is of the other."""
    found = title_before(doc, a.name_begin, titles)
    if found is None or found[1].gender is None:
        return False
    gender = _entry_gender(entry)
    return gender is not None and gender != found[1].gender


def _full_name_in_text(doc: Doc, entry: Entry) -> bool:
    text = doc_text(doc)
    return any(len(alias.split()) > 1 and alias in text for alias in (entry.name, *entry.aliases))


def _other_bearer(doc: Doc, a: Actor, actors: list[Actor]) -> bool:
    """The document names someone else with that surname in full (a headline's ``Ortega says``,
    the body's ``Lucía Ortega``): the bare surname is that person, not the gazetteer's."""
    word = doc[a.end - 1].text
    return any(b.norm["type"] == "person" and b.norm["actor_id"] != a.norm["actor_id"] and b.end - b.name_begin > 1
               and doc[b.end - 1].text == word for b in actors)


def _unknown_person(a: Actor, word: str) -> None:
    a.norm = make_norm(slugify(word), word, "person", None, False, None, a.norm.get("via", "name"))
    a.origin, a.category = "ner", "person"


def drop_unfit_people(doc: Doc, actors: list[Actor], gaz: Gazetteer, by_id: dict[str, Entry]) -> None:
    """A gazetteer person named by surname alone with a title of the other gender (``Ms. Ortega``,
    ``Mrs. Putin``) or never titled while the document names another person of that surname in full
    (``Lucía Ortega``) is someone else, unless the person's full name is in the document; so are the
    other bare uses of that surname in the document (``Ortega added``). ``by_id``: the gazetteer's
    people by actor id."""
    unfit: set[str] = set()
    titled = {a.norm["actor_id"] for a in actors if lone_surname(a) and title_before(doc, a.name_begin, gaz.titles)}
    for a in actors:
        entry = by_id.get(a.norm["actor_id"]) if lone_surname(a) else None
        if entry is not None and not _full_name_in_text(doc, entry) and \
                (_title_conflicts(doc, a, entry, gaz.titles) or
                 (a.norm["actor_id"] not in titled and _other_bearer(doc, a, actors))):
            unfit.add(a.norm["actor_id"])
    for a in actors:
        if lone_surname(a) and a.norm["actor_id"] in unfit:
            _unknown_person(a, doc[a.end - 1].text)


# ------------------------------------------------------------------ bodies every country has
SIGN_SHARE = 2  # the focus's actors per actor of the body's country for far signs not to count
def _country_sign(doc: Doc, body: Actor, actors: list[Actor], generic: set[int], focus: str,
                  anchor: str | None = None, country_of_word: Callable[[str], str | None] = lambda w: None) -> bool:
    """Is the body's own country signed by another actor of the text? When the country in focus
    outnumbers it at least twice over (``U.S.`` aid named in a Colombian story), or is the story's
    ``anchor`` (its dateline's country, the one its headline names: ``GUATEMALA CITY —`` before
    ``Washington`` and ``the U.S. State Department``), only a sign in the body's sentence, the one
    before or earlier in its paragraph counts: ``Congress`` far from any is the focus's; ``The Trump
    administration decertified Colombia … The decision allows cuts … Congress must approve any cut``
    (one paragraph) keeps the US body. An outlet is no sign (``(AP)`` in a Guatemalan dateline); under the
    anchor, a demonym of the body's country in its sentence is one, actor or not (``ask American
    locals to lobby Congress``, ``U.S.``), and so is a place of that country in the body's sentence or
    the one before it in its paragraph (``lawmakers in Washington said``)."""
    country = body.norm["country"]
    others = [a for i, a in enumerate(actors) if i not in generic and a.norm["type"] not in ("location", "media")]
    signs = [a for a in others if a.norm.get("country") == country]
    anchored = focus == anchor
    if not anchored and (not signs or sum(a.norm.get("country") == focus for a in others) < SIGN_SHARE * len(signs)):
        return bool(signs)
    sent = doc[body.start].sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    if any(lo <= a.start < sent.end or a.start < body.start and not paragraphs_between(doc, a.start, body.start)
           for a in signs):
        return True
    return anchored and (_near_place(doc, body, actors, generic, lo) or
                         any((t.is_title or t.is_upper) and country_of_word(t.text) == country
                             for t in sent if not body.start <= t.i < body.end))


def _near_place(doc: Doc, body: Actor, actors: list[Actor], generic: set[int], lo: int) -> bool:
    """A place of the body's country (``lawmakers in Washington said``) in the body's sentence, or in
    the one before (from ``lo``) when no paragraph break lies between: under the anchor, a near sign."""
    sent = doc[body.start].sent
    return any(a.norm["type"] == "location" and a.norm.get("country") == body.norm["country"] and
               (sent.start <= a.start < sent.end or lo <= a.start < sent.start and
                not paragraphs_between(doc, a.start, body.start))
               for i, a in enumerate(actors) if i not in generic)


def _hosts(doc: Doc, a: Actor, here: str, homes: dict[str, frozenset[str]],
           parties: dict[tuple[str, str], Entry]) -> bool:
    """Has the country ``here`` a body of that word (``homes``: ``congress`` -> the countries whose
    legislature the press calls Congress, ``senate`` -> those with a Senate) or a party of that name
    (India's Congress party)? Words with no list: yes."""
    word = next((t.lower_ for t in doc[a.start:a.end] if t.lower_ in homes), None)
    return word is None or here in homes[word] or (word, here) in parties


def _generic_body(doc: Doc, a: Actor, names: frozenset[str]) -> bool:
    words = [t.lower_ for t in doc[a.start:a.end]]
    if words and words[0] == "the":
        words = words[1:]
    return a.norm["in_gazetteer"] and a.norm["type"] in ("legislature", "government") and " ".join(words) in names


def _focus_body(a: Actor, focus: str, country_name: str | None) -> None:
    """The same body of the country in focus: ``Congress`` in Buenos Aires is ARGLEG, ``the Senate``
    there ``arg-senate`` (role ARGLEG)."""
    code = a.norm.get("role") or a.norm["actor_id"]
    suffix = code[3:] if len(code) == 6 and code.isupper() else "LEG" if a.norm["type"] == "legislature" else "GOV"
    own = a.norm["actor_id"] == code
    name = f"{country_name} {a.norm['name']}" if country_name else a.norm["name"]
    actor_id = focus + suffix if own else f"{focus.lower()}-{slugify(a.norm['name'])}"
    a.norm = {**make_norm(actor_id, name, a.norm["type"], focus, False, focus + suffix, "name"),
              "country_source": "focus"}


def _local_party(doc: Doc, a: Actor, focus: str, parties: dict[tuple[str, str], Entry]) -> bool:
    """``Congress`` in an Indian story: the focus country's party known as ``the Congress party``."""
    word = doc[a.end - 1].lower_
    entry = parties.get((word, focus))
    if entry is None:
        return False
    a.norm = make_norm(entry.actor_id, entry.name, entry.type, entry.country, True, None, "name")
    a.origin = f"rule:{entry.id}"
    return True


def _named_party(doc: Doc, a: Actor, focus: str, actors: list[Actor]) -> bool:
    """``The Congress`` after ``the Nepali Congress`` (a party of the country in focus whose name
    ends with the word): that party."""
    party = _party_named(a, doc[a.end - 1].lower_, focus, actors)
    if party is None:
        return False
    a.norm, a.origin = {**party.norm, "via": "coref"}, "rule:short-form"
    return True


def _party_named(a: Actor, word: str, focus: str, actors: list[Actor]) -> Actor | None:
    """The party of the country in focus named before ``a`` whose name ends with ``word``."""
    return next((b for b in actors if b.start < a.start and b.norm["type"] == "organization"
                 and b.norm.get("country") == focus and (b.norm.get("role") or "")[3:6] == "PTY"
                 and (b.norm.get("name") or "").lower().split()[-1:] == [word]), None)


def homonym_bodies(doc: Doc, actors: list[Actor], focus_of: Callable[[list[Actor]], str | None],
                   names: frozenset[str], country_names: dict[str, str], parties: dict[tuple[str, str], Entry],
                   country_of_word: Callable[[str], str | None] = lambda w: None, anchor: str | None = None,
                   homes: dict[str, frozenset[str]] | None = None) -> None:
    """``Congress``, ``the Senate`` (words in ``generic-body-names``) matched to one country's body
    in a story about another country (``focus_of`` the other actors), where nothing else in the
    text is of that country (near the body, when the focus is the story's ``anchor``: see
    :func:`_country_sign`), name the body of the country in focus, or its party of that name. A country
    with no such body (``homes``: no Senate in El Salvador) gets none: the word keeps its match."""
    generic = {i for i, a in enumerate(actors) if (_generic_body(doc, a, names) or _generic_group(doc, a, names))
               and a.norm["country"]}
    if not generic:
        return
    generic |= _short_names_of(actors, generic)
    leaning = _leaning(doc, actors, generic, country_of_word)
    focus = focus_of([a for i, a in enumerate(actors) if i not in generic and i not in leaning])
    moved: dict[str, str] = {}
    moved_at: set[int] = set()  # the sentences of the moved bodies
    kept: set[str] = set()  # the codes of the bodies left in their own country
    marked = _marked_chambers(doc, actors, generic, names)
    by_mark = False  # a body moved to the country of its earlier marked name
    for i in sorted(generic):
        a = actors[i]
        chamber = _marked_before(doc, a, marked)  # "Paraguay's Senate … the Senate": Paraguay's, whatever the focus
        owner = _owner_state(doc, a, actors) or (chamber or {}).get("country")
        here = owner or focus
        if owner is not None:
            marked.append((a.start, " ".join(_body_words(doc, a)), a.norm))  # the norm as moved below
        if here is None or a.norm["country"] == here or \
                owner is None and _country_sign(doc, a, actors, generic | leaning, here, anchor, country_of_word):
            kept.add(a.norm.get("role") or a.norm["actor_id"])
            continue
        if not _hosts(doc, a, here, homes or {}, parties) and \
                (not _named_party(doc, a, here, actors) if a.norm["type"] != "group"  # "Congress MPs" after
                 else _party_named(a, _group_word(doc, a), here, actors) is None):  # the Nepali Congress
            kept.add(a.norm.get("role") or a.norm["actor_id"])
            continue
        by_mark = by_mark or chamber is not None
        moved.setdefault(a.norm.get("role") or a.norm["actor_id"], here)
        moved_at.add(doc[a.start].sent.start)
        if a.norm["type"] == "group":
            a.norm = {**a.norm, "country": here, "country_source": "focus"}
        elif chamber is not None and chamber["country"] == here:
            a.norm = {**chamber, "via": "coref"}
        elif not _local_party(doc, a, here, parties) and not _named_party(doc, a, here, actors):
            _focus_body(a, here, country_names.get(here))
        if owner is not None:
            marked[-1] = (*marked[-1][:2], a.norm)
    if focus is not None and focus == anchor or by_mark:  # every "Congress" of the story moved: "Congress President X" too
        moved_at |= {doc[actors[i].start].sent.start for i in leaning
                     if actors[i].norm.get("role") in moved and actors[i].norm["role"] not in kept}
    _move_leaning(doc, actors, leaning, moved, moved_at)


def _marked_chambers(doc: Doc, actors: list[Actor], generic: set[int],
                     names: frozenset[str]) -> list[tuple[int, str, dict]]:
    """The bodies the text names with their country before a ``generic-body-names`` name (``the
    Philippine Senate``, ``the Chilean Chamber of Deputies``: a legislature or government of a country,
    its name longer than the generic one it ends with) as (start, generic name, norm)."""
    out = []
    for i, a in enumerate(actors):
        if i in generic or a.norm["type"] not in ("legislature", "government") or not a.norm.get("country"):
            continue
        words = _body_words(doc, a)
        out.extend((a.start, n, a.norm) for n in names
                   if len(words) > len(n.split()) and words[-len(n.split()):] == n.split())
    return out


def _body_words(doc: Doc, a: Actor) -> list[str]:
    words = [t.lower_ for t in doc[a.start:a.end]]
    return words[1:] if words[:1] == ["the"] else words


def _marked_before(doc: Doc, a: Actor, marked: list[tuple[int, str, dict]]) -> dict | None:
    """The norm of the last body of ``a``'s generic name named with its country before ``a``."""
    name = " ".join(_body_words(doc, a))
    return next((n for start, key, n in sorted(marked, key=lambda m: -m[0]) if start < a.start and key == name), None)


def _short_names_of(actors: list[Actor], generic: set[int]) -> set[int]:
    """The copies of a generic body's norm (``the House of Representatives, known as the DPR,``:
    the DPR's mentions, via coref): they move with the body, no sign of its country."""
    ids = {actors[i].norm["actor_id"] for i in generic}
    return {i for i, a in enumerate(actors) if a.norm.get("via") == "coref" and a.norm["actor_id"] in ids}


def _leaning(doc: Doc, actors: list[Actor], generic: set[int], country_of_word: Callable[[str], str | None]) -> set[int]:
    """People and groups outside the gazetteer whose role is the role of a generic body's match
    (``Senate President X``, ``members of Congress``: USALEG from the US Senate or Congress) and
    came from the bare title: the text gives them no country of their own, so they are no sign of
    that country. ``U.S. Senator X``, ``Sen. X of New Mexico``, ``Sen. X (R-Iowa)`` (any mention of
    the id) have one (review 18 item 1)."""
    codes = {actors[i].norm.get("role") or actors[i].norm["actor_id"] for i in generic}
    cands = {i for i, a in enumerate(actors) if i not in generic and a.norm["type"] in ("person", "group")
             and not a.norm["in_gazetteer"] and not a.norm.get("party") and a.norm.get("role") in codes}
    signed = {actors[i].norm["actor_id"] for i in cands if _country_tagged(doc, actors[i], country_of_word)}
    return {i for i in cands if actors[i].norm["actor_id"] not in signed}


def _country_tagged(doc: Doc, a: Actor, country_of_word: Callable[[str], str | None]) -> bool:
    """Does the text give the mention a country of its own: a country word or demonym inside
    (``U.S. Senator``), ``of <place>`` or a party tag (``(R-Iowa)``, ``, D-Texas,``) right after?"""
    if any(t.is_title or t.is_upper for t in doc[a.start:a.end] if country_of_word(t.text)):
        return True
    k = a.end
    if k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].is_title:
        return True
    return k + 2 < len(doc) and doc[k].text in ("(", ",") and doc[k + 1].text in _TAG_PARTIES and doc[k + 2].text == "-"


def _move_leaning(doc: Doc, actors: list[Actor], leaning: set[int], moved: dict[str, str], moved_at: set[int]) -> None:
    """The people and groups leaning on a body moved to the country in focus move with it when a
    mention of theirs shares a sentence with a moved mention of the body (``Senator X`` beside
    ``the Senate`` in Brasília: BRALEG); under a dateline or headline of the focus (``anchor``), also
    when no mention of the body stayed in its own country (``moved_at`` then holds their sentences)."""
    tied = {actors[i].norm["actor_id"] for i in leaning if doc[actors[i].start].sent.start in moved_at}
    for i in sorted(leaning):
        a = actors[i]
        here = moved.get(a.norm.get("role"))
        if here is not None and a.norm["actor_id"] in tied:
            a.norm = {**a.norm, "country": here, "role": here + a.norm["role"][3:], "country_source": "focus"}


def _owner_state(doc: Doc, a: Actor, actors: list[Actor]) -> str | None:
    """The country of a state named as the possessor of the body ``a`` (``Argentina's Congress``), or
    of the gazetteer place it sits in (``The Senate in Paris``: France's, whatever the focus)."""
    if a.end + 1 < len(doc) and doc[a.end].lower_ == "in":
        return next((b.norm.get("country") for b in actors if b.start == a.end + 1 and b.norm["type"] == "location"
                     and b.norm["in_gazetteer"] and b.norm.get("country")), None)
    if a.start < 2 or doc[a.start - 1].tag_ != "POS":
        return None
    return next((b.norm.get("country") for b in actors if b.end == a.start - 1 and b.norm["type"] == "state"), None)


def _group_word(doc: Doc, a: Actor) -> str:
    """The body word a generic group is named after (``Congress`` in ``the Congress MPs``)."""
    return (doc[a.start + 1] if doc[a.start].lower_ == "the" and a.end - a.start > 1 else doc[a.start]).lower_


def _generic_group(doc: Doc, a: Actor, names: frozenset[str]) -> bool:
    """``Congress leaders``: a group named after a generic body word."""
    first = doc[a.start + 1] if doc[a.start].lower_ == "the" and a.end - a.start > 1 else doc[a.start]
    return a.norm["type"] == "group" and not a.norm["in_gazetteer"] and first.lower_ in names and first.is_title


# ------------------------------------------------------------------ US bodies owned by another
def owned_elsewhere(doc: Doc, start: int, country_of_word: Callable[[str], str | None]) -> bool:
    """A US body's generic name (``Forest Service``, ``Census Bureau``) right after another
    country's name or demonym (``the Kenya Forest Service``), a region's name (``Texas Health and
    Human Services Commission``) or such an owner's possessive (``Canada's Postal Service``):
    that owner's own body, not the US one. ``US``/``American`` before it keeps the US body."""
    if start > 0 and doc[start - 1].tag_ == "POS" and is_possessive(doc[start - 1]):
        start -= 1
    if start == 0 or not doc[start - 1].is_title:
        return False
    country = country_of_word(doc[start - 1].text)
    if country is not None:
        return country != "USA"
    return _region_before(doc, start) is not None


# ------------------------------------------------------------------ state legislatures
def state_legislatures(doc: Doc, actors: list[Actor], heads: frozenset[str]) -> None:
    """``the Texas Senate``, ``the New Mexico Legislature``: a region's name before a title-case
    legislature word (``state-legislature-heads``) is that region's own legislature (type
    legislature, the region's country, its own id), not the national body the word alone matched
    nor the country a part of the region's name is."""
    first_words = {h.split()[0] for h in heads}
    for i in positions(doc, first_words):
        tok = doc[i]
        if not tok.is_title or tok.lower_ not in first_words or not _head_at(doc, i, heads):
            continue  # "the Michigan State Police": "State" opens no legislature word
        region = _region_before(doc, i)
        mine = [a for a in actors if region and a.start <= i < a.end or region and region[0] <= a.start < i]
        if region is None or not mine or any(a.norm["type"] not in _REGION_PARTS for a in mine):
            continue
        start, country = region
        end = max(a.end for a in mine)
        for a in mine:
            actors.remove(a)
        name = doc[start:end].text
        start = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
        actors.append(Actor(start, end, make_norm(slugify(name), name, "legislature", country, False, None, "name"),
                            "rule:state-legislature-heads", tok.lower_, "org"))


_REGION_PARTS = ("legislature", "organization", "location", "state")


def state_chambers(doc: Doc, actors: list[Actor], heads: frozenset[str], state: dict | None, federal: bool) -> None:
    """``the state Senate``, ``the state House``, ``the former state Senate minority leader``: a
    lower-case ``state`` before a legislature word (``state-legislature-heads``) makes it a US
    state's chamber, never the national one the word alone matched: ``state`` (a region's name
    before it, ``the Ohio state House``, or its possessor, ``Pennsylvania's state House``, else the
    one US state the text names) gives its id (``ohio-house``); no state known: a state chamber of
    no state (``state-senate``). In a story of no ``federal`` chamber mark (``U.S. Senate``,
    ``Congress``), a bare ``the Senate`` / ``the House`` is then that state's chamber too."""
    made = []
    for a in [a for a in actors if a.norm.get("type") == "legislature" and a.norm.get("country") in (None, "USA")]:
        found = _state_chamber(doc, actors, a, heads)  # a copy of the list: a chamber found replaces its actor
        if found is not None:
            made.append(found)
    named = {m[0] for m in made if m[0] is not None} | _legislature_states(actors, [m[1] for m in made])
    fallback = (state or {}).get("name") or (next(iter(named)) if len(named) == 1 else None) or "state"
    for name, actor, head in made:  # "The state Senate ... Pennsylvania's state House": Pennsylvania's
        actor.norm = _chamber(actor.start, actor.end, name or fallback, head).norm
    states = {name or fallback for name, _, _ in made}
    if len(states) == 1 and not federal:
        _bare_chambers(doc, actors, states.pop(), heads)


def _legislature_states(actors: list[Actor], made: list[Actor]) -> set[str]:
    """The US states whose own chambers other mentions name (``The Michigan House of
    Representatives``): the state a bare ``the state Senate`` of the same story most likely is."""
    states, made_ids = us_states(), {id(m) for m in made}
    out = set()
    for a in actors:
        words = (a.norm.get("name") or "").split() \
            if a.norm.get("type") == "legislature" and id(a) not in made_ids else []
        out |= {" ".join(words[:n]) for n in (1, 2) if len(words) > n and " ".join(words[:n]).lower() in states}
    return out


def _state_chamber(doc: Doc, actors: list[Actor], a: Actor,
                   heads: frozenset[str]) -> tuple[str | None, Actor, Span] | None:
    """The state chamber ``a`` is (:func:`state_chambers`): the name of the state the words give
    (None: a bare ``state``), the new actor put in its place and its chamber words, else None."""
    i = a.start + (doc[a.start].lower_ == "the")
    covering = [b for b in actors if b is not a and b.start <= i - 1 < b.end]
    if i < 1 or doc[i - 1].text != "state" or not doc[i].is_title or not _head_at(doc, i, heads) or \
            any(b.end != i or b.norm.get("type") != "location" for b in covering):
        return None
    region = _region_before(doc, i - 1)
    owner = _region_before(doc, i - 2) if region is None and i >= 2 and doc[i - 2].lower_ == "'s" else None
    start = region[0] if region is not None and region[1] == "USA" else i - 1
    name = doc[start:i - 1].text if start < i - 1 else None
    if owner is not None and owner[1] == "USA":  # "Pennsylvania's state House"
        name = doc[owner[0]:i - 2].text
    for b in covering:  # "the Washington state Senate": the state's mention is the chamber's
        actors.remove(b)
        start, name = b.start, b.norm.get("name") or name
    start = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
    actors.remove(a)
    actors.append(_chamber(start, a.end, name or "state", doc[i:a.end]))
    return name, actors[-1], doc[i:a.end]


def _chamber(start: int, end: int, state: str, head: Span) -> Actor:
    """The chamber ``head`` (``Senate``) of the US state named ``state`` over tokens start..end."""
    norm = make_norm(slugify(f"{state} {head.text}"), f"{state} {head.text}", "legislature", "USA", False, None, "name")
    return Actor(start, end, norm, "rule:state-chamber", head[0].lower_, "org")


def _bare_chambers(doc: Doc, actors: list[Actor], state: str, heads: frozenset[str]) -> None:
    """A bare ``the Senate`` / ``the House`` (one title-case word of ``heads``, the national body or
    none) in a story of one state's chamber: that state's chamber of the word."""
    for k, a in enumerate(actors):
        i = a.start + (doc[a.start].lower_ == "the")
        if a.origin != "rule:state-chamber" and a.norm.get("type") == "legislature" and a.end == i + 1 and \
                a.norm.get("country") in (None, "USA") and doc[i].lower_ in heads and doc[i].is_title:
            actors[k] = _chamber(a.start, a.end, state, doc[i:i + 1])


def _head_at(doc: Doc, i: int, heads: frozenset[str]) -> bool:
    """Does one of ``heads`` (lower case, one or more words) start at token ``i``?"""
    return any(" ".join(t.lower_ for t in doc[i:i + len(h.split())]) == h for h in heads)


def _region_before(doc: Doc, end: int) -> tuple[int, str] | None:
    """The first token and the country of a region's name (``Texas``, ``New Mexico``, the longest
    first) right before token ``end``."""
    regions = subdivision_countries()
    for n in (3, 2, 1):
        start = end - n
        if start >= 0 and all(t.is_title and t.is_alpha for t in doc[start:end]):
            country = regions.get(doc[start:end].text.lower())
            if country is not None:
                return start, country
    return None


def local_parties(gaz: Gazetteer, names: frozenset[str]) -> dict[tuple[str, str], Entry]:
    """(word, country) -> the party a generic body word names there (``Congress party``)."""
    out = {}
    for e in sorted(gaz.entries.values(), key=lambda e: e.id):
        for alias in (e.name, *e.aliases):
            words = alias.lower().split()
            words = words[1:] if words and words[0] == "the" else words
            if e.country and len(words) == 2 and words[1] == "party" and words[0] in names:
                out.setdefault((words[0], e.country), e)
    return out


# ------------------------------------------------------------------ party tags
_TAG_PARTIES = ("D", "R", "I")


def _dash_tag(doc: Doc, a: Actor) -> bool:
    """``(R-Alaska)``, ``, D-Ann Arbor,``: the place after a glued party letter and hyphen (whatever
    type the model gave it: no person follows a party letter)."""
    k = a.start
    return k >= 3 and doc[k - 1].text == "-" and doc[k - 2].text in _TAG_PARTIES and \
        not doc[k - 2].whitespace_ and not doc[k - 1].whitespace_ and doc[k - 3].text in ("(", ",")


def drop_party_tag_places(doc: Doc, actors: list[Actor], words) -> None:
    """The state or town of a legislator's dash tag says whom she represents; it is no actor
    mention (the person keeps her country and party): ``Sen. Angela Moss (R-Alaska)``, ``Rep. Dan
    Okafor, R-Texas,``. A place after ``of`` (``Republican of Kansas``, ``Sen. Maria Ruiz of New
    Mexico``) is a mention, as the golds mark it (issue 12)."""
    for a in list(actors):
        if _dash_tag(doc, a):
            actors.remove(a)
        elif _of_tag_place(doc, a, words.party_tag_words):
            a.norm = {**a.norm, "actor_id": slugify(doc[a.start:a.end].text), "type": "location", "role": None}


def _of_tag_place(doc: Doc, a: Actor, tag_words: frozenset[str]) -> bool:
    """``a Democrat of Gary``, ``a Republican of Carmel``: the model took the town after a party tag
    and ``of`` for a person's or a body's name; a legislator is ``of`` the place she represents."""
    k = a.start
    return a.norm.get("type") in ("person", "organization") and k >= 2 and doc[k - 1].lower_ == "of" and \
        doc[k - 2].lower_ in tag_words and a.end - k <= 3
