"""The type an unknown organisation's name takes from its head words, with the checks that keep
a company or a university body what it is.

- ``military-heads-modified``: ``Navy``, ``Forces``, ``Brigade(s)`` make an armed force only with
  an armed-force modifier in the name (``Syrian Democratic Forces``, ``the Royal Navy``, ``the
  Southern Resistance Brigades``: a word of ``military-modifiers`` or a country or demonym);
  ``Old Navy``, ``the London Fire Brigade``, ``Market Forces`` stay organisations.
- The government head before ``of``/``for``/``on`` (``the Office for Budget Responsibility``)
  counts unless the head is in ``linked-head-skips`` (``the Court of Arbitration for Sport``), the
  body belongs to one ``at`` an organisation (``the Department of Economics at Stanford
  University``), or its complement is a person or an academic field (``The Office of the Dalai
  Lama``, ``the Department of Economics``)."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from pipeline.components.gazetteer import ActorWords


def armed_name(words: list[str], actor_words: ActorWords, is_country: Callable[[str], bool]) -> bool:
    """Whether the name ``words`` (the last one a military head) names an armed force."""
    last = words[-1].lower()
    if last not in actor_words.military_heads:
        return False
    if last not in actor_words.military_heads_modified:
        return True
    return any(w.lower() in actor_words.military_modifiers or is_country(w) for w in words[:-1])


def linked_head(doc: Doc, start: int, end: int, words: ActorWords) -> str | None:
    """The capitalised word before the first name link of ``doc[start:end]`` (``Department`` in
    ``the Department of Public Works``), else None (module doc for the exceptions)."""
    k = next((k for k in range(start + 1, end - 1) if doc[k].lower_ in words.name_head_links), None)
    if k is None or not doc[k - 1].is_title or doc[k - 1].lower_ in words.linked_head_skips:
        return None
    after = doc[end + 1:end + 3]
    if end < len(doc) and doc[end].lower_ == "at" and any(t.ent_type_ == "ORG" for t in after):
        return None  # "the Department of Economics at Stanford University"
    first = k + 2 if k + 2 < end and doc[k + 1].lower_ == "the" else k + 1
    if any(t.ent_type_ == "PERSON" or t.lower_ in words.religious_complements for t in doc[k + 1:end]) or \
            doc[first].lower_ in words.academic_fields:
        return None  # "the Office of the Dalai Lama", "the Department of Economics"
    return doc[k - 1].lower_
