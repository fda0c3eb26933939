"""The party a person leads, named next to her name: the antecedent of ``her party``.

``his party`` after ``The Greens leader, Tomas Vik, said``, ``Lena Moss, the Greens leader,
said`` or ``Greens leader Lena Moss said`` is the party named in the leader phrase beside the
name (a comma apposition before or after it, or the words right before it), even when the
gazetteer does not know the party (no ``PTY`` role): an organization actor of no role, or a
party's role, followed by one lower-case leader noun. Companies and government bodies
(other roles) are never a person's party; nothing found: None (the callers' other ways).
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

from pipeline.tokens import list_head
from pipeline.components.actor_model import Actor, is_possessive_s, previous_sentence_start
from pipeline.components.gazetteer import SEAT_NOUNS

APPOSITION_REACH = 5  # "the Fine Gael's leader": the, the party's words, 's, the noun


def _party_like(a: Actor) -> bool:
    """An organization of no role, or of a party's role (``IRLPTY``)."""
    role = a.norm.get("role") or ""
    return a.norm["type"] == "organization" and (not role or role[3:6] == "PTY")


def _leader_at(doc: Doc, a: Actor) -> int:
    """The token after ``a`` where its leader noun would stand: past a possessive (``ANO's leader``)."""
    return a.end + 1 if a.end + 1 < len(doc) and is_possessive_s(doc[a.end]) else a.end


def _leads(doc: Doc, a: Actor, leaders: frozenset[str], posts: frozenset[str] = frozenset()) -> bool:
    """Is ``a`` followed by one leader noun (``RSP leader``, ``the RSP's leader``), or by a post noun
    of ``posts`` when its span ends in ``party`` (``The party's president``: no company's)?"""
    k = _leader_at(doc, a)
    nouns = leaders | posts if doc[a.end - 1].lower_ == "party" else leaders
    return k < len(doc) and doc[k].lower_ in nouns and doc[k].is_lower


def _party_ending_at(doc: Doc, actors: list[Actor], lo: int, hi: int, leaders: frozenset[str],
                     posts: frozenset[str] = frozenset()) -> Actor | None:
    """The party-like actor inside ``doc[lo:hi]`` (:func:`_named_body`: ``The Greens``, a proper-noun
    group, too) followed by a leader noun that ends the range."""
    return next((p for p in actors if lo <= p.start and _leader_at(doc, p) + 1 == hi and _named_body(doc, p)
                 and _leads(doc, p, leaders, posts)), None)


def led_party(doc: Doc, person: Actor, actors: list[Actor], leaders: frozenset[str],
              non_party: frozenset[str], posts: frozenset[str] = frozenset()) -> dict | None:
    """The norm of the party named in a leader phrase beside ``person`` (module doc) that shows
    itself a party (:func:`party_evidence`), else None. ``posts``: nouns that make the phrase a
    leader phrase only after a span ending in ``party`` (``The party's president, X,``)."""
    s, e = person.start, person.end
    found = _party_ending_at(doc, actors, max(0, s - APPOSITION_REACH), s, leaders)  # "Greens leader Lena Moss"
    if found is None and s >= 2 and doc[s - 1].text == ",":  # "The Greens leader, Tomas Vik,"
        found = _party_ending_at(doc, actors, max(doc[s - 1].sent.start, s - 1 - APPOSITION_REACH), s - 1, leaders,
                                 posts)
    if found is None and e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ == "the":
        found = next((p for p in actors if p.start in (e + 1, e + 2) and _named_body(doc, p) and _leads(doc, p, leaders, posts)
                      and p.end + 1 < len(doc) and doc[p.end + 1].text in (",", ".")),
                     None)  # "Moss, the Greens leader,"; the party's span may hold "the" (the Fine Gael)
    if found is None or not party_evidence(found, non_party):
        return None
    return {**found.norm, "via": "coref"}


