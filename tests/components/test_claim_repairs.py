"""Parse repairs before attribution (issue 11): a source aside inside a clause that the parser
made hang off the subject noun. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from conftest import with_cue

from pipeline.components.claim_repairs import (repair_adverbial_subjects, repair_split_source_phrases, repair_closing_asides, repair_closing_reports,
                                                repair_described_subjects, repair_noun_reports,
                                                repair_phrase_reports, repair_relative_noun_reports, repair_relative_tail_reports,
                                                repair_found, repair_inverted_asides, repair_reporting_asides, repair_source_asides,
                                                repair_stranded_relatives, repair_turn_labels, repair_turn_vocatives)
from pipeline.components.claim_rules import load_rules


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _fragments(claim: dict, text: str) -> list[str]:
    content = claim["content"]
    return [text[s:e] for s, e in content.get("fragments") or [[content["start"], content["end"]]]]


@pytest.mark.parametrize("text, speaker, content", [
    ("The negotiations, according to two Western diplomats, stalled over the question of sanctions.",
     "two Western diplomats", ["The negotiations", "stalled over the question of sanctions"]),
    ("Wages, according to the central bank's survey, rose 6 percent last year.",
     "the central bank", ["Wages", "rose 6 percent last year"]),  # the survey's author; the survey in ``via``
    ("The convoy, according to local officials, was attacked near the border crossing.",
     "local officials", ["The convoy", "was attacked near the border crossing"]),
])
def test_source_aside_inside_a_clause(run, text, speaker, content):
    claim = with_cue(run(text), "according to")
    assert claim["speaker"]["text"] == speaker
    assert _fragments(claim, text) == content


def _misparsed(vocab) -> Doc:
    """The parse the small model gives such a sentence: the subject noun as root, the verb a
    relative clause of the source (built by hand, so the test does not depend on the model)."""
    words = ["The", "negotiations", ",", "according", "to", "two", "Western", "diplomats", ",", "stalled",
             "over", "sanctions", "."]
    heads = [1, 1, 1, 1, 3, 7, 7, 4, 7, 7, 9, 10, 1]
    deps = ["det", "ROOT", "punct", "prep", "prep", "nummod", "amod", "pobj", "punct", "relcl", "prep", "pobj",
            "punct"]
    pos = ["DET", "NOUN", "PUNCT", "VERB", "ADP", "NUM", "ADJ", "NOUN", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT"]
    spaces = [True, False, True, True, True, True, True, False, True, True, True, False, False]
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def test_repair_makes_the_verb_the_root():
    doc = _misparsed(spacy.blank("en").vocab)
    verb = doc[9]
    assert repair_source_asides(doc, load_rules().sources) == 1
    assert verb.dep_ == "ROOT" and doc[1].head.i == verb.i and doc[1].dep_ == "nsubj"
    assert "stalled" not in [t.text for t in doc[7].subtree]  # the source no longer holds the clause
    assert repair_source_asides(doc, load_rules().sources) == 0  # once is enough


@pytest.mark.parametrize("text", [
    "Rain, according to the forecast.",                                    # no clause after the aside
    "The figures, which the ministry published on Monday, show a decline.",  # no source phrase
])
def test_no_repair_without_the_pattern(full_nlp, text):
    doc = full_nlp(text)
    assert repair_source_asides(doc, load_rules().sources) == 0


def test_a_relative_clause_after_the_source_is_not_the_aside_clause(run):
    text = "The mayor, according to her aides, who spoke on condition of anonymity, was furious."
    claim = with_cue(run(text), "according to")
    assert claim["speaker"]["text"] == "her aides"
    assert _fragments(claim, text) == ["The mayor", "was furious"]


# -- ``…, industry data show.``: a closing reporting verb tagged as a noun -----------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Home sales dropped for a third straight month, industry data show.", "show", "industry data",
     "Home sales dropped for a third straight month"),
    ("Farm incomes have since recovered most of the ground lost, the same data shows.", "shows",
     "the same data", "Farm incomes have since recovered most of the ground lost"),
])
def test_closing_reporting_verb_read_as_a_noun_is_a_cue_again(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert claim["speaker"]["text"] == speaker
    assert claim["text"] == content


@pytest.mark.parametrize("text", [
    "The network cancelled two of its daytime shows.",
    "Attendance fell at both of the spring trade shows.",
])
def test_show_as_a_noun_stays_a_noun(run, text):
    assert all(c["cue"] is None for c in run(text))


# -- ``X, who …, called for …``: the verb after a relative aside read as a participle ------------
@pytest.mark.parametrize("text, cue, speaker", [
    ("State auditors, who reviewed three years of invoices, called for a criminal inquiry.", "called",
     "State auditors"),
    ("Councilwoman Ada Pruitt, who sits on the transit board, urged riders to file complaints and said "
     "the agency had ignored them.", "urged", "Councilwoman Ada Pruitt"),
    ("Commissioner Lena Ortiz, who oversees two of the county's five districts, called for an audit and said "
     "the budget was padded.", "called", "Commissioner Lena Ortiz"),
])
def test_verb_after_a_relative_aside_heads_its_clause(run, text, cue, speaker):
    claim = with_cue(run(text), cue)
    assert claim["speaker"]["text"] == speaker


def test_participle_after_a_relative_aside_stays_a_participle(run):
    claims = run("Two nurses, who were hurt in the crash, treated by paramedics at the scene, recovered quickly.")
    assert all(c["cue"] is None for c in claims)


# -- ``X called Y "…"``: a characterising verb the parser hung on its subject as a participle ------
@pytest.mark.parametrize("text, speaker, content_words", [
    ("The mayor's office called the union's figures \u201ca work of fiction\u201d and said talks would "
     "resume on Monday.", "The mayor", "a work of fiction"),
    ("Helen Marsh, a former deputy governor of the central bank, called the budget rule \u201ca promise "
     "nobody in Treasury believed.\u201d", "Helen Marsh", "the budget rule"),
])
def test_characterising_verb_hung_on_its_subject_heads_its_clause(run, text, speaker, content_words):
    claim = with_cue(run(text), "called")
    assert claim["speaker"]["text"].startswith(speaker)
    assert content_words in claim["content"]["text"]


def _doc(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A parse built by hand (word, head, dep, pos, tag, lemma), so a test does not depend on the model."""
    words, heads, deps, pos, tags, lemmas = (list(col) for col in zip(*rows))
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",", "\u201d") and words[i] != "\u201c"
              for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags,
               lemmas=lemmas)


def test_repair_makes_the_characterising_participle_the_root():
    doc = _doc([("The", 1, "det", "DET", "DT", "the"), ("agency", 11, "nsubj", "NOUN", "NN", "agency"),
                ("called", 1, "acl", "VERB", "VBN", "call"), ("the", 4, "det", "DET", "DT", "the"),
                ("audit", 2, "dobj", "NOUN", "NN", "audit"), ("\u201c", 8, "punct", "PUNCT", "``", "\u201c"),
                ("a", 8, "det", "DET", "DT", "a"), ("witch", 8, "compound", "NOUN", "NN", "witch"),
                ("hunt", 4, "appos", "NOUN", "NN", "hunt"), ("\u201d", 2, "punct", "PUNCT", "''", "\u201d"),
                ("and", 1, "cc", "CCONJ", "CC", "and"), ("said", 11, "ROOT", "VERB", "VBD", "say"),
                ("it", 14, "nsubj", "PRON", "PRP", "it"), ("would", 14, "aux", "AUX", "MD", "would"),
                ("appeal", 11, "ccomp", "VERB", "VB", "appeal"), (".", 11, "punct", "PUNCT", ".", ".")])
    assert repair_described_subjects(doc, load_rules()) == 1
    assert doc[2].dep_ == "ROOT" and doc[1].head.i == 2 and doc[1].dep_ == "nsubj"
    assert doc[11].head.i == 2 and doc[11].dep_ == "conj"
    assert repair_described_subjects(doc, load_rules()) == 0  # once is enough


def test_no_repair_of_a_naming_participle():
    doc = _doc([("A", 1, "det", "DET", "DT", "a"), ("group", 5, "nsubj", "NOUN", "NN", "group"),
                ("called", 1, "acl", "VERB", "VBN", "call"), ("Fair", 4, "compound", "PROPN", "NNP", "Fair"),
                ("Votes", 2, "oprd", "PROPN", "NNP", "Votes"), ("collected", 5, "ROOT", "VERB", "VBD", "collect"),
                ("signatures", 5, "dobj", "NOUN", "NNS", "signature"), (".", 5, "punct", "PUNCT", ".", ".")])
    assert repair_described_subjects(doc, load_rules()) == 0


