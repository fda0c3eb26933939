"""Who a speaker or subject phrase refers to: actor mentions, pronouns and earlier subjects."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterator

from spacy.tokens import Span, Token

from pipeline.tokens import PERSON_PRONOUNS, list_head
from pipeline.components.actor_desc_guards import rival_body_named
from pipeline.components.actor_groups import described_fits, fits_description, mention_described, owned_medium, \
    plural_collective, rater_mention, sentence_subject, story_company, subject_or_named
from pipeline.components.actor_model import Actor
from pipeline.components.actor_people import first_name_gender as people_first_name_gender
from pipeline.components.claim_clauses import Sentence, agent_complement, child
from pipeline.components.claim_aged_roles import aged_role
from pipeline.components.claim_apposed_titles import title_alone, titles_apposed
from pipeline.components.claim_courts import court_of_bench
from pipeline.components.claim_context import NOT_ANTECEDENT, DocContext, copy_json, entity_key, is_location
from pipeline.components.claim_context import actor_id_of as _id
from pipeline.components.claim_document_gates import document_refused
from pipeline.components.claim_posters import channel_owner
from pipeline.components.claim_joint import joint_pair, listed_members, with_co_authors
from pipeline.components.claim_partitives import actor_group_of, bare_member, bare_member_reaches, described_member, group_description, group_record, group_start, kind_words, member_name, name_member, named_group, one_member, other_member, too_few
from pipeline.components.claim_phrase_norm import phrase_norm
from pipeline.components.claim_role_holders import role_holder
from pipeline.components.claim_rules import Rules, load_rules
from pipeline.components.claim_span_bounds import closing_answer, without_fronted_noun, without_lead_words, without_time_phrase
from pipeline.components.gazetteer import ActorWords, Description, slugify
from pipeline.components.names import name_detector, thinly_listed
from pipeline.components.token_scan import positions

PRONOUNS_SPEAKER = {"it", "they", "he", "she", "we", "i"}
#: pronoun subjects that name nobody (``someone told us`` does: an unnamed source, as written)
GENERIC_PRONOUNS = {"one", "you", "anyone", "everyone", "nobody"}
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they", "my": "i", "our": "we"}
_PRONOUN_GENDER = {"he": "male", "she": "female"}


@functools.lru_cache(maxsize=4096)
def first_name_gender(name: str) -> str | None:
    """``male``/``female`` when the first name is mostly one or the other
    (:func:`actor_people.first_name_gender`), else None; None too for a name borne by men and
    women alike in the news (``unisex_given_names``: ``Dana Hollis … he said``), which the actor
    layer still reads by the name table."""
    if name.split("-")[0].lower() in load_rules().words("unisex_given_names"):
        return None
    return people_first_name_gender(name)


def _actor_words(rules: Rules) -> ActorWords:
    """The actor word lists (``actor_words.jsonl``) of the claim component's rules folder."""
    return rules.actor_words


def _name_links(ctx: DocContext) -> frozenset[str]:
    """Particles that open a surname (``van``, ``de``, ``al``): ``Van Rijn`` has no first name."""
    return _actor_words(ctx.rules).name_links


def _given_name_gender(ctx: DocContext, word: str) -> str | None:
    """The gender of a first name, none for a surname particle (``Van`` of ``Van Rijn``)."""
    return None if word.lower() in _name_links(ctx) else first_name_gender(word)


def _title_gender(rules: Rules, span: Span) -> str | None:
    """The gender a title in or right before a mention gives (``Mr.``, ``Chairwoman``: ``male-titles``
    and ``female-titles`` of ``actor_words.jsonl``)."""
    genders = _actor_words(rules).title_genders
    for tok in [*_title_words_before(span), *span]:
        title = genders.get(tok.lower_.rstrip("."))
        if title:
            return title
    return None


def _span_gender(ctx: DocContext, span: Span) -> str | None:
    title = _title_gender(ctx.rules, span)
    if title:
        return title
    name = (span._.norm or {}).get("name") or ""
    words = name.split() if (span._.norm or {}).get("type") == "person" else []
    first = words[0].split("-")[0] if words else ""  # "Jan-Hendrik": its first part (the span may open with a title)
    if len(words) >= 2 and first.isalpha() and words[0].istitle():
        # the actor's name, without the titles of the words as written (``Attorney General Aaron Frey``)
        return _given_name_gender(ctx, first)
    names = [t for t in span if t.is_alpha and t.is_title and t.lower_.rstrip(".") not in _actor_words(ctx.rules).title_genders]
    if len(names) >= 2:
        return _given_name_gender(ctx, names[0].text)
    return None


def _lone_given_name_gender(ctx: DocContext, actor_id: str | None, span: Span) -> str | None:
    """A person the article names by a first name alone, every time (``her husband, Tom``;
    ``a teacher whom I will call Amira``): the gender of that name when it is clearly one
    (``male``/``female``, not ``mostly_``); None when any mention has more words (a surname
    then, ``Lee`` of ``Jason Lee``)."""
    mentions = ctx.mentions_of(actor_id) or [span]
    words = {sp.text for sp in mentions}
    if len(words) != 1 or len(span) != 1 or not span[0].is_alpha or not span[0].is_title:
        return None
    found = name_detector().get_gender(span.text)
    return found if found in ("male", "female") and span.text.lower() not in _name_links(ctx) else None


def _title_words_before(span: Span) -> list[Token]:
    """Up to two words right before a name (``Mrs.``, ``Councilwoman``), none across punctuation
    (``FELIX BRANDAU, Economy Ministry spokesman: The minister`` gives ``The minister`` no title)."""
    out = []
    if span.root.pos_ != "PROPN":
        return out
    for tok in reversed(span.doc[max(0, span.start - 2):span.start]):
        if tok.is_punct and tok.text != "." or tok.is_space:
            break
        out.insert(0, tok)
    return out


def _names(span: Span) -> bool:
    """Is the mention a name (not a description in apposition: ``the Marshall Islands’ ambassador,
    Helene Jibas,`` has no first name ``Marshall``)?"""
    return (span._.norm or {}).get("via") != "apposition"


def person_gender(ctx: DocContext, span: Span) -> str | None:
    """The gender of a person mention, from a title or a first name, on any mention of the same
    actor in the document (``Alvarez`` after ``Sen. Roberta Alvarez``); None when unknown."""
    actor_id = (span._.norm or {}).get("actor_id")
    key = actor_id or span.text
    if key not in ctx.genders:
        found = _span_gender(ctx, span) if _names(span) else None
        if found is None and actor_id:
            for other in ctx.mentions_of(actor_id):
                if _names(other):
                    found = _span_gender(ctx, other)
                    if found:
                        break
        if found is None and _names(span) and is_person(span):
            found = _lone_given_name_gender(ctx, actor_id, span)
        if actor_id and not any(_title_gender(ctx.rules, sp) for sp in ctx.mentions_of(actor_id) or [span]):
            found = _said_pronoun_gender(ctx, actor_id, found) or found  # the text outranks a first-name guess
        ctx.genders[key] = found
    return ctx.genders[key]


#: pronouns that give a person's gender
_GENDER_WORDS = {"he": "male", "his": "male", "she": "female", "her": "female"}


def _said_pronoun_gender(ctx: DocContext, actor_id: str, guess: str | None) -> str | None:
    """The gender the text itself gives a person outside quotations, from the predicate of a verb
    whose subject is a mention of that person: the ``he``/``she`` subject of the clause of their own
    reporting verb (``Kittipat … said he had acted in good faith``), or a ``his``/``her`` in a
    phrase of their own clause with no other person there (``Nate Okoro kept a whiteboard in his
    office``; not ``thanked him for his work``, ``criticised his plan``, ``said his claims …``).
    A possessive counts only with no other person of its gender named in its sentence or the one
    before; a reported he/she, or any pronoun against a first-name guess, only with no other name of
    that gender or of none known there (``Asked whether Pruitt would correct the video, Hailey Dunn
    replied that he "stands by every word"``: Pruitt's he, as a spokesperson's often is); None with
    no such pronoun, or with both genders so used."""
    found = set()
    for span in ctx.mentions_of(actor_id):
        root = list_head(span.root, ("appos",))
        if root.dep_ not in ("nsubj", "nsubjpass") or ctx.quote_at(span.start_char) is not None:
            continue
        said = _reported_subject_pronoun(ctx, root.head) or next(
            (p for v in _subjectless_conjuncts(root.head) if (p := _reported_subject_pronoun(ctx, v)) is not None), None)
        if said is not None and _phrase_names_other(ctx, root, _GENDER_WORDS[said.lower_]):
            said = None  # ``X, whose son is serving …, said he had lost …``: the son's he
        pron = said or _own_possessive(ctx, root, actor_id)
        gender = _GENDER_WORDS[pron.lower_] if pron is not None else None
        against = guess not in (None, gender)
        if pron is not None and not _gender_named_near(ctx, pron, gender, actor_id,
                                                       unknown_too=said is not None or against):
            found.add(gender)
    return found.pop() if len(found) == 1 else None


def _phrase_names_other(ctx: DocContext, root: Token, gender: str) -> bool:
    """Does the subject's own phrase (its relative clause, apposition) name another person the
    reported ``he``/``she`` may stand for: a kin word of that gender (``whose son``, ``her
    husband``; ``kin-male``/``kin-female`` words), or a person noun in its relative clause (``whose
    lawyer``; not an apposition saying what the subject is, ``a bus driver``)?"""
    words = ctx.rules.actor_words
    kin = words.kin_male if gender == "male" else words.kin_female
    relative = {t.i for c in root.children if c.dep_ == "relcl" for t in c.subtree}
    return any(t.lower_ in kin or (t.i in relative and _person_noun(ctx.rules, t))
               for t in root.subtree if t.i != root.i)


def _reported_subject_pronoun(ctx: DocContext, verb: Token) -> Token | None:
    """The ``he``/``she`` subject of the clause a reporting verb takes (``said he had …``)."""
    if not _reports(verb):
        return None
    for comp in (c for c in verb.children if c.dep_ == "ccomp"):
        subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in _PRONOUN_GENDER and ctx.quote_at(subj.idx) is None:
            return subj
    return None


def _subjectless_conjuncts(verb: Token) -> list[Token]:
    """The verbs conjoined to ``verb`` that share its subject (``X accepted the verdict but said he
    had …``: ``said``)."""
    return [c for c in verb.conjuncts if c.i > verb.i and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)]


def _own_possessive(ctx: DocContext, root: Token, actor_id: str) -> Token | None:
    """A ``his``/``her`` owning the object of a preposition in the subject's own clause (not in a
    clause it takes), with no other person (``him``, a name, ``the coach``) in that clause."""
    verb, own = root.head, {t.i for t in root.subtree}
    words = [t for t in _own_clause(verb) if t.i not in own and ctx.quote_at(t.idx) is None]
    if any(_other_person(ctx, t, actor_id) or t.lower_ in PERSON_PRONOUNS or t.lower_ in ("him", "them")
           for t in words):
        return None
    return next((t for t in words if t.lower_ in ("his", "her") and t.dep_ == "poss"
                 and t.head.dep_ == "pobj"), None)


def _own_clause(verb: Token) -> list[Token]:
    """The words of a verb's clause without the clauses joined to it (``advcl``, ``relcl``,
    ``conj``) nor the words a reporting verb reports (``said his claims had no merit``); the
    clause the parser makes of an object stays (``made drug prices the centerpiece of her …``)."""
    skip = ("advcl", "relcl", "conj") + (("ccomp", "xcomp") if _reports(verb) else ())
    out, todo = [], [verb]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo.extend(c for c in tok.children if c.dep_ not in skip)
    return out


def _reports(verb: Token) -> bool:
    """Is ``verb`` a reporting verb (``claim_cues.jsonl`` kind ``report``)?"""
    return verb.pos_ in ("VERB", "AUX") and bool(load_rules().report_rule(verb.lemma_.lower(), verb.lower_))


def _gender_named_near(ctx: DocContext, tok: Token, gender: str, actor_id: str, unknown_too: bool = False) -> bool:
    """Is another person of ``gender`` (by title or first name; with ``unknown_too`` also a name of
    no known gender, ``Pruitt``, not a role such as ``the mayor``) named in the sentence of ``tok`` or the one before (``The club sacked
    head coach Marco Bellini. Anna Schmidt … his work``)?"""
    genders = (gender, None) if unknown_too else (gender,)
    sent = tok.sent
    start = sent[0].doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    for span in ctx.spans_within(start, sent.end_char):
        other = (span._.norm or {}).get("actor_id")
        if other != actor_id and is_person(span) and _span_gender(ctx, span) in genders \
                and (_span_gender(ctx, span) or any(t.pos_ == "PROPN" for t in span)):  # a name, not ``the mayor``
            return True
    return False


def _other_person(ctx: DocContext, tok: Token, actor_id: str) -> bool:
    """Does ``tok`` name a person other than ``actor_id`` (a person mention, a person noun)?"""
    span = ctx.actor_at.get(tok.i)
    if span is not None and is_person(span) and (span._.norm or {}).get("actor_id") != actor_id:
        return True
    return _person_noun(load_rules(), tok)


def _person_noun(rules: Rules, tok: Token) -> bool:
    """Is ``tok`` a common noun of one person (``person_nouns``: ``adviser``, ``aide``, ``neighbor``)?"""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in rules.person_nouns


UNSEXED_ORIGINS = ("rule:unnamed-professional",)  # "a reporter", "a field organizer": no he/she antecedent


def gender_fits(ctx: DocContext, span: Span, pronoun: str | None) -> bool:
    """Can ``he``/``she`` name this person? Its gender is unknown or fits; a person the actor layer
    knows only by a trade (``told a reporter``) is never the antecedent: the named people are."""
    wanted = _PRONOUN_GENDER.get(pronoun or "")
    if wanted is None:
        return True
    found = person_gender(ctx, span)
    return found == wanted or found is None and span._.origin not in UNSEXED_ORIGINS


def via_of(tok: Token) -> dict:
    """The words as written (``he``, ``it``) for a ``via`` field."""
    return {"text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text)}


def _phrase(sent: Sentence, tok: Token) -> dict:
    """The words of a source phrase: from its left edge to its head (no clause tails)."""
    start, end = max(tok.left_edge.idx, sent.start_char), tok.idx + len(tok.text)
    return {"text": sent.ctx.text[start:end], "start": start, "end": end}


_PHRASE_STOPS = {",", ";", ":", "(", "\u2014", "\u2013", "-"}


def noun_phrase(sent: Sentence, tok: Token, skip: Token | None = None) -> dict:
    """The whole noun phrase headed by ``tok`` as written (``a person familiar with the talks``,
    ``one Democratic consultant who has advised the campaign``), inside the sentence, up to an
    apposition or a parenthetical (``A spokeswoman, Priya Raman``), without edge punctuation."""
    cut = _phrase_cut(sent, tok, skip)
    toks = _before_aside(sent, tok, [t for t in tok.subtree if t.i not in cut and sent.inside(t)
                                     and not sent.ctx.is_excluded(t.idx)], cut)
    toks = without_time_phrase(sent, tok, _without_time_tail(sent, tok, _before_stops(tok, toks)))
    toks = without_fronted_noun(sent, tok, without_lead_words(sent, tok, _without_lead(sent, tok, toks)))
    toks += _swallowed_object(sent, toks, skip) + _split_name(sent, tok, toks) + closing_answer(sent, tok, toks)
    toks = _without_tail(tok, toks) or [tok]
    toks += _cut_name_rest(sent, toks, skip)
    start, end = whole_words(sent.ctx.text, toks[0].idx, toks[-1].idx + len(toks[-1].text))
    return {"text": sent.ctx.text[start:end], "start": start, "end": end}


def _cut_name_rest(sent: Sentence, toks: list[Token], skip: Token | None) -> list[Token]:
    """``Analysts at Banco do Vale said``: the parser read the lower-case particle of a name as a
    verb (``do`` an auxiliary, ``Vale`` a second subject), so the phrase ended inside the name;
    the rest of an actor mention that starts in the phrase and runs past its last word joins it,
    up to the reporting verb (never over it)."""
    if not toks:
        return []
    last = toks[-1]
    span = sent.ctx.actor_at.get(last.i)
    if span is None or span.end - 1 <= last.i or span.start < toks[0].i or span.end > sent.hi:
        return []
    rest = [sent.doc[i] for i in range(last.i + 1, span.end)]
    if (skip is not None and any(t.i == skip.i for t in rest)) or not rest[-1].text[:1].isupper():
        return []  # a name ends in a capital (not ``the ministry later``, a mention running into an adverb)
    return rest


def _phrase_cut(sent: Sentence, tok: Token, skip: Token | None) -> set[int]:
    """The tokens of ``tok``'s subtree that are no part of the source's words: appositions, asides,
    question topics, an agent's charge complement, the reader's means, and ``skip``'s clause."""
    cut = {t.i for c in tok.children if c.dep_ == "appos" and not _listed(c) for t in c.subtree} | _asides(sent, tok)
    cut |= {t.i for c in tok.children if _question_topic(c) for t in c.subtree}
    comp = agent_complement(tok, sent.rules.words("charge_verbs"))  # ``blamed by inspectors for the collapse``: not the source's words
    cut |= {t.i for t in comp.subtree} if comp is not None else set()
    cut |= _reader_means(sent, tok)
    if skip is not None and skip.i != tok.i and tok.left_edge.i <= skip.i <= tok.right_edge.i \
            and tok.i not in {t.i for t in skip.subtree}:
        cut |= {t.i for t in skip.subtree}  # ``a statement praising the mayor``: not the clause itself
    return cut


def _before_stops(tok: Token, toks: list[Token]) -> list[Token]:
    """The words before the first stop after the head (a comma, dash or colon on the head or its
    clause) and before a parenthesis (``… Development Community (SADC)``: the acronym is an aside)."""
    listed = _plural_list_commas(tok)
    stop = next((t.i for t in toks if t.i > tok.i and t.text in _PHRASE_STOPS and t.i not in listed
                 and (t.head.i == tok.i or t.head.dep_ in ("relcl", "acl"))), None)
    if stop is not None:
        toks = [t for t in toks if t.i < stop]
    paren = next((t.i for t in toks if t.i > tok.i and t.text == "("), None)
    return toks if paren is None else [t for t in toks if t.i < paren]


def _plural_list_commas(tok: Token) -> set[int]:
    """The commas of a list of plural common nouns headed by ``tok`` (``more than a dozen
    officials, lawmakers and lobbyists involved in the negotiations``): one group of sources, no
    stop; empty unless every member is a plural common noun of no document and the list closes with ``and``/``or``."""
    if tok.tag_ != "NNS" or tok.pos_ != "NOUN":
        return set()
    members, documents = [tok, *tok.conjuncts], load_rules().documents  # (``leaked emails, whistleblowers and …``: sources of two kinds)
    if len(members) < 3 or any(m.tag_ != "NNS" or m.pos_ != "NOUN" or m.lemma_.lower() in documents for m in members) \
            or not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for m in members for c in m.children):
        return set()
    doc, ends = tok.doc, sorted(m.i for m in members)
    return {i - 1 for i in ends[1:] if doc[i - 1].text == ","}


def _without_time_tail(sent: Sentence, tok: Token, toks: list[Token]) -> list[Token]:
    """``a memo circulated … last week``: a bare time word ending the phrase is not part of the
    source, nor the bare participle left before it (``a poll released Thursday``)."""
    date = sent.ctx.date_at.get(toks[-1].i) if toks else None
    if date is not None and date.root.dep_ == "npadvmod" and date.start > tok.i:
        toks = [t for t in toks if t.i < date.start] or toks
        while len(toks) > 1 and toks[-1].i > tok.i and toks[-1].tag_ == "VBN" and toks[-1].dep_ == "acl":
            toks.pop()
    return toks


def _without_lead(sent: Sentence, tok: Token, toks: list[Token]) -> list[Token]:
    """The phrase without leading punctuation, stray pronouns and focus adverbs (``Even his own
    backbenchers know …``: the focus word is no part of who they are)."""
    focus = sent.rules.words("speaker_focus_adverbs")
    while toks and toks[0].i < tok.i and (toks[0].is_punct or toks[0].is_space or _stray_pronoun(toks[0])
                                          or (toks[0].dep_ == "advmod" and toks[0].lower_ in focus)):
        toks.pop(0)
    return toks


def _without_tail(tok: Token, toks: list[Token]) -> list[Token]:
    """The phrase without trailing punctuation, conjunctions, case markers and bare prepositions
    after the head (a closing quote of a quoted phrase stays)."""
    while toks and toks[-1].i > tok.i and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ in ("cc", "case")
                                           or (toks[-1].pos_ == "ADP" and not any(toks[-1].children)
                                               and not _stranded(toks[-1]))) \
            and not _closes_quote(toks):
        toks.pop()
    return toks


def _before_aside(sent: Sentence, tok: Token, toks: list[Token], cut: set[int]) -> list[Token]:
    """The words up to a comma-set-off aside cut from the middle of the phrase (``Fishermen from
    Masinloc, the town in Zambales province nearest the shoal``, the last words hung on the
    head): what follows the aside is no longer one run of words with the head."""
    for a, b in zip(toks, toks[1:]):
        gap = range(a.i + 1, b.i)
        if a.i >= tok.i and len(gap) > 1 and sent.doc[a.i + 1].text == "," and all(i in cut for i in gap[1:]):
            return [t for t in toks if t.i <= a.i]
    return toks


def _reader_means(sent: Sentence, tok: Token) -> set[int]:
    """``records obtained by ProPublica through a public records request``: how a reader got hold
    of a document (a ``reader_means_preps`` phrase on a ``reader_verbs`` participle of a document
    noun) is no word of the document's name; the tokens to cut."""
    if not is_document_noun(sent, tok):
        return set()
    means, readers = sent.rules.words("reader_means_preps"), sent.rules.words("reader_verbs")
    return {t.i for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in readers
            for p in c.children if p.dep_ == "prep" and p.lower_ in means for t in p.subtree}


def _stray_pronoun(tok: Token) -> bool:
    """``something`` parsed as a modifier of the source after it (``…, something officials in
    Brussels believe would take years``): the head of the relative clause, no word of the source."""
    return tok.pos_ == "PRON" and tok.dep_ == "compound"


def _split_name(sent: Sentence, tok: Token, toks: list[Token]) -> list[Token]:
    """``A reporter from the state broadcaster CGTN asked``: a name right after the subject
    phrase, with no comma, that the parser made a second subject of the same verb, closes the
    phrase (a close apposition: ``the investment bank Jefferies``)."""
    if tok.dep_ != "nsubj" or not toks or toks[-1].i + 1 >= sent.hi:
        return []
    nxt = sent.doc[toks[-1].i + 1]
    named = nxt.pos_ == "PROPN" or (nxt.is_upper and len(nxt.text) > 1)  # ``CGTN`` tagged an adverb
    if nxt.dep_ != "nsubj" or nxt.head.i != tok.head.i or not named or not sent.inside(nxt):
        return []
    return [t for t in nxt.subtree if t.i > toks[-1].i]


def _stranded(prep: Token) -> bool:
    """A preposition left at the end of a relative clause (``every guideline I was trained on``):
    part of the phrase, not a dangling word."""
    return prep.dep_ in ("prep", "prt") and prep.head.dep_ == "relcl" and prep.head.i < prep.i


def _swallowed_object(sent: Sentence, toks: list[Token], verb: Token | None) -> list[Token]:
    """``Analysts at Morrow Bank forecast that …`` parsed with ``Morrow Bank`` as compounds of
    ``forecast`` read as a noun: the names between a bare preposition ending the phrase and
    the verb are that preposition's object."""
    if verb is None or not toks or toks[-1].pos_ != "ADP" or any(toks[-1].children):
        return []
    between = sent.doc[toks[-1].i + 1:verb.i]
    lo, hi = between.start, between.end
    if not between or not all(t.dep_ == "compound" and t.head.i == verb.i or lo <= t.head.i < hi
                              for t in between) or not any(t.pos_ == "PROPN" for t in between):
        return []
    return list(between)


def _question_topic(prep: Token) -> bool:
    """``a reporter … on whether the talks had failed``: what the source was asked about, not
    part of its name."""
    return prep.dep_ == "prep" and any(t.dep_ == "mark" and t.lower_ in ("whether", "if") for t in prep.subtree)


def _closes_quote(toks: list[Token]) -> bool:
    """The phrase ends with the closing mark of a quotation it opens (``The "Gang of Eight"``)."""
    last = toks[-1].text
    return last in ("\u201d", "\"") and any(t.text in ("\u201c", "\"") for t in toks[:-1])


def _comma_before(tok: Token) -> bool:
    left = tok.left_edge.i
    return left > 0 and tok.doc[left - 1].text == ","


def _asides(sent: Sentence, tok: Token) -> set[int]:
    """Words of a source phrase that are not its name (the tokens to cut): comma-set-off
    appositions and clauses anywhere in it (``a senior credit officer at Sable Bank, one of the
    two lenders``; ``three people familiar with the talks, who spoke …``) and clauses about the
    source's anonymity (``two people familiar with the plan who were granted anonymity to …``;
    ``one consultant who has advised the campaign and spoke on condition of anonymity``:
    ``source_aside`` rules)."""
    cut: set[int] = set()
    for t in tok.subtree:
        if t.i == tok.i or t.i in cut or not sent.inside(t):
            continue
        if (t.dep_ in ("appos", "relcl", "acl") and _comma_before(t) and not _listed(t)) or \
                (t.dep_ in ("relcl", "acl", "conj") and t.pos_ in ("VERB", "AUX") and _anonymity(sent, t)) or \
                _named_head_relative(t):
            cut |= {x.i for x in t.subtree}
    return cut


_RELATIVES = frozenset(("who", "which", "that"))


def _named_head_relative(clause: Token) -> bool:
    """``Researchers at the University of Pennsylvania who studied …``, ``a letter from Acme’s parent
    company that …``: a relative clause on a noun a name already pins down (a name in a phrase or a
    possessive before the clause) says what the source did, not who it is; it is cut. Not ``one
    consultant who has advised the campaign``, ``anyone who has looked``: there the clause names."""
    if clause.dep_ != "relcl" or clause.pos_ not in ("VERB", "AUX") or clause.head.i > clause.i:
        return False
    if not any(t.lower_ in _RELATIVES and t.i < clause.i for t in clause.children):
        return False
    head = clause.head
    if head.pos_ == "PROPN" and head.dep_ == "pobj":
        return True  # ``Analysts at Morgan Stanley who cover the sector``: the clause hung on the name
    named = [c for c in head.children if c.dep_ in ("prep", "poss") and c.i < clause.i]
    return any(t.pos_ == "PROPN" for c in named for t in c.subtree)


_OTHER_CLAUSES = frozenset(("conj", "relcl", "acl", "advcl", "ccomp", "appos"))


def _listed(appos: Token) -> bool:
    """``Farmers, truckers and shop owners``: a list the parser took for an apposition."""
    return any(c.dep_ == "conj" for c in appos.children) and any(c.dep_ == "cc" for c in appos.children)


