"""Modality of a claim (``pipeline/rules/modality_cues.jsonl``): ``negated`` (not, never, no,
fail/refuse to, a denial), ``hedged`` (may, could, reportedly, allegedly, or a hedging cue such
as claim/allege/believe), ``tense`` (``future`` for will/shall/going to and for ``would`` in
reported speech, ``conditional`` for other ``would``, else ``past``/``present`` from the verb
morphology), with the cue words and the rule ids."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from spacy.tokens import Token

from pipeline.components.claim_clauses import OBJ_DEPS, SUBJ_DEPS, adjective_cue, child, verbal
from pipeline.components.claim_rules import Rules


@dataclass
class _Found:
    negated: bool = False
    hedged: bool = False
    tense: str | None = None
    cues: list[tuple[int, str]] = field(default_factory=list)
    origins: list[str] = field(default_factory=list)

    def add(self, tok: Token, rule: dict | None = None) -> None:
        self.cues.append((tok.i, tok.text))
        if rule is not None:
            self.origins.append(f"rule:{rule['id']}")


@dataclass(frozen=True)
class _Scope:
    rules: Rules
    head: Token
    chain_ids: set[int]
    args: set[int]              # subjects and objects of the clause's verbs


def _negation_word(scope: _Scope, tok: Token) -> tuple[str, dict] | None:
    rule = scope.rules.negation_lower.get(tok.lower_)
    if rule and ((tok.dep_ in ("neg", "advmod", "preconj") and tok.head.i in scope.chain_ids)
                 or (tok.dep_ == "det" and tok.head.i in scope.args)):
        return "negated", rule
    return None


def _negation_verb(scope: _Scope, tok: Token) -> tuple[str, dict] | None:
    rule = scope.rules.negation_verbs.get(tok.lemma_.lower())
    if rule and tok.i in scope.chain_ids and (child(tok, ("xcomp",)) is not None or rule.get("needs") != "xcomp"):
        return "negated", rule
    return None


def _hedge_word(scope: _Scope, tok: Token) -> tuple[str, dict] | None:
    rule = scope.rules.hedge_lower.get(tok.lower_)
    if rule and (not rule.get("tag") or rule["tag"] == tok.tag_):
        return "hedged", rule
    return None


def _hedge_verb(scope: _Scope, tok: Token) -> tuple[str, dict] | None:
    rule = scope.rules.hedge_lemma.get(tok.lemma_.lower())
    if rule and tok.i in scope.chain_ids and verbal(tok):
        return "hedged", rule
    return None


#: checks run on every token of the clause, in this order; each may set a flag with its rule
TOKEN_CHECKS: tuple[Callable[[_Scope, Token], tuple[str, dict] | None], ...] = (
    _negation_word, _negation_verb, _hedge_word, _hedge_verb)


def _may_cue(rules: Rules, tok: Token) -> bool:
    """Whether a check of ``TOKEN_CHECKS`` can find a rule for ``tok`` (its word or its lemma is
    a cue word): the other tokens are passed over without running the checks."""
    low = tok.lower_
    if low in rules.negation_lower or low in rules.hedge_lower:
        return True
    lemma = tok.lemma_.lower()
    return lemma in rules.negation_verbs or lemma in rules.hedge_lemma


def _token_cues(scope: _Scope, own: list[Token], found: _Found) -> None:
    for tok in own:
        if not _may_cue(scope.rules, tok):
            continue
        for check in TOKEN_CHECKS:
            hit = check(scope, tok)
            if hit is not None:
                setattr(found, hit[0], True)
                found.add(tok, hit[1])


def _frame_cues(rules: Rules, head: Token, frame_tok: Token, found: _Found) -> None:
    """A hedging (claim) or negative (deny) reporting verb, or a negated one, over the clause."""
    adj = adjective_cue(frame_tok, rules)
    rule = rules.adjectives[adj.lower_] if adj is not None else rules.report_rule(frame_tok.lemma_.lower(), frame_tok.lower_)
    if rule and rule.get("hedge"):
        found.hedged = True
        found.add(adj if adj is not None else frame_tok, rule)
    neg = next((c for c in frame_tok.children if c.dep_ == "neg"), None)
    if neg is not None and frame_tok.i != head.i:
        found.negated = not found.negated if not (rule and rule.get("negative")) else found.negated
        found.add(neg)
    if rule and rule.get("negative") and frame_tok.i != head.i:
        found.negated = True
        found.add(frame_tok, rule)
    _refusal_frame(rules, head, frame_tok, found)


def _refusal_frame(rules: Rules, head: Token, frame_tok: Token, found: _Found) -> None:
    """``declined to say how many jobs would go``: a refused report over the clause (rules
    ``negation`` with ``needs: xcomp``, as ``refused to say``) marks its content negated."""
    refusal = rules.negation_verbs.get(frame_tok.lemma_.lower())
    if refusal and frame_tok.i != head.i and child(frame_tok, ("xcomp",)) is not None:
        found.negated = True
        found.add(frame_tok, refusal)


def _future_aux(rules: Rules, auxes: list[Token], reported: bool, found: _Found) -> None:
    for aux in auxes:
        low = aux.lower_
        if low in rules.future_lower and (not rules.future_lower[low].get("tag") or aux.tag_ == "MD"):
            found.tense = "future"
            found.add(aux, rules.future_lower[low])
        elif low in rules.future_in_past and aux.tag_ == "MD":
            found.tense = "future" if reported else "conditional"
            found.add(aux, rules.future_in_past[low])


def _morph_tense(head: Token, auxes: list[Token], frame_tok: Token | None) -> str | None:
    morph_past = head.tag_ == "VBD" or any("Past" in a.morph.get("Tense") for a in auxes if a.tag_ != "VBN")
    perfect = head.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes)
    if morph_past or perfect:
        return "past"
    if head.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    if frame_tok is not None and frame_tok.i != head.i and frame_tok.tag_ == "VBD" and \
            any(a.lemma_ == "have" for a in auxes):
        return "past"
    if head.dep_ == "acl" and head.tag_ in ("VBN", "VBD"):
        return "past"
    if head.dep_ in ("xcomp", "pcomp", "conj") and head.head.tag_ in ("VBD", "VBZ", "VBP"):
        return "past" if head.head.tag_ == "VBD" else "present"
    return None


def modality(rules: Rules, head: Token, chain: list[Token], own: list[Token],
             frame_tok: Token | None, reported: bool) -> dict:
    """The ``modality`` record of the clause headed by ``head``."""
    chain_ids = {t.i for t in chain}
    args = {c.i for t in chain for c in t.children if c.dep_ in SUBJ_DEPS | OBJ_DEPS}
    found = _Found()
    _token_cues(_Scope(rules, head, chain_ids, args), own, found)
    if frame_tok is not None:
        _frame_cues(rules, head, frame_tok, found)
    auxes = [c for t in chain[:1] for c in t.children if c.dep_ in ("aux", "auxpass")]
    _future_aux(rules, auxes, reported, found)
    if found.tense is None and head.lower_ == "going" and child(head, ("xcomp",)) is not None:
        found.tense = "future"
    if found.tense is None:
        found.tense = _morph_tense(head, auxes, frame_tok)
    ordered = [text for _i, text in sorted(set(found.cues))]
    return {"negated": found.negated, "hedged": found.hedged, "cues": ordered, "tense": found.tense,
            "origins": sorted(set(found.origins))}
