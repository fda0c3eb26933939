"""The verbatim marker between a reporting verb and its quotation (``claim_quoting_asides``)."""

import pytest


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


def _parsed(words, heads, deps, pos, lemmas):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def _loop_free(doc) -> bool:
    """Every token reaches a root within len(doc) steps up its heads."""
    for tok in doc:
        cur = tok
        for _ in range(len(doc) + 1):
            if cur.head.i == cur.i:
                break
            cur = cur.head
        else:
            return False
    return True


@pytest.mark.parametrize("words,heads,deps", [
    # the marker hangs on the quotation's closing semicolon, which hangs on the verb; the quotation's
    # head hangs on the marker: hanging the semicolon on the quotation would make a loop
    (["The", "mayor", "said", ",", "and", "I", "quote", ",", '"', "the", "bridge", "will", "reopen", ";", '"'],
     [1, 2, 2, 2, 2, 6, 13, 6, 6, 10, 12, 12, 6, 2, 2],
     ["det", "nsubj", "ROOT", "punct", "cc", "nsubj", "conj", "punct", "punct", "det", "nsubj", "aux",
      "ccomp", "punct", "punct"]),
    # the same with the marker on the quotation's comma: "Fares will rise, and ..."
    (["Okafor", "told", "us", ",", "and", "I", "quote", ":", '"', "fares", "rise", ",", '"'],
     [1, 1, 1, 1, 1, 6, 11, 6, 6, 10, 6, 1, 1],
     ["nsubj", "ROOT", "dobj", "punct", "cc", "nsubj", "conj", "punct", "punct", "nsubj", "ccomp",
      "punct", "punct"]),
])
def test_a_repair_that_would_make_a_loop_is_skipped(words, heads, deps):
    from pipeline.components.claim_quoting_asides import repair_quoting_asides

    pos = ["VERB" if w in ("said", "told", "quote", "reopen", "rise") else
           "PUNCT" if not w[0].isalnum() else "NOUN" for w in words]
    lemmas = ["say" if w == "said" else "tell" if w == "told" else w.lower() for w in words]
    doc = _parsed(words, heads, deps, pos, lemmas)
    before = [(t.head.i, t.dep_) for t in doc]
    reports = [t for t in doc if t.text in ("said", "told", "quote")]
    assert repair_quoting_asides(doc, reports) == 0
    assert [(t.head.i, t.dep_) for t in doc] == before
    assert _loop_free(doc)
