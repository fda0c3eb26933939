"""Reporting verbs of a headline or subhead that the parser read as nouns.

spaCy parses title case poorly: in ``F.B.I. Director Tells Senators Foreign Threats … Are
‘Unrelenting’`` or ``Rupiah Hits Record Low as BI Vows to ‘Stay in the Market’`` the verb is a
name word, and in ``Airline rejects claim that …`` or ``… as Bank of England signals cut`` it is a
plural noun. A headline report is re-read here (:func:`repair_headline_reports`): a word in the form
of a present-tense reporting verb (``tells``, ``vows``; ``demand`` after a plural subject) that
the parse left without a subject, right after a subject-like noun phrase at the start of its
clause (the headline start, or after ``as``, ``;``, ``,``), with a content after it (a quotation,
a ``to`` infinitive, a ``that`` clause or a verb with its own subject). It becomes that verb, the phrase its subject
and the rest of the clause its complement. ``Oil Prices Rise as Iran Talks Stall`` (no content),
``The Heiress Who Wants a Senate Seat`` (a relative clause), ``Council Rejects`` (nothing after)
stay as they are. The addressee of ``Tells`` (``headline_addressee_verbs``) is no part of the
content: ``Mayor Tells Council the Budget Is Balanced`` says ``the Budget Is Balanced``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.components.claim_sections import classify_paragraphs
from pipeline.extensions import GROUP_MENTIONS
from pipeline.components.quote_marks import CLOSE_QUOTES, OPEN_QUOTES, STRAIGHT_SINGLE

#: sections re-read
_SECTIONS = frozenset({"headline", "subhead"})
#: words that open the clause of a headline report (``… as BI Vows to …``)
_OPENERS = frozenset({"as", ";", ",", ":", "while", "after", "—", "–"})
#: parts of speech a headline subject phrase may hold
_SUBJECT_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART", "CCONJ"})
_SUBJECT_PUNCT = frozenset({".", "-", "’s", "'s", "&"})
#: words that make the phrase before the verb no subject (``The Heiress Who Wants …``)
_NOT_SUBJECT = frozenset({"who", "which", "that", "what", "how", "why", "when", "where", "whose"})
#: words that end the content of a headline report
_CLAUSE_END = frozenset({";", "|"})
_QUOTES = OPEN_QUOTES | CLOSE_QUOTES | {STRAIGHT_SINGLE}
#: dependencies that make a verb with a subject no clause head (``Records show rebates flowed …``:
#: ``show`` a compound of ``rebates``)
_NOT_CLAUSE = frozenset({"compound", "amod", "nmod", "npadvmod", "dep"})
#: dependencies that make a verb no clause head either (``lawyer vows appeal``: ``vows`` the
#: subject or an auxiliary of ``appeal``)
_HUNG_ON_OBJECT = frozenset({"nsubj", "nsubjpass", "aux"})
#: at least this many words before the comma of a headline that closes on its verb
_MIN_CLOSED = 3
#: at most this many words in a headline subject phrase
_MAX_SUBJECT = 6


def repair_headline_reports(doc: Doc, rules) -> int:
    """Re-read the misparsed reporting verbs of the headline and subheads of ``doc``
    (:func:`_headline_report`). Returns the number repaired."""
    if not doc.has_annotation("DEP") or not len(doc):
        return 0
    repaired = 0
    for para in classify_paragraphs(doc.text, rules):
        if para.label not in _SECTIONS:
            continue
        span = doc.char_span(para.start, para.end, alignment_mode="expand")
        for tok in list(span or []):
            found = _headline_report(tok, rules, span)
            closing = _closing_report(tok, rules, span) if found is None else None
            if closing is not None and _apply(tok, *closing, dep="ccomp"):
                repaired += 1
            elif found is not None and _apply(tok, *found):
                repaired += 1
            elif found is None and (_small_clause(tok, rules) or _participle_clause(tok, rules)
                                    or _verbless_clause(tok, rules)):
                repaired += 1
    return repaired


def _small_clause(verb: Token, rules) -> bool:
    """``CEO says more listings to follow``, ``Minister says fares to rise in May``: headline English
    for ``will``, parsed as an object with an infinitive of its own; the infinitive becomes the
    reporting verb's complement (``ccomp``) and the object its subject."""
    if verb.pos_ != "VERB" or _verb_lemma(verb, rules) is None or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    inf = next((c for c in obj.children if c.dep_ in ("acl", "relcl") and c.i > obj.i and c.pos_ in ("VERB", "AUX") and
                any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)), None) if obj is not None else None
    if inf is None or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    inf.head, inf.dep_ = verb, "ccomp"
    obj.head, obj.dep_ = inf, "nsubj"
    return True


