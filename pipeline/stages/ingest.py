"""Ingest: input files and folders → ``documents.jsonl`` (+ ``rejects.jsonl``).

Formats: ``.txt`` and ``.md`` (optional front matter), ``.html``/``.htm`` (main text extracted
with trafilatura), ``.jsonl`` (one document per line), ``.tml`` (TimeML: the tag-stripped text,
so a run can be scored against the file's TIMEX3 gold). UTF-8 with or without BOM; other encodings
are detected with charset-normalizer. Every input that cannot be used goes to ``rejects.jsonl``
with its path and a reason; the others go on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, NamedTuple

from pipeline import io
from pipeline.errors import ClaimsError
from pipeline.schemas import REJECT, document_record

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TIMEML_SUFFIXES = {".tml"}
SUPPORTED = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | TIMEML_SUFFIXES
#: Files of an annotated corpus that are not articles: brat standoff annotations beside each text
#: and brat's configuration files.
BRAT_CONFIG = {"annotation.conf", "visual.conf", "tools.conf", "kb_shortcuts.conf"}
#: A folder's own notes (``README.md``, ``INDEX.md``, ``readme.txt``): not articles. (An
#: ``index.html`` is often the article of a saved web page: it is read.)
NOTE_STEMS = {"readme", "index"}


def skip_reason(name: str) -> str | None:
    """Why a file met while walking a folder is not an input (None: it is one)."""
    lower = name.lower()
    if lower.endswith(".ann"):
        return "annotation files (.ann)"
    if lower in BRAT_CONFIG:
        return "brat configuration files"
    stem, _, suffix = lower.rpartition(".")
    if lower == "readme" or (stem in NOTE_STEMS and f".{suffix}" in TEXT_SUFFIXES | MARKDOWN_SUFFIXES):
        return "folder notes (README, INDEX)"
    return None


class Reject(Exception):
    """An input that cannot be processed; ``reason`` is said to the user."""

    def __init__(self, reason: str, line: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.line = line


@dataclass
class IngestResult:
    documents: int = 0
    rejects: int = 0
    reject_records: list[dict[str, Any]] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)  # files in the folders that are not articles, by reason


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ discovering inputs
RUN_MARKERS = ("manifest.json", ".claims.lock")


def is_run_folder(folder: Path) -> bool:
    """A folder written by ``claims`` (its outputs are never read back as articles)."""
    return (folder / "documents.jsonl").exists() and any((folder / m).exists() for m in RUN_MARKERS)


class InputFile(NamedTuple):
    """A file to read (``root`` is what its ``doc_id`` is relative to), or a folder that could not
    be read (``problem`` says why; it becomes a reject and the run goes on)."""

    path: Path
    root: Path
    problem: str | None = None


def _unreadable(exc: OSError) -> str:
    return f"cannot read folder: {exc.strerror or exc}"


def _subfolders(here: Path, dirs: list[str], skip: Path | None, bad: list[InputFile], root: Path) -> list[str]:
    """The subfolders to walk into (sorted); hidden ones, the output folder and run folders are
    skipped, and one whose contents cannot be listed is recorded in ``bad``."""
    keep = []
    for name in sorted(dirs):
        folder = here / name
        if name.startswith("."):
            continue
        try:
            if folder.resolve() == skip or is_run_folder(folder):
                continue
        except OSError as exc:
            bad.append(InputFile(folder, root, _unreadable(exc)))
            continue
        keep.append(name)
    return keep


def iter_input_files(inputs: list[Path], exclude: Path | None = None,
                     skipped: Counter | None = None) -> Iterator[InputFile]:
    """Input files in a stable order; a folder is walked recursively.

    The root is what ``doc_id`` is made relative to: the folder given, or a file's own folder.
    Hidden files and folders (``.name``), ``exclude`` (the output folder) and any other run
    folder are skipped; so are the files of a folder that are not articles (:func:`skip_reason`:
    brat ``.ann`` files, ``README``/``INDEX`` notes), counted by reason in ``skipped``. A folder
    that cannot be read is yielded with its ``problem``. Every input is checked to exist before
    anything is read; a file named on its own is always read.
    """
    inputs = [Path(item) for item in inputs]
    for item in inputs:
        if not item.exists():
            raise ClaimsError("no such file or folder", item)
    skip = exclude.resolve() if exclude is not None else None
    for item in inputs:
        if item.is_file():
            yield InputFile(item, item.parent)
            continue
        bad: list[InputFile] = []
        for folder, dirs, files in os.walk(item, onerror=lambda exc, root=item: bad.append(
                InputFile(Path(exc.filename), root, _unreadable(exc)))):
            yield from bad
            bad.clear()
            here = Path(folder)
            dirs[:] = _subfolders(here, dirs, skip, bad, item)
            for name in sorted(files):
                if name.startswith("."):
                    continue
                reason = skip_reason(name)
                if reason is None:
                    yield InputFile(here / name, item)
                elif skipped is not None:
                    skipped[reason] += 1
        yield from bad


# ------------------------------------------------------------------ decoding
def decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding)``; raises ``Reject`` for binary or undecodable bytes."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16/32 with a BOM
        for enc in ("utf-32", "utf-16"):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                continue
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise Reject("binary file (NUL bytes, not text in any known encoding)")
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(data) if m.chaos <= 0.2]
    if not matches:
        raise Reject("not UTF-8 and no text encoding could be detected (binary or corrupt file?)")
    # charset-normalizer ranks by "chaos", then language coherence. Single-byte code pages that
    # decode a text about equally cleanly (cp1250 vs cp1252: "£" or "Ł", "é" either way) are told
    # apart better by how common the encoding is than by a language guess on a short text.
    cleanest = min(m.chaos for m in matches)
    close = [m for m in matches if m.chaos <= cleanest + 0.05]
    best = min(close, key=lambda m: (_rank(m.encoding), round(m.chaos, 3), -round(m.coherence, 3)))
    return str(best), best.encoding


COMMON_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "shift_jis", "euc_jp",
                    "gb18030", "gb2312", "big5", "euc_kr", "cp1256", "cp1253", "cp1254", "cp1250")


def _rank(encoding: str) -> int:
    return COMMON_ENCODINGS.index(encoding) if encoding in COMMON_ENCODINGS else len(COMMON_ENCODINGS)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Front matter (``---`` … ``---`` with ``key: value`` lines) and the text after it.

    Raises ``Reject`` for a block that starts like front matter but is malformed; the caller
    then keeps the whole text as the document, with a warning.
    """
    if not text.startswith("---"):
        return {}, text
    lines = re.findall(r"[^\n]*\n|[^\n]+$", text)  # at "\n" only, like every reader here
    if lines[0].strip() != "---":
        return {}, text
    meta: dict[str, Any] = {}
    consumed = len(lines[0])
    for lineno, line in enumerate(lines[1:], 2):
        consumed += len(line)
        if line.strip() in ("---", "..."):
            body = text[consumed:]
            return meta, body.lstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise Reject(f"front matter line {lineno} is not 'key: value'", lineno)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[key.strip().lower()] = value
    raise Reject("front matter starts with '---' but is never closed")


