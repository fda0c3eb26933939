"""Transcript turns and headline colons (``pipeline/components/claim_turns.py``, issue 11).

Every article here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import json

import pytest

from conftest import labelled_turns
from pipeline.components.claim_rules import RULES_DIR
from pipeline.components.claim_turn_rules import TURNS_FILE, load_turn_rules
from pipeline.ruledata import RuleError


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _turns(claims: list[dict]) -> list[dict]:
    """The turn statements (cue: the colon of a label), in text order."""
    return [c for c in claims if c["cue"] and c["cue"]["text"] in (":", ".")
            and (c["cue"]["origin"] or "").startswith("rule:colon-turn")]


def _transcript(turns: list[dict]) -> list[dict]:
    """The transcript turns (no headline colons) of ``turns_of``, in text order."""
    return [t for t in turns if t["kind"] in ("question", "answer", "name")]


def _with_cue(claims: list[dict], cue: str) -> dict:
    found = [c for c in claims if c["cue"] and c["cue"]["text"] == cue]
    assert found, [(c["text"], c["cue"]) for c in claims]
    return found[0]


MAGAZINE = (
    "THE CONVERSATION\n\n"
    "Castellanos: ‘The river is not a sewer’\n\n"
    "Interview by Nora Kaplan\n\n"
    "Gov. Miriam Castellanos has spent two years fighting the paper mills upstream of Port Alder. "
    "Castellanos, a former prosecutor, says the fight is far from over. "
    "We met at the statehouse on a rainy morning.\n\n"
    "Q: Why did you sue the mills instead of negotiating?\n\n"
    "A: We negotiated for eleven months. I believe the mills never meant to settle. "
    "Senator Paul Ridge wants me to drop the case, and he says the jobs are at risk.\n\n"
    "Q: You said in March that the state would win. Do you still think so?\n\n"
    "A: Yes. Our lawyers expect a ruling before the summer.\n\n"
    "And I hope the court orders a cleanup, because the families downstream have waited long enough.\n\n"
    "Q: What comes after the lawsuit?\n\n"
    "A: A new permit system, and a lot of sleep.\n\n"
    "The conversation was edited for length. Castellanos declined to discuss the governor's race."
)


def test_question_turn_of_a_credited_interview_is_the_interviewer(turns_of):
    questions = [t for t in turns_of(MAGAZINE) if t["kind"] == "question"]
    assert len(questions) == 3
    assert all(t["speaker"]["text"] == "Nora Kaplan" and t["speaker"]["via"]["text"] == "Q" for t in questions)
    assert questions[0]["text"] == "Why did you sue the mills instead of negotiating?"


def test_answer_turn_is_the_interviewee_by_her_fullest_name(run):
    answers = [t for t in _turns(run(MAGAZINE)) if t["speaker"].get("via", {}).get("text") == "A"]
    assert len(answers) == 3
    assert all(t["speaker"]["text"].endswith("Miriam Castellanos") for t in answers)
    assert all(t["speaker"]["actor_id"] for t in answers)
    assert answers[0]["content"]["text"].startswith("We negotiated for eleven months.")


def test_i_inside_an_answer_is_the_interviewee_never_a_name_in_the_answer(run):
    claims = run(MAGAZINE)
    believe = _with_cue(claims, "believe")
    assert believe["speaker"]["text"].endswith("Miriam Castellanos")
    assert believe["speaker"]["via"]["text"] == "I"
    answer = next(t for t in _turns(claims) if t["content"]["text"].startswith("We negotiated"))
    assert "Ridge" not in answer["speaker"]["text"]


def test_you_in_a_question_turn_is_the_one_who_answers(run):
    said = _with_cue(run(MAGAZINE), "said")
    assert said["speaker"]["text"].endswith("Miriam Castellanos")
    assert said["speaker"]["via"]["text"] == "You"


def test_an_answer_over_two_paragraphs_continues_its_speaker(run):
    claims = run(MAGAZINE)
    answer = next(t for t in _turns(claims) if t["content"]["text"].startswith("Yes. Our lawyers"))
    assert answer["content"]["text"].endswith("waited long enough.")
    assert len(answer["content"]["fragments"]) == 2
    hope = _with_cue(claims, "hope")
    assert hope["speaker"]["text"].endswith("Miriam Castellanos") and hope["speaker"]["via"]["text"] == "I"


def test_narration_after_the_last_answer_is_no_turn(run):
    last = _turns(run(MAGAZINE))[-1]
    assert last["content"]["text"] == "A new permit system, and a lot of sleep."


def test_headline_colon_names_the_interviewee(run):
    claim = next(c for c in run(MAGAZINE) if c["cue"] and c["cue"]["origin"] == "rule:colon-headline")
    assert claim["speaker"]["text"].endswith("Miriam Castellanos")
    assert claim["content"]["text"] == "The river is not a sewer"


BRIEFING = (
    "Treasury defends bond sale\n\n"
    "WASHINGTON — State Department spokesman Daniel Okafor and Treasury spokeswoman Lydia Marchetti "
    "took questions on Thursday. Excerpts:\n\n"
    "QUESTION: Has the embassy in Lagos reopened?\n\n"
    "MR. OKAFOR: It reopened this morning. I expect full staffing by Monday.\n\n"
    "QUESTION (to the Treasury): Will the bond sale go ahead?\n\n"
    "MS. MARCHETTI, Treasury spokeswoman: It will. The secretary signed the order last night.\n\n"
    "QUESTION: And the sanctions?\n\n"
    "MR. OKAFOR: We are reviewing them."
)


def test_briefing_labels_resolve_to_the_people_introduced_earlier(turns_of):
    turns = _transcript(turns_of(BRIEFING))
    speakers = [(t["speaker"]["text"].split()[-2:], t["speaker"].get("via", {}).get("text")) for t in turns]
    assert speakers[1] == (["Daniel", "Okafor"], "MR. OKAFOR")
    assert speakers[3] == (["Lydia", "Marchetti"], "MS. MARCHETTI")
    assert speakers[5] == (["Daniel", "Okafor"], "MR. OKAFOR")
    assert turns[1]["speaker"]["actor_id"] == turns[5]["speaker"]["actor_id"] is not None


def test_briefing_questions_keep_their_label_when_no_interviewer_is_named(turns_of):
    questions = [t for t in turns_of(BRIEFING) if t["kind"] == "question"]
    assert len(questions) == 3 and all(t["speaker"]["text"] == "QUESTION" for t in questions)
    assert all("mention_id" not in t["speaker"] for t in questions)
    assert questions[1]["text"] == "Will the bond sale go ahead?"


def test_i_and_we_in_a_briefing_turn_are_its_speaker(run):
    expect = _with_cue(run(BRIEFING), "expect")
    assert expect["speaker"]["text"].endswith("Daniel Okafor") and expect["speaker"]["via"]["text"] == "I"


def test_a_label_of_titles_is_the_person_with_that_title(run):
    text = ("President Ana Duarte met reporters after the summit in Lisbon. A partial transcript:\n\n"
            "Q: Is the trade deal finished?\n\n"
            "THE PRESIDENT: Not yet. The ministers will meet again in June.\n\n"
            "Q: And the fishing quotas?\n\n"
            "THE PRESIDENT: They are the last open question.")
    turns = [t for t in _turns(run(text)) if t["speaker"].get("via", {}).get("text") == "THE PRESIDENT"]
    assert len(turns) == 2 and all(t["speaker"]["text"].endswith("Ana Duarte") for t in turns)


def test_q_and_a_with_periods_and_the_only_person_named_before(turns_of):
    text = ("Ferry fares\n\nBy Colm Reddy\n\n"
            "Harbour commissioner Ruth Keller spoke to The Courier about the new ferry fares.\n\n"
            "Q. Why are fares rising in April?\n\n"
            "A. Fuel costs doubled last year, and the city cut our subsidy.\n\n"
            "Q. Will students pay more?\n\n"
            "A. No. Student passes stay at twelve euros.")
    turns = _transcript(turns_of(text))
    assert [(t["kind"], t["mark"]) for t in turns] == [("question", "."), ("answer", ".")] * 2
    assert turns[0]["speaker"]["text"] == "Colm Reddy"  # the paper's own interview: the byline asks
    assert turns[1]["speaker"]["text"].endswith("Ruth Keller") and turns[3]["speaker"]["via"]["text"] == "A"


@pytest.mark.parametrize("text", [
    "Note: The figures were revised on Tuesday after an audit by the comptroller.",
    "Related: Comptroller Ruth Adeyemi warns of a deficit in the transit fund.",
    "The council meets at 10:30 on Friday, the clerk said.",
    "The plan has three parts: a tax cut, a rebate for renters and a freeze on fees.",
    ("Monday: The council votes on the transit budget.\n\nTuesday: Residents speak about the libraries.\n\n"
     "Wednesday: The mayor presents the housing plan."),
    ("Pros: The battery lasts two days.\n\nCons: The screen scratches easily.\n\n"
     "Verdict: A solid phone for the price."),
])
def test_colons_that_are_no_turns_give_nothing(run, text):
    assert not [c for c in run(text) if c["cue"] and c["cue"]["text"] == ":"]


def test_one_labelled_paragraph_is_no_transcript(run):
    text = ("The budget office released its forecast on Monday.\n\n"
            "Ridgeway: A city of contrasts, where old mills stand beside new labs.")
    assert not [c for c in run(text) if c["cue"] and (c["cue"]["origin"] or "").startswith("rule:colon-turn")]


def test_headline_colon_of_a_place_is_no_statement(run):
    text = ("Gaza: Ceasefire talks resume in Cairo\n\n"
            "CAIRO — Negotiators returned to Cairo on Sunday, two officials said.")
    assert not [c for c in run(text) if c["cue"] and c["cue"]["text"] == ":"]


def test_headline_colon_resolves_a_surname_to_the_person_in_the_body(run):
    text = ("Whitcombe: levy plan ‘dead on arrival’\n\n"
            "Councilwoman Harriet Whitcombe said on Tuesday that the council would reject the levy.")
    claim = next(c for c in run(text) if c["cue"] and c["cue"]["text"] == ":")
    assert claim["speaker"]["text"].endswith("Harriet Whitcombe")
    assert claim["speaker"]["via"]["text"] == "Whitcombe"
    assert claim["content"]["text"] == "levy plan ‘dead on arrival’"


# -- transcripts as newspapers print them ------------------------------------------------------------
LINES_QA = (
    "Whitlock on the farm bill\n\n"
    "By Carla Mendes\n\n"
    "The Courier spoke with Sen. Dana Whitlock on Tuesday about the farm bill. "
    "The conversation has been edited for length.\n"
    "Q: Will the bill pass before the August recess?\n"
    "A: I think it will, but only if the House drops the food stamp cuts.\n"
    "Q: Farm groups say the subsidies are too small. Do they have a point?\n"
    "A: They do. Fertilizer prices have doubled since 2020."
)


def test_turns_on_single_lines_are_found_one_per_line(turns_of):
    turns = _transcript(turns_of(LINES_QA))
    assert [t["text"] for t in turns] == [
        "Will the bill pass before the August recess?",
        "I think it will, but only if the House drops the food stamp cuts.",
        "Farm groups say the subsidies are too small. Do they have a point?",
        "They do. Fertilizer prices have doubled since 2020."]
    answers = [t for t in turns if t["kind"] == "answer" and t["speaker"]["via"]["text"] == "A"]
    assert [a["speaker"]["text"] for a in answers] == ["Sen. Dana Whitlock"] * 2
    questions = [t for t in turns if t["kind"] == "question" and t["speaker"]["via"]["text"] == "Q"]
    assert [q["speaker"]["text"] for q in questions] == ["Carla Mendes"] * 2  # the article's own interview


BRIEFING_CRLF = (
    "City Hall briefing\r\n\r\n"
    "GOV. REYES:\u00a0Good afternoon. We have a lot to cover.\r\n"
    "REPORTER:  Governor, will you veto the bill?\r\n"
    "GOV. REYES:  I will veto any bill that cuts school funding.\r\n"
    "MS. OKAFOR: The governor has been clear on this.\r\n"
    "REPORTER: Is there room for compromise?\r\n"
    "GOV. REYES: There is always room to talk."
)


def test_capital_labels_with_titles_crlf_and_wide_spaces(run, turns_of):
    turns = _transcript(turns_of(BRIEFING_CRLF))
    assert [(t["speaker"].get("via", t["speaker"])["text"], t["text"]) for t in turns] == [
        ("GOV. REYES", "Good afternoon. We have a lot to cover."),
        ("REPORTER", "Governor, will you veto the bill?"),
        ("GOV. REYES", "I will veto any bill that cuts school funding."),
        ("MS. OKAFOR", "The governor has been clear on this."),
        ("REPORTER", "Is there room for compromise?"),
        ("GOV. REYES", "There is always room to talk.")]
    assert all("\r" not in t["text"] for t in turns + _turns(run(BRIEFING_CRLF)))


def test_full_names_with_titles_as_labels(run):
    text = ("Hearing excerpt\n\n"
            "The following is an excerpt from Thursday's hearing of the Senate Judiciary Committee.\n\n"
            "Sen. Ruth Calloway:  Director, how many analysts work on the task force today?\n"
            "Director Owen Pratt:  About ninety, senator.\n"
            "Sen. Ruth Calloway:  That is half what you had two years ago.\n"
            "Director Owen Pratt:  We have asked for more money in every budget since.")
    turns = _turns(run(text))
    assert [t["speaker"].get("via", t["speaker"])["text"] for t in turns] == [
        "Sen. Ruth Calloway", "Director Owen Pratt", "Sen. Ruth Calloway", "Director Owen Pratt"]
    assert turns[1]["content"]["text"] == "About ninety, senator."


@pytest.mark.parametrize("label", ["INTERVIEWER", "MODERATOR"])
def test_interviewer_and_moderator_labels_ask_questions(turns_of, label):
    text = ("Six questions for the new port director\n\n"
            "Port director Ilse Baranova sat down with the Gazette this week. The interview has been edited.\n\n"
            f"{label}: What will change first at the terminal?\n\n"
            "BARANOVA: The night shifts. We lose too many containers between midnight and six.\n\n"
            f"{label}: Will the expansion go ahead?\n\n"
            "BARANOVA: Not before the dredging permit is granted.")
    turns = _transcript(turns_of(text))
    asked = [t for t in turns if t["speaker"].get("via", t["speaker"])["text"] == label]
    assert len(asked) == 2 and all(t["kind"] == "question" and t["rule"] == "colon-turn-question" for t in asked)
    answers = [t for t in turns if t not in asked]
    assert len(answers) == 2 and all(a["speaker"]["text"].endswith("Ilse Baranova") for a in answers)


@pytest.mark.parametrize("asker", ["GAZETTE", "HOLLIS"])
def test_outlet_or_reporter_label_is_the_interviewer(turns_of, asker):
    text = ("Six questions for the new port director\n\n"
            "By Mark Hollis\n\n"
            "Port director Ilse Baranova sat down with the Gazette this week. The interview has been edited.\n"
            f"{asker}: What will change first at the terminal?\n"
            "BARANOVA: The night shifts.\n"
            f"{asker}: Will the expansion go ahead?\n"
            "BARANOVA: Not before the dredging permit is granted.")
    turns = _transcript(turns_of(text))
    asked = [t for t in turns if t["speaker"].get("via", {}).get("text") == asker]
    assert len(asked) == 2 and {t["speaker"]["text"] for t in asked} == {"Mark Hollis"}
    assert all(t["kind"] == "question" for t in asked)
    answers = [t for t in turns if t not in asked]
    assert len(answers) == 2 and all(a["speaker"]["text"].endswith("Ilse Baranova") for a in answers)


def test_labelled_housekeeping_lines_make_no_turns(run):
    text = ("Budget: what's in it\n\n"
            "WASHINGTON: The Senate approved the spending bill on Tuesday by a vote of 61 to 38.\n"
            "Note: This story has been updated with the final vote count.\n"
            "Updated: 5:30 p.m.\n"
            "Correction: An earlier version misstated the size of the bill.\n"
            "Photo: Senators leave the chamber after the vote.")
    assert not [c for c in run(text) if c["cue"] and c["cue"]["text"] == ":"]


# -- rule data ---------------------------------------------------------------------------------------
def test_shipped_turn_rules_load():
    rules = load_turn_rules(RULES_DIR / TURNS_FILE)
    assert {r.turn for r in rules.labels} == {"question", "answer", "name"}
    assert "note" in rules.not_names and "mr" in rules.honorifics


@pytest.mark.parametrize("row, message", [
    ({"id": "x", "kind": "speech"}, "kind"),
    ({"id": "x", "kind": "label", "turn": "answer", "pattern": "^(?P<name>A):"}, "groups"),
    ({"id": "x", "kind": "label", "turn": "reply", "pattern": "^(?P<label>(?P<name>A))(?P<colon>:)"}, "turn"),
    ({"id": "x", "kind": "honorifics"}, "words"),
])
def test_bad_turn_rules_are_named(tmp_path, row, message):
    path = tmp_path / TURNS_FILE
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(RuleError, match=message):
        load_turn_rules(path)


# -- a headline title names the person the body gives that title (issue 11) -------------------------
EARNINGS = (
    "Harbor Robotics CEO: \"We built for a boom that did not come\"\n\n"
    "Robot maker cuts 900 jobs; Lindmark CEO says orders will recover\n\n"
    "By Staff Writer\n\n"
    "\"We built for a boom that did not come,\" Chief Executive Anna Lofgren told analysts on a call on Tuesday.\n\n"
    "Jonas Berglund, Lindmark's chief executive, said in an interview that orders would recover next year.\n\n"
    "Anna Lofgren, chief executive of Harbor Robotics, at the company headquarters in Malmo. "
    "(Photo: Erik Sand/Northgate)\n"
)


def test_headline_colon_after_a_title_is_the_person_holding_it(run):
    claim = _with_cue(run(EARNINGS), ":")
    assert claim["speaker"]["actor_id"] == "anna-lofgren"
    assert claim["speaker"]["via"]["text"] == "Harbor Robotics CEO"



TAGGED = (
    "Chilean lithium miner weighs $2 bln bid for Argentine rival - sources\n\n"
    "SANTIAGO, April 9 (Wire) - A Chilean lithium producer is weighing a bid for an Argentine rival, "
    "two people familiar with the matter said on Wednesday.\n"
)


def test_a_wire_tag_attributes_its_headline_to_the_sources_it_names(run):
    claims = run(TAGGED)
    tagged = _with_cue(claims, "-")
    assert tagged["speaker"]["text"] == "sources" and tagged["cue"]["origin"] == "rule:headline-wire-tag"
    assert tagged["content"]["text"] == "Chilean lithium miner weighs $2 bln bid for Argentine rival"


def test_a_wire_tag_with_its_verb_gives_the_verb_as_cue(run):
    claims = run("Italy to raise defence spending next year -officials say\n\n"
                 "ROME, June 3 (Wire) - Italy will raise defence spending next year, officials said.\n")
    tagged = _with_cue(claims, "say")
    assert tagged["speaker"]["text"] == "officials"
    assert tagged["text"] == tagged["content"]["text"] == "Italy to raise defence spending next year"


def test_a_report_in_a_tagged_headline_ends_before_the_tag(run):
    claims = run("Carmaker plans to cut 3,000 jobs in Germany - report\n\n"
                 "BERLIN, May 2 (Wire) - The carmaker plans to cut about 3,000 jobs, a newspaper reported.\n")
    assert _with_cue(claims, "-")["speaker"]["text"] == "report"
    plans = _with_cue(claims, "plans")
    assert plans["content"]["text"] == "to cut 3,000 jobs in Germany"


@pytest.mark.parametrize("headline", [
    "Rates on hold as inflation cools - analysis of the data",
    "Storm batters coast - in pictures",
])
def test_a_dash_before_words_that_name_no_source_is_no_tag(run, headline):
    claims = run(headline + "\n\nThe storm hit the coast on Monday, the weather service said.\n")
    assert not [c for c in claims if c["cue"] and c["cue"]["text"] == "-"]


def test_a_speaker_label_is_not_the_subject_of_the_question_after_it(run):
    text = ("Premier Ian Doyle on the new formula\n\nInterview by Jane Roe\n\nMaclean’s: What was your first "
            "reaction?\n\nDoyle: I laughed.\n\nMaclean’s: Federal officials say the old formula overpaid the "
            "smaller provinces. Is there anything to that?\n\nDoyle: No.")
    assert _with_cue(run(text), "say")["speaker"]["text"] == "Federal officials"


DIGEST = (
    "Harbour mayor on the budget\n\n"
    "Mayor Lena Brandt has run Port Alder since 2022. Brandt spoke with the Courier in her office.\n\n"
    "Courier: Provincial auditors say the city paid too much for the ferry. Is that fair?\n\n"
    "Brandt: No. The port authority, which runs the terminal, signed every invoice.\n\n"
    "Courier: The opposition leader, Tom Haldane, told council last week that the books are a mess.\n\n"
    "Brandt: Tom says that about every budget. Our treasurer is confident the accounts will balance, "
    "and I hope they do.\n\n"
    "Courier: Last question. Will you run again?\n\n"
    "Brandt: Ask me in the spring."
)


def test_a_subject_written_in_a_turn_speaks_its_cue_not_the_label(run):
    """``Courier: Provincial auditors say …``: the label the parser read as a second subject is
    no word of the clause; the subject after the colon speaks."""
    claims = run(DIGEST)
    say = _with_cue(claims, "say")
    assert say["speaker"]["text"] == "Provincial auditors"
    told = _with_cue(claims, "told")
    assert "Haldane" in told["speaker"]["text"]


def test_a_report_inside_an_answer_keeps_its_own_subject(run):
    """``Brandt: … Our treasurer is confident the accounts will balance, and I hope they do``:
    the treasurer's belief is the treasurer's, the elided ``they do`` is the interviewee's hope."""
    claims = run(DIGEST)
    confident = _with_cue(claims, "confident")
    assert confident["speaker"]["text"] == "Our treasurer"
    hope = _with_cue(claims, "hope")
    assert hope["speaker"]["text"].endswith("Lena Brandt") and hope["content"]["text"] == "they do"


