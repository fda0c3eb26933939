"""Heads of government the text names, for ``claims_actors`` (issue 12: one id per real entity).

The offices table gives ``the prime minister`` its holder on the publication date. A story can say
otherwise without a title: ``The Kearney government's first task …``, ``Kearney's government``,
``the Caldwell administration`` name the head of a government. When the text names one such person
of a country (by name, not ``his government``) and never names the table's holder of the office
that heads such a government (``government-head-offices``: ``prime minister``; ``administration-
head-offices``: ``president``), that person holds the office in the story: ``the prime minister``
is Kearney, not the table's holder, and ``the Kearney government`` is the country's government. A
story that names the table's holder (``Prime Minister Anthony Albanese``), or two such people,
keeps the table.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor


def text_heads(doc: Doc, actors: list[Actor], heads: dict[str, frozenset[str]],
               table_holder: Callable[[str, str], str | None], focus: str | None,
               possessives: frozenset[str]) -> dict[tuple[str, str], dict]:
    """``(country, office phrase) -> the person's norm`` for the heads of government the text names
    (module doc); ``heads``: the following noun (``government``) -> its office phrases;
    ``table_holder(country, phrase)``: the offices table's holder id on the date; ``focus``: the
    country in focus, the owner's when his norm has none yet; ``possessives``: the list
    ``possessive-pronouns`` (``his government`` names nobody)."""
    named = {a.norm["actor_id"] for a in actors}
    found: dict[tuple[str, str], dict[str, dict]] = {}
    for a in actors:
        owner = a.owner
        country = (owner or {}).get("country") or focus
        if owner is None or owner.get("type") != "person" or a.head not in heads or \
                doc[a.start].lower_ in possessives or not country:
            continue
        for phrase in heads[a.head]:
            holder = table_holder(country, phrase)
            if holder is not None and holder not in named and holder != owner["actor_id"]:
                found.setdefault((country, phrase), {})[owner["actor_id"]] = {**owner, "country": country}
    return {key: next(iter(people.values())) for key, people in found.items() if len(people) == 1}
