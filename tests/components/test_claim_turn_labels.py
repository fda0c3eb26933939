"""Turn labels and transcripts (``pipeline/components/claim_turn_labels.py``).

Moved from test_claim_turns.py when claim_turns.py was split; every article here is written for
these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from tests.conftest import colon_turns as _turns


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _with_cue(claims: list[dict], cue: str) -> dict:
    found = [c for c in claims if c["cue"] and c["cue"]["text"] == cue]
    assert found, [(c["text"], c["cue"]) for c in claims]
    return found[0]


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


def test_labelled_housekeeping_lines_make_no_turns(run):
    text = ("Budget: what's in it\n\n"
            "WASHINGTON: The Senate approved the spending bill on Tuesday by a vote of 61 to 38.\n"
            "Note: This story has been updated with the final vote count.\n"
            "Updated: 5:30 p.m.\n"
            "Correction: An earlier version misstated the size of the bill.\n"
            "Photo: Senators leave the chamber after the vote.")
    assert not [c for c in run(text) if c["cue"] and c["cue"]["text"] == ":"]


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


HEARING = (
    "Health and Social Care Committee\n\n"
    "Oral evidence: Ambulance handover delays, HC 902\n\n"
    "Members present: Ivo Brandt (Chair); Lucy Farrant; Owen Mbeki.\n\n"
    "Witnesses\n"
    "I: Carla Nyström, Chief Executive, Northern Ambulance Service.\n"
    "II: Peter Quarrie MP, Minister for Care.\n\n"
    "Q14 Chair: Ms Nyström, how long do crews wait outside hospitals?\n\n"
    "Carla Nyström: On a bad night, six hours. I have never seen it this bad.\n\n"
    "Q 15 Lucy Farrant: Is the problem beds or staff?\n\n"
    "Ms Nyström: Beds. We cannot discharge patients fast enough.\n\n"
    "Q16\u2013Q18 Owen Mbeki: What would you ask the Government for?\n\n"
    "Ms Nyström: Money for social care, first and last.\n"
)


def test_a_question_number_is_no_part_of_the_speaker(run):
    turns = _turns(run(HEARING))
    labels = {(c["speaker"].get("via") or c["speaker"])["text"] for c in turns}
    assert {"Lucy Farrant", "Owen Mbeki"} <= labels
    assert not any(label.startswith("Q") for label in labels)
    farrant = [c for c in turns if c["speaker"]["text"] == "Lucy Farrant"]
    assert len(farrant) == 1 and farrant[0]["text"].startswith("Is the problem")


def test_a_hearing_witness_list_makes_no_turns(run):
    turns = _turns(run(HEARING))
    labels = {(c["speaker"].get("via") or c["speaker"])["text"] for c in turns}
    assert not labels & {"I", "II", "Witnesses"}
    assert not any("Minister for Care" in c["text"] for c in turns)


COUNCIL_RECORD = (
    "City Council of Portland, Regular Session\n\n"
    "Participants: Mayor Dana Whitcomb; Commissioner Leo Brandt; Auditor Ruth Kaplan.\n\n"
    "CLERK'S NOTE: This record was prepared from the meeting video. Present: all five commissioners.\n\n"
    "MAYOR WHITCOMB: Good evening. The budget is our only item tonight.\n\n"
    "COMMISSIONER BRANDT: I will vote no. The cuts fall hardest on the east side.\n\n"
    "MAYOR WHITCOMB: Noted. The clerk will call the roll.\n"
)


@pytest.mark.parametrize("label", ["Participants", "Present", "Speakers", "Attendees"])
def test_a_roster_and_a_clerks_note_make_no_turns(run, label):
    """A roster line (``Participants:``, ``Present:`` …) and the record's note before the turns
    name no speaker (round 44); the turns after them stay."""
    turns = _turns(run(COUNCIL_RECORD.replace("Participants:", f"{label}:")))
    labels = {(c["speaker"].get("via") or c["speaker"])["text"] for c in turns}
    assert labels == {"MAYOR WHITCOMB", "COMMISSIONER BRANDT"}
    brandt = [c for c in turns if c["speaker"]["via"]["text"] == "COMMISSIONER BRANDT"]
    assert brandt[0]["content"]["text"] == "I will vote no. The cuts fall hardest on the east side."


@pytest.mark.parametrize("numeral", ["V", "X"])
def test_a_fifth_or_tenth_panel_of_a_witness_list_makes_no_turn(run, numeral):
    text = HEARING.replace("II: Peter Quarrie MP, Minister for Care.",
                           f"{numeral}: Peter Quarrie MP, Minister for Care.")
    turns = _turns(run(text))
    labels = {(c["speaker"].get("via") or c["speaker"])["text"] for c in turns}
    assert numeral not in labels
    assert not any("Minister for Care" in c["text"] for c in turns)


def test_panel_numerals_in_a_transport_hearing_make_no_turns(run):
    text = ("Transport Committee\n\nOral evidence: Rural bus services, HC 311\n\n"
            "Witnesses\n"
            "IV: Dana Whitlock, Director, Shire Buses.\n"
            "V: Marcus Lyle MP, Minister for Local Transport.\n\n"
            "Q21 Chair: Ms Whitlock, how many routes have you cut this year?\n\n"
            "Dana Whitlock: Eleven, all of them in villages with no train.\n\n"
            "Q22 Chair: What would bring them back?\n\n"
            "Ms Whitlock: A fare cap that the county pays for, not the operators.\n")
    turns = _turns(run(text))
    labels = {(c["speaker"].get("via") or c["speaker"])["text"] for c in turns}
    assert not labels & {"IV", "V"}
    assert any(c["text"].startswith("A fare cap") for c in turns)
    assert not any("Minister for Local Transport" in c["text"] for c in turns)
SHORT_HEARING = (  # the reviewer's four-turn hearing: no speaker speaks twice under one label
    "Health and Social Care Committee\n\n"
    "Q14 Chair: Ms Nystrom, how long do crews wait outside hospitals?\n\n"
    "Carla Nystrom: On a bad night, six hours. I have never seen it this bad.\n\n"
    "Q 15 Lucy Farrant: Is the problem beds or staff?\n\n"
    "Ms Nystrom: Beds. We cannot discharge patients fast enough.\n"
)

SHORT_INQUIRY = (  # two turns: a numbered question and its answer
    "Transport Committee\n\n"
    "Q203 Hamish Lorrimer: Why were the new trains delivered two years late?\n\n"
    "Greta Vandersloot: The signalling software failed its safety trials twice.\n"
)


@pytest.mark.parametrize("text,asker,answerer", [
    (SHORT_HEARING, "Lucy Farrant", "Carla Nystrom"),
    (SHORT_INQUIRY, "Hamish Lorrimer", "Greta Vandersloot"),
])
def test_a_numbered_question_makes_a_short_hearing_a_transcript(run, text, asker, answerer):
    turns = _turns(run(text))
    labels = [(c["speaker"].get("via") or c["speaker"])["text"] for c in turns]
    assert asker in labels and answerer in labels
    assert not any(label.startswith("Q") for label in labels)


def test_numbered_quarters_alone_make_no_transcript(run):
    text = ("Northwind Foods reported its results on Thursday.\n\n"
            "Q3 Revenue: Sales rose 4 percent to 2.1 billion euros.\n\n"
            "Q4 Outlook: The company expects flat sales as costs climb.")
    assert not _turns(run(text))


CHAMBER_RECORD = (
    "Assembly spars over school buses\n\n"
    "Oral Questions, Thursday 6 March\n\n"
    "Mr. Wendell Ashdown (Lakeview Ridge): My question is for the Minister of Education. Why were forty "
    "routes cancelled this winter?\n\n"
    "The Speaker (Hon. Corinne Baptiste): Minister of Education.\n\n"
    "Hon. Farida Nasser: The member knows we hired sixty drivers in January.\n\n"
    "The Chair (via video link): Order, please.\n\n"
    "Mr. Wendell Ashdown: Sixty drivers for four hundred routes.\n\n"
    "The Speaker (Hon. Corinne Baptiste): Next question.\n"
)


def test_a_chair_title_label_is_the_honoured_person_in_its_brackets(claims_of):
    from conftest import labelled_turns

    claims = claims_of(CHAMBER_RECORD)
    chair = [c for c in claims if c["cue"] and c["cue"]["text"] == ":"
             and c["content"]["text"] in ("Minister of Education.", "Next question.")]
    assert len(chair) == 2
    assert all(c["speaker"]["actor_id"] == "corinne-baptiste" for c in chair)
    ashdown = labelled_turns(claims, "Mr. Wendell Ashdown")
    assert ashdown and all(c["speaker"]["actor_id"] == "wendell-ashdown" for c in ashdown)


def test_near_miss_a_chair_title_before_a_stage_note_keeps_the_title(claims_of):
    said = [c for c in claims_of(CHAMBER_RECORD) if (c["content"] or {}).get("text") == "Order, please."]
    assert len(said) == 1 and said[0]["speaker"]["text"] == "The Chair"


def _call_in(labels: tuple[str, str, str]) -> str:
    return ("Phone-in on the library closures\n\n"
            "The station took calls from listeners on Wednesday evening.\n\n"
            f"{labels[0]}: The branch on Mill Road is the only warm place my kids can study.\n\n"
            f"{labels[1]}: Hi, my name is Rosa Delacroix. I have used that library for thirty years.\n\n"
            f"{labels[2]}: The council should cut the consultants, not the books.\n")


def test_a_run_of_distinct_numbered_callers_is_a_transcript(run):
    turns = _turns(run(_call_in(("Participant 1", "Participant 2", "Participant 3"))))
    assert [(c["speaker"].get("via") or c["speaker"])["text"] for c in turns] == \
        ["Participant 1", "Participant 2", "Participant 3"]
    assert turns[1]["speaker"]["text"] == "Rosa Delacroix"
    assert turns[1]["text"].startswith("Hi, my name is Rosa Delacroix")


def test_numbered_labels_of_different_stems_said_once_make_no_transcript(run):  # near miss
    assert not _turns(run(_call_in(("Participant 1", "Participant 2", "Witness 3"))))


HARBOUR_BRIEFING = (
    "Port authority briefing on the dock strike\n\n"
    "Harbourmaster Colm Reddy spoke to reporters on the quay on Friday.\n\n"
    "REDDY: Two berths are closed and the ferries run on a reduced timetable.\n\n"
    "REPORTER (Tribune): Harbourmaster, the dockers' union says the cranes are unsafe. Are they?\n\n"
    "REDDY: No. They were inspected in March.\n\n"
    "REPORTER (Harbour Weekly): For the engineer. When will the berths reopen?\n\n"
    "REDDY: I expect both to reopen on Tuesday."
)


def test_a_question_label_with_an_outlet_in_brackets_is_a_turn(run):
    """``REPORTER (Tribune):``: the tagger may read the fixed word ``REPORTER`` as a place; a
    question label's word is never a dateline, so the turns are found, and a report inside a
    turn with its own subject keeps that subject as its speaker."""
    claims = run(HARBOUR_BRIEFING)
    asked = [t for t in _turns(claims) if t["speaker"]["text"] == "REPORTER"]
    assert [t["content"]["text"][:13] for t in asked] == ["Harbourmaster", "For the engin"]
    assert _with_cue(claims, "says")["speaker"]["text"] != "REPORTER"
    assert "union" in _with_cue(claims, "says")["speaker"]["text"]


def test_near_miss_a_place_before_a_colon_stays_a_dateline(run):
    text = ("HALIFAX: The port reopened two berths on Friday.\n\n"
            "HALIFAX: Ferries will run on a reduced timetable until Tuesday.")
    assert not _turns(run(text))


SENATE_RECORD = (
    "Senate passes rail safety bill\n\n"
    "The Senate on Thursday passed a rail safety bill 71-28. The debate pitted Sen. Dale Prentiss "
    "(R-Mont.) against Sen. Maria Okafor (D-Ohio). The following is from the Congressional Record.\n\n"
    "The PRESIDING OFFICER. The Senator from Montana is recognized.\n\n"
    "Mr. PRENTISS. Mr. President, this bill puts a federal inspector in every rail yard. I believe the "
    "cost will fall on shippers in rural States.\n\n"
    "The PRESIDING OFFICER. The Senator from Ohio.\n\n"
    "Ms. OKAFOR of Ohio. Mr. President, the railroads spent $10 billion on buybacks last year.\n\n"
    "Mr. PRENTISS. Will the Senator yield for a question?\n\n"
    "Ms. OKAFOR of Ohio. I yield.\n"
)


def test_record_labels_ending_in_a_period_are_turns(run):
    """The Congressional Record's ``Mr. PRENTISS.``, ``Ms. OKAFOR of Ohio.``, ``The PRESIDING
    OFFICER.``: the period is the cue, the turn's text the content, the member the speaker (the
    State left out of the name), ``I believe`` inside the turn the member's."""
    claims = run(SENATE_RECORD)
    turns = _turns(claims)
    assert [t["speaker"].get("via", t["speaker"])["text"] for t in turns] == [
        "The PRESIDING OFFICER", "Mr. PRENTISS", "The PRESIDING OFFICER", "Ms. OKAFOR", "Mr. PRENTISS", "Ms. OKAFOR"]
    assert [t["speaker"].get("actor_id") for t in turns[3:]] == ["maria-okafor", "dale-prentiss", "maria-okafor"]
    first = turns[1]
    assert first["cue"]["text"] == "." and SENATE_RECORD[first["cue"]["start"] - 8:first["cue"]["end"]] == "PRENTISS."
    assert first["content"]["text"].startswith("Mr. President, this bill") and first["content"]["text"].endswith("rural States.")
    assert turns[-1]["content"]["text"] == "I yield."
    believe = _with_cue(claims, "believe")
    assert believe["speaker"]["actor_id"] == "dale-prentiss" and believe["speaker"]["via"]["text"] == "I"


