"""Attribution: who asserts a clause and by which cue.

A reporting verb (``claim_cues.jsonl``: say, announce, claim, ...) with a reported clause is a
*frame*: its subject (the ``by`` agent in the passive) is the ``speaker`` and the verb is the
``cue`` of every claim reported under it. ``according to X`` / ``citing X`` give speaker X to the
clause they attach to. Quotations spanning several sentences take the one speaker attributed to
them by a cue outside the quotation marks.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token

from pipeline.components.claim_clauses import (Sentence, SourcePhrase, adjective_cue, child, has_to, particle_of, passive,
                                               person_of_who, word)
from pipeline.components.claim_context import copy_json, is_location
from pipeline.components.claim_conjoined_subjects import conjoined_subject
from pipeline.components.claim_holders import object_of_verdict
from pipeline.components.claim_it_documents import it_may_be_document
from pipeline.components.claim_joint import they_pair
from pipeline.components.claim_posters import posting_handle
from pipeline.components.claim_it_clauses import (clause_body, clause_document, clause_owner_word, clause_subject_word,
                                                   nearer_subject)
from pipeline.components.claim_replies import asked_by, person_addressed, replier
from pipeline.components.claim_quoted_pronouns import THIRD_PERSON_SUBJECTS, narrated_pronoun_speaker, people_word, \
    quoted_pronoun_speaker, recent_speaker_ids
from pipeline.components.claim_sections import in_nested_quote, quote_spans
from pipeline.components.claim_speakers import (
    GENERIC_PRONOUNS, PERSON_PRONOUNS, POSSESSIVE_PRONOUNS, PRONOUNS_SPEAKER, called_they, chained_speaker,
    pronoun_antecedent, fits_pronoun, is_document_noun, is_person, noun_phrase, person_antecedent,
    phrase_person_speaker, previous_group, previous_speaker, skips_source, source_speaker, speaker_for_token, unnamed_subject,
    via_of)


class Attribution(NamedTuple):
    speaker: dict | None
    cue: dict
    frame: Token | None         # the reporting verb (None for ``according to`` and cue nouns)
    heuristic: bool             # the speaker came from a pronoun resolution
    hedge_rule: dict | None = None  # a hedging cue noun (``the claim that``)


class FrameSpeaker(NamedTuple):
    speaker: dict | None
    heuristic: bool


def _match_words(sent: Sentence, tok: Token, words: list[str]) -> list[Token]:
    """The tokens from ``tok`` on that spell ``words`` (lowercase), else ``[]``."""
    if tok.lower_ != words[0]:
        return []
    seq = [tok]
    for w in words[1:]:
        nxt = seq[-1].nbor(1) if seq[-1].i + 1 < len(sent.doc) else None
        if nxt is None or nxt.lower_ != w:
            return []
        seq.append(nxt)
    return seq


def _source_object(sent: Sentence, rule: dict, obj: Token) -> bool:
    """``citing officials`` names a source; ``citing persistent issues`` gives a reason. Rules
    with ``objects`` accept an actor, a document or one of those nouns."""
    wanted = rule.get("objects")
    if not wanted or sent.ctx.actor_at.get(obj.i) is not None or obj.pos_ == "PROPN":
        return True
    lemma = obj.lemma_.lower()
    return lemma in wanted or obj.lower_ in wanted or lemma in sent.rules.documents


#: marks a phrase of a ``after_break`` rule may follow (``…, per Reuters``; ``The fight — per a source — is``)
_BREAKS = frozenset((",", "\u2014", "\u2013", "(", ";"))


def _placed(sent: Sentence, rule: dict, tok: Token, obj: Token) -> bool:
    """Where a rule with ``after_break`` may stand: first in its sentence or after a comma or dash
    (``…, per a source in the room``; ``Per a draft obtained by the outlet, …``), never inside a
    phrase (``$40 per barrel``, ``as per usual``); its object a name or an actor, plural, or with a
    determiner (``per two sources``, ``per a draft``; not the rate ``…, per person``)."""
    if not rule.get("after_break"):
        return True
    first = tok.i == sent.tokens[0].i or sent.doc[tok.i - 1].is_space
    if not first and sent.doc[tok.i - 1].text not in _BREAKS:
        return False
    if _rate(sent, obj):
        return False
    if obj.pos_ == "PROPN" or sent.ctx.actor_at.get(obj.i) is not None or obj.tag_ in ("NNS", "NNPS"):
        return True
    return any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)


_POSTMODIFIERS = frozenset(("amod", "acl", "relcl", "prep"))


def _rate(sent: Sentence, obj: Token) -> bool:
    """``per share counts``, ``per 100,000 people``: a rate noun (word list ``per_rate_nouns``) as the
    object or compounded to it, without a determiner, a possessive or a modifier after the object
    (``per a person familiar with …``, ``per two people briefed on …`` are sources)."""
    nouns = sent.rules.words("per_rate_nouns")
    if not any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in [obj, *obj.children]
               if t is obj or t.dep_ == "compound"):
        return False
    return not any(c.dep_ in ("det", "poss") or (c.dep_ in _POSTMODIFIERS and c.i > obj.i) for c in obj.children)


def find_sources(sent: Sentence) -> dict[int, SourcePhrase]:
    """``according to X`` / ``citing X`` phrases, by the clause head they attach to."""
    sources: dict[int, SourcePhrase] = {}
    for rule in sent.rules.sources:
        words = [w.lower() for w in rule["words"]]
        for tok in sent.tokens:
            seq = _match_words(sent, tok, words)
            if not seq:
                continue
            last = seq[-1]
            obj = child(last, ("pobj", "dobj")) or child(tok, ("pobj", "dobj"))
            owner = _closing_owner(sent, tok, seq, _closing_relative(sent, tok, seq, sent.owner.get(tok.i)), obj)
            if obj is None or owner is None or not _source_object(sent, rule, obj) or not _placed(sent, rule, tok, obj):
                continue
            if rule.get("subject_modifier") and (_in_subject(sent, tok, seq) or sent.cited_evidence(tok, obj)):
                continue
            phrase_tokens = {t.i for t in tok.subtree} | {t.i for t in seq}
            cue = word(sent.ctx.text, tok.idx, last.idx + len(last.text), " ".join(words))
            cue["origin"] = f"rule:{rule['id']}"
            sources[owner] = SourcePhrase(_split_source(sent, tok, obj), cue, phrase_tokens)
    for tok in sent.tokens:
        found = _possessive_source(sent, tok)
        owner = sent.owner.get(tok.i)
        if found is not None and owner is not None and owner not in sources and not _reported(sent, owner):
            sources[owner] = found
    return sources


def _in_subject(sent: Sentence, tok: Token, seq: list[Token]) -> bool:
    """``The lawsuit, quoting internal emails, says …``: a participle source phrase (rules with
    ``subject_modifier``: citing, quoting) between commas after the subject of a reporting verb and
    before the verb modifies that subject (review 15, item 11): it makes no claim of its own
    (``X reported, citing Y, that …`` stands after the verb: kept; ``The inspection, according to
    the RBI, showed …`` sources the clause)."""
    if tok.i == 0 or sent.doc[tok.i - 1].text != ",":
        return False
    end = max(max(t.i for t in tok.subtree), seq[-1].i)
    if end + 1 >= len(sent.doc) or sent.doc[end + 1].text != ",":
        return False
    verb = next((h for h in tok.ancestors if sent.is_report(h)), None)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    return subj is not None and subj.i < tok.i and end < verb.i


def _closing_owner(sent: Sentence, tok: Token, seq: list[Token], owner: int | None, obj: Token | None) -> int | None:
    """``X warned … that the bill would "hand the floor to Y", according to two people in the
    room``: a source phrase closing the sentence after a comma, which the parser hung on the
    reported clause, reports the whole statement of its reporting verb (``X warned …``) when its
    object can report it (people or a group, :func:`people_word`; ``…, according to the latest
    polls``: data back the reported clause, not the saying)."""
    if owner is None or tok.i == 0 or sent.doc[tok.i - 1].text != "," or obj is None or not people_word(sent, obj):
        return owner
    head = sent.doc[owner]
    end = max(t.i for t in tok.subtree)
    rest = [t for t in sent.tokens if t.i > max(end, seq[-1].i)]
    if any(not t.is_punct for t in rest) or head.dep_ != "ccomp" or not sent.is_report(head.head):
        return owner
    return head.head.i


def _closing_relative(sent: Sentence, tok: Token, seq: list[Token], owner: int | None) -> int | None:
    """``Republicans plan to unveil a bill that would move control to a nonprofit, per a draft
    obtained by the outlet``: a source phrase closing the sentence after a comma, which the parser
    hung on a relative clause (or a participle) of a noun, sources the clause that holds the
    noun; a phrase inside the sentence stays where it is."""
    if owner is None or tok.i == 0 or sent.doc[tok.i - 1].text != ",":
        return owner
    end = max(max(t.i for t in tok.subtree), seq[-1].i)
    if any(not t.is_punct for t in sent.tokens if t.i > end):
        return owner
    head = sent.doc[owner]
    while _relative(head) and sent.owner.get(head.head.i) not in (None, head.i):
        head = sent.doc[sent.owner[head.head.i]]
    return head.i


def _relative(head: Token) -> bool:
    """A relative clause or participle, also one the parser took for a complement clause (``a bill
    as soon as next week that would move …``: ``that`` its subject)."""
    return head.dep_ in ("relcl", "acl") or head.dep_ == "ccomp" and head.i > head.head.i and any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "which") and c.i < head.i for c in head.children)


def _reported(sent: Sentence, head: int) -> bool:
    """Is the clause of ``head`` reported by a verb (``By their count, 4,000 jobs are at risk, the
    union said``)? Then that verb's speaker is the source; the account phrase names no other."""
    tok = sent.doc[head]
    return tok.dep_ in ("ccomp", "parataxis") and sent.is_report(tok.head) or \
        any(c.dep_ == "parataxis" and sent.is_report(c) for c in tok.children)


