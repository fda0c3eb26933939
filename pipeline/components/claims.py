"""``claims_claims``: clause-level claim records (claim/1) from the parse and the merged mentions.

One claim = one clause headed by its predicate; the clauses under one cue are then merged into
one claim per attributed statement (``claim_statements``). The pure function
:func:`extract_claims` turns a parsed ``Doc`` (tokens, dependencies, sentences) plus
``doc.spans["mentions"]`` into claim records exactly as docs/DESIGN.md gives them; the component stores them in ``doc._.claims``.

The parts live beside this module: ``claim_rules`` (rule data), ``claim_sections`` (paragraphs,
sections, quotations), ``claim_context`` (per-document indexes), ``claim_clauses`` (clause heads,
frames, subjects), ``claim_speakers`` (pronouns and antecedents), ``claim_attribution`` (speaker
and cue), ``claim_turns`` (transcript turns and headline colons), ``claim_modality``. This
module builds each claim in named steps over one :class:`ClaimDraft`: extent, attribution,
actors and roles, amounts and dates, modality, confidence, record.

How it works (per sentence, clipped to its paragraph):

1. **Clause heads.** Verbs (and a verbless ROOT) that head a clause: ``ROOT``, ``conj`` of a
   head, finite ``ccomp``/``advcl``/``relcl``, participial ``acl`` (``a contract signed in
   2007``), ``parataxis``; ``xcomp``/``pcomp`` only under a reporting verb (``claimed to have
   concluded``, ``accused of backing``). Other non-finite complements (``planned to purchase``,
   ``forced X to back out and expel Y``) stay inside their clause. Every token belongs to the
   nearest clause head above it.
2. **Attribution.** A reporting verb (``pipeline/rules/claim_cues.jsonl``: say, announce,
   claim, reveal, accuse, deny, ...) with a reported clause (ccomp, xcomp, ``of``+gerund, a
   relative clause inside its object, or a quote it is in parataxis with) is a *frame*: it is
   not a claim itself; its subject (the ``by`` agent in the passive) is the ``speaker`` and the
   verb is the ``cue`` of every claim reported under it. ``according to X`` / ``citing X`` give
   speaker X to the clause they attach to and its sub-clauses. A reporting verb without a
   reported clause (``media announced an $8 billion deal``) is a claim whose cue is itself.
   The speaker is the actor mention of the subject (``role: "speaker"``), else the subject
   phrase with ``actor_id: null``; ``he``/``she`` go to the last person mentioned in the three
   sentences before; a pronoun speaker inside a reported clause is the outer speaker.
3. **Roles** from the dependency path of each actor mention to the clause: active subject or
   ``by`` agent -> ``subject``; direct/indirect object, passive subject, controlled subject of
   an embedded infinitive, ``to/with/against/toward/into`` complements -> ``object``; the rest
   -> ``other``. Relative and participial clauses give the noun they modify its role
   (``the parliament, which forced ...`` -> subject). A clause without its own subject inherits
   its governor's (coordination, control); a pronoun subject of a reported clause
   (``Iran said it had received``) resolves to the speaker. Actors of type ``location`` are
   places, not parties, and are left out.
4. **Amounts and dates** attach to the clause that owns their root token. Dates that open a
   clause (before its subject: ``In 2015, ...``) and the dates of a reporting frame apply to
   every sub-clause that has no date of its own. Anaphoric periods (``during this same
   period``, rules ``period_anaphor``) resolve to the single date of the nearest earlier
   sentence of the paragraph that names one; when that sentence names several, it is ambiguous
   and nothing is attached.
5. **Modality** (``pipeline/rules/modality_cues.jsonl``): ``negated`` (not, never, no, hardly,
   fail/refuse to, deny), ``hedged`` (may, could, reportedly, allegedly, likely, seem, appear,
   speculation, or a hedging cue such as claim/allege/believe/estimate), ``tense`` (``future``
   for will/shall/going to and for ``would`` in reported speech, ``conditional`` for other
   ``would``, else ``past``/``present`` from the verb morphology), with the cue words.
6. **Section**: ``headline`` (a first short line without final punctuation), ``caption``
   (an opening paragraph ending in a photo credit), ``note`` (footnotes ``[i] ...``,
   republication notes), ``bio`` (trailing author biographies), else ``body``
   (``pipeline/rules/claim_sections.jsonl``). Claims outside the body are kept but marked.

Only clauses with at least one actor (speaker included) or one amount, quantity or date, or
with an attributed speaker, become claims.

**Confidence** (documented formula, from what the extractor actually found)::

    0.30
    + 0.20 if the clause has a subject (an actor with role subject, or a subject token)
    + 0.10 if it has an object or complement
    + 0.15 if at least one actor is grounded (actor_id is not null)
    + 0.10 if an amount, quantity or date attaches directly by the parse (not inherited)
    + 0.15 x parse quality (1: sentence <= 40 tokens and predicate tagged VERB/AUX; 0.5 if one
           of the two fails; 0 if both)
    - 0.10 for each heuristic resolution used (pronoun, inherited subject, anaphoric period),
           at most 0.20
    clipped to [0.05, 1.0] and rounded to 3 decimals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.tokens import list_head, trim_end
import pipeline
from pipeline import extensions as ext
from pipeline.components.base import ASSIGNS, REQUIRES, RuleComponent
from pipeline.components.claim_attribution import (
    Attribution, attribution, cue_of, find_sources, frame_speaker)
from pipeline.components.claim_clauses import (
    ADJECTIVE_DEPS, OBJ_DEPS, OBJ_PREPS, SUBJ_DEPS, VAGUE_REFS, Sentence, adjective_cue, agent_complement, child,
    clause_chain, descriptive_date, gap_content, own_statement, passive, question_adverbial, quoted_if, raising_host,
    top_child, verbal, wh_object, word)
from pipeline.components.claim_continuations import continue_quotes, reaction_quotes
from pipeline.components.claim_full_phrases import widen_unnamed_speakers
from pipeline.components.claim_context import DocContext, copy_json, is_location
from pipeline.components.claim_headlines import headline_speaker, in_headline
from pipeline.components.claim_modality import modality
from pipeline.components.claim_requests import noun_object_claims
from pipeline.components.claim_amount_gaps import repair_amount_gaps
from pipeline.components.claim_colon_quotes import repair_colon_quotes
from pipeline.components.claim_quoting_asides import repair_quoting_asides
from pipeline.components.claim_headline_clauses import repair_headline_semicolons, repair_headline_verdicts
from pipeline.components.claim_document_clauses import repair_document_clauses
from pipeline.components.claim_time_participles import repair_time_participles
from pipeline.components.claim_noun_clause_participles import repair_noun_clause_participles
from pipeline.components.claim_noun_reads import repair_noun_reads
from pipeline.components.claim_closing_quotes import repair_closing_quotes
from pipeline.components.claim_headline_reports import repair_headline_reports
from pipeline.components.claim_forum_objects import repair_forum_objects
from pipeline.components.claim_that_objects import repair_that_objects
from pipeline.components.claim_relative_gaps import repair_relative_gaps
from pipeline.components.claim_outlet_objects import repair_outlet_objects
from pipeline.components.claim_answer_words import repair_answer_words
from pipeline.components.claim_hyphen_words import repair_hyphen_words
from pipeline.components.claim_tally_infinitives import repair_tally_infinitives
from pipeline.components.claim_doubled_subjects import repair_doubled_subjects
from pipeline.components.claim_other_subjects import repair_other_subjects
from pipeline.components.claim_repairs import (repair_adverbial_subjects, repair_appositive_asides,
                                                repair_closing_appositions, repair_closing_asides, repair_closing_reports,
                                                repair_described_subjects, repair_headline_passives,
                                                repair_noun_participles, repair_noun_reports,
                                                repair_object_asides, repair_object_relatives, repair_noun_clauses,
                                                repair_phrase_reports, repair_relative_asides,
                                                repair_relative_noun_reports, repair_relative_tail_reports,
                                                repair_inverted_asides, repair_reporting_asides,
                                                repair_source_asides, repair_split_source_phrases,
                                                repair_stranded_relatives, repair_turn_labels, repair_turn_vocatives,
                                                report_tokens)
from pipeline.components.claim_quotes import attribute_quotes
from pipeline.components.claim_talked_about import name_talked_about
from pipeline.components.claim_lead_ins import trim_lead_ins
from pipeline.components.claim_listed_contents import listed_contents
from pipeline.components.claim_put_questions import put_question
from pipeline.components.claim_source_clauses import repair_source_clauses
from pipeline.components.claim_bodies import speak_for_bodies, speak_for_owned
from pipeline.components.claim_pronoun_agreement import unresolve_disagreeing_pronouns
from pipeline.components.claim_document_authors import name_document_authors
from pipeline.components.claim_document_later import name_later_authors
from pipeline.components.claim_headline_documents import name_headline_documents
from pipeline.components.claim_document_names import name_dated_documents
from pipeline.components.claim_spokespeople import speak_for_spokespeople
from pipeline.components.claim_turn_askers import name_briefing_askers, name_outlet_askers
from pipeline.components.claim_turn_owners import name_turn_owned
from pipeline.components.claim_rules import (  # noqa: F401  (re-exported)
    ACTOR_WORDS_FILE, CUES_FILE, DESCRIPTIONS_FILE, KINDS_FILE, MODALITY_FILE, RULES_DIR, SECTIONS_FILE, RuleError, Rules,
    load_rules)
from pipeline.components.claim_sections import (  # noqa: F401  (re-exported)
    SECTIONS, Section, classify_paragraphs, quotations, dateline_spans, paragraphs, quote_spans, section_spans)
from pipeline.components.claim_statements import merge_attributions, names_wished_holder, statements  # noqa: F401  (re-exported)
from pipeline.components.claim_turn_bare import bare_answers
from pipeline.components.claim_turns import attribute_turns, colon_ranges, find_turns, label_ranges, turn_ranges
from pipeline.components.claim_speakers import (
    PERSON_PRONOUNS, PRONOUNS_SPEAKER, person_antecedent, prev_subject, remember_person_phrases, remember_subject,
    via_of)
from pipeline.components.claim_speakers_lede import name_lede_holders
from pipeline.components.mentions import mention_records
from pipeline.components.names import name_detector
from pipeline.components.quote_marks import CLOSE_CHARS, OPEN_QUOTES, closing_marks
from pipeline.components.stance import STANCE_FILE, StanceRules, load_stance_rules, set_stance
from pipeline.schemas import CLAIM, claim_id

MAX_PARSE_TOKENS = 40


# ------------------------------------------------------------------------------------ dates in scope
class SpreadDate(NamedTuple):
    """A date that reaches the sub-clauses of its clause (``kind``: clause-opening or frame)."""
    span: Span
    via: dict | None            # the anaphor it was resolved from, if any
    kind: str                   # clause | frame


class InheritedDate(NamedTuple):
    span: Span
    via: dict | None


class Anaphor(NamedTuple):
    """``during this same period`` resolved to the date ``target``."""
    target: Span
    via: dict


@dataclass
class SentenceScope:
    """What the clauses of one sentence share: mentions by owning clause, tokens of source
    phrases and datelines, and the dates that spread to sub-clauses."""
    ctx: DocContext
    sent: Sentence
    mentions_by_head: dict[int, list[Span]] = field(default_factory=dict)
    source_tokens: set[int] = field(default_factory=set)
    spread: dict[int, list[SpreadDate]] = field(default_factory=dict)
    anaphora: dict[int, Anaphor] = field(default_factory=dict)
    own_by_head: dict[int, list[Token]] = field(default_factory=dict)  # clause head -> its own tokens

    def build(self) -> "SentenceScope":
        ctx, sent = self.ctx, self.sent
        for span in sent.spans:
            if ctx.is_excluded(span.start_char):
                continue
            owner = sent.owner.get(span.root.i)
            if owner is not None:
                self.mentions_by_head.setdefault(owner, []).append(span)
        if ctx.overlaps_excluded(sent.start_char, sent.end_char):
            self.source_tokens = {t.i for t in sent.tokens if ctx.is_excluded(t.idx)}
        for source in sent.sources.values():
            self.source_tokens |= source.tokens
        for t in sent.tokens:  # once per sentence rather than once per clause head
            owner = sent.owner.get(t.i)
            if owner is not None and t.i not in self.source_tokens:
                self.own_by_head.setdefault(owner, []).append(t)
        self._spread_clause_dates()
        self._resolve_anaphora()
        return self

    def _spread_clause_dates(self) -> None:
        """Dates that open a clause (or belong to a frame) apply to sub-clauses without their own."""
        for head in self.sent.heads:
            own_dates = [s for s in self.mentions_by_head.get(head.i, []) if s.label_ == "date"]
            subj = child(head, SUBJ_DEPS | {"nsubjpass"})
            for span in own_dates:
                top = top_child(span.root, head)
                left = top is not None and top.i < head.i and (subj is None or top.i < subj.left_edge.i)
                if left:
                    self.spread.setdefault(head.i, []).append(SpreadDate(span, None, "clause"))
                elif head.i in self.sent.frames:
                    self.spread.setdefault(head.i, []).append(SpreadDate(span, None, "frame"))

    def _resolve_anaphora(self) -> None:
        ctx, sent = self.ctx, self.sent
        sent_start = sent.start_char
        sent_text = ctx.text[sent_start:sent.end_char]
        for rid, pattern in ctx.rules.anaphors:
            for m in pattern.finditer(sent_text):
                a_start, a_end = sent_start + m.start(), sent_start + m.end()
                tok = next((t for t in sent.tokens if t.idx >= a_start), None)
                if tok is None:
                    continue
                owner = sent.owner.get(tok.i)
                target = ctx.prior_period(sent.index)
                if owner is None or target is None:
                    continue
                via = {"text": ctx.text[a_start:a_end], "start": a_start, "end": a_end, "origin": f"rule:{rid}"}
                self.anaphora[owner] = Anaphor(target, via)
                top = top_child(tok, ctx.doc[owner])
                if top is not None and top.i < owner:
                    self.spread.setdefault(owner, []).append(SpreadDate(target, via, "clause"))

    def inherited_dates(self, head_i: int) -> list[InheritedDate]:
        """Dates opening a governing clause; a frame's other dates reach only its reported
        clauses and their conjuncts (``Iran said on Monday it had received ...``), not deeper
        sub-clauses (``... after a court ruled``)."""
        sent = self.sent
        cur, direct, seen = head_i, True, {head_i}
        while True:
            nxt = sent.parent.get(cur)
            if nxt is None and cur in sent.frame_of:
                nxt = sent.frame_of[cur]  # a clause the parse left unattached to its frame
            if nxt is None or nxt in seen:
                return []
            seen.add(nxt)
            step_ok = sent.doc[cur].dep_ == "conj" or sent.frame_of.get(cur) == nxt
            if nxt in self.spread:
                entries = [InheritedDate(d.span, d.via) for d in self.spread[nxt]
                           if d.kind == "clause" or (direct and step_ok)]
                if entries:
                    return entries
            own = [sp for sp in self.mentions_by_head.get(nxt, []) if sp.label_ == "date"]
            if own and nxt not in sent.frames:
                return []
            direct = direct and step_ok
            cur = nxt


# ------------------------------------------------------------------------------------ one claim
class Nested(NamedTuple):
    """A nested report (:func:`inner_reports`): its words."""
    own: list[Token]


@dataclass
class ClaimDraft:
    """A claim under construction: each step of :func:`build_claim` fills its part."""
    ctx: DocContext
    sent: Sentence
    scope: SentenceScope
    head: Token
    chain: list[Token]
    own: list[Token]
    start: int = 0
    end: int = 0
    attribution: Attribution | None = None
    speaker: dict | None = None
    cue: dict | None = None
    frame_tok: Token | None = None
    heuristics: int = 0
    actors: list[dict] = field(default_factory=list)
    seen_actor: set[tuple[int, int, str]] = field(default_factory=set)
    has_subject: bool = False
    money: list[dict] = field(default_factory=list)
    quantities: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    time_refs: list[dict] = field(default_factory=list)
    direct_numeric: bool = False
    modality: dict = field(default_factory=dict)
    confidence: float = 0.0
    content: dict | None = None  # the attributed content, when it is not the claim span

    @property
    def chain_ids(self) -> set[int]:
        return {t.i for t in self.chain}

    @property
    def mentions(self) -> list[Span]:
        return self.scope.mentions_by_head.get(self.head.i, [])

    def add_actor(self, span: Span, role: str, **extra) -> None:
        key = (span.start_char, span.end_char, role)
        if key in self.seen_actor or is_location(span):
            return
        self.seen_actor.add(key)
        rec = self.ctx.actor_record(span, role)
        rec.pop("actor_id", None)
        rec.update(extra)
        self.actors.append(rec)


def _extent(d: ClaimDraft) -> bool:
    """The claim span: own tokens without edge punctuation, conjunctions and complementizers; a
    reported report (``she believed that …``) spans its whole statement."""
    head = d.head
    tokens = d.own
    if head.i in d.sent.frames or _reported_holder(d.sent, head):
        tokens = [t for t in head.subtree if d.sent.inside(t) and t.i not in d.scope.source_tokens]
    core = _before_with_report(d.sent, head, [t for t in tokens if not t.is_space])
    if core and _frame_adjective(d, core[0]):
        core.pop(0)  # ``made clear the status quo is …`` parsed with ``clear`` on ``quo``: the cue's word
    while core and (core[0].is_punct or core[0].dep_ in ("cc", "mark", "punct") or
                    (core[0].tag_ in ("WDT", "WP") and core[0].i != head.i and head.dep_ != "relcl")) \
            and not _question_wh(d, core[0]) and not quoted_if(d.ctx, core[0]):
        core.pop(0)
    trim_end(core, keep_quote=True)
    if not core:
        return False
    d.start = core[0].idx
    d.end = core[-1].idx + len(core[-1].text)
    if not (d.start <= head.idx < d.end):
        d.start, d.end = min(d.start, head.idx), max(d.end, head.idx + len(head.text))
    ante = relative_antecedent(d.sent, head) or participle_noun(d.sent, head)
    if ante is not None:  # ``an estimate, which the district said was preliminary``: from the noun on
        d.start = min(d.start, ante.left_edge.idx)
    return True


def _frame_adjective(d: ClaimDraft, tok: Token) -> bool:
    """``tok`` is the cue adjective of the frame that reports ``d``'s clause (``made clear``)."""
    frame = d.sent.frame_of.get(d.head.i)
    return frame is not None and getattr(adjective_cue(d.sent.doc[frame], d.ctx.rules), "i", None) == tok.i


