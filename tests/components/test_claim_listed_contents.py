"""A bulleted list a reporting verb introduces with a colon (``claim_listed_contents``): each
item is a statement of the verb's speaker. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _cued(claims: list[dict], cue: str) -> list[dict]:
    return [c for c in claims if c["cue"] and c["cue"]["text"] == cue]


def _contents(claims: list[dict]) -> list[str]:
    return [c["content"]["text"] for c in claims]


def test_listed_contents_each_item_is_a_statement_of_the_verb(claims_of):
    text = ("The audit office reviewed the hospital building programme.\n\n"
            "The National Audit Office concluded:\n\n"
            "- waiting lists grew by a fifth in two years;\n"
            "- only half of the promised wards were built;\n"
            "- staff costs rose faster than budgets.\n\n"
            "Ministers rejected the findings.")
    listed = _cued(claims_of(text), "concluded")
    assert _contents(listed) == ["waiting lists grew by a fifth in two years",
                                 "only half of the promised wards were built",
                                 "staff costs rose faster than budgets"]
    assert {c["speaker"]["text"] for c in listed} == {"The National Audit Office"}


def test_listed_contents_a_speech_verb_gives_one_claim_per_item(claims_of):
    text = ("The nurses' union said:\n\n"
            "• members will walk out on Monday\n"
            "• junior doctors will join them\n")
    listed = _cued(claims_of(text), "said")
    assert _contents(listed) == ["members will walk out on Monday", "junior doctors will join them"]
    assert all(c["speaker"]["text"] == "The nurses' union" for c in listed)


def test_listed_contents_offsets_index_the_text(claims_of):
    text = ("The regulator found:\n\n- fees were 40 percent above the cap\n- two lenders broke the rules\n")
    for c in _cued(claims_of(text), "found"):
        content = c["content"]
        assert text[content["start"]:content["end"]] == content["text"]
        assert text[c["start"]:c["end"]] == c["text"]


def test_listed_contents_an_item_with_its_own_cue_keeps_it(claims_of):
    text = ("The council said:\n\n"
            "- the budget will be balanced next year\n"
            "- auditors say the pension fund is short of money\n")
    claims = claims_of(text)
    assert _contents(_cued(claims, "said")) == ["the budget will be balanced next year"]
    assert _cued(claims, "say")


def test_listed_contents_not_after_a_heading_colon(claims_of):
    text = ("Key points:\n- Rents rose by 9 percent in the capital\n- The city council froze its fees\n\n"
            "The mayor spoke on Monday.")
    assert not any(c["cue"] and c["cue"]["text"] == ":" for c in claims_of(text))
    assert not any(c.get("list_item") for c in claims_of(text))


def test_listed_contents_not_for_a_single_item(claims_of):
    text = "The inspectors found:\n\n- the kitchen had no hot water.\n\nThe restaurant closed."
    assert not any(c.get("list_item") for c in claims_of(text))


def test_listed_contents_not_when_the_verb_has_an_object_before_the_colon(claims_of):
    text = ("The ministry published three figures:\n\n- exports fell by 3 percent\n- imports rose by 2 percent\n")
    assert not any(c.get("list_item") for c in claims_of(text))


# -- review of round 40: items read as any reported clause, labelled items, one list marker --------
CONCEDED = ("The hospital trust conceded:\n\n"
            "- Nurses were not given protective gowns in March.\n"
            "- Some operations might be delayed until autumn.\n\n"
            "Unions welcomed the admission.")


def test_listed_contents_an_item_keeps_its_negation_and_hedge(claims_of):
    listed = _cued(claims_of(CONCEDED), "conceded")
    assert _contents(listed) == ["Nurses were not given protective gowns in March",
                                 "Some operations might be delayed until autumn"]
    assert [c["modality"]["negated"] for c in listed] == [True, False]
    assert [c["modality"]["hedged"] for c in listed] == [False, True]
    assert [c["modality"]["cues"] for c in listed] == [["not"], ["might"]]


def test_listed_contents_replace_the_verbs_stub_claim(claims_of):
    text = ("The fire investigators found:\n\n- The alarm may have been switched off.\n"
            "- Exits were not marked.\n\nThe owner was arrested.")
    claims = claims_of(text)
    assert not [c for c in claims if c["text"] == "The fire investigators found"]
    assert _contents(_cued(claims, "found")) == ["The alarm may have been switched off", "Exits were not marked"]


def test_listed_contents_not_for_items_with_a_speakers_label(claims_of):
    text = ("This is how the mayoral hopefuls answered:\n\n"
            "- Maria Lopez, Green Party: Bus fares should be free for students.\n"
            "- Ahmed Khan, Labour: The tram line must be finished first.\n\n"
            "The election is on May 4.")
    claims = claims_of(text)
    assert not any(c.get("list_item") for c in claims)
    assert not [c for c in claims if c["speaker"] and "hopefuls" in c["speaker"]["text"]]


def test_listed_contents_a_topic_label_is_no_speakers_label(claims_of):
    text = ("Inspectors visited the depot twice in June. The fire service inspectors reported:\n\n"
            "- Blocked Exits: Two of the four exits were locked during the night shift.\n"
            "- Training: No staff member on site had completed the evacuation course.\n\n"
            "The company said it would respond within a month.")
    listed = _cued(claims_of(text), "reported")
    assert _contents(listed) == ["Blocked Exits: Two of the four exits were locked during the night shift",
                                 "Training: No staff member on site had completed the evacuation course"]
    assert {c["speaker"]["text"] for c in listed} == {"The fire service inspectors"}


@pytest.mark.parametrize("text, cue, contents", [
    ("Aid officials briefed donors in Geneva on Tuesday. The agency's regional directors reported:\n\n"
     "- Chad: Aid convoys have not reached the eastern camps since March.\n"
     "- Funding: Only a third of the appeal has been paid.\n\nDonors will meet again in May.", "reported",
     ["Chad: Aid convoys have not reached the eastern camps since March",
      "Funding: Only a third of the appeal has been paid"]),
    ("Residents at the meeting said:\n\n- Jordan: The school has no heating.\n"
     "- Parking: There is nowhere to park.\n", "said",
     ["Jordan: The school has no heating", "Parking: There is nowhere to park"]),
])
def test_listed_contents_a_country_that_is_a_given_name_is_a_topic_label(claims_of, text, cue, contents):
    """Review 43, finding 6: ``- Chad: …`` labels the item with a country (a place mention covers the
    given name), not a speaker: the item is the verb's speaker's."""
    assert _contents(_cued(claims_of(text), cue)) == contents


def test_listed_contents_speakers_labels_leave_no_stub_of_the_verb(claims_of):
    text = ("The council met on Monday to discuss the cuts. Parents at the hearing said:\n\n"
            "- Ana Ortiz, teacher: The school bus is the only way my pupils get to class.\n"
            "- Mark Boyle, father of two: Cutting the route will put children on a busy road.\n\n"
            "The council will vote next week.")
    claims = claims_of(text)
    assert not any(c.get("list_item") for c in claims)
    assert not [c for c in claims if c["cue"] and c["cue"]["text"] == "said" and c["content"] is None]


def test_listed_contents_the_verb_keeps_its_claim_when_every_item_has_a_cue(claims_of):
    text = ("The ombudsman said:\n\n"
            "- the council says it has fixed the fault\n"
            "- residents claim repairs never happened\n")
    said = _cued(claims_of(text), "said")
    assert [c["speaker"]["text"] for c in said] == ["The ombudsman"]


@pytest.mark.parametrize("marks", [("1.", "2."), ("1)", "2)"), ("\u25aa", "\u25aa"), ("\u25cf", "\u25cf")])
def test_listed_contents_numbered_and_square_bullet_items(claims_of, marks):
    text = (f"The inquiry concluded:\n\n{marks[0]} Engineers ignored cracks in the main span for years.\n"
            f"{marks[1]} The regulator did not inspect the bridge after 2017.\n\nThe minister apologised.")
    listed = _cued(claims_of(text), "concluded")
    assert _contents(listed) == ["Engineers ignored cracks in the main span for years",
                                 "The regulator did not inspect the bridge after 2017"]
    assert {c["speaker"]["text"] for c in listed} == {"The inquiry"}