def _anonymity(sent: Sentence, clause: Token) -> bool:
    """A clause of its own words (the clauses inside or joined to it apart) saying the source
    is not named."""
    rules = sent.rules.source_asides
    words, stack = [], [clause]
    while stack:
        t = stack.pop()
        words.append(t)
        stack += [c for c in t.children if c.dep_ not in _OTHER_CLAUSES]
    negated = any(t.dep_ == "neg" or t.lower_ in ("not", "n't") for t in words)
    return any(t.lower_ in rules.words or (negated and t.lower_ in rules.negated_words) for t in words)


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` widened to whole words: a phrase never ends inside a hyphenated word
    the tokenizer split (``A leaked e`` of ``e-mail`` → ``A leaked e-mail``)."""
    while end < len(text) and (text[end].isalnum() or (text[end] in "-\u2010" and end + 1 < len(text)
                                                       and text[end - 1].isalnum() and text[end + 1].isalnum())):
        end += 1
    while start > 0 and (text[start - 1].isalnum() or (text[start - 1] in "-\u2010" and start > 1
                                                       and text[start - 2].isalnum() and text[start].isalnum())):
        start -= 1
    return start, end




def _author(sent: Sentence, tok: Token) -> Token | None:
    """The author of a document (``a poll by X``, ``figures from X``, ``X's report``, ``a survey
    published by X``, ``a Marist poll``, ``the Hollins ad``): the token heading the author
    phrase. ``by``/``from`` win over ``of``, whose object is often what the document is about or
    whom it asked (``a poll of likely voters by Lakeview Research``); an ``of`` object must be a
    name (``an audit of the program`` is about the program), and no date is an author (``a
    survey from 2024``, ``Tuesday's poll``). Named writers win over all of them (:func:`_writer`)."""
    writer = _writer(sent, tok)
    if writer is not None:
        return writer
    found = {}
    for c in tok.children:
        if c.dep_ == "poss" and (c.pos_ != "PRON" or POSSESSIVE_PRONOUNS.get(c.lower_) in PERSON_PRONOUNS) \
                and not _time_word(sent, c):  # ``Tuesday's poll``: a date owns no document
            return c  # ``His report``: the man ``his`` refers to (:func:`_author_record`)
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            pobj = child(c, ("pobj",))
            if pobj is not None and not _time_word(sent, pobj) and (
                    pobj.pos_ == "PROPN" or sent.ctx.actor_at.get(pobj.i) is not None
                    or pobj.lemma_.lower() not in sent.rules.documents):
                found.setdefault(c.lower_, _close_name(sent, pobj))
        for p in _participles(c):
            if p.lemma_.lower() not in sent.rules.words("reader_verbs") \
                    and p.lemma_.lower() not in sent.rules.words("cosign_verbs"):  # ``obtained by the Herald``
                pobj = _maker_of(sent, p)
                if pobj is not None:
                    found.setdefault("by", pobj)
                sender = _dated_from(sent, p)
                if sender is not None:
                    found.setdefault("from", sender)
                site = _site_owner(sent, p)
                if site is not None:
                    found.setdefault("on", site)
    of = found.get("of")
    if of is not None and (_sampled(sent, of) or not _named(sent, of)):  # ``a survey of 1,200 adults``: whom it asked
        of = _sampled_author(sent, of)
    return found.get("by") or found.get("from") or found.get("on") or of or _compound_author(sent, tok)


def _site_owner(sent: Sentence, acl: Token) -> Token | None:
    """``A statement posted on the company's website``, ``a notice published on the Election
    Commission website``: the owner of the website (``website_nouns``) a publishing participle
    (``publish_verbs``) puts the document on, named as its possessor or as a name before it (an
    actor mention); None for a pronoun (``its website``), for no owner, or for a site of no actor
    (``posted on a government website``)."""
    if acl.lemma_.lower() not in sent.rules.words("publish_verbs"):
        return None
    prep = next((c for c in acl.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    site = child(prep, ("pobj",)) if prep is not None else None
    if site is None or site.lemma_.lower() not in sent.rules.words("website_nouns"):
        return None
    owner = next((c for c in site.children if c.dep_ in ("poss", "compound") and c.i < site.i and c.pos_ != "PRON"), None)
    if owner is None or (owner.dep_ == "compound" and sent.ctx.actor_at.get(owner.i) is None):
        return None
    return owner


def _writer(sent: Sentence, tok: Token) -> Token | None:
    """``The alliance's report, written by former NASA engineers A and B,``, ``A study by the X
    Institute, written by economists A and B,``: the person a writing participle
    (``study_writing_verbs``) on the document, or on the object of its ``by``/``from`` phrase,
    names as its agent (the head of the first name of a person among the agent and the words
    joined to it by ``and``, which follow it as co-speakers): the writers speak, not the
    document's owner or publisher. None when no agent is a person (``written by the agency's
    staff``)."""
    verbs = sent.rules.words("study_writing_verbs")
    heads = [tok, *(child(c, ("pobj",)) for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from"))]
    for p in (p for h in heads if h is not None for c in h.children for p in _participles(c)):
        agent = _agent_of(p) if p.lemma_.lower() in verbs else None
        agent = _close_name(sent, agent) if agent is not None else None
        for t in (agent, *agent.conjuncts) if agent is not None else ():
            span = sent.ctx.actor_at.get(t.i)
            if span is not None and is_person(span):
                return span.root
    return None


def _participles(c: Token) -> list[Token]:
    """A participle on a document (``acl``) and the past participles conjoined to it: ``The order,
    published in the official journal and signed by the prefect,`` (``signed``, the conjunct, names
    the author); none for any other child."""
    if c.dep_ != "acl":
        return []
    return [c, *(v for v in c.conjuncts if v.i > c.i and v.tag_ == "VBN" and v.head.i == c.i)]


def _sampled_author(sent: Sentence, of: Token) -> Token | None:
    """The author the parser hung on the people a document asked: ``a poll of likely voters by
    Lakeview Research``, ``A survey of 1,400 parents published in July by the Rio Salado Policy
    Center`` (the participle of ``parents``); None when there is none."""
    by = next((c for c in of.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
    if by is not None:
        return child(by, ("pobj",))
    for acl in (c for c in of.children if c.dep_ == "acl"):
        if acl.lemma_.lower() in sent.rules.words("authoring_verbs"):
            return _maker_of(sent, acl)
    return None


def _maker_of(sent: Sentence, acl: Token) -> Token | None:
    """Who made the document a participle describes: its agent (``published by X``), but for a
    participle of paying or asking for it (``commissioning_verbs``) the maker its ``from`` phrase
    names (``commissioned by the HSE from Harcourt Advisory``: Harcourt Advisory; the parser may
    hang ``from`` on the agent's name), else none: a commissioner is no author."""
    if acl.lemma_.lower() not in sent.rules.words("commissioning_verbs"):
        return _agent_of(acl)
    agent = _agent_of(acl)
    holders = [acl, agent] if agent is not None else [acl]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"):
        pobj = child(prep, ("pobj",))
        if pobj is not None and not _time_word(sent, pobj) and _named(sent, pobj):
            return pobj
    return None


def _dated_from(sent: Sentence, acl: Token) -> Token | None:
    """``an email dated March 14 from Ben Ashcroft``, ``a letter dated May 2 from the council``:
    the parser hangs the ``from`` phrase on the dating participle (``dating_verbs``), not on the
    document; its object is the sender (a name, an actor or a description, never a date)."""
    if acl.lemma_.lower() not in sent.rules.words("dating_verbs"):
        return None
    prep = next((c for c in acl.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    pobj = child(prep, ("pobj",)) if prep is not None else None
    if pobj is None or _time_word(sent, pobj) or pobj.pos_ == "PRON":
        return None
    return _close_name(sent, pobj)


def _close_name(sent: Sentence, tok: Token) -> Token:
    """``a study by the political scientist Joel Tamura``: a common noun no actor mention covers,
    right followed (no comma) by a named person or body, is described by that name (a close
    apposition): the name's head; else ``tok``."""
    span = sent.ctx.actor_at.get(tok.i + 1) if tok.i + 1 < sent.hi else None
    if tok.pos_ != "NOUN" or sent.ctx.actor_at.get(tok.i) is not None or span is None \
            or span.start != tok.i + 1 or span.root.pos_ != "PROPN" or is_location(span):
        return tok
    return span.root


def _cosigners(sent: Sentence, tok: Token) -> Token | None:
    """``a letter joined by 30 senators``: who signed on to a document (``cosign_verbs``), its
    authors when no other is named (``In a dissent joined by two justices, Justice X wrote``: X)."""
    verbs = sent.rules.words("cosign_verbs")
    acl = next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in verbs), None)
    return _agent_of(acl) if acl is not None else None


def _agent_of(verb: Token) -> Token | None:
    """Who a passive verb's act is by: ``signed by 40 economists``, ``issued in the name of 26
    leaders`` (the head of the agent phrase)."""
    agent = child(verb, ("agent",))
    if agent is not None:
        return child(agent, ("pobj",))
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        name = child(prep, ("pobj",))
        of = next((c for c in name.children if c.dep_ == "prep" and c.lower_ == "of"), None) \
            if name is not None and name.lower_ == "name" else None
        if of is not None:
            return child(of, ("pobj",))
    return None


def _verb_agent(tok: Token) -> bool:
    """Is ``tok`` the agent of the nearest verb above it (:func:`_agent_of`)?"""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    agent = _agent_of(verb) if verb is not None else None
    return agent is not None and agent.i == tok.i


def _named(sent: Sentence, tok: Token) -> bool:
    """A proper name or an actor mention (``an audit of the program`` names none)."""
    return tok.pos_ == "PROPN" or sent.ctx.actor_at.get(tok.i) is not None


def _time_word(sent: Sentence, tok: Token) -> bool:
    """``a survey from 2024``, ``figures from last year``: a date or a number, no author."""
    return tok.like_num or tok.pos_ == "NUM" or sent.ctx.date_at.get(tok.i) is not None


def _sampled(sent: Sentence, tok: Token) -> bool:
    """People or a group a document is about or asked (``likely voters``, ``500 companies``)."""
    span = sent.ctx.actor_at.get(tok.i)
    kind = (span._.norm or {}).get("type") if span is not None else None
    return kind in ("people", "group") or (span is None and tok.tag_ == "NNS")


def _compound_author(sent: Sentence, tok: Token) -> Token | None:
    """``the Hollins ad``, ``a Marist College poll``: an actor named in front of the document
    noun (no place: ``a Michigan poll`` is about Michigan)."""
    for c in tok.children:
        if c.dep_ == "compound" and c.i < tok.i and _owned_noun(sent, c):
            return c  # ``A Barlow campaign ad``: the campaign, below (:func:`_author_record`)
    for c in tok.children:
        span = sent.ctx.actor_at.get(c.i) if c.dep_ in ("compound", "nmod") and c.i < tok.i else None
        if span is not None and span.end <= tok.i and (span._.norm or {}).get("type") not in ("location", "people"):
            return c
    return _name_author(sent, tok) or _service_author(sent, tok)


def _service_phrase(sent: Sentence, author: Token) -> dict | None:
    """``Chinese customs`` of ``Chinese customs data``: a service author (:func:`_service_author`)
    with the modifiers of the document noun written before it (the parser hangs ``Chinese`` on
    ``data``), as written; None for any other author."""
    if author.lower_ not in sent.rules.words("service_author_nouns") or author.dep_ != "compound":
        return None
    mods = [c for c in author.head.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i <= author.i]
    start = min([author.left_edge.i, *(c.left_edge.i for c in mods)])
    span = sent.doc[start:author.i + 1]
    return {"text": span.text, "start": span.start_char, "end": span.end_char}


def _service_author(sent: Sentence, tok: Token) -> Token | None:
    """``Chinese customs data``, ``Customs figures``: a noun of a public service that publishes
    figures under its own common name (word list ``service_author_nouns``), no actor, right before
    the document noun and modifying it: the author as written (``Chinese customs``)."""
    prev = sent.doc[tok.i - 1] if tok.i > sent.lo else None
    if prev is None or prev.dep_ != "compound" or prev.head.i != tok.i or sent.ctx.actor_at.get(prev.i) is not None:
        return None
    return prev if prev.lower_ in sent.rules.words("service_author_nouns") else None


def org_name_head_words(rules: Rules) -> frozenset[str]:
    return _actor_words(rules).org_name_heads


def _name_author(sent: Sentence, tok: Token) -> Token | None:
    """``A Pew Research Center survey``: a proper name of two words or more right before the
    document noun, no actor mention, that ends in a word of a body's name (``author_name_heads``
    and the actor layer's ``org-name-heads``): its last word (the name's head)."""
    prev = sent.doc[tok.i - 1] if tok.i > sent.lo else None
    if prev is None or prev.pos_ != "PROPN" or prev.head.i != tok.i or prev.dep_ != "compound" \
            or sent.ctx.actor_at.get(prev.i) is not None:
        return None
    heads = sent.rules.words("author_name_heads") | org_name_head_words(sent.rules)
    names = [t for t in prev.subtree if t.pos_ == "PROPN"]
    return prev if len(names) >= 2 and prev.lower_ in heads else None


def _owned_noun(sent: Sentence, tok: Token) -> bool:
    """``Barlow campaign`` of ``a Barlow campaign ad``: a common noun of a body that speaks for
    someone (``representatives`` words: campaign, office), no actor itself, right after a named
    actor that modifies it or the same document noun."""
    return tok.pos_ == "NOUN" and tok.lower_ in sent.rules.representatives \
        and sent.ctx.actor_at.get(tok.i) is None and _owner_modifier(sent, tok) is not None


def _owner_modifier(sent: Sentence, tok: Token) -> Token | None:
    """The named actor right before ``tok`` that modifies it (or its head): ``Barlow`` of
    ``Barlow campaign``; not a place nor a people (``a Michigan campaign ad``)."""
    prev = sent.doc[tok.i - 1] if tok.i > sent.lo else None
    span = sent.ctx.actor_at.get(prev.i) if prev is not None else None
    if span is None or prev.dep_ not in ("compound", "poss") or prev.head.i not in (tok.i, tok.head.i) \
            or (span._.norm or {}).get("type") in ("location", "people"):
        return None
    return prev


def _named_apposition(sent: Sentence, tok: Token) -> dict | None:
    """``A spokeswoman, Priya Raman, said``: the person named beside the description (an actor
    mention, else the proper name as written). Not a list of names the parser took for an
    apposition (``Ana Ruiz, Tom Becker and Lena Fox``: see :func:`_co_speakers`)."""
    own = sent.ctx.actor_at.get(tok.i)
    if own is not None and is_person(own) and (own._.norm or {}).get("via") != "apposition" \
            and own.root.pos_ == "PROPN":
        return None  # a post the actor layer gave the apposed name (``His spokesman, X,``) looks on
    for c in [*_hyphen_children(tok), *_appositions_of_complement(sent, tok)]:
        if c.dep_ != "appos" or not sent.inside(c) or _among_them(sent, c):  # ``52 farmers, Olsson among them,``
            continue
        span = sent.ctx.actor_at.get(c.i)
        if span is not None and (is_person(span) or _named_body(span, tok, own)):
            return listed_members(sent, tok, c, sent.ctx.actor_record(span, "speaker"))
        if span is None and (c.pos_ == "PROPN" or _numbered_name(sent, c)) and tok.pos_ == "NOUN" \
                and c.head.i == tok.i and not any(d.dep_ == "det" for d in c.children):  # ``a Democrat`` is no name
            return {**_phrase(sent, c), "actor_id": None}
    return _named_by_object_apposition(sent, tok, own)


def _hyphen_children(tok: Token) -> list[Token]:
    """The children of ``tok`` and of the words joined to it by hyphens with no space
    (``co-counsel`` parsed as three subjects: ``Anand's co-counsel, Marcus T. Bell,``)."""
    out, doc, k = list(tok.children), tok.doc, tok.i
    while k + 2 < len(doc) and not doc[k].whitespace_ and doc[k + 1].text == "-" and not doc[k + 1].whitespace_ \
            and doc[k + 2].head.i == tok.head.i and doc[k + 2].dep_ == tok.dep_:
        k += 2
        out += [c for c in doc[k].children if c.i > k]
    return out


def _numbered_name(sent: Sentence, tok: Token) -> bool:
    """``Local 1207`` (a union local the model reads as a date): capitalised words and a number,
    no date mention."""
    words = [t for t in tok.subtree if not t.is_punct]
    return tok.like_num and words[0].is_title and all(t.is_title or t.like_num for t in words) \
        and not any(t.i in sent.ctx.date_at for t in words)


def _named_by_object_apposition(sent: Sentence, tok: Token, own: Span | None) -> dict | None:
    """``The opposition coalition backing Benavides, Fuerza y Orden, said``: the parser hangs the
    body's name on the name its participle or preposition governs. A name set off by commas
    after a named object of a common-noun subject's ``acl``/``prep``, closing the subject right
    before its verb, names the subject: a body mention (a person for a person noun: ``the lawyer
    representing Ortega, Ana Ruiz,``), else the name as written (the model often reads a body's
    name as a place or a person, which a coalition is not)."""
    if not _common_noun(sent, tok) or tok.dep_ != "nsubj" or (own is not None and own.root.pos_ == "PROPN"):
        return None
    for mod in tok.children:
        obj = _named_object(sent, mod)
        if obj is None:
            continue
        for c in obj.children:
            if c.dep_ != "appos" or c.pos_ != "PROPN" or not _comma_before(c) or not _closes_subject(c, tok.head):
                continue
            span = sent.ctx.actor_at.get(c.i)
            person = span is not None and is_person(span) and tok.lemma_.lower() in sent.rules.person_nouns
            if span is not None and (person or _named_body(span, tok, own)):
                return sent.ctx.actor_record(span, "speaker")
            return {**_phrase(sent, c), "actor_id": None}
    return None


def _named_object(sent: Sentence, mod: Token) -> Token | None:
    """The object a subject's modifier governs that may carry the subject's name in apposition: a
    proper noun an ``-ing`` participle or a preposition governs (``backing Benavides``, ``from Four
    Oaks``), or the name a relative clause gives (rules ``given_name_nouns``: ``who gave only her
    first name, Maria,``)."""
    if mod.dep_ == "relcl":
        obj = child(mod, ("dobj",))
        return obj if obj is not None and obj.lemma_.lower() in sent.rules.words("given_name_nouns") else None
    obj = child(mod, ("dobj",)) if mod.dep_ == "acl" and mod.tag_ == "VBG" else \
        child(mod, ("pobj",)) if mod.dep_ == "prep" else None
    return obj if obj is not None and obj.pos_ == "PROPN" else None


def _common_noun(sent: Sentence, tok: Token) -> bool:
    """A common noun, or a capitalised noun of one person that names no actor (``a retired
    Marine``, which the model tags as a proper noun)."""
    return tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.lemma_.lower() in sent.rules.person_nouns \
        and sent.ctx.actor_at.get(tok.i) is None


def _closes_subject(appos: Token, verb: Token) -> bool:
    """The apposition and its closing comma end right before the subject's verb."""
    end = appos.right_edge.i
    return verb.i == end + 1 and appos.doc[end].text == "," or \
        verb.i == end + 2 and appos.doc[end + 1].text == ","


#: actor types a common-noun description may name in apposition (``The firefighters' union, Local 1207``)
_BODY_TYPES = frozenset(("organization", "media", "government", "legislature", "military"))


def _named_body(span: Span, tok: Token, own: Span | None) -> bool:
    """``The firefighters' union, Local 1207,``: an organisation named beside a common-noun
    description of it that names nothing itself (``One of those groups, Kataib X,``: one of them)."""
    return (tok.pos_ == "NOUN" or tok.lower_ == "one") and span.root.pos_ == "PROPN" and (span._.norm or {}).get("type") in _BODY_TYPES \
        and (own is None or own.root.pos_ != "PROPN")


def _appositions_of_complement(sent: Sentence, tok: Token) -> list[Token]:
    """``A spokeswoman for the Federal Aviation Administration, Maria Lopez, said``: the parser
    hangs the name on the last noun of the prepositional phrase (``Administration``). For a noun
    naming one person, the comma-set-off appositions of the nouns of its ``of``/``for``/``at``
    phrase chain."""
    if tok.lemma_.lower() not in sent.rules.person_nouns:
        return []
    out, cur = [], tok
    for _ in range(3):
        prep = next((c for c in cur.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "with", "in")), None)
        pobj = child(prep, ("pobj",)) if prep is not None else None
        if pobj is None:
            break
        out += [c for c in pobj.children if c.dep_ == "appos" and _comma_before(c)]
        cur = pobj
    return out


def _co_speakers(sent: Sentence, span: Span) -> list[dict]:
    """``Ortiz and Lindqvist wrote``: the other named actors conjoined with the speaker (or with
    the country of ``the foreign ministers of Spain and Italy`` when one mention is the first)."""
    out = []
    conjuncts = span.root.conjuncts
    last = span[-1]
    if not conjuncts and last.dep_ == "pobj" and last.head.head.i == span.root.i:
        conjuncts = last.conjuncts  # ``the foreign ministers of Spain and Italy``: one mention each
    if not conjuncts and last.i != span.root.i and not span.start <= last.head.i < span.end:
        conjuncts = last.conjuncts  # ``Reps. Ann Lee, D-Calif., and Tom Bay``: a plural title parsed apart
    if is_person(span):  # ``Ana Ruiz, Tom Becker and Lena Fox`` parsed as an apposition
        for c in span.root.children:
            other = sent.ctx.actor_at.get(c.i) if c.dep_ == "appos" else None
            if other is not None and is_person(other) and c.conjuncts:
                conjuncts = (c, *c.conjuncts)
    if conjuncts and not any(c.dep_ == "cc" for t in (span.root, last, *conjuncts) for c in t.children):
        return out  # ``Kendari, the provincial capital, …, Andi Pratama``: a comma list the parser made, no ``and``
    for conj in conjuncts:
        other = sent.actor_for_token(conj, subtree=False)
        if other is not None and other is not span:
            out.append(sent.ctx.actor_record(other, "speaker"))
    return out


def _document_speaker(sent: Sentence, tok: Token, skip: Token | None = None) -> dict:
    """A document speaks (``A survey published Thursday by X shows``, ``X released a report
    saying``): the speaker is its named author (the document words as written in ``via``); for a
    document named again (``The same poll showed``) the author of the one named before, or that
    earlier document as written when it has no author (``federal court records`` … ``The records
    show``); for a part of a document (``A footnote on page 14 states``) the author of the
    document it belongs to; else the document as written."""
    phrase = noun_phrase(sent, tok, skip)
    author = _author(sent, tok) or _publisher(sent, tok) or _cosigners(sent, tok)
    earlier = _earlier_document(sent, tok) if author is not None and _signed_again(sent, tok, author) else None
    if earlier is not None and earlier["text"] != (earlier.get("document") or {}).get("text"):
        author, rec = None, earlier  # ``The letter, signed by 212 residents, asked``: the letter's author named before
    elif author is not None and author.i != tok.i and is_document_noun(sent, author) \
            and sent.ctx.actor_at.get(author.i) is None:
        rec = _document_speaker(sent, author)  # ``the ad's narrator``, ``the poll's results``: the ad's speaker
    elif author is not None:
        rec = _author_record(sent, author)
        if rec is None and author.pos_ == "NOUN" and author.tag_ == "NNS" \
                and tok.dep_ == "nsubjpass" and _verb_agent(author):
            # ``a statement was issued in the name of 26 leaders``: authors no actor names, as
            # written (``a review commissioned by regulators`` stays the document)
            rec = {**noun_phrase(sent, author), "actor_id": None}
    elif is_document_part(sent, tok):  # ``The appendix shows``, ``A footnote on page 14 states``
        rec = _whole_document(sent, tok)
    elif _one_ad(sent, tok):  # ``… spending $1.5 million on ads. One ad, set to run this week, calls``
        rec = _earlier_document(sent, tok, kind=document_kind(tok))
        if rec is not None and not rec.get("actor_id") and _names_ads(sent, rec):
            rec = None  # the ads themselves, no payer (``spent $4 billion on ads-free streaming``): ``One ad`` as written
    elif _definite(tok) or phrase["text"].split()[0].lower() in _DEFINITE:
        # ``The same poll showed``: the poll named before (``the data show`` the parser made a
        # compound of the verb: the phrase's first word tells it is definite)
        rec = _earlier_document(sent, tok) or _earlier_document_list(sent, tok) or _written_to_author(sent, tok) \
            or _study_of_findings(sent, tok) or _said_statement(sent, tok)
    else:
        rec = None
    if rec is None and author is None:
        rec = _its_author(sent, tok) or _filer(sent, tok) or _kind_author(sent, tok)  # ``its report``; ``a think-tank report``
    if rec is None and _generic_data(sent, tok):
        rec = _one_data_author(sent, tok)  # ``Federal data show``: the agency whose data the article names
    if rec is None:
        return {**phrase, "actor_id": None}
    rec["via"] = phrase  # ``document`` only when a re-mention was linked to a first mention (_earlier_document*)
    return rec


def headline_document(sent: Sentence, tok: Token) -> dict | None:
    """``Older adults look older at the cellular level, study finds`` over a story whose first
    study is ``a study published Wednesday in the journal X``: the document noun ``tok`` of a
    headline or subhead is the first document of its kind the body names, as written (the record
    of :func:`_earlier_document` for a document with no author), when that one has no author;
    None when it has one (the headline's word stays), or the body names none."""
    ctx = sent.ctx
    if ctx.section_at(tok.idx) not in ("headline", "subhead") or not is_document_noun(sent, tok):
        return None
    first = next((t for t in sent.doc[tok.i + 1:] if t.pos_ == "NOUN" and document_kind(t) == document_kind(tok)
                  and ctx.section_at(t.idx) not in NOT_ANTECEDENT and not _modifier_only(sent, t)), None)
    tsent = Sentence.holding(ctx, first) if first is not None else None
    if tsent is None or not is_document_noun(tsent, first) or any(c.dep_ == "poss" for c in first.children) \
            or _author(tsent, first) or _publisher(tsent, first) or _cosigners(tsent, first) \
            or _split_possessor(tsent, first) or _kind_author(tsent, first):
        return None
    phrase = noun_phrase(tsent, first)
    return {**(_document_name(tsent, first) or {**phrase, "actor_id": None}), "document": dict(phrase)}


def _its_author(sent: Sentence, tok: Token) -> dict | None:
    """``Marrow Foods had sales of $2 billion, according to its annual report``; ``The Halden
    Institute published estimates. "…," its report said``: a document an ``its`` possessor owns
    is by the body ``its`` refers to. That is the subject of the nearest clause above the document
    when it is a body's mention; no author when that subject is anything else (``The sensor
    business … according to its report``: a part of a company, or a thing); with the document
    its clause's own subject, the body subject of the sentence before in its paragraph
    (:func:`prev_subject`). A person, a place or a plural is no ``its``."""
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    if poss is None:
        return None
    subj = _clause_subject_above(tok)
    if subj is not None:
        span = sent.ctx.actor_at.get(subj.i)
        span = span if span is not None and span.root.i == subj.i else None
    else:
        span = prev_subject(sent.ctx, sent.index, False)
    if span is None or is_person(span) or (span._.norm or {}).get("type") not in _BODY_TYPES \
            or span.root.tag_ in ("NNS", "NNPS"):
        return None
    return sent.ctx.actor_record(span, "speaker")


def _filer(sent: Sentence, tok: Token) -> dict | None:
    """``Hartwell made a profit of £40m, according to accounts filed at Companies House``;
    ``Net profit fell …, a filing to the Istanbul stock exchange showed`` in a story about one
    airline: a filing (``exchange_filing_nouns``) made with an exchange, a registry or a
    regulator (``filing_receivers``) is by the company whose figures it gives: the company the
    subject of the clause above names (the subject, or a name in its phrase: ``Bosphorus Air's
    net profit``); with no actor there, the company subject of the story's first body sentence
    when the filing's sentence names no other company. None otherwise (``a complaint filed with
    the inspector general`` is no filing of figures)."""
    words = sent.rules.words("exchange_filing_nouns")
    if not (tok.lower_ in words or tok.lemma_.lower() in words) or not _filed_with_receiver(sent, tok):
        return None
    subj = _clause_subject_above(tok)
    span = sent.actor_for_token(subj) if subj is not None else None
    if span is None and not _names_other_company(sent, tok) and _gives_figures(sent):
        span = _lede_company(sent.ctx)
    if span is None or (span._.norm or {}).get("type") != "organization" or is_person(span) \
            or ((span._.norm or {}).get("role") or "").endswith("MED"):
        return None
    return sent.ctx.actor_record(span, "speaker")


def _filed_with_receiver(sent: Sentence, tok: Token) -> bool:
    """``a filing with the Tokyo Stock Exchange``, ``accounts filed at Companies House``, ``a
    filing on the Saudi stock exchange``: a ``with``/``to``/``at``/``on`` phrase on the document (or
    on a participle of it) whose object ends in a word of ``filing_receivers``."""
    receivers = sent.rules.words("filing_receivers")
    heads = [tok, *(c for c in tok.children if c.dep_ == "acl")]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "at", "on")):
        pobj = child(prep, ("pobj",))
        if pobj is not None and (pobj.lower_ in receivers or pobj.right_edge.lower_ in receivers):
            return True
    return False


def _gives_figures(sent: Sentence) -> bool:
    """Does the filing's sentence give figures (a number, an amount, a percentage)? Only then is
    a filing with no company in its clause the story's company's (``The mine's neighbours lost
    their wells, according to accounts submitted to the regulator`` gives none)."""
    return any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT") for t in sent.tokens)


def _names_other_company(sent: Sentence, tok: Token) -> bool:
    """The filing's sentence names an organization outside the filing's own phrase."""
    own = {t.i for t in tok.subtree}
    return any(sp.label_ == "actor" and (sp._.norm or {}).get("type") == "organization" and sp.root.i not in own
               for sp in sent.ctx.spans_within(sent.start_char, sent.end_char))


def _lede_company(ctx: DocContext) -> Span | None:
    """The actor subject of the main verb of the first sentence of the story's lede
    (:func:`lede_index`: ``Turkish carrier Bosphorus Air posted a 31% drop …``), or None."""
    lede = lede_index(ctx)
    if lede is None or not ctx.sent_ranges:
        return None
    first = Sentence.at(ctx, ctx.sentence_index(ctx.sections[lede][0]))
    root = next((t for t in first.tokens if t.dep_ == "ROOT"), None) if first is not None else None
    subj = first.kid(root, ("nsubj",)) if root is not None else None
    orgs = [sp for sp in _lede_subjects(ctx, root) if (sp._.norm or {}).get("type") == "organization"]
    return orgs[0] if orgs else ctx.actor_at.get(subj.i) if subj is not None else None


def _lede_subjects(ctx: DocContext, root: Token | None) -> list[Span]:
    """The actors subject of the lede's main verb or of the clause it reports (``X swung to a
    profit, the company said``), or apposed to such a subject (``DUBAI, Oct 27 (Reuters) - X Co
    swung``: the dateline read as the subject, the company as its apposition), in that order."""
    heads = [root, *(c for c in root.children if c.dep_ == "ccomp")] if root is not None else []
    subjects = [c for h in heads for c in h.children if c.dep_ == "nsubj"]
    toks = [t for s in subjects for t in (s, *(c for c in s.children if c.dep_ == "appos"))]
    return [ctx.actor_at[t.i] for t in toks if t.i in ctx.actor_at]


def lede_index(ctx: DocContext) -> int | None:
    """The index in ``ctx.sections`` of the story's lede: its first body paragraph of
    ``lede_min_words`` words or more (rule ``lede-min-words``; a date line, a deck or a dateline
    alone is no lede), or None."""
    least = min((int(w) for w in ctx.rules.words("lede_min_words")), default=15)
    return next((i for i, (s, e, label) in enumerate(ctx.sections) if label == "body"
                 and len(ctx.text[s:e].split()) >= least), None)


def _clause_subject_above(tok: Token) -> Token | None:
    """The subject of the nearest verb above ``tok`` that has one other than ``tok`` itself
    (``Marrow Foods`` of ``Marrow Foods had sales …, according to its report``); None when the
    verbs above have none (``its report said``) or ``tok`` is its own clause's subject (``Its
    analysis found that …`` in a clause the parser hangs under another verb)."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return None
    for verb in tok.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i), None)
        if subj is not None:
            return subj
    return None


def _written_to_author(sent: Sentence, tok: Token) -> dict | None:
    """``The safety regulator wrote to the company in March. The letter asks …``: a letter
    (``written_to_nouns``) no earlier mention names is the one written by the subject of the one
    ``write to`` verb with no object (``written_to_verbs``) in the sentence before or in its own
    sentence before it; None when there is none or two, or its subject names no author."""
    if tok.lemma_.lower() not in sent.rules.words("written_to_nouns"):
        return None
    ctx, verbs = sent.ctx, sent.rules.words("written_to_verbs")
    lo = ctx.sent_ranges[max(0, sent.index - 1)][0] if ctx.sent_ranges else 0
    found = [t for t in sent.doc[:tok.i] if t.idx >= lo and t.pos_ == "VERB" and t.lemma_.lower() in verbs
             and child(t, ("dobj",)) is None and any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children)]
    subj = child(found[0], ("nsubj",)) if len(found) == 1 else None
    tsent = Sentence.holding(ctx, subj) if subj is not None else None
    return _author_record(tsent, subj) if tsent is not None else None


def _generic_data(sent: Sentence, tok: Token) -> bool:
    """``Federal data``, ``the same data``, ``official statistics``: a data noun (``data_nouns``)
    whose only modifiers are determiners and words of ``generic_data_words`` (no author)."""
    if tok.lemma_.lower() not in sent.rules.words("data_nouns") and tok.lower_ not in sent.rules.words("data_nouns"):
        return False
    generic = sent.rules.words("generic_data_words")
    return all(c.dep_ == "det" or c.lower_ in generic for c in tok.children if c.i < tok.i) \
        and not any(c.i > tok.i and c.dep_ in ("prep", "acl", "relcl") for c in tok.children)


def _one_data_author(sent: Sentence, tok: Token) -> dict | None:
    """The one author of the data the article names elsewhere (``EIA data``, ``The Bureau of Labor
    Statistics' state data release``), in the body; None when there is none or two."""
    found = {}
    for i, rec in _data_authors(sent.ctx):
        if i == tok.i or rec is None:
            continue
        if rec is _TWO_AUTHORS:
            return None  # ``The Census Bureau and the Federal Reserve publish data``: two authors
        found[rec.get("actor_id") or rec["text"]] = rec
    if len(found) != 1:
        return None
    rec = copy_json(next(iter(found.values())))
    return rec if not _state_data(sent, tok) or _state_author(sent, rec) else None


_TWO_AUTHORS: dict = {}  # marks a data noun with two authors joined (``X and Y publish data``)


def _data_authors(ctx: DocContext) -> list[tuple[int, dict | None]]:
    """Each data noun of the body (``data_nouns``) with its author's record (None: no author;
    :data:`_TWO_AUTHORS`: two joined), read once per document."""
    if ctx.data_authors is None:
        nouns, out = ctx.rules.words("data_nouns"), []
        for t in ctx.doc:
            if not (t.lemma_.lower() in nouns or t.lower_ in nouns) or ctx.section_at(t.idx) in NOT_ANTECEDENT:
                continue
            tsent = Sentence.holding(ctx, t)
            if tsent is None:
                continue
            doc_tok = t.head if t.dep_ == "compound" and is_document_noun(tsent, t.head) else t
            author = _author(tsent, doc_tok) or _publisher(tsent, doc_tok) or _split_possessor(tsent, doc_tok)
            two = author is not None and any(c.dep_ == "conj" for c in author.children)
            out.append((t.i, _TWO_AUTHORS if two else _author_record(tsent, author) if author is not None else None))
        ctx.data_authors = out
    return ctx.data_authors


def _state_data(sent: Sentence, tok: Token) -> bool:
    """``Federal data``, ``official figures``: data the words before it give to the state."""
    state = sent.rules.words("state_data_words")
    return any(c.lower_ in state for c in tok.children if c.i < tok.i)


def _state_author(sent: Sentence, rec: dict) -> bool:
    """Can the author record ``rec`` publish the state's data: an actor of the actor layer that is
    a government body or named as a public one (rules ``state_body_words``: ``the Bureau of Labor
    Statistics``); not ``Zillow``, ``Larkspur Homes`` (a company) nor a name no actor covers?"""
    norm = rec.get("norm") or {}
    if not rec.get("actor_id") or (norm.get("role") or "").endswith(("BUS", "MED")):
        return False
    named = {w.lower() for w in rec["text"].split()}
    return norm.get("type") == "government" or bool(named & sent.rules.words("state_body_words"))


def _split_possessor(sent: Sentence, tok: Token) -> Token | None:
    """``The Bureau of Labor Statistics’ state data release`` parsed as an apposition of the
    name (the possessive ``’`` read as a quote mark): the named actor it hangs on."""
    if tok.dep_ != "appos" or tok.left_edge.i == 0:
        return None
    mark = sent.doc[tok.left_edge.i - 1]
    head = tok.head
    return head if mark.text in ("\u2019", "'") and mark.head.i == head.i \
        and sent.ctx.actor_at.get(head.i) is not None else None


def _author_record(sent: Sentence, author: Token) -> dict | None:
    """The speaker record of a document's author (``sent`` holds ``author``): the actor it names;
    ``a Barlow campaign ad``: the actor named ``Barlow campaign`` elsewhere, else those words;
    ``Mercer's office`` (a representative phrase): the phrase, its owner in ``affiliation`` and
    ``actor_id``; a description no actor covers (``your own department's figures``): the words as
    written; None for a pronoun."""
    if author.pos_ == "PRON":
        return _pronoun_author(sent, author)
    own = sent.ctx.actor_at.get(author.i)
    named = _named_apposition(sent, author) if author.pos_ == "NOUN" and (own is None or is_person(own)) else None
    if named is not None:  # ``Quito's mayor, Andrés Villacís, posted a message urging …``; not a
        return named  # body's own name (``Citizens for Progress, a super PAC, began airing …``)
    if _owned_noun(sent, author):
        return _owned_author(sent, author)
    representative = _owner_token(sent, author) is not None and _owned_body(sent, author) is None
    span = sent.actor_for_token(author) if not representative else None
    if span is not None and _name_modifier(span, author):
        return {**noun_phrase(sent, author), "actor_id": None}  # ``the Linwood PTA``, not ``Linwood``
    if span is None and not representative and author.pos_ == "NOUN":
        span = _one_described(sent, author)  # ``a news release issued by the university``
    if span is not None:
        return with_co_authors(sent.ctx.actor_record(span, "speaker"), _co_speakers(sent, span))
    if span is None and not representative and author.dep_ == "poss" and author.pos_ == "NOUN":
        kind = _kind_author(sent, author.head)  # ``an insurer's estimate``: the one insurer named
        if kind is not None:
            return kind
    if not (representative or _names_author(sent, author)):
        return None  # ``an audit of the program``: what it is about, no author
    phrase = _service_phrase(sent, author) or noun_phrase(sent, author, _document_participle(sent, author))
    rec = {**phrase, "actor_id": None}
    owner = _owner(sent, author) if representative else None
    if owner is not None:
        rec["affiliation"] = sent.ctx.actor_record(owner, "speaker")
        rec["actor_id"] = rec["affiliation"]["actor_id"]
    return rec


def _document_participle(sent: Sentence, author: Token) -> Token | None:
    """``A report by the children's commissioner released on Tuesday``: a publishing participle
    (``publish_verbs``, past participle) the parser hangs on the author of a ``by``/``from`` phrase
    tells of the document, not of its author; None when there is none."""
    if author.dep_ != "pobj" or author.head.lower_ not in ("by", "from"):
        return None
    verbs = sent.rules.words("publish_verbs")
    return next((c for c in author.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in verbs), None)


def _one_described(sent: Sentence, tok: Token) -> Span | None:
    """The actor a description of a document's author refers to (:func:`described_actor`) when
    it is the only one before it that the description fits (``the university`` after two
    universities names neither: a wrong author is worse than none)."""
    span = described_actor(sent, tok)
    if span is None:
        return None
    starts, spans = _describable(sent, tok.lemma_.lower())
    ids = {(s._.norm or {}).get("actor_id") for s in spans[:bisect_left(starts, tok.idx)] if s.end_char <= tok.idx}
    return span if len(ids) == 1 else None


def _kind_author(sent: Sentence, tok: Token) -> dict | None:
    """``a think-tank report``, ``a union survey``, ``an insurer's estimate``: a document its
    author's kind (``author_kind_nouns``) modifies is by the one body of the article the text
    calls by that kind (:func:`_of_kind`); None when none or two are, or no kind word is there."""
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    end = poss.i + 1 if poss is not None else tok.i
    run = _lower_run(sent.doc, end, sent.lo, -1)
    key = _kind_key(sent.rules.words("author_kind_nouns"), run)
    if key is None:
        return None
    spans = _of_kind(sent.ctx, key)
    ids = {(sp._.norm or {}).get("actor_id") for sp in spans}
    if len(ids) != 1 or None in ids or _kind_said_of_another(sent.ctx, key, spans, tok) \
            or not _qualifiers_fit(sent, run, key, spans):
        return None
    named = [sp for sp in spans if sent.ctx.origin(sp) != "rule:description"] or spans
    return sent.ctx.actor_record(named[0], "speaker")


def _qualifiers_fit(sent: Sentence, run: list[str], key: str, spans: list[Span]) -> bool:
    """Do the level words before the kind (``author_kind_qualifiers``: ``A parish council report``,
    ``a county council survey``) fit the body of that kind: are they in its name or in the words
    the text calls it by? ``parish`` is not in Wiltshire Council: another body's document."""
    n = next((n for n in (3, 2, 1) if "".join(run[-n:]) == key), 1)
    quals = set(run[:-n]) & sent.rules.words("author_kind_qualifiers")
    if not quals:
        return True
    own = {w for sp in spans for w in actor_name_words(sent.ctx, sp)}
    own |= {w for sp in spans for r in _called_by(sent.ctx.doc, sp) for w in r}
    return quals <= own


def _kind_said_of_another(ctx: DocContext, key: str, spans: list[Span], tok: Token) -> bool:
    """Does the text call a body other than ``spans`` by the kind ``key``: a noun phrase headed by
    the kind word that no mention of ``spans`` holds or is described by, with a proper noun
    modifying it (``the NASUWT teaching union``, a body the actor layer missed), an ``other``
    word (``another union``) or in the plural (``both unions``)? ``tok`` is the document."""
    named = {i for sp in spans for i in range(sp.start, sp.end)}
    own = named | {i for sp in spans for lo, hi in _called_by_bounds(ctx.doc, sp) for i in range(lo, hi)}
    others = ctx.rules.words("author_kind_others")  # another union, both unions
    for t in _kind_nouns(ctx).get(key, ()):
        if t.i in own or t.head.i == tok.i or t.i == tok.i:
            continue
        words = _noun_words(t)
        if t.tag_ == "NNS" or (set(words) | {c.lower_ for c in t.lefts}) & others \
                or _named_before_kind(_before_lower_run(ctx.doc, t.i), named):
            return True
    return False


def _noun_words(t: Token) -> list[str]:
    """The lower-case words right before a noun (up to four) and its lemma (``think``, ``tank``)."""
    return _lower_run(t.doc, t.i, max(0, t.i - 4), -1) + [t.lemma_.lower()]


def _kind_nouns(ctx: DocContext) -> dict[str, list[Token]]:
    """Kind key (the last one to three words of :func:`_noun_words` joined, ``thinktank``) -> the
    nouns (no compound) that spell it, in text order; found once per document."""
    if ctx.kind_nouns is None:
        ctx.kind_nouns = {}
        for t in ctx.doc:
            if t.pos_ == "NOUN" and t.dep_ != "compound":
                words = _noun_words(t)
                for key in {"".join(words[-n:]) for n in (3, 2, 1) if len(words) >= n}:
                    ctx.kind_nouns.setdefault(key, []).append(t)
    return ctx.kind_nouns


def _named_before_kind(before: Token | None, named: set[int]) -> bool:
    """Is ``before`` (the word before the kind noun's lower-case words) a name of no chosen mention:
    a proper noun or an acronym (``NASUWT`` of ``the NASUWT teaching union``)?"""
    return before is not None and before.i not in named and before.is_alpha and \
        (before.pos_ == "PROPN" or before.is_upper and len(before) > 1)


def _before_lower_run(doc, i: int) -> Token | None:
    """The word right before the lower-case words (hyphens too) that end before token ``i``
    (``NASUWT`` of ``the NASUWT teaching union``); None at the start or after ``a``/``the``."""
    j = i - 1
    while j >= 0 and (doc[j].is_lower and doc[j].is_alpha or doc[j].text in ("-", "\u2010")) \
            and doc[j].lower_ not in ("a", "an", "the"):
        j -= 1
    return doc[j] if j >= 0 and doc[j].lower_ not in ("a", "an", "the") else None


def _called_by_bounds(doc, span: Span) -> list[tuple[int, int]]:
    """The token ranges around a name that may say its kind (:func:`_called_by`'s places)."""
    out = [(max(0, span.start - 6), span.start)]
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        out.append((span.end + 1, min(len(doc), span.end + 8)))
    if span.end < len(doc) and doc[span.end].is_lower and span.root.head.i >= span.end:
        out.append((span.end, span.end + len(_lower_run(doc, span.end, min(len(doc), span.end + 3), 1))))
    return out


def _lower_run(doc, i: int, lo: int, step: int) -> list[str]:
    """The lower-case words (hyphens skipped) next to index ``i`` going ``step`` (-1: the run that
    ends before ``i``; 1: the run from ``i``, proper words skipped up to the first common one
    only ending it) up to ``lo`` (-1) or the limit ``lo`` (1), in text order."""
    out, j = [], i - 1 if step < 0 else i
    while (step < 0 and j >= lo) or (step > 0 and j < lo):
        t = doc[j]
        if t.text in ("-", "\u2010"):
            j += step
            continue
        if not (t.is_alpha and t.is_lower) or t.lower_ in ("a", "an", "the"):
            if step < 0 or t.is_punct:
                break
            out = []  # ``a Washington think tank``: the kind words after the proper ones
        elif t.pos_ in ("NOUN", "ADJ") or t.dep_ == "compound":
            out.append(t.lower_)
        else:
            break  # ``a research group that``, ``a think tank in Washington``
        j += step
    return out[::-1] if step < 0 else out


def _kind_key(kinds: frozenset[str], words: list[str]) -> str | None:
    """The kind (``author_kind_nouns``, written without spaces or hyphens) that the last one to
    three of ``words`` spell (``think tank`` → ``thinktank``); None when none does."""
    for n in (3, 2, 1):
        key = "".join(words[-n:]) if len(words) >= n else None
        if key in kinds:
            return key
    return None


def _of_kind(ctx: DocContext, key: str) -> list[Span]:
    """The bodies (no person or place) the text calls by the kind ``key`` (:func:`_called_by`) or
    whose name holds it; found once per document."""
    known = ctx.described.get("kind:" + key)
    if known is not None:
        return known[1]
    kinds, out = frozenset((key,)), []
    for span in ctx.spans:
        if span.label_ != "actor" or is_person(span) or is_location(span) \
                or ctx.section_at(span.start_char) in NOT_ANTECEDENT:
            continue
        if any(_kind_key(kinds, run) for run in _called_by(ctx.doc, span)) or key in actor_name_words(ctx, span):
            out.append(span)
    ctx.described["kind:" + key] = ([sp.start_char for sp in out], out)
    return out


def _called_by(doc, span: Span) -> list[list[str]]:
    """The lower-case words around a name that may say its kind: right before it (``the
    conservative think tank X``), in a description after its comma (``X, a Washington think
    tank,``) and right after it when they head its phrase (``the Teamsters union``)."""
    runs = [_lower_run(doc, span.start, max(0, span.start - 6), -1)]
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ in ("a", "an", "the"):
        runs.append(_lower_run(doc, span.end + 1, min(len(doc), span.end + 8), 1))
    if span.end < len(doc) and doc[span.end].is_lower and span.root.head.i >= span.end:
        runs.append(_lower_run(doc, span.end, min(len(doc), span.end + 3), 1))
    return runs


def _pronoun_author(sent: Sentence, poss: Token) -> dict | None:
    """``His report, which was read to the court, concluded``: the person a ``his``/``her``
    possessor of a document refers to (:func:`pronoun_antecedent`), and so is a ``he``/``she``
    subject that published it (``In a report sent to the ministry, he said``); None for any other
    pronoun, when no person fits, or for a document about the person (:func:`_about_person`)."""
    if poss.dep_ == "nsubj":  # ``In a report sent to the ministry, he said …``: the publisher
        span = pronoun_antecedent(sent.ctx, poss, sent.index) if poss.lower_ in PERSON_PRONOUNS else None
        return sent.ctx.actor_record(span, "speaker") if span is not None and is_person(span) else None
    pronoun = POSSESSIVE_PRONOUNS.get(poss.lower_) if poss.dep_ == "poss" else None
    if pronoun not in PERSON_PRONOUNS or _about_person(sent, poss.head):
        return None
    span = pronoun_antecedent(sent.ctx, poss, sent.index, pronoun)
    return sent.ctx.actor_record(span, "speaker") if span is not None and is_person(span) else None


def _about_person(sent: Sentence, doc_noun: Token) -> bool:
    """``His autopsy report``, ``her medical records``, ``his obituary``: a document about the
    person the possessor names, not one the person wrote (word list ``about_person_documents``,
    the noun or a word before it)."""
    words = sent.rules.words("about_person_documents")
    mods = [c for c in doc_noun.lefts if c.dep_ in ("compound", "amod", "nmod")]
    return any(t.lower_ in words or t.lemma_.lower() in words for t in [doc_noun, *mods])


def _name_modifier(span: Span, author: Token) -> bool:
    """``a petition organized by the Linwood PTA``: the only actor of the author's phrase is a
    name modifying the author's own proper name (``Linwood`` of ``Linwood PTA``), which names
    someone else (a place, a school), not the author."""
    return author.pos_ == "PROPN" and not span.start <= author.i < span.end \
        and span.end == author.i and span.root.head.i == author.i and span.root.dep_ == "compound"


def _names_author(sent: Sentence, tok: Token) -> bool:
    """Words that name an author though no actor covers them: a possessor (``your own
    department's figures``), a proper name before the document noun (``A Pew Research Center
    survey``), the object of ``by``/``from`` (``figures from the statistics office``) or the
    agent of a participle of writing (``a letter signed by 40 economists``; ``authoring_verbs``:
    not ``a review commissioned by regulators``)."""
    if tok.dep_ in ("poss", "compound") or (tok.dep_ == "pobj" and tok.head.lower_ == "from"):
        return True
    if _pinned_subject(tok):
        return True
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "by":
        return False
    return prep.dep_ != "agent" or prep.head.lemma_.lower() in sent.rules.words("authoring_verbs")


def _pinned_subject(tok: Token) -> bool:
    """``the committee's adjudicatory chamber said in a 74-page decision``, ``the Geneva office of
    the agency released a report``: the subject of the verb that published a document
    (:func:`_publisher`) names its author though no actor covers it when a possessor or a proper
    name pins the noun down; not ``officials``, ``the researchers``, a pronoun."""
    if tok.dep_ != "nsubj" or tok.pos_ != "NOUN":
        return False
    return any(c.dep_ == "poss" or (c.pos_ == "PROPN" and c.i < tok.i) for c in tok.children) \
        or any(c.dep_ == "prep" and c.lower_ == "of" and any(t.pos_ == "PROPN" for t in c.subtree) for c in tok.children)


def _owned_author(sent: Sentence, tok: Token) -> dict:
    """``Barlow campaign`` (of ``a Barlow campaign ad``): the actor mention of the document that
    bears those words (``the Barlow campaign``), else the words as written."""
    first = sent.ctx.actor_at[_owner_modifier(sent, tok).i]
    start, end = first.start_char, tok.idx + len(tok.text)
    key = " ".join(sent.ctx.text[start:end].lower().split())
    for span in sent.ctx.spans:
        text = " ".join(span.text.lower().split())
        if span.label_ == "actor" and (text == key or text == "the " + key):
            return sent.ctx.actor_record(span, "speaker")
    return {"text": sent.ctx.text[start:end], "start": start, "end": end, "actor_id": None}


def is_document_part(sent: Sentence, tok: Token) -> bool:
    """``a footnote``, ``page 14``, ``the appendix``: a part of a document (``document_parts``), or
    the voice that speaks it (``the ad's narrator``: ``document_voices``)."""
    lemma = tok.lemma_.lower()
    return (lemma in sent.rules.words("document_parts") or lemma in sent.rules.words("document_voices")) \
        and sent.ctx.actor_at.get(tok.i) is None


def _whole_document(sent: Sentence, tok: Token) -> dict | None:
    """The author of the document a part belongs to: the document it names (``a footnote in the
    audit``; none for a whole that is no document, ``a section of the bill``), else the document
    named last before it (up to ``_DOCUMENT_REACH`` sentences back)
    when that one has a known author; None otherwise."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "to")):
        pobj = child(prep, ("pobj",))
        if pobj is not None and is_document_noun(sent, pobj):
            rec = _document_speaker(sent, pobj)
            return rec if rec.get("actor_id") or "via" in rec else None
        if pobj is not None and not pobj.like_num:
            return None  # ``a section of the bill``: a whole that is no document we know the author of
    ctx = sent.ctx
    lo = ctx.sent_ranges[max(0, sent.index - _DOCUMENT_REACH)][0] if ctx.sent_ranges else 0
    for i in range(tok.i - 1, -1, -1):
        t = sent.doc[i]
        if t.idx < lo:
            break
        if t.pos_ != "NOUN" or not is_document_noun(sent, t) or ctx.section_at(t.idx) in NOT_ANTECEDENT:
            continue
        tsent = Sentence.holding(ctx, t)
        author = (_author(tsent, t) or _publisher(tsent, t) or _cosigners(tsent, t)) if tsent is not None else None
        if author is None and _definite(t):
            continue  # ``the figures``: a document named before, further back
        return _author_record(tsent, author) if author is not None else None
    return None


def is_document_noun(sent: Sentence, tok: Token) -> bool:
    """A document or data noun (``document`` rules; ``data`` by its form, lemmatized ``datum``)."""
    docs = sent.rules.documents
    rule = docs.get(tok.lemma_.lower()) or docs.get(tok.lower_)
    return rule is not None and not document_refused(tok, rule)


_DEFINITE = frozenset(("the", "this", "that", "these", "those"))
#: how many sentences back a document referred to again (``the same poll``) may have been named
_DOCUMENT_REACH = 12


#: documents a writer names with either word (``a poll`` … ``the survey``)
_SAME_KIND = {"survey": "poll", "ruling": "decision"}


def document_kind(tok: Token) -> str:
    """A document noun's kind: its lemma, ``survey`` counted as ``poll`` (``_SAME_KIND``)."""
    lemma = "data" if tok.lower_ == "data" else tok.lemma_.lower()  # lemmatized ``datum`` or not
    return _SAME_KIND.get(lemma, lemma)


def _same_number(a: Token, b: Token) -> bool:
    """Two document nouns of one number (``a report`` is not ``the reports``); ``data`` is
    tagged either way."""
    return a.tag_ == b.tag_ or document_kind(a) == document_kind(b) == "data"


def _modifier_only(sent: Sentence, tok: Token) -> bool:
    """``a public records request``, ``the data center``: a document noun that only modifies
    another noun (not a document, not a reporting word the parser read as a noun: ``exchange
    data show``) names no document."""
    head = tok.head
    return tok.dep_ == "compound" and head.pos_ in ("NOUN", "PROPN") and not is_document_noun(sent, head) \
        and sent.rules.report_rule(head.lemma_.lower(), head.lower_) is None


def _any_document(sent: Sentence, tok: Token) -> bool:
    """``The document also argued``: a singular word that names a document of any kind
    (``any_document_nouns``), referring back to a memo, a fact sheet or a letter named before."""
    return tok.tag_ == "NN" and tok.lemma_.lower() in sent.rules.words("any_document_nouns")


def _signed_again(sent: Sentence, tok: Token, author: Token) -> bool:
    """``The letter, signed by the fund's founder, accused``: a document named again (definite)
    whose author phrase is the agent of a signing participle on it (``signing_verbs``)."""
    prep = author.head
    acl = prep.head if author.dep_ == "pobj" and prep.dep_ == "agent" else None
    return acl is not None and acl.dep_ == "acl" and acl.head.i == tok.i and _definite(tok) \
        and acl.lemma_.lower() in sent.rules.words("signing_verbs")


def _definite(tok: Token) -> bool:
    """``the report``, ``this survey``, ``the same poll``: a document named before."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)


def _indefinite(tok: Token) -> bool:
    """``a tribunal``, ``an official``: a noun with an indefinite article, nobody named before."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _earlier_document(sent: Sentence, tok: Token, reach: int | None = _DOCUMENT_REACH,
                      kind: str | None = None) -> dict | None:
    """What a definite document phrase refers back to: the earlier mentions of a document of the
    same kind and number (up to ``reach`` sentences back) that name it for the first
    time (not themselves ``the …``) must all have one author (``A poll by Marist College found …
    The same poll showed``: that actor; ``In a statement, Mercer's office said … The statement
    noted``: the office, see :func:`_author_record`), or be one document that names no author at
    all (``federal bankruptcy court records`` … ``The records show``: its words as written);
    None when there is none, when one has an author we do not know or when two compete (a
    wrong speaker is worse than none). With no first mention in reach (``The records show`` in a
    correction at the end of the article) the whole body before it is read the same way.
    ``kind``: look for a document of that kind instead, of any number (``the findings`` of a study)."""
    ctx = sent.ctx
    near = _just_named_document(sent, tok, kind) if reach is not None else None
    if near is not None:
        return near
    lo = ctx.sent_ranges[max(0, sent.index - reach)][0] if ctx.sent_ranges and reach is not None else 0
    mentions = _first_mentions(sent, tok, lo, kind)
    if mentions is None:
        return None
    found, unauthored = mentions
    if not found and not unauthored:
        return _earlier_document(sent, tok, None, kind) if reach is not None else None
    if unauthored:
        if len(unauthored) != 1 or found:
            return None
        tsent = Sentence.holding(ctx, unauthored[0])
        if tsent is None:
            return None
        first = noun_phrase(tsent, unauthored[0])
        return {**(_document_name(tsent, unauthored[0]) or {**first, "actor_id": None}), "document": dict(first)}
    return dict(next(iter(found.values()))) if len(found) == 1 else None


def _study_of_findings(sent: Sentence, tok: Token) -> dict | None:
    """``A study published on Wednesday found … The findings, published in Nature Geoscience,
    suggest``: findings, a paper or research (``study_result_nouns``) named again are those of the
    one study named before it (``study_nouns``), read as :func:`_earlier_document` reads ``the
    study``, when a study is named in its paragraph or the one before; None when none is, or
    documents of two kinds are (a wrong speaker is worse than none)."""
    if tok.lemma_.lower() not in sent.rules.words("study_result_nouns"):
        return None
    return _nearby_study(sent, tok)


def _nearby_study(sent: Sentence, tok: Token) -> dict | None:
    """The record of the one study (``study_nouns``) named in ``tok``'s paragraph or the one before,
    read as :func:`_earlier_document` reads ``the study``; None when none is, or two kinds are."""
    if not _study_nearby(sent, tok):
        return None
    found = [rec for kind in sorted(sent.rules.words("study_nouns")) if (rec := _earlier_document(sent, tok, kind=kind))]
    return found[0] if len(found) == 1 else None


def _study_authors(sent: Sentence, tok: Token, skip: Token | None = None) -> dict | None:
    """``A study led by Dr. Mina Chaudhry … suggests … But the authors cautioned that …``: the
    authors (``study_author_nouns``, with ``the`` and nothing else that says whose) of the one
    study named in their paragraph or the one before (:func:`_nearby_study`) are its named writers
    (:func:`_study_writers`: ``written by A and B``), else its named author, the words in ``via``;
    None when that study has no author an actor names (``the authors`` stay as they are)."""
    if tok.lower_ not in sent.rules.words("study_author_nouns") or _possessor(tok) is not None \
            or [c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "compound", "prep", "nummod")] != ["the"]:
        return None
    rec = _nearby_study(sent, tok)
    rec = (_study_writers(sent.ctx, rec) or rec) if rec is not None else None
    if rec is None or not rec.get("actor_id"):
        return None
    rec = dict(rec)
    rec["via"] = noun_phrase(sent, tok, skip)
    return rec


def _study_writers(ctx: DocContext, rec: dict) -> dict | None:
    """The named writers of the study ``rec`` reads (its ``document``, else its words), written
    after it with a participle of ``study-writing-verbs`` and ``by`` (``A study published by the
    X Clinic, written by the professors Alana Brisbane and Howard Fenn,``): the first writer's
    record, the others in ``also``; None when no person mention is there."""
    where = rec.get("document") or rec
    span = ctx.doc.char_span(where["start"], where["end"], alignment_mode="expand") if where.get("start") is not None else None
    if span is None:
        return None
    verbs = ctx.rules.words("study_writing_verbs")
    writers: list[Span] = []
    for tok in span.root.subtree:
        if tok.dep_ == "agent" and tok.head.tag_ == "VBN" and tok.head.lemma_.lower() in verbs:
            for t in tok.subtree:
                person = ctx.actor_at.get(t.i)
                if person is not None and is_person(person) and person.root.i == t.i and person not in writers:
                    writers.append(person)
    if not writers:
        return None
    out = ctx.actor_record(writers[0], "speaker")
    if len(writers) > 1:
        out["also"] = [ctx.actor_record(w, "speaker") for w in writers[1:]]
    return out


def _said_statement(sent: Sentence, tok: Token) -> dict | None:
    """``"…," the group said. The statement also warned …``: a statement (``said_document_nouns``)
    named again when no document of its kind was named before (up to ``_DOCUMENT_REACH``
    sentences back) is what the speaker of the sentence just before, in its paragraph, said:
    that speaker when an actor of the actor layer (:func:`previous_speaker` for a body; a
    person too); None otherwise."""
    if tok.lemma_.lower() not in sent.rules.words("said_document_nouns") or sent.index == 0:
        return None
    ctx = sent.ctx
    rec = ctx.speaker_recs.get(sent.index - 1)
    if rec is None or not rec.get("actor_id") or rec.get("also") \
            or ctx.paragraph_index(ctx.sent_ranges[sent.index - 1][0]) != ctx.paragraph_index(tok.idx):
        return None
    lo = ctx.sent_ranges[max(0, sent.index - _DOCUMENT_REACH)][0]
    if any(t.lemma_.lower() == tok.lemma_.lower() for t in sent.doc[:tok.i] if t.idx >= lo):
        return None  # ``X issued a statement …``: that one (:func:`_earlier_document`), or two
    return copy_json(rec)


def _study_nearby(sent: Sentence, tok: Token) -> bool:
    """Whether a study word (``study_nouns``) comes before ``tok`` in its paragraph or the one
    before (``the findings`` three paragraphs after a survey are no longer its findings)."""
    ctx, kinds = sent.ctx, sent.rules.words("study_nouns")
    para = ctx.paragraph_index(tok.idx)
    for t in reversed(sent.doc[:tok.i]):
        if ctx.paragraph_index(t.idx) < para - 1:
            return False
        if t.lemma_.lower() in kinds and t.pos_ == "NOUN":
            return True
    return False


#: sentences back the nearest first mention of a document may win over older ones
_NEAR_REACH = 3


def _just_named_document(sent: Sentence, tok: Token, kind: str | None = None) -> dict | None:
    """``X wrote in an open letter that … ¶ "…," the letter said``: a document of the same kind
    named for the first time in the nearest sentence before that names one (or earlier in its
    own), up to ``_NEAR_REACH`` sentences back and in its paragraph or the one before, with one
    known author wins over one named further back (``a letter from a bank`` two paragraphs up;
    ``A coroner warned, in a report …`` ¶ ``In a report sent to X, he said …`` ¶ ``…`` ¶ ``The
    report said``: his); None when that sentence names two, or one without an author."""
    ctx = sent.ctx
    if not ctx.sent_ranges:
        return None
    for back in range(1, _NEAR_REACH + 1):  # the nearest sentence before that names one decides
        first = max(0, sent.index - back)
        mentions = _first_mentions(sent, tok, ctx.sent_ranges[first][0], kind)
        if mentions is None or mentions[1] or len(mentions[0]) > 1:
            return None
        if mentions[0]:
            return dict(next(iter(mentions[0].values())))
        if first == 0 or ctx.paragraph_index(ctx.sent_ranges[first][0]) < ctx.paragraph_index(tok.idx) - 1:
            return None
    return None


def _document_name(sent: Sentence, tok: Token) -> dict | None:
    """``according to Civic Pulse, a survey of 2,000 voters … The survey found``: a document
    named in apposition to a proper name goes by that name (the actor mention on it, else its words
    as written); None otherwise, or for a person or a place."""
    head = tok.head
    if tok.dep_ != "appos" or head.i > tok.i or head.pos_ != "PROPN":
        return None
    span = sent.ctx.actor_at.get(head.i)
    if span is not None:
        return None if is_person(span) or is_location(span) else sent.ctx.actor_record(span, "speaker")
    return {**noun_phrase(sent, head), "actor_id": None}


#: sentences back a generic ``the documents`` may refer to a list of documents
_LIST_REACH = 2


def _earlier_document_list(sent: Sentence, tok: Token) -> dict | None:
    """``according to internal emails, spreadsheets and memos reviewed by X. The documents
    show``: a plural generic document word (``generic_document_nouns``) is the one list of two or
    more document nouns of the last ``_LIST_REACH`` sentences (the list and its words as written,
    its author when it names one); None when there is none or two."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in sent.rules.words("generic_document_nouns"):
        return None
    ctx = sent.ctx
    lo = ctx.sent_ranges[max(0, sent.index - _LIST_REACH)][0] if ctx.sent_ranges else 0
    lists = [t for t in sent.doc[:tok.i] if t.idx >= lo and t.pos_ == "NOUN" and is_document_noun(sent, t)
             and not (t.dep_ in _LISTED and is_document_noun(sent, t.head))
             and ctx.section_at(t.idx) not in NOT_ANTECEDENT and _document_list(sent, t)]
    tsent = Sentence.holding(ctx, lists[0]) if len(lists) == 1 else None
    if tsent is None:
        return None
    words = [t for t in lists[0].subtree if tsent.inside(t)]
    left = _left_conjunct(tsent, words[0])
    start, end = whole_words(ctx.text, left.idx, words[-1].idx + len(words[-1].text))
    first = {"text": ctx.text[start:end], "start": start, "end": end}
    author = _author(tsent, lists[0]) or _publisher(tsent, lists[0])
    rec = _author_record(tsent, author) if author is not None else None
    return {**(rec or {**first, "actor_id": None}), "document": first}


_LISTED = ("conj", "appos")  # ``emails, spreadsheets and memos``: the parser hangs the second either way


def _left_conjunct(sent: Sentence, first: Token) -> Token:
    """The first word of a list of documents whose first conjuncts the parser hung elsewhere
    (``According to internal emails, spreadsheets and memos``: ``internal emails`` on ``to``):
    while a comma and a document noun stand just before ``first``, the list starts at that
    noun's first word; only a bare plural (``In the report, memos show``: no list)."""
    doc = sent.doc
    while first.i >= 2 and doc[first.i - 1].text == "," and _bare_plural_document(sent, doc[first.i - 2]):
        noun = doc[first.i - 2]
        first = min((c.left_edge for c in noun.children if c.i < noun.i), key=lambda t: t.i, default=noun)
    return first


def _bare_plural_document(sent: Sentence, tok: Token) -> bool:
    """``internal emails``: a plural document noun with no determiner, inside ``sent``."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and is_document_noun(sent, tok) and sent.inside(tok) \
        and not any(c.dep_ in ("det", "poss") for c in tok.children)


def _document_list(sent: Sentence, tok: Token) -> bool:
    """``tok`` heads a list of two or more document nouns."""
    return any(c.dep_ in _LISTED and is_document_noun(sent, c) for c in tok.children)


def _first_mentions(sent: Sentence, tok: Token, lo: int,
                    kind: str | None = None) -> tuple[dict[str, dict], list[Token]] | None:
    """The documents of ``tok``'s kind and number named for the first time from character ``lo``
    up to ``tok``: the author records by actor id or words, and the documents naming no author
    (a data noun modifying a document counts as that document: ``the bureau's state data
    release``); None when one has an author no record covers. ``kind``: documents of that kind,
    of any number, instead of ``tok``'s."""
    ctx, doc = sent.ctx, sent.doc
    want = _SAME_KIND.get(kind, kind) if kind else document_kind(tok)
    anykind = not kind and _any_document(sent, tok)
    found: dict[str, dict] = {}
    unauthored: list[Token] = []
    for i in range(tok.i - 1, -1, -1):
        t = doc[i]
        if t.idx < lo:
            break
        if (document_kind(t) != want and not (anykind and is_document_noun(sent, t))) \
                or not (kind or _same_number(t, tok)) or t.pos_ != "NOUN" \
                or ctx.section_at(t.idx) in NOT_ANTECEDENT or _modifier_only(sent, t) \
                or document_refused(t, sent.rules.documents.get(t.lemma_.lower())):
            continue
        tsent = Sentence.holding(ctx, t)
        if tsent is None:
            return None
        d = t.head if t.dep_ == "compound" and is_document_noun(tsent, t.head) else t
        author = _author(tsent, d) or _publisher(tsent, d) or _cosigners(tsent, d) or _split_possessor(tsent, d)
        rec = _author_record(tsent, author) if author is not None else None
        said_in = _said_in_speaker(tsent, d) if rec is None and not (author is not None and _indefinite(author)) else None
        if said_in is not None:  # ``In a letter to the paper, the firm's lawyer said``: that claim's speaker
            _keep_author(found, said_in, tsent, d)
            continue
        if author is None and _definite(d):
            continue  # a reference back itself
        kind_rec = _kind_author(tsent, d) if author is None else None  # ``A council report`` … ``The report``
        if kind_rec is not None:
            _keep_author(found, kind_rec, tsent, d)
            continue
        if author is None and not any(c.dep_ == "poss" for c in d.children):
            unauthored.append(d)
            continue
        if rec is None:
            return None
        _keep_author(found, rec, tsent, d)  # the earliest first mention read last wins
    return found, unauthored


def _said_in_speaker(sent: Sentence, tok: Token) -> dict | None:
    """``X said in a statement``, ``In a letter to ProPublica, the company's lawyer, Y, said``: the
    speaker already found for the reporting cue the ``in``
    phrase that holds the document hangs on (or on its subject: ``The family, in a statement,
    said``), a copy; None for a document named again (``said in the filing``), one in no ``in``
    phrase, or when no claim of that cue has a speaker. Not asked for a publishing subject with an
    indefinite article that no record covers (``a tribunal said in a decision``: not pinned down,
    :func:`_pinned_subject`; ``The family, in a statement, said`` is asked)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep" or _definite(tok):
        return None
    said, cue = sent.ctx.cue_speakers, prep.head
    if cue.idx not in said and cue.dep_ == "nsubj":
        cue = cue.head  # ``The family, in a statement read by their lawyer, said``
    return copy_json(said[cue.idx]) if cue.idx in said and sent.inside(cue) else None


def _keep_author(found: dict[str, dict], rec: dict, sent: Sentence, tok: Token) -> None:
    """Record ``rec`` as the author of the first mention ``tok`` (its words in ``rec["document"]``)."""
    rec["document"] = noun_phrase(sent, tok)
    found[rec.get("actor_id") or rec["text"]] = rec


def _publisher(sent: Sentence, tok: Token) -> Token | None:
    """``The agency released a report``, ``the ministry said in a statement``: the subject of
    the verb that published the document (its object, or its ``in`` phrase for a statement;
    ``publish_verbs`` word list), or of the verb that verb completes (``X began airing an ad``);
    of a passive one, its agent (``A letter was sent by X``)."""
    verb = tok.head
    if tok.dep_ == "nsubjpass" and verb.lemma_.lower() in sent.rules.words("publish_verbs"):
        return _agent_of(verb)  # ``A statement was issued in the name of 26 leaders``
    spender = _ad_spender(sent, tok)  # ``The coalition has spent $1.2 million on television ads that call …``
    if tok.dep_ == "pobj" and verb.lower_ == "in" and verb.dep_ == "prep":
        verb = verb.head
    elif spender is not None:
        verb = spender
    elif tok.dep_ != "dobj" or verb.lemma_.lower() not in sent.rules.words("publish_verbs"):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = child(verb, ("nsubj",))
    if subj is None and verb.dep_ == "xcomp":
        subj = child(verb.head, ("nsubj",))  # ``X began airing an ad``: the subject of the verb it completes
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # ``The campaign announced an ad buy and released a statement calling …``: the first verb's
        subj = sent.subject_token(verb.head).token
    return subj


def _one_ad(sent: Sentence, tok: Token) -> bool:
    """``One ad``, ``One television ad``: an ad (``ad_nouns``) picked out by ``one`` (no article),
    one of the ads named before (read as :func:`_earlier_document` reads ``the ads``)."""
    return tok.lemma_.lower() in sent.rules.words("ad_nouns") and not any(c.dep_ == "det" for c in tok.children) \
        and any(c.dep_ == "nummod" and c.lower_ == "one" and c.i == tok.left_edge.i for c in tok.children)


def _names_ads(sent: Sentence, rec: dict) -> bool:
    """Does the record's phrase name ads (a word of ``ad_nouns``), not who runs them?"""
    span = sent.ctx.record_span(rec)
    return span is not None and any(t.lemma_.lower() in sent.rules.words("ad_nouns") for t in span)


def _ad_spender(sent: Sentence, tok: Token) -> Token | None:
    """``spent $1.2 million on television ads``, ``has poured $2 million into ads``: the verb of
    spending (``ad_spending_verbs``) whose ``on``/``into`` phrase holds the ad (``ad_nouns``), also
    when the parser hangs ``on ads`` on the amount; who pays for the ad runs it. None for no such verb."""
    prep = tok.head
    verb = prep.head.head if prep.head.pos_ in ("NUM", "NOUN", "SYM") else prep.head  # "on" hung on "million"
    paid = tok.dep_ == "pobj" and prep.lower_ in ("on", "into") and prep.dep_ == "prep" \
        and tok.lemma_.lower() in sent.rules.words("ad_nouns") \
        and verb.lemma_.lower() in sent.rules.words("ad_spending_verbs")
    return verb if paid else None


def _owner_token(sent: Sentence, tok: Token) -> Token | None:
    """The possessor of a phrase that speaks for someone (``her aides``, ``X's allies``, ``the
    senator's spokesman``): the ``poss`` child of a ``representatives`` noun."""
    if tok.lemma_.lower() not in sent.rules.representatives and tok.lower_ not in sent.rules.representatives:
        return None
    return _possessor(tok)


def _possessor(tok: Token) -> Token | None:
    """The ``poss`` child of ``tok`` (``Hensley's`` in ``Hensley's aides``), else None."""
    return next((c for c in tok.children if c.dep_ == "poss"), None)


def _group_owner(ctx: DocContext, group: Span) -> Span | None:
    """``Whitfield's allies`` tagged as one group actor (``dana-whitfield-allies``): the last
    mention before it of the person whose following it is. Never a place: ``georgia`` is not the
    owner of the state's office (``georgia-secretary-of-state-office``)."""
    gid = (group._.norm or {}).get("actor_id") or ""
    best = None
    for span in ctx.spans:
        norm = span._.norm or {}
        aid = norm.get("actor_id")
        if span.label_ == "actor" and aid and gid.startswith(aid + "-") and span.start_char <= group.start_char \
                and span is not group and norm.get("type") != "location":
            best = span
    return best


def _owner(sent: Sentence, tok: Token) -> Span | None:
    """The entity a representative phrase speaks for: the antecedent of ``her``/``his``/``their``,
    the actor named as possessor (``Hensley's aides``), or the actor a description refers to
    (``the senator's spokesman``). None when it cannot be resolved."""
    poss = _owner_token(sent, tok)
    if poss is None:
        return None
    if poss.pos_ == "PRON":
        pronoun = POSSESSIVE_PRONOUNS.get(poss.lower_)
        if pronoun not in ("he", "she", "they"):
            return None
        return pronoun_antecedent(sent.ctx, poss, sent.index, pronoun)
    span = sent.ctx.actor_at.get(poss.i)
    if span is not None and span.start <= tok.i < span.end:  # one mention for the whole phrase
        return _group_owner(sent.ctx, span)
    return span or described_actor(sent, poss)


def _named_team(sent: Sentence, tok: Token, owner: Span) -> dict | None:
    """``his lawyers call the case 'a fairy tale'`` in an article that names them (``His lawyers,
    Miriam Sato and Carl Brennan, said``): the people in apposition to the same noun (rules
    ``named_teams``) of the same owner, the first the speaker, the others in ``also``."""
    ctx, oid = sent.ctx, _id(owner)
    if tok.lower_ not in sent.rules.words("named_teams") or oid is None:
        return None
    for t in (ctx.doc[i] for i in positions(ctx.doc, (tok.lower_,))):  # the tokens of that noun, not all
        other = Sentence.holding(ctx, t) if t.i != tok.i else None
        names = _apposed_people(other, t) if other is not None else []
        if names and _id(_owner(other, t) or names[0]) == oid:
            rec = ctx.actor_record(names[0], "speaker")
            rec["via"] = noun_phrase(sent, tok)
            if names[1:]:
                rec["also"] = [ctx.actor_record(sp, "speaker") for sp in names[1:]]
            return rec
    return None


def _apposed_people(sent: Sentence, tok: Token) -> list[Span]:
    """The people named in apposition to ``tok`` (``His lawyers, A and B,``), in text order."""
    out = []
    for c in tok.children:
        if c.dep_ == "appos" and _comma_before(c):
            for t in (c, *c.conjuncts):
                span = sent.ctx.actor_at.get(t.i)
                if span is not None and is_person(span) and span not in out:
                    out.append(span)
    return sorted(out, key=lambda sp: sp.start)


def _owned_body(sent: Sentence, tok: Token) -> dict | None:
    """``Her campaign said``, ``the Harrigan campaign said``: a representative phrase the actor
    layer found to be a body of its own (an organization, a government office, …) speaks as that organization (its ``owner`` the
    person it belongs to, when resolved); people who speak for someone (``her aides``) do not."""
    span = sent.ctx.actor_at.get(tok.i)
    if span is None or not _body_of_its_own(span) or _owner_token(sent, tok) is None:
        return None
    rec = sent.ctx.actor_record(span, "speaker")
    owner = _owner(sent, tok)
    if owner is not None and owner is not span:
        rec["owner"] = sent.ctx.actor_record(owner, "speaker")
    return rec


def _body_of_its_own(span: Span) -> bool:
    """An organization (``the Harrigan campaign``), or a body of another kind known by its name
    (``the state's Office of Workforce Analysis``); not an owned office as written (``Her office``
    speaks for her)."""
    kind = (span._.norm or {}).get("type")
    return kind == "organization" or (kind in _BODY_TYPES and span.root.pos_ == "PROPN")


def _named_mention(ctx: DocContext, span: Span) -> Span:
    """A description the actor layer resolved (``The senator`` → carla-mendes): the last
    mention of the same actor before it that is a name, in the body; else the span itself."""
    aid = (span._.norm or {}).get("actor_id")
    origin = ctx.origin(span)
    if not aid or span.root.pos_ == "PROPN" or origin.startswith("rule:role-"):
        return span  # ``The Austrian minister`` coded as the government is no name of it
    best = span
    in_body = ctx.section_at(span.start_char) not in NOT_ANTECEDENT
    for other in ctx.spans:
        if other.end_char > span.start_char:
            break
        if other.label_ == "actor" and (other._.norm or {}).get("actor_id") == aid \
                and other.root.pos_ == "PROPN" and not (in_body and ctx.section_at(other.start_char) in NOT_ANTECEDENT):
            best = other
    return best


def _resolved(sent: Sentence, span: Span, words: dict) -> dict:
    """The speaker record of ``span`` reached through ``words`` (kept in ``via`` when they differ)."""
    named = _named_mention(sent.ctx, span)
    rec = sent.ctx.actor_record(named, "speaker")
    if (named.start_char, named.end_char) != (words["start"], words["end"]):
        rec["via"] = words
    return rec


def _descriptions(rules: Rules) -> tuple[Description, ...]:
    """The actor layer's description rules (``actor_descriptions.jsonl`` of the claim component's
    rules folder); not the rows that fit only with a modifier naming the body (``modified``: ``the
    electoral body``)."""
    return rules.descriptions


def _as_actor(ctx: DocContext, span: Span) -> Actor:
    """An actor mention as the actor layer's record, for its description tests."""
    origin = ctx.origin(span)
    category = "group" if origin.startswith(("rule:group", "rule:collective-")) else ""
    return Actor(span.start, span.end, span._.norm or {}, origin, category=category)


def _fits_description(sent: Sentence, span: Span, head: Token) -> bool:
    """Could ``the <head>`` name the actor of ``span``? A person with that title (``Sen.`` for
    ``the senator``), else an actor the actor layer's description rules fit (``the agency``: a
    name with Agency, Administration or Service), else one whose name holds the noun."""
    noun = head.lemma_.lower()
    forms = sent.rules.titles.get(noun)
    if is_person(span):  # (not ``Spokesperson`` taken for a person: a title alone names nobody)
        return bool(forms) and not title_alone(span, sent.rules.title_words) and titled_before(sent.ctx, span, forms, head.idx)
    rules = [d for d in _descriptions(sent.rules) if noun in d.nouns or head.lower_ in d.nouns]
    if rules:
        actor = _as_actor(sent.ctx, span)
        plural = head.tag_ in ("NNS", "NNPS")
        kind_named = (span._.norm or {}).get("type") in ("organization", "government")  # Harlow Bank, no sector
        return any((fits_description(actor, d, plural) or d.kinds and kind_named)
                   and _said_fits(sent.ctx, span, d, head.idx) and not _other_body_between(sent.ctx, span, d, head)
                   for d in rules)
    return noun in actor_name_words(sent.ctx, span) and (span._.norm or {}).get("type") != "location"


def _other_body_between(ctx: DocContext, span: Span, desc: Description, head: Token) -> bool:
    """The actor layer's guards of ``nearest_body`` and ``yield_sectors`` (:func:`rival_body_named`)
    on the claim side, for the body ``span`` and the description ``head``: the mentions of other
    ids in this sentence or the one before, or between the body and the noun."""
    if not (desc.nearest_body or desc.yield_sectors):
        return False
    sent = head.sent
    since = head.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    aid = (span._.norm or {}).get("actor_id")
    named = [(other.start_char, other._.norm or {}) for other in ctx.spans_within(min(since, span.end_char), head.idx)
             if (other._.norm or {}).get("actor_id") != aid]
    return rival_body_named(desc, named, since, span.end_char - 1, {aid})


def _said_fits(ctx: DocContext, span: Span, desc: Description, before: int) -> bool:
    """The actor layer's ``_said_fits`` on the claim side: was the actor of ``span`` never named
    or described before ``before`` with a word of the row's ``except_words``, nor described with a
    phrase of its ``except_described`` (``the company`` is not Tamar Capital once the text called it
    ``the fund``; the World Wildlife Fund, so named, is ``the group``), and, for a row with ``kinds`` (``the
    bank``), named or described with one of them or of its nouns (Sable Bank, ``the lender``)? A
    retailer is no rival of ``the bank``, an organization so named is, whatever its sector."""
    if desc.except_described and not described_fits(_described_as(ctx, span, before), desc):
        return False  # "the company" is not Corvane Capital, "a London-based fund"; the World Wildlife Fund is
    if not (desc.kinds or desc.except_words):
        return True
    said = _words_said(ctx, span, before)
    return not said & set(desc.except_words) and (not desc.kinds or bool(said & {*desc.kinds, *desc.nouns}))


def _words_said(ctx: DocContext, span: Span, before: int) -> set[str]:
    """The lower-case words of the mentions of the actor of ``span`` that end before ``before``
    (``span`` alone when it has no id or none does), of the names they carry and of a noun set
    in apposition to them (``Corvane Capital, a London-based fund,``)."""
    aid = (span._.norm or {}).get("actor_id")
    mentions = [sp for sp in ctx.mentions_of(aid) if sp.end_char <= before] if aid else []
    return {w for sp in mentions or [span]
            for w in [t.lower_ for t in sp] + ((sp._.norm or {}).get("name") or "").lower().split()
            + [c.lower_ for c in sp.root.children if c.dep_ == "appos" and c.is_lower and c.pos_ == "NOUN"]}


def _described_as(ctx: DocContext, span: Span, before: int) -> set[str]:
    """The phrases (``fund``, ``short seller``) the text described the actor of ``span`` with in its
    mentions that end before ``before`` (:func:`~pipeline.components.actor_groups.mention_described`,
    as the actor layer reads them), never the words of its name."""
    aid = (span._.norm or {}).get("actor_id")
    mentions = [sp for sp in ctx.mentions_of(aid) if sp.end_char <= before] if aid else []
    return {p for sp in mentions or [span] for p in mention_described(ctx.doc, sp)}


def actor_name_words(ctx: DocContext, span: Span) -> set[str]:
    """The words of an actor mention and of its name, also without a plural ``s`` (``the
    association`` fits the American Trucking Associations); none for a description the actor
    layer resolved (``the speaker's problem``): its words name no one; only its own words for a
    body of an owner (``Harwell Bank's board``, named ``Harwell Bank board``: not ``the bank``)."""
    origin = ctx.origin(span)
    if origin == "rule:description":
        return set()
    name = "" if origin.startswith("rule:owned-member") else (span._.norm or {}).get("name") or ""
    words = [t.lower_ for t in span] + name.lower().split()
    return set(words) | {w[:-1] for w in words if w.endswith("s")}


def rival_antecedents(sent: Sentence, span: Span, head: Token) -> list[str]:
    """The actors the description ``the <head>`` fits as well as the one it was resolved to
    (``The EPA and the FDA reviewed the pesticide. The agency said …``): their ids and the
    chosen one's, in text order, when an actor of another id that the description fits was
    named after the start of the sentence of the chosen one's last mention; else []. Naming
    either would be a guess. A body read from a plural common noun (``rights groups``:
    :func:`~pipeline.components.actor_groups.plural_collective`) is no rival of a singular
    description (``the group``), as in the actor layer, nor is a platform that only modifies an owned
    thing (``on its Telegram channel``). A body of a fitting actor (its board: :func:`_owned_body_of`) is
    no rival of it."""
    aid = (span._.norm or {}).get("actor_id")
    ctx = sent.ctx
    before = [sp for sp in ctx.spans if sp.label_ == "actor" and sp.end_char <= head.idx
              and ctx.section_at(sp.start_char) not in NOT_ANTECEDENT]
    last = next((sp for sp in reversed(before) if (sp._.norm or {}).get("actor_id") == aid), None)
    if last is None or not aid:
        return []
    since = ctx.sent_ranges[ctx.sentence_index(last.start_char)][0] if ctx.sent_ranges else 0  # rival_window
    recent = [sp for sp in before if sp.start_char >= since]
    fitting = [sp for sp in recent if _id(sp) not in (aid, None) and _fits_description(sent, sp, head)
               and not owned_medium(ctx.doc, _as_actor(ctx, sp)) and not _rates(sent, sp, head)]  # "on its
    # Telegram channel", "Moody's affirmed its rating": no rival
    if head.tag_ not in ("NNS", "NNPS"):  # "Rights groups, among them the Centro X, … The group said": as the actor layer reads it
        fitting = [sp for sp in fitting if not plural_collective(ctx.doc, _as_actor(ctx, sp))]
    owners = [span, *fitting]
    rivals = {_id(sp) for sp in fitting if not any(_owned_body_of(sp, o, head) for o in owners)}
    if rivals and _carried(ctx, head, [sp for sp in recent if _id(sp) in rivals or _id(sp) == aid], aid):
        return []  # "Hollander said it would buy lens maker Saikawa. … the company said": the subject carried on
    if rivals and _named_with_words(ctx, span, aid, rivals):
        return []  # "The state news agency Tanjug … the state news agency": the words it was named with
    if rivals and _story_chosen(sent, head, before, recent, aid):
        return []  # "Chatchai said the company expected …": the story's company, as the actor layer chose it
    return list(dict.fromkeys(_id(sp) for sp in recent if _id(sp) in rivals or _id(sp) == aid)) if rivals else []


def _story_chosen(sent: Sentence, head: Token, before: list[Span], recent: list[Span], aid: str) -> bool:
    """Did the actor layer resolve a contested company description (a row of the business sector) to
    the one fitting subject of its own sentence or to the story's company
    (:func:`~pipeline.components.actor_groups.sentence_subject`, :func:`~pipeline.components.actor_groups.story_company`)?"""
    if not any(head.lower_ in d.nouns and "business" in d.sectors for d in _descriptions(sent.rules)):
        return False
    ctx = sent.ctx
    fits = [_as_actor(ctx, sp) for sp in before if _id(sp) == aid or _fits_description(sent, sp, head)]
    recent_fits = [a for a in fits if a.start >= min((sp.start for sp in recent), default=head.i)]
    chosen = sentence_subject(head.doc, head.i, recent_fits) or story_company(head.doc, head.i, fits)
    return chosen is not None and chosen.norm.get("actor_id") == aid


def _rates(sent: Sentence, span: Span, head: Token) -> bool:
    """Is ``span`` a body that rates the company ``the <head>`` names (the row's ``rater_of``:
    ``Moody's affirmed its Ba1 rating``, :func:`~pipeline.components.actor_groups.rater_mention`)?"""
    rated = frozenset(w for d in _descriptions(sent.rules) if head.lower_ in d.nouns for w in d.rater_of)
    return bool(rated) and rater_mention(sent.ctx.doc, _as_actor(sent.ctx, span), rated)


def _owned_body_of(rival: Span, chosen: Span, head: Token) -> bool:
    """Is ``rival`` a body of the actor of ``chosen`` (its board, its campaign, its youth wing: id
    ``<chosen id>-<noun>``, its name the chosen one's name and more words) that ``the <head>`` does
    not name by a word of its own? ``Corrin Bank's board approved …, the bank said``: the board is
    no rival of the bank; ``the board`` would name the board."""
    rid, aid = _id(rival) or "", _id(chosen) or ""
    name = ((rival._.norm or {}).get("name") or "").lower().split()
    owner = ((chosen._.norm or {}).get("name") or "").lower().split()
    return bool(aid and owner) and rid.startswith(aid + "-") and name[:len(owner)] == owner \
        and head.lower_ not in name[len(owner):] and head.lemma_.lower() not in name[len(owner):]


def _named_with_words(ctx: DocContext, span: Span, aid: str, rivals: set[str]) -> bool:
    """Does the description repeat, word for word, a description that a mention of the chosen actor
    carries (``the state news agency`` after ``The state news agency Tanjug``) and no mention of a
    rival does (``the Austria Press Agency`` is no *state news* agency)? Bare ``the agency``: no."""
    words = [t.lower_ for t in span if t.dep_ != "det" and not t.is_punct]
    if len(words) < 2:
        return False
    key = " " + " ".join(words) + " "

    def carries(actor_id: str) -> bool:
        return any(key in " " + " ".join(t.lower_ for t in ctx.doc[min(sp.start, sp.root.left_edge.i):sp.end]) + " "
                   for sp in ctx.mentions_of(actor_id) if sp.start_char < span.start_char and sp is not span
                   and any(t.pos_ == "PROPN" and t.lower_ not in words for t in sp))
    return carries(aid) and not any(carries(r) for r in rivals)


def _carried(ctx: DocContext, head: Token, fitting: list[Span], aid: str) -> bool:
    """Did the actor layer resolve the contested description to the sole main-clause subject of
    the sentence before, or to the one contested body whose name holds its noun
    (:func:`~pipeline.components.actor_groups.subject_or_named`)?"""
    chosen = subject_or_named(head.doc, head.i, [_as_actor(ctx, sp) for sp in fitting])
    return chosen is not None and chosen.norm.get("actor_id") == aid


def titled_before(ctx: DocContext, span: Span, forms: frozenset[str], before: int) -> bool:
    """Does a mention of this person before ``before`` carry one of the title ``forms``
    (``Stanković`` after ``Serbian Foreign Minister Nikola Stanković`` is a minister)?"""
    aid = (span._.norm or {}).get("actor_id")
    if titles_near(span) & forms:
        return True
    if not aid:
        return False
    key = (aid, forms)
    if key not in ctx.titled_at:  # where its first titled mention ends, found once per actor and title
        ctx.titled_at[key] = min((sp.end_char for sp in ctx.mentions_of(aid) if titles_near(sp) & forms), default=None)
    return ctx.titled_at[key] is not None and ctx.titled_at[key] <= before


def titles_before(span: Span) -> set[str]:
    """The lowercased words of a person mention and the two words before it (``Sen.``; ``Host:
    Ines Carvalho``), not past a comma (``Standing beside the spokesman, Tom Gallacher``: no
    spokesman; a post before a comma is an apposition's, :func:`titles_apposed`)."""
    doc = span.doc
    start = max(0, span.start - 2)
    for k in range(span.start - 1, start - 1, -1):
        if doc[k].text in (",", ";"):
            start = k + 1
            break
    return {t.lower_ for t in doc[start:span.end]}


def titles_near(span: Span) -> set[str]:
    """:func:`titles_before` and the post the mention carries in apposition (``Luca Moretti,
    Spokesperson for …``; ``the committee chair, Labor senator Tom Gallacher``)."""
    return titles_before(span) | titles_apposed(span)


def described_actor(sent: Sentence, tok: Token) -> Span | None:
    """``the senator`` after ``Sen. Maria Ortiz``, ``the ministry`` after ``the Foreign
    Ministry``: a definite description of one to three words refers to the last actor before it
    (in the body) that carries its title (``title`` rules) or whose name holds its noun. For
    descriptions the actor layer did not already resolve."""
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    words = [t for t in tok.subtree if sent.inside(t)]
    if det is None or det.lower_ != "the" or not _singular_noun(sent, tok) or len(words) > 3 or \
            any(c.dep_ in ("prep", "poss", "acl", "relcl", "appos", "nummod") for c in tok.children):
        return None
    starts, spans = _describable(sent, tok.lemma_.lower())
    need = _phrase_words(sent, tok, words) | _capital_modifiers(tok, words)
    for k in range(bisect_left(starts, tok.idx) - 1, -1, -1):
        if spans[k].end_char <= tok.idx and need <= actor_name_words(sent.ctx, spans[k]):
            guards = [d for d in _descriptions(sent.rules) if tok.lemma_.lower() in d.nouns]  # the board: not past a company
            return None if any(_other_body_between(sent.ctx, spans[k], d, tok) for d in guards) else spans[k]
    return None


def _capital_modifiers(tok: Token, words: list[Token]) -> set[str]:
    """The capitalised words before the noun of a description (``the Crown corporation``:
    {crown}): a body it names must hold them in its name (not the Canadian Broadcasting
    Corporation)."""
    return {t.lower_ for t in words if t.i < tok.i and t.dep_ != "det" and t.text[:1].isupper()}


def _singular_noun(sent: Sentence, tok: Token) -> bool:
    """A singular common noun, or a title written with a capital (``The Spokesman later told
    correspondents``, ``the Chair``: tagged as a proper noun)."""
    return tok.tag_ == "NN" or tok.tag_ == "NNP" and tok.lower_ in sent.rules.titles


def _phrase_words(sent: Sentence, tok: Token, words: list[Token]) -> set[str]:
    """The words of a description row's noun of several words that ``words`` end with (``the
    central bank``: {central, bank}; ``the state news agency``): a body a description names by
    such a phrase must hold all of them in its name (the Central Bank of Nigeria), not the noun
    alone (``the central bank`` is not Nordhafen Bank, a lender); empty for any other description."""
    said = [t.lower_ for t in words if t.i <= tok.i]
    phrases = {n for d in _descriptions(sent.rules) for n in d.nouns if " " in n and n.split()[-1] == tok.lower_}
    found = [n.split() for n in phrases if said[-len(n.split()):] == n.split()]
    return set(max(found, key=len)) if found else set()


def _describable(sent: Sentence, noun: str) -> tuple[list[int], list[Span]]:
    """The actors (in text order, with their starts) a description by ``noun`` may name: persons
    who carry its title, bodies whose name holds it (body text only); found once per noun and
    document, so that every description is a bisection."""
    known = sent.ctx.described.get(noun)
    if known is not None:
        return known
    forms = sent.rules.titles.get(noun)
    spans = []
    for span in sent.ctx.spans:
        if span.label_ != "actor" or sent.ctx.section_at(span.start_char) in NOT_ANTECEDENT:
            continue
        names = actor_name_words(sent.ctx, span)
        if (forms and is_person(span) and titles_near(span) & forms and not title_alone(span, sent.rules.title_words)) or \
                (not is_person(span) and noun in names and (span._.norm or {}).get("type") != "location"
                 and span.root.tag_ not in ("NNS", "NNPS")):  # ``the senator``: not ``two senators``
            spans.append(span)
    sent.ctx.described[noun] = ([sp.start_char for sp in spans], spans)
    return sent.ctx.described[noun]


def speaker_for_token(sent: Sentence, tok: Token, skip: Token | None = None) -> dict | None:
    """The speaker named by the phrase headed by ``tok``: the actor mention covering its head
    (with conjoined co-speakers in ``also``; a description such as ``the senator`` gives the
    named mention, the words in ``via``), the person named in apposition (``a spokeswoman,
    Priya Raman``), a document (its named author, the document in ``via``), the entity a
    representative speaks for (``her office``, ``Hensley's aides``: the words in ``via``), else
    the whole phrase as written (``a person familiar with the talks``; ``affiliation`` and its
    ``actor_id``: the actor named inside the phrase, as in ``Russian sources``; a description two
    actors fit stays the phrase, their ids in ``candidates``). None for a label that is no speaker
    (``Q:`` in a transcript)."""
    if sent.ctx.is_excluded(tok.idx):
        return None
    tok = _member_aside_group(sent, tok) or tok
    if (is_document_noun(sent, tok) or is_document_part(sent, tok)) and sent.ctx.actor_at.get(tok.i) is None:
        return _document_speaker(sent, tok, skip)
    rec = _study_authors(sent, tok, skip)
    if rec is not None:  # ``A study led by X found … the authors cautioned``: X
        return rec
    voice = _owner_voice(sent, tok)
    if voice is not None:  # ``Codelco's board said``: Codelco, the board's words in ``via``
        return _resolved(sent, voice, noun_phrase(sent, tok, skip))
    rec = _represented_speaker(sent, tok, skip) or aged_role(sent, tok)
    if rec is not None:  # ``her office``; ``the 58-year-old, a crane driver``: the driver
        return rec
    return _head_speaker(sent, tok, skip, _head_actor(sent, tok))


def _owner_voice(sent: Sentence, tok: Token) -> Span | None:
    """The owner a body speaks for (rules ``owner_voice_bodies``: ``Codelco's board said``, ``the
    IMF's executive board … said``; not ``its board``, left as it was): every gold set gives the owner as the
    speaker, though the actor layer keeps the board as a body of its own. None for any other
    phrase, or when the owner is not resolved."""
    poss = _possessor(tok)
    bodies = sent.rules.words("owner_voice_bodies")  # by lemma, or as written (``executives``, not one ``executive``)
    if (tok.lemma_.lower() not in bodies and tok.lower_ not in bodies) or poss is None or poss.pos_ == "PRON":
        return None
    owner = sent.ctx.actor_at.get(poss.i) or described_actor(sent, poss)
    return owner if owner is not None and owner is not sent.ctx.actor_at.get(tok.i) else None


def _among_them(sent: Sentence, tok: Token) -> bool:
    """``Means among them``: a word marked as one member of a group named before it (rules
    ``member_aside_preps`` and ``member_aside_pronouns``)."""
    preps = sent.rules.words("member_aside_preps")
    among = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i), None)
    pobj = child(among, ("pobj",)) if among is not None else None
    return pobj is not None and pobj.lower_ in sent.rules.words("member_aside_pronouns")


def _member_aside_group(sent: Sentence, tok: Token) -> Token | None:
    """``37 homeowners, Means among them, sued``: a subject marked as one member of the plural
    noun set off by a comma before it (``among them``) is an aside; the group is the source (its
    head noun). None for any other subject."""
    if not _among_them(sent, tok) or tok.i - 2 < sent.lo or sent.doc[tok.i - 1].text != ",":
        return None
    group = sent.doc[tok.i - 2]
    return group if group.tag_ in ("NNS", "NNPS") else None


def _represented_speaker(sent: Sentence, tok: Token, skip: Token | None) -> dict | None:
    """The person named in apposition (``a spokeswoman, Priya Raman``), the court a court's bench
    or description stands for (claim_courts.py), the body an owner's phrase names, the team the
    article names (``his lawyers``), or the agents of an owner (:func:`_owner_speaker`: ``his
    lawyer``, ``her aides``); else None."""
    rec = _named_apposition(sent, tok)
    if rec is not None:
        rec["via"] = noun_phrase(sent, tok, skip)
        return rec
    court = court_of_bench(sent, tok)
    if court is not None:  # ``the three-member panel found``, ``the UN's top court said``: the court named
        return _resolved(sent, court, noun_phrase(sent, tok, skip))
    body = _owned_body(sent, tok)
    if body is not None:  # ``Peru's Ombudsman's Office``: the words as written in ``via``
        phrase = noun_phrase(sent, tok, skip)
        if phrase["text"] != body.get("text"):
            body.setdefault("via", phrase)
        return body
    owner = _owner(sent, tok)
    team = _named_team(sent, tok, owner) if owner is not None else None
    if team is not None:  # ``his lawyers`` the article names: those people
        return team
    return _owner_speaker(sent, tok, skip, owner) if owner is not None else None


def _owner_speaker(sent: Sentence, tok: Token, skip: Token | None, owner: Span) -> dict:
    """The speaker of agents of ``owner`` (``his lawyer``, ``her aides``, ``His office``): the one
    person named as that owner's holder of the role, else the owner they speak for (the words
    in ``via``)."""
    holder = _role_holder(sent, tok, owner)
    if holder is not None:  # ``his lawyer`` after ``Defence lawyer Lovro Šimunić``: that person
        rec = sent.ctx.actor_record(holder, "speaker")
        rec["via"] = noun_phrase(sent, tok, skip)
        return rec
    rec = _resolved(sent, owner, noun_phrase(sent, tok, skip))  # ``her aides``: the person they speak for
    rec.setdefault("via", noun_phrase(sent, tok, skip))
    return rec


def _role_holder(sent: Sentence, tok: Token, owner: Span) -> Span | None:
    """The one person the article names as ``owner``'s holder of the role ``tok`` names (``his
    lawyer``: ``X's lawyer, Ana Ruiz``; ``Defence lawyer Lovro Šimunić`` when no holder of another
    principal is named); None when none, or more than one, fits."""
    roles = sent.rules.agent_roles
    role = roles.get(tok.lower_) if tok.tag_ not in ("NNS", "NNPS") else None
    if role is None or _id(owner) is None:
        return None
    own, free, other = {}, {}, False
    for span in sent.ctx.spans:
        noun = _role_noun(span, roles, role) if span.label_ == "actor" and is_person(span) else None
        if noun is None or _id(span) in (None, _id(owner)) or noun.i == tok.i:
            continue
        its = _holder_principal(sent.ctx, noun, span)
        if its is False:
            free.setdefault(_id(span), span)
        elif its == _id(owner):
            own.setdefault(_id(span), span)
        else:
            other = True
    if not own and (other or _other_party(sent, {_id(owner), *free})):
        return None  # ``Defence lawyer X`` in a trial of two: whose lawyer is unknown
    found = own or free
    return next(iter(found.values())) if len(found) == 1 else None


def _other_party(sent: Sentence, ids: set[str | None]) -> bool:
    """Whether the article names a person besides ``ids`` who is a party to a case and may have a
    lawyer or spokesperson of their own: the object of ``accuse``, ``charge``, ``sue``
    (``party_object_verbs``), the subject of ``deny``, ``plead`` (``party_subject_verbs``), also as a
    member of a list (``accuse Marko Horvat and Ivan Kovač``)."""
    objects, subjects = sent.rules.words("party_object_verbs"), sent.rules.words("party_subject_verbs")
    for span in sent.ctx.spans:
        if span.label_ != "actor" or not is_person(span) or _id(span) in ids:
            continue
        root = list_head(span.root, ("conj", "appos"))
        verb = root.head.lemma_.lower()
        if (root.dep_ in ("dobj", "nsubjpass") and verb in objects) or (root.dep_ == "nsubj" and verb in subjects):
            return True
    return False


def _role_noun(span: Span, roles: dict[str, str], role: str) -> Token | None:
    """The role word tied to a person mention: a title before the name (``Defence lawyer Lovro
    Šimunić``), the noun the name is apposed to (``Vanstone's spokeswoman, Ana Ruiz``) or the noun
    apposed to the name (``Ana Ruiz, a spokeswoman for Vanstone``)."""
    doc, root = span.doc, span.root
    cands = [doc[span.start - 1]] if span.start > 0 else []
    cands += [root.head] if root.dep_ == "appos" else []
    cands += [c for c in root.children if c.dep_ == "appos"]
    return next((t for t in cands if t.tag_ not in ("NNS", "NNPS") and roles.get(t.lower_) == role), None)


def _holder_principal(ctx: DocContext, noun: Token, span: Span) -> str | None | bool:
    """The actor id of the principal a role word names (its possessor, or the object of its
    ``for``/``to``/``of``), else the one the holder's relative clause names (``Lovro Šimunić, who
    represents Horvat``: :func:`_represented_in_relative`); False when none is named; None when
    one is, with no id."""
    named = _represented_in_relative(ctx, span)
    if named is not None:
        return _id(named)
    sent = Sentence.holding(ctx, noun)
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and sent is not None:
        span = _owner(sent, noun) if noun.lower_ in sent.rules.representatives else None
        span = span or ctx.actor_at.get(poss.i)
        return _id(span) if span is not None else None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "of")), None)
    pobj = child(prep, ("pobj",)) if prep is not None else None
    if pobj is None:
        return False
    span = ctx.actor_at.get(pobj.i)
    return _id(span) if span is not None else None


def _represented_in_relative(ctx: DocContext, span: Span) -> Span | None:
    """The actor a relative clause on a role holder names as its principal: the object of a verb
    of representing (``principal_verbs``: ``who represents Horvat``) or of its ``for`` (``who acts
    for Horvat``); None when there is none, or it is no actor mention."""
    verbs = ctx.rules.words("principal_verbs")
    for rel in (c for c in span.root.children if c.dep_ == "relcl" and c.lemma_.lower() in verbs):
        obj = child(rel, ("dobj",))
        prep = next((c for c in rel.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        obj = obj if obj is not None else (child(prep, ("pobj",)) if prep is not None else None)
        if obj is not None:
            return ctx.actor_at.get(obj.i)
    return None


def _head_actor(sent: Sentence, tok: Token) -> Span | None:
    """The actor mention at ``tok`` (or found for a capitalised name), not a possessor's."""
    span = sent.ctx.actor_at.get(tok.i)
    if span is None and tok.pos_ == "PROPN" and not tok.is_lower:
        span = sent.actor_for_token(tok)
        if span is not None and span.root.dep_ == "poss":
            span = None  # ``Malawi's Electoral Commission`` is not Malawi: the phrase, below
    return span


def _head_speaker(sent: Sentence, tok: Token, skip: Token | None, span: Span | None) -> dict:
    """The speaker of the phrase at ``tok`` given the actor mention at its head (``span``, or
    None): the phrase as written, a contested or joint phrase, a description, or the mention."""
    owner = channel_owner(sent, tok) if span is None or span.root.pos_ != "PROPN" else None
    if owner is not None:  # ``the channel wrote``: the blogger whose Telegram channel it is
        return _resolved(sent, owner, noun_phrase(sent, tok, skip))
    member = described_member(sent, tok) if span is None else None
    if member is not None:  # ``One of them, a member of the Freedom Caucus,``: that description
        return {**_one_phrase_speaker(sent, member, skip), "via": noun_phrase(sent, tok, skip)}
    sources = described_sources(sent, tok) if span is None or span.root.pos_ != "PROPN" else []
    if len(sources) == 1:  # ``the diplomat`` after ``A European diplomat briefed on the talks said``
        return referent_speaker(sent, tok, skip, sources[0])
    if sources:  # ``an analyst at X … an analyst at Y … the analyst``: as written, no actor
        return {**_phrase_speaker(sent, tok, skip), "actor_id": None}
    if span is not None and _staff_of_person(sent, span):
        return _phrase_of_staff(sent, tok, skip, span)  # ``One Okafor adviser``: not Okafor
    if span is not None and _unnamed_with_tail(sent, span, tok):
        return _unnamed_own_id(sent, _phrase_speaker(sent, tok, skip), span)  # ``A spokesman for the chancellery``: as written
    rivals = _contested(sent, span) if span is not None else []
    if rivals:
        return _contested_phrase(sent, tok, skip, rivals)  # ``The EPA and the FDA …. The agency said``
    if span is not None and _unnamed_group(sent, span) and not _owned_group(sent, tok, skip, span):
        span = None  # ``Two diplomats familiar with the talks``: the whole phrase, below
    holder = _titled_body_holder(sent, tok, span)
    if holder is not None:  # ``the Special Rapporteur`` the tagger made a body: the one holder named
        return _resolved(sent, holder, noun_phrase(sent, tok, skip))
    joint = joint_pair(sent, tok) if span is None else None
    if joint is not None:
        return _joint_speaker(sent, tok, skip, joint)  # ``the two senators said``
    if span is None:
        return _described_speaker(sent, tok, skip)
    return _mention_speaker(sent, tok, skip, span)


def _titled_body_holder(sent: Sentence, tok: Token, span: Span | None) -> Span | None:
    """The one person named with the role (:func:`role_holder`) when the mention at ``tok`` is a
    mention of the role's words alone that the tagger made an actor of its own (``the Special
    Rapporteur`` an organization, ``The Ombudsman`` a person) after ``Elise van den Akker, Special
    Rapporteur on …``; else None."""
    if span is None or span.root.i != tok.i or span.end != tok.i + 1 or span.start < tok.left_edge.i:
        return None
    name = ((span._.norm or {}).get("name") or span.text).lower().removeprefix("the ")
    if name != span.text.lower().removeprefix("the "):
        return None  # a body named more fully (``the Executive`` of the Northern Ireland Executive)
    holder = role_holder(sent, tok)
    if holder is None or _id(holder) == _id(span):
        return None
    rivals = set(rival_antecedents(sent, holder, tok)) - {_id(holder), _id(span)}  # not the role's own body
    return None if rivals else holder


def _described_speaker(sent: Sentence, tok: Token, skip: Token | None) -> dict:
    """A phrase no actor mention heads: the unnamed source it refers back to (``two of the
    people``), the one actor a description fits (``the senator``), else the phrase as written
    (with the rivals' ids when two fit)."""
    antecedent = anonymous_antecedent(sent, tok)
    if antecedent is not None:  # ``two of the people said``: the people named before
        return referent_speaker(sent, tok, skip, antecedent)
    group = named_group(sent, tok)
    rec = _named_group_speaker(sent, tok, skip, group) if group is not None else None
    if rec is not None:  # ``Seventeen of 20 economists surveyed by Bloomberg``: those economists
        return rec
    span = described_actor(sent, tok) or role_holder(sent, tok)  # ``the state's chief minister``: the one holder
    rivals = rival_antecedents(sent, span, tok) if span is not None else []
    if span is not None and not rivals:
        return _resolved(sent, span, noun_phrase(sent, tok))
    return _contested_phrase(sent, tok, skip, rivals)


def _named_group_speaker(sent: Sentence, tok: Token, skip: Token | None, group: Token) -> dict | None:
    """``Seventeen of 20 economists surveyed by Bloomberg said``, ``One of the former officials
    said`` (no source before that the words fit): the group the partitive's own ``of`` phrase
    names (``group``, :func:`claim_partitives.named_group`). An actor the actor layer made of it
    (not of a common noun alone) is the speaker, the whole words in ``via``; else the words as
    written stay the speaker (a later ``they`` copies them), named by the group's description
    without its count (``norm.name`` ``economists surveyed by Bloomberg``, ``norm.via``
    ``partitive-group``). None (the phrase as written) for a person or a phrase of an actor."""
    span = _head_actor(sent, group)
    if span is not None and not _unnamed_group(sent, span):  # (``analysts`` alone names nobody: the words, below)
        return None if is_person(span) else _resolved(sent, span, noun_phrase(sent, tok, skip))
    rec = _phrase_speaker(sent, tok, skip)
    end = min(rec["end"], group.right_edge.idx + len(group.right_edge.text))
    phrase = sent.ctx.doc.char_span(group_start(group), end, alignment_mode="expand")
    name = group_description(phrase) if phrase is not None and rec["start"] <= phrase.start_char else None
    if not name or rec.get("actor_id") is not None or "norm" in rec or "also" in rec:
        return None
    rec["norm"] = phrase_norm(name, "partitive-group", "group")
    return rec


def _mention_speaker(sent: Sentence, tok: Token, skip: Token | None, span: Span) -> dict:
    """The speaker an actor mention names: a list of names as written (``Hale and Foreign
    Minister Daccache``, the rest in ``also``), else the mention with its co-speakers."""
    listed = _listed_mentions(sent, tok, skip)
    span = listed[0] if listed else span
    words = {"text": span.text, "start": span.start_char, "end": span.end_char}
    rec = _resolved(sent, span, words)
    if listed:  # ``Hale and Lebanese Foreign Minister Elie Daccache``: the list as written
        rec["via"] = noun_phrase(sent, tok, skip)
    elif rec.get("via", words) == words:  # the mention's own words: the whole phrase when wider
        rec.update(_wider_phrase(sent, tok, span, skip))
    also = _co_speakers(sent, span)
    ids = {rec.get("actor_id")} | {a.get("actor_id") for a in also}
    also += [sent.ctx.actor_record(sp, "speaker") for sp in listed[1:] if _id(sp) not in ids]
    if also:
        rec["also"] = also
    return rec


_LIST_GAP = re.compile(r"(?:\s*,)?\s+and\s+|\s*,\s*")


def _listed_mentions(sent: Sentence, tok: Token, skip: Token | None) -> list[Span]:
    """``Hale and Lebanese Foreign Minister Elie Daccache said``, parsed with ``Hale`` as a
    modifier of the second name: a source phrase that is nothing but actor mentions (no place)
    joined by commas and ``and`` lists them all, in text order (else ``[]``)."""
    phrase = noun_phrase(sent, tok, skip)
    spans = sorted((sp for sp in sent.ctx.spans if sp.label_ == "actor"
                    and phrase["start"] <= sp.start_char and sp.end_char <= phrase["end"]),
                   key=lambda sp: sp.start_char)
    if len(spans) < 2 or spans[0].start_char != phrase["start"] or spans[-1].end_char != phrase["end"] \
            or any(is_location(sp) for sp in spans):
        return []
    text = sent.ctx.text
    gaps = [text[a.end_char:b.start_char] for a, b in zip(spans, spans[1:])]
    if not all(_LIST_GAP.fullmatch(g) for g in gaps) or "and" not in gaps[-1]:
        return []
    return spans


_SAME_NOUN = {"person": "people"}  # ``the person`` after ``three people familiar with the matter``
_ANTECEDENT_PARAGRAPHS = 3  # how far back (paragraphs) the group a referent picks from may be
_SAME_REFERENT_PARAGRAPHS = 8  # the same for ``the same people``, which says it names one met before


def _antecedent_reach(ref: Token) -> int:
    """How many paragraphs back the source of the referent ``ref`` may be: further for ``the
    same officials`` (the words say that source was quoted before) than for ``the officials``."""
    same = any(c.dep_ == "amod" and c.lower_ == "same" for c in ref.children)
    return _SAME_REFERENT_PARAGRAPHS if same else _ANTECEDENT_PARAGRAPHS


def _referent(sent: Sentence, tok: Token) -> Token | None:
    """The noun (or ``them``) of a phrase that refers back to an unnamed source: ``the person``,
    ``the officials``, ``two of the people``, ``one of them``, ``the`` + any plural noun (``the
    homeowners``); None for any other phrase."""
    if bare_member(tok) or other_member(tok):
        return tok  # ``"…," said one``, ``The other said``: a member of the plural source before it
    if tok.lower_ in sent.rules.words("partitive_heads"):
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None or obj.lower_ in ("them", "those"):
            return obj
        tok = obj
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in ("the", "these", "those") or tok.pos_ != "NOUN":
        return None
    if tok.lemma_.lower() in sent.rules.words("source_referent_nouns"):
        return tok
    return tok if det.lower_ == "the" and tok.tag_ == "NNS" else None  # ``the homeowners``: :func:`_fits_referent`


def _written(rec: dict) -> dict:
    """The words as written of a speaker record: its ``via`` when it has one, else itself."""
    return rec.get("via") or rec


def _record_tokens(ctx: DocContext, rec: dict) -> tuple[Span | None, Span | None]:
    """The tokens of a speaker record's words as written and of the source it names."""
    words = _written(rec)
    return (ctx.doc.char_span(words["start"], words["end"], alignment_mode="expand"),
            ctx.record_span(rec))


def _noun_key(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    return _SAME_NOUN.get(lemma, lemma)


def _fits_referent(ref: Token, span: Span, rules: Rules) -> bool:
    """Can ``ref`` refer back to the source written ``span``? ``them``: a plural source; a plural
    noun of no ``source_referent_nouns``: a plural source with that head; a noun of them:
    a source phrase with that noun (``person`` fits ``people``; a plural noun only a plural
    source) and every other content word of the referent (``the people familiar with the
    matter``)."""
    if ref.pos_ == "PRON" or bare_member(ref):  # (``The other``: :func:`anonymous_antecedent` returned already)
        return span.root.tag_ in ("NNS", "NNPS") or _postpositive_plural(span.root, rules)
    if ref.lemma_.lower() not in rules.words("source_referent_nouns"):
        # any other plural (``the homeowners`` after ``37 homeowners … alleging``): a source of that head
        return span.root.tag_ == "NNS" and _noun_key(span.root) == _noun_key(ref)
    if ref.tag_ in ("NNS", "NNPS") and span.root.tag_ not in ("NNS", "NNPS"):
        return False  # ``the officials`` are not ``a senior official`` (``the person`` may be one of ``people``)
    words = {t.lower_ for t in span} | {_noun_key(t) for t in span}
    extra = {t.lower_ for t in ref.subtree if t.i != ref.i and t.is_alpha and not t.is_stop}
    return (_noun_key(ref) in words or _people_of(ref, span, rules)) and extra <= words


def _postpositive_plural(root: Token, rules: Rules) -> bool:
    """``state attorneys general``: a head written after the plural noun of its group (rules
    ``postpositive_plural_heads``), so the group is plural though ``general`` is not."""
    before = root.doc[root.i - 1] if root.i > 0 else None
    return root.lower_ in rules.words("postpositive_plural_heads") and before is not None \
        and before.head == root and before.tag_ == "NNS"


def _people_of(ref: Token, span: Span, rules: Rules) -> bool:
    """``those people`` after ``a dozen officials, lawmakers and lobbyists``: plural ``people`` with a
    demonstrative (``people_demonstratives``) or in a partitive (``Several of the people``) refers back to any plural source of people (a
    ``person_nouns`` or ``people_group_nouns`` head); ``the same people`` keeps to sources called people."""
    noun = span.root.lemma_.lower()
    return ref.tag_ == "NNS" and _noun_key(ref) == "people" and span.root.tag_ == "NNS" and \
        (ref.head.lower_ == "of" or any(c.dep_ == "det" and c.lower_ in rules.words("people_demonstratives")
                                        for c in ref.children)) and \
        (noun in rules.person_nouns or noun in rules.words("people_group_nouns"))


def anonymous_antecedent(sent: Sentence, tok: Token) -> dict | None:
    """``the person said``, ``one of them said``, ``according to two of the people`` (wire copy
    referring back to an unnamed source): the speaker record of the last source of an earlier
    sentence (at most three paragraphs back) that the words fit, when that source is unnamed
    (a common noun: ``three people familiar with the matter``, ``two party officials``); None
    when the last fitting source is a named one (``Democrats said … One of them``)."""
    ref = _referent(sent, tok)
    if ref is None:
        return None
    if other_member(ref):
        return _first_member_before(sent, ref)
    ctx = sent.ctx
    para = ctx.paragraph_index(tok.idx)
    for rec in map(actor_group_of, reversed(ctx.speakers_said)):  # (a member: its group)
        at = _written(rec)["start"]
        if at >= sent.start_char or one_person_member(rec):
            continue  # (one member of a group of no actor: written as its kind, the group's own record is before it)
        if para - ctx.paragraph_index(at) > _antecedent_reach(ref):
            return None
        written, own = _record_tokens(ctx, rec)
        if written is None or own is None or too_few(tok, own, sent.rules) \
                or not (_fits_referent(ref, written, sent.rules) or _fits_referent(ref, own, sent.rules)):
            continue  # (``Several of the people``: not ``Two people who attended``)
        if bare_member(ref) and not bare_member_reaches(sent, ref, written.end_char):
            return None  # ``said one``: only the group just before, none past another crowd
        root = own.root
        common = root.pos_ == "NOUN" or root.lower_ in sent.rules.words("source_referent_nouns")  # (``People`` misread as a name)
        return rec if common and root.lemma_.lower() not in sent.rules.documents else None
    return None


def _first_member_before(sent: Sentence, ref: Token) -> dict | None:
    """``The other said`` (``ref``): the record of the member ``one`` (``One of the people
    said``, ``one of them said``) of the last sentence before this one that quotes a source (its
    content may quote others: ``… said at least four donors had threatened``), in the same
    paragraph or the one before; None otherwise (``Two senators said … Senator Moss said … The
    other said``: no member there, the words as written)."""
    ctx = sent.ctx
    before = sorted((r for r in ctx.speakers_said if _written(r)["start"] < sent.start_char),
                    key=lambda r: _written(r)["start"])
    if not before:
        return None
    last = ctx.doc.char_span(_written(before[-1])["start"], _written(before[-1])["end"], alignment_mode="expand")
    if last is None:
        return None
    line = last.sent
    members = [r for r in before if line.start_char <= _written(r)["start"] < line.end_char and _one_member(r)]
    if not members or ctx.paragraph_index(ref.idx) - ctx.paragraph_index(line.start_char) > 1:
        return None
    return members[0]


def _one_member(rec: dict) -> bool:
    """A speaker record of the member ``one`` of a group (``One of the people``, ``one of them``)."""
    words = _written(rec)["text"].split()
    return ((rec.get("norm") or {}).get("via")) == "partitive" and bool(words) and words[0].lower() == "one"


_INDEFINITE_DETS = frozenset({"a", "an", "one", "another"})  # how a description introduces a source of no name (``One Republican senator``, ``Another economist``)


def _definite_description(tok: Token) -> bool:
    """``the diplomat``, ``the fund manager``, ``the former operations lead``: ``the`` + a singular
    common noun with modifiers at most (no possessor, complement or clause of its own)."""
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    return det is not None and det.lower_ == "the" and tok.pos_ == "NOUN" and tok.tag_ == "NN" \
        and not any(c.dep_ in ("poss", "prep", "relcl", "acl", "appos", "nummod") for c in tok.children)


def _introduces(sent: Sentence, written: Span, ref: Token) -> bool:
    """Did the source phrase ``written`` (``A European diplomat briefed on the talks``) introduce
    the source ``ref`` refers back to (``the diplomat``)? Its head is ``a``/``an`` + the same
    singular noun (no document), and it holds every content word that modifies ``ref``
    (``the former diplomat`` does not refer back to ``a diplomat``)."""
    root = written.root
    det = next((c for c in root.children if c.dep_ == "det" or c.dep_ == "nummod" and c.lower_ == "one"), None)
    if det is None or det.lower_ not in _INDEFINITE_DETS or root.tag_ != "NN" or root.pos_ != "NOUN" \
            or root.lemma_.lower() != ref.lemma_.lower() or root.lemma_.lower() in sent.rules.documents:
        return False
    words = {t.lower_ for t in written}
    extra = {t.lower_ for t in ref.subtree if t.i != ref.i and t.is_alpha and t.dep_ != "det"}  # (``former`` is a stop word)
    return extra <= words


def described_sources(sent: Sentence, tok: Token) -> list[dict]:
    """``the diplomat said`` after ``A European diplomat briefed on the talks said``: the speaker
    records of the earlier sources (at most three paragraphs back, one per phrase, last first)
    that a description with the same head noun introduced with ``a``/``an`` (:func:`_introduces`),
    none past a nearer source with that noun named or definite. One names the source; two (``an analyst at X … an analyst at Y … the analyst``) make it a guess."""
    if not _definite_description(tok):
        return []
    ctx = sent.ctx
    para = ctx.paragraph_index(tok.idx)
    found: dict[int, dict] = {}
    for rec in reversed(ctx.speakers_said):
        at = _written(rec)["start"]
        if at >= sent.start_char:
            continue
        if para - ctx.paragraph_index(at) > _ANTECEDENT_PARAGRAPHS:
            break
        written, _ = _record_tokens(ctx, rec)
        if written is not None and _introduces(sent, written, tok):
            found.setdefault(at, rec)
        elif written is not None and _same_head_noun(written, tok):
            break  # ``French diplomat Jean Dupont said``: the nearer diplomat, named or definite
    return list(found.values())


def _same_head_noun(written: Span, ref: Token) -> bool:
    """Is ``ref``'s noun the head of the source phrase ``written`` or a word on its head
    (``the diplomat``, ``French diplomat Jean Dupont``)?"""
    root = written.root
    nouns = {ref.lemma_.lower(), ref.lower_}
    return any((t.lemma_.lower() in nouns or t.lower_ in nouns) and (t == root or t.head == root) for t in written)


def referent_speaker(sent: Sentence, tok: Token, skip: Token | None, antecedent: dict) -> dict:
    """The earlier source a referent names (:func:`anonymous_antecedent`), the words in ``via``."""
    rec = group_record(copy_json(antecedent))
    for key in ("via", "also", "candidates"):
        rec.pop(key, None)
    rec["via"] = noun_phrase(sent, tok, skip)
    _, own = _record_tokens(sent.ctx, rec | {"via": None})
    kind = kind_words(own) if own is not None and one_member(tok) else None
    return name_member(rec, member_name(sent, tok, own), kind)  # ``person familiar with the matter``


def _joint_speaker(sent: Sentence, tok: Token, skip: Token | None, joint: tuple[list[Span], list[str]]) -> dict:
    """``the two senators`` (``joint``: what :func:`joint_pair` found for it): the one named first,
    the other in ``also``, the words in ``via``; a third that fits as well: the words as written,
    the ids in ``candidates``."""
    pair, rivals = joint
    if not pair:
        return _contested_phrase(sent, tok, skip, rivals)
    rec = _resolved(sent, pair[0], noun_phrase(sent, tok, skip))
    rec["also"] = [sent.ctx.actor_record(_named_mention(sent.ctx, pair[1]), "speaker")]
    return rec


def source_speaker(sent: Sentence, tok: Token) -> dict | None:
    """The object of ``according to`` / ``citing``: the source as written. A representative
    phrase (``according to her aides``) is not its possessor speaking: the phrase is the
    speaker, the entity it speaks for its ``affiliation`` (when resolved); a representative the
    actor layer found to be an organization (``her campaign``) and any other source:
    :func:`speaker_for_token`."""
    if sent.ctx.is_excluded(tok.idx) or _owner_token(sent, tok) is None or _owned_body(sent, tok) is not None:
        return speaker_for_token(sent, tok)
    rec = {**noun_phrase(sent, tok), "actor_id": None}
    owner = _owner(sent, tok)
    if owner is not None:
        rec["affiliation"] = sent.ctx.actor_record(owner, "speaker")
        rec["actor_id"] = rec["affiliation"]["actor_id"]
    return rec


def _wider_phrase(sent: Sentence, tok: Token, span: Span, skip: Token | None) -> dict:
    """``Some Democrats``, ``One senior EU official``, ``Gaza's health ministry``, ``The Russian
    embassy in Vienna``, ``Groups on both sides of the case``: the source phrase as written when
    it adds words to the actor mention, before it or a prepositional phrase after its head
    (``{"via": …}``, else ``{}``); never a clause, at most ten words."""
    phrase = noun_phrase(sent, tok, skip)
    if not (phrase["start"] <= span.start_char and span.end_char <= phrase["end"]) or \
            (phrase["start"], phrase["end"]) == (span.start_char, span.end_char) or len(phrase["text"].split()) > 10:
        return {}
    counted = _counted_relative(tok)
    if phrase["end"] > span.end_char and (span.root.i != tok.i or any(
            t.pos_ in ("VERB", "AUX") and t.i not in counted
            for t in tok.subtree if t.idx >= span.end_char and t.idx < phrase["end"])):
        return {}
    return {"via": phrase}


def _counted_relative(tok: Token) -> set[int]:
    """``Two Democrats who voted no``: the restrictive relative clause (no comma before it) of a
    counted head picks out which ones speak, so it stays in the words as written (the golds keep
    it: ``three officials who have seen the draft``); the token indices of that clause, else none."""
    if not any(c.dep_ == "nummod" and c.i < tok.i for c in tok.children):
        return set()
    rel = next((c for c in tok.children if c.dep_ == "relcl" and c.i > tok.i), None)
    if rel is None or tok.doc[rel.left_edge.i - 1].text == ",":
        return set()
    return {t.i for t in rel.subtree}


def _unnamed_group(sent: Sentence, span: Span) -> bool:
    """A group the actor layer made of a common noun alone (``two diplomats``: ``rule:group-noun``;
    ``business groups``: ``rule:collective-*``), which names nobody: the source is the whole phrase."""
    return unnamed_group(sent.ctx, span)


def _owned_group(sent: Sentence, tok: Token, skip: Token | None, span: Span) -> bool:
    """A group mention named by a plural possessor (``Farmers' unions``, ``Victims' groups``,
    actor_collectives' ``plural_owner`` rows) that is the whole source phrase: the mention speaks."""
    phrase = noun_phrase(sent, tok, skip)
    return span.end - span.start >= 3 and span[1].text in ("'", "\u2019") and span[0].tag_ in ("NNS", "NNPS") \
        and (phrase["start"], phrase["end"]) == (span.start_char, span.end_char)


def unnamed_group(ctx: DocContext, span: Span) -> bool:
    """:func:`_unnamed_group` for a document context."""
    origin = ctx.origin(span)
    return origin == "rule:group-noun" or origin.startswith("rule:collective-")


def _unnamed_person(sent: Sentence, span: Span) -> bool:
    """A person the actor layer made of a common noun alone (``A spokeswoman``, ``a reporter``)."""
    origin = sent.ctx.origin(span)
    return origin.startswith("rule:unnamed-")


def _staff_of_person(sent: Sentence, span: Span) -> bool:
    """A person mention headed by a common noun of one person (``rule:unnamed-*`` or
    ``person_nouns``) that a name modifies, the surname of a person the document names (``One
    Okafor adviser``, ``Whitmore aide`` tagged by the model, where ``Okafor``, ``Whitmore`` are
    named people): someone around that person, of no id, as :func:`_someone_of` makes ``Another
    Okafor aide``."""
    root = span.root
    if not (_person_noun(sent.rules, root) or root.pos_ == "NOUN" and _unnamed_person(sent, span)):
        return False
    names = {t.text for t in root.children if t.pos_ == "PROPN" and t.dep_ == "compound" and span.start <= t.i}
    return bool(names) and any(p.label_ == "actor" and p.root.pos_ == "PROPN" and is_person(p) and p[-1].text in names
                               for p in sent.ctx.spans)


def _phrase_of_staff(sent: Sentence, tok: Token, skip: Token | None, span: Span) -> dict:
    """The phrase of :func:`_staff_of_person` as written, of no id, and not its own affiliation."""
    rec = {**_phrase_speaker(sent, tok, skip), "actor_id": None}
    aff = rec.get("affiliation")
    if aff is not None and (aff["start"], aff["end"]) == (span.start_char, span.end_char):
        del rec["affiliation"]
    return rec


def _unnamed_with_tail(sent: Sentence, span: Span, tok: Token) -> bool:
    """An unnamed person (``rule:unnamed-*``: ``A spokesman``) whose phrase goes on after it (``A
    spokesman for the chancellery``, ``one consultant who has advised the campaign``): the source is
    the whole phrase, as for a person of no name the actor layer did not find."""
    return _unnamed_person(sent, span) and tok.right_edge.idx >= span.end_char


def _unnamed_own_id(sent: Sentence, rec: dict, span: Span) -> dict:
    """``a former agency investigator who worked in the Oklahoma field office``: a phrase speaker of
    no body of its own (none inside, or only a place: a place is no one's employer) is the unnamed
    person the actor layer found at its head, whose id a later ``the former investigator`` shares."""
    aff = rec.get("affiliation")
    if "also" in rec or (aff is not None and rec.get("actor_id") is not None and
                         (aff.get("norm") or aff).get("type") not in ("location", "state")):
        return rec
    own = _id(span)
    return {**rec, "actor_id": _with_place(own, span)} if own is not None else rec


def _with_place(own: str, span: Span) -> str:
    """``spokesperson`` of ``A spokesperson for the city``: the id keeps the place or body of its
    ``for``/``at``/``with`` complement (``spokesperson-city``), so two unnamed spokespeople of
    different places share no bare id; ``own`` as it is when it holds those words already."""
    pobj = next((g for c in span.root.children if c.dep_ == "prep" and c.lower_ in ("for", "at", "with")
                 for g in c.children if g.dep_ == "pobj"), None)
    if pobj is None:
        return own
    words = [t.lower_ for t in pobj.lefts if t.dep_ in ("compound", "amod") and t.is_alpha] + [pobj.lower_]
    slug = slugify(" ".join(words))
    return f"{own}-{slug}" if slug and not own.endswith(slug) else own


def _contested(sent: Sentence, span: Span) -> list[str]:
    """The competing actor ids of a description the actor layer resolved (``rule:description``,
    or ``rule:coref`` for ``the`` + a role noun)
    that another actor fits as well (:func:`rival_antecedents`); [] when it is not contested."""
    origin = sent.ctx.origin(span)
    described = origin == "rule:description" or (origin == "rule:coref" and span[0].pos_ == "DET")
    return rival_antecedents(sent, span, span.root) if described else []


def _contested_phrase(sent: Sentence, tok: Token, skip: Token | None, rivals: list[str]) -> dict:
    """A description two actors fit: the words as written, no actor, the competing ids in
    ``candidates`` (naming either would be a guess; speaker kind ``contested`` in
    :func:`pipeline.components.claim_statements.speaker_kind`)."""
    rec = _phrase_speaker(sent, tok, skip)
    if rivals and rec.get("actor_id") is None:
        rec["candidates"] = rivals
    return rec if rivals else _counted_group(sent, rec)


def _counted(sent: Sentence, first: Token) -> bool:
    """Does a group phrase open with a count or quantity (``Two``, ``Some``, ``Several``,
    ``Dozens``), not an article or a possessor (``The``, ``Your critics``)?"""
    rules = sent.rules
    return first.tag_ == "CD" or first.lower_ == "some" or first.lower_ in rules.words("several_partitive_heads") \
        or first.lower_ in rules.words("group_quantity_leads")


def _counted_group(sent: Sentence, rec: dict) -> dict:
    """``Two trading sources said``, ``Some traders have accused``: a plural source phrase of no
    actor whose words open with a count or quantity, named by its kind without it (``norm.name``
    ``trading sources``, ``norm.via`` ``counted-group``), as the actor layer names ``two people
    familiar with the matter``; any other record (a document, a name, no count) as it is."""
    if rec.get("actor_id") is not None or any(k in rec for k in ("norm", "also", "via", "candidates")):
        return rec
    span = sent.ctx.record_span(rec)
    root = span.root if span is not None else None
    if root is None or root.tag_ != "NNS" or root.pos_ != "NOUN" or root.lemma_.lower() in sent.rules.documents \
            or kind_words(span).start == span.start or not _counted(sent, span[0]):
        return rec
    name = group_description(span)
    return {**rec, "norm": phrase_norm(name, "counted-group", "group")} if name else rec


def _phrase_speaker(sent: Sentence, tok: Token, skip: Token | None) -> dict:
    """An unnamed source as written, with the actor named inside it as its ``affiliation``;
    an unnamed source conjoined with named ones (``according to witnesses and the Red Cross``)
    is the first, the named ones in ``also`` (``also`` lists actor mentions only: ``witnesses and
    local media`` stays one phrase)."""
    conj = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and sent.inside(c)), None)
    rec = _one_phrase_speaker(sent, tok, conj) if conj is not None and \
        (skip is None or not (tok.left_edge.i <= skip.i <= tok.right_edge.i)) else None
    if rec is not None and rec["end"] <= conj.left_edge.idx:  # not ``Relatives and friends of the victims``
        also = [speaker_for_token(sent, c) for c in (conj, *conj.conjuncts) if c.i > tok.i]
        if also and all(a is not None and "mention_id" in a for a in also):
            rec["also"] = also
            return rec
    return _one_phrase_speaker(sent, tok, skip)


def _reader_clause(sent: Sentence, tok: Token) -> Token | None:
    """``seen by Wire``, ``obtained by the Herald`` in a source phrase (``a draft of the plan seen
    by Wire``): who got hold of it, not who wrote it (``reader_verbs`` word list): the participle."""
    return next((c for c in tok.subtree if c.dep_ == "acl" and c.i > tok.i and child(c, ("agent",)) is not None
                 and c.lemma_.lower() in sent.rules.words("reader_verbs")), None)


def _without_reader(sent: Sentence, tok: Token, phrase: dict) -> dict:
    """A source phrase without its reader clause (``a draft of the conclusions seen by Wire`` →
    ``a draft of the conclusions``, the whole phrase in ``via``), else the phrase itself."""
    reader = _reader_clause(sent, tok)
    if reader is None or not phrase["start"] < reader.left_edge.idx < phrase["end"]:
        return phrase
    last = sent.doc[reader.left_edge.i - 1]
    while last.i > tok.i and (last.is_punct or last.is_space):
        last = sent.doc[last.i - 1]
    start, end = whole_words(sent.ctx.text, phrase["start"], last.idx + len(last.text))
    return {"text": sent.ctx.text[start:end], "start": start, "end": end, "via": phrase}


def _asker_tokens(sent: Sentence, tok: Token) -> set[int]:
    """``Seventeen of 20 economists surveyed by Bloomberg``: the agents of ``asker_verbs``
    participles in the source phrase, who asked the source (no affiliation of it)."""
    verbs = sent.rules.words("asker_verbs")
    return {t.i for c in tok.subtree if c.dep_ == "acl" and c.lemma_.lower() in verbs
            for a in c.children if a.dep_ == "agent" for t in a.subtree}


def _one_phrase_speaker(sent: Sentence, tok: Token, skip: Token | None) -> dict:
    rec = {**_without_reader(sent, tok, noun_phrase(sent, tok, skip)), "actor_id": None}
    askers = _asker_tokens(sent, tok)
    inner = next((sp for sp in sent.ctx.spans_within(rec["start"], rec["end"])
                  if sp.label_ == "actor" and not _unnamed_group(sent, sp) and not _unnamed_person(sent, sp)
                  and not _contested(sent, sp) and sp.root.i not in askers), None)
    if inner is not None:
        # ``Russian sources``, ``a State Department spokesman``: unnamed, but of that actor
        rec["affiliation"] = sent.ctx.actor_record(inner, "speaker")
        name = _possessed_name(sent, tok, inner)
        if name is not None:  # ``Fine Gael's Alan de Búrca``: the person, of no mention, not the party
            words = {k: rec[k] for k in ("text", "start", "end")}
            return {**name, "actor_id": None, "affiliation": rec["affiliation"], "via": words}
        if not _place_owner(tok, inner) and not _state_owner(sent, tok, inner) and not _home_place(tok, inner) \
                and not _someone_of(sent, tok, inner) and not _chamber_officer(sent, tok, inner):
            rec["actor_id"] = rec["affiliation"]["actor_id"]  # not Kurdistan, not Cusco (see there)
    return rec


def _possessed_name(sent: Sentence, tok: Token, inner: Span) -> dict | None:
    """The proper name after an actor's possessive (``Fine Gael's Alan de Búrca``, ``Labour's
    Ruth Maher``) when the actor layer found no mention for it: the words of the name, from the
    first after the possessive marker to the head, all capitalised but name particles (``de``,
    ``van``); None for a head of lower case (``Labour's candidate``) or another shape."""
    root = inner.root
    if tok.pos_ != "PROPN" or tok.is_lower or root.dep_ != "poss" or root.i >= tok.i or not _in_name(root.head, tok):
        return None
    marker = next((c for c in root.children if c.dep_ == "case"), None)
    first = (marker.i if marker is not None else root.i) + 1
    words, links = sent.doc[first:tok.i + 1], _name_links(sent.ctx)
    if len(words) < 2 or not all(t.pos_ == "PROPN" and (t.text[:1].isupper() or t.lower_ in links)
                                 for t in words) or not words[0].text[:1].isupper():
        return None
    if any(t.lower_.rstrip(".") in _actor_words(sent.ctx.rules).any_title for t in words):
        return None  # "Labour's Shadow Chancellor": an office, no name; the party speaks
    start, end = words[0].idx, tok.idx + len(tok.text)
    return {"text": sent.ctx.text[start:end], "start": start, "end": end}


def _in_name(word: Token, head: Token) -> bool:
    """Is ``word`` the name's head or a part of it hung on the head (``compound``, ``flat``)?"""
    while word.i != head.i and word.dep_ in ("compound", "flat") and word.i < word.head.i <= head.i:
        word = word.head
    return word.i == head.i


def _someone_of(sent: Sentence, tok: Token, inner: Span) -> bool:
    """Is the phrase another person around the person ``inner`` (``One Okafor adviser``, ``a
    Whitmore aide``, ``a neighbor of Harold T. Jensen``: a person noun modified by the name)? The
    adviser is not the candidate."""
    if not is_person(inner) or not _person_noun(sent.rules, tok) or inner.start <= tok.i < inner.end:
        return False
    root = inner.root
    if root.head.i == tok.i and root.dep_ in ("compound", "nmod", "amod") and root.i < tok.i:
        return True
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i == tok.i


def _home_place(tok: Token, inner: Span) -> bool:
    """Is ``inner`` a place (no capital standing for its government) in a phrase after the head
    (``Local farmers in Cusco``, ``that diplomat in Tromsø``, ``Fishermen from Masinloc``)? It
    says where the unnamed source is; the place does not speak."""
    norm = inner._.norm or {}
    if norm.get("type") != "location" or norm.get("via") == "metonym" or inner.start <= tok.i:
        return False
    prep = inner.root.head
    return prep.dep_ == "prep" and prep.head.i == tok.i and inner.root.dep_ == "pobj"


def _place_owner(tok: Token, inner: Span) -> bool:
    """Is ``inner`` a place in the possessor of the phrase head (``The Kurdistan region's
    electricity ministry``, ``the Vega County medical examiner's office``)? It owns the body that
    speaks; it does not speak."""
    return is_location(inner) and _in_possessor(tok, inner)


def _in_possessor(tok: Token, inner: Span) -> bool:
    """Is ``inner`` (its root) in the possessor of ``tok`` (``Japan`` of ``Japan's weather agency``)?"""
    return any(t.i == inner.root.i for c in tok.children if c.dep_ == "poss" for t in c.subtree)


def _chamber_officer(sent: Sentence, tok: Token, inner: Span) -> bool:
    """Is the phrase an officer's title of the legislature ``inner`` (``chamber_officer_nouns``:
    ``the former state Senate minority leader``, ``the House speaker``)? A person holds it, not
    the chamber: the chamber is only the phrase's affiliation."""
    return (inner._.norm or {}).get("type") == "legislature" and inner.root.i < tok.i and \
        tok.lower_ in sent.rules.words("chamber_officer_nouns")


def _state_owner(sent: Sentence, tok: Token, inner: Span) -> bool:
    """Is ``inner`` a country in the possessor of a body's head noun (``state_owned_bodies``:
    ``the country's civil protection agency``, ``Japan's weather agency``)? The body speaks, not
    the country."""
    return (inner._.norm or {}).get("type") == "state" and _in_possessor(tok, inner) and \
        tok.lower_ in sent.rules.words("state_owned_bodies")


def is_person(span: Span) -> bool:
    """A person mention: typed so, tagged PERSON by the model when untyped, or a proper name in
    apposition to a noun naming one person (``Tuvalu's delegate, Fala Tafaki``)."""
    norm = span._.norm or {}
    if norm.get("type") == "person" or (norm.get("type") is None and span.root.ent_type_ == "PERSON"):
        return True
    root = span.root
    if norm.get("type") in ("organization", None) and root.pos_ == "PROPN" and root.dep_ == "appos" \
            and root.head.lemma_.lower() in load_rules().person_nouns:
        return True
    return _titled_org_name(span)


def _titled_org_name(span: Span) -> bool:
    """A proper name the tagger typed an organisation right after a lower-case title of one person
    (``Party secretary-general Duangjai Phromma``, ``party spokesman Arkadi Vello``): a person,
    unless it ends like a company (``Holdings``)."""
    norm, rules = span._.norm or {}, load_rules()
    if norm.get("type") != "organization" or norm.get("via") != "ner" or span.start == 0 or len(span) < 2:
        return False
    before, words = span.doc[span.start - 1], _actor_words(rules)
    if not before.is_lower or before.lower_ not in words.person_titles or before.lower_ not in rules.person_nouns:
        return False
    last = span[-1].lower_
    return all(t.pos_ == "PROPN" for t in span) and last not in words.corp_suffixes \
        and last not in words.company_name_heads


def last_person(ctx: DocContext, before: int, sent_index: int, pronoun: str | None = None) -> Span | None:
    """``he``/``she``: the last person of the right gender (when known) mentioned before
    ``before``, at most three sentences back (eight when none is found there), never in a
    headline, byline or caption."""
    found = _last_person(ctx, before, sent_index, pronoun, 3)
    return found if found is not None else _last_person(ctx, before, sent_index, pronoun, 8)


def _last_person(ctx: DocContext, before: int, sent_index: int, pronoun: str | None, back: int) -> Span | None:
    lo = ctx.sent_ranges[max(0, sent_index - back)][0] if ctx.sent_ranges else 0
    in_body = ctx.section_at(before) not in NOT_ANTECEDENT
    best = salient = None
    fitting = []
    for span in ctx.spans_within(lo, before):
        if span.label_ != "actor":
            continue
        if in_body and ctx.section_at(span.start_char) in NOT_ANTECEDENT:
            continue
        if is_person(span) and gender_fits(ctx, span, pronoun) and may_be_antecedent(ctx, span, before):
            best = span
            fitting.append(span)
            if _salient(ctx, span):
                salient = span
    # the subject or speaker of the sentences before wins over a person merely mentioned there
    # (``Brennan thanked Reyes for his support. He said …``), within the same paragraph
    if salient is not None and ctx.paragraph_index(salient.start_char) == ctx.paragraph_index(before):
        return salient
    if best is None:
        return None
    # from a paragraph before: its sentence's salient person, none when two are as salient
    # (``Sarah Collins and Emily Tran spoke. ¶ She said …``)
    last = ctx.sentence_index(best.start_char)
    return _best_in_paragraph(ctx, [sp for sp in fitting if ctx.sentence_index(sp.start_char) == last])


def _salient(ctx: DocContext, span: Span) -> bool:
    """A person who is a subject (or the name in apposition to one) or a speaker."""
    root = list_head(span.root, ("appos", "conj"))  # ``Ortiz and Blake met``
    return root.dep_ in ("nsubj", "nsubjpass") or any(sp is span for sp in ctx.speakers[-5:])


def prev_subject(ctx: DocContext, sent_index: int, plural: bool) -> Span | None:
    """``It``/``they`` opening a sentence: the speaker or first subject actor of the sentence
    just before, in the same paragraph (``it``: a singular noun)."""
    if sent_index == 0 or sent_index - 1 not in ctx.subjects:
        return None
    para = ctx.paragraph_of(ctx.sent_ranges[sent_index][0])
    span = ctx.subjects[sent_index - 1]
    if para is None or span.start_char < para[0]:
        return None
    if (not plural and span.root.tag_ in ("NNS", "NNPS")) or is_person(span):
        return None  # ``it``/``they`` are never one person (``Mr. Voss smiled. "They have …``)
    if unnamed_group(ctx, span):
        return None  # ``The neighborhood associations in Old Town …. They argue``: the whole phrase
    if not plural and called_they(ctx, span, ctx.sent_ranges[sent_index][0]):
        return None  # ``The Houthis said they had fired …. It said``: several, as the text calls them
    return span


def fits_pronoun(ctx: DocContext, speaker: dict | None, pronoun: str) -> bool:
    """Can ``pronoun`` (he, she, they, it, I, we) refer to this speaker record? ``he``/``she``
    need a person of a fitting gender, ``it`` no person nor several, ``they`` no single person; an
    unresolved pronoun fits only the same pronoun; a joint speaker (``also``) is ``they``/``we``
    only."""
    if speaker is None:
        return False
    if speaker.get("also"):
        return pronoun in ("they", "we", "i")
    if "mention_id" not in speaker:
        text = speaker["text"].lower()
        if text in PRONOUNS_SPEAKER:
            return text == pronoun or pronoun in ("i", "we")
        named = _surname_person(ctx, speaker) if pronoun in PERSON_PRONOUNS else None
        if named is not None:  # ``Banning said he …`` after ``House Speaker Curtis Banning``
            return gender_fits(ctx, named, pronoun)
        one_person = any(w in ctx.rules.person_nouns for w in text.split())
        if pronoun == "it" and _several(ctx, speaker):  # ``Independent researchers`` are no ``it``
            return False
        return one_person if pronoun in PERSON_PRONOUNS else not one_person
    span = ctx.actor_span(speaker)
    if span is None:
        return True
    if pronoun in PERSON_PRONOUNS:
        named = span if is_person(span) else _surname_person(ctx, speaker)
        return named is not None and gender_fits(ctx, named, pronoun)
    if pronoun in ("it", "they"):
        return not is_person(span)
    return True


def _surname_person(ctx: DocContext, speaker: dict) -> Span | None:
    """A speaker written as the last name words of a person named earlier in the document, that
    the actor layer left unlinked or typed a body (``Banning`` after ``House Speaker Curtis
    Banning``; ``Marsh Adeyemi`` after ``Helena Marsh Adeyemi``): that person's mention, else None."""
    text = speaker["text"]
    words = text.split()
    if not 0 < len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    return next((sp for sp in reversed(ctx.spans_within(0, speaker["start"]))
                 if sp.label_ == "actor" and is_person(sp) and sp.text.endswith(" " + text)), None)


def _paragraph_persons(ctx: DocContext, before: int, pronoun: str | None) -> list[Span]:
    """The persons the pronoun fits, mentioned in its paragraph before ``before``."""
    para = ctx.paragraph_of(before)
    if para is None or ctx.section_at(before) in NOT_ANTECEDENT:
        return []
    return [sp for sp in ctx.spans_within(para[0], before)
            if sp.label_ == "actor" and is_person(sp) and gender_fits(ctx, sp, pronoun) and may_be_antecedent(ctx, sp, before)]


def may_be_antecedent(ctx: DocContext, span: Span, before: int) -> bool:
    """Can a person mention be the antecedent of a pronoun at ``before``? Not a name inside a
    quotation when the pronoun is outside any (``"… Lakemont State is a university. Time to act
    like one," he tweeted``: the name is what the speaker talks about; inside a quotation, ``"X
    ran the company into the ground," she said. "Now he wants …"`` may), and not an actor another
    mention of which is no person (``the Eastside and Mill Hill neighborhoods`` tagged a person
    once, a place elsewhere), and not the subject that the pronoun's own aside interrupts (``The
    retiree, she said, went home``: the one spoken of, never the one speaking)."""
    if ctx.quote_at(span.start_char) is not None and ctx.quote_at(before) is None:
        return False
    if ctx.doc.text[span.end_char:before].strip() == "," and _aside_at(ctx.doc, before):
        return False
    if _used_as_place(ctx, span):
        return False
    aid = (span._.norm or {}).get("actor_id")
    return not aid or aid not in _mixed_ids(ctx)


ASIDE_REACH = 4  # "she said,", "he said on Tuesday,": the verb and a few words before the comma


def _aside_at(doc, start: int) -> bool:
    """Does the pronoun at character ``start`` open an aside set between commas (``she said,``,
    ``he added on Tuesday,``): its verb, then a comma within :data:`ASIDE_REACH` words and no
    clause of its own before it (not ``he believes the council is …``)?"""
    found = doc.char_span(start, start + 1, alignment_mode="expand")
    pron = found[0] if found is not None and len(found) and found[0].idx == start else None
    if pron is None or pron.head.i <= pron.i:
        return False
    words = doc[pron.i + 1:pron.i + 2 + ASIDE_REACH]
    comma = next((t.i for t in words if t.text == ","), None)
    return comma is not None and pron.head.i < comma and \
        not any(t.dep_ in ("ccomp", "mark", "dobj", "nsubj") for t in doc[pron.head.i + 1:comma])


def _used_as_place(ctx: DocContext, span: Span) -> bool:
    """Is a name typed a person (:func:`is_person`) used as a place where it stands: the name of a
    place noun (``at the town's Kaliwa port``: ``port``, a ``place-nouns`` or ``city-possessions``
    word, not one of ``city-people-nouns``: ``mayor``, ``residents``) or conjoined to a place (``in
    Tarlac and Capas``)? No ``he``/``she`` means it."""
    if not is_person(span):
        return False
    root, words = span.root, _actor_words(ctx.rules)
    head = root.head.lower_
    if root.dep_ == "compound" and (head in words.place_nouns or head in words.city_possessions) \
            and head not in words.city_people_nouns:
        return True
    if _residence_name(root, words.residence_nouns):
        return True
    if root.dep_ != "conj" and not any(c.dep_ == "conj" for c in root.children):
        return False
    linked = [root.head] if root.dep_ == "conj" else []
    linked += [c for c in root.children if c.dep_ == "conj"]
    return any(ctx.actor_at.get(t.i) is not None and is_location(ctx.actor_at[t.i]) for t in linked)


def _residence_name(root: Token, venues: frozenset[str]) -> bool:
    """Is the name in apposition to a building noun that a possessive or article opens (``at his
    home office Krishna``, ``at her residence, Kirribilli``: ``venue-nouns``)? It names the
    building."""
    head = root.head
    if root.dep_ != "appos" or head.i > root.i or head.tag_ != "NN":
        return False
    noun = " ".join(t.lower_ for t in head.subtree if t.dep_ == "compound" and t.i < head.i)
    noun = f"{noun} {head.lower_}".strip()
    opened = any(c.dep_ in ("poss", "det") for c in head.children)
    return opened and (noun in venues or head.lower_ in venues)


def _mixed_ids(ctx: DocContext) -> frozenset[str]:
    """Ids of actors typed a person in some mentions and something else in at least as many
    (made once): a person named four times and once tagged an organisation by the tagger
    (``Haruto Ishida`` in a closing line) stays a person an antecedent may be; but a company
    named after a person (``Ford`` typed a person twice, ``Ford Motor Co.`` once) is mixed."""
    if ctx.mixed_person_ids is None:
        counts: dict[str, list[int]] = {}
        for sp in ctx.spans:
            aid = (sp._.norm or {}).get("actor_id")
            kind = (sp._.norm or {}).get("type")
            if sp.label_ == "actor" and aid and kind:
                counts.setdefault(aid, [0, 0, 0])[kind != "person"] += 1
                counts[aid][2] += kind != "person" and _company_name(ctx, sp.text)
        ctx.mixed_person_ids = frozenset(a for a, (person, other, firm) in counts.items()
                                         if person and (other >= person or firm))
    return ctx.mixed_person_ids


def _company_name(ctx: DocContext, text: str) -> bool:
    """Does the name end in a company suffix or a company's name head (``Ford Motor Co.``,
    ``Dell Technologies``)?"""
    last = text.split()[-1].lower() if text.split() else ""
    words = _actor_words(ctx.rules)
    return last in words.corp_suffixes or last in words.company_name_heads


def _best_in_paragraph(ctx: DocContext, persons: list[Span]) -> Span | None:
    """The most recent salient person (a subject or speaker), else the most recent person; None
    when another entity is as salient in the same sentence with the gender as well known (``Ortiz
    and Blake met. He said …``): a wrong speaker is worse than none."""
    salient = [sp for sp in persons if _salient(ctx, sp)]
    pool = _main_subjects(ctx, salient) or persons
    best = pool[-1]
    sent_of = ctx.sentence_index
    known = person_gender(ctx, best) is not None
    sure = [sp for sp in pool if entity_key(sp) != entity_key(best) and person_gender(ctx, sp) is not None]
    if not known and sure:  # ``Visser said … Louw could not be reached. He rejected …``: the one
        best, known = sure[-1], True  # known to fit over one whose gender is unknown
    for other in pool[:-1]:
        if entity_key(other) != entity_key(best) and sent_of(other.start_char) == sent_of(best.start_char) \
                and (person_gender(ctx, other) is not None) == known:
            return None
    return best


def _main_subject(span: Span) -> bool:
    """Is the person the subject (or a name in apposition or conjoined to it) of a main clause?"""
    root = list_head(span.root, ("appos", "conj"))
    return root.dep_ in ("nsubj", "nsubjpass") and _main_clause(root.head)


def _main_subjects(ctx: DocContext, salient: list[Span]) -> list[Span]:
    """The salient persons, less those of the last one's sentence that are only subjects of a
    clause inside it when one there is the subject of its main clause (``Esposito has argued
    that the cash Cullinane withdrew …. He told jurors``: Esposito)."""
    if not salient:
        return salient
    last = ctx.sentence_index(salient[-1].start_char)
    here = [sp for sp in salient if ctx.sentence_index(sp.start_char) == last]
    main = {entity_key(sp) for sp in here if _main_subject(sp)}
    if len(main) != 1:
        return salient
    return [sp for sp in salient if ctx.sentence_index(sp.start_char) != last or entity_key(sp) in main]


def person_antecedent(ctx: DocContext, before: int, sent_index: int, pronoun: str,
                      quoted: bool = False) -> Span | None:
    """The person ``he``/``she`` at ``before`` refers to (:func:`_person_antecedent`), as its name
    when the mention found is a post of a named person (``Lars Holm, the agency's director, said
    …. He added``: Lars Holm, not ``director``)."""
    found = _person_antecedent(ctx, before, sent_index, pronoun, quoted)
    return _by_name(ctx, _role_source_holder(ctx, found, pronoun), before)


def _role_source_holder(ctx: DocContext, span: Span | None, pronoun: str) -> Span | None:
    """The holder a source record written as a role (:func:`_held_role`) resolved the person
    mention ``span`` to (``The Ombudsman said …. She added``: the ombudsman named before, not the
    tagger's person ``Ombudsman``); else ``span``."""
    for rec in ctx.speakers_said if span is not None else []:
        written = _written(rec)
        if written["start"] <= span.start_char and span.end_char <= written["end"] and \
                rec.get("actor_id") != _id(span) and _held_role(ctx, rec, pronoun):
            return ctx.actor_span(rec) or span
    return span


def _by_name(ctx: DocContext, span: Span | None, before: int) -> Span | None:
    """``span`` itself when it holds a proper name or has no id, else the last mention before
    ``before`` of the same actor that does (none: ``span``)."""
    aid = (span._.norm or {}).get("actor_id") if span is not None else None
    if not aid or any(t.pos_ == "PROPN" for t in span):
        return span
    for other in reversed(ctx.spans[:bisect_left(ctx.span_starts, before)]):
        if other.end_char <= before and (other._.norm or {}).get("actor_id") == aid \
                and any(t.pos_ == "PROPN" for t in other):
            return other
    return span


def _person_antecedent(ctx: DocContext, before: int, sent_index: int, pronoun: str,
                       quoted: bool = False) -> Span | None:
    """``he``/``she`` at ``before``: in its paragraph, the person quoted last whom it fits when it
    closes a quotation (``"…," he said``), else the most recent salient fitting person; with
    nobody fitting in the paragraph, the person quoted last (quotations) or mentioned last, else
    (a pronoun after a quotation of many sentences) the person quoted last."""
    persons = _paragraph_persons(ctx, before, pronoun)
    if quoted and persons:
        keys = {entity_key(sp) for sp in persons}
        para = ctx.paragraph_index(before)
        for span, at in zip(reversed(ctx.speakers), reversed(ctx.spoke_at)):
            if span.end_char > before or at > before:
                continue
            if ctx.paragraph_index(at) != para:
                break
            # one who spoke here through a pronoun (``He said he had spoken to Reilly. "…," he said``)
            if entity_key(span) in keys or ctx.paragraph_index(span.start_char) != para and gender_fits(ctx, span, pronoun):
                return span
    if persons:
        return _best_in_paragraph(ctx, persons)
    found = _quoted_antecedent(ctx, pronoun, before) if quoted else None
    found = found if found is not None else last_person(ctx, before, sent_index, pronoun)
    found = found if found is not None else _lone_person_named_otherwise(ctx, before, pronoun)
    # ``"…long quotation…" ¶ She added:``: named before the quotation, out of the sentence window
    quoted_paras = 0 if found is not None or quoted else _quoted_paragraphs_before(ctx, before)
    return recent_speaker(ctx, pronoun, before, 2 + quoted_paras) if quoted_paras else found


def _lone_person_named_otherwise(ctx: DocContext, before: int, pronoun: str) -> Span | None:
    """``he``/``she`` with no person of that gender within reach: the one person its paragraph
    names before it, a subject or speaker there, when only a first-name guess gave that person
    the other gender (``Nurul Alam Chowdhury told the station. He said …``: the text outweighs a
    name list); None when the paragraph names several persons or a title fixes the gender
    (``Mrs.``, ``Congresswoman``)."""
    para = ctx.paragraph_of(before)
    if pronoun not in _PRONOUN_GENDER or para is None or ctx.section_at(before) in NOT_ANTECEDENT:
        return None
    persons = [sp for sp in ctx.spans_within(para[0], before)
               if sp.label_ == "actor" and is_person(sp) and may_be_antecedent(ctx, sp, before)]
    if len({entity_key(sp) for sp in persons}) != 1 or not any(_salient(ctx, sp) for sp in persons):
        return None
    span = persons[-1]
    if span._.origin in UNSEXED_ORIGINS or _titled_gender(ctx, span) is not None:
        return None
    if _unnamed_person_between(ctx, span, before):
        return None
    name = ((span._.norm or {}).get("name") or span.text).split()
    given = name[0].split("-")[0] if name else ""
    return span if given and thinly_listed(given) else None


def _unnamed_person_between(ctx: DocContext, span: Span, before: int) -> bool:
    """Is there a singular person noun no actor names between the person ``span`` and ``before``
    (``Deepika Rao interviewed the coach. He said``: ``He`` is the coach)? A noun in apposition
    to the person describes her (``Dr Harpreet Kaur, a battery researcher, said …``)."""
    cut = _actor_words(ctx.rules).name_cut_nouns
    return any(not (tok.dep_ == "appos" and span.start <= tok.head.i < span.end)
               for tok in _person_nouns_between(ctx, span.end_char, before, cut))


def _person_nouns_between(ctx: DocContext, lo: int, before: int, extra: frozenset[str] = frozenset()) \
        -> Iterator[Token]:
    """The singular person nouns (``Rules.person_words``, and ``extra``) between ``lo`` and
    ``before`` that no actor names, outside quotations (``the man``, ``the coach``)."""
    nouns = ctx.rules.person_words
    for tok in ctx.doc.char_span(lo, before, alignment_mode="contract") or []:
        word = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and (word in nouns or word in extra) \
                and ctx.actor_at.get(tok.i) is None and ctx.quote_at(tok.idx) is None:
            yield tok


def _titled_gender(ctx: DocContext, span: Span) -> str | None:
    """The gender a title gives the person on any of its mentions (``Mr.``, ``Chairwoman``)."""
    mentions = ctx.mentions_of((span._.norm or {}).get("actor_id")) or [span]
    return next((title for sp in mentions if (title := _title_gender(ctx.rules, sp))), None)


def phrase_person_speaker(ctx: DocContext, before: int, pronoun: str, person: Span | None) -> dict | None:
    """``he``/``she`` at ``before`` when the last source named in its paragraph before it is one
    person the actor layer has no mention for (``Adeyemi acknowledged …. "…," he said``; ``a
    person familiar with the talks said …``): that source as written, when it comes after
    ``person`` (the antecedent found among the mentions) and its first name, if any, fits; or
    when ``person`` is that source's own head words and the source says more (``A spokesman for
    the European Commission said …. He added``: the whole phrase, not ``A spokesman``)."""
    para = ctx.paragraph_index(before)
    for rec in reversed(ctx.speakers_said):
        at = _written(rec)["start"]
        if at >= before or _document_source(ctx, rec) or _place_source(ctx, rec) or _body_source(ctx, rec):
            continue  # ``… said the ruling "confirms …". He added``: a document is no ``he``, nor a place, a body
        if ctx.quote_at(at) is not None and ctx.quote_at(before) is None:
            continue  # ``"The doctor says I must rest …," he asked``: a source the quotation names
        if person is not None and at <= person.start_char and not _widens(rec, person):
            return None
        if ctx.paragraph_index(at) == para:
            rec = _apposed_to_source(ctx, rec)
            return rec if _one_unnamed_person(ctx, rec, pronoun) or _one_named_person(ctx, rec, pronoun) \
                or _held_role(ctx, rec, pronoun) else None
        if ctx.paragraph_index(at) != para - 1:
            return None
        if _after_opening_quote(ctx, before):  # a name of unknown gender too (``Agus Purnomosidi told reporters``)
            return _named_in_sentence(ctx, at, pronoun) or _one_in_sentence(ctx, at, pronoun, person)
        return _one_in_sentence(ctx, at, pronoun, person) if _first_reference(ctx, before) else None
    return None


def skips_source(ctx: DocContext, before: int, pronoun: str, person: Span) -> bool:
    """Would ``he``/``she`` at ``before`` skip, for the person ``person``, a nearer source the
    pronoun may mean: a source record (a subject) after that person was last a subject or spoke,
    before the pronoun, that names another person it fits, one of no person mention
    (:func:`_one_unnamed_person`) or a name the tagger typed a body whose first name fits
    (``Nadia Rahmawati … told Al Jazeera. ¶ "…," she said``: not the president named before
    her)? A wrong speaker is worse than none."""
    seen = _last_seen(ctx, person, before)
    for rec in reversed(ctx.speakers_said):
        at = _written(rec)["start"]
        if at >= before:
            continue
        if at <= seen or ctx.section_at(at) in NOT_ANTECEDENT:
            break
        if ctx.quote_at(at) is not None and ctx.quote_at(before) is None:
            continue
        if rec.get("actor_id") != _id(person) and not _name_tail(ctx, rec, person) and _may_mean(ctx, rec, pronoun):
            return True
    return _named_reporter(ctx, seen, before, pronoun, person)


def _named_reporter(ctx: DocContext, seen: int, before: int, pronoun: str, person: Span) -> bool:
    """Is a name of two words or more, outside quotations, the subject of a reporting verb between
    ``seen`` and ``before``, another person the pronoun may mean, whatever source record the
    sentence gave (``Alberta NDP critic Émile Dufort told reporters …``: not the party)?"""
    for tok in ctx.doc.char_span(seen, before, alignment_mode="contract") or []:
        if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or ctx.quote_at(tok.idx) is not None or not _reports(tok.head):
            continue
        run = [tok]
        while run[0].i > 0 and tok.doc[run[0].i - 1].pos_ == "PROPN" and tok.doc[run[0].i - 1].head.i == tok.i:
            run.insert(0, tok.doc[run[0].i - 1])
        if len(run) >= 2 and _may_be_named(ctx, run, pronoun, person):
            return True
    return False


def _may_be_named(ctx: DocContext, run: list[Token], pronoun: str, person: Span) -> bool:
    """May the name ``run`` be a person other than ``person`` that the pronoun fits: no person
    mention (weighed already), a first name that fits, or a person noun right before it
    (``critic Émile Dufort``)?"""
    actor = ctx.actor_at.get(run[-1].i)
    if actor is not None and entity_key(actor) == entity_key(person):
        return False
    if actor is not None and is_person(actor):
        return False  # weighed among the mentions already
    gender = _given_name_gender(ctx, run[0].text)
    if gender not in (None, _PRONOUN_GENDER.get(pronoun)) or _company_name(ctx, " ".join(t.text for t in run)):
        return False
    titled = run[0].i > 0 and run[0].doc[run[0].i - 1].lemma_.lower() in ctx.rules.person_nouns
    if gender is None and not titled:
        return False  # ``Prairie Crest said``: a company's name, perhaps
    return actor is None or not is_location(actor) and _body_of_a_name(ctx, actor)


def _name_tail(ctx: DocContext, rec: dict, person: Span) -> bool:
    """Is the source record the rest of a name a mention of the person stops short of
    (``President Mahad Abdullahi`` + ``Farah``)?"""
    return any(0 <= rec["start"] - sp.end_char <= 1 for sp in ctx.mentions_of(_id(person)) or [person])


def _last_seen(ctx: DocContext, person: Span, before: int) -> int:
    """Where the person of the mention ``person`` was last named in the paragraph of ``before``,
    a subject or spoke before it (not a mention in what another source says in a paragraph before:
    ``… told Al Jazeera that the president's concessions were …``)."""
    key, para = entity_key(person), ctx.paragraph_index(before)
    seen = [sp.start_char for sp in ctx.mentions_of(_id(person)) or [person] if sp.end_char <= before
            and (_salient(ctx, sp) or ctx.paragraph_index(sp.start_char) == para)]
    seen += [at for sp, at in zip(ctx.speakers, ctx.spoke_at) if entity_key(sp) == key and at < before]
    return max(seen, default=person.start_char)


def _may_mean(ctx: DocContext, rec: dict, pronoun: str) -> bool:
    """May ``he``/``she`` mean the source record ``rec`` (see :func:`skips_source`)?"""
    if rec.get("also") or _document_source(ctx, rec) or _place_source(ctx, rec) or _asker(ctx, rec):
        return False
    span = ctx.record_span(rec)
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass", "appos"):
        return False  # ``she has not turned away a single person who has asked her``
    if "mention_id" not in rec:  # (``Farah`` after ``President Mahad Abdullahi Farah``: a mention's, weighed already)
        return _surname_person(ctx, rec) is None and _one_unnamed_person(ctx, rec, pronoun)
    actor = ctx.actor_span(rec)  # a person mention: weighed among the mentions already
    return actor is not None and not is_person(actor) and not rec.get("via") and _named_by_first_name(ctx, rec, pronoun)


#: how many paragraphs back a ``he``/``she`` nobody nearer fits may continue a source
_CHAIN_PARAGRAPHS = 2


def chained_speaker(ctx: DocContext, before: int, pronoun: str) -> dict | None:
    """``he``/``she`` at ``before`` that no person mention nor nearer source fits: the last source
    before it, within two paragraphs, when that source was itself reached through the same pronoun
    (``the minister … "…," he told reporters. ¶ He urged …``) or is written as a name of a fitting
    first name (``Ana Ruiz`` typed a company by the tagger); None when a source or person the
    pronoun may mean comes between (``the man``, a second woman)."""
    para = ctx.paragraph_index(before)
    for rec in reversed(ctx.speakers_said):
        at = _written(rec)["start"]
        if at >= before or ctx.section_at(at) in NOT_ANTECEDENT:
            continue
        if para - ctx.paragraph_index(at) > _CHAIN_PARAGRAPHS:
            return None
        if _same_pronoun(rec, pronoun) or _named_by_first_name(ctx, rec, pronoun) or _held_role(ctx, rec, pronoun):
            return None if _person_after(ctx, _written(rec)["end"], before, pronoun) else rec
        if fits_pronoun(ctx, rec, pronoun):
            return None  # another source the pronoun may mean
    return None


def _held_role(ctx: DocContext, rec: dict, pronoun: str) -> bool:
    """A source written as a role (``the Special Rapporteur``: a title row's noun last) that stands
    for the one named person holding it (:func:`role_holder`), whom the pronoun fits."""
    via = rec.get("via")
    words = via["text"].lower().split() if via else []
    return len(words) > 1 and words[0] == "the" and words[-1] in ctx.rules.titles and \
        bool(rec.get("actor_id")) and fits_pronoun(ctx, rec, pronoun)


def _same_pronoun(rec: dict, pronoun: str) -> bool:
    """A source record reached through this pronoun (``he`` for ``he``) that names someone."""
    via = rec.get("via")
    return bool(via) and via["text"].lower() == pronoun and rec["text"].lower() not in PRONOUNS_SPEAKER


def _named_by_first_name(ctx: DocContext, rec: dict, pronoun: str) -> bool:
    """A source written as a proper name of two words or more whose first name the pronoun's gender
    fits, whatever the tagger typed it (not a place)."""
    written = _written(rec)
    span = ctx.doc.char_span(written["start"], written["end"], alignment_mode="expand")
    if span is not None and ctx.quote_at(span.start_char) is not None:
        return False
    actor = ctx.actor_span(rec) if "mention_id" in rec else None
    if actor is not None and (is_location(actor) or _company_name(ctx, actor.text)):
        return False
    return _first_name_fits(ctx, span, pronoun, least=2)


def _first_name_fits(ctx: DocContext, span: Span | None, pronoun: str, least: int = 1) -> bool:
    """Is ``span`` (None: no phrase) a proper name of ``least`` name words or more whose first one
    is a given name the pronoun's gender fits (``Kayla``, ``Ana Ruiz`` for ``she``)?"""
    if span is None or span.root.pos_ != "PROPN":
        return False
    names = [t for t in span if t.pos_ == "PROPN"]
    return len(names) >= least and _given_name_gender(ctx, names[0].text) == _PRONOUN_GENDER.get(pronoun)


def _person_after(ctx: DocContext, lo: int, before: int, pronoun: str) -> bool:
    """Is a person the pronoun may mean mentioned between ``lo`` and ``before``: an actor
    mention, or a singular person noun no actor names (``the man``)?"""
    if any(sp.label_ == "actor" and is_person(sp) and gender_fits(ctx, sp, pronoun) and may_be_antecedent(ctx, sp, before)
           for sp in ctx.spans_within(lo, before)):
        return True
    other = ctx.rules.other_sex_nouns(pronoun)
    return any(tok.lemma_.lower() not in other for tok in _person_nouns_between(ctx, lo, before))


def _apposed_to_source(ctx: DocContext, rec: dict) -> dict:
    """``The jury's foreperson, a retired teacher who asked not to be named, said …``: a source
    record in apposition to an earlier source record of no id is that source (the main one)."""
    span = ctx.record_span(rec)
    if span is None or span.root.dep_ != "appos" or rec.get("via") or "mention_id" in rec:
        return rec
    head = span.root.head
    return next((r for r in ctx.speakers_said if r["start"] <= head.idx < r["end"] and not r.get("via")
                 and "mention_id" not in r), rec)


def _first_reference(ctx: DocContext, before: int) -> bool:
    """Is ``before`` in its paragraph's first sentence, with no actor mentioned before it there
    (``Commodore X … told reporters. ¶ He said …``; ``In paragraph 94, he stressed``)?"""
    para = ctx.paragraph_of(before)
    if para is None or ctx.section_at(before) in NOT_ANTECEDENT or not ctx.sent_ranges:
        return False
    if ctx.sent_ranges[ctx.sentence_index(before)][0] > para[0]:
        return False
    return not any(sp.label_ == "actor" for sp in ctx.spans_within(para[0], before))


def _one_in_sentence(ctx: DocContext, at: int, pronoun: str, person: Span | None) -> dict | None:
    """A pronoun opening a paragraph after one whose last source sentence (at ``at``) has one
    person of no mention as a source (``Commodore Renato Ilagan, a navy spokesman, told
    reporters``; ``The judge rejected the argument``): that source, when it comes after ``person``
    (the antecedent found among the mentions); None when there are two or none."""
    k = ctx.sentence_index(at)
    recs = [r for r in ctx.speakers_said if ctx.sentence_index(_written(r)["start"]) == k
            and (person is None or _written(r)["start"] > person.start_char)
            and (_one_unnamed_person(ctx, r, pronoun) or _one_named_person(ctx, r, pronoun))]
    if len({(r["start"], r["end"]) for r in recs}) != 1:
        return None
    # ``Lady Justice Harrow said …. ¶ The judge rejected …. ¶ She stressed``: a definite
    # description may be the person named as a speaker before; only one mentioned in passing
    # (``… said the secretary of state had failed``) leaves the description the antecedent
    span = ctx.doc.char_span(recs[0]["start"], recs[0]["end"], alignment_mode="expand")
    definite = span is not None and span.root.pos_ != "PROPN" and not one_person_member(recs[0])  # (``One of them``: nobody named)
    if definite and person is not None and (_main_subject(person) or any(sp is person for sp in ctx.speakers)):
        return None
    return recs[0]


def _named_in_sentence(ctx: DocContext, at: int, pronoun: str) -> dict | None:
    """The one source of the sentence at ``at`` named by a fitting given name
    (:func:`_one_named_person`; ``Kayla, a mother …, who asked …, said``: not the relative
    clause's own speaker record); None when there is none or two."""
    k = ctx.sentence_index(at)
    recs = [r for r in ctx.speakers_said if ctx.sentence_index(_written(r)["start"]) == k
            and _one_named_person(ctx, r, pronoun)]
    return recs[0] if len({(r["start"], r["end"]) for r in recs}) == 1 else None


def _after_opening_quote(ctx: DocContext, before: int) -> bool:
    """Does ``before`` come right after the quotation that opens its paragraph (``"…," she said``)?"""
    para = ctx.paragraph_of(before)
    if para is None or ctx.text[para[0]:para[0] + 1] not in ("\"", "\u201c"):
        return False
    quote = ctx.quote_at(para[0] + 1)
    return quote is not None and quote[1] <= before and not any(ch.isalnum() for ch in ctx.text[quote[1]:before])


def _one_named_person(ctx: DocContext, rec: dict, pronoun: str) -> bool:
    """``Kayla, a mother of three …, said …. ¶ "…," she said``: a source of no actor mention (or
    one taken for a place) named by a given name the pronoun's gender fits; the paragraph before
    may name the speaker of a quotation opening the next one."""
    if rec.get("via") or rec.get("candidates") or ctx.section_at(rec["start"]) in NOT_ANTECEDENT:
        return False
    actor = ctx.actor_span(rec) if "mention_id" in rec else None
    if "mention_id" in rec and not (actor is not None and (is_location(actor) or _body_of_a_name(ctx, actor))):
        return False
    return _first_name_fits(ctx, ctx.record_span(rec), pronoun)


def _body_of_a_name(ctx: DocContext, actor: Span) -> bool:
    """A mention the tagger typed a body though it is written as a person's name
    (``Nadia Rahmawati``): no person mention, no company name, no body the gazetteer knows
    (``Charles Schwab``), every word a proper name; not a name the tagger took for a person that
    the text calls a body (``Warren Pike, a lobbying firm,``: the actor layer's evidence)."""
    return not is_person(actor) and not (actor._.norm or {}).get("in_gazetteer") and \
        not _company_name(ctx, actor.text) and all(t.pos_ == "PROPN" and t.ent_type_ != "PERSON" for t in actor)


def remember_person_phrases(ctx: DocContext, sent: Sentence) -> None:
    """The unnamed persons this sentence brings in as subjects, outside quotations and with no
    actor mention (``a colleague down the hall, a nurse …, came to find me``; ``As one former
    minister put it``): a singular person noun after a determiner of a new person
    (``new_person_determiners``), as written (for :func:`unnamed_subject`)."""
    new = sent.rules.words("new_person_determiners")
    for tok in sent.tokens:
        if not _subject_noun(tok) or tok.tag_ != "NN" or not _main_clause(_verb_of(tok)) \
                or tok.lemma_.lower() not in sent.rules.person_nouns or ctx.quote_at(tok.idx) is not None:
            continue
        det = next((c for c in tok.children if c.dep_ in ("det", "nummod", "poss") and c.i < tok.i), None)
        if det is None or det.lower_ not in new or any(sp.label_ == "actor" for sp in sent.spans
                                                       if sp.start <= tok.i < sp.end):
            continue
        rec = {**noun_phrase(sent, tok), "actor_id": None, "noun": tok.lemma_.lower()}
        ctx.person_phrases.append(rec)


def _verb_of(subj: Token) -> Token:
    """The verb of a subject (of the number it is in apposition to: ``Around 4, a colleague …``)."""
    return subj.head.head if subj.dep_ == "appos" else subj.head


def _main_clause(verb: Token) -> bool:
    """Is ``verb`` the sentence's main verb (or conjoined to it), or an ``as …`` aside (``As one
    former minister put it``)? Not a clause said or reported (``warned that a colleague …``)."""
    verb = list_head(verb)
    if verb.dep_ == "ROOT":
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _subject_noun(tok: Token) -> bool:
    """A subject, or in apposition to a number parsed as the subject (``Around 4, a colleague …
    came``: the hour taken for the subject)."""
    return tok.dep_ in ("nsubj", "nsubjpass") or \
        (tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.tag_ == "CD")


def unnamed_subject(ctx: DocContext, before: int, pronoun: str, person: Span | None) -> dict | None:
    """``he``/``she`` at ``before`` after an unnamed person introduced as a subject in its
    paragraph (:func:`remember_person_phrases`) and no later person (``person``, the antecedent
    found among the mentions, before it): that person as written, if the noun's sex fits."""
    para = ctx.paragraph_index(before)
    rec = next((r for r in reversed(ctx.person_phrases) if r["end"] <= before), None)
    if rec is None or ctx.paragraph_index(rec["start"]) != para:
        return None
    if person is not None and person.start_char >= rec["start"]:
        return None
    if _spoke_since(ctx, rec, pronoun, before):
        return None  # ``Judge Kim said a woman had called. "…," she said``: the judge
    if rec["noun"] in ctx.rules.other_sex_nouns(pronoun):
        return None  # no ``he`` for ``a woman``
    return {k: v for k, v in rec.items() if k != "noun"}


def _spoke_since(ctx: DocContext, rec: dict, pronoun: str, before: int) -> bool:
    """Did another person the pronoun fits speak in or after the sentence of the phrase ``rec``?"""
    spoke = _recent_speaker_at(ctx, pronoun, before)
    if spoke is None or not ctx.sent_ranges or spoke[0].start_char == rec["start"]:
        return False
    return spoke[1] >= ctx.sent_ranges[ctx.sentence_index(rec["start"])][0]


def _document_source(ctx: DocContext, rec: dict) -> bool:
    """Is the speaker record written as a document (``the ruling``, ``a report by X``)?"""
    written = _written(rec)
    span = ctx.doc.char_span(written["start"], written["end"], alignment_mode="expand")
    return span is not None and span.root.lemma_.lower() in ctx.rules.documents


def _widens(rec: dict, person: Span) -> bool:
    """Is the source record ``rec`` (no ``via``) the mention ``person`` with more words after it
    (``A spokesman`` + ``for the European Commission``)?"""
    return not rec.get("via") and rec["start"] == person.start_char and rec["end"] > person.end_char


def _one_unnamed_person(ctx: DocContext, rec: dict, pronoun: str) -> bool:
    """A speaker record of no actor mention naming one person: a proper name (of a fitting first
    name) or a singular noun of one person (``a colleague``; not of the other sex: ``a woman``
    for ``he``); or one member of an unnamed group (``One of them``, ``The other``: :func:`member_fits`)."""
    if one_person_member(rec):
        return member_fits(ctx, rec, pronoun)
    group = _one_of_named_group(ctx, rec)
    if group is not None:  # ``said one of the sources, an executive …. He estimated``
        return _people_noun_fits(ctx, group, pronoun)
    if "mention_id" in rec or rec.get("via") or rec.get("candidates"):
        return False
    span = ctx.record_span(rec)
    if span is None or span.root.tag_ in ("NNS", "NNPS") or span.root.pos_ == "PRON":
        return False
    if span.root.pos_ == "PROPN":
        names, own = _own_name_words(rec, span)
        gender = _given_name_gender(ctx, names[0].text) if len(names) >= 2 else None
        place = gender is None and not own and _names_no_person(ctx, rec)
        return gender in (None, _PRONOUN_GENDER.get(pronoun)) and not place
    noun = span.root.lemma_.lower()
    return noun in ctx.rules.person_nouns and noun not in ctx.rules.other_sex_nouns(pronoun)


def one_person_member(rec: dict) -> bool:
    """A speaker record of one member picked out of a group (``One of them said``, ``The other
    said``: ``norm.via`` ``partitive``, a person)."""
    norm = rec.get("norm") or {}
    return norm.get("via") == "partitive" and norm.get("type") == "person" and not rec.get("candidates")


def member_fits(ctx: DocContext, rec: dict, pronoun: str) -> bool:
    """May ``he``/``she`` mean one member of the group the record ``rec`` names? The group is of
    people (its noun a ``Rules.person_words`` one, or ``people``), not of the other sex (no ``she``
    for one of ``two men``; no ``he`` for one of ``two banks``)."""
    span = ctx.record_span(rec)
    return _people_noun_fits(ctx, span.root if span is not None else None, pronoun)


def _people_noun_fits(ctx: DocContext, tok: Token | None, pronoun: str) -> bool:
    """Is ``tok`` a noun of people (:func:`member_fits`) not of the other sex than ``pronoun``?"""
    noun = tok.lemma_.lower() if tok is not None else ""
    noun = "person" if noun == "people" else noun
    return noun in ctx.rules.person_words and noun not in ctx.rules.other_sex_nouns(pronoun)


def _one_of_named_group(ctx: DocContext, rec: dict) -> Token | None:
    """The group noun of a speaker record that picks one member out of the group its own ``of``
    phrase names (``one of the sources``: ``norm.via`` ``partitive-group``), else None."""
    if ((rec.get("norm") or {}).get("via")) != "partitive-group" or rec.get("via") or rec.get("candidates"):
        return None
    span = ctx.record_span(rec)
    if span is None or span.root.lower_ != "one":
        return None
    return next((t for t in span if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == span.root.i), None)


def _asker(ctx: DocContext, rec: dict) -> bool:
    """Is the source record the subject of a question verb (``question_verbs``: ``Another reporter
    pressed her on …. "…," she said``), whose answer someone else gives?"""
    span = ctx.record_span(rec)
    return span is not None and span.root.dep_ == "nsubj" \
        and span.root.head.lemma_.lower() in ctx.rules.words("question_verbs")


def _body_source(ctx: DocContext, rec: dict) -> bool:
    """A source record of no pronoun naming a body, no person (``his party`` in ``X told
    Radio-Canada that his party expected …``; ``the ministry``): nobody a ``he``/``she`` means."""
    if rec.get("via") or rec.get("also"):
        return False
    actor = ctx.actor_span(rec) if "mention_id" in rec else None
    if actor is not None:
        return not is_person(actor) and not _body_of_a_name(ctx, actor)
    span = ctx.record_span(rec)
    return span is not None and span.root.pos_ == "NOUN" and span.root.lemma_.lower() not in ctx.rules.person_nouns


def _own_name_words(rec: dict, span: Span) -> tuple[list[Token], bool]:
    """The proper-name words of a source record's phrase, and whether they are a name of two
    words or more after the body the record is affiliated to (``Québec solidaire
    co-spokesperson Émile Dufresne``: ``Émile Dufresne``, a person of that body, not the body)."""
    names = [t for t in span if t.pos_ == "PROPN"]
    body = rec.get("affiliation")
    after = [t for t in names if t.idx >= body["end"]] if isinstance(body, dict) and "end" in body else []
    return (after, True) if len(after) >= 2 else (names, False)


def _place_source(ctx: DocContext, rec: dict) -> bool:
    """A source record that names a place, by a word that is no given name (``Kursk Oblast``, which
    ``… a marine captured in Kursk Oblast, who asked …`` made a speaker; not ``Oksana``, which the
    tagger took for a place; nor a person named after the place, ``Québec solidaire
    co-spokesperson Émile Dufresne``): nobody a ``he``/``she`` means."""
    mentions = ctx.mentions_of(rec.get("actor_id"))
    if not mentions or not all(is_location(sp) for sp in mentions):
        return False
    span = ctx.record_span(rec)
    if span is not None and _own_name_words(rec, span)[1]:
        return False
    return _given_name_gender(ctx, rec["text"].split()[0]) is None


def _names_no_person(ctx: DocContext, rec: dict) -> bool:
    """Is a speaker record of no mention of its own the name of an actor the document never
    names as a person (``Kursk Oblast``, a place whose ``Kursk`` is its actor): no ``he``/``she``."""
    mentions = ctx.mentions_of(rec.get("actor_id"))
    return bool(mentions) and not any(is_person(sp) for sp in mentions)


def pronoun_antecedent(ctx: DocContext, tok: Token, sent_index: int, pronoun: str | None = None) -> Span | None:
    """The actor a ``he``/``she``/``it``/``they`` token (or possessive, as ``pronoun``) refers to."""
    pronoun = pronoun or tok.lower_
    if pronoun in PERSON_PRONOUNS:
        return person_antecedent(ctx, tok.idx, sent_index, pronoun)
    if pronoun in ("it", "they"):
        return prev_subject(ctx, sent_index, pronoun == "they")
    return None


def recent_speaker(ctx: DocContext, pronoun: str, before: int, reach: int = 2) -> Span | None:
    """The last person quoted or reported before ``before`` (within ``reach`` paragraphs) whom the
    pronoun fits: the speaker of ``"…," she added`` after a quotation."""
    found = _recent_speaker_at(ctx, pronoun, before, reach)
    return found[0] if found is not None else None


def _recent_speaker_at(ctx: DocContext, pronoun: str, before: int, reach: int = 2) -> tuple[Span, int] | None:
    """:func:`recent_speaker` with where it last spoke."""
    para = ctx.paragraph_index(before)
    for span, at in zip(reversed(ctx.speakers), reversed(ctx.spoke_at)):
        if at > before:
            continue
        if para - ctx.paragraph_index(at) > reach:
            return None
        if gender_fits(ctx, span, pronoun):
            return span, at
    return None


def _quoted_antecedent(ctx: DocContext, pronoun: str, before: int) -> Span | None:
    """``"…," she said`` opening its paragraph: the person quoted last (:func:`recent_speaker`),
    unless the paragraph just before made another fitting person the subject of a main clause after
    that speaker last spoke (``"…," Toland said. ¶ Means keeps a folder …. ¶ "…," she said``: Means;
    not ``the campaign that Means had led``)."""
    found = _recent_speaker_at(ctx, pronoun, before)
    if found is None:
        return None
    span, at = found
    para = ctx.paragraph_index(before)
    if para == 0 or ctx.section_at(before) in NOT_ANTECEDENT:
        return span
    lo, hi, _label = ctx.sections[para - 1]
    later = [sp for sp in ctx.spans_within(max(lo, at), min(hi, before))
             if sp.label_ == "actor" and is_person(sp) and gender_fits(ctx, sp, pronoun)
             and may_be_antecedent(ctx, sp, before) and _salient(ctx, sp)
             and sp.root.dep_ in ("nsubj", "nsubjpass") and _main_clause(sp.root.head)]
    best = _best_in_paragraph(ctx, later) if later else None
    return best if best is not None else span


#: how many paragraphs of one quotation a pronoun after it may look across for its speaker
_QUOTED_PARAGRAPHS = 4


def _quoted_paragraphs_before(ctx: DocContext, before: int) -> int:
    """How many paragraphs right before the one of ``before`` open with a quotation mark (the
    continued paragraphs of a long quotation), at most ``_QUOTED_PARAGRAPHS``."""
    para, n = ctx.paragraph_index(before), 0
    while n < _QUOTED_PARAGRAPHS and para - n - 1 >= 0:
        start = ctx.sections[para - n - 1][0]
        if ctx.text[start:start + 1] not in ("\"", "\u201c"):
            break
        n += 1
    return n


def remember_speakers(ctx: DocContext, recs: list[dict]) -> None:
    """Person speakers of these claims, in text order, with where they spoke (their cue: a
    speaker named earlier and resolved from ``she`` spoke where the ``she`` is), for
    :func:`recent_speaker`."""
    for rec in recs:
        span = ctx.actor_span(rec["speaker"])
        if span is None or not is_person(span):
            continue
        at = rec["cue"]["start"] if rec.get("cue") else span.start_char
        if ctx.speakers and ctx.speakers[-1] is span:
            ctx.spoke_at[-1] = max(ctx.spoke_at[-1], at)
        else:
            ctx.speakers.append(span)
            ctx.spoke_at.append(at)


def previous_speaker(ctx: DocContext, sent_index: int, plural: bool) -> dict | None:
    """``It``/``they`` as a speaker: the speaker named in the sentence before (the one before
    that across a quotation), when it is no single person (``Analysts at X said … They expect``);
    one named by a description only from the sentence just before (``the ministry said …. I have
    read that report. It says``: not the ministry)."""
    para = ctx.paragraph_index(ctx.sent_ranges[sent_index][0])
    for j in (sent_index - 1, sent_index - 2):
        rec = ctx.speaker_recs.get(j)
        if rec is None or para - ctx.paragraph_index(ctx.sent_ranges[j][0]) > 1 \
                or (j < sent_index - 1 and not _named_as_written(rec)):
            continue
        kind = (rec.get("norm") or {}).get("type")
        if kind == "person" or (not plural and _several(ctx, rec, ctx.sent_ranges[sent_index][0])):
            return None
        return rec
    return None


def previous_group(ctx: DocContext, sent_index: int, pronoun: Token) -> dict | None:
    """``they`` opening a clause after a sentence whose speaker is one person reached through a
    plural phrase (``His lawyers argued that he never meant to steal …. They conceded, however,
    that …``): that phrase as written (the lawyers, not their client), the pronoun in ``via``;
    None when the phrase is no plural noun or another plural noun stands between it and the
    pronoun (the nearer one could be meant)."""
    rec = ctx.speaker_recs.get(sent_index - 1)
    via = (rec or {}).get("via") or {}
    if not via.get("text") or (rec.get("norm") or {}).get("type") != "person" or rec.get("also"):
        return None
    if ctx.paragraph_index(ctx.sent_ranges[sent_index][0]) != ctx.paragraph_index(via["start"]):
        return None
    span = ctx.doc.char_span(via["start"], via["end"])
    if span is None or span.root.tag_ not in ("NNS", "NNPS"):
        return None
    between = ctx.doc[span.end:pronoun.i]
    if any(t.tag_ in ("NNS", "NNPS") for t in between):
        return None
    return {"text": via["text"], "start": via["start"], "end": via["end"], "actor_id": None,
            "via": via_of(pronoun)}


#: actor types of one body whose proper name may end in -s (``Reuters``, ``the United Nations``)
_ONE_BODY_TYPES = frozenset(("organization", "media", "government", "legislature", "state"))


def _several(ctx: DocContext, rec: dict, before: int | None = None) -> bool:
    """Does a speaker record name several, so that no ``it`` means it: its last word ends in -s
    (``Analysts at X``, ``the authorities``), unless a singular noun heads it (:func:`_singular_phrase`:
    ``a summary circulated to members``) or that word is a noun of one in -s
    (``singular_s_nouns``: ``the headquarters``, ``the caucus``) or the record is the proper name
    of one body (:func:`_one_body`: ``Reuters``, ``Goldman Sachs``, ``the United Nations``) that the
    text before ``before`` never calls ``they`` (:func:`_called_they`: ``The Chiefs said they would
    appeal``)."""
    words = rec["text"].split()
    last = words[-1].lower()
    if not last.endswith("s") or last in ctx.rules.words("singular_s_nouns") or _singular_phrase(ctx, rec):
        return False
    return not _one_body(ctx, rec, words) or _called_they(ctx, rec, before)


def _singular_phrase(ctx: DocContext, rec: dict) -> bool:
    """Is a speaker record of no mention a phrase headed by a singular common noun, whatever its
    last word (``a summary circulated to members``, ``the board of directors``)?"""
    if "mention_id" in rec or rec.get("start") is None:
        return False
    span = ctx.record_span(rec)
    return span is not None and span.root.tag_ == "NN"


def _one_body(ctx: DocContext, rec: dict, words: list[str]) -> bool:
    """Is a speaker record in -s the proper name of one body: an organisation, government, outlet,
    chamber or state (``_ONE_BODY_TYPES``) that the gazetteer or the actor layer knows (``Goldman
    Sachs``, ``the Philippines``), or whose name says one (a company's last word, ``Brackwell
    Holdings``; an outlet's, ``Harbour Times``; a head before ``of``, ``Bureau of Labor Statistics``)?
    Not a name known only to the tagger (``the Los Angeles Dodgers``, ``the Rolling Stones``)."""
    norm = rec.get("norm") or {}
    if "mention_id" not in rec or norm.get("type") not in _ONE_BODY_TYPES or not _proper_name(words):
        return False
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return bool(norm.get("in_gazetteer") or norm.get("role")) or _company_name(ctx, rec["text"]) \
        or words[-1].lower() in _actor_words(ctx.rules).media_heads or not head.lower().endswith("s")


#: pronouns that call a body several
_THEY_WORDS = frozenset(("they", "their", "them", "themselves"))


def _called_they(ctx: DocContext, rec: dict, before: int | None) -> bool:
    """Does the text call the speaker ``they``/``their`` outside quotations, after the speaker and
    in its sentence, in any sentence before ``before`` where that actor speaks (``The Chiefs said
    they would appeal``, ``The Dodgers said their pitcher …``)?"""
    if "end" not in rec:
        return False
    aid = rec.get("actor_id")
    ends = {rec["end"]} | {r["end"] for r in ctx.speaker_recs.values() if aid and r.get("actor_id") == aid
                           and "end" in r and (before is None or r["end"] <= before)}
    return any(_they_after(ctx, end) for end in ends)


def called_they(ctx: DocContext, span: Span, before: int) -> bool:
    """Is an actor named in -s one the text calls ``they`` before ``before`` (:func:`_called_they`:
    ``The Houthis said they had fired …``), so that a later ``it`` is not that actor?"""
    rec = {"end": span.end_char, "actor_id": (span._.norm or {}).get("actor_id")}
    return span.text.endswith("s") and _called_they(ctx, rec, before)


def _they_after(ctx: DocContext, end: int) -> bool:
    """Is there a ``they``/``their`` outside quotations between ``end`` and its sentence's end, with
    no plural noun before it that it could mean instead (``said 2,318 people were admitted, more than
    half of them in Dhaka``: the people)?"""
    hi = ctx.sent_ranges[ctx.sentence_index(max(end - 1, 0))][1]
    span = ctx.doc.char_span(end, hi, alignment_mode="expand") if end < hi else None
    for tok in span if span is not None else ():
        if tok.tag_ in ("NNS", "NNPS"):
            return False
        if tok.lower_ in _THEY_WORDS and ctx.quote_at(tok.idx) is None:
            return True
    return False


def _proper_name(words: list[str]) -> bool:
    """Are the words a proper name: the first not a number, and every word of four letters or
    more capitalised (``Bureau of Labor Statistics``; not ``Israeli authorities``, ``74 aid groups``)?"""
    return not words[0][:1].isdigit() and all(w[:1].isupper() for w in words if len(w) > 3 or w == words[-1])


def _named_as_written(speaker: dict) -> bool:
    """The speaker's name is in the words as written (no ``via``, or a ``via`` phrase around it)."""
    via = speaker.get("via")
    return not via or (via["start"] <= speaker["start"] and speaker["end"] <= via["end"])


def _described(speaker: dict) -> bool:
    """The speaker was reached through a description, not a pronoun (``The federation said``)."""
    via = speaker.get("via")
    return bool(via) and via["text"].lower() not in PRONOUNS_SPEAKER


def remember_subject(ctx: DocContext, index: int, recs: list[dict]) -> None:
    """The actor a following ``it``/``they`` most likely means: a speaker, else a subject."""
    remember_speakers(ctx, recs)
    ctx.cue_speakers.update((r["cue"]["start"], r["speaker"]) for r in recs if r["speaker"] is not None and r["cue"])
    said = sorted((r["speaker"] for r in recs if r["speaker"] is not None), key=lambda sp: _written(sp)["start"])
    ctx.speakers_said.extend(sp for sp in said if not ctx.speakers_said or ctx.speakers_said[-1] != sp)
    spoken = [r["speaker"] for r in recs if r["speaker"] is not None and r["speaker"]["text"].lower() not in PRONOUNS_SPEAKER]
    # a speaker named by a description when none is named as written (``The federation said ….
    # It said``: the federation, not a speaker two sentences back)
    named = [sp for sp in spoken if _named_as_written(sp)] or [sp for sp in spoken if _described(sp)]
    if named:
        ctx.speaker_recs[index] = named[0]
    for role in ("speaker", "subject"):
        for rec in recs:
            for actor in rec["actors"]:
                if actor["role"] == role and "via" not in actor:
                    span = ctx.actor_by_char.get((actor["start"], actor["end"]))
                    if span is not None:
                        ctx.subjects[index] = span
                        return
