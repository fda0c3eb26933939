"""``he``/``she``/``they`` speaking inside a quotation: someone the quoted speaker talks about.

Inside ``"…," Okafor said`` the quotation's speaker is ``I``; a third-person pronoun subject of a
reporting verb there is someone else: the nearest agreeing noun before it, in the quotation or in
the narrative sentence just before the quotation (``Holloway does not think the board members are
villains. "I think they honestly believe …," she said``: the board members; ``She talked about
her father. "… He thought politicians …"``: her father). ``they`` takes a plural subject noun
only; ``he``/``she`` a person (an actor mention or a person noun with a determiner) of no other
sex, never the quotation's own speaker (its tag between two quotations is passed over). Nothing agreeing in that window: left unresolved (a wrong
speaker is worse than none).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.components.claim_bodies import body_of
from pipeline.components.claim_clauses import Sentence
from pipeline.components.claim_context import DocContext
from pipeline.components.claim_speakers import gender_fits, is_person, noun_phrase, speaker_for_token, via_of
from pipeline.components.claim_they_side import against_us, dominant_body, own_side_nouns
from pipeline.tokens import PERSON_PRONOUNS

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_PERSON_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")
#: the third-person subject pronouns this module resolves
THIRD_PERSON_SUBJECTS = frozenset(("he", "she", "they"))
#: the most sentence units read back from the pronoun's own (its quotation's and one before)
_WINDOW = 5


def quoted_pronoun_speaker(sent: Sentence, subj: Token, quoting: dict, others: set[str] | None = None) -> dict | None:
    """The speaker a ``he``/``she``/``they`` subject inside a quotation spoken by ``quoting``
    refers to (see the module doc), the pronoun in ``via``; None when nothing agrees. ``others``:
    ids of persons who may be the quotation's speaker when it is not known (never the answer)."""
    ctx, pronoun = sent.ctx, subj.lower_
    quote = ctx.quote_at(subj.idx)
    if quote is None or pronoun not in THIRD_PERSON_SUBJECTS or not ctx.sent_ranges:
        return None
    first = max(_first_sentence(ctx, quote, pronoun) - 1, sent.index - _WINDOW + 1, 0)
    own = own_side_nouns(ctx, subj.idx) if pronoun == "they" and against_us(subj) else None
    for j in range(sent.index, first - 1, -1):
        other = sent if j == sent.index else Sentence.at(ctx, j)
        if other is None:
            return None
        for tok in reversed(other.tokens):
            if tok.i >= subj.i or _in_record(tok, quoting):
                continue
            if pronoun == "they" and (not _plural_subject(other, tok) or tok.lemma_.lower() in (own or ())):
                continue
            if pronoun != "they" and not _person_word(other, tok, pronoun):
                continue
            if _quoting_person(other, tok, quoting, others or set()):
                continue  # ``"The president asked me …," Lasko said. "He said …"``: not Lasko
            return _record(other, tok, subj, quoting, others or set())
    if pronoun != "they":
        return None
    return _body_they(sent, subj, quoting, others or set(), first, own or frozenset()) \
        or (_side_body(sent, subj, quoting, others or set()) if own is not None else None)


#: first-person words of a narrator (an op-ed's author, an interviewee's answer)
_NARRATOR_WORDS = frozenset(("i", "me", "my"))


def narrated_pronoun_speaker(sent: Sentence, subj: Token) -> dict | None:
    """A ``he``/``she`` outside quotations in first-person narration: ``I raised this with the
    Union minister in August. He assured me …`` (an interview answer, an op-ed). The narrator is
    ``I``, so the pronoun is someone ``I`` talks about: the nearest agreeing person noun or mention
    (:func:`_person_word`) before it in its sentence or the sentence before in its paragraph, when
    one of the two has ``I``/``me``/``my`` outside quotations; the pronoun in ``via``; else None."""
    ctx, pronoun = sent.ctx, subj.lower_
    if pronoun not in PERSON_PRONOUNS or ctx.quote_at(subj.idx) is not None:
        return None
    window = [sent]
    prev = Sentence.at(ctx, sent.index - 1) if sent.index > 0 else None
    if prev is not None and ctx.paragraph_index(prev.start_char) == ctx.paragraph_index(sent.start_char):
        window.insert(0, prev)
    if not any(t.lower_ in _NARRATOR_WORDS and t.i < subj.i and ctx.quote_at(t.idx) is None
               for other in window for t in other.tokens):
        return None
    for other in reversed(window):
        for tok in reversed(other.tokens):
            if tok.i >= subj.i or ctx.quote_at(tok.idx) is not None or not _person_word(other, tok, pronoun):
                continue
            span = ctx.actor_at.get(tok.i)
            rec = speaker_for_token(other, tok) if span is not None else \
                {**noun_phrase(other, tok), "actor_id": None}  # as written: ``the Union minister`` is no other minister
            if rec is None or rec.get("start") is None or rec["start"] < window[0].start_char:
                return None
            rec["via"] = via_of(subj)
            return rec
    return None


