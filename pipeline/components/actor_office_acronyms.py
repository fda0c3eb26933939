"""``the PM``, ``the LG``: an office written as an acronym after ``the`` names the person the
document titles so (``Prime Minister Keir Starmer`` … ``MPs said the PM had lost their trust``;
``Lieutenant Governor Vinod K. Rathore`` … ``report to the LG``): the nearest such person before
it, with no rival near (:func:`rivalled`), as ``the prime minister`` would. The model often reads
the acronym as a body of its own (``LG``, the company's name): that mention gives way. No person
titled so, or two close together: nothing changes. Rows: ``actor_office_acronyms.jsonl``
(``acronym`` as written, ``title`` the noun phrase of the title)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.components.actor_people import Person, nearest_before, rivalled
from pipeline.components.gazetteer import ActorDictionaryError, Title
from pipeline.ruledata import read_jsonl_rules


def load_office_acronyms(path: Path) -> dict[str, str]:
    """``{acronym: title noun phrase}`` (empty when a rules folder saved before the file lacks it)."""
    out: dict[str, str] = {}
    if not path.is_file():
        return out
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True):
        short, title = row.get("acronym"), row.get("title")
        if not isinstance(short, str) or not short.isupper() or not isinstance(title, str) or not title.islower():
            raise ActorDictionaryError(f"{path}:{lineno} ({row['id']}): 'acronym' (capitals) and 'title' "
                                       "(lower case) are required")
        out[short] = title
    return out


def resolve_office_acronyms(doc: Doc, actors: list[Actor], taken: list[bool], people: list[Person],
                            titles: dict[str, Title], table: dict[str, str]) -> None:
    """Give ``the <acronym>`` (module doc) the norm of the person titled so, in place."""
    for i in range(1, len(doc)):
        title = table.get(doc[i].text)
        if title is None or doc[i - 1].lower_ != "the" or taken[i - 1] or \
                (i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN")):
            continue  # "the PM", not "the PM's office" either way: a head alone

        def fits(p: Person, title=title) -> bool:
            return title in p.nouns(titles)
        person = nearest_before(people, i - 1, fits)
        if person is None or rivalled(doc, people, i - 1, person, fits):
            continue
        inside = [a for a in actors if a.start <= i < a.end]
        if any(a.start < i - 1 or a.end > i + 1 or a.norm["in_gazetteer"] for a in inside):
            continue  # part of a longer name, or a body the gazetteer knows
        for a in inside:
            actors.remove(a)
        actors.append(Actor(i - 1, i + 1, {**person.mentions[0].actor.norm, "via": "coref"},
                            "rule:office-acronym", title.split()[-1], "description"))
        taken[i - 1] = taken[i] = True
