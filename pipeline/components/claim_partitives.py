"""Partitive speakers: a member picked out of a group named before (issue 11).

Wire copy introduces an unnamed group (``two people familiar with the matter``, ``Allies of the
chancellor``) and later quotes one of its members (``One of them said``, ``said one``, ``one of
the people``, ``The other``). The speaker record stays the group's (the member's words as written in
``via``); one member is a person named as one of the group: ``norm.name`` ``one of the people
familiar with the matter``, ``one of the allies of the chancellor`` (the group's fullest description,
without its determiner, count or relative clause), and ``The other`` is ``the other person familiar
with the matter`` (a distinct member: the description with a singular head); its ``text`` is the
group's words without the count. Several
members (``two of the people``) are ``two of the people familiar with the matter``. A member whose
apposition describes them (``One of them, a member of the Freedom Caucus, said``) is that description.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from pipeline.components.claim_phrase_norm import phrase_norm
from pipeline.components.claim_rules import Rules, load_rules
from pipeline.components.numbers import parse_number

if TYPE_CHECKING:  # pragma: no cover
    from pipeline.components.claim_clauses import Sentence

#: the words of a group phrase that count or determine it, not part of its description
_GROUP_LEADS = frozenset(("DT", "CD", "PDT", "PRP$"))


def bare_member(tok: Token) -> bool:
    """``"…," said one``, ``One said: "…"``: ``one`` alone as the subject (a numeral, or the
    pronoun the tagger may take it for), a member of a group named before; a relative clause may
    follow it (``said one, who asked not to be named``). Not ``one official``, ``one of them``:
    those have words of their own."""
    return tok.lower_ == "one" and tok.tag_ in ("CD", "PRP") and tok.dep_ == "nsubj" and not any(
        not c.is_punct and c.dep_ != "relcl" for c in tok.children)


#: the dependencies of a subject, and of the noun after a subject's ``of`` (``Hundreds of protesters``)
_SUBJECTS = frozenset(("nsubj", "nsubjpass"))


def _plural_subject(sent: "Sentence", tok: Token) -> bool:
    """``protesters`` in ``Hundreds of protesters marched``, ``Police officers said``: a plural
    noun of people (:func:`claim_quoted_pronouns.people_word`, not ``the barns were clean``) that
    is a clause subject or the noun of its ``of`` phrase."""
    from pipeline.components.claim_quoted_pronouns import people_word  # (it imports claim_speakers, which imports this)
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    subject = tok.dep_ in _SUBJECTS or (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ in _SUBJECTS)
    return subject and people_word(sent, tok)


def bare_member_reaches(sent: "Sentence", tok: Token, group_end: int) -> bool:
    """Can a bare ``one`` (``tok``) pick from a group whose words end at char ``group_end``? Only
    when the group is in the sentence before the one the quotation ``one`` closes opens (else
    ``tok``'s own), and no other plural subject of people (``Hundreds of protesters marched``)
    stands between the group and ``tok`` outside quotation marks and outside what the group says
    (:func:`_reported_by`)."""
    ctx, doc = sent.ctx, tok.doc
    quoted = [s for s, e in ctx.quotes if tok.sent.start_char <= e <= tok.idx]
    anchor = doc.char_span(quoted[-1], quoted[-1] + 1, alignment_mode="expand") if quoted else None
    first = (doc[anchor.start] if anchor is not None and len(anchor) else tok).sent.start
    window = doc[first - 1].sent.start_char if first > 0 else 0
    if group_end <= window:
        return False
    between = doc.char_span(group_end, tok.idx, alignment_mode="contract")
    reported = _reported_by(doc.char_span(group_end - 1, group_end, alignment_mode="expand"))
    return between is None or not any(_plural_subject(sent, t) and ctx.quote_at(t.idx) is None
                                      and not any(c.is_ancestor(t) for c in reported) for t in between)


def _reported_by(end: Span | None) -> list[Token]:
    """The reported clauses (``ccomp``) of the verb whose subject ends with ``end`` (``Allies of
    the minister say he was the victim of a culture in which junior ministers were …``): a crowd
    named inside what the group says (``junior ministers``) is no new group between it and a
    later ``One said``."""
    tok = end[-1] if end is not None and len(end) else None
    while tok is not None and tok.dep_ not in _SUBJECTS and tok.head != tok:  # (not ``is``: a new Token each time)
        tok = tok.head
    if tok is None or tok.dep_ not in _SUBJECTS:
        return []
    return [c for c in tok.head.children if c.dep_ == "ccomp"]


def other_member(tok: Token) -> bool:
    """``The other said``: ``the other`` alone as the subject, the second member of a group whose
    first (``One of the people said``) was quoted just before (not ``the other side``)."""
    return tok.lower_ == "other" and tok.dep_ in ("nsubj", "nsubjpass") and [c.lower_ for c in tok.children] == ["the"]


def _the_other(tok: Token) -> bool:
    """``The other`` (:func:`other_member`) or ``the other official``: the other member of a pair
    (not ``the other analysts``, ``the other four``: the rest of the group)."""
    if other_member(tok):
        return True
    return tok.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "nummod" for c in tok.children) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and any(c.dep_ == "amod" and c.lower_ == "other" for c in tok.children)


def partitive_words(tok: Token) -> str | None:
    """The words that pick the member out (``one``, ``two``) of a referent phrase headed by a
    partitive word (``One of them``, ``two of the people``) or a bare ``one``; None otherwise."""
    if bare_member(tok):
        return tok.lower_
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i), None)
    if prep is None:
        return None
    return tok.doc[tok.left_edge.i:prep.i].text.lower()


def _description_start(span: Span) -> int:
    """The first token of ``span`` after its determiners, numbers (``several``, ``many``: rules
    ``several_partitive_heads``) and quantity nouns with their ``of`` (``Dozens of``, ``tens of
    thousands of``; rules ``group_quantity_leads``)."""
    quantities, several = load_rules().words("group_quantity_leads"), load_rules().words("several_partitive_heads")
    doc, lead, root = span.doc, span.start, span.root
    count = next((c for c in root.children if c.dep_ == "nummod" and c.left_edge.i == span.start), None)
    if count is not None and count.right_edge.i < root.i:  # ``more than a dozen``: the whole count
        lead = count.right_edge.i + 1
    counted = False  # (past a quantity noun heading the phrase, the head is further on)
    while lead + 1 < span.end and (lead <= root.i or counted):
        if (doc[lead].tag_ in _GROUP_LEADS or doc[lead].lower_ in several) and (lead < root.i or counted):
            lead += 1
        elif doc[lead].lower_ in quantities and doc[lead + 1].lower_ == "of" and lead + 2 < span.end:
            lead, counted = lead + 2, True
        else:
            break
    return lead


def group_description(span: Span) -> str | None:
    """``two people familiar with the matter`` → ``people familiar with the matter``: the group's
    words without the determiners and numbers before its head; None for a name or a pronoun."""
    root = span.root
    if root.pos_ == "PRON":
        return None
    lead = _description_start(span)
    words = span.doc[lead:span.end]
    if not len(words):
        return None
    head = words[0]  # capitalised only because it opens the phrase (``Allies of the chancellor``): lower case
    first = head.lower_ if head.i == span.start and head.is_title and not head.ent_type_ else head.text
    return first + words.text[len(words[0].text):]


class DescriptionIndex:
    """The group descriptions of a document's speaker records (``speakers_said``), each read once:
    (head lemma, first word) -> record starts in text order and the longest description up to
    each, so that :func:`fullest_description` is a look-up, not a scan of every earlier record."""

    def __init__(self) -> None:
        self.seen = 0
        self.starts: dict[tuple[str, str], list[int]] = {}
        self.best: dict[tuple[str, str], list[str]] = {}

    def update(self, ctx) -> None:
        """Read the records added to ``ctx.speakers_said`` since the last call."""
        for rec in ctx.speakers_said[self.seen:]:
            other = ctx.record_span(rec)
            found = group_description(other) if other is not None and other.root.tag_ in ("NNS", "NNPS") else None
            if found:
                self._add((other.root.lemma_.lower(), found.split()[0]), rec["start"], found)
        self.seen = len(ctx.speakers_said)

    def _add(self, key: tuple[str, str], start: int, found: str) -> None:
        starts, best = self.starts.setdefault(key, []), self.best.setdefault(key, [])
        at = bisect.bisect_right(starts, start)
        starts.insert(at, start)
        best.insert(at, found if at == 0 or len(found) > len(best[at - 1]) else best[at - 1])
        for k in range(at + 1, len(best)):  # (only when a record came out of text order)
            if len(best[k - 1]) > len(best[k]):
                best[k] = best[k - 1]

    def longest(self, key: tuple[str, str], before: int) -> str | None:
        """The longest description of ``key`` among the records starting before char ``before``."""
        at = bisect.bisect_left(self.starts.get(key, []), before)
        return self.best[key][at - 1] if at else None


def fullest_description(sent: "Sentence", span: Span) -> str | None:
    """The longest description an earlier unnamed source of the same head noun had (``two people
    familiar with the matter`` for a later ``The people``), else that of ``span`` itself (the
    same head first: ``people familiar with the matter`` for ``people``)."""
    best = group_description(span)
    if not best:
        return best
    ctx = sent.ctx
    if ctx.partitive_index is None:
        ctx.partitive_index = DescriptionIndex()
    ctx.partitive_index.update(ctx)
    found = ctx.partitive_index.longest((span.root.lemma_.lower(), best.split()[0]), span.start_char)
    return found if found and len(found) > len(best) else best


def _count_token(span: Span) -> Token | None:
    """``two`` of ``two people familiar with the matter``: a bare number (no ``more than``, no
    ``dozen`` of its own) counting the group's head; None when the group is not counted."""
    root = span.root
    return next((c for c in root.children if c.dep_ == "nummod" and c.i < root.i and c.like_num
                 and not list(c.children) and span.start <= c.i), None)


def _whole_number(tok: Token | None) -> int | None:
    """The whole number a token writes (``Two``, ``12``), else None (``1.5``, no token)."""
    value = parse_number(tok.text) if tok is not None else None
    return int(value) if value is not None and value == int(value) else None


def group_count(span: Span) -> int | None:
    """How many the group phrase ``span`` counts (``Two people who attended`` → 2), else None."""
    return _whole_number(_count_token(span))


def member_count(tok: Token, rules: Rules) -> int | None:
    """How many members a partitive head picks at least (``One of``: 1, ``two of``: 2,
    ``Several of``: 3, rules ``several_partitive_heads``), else None (``some``, ``most``)."""
    if tok.lower_ in rules.words("several_partitive_heads"):
        return 3
    return _whole_number(tok) if tok.like_num else None


def too_few(tok: Token, group: Span, rules: Rules) -> bool:
    """Does ``group`` count too few to be the group a partitive (``tok``: ``Several`` of
    ``Several of the people``) picks from (``Two people who attended``: two is not several)?"""
    members, count = member_count(tok, rules), group_count(group)
    return members is not None and count is not None and members >= count


def one_member(tok: Token) -> bool:
    """Does the referent ``tok`` pick one member out of its group (``One of them``, ``one of the
    people``, ``"…," said one``, ``The other``), not several (``two of the people``, ``Some of them``)?"""
    return _the_other(tok) or partitive_words(tok) == "one"


def member_name(sent: "Sentence", tok: Token, group: Span | None) -> str | None:
    """The name of the member(s) ``tok`` picks from ``group`` (the tokens of the group's record):
    one member (:func:`one_member`) is the group's kind, its description with a singular head
    (``person familiar with the matter`` for ``One of them`` or ``The other``, as the golds note
    ``unnamed person familiar with the matter``); several are ``two of the people familiar with
    the matter`` (``two of three people …`` when the group is counted); None when a part is missing."""
    words = "the other" if _the_other(tok) else partitive_words(tok)
    if not words or group is None:
        return None
    description = fullest_description(sent, group)
    if one_member(tok):  # one member of the group (``Hundreds of angry beekeepers``: one of the angry beekeepers)
        kind = kind_words(group)
        head = kind.root if len(kind) else group.root
        return _one_of(tok, _without_clause(description, head), head) if description else None
    count = _count_token(group)
    article = count.lower_ if count is not None else "the"
    return f"{words} of {article} {description}" if description else None


def _one_of(tok: Token, description: str, head: Token) -> str:
    """The name of the one member ``tok`` picks out of a group described ``description`` (head
    noun ``head``): ``the other person involved in the talks`` for ``The other`` (the second
    member of a pair), else ``one of the people involved in the talks``, so that the two members
    of a pair quoted in turn are two speakers, neither of them the group."""
    if _the_other(tok):
        return f"the other {_singular(description, head)}"
    return f"one of the {description}"


#: the singular of a group's head noun whose lemma is not it (``people`` → ``person``)
_SINGULAR = {"people": "person"}


def _singular(description: str, head: Token) -> str:
    """``people familiar with the matter`` → ``person familiar with the matter``: the group's
    description with its plural head noun (``head``) made singular, the first time it is written."""
    singular = _SINGULAR.get(head.lower_, head.lemma_)
    return re.sub(rf"\b{re.escape(head.text)}\b", singular, description, count=1, flags=re.IGNORECASE)  # (``Owners of …``: ``owners``)


def _without_clause(description: str, head: Token) -> str:
    """``men who were detained`` → ``men``: a group's description without the relative clause on
    its head (``who were`` would not fit one member)."""
    clause = next((c for c in head.children if c.dep_ == "relcl"), None)
    cut = description.find(f" {clause.left_edge.text} ") if clause is not None else -1
    return description[:cut] if cut > 0 else description


def name_member(rec: dict, name: str | None, kind: Span | None = None) -> dict:
    """``rec`` (a copy of the group's record) with the member's ``name`` in ``norm.name``
    (``norm.via``: ``partitive``) when the group is a phrase of no actor; one member of a group the
    actor layer made an actor (``people-familiar-with-the-matter``) is :func:`member_of_actor`, and
    several of them (``two of the people``) are still that group (heldout6 notes so). One member
    (``kind``: the group's :func:`kind_words`; None for several) is a person whose words are those."""
    if not name:
        return rec
    if "mention_id" in rec:  # (``two of the people``: still people familiar with the matter, the group)
        return _written_as(member_of_actor(rec, name), kind) if kind is not None else rec
    rec["norm"] = phrase_norm(name, "partitive", "people" if kind is None else "person")
    return _written_as(rec, kind) if kind is not None else rec


def kind_words(group: Span) -> Span:
    """``former nurse reviewers`` of ``Two former nurse reviewers``: the words of a group phrase
    after its count and determiners (:func:`_description_start`), the kind one member of it is."""
    return group.doc[_description_start(group):group.end]


def _written_as(rec: dict, words: Span) -> dict:
    """``rec`` with its words (``text``, ``start``, ``end``) those of ``words``; unchanged when they
    are not within its own (a group named differently before)."""
    if not (rec["start"] <= words.start_char and words.end_char <= rec["end"]) or not len(words):
        return rec
    return {**rec, "text": words.text, "start": words.start_char, "end": words.end_char}


def member_of_actor(rec: dict, name: str) -> dict:
    """``One of the people said`` after ``Two people familiar with the matter said``: one member
    is not the group, so the speaker has no actor id; like a member of a group of no actor it
    keeps the group's words (the member's in ``via``) and is named ``person familiar with the
    matter`` (``norm.via``: ``partitive``); the group's mention is its ``affiliation``.
    A record with no words of its own (no ``via``) stays the group's."""
    via = rec.get("via")
    if not isinstance(via, dict) or (via.get("start"), via.get("end")) == (rec.get("start"), rec.get("end")):
        return rec
    group = {k: v for k, v in rec.items() if k not in ("via", "also", "candidates", "affiliation", "owner")}
    return {"text": rec["text"], "start": rec["start"], "end": rec["end"], "actor_id": None,
            "norm": phrase_norm(name, "partitive", "person"), "via": via, "affiliation": group}


def actor_group_of(rec: dict) -> dict:
    """The group an actor group's member (:func:`member_of_actor`) was picked from, with the
    member's words in ``via`` (how far back it was written), so a later ``the person`` or ``one of
    them`` reads back to that group; any other record as it is."""
    aff = rec.get("affiliation")
    if ((rec.get("norm") or {}).get("via")) == "partitive" and "mention_id" not in rec and isinstance(aff, dict):
        return {**aff, "via": rec["via"]} if "via" in rec else aff  # (where the member was written)
    return rec


def group_record(rec: dict) -> dict:
    """A record copied from an earlier speaker (``the person`` after ``one of the people``)
    without the member's name :func:`name_member` gave it: the group's record (a member of an
    actor group: its ``affiliation``)."""
    group = actor_group_of(rec)
    if group is not rec:
        return group
    if ((rec.get("norm") or {}).get("via")) == "partitive":
        rec.pop("norm")
    return rec


def described_member(sent: "Sentence", tok: Token) -> Token | None:
    """``One of them, a member of the Freedom Caucus,``: the common-noun apposition (with an
    indefinite determiner) that describes the member a partitive (rules ``partitive_heads``) picks
    out of ``them``/``those``; None otherwise (a name in apposition is
    :func:`claim_speakers._named_apposition`'s)."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if tok.lower_ not in sent.rules.words("partitive_heads") or obj is None or obj.lower_ not in ("them", "those"):
        return None
    appos = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if appos is None:
        return None
    first = appos.left_edge  # ``a former operations lead``: the article may hang on the compound
    return appos if first.dep_ == "det" and first.lower_ in ("a", "an") else None


#: the determiners a group named in a partitive's own ``of`` phrase may have (not a possessor:
#: ``one of Hensley's allies`` speaks for Hensley, see claim_speakers)
_GROUP_DETERMINERS = frozenset(("the", "these", "those"))


def named_group(sent: "Sentence", tok: Token) -> Token | None:
    """``Seventeen of 20 economists surveyed by Bloomberg``, ``One of the former officials``,
    ``Half of the committee members``: the plural common noun of the group that a partitive head
    (``tok``: rules ``partitive_heads``, ``partitive_fraction_heads`` or a number) picks its
    members from in its own ``of`` phrase; None for ``them``/``those`` (a group named before), a
    singular noun, a document (``one of the reports``), a group with a possessor or a name."""
    rules = sent.rules
    if _counted_of(tok) is not None:  # ``Twelve of 15 analysts`` parsed with ``Twelve of`` on the count
        return tok if tok.tag_ == "NNS" and tok.pos_ == "NOUN" and tok.lemma_.lower() not in rules.documents else None
    head = tok.lower_ in rules.words("partitive_heads") or tok.lower_ in rules.words("partitive_fraction_heads") \
        or (tok.like_num and tok.tag_ == "CD")
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i), None) if head else None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.tag_ != "NNS" or obj.pos_ != "NOUN" or obj.lemma_.lower() in rules.documents:
        return None
    det = next((c for c in obj.children if c.dep_ in ("det", "poss")), None)
    return obj if det is None or (det.dep_ == "det" and det.lower_ in _GROUP_DETERMINERS) else None


def _counted_of(tok: Token) -> Token | None:
    """The ``of`` of ``Twelve of 15 analysts`` when the parser hung ``Twelve of`` on the count
    (``15``) of the noun ``tok``, not ``Twelve`` heading an ``of`` phrase; else None."""
    count = next((c for c in tok.children if c.dep_ == "nummod" and c.i < tok.i), None)
    quant = [c for c in count.children if c.dep_ == "quantmod" and c.i < count.i] if count is not None else []
    of = next((c for c in quant if c.lower_ == "of"), None)
    return of if of is not None and any(c.i < of.i and c.like_num for c in quant) else None


def group_start(group: Token) -> int:
    """The char where the words of a group named in a partitive start: after ``Twelve of`` of
    ``Twelve of 15 analysts`` (:func:`_counted_of`), else at the group phrase's own start."""
    of = _counted_of(group)
    return group.doc[of.i + 1].idx if of is not None else group.left_edge.idx
