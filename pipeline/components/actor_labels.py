"""Words in capitals, for ``claims_actors``.

Speaker labels of a transcript: ``ROBERT HENSLEY:``, ``HENSLEY:``,
``SEN. HENSLEY:``, ``MS. OKAFOR:`` at the start of a line are mentions of the person the article
names so. The span is the label without its colon (a title that is part of the naming stays in it,
as in running text); ``claims_actors`` then gives it the person's id like any other mention.

A label becomes a person only when it reads as one: a title before the name (``MS. OKAFOR``), a
known given name first (``ROBERT HENSLEY``), or a surname of a person named in the document in
full (``HENSLEY``). ``MODERATOR:``, ``Q:``, ``NOTE:``, an unknown single word and a label opening
with an article (``THE BIG NUMBER:``, a crosshead) stay no actor.

Emphasis: a word written in capitals inside ordinary prose (``This is a DISGRACE``, ``the FAKE
NEWS media will NOT stop us``) that the model read as a name is no actor: one unknown word of four
letters or more, named nowhere else, read as a place or a person (an acronym names a body), tagged
as a common noun (``the STATE``, ``the VOTERS``; the model tags an acronym as a proper noun), or
standing beside other words in capitals. Acronyms the gazetteer knows (``FBI``, ``NATO``) and
acronyms the article defines (``(ASP)``) stay bodies.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.actor_model import Actor, make_norm
from pipeline.components.actor_names import lone_model_words
from pipeline.components.gazetteer import Title, slugify

MAX_LABEL_WORDS = 4

#: a label opening with an article is a heading (``THE BIG NUMBER:``, ``THE TRUMP FACTOR:``)
_ARTICLES = frozenset({"the", "a", "an"})


def _line_start(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text


def _label_words(doc: Doc, i: int) -> tuple[int, int] | None:
    """``(start, colon)``: the capital words from ``doc[i]`` to a colon that ends the label
    (periods of abbreviations such as ``SEN.`` allowed), or None."""
    k = i
    while k < len(doc) and k - i <= MAX_LABEL_WORDS + 2:
        t = doc[k]
        if t.text == ":":
            return (i, k) if k > i else None
        if not (t.is_upper and (t.is_alpha or t.text.rstrip(".").isalpha())) and \
                not (t.text == "." and k > i and not doc[k - 1].whitespace_):
            return None
        k += 1
    return None


def _full_surnames(doc: Doc, actors: list[Actor]) -> set[str]:
    """Surnames (lower case) of the people named with at least two words in the document."""
    out = set()
    for a in actors:
        words = [t for t in doc[a.name_begin:a.end] if t.is_alpha]
        if a.norm["type"] == "person" and len(words) >= 2:
            out.add(words[-1].lower_)
    return out


def _name_start(doc: Doc, start: int, colon: int, titles: dict[str, Title]) -> int:
    """The first word of the name after the label's titles (``SEN.`` ``HENSLEY`` -> ``HENSLEY``)."""
    k = start
    while k < colon - 1 and (doc[k].lower_.rstrip(".") in titles or doc[k].text == "."):
        k += 1
    return k


def find_transcript_labels(doc: Doc, actors: list[Actor], taken: list[bool], titles: dict[str, Title],
                           is_first_name) -> None:
    """Add (or trim) the person mention of every speaker label that reads as a person."""
    surnames = _full_surnames(doc, actors)
    for i in range(len(doc)):
        if not _line_start(doc, i) or (found := _label_words(doc, i)) is None:
            continue
        start, colon = found
        if doc[start].lower_ in _ARTICLES:
            continue  # ``THE BIG NUMBER:``, ``A CLOSER LOOK:``: a crosshead, no person
        name = _name_start(doc, start, colon, titles)
        words = [t.text for t in doc[name:colon] if t.is_alpha]
        if not words or any(taken[name:colon]) and not _owned_by_person(actors, name, colon):
            continue
        titled = name > start
        given = len(words) >= 2 and is_first_name(words[0].title())
        if not (titled or given or (len(words) == 1 and words[0].lower() in surnames)):
            continue
        for a in [a for a in actors if a.start < colon + 1 and a.end > start]:
            actors.remove(a)
        text = " ".join(w.title() for w in words)
        actors.append(Actor(name, colon, make_norm(slugify(text), text, "person", None, False, None, "label"),
                            "ner", None, "person"))
        for k in range(start, colon):
            taken[k] = True


def _owned_by_person(actors: list[Actor], start: int, end: int) -> bool:
    """The model already read the label as a person (``ROBERT HENSLEY:`` with its colon)."""
    return any(a.norm["type"] == "person" and a.start <= start and a.end >= end for a in actors)


def _caps_word(tok) -> bool:
    return tok.is_alpha and tok.is_upper and len(tok) >= 2


def _emphasis(doc: Doc, i: int) -> bool:
    """``doc[i]`` in capitals amid ordinary prose: the sentence has lower-case words, the word
    opens no line (a dateline, a label), and a neighbour in capitals or the word itself reads
    as no acronym."""
    sent = doc[i].sent
    return sum(t.is_lower for t in sent) >= 3 and not _line_start(doc, i) and \
        (i > 0 and _caps_word(doc[i - 1]) or i + 1 < len(doc) and _caps_word(doc[i + 1]))


def _defined_acronyms(doc: Doc) -> set[str]:
    """The words the article gives in parentheses (``the Social Progress Alliance (ASP)``)."""
    return {doc[k].text for k in range(1, len(doc) - 1) if doc[k - 1].text == "(" and doc[k + 1].text == ")"}


def drop_caps_emphasis(doc: Doc, actors: list[Actor]) -> None:
    """Remove the model's names that are words in capitals for emphasis (see the module doc)."""
    acronyms = _defined_acronyms(doc)
    for a in lone_model_words(actors):
        tok = doc[a.start]
        if not (_caps_word(tok) and len(tok) >= 4) or tok.text in acronyms:
            continue
        if sum(t.is_lower for t in tok.sent) < 3 or _line_start(doc, a.start):
            continue
        if a.norm["type"] in ("location", "person") or tok.tag_ not in ("NNP", "NNPS") or _emphasis(doc, a.start):
            actors.remove(a)
