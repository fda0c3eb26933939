"""actor_layout: crossheads name no actor; the places of a slash dateline are mentions."""

from __future__ import annotations

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_layout import crosshead_spans, is_crosshead_line, slash_dateline
from pipeline.components.claim_sections import classify_paragraphs, dateline_spans
from tests.conftest import actor_spans

CROSSHEAD_STORY = ("Port strike spreads to second terminal\n\n"
                   "Dockers in Rotterdam walked out on Monday, the union said, joining colleagues at Antwerp.\n\n"
                   "\"We have waited long enough,\" a shop steward told the crowd.\n\n"
                   "BRUSSELS STEPS IN\n\n"
                   "The European Commission said it was watching the dispute closely.\n\n"
                   "SHIPPERS COUNT THE COST\n\n"
                   "Freight companies said delays had reached four days.")

DIGEST = ("World briefing\n\n"
          "Oct 2 (Reuters) - The following is a summary of the day's main stories.\n\n"
          "CHILE CALLS SNAP VOTE\n\n"
          "SANTIAGO - Chile's president on Thursday called an early election for December.\n\n"
          "KENYA BANS GRAIN EXPORTS\n\n"
          "NAIROBI - Kenya's agriculture ministry halted maize exports for three months.")


def spans(text):
    return [text[s:e] for s, e in crosshead_spans(text, classify_paragraphs(text), dateline_spans(text))]


@pytest.mark.parametrize("line,expected", [
    ("BRUSSELS STEPS IN", True),
    ("THE MINISTER'S PLAN", True),
    ("'A LINE IN THE SAND'", True),
    ("Brussels steps in", False),                       # a title-case line is no crosshead here
    ("ROME - THE GOVERNMENT FELL ON TUESDAY.", False),  # ends a sentence
    ("ONE TWO THREE FOUR FIVE SIX SEVEN", False),       # too long for a section title
    ("2026", False),                                    # no letters
])
def test_is_crosshead_line(line, expected):
    assert is_crosshead_line(line) is expected


def test_crossheads_are_short_capital_lines_between_body_paragraphs():
    assert spans(CROSSHEAD_STORY) == ["BRUSSELS STEPS IN", "SHIPPERS COUNT THE COST"]


def test_digest_item_headlines_over_a_dateline_are_no_crossheads():
    assert spans(DIGEST) == []


def test_a_capital_line_ending_the_text_is_no_crosshead():
    text = "Headline here\n\nThe council met on Monday.\n\nMore to follow.\n\nEND OF STORY"
    assert spans(text) == []


def test_slash_dateline_places(blank_nlp):
    text = ("Talks resume\n\nHANOI/PHNOM PENH, June 2 (Reuters) - Vietnam and Cambodia met.\n\n"
            "A guard stands at the gate. REUTERS/Minh Tran\n\nCAIRO/KHARTOUM \u2014 Officials met.")
    doc = blank_nlp(text)
    found = [t.text for t in doc if t.is_alpha and slash_dateline(doc, t.i, t.i + 1)]
    assert found == ["HANOI", "PHNOM", "PENH", "CAIRO", "KHARTOUM"]


def test_slash_credit_alone_on_a_line_is_no_dateline(blank_nlp):
    doc = blank_nlp("Protesters gather in the square.\nAFP/GETTY IMAGES\n\nPolice said ten were held.")
    assert not any(slash_dateline(doc, t.i, t.i + 1) for t in doc if t.is_alpha)


def test_crosshead_names_no_actor(nlp):
    found = [s.text for s in actor_spans(nlp, CROSSHEAD_STORY, None)]
    assert "BRUSSELS" not in found and "SHIPPERS" not in found
    assert "The European Commission" in found and "Freight companies" in found


def test_digest_item_headline_names_stay_actors(nlp):
    found = [s.text for s in actor_spans(nlp, DIGEST, None)]
    assert "CHILE" in found and "KENYA" in found


def test_slash_dateline_places_are_mentions(nlp):
    text = ("Neighbours agree to reopen border\n\n"
            "HANOI/PHNOM PENH, June 2 (Reuters) - Vietnam and Cambodia agreed on Monday to reopen two "
            "border crossings, officials in both capitals said.")
    found = {s.text: s._.norm["actor_id"] for s in actor_spans(nlp, text, None)}
    assert "HANOI" in found and "PHNOM PENH" in found
    for span in actor_spans(nlp, text, None):
        assert text[span.start_char:span.end_char] == span.text


