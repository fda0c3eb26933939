"""Paragraphs, sections and quotations of a document text, for the claim extractor.

A paragraph is a block between blank lines. Its section is ``headline`` (a first short line
without final punctuation), ``caption`` (an opening paragraph ending in a photo credit),
``note`` (footnotes, republication notes), ``bio`` (trailing author biographies) or ``body``
(patterns in ``pipeline/rules/claim_sections.jsonl``). Wire datelines are cut from claims.

:func:`credit_spans` is the one detector of the publisher's own lines, shared with the actor
layer: bylines, contributor and credit lines (rules with ``"credit": true``), the photo credit
ending a caption (section ``credit``, the range of its ``credit`` group) and the agency tag of a
dateline (``(Reuters)``, section ``agency_tag``). Their names are the outlet's staff, not actors of the story.

:func:`related_spans` finds the lists of other stories' headlines (``Read more:``, ``Related:``,
``More on this story``, ``See also``; labels of section ``related_label``): notes that give no
claim, and no actor either.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from pipeline.components.claim_rules import Rules, SectionRules, load_rules
from pipeline.components.names import name_detector
from pipeline.components.paragraphs import is_list_item

#: at most this many words in a standfirst (the summary line under a headline)
_STANDFIRST_WORDS = 45
#: at most this many words in a summary bullet under a headline (labels over the bullets: rules
#: of section ``summary_label``)
_BULLET_WORDS = 25
#: how many paragraphs after the headline may hold summary bullets (a byline may come first)
_BULLET_PARAS = 4
#: at most this many words in a line of a related-story list (another story's headline)
_RELATED_WORDS = 26
#: paragraphs a related-story label alone on its paragraph may take after it (one headline each)
_RELATED_PARAS = 6
SECTIONS = ("headline", "subhead", "byline", "caption", "body", "bio", "note")

PARA_SPLIT = re.compile(r"\n[ \t]*\n")
_OPEN_QUOTES = {"\u201c": "\u201d", "\"": "\""}


class Section(NamedTuple):
    start: int
    end: int
    label: str


class Paragraph(NamedTuple):
    start: int
    end: int
    label: str
    emits_claims: bool          # credit lines (``Reporting by …``) give no claims
    credit: bool = False        # the whole paragraph is a byline or a credit line
    related: bool = False       # a list of other stories' headlines (``Read more:``): no claim, no actor


class Credit(NamedTuple):
    """A range of the publisher's own words: ``byline``, ``note`` (a credit line), ``photo`` (a
    photo credit) or ``agency`` (the ``(Reuters)`` of a dateline)."""
    start: int
    end: int
    kind: str


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the non-blank paragraphs (blocks separated by blank lines)."""
    out, pos = [], 0
    for match in list(PARA_SPLIT.finditer(text)) + [None]:
        end = match.start() if match else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((pos + lead, pos + len(chunk.rstrip())))
        if match:
            pos = match.end()
    return out


#: a headline's closing quotation after a colon label, its own final period inside the quote marks
#: (``… tower. Lawmaker: 'We owe these people relief.'``)
_QUOTED_CLOSE = re.compile(r":[ \t]+[\"'\u201c\u2018][^\"\u201c\u201d\n]{2,160}[.!?][\"'\u201d\u2019]$")


def _is_headline(text: str) -> bool:
    """A first short line without final punctuation, or whose final period closes a quotation
    after a colon (``Lawmaker: 'We owe these people relief.'``)."""
    stripped = text.strip().rstrip("\"'\u201d\u2019)")
    return ("\n" not in text.strip() and len(text.split()) <= 25
            and (not stripped.endswith((".", "!", "?", ":", ";")) or _QUOTED_CLOSE.search(text.strip()) is not None))


def section_spans(text: str, rules: Rules | None = None) -> list[Section]:
    """``(start, end, section)`` for every paragraph of ``text``."""
    return [Section(p.start, p.end, p.label) for p in classify_paragraphs(text, rules)]


