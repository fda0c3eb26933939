"""A body's description in comma apposition to the body's name is that body.

``UNAMI, the U.N. mission in Iraq, urged …``, ``the U.N. maritime agency, the IMO, said``: the
description (a mention the rules made of ``the`` and lower-case head noun: ``the U.N. mission``,
``the French energy company``) stands in apposition to a named body beside it (the parse's
``appos``, either way, or closed by a comma: ``Frontex, the EU border agency, and the police``;
not a list: ``Frontex, the border agency, the police and …``), so it takes the name's id with
``via: apposition``. The later descriptions that coreference gave the description's own id
(``The mission said …``) follow it, unless that id is apposed to two names in the document (two
U.N. missions). A person's name (``actor_apposed_roles``) or a place's is no body's name; an
acronym the model called a place (``UNAMI``) is, and takes the description's type, as does a name
typed only by the model or by a description noun (``Frontex, the EU border agency``: government).
A role phrase the rules began after ``the`` and lower-case modifiers counts as a description
(``Qazuran JSC, the state-controlled Kazakh uranium producer``: ``Kazakh uranium producer``), and a
legal suffix the name mention left out (``corp-suffixes``: ``JSC``, ``ASA``) may stand before the comma.
A role code (KAZBUS: any Kazakh company) passes on to the later descriptions only when it is
named nowhere else in the document.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor

NO_BODY = ("person", "state")
LIST_WORDS = ("as", "the")  # ", the …" a list's next item; ", and the police" closes an apposition
#: (wire style puts no comma before a list's "and": "Frontex, the EU border agency, and the police")
LIST_CONJUNCTIONS = ("and", "or")  # "Congress, the executive and the court": a list, no apposition
EITHER_BODY = {"organization", "government"}  # an agency may be either: no type is odd between them
WEAK_TYPES = ("ner", "rule:org-description-nouns")  # a name typed by these yields to its description's type


def _description(doc: Doc, a: Actor) -> bool:
    """``the U.N. mission``: ``the`` and a lower-case head noun, made by the rules; or a role
    phrase the rules began after ``the`` and its lower-case modifiers (``the state-controlled
    Kazakh uranium producer``: ``Kazakh uranium producer``)."""
    return a.origin != "ner" and a.norm["type"] not in NO_BODY and a.end - a.start >= 2 and \
        _phrase_start(doc, a) is not None and doc[a.end - 1].is_lower and doc[a.end - 1].pos_ == "NOUN"


MODIFIER_REACH = 4  # lower-case tokens between ``the`` and a role phrase (``state - controlled``)


def _phrase_start(doc: Doc, a: Actor) -> int | None:
    """The ``the`` that starts the description: the mention's first token, or, for a role phrase
    (``norm.via`` role_phrase), the ``the`` before at most :data:`MODIFIER_REACH` lower-case
    words and hyphens; None when there is none."""
    if doc[a.start].lower_ == "the":
        return a.start
    if a.norm.get("via") != "role_phrase":
        return None
    for k in range(a.start - 1, max(a.start - 1 - MODIFIER_REACH, -1), -1):
        if doc[k].lower_ == "the":
            return k
        if not (doc[k].is_lower or doc[k].text == "-"):
            return None
    return None


def _body_name(doc: Doc, b: Actor) -> bool:
    """A named body: not a description, a person or a state; a place only when all capitals (an
    acronym: ``UNAMI``)."""
    text = doc[b.start:b.end].text
    if b.norm["type"] in NO_BODY or _description(doc, b) or not any(t.text[:1].isupper() for t in doc[b.start:b.end]):
        return False
    return b.norm["type"] != "location" or (text.isupper() and len(text) > 2)


def _apposed(doc: Doc, name: Actor, head: int) -> bool:
    """Is the description headed by token ``head`` the name's apposition, or the name its?"""
    span, tok = doc[name.start:name.end], doc[head]
    return (tok.dep_ == "appos" and name.start <= tok.head.i < name.end) or \
        (span.root.dep_ == "appos" and span.root.head.i == head)


def _named_beside(doc: Doc, a: Actor, actors: list[Actor], suffixes: frozenset[str]) -> Actor | None:
    """The body named right before the description's comma, or right after the comma that closes
    the description's phrase, in apposition to it."""
    head, start = a.end - 1, _phrase_start(doc, a)
    ends = (start - 1, start - 2) if start >= 3 and _legal_suffix(doc[start - 2].text, suffixes) else (start - 1,)
    before = apposed_before(doc, start, head, actors, ends)
    edge = _phrase_edge(doc, head)
    past = edge + 3 if edge + 3 < len(doc) and doc[edge + 2].lower_ == "the" else edge + 2  # ", the IMO,"
    after = next((b for b in actors if b.start in (edge + 2, past)), None) \
        if edge + 2 < len(doc) and doc[edge + 1].text == "," else None
    if before is not None and before is not a:
        return before
    if after is not None and after is not a and _body_name(doc, after) and _apposed(doc, after, head):
        return after
    return None


