"""Clause structure of one sentence unit: clause heads, which head owns each token, reporting
frames (a reporting verb and the clauses it reports), and subjects.

Clause heads are verbs (and a verbless ROOT) that head a clause: ``ROOT``, ``conj`` of a head,
finite ``ccomp``/``advcl``/``relcl``, participial ``acl`` with its own subject or amount/date,
``parataxis``; ``xcomp``/``pcomp`` only under a reporting verb. Every token belongs to the
nearest clause head above it.
"""

from __future__ import annotations

import bisect
import re
from typing import Callable, Iterable, NamedTuple

from spacy.tokens import Span, Token

from pipeline.tokens import list_head
from pipeline.components.claim_anonymity import anonymity_request
from pipeline.components.claim_context import DocContext, is_location, mistagged_verb
from pipeline.components.claim_clefts import cleft_focus
from pipeline.components.claim_rules import Rules
from pipeline.components.claim_document_gates import document_refused
from pipeline.components.claim_holders import no_holder, opens_quote
from pipeline.components.claim_idioms import idiom_rule
from pipeline.components.claim_quotes import SELF_PRONOUNS
from pipeline.components.quote_marks import CLOSE_QUOTES, OPEN_QUOTES, STRAIGHT_SINGLE, closing_marks

SUBJ_DEPS = {"nsubj", "csubj", "expl"}
OBJ_DEPS = {"dobj", "dative", "iobj", "oprd", "nsubjpass", "obj"}
OBJ_PREPS = {"to", "with", "against", "toward", "towards", "into"}
_SUM_ENTITIES = ("MONEY", "QUANTITY", "CARDINAL", "PERCENT")
VAGUE_REFS = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
#: conjunctions the parser may read as prepositions (``after a forensic audit … found``)
_SUBORDINATORS = frozenset(("after", "before", "since", "until", "as", "when", "while"))



#: how many tokens a comma aside after a reported subject may run (``, first reported in … on Jan. 10,``)
_ASIDE_REACH = 16


def _subject_before_aside(obj: Token) -> bool:
    """Is the object of a say verb the subject of the clause said, the parser misled by a comma
    aside after it (``said the plan, approved by cabinet in May, would cut …``: an auxiliary or
    modal right after the aside, its verb with no subject of its own)?"""
    doc, end = obj.doc, obj.right_edge.i + 1
    if end >= len(doc) or doc[end].text != ",":
        return False
    close = next((t for t in doc[end + 1:min(len(doc), end + _ASIDE_REACH)] if t.text == "," or t.is_sent_start), None)
    if close is None or close.is_sent_start or close.i + 1 >= len(doc):
        return False
    aux = doc[close.i + 1]
    if aux.tag_ != "MD" and not (aux.lemma_ in ("have", "be") and aux.tag_ in ("VBD", "VBZ", "VBP")):
        return False
    verb = aux.head if aux.dep_ in ("aux", "auxpass") else aux
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)

class SourcePhrase(NamedTuple):
    """``according to X`` / ``citing X``: the speaker X, the cue words, the tokens of the phrase."""
    speaker: dict
    cue: dict
    tokens: set[int]


class Subject(NamedTuple):
    token: Token | None
    how: str                    # own | inherited | control | relative | none


# ------------------------------------------------------------------------------------ token tests
#: entity labels of an amount a figure is put at (``put losses at 9 billion koruna``)
_AMOUNT_ENTITIES = frozenset(("MONEY", "PERCENT", "QUANTITY", "CARDINAL"))
#: subjects of a reported clause that may be the speaker again (``said she welcomed … but worried``)
_PRONOUN_SUBJECTS = frozenset("i we he she they it you".split())
#: object pronouns of a person or people (``asked him``, ``believe them``)
_PRONOUN_OBJECTS = frozenset("him her them me us you".split())


def verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or mistagged_verb(tok)


def has_to(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def finite(tok: Token) -> bool:
    if tok.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in tok.children)


def passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


ADJECTIVE_DEPS = ("acomp", "oprd")  # the adjective a copula carries


def adjective_cue(tok: Token, rules) -> Token | None:
    """``Investors are worried that …``, ``Officials were confident the bridge …``: the cue
    adjective (rules ``adjective``) a copula carries, when a clause after it (on the copula or on
    the adjective) says what its subject holds; never an expletive (``it is certain that``)."""
    if tok.lemma_.lower() in rules.words("resultative_verbs"):
        return _resultative_cue(tok, rules)
    if tok.lemma_.lower() not in rules.copulas:
        return None
    # ``seemed skeptical that …``: the parser makes the adjective of ``seem`` an oprd as often
    adj = next((c for c in tok.children if c.dep_ in ADJECTIVE_DEPS and c.lower_ in rules.adjectives), None)
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if adj is None or subj is None or subj.dep_ == "expl" or subj.lower_ in ("it", "there", "this", "that"):
        return None
    clauses = [c for c in (*tok.children, *adj.children) if c.dep_ == "ccomp" and c.i > adj.i]
    return adj if clauses else None


def _resultative_cue(tok: Token, rules) -> Token | None:
    """``The chancellor made clear that taxes would not rise``, ``She has made it plain she will
    not run``: an adjective rule marked ``resultative`` right after a verb of ``resultative_verbs``
    (``make``; or after its ``it``), in the verb's phrase (the parser may hang it on the clause's
    subject: ``made clear the status quo is …``), with a finite clause of the verb or the adjective
    after it and a subject of the verb that is no expletive. Not ``made clear the risks`` (no
    clause), ``made the roads clear`` (the adjective not right after the verb)."""
    doc = tok.doc
    k = tok.i + 2 if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "it" else tok.i + 1
    adj = doc[k] if k < len(doc) else None
    if adj is None or adj.tag_ != "JJ" or not (rules.adjectives.get(adj.lower_) or {}).get("resultative"):
        return None
    subj = child(tok, ("nsubj",))
    if subj is None or subj.lower_ in ("it", "there") or not tok.left_edge.i <= adj.i <= tok.right_edge.i:
        return None
    clauses = [c for c in (*tok.children, *adj.children) if c.dep_ in ("ccomp", "advcl", "csubj") and c.i > adj.i
               and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)]
    return adj if clauses else None


def own_statement(noun: Token) -> bool:
    """A statement noun with no possessor or a possessive pronoun (``her claim``, ``the
    warning``), not one a named possessor holds (``the agency's position``) nor one a participle
    gives an agent (``a claim made by the Bar Council that …``: the agent's statement)."""
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and child(c, ("agent",)) is not None for c in noun.children):
        return False
    return all(c.tag_ == "PRP$" for c in noun.children if c.dep_ == "poss")


_FUTURE = frozenset({"will", "'ll", "wo", "shall"})


def other_sense(tok: Token, rule: dict) -> bool:
    """The verb in a sense that states nothing, as the rule's keys say: ``not_with`` (a preposition
    it takes with no clause: ``I think about that night``), ``no_future`` (a vow to act: ``we will
    defend every vote``), ``no_modal`` (a modal of these words: ``the board could decide to …``), ``no_infinitive`` (``stood
    to benefit``), ``not_after`` (the purpose of a verb such as ``corrected``: ``This story
    has been corrected to show that …``, the outlet's own correction)."""
    if rule.get("not_with") and child(tok, ("ccomp",)) is None and any(
            c.dep_ == "prep" and c.lower_ in rule["not_with"] for c in tok.children):
        return True
    if rule.get("no_future") and any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in tok.children):
        return True
    if rule.get("no_modal") and any(c.dep_ == "aux" and c.lower_ in rule["no_modal"] for c in tok.children):
        return True  # ``the board could still decide to keep it``: a possibility, no decision
    if rule.get("no_infinitive") and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in tok.children):
        return True  # ``whose clients stood to benefit``, ``stands to lose``: a prospect, no stance
    if rule.get("particle") and particle_of(tok, rule) is None:
        return True  # ``fired 200 workers``, ``shot a video``: only ``fired back`` answers
    return bool(rule.get("not_after")) and tok.dep_ in ("xcomp", "advcl") \
        and tok.head.lemma_.lower() in rule["not_after"]


def conceded(tok: Token, rule: dict, rules: Rules) -> bool:
    """A negated verb of a ``negated_cue`` rule that still states (``did not deny that …``, ``has
    not ruled out …``); not ``would neither confirm nor deny``, which withholds; for
    ``negated_cue: content`` only with a clause or a noun object (not ``did not deny it``)."""
    verbs = (tok, tok.head) if tok.dep_ == "conj" else (tok,)
    if rule.get("negated_progressive") and disclaimed(tok, rules):
        return True  # ``We are not saying heat makes you die sooner``: a claim disowned is still made
    if rule.get("refusal_modals") and refused_noun(tok, rule["refusal_modals"]):
        return True  # ``would not confirm the figures``: a refusal leaves them open (as ``declined to confirm``)
    if rule.get("negated_cue") == "content" and not any(
            c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")) for c in tok.children):
        return False  # ``did not deny it``: no content (``did not dispute the figures`` concedes them)
    return bool(rule.get("negated_cue")) and not any(
        c.lower_ in ("neither", "nor") for v in verbs for c in v.children)


def _tagged_quotation(text: str, quote: tuple[int, int]) -> bool:
    """``“…,” Mayor Tom Reyes said``, ``“…?” asked the mayor``: a quotation whose closing mark
    follows a comma or a dash, or a ``?``/``!`` with a lower-case word right after the mark, goes on
    with words of its own sentence (its own attribution): no colon before it introduces it."""
    inner = text[quote[1] - 2:quote[1] - 1]
    if inner and inner in ",\u2014\u2013":
        return True
    rest = text[quote[1]:quote[1] + 3].lstrip(" \u00a0")
    return bool(inner) and inner in "?!" and rest[:1].islower()


def refused_noun(tok: Token, modals: Iterable[str]) -> bool:
    """``would not confirm the account``, ``won't confirm the figure``: a negated verb with a modal
    of refusal (the rule's ``refusal_modals``) and a noun object; not ``did not confirm the
    reports`` (no refusal) nor ``would not confirm it`` (a pronoun names nothing)."""
    return any(c.dep_ == "aux" and c.lower_ in modals for c in tok.children) and any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children)


def disclaimed(tok: Token, rules: Rules) -> bool:
    """``I'm not saying the plan is perfect``, ``we are not saying …``: a negated progressive of
    the first person with a reported clause (the speaker disowns a reading of their own words);
    not ``did not say whether …`` (no progressive), ``they are not saying where`` (no clause).
    Word lists ``disclaimer_subjects`` (I, we) and ``disclaimer_be_forms`` ('m, 're, am, are)."""
    subj = child(tok, ("nsubj",))
    be_forms = rules.words("disclaimer_be_forms")
    return tok.tag_ == "VBG" and subj is not None and subj.lower_ in rules.words("disclaimer_subjects") \
        and any(c.dep_ == "aux" and (c.lemma_.lower() == "be" or c.lower_ in be_forms) for c in tok.children) \
        and any(c.dep_ == "ccomp" and not any(m.tag_ in ("WRB", "WP") or m.lower_ in ("whether", "if")
                                              for m in c.children if m.i < c.i) for c in tok.children)


def as_verdict(tok: Token, rule: dict) -> bool:
    """``ruled out the testimony as hearsay``: for a rule with ``not_as`` an ``as`` complement
    of the verb or its object makes a procedural verdict on a thing, no statement."""
    if not rule.get("not_as"):
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    heads = (tok, obj) if obj is not None else (tok,)
    return any(c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i for h in heads for c in h.children)


def defers_to_gerund(sent: "Sentence", tok: Token, rule: dict) -> bool:
    """``I remember thinking, we are a city …``, ``remember saying that …``: for a rule with
    ``gerund_defers`` a reporting gerund as its complement is the cue (the golds mark
    ``thinking``); the memory verb around it reports nothing of its own."""
    return bool(rule.get("gerund_defers")) and any(
        c.dep_ == "xcomp" and c.tag_ == "VBG" and sent.report_rule(c) is not None for c in tok.children)


def particle_report(tok: Token, rules) -> dict | None:
    """The rule of ``tok`` with the particle right after it (kind ``particle_report``: ``ruled
    out``, ``did not rule out``), whatever rule its lemma has alone (``ruled that …``)."""
    prt = particle_of(tok, None) if rules.particle_reports else None
    return rules.particle_reports.get((tok.lemma_.lower(), prt.lower_)) if prt is not None else None


def particle_of(tok: Token, rule: dict | None) -> Token | None:
    """The particle right after the verb (``pointed out``); for a rule with ``particle`` that
    word only, parsed as a particle or an adverb (``shot back``, ``fired back``)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.head.i != tok.i:
        return None
    if rule is not None and rule.get("particle"):
        return nxt if nxt.lower_ == rule["particle"] and nxt.dep_ in ("prt", "advmod") else None
    return nxt if nxt.dep_ == "prt" else None


def _share_at(tok: Token, prep: str, shares: Iterable[str]) -> bool:
    """A ``prep`` phrase of ``tok`` (after it) whose object holds a share: a PERCENT entity or a
    number followed by one of ``shares`` (rule ``placement_shares``: ``on 31%``, ``on 38 percent``,
    ``on 12 seats``); not a plain count (``put the blame on 2 former directors``)."""
    obj = _prep_object(tok, prep)
    if obj is None:
        return False
    words = [tuple(w.split()) for w in shares]
    return any(t.ent_type_ == "PERCENT" or t.like_num and _followed_by(t, words) for t in obj.subtree)


def _prep_object(tok: Token, prep: str) -> Token | None:
    """The object of the first ``prep`` phrase of ``tok`` after it (``at 9 billion`` of ``put …
    at 9 billion``, ``on 31%``); None when there is no such phrase or it has no object."""
    phrase = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == prep and c.i > tok.i), None)
    return child(phrase, ("pobj",)) if phrase is not None else None


def _followed_by(tok: Token, phrases: list[tuple[str, ...]]) -> bool:
    """The tokens right after ``tok`` spell one of ``phrases`` (lower case, word by word)."""
    doc = tok.doc
    return any(tuple(t.lower_ for t in doc[tok.i + 1:tok.i + 1 + len(p)]) == p for p in phrases)


def _filled_object(that: Token) -> bool:
    """``that both sides had agreed to continue technical discussions``: a ``that`` the parser
    read as the object of a verb that has a direct object of its own after it is no relative
    pronoun (the verb has no gap for it to fill): it opens a clause with a subject of its own."""
    return that.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i > that.i for c in that.head.children)


def child(tok: Token, deps: Iterable[str]) -> Token | None:
    deps = set(deps)
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def agent_complement(noun: Token, charge_verbs: frozenset[str]) -> Token | None:
    """The ``as``/``for``/``of`` phrase the parser hung on a passive verb's agent that says what
    the subject is or did (``praised by the mayor as …``, ``blamed by inspectors for the
    collapse``, ``accused by regulators of hiding defects``); not a phrase inside a name (``the
    Center for …``) nor ``of`` + a noun (``members of Congress``): ``of`` + a gerund only, or
    any noun after one of the ``charge_verbs`` (``charge_verbs`` word list of claim_cues.jsonl)."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "agent":
        return None
    charge = noun.head.head.lemma_.lower() in charge_verbs
    for c in noun.children:
        if c.dep_ != "prep" or c.i < noun.i or c.ent_type_:
            continue
        obj = child(c, ("pobj", "pcomp"))
        gerund = obj is not None and (obj.tag_ == "VBG" or obj.left_edge.lower_.endswith("ing"))
        # ``accused by environmental groups of hypocrisy``: a charge, not ``members of Congress``
        charged = charge and obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_
        if c.lower_ in ("as", "for") or (c.lower_ == "of" and (gerund or charged)):
            return c
    return None


def word(text: str, start: int, end: int, lemma: str) -> dict:
    return {"text": text[start:end], "lemma": lemma, "start": start, "end": end}


def descriptive_date(span: Span) -> bool:
    """Durations/sets that describe a noun or a rate (``a nine-month extension``, ``a year``)."""
    norm = span._.norm or {}
    if norm.get("timex_type") not in ("DURATION", "SET"):
        return False
    return span.root.dep_ in ("amod", "compound", "nmod", "npadvmod", "nummod") or \
        span.text.lower().startswith(("a ", "an ", "per ", "every "))


def top_child(tok: Token, head: Token) -> Token | None:
    """The ancestor of ``tok`` (or ``tok``) that is a direct child of ``head``."""
    cur = tok
    while cur.head.i != cur.i:
        if cur.head.i == head.i:
            return cur
        cur = cur.head
    return None


# ------------------------------------------------------------------------------------ clause heads
def gap_content(rule: dict) -> bool:
    """The rule's verb takes the noun its relative clause modifies as content when that noun is its
    object (``a demand Hamas has rejected``, ``the rules Hensley cited``): verbs whose object is
    their content, and rules with ``gap``."""
    return rule.get("content") == "object" or bool(rule.get("gap"))


def _for_to(verb: Token) -> bool:
    """``asked for all troops to be withdrawn``: an infinitive clause of ``verb`` with its subject
    after ``for`` (``for`` its mark, or a preposition of the verb right before the clause)."""
    for c in verb.children:
        if c.dep_ != "advcl" or not has_to(c):
            continue
        if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) or any(
                p.dep_ == "prep" and p.lower_ == "for" and p.right_edge.i + 1 == c.left_edge.i for p in verb.children):
            return True
    return False


def _reported_clause(sent: "Sentence", tok: Token) -> bool:
    """``tok`` heads the clause of another report, or a conjunct of it with no subject of its own
    (``said he "does not recall" it and "stands by every word"``; not ``"We are proud of our record,
    and we stand by our modeling," the statement said``, a quotation's own statement)."""
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    clause = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and not own_subject else tok
    return clause.dep_ == "ccomp" and sent.is_report(clause.head)


def _conj_subject(tok: Token) -> Token | None:
    """The subject of a verb, or of the verb it is a conjunct of (``she welcomed … but worried``);
    usable while the clause heads are still being found."""
    cur = tok
    while True:
        subj = child(cur, ("nsubj",))
        if subj is not None or cur.dep_ != "conj" or cur.head.i == cur.i:
            return subj
        cur = cur.head


def _relative_antecedent(verb: Token, subj: Token | None) -> Token | None:
    """The subject of ``verb``, or the noun its relative pronoun stands for: ``according to city
    data, which also show a drop in permits``: ``data`` (``which`` read as the noun it replaces)."""
    if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return subj


def _small_clause(verb: Token) -> Token | None:
    """A verbless clause complement of ``verb`` (an adjective or adverb with a subject of its own):
    ``her canvass returns showed the party competitive in three wards`` (``the party`` the
    subject of ``competitive``); else None. A clause with a verb is no small clause."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("ADJ", "ADV") and child(c, ("nsubj",)) is not None:
            return c
    return None


def _judged_object(verb: Token) -> bool:
    """An active verb with a subject and an object it says something of (rules with
    ``predicate_object``): a predicate of the object (``considered phone distraction a major
    problem``), a verbless clause (``We consider that figure too high``, :func:`_small_clause`) or a
    quoted description (``considered the margin "a floor, not a ceiling"``,
    :func:`quoted_description`); not ``was considered a favourite`` (no one judging), ``considered
    a dual listing`` (no predicate)."""
    if passive(verb) or child(verb, ("nsubj",)) is None:
        return False
    obj = child(verb, ("dobj",))
    predicate = obj is not None and any(c.dep_ == "oprd" and c.i > obj.i for c in verb.children)
    noun_clause = any(c.dep_ == "ccomp" and c.pos_ == "NOUN" and child(c, ("nsubj",)) is not None
                      for c in verb.children)  # ``considered the tariff a threat`` read as a clause
    return predicate or noun_clause or _small_clause(verb) is not None or quoted_description(verb) is not None


def _object_lemma(tok: Token) -> str | None:
    """The lemma of the direct object of ``tok`` (lower case), None when it has none."""
    obj = child(tok, ("dobj",))
    return obj.lemma_.lower() if obj is not None else None


def subject_among(tok: Token, words: frozenset[str]) -> bool:
    """The head noun of the verb's subject (active or passive) is one of ``words`` (lemmas):
    ``the inquest heard``, ``the jury was told``."""
    subj = _conj_subject(tok) or child(tok, ("nsubjpass",))
    return subj is not None and subj.lemma_.lower() in words


def passive_it(tok: Token) -> bool:
    """``It is learnt that …``: the verb in the passive with ``it`` as its subject (who says it unnamed)."""
    return tok.tag_ == "VBN" and child(tok, ("auxpass",)) is not None \
        and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in tok.children)


_OPEN_QUOTES = OPEN_QUOTES | {STRAIGHT_SINGLE}


def quoted_description(verb: Token) -> Token | None:
    """``called the plan "a giveaway for developers"``: the description in quotation marks that
    the parser hung on the verb's object (an apposition or a second object opened by a quotation
    mark right after the object's words); what the verb calls the object. None for a plain object
    (``called a meeting``) or a name (``a group called Fair Votes``)."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > verb.i), None)
    if obj is None:
        return None
    # also a quoted adjective hung on the object (``calling that claim "absurd"``), a quoted
    # participle or adjective phrase read as a clause of the object (``called the estimate "inflated
    # by assumptions"``, ``called the comment "insulting to every road worker"``) and a quoted
    # phrase the parser hung on the verb after it (``calls that period "the year I …"``)
    after = [d for d in obj.children if d.dep_ in ("appos", "attr", "oprd", "dobj", "amod", "acl")] + \
        [d for d in verb.children if d.dep_ in ("npadvmod", "oprd", "xcomp", "attr")]
    for desc in after:
        if desc.i > obj.i:
            first = desc.left_edge
            mark = first if first.text in _OPEN_QUOTES else verb.doc[first.i - 1]
            if mark.text in _OPEN_QUOTES and mark.i > obj.i:
                return desc
    return None


