"""``claims_claims``: clause-level claim records (claim/1) from the parse and the merged mentions.

One claim = one clause headed by its predicate. The pure function :func:`extract_claims` turns a
parsed ``Doc`` (tokens, dependencies, sentences) plus ``doc.spans["mentions"]`` into claim
records exactly as DESIGN.md gives them; the component stores them in ``doc._.claims``.

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

import bisect
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import pipeline
from pipeline import extensions as ext
from pipeline.components.mentions import mention_records
from pipeline.ruledata import RuleError, read_jsonl_rules
from pipeline.schemas import CLAIM, claim_id

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
CUES_FILE = "claim_cues.jsonl"
MODALITY_FILE = "modality_cues.jsonl"
SECTIONS_FILE = "claim_sections.jsonl"

SECTIONS = ("headline", "caption", "body", "bio", "note")

SUBJ_DEPS = {"nsubj", "csubj", "expl"}
OBJ_DEPS = {"dobj", "dative", "iobj", "oprd", "nsubjpass", "obj"}
OBJ_PREPS = {"to", "with", "against", "toward", "towards", "into"}
PRONOUNS_SPEAKER = {"it", "they", "he", "she", "we", "i"}
PERSON_PRONOUNS = {"he", "she"}
GENERIC_PRONOUNS = {"one", "you", "anyone", "everyone", "someone", "nobody", "somebody"}
MAX_PARSE_TOKENS = 40


# ------------------------------------------------------------------------------------ rule data
@dataclass(frozen=True)
class Rules:
    report: dict[str, dict]                 # lemma -> rule
    sources: tuple[dict, ...]               # "according to", "citing"
    negation_lower: dict[str, dict]
    negation_verbs: dict[str, dict]
    hedge_lower: dict[str, dict]
    hedge_lemma: dict[str, dict]
    future_lower: dict[str, dict]
    future_in_past: dict[str, dict]
    anaphors: tuple[tuple[str, re.Pattern], ...]
    sections: tuple[dict, ...] = field(default=())


_KINDS = {
    CUES_FILE: {"report": ("lemma",), "source_phrase": ("words",)},
    MODALITY_FILE: {"negation": (), "hedge": (), "future": (), "future_in_past": (),
                    "period_anaphor": ("pattern",)},
    SECTIONS_FILE: {"headline": ("pattern",), "caption": ("pattern",), "note": ("pattern",),
                    "bio": ("pattern",), "dateline": ("pattern",)},
}


def _read_rules(path: Path, kind_key: str) -> list[dict]:
    """Read a JSONL rule file; every rule needs a unique ``id`` and a known kind."""
    allowed = _KINDS[path.name]
    rules = []
    for lineno, rule in read_jsonl_rules(path):
        where, rid = f"{path}:{lineno}", rule["id"]
        kind = rule.get(kind_key)
        if kind not in allowed:
            raise RuleError(f"{where}: rule {rid!r}: {kind_key} {kind!r} is not one of {sorted(allowed)}")
        for key in allowed[kind]:
            if key not in rule:
                raise RuleError(f"{where}: rule {rid!r}: missing {key!r}")
        if kind not in ("report", "source_phrase", "period_anaphor") and path.name == MODALITY_FILE:
            if not ("lower" in rule or "lemma" in rule):
                raise RuleError(f"{where}: rule {rid!r}: needs 'lower' or 'lemma'")
        if "pattern" in rule:
            try:
                re.compile(rule["pattern"])
            except re.error as exc:
                raise RuleError(f"{where}: rule {rid!r}: bad regex ({exc})") from exc
        rules.append(rule)
    return rules


@functools.lru_cache(maxsize=8)
def load_rules(rules_dir: str | None = None) -> Rules:
    """Load and validate the cue, modality and section rules (cached per directory)."""
    base = Path(rules_dir) if rules_dir else RULES_DIR
    cues = _read_rules(base / CUES_FILE, "kind")
    mods = _read_rules(base / MODALITY_FILE, "kind")
    secs = _read_rules(base / SECTIONS_FILE, "section")

    def index(kind: str, key: str) -> dict[str, dict]:
        return {r[key]: r for r in mods if r["kind"] == kind and key in r}

    return Rules(
        report={r["lemma"]: r for r in cues if r["kind"] == "report"},
        sources=tuple(r for r in cues if r["kind"] == "source_phrase"),
        negation_lower=index("negation", "lower"),
        negation_verbs=index("negation", "lemma"),
        hedge_lower=index("hedge", "lower"),
        hedge_lemma=index("hedge", "lemma"),
        future_lower=index("future", "lower"),
        future_in_past=index("future_in_past", "lower"),
        anaphors=tuple((r["id"], re.compile(r["pattern"], re.I)) for r in mods
                       if r["kind"] == "period_anaphor"),
        sections=tuple(secs),
    )


# ------------------------------------------------------------------------------------ sections
_PARA_SPLIT = re.compile(r"\n[ \t]*\n")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the non-blank paragraphs (blocks separated by blank lines)."""
    out, pos = [], 0
    for match in list(_PARA_SPLIT.finditer(text)) + [None]:
        end = match.start() if match else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((pos + lead, pos + len(chunk.rstrip())))
        if match:
            pos = match.end()
    return out


def _is_headline(text: str) -> bool:
    stripped = text.strip().rstrip("\"'\u201d\u2019)")
    return ("\n" not in text.strip() and len(text.split()) <= 25
            and not stripped.endswith((".", "!", "?", ":", ";")))


