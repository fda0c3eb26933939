"""The shared parse walks, on hand-built parses (no model: the arcs are the point)."""

import spacy
from spacy.tokens import Doc

from pipeline.tokens import list_head, trim_end

VOCAB = spacy.blank("en").vocab


def _doc(words, heads, deps):
    return Doc(VOCAB, words=words, heads=heads, deps=deps)


def test_list_head_climbs_a_coordination_to_its_first_member():
    # "Rallies in Marseille , Lyon and Nice ."
    doc = _doc(["Rallies", "in", "Marseille", ",", "Lyon", "and", "Nice", "."],
               [0, 0, 1, 2, 2, 4, 4, 0],
               ["ROOT", "prep", "pobj", "punct", "conj", "cc", "conj", "punct"])
    assert list_head(doc[6]).text == "Marseille"
    assert list_head(doc[4]).text == "Marseille"
    assert list_head(doc[2]).text == "Marseille"  # the first member is its own head


def test_list_head_stops_at_the_root_and_outside_lists():
    doc = _doc(["She", "said", "and", "left", "."], [1, 1, 1, 1, 1],
               ["nsubj", "ROOT", "cc", "conj", "punct"])
    assert list_head(doc[3]).text == "said"
    assert list_head(doc[1]).text == "said"
    assert list_head(doc[0]).text == "She"


def test_list_head_climbs_appositions_only_when_asked():
    # "Vox , the party , and Junts agreed ."
    doc = _doc(["Vox", ",", "the", "party", ",", "and", "Junts", "agreed", "."],
               [7, 0, 3, 0, 0, 0, 0, 7, 7],
               ["nsubj", "punct", "det", "appos", "punct", "cc", "conj", "ROOT", "punct"])
    assert list_head(doc[3]).text == "party"
    assert list_head(doc[3], ("conj", "appos")).text == "Vox"
    assert list_head(doc[6], ("conj", "appos")).text == "Vox"


def _words(text):
    doc = Doc(VOCAB, words=text.split())
    return doc, list(doc)


def test_trim_end_keeps_a_straight_closing_mark_the_words_open():
    # 'was "fair" ,' : the comma goes, the closing mark of the opened quotation stays
    doc, core = _words('the deal was " fair " ,')
    trim_end(core, keep_quote=True)
    assert [t.text for t in core][-2:] == ["fair", '"']


def test_trim_end_takes_in_a_closing_mark_left_after_a_full_stop():
    # 'said the vote was "rigged ." Others ...': the words end at "rigged", the mark is outside them
    doc, _ = _words('the vote was \u201c rigged . \u201d Others left')
    core = list(doc[:5])
    trim_end(core, keep_quote=True)
    assert [t.text for t in core] == ["the", "vote", "was", "\u201c", "rigged", ".", "\u201d"]


def test_trim_end_leaves_balanced_or_unquoted_ends_alone():
    doc, _ = _words('the vote was " rigged " . " Next')
    core = list(doc[:6])  # closed inside: the '"' after the full stop opens another quotation
    trim_end(core, keep_quote=True)
    assert [t.text for t in core][-2:] == ["rigged", '"'] and len(core) == 6
    doc, _ = _words('the vote was rigged . " Next')
    core = list(doc[:4])
    trim_end(core, keep_quote=True)
    assert [t.text for t in core] == ["the", "vote", "was", "rigged"]
    doc, _ = _words('the vote was \u201c rigged . \u201d Others')
    core = list(doc[:5])
    trim_end(core)  # without keep_quote nothing is taken in
    assert [t.text for t in core] == ["the", "vote", "was", "\u201c", "rigged"]