def _evidence_clause(verb: Token, nouns: list[str]) -> bool:
    """``found no evidence that the money left the company``: the verb's object is one of
    ``nouns`` and a ``that`` clause with a subject of its own hangs in the object's phrase (not
    ``found evidence of fraud``, ``found signs in the snow``)."""
    obj = child(verb, ("dobj",))
    if obj is None or obj.lemma_.lower() not in nouns:
        return False
    return any(t.dep_ in ("acl", "ccomp", "relcl") and t.i > obj.i and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in t.children) and child(t, ("nsubj", "nsubjpass")) is not None
        for t in obj.subtree)


def merged_description(verb: Token) -> Token | None:
    """``Ruiz called the ruling "judicial activism dressed up as …"`` parsed as one object whose
    head is inside the quotation (``the ruling`` its modifier): the object, when words of it come
    before the opening mark and its head after it, inside the quotation. Not ``called a "snap"
    election`` (the head outside the marks), nor a quoted name alone (``called "The Long Road"``)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    marks = [t for t in verb.doc[obj.left_edge.i + 1:obj.i] if t.text in _OPEN_QUOTES]
    if len(marks) != 1 or not any(t.is_alpha and t.dep_ != "det" for t in verb.doc[obj.left_edge.i:marks[0].i]):
        return None
    # the closing mark after a final period may open the next sentence of the parse
    end = min(len(verb.doc), verb.sent.end + 1)
    closing = next((t for t in verb.doc[marks[0].i + 1:end] if t.text in closing_marks(marks[0].text)), None)
    return obj if closing is not None and closing.i > obj.i else None


def _time_object(prep: Token) -> bool:
    """``called on Tuesday``, ``asked for a week``: a preposition whose object phrase is a date or
    a time (named-entity date words alone) says when, not whom or what; ``called for three days of
    mourning`` asks for the mourning."""
    return prep.dep_ == "prep" and any(c.dep_ == "pobj" and all(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
                                       for c in prep.children)


def _request_phrase(verb: Token, prep: Token, rule: dict) -> bool:
    """A preposition the rule's ``requests`` names makes a request only as one: the verb's own
    preposition with a noun phrase (``called for an inquiry``), and for ``infinitive`` an object
    asked to do something (``called on the agency to publish …``); ``called her sister on the way
    home`` requests nothing. Other words of ``with`` pass."""
    need = (rule.get("requests") or {}).get(prep.lower_)
    if need is None:
        return True
    obj = child(prep, ("pobj",)) or child(prep, ("amod",))
    if prep.dep_ != "prep" or prep.head.i != verb.i or obj is None or not _nominal(obj):
        return False
    if need == "noun":
        return True
    return any(has_to(c) and c.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp")
               for c in list(verb.children) + list(prep.children) + list(obj.children) if c.i > obj.i)


def _nominal(obj: Token) -> bool:
    """A noun phrase object; an adjective the parser took for one (or hung on the preposition)
    counts when a noun is joined to it (``called for "calm and patience"``, ``called for quiet
    and restraint``), not alone (``called for good``)."""
    if obj.pos_ in ("NOUN", "PROPN", "PRON"):
        return True
    return obj.pos_ == "ADJ" and any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in obj.children)


def _as_description(tok: Token) -> bool:
    """``as`` opening a description (``as rigged``, ``as “manufactured”``, ``as a fraud``), not a
    clause of its own (``as the council delays the result``)."""
    if tok.dep_ == "mark":
        return child(tok.head, ("nsubj", "nsubjpass")) is None
    obj = child(tok, ("pobj",))
    if tok.dep_ != "prep" or obj is None:
        return False
    return obj.tag_ in ("JJ", "VBN") or tok.doc[tok.i + 1].text in _OPEN_QUOTES or any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children)


def _pronoun_object(prep: Token) -> bool:
    """``agree with you``, ``worried about him``: a preposition whose object is a personal
    pronoun gives no content."""
    return prep.dep_ == "prep" and any(c.dep_ == "pobj" and c.tag_ == "PRP" for c in prep.children)


def forecast(verb: Token, rule: dict, changes: frozenset[str]) -> bool:
    """``Analysts see weak yen as hurdle``: a verb in the present tense whose subject is one of the
    rule's ``forecasters`` (a rule that names them reports nothing else), or one of its
    ``body_forecasters`` with an object that points ahead (``The bank sees inflation near 3%``)."""
    subj = child(verb, ("nsubj",))
    if verb.tag_ not in ("VBP", "VBZ") or subj is None:
        return False
    lemma = subj.lemma_.lower()
    return lemma in rule.get("forecasters", ()) or (
        lemma in rule.get("body_forecasters", ()) and _forecast_object(verb, changes))


def _forecast_object(verb: Token, changes: frozenset[str]) -> bool:
    """A change or a level ahead, the one test of every forecast verb (``sees``, ``projected``): a
    change noun (``sees growth of 5%``, ``projected a Whitacre win``; word list ``changes``), a
    participle of change (``sees claims rising``), a level (``the deficit at 4.1%``) or a sum or a
    share (``projected a $40 million shortfall``, ``projected 3% more``); never ``sees its role as
    a bridge``, ``sees itself …``, a count (``sees 200 cases a month``, ``projected 3 slides``), a
    year (``projected the 2026 World Cup logo``) nor a thing cast onto a surface (``projected … onto
    the Empire State Building``)."""
    obj = child(verb, ("dobj", "ccomp"))
    if obj is None or obj.tag_ == "PRP" or _onto_surface(verb) or any(
            c.dep_ == "prep" and c.lower_ == "as" for h in (verb, obj) for c in h.children):
        return False
    if obj.dep_ == "ccomp":  # ``sees claims rising``, ``sees inflation averaging 3.2%``: a change, or a change's course
        subj = child(obj, ("nsubj",))
        return obj.tag_ == "VBG" and (obj.lemma_.lower() in changes or subj is not None and subj.lemma_.lower() in changes)
    # ``sees mortgage rates falling``, ``sees revenue rising 3 percent``: the participle parsed into
    # the object, or onto the verb (``sees margins holding above 12%``)
    words = [*obj.subtree, *(t for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" for t in c.subtree)]
    rising = any(t.tag_ == "VBG" and t.lemma_.lower() in changes for t in words)
    return obj.lemma_.lower() in changes or rising or any(_sum_or_share(t) for t in words) or any(
        c.dep_ == "prep" and c.lower_ in ("at", "near", "around") and _level(c) for h in (verb, obj)
        for c in h.children)


_SURFACE_PREPS = ("onto", "on", "across", "against", "into")


def _onto_surface(verb: Token) -> bool:
    """``projected the logo onto the building``, ``across the front of the library``: a preposition
    of the verb that casts its object on a surface; not a day (``projected 3% growth on Friday``)."""
    return any(c.dep_ == "prep" and c.lower_ in _SURFACE_PREPS and child(c, ("pobj",)) is not None
               and child(c, ("pobj",)).ent_type_ not in ("DATE", "TIME") for c in verb.children)


def _sum_or_share(tok: Token) -> bool:
    """``$40 million``, ``12%``, ``3 percent``: a token of a sum of money or a share, never of a
    date (``the 2026 World Cup``)."""
    return tok.ent_type_ not in ("DATE", "TIME") and (
        tok.tag_ == "$" or tok.ent_type_ in ("MONEY", "PERCENT") or tok.lower_ in ("%", "percent"))


def _level(prep: Token) -> bool:
    """``at 4.1%``, ``near $80 a barrel``, ``at 150``: a preposition whose object is a figure."""
    obj = child(prep, ("pobj",))
    return obj is not None and (obj.like_num or obj.lower_ in ("%", "percent") or obj.ent_type_ in ("PERCENT", "MONEY"))


def condition_mark(tok: Token, marks: tuple[str, ...] = ("if", "unless")) -> Token | None:
    """The mark of the condition ``tok`` heads (``If they want …``, ``unless the board says
    otherwise``), else None."""
    return next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in marks), None)


def quoted_if(ctx: DocContext, tok: Token) -> bool:
    """An ``if``, or a clause an ``if`` opens, that opens a quotation (``said: “If the council
    tells us the risk is gone, yes.”``): the quotation's own condition, part of what was said,
    neither a complementizer to trim nor a question the verb before it asks."""
    opened = tok.lower_ == "if" or condition_mark(tok, ("if",)) is not None
    return opened and opens_quote(ctx, tok.left_edge)


def _ccomp_head(sent: "Sentence", tok: Token) -> bool:
    if in_infinitive_adverbial(sent, tok):
        return False
    return (finite(tok) or sent.is_report(tok.head)) and (quoted_if(sent.ctx, tok) or not any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children))


def _conj_head(sent: "Sentence", tok: Token) -> bool:
    # also ``…, thanking nobody and calling the budget a fraud``: a reporting participle
    # coordinated with another participle; and ``Her story rings true, and I suspect …`` with
    # ``rings`` read as a noun ROOT: a finite verb with a subject of its own heads its clause
    return tok.head.i in sent.head_set or (
        tok.tag_ == "VBG" and tok.head.dep_ == "advcl" and sent.self_cue(tok)) or (
        tok.head.dep_ == "ROOT" and not verbal(tok.head) and finite(tok)
        and any(c.dep_ in SUBJ_DEPS for c in tok.children))


def words_in(tokens) -> int:
    """Words of a token sequence (punctuation and spaces not counted)."""
    return sum(1 for t in tokens if not (t.is_punct or t.is_space))


def _xcomp_head(sent: "Sentence", tok: Token) -> bool:
    # ``declined to comment``, ``vowed to fight``: a two-word complement is no claim of its own;
    # it stays in the reporting verb's clause
    # ``planned to buy jets``, ``urged X to back the bill``: verbs whose infinitive is their own
    # content (``xcomp: self``) keep it in their clause, the reporting verb heads the claim
    if sent.wrapped_report(tok):
        return True  # ``used to say that …``: the reporting verb heads its clause
    rule = sent.report_rule(tok.head)
    if _agentless_order(tok.head, rule):
        return False  # ``were told to keep the rotas internal``: an order, no reported clause
    # ``agreed to reconvene`` (``xcomp: act``): an act agreed on, not a reported clause
    return rule is not None and rule.get("xcomp") not in ("self", "act") and words_in(tok.subtree) > 2


#: the links an adverbial clause may hang through inside a phrase of an infinitive
_PHRASE_DEPS = ("prep", "pobj", "pcomp", "advmod", "dobj", "npadvmod", "acomp", "amod", "attr", "oprd")


def infinitive_adverbial(sent: "Sentence", tok: Token) -> bool:
    """``vowed to fight the closures for as long as it takes``, ``plan to cut as many jobs as they
    can``, ``promised to repay them as soon as the funds arrive``: an adverbial clause inside the
    infinitive a reporting verb keeps as its content (an ``xcomp`` heading no clause of its own)
    is part of that content, not a clause the verb reports."""
    if tok.dep_ != "advcl":
        return False
    cur = tok.head
    while cur.dep_ in _PHRASE_DEPS and cur.head.i != cur.i:
        cur = cur.head
    return cur.dep_ == "xcomp" and cur.head.i != cur.i and sent.report_rule(cur.head) is not None \
        and not _xcomp_head(sent, cur)


def _through_adverbial(tok: Token, top: Token) -> bool:
    """``tok`` hangs on ``top`` through an adverbial clause (``tok`` or a word above it)."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ == "advcl":
            return True
        cur = cur.head
    return False


def in_infinitive_adverbial(sent: "Sentence", tok: Token) -> bool:
    """``tok`` is such an adverbial clause (:func:`infinitive_adverbial`) or a clause inside one
    (``urge the government to suspend reviews until officials have visited … and published what
    they found``: ``found`` too); a report in it heads its clause still (``unless the court grants
    an injunction, which the party has said it will seek``)."""
    cur = tok
    while cur.head.i != cur.i and cur.dep_ != "xcomp":
        if cur.dep_ in ("relcl", "ccomp", "advcl") and sent.is_report(cur) and child(cur, ("nsubj",)) is not None:
            return False
        if cur.dep_ == "advcl" and infinitive_adverbial(sent, cur):
            return not _comma_report_participle(sent, cur)
        cur = cur.head
    return False


def _finite_clause_head(sent: "Sentence", tok: Token) -> bool:
    # finite clauses; also ``..., saying (that) X``: a reporting participle with a clause, and
    # ``..., calling the plan a disaster`` / ``Asked about the deal, …``: a participle of a
    # reporting verb that is a claim of its own
    if in_infinitive_adverbial(sent, tok):
        return False
    return finite(tok) or (sent.is_report(tok) and child(tok, ("ccomp",)) is not None) or \
        (tok.dep_ == "advcl" and tok.tag_ in ("VBG", "VBN") and sent.self_cue(tok)) or noun_infinitive(sent, tok)


def _comma_report_participle(sent: "Sentence", tok: Token) -> bool:
    """``urged the government to act, estimating the stoppage would cost …``: a reporting
    participle set off by a comma with a clause of its own is a statement of the subject of the
    reporting verb, not part of the infinitive it follows (``vowed to fight for as long as it
    takes`` stays content)."""
    return tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].text == "," and sent.is_report(tok) \
        and child(tok, ("ccomp",)) is not None and child(tok, ("nsubj", "mark")) is None


#: clauses embedded in another (a noun's, relative or reported clause) whose conjunct
#: report verb may belong to the enclosing clause (:meth:`Sentence.embedded_conjunct_host`)
_EMBEDDED_CLAUSES = ("acl", "relcl", "ccomp")
#: endings of abstract nouns (``the developments``, ``the revisions``), which speak no words
_ABSTRACT_ENDINGS = ("ment", "tion", "sion", "ness", "ity", "ance", "ence", "ing")
#: what a verb whose object is its content (``content: object`` rules) needs to report anything
_OBJECT_CONTENT = ("dobj", "nsubjpass", "ccomp", "xcomp", "oprd")
_TOPIC_PREPS = {"on", "about", "over", "regarding", "whether"}
_TOPIC_MARKS = {"whether", "if", "what", "why", "how", "when", "who", "which", "where"}


def _in_relative(word: Token, clause: Token) -> bool:
    """``word`` stands in a relative clause below ``clause`` (``dealers who arranged loans``)."""
    tok = word
    while tok.i != clause.i and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl"):
            return True
        tok = tok.head
    return False


def _named_object(tok: Token, words: Iterable[str], noun: bool = False) -> Token | None:
    """The verb's object whose lemma is one of ``words`` (``raised concerns``); with ``noun``, a
    noun only (``mocked the idea``, not ``mocked him``)."""
    return next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in words
                 and (not noun or c.pos_ == "NOUN")), None)


def _statement_noun_object(tok: Token, always: frozenset[str], sensed: frozenset[str]) -> bool:
    """The verb's object names a statement (``always``, the word list its rule's ``content_objects``
    names: ``mocked the idea that …``, ``derided that claim``), or a noun of ``sensed`` (its
    ``sense_objects``) in its statement sense: with a content clause, a possessor or an
    ``of``/``about`` phrase (``ridiculed the charge that he lied``, ``Ames's charge``; not ``the
    charge for parking``, ``the charge of $5``)."""
    obj = _named_object(tok, always | sensed, noun=True)
    if obj is None or obj.lemma_.lower() in always:
        return obj is not None
    return any(c.dep_ == "poss" or (c.dep_ in ("acl", "ccomp") and c.i > obj.i) or _of_topic(c) for c in obj.children)


def _of_topic(prep: Token) -> bool:
    """``of racism``, ``about flooding``: what a statement noun is about; not an amount (``of $5``)."""
    obj = child(prep, ("pobj",)) if prep.dep_ == "prep" and prep.lower_ in ("of", "about") else None
    return obj is not None and obj.ent_type_ not in _AMOUNT_ENTITIES and not obj.like_num


def has_topic(infinitive: Token, clause_deps: tuple[str, ...] = ("ccomp", "advcl", "xcomp"),
              preps: bool = True, weekdays: frozenset[str] = frozenset()) -> bool:
    """``declined to comment on the talks`` / ``refused to say whether …`` / ``Asked whether …,
    she declined to say`` state what was not said; ``declined to comment``, ``declined to
    comment further``, ``declined to discuss the case`` report no content (the gold convention:
    no attribution). A phrase of time (``on Thursday``: a date, or one of ``weekdays``) is no topic."""
    for c in infinitive.children:
        if preps and c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS and not _time_phrase(c, weekdays):
            return True
        if c.dep_ in clause_deps and any(
                g.lower_ in _TOPIC_MARKS and g.tag_ in ("IN", "WDT", "WP", "WRB") for g in c.subtree):
            return True
        if c.dep_ == "dobj" and wh_object(c):
            return True
    return False


def _tense_break(clause: Token, verb: Token) -> bool:
    """``thanked the delegations that had supported the mandate and encouraged the Government``: a
    relative clause in the perfect (``had`` + participle) and a simple past joined to it, which
    shares no ``had`` with it (the tagger reads a past, not a participle): the past is not the
    relative's but continues the clause above it."""
    perfect = clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)
    return clause.dep_ == "relcl" and perfect and verb.tag_ == "VBD"


def _report_tense(verb: Token) -> str:
    """The tense tag of a verb, a base form taking its ``do`` (``did not say`` → ``VBD``, ``does not
    say`` → ``VBZ``)."""
    if verb.tag_ == "VB":
        do = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "do"), None)
        if do is not None:
            return do.tag_
    return verb.tag_


def wh_object(obj: Token) -> bool:
    """``which party's policy she preferred``, ``what steps the city would take``: an object the
    parser made a noun phrase (its clause a relative one) that opens with a question word, an
    indirect question; not ``the policy she preferred``."""
    first = obj.left_edge
    return first.lower_ in _TOPIC_MARKS and first.tag_ in ("WDT", "WP", "WP$") and first.i < obj.i


def _time_phrase(prep: Token, weekdays: frozenset[str]) -> bool:
    """``on Thursday``, ``on Monday night``: a phrase of time, no topic."""
    obj = child(prep, ("pobj",))
    return obj is not None and (obj.ent_type_ in ("DATE", "TIME") or obj.lower_ in weekdays)


def _agentless_participle(verb: Token) -> bool:
    """``Asked whether the plant would close, …``, ``When asked about the deal, …``: a participle
    clause with no ``by`` agent and no subject of its own - a question put by no one named."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and child(verb, ("agent", "nsubj", "nsubjpass")) is None


def _agentless_order(verb: Token, rule: dict | None) -> bool:
    """``were told to keep the rotas internal``, ``had been told not to speak to the press``: for a
    rule with ``no_agentless_order``, a passive with no ``by`` agent whose content is an unquoted
    infinitive - an instruction passed on by no one named (``was told to "move the big files
    first"`` quotes the words given)."""
    if not (rule and rule.get("no_agentless_order")):
        return False
    infinitive = child(verb, ("xcomp",))
    if infinitive is None or child(verb, ("auxpass",)) is None or child(verb, ("agent",)) is not None:
        return False
    return not any(t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES for t in infinitive.subtree)


def _refused_proposition(infinitive: Token, verbs: Iterable[str]) -> bool:
    """``declined to confirm the figure``, ``refused to rule out a second run``: the refused verb is
    one of ``verbs`` (a particle verb as ``rule out``) with a noun object, a proposition left open;
    not ``declined to confirm it`` (a pronoun), ``declined to comment``."""
    prt = child(infinitive, ("prt",))
    name = infinitive.lemma_.lower() + (f" {prt.lower_}" if prt is not None else "")
    obj = child(infinitive, ("dobj",))
    return name in verbs and obj is not None and obj.pos_ in ("NOUN", "PROPN")


def question_adverbial(tok: Token) -> Token | None:
    """``did not say when the rules would take effect`` parsed with the question as an adverbial
    clause: a finite clause (a subject of its own) opening with its question word right after the
    verb; not ``did not say anything when he left`` (not next to the verb), ``did not say, when
    asked, …`` (no subject), ``did not say when he arrived`` (the time of the subject's own act)."""
    for c in tok.children:
        first = c.left_edge
        if c.dep_ == "advcl" and first.i == tok.i + 1 and first.lower_ in _TOPIC_MARKS \
                and first.tag_ in ("IN", "WRB") and child(c, ("nsubj", "nsubjpass")) is not None \
                and not _own_past_act(tok, c):
            return c
    return None


#: the pronoun that takes up a subject: by its own form, or by the noun's number
def _own_past_act(tok: Token, clause: Token) -> bool:
    """``did not say when he arrived at the meeting``: a plain past-tense clause whose pronoun
    subject takes up the verb's own subject reads as the time of an act (``when he arrived``,
    the speaker said nothing then), not a question withheld (``when the rules would take
    effect``, ``when they decided`` about others)."""
    subj, main = child(clause, ("nsubj",)), _conj_subject(tok)
    if subj is None or main is None or subj.tag_ != "PRP" or clause.tag_ != "VBD" \
            or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    if main.tag_ == "PRP":
        return subj.lower_ == main.lower_ and main.lower_ in _PRONOUN_SUBJECTS
    return subj.lower_ in (("they",) if main.tag_ in ("NNS", "NNPS") else ("he", "she", "it"))


def _question_topic(tok: Token, preps: frozenset[str]) -> bool:
    """``would not comment on whether …``: the object of one of ``preps`` (word list
    ``question_topic_preps``: ``on``, ``about``) is a question; ``did not say why.``: a bare
    question word after the verb."""
    for prep in tok.children:
        if prep.dep_ == "advmod" and prep.i > tok.i and prep.tag_ == "WRB" and prep.lower_ in _TOPIC_MARKS \
                and prep.i + 1 < len(prep.doc) and prep.doc[prep.i + 1].is_punct:
            return True
        if prep.dep_ == "prep" and prep.lower_ in preps and any(
                c.dep_ == "pcomp" and c.left_edge.lower_ in _TOPIC_MARKS for c in prep.children):
            return True
    return False


def negated_report(tok: Token) -> bool:
    """``did not say``, ``would neither confirm nor deny the report``: no report is made. A ``not``
    inside a quotation opening right after the verb is what was said (``said "probably not,"``)."""
    if any(c.dep_ == "neg" and not _quoted_answer_word(tok, c) for c in tok.children):
        return True
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in tok.children):
        return True
    return tok.dep_ == "conj" and any(c.lower_ == "nor" for c in tok.head.children) and \
        any(c.dep_ == "preconj" and c.lower_ == "neither" for c in tok.head.children)


