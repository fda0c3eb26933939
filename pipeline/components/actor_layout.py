"""Layout lines that decide whether a name there is an actor, for ``claims_actors`` (issue 12).

- A crosshead (a short line in capitals between two body paragraphs: ``KREMLIN 'REGRETS'``,
  ``UKRAINE AND RUSSIA``, ``STATE DEPARTMENT PUSH``, ``THE IMF'S TERMS``) is a section title the
  outlet sets in the body, and names no actor, however much its words look like names (no dev gold
  annotates one). A live blog's post heading that is a statement is none: a name and a colon before
  a statement of three words or more (``ZELENSKY: WE WILL NOT CEDE LAND``), or words before a
  quotation of two words or more (``RUTTE 'WE WILL DEFEND EVERY INCH'``); its speaker is an
  actor. A line quoted whole (``'A LINE IN THE SAND'``) or a word in scare quotes
  (``KREMLIN 'REGRETS'``) stays a crosshead, and so does a short label line (``RATING: HALF TRUE``). An item headline of a news digest is no crosshead: the paragraph under it opens
  with a dateline (``WASHINGTON - The Pentagon said …``), and its names are actors, as the dev
  gold's roundup annotates them.
- A wire dateline of two places joined by a slash (``NEW DELHI/ISLAMABAD, Sept 3 (Reuters) -``,
  ``DAMASCUS/QAMISHLI, Syria, Aug 12``) is no photo credit (``REUTERS/Lena Baumgart``): its places
  are mentions, as the dateline's one place is (``BEIJING -``). So is a place of several words in
  capitals the model missed (``KOTA KINABALU, Malaysia, Nov 29 (Reuters) -``), when only places,
  a state, country or date and an agency tag stand between it and the dash.
- A select committee's question number opening a line (``Q14 Chair:``, ``Q 15 Lucy Farrant:``) is
  no part of the name after it: the model's ``Q2 Sarah Quigley`` is ``Sarah Quigley``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.components.claim_sections import Paragraph

#: at most this many words in a crosshead (a digest item's headline runs longer, and has a dateline)
MAX_CROSSHEAD_WORDS = 6
#: tokens after a slash dateline's places: a comma (state, country or date), an agency tag, a dash
DATELINE_FOLLOWERS = (",", "(", "-", "--", "\u2013", "\u2014")
_QUESTION_NUMBER = re.compile(r"Q\d{1,4}")
#: what follows a dateline's place up to its dash: more places after slashes, a state, country or date
#: after each comma (title case: ``, Malaysia, Nov 29``), an agency tag (bounded, linear)
_DATELINE_TAIL = re.compile(r"(?:/[A-Z][A-Z .'\u2019-]{0,40})*"
                            r"(?:,\s*[A-Z][a-z.][\w.]*(?: [A-Z][\w.]*){0,2}(?: \d{1,2})?)*"
                            r"\s*(?:\([A-Za-z]{2,12}\)\s*)?[-\u2013\u2014]{1,2}\s")
_SENTENCE_END = re.compile(r"[.!?:;,]['\"\u2019\u201d)]*$")
#: a statement heading: one to three words and a colon before three words or more
_NAME_COLON_STATEMENT = re.compile(r"^[^\s:]+(?:\s+[^\s:]+){0,2}:(?:\s+\S+){3}")
#: a statement heading: words before a quotation of two words or more (the line not quoted whole)
_WORDS_THEN_QUOTATION = re.compile(r"^[^'\"\u2018\u201c]*\w\s+['\"\u2018\u201c]\S+\s+\S")


def is_crosshead_line(chunk: str) -> bool:
    """One line of one to ``MAX_CROSSHEAD_WORDS`` words, with letters, none of them lower case,
    ending no sentence (``NEUTRAL GROUND``; not ``PARIS - Officials said …``)."""
    words = chunk.split()
    return "\n" not in chunk and 0 < len(words) <= MAX_CROSSHEAD_WORDS and \
        any(c.isalpha() for c in chunk) and not any(c.islower() for c in chunk) and \
        not _SENTENCE_END.search(chunk) and not is_statement_heading(chunk)


def is_statement_heading(chunk: str) -> bool:
    """Is the capitals line a live blog's post heading that states what someone said (module doc:
    ``ZELENSKY: WE WILL NOT CEDE LAND``, ``RUTTE 'WE WILL DEFEND EVERY INCH'``)?"""
    return bool(_NAME_COLON_STATEMENT.match(chunk) or _WORDS_THEN_QUOTATION.match(chunk))


def crosshead_spans(text: str, paras: list[Paragraph],
                    datelines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The character ranges of the crossheads of ``text`` (module doc): a body paragraph between two
    body paragraphs whose text :func:`is_crosshead_line`, the next one opening with no dateline
    (``datelines``: their ranges)."""
    opens_dateline = {start for start, _end in datelines}
    out = []
    for i in range(1, len(paras) - 1):
        before, para, after = paras[i - 1], paras[i], paras[i + 1]
        if not all(p.label == "body" and not p.credit and not p.related for p in (before, para, after)):
            continue
        if after.start in opens_dateline:
            continue
        chunk = text[para.start:para.end].strip()
        if is_crosshead_line(chunk):
            start = para.start + text[para.start:para.end].index(chunk)
            out.append((start, start + len(chunk)))
    return out


