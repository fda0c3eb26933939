"""Names the gazetteer gives several bodies (``PTI``: the Press Trust of India and Pakistan
Tehreek-e-Insaf): the sense the document fits. A sense whose full name the text writes wins;
else the sense of the country the text names most (its countries and demonyms, ``Pakistan``,
``Pakistani``), when that country is one sense's alone; where no sense fits, the name takes no
gazetteer id (an unknown body of the model, not a guess). A body the gazetteer names
``<name> of <country>`` (``Liberal Democratic Party of Japan``), written without the country in
a story about that country, is that body (:func:`focus_named_bodies`)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Callable, NamedTuple

from spacy.tokens import Doc

from pipeline.components.gazetteer import ActorDictionaryError, Entry, Gazetteer
from pipeline.components.token_scan import doc_text
from pipeline.ruledata import read_jsonl_rules

_COUNTRY_WORDS = ("country", "demonym")


def text_countries(cands) -> Counter:
    """Countries the text names (country and demonym matches of the gazetteer), with their counts."""
    return Counter(c.entry.country for c in cands if c.entry.category in _COUNTRY_WORDS and c.entry.country)


def _written(doc: Doc, entry: Entry, alias: str) -> bool:
    """The sense's full name (or another name of it of two words or more) is in the text."""
    text = doc_text(doc)
    return any(len(name.split()) > 1 and name in text for name in (entry.name, *entry.aliases) if name != alias)


def choose_sense(doc: Doc, senses: list[tuple[Entry, str]], countries: Counter) -> Entry | None:
    """Of the entries one name matched (``(entry, alias)`` pairs, several ids), the one the
    document fits (see the module); None: none fits."""
    written = [e for e, alias in senses if _written(doc, e, alias)]
    if len({e.id for e in written}) == 1:
        return written[0]
    own = {e.country for e, _ in senses}
    counts = {c: countries[c] for c in own if c and countries[c]}
    if not counts:
        return None
    top = max(counts.values())
    best = [c for c, n in counts.items() if n == top]
    fits = [e for e, _ in senses if len(best) == 1 and e.country == best[0]]
    return fits[0] if len({e.id for e in fits}) == 1 else None


# ------------------------------------------------------------------ names without their country
_OF_COUNTRY = re.compile(r"^(?:the )?(.+?) of (?:the )?(.+)$")


def country_suffixed(gaz: Gazetteer) -> dict[str, list[Entry]]:
    """Bodies of the gazetteer named ``<name> of <their country>`` (``Liberal Democratic Party of
    Japan``, ``Central Bank of Kenya``) by that name without the country (two words or more),
    lower case."""
    countries = {alias: e.country or e.id for e in gaz.entries.values() if e.category == "country"
                 for alias in (e.name, *e.aliases)}
    out: dict[str, list[Entry]] = {}
    for e in gaz.entries.values():
        if e.category != "org" or not e.country:
            continue
        for name in (e.name, *e.aliases):
            found = _OF_COUNTRY.match(name)
            if found and countries.get(found.group(2)) == e.country and len(found.group(1).split()) > 1:
                bucket = out.setdefault(found.group(1).lower(), [])
                if e not in bucket:
                    bucket.append(e)
    return out


def focus_named_bodies(doc: Doc, actors: list, focus_of: Callable[[list], str | None],
                       bodies: dict[str, list[Entry]], norm_of: Callable[[Entry], dict]) -> None:
    """``the Liberal Democratic Party`` in a story about Japan: the body the gazetteer knows as
    ``Liberal Democratic Party of Japan`` (:func:`country_suffixed`), when the story's country
    (``focus_of`` the actors) is that body's; the name as written, title case, model-found."""
    named = [a for a in actors if not a.norm["in_gazetteer"] and a.norm["type"] in ("organization", "government")
             and _bare_name(doc, a) in bodies]
    if not named:
        return
    focus = focus_of(actors)
    for a in named:
        fits = [e for e in bodies[_bare_name(doc, a)] if e.country == focus]
        if len(fits) == 1:
            a.norm, a.origin = norm_of(fits[0]), f"rule:{fits[0].id}"


def _bare_name(doc: Doc, a) -> str | None:
    """The title-case name of the mention without ``the`` (lower case); None if not title case."""
    toks = doc[a.start + (doc[a.start].lower_ == "the"):a.end]
    if not len(toks) or not all(t.is_title or t.lower_ in ("of", "and", "for") for t in toks):
        return None
    return toks.text.lower()