def section_spans(text: str, rules: Rules | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, section)`` for every paragraph of ``text``."""
    return [(s, e, label) for s, e, label, _emit in classify_paragraphs(text, rules)]


def dateline_spans(text: str, rules: Rules | None = None) -> list[tuple[int, int]]:
    """Wire datelines (``VIENNA, Nov 30 (Reuters) -``) at paragraph starts: not part of any claim."""
    rules = rules or load_rules()
    out = []
    for s, e in paragraphs(text):
        for rule in rules.sections:
            if rule["section"] != "dateline":
                continue
            m = re.match(rule["pattern"], text[s:e])
            if m and m.end() > 0:
                out.append((s, s + m.end()))
                break
    return out


def classify_paragraphs(text: str, rules: Rules | None = None) -> list[tuple[int, int, str, bool]]:
    """``(start, end, section, emits_claims)`` per paragraph; credit lines emit no claims."""
    rules = rules or load_rules()
    silent: set[int] = set()
    paras = paragraphs(text)
    labels = ["body"] * len(paras)
    by_section: dict[str, list[dict]] = {}
    for rule in rules.sections:
        by_section.setdefault(rule["section"], []).append(rule)

    def matches(section: str, chunk: str, index: int | None = None) -> bool:
        for rule in by_section.get(section, []):
            scope = rule.get("scope", "paragraph")
            target = chunk.strip()
            if scope == "paragraph_end":
                target = target.splitlines()[-1] if target else target
                if target.rstrip().endswith((".", "!", "?", "\"", "\u201d")):
                    continue
            if re.search(rule["pattern"], target):
                if index is not None and rule.get("claims") is False:
                    silent.add(index)
                return True
        return False

    if len(paras) > 1 and _is_headline(text[paras[0][0]:paras[0][1]]):
        labels[0] = "headline"
    for i, (s, e) in enumerate(paras):
        if matches("note", text[s:e], i):
            labels[i] = "note"
    # captions: among the opening paragraphs, before the body starts
    for i in range(1 if labels and labels[0] == "headline" else 0, min(len(paras), 4)):
        if labels[i] != "body":
            continue
        if matches("caption", text[paras[i][0]:paras[i][1]]):
            labels[i] = "caption"
    # biographies: trailing paragraphs (notes skipped) that read as author bios
    for i in range(len(paras) - 1, 0, -1):
        if labels[i] == "note":
            continue
        if labels[i] == "body" and matches("bio", text[paras[i][0]:paras[i][1]]):
            labels[i] = "bio"
            continue
        break
    # footnotes run to the end once they start in the last part of the document
    for i in range(len(paras)):
        if labels[i] == "note" and i >= len(paras) // 2 and re.match(r"\s*\[", text[paras[i][0]:]):
            for j in range(i + 1, len(paras)):
                if labels[j] == "body":
                    labels[j] = "note"
            break
    return [(s, e, label, i not in silent) for i, ((s, e), label) in enumerate(zip(paras, labels))]


# ------------------------------------------------------------------------------------ helpers
def _verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def _has_to(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def _finite(tok: Token) -> bool:
    if tok.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in tok.children)


def _passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def _child(tok: Token, deps: Iterable[str]) -> Token | None:
    deps = set(deps)
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _word(text: str, start: int, end: int, lemma: str) -> dict:
    return {"text": text[start:end], "lemma": lemma, "start": start, "end": end}


@dataclass
class _Ctx:
    doc: Doc
    doc_id: str
    rules: Rules
    records: dict[tuple[int, int, str], dict]
    spans: list[Span]
    sent_ranges: list[tuple[int, int]]          # clipped sentence (start, end) char ranges
    sections: list[tuple[int, int, str]]
    silent: list[tuple[int, int]] = field(default_factory=list)     # paragraphs without claims
    excluded: list[tuple[int, int]] = field(default_factory=list)   # datelines
    text: str = ""                                                   # doc.text, computed once

    def is_excluded(self, char: int) -> bool:
        return any(s <= char < e for s, e in self.excluded)

    def is_silent(self, char: int) -> bool:
        return any(s <= char < e for s, e in self.silent)


# ------------------------------------------------------------------------------------ per sentence
class _Sentence:
    """Clause analysis of one sentence (token range ``[lo, hi)``)."""

    def __init__(self, ctx: _Ctx, lo: int, hi: int, index: int):
        self.ctx, self.doc, self.lo, self.hi, self.index = ctx, ctx.doc, lo, hi, index
        self.rules = ctx.rules
        self.tokens = [t for t in self.doc[lo:hi]]
        c_lo, c_hi = self.tokens[0].idx, self.tokens[-1].idx + len(self.tokens[-1].text)
        first = bisect.bisect_left(ctx.span_starts, c_lo)
        last = bisect.bisect_right(ctx.span_starts, c_hi)
        self.spans = [sp for sp in ctx.spans[first:last] if sp.end_char <= c_hi]
        self.heads: list[Token] = []
        self.head_set: set[int] = set()
        self._find_heads()
        self.parent: dict[int, int | None] = {h.i: self._parent_head(h) for h in self.heads}
        self.owner: dict[int, int | None] = {}
        for t in self.tokens:
            self._owner(t)
        self.frames: dict[int, list[int]] = {}  # frame head -> reported clause heads
        self.frame_of: dict[int, int] = {}      # reported head -> frame head
        self._find_frames()
        self.sources: dict[int, tuple[dict, dict, set[int]]] = {}  # head -> (speaker, cue, tokens)
        self._find_sources()

    # -- structure
    def _inside(self, tok: Token) -> bool:
        return self.lo <= tok.i < self.hi

    def _is_report(self, tok: Token) -> bool:
        return _verbal(tok) and tok.lemma_.lower() in self.rules.report

    def _find_heads(self) -> None:
        for tok in self.tokens:
            dep, is_head = tok.dep_, False
            if tok.is_space or tok.is_punct:
                continue
            if not _verbal(tok):
                is_head = False
            elif dep == "ROOT" or not self._inside(tok.head):
                is_head = True
            elif dep == "conj":
                is_head = tok.head.i in self.head_set
            elif dep == "ccomp":
                is_head = (_finite(tok) or self._is_report(tok.head)) and not any(
                    c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children)
            elif dep == "xcomp":
                is_head = self._is_report(tok.head)
            elif dep in ("advcl", "relcl"):
                # finite clauses; also ``..., saying (that) X``: a reporting participle with a clause
                is_head = _finite(tok) or (self._is_report(tok) and _child(tok, ("ccomp",)) is not None)
            elif dep == "acl":
                # ``charges that it misled ...`` (finite), or a participle carrying its own amount or
                # date (``a contract signed in 2007``); ``producers led by Russia`` stays in its clause
                is_head = not _has_to(tok) and (
                    _child(tok, ("nsubj", "nsubjpass")) is not None
                    or (tok.tag_ in ("VBN", "VBD") and self._has_numeric(tok)))
            elif dep == "parataxis":
                is_head = True
            elif dep == "pcomp":
                prep = tok.head
                gov = prep.head.head if prep.head.dep_ in ("dobj", "nsubjpass") else prep.head
                is_head = (prep.dep_ == "prep" and prep.lower_ in ("of", "about", "over", "for")
                           and self._is_report(gov) and tok.tag_ == "VBG")
            if is_head:
                self.heads.append(tok)
                self.head_set.add(tok.i)

    def _has_numeric(self, tok: Token) -> bool:
        lo, hi = tok.left_edge.i, tok.right_edge.i
        return any(s.label_ in ("money", "date", "quantity", "percent") and lo <= s.root.i <= hi
                   and not _descriptive_date(s) for s in self.spans)

    def _parent_head(self, head: Token) -> int | None:
        tok = head
        while tok.dep_ != "ROOT" and tok.head.i != tok.i and self._inside(tok.head):
            tok = tok.head
            if tok.i in self.head_set:
                return tok.i
        return None

    def _owner(self, tok: Token) -> int | None:
        """The clause head a token belongs to, stored in ``self.owner`` for every token on the way
        up: each token is walked once, so a long chain of heads stays linear."""
        cur, path = tok, []
        while cur.i not in self.owner:
            path.append(cur.i)
            if cur.i in self.head_set:
                found = cur.i
                break
            if cur.head.i == cur.i or not self._inside(cur.head):
                found = None
                break
            cur = cur.head
        else:
            found = self.owner[cur.i]
        for i in path:
            self.owner[i] = found
        return found

    def _link(self, head: Token) -> Token:
        """The child of the parent head through which ``head`` hangs (``head`` itself or above)."""
        parent = self.parent.get(head.i)
        tok = head
        while tok.head.i != parent and tok.head.i != tok.i:
            tok = tok.head
        return tok

    def _find_frames(self) -> None:
        for h in self.heads:
            if not self._is_report(h):
                continue
            reported = []
            for c in self.heads:
                if self.parent.get(c.i) != h.i or c.i == h.i:
                    continue
                link = self._link(c)
                if link.dep_ in ("ccomp", "xcomp") or c.dep_ == "pcomp" or \
                        (c.dep_ == "relcl" and link.dep_ == "dobj"):
                    reported.append(c.i)
            if reported and any(c.dep_ == "neg" for c in h.children) and self.rules.report[h.lemma_.lower()].get("needs_clause"):
                reported = []
            if reported:
                self.frames[h.i] = reported
                for r in reported:
                    self.frame_of[r] = h.i
            elif h.dep_ == "parataxis" and _child(h, ("dobj", "ccomp")) is None:
                parent = self.parent.get(h.i)
                if parent is not None:
                    self.frames[h.i] = [parent]
                    self.frame_of.setdefault(parent, h.i)
            elif not any(c.dep_ in ("dobj", "ccomp", "xcomp") and self._inside(c) for c in h.children) \
                    and _child(h, ("nsubj",)) is not None:
                # ``<clause>, the regulator said`` when the parse left the clause unattached to
                # ``said`` (a sentence that ran across a paragraph break): frame the clause roots
                # of this sentence unit that come before the reporting verb
                orphans = [c.i for c in self.heads if c.i < h.i and self.parent.get(c.i) is None
                           and c.dep_ != "ROOT" and not self._inside(c.head)] \
                    if self.parent.get(h.i) is None else []
                if orphans:
                    self.frames[h.i] = orphans
                    for r in orphans:
                        self.frame_of.setdefault(r, h.i)

    def _find_sources(self) -> None:
        for rule in self.rules.sources:
            words = [w.lower() for w in rule["words"]]
            for tok in self.tokens:
                if tok.lower_ != words[0]:
                    continue
                seq = [tok]
                for w in words[1:]:
                    nxt = seq[-1].nbor(1) if seq[-1].i + 1 < len(self.doc) else None
                    if nxt is None or nxt.lower_ != w:
                        seq = []
                        break
                    seq.append(nxt)
                if not seq:
                    continue
                last = seq[-1]
                obj = _child(last, ("pobj", "dobj")) or _child(tok, ("pobj", "dobj"))
                if obj is None:
                    continue
                owner = self.owner.get(tok.i)
                if owner is None:
                    continue
                phrase_tokens = {t.i for t in tok.subtree} | {t.i for t in seq}
                speaker = self._speaker_for_token(obj)
                cue = _word(self.ctx.text, tok.idx, last.idx + len(last.text), " ".join(words))
                cue["origin"] = f"rule:{rule['id']}"
                self.sources[owner] = (speaker, cue, phrase_tokens)

    # -- subjects and speakers
    def _kid(self, tok: Token, deps: Iterable[str]) -> Token | None:
        """First child of ``tok`` with one of ``deps`` inside this sentence unit."""
        deps = set(deps)
        return next((c for c in tok.children if c.dep_ in deps and self._inside(c)), None)

    def subject_token(self, head: Token, seen: set[int] | None = None) -> tuple[Token | None, str]:
        """The subject of a clause head and how it was found (own, inherited, control, relative)."""
        tok, how = self._subject_token(head, seen)
        if tok is None or not self._inside(tok):
            return None, "none"
        return tok, how

    def _subject_token(self, head: Token, seen: set[int] | None = None) -> tuple[Token | None, str]:
        seen = seen or set()
        if head.i in seen:
            return None, "none"
        seen.add(head.i)
        own = self._kid(head, ("nsubj", "nsubjpass", "csubj"))
        if own is not None:
            if own.tag_ in ("WDT", "WP") and head.dep_ in ("relcl",):
                return head.head, "relative"
            return own, "own"
        if head.dep_ in ("xcomp", "ccomp") and _verbal(head.head):
            ctrl = self._kid(head.head, ("dobj",)) if head.dep_ == "xcomp" else None
            if ctrl is not None and not self._is_report(head.head):
                return ctrl, "control"
            tok, _ = self.subject_token(head.head, seen)
            return tok, "control"
        if head.dep_ == "conj" and _verbal(head.head):
            tok, _ = self.subject_token(head.head, seen)
            return tok, "inherited"
        if head.dep_ in ("relcl", "acl"):
            return head.head, "relative"
        if head.dep_ == "pcomp" and head.head.dep_ == "prep":
            verb = head.head.head
            if verb.dep_ in ("dobj", "nsubjpass"):  # ``accused the army of bombing``
                return verb, "control"
            obj = self._kid(verb, ("dobj", "nsubjpass"))
            return obj, "control"
        if head.dep_ == "advcl" and _verbal(head.head):
            tok, _ = self.subject_token(head.head, seen)
            return tok, "inherited"
        return None, "none"

    def actor_for_token(self, tok: Token, subtree: bool = True) -> Span | None:
        """The actor mention covering ``tok``, else the first one in its phrase (no clauses)."""
        span = self.ctx.actor_at.get(tok.i)
        if span is not None:
            return span
        if not subtree:
            return None
        blocked = set()
        for c in tok.subtree:
            if c.i != tok.i and c.dep_ in ("relcl", "acl", "advcl", "ccomp", "appos"):
                blocked.update(t.i for t in c.subtree)
        for span in self.spans:
            if span.label_ == "actor" and tok.left_edge.i <= span.start and span.end - 1 <= tok.right_edge.i \
                    and span.root.i not in blocked and not _is_location(span):
                return span
        return None

    def _speaker_for_token(self, tok: Token) -> dict:
        span = self.actor_for_token(tok)
        if span is not None:
            return self.ctx.actor_record(span, "speaker")
        start_tok = tok.left_edge
        start, end = start_tok.idx, tok.idx + len(tok.text)
        # a phrase: from the left edge of the subject to the subject itself (no clause tails)
        return {"text": self.ctx.text[start:end], "start": start, "end": end, "actor_id": None}

    def frame_speaker(self, frame: Token, seen: set[int] | None = None) -> tuple[dict | None, bool]:
        """Speaker of a reporting frame and whether a heuristic (pronoun) was used."""
        seen = seen or set()
        if _passive(frame):
            agent = _child(frame, ("agent",))
            pobj = _child(agent, ("pobj",)) if agent is not None else None
            return (self._speaker_for_token(pobj), False) if pobj is not None else (None, False)
        subj, _how = self.subject_token(frame)
        if subj is None:
            return None, False
        if subj.lower_ in PRONOUNS_SPEAKER and subj.pos_ == "PRON":
            outer = self.attribution(frame, seen | {frame.i})
            if outer is not None and outer[0] is not None:
                return outer[0], True
            if subj.lower_ in PERSON_PRONOUNS:
                person = self.ctx.last_person(subj.idx, self.index)
            elif subj.lower_ in ("it", "they"):
                person = self.ctx.prev_subject(self.index, subj.lower_ == "they")
            else:
                person = None
            if person is not None:
                rec = self.ctx.actor_record(person, "speaker")
                rec["via"] = {"text": subj.text, "start": subj.idx, "end": subj.idx + len(subj.text)}
                return rec, True
        if subj.pos_ == "PRON" and subj.lower_ in GENERIC_PRONOUNS:
            return None, False  # ``one would expect``: nobody in particular
        return self._speaker_for_token(subj), False

    def attribution(self, head: Token, seen: set[int] | None = None):
        """``(speaker, cue, frame_token_or_None, heuristic)`` for a clause head, or None."""
        seen = seen or set()
        cur: int | None = head.i
        while cur is not None:
            if cur in seen and cur != head.i:
                return None
            if cur in self.sources and cur not in self.frames:
                speaker, cue, _ = self.sources[cur]
                return speaker, cue, None, False
            frame = self.frame_of.get(cur)
            if frame is not None and frame != head.i:
                ftok = self.doc[frame]
                speaker, heur = self.frame_speaker(ftok, seen | {cur})
                return speaker, self.cue_of(ftok), ftok, heur
            nxt = self.parent.get(cur)
            if nxt is not None and nxt in self.frames and cur not in self.frame_of:
                # a non-reported sub-clause of a frame (``when ... were lifted``) is the article's
                return None
            cur = nxt
        return None

    def cue_of(self, tok: Token) -> dict:
        prt = _child(tok, ("prt",))
        end = tok.idx + len(tok.text)
        lemma = tok.lemma_.lower()
        if prt is not None and prt.i == tok.i + 1:
            end = prt.idx + len(prt.text)
            lemma = f"{lemma} {prt.lower_}"
        cue = _word(self.ctx.text, tok.idx, end, lemma)
        rule = self.rules.report.get(tok.lemma_.lower())
        if rule:
            cue["origin"] = f"rule:{rule['id']}"
        return cue


def _is_location(span: Span) -> bool:
    return ((span._.norm or {}).get("type") == "location")


# ------------------------------------------------------------------------------------ extraction
def _default_provenance() -> dict:
    return {"pipeline": pipeline.__version__, "model": None, "config": None}


def _copy(obj):
    """A deep copy of plain JSON data (dicts, lists, scalars): what copy.deepcopy does, faster."""
    if isinstance(obj, dict):
        return {k: _copy(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_copy(v) for v in obj]
    return obj


def extract_claims(doc: Doc, doc_id: str | None = None, provenance: dict | None = None) -> list[dict]:
    """claim/1 records for ``doc`` (parsed, with ``doc.spans["mentions"]``), sorted by (start, end)."""
    if len(doc) and not doc.has_annotation("DEP"):
        raise ValueError("extract_claims needs a parsed Doc (a dependency parse, e.g. en_core_web_sm); "
                         "this one has none")
    doc_id = doc_id if doc_id is not None else (doc._.doc_id or "")
    provenance = dict(provenance) if provenance else _default_provenance()
    rules = load_rules()
    records = {(r["start"], r["end"], r["kind"]): r for r in mention_records(doc, doc_id)}
    spans = [s for s in doc.spans.get(ext.GROUP_MENTIONS, [])]
    classified = classify_paragraphs(doc.text, rules)  # noqa: doc.text is rebuilt on each access
    sections = [(s, e, label) for s, e, label, _emit in classified]
    silent = [(s, e) for s, e, _label, emit in classified if not emit]
    text = doc.text
    ctx = _DocCtx(doc, doc_id, rules, records, spans, [], sections, silent, dateline_spans(text, rules), text).build_index()
    units = ctx.units()
    ctx.sent_ranges = [(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)) for lo, hi in units]
    claims: dict[str, dict] = {}
    for index, (lo, hi) in enumerate(units):
        sent = _Sentence(ctx, lo, hi, index)
        recs = _sentence_claims(ctx, sent, provenance)
        for rec in recs:
            claims.setdefault(rec["claim_id"], rec)
        ctx.remember_subject(index, recs)
    out = sorted(claims.values(), key=lambda r: (r["start"], r["end"]))
    _attribute_quotes(text, out)
    return out


_OPEN_QUOTES = {"\u201c": "\u201d", "\"": "\""}


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of quotations (curly or straight double quotes), never across paragraphs."""
    spans = []
    for p_start, p_end in paragraphs(text):
        i = p_start
        while i < p_end:
            close = _OPEN_QUOTES.get(text[i])
            if close is None:
                i += 1
                continue
            j = text.find(close, i + 1, p_end)
            if j < 0:
                break
            spans.append((i, j + 1))
            i = j + 1
    return spans


