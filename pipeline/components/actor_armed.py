"""Group mentions headed by a plural noun for the members of an armed force (``the soldiers``,
``U.N. peacekeepers``, ``Israeli troops``) are typed ``military``: every gold set types them so,
whatever id (the country's military, the mission, the crowd itself) they resolve to. Words:
``actor_words.jsonl`` row ``armed-member-nouns``; the singular (``a soldier``) stays a person.
Counted soldiers of no one (``Three soldiers were wounded``: ``counted-group-nouns``) stay a group, as
the golds type them (7 of 9)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, make_norm
from pipeline.components.gazetteer import ActorWords, slugify


def type_armed_groups(doc: Doc, actors: list[Actor], words: ActorWords) -> None:
    """Retype every ``group`` actor whose last word is an armed member noun as ``military``."""
    for a in actors:
        if a.norm["type"] != "group" or a.end <= a.start:
            continue
        head = doc[a.end - 1].lower_
        if a.origin == "rule:group-noun" and head in words.counted_group_nouns:
            continue  # "Three soldiers were wounded": a group of their own
        two = doc[a.end - 2:a.end].text.lower() if a.end - a.start > 1 else head
        if head in words.armed_member_nouns or two in words.armed_member_nouns:
            a.norm = {**a.norm, "type": "military"}


def rebel_army_norm(doc: Doc, start: int, head: int, country: str, words: ActorWords) -> dict | None:
    """``the Myanmar National Democratic Alliance Army``, ``the Kosovo Liberation Army``: a country
    word (``doc[start]``), title-case name words one of which is an insurgent's (``rebel-army-words``)
    and a title-case ``Army`` at ``head`` name an armed group of that country (its own id, role
    ``…REB``), not the state's military (``the Pakistan Army``, ``the Royal Thai Army``)."""
    name = doc[start:head + 1]
    if doc[head].text != "Army" or not all(t.is_title or t.text in ("'s", "-") for t in name):
        return None
    if not any(t.lower_ in words.rebel_army_words for t in doc[start + 1:head]):
        return None
    return make_norm(slugify(name.text), name.text, "military", country, False, country + "REB", "name")
