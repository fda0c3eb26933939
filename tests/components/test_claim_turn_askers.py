"""``Q:`` in a press briefing transcript is a reporter (claim_turn_askers.py).

Every text here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

BRIEFING = (
    "Harbor ministry defends ferry cuts\n\n"
    "Ministry spokesman Ole Varga told reporters at the weekly briefing that the ferry timetable "
    "would be cut in the winter.\n\n"
    "Q: Will the island routes keep a daily boat?\n\n"
    "VARGA: They will. Nobody on the islands will be cut off.\n\n"
    "Q: And the fares?\n\n"
    "VARGA: The fares stay where they are until March.\n"
)

TOWN_HALL = (
    "Residents press mayor on ferry cuts\n\n"
    "Mayor Ole Varga faced more than 200 residents at a packed town hall meeting on Tuesday night.\n\n"
    "Q: Will the island routes keep a daily boat?\n\n"
    "VARGA: They will. Nobody on the islands will be cut off.\n\n"
    "Q: And the fares?\n\n"
    "VARGA: The fares stay where they are until March.\n"
)


def _questions(claims):
    return [c for c in claims if c["cue"] is not None and c["cue"]["text"] == ":" and c["speaker"]["text"] == "Q"]


def test_q_in_a_briefing_is_a_reporter(claims_of):
    asked = _questions(claims_of(BRIEFING))
    assert len(asked) == 2
    assert all(c["speaker"]["norm"]["name"] == "a reporter" for c in asked)
    assert all(c["speaker"]["actor_id"] is None for c in asked)


def test_q_at_a_town_hall_stays_the_label(claims_of):
    asked = _questions(claims_of(TOWN_HALL))
    assert len(asked) == 2
    assert all("norm" not in c["speaker"] for c in asked)


# -- only the paragraphs introducing the transcript, whole words, no interviewing outlet (fixb mend 4)
OUTLET_INTERVIEW = (
    "Fisheries chief on quotas\n\n"
    "Fisheries Minister Ole Varga, who left a cabinet briefing early on Friday, spoke with The Dock "
    "Weekly about quotas.\n\n"
    "Q: Will the quotas fall?\n\n"
    "VARGA: Only for cod.\n"
)

DEBRIEFING = (
    "Pilots and the storm\n\n"
    "After a long debriefing, Captain Ole Varga answered questions from passengers.\n\n"
    "Q: Were you afraid?\n\n"
    "VARGA: Not for a moment.\n"
)

def test_q_in_an_outlets_interview_is_no_briefing_reporter(claims_of):
    asked = _questions(claims_of(OUTLET_INTERVIEW))
    assert asked and all("norm" not in c["speaker"] for c in asked)


def test_debriefing_makes_no_reporter(claims_of):
    asked = _questions(claims_of(DEBRIEFING))
    assert asked and all("norm" not in c["speaker"] for c in asked)


def test_reporters_at_a_briefing_still_ask_when_told_reporters(claims_of):
    text = BRIEFING.replace("told reporters at the weekly briefing", "spoke to reporters at the weekly briefing, saying")
    asked = _questions(claims_of(text))
    assert len(asked) == 2 and all(c["speaker"]["norm"]["name"] == "a reporter" for c in asked)


# -- a transcript framed only by its title: the headline, subheads and standfirst count (fixbriefing31)
TITLED_BRIEFING = (
    "Transcript: press conference of the Harbor Ministry, 4 March\n\n"
    "Speakers: Ole Varga, spokesman of the Harbor Ministry.\n\n"
    "VARGA: Good morning. The ferry timetable will be cut in the winter.\n\n"
    "Question: Will the island routes keep a daily boat?\n\n"
    "VARGA: They will. Nobody on the islands will be cut off.\n"
)

CAPITAL_HEADING_BRIEFING = (
    "GOVERNMENT PRESS CONFERENCE OF 9 JUNE\n\n"
    "Unofficial translation.\n\n"
    "Deputy Spokeswoman Mira Lund: Welcome. I have nothing to announce today.\n\n"
    "Q: Has the cabinet agreed the grain subsidy?\n\n"
    "LUND: Not yet. It will come back next week.\n"
)

TITLED_INTERVIEW = (
    "Interview: Harbor minister on the press conference row\n\n"
    "Ole Varga has been harbor minister since May.\n\n"
    "Q: Why did you walk out?\n\n"
    "VARGA: Because the questions were not about ferries.\n"
)

STANDFIRST_INTERVIEW = (
    "After the briefing, a minister explains\n\n"
    "The harbor minister, interviewed by our editor, on why he left early\n\n"
    "By Ana Weiss\n\n"
    "Ole Varga has been harbor minister since May.\n\n"
    "Q: Why did you leave early?\n\n"
    "VARGA: I had a ferry to catch.\n"
)


def _asked(claims):
    return [c for c in claims if c["cue"] is not None and c["cue"]["text"] == ":"
            and c["speaker"]["text"] in ("Q", "Question")]


def test_q_under_a_press_conference_title_is_a_reporter(claims_of):
    asked = _asked(claims_of(TITLED_BRIEFING))
    assert len(asked) == 1 and asked[0]["speaker"]["norm"]["name"] == "a reporter"
    assert asked[0]["speaker"]["actor_id"] is None


def test_q_under_a_capital_heading_is_a_reporter(claims_of):
    asked = _asked(claims_of(CAPITAL_HEADING_BRIEFING))
    assert len(asked) == 1 and asked[0]["speaker"]["norm"]["name"] == "a reporter"


def test_q_under_an_interview_title_is_no_reporter(claims_of):
    asked = _asked(claims_of(TITLED_INTERVIEW))
    assert asked and all("norm" not in c["speaker"] for c in asked)


def test_q_under_an_interview_standfirst_is_no_reporter(claims_of):
    asked = _asked(claims_of(STANDFIRST_INTERVIEW))
    assert asked and all("norm" not in c["speaker"] for c in asked)


INTERVIEW_OUTLET = (
    "Island council defends ferry cuts\n\n"
    "Council leader Ingrid Solberg told Harbour Radio last week that the winter timetable was final.\n\n"
    "In an interview in Tromvik on Monday, Solberg was asked about the fares:\n\n"
    "Q: Will the fares rise in January?\n\n"
    "A: They will not. I have said so to every islander who asked.\n"
)

FACT_CHECK = (
    "Did the ferry fares really double?\n\n"
    "A councillor said at a press conference that fares had doubled since 2020.\n\n"
    "We asked the ferry company for its figures. A spokesman sent answers:\n\n"
    "Q: What did a return ticket cost in 2020?\n\n"
    "A: It cost 40 kroner, and it costs 52 today.\n\n"
    "Our ruling\n\n"
    "We rate the claim False.\n"
)


def _asker(claims):
    return next(c["speaker"] for c in claims if c["cue"] is not None and c["cue"]["text"] == ":"
                and c["speaker"]["via"] is not None and c["speaker"]["via"]["text"] == "Q")


def test_q_in_an_interview_nobody_is_credited_with_is_the_one_outlet_named(claims_of):
    asker = _asker(claims_of(INTERVIEW_OUTLET))
    assert asker["text"] == "Harbour Radio"


def test_q_in_a_fact_check_is_the_outlet_of_the_front_matter(full_nlp):
    from pipeline.components.claims import extract_claims

    doc = full_nlp(FACT_CHECK)
    doc._.source = "Harbor City Check"
    asker = _asker(extract_claims(doc, "a.txt"))
    assert asker["norm"]["name"] == "Harbor City Check"


def test_q_at_a_town_hall_keeps_its_label_near_miss(claims_of):
    assert all(c["speaker"].get("via") is None for c in _questions(claims_of(TOWN_HALL)))