def _reported_holder(sent: Sentence, head: Token) -> bool:
    """``Aides said the governor unveiled a plan to cut taxes``: a reported clause whose verb
    holds a cue noun (:meth:`held_cue_noun`) spans its whole statement, the noun's clause too."""
    return head.i in sent.frame_of and sent.held_cue_noun(head) is not None


def _question_wh(d: ClaimDraft, tok: Token) -> bool:
    """``would not say who ordered the strike``, ``asked who ordered the strike``: the wh-word
    opening a withheld or asked question stays in its claim (``ordered the strike`` alone is a
    fragment); not the ``if`` of a condition inside it (``would not say whether X would act if
    the US raised tariffs``)."""
    frame = d.sent.frame_of.get(d.head.i)
    if frame is None:
        return False
    cue = d.sent.doc[frame]
    if not (tok.head.i == d.head.i and _asks(tok, cue) or _wh_opener(tok, d.head)):
        return False
    rule = d.sent.report_rule(cue) or {}
    return d.sent.withheld_question(cue) or bool(rule.get("question") or rule.get("needs_topic"))


def _wh_opener(tok: Token, head: Token) -> bool:
    """``declined to say which ministers would go``, ``… what price it had paid``: a wh-word at the
    left edge of the complement clause ``head`` (on the clause itself, or determining a noun in it);
    not the ``if`` of a condition (an adverbial clause) nor a relative pronoun."""
    return tok.lower_ in _WH and head.dep_ == "ccomp" and tok.i == head.left_edge.i


def _before_with_report(sent: Sentence, head: Token, core: list[Token]) -> list[Token]:
    """``Shares fell 8 percent, with analysts saying …``: the ``with`` phrase after the clause
    that holds a report of its own (a claim of its own) is no part of the clause's claim."""
    for k, t in enumerate(core):
        if t.i > head.i and t.dep_ == "prep" and t.lower_ in ("with", "without") and t.head.i == head.i and \
                any(w.i in sent.frames for w in t.subtree):
            return core[:k]
    return core


def participle_noun(sent: Sentence, head: Token) -> Token | None:
    """``an $800 million contract signed in 2007``: the noun a participle with no subject of its
    own describes, so the claim reads as one (``signed in 2007`` alone is a fragment)."""
    if head.dep_ != "acl" or head.tag_ not in ("VBN", "VBD") or not sent.inside(head.head):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    return head.head if head.head.pos_ in ("NOUN", "PROPN") else None


def relative_antecedent(sent: Sentence, head: Token) -> Token | None:
    """``the estimate, which the district said was preliminary``, ``a move that Democrats said put
    …``: the noun a reported clause is about when its subject is the relative word of the
    reporting verb's relative clause; else None."""
    frame = sent.frame_of.get(head.i)
    subj = child(head, ("nsubj", "nsubjpass"))
    if frame is None or subj is None or subj.tag_ not in ("WDT", "WP"):
        return None
    verb = sent.doc[frame]
    return verb.head if verb.dep_ == "relcl" and sent.inside(verb.head) and verb.head.i < subj.i else None


def _attribute(d: ClaimDraft) -> None:
    """Speaker and cue from a governing frame, or the clause's own reporting verb."""
    head, sent = d.head, d.sent
    d.attribution = attribution(sent, head)
    if d.attribution is not None:
        d.speaker, d.cue, d.frame_tok = d.attribution.speaker, d.attribution.cue, d.attribution.frame
        d.heuristics += int(d.attribution.heuristic)
    elif sent.self_cue(head) or _raised_report(sent, head) is not None:
        # a reporting verb with a nominal object: the claim is the report itself
        verb = head if sent.self_cue(head) else _raised_report(sent, head)
        d.cue = cue_of(sent, verb)
        d.speaker, heur = frame_speaker(sent, verb)
        d.heuristics += int(heur)
        d.frame_tok = verb
    if d.cue is not None and in_headline(sent, head):
        _headline_speaker(d)


def _raised_report(sent: Sentence, head: Token) -> Token | None:
    """``Video released by the coast guard appeared to show the boat …``: the infinitive of a
    raising verb (word list ``raising_verbs``) that is a document's report of its object
    (:meth:`Sentence.document_object`); else None."""
    raising = sent.rules.words("raising_verbs")
    if head.lemma_.lower() not in raising:  # ``Video posted online appeared to show``: hung on ``posted``
        head = next((c for c in head.children if c.lemma_.lower() in raising and raising_host(c) is not None), None)
        if head is None:
            return None
    verb = child(head, ("xcomp",))
    rule = sent.report_rule(verb) if verb is not None else None
    if rule is None or not rule.get("document_object") or not sent.document_object(verb):
        return None
    return verb if sent.self_cue(verb) else None


def _headline_speaker(d: ClaimDraft) -> None:
    """A headline statement: only the clear subject phrase of its verb speaks (a noun cue's
    owner never does); a headline parse is less sure, so one heuristic more."""
    noun = d.frame_tok is None and d.cue["lemma"] in d.sent.rules.nouns
    if noun or d.frame_tok is not None:
        d.speaker = None if noun else headline_speaker(d.sent, d.frame_tok, d.speaker)
    d.heuristics += 1


def _own_report(d: ClaimDraft) -> None:
    """The nested verb's own report: its subject is the speaker, the verb the cue."""
    d.cue = cue_of(d.sent, d.head)
    d.speaker, heur = frame_speaker(d.sent, d.head)
    d.heuristics += int(heur)
    d.frame_tok = d.head
    if in_headline(d.sent, d.head):
        _headline_speaker(d)


def _subject_less_participle(sent: Sentence, tok: Token) -> bool:
    """``it is worrying``, ``that is encouraging``: a participle predicated of a thing, no act."""
    subj = sent.subject_token(tok).token
    return tok.tag_ == "VBG" and subj is not None and subj.lower_ in ("it", "this", "that")


