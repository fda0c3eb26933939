"""JSONL streaming, atomic writes, the output-folder lock, the manifest and run generations.

A run folder's files (``documents.jsonl``, ``mentions.jsonl``, ``claims.jsonl``,
``rejects.jsonl``, ``manifest.json``) change together, in one step: a stage writes a new
*generation* of them in a private folder under ``generations/``, and commits it by pointing the
symbolic link ``generations/current`` at it with one ``rename(2)``. The documented paths
(``outputs/documents.jsonl`` …) are fixed symbolic links into ``generations/current/``, so at every
instant — even after a SIGKILL — they show one complete generation, never a mix of two.
The manifest of a generation records each file's size, SHA-256, record count and which files it
was made from; :func:`open_run` checks them so that readers refuse a folder whose files disagree.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from pipeline.errors import ClaimsError, LockedError

DOCUMENTS = "documents.jsonl"
MENTIONS = "mentions.jsonl"
CLAIMS = "claims.jsonl"
REJECTS = "rejects.jsonl"
MANIFEST = "manifest.json"
CACHE = "cache"
LOCK = ".claims.lock"
GENERATIONS = "generations"
CURRENT = "current"
#: The files of one generation, in the order they are checked.
RUN_FILES = (DOCUMENTS, REJECTS, MENTIONS, CLAIMS)


def dumps(record: dict[str, Any]) -> str:
    """One canonical JSON line (no trailing newline): stable key order, UTF-8, no NaN."""
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": "), allow_nan=False)


def json_error(exc: json.JSONDecodeError) -> str:
    """``not valid JSON (problem at column N)`` for one line of JSONL (json's own messages may end
    in "at" already). The column is counted in the line itself: a line cut short fails past its
    last character (json would point at column 1 of the "next line", after the newline), which
    reads ``at column N, the end of the line``."""
    body = str(exc.doc).split("\n", 1)[0].rstrip("\r")  # a JSONL record is one line
    column = min(exc.pos, len(body)) + 1
    where = f"column {column}, the end of the line" if column > len(body) else f"column {column}"
    return f"not valid JSON ({exc.msg.removesuffix(' at')} at {where})"


def read_jsonl(path: Path, *, skip_bad: bool = False) -> Iterator[dict[str, Any]]:
    """Stream the records of a JSONL file; a bad line raises ``ClaimsError`` naming file and line."""
    for _, record in read_jsonl_numbered(path, skip_bad=skip_bad):
        yield record


def read_jsonl_numbered(path: Path, *, skip_bad: bool = False) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, record)`` for each record (blank lines are skipped but counted)."""
    path = Path(path)
    if not path.exists():
        raise ClaimsError("file not found (run the previous stage first?)", path)
    with path.open("rb") as fh:  # lines end at b"\n" only: U+2028, U+0085 … stay inside records
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                if skip_bad:
                    continue
                why = (json_error(exc) if isinstance(exc, json.JSONDecodeError)
                       else f"not UTF-8 (byte {exc.start + 1})")
                raise ClaimsError(why, path, lineno) from None
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
    stale = (list(out_dir.glob(".*.tmp")) + list((out_dir / CACHE).glob("*/.*.tmp"))
             + list((out_dir / GENERATIONS).glob(".*.tmp")))
    for path in stale:
        path.unlink(missing_ok=True)
    unfinished = list((out_dir / GENERATIONS).glob(".new-*"))  # generations never committed
    for folder in unfinished:
        shutil.rmtree(folder, ignore_errors=True)
    return len(stale) + len(unfinished)


