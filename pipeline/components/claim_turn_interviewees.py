"""Who answers when an introduction names the interviewer (review 15, item 15).

``The senator spoke with reporter Dan Whitlock about the budget.`` names the interviewer (the
``interviewer`` rows of ``claim_turns.jsonl``) and, as the subject of ``spoke``, the person who
answers. The answer turns (``A:``) go to that subject resolved through the actor layer (``The
senator`` as the actor its description names, ``She`` as the last fitting person before it).
When an interviewer row matched but the subject resolves to nobody, the answers have no
speaker: never the label ``A``.

A deposition or a hearing printed as ``Q:``/``A:`` after a sentence that says who was asked
(round 47, :func:`asked_person`): ``Meridell's former medical director, Dr. Alan Broussard, was
asked about the targets, …`` (the subject of a passive verb of asking, word list
``transcript_asked_verbs``), ``Lawyers for the families questioned Hollis Grant under oath``
(its object; not ``asked Judge Akers to seal it``, a request) or ``In a deposition last year,
former Sheriff Dale Pruitt said …`` (the subject of a sentence set in a deposition or testimony,
word list ``transcript_testimony_nouns``): the answers are that person's, an unnamed one as
written (``A former shift supervisor was asked …``), never the person named most often; words
that are no actor of the article (``pressed the CEO on cash``) say nothing, and the answerer is
looked for as before.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_speakers import is_person, last_person
from pipeline.components.claim_turn_common import ROLE_ORIGINS, sentence_before
from pipeline.tokens import PERSON_PRONOUNS



def interviewee_subject(ctx: DocContext, before: int) -> tuple[bool, Span | None]:
    """(whether the interviewer row that names the asker is a verb's, the actor its subject is);
    the first interviewer row that matches before ``before`` decides, as for the asker."""
    for rule in ctx.rules.turns.interviewers:
        m = rule.pattern.search(ctx.text, 0, before)
        if m is None:
            continue
        verb = _verb_at(ctx, m.start())
        if verb is None:
            return False, None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return True, _resolved(ctx, subj) if subj is not None else None
    return False, None


def _verb_at(ctx: DocContext, char: int) -> Token | None:
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    tok = span[0] if span is not None and len(span) else None
    return tok if tok is not None and tok.pos_ in ("VERB", "AUX") else None


def _resolved(ctx: DocContext, subj: Token) -> Span | None:
    """The actor the subject names: ``he``/``she`` the last person of that gender before it; a
    noun the actor mention that holds it (no place)."""
    if subj.pos_ == "PRON":
        pronoun = subj.lower_
        return last_person(ctx, subj.idx, ctx.sentence_index(subj.idx), pronoun) if pronoun in PERSON_PRONOUNS else None
    return next((sp for sp in ctx.spans if sp.label_ == "actor" and sp.start <= subj.i < sp.end
                 and (sp._.norm or {}).get("type") not in ("location", None)), None)


def asked_person(ctx: DocContext, before: int) -> tuple[bool, Span | None]:
    """(whether the sentence right before ``before`` says who was asked, the one person it says
    so of; module doc)."""
    before_sent = sentence_before(ctx, before)
    if before_sent is None:
        return False, None
    found = [sp for h in _asked_heads(ctx, before_sent[0]) for sp in [_resolved(ctx, h)] if sp is not None]
    if not found or not all(is_person(sp) for sp in found):
        return False, None  # ``Lawyers questioned the company``, ``pressed the CEO`` (no actor): not said
    people = [sp for sp in found if (sp._.norm or {}).get("actor_id")]
    ids = {sp._.norm["actor_id"] for sp in people}
    named = [sp for sp in people if not ctx.origin(sp).startswith(ROLE_ORIGINS)]
    return True, (named or people)[0] if len(ids) == 1 else None


def _asked_heads(ctx: DocContext, sent: Span) -> list[Token]:
    """The words for who was asked: the subject of a passive verb of asking, or the object of an
    active one (with their appositions), else the subject of a sentence set in a deposition."""
    asked = ctx.rules.words("transcript_asked_verbs")
    for verb in (t for t in sent if t.lemma_.lower() in asked and t.pos_ == "VERB"
                 and not any(c.dep_ == "xcomp" for c in t.children)):  # not ``asked X to resign``
        dep = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "dobj"
        head = next((c for c in verb.children if c.dep_ == dep), None)
        if head is not None:
            return [head] + [c for c in head.children if c.dep_ == "appos"]
    nouns = ctx.rules.words("transcript_testimony_nouns")
    root = sent.root
    framed = any(p.dep_ == "prep" and p.lower_ in ("in", "during") and
                 any(n.dep_ == "pobj" and n.lemma_.lower() in nouns for n in p.children) for p in root.children)
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None) if framed else None
    return [subj] + [c for c in subj.children if c.dep_ == "appos"] if subj is not None else []