def dateline_spans(text: str, rules: Rules | None = None) -> list[tuple[int, int]]:
    """Wire datelines (``VIENNA, Nov 30 (Reuters) -``) and transcript labels (``Q:``) at
    paragraph starts: not part of any claim, never a speaker."""
    rules = rules or load_rules()
    out = []
    for s, e in paragraphs(text):
        for rule in rules.sections:
            if rule["section"] not in ("dateline", "label"):
                continue
            m = re.match(rule["pattern"], text[s:e])
            if m and m.end() > 0:
                out.append((s, s + m.end()))
                break
    return out


@functools.lru_cache(maxsize=1)
def name_links() -> str:
    """A regex fragment: at most two lowercase particles that may open a capitalized word of a
    person's name (``al-`` of ``Omar Sabah al-Rubaie``, ``van`` of ``Pieter van Zyl``; the actor
    layer's ``name-links`` words), each followed by a space or a hyphen."""
    links = sorted(load_rules().actor_words.name_links, key=len, reverse=True)
    return r"(?:(?:" + "|".join(map(re.escape, links)) + r")[ \t-]){0,2}"


@functools.lru_cache(maxsize=1)
def _bare_name_re() -> re.Pattern:
    """A person's name alone on a line: two to four capitalized words or initials (``Helen
    Ashcombe``, ``Margaret A. Wenzel``, ``Omar Sabah al-Rubaie``), not in capitals."""
    return re.compile(r"[A-Z][a-z][\w'\u2019-]{0,30}(?:[ \t]+(?:[A-Z]\.|" + name_links()
                      + r"[A-Z][a-z][\w'\u2019-]{0,30})){1,3}")


_FIRST_PERSON = re.compile(r"\bI\b(?![.'\u2019-]?\w)")


def summary_bullet_block(chunk: str, labels: list[dict] | tuple[dict, ...] = ()) -> bool:
    """Is the paragraph ``chunk`` a block of summary bullets: every line a list item of at most
    :data:`_BULLET_WORDS` words that ends no sentence with a period (``- Won has weakened 6%``;
    ``- Governor says board 'not in a hurry'``), after an optional label ending in a colon that a
    ``summary_label`` rule of ``labels`` accepts (``Summary:``, ``Key points:``; not ``Read more:``)?"""
    lines = [ln for ln in chunk.strip().splitlines() if ln.strip()]
    if lines and lines[0].rstrip().endswith(":"):
        if _rule_matching(list(labels), lines[0].strip()[:-1].strip()) is None:
            return False
        lines = lines[1:]
    return bool(lines) and all(is_list_item(ln) and len(ln.split()) <= _BULLET_WORDS + 1
                               and not ln.rstrip().endswith((".", "!", "?")) for ln in lines)


def _headline_line(line: str, attributed: list[dict] | tuple[dict, ...] = ()) -> bool:
    """Could ``line`` be another story's headline: a few words that end no sentence with a period
    or an exclamation mark (a quotation's closing mark aside), and no attribution of a body
    sentence a rule of ``attributed`` finds (``…, a party spokesman said``: headlines say ``says``)?"""
    words = line.split()
    return 0 < len(words) <= _RELATED_WORDS and not line.rstrip().rstrip("\"'\u201d\u2019").endswith((".", "!")) \
        and _rule_matching(list(attributed), line) is None


def related_list(chunk: str, labels: list[dict] | tuple[dict, ...],
                 attributed: list[dict] | tuple[dict, ...] = ()) -> str | None:
    """Is the paragraph ``chunk`` a list of other stories' headlines: its first line a label a
    ``related_label`` rule of ``labels`` accepts (``Read more:``, ``More on this story``), alone or
    before a headline on the same line (``Related: Minister says …``), every other line a headline
    (:func:`_headline_line` with the ``attributed`` rules, a list item or not)? ``"label"`` when the paragraph is the label
    alone (its list follows), ``"list"`` when it holds the list, None when it is none."""
    lines = [ln.strip() for ln in chunk.strip().splitlines() if ln.strip()]
    if not lines:
        return None
    head, colon, rest = lines[0].partition(":")
    if colon and rest.strip() and _rule_matching(list(labels), head.strip()) is not None:
        lines[0] = rest.strip()
    elif _rule_matching(list(labels), lines[0].rstrip(":").strip()) is not None:
        lines = lines[1:]
    else:
        return None
    if not all(_headline_line(ln, attributed) for ln in lines):
        return None
    return "list" if lines else "label"


