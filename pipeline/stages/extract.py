"""Extract: cached parses → ``claims.jsonl``. Never loads the statistical model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline import __version__, io
from pipeline.cache import cache_key, cache_path, load_doc
from pipeline.errors import ClaimsError
from pipeline.stages.annotate import stamp


@dataclass
class ExtractResult:
    documents: int = 0
    claims: int = 0


def provenance(out_dir: Path) -> dict:
    """Pipeline version, model and configuration hash of the run's ``annotate`` (from the manifest)."""
    manifest = io.read_manifest(out_dir)
    model, config = manifest.get("model"), manifest.get("config_hash")
    if not model or not config:
        raise ClaimsError("manifest.json records no annotate run; run `claims annotate` first", out_dir)
    return {"pipeline": __version__, "model": model, "config": config}


def extract(out_dir: Path, progress: Callable[[int, int], None] | None = None) -> ExtractResult:
    """Write ``out_dir/claims.jsonl`` from the cached parses of every document of the run."""
    try:
        from pipeline.components.claims import extract_claims
    except ModuleNotFoundError:  # until the claims component lands
        extract_claims = basic_claims

    out_dir = Path(out_dir)
    prov = provenance(out_dir)
    run_stamp = stamp(prov["model"], prov["config"])
    result = ExtractResult()
    with io.AtomicWriter(out_dir / io.CLAIMS) as out:
        for record in io.read_jsonl(out_dir / io.DOCUMENTS):
            key = cache_key(record["doc_id"], record["sha256"], record.get("published"), run_stamp)
            path = cache_path(out_dir, key)
            if not path.exists():
                raise ClaimsError(f"no cached parse for document {record['doc_id']!r} with this model and "
                                  f"configuration; run `claims annotate` first", out_dir)
            doc = load_doc(path)
            claims = extract_claims(doc, record["doc_id"], prov)
            out.write_many(claims)
            result.claims += len(claims)
            result.documents += 1
            if progress:
                progress(1, len(record["text"]))
    return result


def basic_claims(doc, doc_id, prov):  # provisional: replaced by pipeline.components.claims
    from pipeline.components.mentions import mention_records
    from pipeline.schemas import CLAIM, claim_id

    mentions = mention_records(doc, doc_id)
    out = []
    for sent in doc.sents:
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("ROOT", "conj", "ccomp", "advcl", "relcl"):
                continue
            sub = list(tok.subtree)
            start, end = sub[0].idx, sub[-1].idx + len(sub[-1])
            inside = [m for m in mentions if start <= m["start"] and m["end"] <= end]
            if not inside:
                continue
            actors = [dict(m, role="other") for m in inside if m["kind"] == "actor"]
            out.append({"schema": CLAIM, "claim_id": claim_id(doc_id, start, end), "doc_id": doc_id,
                        "text": doc.text[start:end], "start": start, "end": end,
                        "sentence": {"start": sent.start_char, "end": sent.end_char},
                        "predicate": {"text": tok.text, "lemma": tok.lemma_, "start": tok.idx, "end": tok.idx + len(tok)},
                        "speaker": None, "cue": None, "actors": actors,
                        "money": [m for m in inside if m["kind"] == "money"],
                        "dates": [m for m in inside if m["kind"] == "date"],
                        "quantities": [m for m in inside if m["kind"] in ("quantity", "percent")],
                        "modality": {"negated": False, "hedged": False, "cues": [], "tense": None},
                        "confidence": 0.5, "provenance": prov})
    return sorted(out, key=lambda c: (c["start"], c["end"]))
