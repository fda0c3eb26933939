"""Parse repairs the attribution step needs before it reads a sentence.

``The talks, according to two diplomats, stalled over the border question.``: the small model
often makes the subject noun the root of such a sentence and hangs the verb after the aside on
the source (``diplomats … stalled``), so the sentence has no clause head and nothing is found.
A source phrase (``claim_cues.jsonl``, kind ``source_phrase``) set off by commas between a root
noun and a verb with no subject of its own that follows the closing comma is the aside of that
verb's clause: the verb becomes the root, the noun its subject, the phrase and both commas its
dependents. Every other sentence is left as parsed.
"""

from __future__ import annotations

from typing import Callable, Iterable, NamedTuple

from spacy.tokens import Doc, Span, Token

from pipeline.components.claim_clauses import particle_of
from pipeline.components.token_scan import last_doc_cache, lemma_positions
from pipeline.components.quote_marks import DOUBLE_CLOSE

_NOMINAL = frozenset(("NOUN", "PROPN"))
_SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj", "expl"))
_CLOSE_QUOTES = DOUBLE_CLOSE  # a closing mark that is never an apostrophe
_ATTACHED = frozenset(("acl", "relcl", "advcl", "conj", "appos"))


def rehead(head: Token, dependent: Token, dep: str, movers: list[Token]) -> None:
    """Hang ``dependent`` on ``head`` as ``dep`` and every token of ``movers`` on ``head`` (the
    shared last step of a parse repair that moves a noun and its words to a new head)."""
    dependent.head, dependent.dep_ = head, dep
    for tok in movers:
        tok.head = head


HeadPlan = dict[int, tuple[int, str]]  # token index -> (new head index, new label)


def planned_head(doc: Doc, plan: HeadPlan, i: int) -> int:
    """The head of token ``i`` once ``plan`` is applied."""
    return plan[i][0] if i in plan else doc[i].head.i


def planned_under(doc: Doc, plan: HeadPlan, i: int, ancestor: int) -> bool:
    """Token ``ancestor`` is token ``i`` or above it once ``plan`` is applied (False on a loop)."""
    seen = set()
    while i != ancestor and i not in seen:
        seen.add(i)
        up = planned_head(doc, plan, i)
        if up == i:
            return False
        i = up
    return i == ancestor


def acyclic(doc: Doc, plan: HeadPlan) -> bool:
    """Every token ``plan`` moves still reaches a root under the planned heads (the one guard of
    every parse repair that re-hangs several tokens at once)."""
    for i in plan:
        seen = {i}
        while planned_head(doc, plan, i) != i:
            i = planned_head(doc, plan, i)
            if i in seen:
                return False
            seen.add(i)
    return True


def apply_plan(doc: Doc, plan: HeadPlan) -> None:
    """Set the planned heads and labels."""
    for i, (head, dep) in plan.items():
        doc[i].head, doc[i].dep_ = doc[head], dep


def report_tokens(doc: Doc, rules) -> list[Token]:
    """The tokens of ``doc`` with a reporting-verb rule (``rules.report_rule``), in order: the
    passes below that repair a reporting word visit only these (a pass over every token built a
    Token object per token)."""
    return [doc[i] for i in _report_positions(doc, rules)]


@last_doc_cache
def _report_positions(doc: Doc, rules) -> list[int]:
    """The indices of :func:`report_tokens`, found once per Doc and rules (the repairs change no
    lemma or form)."""
    def reports(lemma: str, lower: str) -> bool:
        return rules.report_rule(lemma.lower(), lower) is not None

    return [i for i in lemma_positions(doc, reports) if _particle_fits(doc[i], rules)]


def _particle_fits(tok: Token, rules) -> bool:
    """A reporting word whose rule asks for a particle has it (``broke in``; not ``the meeting
    broke up``, which no repair may treat as a report)."""
    rule = rules.report_rule(tok.lemma_.lower(), tok.lower_) or {}
    return not rule.get("particle") or particle_of(tok, rule) is not None


def repair_found(items: Iterable, find: Callable, apply: Callable) -> int:
    """One repair pass: for each item in turn ``find(item)`` finds what to repair (None: nothing)
    and ``apply(item, found)`` repairs it before the next item is looked at. The number repaired."""
    repaired = 0
    for item in items:
        found = find(item)
        if found is not None:
            apply(item, found)
            repaired += 1
    return repaired


def repair_each(doc: Doc, rules, find, apply) -> int:
    """Run one repair pass over the reporting tokens of ``doc`` (:func:`report_tokens`): for each
    token ``find(tok, rules)`` finds what to repair (None: nothing), ``apply(tok, found)`` repairs
    it. Returns the number repaired (0 for a doc with no parse)."""
    if not doc.has_annotation("DEP"):
        return 0
    return repair_found(report_tokens(doc, rules), lambda tok: find(tok, rules), apply)


def _opens(doc: Doc, tok: Token, words: list[str]) -> bool:
    """``tok`` and the tokens after it spell ``words`` (lowercase)."""
    return tok.i + len(words) <= len(doc) and [t.lower_ for t in doc[tok.i:tok.i + len(words)]] == words


def _aside_verb(sent: Span, root: Token, phrase: Token, comma: Token) -> Token | None:
    """The verb right after the closing comma that the parser hung on a word before it (on the
    source or on the root noun), with no subject of its own: the clause the aside stands in."""
    verb = next((t for t in sent if t.i > comma.i and not t.is_space), None)
    while verb is not None and verb.dep_ in ("aux", "auxpass", "advmod", "neg") and verb.head.i > verb.i:
        verb = verb.head  # ``has largely held``: the verb, not its auxiliaries
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in _ATTACHED or verb.head.i >= comma.i:
        return None
    if verb.head.i != root.i and verb.head not in phrase.subtree:
        return None
    return None if any(c.dep_ in _SUBJECTS for c in verb.children) else verb


def _aside(sent: Span, words: list[str]) -> tuple[Token, Token, Token, Token] | None:
    """(root noun, source phrase, closing comma, verb) of a misparsed aside, or None."""
    root = sent.root
    if root.pos_ not in _NOMINAL:
        return None
    for phrase in root.children:
        if phrase.dep_ != "prep" or phrase.i <= root.i or not _opens(sent.doc, phrase, words) \
                or sent.doc[phrase.i - 1].text != ",":
            continue
        for comma in (t for t in sent if t.i > phrase.i and t.text == ","):  # ``the mayor, a banker,``
            verb = _aside_verb(sent, root, phrase, comma)
            if verb is not None:
                return root, phrase, comma, verb
    return None


def _first_found(sent: Span, source_rules: tuple[dict, ...], finder: Callable) -> tuple | None:
    """What ``finder(sent, words)`` finds for the first source rule (``according to``, …) that
    finds anything in ``sent``, its words lower-cased; None when none does."""
    return next((f for rule in source_rules
                 if (f := finder(sent, [w.lower() for w in rule["words"]])) is not None), None)


def _repair_sources(doc: Doc, source_rules: tuple[dict, ...], finder: Callable, apply: Callable) -> int:
    """Repair in each sentence of ``doc`` what ``finder`` finds for its first source rule
    (:func:`_first_found`) with ``apply(sent, found)``; the number repaired (0 with no parse)."""
    if not doc.has_annotation("DEP"):
        return 0
    return repair_found(list(doc.sents), lambda sent: _first_found(sent, source_rules, finder), apply)


def repair_source_asides(doc: Doc, source_rules: tuple[dict, ...]) -> int:
    """Repair every misparsed source aside of ``doc`` (module doc); the number repaired."""
    return _repair_sources(doc, source_rules, _aside, _source_aside_clause)


def _source_aside_clause(sent: Span, found: tuple) -> None:
    """Make the aside's verb the root again, the words before the aside its subject."""
    root, phrase, comma, verb = found
    movers = [c for c in root.children if c.i > verb.i or c.i in (phrase.i, phrase.i - 1)]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubjpass" if passive else "nsubj"
    for tok in movers + [comma]:
        tok.head = verb


# ------------------------------------------------------------------ ``…, the same data shows.``
_TAIL = frozenset((".", "!", "\"", "\u201d", "'", "\u2019"))


_NOUN_MODS = frozenset(("det", "amod", "compound", "poss", "case"))  # the words of a noun phrase before its noun


def _closing_tokens(sent: Span) -> list[Token]:
    """The tokens of ``sent`` without spaces and without its closing stop and quote marks."""
    toks = [t for t in sent if not t.is_space]
    while toks and toks[-1].text in _TAIL:
        toks.pop()
    return toks


def _document_report(verb: Token, rules) -> bool:
    """``verb`` has a reporting rule that takes a document for its subject (``document_object``)."""
    rule = rules.report_rule(verb.lemma_.lower(), verb.lower_)
    return rule is not None and bool(rule.get("document_object"))


def _is_document(noun: Token, rules) -> bool:
    """``noun`` (its lemma or form) is a document noun (``data``, ``figures``)."""
    return noun.lemma_.lower() in rules.documents or noun.lower_ in rules.documents


