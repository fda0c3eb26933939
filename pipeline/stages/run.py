"""Run: ingest + annotate + extract in one process, under the output folder's lock."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import io
from pipeline.config import Settings
from pipeline.progress import Progress
from pipeline.stages.annotate import annotate
from pipeline.stages.extract import extract
from pipeline.stages.ingest import ingest


@dataclass
class RunResult:
    documents: int = 0
    rejects: int = 0
    mentions: Counter = field(default_factory=Counter)
    claims: int = 0
    words: int = 0
    parsed: int = 0
    cached: int = 0
    seconds: float = 0.0
    model: str = ""
    reject_records: list = field(default_factory=list)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def run(inputs: list[Path], out_dir: Path, settings: Settings | None = None, quiet: bool = True) -> RunResult:
    settings = settings or Settings()
    out_dir = Path(out_dir)
    started = time.perf_counter()
    result = RunResult()
    with io.locked(out_dir, "claims run"):
        ing = ingest(inputs, out_dir, settings.published)
        result.documents, result.rejects, result.reject_records = ing.documents, ing.rejects, ing.reject_records
        with Progress(total=ing.documents, desc="annotate", disable=quiet) as bar:
            ann = annotate(out_dir, settings, progress=bar.update)
        result.mentions, result.words, result.model = ann.mentions, ann.words, ann.model
        result.parsed, result.cached = ann.parsed, ann.cached
        with Progress(total=ing.documents, desc="extract", disable=quiet) as bar:
            result.claims = extract(out_dir, progress=bar.update).claims
    result.seconds = time.perf_counter() - started
    io.update_manifest(out_dir, counts={"documents": result.documents, "rejects": result.rejects,
                                        "mentions": dict(sorted(result.mentions.items())),
                                        "claims": result.claims})
    return result
