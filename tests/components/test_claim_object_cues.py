"""Cue families with an object or an idiom (issue 11, thirteenth round): ``put it`` before a
quotation or in an ``as`` clause, ``pointed to`` the evidence, a fact-checker's verdict ``We rate
it False``, ``credited X with Y``, ``found no evidence that …``, and ``called X "Y"`` parsed as one
object; with the uses of the same words that report nothing.

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue, cue_texts as _cues


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _speaker(claim: dict) -> str:
    return claim["speaker"]["text"] if claim["speaker"] else ""


# -- put it ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, speaker, content", [
    ('One retired judge put it more plainly: "The court has stopped listening to anyone."',
     "One retired judge", "The court has stopped listening to anyone"),
    ('A nurse on the night shift put it this way: "We are running a hospital on goodwill."',
     "A nurse on the night shift", "We are running a hospital on goodwill"),
    ("As one shipping broker put it, the canal is now a tollbooth with a navy.",
     "one shipping broker", "the canal is now a tollbooth with a navy"),
])
def test_put_it_before_a_quotation_or_in_an_as_clause_is_a_cue(run, text, speaker, content):
    claim = with_cue(run(text), "put")
    assert _speaker(claim) == speaker
    assert claim["content"]["text"].rstrip(".") == content


@pytest.mark.parametrize("text, origin", [
    ('A veteran diplomat put it more sharply: "The talks are finished."', "rule:idiom-put-it"),
    ("A spokeswoman put the cost of the repairs at 2 million euros.", "rule:report-put-figure"),
])
def test_put_is_labelled_with_the_rule_that_chose_it(run, text, origin):
    claim = with_cue(run(text), "put")
    assert claim["cue"]["origin"] == origin


def test_an_idiom_cue_is_a_verb_cue_for_confidence():
    from pipeline.components.claim_statements import _VERB_CUES
    assert "rule:idiom-put-it".startswith(_VERB_CUES)


@pytest.mark.parametrize("text", [
    'The clerk put it on the table: "Sign here."',
    "They put it off until the spring, when the fields dry out.",
    'The coach put it more bluntly. "We were slow," he said.',
])
def test_put_it_placing_something_or_before_a_quotation_with_its_own_cue_is_no_cue(run, text):
    assert "put" not in _cues(run(text))


# -- pointed to -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, speaker, content", [
    ("The mayor pointed to a drop in burglaries in the eastern wards.", "The mayor",
     "a drop in burglaries in the eastern wards"),
    ("Her supporters point to her record on housing in two terms as mayor.", "Her supporters",
     "her record on housing"),
    ("The campaign's spokeswoman pointed to a 2023 memo from the state treasurer.", "The campaign's spokeswoman",
     "a 2023 memo from the state treasurer"),  # a document cited as the source
])
def test_pointed_to_evidence_is_a_cue(run, text, speaker, content):
    claim = with_cue(run(text), "pointed" if "pointed" in text else "point")
    assert _speaker(claim) == speaker
    assert content in claim["content"]["text"]


@pytest.mark.parametrize("text", [
    "The guard pointed to the door.",
    "Early signs pointed to a fault in the cooling system.",
    "The union called the offer an insult, pointing to a rise in rents across the city.",
])
def test_pointing_at_a_thing_without_a_speaker_or_as_a_participle_is_no_cue(run, text):
    assert not _cues(run(text)) & {"pointed", "pointing"}


@pytest.mark.parametrize("text", [
    "At the hearing, the victim pointed to the driver in the grey coat.",
    "The shepherd pointed to a broken fence at the bottom of the valley.",
    "The captain pointed to a break in the fog and turned the ship.",
])
def test_pointing_at_a_person_or_a_place_is_no_cue(run, text):
    assert "pointed" not in _cues(run(text))


@pytest.mark.parametrize("text, content", [
    ("The governor pointed to the polls in three swing counties.", "the polls in three swing counties"),
    ("Economists pointed to the closure of two steel plants as a sign of a slowdown.",
     "the closure of two steel plants as a sign of a slowdown"),
])
def test_pointed_to_evidence_content_starts_after_to(run, text, content):
    claim = with_cue(run(text), "pointed")
    assert claim["content"]["text"].rstrip(".") == content


@pytest.mark.parametrize("text, speaker, content", [
    ("The campaign pointed to a rise in burglaries in two suburbs.", "The campaign",
     "a rise in burglaries in two suburbs"),
    ("Her staff pointed to an email she sent to the board on Friday.", "Her staff", "an email"),
])
def test_pointed_to_by_those_who_speak_for_someone_is_a_cue(run, text, speaker, content):
    claim = with_cue(run(text), "pointed")
    assert _speaker(claim) == speaker
    assert claim["content"]["text"].startswith(content)


# -- called: a free relative, a quoted adjective ---------------------------------------------------
@pytest.mark.parametrize("text, speaker, content", [
    ('He warned against what he called "foreign meddling" in the vote.', "He", "foreign meddling"),
    ('She criticised the agency for what she called "weeks of silence" before the flood.', "She",
     "weeks of silence"),
    ('The trade group said costs were ignored, calling that claim "absurd".', "The trade group",
     'that claim "absurd"'),  # the closing mark the content opens stays (round 48)
])
def test_what_someone_called_a_quoted_description_is_a_cue(run, text, speaker, content):
    claim = with_cue(run(text), "calling" if "calling" in text else "called")
    assert _speaker(claim) == speaker
    assert claim["content"]["text"] == content


@pytest.mark.parametrize("text", [
    "The council voted against what it called the mall plan.",
    'The senator called a "snap" vote on Friday.',
])
def test_what_someone_called_by_a_name_unquoted_is_no_cue(run, text):
    assert "called" not in _cues(run(text))


@pytest.mark.parametrize("text", [
    'They settled in a fishing town called "Providence" after the war.',
    'She runs a charity called "Second Chance" from her kitchen.',
])
def test_a_name_given_in_a_reduced_relative_is_no_cue(run, text):
    # ``report-call`` ``no_reduced_relative``: ``a town called "…"`` names a thing, nobody speaks
    assert "called" not in _cues(run(text))


# -- scoffed at, seized on ------------------------------------------------------------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Sen. Ray Holt scoffed at that explanation.", "scoffed", "Sen. Ray Holt", "that explanation"),
    ("Ms. Ruiz scoffed at the idea.", "scoffed", "Ms. Ruiz", "the idea"),
    ("Business owners seized on that number.", "seized", "Business owners", "that number"),
    ("Critics seized on the remark to argue the program had failed.", "seized", "Critics", "the remark"),
])
def test_a_statement_scoffed_at_or_seized_on_is_a_cue(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert claim["cue"]["origin"] == ("rule:report-scoff" if cue == "scoffed" else "rule:report-seize")
    assert _speaker(claim) == speaker
    assert claim["content"]["text"].rstrip(".") == content


@pytest.mark.parametrize("text", [
    "He scoffed at the waiter and left.",
    "The crowd scoffed at him.",
    "Police seized on Tuesday nearly 40 kilos of cocaine.",
    "The rebels seized on the chaos to take the airport.",
    "Investors seized on the opportunity.",
    "Customs officers seized the shipment at the port.",
    # a market actor's reaction (no_subjects: market_actor_nouns; review round 30), bare ``data``
    "Investors seized on the report as evidence that the recession was over, and stocks jumped 3%.",
    "Traders seized on the data, pushing the dollar higher.",
    "Bond traders scoffed at the central bank's guidance, sending yields higher.",
    "Currency markets seized on the minister's remarks, and the rand fell 2%.",
])
def test_scoffing_at_a_person_or_seizing_a_thing_is_no_cue(run, text):
    assert not _cues(run(text)) & {"scoffed", "seized"}


# -- stood by, stand behind (round 34) --------------------------------------------------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Mayor Lena Ortiz stood by her comments on the transit levy.", "stood", "Mayor Lena Ortiz",
     "her comments on the transit levy"),
    ("Transport Minister Ana Ruiz stands by the agreement with the rail union.", "stands",
     "Minister Ana Ruiz", "the agreement with the rail union"),
    ("Mayor Lena Ortiz stands behind the decision to close the depot.", "stands", "Mayor Lena Ortiz",
     "the decision to close the depot"),
    ("Mayor Lena Ortiz stands by what she said in June.", "stands", "Mayor Lena Ortiz", "what she said in June"),
    # a policy decision (round 35)
    ("Governor Ana Ruiz stood by the hiring freeze.", "stood", "Governor Ana Ruiz", "the hiring freeze"),
    # a stance of support and a forecasting model (round 39)
    ("Senator Mark Ellis stood by his caucus's support for the pipeline.", "stood", "Senator Mark Ellis",
     "his caucus's support for the pipeline"),
    ("Governor Ana Ruiz stood by the treasury's revenue model.", "stood", "Governor Ana Ruiz",
     "the treasury's revenue model"),
    # an analyst's call on a stock (round 40)
    ("Analyst Mira Holt stood by her sell rating on the insurer.", "stood", "Mira Holt",
     "her sell rating on the insurer"),
    # a vote cast, a price or an offer put to shareholders (round 42, heldout40)
    ("Councillor Ana Ruiz stood by her vote against the stadium deal.", "stood", "Councillor Ana Ruiz",
     "her vote against the stadium deal"),
    ("The chief executive stood by the takeover price on Monday.", "stood", "The chief executive",
     "the takeover price"),
    ("Harlow Foods stands by its offer for the dairy group.", "stands", "Harlow Foods",
     "its offer for the dairy group"),
])
def test_standing_by_a_statement_or_decision_is_a_cue(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert claim["cue"]["origin"] == "rule:report-stand-by"
    assert _speaker(claim) == speaker
    assert claim["content"]["text"].rstrip(".") == content


@pytest.mark.parametrize("text", [
    "The mayor stood by the door as the council voted.",
    "Her brother stood by her throughout the trial.",
    "Police stood by as the crowd grew.",
    "Crews stand by for the next alarm.",
    "The clerk stood behind the counter all afternoon.",
    "Mayor Lena Ortiz stood by what looked like a burned-out car.",
    "The clerk stood by the price board while traders shouted.",
    # a prospect (no_infinitive), a conjunct of a reported clause (unreported)
    "He met a lobbying firm whose clients stood to benefit from the grid scheme.",
    'Her aide said Mayor Lena Ortiz "regrets the tone" and "stands by every word of the letter."',
    # nested in another report: the outer report carries it (unreported)
    "A spokeswoman said Mayor Lena Ortiz stood by her comments.",
])
def test_standing_by_a_place_a_person_or_inside_a_report_is_no_cue(run, text):
    assert not _cues(run(text)) & {"stood", "stand", "stands"}


def test_standing_by_a_thing_set_off_by_an_apposition_is_no_cue(run):
    assert not _cues(run("Elm Park, the town's oldest green, stood by the river.")) & {"stood"}


# -- put at an amount in a relative clause (round 35) ------------------------------------------------
@pytest.mark.parametrize("text, speaker", [
    ("Councillors want the bridge rebuilt, at a cost the planning staff put at about $12 million.",
     "the planning staff"),
    ("Shareholders face a writedown, a loss that analysts put at 40 million euros.", "analysts"),
])
def test_put_at_an_amount_in_a_relative_clause_is_an_estimate(run, text, speaker):
    claim = with_cue(run(text), "put")
    assert claim["cue"]["origin"] == "rule:report-put-figure"
    assert speaker in _speaker(claim)


@pytest.mark.parametrize("text", [
    "The storm left damage the crews put right within a week.",
    "The toddler the parents put at risk was unharmed.",
])
def test_put_in_a_relative_clause_without_an_amount_is_no_cue(run, text):
    assert "put" not in _cues(run(text))


# -- projected ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, speaker, content", [
    ("State economists projected a $75 million surplus for next year.", "State economists",
     "a $75 million surplus for next year"),
    ("Forecasters at the Weather Desk had projected a Gomez win an hour earlier.",
     "Forecasters at the Weather Desk", "a Gomez win"),
    ("Ortega projected revenue growth of 12% for the year.", "Ortega", "revenue growth of 12% for the year"),
    ("County planners projected a 4% drop in traffic on Monday.", "County planners", "a 4% drop in traffic"),
    ("The estimate came from the Legislative Fiscal Office, which projected $90 million in new costs.",
     "the Legislative Fiscal Office", "$90 million in new costs"),
])
def test_a_speaker_projecting_a_figure_or_a_forecast_is_a_cue(run, text, speaker, content):
    claim = with_cue(run(text), "projected")
    assert claim["cue"]["origin"] == "rule:report-project"
    assert _speaker(claim) == speaker
    assert claim["content"]["text"].startswith(content)


@pytest.mark.parametrize("text", [
    "The band projected confidence on stage.",
    "The technicians projected an image onto the wall of the museum.",
    "The lamp projected 3 beams onto the ceiling.",
    # a year is no figure, a surface no forecast, a count no forecast (review round 30)
    "Engineers projected the 2026 World Cup logo onto the Empire State Building on Friday.",
    "The museum staff projected the 1969 moon landing across the front of the library.",
    "The hiring manager projected 200 new hires for the plant.",
])
def test_projecting_an_image_or_a_mood_is_no_cue(run, text):
    assert "projected" not in _cues(run(text))


# -- a fact-checker's verdict ---------------------------------------------------------------------
@pytest.mark.parametrize("text, content", [
    ("We rate it Half True.", "it Half True"),
    ("We rate this statement False.", "this statement False"),
])
def test_a_fact_check_verdict_is_a_cue(run, text, content):
    claim = with_cue(run(text), "rate")
    assert _speaker(claim) == "We"
    assert claim["content"]["text"] == content


@pytest.mark.parametrize("text", [
    "We rate highly the patience of our readers.",
    "Brokers rate the shares a buy.",
])
def test_rating_something_else_is_no_cue(run, text):
    assert "rate" not in _cues(run(text))


# -- credited … with / for ------------------------------------------------------------------------
def test_credited_with_is_a_cue(run):
    claim = with_cue(run("The fire chief credited the neighbours with saving the school."), "credited")
    assert _speaker(claim) == "The fire chief"
    assert claim["content"]["text"] == "the neighbours with saving the school"


@pytest.mark.parametrize("text", [
    "The refund was credited to her account on Friday.",
    "The bank credited the transfer to the wrong account.",
])
def test_credited_to_an_account_is_no_cue(run, text):
    assert "credited" not in _cues(run(text))


@pytest.mark.parametrize("text", [
    "The building society credited savers with the overdue payments last week.",
    "The app credited new members with 15 dollars for every friend they signed up.",
])
def test_credited_with_a_sum_or_a_banking_noun_is_no_cue(run, text):
    assert "credited" not in _cues(run(text))


@pytest.mark.parametrize("text", [
    "The mayor credited the lifeguards with the rescue of four swimmers.",
    "The manager credited his players for the comeback.",
])
def test_credited_with_an_act_is_still_a_cue(run, text):
    assert "credited" in _cues(run(text))


# -- found no evidence that … ---------------------------------------------------------------------
def test_found_no_evidence_that_is_a_cue(run):
    claim = with_cue(run("The inspectors found no evidence that the pumps had been tampered with."), "found")
    assert _speaker(claim) == "The inspectors"
    assert "no evidence" in claim["content"]["text"]


def test_found_evidence_of_a_thing_is_no_cue(run):
    assert "found" not in _cues(run("The divers found evidence of an old wreck."))


# -- called X "Y" parsed as one object ------------------------------------------------------------
def test_called_with_the_description_merged_into_the_object_is_a_cue(run):
    claim = with_cue(run('Okoro called the verdict "a gift to polluters dressed up as law."'), "called")
    assert _speaker(claim) == "Okoro"
    assert "a gift to polluters" in claim["content"]["text"]


def test_a_quoted_word_inside_a_plain_object_is_no_cue(run):
    assert "called" not in _cues(run('The premier called a "snap" election for June.'))


# -- put it to the witness that … (round 19) ------------------------------------------------------
@pytest.mark.parametrize("text, speaker, content", [
    ("Mr Farrell put it to her that the trust had ignored three warnings.",
     "Mr Farrell", "the trust had ignored three warnings"),
    ("Prosecutor Dan Reeve put it to the witness that she had lied to police about the car.",
     "Prosecutor Dan Reeve", "she had lied to police about the car"),
])
def test_put_it_to_a_witness_with_a_that_clause_is_a_cue(run, text, speaker, content):
    """A barrister's suggestion to a witness: the that clause is what was put (also when the
    parser hangs it on the witness as a relative clause)."""
    claim = with_cue(run(text), "put")
    assert _speaker(claim) == speaker
    assert claim["content"]["text"].rstrip(".") == content


@pytest.mark.parametrize("text", [
    "The chair put it to a vote on Tuesday.",
    "The board put it to shareholders, who approved the merger.",
])
def test_put_it_to_someone_without_a_clause_is_no_cue(run, text):
    assert "put" not in _cues(run(text))


@pytest.mark.parametrize("text", [
    "Marta Ruiz, an analyst at Banco Sur, said she expected a downgrade when the bank reports full-year "
    "results in March.",
    "Shares of Kestrel Foods rose ahead of Thursday, when the company reports earnings.",
    "Analysts expect another cut to the outlook when the carmaker reports second-quarter results in July.",
])
def test_reporting_results_with_no_figure_is_an_event_not_a_statement(run, text):
    """``report`` with an event object (``event_objects``: results, earnings) and no figure."""
    assert "reports" not in _cues(run(text))


def test_reported_earnings_with_a_figure_still_report_them(run):
    claims = run("Kestrel Foods reported earnings of $2.1 billion for the quarter, beating forecasts.")
    assert "reported" in _cues(claims)


# -- scoffed at a cue noun with its clause (round 37) -----------------------------------------------
def test_scoffing_at_someones_claim_keeps_both_claims(run):
    claims = run("Opposition senators scoffed at the treasurer's claim that the levy would pay for itself.")
    assert _speaker(with_cue(claims, "scoffed")) == "Opposition senators"
    assert _speaker(with_cue(claims, "claim")) == "the treasurer"


# -- thanked for, congratulated, encouraged to (round 37) -----------------------------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The governor thanked volunteers for clearing the roads.", "thanked", "The governor",
     "volunteers for clearing the roads"),
    ("The senator congratulated the winner on a clean campaign.", "congratulated", "The senator",
     "the winner on a clean campaign"),
    ("The envoy encouraged both parties to resume talks.", "encouraged", "The envoy", "both parties to resume talks"),
])
def test_thanking_congratulating_and_encouraging_someone_is_a_cue(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert _speaker(claim) == speaker
    assert claim["content"]["text"].rstrip(".") == content


@pytest.mark.parametrize("text", [
    "She thanked him, wrote his name on a card and left.",
    "Thank you for coming in.",
    "Staff were encouraged to report problems.",
    "Rising prices encouraged farmers to plant more corn.",
    "The minister said he was encouraged by the result.",
])
def test_thanks_without_a_reason_a_passive_or_a_cause_encouraging_is_no_cue(run, text):
    assert not _cues(run(text)) & {"thanked", "Thank", "encouraged"}


# -- a past request inside a report of the same speaker (round 40) --------------------------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The senator said she had encouraged the union to accept the offer as a stopgap.", "encouraged",
     "The senator", "the union to accept the offer as a stopgap"),
    ("Councillor Dee Marsh said she had urged the board to delay the vote.", "urged", "Councillor Dee Marsh",
     "the board to delay the vote"),
])
def test_a_past_request_reported_by_its_maker_is_a_cue(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert _speaker(claim) == speaker
    assert claim["content"]["text"].rstrip(".") == content


@pytest.mark.parametrize("text, cue", [
    # a request still to come, a request with no one asked
    ("Councillor Dee Marsh said she would ask the board to revisit the boundaries.", "ask"),
    ("The regulator said it had asked the bank for a full account of the outage.", "asked"),
])
def test_a_future_request_or_one_without_an_infinitive_stays_in_its_report(run, text, cue):
    assert cue not in _cues(run(text))


# -- rejected an objection, a chairperson's praise (round 39) -----------------------------------------
def test_rejecting_an_objection_is_a_cue(run):
    claim = with_cue(run("Judge Ellen Marsh rejected an objection from two landlords who argued the lease was void."),
                     "rejected")
    assert claim["content"]["text"].startswith("an objection from two landlords")


def test_a_chairperson_congratulates(run):
    claim = with_cue(run("The chairperson of the regional council congratulated Ana Ruiz on her election."),
                     "congratulated")
    assert _speaker(claim) == "The chairperson of the regional council"
