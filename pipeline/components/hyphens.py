"""A hyphen after an abbreviation with periods is a token of its own.

The English tokenizer splits ``Iran-backed`` into ``Iran`` ``-`` ``backed`` but keeps ``U.S.-led``,
``U.N.-brokered`` and ``F.B.I.-C.I.A.`` as one token each (its hyphen rule wants a letter before the
hyphen, and here a period stands there). No span can then be ``U.S.`` alone, so the country in
``the U.S.-led coalition`` was no actor. ``split_abbreviation_hyphens`` adds one infix rule: a hyphen
or en dash between ``<capital>.`` and a letter. The text and every offset stay as written.
"""

from __future__ import annotations

import re

from spacy.tokenizer import Tokenizer

ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)[-\u2013](?=[A-Za-z])"


def split_abbreviation_hyphens(tokenizer: Tokenizer) -> None:
    """Add the rule (module doc) to ``tokenizer``'s infixes (idempotent; a tokenizer without
    infixes gets this one)."""
    finditer = tokenizer.infix_finditer
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if pattern is not None and ABBREVIATION_HYPHEN in pattern:
        return
    combined = ABBREVIATION_HYPHEN if not pattern else f"{pattern}|{ABBREVIATION_HYPHEN}"
    tokenizer.infix_finditer = re.compile(combined).finditer