@pytest.mark.parametrize("text", [
    "A coalition called Fair Maps Ohio gathered 40,000 signatures.",
    "The documentary, called \u201cThe Long Road,\u201d opens on Friday.",
])
def test_naming_participle_stays_a_name(run, text):
    assert all(c["cue"] is None for c in run(text))


# -- ``The mayor pledges to …`` tagged as a noun --------------------------------------------------
def _pledges(det: str | None) -> Doc:
    """``The chancellor pledges to balance the books`` with ``pledges`` tagged as a noun (``det``:
    a determiner of ``pledges`` itself, ``The chancellor's`` → a possessor)."""
    rows = [("The", 1, "det", "DET", "DT", "the"), ("chancellor", 2, "compound", "NOUN", "NN", "chancellor"),
            ("pledges", 2, "ROOT", "NOUN", "NNS", "pledge"), ("to", 4, "aux", "PART", "TO", "to"),
            ("balance", 2, "acl", "VERB", "VB", "balance"), ("the", 6, "det", "DET", "DT", "the"),
            ("books", 4, "dobj", "NOUN", "NNS", "book"), (".", 2, "punct", "PUNCT", ".", ".")]
    if det is not None:
        rows[1] = ("chancellor", 2, det, "NOUN", "NN", "chancellor")
    return _doc(rows)


def test_repair_makes_the_noun_tagged_report_a_verb():
    doc = _pledges(None)
    assert repair_noun_reports(doc, load_rules()) == 1
    assert (doc[2].pos_, doc[2].tag_) == ("VERB", "VBZ")
    assert doc[1].dep_ == "nsubj" and doc[4].dep_ == "xcomp"


def test_no_repair_of_a_possessed_pledge():
    assert repair_noun_reports(_pledges("poss"), load_rules()) == 0


@pytest.mark.parametrize("text, cue, speaker", [
    ("The health minister pledges to keep every rural clinic open through the winter.", "pledges",
     "The health minister"),
    ("Warsaw and Vilnius pledge to build a joint air defence line", "pledge", "Warsaw"),
])
def test_reporting_verb_tagged_as_a_noun_is_a_verb_again(run, text, cue, speaker):
    claim = with_cue(run(text), cue)
    assert claim["speaker"]["text"].startswith(speaker)
    assert claim["content"]["text"].startswith("to ")


@pytest.mark.parametrize("text", [
    "The pledge to cut property taxes was popular with older voters.",
    "Their promises to the miners went unkept.",
    "Campaign pledges to cut fuel duty",
])
def test_pledge_and_promise_as_nouns_stay_nouns(run, text):
    assert not any(c["cue"] is not None and c["cue"]["text"] in ("pledge", "promises") and
                                  c["cue"]["origin"].startswith("rule:report-") for c in run(text))


def test_a_reply_read_as_the_object_of_its_subjects_phrase_is_the_verb_again(full_nlp, claims_of):
    text = ("Rent control has divided the city for a decade. Defenders of the system reply that vacancies "
            "are simply the price of keeping tenants in their homes, which landlords dispute.")
    claim = with_cue(claims_of(text), "reply")
    assert claim["speaker"]["text"] == "Defenders of the system"
    assert claim["content"]["text"].startswith("vacancies are simply the price")


def test_a_reply_with_its_own_determiner_in_a_phrase_stays_a_noun(full_nlp):
    doc = full_nlp("Copies of the reply that the ministry sent to the committee were leaked.")
    assert repair_phrase_reports(doc, load_rules()) == 0


def test_a_reply_hung_in_the_subject_phrase_of_the_clause_it_reports_is_the_verb_again(full_nlp, claims_of):
    text = "Supporters of the tax reply that exhausted budgets are simply the cost of running a modern city."
    reply = next(t for t in full_nlp(text) if t.text == "reply")
    assert reply.dep_ == "pobj"  # the parse the repair is about: the reported clause has Supporters as subject
    claim = with_cue(claims_of(text), "reply")
    assert claim["speaker"]["text"] == "Supporters of the tax"
    assert claim["content"]["text"] == "exhausted budgets are simply the cost of running a modern city"


def test_said_to_in_a_deck_bullet_is_the_passive_with_no_speaker(claims_of):
    text = ("Vale swings to loss, weighs nickel unit sale\n\n"
            "- Company said to hire two banks for the sale\n\n"
            "RIO DE JANEIRO, March 3 (Wire) - Vale said to expect delays at its northern mines.\n")
    claims = claims_of(text)
    deck = next(c for c in claims if c["cue"] and c["cue"]["text"] == "said" and c["start"] < 80)
    assert deck["speaker"] is None
    body = next(c for c in claims if c["cue"] and c["cue"]["text"] == "said" and c["start"] > 80)
    assert body["speaker"]["text"] == "Vale"  # a sentence with its stop: Vale told people to expect them