def surname_pattern(name: str) -> re.Pattern:
    """The last word of ``name`` as a whole word (``Ashcombe`` of ``Helen Ashcombe``): how a byline's
    or a tagline's name is looked for in the rest of the text."""
    return re.compile(r"\b" + re.escape(name.split()[-1]) + r"\b")


def bare_name(line: str) -> bool:
    """Is ``line`` a person's name alone (:func:`_bare_name_re`) opened by a known given name?"""
    line = line.strip()
    return _bare_name_re().fullmatch(line) is not None and \
        name_detector().get_gender(line.split()[0].split("-")[0]) not in ("unknown", None)


def _sentence_end(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?", "\"", "\u201d"))


def _rule_matching(rules: list[dict], chunk: str) -> dict | None:
    """The first section rule whose pattern matches the paragraph ``chunk`` (by its scope)."""
    for rule in rules:
        target = chunk.strip()
        if rule.get("scope", "paragraph") == "paragraph_end":
            target = target.splitlines()[-1] if target else target
            if _sentence_end(target):
                continue
        if re.search(rule["pattern"], target):
            return rule
    return None


class _Labeller:
    """Labels the paragraphs of one text, pass by pass."""

    def __init__(self, text: str, rules: Rules):
        self.text = text
        self.paras = paragraphs(text)
        self.labels = ["body"] * len(self.paras)
        self.silent: set[int] = set()
        self.credits: set[int] = set()   # paragraphs that are bylines or credit lines
        self.related: set[int] = set()   # paragraphs of related-story lists
        self.by_section: dict[str, list[dict]] = {}
        for rule in rules.sections:
            self.by_section.setdefault(rule["section"], []).append(rule)

    def chunk(self, i: int) -> str:
        return self.text[self.paras[i][0]:self.paras[i][1]]

    def matches(self, section: str, i: int, silence: bool = False) -> bool:
        rule = _rule_matching(self.by_section.get(section, []), self.chunk(i))
        if rule is not None and silence and rule.get("claims") is False:
            self.silent.add(i)
        if rule is not None and rule.get("credit"):
            self.credits.add(i)
        return rule is not None

    def photo_credit(self, i: int) -> tuple[int, int] | None:
        """The range of the photo credit that ends paragraph ``i``, if any."""
        return photo_credit(self.by_section.get("credit", []), self.text, *self.paras[i])

    def headline(self) -> None:
        """A first short line without final punctuation; a second one right after is a subhead."""
        if len(self.paras) > 1 and _is_headline(self.chunk(0)) and not self.matches("byline", 0):
            self.labels[0] = "headline"
            if len(self.paras) > 2 and _is_headline(self.chunk(1)) and not self.matches("byline", 1) \
                    and not self.matches("caption", 1) and self.photo_credit(1) is None:  # a caption under it
                self.labels[1] = "subhead"

    def bylines(self) -> None:
        """``By Jane Porter``: among the opening paragraphs; bylines give no claims."""
        for i in range(min(len(self.paras), 6)):
            if self.labels[i] in ("body", "subhead") and self.matches("byline", i, silence=True):
                self.labels[i] = "byline"
                self._byline_tail(i + 1)

    def bare_byline(self) -> None:
        """``Helen Ashcombe``: a column's byline without ``By``, a line that is only a person's name
        (:func:`bare_name`) among the opening paragraphs after the headline, when no byline was
        found, the name is not one the story itself is about (see :meth:`_named_elsewhere`) and
        the author shows: a closing tagline opens with the name, or the text says ``I`` outside
        quotations (a column; ``Chip Wars`` over a report is a kicker)."""
        if "byline" in self.labels:
            return
        for i in range(1, min(len(self.paras), 6)):
            if self.labels[i] in ("body", "subhead") and self._author_name(i) and not self._named_elsewhere(i):
                self.labels[i] = "byline"
                self.silent.add(i)
                self.credits.add(i)
                return

    def _author_name(self, i: int) -> bool:
        """Does line ``i`` name the author? A known given name (:func:`bare_name`) with a closing
        tagline or an ``I`` in the text; a name's shape alone (``Efua Mensah-Boateng``: a given name
        no list holds) when the last paragraph is a biography that opens with it (:meth:`_bio_of`)."""
        if bare_name(self.chunk(i)):
            return self._tagline_of(i) or self._first_person()
        return _bare_name_re().fullmatch(self.chunk(i).strip()) is not None and self._bio_of(i)

    def _bio_of(self, i: int) -> bool:
        """Is the last paragraph a biography (a ``bio`` rule) that opens with the name of line ``i``?"""
        last = len(self.paras) - 1
        name = self.chunk(i).strip()
        after = self.paras[last][0] + len(name)
        return last > i and self.text.startswith(name, self.paras[last][0]) \
            and self.text[after:after + 1] in (" ", ",") and self.matches("bio", last)

    def _tagline_of(self, i: int) -> bool:
        name = self.chunk(i).strip() + " "
        return any(self.text.startswith(name, s) for s, _ in self.paras[i + 1:])

    def _first_person(self) -> bool:
        """``I`` outside quotations somewhere in the text (the quotations are sorted and apart: the
        one that may hold an ``I`` is the last opened before it)."""
        quotes = quote_spans(self.text)
        starts = [s for s, _ in quotes]
        for m in _FIRST_PERSON.finditer(self.text):
            k = bisect.bisect_right(starts, m.start()) - 1
            if k < 0 or m.start() >= quotes[k][1]:
                return True
        return False

    def _named_elsewhere(self, i: int) -> bool:
        """Does the surname of the name line ``i`` come up anywhere but in a paragraph that opens
        with the whole name (the author's closing tagline, ``Helen Ashcombe is a columnist …``)?
        Then the line is a topic label (``Keir Starmer`` over a story about him), not a byline."""
        name = self.chunk(i).strip()
        surname = surname_pattern(name)
        for j, (s, e) in enumerate(self.paras):
            if j != i and surname.search(self.text, s, e) and not self.text.startswith(name, s):
                return True
        return False

    def _byline_tail(self, i: int) -> None:
        """A short line right after a byline (``Associated Press``, ``Staff writer``, a date):
        part of the byline unless it ends a sentence or may be a dateline (``BRUSSELS``)."""
        if i >= len(self.paras) or self.labels[i] != "body":
            return
        chunk = self.chunk(i)
        if "\n" in chunk or len(chunk.split()) > 6 or _sentence_end(chunk) or chunk.rstrip().endswith(":") \
                or chunk.isupper() or self.matches("dateline", i):
            return
        self.labels[i] = "byline"
        self.silent.add(i)
        self.credits.add(i)

    def standfirst(self) -> None:
        """A summary line between the headline and the byline (``Prime minister says Tallinn will
        not wait.``, one or two sentences) is a subhead, final period or not."""
        if len(self.paras) > 2 and self.labels[:3] == ["headline", "body", "byline"]:
            line = self.chunk(1).strip()
            if "\n" not in line and len(line.split()) <= _STANDFIRST_WORDS:
                self.labels[1] = "subhead"

    def summary_bullets(self) -> None:
        """Summary bullets right under the headline (``Summary:`` / ``- Prosecutors say …`` /
        ``- Defence says texts were 'jokes'``), a byline or a standfirst before them or not, are subheads: short
        headline-style lines (:func:`summary_bullet_block`), never a body list of full sentences."""
        if not self.labels or self.labels[0] != "headline":
            return
        for i in range(1, min(len(self.paras), 1 + _BULLET_PARAS)):
            bullets = summary_bullet_block(self.chunk(i), self.by_section.get("summary_label", []))
            if self.labels[i] == "byline" or self.labels[i] == "subhead" and not bullets:
                continue  # ``By …`` or a standfirst line above the bullets
            if self.labels[i] not in ("body", "note", "subhead") or not bullets or i in self.silent:
                return
            self.labels[i] = "subhead"
            self.silent.discard(i)

    def notes(self) -> None:
        for i in range(len(self.paras)):
            if self.matches("note", i, silence=True):
                self.labels[i] = "note"

    def related_lists(self) -> None:
        """Lists of other stories' headlines (:func:`related_list`) are notes that give no claim; a
        label alone on its paragraph (``More on this story``) takes the headline paragraphs after it,
        at most :data:`_RELATED_PARAS` (``Related`` then a body sentence that lost its period is body)."""
        labels, i = self.by_section.get("related_label", []), 0
        attributed = self.by_section.get("attributed_line", [])
        while i < len(self.paras):
            kind = related_list(self.chunk(i), labels, attributed) if self.labels[i] == "body" else None
            if kind is not None:
                self._mark_related(i)
            i, taken = i + 1, 0
            while kind == "label" and taken < _RELATED_PARAS and i < len(self.paras) and self.labels[i] == "body" and \
                    all(_headline_line(ln, attributed) for ln in self.chunk(i).splitlines() if ln.strip()):
                self._mark_related(i)
                i, taken = i + 1, taken + 1

    def _mark_related(self, i: int) -> None:
        self.labels[i] = "note"
        self.silent.add(i)
        self.related.add(i)

    def captions(self) -> None:
        """Photo captions: a paragraph that opens with ``Photo:`` or ends with a photo credit,
        anywhere after the headline (pages put them between body paragraphs too)."""
        first = 1 if self.labels and self.labels[0] == "headline" else 0
        for i in range(first, len(self.paras)):
            if self.labels[i] == "body" and (self.matches("caption", i) or self.photo_credit(i) is not None):
                self.labels[i] = "caption"

    def bios(self) -> None:
        """Biographies: trailing paragraphs (notes skipped) that read as author bios."""
        for i in range(len(self.paras) - 1, 0, -1):
            if self.labels[i] == "note":
                continue
            if self.labels[i] == "body" and self.matches("bio", i):
                self.labels[i] = "bio"
                continue
            break

    def footnotes(self) -> None:
        """Footnotes run to the end once they start in the last part of the document."""
        for i in range(len(self.paras)):
            if self.labels[i] == "note" and i >= len(self.paras) // 2 and \
                    re.match(r"\s*\[", self.text[self.paras[i][0]:]):
                for j in range(i + 1, len(self.paras)):
                    if self.labels[j] == "body":
                        self.labels[j] = "note"
                break


