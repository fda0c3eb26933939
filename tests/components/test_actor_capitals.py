"""actor_capitals.one_capital_sense: a capital the article uses as its government is that
government where nothing makes it the city (after a preposition of no place, beside such a
mention); after a place's preposition it stays the city."""

from __future__ import annotations

import pytest

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_mentions


def senses(nlp, text: str, name: str) -> list[str]:
    return [n["actor_id"] for m, n in actor_mentions(nlp, text) if m == name]


def test_a_capital_after_as_is_the_government_the_article_names(nlp):
    text = ("Grain talks resume as Ankara and Moscow press for a corridor\n\n"
            "Ankara said on Monday it would host the next round. Moscow has sent two envoys.")
    assert senses(nlp, text, "Ankara") == ["TURGOV", "TURGOV"]
    assert senses(nlp, text, "Moscow") == ["RUSGOV", "RUSGOV"]


def test_a_capital_after_a_place_preposition_stays_the_city(nlp):
    # near miss: the same capital acts, but "in" and "of" make these mentions the city
    text = ("Moscow said on Monday it would send envoys. Reporters waited at a briefing in Moscow, "
            "and traffic in much of Moscow stopped.")
    assert senses(nlp, text, "Moscow") == ["RUSGOV", "moscow", "moscow"]


def test_a_capital_the_article_never_uses_as_government_stays_the_city(nlp):
    text = "Talks resume as delegates gather in Ankara for a second week."
    assert senses(nlp, text, "Ankara") == ["ankara"]


def test_a_capital_given_as_an_example_stays_the_city(nlp):
    # near miss: "as" of "such as" lists places
    text = "Moscow said it would retaliate. Drones have reached cities such as Moscow and Kazan."
    assert senses(nlp, text, "Moscow") == ["RUSGOV", "moscow"]


def test_a_capital_after_with_or_against_is_the_government(nlp):
    text = ("Ankara said on Monday it would host the talks. Diplomats said talks with Ankara "
            "would resume next week.")
    assert senses(nlp, text, "Ankara") == ["TURGOV", "TURGOV"]


def test_a_capital_after_other_prepositions_stays_the_city(nlp):
    # near miss: like, than, unlike, after make a comparison or a route of places, not the government
    text = ("Moscow said it would retaliate. Rents in cities like Moscow have doubled, and Kazan is "
            "cheaper than Moscow. After Moscow, Kazan was hit hardest.")
    assert senses(nlp, text, "Moscow") == ["RUSGOV", "moscow", "moscow", "moscow"]


def test_a_capital_for_which_something_is_a_setback_is_the_government(nlp):
    text = "Ankara said it would not sign. The vote was a setback for Ankara, diplomats said."
    assert senses(nlp, text, "Ankara") == ["TURGOV", "TURGOV"]


def test_a_capital_one_leaves_for_stays_the_city(nlp):
    # near miss: "for" after a verb of going is a route (not-government-preps)
    text = "Ankara said it would host the talks. The foreign minister left for Ankara on Sunday."
    assert senses(nlp, text, "Ankara") == ["TURGOV", "ankara"]


def test_a_capital_listed_with_plain_cities_is_a_place(nlp):
    text = "The airline cut flights linking Madrid, Valencia and Seville after staff walked out."
    assert senses(nlp, text, "Madrid") == ["madrid"]


def test_a_list_of_capitals_alone_keeps_acting(nlp):
    text = "Madrid and Lisbon agreed on Monday to share the cost of the new border checks."
    assert senses(nlp, text, "Madrid") == ["ESPGOV"]


def test_a_capital_one_concedes_to_is_the_government_and_a_blocked_capital_the_city(nlp):
    text = "Critics said the minister had bowed to Beijing on tariffs, while truckers blocked Beijing on Monday."
    assert senses(nlp, text, "Beijing") == ["CHNGOV", "beijing"]


def test_a_capital_listed_with_a_regional_seat_after_between_keeps_acting(nlp):
    text = "Talks between Madrid and Barcelona broke down on Monday over the regional budget."
    assert senses(nlp, text, "Madrid") == ["ESPGOV"]


def test_a_capital_after_a_target_word_is_the_government(nlp):
    # "pressure on", "a warning from", "critical of", "a jab at": the government, however parsed
    text = ("Hanoi said on Tuesday it would not sign. The summit kept pressure on Hanoi, drew a sharp "
            "warning from Hanoi and produced a communique critical of Hanoi, a jab at Hanoi.")
    assert senses(nlp, text, "Hanoi") == ["VNMGOV"] * 5


