"""actor_executives: ``the executive`` as a branch of power is the government of the story's
country; after an executive as a person it is no government."""

from __future__ import annotations

import pipeline.components.actors  # noqa: F401  (registers claims_actors)
from tests.conftest import found_norms as found


def test_the_executive_is_the_government_of_the_country_in_focus(nlp):
    out = found(nlp, "LA PAZ (AP) - Bolivia's lawmakers passed the fuel bill on Tuesday. The constitutional "
                     "tribunal, which has ruled against the executive twice this year, will review it.")
    norm = out["the executive"]
    assert (norm["actor_id"], norm["type"], norm["country"]) == ("BOLGOV", "government", "BOL")


def test_the_executive_in_a_list_after_a_body_is_no_apposition(nlp):
    """actor_apposed_bodies: ``Congress, the executive and the courts`` is a list of three."""
    out = found(nlp, "QUITO (Reuters) - Ecuador's opposition said the nominees, chosen by the National Assembly, "
                     "the executive and the courts, were loyalists.")
    assert out["the executive"]["actor_id"] == "ECUGOV"


def test_the_executive_after_a_chief_executive_is_no_government(nlp):
    out = found(nlp, "MADRID (Reuters) - Telvia's chief executive, Ana Ruiz, resigned on Monday. "
                     "The executive said the board had lost confidence in her plan.")
    assert out["The executive"]["actor_id"] == "ana-ruiz"  # the chief executive named before, no government


def test_the_executive_branch_is_no_mention(nlp):
    out = found(nlp, "BOGOTA (Reuters) - Colombia's Congress curbed the executive branch on Monday.")
    assert "the executive" not in out


def test_the_executive_after_an_executive_order_or_branch_is_the_government(nlp):
    """``executive`` modifying a thing noun before it (``thing_nouns``) makes no person of it."""
    out = found(nlp, "BUENOS AIRES (Reuters) - Argentina's president signed an executive order on Monday to cut fuel "
                     "subsidies. The court, whose justices have avoided clashing with the executive, will rule next year.")
    assert out["the executive"]["actor_id"] == "ARGGOV"
    out = found(nlp, "LIMA (Reuters) - Peru's Congress voted to curb executive powers on Monday. Senators said the "
                     "executive had overstepped during the emergency.")
    assert out["the executive"]["actor_id"] == "PERGOV"