def _verbless_clause(verb: Token, rules) -> bool:
    """``Governor says board 'not in a hurry' to resume easing``: headline English with no ``is``,
    parsed as a second subject or an object of the reporting verb (a verb that takes none,
    ``no_object``) with the predicate hung on the verb; the noun becomes the verb's complement
    (``ccomp``) and the words after it its own. The object reading needs a predicate that reads as
    one (a quotation, a negation, an adjective): not ``Minister says goodbye to parliament``."""
    lemma = _verb_lemma(verb, rules) if verb.pos_ == "VERB" else None
    if lemma is None or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or \
            not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    noun = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("nsubj", "dobj")), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or \
            (noun.dep_ == "dobj" and not (rules.report.get(lemma) or {}).get("no_object")):
        return False
    rest = [c for c in verb.children if c.i > noun.i and not (c.is_punct and c.i == verb.sent.end - 1)]
    words = [w for c in rest for w in c.subtree]
    if not any(not c.is_punct for c in rest) or (noun.dep_ == "dobj" and not any(
            w.text in _QUOTES or w.dep_ == "neg" or w.pos_ == "ADJ" for w in words)):
        return False  # ``Minister says board``: nothing said of it
    noun.dep_ = "ccomp"
    for c in rest:
        c.head = noun
    return True


def _participle_clause(verb: Token, rules) -> bool:
    """``Prosecutors say 1.2 million euros paid through consultancy``, ``Officials say 40 homes
    destroyed``: headline English for ``were paid``, parsed as an object with a participle of its
    own; with a verb of ``headline_participle_verbs`` (verbs that take no such object) the participle
    becomes the reporting verb's complement (``ccomp``) and the object its passive subject."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in rules.words("headline_participle_verbs") \
            or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    part = next((c for c in obj.children if c.dep_ == "acl" and c.i > obj.i and c.tag_ == "VBN" and
                 not any(a.dep_ in ("aux", "auxpass") for a in c.children)), None) if obj is not None else None
    if part is None or obj.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    part.head, part.dep_ = verb, "ccomp"
    obj.head, obj.dep_ = part, "nsubjpass"
    return True


def _verb_lemma(tok: Token, rules) -> str | None:
    """The reporting lemma whose present tense ``tok`` is (``Tells`` → tell), else None."""
    lower = tok.lower_
    rule = rules.report_rule(lower, lower) if not lower.endswith("s") else rules.report_forms.get(lower)
    if rule is None or rule.get("kind", "report") != "report":
        return None
    lemma = rule.get("lemma", "")
    return lemma if lower in (lemma, lemma + "s", lemma + "es") or lower.endswith("ies") else None


def _headline_report(tok: Token, rules, line: Span) -> tuple[str, Span, Span] | None:
    """(lemma, subject phrase, content) of a misparsed headline reporting verb ``tok`` of the
    headline or subhead ``line``, else None."""
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in _NOT_CLAUSE | _HUNG_ON_OBJECT and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.right_edge.i == tok.i - 1 and not _spans_opener(c)
            for c in tok.children):
        return None  # parsed as it is: its subject right before it
    lemma = _verb_lemma(tok, rules)
    if lemma is None:
        return None
    lo, hi = max(tok.sent.start, line.start), min(tok.sent.end, line.end)
    subj = _subject_before(tok, lo)
    bare = _finds_object(subj, lemma, rules) or _states_object(subj, lemma, rules)
    content = _content_after(tok, hi, bare)
    if subj is None or content is None:
        return None
    last = subj[-1]
    plural = last.tag_ in ("NNS", "NNPS") or (last.pos_ == "PROPN" and last.lower_.endswith("s") and
                                             not last.lower_.endswith("ss")) or any(t.lower_ == "and" for t in subj)
    if (tok.lower_ == lemma) != plural:
        return None  # ``Airline reject``, ``Island Nations Demands``: not the verb's form
    if lemma in rules.words("headline_addressee_verbs"):
        content = _past_addressee(content)
    return (lemma, subj, content) if content is not None else None


def _closing_report(tok: Token, rules, line: Span) -> tuple[str, Span, Span] | None:
    """(lemma, subject phrase, content) of a headline that closes on its reporting verb after a
    comma (``Approval of oil field unlawful, High Court rules``, ``Fares to rise, operator
    warns``) when the parse did not make the verb the head of the phrase before it; else None.
    The verb is the last word of its sentence, the subject the words between the comma and it,
    the content the words before the comma (at least ``_MIN_CLOSED`` of them)."""
    lemma = _verb_lemma(tok, rules)
    if lemma is None or not _ends_line(tok, line) or any(c.dep_ == "ccomp" for c in tok.children):
        return None
    lo = max(tok.sent.start, line.start)
    subj = _subject_before(tok, lo)
    if subj is None or subj.start - 1 <= lo or tok.doc[subj.start - 1].text != ",":
        return None
    content = tok.doc[lo:subj.start - 1]
    plural = subj[-1].tag_ in ("NNS", "NNPS") or any(t.lower_ == "and" for t in subj)
    if len(content) < _MIN_CLOSED or any(w.text in _QUOTES for w in content) or (tok.lower_ == lemma) != plural:
        return None
    return lemma, subj, content


def _ends_line(tok: Token, line: Span) -> bool:
    """Whether only punctuation or spaces follow ``tok`` in its sentence and ``line``."""
    end = min(tok.sent.end, line.end)
    return all(t.is_punct or t.is_space for t in tok.doc[tok.i + 1:end])


def _past_addressee(content: Span) -> Span | None:
    """The content of ``Tells <addressee> …`` without its addressee: the words before a quotation
    or ``to``/``that``, else before the subject of the content's verb (``Tells Council the Budget
    Is Balanced``), else the first name or word (``Tells Senators Bureau Missed …``); None when
    nothing would be left."""
    verb = next((w for w in content if _clause_verb(w, content)), None)
    stop = next((w.i for w in content if w.text in _QUOTES or w.lower_ in ("to", "that")), None)
    if stop is None or verb is not None and verb.i < stop:  # a quotation inside the clause
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None
        stop = subj.left_edge.i if subj is not None else None
    if stop is None or stop <= content.start:
        first = content[0]
        stop = next((e.end for e in first.doc.ents if e.start <= first.i < e.end), first.i + 1)
    return content.doc[stop:content.end] if content.start < stop < content.end else None


def _subject_before(tok: Token, line_start: int) -> Span | None:
    """The noun phrase from the start of ``tok``'s clause (not before ``line_start``) up to it,
    when it reads as a subject."""
    doc = tok.doc
    start = tok.i
    while start > line_start and doc[start - 1].lower_ not in _OPENERS:
        start -= 1
    words = doc[start:tok.i]
    if not 1 <= len(words) <= _MAX_SUBJECT or words[0].is_punct:
        return None
    for w in words:
        if w.lower_ in _NOT_SUBJECT or (w.pos_ not in _SUBJECT_POS and w.text not in _SUBJECT_PUNCT
                                        and w.lower_ != "of"):
            return None
    if not any(w.pos_ in ("PROPN", "NOUN") for w in words):
        return None
    return words


def _spans_opener(subj: Token) -> bool:
    """Whether the subject phrase of ``subj`` runs over a clause opener (``shares plunge as
    audit`` taken for the subject of ``finds``): two clauses the parse joined."""
    return any(w.lower_ in _OPENERS for w in subj.subtree)


def _finds_object(subj: Span | None, lemma: str, rules) -> bool:
    """Whether a document subject finds a bare object (``… as audit finds R4.2bn hole``): the
    verb's rule takes ``document_object`` and the subject phrase ends with a document noun."""
    rule = rules.report.get(lemma) or {}
    return subj is not None and bool(rule.get("document_object")) and subj[-1].lemma_.lower() in rules.documents