def test_a_short_turn_is_a_statement_all_the_same(run, turns_of):
    """``Courier: Which ones?``: a turn of two words is no fragment; it is a turn of its own, and a
    short answer (``Brandt: Not yet.``) is the turn's statement."""
    text = DIGEST.replace("Courier: Last question. Will you run again?", "Courier: Which ones?").replace(
        "Brandt: Ask me in the spring.", "Brandt: Not yet.")
    assert any(t["text"] == "Which ones?" and t["kind"] == "question" for t in turns_of(text))
    answer = next(t for t in _turns(run(text)) if t["content"]["text"] == "Not yet.")
    assert answer["speaker"]["text"].endswith("Lena Brandt")


TV_TRANSCRIPT = (
    "SUNDAY REPORT\n\n"
    "\"We will not raise fares\": Gov. Marlow on buses, the budget and 2028\n\n"
    "Transcript: Ohio Gov. Dana Marlow, May 3, 2026\n\n"
    "ERIN COLE, HOST: Joining me now from Columbus is the governor of Ohio, Dana Marlow. Welcome.\n\n"
    "GOV. DANA MARLOW (D-OH): Thanks for having me, Erin.\n\n"
    "COLE: Will the buses run in July?\n\n"
    "MARLOW: They will. I think the legislature knows it has to act.\n\n"
    "COLE: Thank you, Governor."
)