def inner_reports(sent: Sentence, head: Token, rec: dict, own: list[Token]) -> list[Token]:
    """The reporting verbs inside an attributed claim that are attributions of their own
    (gold convention: a nested attribution is annotated besides the outer one): the head itself
    when another verb reports it and it hedges (``the company said it expected profit of …``,
    ``"I just want to get home," said one traveler``), a source phrase reports it (``according
    to aides, the county has proposed …``) or it has a named subject of its own (``said Israel
    had asked for …``), and a reporting verb joined to the
    clause (``urged delegates to … and called for a vote``, ``said they supported the levy and
    called on partners to …``), and a document's participle in the clause
    (:func:`_document_participle`). Each is a claim of its own (:meth:`Sentence.self_cue`), never a
    frame of a reported clause (that clause has its own cue already)."""
    cue = rec.get("cue")
    if cue is None:
        return []
    out = []
    rule = sent.report_rule(head)
    # ``According to aides, the county has proposed a settlement``, ``said Israel had asked for
    # …``: the verb is a cue too, of its own subject
    if cue["start"] != head.idx and rule is not None and (rule.get("hedge") or head.dep_ == "conj"
                                                          or head.i in sent.sources or _named_subject(sent, head)
                                                          or _named_agent(sent, head)
                                                          or _stance_of_own_subject(sent, head, rule)
                                                          or _asked_question(sent, head, rule)
                                                          or _past_request(sent, head, rule)):
        out.append(head)
    out += [t for t in own if t.dep_ == "conj" and t.i not in sent.head_set and t.idx != cue["start"]
            and verbal(t) and sent.report_rule(t) is not None]
    out += [t for t in head.subtree if t.i in sent.head_set and t.i != head.i and _document_participle(sent, t)]
    out += [t for t in head.subtree if t.i != head.i and relative_reply(sent, t, rec)]
    return [t for t in out if t.i not in sent.frames and sent.self_cue(t)
            and not _subject_less_participle(sent, t)]


def relative_reply(sent: Sentence, verb: Token, rec: dict) -> bool:
    """``…, which the ministry denied``: a relative clause set off by a comma whose ``which`` is the
    object of a verb of the ``relative_reply_verbs`` list with a named subject of its own replies
    to the claim before it, a claim of that subject besides the report ``rec`` it is in (heldout38,
    heldout40 annotate it), when it closes that report's content; not ``the plan, which the council
    approved`` (no reply verb), nor ``the payments, which Siemens denied, were made …`` (mid-content:
    ``which`` is the noun's)."""
    rel = child(verb, ("dobj",))
    return verb.dep_ == "relcl" and verb.lemma_.lower() in sent.rules.words("relative_reply_verbs") \
        and rel is not None and rel.lower_ == "which" and rel.i < verb.i and rel.i > 0 \
        and sent.doc[rel.i - 1].text == "," and _named_subject(sent, verb) \
        and _closes_content(sent, verb, rec)


def _closes_content(sent: Sentence, verb: Token, rec: dict) -> bool:
    """The clause of ``verb`` ends the content of ``rec`` (its last word before end punctuation)."""
    words = _content_tokens(sent, rec.get("content") or rec)
    trim_end(words)
    return bool(words) and words[-1].i == verb.right_edge.i


def _content_tokens(sent: Sentence, span: dict) -> list[Token]:
    """The tokens of the sentence unit inside ``span``."""
    return [t for t in sent.doc[sent.lo:sent.hi] if span["start"] <= t.idx < span["end"]]


def _document_participle(sent: Sentence, verb: Token) -> bool:
    """``said …, despite official figures published last week showing starts at a low``: the
    participle of a document noun with its object (``document_object`` rules) inside a reported
    clause is the document's statement besides the report it is in."""
    rule = sent.report_rule(verb) or {}
    return bool(rule.get("document_object")) and verb.dep_ == "acl" and verb.tag_ == "VBG" \
        and sent.inside(verb) and sent.document_object(verb)


def _stance_of_own_subject(sent: Sentence, verb: Token, rule: dict) -> bool:
    """``She told The Courier that she welcomed the school money``, ``said she had raised the issue``:
    a verb whose object is what it reports (``content: object``, ``objects``) with a subject of its
    own inside the reported clause is a statement of that subject besides the report of it."""
    subj = child(verb, ("nsubj",))
    # ``the mayor's proposed budget`` read as ``the mayor proposed``: a possessor is no subject
    return (rule.get("content") == "object" or bool(rule.get("objects"))) and subj is not None \
        and sent.inside(subj) and not any(c.dep_ == "case" for c in subj.children)


def _asked_question(sent: Sentence, verb: Token, rule: dict) -> bool:
    """``"He asked me if the ferry was late," she said``: a verb that reports a question (rules
    ``question``) with a subject of its own (a pronoun too) and a ``whether``/``if`` clause asks
    it besides the report it is in."""
    subj = child(verb, ("nsubj",))
    return bool(rule.get("question")) and subj is not None and sent.inside(subj) and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
        for c in verb.children)


def _past_request(sent: Sentence, verb: Token, rule: dict) -> bool:
    """``He said he had encouraged tribal leaders to accept the kiosks``, ``said she had asked the
    mayor to step aside``: a request (rules ``xcomp: self``) already made, with a subject of its own
    (a pronoun too), someone asked and what they were asked to do, is the subject's own request
    besides the report it is in (heldout14, heldout38 annotate it); not a request still to come
    (``said she would ask the board to revisit …``: the golds mark the outer report only), nor one
    with no one asked or no infinitive (``said it had asked Harbourline for a full account``)."""
    subj, obj, infinitive = child(verb, ("nsubj",)), child(verb, ("dobj",)), child(verb, ("xcomp",))
    return rule.get("xcomp") == "self" and verb.tag_ in ("VBD", "VBN") and subj is not None \
        and sent.inside(subj) and obj is not None and infinitive is not None and infinitive.i > obj.i \
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in infinitive.children) \
        and not any(a.dep_ == "aux" and a.tag_ == "MD" for a in verb.children)


def _named_subject(sent: Sentence, verb: Token) -> bool:
    """The verb has a subject of its own that names someone (no pronoun, no relative word)."""
    subj = child(verb, ("nsubj",))
    # ``the mayor's proposed budget`` read as ``the mayor proposed``: a possessor is no subject
    return subj is not None and sent.inside(subj) and subj.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ == "case" for c in subj.children)


def _named_agent(sent: Sentence, verb: Token) -> bool:
    """``said growers were being told by shipping lines to expect delays``: a passive clause whose
    ``by`` agent names someone (no pronoun) reports on its own, as an active one with a named
    subject does; not a participle on a noun (``controls announced by the ministry``) nor a passive
    whose subject is a gap (``a link that the brief argued had been documented by the surgeon
    general``: what was documented is outside the clause)."""
    agent = child(verb, ("agent",)) if child(verb, ("auxpass",)) is not None else None
    obj = child(agent, ("pobj",)) if agent is not None else None
    subj = child(verb, ("nsubjpass",))
    return obj is not None and sent.inside(obj) and obj.pos_ in ("NOUN", "PROPN") and \
        subj is not None and subj.tag_ not in ("WDT", "WP")


def _inner_own(sent: Sentence, verb: Token, others: list[Token], source_tokens: set[int]) -> list[Token]:
    """The words of the nested report of ``verb``: its subtree from the verb on, with its
    sub-clauses (``promised to revisit staffing "before the summer is out"``) but without the
    clauses and other nested reports joined to it."""
    skip = {x.i for o in others if o is not verb for x in o.subtree}
    skip |= {x.i for c in verb.children if c.dep_ == "conj" and c.i in sent.head_set for x in c.subtree}
    neg = {c.i for c in verb.children if c.dep_ == "neg"}  # ``we don't intend to …``: negated
    gap = sent.object_gap(verb) if gap_content(sent.report_rule(verb) or {}) else None
    if gap is not None:  # ``the rules Hensley cited``: the noun, the subject and the verb
        words = [t for t in gap.subtree if t.i <= gap.i] + [t for t in verb.subtree if t.i <= verb.i]
        return sorted({t.i: t for t in words if sent.inside(t) and t.i not in source_tokens}.values(),
                      key=lambda t: t.i)
    return [t for t in verb.subtree if (t.i >= verb.i or t.i in neg) and t.i not in skip and t.i not in source_tokens
            and sent.inside(t)]


def _speaker_actors(d: ClaimDraft) -> None:
    if d.speaker is None:
        return
    span = d.ctx.actor_span(d.speaker if "mention_id" in d.speaker else d.speaker.get("affiliation"))
    if span is None:
        return
    if "mention_id" not in d.speaker and d.speaker.get("actor_id") is None:
        d.add_actor(span, "other")  # ``Another Okafor aide``: of Okafor, who does not speak
        return
    d.add_actor(span, "speaker")
    # ``Saudi Arabia and the United States said``: every conjoined actor speaks
    for conj in span.root.conjuncts:
        other = d.sent.actor_for_token(conj, subtree=False)
        if other is not None and other is not span:
            d.add_actor(other, "speaker")


def _mention_roles(d: ClaimDraft) -> None:
    speaker_start = d.speaker["start"] if d.speaker is not None else None
    chain_ids = d.chain_ids
    for span in d.mentions:
        if span.label_ != "actor" or span.root.i in d.scope.source_tokens:
            continue
        if d.frame_tok is d.head and speaker_start is not None and span.start_char == speaker_start:
            continue
        d.add_actor(span, role_of(d.sent, span, d.head, chain_ids))


def _subject_role(d: ClaimDraft, how: str) -> str:
    """A relative or participial clause's noun is its subject, unless the relative pronoun is
    its object (``the deal that Iran signed``)."""
    head = d.head
    if how == "relative":
        rel = next((c for c in head.children if c.tag_ in ("WDT", "WP")), None)
        if head.dep_ == "acl" or (rel is not None and rel.dep_ not in ("nsubj",)) or \
                (rel is None and child(head, ("nsubj",)) is not None):
            return "object"
    return "subject"


def _pronoun_subject(d: ClaimDraft, subj_tok: Token, role: str) -> None:
    """``it``/``he``/``they`` as a subject: the speaker inside a report, else an antecedent."""
    via = via_of(subj_tok)
    if d.speaker is not None and "mention_id" in d.speaker and subj_tok.lower_ != "i":
        span = d.ctx.actor_span(d.speaker)
    elif subj_tok.lower_ in PERSON_PRONOUNS:
        span = person_antecedent(d.ctx, subj_tok.idx, d.sent.index, subj_tok.lower_)
    elif subj_tok.lower_ in ("it", "they"):
        span = prev_subject(d.ctx, d.sent.index, subj_tok.lower_ == "they")
    else:
        span = None
    if span is not None:
        d.add_actor(span, role, via=via)
        d.heuristics += 1


def _subject_actor(d: ClaimDraft) -> None:
    """The clause's subject as an actor when no mention of the clause has that role."""
    subj_tok, how = d.sent.subject_token(d.head)
    has_role = any(a["role"] == "subject" for a in d.actors)
    d.has_subject = has_role or (subj_tok is not None and d.frame_tok is not d.head)
    if has_role or subj_tok is None or d.frame_tok is d.head:
        return
    role = _subject_role(d, how)
    if subj_tok.pos_ == "PRON" and subj_tok.lower_ in PRONOUNS_SPEAKER:
        _pronoun_subject(d, subj_tok, role)
    elif how != "own" or d.sent.owner.get(subj_tok.i) != d.head.i:
        span = d.sent.actor_for_token(subj_tok, subtree=(how != "relative"))
        if span is not None and span.root.i not in d.scope.source_tokens:
            d.add_actor(span, role, via=via_of(subj_tok))
            d.heuristics += 1


def _own_amounts_and_dates(d: ClaimDraft) -> None:
    ctx, mentions = d.ctx, d.mentions
    d.money = [ctx.record(s) for s in mentions if s.label_ == "money"]
    d.quantities = [ctx.record(s) for s in mentions if s.label_ in ("quantity", "percent")]
    dates = [ctx.record(s) for s in mentions if s.label_ == "date" and not descriptive_date(s)]
    d.time_refs = [r for r in dates if (r["norm"].get("value") or "") in VAGUE_REFS]
    d.dates = [r for r in dates if r not in d.time_refs]
    if not d.dates and d.head.dep_ in ("relcl", "advcl", "acl"):
        # ``in December 2016, when prices had fallen``: the clause describes that date
        anchor = ctx.date_at.get(d.head.head.i)
        if anchor is not None:
            rec = ctx.record(anchor)
            rec["scope"] = "modified"
            d.dates.append(rec)
    d.direct_numeric = bool(d.money or d.quantities or d.dates)


def _participle_amounts(d: ClaimDraft) -> None:
    """The noun phrase a participle modifies is its argument: its amounts belong to the claim."""
    noun = d.head.head
    for span in d.sent.spans:
        if span.label_ in ("money", "quantity", "percent") and noun.left_edge.i <= span.root.i <= noun.i:
            (d.money if span.label_ == "money" else d.quantities).append(d.ctx.record(span))