def _states_object(subj: Span | None, lemma: str, rules) -> bool:
    """Whether someone states a bare object (``… as Riksbank signals pause``, ``lawyer vows
    appeal``): the verb is one of ``headline_object_verbs`` and the subject phrase ends with a
    name of an actor who can speak (a person, an organisation, a government) or a noun for a person
    or a body (not ``Bond yields signal recession``, ``Brexit vows hardship for fishermen``: a
    proper noun that names no such actor)."""
    if subj is None or lemma not in rules.words("headline_object_verbs"):
        return False
    last = subj[-1]
    lemma_last = last.lemma_.lower()
    return _speaking_actor(last) or lemma_last in rules.person_nouns or lemma_last in rules.words("body_subjects")


def _speaking_actor(tok: Token) -> bool:
    """``tok`` lies in an actor mention (``mentions``) of a person, an organisation or a
    government: no place, and no actor of unknown type."""
    spans = tok.doc.spans.get(GROUP_MENTIONS, ())
    return any(sp.label_ == "actor" and sp.start <= tok.i < sp.end
               and (sp._.norm or {}).get("type") not in ("location", None) for sp in spans)


def _content_after(tok: Token, line_end: int, bare: bool = False) -> Span | None:
    """The words after ``tok`` up to the end of its clause (not after ``line_end``), when they
    hold a content: a quotation, a ``to`` infinitive, a ``that`` clause or a verb (any words
    when ``bare``: a document's finding)."""
    doc, end = tok.doc, tok.i + 1
    while end < line_end and doc[end].text not in _CLAUSE_END and doc[end].lower_ not in _OPENERS:
        end += 1
    while end > tok.i + 1 and doc[end - 1].is_space:
        end -= 1
    words = doc[tok.i + 1:end]
    if not words or words[0].is_punct and words[0].text not in _QUOTES:
        return None
    if bare or any(w.text in _QUOTES or w.lower_ in ("to", "that") or _clause_verb(w, words) for w in words):
        return words
    return None


