"""A bare plural that names again a group named with its modifier (issue 12).

``EU leaders agreed …; leaders endorsed a target …``: ``leaders`` alone is too broad to make a
group of its own (``modified-group-nouns``), but after the article named one group of that noun
(``EU leaders``, ``Group of Seven leaders``) the bare noun is that group again. The nouns are
``repeated-group-nouns`` of ``actor_words.jsonl``. No guess when two groups of the noun were named
before (``PTI leaders`` and ``business leaders``), nor when the noun has a modifier, a determiner
or a possessor of its own (``their leaders``, ``the leaders`` are left to the other rules), nor
before ``of`` (``leaders of the opposition``) or another noun (``leaders summit``), nor with a
complement of its own (``leaders from Asia``, ``leaders in Africa``, ``leaders who …``: other
leaders), nor more than :data:`PARAGRAPHS_ON` paragraphs after the last mention of the group or
of the body it is made from (``the EU's agency … leaders endorsed``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.components.actor_name_heads import paragraphs_between

OWN_WORDS = ("det", "poss", "amod", "compound", "nummod", "quantmod")
#: complements that make the noun other leaders (leaders from Asia, leaders who won, leaders meeting …)
COMPLEMENTS = ("prep", "relcl", "acl")
PARAGRAPHS_ON = 2  # review 16.3: the group's paragraph or the next two


def find_bare_repeats(doc: Doc, actors: list[Actor], nouns: frozenset[str]) -> None:
    """Add each bare ``leaders`` that names again the one earlier group of that noun."""
    if not nouns:
        return
    covered = {k for a in actors for k in range(a.start, a.end)}
    for tok in doc:
        if tok.lower_ not in nouns or tok.i in covered or not _bare(doc, tok):
            continue
        group = _one_group(doc, tok, actors)
        if group is not None:
            actors.append(Actor(tok.i, tok.i + 1, {**group.norm}, "rule:bare-repeat", tok.lower_, "group"))
            covered.add(tok.i)


def _bare(doc: Doc, tok) -> bool:
    """The plural noun alone: no word of its own before it, none after it that it heads."""
    if tok.tag_ not in ("NNS", "NNPS") or (tok.is_title and not tok.is_sent_start):
        return False
    if any(c.dep_ in OWN_WORDS + COMPLEMENTS for c in tok.children) or tok.dep_ == "compound":
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ in ("NOUN", "PROPN", "ADP") or nxt.tag_ == "WP"):
        return False
    return prev is None or prev.pos_ not in ("ADJ", "NOUN", "PROPN", "DET", "NUM") and prev.tag_ != "POS"


def _one_group(doc: Doc, tok, actors: list[Actor]) -> Actor | None:
    """The earlier group whose mention ends in the same noun with a modifier before it (one id),
    when it is still the story (:func:`_still_near`)."""
    found = [a for a in actors if a.end <= tok.i and a.end - a.start > 1 and
             doc[a.end - 1].lower_ == tok.lower_ and a.norm.get("type") in ("group", "people")]
    ids = {a.norm["actor_id"] for a in found}
    group = max(found, key=lambda a: a.start) if len(ids) == 1 else None
    return group if group is not None and _still_near(doc, tok, group, actors) else None


def _still_near(doc: Doc, tok, group: Actor, actors: list[Actor]) -> bool:
    """Is the group, or the body it is made from (``EU`` of ``EU leaders``: origin ``rule:eu``),
    named in the paragraph of ``tok`` or the :data:`PARAGRAPHS_ON` before it?"""
    body = group.origin[len("rule:"):] if group.origin.startswith("rule:") else None
    marks = [a.end - 1 for a in actors if a.end <= tok.i and a.norm.get("actor_id") in (group.norm["actor_id"], body)]
    return any(paragraphs_between(doc, k, tok.i) <= PARAGRAPHS_ON for k in marks)