def possessed_party(doc: Doc, surnames: set[str], actors: list[Actor], before: int) -> dict | None:
    """``Alvarenga's Nuevas Ideas party`` (the possessor inside the party's span or right before it):
    the norm of the nearest party before token ``before`` (by role or name, :func:`known_party`)
    owned by a person with one of ``surnames``, else None (``Acme's union``: no party)."""
    def owner_at(k: int) -> bool:
        return 0 <= k and k + 1 < len(doc) and doc[k].text in surnames and is_possessive_s(doc[k + 1])
    found = [p for p in actors if p.end <= before and _party_like(p) and known_party(p)
             and (owner_at(p.start) or owner_at(p.start - 2))]
    return {**max(found, key=lambda p: p.start).norm, "via": "coref"} if found else None


def affiliated_party(doc: Doc, person: Actor, actors: list[Actor], non_party: frozenset[str]) -> dict | None:
    """``Governor Tomás Rendón, of the Citizens' Movement, said his party``: the party-like body
    (:func:`_named_body`, :func:`party_evidence`) set off by commas after ``, of`` right after the
    person's name; None otherwise (``X, of Lisbon,``: a place, no body)."""
    e = person.end
    if e + 3 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ != "of":
        return None
    found = next((p for p in actors if p.start in (e + 2, e + 3) and (p.start == e + 2 or doc[e + 2].lower_ == "the")
                  and _named_body(doc, p) and party_evidence(p, non_party)), None)
    if found is None or found.end >= len(doc) or doc[found.end].text not in (",", "."):
        return None
    return {**found.norm, "via": "coref"}


def party_of_person(doc: Doc, person: Actor, actors: list[Actor], non_party: frozenset[str]) -> dict | None:
    """``PRO, the party of former President Horacio Ventura,``: the party-like body (:func:`_named_body`,
    :func:`party_evidence`) right before ``, the party of`` + the person's name (one lower-case word
    such as ``former`` may stand between); None otherwise (``the party of the people``: no name)."""
    k = person.start
    if k > 0 and doc[k - 1].is_lower and doc[k - 1].lower_ != "of":
        k -= 1  # "former"
    if k < 5 or [t.lower_ for t in doc[k - 4:k]] != [",", "the", "party", "of"]:
        return None
    found = next((p for p in actors if p.end == k - 4 and _named_body(doc, p) and party_evidence(p, non_party)), None)
    return {**found.norm, "via": "coref"} if found is not None else None


def _named_body(doc: Doc, a: Actor) -> bool:
    """Party-like (:func:`_party_like`), or a group of no role that is a name (``Greens``: NER's
    plural party names come out as groups), not a lower-case set of people."""
    return _party_like(a) or (a.norm["type"] == "group" and not a.norm.get("role")
                              and doc[a.start].text[:1].isupper())


def titled_party(doc: Doc, start: int, name_start: int, actors: list[Actor],
                 leaders: frozenset[str], non_party: frozenset[str]) -> dict | None:
    """``Greens leader Adam Vik`` as one person span (``doc[start:name_start]`` is the title): the
    earlier actor whose bare name is the words before the title's one leader noun, when it is a
    party-like body (:func:`_named_body`); else None. ``Lumora chief executive X`` has no leader noun."""
    if name_start - start < 2 or doc[name_start - 1].lower_ not in leaders:
        return None
    words = " ".join(t.lower_ for t in doc[start:name_start - 1] if t.lower_ != "the")
    found = [a for a in actors if a.end <= start and _named_body(doc, a) and party_evidence(a, non_party)
             and " ".join(t.lower_ for t in doc[a.start:a.end] if t.lower_ != "the") == words]
    return {**found[-1].norm, "via": "coref"} if words and found else None


def near_said_party(doc: Doc, the: int, actors: list[Actor], nouns: frozenset[str],
                    non_party: frozenset[str] = frozenset()) -> tuple[dict | None, bool]:
    """``MRN lawmakers were combative; Sen. Blas Ortellado, the party's floor leader,``: the one
    party-like body that this sentence or the one before calls a party's (:func:`_called_party`),
    when no party known by role or name is named there; a party named far back does not stand
    against it. Returns (norm, True); two such bodies, or none: (None, False) (:func:`said_party`
    and the description rows); one, with another party-like body named after it (:func:`_named_after`):
    (None, True), only the party named last may be the one."""
    since = previous_sentence_start(doc, the)
    near = [a for a in actors if since <= a.start and a.end <= the]
    if any(known_party(a) for a in near):
        return None, False
    called = _called_names(doc, near, nouns)
    found = {a.norm["actor_id"]: a for a in actors if a.end <= the and _named_body(doc, a)
             and _bare_words(doc, a.start, a.end) in called and party_evidence(a, non_party)}
    if len(found) != 1:
        return None, False
    if _named_after(doc, near, next(iter(found))):
        return None, True
    return {**next(iter(found.values())).norm, "via": "coref"}, True


