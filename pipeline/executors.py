"""Where ``process_batch`` runs: this process, a local process pool, or a Dask cluster.

Every executor returns results in submission order, so outputs are byte-identical whichever
runs them. At most ``window`` batches are in flight, so memory stays flat.
``process(records, run, with_claims)`` returns a future of the batch's ``DocResult`` list.
"""

from __future__ import annotations

import gc
import logging
import math
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from pipeline.errors import ClaimsError

log = logging.getLogger(__name__)
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _fork():
    """The fork context where there is one (workers then share the loaded model's memory)."""
    return multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None


def _die_with_parent() -> None:
    """On Linux, ask the kernel to kill this process when its parent dies: that holds whatever this
    process is doing (even a call that never gives the interpreter back), where a watching thread
    needs the interpreter to run."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # pragma: no cover - no prctl in this libc
        pass


def _exit_with_parent(parent: int) -> None:
    """Worker initializer: leave as soon as the process that started this worker is gone. A run
    killed outright (SIGKILL, the OOM killer) cannot shut its pool down; without this its workers
    would wait for work forever, holding the run's stdout and stderr open."""
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before the kernel was asked
        os._exit(1)

    def watch() -> None:  # where the kernel cannot be asked
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
    from pipeline import progress

    progress._ACTIVE.clear()  # a forked worker inherits the run's open bar: it must not draw it


def _pool(workers: int, context) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=context,
                               initializer=_exit_with_parent, initargs=(os.getpid(),))


