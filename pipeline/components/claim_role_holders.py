"""A role description as a speaker is the one person the article gives that role (round 42).

``the state's chief minister said`` after ``… the party of Chief Minister Ravindra Mehta``; ``The
former postmistress said`` after ``said Morwenna Price, a retired postmistress``: a definite
description of a person's role (``the`` or a possessor that is no person: ``the state's``,
``Wales's``) whose noun is a title (``title`` rows) or the head of an apposition the article gave
someone, stands for the person who holds or held that role, named before or after it: the words
before the name (``Chief Minister``, ``Sen.``) or the post set in apposition to it
(:func:`~pipeline.components.claim_speakers.titles_near`) must hold the description's noun (a
form of its title) and every modifier it has, save the words of level that do not change the
role (``federal``: rules ``role_loose_modifiers``) and of time (``former``, ``retired``:
``role_tense_modifiers``), which must match (round 43): a description with a word of time fits
only a holder written with one (``the former headteacher`` is ``a retired headteacher``; not
``Prime Minister X``, who holds the post now), one without fits no holder written ``former …``.
A common-noun possessor (``the union's``) must name an actor the holder's sentence names or the
holder speaks for; naming none, only a bare ``the state's`` fits, a holder of the story's place.
Only when exactly one person (one actor id)
holds it: two holders, or none, leave the words as written. A description with more words after
its noun (``the judge in the fraud case``, ``the minister who …``) or a person's possessor
(``his spokesman``) is left to the other readers.

A body's name before the role (round 43: ``the Progressive Conservative leader``, ``PC leader``) need not stand beside the holder's title (``Opposition Leader Kyle
Whelan``): another sentence naming the holder must name that body, by those words, their initials
or any name of the body (``Whelan has said a PC government would …``; :func:`names_body`, which a
headline's titled person reads too: ``Innu Nation grand chief says``). A headline's or
crosshead's role with no article (``PC leader calls review …``) is as definite as ``the``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.actor_focus_country import holds_focus
from pipeline.components.claim_context import NOT_ANTECEDENT, actor_id_of as _id

if TYPE_CHECKING:  # pragma: no cover
    from pipeline.components.claim_clauses import Sentence
    from pipeline.components.claim_context import DocContext

#: dependents that make the description more than a role (``the judge in the case``)
_MORE = frozenset(("prep", "acl", "relcl", "appos", "nummod", "conj"))
_MODIFIERS = frozenset(("amod", "compound", "nmod"))
#: words of a title phrase before a holder's name read for a word of time (``former Deputy Prime Minister``)
_TITLE_WORDS = 4


def role_holder(sent: "Sentence", tok: Token) -> Span | None:
    """The mention of the one person who holds the role ``tok`` heads (module doc), else None."""
    words = role_words(sent, tok)
    if words is None:
        return None
    named = _named_modifiers(sent, tok)
    forms, mods, title = words
    mods = mods - {t.lower_ for t in named}
    tense = sent.rules.words("role_tense_modifiers")
    tensed = any(t.lower_ in tense for t in _left_words(tok))
    holders = [sp for sp in _holders(sent, tok, forms, mods, title)
               if bool(_written_with(sp, tense) & tense) == tensed and _of_possessor(sent, tok, sp)
               and _of_bodies(sent, tok, sp, named)]
    return holders[0] if len({_id(sp) for sp in holders}) == 1 else None


def _left_words(tok: Token) -> list[Token]:
    """The words of the description before its noun, its article's and possessor's left out
    (``former`` of ``the country's former finance minister``; not ``former`` of ``the former
    president's lawyer``)."""
    skip = {t.i for c in tok.children if c.dep_ in ("det", "poss") for t in c.subtree}
    return [t for t in tok.subtree if t.i < tok.i and t.i not in skip]


def _written_with(span: Span, tense: frozenset[str]) -> set[str]:
    """The words a holder's mention is written with: its own, the title phrase right before it
    (``former Prime Minister Boris Johnson``, ``then-Gov. X``: at most :data:`_TITLE_WORDS`
    words, not past a verb, a comma or an article) and the post set in apposition (``X, a former
    finance minister``)."""
    from pipeline.components.claim_apposed_titles import titles_apposed

    words = {t.lower_ for t in span} | titles_apposed(span) | _apposed_nouns(span)[1]
    for t in reversed(span.doc[max(span.sent.start, span.start - _TITLE_WORDS):span.start]):
        if t.pos_ not in ("ADJ", "NOUN", "PROPN") and t.text != "-" and t.lower_ not in tense:
            break
        words.add(t.lower_)
    return words


def _named_modifiers(sent: "Sentence", tok: Token) -> list[Token]:
    """The words of a body's name before the role (``Progressive Conservative``, ``New
    Democratic``, ``Innu Nation``, ``PC`` of ``PC leader``): proper nouns, acronyms, words with a
    capital inside the sentence; not a title (``Deputy``) nor a word of time (``Former``)."""
    loose = sent.rules.words("role_loose_modifiers") | sent.rules.words("role_tense_modifiers")
    titles = sent.rules.titles
    return [t for t in _left_words(tok) if t.is_alpha and t.lower_ not in loose and t.lower_ not in titles and
            (t.pos_ == "PROPN" or t.is_upper and len(t) > 1 or t.is_title and not t.is_sent_start)]


def names_body(ctx: "DocContext", words: list[str], other: Span) -> bool:
    """Does the sentence ``other`` name the body whose name holds ``words``: by those words or
    their initials (``PC``), or by a mention of a body whose name holds them all (``NDP``, the
    New Democratic Party)?"""
    from pipeline.components.claim_speakers import actor_name_words, is_person

    initials = "".join(w[0] for w in words).upper()
    said = [t.lower_ for t in other]
    if any(said[k:k + len(words)] == words for k in range(len(said))) or \
            len(words) > 1 and any(t.text == initials for t in other):
        return True
    return any(sp.label_ == "actor" and not is_person(sp) and set(words) <= actor_name_words(ctx, sp)
               for sp in ctx.spans_within(other.start_char, other.end_char))


def _of_bodies(sent: "Sentence", tok: Token, span: Span, named: list[Token]) -> bool:
    """A holder fits a role a body's name qualifies (``the Progressive Conservative leader``) only
    when another sentence naming the holder (any of its mentions) names that body too
    (:func:`names_body`: ``Whelan has said a PC government would …``)."""
    if not named:
        return True
    words = [t.lower_ for t in named]
    sents = {m.sent for m in sent.ctx.mentions_of(_id(span)) if m.sent != tok.sent}
    return any(names_body(sent.ctx, words, s) for s in sents)


def _of_possessor(sent: "Sentence", tok: Token, span: Span) -> bool:
    """A holder fits a description with a named possessor (``Texas's governor``, ``Wales's
    transport secretary``) only when its own sentence names that possessor too (``Gov. X of
    Texas``); with a common-noun one (``the union's president``), only when the possessor names
    an actor (:func:`~pipeline.components.claim_bodies.noun_body`) that the holder's sentence
    names too or the holder speaks for; a bare ``the state's`` naming no actor fits a holder of
    the story's place (:func:`_of_focus`); any other possessor naming no actor fits no holder."""
    from pipeline.components.claim_bodies import body_of, noun_body

    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None:
        return True
    if poss.pos_ == "PROPN":
        return any(t.lower_ == poss.lower_ for t in span.sent if t.i != poss.i)
    body = noun_body(sent.ctx, poss)
    if body is None or not _id(body):
        return _of_focus(sent, poss, span)
    said = sent.ctx.spans_within(span.sent.start_char, span.sent.end_char)
    own = body_of(sent.ctx, span)
    return any(_id(sp) == _id(body) for sp in said if sp is not span) or (own is not None and _id(own) == _id(body))


def _of_focus(sent: "Sentence", poss: Token, span: Span) -> bool:
    """``the state's``, ``the country's`` with no other word (rules ``role_focus_possessors``; not
    ``the neighbouring state's``) fits a holder with no country of their own, or the one most of
    the story's actors with a country have."""
    if poss.lower_ not in sent.rules.words("role_focus_possessors") or \
            any(c.dep_ != "case" and not (c.dep_ == "det" and c.lower_ == "the") for c in poss.children):
        return False
    country = (span._.norm or {}).get("country")
    found = [n.get("country") for sp in sent.ctx.spans if sp.label_ == "actor"
             for n in [sp._.norm or {}] if n.get("country") and n.get("type") != "location"]
    return not country or holds_focus(found, country)


def role_words(sent: "Sentence", tok: Token) -> tuple[frozenset[str], frozenset[str], bool] | None:
    """The forms of the role's noun, the modifiers a holder must carry (``chief`` of ``the chief
    minister``) and whether the noun is a title, for a definite singular description of a role;
    else None."""
    if tok.tag_ != "NN" and not (tok.tag_ == "NNP" and tok.lower_ in sent.rules.titles):
        return None
    if any(c.dep_ in _MORE for c in tok.children) or not _definite(sent, tok):
        return None
    noun = tok.lemma_.lower()
    forms = sent.rules.titles.get(noun)
    loose = sent.rules.words("role_loose_modifiers") | sent.rules.words("role_tense_modifiers")
    mods = frozenset(c.lower_ for c in tok.children if c.dep_ in _MODIFIERS and c.i < tok.i and c.lower_ not in loose)
    return forms or frozenset((noun, tok.lower_)), mods, bool(forms)


def _definite(sent: "Sentence", tok: Token) -> bool:
    """``the`` before the role, or a possessor that names no person (``the state's``, ``Wales's``;
    not ``his``, ``Mehta's``)."""
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        span = sent.ctx.actor_at.get(poss.i)
        return det is None and poss.pos_ in ("NOUN", "PROPN") and poss.ent_type_ != "PERSON" and \
            (span is None or (span._.norm or {}).get("type") != "person")
    if det is None and poss is None and tok.left_edge.is_sent_start:
        return True  # a headline's or crosshead's role, no article: ``PC leader calls review …``
    return det is not None and det.lower_ == "the"


def _holders(sent: "Sentence", tok: Token, forms: frozenset[str], mods: frozenset[str], title: bool) -> list[Span]:
    """The body's named person mentions with an actor id whose title or apposed post holds the role (a
    noun that is no title: the head of an apposition, ``Ieuan Gethin, a retired headteacher``; not
    a word near the name, ``Fire Chief Lena Brockway`` is no ``fire``), the nearest one before
    ``tok`` first."""
    from pipeline.components.claim_speakers import is_person, titles_near

    ctx = sent.ctx
    found = []
    for span in ctx.spans:
        if span.label_ != "actor" or not _id(span) or span.start <= tok.i < span.end or \
                ctx.section_at(span.start_char) in NOT_ANTECEDENT or not is_person(span) or \
                not any(t.pos_ == "PROPN" for t in span):
            continue  # a holder is named (``the governor's claim`` is no holder of ``The senator``)
        heads, words = _apposed_nouns(span)
        near = titles_near(span) | words if title else words
        if (near if title else heads) & forms and mods <= near:
            found.append(span)
    return sorted(found, key=lambda sp: (sp.start > tok.i, abs(sp.start - tok.i)))


def _apposed_nouns(span: Span) -> tuple[set[str], set[str]]:
    """The common noun the parse sets in apposition to the name, either side, and it with its
    modifiers (``Elin Hughes, a retired postmistress from …``, ``retired`` tagged a verb): what
    :func:`titles_near` reads by the words' tags, read by the parse."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    heads = {w for n in nouns for w in (n.lower_, n.lemma_.lower())}
    return heads, heads | {m.lower_ for n in nouns for m in n.children if m.dep_ in _MODIFIERS and m.i < n.i}