# -- ``which the CBO estimates would cost …``: a reporting verb of a relative clause tagged as a noun --
def _built(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """A parse built by hand from its columns (tags and lemmas set by the test where they matter)."""
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def test_repair_makes_the_relative_estimate_a_verb_and_the_verb_after_the_aside_the_root():
    # the small model's parse: ``estimates`` a noun subject of ``save``, ``save`` the root, ``was`` its conjunct
    words = ["The", "plan", ",", "which", "the", "agency", "estimates", "would", "save", "$", "2", "billion", ",",
             "stalled", "."]
    heads = [1, 8, 1, 6, 5, 6, 8, 8, 8, 11, 11, 8, 8, 8, 8]
    deps = ["det", "nsubj", "punct", "nsubj", "det", "compound", "nsubj", "aux", "ROOT", "quantmod", "compound", "dobj",
            "punct", "conj", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "PRON", "DET", "NOUN", "NOUN", "AUX", "VERB", "SYM", "NUM", "NUM", "PUNCT", "VERB",
           "PUNCT"]
    doc = _built(words, heads, deps, pos)
    doc[6].lemma_ = "estimate"
    assert repair_relative_noun_reports(doc, load_rules()) == 1
    assert doc[6].pos_ == "VERB" and doc[6].dep_ == "relcl" and doc[6].head.i == 1
    assert doc[5].dep_ == "nsubj" and doc[8].head.i == 6 and doc[8].dep_ == "ccomp"
    assert doc[13].dep_ == "ROOT" and doc[1].head.i == 13 and doc[14].head.i == 13


@pytest.mark.parametrize("text, speaker", [
    ("The tax cut, which the Treasury estimates would cost $40 billion over a decade, passed the Senate.", "the Treasury"),
    ("Ministers approved a new rail line, which the national audit office estimates will cost $9 billion.",
     "the national audit office"),
])
def test_relative_estimate_read_as_a_noun_is_a_cue(run, text, speaker):
    claim = with_cue(run(text), "estimates")
    assert (claim["speaker"].get("via") or claim["speaker"])["text"] == speaker


def test_estimates_as_a_noun_stay_a_noun(run):
    claims = run("The firm, whose estimates were cut by analysts, fell 4 percent.")
    assert all(c["cue"] is None for c in claims)


# -- ``The talks, two diplomats said, stalled``: a reporting aside hung on the noun before it --------
def test_repair_makes_a_rooted_reporting_aside_a_parenthetical():
    # the small model's parse: ``reported`` the root, the noun before it ``dep``, ``flagged`` its conjunct
    words = ["That", "review", ",", "the", "Times", "reported", "in", "May", ",", "flagged", "delays", "."]
    heads = [1, 5, 5, 4, 5, 5, 5, 6, 5, 5, 9, 5]
    deps = ["det", "dep", "punct", "det", "nsubj", "ROOT", "prep", "pobj", "punct", "conj", "dobj", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "DET", "PROPN", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "NOUN", "PUNCT"]
    doc = _built(words, heads, deps, pos)
    doc[5].lemma_ = "report"
    assert repair_reporting_asides(doc, load_rules()) == 1
    assert doc[9].dep_ == "ROOT" and doc[1].head.i == 9 and doc[1].dep_ == "nsubj"
    assert doc[5].head.i == 9 and doc[5].dep_ == "parataxis" and doc[11].head.i == 9


@pytest.mark.parametrize("text, cue, speaker", [
    ("The talks, two diplomats said, stalled over the border question.", "said", "two diplomats"),
    ("That review, the Financial Times reported in March, flagged a pattern of late payments to suppliers.",
     "reported", "the Financial Times"),
    ("That review, the Financial Times reported in March, flagged a pattern of late payments to suppliers.",
     "flagged", "That review"),
])
def test_reporting_aside_after_a_noun_reports_the_clause(run, text, cue, speaker):
    claim = with_cue(run(text), cue)
    assert claim["speaker"]["text"] == speaker


def test_relative_clause_of_a_reporting_verb_is_no_aside(run):
    claim = with_cue(run("The mayor, who said she was tired, left early."), "said")
    assert claim["content"]["text"] == "she was tired"


# -- ``X did Y, prosecutors allege, when …``: a closing reporting aside hung inside the clause --------
def test_repair_makes_a_closing_aside_the_root():
    # the small model's parse: ``allege`` a conjunct of the reported clause's verb
    words = ["She", "said", "the", "car", "was", "a", "gift", ",", "police", "allege", ",", "when", "it", "was",
             "stolen", "."]
    heads = [1, 1, 3, 4, 1, 6, 4, 4, 9, 4, 9, 14, 14, 14, 9, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "det", "attr", "punct", "nsubj", "conj", "punct", "advmod",
            "nsubjpass", "auxpass", "advcl", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "AUX", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT", "SCONJ", "PRON",
           "AUX", "VERB", "PUNCT"]
    doc = _built(words, heads, deps, pos)
    doc[9].lemma_ = "allege"
    assert repair_closing_asides(doc, load_rules()) == 1
    assert doc[9].dep_ == "ROOT" and doc[1].head.i == 9 and doc[1].dep_ == "ccomp" and doc[15].head.i == 9


def test_closing_aside_reports_the_whole_clause(run):
    text = ("Mr. Hale told a friend in a 2019 email that the car was \"a loan from my cousin\", investigators "
            "allege, when in fact it had been bought by the company.")
    claim = with_cue(run(text), "allege")
    assert claim["speaker"]["text"] == "investigators"
    assert claim["content"]["text"].startswith("Mr. Hale told a friend")


def test_a_coordinated_report_is_no_closing_aside(run):
    claim = with_cue(run("The senator voted for the bill, and her aides say she will do so again."), "say")
    assert claim["content"]["text"] == "she will do so again"


def test_a_noun_with_its_relative_clause_after_a_report_is_no_closing_aside(run):
    text = "The minister argues that the law does not allow it, a reading most constitutional scholars reject."
    assert "reject" not in {c["cue"]["text"] for c in run(text) if c["cue"] is not None}


def test_a_turn_label_read_as_a_second_subject_is_no_subject():
    """``Courier: Auditors say …`` parsed with the label as the first subject of ``say``."""
    doc = _doc([("Courier", 3, "nsubj", "PROPN", "NNP", "Courier"), (":", 3, "punct", "PUNCT", ":", ":"),
                ("Auditors", 3, "nsubj", "NOUN", "NNS", "auditor"), ("say", 3, "ROOT", "VERB", "VBP", "say"),
                ("it", 5, "nsubj", "PRON", "PRP", "it"), ("rained", 3, "ccomp", "VERB", "VBD", "rain"),
                (".", 3, "punct", "PUNCT", ".", ".")])
    assert repair_turn_labels(doc, [(0, doc[1].idx)]) == 1
    assert doc[0].dep_ == "npadvmod" and doc[2].dep_ == "nsubj"
    assert repair_turn_labels(doc, [(0, doc[1].idx)]) == 0  # once is enough


def test_a_turn_label_read_as_the_root_hands_the_root_to_the_statement():
    """``Brandt: Our treasurer is confident …`` parsed with the label as the root and the verb as
    its modifier: the verb is the root, the label its modifier."""
    doc = _doc([("Brandt", 0, "ROOT", "PROPN", "NNP", "Brandt"), (":", 0, "punct", "PUNCT", ":", ":"),
                ("Our", 3, "poss", "PRON", "PRP$", "our"), ("treasurer", 4, "nsubj", "NOUN", "NN", "treasurer"),
                ("is", 0, "acl", "AUX", "VBZ", "be"), ("confident", 4, "acomp", "ADJ", "JJ", "confident"),
                (".", 0, "punct", "PUNCT", ".", ".")])
    assert repair_turn_labels(doc, [(0, doc[1].idx)]) == 1
    assert doc[4].dep_ == "ROOT" and doc[0].head.i == 4 and doc[6].head.i == 4
    assert repair_turn_labels(doc, [(0, doc[1].idx)]) == 0


def test_a_label_that_is_the_only_subject_stays(full_nlp):
    """``Brandt: Will do.``: no other subject, nothing to repair."""
    doc = _doc([("Brandt", 2, "nsubj", "PROPN", "NNP", "Brandt"), (":", 2, "punct", "PUNCT", ":", ":"),
                ("agreed", 2, "ROOT", "VERB", "VBD", "agree"), (".", 2, "punct", "PUNCT", ".", ".")])
    assert repair_turn_labels(doc, [(0, doc[1].idx)]) == 0 and doc[0].dep_ == "nsubj"


HEARING = (
    "Senators press FAA chief over radar outages\n\n"
    "SEN. TED BRANNIGAN (R-Texas): Administrator, the controllers at Newark say the radar went dark for 90 "
    "seconds. Is that true?\n\n"
    "ADMINISTRATOR ROY KESSLER: It is true, Senator, and it should never have happened.\n\n"
    "SEN. TED BRANNIGAN (R-Texas): The Secretary of Transportation said last week that the system is safe. "
    "Do you agree?\n\n"
    "ADMINISTRATOR ROY KESSLER: The system is safe, but it is old.\n"
)


@pytest.mark.parametrize("cue, speaker", [("say", "the controllers at Newark"), ("said", "The Secretary of Transportation")])
def test_a_label_the_parser_cut_after_its_title_is_no_subject_of_the_turn(run, cue, speaker):
    """``SEN.`` ends a sentence of the parse: the rest of the label still leaves the clause."""
    claim = with_cue(run(HEARING), cue)
    assert claim["speaker"]["text"] == speaker and claim["speaker"].get("actor_id") != "ted-brannigan"
    assert HEARING[claim["speaker"]["start"]:claim["speaker"]["end"]] == speaker


def test_a_statement_subject_hung_on_a_bracketed_label_name_becomes_the_subject():
    """``REPORTER (Lund, AP): Finland's envoy said …`` parsed with the label's words as subjects of
    ``said`` and the statement's subject an apposition of the name in brackets."""
    doc = _doc([("REPORTER", 11, "nsubj", "NOUN", "NN", "reporter"), ("(", 2, "punct", "PUNCT", "-LRB-", "("),
                ("Lund", 11, "nsubj", "PROPN", "NNP", "Lund"), (",", 2, "punct", "PUNCT", ",", ","),
                ("AP", 2, "appos", "PROPN", "NNP", "AP"), ("):", 2, "punct", "PUNCT", ":", "):"),
                ("Finland", 8, "poss", "PROPN", "NNP", "Finland"), ("'s", 6, "case", "PART", "POS", "'s"),
                ("envoy", 2, "appos", "NOUN", "NN", "envoy"), (",", 8, "punct", "PUNCT", ",", ","),
                ("Aho", 8, "appos", "PROPN", "NNP", "Aho"), ("said", 11, "ROOT", "VERB", "VBD", "say"),
                ("it", 13, "nsubj", "PRON", "PRP", "it"), ("failed", 11, "ccomp", "VERB", "VBD", "fail"),
                (".", 11, "punct", "PUNCT", ".", ".")])
    assert repair_turn_labels(doc, [(0, doc[5].idx)]) == 1
    assert doc[8].dep_ == "nsubj" and doc[8].head.i == 11
    assert doc[0].dep_ == "npadvmod" and doc[2].dep_ == "npadvmod"


def test_a_statement_subject_read_as_a_conjunct_of_the_label_name_becomes_the_subject():
    """``Q (Ines Roth, Le Monde): Mayor Dana Kroll wrote …`` parsed with the mayor a conjunct of
    the label's name."""
    doc = _doc([("Q", 9, "dep", "NOUN", "NN", "q"), ("(", 2, "punct", "PUNCT", "-LRB-", "("),
                ("Roth", 9, "nsubj", "PROPN", "NNP", "Roth"), (",", 2, "punct", "PUNCT", ",", ","),
                ("Monde", 2, "appos", "PROPN", "NNP", "Monde"), ("):", 2, "punct", "PUNCT", ":", "):"),
                ("Mayor", 8, "compound", "PROPN", "NNP", "Mayor"), ("Dana", 8, "compound", "PROPN", "NNP", "Dana"),
                ("Kroll", 2, "conj", "PROPN", "NNP", "Kroll"), ("wrote", 9, "ROOT", "VERB", "VBD", "write"),
                ("that", 12, "mark", "SCONJ", "IN", "that"), ("it", 12, "nsubj", "PRON", "PRP", "it"),
                ("failed", 9, "ccomp", "VERB", "VBD", "fail"), (".", 9, "punct", "PUNCT", ".", ".")])
    assert repair_turn_labels(doc, [(0, doc[5].idx)]) == 1
    assert doc[8].dep_ == "nsubj" and doc[8].head.i == 9 and doc[2].dep_ == "npadvmod"


def test_a_label_apposition_that_does_not_open_the_statement_stays():
    """``Q (Roth, AP): Yesterday, Kroll …`` with ``Kroll`` hung on the label but not opening the
    statement: no subject is made of it."""
    doc = _doc([("Q", 7, "dep", "NOUN", "NN", "q"), ("(", 2, "punct", "PUNCT", "-LRB-", "("),
                ("Roth", 7, "nsubj", "PROPN", "NNP", "Roth"), ("):", 2, "punct", "PUNCT", ":", "):"),
                ("Yesterday", 7, "npadvmod", "NOUN", "NN", "yesterday"), (",", 7, "punct", "PUNCT", ",", ","),
                ("Kroll", 2, "appos", "PROPN", "NNP", "Kroll"), ("left", 7, "ROOT", "VERB", "VBD", "leave"),
                (".", 7, "punct", "PUNCT", ".", ".")])
    assert repair_turn_labels(doc, [(0, doc[3].idx)]) == 0 and doc[6].dep_ == "appos"


STRANDED = (
    "Home Affairs Committee\n\n"
    "Oral evidence: Police recruitment\n\n"
    "Q41 Priya Mandal: Thank you, Chief Constable. Sergeants I have talked to say the new recruits leave "
    "within two years.\n\n"
    "Chief Constable Hargreaves: Some do, and I regret it.\n"
)


def test_a_reporting_verb_after_a_stranded_to_has_the_noun_before_the_clause_as_subject(run):
    """``Sergeants I have talked to say …``: ``to`` ends the relative clause; the sergeants say it,
    not the member whose turn it is."""
    say = with_cue(run(STRANDED), "say")
    assert say["speaker"]["text"] == "Sergeants I have talked to"
    assert say["content"]["text"].startswith("the new recruits leave")


def test_an_infinitive_of_purpose_after_a_listed_verb_is_no_stranded_relative():
    """``Officials want to speak to say goodbye``: no pronoun subject after a noun; left alone."""
    doc = _doc([("Officials", 1, "nsubj", "NOUN", "NNS", "official"), ("want", 1, "ROOT", "VERB", "VBP", "want"),
                ("to", 3, "aux", "PART", "TO", "to"), ("speak", 1, "xcomp", "VERB", "VB", "speak"),
                ("to", 5, "aux", "PART", "TO", "to"), ("say", 3, "advcl", "VERB", "VB", "say"),
                ("goodbye", 5, "dobj", "NOUN", "NN", "goodbye"), (".", 1, "punct", "PUNCT", ".", ".")])
    assert repair_stranded_relatives(doc, load_rules()) == 0 and doc[5].dep_ == "advcl"


def test_a_purpose_after_write_is_no_stranded_relative():
    """``the column I write to explain the budget gets letters``: ``write`` takes the column as its
    object; ``to explain`` is a purpose, no stranded ``to`` (``write`` is no listed verb)."""
    doc = _doc([("Every", 1, "det", "DET", "DT", "every"), ("week", 3, "npadvmod", "NOUN", "NN", "week"),
                ("the", 3, "det", "DET", "DT", "the"), ("column", 3, "ROOT", "NOUN", "NN", "column"),
                ("I", 5, "nsubj", "PRON", "PRP", "I"), ("write", 3, "relcl", "VERB", "VBP", "write"),
                ("to", 7, "aux", "PART", "TO", "to"), ("explain", 5, "advcl", "VERB", "VB", "explain"),
                ("the", 9, "det", "DET", "DT", "the"), ("budget", 10, "nsubj", "NOUN", "NN", "budget"),
                ("gets", 7, "ccomp", "VERB", "VBZ", "get"), ("letters", 10, "dobj", "NOUN", "NNS", "letter"),
                (".", 3, "punct", "PUNCT", ".", ".")])
    assert repair_stranded_relatives(doc, load_rules()) == 0 and doc[7].dep_ == "advcl"


BRIEFING = (
    "Finance ministers of the euro area met in Luxembourg on Monday. Commissioner Elena Varga took questions.\n\n"
    "MODERATOR: We have time for three questions.\n\n"
    "REPORTER (Tomas Lindqvist, Bloomberg): Commissioner, the Dutch finance minister said on Sunday that "
    "The Hague would veto the new fiscal rules. Is the deal dead?\n\n"
    "COMMISSIONER VARGA: No. I spoke to him last night.\n\n"
    "REPORTER (Claire Dubois, AFP): Italy's deputy prime minister, Marco Ferri, told reporters that Rome "
    "would not meet the deficit target. Will you open a procedure?\n\n"
    "COMMISSIONER VARGA: We will look at the figures in May.\n\n"
    "REPORTER (Jan Novak, Politico Europe): I wrote last week that the talks had stalled. Were we wrong?\n\n"
    "COMMISSIONER VARGA: You were.\n"
)


@pytest.mark.parametrize("cue, speaker", [("said", "the Dutch finance minister"), ("told", "Marco Ferri")])
def test_a_third_party_a_reporter_reports_speaks_the_cue_not_the_reporter(run, cue, speaker):
    claim = with_cue(run(BRIEFING), cue)
    assert claim["speaker"]["text"] == speaker
    assert "Lindqvist" not in claim["speaker"]["text"] and "Dubois" not in claim["speaker"]["text"]


def test_a_reporter_reporting_their_own_words_stays_the_speaker(run):
    wrote = with_cue(run(BRIEFING), "wrote")
    assert wrote["speaker"]["text"] == "Jan Novak" and wrote["speaker"]["via"]["text"] == "I"


@pytest.mark.parametrize("text, cue, tail", [
    ("He was asleep upstairs, his neighbour said, when the first engines arrived.", "said", "when the first engines arrived"),
    ("The plant will close in March, the company said, unless a buyer is found.", "said", "unless a buyer is found"),
])
def test_a_closing_aside_leaves_the_clause_after_it_in_the_content(run, text, cue, tail):
    assert with_cue(run(text), cue)["content"]["text"].endswith(tail)


def _split_source_doc(participle_tag: str = "VBD") -> Doc:
    """``According to the clinic’s own audited cost reports, the ward lost money.``, parsed as the
    small model does: ``own`` the object, ``audited`` a verb of its own with ``reports`` its object."""
    return _doc([("According", 6, "prep", "VERB", "VBG", "accord"), ("to", 0, "prep", "ADP", "IN", "to"),
                 ("the", 3, "det", "DET", "DT", "the"), ("clinic", 5, "poss", "NOUN", "NN", "clinic"),
                 ("’s", 3, "case", "PART", "POS", "’s"), ("own", 1, "pobj", "ADJ", "JJ", "own"),
                 ("audited", 12, "advcl", "VERB", participle_tag, "audit"),
                 ("cost", 8, "compound", "NOUN", "NN", "cost"), ("reports", 6, "dobj", "NOUN", "NNS", "report"),
                 (",", 12, "punct", "PUNCT", ",", ","), ("the", 11, "det", "DET", "DT", "the"),
                 ("ward", 12, "nsubj", "NOUN", "NN", "ward"), ("lost", 12, "ROOT", "VERB", "VBD", "lose"),
                 ("money", 12, "dobj", "NOUN", "NN", "money"), (".", 12, "punct", "PUNCT", ".", ".")])


def test_repair_joins_a_split_opening_source_phrase():
    doc = _split_source_doc()
    assert repair_split_source_phrases(doc, load_rules().sources) == 1
    assert doc[8].head.i == 1 and doc[8].dep_ == "pobj" and doc[0].head.i == 12
    assert [t.text for t in doc[1].subtree] == ["to", "the", "clinic", "’s", "own", "audited", "cost", "reports"]
    assert repair_split_source_phrases(doc, load_rules().sources) == 0  # once is enough


def test_no_repair_of_an_opening_source_phrase_with_a_verb_of_its_own():
    doc = _split_source_doc("VBZ")  # ``… own audits reports``: no participle, no repair
    assert repair_split_source_phrases(doc, load_rules().sources) == 0


def test_split_opening_source_phrase_is_the_whole_noun_phrase(run):
    text = ("Board members call the clinic wasteful. According to the clinic’s own audited cost reports, "
            "the ward earned $310,000 more than it spent in fiscal 2022, its best year.")
    claim = with_cue(run(text), "According to")
    assert claim["speaker"]["via"]["text"] == "the clinic’s own audited cost reports"


@pytest.mark.parametrize("text, cue, speaker", [
    ("Senator Alma Reyes posted a statement minutes after the hearing broke up: “The chair can keep stalling "
     "the vote. We already have the signatures.”", "posted", "Senator Alma Reyes"),
    ("“We will not sign this,” the union's negotiator, Tom Baird, said after the talks broke down.", "said",
     "the union's negotiator, Tom Baird"),
])
def test_a_verb_whose_rule_asks_another_particle_is_no_report_to_repair(run, text, cue, speaker):
    """``broke up``/``broke down`` are no ``broke in``: the parse repairs leave them alone, so the
    statement keeps its own cue and speaker."""
    claim = with_cue(run(text), cue)
    assert speaker.endswith(claim["speaker"]["text"]) or claim["speaker"]["text"] in speaker


def test_near_miss_the_particle_the_rule_asks_for_still_reports(run):
    claim = with_cue(run("“Not so fast,” the moderator, Lena Ortiz, broke in."), "broke in")
    assert "Ortiz" in claim["speaker"]["text"]


def test_a_quotation_after_asked_someone_a_question_is_the_verbs(run):
    """``asked the room a question: "How many …?"``: the cue noun ``question`` before the colon is
    the verb's object; the quotation is what the verb reports."""
    claim = with_cue(run("Then the senator asked the room a simple question: \u201cHow many of you have "
                         "seen your rent double?\u201d"), "asked")
    assert claim["speaker"]["text"] == "the senator"
    assert claim["content"]["text"].rstrip("?") == "How many of you have seen your rent double"


# -- ``…, writing: "…"`` tagged as a noun ------------------------------------------------------------
def test_a_closing_participle_read_as_a_noun_reports_for_the_main_subject(run):
    text = ('The Republican Governors Association posted the video within an hour, writing: '
            '"Governor Hale just told you what he plans to do with your pension."')
    claim = with_cue(run(text), "writing")
    assert claim["speaker"]["text"] == "The Republican Governors Association"
    assert claim["cue"]["lemma"] == "write"


@pytest.mark.parametrize("text", [
    'Her writing: "We will not back down," appeared on the wall.',
    "He spent years on the novel, writing at night after his shifts.",
])
def test_a_writing_noun_without_a_comma_clause_stays_no_cue(run, text):
    assert not [c for c in run(text) if c["cue"] and c["cue"]["text"] == "writing"]


@pytest.mark.parametrize("text, speaker, start", [
    ("Atlas Mining Ltd. is considering selling a stake of as much as 15% to raise about $800 million, people "
     "familiar with the matter said, after Australia's third-largest miner reported a 20% drop in annual profit.",
     "people familiar with the matter", "Atlas Mining Ltd. is considering selling a stake"),
])
def test_a_closing_aside_hung_on_the_clause_after_it_reports_the_root(run, text, speaker, start):
    """``X is considering …, people familiar with the matter said, after …`` parsed with ``said`` a
    parataxis of the verb of the ``after`` clause: the aside still reports the sentence."""
    claim = with_cue(run(text), "said")
    assert claim["speaker"]["text"] == speaker and claim["content"]["text"].startswith(start)


@pytest.mark.parametrize("text, content", [
    ("Sales rose 4% in May, data from the statistics office show.", "Sales rose 4% in May"),
    ("The utility sold $650 million of bonds in September, data compiled by the exchange show.",
     "The utility sold $650 million of bonds in September"),
])
def test_a_closing_document_phrase_with_words_after_its_noun_reports_the_clause(run, text, content):
    """``…, data compiled by the exchange show.``: ``show`` read as the object of ``by``."""
    assert with_cue(run(text), "show")["content"]["text"] == content


@pytest.mark.parametrize("text", [
    "Sales rose 4% in May, analysts from the statistics office show.",
    "The utility sold $650 million of bonds in September, traders compiled by the exchange show.",
])
def test_a_closing_phrase_that_is_no_document_stays(run, text):
    """Near miss: the parse of ``…, data from the statistics office show.`` (``show`` the object of
    ``from``) with a phrase whose noun is no document (``analysts``): no report of the clause."""
    assert not [c for c in run(text) if c["cue"] and c["cue"]["lemma"] == "show"]


def test_a_closing_phrase_whose_clause_is_after_the_comma_keeps_its_parse():
    """Near miss on a given parse: ``Prices fell, data compiled by the exchange show.`` with the root
    inside the phrase after the comma (``compiled``) is not repaired, and the preposition that took
    ``show`` for its object keeps that one object (the parse was rewired before the check)."""
    words = ["Prices", "fell", ",", "data", "compiled", "by", "the", "exchange", "show", "."]
    heads = [1, 4, 4, 1, 4, 4, 7, 8, 5, 4]
    deps = ["nsubj", "advcl", "punct", "dobj", "ROOT", "agent", "det", "compound", "pobj", "punct"]
    pos = ["NOUN", "VERB", "PUNCT", "NOUN", "VERB", "ADP", "DET", "NOUN", "NOUN", "PUNCT"]
    spaces = [True, False, True, True, True, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=["price", "fall", ",", "data", "compile", "by", "the", "exchange", "show", "."])
    assert repair_closing_reports(doc, load_rules()) == 0
    assert [t.text for t in doc[5].children if t.dep_ == "pobj"] == ["show"]
    assert doc[7].head.i == 8 and doc[7].dep_ == "compound"


# -- ``Henrik, the AI Office said …`` in a transcript turn (round 27) ----------------------------------
def test_a_name_addressed_before_a_second_subject_is_no_subject():
    doc = _doc([("Nadia", 4, "nsubj", "PROPN", "NNP", "Nadia"), (",", 0, "punct", "PUNCT", ",", ","),
                ("the", 3, "det", "DET", "DT", "the"), ("ministry", 4, "nsubj", "NOUN", "NN", "ministry"),
                ("said", 4, "ROOT", "VERB", "VBD", "say"), ("it", 7, "nsubj", "PRON", "PRP", "it"),
                ("would", 7, "aux", "AUX", "MD", "would"), ("wait", 4, "ccomp", "VERB", "VB", "wait"),
                (".", 4, "punct", "PUNCT", ".", ".")])
    assert repair_turn_vocatives(doc, [(0, len(doc.text))]) == 1
    assert doc[0].dep_ == "npadvmod" and doc[3].dep_ == "nsubj"


def test_a_subject_hung_on_the_name_addressed_is_the_verbs_again():
    doc = _doc([("Omar", 5, "nsubj", "PROPN", "NNP", "Omar"), (",", 0, "punct", "PUNCT", ",", ","),
                ("regulators", 0, "appos", "NOUN", "NNS", "regulator"), ("in", 2, "prep", "ADP", "IN", "in"),
                ("Ohio", 3, "pobj", "PROPN", "NNP", "Ohio"), ("said", 5, "ROOT", "VERB", "VBD", "say"),
                ("rates", 8, "nsubj", "NOUN", "NNS", "rate"), ("would", 8, "aux", "AUX", "MD", "would"),
                ("rise", 5, "ccomp", "VERB", "VB", "rise"), (".", 5, "punct", "PUNCT", ".", ".")])
    assert repair_turn_vocatives(doc, [(0, len(doc.text))]) == 1
    assert doc[2].head.i == 5 and doc[2].dep_ == "nsubj" and doc[0].dep_ == "npadvmod"


def test_a_subject_hung_on_the_name_addressed_keeps_the_verbs_auxiliaries_between():
    """``Ms Adler, the unions have warned …``: the auxiliary between the subject and its verb."""
    doc = _doc([("Ms", 1, "compound", "PROPN", "NNP", "Ms"), ("Adler", 6, "nsubj", "PROPN", "NNP", "Adler"),
                (",", 1, "punct", "PUNCT", ",", ","), ("the", 4, "det", "DET", "DT", "the"),
                ("unions", 1, "appos", "NOUN", "NNS", "union"), ("have", 6, "aux", "AUX", "VBP", "have"),
                ("warned", 6, "ROOT", "VERB", "VBN", "warn"), ("pay", 9, "nsubj", "NOUN", "NN", "pay"),
                ("must", 9, "aux", "AUX", "MD", "must"), ("rise", 6, "ccomp", "VERB", "VB", "rise"),
                (".", 6, "punct", "PUNCT", ".", ".")])
    assert repair_turn_vocatives(doc, [(0, len(doc.text))]) == 1
    assert doc[4].head.i == 6 and doc[4].dep_ == "nsubj" and doc[1].dep_ == "npadvmod"


def test_a_name_with_a_closed_apposition_stays_the_subject():
    doc = _doc([("Omar", 5, "nsubj", "PROPN", "NNP", "Omar"), (",", 0, "punct", "PUNCT", ",", ","),
                ("the", 3, "det", "DET", "DT", "the"), ("founder", 0, "appos", "NOUN", "NN", "founder"),
                (",", 0, "punct", "PUNCT", ",", ","), ("said", 5, "ROOT", "VERB", "VBD", "say"),
                ("sales", 7, "nsubj", "NOUN", "NNS", "sale"), ("rose", 5, "ccomp", "VERB", "VBD", "rise"),
                (".", 5, "punct", "PUNCT", ".", ".")])
    assert repair_turn_vocatives(doc, [(0, len(doc.text))]) == 0
    assert doc[0].dep_ == "nsubj" and doc[3].dep_ == "appos"


def test_a_list_of_subjects_after_a_titled_noun_is_no_name_addressed():
    """Near miss: ``The Chancellor, the Governor and I decided …``: a noun with a determiner is no
    name addressed, and a subject after the comma that heads a coordination is a list of subjects."""
    rows = [("Chancellor", 6, "nsubj", "PROPN", "NNP", "Chancellor"), (",", 0, "punct", "PUNCT", ",", ","),
            ("the", 3, "det", "DET", "DT", "the"), ("Governor", 0, "appos", "PROPN", "NNP", "Governor"),
            ("and", 3, "cc", "CCONJ", "CC", "and"), ("I", 3, "conj", "PRON", "PRP", "I"),
            ("decided", 6, "ROOT", "VERB", "VBD", "decide"), ("rates", 9, "nsubj", "NOUN", "NNS", "rate"),
            ("would", 9, "aux", "AUX", "MD", "would"), ("hold", 6, "ccomp", "VERB", "VB", "hold"),
            (".", 6, "punct", "PUNCT", ".", ".")]
    with_det = [("The", 1, "det", "DET", "DT", "the")] + [(w, h + 1, d, p, t, lem) for w, h, d, p, t, lem in rows]
    for doc in (_doc(rows), _doc(with_det)):
        assert repair_turn_vocatives(doc, [(0, len(doc.text))]) == 0
        top = doc[len(doc) - len(rows)]
        assert top.text == "Chancellor" and top.dep_ == "nsubj"


def test_names_joined_before_a_floating_subject_stay_the_subjects():
    """Near miss: ``Lindqvist, Moreau and Adeyemi all voted no.``: the first name heads a list of
    names (cc, conj), the verb's other subject (``all``) notwithstanding."""
    doc = _doc([("Lindqvist", 6, "nsubj", "PROPN", "NNP", "Lindqvist"), (",", 0, "punct", "PUNCT", ",", ","),
                ("Moreau", 0, "conj", "PROPN", "NNP", "Moreau"), ("and", 2, "cc", "CCONJ", "CC", "and"),
                ("Adeyemi", 2, "conj", "PROPN", "NNP", "Adeyemi"), ("all", 6, "nsubj", "PRON", "DT", "all"),
                ("voted", 6, "ROOT", "VERB", "VBD", "vote"), ("no", 6, "dobj", "INTJ", "UH", "no"),
                (".", 6, "punct", "PUNCT", ".", ".")])
    assert repair_turn_vocatives(doc, [(0, len(doc.text))]) == 0
    assert doc[0].dep_ == "nsubj"


def test_a_run_of_forms_of_address_before_the_subject_is_no_subject():
    """``Madam President, honourable Members, our fishermen say …`` (a verbatim report's turn): the
    parser made the first form of address the subject and the real one its apposition; a listed
    form of address (``honourable Members``) continues the run."""
    doc = _doc([("Madam", 1, "compound", "PROPN", "NNP", "Madam"), ("President", 8, "nsubj", "PROPN", "NNP", "President"),
                (",", 1, "punct", "PUNCT", ",", ","), ("honourable", 4, "amod", "ADJ", "JJ", "honourable"),
                ("Members", 1, "appos", "NOUN", "NNS", "member"), (",", 1, "punct", "PUNCT", ",", ","),
                ("our", 7, "poss", "PRON", "PRP$", "our"), ("fishermen", 1, "appos", "NOUN", "NNS", "fisherman"),
                ("say", 8, "ROOT", "VERB", "VBP", "say"), ("quotas", 11, "nsubj", "NOUN", "NNS", "quota"),
                ("will", 11, "aux", "AUX", "MD", "will"), ("fall", 8, "ccomp", "VERB", "VB", "fall"),
                (".", 8, "punct", "PUNCT", ".", ".")])
    assert repair_turn_vocatives(doc, [(0, len(doc.text))], frozenset({"honourable members"})) == 1
    assert doc[7].head.i == 8 and doc[7].dep_ == "nsubj" and doc[1].dep_ == "npadvmod"


def test_near_miss_a_common_noun_not_listed_opens_no_run_of_forms_of_address():
    """``Farmers, fishermen and foresters say …`` and ``Members, the rapporteur says …`` without
    the row: a noun that is no listed form of address is left as the parser made it."""
    doc = _doc([("Members", 4, "nsubj", "NOUN", "NNS", "member"), (",", 0, "punct", "PUNCT", ",", ","),
                ("the", 3, "det", "DET", "DT", "the"), ("rapporteur", 0, "appos", "NOUN", "NN", "rapporteur"),
                ("says", 4, "ROOT", "VERB", "VBZ", "say"), ("quotas", 7, "nsubj", "NOUN", "NNS", "quota"),
                ("will", 7, "aux", "AUX", "MD", "will"), ("fall", 4, "ccomp", "VERB", "VB", "fall"),
                (".", 4, "punct", "PUNCT", ".", ".")])
    assert repair_turn_vocatives(doc, [(0, len(doc.text))], frozenset({"honourable members"})) == 0
    assert doc[0].dep_ == "nsubj"


def test_repair_found_applies_each_find_before_the_next_item_and_counts_the_repairs():
    seen, log = [], []

    def find(item):
        seen.append((item, list(log)))  # what was repaired before this item was looked at
        return None if item % 2 else item * 10

    assert repair_found([1, 2, 3, 4], find, lambda item, found: log.append(found)) == 2
    assert log == [20, 40]
    assert seen[2] == (3, [20])  # the repair of 2 came before 3 was looked at
    assert repair_found([], find, lambda item, found: log.append(found)) == 0


# -- a name hung as a bare adverbial before a reporting verb: its subject ---------------------------
def _adverbial_name(ent: str) -> Doc:
    """``Ruth Okafor urged councillors to vote.`` parsed with ``Okafor`` as the verb's npadvmod."""
    words = ["Ruth", "Okafor", "urged", "councillors", "to", "vote", "."]
    return Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2, 2, 5, 2, 2],
               deps=["compound", "npadvmod", "ROOT", "dobj", "aux", "xcomp", "punct"],
               pos=["PROPN", "PROPN", "VERB", "NOUN", "PART", "VERB", "PUNCT"],
               tags=["NNP", "NNP", "VBD", "NNS", "TO", "VB", "."],
               lemmas=["Ruth", "Okafor", "urge", "councillor", "to", "vote", "."],
               ents=[f"B-{ent}", f"I-{ent}", "O", "O", "O", "O", "O"])


