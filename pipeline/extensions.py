"""Every custom ``Doc``/``Span`` attribute the pipeline uses, declared once and idempotently.

Mention values live in ``doc.user_data`` under keys that include the span's *label*
(the mention kind), so two spans with the same offsets but different kinds never share a
``norm``. ``doc.user_data`` is serialized by ``DocBin(store_user_data=True)``, which is how the
annotate cache carries mentions to ``extract`` without re-running the model.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from pipeline.schemas import KINDS  # noqa: F401  (re-exported: the mention kinds)

# Span groups the components write to (one per component) and the merged result.
GROUP_MONEY = "claims_money"
GROUP_QUANTITIES = "claims_quantities"  # kinds "quantity" and "percent"
GROUP_DATES = "claims_dates"
GROUP_ACTORS = "claims_actors"
GROUP_MENTIONS = "mentions"  # written by claims_mentions: final, non-overlapping, sorted
#: holders only wished for (actor_hypothetical): no mention, but a claim that names one stays a claim
GROUP_WISHED_HOLDERS = "claims_wished_holders"


def _key(field: str, span: Span) -> tuple:
    return ("claims", field, span.label_, span.start_char, span.end_char)


def span_value(span: Span, field: str) -> Any:
    """``span._.norm`` / ``span._.origin`` read straight from ``doc.user_data`` (no ``Underscore``
    object per access: the hot path of writing records)."""
    return span.doc.user_data.get(_key(field, span))


def _getter(field: str):
    def get(span: Span) -> Any:
        return span.doc.user_data.get(_key(field, span))

    return get


def _setter(field: str):
    def set_(span: Span, value: Any) -> None:
        span.doc.user_data[_key(field, span)] = value

    return set_


def register_extensions() -> None:
    """Declare the extensions (safe to call any number of times)."""
    for field in ("norm", "origin"):
        if not Span.has_extension(field):
            Span.set_extension(field, getter=_getter(field), setter=_setter(field))
    for name in ("doc_id", "published", "source"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", default=None)


register_extensions()


def add_mention(
    doc: Doc,
    group: str,
    start_char: int,
    end_char: int,
    kind: str,
    norm: dict | None,
    origin: str,
    alignment_mode: str = "contract",
) -> Span | None:
    """Create a span for a character range, attach ``norm``/``origin`` and append it to ``group``.

    The range is snapped to token boundaries with ``alignment_mode`` (``strict``, ``contract`` or
    ``expand``); returns ``None`` (and adds nothing) when no token-aligned span results.
    The stored offsets are the span's own, so ``doc.text[start:end] == span.text`` always holds.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown mention kind {kind!r}")
    span = doc.char_span(start_char, end_char, label=kind, alignment_mode=alignment_mode)
    if span is None or len(span) == 0:
        return None
    span._.norm = norm
    span._.origin = origin
    if group in doc.spans:
        doc.spans[group].append(span)  # O(1): rebuilding the group each time is quadratic
    else:
        doc.spans[group] = [span]
    return span
