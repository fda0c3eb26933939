"""Subjects and objects that leave a reporting verb with no holder or no content (issue 11).

A reporting verb states a claim only when someone holds it. None does for:

- a negative quantifier (``Nobody wants that outcome``, ``no one wanted this``, ``neither
  government wanted a long war``): a claim about nobody (rules ``negative_subjects`` /
  ``negative_determiners``);
- a generic group's volition (``Every council leader I speak to wants more homes``; inside a
  quotation or a transcript turn any noun: ``customers want this combination``, ``people who
  want to shut down the government``, ``the authorities do not want to test``), for rules with
  ``specific_holder``: the quoted speaker's description of others, not a stance a source took;
- an event as the subject of a verb of evidence (``the deal showed …``, ``That tells you …``),
  for rules with ``source_subject``: data and documents show, people suggest, a deal does neither;
- a reciprocal object alone (``were barely acknowledging each other``): a greeting, no content;
- a first-person verbatim marker (``He said, and I quote, "…"``, rules with ``verbatim_marker``):
  the quotation belongs to the speaker before it;
- a passive or a verb with no subject, for a verb whose subject must be the speaker (``Staff
  were encouraged to report problems``, ``Thank you for coming in``; rules with ``active_only``);
- a market actor (``Investors seized on the report``, ``traders scoffed at the guidance``), for
  rules with ``no_subjects`` (word list ``market_actor_nouns``): a market reaction, no statement;
- a proper noun that names no actor who can speak as the subject of a verb of
  ``headline_object_verbs`` with a bare object (``Brexit vows hardship for fishermen``);
- a legal instrument (``the bill asks the statistics office to publish …``, ``warrants that ask
  companies to identify …``; word list ``instrument_nouns``) as the subject of a request or an
  order, for rules with ``no_instrument_subject``: a law's terms, no one's request;
- an aside of the speaker or the listener with ``as`` (``I won't preview sanctions, as you know``,
  ``the policy as we know it``), for rules with ``no_as_aside``: a reminder, nothing reported.

The dev golds agree on each: none annotates such a cue, and heldout3/5/6 say so in their
conventions (``Nobody wants that outcome``, generics, ``the deal showed …``, ``It tells Beijing``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:  # pragma: no cover
    from pipeline.components.claim_clauses import Sentence

#: relative pronouns standing for the noun a relative clause modifies
_RELATIVES = frozenset(("who", "that", "which", "whom"))
_QUOTED_PERSONS = frozenset(("him", "her", "them"))  # ``and I'm quoting her``: the person quoted, a verbatim marker
#: subjects of an ``as …`` aside: the speaker or the listener (``as you know``, ``as we know it``)
_ASIDE_SUBJECTS = frozenset(("i", "we", "you"))
#: a clause with its own content or a topic keeps a reciprocal object a cue (``accused each other of``)
_CONTENT_DEPS = frozenset(("ccomp", "xcomp", "oprd", "advcl"))
_CONTENT_PREPS = frozenset(("of", "for", "as", "over", "about", "on", "that"))
#: named entity types of speakers
_SPEAKER_ENTS = frozenset(("PERSON", "ORG", "NORP", "GPE"))
#: lemma endings of plural nouns of people (growers, donors, lobbyists, physicians)
_PEOPLE_ENDINGS = ("er", "or", "ist", "ian")


def holder_subject(tok: Token) -> Token | None:
    """The subject of ``tok`` as a holder: its ``nsubj``; the antecedent of a relative pronoun
    (``people who want``); the subject of the verb it is a conjunct of; None when absent."""
    cur = tok
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            if subj.lower_ in _RELATIVES and subj.tag_ in ("WDT", "WP") and cur.dep_ == "relcl":
                return cur.head
            return subj
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def negative_subject(sent: "Sentence", subj: Token) -> bool:
    """``Nobody``, ``no one``, ``neither government``, ``no official``: the subject denies that
    anyone holds the claim (``none of them said`` is a partitive, kept: a fact-check's finding)."""
    rules = sent.rules
    if subj.lower_ in rules.words("negative_subjects"):
        return True
    return any(c.dep_ in ("det", "preconj") and c.lower_ in rules.words("negative_determiners")
               and not _number_sign(c) for c in subj.children)


def _number_sign(det: Token) -> bool:
    """``No 10``, ``No. 2``: a capital ``No`` abbreviating *number* (digits follow, or a determiner
    comes before: ``A No 10 spokesperson``), no negation of the subject (``No two officials``)."""
    doc = det.doc
    nxt = doc[det.i + 1] if det.i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "." and det.i + 2 < len(doc):
        nxt = doc[det.i + 2]
    if det.text[0] == "N" and nxt is not None and nxt.text[:1].isdigit():
        return True
    return det.i > 0 and doc[det.i - 1].dep_ == "det" and doc[det.i - 1].head.i == det.head.i


def generic_subject(sent: "Sentence", subj: Token, verb: Token) -> bool:
    """A group named generically: a quantified noun (``Every council leader``, ``Half of these
    guys``), or, inside a quotation or a transcript turn, any noun (``"customers want this
    combination"``, ``"the people who wanted to bulldoze the county"``, ``"a line the authorities
    do not want to test"``: whom the quoted speaker describes, no stance a source took). A noun in
    the narration names a group the article reports on (``Residents want the city to rebuild the
    bridge``); a pronoun names a definite holder (``"he wants to do the same"``: golds differ on
    it, kept)."""
    if subj.pos_ == "PRON":
        return False
    quantifiers = sent.rules.words("generic_quantifiers")
    kids = [c for c in subj.children if c.dep_ in ("det", "poss", "nummod", "predet")]
    if subj.lower_ in quantifiers or any(c.lower_ in quantifiers for c in kids):
        return True
    inside = sent.ctx.quote_at(verb.idx) is not None or sent.ctx.in_turn(verb.idx)
    return inside and subj.pos_ in ("NOUN", "PROPN")


def asks_question(sent: "Sentence", tok: Token) -> bool:
    """``"My members want to know if anybody is listening"``: a verb of wanting whose infinitive
    (rule ``question_under`` of the infinitive's lemma) opens a whether/if question asks it, the
    holder's question, not a volition the quoted speaker describes (the golds mark all three)."""
    xcomp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    rule = sent.report_rule(xcomp) if xcomp is not None else None
    if rule is None or tok.lemma_.lower() not in rule.get("question_under", ()):
        return False
    return any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in c.children)
               for c in xcomp.children)


