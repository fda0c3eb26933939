"""``the executive`` as a branch of power: the government of the story's country.

``The court, whose justices have avoided clashing with the executive,`` (an Argentine story),
``the lists drawn up by Congress, the executive and the court`` (a Mexican one): the words
``the executive`` alone name the government as such (``ARGGOV``), as every actor gold marks them
(5 of 5 stories, one more read as a person). An executive as a person (``Meridian's chief
executive … the executive said``) is read so when the document says ``executive`` or ``CEO`` of
anyone before (``executive-government-heads``: ``person_words``; not as the modifier of one of its
``thing_nouns``, ``an executive order``, ``the executive branch``): then nothing here. The country
is that of the states and governments the sentence names when they are of one country, else the
country in focus; two countries there, or none and no focus: None.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor


def executive_country(doc: Doc, the: int, order: list[Actor], focus: str | None,
                      heads: frozenset[str], person_words: frozenset[str],
                      things: frozenset[str] = frozenset()) -> str | None:
    """The country whose government ``the <head>`` at ``the`` names (module doc), or None."""
    if not _bare_head(doc, the + 1, heads):
        return None  # "the executive branch", "the executive director": not the head alone
    if any(t.lower_ in person_words and not _bare_head(doc, t.i, heads) and not _thing_modifier(doc, t.i, things)
           for t in doc[:the]):
        return None  # "Meridian's chief executive … the executive": a person
    sent = doc[the].sent
    named = {a.norm["country"] for a in order if sent.start <= a.start and a.end <= sent.end
             and a.norm["type"] in ("state", "government") and a.norm.get("country")}
    if len(named) > 1:
        return None
    return next(iter(named)) if named else focus


def _thing_modifier(doc: Doc, i: int, things: frozenset[str]) -> bool:
    """Does ``doc[i]`` modify one of ``things`` right after it (``an executive order``)?"""
    return i + 1 < len(doc) and doc[i + 1].lower_ in things


def _bare_head(doc: Doc, i: int, heads: frozenset[str]) -> bool:
    """Is ``doc[i]`` one of ``heads`` right after ``the`` with no noun after it (``the executive``)?"""
    return 0 < i < len(doc) and doc[i].lower_ in heads and doc[i - 1].lower_ == "the" and \
        not (i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN"))