@pytest.mark.parametrize("text", [
    ("Mr. Prentiss. A rancher before he ran, he has opposed every rail bill.\n\n"
     "Ms. Okafor. She wrote the inspector clause.\n\n"
     "Mr. Prentiss. He says the cost falls on shippers."),
    ("WASHINGTON. The Senate passed the rail bill on Thursday.\n\n"
     "U.S. SENATE. The vote was 71-28.\n\n"
     "WASHINGTON. Shippers said they would sue."),
    ("The Chairman said the bill would pass.\n\n"
     "The Chairman. A title he has held since 2019, and he said he would keep it.\n\n"
     "The Chairman said the vote would come on Friday."),
])
def test_near_miss_prose_and_datelines_before_a_period_are_no_turns(run, text):
    """Only a surname in capitals (or a presiding office in capitals) makes a record's label:
    names in ordinary case, datelines and headlines in capitals give no period cue."""
    assert not [c for c in run(text) if c["cue"] and c["cue"]["text"] == "."]


def test_an_officer_label_is_the_one_officer_the_article_names(run):
    """A bodycam transcript's ``OFFICER:`` is the one person the article titles Officer, as any label
    of a title alone (``officer`` is no Record-only title word: only ``presiding``, ``pro``, ``tempore``
    are, so ``The PRESIDING OFFICER.`` stays a title label)."""
    text = ("The video, released by the sheriff's office on Monday, shows the traffic stop.\n\n"
            "OFFICER: License and registration. You ran the light back there.\n\n"
            "DRIVER: The light was yellow.\n\n"
            "OFFICER: Step out of the vehicle, please.\n\n"
            "Officer Maria Lutz, 29, was cleared by an internal review in June.")
    turns = [t for t in _turns(run(text)) if t["content"]["text"].startswith(("License", "Step out"))]
    assert len(turns) == 2
    assert all(t["speaker"]["norm"]["actor_id"] == "maria-lutz" for t in turns)
    assert all(t["speaker"]["via"]["text"] == "OFFICER" for t in turns)


