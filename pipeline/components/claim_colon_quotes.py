"""Parse repair for a quotation a reporting verb opens with a colon after a phrase of its own:
``Ebright posted a statement on X minutes after the meeting broke up: "The Speaker can …"``,
``She said after the vote: "We will win."``. The parser often makes the quoted clause the root
(the verb its clause complement) or hangs it on a verb of the phrase before the colon (``broke``);
the reporting verb right before the colon then reports it again (a ``ccomp``).

Left alone: a colon not followed by a quotation mark, a quotation that closes before the end of
the sentence, a verb not before the colon in the same sentence, a verb inside a quotation, a
verb with another reporting verb between it and the colon."""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from pipeline.components.quote_marks import DOUBLE_CLOSE, OPEN_QUOTES, closing_marks

_STOPS = frozenset((".", "!", "?"))


def _quoted_head(colon: Token) -> Token | None:
    """The head of the quotation opened right after ``colon`` when it runs to the sentence end."""
    doc, sent = colon.doc, colon.sent
    mark = doc[colon.i + 1] if colon.i + 1 < sent.end else None
    if mark is None or mark.text not in OPEN_QUOTES:
        return None
    inside = range(mark.i + 1, sent.end)
    marks = closing_marks(mark.text)
    closers = [t for t in doc[mark.i + 1:sent.end] if t.text in marks]
    if len(closers) > 1 or (closers and any(t.text not in marks | _STOPS and not t.is_space
                                            for t in doc[closers[0].i:sent.end])):
        return None
    # no closing mark in the sentence: the quotation runs on into the next (``…: "It is simple. Yes
    # or no?"``); its first sentence is the part the verb reports here
    end = closers[0].i if closers else sent.end
    heads = [t for t in doc[mark.i + 1:end] if t.head.i not in inside or t.head.i == t.i]
    heads = [t for t in heads if not t.is_punct]
    return heads[0] if len(heads) == 1 and heads[0].pos_ in ("VERB", "AUX") else None


def _colon_reporter(colon: Token, reports: list[Token], positions: list[int]) -> Token | None:
    """The last reporting verb before ``colon`` in its sentence, or the reporting verb whose object
    is a reporting word (None when a quotation mark comes between them: the verb is inside a
    quotation); a reporting word that is neither (``after the hearing broke up``: a noun of a
    reporting lemma) is passed over; ``positions``: the indexes of ``reports``."""
    sent = colon.sent
    if any(t.text in OPEN_QUOTES or t.text in DOUBLE_CLOSE for t in colon.doc[sent.start:colon.i]):
        return None
    for k in range(bisect_left(positions, colon.i) - 1, -1, -1):
        verb = reports[k]
        if verb.i < sent.start:
            return None
        if verb.pos_ != "VERB" and verb.dep_ == "dobj" and verb.head.i in positions:
            verb = verb.head  # ``asked the crowd a question: "Who …?"``: the cue noun is the verb's object
        if verb.pos_ == "VERB":
            return verb
    return None


def _clause_top(verb: Token, head: Token) -> Token:
    """The word of ``verb``'s chain of verb heads that hangs on the quoted ``head`` (``used`` of
    ``used to say``): the top of the clause the verb stands in. The chain stops at a noun: a verb
    the parser hung on its own subject (``Veldhuis, 47, posted …:`` with ``posted`` an ``acl`` of
    ``Veldhuis``) is the top itself."""
    top = verb
    while top.head.i != head.i and top.head.i != top.i and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    return top


def _hung_on_subject(top: Token | None, head: Token) -> Token | None:
    """The noun the parser hung the reporting clause on as an ``acl`` while making it a word of the
    quoted ``head`` (``Dunmore, 61, tweeted …: "Justice was not done"``: ``Dunmore`` the quotation's
    subject): the reporting verb's own subject."""
    if top is None or top.dep_ != "acl" or top.head.head.i != head.i or top.head.pos_ not in ("PROPN", "NOUN"):
        return None
    return top.head


def _opens_quotation(colon: Token) -> bool:
    """A quotation mark opens right after ``colon``, or after the paragraph break that follows it."""
    doc, k = colon.doc, colon.i + 1
    if k < len(doc) and doc[k].is_space and doc[k].text.count("\n") <= 2:
        k += 1
    return k < len(doc) and doc[k].text in OPEN_QUOTES


def _root_reporter(colon: Token, reports: list[Token], positions: list[int]) -> int:
    """``Lopez, a council member, posted on Facebook:`` before a quotation, parsed as a noun phrase
    (the name the root, the verb a reduced relative on it): the verb heads the sentence again, with
    the name as its subject. Only a name, or a noun with an apposition, and a verb in the past
    without an agent (not ``a statement posted by the club:``). Returns 1 when repaired."""
    verb = _colon_reporter(colon, reports, positions) if _opens_quotation(colon) else None
    noun = verb.head if verb is not None and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") else None
    if noun is None or noun.dep_ != "ROOT" or noun.i > verb.i or any(c.dep_ == "agent" for c in verb.children):
        return 0
    if noun.pos_ != "PROPN" and not (noun.pos_ == "NOUN" and any(c.dep_ == "appos" for c in noun.children)):
        return 0
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    colon.head = verb
    return 1


def repair_colon_quotes(doc: Doc, reports: list[Token]) -> int:
    """Hang the quotation after a colon on the reporting verb before it (see module doc);
    ``reports``: the document's reporting tokens in order. Returns the number repaired."""
    if not doc.has_annotation("DEP"):
        return 0
    repaired, positions = 0, [v.i for v in reports]
    for colon in (t for t in doc if t.text == ":" and t.i + 1 < len(doc)):
        repaired += _root_reporter(colon, reports, positions)
        head = _quoted_head(colon)
        verb = _colon_reporter(colon, reports, positions) if head is not None else None
        if verb is None or (verb in head.subtree and head.dep_ != "ROOT"):
            continue
        # the quotation taken for the root: the verb's clause heads again (``As my mother used to
        # say: "…"``: ``used``, with its subject)
        top = _clause_top(verb, head) if verb in head.subtree else None
        words_before = [c for c in head.children if c.i < colon.i and c.i != verb.i and c != top]
        if head.head.i == verb.i and head.dep_ in ("ccomp", "parataxis") and not words_before:
            continue
        owner = _hung_on_subject(top, head)
        if top is not None:
            top.head, top.dep_ = top, "ROOT"
        for tok in words_before:  # ``after the meeting broke up`` hung on the quoted verb
            tok.head = verb if top is None else top
        if owner is not None:  # ``Dunmore, 61, tweeted …:`` with ``tweeted`` on ``Dunmore``
            owner.dep_ = "nsubj"
        colon.head = verb
        head.head, head.dep_ = verb, "ccomp"
        repaired += 1
    return repaired