def _closing_noun_verb(sent: Span, rules) -> tuple[Token, Token, Token] | None:
    """(reporting word, its subject noun, the comma before that noun's phrase) of a sentence ending ``, <document noun phrase> <verb>``
    where the parser took the verb for a noun (``…, industry data show.``): a noun whose form is a
    reporting verb of a ``document_object`` rule, right after a document noun, after a comma."""
    toks = _closing_tokens(sent)
    if len(toks) < 4 or toks[-1].pos_ != "NOUN" or toks[-2].pos_ not in _NOMINAL:
        return None
    verb, noun = toks[-1], toks[-2]
    if not _document_report(verb, rules) or not _is_document(noun, rules):
        return None
    k = len(toks) - 3
    while k >= 0 and toks[k].head.i in (noun.i, verb.i) and toks[k].dep_ in _NOUN_MODS:
        k -= 1
    return (verb, noun, toks[k]) if k > 0 and toks[k].text == "," else None


def _closing_phrase_verb(sent: Span, rules) -> tuple[Token, Token, Token] | None:
    """Like :func:`_closing_noun_verb` for a document noun with words after it, the verb taken
    for the object of their preposition (``…, data compiled by the exchange show.``, ``…, figures
    from the statistics office show.``): (verb, document noun, comma), the noun the one word of
    the phrase after the comma that hangs outside it, only modifiers before it."""
    toks = _closing_tokens(sent)
    if len(toks) < 6 or toks[-1].pos_ != "NOUN" or toks[-1].dep_ != "pobj" or toks[-2].pos_ not in _NOMINAL:
        return None
    verb = toks[-1]
    comma = next((t for t in reversed(toks[:-1]) if t.text == ","), None)
    if not _document_report(verb, rules) or comma is None or comma.i == toks[0].i:
        return None
    inside = set(range(comma.i + 1, verb.i + 1))  # the phrase after the comma and the verb
    tops = [t for t in sent.doc[comma.i + 1:verb.i] if t.head.i not in inside]
    if len(tops) != 1 or not _is_document(tops[0], rules):
        return None
    noun = tops[0]
    lead = sent.doc[comma.i + 1:noun.i]
    return (verb, noun, comma) if all(t.dep_ in _NOUN_MODS for t in lead) else None


def _free_object(verb: Token) -> None:
    """Give the preposition that took ``verb`` for its object the noun before it instead
    (``by the exchange show``: ``exchange``), with the verb's modifiers before it."""
    mods = [c for c in verb.children if c.i < verb.i]
    if not mods:
        return
    obj = mods[-1]
    for m in mods[:-1]:
        m.head = obj
    obj.head, obj.dep_ = verb.head, "pobj"


def repair_closing_reports(doc: Doc, rules) -> int:
    """``Home sales dropped for a third month, industry data show.``: the reporting verb at the
    end of a sentence, tagged as a noun (:func:`_closing_noun_verb`), becomes the root, its
    document noun its subject, the clause before the comma what it reports. Returns the number
    repaired."""
    if not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for sent in list(doc.sents):
        found = _closing_noun_verb(sent, rules)
        in_phrase = found is None  # the verb was taken for the object of a preposition
        found = found or _closing_phrase_verb(sent, rules)
        if found is None:
            continue
        verb, noun, comma = found
        root = sent.root
        clause = root if root.i != verb.i else next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is None or clause.i > comma.i:
            continue
        if in_phrase:
            _free_object(verb)  # only now: a sentence left as parsed keeps its preposition's one object
        for t in sent.doc[comma.i + 1:noun.i]:
            if t.head.i == verb.i:
                t.head = noun  # the words of the noun phrase hang on its noun
        verb.pos_, verb.tag_ = "VERB", "VBZ" if verb.lower_.endswith("s") else "VBP"
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubj"
        if clause.i != verb.i:
            clause.head, clause.dep_ = verb, "ccomp"
        comma.head = verb
        for t in sent:
            if t.i > verb.i:
                t.head = verb
        repaired += 1
    return repaired


# ------------------------------------------------------------------ ``…, the Rural Fire Service said.``
def _closing_apposition(verb: Token, rules) -> Token | None:
    """``Two boats sank near Kerala in a storm brokered …, the Indian Coast Guard reported.``,
    ``… under a deal brokered by Qatar, the Joint Centre for … reported.``: the noun the parser
    hung as an apposition (``appos``) on the last noun of the clause that a reporting verb closing
    the sentence reports (the verb the root with that clause its ``ccomp``, or an adverbial
    clause of the sentence's root), when the verb has no subject and that noun's phrase runs
    from a comma right up to the verb; else None."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    toks = _closing_tokens(verb.sent)
    if not toks or toks[-1].i != verb.i or not _closed_clause(verb):
        return None
    noun = next((a for a in verb.doc[verb.i - 1].ancestors if a.dep_ == "appos"
                 and a.right_edge.i == verb.i - 1), None)
    if noun is None or noun.head.i > noun.i or noun.left_edge.i < 1 or verb.doc[noun.left_edge.i - 1].text != ",":
        return None
    return noun if noun.pos_ in _NOMINAL else None


def _closed_clause(verb: Token) -> bool:
    """``verb`` is the root with a reported clause before it, or an adverbial clause of the root before it."""
    if verb.dep_ == "ROOT":
        return any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    return verb.dep_ == "advcl" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i


def _closing_subject(verb: Token, noun: Token) -> None:
    """Make the apposition the verb's subject, with the comma before it, and the verb the root
    reporting the clause before it (:func:`repair_closing_appositions`)."""
    if verb.dep_ == "advcl":
        root = verb.head
        for tok in [c for c in root.children if c.i > verb.i]:
            tok.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "ccomp"
    verb.doc[noun.left_edge.i - 1].head = verb
    noun.head, noun.dep_ = verb, "nsubj"


def repair_closing_appositions(doc: Doc, rules) -> int:
    """Give every closing reporting verb the subject the parser hung on the clause it reports
    (:func:`_closing_apposition`); the number repaired."""
    return repair_each(doc, rules, _closing_apposition, _closing_subject)


# ------------------------------------------------------------------ ``X, who …, called for …``
def _relative_aside_verb(noun: Token) -> tuple[Token, Token] | None:
    """``Republican legislators, who control both chambers, called for hearings``: (the relative
    clause, the past-tense verb right after a comma that follows it) when the parser hung that
    verb on the noun or inside the relative clause as a participle (``acl``) with no subject of
    its own; else None."""
    rel = next((c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i), None)
    if rel is None:
        return None
    inside = {t.i for t in rel.subtree} | {noun.i}
    for verb in noun.doc[rel.i + 1:min(rel.right_edge.i + 3, len(noun.doc))]:
        if verb.dep_ == "acl" and _finite_past(noun, verb) and verb.head.i in inside and \
                verb.doc[verb.i - 1].text == "," and not any(c.dep_ in _SUBJECTS for c in verb.children):
            return rel, verb
    return None


def _finite_past(noun: Token, verb: Token) -> bool:
    """A past-tense verb; a past participle too when the noun is the root of its sentence (no
    other verb to be the main one: ``The OAS, which also sent observers, called for "calm"``),
    unless an agent makes it a passive (``The plan, which …, criticised by unions``)."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and noun.dep_ == "ROOT" and not any(
        c.dep_ in ("agent", "prep") and c.lower_ == "by" for c in verb.children)


def repair_relative_asides(doc: Doc) -> int:
    """Make the verb after a relative aside (:func:`_relative_aside_verb`) the clause head with the
    noun as its subject, when the noun is the root of its sentence or the subject of the root
    (``Grady, who appoints …, called for a review and said …``: ``said`` a conjunct of the verb).
    Returns the number repaired."""
    if not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for sent in list(doc.sents):
        root = sent.root
        noun = root if root.pos_ in _NOMINAL else next(
            (c for c in root.children if c.dep_ == "nsubj" and c.pos_ in _NOMINAL and c.i < root.i), None)
        found = _relative_aside_verb(noun) if noun is not None else None
        if found is None or (noun is not root and root.i < found[1].i):
            continue
        rel, verb = found
        # the noun's words after the verb, and a conjunct the parser gave the relative clause
        movers = [c for c in noun.children if c.i > verb.i] + \
            [c for c in rel.children if c.i > verb.i and c.dep_ in ("conj", "cc")]
        verb.head, verb.dep_ = verb, "ROOT"
        rehead(verb, noun, "nsubj", movers)
        if noun is not root:
            root.head, root.dep_ = verb, "conj"
        repaired += 1
    return repaired


def _appositive_aside_verb(noun: Token) -> Token | None:
    """``Ines Varga, a councillor for the Green list, called the tender "a farce"``: the
    past-tense verb right after the comma that closes the noun's appositive, which the parser
    hung inside the appositive (or on the noun itself: ``Italy's foreign minister, Lorenzo
    Ferrante, posted on X that …``) as a participle (``acl``) with no subject of its own; else None."""
    app = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i), None)
    if app is None:
        return None
    inside = {t.i for t in app.subtree} | {noun.i}
    for verb in noun.doc[app.i + 1:min(app.right_edge.i + 3, len(noun.doc))]:
        if verb.dep_ == "acl" and _finite_past(noun, verb) and verb.head.i in inside and \
                verb.doc[verb.i - 1].text == "," and not any(c.dep_ in _SUBJECTS for c in verb.children):
            return None if _headline_aside_passive(verb) else verb
    return None