def _attribute_quotes(text: str, claims: list[dict]) -> None:
    """Claims inside a multi-sentence quotation get the speaker attributed to it elsewhere.

    ``"We will retaliate. We have the means," he said.``: the first sentence has no reporting
    verb of its own; when exactly one speaker is attributed (by a cue outside the quotes) to
    claims inside the quotation, unattributed claims inside it get that speaker and cue.
    """
    for q_start, q_end in quote_spans(text):
        inside = [c for c in claims if q_start < c["predicate"]["start"] < q_end]
        sources = {}
        for c in inside:
            cue = c["cue"]
            if c["speaker"] is not None and cue is not None and not (q_start <= cue["start"] < q_end):
                sources[(c["speaker"]["start"], c["speaker"]["end"])] = (c["speaker"], cue)
        if len(sources) != 1:
            continue
        speaker, cue = next(iter(sources.values()))
        for c in inside:
            if c["speaker"] is None and c["cue"] is None:
                c["speaker"], c["cue"] = _copy(speaker), _copy(cue)
                c["quote"] = {"start": q_start, "end": q_end}
                if "mention_id" in speaker:
                    rec = _copy(speaker)
                    rec.pop("actor_id", None)
                    rec.pop("via", None)
                    rec["role"] = "speaker"
                    c["actors"] = sorted(c["actors"] + [rec], key=lambda a: (a["start"], a["end"], a["role"]))


