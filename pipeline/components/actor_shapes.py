"""The type of an unknown name from its shape and its context, where the model's label is wrong:
``Civic Platform`` (PERSON) ends in an organisation word, ``the Gazette`` (PERSON) in a newspaper
word, ``PHOENIX —`` (ORG) is a dateline's place, ``Gov. Ana Reyes`` (ORG) has a person's title,
``Residents in Imphal`` (ORG) is a place."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from pipeline.components.actor_country_names import country_opens_name
from pipeline.components.actor_model import HYPHENS, Actor, glued_hyphen, is_possessive_s

from pipeline.components.actor_people import is_first_name, is_postnominal, suffix_start, title_before
from pipeline.components.date_rules import is_date_word
from pipeline.components.gazetteer import ActorWords, Title
from pipeline.components.token_scan import positions


def person_shape(doc: Doc, start: int, end: int, words: ActorWords, titles: dict[str, Title]) -> str | None:
    """A PERSON whose last word is a newspaper word (``the Gazette``: media) or an organisation
    word (``Civic Platform``: organization), with no person's title before it and no given name
    opening a two-word name (``Emily Post`` stays a person)."""
    last = doc[end - 1].lower_
    if title_before(doc, start, titles) is not None or (end - start == 2 and is_first_name(doc[start].text)):
        return None
    if not all(t.is_title for t in doc[start:end]):
        return None
    if last in words.media_heads:
        return "media"
    if last in words.org_name_heads or last in words.business_name_words:
        return "organization"
    return None


def org_shape(doc: Doc, start: int, end: int, words: ActorWords, titles: dict[str, Title],
              dateline: bool) -> str | None:
    """The type of an ORG that is no organisation: a place or a person (None: keep it)."""
    if dateline and end - start == 1:
        return "location"  # "PHOENIX —"
    if _person_title(doc, start, titles):
        return "person"
    if _place_of_people(doc, start, end, words):
        return "location"
    return None


def person_named_org(doc: Doc, start: int, end: int, words: ActorWords) -> bool:
    """``Jordan-Marc Vasseur``, ``Marcus Delaney`` or ``Rafael Delgado Sr.`` tagged ORG: two or three
    title-case words (and a generational suffix or a post-nominal: ``Imogen Rutherford KC``) opened by
    a given name (or a hyphenated pair of them), no word of a body's or a company's name,
    and not after ``the``/``at`` (``analysts at Morgan Stanley``) nor a body's noun (``the insurer
    Halvard Mutual``: ``org-front-nouns``): a person, who then takes no
    country from a word inside the name (``Jordan``)."""
    parts = doc[start:end].text.split()
    cut = suffix_start(parts, words)  # "Rafael Delgado Sr."
    if cut == len(parts) and len(parts) > 2 and is_postnominal(parts[-1], words):
        cut -= 1  # "Imogen Rutherford KC"
    parts = parts[:cut]
    if not 2 <= len(parts) <= 3 or not _name_words(parts):
        return False
    if parts[0].lower() in ("the", "a", "an") or not is_first_name(parts[0].split("-")[0]) or \
            (start > 0 and doc[start - 1].lower_ in ("the", "at")) or \
            (start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ in words.org_front_nouns):
        return False  # "The Resolution Centre": no given name; "the insurer Halvard Mutual": a body
    body = words.org_name_heads | words.business_name_words | words.media_heads | words.corp_suffixes
    return not any(p.lower() in body or p.lower() in words.government_heads or p.lower() in words.legislature_heads
                   for p in parts)


def person_by_honorific(doc: Doc, start: int, end: int, words: ActorWords, titles: dict[str, Title]) -> bool:
    """``Kwabena Asante-Mensah`` tagged ORG, a given name no list knows: a person when the article
    calls the last word ``Mr.``/``Ms. Asante-Mensah`` (a title of a gender right before it)
    elsewhere; the shape of :func:`person_named_org` otherwise (no body word, not after ``the``)."""
    parts = doc[start:end].text.split()
    if not 2 <= len(parts) <= 3 or not _name_words(parts) or _body_words(parts, words) or \
            (start > 0 and doc[start - 1].lower_ in ("the", "at")):
        return False
    last = doc[start:end].text.split()[-1].split("-")[0]
    for tok in doc:
        if tok.text == last and not start <= tok.i < end:
            found = title_before(doc, tok.i, titles)
            if found is not None and found[1].gender:
                return True
    return False


def person_shaped_place(doc: Doc, start: int, end: int, titles: dict[str, Title], words: ActorWords,
                        is_state: Callable[[str], bool] = lambda name: False) -> bool:
    """A name the model tagged a place that the words around make a person: a capitalised title
    of a gender right before it (``Mr Karbouli``; not ``to the sultan Oman``), or a lone known given
    name with an age after it (below ``age-limit``) and then a description, a relative clause
    (``age-followers``) or a verb (``Sheila, 58, a nurse``; not ``won Augusta, 13, and``). Never a
    country or state of the gazetteer (``is_state``)."""
    if is_state(doc[start:end].text):
        return False
    found = title_before(doc, start, titles)
    if found is not None and found[1].gender and doc[found[0]].text[:1].isupper():
        return True
    if titled_unknown_name(doc, start, end, words, titles):
        return True
    return end - start == 1 and is_first_name(doc[start].text) and aged(doc, end, words)


def aged(doc: Doc, end: int, words: ActorWords) -> bool:
    """Is the name ending at ``end`` followed by an age between commas (below ``age-limit``) and
    then a description, a relative clause (``age-followers``) or a verb (``Sheila, 58, a nurse``;
    not ``won Augusta, 13, and``)?"""
    if end + 3 >= len(doc):
        return False
    age, then = doc[end + 1], doc[end + 3]  # then a description, a relative clause or a verb
    limit = min((int(w) for w in words.age_limit), default=120)
    return doc[end].text == "," and doc[end + 2].text == "," and age.text.isdecimal() and age.text.isascii() \
        and 0 < int(age.text) < limit and (then.lower_ in words.age_followers or then.pos_ == "VERB")


def titled_unknown_name(doc: Doc, start: int, end: int, words: ActorWords, titles: dict[str, Title]) -> bool:
    """``Lagos State Governor Tunde Adeyemi-Cole``, ``Minister Kwesi Ofori-Atta``, tagged a place or
    a body, a given name no list knows: a capitalised title right before two or three title-case
    words, the last a surname written with a hyphen, no word of a body's or a place's name. A title
    in lower case counts after its owner's name (``BJP spokesperson Ananya Sinha-Thakur``)."""
    found = title_before(doc, start, titles)
    parts = doc[start:end].text.split()
    if found is None or not _capital_or_owned(doc, found[0]) or not 2 <= len(parts) <= 3:
        return False
    last = parts[-1].split("-")
    return len(last) == 2 and all(last) and _plain_name(parts, words)