def test_a_turn_label_with_a_party_tag_is_the_named_person(run):
    claims = run(TV_TRANSCRIPT)
    turns = [c for c in claims if c["cue"] and c["cue"]["origin"] == "rule:colon-turn-name-tag"]
    assert len(turns) == 1 and turns[0]["speaker"]["text"].lower().endswith("dana marlow")
    assert turns[0]["content"]["text"] == "Thanks for having me, Erin."
    later = _with_cue(claims, "think")  # the short label later is the same person
    assert later["speaker"]["actor_id"] == turns[0]["speaker"]["actor_id"] is not None


def test_the_title_line_of_a_transcript_is_no_turn(run):
    assert not [c for c in run(TV_TRANSCRIPT) if c["speaker"] and c["speaker"]["text"] == "Transcript"]


def test_a_quoted_interview_headline_is_the_statement_of_the_name_after_its_colon(run):
    claim = next(c for c in run(TV_TRANSCRIPT) if c["cue"] and c["cue"]["origin"] == "rule:headline-quote-colon")
    assert claim["speaker"]["text"].lower().endswith("dana marlow") and claim["speaker"]["via"]["text"] == "Gov. Marlow"
    assert claim["content"]["text"] == "We will not raise fares"


@pytest.mark.parametrize("headline", [
    "\"Fast and cheap\": Ohio on the new rail line",         # a place is no speaker
    "\"Fast and cheap\": the verdict on the new rail line",  # no name
    "Fast and cheap: Marlow on the new rail line",           # no quotation
])
def test_a_quoted_headline_without_a_speaker_after_its_colon_is_no_statement(run, headline):
    text = headline + "\n\nGov. Dana Marlow of Ohio opened the line on Monday."
    assert not [c for c in run(text) if c["cue"] and c["cue"]["origin"] == "rule:headline-quote-colon"]


