"""Attribution evaluation: is each attributed statement found, with the right speaker and content?

**Gold** is a list of claim/1-style records with a ``cue`` (brat attributions become such records
through :func:`attribution_records`; ``claims import-gold --from brat`` writes them)::

    {"schema": "claim/1", "doc_id", "text", "start", "end",          # the content (else the cue)
     "cue": {"text", "start", "end", "fragments": [[s, e], …]},
     "content": {"text", "start", "end", "fragments"} | null,
     "speaker": {"text", "start", "end", "actor_id", "names": [[NAME, ALIAS, …], …]} | null,
     "gold": {"format": "brat", "source": "FILE.ann:LINE", "event": "E1"}}

``speaker.names`` holds one alias list per entity (several for a joint source); ``text`` is the
source as written (null when the text names none); ``actor_id`` (an id or a list of ids) may be
given instead of or beside the names. ``fragments`` default to ``[[start, end]]``.

**Predictions** are the claims of a run that have a ``cue``; their content is the claim's
``content`` span when it has one, else the claim span (``start``/``end``).

**Matching**: a predicted claim matches a gold attribution of the same document when their cues
overlap; pairs are one-to-one, largest cue overlap first, then largest content overlap.

Figures:

- ``cue``: precision = matched / predicted claims with a cue, recall = matched / gold.
- ``speaker`` (over found cues): the predicted speaker names the gold entity (see
  :func:`speaker_right`). Pronoun aliases (``we``) name nobody and are ignored; a gold entity
  whose name starts with ``unspecified`` means the statement has no speaker.
- ``content``: characters shared by the predicted and gold contents, summed over the matched
  pairs whose gold has a content: precision = shared / predicted characters, recall = shared /
  gold characters, F1.
- ``full``: a pair with the right speaker whose content covers at least half of the gold
  content's characters (no content condition when the gold has no content); P = full / predicted,
  R = full / gold.
- ``cue_distinct``: cue P/R/F1 counting each predicted cue span once (several claims of one
  sentence often share a cue); ``extra_on_matched_cue``: unmatched claims that share the cue of
  a matched claim.
- ``speaker_over_gold``: gold attributions whose speaker was found (matched and right) / all gold.
- ``calibration``: for the predicted claims with a cue, "correct" = a full match
  (:mod:`pipeline.evaluation.calibration`).
"""

from __future__ import annotations

import re

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from pipeline.evaluation.brat import BratDocument, BratError, Event, Fragment
from pipeline.evaluation.calibration import calibration, format_calibration
from pipeline.evaluation.names import name_keys, normalize_name, with_member_kinds, with_principals
from pipeline.evaluation.scoring import one_to_one, per_doc_lines, prf
from pipeline.schemas import claim_id

Spans = tuple[tuple[int, int], ...]
ROLES = ("Cue", "Source", "Content")
EVENT_TYPE = "attribution"
FULL_CONTENT_SHARE = 0.5


# ------------------------------------------------------------------ gold from brat
# An annotator's gloss after an alias (``Her aides (Ellison's aides)``, ``The Northern Review
# (interviewer)``) explains it and is not part of the name; bounded, so linear.
_GLOSS = re.compile(r"\s+\([^()]{0,200}\)")


def parse_speaker_note(note: str) -> list[list[str]]:
    """``speaker: A | A2 ; B | B2`` → ``[["A", "A2"], ["B", "B2"]]`` (text after ``speaker:``);
    a parenthesised gloss after an alias is dropped (``Her aides (Ellison's aides)`` → ``Her aides``)."""
    body = note.split(":", 1)[1] if ":" in note else note
    entities = []
    for part in body.split(";"):
        aliases = [a.strip() for a in (_GLOSS.sub("", a) for a in part.split("|")) if a.strip()]
        if aliases:
            entities.append(aliases)
    return entities


def _role_base(role: str) -> str:
    return role.rstrip("0123456789")


def _is_attribution(event: Event) -> bool:
    return event.type.lower() == EVENT_TYPE or any(_role_base(a.role) in ROLES for a in event.arguments)