def _capital_or_owned(doc: Doc, title: int) -> bool:
    """Is the title at ``title`` capitalised, or right after a capitalised word (its owner's name)?"""
    return doc[title].text[:1].isupper() or (title > 0 and doc[title - 1].text[:1].isupper())


def _plain_name(parts: list[str], words: ActorWords) -> bool:
    """Title-case name words (:func:`_name_words`) with no word of a body's (:func:`_body_words`)
    or a place's name (``place_heads``, each part of a hyphened word too)."""
    return _name_words(parts) and not _body_words(parts, words) and \
        not any(w.lower() in words.place_heads for p in parts for w in p.split("-"))


def _body_words(parts: list[str], words: ActorWords) -> bool:
    """Does a word of the name belong to a body's, a company's or an outlet's name?"""
    body = words.org_name_heads | words.business_name_words | words.media_heads | words.corp_suffixes
    return any(p.lower() in body or p.lower() in words.government_heads or p.lower() in words.legislature_heads
               for p in parts)


def _name_words(parts: list[str]) -> bool:
    """Title-case words (:func:`_title_word`), a middle initial allowed between the first and the
    last (``Lowell R. Pierce``)."""
    return all(_title_word(p) or 0 < k < len(parts) - 1 and len(p) == 2 and p[0].isupper() and p[1] == "."
               for k, p in enumerate(parts))