def slash_dateline(doc: Doc, start: int, end: int) -> bool:
    """Do the tokens ``start:end`` stand in a wire dateline of places in capitals joined by slashes
    that opens a line (``ADDIS ABABA/CAIRO, March 18 (Reuters) -``)? Walks the line's opening run
    of capitals and slashes; it must hold a slash, cover the span and end at a comma, an agency tag
    or a dash."""
    k = start
    while k > 0 and start - k < 8 and not _breaks(doc[k - 1]):
        k -= 1
    if k > 0 and not _breaks(doc[k - 1]):
        return False  # the span is not in the line's first words
    slashes, j = 0, k
    while j < len(doc) and (doc[j].text == "/" or (doc[j].is_alpha and doc[j].is_upper)):
        slashes += doc[j].text == "/"
        if _breaks(doc[j]):
            return False
        j += 1
    return slashes > 0 and j >= end and j < len(doc) and doc[j].text in DATELINE_FOLLOWERS


def dateline_place_end(doc: Doc, i: int) -> int | None:
    """The end of a dateline place from token ``i``: one word (:func:`dateline_word`), or two to four
    words in capitals (``KOTA KINABALU, Malaysia, Nov 29 (Reuters) -``, ``SARAJEVO/BANJA LUKA, March 6 -``):
    ``i`` opens a line or follows a slash dateline's slash, and after the run come only other places, a
    state, country or date after commas, an agency tag and the dash. None for any other run (a
    crosshead ``NEUTRAL GROUND`` ends its line; ``STEVE INSKEEP, HOST:``, ``OIL PRICES, RATES - …``)."""
    if dateline_word(doc, i):
        return i + 1
    if i > 0 and not _breaks(doc[i - 1]) and not (doc[i - 1].text == "/" and slash_dateline(doc, i - 1, i)):
        return None
    j = i
    while j < len(doc) and j - i < 4 and doc[j].is_alpha and doc[j].is_upper and not _breaks(doc[j]):
        j += 1
    if j - i < 2 or j >= len(doc) or doc[j].text not in DATELINE_FOLLOWERS + ("/",):
        return None
    return j if _DATELINE_TAIL.match(doc.text, doc[j - 1].idx + len(doc[j - 1])) else None


def dateline_word(doc: Doc, i: int) -> bool:
    """``PHOENIX —``: an upper-case word opening a line, before a dash or a comma."""
    tok = doc[i]
    return tok.is_alpha and tok.is_upper and len(tok) >= 3 and i + 1 < len(doc) and \
        doc[i + 1].text in ("—", "–", "-", ",", "(") and (i == 0 or _breaks(doc[i - 1]) or doc[i - 1].is_space)


def _breaks(tok) -> bool:
    """Does a line end at or after ``tok`` (a newline token, or one in its trailing space)?"""
    return "\n" in tok.text or "\n" in tok.whitespace_


def after_question_number(doc: Doc, start: int, end: int) -> int:
    """The start of the name ``doc[start:end]`` after a question number opening its line (module
    doc: ``Q14`` or ``Q`` ``15``), else ``start``; the whole span when nothing is left after it."""
    if start > 0 and not _breaks(doc[start - 1]):
        return start
    if _QUESTION_NUMBER.fullmatch(doc[start].text):
        k = start + 1
    elif doc[start].text == "Q" and start + 1 < end and doc[start + 1].like_num and len(doc[start + 1]) <= 4:
        k = start + 2
    else:
        return start
    return k if k < end and not _breaks(doc[k - 1]) else start
