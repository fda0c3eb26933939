"""Kinds of organisation that a name's head implies (``actor_kinds.jsonl``).

- :func:`name_kinds`: ``Pacific Power`` is a utility and a company, ``Kestrel Retail Group`` a
  retailer, a chain and a company (Group is transparent), ``Corvane Inc.`` a company; a name
  holding an except word of the row is not of its kind (the West Bank, the Swiss National Bank).
- :func:`expand_descriptions`: a description row with ``kinds`` (``the utility``, ``the bank``)
  also takes the heads of every kind row whose kinds hold one of its nouns.
- :func:`lone_candidate`: a bare ``the company`` (or another company noun) that no earlier body
  fits names the one organisation named in its window that is of no incompatible kind and shown
  to be a company (its name, role or sector, or its own sentence: sued Meta); two such
  organisations, or none: no guess.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor
from pipeline.components.actor_people import is_first_name
from pipeline.components.gazetteer import ActorDictionaryError, rule_flag
from pipeline.ruledata import read_jsonl_rules

KINDS_FILE = Path(__file__).resolve().parent.parent / "rules" / "actor_kinds.jsonl"
LONE_WINDOW = 4  # sentences before the description's own that a lone candidate may be named in


@dataclass(frozen=True)
class Kind:
    """One row of ``actor_kinds.jsonl``."""
    id: str
    heads: frozenset[str]
    kinds: frozenset[str]
    business: bool = False
    transparent: bool = False
    except_words: frozenset[str] = frozenset()
    weak_heads: frozenset[str] = frozenset()  # give the kind only with another company cue (Power)
    vetoes: frozenset[str] = frozenset()  # a name holding one has no business kind (Coalition)
    links: frozenset[str] = frozenset()  # lower-case words after a name's head (Coalition for Clean Air)
    weak_openers: frozenset[str] = frozenset()  # a place word before a weak head gives the kind (Pacific Power)


@lru_cache(maxsize=4)
def load_kinds(path: Path = KINDS_FILE) -> tuple[Kind, ...]:
    """The kind rows of ``path`` (no file: none); ``business`` and ``transparent`` must be true or
    false (an error names the file, line, rule and field)."""
    if not path.exists():
        return ()
    return tuple(_kind(row, f"{path}:{lineno}")
                 for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError, comments=True))


def _kind(row: dict, where: str) -> Kind:
    return Kind(row["id"], _lower(row, "heads"), _lower(row, "kinds"), rule_flag(row, "business", where),
                rule_flag(row, "transparent", where), _lower(row, "except_words"), _lower(row, "weak_heads"),
                _lower(row, "vetoes"), _lower(row, "links"), _lower(row, "weak_openers"))


def kinds_file(folder: Path) -> Path:
    """The ``actor_kinds.jsonl`` of a rules folder, else the shipped one (a folder saved before the
    file existed still knows that Pacific Power is a utility)."""
    path = Path(folder) / KINDS_FILE.name
    return path if path.is_file() else KINDS_FILE


def _lower(row: dict, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in row.get(key, ()))


def _rows_of(name: str, rows: tuple[Kind, ...]) -> list[Kind]:
    """The kind rows a name's head gives: each transparent word read from its end (Inc, Group), then
    the word before them; a row whose except word the name holds gives nothing. With a lower-case
    link word in the name (``Coalition for Clean Air``) the head is the word before the first link,
    and alone it gives no business row (the Bank of England); a name holding a veto word
    (Alliance, Citizens) gets no business row; a weak head (Power) needs a company word after it or a place word before it (Pacific Power)."""
    words, linked = _head_words(name, rows)
    lowered = set(name.lower().replace(",", " ").split())
    vetoed = any(k.vetoes & lowered for k in rows)
    found: list[Kind] = []
    while len(words) > (0 if linked else 1):
        row = next((k for k in rows if words[-1] in k.heads), None)
        if row is None:
            break
        business_ok = not vetoed and (len(words) > 1 or not linked or any(k.business for k in found)) and \
            (words[-1] not in row.weak_heads or any(k.business for k in found) or _opened(words, row))
        if not row.except_words & lowered and (business_ok or not row.business):
            found.append(row)
        if not row.transparent:
            break
        words.pop()
    return found


def _opened(words: list[str], row: Kind) -> bool:
    """Is the weak head the name ends in opened by a place or compass word (Pacific Power)?"""
    return len(words) > 1 and words[-2] in row.weak_openers


def _head_words(name: str, rows: tuple[Kind, ...]) -> tuple[list[str], bool]:
    """The name's words up to its head (lower case) and whether a link word cut them there: the
    words before the first lower-case link word that is not the name's first word."""
    links = frozenset().union(*(k.links for k in rows))
    raw = name.replace(",", " ").split()
    cut = next((i for i, w in enumerate(raw) if i > 0 and w in links), None)
    if cut is None:
        return [w.lower() for w in raw], False
    tail = len(raw)  # Bank of America Corp: the suffix still counts
    while tail > cut + 1 and any(k.transparent and raw[tail - 1].lower() in k.heads for k in rows):
        tail -= 1
    head = raw[1:cut] if raw[0].lower() == "the" else raw[:cut]  # the Bank of England: Bank alone
    return [w.lower() for w in head + raw[tail:]], True


def barred_from_business(name: str, rows: tuple[Kind, ...] | None = None) -> bool:
    """Does the name say it is no company, whatever business word it holds (a veto word: the
    Alliance for Clean Energy, Citizens for Safe Water; a head before a link word that is of a kind
    that is no company: the Department of Energy)?"""
    rows = load_kinds() if rows is None else rows
    if any(k.vetoes & set(name.lower().replace(",", " ").split()) for k in rows):
        return True
    words, linked = _head_words(name, rows)
    return linked and bool(words) and any(words[-1] in k.heads and not k.business for k in rows)


