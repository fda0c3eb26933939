"""Build a benchmark corpus of N documents from the texts in corpus/ (shared by the benchmarks)."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_texts() -> list[str]:
    """Every document text of corpus/, as ingest reads them."""
    from pipeline.stages.ingest import iter_documents

    return [d["text"] for d in iter_documents([ROOT / "corpus"]) if d["schema"] == "document/1"]


def build_corpus(folder: Path, n: int) -> list[str]:
    """Write ``n`` distinct .txt documents into ``folder``; returns their texts."""
    base = corpus_texts()
    folder.mkdir(parents=True, exist_ok=True)
    texts = []
    for i in range(n):
        text = f"Dispatch {i}.\n\n{base[i % len(base)]}"
        (folder / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def dump(figures: dict) -> None:
    print(json.dumps(figures, indent=2))