def _quoted_answer_word(verb: Token, neg: Token) -> bool:
    """``neg`` stands inside a quotation that opens right after ``verb`` (only a comma or a colon
    between): ``he said "probably not," and laughed``, ``said: "Certainly not."``; the parser hangs
    the quoted answer's ``not`` on the verb."""
    doc, k = verb.doc, verb.i + 1
    if k < len(doc) and doc[k].text in (",", ":"):
        k += 1
    if k >= neg.i or doc[k].text not in OPEN_QUOTES:
        return False
    return not any(doc[j].text in OPEN_QUOTES or doc[j].text in CLOSE_QUOTES for j in range(k + 1, neg.i))


def noun_infinitive(sent: "Sentence", tok: Token) -> bool:
    """``plans to eliminate 42 positions``, ``Lund's call for Congress to renew …``: the infinitive
    clause of a cue noun that takes one (``noun`` rules with ``infinitive``)."""
    noun = tok.head
    if tok.dep_ not in ("acl", "advcl") or not has_to(tok) or noun.pos_ != "NOUN" or not sent.inside(noun):
        return False
    rule = sent.rules.nouns.get(noun.lemma_.lower())
    # a bare singular noun is a verb the tagger took for one (``62% plan to cut``)
    determined = noun.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in noun.children)
    return rule is not None and bool(rule.get("infinitive")) and determined


def _acl_head(sent: "Sentence", tok: Token) -> bool:
    # ``charges that it misled ...`` (finite), or a participle carrying its own amount or date
    # (``a contract signed in 2007``); ``producers led by Russia`` stays in its clause
    # ``a statement praising the mayor``: a reporting participle that is a claim of its own;
    # ``the claim that there are too few nurses``: an existential ``there`` is the clause's subject
    if noun_infinitive(sent, tok):
        return True
    return not has_to(tok) and (
        child(tok, ("nsubj", "nsubjpass", "expl")) is not None
        or (tok.tag_ in ("VBN", "VBD") and sent.has_numeric(tok))
        or (tok.tag_ == "VBG" and sent.self_cue(tok)))


def _pcomp_head(sent: "Sentence", tok: Token) -> bool:
    # ``…, with the chairman warning that …``: a reporting participle with its own subject and
    # clause after ``with`` heads its clause
    prep = tok.head
    if prep.lower_ in ("with", "without") and tok.tag_ == "VBG" and child(tok, ("nsubj",)) is not None:
        return sent.is_report(tok) and child(tok, ("ccomp",)) is not None
    if sent.courtesy_wrapper(tok) is not None:
        return True  # ``I want to start by thanking the crews …``
    if prep.lower_ == "as" and tok.tag_ == "VBG" and child(tok, ("ccomp",)) is not None:
        return sent.is_report(tok) and sent.is_report(prep.head)  # ``quoted the minister as saying that …``
    if child(tok, ("nsubj",)) is not None and any(c.dep_ == "dobj" and c.lower_ == "what" for c in tok.children):
        # ``warned against what he called "foreign meddling"``: a quoted description, not a name
        return sent.is_report(tok) and sent.quoted_object(tok) is not None
    gov = prep.head.head if prep.head.dep_ in ("dobj", "nsubjpass") else prep.head
    return (prep.dep_ == "prep" and prep.lower_ in ("of", "about", "over", "for")
            and sent.is_report(gov) and tok.tag_ == "VBG" and words_in(tok.subtree) > 2)


def cleft_report(sent: "Sentence", tok: Token) -> Token | None:
    """``What I can tell you is that …``, ``What the mayor said was that …``: a reporting verb in
    the subject clause of ``be`` whose complement is a ``that`` clause: that clause, else None."""
    be = tok.head
    if tok.dep_ != "csubj" or be.lemma_ != "be" or not sent.is_report(tok):
        return None
    return next((c for c in be.children if c.dep_ == "ccomp" and c.i > be.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _resultative_clause(sent: "Sentence", tok: Token) -> bool:
    """``made clear that the levy would not rise`` parsed with the clause as the subject of
    ``clear``: the clause after the cue adjective of a resultative verb heads its own clause."""
    adj = tok.head
    return tok.i > adj.i and getattr(adjective_cue(adj.head, sent.rules), "i", None) == adj.i


#: dependency label -> does a verb with it head its own clause?
HEAD_TESTS: dict[str, Callable[["Sentence", Token], bool]] = {
    "csubj": lambda sent, tok: cleft_report(sent, tok) is not None or _resultative_clause(sent, tok),
    "conj": _conj_head,
    "ccomp": _ccomp_head,
    "xcomp": _xcomp_head,
    "advcl": _finite_clause_head,
    "relcl": _finite_clause_head,
    "acl": _acl_head,
    "parataxis": lambda sent, tok: True,
    "pcomp": _pcomp_head,
}


# ------------------------------------------------------------------------------------ the sentence
def _first_clause_verb(first: Token, tok: Token) -> bool:
    """Whether ``tok`` is the verb of a first clause whose subject is ``first``: a verb outside the
    subject's phrase, or a finite one the parser hung inside it as a participle (``Dana Whitlock,
    served in her administration, and``); not one of the subject's own relative clause (``The
    senator, who opposed the bill, and her colleagues argued``) or participle (``elected in 2018``)."""
    if not verbal(tok):
        return False
    if not first.left_edge.i <= tok.i <= first.right_edge.i:
        return True
    cur = tok
    while cur.i != first.i and cur.head.i != cur.i:
        if cur.dep_ == "relcl":
            return False
        cur = cur.head
    return tok.tag_ in ("VBD", "VBZ", "VBP")


def raising_host(verb: Token) -> Token | None:
    """The participle of its subject that the parser took for the main verb, when a raising verb
    (``appeared``, ``seemed``; the caller checks the word list ``raising_verbs``) with no subject of
    its own hangs on it (``Video posted online appeared to show …``: ``posted`` the root,
    ``appeared`` hung on it); else None."""
    if verb.dep_ not in ("dep", "conj") or child(verb, ("nsubj",)) is not None:
        return None
    host = verb.head
    return host if host.tag_ in ("VBD", "VBN") and host.i < verb.i else None


def raised_subject(verb: Token) -> Token | None:
    """The subject of a raising verb (``appeared``, ``seemed``): its own, or that of the participle
    it hangs on (:func:`raising_host`)."""
    host = raising_host(verb)
    return child(host if host is not None else verb, ("nsubj",))


def unit_span(ctx: DocContext, k: int) -> Span | None:
    """Sentence unit ``k`` of ``ctx`` as a span of whole tokens (its character range expanded);
    None when the range holds no token."""
    span = ctx.doc.char_span(*ctx.sent_ranges[k], alignment_mode="expand")
    return span if span is not None and len(span) else None


def _kid_within(ctx: DocContext, tok: Token, deps: Iterable[str], lo: int, hi: int) -> Token | None:
    """First child of ``tok`` with one of ``deps`` among the tokens ``[lo, hi)``, never a word of
    a dateline (``KIEV, March 1 (Reuters) -`` parsed as a second subject)."""
    deps = set(deps)
    return next((c for c in tok.children if c.dep_ in deps and lo <= c.i < hi and not ctx.is_excluded(c.idx)), None)


def _main_subject(ctx: DocContext, span: Span, deps: Iterable[str]) -> Token | None:
    """The subject (one of ``deps``) of the main verb (the first root) of the unit ``span``."""
    root = next((t for t in span if t.dep_ == "ROOT"), None)
    return _kid_within(ctx, root, deps, span.start, span.end) if root is not None else None


#: a live blog's entry timestamp (``9:40 p.m. ET``, ``22:30 CET``, ``10.05am``), matched on words alone
TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5})?$")


def noun_root_subject(head: Token, first: Token, reports, dateline) -> Token | None:
    """``Supporters of a measure that would raise the wage and guarantee most workers paid sick
    leave say they …``: the parser found no verb for the sentence (its root is the subject noun,
    or the apposition of a dateline's place that is the root: ``dateline``, a predicate on tokens)
    and hung the reporting verb ``head`` inside the noun's relative clause, as the complement of a
    verb that reports nothing (``reports``: a predicate on tokens), with a noun of that clause
    (``first``) for subject. The root noun before them is the subject when the verb agrees with it
    in a present tense (:func:`_agrees`); None otherwise (a past tense could agree with either)."""
    chain = list(head.ancestors)
    if len(chain) > 1 and dateline(chain[-1]) and chain[-2].dep_ == "appos" and not dateline(chain[-2]):
        chain.pop()  # ``JEFFERSON CITY, Mo. (AP) — Supporters of …``: the place is no subject
    root = chain[-1] if chain else None
    if root is None or root.dep_ not in ("ROOT", "appos") or root.pos_ not in ("NOUN", "PROPN") \
            or root.i >= first.i or head.dep_ != "ccomp" or reports(head.head):
        return None
    if not any(t.dep_ in ("relcl", "acl") for t in chain[:-1]) or not _agrees(head, root):
        return None
    return root


def _agrees(verb: Token, noun: Token) -> bool:
    """Does a present-tense verb agree in number with a noun (``say`` after ``Supporters``, ``says``
    after ``The union``)? A verb of no person-marked present agrees with none."""
    if verb.tag_ == "VBP":
        return noun.tag_ in ("NNS", "NNPS")
    return verb.tag_ == "VBZ" and noun.tag_ in ("NN", "NNP")


