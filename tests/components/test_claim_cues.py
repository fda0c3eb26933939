"""Cue families of the attribution step (issue 11): the ways news attributes a statement besides
"X said", and the uses of the same words that attribute nothing.

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import with_cue, speaker_text as _speaker, cue_texts as _cues


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


# -- a source phrase on a reporting verb ----------------------------------------------------------
@pytest.mark.parametrize("text, source, inner, inner_speaker", [
    ("The mayor told aides on Friday that she would not seek a third term, according to two people "
     "briefed on the meeting.", "two people briefed on the meeting", "told", "The mayor"),
    ("According to a lawyer for the family, the county has proposed a settlement of $2 million.",
     "a lawyer for the family", "proposed", "the county"),
])
def test_source_phrase_on_a_report_attributes_the_whole_report(run, text, source, inner, inner_speaker):
    claims = run(text)
    outer = with_cue(claims, "according to" if "according to" in text else "According to")
    assert _speaker(outer) == source
    assert inner in outer["text"]
    assert inner_speaker in _speaker(with_cue(claims, inner))


# -- a reporting verb in a relative clause whose object is the noun it modifies --------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The council approved the tunnel contract in March, a deal the transit union has denounced.",
     "denounced", "the transit union", "a deal"),
    ("The court struck down the map, a ruling that Republican leaders called a disgrace.",
     "called", "Republican leaders", "a ruling that Republican leaders called a disgrace"),
    ("The regulator fined the bank $40 million, a penalty the bank's lawyers dismissed as symbolic.",
     "dismissed", "the bank's lawyers", "a penalty the bank's lawyers dismissed as symbolic"),
])
def test_relative_clause_with_the_noun_as_object_content(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert content in claim["content"]["text"]
    assert speaker in _speaker(claim) or speaker in (claim["speaker"].get("via") or {}).get("text", "")


@pytest.mark.parametrize("text, not_cue", [
    ("The crowd applauded for several minutes.", "applauded"),
    ("The mayor's proposed budget cuts 40 library jobs.", "proposed"),
    ("The alleged plot was foiled in June.", "alleged"),
])
def test_object_content_verbs_need_an_object_and_adjectives_are_no_cues(run, text, not_cue):
    assert not_cue not in _cues(run(text))


# -- requests: ask for someone to do something -----------------------------------------------------
def test_ask_for_an_infinitive_clause_is_a_request(run):
    claim = with_cue(run("The mayor asked for the two depots to stay open through the winter."), "asked")
    assert _speaker(claim) == "The mayor"
    assert "depots to stay open" in claim["content"]["text"]
    assert "asked" not in _cues(run("The envoy asked the court for more time."))


# -- a report named inside another report ----------------------------------------------------------
def test_report_by_a_named_subject_inside_a_report_is_its_own_attribution(run):
    claims = run("A senior diplomat said the union had demanded a written guarantee on wages.")
    assert _speaker(with_cue(claims, "said")) == "A senior diplomat"
    inner = with_cue(claims, "demanded")
    assert _speaker(inner) == "the union"
    assert inner["content"]["text"] == "a written guarantee on wages"


# -- agree: a stance, not an act agreed on ---------------------------------------------------------
@pytest.mark.parametrize("text, cue, content", [
    ("The ministry agreed with the findings of the inspectors.", "agreed", "the findings of the inspectors"),
    ("Most economists disagree with that forecast.", "disagree", "that forecast"),
    ("The governor agreed that the bridge needed repairs.", "agreed", "the bridge needed repairs"),
])
def test_agree_with_a_view_is_a_stance(run, text, cue, content):
    assert with_cue(run(text), cue)["content"]["text"].endswith(content)


@pytest.mark.parametrize("text", [
    "The two parties agreed to resume talks in the autumn.",
    "She keeps close to voters who agree with her.",
])
def test_agree_to_an_act_and_agree_with_a_person_are_no_cues(run, text):
    assert not {"agreed", "agree"} & _cues(run(text))


# -- documents and data as sources ----------------------------------------------------------------
@pytest.mark.parametrize("text, cue, speaker_words, content", [
    ("A survey of 900 parents released Tuesday by the state teachers union found broad support "
     "for longer school days.", "found", "union", "broad support for longer school days"),
    ("The county's final tally showed a lead of 212 votes for the incumbent.", "showed", "tally",
     "a lead of 212 votes for the incumbent"),
    ("Bank statements filed with the court reveal payments of $80,000 to a consulting firm.", "reveal",
     "Bank statements", "payments of $80,000 to a consulting firm"),
])
def test_document_with_an_object_reports_it(run, text, cue, speaker_words, content):
    claim = with_cue(run(text), cue)
    speaker = claim["speaker"]
    assert speaker_words in speaker["text"] or speaker_words in (speaker.get("via") or {}).get("text", "")
    assert claim["content"]["text"] == content


def test_a_document_showing_someone_doing_something_gives_that_person_the_inner_cue(run):
    text = ("A memo obtained by the Herald shows the transit director, Alma Ruiz, warning aides that "
            "the fund would run dry by March.")
    claims = run(text)
    shows = with_cue(claims, "shows")
    assert "warning aides" in shows["content"]["text"]
    assert _speaker(shows) == "A memo obtained by the Herald"  # the Herald got it, it did not write it
    assert "Alma Ruiz" in _speaker(with_cue(claims, "warning"))


@pytest.mark.parametrize("text", [
    "Researchers found a fossil in the quarry behind the school.",
    "The school mailed home a report card showing lower grades.",
    "The network's new TV shows drew record audiences in May.",
    "The campaign will poll voters in three counties next week.",
])
def test_show_find_poll_and_report_without_a_document_source_are_no_cues(run, text):
    assert not _cues(run(text))


# -- urging, raising concerns, signalling, admitting, reported in the passive ----------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Union leaders pressed the mayor to reopen talks before the holiday.", "pressed", "Union leaders",
     "the mayor to reopen talks before the holiday"),
    ("The governor has pushed lawmakers to fund the rail link this year.", "pushed", "The governor",
     "lawmakers to fund the rail link this year"),
    ("Several nurses raised concerns about staffing at the night shift.", "raised", "Several nurses",
     "concerns about staffing at the night shift"),
    # an official named by a person noun of round 34 (coroner, inspector, ombudsman, auditor, examiner)
    ("The ombudsman raised questions about the billing of elderly tenants.", "raised", "The ombudsman",
     "questions about the billing of elderly tenants"),
    ("The European Central Bank signalled a pause in its rate increases.", "signalled",
     "The European Central Bank", "a pause in its rate increases"),
    ("The minister admitted mistakes in the handling of the flood.", "admitted", "The minister",
     "mistakes in the handling of the flood"),
])
def test_speech_acts_with_an_object(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert speaker in _speaker(claim)
    assert claim["content"]["text"] == content


def test_passive_report_without_an_agent_has_no_speaker(run):
    claim = with_cue(run("Two arrests were reported in the northern districts overnight."), "reported")
    assert claim["speaker"] is None


@pytest.mark.parametrize("text", [
    "The central bank has raised rates three times this year.",
    "The restatement raises more questions than it answers.",
    "Protesters pushed back against the police line.",
    "The company pressed ahead with the merger.",
    "The sudden drop signals a shift in demand.",
    "The patient was admitted to the hospital on Sunday.",
])
def test_the_same_verbs_without_a_statement_are_no_cues(run, text):
    assert not _cues(run(text))


# -- a reporting verb wrapped in a verb of aspect -------------------------------------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("\u201cMy grandmother used to say that a debt is a promise you make to a stranger,\u201d the senator said.",
     "say", "My grandmother", "a debt is a promise you make to a stranger"),
    ("The ministry continues to insist that the reactor is safe.", "insist", "The ministry",
     "the reactor is safe"),
    ("Parents kept telling the board that the buses ran late.", "telling", "Parents",
     "the buses ran late"),
])
def test_reporting_verb_after_a_verb_of_aspect_is_the_cue(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert _speaker(claim) == speaker
    assert claim["content"]["text"] == content


@pytest.mark.parametrize("text, not_cue", [
    ("The savings could be used to raise concerns about pay.", "raise"),
    ("\u201cI am not going to comment on that,\u201d the mayor said.", "comment"),
    ("\u201cThat used to be called compromise,\u201d the senator said.", "called"),
])
def test_passive_negated_or_future_wrappers_report_nothing(run, text, not_cue):
    assert not_cue not in _cues(run(text))


# -- a quotation right before a verb that otherwise needs a clause --------------------------------
@pytest.mark.parametrize("text, cue, speaker", [
    ("\u201cWho is paying for this bridge?\u201d Dana Ruiz, the county's budget chief, wrote on Facebook.",
     "wrote", "Dana Ruiz"),
    ("\u201cThe border stays open,\u201d the ministry posted on its website late on Sunday.", "posted",
     "the ministry"),
])
def test_quotation_before_a_writing_verb_is_its_content(run, text, cue, speaker):
    claim = with_cue(run(text), cue)
    assert speaker in _speaker(claim)
    assert claim["content"]["text"].startswith(("Who is paying", "The border stays open"))


def test_writing_verb_without_quotation_or_clause_is_no_cue(run):
    assert not _cues(run("The senator wrote a novel about the Dust Bowl in 2009."))


# -- quotations over paragraphs --------------------------------------------------------------------
def _starting(claims: list[dict], words: str) -> dict:
    found = [c for c in claims if c["text"].startswith(words)]
    assert found, f"no claim starting {words!r} in {[c['text'] for c in claims]}"
    return found[0]


def test_middle_paragraph_of_a_long_quotation_continues_with_its_opening_mark(run):
    text = ('\u201cThe plant paid our mortgages for forty years,\u201d said Mayor Rosa Quill of Dunmore. '
            '\u201cWe never saw this coming.\n\n'
            '\u201cThe council will meet every week until we find a buyer.\n\n'
            '\u201cWe owe the workers that much,\u201d she added.')
    middle = _starting(run(text), "The council will meet")
    assert middle["cue"]["text"] == "\u201c"
    assert "Rosa Quill" in _speaker(middle)
    # the quotation left open at the end of the first paragraph is its speaker's too
    assert all("Rosa Quill" in _speaker(c) for c in run(text) if "We never saw" in c["text"])


def test_quotation_starting_in_a_paragraph_and_closed_by_added_takes_that_cue(run):
    text = ('The governor spoke for an hour.\n\n'
            '\u201cWe cut the deficit in half. We kept every school open.\n\n'
            '\u201cAnd we did it without a tax increase,\u201d Governor Paul Brandt added.')
    first = _starting(run(text), "We cut the deficit")
    assert first["cue"]["text"] == "added"


def test_quotation_claimed_by_a_cue_after_it_is_not_a_continuation(run):
    text = ('\u201cThe talks went well,\u201d Chancellor Ilse Berger said on Monday.\n\n'
            '\u201cWe are partners, and partners argue,\u201d Prime Minister Ana Duval told reporters. '
            '\u201cNobody is leaving the table.\u201d')
    claims = run(text)
    partners = _starting(claims, "We are partners")
    assert partners["cue"]["text"] == "told"
    assert "Duval" in _speaker(partners)
    assert all("Duval" in _speaker(c) for c in claims if "Nobody is leaving" in c["text"])


def test_paragraph_ending_in_said_colon_introduces_the_next_quotation(run):
    text = ('I asked the farmer about the drought. He looked at the field for a long time, and then he said:\n\n'
            '\u201cThree years without rain. You stop counting after the second.\u201d')
    claim = with_cue(run(text), "said")
    assert claim["content"]["text"].startswith("Three years without rain")


# -- noun cues ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, cue, speaker, claim_text", [
    ("The senator restated the party's position that the tax cuts must expire.", "position", "the party",
     "the tax cuts must expire"),
    ("The company brushed off reports that its chief executive would resign.", "reports", None,
     "its chief executive would resign"),
    ("The mayor's plan to close three fire stations drew protests.", "plan", "The mayor",
     "to close three fire stations"),
    ("Many voters share the senator's call for Congress to ban stock trading.", "call", "the senator",
     "Congress to ban stock trading"),
])
def test_noun_cue_with_its_clause(run, text, cue, speaker, claim_text):
    claim = with_cue(run(text), cue)
    assert claim["text"] == claim_text
    assert (speaker is None and claim["speaker"] is None) or speaker in _speaker(claim)


def test_verb_whose_object_holds_a_noun_cue_keeps_the_noun_clause_in_its_content(run):
    claim = with_cue(run("The treasurer echoed the governor's call for the utility to refund customers."),
                     "echoed")
    assert claim["content"]["text"] == "the governor's call for the utility to refund customers"


@pytest.mark.parametrize("text", [
    "The school mailed a report card that showed lower grades.",
    "A survey found 62% plan to sell their shares.",
    "The council adopted a plan that would cut bus fares.",
])
def test_nouns_without_a_reported_clause_are_no_cues(run, text):
    assert not {"report", "plan"} & _cues(run(text))


# -- citing: a source, or the subject's reason ------------------------------------------------------
def test_citing_a_reason_is_the_subjects_attribution(run):
    claim = with_cue(run("The regulator halted the merger review, citing gaps in the companies' filings."),
                     "citing")
    assert _speaker(claim) == "The regulator"
    assert claim["content"]["text"] == "gaps in the companies' filings"


def test_citing_a_source_keeps_the_source_as_speaker(run):
    claim = with_cue(run("The bank will close 40 branches, citing people familiar with the plan."), "citing")
    assert _speaker(claim) == "people familiar with the plan"


# -- the same verbs, reporting nothing ------------------------------------------------------------
@pytest.mark.parametrize("text, not_cue", [
    ("The chart tells the whole story.", "tells"),
    ("The mayor smiled when told of the poll.", "told"),
    ("Ten volunteers refused to leave when the shelter closed.", "refused"),
    ("The board is still deciding what to do with the land.", "deciding"),
    ("If the court asks for the ballots, the clerk must send them.", "asks"),
    ("Small retailers contend with rising rents.", "contend"),
    ("The governor responded to the senator within the hour.", "responded"),
    ("The guard was dismissed for cause in March.", "dismissed"),
    ("The report should worry both parties.", "worry"),
])
def test_cue_verbs_that_report_nothing(run, text, not_cue):
    assert not_cue not in _cues(run(text))


@pytest.mark.parametrize("text, cue, speaker", [
    ("The council, she told me, had never met in August.", "told", "she"),
    ("Union leaders told reporters that the strike would go on.", "told", "Union leaders"),
    ("The mayor told residents about the new bus routes.", "told", "The mayor"),
    ("The senator welcomed the money but worried that the loan would leave the state exposed.", "worried",
     "The senator"),
    ("Asked whether the plant would close, the owner refused to say.", "refused", "the owner"),
])
def test_cue_verbs_that_report(run, text, cue, speaker):
    claim = with_cue(run(text), cue)
    assert speaker in (_speaker(claim), (claim["speaker"].get("via") or {}).get("text"))


# -- beliefs: negated, cleft, accepted, understood ---------------------------------------------------
@pytest.mark.parametrize("text, cue, content, negated", [
    ("\u201cWe have never backed a tax increase, and we don\u2019t intend to start now,\u201d the union chief said.",
     "intend", "to start now", True),
    ("What I can tell you is that the plant will stay open.", "tell", "the plant will stay open", False),
    ("What the governor does not believe is that the tax cut pays for itself.", "believe",
     "the tax cut pays for itself", True),
    ("The minister accepted that the rollout had been too slow.", "accepted", "the rollout had been too slow",
     False),
    ("Diplomats say Washington understands that the pipeline will be built.", "understands",
     "the pipeline will be built", False),
])
def test_belief_and_statement_forms(run, text, cue, content, negated):
    claim = with_cue(run(text), cue)
    assert claim["content"]["text"] == content
    assert claim["modality"]["negated"] is negated


@pytest.mark.parametrize("text, not_cue", [
    ("\u201cI did not believe him at first,\u201d she said.", "believe"),
    ("The board accepted the offer on Tuesday.", "accepted"),
    ("\u201cI understand why people are angry,\u201d the mayor said.", "understand"),
    ("The farmer said he had not decided how he would vote.", "decided"),
])
def test_belief_verbs_without_a_stated_belief_are_no_cues(run, text, not_cue):
    assert not_cue not in _cues(run(text))


@pytest.mark.parametrize("text, key, value", [
    ("The mayor said the city doesn\u2019t have the money.", "negated", True),
    ("The mayor said she\u2019ll veto the budget.", "tense", "future"),
])
def test_curly_apostrophe_contractions_carry_modality(run, text, key, value):
    assert with_cue(run(text), "said")["modality"][key] == value


# -- a reported clause about the noun of a relative clause ------------------------------------------
def test_relative_report_is_about_its_noun(run):
    text = "The board approved the repair budget, which the engineers said was too small."
    claim = with_cue(run(text), "said")
    assert claim["text"] == "the repair budget, which the engineers said was too small"
    assert claim["content"]["fragments"] == [[text.index("the repair"), text.index(", which")],
                                             [text.index("was too"), text.index(".")]]
    assert _speaker(claim) == "the engineers"


# -- "<clause>, officials said" when the parse loses the clause ---------------------------------------
@pytest.mark.parametrize("text", [
    "ANKARA, June 3 (Reuters) - Talks on a grain corridor broke down on Tuesday over the inspection of "
    "ships bound for Odesa, diplomats said, as Turkish mediators urged both sides to return.",
    "By Ann Lee\n\nANKARA, June 3 (Reuters) - Talks on a grain corridor broke down on Tuesday over the "
    "inspection of ships bound for Odesa, diplomats said, as Turkish mediators urged both sides to return.",
])
def test_clause_before_comma_and_speaker_is_reported_despite_a_dateline(run, text):
    claim = with_cue(run(text), "said")
    assert _speaker(claim) == "diplomats"
    assert "broke down on Tuesday" in claim["content"]["text"]
    assert "Reuters" not in claim["content"]["text"]


def test_relative_clause_gap_inside_a_report_is_a_nested_attribution(run):
    claims = run("The agency said the figures the senator cited were out of date.")
    cited = with_cue(claims, "cited")
    assert cited["text"] == "the figures the senator cited"
    assert cited["content"]["text"] == "the figures"
    assert _speaker(with_cue(claims, "said")) == "The agency"


def test_pressed_on_whether_is_a_question_by_the_agent(run):
    text = ("Pressed by reporters on whether the bridge would reopen in May, the minister said "
            "she had no date.")
    claim = with_cue(run(text), "Pressed")
    assert _speaker(claim).startswith("reporters")
    assert "the bridge would reopen" in claim["content"]["text"]


def test_reporting_verb_tagged_as_a_noun_heading_the_sentence_is_a_cue(run):
    claim = with_cue(run("Strategists at Union Capital forecast that the euro would weaken."), "forecast")
    assert claim["content"]["text"] == "the euro would weaken"
    assert claim["modality"]["hedged"] is True


def test_paragraph_quotation_followed_by_its_own_cue_is_no_continuation(run):
    text = ("Outside groups spent about $6 million against Mayor Paul Greer, according to federal filings.\n\n"
            "\u201cA council meeting used to be where a mayor found out what the town thought of him,\u201d "
            "said Ana Ruiz, a historian who studies city halls. \u201cNow it is where a mayor performs.\u201d")
    assert "\u201c" not in _cues(run(text))


def test_possessor_read_as_a_subject_is_no_nested_speaker(run):
    text = ("Councilor Ana Ruiz declared the mayor\u2019s proposed $40 million budget \u201cdead on arrival\u201d "
            "on Monday, vowing to block any plan that cuts bus service.")
    assert "proposed" not in _cues(run(text))


# -- cue coverage: one sentence per form news uses (issue 11) --------------------------------------
# (sentence, cue words, speaker words or None for no named speaker, words of the content or None)
CUE_FORMS = [
    ('The council asked the utility to delay the rate increase until spring.', 'asked', 'council', 'delay the rate increase'),
    ('The utility was asked by regulators to explain the outage.', 'asked', 'regulators', 'explain the outage'),
    ('Asked about the timing, the spokeswoman said the review would end in May.', 'said', 'spokeswoman', 'review would end in May'),
    ('Teachers urged the board to reopen the two closed schools.', 'urged', 'Teachers', 'reopen the two closed schools'),
    ('The board was urged by parents to reconsider the cuts.', 'urged', 'parents', 'reconsider the cuts'),
    ('Urging calm, the police chief said officers would remain in the square overnight.', 'said', 'police chief', 'officers would remain'),
    ('The mayor called on the state to release the emergency funds.', 'called on', 'mayor', 'release the emergency funds'),
    ('Environmental groups called for a moratorium on new drilling permits.', 'called for', 'Environmental groups', 'a moratorium on new drilling'),
    ('The union demanded that the company restore the pension plan.', 'demanded', 'union', 'restore the pension plan'),
    ('The senator questioned whether the agency had the staff to enforce the rule.', 'questioned', 'senator', 'the agency had the staff'),
    ("Analysts praised the central bank's decision as overdue.", 'praised', 'Analysts', 'decision as overdue'),
    ('The plan was praised by business groups as a sensible compromise.', 'praised', 'business groups', 'sensible compromise'),
    ('Farm groups criticized the tariff as a tax on rural families.', 'criticized', 'Farm groups', 'the tariff as a tax'),
    ('The governor blasted the ruling as an attack on voters.', 'blasted', 'governor', 'the ruling as an attack'),
    ('The opposition leader slammed the budget as reckless.', 'slammed', 'opposition leader', 'the budget as reckless'),
    ('The foreign ministry condemned the missile launch as a grave provocation.', 'condemned', 'foreign ministry', 'the missile launch'),
    ("The state's largest union endorsed Councilwoman Ada Ruiz for mayor.", 'endorsed', 'union', 'Ada Ruiz'),
    ('Residents blamed the flooding on a clogged storm drain.', 'blamed', 'Residents', 'the flooding on a clogged storm drain'),
    ('The contractor was blamed by inspectors for the collapse.', 'blamed', 'inspectors', 'for the collapse'),
    ('The prosecutor accused the former treasurer of diverting $2 million.', 'accused', 'prosecutor', 'diverting $2 million'),
    ('The company has been accused by regulators of hiding safety defects.', 'accused', 'regulators', 'hiding safety defects'),
    ('Witnesses described the scene as chaotic.', 'described', 'Witnesses', 'the scene as chaotic'),
    ('Supporters dubbed the measure the Clean Water Act of the decade.', 'dubbed', 'Supporters', 'the measure'),
    ('In her memoir, the former senator recounted how the deal nearly collapsed.', 'recounted', 'former senator', 'the deal nearly collapsed'),
    ('The chancellor joked that he had aged ten years during the talks.', 'joked', 'chancellor', 'he had aged ten years'),
    ('The ministry later clarified that the ban applies only to new contracts.', 'clarified', 'ministry', 'the ban applies only'),
    ('The premier echoed those concerns, saying the deal left farmers exposed.', 'echoed', 'premier', 'those concerns'),
    ('The coach repeated that he had no plans to resign.', 'repeated', 'coach', 'he had no plans to resign'),
    ('The White House reiterated that the sanctions would stay in place.', 'reiterated', 'White House', 'the sanctions would stay'),
    ('The candidate promised to cut property taxes in his first year.', 'promised', 'candidate', 'cut property taxes'),
    ('The minister pledged that no hospital would close.', 'pledged', 'minister', 'no hospital would close'),
    ('Rebel commanders vowed to keep fighting until the capital falls.', 'vowed', 'Rebel commanders', 'keep fighting'),
    ('The union threatened to strike if the city cut wages.', 'threatened', 'union', 'strike'),
    ('The panel recommended that the state raise the minimum age to 21.', 'recommended', 'panel', 'the state raise the minimum age'),
    ('The treasurer proposed that the fund be split into two accounts.', 'proposed', 'treasurer', 'the fund be split'),
    ('Both sides agreed that the talks should resume in June.', 'agreed', 'Both sides', 'the talks should resume'),
    ('The chief executive conceded that the launch had been rushed.', 'conceded', 'chief executive', 'the launch had been rushed'),
    ('The mayor insisted that the budget was balanced.', 'insisted', 'mayor', 'the budget was balanced'),
    ('The president tweeted that the deal was "the best ever negotiated."', 'tweeted', 'president', 'the deal was'),
    ('The minister posted on Facebook that the border would reopen Monday.', 'posted', 'minister', 'the border would reopen'),
    ('The senator wrote that the bill would hurt small farms.', 'wrote', 'senator', 'the bill would hurt small farms'),
    ('Most economists think the recession will be short.', 'think', 'economists', 'the recession will be short'),
    ('Officials believe the fire was started deliberately.', 'believe', 'Officials', 'the fire was started deliberately'),
    ('The fire is believed to have started in the kitchen.', 'believed', None, 'started in the kitchen'),
    ('Residents want the city to rebuild the bridge.', 'want', 'Residents', 'rebuild the bridge'),
    ('The coalition hopes to pass the bill before the recess.', 'hopes', 'coalition', 'pass the bill'),
    ('The company plans to open three plants in Ohio.', 'plans', 'company', 'open three plants'),
    ('Analysts expect the bank to hold rates steady.', 'expect', 'Analysts', 'hold rates steady'),
    ('Rates are expected to stay high through next year.', 'expected', None, 'stay high'),
    ('Farmers fear that the drought will wipe out the harvest.', 'fear', 'Farmers', 'the drought will wipe out'),
    ('Parents worry that the new schedule will cut recess.', 'worry', 'Parents', 'the new schedule will cut recess'),
    ('The board decided to postpone the vote.', 'decided', 'board', 'postpone the vote'),
    ('The ministry intends to sell its stake by 2027.', 'intends', 'ministry', 'sell its stake'),
    ('The commission is considering whether to extend the deadline.', 'considering', 'commission', 'to extend the deadline'),
    ('Some lawmakers doubt that the plan will survive a court challenge.', 'doubt', 'lawmakers', 'the plan will survive'),
    ('The records show that the agency paid the vendor twice.', 'show', 'records', 'the agency paid the vendor twice'),
    ('An internal review found that staff had ignored the warnings.', 'found', 'review', 'staff had ignored the warnings'),
    ('The data indicate that hiring slowed in the fall.', 'indicate', 'data', 'hiring slowed'),
    ('The survey suggests that voters are split on the measure.', 'suggests', 'survey', 'voters are split'),
    ('The emails reveal that the mayor knew about the leak in March.', 'reveal', 'emails', 'the mayor knew about the leak'),
    ('The report describes the prison as dangerously overcrowded.', 'describes', 'report', 'the prison as dangerously overcrowded'),
    ('In a statement, the company said it would appeal.', 'said', 'company', 'it would appeal'),
    ('The mayor said in an interview that she would not run again.', 'said', 'mayor', 'she would not run again'),
    ('In a tweet, the senator said the vote was rigged.', 'said', 'senator', 'the vote was rigged'),
    ("The mayor's assertion that the audit was rigged has been rejected by every court.", 'assertion', 'mayor', 'the audit was rigged'),
    ('The claim that the drug causes memory loss has not been proven.', 'claim', None, 'the drug causes memory loss'),
    ('Allegations that the firm bribed officials surfaced last year.', 'Allegations', None, 'the firm bribed officials'),
    ('Warnings that the dam could fail were ignored for years.', 'Warnings', None, 'the dam could fail'),
    ('Accusations by the opposition that the count was rigged were dismissed by the commission.', 'Accusations', 'opposition', 'the count was rigged'),
    ('The economy shrank 0.3 percent, according to the statistics office.', 'according to', 'statistics office', 'The economy shrank'),
    ("The ministry's statement said the talks would resume on Monday.", 'said', 'ministry', 'the talks would resume'),
    ('It was reported that the minister had resigned.', 'reported', None, 'the minister had resigned'),
    ('The governor is expected to sign the bill on Friday.', 'expected', None, 'sign the bill'),
    ('The prince is said to be furious about the leak.', 'said', None, 'be furious'),
    ('The rail union issued a statement praising the settlement as fair to both sides.', 'praising', 'statement', 'the settlement as fair'),
    ('The treaty was condemned by human rights groups as a betrayal of refugees.', 'condemned', 'human rights groups', 'betrayal of refugees'),
    ('The strike was criticized by the transport minister as premature.', 'criticized', 'transport minister', 'as premature'),
    ("The candidate was endorsed by the state's largest newspaper on Sunday.", 'endorsed', 'newspaper', None),
    ('The bridge has been dubbed the road to nowhere by local critics.', 'dubbed', 'local critics', 'the road to nowhere'),
    ('The deal was described by one negotiator as fragile.', 'described', 'negotiator', 'fragile'),
    ('Lawmakers wrote to the agency, urging it to halt the sale.', 'urging', 'Lawmakers', 'halt the sale'),
    ('The coalition released a letter accusing the utility of price gouging.', 'accusing', 'letter', 'price gouging'),
    ('The regulator issued a notice blaming the outage on faulty software.', 'blaming', 'notice', 'faulty software'),
    ('Protesters marched to the ministry, demanding the release of the detained students.', 'demanding', 'Protesters', 'the release of the detained students'),
    ('The governor signed the order, vowing to rebuild every damaged home.', 'vowing', 'governor', 'rebuild every damaged home'),
    ('The minister resigned on Friday, citing health reasons.', 'citing', 'minister', None),
    ('Her pledge to cut emissions by half was welcomed by climate groups.', 'pledge', None, 'cut emissions by half'),
    ("The senator's call for an independent inquiry drew support from both parties.", 'call', 'senator', 'an independent inquiry'),
    ("The union's demand that wages rise 8 percent was rejected.", 'demand', 'union', 'wages rise 8 percent'),
    ("The mayor's promise to hire 200 officers has not been kept.", 'promise', 'mayor', 'hire 200 officers'),
    ("The board's decision to close the clinic angered residents.", 'decision', 'board', 'close the clinic'),
    ("The panel's recommendation that the ban be lifted was ignored.", 'recommendation', 'panel', 'the ban be lifted'),
    ("The company's proposal to merge the two units was approved.", 'proposal', 'company', 'merge the two units'),
    ("The rebels' threat to attack the pipeline alarmed investors.", 'threat', 'rebels', 'attack the pipeline'),
    ('The minister has denied the allegations, calling them baseless.', 'calling', 'minister', 'baseless'),
    ('The measure was questioned by several judges.', 'questioned', 'judges', 'The measure'),
    ("The central bank's growth forecast was questioned by several economists.", 'questioned', 'economists',
     'growth forecast'),
    ('New state data shows a steep drop in kindergarten enrollment.', 'shows', 'data', 'a steep drop'),
    ('The governor has repeatedly called on lawmakers to pass the bill.', 'called on', 'governor', 'pass the bill'),
    ('The company was praised for its quick response.', 'praised', None, 'its quick response'),
    ('Investors are worried that the bank will raise rates again.', 'worried', 'Investors', 'the bank will raise rates'),
    ('The president has said he wants to meet the new leader soon.', 'wants', 'he', 'meet the new leader'),
    ('The central bank is widely expected to cut rates next month.', 'expected', None, 'cut rates next month'),
    ('The general is thought to have fled to the north.', 'thought', None, 'fled to the north'),
    ('Officials fear the virus could spread to neighbouring districts.', 'fear', 'Officials', 'the virus could spread'),
    ('The report, released Thursday, found that wait times had doubled.', 'found', 'report', 'wait times had doubled'),
    ('The audit revealed that $3 million was missing.', 'revealed', 'audit', '$3 million was missing'),
    ('A study published this week suggests that the drug is safe for children.', 'suggests', 'study', 'the drug is safe'),
]


def _cue_matches(claim: dict, cue: str) -> bool:
    found = claim["cue"]["text"].lower()
    return cue.lower() in found or found in cue.lower()


@pytest.mark.parametrize("text, cue, speaker, content", CUE_FORMS)
def test_cue_forms_of_news_prose(run, text, cue, speaker, content):
    claims = [c for c in run(text) if c["cue"] is not None and _cue_matches(c, cue)]
    assert claims, [(c["cue"], c["text"]) for c in run(text)]

    def right(c: dict) -> bool:
        if content is not None and c["content"] is None:
            return False  # an expected content must be the claim's content, not its whole text
        said = (c["content"] or {"text": c["text"]})["text"]
        who = "" if c["speaker"] is None else c["speaker"]["text"] + " " + c["speaker"].get("via", {}).get("text", "")
        return (content is None or content in said) and (speaker is None or speaker.lower() in who.lower())
    assert any(right(c) for c in claims), [(c["cue"]["text"], _speaker(c), c["content"]) for c in claims]


@pytest.mark.parametrize("text, word", [
    ('The said property was sold at auction in 1998.', 'said'),
    ('She walked to the post office before noon.', 'post'),
    ('The plan includes $40 million for new buses.', 'plan'),
    ('He took a post at the embassy in 2019.', 'post'),
    ('The call lasted forty minutes.', 'call'),
    ('The warning lights on the dashboard stayed on.', 'warning'),
    ('Her report card arrived on Friday.', 'report'),
    ('The plan would add 400 buses to the fleet by 2030.', 'plan'),
    ('She was posted to Berlin in 2019.', 'post'),
    ('Crews found the body of a hiker near the summit.', 'found'),
    ('The senator wrote a book about the war.', 'wrote'),
    ('Detectives questioned the driver for several hours.', 'questioned'),
    ('The suspect was questioned by detectives overnight.', 'questioned'),
    ('Investigators questioned Ms. Lund about the missing invoices.', 'questioned'),
    ('A lawyer for the family declined to comment on Friday.', 'declined'),
    # a refusal to comment on a topic: the golds mark no claim (rule key ``silent_verbs``)
    ('A spokeswoman for the ministry declined to comment on the audit findings.', 'declined'),
    ('The club refused to comment on the transfer fee.', 'refused'),
    # a wish for a thing (report-want has no ``dobj`` content)
    ('The teachers\' union wants a bigger pay rise next year.', 'wants'),
    ('Shipping firms wanted changes to the emissions levy.', 'wanted'),
])
def test_cue_words_used_otherwise_attribute_nothing(run, text, word):
    assert not [c for c in run(text) if c["cue"] is not None], word


# -- adjective cues: a belief or feeling of the subject about a clause --------------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Port officials were confident that the cranes would be repaired by Monday.", "confident", "Port officials",
     "the cranes would be repaired by Monday"),
    ("The defence minister is convinced that the drone was launched from the coast.", "convinced",
     "The defence minister", "the drone was launched from the coast"),
    ("The teachers' union is concerned that class sizes will grow next year.", "concerned", "union",
     "class sizes will grow next year"),
    ("Analysts are optimistic that exports have bottomed out.", "optimistic", "Analysts", "exports have bottomed out"),
    ("The coach was adamant that no player would be sold in January.", "adamant", "The coach",
     "no player would be sold in January"),
    ("Rescue teams remain hopeful that the miners can be reached by nightfall.", "hopeful", "Rescue teams",
     "the miners can be reached by nightfall"),
])
def test_adjective_cue_attributes_the_clause_to_the_subject(run, text, cue, speaker, content):
    claims = [c for c in run(text) if c["cue"] is not None]
    assert len(claims) == 1, [(c["cue"], c["text"]) for c in claims]
    claim = claims[0]
    assert claim["cue"]["text"] == cue
    assert speaker in _speaker(claim)
    assert claim["content"]["text"] == content
    assert claim["modality"]["hedged"]


@pytest.mark.parametrize("text", [
    "It is certain that the vote will be delayed.",
    "The harbour master was worried about the storm.",
    "The old bridge was sure and steady.",
])
def test_adjective_without_a_holder_or_clause_attributes_nothing(run, text):
    assert not [c for c in run(text) if c["cue"] is not None]


# -- a verb restating the statement its object names ---------------------------------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The treasurer repeated her claim that the pension fund was fully covered.", "repeated", "The treasurer",
     "the pension fund was fully covered"),
    ("The prosecutor reiterated his argument that the witness had been coached.", "reiterated", "The prosecutor",
     "the witness had been coached"),
    ("Farmers' groups renewed their warning that the drought would cut yields by a third.", "renewed",
     "groups", "the drought would cut yields by a third"),
    ("Two senators echoed the warning that the agency could run out of money in August.", "echoed",
     "Two senators", "the agency could run out of money in August"),
])
def test_verb_restating_a_named_statement_is_one_claim(run, text, cue, speaker, content):
    claims = [c for c in run(text) if c["cue"] is not None]
    assert len(claims) == 1, [(c["cue"]["text"], c["content"]) for c in claims]
    claim = claims[0]
    assert claim["cue"]["text"] == cue
    assert speaker in _speaker(claim)
    assert claim["content"]["text"] == content


def test_verb_restating_only_statements_not_other_objects(run):
    assert not [c for c in run("The council renewed the lease on the depot for ten years.") if c["cue"] is not None]


def test_restated_statement_of_a_named_holder_keeps_both_claims(run):
    claims = run("She repeated the ministry's longstanding view that the border was secure.")
    assert _speaker(with_cue(claims, "view")) == "the ministry"
    assert with_cue(claims, "repeated")["content"]["text"].startswith("the ministry's")


def test_restating_verb_with_another_object_reports_nothing(run):
    claims = run("Mr. Ruiz also urged Congress to renew a program that expires in June.")
    assert not [c for c in claims if c["cue"] is not None and c["cue"]["text"] == "renew"]


# -- every attributed statement has its content (issue 11) ----------------------------------------
def _fragments(claim: dict, text: str) -> list[str]:
    content = claim["content"]
    parts = content.get("fragments") or [[content["start"], content["end"]]]
    return [text[s:e] for s, e in parts]


@pytest.mark.parametrize("text, cue, content", [
    # a source phrase: the clause it attributes, nested clauses in, the phrase out
    ("The utility raised its rates twice last year, according to filings with the state regulator.",
     "according to", ["The utility raised its rates twice last year"]),
    ("Investigators reopened the case after claims that evidence had been lost, according to two "
     "people briefed on the inquiry.", "according to",
     ["Investigators reopened the case after claims that evidence had been lost"]),
    ("The ministry will delay the auction until spring, citing officials in the finance department.",
     "citing", ["The ministry will delay the auction until spring"]),
    # a phrase setting the scene before the subject is not what the source says
    ("On Thursday, riot police cleared the square, according to witnesses.", "according to",
     ["riot police cleared the square"]),
    ("Behind closed doors, however, the envoys agreed on a timetable, according to a diplomat.",
     "according to", ["the envoys agreed on a timetable"]),
    # in mid-sentence: the clause around it, as two fragments
    ("Rents, according to the housing agency's survey, climbed 9 percent in the capital.",
     "according to", ["Rents", "climbed 9 percent in the capital"]),
    # a cue noun: its that or to clause
    ("The district's plans to shut two clinics drew protests.", "plans", ["to shut two clinics"]),
    ("The coach's assertion that the referee was biased drew a fine.", "assertion", ["the referee was biased"]),
])
def test_every_cue_gives_a_content(run, text, cue, content):
    claim = with_cue(run(text), cue)
    assert claim["content"] is not None, claim["text"]
    assert _fragments(claim, text) == content


@pytest.mark.parametrize("text", [
    "Output fell 2 percent in May, according to the statistics office, and the central bank said it would hold rates.",
    "The regulator's claim that the fees were hidden was rejected by the court.",
    "Two ministers, according to a senior aide, have threatened to resign.",
])
def test_no_claim_with_a_cue_lacks_content(run, text):
    cued = [claim for claim in run(text) if claim["cue"] is not None]
    assert cued, text
    for claim in cued:
        assert claim["content"] is not None, claim
        assert text[claim["content"]["start"]:claim["content"]["end"]] == claim["content"]["text"]



# -- a "that" clause the parser hung on a phrase of the reporting verb -----------------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The treasurer told bondholders on a video call that the city would make its June payment.",
     "told", "The treasurer", "the city would make its June payment"),
    ("The minister said at a briefing with foreign diplomats that the border would reopen on Monday.",
     "said", "The minister", "the border would reopen on Monday"),
    ("Ms. Okafor told reporters outside the courthouse that she had done nothing wrong.",
     "told", "Okafor", "she had done nothing wrong"),
])
def test_that_clause_hung_on_a_phrase_of_the_verb_is_reported(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert speaker in _speaker(claim)
    assert claim["content"]["text"] == content


def test_relative_clause_on_a_phrase_of_an_object_content_verb_stays_its_object(run):
    claim = with_cue(run("The senator praised the nurses at the clinic that treated her."), "praised")
    assert "the nurses" in claim["content"]["text"]


# -- a cue noun a verb makes its subject's own: one statement --------------------------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The health ministry issued a warning on Monday that the outbreak could reach the capital.",
     "issued a warning", "The health ministry", "the outbreak could reach the capital"),
    ("The airline announced plans on Tuesday to cut 3,000 jobs.", "announced plans", "The airline",
     "to cut 3,000 jobs"),
    ("The mayor unveiled a plan to repave 200 miles of road.", "unveiled a plan", "The mayor",
     "to repave 200 miles of road"),
])
def test_held_cue_noun_is_one_claim_with_the_verb_in_its_cue(run, text, cue, speaker, content):
    claims = run(text)
    cued = [c for c in claims if c["cue"] is not None]
    assert len(cued) == 1, [(c["cue"], c["text"]) for c in claims]
    assert cued[0]["cue"]["text"] == cue
    assert _speaker(cued[0]) == speaker
    assert cued[0]["content"]["text"] == content
    assert len(claims) == 1, [c["text"] for c in claims]  # no "The airline announced plans" fragment


# -- "…, with X saying that …": a report of its own after the clause -------------------------------
def test_with_phrase_holding_a_report_is_its_own_claim(run):
    claims = run("Oil prices jumped on Friday, with traders warning that supply from the Gulf would stay tight.")
    claim = with_cue(claims, "warning")
    assert _speaker(claim) == "traders"
    assert claim["content"]["text"] == "supply from the Gulf would stay tight"
    assert [c["text"] for c in claims if c["cue"] is None] == ["Oil prices jumped on Friday"]


# -- "…, court records show": a subject the parser read as a modifier of the verb -----------------
def test_closing_report_with_its_subject_read_as_a_compound_has_that_speaker(run):
    claim = with_cue(run("The developer paid no property tax for six years, county records show."), "show")
    assert _speaker(claim) == "county records"
    assert claim["content"]["text"] == "The developer paid no property tax for six years"


# -- a reporting verb in a condition supposes; one opened by "as" frames its clause ----------------
@pytest.mark.parametrize("text, word", [
    ("“If the owners want a fight, they will get one,” the union leader said.", "want"),
    ("Unless the board says otherwise, the library will close at six on weekdays.", "says"),
])
def test_reporting_verb_in_a_condition_attributes_nothing(run, text, word):
    assert not [c for c in run(text) if c["cue"] is not None and c["cue"]["text"] == word]


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("As one bond trader told Bloomberg, the market has simply run out of buyers.", "told", "one bond trader",
     "the market has simply run out of buyers"),
    ("The deficit will reach 6 percent of output this year, as the finance ministry warned in March.", "warned",
     "the finance ministry", "The deficit will reach 6 percent of output this year"),
])
def test_as_clause_with_a_reporting_verb_frames_the_clause_it_hangs_on(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert _speaker(claim) == speaker
    assert claim["content"]["text"] == content


def test_as_clause_without_a_reporting_verb_is_no_cue(run):
    assert all(c["cue"] is None for c in run("As the storm approached, harbor officials closed the port."))


def test_condition_with_a_reported_clause_still_reports_it(run):
    claim = with_cue(run("“If the auditors believe the books were cooked, why did they sign off?” the senator asked."),
                     "believe")
    assert claim["content"]["text"] == "the books were cooked"


def test_as_clause_with_a_topic_of_its_own_frames_nothing(run):
    assert all(c["cue"] is None for c in run("Rents keep rising as landlords contend with higher insurance costs."))


# -- ``called X "…"``: a quoted description of the object is what the speaker calls it -------------
@pytest.mark.parametrize("text, speaker, content_words", [
    ("The transport minister, Aled Rhys, called the rail strike \u201ca gift to the road hauliers.\u201d",
     "Aled Rhys", "the rail strike"),
    ("A lawyer for the tenants called the eviction notices \u201clegally worthless\u201d in a letter to the "
     "landlord.", "A lawyer for the tenants", "the eviction notices"),
])
def test_call_with_a_quoted_description_of_its_object(run, text, speaker, content_words):
    claim = with_cue(run(text), "called")
    assert speaker in text[:text.index(" called")] and _speaker(claim) in text[:text.index(" called")]
    assert content_words in claim["content"]["text"]


@pytest.mark.parametrize("text", [
    "The chairman called a taxi after the dinner.",
    "Police called an ambulance to the scene of the crash.",
])
def test_call_without_a_description_reports_nothing(run, text):
    assert "called" not in _cues(run(text))


# -- ``appealed for …``: a request --------------------------------------------------------------------
@pytest.mark.parametrize("text, speaker, content_words", [
    ("The district commissioner appealed for calm after a second night of clashes.",
     "The district commissioner", "calm"),
    ("Relief agencies appealed for the border crossing to be opened to fuel trucks.",
     "Relief agencies", "the border crossing to be opened"),
])
def test_appeal_for_is_a_request(run, text, speaker, content_words):
    claim = with_cue(run(text), "appealed")
    assert _speaker(claim) == speaker
    assert content_words in claim["content"]["text"]


@pytest.mark.parametrize("text", [
    "The company appealed the verdict to the state Supreme Court.",
    "The plan appealed to younger voters in the suburbs.",
])
def test_court_appeals_and_appealing_ideas_are_no_cues(run, text):
    assert "appealed" not in _cues(run(text))


# -- a verb whose object is its content, with its own subject, inside a report --------------------
@pytest.mark.parametrize("text, cue, content_words", [
    ("The union's leader told reporters that she welcomed the new pay offer but wanted it in writing.",
     "welcomed", "the new pay offer"),
    ("Two board members said they had raised concerns about the audit with the chairman in March.",
     "raised", "concerns about the audit"),
])
def test_object_content_verb_inside_a_report_is_a_claim_too(run, text, cue, content_words):
    claims = run(text)
    claim = with_cue(claims, cue)
    assert content_words in claim["content"]["text"]
    assert any(c["cue"] is not None and c["cue"]["text"] in ("told", "said") for c in claims)


def test_possessor_of_a_participle_is_no_subject_of_a_nested_report(run):
    claims = run("The council leader declared the mayor's proposed budget \u201cdead on arrival\u201d on Monday.")
    assert "proposed" not in _cues(claims)


def test_call_on_a_day_is_no_call_on_someone(run):
    claims = run("\u201cThe inspector called on Thursday,\u201d the landlord said.")
    assert "called" not in _cues(claims)


# -- ``expressed concern that …``: the subject holds the cue noun it expresses ----------------------
@pytest.mark.parametrize("text, cue, speaker", [
    ("Several Senate Republicans have privately expressed concern that the tariffs will raise food prices.",
     "expressed concern", "Senate Republicans"),
    ("The foreign minister expressed hope that the talks would resume before the end of the month.",
     "expressed hope", "The foreign minister"),
])
def test_expressed_noun_cue_belongs_to_the_subject(run, text, cue, speaker):
    claim = with_cue(run(text), cue)
    assert speaker in _speaker(claim)
    assert claim["content"]["text"].startswith("the ")


def test_expressed_interest_without_a_clause_is_no_cue(run):
    assert not _cues(run("Vietnam and Indonesia had both expressed interest in the shipyard deal."))


# -- a document's participle with an object; an estimate put at a figure -------------------------------
def test_participle_of_a_document_with_an_object_reports_it(run):
    text = "Investors shrugged off a Labor Department report showing a sharp rise in jobless claims."
    claim = with_cue(run(text), "showing")
    assert claim["speaker"]["actor_id"] == "us-labor-department"
    assert "a sharp rise in jobless claims" in claim["content"]["text"]


def test_put_a_figure_at_an_amount_is_an_estimate_of_its_subject(run):
    claim = with_cue(run("Local officials put the death toll at 41 on Sunday."), "put")
    assert _speaker(claim) == "Local officials" and "the death toll at 41" in claim["content"]["text"]
    assert claim["modality"]["hedged"]


@pytest.mark.parametrize("text", [
    "The governor put the bill on hold until the spring.",
    "A new state report finally puts numbers on the problem.",
    "The mayor put the cost of the overrun behind her.",
])
def test_put_without_a_figure_at_an_amount_is_no_cue(run, text):
    assert "put" not in _cues(run(text)) and "puts" not in _cues(run(text))


@pytest.mark.parametrize("text", [
    "The bishops called for three days of prayer after the floods.",
    "Opposition parties called for a week of talks before any vote on the budget.",
])
def test_call_for_days_of_something_is_still_a_call(run, text):
    assert "called" in _cues(run(text))


# -- figures of a document: ``a later poll put X ahead``, ``the poll gave X an edge`` ---------------
@pytest.mark.parametrize("text, cue, content", [
    ("A later survey by the same firm put the senator ahead by three points.", "put", "the senator ahead by three points"),
    ("The mayor cited 12,000 new jobs, a figure that the city's own payroll records put closer to 7,000.", "put",
     "closer to 7,000"),
    ("An earlier poll by Ipsos had given the challenger a narrow lead of 51 percent.", "given",
     "the challenger a narrow lead of 51 percent"),
])
def test_a_document_placing_a_figure_is_a_cue(run, text, cue, content):
    claim = with_cue(run(text), cue)
    assert content in claim["content"]["text"]


@pytest.mark.parametrize("text", [
    "The coach put the rookie ahead of the veteran on the depth chart.",
    "Her parents gave the family a lead on the new house.",
    "The late goal gave the visitors the lead.",
])
def test_a_person_or_event_placing_someone_is_no_cue(run, text):
    assert not _cues(run(text)) & {"put", "gave"}


# -- reckon, order, flag --------------------------------------------------------------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The Resolution Foundation reckons the policy could cost households £300 a year.", "reckons",
     "The Resolution Foundation", "the policy could cost households £300 a year"),
    ("The watchdog ordered the bank to halt new mortgage lending until further notice.", "ordered", "The watchdog",
     "the bank to halt new mortgage lending until further notice"),
    ("A 2019 review by the city's inspector general flagged a pattern of overtime abuse in the parks department.",
     "flagged", None, "a pattern of overtime abuse in the parks department"),
])
def test_reckon_order_and_flag_are_cues(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert speaker is None or _speaker(claim) == speaker
    assert claim["content"]["text"] == content


@pytest.mark.parametrize("text", [
    "The company will have to reckon with a stronger rival.",
    "The airline ordered 40 new jets from Airbus last year.",
    "A judge ordered an inquiry into the deaths.",
    "A police officer flagged down a passing taxi.",
])
def test_reckon_order_and_flag_of_other_senses_are_no_cues(run, text):
    assert not _cues(run(text))


def test_an_inspection_is_a_document_that_finds(run):
    claim = with_cue(run("A routine inspection of the plant found that two valves were leaking."), "found")
    assert _speaker(claim) == "A routine inspection of the plant"
    assert claim["content"]["text"] == "two valves were leaking"


# -- estimates: calculate, reckon -------------------------------------------------------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The bank's economists calculate that the merger would save $2 billion a year.",
     "calculate", "The bank's economists", "the merger would save $2 billion a year"),
    ("Officials reckon it is too early to tell.", "reckon", "Officials", "it is too early to tell"),
])
def test_calculate_and_reckon_report_an_estimate(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert _speaker(claim) == speaker and claim["content"]["text"] == content


def test_calculate_without_a_clause_is_no_cue(run):
    assert "calculated" not in _cues(run("The engineers calculated the load on each beam before the test."))


# -- senses that state nothing: think about, a vow to defend, the outlet's correction ----------------
@pytest.mark.parametrize("text, cue", [
    ("I still think about the flood that took our barn.", "think"),
    # think of: an association or an opinion with no proposition (round 44)
    ("In the interview she explains what she thinks of the opposition's housing slogans.", "thinks"),
    ("Shoppers hear the word tariff and think of empty shelves.", "think"),
    ('"We will defend every inch of this coast," the admiral said.', "defend"),
    ("The party will defend its record at Tuesday's debate, aides said.", "defend"),
    ("This report has been corrected to show that the vote took place in 2019, not 2018.", "show"),
])
def test_think_about_vows_to_defend_and_corrections_are_no_cues(run, text, cue):
    assert cue not in _cues(run(text))


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("I think about it often, and I think the board was wrong.", "think", "I", "the board was wrong"),
    ("When I think of the harbour, I think the council was wrong.", "think", "I", "the council was wrong"),
    ("The mayor defended the plan as overdue.", "defended", "The mayor", "the plan as overdue"),
    ("Court records show that the firm paid the fine in March.", "show", "Court records",
     "the firm paid the fine in March"),
])
def test_think_defend_and_show_in_their_reporting_sense_are_cues(run, text, cue, speaker, content):
    claim = next(c for c in run(text) if c["cue"] is not None and c["cue"]["text"] == cue
                 and c["content"] and c["content"]["text"] == content)
    assert _speaker(claim) == speaker


# -- a negated report states nothing (no gold of the dev sets annotates one; hedges stay) -----------
@pytest.mark.parametrize("text, cue", [
    ('"The board did not say the contract was void," the union\'s lawyer said.', "say"),
    ("The senator never said the levy would rise.", "said"),
    ("The agency would neither confirm nor deny that the probe had widened.", "deny"),
])
def test_negated_reports_are_no_cues(run, text, cue):
    assert cue not in _cues(run(text))


def test_a_negated_belief_is_still_a_cue(run):
    claim = with_cue(run("The governor does not believe the tax cut pays for itself."), "believe")
    assert claim["modality"]["negated"] is True


# -- a cue nobody holds (claim_holders): a negative quantifier, a generic group's wish, an event
# as the subject of a verb of evidence, a reciprocal object, a quote's imperative ------------------
@pytest.mark.parametrize("text, cue", [
    ('"Nobody wants a recount in December," the clerk said.', "wants"),
    ("The envoy said no one believed the ceasefire would hold past Easter.", "believed"),
    ("The analyst said neither party wanted another snap election.", "wanted"),
    ('"Farmers want cheaper diesel, not speeches," the minister said.', "want"),
    ('"We will not bargain with landlords who want to evict tenants in winter," the mayor said.', "want"),
    ('"Every mayor I meet wants more buses," he said.', "wants"),
    ("\u201cA cut now would push the peso past 20, and that is a line the regulators do not want to "
     "cross,\u201d Ortiz said.", "want"),
    ("\u201cYou took money from the developers who wanted to pave the wetlands,\u201d Marsh said.", "wanted"),
    ("Interview\n\nQ: Will the ferry run?\n\nBRENNAN: What I hear at the docks is that commuters want "
     "the ferry back.\n\nQ: Thank you.\n\nBRENNAN: Thank you.", "want"),
    ("The trader said the merger showed the sector was consolidating.", "showed"),
    ("Economists said the closure of the plant suggested demand had peaked.", "suggested"),
    ('"That tells you how nervous the ministry is," she said.', "tells"),
    ("The two rivals were barely acknowledging one another at the gala.", "acknowledging"),
    ('"Ask them why the bridge is still shut," the resident said.', "Ask"),
    ("It was a pact between two cities that believe in cheap transit.", "believe"),
    ('"If he thinks the audit is wrong, he can explain it," the auditor said.', "explain"),
])
def test_cues_nobody_holds_are_no_cues(run, text, cue):
    assert cue not in _cues(run(text))


@pytest.mark.parametrize("text, cue, speaker", [
    ("None of the five engineers said the bridge was unsafe.", "said", "None of the five engineers"),
    ("The governor wants lawmakers to pass the budget by June.", "wants", "The governor"),
    ("Both unions want the contract put to a vote before the strike deadline.", "want", "Both unions"),
    ("Commuters want the county to reopen the ferry line.", "want", "Commuters"),
    ("The regulators do not want to cross that line, Ortiz said.", "want", "The regulators"),
    ("\u201cI want the ballots counted again,\u201d Marsh said.", "want", "Marsh"),
    ("A survey of 800 renters showed that rents had risen 12 percent.", "showed", "A survey of 800 renters"),
    ("Several engineers suggested that the tunnel be closed for a week.", "suggested", "Several engineers"),
    ("The commissioner explained that the fund had run dry in March.", "explained", "The commissioner"),
    ("The mayor believes the tram will be finished by spring.", "believes", "The mayor"),
    ("The two leaders accused each other of lying about the border.", "accused", "The two leaders"),
])
def test_near_misses_with_a_holder_stay_cues(run, text, cue, speaker):
    assert _speaker(with_cue(run(text), cue)) == speaker


# -- a legal instrument asks, tells or urges nothing (no_instrument_subject, round 44) ------------
@pytest.mark.parametrize("text, cue", [
    ("The ordinance tells landlords to register every rental unit by March.", "tells"),
    ("The bill asks the statistics office to publish a broader jobless measure next year.", "asks"),
    ("Privacy groups have challenged tower-dump warrants that ask carriers to hand over every "
     "phone near a crime scene.", "ask"),
    ("The old rules pushed councils to cut road budgets whenever money got tight.", "pushed"),
])
def test_a_law_or_rule_as_subject_of_a_request_is_no_cue(run, text, cue):
    assert cue not in _cues(run(text))


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Bill Hagan asked the board to reconsider the fare rise.", "asked", "Bill Hagan",
     "the board to reconsider the fare rise"),
    ("The county's letter asked residents to cut water use by a fifth.", "asked", "The county",
     "residents to cut water use by a fifth"),
    ("The law says landlords must return deposits within 30 days, the housing minister said.", "says",
     "The law", "landlords must return deposits within 30 days"),
])
def test_a_named_person_a_document_and_the_law_saying_stay_cues(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert _speaker(claim) == speaker and claim["content"]["text"] == content


@pytest.mark.parametrize("text", [
    "The council does not discuss personnel matters, as you know.",
    ("Q: Will you fine the port authority?\n\nMS. VARGA: I'm not going to preview enforcement actions, as you "
     "know. The review is still under way.\n\nQ: When will it end?\n\nMS. VARGA: In June."),
    "As we all know, the reservoir is nearly empty, the mayor said.",
    "Growers fear the end of the fishery as we know it.",
])
def test_an_as_you_know_aside_is_no_cue(run, text):
    assert not _cues(run(text)) & {"know", "knows"}


def test_a_third_party_who_knows_stays_a_cue(run):
    claim = with_cue(run("As Ms. Ortiz knows, the transit fund is empty."), "knows")
    assert _speaker(claim) == "Ms. Ortiz" and claim["content"]["text"] == "the transit fund is empty"


# -- a figure an agency reports, a reminder, a position made clear ----------------------------------
@pytest.mark.parametrize("text, cue, speaker", [
    ("Last quarter, the Federal Reserve reported a drop of 3 percent in factory orders.", "reported", "the Federal Reserve"),
    ("The mayor reminded the council that the levy expires in June.", "reminded", "The mayor"),
    ("The treasurer has been clear that the reserve fund is not for salaries.", "clear", "The treasurer"),
])
def test_reported_figures_reminders_and_clear_positions_are_cues(run, text, cue, speaker):
    assert _speaker(with_cue(run(text), cue)) == speaker


@pytest.mark.parametrize("text, cue", [
    ("The old bridge reminds her of her grandfather.", "reminds"),
    ("It is clear that the tunnel will open late.", "clear"),
    ("The sky over the harbour was clear that morning.", "clear"),
])
def test_reminders_of_a_person_and_an_expletive_clear_are_no_cues(run, text, cue):
    assert cue not in _cues(run(text))


def test_a_first_person_verbatim_marker_is_no_cue(run):
    assert "quote" not in _cues(run('The senator said, and I quote, "the tunnel was a slogan before it was a plan."'))
    claim = with_cue(run('In his speech, the governor quoted that the tunnel "would never leak."'), "quoted")
    assert _speaker(claim) == "the governor"


def test_a_cue_noun_a_verdict_verb_takes_as_object_is_no_cue_of_its_own(run):
    praised = run("Council members on Tuesday praised the plan to rebuild the harbour wall as overdue.")
    assert "plan" not in _cues(praised) and "praised" in _cues(praised)
    assert "plans" in _cues(run("The district is moving ahead with plans to close two schools."))


# -- a body no actor covers holds what it suggests or indicates (rules body_subjects) ---------------
@pytest.mark.parametrize("text, cue, speaker", [
    ("The board indicated it would reject the takeover offer from Carver.", "indicated", "The board"),
    ("The opposition suggested the runoff had been rigged.", "suggested", "The opposition"),
    ("The prosecution suggested that the courier had lied to investigators.", "suggested", "The prosecution"),
])
def test_a_body_subject_of_a_verb_of_evidence_stays_a_holder(run, text, cue, speaker):
    assert _speaker(with_cue(run(text), cue)) == speaker


def test_an_event_subject_of_a_verb_of_evidence_is_still_no_holder(run):
    assert "suggested" not in _cues(run("Brokers said the sale of the mill suggested the region had stalled."))


# -- retorts: shot back, fired back, hit back, snapped ---------------------------------------------
@pytest.mark.parametrize("text, cue, speaker", [
    ("\u201cYou sold the farm to the lobby,\u201d Marsh said.\n\n"
     "\u201cI have never met a lobbyist I trusted,\u201d Tobin shot back.", "shot back", "Tobin"),
    ("\u201cThat number is invented,\u201d the treasurer fired back on Friday.", "fired back", "the treasurer"),
    ("The mayor fired back that the audit had used the wrong year.", "fired back", "The mayor"),
    ("\u201cWe are going nowhere,\u201d Senator Hale hit back.", "hit back", "Senator Hale"),
    ("\u201cNot today,\u201d the coach snapped.", "snapped", "the coach"),
])
def test_a_retort_verb_attributes_its_quotation(run, text, cue, speaker):
    claim = with_cue(run(text), cue)
    assert speaker in _speaker(claim)


@pytest.mark.parametrize("text", [
    "The plant fired 200 workers in March.",
    "He shot a video of the flood.",
    "The campaign fired back within hours.",
    "Kessler snapped a photo of the crowd.",
    "The index hit a record on Monday.",
])
def test_the_same_verbs_in_another_sense_attribute_nothing(run, text):
    assert not _cues(run(text))


# -- quoted X as saying: the outlet quotes, the person says ----------------------------------------
def test_quoted_as_saying_is_two_attributions(run):
    claims = run("The state news agency later quoted Interior Minister Karim Nasser as saying that the "
                 "blast was \"an act of sabotage\".")
    assert "news agency" in _speaker(with_cue(claims, "quoted"))
    saying = with_cue(claims, "saying")
    assert "Karim Nasser" in _speaker(saying)
    assert saying["content"]["text"].startswith("the blast was")


def test_described_as_saying_nothing_is_no_statement_of_the_object(run):
    claims = run("She described the plan as saying nothing new about the deficit.")
    assert "saying" not in _cues(claims)


# -- a newspaper splashing a quoted headline -----------------------------------------------------
@pytest.mark.parametrize("text, cue, speaker", [
    ('The Evening Courier splashed "TOWN HALL IN CHAOS" across page one after the vote.', "splashed",
     "The Evening Courier"),
    ("The Morning Star splashed on Friday with a picture of the minister under the headline 'SHAME'.", "splashed",
     "The Morning Star"),
    ("The Daily Herald splashed on Monday with a story about the mayor's expenses.", "splashed", "The Daily Herald"),
    # a printed claim with its clause as the object (round 40)
    ("The Evening Courier, a city tabloid, splashed claims that the mayor had hidden the audit.", "splashed",
     "The Evening Courier"),
])
def test_splashed_headline_is_a_cue(run, text, cue, speaker):
    assert speaker in _speaker(with_cue(run(text), cue))


@pytest.mark.parametrize("text", [
    "The children splashed water over the dog in the garden.",
    "He splashed out on a new car last spring.",
    "The twins splashed with their cousins under the waterfall all afternoon.",
    "The club splashed out on two new strikers under the old manager last summer.",
    "The toddler splashed paint on the walls of the hallway.",
])
def test_splashed_water_is_no_cue(run, text):
    assert not _cues(run(text))


# -- a bare request with for (round 35) ------------------------------------------------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The association has written to the ministry twice. The association asked for an urgent review of the "
     "quota system.", "asked", "The association", "an urgent review of the quota system"),
    ("The union pressed for a pay rise of 6 percent before the winter.", "pressed", "The union", "a pay rise of 6 percent"),
    ("The chamber asked for a meeting with senior trade officials \"as soon as possible\".", "asked", "The chamber",
     "a meeting with senior trade officials"),
])
def test_a_bare_request_by_a_body_no_actor_covers_names_what_is_asked_for(run, text, cue, speaker, content):
    """``The chamber asked for a meeting …``: a body written as a common noun (word list
    ``body_subjects``) makes a bare request as a person does."""
    claim = with_cue(run(text), cue)
    assert speaker in _speaker(claim)
    assert content in claim["content"]["text"]


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Defense lawyers asked for a sentence of three years.", "asked", "Defense lawyers", "a sentence of three years"),
    ("The petition asks for a public inquiry into the contract.", "asks", "The petition",
     "a public inquiry into the contract"),
    ("Nurses at the clinic asked for assurances that no wards would close.", "asked", "Nurses at the clinic",
     "no wards would close"),
    ("A person close to the talks said Ferreira's aides had pressed for the bridge money.", "pressed",
     "Ferreira", "the bridge money"),
    # a past request the parser joined to a clause under a modal: no part of that clause (round 40)
    ("Farm groups have said for years they would not support any deal that lowered tariffs on imported grain, "
     "and on Monday the farmers, in an open letter to the ministry, asked for the quota rule to be scrapped.",
     "asked", "the farmers", "the quota rule to be scrapped"),
    ("Mayor Luis Ortiz and Treasurer Dana Kline said the Ministry of Finance would cover the shortfall and asked for "
     "\"a clear timetable, not promises\".", "asked", "Luis Ortiz", "a clear timetable"),
])
def test_a_bare_request_names_what_is_asked_for(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert speaker in _speaker(claim)
    assert content in claim["content"]["text"]


@pytest.mark.parametrize("text", [
    "The coach asked for a moment.",                                   # a stretch of time
    "Then they asked for it again.",                                   # a pronoun
    "I think we got most of what we asked for.",                       # no noun
    "If you asked for more staff, you got a lecture.",                 # a condition
    "A clerk said the mayor had asked for a copy of the file.",        # the outer report carries it
    '"We are asking for something simple," the organiser said.',       # the quotation carries it
    "The home team pressed for a winner in the last ten minutes.",     # no one's representatives
    "Union leaders said they would accept the deal and ask for a review in June.",  # shares the modal
])
def test_a_bare_request_without_content_or_inside_a_report_is_no_cue(run, text):
    assert not _cues(run(text)) & {"asked", "asking", "pressed"}


@pytest.mark.parametrize("text, speaker, content", [
    ("Union leader Ray Boyd said his drivers would stop work on Friday, and on Monday the operator said "
     "the talks had broken down.", "Ray Boyd", "his drivers would stop work on Friday"),
    ("Growers have said for months they would not sign the new contract, and last week the buyers "
     "announced a lower price.", "Growers", "they would not sign the new contract"),
])
def test_a_statement_joined_to_a_modal_clause_is_cut_from_the_outer_content(run, text, speaker, content):
    """Review 41, finding 8: a past verb the parser joined to a reported clause under a modal
    (``would stop …, and on Monday the operator said …``) is no part of what the outer speaker
    says: the outer content ends before its conjunction."""
    claim = with_cue(run(text), "said")
    assert speaker in _speaker(claim)
    assert claim["content"]["text"] == content


@pytest.mark.parametrize("text, content", [
    ('A spokesman, Dale Ortiz, said the utility would "work closely with regulators" and that its lines were '
     '"safe and well maintained."',
     'the utility would "work closely with regulators" and that its lines were "safe and well maintained."'),
    ("The premier's office said it would honour the vote and looked forward to meeting the new council.",
     "it would honour the vote and looked forward to meeting the new council"),
])
def test_a_second_clause_of_the_speaker_joined_to_a_modal_clause_stays_in_the_content(run, text, content):
    """Near misses: ``said … would … and that …`` (a second reported clause) and a past verb
    without a subject of its own go on with the speaker's words."""
    assert with_cue(run(text), "said")["content"]["text"] == content


