"""Names of actors compared the way a reader would: ``Sen. Maria Ortiz`` = ``maria ortiz``.

:func:`normalize_name` case-folds, drops periods and the possessive ``'s``, other punctuation,
a leading ``the`` (or ``a``/``an``), a leading ``unnamed``/``unidentified`` before a noun (the
annotator's ``unnamed reporter`` is ``a reporter``: both say the text gives no name) and leading titles (``Mr.``, ``Sen.``, ``President``, ``Prime Minister`` …).
When only a title is left (``the president``), the title is kept so it can still match itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Titles and offices written before a name; longest first so "vice president" wins over "president".
TITLES = tuple(sorted((
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov", "governor",
    "lt gov", "lieutenant governor", "president", "vice president", "president-elect", "former president",
    "prime minister", "deputy prime minister", "premier", "chancellor", "minister", "foreign minister",
    "defense minister", "defence minister", "finance minister", "secretary", "secretary of state",
    "attorney general", "mayor", "judge", "justice", "chief justice", "speaker", "ambassador",
    "gen", "general", "adm", "admiral", "col", "colonel", "lt", "lieutenant", "maj", "major", "capt",
    "captain", "sgt", "sergeant", "rev", "reverend", "father", "sheikh", "ayatollah", "king", "queen",
    "prince", "princess", "pope", "chairman", "chairwoman", "chair", "director", "commissioner",
    "former", "acting", "sens", "reps",
), key=lambda t: (-len(t), t)))

# Words an annotator writes before the kind of an anonymous source (``unnamed reporter``): they say
# that the text names no one, as ``a`` does, and are dropped before a noun; a bare ``unnamed`` stays.
UNNAMED_WORDS = ("unnamed ", "unidentified ")

_POSSESSIVE = re.compile(r"(?<=\w)'s\b|(?<=s)'(?=\s|$)")
_PUNCT = re.compile(r"[^\w\s'-]")
_SPACES = re.compile(r"\s+")


def _title_prefix(name: str) -> str | None:
    for title in TITLES:
        if name.startswith(title + " "):
            return title
    return None


@lru_cache(maxsize=65536)
def normalize_name(name: str | None) -> str:
    """The comparable form of a name ('' for None or a name of punctuation only)."""
    if not name:
        return ""
    text = name.casefold().replace("\u2019", "'").replace("\u2018", "'")
    text = _POSSESSIVE.sub("", text).replace(".", "")
    text = _SPACES.sub(" ", _PUNCT.sub(" ", text)).strip(" '-")
    for article in ("the ", "a ", "an "):
        if text.startswith(article):
            text = text[len(article):]
            break
    for word in UNNAMED_WORDS:
        if text.startswith(word) and len(text) > len(word):
            text = text[len(word):]
            break
    bare = text
    while (title := _title_prefix(bare)) is not None:
        bare = bare[len(title) + 1:]
    return bare or text


def name_keys(names) -> frozenset[str]:
    """The non-empty normalized forms of some names."""
    return frozenset(k for k in (normalize_name(n) for n in names) if k)