def _headline_aside_passive(verb: Token) -> bool:
    """``Ex-aide John Smith, a lobbyist, charged with fraud``: on a line with no final stop (a
    headline), a verb that takes no object or clause is the passive (is charged), no active clause."""
    objects = any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children)
    return not objects and _line_last(verb).text not in _FINAL_STOPS


def repair_appositive_asides(doc: Doc) -> int:
    """Make the verb after an appositive aside (:func:`_appositive_aside_verb`) the root with the
    noun as its subject, when the noun is the root of its sentence (no verb heads it). Returns
    the number repaired."""
    if not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for sent in list(doc.sents):
        noun = sent.root
        verb = _appositive_aside_verb(noun) if noun.pos_ in _NOMINAL else None
        if verb is None:
            continue
        movers = [c for c in noun.children if c.i > verb.i]
        verb.head, verb.dep_ = verb, "ROOT"
        rehead(verb, noun, "nsubj", movers)
        repaired += 1
    return repaired


def _object_aside_clause(verb: Token, rules) -> tuple[Token, Token] | None:
    """``Analysts said the backlog, at 6 billion kronor, now covered a quarter of sales``: (the
    noun, the finite verb) when the parser made the noun the object of a reporting verb that
    takes none (``no_object``: ``said``) and hung the clause's verb, after a comma-closed aside
    that follows the noun, on the reporting verb with no subject of its own; else None."""
    if not (rules.report_rule(verb.lemma_.lower(), verb.lower_) or {}).get("no_object"):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in _NOMINAL), None)
    if noun is None or noun.right_edge.i + 1 >= len(verb.doc) or verb.doc[noun.right_edge.i + 1].text != ",":
        return None
    clause = next((c for c in verb.children if c.dep_ in ("advcl", "conj") and c.i > noun.i), None)
    if clause is None or clause.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in _SUBJECTS for c in clause.children):
        return None
    before = clause.left_edge.i - 1  # the comma that closes the aside, right before the clause
    return (noun, clause) if verb.doc[before].text == "," and before > noun.right_edge.i + 1 else None


def _clause_of_object(verb: Token, found: tuple[Token, Token]) -> None:
    """Make the noun the subject of the clause and the clause the one the verb reports, the aside
    and its commas the clause's (:func:`repair_object_asides`)."""
    noun, clause = found
    movers = [c for c in verb.children if noun.i < c.i < clause.i]
    clause.head, clause.dep_ = verb, "ccomp"
    rehead(clause, noun, "nsubj", movers)


def repair_object_asides(doc: Doc, rules) -> int:
    """Repair every reported clause whose subject the parser took for the reporting verb's object
    (:func:`_object_aside_clause`); the number repaired."""
    return repair_each(doc, rules, _object_aside_clause, _clause_of_object)


def _object_relative_clause(verb: Token, rules) -> tuple[Token, Token] | None:
    """``An economist said global prices and a weaker peso mattered more``: (the noun, the finite
    verb) when the parser made the clause's subject the object of a reporting verb that takes
    none (``no_object``: ``said``) and hung the clause's verb on that object, or on its last
    conjunct, as a reduced relative (``acl``) right after it, with no subject or subordinator of
    its own; else None. ``said a prayer written by …`` (a participle) is left alone."""
    if not (rules.report_rule(verb.lemma_.lower(), verb.lower_) or {}).get("no_object"):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in _NOMINAL), None)
    if noun is None:
        return None
    heads = [noun] + [c for c in noun.children if c.dep_ == "conj" and c.pos_ in _NOMINAL]
    for head in heads:
        clause = next((c for c in head.children if c.dep_ == "acl" and c.i == head.i + 1), None)
        if clause is not None and clause.tag_ in ("VBD", "VBZ", "VBP") \
                and not any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in clause.children):
            return noun, clause
    return None


def _clause_of_relative_object(verb: Token, found: tuple[Token, Token]) -> None:
    """Make the reduced relative the clause the verb reports and the object its subject
    (:func:`repair_object_relatives`)."""
    noun, clause = found
    clause.head, clause.dep_ = verb, "ccomp"
    noun.head, noun.dep_ = clause, "nsubj"


def repair_object_relatives(doc: Doc, rules) -> int:
    """Repair every reported clause read as a reduced relative of the reporting verb's object
    (:func:`_object_relative_clause`); the number repaired."""
    return repair_each(doc, rules, _object_relative_clause, _clause_of_relative_object)


# ------------------------------------------------------------------ ``said Coral Banks exports from …``
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
_SUBJECT_MODIFIERS = frozenset(("compound", "amod", "nmod"))


def _noun_tagged_clause(verb: Token, rules) -> tuple[Token, Token, list[Token]] | None:
    """``Tadros said Coral Banks exports from the west coast``, ``say bottom trawling releases
    as much carbon``: (the plural noun, its subject, what it takes over: :func:`_clause_tail`)
    when the object of a reporting verb that takes no plural object (``plural_clause``: ``said``;
    not ``add``: ``would add bus routes``) is a bare plural (no determiner, possessor or number)
    whose last modifier, right before it, is a noun that can be its subject, and that has no
    verb or clause of its own (``said budget cuts that hurt …``): the tagger took the clause's
    verb for the noun. A plural the verb says (``said_objects``: ``said evening prayers``)
    stays its object."""
    if not (rules.report_rule(verb.lemma_.lower(), verb.lower_) or {}).get("plural_clause"):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if noun is None or noun.tag_ != "NNS" or not noun.lower_.endswith("s") \
            or noun.lemma_.lower() in rules.words("said_objects") or noun.i + 1 >= noun.sent.end:
        return None
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children) or any(c.tag_ in _FINITE or c.dep_ in ("relcl", "acl") for c in noun.children):
        return None
    if any(t.is_punct for t in verb.doc[verb.i + 1:noun.i]):
        return None  # ``says policy 'tearing communities apart'``: a quoted phrase, no subject and verb
    subj = next((c for c in noun.children if c.right_edge.i == noun.i - 1), None)
    if subj is None or subj.dep_ not in _SUBJECT_MODIFIERS or subj.tag_ not in ("NN", "NNP", "NNPS", "VBG"):
        return None
    return noun, subj, _clause_tail(verb, noun, rules)


def _clause_tail(verb: Token, noun: Token, rules) -> list[Token]:
    """The phrases, adverbs and conjoined verbs (with their ``and``) the parser hung on ``verb``
    after its object ``noun``: the clause's own; not a conjoined reporting verb (``… and added``)."""
    conj = [c for c in verb.children if c.i > noun.i and c.dep_ == "conj"
            and rules.report_rule(c.lemma_.lower(), c.lower_) is None]
    own = ("prep", "advmod", "npadvmod") + (("cc",) if conj else ())
    return [c for c in verb.children if c.i > noun.i and c.dep_ in own] + conj


def _verb_of_noun_clause(verb: Token, found: tuple[Token, Token, list[Token]]) -> None:
    """Make the plural noun the present-tense verb of the clause ``verb`` reports, its last
    modifier its subject (the modifiers before it the subject's), with the tail the parser hung
    on ``verb`` (:func:`repair_noun_clauses`)."""
    noun, subj, movers = found
    for tok in [c for c in noun.children if c.i < subj.i]:
        tok.head = subj
    noun.pos_, noun.tag_ = "VERB", "VBZ"
    noun.head, noun.dep_ = verb, "ccomp"
    subj.head, subj.dep_ = noun, "nsubj"
    for tok in movers:
        tok.head = noun


def repair_noun_clauses(doc: Doc, rules) -> int:
    """Repair every reported clause whose verb the tagger took for the plural head of the
    reporting verb's object (:func:`_noun_tagged_clause`); the number repaired."""
    return repair_each(doc, rules, _noun_tagged_clause, _verb_of_noun_clause)


# ------------------------------------------------------------------ ``X called Y "…"``
def _described_subject(verb: Token, rules) -> Token | None:
    """``Ochoa's office called Barlow's claim "a flat-out lie" and noted …``: the noun a
    characterising verb (a ``content: object`` report rule, ``called``/``labelled``) was hung on
    as a participle (``acl``) when the verb has an object and a description in quotation marks
    after it (:func:`quoted_description`) and the noun is the subject of the sentence's root (or
    the root). ``a group called Fair Votes`` (a name, no quoted description) is left alone."""
    from pipeline.components.claim_clauses import quoted_description

    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.head.i >= verb.i:
        return None
    rule = rules.report_rule(verb.lemma_.lower(), verb.lower_)
    if rule is None or rule.get("content") != "object" or quoted_description(verb) is None:
        return None
    noun, root = verb.head, verb.sent.root
    if noun.pos_ not in _NOMINAL or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    if any(t.dep_ in ("agent", "prep") and t.lower_ == "by" for t in verb.children):
        return None  # ``the plan called "a giveaway" by critics``: a passive participle
    return noun if noun.i == root.i or (noun.dep_ in _SUBJECTS and noun.head.i == root.i) else None