# ------------------------------------------------------------------ the mention's own context
class SenseContext(NamedTuple):
    """One row of ``actor_sense_contexts.jsonl``: words around a mention that pick one sense."""
    id: str
    type: str | None  # the sense's entry type (``media``)
    role_suffix: str | None  # or the end of its role code (``PTY``)
    before: tuple[tuple[str, ...], ...]  # word sequences right before the mention
    after: frozenset[str]  # a word right after it
    bracketed: bool  # ``(PTI)``


def load_sense_contexts(path: Path) -> list[SenseContext]:
    """The rows of ``actor_sense_contexts.jsonl`` (none when an older rules folder lacks it)."""
    if not path.is_file():
        return []
    out = []
    for lineno, row in read_jsonl_rules(path, error=ActorDictionaryError):
        if not (row.get("type") or row.get("role_suffix")):
            raise ActorDictionaryError(f"{path}:{lineno} ({row['id']}): needs a 'type' or a 'role_suffix'")
        out.append(SenseContext(row["id"], row.get("type"), row.get("role_suffix"),
                                tuple(tuple(p.lower().split()) for p in row.get("before", ())),
                                frozenset(w.lower() for w in row.get("after", ())), bool(row.get("bracketed"))))
    return out


def _context_fits(doc: Doc, start: int, end: int, row: SenseContext) -> bool:
    """Do the words around tokens ``start:end`` match the row?"""
    if row.bracketed and start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")":
        return True
    if end < len(doc) and doc[end].lower_ in row.after:
        return True
    words = [t.lower_ for t in doc[max(0, start - 3):start]]
    return any(len(p) <= len(words) and tuple(words[-len(p):]) == p for p in row.before)


def context_sense(doc: Doc, start: int, end: int, senses: list[tuple[Entry, str]],
                  rows: list[SenseContext]) -> Entry | None:
    """The one sense the mention's own context picks (``told PTI``, ``(PTI)``: the outlet; ``PTI
    leader``: the party), else None (the document decides: :func:`choose_sense`)."""
    for row in rows:
        if not _context_fits(doc, start, end, row):
            continue
        fits = [e for e, _ in senses if (row.type is None or e.type == row.type) and
                (row.role_suffix is None or (e.role or "").endswith(row.role_suffix))]
        if len({e.id for e in fits}) == 1:
            return fits[0]
    return None


def named_country_senses(cands: list, senses: dict[int, list[tuple[Entry, str]]],
                         countries: Counter) -> tuple[list, dict[int, list[tuple[Entry, str]]]]:
    """Drop the senses of a body whose names are common elsewhere (``needs_country``: ``MAS``,
    Czechia's ``SPD``) in a text that does not name its country; a candidate keeps the senses
    left (``SPD`` in a German story: Germany's party alone, no vote), and one with none is dropped.
    ``cands`` are gazetteer candidates (``entry``, ``_replace``); ``senses`` maps a candidate's
    position to its ``(entry, alias)`` senses. Returns the kept candidates and their senses."""
    return keep_senses(cands, senses, lambda e: not e.needs_country or bool(countries[e.country]))


def keep_senses(cands: list, senses: dict[int, list[tuple[Entry, str]]],
                keep) -> tuple[list, dict[int, list[tuple[Entry, str]]]]:
    """Keep the senses of each candidate whose entry ``keep`` accepts: a candidate with several
    left keeps them for the vote, one with a single sense takes it, one with none is dropped."""
    out, kept = [], {}
    for k, c in enumerate(cands):
        fits = [f for f in senses.get(k, [(c.entry, "")]) if keep(f[0])]
        if not fits:
            continue
        if len({e.id for e, _ in fits}) > 1:
            kept[len(out)] = fits
        out.append(c if c.entry is fits[0][0] else c._replace(entry=fits[0][0]))
    return out, kept


def choose_senses(doc: Doc, spans: list[tuple[int, int]], senses: dict[int, list[tuple[Entry, str]]],
                  countries: Counter, rows: list[SenseContext]) -> dict[int, Entry | None]:
    """The sense of each several-sense candidate ``k`` (tokens ``spans[k]``): its own context
    first; a mention with no context of its own takes the one sense the same name's contexts agree
    on in the document; else the document's vote (:func:`choose_sense`)."""
    own = {k: context_sense(doc, *spans[k], fits, rows) for k, fits in senses.items()}
    agreed: dict[frozenset, set] = {}
    for k, e in own.items():
        if e is not None:
            agreed.setdefault(frozenset(x.id for x, _ in senses[k]), set()).add(e.id)
    out = {}
    for k, fits in senses.items():
        ids = agreed.get(frozenset(x.id for x, _ in fits), set())
        same = next((e for e, _ in fits if len(ids) == 1 and e.id in ids), None)
        out[k] = own[k] or same or choose_sense(doc, fits, countries)
    return out
