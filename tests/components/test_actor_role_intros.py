"""claims_actors, actor_role_intros.py: role descriptions of a person the article introduced with
the role (a place before the role noun; ``X, who moderated,``; ``moderator X``)."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found, with_cue


def _id(out: dict, text: str) -> str | None:
    return (out.get(text) or {}).get("actor_id")


def test_place_and_role_name_the_one_senator(nlp):
    out = found(nlp, "Sen. Rosalind Ketteridge spoke in Montpelier, Vermont, on Friday. "
                     "Later, the Vermont senator said the farm bill was dead.")
    assert _id(out, "the Vermont senator") == "rosalind-ketteridge"


def test_place_picks_one_of_two_senators(nlp):
    out = found(nlp, "Sen. Tobias Wrenfield of Idaho and Sen. Nadia Quorrel of Oregon met on Friday. "
                     "Afterward, the Oregon senator said the talks had failed.")
    assert _id(out, "the Oregon senator") == "nadia-quorrel"


def test_no_guess_between_two_senators_without_their_places(nlp):
    out = found(nlp, "Sen. Tobias Wrenfield and Sen. Nadia Quorrel met on Friday. "
                     "Afterward, the Oregon senator said the talks had failed.")
    assert _id(out, "the Oregon senator") is None


def test_other_home_state_is_no_match(nlp):
    out = found(nlp, "Sen. Tobias Wrenfield of Idaho spoke on Friday. Afterward, the Oregon senator said no.")
    assert _id(out, "the Oregon senator") is None


def test_who_moderated_makes_the_moderator(nlp):
    out = found(nlp, "Radio host Elspeth Varnum, who moderated, pressed both candidates on housing. "
                     "The moderator then cut the microphones.")
    assert _id(out, "The moderator") == "elspeth-varnum"


def test_moderator_title_makes_the_moderator(nlp):
    out = found(nlp, "The forum was opened by moderator Elspeth Varnum on Tuesday. "
                     "Later the moderator asked about rents.")
    assert _id(out, "the moderator") == "elspeth-varnum"


def test_anchor_alone_is_no_moderator(nlp):
    out = found(nlp, "Radio host Elspeth Varnum pressed both candidates on housing. "
                     "The moderator then cut the microphones.")
    assert _id(out, "The moderator") is None


def test_a_post_alone_names_nobody(nlp):
    out = found(nlp, "Shareholders voted to abolish the post of chief executive. The chief executive said no.")
    assert _id(out, "The chief executive") is None


def test_speaker_of_place_role_description(claims_of):
    claims = claims_of("Sen. Tobias Wrenfield of Idaho and Sen. Nadia Quorrel of Oregon met on Friday. "
                       "Afterward, the Oregon senator said the talks had failed.")
    speaker = with_cue(claims, "said")["speaker"]
    assert speaker["norm"]["actor_id"] == "nadia-quorrel"


def test_lead_description_names_the_one_person_introduced_later(nlp):
    out = found(nlp, "DETROIT - The two candidates sparred for an hour, and the moderator warned them twice.\n\n"
                     "The forum was opened by moderator Elspeth Varnum, who asked about rents.")
    assert _id(out, "the moderator") == "elspeth-varnum"


def test_no_forward_guess_past_the_lead(nlp):
    out = found(nlp, "One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive. The moderator warned them twice.\n\n"
                     "The forum was opened by moderator Elspeth Varnum.")
    assert _id(out, "The moderator") is None


def test_no_forward_guess_between_two_senators(nlp):
    out = found(nlp, "The senator says she will not run.\n\nSen. Ruth Amberley and Sen. Clara Voss met voters.")
    assert _id(out, "The senator") is None


ORG_ROLE = ("Vantrel CEO says buyers want the merger\n\nOSLO - Vantrel agreed to buy Hedda Systems.\n\n"
            "Marit Solberg, Vantrel's chief executive, said buyers wanted the deal.")


def test_body_and_role_words_name_its_officer(nlp):
    out = found(nlp, ORG_ROLE)
    assert _id(out, "CEO") == "marit-solberg"


def test_role_words_as_a_modifier_name_nobody(nlp):
    out = found(nlp, "Vantrel said the Vantrel CEO job was open. Marit Solberg, Vantrel's chief executive, "
                     "will leave in May.")
    assert "CEO" not in out


def test_officer_of_another_body_is_not_named(nlp):
    out = found(nlp, "Vantrel CEO says buyers want the merger\n\nOSLO - Vantrel agreed to buy Hedda Systems.\n\n"
                     "Marit Solberg, Hedda's chief executive, welcomed the offer.")
    assert "CEO" not in out


def test_officer_of_another_body_in_the_same_sentence_is_not_named(nlp):
    out = found(nlp, "Vantrel CEO says buyers want the merger\n\nOSLO - Vantrel agreed to buy Hedda Systems, and "
                     "Marit Solberg, Hedda's chief executive, welcomed the offer.")
    assert "CEO" not in out