@pytest.mark.parametrize("text, content", [
    ("The airline said it would resume flights to the island on Friday and its first plane landed there "
     "on Sunday.", "it would resume flights to the island on Friday and its first plane landed there on Sunday"),
    ("The health ministry said the vaccine would be available to all adults next month and two million "
     "doses arrived last week.",
     "the vaccine would be available to all adults next month and two million doses arrived last week"),
])
def test_a_reported_fact_joined_to_a_modal_clause_stays_in_the_content(run, text, content):
    """Review 42, finding 2: a past verb that reports nothing (``and its first plane landed …``) is
    a fact the speaker reports beside the forecast, not a statement of its own: the content goes on."""
    assert with_cue(run(text), "said")["content"]["text"] == content


# -- a quotation inside a quotation ends at its own closing mark (round 42) -------------------------
@pytest.mark.parametrize("text, content", [
    ("\u201cMy father told me years ago, \u2018Whatever you earn, the landlord will find a way to take it,\u2019 "
     "and he was right,\u201d said Omar Haddad, a tenant organizer.",
     "Whatever you earn, the landlord will find a way to take it"),
    ("\u201cOur coach told us before the final, \u2018Whatever the score is at half-time, the fans will remember "
     "how we fought,\u2019 and he was right,\u201d the captain said.",
     "Whatever the score is at half-time, the fans will remember how we fought"),
])
def test_a_quoted_content_ends_at_its_closing_mark(run, text, content):
    """Found in the round-42 merge (the review fix of ``modal_stray`` had cut such a content only
    by accident): ``told us, \u2018\u2026,\u2019 and he was right`` says the quotation, not the speaker's
    comment after it that the parser hung on the quotation."""
    claim = with_cue(run(text), "told")
    assert claim["content"]["text"] == content
    assert claim["content"]["text"] == text[claim["content"]["start"]:claim["content"]["end"]]