def repair_described_subjects(doc: Doc, rules) -> int:
    """Make a characterising verb hung on its subject (:func:`_described_subject`) the head of its
    clause: the noun becomes its subject; a root after the verb becomes its conjunct (``… and
    noted``), or, inside the quoted description, a clause of the description. Returns the
    number repaired."""
    return repair_each(doc, rules, _described_subject, _head_described)


def _head_described(verb: Token, noun: Token) -> None:
    """Make ``verb`` the head of its clause with ``noun`` its subject (:func:`repair_described_subjects`)."""
    from pipeline.components.claim_clauses import quoted_description

    root = verb.sent.root
    desc = quoted_description(verb)
    movers = [c for c in noun.children if c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    if root.i != noun.i:
        inside = desc.i < root.i < _closing_quote(desc)
        movers += [c for c in root.children if c.i > root.i and c.is_punct and c.i == c.sent.end - 1]
        root.head, root.dep_ = (desc, "relcl") if inside else (verb, "conj")
    for tok in movers:
        tok.head = verb


def _closing_quote(desc: Token) -> int:
    """The index of the quotation mark that closes a quoted description (the sentence end if none)."""
    end = desc.sent.end
    return next((t.i for t in desc.doc[desc.i:end] if t.text in _CLOSE_QUOTES), end)


# ------------------------------------------------------------------ ``Seoul and Prague pledge to …``
def _noun_tagged_report(tok: Token, rules) -> tuple[Token, Token] | None:
    """``The mayor pledges to keep …``, ``Tokyo and Manila pledge to expand …``: (subject,
    infinitive) of a reporting verb whose infinitive is its own content (``xcomp: self`` rule)
    that the tagger took for a noun: the sentence's root, with a ``to`` infinitive right after it
    and, right before it, its subject (``nsubj``) or a noun the parser made its modifier
    (``compound``/``nmod``: a name, or a noun with its own determiner; the cue with no
    determiner or possessor of its own). ``The pledge to cut taxes``, ``the mayor's pledges to
    …``, ``Election pledges to cut taxes`` stay nouns."""
    if tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNS") or tok.dep_ != "ROOT" or tok.i == tok.sent.start:
        return None
    rule = rules.report_rule(tok.lemma_.lower(), tok.lower_)
    if rule is None or rule.get("xcomp") != "self":
        return None
    if any(c.dep_ in ("det", "poss") for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.right_edge.i == tok.i - 1), None)
    if subj is None or subj.dep_ not in ("nsubj", "compound", "nmod") or subj.pos_ not in _NOMINAL:
        return None
    if subj.dep_ != "nsubj" and subj.pos_ != "PROPN" and not any(c.dep_ == "det" for c in subj.children):
        return None  # ``Election pledges to cut taxes``: a noun phrase, no speaker
    comp = next((c for c in tok.children if c.dep_ in ("xcomp", "acl") and c.i > tok.i), None)
    if comp is None or not any(a.dep_ == "aux" and a.lower_ == "to" and a.i == tok.i + 1 for a in comp.children):
        return None
    return subj, comp


def repair_noun_reports(doc: Doc, rules) -> int:
    """Make a reporting verb taken for a noun (:func:`_noun_tagged_report`) a present-tense verb
    (``pledges`` VBZ, ``pledge`` VBP) with its subject and its infinitive. Returns the number
    repaired."""
    return repair_each(doc, rules, _noun_tagged_report, _verb_noun_report)


def _verb_noun_report(tok: Token, found: tuple[Token, Token]) -> None:
    """Make the noun-tagged ``tok`` a present-tense verb with its subject and infinitive."""
    subj, comp = found
    tok.pos_, tok.tag_ = "VERB", "VBZ" if tok.lower_.endswith("s") else "VBP"
    subj.dep_, comp.dep_ = "nsubj", "xcomp"


# ------------------------------------------------------------------ ``…, writing: "…"``
def _noun_tagged_participle(tok: Token, rules) -> str | None:
    """``The committee shared the clip within minutes, writing: "…"``: the lemma of a reporting
    participle the tagger took for a noun (``writing`` NN), hung as an adverbial clause on the
    verb before it, right after a comma, with a reported clause of its own or a colon right
    after it. ``Her writing: "…"`` (no comma, no adverbial) stays a noun."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not tok.lower_.endswith("ing") or tok.dep_ != "advcl" \
            or tok.i == 0 or tok.doc[tok.i - 1].text != "," or tok.head.i > tok.i:
        return None
    colon = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":"
    if not colon and not any(c.dep_ == "ccomp" for c in tok.children):
        return None
    rule = rules.report_rule(tok.lemma_.lower(), tok.lower_)
    return None if rule is None else rule["lemma"]


def repair_noun_participles(doc: Doc, rules) -> int:
    """Make a reporting participle taken for a noun (:func:`_noun_tagged_participle`) a present
    participle (VBG) of its reporting verb. Returns the number repaired."""
    return repair_each(doc, rules, _noun_tagged_participle, _verb_participle)


def _verb_participle(tok: Token, lemma: str) -> None:
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBG", lemma


# ------------------------------------------------------------------ ``Defenders of the system reply that …``
def _phrase_subject(prep: Token, clause: Token) -> Token | None:
    """The noun whose ``of`` (or ``with``, …) phrase holds the verb: the sentence's root noun, or
    the subject the parser gave the reported clause (``Defenders … are``)."""
    noun = prep.head
    if noun.pos_ not in _NOMINAL:
        return None
    if noun.dep_ == "ROOT" or (noun.dep_ == "nsubj" and noun.head.i == clause.i and noun.i < clause.i):
        return noun
    return None


def _noun_tagged_phrase_report(tok: Token, rules) -> tuple[Token, Token, Token] | None:
    """``Defenders of the system reply that …``, ``The head of the union claims that …``, ``The
    company's filing with the regulator projects that …``: (subject, real object of the
    preposition, reported clause) of a reporting verb the tagger took for the object of the
    subject's phrase (any preposition; the noun before it made its modifier), right before
    the ``that`` of a clause with a subject of its own; the subject is the root noun or the
    subject the parser gave that clause, and the verb's form agrees with it (``Defenders …
    reply``, ``The head … claims``)."""
    prep = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or prep.dep_ != "prep" \
            or rules.report_rule(tok.lemma_.lower(), tok.lower_) is None:
        return None
    obj = tok.doc[tok.i - 1]
    mark = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if obj.head.i != tok.i or obj.dep_ not in ("compound", "nmod") or obj.pos_ not in _NOMINAL \
            or mark is None or mark.lower_ != "that" or mark.dep_ != "mark":
        return None
    clause = mark.head
    if clause.i <= mark.i or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > mark.i for c in clause.children):
        return None
    subj = _phrase_subject(prep, clause)
    if subj is None or not (clause.head.i in (tok.i, subj.i) or clause.dep_ == "ROOT"):
        return None
    agrees = (subj.tag_ == "NNS" and tok.tag_ == "NN" and tok.lower_ == tok.lemma_.lower()) or \
        (subj.tag_ == "NN" and tok.tag_ == "NNS")
    return (subj, obj, clause) if agrees else None


def repair_phrase_reports(doc: Doc, rules) -> int:
    """Make a reporting verb hung as a noun in its subject's phrase (:func:`_noun_tagged_phrase_report`)
    the root verb again: the subject noun its subject, the noun before it the preposition's
    object (with the words before it), the ``that`` clause its complement. Returns the number
    repaired."""
    return repair_each(doc, rules, _noun_tagged_phrase_report, _root_phrase_report)


def _root_phrase_report(tok: Token, found: tuple[Token, Token, Token]) -> None:
    """Make the phrase-hung ``tok`` the root verb with its subject, object and clause (:func:`repair_phrase_reports`)."""
    subj, obj, clause = found
    root, prep = tok.sent.root, tok.head
    for c in [c for c in tok.children if c.i < obj.i]:
        c.head = obj
    obj.head, obj.dep_ = prep, "pobj"
    tok.pos_, tok.tag_ = "VERB", "VBP" if tok.tag_ == "NN" else "VBZ"
    # a root noun's words after the verb (the clause, the final stop) are the verb's
    movers = [c for c in root.children if c.i > tok.i] if root.i == subj.i else []
    tok.head, tok.dep_ = tok, "ROOT"
    subj.head, subj.dep_ = tok, "nsubj"
    for c in movers:
        c.head = tok
    clause.head, clause.dep_ = tok, "ccomp"


# ------------------------------------------------------------------ ``Company said to pick banks for IPO``
_FINAL_STOPS = frozenset((".", "!", "?", "\"", "\u201d", "'", "\u2019"))


def _line_last(tok: Token) -> Token:
    """The last word of ``tok``'s line (before a line break or the end of the text)."""
    doc, j = tok.doc, tok.i
    while j + 1 < len(doc) and "\n" not in doc[j].whitespace_ and not doc[j + 1].is_space:
        j += 1
    return doc[j]