WITNESS_RECORD = (
    "Senators question admiral over shipyard delays\n\n"
    "Adm. Karen L. Voss, the chief of naval operations, testified on Thursday. The hearing record reads:\n\n"
    "Mr. PELLING of Maine. Admiral, when will the first frigate be delivered?\n\n"
    "Admiral VOSS. Senator, the first hull will be delivered in 2029, three years late.\n\n"
    "Mr. PELLING. I thank the admiral and yield back.\n"
)


def test_a_record_witness_labelled_by_title_is_a_turn(run):
    """``Admiral VOSS.`` between members' turns of a hearing record: a witness's title and surname
    in capitals open a turn as ``Mr. PELLING.`` does, the period its cue."""
    turns = _turns(run(WITNESS_RECORD))
    assert [t["content"]["text"].split(",")[0] for t in turns] == ["Admiral", "Senator", "I thank the admiral and yield back."]
    witness = turns[1]
    assert witness["speaker"]["actor_id"] == "karen-voss"  # the witness the lede names
    assert WITNESS_RECORD[witness["cue"]["start"]:witness["cue"]["end"]] == "."
    assert witness["content"]["text"] == "Senator, the first hull will be delivered in 2029, three years late."


@pytest.mark.parametrize("text", [
    "The Secretary. That was the word the staff used for her.\n",
    "General Motors. The company said on Tuesday it would cut 2,000 jobs.\n",
])
def test_near_miss_a_title_not_in_capitals_opens_no_record_turn(run, text):
    """Only a surname in capitals makes a record label: ``General Motors.`` is a company."""
    assert _turns(run(text)) == []