class _DocCtx(_Ctx):
    def build_index(self) -> "_DocCtx":
        """Token -> mention indexes (call once after construction)."""
        self.spans = sorted(self.spans, key=lambda sp: (sp.start_char, sp.end_char))
        self.span_starts = [sp.start_char for sp in self.spans]
        self.subjects: dict[int, Span] = {}
        self.actor_at: dict[int, Span] = {}
        self.date_at: dict[int, Span] = {}
        self.actor_by_char: dict[tuple[int, int], Span] = {}
        for span in self.spans:
            if span.label_ == "actor":
                self.actor_by_char[(span.start_char, span.end_char)] = span
                for i in range(span.start, span.end):
                    self.actor_at.setdefault(i, span)
            elif span.label_ == "date":
                for i in range(span.start, span.end):
                    self.date_at.setdefault(i, span)
        return self

    def remember_subject(self, index: int, recs: list[dict]) -> None:
        """The actor a following ``it``/``they`` most likely means: a speaker, else a subject."""
        for role in ("speaker", "subject"):
            for rec in recs:
                for actor in rec["actors"]:
                    if actor["role"] == role and "via" not in actor:
                        span = self.actor_by_char.get((actor["start"], actor["end"]))
                        if span is not None:
                            self.subjects[index] = span
                            return

    def actor_span(self, rec: dict | None) -> Span | None:
        """The actor span of a speaker/actor record (None for a plain phrase)."""
        if rec is None or "mention_id" not in rec:
            return None
        return self.actor_by_char.get((rec["start"], rec["end"]))

    def units(self) -> list[tuple[int, int]]:
        """Token ranges of the sentences, split further at paragraph boundaries (blank lines)."""
        doc = self.doc
        out = []
        for sent in doc.sents:
            lo = sent.start
            for t in sent:
                # a whitespace token holding a blank line ends the unit before the next token
                if t.i > lo and doc[t.i - 1].is_space and _PARA_SPLIT.search(doc[t.i - 1].text) \
                        and not t.is_space:
                    out.append((lo, t.i))
                    lo = t.i
                elif t.i > lo and not t.is_space and _PARA_SPLIT.search(doc[t.i - 1].text_with_ws[len(doc[t.i - 1].text):] or "") :
                    out.append((lo, t.i))
                    lo = t.i
            out.append((lo, sent.end))
        cleaned = []
        for lo, hi in out:
            while lo < hi and (doc[lo].is_space):
                lo += 1
            while hi > lo and doc[hi - 1].is_space:
                hi -= 1
            if hi > lo:
                cleaned.append((lo, hi))
        return cleaned

    def section_at(self, char: int) -> str:
        for s, e, label in self.sections:
            if s <= char < e:
                return label
        return "body"

    def actor_record(self, span: Span, role: str) -> dict:
        rec = _copy(self.records[(span.start_char, span.end_char, "actor")])
        rec["role"] = role
        rec["actor_id"] = rec["norm"].get("actor_id")
        return rec

    def record(self, span: Span) -> dict:
        return _copy(self.records[(span.start_char, span.end_char, span.label_)])

    def last_person(self, before: int, sent_index: int) -> Span | None:
        lo = self.sent_ranges[max(0, sent_index - 3)][0] if self.sent_ranges else 0
        best = None
        for span in self.spans:
            if span.label_ != "actor" or not (lo <= span.start_char and span.end_char <= before):
                continue
            norm = span._.norm or {}
            if norm.get("type") == "person" or (norm.get("type") is None and span.root.ent_type_ == "PERSON"):
                best = span
        return best

    def prev_subject(self, sent_index: int, plural: bool) -> Span | None:
        """``It``/``they`` opening a sentence: the speaker or first subject actor of the sentence
        just before, in the same paragraph (``it``: a singular noun)."""
        if sent_index == 0 or sent_index - 1 not in self.subjects:
            return None
        start = self.sent_ranges[sent_index][0]
        para = next(((s, e) for s, e, _l in self.sections if s <= start < e), None)
        span = self.subjects[sent_index - 1]
        if para is None or span.start_char < para[0]:
            return None
        if not plural and span.root.tag_ in ("NNS", "NNPS"):
            return None
        return span

    def prior_period(self, sent_index: int) -> Span | None:
        """The single date of the nearest earlier sentence in the same paragraph that names one."""
        start = self.sent_ranges[sent_index][0]
        para = next(((s, e) for s, e, _l in self.sections if s <= start < e), None)
        for j in range(sent_index - 1, max(-1, sent_index - 4), -1):
            s, e = self.sent_ranges[j]
            if para and s < para[0]:
                break
            dates = [sp for sp in self.spans if sp.label_ == "date" and s <= sp.start_char and sp.end_char <= e
                     and (sp._.norm or {}).get("timex_type") in (None, "DATE")
                     and (sp._.norm or {}).get("value") != "PAST_REF"]
            if not dates:
                continue
            keys = {((sp._.norm or {}).get("value") or sp.text.lower()) for sp in dates}
            return dates[0] if len(keys) == 1 else None
        return None


