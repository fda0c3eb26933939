"""Validate a run folder: schemas, the offsets invariant, and that every referenced id exists."""

from __future__ import annotations

import hashlib

from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from jsonschema import Draft202012Validator

from pipeline import io
from pipeline.errors import ClaimsError
from pipeline.schemas import SCHEMAS, claim_id, mention_id

MAX_PROBLEMS = 20


@dataclass
class Report:
    documents: int = 0
    mentions: int = 0
    claims: int = 0
    rejects: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class _Texts:
    """Document texts by id, read on demand from ``documents.jsonl`` (a small LRU, flat memory)."""

    def __init__(self, path: Path, index: dict[str, int]):
        self.path, self.index = path, index
        self.cache: OrderedDict[str, str] = OrderedDict()

    def get(self, doc_id: str) -> str | None:
        if doc_id not in self.index:
            return None
        if doc_id not in self.cache:
            self.cache[doc_id] = io.read_at(self.path, self.index[doc_id])["text"]
            if len(self.cache) > 64:
                self.cache.popitem(last=False)
        self.cache.move_to_end(doc_id)
        return self.cache[doc_id]


def validate(out_dir: Path, max_problems: int = MAX_PROBLEMS) -> Report:
    out_dir = Path(out_dir)
    report = Report()
    folder = io.RunFolder(out_dir)  # the committed generation, read as one

    def problem(path: Path, line: int, message: str) -> None:
        if len(report.problems) < max_problems:  # named by the documented path, not the generation's
            shown = out_dir / path.name if path.parent == folder.dir else path
            report.problems.append(f"{shown}:{line}: {message}")

    validators = {name: Draft202012Validator(schema) for name, schema in SCHEMAS.items()}

    def check_schema(kind: str, record: dict, path: Path, line: int) -> bool:
        errors = sorted(validators[kind].iter_errors(record), key=lambda e: list(e.path))
        for err in errors[:3]:
            where = "/".join(str(p) for p in err.path) or "(record)"
            problem(path, line, f"{kind} schema: {where}: {err.message}")
        return not errors

    def check_span(text: str | None, span: dict, what: str, path: Path, line: int, expect: str | None = None):
        if text is None:
            return
        start, end = span.get("start"), span.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end <= len(text):
            problem(path, line, f"{what}: offsets {start}-{end} are outside the document (length {len(text)})")
        elif expect is not None and text[start:end] != expect:
            problem(path, line, f"{what}: text {expect!r} != document text[{start}:{end}] {text[start:end]!r}")

    docs_path = folder.path(io.DOCUMENTS)
    if not docs_path.exists():
        raise ClaimsError("no documents.jsonl: not a run folder (run `claims ingest` first)", out_dir)
    for message in folder.problems():  # files changed after the run, or made from other inputs
        if len(report.problems) < max_problems:
            report.problems.append(f"{out_dir / io.MANIFEST}: {message}")
    seen: set[str] = set()
    for line, rec in io.read_jsonl_numbered(docs_path):
        report.documents += 1
        if not check_schema("document", rec, docs_path, line):
            continue
        if rec["doc_id"] in seen:
            problem(docs_path, line, f"duplicate doc_id {rec['doc_id']!r}")
        seen.add(rec["doc_id"])
        if hashlib.sha256(rec["text"].encode("utf-8")).hexdigest() != rec["sha256"]:
            problem(docs_path, line, "sha256 does not match the text")
    texts = _Texts(docs_path, io.index_jsonl(docs_path, "doc_id"))

    mention_ids: set[str] = set()
    ment_path = folder.path(io.MENTIONS)
    if ment_path.exists():
        for line, rec in io.read_jsonl_numbered(ment_path):
            report.mentions += 1
            if not check_schema("mention", rec, ment_path, line):
                continue
            text = texts.get(rec["doc_id"])
            if text is None:
                problem(ment_path, line, f"doc_id {rec['doc_id']!r} is not in documents.jsonl")
            check_span(text, rec, f"mention {rec['mention_id']}", ment_path, line, rec["text"])
            expected = mention_id(rec["doc_id"], rec["kind"], rec["start"], rec["end"])
            if rec["mention_id"] != expected:
                problem(ment_path, line, f"mention_id {rec['mention_id']!r} should be {expected!r}")
            if rec["mention_id"] in mention_ids:
                problem(ment_path, line, f"duplicate mention_id {rec['mention_id']!r}")
            mention_ids.add(rec["mention_id"])

    claims_path = folder.path(io.CLAIMS)
    if claims_path.exists():
        claim_ids: set[str] = set()
        for line, rec in io.read_jsonl_numbered(claims_path):
            report.claims += 1
            if not check_schema("claim", rec, claims_path, line):
                continue
            text = texts.get(rec["doc_id"])
            if text is None:
                problem(claims_path, line, f"doc_id {rec['doc_id']!r} is not in documents.jsonl")
                continue
            cid = rec["claim_id"]
            check_span(text, rec, f"claim {cid}", claims_path, line, rec["text"])
            if cid != claim_id(rec["doc_id"], rec["start"], rec["end"]):
                problem(claims_path, line, f"claim_id {cid!r} does not match its doc_id and offsets")
            if cid in claim_ids:
                problem(claims_path, line, f"duplicate claim_id {cid!r}")
            claim_ids.add(cid)
            check_span(text, rec["sentence"], f"claim {cid} sentence", claims_path, line)
            for part in ("predicate", "cue"):
                if rec.get(part):
                    check_span(text, rec[part], f"claim {cid} {part}", claims_path, line, rec[part]["text"])
            if rec.get("speaker"):
                check_span(text, rec["speaker"], f"claim {cid} speaker", claims_path, line, rec["speaker"].get("text"))
            for group in ("actors", "money", "dates", "quantities"):
                for m in rec[group]:
                    check_span(text, m, f"claim {cid} {group} {m.get('mention_id')}", claims_path, line, m.get("text"))
                    if ment_path.exists() and m.get("mention_id") not in mention_ids:
                        problem(claims_path, line, f"claim {cid}: mention {m.get('mention_id')!r} "
                                                   f"is not in mentions.jsonl")
    rej_path = folder.path(io.REJECTS)
    if rej_path.exists():
        for line, rec in io.read_jsonl_numbered(rej_path):
            report.rejects += 1
            if not rec.get("path") or not rec.get("reason"):
                problem(rej_path, line, "a reject needs 'path' and 'reason'")
    return report


__all__ = ["validate", "Report"]