def classify_paragraphs(text: str, rules: Rules | None = None) -> list[Paragraph]:
    """One :class:`Paragraph` (range, section, whether it emits claims) per paragraph."""
    lab = _Labeller(text, rules or load_rules())
    for step in (lab.headline, lab.bylines, lab.bare_byline, lab.standfirst, lab.notes, lab.related_lists,
                 lab.summary_bullets, lab.captions, lab.bios, lab.footnotes):
        step()
    return [Paragraph(s, e, label, i not in lab.silent, i in lab.credits, i in lab.related)
            for i, ((s, e), label) in enumerate(zip(lab.paras, lab.labels))]


def related_spans(text: str, rules: Rules | SectionRules | None = None,
                  classified: list[Paragraph] | None = None) -> list[tuple[int, int]]:
    """The paragraphs of related-story lists (``Read more:`` / headlines of other stories), in text
    order. ``classified``: the text's paragraphs when the caller classified them already."""
    paras = classify_paragraphs(text, rules) if classified is None else classified
    return [(p.start, p.end) for p in paras if p.related]


def photo_credit(rules: list[dict], text: str, start: int, end: int) -> tuple[int, int] | None:
    """The photo credit ending the paragraph ``text[start:end]`` (``… in Berlin. REUTERS/Lena
    Ortiz``, ``Credit: Tom Reed for The Courier``): the range of the first ``credit`` rule's
    ``credit`` group; never when the paragraph's last line ends a sentence."""
    chunk = text[start:end].rstrip()
    lines = chunk.splitlines()
    if not lines or _sentence_end(lines[-1]):
        return None
    for rule in rules:
        m = re.search(rule["pattern"], chunk)
        if m is not None:
            group = "credit" if "credit" in m.re.groupindex else 0
            return start + m.start(group), start + m.end(group)
    return None


