"""The per-document work shared by ``annotate``, ``extract``, ``run`` and every executor.

``process_batch`` is what a worker runs (in this process, a process pool or on a Dask cluster):
it parses texts with the model (long texts in chunks) and returns plain records plus the cache
entry. ``from_cache`` does the same from a cached parse, with no model.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import cache, progress
from pipeline.components.mentions import mention_records
from pipeline.identity import CLAIM_FILES, RunIdentity, code_hash  # noqa: F401  (re-exported)
from pipeline.nlp import after_model, apply_rules, cached_build, cached_rules

log = logging.getLogger(__name__)

# Texts longer than this are parsed in chunks cut at paragraph or sentence boundaries.
CHUNK_CHARS = 100_000


@dataclass
class DocResult:
    doc_id: str
    mentions: list[dict[str, Any]]
    claims: list[dict[str, Any]] | None
    parse: bytes | None  # a new cache entry (None when the parse came from the cache)
    words: int


def split_text(text: str, max_chars: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """``(offset, chunk)`` pieces of at most ``max_chars`` that concatenate back to ``text``.

    Cuts after a blank line when one is in the second half of the window, else after a sentence
    end, else after any whitespace, else hard.
    """
    if len(text) <= max_chars:
        return [(0, text)]
    pieces, start = [], 0
    while len(text) - start > max_chars:
        window = text[start:start + max_chars]
        half = max_chars // 2
        cut = -1
        for pattern in (r"\n\s*\n", r"[.!?][\"'”’)\]]*\s+", r"\s+"):
            ends = [m.end() for m in re.finditer(pattern, window) if m.end() >= half]
            if ends:
                cut = ends[-1]
                break
        if cut <= 0:
            cut = max_chars
        pieces.append((start, text[start:start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _shift(obj: Any, offset: int) -> Any:
    if isinstance(obj, dict):
        out = {k: _shift(v, offset) for k, v in obj.items()}
        if isinstance(out.get("start"), int) and isinstance(out.get("end"), int):  # a span of the text
            out["start"] += offset
            out["end"] += offset
        if "mention_id" in out and "kind" in out:
            out["mention_id"] = f"{out['doc_id']}:{out['kind']}:{out['start']}-{out['end']}"
        if "claim_id" in out:
            out["claim_id"] = f"{out['doc_id']}:claim:{out['start']}-{out['end']}"
        return out
    if isinstance(obj, list):
        return [_shift(v, offset) for v in obj]
    return obj


def shift_records(records: list[dict], offset: int) -> list[dict]:
    """Records of a chunk moved to the offsets (and ids) of the whole text."""
    return records if offset == 0 else [_shift(r, offset) for r in records]


def outputs(chunks: cache.Chunks, doc_id: str, prov: dict | None, with_claims: bool,
            with_mentions: bool = True):
    """Mention records, claim records (or None) and the word count of a parsed, ruled text."""
    mentions: list[dict] = []
    claims: list[dict] | None = [] if with_claims else None
    words = 0
    if with_claims:
        from pipeline.components.claims import extract_claims
    for offset, doc in chunks:
        text = doc.text  # spaCy joins the tokens again on each access: once per chunk here
        records = mention_records(doc, doc_id, text) if with_mentions or with_claims else []
        if with_mentions:
            mentions.extend(shift_records(records, offset))
        if with_claims:
            claims.extend(shift_records(_claims_or_none(extract_claims, doc, doc_id, prov, text, records), offset))
        words += count_words(doc)
    return mentions, claims, words


def _claims_or_none(extract, doc, doc_id: str, prov: dict | None, text: str, records: list[dict]) -> list[dict]:
    """The claims of one parsed chunk. A fault of the extractor on one document (a bug, not bad
    input) costs that chunk its claims, with an error naming the document, instead of aborting
    the whole run; its mentions are kept."""
    try:
        return extract(doc, doc_id, prov, text=text, mentions=records)
    except Exception as exc:  # noqa: BLE001 - one document must not stop a batch run
        log.error("%s: claim extraction failed, no claims for this part of the document (%s: %s); "
                  "please report it", doc_id, type(exc).__name__, exc)
        return []


def count_words(doc) -> int:
    """Tokens that are neither space nor punctuation (read from the lexeme flags in one array)."""
    if not len(doc):
        return 0
    flags = doc.to_array([IS_SPACE, IS_PUNCT])
    return len(doc) - int(flags.any(axis=1).sum())


def parse(nlp: Language, records: list[dict[str, Any]], batch_size: int = 32,
          disable: tuple[str, ...] = ()) -> Iterator[cache.Chunks]:
    """Run the pipeline (but the ``disable``d pipes) over the records' texts (chunked when long);
    one chunk list per record."""
    pieces = []
    for i, record in enumerate(records):
        for offset, text in split_text(record["text"], min(CHUNK_CHARS, nlp.max_length)):
            pieces.append(Piece(i, offset, new_doc(nlp, text, record), len(text)))
    grouped: list[cache.Chunks] = [[] for _ in records]
    for batch in _model_batches(pieces, batch_size):
        for piece, doc in zip(batch, nlp.pipe([p.doc for p in batch], batch_size=len(batch), disable=disable)):
            grouped[piece.record].append((piece.offset, doc))
            progress.advance(piece.chars)  # moves a bar in this process, even inside a long text
    yield from grouped


def new_doc(nlp: Language, text: str, record: dict[str, Any]) -> Doc:
    """The tokens of a record's text (or of a chunk of it), knowing their document."""
    doc = nlp.make_doc(text)
    doc._.doc_id = record["doc_id"]
    doc._.published = record.get("published")
    doc._.source = record.get("source")  # the outlet of the front matter (a fact check's ``we``)
    return doc