def _named_after(doc: Doc, near: list[Actor], actor_id: str) -> bool:
    """Is the last named party-like body of ``near`` (:func:`_party_like`; not ``UCN lawmakers``, its
    people) another than ``actor_id`` (``X leader Y said her party would wait, while Kasa demanded …;
    the party's chairman``: Kasa may be the party)?"""
    named = [a for a in near if _party_like(a) and any(t.text[:1].isupper() for t in doc[a.start:a.end]
                                                              if t.lower_ != "the")]
    return bool(named) and max(named, key=lambda a: a.start).norm["actor_id"] != actor_id


def _called_names(doc: Doc, near: list[Actor], nouns: frozenset[str]) -> set[str]:
    """The bare names that ``near`` calls a party's: a body followed by a party noun (``MRN
    lawmakers`` as two spans), or a group span that ends in one (``MRN lawmakers`` as one)."""
    out = set()
    for a in near:
        if _called_party(doc, a, nouns):
            out.add(_bare_words(doc, a.start, a.end))
        elif a.norm["type"] == "group" and a.end - a.start > 1 and doc[a.end - 1].lower_ in nouns \
                and not doc[a.end - 1].is_title and doc[a.start].text[:1].isupper():
            out.add(_bare_words(doc, a.start, a.end - 1))
    return out


def _bare_words(doc: Doc, start: int, end: int) -> str:
    """The words of ``doc[start:end]`` in lower case without ``the``."""
    return " ".join(t.lower_ for t in doc[start:end] if t.lower_ != "the")


LEADS_OF = ("leadership", "leader")  # "the leadership of Fianna Fáil"


def _called_party(doc: Doc, a: Actor, nouns: frozenset[str]) -> bool:
    """Is ``a`` followed by one party noun not in title case (``MRN lawmakers``, ``TDs``) or named after
    ``leadership of`` / ``leader of``?"""
    after = a.end < len(doc) and not doc[a.end].is_title and doc[a.end].lower_ in nouns  # "TDs", not "Leader"
    return after or a.start >= 2 and doc[a.start - 1].lower_ == "of" and doc[a.start - 2].lower_ in LEADS_OF


def known_party(a: Actor) -> bool:
    """A body the gazetteer or its name makes a party (``USAPTYREP``, ``the Labour Party``)."""
    return (a.norm.get("role") or "")[3:6] == "PTY" or "party" in (a.norm.get("name") or "").lower().split()


def party_evidence(a: Actor, non_party: frozenset[str]) -> bool:
    """May ``a`` be a person's party: a party by role or name (:func:`known_party`), or a body
    whose name does not end in the head word of another kind of body (``non_party``: unions,
    companies, clubs have leaders too: ``Teamsters leader X … his party``, ``Acme Corp leader``)."""
    if known_party(a):
        return True
    last = (a.norm.get("name") or "").lower().split()[-1:]
    return not last or last[0].strip(".") not in non_party


def said_party(doc: Doc, the: int, actors: list[Actor], nouns: frozenset[str],
               non_party: frozenset[str] = frozenset()) -> dict | None:
    """``the party`` in an article that named no party by name or role before it: the one body
    named before that the text called a party's (:func:`_called_party`: ``Fianna Fáil TDs``, ``the
    leadership of Fianna Fáil``) and that is party-like (:func:`_named_body`); two such bodies, or
    none: None. A company (``Lumora shareholders``) has a role or no party noun."""
    before = [a for a in actors if a.end <= the]
    if any(known_party(a) for a in before):
        return None  # the description rows' own ways decide
    found = {a.norm["actor_id"]: a for a in before if _named_body(doc, a) and _called_party(doc, a, nouns)
             and party_evidence(a, non_party)}
    return {**next(iter(found.values())).norm, "via": "coref"} if len(found) == 1 else None