def _title_word(word: str) -> bool:
    """``Okafor-Rey``, ``Marković``, ``O'Neill``: a capital, then not all capitals."""
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return letters.isalpha() and word[0].isupper() and not word.isupper()


def _person_title(doc: Doc, start: int, titles: dict[str, Title]) -> bool:
    """``Gov. Ana Reyes``: a person's title (a title row, not an office of a body) before a name
    whose first word is a given name."""
    found = title_before(doc, start, titles)
    return found is not None and is_first_name(doc[start].text) and doc[start].is_title


def given_name_before(doc: Doc, start: int, end: int, titles: dict[str, Title], taken: list[bool],
                      words: ActorWords) -> int:
    """``Gov. Ana`` + ``Reyes`` (ORG): the untagged given name between a person's title and the
    entity opens the name; returns the name's new start (``start`` when there is none). A given name
    no list knows counts after a capitalised title before a plain name (``General Maruli`` +
    ``Simanjuntak``, ``Commissioner of Police Adamu`` + ``Bello-Sani``; not ``General Manager`` +
    ``Office Supplies Ltd``, a company's: :func:`_plain_name`). A word
    that ends a title is none (``Lieutenant General`` + ``Maria Ochoa``: ``General`` ends
    ``lieutenant general``, whatever the name data say of it)."""
    k = start - 1
    if k < 1 or taken[k] or doc[k].ent_type_ or not doc[k].is_title or not doc[k].is_alpha or \
            doc[k].whitespace_ != " ":
        return start
    if title_before(doc, start, titles) is not None:
        return start  # ``k`` ends a title (``Lieutenant General``, ``SEC Chair``, ``General Counsel``)
    found = title_before(doc, k, titles)
    unknown = doc[k].tag_ == "NNP" and doc[k - 1].text[:1].isupper() and \
        _plain_name(doc[start:end].text.split(), words) and \
        not is_first_name(doc[start].text)  # "General Manager Brian Cashman": Brian opens the name
    if found is None or not (is_first_name(doc[k].text) or unknown):
        return start
    return k


def _place_of_people(doc: Doc, start: int, end: int, words: ActorWords) -> bool:
    """``Residents in Imphal``: one title-case word after ``in``/``near`` that follows a plural
    noun for people (``group-nouns``) is their place."""
    tok = doc[start]
    if end - start != 1 or start < 2 or not tok.is_title or doc[start - 1].lower_ not in ("in", "near"):
        return False
    if end < len(doc) and is_possessive_s(doc[end]):
        return False
    return doc[start - 2].lower_ in words.group_nouns


def find_described_orgs(doc: Doc, actors: list[Actor], taken: list[bool], words: ActorWords,
                        make: Callable[[int, int, str], Actor]) -> None:
    """``Prairie Crest, a regional grain cooperative,``, ``Shelter, the housing charity,``,
    ``Parents for Safe Streets, the ballot committee behind …``: a title-case name (``for``,
    ``of``, ``and`` may join its words) described in apposition by an organisation noun
    (``org-description-nouns``) is an organisation (a newspaper word in ``media-name-nouns``:
    media), whether the model missed it or read it as a person; a country's name opening it is a
    word of the name (``Gabon Debout, a coalition of …``). ``make`` builds the actor
    (start, end, type)."""
    for c in range(1, len(doc) - 2):
        if doc[c].text != "," or doc[c + 1].lower_ not in ("a", "an", "the"):
            continue
        noun = _described_noun(doc, c + 2, words)
        start = _name_run(doc, c, words) if noun is not None else None
        if start is None or doc[c - 1].pos_ == "ADV" or \
                all(is_date_word(t) for t in doc[start:c]):  # "Nationally, the agency"; "on Friday, the agency"
            continue
        atype = "media" if noun in words.media_name_nouns else "organization"
        inside = [a for a in actors if a.start < c and a.end > start]
        if any((a.norm["in_gazetteer"] or a.norm["type"] not in ("person", "organization", "group") or
                a.start < start or a.end > c) and not country_opens_name(a, start, c) for a in inside):
            continue
        for a in inside:
            actors.remove(a)
        body = make(start, c, atype)
        country = next((a.norm["country"] for a in inside if country_opens_name(a, start, c)), None)
        if country is not None:  # "Gabon Debout": Gabon's coalition
            body.norm["country"] = country
        actors.append(body)
        for k in range(start, c):
            taken[k] = True


