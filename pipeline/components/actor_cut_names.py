"""Names the model cut: a given name it left out of a name set off by commas; and names it ran on:
a byline's desk word glued to the name (``Rajeev Menon Home affairs correspondent``, a place:
``Eden Marsh Queensland state correspondent``); and a
foreign name the model cut at its own ``and`` (``the EL og IT Forbundet union``).

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

from pipeline.components.actor_model import HYPHENS, glued_hyphen


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


def _initial(text: str) -> bool:
    """``W.``, ``J.``: one capital letter and a full stop."""
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def left_given_name(doc: Doc, start: int, end: int, taken: list[bool], titles: frozenset[str],
                    is_given: Callable[[str], bool]) -> int:
    """The new start of a person's name ``doc[start:end]`` whose given name the model left out,
    else ``start``: ``Curtis W. Malloy, who …`` at a sentence start, where the model tags only
    ``W. Malloy``; ``, said Kate Hudson`` read as ``Hudson``. The word before must be an untagged,
    title-case proper noun that the given-name data knows (``is_given``), no title (``Judge``,
    ``General``: ``titles``, lower case) and, opening a sentence, no stop word (``Will``, ``May``);
    the name must open with an initial or be one word, and no other title-case proper noun may
    precede the given name (``Senate Bill Malloy``: a longer name)."""
    k = start - 1
    if k < 0 or not (_initial(doc[start].text) or end - start == 1):
        return start
    tok = doc[k]
    if taken[k] or tok.ent_type_ or not tok.is_title or not tok.is_alpha or tok.pos_ != "PROPN" or \
            tok.whitespace_ != " " or tok.lower_ in titles or not is_given(tok.text):
        return start
    if tok.is_sent_start and tok.is_stop:
        return start
    if k > 0 and not tok.is_sent_start and doc[k - 1].is_title and doc[k - 1].pos_ == "PROPN":
        return start
    return k


def cut_surname(doc: Doc, left, right, is_given: Callable[[str], bool]) -> bool:
    """Is the one-word PERSON ``right`` the last surname of the name ``left`` that the model cut
    off as an entity of its own? ``Jean-Paul Mbuyi`` (ORG) + ``Kasongo`` (PERSON), ``Roberto
    Paredes`` + ``Quintana``: a name of two to four title-case words (glued hyphens inside) that
    opens with a known given name (``is_given``), the PERSON right after it across one space on the
    same line, no word between. ``left``/``right``: ``(label, start, end)`` spans of the model's
    classes PERSON or ORG (``left``), PERSON (``right``)."""
    if left.label not in ("PERSON", "ORG") or right.label != "PERSON" or left.end != right.start or \
            right.end - right.start != 1 or not 2 <= left.end - left.start <= 6:
        return False
    last = doc[right.start]
    if doc[left.end - 1].whitespace_ != " " or not (last.is_title and last.is_alpha and len(last) > 1):
        return False
    words = [t for t in doc[left.start:left.end] if t.text not in HYPHENS]
    if any(not (t.is_title and t.is_alpha) for t in words) or not 2 <= len(words) <= 4 or \
            any(t.text in HYPHENS and not glued_hyphen(doc, t.i) for t in doc[left.start:left.end]):
        return False
    return is_given(doc[left.start].text)


def _name_part(tok, like) -> bool:
    """A word that may go on a hyphenated name: letters, title case (or capitals in a name
    written in capitals, ``GERA-KOWALCZYK``), as ``like`` is."""
    return tok.is_alpha and len(tok) > 1 and (tok.is_title or like.is_upper and tok.is_upper)


def hyphen_name_extent(doc: Doc, start: int, end: int, is_given: Callable[[str], bool]) -> tuple[int, int]:
    """The person's name ``doc[start:end]`` with the hyphen-joined parts the model cut off:
    ``Teresa Beaumont`` + ``-Hill``, ``Jordan Ellery`` + ``-Watts``, a known given name before a
    glued hyphen (``Jean-`` + ``Marc Ouellet``). A compound used before a noun (``the Trump-Xi
    summit``, ``a Biden-Harris ticket``) names no one person and is left as it is."""
    k = end
    while k - end < 4 and glued_hyphen(doc, k) and _name_part(doc[k + 1], doc[k - 1]):
        k += 2
    if k > end and not (k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN") and doc[k].is_lower):
        end = k
    if glued_hyphen(doc, start - 1) and start >= 2 and _name_part(doc[start - 2], doc[start]) and \
            is_given(doc[start - 2].text):
        start -= 2
    return start, end


_ORG_LINKS = frozenset({"and", "of", "&"})


def hyphen_org_start(doc: Doc, start: int, reach: int = 8) -> int:
    """The start of an organisation's name ``doc[start:…]`` the model cut after its hyphenated
    first part: ``the Moravian-Silesian Fire and Rescue Service`` (``Moravian`` a NORP, ``Rescue
    Service`` the ORG) opens at ``the``. Back from ``start``, over at most ``reach`` tokens of
    untagged (or NORP) title-case words, glued hyphens and lower-case ``and``/``of`` before a
    title-case word, to a ``the``; the first word after ``the`` must be the first half of a glued
    compound of title-case words (``X-Y``). Anything else (no ``the``, no compound first, a place
    or person in the run, a line break) leaves ``start``."""
    k = start
    while k > 0 and start - k < reach and _org_run_word(doc, k - 1):
        k -= 1
    if k == start or k < 1 or doc[k - 1].lower_ != "the" or "\n" in doc[k - 1].whitespace_:
        return start
    if not (doc[k].is_title and doc[k].is_alpha and glued_hyphen(doc, k + 1) and k + 2 <= start and
            _name_part(doc[k + 2], doc[k])):
        return start
    return k - 1


def _org_run_word(doc: Doc, i: int) -> bool:
    """May ``doc[i]`` be a word of an organisation's name the model cut (``hyphen_org_start``)?"""
    tok = doc[i]
    if "\n" in tok.whitespace_:
        return False
    if tok.text in HYPHENS:
        return glued_hyphen(doc, i) and doc[i - 1].is_title and doc[i + 1].is_title
    if tok.is_lower:
        return tok.lower_ in _ORG_LINKS and i + 1 < len(doc) and doc[i + 1].is_title
    return tok.is_alpha and tok.is_title and tok.ent_type_ in ("", "NORP")


