"""``warning that aid to farmers … could be delayed``: a reported clause whose ``that`` the parser
read as the determiner of the verb's object (claim_that_objects).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_text, with_cue


@pytest.mark.parametrize("text, speaker, content", [
    ("Relief agencies scaled back deliveries on Monday, a UN official said, warning that food for displaced "
     "families in Darfur would run out by March.", "UN official",
     "food for displaced families in Darfur would run out by March"),
    ("Health officials said the outbreak had slowed, warning that money for vaccines in rural clinics would "
     "run short before winter.", "Health officials", "money for vaccines in rural clinics would run short before winter"),
    ("The minister said funding was secure, warning that aid to farmers in the north could be delayed by the "
     "strike.", "The minister", "aid to farmers in the north could be delayed by the strike"),
])
def test_a_that_read_as_a_determiner_still_marks_the_reported_clause(claims_of, text, speaker, content):
    claim = with_cue(claims_of(text), "warning")
    assert claim["content"]["text"] == content
    assert text[claim["content"]["start"]:claim["content"]["end"]] == content
    assert speaker_text(claim) == speaker


@pytest.mark.parametrize("text, cue, content", [
    ("She denied that account but did not elaborate.", "denied", "that account"),  # a conjunct verb
    ("A spokesman mocked that claim, telling reporters that the party had finished third.", "mocked", "that claim"),
    ("The minister repeated that promise when she visited the plant.", "repeated", "that promise"),
])
def test_a_real_determiner_keeps_its_noun_as_the_content(claims_of, text, cue, content):
    """Near misses: the verb after the noun has a subject of its own, is a conjunct, or stands
    after a comma; ``that`` stays the noun's determiner."""
    assert with_cue(claims_of(text), cue)["content"]["text"] == content


def _doc(verb_lemma: str, clause_dep: str, between: str = "to", subject: bool = False):
    """A given parse of ``They warned that aid <between> farmers would be late .`` with ``that`` the
    determiner of the object ``aid`` and ``be`` hung on the verb as ``clause_dep``; ``subject``:
    ``be`` has a subject of its own (``they``, in place of ``would``); a comma ``between`` hangs on
    the verb, outside the object."""
    import spacy
    from spacy.tokens import Doc

    words = ["They", verb_lemma + "ed", "that", "aid", between, "farmers", "they" if subject else "would", "be",
             "late", "."]
    return Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 8 + [False, False],
               heads=[1, 1, 3, 1, 1 if between == "," else 3, 4, 7, 1, 7, 1],
               deps=["nsubj", "ROOT", "det", "dobj", "punct" if between == "," else "prep", "pobj", "nsubj" if subject else "aux", clause_dep,
                     "acomp", "punct"],
               pos=["PRON", "VERB", "DET", "NOUN", "ADP", "NOUN", "PRON" if subject else "AUX", "AUX", "ADJ", "PUNCT"],
               tags=["PRP", "VBD", "DT", "NN", "IN", "NNS", "PRP" if subject else "MD", "VB", "JJ", "."],
               lemmas=["they", verb_lemma, "that", "aid", between, "farmer", "they" if subject else "would", "be",
                       "late", "."])


@pytest.mark.parametrize("verb, clause_dep, between, subject, found", [
    ("warn", "ccomp", "to", False, True),
    ("warn", "advcl", "to", False, True),  # the clause's verb hung on the verb under another label
    ("warn", "conj", "to", False, False),  # near miss: a conjunct verb (``denied that account but did …``)
    ("warn", "ccomp", "to", True, False),  # near miss: the verb has a subject of its own
    ("warn", "ccomp", ",", False, False),  # near miss: a comma between
    ("reject", "ccomp", "to", False, False),  # near miss: an object-content verb (``rejected that idea``)
])
def test_the_repair_needs_a_clause_verb_without_subject_and_a_clause_taking_verb(verb, clause_dep, between,
                                                                                 subject, found):
    from pipeline.components.claim_rules import load_rules
    from pipeline.components.claim_that_objects import _object_clause

    doc = _doc(verb, clause_dep, between, subject)
    assert (_object_clause(doc[1], load_rules()) is not None) is found


