"""Time and peak memory of each review command on a synthetic run of N claims against N/10.

    python bench/bench_review.py [N] [--keep DIR] [--only NAME,NAME]

Builds a real run of corpus/ (``claims run``), then two synthetic run folders by replicating its
documents, mentions and claims under new doc ids with publication dates spread over years
(N/10 and N claims; N defaults to 1,000,000), then runs each command in a fresh process and
prints its wall time and peak RSS (``wait4`` of that process) on both, and the ratios.
Target (issue 16): memory ratio <= 1.3 and time ratio <= 12 for 10x the claims.
The first command on a run builds the claims index (the Parquet copy); it is listed as ``index``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import ROOT, dump  # noqa: E402

DOC = "@@DOC@@"
PUB = "@@PUB@@"

COMMANDS = {  # name -> arguments after the run folder ({out} is a file in a scratch folder)
    "index": ["review", "--limit", "0"],
    "by-actor": ["review", "--by", "actor", "--limit", "40"],
    "by-month": ["review", "--by", "month"],
    "by-currency": ["review", "--by", "currency"],
    "by-doc-csv": ["review", "--by", "doc", "--format", "csv", "--out", "{out}.csv"],
    "filter-table": ["review", "--actor", "RUSGOV", "--min-amount", "1e6", "--sort", "-amount", "--limit", "20"],
    "all-claims-csv": ["review", "--format", "csv", "--out", "{out}.csv"],
    "oppose-jsonl": ["review", "--stance", "oppose", "--format", "jsonl", "--out", "{out}.jsonl"],
    "network-graphml": ["network", "--format", "graphml", "--out", "{out}.graphml"],
    "network-csv": ["network", "--format", "csv", "--out", "{out}.csv"],
    "report-html": ["review", "--by", "month", "--html", "{out}.html"],  # the report (and a small table)
}


def base_run(folder: Path) -> Path:
    """A real run of corpus/ (the templates of the synthetic runs)."""
    out = folder / "base"
    subprocess.run([sys.executable, "-m", "pipeline", "-q", "run", str(ROOT / "corpus"), "--out", str(out)],
                   check=True, capture_output=True)
    return out


def _templates(base: Path) -> tuple[list[tuple[str, str, str]], dict[str, list[str]], dict[str, list[str]]]:
    """(doc_id, document line template, published) and claim/mention line templates per doc."""
    def lines(name: str) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for line in (base / name).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            doc_id = rec["doc_id"]
            out.setdefault(doc_id, []).append(json.dumps(rec, ensure_ascii=False).replace(json.dumps(doc_id)[1:-1], DOC))
        return out

    docs = []
    for line in (base / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        doc_id = rec["doc_id"]
        rec["doc_id"], rec["published"] = DOC, PUB
        docs.append((doc_id, json.dumps(rec, ensure_ascii=False), rec.get("published")))
    return docs, lines("claims.jsonl"), lines("mentions.jsonl")


def synthetic_run(base: Path, out: Path, n_claims: int) -> int:
    """Write a run folder of exactly ``n_claims`` claims (replicas of the base run's documents)."""
    docs, claims, mentions = _templates(base)
    out.mkdir(parents=True)
    start = dt.date(2014, 1, 1)
    written = 0
    with open(out / "documents.jsonl", "w", encoding="utf-8") as fd, \
            open(out / "claims.jsonl", "w", encoding="utf-8") as fc, \
            open(out / "mentions.jsonl", "w", encoding="utf-8") as fm:
        replica = 0
        while written < n_claims:
            day = (start + dt.timedelta(days=replica % 1500)).isoformat()
            for doc_id, doc_line, _published in docs:
                new_id = f"r{replica:07d}/{doc_id}"
                fd.write(doc_line.replace(DOC, new_id).replace(PUB, day) + "\n")
                for line in mentions.get(doc_id, []):
                    fm.write(line.replace(DOC, new_id) + "\n")
                for line in claims.get(doc_id, []):
                    if written >= n_claims:
                        break
                    fc.write(line.replace(DOC, new_id) + "\n")
                    written += 1
            replica += 1
    (out / "manifest.json").write_text((base / "manifest.json").read_text(encoding="utf-8"), encoding="utf-8")
    return written


def measure(run_dir: Path, args: list[str], scratch: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one command in a fresh process."""
    argv = [a.replace("{out}", str(scratch / "out")) for a in args]
    cmd = [sys.executable, "-m", "pipeline", "-q", argv[0], str(run_dir), *argv[1:]]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    if status != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="build the runs here and keep them")
    parser.add_argument("--only", help="comma-separated command names")
    opts = parser.parse_args()
    names = opts.only.split(",") if opts.only else list(COMMANDS)
    if "index" not in names:
        names.insert(0, "index")
    tmp = None
    if opts.keep:
        folder = opts.keep
        folder.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="bench-review-")
        folder = Path(tmp.name)
    try:
        base = folder / "base" if (folder / "base" / "claims.jsonl").is_file() else base_run(folder)
        sizes = (opts.n // 10, opts.n)
        runs = {}
        for size in sizes:
            run_dir = folder / f"run{size}"
            if not (run_dir / "claims.jsonl").is_file():
                shutil.rmtree(run_dir, ignore_errors=True)
                t0 = time.perf_counter()
                synthetic_run(base, run_dir, size)
                print(f"built {size} claims in {time.perf_counter() - t0:.0f}s -> {run_dir}", file=sys.stderr)
            shutil.rmtree(run_dir / "cache", ignore_errors=True)  # the index is measured as "index"
            runs[size] = run_dir
        figures: dict = {"claims": list(sizes), "commands": {}}
        for name in names:
            row = {}
            for size in sizes:
                scratch = folder / f"scratch{size}"
                scratch.mkdir(exist_ok=True)
                seconds, rss = measure(runs[size], COMMANDS[name], scratch)
                row[f"seconds_{size}"], row[f"peak_mb_{size}"] = round(seconds, 2), round(rss, 1)
                print(f"{name:16s} {size:>9} claims  {seconds:8.2f}s  {rss:8.1f} MB", file=sys.stderr)
            small, big = sizes
            row["time_ratio"] = round(row[f"seconds_{big}"] / row[f"seconds_{small}"], 2)
            row["memory_ratio"] = round(row[f"peak_mb_{big}"] / row[f"peak_mb_{small}"], 3)
            figures["commands"][name] = row
        figures["max_memory_ratio"] = max(r["memory_ratio"] for r in figures["commands"].values())
        figures["max_time_ratio"] = max(r["time_ratio"] for r in figures["commands"].values())
        dump(figures)
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    main()
