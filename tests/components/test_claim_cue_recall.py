"""Cue recall (issue 11): reports the clause pass built and then lost for structural reasons."""


def _cued(claims):
    return {c["cue"]["text"]: c for c in claims if c["cue"]}


def test_a_reported_clause_holding_a_cue_noun_is_the_reporters_claim(claims_of):
    """``Aides said the governor unveiled a plan to …``: the reported clause's verb holds a cue
    noun; the reporter's ``said`` keeps the whole clause (it used to be skipped for the noun)."""
    cued = _cued(claims_of("Two aides said the governor unveiled a plan to widen the ring road."))
    assert cued["said"]["speaker"]["text"] == "Two aides"
    assert cued["said"]["content"]["text"] == "the governor unveiled a plan to widen the ring road"


def test_a_quotation_holding_a_cue_noun_keeps_its_tag(claims_of):
    """``"… we made the decision that …," the director said``: the tag is not lost to the noun."""
    cued = _cued(claims_of("\u201cIn March we made the decision that the depot would shut,\u201d "
                           "the depot director, Oskar Lindqvist, said."))
    assert cued["said"]["speaker"]["text"].endswith("Oskar Lindqvist")
    assert "the depot would shut" in cued["said"]["content"]["text"]


def test_an_unreported_holder_clause_stays_the_nouns(claims_of):
    """Near miss: with no reporting verb over it, the holder clause is still no claim of its own."""
    claims = claims_of("The governor unveiled a plan to widen the ring road.")
    assert not any(c["cue"] and c["cue"]["lemma"] == "say" for c in claims)


def test_a_two_word_clause_with_a_contracted_copula_is_kept(claims_of):
    """``Skeptics say it’s premature``: subject, contracted copula and complement under a cue."""
    for text, content in (("Skeptics say it\u2019s premature.", "it\u2019s premature"),
                          ("Her rivals insist that's unfair.", "that's unfair"),
                          ("The coaches believe they're ready.", "they're ready")):
        cued = [c for c in claims_of(text) if c["cue"]]
        assert cued and cued[0]["content"]["text"] == content, text


def test_a_contracted_copula_fragment_stays_a_fragment(claims_of):
    """Near misses: a wh-word before the copula, and no cue before the clause."""
    for text in ("Skeptics ask who's next.", "It\u2019s premature."):
        assert not any(c["cue"] and c["text"].endswith(("next", "premature")) for c in claims_of(text)), text


def test_a_verb_after_an_appositive_aside_heads_the_sentence(claims_of):
    """``Ines Varga, a councillor for the Green list, called the tender "a farce"``: the parser hung
    ``called`` inside the appositive and left the name as the root; the verb heads it again."""
    cued = _cued(claims_of('Ines Varga, a councillor for the Green list, called the tender "a farce in '
                           'three acts".'))
    assert cued["called"]["speaker"]["text"] == "Ines Varga"


def test_a_participle_inside_an_appositive_is_left_alone(claims_of):
    """Near miss: ``a banker called Varga`` (no comma before the participle) names, it reports nothing."""
    claims = claims_of("The new minister, a former banker called Ines Varga, starts work on Monday.")
    assert not any(c["cue"] and c["cue"]["lemma"] == "call" for c in claims)
