"""Transcript turns and headline colons (``pipeline/components/claim_turns.py``, issue 11).

Every article here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import json

import pytest

from pipeline.components.claim_rules import RULES_DIR
from pipeline.components.claim_turn_rules import TURNS_FILE, load_turn_rules
from pipeline.ruledata import RuleError
from tests.conftest import colon_turns as _turns


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


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


# -- role labels, credit lines, briefing questions without a colon (round 27) ------------------------


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


# -- a heading ``Name role-noun:`` is the statement of the role's holder (round 30) ------------------


# -- a label that is a role (Spokesman:, Minister:, Press Secretary:) is the person the article gives that post (round 30)