def desk_title_end(doc: Doc, start: int, end: int, desks: frozenset[str], jobs: frozenset[str]) -> int:
    """The end of a person's name ``doc[start:end]`` the model ran into the job title on its byline
    line (``Rajeev Menon Home affairs correspondent``, ``Ana Ruiz Political editor``): title-case desk
    words (``desks``) at the end of a name of three words or more, when the line goes on with at
    most three lower-case words ending in a job noun (``jobs``); else ``end``."""
    k = end
    while k < len(doc) and k - end < 4 and doc[k].is_lower and doc[k].is_alpha and "\n" not in doc[k - 1].whitespace_:
        k += 1
    line_ends = k == len(doc) or doc[k].is_space or "\n" in doc[k - 1].whitespace_
    if k == end or not line_ends or doc[k - 1].lower_ not in jobs:
        return end
    new = end
    while new - start > 2 and doc[new - 1].is_title and doc[new - 1].lower_ in desks:
        new -= 1
    if new - start > 2 and _tagged_place(doc, new - 1):  # ``Eden Marsh Queensland state correspondent``
        new -= 1
    return new


def _tagged_place(doc: Doc, i: int) -> bool:
    """Is the title-case word ``doc[i]`` a place the model tags alone elsewhere in the document
    (``Queensland``, ``GPE``/``LOC``): a byline's place desk, no surname."""
    word = doc[i]
    return word.is_title and any(e.label_ in ("GPE", "LOC") and len(e) == 1 and e.text == word.text
                                 for e in doc.ents if e.start != i)


def foreign_and_start(doc: Doc, start: int, links: frozenset[str]) -> int:
    """The start of an organisation's name ``doc[start:…]`` the model cut after a lower-case foreign
    ``and`` (``links``: ``og``, ``och``, ``und``) of the name: ``the EL og IT Forbundet union``
    opens at ``EL`` when one to three capital words before the link follow ``the``; else ``start``."""
    if start < 3 or not doc[start - 1].is_lower or doc[start - 1].lower_ not in links:
        return start
    k = start - 1
    while k > 0 and start - 1 - k < 3 and doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper() and \
            doc[k - 1].lower_ != "the" and "\n" not in doc[k - 1].whitespace_:
        k -= 1
    return k if k < start - 1 and k > 0 and doc[k - 1].lower_ == "the" else start


def join_linked_names(doc: Doc, spans: list, particles: frozenset[str], heads: frozenset[str]) -> list:
    """The model's names ``spans`` (``(label, start, end)`` tuples of their class, in order) with
    the names it cut at a lower-case word inside them joined again, as one ``ORG``:

    - two names with one or two Romance particles between them (``particles``: ``do``, ``de``,
      ``del``, ``e``), one of them an ``ORG``: ``Mineração Vale`` + ``do`` + ``Paraúna S.A.``,
      ``Companhia Serra`` + ``do`` + ``Jaguari`` (a place); a place before the particle opens no
      body (``Santa Rita do Sapucaí``); and later, a name followed by particles and title-case words
      that open such a joined name (``Mineração Vale`` + ``do Paraúna said``);
    - two ``ORG`` names with ``and`` between them, the second ending in a body's head (``heads``:
      ``Committee``, ``Service``, ``Societies``) and the first not: ``the Rural and Regional
      Affairs`` + ``and`` + ``Transport Legislation Committee``. ``the European Commission and``
      + ``Frontex``, ``Hamas and`` + ``the Palestinian Authority`` (``the``), ``France and
      Germany`` (places) stay two, and so do a one-word name and a lone head (``Quiñones and
      Council``, a headline's title case).
    A person's particles (``Pieter de Wolf``) are left to the person's rules."""
    out: list = []
    for span in spans:
        joined = _linked_pair(doc, out[-1], span, particles, heads) if out else None
        if joined is not None:
            out[-1] = joined
            continue
        out.append(span)
    return _joined_repeats(doc, out, particles)


