"""A name the model tags PERSON that the text itself shows to be an organisation: a word of a
body's officers or members after it (``Sinn Féin leader Orla X``, ``several Fine Gael TDs``,
``Jusos chair X``), ``leader of``/``chairman of`` before it, a body's noun right before it
(``Greek carrier X``, ``the lender X``: ``org-front-nouns``), an officer's title between commas
before it (``Dr Ruth X, Chief Executive, <name>``: ``officer-list-titles``), or a company
suffix after it somewhere in the document (``Lumora Inc.``). Words: ``actor_words.jsonl`` rows
``org-officer-nouns``, ``org-officer-of``, ``org-front-nouns``, ``org-owner-words`` and
``org-evidence-determiners``.

Weak contexts a person has too are no evidence: a possessive before an owner's word
(``Warren Buffett's shareholders``, ``Paris Hilton's founder story``) and ``of X's``
(``members of Ana Ruiz's family``). A name opening with a known given name (``Maria
Gonzalez``) needs strong evidence: an officer word right after the name (no possessive) that is
plural, follows a determiner (``the Grace Alliance leader``) or precedes a name (``Fine Gael
leader Orla X``).

Only exact copies of the name count; the copies of each first word are indexed once per
document (``doc.user_data``), so the scan is linear in the mentions."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import POSSESSIVE_S
from pipeline.components.gazetteer import ActorWords
from pipeline.components.names import name_detector

_INDEX = "org_evidence_index"
GENDERS = frozenset({"male", "mostly_male", "female", "mostly_female"})  # a known given name


def forget_evidence(doc: Doc) -> None:
    """Drop this component's per-document index (kept in ``doc.user_data`` while the actors are
    found), so that it is not stored with the document nor stale after it."""
    doc.user_data.pop(_INDEX, None)


def named_as_organization(doc: Doc, start: int, end: int, words: ActorWords) -> bool:
    """True when some exact copy of the name ``doc[start:end]`` (title-case words) has an
    organisation's context (module doc)."""
    if not all(t.is_title or not t.is_alpha for t in doc[start:end]):
        return False
    name = tuple(t.text for t in doc[start:end])
    memo = doc.user_data.setdefault(_INDEX, {"firsts": None, "names": {}})
    if name not in memo["names"]:
        memo["names"][name] = _evidence(doc, name, _copies(doc, name, memo), words)
    return memo["names"][name]


def _copies(doc: Doc, name: tuple[str, ...], memo: dict) -> list[int]:
    """The starts of the exact copies of ``name`` (first-word index built once per document)."""
    if memo["firsts"] is None:
        firsts: dict[str, list[int]] = {}
        for t in doc:
            firsts.setdefault(t.text, []).append(t.i)
        memo["firsts"] = firsts
    n = len(name)
    return [i for i in memo["firsts"].get(name[0], ()) if tuple(t.text for t in doc[i:i + n]) == name]


def _evidence(doc: Doc, name: tuple[str, ...], starts: list[int], words: ActorWords) -> bool:
    n = len(name)
    if name[0].isalpha() and name_detector().get_gender(name[0].split("-")[0]) in GENDERS:
        return any(_strong_context(doc, i, i + n, words) for i in starts)  # "Maria Gonzalez"
    return any(_org_context(doc, i, i + n, words) for i in starts)


def _officer_after(doc: Doc, end: int, words: ActorWords) -> int | None:
    """The position of the officer word after the name ending at ``end`` (``X leader``,
    ``X's members``), else None; an owner's word after a possessive is none."""
    owned = end < len(doc) and doc[end].text in POSSESSIVE_S
    k = end + 1 if owned else end
    if k < len(doc) and doc[k].lower_ in words.org_officer_nouns and doc[k].pos_ in ("NOUN", "PROPN") and \
            doc[k].tag_ != "VBZ" and (k + 1 == len(doc) or doc[k + 1].text != "-") and \
            not (owned and doc[k].lower_ in words.org_owner_words):  # not "X shares his view", "X's shareholders"
        return k
    return None


def _org_context(doc: Doc, start: int, end: int, words: ActorWords) -> bool:
    """``X leader``, ``X's members``, ``X Inc.``, ``the chairman of X`` (not ``of X's``),
    ``carrier X``, ``X, a super PAC`` (a body's noun in apposition)."""
    if _officer_after(doc, end, words) is not None:
        return True
    if start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ in words.org_front_nouns and \
            doc[start - 1].pos_ in ("NOUN", "PROPN"):
        return True
    if _listed_officer_of(doc, start, words):
        return True
    if end < len(doc) and doc[end].lower_ in words.corp_suffixes and doc[end].text[0].isupper():
        return True
    if _apposed_body_noun(doc, end, words.org_description_nouns | words.company_nouns):
        return True  # "Forward Heartland, a super PAC supporting …"
    if end < len(doc) and doc[end].text in POSSESSIVE_S:
        return False
    j = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
    return j >= 2 and doc[j - 1].lower_ == "of" and doc[j - 2].lower_ in words.org_officer_of