class Sentence:
    """Clause analysis of one sentence unit (token range ``[lo, hi)``).

    ``sources`` (``according to X``) is filled by the attribution step
    (:func:`pipeline.components.claim_attribution.find_sources`).
    """

    def __init__(self, ctx: DocContext, lo: int, hi: int, index: int):
        self.ctx, self.doc, self.lo, self.hi, self.index = ctx, ctx.doc, lo, hi, index
        self.rules = ctx.rules
        self.tokens = [t for t in self.doc[lo:hi]]
        c_lo, c_hi = self.tokens[0].idx, self.tokens[-1].idx + len(self.tokens[-1].text)
        first = bisect.bisect_left(ctx.span_starts, c_lo)
        last = bisect.bisect_right(ctx.span_starts, c_hi)
        self.spans = [sp for sp in ctx.spans[first:last] if sp.end_char <= c_hi]
        self.heads: list[Token] = []
        self.head_set: set[int] = set()
        #: courtesy report -> its verb of wish, for every token (see :meth:`courtesy_wrapper`; None
        #: while it is being found: the reporting rules it reads ask it of their verbs)
        self._courtesy: dict[int, Token] | None = None
        self._courtesy = {t.i: w for t in self.tokens if (w := self._courtesy_wrapper(t)) is not None}
        self._find_heads()
        #: verb of wish -> the courtesy report it wraps, for the heads (``want`` -> ``thank``)
        self.wrapped = {w.i: self.doc[i] for i, w in self._courtesy.items() if i in self.head_set}
        self.parent: dict[int, int | None] = {h.i: self._parent_head(h) for h in self.heads}
        self.rejoined: dict[int, int] = {}  # reporting verb -> the frame whose report it continues
        for h in self.heads:
            outer = self._frame_after_quote(h) if h.dep_ == "conj" else None
            outer = outer or self._frame_after_comma(h)
            if outer is not None:
                self.rejoined[h.i] = outer.i
                self.parent[h.i] = self.parent.get(outer.i)
        self.owner: dict[int, int | None] = {}
        for i in range(lo, hi):
            self._owner(i)
        self._adopt_cut_tokens()
        self.noun_frame_of: dict[int, int] = {}  # clause head -> its cue noun (``the claim that``)
        self._find_noun_frames()
        self.frames: dict[int, list[int]] = {}  # frame head -> reported clause heads
        self.frame_of: dict[int, int] = {}      # reported head -> frame head
        self._find_frames()
        self.sources: dict[int, SourcePhrase] = {}  # clause head -> its ``according to`` phrase

    @classmethod
    def at(cls, ctx: DocContext, k: int) -> Sentence | None:
        """The clause analysis of sentence unit ``k`` (its character range expanded to whole
        tokens); None when the range holds no token (a Sentence needs one)."""
        span = unit_span(ctx, k)
        return cls(ctx, span.start, span.end, k) if span is not None else None

    @classmethod
    def holding(cls, ctx: DocContext, tok: Token) -> Sentence | None:
        """The clause analysis of the sentence unit holding ``tok`` (see :meth:`at`)."""
        return cls.at(ctx, ctx.sentence_index(tok.idx)) if ctx.sent_ranges else None

    @property
    def start_char(self) -> int:
        return self.tokens[0].idx

    @property
    def end_char(self) -> int:
        return self.tokens[-1].idx + len(self.tokens[-1].text)

    # -- structure
    def inside(self, tok: Token) -> bool:
        return self.lo <= tok.i < self.hi

    def is_report(self, tok: Token) -> bool:
        return self.report_rule(tok) is not None

    def report_rule(self, tok: Token) -> dict | None:
        """The reporting rule of ``tok`` (None: it reports nothing), found once per token of the
        document (``ctx.report_rules``: it reads the token and its children alone)."""
        known = self.ctx.report_rules
        if tok.i not in known:
            known[tok.i] = self._report_rule(tok)
        return known[tok.i]

    def _report_rule(self, tok: Token) -> dict | None:
        # ``the proposed budget``, ``the alleged plot``: a participle used as an adjective
        if not verbal(tok) or tok.dep_ == "amod" or self.not_reported(tok):
            return None
        adj = adjective_cue(tok, self.rules)
        if adj is not None:
            return self.rules.adjectives[adj.lower_]
        idiom = idiom_rule(tok, self.rules.idioms)
        if idiom is not None:
            return idiom  # ``put it this way: "…"``, ``as one minister put it``
        rule = particle_report(tok, self.rules) or self.rules.report_rule(tok.lemma_.lower(), tok.lower_)
        if rule is not None and (rule.get("forecasters") or rule.get("body_forecasters")) \
                and not forecast(tok, rule, self.rules.words("forecast_changes")):
            return None  # ``we saw a surge``: no forecast
        if rule is not None and (other_sense(tok, rule) or as_verdict(tok, rule) or defers_to_gerund(self, tok, rule)):
            return None
        if rule is not None and anonymity_request(tok, self.rules):
            return None  # ``asking not to be identified``, ``requested anonymity``: no statement
        if rule is not None and rule.get("needs_infinitive") and not any(c.dep_ == "xcomp" and has_to(c) for c in tok.children):
            return None  # ``before they vote``: a vote with no infinitive reports no decision
        if rule is not None and rule.get("no_relcl") and tok.dep_ == "relcl":
            return None  # ``Cheney, who voted to impeach …``: a vote that describes its noun is no decision reported
        if rule is not None and rule.get("subjects") and not subject_among(tok, self.rules.words(rule["subjects"])) \
                and not (rule.get("passive_it") and passive_it(tok)):
            return None  # ``I heard that …``: only a court or an inquest hears evidence
        if rule is not None and not rule.get("hedge") and negated_report(tok) and not self.withheld_question(tok) \
                and not conceded(tok, rule, self.rules):
            return None
        if rule is not None and rule.get("unreported") and _reported_clause(self, tok):
            return None  # ``said he would not rule out …``: the outer report carries it  # ``the court did not say the warrants are banned``: nobody states it
        if rule is not None and no_holder(self, tok, rule):
            return None  # ``Nobody wants that outcome``, ``the deal showed …``: no one holds it
        return rule

    def not_reported(self, tok: Token) -> bool:
        """A reporting verb that reports nothing: an imperative (``Ask me about November``, ``Tell
        them we are ready``) or a question put to the reader or the interviewee (``Do you expect
        a ceasefire?``, ``How do you respond?``), or a condition (``If they want to blow it up,
        …``, ``unless the board says otherwise``: a supposition, nobody's statement)."""
        if (tok.dep_ == "advcl" or quoted_if(self.ctx, tok)) and condition_mark(tok) is not None and not (
                any(c.dep_ == "ccomp" for c in tok.children)
                and (self.rules.report_rule(tok.lemma_.lower(), tok.lower_) or {}).get("hedge")):
            return True  # (``If the lawyers think this levy will fall, …`` still reports the belief;
            # ``If the council tells us the risk is gone, …`` supposes a statement nobody made)
        if tok.tag_ == "VB" and (tok.dep_ == "ROOT" or opens_quote(self.ctx, tok)) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children):
            return True  # (``"Tell them she was born at mile 41," she said``: the quote's imperative)
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return subj is not None and subj.lower_ == "you" and self._question(tok)

    def _question(self, tok: Token) -> bool:
        """``tok`` heads a clause that ends with a question mark."""
        last = tok.right_edge
        while last.is_space and last.i > tok.i:  # a paragraph break hung on the question mark
            last = self.doc[last.i - 1]
        nxt = self.doc[last.i + 1] if last.i + 1 < len(self.doc) else None
        return last.text == "?" or (nxt is not None and nxt.text == "?")

    def wrapped_report(self, tok: Token) -> bool:
        """A reporting verb that is the complement of a verb of aspect (rules ``aspectual``: ``used
        to say``, ``keeps telling``, ``continues to believe``)."""
        gov = tok.head
        if self.perceived_report(tok):
            return True
        if tok.dep_ == "xcomp" and tok.tag_ == "VBG" and not negated_report(gov) and \
                (self.rules.report_rule(gov.lemma_.lower(), gov.lower_) or {}).get("gerund_defers"):
            return self.is_report(tok)  # ``I remember thinking, we are …`` (see defers_to_gerund)
        if self.courtesy_wrapper(tok) is not None:
            return True  # ``I want to thank the crews …``: the thanks are the statement
        return tok.dep_ == "xcomp" and gov.lemma_.lower() in self.rules.aspectual and self.is_report(tok) \
            and not (passive(gov) or passive(tok) or negated_report(gov))  # not ``was used to raise``

    def courtesy_wrapper(self, tok: Token) -> Token | None:
        """The verb of wish wrapping ``tok``, a courtesy report (found once per Sentence: see
        :meth:`_courtesy_wrapper`), else None."""
        if self._courtesy is not None and self.lo <= tok.i < self.hi:
            return self._courtesy.get(tok.i)
        return self._courtesy_wrapper(tok)

    def _courtesy_wrapper(self, tok: Token) -> Token | None:
        """``I want to thank the crews …``, ``We'd like to congratulate the team …``, ``I want to
        start by thanking …``: the verb of wish (word list ``courtesy_wrappers``) of a first-person
        speaker whose infinitive (or ``start``/``begin by`` of an aspectual verb) is a courtesy
        report (word list ``courtesy_verbs``) — the wish only makes the thanks polite, the thanks
        are the statement; not ``I don't want to thank anyone yet`` (negated), ``They want to thank
        the team`` (a wish reported of others), nor a wish another reporting verb reports (``"I want
        to thank …," the mayor said``: that verb's claim covers the whole wish, as the wish's own
        claim does its thanks)."""
        if tok.lemma_.lower() not in self.rules.words("courtesy_verbs") or tok.pos_ != "VERB":
            return None
        step = tok
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "by" \
                and tok.head.head.lemma_.lower() in self.rules.aspectual:
            step = tok.head.head  # ``start by thanking``
        gov = step.head
        if step.dep_ != "xcomp" or gov.i == step.i or gov.lemma_.lower() not in self.rules.words("courtesy_wrappers"):
            return None
        subj = child(gov, ("nsubj",))
        if subj is None or subj.lower_ not in SELF_PRONOUNS or negated_report(gov) or negated_report(step) or passive(tok):
            return None
        if gov.dep_ in ("ccomp", "parataxis") and gov.head.i != gov.i and self.is_report(gov.head):
            return None  # ``"I want to thank …," the mayor said``: the outer verb's claim spans the wish
        return gov

    def perceived_report(self, tok: Token) -> bool:
        """A reporting participle under a passive verb of perception whose subject it shares
        (``was seen shouting that …``, ``can be heard telling X to …``, ``was caught saying …``):
        the subject is the speaker, the perception verb only says how the words are known; not
        ``was seen leaving`` (no reporting verb) nor ``was not heard saying …``."""
        gov = tok.head
        return tok.dep_ == "xcomp" and tok.tag_ == "VBG" and passive(gov) \
            and gov.lemma_.lower() in self.rules.perception_verbs and self.is_report(tok) \
            and not negated_report(gov) and child(gov, ("nsubjpass",)) is not None

    def self_cue(self, tok: Token) -> bool:
        """A reporting verb that is a claim of its own without a reported clause (``announced a
        deal``, ``praised the mayor as a reformer``, ``declined to comment``)."""
        rule = self.report_rule(tok)
        # ``did not say`` reports nothing; ``we don't intend to …`` is a negated intention
        if rule is None or (negated_report(tok) and not rule.get("hedge") and not self.withheld_question(tok)
                            and not conceded(tok, rule, self.rules)):
            return False
        for step in (self._self_cue_by_form, self._self_cue_by_rule):
            decided = step(tok, rule)
            if decided is not None:
                return decided
        return self._content_object(tok, rule)

    def _self_cue_by_form(self, tok: Token, rule: dict) -> bool | None:
        """Whether ``tok`` is a claim of its own as its form decides (a held cue noun, an
        infinitive, a quotation before it, a question asked); None when the form decides nothing."""
        if self.held_cue_noun(tok) is not None:
            return False  # ``announced plans to close 40 stores``: the noun's claim says it
        infinitive = child(tok, ("xcomp",)) or self._object_infinitive(tok)
        if rule.get("no_wh") and self._open_question(tok):
            return False  # ``still deciding what to do``: nothing decided yet
        if rule.get("xcomp") == "self" and infinitive is not None:
            return not rule.get("needs_topic") or self._refused_topic(tok, infinitive, rule)
        if self.quote_before(tok) is not None:
            return True  # ``"…," Brandauer told reporters``: the quotation is what was said
        if rule.get("question") and tok.tag_ == "VBN" and tok.dep_ == "advcl" and any(
                t.dep_ == "mark" and t.lower_ in ("whether", "if") for t in tok.subtree):
            return True  # ``Pressed by a reporter on whether …, she said``: the question asked
        return None

    def _refused_topic(self, tok: Token, infinitive: Token, rule: dict) -> bool:
        """A refusal (``needs_topic``) names what was not said: a topic of the refused speech
        (``declined to comment on the talks``), a proposition left open (``declined to confirm
        the figure``) or the question asked (``Asked whether …, she declined to say``)."""
        days = self.rules.words("weekdays")
        spoken_topic = self._speech(infinitive, rule) and has_topic(infinitive, weekdays=days)
        proposition = _refused_proposition(infinitive, rule.get("object_verbs", ()))
        asked = any(c.dep_ == "advcl" and self.is_report(c) and has_topic(c, weekdays=days) for c in tok.children)
        return spoken_topic or proposition or asked

    def _self_cue_by_rule(self, tok: Token, rule: dict) -> bool | None:
        """Whether ``tok`` is a claim of its own as its rule's conditions decide (a clause needed,
        no plain object, no particle, a person or document subject …); None when none decides."""
        if rule.get("needs_clause") and not self._clause_waived(rule, tok):
            return False
        if _agentless_order(tok, rule):
            return False  # ``staff were told to keep the rotas internal``: an order passed on, no one's statement
        if rule.get("no_object") and self._plain_object(tok):
            return False
        if rule.get("no_particle") and child(tok, ("prt",)) is not None:
            return False  # ``flagged down a taxi``: a phrasal verb of another sense
        if rule.get("no_reduced_relative") and tok.dep_ == "acl" and tok.tag_ == "VBN" \
                and child(tok, ("agent",)) is None:
            return False  # ``a village called "Hope"``: a name given, no statement (``called "reckless" by critics`` is one)
        if rule.get("refuse_objects") and _object_lemma(tok) in rule["refuse_objects"]:
            return False  # ``hailed a cab``: the verb's other sense
        if rule.get("person_object") == "none" and self._someone(child(tok, ("dobj", "nsubjpass"))):
            return False  # ``questioned two suspects``, ``was questioned by police``: no statement
        if rule.get("placements") and self._document_placement(tok, rule):
            return True  # ``a later count put Quispe ahead``, ``a poll put Labour on 31%``: where a document's figures put someone
        if rule.get("document_subject") and not self.is_document_subject(tok):
            return False  # ``the poll gave her a lead``; not ``her parents gave her a lead``
        speaks = self._speaks_for_someone if rule.get("representatives_speak") else self._someone
        if rule.get("person_subject") and not speaks(_conj_subject(tok)) \
                and not (rule.get("documents_speak") and self.is_document_subject(tok)):
            return False  # ``the restatement raises more questions``: a thing speaks no words
        if rule.get("no_statement_subject") and self._statement_subject(tok):
            return False  # ``Her warning echoes a claim made by …``: a statement repeats no words
        if rule.get("statement_objects") and not self._statement_object(tok, rule["statement_objects"]) \
                and not self._decision_object(tok, rule):
            return False  # ``rejects partial count``: a count or a result is no statement
        if rule.get("hedge") and self._person_object_only(tok):
            return False  # ``I believe him now``: trust in a person, no belief stated
        return None

    def _content_object(self, tok: Token, rule: dict) -> bool:
        """``tok`` has the object or word its rule needs for content (``raised concerns``, ``called
        it a disgrace``, ``asked for …``), or needs none."""
        if rule.get("amount_at") and self._amount_at(tok, rule["amount_at"]):
            return True  # ``the association put claims so far at 9 billion koruna``
        if rule.get("to_object") and self.pointed_object(tok) is not None:
            return True  # ``scoffed at that account``: the statement named after the particle
        if rule.get("person_with") and self._person_topic(tok, rule["person_with"]):
            return True  # ``pressed the minister on whether …``, ``pressed both candidates on housing``
        if rule.get("bare_with") and self._bare_topic(tok, rule):
            return True  # ``pressed for his immediate release``
        if rule.get("objects"):  # ``raised concerns``, not ``raised rates``; ``with``: a word it needs too
            return _named_object(tok, rule["objects"]) is not None \
                and (not rule.get("with") or any(c.lower_ in rule["with"] for c in tok.children))
        if _statement_noun_object(tok, self.rules.listed(rule, "content_objects"), self.rules.listed(rule, "sense_objects")):
            return True  # ``mocked the idea that counties could not cope``: a statement scorned
        # a verb whose object is its content reports nothing without one (``the room applauded``)
        wanted = rule.get("with") or (_OBJECT_CONTENT if rule.get("content") == "object" else None)
        if not wanted:
            return True
        if gap_content(rule) and self.object_gap(tok) is not None:
            return True
        if "ccomp" in wanted and self.quoted_object(tok, rule) is not None:
            return True  # ``chanted "Pay up or shut down"``, ``Placards read "Fair pay now"``
        near = list(tok.children) + [g for c in tok.children if c.dep_ == "dobj" for g in c.children]
        if "oprd" in wanted and sum(c.dep_ in ("dobj", "dative") for c in tok.children) > 1:
            return True  # ``called it a disgrace`` parsed with two objects
        if "oprd" in wanted and (quoted_description(tok) is not None or merged_description(tok) is not None):
            return True  # ``called the plan "a giveaway"`` parsed as an apposition of the object
        if "xcomp" in wanted and _for_to(tok):
            return True  # ``asked for all troops to be withdrawn``
        # not the verb's own subordinator (``If the court asks for …``), not a day (``called on Tuesday``)
        return any(c.dep_ in wanted or (c.lower_ in wanted and not _pronoun_object(c) and c.dep_ != "mark"
                                        and not _time_object(c) and _request_phrase(tok, c, rule)
                                        and not self._sum_phrase(c, rule) and self._content_phrase(c, rule))
                   for c in near)

    def _person_topic(self, tok: Token, preps: list[str]) -> bool:
        """``tok`` has an object who can be asked and, after it, a preposition of ``preps`` with its
        topic (``pressed Ms. Vance on whether …``, ``pressed the bank for lower rates``); not
        ``pressed on with the plan`` (no object), ``pressed the button on the console`` (no person),
        ``pressed the opponents for the whole second half`` (a time)."""
        obj = child(tok, ("dobj",))
        if obj is None or not self._askable(obj):
            return False
        return any(c.dep_ == "prep" and c.lower_ in preps and c.i > obj.i and not _time_object(c)
                   and self._topic_noun(c) for c in tok.children)

    def _bare_topic(self, tok: Token, rule: dict) -> bool:
        """``tok`` has no object and, right after it, a preposition of the rule's ``bare_with``
        with a topic (``pressed for his immediate release``, ``pressed for a recount``); not in the
        passive (``was pressed for time``), not a stretch of time (``pressed for an hour``) nor a
        pronoun (``asked for it again``: no content), and only with someone as subject (``the
        detention was unlawful and pressed for …`` misread: none) or, for a rule whose
        ``documents_speak``, a document (``The letter also asked for a ban``, ``an open letter
        asking for a pause``); with ``bare_unreported``, not as the clause of another report
        (``said the ministry had asked for weekly reporting``: the outer report carries it) nor
        inside a quotation or an interview turn (``"We are asking for something simple," she
        said``: the quotation is the statement), except a turn's statement of another's request
        (:meth:`_third_party_request`: ``The premier asked for four.``)."""
        if child(tok, ("dobj", "nsubjpass", "auxpass", "prt")) is not None or tok.i + 1 >= len(tok.doc) \
                or not self._bare_requester(tok, rule):
            return False
        if rule.get("bare_unreported") and (self._inside_report(tok) or self.ctx.quote_at(tok.idx) is not None
                                            or (self.ctx.in_turn(tok.idx) and not self._third_party_request(tok))):
            return False
        prep = tok.doc[tok.i + 1]
        return prep.head.i == tok.i and prep.dep_ == "prep" and prep.lower_ in rule["bare_with"] \
            and not _time_object(prep) and not _pronoun_object(prep) and self._topic_noun(prep)

    def _third_party_request(self, tok: Token) -> bool:
        """In an interview turn, a request the speaker states of someone else named by a noun (``The
        premier asked for four.``, ``The council has pressed for a review.``): a report, unlike the
        speaker's own (``We asked for the data in August``: a pronoun subject) or a question
        (``Has the province asked for more aircraft?``)."""
        subj = _conj_subject(tok)
        return subj is not None and subj.pos_ != "PRON" and not self._question(tok)

    def _inside_report(self, tok: Token) -> bool:
        """``tok`` heads, or lies anywhere inside, the clause of another report (``said the
        department had no record of the office asking for changes``); a second statement of the
        outer speaker joined to the reported clause (``said the government would cover it and asked
        for …``, :meth:`second_report_of`, :meth:`modal_stray`) only when that speaker's report is."""
        outer = self.second_report_of(tok) or self.modal_stray(tok)
        if outer is not None:
            return self._inside_report(outer)
        if _reported_clause(self, tok):
            return True
        return any(a.dep_ == "ccomp" and a.head.i != a.i and self.is_report(a.head) for a in tok.ancestors)

    def modal_stray(self, verb: Token) -> Token | None:
        """``said they would not support any bill, and on Tuesday the tribes asked for …``: a past
        reporting verb the parser joined to a clause under a modal (``would support``) cannot share
        that modal, so it is no part of the reported clause but a statement beside the report: the
        outer reporting verb, else None. Not a second reported clause opened by ``that`` (``said the
        company would cooperate and that its planes were safe``), nor a reported fact (``said the
        vaccine would be available next month and two million doses arrived last week``)."""
        gov = verb.head
        outer = gov.head
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or gov.dep_ != "ccomp" or gov.tag_ != "VB" \
                or not any(a.dep_ == "aux" and a.tag_ == "MD" and a.i < gov.i for a in gov.children) \
                or child(verb, ("mark",)) is not None or not self.is_report(verb):
            return None
        return outer if outer.tag_ in ("VBD", "VBN", "VBZ", "VBP") and self.inside(outer) and self.is_report(outer) else None

    def _bare_requester(self, tok: Token, rule: dict) -> bool:
        """Who makes a bare request can: someone, someone's representatives (``the governor's
        staff``), or a document when the rule lets documents speak (the subject, or the noun a
        participle hangs on: ``a letter asking for …``)."""
        subj = _conj_subject(tok)
        if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.i < tok.i:
            # ``an open letter asking for …``; not ``no record of the office asking for changes``
            return bool(rule.get("documents_speak")) and self.is_document(tok.head)
        if subj is not None and subj.lemma_.lower() in self.rules.representatives and child(subj, ("poss",)) is not None:
            return True  # ``Marchetti's staff had pressed for …``; not ``the team pressed for a winner``
        if subj is not None and subj.pos_ == "NOUN" and self.person_or_body_noun(subj):
            return True  # ``The chamber asked for a meeting``: a body no actor covers
        return self._someone(subj) or bool(rule.get("documents_speak") and subj is not None and self.is_document(subj))

    def _topic_noun(self, prep: Token) -> bool:
        """A preposition with a topic: a clause, or a noun that is no stretch of time or place
        (rules ``non_topic_nouns``: ``for a moment``, ``for the rest of the match``)."""
        obj = child(prep, ("pobj", "pcomp"))
        return obj is not None and (obj.dep_ == "pcomp" or obj.lemma_.lower() not in self.rules.words("non_topic_nouns"))

    def _askable(self, obj: Token) -> bool:
        """Someone who can be asked: a person or body pronoun, an actor that is no place, a noun of
        one person or of a body (``the mayor``, ``both candidates``, ``the government``); not any
        plural common noun (``pressed the cloths``)."""
        if obj.pos_ == "PRON":
            return obj.lower_ in _PRONOUN_OBJECTS
        span = self.ctx.actor_at.get(obj.i)
        if span is not None:
            return not is_location(span)
        return self.person_or_body_noun(obj)

    def person_or_body_noun(self, tok: Token) -> bool:
        """A noun of one person or of a body (word lists ``person_nouns``, ``body_subjects``):
        ``the mayor``, ``both candidates``, ``the government``."""
        lemma = tok.lemma_.lower()
        return lemma in self.rules.person_nouns or lemma in self.rules.words("body_subjects")

    def quoted_object(self, tok: Token, rule: dict | None = None) -> tuple[int, int] | None:
        """The verb's object or complement is a quotation that opens right after it (only spaces
        or a colon between): ``chanted "Pay up or shut down"``, ``read: "Closed"`` (the parse
        makes the quoted words a dobj, an xcomp or an oprd as often as a ccomp): that quotation; issue 11.
        Only for rules with ``quoted_object`` (verbs of speaking, not ``described "a chaotic
        scene"``) and a quotation of at least ``quoted_min_words`` words (not ``chanted "fraud."``)."""
        rule = rule if rule is not None else (self.report_rule(tok) or {})
        if not rule.get("quoted_object"):
            return None
        quote, least = self._quote_after(tok), rule.get("quoted_min_words", 1)
        if quote is None and rule.get("colon_object"):
            quote, least = self._colon_quote_after_object(tok), 1  # the colon marks a message of any length
        if quote is None or len(self.ctx.text[quote[0]:quote[1]].split()) < least:
            return None
        return quote

    def _colon_quote_after_object(self, tok: Token) -> tuple[int, int] | None:
        """``texted a lobbyist for the alliance: "It's dead."``, ``emailed staff a one-line reply:
        "Stand down."``: the quotation opened right after a colon that closes the verb's object
        phrase (every word between the verb and the colon inside an object or recipient of it, no
        verb among them) (rules with ``colon_object``); not ``emailed the files on Monday: …``."""
        doc, objects = tok.doc, [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i > tok.i]
        inside = {t.i for o in objects for t in o.subtree}
        k = tok.i + 1
        while k < tok.sent.end and doc[k].text != ":" and k in inside and doc[k].pos_ not in ("VERB", "AUX"):
            k += 1
        if k == tok.i + 1 or k + 2 >= len(doc) or doc[k].text != ":" or doc[k + 1].text not in OPEN_QUOTES:
            return None
        quote = self.ctx.quote_at(doc[k + 2].idx)
        after = doc[k].idx + 1
        return quote if quote is not None and after <= quote[0] and not self.ctx.text[after:quote[0]].strip(
            " \u00a0" + "".join(OPEN_QUOTES)) else None

    def colon_quotation(self, tok: Token) -> tuple[int, int] | None:
        """``posted on X on July 5: “…”``, ``wrote in a memo:`` closing a paragraph whose next one
        opens with a quotation: the quotation opened right after a colon that closes the verb's own
        phrase (every word between the verb and the colon in its subtree, no verb among them)."""
        doc, inside = tok.doc, {t.i for t in tok.subtree}
        k = tok.i + 1
        while k < tok.sent.end and doc[k].text != ":" and k in inside and doc[k].pos_ not in ("VERB", "AUX"):
            k += 1
        if k >= tok.sent.end or doc[k].text != ":" or self.ctx.quote_at(tok.idx) is not None:
            return None
        text, after = self.ctx.text, doc[k].idx + 1
        gap = len(text[after:after + 8]) - len(text[after:after + 8].lstrip(" \u00a0\t\r\n"))
        if gap > 6 or text[after:after + gap].count("\n") > 2 or text[after + gap:after + gap + 1] not in OPEN_QUOTES:
            return None
        quote = self.ctx.quote_at(after + gap + 1)
        return quote if quote is not None and quote[0] == after + gap and not _tagged_quotation(text, quote) else None

    def _quote_after(self, tok: Token) -> tuple[int, int] | None:
        """The quotation opening right after ``tok`` that one of its objects or complements opens."""
        end = tok.idx + len(tok.text)
        for c in tok.children:
            if c.dep_ not in ("dobj", "xcomp", "oprd", "ccomp") or c.i < tok.i:
                continue
            quote = self.ctx.quote_at(c.idx)
            if quote is not None and end <= quote[0] and not self.ctx.text[end:quote[0]].strip(" :\u00a0"):
                return quote
        return None

    def _sum_phrase(self, prep: Token, rule: dict) -> bool:
        """``credited users with 20 pounds``, ``credited borrowers with the refunds``: the rule's
        ``with`` phrase holds money, a quantity or a banking noun (word list ``with_not``), a sum
        put in an account; not ``credited the nurses with saving the ward``."""
        obj = child(prep, ("pobj",)) if rule.get("with_not") else None
        if obj is None:
            return False
        return obj.ent_type_ in _SUM_ENTITIES or obj.like_num or child(obj, ("nummod",)) is not None \
            or obj.lower_ in self.rules.words(rule["with_not"]) or obj.lemma_.lower() in self.rules.words(rule["with_not"])

    def _content_phrase(self, prep: Token, rule: dict) -> bool:
        """A preposition of the rule's ``with`` carries what was said when the rule names a word list
        ``with_objects``: its object is a noun of that list or a quotation (``splashed with a claim
        that …``, ``under the headline "SHAME"``); not ``splashed with water``, ``under the mayor``."""
        if not rule.get("with_objects"):
            return True
        obj = child(prep, ("pobj",))
        if obj is None:
            return False
        words = self.rules.listed(rule, "with_objects")
        return obj.lower_ in words or obj.lemma_.lower() in words or self.ctx.quote_at(obj.idx) is not None

    def is_document_subject(self, tok: Token) -> bool:
        """The subject of ``tok`` is a document or data noun (rules ``document``)."""
        subj = _conj_subject(tok)
        return subj is not None and self.is_document(subj)

    def _amount_at(self, tok: Token, prep: str) -> bool:
        """``put claims so far at 9 billion koruna``, ``put the value of the deal at $4 billion``:
        any object placed at an amount (a money, percent, quantity or cardinal entity) by a
        ``prep`` phrase of the verb, also the noun of a relative clause that is its object (``a
        buy the group put at $1.2 million``); not ``put the start at 8 p.m.`` (a time), ``put the
        children at risk`` (no amount)."""
        if child(tok, ("dobj",)) is None and self.object_gap(tok) is None:
            return False
        obj = _prep_object(tok, prep)
        return obj is not None and any(t.ent_type_ in _AMOUNT_ENTITIES for t in obj.subtree)

    def _document_placement(self, tok: Token, rule: dict) -> bool:
        """``A later poll put Quispe ahead by 0.4 points``, ``a figure that the state's statistics
        put closer to 31,000``: a document subject, an object (or the relative pronoun standing
        for it) and one of the rule's ``placements`` (``ahead``, ``closer`` …) placing it, or a
        phrase of its ``placement_preps`` placing it on a share (``a poll put Labour on 31%``; not
        ``the survey put the party on course``, ``the audit put the blame on 2 former directors``);
        not ``the coach put the rookie ahead`` (a person's act)."""
        if not self.is_document_subject(tok) or child(tok, ("dobj",)) is None:
            return False
        return any(c.dep_ in ("advmod", "prep", "acomp", "oprd") and c.lower_ in rule["placements"]
                   for c in tok.children) \
            or any(_share_at(tok, prep, rule.get("placement_shares", ())) for prep in rule.get("placement_preps", ()))

    @staticmethod
    def _person_object_only(tok: Token) -> bool:
        """The verb's only complement is a personal pronoun (``believe him``, ``doubted them``)."""
        deps = [c for c in tok.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
        return len(deps) == 1 and deps[0].dep_ == "dobj" and deps[0].lower_ in _PRONOUN_OBJECTS

    def refused_object(self, tok: Token) -> Token | None:
        """``declined to confirm the figure of $2 million that Ames had cited``: the object of a
        refused proposition (``_refused_proposition``), which holds the refusal's content; a clause
        inside it (a relative clause with a subject of its own) is no report of the refusal."""
        rule = self.report_rule(tok) or {}
        infinitive = child(tok, ("xcomp",)) if rule.get("object_verbs") else None
        if infinitive is None or not _refused_proposition(infinitive, rule["object_verbs"]):
            return None
        return child(infinitive, ("dobj",))

    def _speech(self, infinitive: Token, rule: dict) -> bool:
        """``declined to comment on …``, ``refused to say when …``: the refused act is speaking
        (a reporting verb or one of the rule's ``topic_verbs``), not ``refused to leave on Monday``
        nor one of its ``silent_verbs`` (``declined to comment on the lawsuit``: the golds mark no claim)."""
        lemma = infinitive.lemma_.lower()
        if lemma in rule.get("silent_verbs", ()):
            return False
        return self.is_report(infinitive) or lemma in rule.get("topic_verbs", ())

    def withheld_question(self, tok: Token) -> bool:
        """``would not say whether …``, ``has not said when …``: a negated speech verb (word list
        ``withheld_question_verbs``) whose complement is a question names what the speaker kept
        back, a claim marked negated (the later golds' convention); ``did not say the warrants are
        banned`` (no question) reports nothing."""
        if tok.lemma_.lower() not in self.rules.words("withheld_question_verbs") or not negated_report(tok):
            return False
        if tok.dep_ == "conj" and child(tok, ("nsubj",)) is None and \
                (child(tok.head, ("nsubj",)) is None or not self.is_report(tok.head)) and not self._withheld_after_report(tok):
            return False  # ``a gun was found but did not say where``: whose? (``The release said … but`` names it)
        return self._open_question(tok) or _question_topic(tok, self.rules.words("question_topic_preps")) \
            or question_adverbial(tok) is not None

    @staticmethod
    def _open_question(tok: Token) -> bool:
        """The verb's complement opens with a question word (``deciding what to do``,
        ``will decide whether …``); not a relative pronoun inside the clause's subject (``held that
        car dealers who arranged loans did not owe …``)."""
        for c in tok.children:
            if c.dep_ in ("ccomp", "xcomp") and any(
                    g.lower_ in _TOPIC_MARKS and g.i < c.i and g.tag_ in ("IN", "WDT", "WP", "WRB")
                    and not _in_relative(g, c) for g in c.subtree):
                return True
        return False

    def _object_infinitive(self, tok: Token) -> Token | None:
        """``pressed the airline to reopen talks`` parsed with the infinitive as a clause of
        purpose: right after an object that names someone, it is what they are asked to do."""
        obj = child(tok, ("dobj",))
        if obj is None or not self._someone(obj):
            return None
        return next((c for c in tok.children if c.dep_ == "advcl" and has_to(c)
                     and c.left_edge.i == obj.right_edge.i + 1), None)

    def quote_before(self, tok: Token) -> tuple[int, int] | None:
        """``"…," the senator said`` / ``"…?" Thiel wrote on X``: the quotation closed by a comma,
        ``?``, ``!`` or dash right before the reporting verb or its subject (nothing but spaces
        and a comma between), when the verb is outside quotations; else None."""
        ctx = self.ctx
        if ctx.quote_at(tok.idx) is not None:
            return None
        # the subject phrase right before the verb (``Thiel, the opposition's chief whip, wrote``)
        left = self._subject_start(tok)
        text, k = ctx.text, left - 1
        while k > 0 and text[k] in " ,\n" and left - k < 4:
            k -= 1
        if k < 1 or text[k] not in "\"\u201d" or text[k - 1] not in ",?!\u2014":
            return None
        quote = ctx.quote_at(k)
        return quote if quote is not None and quote[1] == k + 1 else None

    def _subject_start(self, tok: Token) -> int:
        """Where the subject phrase right before ``tok`` starts (``tok`` itself when none), through
        a name the parser split off as a second subject (``a reporter from the public broadcaster``
        + ``NHK`` + ``asked``)."""
        left, end = tok.idx, tok.i
        for subj in sorted((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i),
                           key=lambda c: -c.i):
            between = self.doc[subj.right_edge.i + 1:end]
            if not all(t.is_punct or t.is_space for t in between) or (end != tok.i and len(between)):
                break  # a second subject runs on into the first with nothing between
            left, end = subj.left_edge.idx, subj.left_edge.i
        return left

    def _statement_object(self, tok: Token, words: list[str]) -> bool:
        """The object of ``tok`` (or the noun its relative clause modifies) is a statement: a cue
        noun or one of ``words`` (``idea``), a pronoun, or a description follows (``as``)."""
        if any(c.dep_ == "ccomp" for c in tok.children) or any(
                t.lower_ == "as" and t.i > tok.i and _as_description(t) for t in tok.subtree):
            return True
        obj = child(tok, ("dobj", "nsubjpass")) or self.object_gap(tok)
        if obj is None or obj.pos_ in ("PRON", "DET"):
            return True
        lemma = obj.lemma_.lower()
        return lemma in self.rules.nouns or lemma in words

    def _decision_object(self, tok: Token, rule: dict) -> bool:
        """``the board rejected the offer within hours``: the object of ``tok`` is one of its rule's
        ``decision_objects`` (an offer, a bid) and ``tok`` states it in a clause of its own (not a
        relative clause, ``which last year rejected a €12bn offer``, nor another report's clause,
        ``said its members had rejected a final offer``, nor a clause of a source phrase,
        ``rejected a €12bn offer last year, according to people familiar with the talks``)."""
        obj = child(tok, ("dobj",))
        if obj is None or obj.lemma_.lower() not in self.rules.listed(rule, "decision_objects"):
            return False
        sourced = any(c.lower_ == r["words"][0] for r in self.rules.sources for c in tok.children)
        return tok.dep_ not in ("relcl", "acl", "advcl") and not _reported_clause(self, tok) and not sourced

    def _statement_subject(self, tok: Token) -> bool:
        """The subject of ``tok`` is a cue noun (``warning``, ``claim``): a statement, no speaker."""
        subj = _conj_subject(tok)
        return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in self.rules.nouns

    def _someone(self, subj: Token | None) -> bool:
        """A subject that can speak: a person or group pronoun, an actor that is no place, a
        noun naming people (``employees``, ``two of the lenders``), a name set off by a noun
        naming a person (``Harlan Boatwright Jr., the campaign's chairman``)."""
        if subj is None:
            return False
        if subj.pos_ == "PRON":
            return subj.lower_ in ("i", "we", "you", "he", "she", "they")
        span = self.ctx.actor_at.get(subj.i)
        if span is not None:
            return not is_location(span)
        head = (child(child(subj, ("prep",)) or subj, ("pobj",)) if subj.pos_ == "NUM" else subj) or subj
        lemma = head.lemma_.lower()
        if lemma in self.rules.person_nouns:
            return True
        if subj.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lemma_.lower() in self.rules.person_nouns
                                        for c in subj.children):
            return True  # ``Harlan Boatwright Jr., the campaign's chairman,`` when no actor covers the name
        # ``several nurses``, ``employees``; not ``the findings`` (a document) or ``the developments``
        return head.tag_ == "NNS" and not self.is_document(head) and not lemma.endswith(_ABSTRACT_ENDINGS)

    def _speaks_for_someone(self, subj: Token | None) -> bool:
        """:meth:`_someone`, or a noun of those who speak for someone (rules ``representatives``:
        ``the campaign``, ``his staff``, ``the mayor's office``)."""
        return self._someone(subj) or (subj is not None and subj.lemma_.lower() in self.rules.representatives)

    def _clause_waived(self, rule: dict, tok: Token) -> bool:
        """A verb that reports only a clause (``needs_clause``) also reports its object when a
        document says it (``document_object``: ``the tally showed a lead of 212 votes``), when an
        actor does (``actor_object``: ``the Bank of England signals a cut``), or, in the passive
        with no agent (``passive_object``), its subject (``No injuries were reported``)."""
        if rule.get("document_object") and self.document_object(tok):
            return True
        if self._headline_small_clause(tok):
            return True  # ``Approval of oil field unlawful, High Court rules``: ``is`` left out
        if rule.get("gap") and self.object_gap(tok) is not None:
            return True  # ``the rules Hensley cited``: the noun is what was cited
        if self.quote_before(tok) is not None:
            return True  # ``"…?" Thiel wrote on X``: the quotation is what is written
        if rule.get("colon_quote") and self.colon_quotation(tok) is not None:
            return True  # ``posted on X on July 5: “…”``: the quotation the colon opens is what is written
        if rule.get("finding_objects") and _evidence_clause(tok, rule["finding_objects"]):
            return True  # ``We found no evidence that the incentives played any role``
        if rule.get("to_object") and self.pointed_object(tok) is not None:
            return True  # ``the campaign pointed to a rise in assaults``: the evidence it names
        if rule.get("predicate_object") and _judged_object(tok):
            return True  # ``the party considered the seat "safe"``: a judgement of the object
        if rule.get("forecast_objects") and self._forecast_object(tok, rule["forecast_objects"]):
            return True  # ``analysts projected a $40 million shortfall``: a speaker's forecast
        if rule.get("participle_object") and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj"):
            obj = child(tok, ("dobj",))  # ``declined to comment, citing its policy on …``
            return obj is not None and not self._source_like(obj)
        if rule.get("actor_object") and child(tok, ("dobj",)) is not None:
            if self._event_object(rule, child(tok, ("dobj",))):
                return False  # ``when the company reports third-quarter results``: an event
            subj = child(tok, ("nsubj",))
            span = self.ctx.actor_at.get(subj.i) if subj is not None else None
            if span is None and subj is not None and self.ctx.section_at(tok.idx) in ("headline", "subhead"):
                return self.person_or_body_noun(subj)  # ``Energy chair signals no markup``: a role, no actor
            return span is not None and not is_location(span)
        if rule.get("passive_object") and passive(tok) and child(tok, ("agent", "ccomp", "xcomp")) is None:
            subj = child(tok, ("nsubjpass",))
            return subj is not None and subj.pos_ in ("NOUN", "PROPN")
        return False

    def _forecast_object(self, tok: Token, nouns: str) -> bool:
        """``Analysts projected a $40 million shortfall``, ``Kayacan projected capacity growth of
        8%``, ``the bureau, which projected $90 million in new costs``: a subject that can speak
        (or a relative pronoun whose noun can) and a forecast object (:func:`_forecast_object`, word
        list ``nouns``: growth, win, surplus …); not ``projected an image``, ``projected
        confidence``, ``projected 3 slides``, ``the screen projected …`` (no speaker). The relative
        pronouns are written here: no word list of the rules holds just them."""
        subj = _conj_subject(tok)
        if subj is not None and subj.lower_ in ("which", "that", "who") and tok.dep_ == "relcl":
            subj = tok.head
        return self._speaks_for_someone(subj) and child(tok, ("dobj",)) is not None \
            and _forecast_object(tok, self.rules.words(nouns))

    def _event_object(self, rule: dict, obj: Token) -> bool:
        """An object that names an event, not what is said (``event_objects``: ``reports
        results``), unless it carries a figure (``reported earnings of $2.1 billion``)."""
        words = self.rules.words(rule.get("event_objects") or "")
        return obj.lemma_.lower() in words and not any(t.tag_ in ("CD", "$") for t in obj.subtree)

    def pointed_object(self, tok: Token) -> Token | None:
        """``The campaign pointed to a rise in assaults``, ``they point to her margin as proof``:
        for a rule with ``to_object``, the object of ``to`` right after a finite verb whose subject
        can speak, an evidence noun (word list ``to_object``) or any object but a person followed
        by an ``as`` phrase of a noun of the ``to_as`` list (``pointed to the exit of two board
        members as a sign of trouble``); not a thing or a person pointed at (``pointed to the
        door``, ``to the man in the blue jacket``), not a participle (``…, pointing to …``)."""
        rule = self.report_rule(tok) or {}
        if not rule.get("to_object") or tok.tag_ == "VBG" or not self._speaks_for_someone(_conj_subject(tok)):
            return None
        prep = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        wanted = rule.get("object_prep", "to")  # ``scoffed at that account``, ``stood by his remark``
        wanted = (wanted,) if isinstance(wanted, str) else tuple(wanted)
        obj = child(prep, ("pobj",)) if prep is not None and prep.head.i == tok.i and prep.lower_ in wanted else None
        if obj is None and prep is not None and prep.head.i == tok.i and prep.lower_ in wanted:
            return self._said_relative(prep)  # ``stands by what he said``
        if obj is None or obj.pos_ == "PRON" or obj.ent_type_ == "PERSON" or obj.lemma_.lower() in self.rules.person_nouns:
            return None
        evidence = self.rules.words(rule["to_object"])
        if obj.lower_ in evidence or obj.lemma_.lower() in evidence:
            return obj
        return obj if self._as_evidence(tok, obj, self.rules.words(rule.get("to_as") or "")) else None

    def _said_relative(self, prep: Token) -> Token | None:
        """``stands by what he said``, ``scoffed at what she wrote``: a free relative after the
        particle whose verb reports something (a rule of kind ``report``) names the words said;
        not ``pointed to what looked like a gun``."""
        verb = child(prep, ("pcomp",))
        if verb is None or verb.pos_ != "VERB" or self.rules.report_rule(verb.lemma_.lower(), verb.lower_) is None:
            return None
        return verb if any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children) else None

    @staticmethod
    def _as_evidence(tok: Token, obj: Token, nouns: frozenset[str]) -> bool:
        """An ``as`` phrase after ``obj``, hung on the verb or inside the object, whose noun is one
        of ``nouns`` (``as a sign of trouble``, ``as proof that …``)."""
        inside = {t.i for t in obj.subtree}
        return any(t.dep_ == "prep" and t.lower_ == "as" and t.i > obj.i and (t.head.i == tok.i or t.head.i in inside)
                   and (child(t, ("pobj",)) is not None and child(t, ("pobj",)).lemma_.lower() in nouns)
                   for t in tok.subtree)

    def _source_like(self, obj: Token) -> bool:
        """``citing officials``, ``citing a report by X``: the object names a source (an actor, a
        proper name, a document or a source noun of the ``source_phrase`` rules), which the source
        phrase handles; ``citing its policy`` gives the subject's reason."""
        lemma = obj.lemma_.lower()
        if self.cited_evidence(obj.head, obj):
            return False
        return self.ctx.actor_at.get(obj.i) is not None or obj.pos_ == "PROPN" or self.is_document(obj) or \
            any(lemma in r.get("objects", ()) for r in self.rules.sources)

    def cited_evidence(self, cite: Token, obj: Token) -> bool:
        """``The alliance urged lawmakers to …, citing a 2024 state survey that found …``: a document
        or data noun cited by a participle hung on a reporting verb that has a subject of its own
        is that subject's evidence, not the source of its words (the survey does not urge): the
        ``cite`` report cue reads it, the subject citing the document. People cited (``…, citing
        two officials``) and a participle after no reporting verb stay a source phrase. The verb
        may be the one whose ``to`` clause the participle closes (``urged lawmakers to double``)."""
        head = cite.head
        if cite.tag_ != "VBG" or cite.dep_ not in ("advcl", "conj") or head.i >= cite.i or not self.is_document(obj):
            return False
        while head.dep_ == "xcomp" and not self.is_report(head):
            head = head.head  # ``urged lawmakers to double …, citing``: the urging cites
        return self.is_report(head) and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i for c in head.children)

    def document_object(self, tok: Token) -> bool:
        """``a poll released Thursday found Ortiz with 46 percent``, ``the whip count showed 14
        votes against``: a document or data (rules ``document``) as the subject of a verb whose
        object is then what the document says (rules with ``document_object``); also a participle
        of a document noun (``official figures published last week showing housing starts at a
        low``: the noun is its subject); also through a raising verb (word list ``raising_verbs``:
        ``footage … appeared to show officers striking the man``)."""
        subj = child(tok, ("nsubj",))
        if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.i < tok.i:
            subj = tok.head
        if subj is None and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.rules.words("raising_verbs"):
            subj = raised_subject(tok.head)  # ``video … appeared to show soldiers firing``
        subj = _relative_antecedent(tok, subj)
        return subj is not None and (child(tok, ("dobj",)) is not None or _small_clause(tok) is not None) \
            and (self.is_document(subj) or self._it_document(subj) or self._named_document(subj))

    def _named_document(self, subj: Token) -> bool:
        """``A University of New Hampshire Granite State Poll released last week showed Driscoll
        at 34 percent``: an organisation mention (a named poll or survey the actor layer keeps
        as one) whose last word, its head, is a capitalised data-product noun (word list
        ``named_document_heads``: poll, survey, index …) reports its object like a document does;
        not ``The Star-Ledger found a buyer``, ``Reading found a late winner``."""
        span = self.ctx.actor_at.get(subj.i)
        if span is None or span[-1].i != subj.i or not subj.text[:1].isupper() \
                or (span._.norm or {}).get("type") != "organization":
            return False  # ``Senator Maria Poll showed reporters the letter``: a person
        heads = self.rules.words("named_document_heads")
        return (subj.lemma_.lower() in heads or subj.lower_ in heads) \
            and not document_refused(subj, self._document_rule(subj))

    def _it_document(self, subj: Token) -> bool:
        """``The county poll, released Monday, showed Lind ahead. It found 8% still undecided``:
        ``it`` opening the sentence when the sentence just before (same paragraph) has a document
        noun as the subject of its main verb: the document goes on reporting (the speaker is
        resolved by claim_attribution's previous-document reading)."""
        span = self._previous_unit(subj) if subj.lower_ == "it" else None
        noun = _main_subject(self.ctx, span, ("nsubj",)) if span is not None else None
        return noun is not None and self.is_document(noun)

    def _opens_after_previous(self, subj: Token) -> bool:
        """Does ``subj`` (a pronoun) open this unit, with a unit before it in the same paragraph?"""
        ctx, index = self.ctx, self.index
        if index == 0 or any(t.pos_ not in ("PUNCT", "SPACE") for t in self.tokens if t.i < subj.i):
            return False
        return ctx.paragraph_index(ctx.sent_ranges[index - 1][0]) == ctx.paragraph_index(self.start_char)

    def _previous_unit(self, subj: Token) -> Span | None:
        """The unit just before this one in the same paragraph when ``subj`` (a pronoun) opens
        this one (:func:`unit_span`); None otherwise."""
        return unit_span(self.ctx, self.index - 1) if self._opens_after_previous(subj) else None

    def previous_sentence(self, subj: Token) -> Sentence | None:
        """The sentence just before this one in the same paragraph when ``subj`` (a pronoun)
        opens this one (:meth:`at`); None otherwise."""
        return Sentence.at(self.ctx, self.index - 1) if self._opens_after_previous(subj) else None

    def previous_subject(self, subj: Token, deps: Iterable[str] = ("nsubj", "nsubjpass")) \
            -> tuple[Sentence, Token] | None:
        """The sentence just before this one in the same paragraph (:meth:`at`) and the subject
        (one of ``deps``) of its main verb, when the pronoun ``subj`` opens this one (None
        otherwise); the sentence is analysed only when that subject is found."""
        span = self._previous_unit(subj)
        noun = _main_subject(self.ctx, span, deps) if span is not None else None
        return (Sentence.at(self.ctx, self.index - 1), noun) if noun is not None else None

    def previous_verbless_head(self, subj: Token) -> tuple[Sentence, Token] | None:
        """``The big national carriers, not yet. They say …``: the sentence just before this one
        in the same paragraph and its head noun, when the pronoun ``subj`` opens this one and that
        sentence has no verb at all (a noun phrase and a comment on it: its root is a noun);
        None otherwise."""
        span = self._previous_unit(subj)
        if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
            return None
        root = next((t for t in span if t.dep_ == "ROOT"), None)
        if root is None or root.pos_ not in ("NOUN", "PROPN") or self.ctx.is_excluded(root.idx):
            return None
        return Sentence.at(self.ctx, self.index - 1), root

    def is_document(self, tok: Token) -> bool:
        """A document or data noun (rules ``document``) that names no actor; ``e-mail`` split
        by the tokenizer (``e`` ``-`` ``mail``) too."""
        if self.ctx.actor_at.get(tok.i) is not None:
            return False
        rule = self._document_rule(tok)
        return rule is not None and not document_refused(tok, rule)

    def _document_rule(self, tok: Token) -> dict | None:
        """The ``document`` row of ``tok``'s word (by lemma, else as written: ``data`` lemmatized
        as ``datum``; ``e-mail`` split by the tokenizer read whole), else None."""
        word = tok.lemma_.lower()
        if tok.i + 2 < len(self.doc) and self.doc[tok.i + 1].text == "-" and not self.doc[tok.i + 1].whitespace_ \
                and not tok.whitespace_:
            word = f"{tok.lower_}-{self.doc[tok.i + 2].lemma_.lower()}"
        return self.rules.documents.get(word) or self.rules.documents.get(tok.lower_)

    def object_gap(self, tok: Token) -> Token | None:
        """The noun a relative clause of ``tok`` modifies when that noun is the verb's object
        (``a demand Hamas has rejected``, ``a ruling that critics called a disgrace``, ``the $3.5
        billion analysts had forecast``), else None."""
        if tok.dep_ != "relcl" or not self.inside(tok.head) or tok.head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
            return None
        subj = child(tok, ("nsubj", "nsubjpass"))
        if subj is None or subj.tag_ in ("WDT", "WP") or child(tok, ("ccomp",)) is not None:
            return None
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if not objects or objects[0].tag_ in ("WDT", "WP"):
            return tok.head
        # ``a ruling that critics called a disgrace``: ``that`` read as a conjunction, the
        # complement as the object
        relative = any(c.dep_ == "mark" and c.lower_ in ("that", "which") for c in tok.children)
        return tok.head if relative and len(objects) == 1 else None

    def _reports_clause(self, verb: Token, clause: Token) -> bool:
        """Whether ``clause`` is what ``verb`` reports: its ``ccomp``, unless the verb is quoted and
        the clause outside the quotation (``"They've been saying that since May," the senator
        said``: the outer frame). Read from the parse alone, so that the answer is the same while
        the clause heads are still being found (a participle such as ``a statement saying that …``
        is looked at then) and once the frames are known (it read the frames then)."""
        if clause.dep_ != "ccomp" or clause.head.i != verb.i:
            return False
        quote = self.ctx.quote_at(verb.idx)
        return quote is None or quote[0] <= clause.idx < quote[1]

    def _plain_object(self, tok: Token) -> bool:
        """``They always say that``, ``added 40 buses``: a direct object that is no quotation and
        no person or actor (whom a verb like ``say`` might address) - then the verb reports nothing
        (rules with ``no_object``)."""
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.lower_ in ("that", "this", "so") and \
                not (nxt.dep_ == "mark" and self._reports_clause(tok, nxt.head)):
            return True  # ``say that`` with the ``that`` hung elsewhere by the parser
        for obj in tok.children:
            if obj.dep_ != "dobj" or not self.inside(obj) or self.ctx.actor_at.get(obj.i) is not None:
                continue
            words = self.ctx.text[obj.left_edge.idx:obj.right_edge.idx + len(obj.right_edge.text)]
            if not any(q in words for q in "\"\u201c\u201d\u2018\u2019") and \
                    obj.lemma_.lower() not in self.rules.person_nouns and not _subject_before_aside(obj):
                return True
        return False

    def _is_head(self, tok: Token) -> bool:
        if tok.is_space or tok.is_punct or not verbal(tok):
            return False
        if tok.dep_ == "ROOT" or not self.inside(tok.head):
            return True
        test = HEAD_TESTS.get(tok.dep_)
        return test is not None and test(self, tok)

    def _find_heads(self) -> None:
        words = self.ctx.verb_words  # the tokens ``_is_head`` does not turn down at once
        for i in words[bisect.bisect_left(words, self.lo):bisect.bisect_left(words, self.hi)]:
            tok = self.doc[i]
            if self._is_head(tok):
                self.heads.append(tok)
                self.head_set.add(tok.i)

    def has_numeric(self, tok: Token) -> bool:
        lo, hi = tok.left_edge.i, tok.right_edge.i
        return any(s.label_ in ("money", "date", "quantity", "percent") and lo <= s.root.i <= hi
                   and not descriptive_date(s) for s in self.spans)

    def _parent_head(self, head: Token) -> int | None:
        tok = head
        while tok.dep_ != "ROOT" and tok.head.i != tok.i and self.inside(tok.head):
            tok = tok.head
            if tok.i in self.head_set:
                return tok.i
        return None

    def _owner(self, i: int) -> int | None:
        """The clause head token ``i`` belongs to, stored in ``self.owner`` for every token on the
        way up: each token is walked once, so a long chain of heads stays linear."""
        head_of, cur, path = self.ctx.head_of, i, []
        while cur not in self.owner:
            path.append(cur)
            if cur in self.head_set:
                found = cur
                break
            up = head_of[cur]
            if up == cur or not self.lo <= up < self.hi:
                found = None
                break
            cur = up
        else:
            found = self.owner[cur]
        for j in path:
            self.owner[j] = found
        return found

    def _leaves_unit(self, tok: Token) -> bool:
        cur = tok
        while cur.head.i != cur.i:
            if not self.inside(cur.head):
                return True
            cur = cur.head
        return False

    def _adopt_cut_tokens(self) -> None:
        """A parse that ran across a paragraph break leaves tokens hanging on words of the next
        paragraph (``… package for Ukraine`` + ``Editor's note``): they belong to the clause of
        the words before them."""
        last = None
        for t in self.tokens:
            if self.owner[t.i] is not None:
                last = self.owner[t.i]
            elif last is not None and self._leaves_unit(t):
                self.owner[t.i] = last

    def _link(self, head: Token) -> Token:
        """The child of the parent head through which ``head`` hangs (``head`` itself or above)."""
        parent = self.parent.get(head.i)
        tok = head
        while tok.head.i != parent and tok.head.i != tok.i:
            tok = tok.head
        return tok

    # -- reporting frames
    def _reported_heads(self, h: Token) -> list[int]:
        reported = []
        quote = self.ctx.quote_at(h.idx)
        refused = self.refused_object(h)
        for c in self.heads:
            if (self.parent.get(c.i) == h.i and self.in_document_clause(h, c)) or self.second_clause(h, c):
                reported.append(c.i)
                continue
            if self.parent.get(c.i) != h.i or c.i == h.i or c.i in self.noun_frame_of:
                continue  # ``declined to comment on reports that …``: the noun's clause
            if refused is not None and refused.is_ancestor(c):
                continue  # ``declined to confirm the figure that Ames had cited``: Ames's claim
            if quote is not None and not quote[0] <= c.idx < quote[1]:
                continue  # ``"They've been saying that since May," the senator said``: a lost outer frame
            link = self._link(c)
            if link.dep_ == "xcomp" and link.i not in self.head_set and _through_adverbial(c, link):
                continue  # ``expected to be sworn in unless …, which the party has said …``: not the report
            if link.i == self._listed_before(h):
                continue  # ``she thanked him, wrote his name …``: a list of acts, not a report
            if self._semicolon_before(h, c):
                continue  # ``He held town halls; he answered his own email``: two acts, no report
            if c.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ in self.rules.words("time_marks") for m in c.children):
                continue  # ``shows the striker scoring … before the keeper was sent off``: a time clause
            if link.dep_ in ("ccomp", "xcomp") or c.dep_ == "pcomp" or self._adjective_clause(h, link, c) or \
                    (c.dep_ == "ccomp" and c.head.i == link.i and anonymity_request(link, self.rules)) or \
                    (link.dep_ == "dobj" and self.statement_clause(c)) or \
                    (c.dep_ == "relcl" and link.dep_ == "dobj" and not self._own_relative_report(c)
                     and not (self.report_rule(h) or {}).get("no_relative")):  # ``held talks that lasted …``
                reported.append(c.i)
        rule = self.report_rule(h)
        if rule.get("that_clause"):  # ``held that …``; not ``hold them to account, whoever they are``
            reported = [i for i in reported if any(c.dep_ == "mark" and c.lower_ == "that" for c in self.doc[i].children)]
        if rule.get("content") == "object":  # ``my sons are alive, so I thank God``: its object is its content, no clause before it
            reported = [i for i in reported if i > h.i]
        if rule.get("finite_clause"):  # ``texted that the count was over``; not ``can text STOP to opt out``
            reported = [i for i in reported if _finite_clause(self.doc[i])]
        if reported and any(c.dep_ == "neg" for c in h.children) and rule.get("needs_clause") and not rule.get("hedge") \
                and not (conceded(h, rule, self.rules) and all(self.doc[i].dep_ == "ccomp" for i in reported)):
            return []  # ``did not reveal that …``; not ``I do not accept that …`` (a rejection still stated)
        return reported

    def second_clause(self, h: Token, clause: Token) -> bool:
        """``said in a statement that he was "deeply disappointed" and that lawyers were reviewing
        …``, ``said the union was "appalled", and that members would vote …``: a clause opened by
        ``that`` with a subject of its own that the parser joined to the reporting verb itself,
        after a first clause the verb reports (its clausal complement, or a ``that`` clause hung on
        the noun of its phrase: :meth:`in_document_clause`), is the verb's second content (README:
        coordinated that-clauses under one cue stay one claim); so is one joined to the verb a
        reporting participle hangs on (``rejected the allegation, saying counting was being done
        "in full view" and that results would be final``). Not for a verb whose content is its
        object, nor across a quotation the verb stands in."""
        host = h.head if h.dep_ == "advcl" and h.tag_ == "VBG" else h
        if clause.dep_ != "conj" or clause.head.i != host.i or clause.i < h.i or not self._opens_with_that(clause) \
                or (self.report_rule(h) or {}).get("content") == "object":
            return False
        quote = self.ctx.quote_at(h.idx)
        if quote is not None and not quote[0] <= clause.idx < quote[1]:
            return False
        return any((t.dep_ == "ccomp" and t.head.i == h.i) or self.in_document_clause(h, t)
                   for t in self.doc[h.i + 1:clause.left_edge.i])

    def own_first_clause(self, h: Token) -> bool:
        """``h`` reports only second clauses (:meth:`second_clause`): its first clause is no
        clause head (``said in a statement that he was "deeply disappointed" and that …``, the
        adjective read as the clause's head), so the verb's own claim carries it."""
        reported = self.frames.get(h.i)
        return bool(reported) and all(self.second_clause(h, self.doc[r]) for r in reported)

    def _semicolon_before(self, h: Token, clause: Token) -> bool:
        """For a rule with ``no_clause_across_semicolon``: ``clause`` stands before ``h`` with a
        semicolon outside quotation marks between them (the parser hung the clause before the
        semicolon on the verb after it: ``He held more town halls …; he answered his own email``)."""
        if clause.i > h.i or not (self.report_rule(h) or {}).get("no_clause_across_semicolon"):
            return False
        return any(t.text == ";" and self.ctx.quote_at(t.idx) is None for t in self.doc[clause.i:h.i])

    def _adjective_clause(self, h: Token, link: Token, clause: Token) -> bool:
        """``are worried that …`` with the clause hung on the cue adjective: it is reported."""
        return clause.dep_ == "ccomp" and clause.head.i == link.i and link.dep_ in ADJECTIVE_DEPS \
            and getattr(adjective_cue(h, self.rules), "i", None) == link.i

    def in_document_clause(self, h: Token, clause: Token) -> bool:
        """``said in a statement that the attack had been repelled``, ``told analysts on a
        conference call that …``, ``told reporters outside the chamber that …``: the parser hangs
        the verb's ``that`` clause on the noun of a phrase of the verb (as a relative clause); it
        is what the verb reports. ``in`` + a document noun takes any ``that`` clause; any other
        phrase takes a clause that opens with ``that`` and has a subject of its own, and only
        for a verb that reports a clause (not ``praised``) and has none of its own."""
        noun = clause.head
        if clause.dep_ not in ("relcl", "acl") or noun.dep_ != "pobj":
            return False
        prep = noun.head
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.head.i == h.i and \
                noun.lemma_.lower() in self.rules.documents:
            return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        return self._phrase_of(h, noun) and self._opens_with_that(clause) and self._takes_clause(h) \
            and not self._pointed_statement(h, noun)

    def _pointed_statement(self, h: Token, noun: Token) -> bool:
        """``scoffed at Greer's claim that studios would stay``, ``stood by her assertion that
        …``: a cue noun the verb points at (:meth:`pointed_object`) is a statement of its own (the
        noun's claim); the verb's claim is the noun phrase, not the clause."""
        pointed = self.pointed_object(h) if noun.lemma_.lower() in self.rules.nouns else None
        return pointed is not None and pointed.i == noun.i

    @staticmethod
    def _phrase_of(h: Token, noun: Token) -> bool:
        """``noun`` ends a chain of prepositional phrases hung on ``h`` (``on a call with
        analysts``), each the object of its preposition."""
        cur = noun
        while cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            if cur.head.head.i == h.i:
                return True
            cur = cur.head.head
        return False

    @staticmethod
    def _opens_with_that(clause: Token) -> bool:
        """The clause opens with ``that`` (as its mark, or read as a relative pronoun) and has a
        subject of its own besides it (``that he had run out of patience``)."""
        first = clause.left_edge
        return first.lower_ == "that" and (first.head.i == clause.i or _filled_object(first)) and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") and c.i > first.i for c in clause.children)

    def _takes_clause(self, h: Token) -> bool:
        """A reporting verb that reports a clause and has no clause of its own (``told analysts
        on a call that …``; not ``praised the staff at the hospital that …``)."""
        rule = self.report_rule(h) or {}
        return rule.get("content") != "object" and not rule.get("objects") and \
            not any(c.dep_ in ("ccomp", "xcomp") for c in h.children)

    def _own_relative_report(self, clause: Token) -> bool:
        """A relative clause in a verb's object is reported with it (``announced a deal that
        would …``) unless it is a report of someone named in it (``cited an e-mail in which a
        supervisor wrote``, ``a demand Hamas has rejected``); a pronoun subject (``a shift he said
        would …``) is resolved through the outer report, so that one stays in it."""
        subj = child(clause, ("nsubj", "nsubjpass"))
        return self.is_report(clause) and not (subj is not None and subj.pos_ == "PRON" and subj.tag_ == "PRP")

    def _addressee_only(self, h: Token) -> bool:
        """``the room, she told me, had …``: the verb's object, if any, is whom it was said to (a
        pronoun, a person noun, an actor), not what was said."""
        obj = child(h, ("dobj",))
        return obj is None or obj.tag_ == "PRP" or obj.lemma_.lower() in self.rules.person_nouns or \
            self.ctx.actor_at.get(obj.i) is not None

    def _comma_conj(self, h: Token) -> bool:
        """``Sales rose 4 percent, the treasurer said``, parsed as a coordination without ``and``:
        the reporting verb frames the clause before it."""
        if h.dep_ != "conj" or child(h, ("nsubj",)) is None or child(h, ("xcomp",)) is not None:
            return False
        gov = h.head
        return not any(c.dep_ == "cc" and gov.i < c.i < h.i for c in gov.children) and \
            any(t.text == "," for t in self.doc[gov.i:h.left_edge.i])

    def _orphans(self, h: Token) -> list[int]:
        """``<clause>, the regulator said`` when the parse left the clause unattached to ``said``
        (a sentence that ran across a paragraph break): the clause roots of this sentence unit
        that come before the reporting verb."""
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") and self.inside(c) for c in h.children) \
                or child(h, ("nsubj",)) is None or self.parent.get(h.i) is not None:
            return []
        # the top clause of another parse tree before it (a sentence cut before ``, officials said``)
        root = h.sent.root.i
        return [c.i for c in self.heads if c.i < h.i and self.parent.get(c.i) is None
                and (not self.inside(c.head) or c.sent.root.i != root)]

    def _find_frames(self) -> None:
        for h in self.heads:
            rule = self.report_rule(h)
            if h.i in self.wrapped:
                continue  # ``want`` of ``I want to thank …``: the thanks are the claim, no frame
            if rule is not None and rule.get("objects") and not any(
                    c.dep_ == "dobj" and c.lemma_.lower() in rule["objects"] for c in h.children):
                continue  # ``renew a provision that expires``: only the statements it names
            if rule is None or (rule.get("needs_topic") and not self.self_cue(h)) or \
                    ((rule.get("no_wh") or (negated_report(h) and not self.withheld_question(h))) and self._open_question(h)):
                continue  # ``refused to leave when …``; ``decided how to vote``; ``did not say when …``
            if self.withheld_question(h):
                self._frame_withheld(h)
                continue
            if rule.get("no_agentless_participle") and _agentless_participle(h):
                continue  # ``Asked whether the plant would close, Berg said …``: no one named asked
            cleft = cleft_report(self, h)
            reported = [cleft.i] if cleft is not None and cleft.i in self.head_set else self._reported_heads(h)
            if reported:
                self.frames[h.i] = reported
                for r in reported:
                    self.frame_of[r] = h.i
            elif (h.dep_ == "parataxis" or self._comma_conj(h) or self._as_report(h)) \
                    and child(h, ("ccomp",)) is None and self._addressee_only(h):
                parent = self.parent.get(h.i)
                if parent is not None:
                    self.frames[h.i] = [parent]
                    self.frame_of.setdefault(parent, h.i)
            else:
                orphans = self._orphans(h) or self._clauses_before_comma(h)
                if orphans:
                    self.frames[h.i] = orphans
                    for r in orphans:
                        self.frame_of.setdefault(r, h.i)

    def _frame_withheld(self, h: Token) -> None:
        """``has not said when the plant will reopen``: a withheld question reports the question
        after the verb alone, not a clause the parser hung before it (``X has said …; Y has not
        said whether …`` parsed with the first clause under the second ``said``)."""
        reported = [r for r in self._reported_heads(h) if r > h.i]
        if reported:
            self.frames[h.i] = reported
            for r in reported:
                self.frame_of[r] = h.i

    def _as_report(self, h: Token) -> bool:
        """``As the minister told me then, "we will not …"``, ``…, as one analyst said``: a
        reporting clause opened by ``as``, with a subject and no topic of its own, frames the
        clause it hangs on (not ``as retailers contend with stretched consumers``; not ``Aguirre
        claims victory as Cevallos concedes`` in a headline, where ``as`` without a comma is ``while``)."""
        return h.dep_ == "advcl" and child(h, ("nsubj",)) is not None and \
            any(c.dep_ == "mark" and c.lower_ == "as" and not self._headline_while(c) for c in h.children) and \
            not any(c.dep_ == "prep" and c.lower_ in self.rules.words("as_topic_preps") for c in h.children)

    def _headline_small_clause(self, tok: Token) -> bool:
        """A reporting verb of a headline or subhead whose complement is a clause with no verb
        (headline English leaves out ``is``: ``Approval of oil field unlawful, High Court rules``,
        ``Governor says board 'not in a hurry'``): the verb reports it. A complement before the
        verb only when the verb closes the line (not ``EU leaders back loan plan, Hungary holds out
        on Ukraine text``: two clauses the parse joined)."""
        comp = child(tok, ("ccomp",))
        if comp is None or comp.pos_ in ("VERB", "AUX") or self.ctx.section_at(tok.idx) not in ("headline", "subhead"):
            return False
        return comp.i > tok.i or all(t.is_punct or t.is_space for t in self.doc[tok.i + 1:tok.sent.end])

    def _headline_while(self, mark: Token) -> bool:
        """``as`` in a headline or subhead with no comma before it: a time clause, no report."""
        return self.ctx.section_at(mark.idx) in ("headline", "subhead") and \
            (mark.i == 0 or self.doc[mark.i - 1].text != ",")

    def _clauses_before_comma(self, h: Token) -> list[int]:
        """``CAIRO (Reuters) - Talks stalled on Friday over …, officials said, as …``: a reporting
        verb after a comma with its own subject and nothing reported, whose parse hangs the clause
        before it on a word of the dateline: the clause heads before the comma that hang on it."""
        subj = child(h, ("nsubj",))
        if subj is None or subj.i > h.i or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in h.children):
            return []
        comma = subj.left_edge.i - 1
        if comma <= self.lo or self.doc[comma].text != "," or self.ctx.quote_at(h.idx) is not None:
            return []
        return [c.i for c in self.heads if c.i < comma and self.parent.get(c.i) == h.i
                and self._link(c).dep_ in ("dep", "punct", "npadvmod", "appos", "nmod")]

    def statement_clause(self, clause: Token) -> bool:
        """``repeated her claim that …``, ``echoed the warning that …``: a ``that`` clause with a
        subject of its own, hung on the object of a verb that restates it (rules
        ``names_statement``), is what the verb reports (the noun only names the statement)."""
        noun = clause.head
        if clause.dep_ not in ("acl", "relcl") or noun.dep_ != "dobj" or not self.inside(noun.head):
            return False
        rule = self.report_rule(noun.head) or {}
        if not rule.get("names_statement") or noun.lemma_.lower() not in rule.get("objects", (noun.lemma_.lower(),)):
            return False
        if not own_statement(noun):
            return False  # ``repeated the agency's position that …``: the agency's statement too
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in clause.children)

    def _find_noun_frames(self) -> None:
        """``his assertion that …``, ``allegations that …``: a cue noun with a ``that`` clause, or
        with an infinitive (``her plan to …``)."""
        for h in self.heads:
            noun = self._held_noun(h) or self._cue_noun_over(h.head)
            if h.dep_ not in ("acl", "ccomp", "advcl") or noun.pos_ not in ("NOUN", "PROPN") or not self.inside(noun):
                continue
            if self.statement_clause(h):
                continue  # ``repeated her claim that …``: the verb reports the clause
            if self._requested_noun(noun):
                continue  # ``pressed for a guarantee that …``: the verb's request
            if self._medium_noun(noun, h):
                continue  # ``found in a 2023 report that …``: the verb's clause, the report its medium
            if noun.lemma_.lower() not in self.rules.nouns:
                continue
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in h.children) or noun_infinitive(self, h):
                self.noun_frame_of[h.i] = noun.i

    def _requested_noun(self, noun: Token) -> bool:
        """``Pruitt pressed for a guarantee that supply would not be affected``: a cue noun that
        is the object of a bare request (rules with ``bare_with``) is what the verb requests, one
        claim of the verb with the noun phrase as content, not a claim of the noun."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or not self.inside(prep.head):
            return False
        rule = self.report_rule(prep.head) or {}
        return prep.lower_ in rule.get("bare_with", ()) and self._bare_topic(prep.head, rule)

    def _medium_noun(self, noun: Token, clause: Token) -> bool:
        """``HUD's inspector general found in a 2023 report that …``: a cue noun that is the
        document of ``in`` on a reporting verb (:meth:`in_document_clause`) is where the verb's
        clause was said, no claim of its own."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or noun.lemma_.lower() not in self.rules.documents:
            return False  # ``declined to comment on reports that …``: the noun's claim
        verb = prep.head
        return self.inside(verb) and self.is_report(verb) and self.in_document_clause(verb, clause)

    def held_cue_noun(self, verb: Token) -> Token | None:
        """``announced plans to close 40 stores``, ``unveiled a plan that would …``: the object
        of a verb that makes it the subject's own (``holder_verbs``) when it is a cue noun with a
        clause of its own (a noun frame): one statement, which the noun's claim carries."""
        if verb.lemma_.lower() not in self.rules.holder_verbs or not getattr(self, "noun_frame_of", None):
            return None
        nouns = set(self.noun_frame_of.values())
        return next((c for c in verb.children if c.dep_ == "dobj" and c.i in nouns), None)

    def _held_noun(self, clause: Token) -> Token | None:
        """``The agency issued a warning on Tuesday that …``: a ``that`` clause the parser hung on
        a verb that makes its object the subject's own (``holder_verbs``) and reports nothing
        itself, whose object before the clause is a cue noun: that noun; else None."""
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_.lower() not in self.rules.holder_verbs or self.is_report(verb):
            return None
        obj = child(verb, ("dobj",))
        if obj is None or obj.i > clause.i or obj.lemma_.lower() not in self.rules.nouns:
            return None
        return obj

    def _cue_noun_over(self, noun: Token) -> Token:
        """``accusations by the opposition that …`` with the clause hung on ``opposition``: the
        cue noun the ``by``/``from`` phrase belongs to; else ``noun``."""
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in ("by", "from") and prep.head.lemma_.lower() in self.rules.nouns \
                and noun.lemma_.lower() not in self.rules.nouns:
            return prep.head
        return noun

    # -- subjects
    def kid(self, tok: Token, deps: Iterable[str]) -> Token | None:
        """First child of ``tok`` with one of ``deps`` inside this sentence unit, never a word of a
        dateline (``KIEV, March 1 (Reuters) -`` parsed as a second subject)."""
        return _kid_within(self.ctx, tok, deps, self.lo, self.hi)

    def subject_token(self, head: Token, seen: set[int] | None = None) -> Subject:
        """The subject of a clause head and how it was found (own, inherited, control, relative)."""
        tok, how = self._subject_token(head, seen)
        if tok is None or not self.inside(tok):
            orphan = self._orphan_subject(head)
            if orphan is None and head.dep_ == "ROOT":
                orphan = self._stranded_subject(head) or self._compound_subject(head) or self._inverted_subject(head) \
                    or self._surname_word_subject(head) or self._trailing_named_subject(head)
            listed = self._listed_before(head) if orphan is None else None
            if listed is None and orphan is None:
                listed = self._act_before_dash(head)
            if listed is not None:
                return Subject(self.kid(self.doc[listed], ("nsubj",)), "inherited")
            return Subject(orphan, "own") if orphan is not None else Subject(None, "none")
        return Subject(tok, how)

    def _orphan_subject(self, head: Token) -> Token | None:
        """A parse that ran across a paragraph break (``By Jane Doe`` + ``The treasurer, Mark
        Ellis, said``) hangs the subject on a word of the paragraph before: the noun phrase of
        this unit, before the verb, whose head lies outside the unit is the subject."""
        if not self._leaves_unit(head):
            return None
        for t in self.tokens:
            if t.i >= head.i:
                return None
            if t.pos_ in ("NOUN", "PROPN", "PRON") and not self.inside(t.head):
                return t
        return None

    def _compound_subject(self, head: Token) -> Token | None:
        """``…, court records show.``: a reporting verb after the clause it reports whose subject
        the parser read as a noun modifier of the verb (``compound``, right before it); also a
        document noun before the verb and its clause (``FBI data show Arizona recorded …``)."""
        prev = self.doc[head.i - 1] if head.i > self.lo else None
        if prev is None or prev.dep_ != "compound" or prev.head.i != head.i or prev.pos_ not in ("NOUN", "PROPN") \
                or not self.is_report(head):
            return None
        before = any(c.dep_ == "ccomp" and c.i < prev.left_edge.i for c in head.children)
        # ``FBI data show Arizona recorded …``: a document noun read as a modifier of the verb
        return prev if before or self.is_document(prev) else None

    def _surname_word_subject(self, head: Token) -> Token | None:
        """``"…," Oh wrote to clients.``, ``Long said``: a family name that is also a word (``Oh``,
        ``Long``, ``Best``), parsed as an interjection or adverb of the subjectless reporting verb
        right after it, that the actor layer took for a person named in full (``Daniel Oh``)."""
        from pipeline.components.claim_speakers import is_person
        prev = self.doc[head.i - 1] if head.i > self.lo else None
        if prev is None or prev.head.i != head.i or prev.dep_ not in ("intj", "advmod", "npadvmod", "amod", "dep") \
                or not prev.is_title or not self.is_report(head):
            return None
        span = self.ctx.actor_at.get(prev.i)
        aid = (span._.norm or {}).get("actor_id") if span is not None else None
        if span is None or len(span) != 1 or not is_person(span) or not aid or "-" not in aid:
            return None
        return prev

    def _trailing_named_subject(self, head: Token) -> Token | None:
        """``The ferry was sailing to Kendari, the provincial capital, when it overturned, Andi
        Pratama, head of the Kendari office of the rescue agency (Basarnas), told Reuters``: the
        subject of a subjectless reporting verb after its clause, hung by the parser on a word of
        that clause (a conjunct or apposition of ``Kendari``): the person named after a comma
        that the phrase ending at the verb's comma climbs to (through prepositions, appositions,
        brackets); None when a verb comes first."""
        from pipeline.components.claim_speakers import is_person
        if head.i - 2 < self.lo or self.doc[head.i - 1].text != "," or not self.is_report(head) \
                or self.kid(head, ("nsubj", "nsubjpass")) is not None:
            return None
        cur = self.doc[head.i - 2]
        while cur.i < head.i and self.inside(cur) and cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
            span = self.ctx.actor_at.get(cur.i)
            if cur.dep_ in ("conj", "appos") and cur.pos_ == "PROPN" and span is not None and is_person(span) \
                    and cur.left_edge.i > self.lo and self.doc[cur.left_edge.i - 1].text == ",":
                return cur
            cur = cur.head
        return None

    def _inverted_subject(self, head: Token) -> Token | None:
        """``"…," replied Calloway.``, ``"…," warned the minister.``: a reporting verb after its
        quotation with the subject after it, which the parser read as the verb's object; the
        phrase right after the verb ends the sentence (not ``"…," she told reporters``, which has
        its subject, nor ``"…," recalled the day`` with words after it)."""
        obj = self.kid(head, ("dobj",))
        if obj is None or obj.left_edge.i != head.i + 1 or self.quote_before(head) is None:
            return None
        after = self.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(self.doc) else None
        ends = after is None or after.i >= self.hi or after.is_sent_end or after.text in (".", "!", "?")
        return obj if ends and obj.pos_ in ("PROPN", "NOUN") and self.is_report(head) else None

    def _stranded_subject(self, head: Token) -> Token | None:
        """A subject the parser hung on a fronted phrase (``In an interview with Le Monde, the
        French industry minister, Hélène Marchand, questioned …``: the minister as an apposition
        of ``Le Monde``; ``Asked whether …, the chief financial officer, Anita Roscoe, said``):
        the noun phrase ending just before the subjectless main verb, parsed as an apposition or
        a bare noun modifier of a word before it; the phrase may end in the description's own
        ``for``/``of`` phrase (``Asked about the poll, Priya Hale, a spokeswoman for the campaign,
        said``: ``campaign`` ends the apposition ``spokeswoman``)."""
        j = head.i - 1
        while j >= self.lo and self.doc[j].text in (",", "\u2014"):
            j -= 1
        if j == head.i - 1 and j >= self.lo:
            return self._uncommaed_apposition(self.doc[j])
        if j < self.lo:
            return None
        t = self._outer_apposition(self.doc[j], head) or self._phrase_head(self.doc[j])
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in ("appos", "npadvmod") or t.head.i > head.i:
            return None
        while t.dep_ == "appos" and t.head.dep_ == "appos" and self.inside(t.head):
            t = t.head
        return t

    def _uncommaed_apposition(self, last: Token) -> Token | None:
        """``Back at Bayshore Pointe, Feeney-Marsh said``: a name right before the subjectless verb
        (no comma between), parsed as the apposition of the last noun of a fronted prepositional
        phrase that a comma closes; else None (no comma after the place: not a stranded phrase)."""
        t = self._phrase_head(last)
        if t.pos_ != "PROPN" or t.dep_ != "appos" or t.head.dep_ != "pobj" or t.head.head.dep_ != "prep" \
                or not self.inside(t.head) or t.left_edge.i < 1 or self.doc[t.left_edge.i - 1].text != ",":
            return None
        return t

    def _outer_apposition(self, last: Token, verb: Token) -> Token | None:
        """``In a letter to ProPublica, Granite Ridge's lawyer, Benjamin A. Sorensen of the firm
        Harlan & Voss, said``: the outermost apposition on the way up from the phrase's last word
        (through conjuncts, prepositional phrases and appositions) before ``verb``, else None."""
        found, cur = None, last
        while cur.dep_ in ("conj", "pobj", "prep", "appos") and self.inside(cur.head) and cur.head.i < verb.i:
            if cur.dep_ == "appos" and cur.pos_ in ("NOUN", "PROPN"):
                found = cur
            cur = cur.head
        return found

    def _phrase_head(self, last: Token) -> Token:
        """The noun whose prepositional phrase ``last`` ends (``a spokeswoman for the Lassiter
        campaign``: ``spokeswoman``), else ``last`` itself."""
        t = last
        while t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in ("NOUN", "PROPN") \
                and self.inside(t.head.head):
            t = t.head.head
        return t if t.dep_ == "appos" else last

    def _subject_token(self, head: Token, seen: set[int] | None = None) -> Subject:
        seen = seen or set()
        if head.i in seen:
            return Subject(None, "none")
        seen.add(head.i)
        own = self._coordinated_subject(head, self.kid(head, ("nsubj", "nsubjpass", "csubj")) or self._after_dateline(head))
        if own is not None and self.is_report(head):
            own = self._unquoted_subject(head, own)
            own = self._later_named_subject(head, own) if own is not None else None
            if own is None:
                return Subject(None, "none")
            own = self._named_second_subject(head, self._labelled_subject(head, own))
            own = self._subordinated_subject(head, own)
            own = self._noun_root_subject(head, own)
        if own is not None:
            if own.tag_ in ("WDT", "WP") and head.dep_ in ("relcl",):
                return Subject(person_of_who(self, own, head.head), "relative")
            return Subject(own, "own")
        return self._borrowed_subject(head, seen)

    def _borrowed_subject(self, head: Token, seen: set[int]) -> Subject:
        """The subject of a verb with none of its own: a perceived speaker, a controller (an
        object or the governing verb's subject), the subject of the verb it conjoins, hangs on
        or was rejoined to, or the noun a relative clause modifies."""
        perceived = self._perceived_speaker(head)
        if perceived is not None:
            return Subject(perceived, "control")
        if head.dep_ in ("xcomp", "ccomp") and verbal(head.head):
            ctrl = self.kid(head.head, ("dobj",)) if head.dep_ == "xcomp" else None
            # ``spent months arguing``: a wrapper's object is a stretch of time, no controller
            if ctrl is not None and not self.is_report(head.head) and not self.wrapped_report(head):
                return Subject(ctrl, "control")
            return Subject(self.subject_token(head.head, seen).token, "control")
        if head.i in self.rejoined:
            return Subject(self.subject_token(self.doc[self.rejoined[head.i]], seen).token, "inherited")
        if head.dep_ == "conj" and verbal(head.head):
            return self._conjunct_subject(head, seen)
        host = self.object_clause_host(head)
        if host is not None:  # ``rejected a request to show jurors X's records, ruling that …``
            return Subject(self.subject_token(host, seen).token, "inherited")
        if head.dep_ in ("relcl", "acl"):
            return Subject(head.head, "relative")
        wrapper = self.courtesy_wrapper(head) if head.dep_ == "pcomp" else None
        if wrapper is not None:  # ``I want to start by thanking …``: the wisher thanks
            return Subject(self.subject_token(wrapper, seen).token, "control")
        if head.dep_ == "pcomp" and head.head.dep_ == "prep":
            verb = head.head.head
            if verb.dep_ in ("dobj", "nsubjpass"):  # ``accused the army of bombing``
                return Subject(verb, "control")
            return Subject(self.kid(verb, ("dobj", "nsubjpass")), "control")
        if head.dep_ == "dep" and head.lemma_.lower() in self.rules.words("raising_verbs"):
            return Subject(raised_subject(head), "control")  # ``Video posted online appeared to …``
        return self._adverbial_subject(head, seen) if head.dep_ == "advcl" else Subject(None, "none")

    def _adverbial_subject(self, head: Token, seen: set[int]) -> Subject:
        """The subject of an adverbial clause: the object of ``with`` right before a participle
        (:meth:`_with_absolute_subject`), else the subject of the verb it hangs on, past any
        reduced passive relatives (:meth:`passive_relative_host`)."""
        with_subject = self._with_absolute_subject(head)
        if with_subject is not None:
            return Subject(with_subject, "control")
        if not verbal(head.head):
            return Subject(None, "none")
        host = self.relative_aside_host(head) or self.passive_relative_host(head.head) or head.head
        return Subject(self.subject_token(host, seen).token, "inherited")

    def relative_aside_host(self, head: Token) -> Token | None:
        """``The agency hailed Kenya's handling of the outbreak, which ended in March, saying …``: a
        participle after a comma that the parser hung on a relative clause of a thing (subject
        ``which``/``that``, its noun no actor) is the main clause's: the verb that clause's noun
        hangs on (through objects, prepositions and conjuncts), else None."""
        rel = head.head
        subj = child(rel, ("nsubj", "nsubjpass"))
        if head.tag_ != "VBG" or head.i < 1 or self.doc[head.i - 1].text != "," or subj is None \
                or subj.lower_ not in ("which", "that") or rel.dep_ not in ("relcl", "advcl"):
            return None
        if rel.dep_ == "advcl":  # ``…, which ended …`` parsed as an adverbial clause of the main verb
            return rel.head if verbal(rel.head) and rel.head.i < rel.i else None
        cur = rel.head
        if self.ctx.actor_at.get(cur.i) is not None:
            return None  # ``… met Acme, which cut 300 jobs, saying …``: the firm may be saying it
        while cur.dep_ in ("pobj", "prep", "dobj", "conj", "appos") and cur.head.i != cur.i and self.inside(cur.head):
            cur = cur.head
            if verbal(cur):
                return cur if cur.i < rel.i else None
        return None

    def _coordinated_subject(self, head: Token, first: Token | None) -> Token | None:
        """``Bramlett's opponent, Dana Whitlock, served in her administration, and Bramlett repeated
        the claim``: two clauses joined by ``and``/``but`` parsed as two subjects of the second
        verb; the subject right after the conjunction, with a verb of the first clause before it
        (:func:`_first_clause_verb`), is the verb's."""
        for c in head.children if first is not None else ():
            if c.dep_ != "nsubj" or not first.i < c.i < head.i or not self.inside(c) or c.left_edge.i <= first.i:
                continue
            cc = self.doc[c.left_edge.i - 1]
            if cc.lower_ in ("and", "but") and any(_first_clause_verb(first, t) for t in self.doc[first.i + 1:cc.i]):
                return c
        return first

    def _later_named_subject(self, head: Token, first: Token) -> Token:
        """A reporting verb the parser gave several subjects before it: a live-blog time stamp
        (``19:20 CET — Our reporter in Lyon, Claire Dubois, reports``) gives way to the noun
        after it; a first subject of no actor (``Her co-author, Mariusz Kowal-Nowak, a former
        probation officer, said`` with ``co`` and ``Kowal-Nowak`` both subjects) to the last
        later one that names a person; else ``first`` stays."""
        from pipeline.components.claim_speakers import is_person
        if self.ctx.quote_at(first.idx) is not None:
            return first
        later = [c for c in head.children if c.dep_ == "nsubj" and first.i < c.i < head.i and self.inside(c)]
        stamp = self._time_stamp(first)
        if stamp:  # or the stamp's apposition: ``23:40 ECT — Our correspondent …``
            later += [c for c in first.children if c.dep_ == "appos" and c.i < head.i and self.inside(c)]
        if not later:
            return first
        if stamp:
            return next((c for c in later if c.pos_ in ("NOUN", "PROPN") and not self._time_stamp(c)), first)
        if self.ctx.actor_at.get(first.i) is not None:
            return first
        spans = [self.ctx.actor_at.get(c.i) for c in reversed(later)]
        return next((c for c, span in zip(reversed(later), spans) if span is not None and is_person(span)), first)

    def _time_stamp(self, tok: Token) -> bool:
        """A live blog's entry stamp as a subject: the words from the start of the paragraph
        through ``tok`` are a clock time with its zone (``19:20 CET``, ``9:40 p.m. ET``,
        :data:`TIMESTAMP`), or ``tok`` is a time or date entity that opens the unit; never a time
        inside the phrase (``The 10.30 train's driver, a railway worker, said``)."""
        para = self.ctx.paragraph_of(tok.idx)
        end = tok.idx + len(tok)
        if para is not None and TIMESTAMP.match(self.ctx.text[para[0]:end].strip()) is not None:
            return True
        return tok.ent_type_ in ("TIME", "DATE") and self.ctx.text[self.doc[self.lo].idx:end].strip() == tok.text

    def _with_absolute_subject(self, head: Token) -> Token | None:
        """``every new format has arrived with a publisher insisting that …``: a subjectless
        participle right after the object of ``with`` is said by that object (the parser hangs
        the participle on the verb, whose subject says nothing of it); also after a name set off
        in apposition to that object (``with its chairman, Rakesh Venkataraman, saying``)."""
        if head.tag_ != "VBG" or head.left_edge.i != head.i or head.i < 2:
            return None
        end = head.i - 1
        closed = self.doc[end].text == ","  # ``with its president, Harish Malhotra, saying``
        end -= closed
        noun = self.doc[end]
        while not (noun.dep_ == "pobj" and noun.head.lower_ == "with") and noun.head.i != noun.i \
                and noun.head.i < head.i and noun.head.right_edge.i == end:
            noun = noun.head  # ``with the governor of Ohio insisting``: the phrase's head
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "with" or noun.pos_ not in ("NOUN", "PROPN", "PRON") \
                or not self.inside(noun) or not self.is_report(head):
            return None
        if closed and not any(c.dep_ == "appos" and c.right_edge.i == end for c in noun.children):
            return None  # a comma closes only a name set off in apposition
        return noun

    def passive_relative_host(self, verb: Token) -> Token | None:
        """``Researchers used data from instruments lowered through holes drilled in the ice to
        show that …``: an adverbial clause (``to show``) hung on a reduced passive relative
        (``drilled``, a past participle describing ``holes``) belongs to whoever does the main
        clause's deed, not to the noun the participle describes (a thing acted on). The verb the
        chain of such relatives hangs on, climbing only through objects, prepositional phrases and
        conjuncts (``used``); None when ``verb`` is no such relative or the chain reaches a
        subject (``Samples taken from wells show …``: no deed of anyone named)."""
        if verb.dep_ != "acl" or verb.tag_ != "VBN":
            return None
        cur = verb
        while self.inside(cur.head) and cur.head.i != cur.i:
            if cur.dep_ not in ("acl", "pobj", "prep", "conj", "dobj", "appos"):
                return None
            cur = cur.head
            if verbal(cur) and not (cur.dep_ == "acl" and cur.tag_ == "VBN"):
                return cur if cur.i < verb.i else None
        return None

    def object_clause_host(self, head: Token) -> Token | None:
        """``Judge Whitlow rejected a request to show jurors Pike's bank statements, ruling that …``,
        ``Haddad ridiculed the notion that cities could not balance their budgets, telling
        reporters``: a reporting participle after a comma that the parser hung on a thing noun of
        the object (as a reduced relative) or on the clause that complements such a noun is the
        main clause's: the verb with a subject that the noun's phrase hangs on (through objects,
        prepositions, ``to`` clauses); None when the noun is an actor (``met Acme, saying``)."""
        if head.tag_ != "VBG" or head.i < 1 or self.doc[head.i - 1].text != "," or not self.is_report(head):
            return None
        cur = head.head
        if head.dep_ == "advcl" and cur.dep_ == "acl" and verbal(cur) and cur.head.pos_ == "NOUN":
            cur = cur.head  # ``the notion that cities could not …, telling``: past the noun's clause
        elif head.dep_ != "acl" or cur.pos_ not in ("NOUN", "PROPN"):
            return None
        if self.ctx.actor_at.get(cur.i) is not None or cur.lemma_.lower() in self.rules.person_nouns:
            return None
        while cur.dep_ in ("dobj", "pobj", "prep", "acl", "xcomp", "conj", "appos") and self.inside(cur.head):
            cur = cur.head
            if verbal(cur) and self.kid(cur, ("nsubj",)) is not None:
                return cur if cur.i < head.i else None
        return None

    def _conjunct_subject(self, head: Token, seen: set[int]) -> Subject:
        """The subject a conjoined verb inherits: the speaker of the report it continues (``said the
        ruling was final and promised to appeal``), else the subject of the verb it is joined to."""
        reporter = self.second_report_of(head) or self.embedded_conjunct_host(head)
        if reporter is not None:
            return Subject(self.subject_token(reporter, seen).token, "inherited")
        outer = self.rejoined.get(head.i, head.head.i)
        return Subject(self.subject_token(self.doc[outer], seen).token, "inherited")

    def embedded_conjunct_host(self, verb: Token) -> Token | None:
        """``She scoffed at Mr. Castellow's claim that his school plan was paid for and vowed to …``,
        ``hailed the ruling as "a victory for residents who were told to shut up" and pressed for``:
        a past or present report verb with no subject, auxiliary or ``that`` of its own, outside any
        quotation, that the parser joined to a verb of an embedded clause (a noun's, relative or
        reported clause) whose subject is a thing (no actor, person, group or document), or to a
        relative clause inside a quotation, continues the nearest report verb or main clause (the
        root or a conjunct of it) above it, outside the quotation, when its subject can speak: that
        verb, else None."""
        if verb.dep_ != "conj" or verb.i in self.rejoined or not self.is_report(verb) or verb.tag_ == "VB" \
                or child(verb, ("nsubj", "nsubjpass", "mark", "aux")) is not None \
                or self.ctx.quote_at(verb.idx) is not None \
                or not any(c.dep_ == "cc" and c.i < verb.i for c in (*verb.head.children, *verb.children)):
            return None  # ``…, and that the bank would …``, ``could lift … and raise``: the clause's own
        base = verb.head
        while base.dep_ in ("conj", "xcomp") and self.kid(base, ("nsubj", "nsubjpass")) is None \
                and base.head.i < base.i:
            base = base.head  # ``who were told to sit down and shut up``: the clause ``told`` heads
        # a relative clause in the quotation (``"a victory for residents who were told …"``), not a
        # quoted part of the reported clause (``said the mayor "welcomes the audit" and has ordered``)
        quoted = self.ctx.quote_at(verb.head.idx) is not None and self.ctx.quote_at(verb.idx) is None \
            and base.dep_ in ("relcl", "acl") and child(base, ("mark",)) is None
        if not quoted and (base.dep_ not in _EMBEDDED_CLAUSES or not self._thing_subject(base)) \
                and not _tense_break(base, verb):
            return None
        cur = base.head
        while cur.head.i != cur.i and self.inside(cur.head) \
                and not (verbal(cur) and (list_head(cur).dep_ == "ROOT" or self.is_report(cur))):
            cur = cur.head
        if not verbal(cur) or cur.i > verb.i or self.ctx.quote_at(cur.idx) is not None:
            return None
        return cur if self._speaks_for_someone(self.subject_token(cur).token) else None

    def _thing_subject(self, clause: Token) -> bool:
        """The subject of ``clause`` (the noun a ``which``/``that`` relative modifies) is a thing:
        a noun that names no actor, person, group or document (``the lawsuit``, ``his plan``)."""
        subj = self.kid(clause, ("nsubj", "nsubjpass"))
        if subj is not None and subj.tag_ == "WDT" and clause.dep_ == "relcl":
            subj = clause.head
        return subj is not None and subj.pos_ in ("NOUN", "VERB") and self.ctx.actor_at.get(subj.i) is None \
            and not self._speaks_for_someone(subj) and not self.is_document(subj)

    def _withheld_after_report(self, tok: Token) -> bool:
        """``The release said a gun was found but did not say where``: a withheld report joined to
        a clause that a report verb of the same tense says, whose subject is no pronoun, is that
        speaker's (as :meth:`second_report_of` reads a second statement)."""
        gov = tok.head
        outer = gov.head
        if gov.dep_ != "ccomp" or outer.tag_ != _report_tense(tok) or not self.inside(outer) or not self.is_report(outer):
            return False
        subj = self.kid(gov, ("nsubj", "nsubjpass"))
        return subj is not None and subj.lower_ not in _PRONOUN_SUBJECTS

    def second_report_of(self, verb: Token) -> Token | None:
        """``The minister said the ruling was final and promised to appeal``: a past report verb
        without a subject (or a present one reporting a clause: ``says a ban is within reach and
        warns that …``), conjoined to a clause reported by a report verb of the same tense, is that
        speaker's second statement when the reported clause's subject is no pronoun (``said she
        welcomed the money but worried …`` reports both): the outer reporting verb, else None."""
        gov = verb.head
        outer = gov.head
        tense = _report_tense(verb)
        if verb.dep_ != "conj" or tense not in ("VBD", "VBZ") or not self.is_report(verb) or gov.dep_ != "ccomp" \
                or outer.tag_ != tense or not self.is_report(outer) or not self.inside(outer):
            return None
        if child(verb, ("nsubj", "nsubjpass", "mark")) is not None:
            return None  # ``…, and that at one point Vance told …``: a second reported clause
        if tense == "VBZ" and child(verb, ("ccomp",)) is None:
            return None  # ``says the company is doing well and plans to hire``: the company's plan
        subj = self.kid(gov, ("nsubj", "nsubjpass"))
        if subj is None or subj.lower_ in _PRONOUN_SUBJECTS or self._shared_perfect(gov, verb, subj):
            return None
        return outer

    def _shared_perfect(self, gov: Token, verb: Token, subj: Token) -> bool:
        """``said Secretary Holt had spoken by phone with … and reaffirmed (told, wrote) "…"``: a past form
        joined to a reported clause in the perfect shares its ``had`` (``had … reaffirmed``), so
        a named person subject of that clause says it, not the outer speaker."""
        from pipeline.components.claim_speakers import is_person
        if verb.tag_ != "VBD" or gov.tag_ != "VBN" \
                or not any(c.dep_ == "aux" and c.lemma_ == "have" for c in gov.children):
            return False
        span = self.ctx.actor_at.get(subj.i)  # named: ``said an official had met … and pledged`` stays the outer's
        return span is not None and is_person(span) and subj.pos_ == "PROPN"

    def _unquoted_subject(self, head: Token, first: Token) -> Token | None:
        """A reporting verb's subject is never a word of the quotation it reports: in ``"A town
        hall used to be where …," said Lorenzo Bianchi`` the parser may take ``hall`` for a
        second subject. A subject inside a quotation that closes with a comma, ``?`` or ``!``
        before the verb (a quoted statement, not a quoted name such as ``the "Gang of Eight"
        said``) gives way to the subject after the quotation (``"Five thousand, sometimes ten," he
        replied``: the parser made ``thousand`` and ``he`` both subjects), else to none."""
        quote = self.ctx.quote_at(first.idx)
        if quote is None or quote[1] > head.idx or self.ctx.quote_at(head.idx) is not None:
            return first
        closing = self.ctx.text[max(quote[0], quote[1] - 3):quote[1]]
        if not any(ch in closing for ch in ",?!"):
            return first
        return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx >= quote[1]
                     and self.inside(c) and not self.ctx.is_excluded(c.idx)), None)

    def _after_dateline(self, head: Token) -> Token | None:
        """``Nairobi, Kenya – Kenya's electoral commission has declared …``: the parser took the
        dateline's place for the subject and the real one for its apposition."""
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass") and self.inside(c) and self.ctx.is_excluded(c.idx):
                return next((a for a in c.children if a.dep_ == "appos" and self.inside(a)
                             and not self.ctx.is_excluded(a.idx)), None)
        return None

    def _perceived_speaker(self, head: Token) -> Token | None:
        """``a letter showed officials there questioning whether …``, ``an e-mail shows a deputy
        director, Carla Benton, writing that …``, ``listened to a pipefitter tell her …``: a
        subjectless reporting participle or bare verb right after the object of a verb of
        perception (``perception_verbs`` rule) is said by that object."""
        if head.tag_ not in ("VBG", "VB") or has_to(head) or not self.is_report(head):
            return None
        obj, verb = None, head.head
        if head.dep_ in ("advcl", "xcomp", "ccomp", "acl", "dep", "oprd") and \
                verb.lemma_.lower() in self.rules.perception_verbs:
            to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            obj = self.kid(verb, ("dobj",)) or (self.kid(to, ("pobj",)) if to is not None else None)
        elif head.i > self.lo and self.doc[head.i - 1].dep_ == "pobj":  # parsed as a conjunct
            prev = self.doc[head.i - 1]
            if prev.head.lower_ == "to" and prev.head.head.lemma_.lower() in self.rules.perception_verbs:
                obj = prev
        if obj is None or obj.i > head.i or head.i - obj.right_edge.i > 2:
            return None
        return obj

    def _named_second_subject(self, head: Token, first: Token) -> Token:
        """``the British carmaker Harwell Motors warned``: a description and the name right after
        it, parsed as two subjects of the verb; the name is the subject."""
        for c in head.children:
            if c.dep_ == "nsubj" and c.i != first.i and c.left_edge.i == first.i + 1 and c.pos_ == "PROPN" \
                    and self.inside(c):
                return c
        return first

    def _labelled_subject(self, head: Token, first: Token) -> Token:
        """``The lesson for Ottawa: provincial premiers say …``: a noun phrase before a colon parsed
        as a first subject of the verb; the subject after the colon is the verb's. (A transcript
        turn's label, ``Maclean’s: Federal officials say``, is taken out of the parse before, by
        ``claim_repairs.repair_turn_labels``; this covers the same misparse in running prose.)"""
        for c in head.children:
            if c.dep_ == "nsubj" and first.i < c.i < head.i and self.inside(c) and \
                    any(t.text == ":" for t in self.doc[first.i + 1:c.left_edge.i]):
                return c
        return first

    def _subordinated_subject(self, head: Token, first: Token) -> Token:
        """``…, since the company listed in 2004, after a forensic audit commissioned by its board
        found that …``: the parser read ``after`` as a preposition, its noun phrase as the object,
        and took a noun further back for the subject. A phrase of ``after``/``before``/``since``/
        ``until``/``as``/``when``/``while`` that runs right up to the reporting verb, after the subject, holds
        the real subject."""
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ not in _SUBORDINATORS or not (first.i < c.i < head.i):
                continue
            pobj = self.kid(c, ("pobj",))
            if pobj is not None and pobj.right_edge.i == head.i - 1:
                return pobj
        return first

    def _noun_root_subject(self, head: Token, first: Token) -> Token:
        """The root noun a misparse put the reporting verb under (:func:`noun_root_subject`)."""
        root = noun_root_subject(head, first, self.is_report, lambda t: self.ctx.is_excluded(t.idx))
        return root if root is not None and self.inside(root) else first

    def _frame_after_quote(self, head: Token) -> Token | None:
        """``Ortiz said the plan was "a gift to donors" and predicted that …``: a reporting verb
        joined, after a closing quotation mark, to a verb of a reported clause continues the
        report, so it shares the frame's subject (the parser hangs it inside the content)."""
        if not self.is_report(head):
            return None
        j = head.i - 1
        while j > self.lo and (self.doc[j].dep_ == "cc" or self.doc[j].text == ","):
            j -= 1
        mark = self.doc[j]
        quote = self.ctx.quote_at(mark.idx) if mark.text in ("\"", "\u201d") else None
        if j == head.i - 1 or quote is None or quote[1] != mark.idx + 1:
            return None
        if self.kid(head, ("nsubj", "nsubjpass")) is not None:
            return None
        return self._reporting_frame(head.head, head)

    def _reporting_frame(self, cur: Token, head: Token) -> Token | None:
        """The reporting verb whose content holds ``cur``, climbing conjuncts and clausal
        complements (``said the verdict proved "the system is rotten" and called for …``: ``is``
        lies in the clause ``proved`` reports, which ``said`` reports), before ``head``; else None."""
        while self.inside(cur) and cur.head.i != cur.i:
            if cur.dep_ == "ccomp" and self.is_report(cur.head) and cur.head.i < head.i:
                return cur.head
            if cur.dep_ not in ("conj", "ccomp"):
                return None
            cur = cur.head
        return None

    def _listed_before(self, head: Token) -> int | None:
        """``She thanked him, wrote his name on a card and promised to call``, parsed with the
        first act as a clausal complement of a subjectless main verb: that act (before the verb,
        a comma or dash between, maybe with ``then``: :meth:`_act_break`; no quotation mark, a
        subject of its own) starts a list of acts sharing its subject (``Roe congratulated Lee —
        then added: "…"``); its index, or None."""
        if head.dep_ != "ROOT" or self.kid(head, ("nsubj", "nsubjpass")) is not None:
            return None
        first = next((c for c in head.children if c.i < head.i and self.inside(c) and (
            c.dep_ == "ccomp" or (c.dep_ == "advcl" and c.tag_ == head.tag_ and child(c, ("mark",)) is None))), None)
        if first is None or self.kid(first, ("nsubj",)) is None or not self._act_break(first, head):
            return None
        return None if self.ctx.quote_at(first.idx) is not None else first.i

    def _act_before_dash(self, head: Token) -> int | None:
        """``Governor Trent thanked the volunteers — then added: "…"`` parsed with the subjectless
        verb after the dash hung on the act before it (``parataxis``): that act's index when it has
        a subject of its own, comes first in the sentence unit and only a dash or comma and the
        verb's sequence adverbs stand between (not a quotation's verb); else None."""
        if head.dep_ != "parataxis" or self.kid(head, ("nsubj", "nsubjpass")) is not None:
            return None
        first = head.head
        if first.i > head.i or first.pos_ != "VERB" or not self.inside(first) or self.kid(first, ("nsubj",)) is None \
                or self.ctx.quote_at(first.idx) is not None:
            return None
        sequel = self.rules.words("sequel_adverbs")
        j = head.i - 1
        while j > first.i and self.doc[j].head.i == head.i and (
                self.doc[j].lower_ in sequel or (self.doc[j].lower_ == "and" and self.doc[j].dep_ == "cc")):
            j -= 1
        return first.i if j > first.i and self.doc[j].text in ("\u2014", "\u2013", "--") else None

    def _act_break(self, first: Token, head: Token) -> bool:
        """Between the first act and the verb, a comma or dash and nothing else but the verb's own
        sequence adverbs (word list ``sequel-adverbs``: ``…, then added``, ``— and then added``)."""
        breaks = (",", "\u2014", "\u2013", "--")
        edge = first.right_edge.i
        gap = self.doc[edge if self.doc[edge].text in breaks else edge + 1:head.i]
        if not len(gap) or gap[0].text not in breaks:
            return False
        sequel = self.rules.words("sequel_adverbs")
        return all(t.head.i == head.i and (t.lower_ in sequel or (t.lower_ == "and" and t.dep_ == "cc"))
                   for t in gap[1:])

    def _frame_after_comma(self, head: Token) -> Token | None:
        """``The audit found that the bureau had not filled …, and recommended that …``; ``Reyes
        declared the mayor's budget "dead on arrival", vowing to block …``: a subjectless reporting
        verb (a conjunct, or a participle) after a comma, hung by the parser on a verb of the
        clause another reporting verb reports, continues that report: it shares the frame's
        subject, not the reported clause's."""
        if head.dep_ not in ("conj", "advcl") or (head.dep_ == "advcl" and head.tag_ != "VBG") \
                or not self.is_report(head) or self.kid(head, ("nsubj", "nsubjpass")) is not None:
            return None
        j = head.i - 1
        while j > self.lo and self.doc[j].dep_ == "cc":
            j -= 1
        if self.doc[j].text != ",":
            return None
        cur = list_head(head.head)
        if cur.dep_ == "ccomp" and cur.i != head.i and self.is_report(cur.head) and self.inside(cur.head) \
                and cur.head.i < head.i:
            return cur.head
        return None

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
                    and span.root.i not in blocked and not is_location(span):
                return span
        return None


