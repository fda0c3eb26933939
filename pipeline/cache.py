"""The parse cache: the model's parse of each distinct text, so ``extract`` never re-runs the model.

An entry holds the chunks of one text (a long text is parsed in chunks, each with its character
offset) as a DocBin. It is keyed by what the parse depends on — the text's hash, the model and
the spaCy version — and not by rules or settings: our rule components re-run on the cached parse,
so changing a rule never reads a stale result.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from pipeline.io import CACHE

OFFSET_KEY = "claims_chunk_offset"

Chunks = list[tuple[int, Doc]]


def cache_key(text_sha256: str, model: str) -> str:
    blob = "\x00".join((text_sha256, model, spacy.about.__version__))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


def cache_path(out_dir: Path, key: str) -> Path:
    return Path(out_dir) / CACHE / key[:2] / f"{key}.spacy"


def to_bytes(chunks: Chunks) -> bytes:
    """Serialize a parsed text (its chunks with their offsets) — parse only, no rule results."""
    docbin = DocBin(store_user_data=True)
    for offset, doc in chunks:
        copy = Doc(doc.vocab).from_bytes(doc.to_bytes(exclude=["user_data"]), exclude=["user_data"])
        copy.spans.clear()
        copy.user_data[OFFSET_KEY] = offset
        docbin.add(copy)
    return docbin.to_bytes()


def from_bytes(data: bytes, vocab: Vocab) -> Chunks:
    docs = DocBin(store_user_data=True).from_bytes(data).get_docs(vocab)
    out = []
    for doc in docs:
        offset = doc.user_data.pop(OFFSET_KEY, 0)
        out.append((offset, doc))
    return out


def write(path: Path, data: bytes) -> None:
    """Atomically write a cache entry."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def read(path: Path, vocab: Vocab) -> Chunks:
    return from_bytes(Path(path).read_bytes(), vocab)