def test_a_capital_after_of_follows_the_article_sense(nlp):
    # "no mention of Moscow" is the government the article names; "the heart of Moscow" stays the city
    text = ("Moscow said on Monday it would not attend the signing. The Azerbaijani president made no "
            "mention of Moscow in his speech. A rally was held in the heart of Moscow.")
    assert senses(nlp, text, "Moscow") == ["RUSGOV", "RUSGOV", "moscow"]


def test_a_capital_after_of_is_the_government_only_after_a_government_of_head(nlp):
    # government-of-heads is an allow-list: the food, smell or parks of a city that acts stay the city;
    # its stance or critics (capitalised too) name the government
    text = ("Hanoi rejected the demands on Tuesday. Visitors praised the food of Hanoi and the parks of "
            "Hanoi. Critics of Hanoi said the stance of Hanoi had hardened.")
    assert senses(nlp, text, "Hanoi") == ["VNMGOV", "hanoi", "hanoi", "VNMGOV", "VNMGOV"]


def test_a_rules_folder_without_government_of_heads_keeps_of_plus_capital_the_city(nlp):
    # a rules folder saved before the row existed: the rule is off, "of" + capital stays the city
    import dataclasses
    comp = nlp.get_pipe("claims_actors")
    text = "Hanoi rejected the demands on Tuesday. Analysts questioned the stance of Hanoi."
    shipped = comp.words
    try:
        comp.words = dataclasses.replace(shipped, government_of_heads=frozenset())
        assert senses(nlp, text, "Hanoi") == ["VNMGOV", "hanoi"]
    finally:
        comp.words = shipped
    assert senses(nlp, text, "Hanoi") == ["VNMGOV", "VNMGOV"]


def test_a_capital_after_of_in_an_article_where_it_never_acts_stays_the_city(nlp):
    # near miss: no mention of the capital acts, so "of" leaves it the city
    text = "Delegates praised the hospitality of Nairobi during the week-long conference."
    assert senses(nlp, text, "Nairobi") == ["nairobi"]


def test_a_dateline_and_an_acting_capital_get_two_ids(nlp):
    text = ("TOKYO (Reuters) - Tokyo lodged a protest with Seoul on Friday over the survey ship, "
            "and crowds gathered in Tokyo's Hibiya Park.")
    assert senses(nlp, text, "TOKYO") == ["tokyo"]
    assert senses(nlp, text, "Tokyo") == ["JPNGOV", "tokyo"]


def test_a_named_square_after_a_capital_possessive_is_the_city(nlp):
    text = "Baghdad rejected the demand. Thousands marched on Sunday to Baghdad's Firdos Square."
    assert senses(nlp, text, "Baghdad") == ["IRQGOV", "baghdad"]


def test_a_capital_written_to_is_the_government(nlp):
    text = "The union said it had written to Canberra twice asking for an inquiry."
    assert senses(nlp, text, "Canberra") == ["AUSGOV"]


def test_a_byline_reporting_from_a_capital_is_the_city(nlp):
    # near miss: "from" after a noun makes a capital act, but a byline's "Reporting from" names the place
    text = ("By Ana Lopes\nReporting from Lisbon\n\nLisbon said on Monday it would veto the proposal.")
    assert senses(nlp, text, "Lisbon") == ["lisbon", "PRTGOV"]


def test_a_capital_opening_a_longer_name_after_a_target_word_is_no_government(nlp):
    # near miss: "pressure on" + a club or a state named after the capital
    text = ("Paris welcomed the ruling. Fans of Paris Saint-Germain protested, and the ruling increases "
            "pressure on Washington state regulators.")
    assert senses(nlp, text, "Paris") == ["FRAGOV", "paris"]
    assert "USAGOV" not in [n["actor_id"] for _, n in actor_mentions(nlp, text)]


