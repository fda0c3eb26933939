"""Group nouns with a common sense that is no people (``actor_group_senses.jsonl``; review 15 item 5).

``the main drivers of inflation`` (a cause), ``air conditioners and fans`` (appliances), ``Gold
miners rallied`` and ``Bitcoin miners`` (companies and their shares) make no group actor;
``truck drivers``, ``drivers protested``, ``football fans``, ``illegal gold miners`` and ``coal
miners went on strike`` stay people. The rows are keyed by their noun, so a new noun needs no code.
``refuse_before``: words the text has right before the noun, hyphens kept (``the back-to-back
premiers``: champions); ``refuse_apposed_to_one_name``: the plural noun apposed to one name with no
other (``Collingwood, the reigning premiers``: a club, where people would be ``Ford and Eby, the
premiers``); ``doc_wide``: once one mention of the noun is refused so, every mention of the text is
(``The premiers have now lost three games``) (review 16.10).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.components.gazetteer import ActorDictionaryError
from pipeline.components.token_scan import doc_text
from pipeline.ruledata import read_jsonl_rules

_EMPTY = frozenset()
MARKET_ROW = "market-copy-words"


@dataclass(frozen=True)
class GroupSense:
    """One noun's row: what refuses the people sense and what keeps it."""
    refuse_next: frozenset[str] = _EMPTY  # "drivers of inflation"
    refuse_modifiers: frozenset[str] = _EMPTY  # "the main drivers", "ceiling fans", "Bitcoin miners"
    market_modifiers: frozenset[str] = _EMPTY  # "gold miners": refused in market copy only
    refuse_conjuncts: frozenset[str] = _EMPTY  # "air conditioners and fans"
    person_modifiers: frozenset[str] = _EMPTY  # "truck drivers": people whatever else
    human_verbs: frozenset[str] = _EMPTY  # "drivers protested": people whatever else
    refuse_before: frozenset[str] = _EMPTY  # "reigning", "back-to-back" right before "premiers"
    refuse_apposed_to_one_name: bool = False  # "Collingwood, the reigning premiers": a club
    doc_wide: bool = False  # one mention refused so: every mention of the text


@dataclass(frozen=True)
class GroupSenses:
    """The rows by noun and the market-copy words."""
    by_noun: dict
    market_verbs: frozenset[str] = _EMPTY
    market_nouns: frozenset[str] = _EMPTY


def load_group_senses(path: Path) -> GroupSenses:
    """The rows of ``actor_group_senses.jsonl`` (none when an older rules folder lacks it)."""
    if not path.is_file():
        return GroupSenses({})
    fields = set(GroupSense.__dataclass_fields__)
    by_noun, market = {}, {}
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError):
        if row["id"] == MARKET_ROW:
            market = row
            continue
        if not isinstance(row.get("noun"), str):
            raise ActorDictionaryError(f"{path}:{lineno}: a sense row needs a 'noun': {row['id']!r}")
        by_noun[row["noun"]] = GroupSense(**{k: v if isinstance(v, bool) else frozenset(str(w).lower() for w in v)
                                             for k, v in row.items() if k in fields})
    return GroupSenses(by_noun, frozenset(market.get("verbs", ())), frozenset(market.get("nouns", ())))


def thing_sense(doc, i: int, start: int, senses: GroupSenses) -> bool:
    """The noun at ``i`` (its modifiers from ``start``) is used in its sense that is no people."""
    sense = senses.by_noun.get(doc[i].lower_)
    if sense is None:
        return False
    tok = doc[i]
    mods = {t.lower_ for t in doc[start:i]}
    if mods & sense.person_modifiers or _verb_of(tok) in sense.human_verbs:
        return False
    return bool(i + 1 < len(doc) and doc[i + 1].lower_ in sense.refuse_next
                or mods & sense.refuse_modifiers
                or mods & sense.market_modifiers and _market_copy(tok, senses)
                or _appliance_conjunct(tok, sense.refuse_conjuncts)
                or _other_sense(tok, sense)
                or sense.doc_wide and any(t.lower_ == tok.lower_ and _other_sense(t, sense) for t in doc))


def _other_sense(tok, sense: GroupSense) -> bool:
    """``the reigning premiers``, ``Collingwood, the premiers``: the words before the noun or the
    one name it is apposed to refuse the people sense."""
    before = doc_text(tok.doc)[max(0, tok.idx - 40):tok.idx].rstrip().lower()
    if sense.refuse_before and any(before.endswith(w) and not before[:-len(w)][-1:].isalpha()
                                   for w in sense.refuse_before):
        return True
    return sense.refuse_apposed_to_one_name and _apposed_to_one_name(tok)


def _apposed_to_one_name(tok) -> bool:
    """The noun and one proper name in apposition, either way round, with no other name joined."""
    names = [tok.head] if tok.dep_ == "appos" else [c for c in tok.children if c.dep_ == "appos"]
    return any(n.pos_ == "PROPN" and n.ent_type_ != "PERSON" and not any(c.dep_ == "conj" for c in n.children)
               and n.dep_ != "conj" for n in names)


def _market_copy(tok, senses: GroupSenses) -> bool:
    """``Gold miners rallied``, ``shares of gold miners``: the sentence is about a market."""
    if _verb_of(tok) in senses.market_verbs:
        return True
    return any(t.lower_ in senses.market_nouns for t in tok.sent)


def _verb_of(tok) -> str:
    """The lemma of the verb the noun is the subject of, or of a verb right after it (a dateline
    can take the subject: ``OSLO (Reuters) - Gold miners rallied``); else ``""``."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return tok.head.lemma_.lower()
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt.lemma_.lower() if nxt is not None and nxt.pos_ in ("VERB", "AUX") else ""


def _appliance_conjunct(tok, appliances: frozenset[str]) -> bool:
    """``air conditioners and fans``, ``fans, heaters and pumps``: one of a list of appliances."""
    if not appliances:
        return False
    linked = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        linked += [tok.head] + [c for c in tok.head.children if c.dep_ == "conj" and c.i != tok.i]
    return any(t.lower_ in appliances for t in linked)