class CommitOnExit:
    """A ``with`` block over something written in steps: a clean exit commits it (``commit()``),
    an exception aborts it (``abort()``); the subclass defines both."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


class AtomicWriter(CommitOnExit):
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

    def write_lines(self, lines: str) -> None:
        """Lines as ``write`` writes them (each ending in a newline), copied from an earlier file."""
        self.fh.write(lines)

    def commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if not self.fh.closed:
            self.fh.close()
        self.tmp.unlink(missing_ok=True)


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


def mark_incomplete(manifest: dict[str, Any]) -> None:
    """A stage run on its own changes part of the outputs: the next ``claims run`` must not
    reuse the others as if they were one complete run."""
    manifest.pop("stamp", None)
    manifest["complete"] = False


def update_manifest(out_dir: Path, **sections: Any) -> dict[str, Any]:
    """Commit a generation that changes only the manifest (merging ``sections`` into it)."""
    with Generation(out_dir) as gen:
        gen.manifest.update(sections)
    return gen.manifest


# ------------------------------------------------------------------ generations
def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def file_info(path: Path) -> dict[str, Any]:
    """``{"bytes", "sha256", "records"}`` of a file (records: non-blank lines), in one streamed pass."""
    digest, size, records = hashlib.sha256(), 0, 0
    with Path(path).open("rb") as fh:
        for line in fh:
            digest.update(line)
            size += len(line)
            records += bool(line.strip())
    return {"bytes": size, "sha256": digest.hexdigest(), "records": records}


def current_generation(out_dir: Path) -> Path | None:
    """The folder of the committed generation (resolved once), or None for a flat folder."""
    root = Path(out_dir) / GENERATIONS
    try:
        target = os.readlink(root / CURRENT)
    except OSError:
        return None
    return root / target


def _point(link: Path, target: str) -> None:
    """Make ``link`` a symbolic link to ``target`` with one rename (atomic, even over a file)."""
    tmp = link.parent / f".{link.name}.{os.getpid()}.tmp"
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    os.replace(tmp, link)


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:  # a file system without hard links
        shutil.copy2(src, dst)


def _commit_folder(out_dir: Path, folder: Path, base: Path | None) -> Path:
    """Rename a finished private folder to the next generation and switch ``current`` to it."""
    root = Path(out_dir) / GENERATIONS
    number = int(base.name[1:]) + 1 if base is not None and base.name[1:].isdigit() else 1
    final = root / f"g{number:06d}"
    if final.exists():  # left by a run killed after the rename, before the switch
        shutil.rmtree(final)
    os.rename(folder, final)
    _fsync_dir(root)
    _point(root / CURRENT, final.name)  # the commit: one rename(2)
    _fsync_dir(root)
    names = [n for n in (*RUN_FILES, MANIFEST) if (final / n).exists()]
    for name in names:  # fixed links at the documented paths (created once)
        link = Path(out_dir) / name
        if not link.is_symlink():
            _point(link, f"{GENERATIONS}/{CURRENT}/{name}")
    for old in root.glob("g*"):  # keep the previous generation for readers still on it
        if old.name not in (final.name, base.name if base is not None else None):
            shutil.rmtree(old, ignore_errors=True)
    return final


def _adopt_flat_files(out_dir: Path) -> None:
    """Move a folder written by an older version (plain files) to generations.

    First a generation of hard links to the plain files is committed, then each plain file is
    replaced by its link: every path shows the same bytes before and after each step.
    """
    out_dir = Path(out_dir)
    plain = [n for n in (*RUN_FILES, MANIFEST) if (out_dir / n).is_file() and not (out_dir / n).is_symlink()]
    if not plain:
        return
    if current_generation(out_dir) is None:
        root = out_dir / GENERATIONS
        root.mkdir(exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=".new-", dir=root))
        for name in plain:
            _link_or_copy(out_dir / name, folder / name)
        _commit_folder(out_dir, folder, None)
    for name in plain:
        _point(out_dir / name, f"{GENERATIONS}/{CURRENT}/{name}")


class Generation(CommitOnExit):
    """The next generation of a run folder's files, committed in one atomic step (hold the lock).

    ``writer(name, made_from)`` gives an :class:`AtomicWriter` into the private folder; ``manifest``
    starts as the current manifest and is changed freely. ``commit()`` hard-links the files this
    generation does not rewrite from the current one, writes the manifest (with each file's
    size, hash, record count and the hashes of the files it was ``made_from``) and switches.
    Until then, and if anything fails (``abort``), readers see the previous generation.
    """

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        _adopt_flat_files(self.out_dir)
        self.base = current_generation(self.out_dir)
        root = self.out_dir / GENERATIONS
        root.mkdir(exist_ok=True)
        self.dir = Path(tempfile.mkdtemp(prefix=".new-", dir=root))
        os.chmod(self.dir, 0o777 & ~_umask())
        self.manifest: dict[str, Any] = read_manifest(self.base or self.out_dir)
        self.writers: dict[str, AtomicWriter] = {}
        self.made_from: dict[str, tuple[str, ...]] = {}

    def writer(self, name: str, made_from: tuple[str, ...] = ()) -> AtomicWriter:
        self.writers[name] = AtomicWriter(self.dir / name)
        self.made_from[name] = tuple(made_from)
        return self.writers[name]

    def commit(self) -> Path:
        for writer in self.writers.values():
            writer.commit()
        old_files = self.manifest.get("files") or {}
        files: dict[str, Any] = {}
        for name in RUN_FILES:
            if name not in self.writers:
                source = self.base / name if self.base is not None else None
                if source is None or not source.exists():
                    continue
                _link_or_copy(source, self.dir / name)
            files[name] = file_info(self.dir / name)
            if name not in self.writers and isinstance(old_files.get(name), dict):
                if old_files[name].get("sha256") == files[name]["sha256"]:
                    files[name]["made_from"] = old_files[name].get("made_from", {})
        for name, deps in self.made_from.items():
            files[name]["made_from"] = {d: files[d]["sha256"] for d in deps if d in files}
        self.manifest.update(schema="manifest/1", files=files)
        write_json(self.dir / MANIFEST, self.manifest)
        _fsync_dir(self.dir)
        return _commit_folder(self.out_dir, self.dir, self.base)

    def abort(self) -> None:
        for writer in self.writers.values():
            writer.abort()
        shutil.rmtree(self.dir, ignore_errors=True)


class RunFolder:
    """A run folder as readers see it: the files of one generation, resolved once."""

    def __init__(self, out_dir: Path):
        self.root = Path(out_dir)
        self.dir = current_generation(self.root) or self.root
        self.manifest = read_manifest(self.dir)

    def path(self, name: str) -> Path:
        return self.dir / name

    def problems(self) -> list[str]:
        """Why the files do not belong together ([] when they do, or when the manifest, written
        by an older version or absent, says nothing about them)."""
        files = self.manifest.get("files")
        if not isinstance(files, dict):
            return []
        out = []
        for name in RUN_FILES:
            path, expected = self.path(name), files.get(name)
            if expected is None:
                if path.exists():
                    out.append(f"{name} is not recorded in manifest.json (written by something else?)")
                continue
            if not path.exists():
                out.append(f"{name} is missing (manifest.json records {expected.get('records')} records)")
                continue
            actual = file_info(path)
            if (actual["bytes"], actual["sha256"]) != (expected.get("bytes"), expected.get("sha256")):
                out.append(f"{name} is not the file manifest.json records ({actual['records']} records, "
                           f"expected {expected.get('records')}): changed after the run")
        for name, expected in files.items():
            for dep, sha in (expected.get("made_from") or {}).items():
                if (files.get(dep) or {}).get("sha256") != sha:
                    out.append(f"{name} was made from another version of {dep} ({_redo(name)})")
        return out

    def check(self) -> "RunFolder":
        """Raise ``ClaimsError`` when the files disagree."""
        problems = self.problems()
        if problems:
            raise ClaimsError("the files of this run folder do not belong together: " + "; ".join(problems)
                              + ". Run `claims run` (or the stages named) again, or `claims validate` for details",
                              self.root)
        return self


def _redo(name: str) -> str:
    return {MENTIONS: "run `claims annotate`", CLAIMS: "run `claims extract`"}.get(name, "run `claims run`")


def open_run(out_dir: Path, check: bool = True) -> RunFolder:
    """The run folder's committed generation; with ``check``, refuse one whose files disagree."""
    folder = RunFolder(out_dir)
    return folder.check() if check else folder


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