def _clause_verb(word: Token, words: Span) -> bool:
    """Whether ``word`` is a finite verb with its own subject among ``words`` (``… Threats to
    Midterms Are …``; not ``flags strain on households``)."""
    return word.tag_ in ("VBD", "VBP", "VBZ", "MD") and any(
        c.dep_ in ("nsubj", "nsubjpass") and words.start <= c.i < words.end for c in word.children)


def _apply(tok: Token, lemma: str, subj: Span, content: Span, dep: str | None = None) -> bool:
    """Make ``tok`` the verb of its clause: ``subj`` its subject, ``content`` its complement,
    the clause an adverbial of the word its opener hung on (``… as BI Vows``) or the root. Undone
    (False) when the tree would not be one."""
    doc = tok.doc
    saved = [(t.head.i, t.dep_) for t in tok.sent]
    tags = (tok.pos_, tok.tag_, tok.lemma_)
    word_tags = (content[0].pos_, content[0].tag_)
    inside = set(range(min(subj.start, content.start), max(content.end, tok.i + 1)))  # an addressee too
    opener = doc[subj.start - 1] if subj.start > tok.sent.start else None
    host = opener.head if opener is not None and opener.head.i not in inside else None
    old_root = tok.sent.root
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBP" if tok.lower_ == lemma else "VBZ", lemma
    if host is None:
        tok.head, tok.dep_ = tok, "ROOT"
        if old_root.i not in inside and old_root.i != tok.i:
            old_root.head, old_root.dep_ = tok, "dep"
    else:
        if any(a.i == tok.i for a in host.ancestors):  # the host hung under the verb: the root now
            host.head, host.dep_ = host, "ROOT"
        tok.head, tok.dep_ = host, "advcl"  # not ``as``'s clause: the host is not its content
    _attach(subj, tok, "nsubj")
    if content.start > tok.i + 1:  # ``Tells Council …``: the addressee
        _attach(doc[tok.i + 1:content.start], tok, "dative")
    dep = dep or _content_dep(content)
    _attach(content, tok, dep)
    if dep == "dobj" and len(content) == 1 and content[0].pos_ == "VERB":  # ``vows appeal``: a noun
        content[0].pos_, content[0].tag_ = "NOUN", "NN"
    if _is_tree(tok.sent):
        return True
    for t, (head, dep) in zip(tok.sent, saved):
        t.head, t.dep_ = doc[head], dep
    tok.pos_, tok.tag_, tok.lemma_ = tags
    if len(content) == 1:
        content[0].pos_, content[0].tag_ = word_tags
    return False


def _attach(words: Span, verb: Token, dep: str) -> None:
    """Hang the phrase ``words`` on ``verb``: its head word (the last one whose head lies outside
    it) takes ``dep``, its other outside-headed words hang on that head."""
    lo, hi = words.start, words.end
    tops = [w for w in words if not lo <= w.head.i < hi or w.head.i == w.i]
    if not tops:
        return
    head = tops[-1] if dep == "nsubj" else _content_head(tops)
    head.head, head.dep_ = verb, dep
    for w in tops:
        if w.i != head.i:
            w.head = head
            if w.dep_ == "ROOT":
                w.dep_ = "dep"


def _content_head(tops: list[Token]) -> Token:
    """The word of a content that heads it: its first verb, else its first noun (``no cut before
    spring``: ``cut``, not ``before``), else its last top word."""
    verb = next((w for w in tops if w.pos_ in ("VERB", "AUX")), None)
    return verb or next((w for w in tops if w.pos_ in ("NOUN", "PROPN")), tops[-1])


def _content_dep(content: Span) -> str:
    """``xcomp`` for a ``to`` infinitive, ``ccomp`` for a clause, ``dobj`` for a noun phrase (one
    word too, whatever its tag: ``signals cut``, ``vows appeal``)."""
    if len(content) == 1:
        return "dobj"
    if content[0].lower_ == "to" or (content[0].text in _QUOTES and len(content) > 1 and content[1].lower_ == "to"):
        return "xcomp"
    if any(w.pos_ in ("VERB", "AUX") for w in content) and content[0].pos_ not in ("NOUN", "PROPN"):
        return "ccomp"
    return "dobj" if not any(w.pos_ in ("VERB", "AUX") for w in content) else "ccomp"


def _is_tree(sent: Span) -> bool:
    """Whether every word of ``sent`` reaches a root of it by its heads."""
    for t in sent:
        seen, cur = 0, t
        while cur.head.i != cur.i:
            cur, seen = cur.head, seen + 1
            if seen > len(sent) or not sent.start <= cur.i < sent.end:
                return False
    return True