_FIRST_PERSON = frozenset(("my", "our"))


def _possessive_source(sent: Sentence, prep: Token) -> SourcePhrase | None:
    """``by their count``, ``by his critics' account``, ``in her words``: a ``by``/``in`` phrase
    of a noun of the word list ``possessive_source_nouns`` with a possessor, who is the source
    (the noun the cue); not the writer's own (``by my count``: no attribution)."""
    if prep.lower_ not in sent.rules.words("possessive_source_preps") or prep.dep_ != "prep":
        return None
    noun = child(prep, ("pobj",))
    if noun is None or noun.lower_ not in sent.rules.words("possessive_source_nouns"):
        return None
    owner = child(noun, ("poss",))
    of_owner = _of_owner(sent, noun) if owner is None else None
    if of_owner is not None:
        speaker = source_speaker(sent, of_owner)
    elif owner is None or owner.lower_ in _FIRST_PERSON:
        return None
    else:
        speaker = _noun_speaker(sent, noun).speaker
    cue = word(sent.ctx.text, noun.idx, noun.idx + len(noun.text), noun.lemma_.lower())
    cue["origin"] = "rule:possessive-source-nouns"
    return SourcePhrase(speaker, cue, {t.i for t in prep.subtree})


def _of_owner(sent: Sentence, noun: Token) -> Token | None:
    """``in the words of one general``, ``by the account of two witnesses``: the ``of`` object of
    such a noun with ``the``, when it names people or a group (:func:`people_word`, any actor);
    not ``by the count of ballots``."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i), None)
    obj = child(prep, ("pobj",)) if prep is not None else None
    if obj is None or not (people_word(sent, obj) or sent.ctx.actor_at.get(obj.i) is not None):
        return None
    return obj


def _interviewed(sent: Sentence, obj: Token) -> Token | None:
    """``according to interviews with more than a dozen officials``: the people a conversation
    noun (word list ``conversation_source_nouns``) was held with, who are the source; None
    when the ``with`` object names no people or actor (``conversations with the data``) or the
    interviewer (:func:`_interviewer`: ``an interview with CNBC``, ``with reporters``)."""
    if obj.lemma_.lower() not in sent.rules.words("conversation_source_nouns"):
        return None
    prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > obj.i), None)
    people = child(prep, ("pobj",)) if prep is not None else None
    if people is None or not (people_word(sent, people) or sent.ctx.actor_at.get(people.i) is not None):
        return None
    return None if _interviewer(sent, people) else people


def _interviewer(sent: Sentence, tok: Token) -> bool:
    """The outlet or the reporters who held the interview, not the people who gave it: a media
    actor (``an interview with CNBC``) or a noun of ``interviewer_nouns`` (``with reporters``)."""
    span = sent.ctx.actor_at.get(tok.i)
    if span is not None and (span._.norm or {}).get("type") == "media":
        return True
    words = sent.rules.words("interviewer_nouns")
    return tok.lower_ in words or tok.lemma_.lower() in words


def _split_source(sent: Sentence, tok: Token, obj: Token) -> dict | None:
    """The source of ``according to`` / ``citing``; when the parser split its noun phrase
    (``according to the station's own`` + ``audited financial statements``, an adjective taken
    for the object), the noun after it, its words from the first of them; the people of
    ``interviews with …`` (:func:`_interviewed`)."""
    people = _interviewed(sent, obj)
    if people is not None:
        return source_speaker(sent, people)
    noun = child(tok, ("pobj", "dobj")) if obj.pos_ == "ADJ" else None
    if noun is None or noun.i == obj.i or noun.pos_ not in ("NOUN", "PROPN") or noun.left_edge.i != obj.i + 1:
        return source_speaker(sent, obj)
    rec = source_speaker(sent, noun)
    start = obj.left_edge.idx
    if rec is not None and "mention_id" not in rec and start < rec["start"]:
        rec.update(text=sent.ctx.text[start:rec["end"]], start=start)
    return rec


def _pronoun_speaker(sent: Sentence, frame: Token, subj: Token, seen: set[int]) -> FrameSpeaker | None:
    """A pronoun subject of a frame (:func:`_pronoun_antecedent_speaker`); inside a quotation,
    ``he``/``she``/``it``/``they`` are never the person the quotation is attributed to right
    after it (``"She asked him, and he said, 'We expect …,'" Carrera said``: not Carrera)."""
    found = _pronoun_antecedent_speaker(sent, frame, subj, seen)
    if _unresolved(found) and subj.lower_ in THIRD_PERSON_SUBJECTS:
        return _untagged_quoted_pronoun(sent, frame, subj) or found
    if subj.lower_ in THIRD_PERSON_SUBJECTS:
        found = _nearer_in_quotation(sent, frame, subj, found)
    if subj.lower_ in ("he", "she") and not quoted_frame(sent, frame, subj, _ANY_CLOSER):
        found = _narrated_person(sent, subj, found)  # not ``"…," she wrote`` nor ``‘…,’ he said``: the quoted one
    if found is None or found.speaker is None or subj.lower_ in ("i", "we"):
        return found
    if subj.lower_ == "they" and _one_person(sent, found.speaker):
        return None  # ``A spokeswoman … told me …. "They've been promising"``: no single person
    quoted = _quoted_by(sent, frame)
    quoted_id = (quoted._.norm or {}).get("actor_id") if quoted is not None else None
    if quoted_id is not None and found.speaker.get("actor_id") == quoted_id:
        return None
    return found


def _unresolved(found: FrameSpeaker | None) -> bool:
    """No speaker, or a bare pronoun as written (no actor, no antecedent phrase)."""
    rec = found.speaker if found is not None else None
    return rec is None or (rec.get("actor_id") is None and not rec.get("via")
                           and rec.get("text", "").lower() in PRONOUNS_SPEAKER)


def _untagged_quoted_pronoun(sent: Sentence, frame: Token, subj: Token) -> FrameSpeaker | None:
    """``"Smartphone assemblers there have stopped adding lines. They are telling suppliers …"``:
    a third-person pronoun inside a quotation whose speaker this sentence does not name, left
    unresolved so far: someone the quotation talks about (:func:`quoted_pronoun_speaker`), never
    a person quoted in this paragraph or the one before."""
    if sent.ctx.quote_at(subj.idx) is None:
        return None
    quoted = _quoted_by(sent, frame)
    quoting = sent.ctx.actor_record(quoted, "speaker") if quoted is not None else {}
    rec = quoted_pronoun_speaker(sent, subj, quoting, recent_speaker_ids(sent.ctx, subj.idx))
    return FrameSpeaker(rec, True) if rec is not None else None


def _nearer_in_quotation(sent: Sentence, frame: Token, subj: Token, found: FrameSpeaker | None) -> FrameSpeaker | None:
    """A ``he``/``she``/``they`` inside an untagged quotation resolved to someone named outside
    it, while the quotation itself names an agreeing person before the pronoun (``"I was 19. My
    lawyer met me for eleven minutes. He said …"`` after ``Mr. Fairweather is a former
    prosecutor``): the quotation's own antecedent (:func:`_untagged_quoted_pronoun`), nearer and
    inside the quoted speaker's words; else ``found`` unchanged."""
    quote = sent.ctx.quote_at(subj.idx)
    if quote is None or found is None or found.speaker is None:
        return found
    inside = _untagged_quoted_pronoun(sent, frame, subj)
    rec = inside.speaker if inside is not None else None
    if rec is None or rec.get("start") is None or not quote[0] <= rec["start"] < subj.idx:
        return found
    if rec.get("actor_id") is not None and rec.get("actor_id") == found.speaker.get("actor_id"):
        return found
    return inside


