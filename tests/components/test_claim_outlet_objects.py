"""``told the Guardian turnout would decide …``: the outlet is the object again (claim_outlet_objects)."""

from __future__ import annotations

import pytest

from tests.conftest import with_cue


@pytest.mark.parametrize("text, content", [
    ("The minister told the Guardian turnout would decide the result.", "turnout would decide the result"),
    ("Ruiz told the Financial Times inflation was hurting members.", "inflation was hurting members"),
    ("She told the AP prices had doubled since June.", "prices had doubled since June"),
    # modifiers between the outlet and the noun stay with the clause (review 41, finding 6)
    ("The trader told Bloomberg News crude shipments would slow in March.", "crude shipments would slow in March"),
    ("A general told the BBC Ukrainian troops had retaken the village.", "Ukrainian troops had retaken the village"),
    ("An envoy told the BBC Iranian diplomats had left Beirut.", "Iranian diplomats had left Beirut"),
    ("An aide told the New York Times state lawmakers had stalled the bill.", "state lawmakers had stalled the bill"),
    ("The strike is led by Ana Ruiz, the union's president, who told the BBC wages had fallen for a decade.",
     "wages had fallen for a decade"),
])
def test_the_clause_after_an_outlet_keeps_its_subject(claims_of, text, content):
    assert with_cue(claims_of(text), "told")["content"]["text"] == content


@pytest.mark.parametrize("text, content", [
    ("She told the Senate committee it would review the contract.", "it would review the contract"),
    ("The minister told Reuters the company would appeal.", "the company would appeal"),
])
def test_an_object_before_a_clause_with_its_own_subject_stays(claims_of, text, content):
    """Near misses: the clause has its own subject; the outlet is already the object."""
    assert with_cue(claims_of(text), "told")["content"]["text"] == content


@pytest.mark.parametrize("verb, lemma, found", [
    ("told", "tell", True),
    ("warned", "warn", False),  # near miss: every other check passes, only the verb is not tell
    ("informed", "inform", False),
])
def test_the_repair_needs_tell(verb, lemma, found):
    """A given parse of ``She <verb> the Guardian turnout would decide the result.`` with the outlet
    a compound of the clause's subject: only ``tell`` is repaired."""
    import spacy
    from spacy.tokens import Doc

    from pipeline.components.claim_outlet_objects import _outlet_compound
    from pipeline.components.claim_rules import load_rules

    words = ["She", verb, "the", "Guardian", "turnout", "would", "decide", "the", "result", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 8 + [False, False],
              heads=[1, 1, 4, 4, 6, 6, 1, 8, 6, 1],
              deps=["nsubj", "ROOT", "det", "compound", "nsubj", "aux", "ccomp", "det", "dobj", "punct"],
              pos=["PRON", "VERB", "DET", "PROPN", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
              lemmas=["she", lemma, "the", "Guardian", "turnout", "would", "decide", "the", "result", "."])
    assert (_outlet_compound(doc[1], load_rules()) is not None) is found


@pytest.mark.parametrize("text, content", [
    ('The minister told AFP EU ships caught "less than a tenth" of the fish.',
     'EU ships caught "less than a tenth" of the fish'),
])
def test_a_clause_read_as_a_relative_of_the_outlets_noun(claims_of, text, content):
    """``told AFP EU vessels accounted for …``: the clause hung on the noun as a reduced relative;
    the first of the two proper nouns is the outlet."""
    claim = with_cue(claims_of(text), "told")
    assert (claim["speaker"]["text"], claim["content"]["text"]) == ("The minister", content)