def test_adverbial_subjects_makes_the_name_the_subject():
    doc = _adverbial_name("PERSON")
    assert repair_adverbial_subjects(doc, load_rules()) == 1
    assert doc[1].dep_ == "nsubj" and doc[1].head.i == 2
    assert repair_adverbial_subjects(doc, load_rules()) == 0  # once is enough


def test_adverbial_subjects_leaves_a_date_alone():
    assert repair_adverbial_subjects(_adverbial_name("DATE"), load_rules()) == 0


def test_adverbial_subjects_gives_the_speaker_in_a_run(run):
    claim = with_cue(run("Dana Whitlock pressed regulators to release every letter the insurer had sent "
                         "to the agency since 2019."), "pressed")
    assert claim["speaker"]["text"] == "Dana Whitlock"


def _voted_no(vocab) -> Doc:
    """``Four senators who voted no said they feared …`` as the small model parses it: the noun
    the root, ``said`` a modifier of ``voted`` (built by hand, so the test does not depend on the model)."""
    words = ["Four", "senators", "who", "voted", "no", "said", "they", "feared", "delays", "."]
    heads = [1, 1, 3, 1, 5, 3, 7, 5, 7, 1]
    deps = ["nummod", "ROOT", "nsubj", "relcl", "det", "npadvmod", "nsubj", "ccomp", "dobj", "punct"]
    pos = ["NUM", "NOUN", "PRON", "VERB", "ADV", "VERB", "PRON", "VERB", "NOUN", "PUNCT"]
    tags = ["CD", "NNS", "WP", "VBD", "RB", "VBD", "PRP", "VBD", "NNS", "."]
    lemmas = ["four", "senator", "who", "vote", "no", "say", "they", "fear", "delay", "."]
    spaces = [True] * 8 + [False, False]
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_repair_makes_a_report_hung_in_a_relative_clause_the_root():
    doc = _voted_no(spacy.blank("en").vocab)
    assert repair_relative_tail_reports(doc, load_rules()) == 1
    said, noun = doc[5], doc[1]
    assert said.dep_ == "ROOT" and noun.head.i == said.i and noun.dep_ == "nsubj"
    assert doc[4].head.i == 3 and doc[9].head.i == said.i


