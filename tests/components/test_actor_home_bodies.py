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


def test_home_body_commission_is_the_home_commission_named_before_a_foreign_one(nlp):
    out = found(nlp, "NAIROBI - Kenya's Independent Electoral and Boundaries Commission certified the result. "
                     "Turnout was low. Protests followed in Mombasa.\n\nThe AU Commission urged calm on Monday. "
                     "Its chairman flew home. Three lawmakers joined the cabinet. Their seats fall vacant, "
                     "and the commission said by-elections could be held in November.")
    assert out["the commission"]["actor_id"] == out["Independent Electoral and Boundaries Commission"]["actor_id"]


def test_home_body_lender_named_a_bank_is_no_central_bank(nlp):
    out = found(nlp, ZAGREB + "Sava Bank will print new cards. Its chief Ana Horvat said the central bank "
                              "had ordered paper.")
    assert out.get("the central bank", {}).get("actor_id") != out.get("Sava Bank", {}).get("actor_id", "-")
