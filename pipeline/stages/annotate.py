"""Annotate: ``documents.jsonl`` → ``mentions.jsonl`` and the parse cache.

The spaCy model runs once per distinct text; a text whose parse is cached (same text, model and
spaCy version) is read back and only our rule components run on it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import io
from pipeline.config import Settings
from pipeline.executors import LocalExecutor
from pipeline.identity import RunIdentity
from pipeline.work import stream_results


@dataclass
class AnnotateResult:
    documents: int = 0
    parsed: int = 0
    cached: int = 0
    words: int = 0
    mentions: Counter = field(default_factory=Counter)
    model: str = ""


def annotate(out_dir: Path, settings: Settings | None = None, executor=None,
             progress: Callable[[int, int, int], None] | None = None) -> AnnotateResult:
    """Write ``out_dir/mentions.jsonl`` (and cache entries) for every document of the run, as a
    new generation of the run folder (committed in one step, see :class:`pipeline.io.Generation`)."""
    run = RunIdentity.of(settings or Settings())
    out_dir = Path(out_dir)
    result = AnnotateResult(model=run.model)
    own = executor is None
    executor = LocalExecutor() if own else executor
    try:
        with io.Generation(out_dir) as gen:
            io.mark_incomplete(gen.manifest)
            gen.manifest.update(run.manifest())
            records = ((r, False) for r in io.read_jsonl(io.RunFolder(out_dir).path(io.DOCUMENTS)))
            out = gen.writer(io.MENTIONS, made_from=(io.DOCUMENTS,))
            _write_mentions(out, records, out_dir, run, executor, result, progress)
    finally:
        if own:
            executor.close()
    return result


def _write_mentions(out: io.AtomicWriter, records, out_dir: Path, run: RunIdentity, executor,
                    result: AnnotateResult, progress: Callable[[int, int, int], None] | None) -> None:
    for record, doc in stream_results(records, out_dir, run, False, executor):
        out.write_many(doc.mentions)
        result.mentions.update(m["kind"] for m in doc.mentions)
        result.documents += 1
        result.words += doc.words
        if doc.parse is None:
            result.cached += 1
        else:
            result.parsed += 1
        if progress:
            progress(1, doc.words, len(record["text"]))
