"""Who answers when an introduction names the interviewer (review 15, item 15).

``The senator spoke with reporter Dan Whitlock about the budget.`` names the interviewer (the
``interviewer`` rows of ``claim_turns.jsonl``) and, as the subject of ``spoke``, the person who
answers. The answer turns (``A:``) go to that subject resolved through the actor layer (``The
senator`` as the actor its description names, ``She`` as the last fitting person before it).
When an interviewer row matched but the subject resolves to nobody, the answers have no
speaker: never the label ``A``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.claim_context import DocContext
from pipeline.components.claim_speakers import last_person
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