def test_no_repair_of_a_report_with_its_own_subject():
    doc = _voted_no(spacy.blank("en").vocab)
    doc[6].head, doc[6].dep_ = doc[5], "nsubj"  # ``… no they said``: the verb has a subject
    assert repair_relative_tail_reports(doc, load_rules()) == 0


def test_speakers_who_voted_no_said_and_their_they_is_them(run):
    text = "Two trustees who voted no said they believed the fee rise should wait until the audit is done."
    claims = run(text)
    assert with_cue(claims, "said")["speaker"]["text"] == "Two trustees who voted no"
    inner = with_cue(claims, "believed")["speaker"]
    assert inner["text"] == "Two trustees who voted no" and inner["via"]["text"] == "they"


def _feared_layoffs(vocab) -> Doc:
    """``Two clerks who left because they feared layoffs said pay was low.`` as the small model
    parses it: the noun the root, ``said`` the clause of ``feared`` with ``layoffs`` its subject."""
    words = ["Two", "clerks", "who", "left", "because", "they", "feared", "layoffs", "said", "pay", "was", "low", "."]
    heads = [1, 1, 3, 1, 6, 6, 3, 8, 6, 10, 8, 10, 1]
    deps = ["nummod", "ROOT", "nsubj", "relcl", "mark", "nsubj", "advcl", "nsubj", "ccomp", "nsubj", "ccomp",
            "acomp", "punct"]
    pos = ["NUM", "NOUN", "PRON", "VERB", "SCONJ", "PRON", "VERB", "NOUN", "VERB", "NOUN", "AUX", "ADJ", "PUNCT"]
    tags = ["CD", "NNS", "WP", "VBD", "IN", "PRP", "VBD", "NNS", "VBD", "NN", "VBD", "JJ", "."]
    lemmas = ["two", "clerk", "who", "leave", "because", "they", "fear", "layoff", "say", "pay", "be", "low", "."]
    spaces = [True] * 11 + [False, False]
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_repair_gives_back_the_object_a_report_in_a_relative_clause_took_as_subject():
    doc = _feared_layoffs(spacy.blank("en").vocab)
    assert repair_relative_tail_reports(doc, load_rules()) == 1
    said, noun, layoffs = doc[8], doc[1], doc[7]
    assert said.dep_ == "ROOT" and noun.head.i == said.i and noun.dep_ == "nsubj"
    assert layoffs.head.i == 6 and layoffs.dep_ == "dobj" and doc[10].head.i == said.i


