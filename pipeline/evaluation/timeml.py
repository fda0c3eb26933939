"""Read TimeML ``.tml`` files as one document record plus gold date mention records.

A TimeML file holds the article inside ``<TEXT>`` with inline tags (``TIMEX3``, ``EVENT``,
``SIGNAL``, ...). The document text is the content of ``<TEXT>`` with every tag stripped and
XML entities decoded, exactly as it is (leading newline included); gold offsets index that text.
Each ``TIMEX3`` inside ``<TEXT>`` becomes a ``mention/1`` record of kind ``date`` whose ``norm`` is
``{"timex_type": type, "value", "mod", "earliest", "latest", "anchor": None}`` plus ``tid``
(bounds are derived from fully specified DATE/TIME values). The document creation time, the
``TIMEX3`` with ``functionInDocument="CREATION_TIME"`` (usually in ``<DCT>``, outside the text),
is the document's ``published`` and is not a mention. ``doc_id`` is the file stem, so a run on
the texts written by :func:`write_documents` matches the gold by ``doc_id``.
"""

from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterator

from pipeline.schemas import document_record, mention_record

GOLD_ORIGIN = "rule:timeml-gold"


class TimeMLError(ValueError):
    """A .tml file that cannot be read (the message names the file)."""


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _published(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10] if len(value) == 10 or value[10] != "T" else value
    return value


def read_tml(path: str | Path) -> tuple[dict, list[dict]]:
    """``(document_record, gold_mention_records)`` for one TimeML file."""
    path = Path(path)
    root, text_el = _parse_tml(path)
    doc_id = path.stem
    text, timexes = _flatten(text_el)
    doc = document_record(doc_id, hashlib.sha256(text.encode("utf-8")).hexdigest(), text,
                          title=_title(root), published=_published(_creation_time(root)), url=None,
                          source="timeml", path=str(path))
    return doc, _gold_mentions(doc_id, text, timexes)


def _parse_tml(path: Path) -> tuple[ET.Element, ET.Element]:
    """The root of a TimeML file and its ``<TEXT>`` element (a TimeMLError when either is missing)."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise TimeMLError(f"{path}: not a readable TimeML file ({exc})") from exc
    text_el = next((el for el in root.iter() if _local(el.tag) == "TEXT"), None)
    if text_el is None:
        raise TimeMLError(f"{path}: no <TEXT> element")
    return root, text_el


def _creation_time(root: ET.Element) -> str | None:
    """The value of the document creation time (the TIMEX3 with functionInDocument CREATION_TIME)."""
    for el in root.iter():
        if _local(el.tag) == "TIMEX3" and el.get("functionInDocument") == "CREATION_TIME":
            return el.get("value")
    return None


def _flatten(text_el: ET.Element) -> tuple[str, list[tuple[int, int, ET.Element]]]:
    """The plain text of ``text_el`` and the ``(start, end, element)`` of each TIMEX3 in it."""
    pieces: list[str] = []
    length = 0
    timexes: list[tuple[int, int, ET.Element]] = []

    def walk(el: ET.Element) -> None:
        nonlocal length
        if el.text:
            pieces.append(el.text)
            length += len(el.text)
        for child in el:
            start = length
            walk(child)
            if _local(child.tag) == "TIMEX3":
                timexes.append((start, length, child))
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)

    walk(text_el)
    return "".join(pieces), timexes


def _gold_mentions(doc_id: str, text: str, timexes: list[tuple[int, int, ET.Element]]) -> list[dict]:
    """Gold date mentions of the TIMEX3s in text order (not the creation time, not empty ones)."""
    from pipeline.components.timex import value_bounds

    mentions = []
    for start, end, el in sorted(timexes, key=lambda t: (t[0], t[1])):
        if el.get("functionInDocument") == "CREATION_TIME" or end <= start:
            continue
        ttype, value = el.get("type"), el.get("value")
        earliest, latest = value_bounds(value) if ttype in ("DATE", "TIME") else (None, None)
        norm = {"timex_type": ttype, "value": value, "mod": el.get("mod"), "earliest": earliest,
                "latest": latest, "anchor": None, "tid": el.get("tid")}
        mentions.append(mention_record(doc_id, "date", text[start:end], start, end, "date",
                                       GOLD_ORIGIN, norm))
    return mentions


def _title(root: ET.Element) -> str | None:
    for el in root.iter():
        if _local(el.tag) == "TITLE":
            return "".join(el.itertext()).strip() or None
    return None


def tml_files(path: str | Path) -> list[Path]:
    """The ``.tml`` files at ``path`` (a file, or a folder searched recursively), sorted."""
    path = Path(path)
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise TimeMLError(f"{path}: no such file or folder")
    return sorted(p for p in path.rglob("*.tml") if p.is_file())


def read_tml_all(path: str | Path) -> tuple[list[dict], list[dict]]:
    """``(documents, mentions)`` for a ``.tml`` file or every ``.tml`` file under a folder."""
    docs, mentions = [], []
    for doc, ments in iter_tml(path):
        docs.append(doc)
        mentions.extend(ments)
    return docs, mentions


def iter_tml(path: str | Path) -> Iterator[tuple[dict, list[dict]]]:
    seen: dict[str, Path] = {}
    for f in tml_files(path):
        if f.stem in seen:
            raise TimeMLError(f"{f}: doc_id {f.stem!r} also used by {seen[f.stem]}")
        seen[f.stem] = f
        yield read_tml(f)


def write_documents(path: str | Path, out: str | Path) -> int:
    """Write the TimeML texts as input JSONL (``id``, ``text``, ``published``, ``title``) for ingest."""
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for doc, _ in iter_tml(path):
            fh.write(json.dumps({"id": doc["doc_id"], "text": doc["text"], "published": doc["published"],
                                 "title": doc["title"]}, ensure_ascii=False) + "\n")
            n += 1
    return n