class Piece(NamedTuple):
    """A chunk of a record's text on its way through the model."""
    record: int  # index of the record in the batch
    offset: int  # of the chunk in the record's text
    doc: Doc
    chars: int  # len(text): Doc.text would join the tokens again


def _model_batches(pieces: list, max_docs: int, max_chars: int | None = None) -> Iterator[list]:
    """Batches for the model of at most ``max_docs`` texts and about ``max_chars`` characters:
    the model's working memory grows with the tokens in a batch, so the chunks of one long
    text go through a few at a time instead of all at once."""
    max_chars = max_chars or CHUNK_CHARS
    batch: list = []
    size = 0
    for piece in pieces:
        n = piece.chars
        if batch and (len(batch) >= max_docs or size + n > max_chars):
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += n
    if batch:
        yield batch


def process_batch(records: list[dict[str, Any]], run: RunIdentity, with_claims: bool) -> list[DocResult]:
    """Worker side: parse with the model (loaded once per process) and build the outputs."""
    nlp = cached_build(run.settings)
    return [_result(record, chunks, run, with_claims)
            for record, chunks in zip(records, parse(nlp, records, run.settings.batch_size))]


def _result(record: dict[str, Any], chunks: cache.Chunks, run: RunIdentity, with_claims: bool) -> DocResult:
    """The records and the new cache entry of a record's finished parse."""
    mentions, claims, words = outputs(chunks, record["doc_id"], run.provenance, with_claims)
    entry = cache.to_bytes(chunks, run.rules_stamp(record.get("published")))
    return DocResult(record["doc_id"], mentions, claims, entry, words)


def model_batch(records: list[dict[str, Any]], run: RunIdentity) -> list[cache.Chunks]:
    """Model side of :func:`process_batch` with a helper process: the parse of each record by the
    model's own pipes; the pipes of ``after_model`` are left to :func:`finish_parse`."""
    nlp = cached_build(run.settings)
    return list(parse(nlp, records, run.settings.batch_size, disable=after_model(nlp)))


def finish_parse(record: dict[str, Any], chunks: cache.Chunks, run: RunIdentity,
                 with_claims: bool) -> DocResult:
    """The rest of :func:`process_batch` for one record parsed by :func:`model_batch`: the pipes
    after the model, the records and the cache entry (the same as ``process_batch`` gives)."""
    nlp = cached_build(run.settings)
    procs = [nlp.get_pipe(name) for name in after_model(nlp)]
    done = []
    for offset, doc in chunks:
        for proc in procs:
            doc = proc(doc)
        done.append((offset, doc))
    return _result(record, done, run, with_claims)


def pack_parse(record: dict[str, Any], chunks: cache.Chunks) -> list[tuple[int, int, Any, list[str]]]:
    """What a forked helper needs to rebuild a record's parse: per chunk, its offset and end in
    the text (the chunks cover it) and its packed annotations."""
    ends = [offset for offset, _ in chunks[1:]] + [len(record["text"])]
    return [(offset, end, *cache.pack(doc)) for (offset, doc), end in zip(chunks, ends)]


