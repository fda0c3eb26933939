import signal
import subprocess
import sys

import pytest

from conftest import CORPUS, kill_session, session_left
from pipeline import io
from pipeline.config import Settings
from pipeline.executors import LocalExecutor
from pipeline.identity import RunIdentity
from pipeline.stages.ingest import iter_documents
from pipeline.work import process_batch


def _records():
    return [r for r in iter_documents([CORPUS]) if r["schema"] == "document/1"][:4]


def _plain(results):
    """What is written of each result (a cache entry gives tuples where a live doc gives lists)."""
    def lines(records):
        return None if records is None else [io.dumps(r) for r in records]

    return [(r.doc_id, lines(r.mentions), lines(r.claims), r.words, r.parse) for r in results]


def test_local_executor_helper_gives_the_records_of_the_in_process_path(full_nlp):
    records, ident = _records(), RunIdentity.of(Settings())
    expected = _plain(process_batch(records, ident, True))
    executor = LocalExecutor(helper=True)
    executor.ramp = (1,)  # the first batch through the model in two parts
    try:
        assert executor.helper is not None and executor.window == 2
        first = executor.process(records[:2], ident, True)
        second = executor.process(records[2:], ident, True)  # parsed while the helper finishes the first
        got = _plain(first.result() + second.result())
    finally:
        executor.close()
    assert got == expected
    assert all(r[4] for r in got)  # each result carries its cache entry


def test_local_executor_does_here_what_the_helper_has_not_started(full_nlp):
    records, ident = _records(), RunIdentity.of(Settings())
    executor = LocalExecutor(helper=True)
    try:
        batch = executor.process(records, ident, False)
        queued = [f for f in batch.futures if not f.running() and not f.done()]
        results = batch.result()
    finally:
        executor.close()
    assert queued, "documents waiting for the helper are finished in this process"
    assert [r.doc_id for r in results] == [r["doc_id"] for r in records]
    assert all(r.claims is None and r.mentions and r.parse for r in results)
    done_here = [f.cancelled() for f in batch.futures]
    assert done_here[-1] and done_here == sorted(done_here), "taken from the end of the batch"


def test_local_executor_hands_the_first_and_last_batches_over_in_parts():
    executor = LocalExecutor(helper=False)
    assert [len(p) for p in executor._parts(list(range(32)))] == [4, 8, 20]
    assert [len(p) for p in executor._parts(list(range(32)))] == [32]  # later batches whole
    assert [len(p) for p in executor._parts(list(range(24)), last=True)] == [8, 8, 8]
    executor.ramp = (4, 8)
    assert [len(p) for p in executor._parts(list(range(10)))] == [4, 6]
    executor.ramp = (4, 8)
    assert [len(p) for p in executor._parts(list(range(30)), last=True)] == [4, 8, 8, 8, 2]


def test_local_executor_without_helper_runs_right_away(full_nlp):
    executor = LocalExecutor(helper=False)
    assert executor.helper is None and executor.window == 0
    future = executor.process(_records()[:1], RunIdentity.of(Settings()), True)
    assert future.done() and future.result()[0].claims
    executor.close()


def test_local_executor_uses_a_helper_only_with_a_core_to_spare(monkeypatch):
    import os

    from pipeline import executors

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.9, 0.5, 0.5))
    idle = LocalExecutor()
    monkeypatch.setattr(os, "getloadavg", lambda: (6.5, 7.0, 7.0))
    busy = LocalExecutor()
    try:
        assert idle.helper is not None and idle.window == 2
        assert busy.helper is None and busy.window == 0
        assert executors.spare_core() is False
    finally:
        idle.close()
        busy.close()


def test_own_load_follows_the_kernels_one_minute_average(monkeypatch):
    """A process that used one core for the last minute counts 1 - 1/e in the 1-minute load
    average; what it used long ago counts (almost) nothing."""
    import os
    import time

    from pipeline import executors

    clock, cpu = [1000.0], [0.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(executors, "_cpu_seconds", lambda: cpu[0])
    own = executors._OwnLoad()
    assert own() == 0.0
    clock[0] += 60
    cpu[0] += 60  # one core, all the last minute
    assert abs(own() - (1 - 1 / 2.718281828)) < 1e-6
    clock[0] += 600  # then ten idle minutes
    assert own() < 1e-4
    clock[0] += 30
    cpu[0] += 60  # two cores (a helper) for half a minute
    assert abs(own() - 2 * (1 - 2.718281828 ** -0.5)) < 1e-6

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (1.6, 1.0, 0.5))  # 0.79 of it is this process
    monkeypatch.setattr(executors, "own_load", own)
    assert executors.spare_core() is True
    monkeypatch.setattr(os, "getloadavg", lambda: (2.2, 1.0, 0.5))
    assert executors.spare_core() is False


KILLED_WITH_WORKERS = """
import os, signal, sys
from pipeline.executors import LocalExecutor, PoolExecutor

executor = LocalExecutor(helper=True) if sys.argv[1] == "helper" else PoolExecutor(2)
pool = executor.helper if sys.argv[1] == "helper" else executor.pool
print(sum(pool.submit(abs, -n).result() for n in range(4)), flush=True)  # the workers are up
os.kill(os.getpid(), signal.SIGKILL)  # a crash: no shutdown, no cleanup
"""


@pytest.mark.parametrize("kind", ["helper", "pool"])
def test_workers_leave_when_the_run_is_killed(kind):
    """A run killed outright cannot shut its workers down: they leave by themselves, so nothing
    holds the run's output pipes open (a caller reading them would wait forever) or lingers."""
    done = subprocess.run([sys.executable, "-c", KILLED_WITH_WORKERS, kind],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == -signal.SIGKILL
    assert done.stdout.strip() == "6"


HOLDING_THE_INTERPRETER = """
import os, re, signal, sys, time
from pipeline.executors import LocalExecutor

executor = LocalExecutor(helper=True)
print(executor.helper.submit(abs, -1).result(), flush=True)  # the worker is up
executor.helper.submit(re.match, r"(a+)+$", "a" * 64 + "b")  # never returns, never lets go of the interpreter
time.sleep(1.0)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_worker_stuck_in_one_long_call_leaves_with_the_killed_run(tmp_path):
    """A worker busy in a call that keeps the interpreter (a C loop, here a runaway regex) cannot
    run Python code to notice that its run is gone: the kernel ends it with the run. Output goes
    to a file, so a worker left behind would be seen here, not hang the test."""
    log = tmp_path / "out"
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "-c", HOLDING_THE_INTERPRETER], stdout=out,
                                stderr=subprocess.STDOUT, text=True, start_new_session=True)
        try:
            assert proc.wait(timeout=60) == -signal.SIGKILL, log.read_text()
            left = session_left(proc.pid, 10.0)
        finally:
            kill_session(proc.pid)
    assert log.read_text().strip() == "1"
    assert not left, f"the worker outlived its run: {left}"
