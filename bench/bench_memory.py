"""Peak memory of `claims run` on N and 10·N documents (each in a fresh process).

    python bench/bench_memory.py [N]

Target (issue 7): peak RSS for 10·N within 15% of N — memory stays flat as the corpus grows.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import build_corpus, dump  # noqa: E402

CHILD = """
import resource, sys
from pipeline.stages.run import run
run([sys.argv[1]], sys.argv[2])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_rss_mb(src: Path, out: Path) -> float:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(src), str(out)], capture_output=True, text=True,
                          check=True)
    return int(proc.stdout.strip().splitlines()[-1]) / 1024  # ru_maxrss is in KiB on Linux


def main(n: int = 40) -> None:
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        for count in (n, 10 * n):
            src = Path(tmp) / f"in{count}"
            build_corpus(src, count)
            figures[f"peak_rss_mb_{count}_docs"] = round(peak_rss_mb(src, Path(tmp) / f"out{count}"), 1)
    small, large = figures[f"peak_rss_mb_{n}_docs"], figures[f"peak_rss_mb_{10 * n}_docs"]
    figures["ratio_10n_vs_n"] = round(large / small, 3)
    dump(figures)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