def credit_spans(text: str, rules: Rules | SectionRules | None = None,
                 classified: list[Paragraph] | None = None) -> list[Credit]:
    """The publisher's own words in ``text`` (see the module doc), in text order: whole byline
    and credit-line paragraphs, the photo credit ending a caption, a dateline's agency tag.
    ``classified``: the text's paragraphs when the caller classified them already."""
    rules = rules or load_rules()
    out = []
    credit_rules = [r for r in rules.sections if r["section"] == "credit"]
    for p in classify_paragraphs(text, rules) if classified is None else classified:
        if p.credit:
            out.append(Credit(p.start, p.end, "byline" if p.label == "byline" else "note"))
        elif p.label == "caption" and (found := photo_credit(credit_rules, text, p.start, p.end)) is not None:
            out.append(Credit(*found, "photo"))
    tags = [re.compile(r["pattern"]) for r in rules.sections if r["section"] == "agency_tag"]
    for s, e in dateline_spans(text, rules):
        for m in (m for tag in tags for m in tag.finditer(text, s, e)):
            out.append(Credit(m.start(), m.end(), "agency"))
    return sorted(out)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of quotations (curly or straight double quotes), never across paragraphs."""
    spans = []
    opening = re.compile("[" + "".join(_OPEN_QUOTES) + "]")  # compiled once, in re's cache
    for p_start, p_end in paragraphs(text):
        i = p_start
        while (m := opening.search(text, i, p_end)) is not None:
            i = m.start()
            j = text.find(_OPEN_QUOTES[text[i]], i + 1, p_end)
            if j < 0:
                break
            spans.append((i, j + 1))
            i = j + 1
    return spans


def open_quote_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs that open a quotation and do not close it (a quotation running over several
    paragraphs): ``(start of the quote mark, end of the paragraph)``."""
    out = []
    for p_start, p_end in paragraphs(text):
        close = _OPEN_QUOTES.get(text[p_start])
        if close is not None and text.find(close, p_start + 1, p_end) < 0:
            out.append((p_start, p_end))
    return out


