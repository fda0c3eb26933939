"""claims_actors, actor_outlet_surnames.py: an outlet's one-word name that is a person's surname in
the text is that person; the outlet's name elsewhere stays the outlet."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found


def test_surname_of_a_named_person_is_no_outlet(nlp):
    out = found(nlp, "Vantix founder Paul Spiegel said the firm would hire. Spiegel told investors the "
                     "market was strong.")
    assert out["Spiegel"]["type"] == "person"
    assert out["Spiegel"]["actor_id"] == "paul-spiegel"
    assert all(n["actor_id"] != "der-spiegel" and n.get("country") != "DEU" for n in out.values())


def test_titled_outlet_word_is_a_person(nlp):
    out = found(nlp, "Mr. Bloomberg declined to comment on the lawsuit.")
    assert all(n["type"] == "person" for t, n in out.items() if t.endswith("Bloomberg"))


def test_outlet_word_with_no_such_person_stays_the_outlet(nlp):
    out = found(nlp, "Spiegel reported on Sunday that the coalition talks had stalled.")
    assert out["Spiegel"]["actor_id"] == "der-spiegel"


def test_outlet_word_of_a_titled_person_elsewhere_is_that_person(nlp):
    out = found(nlp, "Mr. Bloomberg declined to comment on Monday. Bloomberg said later that the suit had no merit.")
    assert out["Bloomberg"]["type"] == "person"


def test_outlet_full_name_keeps_its_bare_name(nlp):
    out = found(nlp, "Der Spiegel reported the resignation first. Spiegel said the talks had failed.")
    assert out["Spiegel"]["actor_id"] == "der-spiegel"


def test_outlet_named_before_the_person_stays_the_outlet(nlp):
    out = found(nlp, "Bloomberg reported on Tuesday that the treasurer, Dana Bloomberg, would step down.")
    assert out["Bloomberg"]["actor_id"] == "bloomberg"


def test_outlet_called_so_in_apposition_stays_the_outlet(nlp):
    out = found(nlp, "Vantix founder Paul Spiegel spoke first. Spiegel, the German news magazine, later "
                     "reported that the firm would hire.")
    assert out["Spiegel"]["actor_id"] == "der-spiegel"
