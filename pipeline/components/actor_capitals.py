"""The capitals of ``metonyms.jsonl`` (rows of ``kind: capital``): the places ``the capital`` may
name (``Maputo (AFP) – police fired tear gas … in the capital``; actor_descriptions.jsonl
``desc-capital``). A city the gazetteer does not call a capital is no antecedent of it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipeline.components.gazetteer import RULES, load_metonyms


@lru_cache(maxsize=4)
def capital_ids(path: Path = RULES / "metonyms.jsonl") -> frozenset[str]:
    """The ids of the capital rows of ``metonyms.jsonl`` (none when the file is missing)."""
    if not path.is_file():
        return frozenset()
    return frozenset(e.id for e in load_metonyms(path) if e.kind == "capital")
