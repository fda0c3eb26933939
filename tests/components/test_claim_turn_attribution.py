"""The claims of turns (``pipeline/components/claim_turn_attribution.py``): ``you`` in a named
turn that opens by addressing the next speaker.

Every article here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

from tests.conftest import with_cue


INQUIRY = (
    "Public Accounts Committee\n\n"
    "Oral evidence: Hospital car parking charges\n\n"
    "Members present: Gareth Penhaligon (Chair); Joanna Whitlock; Femi Adeyemi.\n\n"
    "Witnesses: Rowan Aldous, Chief Executive, Estates Trust; Lena Marsh MP, Minister for Health.\n\n"
    "Q21 Joanna Whitlock: Mr Aldous, you promised the Committee last year that nurses would park free. "
    "Has that happened?\n\n"
    "Mr Aldous: At most of our sites it has.\n\n"
    "Q22 Femi Adeyemi: Minister, you pledged in January that patients would never pay more than \u00a35.\n\n"
    "The Minister: I did, and I stand by it.\n\n"
    "Q23 Joanna Whitlock: Right, you admitted that the charges rose anyway.\n\n"
    "Mr Aldous: They rose at two sites.\n"
)


def test_you_in_a_turn_that_addresses_the_next_speaker_is_that_speaker(claims_of):
    promised = with_cue(claims_of(INQUIRY), "promised")
    assert promised["speaker"]["text"] == "Rowan Aldous"
    assert promised["speaker"]["via"]["text"] == "you"


def test_you_addressed_by_title_is_the_speaker_of_the_title_label(claims_of):
    pledged = with_cue(claims_of(INQUIRY), "pledged")
    assert pledged["speaker"]["via"]["text"] == "you"
    assert pledged["speaker"]["text"].startswith("Lena Marsh")


def test_you_after_an_opening_that_names_nobody_gets_no_speaker(claims_of):
    admitted = with_cue(claims_of(INQUIRY), "admitted")
    assert admitted["speaker"] is None or admitted["speaker"]["text"].lower() == "you"
