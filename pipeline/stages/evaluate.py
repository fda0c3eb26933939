"""Evaluate a run against gold: claims, mentions (per kind), or TimeML dates.

Gold is a JSONL file (or a folder of them) of ``claim/1`` and/or ``mention/1`` records (only the fields a person
annotates are needed), or TimeML ``.tml`` files (a file or a folder): their TIMEX3 tags are
date mentions. Predictions are read from a run folder (``claims run`` output).
"""

from __future__ import annotations

from pathlib import Path

from pipeline import io
from pipeline.errors import ClaimsError


def _load_gold(gold: Path) -> tuple[list[dict], list[dict], bool]:
    """``(gold claims, gold mentions, is_timeml)``."""
    from pipeline.evaluation.timeml import TimeMLError, read_tml_all, tml_files

    gold = Path(gold)
    if not gold.exists():
        raise ClaimsError("gold file or folder not found", gold)
    jsonl = sorted(gold.rglob("*.jsonl")) if gold.is_dir() else [gold]
    if gold.is_dir() and not jsonl or gold.suffix.lower() == ".tml":
        try:
            if not tml_files(gold):
                raise ClaimsError("no .tml files in this folder", gold)
            _, mentions = read_tml_all(gold)
        except TimeMLError as exc:
            raise ClaimsError(str(exc)) from None
        return [], mentions, True
    claims, mentions = [], []
    for path, line, record in ((p, n, r) for p in jsonl for n, r in io.read_jsonl_numbered(p)):
        schema = record.get("schema", "claim/1" if "predicate" in record else "mention/1")
        if schema == "claim/1":
            claims.append(record)
        elif schema == "mention/1":
            if not {"doc_id", "kind", "start", "end"} <= set(record):
                raise ClaimsError("a gold mention needs doc_id, kind, start and end", path, line)
            mentions.append(record)
        else:
            raise ClaimsError(f"unknown gold record schema {schema!r} (expected claim/1 or mention/1)", path, line)
    if not claims and not mentions:
        raise ClaimsError("no gold records", gold)
    return claims, mentions, False


def evaluate(gold: Path, pred_dir: Path, kinds: list[str] | None = None) -> tuple[dict, str]:
    """``(report, text)``: the figures as a dict and as a readable table."""
    from pipeline.evaluation import claims as claims_eval
    from pipeline.evaluation import mentions as mentions_eval

    gold_claims, gold_mentions, timeml = _load_gold(gold)
    pred_dir = Path(pred_dir)
    known = {d["doc_id"] for d in io.read_jsonl(pred_dir / io.DOCUMENTS)}
    missing = sorted({r["doc_id"] for r in gold_claims + gold_mentions if r.get("doc_id") not in known}, key=str)
    if missing:
        raise ClaimsError(f"gold documents not in the run: {', '.join(map(str, missing[:5]))}"
                          + (" (run the pipeline on the .tml files first)" if timeml else ""), pred_dir)
    report: dict = {}
    texts: list[str] = []
    if gold_claims:
        pred = io.read_jsonl(pred_dir / io.CLAIMS)
        report["claims"] = claims_eval.evaluate(gold_claims, pred)
        texts.append(claims_eval.format_report(report["claims"]))
    if gold_mentions:
        doc_ids = sorted({m["doc_id"] for m in gold_mentions})
        wanted = kinds or (["date"] if timeml else None)
        report["mentions"] = mentions_eval.evaluate(gold_mentions, io.read_jsonl(pred_dir / io.MENTIONS),
                                                    kinds=wanted, doc_ids=doc_ids)
        texts.append(mentions_eval.format_report(report["mentions"]))
    return report, "\n\n".join(texts)