QUOTE_CLAUSE_BODY = ("\n\nDockworkers at the port of Halden walked off the job on Monday after Senator Maren Holt "
                     "called the new shift rota unsafe and Norvik Shipping said it would not reopen talks.")


@pytest.mark.parametrize("headline, speaker", [
    ("“We will not be ignored”: Norvik Shipping dockworkers stage walkout", "Norvik Shipping dockworkers"),
    ("‘A reckless gamble’: Holt attacks port shift plan", "Maren Holt"),
])
def test_a_quoted_headline_before_a_clause_is_its_subjects_statement(run, headline, speaker):
    claim = next(c for c in run(headline + QUOTE_CLAUSE_BODY)
                 if c["cue"] and c["cue"]["origin"] == "rule:headline-quote-colon-clause")
    assert claim["cue"]["text"] == ":" and speaker in claim["speaker"]["text"]
    assert claim["content"]["text"] == headline[1:headline.index(":") - 1]


@pytest.mark.parametrize("headline", [
    "“Chaos”: Storm batters Halden as port closes",       # a subject that names no one
    "“Chaos”: Norvik Shipping shares slump",              # a company's shares are no speaker
    "“Chaos”: the port of Halden in pictures",            # no clause
])
def test_a_quoted_headline_whose_clause_names_no_speaker_is_no_statement(run, headline):
    claims = run(headline + QUOTE_CLAUSE_BODY)
    assert not [c for c in claims if c["cue"] and c["cue"]["origin"] == "rule:headline-quote-colon-clause"]


@pytest.mark.parametrize("headline, said", [
    ("“Harbour Lights: The Return”: Norvik Shipping hails record season", False),  # a work's title
    ("“Harbour Lights: The Return”: Senator Holt on the ferry film", False),
    ("“We Will Not Be Ignored”: Norvik Shipping dockworkers stage walkout", True),  # title case with a verb
    ("“Unacceptable and reckless”: Norvik Shipping dockworkers stage walkout", True),  # no verb, sentence case
    ("‘A gamble with lives’: Holt attacks port shift plan", True),                  # sentence case
    ("“A Betrayal of Every Dockworker”: Senator Holt on the Port Shift Plan", True),  # all title case
])
def test_a_quoted_title_before_a_colon_is_no_statement(run, headline, said):
    """Review 14, item 4: the quotation of a quote tag must read as something said."""
    claims = run(headline + QUOTE_CLAUSE_BODY)
    colon = [c for c in claims if c["cue"] and c["cue"]["origin"].startswith("rule:headline-quote-colon")]
    assert bool(colon) is said


