"""Names the gazetteer gives several bodies (``PTI``: the Press Trust of India and Pakistan
Tehreek-e-Insaf): the sense the document fits. A sense whose full name the text writes wins;
else the sense of the country the text names most (its countries and demonyms, ``Pakistan``,
``Pakistani``), when that country is one sense's alone; where no sense fits, the name takes no
gazetteer id (an unknown body of the model, not a guess)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from pipeline.components.gazetteer import Entry

_COUNTRY_WORDS = ("country", "demonym")


def text_countries(cands) -> Counter:
    """Countries the text names (country and demonym matches of the gazetteer), with their counts."""
    return Counter(c.entry.country for c in cands if c.entry.category in _COUNTRY_WORDS and c.entry.country)


def _written(doc: Doc, entry: Entry, alias: str) -> bool:
    """The sense's full name (or another name of it of two words or more) is in the text."""
    text = doc.text
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
