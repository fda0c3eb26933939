"""Run: ingest + annotate + extract in one pass, incremental and crash-safe, under the lock.

Incremental: a document whose text and publication date are unchanged since the last complete
run with the same pipeline code, model and configuration keeps its earlier records (copied, not
recomputed); new and changed documents are processed; documents gone from the input stay unless
``prune``. Crash-safe: the outputs are written as a new generation of the folder's files and committed in
one atomic step (``io.Generation``), so a killed run leaves the previous outputs, and the next
run — reading parses from the cache — finishes the work.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import signal
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from pipeline import io
from pipeline.config import Settings
from pipeline.errors import Interrupted
from pipeline.executors import make_executor
from pipeline.progress import Progress
from pipeline.schemas import REJECT
from pipeline.identity import RunIdentity
from pipeline.stages.ingest import iter_documents
from pipeline.work import stream_results


def _identity(record: dict[str, Any]) -> tuple:
    """What a document's records depend on besides the code: its text, publication date and
    source (a fact check's own ``we`` is the outlet the source names)."""
    return record["sha256"], record.get("published"), record.get("source")


@dataclass
class RunResult:
    documents: int = 0
    rejects: int = 0
    status: Counter = field(default_factory=Counter)  # new / changed / unchanged / outdated / kept / pruned
    mentions: Counter = field(default_factory=Counter)
    claims: int = 0
    words: int = 0
    parsed: int = 0
    cached: int = 0
    seconds: float = 0.0
    model: str = ""
    reject_records: list = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)  # files in the folders that are not articles, by reason

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


log = logging.getLogger(__name__)


class _Previous:
    """The outputs of the last complete run: documents by id and each document's record blocks.
    The records files are opened once, at the first block copied, and closed on leaving ``with``."""

    def __init__(self, folder: io.RunFolder, stamp: str, force: bool):
        manifest = folder.manifest
        self.out_dir = out_dir = folder.dir
        self.usable = (not force and manifest.get("complete") is True and manifest.get("stamp") == stamp
                       and all((out_dir / n).exists() for n in (io.DOCUMENTS, io.MENTIONS, io.CLAIMS))
                       and not folder.problems())
        self.docs: dict[str, tuple[tuple, int]] = {}
        self.blocks: dict[str, dict[str, _Block]] = {io.MENTIONS: {}, io.CLAIMS: {}}
        self.files: dict[str, BinaryIO] = {}  # the records files opened by copy_block
        if not (out_dir / io.DOCUMENTS).exists():
            return
        self._index_documents()
        if self.usable:
            for name in self.blocks:
                self._index_blocks(name)

    def _index_documents(self) -> None:
        try:
            with (self.out_dir / io.DOCUMENTS).open("rb") as fh:
                offset = 0
                for line in fh:
                    if line.strip():
                        rec = json.loads(line)
                        self.docs[rec["doc_id"]] = (_identity(rec), offset)
                    offset += len(line)
        except (json.JSONDecodeError, KeyError, OSError):
            self.docs, self.usable = {}, False

    def _index_blocks(self, name: str) -> None:
        blocks = self.blocks[name]
        with (self.out_dir / name).open("rb") as fh:
            offset = 0
            for line in fh:
                doc_id, kind = _head(line)
                block = blocks.setdefault(doc_id, _Block(offset, 0, Counter()))
                block.length += len(line)
                block.kinds[kind] += 1
                offset += len(line)

    def unchanged(self, record: dict[str, Any]) -> bool:
        old = self.docs.get(record["doc_id"])
        return self.usable and old is not None and old[0] == _identity(record)

    def status(self, record: dict[str, Any], reuse: bool) -> str:
        """new, changed (text, date or source), unchanged, or outdated (same text, pipeline changed)."""
        old = self.docs.get(record["doc_id"])
        if old is None:
            return "new"
        if old[0] != _identity(record):
            return "changed"
        return "unchanged" if reuse else "outdated"

    def copy_block(self, name: str, doc_id: str, writer: io.AtomicWriter) -> Counter:
        """Copy a document's lines of ``name`` as they are (the same code wrote them); their
        number by ``kind`` (None for claims)."""
        block = self.blocks[name].get(doc_id)
        if block is None:
            return Counter()
        if name not in self.files:
            self.files[name] = (self.out_dir / name).open("rb")
        fh = self.files[name]
        fh.seek(block.start)
        writer.write_lines(fh.read(block.length).decode("utf-8"))
        return block.kinds

    def __enter__(self) -> "_Previous":
        return self

    def __exit__(self, *exc) -> None:
        for fh in self.files.values():
            fh.close()
        self.files.clear()

    def document(self, doc_id: str) -> dict[str, Any]:
        return io.read_at(self.out_dir / io.DOCUMENTS, self.docs[doc_id][1])


@dataclass
class _Block:
    """A document's lines in a records file: where they start, their bytes, their kinds."""
    start: int
    length: int
    kinds: Counter


# The head of a mention or claim line as ``io.dumps`` writes it: no string before ``doc_id`` holds
# an unescaped quote, so the keys cannot be matched inside a value.
_STRING = rb'"(?:[^"\\]|\\.)*"'
_HEAD = re.compile(rb'\{"schema": "(mention|claim)/1", "(?:mention|claim)_id": ' + _STRING +
                   rb', "doc_id": (' + _STRING + rb')(?:, "kind": (' + _STRING + rb'))?')