def find_fronted_orgs(doc: Doc, actors: list[Actor], taken: list[bool], words: ActorWords,
                      make: Callable[[int, int, str], Actor]) -> None:
    """``The drivers' union Aslef said``, ``Indonesian nickel processor PT Sulawesi Mineral Nusantara
    said``: an organisation noun (``org-description-nouns``, lower case) that the parser joins to
    the title-case name right after it (one to five words the model left untagged,
    no title, no known given name opening it, no noun after it) describes that name, an
    organisation. ``make`` builds the actor (start, end, type)."""
    nouns = words.org_description_nouns - words.media_name_nouns  # outlets: actor_names' own rule
    for i in positions(doc, nouns):
        tok = doc[i]
        if tok.lower_ not in nouns or not tok.is_lower or taken[i]:
            continue
        end = _fronted_name_end(doc, i + 1, taken)
        if end is None or not _describes(doc, i, end) or doc[i + 1].lower_.rstrip(".") in words.any_title or \
                is_first_name(doc[i + 1].text) or _public_body_word(doc, i + 1, end, words):
            continue
        actors.append(make(i + 1, end, "organization"))
        for k in range(i + 1, end):
            taken[k] = True


def _public_body_word(doc: Doc, start: int, end: int, words: ActorWords) -> bool:
    """``the coalition Government``, ``the party Executive``: a word of a government's or a
    legislature's name or an institution's (``institution-heads``), or a word the tagger reads as
    no proper noun, is no body's own name."""
    public = words.government_heads | words.legislature_heads | words.institution_heads
    return any(t.tag_ not in ("NNP", "NNPS") or t.lower_ in public for t in doc[start:end])


def _describes(doc: Doc, i: int, end: int) -> bool:
    """The parser joins the noun ``doc[i]`` to the name ``doc[i + 1:end]``: a modifier of the name
    (``union`` + ``Aslef``) or the name in apposition to it (``processor`` + ``PT Sulawesi …``)."""
    last = doc[end - 1]
    return i < doc[i].head.i < end or (last.dep_ == "appos" and last.head.i == i)


def _fronted_name_end(doc: Doc, k: int, taken: list[bool]) -> int | None:
    """The end of a run of one to five untagged, untaken title-case or all-capitals words opening
    at ``k`` on one line and followed by no noun of its own (``the union Aslef members``)."""
    end = k
    while end < len(doc) and end - k < 5 and doc[end].is_alpha and doc[end].text[0].isupper() and \
            not taken[end] and doc[end].ent_iob_ == "O" and not (end > k and doc[end].is_sent_start) and \
            (end == k or "\n" not in doc[end - 1].whitespace_):
        end += 1
    if end == k or end - k == 5 or (end < len(doc) and (doc[end].pos_ in ("NOUN", "PROPN") or doc[end].is_title)):
        return None
    return end


def find_named_campaigns(doc: Doc, actors: list[Actor], taken: list[bool],
                         make: Callable[[int, int, str], Actor]) -> None:
    """``the Yes on 3 campaign``, ``the No on Prop 22 campaign``: ``the`` + a campaign's name of up
    to five words (title case, digits and ``on``/``for``/``to``/``the`` between them, at least one
    of these) + ``campaign`` is an organisation, whole. A name of capitalized words alone is left to
    the people's campaigns (``the Whitfield campaign``)."""
    for i in positions(doc, _CAMPAIGN):
        tok = doc[i]
        if tok.lower_ != "campaign" or not tok.is_lower or taken[i]:
            continue
        k = i
        while k > 0 and i - k < 5 and not taken[k - 1] and (
                _name_word(doc[k - 1]) or doc[k - 1].like_num or doc[k - 1].lower_ in _CAMPAIGN_LINKS):
            k -= 1
        while k < i and doc[k].lower_ in _CAMPAIGN_LINKS:
            k += 1  # "the" opens the mention, not the name
        inner = doc[k:i]
        if k == i or k == 0 or doc[k - 1].lower_ != "the" or not _name_word(doc[k]) or \
                not any(t.like_num or t.lower_ in _CAMPAIGN_LINKS for t in inner):
            continue
        actors.append(make(k - 1, i + 1, "organization"))
        for j in range(k - 1, i + 1):
            taken[j] = True