def _resolved_dates(d: ClaimDraft) -> None:
    """Anaphoric periods, else dates inherited from governing clauses."""
    anaphor = d.scope.anaphora.get(d.head.i)
    if anaphor is not None:
        via = anaphor.via
        d.dates = [r for r in d.dates if not (r["start"] < via["end"] and via["start"] < r["end"])]
        if not d.dates:
            rec = d.ctx.record(anaphor.target)
            rec["resolved_from"] = via
            d.dates.append(rec)
            d.heuristics += 1
    if not d.dates:
        for span, via in d.scope.inherited_dates(d.head.i):
            rec = d.ctx.record(span)
            rec["scope"] = "clause" if via is None else "anaphor"
            if via is not None:
                rec["resolved_from"] = via
            d.dates.append(rec)


def _amounts_and_dates(d: ClaimDraft) -> bool:
    """Amounts and dates of the clause; False for a participle that carries none."""
    _own_amounts_and_dates(d)
    if d.head.dep_ == "acl" and child(d.head, ("nsubj", "nsubjpass")) is None and d.frame_tok is not d.head:
        if not d.direct_numeric and not _owned_noun_clause(d):
            return False  # participial modifiers are background unless they carry an amount or a date
        _participle_amounts(d)
    _resolved_dates(d)
    return True


def _owned_noun_clause(d: ClaimDraft) -> bool:
    """``the board's decision to close the plant``, ``a pledge by the mayor to …``: the clause of
    a cue noun whose source is named with it (a possessor or a ``by``/``from`` phrase)."""
    noun = d.sent.noun_frame_of.get(d.head.i)
    return noun is not None and any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "from")
                                    for c in d.sent.doc[noun].children)


def _pronoun_objects(d: ClaimDraft) -> None:
    """Pronoun objects of a reported clause (``Naftogaz said Gazprom owed it``) are the speaker."""
    if d.speaker is None or "mention_id" not in d.speaker or d.frame_tok is None or d.frame_tok is d.head:
        return
    for t in d.chain:
        for c in t.children:
            target = c
            if c.dep_ == "prep" and c.lower_ in OBJ_PREPS:
                target = child(c, ("pobj",)) or c
            if target.pos_ == "PRON" and target.lower_ in ("it", "them", "us") and \
                    target.dep_ in ("dobj", "dative", "pobj"):
                span = d.ctx.actor_span(d.speaker)
                if span is not None:
                    d.add_actor(span, "object", via=via_of(target))
                    d.heuristics += 1


def _confidence(d: ClaimDraft) -> None:
    """The documented formula (module docstring, README)."""
    has_object = any(c.dep_ in OBJ_DEPS | {"attr", "acomp", "ccomp", "xcomp", "prep"}
                     for t in d.chain for c in t.children)
    grounded = any(a["norm"].get("actor_id") for a in d.actors)
    quality = (1.0 if len(d.sent.tokens) <= MAX_PARSE_TOKENS else 0.0) + (1.0 if verbal(d.head) else 0.0)
    score = (0.30 + 0.20 * d.has_subject + 0.10 * has_object + 0.15 * grounded + 0.10 * d.direct_numeric
             + 0.15 * quality / 2 - min(0.20, 0.10 * d.heuristics))
    d.confidence = round(min(1.0, max(0.05, score)), 3)


def _predicate(d: ClaimDraft) -> dict:
    head = d.head
    pred_end = head.idx + len(head.text)
    lemma = head.lemma_.lower()
    prt = child(head, ("prt",))
    if prt is not None and prt.i == head.i + 1:
        pred_end = prt.idx + len(prt.text)
        lemma = f"{lemma} {prt.lower_}"
    return word(d.ctx.text, head.idx, pred_end, lemma)


def _record(d: ClaimDraft, provenance: dict) -> dict:
    ctx = d.ctx
    return {
        "schema": CLAIM,
        "claim_id": claim_id(ctx.doc_id, d.start, d.end),
        "doc_id": ctx.doc_id,
        "text": ctx.text[d.start:d.end],
        "start": d.start,
        "end": d.end,
        "section": ctx.section_at(d.head.idx),
        "sentence": {"start": d.sent.start_char, "end": d.sent.end_char},
        "predicate": _predicate(d),
        "speaker": d.speaker,
        "cue": d.cue,
        "actors": sorted(d.actors, key=lambda a: (a["start"], a["end"], a["role"])),
        "money": _dedupe(d.money),
        "dates": _dedupe(d.dates),
        "quantities": _dedupe(d.quantities),
        "time_refs": _dedupe(d.time_refs),
        "modality": d.modality,
        "content": d.content,
        "confidence": d.confidence,
        "provenance": provenance,
    }


def _quote_content(d: ClaimDraft) -> dict | None:
    """A claim inside a quotation whose cue is outside it: the content is the quotation."""
    quote = d.ctx.quote_at(d.head.idx)
    if quote is None or d.cue is None or quote[0] <= d.cue["start"] < quote[1]:
        return None
    if _partial_quote(d, quote):  # the clause: from the reporting verb (below), or here for a cue noun
        return None if d.frame_tok is not None else \
            _span_of(d, [t for t in d.head.subtree if d.sent.inside(t) and not d.ctx.is_excluded(t.idx)])
    return _quotation_inside(d, quote)


def _partial_quote(d: ClaimDraft, quote: tuple[int, int]) -> bool:
    """``said the reduced figure would "cover the most urgent needs" in the affected states``: a
    quotation that opens inside the reported clause, after its subject, is part of the clause (the
    content is the clause, as written)."""
    subj = child(d.head, ("nsubj", "nsubjpass"))
    if subj is not None and d.sent.inside(subj) and subj.left_edge.idx < quote[0] and d.ctx.quote_at(subj.idx) is None:
        return True
    return _words_before_quote(d, quote)


def _words_before_quote(d: ClaimDraft, quote: tuple[int, int]) -> bool:
    """``Morisaki says no ‘ganging up’ on China``: the clause's own words open before the quotation
    (``no``) and go on after it (``on China``): a scare quote inside the clause, not its content."""
    words = [t for t in d.head.subtree if d.sent.inside(t) and not t.is_punct and not t.is_space]
    return bool(words) and words[0].idx < quote[0] and words[-1].idx >= quote[1]


def _quote_before_cue(d: ClaimDraft) -> dict | None:
    """``"…," the senator said``: a cue outside quotations whose subject follows the closing mark
    of a quotation closed by a comma, ``?`` or ``!`` (nothing but spaces between) attributes that quotation, also when
    the parser hung the quotation's last words on the cue or the cue inside the quotation."""
    frame = d.frame_tok
    quote = d.sent.quote_before(frame) if frame is not None else None
    return _quotation_inside(d, quote) if quote is not None else None


def _quoted_object_content(d: ClaimDraft) -> dict | None:
    """``The crowd chanted "Pay up or shut down"``, ``Placards read "Fair pay now"``: a verb
    whose rule wants a clause and whose object is a quotation opening right after it says that
    quotation (Sentence.quoted_object); issue 11."""
    frame = d.frame_tok
    rule = d.sent.report_rule(frame) if frame is not None else None
    if rule is None or "ccomp" not in (rule.get("with") or ()):
        return None
    quote = d.sent.quoted_object(frame, rule)
    if quote is None or not (frame is d.head or _hangs_in(d.head, frame, quote)):
        return None  # (the claim of a clause outside the quotation keeps its own content)
    return _quotation_inside(d, quote)


def _colon_quote_content(d: ClaimDraft) -> dict | None:
    """``posted on X on July 5: “…”``, ``wrote in a memo:`` before a paragraph opening with a
    quotation: a verb whose rule lets a colon introduce its words (``colon_quote``) and that
    heads the claim says the quotation the colon opens (Sentence.colon_quotation)."""
    frame = d.frame_tok
    rule = d.sent.report_rule(frame) if frame is d.head and frame is not None else None
    quote = d.sent.colon_quotation(frame) if rule is not None and rule.get("colon_quote") else None
    return _quotation_inside(d, quote) if quote is not None else None


def _hangs_in(head: Token, frame: Token, quote: tuple[int, int]) -> bool:
    """``head`` lies inside ``quote`` or hangs from a word inside it below ``frame`` (``chanted
    "Lock her up" as Trump spoke``: the parse hangs ``spoke`` on the quoted ``Lock``, and the
    content ends with the quotation, not the clause after it)."""
    for tok in (head, *head.ancestors):
        if tok is frame:
            return False
        if quote[0] < tok.idx < quote[1]:
            return True
    return False


def _quotation_inside(d: ClaimDraft, quote: tuple[int, int]) -> dict:
    s, e = quote[0] + 1, quote[1]
    text = d.ctx.text
    if text[e - 1] in closing_marks(text[quote[0]]):
        e -= 1
    while e > s and text[e - 1] in " ,;:\n":
        e -= 1
    return {"text": text[s:e], "start": s, "end": e}


def _span_of(d: ClaimDraft, tokens: list[Token]) -> dict | None:
    """The words of ``tokens`` (in text order) without edge punctuation and complementizers."""
    core = [t for t in tokens if not t.is_space]
    while core and (core[0].is_punct or ((core[0].dep_ == "mark" or core[0].tag_ in ("IN", "WDT"))
                                         and core[0].lower_ in ("that", "whether", "if")
                                         and not quoted_if(d.ctx, core[0]))):
        core.pop(0)
    trim_end(core, keep_quote=True)
    if not core:
        return None
    s, e = core[0].idx, core[-1].idx + len(core[-1].text)
    return {"text": d.ctx.text[s:e], "start": s, "end": e}


def _content(d: ClaimDraft) -> None:
    """What is attributed: the quotation, the whole reported clause (with its conjuncts), or
    the object and complement of a reporting verb (``praised the mayor as a reformer``)."""
    if d.cue is None:
        return
    d.content = _quote_content(d) or _quote_before_cue(d) or _quoted_object_content(d) or _colon_quote_content(d)
    if d.content is None and d.frame_tok is None:
        d.content = _frameless_content(d)
    if d.content is not None or d.frame_tok is None:
        return
    sent, frame = d.sent, d.frame_tok
    if frame is d.head and _passive_object(d, frame):
        return
    if frame is d.head:
        d.content = _own_clause_content(d, frame)
        return
    ante = relative_antecedent(sent, d.head)
    if ante is not None:
        d.content = _antecedent_content(d, ante)
        return
    top = top_child(d.head, frame)
    if top is not None and top.dep_ in ADJECTIVE_DEPS and adjective_cue(frame, d.ctx.rules) is not None:
        top = top_child(d.head, top) or top  # ``are worried that …``: the clause, not the adjective
    first = list_head(d.head)
    if top is not None and (sent.in_document_clause(frame, first) or _that_clause(first)):
        top = first  # ``said in a statement that …``: the clause, not the statement
    elif top is not None and top.dep_ == "prep":
        top = _medium_clause_over(sent, frame, d.head, top) or top
    if top is None and sent.frame_of.get(d.head.i) == frame.i:
        if not _in_subject_clause(frame):  # ``X, officials said, Y``: the clause around the aside
            d.content = _around_aside(d, frame)
            return
        top = d.head  # ``What I can tell you is that …``: the clause hangs on ``is``
    if top is not None and sent.inside(top):  # never a dateline the parse hung the clause on
        said = _object_frame(sent, frame, top)
        words = [t for t in (_object_words(sent, frame) if said is frame else said.subtree)
                 if sent.inside(t) and not d.ctx.is_excluded(t.idx)]
        d.content = _gapped_span(d, frame, _content_tail(d, frame, _trimmed(d, frame, words)))


def _own_clause_content(d: ClaimDraft, frame: Token) -> dict | None:
    """The content of a reporting verb that heads its own claim: the question it withholds or
    puts, the topic it declines, a clause hung on its medium, or the words after it (the noun a
    relative clause on it modifies first: ``a demand Hamas has rejected``); ``pointed to a rise
    in …``: the evidence after ``to``."""
    sent = d.sent
    pointed = sent.pointed_object(frame)
    lead = _lead_in(frame)
    after = [t for t in d.own if t.i > frame.i and t.dep_ != "prt" and not (pointed is not None and t.i == pointed.head.i)
             and t.i not in lead]
    after = sorted({t.i: t for t in after + _noun_clauses(sent, frame) + _object_clause(sent, frame)
                    + _withheld_clause(sent, frame)}.values(), key=lambda t: t.i)
    gap = sent.object_gap(frame) if gap_content(sent.report_rule(frame) or {}) else None
    before = [t for t in gap.subtree if t.i <= gap.i and sent.inside(t)] if gap is not None else []
    return _question_span(d, frame, after, sent.withheld_question(frame)) or _topic_span(d, frame) or \
        _medium_clause(d, frame) or _span_of(d, before + _content_tail(d, frame, _trimmed(d, frame, after)))


