"""The verbatim marker between a reporting verb and its quotation (``claim_quoting_asides``)."""


def _cued(claims):
    return {c["cue"]["text"]: c for c in claims if c["cue"]}


def test_and_i_quote_leaves_the_quotation_to_the_reporting_verb(claims_of):
    """``The mayor said, and I quote, "…"``: the mayor's words, no claim of the writer's."""
    cued = _cued(claims_of('The mayor said, and I quote, "the bridge will reopen before winter."'))
    assert cued["said"]["speaker"]["text"] == "The mayor"
    assert cued["said"]["content"]["text"].startswith("the bridge will reopen before winter")
    assert "quote" not in cued


def test_im_quoting_her_exactly_after_told_me(claims_of):
    """``she told me, and I'm quoting her exactly, "…"`` in an interview answer: the marker's
    object and manner word are part of the marker; the quotation is hers."""
    cued = _cued(claims_of("I met the commissioner in Geneva and she told me, and I'm quoting her "
                           'exactly, "We will not extend the deadline for anyone."'))
    assert cued["told"]["speaker"]["text"] == "she"
    assert cued["told"]["content"]["text"].startswith("We will not extend the deadline")
    assert "quoting" not in cued


def test_ill_quote_him_directly(claims_of):
    """``the minister said, and I'll quote him directly, "…"`` at a briefing podium."""
    cued = _cued(claims_of("After the meeting the minister said, and I'll quote him directly, "
                           '"No farmer will lose a single acre to this scheme."'))
    assert cued["said"]["speaker"]["text"] == "the minister"
    assert cued["said"]["content"]["text"].startswith("No farmer will lose a single acre")
    assert "quote" not in cued


def test_a_quotation_of_two_clauses(claims_of):
    """``"…, and we will not …"``: the parser hangs the second clause on the marker; the whole
    quotation is the reporting verb's."""
    text = ('The envoy told me, and I\'m quoting him, "The border stays open, but we will check '
            'every truck."')
    cued = _cued(claims_of(text))
    assert cued["told"]["speaker"]["text"] == "The envoy"
    assert cued["told"]["content"]["text"].startswith("The border stays open, but we will check every truck")


def test_a_colon_after_the_marker_and_a_verb_inside_a_relative_clause(claims_of):
    """``what he said at the summit, and I quote: "…"``: the colon form; the verb heads a free
    relative and still reports the quotation."""
    cued = _cued(claims_of("I can tell you what he said at the summit, and I quote: "
                           '"Nobody should take our silence for consent."'))
    assert cued["said"]["speaker"]["text"] == "he"
    assert cued["said"]["content"]["text"].startswith("Nobody should take our silence for consent")


def test_single_marks_inside_a_quotation(claims_of):
    """A quotation in single marks after the marker (a quotation inside a quotation)."""
    text = "It came from a caller who said, and I\u2019m quoting, \u2018The queues are a disgrace.\u2019"
    cued = _cued(claims_of(text))
    assert cued["said"]["speaker"]["text"] == "a caller"
    assert cued["said"]["content"]["text"].startswith("The queues are a disgrace")


def _repaired(full_nlp, text):
    from pipeline.components.claim_quoting_asides import repair_quoting_asides
    from pipeline.components.claim_repairs import report_tokens
    from pipeline.components.claims import load_rules

    doc = full_nlp(text)
    return repair_quoting_asides(doc, report_tokens(doc, load_rules()))


def test_near_misses_are_left_as_parsed(full_nlp):
    """No quotation mark after the marker, no ``and``, a third person quoting, a quotation mark
    between the verb and the marker, a verb that already reports a clause: nothing is moved."""
    assert _repaired(full_nlp, 'The mayor said, and I quote, "the bridge will reopen before winter."') == 1
    for text in ("The mayor said, and I quote, that the bridge will reopen before winter.",
                 'The mayor said, I quote, "the bridge will reopen before winter."',
                 'The mayor spoke, and they quote, "the bridge will reopen before winter."',
                 '"It will reopen," the mayor said, and I quote the minutes: "by winter."',
                 'The mayor said the bridge would reopen, and I quote, "before winter."'):
        assert _repaired(full_nlp, text) == 0, text


def test_the_repair_needs_a_parse():
    """A Doc with no dependency parse is left alone."""
    import spacy

    from pipeline.components.claim_quoting_asides import repair_quoting_asides

    doc = spacy.blank("en")('He said, and I quote, "No."')
    assert repair_quoting_asides(doc, list(doc)) == 0
