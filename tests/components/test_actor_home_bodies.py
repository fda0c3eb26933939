"""actor_home_bodies: ``the central bank``, ``the commission``, ``the court`` of a story about one
country are its own body of that kind named last, not a body of many states named further back."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found

ZAGREB = ("ZAGREB - Croatia will adopt the new rules, the European Central Bank said on Tuesday. Shops in "
          "Zagreb were busy. Unions marched in Split on Monday.\n\n")


def test_home_body_central_bank_is_the_country_s_own_bank_not_the_ecb(nlp):
    out = found(nlp, ZAGREB + "The Croatian National Bank will print new notes. Governor Ana Horvat said "
                              "the central bank had ordered paper.")
    assert out["the central bank"]["actor_id"] == out["The Croatian National Bank"]["actor_id"]


def test_home_body_keeps_the_body_of_many_states_named_just_before(nlp):
    out = found(nlp, ZAGREB + "The Croatian National Bank will print new notes. The European Central Bank "
                              "approved the plan on Friday. Officials said the central bank would check it.")
    assert out["the central bank"]["actor_id"] == "european-central-bank"


def test_home_body_keeps_the_body_of_many_states_named_after_the_home_one(nlp):
    # the Supreme Court, then the ICC again: "the court" is the one named last, the foreign one
    out = found(nlp, "MANILA - The Philippines' Supreme Court heard a petition on Monday. Lawyers met in "
                     "Manila.\n\nHis lawyers will ask the International Criminal Court for release. The warrant was "
                     "political, they said. Senators called for an inquiry. Rights groups urged Manila to rejoin "
                     "the court.")
    assert out["the court"]["actor_id"] == "international-criminal-court"


def test_home_body_lender_named_a_bank_is_no_central_bank(nlp):
    out = found(nlp, ZAGREB + "Sava Bank will print new cards. Its chief Ana Horvat said the central bank "
                              "had ordered paper.")
    assert "the central bank" in out and "Sava Bank" in out
    assert out["the central bank"]["actor_id"] != out["Sava Bank"]["actor_id"]


def test_home_body_commission_of_a_story_is_its_electoral_commission_not_the_eu_one(nlp):
    out = found(nlp, "CHISINAU - Moldova voted on Sunday. The European Commission congratulated the winner on "
                     "Monday.\n\nThe ruling party won 55 seats, according to the Central Electoral Commission. Its "
                     "president called him. Turnout abroad was high. Most voters abroad backed the ruling party, "
                     "according to the commission.")
    assert out["the commission"]["actor_id"] == out["the Central Electoral Commission"]["actor_id"]


def test_home_body_participle_placing_it_abroad_keeps_the_body_of_many_states(nlp):
    # its own sentence puts the commission in Brussels: the EU's, not the Croatian one named last
    out = found(nlp, "ZAGREB - The European Commission opened a case against Croatia on Monday. The Croatian "
                     "Competition Commission welcomed it. Farmers in Zagreb were angry.\n\nThe commission, "
                     "based in Brussels, said the case would take a year.")
    assert out["The commission"]["actor_id"] == "european-commission"


def test_home_body_named_holder_of_another_country_keeps_the_body_of_many_states(nlp):
    out = found(nlp, ZAGREB + "The Croatian National Bank will print new notes. Banks in Zagreb were calm. "
                              "The central bank's president, Christine Lagarde, said inflation would ease.")
    assert out["The central bank"]["actor_id"] == "european-central-bank"


def test_home_body_participle_placing_it_at_home_gives_the_home_body(nlp):
    # must not fire for the foreign body: based in the story's own capital, it is the home one
    out = found(nlp, ZAGREB + "The Croatian National Bank will print new notes. Shops were quiet. The "
                              "central bank, based in Zagreb, said the notes were ready.")
    assert out["The central bank"]["actor_id"] == out["The Croatian National Bank"]["actor_id"]


def test_home_body_bank_phrases_are_a_field_of_the_row(tmp_path):
    """``central bank`` needs a central-bank name word through the row's ``banks`` field, not code;
    another list on a word row is a field only when ActorWords has it."""
    import pytest
    from pipeline.components.gazetteer import RULES, ActorDictionaryError, load_words
    assert load_words(RULES / "actor_words.jsonl").home_body_nouns_banks == {"central bank"}
    rows = [line for line in (RULES / "actor_words.jsonl").read_text().splitlines()
            if '"id": "home-body-nouns"' not in line]
    path = tmp_path / "actor_words.jsonl"
    path.write_text("\n".join(rows + ['{"id": "home-body-nouns", "words": ["court"], "lenders": ["bank"]}']) + "\n")
    with pytest.raises(ActorDictionaryError, match="lenders"):
        load_words(path)
