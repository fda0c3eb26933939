"""Evaluate a run against gold: claims, attributions, actors, mentions (per kind), or TimeML dates.

Gold is one of:

- a JSONL file (or a folder of them) of ``claim/1`` and/or ``mention/1`` records (only the fields a
  person annotates are needed), and ``gold-document/1`` records (``{"doc_id", "annotated":
  ["claims"]}``: the article's claims were reviewed, so it is scored even with no gold claim). Claim records with a ``predicate`` are scored as claims
  (:mod:`pipeline.evaluation.claims`), those with a ``cue`` as attributions
  (:mod:`pipeline.evaluation.attribution`); mention records by kind
  (:mod:`pipeline.evaluation.mentions`), and actor mentions with an ``entity`` also by
  :mod:`pipeline.evaluation.actors`;
- brat standoff (a folder of ``.txt`` + ``.ann`` pairs, or one pair): ``Attribution`` events are
  attribution gold, ``Actor`` spans actor gold (:mod:`pipeline.evaluation.brat`);
- TimeML ``.tml`` files (a file or a folder): their TIMEX3 tags are date mentions.

``kinds``: mention kinds to score, plus ``attribution``; for brat gold ``actor`` and
``attribution`` choose which of the two to score (default: whatever the gold holds).
Predictions are read from a run folder (``claims run`` output), streamed, through
:func:`pipeline.io.open_run`: a folder whose files do not belong together is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline import io
from pipeline.errors import ClaimsError
from pipeline.schemas import KINDS

GOLD_DOCUMENT = "gold-document/1"  # {"doc_id", "annotated": ["claims"]}: scored even with no gold claim

ATTRIBUTION = "attribution"
EVAL_KINDS = (*KINDS, ATTRIBUTION)


@dataclass
class GoldSet:
    """The gold records of ``claims eval``, sorted by what scores them."""

    claims: list[dict] = field(default_factory=list)        # claim/1 with a predicate
    attributions: list[dict] = field(default_factory=list)  # claim/1 with a cue
    mentions: list[dict] = field(default_factory=list)      # mention/1 (per-kind P/R/F1)
    actors: list[dict] = field(default_factory=list)        # actor mentions with an entity key
    texts: dict[str, str] = field(default_factory=dict)     # doc_id -> sha256 of the gold text (brat)
    scopes: dict[str, set[str]] = field(default_factory=dict)  # brat: ATTRIBUTION/"actor" -> doc_ids
    claim_docs: set[str] = field(default_factory=set)       # gold-document/1: reviewed for claims
    source: str = "jsonl"                                   # jsonl, brat or timeml

    def doc_ids(self) -> set[str]:
        records = self.claims + self.attributions + self.mentions + self.actors
        return {str(r.get("doc_id")) for r in records} | set(self.texts) | self.claim_docs

    def scope(self, what: str, records: list[dict]) -> set[str]:
        """The documents scored for ``what`` (ATTRIBUTION or "actor"): for brat gold, those that
        are annotated for it (see :func:`_load_brat`), else those that have such a record."""
        if what in self.scopes:
            return self.scopes[what]
        return {str(r.get("doc_id")) for r in records}


def _check_kinds(kinds: list[str] | None) -> None:
    bad = sorted(set(kinds or ()) - set(EVAL_KINDS))
    if bad:
        raise ClaimsError(f"unknown kind(s) {', '.join(bad)}; choose from {', '.join(EVAL_KINDS)}")


def _is_brat(gold: Path) -> bool:
    from pipeline.evaluation.brat import has_brat

    if gold.is_file():
        return gold.suffix.lower() in (".ann", ".txt") and has_brat(gold)
    return has_brat(gold) and not any(gold.rglob("*.jsonl"))


def _load_brat(gold: Path, kinds: list[str] | None) -> GoldSet:
    from pipeline.evaluation.actors import actor_records
    from pipeline.evaluation.attribution import attribution_records
    from pipeline.evaluation.brat import read_brat_all
    from pipeline.stages.ingest import sha256_text

    out = GoldSet(source="brat", scopes={ATTRIBUTION: set(), "actor": set()})
    for doc in read_brat_all([gold]):
        out.texts[doc.doc_id] = sha256_text(doc.text)
        attributions, actors = attribution_records(doc), actor_records(doc)
        # a document with Actor spans is actor gold; any other one is attribution gold, even
        # without attributions (then it says there are none)
        if attributions or not actors:
            out.scopes[ATTRIBUTION].add(doc.doc_id)
        if actors:
            out.scopes["actor"].add(doc.doc_id)
        if kinds is None or ATTRIBUTION in kinds:
            out.attributions += attributions
        if kinds is None or "actor" in kinds:
            out.actors += actors
    if not out.attributions and not out.actors:
        raise ClaimsError("no Attribution events or Actor spans in the brat files"
                          + (f" (for --kind {' '.join(kinds)})" if kinds else ""), gold)
    return out


def _load_timeml(gold: Path) -> GoldSet:
    from pipeline.evaluation.timeml import TimeMLError, read_tml_all, tml_files

    try:
        if not tml_files(gold):
            raise ClaimsError("no .tml files in this folder", gold)
        _, mentions = read_tml_all(gold)
    except TimeMLError as exc:
        raise ClaimsError(str(exc)) from None
    return GoldSet(mentions=mentions, source="timeml")


def _add_jsonl_record(out: GoldSet, record: dict, path: Path, line: int) -> None:
    from pipeline.evaluation.actors import is_actor_gold

    schema = record.get("schema", "claim/1" if "predicate" in record else "mention/1")
    if schema == GOLD_DOCUMENT:
        annotated = record.get("annotated")
        if not record.get("doc_id") or not isinstance(annotated, list) or not set(annotated) <= {"claims"}:
            raise ClaimsError(f"a {GOLD_DOCUMENT} record needs a doc_id and 'annotated': [\"claims\"]", path, line)
        out.claim_docs.add(str(record["doc_id"]))
    elif schema == "claim/1":
        if record.get("cue"):
            out.attributions.append(record)
        if record.get("predicate") or not record.get("cue"):
            out.claims.append(record)
    elif schema == "mention/1":
        if not {"doc_id", "kind", "start", "end"} <= set(record):
            raise ClaimsError("a gold mention needs doc_id, kind, start and end", path, line)
        out.mentions.append(record)
        if is_actor_gold(record):
            out.actors.append(record)
    else:
        raise ClaimsError(f"unknown gold record schema {schema!r} (expected claim/1, mention/1 or "
                          f"{GOLD_DOCUMENT})", path, line)


def load_gold(gold: Path, kinds: list[str] | None = None) -> GoldSet:
    """Read gold from a JSONL file or folder, brat pairs, or TimeML files (see module doc)."""
    gold = Path(gold)
    if not gold.exists():
        raise ClaimsError("gold file or folder not found", gold)
    if _is_brat(gold):
        return _load_brat(gold, kinds)
    jsonl = sorted(gold.rglob("*.jsonl")) if gold.is_dir() else [gold]
    if gold.is_dir() and not jsonl or gold.suffix.lower() == ".tml":
        return _load_timeml(gold)
    out = GoldSet()
    for path in jsonl:
        for line, record in io.read_jsonl_numbered(path):
            _add_jsonl_record(out, record, path, line)
    if not (out.claims or out.attributions or out.mentions or out.claim_docs):
        raise ClaimsError("no gold records", gold)
    return out


def _check_documents(gold: GoldSet, pred: io.RunFolder) -> None:
    """Every gold document is in the run, with the same text when the gold carries it."""
    pred_dir = pred.root
    known = {str(d["doc_id"]): d.get("sha256") for d in io.read_jsonl(pred.path(io.DOCUMENTS))}
    missing = sorted(gold.doc_ids() - set(known))
    if missing:
        hint = {"timeml": " (run the pipeline on the .tml files first)",
                "brat": " (run the pipeline on the brat folder first: its .txt files are the articles)"}
        raise ClaimsError(f"gold documents not in the run: {', '.join(missing[:5])}"
                          + hint.get(gold.source, ""), pred_dir)
    changed = sorted(d for d, sha in gold.texts.items() if known.get(d) != sha)
    if changed:
        raise ClaimsError(f"the run's text of {', '.join(changed[:5])} differs from the gold .txt "
                          "(offsets would not agree; run the pipeline on the gold files again)", pred_dir)


def _pred_claims(pred: io.RunFolder, docs: set[str]) -> list[dict]:
    return [c for c in io.read_jsonl(pred.path(io.CLAIMS)) if str(c.get("doc_id")) in docs]


def _score_claims(gold: GoldSet, pred: io.RunFolder, kinds: list[str] | None, report: dict, texts: list[str]) -> None:
    from pipeline.evaluation import attribution as attribution_eval
    from pipeline.evaluation import claims as claims_eval

    want_attr = gold.attributions and (gold.source == "brat" or kinds is None or ATTRIBUTION in kinds)
    if not (gold.claims or gold.claim_docs or want_attr):
        return
    predicted = _pred_claims(pred, gold.doc_ids())
    if gold.claims or gold.claim_docs:
        report["claims"] = claims_eval.evaluate(gold.claims, predicted, doc_ids=gold.claim_docs)
        texts.append(claims_eval.format_report(report["claims"]))
    if want_attr:
        docs = gold.scope(ATTRIBUTION, gold.attributions)
        names = attribution_eval.ActorNames.from_mentions(io.read_jsonl(pred.path(io.MENTIONS)), docs)
        report["attribution"] = attribution_eval.evaluate(gold.attributions, predicted, names, doc_ids=docs)
        texts.append(attribution_eval.format_report(report["attribution"]))


def _score_mentions(gold: GoldSet, pred: io.RunFolder, kinds: list[str] | None, report: dict, texts: list[str]) -> None:
    from pipeline.evaluation import actors as actors_eval
    from pipeline.evaluation import mentions as mentions_eval

    mention_kinds = [k for k in kinds or () if k != ATTRIBUTION] or None
    if gold.mentions and not (kinds and not mention_kinds):
        doc_ids = sorted({m["doc_id"] for m in gold.mentions})
        wanted = mention_kinds or (["date"] if gold.source == "timeml" else None)
        report["mentions"] = mentions_eval.evaluate(gold.mentions, io.read_jsonl(pred.path(io.MENTIONS)),
                                                    kinds=wanted, doc_ids=doc_ids)
        texts.append(mentions_eval.format_report(report["mentions"]))
    if gold.actors and (kinds is None or "actor" in kinds):
        report["actors"] = actors_eval.evaluate(gold.actors, io.read_jsonl(pred.path(io.MENTIONS)),
                                                doc_ids=gold.scope("actor", gold.actors))
        texts.append(actors_eval.format_report(report["actors"]))


def evaluate(gold: Path, pred_dir: Path, kinds: list[str] | None = None) -> tuple[dict, str]:
    """``(report, text)``: the figures as a dict and as a readable table."""
    _check_kinds(kinds)
    gold_set = load_gold(gold, kinds)
    pred_dir = Path(pred_dir)
    if not pred_dir.is_dir():
        raise ClaimsError("not a run folder", pred_dir)
    pred = io.open_run(pred_dir)  # one generation whose files belong together (else ClaimsError)
    _check_documents(gold_set, pred)
    report: dict = {}
    texts: list[str] = []
    _score_claims(gold_set, pred, kinds, report, texts)
    _score_mentions(gold_set, pred, kinds, report, texts)
    if not report:
        raise ClaimsError(f"nothing to score for --kind {' '.join(kinds or ())} in this gold", gold)
    return report, "\n\n".join(texts)
