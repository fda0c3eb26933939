"""Annotate: ``documents.jsonl`` → ``mentions.jsonl`` and the parse cache.

The spaCy model runs once per distinct text; a text whose parse is cached (same text, model and
spaCy version) is read back and only our rule components run on it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import __version__, io
from pipeline.config import Settings
from pipeline.executors import LocalExecutor
from pipeline.nlp import model_id_of, model_key
from pipeline.work import stream_results


@dataclass
class AnnotateResult:
    documents: int = 0
    parsed: int = 0
    cached: int = 0
    words: int = 0
    mentions: Counter = field(default_factory=Counter)
    model: str = ""


def provenance(settings: Settings) -> dict:
    """What every claim records about how it was made."""
    return {"pipeline": __version__, "model": model_id_of(settings.model), "config": settings.config_hash()}


def record_manifest(manifest: dict, settings: Settings, prov: dict, **more) -> None:
    """Record in a generation's manifest how its mentions and claims were made."""
    manifest.update(pipeline=prov["pipeline"], model=prov["model"], config_hash=prov["config"],
                    config=settings.output_config(), model_key=model_key(settings.model), **more)


def annotate(out_dir: Path, settings: Settings | None = None, executor=None,
             progress: Callable[[int, int, int], None] | None = None) -> AnnotateResult:
    """Write ``out_dir/mentions.jsonl`` (and cache entries) for every document of the run."""
    settings = settings or Settings()
    out_dir = Path(out_dir)
    prov = provenance(settings)
    result = AnnotateResult(model=prov["model"])
    with io.Generation(out_dir) as gen:
        io.mark_incomplete(gen.manifest)
        record_manifest(gen.manifest, settings, prov)
        records = ((r, False) for r in io.read_jsonl(io.RunFolder(out_dir).path(io.DOCUMENTS)))
        out = gen.writer(io.MENTIONS, made_from=(io.DOCUMENTS,))
        for record, doc in stream_results(records, out_dir, settings, prov, False, executor or LocalExecutor()):
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
    return result