class PartyWords(NamedTuple):
    """The word lists :func:`recent_party` reads (``actor_words.jsonl``)."""
    called: frozenset[str] = frozenset()  # leader and member nouns: "Sumar lawmakers", "PP leader"
    non_party: frozenset[str] = frozenset()  # name heads of other bodies: "Acme Corp"
    adjectives: frozenset[str] = frozenset()  # "far-right" in "the far-right Vox"
    owners: frozenset[str] = frozenset()  # "shareholders" in "Lumora shareholders": a company's
    loose: frozenset[str] = frozenset()  # "liberal" in "the liberal Brookings Institution": a party only alone
    modifier_nouns: frozenset[str] = frozenset()  # "opposition" in "the main opposition party"
    ruling: frozenset[str] = frozenset()  # "ruling" in "the ruling party": the party in power
    opposition: frozenset[str] = frozenset()  # "opposition" in "the main opposition Kuomintang"
    head_offices: frozenset[str] = frozenset()  # "president" in "the president's Democratic Progressive Party"
    members: frozenset[str] = frozenset()  # "MPs" in "ODM's 86 MPs": only a party has them (party-member-nouns)
    parts: frozenset[str] = frozenset()  # "parliamentary" in "the parliamentary party": a part of a party
    name_heads: frozenset[str] = frozenset()  # "front" in "the Islamic Action Front (IAF)" (party-name-heads)
    officers: frozenset[str] = frozenset()  # "secretary-general" in "Fretilin's secretary-general" (party-officer-nouns)
    seat_verbs: frozenset[str] = frozenset()  # "win" in "the Front won 31 seats" (party-seat-verbs)
    seat_objects: frozenset[str] = SEAT_NOUNS  # "majority" in "X holds a majority" (its objects)
    past: frozenset[str] = frozenset()  # "former" in "the former president and his party": no ruling party


def recent_party(doc: Doc, the: int, actors: list[Actor], words: PartyWords) -> tuple[dict | None, bool]:
    """``the party`` (``his party``) as the party named last before it. The latest party-like body
    (:func:`_party_like`, a proper-noun group) decides: (norm, True) when the text shows it a party
    (:func:`_shown_party`), else, named in this sentence or the one before, (None, True): no guess
    past a body that may be the party. Two such bodies in its sentence: (None, True), unless ``the``
    sits in a relative clause of one (``Junts, whose deputies answer to X, the party's leader``).
    No such body, or only one named far back and not shown a party: (None, False), the other ways."""
    before = [a for a in actors if a.end <= the and _body_candidate(doc, a, words)]
    before = [a for a in before if not _renames_other(doc, a, actors, words) and not _called_bloc(doc, a, actors, the, words)]
    own = _speaker_party(doc, the, actors, before)
    if own is not None:  # "one senior EPP official admitted the party …": the EPP
        return {**own.norm, "via": "coref"}, True
    if not before or the >= 2 and doc[the - 1].text == "," and any(a.end == the - 1 for a in before):
        return None, False  # "the Unity Party, the largest party in …": an apposition, the other ways
    last = max(before, key=lambda a: a.start)
    sent_start = doc[last.start].sent.start
    rivals = {a.norm["actor_id"]: a for a in before if a.start >= sent_start}
    if len(rivals) > 1:
        owner = _relative_owner(doc, the, list(rivals.values()))
        return ({**owner.norm, "via": "coref"}, True) if owner is not None else (None, True)
    if _shown_party(doc, last, actors, the, words):
        return {**last.norm, "via": "coref"}, True
    near = previous_sentence_start(doc, the)
    return None, last.start >= near


