"""The parse cache: the model's parse of each distinct text, so ``extract`` never re-runs the model.

An entry holds the chunks of one text (a long text is parsed in chunks, each with its character
offset) as a DocBin, with the results of our rule components and the *rules stamp* they were
made under (rule code and data, configuration, publication date). It is keyed by what the parse
depends on — the text's hash, the model and the spaCy version — and not by rules or settings:
when the stamp no longer matches, the rule components re-run on the cached parse, so a changed
rule never reads a stale result and never costs a model run.
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path

import numpy
import spacy
from spacy.attrs import DEP, ENT_ID, ENT_KB_ID, ENT_TYPE, LEMMA, MORPH, NORM, ORTH, TAG
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from pipeline.io import CACHE, make_temp

def _freeze_msgpack_registries() -> None:
    """srsly looks up msgpack extension entry points on every (de)serialization, scanning every
    installed package's metadata (a third of the time of reading a cache entry), and then walks
    catalogue's whole registry for its own namespace (a DocBin packs eight times per document).
    Register the entry points once and stop rescanning; remember each namespace's functions until
    anything new is registered: the same extensions, found once."""
    import catalogue
    from srsly import _msgpack_api as api

    for registry in (api.msgpack_encoders, api.msgpack_decoders):
        if registry.entry_points:
            for name, func in registry.get_entry_points().items():
                registry.register(name, func=func)
            registry.entry_points = False
        registry.get_all = _remembered(registry.get_all, catalogue)


def _remembered(get_all, catalogue):
    found: dict = {}

    def get_all_remembered() -> dict:
        size = len(catalogue.REGISTRY)  # registering a function adds an entry
        if found.get("size") != size:
            found["size"], found["all"] = size, get_all()
        return dict(found["all"])

    return get_all_remembered


_freeze_msgpack_registries()

OFFSET_KEY = "claims_chunk_offset"
STAMP_KEY = "claims_rules_stamp"

Chunks = list[tuple[int, Doc]]


@functools.lru_cache(maxsize=1)
def blank_vocab() -> Vocab:
    """A vocabulary to read cache entries into (a DocBin carries its own strings)."""
    return spacy.blank("en").vocab


def cache_key(text_sha256: str, model: str) -> str:
    blob = "\x00".join((text_sha256, model, spacy.about.__version__))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


def cache_path(out_dir: Path, key: str) -> Path:
    return Path(out_dir) / CACHE / key[:2] / f"{key}.spacy"


def to_bytes(chunks: Chunks, rules_stamp: str) -> bytes:
    """Serialize a parsed text (its chunks with their offsets and rule results)."""
    docbin = DocBin(store_user_data=True)
    for offset, doc in chunks:
        doc.user_data[OFFSET_KEY] = offset
        doc.user_data[STAMP_KEY] = rules_stamp
        docbin.add(doc)
        del doc.user_data[OFFSET_KEY], doc.user_data[STAMP_KEY]
    return docbin.to_bytes()


def from_bytes(data: bytes, vocab: Vocab) -> tuple[Chunks, str | None]:
    """``(chunks, rules stamp)`` of a cache entry."""
    chunks, stamp = [], None
    for doc in DocBin(store_user_data=True).from_bytes(data).get_docs(vocab):
        offset = doc.user_data.pop(OFFSET_KEY, 0)
        stamp = doc.user_data.pop(STAMP_KEY, None)
        chunks.append((offset, doc))
    return chunks, stamp


# A parse handed to another process of the same run (see ``pack``): DocBin's token attributes but
# the tokens themselves, which the receiver's tokenizer makes again from the text.
PARSE_ATTRS = [attr for attr in DocBin().attrs if attr != ORTH]
_STRING_COLUMNS = [i for i, attr in enumerate(PARSE_ATTRS)
                   if attr in (NORM, TAG, DEP, ENT_TYPE, ENT_KB_ID, ENT_ID, LEMMA, MORPH)]


def pack(doc: Doc) -> tuple[numpy.ndarray, list[str]]:
    """A doc's annotations as one array and the strings they name, for a process forked from this
    one (it has the model's labels but not the words met since). DocBin's loop over every token
    and its compression would cost the process running the model about six times as much (0.3 s
    of CPU against 0.05 s on the 120 bench documents)."""
    array = doc.to_array(PARSE_ATTRS)
    strings = doc.vocab.strings
    return array, [strings[int(h)] for h in numpy.unique(array[:, _STRING_COLUMNS]) if h]


def unpack(doc: Doc, array: numpy.ndarray, strings: list[str]) -> Doc:
    """Give ``doc`` — the tokens of the packed doc's text — the packed annotations."""
    for string in strings:
        doc.vocab.strings.add(string)
    return doc.from_array(PARSE_ATTRS, array)


def write(path: Path, data: bytes) -> None:
    """Atomically write a cache entry (temporary file, then rename). Not synced to disk: after a
    power loss an entry may be damaged, and a damaged entry is parsed again (``work.stream_results``);
    syncing each entry cost 3% of a run."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fh, tmp = make_temp(path, binary=True)
    with fh:
        fh.write(data)
    os.replace(tmp, path)


def read(path: Path, vocab: Vocab) -> tuple[Chunks, str | None]:
    return from_bytes(Path(path).read_bytes(), vocab)