def test_the_repair_hangs_the_clause_on_the_verb_with_that_as_its_marker():
    from pipeline.components.claim_rules import load_rules
    from pipeline.components.claim_that_objects import repair_that_objects

    doc = _doc("warn", "advcl")
    assert repair_that_objects(doc, load_rules()) == 1
    assert (doc[7].head.i, doc[7].dep_) == (1, "ccomp")
    assert (doc[3].head.i, doc[3].dep_) == (7, "nsubj")
    assert (doc[2].head.i, doc[2].dep_) == (7, "mark")
    assert [t.i for t in doc[7].subtree] == list(range(2, 9))


def _owner_doc(case: bool = True):
    """A given parse of ``They projected that airlines ’ combined capacity would grow .`` with
    ``that`` the determiner of the object ``airlines`` and ``capacity`` the subject of ``grow``
    (``case``: ``’`` the possessive of ``airlines``, else a quotation mark on the verb)."""
    import spacy
    from spacy.tokens import Doc

    words = ["They", "projected", "that", "airlines", "’", "combined", "capacity", "would", "grow", "."]
    return Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, True, False, True, True, True, True,
                                                            False, False],
               heads=[1, 1, 3, 1, 3 if case else 1, 6, 8, 8, 1, 1],
               deps=["nsubj", "ROOT", "det", "dobj", "case" if case else "punct", "amod", "nsubj", "aux", "ccomp",
                     "punct"],
               pos=["PRON", "VERB", "DET", "NOUN", "PART" if case else "PUNCT", "VERB", "NOUN", "AUX", "VERB",
                    "PUNCT"],
               tags=["PRP", "VBD", "DT", "NNS", "POS" if case else "''", "VBN", "NN", "MD", "VB", "."],
               lemmas=["they", "project", "that", "airline", "’", "combine", "capacity", "would", "grow", "."])


def test_a_possessive_read_as_the_object_owns_the_clause_subject():
    """``projected that [Gulf carriers’] combined capacity would grow``: the object the parser
    found is the owner of the clause's subject; ``that`` marks the clause."""
    from pipeline.components.claim_rules import load_rules
    from pipeline.components.claim_that_objects import repair_that_objects

    doc = _owner_doc()
    assert repair_that_objects(doc, load_rules()) == 1
    assert (doc[3].head.i, doc[3].dep_) == (6, "poss")
    assert (doc[2].head.i, doc[2].dep_) == (8, "mark")
    assert [t.i for t in doc[8].subtree] == list(range(2, 9))


def test_a_subject_the_object_does_not_own_blocks_the_repair():
    from pipeline.components.claim_rules import load_rules
    from pipeline.components.claim_that_objects import repair_that_objects

    assert repair_that_objects(_owner_doc(case=False), load_rules()) == 0


@pytest.mark.parametrize("text, speaker, content", [
    ("The judge held that tenant groups who filed late could still join the case.", "The judge",
     "tenant groups who filed late could still join the case"),
    ("The regulator held that energy suppliers who overcharged customers must repay them.", "The regulator",
     "energy suppliers who overcharged customers must repay them"),
])
def test_that_read_as_the_determiner_of_a_plural_clause_subject_marks_the_clause(claims_of, text, speaker, content):
    """``held that tenant groups who … could``: the parser hangs the clause right but reads ``that``
    as the plural subject's determiner; a plural noun takes no ``that``, so it is the marker that
    ``held`` (a verb that reports only a ``that`` clause) needs."""
    claim = with_cue(claims_of(text), "held")
    assert speaker_text(claim) == speaker
    assert claim["content"]["text"] == content
    assert text[claim["content"]["start"]:claim["content"]["end"]] == content
