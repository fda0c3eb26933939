"""``it`` speaking in a clause inside a sentence that names a body (issue 11).

``The ministry's plan is a new dam, which it says will cost $2 billion``; ``Acme's shares fell
after it said profits would slip``: a third-person ``it`` subject of a reporting verb that is not
the sentence's main verb is the body named as the main subject of the sentence, or as the possessor
of that subject, when that is the only body (a government, company, agency …) the sentence's main
subject, its possessor or the possessor of the noun the clause hangs on offers (that noun itself
is what ``which`` stands for, never ``it``). Two different
bodies there (``The mayor's office rejected the union's demand, which it says …``): no answer (a
wrong speaker is worse than none). Quoted words are left to the quotation passes.

When the sentence's main subject is no body but one singular document (``A poll released last week
by the Texas Politics Project showed …, though it found …``; ``document`` rules), ``it`` is that
document (:func:`clause_document`), provided the sentence names no body and no other document
outside the subject's own words (``The poll, which the governor's office paid for, …``: no answer).

When no body mention is there at all, the owner may be a body written as a common noun
(``Researchers have questioned the company's accuracy figure, which it says …``: ``the company``;
``body_subjects`` rules) owning the noun the relative clause hangs on, or the main subject: that
noun as written (:func:`clause_owner_word`), when the sentence names no other body.

A noun subject between that body and ``it`` is nearer: ``Reuters could not verify a video the
channel posted, which it said …`` (not Reuters: no answer); when ``it``'s clause lies inside the
clause of that nearest subject and it is a body, ``it`` is that body (``…, the ministry said, as the
government struggles to attract the investment it had said …``: the government;
:func:`clause_subject_word`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.claim_clauses import Sentence
from pipeline.components.claim_speakers import is_document_noun

#: actor types ``it`` may name (a body that speaks; not a person, a group of people, or a place)
_BODY_TYPES = frozenset({"organization", "government", "legislature", "military", "media"})


def _body_at(sent: Sentence, tok: Token | None) -> Span | None:
    """The body actor mention ``tok`` heads, if any."""
    span = sent.ctx.actor_at.get(tok.i) if tok is not None else None
    if span is None or span.root.i != tok.i or (span._.norm or {}).get("type") not in _BODY_TYPES:
        return None
    return span if (span._.norm or {}).get("actor_id") else None


def _with_owner(sent: Sentence, noun: Token | None, itself: bool = True) -> list[Span]:
    """The body ``noun`` names (when ``itself``), or else the body that owns it (``the
    ministry's plan``)."""
    if noun is None:
        return []
    own = _body_at(sent, noun) if itself else None
    if own is not None:
        return [own]
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    found = _body_at(sent, owner)
    return [found] if found is not None else []


def _clause_root(sent: Sentence, frame: Token, subj: Token) -> Token | None:
    """The main verb of the sentence when ``it`` (outside quotations) is the subject of a
    reporting verb ``frame`` in a clause under it, after that verb; else None."""
    if subj.lower_ != "it" or frame.dep_ == "ROOT" or sent.ctx.quote_at(subj.idx) is not None:
        return None
    root = frame
    while root.dep_ != "ROOT" and root.head.i != root.i:
        root = root.head
    if root.i == frame.i or root.i > subj.i:
        return None
    return root


def clause_document(sent: Sentence, frame: Token, subj: Token) -> Token | None:
    """The one singular document the sentence's main subject is, that an ``it`` subject of a
    reporting verb in a clause under the main verb names (see the module doc); else None."""
    root = _clause_root(sent, frame, subj)
    noun = sent.kid(root, ("nsubj",)) if root is not None else None
    if noun is None or noun.tag_ != "NN" or noun.i > subj.i or not is_document_noun(sent, noun):
        return None
    inside = {t.i for t in noun.subtree}
    for tok in sent.tokens:
        if tok.i in inside:
            continue
        span = sent.ctx.actor_at.get(tok.i)
        if (span is not None and (span._.norm or {}).get("type") in _BODY_TYPES) or \
                (tok.pos_ == "NOUN" and is_document_noun(sent, tok)):
            return None  # another body or document ``it`` could be
    return noun


def clause_body(sent: Sentence, frame: Token, subj: Token) -> Span | None:
    """The body an ``it`` subject of the reporting verb ``frame`` names (see the module doc), or
    None: ``frame`` must not be the sentence's main verb, ``it`` not inside a quotation."""
    root = _clause_root(sent, frame, subj)
    if root is None:
        return None
    found = _with_owner(sent, sent.kid(root, ("nsubj", "nsubjpass")))
    clause = _relative_clause(frame, root, ("relcl", "acl"))
    if clause is not None:
        head = clause.head
        # ``a reservoir, which it says …``: ``which`` is the reservoir, ``it`` never is; its owner may be
        found += [sp for sp in _with_owner(sent, head, False) if head.i < subj.i]
    ids = {(sp._.norm or {}).get("actor_id") for sp in found}
    if len(ids) != 1 or found[0].end_char > subj.idx or nearer_subject(sent, frame, subj):
        return None
    return found[0]


def nearer_subject(sent: Sentence, frame: Token, subj: Token) -> bool:
    """Does a noun subject stand between the sentence's main subject and the ``it`` subject of
    ``frame`` in a relative clause (``Reuters could not verify a video the channel posted, which
    it said …``), so that the main subject (Reuters) is no safe answer?"""
    root = _clause_root(sent, frame, subj)
    main = sent.kid(root, ("nsubj", "nsubjpass")) if root is not None else None
    if main is None or _relative_clause(frame, root) is None:
        return False
    return bool(_subjects_between(sent, main.right_edge.i + 1, subj))


def _relative_clause(frame: Token, root: Token, deps: tuple[str, ...] = ("relcl",)) -> Token | None:
    """The relative clause (a clause of ``deps``) ``frame`` is in, below the main verb ``root``, if any."""
    clause = frame
    while clause.dep_ not in deps and clause.i != root.i:
        clause = clause.head
    return clause if clause.dep_ in deps else None


def _subjects_between(sent: Sentence, start: int, subj: Token) -> list[Token]:
    """The noun subjects of clauses from token ``start`` up to the ``it`` ``subj``, outside
    quotations: nearer things ``it`` may be."""
    return [t for t in sent.tokens if start <= t.i < subj.i and t.dep_ in ("nsubj", "nsubjpass")
            and t.pos_ in ("NOUN", "PROPN") and sent.ctx.quote_at(t.idx) is None]


def clause_subject_word(sent: Sentence, frame: Token, subj: Token) -> Token | None:
    """``…, the ministry said, as the government struggles to attract the investment it had said
    would …``: the nearest noun subject before the ``it`` subject of ``frame`` (not the main verb),
    when the clause it is the subject of holds ``frame`` and it is a body (a body actor mention,
    or a singular body noun of ``body_subjects``); else None."""
    root = _clause_root(sent, frame, subj)
    near = _subjects_between(sent, sent.tokens[0].i, subj) if root is not None else []
    tok = near[-1] if near else None
    if tok is None or tok.head.i == root.i or not tok.head.left_edge.i <= frame.i <= tok.head.right_edge.i:
        return None
    return tok if _body_at(sent, tok) is not None or _body_word(sent, tok) else None


def _body_word(sent: Sentence, tok: Token) -> bool:
    """A singular body noun (``body_subjects``: company, ministry …) that no actor mention covers."""
    return tok.tag_ == "NN" and tok.lemma_.lower() in sent.rules.words("body_subjects") \
        and sent.ctx.actor_at.get(tok.i) is None


def clause_owner_word(sent: Sentence, frame: Token, subj: Token) -> Token | None:
    """The ``the``-determined singular body noun (``body_subjects``: company, ministry, authority
    …) owning the noun a relative clause with the ``it`` subject hangs on (``the company's
    accuracy figure, which it says``), or owning the main subject (``The authority's answer is a
    dam, which it says``), when the sentence names no body mention and no other body noun before
    ``it`` (see the module doc); else None."""
    root = _clause_root(sent, frame, subj)
    clause = _relative_clause(frame, root) if root is not None else None
    if clause is None:
        return None
    owners = [_body_word_owner(sent, noun) for noun in (clause.head, sent.kid(root, ("nsubj", "nsubjpass")))]
    owner = next((o for o in owners if o is not None), None)
    if owner is None or any(_other_body(sent, tok, owner) for tok in sent.tokens if tok.i < subj.i):
        return None
    return owner


def _body_word_owner(sent: Sentence, noun: Token | None) -> Token | None:
    """The possessor of ``noun`` when it is ``the`` + a singular body noun, no actor mention."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
    if owner is None or not _body_word(sent, owner) or not any(c.lower_ == "the" for c in owner.children):
        return None
    return owner


def _other_body(sent: Sentence, tok: Token, owner: Token) -> bool:
    """Is ``tok`` (not ``owner``) a body ``it`` could also be: a body actor mention or a singular
    body noun?"""
    if tok.i == owner.i:
        return False
    span = sent.ctx.actor_at.get(tok.i)
    if span is not None:
        return (span._.norm or {}).get("type") in _BODY_TYPES
    return _body_word(sent, tok)
