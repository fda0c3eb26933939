"""Joint descriptions as speakers: ``the two senators said``, ``both leaders``, ``The two said``.

The phrase names the two most recent distinct actors before it that fit its noun (``joint`` rules
of ``claim_cues.jsonl``: a title for ``senators``, a person of government or parliament for
``leaders``, a state or its government for ``governments``, a company for ``companies``); the
speaker is the one named first, the other in ``also``, the words in ``via``. A third actor that
fits, named since the sentence of the second one's last mention, makes it contested: no guess.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.claim_clauses import Sentence

#: how far back (in sentence units) the second of the two may be named
REACH = 12
#: what each ``fits`` of a joint rule accepts
_STATES = ("state", "government")
_POLITICAL_ROLES = ("GOV", "LEG", "MIL")


def joint_head(tok: Token) -> bool:
    """Is ``tok`` the head of ``the two X`` / ``both X`` / ``the two``?"""
    kids = {c.lower_: c.dep_ for c in tok.children}
    if tok.lower_ == "two":
        return kids.get("the") == "det"
    return kids.get("two") == "nummod" and kids.get("the") == "det" or kids.get("both") in ("det", "predet", "preconj")


def _fits(sent: Sentence, span: Span, rule: dict, noun: str, before: int) -> bool:
    """Does the actor mention ``span`` fit a joint rule (``noun``: the singular noun)?"""
    from pipeline.components.claim_speakers import _titled, is_person
    norm, fits = span._.norm or {}, rule["fits"]
    if fits in ("title", "leader", "person") and not is_person(span):
        return False
    if fits == "title":
        forms = sent.rules.titles.get(noun)
        return bool(forms) and _titled(sent.ctx, span, forms, before) or \
            bool(rule.get("role")) and (norm.get("role") or "")[3:6] == rule["role"]
    if fits == "leader":
        return (norm.get("role") or "")[3:6] in _POLITICAL_ROLES or \
            any(_titled(sent.ctx, span, sent.rules.titles[t], before) for t in rule.get("titles", ()) if t in sent.rules.titles)
    if fits == "state":
        return norm.get("type") in _STATES and bool(norm.get("country"))
    if fits == "company":
        return norm.get("sector") == "business" or (norm.get("role") or "")[3:6] == "BUS"
    return fits == "person"


def _key(span: Span, fits: str) -> str | None:
    """The entity a mention stands for: its country for a state or its government (``Seoul`` and
    ``South Korea`` are one side), else its actor id."""
    norm = span._.norm or {}
    return norm.get("country") if fits == "state" else norm.get("actor_id")


def joint_pair(sent: Sentence, tok: Token) -> tuple[list[Span], list[str]] | None:
    """The two mentions ``the two <noun>`` at ``tok`` names (the last mention of each, in text
    order), with no rivals; or ``([], ids)`` when a third fits as well; None when it is no joint
    phrase or fewer than two fit."""
    from pipeline.components.claim_speakers import _NOT_ANTECEDENT
    if not joint_head(tok):
        return None
    rule = sent.rules.joint.get(tok.lower_)
    if rule is None:
        return None
    ctx, noun = sent.ctx, tok.lemma_.lower()
    start = tok.left_edge.idx
    last: dict[str, Span] = {}
    shown: dict[str, Span] = {}  # the mention to name: for a side, its state rather than a ministry
    first: dict[str, int] = {}  # where each was named first: the speaker is the one named first
    for sp in ctx.spans:
        if sp.label_ != "actor" or sp.end_char > start or ctx.section_at(sp.start_char) in _NOT_ANTECEDENT:
            continue
        key = _key(sp, rule["fits"])
        if key and _fits(sent, sp, rule, noun, start):
            first.setdefault(key, sp.start_char)
            last.pop(key, None)
            last[key] = sp  # insertion order: by last mention
            if (sp._.norm or {}).get("type") == "state" or key not in shown or \
                    (shown[key]._.norm or {}).get("type") != "state":
                shown[key] = sp
    keys = list(last)
    if len(keys) < 2 or ctx.sentence_index(start) - ctx.sentence_index(last[keys[-2]].start_char) > REACH:
        return None
    if rule.get("together") and ctx.sentence_index(last[keys[-2]].start_char) != ctx.sentence_index(last[keys[-1]].start_char):
        return None  # "The two said": only two people just named together
    pair = sorted((shown[keys[-2]], shown[keys[-1]]), key=lambda sp: first[_key(sp, rule["fits"])])
    since = ctx.sent_ranges[ctx.sentence_index(last[keys[-2]].start_char)][0] if ctx.sent_ranges else 0
    if len(keys) > 2 and last[keys[-3]].start_char >= since and \
            not _conjoined(last[keys[-2]], last[keys[-1]], last[keys[-3]]):
        return [], [(last[k]._.norm or {}).get("actor_id") for k in keys[-3:]]
    return pair, []


def _conjoined(a: Span, b: Span, third: Span) -> bool:
    """``Sen. Ashby and Sen. Delgado``: the two mentions are conjuncts of one phrase that does
    not hold the third (``Reyes, Hagen and Kroll``: no pair)."""
    return b.root in a.root.conjuncts and third.root not in a.root.conjuncts
