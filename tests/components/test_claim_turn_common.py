"""Helpers the claim_turn modules share."""

from pipeline.components.claim_turn_common import text_words


def test_text_words_cuts_marks_off_each_word_and_keeps_none_empty():
    assert text_words("SEN. O'NEILL , the chair's") == {"sen", "o'neill", "the", "chair's"}
    assert text_words("Q. (Mr. Dyer) .", ".") == {"q", "(mr", "dyer)"}