# ------------------------------------------------------------------ readers per format
def read_text_file(data: bytes) -> list[tuple[int | None, dict[str, Any]]]:
    text, encoding = decode(data)
    try:
        meta, body = split_front_matter(text)
    except Reject as exc:  # not front matter after all: keep every character of the text
        meta, body = {"warnings": [f"front matter ignored: {exc.reason}"]}, text
    raw = {**meta, "text": body}
    if encoding != "utf-8":
        raw.setdefault("meta", {})
        if isinstance(raw["meta"], dict):
            raw["meta"]["encoding"] = encoding
    return [(None, raw)]


#: libxml2 (under trafilatura) stops at 256 levels of nested elements; deeper ones are dropped
#: (their text kept) before a second try.
MAX_HTML_DEPTH = 200
VOID_ELEMENTS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
PARAGRAPHS = frozenset("p h1 h2 h3 h4 h5 h6 li title".split())  # kept at any depth: they separate text


class _Flatten(HTMLParser):
    """Re-serialize HTML with at most ``max_depth`` levels of elements: tags nested deeper are
    dropped (paragraphs and headings excepted), their text and entities kept (linear: end tags
    are matched near the top of the stack only)."""

    def __init__(self, max_depth: int):
        super().__init__(convert_charrefs=False)
        self.max_depth, self.out, self.stack = max_depth, [], []

    def handle_starttag(self, tag, attrs):
        if tag in VOID_ELEMENTS:
            self.out.append(self.get_starttag_text() or "")
            return
        keep = len(self.stack) < self.max_depth or tag in PARAGRAPHS
        self.stack.append((tag, keep))
        if keep:
            self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, max(-1, len(self.stack) - 33), -1):
            if self.stack[depth][0] == tag:
                while len(self.stack) > depth:
                    name, keep = self.stack.pop()
                    if keep:
                        self.out.append(f"</{name}>")
                return

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text() or "")

    def handle_data(self, data):
        self.out.append(data)

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")