def _sentence_claims(ctx: _DocCtx, sent: _Sentence, provenance: dict) -> list[dict]:
    doc, rules = ctx.doc, ctx.rules
    tokens = sent.tokens
    sent_start = tokens[0].idx
    sent_end = tokens[-1].idx + len(tokens[-1].text)
    # mentions in this sentence, by the clause owning their root token
    mentions_by_head: dict[int, list[Span]] = {}
    for span in sent.spans:
        if ctx.is_excluded(span.start_char):
            continue
        owner = sent.owner.get(span.root.i)
        if owner is not None:
            mentions_by_head.setdefault(owner, []).append(span)

    source_tokens: set[int] = {t.i for t in tokens if ctx.is_excluded(t.idx)}
    for _sp, _cue, toks in sent.sources.values():
        source_tokens |= toks

    # dates that open a clause (or belong to a frame) apply to sub-clauses without their own
    spread: dict[int, list[tuple[Span, dict | None]]] = {}
    for head in sent.heads:
        own_dates = [s for s in mentions_by_head.get(head.i, []) if s.label_ == "date"]
        subj = _child(head, SUBJ_DEPS | {"nsubjpass"})
        for span in own_dates:
            top = _top_child(span.root, head)
            left = top is not None and top.i < head.i and (subj is None or top.i < subj.left_edge.i)
            if left:
                spread.setdefault(head.i, []).append((span, None, "clause"))
            elif head.i in sent.frames:
                spread.setdefault(head.i, []).append((span, None, "frame"))
    # anaphoric periods
    anaphora: dict[int, tuple[Span, dict]] = {}
    sent_text = ctx.text[sent_start:sent_end]
    for rid, pattern in rules.anaphors:
        for m in pattern.finditer(sent_text):
            a_start, a_end = sent_start + m.start(), sent_start + m.end()
            tok = next((t for t in tokens if t.idx >= a_start), None)
            if tok is None:
                continue
            owner = sent.owner.get(tok.i)
            target = ctx.prior_period(sent.index)
            if owner is None or target is None:
                continue
            via = {"text": ctx.text[a_start:a_end], "start": a_start, "end": a_end, "origin": f"rule:{rid}"}
            anaphora[owner] = (target, via)
            head_tok = doc[owner]
            top = _top_child(tok, head_tok)
            if top is not None and top.i < head_tok.i:
                spread.setdefault(owner, []).append((target, via, "clause"))

    def inherited_dates(head_i: int) -> list[tuple[Span, dict | None]]:
        """Dates opening a governing clause; a frame's other dates reach only its reported
        clauses and their conjuncts (``Iran said on Monday it had received ...``), not deeper
        sub-clauses (``... after a court ruled``)."""
        cur, direct, seen = head_i, True, {head_i}
        while True:
            nxt = sent.parent.get(cur)
            if nxt is None and cur in sent.frame_of:
                nxt = sent.frame_of[cur]  # a clause the parse left unattached to its frame
            if nxt is None or nxt in seen:
                return []
            seen.add(nxt)
            step_ok = doc[cur].dep_ == "conj" or sent.frame_of.get(cur) == nxt
            if nxt in spread:
                entries = [(sp, via) for sp, via, kind in spread[nxt]
                           if kind == "clause" or (direct and step_ok)]
                if entries:
                    return entries
            own = [sp for sp in mentions_by_head.get(nxt, []) if sp.label_ == "date"]
            if own and nxt not in sent.frames:
                return []
            direct = direct and step_ok
            cur = nxt

    out = []
    for head in sent.heads:
        if ctx.is_excluded(head.idx) or ctx.is_silent(head.idx):
            continue
        if head.i in sent.frames:
            # a report inside another report (``"The court has confirmed that ...," Kobolev said``)
            # is itself a claim of the outer speaker
            outer = sent.attribution(head)
            if outer is None or outer[0] is None:
                continue
            own_speaker, _ = sent.frame_speaker(head)
            if own_speaker is not None and own_speaker["start"] == outer[0]["start"]:
                continue
        rec = _claim(ctx, sent, head, mentions_by_head.get(head.i, []), source_tokens,
                     inherited_dates, anaphora.get(head.i), provenance)
        if rec is not None:
            out.append(rec)
    return out


