"""Annotate: ``documents.jsonl`` → ``mentions.jsonl`` and the parse cache.

The spaCy model runs once per document text; a document whose cache entry exists (same text,
publication date, pipeline version, model and configuration) is read back from the cache.
"""

from __future__ import annotations

import itertools
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import __version__, io
from pipeline.cache import cache_key, cache_path, load_doc, save_doc
from pipeline.components.mentions import mention_records
from pipeline.config import Settings
from pipeline.nlp import build, model_id

log = logging.getLogger(__name__)


@dataclass
class AnnotateResult:
    documents: int = 0
    parsed: int = 0
    cached: int = 0
    words: int = 0
    mentions: Counter = field(default_factory=Counter)
    model: str = ""


def stamp(model: str, config_hash: str) -> str:
    """What a cached parse depends on besides the document itself."""
    return f"{__version__}|{model}|{config_hash}"


def parse_docs(nlp: Language, records: Iterable[dict[str, Any]], batch_size: int = 32) -> Iterator[Doc]:
    """Run the pipeline over document records, with ``doc_id`` and ``published`` set on each doc."""

    def make(record: dict[str, Any]) -> Doc:
        doc = nlp.make_doc(record["text"])
        doc._.doc_id = record["doc_id"]
        doc._.published = record.get("published")
        return doc

    yield from nlp.pipe((make(r) for r in records), batch_size=batch_size)


def annotate(out_dir: Path, settings: Settings | None = None, nlp: Language | None = None,
             progress: Callable[[int, int], None] | None = None) -> AnnotateResult:
    """Write ``out_dir/mentions.jsonl`` (and cache entries) for every document of the run."""
    settings = settings or Settings()
    out_dir = Path(out_dir)
    nlp = nlp or build(settings)
    result = AnnotateResult(model=model_id(nlp))
    run_stamp = stamp(result.model, settings.config_hash())

    def keyed(records: Iterable[dict[str, Any]]):
        for record in records:
            key = cache_key(record["doc_id"], record["sha256"], record.get("published"), run_stamp)
            yield record, cache_path(out_dir, key)

    with io.AtomicWriter(out_dir / io.MENTIONS) as out:
        stream = keyed(io.read_jsonl(out_dir / io.DOCUMENTS))
        while True:
            batch = list(itertools.islice(stream, settings.batch_size))
            if not batch:
                break
            todo = [record for record, path in batch if not path.exists()]
            parsed = iter(parse_docs(nlp, todo, settings.batch_size))
            for record, path in batch:
                if path.exists():
                    doc = load_doc(path, nlp.vocab)
                    result.cached += 1
                else:
                    doc = next(parsed)
                    save_doc(path, doc)
                    result.parsed += 1
                records = mention_records(doc, record["doc_id"])
                out.write_many(records)
                result.mentions.update(r["kind"] for r in records)
                result.documents += 1
                result.words += sum(1 for t in doc if not t.is_space and not t.is_punct)
                if progress:
                    progress(1, len(record["text"]))
    io.update_manifest(out_dir, pipeline=__version__, model=result.model,
                       config_hash=settings.config_hash(), config=settings.output_config())
    return result