def finish_packed(record: dict[str, Any], packed: list, run: RunIdentity, with_claims: bool) -> DocResult:
    """Helper side: the record's parse rebuilt from :func:`pack_parse`, then :func:`finish_parse`."""
    nlp = cached_build(run.settings)
    text = record["text"]
    chunks = [(offset, cache.unpack(new_doc(nlp, text[offset:end], record), array, strings))
              for offset, end, array, strings in packed]
    return finish_parse(record, chunks, run, with_claims)


def from_cache(record: dict[str, Any], path: Path, run: RunIdentity, with_claims: bool,
               with_mentions: bool = True) -> DocResult:
    """Driver side: read a cached parse and build the outputs (no model)."""
    return from_entry(record, Path(path).read_bytes(), run, with_claims, with_mentions)


def from_entry(record: dict[str, Any], data: bytes, run: RunIdentity, with_claims: bool,
               with_mentions: bool = True) -> DocResult:
    """The outputs of a cache entry. The cached rule results are used when they were made under
    the current rules stamp; otherwise our rule components re-run on the cached parse."""
    chunks, stamp = cache.from_bytes(data, cache.blank_vocab())
    if stamp != run.rules_stamp(record.get("published")):
        rules_nlp = cached_rules(run.settings)
        chunks, _ = cache.from_bytes(data, rules_nlp.vocab)
        chunks = [(off, apply_rules(rules_nlp, doc, record["doc_id"], record.get("published")))
                  for off, doc in chunks]
    for _, doc in chunks:  # read by the claim extractor, not by the cached rule results
        doc._.source = record.get("source")
    mentions, claims, words = outputs(chunks, record["doc_id"], run.provenance, with_claims, with_mentions)
    return DocResult(record["doc_id"], mentions, claims, None, words)


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def with_last(batches: Iterable[list]) -> Iterator[tuple[list, bool]]:
    """Each batch and whether it is the last (the next one is read first)."""
    batches = iter(batches)
    current = next(batches, None)
    while current is not None:
        following = next(batches, None)
        yield current, following is None
        current = following


def _from_cache_or_parse(record: dict, path: Path, run: RunIdentity, with_claims: bool) -> DocResult:
    """The cached parse of ``record``; a damaged cache entry is parsed again and rewritten."""
    try:
        return from_cache(record, path, run, with_claims)
    except Exception as exc:  # noqa: BLE001 - a damaged cache entry is parsed again
        log.warning("cache entry %s is unreadable (%s); parsing the document again", path, exc)
        path.unlink(missing_ok=True)
        result = process_batch([record], run, with_claims)[0]
        cache.write(path, result.parse)
        return result


def _drain(batch: list, todo_ids: set[int], future, out_dir: Path, run: RunIdentity,
           with_claims: bool) -> Iterator[tuple[dict, DocResult | None]]:
    """One batch's results in input order: reused items give ``None``, fresh parses are cached."""
    fresh = iter(future.result() if future is not None else [])
    for record, reuse in batch:
        if reuse:
            yield record, None
            continue
        path = cache.cache_path(out_dir, cache.cache_key(record["sha256"], run.model_key))
        if id(record) in todo_ids:
            result = next(fresh)
            cache.write(path, result.parse)
        else:
            result = _from_cache_or_parse(record, path, run, with_claims)
        yield record, result


def stream_results(items: Iterable[tuple[dict[str, Any], bool]], out_dir: Path, run: RunIdentity,
                   with_claims: bool, executor, stop=None) -> Iterator[tuple[dict, DocResult | None]]:
    """``(record, result)`` in input order for ``(record, reuse)`` items.

    A reused item yields ``None`` (the caller copies its earlier records); a cached parse is read
    here; the rest go to the executor in batches. New parses are written to the cache.
    ``stop()`` is polled between batches (Ctrl-C): the batches in flight finish, then it ends.
    """
    from collections import deque

    model = run.model_key  # what cache entries are keyed by
    window: deque = deque()
    limit = getattr(executor, "window", 2)  # batches in flight beyond the one being drained
    for batch, last in with_last(batched(items, run.settings.batch_size)):
        todo = [r for r, reuse in batch
                if not reuse and not cache.cache_path(out_dir, cache.cache_key(r["sha256"], model)).exists()]
        future = executor.process(todo, run, with_claims, last=last) if todo else None
        window.append((batch, {id(r) for r in todo}, future))
        while len(window) > limit:
            yield from _drain(*window.popleft(), out_dir, run, with_claims)
        if stop is not None and stop():
            break
    while window:
        yield from _drain(*window.popleft(), out_dir, run, with_claims)