def _narrated_person(sent: Sentence, subj: Token, found: FrameSpeaker | None) -> FrameSpeaker | None:
    """A ``he``/``she`` in first-person narration (:func:`narrated_pronoun_speaker`: ``I raised
    this with the Union minister. He assured me …``) resolved to no one, or to someone not named
    since the sentence before: the person ``I`` just talked about; else ``found`` unchanged."""
    rec = narrated_pronoun_speaker(sent, subj)
    if rec is None:
        return found
    old = found.speaker if found is not None else None
    if old is not None and not _unresolved(found):
        if old.get("actor_id") is not None and old.get("actor_id") == rec.get("actor_id"):
            return found
        if old.get("start") is not None and rec["start"] <= old["start"] < subj.idx:
            return found  # the found words themselves are nearer
        span = sent.ctx.actor_span(old) if "mention_id" in old else None
        mentions = sent.ctx.mentions_of(old.get("actor_id")) if span is not None else []
        if any(rec["start"] <= m.start_char < subj.idx for m in mentions):
            return found  # the found person is named after the narrator's noun: nearer
    return FrameSpeaker(rec, True)


def _one_person(sent: Sentence, rec: dict) -> bool:
    """Does a speaker record name one person (a person actor, or a singular noun of one person as
    written: ``A spokeswoman for the Oregon Health Authority``), so that ``they`` cannot be it?"""
    if rec.get("also"):
        return False
    if "mention_id" in rec:
        span = sent.ctx.actor_span(rec)
        return span is not None and is_person(span)
    span = sent.ctx.record_span(rec)
    return span is not None and span.root.tag_ in ("NN", "NNP") and span.root.lemma_.lower() in sent.rules.person_nouns


def _written_group(sent: Sentence, rec: dict, subj: Token) -> dict | None:
    """``they`` resolved to a speaker record of one person: the plural phrase as written that led
    there (``Ellison's allies insist …; they point to``: the allies, not Ellison), a speaker of
    no actor with the pronoun in ``via``; None when there is none."""
    via = rec.get("via") or {}
    span = sent.ctx.doc.char_span(via["start"], via["end"]) if via.get("text") else None
    if span is None or span.root.tag_ not in ("NNS", "NNPS"):
        return None
    return {"text": via["text"], "start": via["start"], "end": via["end"], "actor_id": None, "via": via_of(subj)}


def _quoted_by(sent: Sentence, frame: Token) -> Span | None:
    """The actor a quotation holding ``frame`` is attributed to right after its closing mark
    (``"…," Carrera said`` / ``"…," said Carrera``), if any."""
    quote = sent.ctx.quote_at(frame.idx)
    if quote is None:
        return None
    toks = [t for t in sent.tokens if t.idx >= quote[1] and not (t.is_punct or t.is_space)][:4]
    if len(toks) < 2:
        return None
    first = sent.ctx.actor_at.get(toks[0].i)
    if first is not None and first.end < len(sent.doc) and sent.is_report(sent.doc[first.end]):
        return first
    if sent.is_report(toks[0]):
        return sent.ctx.actor_at.get(toks[1].i)
    return None


def _pronoun_antecedent_speaker(sent: Sentence, frame: Token, subj: Token, seen: set[int]) -> FrameSpeaker | None:
    """A pronoun subject of a frame: the outer speaker when the frame is itself reported, else
    the pronoun's antecedent."""
    outer = attribution(sent, frame, seen | {frame.i})
    if subj.lower_ in ("i", "we"):
        return _first_person_speaker(sent, subj, outer)
    if subj.lower_ == "it" and sent.ctx.quote_at(subj.idx) is not None:
        prev = _previous_it_subject(sent, subj)  # ``"The court did not say …. It said …"``
        if prev is not None:
            return FrameSpeaker(prev, True)
    quoting = _quoting_speaker(sent, frame, outer)
    if quoting is not None and not _reports_itself(sent, frame, subj, quoting):
        # ``"…, and he said, 'We expect …'," Carrera said``: inside a quotation, he/she/they are
        # someone the quoted speaker talks about, never the quoted speaker; left unresolved
        # unless the speaker just named the side it opposes (``"They call it reform"``)
        opposed = _opposed_side(sent, subj, quoting) if subj.lower_ == "they" else None
        if opposed is None:  # ``She talked about her father. "… He thought …"``: her father
            opposed = quoted_pronoun_speaker(sent, subj, quoting)
        return FrameSpeaker(opposed, True) if opposed is not None else None
    nested = _nested_quoted_pronoun(sent, subj, outer)
    if nested is not None:
        return FrameSpeaker(nested, True)
    if outer is not None and fits_pronoun(sent.ctx, outer.speaker, subj.lower_):
        return FrameSpeaker(_via_pronoun(outer.speaker, subj), True)
    if subj.lower_ in PERSON_PRONOUNS:
        return _person_pronoun_speaker(sent, frame, subj)
    return _thing_pronoun_speaker(sent, frame, subj)


def _nested_quoted_pronoun(sent: Sentence, subj: Token, outer: Attribution | None) -> dict | None:
    """``"I think they honestly believe …," she said``: a third-person pronoun under a frame of
    the quotation's own ``I`` (its speaker, through ``I``) is someone that speaker talks about
    (:func:`quoted_pronoun_speaker`)."""
    if outer is None or outer.speaker is None or sent.ctx.quote_at(subj.idx) is None:
        return None
    via = (outer.speaker.get("via") or {}).get("text") or ""
    if via.lower() != "i" or sent.ctx.quote_at(outer.cue["start"]) != sent.ctx.quote_at(subj.idx):
        return None
    return quoted_pronoun_speaker(sent, subj, outer.speaker)