#: actor types a quoted ``they`` may be when no plural noun of people is near (a body, not people)
_BODY_TYPES = frozenset({"organization", "government", "legislature", "military", "media"})


def _body_they(sent: Sentence, subj: Token, quoting: dict, others: set[str], first: int,
               own: frozenset[str] = frozenset()) -> dict | None:
    """A quoted ``they`` with no plural noun of people in its window: a body actor mention there,
    in any role (``… worried about Harwell's exposure. Today they finally admitted it``; British and
    wire style name a company ``they``): the nearest body that is the subject of its clause (``The
    SEC fined Acme Bank``: the SEC), else the one body named there (two bodies, neither a subject:
    no answer); never the quotation's speaker, a body in the speaker's own description
    (:func:`_affiliation`) nor a person the tagger typed a body (:func:`_real_body`); else None."""
    found = _body_candidates(sent, subj, quoting, others, first, own)
    subjects = [c for c in found if _subject_of_clause(c[1])]
    if subjects:
        pick, rivals = subjects[0], [c for c in subjects if c[0] is subjects[0][0]]
    else:
        pick, rivals = (found[0] if found else None), found
    if pick is None or len({(c[2]._.norm or {}).get("actor_id") for c in rivals}) > 1:
        return None  # ``Apple and Google agreed``; ``… fined Acme Bank over Delta Air``: no safe answer
    other, _tok, span = pick
    aid = (span._.norm or {}).get("actor_id")
    if aid is None or aid == quoting.get("actor_id") or aid in others or not _named(sent.ctx, aid) \
            or not _real_body(other, span):
        return None
    rec = sent.ctx.actor_record(span, "speaker")
    rec["via"] = via_of(subj)
    return rec


def _body_candidates(sent: Sentence, subj: Token, quoting: dict, others: set[str], first: int,
                     own: frozenset[str] = frozenset()) -> list[tuple]:
    """The body mentions before the quoted ``they`` in its window, nearest first, as
    ``(sentence, head token, span)``, up to the nearest plural noun subject (``Smartphone
    assemblers there have stopped …. They are telling``: no body past it) that is not the
    speaker's own side (``own``: :func:`own_side_nouns`); bodies in the speaker's own
    description left out."""
    ctx, found = sent.ctx, []
    for j in range(sent.index, first - 1, -1):
        other = sent if j == sent.index else Sentence.at(ctx, j)
        if other is None:
            return found
        for tok in reversed(other.tokens):
            span = ctx.actor_at.get(tok.i)
            if tok.i >= subj.i or _in_record(tok, quoting):
                continue
            if _plural_noun_subject(tok) and tok.lemma_.lower() not in own:
                return found
            if span is None or span.root.i != tok.i or (span._.norm or {}).get("type") not in _BODY_TYPES \
                    or _affiliation(other, tok, {quoting.get("actor_id")} | others):
                continue
            found.append((other, tok, span))
    return found


def _side_body(sent: Sentence, subj: Token, quoting: dict, others: set[str]) -> dict | None:
    """``"They told us …," she said`` with no body nor group in the window: the article's one
    dominant body (:func:`dominant_body`), never the quotation's speaker, the body that speaker
    speaks for, a body known only by description nor a person the tagger typed a body."""
    ctx = sent.ctx
    span = dominant_body(ctx)
    aid = (span._.norm or {}).get("actor_id") if span is not None else None
    if aid is None or aid == quoting.get("actor_id") or aid in others or not _named(ctx, aid) \
            or not _real_body(sent, span):
        return None
    if aid in _bodies_spoken_for(ctx, {quoting.get("actor_id")} | others):
        return None
    rec = ctx.actor_record(span, "speaker")
    rec["via"] = via_of(subj)
    return rec


def _bodies_spoken_for(ctx: DocContext, persons: set[str | None]) -> set[str | None]:
    """Ids of the bodies the persons ``persons`` (ids) speak for (:func:`body_of`)."""
    found = set()
    for aid in persons - {None}:
        mentions = [sp for sp in ctx.mentions_of(aid) if is_person(sp)]
        body = body_of(ctx, mentions[0]) if mentions else None
        found.add((body._.norm or {}).get("actor_id") if body is not None else None)
    return found - {None}