FEDERAL_QUESTION_PERIOD = (
    "Question Period\n\n"
    "Mme Hélène Côté-Picard (Rimouski-Neigette—Témiscouata—Les Basques, BQ): Mr. Speaker, the ferry has "
    "been out of service for six weeks. When will it sail again?\n\n"
    "Hon. Émile Lévesque-Ouellet (Minister of Transport, Infrastructure and Communities and Quebec "
    "Lieutenant, Lib.): Mr. Speaker, a replacement vessel arrives on Monday.\n\n"
    "Mme Hélène Côté-Picard (Rimouski-Neigette—Témiscouata—Les Basques, BQ): Mr. Speaker, the families "
    "of the islands have heard that before.\n\n"
    "Hon. Émile Lévesque-Ouellet: Mr. Speaker, the vessel is now in Halifax.\n"
)


def test_a_hansard_label_with_a_long_portfolio_or_an_accented_name_is_a_turn(run):
    turns = _turns(run(FEDERAL_QUESTION_PERIOD))
    said = [(c["speaker"]["actor_id"], c["content"]["text"]) for c in turns]
    assert said == [
        ("helene-cote-picard", "Mr. Speaker, the ferry has been out of service for six weeks. When will it sail again?"),
        ("emile-levesque-ouellet", "Mr. Speaker, a replacement vessel arrives on Monday."),
        ("helene-cote-picard", "Mr. Speaker, the families of the islands have heard that before."),
        ("emile-levesque-ouellet", "Mr. Speaker, the vessel is now in Halifax."),
    ]
    assert turns[1]["cue"]["start"] == FEDERAL_QUESTION_PERIOD.index("Lib.):") + 5


