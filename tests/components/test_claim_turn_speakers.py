"""Who speaks a turn (``pipeline/components/claim_turn_speakers.py``): role labels.

Moved from test_claim_turns.py when claim_turns.py was split; every article here is written for
these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

import pytest

from conftest import labelled_turns



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


COMMITTEE = (
    "Work and Pensions Committee\n\n"
    "Oral evidence: Pension credit take-up, HC 311\n\n"
    "Members present: Dame Aileen Fraser (Chair); Rob Tennant; Nadia Oyelaran.\n\n"
    "Witnesses\n"
    "I: Hugo Lindqvist, Director, Age Forward.\n"
    "II: Priya Chandran MP, Minister for Pensions, Department for Work and Pensions.\n\n"
    "Examination of witness\n"
    "Witness: Hugo Lindqvist.\n\n"
    "Q1 Chair: Mr Lindqvist, why do so many pensioners miss out?\n\n"
    "Hugo Lindqvist: Because the form is forty pages long. Nobody should need a lawyer to claim it.\n\n"
    "Q2 Rob Tennant: Would automatic enrolment fix it?\n\n"
    "Hugo Lindqvist: It would fix most of it.\n\n"
    "Examination of witness\n"
    "Witness: Priya Chandran MP.\n\n"
    "Q3 Chair: Minister, will you bring in automatic enrolment?\n\n"
    "The Minister: We are looking at it closely. I expect to say more in the spring.\n\n"
    "Q4 Nadia Oyelaran: Before the election?\n\n"
    "The Minister: Before the summer recess.\n\n"
    "Chair: Thank you, Minister.\n"
)


def test_chair_label_is_the_member_named_chair_in_brackets(claims_of):
    said = labelled_turns(claims_of(COMMITTEE), "Chair")
    assert len(said) == 3
    assert all(c["speaker"]["text"] == "Dame Aileen Fraser" for c in said)


def test_minister_label_is_the_witness_whose_post_an_earlier_list_gives(claims_of):
    said = labelled_turns(claims_of(COMMITTEE), "The Minister")
    assert len(said) == 2
    assert all(c["speaker"]["text"].startswith("Priya Chandran") for c in said)


def test_a_name_a_turn_opens_with_is_not_titled_by_its_label(claims_of):
    text = COMMITTEE.replace("Dame Aileen Fraser (Chair)", "Dame Aileen Fraser")
    said = labelled_turns(claims_of(text), "Chair")
    assert said and all(c["speaker"]["text"] == "Chair" for c in said)


EMAILED_ANSWERS = (
    "Does the bypass really cut commutes in half?\n\n"
    "Councillor Bram Otterly has said the new bypass halves the morning commute. Otterly repeated "
    "the figure at two meetings, and Otterly's newsletter printed it in June.\n\n"
    "We asked the council for its traffic counts. Press officer Mirela Vasquez replied by email:\n\n"
    "Q: Where does the figure come from?\n\n"
    "A: From a consultant's model made before the road opened. Counts will follow in the autumn.\n"
)


def test_answers_are_the_one_person_the_colon_sentence_before_them_names(claims_of):
    answers = labelled_turns(claims_of(EMAILED_ANSWERS), "A")
    assert len(answers) == 1
    assert answers[0]["speaker"]["text"].endswith("Mirela Vasquez")


def test_a_colon_sentence_naming_two_people_picks_no_answerer_from_it(claims_of):
    text = EMAILED_ANSWERS.replace("Press officer Mirela Vasquez replied by email:",
                                   "Press officer Mirela Vasquez and engineer Tomas Ruud replied by email:")
    answers = labelled_turns(claims_of(text), "A")
    assert len(answers) == 1
    assert "Vasquez" not in answers[0]["speaker"]["text"] and "Ruud" not in answers[0]["speaker"]["text"]


# -- the answerer is the subject of the colon sentence, never a person around it (round 32 review) --
def test_near_miss_a_person_in_an_asked_about_frame_does_not_answer(claims_of):
    text = ("Company defends drilling plan\n\n"
            "Northwind Energy plans to drill three new wells off the coast this year.\n\n"
            "Asked about criticism from Senator Jane Ortiz, a spokesman for the company sent the following answers:\n\n"
            "Q: Why drill now?\n\nA: Demand for gas is rising and the wells are safe.\n\n"
            "Q: What about the spill risk?\n\nA: We use the best equipment in the industry.\n")
    answers = labelled_turns(claims_of(text), "A")
    assert len(answers) == 2
    assert all(a["speaker"]["actor_id"] != "jane-ortiz" and "Ortiz" not in a["speaker"]["text"] for a in answers)


def test_near_miss_a_person_in_a_prepositional_frame_does_not_answer(claims_of):
    text = ("Council defends bypass figure\n\n"
            "Councillor Bram Otterly has said the new bypass halves the morning commute.\n\n"
            "Pressed on doubts raised by engineer Lena Holt, a press officer for Harrow Council replied by email:\n\n"
            "Q: Where does the figure come from?\n\nA: From a consultant's model made before the road opened.\n")
    answers = labelled_turns(claims_of(text), "A")
    assert len(answers) == 1
    assert "Holt" not in answers[0]["speaker"]["text"] and "Otterly" not in answers[0]["speaker"]["text"]


def test_a_body_that_sends_the_answers_answers(claims_of):
    text = ("Council defends bypass figure\n\n"
            "Councillor Bram Otterly has said the new bypass halves the morning commute.\n\n"
            "After complaints from engineer Lena Holt, Harrow Council sent the following answers:\n\n"
            "Q: Where does the figure come from?\n\nA: From a consultant's model made before the road opened.\n")
    answers = labelled_turns(claims_of(text), "A")
    assert len(answers) == 1
    assert answers[0]["speaker"]["actor_id"] == "harrow-council"


def test_near_miss_the_person_a_spokesman_works_for_does_not_answer(claims_of):
    text = ("Senator defends expenses\n\n"
            "Senator Jane Ortiz claimed $40,000 in travel expenses last year.\n\n"
            "A lawyer for Senator Jane Ortiz sent the following answers by email:\n\n"
            "Q: Were the trips official business?\n\nA: Every trip was approved by the Senate.\n")
    answers = labelled_turns(claims_of(text), "A")
    assert len(answers) == 1
    assert "Ortiz" not in answers[0]["speaker"]["text"]


HANSARD_GROUPS = (
    "Provincial legislature debates ambulance delays\n\n"
    "Question Period, Tuesday 4 March\n\n"
    "Ms. Rosalind Achterberg (Bayview North): My question is for the Minister of Health. Families in my "
    "riding waited four hours for an ambulance last winter. When will that end?\n\n"
    "Hon. Patrick Ostrowski: The member knows we have funded forty new paramedic positions this year.\n\n"
    "Some hon. members: Hear, hear.\n\n"
    "Ms. Rosalind Achterberg: Forty positions will not fill a single night shift in Bayview.\n\n"
    "Interjections.\n\n"
    "An hon. member: Shame!\n\n"
    "Hon. Patrick Ostrowski: I will take no lessons from the party that closed two stations.\n\n"
    "Some Hon. Members: Oh, oh!\n"
)


@pytest.mark.parametrize("label, said", [("Some hon. members", "Hear, hear."), ("An hon. member", "Shame!"),
                                         ("Some Hon. Members", "Oh, oh!")])
def test_group_labels_of_a_parliamentary_record_are_turns_of_the_label_as_written(claims_of, label, said):
    turns = labelled_turns(claims_of(HANSARD_GROUPS), label)
    assert [c["content"]["text"] for c in turns] == [said]
    assert turns[0]["speaker"]["text"] == label and turns[0]["speaker"]["actor_id"] is None
    assert "via" not in turns[0]["speaker"]


def test_near_miss_a_stage_note_without_a_colon_is_no_turn(claims_of):
    claims = claims_of(HANSARD_GROUPS)
    assert not [c for c in claims if "Interjections" in c["content"]["text"]]
    ostrowski = labelled_turns(claims, "Hon. Patrick Ostrowski")
    assert ostrowski and all(c["speaker"]["actor_id"] == "patrick-ostrowski" for c in ostrowski)


HYPHENATED_PANEL = (
    "Panel on the water tariff\n\n"
    "The utility's finance director, Ines Moreau-Vidal, and the consumer advocate Leon Barre took questions.\n\n"
    "Moderator: Why are bills rising again?\n\n"
    "Ines Moreau-Vidal: Because the pipes are eighty years old. The repairs cannot wait.\n\n"
    "Leon Barre: Nobody disputes the repairs. The question is who pays.\n\n"
    "Ines Moreau-Vidal: Everyone pays, over thirty years.\n"
)


def test_hyphenated_surname_label_is_the_person_named_before(claims_of):
    """``Ines Moreau-Vidal:`` is one label word per name, though the mention is four tokens."""
    said = [c for c in claims_of(HYPHENATED_PANEL) if c["cue"] and c["cue"]["text"] == ":"
            and c["text"].startswith(("Because", "Everyone"))]
    assert len(said) == 2 and all(c["speaker"]["actor_id"] == "ines-moreau-vidal" for c in said)


# -- a deposition or hearing: the answers are the person the sentence before says was asked (round 47) --
MINE_DEPOSITION = (
    "Mine safety chief says warnings went unheeded\n\n"
    "Residents of Harlan County have waited six years for answers. County commissioner Ed Pike said on "
    "Monday that the county would not settle, and Pike has called the mine \"a disgrace.\"\n\n"
    "Lawyers for the families questioned Hollis Grant, the mine's former safety manager, under oath in March, "
    "according to a transcript filed with the court.\n\n"
    "Q: Did anyone tell you the ventilation fans were failing?\n\n"
    "A: I told them myself. Twice, in writing.\n\n"
    "Q: What did they say?\n\n"
    "A: They said the fans would be fixed in the next budget.\n\n"
    "Pike said the county had asked for the memos in 2019.\n"
)


@pytest.mark.parametrize("intro", [
    "Lawyers for the families questioned Hollis Grant, the mine's former safety manager, under oath in March, "
    "according to a transcript filed with the court.",
    "The mine's former safety manager, Hollis Grant, was asked about the fans in a deposition in March, "
    "according to a transcript filed with the court.",
    "In a deposition in March, the mine's former safety manager, Hollis Grant, said the warnings were ignored.",
])
def test_answers_are_the_person_the_sentence_before_says_was_asked(claims_of, intro):
    text = MINE_DEPOSITION.replace(MINE_DEPOSITION.split("\n\n")[2], intro)
    answers = labelled_turns(claims_of(text), "A")
    assert [a["content"]["text"] for a in answers] == [
        "I told them myself. Twice, in writing.", "They said the fans would be fixed in the next budget."]
    assert all(a["speaker"]["actor_id"] == "hollis-grant" for a in answers)
    assert all(a["speaker"]["via"]["text"] == "A" for a in answers)


def test_near_miss_an_unnamed_person_asked_answers_as_written_not_the_person_named_most(claims_of):
    text = MINE_DEPOSITION.replace(MINE_DEPOSITION.split("\n\n")[2],
                                   "In a deposition in March, a former shift supervisor was asked about the fans.")
    answers = labelled_turns(claims_of(text), "A")
    assert len(answers) == 2
    assert all(a["speaker"]["text"] == "a former shift supervisor" and a["speaker"]["actor_id"] != "ed-pike"
               for a in answers)


def test_near_miss_the_person_a_request_is_made_to_does_not_answer(claims_of):
    text = MINE_DEPOSITION.replace(MINE_DEPOSITION.split("\n\n")[2],
                                   "Hollis Grant, the mine's former safety manager, testified for six hours. "
                                   "His lawyers asked Judge Ruth Akers to seal the transcript.")
    answers = labelled_turns(claims_of(text), "A")
    assert len(answers) == 2 and not any(a["speaker"]["actor_id"] == "ruth-akers" for a in answers)


def test_near_miss_a_role_no_actor_stands_for_leaves_the_answerer_to_the_article(claims_of):
    text = ("Varga Foods cuts outlook as cocoa costs bite\n\n"
            "Chief Executive Officer Lena Varga said costs rose 30% in the quarter. Varga added that prices "
            "would rise again in January.\n\n"
            "On the call, Citi analyst Dana Ko pressed the CEO on margins.\n\n"
            "Question: When do margins recover?\n\n"
            "Answer: Not before the second half of next year.\n")
    answers = labelled_turns(claims_of(text), "Answer")
    assert len(answers) == 1 and answers[0]["speaker"]["actor_id"] == "lena-varga"