def _headline_passive(tok: Token, words: frozenset[str]) -> Token | None:
    """``Company said to pick Kotak for Mumbai listing``, ``Lender reported to weigh bid``: the
    subject of a reporting verb of ``words`` (rules ``headline-passives``) right before it with an
    infinitive right after it, on a line with no final stop (a headline or a deck bullet, where
    ``is`` is dropped): the passive ``is said to``, whose subject speaks nothing."""
    if tok.lower_ not in words or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to":
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.right_edge.i == tok.i - 1), None)
    comp = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and has_to_at(c, tok.i + 1)), None)
    if subj is None or comp is None or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None
    return subj if _line_last(tok).text not in _FINAL_STOPS else None


def has_to_at(verb: Token, i: int) -> bool:
    return any(c.dep_ == "aux" and c.i == i for c in verb.children)


def repair_headline_passives(doc: Doc, rules) -> int:
    """Make ``X said to …`` of a headline or deck (:func:`_headline_passive`) the passive it is:
    the verb a participle, its subject a passive subject. Returns the number repaired."""
    if not doc.has_annotation("DEP"):
        return 0
    words = rules.words("headline_passives")
    repaired = 0
    for tok in doc:
        subj = _headline_passive(tok, words) if words else None
        if subj is not None:
            tok.tag_, subj.dep_ = "VBN", "nsubjpass"
            repaired += 1
    return repaired


# ------------------------------------------------------------------ ``which the CBO estimates would cost …``
_MODALS = frozenset(("would", "will", "could", "might", "may", "can", "should"))
# ------------------------------------------------------------------ ``Three members who voted no said …``
def _relative_tail_report(tok: Token, rules) -> tuple[Token, Token] | None:
    """``Three members who voted no said they believed …``: (the noun, its relative clause) of a
    past-tense reporting verb with a clause of its own that the parser hung inside a relative
    clause of the sentence's root noun (``said`` a modifier of ``voted``), with no subject of its
    own (but an object it took from the verb before it: :func:`_stolen_object`) and no
    punctuation before it; else None."""
    stolen = _stolen_object(tok)
    if tok.tag_ != "VBD" or tok.dep_ in ("ROOT", "relcl", "conj", "advcl") or tok.i == 0 \
            or (tok.dep_ == "ccomp" and stolen is None) or tok.doc[tok.i - 1].is_punct \
            or any(c.dep_ in _SUBJECTS and c != stolen for c in tok.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return None
    rel = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
    noun = rel.head if rel is not None else None
    if noun is None or noun.dep_ != "ROOT" or noun.pos_ not in _NOMINAL or noun.i > rel.i:
        return None
    return noun, rel


# ------------------------------------------------------ ``Governors I have spoken to say …``
def _stranded_report(tok: Token, rules) -> tuple[Token, Token, Token] | None:
    """(the noun, the verb of its relative clause, the stranded ``to``) of a reporting verb the
    parser hung as an infinitive on a relative clause without ``who`` whose preposition ends it
    (``Governors I have spoken to say …``, ``The mayors I speak to tell me …``: ``to`` read as
    the mark of ``say``): the clause's verb is listed (rows ``stranded_to_verbs``), right before
    ``to``, with a pronoun subject right after the noun (its auxiliaries between), and the
    reporting verb has no subject of its own; else None."""
    doc = tok.doc
    if tok.dep_ not in ("advcl", "xcomp") or tok.tag_ not in ("VB", "VBP", "VBD") or tok.i < 4:
        return None
    mark, verb = doc[tok.i - 1], tok.head
    if mark.lower_ != "to" or mark.head.i != tok.i or verb.i != tok.i - 2 \
            or verb.lemma_.lower() not in rules.words("stranded_to_verbs") \
            or any(c.dep_ in _SUBJECTS for c in tok.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PRON" and c.i < verb.i), None)
    if subj is None or subj.i == 0 or any(doc[k].dep_ != "aux" or doc[k].head.i != verb.i for k in range(subj.i + 1, verb.i)):
        return None
    noun = doc[subj.i - 1]
    hung = (verb.dep_ == "relcl" and verb.head.i == noun.i) or (noun.head.i == verb.i and noun.dep_ in ("npadvmod", "nsubj", "dep"))
    return (noun, verb, mark) if noun.pos_ in _NOMINAL and hung else None


def _verb_stranded_report(tok: Token, found: tuple[Token, Token, Token]) -> None:
    """The reporting verb takes the place of the phrase's top word, the noun its subject, the
    clause the noun's relative clause, ``to`` its preposition."""
    noun, verb, mark = found
    top = verb if noun.head.i == verb.i else noun
    movers = [c for c in top.children if c.i > tok.i]
    if top.head.i == top.i:
        tok.head, tok.dep_ = tok, "ROOT"
    else:
        tok.head, tok.dep_ = top.head, top.dep_
    rehead(tok, noun, "nsubj", movers)
    verb.head, verb.dep_ = noun, "relcl"
    mark.head, mark.dep_ = verb, "prep"


def repair_stranded_relatives(doc: Doc, rules) -> int:
    """Make a reporting verb read as the infinitive of a relative clause's stranded ``to``
    (:func:`_stranded_report`) the verb of the noun before the clause. Returns the number repaired."""
    return repair_each(doc, rules, _stranded_report, _verb_stranded_report)


def _stolen_object(tok: Token) -> Token | None:
    """``Two employees who spoke … because they feared retaliation said managers …``: the subject
    the parser gave a reporting verb it hung as the clause of the verb right before that
    subject's phrase (``feared``), a verb with no object of its own: that verb's object."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    head = tok.head
    if tok.dep_ != "ccomp" or subj is None or subj.right_edge.i != tok.i - 1 or subj.pos_ not in _NOMINAL:
        return None
    if head.pos_ != "VERB" or head.i != subj.left_edge.i - 1 or any(c.dep_ == "dobj" for c in head.children):
        return None
    return subj


def _verb_relative_tail(tok: Token, found: tuple[Token, Token]) -> None:
    """Make the reporting verb the root with the noun its subject; its words before it stay in
    the relative clause (``no`` of ``voted no``; an object it took, its verb's object)."""
    noun, rel = found
    stolen = _stolen_object(tok)
    if stolen is not None:
        stolen.head, stolen.dep_ = tok.head, "dobj"
    for c in [c for c in tok.children if c.i < tok.i]:
        c.head, c.dep_ = rel, "advmod"
    movers = [c for c in noun.children if c.i > tok.i]
    tok.head, tok.dep_ = tok, "ROOT"
    rehead(tok, noun, "nsubj", movers)


def repair_relative_tail_reports(doc: Doc, rules) -> int:
    """Make a reporting verb hung inside the relative clause of a root noun
    (:func:`_relative_tail_report`) the root of its sentence, the noun its subject. Returns the
    number repaired."""
    return repair_each(doc, rules, _relative_tail_report, _verb_relative_tail)


_RELATIVES = frozenset(("which", "that"))


def _relative_noun_report(tok: Token, rules) -> tuple[Token, Token, Token] | None:
    """``The bill, which the Congressional Budget Office estimates would cost $1.4 trillion,
    passed``: (reporting word, its subject noun, the reported verb) of a reporting verb the
    tagger took for a noun (the subject of the verb after it, its subject its modifier) right
    after a relative ``which``/``that`` and a noun phrase, before a modal and that verb."""
    verb = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "compound") or rules.report_rule(tok.lemma_.lower(), tok.lower_) is None:
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.i <= tok.i + 1 or \
            not all(t.lower_ in _MODALS and t.head.i == verb.i for t in tok.doc[tok.i + 1:verb.i]):
        return None
    subj = tok.doc[tok.i - 1]
    if subj.head.i != tok.i or subj.pos_ not in _NOMINAL:
        return None
    rel = _relative_before(tok)
    if rel is None or rel.lower_ not in _RELATIVES or rel.head.i not in (verb.i, tok.i):
        return None
    return tok, subj, verb


def _relative_before(tok: Token) -> Token | None:
    """The word before the noun phrase that ends right before ``tok`` (its modifiers, not a
    relative pronoun the parser also hung on it)."""
    start = min((c.left_edge.i for c in tok.children if c.i < tok.i and c.lower_ not in _RELATIVES), default=0)
    return tok.doc[start - 1] if start > 0 else None


def _relative_antecedent(verb: Token, rel: Token) -> Token | None:
    """The noun the relative clause of ``verb`` modifies: the verb's head when the parser made
    it the relative clause, the noun before the comma before ``which`` when it made it the root."""
    if verb.dep_ == "relcl":
        return verb.head
    before = verb.doc[rel.i - 2] if rel.i > 1 and verb.doc[rel.i - 1].text == "," else None
    return before if verb.dep_ == "ROOT" and before is not None and before.pos_ in _NOMINAL else None


def _new_root(verb: Token, noun: Token) -> Token | None:
    """The verb after the relative aside that the parser made a conjunct of the reported verb
    (``…, trims eligibility``): the clause's real head, with no subject of its own."""
    return next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
                 and verb.doc[c.i - 1].text == "," and noun.i < verb.i
                 and not any(g.dep_ in _SUBJECTS for g in c.children)), None)


