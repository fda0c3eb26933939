"""The parse cache: one DocBin per analysed document, so ``extract`` never re-runs the model.

A cache entry is keyed by everything that changes a parse: the document's id, text hash and
publication date, the pipeline version, the model and the configuration hash. A changed input
or setting therefore never reads a stale parse.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from pipeline import extensions  # noqa: F401  (declares the extensions the docs carry)
from pipeline.io import CACHE


def cache_key(doc_id: str, sha256: str, published: str | None, stamp: str) -> str:
    blob = "\x00".join((doc_id, sha256, published or "", stamp))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


def cache_path(out_dir: Path, key: str) -> Path:
    return Path(out_dir) / CACHE / key[:2] / f"{key}.spacy"


def save_doc(path: Path, doc: Doc) -> None:
    """Atomically write one doc (with span groups and user data) to ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


@functools.lru_cache(maxsize=1)
def _vocab() -> Vocab:
    return spacy.blank("en").vocab


def load_doc(path: Path, vocab: Vocab | None = None) -> Doc:
    """Read a cached doc; no model is loaded (the DocBin carries its strings)."""
    docbin = DocBin(store_user_data=True).from_bytes(Path(path).read_bytes())
    return next(iter(docbin.get_docs(vocab or _vocab())))