def open_quote_tails(text: str) -> list[tuple[int, int]]:
    """Quotations opened after the paragraph's last closed one and left open, so running on
    into the next paragraph (``"It was close," she said. "We thought …`` + a new paragraph):
    ``(start of the quote mark, end of the paragraph)``."""
    out = []
    opening = re.compile("[" + "".join(_OPEN_QUOTES) + "]")
    for p_start, p_end in paragraphs(text):
        i = p_start
        while (m := opening.search(text, i, p_end)) is not None:
            j = text.find(_OPEN_QUOTES[m.group()], m.start() + 1, p_end)
            if j < 0:
                out.append((m.start(), p_end))
                break
            i = j + 1
    return out


#: ``‘`` opening a quotation: at a word start (line start, after a space, ``(``, ``:``, a dash or a
#: double mark), before a word (``‘We were …``, not ``‘ ``), not as the apostrophe of a shortened
#: year (``the ‘90s``, ``class of ‘08.``, ``in ‘08, …``: two digits and word-final punctuation); a
#: quotation may open with a number (``‘20,000 jobs``, ``‘90% of``, ``‘24 hours``)
_SINGLE_OPEN = re.compile("(?:^|(?<=[\\s(:\u2014\u2013\u201c\"-]))\u2018(?=[\\w\u2026.])"
                          "(?!\\d\\d(?:s\\b|[.,;:!?)\u2019]+(?:\\s|$)))",
                          re.MULTILINE)
