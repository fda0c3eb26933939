"""Throughput of `claims run` vs plain spaCy `nlp.pipe`, measured in one process run.

    python bench/bench_pipeline.py [N]

Prints ratios (targets from issue 7): ours / plain spaCy words/s (>= 0.85), an incremental
re-run of the unchanged corpus / the first run (<= 0.05), `extract` alone / a full run (<= 0.1).
Both sides use the same model with the same components enabled, loaded before timing.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import build_corpus, dump  # noqa: E402

from pipeline.config import Settings  # noqa: E402
from pipeline.nlp import cached_build  # noqa: E402
from pipeline.stages.extract import extract  # noqa: E402
from pipeline.stages.run import run  # noqa: E402


def main(n: int = 120) -> None:
    settings = Settings()
    nlp = cached_build(settings)  # the model both sides use, loaded once before timing
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        texts = build_corpus(src, n)

        started = time.perf_counter()
        words = sum(sum(1 for t in doc if not (t.is_space or t.is_punct))
                    for doc in nlp.pipe(texts, batch_size=settings.batch_size))
        plain = time.perf_counter() - started

        started = time.perf_counter()
        first = run([src], out, settings)
        ours = time.perf_counter() - started

        started = time.perf_counter()
        again = run([src], out, settings)
        rerun = time.perf_counter() - started

        started = time.perf_counter()
        extract(out)
        extract_only = time.perf_counter() - started

    dump({
        "documents": n, "words": words,
        "plain_spacy_words_per_s": round(words / plain),
        "claims_run_words_per_s": round(first.words / ours),
        "ratio_ours_vs_plain_spacy": round((first.words / ours) / (words / plain), 3),
        "ratio_incremental_rerun_vs_first_run": round(rerun / ours, 4),
        "rerun_status": dict(again.status),  # all "unchanged" unless the code changed meanwhile
        "ratio_extract_alone_vs_full_run": round(extract_only / ours, 3),
    })


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 120)
