"""The office holder a record's turn speaks of (``pipeline/components/claim_turn_portfolios.py``);
every record here is written for these tests (none comes from the evaluation fixtures)."""

from __future__ import annotations

from conftest import with_cue

ASSEMBLY = (
    "Oral Questions\n\n"
    "Ms. Priya Lachance (Ottawa South, NDP): Mr. Speaker, the Minister of Health said in June that every "
    "emergency room would stay open this summer. Will she apologise to the families of Renfrew?\n\n"
    "Hon. Dorothy Vandersteen (Minister of Health and Long-Term Care, PC): Mr. Speaker, we hired 400 nurses "
    "this spring.\n\n"
    "Mr. Aaron Whitby (Kingston, Lib.): Mr. Speaker, the health minister told reporters that the closures "
    "were temporary. The Premier said nothing.\n\n"
    "Hon. Dorothy Vandersteen (Minister of Health and Long-Term Care, PC): Mr. Speaker, they were.\n\n"
    "Mr. Aaron Whitby (Kingston, Lib.): Mr. Speaker, the Minister of Finance announced in May that the money "
    "was coming.\n\n"
    "Hon. Marc Tessier (Minister of Finance, PC): Mr. Speaker, and we delivered it.\n"
)


def test_a_role_a_turn_speaks_of_is_the_member_whose_label_gives_it(claims_of):
    claims = claims_of(ASSEMBLY)
    said = with_cue(claims, "said")
    assert said["speaker"]["actor_id"] == "dorothy-vandersteen"
    assert said["speaker"]["via"]["text"] == "the Minister of Health"
    assert ASSEMBLY[said["speaker"]["via"]["start"]:said["speaker"]["via"]["end"]] == "the Minister of Health"
    told = with_cue(claims, "told")
    assert told["speaker"]["actor_id"] == "dorothy-vandersteen"
    assert told["speaker"]["via"]["text"] == "the health minister"
    announced = with_cue(claims, "announced")
    assert announced["speaker"]["actor_id"] == "marc-tessier"


def test_near_miss_a_role_no_label_gives_stays_as_written(claims_of):
    text = ASSEMBLY.replace("the Minister of Finance announced", "the Minister of Transport announced")
    announced = with_cue(claims_of(text), "announced")
    assert announced["speaker"]["actor_id"] not in ("marc-tessier", "dorothy-vandersteen")
    assert announced["speaker"].get("via", announced["speaker"])["text"] == "the Minister of Transport"
