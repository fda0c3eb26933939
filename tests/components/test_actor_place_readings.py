"""claims_actors, place readings: a name read as a city or town once keeps that reading in the
document; ``the city`` far after the one city the story named is that city."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from pipeline.components.actor_place_readings import _apposed_noun, _misread, _plural, beyond_capital_seats
from pipeline.components.actor_model import Actor
from tests.conftest import actor_mentions


def _of(nlp, text: str, name: str) -> list[dict]:
    return [n for t, n in actor_mentions(nlp, text) if t == name]


def test_place_is_no_short_form_of_an_org_named_of_it(nlp):
    text = ("Lecturers at the University of Kragujevac walked out on Monday. Thousands marched in "
            "Kragujevac on Tuesday, and Kragujevac's mayor met the strikers. By Friday, traffic in "
            "Kragujevac had stopped, the city's transport office said.")
    norms = _of(nlp, text, "Kragujevac")
    assert norms and {n["type"] for n in norms} == {"location"}
    assert len({n["actor_id"] for n in norms}) == 1


def test_a_group_named_for_the_place_is_not_split(nlp):
    text = ("Farmers of Cedar Pass want the dam rebuilt. In Cedar Pass, a village of 800, the "
            "well ran dry in July.")
    spans = [t for t, n in actor_mentions(nlp, text) if t == "Cedar Pass"]
    assert len(spans) == 1  # the one after "In"; "Farmers of Cedar Pass" is the group's


def test_apposed_noun_needs_a_settlement_noun_not_a_compound(nlp):
    doc = nlp("Marta Ruiz, a city councillor, voted no. Dunmore, a city of 12,000, voted yes.")
    assert not _apposed_noun(doc, 2, frozenset({"city"}))  # "a city councillor": a post
    k = [t.i for t in doc if t.text == "Dunmore"][0]
    assert _apposed_noun(doc, k + 1, frozenset({"city"}))


def test_misread_needs_the_model_alone_or_an_of_tail():
    org = Actor(0, 1, {"actor_id": "tarsk", "type": "organization", "name": "Tarsk"}, "ner")
    short = Actor(0, 1, {"actor_id": "university-of-tarsk", "type": "organization",
                         "name": "University of Tarsk"}, "rule:short-form")
    other = Actor(0, 1, {"actor_id": "tarsk-holdings", "type": "organization", "name": "Tarsk Holdings"},
                  "rule:short-form")
    place = Actor(0, 1, {"actor_id": "tarsk", "type": "location", "name": "Tarsk"}, "ner")
    assert _misread(org, "Tarsk") and _misread(short, "Tarsk")
    assert not _misread(other, "Tarsk") and not _misread(place, "Tarsk")


def test_plural():
    class T:
        def __init__(self, text, tag):
            self.lower_, self.tag_ = text.lower(), tag
    assert _plural(T("Residents", "NNS")) and _plural(T("farmers", "NN"))
    assert not _plural(T("mayor", "NN")) and not _plural(T("Congress", "NNP"))


def test_the_city_far_after_the_one_city_named(nlp):
    text = ("Bus drivers in Tacoma walked off the job on Tuesday. Council members in Tacoma argued for "
            "three hours over a new transit levy. Opponents said it would hurt small shops. Several "
            "residents spoke against it. The vote was 5 to 4. Bus ridership in the city has doubled "
            "since 2019.")
    norms = _of(nlp, text, "the city")
    assert norms and norms[0]["type"] == "location" and norms[0]["name"] == "Tacoma"


def test_the_city_far_after_two_cities_is_no_guess(nlp):
    text = ("Officials in Tulsa and in Wichita traded blame on Monday over a stalled rail link. "
            "Engineers said the design was sound. Lawyers said the contracts were not. A hearing is "
            "set for June. Crime in the city fell 4 percent last year.")
    found = {t for t, _ in actor_mentions(nlp, text)}
    assert {"Tulsa", "Wichita"} <= found and not _of(nlp, text, "the city")


def test_the_town_of_a_name_is_not_the_earlier_town(nlp):
    text = ("LARAMIE, Wyo. — The county board met on Monday. It approved a new budget. Deputies "
            "asked for more patrol cars. Later, the board visited the town of Centennial.")
    assert all(n.get("name", "").lower() != "laramie" for t, n in actor_mentions(nlp, text) if t == "the town")


def test_the_capital_far_after_the_focus_capital(nlp):
    text = ("MANILA, Philippines — Thousands of teachers marched on Monday to demand higher pay. The "
            "Department of Education said talks would resume. Union leaders said they would strike. "
            "Police estimated the crowd at 20,000. It was the largest protest in the capital since 2016.")
    norms = _of(nlp, text, "the capital")
    assert norms and norms[0]["type"] == "location" and norms[0]["country"] == "PHL"


def test_beyond_capital_seats_keeps_the_state():
    az = Actor(0, 1, {"actor_id": "arizona", "type": "location", "via": "ner"}, "ner")
    dc = Actor(5, 6, {"actor_id": "washington", "type": "location", "via": "metonym"}, "rule:washington")
    assert list(beyond_capital_seats({"arizona": az, "washington": dc})) == ["arizona"]
    assert list(beyond_capital_seats({"washington": dc})) == ["washington"]


def test_a_body_named_for_its_town_that_speaks_keeps_its_reading(nlp):
    """Review, twenty-ninth round: a name read as a city once (``in Princeton, N.J.``) that is the
    subject of a verb later (``Princeton said``) may be the body named for it; it keeps the
    model's reading, no place's id."""
    text = ("Graduate students marched outside the chapel in Princeton, N.J., on Friday. "
            "Princeton said it would review its protest rules.")
    said = [n for t, n in actor_mentions(nlp, text) if t == "Princeton"]
    assert len(said) == 2 and said[1]["type"] != "location"


def test_a_possessive_settlement_noun_is_no_apposition(nlp):
    """``Halvorsen Dairy, a town's biggest employer``: no settlement in apposition."""
    text = "Cuts hit Halvorsen Dairy, a town's biggest employer, on Monday. Halvorsen Dairy said it would close."
    assert all(n["type"] != "location" for t, n in actor_mentions(nlp, text) if t == "Halvorsen Dairy")