def flatten_html(html: str, max_depth: int = MAX_HTML_DEPTH) -> str:
    parser = _Flatten(max_depth)
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


def _extract_html(html: str) -> dict[str, Any]:
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=True)
    return extracted.as_dict() if hasattr(extracted, "as_dict") else (extracted or {})


def read_html_file(data: bytes) -> list[tuple[int | None, dict[str, Any]]]:
    html, _ = decode(data)
    meta = _extract_html(html)
    if not (meta.get("text") or "").strip():  # nested too deep for libxml2? flatten and retry
        meta = _extract_html(flatten_html(html))
    body = meta.get("text") or ""
    if not body.strip():
        raise Reject("HTML page has no article text that could be extracted")
    # trafilatura separates paragraphs by single newlines; a blank line between paragraphs
    # keeps sentence segmentation from running across them.
    text = "\n\n".join(line for line in body.split("\n") if line.strip())
    return [(None, {"text": text, "title": meta.get("title"), "published": meta.get("date"),
                    "url": meta.get("url"), "source": meta.get("sitename")})]


def read_timeml_file(path: Path) -> list[tuple[int | None, dict[str, Any]]]:
    """A TimeML file's text (tags stripped) with its creation time as ``published``; id = file stem."""
    from pipeline.evaluation.timeml import TimeMLError, read_tml

    try:
        doc, _ = read_tml(path)
    except TimeMLError as exc:
        raise Reject(str(exc).split(": ", 1)[-1]) from None
    return [(None, {"id": doc["doc_id"], "text": doc["text"], "title": doc.get("title"),
                    "published": doc.get("published")})]


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str | Reject]]:
    """Lines of a JSONL file, streamed; split on newlines only (a JSON string may hold U+2028)."""
    with path.open("rb") as fh:
        head = fh.read(4)
        fh.seek(0)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16/32: decode whole (rare)
            text, _ = decode(fh.read())
            yield from enumerate(text.split("\n"), 1)
            return
        for lineno, raw in enumerate(fh, 1):
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield lineno, raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield lineno, Reject(f"not UTF-8 (byte {exc.start + 1}); JSONL must be UTF-8", lineno)


def read_jsonl_file(path: Path) -> Iterator[tuple[int | None, dict[str, Any] | Reject]]:
    empty = True
    for lineno, line in _jsonl_lines(path):
        if isinstance(line, Reject):
            empty = False
            yield lineno, line
            continue
        if not line.strip():
            continue
        empty = False
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            yield lineno, Reject(io.json_error(exc), lineno)
            continue
        if not isinstance(raw, dict):
            yield lineno, Reject("a JSONL line must be a JSON object with a 'text' field", lineno)
            continue
        yield lineno, raw
    if empty:
        raise Reject("empty file")


# ------------------------------------------------------------------ records
def normalize_published(value: Any) -> tuple[str | None, str | None]:
    """``(ISO string or None, warning or None)`` for a ``published`` value."""
    if value in (None, ""):
        return None, None
    if isinstance(value, str):
        s = value.strip()
        try:
            if len(s) == 10:
                return dt.date.fromisoformat(s).isoformat(), None
            return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).isoformat(), None
        except ValueError:
            pass
    return None, f"published {value!r} is not an ISO date or datetime; ignored"