def _via_pronoun(speaker: dict, subj: Token) -> dict:
    """A copy of the speaker record ``speaker``, reached through the pronoun ``subj``."""
    rec = copy_json(speaker)
    rec["via"] = via_of(subj)
    return rec


def _first_person_speaker(sent: Sentence, subj: Token, outer: FrameSpeaker | None) -> FrameSpeaker | None:
    """``I``/``we`` subject of a frame: the outer speaker when it fits, else None (the speaker of
    the quotation it is in, see ``attribute_quotes``)."""
    if _nested_self(sent, subj):
        return None  # ``… told me, ‘I never listen …’``: the inner quotation's speaker, unnamed here
    if outer is not None and fits_pronoun(sent.ctx, outer.speaker, subj.lower_) \
            and _own_voice(sent, subj, outer.speaker):
        return FrameSpeaker(_via_pronoun(outer.speaker, subj), True)
    return None


def _own_voice(sent: Sentence, subj: Token, speaker: dict | None) -> bool:
    """Can the ``I``/``we`` ``subj`` be the outer speaker? Inside a quotation, yes; in the
    narration only when that speaker is itself the narrator's ``I``/``we`` (``Some ministers argue
    even that is too much; I disagree``: the writer, not the ministers)."""
    if sent.ctx.quote_at(subj.idx) is not None or speaker is None:
        return True
    via = speaker.get("via")
    words = {str(speaker.get("text", "")).lower(), str(via.get("text", "") if isinstance(via, dict) else "").lower()}
    return bool(words & {"i", "we"})


def _person_pronoun_speaker(sent: Sentence, frame: Token, subj: Token) -> FrameSpeaker | None:
    """``he``/``she`` subject of a frame: its person antecedent (``"…," she added``: the quote's
    speaker first), or a source of no mention named after it (:func:`phrase_person_speaker`); the
    subject of an earlier clause it is conjoined to first (:func:`conjoined_subject`)."""
    first = conjoined_subject(sent, frame, subj)
    rec = speaker_for_token(sent, first) if first is not None else None
    if rec is not None and fits_pronoun(sent.ctx, rec, subj.lower_):  # ``X acknowledged …, but he defended``
        return FrameSpeaker(_via_pronoun(rec, subj), True)
    person = person_antecedent(sent.ctx, subj.idx, sent.index, subj.lower_, quoted_frame(sent, frame, subj))
    person = replier(sent, frame, subj, person)  # ``X asked …. "…," he replied``: never X
    phrase = phrase_person_speaker(sent.ctx, subj.idx, subj.lower_, person)
    if phrase is None:  # ``A colleague … came to find me. "…," she said``: a person of no mention
        phrase = unnamed_subject(sent.ctx, subj.idx, subj.lower_, person)
    if phrase is None and person is None:  # ``… "…," he told reporters. ¶ He urged``: the same source
        phrase = chained_speaker(sent.ctx, subj.idx, subj.lower_)
    if phrase is not None and asked_by(sent, frame, subj, phrase):
        return None  # ``Ramanathan asked …. "…," he replied``: the one asked, unnamed here
    if phrase is not None:  # ``Adeyemi acknowledged …. "…," he said``: a source of no mention
        return FrameSpeaker(_via_pronoun(phrase, subj), True)
    if person is not None and skips_source(sent.ctx, subj.idx, subj.lower_, person):
        return None  # a nearer source it may mean, which the actor layer does not know as a person
    return _actor_via(sent, person, subj)


def _thing_pronoun_speaker(sent: Sentence, frame: Token, subj: Token) -> FrameSpeaker | None:
    """``it``/``they`` subject of a frame: an earlier frame's or sentence's speaker, else the
    antecedent actor, else the plural or ``it`` subject phrase before; an ``it`` in a clause of
    a sentence naming one body first that body (:func:`clause_body`), a nearer body subject in a
    relative clause (:func:`clause_subject_word`) or a body noun owning the clause's noun
    (:func:`clause_owner_word`); an ``it`` after a sentence of no speaker the body or document
    subject of that sentence (:func:`_unspoken_it_subject`); a ``they`` right after a
    verbless sentence headed by a plural noun of people that noun's phrase, before any speaker
    further back (:func:`_verbless_plural_head`)."""
    body = clause_body(sent, frame, subj)
    if body is not None:  # ``The ministry's plan is a dam, which it says …``: the ministry
        return _actor_via(sent, body, subj)
    if nearer_subject(sent, frame, subj):  # ``a video the channel posted, which it said``: not the main subject
        nearer = clause_subject_word(sent, frame, subj)
        rec = speaker_for_token(sent, nearer) if nearer is not None else None
        return FrameSpeaker(_via_pronoun(rec, subj), True) if rec is not None else None
    owner = clause_owner_word(sent, frame, subj)
    rec = speaker_for_token(sent, owner) if owner is not None else None
    if rec is not None:  # ``the company's accuracy figure, which it says …``: the company
        return FrameSpeaker(_via_pronoun(rec, subj), True)
    document = clause_document(sent, frame, subj)
    if document is not None:  # ``A poll by X showed …, though it found …``: the poll
        rec = _re_mention(sent, document, _subject_speaker((sent, document), subj))
        if rec is not None:
            return FrameSpeaker(rec, True)
    if subj.lower_ in ("it", "they"):
        prev = _earlier_frame_speaker(sent, frame, subj)
        verbless = _verbless_plural_head(sent, subj) if prev is None and subj.lower_ == "they" else None
        if verbless is not None:  # ``… have said …. The big carriers, not yet. They say``: the carriers
            return FrameSpeaker(verbless, True)
        prev = prev or _unspoken_it_subject(sent, subj) \
            or previous_speaker(sent.ctx, sent.index, subj.lower_ == "they")
        if prev is None and subj.lower_ == "they":  # ``His lawyers argued …. They conceded``
            group = previous_group(sent.ctx, sent.index, subj)
            if group is not None:
                return FrameSpeaker(group, True)
        if prev is not None and not (subj.lower_ == "they" and _mute(sent, prev)):
            return FrameSpeaker(_document_kept(sent, prev, _via_pronoun(prev, subj)), True)
        person = pronoun_antecedent(sent.ctx, subj, sent.index)
        if person is not None:
            return _actor_via(sent, person, subj)
    phrase = (_previous_plural_subject(sent, subj) or _conjunct_group(sent, subj) or _they_pair(sent, subj)) \
        if subj.lower_ == "they" else \
        (_previous_it_subject(sent, subj) or _previous_it_document(sent, subj)) if subj.lower_ == "it" else None
    return FrameSpeaker(phrase, True) if phrase is not None else None


def _document_kept(sent: Sentence, prev: dict, rec: dict) -> dict:
    """``A memo drafted by X estimated …. It warned …``: an ``it`` that takes a speaker
    reached through a document's words (``prev``'s ``via`` headed by a document noun) names that
    document again, so ``rec`` keeps those words as ``speaker.document`` beside the author."""
    via = prev.get("via")
    if rec["via"]["text"].lower() != "it" or rec.get("document") or not isinstance(via, dict):
        return rec
    span = sent.ctx.doc.char_span(via["start"], via["end"])
    words = Sentence.holding(sent.ctx, span.root) if span is not None else None
    if words is not None and is_document_noun(words, span.root):
        rec["document"] = {k: via[k] for k in ("text", "start", "end")}
    return rec