@pytest.mark.parametrize("headline, cue, speaker, content", [
    ("Coastal wetlands shrinking twice as fast as thought, study finds", "finds", "study",
     "Coastal wetlands shrinking twice as fast as thought"),
    ("Mayor Hid Donations in Shoebox, Aide Tells Jury", "Tells Jury", "Aide", "Mayor Hid Donations in Shoebox"),
])
def test_an_inverted_report_closing_a_headline_is_a_comma_tag(run, headline, cue, speaker, content):
    claims = run(headline + "\n\nBy Jane Doe\n\nThe hearing in Port Alder went on for a second day on Tuesday.")
    tagged = _with_cue(claims, cue)
    assert tagged["cue"]["origin"] == "rule:headline-comma-tag" and tagged["speaker"]["text"] == speaker
    assert tagged["content"]["text"] == content


@pytest.mark.parametrize("headline", [
    "Crowds return to the old harbour, boats find",        # a name that is no source
    "Rescuers search river, find body of missing hiker",  # the verb does not close the headline
])
def test_a_comma_before_words_that_name_no_source_is_no_tag(run, headline):
    claims = run(headline + "\n\nBy Jane Doe\n\nThe hearing in Port Alder went on for a second day on Tuesday.")
    assert not [c for c in claims if c["cue"] and c["cue"]["origin"] == "rule:headline-comma-tag"]


LIVE_BLOG = (
    "Harbour election live: Mayor Lena Brandt re-elected\n\nBy Jane Doe\n\n"
    "22:45 CET — Brandt: a city that chose hope\n\n"
    "Mayor Lena Brandt told supporters at the harbour hall that the city had chosen hope over fear, "
    "and thanked the volunteers who knocked on doors.\n\n"
    "22:30 CET — Observers: count was fair\n\n"
    "The count was fair and transparent in every district, observers from the Nordic Council said on Sunday.\n\n"
    "22:10 CET — Update: polls closed\n\n"
    "21:50 CET — Turnout: 64 percent\n\n"
    "Polls closed at 9pm and officials said turnout was about 64 percent, slightly up on four years ago.\n"
)


def test_a_live_blog_entry_heading_is_a_headline_colon(run):
    entries = [c for c in run(LIVE_BLOG) if c["cue"] and c["cue"]["origin"] == "rule:colon-entry-heading"]
    said = {c["content"]["text"]: c["speaker"]["text"] for c in entries}
    assert said["a city that chose hope"] == "Mayor Lena Brandt"
    assert said["count was fair"].lower() == "observers"
    assert "polls closed" not in said and "64 percent" not in said  # no speaker before the colon


def test_headline_subject_words_are_rule_data(full_nlp):
    """Review 14, item 8: the parts of speech, people endings and joins of headline subjects are
    word lists of the rules; a plural for people is named so, a plural of things is not."""
    from pipeline.components.claim_headline_subjects import clause_subject, names_people
    from pipeline.components.claim_rules import load_rules

    rules = load_rules()
    assert "ians" in rules.words("headline_people_endings") and "as" in rules.words("headline_joins")
    doc = full_nlp("Harbour pilots reject pay offer")
    assert clause_subject(doc, 0, len(doc.text), rules) == (0, len("Harbour pilots"))
    assert names_people(doc, 0, len("Harbour pilots"), rules)
    things = full_nlp("Harbour stocks slump")
    assert not names_people(things, 0, len("Harbour stocks"), rules)


BARE_BODY = ("\n\nBy Jane Doe\n\nIngrid Solvang, a veteran negotiator who became Norway’s trade minister in March, "
             "met her Canadian counterpart in Oslo on Monday. Lars Berg, a fisheries lobbyist, said the talks "
             "would drag on.\n\nSen. Tomas Reyler of Vermont spoke about bridges on Tuesday.")


@pytest.mark.parametrize("headline, speaker", [
    ("“We will not sign a bad deal”: Norway’s trade minister", "Ingrid Solvang"),   # a role, held by a named person
    ("\"Half of our bridges are unsafe\": Sen. Tomas Reyler, in a radio interview, May 2, 2026", "Tomas Reyler"),
    ("\"Half of our bridges are unsafe\": state Sen. Tomas Reyler", "Tomas Reyler"),  # a lower-case title word
])
def test_a_quotation_signed_by_a_speaker_alone_is_that_speakers_statement(run, headline, speaker):
    claim = next(c for c in run(headline + BARE_BODY)
                 if c["cue"] and c["cue"]["origin"] == "rule:headline-quote-colon-name")
    assert claim["cue"]["text"] == ":" and speaker in claim["speaker"]["text"]
    assert claim["content"]["text"] == headline[1:headline.index(":") - 1]


@pytest.mark.parametrize("headline", [
    "“We will not sign a bad deal”: Editor’s note",              # a label that is never a speaker
    "“We will not sign a bad deal”: Correction",
    "“We will not sign a bad deal”: Oslo, March 3",              # a place and a date
    "“We will not sign a bad deal”: the verdict",
    "“We will not sign a bad deal”: Solvang meets Canadian counterpart in Oslo as talks drag",  # a verb: no name alone
    "“Trade Winds”: a documentary about fishing towns",          # no one of the article
])
def test_a_quotation_signed_by_no_speaker_is_no_statement(run, headline):
    claims = run(headline + BARE_BODY)
    assert not [c for c in claims if c["cue"] and c["cue"]["origin"] == "rule:headline-quote-colon-name"]


def test_a_role_is_held_only_by_the_person_it_describes(run):
    """``Lars Berg met Norway’s trade minister``: a person merely in the sentence holds no role."""
    body = "\n\nBy Jane Doe\n\nLars Berg met Norway’s trade minister in Oslo on Monday to discuss cod quotas."
    claims = run("“We will not sign a bad deal”: Norway’s trade minister" + body)
    colon = [c for c in claims if c["cue"] and c["cue"]["origin"] == "rule:headline-quote-colon-name"]
    assert all("Berg" not in (c["speaker"] or {}).get("text", "") for c in colon)


STAMPED_BLOG = (
    "Ohio Senate race: live results\n\n"
    "By Jane Doe\n\n"
    "Sen. Mark Halvorsen faces former Treasurer Dana Ferris in a race that could decide control of the chamber. "
    "Halvorsen has held the seat since 2015.\n\n"
    "9:05 p.m. ET\n\n"
    "Halvorsen camp: the rural count will turn it\n\n"
    "Aides to the senator pointed to 40 rural counties still counting.\n\n"
    "8:50 p.m. ET\n\n"
    "Ferris: the suburbs came home\n\n"
    "Ferris told supporters in Columbus that turnout in Delaware County had doubled.\n\n"
    "8:31 p.m. ET\n\n"
    "Background: the seat was last flipped in 2006\n\n"
    "Ohio has sent a Republican to the Senate in every race since 2010.\n\n"
    "8:12 p.m. ET\n\n"
    "Polls close: long lines in Franklin County\n\n"
    "Franklin County: lines past closing time\n\n"
    "Voters in Columbus waited up to two hours.\n\n"
    "Editor’s note: An earlier version of the 8:12 p.m. entry misstated the county.")


def _heading(claims: list[dict], words: str) -> dict | None:
    return next((c for c in claims if c["cue"] and c["cue"]["text"] == ":" and c["content"]["text"] == words), None)