def repair_relative_noun_reports(doc: Doc, rules) -> int:
    """Make a reporting verb of a relative clause taken for a noun (:func:`_relative_noun_report`)
    the verb of that clause: its noun phrase its subject, the verb after it what it reports; when
    the parser made the reported verb the root, the verb after the aside becomes the root with
    the antecedent its subject. Returns the number repaired."""
    return repair_each(doc, rules, _relative_report_parts, _verb_relative_report)


def _relative_report_parts(tok: Token, rules) -> tuple[Token, Token, Token, Token, Token | None] | None:
    """(subject noun, reported verb, relative word, antecedent, new root or None) of a relative
    noun report at ``tok`` (:func:`_relative_noun_report`) whose antecedent is found and, when the
    reported verb is the root, whose verb after the aside is found; else None."""
    found = _relative_noun_report(tok, rules)
    rel = _relative_before(tok) if found is not None else None
    ante = _relative_antecedent(found[2], rel) if rel is not None else None
    root = _new_root(found[2], ante) if ante is not None and found[2].dep_ == "ROOT" else None
    if ante is None or (found[2].dep_ == "ROOT" and root is None):
        return None
    return found[1], found[2], rel, ante, root


def _verb_relative_report(tok: Token, found: tuple[Token, Token, Token, Token, Token | None]) -> None:
    """Make ``tok`` the verb of its relative clause (:func:`repair_relative_noun_reports`)."""
    subj, verb, rel, ante, root = found
    if root is not None:
        for c in [c for c in verb.children if c.i > root.i or c.i == root.i - 1]:
            c.head = root
        root.head, root.dep_ = root, "ROOT"
        ante.head, ante.dep_ = root, "nsubj"
    for c in [c for c in tok.children if c.i < subj.left_edge.i]:
        c.head = subj  # ``the province's finance department``: the possessor is the noun's
    tok.pos_, tok.tag_ = "VERB", "VBZ" if tok.lower_.endswith("s") else "VBP"
    tok.head, tok.dep_ = ante, "relcl"
    subj.dep_ = "nsubj"
    rel.head = verb
    verb.head, verb.dep_ = tok, "ccomp"


# ------------------------------------------------------------------ ``The talks, two diplomats said, stalled``
def _set_off(verb: Token) -> int | None:
    """The index of the first word of ``verb``'s own words when they stand between two commas."""
    doc = verb.doc
    lo, hi = verb.left_edge.i, verb.right_edge.i
    if doc[hi].text == "," and hi > verb.i:
        hi -= 1
    if doc[lo].text == "," and lo < verb.i:
        lo += 1
    set_off = lo > 1 and hi + 1 < len(doc) and doc[lo - 1].text == "," and doc[hi + 1].text == ","
    return lo if set_off else None


def _reporting_aside(verb: Token) -> tuple[Token, Token] | None:
    """``That audit, The Wall Street Journal reported last year, flagged …``, ``The talks, two
    diplomats said, stalled …``: (the subject noun, the verb after the aside) of a reporting verb
    with a subject and no complement, set off by commas right after a noun, that the parser hung
    on that noun (``acl``) or on the verb after it while making the noun the root."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    lo = _set_off(verb)
    noun = verb.doc[lo - 2] if lo is not None else None
    if noun is None or noun.pos_ not in _NOMINAL:
        return None
    if verb.dep_ == "acl" and verb.head.i == noun.i and noun.dep_ == "nsubj" and noun.head.i > verb.i:
        return noun, noun.head  # the noun already the subject of the verb after the aside
    main = verb.head
    if verb.dep_ == "parataxis" and noun.dep_ == "ROOT" and main.dep_ == "acl" and main.head.i == noun.i \
            and main.i > verb.i and main.pos_ == "VERB" and not any(c.dep_ in _SUBJECTS for c in main.children):
        return noun, main
    return None


def _rooted_aside(verb: Token) -> tuple[Token, Token] | None:
    """``That audit, The Wall Street Journal reported last year, flagged …`` parsed with the
    reporting verb as the root, the noun before it an unlabelled dependent (``dep``) and the
    verb after the aside its conjunct with no subject: (the noun, that verb)."""
    if verb.dep_ != "ROOT":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    noun = next((c for c in verb.children if c.dep_ == "dep" and c.pos_ in _NOMINAL
                 and c.right_edge.i + 1 == (subj.left_edge.i - 1 if subj is not None else -1)), None)
    if noun is None or verb.doc[noun.right_edge.i + 1].text != ",":
        return None
    main = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if main is None or verb.doc[main.left_edge.i - 1].text != "," or any(c.dep_ in _SUBJECTS for c in main.children):
        return None
    return noun, main


def repair_reporting_asides(doc: Doc, rules) -> int:
    """Make a reporting aside (:func:`_reporting_aside`) a parenthetical (``parataxis``) of the
    verb after it, that verb the head of its clause with the noun its subject. Returns the
    number repaired."""
    return repair_each(doc, rules, _aside_parts, _parenthetical_aside)


def _aside_parts(verb: Token, rules) -> tuple[Token, Token] | None:
    """(noun, verb after the aside) of a reporting aside at ``verb`` (:func:`_reporting_aside`,
    :func:`_rooted_aside`); None for a reporting verb with a complement of its own (it reports that)."""
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
        return None
    return _reporting_aside(verb) or _rooted_aside(verb)


def _parenthetical_aside(verb: Token, found: tuple[Token, Token]) -> None:
    """Make ``verb`` a parenthetical of the verb after it (:func:`repair_reporting_asides`)."""
    noun, main = found
    root = verb if verb.dep_ == "ROOT" else noun if noun.dep_ == "ROOT" else None
    if root is not None:  # the root's words after the verb (the final stop) are the verb's
        for c in [c for c in root.children if c.i > main.i]:
            c.head = main
        main.head, main.dep_ = main, "ROOT"
        noun.head, noun.dep_ = main, "nsubj"
    verb.head, verb.dep_ = main, "parataxis"


# ------------------------------------------------------------------ ``The deal, argues one banker, will …``
_FRONT_LINKS = frozenset(("nsubj", "nsubjpass", "ROOT"))
_SUBJECT_LINKS = frozenset(("nsubj", "dobj", "attr"))  # how the parser hangs the subject after the verb
_FINITE = frozenset(("VBD", "VBZ", "VBP"))
_VERB_LEADS = frozenset(("aux", "auxpass", "advmod", "neg"))


class _InvertedAside(NamedTuple):
    front: Token  # the noun of the phrase that opens the sentence
    subj: Token  # the subject after the reporting verb
    tails: list[Token]  # words of the subject's phrase the parser hung on the verb (``at a Paris bank``)
    close: Token  # the comma that closes the aside
    main: Token  # the verb after the aside


def _inverted_aside(verb: Token, rules) -> _InvertedAside | None:
    """``That promise, says one diplomat, depends on …``, ``The talks, said two diplomats,
    stalled``: a reporting verb set off by commas right after the noun phrase that opens the
    sentence, its subject after it, when the parser gave the verb the fronted noun for a subject,
    or made it the root with the subject its object or that of the verb after the aside (which
    then has no subject of its own). The words after the verb have no verb of their own."""
    doc, sent = verb.doc, verb.sent
    if verb.pos_ != "VERB" or verb.tag_ not in _FINITE or verb.i - 2 < sent.start or doc[verb.i - 1].text != ",":
        return None  # (``A survey …, published Monday, showed``: a participle)
    close = next((t for t in doc[verb.i + 1:sent.end] if t.text == ","), None)
    front = _front_phrase(doc[sent.start:verb.i - 1])
    main = _verb_after(doc[close.i + 1]) if close is not None and close.i + 1 < sent.end else None
    parts = _inverted_subject(doc[verb.i + 1:close.i], verb) if main is not None and front is not None else None
    if parts is None or main.sent != sent or sent.root.i not in (verb.i, front.i, main.i):
        return None
    subj, tails = parts
    if any(c.dep_ in _SUBJECTS and c.i not in (front.i, subj.i) for c in main.children) or any(
            c.dep_ in ("ccomp", "xcomp", "dobj") and c.i not in (main.i, subj.i) for c in verb.children):
        return None
    return _InvertedAside(front, subj, tails, close, main)


def _inverted_subject(words: Span, verb: Token) -> tuple[Token, list[Token]] | None:
    """(the subject, the words of its phrase hung on ``verb``) when ``words`` are one noun phrase
    with no verb (its first word's phrase, then only prepositional phrases of ``verb``)."""
    tops = [t for t in words if not words.start <= t.head.i < words.end]
    if not tops or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    subj, tails = tops[0], tops[1:]
    if subj.left_edge.i != words.start or subj.pos_ not in ("NOUN", "PROPN", "NUM") or subj.dep_ not in _SUBJECT_LINKS \
            or subj.ent_type_ in ("DATE", "TIME") or any(t.dep_ != "prep" or t.head.i != verb.i for t in tails):
        return None
    return subj, tails


def _front_phrase(words: Span) -> Token | None:
    """The head noun of ``words`` when they are one noun phrase (one word hangs outside them)."""
    tops = [t for t in words if not t.is_punct and not words.start <= t.head.i < words.end]
    if len(tops) != 1 or tops[0].pos_ not in _NOMINAL or tops[0].dep_ not in _FRONT_LINKS \
            or any(t.text == "," or t.pos_ in ("VERB", "AUX") for t in words):
        return None  # (``X, which represents …, disputed the figure``: a subject with its clause)
    return tops[0]


def _verb_after(tok: Token) -> Token | None:
    """The finite verb whose clause opens at ``tok`` (past its auxiliaries and adverbs), else
    None (``…, saying the offer was back-loaded``: a participle). A simple past the tagger read as
    a bare participle the parser hung on the aside (``The talks, said two diplomats, stalled``:
    ``stalled`` an ``acl``/``ccomp`` with no auxiliary) counts as finite."""
    lead = tok
    while tok.dep_ in _VERB_LEADS and tok.head.i > tok.i:
        tok = tok.head
    finite = tok.tag_ in _FINITE or lead.dep_ in ("aux", "auxpass") or _bare_past(tok)
    return tok if tok.pos_ in ("VERB", "AUX") and finite else None


def _bare_past(tok: Token) -> bool:
    """``stalled`` in ``The talks, said two diplomats, stalled.``: a participle with no auxiliary
    the parser made a clause of the aside's verb or its subject (not ``…, saying``)."""
    return tok.tag_ == "VBN" and tok.dep_ in ("acl", "ccomp") and \
        not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def repair_inverted_asides(doc: Doc, rules) -> int:
    """Make an inverted reporting aside (:func:`_inverted_aside`) a parenthetical of the verb
    after it, its subject after it its own, the fronted noun the subject of that verb, that verb
    the root. Returns the number repaired."""
    return repair_each(doc, rules, _inverted_aside, _inverted_parenthetical)


def _inverted_parenthetical(verb: Token, found: _InvertedAside) -> None:
    """Apply :func:`repair_inverted_asides` when the new heads leave no loop."""
    doc, main = verb.doc, found.main
    passive = any(c.dep_ == "auxpass" for c in main.children)
    plan: HeadPlan = {main.i: (main.i, "ROOT"), found.front.i: (main.i, "nsubjpass" if passive else "nsubj"),
                      found.subj.i: (verb.i, "nsubj"), verb.i: (main.i, "parataxis"), found.close.i: (verb.i, "punct")}
    plan.update({t.i: (found.subj.i, "prep") for t in found.tails})
    for t in doc[found.close.i + 1:verb.sent.end]:  # (the final stop, a verb hung on the old root)
        if t.i not in plan and t.head.i in (verb.i, found.front.i, found.subj.i):
            plan[t.i] = (main.i, t.dep_)
    if acyclic(doc, plan):
        apply_plan(doc, plan)


# ------------------------------------------------------------------ ``X did Y, prosecutors allege, when …``
def _closing_aside(verb: Token, rules) -> Token | None:
    """``He told a colleague that the boat was a gift, prosecutors allege, when in fact …``: the
    root of the sentence a reporting verb with a subject and no complement reports, when the
    parser hung that verb, after a comma and its subject, on a word of the clause before it
    (``conj``, ``parataxis``, ``advcl``, or a second ``ccomp`` of a verb that has its complement)
    and its own words end the sentence or a comma follows."""
    rule = rules.report_rule(verb.lemma_.lower(), verb.lower_) if verb.pos_ == "VERB" else None
    if verb.dep_ not in ("conj", "parataxis", "advcl", "ccomp") or verb.head.i > verb.i and not _hung_on_next(verb) \
            or rule is None:
        return None
    root = verb.sent.root  # found for reporting verbs alone: a sentence walk per word was quadratic
    if root.i >= verb.i or verb.head.i > verb.i and verb.head.head.i != root.i:
        return None
    if verb.dep_ == "ccomp" and not any(c.dep_ in ("ccomp", "dobj") and c.i < verb.i for c in verb.head.children):
        return None  # the complement of the verb before it, unless that verb has one already
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.right_edge.i + 1 != verb.i or verb.doc[subj.left_edge.i - 1].text != "," or any(
            c.dep_ in ("ccomp", "xcomp", "dobj", "cc", "mark") for c in verb.children):
        return None
    if subj.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children):
        return None  # ``…, a reading most legal experts reject``: a noun and its relative clause
    end = _particle_end(verb, rule)
    nxt = verb.doc[end] if end is not None and end < len(verb.doc) else None
    return root if end is not None and (nxt is None or nxt.text in (",", ".", ";") or nxt.is_space) else None


