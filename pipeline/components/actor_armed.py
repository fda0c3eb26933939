"""Group mentions headed by a plural noun for the members of an armed force (``the soldiers``,
``U.N. peacekeepers``, ``Israeli troops``) are typed ``military``: every gold set types them so,
whatever id (the country's military, the mission, the crowd itself) they resolve to. Words:
``actor_words.jsonl`` row ``armed-member-nouns``; the singular (``a soldier``) stays a person."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.components.gazetteer import ActorWords


def type_armed_groups(doc: Doc, actors: list[Actor], words: ActorWords) -> None:
    """Retype every ``group`` actor whose last word is an armed member noun as ``military``."""
    for a in actors:
        if a.norm["type"] != "group" or a.end <= a.start:
            continue
        head = doc[a.end - 1].lower_
        two = doc[a.end - 2:a.end].text.lower() if a.end - a.start > 1 else head
        if head in words.armed_member_nouns or two in words.armed_member_nouns:
            a.norm = {**a.norm, "type": "military"}
