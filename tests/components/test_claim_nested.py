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


def test_a_relative_denial_inside_a_report_is_its_subjects_claim(claims_of):
    """``…, which the ministry denied``: a comma relative whose ``which`` is the object of a reply
    verb (``relative_reply_verbs``) with a named subject replies to the claim it closes; the
    claim is that subject's, its content the claim before (round 42)."""
    text = ("Local papers reported that the mayor had met the developer twice before the vote, "
            "which the city's ethics officer disputed.")
    cued = _cued(claims_of(text))
    claim = cued["disputed"]
    assert claim["speaker"]["text"] == "the city's ethics officer"
    assert claim["content"]["text"] == "the mayor had met the developer twice before the vote"
    assert text[claim["content"]["start"]:claim["content"]["end"]] == claim["content"]["text"]
    assert "reported" in cued


def test_a_relative_approval_or_a_pronoun_reply_is_no_reply_claim(claims_of):
    """Near misses: no reply verb (``approved``), a pronoun subject (``which he denied``: kept to
    named subjects, as in the golds seen), no comma (``the claims which officials denied`` says
    which claims)."""
    for text in ("The mayor said the plan had been drafted in May, which the council approved.",
                 "The mayor said the plan had been drafted in May, which he denied.",
                 "Reporters said the claims which officials denied were already public."):
        cues = {c["cue"]["lemma"] for c in claims_of(text) if c["cue"]}
        assert not cues & {"deny", "approve"}, text


def test_a_relative_denial_inside_the_content_is_no_reply_claim(claims_of):
    """``the payments, which Siemens denied, were made …``: a reply relative in the middle of the
    content says which noun was denied, no reply to the claim; only a relative that closes the
    content replies (its content the contiguous words before it, review 43)."""
    for text in ("Officials said the transfers, which the ministry denied, had been routed through a "
                 "bank in Cyprus last year.",
                 "Prosecutors said the payments, which Siemens denied, were made through a consultant "
                 "in Dubai between 2019 and 2021."):
        claims = claims_of(text)
        assert not any(c["cue"] and c["cue"]["lemma"] == "deny" for c in claims), text
    text = "The auditors said the loans had been approved without collateral, which the bank disputed."
    claim = _cued(claims_of(text))["disputed"]
    assert claim["speaker"]["text"] == "the bank"
    assert claim["content"]["text"] == "the loans had been approved without collateral"
    assert text[claim["content"]["start"]:claim["content"]["end"]] == claim["content"]["text"]
