"""What ``import pipeline.components`` costs beyond spaCy, measured in one run.

    python bench/bench_import.py [RUNS]

Each run is a fresh interpreter that first imports spaCy and the parts of it our components use,
then ``pipeline.components``; the figure is the median of RUNS (default 7) of the second import,
with the slowest of our modules by their own time (``-X importtime``) from the last run. Bytecode
caching is switched on for these interpreters (an installed package has its ``.pyc`` files), and
one run before the timed ones writes the caches. Target (issue 15): under 0.3 s.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import ROOT, dump  # noqa: E402

PROBE = ("import time\n"
         "import spacy, spacy.language, spacy.tokens, spacy.matcher, spacy.util\n"
         "t = time.perf_counter()\n"
         "import pipeline.components\n"
         "print(time.perf_counter() - t)\n")


def _python(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True, cwd=ROOT, env=env)


def own_modules(stderr: str, top: int = 8) -> list[list]:
    """``[module, self ms]`` of our slowest modules in an ``-X importtime`` report."""
    rows = [(int(m.group(1)), m.group(2)) for m in re.finditer(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", stderr)]
    ours = sorted((us, name) for us, name in rows if name.startswith("pipeline"))[::-1]
    return [[name, round(us / 1000, 1)] for us, name in ours[:top]]


def main(runs: int = 7) -> None:
    _python("-c", PROBE)  # writes the bytecode caches
    times = [float(_python("-c", PROBE).stdout) for _ in range(runs)]
    report = _python("-X", "importtime", "-c", PROBE).stderr
    dump({
        "runs": runs,
        "import_pipeline_components_beyond_spacy_s": round(statistics.median(times), 3),
        "range_s": [round(min(times), 3), round(max(times), 3)],
        "slowest_own_modules_ms": own_modules(report),
        "target_s": 0.3,
    })


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))
