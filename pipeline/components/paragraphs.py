"""Paragraph structure for the parser: no sentence runs across a paragraph break.

Placed before the parser, ``claims_paragraphs`` marks the first word after every blank line as a
sentence start, and the first word after a line break that ends a headline-like line at the top
of a block (a headline, a byline, a dateline line: short, without closing punctuation) — so a
headline or byline is never glued to the first sentence of the body. The parser keeps the
sentence starts it finds set. It also marks the word after an abbreviation with periods that ends a
sentence before a capitalized word that opens the next one (``… from the F.T.C. People familiar
with the matter said …``: the tagger reads ``People`` as part of a name, and the parser would glue
the two sentences), and after a title abbreviation that ends one (``… sworn in as the new Lt. Gov.
She said …``); the words are rule data (``sentence_breaks.jsonl``). The name after a title
abbreviation (``said Capt.`` + ``Lucía Ferrer``) is marked as no sentence start, so the parser does
not end a sentence at the title's period. A letter that names a thing ends a sentence before a
capitalized word (``… in a post on X. South Korea's Foreign Ministry said``, ``… has a Plan B.
Investors …``): the word before it is rule data (``sentence_breaks.jsonl``), since a name's initial
follows a first name or a title (``John F. Kennedy``). Nothing else changes: the
text and every offset stay as they are.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.abbreviations import is_title_abbreviation
from pipeline.ruledata import read_jsonl_rules

BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
#: a line that ends like a sentence or continues into the next line is no headline
_CLOSED = re.compile(r"""[.,;:!?"'\u201d\u2019)\]\u2014\u2013-]\s*$""")
#: a line ending in one of these continues on the next line (``… package for`` / ``Ukraine``)
_OPEN_END = frozenset("a an the of for to and or but in on at by with from as that than".split())
#: a list marker: a bullet (``- ``, ``* ``, ``• ``, ``– ``, ``▪ ``, ``● ``) or a number (``1. ``, ``2) ``);
#: the one definition of a list item's mark (:func:`list_item_words`, :data:`LIST_MARKER`)
_MARKER = re.compile(r"[-*\u2022\u2013\u25aa\u25cf]|\d{1,2}[.)]")
#: a list marker opening a line, with its indent and the spaces after it
LIST_MARKER = re.compile(r"^[ \t]*(?:" + _MARKER.pattern + r")[ \t]+", re.M)
#: a list item: a line opening with a list marker and a word, a figure or an opening mark
_LIST_ITEM = re.compile(LIST_MARKER.pattern + r"""(?=["'\u201c\u2018(]?\w)""", re.M)
#: the next line starts with a capital or a digit, after a bullet (``- ``, ``• ``) or an opening mark
_NEXT_STARTS = re.compile(r"""[ \t]*(?:(?:""" + _MARKER.pattern + r""")[ \t]+)?["'\u201c\u2018(]?[A-Z0-9]""")
#: a line that ends a sentence, a list item or a label: a list item may follow it, and a list item
#: ending so is done (a comma or a dash runs on into the next line)
_ITEM_END = re.compile(r"""[.;:!?"'\u201d\u2019)\]]\s*$""")
#: a numbered line that is no list's first item (``3. He said …``): below a line that runs on it is
#: hard-wrapped prose (``… would strike on March`` / ``3. He said …``), no list under a headline
_LATER_NUMBER = re.compile(r"[ \t]*(?!1[.)])\d{1,2}[.)][ \t]")
MAX_HEADLINE_WORDS = 20
#: an abbreviation written with periods (``F.T.C.``, ``U.N.``)
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
BREAK_RULES = Path(__file__).resolve().parent.parent / "rules" / "sentence_breaks.jsonl"


def headline_like(line: str, following: str) -> bool:
    """A line that ends without closing punctuation, is short, does not end in a word that
    continues the phrase, and is followed by a line starting with a capital or a digit (not a
    numbered line past the first, :data:`_LATER_NUMBER`)."""
    words = line.split()
    if not words or len(words) > MAX_HEADLINE_WORDS or _CLOSED.search(line) \
            or _LATER_NUMBER.match(following):
        return False
    return words[-1].lower() not in _OPEN_END and bool(_NEXT_STARTS.match(following))