def modified_party(doc: Doc, the: int, head: int, actors: list[Actor], words: PartyWords) -> tuple[dict | None, bool]:
    """``the party``, ``the ruling party``, ``its largest party`` ending at ``head``: the answer of
    :func:`recent_party` when the words between are party modifiers (:func:`party_modifiers`);
    (None, True) for any other party (``the birthday party``, ``the search party``): no political
    party at all, no other way may read one; so for a part of a party (``words.parts``: ``the
    parliamentary party``, its members in parliament). (None, False) when ``head`` is no ``party``."""
    if doc[head].lower_ != "party":
        return None, False
    mods = {t.lower_ for t in doc[the + 1:head]}
    if not party_modifiers(doc, the + 1, head, words.modifier_nouns) or mods & words.parts:
        return None, True
    if not mods & words.ruling:
        return recent_party(doc, the, actors, words)
    ruling = _ruling_parties(doc, actors, words)
    if len(ruling) == 1:  # "the ruling party" after "the president's Democratic Progressive Party"
        return {**next(iter(ruling.values())).norm, "via": "coref"}, True
    norm, decided = recent_party(doc, the, actors, words)
    if norm is not None and _marked(doc, norm["actor_id"], actors, words)[1]:
        return None, True  # the party named last is the opposition: no ruling party of it
    return norm, decided


def head_party(doc: Doc, titles: list[str], country: str | None, actors: list[Actor], words: PartyWords) -> dict | None:
    """``President Marisol Cáceres ... said her party`` (``titles``: the words before her name in
    her mentions, lower case): the one ruling party of the text (:func:`_ruling_parties`: ``the
    ruling LIBRE party``) when a title ends in a head office of ``words.head_offices`` (``interim
    president``) and the party is of her country or of none; else None."""
    if not any(t == o or t.endswith(" " + o) for t in titles for o in words.head_offices):
        return None
    ruling = [a for a in _ruling_parties(doc, actors, words).values() if a.norm.get("country") in (None, country)]
    return {**ruling[0].norm, "via": "coref"} if len(ruling) == 1 else None


def _ruling_parties(doc: Doc, actors: list[Actor], words: PartyWords) -> dict[str, Actor]:
    """The parties the text calls ruling (``the governing Labour Party``) or names as a head of
    government's (``the president's Democratic Progressive Party``), never called the opposition."""
    out: dict[str, Actor] = {}
    for a in actors:
        if known_party(a) and a.norm["actor_id"] not in out:
            ruling, opposed = _marked(doc, a.norm["actor_id"], actors, words)
            if ruling and not opposed:
                out[a.norm["actor_id"]] = a
    return out


def _marked(doc: Doc, actor_id: str, actors: list[Actor], words: PartyWords) -> tuple[bool, bool]:
    """(called ruling, called opposition) over the mentions of ``actor_id``: the lower-case words
    that open the mention or stand right before it (``the main opposition Kuomintang``), or a
    head of government's possessive before it (``the prime minister's party``, ``Albania's prime
    minister … his Socialist Party``: :func:`_holder_pronoun`)."""
    ruling = opposed = False
    for a in actors:
        if a.norm["actor_id"] != actor_id:
            continue
        lead = _lead_words(doc, a.start) | {t.lower_ for t in doc[a.start:a.end] if t.is_lower}
        said = _pronoun_owner(doc, a.start, actors)  # "opposition leader Ana Ruiz and her party"
        ruling = ruling or bool(lead & words.ruling) or _office_possessive(doc, a.start, words.head_offices) \
            or _holder_pronoun(said, words)
        opposed = opposed or bool((lead | set(said)) & words.opposition)
    return ruling, opposed


def _lead_words(doc: Doc, start: int) -> set[str]:
    """The lower-case words (up to three) right before ``start``."""
    out, k = set(), start - 1
    while k >= 0 and start - k <= 3 and (doc[k].is_lower or doc[k].text == "-"):
        out.add(doc[k].lower_)
        k -= 1
    return out


def _pronoun_owner(doc: Doc, start: int, actors: list[Actor]) -> list[str]:
    """``his``/``her`` right before ``start``: the words before and of the last person named before it
    in its sentence (``opposition leader Ana Ruiz``), in lower case; no such pronoun or person: none."""
    if start < 1 or doc[start - 1].lower_ not in ("his", "her"):
        return []
    sent = doc[start].sent.start
    person = max((p for p in actors if p.norm["type"] == "person" and sent <= p.start and p.end < start),
                 key=lambda p: p.start, default=None)
    return [] if person is None else [t.lower_ for t in doc[max(sent, person.start - 2):person.end]]