def _particle_end(verb: Token, rule: dict) -> int | None:
    """Where the reporting words end: after the verb, or after its rule's particle right after it
    (``…, the minister went on.``); None when the rule's particle is missing."""
    particle = rule.get("particle")
    if not particle:
        return verb.i + 1
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return verb.i + 2 if nxt is not None and nxt.lower_ == particle and nxt.head.i == verb.i else None


def _hung_on_next(verb: Token) -> bool:
    """``X is weighing a sale, people familiar with the matter said, after profits fell``
    parsed with the aside a ``parataxis`` of the verb of the clause after it: that clause opens
    with a subordinator right after the aside's closing comma (``after``, ``as``, ``when``)."""
    head, doc = verb.head, verb.doc
    nxt = verb.i + 1
    if verb.dep_ != "parataxis" or nxt + 1 >= len(doc) or doc[nxt].text != ",":
        return False
    return doc[nxt + 1].dep_ == "mark" and doc[nxt + 1].head.i == head.i


def repair_closing_asides(doc: Doc, rules) -> int:
    """Make a reporting aside after the clause it reports (:func:`_closing_aside`) the root of
    its sentence, the old root what it reports. Returns the number repaired."""
    return repair_each(doc, rules, _closing_aside, _root_closing_aside)


def _root_closing_aside(verb: Token, root: Token) -> None:
    """Make the closing aside ``verb`` the root, the old ``root`` what it reports."""
    for c in [c for c in root.children if c.i > verb.i and c.dep_ == "punct"]:
        c.head = verb  # the final stop; ``when in fact …`` stays in the clause reported
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "ccomp"


# ------------------------------------------------------------------ ``Maclean’s: Officials say …``
_LABEL_SUBJECTS = frozenset(("nsubj", "nsubjpass", "dep"))


def _label_tokens(doc: Doc, start: int, colon: int) -> tuple[set[int], int] | None:
    """The tokens of a turn label (``[start, colon]``, the colon included) and the index of the
    first token after it, when the label and the statement after it share a sentence; a label the
    parser cut after a title (``SEN.`` + ``TED BRANNIGAN (R-Texas): The Secretary said …``) from
    the words in that sentence."""
    span = doc.char_span(start, colon + 1, alignment_mode="expand")
    if span is None or not len(span) or span.end >= len(doc) or doc[span.end].sent.start >= span.end:
        return None
    return set(range(max(span.start, doc[span.end].sent.start), span.end)), span.end