@pytest.mark.parametrize("text, cue, content", [
    ('She told reporters, "The plant will stay open," and that no jobs would be cut this year.', "told",
     'The plant will stay open," and that no jobs would be cut this year'),
    ('He said "we are not going anywhere," and that the team would appeal the ruling.', "said",
     'we are not going anywhere," and that the team would appeal the ruling'),
])
def test_a_reported_clause_joined_after_the_quotation_stays_in_the_content(run, text, cue, content):
    """Review 43, finding 4: ``and that …`` after the closing mark is a second clause the speaker
    reports, a conjunct of the content's head, not a comment hung on the quotation."""
    claim = with_cue(run(text), cue)
    assert claim["content"]["text"] == content
    assert claim["content"]["text"] == text[claim["content"]["start"]:claim["content"]["end"]]


@pytest.mark.parametrize("text, content", [
    ('Ms. Ortega said "frankly," the county had no plan for the flooding.',
     'the county had no plan for the flooding'),
    ('The coach said "honestly," the team had played badly all season.', 'the team had played badly all season'),
])
def test_a_quoted_word_before_the_clause_keeps_the_content_whole(run, text, content):
    """Review 42b, finding 2: a quotation with no verb that opens the content is a quoted word of the
    clause, so the content goes on past its closing mark."""
    assert content in with_cue(run(text), "said")["content"]["text"]