def _fragments(doc: BratDocument, ids: Iterable[str]) -> list[Fragment]:
    """The fragments of these spans in text order, touching or overlapping ones merged."""
    merged: list[Fragment] = []
    for f in sorted((f for i in ids for f in doc.spans[i].fragments), key=lambda f: (f.start, f.end)):
        if merged and f.start <= merged[-1].end:
            merged[-1] = Fragment(merged[-1].start, max(merged[-1].end, f.end))
        else:
            merged.append(f)
    return merged


def _span_record(doc: BratDocument, fragments: list[Fragment]) -> dict | None:
    if not fragments:
        return None
    start, end = fragments[0].start, fragments[-1].end
    return {"text": doc.text[start:end], "start": start, "end": end,
            "fragments": [[f.start, f.end] for f in fragments]}


def _speaker_names(doc: BratDocument, event: Event, source_ids: list[str], cue_ids: list[str]) -> list[list[str]]:
    """Entities named by ``speaker:`` notes on the sources, else on the cue, else on the event."""
    for targets in (source_ids, cue_ids, [event.id]):
        entities: list[list[str]] = []
        for note in (n for n in doc.notes if n.target in targets):
            if not note.text.lower().startswith("speaker"):
                continue
            found = parse_speaker_note(note.text)
            if not found:
                raise BratError(f"speaker note on {note.target} names nobody", doc.ann_path, note.line)
            entities += [e for e in found if e not in entities]
        if entities:
            return entities
    return [[doc.spans[i].text] for i in source_ids]  # no note: the source as written


def _check_roles(doc: BratDocument, event: Event) -> None:
    for arg in event.arguments:
        if _role_base(arg.role) not in ROLES:
            raise BratError(f"{event.id}: role {arg.role!r} is not one of {', '.join(ROLES)}",
                            doc.ann_path, event.line)
        if arg.target not in doc.spans:
            raise BratError(f"{event.id}: {arg.role} argument {arg.target} is not a T annotation",
                            doc.ann_path, event.line)


def attribution_record(doc: BratDocument, event: Event) -> dict:
    """The gold record (see module doc) of one brat attribution event."""
    _check_roles(doc, event)
    cue_ids = event.args("Cue") or [event.trigger]
    source_ids, content_ids = event.args("Source"), event.args("Content")
    cue = _span_record(doc, _fragments(doc, cue_ids))
    content = _span_record(doc, _fragments(doc, content_ids))
    names = _speaker_names(doc, event, source_ids, cue_ids)
    speaker = None
    if names:
        speaker = _span_record(doc, _fragments(doc, source_ids)) or {"text": None, "start": None, "end": None}
        speaker.update(actor_id=None, names=names)
    outer = content or cue
    return {"schema": "claim/1", "claim_id": claim_id(doc.doc_id, outer["start"], outer["end"]),
            "doc_id": doc.doc_id, "text": outer["text"], "start": outer["start"], "end": outer["end"],
            "cue": cue, "content": content, "speaker": speaker,
            "gold": {"format": "brat", "source": f"{doc.ann_path.name}:{event.line}", "event": event.id}}


def attribution_records(doc: BratDocument) -> list[dict]:
    """Gold records of every attribution event of a brat document, in file order."""
    events = sorted(doc.events.values(), key=lambda e: e.line)
    return [attribution_record(doc, e) for e in events if _is_attribution(e)]


# ------------------------------------------------------------------ gold and predicted, typed
def _spans_of(rec: dict | None) -> Spans:
    if not rec or rec.get("start") is None or rec.get("end") is None:
        return ()
    frags = rec.get("fragments") or [[rec["start"], rec["end"]]]
    return tuple((int(s), int(e)) for s, e in frags)


def _ids(value) -> frozenset[str]:
    values = value if isinstance(value, (list, tuple)) else [value]
    return frozenset(str(v) for v in values if v is not None)


@dataclass(frozen=True)
class GoldAttribution:
    doc_id: str
    cue: Spans
    content: Spans
    entities: tuple[frozenset[str], ...]  # normalized aliases, one set per entity
    actor_ids: frozenset[str]
    cue_text: str
    where: str
    source: tuple[int, int, str] | None = None  # the Source span as marked (start, end, normalized words)

    @property
    def has_speaker(self) -> bool:
        return bool(self.entities or self.actor_ids)


