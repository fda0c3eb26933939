"""A reporting participle after a noun's ``that`` clause (claim_noun_clause_participles)."""


def _cued(claims):
    return {c["cue"]["text"]: c for c in claims if c["cue"]}


def test_a_participle_after_a_rejected_claim_is_the_rejecters(claims_of):
    """``rejected the claim that …, calling the estimate "…"``: the participle was hung on the
    clause of ``claim``; the one who rejected calls, and the claim's content ends at the comma."""
    cued = _cued(claims_of('The senator rejected the governor\u2019s claim that the levy would pay for itself, '
                           'calling the estimate "wishful thinking."'))
    assert cued["calling"]["speaker"]["text"] == "The senator"
    assert cued["calling"]["content"]["text"].startswith("the estimate")
    assert cued["claim"]["content"]["text"] == "the levy would pay for itself"


def test_a_participle_after_a_disputed_suggestion_is_the_disputers(claims_of):
    """The noun the object of a reporting verb (``disputed reports that …, calling …``)."""
    cued = _cued(claims_of('The mayor disputed reports that the depot would close next spring, '
                           'calling the story "pure invention."'))
    assert cued["calling"]["speaker"]["text"] == "The mayor"
    assert "calling" not in cued["disputed"]["content"]["text"]


def _parsed(rows):
    """A Doc with the parse given as (word, tag, pos, dep, head index) rows (the small model's
    misparses are not reproducible sentence by sentence)."""
    import spacy
    from spacy.tokens import Doc

    words, tags, pos, deps, heads = zip(*rows)
    return Doc(spacy.blank("en").vocab, words=list(words), tags=list(tags), pos=list(pos), deps=list(deps),
               heads=list(heads), sent_starts=[1] + [0] * (len(rows) - 1))


_REJECTED = [("Ana", "NNP", "PROPN", "nsubj", 1), ("rejected", "VBD", "VERB", "ROOT", 1),
             ("the", "DT", "DET", "det", 3), ("claim", "NN", "NOUN", "dobj", 1),
             ("that", "IN", "SCONJ", "mark", 7), ("it", "PRP", "PRON", "nsubj", 7),
             ("would", "MD", "AUX", "aux", 7), ("pay", "VB", "VERB", "acl", 3),
             (",", ",", "PUNCT", "punct", 7), ("calling", "VBG", "VERB", "advcl", 7),
             ("it", "PRP", "PRON", "dobj", 9), ("a", "DT", "DET", "det", 12),
             ("fantasy", "NN", "NOUN", "oprd", 9), (".", ".", "PUNCT", "punct", 1)]


def test_the_repair_hangs_the_participle_on_the_nouns_verb():
    """``Ana rejected the claim that it would pay, calling it a fantasy`` with ``calling`` hung on
    ``pay``: it is hung on ``rejected``; a ``which`` relative clause instead of ``that`` stays."""
    from pipeline.components.claim_noun_clause_participles import repair_noun_clause_participles

    doc = _parsed(_REJECTED)
    assert repair_noun_clause_participles(doc, [doc[9]]) == 1
    assert doc[9].head.i == 1 and doc[9].dep_ == "advcl"
    rows = list(_REJECTED)
    rows[4], rows[7] = ("which", "WDT", "PRON", "nsubj", 7), ("pay", "VB", "VERB", "relcl", 3)
    doc = _parsed(rows)
    assert repair_noun_clause_participles(doc, [doc[9]]) == 0 and doc[9].head.i == 7


def test_near_misses_have_no_host(nlp):
    """A participle of no noun clause, one after a relative clause (``the plan that would save
    money, saying …``): left as parsed."""
    from pipeline.components.claim_noun_clause_participles import noun_clause_host

    for text in ("Officials pointed to the plan that would save money, saying it was ready.",
                 "Vickers disputed the figure, calling it a brochure number."):
        part = next(t for t in nlp(text) if t.tag_ == "VBG")
        assert noun_clause_host(part) is None, text