def _label_as_root(doc: Doc, label: set[int], first: int) -> bool:
    """``MacLellan: Our lawyers are confident …`` parsed with the name as the root and the
    statement's verb as its modifier: the verb becomes the root, the label its modifier."""
    top = next((doc[i] for i in sorted(label) if doc[i].head.i == i), None)
    if top is None:
        return False
    sent = doc[first].sent
    hung = [t for t in sent if t.i >= first and t.head.i in label]
    verb = next((t for t in hung if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    top.head, top.dep_ = verb, "npadvmod"
    for t in hung:
        if t.i != verb.i:
            t.head = verb
    return True


def _label_as_subject(doc: Doc, label: set[int], first: int) -> bool:
    """``Maclean’s: Federal officials say …`` parsed with the name as a subject of the
    statement's verb: the name is no word of the clause (the subject after the colon is; a phrase
    hung on the label that opens the statement, :func:`_hung_subject`, becomes the subject:
    ``Q: Adler says …``, ``REPORTER (Anneke Vos, Reuters): The German defence minister said …``)."""
    tops = [doc[i] for i in sorted(label) if doc[i].head.i >= first and doc[i].dep_ in _LABEL_SUBJECTS]
    if not tops:
        return False
    verb = tops[0].head
    tops = [t for t in tops if t.head.i == verb.i]
    own = [c for c in verb.children if c.i >= first and c.dep_ in ("nsubj", "nsubjpass", "expl")]
    appos = None if own else _hung_subject(doc, label, first, verb, tops[0])
    if not own and appos is None:
        return False
    if appos is not None:
        appos.head, appos.dep_ = verb, tops[0].dep_ if tops[0].dep_ != "dep" else "nsubj"
    for top in tops:
        top.dep_ = "npadvmod"
    return True


def _hung_subject(doc: Doc, label: set[int], first: int, verb: Token, top: Token) -> Token | None:
    """The statement's subject the parser hung on the label: an apposition of the label's subject
    before the verb (``Q: Adler says``), else a nominal apposition or conjunct of any label word
    that opens the statement and ends right before the verb, but for punctuation (``REPORTER
    (Haruka Ishibe, Nikkei Asia): China's foreign ministry spokesperson, Guo Weilin, said``;
    ``… (Oksana Hrytsenko, The Kyiv Independent): White House Deputy Chief of Staff Dorian Pell
    wrote``)."""
    appos = next((c for c in top.children if c.i >= first and c.dep_ == "appos" and c.i < verb.i), None)
    if appos is not None:
        return appos
    return next((t for t in doc[first:verb.i] if t.head.i in label and t.dep_ in ("appos", "conj")
                 and t.pos_ in ("NOUN", "PROPN", "PRON") and t.left_edge.i == first
                 and all(doc[k].is_punct for k in range(t.right_edge.i + 1, verb.i))), None)


def repair_turn_labels(doc: Doc, labels: list[tuple[int, int]]) -> int:
    """Take every transcript turn label (``(start, colon)`` characters) out of the clause the
    parser made it part of (:func:`_label_as_root`, :func:`_label_as_subject`); the number
    repaired."""
    if not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for start, colon in labels:
        found = _label_tokens(doc, start, colon)
        if found is not None and (_label_as_root(doc, *found) or _label_as_subject(doc, *found)):
            repaired += 1
    return repaired


# ------------------------------------------------------------ ``Henrik, the AI Office said …``
#: words of a name a turn's sentence may open with to address someone (``Secretary Hale,``)
MAX_VOCATIVE_WORDS = 4


def _phrase_end(doc: Doc, first: int, vocatives: frozenset[str]) -> int:
    """The end of a form of address opening at ``first``: proper nouns (at most
    :data:`MAX_VOCATIVE_WORDS`: ``Secretary Hale``), else a listed one (rows ``vocative`` of
    ``claim_turns.jsonl``: ``honourable Members``, ``colleagues``); ``first`` when none."""
    k = first
    while k < len(doc) and k - first < MAX_VOCATIVE_WORDS and doc[k].pos_ == "PROPN":
        k += 1
    if k > first:
        return k
    for n in range(MAX_VOCATIVE_WORDS, 0, -1):
        if first + n <= len(doc) and doc[first:first + n].text.lower() in vocatives:
            return first + n
    return first


def _address_end(doc: Doc, first: int, vocatives: frozenset[str]) -> tuple[int, int] | None:
    """(the end of the first form of address, the comma closing the last one) of a run of forms
    of address set off by commas opening a sentence (``Mr President, Commissioner, honourable
    Members, …``)."""
    end = _phrase_end(doc, first, vocatives)
    if end == first or end >= len(doc) or doc[end].text != ",":
        return None
    k = end
    while True:
        nxt = _phrase_end(doc, k + 1, vocatives)
        if nxt == k + 1 or nxt >= len(doc) or doc[nxt].text != "," or doc[nxt].sent != doc[first].sent:
            return end, k
        k = nxt


def _vocative(doc: Doc, first: int, vocatives: frozenset[str] = frozenset()) -> tuple[Token, Token | None] | None:
    """(the head word, the subject hung on it) of a name that opens a sentence of a transcript
    turn, set off by a comma, which the parser made a subject of a verb that has a subject of its
    own after the comma (``Henrik, the AI Office said …``, ``Secretary Hale, your department told
    …``) or that has the subject after the comma as its apposition, with no comma closing it
    before the verb, its auxiliaries aside (``Omar, regulators in Arizona said …``, ``Mr Pietsch,
    the Greens are demanding …``; not ``Omar, the founder, said``).
    The name is proper nouns alone (not ``The President, …``) or a listed form of address
    (``honourable Members``), maybe several in a row (``Mr President, Commissioner, our farmers
    say …``: the subject is the apposition after the last), and no list of subjects is one
    (``The President, the Vice President and I agreed``, ``Ortega, Briggs and Hale all said``)."""
    found = _address_end(doc, first, vocatives)
    if found is None:
        return None
    end, k = found
    words = range(first, end)
    top = next((doc[i] for i in words if doc[i].head.i not in words), None)
    if top is None or top.dep_ not in ("nsubj", "nsubjpass") or doc[first].sent != doc[k].sent or top.head.i <= k \
            or _listed(top):
        return None
    verb = top.head
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > k for c in verb.children):
        return top, None
    appos = max((c for c in top.children if c.dep_ == "appos" and c.i > k), key=lambda c: c.i, default=None)
    return (top, appos) if appos is not None and _right_before(appos, verb) and not _listed(appos) else None


def _right_before(phrase: Token, verb: Token) -> bool:
    """``phrase`` ends right before ``verb``, but for the verb's auxiliaries and negation (``Mr
    Pietsch, the Greens are demanding …``)."""
    doc = verb.doc
    return phrase.right_edge.i < verb.i and all(doc[k].head.i == verb.i and doc[k].dep_ in ("aux", "auxpass", "neg")
                                                for k in range(phrase.right_edge.i + 1, verb.i))


def _listed(tok: Token) -> bool:
    """``tok`` heads a coordination (``the Vice President and I``): one of a list of subjects."""
    return any(c.dep_ in ("cc", "conj") for c in tok.children)


def repair_turn_vocatives(doc: Doc, ranges: list[tuple[int, int]], vocatives: frozenset[str] = frozenset()) -> int:
    """A name addressed at the start of a turn's sentence (:func:`_vocative`) is no subject: it
    becomes a modifier of the verb (``npadvmod``, as the parser tags ``Nora, the governor told
    …``); the number repaired. ``ranges``: the text of the transcript turns; ``vocatives``: the
    listed forms of address besides names (rows ``vocative``: ``honourable Members``)."""
    if not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for start, end in ranges:
        span = doc.char_span(start, end, alignment_mode="expand")
        firsts = {span.start} | {s.start for s in span.sents if s.start >= span.start} if span is not None else set()
        for first in sorted(firsts):
            found = _vocative(doc, first, vocatives)
            if found is not None:
                top, appos = found
                if appos is not None:  # ``Omar, regulators in Arizona said``: the subject
                    rehead(top.head, appos, top.dep_, [])
                top.dep_ = "npadvmod"
                repaired += 1
    return repaired


# ------------------------------------------------- ``According to the station’s own audited statements, …``
def _split_source_phrase(sent: Span, words: list[str]) -> tuple[Token, Token, Token, Token] | None:
    """(the phrase's last word, its cut object, the participle, the main verb) of ``According to the
    station’s own`` + ``audited financial statements, WKRL ran …``: the parser took a modifier for the
    object and the participle after it for a verb of its own (its object the real head noun), the
    phrase hung on it; the participle's words end at the comma before the main clause."""
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    if first is None or not _opens(sent.doc, first, words):
        return None
    last = sent.doc[first.i + len(words) - 1]
    obj = next((c for c in last.children if c.dep_ == "pobj"), None)
    verb = first.head
    if obj is None or obj.pos_ != "ADJ" or verb.i != obj.i + 1 or verb.tag_ not in ("VBN", "VBD") or \
            verb.dep_ != "advcl" or verb.head.i <= verb.i:
        return None
    end = verb.right_edge
    noun = sent.doc[end.i]
    if noun.pos_ not in _NOMINAL or noun.head.i != verb.i or end.i + 1 >= sent.end or \
            sent.doc[end.i + 1].text != "," or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    return last, obj, verb, noun


def repair_split_source_phrases(doc: Doc, source_rules: tuple[dict, ...]) -> int:
    """Make the head noun after a split opening source phrase its object again, the cut modifier
    and the participle its modifiers, the phrase an adjunct of the main verb (:func:`_split_source_phrase`)."""
    return _repair_sources(doc, source_rules, _split_source_phrase, _join_source_phrase)


def _join_source_phrase(sent: Span, found: tuple) -> None:
    """The head noun the phrase's object again, the cut modifier and the participle its modifiers."""
    last, obj, verb, noun = found
    main = verb.head
    first = next(t for t in sent if not t.is_space and not t.is_punct)
    for tok in [c for c in obj.children] + [c for c in verb.children if c.i != noun.i]:
        tok.head = noun
    noun.head, noun.dep_ = last, "pobj"
    obj.head, obj.dep_ = noun, "amod"
    verb.head, verb.dep_ = noun, "amod"
    first.head = main


def _adverbial_name_subject(tok: Token, rules) -> Token | None:
    """``Marchant pressed ministers to publish …``: a finite reporting verb with no subject whose
    ``npadvmod`` right before it is a person's or an organisation's name (the parser took the
    name for a bare adverbial noun); not ``Monday said`` (a date), not a verb with a subject."""
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children):
        return None
    name = tok.doc[tok.i - 1]
    if name.head.i != tok.i or name.dep_ != "npadvmod" or name.pos_ != "PROPN":
        return None
    return name if name.ent_type_ in ("PERSON", "ORG") else None


def repair_adverbial_subjects(doc: Doc, rules) -> int:
    """Make the name a reporting verb has as a bare adverbial (:func:`_adverbial_name_subject`)
    its subject. Returns the number repaired."""
    return repair_each(doc, rules, _adverbial_name_subject, _name_as_subject)


def _name_as_subject(tok: Token, name: Token) -> None:
    """The name right before ``tok`` is its subject."""
    name.dep_ = "nsubj"
