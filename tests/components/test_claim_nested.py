"""Attributions nested inside a quotation: ``know`` with a declarative clause, and a two-word
clause a nested cue reports (issue 11, nested statements)."""


def _cued(claims):
    return {c["cue"]["text"]: c for c in claims if c["cue"]}


def test_know_with_a_declarative_clause_is_a_cue_inside_a_quote(claims_of):
    """``… and I know the mayor agrees," Ortiz said``: the second conjunct's ``know`` reports its
    clause, spoken by the quote's speaker, like ``I hope`` in the first."""
    claims = claims_of('"The levy is a mistake, but I hope the council will think again, and I know '
                       'the mayor agrees," Ortiz said.')
    cued = _cued(claims)
    assert cued["know"]["content"]["text"] == "the mayor agrees"
    assert cued["know"]["speaker"]["text"] == "Ortiz"
    assert "hope" in cued


def test_know_outside_a_quote_with_a_clause(claims_of):
    cued = _cued(claims_of("Port officials knew for months that the crane was failing."))
    assert cued["knew"]["content"]["text"] == "the crane was failing"


def test_know_without_a_declarative_clause_is_no_cue(claims_of):
    """Near misses: a person known, a pronoun object, a question word, ``you know``."""
    for text in ('"Everybody on this farm knows that," Ruiz said.',
                 '"People here know him," she said.',
                 '"I honestly do not know what to think," he said.',
                 '"You know what they mean," he said.',
                 '"She is the kindest person I know," he said.'):
        assert not any(c["cue"] and c["cue"]["lemma"] == "know" for c in claims_of(text)), text


def test_a_two_word_clause_under_a_nested_cue_is_kept(claims_of):
    """``But I hope she tries``: subject and verb under a cue are a statement; a bare ``She
    wavers.`` with no cue is still a fragment."""
    cued = _cued(claims_of('"Nobody votes for that plan. But I hope she tries," Ruiz said.'))
    assert cued["hope"]["content"]["text"] == "she tries"
    relative = claims_of('"Nobody wants fewer teachers. We want teachers who stay," Ruiz said.')
    assert not any(c["text"] == "who stay" for c in relative)
    plain = claims_of("The storm hit the harbour on Monday. She wavers.")
    assert not any(c["text"] == "She wavers" for c in plain)


def test_a_focus_word_is_no_part_of_the_speaker(claims_of):
    """``Even his own members know …``: the speaker is ``his own members``."""
    cued = _cued(claims_of('"Even the party treasurer thinks the budget is dead," Ruiz said.'))
    assert cued["thinks"]["speaker"]["text"] == "the party treasurer"


def test_want_to_know_if_is_a_question_asked_inside_a_quote(claims_of):
    """``"The parents want to know whether …"``: the holder's question, though a generic noun's
    wanting inside a quote is no claim (``"Customers want to know the price"``)."""
    cued = _cued(claims_of('"The parents want to know whether the bus route is coming back," Ruiz said.'))
    assert cued["want"]["speaker"]["text"] == "The parents"
    for text in ('"Customers want to know the price," Ruiz said.',
                 '"The parents want to know when the bus route is coming back," Ruiz said.'):
        assert not any(c["cue"] and c["cue"]["lemma"] == "want" for c in claims_of(text)), text
