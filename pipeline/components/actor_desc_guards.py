"""Descriptions that name no body where they stand, from the rows of ``actor_descriptions.jsonl``:
the bare noun (no modifier of its own: ``the house``, ``the world body``; not ``the lower house``,
``the 275-member house``) followed by a word of ``refuse_after`` and no name (``the house of the
speaker``, ``the world body for swimming``; not ``the house of Lords``; with ``refuse_after_names``
before a name too: ``the territory of Ukraine``), or the object of a verb of ``object_verbs``
(``police searched the house``, ``the house was vandalised``) or of a preposition of ``refuse_in``
that places a doer (``Hargrove returned to the office``; not ``according to the office``, ``a
letter to the office``, ``sent the file to the office``); any description
in capitals (a subhead's ``TEAR GAS IN THE CAPITAL``); a noun with a child of ``refuse_children``
(``the force used``) or the subject of a copula with a word of ``refuse_complements`` (``the force
was excessive``); a determiner the row does not take (``determiners``: its command) or a word
of ``refuse_before`` right before it (``under the command``)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.gazetteer import Description


def rival_body_named(desc: Description, named: list[tuple[int, dict]], since: int, past: int,
                     ids: set | frozenset = frozenset()) -> bool:
    """The guards of ``nearest_body`` and ``yield_sectors`` of a row, for the actor layer and the
    claim side alike (``The NTSB said … Shares of Kestrel Air fell. The board said``: the company's
    board, not the NTSB). ``named``: (start, norm) of the other bodies named before the description,
    in one unit (tokens or characters). True when one of ``yield_sectors`` starts at ``since`` (this
    sentence or the one before) or after, or, with ``nearest_body``, an organisation of an id not in
    ``ids`` starts after ``past`` (the body the description would name); a political party is no
    such rival (``The State Election Board … Republican Party officials … the board``: a party is
    not said to have the board)."""
    if any(start >= since and norm.get("sector") in desc.yield_sectors for start, norm in named):
        return True
    return desc.nearest_body and any(start > past and norm.get("type") == "organization" and
                                     norm.get("actor_id") not in ids and not _party_norm(norm) for start, norm in named)


def _party_norm(norm: dict) -> bool:
    """Is the actor of ``norm`` a party by its role code (``USAPTYREP``) or its name (``the Labour Party``)?"""
    return (norm.get("role") or "")[3:6] == "PTY" or "party" in (norm.get("name") or "").lower().split()


def refused_description(doc: Doc, the: int, head: int, descriptions: list[Description]) -> bool:
    """Does a row whose noun is ``doc[the + 1:head + 1]`` refuse the description here?"""
    if doc[the].is_upper and doc[head].is_upper and len(doc[head]) > 1:
        return True  # a subhead in capitals ("TEAR GAS IN THE CAPITAL"): a common word, no mention
    phrase = " ".join(t.lower_ for t in doc[the + 1:head + 1])
    rows = [d for d in descriptions if phrase in d.nouns and (d.refuse_after or d.object_verbs or d.refuse_children
                                                              or d.refuse_complements or d.refuse_before or d.determiners
                                                              or d.refuse_in)]
    return any(_determined_otherwise(doc, the, d) or _before_no_name(doc, head, d.refuse_after, d.refuse_after_names)
               or _object_of(doc, head, d.object_verbs) or _placed(doc, head, d.refuse_in) or
               _judged(doc, head, d.refuse_children, d.refuse_complements) for d in rows)


def predicate_nominal(doc: Doc, head: int) -> bool:
    """Is the description headed by ``doc[head]`` the complement of a copula (``Rana is the third
    minister to be arrested``, ``the ruling is the court's last word``)? It says what its subject
    is, and names no body or person of its own: no mention."""
    tok = doc[head]
    return tok.dep_ == "attr" and tok.head.lemma_.lower() == "be"


def _determined_otherwise(doc: Doc, the: int, d: Description) -> bool:
    """``officers under its command``: a determiner the row does not take (``determiners``), or a
    word of ``refuse_before`` right before it (the parse of such phrases is often wrong)."""
    if d.determiners and doc[the].lower_ not in d.determiners:
        return True
    return the > 0 and doc[the - 1].lower_ in d.refuse_before


def _before_no_name(doc: Doc, head: int, words: tuple[str, ...], names: bool = False) -> bool:
    """``the house of the speaker``: a word of ``words`` after the head, then no title-case name
    (``names``: a name too, ``the territory of Ukraine``)."""
    if head + 2 >= len(doc) or doc[head + 1].lower_ not in words:
        return False
    if names:
        return True
    nxt = head + 2 + (doc[head + 2].lower_ == "the" and head + 3 < len(doc))
    return not doc[nxt].is_title


def _object_of(doc: Doc, head: int, verbs: tuple[str, ...]) -> bool:
    """The head noun is the object (or the passive subject) of one of ``verbs``."""
    tok = doc[head]
    return tok.dep_ in ("dobj", "nsubjpass", "obj") and tok.head.lemma_.lower() in verbs


def _placed(doc: Doc, head: int, preps: tuple[str, ...]) -> bool:
    """``Hargrove returned to the office``, ``told reporters outside the office``: the head noun is
    the object of one of ``preps`` that hangs on a verb with an active subject (a doer somewhere);
    not ``according to the office`` (no subject), ``a letter to the office`` (a noun), ``was
    referred to the office`` nor, ``to`` a recipient, ``sent the file to the office``."""
    tok = doc[head]
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in preps:
        return False
    verb = prep.head.head if prep.head.dep_ == "advmod" else prep.head  # "walked back to the office"
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    kids = {c.dep_ for c in verb.children}
    doer = "nsubj" in kids or verb.dep_ == "conj" and any(c.dep_ == "nsubj" for c in verb.head.children)
    return doer and not (prep.lower_ == "to" and kids & {"dobj", "obj", "dative"})


def _judged(doc: Doc, head: int, deps: tuple[str, ...], complements: tuple[str, ...]) -> bool:
    """``the force used``, ``the force was excessive``: a thing done or judged, not a body; not a
    clause set off by a comma (``the force, which has 30,000 officers,``)."""
    tok = doc[head]
    aside = head + 1 < len(doc) and doc[head + 1].text == ","
    if not aside and any(c.dep_ in deps for c in tok.children):
        return True
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.lemma_.lower() == "be" and \
        any(c.dep_ == "acomp" and c.lower_ in complements for c in verb.children)
