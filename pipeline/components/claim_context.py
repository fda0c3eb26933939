"""Per-document state of the claim extractor: the text, the mention records and their indexes,
the sections, and the sentence units (sentences cut at paragraph breaks)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.attrs import HEAD, IS_PUNCT, IS_SPACE, POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span

from pipeline.components.claim_rules import Rules
from pipeline.components.claim_sections import PARA_SPLIT, Section, quotations
from pipeline.spans import RangeIndex

#: sections whose names never become the antecedent of a pronoun or a description in the body
NOT_ANTECEDENT = frozenset({"headline", "subhead", "byline", "caption", "note", "bio"})


def copy_json(obj):
    """A deep copy of plain JSON data (dicts, lists, scalars): what copy.deepcopy does, faster."""
    if isinstance(obj, dict):  # scalars are shared without a call each
        return {k: copy_json(v) if isinstance(v, (dict, list)) else v for k, v in obj.items()}
    if isinstance(obj, list):
        return [copy_json(v) if isinstance(v, (dict, list)) else v for v in obj]
    return obj



def mistagged_verb(tok) -> bool:
    """``Analysts at Morrow Bank forecast that …`` tagged as a noun: a noun that heads the
    sentence with a subject and a clausal complement of its own is a verb; so is an ``-ed``
    adjective that heads it with a subject and a direct object (:func:`_mistagged_past_verb`)."""
    if tok.pos_ == "ADJ" and tok.dep_ == "ROOT":
        return _mistagged_past_verb(tok)
    if tok.pos_ != "NOUN" or tok.dep_ != "ROOT":
        return False
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and "ccomp" in deps or _mistagged_source_verb(tok)


def _mistagged_past_verb(tok) -> bool:
    """``El Mirador, a Madrid tabloid, splashed claims that …`` with ``splashed`` tagged as an
    adjective: an ``-ed`` word heading the sentence with a subject before it and a direct object
    after it is a past verb (an adjective takes no object); not ``The shop was closed`` (no object)."""
    kids = list(tok.children)
    return tok.lower_.endswith("ed") and any(c.dep_ == "nsubj" and c.i < tok.i for c in kids) \
        and any(c.dep_ == "dobj" and c.i > tok.i for c in kids)


def _mistagged_source_verb(tok) -> bool:
    """``According to the World Bank, every euro we spend saves several in damage`` with ``saves``
    tagged as a noun: a plural-form noun root after its subject, with an object after it and an
    ``according to`` phrase of its own, is a verb (the phrase needs a clause to report)."""
    if tok.tag_ != "NNS" or not tok.lower_.endswith("s"):
        return False
    kids = list(tok.children)
    return any(c.dep_ == "nsubj" and c.i < tok.i for c in kids) and any(c.dep_ == "dobj" and c.i > tok.i for c in kids) \
        and any(c.lower_ == "according" and c.i < tok.i for c in kids)

def entity_key(span: Span) -> str:
    """The entity an actor mention stands for: its actor id, else its words."""
    return actor_id_of(span) or span.text


def actor_id_of(span: Span) -> str | None:
    """The actor id of a mention, or None."""
    return (span._.norm or {}).get("actor_id")


def is_location(span: Span) -> bool:
    return (span._.norm or {}).get("type") == "location"


@dataclass
class DocContext:
    doc: Doc
    doc_id: str
    rules: Rules
    records: dict[tuple[int, int, str], dict]    # (start, end, kind) -> mention record
    spans: list[Span]
    sections: list[Section]
    silent: list[tuple[int, int]] = field(default_factory=list)     # paragraphs without claims
    excluded: list[tuple[int, int]] = field(default_factory=list)   # datelines
    text: str = ""                                                   # doc.text, computed once
    sent_ranges: list[tuple[int, int]] = field(default_factory=list)  # sentence unit char ranges
    #: the clause analysis (claim_clauses.Sentence) of each sentence unit, by index (claims._clause_claims)
    sentences: list = field(default_factory=list)
    subjects: dict[int, Span] = field(default_factory=dict)  # sentence index -> its main actor
    genders: dict[str, str | None] = field(default_factory=dict)  # actor id or text -> gender
    mixed_person_ids: frozenset[str] | None = None  # actor ids typed a person and something else
    data_authors: list | None = None  # data nouns and their authors (claim_speakers._data_authors), read once
    speakers: list[Span] = field(default_factory=list)  # person speakers so far, in text order
    spoke_at: list[int] = field(default_factory=list)  # where each of ``speakers`` last spoke (its cue)
    speaker_recs: dict[int, dict] = field(default_factory=dict)  # sentence index -> a named speaker
    cue_speakers: dict[int, dict] = field(default_factory=dict)  # cue start -> its claim's speaker
    #: every speaker record so far, in sentence order (claim_speakers.anonymous_antecedent)
    speakers_said: list[dict] = field(default_factory=list)
    #: the group descriptions of those records, indexed once (claim_partitives.DescriptionIndex)
    partitive_index: object = None
    #: unnamed persons introduced as subjects (``a colleague down the hall came …``), in text order
    person_phrases: list[dict] = field(default_factory=list)
    turns: list = field(default_factory=list)  # transcript turns and headline colons (claim_turns.Turn)
    bare_answers: list = field(default_factory=list)  # answer paragraphs of an interview without labels
    bare_speaker: dict | None = None  # who answers them (claim_turn_bare)
    bare_selves: frozenset = frozenset({"i"})  # the pronouns there that are the one who answers
    #: ``— Name, title, in a TV ad that …`` after a quotation (claim_quotes): words that only say who spoke
    source_tails: list[tuple[int, int]] = field(default_factory=list)
    #: the actor mentions a joint phrase (``the two senators``) may name, indexed once (claim_joint)
    joint_antecedents: object = None
    #: token index -> its reporting rule or None (claim_clauses.Sentence.report_rule), each found once
    report_rules: dict[int, dict | None] = field(default_factory=dict)
    described: dict[str, tuple[list[int], list[Span]]] = field(default_factory=dict)  # noun -> actors it may describe
    #: kind key (``thinktank``) -> the nouns whose words spell it, indexed once (claim_speakers._kind_nouns)
    kind_nouns: dict | None = None
    #: [speakers indexed, paragraph -> actor id -> where it first spoke there] (claim_quoted_pronouns)
    speakers_by_paragraph: list = field(default_factory=lambda: [0, {}])

    def __post_init__(self) -> None:
        """Token -> mention indexes."""
        self.spans = sorted(self.spans, key=lambda sp: (sp.start_char, sp.end_char))
        self.reparsed()
        self.span_starts = [sp.start_char for sp in self.spans]
        self.section_starts = [s.start for s in self.sections]
        self.quotes = quotations(self.text)
        self.colon_starts = self._colon_starts()
        self._indexes: dict[str, tuple] = {}
        self._starts: list[int] | None = None  # token start characters, made when needed
        self.actor_at: dict[int, Span] = {}
        self.date_at: dict[int, Span] = {}
        self.actor_by_char: dict[tuple[int, int], Span] = {}
        self._by_actor: dict[str, list[Span]] = {}  # actor id -> its mentions, in text order
        self.titled_at: dict[tuple, int | None] = {}  # (actor id, title forms) -> (claim_speakers.titled_before)
        self.bodies: dict[str, Span | None] = {}  # person actor id -> the body they speak for (claim_bodies)
        for span in self.spans:
            if span.label_ == "actor":
                self.actor_by_char[(span.start_char, span.end_char)] = span
                aid = (span._.norm or {}).get("actor_id")
                if aid:
                    self._by_actor.setdefault(aid, []).append(span)
                for i in range(span.start, span.end):
                    self.actor_at.setdefault(i, span)
            elif span.label_ == "date":
                for i in range(span.start, span.end):
                    self.date_at.setdefault(i, span)

    def reparsed(self) -> None:
        """Read the parse again (after a repair of the doc's heads): the heads, the verb words."""
        # token index -> its head's index (spaCy stores heads as offsets; a Token per step is slow)
        self.head_of = [i + rel for i, rel in enumerate(self.doc.to_array(HEAD).view("int64").tolist())]
        self.verb_words = self._verb_words()

    def _verb_words(self) -> list[int]:
        """Indexes of the tokens that can head a clause: verbs and auxiliaries (``verbal``) that
        are no space or punctuation, read from one array rather than a Token per word."""
        if not len(self.doc):
            return []
        pos, space, punct = self.doc.to_array([POS, IS_SPACE, IS_PUNCT]).T
        verbal = ((pos == VERB) | (pos == AUX)) & (space == 0) & (punct == 0)
        found = verbal.nonzero()[0].tolist()
        # a sentence head tagged as a noun with a subject and a clause (``Analysts forecast that``)
        extra = [s.root.i for s in self.doc.sents if mistagged_verb(s.root)]
        return sorted(set(found) | set(extra)) if extra else found

    def _colon_starts(self) -> list[tuple[int, int]]:
        """Paragraphs that open with ``Name:``: (position after the colon, paragraph end)."""
        out = []
        for s, e, _label in self.sections:
            for rule in self.rules.colons:
                m = rule.pattern.match(self.text[s:e])
                if m is not None and m.group("name").strip().lower() not in rule.excluded:
                    out.append((s + m.start("content"), e))
                    break
        return out

    def _index(self, name: str, bounds=None) -> RangeIndex:
        """A :class:`RangeIndex` of the ranges in attribute ``name`` (``bounds(item)``: an item's
        range), made again when the list was replaced or grew (``colon_starts`` gains the
        transcript turns after construction)."""
        items = getattr(self, name)
        cached = self._indexes.get(name)
        if cached is None or cached[0] is not items or cached[1] != len(items):
            cached = (items, len(items), RangeIndex(map(bounds, items) if bounds else items))
            self._indexes[name] = cached
        return cached[2]

    def mentions_of(self, actor_id: str | None) -> list[Span]:
        """The actor mentions with id ``actor_id``, in text order (none for no id)."""
        return self._by_actor.get(actor_id, []) if actor_id else []

    def spans_within(self, start: int, end: int) -> list[Span]:
        """The mentions inside ``[start, end)``, in text order (``spans`` is sorted by start)."""
        lo, hi = bisect.bisect_left(self.span_starts, start), bisect.bisect_right(self.span_starts, end)
        return [sp for sp in self.spans[lo:hi] if sp.end_char <= end]

    def in_turn(self, char: int) -> bool:
        """``char`` lies between the start of a turn's first paragraph and its end (``turns``)."""
        return self._index("turns", lambda t: (t.paras[0][0], t.end)).holds(char)

    def in_source_tail(self, char: int) -> bool:
        """``char`` lies in the words after a quotation's ``— Name,`` (``source_tails``)."""
        return self._index("source_tails").holds(char)

    def after_colon(self, char: int) -> bool:
        return self._index("colon_starts").holds(char)

    def quote_at(self, char: int) -> tuple[int, int] | None:
        """The quotation holding ``char`` (inside its marks), if any."""
        k = bisect.bisect_right(self.quotes, (char, len(self.text) + 1)) - 1
        while k >= 0:
            s, e = self.quotes[k]
            if s < char < e:
                return (s, e)
            if e <= char and k < len(self.quotes) and s < char - 20000:
                break
            k -= 1
        return None

    def is_excluded(self, char: int) -> bool:
        return self._index("excluded").holds(char)

    def overlaps_excluded(self, start: int, end: int) -> bool:
        return self._index("excluded").overlaps(start, end)

    def is_silent(self, char: int) -> bool:
        return self._index("silent").holds(char)

    def section_at(self, char: int) -> str:
        """The label of the paragraph holding ``char`` ("body" between paragraphs), by bisection
        (the sections are the paragraphs, in text order, disjoint)."""
        if not self.sections:
            return "body"
        s, e, label = self.sections[self.paragraph_index(char)]
        return label if s <= char < e else "body"

    def paragraph_index(self, char: int) -> int:
        """The index of the paragraph holding ``char`` (of the one before, between paragraphs)."""
        return max(0, bisect.bisect_right(self.section_starts, char) - 1)

    def sentence_index(self, char: int) -> int:
        """The index of the sentence unit holding ``char`` (of the one before, between units)."""
        return max(0, bisect.bisect_right(self.sent_ranges, (char, float("inf"))) - 1)

    def paragraph_of(self, char: int) -> tuple[int, int] | None:
        if not self.sections:
            return None
        s, e, _label = self.sections[self.paragraph_index(char)]
        return (s, e) if s <= char < e else None

    def actor_span(self, rec: dict | None) -> Span | None:
        """The actor span of a speaker/actor record (None for a plain phrase)."""
        if rec is None or "mention_id" not in rec:
            return None
        return self.actor_by_char.get((rec["start"], rec["end"]))

    def record_span(self, rec: dict) -> Span | None:
        """The tokens a speaker or source record covers (its ``start``/``end``, widened to whole
        tokens)."""
        return self.doc.char_span(rec["start"], rec["end"], alignment_mode="expand")

    def origin(self, span: Span) -> str:
        """The ``origin`` of an actor mention's record (``rule:group-noun``, ``ner``); "" if none."""
        return self.records[(span.start_char, span.end_char, "actor")].get("origin") or ""

    def actor_record(self, span: Span, role: str) -> dict:
        rec = copy_json(self.records[(span.start_char, span.end_char, "actor")])
        rec["role"] = role
        rec["actor_id"] = rec["norm"].get("actor_id")
        return rec

    def record(self, span: Span) -> dict:
        return copy_json(self.records[(span.start_char, span.end_char, span.label_)])

    def units(self) -> list[tuple[int, int]]:
        """Token ranges of the sentences, split further at paragraph boundaries (blank lines)."""
        breaks = sorted(set(self._paragraph_breaks()) | set(self._turn_breaks()))
        out = []
        for sent in self.doc.sents:
            out.extend(self._split_at_paragraphs(sent.start, sent.end, breaks))
        return self._rejoin_label_splits(self._rejoin_comma_splits(self._trim_space(out), breaks))

    def token_at(self, char: int) -> int:
        """The index of the first token that starts at or after ``char``."""
        return bisect.bisect_left(self._token_starts(), char)

    def _token_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [t.idx for t in self.doc]
        return self._starts

    def _turn_breaks(self) -> list[int]:
        """The first token of every transcript turn (turns printed with single line breaks)."""
        return [self.token_at(p[0]) for t in self.turns if t.kind not in ("headline", "tag") for p in t.paras]

    def _rejoin_label_splits(self, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A sentence the parser cut inside a turn label (``GOV.`` + ``REYES: …``) is one again."""
        inside = [(self.token_at(t.name[0]) + 1, self.token_at(t.colon) + 1)
                  for t in self.turns if t.kind not in ("headline", "tag")]
        if not inside:
            return units
        out: list[tuple[int, int]] = []
        for lo, hi in units:
            if out and out[-1][1] == lo and any(a <= lo < b for a, b in inside):
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
        return out

    def _rejoin_comma_splits(self, units: list[tuple[int, int]], breaks: list[int]) -> list[tuple[int, int]]:
        """A sentence the parser cut right before a comma (``… would be released`` + ``, officials
        said, as …``, after a dateline) is one sentence again: a unit opening with a comma joins
        the one before it in its paragraph."""
        out: list[tuple[int, int]] = []
        for lo, hi in units:
            if out and self.doc[lo].text == "," and lo not in breaks and out[-1][1] == lo:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
        return out

    def _paragraph_breaks(self) -> list[int]:
        """The tokens that open a unit: a word right after a whitespace token holding a blank line.
        (A token's own trailing whitespace is one space at most, so only whitespace tokens hold one.)"""
        doc = self.doc
        space = doc.to_array(IS_SPACE)
        return [int(i) + 1 for i in space[:-1].nonzero()[0]
                if not space[i + 1] and PARA_SPLIT.search(doc[int(i)].text)]

    @staticmethod
    def _split_at_paragraphs(lo: int, hi: int, breaks: list[int]) -> list[tuple[int, int]]:
        out = []
        for b in breaks[bisect.bisect_right(breaks, lo):bisect.bisect_left(breaks, hi)]:
            out.append((lo, b))
            lo = b
        out.append((lo, hi))
        return out

    def _trim_space(self, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
        doc, cleaned = self.doc, []
        for lo, hi in units:
            while lo < hi and doc[lo].is_space:
                lo += 1
            while hi > lo and doc[hi - 1].is_space:
                hi -= 1
            if hi > lo:
                cleaned.append((lo, hi))
        return cleaned

    def prior_period(self, sent_index: int) -> Span | None:
        """The single date of the nearest earlier sentence in the same paragraph that names one."""
        para = self.paragraph_of(self.sent_ranges[sent_index][0])
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


def content_mentions(ctx: DocContext, content: dict,
                     held: frozenset[str] | set[str] = frozenset()) -> dict[str, list[dict]]:
    """The mentions inside a claim's content by claim list: actors (role ``other``; no place,
    none whose mention id is in ``held``), money, dates, quantities and percentages."""
    out: dict[str, list[dict]] = {"actors": [], "money": [], "dates": [], "quantities": []}
    for sp in ctx.spans_within(content["start"], content["end"]):
        rec = ctx.record(sp)
        if sp.label_ == "actor":
            if (sp._.norm or {}).get("type") != "location" and rec["mention_id"] not in held:
                rec["role"] = "other"
                out["actors"].append(rec)
        elif sp.label_ in ("money", "date"):
            out["money" if sp.label_ == "money" else "dates"].append(rec)
        elif sp.label_ in ("quantity", "percent"):
            out["quantities"].append(rec)
    return out
