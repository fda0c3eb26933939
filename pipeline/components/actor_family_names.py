"""``the Ellison family`` and a later ``the family``, for ``claims_actors``: a family named by its
surname is the group ``<surname>-family`` (the id ``actor_kin`` gives ``the Delaneys``), and ``the
family`` after it names that group when the document names one such family (``the <Title-case
word> family`` read in the whole text, found as an actor or not) and that one was named within
:data:`PARAGRAPHS_BACK` paragraphs before; two: no guess. Heads: ``actor_family_names.jsonl``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from pipeline.components.actor_model import POSSESSIVE_S, Actor, make_norm
from pipeline.components.actor_name_heads import paragraphs_between
from pipeline.components.gazetteer import RULES, ActorDictionaryError, slugify
from pipeline.components.token_scan import positions
from pipeline.ruledata import read_jsonl_rules

FAMILY_NAMES_PATH = RULES / "actor_family_names.jsonl"
PARAGRAPHS_BACK = 3  # the paragraphs before ``the family``'s own that the family may be named in


@lru_cache(maxsize=4)
def load_family_heads(path: Path = FAMILY_NAMES_PATH) -> frozenset[str]:
    """The head nouns of every row (none when the file is missing)."""
    if not path.is_file():
        return frozenset()
    out: set[str] = set()
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True):
        heads = row.get("heads")
        if not isinstance(heads, list) or not heads or not all(isinstance(w, str) for w in heads):
            raise ActorDictionaryError(f"{path}:{lineno}: 'heads' must be a non-empty list of strings")
        out.update(w.lower() for w in heads)
    return frozenset(out)


def find_family_names(doc: Doc, actors: list[Actor], taken: list[bool]) -> None:
    """``the Ellison family`` -> ``ellison-family``; a later ``the family`` -> the one before."""
    heads = load_family_heads()
    found = list(map(doc.__getitem__, positions(doc, heads)))
    written = _families_written(doc, found, heads)
    for tok in found:
        if tok.lower_ not in heads or tok.i < 1 or _noun_after(doc, tok.i):
            continue
        norm = _surname_family(doc, tok.i, actors) if tok.i >= 2 else None
        if norm is not None:
            _replace(actors, taken, Actor(tok.i - 2, tok.i + 1, norm, "rule:family-name", tok.lower_, "group"))
        elif doc[tok.i - 1].lower_ == "the" and not taken[tok.i - 1] and not taken[tok.i] and written == 1:
            _the_family(doc, tok.i, actors, taken)


def _families_written(doc: Doc, found: list, heads: frozenset[str]) -> int:
    """How many families ``the <Title-case word> <head>`` the text names (by the word)."""
    names = {doc[t.i - 1].lower_ for t in found if t.i >= 2 and t.lower_ in heads
             and doc[t.i - 2].lower_ == "the" and doc[t.i - 1].is_title and doc[t.i - 1].is_alpha}
    return len(names)


def _the_family(doc: Doc, i: int, actors: list[Actor], taken: list[bool]) -> None:
    """``the family`` at token ``i`` -> the one family group named within the window before."""
    before = {a.norm["actor_id"]: a for a in actors if a.end <= i - 1 and a.origin == "rule:family-name"
              and paragraphs_between(doc, a.end - 1, i) <= PARAGRAPHS_BACK}
    if len(before) == 1:
        norm = {**next(iter(before.values())).norm, "via": "coref"}
        _replace(actors, taken, Actor(i - 1, i + 1, norm, "rule:description", doc[i].lower_, "description"))


def _noun_after(doc: Doc, i: int) -> bool:
    """``the family business``, ``the family of Ms. Ruiz``: the word is no family of its own here."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.lower_ in ("of", *POSSESSIVE_S))


def _surname_family(doc: Doc, i: int, actors: list[Actor]) -> dict | None:
    """The group of ``the <Surname> <head>``: one title-case word (no other actor's than a person's)."""
    name, det = doc[i - 1], doc[i - 2]
    if det.lower_ != "the" or not name.is_title or not name.is_alpha or name.pos_ != "PROPN":
        return None
    if any(a.start <= name.i < a.end and (a.norm["type"] != "person" or a.start < det.i or a.end > i)
           for a in actors):
        return None  # "the Kennedy Center family"
    return make_norm(f"{slugify(name.text)}-family", f"the {name.text} family", "group", None, False, None, "family")


def _replace(actors: list[Actor], taken: list[bool], actor: Actor) -> None:
    """Put ``actor`` in place of the person mentions inside it (``Ellison`` of ``the Ellison family``)."""
    actors[:] = [a for a in actors if not (actor.start <= a.start and a.end <= actor.end)]
    actors.append(actor)
    for k in range(actor.start, actor.end):
        taken[k] = True