_CAMPAIGN_LINKS = ("on", "for", "to", "the")
_CAMPAIGN = frozenset({"campaign"})


def _described_noun(doc: Doc, k: int, words: ActorWords) -> str | None:
    """The head of ``regional grain cooperative``: the last of up to four modifier and noun
    words, when it is an organisation noun."""
    end = k
    while end < len(doc) and end - k < 4 and doc[end].pos_ in ("ADJ", "NOUN", "PROPN") and not doc[end].is_punct:
        end += 1
    if end == k or (end < len(doc) and (doc[end].pos_ == "NOUN" or doc[end].tag_ == "POS")):
        return None  # "a grain cooperative manager", "the company's founder": a person
    last = doc[end - 1]  # lower case: "a Marriage, a Campaign and …" is a headline's list
    return last.lower_ if last.is_lower and (last.lower_ in words.org_description_nouns or _trade_noun(doc, end - 1, k, words)) \
        else None


def _trade_noun(doc: Doc, i: int, k: int, words: ActorWords) -> bool:
    """``the Canadian lithium producer``: a noun a person is also called by (``org-trade-nouns``)
    right after an industrial trade (``org-trade-words``), not ``the Hollywood producer``."""
    return i > k and doc[i].lower_ in words.org_trade_nouns and doc[i - 1].lower_ in words.org_trade_words


def _name_word(tok) -> bool:
    return tok.is_title and tok.is_alpha


def _name_link(doc: Doc, i: int, c: int) -> bool:
    """``for``/``of``/``and`` between two title-case words of a name (``Parents for Safe Streets``)."""
    return doc[i].lower_ in _LINKS and doc[i].is_lower and 0 < i and i + 1 < c and \
        _name_word(doc[i - 1]) and _name_word(doc[i + 1])


_LINKS = ("for", "of", "and")


def _hyphen_part(doc: Doc, i: int) -> bool:
    """``-`` or ``e`` of ``Jamaat-e-Islami``: a hyphen glued to the words on both sides, or a
    lower-case particle of at most three letters glued between two such hyphens."""
    if doc[i].text in HYPHENS:
        return glued_hyphen(doc, i)
    return doc[i].is_lower and doc[i].is_alpha and len(doc[i]) <= 3 and glued_hyphen(doc, i - 1) and \
        glued_hyphen(doc, i + 1)


def _name_run(doc: Doc, c: int, words: ActorWords) -> int | None:
    """The first token of the title-case name of one to six words ending before token ``c``,
    opening a sentence or after a lower-case word, or an all-capitals acronym alone; None when
    there is none or it opens with a person's title."""
    k = c
    while k > 0 and c - k < 6 and (_name_word(doc[k - 1]) or _name_link(doc, k - 1, c) or
                                   k < c and _hyphen_part(doc, k - 1)) and not (k < c and doc[k].is_sent_start):
        k -= 1
    if k == c and doc[c - 1].is_upper and doc[c - 1].is_alpha and len(doc[c - 1]) >= 3:
        k = c - 1  # "MONUSCO, the United Nations peacekeeping mission": an acronym alone
    if k == c or (k > 0 and doc[k - 1].is_title and not doc[k].is_sent_start):
        return None
    if doc[k].lower_.rstrip(".") in words.any_title or doc[k].lower_ == "the":
        return None
    return k


ROLE_REACH = 7  # words of a description up to its head noun ("the group's executive director")
_ROLE_CLOSERS = frozenset({"of", "at", "for", "in", "with", "from", "on", "to", "who", "whose", ",", ".", ";"})


