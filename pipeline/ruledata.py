"""Reading rule data files (JSONL under ``pipeline/rules/`` and user dictionaries), shared by all
components: every problem is reported as ``FILE:LINE: problem`` (with the rule id when known)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from pipeline.io import json_error


class RuleError(ValueError):
    """A rule data file is malformed; the message names the file, the line and the rule id."""


def read_jsonl_rules(path: str | Path, *, error: type[RuleError] = RuleError, require_id: bool = True,
                     comments: bool = False) -> Iterator[tuple[int, dict]]:
    """``(line number, rule)`` for every non-blank line of a JSONL rule file.

    Each line must be a JSON object; with ``require_id`` each needs a unique, non-empty string
    ``id`` (the id comes back on mentions as ``origin: "rule:<id>"``). With ``comments``, lines
    starting with ``#`` are skipped. Problems raise ``error`` naming the file and line.
    """
    path = Path(path)
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8-sig") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or (comments and line.lstrip().startswith("#")):
                continue
            try:
                rule = json.loads(line)
            except json.JSONDecodeError as exc:
                raise error(f"{path}:{lineno}: {json_error(exc)}") from None
            if not isinstance(rule, dict):
                raise error(f"{path}:{lineno}: each line must be a JSON object")
            if require_id:
                rid = rule.get("id")
                if not isinstance(rid, str) or not rid:
                    raise error(f"{path}:{lineno}: every rule needs a string 'id'")
                if rid in seen:
                    raise error(f"{path}:{lineno}: duplicate rule id {rid!r} (first on line {seen[rid]})")
                seen[rid] = lineno
            yield lineno, rule


#: The one template syntax of rule patterns: ``{NAME}`` inserts the named block as a
#: non-capturing group, ``{NAME:group}`` as a named group. Used by every component.
TEMPLATE_RE = re.compile(r"\{([A-Z][A-Z0-9]*)(?::([a-z][a-z0-9_]*))?\}")


def expand_template(pattern: str, blocks: dict[str, str], where: str, *,
                    error: type[RuleError] = RuleError) -> str:
    """Fill ``{NAME}`` / ``{NAME:group}`` in ``pattern`` from ``blocks``; ``where`` names the rule
    (``FILE:LINE (id …)``) in the error raised for an unknown block."""
    def sub(m: re.Match) -> str:
        name, group = m.group(1), m.group(2)
        if name not in blocks:
            raise error(f"{where}: unknown block {{{name}}} (known: {', '.join(sorted(blocks))})")
        body = blocks[name]
        return f"(?P<{group}>{body})" if group else f"(?:{body})"

    return TEMPLATE_RE.sub(sub, pattern)
