"""Whether ``it`` opening a sentence can be the one document of the sentence before
(``The governor read the letter aloud. It said …``): only when that sentence's subject is a
person (or the document itself) and the document is what its main verb acts on, not a thing
in a circumstance (``Shares fell after the report. It said …``) nor what a body put out
(``The company filed a lawsuit. It said …``: ``it`` is the company); review1 item 4."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.tokens import list_head
from pipeline.components.claim_clauses import Sentence
from pipeline.components.claim_speakers import is_person

#: pronoun subjects that name a person (``it``/``they`` may be the body that issued the document)
_PERSON_SUBJECTS = frozenset(("i", "we", "you", "he", "she"))
_MAIN_ROLES = ("dobj", "nsubj", "nsubjpass")


def _person_subject(prev: Sentence, subj: Token) -> bool:
    """``I``, ``the governor``, ``Sen. Roe``: a subject that names one person (or people)."""
    if subj.lower_ in _PERSON_SUBJECTS:
        return True
    span = prev.ctx.actor_at.get(subj.i)
    if span is not None:
        return is_person(span)
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in prev.rules.person_nouns


def _acted_on(prev: Sentence, doc_tok: Token, root: Token) -> bool:
    """The document is the subject or object of the main verb (or joined to one), or the object
    of a reading preposition on it (``went through the report``: ``document_reading_preps``)."""
    tok = list_head(doc_tok)
    if tok.dep_ in _MAIN_ROLES:
        return tok.head.i == root.i
    prep = tok.head
    return tok.dep_ == "pobj" and prep.head.i == root.i \
        and prep.lower_ in prev.rules.words("document_reading_preps")


def it_may_be_document(prev: Sentence, doc_tok: Token) -> bool:
    """``it`` may be ``doc_tok``: the sentence's main verb has a person subject (or the
    document is its subject) and acts on the document."""
    root = next((t for t in prev.tokens if t.dep_ == "ROOT"), None)
    if root is None or not _acted_on(prev, doc_tok, root):
        return False
    subj = prev.kid(root, ("nsubj", "nsubjpass"))
    return subj is not None and (subj.i == doc_tok.i or _person_subject(prev, subj))
