"""The relative clause of a cleft correction belongs to the focused name (claim_clefts):
``It was X, not Y, who …``. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import with_cue


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


@pytest.mark.parametrize("text, speaker", [
    ("It was Mr. Whitcombe, not Ms. Darrow, who described the levy as \u201ca tax on the poor.\u201d", "Mr. Whitcombe"),
    ("The budget chief spoke first. It was the treasurer, Ms. Alma Rudd, not Mr. Lutz, who described the deal "
     "as a bargain.", "Ms. Alma Rudd"),
])
def test_a_cleft_correction_gives_the_focus(run, text, speaker):
    assert with_cue(run(text), "described")["speaker"]["text"] == speaker


def test_a_plain_negated_apposition_is_left_to_the_parser(run):
    claim = with_cue(run("The mayor met Ms. Alma Rudd, not Mr. Lutz, who described the deal as a bargain."), "described")
    assert claim["speaker"]["text"] == "Mr. Lutz"
