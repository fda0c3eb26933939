"""spaCy components, registered as factories on import.

``import pipeline.components`` makes ``nlp.add_pipe("claims_money")`` (and the others) work in
any spaCy pipeline. Each component writes its spans to its own span group (see
``pipeline.extensions``); ``claims_mentions`` merges them into ``doc.spans["mentions"]``.
"""

from pipeline import extensions  # noqa: F401  (declares the extensions)
from pipeline.components import mentions  # noqa: F401

for _name in ("paragraphs", "money", "quantities", "dates", "actors", "claims"):
    try:  # a component module that does not exist yet is simply not registered
        __import__(f"pipeline.components.{_name}")
    except ModuleNotFoundError as exc:  # pragma: no cover - only while modules are being added
        if exc.name != f"pipeline.components.{_name}":
            raise