# Aliases that do not name anyone: a pronoun names no entity; "unspecified" marks a statement
# without a speaker (``it was reported``), for which no predicted speaker is right. With no
# Source span, a bare "unnamed" or "unknown" (with or without a parenthesised remark) means the
# same: the text names no source (``It is understood …``, ``the court heard``); "unnamed
# reporters" keeps its words.
PRONOUNS = frozenset("i me we us you he him she her it they them".split())
UNSPECIFIED = "unspecified"
NO_SOURCE_WORDS = frozenset({"unnamed", "unknown"})


def _no_speaker(alias: str, has_source: bool) -> bool:
    """The alias marks a statement without a speaker (see :data:`UNSPECIFIED`)."""
    if normalize_name(alias).startswith(UNSPECIFIED):
        return True
    return not has_source and normalize_name(alias.split("(")[0]) in NO_SOURCE_WORDS


def _entities(names: list, has_source: bool = True) -> tuple[frozenset[str], ...]:
    out = []
    for aliases in names:
        if not aliases or _no_speaker(aliases[0], has_source):
            continue
        keys = with_principals(name_keys(aliases)) - PRONOUNS
        if keys:
            out.append(keys)
    return tuple(out)


def gold_attribution(rec: dict) -> GoldAttribution:
    speaker = rec.get("speaker") or {}
    entities = _entities(speaker.get("names") or [], speaker.get("start") is not None)
    actor_ids = _ids(speaker.get("actor_id"))
    if "names" not in speaker and not actor_ids and speaker.get("text"):
        entities = _entities([[speaker["text"]]])
    cue = rec.get("cue") or {}
    where = (rec.get("gold") or {}).get("source") or f"{rec.get('doc_id')}@{cue.get('start')}"
    source = (speaker["start"], speaker["end"], normalize_name(speaker.get("text"))) \
        if isinstance(speaker.get("start"), int) and isinstance(speaker.get("end"), int) else None
    return GoldAttribution(str(rec.get("doc_id")), _spans_of(cue), _spans_of(rec.get("content")), entities,
                           actor_ids, str(cue.get("text") or ""), where, source)


@dataclass(frozen=True)
class PredAttribution:
    doc_id: str
    claim_id: str
    cue: Spans
    content: Spans
    speakers: tuple[dict, ...]  # the speaker, then its ``also`` co-speakers
    confidence: float | None


def pred_attribution(claim: dict) -> PredAttribution | None:
    """The attribution of a predicted claim, or None when it has no cue."""
    cue = _spans_of(claim.get("cue"))
    if not cue:
        return None
    content = _spans_of(claim.get("content")) or _spans_of(claim)
    speaker = claim.get("speaker")
    speakers = (speaker, *[s for s in speaker.get("also") or [] if isinstance(s, dict)]) if speaker else ()
    return PredAttribution(str(claim.get("doc_id")), str(claim.get("claim_id")), cue, content, speakers,
                           claim.get("confidence"))


# ------------------------------------------------------------------ speakers
def _actor_id(rec: dict) -> str | None:
    value = rec.get("actor_id")
    if value is None:
        value = (rec.get("norm") or {}).get("actor_id")
    return None if value is None else str(value)


class ActorNames:
    """``doc_id → actor_id →`` normalized texts of the run's actor mentions with that id."""

    def __init__(self) -> None:
        self._names: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))

    def add(self, mention: dict) -> None:
        aid = _actor_id(mention)
        if mention.get("kind", "actor") == "actor" and aid is not None:
            key = normalize_name(mention.get("text"))
            if key:
                self._names[str(mention.get("doc_id"))][aid].add(key)

    def names(self, doc_id: str, actor_id: str | None) -> frozenset[str]:
        if actor_id is None or doc_id not in self._names:
            return frozenset()
        return frozenset(self._names[doc_id].get(actor_id, ()))

    @classmethod
    def from_mentions(cls, mentions: Iterable[dict], doc_ids: Iterable[str] | None = None) -> "ActorNames":
        """Read a stream of mention records (only those of ``doc_ids`` when given are kept)."""
        keep = set(doc_ids) if doc_ids is not None else None
        index = cls()
        for m in mentions:
            if keep is None or m.get("doc_id") in keep:
                index.add(m)
        return index


