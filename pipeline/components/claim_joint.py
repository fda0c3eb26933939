"""Joint descriptions as speakers: ``the two senators said``, ``both leaders``, ``The two said``.

The phrase names the two most recent distinct actors before it that fit its noun (``joint`` rules
of ``claim_cues.jsonl``: a title for ``senators``, a person of government or parliament for
``leaders``, a state or its government for ``governments``, a company for ``companies``); the
speaker is the one named first, the other in ``also``, the words in ``via``. A rule with
``or_together`` (``both candidates``: rarely a title) falls back, when fewer than two fit, to the two
people named last if they were named in one sentence (as ``the two said``) and both named before. A third actor that
fits, named since the sentence of the second one's last mention, makes it contested: no guess.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from spacy.tokens import Span, Token

from pipeline.components.claim_clauses import Sentence
from pipeline.components.claim_context import NOT_ANTECEDENT, DocContext, entity_key
from pipeline.components.token_scan import doc_text
from pipeline.tokens import list_head

#: how far back (in sentence units) the second of the two may be named
REACH = 12
#: what each ``fits`` of a joint rule accepts
_STATES = ("state", "government")
_POLITICAL_ROLES = ("GOV", "LEG", "MIL")


def joint_head(tok: Token) -> bool:
    """Is ``tok`` the head of ``the two X`` / ``both X`` / ``the two``, or ``both`` as a subject?"""
    kids = {c.lower_: c.dep_ for c in tok.children}
    if tok.lower_ == "both":  # ``both said``: the word alone as the subject
        return tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("DET", "PRON")
    if tok.lower_ == "two":
        return kids.get("the") == "det"
    return kids.get("two") == "nummod" and kids.get("the") == "det" or kids.get("both") in ("det", "predet", "preconj")


def _fits(sent: Sentence, span: Span, rule: dict, noun: str, before: int) -> bool:
    """Does the actor mention ``span`` fit a joint rule (``noun``: the singular noun)?"""
    from pipeline.components.claim_speakers import titled_before, is_person
    norm, fits = span._.norm or {}, rule["fits"]
    if fits in ("title", "leader", "person") and not is_person(span):
        return False
    if fits == "title":
        forms = sent.rules.titles.get(noun)
        return bool(forms) and titled_before(sent.ctx, span, forms, before) or \
            bool(rule.get("role")) and (norm.get("role") or "")[3:6] == rule["role"]
    if fits == "leader":
        return (norm.get("role") or "")[3:6] in _POLITICAL_ROLES or \
            any(titled_before(sent.ctx, span, sent.rules.titles[t], before) for t in rule.get("titles", ()) if t in sent.rules.titles)
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
    if not joint_head(tok):
        return _titled_of_pair(sent, tok)
    rule = sent.rules.joint.get(tok.lower_)
    if rule is None:
        return None
    ctx, noun = sent.ctx, tok.lemma_.lower()
    start = tok.left_edge.idx
    rule = _in_caption(ctx, rule, start)
    latest = _last_fitting(sent, rule, noun, start)
    if rule.get("or_together") and (latest is None or len(latest) < 2):
        rule, latest = _together_fallback(sent, rule, noun, start)  # ``Both candidates``: no one titled so
    found = _recent_pair(sent, rule, noun, start, latest)
    if (found is None or not found[0]) and rule.get("conjoined"):
        pair = _conjoined_pair(sent, rule, noun, start)  # ``Israel and Lebanon`` … ``the two sides``
        if pair is not None:
            return pair, []
    return found


def _recent_pair(sent: Sentence, rule: dict, noun: str, start: int,
                 latest: dict[str, Span] | None) -> tuple[list[Span], list[str]] | None:
    """The two most recent fitting entities (``latest``, by :func:`_last_fitting`) as :func:`joint_pair`
    gives them: the pair, ``([], ids)`` when a third is as recent, None when fewer than two are near."""
    ctx = sent.ctx
    if latest is None:
        return None
    keys = list(reversed(latest))  # by last mention, in text order
    last = {key: latest[key] for key in keys}
    if len(keys) < 2 or ctx.sentence_index(start) - ctx.sentence_index(last[keys[-2]].start_char) > REACH:
        return None
    if rule.get("together") and ctx.sentence_index(last[keys[-2]].start_char) != ctx.sentence_index(last[keys[-1]].start_char):
        return None  # "The two said": only two people just named together
    if "near" in rule and _sentences_back(ctx, last[keys[-1]].start_char, start) > rule["near"]:
        return None  # ``both said``: the two named in the sentence just before
    named = {key: _first_and_shown(sent, rule, noun, start, key, last[key]) for key in keys[-2:]}
    pair = sorted((named[keys[-2]][1], named[keys[-1]][1]), key=lambda sp: named[_key(sp, rule["fits"])][0])
    since = ctx.sent_ranges[ctx.sentence_index(last[keys[-2]].start_char)][0] if ctx.sent_ranges else 0
    if len(keys) > 2 and last[keys[-3]].start_char >= since and \
            not _conjoined(last[keys[-2]], last[keys[-1]], last[keys[-3]]):
        return [], [(last[k]._.norm or {}).get("actor_id") for k in keys[-3:]]
    return pair, []


def _sentences_back(ctx: DocContext, at: int, start: int) -> int:
    """How many sentences with words (not a bare line break) back from ``start`` the one at ``at`` is."""
    here, there = ctx.sentence_index(start), ctx.sentence_index(at)
    return sum(1 for k in range(there, here) if any(ch.isalnum() for ch in ctx.text[slice(*ctx.sent_ranges[k])]))


def _titled_of_pair(sent: Sentence, tok: Token) -> tuple[list[Span], list[str]] | None:
    """``the two countries' prime ministers``: a titled plural (the noun's ``title`` rule) owned by a
    joint phrase of states: for each of the two states, the one person of that country the
    document names with the title, before or after (``Japanese Prime Minister Kenji Morisaki``);
    None when a state has none or more than one."""
    from pipeline.components.claim_speakers import is_person, titles_before
    forms = sent.rules.titles.get(tok.lemma_.lower())
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    rule = sent.rules.joint.get(poss.lower_) if poss is not None and tok.tag_ == "NNS" and forms else None
    if rule is None or rule["fits"] != "state":
        return None
    states = joint_pair(sent, poss)
    if not states or not states[0]:
        return None
    people = []
    for state in states[0]:
        country = (state._.norm or {}).get("country")
        found = {(sp._.norm or {}).get("actor_id"): sp for sp in _antecedents(sent.ctx).spans
                 if is_person(sp) and (sp._.norm or {}).get("country") == country and titles_before(sp) & forms}
        if len(found) != 1 or None in found:
            return None
        people.append(next(iter(found.values())))
    return people, []


def listed_members(sent: Sentence, tok: Token, appos: Token, rec: dict) -> dict:
    """``Three governors — A, B and C — said``: a plural description with the list of its members
    in apposition speaks as the first (``rec``), the other people listed in ``also``."""
    from pipeline.components.claim_speakers import is_person
    if tok.tag_ != "NNS" or "also" in rec:
        return rec
    ids = {rec.get("actor_id")}
    also = []
    for t in appos.conjuncts:
        span = sent.ctx.actor_at.get(t.i)
        aid = (span._.norm or {}).get("actor_id") if span is not None and is_person(span) and sent.inside(t) else None
        if aid and aid not in ids:
            ids.add(aid)
            also.append(sent.ctx.actor_record(span, "speaker"))
    if also:
        rec["also"] = also
    return rec


def with_co_authors(rec: dict, also: list[dict]) -> dict:
    """``A joint statement from Chile and Peru said``: a document's author record (``rec``) with the
    actors conjoined with it (``also``: see ``_co_speakers`` of :mod:`claim_speakers`) as co-authors."""
    if also:
        rec["also"] = also
    return rec


def _conjoined_pair(sent: Sentence, rule: dict, noun: str, start: int) -> list[Span] | None:
    """A rule with ``conjoined`` (``the two sides``, ``the two governments``) whose recent pair is
    contested or too far back: the two fitting entities the text joined as ``A and B`` (a
    coordination of those two alone) before ``start``, when every such pair joined so names the same
    two (``Israel and Lebanon have agreed …`` … ``The two sides pledged``); None otherwise."""
    ante, fits = _antecedents(sent.ctx), rule["fits"]
    ok = [sp for k, sp in enumerate(ante.spans[:bisect.bisect_left(ante.starts, start)])
          if sp.end_char <= start and ante.usable(k, start) and _key(sp, fits) and _fits(sent, sp, rule, noun, start)]
    pairs = {}
    for a, b in zip(ok, ok[1:]):
        if _key(a, fits) != _key(b, fits) and _two_joined(a, b):
            pairs.setdefault(frozenset((_key(a, fits), _key(b, fits))), [a, b])
    if len(pairs) != 1:
        return None
    a, b = next(iter(pairs.values()))
    return [_first_and_shown(sent, rule, noun, start, _key(sp, fits), sp)[1] for sp in (a, b)]


def _two_joined(a: Span, b: Span) -> bool:
    """``A and B``: two mentions that are the only conjuncts of one coordination (by the parse, or
    by the text: ``and`` between them, neither in a longer list)."""
    if b.root in a.root.conjuncts:
        return len(a.root.conjuncts) == 1
    text = doc_text(a.doc)
    return not a.root.conjuncts and not b.root.conjuncts and \
        bool(re.fullmatch(r"\s+and\s+", text[a.end_char:b.start_char]))


def _together_fallback(sent: Sentence, rule: dict, noun: str, start: int) -> tuple[dict, dict[str, Span] | None]:
    """The people rule of ``the two said`` for an ``or_together`` rule (``both candidates``) and
    what it finds, each of the two named at least twice before (the story's protagonists, not two
    people met in passing)."""
    rule = {**rule, "fits": "person", "together": True}
    latest = _last_fitting(sent, rule, noun, start)
    ante = _antecedents(sent.ctx)
    if latest is None or any(len(ante.mentions(key, False, start)) < 2 for key in list(latest)[:2]):
        return rule, None
    return rule, latest


def _in_caption(ctx: DocContext, rule: dict, start: int) -> dict:
    """A caption names the people in its picture (``A, right, and B … The two ministers said``):
    there ``the two ministers`` are the two people named in the caption's sentence before it,
    whatever their titles (a rule for people; others unchanged)."""
    if rule["fits"] not in ("title", "leader") or ctx.section_at(start) not in NOT_ANTECEDENT:
        return rule
    return {**rule, "fits": "person", "together": True}


def _last_fitting(sent: Sentence, rule: dict, noun: str, start: int) -> dict[str, Span] | None:
    """The entities whose mentions before ``start`` fit the rule, each by its last fitting
    mention, the most recent first: the three most recent, read backwards from ``start`` and no
    further than can change the answer (a second one beyond ``REACH``: None; a third named
    before the sentence of the second: not wanted)."""
    ctx, ante = sent.ctx, _antecedents(sent.ctx)
    here, since = ctx.sentence_index(start), None
    latest: dict[str, Span] = {}
    for k in range(bisect.bisect_left(ante.starts, start) - 1, -1, -1):
        sp = ante.spans[k]
        if len(latest) < 2 and here - ctx.sentence_index(sp.start_char) > REACH:
            return None
        if since is not None and sp.start_char < since:
            break
        key = _key(sp, rule["fits"]) if sp.end_char <= start and ante.usable(k, start) else None
        if not key or key in latest or not _fits(sent, sp, rule, noun, start):
            continue
        latest[key] = sp
        if len(latest) == 2 and ctx.sent_ranges:
            since = ctx.sent_ranges[ctx.sentence_index(sp.start_char)][0]
        if len(latest) == 3:
            break
    return latest


def _first_and_shown(sent: Sentence, rule: dict, noun: str, start: int, key: str, last: Span) -> tuple[int, Span]:
    """Where the entity ``key`` (last fitting mention before ``start``: ``last``) was first named
    by a fitting mention, and the mention to name: its last fitting mention typed a state (for
    a side, its state rather than a ministry), else ``last``."""
    ante, by_country = _antecedents(sent.ctx), rule["fits"] == "state"

    def fits(k: int) -> bool:
        return ante.spans[k].end_char <= start and _fits(sent, ante.spans[k], rule, noun, start)

    first = next(ante.spans[k].start_char for k in ante.mentions(key, by_country, start) if fits(k))
    states = ante.mentions(key, by_country, start, states=True)
    return first, next((ante.spans[k] for k in reversed(states) if fits(k)), last)


class _Antecedents:
    """The actor mentions a joint phrase may name (one in a headline, byline, caption … only for
    a phrase of its own paragraph: :meth:`usable`), in text order, with their starts and, by entity key (actor id; country), their positions in
    that list: made once per document (:func:`_antecedents`)."""

    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.spans = [sp for sp in ctx.spans if sp.label_ == "actor"]
        self.starts = [sp.start_char for sp in self.spans]
        # a mention in a headline, caption … names only for a phrase of its own paragraph
        self.own_paragraph = [ctx.section_at(sp.start_char) in NOT_ANTECEDENT for sp in self.spans]
        self.by_key: dict[tuple[bool, str], list[int]] = {}  # (by country?, key) -> positions
        self.states: dict[tuple[bool, str], list[int]] = {}  # the same, of the mentions typed a state
        for k, sp in enumerate(self.spans):
            norm = sp._.norm or {}
            for by_country in (False, True):
                key = norm.get("country") if by_country else norm.get("actor_id")
                if key:
                    self.by_key.setdefault((by_country, key), []).append(k)
                    if norm.get("type") == "state":
                        self.states.setdefault((by_country, key), []).append(k)

    def mentions(self, key: str, by_country: bool, start: int, states: bool = False) -> list[int]:
        """Positions of the mentions of ``key`` that start before ``start`` (typed a state only)."""
        found = (self.states if states else self.by_key).get((by_country, key), [])
        return [k for k in found[:bisect.bisect_left(found, bisect.bisect_left(self.starts, start))]
                if self.usable(k, start)]

    def usable(self, k: int, start: int) -> bool:
        """May the mention at position ``k`` name a joint phrase at ``start``? A caption (headline,
        byline …) is read alone: a phrase in it (``A, right, and B … The two said``) names only
        mentions of that paragraph, and a mention in it names only a phrase of that paragraph."""
        ctx = self.ctx
        if not self.own_paragraph[k] and ctx.section_at(start) not in NOT_ANTECEDENT:
            return True
        return ctx.paragraph_index(self.spans[k].start_char) == ctx.paragraph_index(start)


def _antecedents(ctx: DocContext) -> _Antecedents:
    if ctx.joint_antecedents is None:
        ctx.joint_antecedents = _Antecedents(ctx)
    return ctx.joint_antecedents


#: ``A and B``, ``A, R-Iowa, and B``: two names joined by ``and`` (past a party tag); ``A, B``: listed
_AND_GAP = re.compile(r"(?:\s*,\s*[DRI]-[A-Z][A-Za-z.]{1,8}\s*,)?(?:\s*,)?\s+and\s+")
_LIST_GAP = re.compile(r"(?:\s*,\s*[DRI]-[A-Z][A-Za-z.]{1,8})?\s*,\s*")


def _conjoined(a: Span, b: Span, third: Span) -> bool:
    """``Sen. Ashby and Sen. Delgado``: the two mentions are conjuncts of one phrase that does
    not hold the third (``Reyes, Hagen and Kroll``: no pair; nor ``Reyes, D-Ore., Hagen, R-Utah,
    and Kroll``, the third listed right before them). The text decides when the parse has no
    conjuncts (``Sen. Ashby-Vance, R-Iowa, and Sen. Delgado``, after a party tag): joined by ``and``."""
    text = doc_text(a.doc)  # ``Doc.text`` joins every token again at each access
    if third.end_char <= a.start_char and _LIST_GAP.fullmatch(text[third.end_char:a.start_char]):
        return False
    if b.root in a.root.conjuncts:
        return third.root not in a.root.conjuncts
    return bool(_AND_GAP.fullmatch(text[a.end_char:b.start_char]))


@lru_cache(maxsize=8)
def _pair_gap(determiners: frozenset[str]) -> re.Pattern:
    """``A and B``, ``X's mother, A, and his stepfather, B``: two people joined by ``and`` (a
    determiner of the word list ``pair_gap_determiners`` and a noun of at most three words that
    describes the second may come between)."""
    det = "|".join(re.escape(w) for w in sorted(determiners))
    lead = rf"(?:(?:{det})\s+)?" if det else ""
    return re.compile(r"(?:\s*,)?\s+and\s+" + lead + r"(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+\s*,\s*")


def they_pair(ctx: DocContext, sent_index: int) -> tuple[Span, Span] | None:
    """``… on behalf of his mother, Denise Reid, and his stepfather, Martin Cole. ¶ "…," they
    said``: the two people joined by ``and`` (:data:`_AND_GAP`, :func:`_pair_gap`) in the sentence
    just before a ``they`` (over a paragraph break at most), when that sentence joins exactly one
    such pair of distinct people (a single person named there is no ``they``); else None."""
    if sent_index == 0:
        return None
    start, end = ctx.sent_ranges[sent_index - 1]
    if ctx.paragraph_index(ctx.sent_ranges[sent_index][0]) - ctx.paragraph_index(start) > 1:
        return None
    people = [sp for sp in ctx.spans_within(start, end) if (sp._.norm or {}).get("type") == "person"]
    text, pair_gap = doc_text(ctx.doc), _pair_gap(ctx.rules.words("pair_gap_determiners"))
    pairs = [(a, b) for a, b in zip(people, people[1:]) if _AND_GAP.fullmatch(text[a.end_char:b.start_char])
             or pair_gap.fullmatch(text[a.end_char:b.start_char])]
    if len(pairs) != 1 or entity_key(pairs[0][0]) == entity_key(pairs[0][1]) or not _pair_speaks(pairs[0][0]):
        return None
    a, b = pairs[0]
    after = people[people.index(b) + 1:people.index(b) + 2]  # ``his grandmother, Susan Hill``: the name
    if after and entity_key(after[0]) == entity_key(b) and \
            re.fullmatch(r"\s*,\s*", text[b.end_char:after[0].start_char]):
        b = after[0]
    return a, b


def _pair_speaks(first: Span) -> bool:
    """Is the pair whose first name is ``first`` the subject of its clause (``Tom Hart and Ana
    Ruiz were told …``, ``his parents, Tom Hart and …``) or those a statement is read ``on behalf
    of``; not an object (``named the victims as Tom Hart and Ana Ruiz``, ``sentenced A and B``)."""
    tok = list_head(first.root, ("appos", "conj"))
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ == "behalf"

