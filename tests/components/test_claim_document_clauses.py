"""A ``that`` clause after ``in`` + a document noun after a reporting verb (claim_document_clauses)."""


def _cued(claims):
    return {c["cue"]["text"]: c for c in claims if c["cue"]}


def test_a_that_clause_after_a_document_phrase_is_the_verbs_content(claims_of):
    """``wrote in a column that …``, ``argued in a letter that …``: the clause is the report's."""
    for text, cue, content in (
            ("The minister wrote in a column that the reforms would cut waiting times.", "wrote",
             "the reforms would cut waiting times"),
            ("The mayor argued in a letter that the city could not afford the new stadium.", "argued",
             "the city could not afford the new stadium")):
        cued = _cued(claims_of(text))
        assert cued[cue]["content"]["text"] == content, text


def test_a_relative_clause_on_the_document_stays_the_nouns(claims_of):
    """Near misses: ``that`` as the subject (``a letter that called for …``) or the object of a
    verb done to the document (``a statement that it released Monday``) is a relative pronoun."""
    from pipeline.components.claim_document_clauses import _stray_clause
    from pipeline.nlp import build

    nlp = build()
    handling = frozenset(("release",))
    doc = nlp("The bank said in a statement that it released on Monday that profits had risen.")
    assert _stray_clause(doc[5], handling) is None
    doc = nlp("The union said in a letter that called for a strike that pay had fallen.")
    assert _stray_clause(doc[5], handling) is None


def test_a_cue_noun_as_the_document_of_in_is_the_verbs_medium(claims_of):
    """``found in a 2022 report that …``: a document that is itself a cue noun (``report``) is
    where the verb's clause was said, no claim of its own with no speaker."""
    for text, cue, speaker, content in (
            ("The state auditor found in a 2022 report that the agency's regional offices were short of staff.",
             "found", "The state auditor", "the agency's regional offices were short of staff"),
            ("Federal investigators said in a report that the pilots had ignored three stall warnings.",
             "said", "Federal investigators", "the pilots had ignored three stall warnings")):
        claims = claims_of(text)
        cued = _cued(claims)
        assert cued[cue]["speaker"]["text"] == speaker, text
        assert cued[cue]["content"]["text"] == content, text
        assert text[cued[cue]["content"]["start"]:cued[cue]["content"]["end"]] == content
        assert "report" not in cued, text


def test_a_cue_noun_of_another_phrase_keeps_its_claim(claims_of):
    """``declined to comment on reports that …``: only ``in`` + a document is a medium."""
    text = "The bank declined to comment on reports that it had held talks with a Chinese lender."
    cued = _cued(claims_of(text))
    assert cued["reports"]["content"]["text"] == "it had held talks with a Chinese lender"