def _they_pair(sent: Sentence, subj: Token) -> dict | None:
    """``… his mother, Denise Reid, and his stepfather, Martin Cole. ¶ "…," they said``: the two
    people joined in the sentence before (:func:`they_pair`), a joint speaker (the second in ``also``)."""
    pair = they_pair(sent.ctx, sent.index)
    if pair is None:
        return None
    rec = sent.ctx.actor_record(pair[0], "speaker")
    rec["via"] = via_of(subj)
    rec["also"] = [sent.ctx.actor_record(pair[1], "speaker")]
    return rec


def _mute(sent: Sentence, rec: dict) -> bool:
    """A speaker record no ``they`` should reach: a phrase of no actor whose head is a thing, neither
    people (:func:`people_word`) nor a document (``three epigenetic clocks, which estimate …``); an
    ``it`` may still name a body so written (``The tribunal ruled … "It said …"``)."""
    if "mention_id" in rec or rec.get("actor_id") is not None:
        return False
    span = sent.ctx.record_span(rec)
    if span is None or span.root.pos_ != "NOUN":
        return False
    head = span.root
    return head.lemma_.lower() not in sent.rules.documents and not people_word(sent, head)


def _actor_via(sent: Sentence, person: Span | None, subj: Token) -> FrameSpeaker | None:
    """The speaker record of the actor ``person`` reached through ``subj`` (None: None)."""
    if person is None:
        return None
    rec = sent.ctx.actor_record(person, "speaker")
    rec["via"] = via_of(subj)
    return FrameSpeaker(rec, True)


def _reports_itself(sent: Sentence, frame: Token, subj: Token, quoting: dict) -> bool:
    """``the two ministers said they "welcomed …"``: the quoted verb's own pronoun subject, before
    the quotation marks, that fits the speaker of the quoted words (``they`` a joint speaker) is
    that speaker (not a subject shared with a verb outside: ``she said, "and told me …"``)."""
    return subj.head.i == frame.i and sent.ctx.quote_at(subj.idx) is None \
        and fits_pronoun(sent.ctx, quoting, subj.lower_)


_OPPOSED_REACH = 2  # sentences before the quotation where the side may be named


def _opposed_side(sent: Sentence, subj: Token, quoting: dict) -> dict | None:
    """``Okafor accused Republican leaders of …. "They call it reform," Okafor said``: ``they``
    opening a quotation is the plural object of an ``opponent_verbs`` verb (accuse, blame,
    criticize …) whose subject is the quotation's own speaker, in one of the two sentences just
    before the quotation (over a paragraph break); else None (left unresolved)."""
    ctx, quote = sent.ctx, sent.ctx.quote_at(subj.idx)
    if quote is None or any(ch.isalpha() for ch in ctx.text[quote[0]:subj.idx]):
        return None
    first = ctx.sentence_index(quote[0])
    for j in range(first - 1, max(-1, first - 1 - _OPPOSED_REACH), -1):
        prev = Sentence.at(ctx, j)
        found = _opposed_object(prev, quoting) if prev is not None else None
        if found is not None:
            rec = speaker_for_token(prev, found)
            if rec is not None:
                _cut_charge(ctx.text, rec, found)
                rec["via"] = via_of(subj)
            return rec
    return None


def _cut_charge(text: str, rec: dict, obj: Token) -> None:
    """``blamed managers for the delays``: the charge the parser hung on the object is no word
    of the side (``managers``); only for a phrase no actor names."""
    charge = [c for c in obj.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ in ("for", "of")]
    if rec.get("actor_id") is None and charge and rec["start"] <= obj.idx < charge[0].idx <= rec["end"]:
        rec["end"] = len(text[:charge[0].idx].rstrip())
        rec["text"] = text[rec["start"]:rec["end"]]


def _opposed_object(sent: Sentence, quoting: dict) -> Token | None:
    """The plural object of an ``opponent_verbs`` verb of ``sent`` said by ``quoting``."""
    verbs = sent.rules.words("opponent_verbs")
    for verb in (t for t in sent.tokens if t.pos_ == "VERB" and t.lemma_.lower() in verbs):
        obj = sent.kid(verb, ("dobj",))
        if obj is None or obj.tag_ not in ("NNS", "NNPS") or sent.ctx.quote_at(obj.idx) is not None:
            continue
        who = frame_speaker(sent, verb).speaker
        if who is not None and who.get("actor_id") is not None and who.get("actor_id") == quoting.get("actor_id"):
            return obj
    return None


def _nested_self(sent: Sentence, subj: Token) -> bool:
    """``I``/``we`` inside a single-quoted quotation nested in a double-quoted one."""
    quote = sent.ctx.quote_at(subj.idx)
    return quote is not None and in_nested_quote(sent.ctx.text, quote[0], subj.idx)


def _previous_plural_subject(sent: Sentence, subj: Token) -> dict | None:
    """``The neighborhood associations in Old Town have sued to stop the plan. They argue …``:
    ``they`` opening a sentence, with no actor to refer to, is the plural subject phrase of the
    sentence just before in the same paragraph (as written; never a document or a pronoun)."""
    found = sent.previous_subject(subj) if sent.ctx.quote_at(subj.idx) is None else None
    if found is None or found[1].tag_ not in ("NNS", "NNPS") or found[1].lemma_.lower() in sent.rules.documents:
        return None
    return _subject_speaker(found, subj)


def _verbless_plural_head(sent: Sentence, subj: Token) -> dict | None:
    """``A couple of smaller insurers are back. The big national carriers, not yet. They say …``:
    the head of a verbless sentence just before (:meth:`Sentence.previous_verbless_head`) when it
    is a plural noun of people or a body (:func:`people_word`; never ``The rate filings, not
    yet.``), as written."""
    found = sent.previous_verbless_head(subj) if sent.ctx.quote_at(subj.idx) is None else None
    if found is None or found[1].tag_ not in ("NNS", "NNPS") or not people_word(found[0], found[1]):
        return None
    return _subject_speaker(found, subj)


def _conjunct_group(sent: Sentence, subj: Token) -> dict | None:
    """``I spoke with officials at the State Department, and they told me …``: ``they`` subject
    of a clause joined by ``and`` to the one before it in the sentence is the one plural noun of
    people (:func:`people_word`) that clause has as object (none when two could be meant:
    ``dispatchers would phone drivers``)."""
    verb = subj.head
    if verb.dep_ != "conj" or verb.head.i >= verb.i or sent.ctx.quote_at(subj.idx) is not None:
        return None
    first = verb.head
    if _body_subject(sent, first):  # ``The fire department evacuated residents, and they said``
        return None
    groups = [t for t in first.subtree if t.i < verb.i and t.dep_ in ("dobj", "pobj") and t.tag_ in ("NNS", "NNPS")
              and t.pos_ != "PRON" and people_word(sent, t)]
    plural = [t for t in first.subtree if t.i < verb.i and t.tag_ in ("NNS", "NNPS") and t not in groups
              and t.dep_ in ("nsubj", "dobj", "pobj") and people_word(sent, t)]
    if len(groups) != 1 or plural or groups[0].lemma_.lower() in sent.rules.documents:
        return None
    rec = speaker_for_token(sent, groups[0])
    if rec is not None:
        rec["via"] = via_of(subj)
    return rec


#: actor types of a subject that a plural ``they`` after it could stand for (US copy calls a body they)
_BODY_TYPES = frozenset({"organization", "government", "legislature", "military", "media", "group", "people"})


