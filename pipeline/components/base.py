"""What every claims component shares with spaCy's own rule components (``SpanRuler``,
``EntityRuler``): the rule data is part of the component.

A component's *rule data* is a set of files, named by their place in a saved pipeline:

- ``rules/<file>``: the rule files it reads (``pipeline/rules/`` unless the ``rules`` setting
  names another folder), chosen by the class's ``rule_globs``;
- ``user/<NN>-<file>``: user dictionaries (``claims run --actors FILE``) and patterns added with
  ``add_patterns``, in the order they were added.

``to_disk``/``to_bytes`` store those files; ``from_disk``/``from_bytes`` rebuild the component
from the stored copies, so a pipeline saved with ``nlp.to_disk()`` loads with ``spacy.load()`` on a
machine that has only the package — the user dictionary files and the ``rules`` folder named in
its config need not exist there. Stored rule files equal to the shipped ones are read from the
package (so the loaders' caches are shared).

Paths named in a factory's config (``rules``, user dictionaries) that do not exist are an error
naming the path — raised when the component is first used, unless ``from_disk``/``from_bytes``
gave it stored data in the meantime (as ``spacy.load`` does right after making it).
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

import srsly
from spacy.language import Language

from pipeline.components.abbreviations import keep_title_abbreviations
from pipeline.components.apostrophes import straighten_apostrophes
from pipeline.components.hyphens import split_abbreviation_hyphens

SHIPPED_RULES = Path(__file__).resolve().parent.parent / "rules"
RULES = "rules"
USER = "user"

_scratch: tempfile.TemporaryDirectory | None = None  # rule data loaded from bytes (removed at exit)


class MissingRuleDataError(FileNotFoundError):
    """A path named in a component's config does not exist (and no stored data replaced it)."""


def _materialize(files: dict[str, bytes]) -> Path:
    """A folder holding ``files`` (for loaders that read paths), named by their content."""
    global _scratch
    if _scratch is None:
        _scratch = tempfile.TemporaryDirectory(prefix="claims-rules-")
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name] + b"\0")
    folder = Path(_scratch.name) / digest.hexdigest()[:16]
    if not folder.exists():
        for name, data in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
    return folder