def test_capital_of_a_slash_dateline_is_a_place_not_its_government(nlp):
    text = ("Mali junta seizes gold mine\n\n"
            "BAMAKO/LONDON, May 7 (Reuters) - Mali's military rulers took control of a gold mine run by a "
            "British miner on Wednesday, the company said.")
    found = {s.text: s._.norm for s in actor_spans(nlp, text, None)}
    assert found["LONDON"]["type"] == "location" and found["BAMAKO"]["type"] == "location"


@pytest.mark.parametrize("line,expected", [
    ("ZELENSKY: WE WILL NOT CEDE LAND", False),     # reviewer: a live-blog post heading, a statement
    ("SCHOLZ: TALKS MUST GO ON", False),            # a name, a colon, a statement
    ("MORALES 'WE ARE NOT LEAVING'", False),        # a name before a quotation
    ("PRESIDENT MILEI \u201cNO MORE BAILOUTS\u201d", False),
    ("KREMLIN 'REGRETS'", True),                    # scare quotes round one word: a section title
    ("'A LINE IN THE SAND'", True),                 # quoted whole: a section title
    ("RATING: HALF TRUE", True),                    # a short label line
])
def test_statement_headings_are_no_crossheads(line, expected):
    assert is_crosshead_line(line) is expected


def test_statement_heading_speaker_stays_an_actor(nlp):
    text = ("Live: war in Ukraine\n\nRussian forces launched a new attack on Kharkiv overnight, officials said.\n\n"
            "ZELENSKY: WE WILL NOT CEDE LAND\n\n"
            "Ukraine's president said on Tuesday that no peace deal could include territorial concessions.\n\n"
            "NATO CHIEF WARNS MOSCOW\n\nMark Rutte said the alliance would defend every inch of its territory.")
    assert spans(text) == ["NATO CHIEF WARNS MOSCOW"]
    assert "ZELENSKY" in [s.text for s in actor_spans(nlp, text, None)]


@pytest.mark.parametrize("text,name", [
    ("Housing Committee\n\nQ1 Chair: Mr Haddow, you said the target was achievable.\n\n"
     "Lisa Grant: It never was.\n\nQ2 Sarah Quigley: Ms Grant, you said councils had no land.\n\n"
     "Alan Haddow: Councils have plenty of land.", "Sarah Quigley"),
    ("Defence Committee\n\nQ 88 Rowan Ashdown: Were the frigates ready?\n\n"
     "Admiral Pell: Two of them were not.", "Rowan Ashdown"),
])
def test_a_question_number_is_no_part_of_a_name(nlp, text, name):
    found = [s.text for s in actor_spans(nlp, text, None)]
    assert name in found
    assert not [f for f in found if f.startswith("Q")]


@pytest.mark.parametrize("text,place", [
    ("Kedah votes\n\nALOR SETAR, Malaysia, Oct 3 (Reuters) - Voters in Kedah went to the polls on Saturday.",
     "ALOR SETAR"),
    ("Farmers block highway\n\nPUERTO AYACUCHO, Venezuela (AP) \u2014 Farmers blocked a highway on Monday, "
     "police said.", "PUERTO AYACUCHO"),
    ("Miners strike\n\nSANTA ROSA/SAN PEDRO SULA, May 4 - Miners walked out on Tuesday.", "SAN PEDRO SULA"),
])
def test_dateline_place_of_several_capital_words_is_a_location(nlp, text, place):
    found = {s.text: s._.norm for s in actor_spans(nlp, text, None)}
    assert found[place]["type"] == "location"
    assert text.index(place) == next(s.start_char for s in actor_spans(nlp, text, None) if s.text == place)


@pytest.mark.parametrize("text,start,expected", [
    ("KOTA KINABALU, Malaysia, Nov 29 (Reuters) - Voters cast ballots.", 0, 2),
    ("TUCSON — Officials closed the pass on Friday.", 0, 1),                 # one word before the dash
    ("SARAJEVO/BANJA LUKA, March 6 - Lawmakers voted.", 2, 4),
    ("STEVE INSKEEP, HOST: The strike is in its second week.", 0, None),       # a transcript label
    ("MARIA LOPEZ, BYLINE: That's right, Steve - they will not go back.", 0, None),
    ("BOND MARKETS, OIL PRICES - what to watch this week", 0, None),             # a capitals headline
    ("NEUTRAL GROUND\n\nOfficials met on Monday.", 0, None),                    # a crosshead ends its line
    ("Talks go on in KUALA LUMPUR, Malaysia - officials said.", 4, None),       # not the line's first words
])
def test_dateline_place_end(blank_nlp, text, start, expected):
    from pipeline.components.actor_layout import dateline_place_end
    assert dateline_place_end(blank_nlp(text), start) == expected