def name_kinds(name: str, rows: tuple[Kind, ...] | None = None) -> frozenset[str]:
    """The kind nouns a name's head implies (``Pacific Power``: utility, company); empty for a
    name of one word or of no kind head."""
    return frozenset(w for k in _rows_of(name or "", load_kinds() if rows is None else rows) for w in k.kinds)


def business_name(name: str, rows: tuple[Kind, ...] | None = None) -> bool:
    """Does the name's head say a company (a row with ``business``)?"""
    return any(k.business for k in _rows_of(name or "", load_kinds() if rows is None else rows))


def expand_descriptions(descriptions: list, rows: tuple[Kind, ...] | None = None) -> list:
    """Each description row with ``kinds`` plus the heads of the company kind rows whose kinds hold
    one of its nouns (``the utility``: Power, Energy, Electric …; not ``the force``: Army); other
    rows as they are."""
    rows = load_kinds() if rows is None else rows
    out = []
    for desc in descriptions:
        heads = [h for k in rows if desc.kinds and k.business and not k.transparent and k.kinds & set(desc.nouns)
                 for h in sorted(k.heads) if h not in desc.kinds]
        out.append(replace(desc, kinds=tuple(dict.fromkeys((*desc.kinds, *heads)))) if heads else desc)
    return out


def lone_candidate(doc: Doc, the: int, head: int, actors: list[Actor], desc, descriptions: list,
                   since: int, fits, context: tuple[frozenset[str], frozenset[str]] | None = None) -> dict | None:
    """``Google … asked the company``: a bare company description (``desc.sectors`` business, the
    words ``the <noun>`` only) that no earlier actor fits (``fits``: the description test) names
    the one organisation named from token ``since`` on that may be a company; None when none or
    two may be (``Volta and Kessler … the company``) or when the text named a company before.
    ``context``: the verbs and nouns of ``lone-business-context`` (:func:`lone_context` of the
    rules folder; None: the shipped file's)."""
    context = lone_context() if context is None else context
    if "business" not in desc.sectors or head != the + 1 or doc[the].lower_ != "the":
        return None
    if any(a.end <= the and fits(a, desc) for a in actors):
        return None
    noun = doc[head].lower_
    body_words = _body_words(descriptions)
    others = {i for d in descriptions if "business" not in d.sectors for i in d.ids}
    found = {a.norm["actor_id"]: a for a in actors if since <= a.start and a.end <= the
             and _may_be_company(a, noun, body_words) and a.norm["actor_id"] not in others
             and _in_a_clause(doc, a) and _business_evidence(doc, a, context)}
    if len(found) != 1:
        return None
    return {**next(iter(found.values())).norm, "via": "coref"}


def _may_be_company(a: Actor, noun: str, body_words: frozenset[str]) -> bool:
    """An organisation by its name (no group, description or unnamed body), of no gazetteer role
    but a business one, whose name holds no word of another body (Court, Ministry, Party, Union)
    and whose kind, when its head gives one, is the description's (``the utility``: not Harwell
    Motors)."""
    norm = a.norm
    if norm.get("type") != "organization" or a.category in ("group", "description", "unnamed"):
        return False
    if (norm.get("role") or "BUS")[-3:] != "BUS" or (norm.get("in_gazetteer") and not norm.get("role")):
        return False
    name = norm.get("name") or ""
    words = name.split()
    if not name[:1].isupper() or set(name.lower().split()) & body_words or \
            (len(words) > 1 and is_first_name(words[0])):  # a person the model took for a body
        return False
    kinds = name_kinds(name)
    return not kinds or noun in kinds


def _business_evidence(doc: Doc, a: Actor, context: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Is the organisation shown to be a company: a business kind or company suffix in its name
    (Kestrel Holdings), a business role, sector business (its shares named), or a business context
    in its own sentence (sued Meta, Meta's earnings)? Greenpeace, Oxfam, Harvard alone: no."""
    norm = a.norm
    if business_name(norm.get("name") or "") or norm.get("sector") == "business" or \
            (norm.get("role") or "")[-3:] == "BUS":
        return True
    verbs, nouns = context
    root = doc[a.start:a.end].root
    head = root.head
    if root.dep_ in ("dobj", "pobj") and (head.lemma_.lower() in verbs or head.head.lemma_.lower() in verbs):
        return True  # sued Meta, invested in Kestrel
    return root.dep_ in ("poss", "compound") and head.lower_ in nouns or \
        any(c.lower_ in nouns for c in root.children if c.dep_ in ("appos", "compound"))


@lru_cache(maxsize=4)
def lone_context(path: Path = KINDS_FILE) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs and nouns of the ``lone-business-context`` row of ``path`` (an ``actor_kinds.jsonl``,
    :func:`kinds_file` of the rules folder; no file or row: none)."""
    if not path.exists():
        return frozenset(), frozenset()
    row = next((r for _, r in read_jsonl_rules(path, comments=True) if r["id"] == "lone-business-context"), {})
    return _lower(row, "verbs"), _lower(row, "nouns")


def _in_a_clause(doc: Doc, a: Actor) -> bool:
    """Is the organisation named in a sentence with a verb (not a byline or a label line)?"""
    return any(t.pos_ in ("VERB", "AUX") for t in doc[a.start].sent)


def _body_words(descriptions: list) -> frozenset[str]:
    """Name words of bodies that are no company: those of every description row that fits no
    business, and the heads of every kind row that says no company (Union, Federation)."""
    words = {w for d in descriptions if "business" not in d.sectors for w in d.name_words}
    words |= {h for k in load_kinds() if not k.business and not k.transparent for h in k.heads}
    return frozenset(words)
