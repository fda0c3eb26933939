"""Read brat standoff annotation (``<id>.txt`` + ``<id>.ann``) onto the document text.

brat counts offsets in Python characters (code points) of the **whole** ``.txt`` file. Our
documents are what ``claims ingest`` makes of that file: a UTF-8 byte-order mark and a front-matter
block (``---`` … ``---``) are not part of the document text. :func:`read_brat` splits the file
with the ingest stage's own :func:`~pipeline.stages.ingest.split_front_matter`, shifts every
offset onto the document text and checks each span: ``text[start:end]`` must equal the text
written in the ``.ann`` line (fragments of a discontinuous span joined by one space, as brat
writes them). Any problem is a :class:`BratError` naming ``FILE:LINE``.

Lines understood (https://brat.nlplab.org/standoff.html):

- ``T1<TAB>Type START END[;START END…]<TAB>text`` text-bound annotation (:class:`Span`);
- ``E1<TAB>Type:T2 Role:T1 Role2:T3`` event with its trigger and arguments (:class:`Event`);
- ``R1<TAB>Type Arg1:T1 Arg2:T2`` relation (:class:`Relation`);
- ``*<TAB>Equiv T1 T2 …`` equivalence (a :class:`Relation` with id ``*``);
- ``A1<TAB>Name TARGET [VALUE]`` (and the older ``M1``) attribute (:class:`Attribute`);
- ``N1<TAB>Reference TARGET DB:ID<TAB>text`` normalization (:class:`Normalization`);
- ``#1<TAB>AnnotatorNotes TARGET<TAB>note`` note (:class:`Note`).

The format is small and the offset shifting is ours, so this reader is written here rather than
taken from one of the little-used brat packages on PyPI.

``doc_id`` is what ``claims ingest`` gives the ``.txt`` file: the front matter's ``id`` if any,
else the path relative to the folder given (or the file name when a file is given).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.errors import ClaimsError


class BratError(ClaimsError):
    """A ``.txt``/``.ann`` pair that cannot be read; ``str()`` is ``FILE:LINE: problem``."""


@dataclass(frozen=True)
class Fragment:
    """One continuous piece of a span, in document-text offsets."""

    start: int
    end: int


@dataclass(frozen=True)
class Span:
    """A text-bound annotation (``T`` line). ``text`` is the fragments' texts joined by a space."""

    id: str
    type: str
    fragments: tuple[Fragment, ...]
    text: str
    line: int

    @property
    def start(self) -> int:
        return self.fragments[0].start

    @property
    def end(self) -> int:
        return self.fragments[-1].end

    @property
    def length(self) -> int:
        """Characters covered by the fragments (gaps between fragments excluded)."""
        return sum(f.end - f.start for f in self.fragments)


@dataclass(frozen=True)
class Argument:
    """``Role:ID`` in an event or relation (``role`` as written, numbered suffix kept)."""

    role: str
    target: str


@dataclass(frozen=True)
class Event:
    """An ``E`` line: ``type``, the ``trigger`` span id, and role arguments."""

    id: str
    type: str
    trigger: str
    arguments: tuple[Argument, ...]
    line: int

    def args(self, role: str) -> list[str]:
        """Target ids of the arguments whose role is ``role`` or ``role`` plus digits (``Content2``)."""
        return [a.target for a in self.arguments
                if a.role == role or (a.role.startswith(role) and a.role[len(role):].isdigit())]


@dataclass(frozen=True)
class Relation:
    """An ``R`` line (``Arg1``/``Arg2``) or a ``*`` equivalence line (``Equiv``, roles ``""``)."""

    id: str
    type: str
    arguments: tuple[Argument, ...]
    line: int


@dataclass(frozen=True)
class Attribute:
    """An ``A``/``M`` line: ``name`` on ``target``; ``value`` is ``None`` for a binary attribute."""

    id: str
    name: str
    target: str
    value: str | None
    line: int


@dataclass(frozen=True)
class Normalization:
    """An ``N`` line: ``target`` linked to ``reference`` (``Wikipedia:534366``)."""

    id: str
    type: str
    target: str
    reference: str
    text: str
    line: int