def speaker_keys(speaker: dict, doc_id: str, actor_names: ActorNames) -> frozenset[str]:
    """Every normalized name of a predicted speaker: its text, its ``norm.name``, the texts of
    all mentions of its actor in the document, the words as written (``speaker.via.text``:
    ``her aides``, ``the survey``) unless they are a pronoun, and the document it speaks through
    as first named (``speaker.document.text``: ``a poll by X`` for ``The same poll``), since they
    name the same referent. The document's words count only for a speaker with no actor id (the
    document itself speaks) or for a re-mention linked to its first mention (the document is not
    the words of ``via``): else an author's id decides, so a wrong author whose document words
    match a gold alias stays wrong. A name of one member of a group (``one of the people familiar
    with the matter``) also reads as the member's kind (``person familiar with the matter``:
    :func:`~pipeline.evaluation.names.with_member_kinds`)."""
    via, document = speaker.get("via"), speaker.get("document")
    via_text = via.get("text") if isinstance(via, dict) else None
    doc_text = document.get("text") if _reads_document(speaker, via, document) else None
    own = with_member_kinds(name_keys([speaker.get("text"), (speaker.get("norm") or {}).get("name"), via_text,
                                       doc_text])) - PRONOUNS
    return own | actor_names.names(doc_id, _actor_id(speaker))


def _reads_document(speaker: dict, via, document) -> bool:
    """The scorer reads ``speaker.document``: a speaker with no actor id, or a document a
    re-mention (``The same poll``, ``it``: ``via``) was linked to, at other offsets than ``via``."""
    if not isinstance(document, dict):
        return False
    if _actor_id(speaker) is None:
        return True
    return isinstance(via, dict) and (via.get("start"), via.get("end")) != (document.get("start"), document.get("end"))


def speaker_right(gold: GoldAttribution, pred: PredAttribution, actor_names: ActorNames) -> bool:
    """The predicted speaker (or one of its ``also`` co-speakers) names one of the gold entities
    (any alias, after :func:`~pipeline.evaluation.names.normalize_name`) or has a gold actor id.
    A gold attribution without a speaker is right only when none is predicted."""
    if not gold.has_speaker:
        return not pred.speakers
    for speaker in pred.speakers:
        if _actor_id(speaker) in gold.actor_ids:
            return True
        keys = speaker_keys(speaker, pred.doc_id, actor_names)
        if any(keys & entity for entity in gold.entities) or _the_marked_phrase(gold, speaker):
            return True
    return False


def _the_marked_phrase(gold: GoldAttribution, speaker: dict) -> bool:
    """A predicted speaker of no actor that is the gold's Source span itself, where the gold names
    the speaker by words of that span (``Most economists surveyed by Bloomberg`` noted as
    ``economists surveyed by Bloomberg``, ``Probation officers in my constituency`` as ``probation
    officers``): the same phrase names the same group. A name that is not in the span (``the
    minister`` noted as ``Jane Doe``) still needs the actor."""
    if gold.source is None or _actor_id(speaker) is not None:
        return False
    start, end, words = gold.source
    if (speaker.get("start"), speaker.get("end")) != (start, end) or not words:
        return False
    padded = f" {words} "
    return any(f" {key} " in padded for entity in gold.entities for key in entity)


# ------------------------------------------------------------------ matching and scoring
def overlap(a: Spans, b: Spans) -> int:
    """Characters shared by two sets of non-overlapping fragments."""
    return sum(max(0, min(ae, be) - max(as_, bs)) for as_, ae in a for bs, be in b)


def length(spans: Spans) -> int:
    return sum(e - s for s, e in spans)


def _by_doc(items: Iterable) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        out[item.doc_id].append(i)
    return out