def _top_child(tok: Token, head: Token) -> Token | None:
    """The ancestor of ``tok`` (or ``tok``) that is a direct child of ``head``."""
    cur = tok
    while cur.head.i != cur.i:
        if cur.head.i == head.i:
            return cur
        cur = cur.head
    return None


def _chain(sent: _Sentence, head: Token) -> list[Token]:
    """The head plus the verbs that are part of its clause (xcomp, infinitival ccomp, their conj)."""
    out = [head]
    stack = [head]
    while stack:
        cur = stack.pop()
        for c in cur.children:
            if c.i in sent.head_set or not _verbal(c):
                continue
            if c.dep_ in ("xcomp", "ccomp", "conj", "advcl") and sent.owner.get(c.i) == head.i:
                out.append(c)
                stack.append(c)
    return out


def _role(sent: _Sentence, span: Span, head: Token, chain_ids: set[int]) -> str:
    root = span.root
    other = sent.ctx.actor_at.get(root.head.i)
    if root.dep_ in ("poss", "compound", "amod", "nmod") and other is not None and other is not span:
        return "other"  # ``Russia's Gazprom``: the possessor qualifies another actor
    cur = span.root
    while cur.head.i != cur.i and cur.head.i not in chain_ids:
        cur = cur.head
    if cur.i in chain_ids:  # the mention covers the predicate itself (a nominal clause)
        return "other"
    dep, on_head = cur.dep_, cur.head.i == head.i
    if dep == "agent":
        return "subject"
    if dep in SUBJ_DEPS:
        return "subject" if on_head else "object"
    if dep in OBJ_DEPS:
        return "object"
    if dep == "prep" and cur.lower_ in OBJ_PREPS:
        return "object"
    if dep in ("conj", "appos"):
        return "other"
    return "other"


