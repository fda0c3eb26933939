"""Record contracts (schema version 1): builders, empty norms and JSON Schemas.

Field names are a contract read by other tools; see docs/DESIGN.md. Add fields, never rename.
"""

from __future__ import annotations

from typing import Any

DOCUMENT = "document/1"
MENTION = "mention/1"
CLAIM = "claim/1"
REJECT = "reject/1"

KINDS = ("actor", "money", "date", "quantity", "percent")

# The norm keys of each mention kind, all present (null when not known).
NORM_FIELDS: dict[str, tuple[str, ...]] = {
    "money": ("value", "min", "max", "currency", "currency_candidates", "approximate", "qualifier"),
    "date": ("timex_type", "value", "mod", "earliest", "latest", "anchor"),
    "actor": ("actor_id", "name", "type", "country", "in_gazetteer"),
    "quantity": ("value", "min", "max", "unit", "approximate", "qualifier"),
    "percent": ("value", "min", "max", "unit", "approximate", "qualifier"),
}


def empty_norm(kind: str) -> dict[str, Any]:
    """A norm with every contract field of ``kind`` set to null."""
    return {field: None for field in NORM_FIELDS[kind]}


def complete_norm(kind: str, norm: dict[str, Any] | None) -> dict[str, Any]:
    """``norm`` with any missing contract field added as null (extra fields are kept)."""
    out = empty_norm(kind)
    if norm:
        out.update(norm)
    return out


def mention_id(doc_id: str, kind: str, start: int, end: int) -> str:
    return f"{doc_id}:{kind}:{start}-{end}"


def claim_id(doc_id: str, start: int, end: int) -> str:
    return f"{doc_id}:claim:{start}-{end}"


def document_record(doc_id: str, sha256: str, text: str, title=None, published=None,
                    url=None, source=None, path=None, **extra) -> dict[str, Any]:
    rec = {"schema": DOCUMENT, "doc_id": doc_id, "sha256": sha256, "text": text, "title": title,
           "published": published, "url": url, "source": source, "path": path}
    rec.update(extra)
    return rec


def mention_record(doc_id: str, kind: str, text: str, start: int, end: int, label: str,
                   origin: str, norm: dict[str, Any] | None) -> dict[str, Any]:
    return {"schema": MENTION, "mention_id": mention_id(doc_id, kind, start, end), "doc_id": doc_id,
            "kind": kind, "text": text, "start": start, "end": end, "label": label,
            "origin": origin, "norm": complete_norm(kind, norm)}