@pytest.mark.parametrize("text, name", [
    ("The ruling increases pressure on Paris Saint-Germain and on its owners.", "Paris"),
    ("The mayor read out a warning from Kyiv residents about the blackouts.", "Kyiv"),
    ("Pressure on Hanoi traders has grown since the spring.", "Hanoi"),
])
def test_after_target_word_passes_over_a_capital_that_opens_a_name_or_modifies_a_noun(nlp, text, name):
    # actor_capitals.after_target_word itself, whatever the entity recogniser makes of the words
    from pipeline.components.actor_capitals import after_target_word
    words = nlp.get_pipe("claims_actors").words
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == name)
    assert not after_target_word(doc, (i, i + 1), words.government_target_words, words.government_target_preps)
    bare = nlp(text.replace(f"{name} ", f"{name}, ", 1))
    assert after_target_word(bare, (i, i + 1), words.government_target_words, words.government_target_preps)


def test_a_capital_modifying_a_noun_after_a_target_word_is_the_city(nlp):
    # near miss: "a warning from Kyiv residents", "pressure on Hanoi traders": the people of the city
    text = ("Kyiv rejected the plan. A warning from Kyiv residents about the blackouts was read out, and "
            "pressure on Kyiv landlords has grown.")
    assert senses(nlp, text, "Kyiv") == ["UKRGOV", "kyiv", "kyiv"]


def test_a_capital_possessive_opening_a_sentence_is_the_government(nlp):
    # near miss of "In Port-au-Prince,": "In Moscow's view," and "At Beijing's request," are the government's
    text = "Moscow rejected the plan. In Moscow's view, the deal is dead, officials said."
    assert senses(nlp, text, "Moscow") == ["RUSGOV", "RUSGOV"]
    text = "Beijing protested on Monday. At Beijing's request, the talks were delayed by a week."
    assert senses(nlp, text, "Beijing") == ["CHNGOV", "CHNGOV"]


def test_a_capital_after_an_opening_in_is_the_city_however_parsed(nlp):
    text = ("Port-au-Prince asked the council for more troops. In Port-au-Prince, Marie-Claude Joseph, who "
            "leads the opposition bloc, thanked the envoys on Friday.")
    assert senses(nlp, text, "Port-au-Prince") == ["HTIGOV", "port-au-prince"]


def test_a_capital_given_something_is_the_government(nlp):
    # _acts: the indirect object of a verb of giving is a recipient (dative), the government
    text = "The accord hands Beijing a veto over the dam, and the treaty offers Hanoi a seat on the board."
    assert senses(nlp, text, "Beijing") == ["CHNGOV"]
    assert senses(nlp, text, "Hanoi") == ["VNMGOV"]


def test_a_capital_after_orders_or_instructions_from_is_the_government(nlp):
    # government-target-words: orders, instructions, dictates; Brussels acting is the EU
    text = "\"We will not take orders from Brussels,\" the minister told reporters in Vienna."
    assert senses(nlp, text, "Brussels") == ["eu"]
    text = "The militia said it had received instructions from Moscow before the vote."
    assert senses(nlp, text, "Moscow") == ["RUSGOV"]


def test_a_capital_weather_or_an_event_gives_something_stays_the_city(nlp):
    # _acts: a dative makes a capital its government only when an actor gives, or the thing given
    # is one a government receives (government-gifts); weather gives a place cold nights and snow
    text = "The cold snap gave Kyiv its coldest night in a decade, with temperatures falling to minus 24 degrees."
    assert senses(nlp, text, "Kyiv") == ["kyiv"]
    text = "The storm gave Madrid its heaviest snowfall in fifty years, and the fires gave Athens a week of smoke."
    assert senses(nlp, text, "Madrid") == ["madrid"]
    assert senses(nlp, text, "Athens") == ["athens"]
    # near miss: a government giving, or a veto given, still makes the capital its government
    text = "Germany gave Kyiv a loan of $1 billion, and the accord hands Beijing a veto over the dam."
    assert senses(nlp, text, "Kyiv") == ["UKRGOV"]
    assert senses(nlp, text, "Beijing") == ["CHNGOV"]


def test_a_capital_taken_aim_at_is_the_government_and_one_aimed_at_stays_the_city(nlp):
    # "took aim at Seoul" (the noun "aim" before "at") is a jab at its government; missiles "aimed at
    # Seoul" are fired at the city
    text = ("Seoul said on Monday it would respond. Pyongyang's foreign minister took aim at Seoul on Tuesday, "
            "while artillery aimed at Seoul stayed in place.")
    assert senses(nlp, text, "Seoul") == ["KORGOV", "KORGOV", "seoul"]
