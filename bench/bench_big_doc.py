"""One big article, the base model's speed, and the start-up cost of the money rules.

    python bench/bench_big_doc.py [MB]     # default 5 (several minutes); 0.5 is a quick check

Prints, each measured in a fresh process so nothing is cached or shared between them:

- ``base_model_words_per_s``: the configured spaCy model alone (its own pipes, no claims
  component) with ``nlp.pipe`` over the corpus texts (eight times), words per CPU second of the
  one process;
- ``claims_money_build_cpu_s``: CPU seconds to create the ``claims_money`` component (CLDR
  currency data and its compiled patterns), once per process;
- ``big_doc``: ``claims run`` on one article of MB megabytes made of the corpus texts one after
  the other: wall seconds, peak RSS, words, mentions, claims and whether ``claims validate``
  passes on the result.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import corpus_texts, dump  # noqa: E402

BASE_MODEL = """
import json, resource, sys, time
import spacy
from pipeline.config import Settings
from pipeline.work import count_words
texts = json.load(open(sys.argv[1], encoding="utf-8"))
nlp = spacy.load(Settings().model)
nlp.pipe(texts[:1])  # warm up
start = time.process_time()
words = sum(count_words(doc) for doc in nlp.pipe(texts, batch_size=32))
print(json.dumps({"words": words, "cpu_s": time.process_time() - start}))
"""

MONEY_BUILD = """
import json, time
import spacy
from pipeline.config import Settings
import pipeline.components  # registers the factories
nlp = spacy.load(Settings().model)
start = time.process_time()
nlp.add_pipe("claims_money")
print(json.dumps({"cpu_s": time.process_time() - start}))
"""

BIG_RUN = """
import json, resource, sys, time
from pipeline.stages.run import run
from pipeline.stages.validate import validate
start = time.perf_counter()
result = run([sys.argv[1]], sys.argv[2], quiet=True)
seconds = time.perf_counter() - start
report = validate(sys.argv[2])
print(json.dumps({"seconds": round(seconds, 1), "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                  "words": result.words, "mentions": sum(result.mentions.values()), "claims": result.claims,
                  "valid": report.ok}))
"""


def child(code: str, *args: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark step failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def big_article(megabytes: float, texts: list[str]) -> str:
    """Corpus texts one after the other (a blank line between) up to ``megabytes`` of UTF-8."""
    limit, parts, size, i = int(megabytes * 1_000_000), [], 0, 0
    while size < limit:
        part = texts[i % len(texts)]
        parts.append(part)
        size += len(part.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts)


def main(megabytes: float = 5.0) -> None:
    texts = corpus_texts()
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "texts.json"
        sample.write_text(json.dumps(texts * 8), encoding="utf-8")  # ~15,000 words: a stable figure
        base = child(BASE_MODEL, str(sample))
        money = child(MONEY_BUILD)
        src = Path(tmp) / "in"
        src.mkdir()
        (src / "big.txt").write_text(big_article(megabytes, texts), encoding="utf-8")
        big = child(BIG_RUN, str(src), str(Path(tmp) / "out"))
    dump({
        "base_model_words_per_s": round(base["words"] / base["cpu_s"]),
        "base_model_words": base["words"],
        "claims_money_build_cpu_s": round(money["cpu_s"], 2),
        "big_doc": {"megabytes": megabytes, **big},
    })


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 5.0)