def _holder_pronoun(said: list[str], words: PartyWords) -> bool:
    """Does the pronoun's person (:func:`_pronoun_owner`, its words ``said``) hold a head office now
    (``Albania's prime minister claimed … his Socialist Party``, ``President Soto and her Morena party``;
    not ``the former president``)?"""
    padded = f" {' '.join(said)} "
    return not set(said) & words.past and any(f" {o} " in padded for o in words.head_offices)


def _office_possessive(doc: Doc, start: int, offices: frozenset[str]) -> bool:
    """``the president's``, ``the prime minister's`` right before ``start``."""
    if start < 2 or not is_possessive_s(doc[start - 1]):
        return False
    last = doc[start - 2].lower_
    return any(o == last or o.endswith(" " + last) for o in offices)


def _called_bloc(doc: Doc, a: Actor, actors: list[Actor], the: int, words: PartyWords) -> bool:
    """Is ``a``'s body, no known party, called by a non-party head before ``the`` (``the Patriots
    for Europe group``, ``the Patriots, the third-largest group``): a group of parties, no member's party?"""
    if known_party(a):
        return False
    return any(b.norm["actor_id"] == a.norm["actor_id"] and b.end <= the and doc[b.end - 1].lower_ in words.non_party
               for b in actors)


def _speaker_party(doc: Doc, the: int, actors: list[Actor], before: list[Actor]) -> Actor | None:
    """The one party of ``before`` whose name makes a person of ``the``'s sentence before it one
    of its people (``one senior EPP official``: a role phrase of the EPP's entry), else None."""
    start = doc[the].sent.start
    owners = {a.origin[5:] for a in actors if a.norm["type"] == "person" and start <= a.start and a.end <= the
              and a.norm.get("via") == "role_phrase" and a.origin.startswith("rule:")}
    found = [b for b in before if b.norm["actor_id"] in owners]
    return found[-1] if len({b.norm["actor_id"] for b in found}) == 1 else None


def _body_candidate(doc: Doc, a: Actor, words: PartyWords) -> bool:
    """A party-like body or a proper-noun group of no role, not shown a company (``X shareholders``)."""
    if not any(t.text[:1].isupper() for t in doc[a.start:a.end] if t.lower_ != "the"):
        return False  # "the SPD's youth wing": a part of a party, no name of one
    if _international_body(a):
        return False  # "… orders from Brussels," Käppeli told the party's delegates: the EU is no party
    proper = a.norm["type"] == "group" and not a.norm.get("role") and doc[a.start].pos_ == "PROPN" \
        and not doc[a.end - 1].is_lower  # "PDP senators": a party's people, not the party
    last = (a.norm.get("name") or "").lower().split()[-1:]  # the Republican National Committee: no party
    if not (_party_like(a) or proper) or not party_evidence(a, words.non_party) or last and last[0] in words.non_party:
        return False
    if doc[a.start:a.end].root.lower_ in words.non_party:
        return False  # "the Center for American Progress": the head before "for" is no party's
    return not (a.end < len(doc) and doc[a.end].lower_ in words.owners)


def _international_body(a: Actor) -> bool:
    """A body the gazetteer knows as one of no country (the EU, the UN, the IMF, NATO) that is no
    party by role or name (the European People's Party is one): it is never a nation's ``the party``."""
    return bool(a.norm.get("in_gazetteer")) and not a.norm.get("country") and not known_party(a)


def _renames_other(doc: Doc, a: Actor, actors: list[Actor], words: PartyWords) -> bool:
    """Is ``a`` in apposition to another actor's words (``the party's youth wing, the Jusos``; ``its
    leader, Sandrine Vautrin-Morel`` read as a body): a name of that actor, no party of its own?"""
    root = doc[a.start:a.end].root
    if root.dep_ != "appos" or a.start <= root.head.i < a.end:
        return False
    if root.head.is_lower and root.head.pos_ == "NOUN":
        return True  # a common noun's name: "youth wing", "leader"
    return any(o.start <= root.head.i < o.end and o.norm["actor_id"] != a.norm["actor_id"]
               and not _body_candidate(doc, o, words) for o in actors)