def break_offsets(text: str) -> Iterator[int]:
    """Character offsets where a new paragraph, a new headline-like line or a list item (and the
    line after it) begins."""
    opened = {m.end() for m in BLANK_LINE.finditer(text)} | set(headline_breaks(text))
    yield from opened
    yield from list_item_breaks(text, opened)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Every line of ``text`` with the offset it starts at (the newlines left out)."""
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def headline_breaks(text: str) -> Iterator[int]:
    """The starts of the lines below a headline-like line at the top of a block."""
    lines = list(_lines(text))
    block_start = True
    for (_, line), (nxt, following) in zip(lines, lines[1:]):
        if not line.strip():
            block_start = True  # the next line opens a block
        elif block_start and headline_like(line, following):
            yield nxt  # the lines below a headline at the top of a block are still a block top
        else:
            block_start = False


def is_list_item(line: str) -> bool:
    """Does ``line`` open with a bullet or a number and a word (``- Defence says …``, ``2. …``)?"""
    return _LIST_ITEM.match(line) is not None


def list_item_words(text: str, start: int, end: int) -> int | None:
    """Where the words of the list item on the line ``text[start:end]`` begin (after its marker),
    or None when the line is no list item (:func:`is_list_item`)."""
    m = _LIST_ITEM.match(text, start, end)
    return m.end() if m is not None else None


def list_item_breaks(text: str, opened: set[int] | frozenset[int] = frozenset()) -> Iterator[int]:
    """The starts of the bulleted or numbered lines that open a list item, and of the line after an
    item that ends closed: a summary bullet (``- Defence says texts were 'jokes'``) is a sentence of
    its own, as a headline is, so no speaker or content runs across the line break. A marker on a
    line after one that runs on (``… cut spending by`` / ``12. Finance director …``, ``… fell by
    about`` / ``- as he put it - …``) is hard-wrapped prose, and a line after an item that runs on
    (``… would raise`` / ``  EUR 2 billion``) continues the item: both are left to the parser. A
    line at an offset in ``opened`` (a paragraph's or a headline's next line) opens anyway."""
    prev, prev_item = "", False
    for pos, line in _lines(text):
        item = is_list_item(line) and (prev_item or pos in opened or _item_may_follow(prev))
        if item:
            yield pos
            if pos + len(line) < len(text) and _ITEM_END.search(line):
                yield pos + len(line) + 1
        prev, prev_item = line, item


def _item_may_follow(prev: str) -> bool:
    """Can a list item open on the line after ``prev`` (no item itself): a blank line (or none), a
    label ending in a colon, or a line that ends a sentence (:data:`_ITEM_END`)?"""
    return not prev.strip() or _ITEM_END.search(prev) is not None


class ParagraphBreaks:
    """Set ``is_sent_start`` on the first word of every paragraph and after headline-like lines."""

    def __init__(self, nlp: Language, name: str = "claims_paragraphs"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        first_word = _first_word_at(doc)
        starts = {first_word(offset) for offset in break_offsets(doc.text)} - {None, 0}
        for i in sorted(starts):
            doc[i].is_sent_start = True
        for i in sorted(starts):
            if _opening_word_glued(doc, i) and i + 1 not in starts:
                doc[i + 1].is_sent_start = False
            marker = _marker_tokens(doc, i)
            for k in marker:
                doc[k].is_sent_start = k == marker[-1]
        letters = set(letter_breaks(doc))
        breaks = set(abbreviation_breaks(doc)) | letters
        for i in breaks:
            doc[i].is_sent_start = True
        for i in letters:
            _hold_around(doc, i)
        for i in titled_names(doc):
            if i not in starts and i not in breaks:
                doc[i].is_sent_start = False
        return doc


@lru_cache(maxsize=1)
def _opening_words() -> frozenset[str]:
    """The words that open a sentence after an abbreviation (rule ``abbreviation-then-subject``)."""
    return frozenset(w for _, row in read_jsonl_rules(BREAK_RULES)
                     if row["id"] == "abbreviation-then-subject" for w in row["words"])


def abbreviation_breaks(doc: Doc) -> Iterator[int]:
    """Indices of the words that open a sentence after ``the <abbreviation with periods>`` or after
    a title abbreviation (``… the new Lt. Gov. She said``, :mod:`abbreviations`): a capitalized
    opening word (``People``, ``Officials``, ``He``) followed by a lowercase word, so a headline in
    title case (``the U.S. Officials Say``) and a name (``Gen. He Weidong``) are left alone."""
    words = _opening_words()
    for tok in doc[1:-2]:
        nxt, after = doc[tok.i + 1], doc[tok.i + 2]
        ends = is_title_abbreviation(tok.text) or _DOTTED.fullmatch(tok.text) and doc[tok.i - 1].lower_ == "the"
        if ends and nxt.is_title and nxt.lower_ in words and after.is_lower and after.is_alpha or \
                is_title_abbreviation(tok.text) and nxt.is_title and _no_name_after(doc, tok, nxt):
            yield nxt.i


@lru_cache(maxsize=1)
def _letter_ends() -> frozenset[tuple[str, str]]:
    """``(word before, letter)`` pairs that end a sentence (rules with ``before`` and ``letters``:
    ``on`` + ``X.``, ``plan`` + ``B.``)."""
    return frozenset((w, letter) for _, row in read_jsonl_rules(BREAK_RULES) if "letters" in row
                     for w in row["before"] for letter in row["letters"])


def letter_breaks(doc: Doc) -> Iterator[int]:
    """Indices of the words that open a sentence after a letter that names a thing (``… in a post
    on X. South Korea's Foreign Ministry said``, ``… courting Gen Z. Younger voters say``): the
    tokenizer keeps ``X.`` whole as a name's initial, and the parser glues the two sentences. The
    word before the letter is the evidence (a name's initial follows a first name or a title), and
    the next word must open a sentence: a capitalized word, or an opening quote before one, that is
    no sentence alone (``by Y. Chen and X. Liu.``: ``Liu.`` is the initial's surname)."""
    pairs = _letter_ends()
    for tok in doc[1:-1]:
        nxt = doc[tok.i + 1]
        if (doc[tok.i - 1].lower_, tok.text) in pairs and tok.whitespace_ and _opens_sentence(doc, nxt) \
                and not _lone_word(doc, nxt):
            yield nxt.i


def _lone_word(doc: Doc, tok) -> bool:
    """Is ``tok`` a word its sentence would hold alone (a full stop right after it: ``… and X. Liu.``)?"""
    return tok.is_alpha and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "."


def _hold_around(doc: Doc, i: int) -> None:
    """Keep the sentence break before ``doc[i]`` the only one near it: the letter and the two words
    before it (``a Plan B.``, not past a punctuation mark) and the two tokens after it (``"This
    is``), on its line, stay inside their sentences, where the parser, given one break, would
    otherwise add a stray one (``has`` | ``a Plan B.``, ``Opposition`` | ``leader Kemal Arslan``)."""
    doc[i - 1].is_sent_start = False
    for k in range(i - 2, max(i - 4, 0), -1):
        if doc[k - 1].is_punct or "\n" in doc[k - 1].whitespace_ or doc[k - 1].is_space:
            break
        doc[k].is_sent_start = False
    for k in range(i + 1, min(i + 3, len(doc))):
        if "\n" in doc[k - 1].whitespace_ or doc[k].is_space:
            break
        doc[k].is_sent_start = False


def _opens_sentence(doc: Doc, tok) -> bool:
    """Is ``tok`` a capitalized word, or an opening quote before one (``"This is …``)?"""
    if tok.is_quote and tok.i + 1 < len(doc) and not tok.whitespace_:
        tok = doc[tok.i + 1]
    return tok.is_alpha and tok.text[0].isupper()


def titled_names(doc: Doc) -> Iterator[int]:
    """Indices of the capitalized words (and title abbreviations) right after a title abbreviation
    on the same line (``Capt.`` + ``Lucía Ferrer``): the name the title belongs to, no sentence
    start. The parser reads a token ending in a period as a sentence's end and would cut ``said
    Capt.`` from the name. A word that opens a sentence after a title is found by
    :func:`abbreviation_breaks`."""
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if is_title_abbreviation(tok.text) and tok.whitespace_ == " " and nxt.text[0].isupper() and \
                (is_title_abbreviation(nxt.text) or nxt.is_alpha and _names_word(doc, tok, nxt)):  # "Sgt." + "Maj." + "Ana Ruiz"
            yield nxt.i


def _no_name_after(doc: Doc, title, nxt) -> bool:
    """A title used as a noun before a capitalized word that opens the next sentence: after
    ``a``/``an`` (``He retired as a Sgt. Colleagues said …``) or before a plural or a number
    (``promoted to Sgt. Three years later``); a pronoun is left alone (``Gen. He Weidong``)."""
    return title.i > 0 and doc[title.i - 1].lower_ in ("a", "an") or nxt.tag_ in ("NNS", "NNPS", "CD")


def _names_word(doc: Doc, title, nxt) -> bool:
    """Can ``nxt`` be a name the title stands before? Not after ``a``/``an`` (``He retired as a
    Sgt. Colleagues said …``: the title is a noun there), and not a plural or a number by the
    tagger (``promoted to Sgt. Three years later``), which the tagger runs before this."""
    return not _no_name_after(doc, title, nxt) and \
        nxt.tag_ not in ("PRP", "DT", "IN", "RB", "WRB", "WP", "EX")


def _opening_word_glued(doc: Doc, i: int) -> bool:
    """Does the paragraph's first word ``doc[i]`` run on into the next word on its line (``Port`` +
    ``Calder’s first woman fire chief says``, ``U.S.`` + ``Energy Information Administration data
    show``)? A title-case or upper-case word, or an abbreviation with periods, is never a sentence
    of its own there; the parser would sometimes end one after it, below a short header line."""
    tok = doc[i]
    if i + 1 >= len(doc) or "\n" in tok.whitespace_ or not tok.whitespace_ or doc[i + 1].is_space:
        return False
    return bool(_DOTTED.fullmatch(tok.text)) or (tok.is_alpha and (tok.is_title or tok.is_upper) and
                                                 doc[i + 1].is_alpha)


def _marker_tokens(doc: Doc, i: int) -> range:
    """The tokens after a list marker opening a sentence at ``doc[i]`` (``-``, ``•``, ``1.``,
    ``2`` + ``)``) up to the item's first word. The marker is a sentence of its own and the item's
    first word opens the next, so the item reads as any sentence does: its first word is a
    sentence start (``- Prosecutors say …``: a capitalised plural that opens a sentence is a group),
    and no claim or sentence of the item holds the marker (``1. The minister took bribes``)."""
    for end in range(i + 1, min(i + 3, len(doc))):
        if _MARKER.fullmatch(doc[i:end].text) and "\n" not in doc[end - 1].whitespace_ \
                and not doc[end].is_space:
            return range(i + 1, end + 1)
    return range(0)


def _first_word_at(doc: Doc):
    """A function from a character offset to the index of the first non-space token at or after it."""
    words = [tok for tok in doc if not tok.is_space]
    offsets = [tok.idx for tok in words]

    def at(offset: int) -> int | None:
        k = bisect.bisect_left(offsets, offset)
        return words[k].i if k < len(words) else None

    return at


@Language.factory("claims_paragraphs", assigns=["token.is_sent_start"], requires=[],
                  retokenizes=False, default_config={})
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks(nlp, name)