@pytest.mark.parametrize("words, speaker", [
    ("the rural count will turn it", "Halvorsen camp"),   # a name and a representative noun, as written
    ("the suburbs came home", "Dana Ferris"),             # a name, resolved
])
def test_a_live_blog_heading_after_a_timestamp_is_a_statement(run, words, speaker):
    claim = _heading(run(STAMPED_BLOG), words)
    assert claim is not None and speaker in claim["speaker"]["text"]


@pytest.mark.parametrize("words", [
    "the seat was last flipped in 2006",   # a section label
    "long lines in Franklin County",       # a verb before the colon, no name
    "lines past closing time",             # a place, and no timestamp right before
    "An earlier version of the 8:12 p.m. entry misstated the county.",
])
def test_a_live_blog_heading_that_names_no_speaker_is_no_statement(run, words):
    claim = _heading(run(STAMPED_BLOG), words)
    assert claim is None or claim["speaker"] is None


@pytest.mark.parametrize("headline", [
    "‘We got it wrong’: Norvik chief apologises for ferry chaos",  # the verb read as a plural noun
    "‘We got it wrong’: Norvik chief admits ferry failings",
])
def test_a_quoted_headline_whose_subject_is_a_title_is_the_statement_of_its_holder(run, headline):
    text = (headline + "\n\nBy Ana Ruiz\n\nNorvik Shipping’s chief executive, Lars Eide, apologised on Monday "
            "after ferries were cancelled for a week. The union said staff cuts were to blame.")
    claim = next(c for c in run(text) if c["cue"] and c["cue"]["origin"] == "rule:headline-quote-colon-clause")
    assert claim["speaker"]["actor_id"] == "lars-eide"


# -- role labels, credit lines, briefing questions without a colon (round 27) ------------------------
PODCAST = (
    "Ground Truth, Episode 48\n\n"
    "Host: Lena Farkas. Guest: Omar Castellano, chief executive of Meridian Power.\n\n"
    "LENA: Welcome back to Ground Truth. I'm Lena Farkas, and today my guest runs one of the biggest "
    "utilities in the Southwest.\n\n"
    "GUEST (Omar Castellano): Glad to be here.\n\n"
    "LENA: Omar, regulators in Arizona said last week that rates could rise by 12 percent. Is that right?\n\n"
    "GUEST (Omar Castellano): I think that number is too high. I expect the increase to be closer to "
    "8 percent, and I can promise you we will fight for less.\n\n"
    "LENA: Omar Castellano, thank you.\n\n"
    "GUEST (Omar Castellano): Thank you, Lena."
)


def test_a_role_label_with_a_name_in_brackets_is_that_person(run):
    claims = run(PODCAST)
    for cue in ("think", "expect", "promise"):  # not the host whose turn came before
        assert _with_cue(claims, cue)["speaker"]["text"] == "Omar Castellano"
    guest = [t for t in _turns(claims) if t["cue"]["origin"] == "rule:colon-turn-name-tag"]
    assert len(guest) >= 3 and all(t["speaker"]["text"] == "Omar Castellano" for t in guest)
    assert guest[0]["content"]["text"] == "Glad to be here."


def test_a_credit_line_of_the_show_is_no_turn(run):
    assert not [t for t in _turns(run(PODCAST)) if t["speaker"]["text"].lower().startswith("host")]


def test_a_name_addressed_before_a_report_is_not_its_speaker(run):
    said = _with_cue(run(PODCAST), "said")
    assert said["speaker"]["text"] == "regulators in Arizona"


CALL_IN = (
    "Drought rules: what the new limits mean for farmers\n\n"
    "Agriculture Minister Marta Voss joined presenter Dara Quinlan on Country Matters to discuss the "
    "new water limits. Later a listener, Declan, called in from Kilkenny.\n\n"
    "HOST DARA QUINLAN: Minister, farmers say the limits came too late. Did they?\n\n"
    "GUEST MARTA VOSS: I don't accept that. We believe the limits came at the right moment.\n\n"
    "QUINLAN: And compensation?\n\n"
    "VOSS: I expect the first payments in October.\n\n"
    "CALLER DECLAN: My well went dry in July. I think the ministry forgot about small farms.\n\n"
    "VOSS: Declan, I hear you, and I promise we will look at small farms first."
)


def test_role_words_before_a_name_are_dropped_like_titles(run):
    claims = run(CALL_IN)
    turns = _turns(claims)
    first = {c["speaker"]["via"]["text"]: c["speaker"] for c in turns if "via" in c["speaker"]}
    assert first["HOST DARA QUINLAN"]["text"].endswith("Dara Quinlan")
    assert first["GUEST MARTA VOSS"]["text"].endswith("Marta Voss")
    assert first["GUEST MARTA VOSS"]["actor_id"] == first["VOSS"]["actor_id"] is not None
    assert _with_cue(claims, "expect")["speaker"]["text"].endswith("Marta Voss")


PRESS_ROOM = (
    "Press Briefing by Press Secretary Nora Dalton\n\n"
    "The White House press secretary held her daily briefing on Tuesday as storm damage mounted along the Gulf coast.\n\n"
    "MS. DALTON:  Good afternoon, everyone. The administration expects to release $2 billion in aid to "
    "Louisiana this week.\n\n"
    "Q    Thank you, Nora. Senator Luis Ortega said this morning that the aid is too little, too late. "
    "Does the President agree?\n\n"
    "MS. DALTON:  I think the President has been very clear about this. We can promise that every family "
    "will get help.\n\n"
    "Q    Is the White House worried about the deficit?\n\n"
    "MS. DALTON:  No. (Laughter.) Look, we believe the numbers speak for themselves.\n\n"
    "Q    Thank you."
)


def test_q_and_spaces_is_a_question_turn_of_a_briefing(run, turns_of):
    questions = [t for t in turns_of(PRESS_ROOM) if t["rule"] == "colon-turn-question-bare"]
    assert len(questions) == 3 and all(t["kind"] == "question" for t in questions)
    assert all(t["speaker"]["text"] == "Q" and t["mark"] == "Q" for t in questions)  # never the press secretary
    assert questions[1]["text"] == "Is the White House worried about the deficit?"
    claims = run(PRESS_ROOM)
    assert _with_cue(claims, "said")["speaker"]["text"] == "Senator Luis Ortega"  # quoted in a question: his
    assert _with_cue(claims, "think")["speaker"]["text"].endswith("Nora Dalton")


HEARING = (
    "Senators press Interior chief over wildfire crews\n\n"
    "Interior Secretary Paul Hale faced sharp questions on Tuesday from the Senate Energy Committee. "
    "Below is an excerpt.\n\n"
    "SEN. ALVARADO (D-N.M.): Secretary Hale, were the contracts on schedule in March?\n\n"
    "SECRETARY HALE: Senator, I believe they were at the time.\n\n"
    "SEN. BRIGGS (R-Texas): I think the secretary is being generous.\n\n"
    "SECRETARY HALE: I can promise you that every crew will be in place by June."
)


def test_senators_with_party_tags_and_a_secretary_speak_their_turns(run):
    claims = run(HEARING)
    assert _with_cue(claims, "think")["speaker"]["text"] == "SEN. BRIGGS"
    assert _with_cue(claims, "believe")["speaker"]["text"] == "Interior Secretary Paul Hale"
    first = _turns(claims)[0]
    assert first["speaker"]["text"] == "SEN. ALVARADO" and first["content"]["text"].startswith("Secretary Hale,")