def spare_core() -> bool:
    """Whether the machine has a core to spare: the load of the last minute, less this process's
    own part of it (``own_load``), leaves at least one core free. Without the discount a process
    that has just worked for a minute (a benchmark's earlier rounds, a service running one batch
    after another) would see its own load and never use a helper. A helper process only pays when
    it runs beside the model; on a busy machine it costs more than it saves."""
    try:
        load = os.getloadavg()[0]
    except OSError:  # pragma: no cover - no load average on this platform
        return False
    return load - own_load() <= (os.cpu_count() or 1) - 1


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (its helpers and workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


class _OwnLoad:
    """This process's part of the 1-minute load average, estimated from its CPU time: the kernel
    averages the number of running processes with weights that fall by ``e`` a minute, so a
    process that used ``r`` cores from ``a`` to ``b`` seconds ago adds ``r·(e^(-b/60) - e^(-a/60))``.
    The CPU time is sampled at each call (and when this module is imported; before that the
    process is taken to have used one core). A process waiting for a core counts in the load but
    uses no CPU time, so on a crowded machine the estimate is low and the test stays cautious."""

    MINUTE = 60.0  # the time constant of the 1-minute load average
    KEEP = 600.0  # older intervals add less than e^-10

    def __init__(self):
        now, cpu = time.monotonic(), _cpu_seconds()
        self.samples = [(now - cpu, 0.0), (now, cpu)]

    def __call__(self) -> float:
        now = time.monotonic()
        self.samples.append((now, _cpu_seconds()))
        while len(self.samples) > 2 and now - self.samples[1][0] > self.KEEP:
            del self.samples[0]
        load = 0.0
        for (a, used_a), (b, used_b) in zip(self.samples, self.samples[1:]):
            if b > a:
                weight = math.exp((b - now) / self.MINUTE) - math.exp((a - now) / self.MINUTE)
                load += (used_b - used_a) / (b - a) * weight
        return load


own_load = _OwnLoad()


def helper_pool(wanted: bool | None = None) -> ProcessPoolExecutor | None:
    """One forked helper process when ``wanted`` (by default: when the machine has a core to
    spare) and processes can fork (else None)."""
    context = _fork() if (spare_core() if wanted is None else wanted) else None
    return _pool(1, context) if context else None


def shared(pool: ProcessPoolExecutor | None, fn, calls: list[tuple]) -> list:
    """``[fn(*args) for args in calls]``: the pool's worker takes them from the front while this
    process takes them from the back, until they meet (all of them here without a pool)."""
    if pool is None:
        return [fn(*args) for args in calls]
    return _meet([pool.submit(fn, *args) for args in calls], lambda i: fn(*calls[i]))


def _meet(futures: list[Future], here) -> list:
    """The results of ``futures`` in order, where ``here(i)`` runs in this process the call of each
    future its worker has not started, from the last one back until the first it has started."""
    results: list = []
    for i in reversed(range(len(futures))):
        if not futures[i].cancel():  # the worker has started it, so every one before it
            break
        results.append(here(i))
    done = [future.result() for future in futures[:len(futures) - len(results)]]
    return done + results[::-1]


class LocalExecutor:
    """The model runs in this process. With a ``helper`` (by default: when the machine has a core
    to spare and processes can fork), this process runs only the model's neural components and
    one helper process the rest of each document — the pipes of ``nlp.after_model`` (the model's
    attribute ruler and lemmatizer, our rule components), the mention and claim records and the
    cache entry — while the model parses the next batch, so a run takes about as long as the
    neural components alone. Documents the helper has not started when their results are wanted
    are done here, from the end of the batch while the helper works from its start. Without a
    helper, each batch is processed right away in this process. Outputs are the same either way."""

    workers = 1

    #: the first batch goes through the model in parts of these sizes first, so the helper starts
    #: early, and the last in parts of ``TAIL``, so little is left for the helper when the model is
    #: done (a smaller model batch costs more per word: not in between, when the helper has work)
    RAMP = (4, 8)
    TAIL = 8

    def __init__(self, helper: bool | None = None):
        self.helper = helper_pool(helper)  # forked at the first batch, model loaded
        # 0: nothing in flight, results written as they exist; 2: the model parses two batches ahead
        # of the one being written, so the helper has finished it (else this process takes part)
        self.window = 2 if self.helper else 0
        self.ramp = self.RAMP
        # The objects that exist when the helper is forked (the model's, mostly) are left out of
        # the cyclic garbage collector until close(): its full passes over them cost this process
        # 0.1 s a run and, in the helper, would copy the shared memory pages they touch.
        self.frozen: bool | None = None

    def submit(self, fn, *args) -> Future:
        future: Future = Future()
        future.set_result(fn(*args))
        return future

    def process(self, records: list, run, with_claims: bool, last: bool = False):
        from pipeline.work import finish_packed, model_batch, pack_parse, process_batch

        if self.helper is None:
            return self.submit(process_batch, records, run, with_claims)
        if self.frozen is None:  # before the helper is forked: see close()
            self.frozen = gc.get_freeze_count() == 0
            if self.frozen:
                gc.freeze()
        futures, parsed = [], []
        for part in self._parts(records, last):
            parsed += model_batch(part, run)
            futures += [self.helper.submit(finish_packed, record, pack_parse(record, chunks), run, with_claims)
                        for record, chunks in zip(part, parsed[-len(part):])]
        return _Finishing(futures, records, parsed, run, with_claims)

    def _parts(self, records: list, last: bool = False) -> list[list]:
        """The batch in the parts the model parses before handing them over: whole, but the first
        (``RAMP``) and the last (``TAIL``)."""
        sizes, self.ramp = self.ramp, ()
        parts, start = [], 0
        for size in sizes:
            if start < len(records):
                parts.append(records[start:start + size])
                start += size
        step = self.TAIL if last else max(1, len(records) - start)
        return parts + [records[i:i + step] for i in range(start, len(records), step)]

    def close(self) -> None:
        if self.helper is not None:
            self.helper.shutdown(wait=True, cancel_futures=True)
        if self.frozen:
            gc.unfreeze()


class _Finishing:
    """A batch being finished by the helper, one future per document; ``result()`` gives the
    results, first doing here (from the end of the batch) what the helper has not started."""

    def __init__(self, futures: list[Future], records: list, parsed: list, run, with_claims: bool):
        self.futures, self.records, self.parsed = futures, records, parsed
        self.run, self.with_claims = run, with_claims

    def result(self) -> list:
        from pipeline.work import finish_parse

        return _meet(self.futures, lambda i: finish_parse(self.records[i], self.parsed[i], self.run, self.with_claims))


class _Submitting:
    """``process`` for executors that run whole batches (model and outputs) in their workers."""

    def process(self, records: list, run, with_claims: bool, last: bool = False):
        from pipeline.work import process_batch

        return self.submit(process_batch, records, run, with_claims)


class PoolExecutor(_Submitting):
    """A pool of worker processes on this machine; each loads the model once."""

    def __init__(self, workers: int):
        self.workers = workers
        self.window = 2 * workers
        self.pool = _pool(workers, _fork())

    def submit(self, fn, *args) -> Future:
        return self.pool.submit(fn, *args)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor(_Submitting):
    """A Dask cluster: an existing scheduler, or a local cluster of ``workers`` processes."""

    def __init__(self, workers: int, scheduler: str | None = None):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise ClaimsError("--executor dask needs the dask extra: pip install 'claims-pipeline[dask]'") from None
        self.cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout="20s")
            except OSError as exc:
                raise ClaimsError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        host="127.0.0.1", dashboard_address=None)
            self.client = Client(self.cluster)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)
        self.window = 2 * self.workers
        log.info("dask: %s with %d workers", self.client.scheduler.address, self.workers)

    def submit(self, fn, *args) -> Any:
        return self.client.submit(fn, *args, pure=False)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_executor(kind: str = "local", workers: int = 1, scheduler: str | None = None):
    if kind == "dask":
        return DaskExecutor(workers, scheduler)
    if kind != "local":
        raise ClaimsError(f"unknown executor {kind!r}: choose local or dask")
    return PoolExecutor(workers) if workers > 1 else LocalExecutor()
