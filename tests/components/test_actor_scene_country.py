"""claims_actors, scene countries: a titled person in a sentence that opens on ``In <place>`` (or
right after one) is of that place's country, not of the dateline or the country in focus."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_norms


def _with_title(norms: dict, name: str) -> dict:
    return next(n for text, n in norms.items() if text.endswith(name))


def test_a_minister_in_a_scene_abroad_under_a_dateline(nlp):
    norms = actor_norms(nlp, "KYIV (Reuters) - Ukraine's parliament approved the grain deal on Tuesday. In Warsaw, "
                             "Agriculture Minister Tomasz Wilk said farmers would block the border again. Wilk "
                             "said the deal had been rushed.")
    wilk = _with_title(norms, "Tomasz Wilk")
    assert wilk["country"] == "POL"
    assert wilk["role"] in (None, "POLGOV")
    assert norms["Wilk"]["country"] == "POL"


def test_the_sentence_after_a_scene_sentence(nlp):
    norms = actor_norms(nlp, "KYIV (Reuters) - Ukraine's parliament approved the grain deal on Tuesday. In Budapest, "
                             "the mood was sour. Foreign Minister Gabor Lakatos said Hungary had not been consulted.")
    assert _with_title(norms, "Gabor Lakatos")["country"] == "HUN"


def test_no_scene_no_move(nlp):
    # near misses: a place later in the sentence, an untitled person, a person the title gives a country
    text = ("KYIV (Reuters) - Ukraine's parliament approved the grain deal on Tuesday. Agriculture Minister "
            "Olena Marchuk said in Warsaw that farmers would be paid. In Warsaw, farmer Piotr Nowak said the "
            "deal was a betrayal. In Warsaw, Ukrainian Ambassador Vasyl Bondar said the border would stay open.")
    norms = actor_norms(nlp, text)
    assert _with_title(norms, "Olena Marchuk")["country"] == "UKR"
    assert _with_title(norms, "Piotr Nowak").get("country_source") != "scene"  # untitled: not this rule's
    assert _with_title(norms, "Vasyl Bondar")["country"] == "UKR"


def test_a_seat_of_many_states_gives_no_country(nlp):
    # near miss: "In Brussels" is the EU's seat, no Belgian scene
    norms = actor_norms(nlp, "KYIV (Reuters) - Ukraine's parliament approved the grain deal on Tuesday. In Brussels, "
                             "Trade Commissioner Lena Vogt said the deal met EU rules.")
    assert _with_title(norms, "Lena Vogt")["country"] != "BEL"


_IRAN = ("Iran's foreign minister met envoys from Oman and Qatar on Tuesday to discuss the sanctions. Iranian "
         "officials said the talks were useful. Tehran said it wanted relief from the oil embargo. ")


def test_a_title_of_no_country_takes_the_scene_before_the_focus(nlp):
    # no dateline: "Sen." has no country of its own and the story's focus (Iran) is no senator's
    norms = actor_norms(nlp, _IRAN + "In Washington, Democratic Sen. Laura Pennick of Oregon said Congress "
                                     "would review any deal. Pennick said the talks must go on.")
    pennick = _with_title(norms, "Laura Pennick")
    assert (pennick["country"], pennick["role"]) == ("USA", "USALEG")
    assert norms["Pennick"]["country"] == "USA"


def test_a_title_of_no_country_without_a_scene_keeps_the_focus(nlp):
    # near miss: the place comes after the title, no scene opens the sentence
    norms = actor_norms(nlp, _IRAN + "Deputy Minister Reza Tavakoli said in Geneva that the talks would resume.")
    assert _with_title(norms, "Reza Tavakoli")["country"] == "IRN"


def test_a_scene_whose_country_is_not_sure_leaves_the_person_to_the_focus(nlp):
    # a namesake city the gazetteer does not know, of a country the story never names (Santa Cruz
    # read as the Philippines' in a Bolivian story): the governor stays Bolivian
    text = ("LA PAZ, May 3 (Reuters) - Bolivia's government raised diesel prices on Friday. Truckers "
            "blocked roads near Santa Cruz and Cochabamba.\n\nIn Santa Cruz, Gov. Ramiro Ortiz said the "
            "department would import its own fuel. Ortiz said talks had failed.")
    assert _with_title(actor_norms(nlp, text), "Ramiro Ortiz")["country"] == "BOL"