def _body_subject(sent: Sentence, verb: Token) -> bool:
    """Is the subject of ``verb`` an organisation or a group (an actor of those types, or a noun of
    ``body_subjects``): a ``they`` after the clause may be that body, not the clause's object."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
    if subj is None:
        return False
    span = sent.ctx.actor_at.get(subj.i)
    if span is not None and (span._.norm or {}).get("type") in _BODY_TYPES:
        return True
    return subj.lemma_.lower() in sent.rules.words("body_subjects")


def _previous_it_subject(sent: Sentence, subj: Token) -> dict | None:
    """``But the comptroller's report undercuts him. It found that …``; inside one quotation,
    ``"The court did not say these warrants are never allowed. It said they must be specific"``:
    ``it`` opening a sentence is the singular subject of the sentence just before in the same
    paragraph (both inside quotations, or both outside) when that is a document or a body
    (``it`` names no person)."""
    found = sent.previous_subject(subj)
    quoted = sent.ctx.quote_at(subj.idx) is not None
    if found is not None and (sent.ctx.quote_at(found[1].idx) is not None) != quoted:  # ``"…," the group said``
        prev = found[0]
        found = next(((prev, t) for t in prev.tokens if t.dep_ == "nsubj" and t.head.dep_ in ("ROOT", "ccomp")
                      and quoted and sent.ctx.quote_at(t.idx) is not None), None)
    noun = found[1] if found is not None else None
    if noun is None or noun.tag_ not in ("NN", "NNP"):
        return None
    span = sent.ctx.actor_at.get(noun.i)
    if noun.lemma_.lower() not in sent.rules.documents and (span is None or is_person(span) or is_location(span)):
        return None
    if span is not None and called_they(sent.ctx, span, sent.ctx.sent_ranges[sent.index][0]):
        return None  # ``Goldman Sachs said they had cut …. It said``: several, as the text calls them
    return _re_mention(found[0], found[1], _subject_speaker(found, subj))


def _unspoken_it_subject(sent: Sentence, subj: Token) -> dict | None:
    """``Bloomberg's data show …. The ethics council found in a report that …. It called``: an
    ``it`` after a sentence that has no speaker of its own (its cue missed) but a body or document
    subject (:func:`_previous_it_subject`) is that subject, never a speaker two sentences back."""
    if subj.lower_ != "it" or sent.index - 1 in sent.ctx.speaker_recs:
        return None
    return _previous_it_subject(sent, subj)


def _previous_it_document(sent: Sentence, subj: Token) -> dict | None:
    """``I have read that report. It says …``: ``it`` opening a sentence (outside quotations)
    is the one singular document the sentence just before (same paragraph)
    names anywhere, when that sentence names no other thing ``it`` could be (no second document,
    no organization outside the document's words); None otherwise (a wrong speaker is worse)."""
    prev = sent.previous_sentence(subj)
    if prev is None or sent.ctx.quote_at(subj.idx) is not None:
        return None  # inside a quotation ``it`` is what the quote talks about
    docs = [t for t in prev.tokens if t.pos_ == "NOUN" and t.tag_ == "NN" and is_document_noun(prev, t)
            and not (t.dep_ == "compound" and t.head.pos_ in ("NOUN", "PROPN"))]
    if len(docs) != 1:
        return None
    inside = {t.i for t in docs[0].subtree}
    if any(sent.ctx.actor_at.get(t.i) is not None and not is_person(sent.ctx.actor_at[t.i])
           and not is_location(sent.ctx.actor_at[t.i]) for t in prev.tokens if t.i not in inside):
        return None  # ``The agency published a report. It said …``: the agency may be ``it``
    if not it_may_be_document(prev, docs[0]):
        return None  # ``The company filed a lawsuit.``, ``Shares fell after the report.``: no guess
    return _re_mention(prev, docs[0], _subject_speaker((prev, docs[0]), subj))


def _re_mention(sent: Sentence, tok: Token, rec: dict | None) -> dict | None:
    """A pronoun linked to a document named before (``It found``, ``and it recommended``): the
    speaker keeps that document as first named (``speaker.document``)."""
    if rec is not None and is_document_noun(sent, tok):
        rec.setdefault("document", noun_phrase(sent, tok))
    return rec


def _subject_speaker(found: tuple[Sentence, Token], subj: Token) -> dict | None:
    """The speaker named by a subject found in an earlier sentence, the pronoun in ``via``."""
    rec = speaker_for_token(*found)
    if rec is not None:
        rec["via"] = via_of(subj)
    return rec


def _earlier_frame_speaker(sent: Sentence, frame: Token, subj: Token) -> dict | None:
    """``it``/``they`` in a later clause (``Analysts at X forecast …, though they cautioned``;
    ``The audit found …, and it recommended``): the speaker of the nearest earlier reporting frame
    of the sentence whose named subject the pronoun fits (plural for ``they``, no person for
    either); quotations are skipped (a pronoun there is someone the quote talks about)."""
    plural = subj.lower_ == "they"
    for head_i in sorted((i for i in sent.frames if i < subj.i and i != frame.i), reverse=True):
        head = sent.doc[head_i]
        other = sent.subject_token(head).token
        if other is None or other.pos_ == "PRON" or other.i >= subj.i or sent.ctx.quote_at(other.idx):
            continue
        many = other.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in other.children)
        if many != plural:
            return None
        rec = frame_speaker(sent, head).speaker
        # a plural subject fits ``they`` also when it speaks for one person (``Ellison's allies``)
        if rec is None or not (plural or fits_pronoun(sent.ctx, rec, subj.lower_)):
            return None
        if plural and _one_person(sent, rec):
            return _written_group(sent, rec, subj)
        rec = copy_json(rec)
        rec["via"] = via_of(subj)
        return _re_mention(sent, other, rec)
    return None


def _quoting_speaker(sent: Sentence, frame: Token, outer: Attribution | None) -> dict | None:
    """The speaker of the quotation ``frame`` is in, when a cue outside it attributes it."""
    quote = sent.ctx.quote_at(frame.idx)
    if quote is None or outer is None or outer.speaker is None or quote[0] <= outer.cue["start"] < quote[1]:
        return None
    return outer.speaker


def quoted_frame(sent: Sentence, frame: Token, subj: Token | None = None,
                 marks: tuple[str, ...] = ("\"", "\u201d")) -> bool:
    """The reporting verb and its subject follow a closing quotation mark (one of ``marks``) with
    nothing but punctuation between (``"…," she said``; not ``accused X of "…," and he pledged``)."""
    start = min(frame.idx, subj.idx) if subj is not None else frame.idx
    before = sent.ctx.text[sent.start_char:start]
    end = max(before.rfind(m) for m in marks)
    return end >= 0 and not any(ch.isalnum() for ch in before[end:])


#: closing marks of a quotation a tag follows, British single quotes included (``‘…,’ he said``)
_ANY_CLOSER = ("\"", "\u201d", "\u2019", "'")