#: A "word" this long (ASCII, no space) is code, encoded data or a URL, not prose.
BLOB_WORD = 40
#: A text with more than this share of its characters in such words is a blob (base64, minified code).
BLOB_SHARE = 0.5
BLOB_MIN_CHARS = 500  # shorter texts (a headline and a long link) are left alone
#: No word of prose is this long; the tokenizer's work on one grows with the square of its length.
MAX_WORD = 5_000
_WORD_RE = re.compile(r"\S+")
#: Minified code: hardly any spaces, and full of ASCII symbols (prose: ~16 % spaces, ~3 % symbols).
CODE_MAX_SPACE, CODE_MIN_SYMBOLS = 0.05, 0.2
_SYMBOL_RE = re.compile(r"[!-/:-@\[-`{-~]")
_SPACE_RE = re.compile(r"\s")


def blob_reason(text: str) -> str | None:
    """Why ``text`` is not prose the pipeline should read (None when it is), in one linear pass."""
    total = long_chars = longest = 0
    for m in _WORD_RE.finditer(text):
        n = m.end() - m.start()
        total += n
        longest = max(longest, n)
        if n >= BLOB_WORD and m.group().isascii():
            long_chars += n
    if longest > MAX_WORD:
        return (f"not prose: a run of {longest:,} characters without a space (the limit is {MAX_WORD:,}); "
                "encoded data or minified code?")
    if total >= BLOB_MIN_CHARS and long_chars > BLOB_SHARE * total:
        return (f"not prose: {long_chars / total:.0%} of its characters are in 'words' of {BLOB_WORD} or more "
                "characters (base64, minified code or other encoded data?)")
    if len(text) >= BLOB_MIN_CHARS:
        spaces, symbols = len(_SPACE_RE.findall(text)), len(_SYMBOL_RE.findall(text))
        if spaces < CODE_MAX_SPACE * len(text) and symbols > CODE_MIN_SYMBOLS * len(text):
            return (f"not prose: {symbols / len(text):.0%} symbols and {spaces / len(text):.0%} spaces "
                    "(minified code?)")
    return None


def _text_of(raw: dict[str, Any]) -> str:
    if "text" not in raw:
        raise Reject("record has no 'text' field")
    text = raw["text"]
    if text is None:
        raise Reject("'text' is null")
    if not isinstance(text, str):
        raise Reject(f"'text' must be a string, not {_json_type(text)}")
    if not text.strip():
        raise Reject("document text is empty")
    blob = blob_reason(text)
    if blob:
        raise Reject(blob)
    return text


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", bool: "a boolean", int: "a number", float: "a number",
             str: "a string"}
    return names.get(type(value), type(value).__name__)


