"""JSONL streaming, atomic writes, the output-folder lock and the manifest."""

from __future__ import annotations

import json
import os
import socket
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pipeline.errors import ClaimsError, LockedError

DOCUMENTS = "documents.jsonl"
MENTIONS = "mentions.jsonl"
CLAIMS = "claims.jsonl"
REJECTS = "rejects.jsonl"
MANIFEST = "manifest.json"
CACHE = "cache"
LOCK = ".claims.lock"


def dumps(record: dict[str, Any]) -> str:
    """One canonical JSON line (no trailing newline): stable key order, UTF-8, no NaN."""
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": "), allow_nan=False)


def read_jsonl(path: Path, *, skip_bad: bool = False) -> Iterator[dict[str, Any]]:
    """Stream the records of a JSONL file; a bad line raises ``ClaimsError`` naming file and line."""
    for _, record in read_jsonl_numbered(path, skip_bad=skip_bad):
        yield record


def read_jsonl_numbered(path: Path, *, skip_bad: bool = False) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, record)`` for each record (blank lines are skipped but counted)."""
    path = Path(path)
    if not path.exists():
        raise ClaimsError("file not found (run the previous stage first?)", path)
    with path.open("r", encoding="utf-8", newline="\n") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                if skip_bad:
                    continue
                raise ClaimsError(f"not valid JSON ({exc.msg} at column {exc.colno})", path, lineno) from None
            if not isinstance(record, dict):
                if skip_bad:
                    continue
                raise ClaimsError("a JSONL record must be a JSON object", path, lineno)
            yield lineno, record


def count_records(path: Path) -> int:
    """The number of records in a JSONL file, without parsing them."""
    path = Path(path)
    if not path.exists():
        raise ClaimsError("file not found (run the previous stage first?)", path)
    with path.open("rb") as fh:
        return sum(1 for line in fh if line.strip())


def index_jsonl(path: Path, key: str) -> dict[str, int]:
    """``{record[key]: byte offset of its line}`` without keeping the records in memory."""
    index: dict[str, int] = {}
    with Path(path).open("rb") as fh:
        offset = 0
        for line in fh:
            if line.strip():
                index[json.loads(line)[key]] = offset
            offset += len(line)
    return index


def read_at(path: Path, offset: int) -> dict[str, Any]:
    with Path(path).open("rb") as fh:
        fh.seek(offset)
        return json.loads(fh.readline())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


FILE_MODE = 0o666 & ~_umask()  # what open() would give; mkstemp alone gives 0600


def make_temp(path: Path, binary: bool = False):
    """``(file object, temporary path)`` beside ``path``, with the usual file permissions."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, FILE_MODE)
    fh = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")
    return fh, Path(tmp)


def remove_stale_temps(out_dir: Path) -> int:
    """Delete temporary files a killed run left behind (call while holding the lock)."""
    out_dir = Path(out_dir)
    stale = list(out_dir.glob(".*.tmp")) + list((out_dir / CACHE).glob("*/.*.tmp"))
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)


class AtomicWriter:
    """Write a file under a temporary name and rename it into place on success.

    A run that is killed leaves the previous version of the file (or none) — never half a file.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fh, self.tmp = make_temp(self.path)

    def write(self, record: dict[str, Any]) -> None:
        self.fh.write(dumps(record))
        self.fh.write("\n")

    def write_many(self, records: Iterable[dict[str, Any]]) -> None:
        for record in records:
            self.write(record)

    def commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if not self.fh.closed:
            self.fh.close()
        self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> "AtomicWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


def write_atomic(path: Path, data: str | bytes) -> Path:
    """Write a whole file atomically (temporary file, fsync, rename); returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fh, tmp = make_temp(path, binary=True)
    try:
        with fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def write_json(path: Path, data: Any) -> None:
    """Atomically write a pretty, key-sorted JSON file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fh, tmp = make_temp(path)
    with fh:
        json.dump(data, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def read_manifest(out_dir: Path) -> dict[str, Any]:
    path = Path(out_dir) / MANIFEST
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ClaimsError(f"manifest is not valid JSON ({exc.msg})", path) from None


def mark_incomplete(out_dir: Path) -> None:
    """A stage run on its own changes part of the outputs: the next ``claims run`` must not
    reuse the others as if they were one complete run."""
    manifest = read_manifest(out_dir)
    if manifest.get("complete") is not False or "stamp" in manifest:
        manifest.pop("stamp", None)
        manifest["complete"] = False
        write_json(Path(out_dir) / MANIFEST, manifest)


def update_manifest(out_dir: Path, **sections: Any) -> dict[str, Any]:
    manifest = read_manifest(out_dir)
    manifest.update(sections)
    manifest["schema"] = "manifest/1"
    write_json(Path(out_dir) / MANIFEST, manifest)
    return manifest


EMPTY_LOCK_GRACE = 10.0  # seconds: a lock file still empty after this was left by a killed run


def _read_lock(lock: Path) -> dict | None:
    """The holder recorded in a lock file, ``{}`` while it is being written, None if gone."""
    try:
        text = lock.read_text(encoding="utf-8")
        age = time.time() - lock.stat().st_mtime
    except FileNotFoundError:
        return None
    try:
        return json.loads(text) if text.strip() else ({"stale": True} if age > EMPTY_LOCK_GRACE else {})
    except json.JSONDecodeError:
        return {"stale": True} if age > EMPTY_LOCK_GRACE else {}


def _stale(holder: dict, host: str) -> bool:
    if holder.get("stale"):
        return True
    pid = holder.get("pid")
    return isinstance(pid, int) and holder.get("host") == host and not _pid_alive(pid)


def _take_over(lock: Path, holder: dict | None) -> None:
    """Remove a stale lock, unless another run replaced it in the meantime."""
    if holder is None:
        return
    if _read_lock(lock) == holder:
        lock.unlink(missing_ok=True)
    else:
        time.sleep(0.05)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def locked(out_dir: Path, command: str = "claims"):
    """Hold the output folder's lock; a second run gets ``LockedError`` naming the holder.

    The lock file records pid and host; a lock left by a dead process on this host is taken over.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    lock = out_dir / LOCK
    me = {"pid": os.getpid(), "host": socket.gethostname(), "command": command}
    waited = 0
    while True:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = _read_lock(lock)
            if holder is None or _stale(holder, me["host"]):
                _take_over(lock, holder)
                continue
            if not holder and waited < 20:  # the other run is writing its lock file right now
                time.sleep(0.1)
                waited += 1
                continue
            raise LockedError(
                f"output folder is in use by another run ({holder.get('command', 'claims')}, "
                f"pid {holder.get('pid')} on {holder.get('host', '?')}); wait for it to finish, or delete "
                f"{lock} if that process is gone", out_dir) from None
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(me, fh)
        break
    remove_stale_temps(out_dir)
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)