#: ``’`` that may close it: not before a letter or digit (``it’s``, ``rock ’n’ roll`` are apostrophes)
_SINGLE_CLOSE = re.compile("\u2019(?![\\w])")
#: a closing candidate that may as well end a plural possessive (``the workers’ families``)
_POSSESSIVE_END = re.compile("[sxzSXZ]\u2019 [a-z0-9]")
#: a sentence end: a possessive ``’`` after it does not close a quotation opened before it
_SENTENCE_END = re.compile("[.!?] +[A-Z\u201c\u2018\"]")


def single_quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotations in typographic single marks (``‘Not theater,’ says Ostermann``), each closed in
    its paragraph, outside every double-quoted one (``“He said ‘no’ twice”`` is one quotation).
    ``’`` before a letter is an apostrophe; ``’`` after an s before a lower-case word
    (``the workers’ families``) closes only when no later ``’`` in the paragraph can."""
    if "\u2018" not in text:
        return []
    doubles = sorted(set(quote_spans(text)) | set(open_quote_paragraphs(text)) | set(open_quote_tails(text)))
    spans = []
    for p_start, p_end in paragraphs(text):
        i = p_start
        while (m := _SINGLE_OPEN.search(text, i, p_end)) is not None:
            close = _single_close(text, m.end(), p_end)
            if close is None:
                i = m.end()
                continue
            span = (m.start(), close + 1)
            if not any(s <= span[0] < e or s < span[1] <= e or span[0] <= s < span[1] for s, e in doubles):
                spans.append(span)
            i = close + 1
    return spans


def _single_close(text: str, start: int, end: int) -> int | None:
    """Where the ``’`` closing a single quotation opened before ``start`` is, up to ``end`` (a
    later ``‘`` at a word start ends the search): the first one that cannot end a possessive,
    else the first one if no sentence ends before it (``the ‘new deal … the miners’ pensions``
    in one sentence)."""
    opener = _SINGLE_OPEN.search(text, start, end)
    stop = opener.start() if opener is not None else end
    first = None
    for m in _SINGLE_CLOSE.finditer(text, start, stop):
        if m.start() == start:
            continue
        if not _POSSESSIVE_END.match(text, m.start() - 1):
            return m.start()
        first = m.start() if first is None else first
    if first is not None and _SENTENCE_END.search(text, start, first) is not None:
        return None
    return first


def quotations(text: str) -> list[tuple[int, int]]:
    """Every quotation: closed ones, and the open ones that run to the end of their paragraph
    (from its start or after a closed one), and the ones in single marks
    (:func:`single_quote_spans`)."""
    return sorted(set(quote_spans(text)) | set(open_quote_paragraphs(text)) | set(open_quote_tails(text))
                  | set(single_quote_spans(text)))


def in_nested_quote(text: str, outer_start: int, pos: int) -> bool:
    """Is ``pos`` inside a single-quoted quotation nested in the quotation opened at
    ``outer_start`` (``“… and told me, ‘I never listen to your station …’”``)? An opening ``‘``
    after the outer mark and no closing ``’`` since (a ``’`` before a letter is an apostrophe:
    ``don’t``); a quotation opened by ``‘`` itself is not nested in itself."""
    opened = text.rfind("\u2018", outer_start + 1, pos)
    if opened < 0:
        return False
    k = text.find("\u2019", opened, pos)
    while k >= 0:
        if k + 1 >= len(text) or not text[k + 1].isalpha():
            return False
        k = text.find("\u2019", k + 1, pos)
    return True
