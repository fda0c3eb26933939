"""claims_actors, institution countries: a ``<City>-based`` institution, and a person of no country
described as working at an institution (``a researcher at the Beirut-based X``, ``an analyst at X in
Nairobi``), take the country of the city (else of the institution)."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import actor_norms

_SUDAN = ("KHARTOUM (Reuters) - Sudan's army said on Monday it had retaken the refinery. Sudanese officials "
          "said the fighting had stopped and Sudan's prime minister promised aid to the displaced. ")


def test_a_researcher_at_a_city_based_institute_is_of_the_city_s_country(nlp):
    norms = actor_norms(nlp, _SUDAN + "\"The army cannot hold it,\" said Halima Warsame, a senior fellow at the "
                                      "Nairobi-based Horn Policy Forum. Warsame said talks were needed.")
    assert norms["Horn Policy Forum"]["country"] == "KEN"
    assert norms["Halima Warsame"]["country"] == "KEN"
    assert norms["Warsame"]["country"] == "KEN"


def test_the_city_after_the_institution_decides_for_the_person(nlp):
    norms = actor_norms(nlp, _SUDAN + "Kwame Boateng, an economist at the Centre for Policy Dialogue in Cairo, "
                                      "said prices would rise.")
    assert norms["Kwame Boateng"]["country"] == "EGY"


def test_no_institution_country_near_misses(nlp):
    # a body of many states, a government office, a person named with no apposition
    norms = actor_norms(nlp, _SUDAN + "Lena Okoro, an analyst at the International Crisis Group in Nairobi, said "
                                      "the truce was fragile. Abdel Karim, who spoke at the Cairo-based Horn "
                                      "Policy Forum, said the same.")
    assert norms["Lena Okoro"]["country"] != "KEN"
    assert norms["Abdel Karim"]["country"] != "EGY"


def test_a_seat_of_a_body_the_story_names_gives_no_country(nlp):
    # near miss: "in Brussels" of a story about the European Commission is the EU's seat, no Belgian city
    norms = actor_norms(nlp, "The European Commission proposed new tariffs on Chinese steel on Wednesday, and the "
                             "European Parliament is expected to vote next month. \"Governments are split,\" said "
                             "Karin Holm, a senior fellow at the European Policy Centre in Brussels.")
    assert norms["Karin Holm"]["country"] != "BEL"
