"""claims_actors, places named after people: a person's name inside a place's name and an
electoral seat named after someone are no person actors."""

from __future__ import annotations

from pathlib import Path

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_namesakes import NamesakeWords, load_namesake_words
from pipeline.components.gazetteer import RULES
from tests.conftest import actor_mentions


def mentions(nlp, text: str) -> list[tuple[str, str]]:
    return [(m, n["actor_id"]) for m, n in actor_mentions(nlp, text, "2025-03-01")]


def test_a_person_inside_an_airports_or_buildings_name_is_no_person(nlp):
    text = ("BAKU — President Ilham Aliyev flew home to Heydar Aliyev International Airport on Friday. "
            "Reporters waited outside the Ronald Reagan Building in Washington.")
    found = mentions(nlp, text)
    assert [m for m, _ in found if m.endswith("Aliyev")] == ["President Ilham Aliyev"]
    assert not any("Reagan" in m for m, _ in found)
    # near miss: the person himself, with no place after his name
    assert ("Ronald Reagan", "ronald-reagan") in mentions(nlp, "Ronald Reagan said in 1987 that the wall must fall.")


def test_an_electoral_seat_named_after_someone_is_no_actor(nlp):
    text = ("Labour holds Chifley as Liberals lose Higgins\n\n"
            "Higgins, the inner-Melbourne seat named after Henry Bournes Higgins, fell to Labor. "
            "The Liberals also lost the seat of Kooyong, and the teal MP for Goldstein, Zoe Daniel, kept hers.")
    found = mentions(nlp, text)
    assert not any(m in ("Higgins", "Kooyong", "Goldstein") for m, _ in found)
    assert any(m == "Zoe Daniel" for m, _ in found)


def test_a_name_after_a_seat_verb_in_a_text_without_seats_stays(nlp):
    text = "Shareholders backed Whitcombe on Monday. The board held Whitcombe responsible for the losses."
    found = mentions(nlp, text)
    assert sum(1 for m, _ in found if m == "Whitcombe") == 2


def test_the_namesake_rows_load_and_an_older_rules_folder_reads_as_empty(tmp_path: Path):
    words = load_namesake_words(RULES / "actor_namesakes.jsonl")
    assert "airport" in words.named_place_heads and "seat" in words.seat_nouns
    assert load_namesake_words(tmp_path / "actor_namesakes.jsonl") == NamesakeWords()


def test_a_state_or_known_place_after_a_seat_verb_stays(nlp):
    text = ("Labour is struggling to hold coastal seats. The Conservatives said they would take Britain "
            "out of the convention. Britain is paying too much, they said.")
    found = mentions(nlp, text)
    assert sum(1 for m, _ in found if m == "Britain") == 2


def test_only_a_person_or_an_unknown_place_may_be_a_seat_after_a_verb():
    """``keep Jamaat out`` (a body), ``won Pennsylvania`` (a known place): no seat."""
    from pipeline.components.actor_model import Actor
    from pipeline.components.actor_namesakes import _may_be_seat

    def actor(kind: str, known: bool) -> Actor:
        return Actor(0, 1, {"type": kind, "in_gazetteer": known}, "ner")
    assert _may_be_seat(actor("person", True)) and _may_be_seat(actor("location", False))
    assert not _may_be_seat(actor("organization", False)) and not _may_be_seat(actor("location", True))
    assert not _may_be_seat(actor("state", True))


def test_a_person_who_shares_a_seats_name_stays(nlp):
    """Only the seat's own place goes: ``Hughes, a backbencher …, said`` and ``Senator Watson`` are the person."""
    text = ("Labor's candidate for the seat of Fenwick conceded on Sunday. Fenwick, the Greens senator, "
            "said the result showed voters wanted action on housing. Senator Fenwick said she would stay.")
    found = [(m, i) for m, i in mentions(nlp, text) if "Fenwick" in m]
    assert found[0] == ("Fenwick", "fenwick") and len({i for _, i in found}) == 1 and len(found) == 2
    text = ("The treasurer toured the seat of Loughton on Friday. Loughton, a backbencher who has held "
            "the seat since 2013, said voters wanted cheaper power.")
    found = [m for m, _ in mentions(nlp, text) if m == "Loughton"]
    assert len(found) == 1
    # near miss: a headline's bare seat name, with nothing marking a person, still goes
    text = "Labor regains Bass as Coalition loses Menzies\n\nThe Liberals lost Menzies, the eastern Melbourne seat."
    assert not any(m == "Menzies" for m, _ in mentions(nlp, text))


def test_a_board_member_for_a_company_names_no_seat(nlp):
    text = ("Ravi Patel, a board member for Qantas, said he would give up his board seat in June. "
            "Qantas said it would name a replacement by March.")
    assert sum(1 for m, _ in mentions(nlp, text) if m == "Qantas") == 2
    # near miss: the member for a seat, in a text that speaks of seats
    text = "The Liberals lost two seats on Saturday. The member for Kooyong, Monique Ryan, kept hers."
    assert not any(m == "Kooyong" for m, _ in mentions(nlp, text))


def test_a_headline_verb_between_a_name_and_a_place_word_keeps_the_person(nlp):
    found = mentions(nlp, "Biden Signs Highway Repair Bill at White House\n\nPresident Joe Biden signed the bill.")
    assert any(m == "Biden" for m, _ in found)
    # near miss: the place's own name
    found = mentions(nlp, "Crowds gathered at Heydar Aliyev International Airport on Friday.")
    assert not any("Aliyev" in m for m, _ in found)
    found = mentions(nlp, "Residents of Martin Luther King Jr. Boulevard said the city had ignored flooding for years.")
    assert not any("King" in m for m, _ in found)
