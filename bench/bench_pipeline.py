"""Throughput of `claims run` vs plain spaCy `nlp.pipe`, measured in one process run.

    python bench/bench_pipeline.py [N] [ROUNDS] [auto|always|never]

`nlp.pipe` of the spaCy model alone, `nlp.pipe` of the pipeline `claims run` loads, and a first
`claims run` (every document new) alternate ROUNDS times (default 3) on the same N documents, so
a burst of load from other processes hits every side alike. Two ratios of words per second, each
the median of the rounds with the range of the rounds, and the same ratio in CPU seconds of all
processes (the work done, whatever the other processes on the machine do):

- ``ratio_ours_vs_model_alone``: ``claims run`` ÷ ``nlp.pipe`` of the spaCy model alone (the
  package ``claims run`` loads, without our components: tok2vec, tagger, parser, attribute_ruler,
  lemmatizer, ner). Issue 15's target, >= 0.95: everything ``claims run`` adds — our rule
  components (money, quantities, dates, actors, mentions), claim extraction, the records, their
  JSON lines, the cache entries, ingest and the file writes — counts as our cost.
- ``ratio_ours_vs_plain_spacy``: ``claims run`` ÷ ``nlp.pipe`` of the very pipeline ``claims run``
  loads (``cached_build``: the model with ``claims_paragraphs`` and our rule components), i.e.
  what ``claims run`` adds beyond that ``nlp.pipe``.

With a core to spare (``executors.spare_core``, which discounts this process's own load),
``claims run`` runs only the model's neural components in this process and the rest of each
document in a helper process beside it; the rounds that did are listed (``always`` / ``never``
force one path, to measure it on a machine whose load decides otherwise). Then, on the last round's
output: an incremental re-run of the unchanged corpus / the first run (<= 0.05), and `extract`
alone / a full run (<= 0.1). The load average before and after the run is printed: on a shared
machine, say it with the figures.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import build_corpus, dump  # noqa: E402

from pipeline.config import Settings  # noqa: E402
from pipeline import executors  # noqa: E402
from pipeline.nlp import cached_build, load_base  # noqa: E402
from pipeline.stages.extract import extract  # noqa: E402
from pipeline.stages.run import run  # noqa: E402
from pipeline.work import count_words  # noqa: E402


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (the run's helper process)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(fn):
    """``(result, wall seconds, CPU seconds)`` of ``fn()``."""
    cpu, wall = cpu_seconds(), time.perf_counter()
    result = fn()
    return result, time.perf_counter() - wall, cpu_seconds() - cpu


def main(n: int = 120, rounds: int = 3, helper_mode: str = "auto") -> None:
    if helper_mode != "auto":
        executors.spare_core = lambda: helper_mode == "always"
    settings = Settings()
    nlp = cached_build(settings)  # the model both sides use, loaded once before timing
    model_alone = load_base(settings.model)  # the spaCy package without our components
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        texts = build_corpus(src, n)
        wall, cpu, helper = {"plain": [], "model": []}, {"plain": [], "model": []}, []
        for i in range(rounds):
            _, alone, alone_cpu = timed(lambda: sum(count_words(doc) for doc in
                                                    model_alone.pipe(texts, batch_size=settings.batch_size)))
            words, plain, plain_cpu = timed(
                lambda: sum(count_words(doc) for doc in nlp.pipe(texts, batch_size=settings.batch_size)))
            out = Path(tmp) / f"out{i}"
            helper.append(executors.spare_core())  # what the local executor will choose for this run
            first, ours, ours_cpu = timed(lambda: run([src], out, settings))
            for side, seconds, cpu_seconds in (("plain", plain, plain_cpu), ("model", alone, alone_cpu)):
                wall[side].append(seconds / ours * first.words / words)
                cpu[side].append(cpu_seconds / ours_cpu * first.words / words)
        again, rerun, _ = timed(lambda: run([src], out, settings))
        _, extract_only, _ = timed(lambda: extract(out))

    dump({
        "documents": n, "words": words, "rounds": rounds, "plain_pipeline": nlp.pipe_names,
        "load_average_1_5_15_min": "before %.2f %.2f %.2f, after %.2f %.2f %.2f" % (*load_before, *os.getloadavg()),
        "model_alone_words_per_s": round(words / alone),
        "plain_spacy_words_per_s": round(words / plain),
        "claims_run_words_per_s": round(first.words / ours),
        "ratio_ours_vs_model_alone": round(statistics.median(wall["model"]), 3),
        "ratio_model_alone_rounds": [round(r, 3) for r in wall["model"]],
        "ratio_model_alone_cpu_seconds": round(statistics.median(cpu["model"]), 3),
        "ratio_ours_vs_plain_spacy": round(statistics.median(wall["plain"]), 3),
        "ratio_rounds": [round(r, 3) for r in wall["plain"]],
        "ratio_cpu_seconds": round(statistics.median(cpu["plain"]), 3),
        "rounds_with_helper_process": helper,  # chosen when the machine had a core to spare
        "helper_mode": helper_mode,
        "ratio_incremental_rerun_vs_first_run": round(rerun / ours, 4),
        "rerun_status": dict(again.status),  # all "unchanged" unless the code changed meanwhile
        "ratio_extract_alone_vs_full_run": round(extract_only / ours, 3),
    })


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]), *sys.argv[3:4])
