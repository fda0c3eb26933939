"""Campaign and advocacy groups whose names open with a verb or another non-name word (issue 12).

``Priya Natarajan, a lawyer for the group Save Lookout Valley, said``; ``Keep Mill Creek Wild, a
residents' coalition, said``; ``Stop the Wall argued``; ``Moms for Liberty, a group that …``: the
model reads such a name as a person (``Save`` is a given name), a place (``Valley``) or nothing at
all (``Save Our Schools said`` parses as a verb and its object). A run of title-case words opened
by a ``campaign-name-openers`` word (``Save``, ``Keep``, ``Stop``, ``No``), or by a
``campaign-name-members`` noun before one of its links (``Moms for``, ``Citizens Against``), with
``campaign-name-links`` words inside it (``Stop the Wall``), is an organisation's name only when
the text marks it as a body's:

- a ``campaign-front-nouns`` word right before it (``the group``, ``the campaign``, ``the
  residents' group``), or before it and a comma when a comma closes the name (``The petition
  group, No Blank Check Oregon, needs``);
- ``, a/an … NOUN`` right after it, the noun a ``campaign-front-nouns`` word (``, a coalition of
  parents``, ``, a nonprofit that``);
- a ``campaign-speech-verbs`` form right after it (``Save Our Schools said``), for a member noun
  only after a ``speaking-links`` word (``Parents for Safe Streets said``; ``Residents of Hermel
  said`` are people of a place).

A sentence that opens with a verb (``Save the date``, ``Keep in mind that``) or an imperative
headline (``Stop Blaming Teachers, Union Says``) has none of these marks and is left alone. The
mention replaces the model's pieces inside it (``Our Parks`` as a person) with origin
:data:`ORIGIN`, which the non-actor passes leave alone (``Valley`` is no landform here), and
every other mention of its id becomes an organisation too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.actor_model import Actor, make_norm
from pipeline.components.gazetteer import ActorWords, slugify

ORIGIN = "rule:campaign-name"
MAX_WORDS = 6  # "Save the Lower East Side Waterfront"
APPOSED_REACH = 5  # ", a small residents' coalition": words between the article and the noun
ARTICLES = frozenset({"a", "an", "the"})


def find_campaign_names(doc: Doc, actors: list[Actor], taken: list[bool], words: ActorWords) -> None:
    """Add (or retype) each campaign group's name the text marks as a body's."""
    if not words.campaign_name_openers:
        return
    i = 0
    while i < len(doc):
        end = campaign_name_end(doc, i, words)
        if end is not None and marked_as_body(doc, i, end, words, _may_speak(doc, i, words)) and \
                _claim(doc, actors, i, end):
            for k in range(i, end):
                taken[k] = True
            i = end
            continue
        i += 1


def campaign_name_end(doc: Doc, i: int, words: ActorWords) -> int | None:
    """The end of a campaign group's name opened at ``i`` (two words at least, the last title-case),
    else None."""
    tok = doc[i]
    if not _title_word(tok) or (i > 0 and _title_word(doc[i - 1]) and not doc[i - 1].is_sent_start):
        return None  # "Lake Save Street": inside a longer name
    member = tok.lower_ in words.campaign_name_members and i + 1 < len(doc) and \
        doc[i + 1].lower_ in words.campaign_name_members_links
    if tok.lower_ not in words.campaign_name_openers and not member:
        return None
    end, k = None, i + 1
    while k < len(doc) and k - i < MAX_WORDS and "\n" not in doc[k - 1].whitespace_:
        if _title_word(doc[k]):
            end = k + 1
        elif not (doc[k].is_lower and doc[k].lower_ in words.campaign_name_links):
            break
        k += 1
    return end


def _title_word(tok: Token) -> bool:
    return tok.is_alpha and tok.is_title


def _may_speak(doc: Doc, i: int, words: ActorWords) -> bool:
    """Does a speech verb after the name opened at ``i`` mark it as a body's? Not for people of a
    place (``Residents of Hermel said``): only a verb opener or a member noun before a
    ``speaking-links`` word (``Parents for Safe Streets said``)."""
    return doc[i].lower_ in words.campaign_name_openers or \
        doc[i + 1].lower_ in words.campaign_name_members_speaking_links


def marked_as_body(doc: Doc, start: int, end: int, words: ActorWords, speaks: bool = True) -> bool:
    """A body's noun before the name, ``, a … NOUN`` after it, or (``speaks``) a speech verb right
    after it."""
    k = start - 2 if start >= 2 and doc[start - 1].text == "," and end < len(doc) and doc[end].text == "," \
        else start - 1  # "The petition group, No Blank Check Oregon, needs"
    if k >= 0 and doc[k].is_lower and doc[k].lower_ in words.campaign_front_nouns:
        return True
    if speaks and end < len(doc) and doc[end].is_lower and doc[end].lower_ in words.campaign_speech_verbs:
        return True
    return _apposed_body_noun(doc, end, words.campaign_front_nouns)


def _apposed_body_noun(doc: Doc, end: int, nouns: frozenset[str]) -> bool:
    """``, a coalition of parents``, ``, a small nonprofit that``: the first words after the
    comma an article and, before any punctuation, a body's noun."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ARTICLES:
        return False
    for tok in doc[end + 2:min(end + 2 + APPOSED_REACH, len(doc))]:
        if tok.is_punct:
            return False
        if tok.is_lower and tok.lower_ in nouns:
            return True
    return False


def _claim(doc: Doc, actors: list[Actor], start: int, end: int) -> bool:
    """Replace the mentions inside ``doc[start:end]`` by one organisation; False (nothing done) when a
    mention reaches out of it (a longer name) or is a known name (in the gazetteer)."""
    inside = [a for a in actors if a.start < end and start < a.end]
    if any(a.start < start or a.end > end or a.norm.get("in_gazetteer") for a in inside):
        return False
    text = doc[start:end].text
    old = {a.norm.get("actor_id") for a in inside} - {None}  # (no id: no other mention is the same)
    for a in inside:
        actors.remove(a)
    slug = slugify(text)
    actors.append(Actor(start, end, make_norm(slug, text, "organization", None, False, None, "name"),
                        ORIGIN, None, "organization"))
    for a in actors:  # "Keep Mill Creek Wild" read as a person elsewhere: the same body
        if a.norm.get("actor_id") in old | {slug} and a.norm.get("type") == "person":
            a.norm = {**a.norm, "actor_id": slug, "type": "organization"}
            a.category = "organization" if a.category == "person" else a.category
    return True