def _shown_party(doc: Doc, a: Actor, actors: list[Actor], the: int, words: PartyWords) -> bool:
    """Is ``a``'s body a party: known as one (:func:`known_party`), or one of its mentions before
    ``the`` is called a party's (``Sumar lawmakers``), follows a party word (``the far-right
    Vox``), is listed with a known party (``ERC, the Basque Nationalist Party and Junts``) or is
    set beside a party in apposition (``Partido Bagong Lakas, the former president's party``)?"""
    if known_party(a):
        return True
    same = [b for b in actors if b.norm["actor_id"] == a.norm["actor_id"] and b.end <= the]
    known = [b for b in actors if b.end <= the and known_party(b)]
    return any(_called_party(doc, b, words.called) or _party_word_before(doc, b.start, words, bool(known))
               or _listed_with(doc, b, known) or _members_owned(doc, b, words.members) or _apposed_party(doc, b)
               or _party_by_context(doc, b, words) for b in same)


def _party_by_context(doc: Doc, a: Actor, words: PartyWords) -> bool:
    """Does the text around ``a`` show a party the gazetteer does not know: a name with a party word
    and an acronym in brackets (:func:`_acronym_party`), a party's post it owns (:func:`_owns_officer`)
    or seats it wins (:func:`_wins_seats`)?"""
    return _acronym_party(doc, a, words.name_heads) or _owns_officer(doc, a, words.officers) \
        or _wins_seats(doc, a, words.seat_verbs, words.seat_objects)


def _acronym_party(doc: Doc, a: Actor, heads: frozenset[str]) -> bool:
    """``the Islamic Action Front (IAF)``, ``the Independent Patriots for Change (IPC)``: a name with a
    capitalised word of ``heads`` followed by an upper-case acronym in brackets."""
    k = a.end
    if k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
        return False
    acronym = doc[k + 1].text
    return len(acronym) >= 2 and acronym.isalpha() and acronym[:2].isupper() \
        and any(t.is_title and t.lower_ in heads for t in doc[a.start:a.end])


def _joined(doc: Doc, k: int, size: int) -> str:
    """The lower-case words of ``doc[k:k + size]``, a hyphen kept tight (``secretary-general``)."""
    return "".join(t.lower_ + t.whitespace_ for t in doc[k:k + size]).strip()


def _officer_at(doc: Doc, k: int, officers: frozenset[str]) -> bool:
    """Does a noun of ``officers`` (one to three tokens, lower case) start at token ``k``?"""
    return any(k + size <= len(doc) and doc[k].is_lower and _joined(doc, k, size) in officers for size in (1, 2, 3))


def _owns_officer(doc: Doc, a: Actor, officers: frozenset[str]) -> bool:
    """Is ``a`` the owner of a party's post: ``Fretilin's secretary-general``, ``the secretary-general of
    the IAF``, ``the IPC, whose candidate``?"""
    k = a.end
    if k < len(doc) and is_possessive_s(doc[k]) and _officer_at(doc, k + 1, officers):
        return True
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "whose" and _officer_at(doc, k + 2, officers):
        return True
    s = a.start - (1 if a.start >= 1 and doc[a.start - 1].lower_ == "the" else 0)  # "of the IAF"
    return s >= 2 and doc[s - 1].lower_ == "of" and any(
        s - 1 - size >= 0 and doc[s - 1 - size].is_lower and _joined(doc, s - 1 - size, size) in officers
        for size in (1, 2, 3))


def _wins_seats(doc: Doc, a: Actor, verbs: frozenset[str], objects: frozenset[str]) -> bool:
    """Is ``a`` the subject of a verb of ``verbs`` with seats for object (``the Front won 31 seats``;
    ``X, which holds 159 of the 400 seats``), or another noun of ``objects`` that modifies no other
    noun (``holds a majority in parliament``, ``won 31% of the vote``; not ``a majority stake``)?"""
    root = doc[a.start:a.end].root
    own = [root.head] if root.dep_ == "nsubj" else []
    clauses = [t for t in root.children if t.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in t.children)]
    return any(verb.lemma_ in verbs and any(t.lemma_ in objects and t.dep_ not in ("compound", "amod")
                                            for c in verb.children if c.dep_ == "dobj" for t in c.subtree)
               for verb in own + clauses)


APPOSED_PARTY_REACH = 7  # tokens after the comma: "the former president's populist party"