def eventive_subject(sent: "Sentence", subj: Token) -> bool:
    """A subject that can show or suggest nothing: a demonstrative (``That tells you …``) or a
    singular common noun that is no actor, no document or data (rules ``document``), no named
    entity, no part of a document, no noun of people (rules ``person_nouns``) and no body
    (rules ``body_subjects``: ``The board indicated …``): ``the deal``, ``the merger``. A plural may name people the rules do not list (``villagers``): it stays."""
    if subj.tag_ == "DT":
        return subj.lower_ in ("that", "this")
    if subj.tag_ != "NN" or subj.ent_type_ in _SPEAKER_ENTS:
        return False
    if sent.ctx.actor_at.get(subj.i) is not None or sent.is_document(subj):
        return False
    lemma = subj.lemma_.lower()  # (``The appendix shows``: a part of a document, rules ``document_parts``)
    return not any(lemma in words for words in (sent.rules.person_nouns, sent.rules.words("evidence_subjects"),
                                                 sent.rules.words("document_parts"), sent.rules.words("body_subjects")))


def reciprocal_only(tok: Token) -> bool:
    """``were barely acknowledging each other``: the object is a reciprocal pronoun and the verb
    has nothing after it to report (not ``accused each other of lying``, ``told one another that
    …``)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    after = [c for c in tok.children if c.i > tok.i]  # (a clause before it: a misparse of the sentence)
    if obj is None or any(c.dep_ in _CONTENT_DEPS or (c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS)
                          for c in after):
        return False
    pair = {obj.lower_, *(c.lower_ for c in obj.children if c.dep_ in ("det", "nummod", "amod"))}
    return pair >= {"each", "other"} or pair >= {"one", "another"}


def no_holder(sent: "Sentence", tok: Token, rule: dict) -> bool:
    """``tok`` (a verb with reporting ``rule``) states no claim: see the module docstring."""
    if reciprocal_only(tok):
        return True
    if rule.get("source_subject") == "inscription" and (not any(c.dep_ == "nsubj" for c in tok.children) or any(
            t.lower_ == "as" and t.dep_ in ("prep", "mark") for t in tok.subtree if t.head.i in (tok.i, *(c.i for c in tok.children)))):
        return True  # ``banners reading "…"`` (heldout11 marks none); ``a line widely read as aimed at …``: a reading, no words
    if rule.get("active_only") and any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return True  # ``junior ministers were encouraged to meet …``: no one named who encouraged
    wrapper = sent.courtesy_wrapper(tok)
    subj = holder_subject(tok if wrapper is None else wrapper)  # ``I want to thank …``: the wisher thanks
    if subj is None:
        return bool(rule.get("active_only"))  # ``Thank you for coming in``: a courtesy, nobody reported
    if negative_subject(sent, subj):
        return True
    if rule.get("no_instrument_subject") and instrument_subject(sent, subj):
        return True  # ``the bill asks the CSO to publish …``: a law's terms, no one's request
    if rule.get("no_as_aside") and as_aside(tok, subj):
        return True  # ``…, as you know.``: a reminder, nothing reported
    if rule.get("no_subjects") and subj.lemma_.lower() in sent.rules.words(rule["no_subjects"]):
        return True  # ``Investors seized on the report``: a market reaction, no statement
    if bare_object_name(sent, tok, subj):
        return True  # ``Brexit vows hardship for fishermen``: a thing's name, no one vows
    if rule.get("verbatim_marker") and subj.lower_ in ("i", "we") and not any(
            c.dep_ == "dobj" and c.lower_ not in _QUOTED_PERSONS for c in tok.children):
        return True  # ``He said, and I quote, "…"``, ``and I'm quoting her``: the quotation is his, not the writer's
    if rule.get("specific_holder") and generic_subject(sent, subj, tok) and not asks_question(sent, tok):
        return True
    kind = rule.get("source_subject")
    if kind == "demonstrative":  # ``That tells you where we are``; not ``it told investors``
        return subj.tag_ == "DT" and subj.lower_ in ("that", "this")
    if kind == "inscription":  # ``Placards read "…"``; not ``The crowd read the results``
        return not inscribed_subject(sent, subj)
    if kind == "speaking":  # ``Markets groaned that …``; a name the NER missed still speaks (``Calloway bellowed``)
        return any(c.dep_ == "nsubj" for c in tok.children) and subj.pos_ != "PROPN" and not animate_subject(sent, subj)
    if kind in ("animate", "animate_or_document"):  # ``The storm convinced residents to leave``
        own = any(c.dep_ == "nsubj" for c in (wrapper or tok).children)  # (not a subject the parse lent a conjunct:
        return own and not animate_subject(sent, subj, kind == "animate_or_document")  # ``… reached … and advised``)
    return bool(kind) and eventive_subject(sent, subj)


def instrument_subject(sent: "Sentence", subj: Token) -> bool:
    """A common noun naming a legal instrument (word list ``instrument_nouns``: ``the bill``,
    ``the old rules``, ``keyword warrants``) that is no actor; not ``Bill`` (a name)."""
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in sent.rules.words("instrument_nouns") \
        and sent.ctx.actor_at.get(subj.i) is None


def as_aside(tok: Token, subj: Token) -> bool:
    """``tok`` opens with ``as`` and its subject is the speaker or the listener (``as you know``,
    ``as we all know``, ``the policy as we know it``); not ``As Ortiz knows, …`` (a third party)."""
    return subj.lower_ in _ASIDE_SUBJECTS and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)


def bare_object_name(sent: "Sentence", tok: Token, subj: Token) -> bool:
    """A verb of ``headline_object_verbs`` (``vows``, ``signals``, ``threatens``) with a bare noun
    object and no clause, whose subject is a proper noun that is no actor who can speak (``Brexit
    vows hardship for fishermen``, ``Obamacare threatens ruin``); not ``Biden vows help``,
    ``Riksbank signals pause`` (a person, a body), nor ``Brexit threatens to …`` (a clause)."""
    if subj.pos_ != "PROPN" or tok.lemma_.lower() not in sent.rules.words("headline_object_verbs"):
        return False
    if not any(c.dep_ == "dobj" for c in tok.children) or any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return False
    span = sent.ctx.actor_at.get(subj.i)
    return span is None or (span._.norm or {}).get("type") in ("location", None)


def inscribed_subject(sent: "Sentence", subj: Token) -> bool:
    """A subject that bears written words (``read`` as ``the sign read "…"``): a document
    (rules ``document``), a written surface (rules ``inscription_nouns``: placard, banner,
    headline, caption …) or ``it``/``they`` standing for one; not a person who reads."""
    if subj.pos_ == "PRON":
        return subj.lower_ in ("it", "they") and written_antecedent(sent, subj)
    if sent.ctx.actor_at.get(subj.i) is not None and not sent.is_document(subj):
        return False
    return _written_thing(sent, subj)


def written_antecedent(sent: "Sentence", pron: Token) -> bool:
    """``it``/``they`` may stand for a written thing: a document or inscription noun of its number
    (singular for ``it``, plural for ``they``) stands before it, outside quotations, in its own
    sentence or the one before (``sent a two-line email to his supervisor. "…," it read``); not
    ``They read "The Night Before Christmas" to the children`` (people read a title aloud)."""
    doc = pron.doc
    start = doc[pron.sent.start - 1].sent.start if pron.sent.start > 0 else pron.sent.start
    plural = pron.lower_ == "they"
    for tok in doc[start:pron.i]:
        if tok.pos_ not in ("NOUN", "PROPN") or (tok.tag_ in ("NNS", "NNPS")) != plural \
                or sent.ctx.quote_at(tok.idx) is not None:
            continue
        if _written_thing(sent, tok):
            return True
    return False


def _written_thing(sent: "Sentence", tok: Token) -> bool:
    """A document (rules ``document``) or a written surface (rules ``inscription_nouns``)."""
    words = sent.rules.words("inscription_nouns")
    return sent.is_document(tok) or tok.lemma_.lower() in words or tok.lower_ in words


def animate_subject(sent: "Sentence", subj: Token, documents: bool = False) -> bool:
    """A subject that can urge, advise or persuade someone: a personal pronoun, a named entity
    or an actor, a noun of people or of a body (rules ``person_nouns``, ``people_group_nouns``,
    ``body_subjects``), with ``documents`` also a document (``The agency's guidance advises that
    …``); not ``Higher mortgage rates``, ``The storm`` or ``The heat wave`` (a cause, no speaker)."""
    if subj.pos_ == "PRON":
        return subj.lower_ not in ("that", "this", "what", "which")
    if subj.ent_type_ in _SPEAKER_ENTS or sent.ctx.actor_at.get(subj.i) is not None:
        return True
    if documents and (sent.is_document(subj) or any(
            c.dep_ == "poss" and animate_subject(sent, c) for c in subj.children)):
        return True  # (``The agency's guidance advises that …``: what a body issued)
    lemma = subj.lemma_.lower()
    if subj.tag_ == "NNS" and (subj.text[:2].isupper() or lemma.endswith(_PEOPLE_ENDINGS)):
        return True  # ``Airline CEOs``, ``growers``, ``lobbyists``
    return any(lemma in words for words in (sent.rules.person_nouns, sent.rules.words("people_group_nouns"),
                                            sent.rules.words("body_subjects")))


def opens_quote(ctx, tok: Token) -> bool:
    """``tok`` is the first word of a quotation (``"Tell them she was born at mile 41," she
    said``): a base-form verb there with no subject is the quote's imperative, no report."""
    quote = ctx.quote_at(tok.idx)
    return quote is not None and not ctx.text[quote[0]:tok.idx].strip(" \n\"'\u201c\u2018")


def object_of_verdict(sent: "Sentence", noun: Token) -> bool:
    """A cue noun that is the object of a verb whose object is its content (``content: object``:
    ``endorsed a plan to raise …``, ``praised the plan to hire …``): with an infinitive (the
    caller checks it) the verb's claim holds the noun and its clause, the noun is the proposal
    judged, no claim of its own (not ``moved ahead with plans to …``; ``disputed her claim that
    …`` keeps the noun's claim)."""
    if noun.dep_ != "dobj" or not sent.inside(noun.head) or any(c.dep_ == "poss" for c in noun.children):
        return False  # (``echoed Ms. Lund's call for Congress to …``: the possessor's claim)
    return (sent.report_rule(noun.head) or {}).get("content") == "object"