class RuleComponent:
    """Mixin for our components. A subclass calls :meth:`_init_rules` first thing in ``__init__``
    with the factory's settings, and reads its rules from :attr:`rules_dir` and its user files
    from :meth:`user_paths`."""

    #: glob patterns (under the rules folder) of the files the component reads
    rule_globs: ClassVar[tuple[str, ...]] = ()
    #: the rules file that ``add_patterns`` rows extend (None: rows are user dictionary entries)
    patterns_file: ClassVar[str | None] = None
    #: the factory setting that lists user dictionary paths, if the component takes any
    dictionary_setting: ClassVar[str | None] = None

    # ------------------------------------------------------------------ set-up
    def _init_rules(self, nlp: Language, name: str, **config: Any) -> None:
        """Record the settings, the rules folder and the contents of the user files named in them.
        The pipeline's vocabulary reads curly apostrophes as straight ones (:mod:`apostrophes`), so a
        pipeline restored with ``spacy.load`` reads ``N’Diaye`` as the one that saved it did, and its
        tokenizer splits the hyphen of ``U.S.-led`` off (:mod:`hyphens`) and keeps ``Ald.`` whole
        (:mod:`abbreviations`)."""
        straighten_apostrophes(nlp.vocab)
        split_abbreviation_hyphens(nlp.tokenizer)
        keep_title_abbreviations(nlp.tokenizer)
        self.nlp = nlp
        self.name = name
        self.config = dict(config)
        rules = config.get("rules")
        self.rules_dir = Path(rules) if rules else SHIPPED_RULES
        if getattr(self, "_reloading", False):
            return
        self._missing: list[str] = []
        if rules and not self.rules_dir.is_dir():
            self._missing.append(f"rules folder {rules}")
            self.rules_dir = SHIPPED_RULES
        self._user: dict[str, tuple[bytes, Path | None]] = {}
        for path in config.get(self.dictionary_setting or "", None) or ():
            if Path(path).is_file():
                self._add_user_file(Path(path))
            else:
                self._missing.append(f"{self.dictionary_setting} file {path}")

    def check_rule_data(self) -> None:
        """Raise :class:`MissingRuleDataError` naming every path of the config that does not exist
        (and was not replaced by stored data). Called by the components before they use their rules."""
        if self._missing:
            raise MissingRuleDataError(f"{self.name}: {'; '.join(self._missing)} not found")

    def _add_user_file(self, path: Path, data: bytes | None = None) -> None:
        if data is None:
            if not path.is_file():
                raise MissingRuleDataError(f"{self.name}: {self.dictionary_setting} file {path} not found")
            data = path.read_bytes()
        self._user[f"{USER}/{len(self._user):02d}-{path.name}"] = (data, path)

    def rule_paths(self, folder: Path | None = None) -> list[Path]:
        """The rule files the component reads from ``folder`` (default: its rules folder)."""
        folder = folder or self.rules_dir
        return sorted({p for pattern in self.rule_globs for p in folder.glob(pattern) if p.is_file()})

    def rule_data(self) -> dict[str, bytes]:
        """Every file of the component's rule data, by its name in a saved pipeline."""
        data = {f"{RULES}/{p.name}": p.read_bytes() for p in self.rule_paths()}
        data.update((name, content) for name, (content, _) in self._user.items())
        return data

    def user_paths(self) -> list[Path]:
        """The user files in order, for loaders that read paths: where they were read from, or a
        copy made from the stored contents (after ``from_bytes``, ``add_patterns``)."""
        missing = {name: data for name, (data, path) in self._user.items() if path is None}
        folder = _materialize(missing) if missing else None
        return [path if path is not None else folder / name for name, (_, path) in sorted(self._user.items())]

    # ------------------------------------------------------------------ rules added at run time
    def add_patterns(self, patterns: Iterable[dict]) -> None:
        """Add rule rows (JSON objects like the lines of the component's pattern file, each with an
        ``id``; for ``claims_actors``: dictionary entries). They are validated like the shipped
        rules and stored with the pipeline."""
        rows = b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in patterns)
        if self.patterns_file is None:
            before = dict(self._user)
            self._user[f"{USER}/{len(self._user):02d}-patterns.jsonl"] = (rows, None)
            self._reload_safely(self.rules_dir, before)
            return
        files = {f"{RULES}/{p.name}": p.read_bytes() for p in self.rule_paths()}
        key = f"{RULES}/{self.patterns_file}"
        files[key] = files[key].rstrip(b"\n") + b"\n" + rows
        self._reload_safely(_materialize(files) / RULES, dict(self._user))

    def add_dictionaries(self, paths: Iterable[str | Path]) -> None:
        """Add user dictionary files (CSV or JSONL); their contents are stored with the pipeline,
        so a saved pipeline needs them no more."""
        if self.dictionary_setting is None:
            raise NotImplementedError(f"{self.name} takes no dictionaries")
        before = dict(self._user)
        for path in paths:
            self._add_user_file(Path(path))
        if self._user != before:
            self._reload_safely(self.rules_dir, before)

    def _reload_safely(self, rules_dir: Path, before: dict) -> None:
        """:meth:`_reload`, and back to the previous rule data (``before``: the user files) when
        the new data is bad."""
        before_dir = self.rules_dir
        try:
            self._reload(rules_dir)
        except Exception:
            self._user = before
            self._reload(before_dir)
            raise

    def _reload(self, rules_dir: Path) -> None:
        """Build the component again from ``rules_dir`` and the user files (same settings)."""
        config = dict(self.config)
        if "rules" in config or rules_dir != SHIPPED_RULES:
            config["rules"] = None if rules_dir == SHIPPED_RULES else str(rules_dir)
        if self.dictionary_setting:
            config[self.dictionary_setting] = [str(p) for p in self.user_paths()]
        self._reloading = True
        try:
            type(self).__init__(self, self.nlp, self.name, **config)
        finally:
            self._reloading = False

    # ------------------------------------------------------------------ serialization
    def _restore(self, files: dict[str, bytes], folder: Path | None) -> None:
        rules = {name: data for name, data in files.items() if name.startswith(f"{RULES}/")}
        shipped = {f"{RULES}/{p.name}": p.read_bytes() for p in self.rule_paths(SHIPPED_RULES)}
        rules_dir = SHIPPED_RULES if rules == shipped else (folder or _materialize(rules)) / RULES
        user = {name: (data, folder / name if folder else None)
                for name, data in files.items() if name.startswith(f"{USER}/")}
        self._missing = []  # the stored data replaces the paths of the config
        if rules_dir == self.rules_dir and {n: d for n, (d, _) in user.items()} == \
                {n: d for n, (d, _) in self._user.items()}:
            return  # already built from the same data
        self._user = user
        self._reload(rules_dir)

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps({"files": self.rule_data()})

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> RuleComponent:
        self._restore(dict(srsly.msgpack_loads(bytes_data)["files"]), None)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        for name, data in self.rule_data().items():
            (path / name).parent.mkdir(parents=True, exist_ok=True)
            (path / name).write_bytes(data)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RuleComponent:
        path = Path(path)
        files = {p.relative_to(path).as_posix(): p.read_bytes()
                 for sub in (RULES, USER) if (path / sub).is_dir() for p in sorted((path / sub).iterdir())}
        self._restore(files, path)
        return self


# What each factory reads from the doc, for ``nlp.analyze_pipes()``. ``token.pos`` is also read;
# spaCy's English models set it in the ``attribute_ruler``, which declares nothing, so it is left
# out here (else every standard pipeline would be reported as incomplete).
NER = ["doc.ents", "token.ent_iob", "token.ent_type"]
TAGS = ["token.tag", "token.lemma"]
PARSE = ["token.dep", "token.head", "doc.sents"]
REQUIRES = {
    "claims_money": ["doc.ents"],
    "claims_quantities": [*NER, *TAGS, "token.dep", "token.head", "token.is_sent_start"],
    "claims_dates": ["doc.ents", *TAGS, "token.dep", "token.head"],
    "claims_actors": [*NER, *TAGS, *PARSE, "token.is_sent_start"],
    "claims_mentions": ["doc.ents", "doc.spans"],
    "claims_claims": [*PARSE, *TAGS, "token.ent_type", "doc.spans"],
}
ASSIGNS = {name: ["doc.spans"] for name in REQUIRES}
ASSIGNS["claims_claims"] = ["doc._.claims"]