_LEAD_DEPS = frozenset(("prep", "dobj", "dative", "npadvmod"))


def _lead_in(frame: Token) -> set[int]:
    """``said in a statement that the bid "significantly undervalues" …``, ``told analysts on a
    call that …`` with the verb's own clause (its head no clause head: a noun, an adjective): the
    phrases between the verb and its clausal complement opened by ``that`` say where or to whom,
    not what (the content never starts with a noun cue's words)."""
    clause = next((c for c in frame.children if c.dep_ == "ccomp" and c.i > frame.i
                   and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"), None)
    if clause is None:
        return set()
    return {t.i for c in frame.children if c.dep_ in _LEAD_DEPS and frame.i < c.i and c.right_edge.i < clause.left_edge.i
            for t in c.subtree}


def _frameless_content(d: ClaimDraft) -> dict | None:
    """``according to X`` / ``citing X`` and cue nouns (``the claim that …``, ``plans to …``):
    the clause they attribute, with the clauses nested in it (``after allegations that …``) but
    without any source phrase, nor a report joined to it with a subject of its own; fragments
    when a source phrase stands inside the clause (``Prices, according to the ministry, rose``)."""
    fronted = _fronted_words(d.head)
    words = [t for t in d.head.subtree if d.sent.inside(t) and t.i not in d.scope.source_tokens
             and t.i not in fronted and not d.ctx.is_excluded(t.idx)]
    return _fragmented_span(d, _without_inner_reports(d.sent, words))


_FRONTED = frozenset(("prep", "advcl", "advmod", "npadvmod", "tmod"))


def _fronted_words(head: Token) -> set[int]:
    """``On Sunday, police fired …``, ``Behind the scenes, however, officials …``: the phrases
    set off by a comma before the clause's subject set the scene; the source does not say them."""
    subj = child(head, (*SUBJ_DEPS, "nsubjpass"))
    if subj is None:
        return set()
    doc = head.doc
    return {t.i for c in head.children if c.dep_ in _FRONTED and c.right_edge.i < subj.left_edge.i
            and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == "," for t in c.subtree}


def _fragmented_span(d: ClaimDraft, words: list[Token]) -> dict | None:
    """The span of ``words``, one fragment per run of them that no left-out word interrupts
    (punctuation and spaces between two words do not part them)."""
    runs: list[list[Token]] = []
    for t in sorted(words, key=lambda t: t.i):
        gap = d.sent.doc[runs[-1][-1].i + 1:t.i] if runs else None
        if runs and all(g.is_punct or g.is_space for g in gap):
            runs[-1].append(t)
        else:
            runs.append([t])
    spans = [sp for sp in (_span_of(d, run) for run in runs) if sp is not None]
    if len(spans) <= 1:
        return spans[0] if spans else None
    s, e = spans[0]["start"], spans[-1]["end"]
    return {"text": d.ctx.text[s:e], "start": s, "end": e, "fragments": [[sp["start"], sp["end"]] for sp in spans]}


def _object_frame(sent: Sentence, frame: Token, top: Token) -> Token:
    """``criticized the central bank for raising rates``: a verb whose content is its object
    (rules ``content: object``) says its object and what follows, also when the parse made a
    clause of the complement (``raising``); else ``top``, the reported clause."""
    rule = sent.report_rule(frame) or {}
    if rule.get("content") == "object" and top.i > frame.i and child(frame, ("dobj",)) is not None \
            and not _object_names_clause(frame):
        return frame
    return top


def _object_names_clause(frame: Token) -> bool:
    """``repeated their complaint that the landlord had …``: an object right before the verb's
    ``that`` clause names the statement; the clause is what is said."""
    obj = child(frame, ("dobj",))
    if obj is not None and own_statement(obj) and any(_that_clause(c) for c in obj.children):
        return True  # ``echoed the warning that …`` with the clause hung on the noun
    clause = next((c for c in frame.children if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"), None)
    return obj is not None and clause is not None and obj.right_edge.i + 1 == clause.left_edge.i


#: what a verb whose content is its object says: these children (not a conjoined clause, not a
#: participle adding the speaker's reasons: ``…, pointing to …``)
_OBJECT_PARTS = frozenset(("dobj", "dative", "prep", "oprd", "xcomp", "ccomp", "pcomp", "acomp", "attr", "advmod"))


def _object_words(sent: Sentence, frame: Token) -> list[Token]:
    """The object and complements of ``frame`` (see :data:`_OBJECT_PARTS`), in text order,
    without the reports inside them, which are claims of their own (``criticized her years as a
    lobbyist, which he said had …``; ``rejected the allegations, and said in court papers …``)."""
    words = [t for c in frame.children if c.i > frame.i and c.dep_ in _OBJECT_PARTS
             for t in c.subtree if sent.inside(t)]
    return sorted(_without_inner_reports(sent, words), key=lambda t: t.i)


def _without_inner_reports(sent: Sentence, words: list[Token]) -> list[Token]:
    """``words`` without the reports among them that are conjoined or set off by a comma with a
    subject of their own (``…, which he said had …``; each is a claim of its own), nor the ``and``
    before a conjoined one; ``the rules that he said drove …`` stays (it says which rules)."""
    inner = [t for t in words if t.i in sent.frames and sent.is_report(t) and (t.dep_ == "conj" or (
        any(k.dep_ in SUBJ_DEPS and k.tag_ not in ("WDT", "WP") for k in t.children)
        and t.left_edge.i > 0 and sent.doc[t.left_edge.i - 1].text == ","))]
    if not inner:
        return words
    drop = {g.i for t in inner for g in t.subtree}
    drop |= {k.i for t in inner if t.dep_ == "conj" for k in t.head.children
             if k.dep_ in ("cc", "punct") and t.head.i < k.i < t.i}
    return [t for t in words if t.i not in drop]


def _gapped_span(d: ClaimDraft, frame: Token, words: list[Token]) -> dict | None:
    """The span of ``words``; two fragments when the reporting verb stands between them (``The
    plan, officials said, would cost …``: the aside is not part of the content)."""
    before = _span_of(d, [t for t in words if t.i < frame.left_edge.i]) if words and words[0].i < frame.i else None
    after = _span_of(d, [t for t in words if t.i > frame.i])
    if before is None or after is None or frame.right_edge.i >= min(t.i for t in words if t.i > frame.i):
        return _span_of(d, words)
    return {"text": d.ctx.text[before["start"]:after["end"]], "start": before["start"], "end": after["end"],
            "fragments": [[before["start"], before["end"]], [after["start"], after["end"]]]}


_WH = frozenset("whether if why how what when where who which".split())


def _asks(tok: Token, frame: Token) -> bool:
    """``tok`` opens the question ``frame`` puts: ``whether``/``if``/a wh-word of a clause that hangs
    on the verb or on its preposition (``on whether …``); not a relative ``who`` nor the ``if`` of
    a condition on something else (``asked X to delay the vote if …``)."""
    if tok.lower_ not in _WH or tok.dep_ not in ("mark", "advmod", "nsubj", "dobj", "attr", "nsubjpass"):
        return False
    clause = tok.head
    if clause.i == frame.i or clause.dep_ == "relcl":
        return False
    gov = clause.head
    return gov.i == frame.i or (gov.dep_ == "prep" and gov.head.i == frame.i)


def _question_span(d: ClaimDraft, frame: Token, words: list[Token], question: bool = False) -> dict | None:
    """``Pressed by reporters on whether he would sign …``, ``asked the mayor whether …``: a
    question cue's content is the question, from its ``whether``/``if``/wh-word on."""
    if not question and not (d.sent.report_rule(frame) or {}).get("question"):
        return None
    wh = next((t for t in words if _asks(t, frame)), None)
    if wh is None:
        return None
    end = wh.head.right_edge.i  # the question clause, not what is joined to the verb after it
    core = [t for t in words if wh.i <= t.i <= end and not t.is_space]
    trim_end(core)  # ``whether Biden had been briefed, and …``: not the conjunction after it
    if not core:
        return None
    s, e = core[0].idx, core[-1].idx + len(core[-1].text)
    return {"text": d.ctx.text[s:e], "start": s, "end": e}


_REPORT_DATE_PREPS = frozenset(("on", "in", "at", "during"))


def _date_phrase(d: ClaimDraft, tok: Token) -> bool:
    """``on Tuesday``, ``last week``, ``in March``: a modifier of a past report that only dates
    it (a date mention, no duration: not ``in a decade``)."""
    if d.frame_tok is None or d.frame_tok.tag_ not in ("VBD", "VBN") or not (
            tok.dep_ in ("npadvmod", "tmod") or tok.dep_ == "prep" and tok.lower_ in _REPORT_DATE_PREPS):
        return False  # ``expects a ruling by spring``: the date is what is expected
    words = [t for t in tok.subtree if not (t.dep_ == "prep" and t.i == tok.i) and not t.is_punct]
    spans = {id(d.ctx.date_at.get(t.i)): d.ctx.date_at.get(t.i) for t in words}
    return bool(words) and None not in spans.values() and \
        not any((sp._.norm or {}).get("timex_type") in ("DURATION", "SET") for sp in spans.values())


def _tally(d: ClaimDraft, frame: Token, tok: Token) -> bool:
    """``voted 4-1 Monday night to renew …``, ``voted unanimously on Tuesday to approve …``: what
    stands between a vote and its infinitive (rules ``tally``: the count, the manner, the date)
    records how the decision was taken, not what was decided."""
    if not (d.sent.report_rule(frame) or {}).get("tally"):
        return False
    decided = child(frame, ("xcomp",))
    return decided is not None and tok.i < decided.i


def _agent_words(frame: Token) -> set[int]:
    """``accused by rights groups of hypocrisy``: the passive agent (not what the parse hung on it
    that the verb says: ``of hypocrisy``)."""
    out: set[int] = set()
    for c in frame.children:
        if c.dep_ == "agent":
            keep = {t.i for g in c.subtree if g.dep_ == "prep" and g.head.i != c.i and g.lower_ in ("of", "as", "for")
                    for t in g.subtree}
            out.update(t.i for t in c.subtree if t.i not in keep)
    return out


def _medium_clause(d: ClaimDraft, frame: Token) -> dict | None:
    """``said in a statement that …`` with the ``that`` clause hung on ``statement``: the clause."""
    for prep in frame.children:
        pobj = child(prep, ("pobj",)) if prep.dep_ == "prep" and prep.i > frame.i else None
        for c in pobj.children if pobj is not None else ():
            if c.dep_ in ("acl", "ccomp") and c.i > pobj.i and child(c, ("mark",)) is not None \
                    and child(c, ("mark",)).lower_ == "that":
                return _span_of(d, [t for t in c.subtree if d.sent.inside(t)])
    return None


def _medium_clause_over(sent: Sentence, frame: Token, head: Token, top: Token) -> Token | None:
    """``said in a statement that Tamm would travel … to finalise the arrangement, which does not
    require …``: the clause the verb reports through the noun of its phrase (:meth:`Sentence.in_document_clause`)
    above a clause head inside it, below ``top`` (the phrase): the content starts there, never at
    the phrase's own words (``in a statement that …``); else None."""
    found, cur = None, head
    while cur.i != top.i and cur.head.i != cur.i:
        if sent.in_document_clause(frame, list_head(cur)):
            found = list_head(cur)
        cur = cur.head
    return found


def _topic_span(d: ClaimDraft, frame: Token) -> dict | None:
    """``declined to comment on the lawsuit``, ``refused to say whether …``: what the speaker would
    not talk about (rules with ``needs_topic``): the object of ``on``/``about``, the question from
    its ``whether``/wh-word on, or the object."""
    if not (d.sent.report_rule(frame) or {}).get("needs_topic"):
        return None
    verb = child(frame, ("xcomp",))
    for c in verb.children if verb is not None else ():
        if c.i < verb.i or not d.sent.inside(c):
            continue
        if c.dep_ == "prep" and c.lower_ in ("on", "about") and child(c, ("pobj",)) is not None:
            return _span_of(d, list(child(c, ("pobj",)).subtree))
        if c.dep_ in ("ccomp", "dobj"):
            words = [t for t in c.subtree if d.sent.inside(t)]
            if c.dep_ == "dobj" and not wh_object(c):  # ``which policy she preferred``: a question
                words = _without_own_relatives(words)
            return _question_span(d, verb, words, question=True) or _span_of(d, words)
    return None


def _without_own_relatives(words: list[Token]) -> list[Token]:
    """``declined to confirm the figure that Ames had cited``: the refused noun phrase without a
    relative clause that has a subject of its own (it is Ames's claim, not the refusal's); a
    relative clause about the noun (``the report that was leaked``) stays."""
    drop = {t.i for r in words if r.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in r.children) for t in r.subtree}
    return [t for t in words if t.i not in drop] if drop else words


def _trimmed(d: ClaimDraft, frame: Token, words: list[Token]) -> list[Token]:
    """What a reporting verb says without its passive agent, the dates of the report
    (``endorsed her in June``) and a report conjoined to its clause that is the speaker's second
    claim (``said the ruling was final and promised to appeal``: ``Sentence.second_report_of``;
    ``scoffed at the claim that the plan was paid for and vowed to …``: :func:`_embedded_beside`)
    or a statement beside the report (``said they would strike on Monday, and on Tuesday the
    company said …``: :func:`_statement_beside`)."""
    drop = _agent_words(frame)
    drop.update(t.i for c in frame.children if c.i > frame.i and _date_phrase(d, c) for t in c.subtree)
    drop.update(t.i for c in frame.children if c.i > frame.i and _tally(d, frame, c) for t in c.subtree)
    ids = {t.i for t in words}
    for t in words:
        outer = (d.sent.second_report_of(t) or _statement_beside(d, t) or _embedded_beside(d, frame, t)) \
            if t.head.i in ids else None
        if outer is not None and outer.i == frame.i:  # the rest of the clause is the second claim
            start = max([k.i for k in t.head.children if k.dep_ == "cc" and t.head.i < k.i < t.i] + [-1])
            drop.update(i for i in ids if i >= (start if start >= 0 else t.i))
    words = [t for t in words if t.i not in drop] if drop else words
    if (d.sent.report_rule(frame) or {}).get("content") == "object":
        words = _without_inner_reports(d.sent, words)  # ``criticized X, which he said had …``
    return _within_quotation(words)


#: what ends a quoted sentence right before its closing mark (``… wrong,’``)
_QUOTE_ENDS = frozenset((",", ".", "?", "!"))


def _within_quotation(words: list[Token]) -> list[Token]:
    """``told us in March, ‘Nobody will lose a home over this,’ and she was wrong``: a content that
    a quotation opens ends at that quotation's closing mark (right after a comma, full stop, ``?``
    or ``!``: not an apostrophe), not with the words the parser hung on the quotation after it; a
    comma before the mark is left out as well. A quotation with no verb (``said "frankly," the city
    had no plan``) is a quoted word of the clause, and a second reported clause joined after the mark
    (``said "…," and that the team would appeal``) goes on with the content: it stays whole."""
    if len(words) < 3:
        return words
    doc, k = words[0].doc, words[0].i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or doc[k].text not in OPEN_QUOTES:
        return words
    closes = closing_marks(doc[k].text)
    for n in range(1, len(words) - 1):
        t, prev = words[n], words[n - 1]
        if t.text in closes and prev.i == t.i - 1 and prev.text in _QUOTE_ENDS:
            if not any(w.pos_ in ("VERB", "AUX") for w in words[:n]) or _reported_conjunct(words, n):
                return words  # ``said "frankly," the city had no plan``: a quoted word, not the content
            return words[:n - 1] if prev.text == "," else words[:n]
    return words


def _reported_conjunct(words: list[Token], n: int) -> bool:
    """``said "we are not going anywhere," and that the team would appeal``: after the closing mark
    ``words[n]`` come ``and`` and a conjunct of the content's head opened by ``that`` or ``whether``,
    a second clause the speaker reports, not a comment hung on the quotation."""
    rest, ids = words[n + 1:], {t.i for t in words}
    return bool(rest) and rest[0].dep_ == "cc" and any(
        t.dep_ == "conj" and t.head.i in ids and (t.head.head.i not in ids or t.head.dep_ == "ROOT")
        and any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in t.children) for t in rest)


def _statement_beside(d: ClaimDraft, verb: Token) -> Token | None:
    """The outer reporting verb of a past reporting verb with a subject of its own that the parser
    joined to its clause under a modal (``said they would strike, and on Tuesday the company said …``:
    ``Sentence.modal_stray``); without a subject it goes on with the outer speaker's words (``said
    it would respect the result and looked forward to …``): None."""
    outer = d.sent.modal_stray(verb)
    return outer if outer is not None and child(verb, ("nsubj", "nsubjpass")) is not None else None


def _embedded_beside(d: ClaimDraft, frame: Token, verb: Token) -> Token | None:
    """``frame`` when ``verb`` is a report the parser joined to an embedded clause of it that
    belongs to the main clause (``Sentence.embedded_conjunct_host``) at ``frame`` or above it
    (``Castellow's claim that his school plan was paid for and vowed to …`` is no part of the
    claim's content either), else None."""
    host = d.sent.embedded_conjunct_host(verb)
    return frame if host is not None and (host.i == frame.i or host in frame.ancestors) else None


def _that_clause(clause: Token) -> bool:
    """``told a crowd of 800 people that her opponent had "never met a paycheck …"``: a clause the
    parser hung on a noun of the verb's object as a relative clause but opened with the
    complementizer ``that`` (a relative ``that`` is its subject or object, not a ``mark``) and
    with a subject of its own is the reported clause, without the noun."""
    return clause.dep_ in ("relcl", "acl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in clause.children)


def _passive_object(d: ClaimDraft, frame: Token) -> bool:
    """``The rules were criticized by Sen. X``, ``The plan was described by the mayor as a
    gamble``: a passive reporting verb whose content is its object (``content: object`` or
    ``gap`` rules) and that has no clause of its own attributes its subject, with its complement
    as a second fragment (as the active ``described the plan as a gamble``); never the agent nor
    the time and place phrases; a passive with no agent of a ``passive_object`` rule too (``No
    injuries were reported``: its subject, no speaker). Sets ``d.content``; False when it does
    not apply."""
    rule = d.sent.report_rule(frame) or {}
    subj = child(frame, ("nsubjpass",))
    agentless = bool(rule.get("passive_object")) and child(frame, ("agent",)) is None
    if not (gap_content(rule) or agentless) or subj is None or subj.pos_ == "PRON" or subj.tag_ in ("WDT", "WP") \
            or child(frame, ("ccomp", "xcomp")) is not None or not passive(frame):
        return False
    first = _span_of(d, [t for t in subj.subtree if d.sent.inside(t) and not d.ctx.is_excluded(t.idx)])
    if first is None:
        return False
    comp = _passive_complement(frame, d.sent.rules.words("charge_verbs"))
    second = _span_of(d, [t for t in _complement_words(frame, comp) if d.sent.inside(t)]) if comp is not None else None
    if second is None:
        d.content = first
    else:
        d.content = {"text": d.ctx.text[first["start"]:second["end"]], "start": first["start"], "end": second["end"],
                     "fragments": [[first["start"], first["end"]], [second["start"], second["end"]]]}
    return True


def _complement_words(frame: Token, comp: Token) -> list[Token]:
    """The complement's words; a name given (``dubbed the road to nowhere by critics``) keeps the
    phrases the parser hung on the verb between it and the agent."""
    words = list(comp.subtree)
    agent = child(frame, ("agent",))
    if comp.dep_ == "oprd" and agent is not None and agent.i > comp.i:
        words += [t for c in frame.children if comp.i < c.i < agent.i and c.dep_ == "prep" for t in c.subtree]
    return words


_COMPLEMENT_PREPS = frozenset(("as", "of", "for"))


def _passive_complement(frame: Token, charge_verbs: frozenset[str]) -> Token | None:
    """What the passive verb says its subject is or did: ``described … as a gamble``, ``accused
    … of hypocrisy``, ``praised … for its work``, ``was called a disgrace``; an ``as`` phrase the
    parser hung on the agent counts too (``praised by the mayor as …``, ``blamed by inspectors for
    the collapse``: :func:`agent_complement`)."""
    agent = child(frame, ("agent",))
    by = child(agent, ("pobj",)) if agent is not None else None
    cands = [c for c in frame.children if c.i > frame.i and (c.dep_ == "oprd" or (
        c.dep_ == "prep" and c.lower_ in _COMPLEMENT_PREPS))]
    comp = agent_complement(by, charge_verbs) if by is not None else None
    cands += [comp] if comp is not None else []
    return min(cands, key=lambda c: c.i) if cands else None


def _around_aside(d: ClaimDraft, frame: Token) -> dict | None:
    """The reported clause without the reporting aside inside or after it (``Prices rose, the
    ministry said, as demand grew``, ``The deal, the minister said, will be signed``): the words
    before the aside and those after it, as fragments when both are there."""
    words = [t for t in d.head.subtree if d.sent.inside(t) and not d.ctx.is_excluded(t.idx)]
    before = _span_of(d, [t for t in words if t.i < frame.left_edge.i])
    after = _span_of(d, [t for t in words if t.i > frame.right_edge.i])
    if before is None or after is None:
        return before or after
    return {"text": d.ctx.text[before["start"]:after["end"]], "start": before["start"], "end": after["end"],
            "fragments": [[before["start"], before["end"]], [after["start"], after["end"]]]}


def _in_subject_clause(frame: Token) -> bool:
    """``What I can tell you is …``: the reporting verb sits in a clausal subject."""
    return any(t.dep_ == "csubj" for t in (frame, *frame.ancestors))


def _antecedent_content(d: ClaimDraft, ante: Token) -> dict | None:
    """The noun phrase (without its relative clause) and the reported clause (without its
    relative word), as two fragments: ``the estimate`` + ``was preliminary``."""
    noun = [t for t in ante.subtree if t.i <= ante.i and d.sent.inside(t)]
    clause = _span_of(d, [t for t in d.head.subtree if t.tag_ not in ("WDT", "WP") and d.sent.inside(t)])
    first = _span_of(d, noun)
    if first is None or clause is None:
        return clause
    return {"text": d.ctx.text[first["start"]:clause["end"]], "start": first["start"], "end": clause["end"],
            "fragments": [[first["start"], first["end"]], [clause["start"], clause["end"]]]}


def _noun_clauses(sent: Sentence, frame: Token) -> list[Token]:
    """The clauses of cue nouns in what a reporting verb says (``echoed Lund's call for Congress
    to renew …``): they head claims of their own but belong to this content too."""
    return [t for h, n in sent.noun_frame_of.items() if n > frame.i and top_child(sent.doc[n], frame) is not None
            for t in sent.doc[h].subtree if sent.inside(t)]


def _object_clause(sent: Sentence, frame: Token) -> list[Token]:
    """``has not ruled out the possibility that the fire was set``: the ``that`` clause of an
    object of the word list the rule's ``clause_objects`` names (possibility, prospect …) carries
    the proposition; it belongs to the content (the parser gives it a claim head of its own)."""
    nouns = sent.rules.listed(sent.report_rule(frame) or {}, "clause_objects")
    obj = child(frame, ("dobj",)) if nouns else None
    if obj is None or obj.lemma_.lower() not in nouns:
        return []
    return [t for c in obj.children if c.i > obj.i and (_that_clause(c) or c.dep_ == "ccomp")
            for t in c.subtree if sent.inside(t)]


def _withheld_clause(sent: Sentence, frame: Token) -> list[Token]:
    """``did not say when the rules would take effect`` parsed with the question as an adverbial
    clause of the verb: the question is what was withheld (it heads a claim of its own)."""
    clause = question_adverbial(frame) if sent.withheld_question(frame) else None
    return [t for t in clause.subtree if sent.inside(t)] if clause is not None else []


_MODALS = frozenset("would could will might may should can must".split())
_CONDITIONS = frozenset(("if", "unless"))


def _content_tail(d: ClaimDraft, frame: Token, tokens: list[Token]) -> list[Token]:
    """The words the parser split off a content: a subjectless modal clause right after the
    verb's object (``worried the bond sale would leave …``, parsed as object + clause), a
    condition on an intention (``threatened to strike if the city cut wages``), and what the
    object of a document's ``shows`` does (``shows the director writing that …``)."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if not words:
        return tokens
    last = max(t.i for t in words)
    nxt = frame.doc[last + 1] if last + 1 < len(frame.doc) else None
    extra: list[Token] = []
    if nxt is not None and nxt.dep_ == "aux" and nxt.lower_ in _MODALS and nxt.head.i > last \
            and any(t.dep_ == "dobj" and t.head.i == frame.i for t in tokens) \
            and not any(c.dep_ in SUBJ_DEPS for c in nxt.head.children):
        extra = list(nxt.head.subtree)
    elif any(c.dep_ == "xcomp" for c in frame.children):
        extra = [t for c in frame.children if c.dep_ == "advcl" and c.i > last
                 and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children) for t in c.subtree]
    elif frame.lemma_.lower() in d.sent.rules.perception_verbs:
        # ``shows the director writing that …``: the participle says what the object does
        near = list(frame.children) + [g for c in frame.children if c.dep_ == "dobj" for g in c.children]
        extra = [t for c in near if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG" and c.i > last
                 for t in c.subtree]
    extra = [t for t in extra if d.sent.inside(t) and t.i > last]
    return sorted(tokens + extra, key=lambda t: t.i) if extra else tokens


def _claim_worthy(d: ClaimDraft) -> bool:
    """A claim needs an actor, an amount, a date or a speaker, or sits in a quotation or after a
    speaker's colon (its speaker is given by the quotation structure, see ``claim_quotes``); a
    holder only wished for (``actor_hypothetical``: no mention) counts as the actor it was."""
    return bool(d.actors or d.money or d.quantities or d.dates or d.speaker is not None
                or d.cue is not None) or \
        d.ctx.quote_at(d.head.idx) is not None or d.ctx.after_colon(d.head.idx) or _names_wished_holder(d)


def _names_wished_holder(d: ClaimDraft) -> bool:
    """Does the claim's span hold a holder ``actor_hypothetical`` dropped (``deserve a premier who``)?"""
    return names_wished_holder(d.start, d.end, wished_holders(d.ctx.doc))


def wished_holders(doc: Doc) -> list[tuple[int, int]]:
    """The character ranges of the holders ``actor_hypothetical`` dropped (group ``claims_wished_holders``)."""
    group = ext.GROUP_WISHED_HOLDERS
    return [(s.start_char, s.end_char) for s in doc.spans[group]] if group in doc.spans else []


def build_claim(ctx: DocContext, sent: Sentence, scope: SentenceScope, head: Token,
                provenance: dict, inner: Nested | None = None) -> dict | None:
    """The claim record of the clause headed by ``head``, or None when it is not a claim;
    ``inner``: a nested report whose verb is ``head`` (:func:`inner_reports`)."""
    chain = clause_chain(sent, head) if inner is None else [head]
    own = inner.own if inner else list(scope.own_by_head.get(head.i, ()))  # tokens in no source phrase
    d = ClaimDraft(ctx, sent, scope, head, chain, own)
    if not _extent(d):
        return None
    _own_report(d) if inner else _attribute(d)
    if not _clip_to_quote(d):
        return None
    _speaker_actors(d)
    _mention_roles(d)
    _subject_actor(d)
    if not _amounts_and_dates(d):
        return None
    if not _claim_worthy(d):
        return None
    _pronoun_objects(d)
    d.modality = modality(ctx.rules, head, chain, d.own, d.frame_tok, d.attribution is not None)
    _noun_hedge(d)
    _content(d)
    _confidence(d)
    return _record(d, provenance)


def _clip_to_quote(d: ClaimDraft) -> bool:
    """A claim whose cue stands inside a quotation stays inside it: in ``"The minister was clear
    that the plan is temporary," a spokesperson told reporters`` the ``clear`` claim never takes
    the words after the closing mark (a parse that hangs the outer verb inside the quotation gives
    it them): a claim that starts inside ends before the mark, without edge punctuation; one that
    starts after the mark is no claim of that cue (False: dropped). Only for a quoted statement
    (a comma, stop, ``?`` or ``!`` before the closing mark), not a quoted phrase in a clause."""
    cue = d.cue
    quote = d.ctx.quote_at(cue["start"]) if cue is not None else None
    if quote is None or d.end <= quote[1] or d.ctx.text[quote[1] - 2:quote[1] - 1] not in (",", ".", "?", "!"):
        return True  # ``remained "very confident" the deal would pass``: a quoted phrase, no statement
    if d.start >= quote[1] - 1:
        return False
    text, end = d.ctx.text, quote[1] - 1  # the closing mark
    while end > d.start and (text[end - 1].isspace() or text[end - 1] in ",.;:!?" + CLOSE_CHARS):
        end -= 1
    if quote[0] < d.start < end:
        d.end = end
    return True


def _noun_hedge(d: ClaimDraft) -> None:
    """``the claim that …``, ``allegations that …``: the cue noun hedges the content."""
    rule = d.attribution.hedge_rule if d.attribution is not None else None
    if rule is None:
        return
    d.modality["hedged"] = True
    if d.cue["text"] not in d.modality["cues"]:
        d.modality["cues"] = d.modality["cues"] + [d.cue["text"]]
    d.modality["origins"] = sorted(set(d.modality["origins"]) | {f"rule:{rule['id']}"})


def _dedupe(items: list[dict]) -> list[dict]:
    seen, out = set(), []
    for item in sorted(items, key=lambda r: (r["start"], r["end"])):
        if item["mention_id"] in seen:
            continue
        seen.add(item["mention_id"])
        out.append(item)
    return out


#: dependency of the mention's link to the clause -> role (``on_head``: hangs on the head itself)
_ROLE_BY_DEP = {"agent": lambda on_head: "subject"}
_ROLE_BY_DEP.update({dep: (lambda on_head: "subject" if on_head else "object") for dep in SUBJ_DEPS})
_ROLE_BY_DEP.update({dep: (lambda on_head: "object") for dep in OBJ_DEPS})


def role_of(sent: Sentence, span: Span, head: Token, chain_ids: set[int]) -> str:
    """The role of an actor mention in the clause, from its dependency path to the clause verbs."""
    root = span.root
    other = sent.ctx.actor_at.get(root.head.i)
    if root.dep_ in ("poss", "compound", "amod", "nmod") and other is not None and other is not span:
        return "other"  # ``Russia's Gazprom``: the possessor qualifies another actor
    cur = span.root
    while cur.head.i != cur.i and cur.head.i not in chain_ids:
        cur = cur.head
    if cur.i in chain_ids:  # the mention covers the predicate itself (a nominal clause)
        return "other"
    by_dep = _ROLE_BY_DEP.get(cur.dep_)
    if by_dep is not None:
        return by_dep(cur.head.i == head.i)
    if cur.dep_ == "prep" and cur.lower_ in OBJ_PREPS:
        return "object"
    return "other"


# ------------------------------------------------------------------------------------ sentences
def _in_source_phrase(sent: Sentence, head: Token) -> bool:
    """``a poll published Thursday by X shows …``: a participle inside the subject of a
    reporting verb describes the source; it is no claim."""
    if head.dep_ not in ("acl", "relcl") or _own_aside_report(sent, head):
        return False
    cur = head
    while cur.head.i != cur.i and sent.inside(cur.head):
        if cur.dep_ == "nsubj" and sent.is_report(cur.head):
            return True
        cur = cur.head
    return False


def _own_aside_report(sent: Sentence, head: Token) -> bool:
    """``X, who has pressed the bank for lower rates, said …``: a relative clause set off by a
    comma whose ``who`` subject is the speaker and whose verb reports (a demand, a question, a
    statement): the speaker's own claim, not a description of the source."""
    subj = child(head, ("nsubj",))
    if subj is None or subj.lower_ != "who" or not sent.is_report(head):
        return False
    before = sent.doc[subj.i - 1] if subj.i > 0 else None
    return before is not None and before.text == "," and before.head.i == head.head.i \
        and not _anonymous_aside(sent, head)


def _anonymous_aside(sent: Sentence, head: Token) -> bool:
    """``who asked not to be named``, ``who spoke on condition of anonymity``: the clause says the
    source is not named (rule ``source_aside``), no statement of its own."""
    rules, words = sent.rules.source_asides, list(head.subtree)
    negated = any(t.dep_ == "neg" or t.lower_ in ("not", "n't") for t in words)
    return any(t.lower_ in rules.words or (negated and t.lower_ in rules.negated_words) for t in words)


def _skip_head(sent: Sentence, head: Token) -> bool:
    """Excluded or silent text; a report inside another report by the same speaker."""
    ctx = sent.ctx
    if ctx.is_excluded(head.idx) or ctx.is_silent(head.idx) or _in_source_phrase(sent, head):
        return True
    if any(c.i in sent.head_set and (sent.wrapped_report(c) or c.i in sent.frames and c.dep_ == "csubj")
           for c in head.children):
        return True  # ``used`` of ``used to say``, ``is`` of ``What I can tell you is that``: no claim
    if head.i in sent.wrapped:
        return True  # ``want`` of ``I want to start by thanking …``: the thanks are the claim
    if put_question(sent, head):
        return True  # ``Asked whether …, Park said``: the question put to her asserts nothing
    if head.i not in sent.frames or sent.own_first_clause(head):
        # ``The governor unveiled a plan to cut taxes``: the cue noun's claim is the statement;
        # not when a reporting verb reports that clause (``Aides said the governor unveiled …``)
        return sent.held_cue_noun(head) is not None and not _reported_holder(sent, head)
    # a report inside another report (``"The court has confirmed that ...," Kobolev said``,
    # ``Ortiz said she believed that …``) is itself a claim of the outer speaker
    outer = attribution(sent, head)
    return outer is None or outer.speaker is None


def _nested_claims(ctx: DocContext, sent: Sentence, scope: SentenceScope, head: Token, rec: dict,
                   provenance: dict) -> list[dict]:
    """The nested reports inside the claim ``rec`` of ``head`` (:func:`inner_reports`)."""
    own = list(scope.own_by_head.get(head.i, ()))
    verbs = inner_reports(sent, head, rec, own)
    out = []
    for verb in verbs:
        reply = relative_reply(sent, verb, rec)
        own = sorted(verb.subtree, key=lambda t: t.i) if reply else _inner_own(sent, verb, verbs, scope.source_tokens)
        nested = build_claim(ctx, sent, scope, verb, provenance, inner=Nested(own))
        if nested is not None and reply:
            nested["content"] = _replied_claim(ctx.text, sent, verb, rec)
        if nested is not None:
            out.append(nested)
    return out


def _replied_claim(text: str, sent: Sentence, verb: Token, rec: dict) -> dict | None:
    """``…, which the ministry denied``: the claim the relative reply answers, the words of the
    content of the claim it is in (else its span) before the relative clause and its comma."""
    kept = [t for t in _content_tokens(sent, rec.get("content") or rec) if t.i < verb.left_edge.i - 1]
    trim_end(kept)
    if not kept:
        return None
    start, end = kept[0].idx, kept[-1].idx + len(kept[-1].text)
    return {"text": text[start:end], "start": start, "end": end}


def sentence_claims(ctx: DocContext, sent: Sentence, provenance: dict) -> list[dict]:
    """The claims of one sentence unit, one per clause head that makes a claim."""
    sent.sources = find_sources(sent)
    scope = SentenceScope(ctx, sent).build()
    out = []
    for head in sent.heads:
        if _skip_head(sent, head):
            continue
        rec = build_claim(ctx, sent, scope, head, provenance)
        if rec is not None:
            out.append(rec)
            out += _nested_claims(ctx, sent, scope, head, rec, provenance)
    return out + noun_object_claims(sent, provenance)  # ``the opposition's demand for a recount``


# ------------------------------------------------------------------------------------ document
def _default_provenance() -> dict:
    return {"pipeline": pipeline.__version__, "model": None, "config": None}


def _doc_context(doc: Doc, doc_id: str, rules: Rules, text: str, mentions: list[dict] | None,
                 classified: list | None = None) -> DocContext:
    if mentions is None:
        mentions = mention_records(doc, doc_id, text)
    records = {(r["start"], r["end"], r["kind"]): r for r in mentions}
    spans = [s for s in doc.spans.get(ext.GROUP_MENTIONS, [])]
    classified = classify_paragraphs(text, rules) if classified is None else classified
    sections = [Section(*p[:3]) for p in classified]
    silent = [(p.start, p.end) for p in classified if not p.emits_claims]
    ctx = DocContext(doc, doc_id, rules, records, spans, sections, silent, dateline_spans(text, rules), text)
    ctx.turns = find_turns(ctx)  # transcript turns and headline colons: their clauses are claims
    ctx.bare_answers, ctx.bare_speaker, ctx.bare_selves = bare_answers(ctx, [t for t in ctx.turns if t.kind in ("headline", "tag")])
    name_outlet_askers(ctx)  # ``Q:`` in a fact check or an interview nobody is credited with: the outlet
    name_briefing_askers(ctx)  # ``Q:`` in a press briefing: a reporter
    ctx.colon_starts += colon_ranges(ctx.turns)
    labels = repair_turn_labels(doc, label_ranges(ctx.turns))  # ``Maclean’s: Officials say``: no subject
    if repair_turn_vocatives(doc, turn_ranges(ctx.turns), rules.turns.vocatives) + labels:  # ``Henrik, the AI Office said``
        ctx.reparsed()
    return ctx


def _in_source_tail(ctx: DocContext, rec: dict) -> bool:
    """An uncued claim in the words after ``— Name,`` that say who spoke a quotation (``in a
    television ad that began airing Sept. 3``): no statement of its own."""
    return rec["cue"] is None and ctx.in_source_tail(rec["start"])


def _claim_key(rec: dict) -> tuple:
    cue = rec.get("cue")
    return rec["claim_id"], (cue["start"], cue["end"]) if cue else None


def extract_claims(doc: Doc, doc_id: str | None = None, provenance: dict | None = None,
                   rules: Rules | None = None, stance_rules: StanceRules | None = None, *,
                   text: str | None = None, mentions: list[dict] | None = None) -> list[dict]:
    """claim/1 records for ``doc`` (parsed, with ``doc.spans["mentions"]``), sorted by (start, end).

    ``text`` (``doc.text``) and ``mentions`` (``mention_records(doc, doc_id)``, read only) save
    making them again when the caller has them.
    """
    if len(doc) and not doc.has_annotation("DEP"):
        raise ValueError("extract_claims needs a parsed Doc (a dependency parse, e.g. en_core_web_sm); "
                         "this one has none")
    doc_id = doc_id if doc_id is not None else (doc._.doc_id or "")
    provenance = dict(provenance) if provenance else _default_provenance()
    text = doc.text if text is None else text  # spaCy joins the tokens again on each access
    ctx = _repaired_context(doc, doc_id, rules or load_rules(), text, mentions)
    claims = _clause_claims(ctx, provenance)
    out = _with_quotes(ctx, claims, provenance)
    out = trim_lead_ins(ctx, out)  # ``Driving the news: X told …``: the heading is nobody's words
    return _kept_statements(ctx, out, stance_rules)


def _repaired_context(doc: Doc, doc_id: str, rules: Rules, text: str, mentions: list[dict] | None) -> DocContext:
    """The document's context after the parse repairs (the sections found once: the repairs
    change no text)."""
    classified = classify_paragraphs(text, rules)
    _repair_parse(doc, rules, classified)
    return _doc_context(doc, doc_id, rules, text, mentions, classified)


def document_turns(doc: Doc, doc_id: str | None = None, rules: Rules | None = None) -> list:
    """The transcript turns and headline colons of a parsed ``doc`` (``claim_turns.Turn``, their
    speakers resolved), as :func:`extract_claims` finds them: who asks and who answers, read
    without going through the claims."""
    doc_id = doc_id if doc_id is not None else (doc._.doc_id or "")
    return _repaired_context(doc, doc_id, rules or load_rules(), doc.text, None).turns


def _repair_parse(doc: Doc, rules: Rules, classified: list) -> None:
    """The parse repairs the attribution step needs, in order (:mod:`claim_repairs`); ``classified``:
    the paragraphs of the text (:func:`classify_paragraphs`)."""
    repair_hyphen_words(doc)  # ``would not re-sign the pitcher``: one word, not two clauses at ``re``
    repair_answer_words(doc, rules.words("answer_verbs"))  # ``members who voted no said …``: ``no`` is the vote's, not a negation
    repair_tally_infinitives(doc, rules)  # ``voted 6-3 in August to send it …``: the infinitive is the vote's
    repair_source_asides(doc, rules.sources)  # ``The talks, according to X, stalled``: a clause again
    repair_split_source_phrases(doc, rules.sources)  # ``According to its own audited statements, …``: one object
    repair_closing_reports(doc, rules)  # ``…, industry data show.``: a reporting verb again
    repair_closing_appositions(doc, rules)  # ``… near Bega, the Rural Fire Service said.``: the verb's subject
    repair_relative_asides(doc)  # ``X, who …, called for …``: the verb heads its clause again
    repair_doubled_subjects(doc, rules)  # ``61 percent planned …, and 18 percent said``: two clauses
    repair_relative_tail_reports(doc, rules)  # ``Three members who voted no said …``: the verb is the root
    repair_stranded_relatives(doc, rules)  # ``Governors I have spoken to say …``: ``say`` is the noun's verb
    repair_appositive_asides(doc)  # ``X, a councillor for …, called …``: the verb heads its clause again
    repair_object_asides(doc, rules)  # ``said the backlog, at $6bn, covered …``: the clause's subject again
    repair_object_relatives(doc, rules)  # ``said prices and a weaker peso mattered …``: the object is the subject
    repair_noun_clauses(doc, rules)  # ``said Coral Banks exports from …``: the plural object is the clause's verb
    repair_described_subjects(doc, rules)  # ``X called Y "…" and noted``: the verb heads its clause
    repair_noun_reports(doc, rules)  # ``Seoul and Prague pledge to …`` tagged as a noun: a verb again
    repair_noun_reads(doc, rules)  # ``A statement from the ministry read: "…"``: ``read`` a verb again
    repair_adverbial_subjects(doc, rules)  # ``Marchant pressed ministers to …``: the name is the subject
    repair_noun_participles(doc, rules)  # ``…, writing: "…"`` tagged as a noun: a participle again
    repair_other_subjects(doc, rules)  # ``The other said applications … were``: ``said`` the root again
    repair_headline_semicolons(doc, rules, classified)  # ``Quispe claims lead; rival alleges …``: two sentences
    repair_headline_verdicts(doc, rules, classified)  # ``observers call vote ‘orderly’``: object and predicate
    repair_headline_reports(doc, rules)  # ``F.B.I. Director Tells Senators …``: a title-case verb again
    repair_phrase_reports(doc, rules)  # ``Defenders of the system reply that …``: the verb is the root again
    repair_relative_noun_reports(doc, rules)  # ``which the CBO estimates would cost``: a verb again
    repair_relative_gaps(doc, rules)  # ``a move that Democrats said put …``: the reported verb is the verb's
    repair_reporting_asides(doc, rules)  # ``The talks, two diplomats said, stalled``: a parenthetical
    repair_inverted_asides(doc, rules)  # ``The deal, argues one banker, will cost``: a parenthetical
    repair_closing_asides(doc, rules)  # ``X did Y, prosecutors allege, when …``: the verb reports the clause
    repair_outlet_objects(doc, rules)  # ``told the Guardian turnout would …``: the outlet is the object
    repair_forum_objects(doc, rules)  # ``told a packed board meeting that …``: the clause is the verb's
    repair_that_objects(doc, rules)  # ``warning that aid … would be``: ``that`` marks the clause, no determiner
    repair_source_clauses(doc, rules)  # ``X reported, citing Y, that …``: the clause is the verb's
    reports = report_tokens(doc, rules)  # the repairs change no lemma or form: found once
    repair_colon_quotes(doc, reports)  # ``X posted a statement …: "…"``: the verb reports it
    repair_quoting_asides(doc, reports)  # ``He said, and I quote, "…"``: the verb reports it
    repair_time_participles(doc, reports, rules.words("time_points"))  # ``…, at one point telling X that``
    repair_noun_clause_participles(doc, reports)  # ``rejected the claim that …, calling it "…"``
    repair_document_clauses(doc, reports, rules.documents, rules.words("document_handling"))  # ``wrote in an editorial that …``
    repair_closing_quotes(doc, reports)  # ``"…," a spokesperson told reporters`` hung inside the quotation
    repair_amount_gaps(doc, reports, rules)  # ``the $3.5 billion analysts had forecast``
    repair_headline_passives(doc, rules)  # ``Company said to pick banks`` in a deck: ``is said to``


def _clause_claims(ctx: DocContext, provenance: dict) -> dict[tuple, dict]:
    """The claims of every sentence unit of the document, by span and cue (a nested report may
    share its clause's span)."""
    doc, units = ctx.doc, ctx.units()
    ctx.sent_ranges = [(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)) for lo, hi in units]
    claims: dict[tuple, dict] = {}  # by span and cue: a nested report may share its clause's span
    for index, (lo, hi) in enumerate(units):
        sent = Sentence(ctx, lo, hi, index)
        ctx.sentences.append(sent)
        recs = sentence_claims(ctx, sent, provenance)
        for rec in recs:
            claims.setdefault(_claim_key(rec), rec)
        remember_subject(ctx, index, recs)
        remember_person_phrases(ctx, sent)
    return claims


def _with_quotes(ctx: DocContext, claims: dict[tuple, dict], provenance: dict) -> list[dict]:
    """``claims`` with the transcript turns and quotations attributed added, sorted by (start,
    end), without those in a source's tail."""
    out = sorted(claims.values(), key=lambda r: (r["start"], r["end"]))
    turns = attribute_turns(ctx, out, provenance)  # before the quotations: "I told her, “…”"
    for rec in attribute_quotes(ctx, out) + turns:
        claims.setdefault(_claim_key(rec), rec)
    listed, replaced = listed_contents(ctx, out, provenance)  # ``X found:`` and a bulleted list
    for rec in replaced:
        claims.pop(_claim_key(rec), None)
    for rec in listed:
        claims.setdefault(_claim_key(rec), rec)
    reaction_quotes(ctx, out)  # ``X laughed. "…"``: the quotation is X's
    name_talked_about(ctx, list(claims.values()))  # ``"…," Lasko said. "He said to me …"``: not Lasko
    return sorted((r for r in claims.values() if not _in_source_tail(ctx, r)), key=lambda r: (r["start"], r["end"]))


def _kept_statements(ctx: DocContext, out: list[dict], stance_rules: StanceRules | None) -> list[dict]:
    """The statements kept of ``out`` (bodies spoken for, quotations continued), each with its stance."""
    name_lede_holders(ctx, out)  # ``Iraq's foreign minister`` the next paragraph names
    unresolve_disagreeing_pronouns(ctx, out)  # ``she`` given ``the lawsuit``: left the pronoun
    speak_for_bodies(ctx, out)  # a quoted ``we``: the body its speaker represents
    speak_for_owned(ctx, out)  # a quoted ``our X``: that body's X (``affiliation``)
    speak_for_spokespeople(ctx, out)  # ``An Aramco spokesperson said``: Aramco, the words in ``via``
    name_document_authors(ctx, out)  # ``Its authors`` after a document that spoke: its author
    name_later_authors(ctx, out)  # ``a new poll suggests …. The survey, by X, found``: X
    name_headline_documents(ctx, out)  # ``…, study finds``: the study the body names first
    name_turn_owned(ctx, out)  # ``Your critics`` in an interviewer's question: the interviewee's critics
    widen_unnamed_speakers(ctx, out)  # ``Another resident, who did not want to be named,``: the whole phrase
    name_dated_documents(ctx, out)  # ``A report filed Monday with X shows``: its name without ``Monday``
    stance_rules = stance_rules or load_stance_rules()
    kept = statements(out, ctx.text, stance_rules, ctx.rules.confidence, wished_holders(ctx.doc))
    continue_quotes(ctx, kept)  # ``"A," she said. "B."``: B is more of her statement
    for rec in kept:  # stance last: it reads the final speaker and actors
        set_stance(rec, stance_rules, ctx.text)
    return kept


# ------------------------------------------------------------------------------------ component
class ClaimExtractor(RuleComponent):
    """Sets ``doc._.claims`` to :func:`extract_claims` of the doc (``doc._.doc_id`` as id)."""

    #: with the actor layer's files the speaker passes read (claim_rules.Rules.actor_words, descriptions)
    rule_globs = ("claim_*.jsonl", "modality_*.jsonl", "stance_*.jsonl", ACTOR_WORDS_FILE, DESCRIPTIONS_FILE, KINDS_FILE)
    patterns_file = CUES_FILE

    def __init__(self, nlp: Language, name: str = "claims_claims", rules: str | None = None):
        self._init_rules(nlp, name, rules=rules)
        # read and validate the rule files once, when built
        shipped = self.rules_dir == RULES_DIR
        self.claim_rules = load_rules(None if shipped else str(self.rules_dir))
        self.stance_rules = load_stance_rules(None if shipped else str(self.rules_dir / STANCE_FILE.name))
        name_detector()  # given-name data for pronoun speakers, read now rather than on the first doc

    def __call__(self, doc: Doc) -> Doc:
        self.check_rule_data()
        doc._.claims = extract_claims(doc, doc._.doc_id, rules=self.claim_rules, stance_rules=self.stance_rules)
        return doc


@Language.factory("claims_claims", default_config={"rules": None},
                  assigns=ASSIGNS["claims_claims"], requires=REQUIRES["claims_claims"])
def make_claim_extractor(nlp: Language, name: str, rules: str | None) -> ClaimExtractor:
    return ClaimExtractor(nlp, name, rules)