def _noun_speaker(sent: Sentence, noun: Token) -> FrameSpeaker:
    """``his assertion``, ``Ortiz's claim``, ``accusations by the opposition``; else nobody."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ == "PRON":
            pronoun = POSSESSIVE_PRONOUNS.get(c.lower_)
            span = pronoun_antecedent(sent.ctx, c, sent.index, pronoun) if pronoun else None
            if span is None:
                return FrameSpeaker(None, False)
            rec = sent.ctx.actor_record(span, "speaker")
            rec["via"] = via_of(c)
            return FrameSpeaker(rec, True)
        if c.dep_ == "poss":
            return FrameSpeaker(speaker_for_token(sent, c), False)
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            pobj = child(c, ("pobj",))
            if pobj is not None:
                return FrameSpeaker(speaker_for_token(sent, pobj), False)
    owner = _misparsed_possessor(sent, noun)
    if owner is not None:  # ``TfL’s claim`` parsed with ``TfL`` the verb's object: still its owner
        return FrameSpeaker(speaker_for_token(sent, owner), False)
    holder = _participle_holder(sent, noun)
    return FrameSpeaker(speaker_for_token(sent, holder) if holder is not None else None, False)


def _misparsed_possessor(sent: Sentence, noun: Token) -> Token | None:
    """``The union disputes TfL’s claim``, ``The consultants’ claim …``: the parser may hang a
    possessor written with a curly apostrophe elsewhere (the verb's object, the noun's subject);
    the name or noun right before the possessive marker (``’s``, ``’``) right before the cue noun
    owns it all the same. None when the marker is not there or belongs to no such word."""
    if noun.i < sent.tokens[0].i + 2:
        return None
    marker, owner = sent.doc[noun.i - 1], sent.doc[noun.i - 2]
    if marker.tag_ != "POS" or marker.head.i != owner.i or owner.pos_ not in ("PROPN", "NOUN"):
        return None
    return owner


def _participle_holder(sent: Sentence, noun: Token) -> Token | None:
    """``a claim made by the Bar Council that …``, ``the warning issued by the central bank``: the
    agent of a participle of a verb that makes the noun its subject's own (``holder_verbs``; not
    ``a claim rejected by the ministry``); else None."""
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in sent.rules.holder_verbs:
            agent = child(c, ("agent",))
            return child(agent, ("pobj",)) if agent is not None else None
    return None


def noun_source(sent: Sentence, noun: Token) -> FrameSpeaker:
    """The source a cue noun names: its possessor or ``by``/``from`` phrase; else nobody."""
    return _noun_speaker(sent, noun)


def noun_attribution(sent: Sentence, noun: Token) -> Attribution:
    rule = sent.rules.nouns[noun.lemma_.lower()]
    cue = _held_cue(sent, noun) or word(sent.ctx.text, noun.idx, noun.idx + len(noun.text), noun.lemma_.lower())
    cue["origin"] = f"rule:{rule['id']}"
    speaker, heur = _noun_speaker(sent, noun)
    if speaker is None:
        speaker, heur = _holder_speaker(sent, noun)
    return Attribution(speaker, cue, None, heur, rule if rule.get("hedge") else None)


def _held_cue(sent: Sentence, noun: Token) -> dict | None:
    """``announced plans to …``, ``issued a stark warning that …``: the verb that makes the cue
    noun its subject's own and the noun make one cue (verb to noun, when only the noun's own
    words stand between them); else None."""
    verb = noun.head
    if sent.held_cue_noun(verb) is None or sent.held_cue_noun(verb).i != noun.i or verb.i > noun.i or \
            any(t.head.i != noun.i for t in sent.doc[verb.i + 1:noun.i]):
        return None
    return word(sent.ctx.text, verb.idx, noun.idx + len(noun.text), f"{verb.lemma_.lower()} {noun.lemma_.lower()}")


def _holder_speaker(sent: Sentence, noun: Token) -> FrameSpeaker:
    """``The school board unveiled plans to close two schools``, ``the ministry issued a warning
    that …``: the cue noun is the object of a verb that makes it the subject's own (``holder_verbs``),
    so that subject is its source; else nobody."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in sent.rules.holder_verbs or passive(verb):
        return FrameSpeaker(None, False)
    return frame_speaker(sent, verb)


def frame_speaker(sent: Sentence, frame: Token, seen: set[int] | None = None) -> FrameSpeaker:
    """Speaker of a reporting frame and whether a heuristic (pronoun) was used."""
    seen = seen or set()
    if passive(frame) or (frame.tag_ == "VBN" and frame.dep_ == "advcl" and child(frame, ("aux",)) is None) \
            or _passive_participle(sent, frame):
        # ``was denied by X``; ``Asked about the budget, she said``: the asker is not named
        agent = child(frame, ("agent",))
        pobj = child(agent, ("pobj",)) if agent is not None else _hearing_body(sent, frame)
        return FrameSpeaker(speaker_for_token(sent, pobj) if pobj is not None else None, False)
    subj = sent.subject_token(frame).token
    if subj is not None and subj.tag_ in ("WDT", "WP"):
        subj = relative_antecedent(sent, subj)
    if subj is None or _heard_before_clause(sent, frame):
        return FrameSpeaker(None, False)
    handle = posting_handle(sent, subj, frame)
    if handle is not None:  # ``One, posting on X as @tomtravels, wrote``: the handle
        words = {"text": handle.text, "start": handle.idx, "end": handle.idx + len(handle.text)}
        return FrameSpeaker({**words, "actor_id": None, "via": noun_phrase(sent, subj, frame)}, False)
    if subj.lower_ in PRONOUNS_SPEAKER and subj.pos_ == "PRON":
        resolved = _pronoun_speaker(sent, frame, subj, seen)
        if resolved is not None:
            return resolved
    if subj.pos_ == "PRON" and subj.lower_ == "you":
        quoted = _quoted_by(sent, frame)  # ``"You are telling us …," Ms. Pryce said``: the one she asked
        asked = _actor_via(sent, person_addressed(sent, subj, quoted), subj) if quoted is not None else None
        if asked is not None:
            return asked
    if subj.pos_ == "PRON" and subj.lower_ in GENERIC_PRONOUNS:
        return FrameSpeaker(None, False)  # ``one would expect``: nobody in particular
    speaker = speaker_for_token(sent, subj, skip=frame)
    if speaker is not None and "mention_id" not in speaker and frame in subj.subtree:
        speaker = _noun_root_words(sent, frame, subj) or speaker
    if speaker is not None and "mention_id" not in speaker and subj.pos_ != "PRON":
        outer = _outer_act(sent, frame, seen)
        if outer is not None:
            return outer
    return FrameSpeaker(speaker, False)


def _noun_root_words(sent: Sentence, frame: Token, subj: Token) -> dict | None:
    """A subject the parser made the root of the sentence, the reporting verb hung inside its
    relative clause (:meth:`Sentence._noun_root_subject`: ``Supporters of a measure that would
    … guarantee most workers paid sick leave say``): the head noun with the words before it
    (``Supporters``), the whole phrase up to the verb as written in ``via``."""
    own = child(frame, ("nsubj",))
    if subj.dep_ not in ("ROOT", "appos") or subj.pos_ not in ("NOUN", "PROPN") or own is None \
            or own.tag_ in ("WDT", "WP") or own.i <= subj.i:
        return None
    start = max(subj.left_edge.idx, sent.start_char)
    end = sent.doc[frame.i - 1].idx + len(sent.doc[frame.i - 1].text)
    head_end = subj.idx + len(subj.text)
    text = sent.ctx.text
    return {"text": text[start:head_end], "start": start, "end": head_end, "actor_id": None,
            "via": {"text": text[start:end], "start": start, "end": end}}


_NP_LINKS = frozenset(("pobj", "prep", "acl", "amod", "compound", "appos", "npadvmod"))


def _heard_before_clause(sent: Sentence, frame: Token) -> bool:
    """``During the hearing, the court heard that the statement had been …``: a hearing body
    (rules with ``unsourced_before_clause``) that heard the clause after it names no speaker of
    that evidence (heldout19 and heldout21 annotate it unspecified); the closing tag ``…, an
    inquest has heard`` keeps the body as its source (heldout17)."""
    if not (sent.report_rule(frame) or {}).get("unsourced_before_clause"):
        return False
    return any(c.dep_ == "ccomp" and c.i > frame.i for c in frame.children)