def match(gold: list[GoldAttribution], pred: list[PredAttribution]) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, pred index)`` pairs with overlapping cues (see module doc)."""
    candidates = []
    pred_by_doc = _by_doc(pred)
    for gi, g in enumerate(gold):
        for pi in pred_by_doc.get(g.doc_id, []):
            cue_ov = overlap(g.cue, pred[pi].cue)
            if cue_ov:
                candidates.append((-cue_ov, -overlap(g.content, pred[pi].content),
                                   abs(g.cue[0][0] - pred[pi].cue[0][0]), gi, pi))
    return one_to_one(candidates)


def _acc(correct: int, total: int) -> dict:
    return {"correct": correct, "total": total, "accuracy": round(correct / total, 4) if total else 0.0}


@dataclass
class PairResult:
    gold: int
    pred: int
    speaker_ok: bool
    shared: int  # content characters in common
    full: bool


def score_pair(gi: int, pi: int, g: GoldAttribution, p: PredAttribution, actor_names: ActorNames) -> PairResult:
    ok = speaker_right(g, p, actor_names)
    shared = overlap(g.content, p.content)
    content_ok = not g.content or shared >= FULL_CONTENT_SHARE * length(g.content)
    return PairResult(gi, pi, ok, shared, ok and content_ok)


def _content_figures(results: list[PairResult], gold: list[GoldAttribution], pred: list[PredAttribution]) -> dict:
    with_content = [r for r in results if gold[r.gold].content]
    shared = sum(r.shared for r in with_content)
    n_pred = sum(length(pred[r.pred].content) for r in with_content)
    n_gold = sum(length(gold[r.gold].content) for r in with_content)
    return {"pairs": len(with_content), "shared_chars": shared, "pred_chars": n_pred, "gold_chars": n_gold,
            **prf(shared, n_pred, n_gold)}


def _per_doc(results: list[PairResult], gold: list[GoldAttribution], pred: list[PredAttribution]) -> dict:
    out: dict[str, dict] = {}
    for doc in sorted({g.doc_id for g in gold} | {p.doc_id for p in pred}):
        out[doc] = {"gold": sum(g.doc_id == doc for g in gold), "pred": sum(p.doc_id == doc for p in pred),
                    "matched": sum(gold[r.gold].doc_id == doc for r in results),
                    "full": sum(r.full and gold[r.gold].doc_id == doc for r in results)}
    return out


def _distinct_cues(results: list[PairResult], pred: list[PredAttribution], n_gold: int) -> dict:
    """Cue P/R/F1 counting each predicted cue span once, however many claims share it."""
    spans = {(p.doc_id, p.cue) for p in pred}
    matched = {(pred[r.pred].doc_id, pred[r.pred].cue) for r in results}
    return {"pred": len(spans), "tp": len(matched), **prf(len(matched), len(spans), n_gold)}


def _extra_on_matched_cue(results: list[PairResult], pred: list[PredAttribution]) -> int:
    """Unmatched predicted claims whose cue is exactly the cue of a matched predicted claim."""
    matched = {r.pred for r in results}
    cues = {(pred[i].doc_id, pred[i].cue) for i in matched}
    return sum(1 for i, p in enumerate(pred) if i not in matched and (p.doc_id, p.cue) in cues)


def _speaker_label(speaker: dict) -> str:
    """A predicted speaker as a reader checks it: its words and, when it has one, its actor id."""
    aid = _actor_id(speaker)
    return f"{speaker.get('text')!s}" + (f" [{aid}]" if aid else "")


def _wrong_speaker(g: GoldAttribution, p: PredAttribution) -> dict:
    """A matched pair whose speaker is wrong: where the gold is and what was predicted (None = none)."""
    return {"doc_id": g.doc_id, "cue": g.cue_text, "where": g.where, "claim_id": p.claim_id,
            "predicted": " ; ".join(_speaker_label(s) for s in p.speakers) or None}


def evaluate(gold_records: Iterable[dict], pred_claims: Iterable[dict], actor_names: ActorNames | None = None,
             doc_ids: Iterable[str] | None = None) -> dict:
    """The attribution figures (see module doc). Only predicted claims of the gold documents count:
    ``doc_ids`` when given (a document without gold attributions says it has none), else the
    documents of the gold records."""
    gold = [gold_attribution(r) for r in gold_records if r.get("cue")]
    docs = {str(d) for d in doc_ids} if doc_ids is not None else {g.doc_id for g in gold}
    pred = [p for p in (pred_attribution(c) for c in pred_claims if str(c.get("doc_id")) in docs) if p]
    actor_names = actor_names or ActorNames()
    results = [score_pair(gi, pi, gold[gi], pred[pi], actor_names) for gi, pi in match(gold, pred)]
    n, right, full = len(results), sum(r.speaker_ok for r in results), sum(r.full for r in results)
    full_preds = {r.pred for r in results if r.full}
    matched_gold = {r.gold for r in results}
    return {
        "gold": len(gold), "pred": len(pred), "matched": n,
        "cue": {"tp": n, **prf(n, len(pred), len(gold))},
        "speaker": _acc(right, n),
        "content": _content_figures(results, gold, pred),
        "full": {"tp": full, **prf(full, len(pred), len(gold))},
        "speaker_over_gold": _acc(right, len(gold)),
        "extra_on_matched_cue": _extra_on_matched_cue(results, pred),
        "cue_distinct": _distinct_cues(results, pred, len(gold)),
        "per_doc": _per_doc(results, gold, pred),
        "missed": [{"doc_id": g.doc_id, "cue": g.cue_text, "where": g.where}
                   for i, g in enumerate(gold) if i not in matched_gold],
        "wrong_speaker": [_wrong_speaker(gold[r.gold], pred[r.pred]) for r in results if not r.speaker_ok],
        "calibration": calibration((p.confidence, i in full_preds) for i, p in enumerate(pred)),
    }


def _prf_line(name: str, fig: dict, extra: str = "") -> str:
    return f"{name:<18} P {fig['precision']:.3f}  R {fig['recall']:.3f}  F1 {fig['f1']:.3f}{extra}"


def format_report(report: dict, max_missed: int = 20) -> str:
    """A plain-text summary of :func:`evaluate`'s result."""
    sp, og, c = report["speaker"], report["speaker_over_gold"], report["content"]
    lines = [
        f"attributions: gold {report['gold']}  predicted (claims with a cue) {report['pred']}  "
        f"matched {report['matched']}",
        _prf_line("cue", report["cue"]),
        f"{'speaker':<18} {sp['accuracy']:.3f} of found cues ({sp['correct']}/{sp['total']})",
        _prf_line("content (chars)", c, f"  over {c['pairs']} matched pairs"),
        _prf_line("full attribution", report["full"], f"  ({report['full']['tp']} right)"),
        f"{'right speaker':<18} {og['accuracy']:.3f} of all gold statements ({og['correct']}/{og['total']})",
    ]
    if report["extra_on_matched_cue"]:
        cd = report["cue_distinct"]
        lines.append(f"  ({report['extra_on_matched_cue']} unmatched predicted claims share the cue of a matched one; "
                     f"counting each predicted cue span once: P {cd['precision']:.3f}  R {cd['recall']:.3f}  "
                     f"F1 {cd['f1']:.3f})")
    lines += per_doc_lines(report["per_doc"], lambda r: f"  full {r['full']:>3}")
    lines += format_calibration(report["calibration"], "claims with a cue; correct = full attribution")
    missed = report["missed"]
    if missed:
        shown = ", ".join(f"{m['where']} {m['cue']!r}" for m in missed[:max_missed])
        lines.append(f"missed gold cues: {shown}" + (f" … and {len(missed) - max_missed} more"
                                                    if len(missed) > max_missed else ""))
    wrong = report.get("wrong_speaker") or []
    if wrong:
        shown = ", ".join(f"{w['where']} {w['cue']!r} → {w['predicted'] or 'no speaker'}" for w in wrong[:max_missed])
        lines.append(f"wrong speakers: {shown}" + (f" … and {len(wrong) - max_missed} more"
                                                  if len(wrong) > max_missed else ""))
    return "\n".join(lines)

