"""The type of an unknown name from its shape and its context, where the model's label is wrong:
``Civic Platform`` (PERSON) ends in an organisation word, ``the Gazette`` (PERSON) in a newspaper
word, ``PHOENIX —`` (ORG) is a dateline's place, ``Gov. Ana Reyes`` (ORG) has a person's title,
``Residents in Imphal`` (ORG) is a place."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_people import is_first_name, title_before
from pipeline.components.gazetteer import ActorWords, Title


def person_shape(doc: Doc, start: int, end: int, words: ActorWords, titles: dict[str, Title]) -> str | None:
    """A PERSON whose last word is a newspaper word (``the Gazette``: media) or an organisation
    word (``Civic Platform``: organization), with no person's title before it and no given name
    opening a two-word name (``Emily Post`` stays a person)."""
    last = doc[end - 1].lower_
    if title_before(doc, start, titles) is not None or (end - start == 2 and is_first_name(doc[start].text)):
        return None
    if not all(t.is_title for t in doc[start:end]):
        return None
    if last in words.media_heads:
        return "media"
    if last in words.org_name_heads or last in words.business_name_words:
        return "organization"
    return None


def org_shape(doc: Doc, start: int, end: int, words: ActorWords, titles: dict[str, Title],
              dateline: bool) -> str | None:
    """The type of an ORG that is no organisation: a place or a person (None: keep it)."""
    if dateline and end - start == 1:
        return "location"  # "PHOENIX —"
    if _person_title(doc, start, titles):
        return "person"
    if _place_of_people(doc, start, end, words):
        return "location"
    return None


def _person_title(doc: Doc, start: int, titles: dict[str, Title]) -> bool:
    """``Gov. Ana Reyes``: a person's title (a title row, not an office of a body) before a name
    whose first word is a given name."""
    found = title_before(doc, start, titles)
    return found is not None and is_first_name(doc[start].text) and doc[start].is_title


def given_name_before(doc: Doc, start: int, titles: dict[str, Title], taken: list[bool]) -> int:
    """``Gov. Ana`` + ``Reyes`` (ORG): the untagged given name between a person's title and the
    entity opens the name; returns the name's new start (``start`` when there is none)."""
    k = start - 1
    if k < 1 or taken[k] or doc[k].ent_type_ or not doc[k].is_title or not doc[k].is_alpha or \
            not is_first_name(doc[k].text) or doc[k].whitespace_ != " ":
        return start
    return k if title_before(doc, k, titles) is not None else start


def _place_of_people(doc: Doc, start: int, end: int, words: ActorWords) -> bool:
    """``Residents in Imphal``: one title-case word after ``in``/``near`` that follows a plural
    noun for people (``group-nouns``) is their place."""
    tok = doc[start]
    if end - start != 1 or start < 2 or not tok.is_title or doc[start - 1].lower_ not in ("in", "near"):
        return False
    if end < len(doc) and doc[end].lower_ in ("'s", "’s"):
        return False
    return doc[start - 2].lower_ in words.group_nouns
