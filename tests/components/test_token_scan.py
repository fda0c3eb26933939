"""token_scan: word positions read from the attribute arrays, as a scan of the tokens finds them."""
import spacy

from pipeline.components.token_scan import (doc_text, last_doc_cache, lemma_positions, lower_case_words, positions,
                                            text_positions, title_positions, token_starts)

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


def test_last_doc_cache_keeps_the_last_doc_and_args_by_identity():
    """The value of the last call is given back for the same Doc and the same argument objects;
    another Doc, an equal but other argument, or a Doc asked again after another is computed anew."""
    calls = []

    @last_doc_cache
    def heads(doc, words):
        calls.append((doc, words))
        return [t.i for t in doc if t.lower_ in words]

    first, second = NLP("The mayor said the vote was close."), NLP("Aides said so.")
    words = {"said"}
    assert heads(first, words) == [2] and heads(first, words) == [2] and len(calls) == 1
    assert heads(first, {"said"}) == [2] and len(calls) == 2  # equal, not the same object
    assert heads(second, words) == [1] and heads(first, words) == [2] and len(calls) == 4
    assert heads.__name__ == "heads" and not first.user_data  # nothing kept in the Doc


def test_last_doc_cache_with_a_stamp_reads_a_retokenized_doc_again():
    """``stamp=len``: the same Doc merged in place (fewer tokens) is read again."""
    @last_doc_cache(stamp=len)
    def texts(doc):
        return [t.text for t in doc]

    doc = NLP("Mayor Elena Ruiz said it.")
    assert texts(doc) == ["Mayor", "Elena", "Ruiz", "said", "it", "."]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:3])
    assert texts(doc) == ["Mayor", "Elena Ruiz", "said", "it", "."]


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