def _metadata(raw: dict[str, Any], warnings: list[str]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """``title``/``url``/``source`` as text and ``meta`` as an object; anything else is ignored
    with a warning (never stored as Python's rendering of it)."""
    strings: dict[str, Any] = {}
    for key in ("title", "url", "source"):
        value = raw.get(key)
        if value is None or isinstance(value, str):
            strings[key] = value
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            strings[key] = str(value)
        else:
            strings[key] = None
            warnings.append(f"{key} is {_json_type(value)}, not text; ignored")
    meta = raw.get("meta")
    if meta is not None and not isinstance(meta, dict):
        warnings.append(f"meta is {_json_type(meta)}, not an object; ignored")
        meta = None
    return strings, meta or None


def make_document(raw: dict[str, Any], doc_id: str, path: str, default_published: str | None) -> dict[str, Any]:
    text = _text_of(raw)
    published, warning = normalize_published(raw.get("published"))
    extra: dict[str, Any] = {}
    warnings = list(raw.get("warnings") or []) + ([warning] if warning else [])
    strings, meta = _metadata(raw, warnings)
    if warnings:
        extra["warnings"] = warnings
        for item in warnings:
            log.warning("%s: %s", path, item)
    if published is None and default_published:
        published = default_published
        extra["published_from"] = "default"
    if meta:
        extra["meta"] = meta
    return document_record(doc_id, sha256_text(text), text, published=published, path=path,
                           **strings, **extra)


def reject_record(path: str, reason: str, line: int | None = None, doc_id: str | None = None) -> dict:
    return {"schema": REJECT, "path": path, "line": line, "doc_id": doc_id, "reason": reason}


def iter_documents(inputs: list[Path], default_published: str | None = None,
                   exclude: Path | None = None, skipped: Counter | None = None) -> Iterator[dict[str, Any]]:
    """Documents and reject records (``schema`` tells which), streamed in a stable order.

    A reject of a whole file carries the ``doc_id`` the file would have had (``path`` relative
    to its root), so an incremental run knows that document is no longer valid.
    """
    seen: set[str] = set()
    for path, root, problem in iter_input_files(inputs, exclude, skipped):
        rel = path.relative_to(root).as_posix()
        if problem:
            yield reject_record(str(path), problem)
            continue
        yield from _file_records(path, rel, seen, default_published)


def _file_records(path: Path, rel: str, seen: set[str],
                  default_published: str | None) -> Iterator[dict[str, Any]]:
    """Documents and rejects of one input file: the whole file is rejected when its type is not
    supported, it cannot be read or it is empty; else each of its items is read in turn."""
    shown = str(path)
    suffix = path.suffix.lower()
    file_id = None if suffix in JSONL_SUFFIXES | TIMEML_SUFFIXES else rel
    if suffix not in SUPPORTED:
        yield reject_record(shown, f"unsupported file type {suffix or '(none)'!r}; "
                                   f"expected one of {', '.join(sorted(SUPPORTED))}")
        return
    try:
        data = b"" if suffix in JSONL_SUFFIXES else path.read_bytes()
    except OSError as exc:
        yield reject_record(shown, f"cannot read file: {exc.strerror or exc}", doc_id=file_id)
        return
    if suffix not in JSONL_SUFFIXES and not data.strip():
        yield reject_record(shown, "empty file", doc_id=file_id)
        return
    try:
        yield from _item_records(_read_items(path, suffix, data), shown, rel, seen, default_published)
    except Reject as exc:
        yield reject_record(shown, exc.reason, exc.line, file_id)
    except OSError as exc:
        yield reject_record(shown, f"cannot read file: {exc.strerror or exc}", doc_id=file_id)


def _read_items(path: Path, suffix: str, data: bytes):
    """The ``(line number, raw record or Reject)`` items of one supported file, read by its type."""
    if suffix in JSONL_SUFFIXES:
        return read_jsonl_file(path)
    if suffix in HTML_SUFFIXES:
        return read_html_file(data)
    if suffix in TIMEML_SUFFIXES:
        return read_timeml_file(path)
    return read_text_file(data)


def _item_doc_id(raw: dict[str, Any], rel: str, lineno: int | None) -> str:
    """The item's own ``id`` when it has one, else its place: the file's path (``#line``)."""
    given = raw.get("id")
    if given is not None and str(given).strip():
        return str(given).strip()
    return rel if lineno is None else f"{rel}#{lineno}"


def _item_records(items, shown: str, rel: str, seen: set[str],
                  default_published: str | None) -> Iterator[dict[str, Any]]:
    """A document for each valid item, a reject for the others (``seen`` holds the doc_ids used)."""
    for lineno, raw in items:
        if isinstance(raw, Reject):
            yield reject_record(shown, raw.reason, lineno)
            continue
        doc_id = _item_doc_id(raw, rel, lineno)
        try:
            if doc_id in seen:
                raise Reject(f"duplicate doc_id {doc_id!r} (already used by an earlier input)")
            doc = make_document(raw, doc_id, rel if lineno is None else f"{rel}#{lineno}",
                                default_published)
        except Reject as exc:
            yield reject_record(shown, exc.reason, lineno, doc_id)
            continue
        seen.add(doc_id)
        yield doc


def ingest(inputs: list[Path], out_dir: Path, default_published: str | None = None) -> IngestResult:
    """Write ``out_dir/documents.jsonl`` and ``out_dir/rejects.jsonl`` from the inputs."""
    out_dir = Path(out_dir)
    result = IngestResult()
    with io.Generation(out_dir) as gen:
        io.mark_incomplete(gen.manifest)
        docs, rejects = gen.writer(io.DOCUMENTS), gen.writer(io.REJECTS, made_from=(io.DOCUMENTS,))
        for record in iter_documents(list(inputs), default_published, exclude=out_dir, skipped=result.skipped):
            if record["schema"] == REJECT:
                rejects.write(record)
                result.rejects += 1
                if len(result.reject_records) < 10:  # the first few, for the summary
                    result.reject_records.append(record)
                log.warning("rejected %s%s: %s", record["path"],
                            f":{record['line']}" if record["line"] else "", record["reason"])
            else:
                docs.write(record)
                result.documents += 1
    return result