def person_of_who(sent: Sentence, rel: Token, noun: Token) -> Token:
    """``who`` names a person: when the parser hangs it on the object of a preposition inside
    a noun phrase that names no person (``farmers in the lower Rio Grande valley, who argue``,
    ``a spokesman for the utility, who said``), the noun the phrase is about; any relative hung on
    a description of a name (``the Halvorsen Institute, a Washington think tank, which found``):
    the name (:func:`_described_name`); ``which`` hung on the agent of a document's participle
    (``a report commissioned by the association, which found``): the document
    (:func:`_document_of_agent`)."""
    focus = cleft_focus(noun)
    if focus is not None:  # ``It was Mr. Whitford, not Ms. Ocampo, who called it``: Whitford
        return focus
    if rel.lower_ not in ("who", "whom"):
        return _described_name(sent, noun) or (_document_of_agent(sent, rel, noun) if rel.lower_ == "which" else None) \
            or noun
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN") \
            and not _names_person(sent, noun) and not _group_of_people(sent, noun):
        noun = noun.head.head
    # ``PC Ian Thewlis, a collision investigator with the police, who said``: the description
    # apposed to a name stands for the named person
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN" and sent.inside(noun.head) \
            and _names_person(sent, noun.head):
        return noun.head
    return _person_before_place(sent, noun) or _described_name(sent, noun) or noun


