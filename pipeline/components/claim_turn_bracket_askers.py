"""The asker a question label names in brackets (:mod:`claim_turns`): ``Question (Tobias Kranz,
Rheinische Post):``, ``QUESTION (Maria Lopez, EFE):``, ``Q (Hans Meier, dpa):`` are asked by the
person named first in the brackets (the outlet after the comma is the person's ``affiliation``,
never the speaker); ``QUESTION (Reuters):``, with an outlet alone, by a reporter of that outlet:
the label as written, ``norm.name`` ``a Reuters reporter`` (word list ``bracket_asker``: ``a
{outlet} reporter``, as a bare ``Q:`` of a briefing is ``a reporter``) and the outlet as
``affiliation`` when it is an actor mention.

Brackets that name neither (``Q (to the Economy Ministry):``, ``Question (inaudible):``) leave
the question turn to the interviewer the article names, else to its label as written. Stage
notes (``(Off Mike)``, ``(In English)``, ``(Inaudible)``, ``(Unidentified Reporter)``, ``(Via
Phone)``; word list ``bracket_stage_notes``) name neither, though the tagger may take them for a
person or an organisation: a person in brackets is one the article also names outside them, or
a name of two words or more with no stage word; an outlet alone is an organisation the actor
layer knows or an acronym (``AFP``), with no stage word. ``an`` goes before an outlet said with
a vowel (``an AFP reporter``, ``an Al Jazeera reporter``)."""

from __future__ import annotations

import re

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_phrase_norm import phrase_norm
from pipeline.components.claim_speakers import is_person
from pipeline.components.claim_turn_labels import label_names_person
from pipeline.components.claim_turn_records import Turn

#: an outlet written alone in brackets: up to five capitalised words (``Reuters``, ``Deutsche
#: Welle``, ``The Globe and Mail``; ``and``/``of``/``&`` between them)
_OUTLET = re.compile(r"[A-Z][\w.'\u2019-]*(?:[ \t]+(?:[A-Z][\w.'\u2019-]*|and|of|&)){0,4}")


#: an outlet written as an acronym (``AFP``, ``EFE``, ``NHK``)
_ACRONYM = re.compile(r"[A-Z]{2,6}")

#: the first letters of acronyms said with a vowel (``an AFP``, ``an NHK``, ``an SVT``)
_VOWEL_LETTERS = "AEFHILMNORSX"


def _stage_note(ctx: DocContext, text: str) -> bool:
    """``text`` holds a word of a stage note (``Off Mike``, ``In English``, ``Unidentified Reporter``)."""
    notes = ctx.rules.words("bracket_stage_notes")
    return any(w.lower() in notes for w in re.findall(r"[\w'\u2019-]+", text))


def _article(form: str, outlet: str) -> str:
    """``form`` with ``an`` for its leading ``a`` before an outlet said with a vowel."""
    first = outlet.split()[0]
    vowel = first[0] in _VOWEL_LETTERS if _ACRONYM.fullmatch(first) else first[0].lower() in "aeio"
    return "an" + form[1:] if vowel and form.startswith("a {outlet}") else form


def _actors(ctx: DocContext, start: int, end: int) -> list:
    return [sp for sp in ctx.spans_within(start, end) if sp.label_ == "actor"]


def _outlet_typed(span) -> bool:
    """An organisation or outlet by the actor layer's type and the tagger's (``REPORTER (Harbour
    Weekly):`` parsed with the outlet in apposition to ``REPORTER``, a person noun): no person."""
    return (span._.norm or {}).get("type") in ("organization", "media") and span.root.ent_type_ != "PERSON"


def _named_person(ctx: DocContext, start: int, end: int):
    """The person mention that is the whole of ``[start, end)`` but for spaces, else None."""
    text = ctx.text[start:end]
    s = start + len(text) - len(text.lstrip())
    e = start + len(text.rstrip())
    person = next((sp for sp in _actors(ctx, s, e) if is_person(sp) and not _outlet_typed(sp)
                   and (sp.start_char, sp.end_char) == (s, e)), None)
    if person is None or _stage_note(ctx, person.text):
        return None
    return person if len(person.text.split()) >= 2 or label_names_person(ctx, s, e) else None


def _known_outlet(ctx: DocContext, start: int, end: int, outlet: str) -> bool:
    """``outlet``, alone in brackets ``[start, end)``, is an outlet: no stage note, and an
    organisation the actor layer knows or an acronym."""
    if _stage_note(ctx, outlet) or not _OUTLET.fullmatch(outlet):
        return False
    return _outlet(ctx, start, end) is not None or bool(_ACRONYM.fullmatch(outlet))


def _outlet(ctx: DocContext, start: int, end: int) -> dict | None:
    """The record of the actor mention, no person and no place, that is the outlet in ``[start, end)``."""
    for sp in _actors(ctx, start, end):
        if not is_person(sp) and (sp._.norm or {}).get("type") not in ("location", None):
            return ctx.actor_record(sp, "speaker")
    return None


def _with_outlet(rec: dict, outlet: dict | None) -> dict:
    if outlet is not None:
        rec["affiliation"] = outlet
    return rec


def bracket_asker(ctx: DocContext, turn: Turn) -> dict | None:
    """The speaker record of a question turn whose label names its asker in brackets (see module
    doc), None when the brackets name no one."""
    if turn.kind != "question" or turn.bracket is None:
        return None
    s, e = turn.bracket
    comma = ctx.text.find(",", s, e)
    person = _named_person(ctx, s, e if comma < 0 else comma)
    if person is not None:
        return _with_outlet(ctx.actor_record(person, "speaker"), _outlet(ctx, comma, e) if comma >= 0 else None)
    outlet = " ".join(ctx.text[s:e].split())
    form = next(iter(sorted(ctx.rules.words("bracket_asker"))), None)
    if form is None or comma >= 0 or not _known_outlet(ctx, s, e, outlet):
        return None
    n0, n1 = turn.name
    rec = {"text": ctx.text[n0:n1], "start": n0, "end": n1, "actor_id": None,
           "norm": phrase_norm(_article(form, outlet).replace("{outlet}", outlet), "asker", "person")}
    return _with_outlet(rec, _outlet(ctx, s, e))
