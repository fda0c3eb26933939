"""Where ``process_batch`` runs: this process, a local process pool, or a Dask cluster.

Every executor returns results in submission order, so outputs are byte-identical whichever
runs them. At most ``window`` batches are in flight, so memory stays flat.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from pipeline.errors import ClaimsError

log = logging.getLogger(__name__)


class LocalExecutor:
    """Runs each batch right away in this process."""

    workers = 1
    window = 0  # nothing is in flight: results are written as soon as they exist

    def submit(self, fn, *args) -> Future:
        future: Future = Future()
        future.set_result(fn(*args))
        return future

    def close(self) -> None:
        pass


class PoolExecutor:
    """A pool of worker processes on this machine; each loads the model once."""

    def __init__(self, workers: int):
        import multiprocessing

        self.workers = workers
        self.window = 2 * workers
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))

    def submit(self, fn, *args) -> Future:
        return self.pool.submit(fn, *args)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor:
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