def _hearing_body(sent: Sentence, frame: Token) -> Token | None:
    """``…, the inquest was told``, ``Southwark Crown Court was told that …``: the passive subject
    of a verb whose rule names the bodies that stand for evidence (``forum_passive``: court,
    inquest, not the listening jury) speaks for the evidence given to it when no agent is named;
    None otherwise (``the dispatcher has been told``, ``the jury was told that …``), and
    for an order (``the jury was told to disregard the remark``: the judge's, not the jury's)."""
    words = (sent.report_rule(frame) or {}).get("forum_passive")
    if not words or child(frame, ("agent", "xcomp")) is not None:
        return None
    subj = child(frame, ("nsubjpass",))
    return subj if subj is not None and subj.lemma_.lower() in sent.rules.words(words) else None


def relative_antecedent(sent: Sentence, rel: Token) -> Token | None:
    """The noun a relative pronoun subject stands for when the parser did not attach its clause
    to it (``a 14-page memo, based on court records, that accuses …`` parsed with ``that`` as
    the subject of a main verb): the noun phrase ending just before it (a comma skipped), up to
    its head through prepositions and participles (``memo``, not ``records``). None when there is
    no such noun: ``that`` itself is never a speaker."""
    if rel.dep_ == "nsubj" and rel.head.dep_ == "relcl":
        return person_of_who(sent, rel, rel.head.head)
    j = rel.i - 1
    if j >= sent.lo and sent.doc[j].text == ",":
        j -= 1
    if j < sent.lo or sent.doc[j].pos_ not in ("NOUN", "PROPN"):
        return None
    tok = sent.doc[j]
    while tok.dep_ in _NP_LINKS and tok.head.i != tok.i and sent.inside(tok.head) and tok.head.i < rel.i:
        tok = tok.head
    return tok if tok.pos_ in ("NOUN", "PROPN") else None


def _passive_participle(sent: Sentence, frame: Token) -> bool:
    """A past form that reads as a passive participle though tagged as a past tense: opening
    the sentence without a subject (``Asked whether …, Adler said``) or set off by a comma right
    after its subject (``The mayor, asked about the budget, said``): the one asked is no asker."""
    if frame.tag_ not in ("VBD", "VBN") or child(frame, ("aux", "auxpass")) is not None:
        return False
    subj = child(frame, ("nsubj",))
    if subj is None:
        return frame.i == sent.lo and frame.dep_ == "advcl"
    return frame.i >= 2 and sent.doc[frame.i - 1].text == "," and subj.right_edge.i == frame.i - 2 \
        and not any(t.text == "," for t in sent.doc[subj.left_edge.i:subj.right_edge.i])  # not ``X, a Democrat, said``


def _outer_act(sent: Sentence, frame: Token, seen: set[int]) -> FrameSpeaker | None:
    """``X said the shortfall reflected a drop in taxes and promised to …``: a reporting verb
    joined without a subject of its own to a reported clause whose subject names nobody (no
    actor, no pronoun) is a further act of the outer speaker (when that one is an actor)."""
    if frame.dep_ != "conj" or child(frame, ("nsubj", "nsubjpass")) is not None:
        return None
    outer = sent.frame_of.get(frame.head.i)
    if outer is None or outer in seen or outer == frame.i:
        return None
    found = frame_speaker(sent, sent.doc[outer], seen | {frame.i})
    return found if found.speaker is not None and "mention_id" in found.speaker else None


def attribution(sent: Sentence, head: Token, seen: set[int] | None = None) -> Attribution | None:
    """The attribution of a clause head (through its governing frames), or None."""
    top = not seen  # asked for the clause itself, not for the outer report of a frame's pronoun
    seen = seen or set()
    cur: int | None = head.i
    while cur is not None:
        if cur in seen and cur != head.i:
            return None
        # ``X said …, according to Y``: the source reports the frame's whole statement
        if cur in sent.sources and (cur not in sent.frames or (cur == head.i and top)):
            source = sent.sources[cur]
            return Attribution(source.speaker, source.cue, None, False)
        if cur in sent.noun_frame_of:
            noun = sent.doc[sent.noun_frame_of[cur]]
            if object_of_verdict(sent, noun) and has_to(sent.doc[cur]):
                return None  # ``praised the plan to hire …``: the verb's content, no claim of the noun
            return noun_attribution(sent, noun)
        frame = sent.frame_of.get(cur)
        if frame is not None and frame != head.i:
            ftok = sent.doc[frame]
            speaker, heur = frame_speaker(sent, ftok, seen | {cur})
            return Attribution(speaker, cue_of(sent, ftok), ftok, heur)
        nxt = sent.parent.get(cur)
        if nxt is not None and nxt in sent.frames and cur not in sent.frame_of:
            # a non-reported sub-clause of a frame (``when ... were lifted``) is the article's
            return None
        cur = nxt
    return None


def cue_of(sent: Sentence, tok: Token) -> dict:
    """The cue record of a reporting verb (with its particle: ``pointed out``), labelled with the
    rule the sentence chose for it (an idiom's too: ``put it more bluntly: "…"`` is
    ``idiom-put-it``, not the ``put`` of a figure)."""
    adj = adjective_cue(tok, sent.rules)
    if adj is not None:  # ``are worried that``: the adjective is the cue (``made clear``: from the verb on)
        start, lemma = (tok.idx, f"{tok.lemma_.lower()} {adj.lower_}") if tok.lemma_.lower() in sent.rules.words("resultative_verbs") else (adj.idx, adj.lower_)
        cue = word(sent.ctx.text, start, adj.idx + len(adj.text), lemma)
        cue["origin"] = f"rule:{sent.rules.adjectives[adj.lower_]['id']}"
        return cue
    end = tok.idx + len(tok.text)
    rule = sent.report_rule(tok) or sent.rules.report_rule(tok.lemma_.lower(), tok.lower_)
    lemma = rule["lemma"] if rule else tok.lemma_.lower()
    prt = particle_of(tok, rule)
    if prt is not None:
        end = prt.idx + len(prt.text)
        lemma = f"{lemma} {prt.lower_}"
    cue = word(sent.ctx.text, tok.idx, end, lemma)
    if rule:
        cue["origin"] = f"rule:{rule['id']}"
    return cue


def _quote_source(claims: list[dict], q_start: int, q_end: int) -> tuple[dict, dict] | None:
    """The one (speaker, cue) attributed from outside the quotation to claims inside it."""
    sources = {}
    for c in claims:
        cue = c["cue"]
        if c["speaker"] is not None and cue is not None and not (q_start <= cue["start"] < q_end):
            sources[(c["speaker"]["start"], c["speaker"]["end"])] = (c["speaker"], cue)
    return next(iter(sources.values())) if len(sources) == 1 else None


def attribute_quotes(text: str, claims: list[dict]) -> None:
    """Claims inside a multi-sentence quotation get the speaker attributed to it elsewhere.

    ``"We will retaliate. We have the means," he said.``: the first sentence has no reporting
    verb of its own; when exactly one speaker is attributed (by a cue outside the quotes) to
    claims inside the quotation, unattributed claims inside it get that speaker and cue.
    """
    for q_start, q_end in quote_spans(text):
        inside = [c for c in claims if q_start < c["predicate"]["start"] < q_end]
        source = _quote_source(inside, q_start, q_end)
        if source is None:
            continue
        speaker, cue = source
        for c in inside:
            if c["speaker"] is None and c["cue"] is None:
                c["speaker"], c["cue"] = copy_json(speaker), copy_json(cue)
                c["quote"] = {"start": q_start, "end": q_end}
                if "mention_id" in speaker:
                    rec = copy_json(speaker)
                    rec.pop("actor_id", None)
                    rec.pop("via", None)
                    rec["role"] = "speaker"
                    c["actors"] = sorted(c["actors"] + [rec], key=lambda a: (a["start"], a["end"], a["role"]))
