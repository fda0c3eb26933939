"""Extract: cached parses → ``claims.jsonl``. Never loads the statistical model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline import cache, io
from pipeline.config import Settings
from pipeline.errors import ClaimsError
from pipeline.executors import helper_pool, shared
from pipeline.identity import RunIdentity
from pipeline.work import batched, from_cache


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
                        published=config.get("published"),
                        credit_actors=config.get("credit_actors", True),
                        apposition_posts=config.get("apposition_posts", True))
    return RunIdentity.of(settings, model=model, model_key=manifest.get("model_key"),
                          recorded_config=manifest["config_hash"])


def extract(out_dir: Path, progress: Callable[[int, int, int], None] | None = None) -> ExtractResult:
    """Write ``out_dir/claims.jsonl`` from the cached parses of every document of the run. With a
    core to spare, a helper process extracts part of each batch beside this one."""
    out_dir = Path(out_dir)
    run = identity_of_run(out_dir)
    result = ExtractResult()
    pool = helper_pool()
    try:
        with io.Generation(out_dir) as gen:
            io.mark_incomplete(gen.manifest)
            out = gen.writer(io.CLAIMS, made_from=(io.DOCUMENTS, io.MENTIONS))
            records = io.read_jsonl(io.RunFolder(out_dir).path(io.DOCUMENTS))
            for batch in batched(records, run.settings.batch_size):
                calls = [(record, _cached(out_dir, record, run), run) for record in batch]
                for record, (lines, claims, words) in zip(batch, shared(pool, _claim_lines, calls)):
                    out.write_lines(lines)
                    result.claims += claims
                    result.documents += 1
                    if progress:
                        progress(1, words, len(record["text"]))
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return result


def _cached(out_dir: Path, record: dict, run: RunIdentity) -> Path:
    path = cache.cache_path(out_dir, cache.cache_key(record["sha256"], run.model_key))
    if not path.exists():
        raise ClaimsError(f"no cached parse for document {record['doc_id']!r} with model "
                          f"{run.model}; run `claims annotate` first", out_dir)
    return path


def _claim_lines(record: dict, path: Path, run: RunIdentity) -> tuple[str, int, int]:
    """The claim lines of one document (as ``io.dumps`` writes them), their number and its words."""
    doc = from_cache(record, path, run, with_claims=True, with_mentions=False)
    return "".join(io.dumps(claim) + "\n" for claim in doc.claims), len(doc.claims), doc.words