def test_no_repair_when_the_verb_before_the_subject_has_an_object():
    doc = _feared_layoffs(spacy.blank("en").vocab)
    doc[5].head, doc[5].dep_ = doc[6], "dobj"  # ``feared them``: the subject is not the lost object
    assert repair_relative_tail_reports(doc, load_rules()) == 0


def test_speaker_of_a_report_after_a_because_clause_is_the_head_noun(claims_of):
    text = "Three nurses who asked not to be named because they feared reprisals told reporters the ward was understaffed."
    claim = with_cue(claims_of(text), "told")
    assert claim["speaker"]["text"] == "Three nurses" and claim["content"]["text"] == "the ward was understaffed"


def test_a_projection_hung_in_the_subjects_with_phrase_is_the_verb_again(claims_of):
    text = "The company's own filing with the regulator projects that the plant will need new capacity by 2032."
    claim = with_cue(claims_of(text), "projects")
    assert claim["content"]["text"] == "the plant will need new capacity by 2032"


def test_a_noun_in_a_with_phrase_before_a_relative_that_stays_a_noun(full_nlp):
    doc = full_nlp("The talks with the unions that the ministry called off were never resumed.")
    assert repair_phrase_reports(doc, load_rules()) == 0


def test_a_verb_hung_on_the_noun_after_its_appositive_heads_the_clause(claims_of):
    text = "Spain's interior minister, Clara Ibarra, posted on Instagram that the border would reopen on Monday."
    claim = with_cue(claims_of(text), "posted")
    assert claim["speaker"]["text"] == "Clara Ibarra"
    assert claim["content"]["text"] == "the border would reopen on Monday"