def test_an_australian_label_with_a_time_after_the_seat_is_a_turn(run):
    text = ("Questions without Notice\n\n"
            "Mr TEHAN (Wannon—Shadow Minister for Energy) (14:01): My question is to the Treasurer. Why are "
            "power bills still rising?\n\n"
            "Dr CHALMERS (Rankin—Treasurer) (14:02): Inflation has more than halved since we took office.\n\n"
            "Mr TEHAN (Wannon—Shadow Minister for Energy) (14:05): Families in Wannon do not feel it.\n")
    turns = _turns(run(text))
    assert [c["content"]["text"] for c in turns] == [
        "My question is to the Treasurer. Why are power bills still rising?",
        "Inflation has more than halved since we took office.",
        "Families in Wannon do not feel it."]
    assert [c["speaker"].get("via", c["speaker"])["text"] for c in turns] == ["Mr TEHAN", "Dr CHALMERS", "Mr TEHAN"]


@pytest.mark.parametrize("text", [
    ("The minister (who had flown in from Ottawa that morning, and who looked tired): the questions kept "
     "coming.\n\nThe budget passed."),
    ("Monday (Ottawa, Parliament Hill, with the full cabinet): The budget is tabled.\n\n"
     "Tuesday (Toronto, with the premiers of the provinces): The first ministers meet."),
])
def test_near_miss_a_long_bracket_in_prose_or_a_schedule_makes_no_turn(run, text):
    assert not _turns(run(text))


