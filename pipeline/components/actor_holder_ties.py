"""Is a person named before tied to the owner of an unnamed post, for ``find_held`` (round 44)?

``The union's president said`` after ``Maria Lopez, the president, arrived …``: the post is hers
only when the text ties her to the union; a bare title is no tie (``Chairman Li Wei`` is no
party's chairman by the word alone). A tie is any of:

- a mention of the person before the post stands in a sentence that names the owner too, by
  another mention than the post's own possessor or by its possessor's word (``Ana Ruiz, the
  union's president,`` … ``The union's president said``; not ``Okonkwo, testifying alongside the
  C.I.A.'s deputy director``: the C.I.A. of the post itself; nor ``The C.I.A.'s deputy director,
  Rebecca Lund, who appeared with Mr. Okonkwo``, after that post);
- the person speaks for the owner (their role is the owner's id: ``Finance Minister X`` of the
  government, ``the government's finance minister``) or for the government the owner is part of
  (``Transport Secretary Ruth Vale`` … ``the department's secretary``);
- the person's title names the owner, by its initials or every capitalised word of its name
  (``FBI Director Karen Osei`` … ``the bureau's director``);
- the post stands in apposition right after the person's name, past an ``of`` phrase at most
  (``Gregory Sandoval of Sandoval Keane, Tamsett's lawyer``), no verb between.

The same ties decide whether a description with an ``of`` owner refers back to a person named
before (round 48, :func:`other_owner`): ``the representative of Denmark`` is not ``The
representative of Eritrea, Tesfay Gebremeskel``, nor ``the chief executive of Rival Corp`` ``Acme
Corp chief executive Dana Holt``; ``the chief executive of Acme`` is Holt. A country (or its
government) as owner is tied to a person of that country too; a place (``the governor of New
York``) is left as before.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, is_possessive
from pipeline.components.actor_people import Person

#: words at most between a name and the comma before its apposed post (``of Sandoval Keane``)
_APPOSED_GAP = 5
#: tokens at most from a possessive to the post it owns (``'s acting deputy director``)
_POST_GAP = 4


def other_owner(doc: Doc, the: int, head: int, norm: dict, people: list[Person], actors: list[Actor]) -> bool:
    """Does the description ``doc[the:head + 1]``, read as the person ``norm`` named before, have an
    ``of`` owner right after it (``the representative of Denmark``) that the text does not tie to
    that person (module doc)?"""
    owner = _of_owner(doc, head, actors)
    pid = norm.get("actor_id")
    if owner is None or norm.get("type") != "person" or not pid:
        return False
    person = next((p for p in people if any(m.actor.norm.get("actor_id") == pid and m.actor.start < the
                                             for m in p.mentions)), None)
    if person is None:  # (``The representative of Eritrea, Tesfay Gebremeskel,``: the name it introduces)
        return False
    country, kind = owner.norm.get("country"), owner.norm.get("type")
    if kind == "location":  # (``the governor of New York``: a person's country is too loose a tie to judge)
        return False
    national = kind == "state" or kind == "government" and owner.norm.get("actor_id") == owner.norm.get("role")
    if national and country and any(m.actor.norm.get("country") == country for m in person.mentions):
        return False
    return not tied_to_owner(doc, person, owner, actors, the)


def _of_owner(doc: Doc, head: int, actors: list[Actor]) -> Actor | None:
    """The actor an ``of`` right after the head names, past ``the`` (``of Denmark``, ``of the
    Rival Corp``)."""
    if head + 2 >= len(doc) or doc[head + 1].lower_ != "of":
        return None
    start = head + 3 if doc[head + 2].lower_ == "the" else head + 2
    return next((a for a in actors if a.start == start and a.norm.get("type") != "person"), None)


def tied_to_owner(doc: Doc, person: Person, owner: Actor, actors: list[Actor], np_start: int) -> bool:
    """Does the text tie ``person`` to ``owner``, the possessor of the post whose noun phrase starts
    at ``np_start`` (module doc)?"""
    oid = owner.norm.get("actor_id")
    if not oid:
        return False
    # a court or commission has no role: a person of no role does not speak for it by that
    roles = {oid, owner.norm.get("role") if owner.norm.get("type") == "government" else oid} - {None}
    if any(m.actor.norm.get("role") in roles for m in person.mentions):
        return True
    return any(_same_sentence(doc, m.actor, owner, actors) or _titled(doc, m.name_start, m.actor, owner)
               or _apposed(doc, m.actor, np_start) for m in person.mentions if m.actor.start < np_start)


def _same_sentence(doc: Doc, mention: Actor, owner: Actor, actors: list[Actor]) -> bool:
    """Does the mention's sentence name the owner by a mention other than the post's possessor, or
    write the possessor's last word as a possessor too (``the union's``, before the union is named),
    neither the possessor of another person's post (``beside the agency's director``)?"""
    sent, pid = doc[mention.start].sent, mention.norm.get("actor_id")
    head = doc[owner.end - 1]
    named = [a.end for a in actors if a is not owner and a.norm.get("actor_id") == owner.norm["actor_id"]
             and sent.start <= a.start < sent.end]
    written = [t.i + 1 for t in sent if t.i != head.i and t.lower_ == head.lower_ and t.i + 1 < sent.end
               and is_possessive(doc[t.i + 1])]
    return any(not _others_post(doc, k, pid, actors) for k in named + written)


def _others_post(doc: Doc, k: int, pid: str | None, actors: list[Actor]) -> bool:
    """Does a possessive at token ``k`` own a post (a mention :func:`find_held` made, right after it
    or past a few modifiers) that is not the person ``pid``?"""
    return k < len(doc) and is_possessive(doc[k]) and \
        any(a.category == "owned" and k < a.start <= k + _POST_GAP and a.norm.get("actor_id") != pid for a in actors)


def _titled(doc: Doc, name_start: int, mention: Actor, owner: Actor) -> bool:
    """Does the title before the name (``FBI Director``) name the owner: its initials or all the
    capitalised words of its name?"""
    title = [t.text.replace(".", "") for t in doc[mention.start:name_start]]
    words = [w for w in (owner.norm.get("name") or "").split() if w[:1].isupper()]
    if not title or not words:
        return False
    initials = "".join(w[0] for w in words)
    return len(words) > 1 and initials in title or set(words) <= set(title)


def _apposed(doc: Doc, mention: Actor, np_start: int) -> bool:
    """Does the post's noun phrase follow the name and a comma, past a few words that hold no verb?"""
    comma = np_start - 1
    if comma <= mention.end - 1 or doc[comma].text != "," or comma - mention.end > _APPOSED_GAP:
        return False
    return not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[mention.end:comma])
