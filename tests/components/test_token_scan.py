"""token_scan: word positions read from the attribute arrays, as a scan of the tokens finds them."""
import spacy

from pipeline.components.token_scan import (doc_text, lemma_positions, lower_case_words, positions, text_positions,
                                            title_positions, token_starts)

NLP = spacy.blank("en")


def test_positions_match_a_scan_of_lower_case_forms():
    doc = NLP("The Campaign said the campaign by the CAMPAIGN team was over, by and large.")
    words = frozenset({"campaign", "by"})
    assert positions(doc, words) == [t.i for t in doc if t.lower_ in words]
    assert positions(doc, ["the"]) == [t.i for t in doc if t.lower_ == "the"]
    assert positions(doc, {"nowhere"}) == [] and positions(doc, ()) == []


def test_text_positions_keep_case():
    doc = NLP("REUTERS/Yves Herman and Campaign campaign")
    assert text_positions(doc, {"/", "Campaign"}) == [1, 5]


def test_titles_and_starts():
    doc = NLP("Reyes met the Mayor of Hermel.")
    assert title_positions(doc) == [t.i for t in doc if t.is_title]
    assert token_starts(doc) == [t.idx for t in doc]
    assert positions(NLP(""), {"a"}) == [] and title_positions(NLP("")) == [] and token_starts(NLP("")) == []


def test_doc_text_is_each_docs_own():
    first, second = NLP("Reyes met the Mayor."), NLP("Live Updates: the vote")
    assert doc_text(first) == first.text and doc_text(second) == second.text and doc_text(first) == first.text


def test_lower_case_words():
    doc = NLP("The vote: the Senate voted, and THE house said 2 things.")
    assert lower_case_words(doc) == {t.lower_ for t in doc if t.is_lower}
    assert lower_case_words(NLP("")) == set()


def test_lemma_positions_match_a_scan_of_lemma_and_form_asking_each_pair_once():
    doc = NLP("Aides said he says it. They SAID so, and Hopes hopes said.")
    lemmas = {"said": "say", "says": "say", "SAID": "say", "Hopes": "Hope", "hopes": "hop"}
    for t in doc:
        t.lemma_ = lemmas.get(t.text, t.lower_)
    asked = []

    def keep(lemma, lower):
        asked.append((lemma, lower))
        return lemma.lower() in ("say", "hope") or lower == "hopes"

    assert lemma_positions(doc, keep) == [t.i for t in doc if keep(t.lemma_, t.lower_)] == [1, 3, 7, 11, 12, 13]
    assert len(set(asked[:-len(doc)])) == len(asked[:-len(doc)])  # each distinct pair once
    assert lemma_positions(NLP(""), keep) == []