def _head(line: bytes) -> tuple[str, str | None]:
    """``(doc_id, kind)`` of a record line, read from its head (from the whole line when the head
    is not the usual one)."""
    m = _HEAD.match(line)
    if m is None or (m.group(1) == b"mention") != (m.group(3) is not None):
        record = json.loads(line)
        return record["doc_id"], record.get("kind")
    return json.loads(m.group(2)), m.group(3) and json.loads(m.group(3))


def _items(inputs: list[Path], out_dir: Path, settings: Settings, previous: _Previous, prune: bool,
           rejects: io.AtomicWriter, result: RunResult):
    """``(record, reusable)`` for every document of the run: the inputs, then the previous run's
    documents that are no longer in them (kept, unless pruned); rejects go to their file."""
    seen: set[str] = set()
    for record in iter_documents(inputs, settings.published, exclude=out_dir, skipped=result.skipped):
        if record["schema"] == REJECT:
            log.warning("rejected %s%s: %s", record["path"],
                        f":{record['line']}" if record.get("line") else "", record["reason"])
            rejects.write(record)
            result.rejects += 1
            if len(result.reject_records) < 10:  # the first few, for the summary
                result.reject_records.append(record)
            if record.get("doc_id"):  # a document that is now invalid is not kept
                seen.add(record["doc_id"])
            continue
        seen.add(record["doc_id"])
        reuse = previous.unchanged(record)
        result.status[previous.status(record, reuse)] += 1
        yield record, reuse
    for doc_id in list(previous.docs):  # documents no longer in the input
        if doc_id in seen:
            continue
        if prune:
            result.status["pruned"] += 1
            continue
        result.status["kept"] += 1
        yield previous.document(doc_id), previous.usable


def _write(record: dict, doc, previous: _Previous, writers: dict, result: RunResult, bar: Progress) -> None:
    """One document's records into the new generation: fresh ones, or the previous run's block."""
    writers[io.DOCUMENTS].write(record)
    if doc is None:
        result.mentions.update(previous.copy_block(io.MENTIONS, record["doc_id"], writers[io.MENTIONS]))
        result.claims += sum(previous.copy_block(io.CLAIMS, record["doc_id"], writers[io.CLAIMS]).values())
        bar.update(1, 0)
    else:
        writers[io.MENTIONS].write_many(doc.mentions)
        writers[io.CLAIMS].write_many(doc.claims)
        result.mentions.update(m["kind"] for m in doc.mentions)
        result.claims += len(doc.claims)
        result.words += doc.words
        result.parsed += doc.parse is not None
        result.cached += doc.parse is None
        bar.update(1, doc.words, len(record["text"]))
    result.documents += 1


def _counts(result: RunResult) -> dict:
    return {"documents": result.documents, "rejects": result.rejects,
            "mentions": dict(sorted(result.mentions.items())), "claims": result.claims,
            "status": dict(sorted(result.status.items()))}


@contextlib.contextmanager
def _stop_on_sigint():
    """A first Ctrl-C sets the yielded flag (the run stops after the current batch); a second one
    interrupts at once. The previous handler is restored on the way out."""
    stopping = {"flag": False}

    def on_sigint(signum, frame):
        if stopping["flag"]:
            raise KeyboardInterrupt
        stopping["flag"] = True

    old_handler = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield stopping
    finally:
        signal.signal(signal.SIGINT, old_handler)


def _writers(gen: io.Generation) -> dict:
    """The run's four record writers, each declaring the files its records refer to."""
    return {io.DOCUMENTS: gen.writer(io.DOCUMENTS), io.REJECTS: gen.writer(io.REJECTS, (io.DOCUMENTS,)),
            io.MENTIONS: gen.writer(io.MENTIONS, (io.DOCUMENTS,)),
            io.CLAIMS: gen.writer(io.CLAIMS, (io.DOCUMENTS, io.MENTIONS))}


def run(inputs: list[Path], out_dir: Path, settings: Settings | None = None, quiet: bool = True,
        force: bool = False, prune: bool = False, executor: str = "local", scheduler: str | None = None) -> RunResult:
    settings = settings or Settings()
    out_dir = Path(out_dir)
    started = time.perf_counter()
    identity = RunIdentity.of(settings)
    result = RunResult(model=identity.model)
    with io.locked(out_dir, "claims run"):
        gen = io.Generation(out_dir)
        previous = _Previous(io.RunFolder(out_dir), identity.stamp, force)
        pool = make_executor(executor, settings.workers, scheduler)
        writers = _writers(gen)
        with _stop_on_sigint() as stopping:
            try:
                items = _items(inputs, out_dir, settings, previous, prune, writers[io.REJECTS], result)
                with previous, Progress(total=None, desc="run", disable=quiet, started=started) as bar:
                    for record, doc in stream_results(items, out_dir, identity, True, pool,
                                                      stop=lambda: stopping["flag"]):
                        _write(record, doc, previous, writers, result, bar)
                if stopping["flag"]:
                    raise Interrupted("interrupted: stopped after the current batch; outputs are unchanged and the "
                                      "parses done so far are cached, so the next run resumes quickly", out_dir)
                result.seconds = time.perf_counter() - started
                gen.manifest.update(identity.manifest(), stamp=identity.stamp, complete=True, counts=_counts(result))
                gen.commit()  # every file of the run at once
            except BaseException:
                gen.abort()
                raise
            finally:
                pool.close()
    return result
