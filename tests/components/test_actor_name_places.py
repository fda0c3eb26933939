"""claims_actors, place names inside people's names (issue 12) and the bodies and people that lean
on a generic body word (``Senator X`` beside ``the Senate``) in a story about another country."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found


def test_capital_after_a_person_s_name_continues_the_name(nlp):
    out = found(nlp, "QUITO — Interior Minister Santiago Paredes Lima defended the curfew on Monday. "
                     "Paredes Lima said the police would patrol the coast.")
    names = [t for t, n in out.items() if n["type"] == "person"]
    assert any(t.endswith("Paredes Lima") for t in names)
    assert all(n["actor_id"] != "PERGOV" and n["country"] != "PER" for n in out.values())


def test_lone_place_word_of_a_named_person_is_that_person(nlp):
    out = found(nlp, "President Ramona Houston Ferreira vetoed the bill. Ferreira's allies in the assembly "
                     "were split, and Houston Ferreira's cabinet met late into the night.")
    assert all(n["actor_id"] != "houston" and n["type"] != "location" for n in out.values())


def test_city_after_a_preposition_stays_a_place_near_miss(nlp):
    out = found(nlp, "WASHINGTON — Secretary Paul Duncan Reyes flew to Lima on Tuesday for talks with "
                     "Peruvian officials.")
    assert out["Lima"]["type"] == "location" and out["Lima"]["country"] == "PER"


def test_city_in_a_us_story_without_such_a_person_near_miss(nlp):
    out = found(nlp, "WASHINGTON — The senators visited Lima, Peru, and Santiago before the vote.")
    assert out["Lima"]["country"] == "PER"


def test_senator_beside_the_senate_takes_the_story_s_country(nlp):
    out = found(nlp, "SANTIAGO, Chile — Chile's Senate rejected the pension bill on Tuesday. Its leader in the "
                     "Senate, Senator Tomás Errázuriz, said the Senate would vote again, and members of "
                     "Congress said the Chilean government had to compromise.")
    portela = next(n for t, n in out.items() if t.endswith("Tomás Errázuriz"))
    assert portela["country"] == "CHL"
    assert all(n["country"] != "USA" for n in out.values())


def test_kenyan_parliament_and_senate(nlp):
    out = found(nlp, "NAIROBI, Kenya — Kenya's Parliament passed the finance bill, and the Senate will take it up "
                     "next week, Senate Speaker Grace Wanjiru said. The Kenyan Treasury welcomed the vote.")
    assert out["the Senate"]["country"] == "KEN" and out["the Senate"]["actor_id"] != "us-senate"
    speaker = next(n for t, n in out.items() if t.endswith("Grace Wanjiru"))
    assert speaker["country"] == "KEN"


def test_us_senator_in_a_us_story_stays_american_near_miss(nlp):
    out = found(nlp, "WASHINGTON — The Senate passed the farm bill on Thursday. Senator Dana Whitcombe "
                     "(R-Iowa) said Congress had waited too long, and Speaker Lou Ferris agreed.")
    assert out["The Senate"]["actor_id"] == "us-senate"
    assert out["Congress"]["actor_id"] == "USALEG"
    speaker = next(n for t, n in out.items() if t.endswith("Lou Ferris"))
    assert speaker["country"] == "USA"


def test_lone_surname_beside_another_word_of_the_name_is_the_person(nlp):
    out = found(nlp, "Governor Luisa Austin Moreno signed the decree. Critics said Austin Moreno had moved too fast.")
    assert all(n["actor_id"] != "austin" and n["type"] != "location" for n in out.values())


def test_surname_city_coordinated_with_a_capital_stays_the_government_near_miss(nlp):
    out = found(nlp, "Dana Washington, a strategist at Orbis Advisory, said Tokyo and Washington had agreed on chips.")
    assert out["Washington"]["actor_id"] == "USAGOV"


def test_surname_capital_as_subject_stays_the_government_near_miss(nlp):
    out = found(nlp, "Columnist Rosa Lima wrote that Peru's exports were slowing. Lima has struggled with "
                     "protests, and Lima's mayor said the city needed help.")
    assert all(n["type"] != "person" for t, n in out.items() if t == "Lima")
    assert not any(n["actor_id"].startswith("rosa-lima-") for n in out.values())


def test_two_place_words_of_a_name_after_a_preposition_join_the_person(nlp):
    # "in Houston Lima's cabinet": the first word turns into the person only on the second pass
    out = found(nlp, "BRASÍLIA - Congress handed President Carlos Houston Lima a defeat on Tuesday. Houston Lima "
                     "has ten days to veto the bill. Two parties that hold ministries in Houston Lima's cabinet "
                     "voted for it.")
    assert not any(n["actor_id"] == "per-cabinet" for n in out.values())
    assert all(n["actor_id"] == "carlos-houston-lima" for t, n in out.items() if "Lima" in t or "Houston" in t)


def test_leaning_a_senator_the_text_makes_american_keeps_the_us(nlp):
    # review 18 item 1: "U.S. Senator X" in a Paris story has a country of its own; no lean, no move
    out = found(nlp, "PARIS — Farm unions met U.S. Senator Dale Wickham on Monday. Wickham said the Senate "
                     "would block the trade pact.")
    assert (out["U.S. Senator Dale Wickham"]["country"], out["U.S. Senator Dale Wickham"]["role"]) == ("USA", "USALEG")


def test_leaning_a_bare_senator_beside_the_moved_senate_moves(nlp):
    # near miss: the bare title in the body's sentence still moves with the body
    out = found(nlp, "BRASÍLIA — The Senate approved the pension bill on Tuesday. Senator Marcos Teles said the "
                     "Senate would not back down.")
    assert out["Senator Marcos Teles"]["role"] == "BRALEG"


def test_house_speaker_of_another_state_is_that_state_s(nlp):
    # review 18 item 12: "House Speaker" assumes the US only when no "of <state>" tags the name
    out = found(nlp, "House Speaker Anita Rowe of Australia said the chamber would sit through the weekend.")
    assert (out["House Speaker Anita Rowe"]["country"], out["House Speaker Anita Rowe"]["role"]) == ("AUS", "AUSLEG")


def test_house_speaker_of_a_us_state_stays_american(nlp):
    out = found(nlp, "House Speaker Ilse Marten of Ohio said the House would vote on Friday.")
    assert out["House Speaker Ilse Marten"]["role"] == "USALEG"