# -- ``said prices and a weaker peso mattered …``: the clause read as a reduced relative of the object
@pytest.mark.parametrize("text, speaker, content", [
    ("Ana Ruiz, a trader at Banco Sur in Quito, said cheap imports and a stronger dollar hurt farmers more "
     "than the levy.", "Ana Ruiz", "cheap imports and a stronger dollar hurt farmers more than the levy"),
])
def test_clause_read_as_a_relative_of_the_object_is_reported(run, text, speaker, content):
    claim = with_cue(run(text), "said")
    assert (claim["speaker"]["text"], claim["content"]["text"]) == (speaker, content)


def test_participle_after_a_said_object_stays_a_participle(run):
    """Near miss: a participle (``written by``) is a reduced relative, no clause."""
    assert not any(c["cue"] for c in run("The priest said a prayer written by the bishop."))


def test_a_colon_quotation_after_used_to_say_keeps_the_speaker_of_used(run):
    """The parse takes the quotation for the root, ``used to say`` hung on it: ``used`` heads its
    clause again (with its subject), not ``say`` cut off from it."""
    text = ("Nothing in the plan is new. As my grandfather, a miner for 30 years, used to say whenever the pits "
            "were in the news: \"They promise 'jobs', lad, but they mean 'votes'.\"\n\nThe vote is on Friday.")
    claim = with_cue(run(text), "say")
    assert claim["speaker"]["text"] == "my grandfather, a miner for 30 years"
    assert "They promise 'jobs', lad" in claim["content"]["text"]


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The council said it would appeal.\n\nDunmore, 61, tweeted shortly after the verdict: \"Justice was "
     "not done today.\" He told reporters that he would appeal.", "tweeted", "Dunmore", "Justice was not done today"),
    ("The board said it would review the ruling.\n\nHalvorsen, 44, posted on X within an hour of the ruling: "
     "\"Never build your factory in Ohio.\" He told staff that he would stay.", "posted", "Halvorsen",
     "Never build your factory in Ohio"),
])
def test_a_colon_quotation_after_a_verb_hung_on_its_own_subject_keeps_that_subject(run, text, cue, speaker, content):
    """The parse makes the quotation the root and hangs the reporting verb on the name before it as
    an ``acl`` (``Dunmore, 61, tweeted …:``): the verb heads again with the name as its subject; the
    chain to the clause's top stops at the noun (the claim was lost when the noun was made the root)."""
    claim = with_cue(run(text), cue)
    assert claim["speaker"]["text"] == speaker
    assert claim["text"] == content