def _claim(ctx: _DocCtx, sent: _Sentence, head: Token, own_mentions: list[Span], source_tokens: set[int],
           inherited_dates, anaphor, provenance: dict) -> dict | None:
    doc, rules = ctx.doc, ctx.rules
    heuristics = 0
    chain = _chain(sent, head)
    chain_ids = {t.i for t in chain}
    own = [t for t in sent.tokens if sent.owner.get(t.i) == head.i and t.i not in source_tokens]
    # claim span: own tokens without edge punctuation, conjunctions and complementizers
    core = [t for t in own if not t.is_space]
    while core and (core[0].is_punct or core[0].dep_ in ("cc", "mark", "punct") or
                    (core[0].tag_ in ("WDT", "WP") and core[0].i != head.i and head.dep_ != "relcl")):
        core.pop(0)
    while core and (core[-1].is_punct or core[-1].dep_ in ("cc", "punct")):
        core.pop()
    if not core:
        return None
    start = core[0].idx
    end = core[-1].idx + len(core[-1].text)
    if not (start <= head.idx < end):
        start, end = min(start, head.idx), max(end, head.idx + len(head.text))

    attribution = sent.attribution(head)
    speaker = cue = None
    frame_tok = None
    if attribution is not None:
        speaker, cue, frame_tok, heur = attribution
        heuristics += int(heur)
    elif sent._is_report(head) and not rules.report[head.lemma_.lower()].get("needs_clause") \
            and not any(c.dep_ == "neg" for c in head.children):
        # a reporting verb with a nominal object: the claim is the report itself
        cue = sent.cue_of(head)
        speaker, heur = sent.frame_speaker(head)
        heuristics += int(heur)
        frame_tok = head

    # ---- actors with roles
    actors: list[dict] = []
    seen_actor: set[tuple[int, int, str]] = set()

    def add_actor(span: Span, role: str, **extra) -> None:
        key = (span.start_char, span.end_char, role)
        if key in seen_actor or _is_location(span):
            return
        seen_actor.add(key)
        rec = ctx.actor_record(span, role)
        rec.pop("actor_id", None)
        rec.update(extra)
        actors.append(rec)

    speaker_range = None
    if speaker is not None:
        speaker_range = (speaker["start"], speaker["end"])
        if "mention_id" in speaker:
            span = ctx.actor_span(speaker)
            if span is not None:
                add_actor(span, "speaker")
                # ``Saudi Arabia and the United States said``: every conjoined actor speaks
                for conj in span.root.conjuncts:
                    other = sent.actor_for_token(conj, subtree=False)
                    if other is not None and other is not span:
                        add_actor(other, "speaker")
    for span in own_mentions:
        if span.label_ != "actor" or span.root.i in source_tokens:
            continue
        if frame_tok is head and speaker_range and span.start_char == speaker_range[0]:
            continue
        add_actor(span, _role(sent, span, head, chain_ids))

    subj_tok, how = sent.subject_token(head)
    has_subject = any(a["role"] == "subject" for a in actors) or (subj_tok is not None and frame_tok is not head)
    if not any(a["role"] == "subject" for a in actors) and subj_tok is not None and frame_tok is not head:
        role = "subject"
        if how == "relative":
            rel = next((c for c in head.children if c.tag_ in ("WDT", "WP")), None)
            if head.dep_ == "acl" or (rel is not None and rel.dep_ not in ("nsubj",)) or \
                    (rel is None and _child(head, ("nsubj",)) is not None):
                role = "object"
        via = {"text": subj_tok.text, "start": subj_tok.idx, "end": subj_tok.idx + len(subj_tok.text)}
        if subj_tok.pos_ == "PRON" and subj_tok.lower_ in PRONOUNS_SPEAKER:
            if speaker is not None and "mention_id" in speaker and subj_tok.lower_ != "i":
                span = ctx.actor_span(speaker)
                if span is not None:
                    add_actor(span, role, via=via)
                    heuristics += 1
            elif subj_tok.lower_ in PERSON_PRONOUNS:
                person = ctx.last_person(subj_tok.idx, sent.index)
                if person is not None:
                    add_actor(person, role, via=via)
                    heuristics += 1
            elif subj_tok.lower_ in ("it", "they"):
                antecedent = ctx.prev_subject(sent.index, subj_tok.lower_ == "they")
                if antecedent is not None:
                    add_actor(antecedent, role, via=via)
                    heuristics += 1
        elif how != "own" or sent.owner.get(subj_tok.i) != head.i:
            span = sent.actor_for_token(subj_tok, subtree=(how != "relative"))
            if span is not None and span.root.i not in source_tokens:
                add_actor(span, role, via=via)
                heuristics += 1

    # ---- amounts and dates
    money = [ctx.record(s) for s in own_mentions if s.label_ == "money"]
    quantities = [ctx.record(s) for s in own_mentions if s.label_ in ("quantity", "percent")]
    dates = [ctx.record(s) for s in own_mentions if s.label_ == "date" and not _descriptive_date(s)]
    time_refs = [d for d in dates if (d["norm"].get("value") or "") in VAGUE_REFS]
    dates = [d for d in dates if d not in time_refs]
    if not dates and head.dep_ in ("relcl", "advcl", "acl"):
        # ``in December 2016, when prices had fallen``: the clause describes that date
        anchor = ctx.date_at.get(head.head.i)
        if anchor is not None:
            rec = ctx.record(anchor)
            rec["scope"] = "modified"
            dates.append(rec)
    direct_numeric = bool(money or quantities or dates)
    if head.dep_ == "acl" and not direct_numeric:
        return None  # participial modifiers are background unless they carry an amount or a date
    if head.dep_ == "acl":  # the modified noun phrase is the participle's argument
        noun = head.head
        for span in sent.spans:
            if span.label_ in ("money", "quantity", "percent") and noun.left_edge.i <= span.root.i <= noun.i:
                (money if span.label_ == "money" else quantities).append(ctx.record(span))
    if anaphor is not None:
        target, via = anaphor
        dates = [d for d in dates if not (d["start"] < via["end"] and via["start"] < d["end"])]
        if not dates:
            rec = ctx.record(target)
            rec["resolved_from"] = via
            dates.append(rec)
            heuristics += 1
    if not dates:
        for span, via in inherited_dates(head.i):
            rec = ctx.record(span)
            rec["scope"] = "clause" if via is None else "anaphor"
            if via is not None:
                rec["resolved_from"] = via
            dates.append(rec)

    if not (actors or money or quantities or dates or speaker is not None):
        return None
    # pronoun objects of a reported clause (``Naftogaz said Gazprom owed it``) refer to the speaker
    if speaker is not None and "mention_id" in speaker and frame_tok is not None and frame_tok is not head:
        for t in chain:
            for c in t.children:
                target = c
                if c.dep_ == "prep" and c.lower_ in OBJ_PREPS:
                    target = _child(c, ("pobj",)) or c
                if target.pos_ == "PRON" and target.lower_ in ("it", "them", "us") and \
                        target.dep_ in ("dobj", "dative", "pobj"):
                    span = ctx.actor_span(speaker)
                    if span is not None:
                        add_actor(span, "object", via={"text": target.text, "start": target.idx,
                                                       "end": target.idx + len(target.text)})
                        heuristics += 1

    modality = _modality(sent, head, chain, own, cue, frame_tok, attribution is not None)
    # ---- confidence
    has_object = any(c.dep_ in OBJ_DEPS | {"attr", "acomp", "ccomp", "xcomp", "prep"} for t in chain for c in t.children)
    grounded = any(a["norm"].get("actor_id") for a in actors)
    quality = (1.0 if len(sent.tokens) <= MAX_PARSE_TOKENS else 0.0) + (1.0 if _verbal(head) else 0.0)
    score = (0.30 + 0.20 * has_subject + 0.10 * has_object + 0.15 * grounded + 0.10 * direct_numeric
             + 0.15 * quality / 2 - min(0.20, 0.10 * heuristics))
    confidence = round(min(1.0, max(0.05, score)), 3)

    pred_end = head.idx + len(head.text)
    lemma = head.lemma_.lower()
    prt = _child(head, ("prt",))
    if prt is not None and prt.i == head.i + 1:
        pred_end = prt.idx + len(prt.text)
        lemma = f"{lemma} {prt.lower_}"
    s_lo, s_hi = sent.tokens[0].idx, sent.tokens[-1].idx + len(sent.tokens[-1].text)
    return {
        "schema": CLAIM,
        "claim_id": claim_id(ctx.doc_id, start, end),
        "doc_id": ctx.doc_id,
        "text": ctx.text[start:end],
        "start": start,
        "end": end,
        "section": ctx.section_at(head.idx),
        "sentence": {"start": s_lo, "end": s_hi},
        "predicate": _word(ctx.text, head.idx, pred_end, lemma),
        "speaker": speaker,
        "cue": cue,
        "actors": sorted(actors, key=lambda a: (a["start"], a["end"], a["role"])),
        "money": _dedupe(money),
        "dates": _dedupe(dates),
        "quantities": _dedupe(quantities),
        "time_refs": _dedupe(time_refs),
        "modality": modality,
        "confidence": confidence,
        "provenance": provenance,
    }


