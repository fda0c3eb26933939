"""Actor evaluation against gold actor spans that say which real entity each mention is.

**Gold**: brat ``Actor`` spans whose ``AnnotatorNotes`` read ``entity=KEY; type=TYPE;
country=ISO3|-; role=CODE|-`` (``tests/fixtures/actors_gold/README.md``). They become ``mention/1``
records of kind ``actor`` (:func:`actor_records`; ``claims import-gold --from brat`` writes them)
with ``norm.type``/``norm.country`` set and two extra fields, ``entity`` and ``role``; ``entity``
is what marks a gold actor record for this scorer. **Predictions**: the run's actor mentions.

Figures (only documents that have gold count):

- ``found``: gold spans overlapped by at least one predicted actor mention / all gold spans.
- ``phantom``: predicted actor mentions that overlap no gold span / all predicted actor mentions.
- ``matched``: gold and predicted mentions paired one-to-one (largest overlap first, then the
  closest start); the figures below are over these pairs.
- ``clustering``: pairwise, within each document: for every two matched pairs, gold says "same
  entity" when their ``entity`` keys are equal, the prediction when their ``norm.actor_id`` are
  equal (and not null). Precision = pairs both say same / pairs the prediction says same; recall
  = pairs both say same / pairs gold says same.
- ``type``, ``country``: accuracy of ``norm.type`` / ``norm.country`` (gold ``-`` = null).
- ``splits``: gold entities whose matched mentions carry more than one predicted id (a null id
  counts as one of its own): ``{"doc_id", "entity", "ids": {actor_id or "(none)": [texts]}}``.
- ``merges``: predicted ids whose matched mentions cover more than one gold entity:
  ``{"doc_id", "actor_id", "entities": {entity: [texts]}}``. Together they say which clustering
  pairs were lost (splits) and which were wrong (merges).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Iterable

from pipeline.evaluation.attribution import Spans, overlap
from pipeline.evaluation.brat import BratDocument, BratError, Span
from pipeline.evaluation.scoring import one_to_one, prf
from pipeline.schemas import mention_id

ACTOR_TYPE = "Actor"
ACTOR_TYPES = ("state", "government", "military", "legislature", "media", "person", "organization", "group",
               "people", "location")
NOTE_KEYS = ("entity", "type", "country", "role")
GOLD_ORIGIN = "rule:gold:brat"


# ------------------------------------------------------------------ gold from brat
def parse_actor_note(note: str) -> dict[str, str]:
    """``entity=a; type=person; country=USA`` → ``{"entity": "a", "type": "person", "country": "USA"}``."""
    out = {}
    for part in note.split(";"):
        key, sep, value = part.partition("=")
        if sep:
            out[key.strip().lower()] = value.strip()
    return out


def _actor_note(doc: BratDocument, span: Span) -> dict[str, str]:
    notes = [n for n in doc.notes if n.target == span.id and "=" in n.text]
    if not notes:
        raise BratError(f"Actor {span.id} ({span.text!r}) has no 'entity=…; type=…' note", doc.ann_path, span.line)
    fields, line = parse_actor_note(notes[0].text), notes[0].line
    if not fields.get("entity"):
        raise BratError(f"note on {span.id} has no entity=…", doc.ann_path, line)
    kind = fields.get("type", "").lower()
    if kind not in ACTOR_TYPES:
        raise BratError(f"note on {span.id}: type {fields.get('type')!r} is not one of {', '.join(ACTOR_TYPES)}",
                        doc.ann_path, line)
    country = fields.get("country", "-").upper()
    if country != "-" and not (len(country) == 3 and country.isalpha()):
        raise BratError(f"note on {span.id}: country {fields['country']!r} is not ISO 3166-1 alpha-3 or '-'",
                        doc.ann_path, line)
    role = fields.get("role", "-")
    return {"entity": fields["entity"], "type": kind, "country": None if country == "-" else country,
            "role": None if role in ("", "-") else role}


def actor_record(doc: BratDocument, span: Span) -> dict:
    """The gold ``mention/1`` record (see module doc) of one brat ``Actor`` span."""
    note = _actor_note(doc, span)
    start, end = span.start, span.end
    return {"schema": "mention/1", "mention_id": mention_id(doc.doc_id, "actor", start, end), "doc_id": doc.doc_id,
            "kind": "actor", "text": doc.text[start:end], "start": start, "end": end, "label": "actor",
            "origin": GOLD_ORIGIN,
            "norm": {"actor_id": None, "name": None, "type": note["type"], "country": note["country"],
                     "in_gazetteer": None},
            "entity": note["entity"], "role": note["role"],
            "fragments": [[f.start, f.end] for f in span.fragments],
            "gold": {"format": "brat", "source": f"{doc.ann_path.name}:{span.line}", "id": span.id}}


def actor_records(doc: BratDocument) -> list[dict]:
    """Gold records of every ``Actor`` span of a brat document, in text order."""
    return [actor_record(doc, s) for s in doc.spans_of(ACTOR_TYPE)]


def is_actor_gold(record: dict) -> bool:
    return record.get("kind") == "actor" and record.get("entity") is not None


# ------------------------------------------------------------------ typed records
@dataclass(frozen=True)
class ActorItem:
    """A gold or predicted actor mention: ``key`` is the gold entity or the predicted actor id."""

    doc_id: str
    spans: Spans
    text: str
    key: str | None
    type: str | None
    country: str | None


def _item(rec: dict, gold: bool) -> ActorItem:
    norm = rec.get("norm") or {}
    frags = rec.get("fragments") or [[rec["start"], rec["end"]]]
    key = rec.get("entity") if gold else norm.get("actor_id")
    return ActorItem(str(rec.get("doc_id")), tuple((int(s), int(e)) for s, e in frags), str(rec.get("text", "")),
                     None if key is None else str(key), norm.get("type"), norm.get("country"))


def _match(gold: list[ActorItem], pred: list[ActorItem]) -> list[tuple[int, int]]:
    candidates = []
    pred_by_doc: dict[str, list[int]] = defaultdict(list)
    for pi, p in enumerate(pred):
        pred_by_doc[p.doc_id].append(pi)
    for gi, g in enumerate(gold):
        for pi in pred_by_doc.get(g.doc_id, []):
            ov = overlap(g.spans, pred[pi].spans)
            if ov:
                candidates.append((-ov, abs(g.spans[0][0] - pred[pi].spans[0][0]), gi, pi))
    return one_to_one(candidates)


# ------------------------------------------------------------------ figures
def _share(count: int, total: int) -> dict:
    return {"count": count, "total": total, "share": round(count / total, 4) if total else 0.0}


def _touched(items: list[ActorItem], others: list[ActorItem]) -> list[bool]:
    """For each item: does any item of ``others`` in its document overlap it?"""
    by_doc: dict[str, list[ActorItem]] = defaultdict(list)
    for o in others:
        by_doc[o.doc_id].append(o)
    return [any(overlap(i.spans, o.spans) for o in by_doc.get(i.doc_id, [])) for i in items]


def clustering(gold: list[ActorItem], pred: list[ActorItem], pairs: list[tuple[int, int]]) -> dict:
    """Pairwise same-entity precision/recall/F1 over matched mentions, within documents."""
    by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for gi, pi in pairs:
        by_doc[gold[gi].doc_id].append((gi, pi))
    tp = n_gold = n_pred = 0
    for doc_pairs in by_doc.values():
        for (g1, p1), (g2, p2) in combinations(doc_pairs, 2):
            same_gold = gold[g1].key == gold[g2].key
            same_pred = pred[p1].key is not None and pred[p1].key == pred[p2].key
            n_gold += same_gold
            n_pred += same_pred
            tp += same_gold and same_pred
    return {"tp": tp, "gold_pairs": n_gold, "pred_pairs": n_pred, **prf(tp, n_pred, n_gold)}


NO_ID = "(none)"


def _grouped(pairs: list[tuple[int, int]], keys) -> dict[tuple[str, str], dict[str, list[str]]]:
    """``(doc_id, outer key) -> {inner key: [texts]}`` over the matched pairs in gold order;
    ``keys(gi, pi)`` gives ``((doc_id, outer key), inner key, text)``."""
    out: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(dict)
    for gi, pi in sorted(pairs):
        outer, inner, text = keys(gi, pi)
        out[outer].setdefault(inner, []).append(text)
    return out


def cluster_errors(gold: list[ActorItem], pred: list[ActorItem], pairs: list[tuple[int, int]]) -> dict:
    """The ``splits`` and ``merges`` of the module doc."""
    def by_entity(gi: int, pi: int):
        return (gold[gi].doc_id, gold[gi].key), pred[pi].key or NO_ID, pred[pi].text

    def by_id(gi: int, pi: int):
        return (gold[gi].doc_id, pred[pi].key or NO_ID), gold[gi].key, pred[pi].text

    splits = [{"doc_id": d, "entity": e, "ids": ids} for (d, e), ids in _grouped(pairs, by_entity).items()
              if len(ids) > 1]
    merges = [{"doc_id": d, "actor_id": a, "entities": ents}
              for (d, a), ents in _grouped(pairs, by_id).items() if a != NO_ID and len(ents) > 1]
    return {"splits": splits, "merges": merges}


def _accuracy(gold: list[ActorItem], pred: list[ActorItem], pairs: list[tuple[int, int]], field: str) -> dict:
    correct = sum(getattr(gold[gi], field) == getattr(pred[pi], field) for gi, pi in pairs)
    return {"correct": correct, "total": len(pairs), "accuracy": round(correct / len(pairs), 4) if pairs else 0.0}


def evaluate(gold_records: Iterable[dict], pred_mentions: Iterable[dict], doc_ids: Iterable[str] | None = None) -> dict:
    """The actor figures (see module doc), over ``doc_ids`` (default: the documents with gold)."""
    gold = [_item(r, True) for r in gold_records if is_actor_gold(r)]
    docs = {str(d) for d in doc_ids} if doc_ids is not None else {g.doc_id for g in gold}
    pred = [_item(m, False) for m in pred_mentions if m.get("kind") == "actor" and str(m.get("doc_id")) in docs]
    found, real = _touched(gold, pred), _touched(pred, gold)
    pairs = _match(gold, pred)
    return {
        "gold": len(gold), "pred": len(pred), "matched": len(pairs),
        "found": _share(sum(found), len(gold)),
        "phantom": _share(sum(not r for r in real), len(pred)),
        "clustering": clustering(gold, pred, pairs),
        "type": _accuracy(gold, pred, pairs, "type"),
        "country": _accuracy(gold, pred, pairs, "country"),
        **cluster_errors(gold, pred, pairs),
        "missed": [{"doc_id": g.doc_id, "text": g.text, "start": g.spans[0][0]}
                   for g, hit in zip(gold, found) if not hit],
        "phantoms": [{"doc_id": p.doc_id, "text": p.text, "start": p.spans[0][0]}
                     for p, hit in zip(pred, real) if not hit],
    }


def format_report(report: dict, max_examples: int = 15) -> str:
    """A plain-text summary of :func:`evaluate`'s result."""
    f, ph, cl = report["found"], report["phantom"], report["clustering"]
    lines = [
        f"actors: gold {report['gold']}  predicted {report['pred']}  matched one-to-one {report['matched']}",
        f"found      {f['share']:.3f} of gold actor mentions ({f['count']}/{f['total']})",
        f"phantom    {ph['share']:.3f} of predicted actor mentions overlap no gold actor ({ph['count']}/{ph['total']})",
        f"clustering P {cl['precision']:.3f}  R {cl['recall']:.3f}  F1 {cl['f1']:.3f}  (pairs: {cl['tp']} right, "
        f"{cl['pred_pairs']} predicted same, {cl['gold_pairs']} gold same)",
    ]
    for name in ("type", "country"):
        acc = report[name]
        lines.append(f"{name:<10} {acc['accuracy']:.3f} of matched mentions ({acc['correct']}/{acc['total']})")
    for key, label in (("missed", "missed gold actors"), ("phantoms", "phantom actors")):
        items = report[key]
        if items:
            shown = ", ".join(f"{i['doc_id']}@{i['start']} {i['text']!r}" for i in items[:max_examples])
            lines.append(f"{label}: {shown}{_more(items, max_examples)}")
    lines += _cluster_lines(report, max_examples)
    return "\n".join(lines)


def _more(items: list, shown: int) -> str:
    return f" … and {len(items) - shown} more" if len(items) > shown else ""


def _cluster_lines(report: dict, max_examples: int) -> list[str]:
    """``split`` lines (one gold entity, several ids) and ``merged`` lines (one id, several entities)."""
    def groups(parts: dict[str, list[str]]) -> str:
        return " | ".join(f"{key}: " + ", ".join(repr(t) for t in texts) for key, texts in parts.items())

    lines = []
    for key, label, field, parts in (("splits", "split", "entity", "ids"), ("merges", "merged", "actor_id", "entities")):
        items = report.get(key, [])
        if items:
            lines.append(f"{label} ({len(items)}):")
            lines += [f"  {i['doc_id']} {i[field]} → {groups(i[parts])}" for i in items[:max_examples]]
            if len(items) > max_examples:
                lines.append(f"  …{_more(items, max_examples)}")
    return lines
