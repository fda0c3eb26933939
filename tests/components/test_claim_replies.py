"""``he replied`` after ``X asked``: never the asker (claim_replies, issue 11).

Every sentence here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

from conftest import with_cue

TRIAL = ("Daniel Okoro told the court that he had kept two sets of books. \"I knew it was wrong,\" Okoro said.\n\n"
         "Prosecutor Helen Marsh then asked Okoro how often he met the accountant. "
         "\"Every Friday, sometimes twice,\" he replied.")
NO_OBJECT = ("Daniel Okoro told the court that he had kept two sets of books. \"I knew it was wrong,\" Okoro said.\n\n"
             "Defense lawyer Peter Vance then asked how often the two had met. \"Every Friday, sometimes twice,\" he replied.")


def _actor(claims: list[dict], cue: str) -> str | None:
    return (with_cue(claims, cue)["speaker"] or {}).get("actor_id")


def test_the_one_asked_replies(claims_of):
    assert _actor(claims_of(TRIAL), "replied") == "daniel-okoro"


def test_with_no_one_named_as_asked_the_person_quoted_before_replies(claims_of):
    assert _actor(claims_of(NO_OBJECT), "replied") == "daniel-okoro"


def test_a_plain_said_after_a_question_keeps_the_asker(claims_of):
    text = NO_OBJECT.replace("he replied", "he said")
    claims = [c for c in claims_of(text) if c["cue"] and c["cue"]["text"] == "said"]
    assert (claims[-1]["speaker"] or {}).get("actor_id") == "peter-vance"


def _speaker(claims: list[dict], cue: str) -> str | None:
    return (with_cue(claims, cue)["speaker"] or {}).get("actor_id")


REQUESTS = [
    # review round 18, item 4: a request (asked X to …, asked for …) is no question
    ("Councilwoman Jane Doe said the plan was flawed. Mayor Sarah Lee asked the council to approve the budget "
     "on Monday. \"We cannot wait,\" she responded.", "responded", "sarah-lee"),
    ("Critic Mark Adams said the bill was rushed. Senator Tom Reed asked colleagues to back the measure. "
     "He responded that critics had not read it.", "responded", "tom-reed"),
    ("The prosecutor asked the jury to convict. \"He is guilty,\" she said. The defence lawyer, Anne Cole, "
     "asked for acquittal. \"The evidence is thin,\" she replied.", "replied", "anne-cole"),
    ("Farmer Rosa Vidal said the dam had failed. Governor Ellen Marsh asked residents to leave their homes. "
     "\"We are not safe here,\" she responded.", "responded", "ellen-marsh"),
]


def test_a_request_is_no_question(claims_of):
    for text, cue, actor in REQUESTS:
        assert _speaker(claims_of(text), cue) == actor, text


def test_an_interrogative_clause_still_turns_the_reply(claims_of):
    text = ("Lena Fischer said the audit was complete. Reporter Tom Hale asked whether the figures were final. "
            "\"They are,\" she replied.")
    assert _speaker(claims_of(text), "replied") == "lena-fischer"


def test_pressing_a_person_is_a_question_to_that_person(claims_of):
    text = ("Paul Grant said the audit was complete. Senator Tom Hale pressed Grant on the delays. "
            "\"We need more time,\" he replied.")
    assert _speaker(claims_of(text), "replied") == "paul-grant"


HEARING = ("Senator Laura Pryce asked Mr. Haddad why the agency had cut its bridge inspectors.\n\n"
           "\"You are telling us the bridges are safe,\" Ms. Pryce said, \"with half the staff.\"")


def test_you_in_a_quotation_is_the_person_its_speaker_asked(claims_of):
    speaker = with_cue(claims_of(HEARING), "telling")["speaker"]
    assert speaker["actor_id"] == "haddad" and speaker["via"]["text"] == "You"


def test_you_after_a_request_names_no_one(claims_of):
    text = HEARING.replace("why the agency had cut its bridge inspectors", "to release the report")
    claims = [c for c in claims_of(text) if c["cue"] and c["cue"]["text"] == "telling"]
    assert all(c["speaker"] is None for c in claims)


def test_you_with_no_one_asked_names_no_one(claims_of):
    text = ("Mayor Ruth Bell spoke to the crowd for an hour.\n\n"
            "\"You are telling me the library can wait,\" Ms. Bell said.")
    claims = [c for c in claims_of(text) if c["cue"] and c["cue"]["text"] == "telling"]
    assert all(c["speaker"] is None for c in claims)


def _telling(claims: list[dict], cue: str = "telling") -> list[dict]:
    return [c for c in claims if c["cue"] and c["cue"]["text"] == cue]


def test_you_after_a_question_to_two_people_names_neither(claims_of):
    # review round 26: ``asked A and B whether …`` then ``"You …," she said``: which of them is not said
    text = HEARING.replace("Mr. Haddad", "the transport secretary, Ana Ruiz, and her deputy, Carl Obi")
    assert all(c["speaker"] is None for c in _telling(claims_of(text)))


def test_a_reply_after_a_question_to_two_people_names_neither_of_them(claims_of):
    text = ("Prosecutor Helen Marsh asked Daniel Okoro and Peter Vance how often they met the accountant. "
            "\"Every Friday,\" he replied.")
    assert _speaker(claims_of(text), "replied") not in ("daniel-okoro", "peter-vance")


def test_a_negated_or_modal_you_is_a_retort_not_the_one_asked(claims_of):
    text = ("Senator Laura Pryce asked Mr. Haddad why the agency had cut its bridge inspectors.\n\n"
            "\"You cannot tell us the bridges are safe with half the staff,\" Ms. Pryce said.")
    assert all(c["speaker"] is None for c in _telling(claims_of(text), "tell"))


def test_you_after_another_quotation_is_not_the_one_asked_before_it(claims_of):
    text = ("Senator Laura Pryce asked Mr. Haddad why the agency had cut its bridge inspectors. "
            "\"We followed the budget,\" said Haddad's deputy, Carl Obi.\n\n"
            "\"You are telling us the bridges are safe,\" Ms. Pryce said.")
    assert all(c["speaker"] is None for c in _telling(claims_of(text)))
