"""The newsroom's own ``we`` in a fact check is the outlet of the front matter (claim_newsroom).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import check_claim_offsets, with_cue


@pytest.fixture(scope="module")
def run(full_nlp):
    """``run(text, source)``: the claims of ``text`` whose front matter names ``source``."""
    from pipeline.components.claims import extract_claims

    def _claims(text: str, source: str | None) -> list[dict]:
        doc = full_nlp.make_doc(text)
        doc._.source = source
        for _, proc in full_nlp.pipeline:
            doc = proc(doc)
        claims = extract_claims(doc, "a.txt")
        for claim in claims:
            check_claim_offsets(text, claim)
        return claims

    return _claims


FACT_CHECK = ("Mayor says the city paved 300 miles of road last year\n\nBy Corinne Vasquez\n\n"
              "Mayor Lionel Hart said at a town hall that the city paved 300 miles of road in 2024.\n\n"
              "We found no record of paving on that scale in the public works ledger.\n\n"
              "Our ruling\n\n"
              "The ledger lists 41 miles of repaving. We rate it False.\n")


def test_we_of_a_fact_check_is_the_outlet_of_the_front_matter(run):
    claims = run(FACT_CHECK, "Harbor City Check")
    for cue in ("found", "rate"):
        speaker = with_cue(claims, cue)["speaker"]
        assert speaker["norm"]["name"] == "Harbor City Check" and speaker["actor_id"] == "harbor-city-check"
        assert speaker["via"]["text"] == "We" and "also" not in speaker
    assert with_cue(claims, "said")["speaker"]["text"] == "Mayor Lionel Hart"


def test_a_parenthesis_after_the_outlet_is_not_its_name(run):
    speaker = with_cue(run(FACT_CHECK, "Harbor City Check (fact-check desk)"), "rate")["speaker"]
    assert speaker["norm"]["name"] == "Harbor City Check"


def test_the_outlet_named_in_the_text_is_its_mention(run):
    text = ("Senator says tuition doubled in five years\n\nBy Omar Feld\n\n"
            "When the Tribune asked where the figure came from, an aide to Sen. Ruth Calloway said it came "
            "from a college brochure.\n\nWe rate it Mostly False.\n")
    speaker = with_cue(run(text, "The Tribune"), "rate")["speaker"]
    assert speaker["text"] == "Tribune" and "mention_id" in speaker and speaker["via"]["text"] == "We"


def test_a_fact_check_heading_without_a_verdict_is_enough(run):
    text = ("FACT CHECK\n\nGovernor's ad says the state added 50,000 jobs\n\nBy Petra Lind\n\n"
            "When we asked how the office reached that number, a spokesman said it was a state report.\n")
    speaker = with_cue(run(text, "Valley Verify"), "asked")["speaker"]
    assert speaker["norm"]["name"] == "Valley Verify" and speaker["via"]["text"] == "we"


def test_we_of_an_op_ed_with_an_outlet_stays_the_author(run):
    """Near miss: a columnist's ``we`` in a paper with a source is no newsroom's (no fact-check
    heading, no verdict)."""
    text = ("The county should keep the library open\n\nBy Helena Marsh\n\n"
            "We believe the library is the last public room the town has. I urge the board to vote no.\n\n"
            "Helena Marsh is a retired teacher.\n")
    claims = run(text, "The Lakeside Courier")
    assert with_cue(claims, "believe")["speaker"]["actor_id"] == "helena-marsh"
    assert with_cue(claims, "urge")["speaker"]["actor_id"] == "helena-marsh"


def test_a_quoted_we_in_a_fact_check_stays_its_speaker(run):
    """Near miss: the ``we`` of a quotation is its speaker's, fact check or not."""
    text = ("Our ruling\n\nThe mayor's office pointed to its budget. “We rate our road crews as the best in "
            "the state,” said Dana Whitfield, the mayor's spokeswoman. We rate it Mostly False.\n")
    claims = run(text, "Harbor City Check")
    verdicts = [c for c in claims if c["cue"] and c["cue"]["text"] == "rate"]
    assert verdicts and all(c["speaker"]["norm"]["name"] != "Dana Whitfield" for c in verdicts[-1:])
    assert all((c["speaker"] or {}).get("norm", {}).get("name") != "Harbor City Check"
               for c in claims if c["start"] < text.index("” said"))


def test_without_a_source_the_fact_checker_stays_the_byline_author(run):
    assert with_cue(run(FACT_CHECK, None), "rate")["speaker"]["actor_id"] == "corinne-vasquez"


def test_a_new_doc_carries_the_source_of_its_record(full_nlp):
    from pipeline.work import new_doc

    doc = new_doc(full_nlp, "A text.", {"doc_id": "x", "published": None, "source": "Harbor City Check"})
    assert doc._.source == "Harbor City Check"


def test_the_outlet_named_by_the_front_matter_is_an_entity_for_confidence(run):
    from pipeline.components.claim_statements import speaker_kind

    claim = with_cue(run(FACT_CHECK, "Harbor City Check"), "found")
    assert speaker_kind(claim["speaker"]) == "entity" and claim["confidence"] > 0.5
    assert speaker_kind({"text": "We", "start": 0, "end": 2, "norm": None}) == "pronoun"  # near miss


def test_a_review_with_a_rating_box_is_no_fact_check(run):
    """Near miss: ``Our rating`` heads reviews too; without a verdict the writer's ``we`` stays theirs."""
    text = ("Harbor Street's new trattoria\n\nBy Nadia Brill\n\nOur rating\n\n"
            "Three stars. We thought the pasta was excellent but the service slow.\n")
    speaker = with_cue(run(text, "The Bayside Gazette"), "thought")["speaker"]
    assert speaker["actor_id"] == "nadia-brill"


def test_a_source_with_no_name_gives_no_outlet(run):
    speaker = with_cue(run(FACT_CHECK, "***"), "rate")["speaker"]
    assert speaker is None or (speaker.get("norm") or {}).get("via") != "source"


OUR_REVIEW = ("Governor says bridge tolls paid for all repairs\n\nBy Nadia Brook\n\n"
              "Gov. Pia Marsh said on Sunday that toll revenue had covered every bridge repair since 2019.\n\n"
              "Our analysis of the transport department's budgets showed that tolls covered about half.\n\n"
              "We rate it Half True.\n")


def test_our_review_in_a_fact_check_is_the_outlet(run):
    """``Our analysis of … showed``: the fact check's own work, the outlet's (the words in ``via``)."""
    speaker = with_cue(run(OUR_REVIEW, "Harbor City Check"), "showed")["speaker"]
    assert speaker["actor_id"] == "harbor-city-check"
    assert speaker["via"]["text"].startswith("Our analysis")
    assert OUR_REVIEW[speaker["via"]["start"]:speaker["via"]["end"]] == speaker["via"]["text"]


def test_near_miss_our_phrase_outside_a_fact_check_stays_as_written(run):
    text = OUR_REVIEW.replace("We rate it Half True.\n", "The governor's office did not reply.\n")
    speaker = with_cue(run(text, "Harbor City Times"), "showed")["speaker"]
    assert speaker["text"].startswith("Our analysis") and not speaker.get("actor_id")