VAGUE_REFS = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}


def _descriptive_date(span: Span) -> bool:
    """Durations/sets that describe a noun or a rate (``a nine-month extension``, ``a year``)."""
    norm = span._.norm or {}
    if norm.get("timex_type") not in ("DURATION", "SET"):
        return False
    return span.root.dep_ in ("amod", "compound", "nmod", "npadvmod", "nummod") or \
        span.text.lower().startswith(("a ", "an ", "per ", "every "))


def _dedupe(items: list[dict]) -> list[dict]:
    seen, out = set(), []
    for item in sorted(items, key=lambda r: (r["start"], r["end"])):
        if item["mention_id"] in seen:
            continue
        seen.add(item["mention_id"])
        out.append(item)
    return out


def _modality(sent: _Sentence, head: Token, chain: list[Token], own: list[Token], cue: dict | None,
              frame_tok: Token | None, reported: bool) -> dict:
    rules = sent.rules
    chain_ids = {t.i for t in chain}
    negated = hedged = False
    cues: list[tuple[int, str]] = []
    origins: list[str] = []
    args = {c.i for t in chain for c in t.children if c.dep_ in SUBJ_DEPS | OBJ_DEPS}
    for tok in own:
        low = tok.lower_
        rule = rules.negation_lower.get(low)
        if rule and ((tok.dep_ in ("neg", "advmod", "preconj") and tok.head.i in chain_ids)
                     or (tok.dep_ == "det" and tok.head.i in args)):
            negated = True
            cues.append((tok.i, tok.text))
            origins.append(f"rule:{rule['id']}")
        rule = rules.negation_verbs.get(tok.lemma_.lower())
        if rule and tok.i in chain_ids and (_child(tok, ("xcomp",)) is not None or rule.get("needs") != "xcomp"):
            negated = True
            cues.append((tok.i, tok.text))
            origins.append(f"rule:{rule['id']}")
        rule = rules.hedge_lower.get(low)
        if rule and (not rule.get("tag") or rule["tag"] == tok.tag_):
            hedged = True
            cues.append((tok.i, tok.text))
            origins.append(f"rule:{rule['id']}")
        rule = rules.hedge_lemma.get(tok.lemma_.lower())
        if rule and tok.i in chain_ids and _verbal(tok):
            hedged = True
            cues.append((tok.i, tok.text))
            origins.append(f"rule:{rule['id']}")
    if frame_tok is not None:
        rule = rules.report.get(frame_tok.lemma_.lower())
        if rule and rule.get("hedge"):
            hedged = True
            cues.append((frame_tok.i, frame_tok.text))
            origins.append(f"rule:{rule['id']}")
        neg = next((c for c in frame_tok.children if c.dep_ == "neg"), None)
        if neg is not None and frame_tok.i != head.i:
            negated = not negated if not (rule and rule.get("negative")) else negated
            cues.append((neg.i, neg.text))
        if rule and rule.get("negative") and frame_tok.i != head.i:
            negated = True
            cues.append((frame_tok.i, frame_tok.text))
            origins.append(f"rule:{rule['id']}")
    # tense
    tense = None
    auxes = [c for t in chain[:1] for c in t.children if c.dep_ in ("aux", "auxpass")]
    for aux in auxes:
        low = aux.lower_
        if low in rules.future_lower and (not rules.future_lower[low].get("tag") or aux.tag_ == "MD"):
            tense = "future"
            cues.append((aux.i, aux.text))
            origins.append(f"rule:{rules.future_lower[low]['id']}")
        elif low in rules.future_in_past and aux.tag_ == "MD":
            tense = "future" if reported else "conditional"
            cues.append((aux.i, aux.text))
            origins.append(f"rule:{rules.future_in_past[low]['id']}")
    if tense is None and head.lower_ == "going" and _child(head, ("xcomp",)) is not None:
        tense = "future"
    if tense is None:
        morph_past = head.tag_ == "VBD" or any("Past" in a.morph.get("Tense") for a in auxes if a.tag_ != "VBN")
        perfect = head.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes)
        if morph_past or perfect:
            tense = "past"
        elif head.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            tense = "present"
        elif frame_tok is not None and frame_tok.i != head.i and frame_tok.tag_ == "VBD" and \
                any(a.lemma_ == "have" for a in auxes):
            tense = "past"
        elif head.dep_ == "acl" and head.tag_ in ("VBN", "VBD"):
            tense = "past"
        elif head.dep_ in ("xcomp", "pcomp", "conj") and head.head.tag_ in ("VBD", "VBZ", "VBP"):
            tense = "past" if head.head.tag_ == "VBD" else "present"
    ordered = [text for _i, text in sorted(set(cues))]
    return {"negated": negated, "hedged": hedged, "cues": ordered, "tense": tense,
            "origins": sorted(set(origins))}


# ------------------------------------------------------------------------------------ component
class ClaimExtractor:
    """Sets ``doc._.claims`` to :func:`extract_claims` of the doc (``doc._.doc_id`` as id)."""

    def __init__(self, nlp: Language, name: str = "claims_claims"):
        self.name = name
        load_rules()  # validate the rule files when the pipeline is built

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = extract_claims(doc, doc._.doc_id)
        return doc


@Language.factory("claims_claims")
def make_claim_extractor(nlp: Language, name: str) -> ClaimExtractor:
    return ClaimExtractor(nlp, name)