def _subject_of_clause(tok: Token) -> bool:
    """The subject of its clause, or a conjunct of one (``Apple and Google agreed``)."""
    return tok.dep_ in _SUBJECT_DEPS or (tok.dep_ == "conj" and tok.head.dep_ in _SUBJECT_DEPS)


def _real_body(sent: Sentence, span) -> bool:
    """Is ``span`` a body, not a person the tagger typed one: its id has person-typed mentions in
    no more than one of three (a slip: ``agreed with TfL`` typed a person once among five), its
    one word is no surname of a person in the text (``Smith`` after ``John Smith``), and it
    owns no person or group (``Smith's family``, ``Lee's lawyers``)."""
    ctx, root = sent.ctx, span.root
    mentions = ctx.mentions_of((span._.norm or {}).get("actor_id"))
    if 3 * sum((sp._.norm or {}).get("type") == "person" for sp in mentions) > len(mentions):
        return False
    if root.dep_ == "poss" and people_word(sent, root.head):
        return False
    words = {t.lower_ for t in span if not t.is_punct and t.tag_ != "POS"}
    return len(words) != 1 or not any((sp._.norm or {}).get("type") == "person" and words <= {t.lower_ for t in sp}
                                      and sp not in mentions for sp in ctx.spans)


def _affiliation(sent: Sentence, tok: Token, speakers: set[str | None]) -> bool:
    """Is ``tok`` inside the description of the quotation's speaker (or of a person who may be
    it, ``speakers``), a mention of whom heads a phrase above it (``Fenwick, a fund manager at
    Carrick``; ``Haney, who drove for Granite Ridge``): the speaker's own side, not ``they``?"""
    for anc in tok.ancestors:
        span = sent.ctx.actor_at.get(anc.i)
        if span is not None and (span._.norm or {}).get("actor_id") in speakers - {None}:
            return True
    return False


def _named(ctx: DocContext, aid: str) -> bool:
    """Is the actor ``aid`` one body named by a proper noun in some mention (``Bank Wiślany``),
    not only described, nor a country's sector at large (an id that is its own role code:
    ``Polish lender Bank``, ``this bank`` taken for Poland's businesses)?"""
    return any((sp._.norm or {}).get("role") != aid and any(t.pos_ == "PROPN" for t in sp)
               for sp in ctx.mentions_of(aid))


def _plural_noun_subject(tok: Token) -> bool:
    """A plural noun subject of any kind (``assemblers``, ``dispatchers``): nearer than a body,
    ``they`` may well be it, so the body is no safe answer."""
    return tok.dep_ in _SUBJECT_DEPS and tok.tag_ in ("NNS", "NNPS") and tok.pos_ != "PRON"


def _first_sentence(ctx: DocContext, quote: tuple[int, int], pronoun: str) -> int:
    """The index of the sentence the quotation opens in; for ``he``/``she``, the one the first
    quotation of its paragraph opens in (``"… him. He thought …," she said. Then: "But he also
    said …"``)."""
    start = quote[0]
    para = ctx.paragraph_of(start)
    if pronoun != "they" and para is not None:
        marks = [k for k in (ctx.text.find(m, para[0], start) for m in ("\"", "\u201c")) if k >= 0]
        start = min(marks, default=start)  # ``find`` stops at the first mark: no rescan of the paragraph
    return ctx.sentence_index(start)


def _in_record(tok: Token, rec: dict) -> bool:
    """Is ``tok`` inside the words of the speaker record ``rec`` (or its ``via``)?"""
    for part in (rec, rec.get("via") or {}):
        if part.get("start") is not None and part["start"] <= tok.idx < part["end"]:
            return True
    return False


#: actor types a quoted ``they`` can be (people, groups, bodies; not places or things)
_THEY_TYPES = frozenset({"person", "people", "group", "organization", "government", "legislature", "military", "media"})


def _plural_subject(sent: Sentence, tok: Token) -> bool:
    """A plural noun subject naming people or a group (``The kids on that route love him``;
    :func:`people_word`), nothing else (``Rents have tripled``: not speakers)."""
    return (tok.dep_ in _SUBJECT_DEPS or _modal_compound(tok)) and tok.tag_ in ("NNS", "NNPS") \
        and tok.pos_ != "PRON" and people_word(sent, tok)


