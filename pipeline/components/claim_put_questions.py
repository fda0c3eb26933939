"""``Asked whether the plan would survive, Park said …``: a question put to the speaker is no claim.

A ``question_verbs`` verb (ask, question, press) written as a passive participle with no subject
of its own and no ``by`` agent, opening the sentence (``Asked whether …,``, ``Pressed on the
cost,``, ``Asked Thursday about …,``) or set off by commas right after its subject (``The mayor,
asked about the budget, said``), puts a question to the speaker that nobody named asked. The
answer that follows is the claim; the question itself asserts nothing. Over the 35 development
sets, 62 of 77 such participles have no attribution in the gold (the other 15 give the cue to an
unnamed reporter or to nobody); a cue with no speaker was the worst of both readings, so the
participle makes no claim. A named asker (``Asked by one analyst whether …``) keeps its claim.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.components.claim_clauses import Sentence, child

_OWN_WORDS = ("aux", "auxpass", "nsubjpass", "agent")


def put_question(sent: Sentence, verb: Token) -> bool:
    """``verb`` is a question put to the speaker by an unnamed asker (see the module)."""
    if verb.lemma_.lower() not in sent.rules.words("question_verbs") or verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in _OWN_WORDS for c in verb.children):
        return False  # ``was asked whether``, ``Asked by a reporter whether``
    subj = child(verb, ("nsubj",))
    if subj is None:  # (the parser may make the participle the root: ``Asked whether …, she said``)
        return verb.i == sent.lo and any(t.text == "," for t in sent.doc[verb.i + 1:sent.hi])
    return _set_off(sent, verb, subj)


def _set_off(sent: Sentence, verb: Token, subj: Token) -> bool:
    """``The mayor, asked about the budget, said``: the participle right after its subject and a
    comma, closed by a comma; not ``X, a Democrat, asked`` (a comma inside the subject)."""
    doc = sent.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or subj.right_edge.i != verb.i - 2:
        return False
    if any(t.text == "," for t in doc[subj.left_edge.i:subj.right_edge.i]):
        return False
    after = verb.right_edge.i + 1
    return after < len(doc) and doc[after].text == ","