# ------------------------------------------------------- a parliamentary verbatim report (CRE)
VERBATIM_REPORT = (
    "9. Fishing opportunities in the Baltic Sea for 2027 (debate)\n\n"
    "President. \u2013 The next item is the Commission statement on fishing opportunities in the Baltic Sea.\n\n"
    "Ioana Drăgulescu, Member of the Commission. \u2013 Madam President, honourable Members, the scientific "
    "advice is stark. Cod stocks in the western Baltic remain below safe limits.\n\n"
    "The directed fishery should therefore stay closed for another year.\n\n"
    "Lars-Erik Holmqvist, on behalf of the PPE Group. \u2013 Madam President, Commissioner, our fishermen say "
    "the quota cuts will empty the harbours. My group believes that a closure without compensation is unfair.\n\n"
    "(Applause)\n\n"
    "Margit Põder (Renew), blue-card question. \u2013 Colleague, will your group vote for the compensation "
    "fund?\n\n"
    "Lars-Erik Holmqvist (PPE), blue-card answer. \u2013 Yes. We asked for the fund in March and we will "
    "vote for it.\n\n"
    "Anneke de Vries, rapporteur. \u2014 Madam President, the fleet has shrunk by a third since 2015 \u2013\n\n"
    "(Interjection from Mr Holmqvist: 'Because of your rules!')\n\n"
    "\u2013 not because of our rules, colleague, but because the fish are gone.\n\n"
    "Ioana Drăgulescu, Member of the Commission. - Madam President, I will report back to the committee "
    "in June.\n\n"
    "President. \u2013 The debate is closed.\n"
)


def _dash_turns(claims: list[dict]) -> list[dict]:
    return [c for c in claims if c["cue"] and c["cue"]["text"] in ("\u2013", "\u2014", "-")]


def test_a_verbatim_reports_dash_labels_open_turns(run):
    turns = _dash_turns(run(VERBATIM_REPORT))
    speakers = [c["speaker"]["text"] for c in turns]
    assert "President" in speakers and "Anneke de Vries" in speakers
    assert any("Drăgulescu" in s for s in speakers) and any("Holmqvist" in s for s in speakers)
    assert any("Põder" in s for s in speakers)
    assert all(c["speaker"]["text"] != "Madam President" for c in run(VERBATIM_REPORT) if c["speaker"])


def test_a_verbatim_reports_turn_runs_to_the_next_label_without_stage_directions(run):
    turns = _dash_turns(run(VERBATIM_REPORT))
    commission = next(c for c in turns if "scientific advice" in c["content"]["text"])
    assert commission["content"]["text"].endswith("for another year.")  # no first person, still the turn
    rapporteur = next(c for c in turns if "fleet has shrunk" in c["content"]["text"])
    pieces = [VERBATIM_REPORT[a:b] for a, b in rapporteur["content"]["fragments"]]
    assert len(pieces) == 2 and pieces[1].startswith("\u2013 not because")
    assert not any("Interjection" in p for p in pieces)
    assert not any("Applause" in c["content"]["text"] for c in turns)


def test_inside_a_verbatim_turn_my_group_and_we_are_the_turns_speaker(run):
    claims = run(VERBATIM_REPORT)
    believes = next(c for c in claims if c["cue"] and c["cue"]["text"] == "believes")
    assert "Holmqvist" in believes["speaker"]["text"] and believes["speaker"]["via"]["text"] == "My group"
    say = next(c for c in claims if c["cue"] and c["cue"]["text"] == "say")
    assert say["speaker"]["text"] == "our fishermen"  # not the vocatives before them


@pytest.mark.parametrize("text", [
    "GRAND RAPIDS, Mich. \u2014 Democratic Rep. Hillary Scholten said Tuesday she will seek a third term.\n\n"
    "Scholten told reporters the district needs a voice on water.\n\n"
    "BRUSSELS (Reuters) - The European Union agreed on Tuesday to delay its forest rules, diplomats said.",
    "Brussels, Belgium. \u2013 The Commission said on Monday it would delay the rules.\n\n"
    "The delay was the second in a year. \u2013 That, officials said, was the last one.\n\n"
    "Thanks. \u2013 The minister said so.",
])
def test_near_miss_datelines_and_dashed_sentences_are_no_verbatim_labels(run, text):
    assert not [c for c in run(text) if c["cue"] and c["cue"]["text"] in ("\u2013", "\u2014", "-")]