# -- round 27 review: vocatives, role words after titles, brackets, credit lines -----------------------
BRIEFING_LISTS = (
    "White House briefing\n\n"
    "The press secretary, Nora Dalton, took questions on Tuesday about the storm aid.\n\n"
    "MS. DALTON: The President, the Vice President and I agreed that the aid must go out this week.\n\n"
    "Q: Senator Ortega, the committee chairman said the money is gone. Is it?\n\n"
    "MS. DALTON: Ortega, Briggs and Hale all said the same thing last week.\n\n"
    "Q: And the governors?\n\n"
    "MS. DALTON: The Governor, the Lieutenant Governor and the mayor decided that the shelters would stay open."
)


@pytest.mark.parametrize("cue, speaker", [("agreed", "The President"), ("decided", "The Governor")])
def test_a_list_of_subjects_opening_a_turn_is_no_name_addressed(run, cue, speaker):
    """Near miss of ``Henrik, the AI Office said …``: ``The President, the Vice President and I
    agreed`` opens with a list of subjects, not a name addressed; the first of them stays the subject."""
    assert _with_cue(run(BRIEFING_LISTS), cue)["speaker"]["text"] == speaker


HEARING_GUEST = (
    "Senate panel questions port chief over dredging delays\n\n"
    "Port Authority director Irene Vasquez appeared on Thursday before the Senate Commerce Committee. "
    "Sen. Alma Guest of Oregon and Sen. Tomas Reyes of Arizona questioned her. An excerpt follows.\n\n"
    "SEN. REYES (D-Ariz.): Director, is the channel on schedule?\n\n"
    "DIRECTOR VASQUEZ: Senator, I believe we will finish by August.\n\n"
    "SEN. GUEST (R-Ore.): I think the authority has wasted two years.\n\n"
    "DIRECTOR VASQUEZ: I can promise you that the dredgers are already at work.\n\n"
    "SEN. GUEST: I expect a written timetable by Friday."
)


@pytest.mark.parametrize("cue", ["think", "expect"])
def test_a_role_word_after_a_title_is_a_surname(run, cue):
    """``SEN. GUEST (R-Ore.):`` is Sen. Alma Guest, not a role label whose brackets name the
    speaker (``R-Ore.``), nor the senator named last (``SEN. GUEST:`` after Sen. Tomas Reyes)."""
    assert _with_cue(run(HEARING_GUEST), cue)["speaker"]["text"] == "Sen. Alma Guest"


def test_turns_of_a_titled_role_word_label_are_its_person(run):
    guest = [t for t in _turns(run(HEARING_GUEST)) if t["speaker"].get("via", {}).get("text") == "SEN. GUEST"]
    assert len(guest) == 2 and all(t["speaker"]["text"] == "Sen. Alma Guest" for t in guest)


PHONE_IN = (
    "Flood line: listeners on the river limits\n\n"
    "Presenter Ciara Lynch took calls on Wednesday about the new river limits. Hydrologist Paul Brennan "
    "joined her in the studio.\n\n"
    "HOST: Good morning. The limits start on Monday.\n\n"
    "GUEST (By Satellite): I think the limits should have come a year ago.\n\n"
    "CALLER (Anonymous): My field was under water in May. I believe the council forgot us.\n\n"
    "HOST: Paul, is that fair?\n\n"
    "GUEST (Paul Brennan): I expect the council to pay for the pumps."
)


@pytest.mark.parametrize("cue, speaker", [("think", "GUEST"), ("believe", "CALLER")])
def test_brackets_that_name_nobody_leave_the_role_label(run, cue, speaker):
    """``GUEST (By Satellite):``, ``CALLER (Anonymous):``: the brackets say how or whether the
    speaker is named, not who speaks; the role label as written speaks."""
    assert _with_cue(run(PHONE_IN), cue)["speaker"]["text"] == speaker


def test_brackets_that_name_a_person_of_the_article_are_the_speaker(run):
    assert _with_cue(run(PHONE_IN), "expect")["speaker"]["text"].endswith("Paul Brennan")


MORNING_SHOW = (
    "Morning Briefing, March 4\n\n"
    "Host: Ines Carvalho.\n"
    "Guest: Robert Okafor, the city's housing commissioner.\n\n"
    "HOST: Robert Okafor. Thanks for coming in. You said in January that rents would fall this year.\n\n"
    "GUEST: Thank you, Ines. I think they will, once the new towers open.\n\n"
    "HOST: And if they don't?\n\n"
    "GUEST: I expect the council to act."
)


def test_a_host_turn_that_greets_the_guest_by_name_is_a_turn(run):
    """``HOST: Robert Okafor. Thanks for coming in. …`` addresses the guest: a turn; ``Host: Ines
    Carvalho.`` on a line of its own, and the ``Guest:`` line after it, are the show's credits."""
    turns = _turns(run(MORNING_SHOW))
    hosts = [t for t in turns if t["speaker"].get("via", t["speaker"])["text"] == "HOST"]
    assert [t["content"]["text"][:26] for t in hosts] == ["Robert Okafor. Thanks for ", "And if they don't?"]
    assert {t["speaker"]["text"] for t in hosts} == {"Ines Carvalho"}  # the host the credit line names
    assert not [t for t in turns if t["content"]["text"].startswith("Ines Carvalho")]


# -- a heading ``Name role-noun:`` is the statement of the role's holder (round 30) ------------------
def _colon_claim(claims: list[dict]) -> dict | None:
    return next((c for c in claims if c["cue"] and c["cue"]["text"] == ":" and c["section"] == "headline"), None)


def test_a_heading_of_a_lower_case_title_is_the_person_the_body_gives_it(run):
    text = ("Coastguard chief: rescue fleet ‘stretched to breaking point’\n\n"
            "Coastguard chief executive Miriam Olsen told MPs on Tuesday that four of its nine lifeboats "
            "were out of service.")
    claim = _colon_claim(run(text))
    assert claim["speaker"]["text"].endswith("Miriam Olsen")
    assert claim["speaker"]["via"]["text"] == "Coastguard chief"
    assert claim["content"]["text"] == "rescue fleet ‘stretched to breaking point’"


def test_a_heading_of_a_title_no_one_holds_in_the_body_stays_as_written(run):
    """The body names the organisation, not its head: the label as written, not the organisation."""
    text = ("WFP chief: aid convoys ‘cannot wait for a ceasefire’\n\n"
            "The WFP said on Monday that 40 trucks were stuck at the border crossing.")
    claim = _colon_claim(run(text))
    assert claim["speaker"]["text"] == "WFP chief" and claim["speaker"]["actor_id"] is None


@pytest.mark.parametrize("headline", [
    "Storm damage: three towns cut off as rivers rise",
    "Budget talks: ministers meet again on Friday",
    "Fisheries chief: cod quota cut “cannot be avoided”",
])
def test_a_heading_that_names_no_one_of_the_article_is_no_statement(run, headline):
    """No title word (``damage``, ``talks``), or a title whose words name no one of the article."""
    text = headline + "\n\nPolice said on Tuesday that roads into three towns had been closed."
    assert _colon_claim(run(text)) is None


