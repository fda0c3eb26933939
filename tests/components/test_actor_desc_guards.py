"""The description guards shared by the actor layer and the claim side (actor_desc_guards)."""

from pipeline.components.actor_desc_guards import rival_body_named
from pipeline.components.gazetteer import Description

_BOARD = Description("d-board", ("board",), name_words=("board",), nearest_body=True, yield_sectors=("business",))
_COMPANY = {"actor_id": "harrow-freight", "type": "organization", "sector": "business"}
_FIRM = {"actor_id": "lindqvist-partners", "type": "organization"}
_COURT = {"actor_id": "high-court", "type": "government"}


def test_rival_body_named_company_near_the_board_is_a_rival():
    # "The Port Safety Board fined Harrow Freight. The board said ...": a company in the window
    assert rival_body_named(_BOARD, [(40, _COMPANY)], since=30, past=0, ids={"psb"})
    assert not rival_body_named(_BOARD, [(10, _COMPANY)], since=30, past=15, ids={"psb"})  # sentences before the body


def test_rival_body_named_nearest_body_only_past_an_organisation_of_another_id():
    assert rival_body_named(_BOARD, [(20, _FIRM)], since=90, past=5, ids={"psb"})
    assert not rival_body_named(_BOARD, [(20, _FIRM)], since=90, past=25, ids={"psb"})  # named before the body
    assert not rival_body_named(_BOARD, [(20, _FIRM)], since=90, past=5, ids={"lindqvist-partners"})
    assert not rival_body_named(_BOARD, [(20, _COURT)], since=90, past=5, ids={"psb"})  # no organisation


def test_rival_body_named_rows_without_the_guards_see_none():
    agency = Description("d-agency", ("agency",), name_words=("agency",))
    assert not rival_body_named(agency, [(40, _COMPANY), (20, _FIRM)], since=0, past=0)