@dataclass(frozen=True)
class Note:
    """A ``#`` line: ``AnnotatorNotes`` (or another note type) on ``target``."""

    id: str
    type: str
    target: str
    text: str
    line: int


@dataclass
class BratDocument:
    """One annotated document; every offset indexes ``text`` (the document text)."""

    doc_id: str
    text: str
    txt_path: Path
    ann_path: Path
    offset: int  # characters of the .txt file before the document text (BOM, front matter)
    meta: dict = field(default_factory=dict)
    spans: dict[str, Span] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    attributes: list[Attribute] = field(default_factory=list)
    normalizations: list[Normalization] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def notes_on(self, target: str) -> list[str]:
        """The texts of the notes attached to annotation ``target``, in file order."""
        return [n.text for n in self.notes if n.target == target]

    def attributes_on(self, target: str) -> dict[str, str | bool]:
        """``{name: value}`` of the attributes on ``target`` (``True`` for a binary attribute)."""
        return {a.name: (True if a.value is None else a.value) for a in self.attributes if a.target == target}

    def spans_of(self, *types: str) -> list[Span]:
        """Spans of these types, in text order."""
        return sorted((s for s in self.spans.values() if s.type in types), key=lambda s: (s.start, s.end, s.id))


# ------------------------------------------------------------------ the text file
def document_text(file_text: str) -> tuple[str, int, dict]:
    """``(document text, offset of it in the file, front matter)`` as ``claims ingest`` splits it."""
    from pipeline.stages.ingest import Reject, split_front_matter

    bom = 1 if file_text.startswith("\ufeff") else 0
    try:
        meta, body = split_front_matter(file_text[bom:])
    except Reject:  # ingest keeps the whole text then (with a warning)
        meta, body = {}, file_text[bom:]
    offset = len(file_text) - len(body)
    assert file_text[offset:] == body  # the splitter only cuts a prefix
    return body, offset, meta