# -- ``said Coral Banks exports from …``: the clause's verb tagged as the plural head of the object
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Halvorsen said Nordkapp Mining exports from the northern ports and is not linked to the southern grid.",
     "said", "Halvorsen", "Nordkapp Mining exports from the northern ports and is not linked to the southern grid"),
    ("Lindqvist said Baltic Freight imports through Gdansk.", "said", "Lindqvist", "Baltic Freight imports through Gdansk"),
    ("Some economists say payday lending traps as many families as credit cards do.",
     "say", "Some economists", "payday lending traps as many families as credit cards do"),
])
def test_verb_tagged_as_the_plural_object_of_said_is_reported(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert (claim["speaker"]["text"], claim["content"]["text"]) == (speaker, content)
    assert text[claim["content"]["start"]:claim["content"]["end"]] == content


def test_said_evening_prayers_stays_an_object(run):
    """Near miss: a plural the verb says (``evening prayers``) is its object, no clause."""
    assert not any(c["cue"] for c in run("The bishop said evening prayers at the cathedral."))


# -- ``…, in a swap mediated by the UAE, Ukraine's Coordination Headquarters reported.``: the closing
# speaker read as an apposition of the clause's last noun
@pytest.mark.parametrize("text, speaker", [
    ("Kyiv received the bodies of 200 soldiers on Thursday under a deal brokered by Qatar, the Joint Centre "
     "for the Repatriation of the Fallen reported.", "the Joint Centre for the Repatriation of the Fallen"),
])
def test_closing_speaker_read_as_an_apposition_speaks(run, text, speaker):
    claim = with_cue(run(text), "reported")
    assert claim["speaker"]["text"] == speaker
    assert claim["content"]["text"] == text[:text.index(", the Joint")]


def test_an_apposition_inside_the_clause_is_no_closing_speaker(run):
    """Near miss: the reporting verb has its own subject; the apposition stays the noun's."""
    claim = with_cue(run("The fire reached Bega, a town of 1,000, late on Monday, the Rural Fire Service said."), "said")
    assert claim["speaker"]["text"] == "the Rural Fire Service"


def test_a_plural_object_of_add_stays_an_object(run):
    """Near miss: ``add`` takes plural objects (``add bus routes``): no clause of its own."""
    claims = run("Parents asked the board whether the district would add school buses next year.")
    assert not any(c["cue"] and c["cue"]["text"] == "add" for c in claims)
    assert with_cue(claims, "asked")["content"]["text"] == "whether the district would add school buses next year"


# -- ``wrote on Facebook on Saturday:`` + a quotation: a verb that reports only a clause reports the
# quotation a colon after its own phrase opens (rules with ``colon_quote``), in the paragraph after it too
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The union rejected the offer on Friday.\n\nDelia Marsh, the union’s general secretary, wrote on Facebook "
     "on Saturday:\n\n“We asked for a fair wage. We were offered a pay cut.”\n\nTalks resume on Monday.",
     "wrote", "Delia Marsh", "We asked for a fair wage. We were offered a pay cut."),
    ("The ministry said little about the delay.\n\nAnton Rask, the deputy minister, posted on Telegram:\n\n"
     "“The bridge will reopen by spring. Nobody will pay a toll.”", "posted", "Anton Rask",
     "The bridge will reopen by spring. Nobody will pay a toll."),
    ("The board met on Tuesday. Chief executive Nadia Okonjo wrote in a memo to staff:\n\n"
     "“Every contract will be reviewed before the end of the year.”", "wrote", "Nadia Okonjo",
     "Every contract will be reviewed before the end of the year."),
    ("Ellis Brand posted on Instagram late on Sunday: “Day two. Still no word from the council. We will keep going.”",
     "posted", "Ellis Brand", "Day two. Still no word from the council. We will keep going."),
])
def test_a_colon_after_a_writing_verb_and_its_phrase_introduces_the_quotation(run, text, cue, speaker, content):
    """The verb needs a clause (``posted``, ``wrote``): without this the colon's quotation was no
    content of it and the sentence no claim; a quotation paragraph after it went to the speaker of
    the paragraph before, as a claim of its own (``Anton Rask, …, posted …:`` parsed as a noun
    phrase: the verb heads again)."""
    claims = run(text)
    claim = with_cue(claims, cue)
    assert speaker in claim["speaker"]["text"]
    assert claim["content"]["text"] == content
    assert text[claim["content"]["start"]:claim["content"]["end"]] == content
    # the quotation is the verb's content: no second claim of another speaker (or of the same) for it
    assert not [c for c in claims if c["start"] >= claim["content"]["start"] - 1 and c["cue"] is not None]


@pytest.mark.parametrize("text, speaker, content", [
    ("Councillor Ana Lopez posted on Facebook on Monday night:\n\n“We will not let this budget pass without a "
     "fight,” Mayor Tom Reyes said at the meeting.", "Mayor Tom Reyes", "We will not let this budget pass without a fight"),
    ("The station's manager wrote in an email to staff:\n\n“Is anyone going to pay for the repairs?” asked "
     "Jonas Pike, a shop steward.", "Jonas Pike", "Is anyone going to pay for the repairs?"),
])
def test_a_quotation_with_its_own_attribution_is_no_colon_verbs_content(run, text, speaker, content):
    """Near miss: the quotation after the colon goes on with its own tag (``“…,” Mayor X said``,
    ``“…?” asked X``): it is that speaker's, not the content of the verb before the colon (which
    gave the same words to two speakers)."""
    claims = run(text)
    quoted = [c for c in claims if c["content"] and c["content"]["text"].startswith(content[:20])]
    assert [speaker in c["speaker"]["text"] for c in quoted] == [True]
    assert text[quoted[0]["content"]["start"]:quoted[0]["content"]["end"]] == quoted[0]["content"]["text"]


# -- ``"…," the minister went on``: ``go on`` reports what the speaker goes on to say
@pytest.mark.parametrize("text, speaker, content", [
    ("“The cuts were painful, but they were fair,” the finance minister went on.", "the finance minister",
     "The cuts were painful, but they were fair"),
    ("Nobody asked what the scheme would cost, the senator went on, waving the report.", "the senator",
     "Nobody asked what the scheme would cost"),
    ("Rask went on: “The bridge will reopen by spring.”", "Rask", "The bridge will reopen by spring."),
])
def test_went_on_reports_the_words_it_tags(run, text, speaker, content):
    claim = with_cue(run(text), "went on")
    assert claim["speaker"]["text"] == speaker
    assert claim["content"]["text"] == content


def test_went_on_without_words_is_no_cue(run):
    claims = run("The talks went on for hours, and the delegates left without a deal.")
    assert not [c for c in claims if c["cue"] is not None]


# -- ``The deal, argues one banker, will cost jobs``: an inverted reporting aside (round 48) ---------
def test_repair_makes_an_inverted_rooted_aside_a_parenthetical():
    # the small model's parse: ``said`` the root, the fronted noun its subject, the source its
    # object, the verb after the aside an ``acl`` of the source
    words = ["The", "ceasefire", ",", "said", "two", "officials", ",", "collapsed", "overnight", "."]
    heads = [1, 3, 3, 3, 5, 3, 5, 5, 7, 3]
    deps = ["det", "nsubj", "punct", "ROOT", "nummod", "dobj", "punct", "acl", "advmod", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "VERB", "NUM", "NOUN", "PUNCT", "VERB", "ADV", "PUNCT"]
    doc = _built(words, heads, deps, pos)
    doc[3].lemma_, doc[3].tag_, doc[7].tag_ = "say", "VBD", "VBD"
    assert repair_inverted_asides(doc, load_rules()) == 1
    assert doc[7].dep_ == "ROOT" and doc[1].head.i == 7 and doc[1].dep_ == "nsubj"
    assert doc[3].head.i == 7 and doc[3].dep_ == "parataxis" and doc[5].head.i == 3 and doc[5].dep_ == "nsubj"
    assert doc[9].head.i == 7


def test_an_inverted_aside_after_a_clause_is_no_fronted_noun():
    """Near miss: ``Prices rose, said one trader, as …``: a clause, not a noun phrase, before it."""
    words = ["Prices", "rose", ",", "said", "one", "trader", ",", "as", "demand", "grew", "."]
    heads = [1, 3, 3, 3, 5, 3, 3, 9, 9, 3, 3]
    deps = ["nsubj", "ccomp", "punct", "ROOT", "nummod", "nsubj", "punct", "mark", "nsubj", "advcl", "punct"]
    pos = ["NOUN", "VERB", "PUNCT", "VERB", "NUM", "NOUN", "PUNCT", "SCONJ", "NOUN", "VERB", "PUNCT"]
    doc = _built(words, heads, deps, pos)
    doc[3].lemma_, doc[3].tag_, doc[9].tag_ = "say", "VBD", "VBD"
    assert repair_inverted_asides(doc, load_rules()) == 0


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The rebound, reckons one economist at a Paris bank, will fade by spring.", "reckons",
     "one economist at a Paris bank", ["The rebound", "will fade by spring"]),
    ("The ceasefire, said two officials in Kyiv, collapsed overnight.", "said",
     "two officials in Kyiv", ["The ceasefire", "collapsed overnight"]),
    ("The rally, reckons one analyst, has further to run.", "reckons", "one analyst",
     ["The rally", "has further to run"]),
])
def test_inverted_reporting_aside_reports_the_clause_around_it(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert claim["speaker"]["text"] == speaker
    assert _fragments(claim, text) == content


def test_a_subject_with_its_relative_clause_is_no_inverted_aside(run):
    """Near miss: ``The union, which represents the crews, rejected the pay offer, saying …``: the
    verb's subject comes first, its object after it; the clause after the comma a participle."""
    text = "The union, which represents the cabin crews, disputed the pay figure, saying it was back-loaded."
    claim = with_cue(run(text), "disputed")
    assert claim["speaker"]["text"] == "The union"


@pytest.mark.parametrize("text, speaker, content", [
    ("The plan, said two diplomats, stalled in June.", "two diplomats", ["The plan", "stalled in June"]),
    ("The tanker, said officials familiar with the matter, sailed from Bandar Abbas last week.",
     "officials familiar with the matter", ["The tanker", "sailed from Bandar Abbas last week"]),
])
def test_inverted_aside_before_a_past_read_as_a_participle(run, text, speaker, content):
    """``The talks, said two diplomats, stalled``: the tagger reads the simple past after the aside as
    a participle (``VBN``) the parser hangs on the aside; with no auxiliary it is the verb the aside
    reports (review 48)."""
    claim = with_cue(run(text), "said")
    assert claim["speaker"]["text"] == speaker
    assert _fragments(claim, text) == content