def _linked_pair(doc: Doc, left, right, particles: frozenset[str], heads: frozenset[str]):
    """``left`` and ``right`` as one ORG (:func:`join_linked_names`), else None."""
    gap = doc[left.end:right.start]
    if not 1 <= len(gap) <= 2 or any("\n" in t.whitespace_ for t in doc[left.start:right.start]) or \
            not doc[right.start].text[:1].isupper() or doc[right.start].lower_ == "the":
        return None
    kind = type(left)
    if all(t.is_lower and t.lower_ in particles for t in gap) and "ORG" in (left.label, right.label) and \
            left.label in ("ORG", "PERSON") and right.label in ("ORG", "PERSON", "GPE", "LOC"):
        return kind("ORG", left.start, right.end)
    last = doc[right.end - 1]
    if len(gap) == 1 and gap[0].text == "and" and left.label == right.label == "ORG" and last.is_title and \
            last.lower_ in heads and doc[left.end - 1].lower_ not in heads and right.end - right.start > 1 and \
            left.end - left.start - (doc[left.start].lower_ == "the") > 1:
        return kind("ORG", left.start, right.end)
    return None


def _particle_run(doc: Doc, start: int, end: int, particles: frozenset[str]) -> int:
    """The end of the particles (one or two) and title-case words (one to three) after
    ``doc[start:end]``, or ``end`` when none follow."""
    k = end
    while k < len(doc) and k - end < 2 and doc[k].is_lower and doc[k].lower_ in particles:
        k += 1
    if k == end:
        return end
    m = k
    while m < len(doc) and m - k < 3 and doc[m].is_title and doc[m].is_alpha and "\n" not in doc[m - 1].whitespace_:
        m += 1
    return m if m > k else end


def _joined_repeats(doc: Doc, spans: list, particles: frozenset[str]) -> list:
    """``Mineração Vale`` + ``do Paraúna said`` after ``Mineração Vale do Paraúna S.A.``: a name
    whose particles and title-case words after it open a name joined at a particle is that body."""
    names = [doc[s.start:s.end].text for s in spans if s.label == "ORG" and
             any(t.is_lower and t.lower_ in particles for t in doc[s.start + 1:s.end - 1])]
    if not names:
        return spans
    out: list = []
    for span in spans:
        if out and span.start < out[-1].end:
            continue  # inside a repeat carried over it
        run = _particle_run(doc, span.start, span.end, particles)
        ends = [m for m in range(run, span.end, -1)
                if any(n == doc[span.start:m].text or n.startswith(doc[span.start:m].text + " ") for n in names)]
        out.append(type(span)("ORG", span.start, ends[0]) if ends and span.label in ("ORG", "PERSON") else span)
    return out


def particle_org_names(doc: Doc, spans: list, heads: frozenset[str], particles: frozenset[str], make) -> list:
    """The model's names ``spans`` (in order) with the Romance organisation names it cut or missed
    made whole: a title-case noun of ``heads`` (``Fuerza``, ``Defensoría``, ``Institut``), at most
    two title-case words, one or two lower-case ``particles`` (articles after one in: ``de la``)
    and one to three title-case words,
    on one line (``Fuerza`` + ``del Pueblo``, ``Fuerza y Orden``, ``The Clan del Golfo``, a ``the``
    before it in), one ORG built by ``make(label, start, end)`` in place of the spans inside it. A
    model name running past it (``the Banco de la Nación Argentina``) is left as it is."""
    found = [run for i in range(len(doc)) if (run := _particle_org_run(doc, i, heads, particles)) is not None]
    if not found:
        return spans
    out, merged = list(spans), []
    for start, end in found:
        inside = [s for s in out if s.start < end and s.end > start]
        if any(s.end > end or s.start < start and not _loose_front(doc, s.start, start) for s in inside):
            continue  # a name of the model's reaching past it
        out = [s for s in out if s not in inside]
        merged.append(make("ORG", start, end))
    return sorted(out + merged, key=lambda s: s.start)