def apposed_before(doc: Doc, start: int, head: int, actors: list[Actor], ends: tuple[int, ...] = ()) -> Actor | None:
    """The body named right before the comma in front of the description ``doc[start:head + 1]``
    (``Amanat, the ruling party, holds 62 seats``), in apposition to it or with a comma closing the
    description and no list going on; else None. ``ends``: where the name may end (default: at
    the comma; before a legal suffix the name mention left out too)."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    before = next((b for b in actors if b.end in (ends or (start - 1,))), None)
    edge = _phrase_edge(doc, head)
    if before is None or not _body_name(doc, before) or _list_item(doc, head + 1) or _listed_on(doc, edge):
        return None
    return before if _apposed(doc, before, head) or _closed(doc, edge) else None


def _listed_on(doc: Doc, edge: int) -> bool:
    """Does a list go on after the comma that ends the phrase at ``edge`` (``Frontex, the border
    agency, the coast guard and the police``)?"""
    return edge + 2 < len(doc) and doc[edge + 1].text == "," and doc[edge + 2].lower_ in LIST_WORDS


def _phrase_edge(doc: Doc, head: int) -> int:
    """The last token of the description headed by ``head``: its phrase ends at its first comma."""
    last = min(doc[head].right_edge.i + 2, len(doc))
    return next((k - 1 for k in range(head + 1, last) if doc[k].text == ","), last - 2)


def _list_item(doc: Doc, end: int) -> bool:
    """Is the description ending before token ``end`` one item of a list whose last item follows it
    (``Congress, the executive and the court``: wire style puts no comma before a list's ``and``)?"""
    return end + 1 < len(doc) and doc[end].lower_ in LIST_CONJUNCTIONS and doc[end + 1].pos_ in ("DET", "PROPN")


def _legal_suffix(text: str, suffixes: frozenset[str]) -> bool:
    """``JSC``, ``PJSC``, ``ASA``: a company suffix (``corp-suffixes``), capitalised, that a name
    mention may have left out before the comma (``Qazuran JSC, the Kazakh uranium producer``; not
    ``CEO``)."""
    return text[:1].isupper() and text.lower() in suffixes


def _closed(doc: Doc, edge: int) -> bool:
    """A comma closes the description's phrase (ending at token ``edge``) and no list goes on
    after it (``MONUSCO, the U.N. mission in Congo, to halt``, which the parser may call an
    object; ``Frontex, the EU agency, and the police``: wire style puts no comma before a list's
    ``and``; not ``Frontex, the EU agency, the police and``)."""
    return edge + 2 < len(doc) and doc[edge + 1].text == "," and doc[edge + 2].lower_ not in LIST_WORDS


def _odd_type(name: Actor, described: Actor) -> bool:
    """Is the name's type the odd one beside its description's (media for "the EU border agency")?
    A body and a government body fit either noun (the IMO, "the U.N. maritime agency")."""
    types = {name.norm["type"], described.norm["type"]}
    return len(types) > 1 and not types <= EITHER_BODY


def join_apposed_bodies(doc: Doc, actors: list[Actor], suffixes: frozenset[str]) -> None:
    """Give each body description apposed to a body's name that body's id (module doc);
    ``suffixes``: the company suffixes a name mention may have left out before the comma."""
    pairs = [(a, b) for a in actors if _description(doc, a) for b in (_named_beside(doc, a, actors, suffixes),)
             if b is not None]
    names: dict[str, set[str]] = {}
    for a, b in pairs:
        names.setdefault(a.norm["actor_id"], set()).add(b.norm["actor_id"])
    for a, b in sorted(pairs, key=lambda p: p[0].start):
        old, generic = a.norm["actor_id"], a.norm["actor_id"] == a.norm.get("role")  # FRABUS: any French company
        if b.norm["type"] == "location" or b.origin in WEAK_TYPES and _odd_type(b, a):  # "UNAMI" a place,
            b.norm = {**b.norm, "type": a.norm["type"]}  # "Frontex" called media: the description's noun decides
        a.norm = {**b.norm, "via": "apposition"}
        if len(names[old]) > 1 or generic and not _only_here(doc, a, old, actors):
            continue
        for c in actors:
            if c.start > a.start and c.norm["actor_id"] == old and _description(doc, c):
                c.norm = {**b.norm, "via": "coref"}


def _only_here(doc: Doc, a: Actor, old: str, actors: list[Actor]) -> bool:
    """Is the role code ``old`` (KAZBUS: any Kazakh company) named nowhere but in the apposed
    description ``a`` and in descriptions after it (``the Astana-based company`` that took it from
    ``Qazuran JSC, the Kazakh uranium producer``)? Then those descriptions are the named body too."""
    return all(c is a or c.start > a.start and _description(doc, c) for c in actors if c.norm["actor_id"] == old)