def _read_utf8(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BratError(f"cannot read file: {exc.strerror or exc}", path) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BratError(f"not UTF-8 (byte {exc.start + 1}); brat files are UTF-8", path) from None


# ------------------------------------------------------------------ the annotation file
@dataclass
class _Context:
    """What a line parser needs: the file text, where the document starts, where we are."""

    path: Path
    file_text: str
    offset: int
    line: int = 0

    def error(self, message: str) -> BratError:
        return BratError(message, self.path, self.line)


def _parse_int(value: str, ctx: _Context) -> int:
    if not value.isdigit():
        raise ctx.error(f"offset {value!r} is not a number")
    return int(value)


def _fragments(spec: str, ctx: _Context) -> tuple[Fragment, ...]:
    out: list[Fragment] = []
    for piece in spec.split(";"):
        parts = piece.split()
        if len(parts) != 2:
            raise ctx.error(f"fragment {piece.strip()!r} is not 'START END'")
        start, end = _parse_int(parts[0], ctx), _parse_int(parts[1], ctx)
        if not start < end <= len(ctx.file_text):
            raise ctx.error(f"span {start}-{end} is empty or outside the text file "
                            f"({len(ctx.file_text)} characters)")
        if out and start < out[-1].end:
            raise ctx.error(f"fragments overlap or are out of order at {start}-{end}")
        out.append(Fragment(start, end))
    return tuple(out)


def _parse_span(ident: str, fields: list[str], ctx: _Context) -> Span:
    if len(fields) != 3:
        raise ctx.error("a T line needs 3 tab-separated fields: ID, 'TYPE START END', text")
    kind, _, spec = fields[1].partition(" ")
    if not kind or not spec:
        raise ctx.error(f"{fields[1]!r} is not 'TYPE START END'")
    fragments = _fragments(spec, ctx)
    found = " ".join(ctx.file_text[f.start:f.end] for f in fragments)
    if found != fields[2]:
        raise ctx.error(f"{ident} text {fields[2]!r} does not match the file text {found!r} at {spec}")
    if fragments[0].start < ctx.offset:
        raise ctx.error(f"{ident} at {spec} lies in the front matter, not in the document text")
    shifted = tuple(Fragment(f.start - ctx.offset, f.end - ctx.offset) for f in fragments)
    return Span(ident, kind, shifted, fields[2], ctx.line)


def _argument(token: str, ctx: _Context) -> Argument:
    role, sep, target = token.partition(":")
    if not sep or not role or not target:
        raise ctx.error(f"argument {token!r} is not 'Role:ID'")
    return Argument(role, target)


def _parse_event(ident: str, fields: list[str], ctx: _Context) -> Event:
    tokens = fields[1].split() if len(fields) >= 2 else []
    if not tokens:
        raise ctx.error("an E line needs 'TYPE:TRIGGER ROLE:ID …'")
    head = _argument(tokens[0], ctx)
    return Event(ident, head.role, head.target, tuple(_argument(t, ctx) for t in tokens[1:]), ctx.line)


def _parse_relation(ident: str, fields: list[str], ctx: _Context) -> Relation:
    tokens = fields[1].split() if len(fields) >= 2 else []
    if len(tokens) < 2:
        raise ctx.error(f"a {ident[0]} line needs 'TYPE ARG …'")
    if ident == "*":
        return Relation(ident, tokens[0], tuple(Argument("", t) for t in tokens[1:]), ctx.line)
    return Relation(ident, tokens[0], tuple(_argument(t, ctx) for t in tokens[1:]), ctx.line)


def _parse_attribute(ident: str, fields: list[str], ctx: _Context) -> Attribute:
    tokens = fields[1].split() if len(fields) >= 2 else []
    if len(tokens) not in (2, 3):
        raise ctx.error("an attribute line needs 'NAME TARGET [VALUE]'")
    return Attribute(ident, tokens[0], tokens[1], tokens[2] if len(tokens) == 3 else None, ctx.line)


def _parse_normalization(ident: str, fields: list[str], ctx: _Context) -> Normalization:
    tokens = fields[1].split() if len(fields) >= 2 else []
    if len(tokens) != 3:
        raise ctx.error("an N line needs 'TYPE TARGET DB:ID'")
    return Normalization(ident, tokens[0], tokens[1], tokens[2], fields[2] if len(fields) == 3 else "", ctx.line)


def _parse_note(ident: str, fields: list[str], ctx: _Context) -> Note:
    tokens = fields[1].split() if len(fields) >= 2 else []
    if len(tokens) != 2:
        raise ctx.error("a # line needs 'AnnotatorNotes TARGET<TAB>note'")
    return Note(ident, tokens[0], tokens[1], fields[2].strip() if len(fields) == 3 else "", ctx.line)


PARSERS = {"T": _parse_span, "E": _parse_event, "R": _parse_relation, "*": _parse_relation,
           "A": _parse_attribute, "M": _parse_attribute, "N": _parse_normalization, "#": _parse_note}
COLLECTIONS = {"T": "spans", "E": "events", "R": "relations", "*": "relations", "A": "attributes",
               "M": "attributes", "N": "normalizations", "#": "notes"}


def _add(doc: BratDocument, record, prefix: str, ids: set[str], ctx: _Context) -> None:
    if record.id != "*":
        if record.id in ids:
            raise ctx.error(f"duplicate annotation id {record.id}")
        ids.add(record.id)
    box = getattr(doc, COLLECTIONS[prefix])
    if isinstance(box, dict):
        box[record.id] = record
    else:
        box.append(record)


def _references(doc: BratDocument) -> Iterator[tuple[str, str, int, bool]]:
    """``(owner id, referenced id, line, must be a span)`` for every reference in the file."""
    for event in doc.events.values():
        yield event.id, event.trigger, event.line, True
        for arg in event.arguments:
            yield event.id, arg.target, event.line, False
    for rel in doc.relations:
        for arg in rel.arguments:
            yield rel.id, arg.target, rel.line, False
    for item in (*doc.attributes, *doc.normalizations, *doc.notes):
        yield item.id, item.target, item.line, False


def _check_references(doc: BratDocument, ids: set[str], ctx: _Context) -> None:
    for owner, target, line, span_only in _references(doc):
        ctx.line = line
        if span_only and target not in doc.spans:
            raise ctx.error(f"{owner}: trigger {target} is not a T annotation in this file")
        if target not in ids:
            raise ctx.error(f"{owner} refers to {target}, which is not in this file")


def parse_ann(ann_text: str, ann_path: Path, doc: BratDocument, file_text: str) -> BratDocument:
    """Fill ``doc`` with the annotations of ``ann_text`` (offsets of ``file_text``, shifted)."""
    ctx = _Context(Path(ann_path), file_text, doc.offset)
    ids: set[str] = set()
    for ctx.line, raw in enumerate(ann_text.split("\n"), 1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        fields = line.split("\t", 2)
        ident = fields[0].strip()
        prefix = ident[:1]
        if prefix not in PARSERS or (prefix != "*" and not ident[1:]):
            raise ctx.error(f"unknown annotation line {ident!r} (expected T, E, R, A, M, N, # or *)")
        _add(doc, PARSERS[prefix](ident, fields, ctx), prefix, ids, ctx)
    _check_references(doc, ids, ctx)
    return doc


# ------------------------------------------------------------------ pairs and folders
def read_brat(txt_path: str | Path, ann_path: str | Path | None = None, doc_id: str | None = None) -> BratDocument:
    """One ``.txt`` + ``.ann`` pair. ``doc_id``: front-matter ``id``, else this argument, else the
    ``.txt`` file name."""
    txt_path = Path(txt_path)
    ann_path = Path(ann_path) if ann_path is not None else txt_path.with_suffix(".ann")
    for path in (txt_path, ann_path):
        if not path.is_file():
            raise BratError("file not found (a brat document is a .txt and an .ann with the same name)", path)
    file_text = _read_utf8(txt_path)
    text, offset, meta = document_text(file_text)
    given = str(meta.get("id") or "").strip()
    doc = BratDocument(given or doc_id or txt_path.name, text, txt_path, ann_path, offset, meta)
    return parse_ann(_read_utf8(ann_path).removeprefix("\ufeff"), ann_path, doc, file_text)


def brat_pairs(inputs: Iterable[str | Path]) -> Iterator[tuple[Path, Path, str]]:
    """``(txt, ann, fallback doc_id)`` for every ``.ann`` under the inputs (files or folders), in a
    stable order; the fallback id is the ``.txt`` path relative to the folder given, as in ingest."""
    for item in map(Path, inputs):
        if not item.exists():
            raise BratError("no such file or folder", item)
        if item.is_file():
            if item.suffix not in (".ann", ".txt"):
                raise BratError("not a brat file (expected a .ann or .txt file, or a folder of them)", item)
            yield item.with_suffix(".txt"), item.with_suffix(".ann"), item.with_suffix(".txt").name
            continue
        for folder, dirs, files in os.walk(item):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            here = Path(folder)
            for name in sorted(files):
                if name.endswith(".ann") and not name.startswith("."):
                    txt = (here / name).with_suffix(".txt")
                    yield txt, here / name, txt.relative_to(item).as_posix()


def read_brat_all(inputs: Iterable[str | Path]) -> list[BratDocument]:
    """Every brat document under the inputs; two documents with one ``doc_id`` is an error."""
    docs: list[BratDocument] = []
    seen: dict[str, Path] = {}
    for txt, ann, fallback in brat_pairs(inputs):
        doc = read_brat(txt, ann, fallback)
        if doc.doc_id in seen:
            raise BratError(f"doc_id {doc.doc_id!r} is also the id of {seen[doc.doc_id]}", txt)
        seen[doc.doc_id] = txt
        docs.append(doc)
    return docs


def has_brat(path: str | Path) -> bool:
    """Whether ``path`` is an ``.ann``/``.txt`` of a brat pair or a folder holding ``.ann`` files."""
    path = Path(path)
    if path.is_file():
        return path.suffix == ".ann" or (path.suffix == ".txt" and path.with_suffix(".ann").is_file())
    return path.is_dir() and any(p.suffix == ".ann" for p in path.rglob("*.ann"))


__all__ = ["BratError", "Fragment", "Span", "Argument", "Event", "Relation", "Attribute", "Normalization",
           "Note", "BratDocument", "document_text", "parse_ann", "read_brat", "read_brat_all", "brat_pairs",
           "has_brat"]
