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


class _Validator:
    """One pass over a run folder's files, collecting ``FILE:LINE: problem`` lines in a Report."""

    def __init__(self, out_dir: Path, max_problems: int):
        self.out_dir, self.max_problems = out_dir, max_problems
        self.report = Report()
        self.folder = io.RunFolder(out_dir)  # the committed generation, read as one
        self.validators = {name: Draft202012Validator(schema) for name, schema in SCHEMAS.items()}
        self.mention_ids: set[str] = set()
        self.texts: _Texts | None = None

    def problem(self, path: Path, line: int, message: str) -> None:
        if len(self.report.problems) < self.max_problems:  # named by the documented path
            shown = self.out_dir / path.name if path.parent == self.folder.dir else path
            self.report.problems.append(f"{shown}:{line}: {message}")

    def schema_ok(self, kind: str, record: dict, path: Path, line: int) -> bool:
        errors = sorted(self.validators[kind].iter_errors(record), key=lambda e: list(e.path))
        for err in errors[:3]:
            where = "/".join(str(p) for p in err.path) or "(record)"
            self.problem(path, line, f"{kind} schema: {where}: {err.message}")
        return not errors

    def span(self, text: str | None, span: dict, what: str, path: Path, line: int, expect: str | None = None):
        if text is None:
            return
        start, end = span.get("start"), span.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end <= len(text):
            self.problem(path, line, f"{what}: offsets {start}-{end} are outside the document (length {len(text)})")
        elif expect is not None and text[start:end] != expect:
            self.problem(path, line, f"{what}: text {expect!r} != document text[{start}:{end}] {text[start:end]!r}")

    def documents(self, path: Path) -> None:
        for message in self.folder.problems():  # files changed after the run, or made from other inputs
            if len(self.report.problems) < self.max_problems:
                self.report.problems.append(f"{self.out_dir / io.MANIFEST}: {message}")
        seen: set[str] = set()
        for line, rec in io.read_jsonl_numbered(path):
            self.report.documents += 1
            if not self.schema_ok("document", rec, path, line):
                continue
            if rec["doc_id"] in seen:
                self.problem(path, line, f"duplicate doc_id {rec['doc_id']!r}")
            seen.add(rec["doc_id"])
            if hashlib.sha256(rec["text"].encode("utf-8")).hexdigest() != rec["sha256"]:
                self.problem(path, line, "sha256 does not match the text")
        self.texts = _Texts(path, io.index_jsonl(path, "doc_id"))

    def mentions(self, path: Path) -> None:
        for line, rec in io.read_jsonl_numbered(path):
            self.report.mentions += 1
            if not self.schema_ok("mention", rec, path, line):
                continue
            text = self.texts.get(rec["doc_id"])
            if text is None:
                self.problem(path, line, f"doc_id {rec['doc_id']!r} is not in documents.jsonl")
            self.span(text, rec, f"mention {rec['mention_id']}", path, line, rec["text"])
            expected = mention_id(rec["doc_id"], rec["kind"], rec["start"], rec["end"])
            if rec["mention_id"] != expected:
                self.problem(path, line, f"mention_id {rec['mention_id']!r} should be {expected!r}")
            if rec["mention_id"] in self.mention_ids:
                self.problem(path, line, f"duplicate mention_id {rec['mention_id']!r}")
            self.mention_ids.add(rec["mention_id"])

    def claims(self, path: Path, with_mentions: bool) -> None:
        claim_ids: set[str] = set()
        for line, rec in io.read_jsonl_numbered(path):
            self.report.claims += 1
            if not self.schema_ok("claim", rec, path, line):
                continue
            text = self.texts.get(rec["doc_id"])
            if text is None:
                self.problem(path, line, f"doc_id {rec['doc_id']!r} is not in documents.jsonl")
                continue
            cid = rec["claim_id"]
            if cid != claim_id(rec["doc_id"], rec["start"], rec["end"]):
                self.problem(path, line, f"claim_id {cid!r} does not match its doc_id and offsets")
            if cid in claim_ids:
                self.problem(path, line, f"duplicate claim_id {cid!r}")
            claim_ids.add(cid)
            self.claim_spans(text, rec, path, line, with_mentions)

    def claim_spans(self, text: str, rec: dict, path: Path, line: int, with_mentions: bool) -> None:
        """Every span a claim holds indexes the document text: the claim, its sentence, predicate,
        cue, content (and its fragments), speaker (with ``via`` and ``also``) and nested mentions."""
        cid = rec["claim_id"]
        spans = [(rec, f"claim {cid}", rec["text"]), (rec["sentence"], f"claim {cid} sentence", None)]
        for part in ("predicate", "cue", "content"):
            if rec.get(part):
                spans.append((rec[part], f"claim {cid} {part}", rec[part].get("text")))
                spans += [({"start": a, "end": b}, f"claim {cid} {part} fragment", None)
                          for a, b in rec[part].get("fragments") or ()]
        speaker = rec.get("speaker")
        if speaker:
            spans.append((speaker, f"claim {cid} speaker", speaker.get("text")))
            if isinstance(speaker.get("via"), dict):
                spans.append((speaker["via"], f"claim {cid} speaker via", speaker["via"].get("text")))
            spans += [(m, f"claim {cid} speaker also", m.get("text")) for m in speaker.get("also") or ()]
        for span, what, expect in spans:
            self.span(text, span, what, path, line, expect)
        for group in ("actors", "money", "dates", "quantities"):
            for m in rec[group]:
                self.span(text, m, f"claim {cid} {group} {m.get('mention_id')}", path, line, m.get("text"))
                if with_mentions and m.get("mention_id") not in self.mention_ids:
                    self.problem(path, line, f"claim {cid}: mention {m.get('mention_id')!r} is not in mentions.jsonl")

    def rejects(self, path: Path) -> None:
        for line, rec in io.read_jsonl_numbered(path):
            self.report.rejects += 1
            if not rec.get("path") or not rec.get("reason"):
                self.problem(path, line, "a reject needs 'path' and 'reason'")


def validate(out_dir: Path, max_problems: int = MAX_PROBLEMS) -> Report:
    out_dir = Path(out_dir)
    v = _Validator(out_dir, max_problems)
    docs_path = v.folder.path(io.DOCUMENTS)
    if not docs_path.exists():
        raise ClaimsError("no documents.jsonl: not a run folder (run `claims ingest` first)", out_dir)
    v.documents(docs_path)
    ment_path = v.folder.path(io.MENTIONS)
    if ment_path.exists():
        v.mentions(ment_path)
    claims_path = v.folder.path(io.CLAIMS)
    if claims_path.exists():
        v.claims(claims_path, ment_path.exists())
    rej_path = v.folder.path(io.REJECTS)
    if rej_path.exists():
        v.rejects(rej_path)
    return v.report


__all__ = ["validate", "Report"]