def person_by_apposed_role(doc: Doc, start: int, end: int, words: ActorWords) -> bool:
    """``Lindiwe Nkosi, chief economist at Ridgeback Capital``, ``Eritrea's information minister,
    Kidane Tesfay, said`` tagged a body or a place: one to three title-case words (no word of a
    body's or a place's name, not after ``the``/``at`` nor a preposition opening the sentence) in
    comma apposition with a role only a person has (:func:`apposed_person_role`), or two or three
    such words with an age after them (:func:`aged`): a person."""
    parts = doc[start:end].text.split()
    if not 1 <= len(parts) <= 3 or not _plain_name(parts, words):
        return False
    if start > 0 and (doc[start - 1].lower_ in ("the", "at") or doc[start - 1].pos_ == "ADP"):
        return False  # "In Washington, the president said": a place before the sentence's subject
    return apposed_person_role(doc, start, end, words.person_apposition_nouns) or \
        (len(parts) > 1 and aged(doc, end, words))  # "Joko Susilo, 41, who has driven a taxi"


def apposed_person_role(doc: Doc, start: int, end: int, nouns: frozenset[str]) -> bool:
    """Is the name ``doc[start:end]`` in comma apposition with a description whose head noun is one of
    ``nouns`` (``person-apposition-nouns``): after it (``, chief economist at``, ``, a former
    minister who``; the head is the last lower-case word before a preposition, ``who`` or a comma)
    or right before it (``its president, X,``; the name then closed by a comma, a verb or a full stop)?"""
    if end + 1 < len(doc) and doc[end].text == ",":
        head = None
        for tok in doc[end + 1:end + 1 + ROLE_REACH]:
            if tok.lower_ in _ROLE_CLOSERS:
                if head in nouns:
                    return not _role_speaks(doc, tok.i)
                break
            if tok.pos_ in ("VERB", "AUX", "NUM") or (tok.is_punct and tok.text != "-"):
                break
            if tok.is_lower and tok.is_alpha:
                head = tok.lower_
    if start < 2 or doc[start - 1].text != "," or end >= len(doc):
        return False
    noun = doc[start - 2]
    return noun.is_lower and noun.pos_ == "NOUN" and noun.lower_ in nouns and _described_role(noun) and \
        (doc[end].text in (",", ".") or doc[end].pos_ in ("VERB", "AUX"))


def _described_role(noun) -> bool:
    """Is the role noun before a comma a description of someone (``its president``, ``Eritrea's
    information minister``: a determiner or possessor, no predicate), not the predicate of a clause
    before the sentence's subject (``When he was chairman, Ocado lost``, ``If elected president,``)
    nor a prepositional object (``According to the director, Microsoft``)?"""
    return noun.dep_ not in ("pobj", "attr", "oprd", "acomp", "advcl") and \
        any(c.dep_ in ("det", "poss") for c in noun.children)


def _role_speaks(doc: Doc, closer: int) -> bool:
    """Is the role phrase closed at ``doc[closer]`` the subject of a verb before the next comma or
    full stop (``The plant supplies Volkswagen, a spokeswoman for the union said``): a clause of its
    own, no apposition? ``who`` opens a relative clause of the role: no such verb."""
    for tok in doc[closer:closer + 2 * ROLE_REACH]:
        if tok.lower_ == "who" or tok.text in (",", ".", ";"):
            return False
        if tok.pos_ in ("VERB", "AUX") and tok.i > closer:
            return True
    return False


def titled_missed_name(doc: Doc, start: int, end: int, words: ActorWords, titles: dict[str, Title]) -> bool:
    """``General Agus Purnomosidi told``, ``Governor Ebiere Alalibo`` that the model left untagged, a
    given name no list knows: two or three title-case words right after a capitalised person's title,
    no word of a body's or a place's name (``General Dynamics Land Systems``: a company)."""
    found = title_before(doc, start, titles)
    parts = doc[start:end].text.split()
    return found is not None and doc[start - 1].text[:1].isupper() and 2 <= len(parts) <= 3 and \
        _plain_name(parts, words)