def _group_of_people(sent: Sentence, noun: Token) -> bool:
    """``a group of lessors``, ``a coalition of tenants``: a ``who`` hung on a noun whose ``of``
    names a plural is those people gathered (``an objection from a group of lessors who
    argued``: the group, not the objection); not a document (``a list of donors``)."""
    if noun.pos_ != "NOUN" or sent.is_document(noun):
        return False
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.tag_ in ("NNS", "NNPS"):
                return True
    return False


def _document_of_agent(sent: Sentence, rel: Token, noun: Token) -> Token | None:
    """``an engineering report commissioned by the association, which found``, ``a memo written by
    two aides, which concluded``: ``which`` set off by a comma after the agent of a past participle on a
    document noun (rules ``document``) stands for the document, not for its agent (a person or
    body is ``who``, and the document is what the article goes on about), when its verb is one a
    document does (``document_finding_verbs``: find, show, conclude); a speech verb (``which said on
    Monday it would act``) is the agent's; None otherwise."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "agent" or prep.lower_ != "by":
        return None
    participle = prep.head
    document = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or not sent.inside(document) \
            or document.pos_ != "NOUN" or not sent.is_document(document):
        return None
    verb = rel.head if rel.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or verb.lemma_.lower() not in sent.rules.words("document_finding_verbs"):
        return None
    return document if rel.i > noun.i + 1 and sent.doc[rel.i - 1].text == "," else None


def _described_name(sent: Sentence, noun: Token) -> Token | None:
    """``the Halvorsen Institute, a Washington think tank, which found``, ``Dana Ruiz, a Chicago
    lawyer, who said``: an indefinite description set off by a comma right after a named actor
    (no place) stands for that actor (the head of its mention), never for a place named inside
    it; None otherwise, or when the description is an actor mention of its own."""
    det = noun.left_edge
    if noun.pos_ != "NOUN" or det.lower_ not in ("a", "an") or det.i - 2 < sent.lo \
            or sent.doc[det.i - 1].text != ",":
        return None
    own = sent.ctx.actor_at.get(noun.i)
    if own is not None and not is_location(own):
        return None
    name = sent.ctx.actor_at.get(det.i - 2)
    if name is None or name.end != det.i - 1 or is_location(name):
        return None
    return name.root


def _person_before_place(sent: Sentence, noun: Token) -> Token | None:
    """``Judge Margaret Ellison in Memphis, who found``: ``who`` is never a place; with the place's
    preposition hung on the verb, the person named right before that preposition."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.i - 1 < sent.lo or not _is_place(sent, noun):
        return None
    before = sent.doc[prep.i - 1]
    return before if before.pos_ in ("NOUN", "PROPN") and _names_person(sent, before) else None