def _apposed_party(doc: Doc, a: Actor) -> bool:
    """Is ``a`` followed by a comma and an apposition the parser heads with ``party`` (``Partido
    Bagong Lakas, the former president's party``, ``Vanguard, a party founded in 2019``)? Not a
    possessive (``Meridia, the party's ally``) nor another head (``X, the party's youth wing``)."""
    if a.end + 1 >= len(doc) or doc[a.end].text != ",":
        return False
    return any(t.lower_ == "party" and t.dep_ == "appos" and a.start <= t.head.i < a.end
               for t in doc[a.end + 1:a.end + 1 + APPOSED_PARTY_REACH])


def _members_owned(doc: Doc, a: Actor, members: frozenset[str]) -> bool:
    """Is ``a`` the possessor of a party's members (``ODM's 86 MPs``, ``the Labour Party's six
    senators``, ``Vanguard's lawmakers``): a possessive, at most one number, one member noun?"""
    k = a.end
    if k >= len(doc) or not is_possessive_s(doc[k]):
        return False
    k += 1 if k + 1 < len(doc) and doc[k + 1].like_num else 0
    return k + 1 < len(doc) and doc[k + 1].lower_ in members and not doc[k + 1].is_title


def _party_word_before(doc: Doc, start: int, words: PartyWords, known: bool) -> bool:
    """Is the word before ``start`` a party word: one of ``words.adjectives`` (``far-right``), of
    ``words.ruling`` or ``words.opposition`` (``the ruling X``, ``the opposition X``), or of
    ``words.loose`` (``liberal``, ``conservative``: think tanks and campaigns are called so too)
    when no known party is named before (``The Democratic Party … the liberal Brookings
    Institution … the party``: the Democrats')?"""
    word = _word_before(doc, start)
    marked = words.adjectives | words.ruling | words.opposition
    return word in marked or not known and word in words.loose


def party_modifiers(doc: Doc, start: int, head: int, nouns: frozenset[str]) -> bool:
    """May ``doc[start:head]`` modify ``party`` in a mention of a party named before (``the ruling
    party``, ``its largest party``, ``the main opposition party``): lower-case adjectives,
    participles, adverbs, numbers and hyphened words, and the nouns of ``nouns``; never another
    noun or a name (``the birthday party``, ``the search party``, ``the Christmas party``)."""
    return all(t.is_lower and (t.pos_ in ("ADJ", "VERB", "ADV", "NUM") or t.lower_ in nouns) or t.text == "-"
               or t.is_lower and _hyphen_next(t) for t in doc[start:head])


def _hyphen_next(tok) -> bool:
    """Is ``tok`` joined by a hyphen to a neighbour (``far-right``, ``centre-left``)?"""
    doc = tok.doc
    return (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-") or (tok.i > 0 and doc[tok.i - 1].text == "-")


def _word_before(doc: Doc, start: int) -> str:
    """The lower-case word right before ``start``, a hyphened one whole (``far-right``)."""
    if start < 1:
        return ""
    if start >= 3 and doc[start - 2].text == "-":
        return f"{doc[start - 3].lower_}-{doc[start - 1].lower_}"
    return doc[start - 1].lower_


def _listed_with(doc: Doc, a: Actor, others: list[Actor]) -> bool:
    """Is ``a`` in one coordination or apposition (the parser's ``conj``, ``appos``) with one of ``others``?"""
    top = list_head(doc[a.start:a.end].root, ("conj", "appos")).i
    return any(list_head(doc[b.start:b.end].root, ("conj", "appos")).i == top and b.start != a.start for b in others)


def _relative_owner(doc: Doc, the: int, rivals: list[Actor]) -> Actor | None:
    """The rival right before the comma and the relative clause holding ``doc[the]`` (``Vox, whose
    leader, X, …``), when it is no member of a list of rivals (``ERC, the PNV and Junts, whose …``)."""
    clause = next((t for t in doc[the].ancestors if t.dep_ == "relcl"), None)
    if clause is None:
        return None
    left = clause.left_edge.i
    owner = next((a for a in rivals if a.end == left - 1 and doc[left - 1].text == ","), None)
    if owner is None or _listed_with(doc, owner, [b for b in rivals if b is not owner]):
        return None
    return owner
