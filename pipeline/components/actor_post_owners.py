"""A leader's office held in a body or a region (``The society's president, X,``; ``Jubaland's
president, X,``; ``Its president, X,``) is no country's office: when the article already read a bare
``the president`` as someone else before that person came in (the country's own president, named or
not), a later bare ``the president`` is that one again, not the society's or the region's president.
A state's post (``Kenya's president, William Ruto,``) and a title (``President X``) stay as they are."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, is_possessive_s

OWNER_PRONOUNS = frozenset({"its", "their"})  # "Its president, Archbishop X,": a body's post


def _owned_post(doc: Doc, name_start: int, phrase: str, actors: list[Actor]) -> bool:
    """Do the words ``<owner>'s <phrase>,`` stand right before a name at ``name_start``, with an
    owner of no state (``the society's``, ``Jubaland's``, ``Its``)?"""
    words = phrase.split()
    k = name_start - 2 - len(words)  # the possessive's last token
    if k < 1 or doc[name_start - 1].text != "," or [t.lower_ for t in doc[k + 1:name_start - 1]] != words:
        return False
    if doc[k].lower_ in OWNER_PRONOUNS:
        return True
    if not is_possessive_s(doc[k]):
        return False
    owner = next((o for o in actors if o.end == k), None)
    return owner is None or owner.norm.get("type") != "state"


def owned_post_only(doc: Doc, starts: list[int], titled: bool, phrase: str, actors: list[Actor]) -> bool:
    """Does a person named at ``starts`` hold ``phrase`` only as a post owned by no state (``titled``:
    some title of hers gives the phrase, as ``President X`` does: then no)?"""
    return not titled and any(_owned_post(doc, k, phrase, actors) for k in starts)


def earlier_bare(doc: Doc, the: int, phrase: str, actors: list[Actor], before: int) -> dict | None:
    """The norm of the last bare ``the <phrase>`` (a description) that starts before token ``before``
    and so before ``the``; None when there is none."""
    size = len(phrase.split()) + 1
    found = [a for a in actors if a.start < min(before, the) and a.end - a.start == size
             and a.origin == "rule:description" and doc[a.start].lower_ == "the"
             and doc[a.start + 1:a.end].text.lower() == phrase]
    return max(found, key=lambda a: a.start).norm if found else None
