"""claims_actors, countries: an office only one country has (``Taoiseach``) gives the holder that
country; one many countries have gives none."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found, norms_ending as _all


def test_national_office_gives_the_holder_its_country(nlp):
    out = found(nlp, "Taoiseach Niamh Corrigan said on Monday she would call an election. "
                     "Ms Corrigan did not give a date.")
    norms = _all(out, "Corrigan")
    assert norms and all(n["country"] == "IRL" for n in norms)


def test_office_of_many_countries_gives_no_country(nlp):
    out = found(nlp, "President Niamh Corrigan said on Monday she would call an election.")
    assert _all(out, "Corrigan")[0]["country"] != "IRL"
