"""``claims_mentions``: merge the rule components' span groups (and spaCy NER) into one list.

Each rule component owns its kind: when its span group exists on the doc, that group is the
whole truth for its kinds (the component itself decides which NER spans to keep). For a kind
whose component did not run, spaCy's entities are mapped to mentions with null ``norm`` values.

Numeric kinds (money, percent, date, quantity) never overlap each other in the result: the
longer span wins, then the kind order money > percent > date > quantity. Actors may overlap
numeric mentions (``about 1,500 Iranian soldiers`` is a quantity *and* holds the actor
``Iranian soldiers``) but not other actors.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import extensions as ext
from pipeline.components.base import ASSIGNS, REQUIRES
from pipeline.schemas import complete_norm, mention_record
from pipeline.spans import longest_spans

NER_KINDS = {
    "PERSON": "actor", "ORG": "actor", "GPE": "actor", "NORP": "actor", "LOC": "actor",
    "MONEY": "money", "DATE": "date", "TIME": "date", "PERCENT": "percent",
    "QUANTITY": "quantity", "CARDINAL": "quantity",
}

GROUP_KINDS = {
    ext.GROUP_MONEY: ("money",),
    ext.GROUP_QUANTITIES: ("quantity", "percent"),
    ext.GROUP_DATES: ("date",),
    ext.GROUP_ACTORS: ("actor",),
}

NUMERIC_ORDER = {"money": 0, "percent": 1, "date": 2, "quantity": 3}


def candidate_spans(doc: Doc) -> list[Span]:
    """All candidate mention spans: rule groups, plus NER for kinds no component covered."""
    covered: set[str] = set()
    spans: list[Span] = []
    for group, kinds in GROUP_KINDS.items():
        if group in doc.spans:
            covered.update(kinds)
            spans.extend(s for s in doc.spans[group] if s.label_ in kinds)
    for ent in doc.ents:
        kind = NER_KINDS.get(ent.label_)
        if kind is None or kind in covered:
            continue
        span = Span(doc, ent.start, ent.end, label=kind)
        span._.norm = complete_norm(kind, None)
        span._.origin = "ner"
        spans.append(span)
    return spans


def select(spans: list[Span]) -> list[Span]:
    """Non-overlapping numeric spans and non-overlapping actor spans, sorted by offset: the
    longest (in characters) wins, numeric ties go by kind order."""
    spans = [s for s in spans if s.text.strip()]
    numeric = longest_spans((s for s in spans if s.label_ in NUMERIC_ORDER), rank=lambda s: NUMERIC_ORDER[s.label_])
    actors = longest_spans(s for s in spans if s.label_ == "actor")
    return sorted(numeric + actors, key=lambda s: (s.start_char, s.end_char, s.label_))


class MentionMerger:
    """Writes the final, sorted mentions to ``doc.spans["mentions"]``."""

    def __init__(self, nlp: Language, name: str = "claims_mentions"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        merged = select(candidate_spans(doc))
        for span in merged:  # every mention carries a complete norm
            span._.norm = complete_norm(span.label_, span._.norm)
        doc.spans[ext.GROUP_MENTIONS] = merged
        return doc


@Language.factory("claims_mentions", default_config={},
                  assigns=ASSIGNS["claims_mentions"], requires=REQUIRES["claims_mentions"])
def make_mention_merger(nlp: Language, name: str) -> MentionMerger:
    return MentionMerger(nlp, name)


DEFAULT_LABELS = {"money": "MONEY", "date": "DATE", "percent": "PERCENT", "quantity": "QUANTITY"}
ACTOR_LABELS = {"person": "PERSON", "state": "GPE", "location": "LOC", "people": "NORP"}


def mention_label(span: Span, ent_labels: dict[tuple[int, int], str] | None = None,
                  norm: dict | None = None) -> str:
    """The spaCy entity label at the same offsets, else a label derived from the kind (and
    ``norm``, the span's, read when not given)."""
    if ent_labels is None:
        ent_labels = {(e.start_char, e.end_char): e.label_ for e in span.doc.ents}
    label = ent_labels.get((span.start_char, span.end_char))
    if label is not None:
        return label
    kind = span.label_
    norm = (norm if norm is not None else span._.norm) or {}
    if kind == "actor":
        return ACTOR_LABELS.get(norm.get("type"), "ORG")
    if kind == "date" and norm.get("timex_type") == "TIME":
        return "TIME"
    return DEFAULT_LABELS[kind]


def mention_records(doc: Doc, doc_id: str, text: str | None = None) -> list[dict]:
    """The mention/1 records of ``doc.spans["mentions"]`` (sorted), offsets checked. ``text`` is
    ``doc.text`` when the caller has it (spaCy joins the tokens again on each access)."""
    ent_labels = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
    records = []
    text = doc.text if text is None else text
    for span in doc.spans.get(ext.GROUP_MENTIONS, []):
        start, end = span.start_char, span.end_char
        assert text[start:end] == span.text, "span text does not match document offsets"
        norm = ext.span_value(span, "norm")
        records.append(mention_record(doc_id, span.label_, text[start:end], start, end,
                                      mention_label(span, ent_labels, norm),
                                      ext.span_value(span, "origin") or "ner", norm))
    return records
