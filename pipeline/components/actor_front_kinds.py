"""Kind nouns of the front matter: ``… thinktank warns``, ``union threatens strike over closures``.

A headline or standfirst calls a body by its kind, bare (no determiner), as the subject of its
clause; the article names it later (``The Larkfield Institute, a cross-party thinktank,``; ``The
bank's Solidarność union said``). Such a noun is a mention of the one body of the article that the
noun fits: a body an ``actor_descriptions.jsonl`` row of the noun fits (with the row's ``kinds``
said of it), or one the text calls by the noun (before its name, in apposition, or as the head
after it). Two bodies of other ids fit: no guess. A plural, a modified noun (``Polish lender``:
the actor layer's role rules), a noun with a determiner or a camp's noun (``Opposition calls move a
bribe``: every opposition party, not the one a row fits) is left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.actor_groups import fits_description
from pipeline.components.actor_model import Actor
from pipeline.components.gazetteer import Description

#: types of the bodies a kind noun may name
_BODY = frozenset({"organization", "government", "legislature", "media", "military", "group"})
#: description rows that speak of places or of the country in focus, not of bodies
_PLACE_ROWS = ("near", "window", "focus", "capitals", "settlements", "subdivisions", "modified")


def find_front_kinds(doc: Doc, actors: list[Actor], taken: list[bool], descriptions: list[Description],
                     front_end: int, camps: frozenset[str] = frozenset()) -> None:
    """Bare kind nouns that are the subject of a front-matter clause (``front_end``: the front
    matter's character end) as mentions of the one later body they fit (module doc); ``camps``
    (``opposition``): nouns of a political camp, never one body."""
    if front_end == 0:
        return
    rows = [d for d in descriptions if not any(getattr(d, f) for f in _PLACE_ROWS)]
    bodies = [a for a in actors if doc[a.start].idx >= front_end and a.norm.get("type") in _BODY
              and a.category != "group"]
    called = _called(doc, bodies, frozenset(n for d in rows for n in d.nouns))
    for tok in doc:
        if tok.idx >= front_end:
            break
        if taken[tok.i] or tok.lower_ in camps or not _bare_subject(tok):
            continue
        norm = _one_body(tok.lower_, bodies, rows, called)
        if norm is not None:
            actors.append(Actor(tok.i, tok.i + 1, {**norm, "via": "headline"}, "rule:headline-kind",
                                tok.lower_, "description"))
            taken[tok.i] = True


def _bare_subject(tok: Token) -> bool:
    """A singular common noun, alone (no determiner, modifier or possessor), the subject of a
    finite verb (``union threatens``, ``thinktank warns``) or before a colon."""
    if tok.tag_ not in ("NN", "NNP") or not tok.is_alpha or any(c.dep_ in ("det", "poss", "amod", "compound")
                                                               for c in tok.children):
        return False
    if tok.i > 0 and _joined_before(tok):
        return False
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.tag_ in ("VBZ", "VBD", "MD")) or \
        (after is not None and after.text == ":")


def _joined_before(tok: Token) -> bool:
    """Is the word before ``tok`` on its line part of its phrase (a name, a possessive, an
    adjective or a determiner: ``Polish union``, ``the union``), not a break (``;``, ``,``)?"""
    prev = tok.doc[tok.i - 1]
    if "\n" in prev.whitespace_ or prev.is_space:
        return False
    return prev.pos_ in ("PROPN", "ADJ", "DET", "NOUN", "NUM", "PART") or prev.tag_ == "POS"


def _called(doc: Doc, bodies: list[Actor], body_nouns: frozenset[str]) -> dict[str, set[str]]:
    """Per actor id, the words the text calls it by (not its name's words: ``Republican says`` is
    no National Republican Senatorial Committee; the rows' ``name_words`` weigh those): the heads of descriptions
    of it, and the lower-case noun right before its name, in apposition (``the Larkfield
    Institute, a cross-party thinktank``) or right after it when a description row has it (``the
    Solidarność union``; not ``the Larkfield Institute report``: a document)."""
    out: dict[str, set[str]] = {}
    for a in bodies:
        words = out.setdefault(a.norm["actor_id"], set())
        if a.category == "description" and a.head:
            words.add(a.head)
        near = [doc[a.start - 1]] if a.start > 0 else []
        after = doc[a.end] if a.end < len(doc) and doc[a.start:a.end].root.head.i == a.end else None
        near += [after] if after is not None and after.lower_ in body_nouns else []
        near += [c for c in doc[a.start:a.end].root.children if c.dep_ == "appos"]
        words.update(t.lower_ for t in near if t.is_lower and t.pos_ == "NOUN")
    return out


def _one_body(noun: str, bodies: list[Actor], rows: list[Description], called: dict[str, set[str]]) -> dict | None:
    """The norm of the one body ``noun`` fits (a named mention's, when there is one), else None."""
    own = [d for d in rows if noun in d.nouns]
    fit = {a.norm["actor_id"]: a for a in bodies
           if noun in called[a.norm["actor_id"]]
           or any(fits_description(a, d) and (not d.kinds or called[a.norm["actor_id"]] & {*d.kinds, *d.nouns})
                  for d in own)}
    if len(fit) != 1:
        return None
    aid = next(iter(fit))
    named = [a for a in bodies if a.norm["actor_id"] == aid and a.category != "description"]
    return (named[0] if named else fit[aid]).norm
