"""One-word body names at the end of a longer name (issue 12): ``Congress`` in ``the National
Democratic Congress`` or ``the Trades Union Congress`` is no US Congress but the last word of a
party's or a union's name the model tagged whole. A one-word gazetteer body the model's ORG entity
reaches before, over title-case words no dictionary knows (no country, demonym, region or other
body: ``US Congress``, ``the Peruvian Congress``, ``the Texas Senate`` keep their match), is left
to the model's longer name. Capital initials (``the PNG Trade Union Congress``) and a possessive
(``the All People's Congress``) are name words too; a known word among them (``PNG``) leaves the
name longer when another word is no legislature's own name word (``Trade``, not ``National``)."""
from __future__ import annotations

from spacy.tokens import Doc


def ends_longer_names(doc: Doc, cands: list, matched: set[int], words) -> list:
    """``cands`` (gazetteer candidates with ``start``, ``end``, ``entry``) without the one-word
    generic bodies (``generic-body-names`` no US state's legislature is called: Congress) that end a
    longer ORG name of unknown words; ``matched``: tokens any dictionary alias covers."""
    return [c for c in cands if not _name_tail(doc, c, matched, words)]


def _name_tail(doc: Doc, cand, matched: set[int], words) -> bool:
    if cand.entry.category != "org" or cand.end - cand.start != 1:
        return False
    tok = doc[cand.start]
    if tok.lower_ not in words.generic_body_names or tok.lower_ in words.state_legislature_heads:
        return False  # "Democrats" in "Indiana House Democrats", "House" in "the Texas House"
    if tok.ent_type_ != "ORG" or tok.ent_iob_ != "I" or not tok.is_title:
        return False
    ent_start = cand.start
    while ent_start > 0 and doc[ent_start].ent_iob_ == "I":
        ent_start -= 1
    before = [t for t in doc[ent_start:cand.start] if t.lower_ != "the" and t.tag_ != "POS"]
    if not before or not all((t.is_title or t.is_upper) and t.is_alpha for t in before):
        return False  # "All People's Congress": the possessive inside the name is no word of it
    free = [t for t in before if t.i not in matched]
    return len(free) == len(before) or \
        len(before) > 1 and any(t.lower_ not in words.legislature_name_words for t in free)


def members_congress(name: list[str], words, country_word) -> bool:
    """An unknown body's name ending in ``Congress`` with words before it other than ``the``, a
    country or demonym and a legislature's own name words (``legislature-name-words``: ``the
    National Congress``, ``the Peruvian Congress`` are legislatures): a party, union or movement
    named for its members or cause (``the Trades Union Congress``, ``the National Democratic
    Congress``, ``the Nigeria Labour Congress``), type organization."""
    if len(name) < 2 or name[-1].lower() != "congress":
        return False
    rest = [w for w in name[:-1] if w.lower() not in ("the",) and w.lower() not in words.legislature_name_words
            and not country_word(w)]
    return bool(rest)
