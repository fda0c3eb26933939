"""Names the model cut: a given name it left out of a name set off by commas.

``Its chief commissioner, Dil Maya Rai, warned``, ``Chad's foreign minister, Idriss Haroun Tahir,
and``: the model tags ``Maya Rai``, ``Haroun Tahir`` and leaves the first given name (one the given
names list may not know) untagged. Between the opening comma of an apposition and a person's name
of two words or more that a comma closes, one untagged title-case word (no title, no known name of
a place, body or country) opens the name. Anything else before the name (``In Nairobi, Paula Ortiz
said``: no closing comma; ``said Tuesday, Paula Ortiz,``: tagged a date) leaves it as it is.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc


def cut_given_name(doc: Doc, start: int, end: int, taken: list[bool], titles: frozenset[str],
                   known: Callable[[str], bool]) -> int:
    """The new start of the person's name ``doc[start:end]`` (module doc), else ``start``;
    ``titles``: title words (lower case); ``known``: is the word a gazetteer name?"""
    k = start - 1
    if end - start < 2 or k < 1 or end >= len(doc) or doc[k - 1].text != "," or doc[end].text != ",":
        return start
    tok = doc[k]
    if taken[k] or tok.ent_type_ or not tok.is_title or not tok.is_alpha or tok.pos_ != "PROPN" or \
            tok.whitespace_ != " " or tok.lower_ in titles or known(tok.text):
        return start
    return k
