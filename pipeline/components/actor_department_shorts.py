"""A department called by the one word of its name.

``The suit was filed by the Justice Department ... Justice is separately investigating``,
``Officials at Justice``: once the text names a government department as ``the X Department`` or
``the Department of X`` (an actor of type government, or military: the Defense Department), a title-case ``X`` standing alone as a noun
(``department-short-names``) is that department. Not a word before a name or a noun (``Justice
Alito``, ``Justice officials``), inside a longer name (``the Court of Justice``, ``Criminal
Justice``; a word of ``department-short-links`` before it: ``Health and Justice``) or covered by
another actor.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import POSSESSIVE_S, Actor

def _departments(doc: Doc, actors: list[Actor], shorts: frozenset[str]) -> dict[str, Actor]:
    """{short word: the department actor} for the departments the text names."""
    out: dict[str, Actor] = {}
    for a in actors:
        if a.norm["type"] not in ("government", "military"):  # the Department of Defense is USAMIL
            continue
        low = [t.lower_ for t in doc[a.start:a.end]]
        for j, word in enumerate(low):
            if word in shorts and doc[a.start + j].is_title and (
                    low[j + 1:j + 2] == ["department"] or low[max(0, j - 2):j] == ["department", "of"]):
                out.setdefault(word, a)
    return out


def _alone(doc: Doc, i: int, links: frozenset[str]) -> bool:
    """``doc[i]`` stands as a noun of its own: no title-case word or word of ``links`` before it
    (but at a sentence start), no title-case word, noun or hyphen after it."""
    before = doc[i - 1] if i > 0 else None
    if before is not None and not doc[i].is_sent_start and (
            before.is_title or before.lower_ in links or before.pos_ == "PROPN"):
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or not (after.is_title or after.pos_ in ("NOUN", "PROPN") or after.text in ("-", *POSSESSIVE_S))


def find_department_shorts(doc: Doc, actors: list[Actor], taken: list[bool], shorts: frozenset[str],
                           links: frozenset[str] = frozenset()) -> None:
    """The bare department words of the module doc, as mentions of their department; ``links``:
    ``department-short-links`` of ``actor_words.jsonl``, the words that join it to a name before."""
    departments = _departments(doc, actors, shorts) if shorts else {}
    if not departments:
        return
    covered = [False] * len(doc)
    for a in actors:
        for k in range(a.start, a.end):
            covered[k] = True
    for tok in doc:
        dept = departments.get(tok.lower_)
        if dept is None or not tok.is_title or covered[tok.i] or taken[tok.i] or not _alone(doc, tok.i, links):
            continue
        actors.append(Actor(tok.i, tok.i + 1, {**dept.norm, "via": "coref"}, "rule:department-short", dept.head,
                            dept.category))
        taken[tok.i] = covered[tok.i] = True
