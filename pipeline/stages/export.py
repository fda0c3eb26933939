"""Export mentions to annotation tools, and import the corrected annotations back as gold.

``export(run_dir, to, out)`` writes one task per document with its mentions as pre-annotated
spans (character offsets + a label per kind) in the import format of:

- ``prodigy``: JSONL, ``{"text", "spans": [{"start", "end", "label", "token_start", "token_end"}],
  "tokens", "meta", "_input_hash", "_task_hash"}`` (for ``ner.manual`` / ``spans.manual``);
- ``label-studio``: a JSON list of tasks ``{"data": {"text", …}, "predictions": [{"model_version",
  "result": [{"id", "from_name", "to_name", "type": "labels", "value": {"start", "end", "text",
  "labels"}}]}]}`` plus the labeling config it needs (``<out stem>.label_config.xml``);
- ``doccano``: JSONL ``{"text", "label": [[start, end, "LABEL"], …]}`` (sequence labeling).

``import_gold(file, from_)`` reads what the tool exports after a person corrected the spans
(Prodigy ``db-out`` JSONL, Label Studio JSON export, doccano JSONL) and returns gold mention
records (schema ``mention/1``) for ``claims eval``. Only reviewed tasks become gold: Prodigy
answers ``accept`` (``reject``/``ignore`` are dropped), Label Studio tasks with a submitted,
not cancelled annotation; doccano exports hold what a person kept. ``include_unreviewed=True``
also takes tasks nobody reviewed yet (their pre-annotations).

Offsets: Prodigy counts Python characters (code points), like the pipeline. Label Studio and
doccano work on JavaScript strings, whose offsets count UTF-16 code units, so spans after an
emoji or another astral character are shifted there; ``export`` converts offsets to UTF-16 units
for those two tools and ``import_gold`` converts them back (identical for text without astral
characters). Gold norms are null: a person corrected spans and kinds, not normalized values.
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from pipeline import io
from pipeline.api import iter_jsonl
from pipeline.errors import ClaimsError
from pipeline.schemas import KINDS, MENTION, empty_norm, mention_id
from pipeline.stages.evaluate import GOLD_DOCUMENT

TOOLS = ("prodigy", "label-studio", "doccano")
IMPORT_FORMATS = (*TOOLS, "brat")
LS_FROM_NAME, LS_TO_NAME = "label", "text"  # names in the Label Studio labeling config
LABELS = {kind: kind.upper() for kind in KINDS}
LABEL_COLOURS = {"actor": "#0072b2", "money": "#009e73", "date": "#e69f00", "quantity": "#cc79a7",
                 "percent": "#b8a000"}
GOLD_ORIGIN = "rule:gold:{tool}"


@dataclass
class ExportResult:
    tool: str
    out: Path
    tasks: int = 0
    spans: int = 0
    extra_files: list[Path] = field(default_factory=list)


# ------------------------------------------------------------------ offsets
def utf16_offsets(text: str) -> list[int]:
    """``table[i]`` = UTF-16 code-unit offset of Python character offset ``i`` (len(text)+1 entries)."""
    table = [0] * (len(text) + 1)
    units = 0
    for i, ch in enumerate(text):
        table[i] = units
        units += 2 if ord(ch) > 0xFFFF else 1
    table[len(text)] = units
    return table


def from_utf16(table: list[int], units: int) -> int:
    """The Python character offset of a UTF-16 offset (must fall on a character boundary)."""
    i = bisect_right(table, units) - 1
    if i < 0 or table[i] != units:
        raise ValueError(f"UTF-16 offset {units} splits a character")
    return i


# ------------------------------------------------------------------ hashing (Prodigy)
def _murmur(text: str) -> int:
    """32-bit signed MurmurHash3 (seed 0), the kind of integer Prodigy uses for its hashes."""
    from murmurhash.mrmr import hash as mmh  # a spaCy dependency

    return int(mmh(text))


def prodigy_hashes(task: dict) -> tuple[int, int]:
    """``_input_hash`` from the input (``text``) and ``_task_hash`` from the input hash plus the
    spans (offsets and labels), both deterministic 32-bit ints as Prodigy expects."""
    input_hash = _murmur(json.dumps({"text": task["text"]}, sort_keys=True, ensure_ascii=False))
    spans = [[s["start"], s["end"], s["label"]] for s in task.get("spans", [])]
    task_hash = _murmur(json.dumps({"_input_hash": input_hash, "spans": spans}, sort_keys=True, ensure_ascii=False))
    return input_hash, task_hash


# ------------------------------------------------------------------ export
def _load_run(run_dir: Path, kinds: Iterable[str] | None):
    run_dir = Path(run_dir)
    folder = io.open_run(run_dir)  # one generation, whose files belong together
    docs_path = folder.path(io.DOCUMENTS)
    if not docs_path.is_file():
        raise ClaimsError("documents.jsonl not found (not a run folder?)", run_dir)
    if not folder.path(io.MENTIONS).is_file():
        raise ClaimsError("mentions.jsonl not found (run `claims annotate` first?)", run_dir)
    wanted = set(kinds) if kinds else set(KINDS)
    bad = wanted - set(KINDS)
    if bad:
        raise ClaimsError(f"unknown kind(s) {', '.join(sorted(bad))}; choose from {', '.join(KINDS)}")
    by_doc: dict[str, list[dict]] = {}
    for m in iter_jsonl(folder.path(io.MENTIONS)):
        if m.get("kind") in wanted:
            by_doc.setdefault(m["doc_id"], []).append(m)
    return iter_jsonl(docs_path), by_doc, folder.manifest


def _spans(doc: dict, mentions: list[dict]) -> list[dict]:
    text = doc["text"]
    out = []
    for m in sorted(mentions, key=lambda m: (m["start"], m["end"], m["kind"])):
        if text[m["start"]:m["end"]] != m["text"]:
            raise ClaimsError(f"mention {m['mention_id']} does not index its document text")
        out.append({"start": m["start"], "end": m["end"], "label": LABELS[m["kind"]], "text": m["text"]})
    return out


_TOKENIZER = None


def _tokenize(text: str) -> list[dict]:
    global _TOKENIZER
    if _TOKENIZER is None:
        import spacy

        from pipeline.components.abbreviations import keep_title_abbreviations
        from pipeline.components.hyphens import split_abbreviation_hyphens

        _TOKENIZER = spacy.blank("en").tokenizer
        split_abbreviation_hyphens(_TOKENIZER)  # as the pipeline's tokenizer does
        keep_title_abbreviations(_TOKENIZER)
    doc = _TOKENIZER(text)
    return [{"text": t.text, "start": t.idx, "end": t.idx + len(t.text), "id": t.i, "ws": bool(t.whitespace_)}
            for t in doc]


def prodigy_task(doc: dict, mentions: list[dict], tokens: bool = True) -> dict:
    spans = _spans(doc, mentions)
    task: dict[str, Any] = {"text": doc["text"]}
    if tokens:
        toks = _tokenize(doc["text"])
        starts = {t["start"]: t["id"] for t in toks}
        ends = {t["end"]: t["id"] for t in toks}
        aligned = all(s["start"] in starts and s["end"] in ends for s in spans)
        if aligned:  # Prodigy re-tokenizes when tokens are absent; never ship misaligned ones
            task["tokens"] = toks
            for s in spans:
                s["token_start"], s["token_end"] = starts[s["start"]], ends[s["end"]]
    task["spans"] = spans
    task["meta"] = {k: doc.get(k) for k in ("doc_id", "title", "published", "source") if doc.get(k) is not None}
    task["_input_hash"], task["_task_hash"] = prodigy_hashes(task)
    return task


def _ls_region_id(doc_id: str, span: dict) -> str:
    return hashlib.sha1(f"{doc_id}:{span['label']}:{span['start']}-{span['end']}".encode()).hexdigest()[:10]


def label_studio_task(doc: dict, mentions: list[dict], model_version: str) -> dict:
    table = utf16_offsets(doc["text"])
    result = [{"id": _ls_region_id(doc["doc_id"], s), "from_name": LS_FROM_NAME, "to_name": LS_TO_NAME,
               "type": "labels", "origin": "prediction",
               "value": {"start": table[s["start"]], "end": table[s["end"]], "text": s["text"],
                         "labels": [s["label"]]}}
              for s in _spans(doc, mentions)]
    data = {"text": doc["text"], "doc_id": doc["doc_id"]}
    for key in ("title", "published", "source", "url"):
        if doc.get(key) is not None:
            data[key] = doc[key]
    return {"data": data, "predictions": [{"model_version": model_version, "result": result}]}


def label_studio_config(kinds: Iterable[str] = KINDS) -> str:
    labels = "\n".join(f'    <Label value="{LABELS[k]}" background="{LABEL_COLOURS[k]}"/>' for k in kinds)
    return (f'<View>\n  <Labels name="{LS_FROM_NAME}" toName="{LS_TO_NAME}">\n{labels}\n  </Labels>\n'
            f'  <Text name="{LS_TO_NAME}" value="$text"/>\n</View>\n')


def doccano_task(doc: dict, mentions: list[dict]) -> dict:
    table = utf16_offsets(doc["text"])
    return {"text": doc["text"],
            "label": [[table[s["start"]], table[s["end"]], s["label"]] for s in _spans(doc, mentions)],
            "doc_id": doc["doc_id"]}


def export(run_dir: str | Path, to: str, out: str | Path, *, kinds: Iterable[str] | None = None,
           tokens: bool = True) -> ExportResult:
    """Write the mentions of ``run_dir`` as ``to``'s import format to ``out`` (one task per document)."""
    if to not in TOOLS:
        raise ClaimsError(f"unknown tool {to!r}; choose one of {', '.join(TOOLS)}")
    documents, by_doc, manifest = _load_run(Path(run_dir), kinds)
    out = Path(out)
    result = ExportResult(to, out)
    model_version = f"claims-pipeline {manifest.get('pipeline', '?')} ({manifest.get('model', '?')})"
    if to == "label-studio":
        tasks = []
        for doc in documents:
            tasks.append(label_studio_task(doc, by_doc.get(doc["doc_id"], []), model_version))
            result.spans += len(tasks[-1]["predictions"][0]["result"])
        result.tasks = len(tasks)
        io.write_atomic(out, json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")
        config = out.with_name(out.stem + ".label_config.xml")
        io.write_atomic(config, label_studio_config(sorted(set(kinds) if kinds else KINDS, key=KINDS.index)))
        result.extra_files.append(config)
        return result
    with io.AtomicWriter(out) as writer:
        for doc in documents:
            mentions = by_doc.get(doc["doc_id"], [])
            task = prodigy_task(doc, mentions, tokens) if to == "prodigy" else doccano_task(doc, mentions)
            writer.write(task)
            result.tasks += 1
            result.spans += len(task["spans"] if to == "prodigy" else task["label"])
    return result


# ------------------------------------------------------------------ import
def _read_any(path: Path) -> Iterator[tuple[int, dict]]:
    """(line or item number, record) from a JSON list file or a JSONL file."""
    raw = path.read_text(encoding="utf-8-sig")
    stripped = raw.lstrip()
    if stripped.startswith("["):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ClaimsError(f"not valid JSON ({exc.msg} at line {exc.lineno})", path) from None
        for i, rec in enumerate(data, 1):
            if not isinstance(rec, dict):
                raise ClaimsError("each task must be a JSON object", path, i)
            yield i, rec
        return
    for lineno, line in enumerate(raw.split("\n"), 1):  # not splitlines(): U+2028, U+0085 … are text
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ClaimsError(io.json_error(exc), path, lineno) from None
        if not isinstance(rec, dict):
            raise ClaimsError("each line must be a JSON object", path, lineno)
        yield lineno, rec


def _kind(label: Any, path: Path, line: int) -> str:
    kind = str(label).strip().lower()
    if kind not in KINDS:
        raise ClaimsError(f"unknown label {label!r} (expected one of {', '.join(LABELS.values())})", path, line)
    return kind


def _prodigy_spans(rec: dict, path: Path, line: int, include_unreviewed: bool):
    answer = rec.get("answer")
    if answer is None and not include_unreviewed:
        return None
    if answer is not None and answer != "accept":
        return None
    text = rec.get("text")
    return text, [(s["start"], s["end"], s["label"]) for s in rec.get("spans") or []], (rec.get("meta") or {}).get("doc_id")


def _ls_spans(rec: dict, path: Path, line: int, include_unreviewed: bool):
    data = rec.get("data") or {}
    text = data.get("text")
    annotations = [a for a in rec.get("annotations") or rec.get("completions") or []
                   if not a.get("was_cancelled")]
    if annotations:
        chosen = annotations[-1]["result"]
    elif include_unreviewed and rec.get("predictions"):
        chosen = rec["predictions"][-1]["result"]
    else:
        return None
    if text is None:
        raise ClaimsError("task has no data.text", path, line)
    table = utf16_offsets(text)
    spans = []
    for r in chosen or []:
        if r.get("type") != "labels":
            continue
        value = r.get("value") or {}
        try:
            start, end = from_utf16(table, value["start"]), from_utf16(table, value["end"])
        except (KeyError, ValueError) as exc:
            raise ClaimsError(f"bad region offsets ({exc})", path, line) from None
        for label in value.get("labels") or []:
            spans.append((start, end, label))
    return text, spans, data.get("doc_id") or (data.get("meta") or {}).get("doc_id")


def _doccano_spans(rec: dict, path: Path, line: int, include_unreviewed: bool):
    text = rec.get("text")
    if text is None:
        raise ClaimsError("record has no text", path, line)
    table = utf16_offsets(text)
    raw = []
    if "entities" in rec:  # projects with relation labeling export entities objects
        raw = [(e["start_offset"], e["end_offset"], e["label"]) for e in rec["entities"]]
    else:
        raw = [tuple(item) for item in rec.get("label") or rec.get("labels") or []]
    spans = []
    for item in raw:
        if len(item) != 3:
            raise ClaimsError(f"a span must be [start, end, label], got {list(item)!r}", path, line)
        try:
            spans.append((from_utf16(table, item[0]), from_utf16(table, item[1]), item[2]))
        except ValueError as exc:
            raise ClaimsError(f"bad span offsets ({exc})", path, line) from None
    return text, spans, rec.get("doc_id") or (rec.get("meta") or {}).get("doc_id")


READERS = {"prodigy": _prodigy_spans, "label-studio": _ls_spans, "doccano": _doccano_spans}


def import_gold(file: str | Path, from_: str, *, run_dir: str | Path | None = None,
                include_unreviewed: bool = False) -> list[dict]:
    """Gold mention records (schema ``mention/1``) from a tool's export of corrected tasks.

    ``run_dir`` (optional) checks that each task's text is the document text of that run (so the
    offsets index ``documents.jsonl``) and finds the ``doc_id`` of tasks that lost it.
    """
    if from_ not in READERS:
        raise ClaimsError(f"unknown tool {from_!r}; choose one of {', '.join(TOOLS)}")
    path = Path(file)
    if not path.is_file():
        raise ClaimsError("file not found", path)
    known, by_hash = _run_documents(run_dir)
    reader = READERS[from_]
    gold: dict[tuple, dict] = {}
    order: list[str] = []
    for line, rec in _read_any(path):
        got = reader(rec, path, line, include_unreviewed)
        if got is None:
            continue
        text, spans, doc_id = got
        if not isinstance(text, str):
            raise ClaimsError("task has no text", path, line)
        doc_id = _task_doc_id(doc_id, text, known, by_hash, run_dir, path, line)
        if doc_id not in order:
            order.append(doc_id)
        for start, end, label in spans:
            record = _gold_mention(doc_id, text, start, end, label, from_, path, line)
            gold.setdefault((doc_id, start, end, record["kind"]), record)
    rank = {d: i for i, d in enumerate(order)}
    return [gold[k] for k in sorted(gold, key=lambda k: (rank[k[0]], k[1], k[2], KINDS.index(k[3])))]


def _run_documents(run_dir: str | Path | None) -> tuple[dict[str, str], dict[str, str]]:
    """The run's document hashes by doc_id, and the first doc_id of each hash (none without a run)."""
    known: dict[str, str] = {}
    by_hash: dict[str, str] = {}
    if run_dir is not None:
        for doc in iter_jsonl(Path(run_dir) / io.DOCUMENTS):
            known[doc["doc_id"]] = doc["sha256"]
            by_hash.setdefault(doc["sha256"], doc["doc_id"])
    return known, by_hash


def _task_doc_id(doc_id: str | None, text: str, known: dict[str, str], by_hash: dict[str, str],
                 run_dir: str | Path | None, path: Path, line: int) -> str:
    """The task's doc_id (found by its text when it lost it), checked against the run's text."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if doc_id is None:
        doc_id = by_hash.get(sha)
        if doc_id is None:
            raise ClaimsError("task has no doc_id (meta.doc_id / data.doc_id); pass the run folder "
                              "to find it by its text", path, line)
    if run_dir is not None and known.get(doc_id) != sha:
        raise ClaimsError(f"task text is not the text of document {doc_id!r} in {run_dir} "
                          "(offsets would not index it)", path, line)
    return doc_id


def _gold_mention(doc_id: str, text: str, start, end, label, from_: str, path: Path, line: int) -> dict:
    """The gold mention record of one labelled span (an error when the span is outside the text)."""
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise ClaimsError(f"span {start}-{end} is outside the text", path, line)
    kind = _kind(label, path, line)
    return {"schema": MENTION, "mention_id": mention_id(doc_id, kind, start, end), "doc_id": doc_id,
            "kind": kind, "text": text[start:end], "start": start, "end": end, "label": kind,
            "origin": GOLD_ORIGIN.format(tool=from_), "norm": empty_norm(kind),
            "gold": {"tool": from_, "source": f"{path.name}:{line}"}}


def import_brat_gold(paths: Iterable[str | Path]) -> list[dict]:
    """Gold records from brat standoff pairs (files or folders, see :mod:`pipeline.evaluation.brat`):
    per document, its attributions as claim/1-style records with ``cue``, ``content`` and
    ``speaker.names`` (:mod:`pipeline.evaluation.attribution`), then its ``Actor`` spans as actor
    mention/1 records with ``entity`` and ``role`` (:mod:`pipeline.evaluation.actors`). Offsets
    index the document text ``claims ingest`` makes of each ``.txt`` file."""
    from pipeline.evaluation.actors import actor_records
    from pipeline.evaluation.attribution import attribution_records
    from pipeline.evaluation.brat import read_brat_all

    records: list[dict] = []
    for doc in read_brat_all(paths):
        records += attribution_records(doc) + actor_records(doc)
    return records


def write_gold(records: list[dict], out: str | Path) -> Path:
    out = Path(out)
    with io.AtomicWriter(out) as writer:
        writer.write_many(records)
    return out




# ------------------------------------------------------------------ review marks from the HTML report
REPORT_FLAGS = ("wrong_speaker", "wrong_span", "not_a_claim", "wrong_amount_or_date")
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9, "billion": 1e9,
           "tn": 1e12, "trillion": 1e12}
_AMOUNT = re.compile(r"(?i)^(?:[A-Z]{3} ?)?[$€£¥]? ?(\d{1,15}(?:[.,]\d{1,15})?(?:e\d{1,3})?) ?"
                     r"(k|thousand|mn|m|million|bn|b|billion|tn|trillion)?(?: ?[A-Z]{3})?$")
_TIMEX = re.compile(r"^(?:\d{4}|XXXX)(?:-[0-9A-Z]{1,3}){0,2}(?:T[0-9:]{2,8})?$|^P[0-9YMWDTHS.]{2,20}$|^[A-Z_]{4,12}_REF$")


@dataclass
class ReportGold:
    """Gold claim records from a report's review marks, and the marks that could not become gold."""

    records: list[dict] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "FILE:LINE: why"
    documents: list[dict] = field(default_factory=list)  # gold-document/1: the articles reviewed

    def all_records(self) -> list[dict]:
        """What the gold file holds: the gold claims, then one record per reviewed article."""
        return self.records + self.documents


def reviewed_document(doc_id: str, source: str) -> dict:
    """A ``gold-document/1`` record: the claims of this article were reviewed, so ``claims eval``
    scores it even when none of its claims became gold (its predicted claims then count as
    false positives)."""
    return {"schema": GOLD_DOCUMENT, "doc_id": doc_id, "annotated": ["claims"], "gold": {"tool": "report",
                                                                                         "source": source}}


def parse_values(text: str, where: str) -> tuple[list[dict] | None, list[dict] | None]:
    """``"8e9 USD; 2016-12-12"`` → (money, dates) gold lists; ``"none"`` → ([], []); a kind not
    named stays None (keep the predicted list)."""
    if text.strip().lower() == "none":
        return [], []
    money: list[dict] = []
    dates: list[dict] = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        m = _AMOUNT.match(" ".join(part.split()))
        if m:
            value = float(m.group(1).replace(",", "")) * _SCALES.get((m.group(2) or "").lower(), 1.0)
            money.append({"kind": "money", "norm": {"value": value}})
        elif _TIMEX.match(part):
            dates.append({"kind": "date", "norm": {"value": part}})
        else:
            raise ClaimsError(f"{where}: {part!r} is neither an amount (8e9, $2.5bn) nor a TIMEX3 value (2016-12-12)")
    return money or None, dates or None


def _fix_span(claim: dict, text: str, doc_text: str | None, where: str) -> None:
    sent = claim.get("sentence") or {}
    base = sent.get("text") if isinstance(sent.get("text"), str) else None
    lo = sent.get("start") if isinstance(sent.get("start"), int) else None
    if base is None and doc_text is not None and lo is not None:
        base = doc_text[lo:sent.get("end")]
    if base is None or lo is None:
        raise ClaimsError(f"{where}: the right span needs the sentence text (export from a report with the "
                          "article, or pass --run)")
    at = base.find(text)
    if at < 0:
        raise ClaimsError(f"{where}: the right span {text!r} is not in the claim's sentence")
    claim.update(text=text, start=lo + at, end=lo + at + len(text))


def _mark_to_gold(mark: dict, where: str, doc_texts: dict[str, str]) -> tuple[dict | None, str | None]:
    """The gold claim of one mark, or (None, why it is not gold)."""
    claim = dict(mark.get("claim") or {})
    if not claim.get("doc_id") or not isinstance(claim.get("start"), int):
        raise ClaimsError(f"{where}: the mark has no claim (export it from a claims report)")
    flags = set(mark.get("flags") or [])
    unknown = flags - set(REPORT_FLAGS)
    if unknown:
        raise ClaimsError(f"{where}: unknown flag(s) {', '.join(sorted(unknown))}; known: {', '.join(REPORT_FLAGS)}")
    fixes = mark.get("corrections") or {}
    if mark.get("verdict") == "correct":
        flags = set()
    if "not_a_claim" in flags:
        return None, "not a claim (no gold; its article is marked reviewed, so eval counts it as a false positive)"
    for flag, key in (("wrong_speaker", "speaker"), ("wrong_span", "span"), ("wrong_amount_or_date", "values")):
        if flag in flags and not str(fixes.get(key) or "").strip():
            return None, f"{flag.replace('_', ' ')} without the right value"
    if "wrong_speaker" in flags:
        right = fixes["speaker"].strip()
        claim["speaker"] = None if right.lower() == "none" else {"actor_id": right}
    if "wrong_span" in flags:
        _fix_span(claim, fixes["span"].strip(), doc_texts.get(claim["doc_id"]), where)
    if "wrong_amount_or_date" in flags:
        money, dates = parse_values(fixes["values"], where)
        claim["money"] = claim.get("money") if money is None else money
        claim["dates"] = claim.get("dates") if dates is None else dates
    claim.pop("sentence", None)
    claim["gold"] = {"tool": "report", "source": where, "verdict": mark.get("verdict"), "flags": sorted(flags),
                     "note": mark.get("note") or None}
    return claim, None


def import_report_marks(files: str | Path | Iterable[str | Path], *,
                        run_dir: str | Path | None = None) -> ReportGold:
    """Gold ``claim/1`` records for ``claims eval`` from the review marks exported by the HTML
    report (``review-mark/1`` lines), from one file or several read in order. A claim marked right
    becomes gold as predicted; a flagged one becomes gold with the right values the person typed;
    "not a claim" gives no gold. The last mark of a claim wins, across files too (a claim marked
    right in Monday's export and "not a claim" in Tuesday's is not gold). Every article with a mark
    that became gold or says "not a claim" gets a ``gold-document/1`` record in ``documents``, so
    ``claims eval`` scores it even when it has no gold claim (a claim marked "not a claim" is then
    a false positive). A flag without its right value cannot be gold and is listed in ``skipped``
    (it alone does not make its article reviewed, nor does it undo an earlier mark)."""
    paths = [Path(files)] if isinstance(files, (str, Path)) else [Path(f) for f in files]
    for path in paths:
        if not path.is_file():
            raise ClaimsError("file not found", path)
    doc_texts = {d["doc_id"]: d["text"] for d in iter_jsonl(Path(run_dir) / io.DOCUMENTS)} if run_dir else {}
    result = ReportGold()
    latest: dict[str, dict | None] = {}  # claim id -> its gold, or None when last marked "not a claim"
    reviewed: dict[str, str] = {}  # doc id -> the file of its first mark, in order of first marks
    for path, line, mark in ((p, n, m) for p in paths for n, m in _read_any(p)):
        where = f"{path.name}:{line}"
        _check_mark(mark, path, line, run_dir, doc_texts)
        gold, why = _mark_to_gold(mark, where, doc_texts)
        not_a_claim = gold is None and "not_a_claim" in (mark.get("flags") or []) and mark.get("verdict") != "correct"
        if gold is not None or not_a_claim:
            reviewed.setdefault(str(mark["claim"]["doc_id"]), path.name)
            latest[str((mark.get("claim") or {}).get("claim_id") or mark.get("claim_id"))] = gold
        if gold is None:
            result.skipped.append(f"{where}: {mark.get('claim_id')}: {why}")
    result.records = [gold for gold in latest.values() if gold is not None]
    result.documents = [reviewed_document(doc_id, source) for doc_id, source in reviewed.items()]
    return result


def _check_mark(mark: dict, path: Path, line: int, run_dir, doc_texts: dict[str, str]) -> None:
    if mark.get("schema") != "review-mark/1":
        raise ClaimsError(f"not a review mark (schema {mark.get('schema')!r}; expected 'review-mark/1')", path, line)
    doc_id = (mark.get("claim") or {}).get("doc_id")
    if run_dir is not None and doc_id not in doc_texts:
        raise ClaimsError(f"document {doc_id!r} is not in {run_dir}", path, line)


__all__ = ["export", "import_gold", "import_brat_gold", "import_report_marks", "ReportGold", "reviewed_document",
           "GOLD_DOCUMENT", "parse_values", "write_gold",
           "ExportResult", "TOOLS", "LABELS", "prodigy_hashes",
           "label_studio_config", "utf16_offsets", "from_utf16"]