# ---------------------------------------------------------------- JSON Schemas
_NUM = {"type": ["number", "null"]}
_STR = {"type": ["string", "null"]}
_BOOL = {"type": ["boolean", "null"]}
_SPAN = {"type": "object", "required": ["start", "end"],
         "properties": {"start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0}}}
_WORD = {"type": "object", "required": ["text", "lemma", "start", "end"],
         "properties": {"text": {"type": "string"}, "lemma": {"type": "string"},
                        "start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0}}}

_NORM_SCHEMAS: dict[str, dict] = {
    "money": {"value": _NUM, "min": _NUM, "max": _NUM, "currency": _STR,
              "currency_candidates": {"type": ["array", "null"], "items": {"type": "string"}},
              "approximate": _BOOL, "qualifier": _STR},
    "date": {"timex_type": {"enum": ["DATE", "DURATION", "TIME", "SET", None]}, "value": _STR,
             "mod": _STR, "earliest": _STR, "latest": _STR,
             "anchor": {"enum": ["absolute", "published", "unresolved", None]}},
    "actor": {"actor_id": _STR, "name": _STR, "type": _STR, "country": _STR, "in_gazetteer": _BOOL},
    "quantity": {"value": _NUM, "min": _NUM, "max": _NUM, "unit": _STR, "approximate": _BOOL, "qualifier": _STR},
}
_NORM_SCHEMAS["percent"] = _NORM_SCHEMAS["quantity"]

DOCUMENT_SCHEMA: dict = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "document/1", "type": "object",
    "required": ["schema", "doc_id", "sha256", "text", "title", "published", "url", "source", "path"],
    "properties": {"schema": {"const": DOCUMENT}, "doc_id": {"type": "string", "minLength": 1},
                   "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"}, "text": {"type": "string"},
                   "title": _STR, "published": _STR, "url": _STR, "source": _STR, "path": _STR},
}

MENTION_SCHEMA: dict = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "mention/1", "type": "object",
    "required": ["schema", "mention_id", "doc_id", "kind", "text", "start", "end", "label", "origin", "norm"],
    "properties": {
        "schema": {"const": MENTION}, "mention_id": {"type": "string"}, "doc_id": {"type": "string"},
        "kind": {"enum": list(KINDS)}, "text": {"type": "string", "minLength": 1},
        "start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0},
        "label": {"type": "string"}, "origin": {"type": "string", "pattern": "^(ner|rule:.+)$"},
        "norm": {"type": "object"},
    },
    "allOf": [
        {"if": {"properties": {"kind": {"const": kind}}},
         "then": {"properties": {"norm": {"type": "object", "required": list(NORM_FIELDS[kind]),
                                          "properties": _NORM_SCHEMAS[kind]}}}}
        for kind in KINDS
    ],
}

_NESTED_MENTION = {"type": "object", "required": ["mention_id", "kind", "text", "start", "end", "norm"]}

_TEXT_SPAN = {"type": "object", "required": ["text", "start", "end"],
              "properties": {"text": {"type": "string"}, "start": {"type": "integer", "minimum": 0},
                             "end": {"type": "integer", "minimum": 0}}}
# who asserts a claim: an actor mention (or a phrase with ``actor_id: null``); ``via``: the words
# as written when they are a pronoun or a description (``she``, ``her office``, ``a poll by X``);
# ``also``: the other named speakers of a joint statement (actor mentions); ``owner``: the person
# of ``her office``; ``candidates``: the actor ids a description left unresolved fits equally
# (``The EPA and the FDA … The agency said``); ``document``: the document the speaker speaks
# through as first named (``a poll by X`` for ``The same poll showed`` or ``It found``)
_SPEAKER = {"type": "object", "required": ["text", "start", "end"],
            "properties": {"text": {"type": "string"}, "start": {"type": "integer", "minimum": 0},
                           "end": {"type": "integer", "minimum": 0}, "via": _TEXT_SPAN,
                           "document": _TEXT_SPAN,
                           "owner": _NESTED_MENTION, "affiliation": _NESTED_MENTION,
                           # an actor's norm; a phrase no actor heads has one with the same keys when a
                           # pass named it (``norm.via``: partitive, owned, asker, byline, tagline, headline)
                           "norm": {"type": "object", "required": list(NORM_FIELDS["actor"]),
                                    "properties": _NORM_SCHEMAS["actor"]},
                           "candidates": {"type": "array", "items": {"type": "string"}},
                           "also": {"type": "array", "items": {**_NESTED_MENTION, "required": _NESTED_MENTION["required"]}}}}

CLAIM_SCHEMA: dict = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "claim/1", "type": "object",
    "required": ["schema", "claim_id", "doc_id", "text", "start", "end", "sentence", "predicate",
                 "speaker", "cue", "actors", "money", "dates", "quantities", "modality",
                 "confidence", "provenance"],
    "properties": {
        "schema": {"const": CLAIM}, "claim_id": {"type": "string"}, "doc_id": {"type": "string"},
        "text": {"type": "string", "minLength": 1},
        "start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0},
        "sentence": _SPAN, "predicate": _WORD,
        "speaker": {"anyOf": [{"type": "null"}, _SPEAKER]},
        "content": {"anyOf": [{"type": "null"}, _TEXT_SPAN]},
        "clauses": {"type": "array", "items": _SPAN},
        "cue": {"anyOf": [{"type": "null"}, _WORD]},
        "actors": {"type": "array", "items": {**_NESTED_MENTION, "required": _NESTED_MENTION["required"] + ["role"],
                                              "properties": {"role": {"enum": ["subject", "object", "speaker", "other"]}}}},
        "money": {"type": "array", "items": _NESTED_MENTION},
        "dates": {"type": "array", "items": _NESTED_MENTION},
        "quantities": {"type": "array", "items": _NESTED_MENTION},
        "modality": {"type": "object", "required": ["negated", "hedged", "cues", "tense"],
                     "properties": {"negated": {"type": "boolean"}, "hedged": {"type": "boolean"},
                                    "cues": {"type": "array", "items": {"type": "string"}},
                                    "tense": _STR}},
        # the speaker toward the actors the claim is about (pipeline/components/stance.py); for a
        # claim with no speaker, its clause subject (``stance_holders``, mention ids) toward the
        # stance verb's object; null when neither applies or the claim is about no other actor.
        # Optional so that runs written before 0.2.0 stay valid.
        "stance": {"enum": ["support", "oppose", "neutral", None]},
        "stance_targets": {"type": "array", "items": {"type": "string"}},
        "stance_rule": _STR,
        "stance_holders": {"type": "array", "items": {"type": "string"}},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "provenance": {"type": "object", "required": ["pipeline", "model", "config"]},
    },
}

SCHEMAS = {"document": DOCUMENT_SCHEMA, "mention": MENTION_SCHEMA, "claim": CLAIM_SCHEMA}