def _is_place(sent: Sentence, noun: Token) -> bool:
    span = sent.ctx.actor_at.get(noun.i)
    if span is not None:
        return (span._.norm or {}).get("type") == "location"
    return noun.ent_type_ in ("GPE", "LOC", "FAC")


def _names_person(sent: Sentence, noun: Token) -> bool:
    span = sent.ctx.actor_at.get(noun.i)
    if span is not None:
        return (span._.norm or {}).get("type") in ("person", "people", "group")
    return noun.lemma_.lower() in sent.rules.person_nouns or noun.lower_ in sent.rules.person_nouns


def _finite_clause(clause: Token) -> bool:
    """A reported clause with a subject of its own or opened by ``that`` (``texted that the count
    was over``, ``emailed reporters the plan was dead``); not an infinitive of purpose (``text STOP
    to opt out``, ``Text HOME to 741741 to reach a counselor``): words sent, not an instruction."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") or (c.dep_ == "mark" and c.lower_ == "that")
               for c in clause.children)


def clause_chain(sent: Sentence, head: Token) -> list[Token]:
    """The head plus the verbs that are part of its clause (xcomp, infinitival ccomp, their conj)."""
    out = [head]
    stack = [head]
    while stack:
        cur = stack.pop()
        for c in cur.children:
            if c.i in sent.head_set or not verbal(c):
                continue
            if c.dep_ in ("xcomp", "ccomp", "conj", "advcl") and sent.owner.get(c.i) == head.i:
                out.append(c)
                stack.append(c)
    return out