def _listed_officer_of(doc: Doc, start: int, words: ActorWords) -> bool:
    """``Dr Ruth X, Chief Executive, <name>``: a list entry's officer title (title-case words, the
    last an ``officer-list-titles`` word) between two commas right before the name."""
    if start < 3 or doc[start - 1].text != "," or doc[start - 2].lower_ not in words.officer_list_titles:
        return False
    k = start - 2
    while k > max(0, start - 6) and doc[k].is_title:
        k -= 1
    return k < start - 2 and doc[k].text == "," and doc[k + 1].is_title


def _strong_context(doc: Doc, start: int, end: int, words: ActorWords) -> bool:
    """An officer word right after the name, plural, after a determiner or before a name
    (``several Fine Gael TDs``, ``the Grace Alliance leader``, ``Fine Gael leader Orla X``)."""
    k = _officer_after(doc, end, words)
    if k is None or k != end:
        return False
    return doc[k].tag_ in ("NNS", "NNPS") or doc[k].lower_.endswith("s") or \
        (start > 0 and doc[start - 1].lower_ in words.org_evidence_determiners) or \
        (k + 1 < len(doc) and doc[k + 1].is_title and doc[k + 1].pos_ == "PROPN")


# ------------------------------------------------------------------ a body the model tagged a place
_BODY_INDEX = "place_body_index"
APPOSITION_REACH = 7  # words between ", a" and the head noun of the description ("the world's biggest copper producer")


def described_as_body(doc: Doc, start: int, end: int, words: ActorWords) -> bool:
    """True when some exact copy of the name ``doc[start:end]``, which the model tagged a place that
    no gazetteer or GeoNames place is, is described as a body: a body's noun in apposition after it
    (``Solventa, a Barcelona-based battery developer,``; ``Naleraq, the largest opposition party``:
    ``org-description-nouns`` and ``company-nouns``), its work or staff after it or its possessive
    (``a Bruegel analysis``, ``the Bruegel think tank``, ``Tripsy's chief executive``:
    ``place-body-products``), a body's word right before it (``the think tank Bruegel``,
    ``state-owned Codelco``: ``place-body-fronts``) or staff ``at`` it (``analysts at Bancolombia``:
    ``place-body-staff``). The caller checks that the name is no known place; a name that ends with a
    place's own noun (``Carver County``, ``Bekaa Region``: ``place-nouns``) is a place by its shape,
    whatever follows it (``The Carver County poll``)."""
    if doc[end - 1].lower_ in words.place_nouns:
        return False
    name = tuple(t.text for t in doc[start:end])
    memo = doc.user_data.setdefault(_INDEX, {"firsts": None, "names": {}})
    bodies = memo.setdefault(_BODY_INDEX, {})
    if name not in bodies:
        bodies[name] = any(_body_context(doc, i, i + len(name), words) for i in _copies(doc, name, memo))
    return bodies[name]


def _body_context(doc: Doc, start: int, end: int, words: ActorWords) -> bool:
    k = end + 1 if end < len(doc) and doc[end].text in POSSESSIVE_S else end
    after = {doc[k].lower_, doc[k:k + 2].text.lower()} if k < len(doc) else set()
    if after & words.place_body_products:
        return True
    if start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ in words.place_body_fronts:
        return True
    if start > 1 and doc[start - 1].lower_ == "at" and doc[start - 2].lower_ in words.place_body_staff:
        return True
    return _apposed_body_noun(doc, end, words.org_description_nouns | words.company_nouns)


def _apposed_body_noun(doc: Doc, end: int, nouns: frozenset[str]) -> bool:
    """``, a|an|the`` after the name and a description whose head noun (the last lower-case noun
    before a comma, a preposition, a verb or the sentence's end; hyphened words such as
    ``Barcelona-based`` read through) is a body's noun."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    head = None
    for k in range(end + 2, min(end + 2 + APPOSITION_REACH, len(doc))):
        tok = doc[k]
        hyphened = tok.text == "-" or (k > 0 and doc[k - 1].text == "-")
        if not hyphened and tok.pos_ not in ("ADJ", "NOUN", "PROPN", "PART", "NUM"):
            break
        if tok.pos_ in ("NOUN", "PROPN") and not hyphened and (tok.is_lower or (tok.is_upper and tok.lower_ in nouns)):
            head = tok.lower_  # "a super PAC": an acronym head as written
    return head in nouns