def _modal_compound(tok: Token) -> bool:
    """A plural noun right before a modal that the parser hung as a compound on the noun it took
    the verb for (``said dispatchers would phone drivers``: ``phone`` a noun): the subject."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ == "compound" and nxt is not None and nxt.tag_ == "MD" and tok.head.i > nxt.i


def people_word(sent: Sentence, tok: Token) -> bool:
    """Does ``tok`` name people or a group that can speak: the head of a person, group or body
    actor mention, or a noun of ``person_nouns``, ``body_subjects`` or ``people_group_nouns``;
    never a document or data noun (``polls``, ``figures``)."""
    noun, rules = tok.lemma_.lower(), sent.rules
    if noun in rules.documents:
        return False
    span = sent.ctx.actor_at.get(tok.i)
    if span is not None and span.root.i == tok.i and (span._.norm or {}).get("type") in _THEY_TYPES:
        return True
    return sent.person_or_body_noun(tok) or noun in rules.words("people_group_nouns")


def _person_word(sent: Sentence, tok: Token, pronoun: str) -> bool:
    """The head of a person actor mention the pronoun fits, or a singular noun naming one person
    (``Rules.person_words``: ``her father``, ``my brother``, ``the chair``) with a determiner or
    possessor (not a vocative ``Doctor``), not of the other sex."""
    span = sent.ctx.actor_at.get(tok.i)
    noun = tok.lemma_.lower()
    if span is not None and span.root.i == tok.i and tok.pos_ == "NOUN" and is_person(span):
        return noun not in sent.rules.other_sex_nouns(pronoun)  # ``his mother``: the noun's sex
    if span is not None:
        return span.root.i == tok.i and is_person(span) and gender_fits(sent.ctx, span, pronoun)
    if tok.dep_ not in _PERSON_DEPS or tok.tag_ != "NN":
        return False
    if noun not in sent.rules.person_words or noun in sent.rules.other_sex_nouns(pronoun):
        return False
    return any(c.dep_ in ("det", "poss") and c.i < tok.i for c in tok.children)


def _quoting_person(sent: Sentence, tok: Token, quoting: dict, others: set[str]) -> bool:
    """Is ``tok`` the head of a mention of the quotation's speaker (or of a person who may be it,
    ``others``) outside any quotation (its tag, ``Lasko said``)? Never the pronoun's referent, so
    the search goes on past it."""
    span = sent.ctx.actor_at.get(tok.i)
    aid = (span._.norm or {}).get("actor_id") if span is not None and span.root.i == tok.i else None
    if aid is None or sent.ctx.quote_at(tok.idx) is not None:
        return False
    return aid == quoting.get("actor_id") or aid in others


def _record(sent: Sentence, tok: Token, subj: Token, quoting: dict, others: set[str]) -> dict | None:
    """The speaker record the antecedent ``tok`` names, the pronoun in ``via``; None when it is
    the quotation's own speaker or a single person for ``they``."""
    rec = speaker_for_token(sent, tok)
    if rec is None:
        return None
    aid = rec.get("actor_id")
    if aid is not None and (aid == quoting.get("actor_id") or aid in others):
        return None
    if subj.lower_ == "they" and aid is not None:
        span = sent.ctx.actor_span(rec)
        if span is not None and is_person(span):
            return None
    rec["via"] = via_of(subj)
    return rec


def recent_speaker_ids(ctx: DocContext, before: int) -> set[str]:
    """Ids of the persons quoted or reported in the paragraph of ``before`` or the one before it:
    the likely speakers of a quotation whose tag the sentence does not hold (read from
    :func:`_speakers_by_paragraph`, not a rescan of every speaker)."""
    para = ctx.paragraph_index(before)
    found = {aid for p in (para - 1, para) for aid, at in _speakers_by_paragraph(ctx).get(p, {}).items()
             if at <= before}
    if ctx.speakers and ctx.spoke_at[-1] <= before and para - ctx.paragraph_index(ctx.spoke_at[-1]) <= 1:
        found.add((ctx.speakers[-1]._.norm or {}).get("actor_id"))  # the last may still speak later on
    return found - {None}


def _speakers_by_paragraph(ctx: DocContext) -> dict[int, dict[str, int]]:
    """Where each person of ``ctx.speakers`` first spoke in each paragraph, built as the speakers
    grow (kept on the context: ``ctx.speakers_by_paragraph``); all but the last, whose place
    ``remember_speakers`` may still move on."""
    done, index = ctx.speakers_by_paragraph
    for k in range(done, len(ctx.speakers) - 1):
        aid, at = (ctx.speakers[k]._.norm or {}).get("actor_id"), ctx.spoke_at[k]
        seen = index.setdefault(ctx.paragraph_index(at), {})
        if aid is not None and at < seen.get(aid, at + 1):
            seen[aid] = at
    ctx.speakers_by_paragraph[0] = max(done, len(ctx.speakers) - 1)
    return index
