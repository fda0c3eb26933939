"""``The other said applications filed in July were …``: the second member of a pair as a subject.

After ``One of the people said …``, wire copy quotes the second member as ``The other said …``. The
small model often reads ``The other said applications`` as one noun phrase (``other`` and ``said``
both modifiers of the noun after them), so the sentence has no reporting verb. When a sentence
opens with ``The other`` + a reporting verb in the past tense hung on the noun right after it, and
that noun is the subject of the sentence's root, the verb becomes the root with ``other`` its
subject and the old root its reported clause. ``the other said-to-be partners`` (no reporting verb
of a root's subject) stays as parsed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.components.claim_repairs import repair_each

_SUBJECTS = frozenset(("nsubj", "nsubjpass"))


def _other_subject(verb: Token, rules) -> tuple[Token, Token] | None:
    """``(other, root)`` of ``The other said X were …`` (see the module), else None."""
    sent, i = verb.sent, verb.i
    if verb.dep_ != "amod" or verb.tag_ != "VBD" or i - sent.start != 2 or i + 1 >= sent.end:
        return None
    det, other, noun = verb.doc[i - 2], verb.doc[i - 1], verb.head
    if det.lower_ != "the" or other.lower_ != "other" or other.head != noun or noun.i <= i:
        return None
    root = sent.root
    return (other, root) if noun.dep_ in _SUBJECTS and noun.head == root and root.i > noun.i else None


def _report_other(verb: Token, found: tuple[Token, Token]) -> None:
    """``said`` the root, ``other`` its subject (``The`` on it), the old root its clause."""
    other, root = found
    det = verb.doc[other.i - 1]
    verb.head, verb.dep_ = verb, "ROOT"
    other.head, other.dep_ = verb, "nsubj"
    det.head, det.dep_ = other, "det"
    root.head, root.dep_ = verb, "ccomp"
    for tok in [c for c in root.children if c.is_punct and c.i == c.sent.end - 1]:
        tok.head = verb


def repair_other_subjects(doc: Doc, rules) -> int:
    """Make ``said`` of ``The other said X …`` read as a noun modifier the root (:func:`_other_subject`);
    the number repaired."""
    return repair_each(doc, rules, _other_subject, _report_other)
