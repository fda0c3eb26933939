"""Extract: cached parses → ``claims.jsonl``. Never loads the statistical model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline import cache, io
from pipeline.config import Settings
from pipeline.errors import ClaimsError
from pipeline.identity import RunIdentity
from pipeline.work import from_cache


@dataclass
class ExtractResult:
    documents: int = 0
    claims: int = 0


def identity_of_run(out_dir: Path) -> RunIdentity:
    """The run identity ``annotate`` recorded in the manifest: its settings, model and
    configuration hash (the rule code hashes are the installed package's)."""
    manifest = io.read_manifest(out_dir)
    model, config = manifest.get("model"), manifest.get("config")
    if not model or not config:
        raise ClaimsError("manifest.json records no annotate run; run `claims annotate` first", out_dir)
    settings = Settings(model=config["model"], default_currency=config["default_currency"],
                        actor_files=tuple(f["path"] for f in config.get("actor_files", [])),
                        published=config.get("published"))
    return RunIdentity.of(settings, model=model, model_key=manifest.get("model_key"),
                          recorded_config=manifest["config_hash"])


def extract(out_dir: Path, progress: Callable[[int, int, int], None] | None = None) -> ExtractResult:
    """Write ``out_dir/claims.jsonl`` from the cached parses of every document of the run."""
    out_dir = Path(out_dir)
    run = identity_of_run(out_dir)
    result = ExtractResult()
    with io.Generation(out_dir) as gen:
        io.mark_incomplete(gen.manifest)
        out = gen.writer(io.CLAIMS, made_from=(io.DOCUMENTS, io.MENTIONS))
        for record in io.read_jsonl(io.RunFolder(out_dir).path(io.DOCUMENTS)):
            path = cache.cache_path(out_dir, cache.cache_key(record["sha256"], run.model_key))
            if not path.exists():
                raise ClaimsError(f"no cached parse for document {record['doc_id']!r} with model "
                                  f"{run.model}; run `claims annotate` first", out_dir)
            doc = from_cache(record, path, run, with_claims=True, with_mentions=False)
            out.write_many(doc.claims)
            result.claims += len(doc.claims)
            result.documents += 1
            if progress:
                progress(1, doc.words, len(record["text"]))
    return result
