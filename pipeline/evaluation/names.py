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


# One member of a group, named as such (``one of the people familiar with the matter``, ``the
# other person involved in the talks``): the scorer also reads a predicted speaker so named as that
# member's kind (``person familiar with the matter``), as an annotator writes ``unnamed person
# familiar with the matter`` for the same source (:func:`with_member_kinds`). The member is ``one
# of`` a plural (an optional determiner and count before it) or ``other`` + a word that is no count;
# a kind of one word (``one of the diplomats``) is too loose to read so. Any name (gold or predicted)
# of ``one of`` with a determiner also reads without its count (``one of the two Senate aides`` is
# ``one of the Senate aides``: :func:`member_form`).
_ONE_OF = re.compile(r"one of (?:(?P<det>the|those|these) )?(?:(?:two|three|four|five|both|\d+) )?(?P<words>\w[\w' -]*)")
_OTHER = re.compile(r"other (?!(?:two|three|four|five|six|half|\d)\b)(\w[\w' -]*)")
_IRREGULAR_PLURALS = {"people": "person", "men": "man", "women": "woman", "children": "child"}
_STOPS = frozenset("of with in on at to for from by who that close familiar involved briefed".split())


def _singular_word(word: str) -> str | None:
    """``reviewers`` → ``reviewer``, ``allies`` → ``ally``, ``people`` → ``person``; None for a
    word that does not read as a plural noun."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is", "news")):
        return word[:-1]
    return None


def _singular_head(words: str) -> str | None:
    """``former nurse reviewers`` → ``former nurse reviewer``: the words with the first plural noun
    before any preposition or clause made singular, past a word that only looks plural before
    another that does (``texas lawmakers``, ``sales executives``: the last is the head); None
    when there is none."""
    parts = words.split(" ")
    for i, word in enumerate(parts):
        if word in _STOPS:
            return None
        one = _singular_word(word)
        after = parts[i + 1] if i + 1 < len(parts) else None
        if one is not None and (after is None or after in _STOPS or _singular_word(after) is None):
            return " ".join([*parts[:i], one, *parts[i + 1:]])
    return None


def _plural_head(words: str) -> bool:
    """Is the head a plural: the last word before a preposition, clause or participle after the
    first word (``members`` of ``members of the committee``, ``teachers`` of ``retired teachers``;
    not ``executive`` of ``sales executive at the firm`` nor ``diplomat attending the talks``)?"""
    parts = words.split(" ")
    head = parts[0]
    for word in parts[1:]:
        if word in _STOPS or word.endswith(("ing", "ed")):
            break
        head = word
    return _singular_word(head) is not None


def member_kind(key: str) -> str | None:
    """The kind of the one member a normalized name names (``one of the people familiar with the
    matter`` → ``person familiar with the matter``, ``other person involved in the talks`` →
    ``person involved in the talks``), normalized; None for no member, a kind of one word, or
    the rest of a group (``other members of the committee`` names no one member)."""
    one, other = _ONE_OF.fullmatch(key), _OTHER.fullmatch(key)
    if other and not _plural_head(other.group(1)):
        kind = other.group(1)
    else:
        kind = _singular_head(one.group("words")) if one else None
    kind = normalize_name(kind) if kind else None  # (``former nurse reviewer``: ``nurse reviewer``)
    return kind if kind and " " in kind else None  # (a bare ``person``, ``diplomat`` names no kind of its own)


def member_form(key: str) -> str | None:
    """``one of the X`` for a normalized name of one member with a determiner and maybe a count
    (``one of the two senate aides``, ``one of those people``); None for any other name."""
    one = _ONE_OF.fullmatch(key)
    return f"one of the {one.group('words')}" if one and one.group("det") else None


# A spokesperson is the voice of the body or person they speak for: an annotator writes the source
# as ``unnamed spokeswoman for the Ministry of Education`` in one set and as ``Ministry of
# Education`` in another, and the tool gives a body's spokesperson the body's actor. A gold name of
# a spokesperson for someone also reads as that principal (:func:`with_principals`).
_VOICE = re.compile(r"(?:\w[\w'-]* )*?(?:spokesperson|spokeswoman|spokesman|spokespeople|spokeswomen|spokesmen|"
                    r"press secretary|press officer) (?:for|of|at) (?P<principal>\w.*)")


def principal(key: str) -> str | None:
    """The one a normalized spokesperson's name speaks for (``spokeswoman for the ministry of
    education`` → ``ministry of education``); None for any other name."""
    voice = _VOICE.fullmatch(key)
    if voice is None:
        return None
    words = voice.group("principal")
    bare = normalize_name(words)  # (``gov ana reyes`` → ``ana reyes``; but ``governor office`` stays whole)
    return words.removeprefix("the ") if " " not in bare and " " in words.removeprefix("the ") else bare or None


def with_principals(keys: frozenset[str]) -> frozenset[str]:
    """``keys`` and the principal of a spokesperson so named (:func:`principal`). For a gold
    speaker: a predicted speaker that is the principal itself, or whose actor is the principal,
    names the same voice."""
    return keys | {who for k in keys if (who := principal(k))}


def name_keys(names) -> frozenset[str]:
    """The non-empty normalized forms of some names, and a member's name without its count
    (:func:`member_form`)."""
    keys = {k for k in (normalize_name(n) for n in names) if k}
    return frozenset(keys | {form for k in keys if (form := member_form(k))})


def with_member_kinds(keys: frozenset[str]) -> frozenset[str]:
    """``keys`` and the kind of a group member so named (:func:`member_kind`). For a predicted
    speaker only: a gold member's name is no kind, so that the two members of a pair (``one of the
    people familiar with the matter``, ``the other person familiar with the matter``) are never
    read as one another through the kind they share."""
    return keys | {kind for k in keys if (kind := member_kind(k))}