# -- a message after a colon that closes the object phrase of text/email ---------------------------
@pytest.mark.parametrize("text, cue, speaker, content", [
    ('At 9:40 a.m., Senator Rhea Dalton texted a lobbyist for the nurses union: "Bill is done. Call your '
     'members."', "texted", "Rhea Dalton", "Bill is done. Call your members"),
    ("Across the hall, a Kessler aide emailed a reporter a one-line reply: \u201cStand down.\u201d", "emailed",
     "a Kessler aide", "Stand down"),
])
def test_colon_quotation_after_the_object_is_the_message(run, text, cue, speaker, content):
    claim = with_cue(run(text), cue)
    assert speaker in _speaker(claim)
    assert content in claim["content"]["text"]


def test_colon_after_a_phrase_outside_the_object_is_no_message(run):
    claims = run('The clerk emailed the files to the county on Monday: "see attached" was all it said.')
    assert "emailed" not in _cues(claims)


# -- an opinion stated (round 36) ------------------------------------------------------------------
@pytest.mark.parametrize("text, speaker, content", [
    ("The party's treasurer, who also sits on the zoning board, opined that the levy should be put to "
     "a referendum.", "The party's treasurer", "the levy should be put to a referendum"),
])
def test_opined_with_a_clause_is_a_hedged_cue(run, text, speaker, content):
    opined = with_cue(run(text), "opined")
    assert speaker in _speaker(opined)
    assert opined["content"]["text"] == content
    assert opined["modality"]["hedged"] is True


def test_opined_without_a_clause_is_no_cue(run):  # near miss: an opinion on a topic, no statement
    assert "opined" not in _cues(run("The judge opined at length on the history of the statute."))