@pytest.mark.parametrize("text", [
    # the reviewer's kicker (round 30): ``witness`` a person noun, ``Trump`` an actor of the body
    "Trump trial witness: what we know about the case\n\n"
    "A witness in the Trump trial, Karen Hale, testified on Monday that she had seen the documents.",
    "Ortega campaign aides: live updates from the recount\n\n"
    "Aides to Mayor Luis Ortega said on Sunday that the recount in Ward 4 would finish by midnight.",
    "Harbour authority chief: how the port strike happened\n\n"
    "Harbour authority chief Dana Moss told reporters that the dockers walked out at dawn.",
])
def test_a_heading_that_opens_an_explainer_is_no_statement(run, text):
    """``…: what we know about …``, ``live updates``, ``how … happened`` (rules ``explainer``): a
    kicker naming a topic; neither the label as written nor a person of the body says it."""
    assert _colon_claim(run(text)) is None


def test_a_quote_tag_of_a_headline_abbreviation_is_the_minister_of_the_body(run):
    text = ("“We will not borrow to pay salaries”: FM\n\n"
            "Finance Minister Anil Rao presented the budget to the state assembly on Friday. "
            "He said the deficit would fall to 3.1% of output.")
    claim = _colon_claim(run(text))
    assert claim["speaker"]["text"].endswith("Anil Rao") and claim["speaker"]["via"]["text"] == "FM"


def test_a_heading_of_a_role_mention_is_the_person_the_body_describes_so(run):
    text = ("Latvian foreign minister: sanctions must “stay until the last tank leaves”\n\n"
            "Ilze Berzina, who became Latvia’s foreign minister in March, told reporters in Riga on Monday "
            "that the bloc could not ease its sanctions.")
    claim = _colon_claim(run(text))
    assert claim["speaker"]["text"].endswith("Ilze Berzina")
    assert claim["speaker"]["via"]["text"] == "Latvian foreign minister"


# -- a label that is a role (Spokesman:, Minister:, Press Secretary:) is the person the article gives that post (round 30)
ROLE_BRIEFING = (
    "Port authority defends dredging plan\n\n"
    "The following is a transcript of the weekly briefing by Tomasz Wielgus, Spokesperson for the "
    "Harbour Authority.\n\n"
    "Spokesman: Good morning. The dredging of the north channel starts on Monday and will take six weeks.\n\n"
    "Question: Will the ferries keep running during the works?\n\n"
    "Spokesman: They will. We have agreed a timetable with both operators.\n"
)

ROLE_RADIO = (
    "Morning show: the budget\n\n"
    "Finance Minister Ana Ruiz joined the programme on Tuesday.\n\n"
    "Host: Minister, will taxes go up?\n\n"
    "Minister: Not for working families. We have been clear about that.\n\n"
    "Host: And for companies?\n\n"
    "Minister: Companies will pay what they owe, no more.\n"
)

ROLE_PRESS_SECRETARY = (
    "White House on the port strike\n\n"
    "Treasury Secretary Paul Okafor said on Monday that the strike was costing $2 billion a day. "
    "Press secretary Dana Whitfield took questions in the afternoon.\n\n"
    "Q: Will the president invoke Taft-Hartley?\n\n"
    "Press Secretary: Every option is on the table. The president wants both sides back at the table.\n\n"
    "Q: When?\n\n"
    "Press Secretary: I won't put a date on it.\n"
)

ROLE_TWO_SPOKESPEOPLE = (
    "Ministries trade blame over grid failure\n\n"
    "At a joint briefing, Jonas Berg, spokesman for the energy ministry, and Mara Lind, spokeswoman "
    "for the transport ministry, took questions.\n\n"
    "Spokesman: The grid held for six hours before it failed.\n\n"
    "Question: Who is to blame?\n\n"
    "Spokesman: It is too early to say.\n"
)


def test_spokesman_label_is_the_spokesperson_named_in_apposition(claims_of):
    said = labelled_turns(claims_of(ROLE_BRIEFING), "Spokesman")
    assert len(said) == 2
    assert all(c["speaker"]["actor_id"] == "tomasz-wielgus" for c in said)
    assert all(c["speaker"]["via"]["text"] == "Spokesman" for c in said)


def test_minister_label_is_the_minister_named_before(claims_of):
    said = labelled_turns(claims_of(ROLE_RADIO), "Minister")
    assert len(said) == 2
    assert all(c["speaker"]["actor_id"] == "ana-ruiz" for c in said)


def test_press_secretary_label_needs_both_words(claims_of):
    said = labelled_turns(claims_of(ROLE_PRESS_SECRETARY), "Press Secretary")
    assert len(said) == 2
    assert all(c["speaker"]["actor_id"] == "dana-whitfield" for c in said)


def test_role_label_two_people_could_hold_stays_the_label(claims_of):
    said = labelled_turns(claims_of(ROLE_TWO_SPOKESPEOPLE), "Spokesman")
    assert len(said) == 2
    assert all(c["speaker"]["text"] == "Spokesman" and "via" not in c["speaker"] for c in said)


ROLE_HOST = (
    "Drought: what farmers can expect\n\n"
    "Agriculture Commissioner Luis Ortega joined Valley Public Radio on Wednesday to talk about the "
    "drought with host Priya Raman.\n\n"
    "Host: Commissioner, how bad is it?\n\n"
    "Ortega: It is the worst summer we have seen in thirty years.\n\n"
    "Host: Will there be rationing?\n\n"
    "Ortega: Not this year. I want to be clear about that.\n"
)


def test_host_label_is_the_host_the_intro_names(claims_of):
    said = labelled_turns(claims_of(ROLE_HOST), "Host")
    assert len(said) == 2
    assert all(c["speaker"]["actor_id"] == "priya-raman" for c in said)


ROLE_OTHER_BODY = (
    "Talks collapse in Geneva\n\n"
    "Earlier on Monday, Russian Foreign Ministry spokeswoman Maria Zakharova said the talks were over.\n\n"
    "The following is the noon briefing of the United Nations.\n\n"
    "Spokesman: Good afternoon. The Secretary-General is in Geneva today.\n\n"
    "Question: Will he meet the delegations?\n\n"
    "Spokesman: He will see both of them tomorrow.\n"
)

ROLE_OTHER_MINISTER = (
    "Strike talks resume\n\n"
    "On Friday the finance minister, Karl Brenner, warned that the budget had no room for raises.\n\n"
    "The union held its own news briefing on Sunday morning.\n\n"
    "Minister: I do not speak for Karl. We will table an offer this week.\n\n"
    "Question: How large an offer?\n\n"
    "Minister: Large enough to end the strike.\n"
)


@pytest.mark.parametrize("text, label", [(ROLE_OTHER_BODY, "Spokesman"), (ROLE_OTHER_MINISTER, "Minister")])
def test_role_label_is_not_another_bodys_official_quoted_earlier(claims_of, text, label):
    said = labelled_turns(claims_of(text), label)
    assert len(said) == 2
    assert all(c["speaker"]["text"] == label and c["speaker"].get("actor_id") is None for c in said)