def _particle_org_run(doc: Doc, i: int, heads: frozenset[str], particles: frozenset[str]) -> tuple[int, int] | None:
    """``(start, end)`` of the organisation's name opened by ``doc[i]`` (:func:`particle_org_names`)."""
    tok = doc[i]
    if not (tok.is_title and tok.is_alpha and tok.lower_ in heads):
        return None
    if _opens_after_word(doc, i):
        i -= 1  # "Real Club de Pádel Chamartín": one untagged word before the head
    elif i > 0 and _title_word(doc[i - 1]) and not doc[i - 1].is_stop and _same_line(doc, i):
        return None  # inside a longer name
    k = i + 1
    while k < len(doc) and k - i <= 2 and _title_word(doc[k]) and _same_line(doc, k):
        k += 1
    p = k
    while p < len(doc) and p - k < 2 and doc[p].is_lower and doc[p].lower_ in particles and _same_line(doc, p):
        p += 1
    if p == k:
        return None
    m = p
    while m < len(doc) and m - p < 3 and _title_word(doc[m]) and _same_line(doc, m):
        m += 1
    if m == p:
        return None
    start = i - 1 if i > 0 and doc[i - 1].lower_ == "the" and _same_line(doc, i) else i
    return start, m


def _loose_front(doc: Doc, start: int, name: int) -> bool:
    """Are the words ``doc[start:name]`` a model name ran on before an organisation's name no part
    of it: an owner before its possessive (``Chile’s`` + ``Centro de …``, left to the places) or
    determiners (``A`` + ``Movimiento de …``)?"""
    return doc[name - 1].tag_ == "POS" or all(t.is_stop for t in doc[start:name])


def _opens_after_word(doc: Doc, i: int) -> bool:
    """Is ``doc[i - 1]`` one untagged title-case word opening the name of the head ``doc[i]``
    (``Real`` of ``Real Club``; no stop word: ``A``, ``The``), nothing title-case before it but ``the``?"""
    if i < 1 or not (_title_word(doc[i - 1]) and not doc[i - 1].is_stop and not doc[i - 1].ent_type_
                     and _same_line(doc, i)):
        return False
    j = i - 1
    return j == 0 or doc[j].is_sent_start or not _same_line(doc, j) or not doc[j - 1].is_title or \
        doc[j - 1].lower_ == "the"


def _title_word(tok) -> bool:
    """A title-case word of letters (``Pueblo``, ``Científicos``)."""
    return tok.is_title and tok.is_alpha and len(tok) > 1


def _same_line(doc: Doc, k: int) -> bool:
    """Does ``doc[k]`` go on the line and sentence of the word before it?"""
    return k > 0 and "\n" not in doc[k - 1].whitespace_ and not doc[k].is_sent_start


_CUT_TAIL_LABELS = frozenset({"", "GPE", "LOC", "NORP", "ORG", "PERSON", "FAC", "PRODUCT"})


def cut_last_name(doc: Doc, start: int, end: int, titles: frozenset[str],
                  known: Callable[[str], bool]) -> int:
    """The end of the person's name ``doc[start:end]`` with the surname the model cut off, else
    ``end``: ``Energy Minister Joseph Mwansa`` + ``Kaluba`` (tagged a place), ``President Mahad
    Abdullahi`` + ``Farah`` (untagged), when the document uses that word alone elsewhere as a name
    (``Kaluba, for his part, said``, ``Ms. Bains said``). The name must be two or three title-case
    words; the word after it, on the same line across one space, a title-case word of letters that
    is no title nor a date, no known name (``known``: a place, body or country) the model tags as
    one (``Farah``, a province too, left untagged after ``Mahad Abdullahi`` is his surname), and
    that no title-case word follows (``Joseph Mwansa Kaluba Foundation``: a longer name)."""
    k = end
    if not 2 <= end - start <= 3 or k + 1 >= len(doc) or doc[k - 1].whitespace_ != " ":
        return end
    if any(not (t.is_title and t.is_alpha) for t in doc[start:end]):
        return end
    tok = doc[k]
    if not _title_word(tok) or tok.pos_ != "PROPN" or tok.ent_type_ not in _CUT_TAIL_LABELS or \
            tok.ent_iob_ == "I" or tok.lower_ in titles or tok.ent_type_ and known(tok.text) or _title_word(doc[k + 1]):
        return end
    return k + 1 if any(_alone(doc, j, titles) for j in range(len(doc)) if j != k and doc[j].text == tok.text) \
        else end


def _alone(doc: Doc, j: int, titles: frozenset[str]) -> bool:
    """Is ``doc[j]`` a name word standing alone: no title-case word before it but a title
    (``Ms. Bains``), none after it?"""
    before = doc[j - 1] if j > 0 else None
    if before is not None and before.is_title and before.lower_.rstrip(".") not in titles and \
            not before.is_sent_start and "\n" not in before.whitespace_:
        return False
    return j + 1 >= len(doc) or not _title_word(doc[j + 1])