def test_a_paragraph_that_only_opens_and_closes_with_a_bracket_is_no_stage_direction():
    """``(Applause) We will vote … (and against …)`` goes on the turn; ``(Applause)`` and a
    bracket with a bracket inside are stage directions."""
    from types import SimpleNamespace

    from pipeline.components.claim_turn_transcripts import _stage_direction

    def stage(text):
        return _stage_direction(SimpleNamespace(text=text), (0, len(text)))

    assert stage("(Applause)")
    assert stage("(The sitting was suspended at 12.30 (and resumed at 15.00))")
    assert not stage("(Applause) We will vote for the report (and against the amendments)")
    assert not stage("")


UN_ENCOUNTER = (
    "Press encounter\n\n"
    "by UN Secretary-General Amara Diallo following the Security Council Open Debate on Sudan\n\n"
    "SECRETARY-GENERAL: Good afternoon. The Council has just heard from the humanitarian coordinators "
    "for Darfur and Kordofan.\n\n"
    "I am deeply alarmed by the scale of the hunger we are seeing. We have asked donors for $2.7 billion, "
    "and less than a quarter has arrived.\n\n"
    "Our teams in El Fasher have been blocked from reaching the city for eleven weeks. I call on both "
    "parties to open the roads now.\n\n"
    "And we met the Sudanese foreign minister this morning. He told us that the government would allow "
    "convoys through the Adre crossing until the end of the year.\n\n"
    "SPOKESPERSON: We have time for two questions.\n\n"
    "QUESTION: Secretary-General, do you trust that promise?\n\n"
    "SECRETARY-GENERAL: I will judge it by the trucks that cross, not by the words.\n\n"
    "QUESTION: And the arms embargo?\n\n"
    "SECRETARY-GENERAL: That is for the Council to decide.")


def test_label_blocks_do_not_count_paragraphs_that_continue_a_turn():
    from pipeline.components.claim_turn_labels import label_blocks

    labelled = ["A", None, None, None, "B", None, "C"]
    assert label_blocks(labelled) == [[0], [4, 6]]
    assert label_blocks(labelled, frozenset({1, 2, 3})) == [[0, 4, 6]]
    assert label_blocks(labelled, frozenset({1})) == [[0, 4, 6]]  # two gaps left: still one run


def test_an_opening_statement_over_four_paragraphs_stays_in_the_transcript(run):
    """The fourth paragraph of the opening turn reports a third party (``He told us that …``): the
    turn is still the speaker's, and its ``I`` is the speaker; the reported ``He`` is not."""
    claims = run(UN_ENCOUNTER)
    first = [t for t in _turns(claims) if t["text"].startswith("Good afternoon")]
    assert first and first[0]["speaker"]["text"].endswith("Amara Diallo")
    assert first[0]["text"].endswith("until the end of the year.")
    assert _with_cue(claims, "call")["speaker"]["text"].endswith("Amara Diallo")
    told = _with_cue(claims, "told")
    assert told["speaker"]["via"]["text"] == "He" and "Diallo" not in told["speaker"]["text"]


def test_narration_after_a_lone_label_still_parts_it_from_the_transcript(run):
    text = ("Ridgeway: A city of contrasts, where old mills stand beside new labs.\n\n"
            "The mill closed in 1998. Its owners moved production to Mexico.\n\n"
            "The council bought the site in 2019 and leased it to a biotech start-up.\n\n"
            "Mayor Joan Pike spoke to reporters on Tuesday.\n\n"
            "Q: Will the labs bring jobs?\n\n"
            "PIKE: About 400 of them by 2027.\n\n"
            "Q: And the old workers?\n\n"
            "PIKE: We are retraining them.")
    turns = _turns(run(text))
    assert len(turns) == 4 and not [t for t in turns if t["text"].startswith("A city")]


def test_a_title_label_is_the_one_person_the_transcript_credits_with_that_title(run):
    """``SECRETARY-GENERAL:`` is the person the line under the title names so (``by UN
    Secretary-General Amara Diallo following …``), in every turn; ``SPOKESPERSON:``, whom nobody
    is named as, stays the label."""
    turns = _turns(run(UN_ENCOUNTER))
    sg = [t for t in turns if t["speaker"].get("via", {}).get("text") == "SECRETARY-GENERAL"]
    assert len(sg) == 3 and all(t["speaker"]["text"] == "UN Secretary-General Amara Diallo" for t in sg)
    assert [t["speaker"]["text"] for t in turns if t["text"].startswith("We have time")] == ["SPOKESPERSON"]
