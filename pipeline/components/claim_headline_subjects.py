"""The subject phrase of a headline clause, read lexically around the parse.

``“We are not bluffing”: House hard-liners dig in as shutdown nears`` says the quotation of the
clause's subject (``House hard-liners``): :func:`clause_subject` finds it as the words from the
clause start up to its first finite verb, when the parse makes that phrase the verb's subject.
Title-case parses are poor, so the phrase is bounded (:data:`MAX_WORDS` words of nouns, names,
adjectives and joining marks) and a clause opening with a verb or a function word has none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: words of a headline subject phrase, at most
MAX_WORDS = 5
_PHRASE_PUNCT = frozenset({"-", ".", "’s", "'s", "&", "'", "’"})
#: tags of a finite verb
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def clause_subject(doc: Doc, start: int, end: int, rules) -> tuple[int, int] | None:
    """(start, end) characters of the subject phrase opening the clause ``doc.text[start:end]``:
    the words before the clause's first finite verb, when one of them is that verb's subject,
    all of them of the parts of speech of ``headline_subject_pos`` (``rules``: the claim rules)
    and the phrase ends with a noun or name; None otherwise."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    verb = next((t for t in span[1:MAX_WORDS + 1] if _predicate(t, span.start)), None)
    if verb is None:
        return None
    words = doc[span.start:verb.i]
    pos = rules.words("headline_subject_pos")
    if any(t.pos_.lower() not in pos or (t.is_punct and t.text not in _PHRASE_PUNCT) for t in words):
        return None
    if words[-1].pos_ not in ("NOUN", "PROPN") or words[0].is_punct:
        return None
    return words.start_char, words.end_char


def _predicate(tok: Token, start: int) -> bool:
    """Whether ``tok`` is the clause's verb: a finite verb (or a present-tense verb the parser
    tagged as a plural noun, ``Pryce attacks PM``) whose subject lies between ``start`` and it."""
    if tok.tag_ not in _FINITE and tok.tag_ != "NNS":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and start <= c.i < tok.i for c in tok.children)


def names_people(doc: Doc, start: int, end: int, rules) -> bool:
    """Whether the phrase ``doc.text[start:end]`` ends with a noun for people (``House
    hard-liners``, ``Borealis flight attendants``, ``Hartwell care staff``; not ``Severn Vale
    shares``): a person noun of the rules (``lawyer``, ``lawyers``), a noun of people or a group
    (``people_group_nouns``: ``staff``, ``family``) or a plural with an ending of
    ``headline_people_endings``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    last, person_nouns, groups = span[-1], rules.person_nouns, rules.words("people_group_nouns")
    return any(w in person_nouns or w in groups for w in (last.lower_, last.lemma_.lower())) or (
        last.tag_ == "NNS" and last.lower_.endswith(tuple(rules.words("headline_people_endings"))))
